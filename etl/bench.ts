// `npm run bench`: the project's full load (validation, quarantine, ledger and
// model rebuild included) against a bare DuckDB read_csv of the same files into
// tables of a fresh database file, both in this one process, so the ratio holds
// whatever else the machine is doing. Then a 1% delta export onto the loaded
// warehouse, against the full load. Printed by etl/commands/bench.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateSample } from "./sample/generate.ts";
import { openWarehouse } from "./warehouse/connection.ts";
import { loadFiles } from "./load/load-files.ts";

const KINDS = ["incidents", "casualties", "cases", "assistance", "requests"] as const;

export interface BenchRound {
  bareSeconds: number;
  fullSeconds: number;
  ratio: number;
  /** Reading, landing and checking the files, before the transaction that builds the models and writes the rows. */
  filesSeconds: number;
  deltaSeconds: number;
  deltaRatio: number;
}

export interface BenchResult extends BenchRound {
  scale: number;
  rows: Record<string, number>;
  deltaRows: number;
  /** Every round; the figures above are those of the round with the median ratio. */
  rounds: BenchRound[];
  peakMemoryMB: number;
}

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

/**
 * Every 100th casualty again, corrected as a newer export corrects records: an attack
 * casualty's outcome (killed or injured), any other casualty's classification
 * (undetermined or unknown). The first correction moves counts between groups of the marts.
 */
function writeDelta(casualtiesCsv: string, target: string): number {
  const [header, ...lines] = readFileSync(casualtiesCsv, "utf8").trimEnd().split("\n");
  const columns = header.split(",");
  const type = columns.indexOf("incident_type");
  const outcome = columns.indexOf("outcome");
  const picked = lines
    .filter((_, i) => i % 100 === 0)
    .map((line) => {
      const cells = line.split(",");
      if (cells.length !== columns.length) return line;
      if (cells[type] === "malicious_act") cells[outcome] = cells[outcome] === "killed" ? "injured" : "killed";
      else cells[type] = cells[type] === "undetermined" ? "unknown" : "undetermined";
      return cells.join(",");
    });
  writeFileSync(target, [header, ...picked].join("\n") + "\n");
  return picked.length;
}

const removeDatabase = (file: string) => [file, `${file}.wal`].forEach((f) => rmSync(f, { force: true }));

/** One round: bare DuckDB into a fresh database, then the full load into a fresh warehouse, then the delta. */
async function runRound(files: string[], delta: string, bareFile: string, warehouseFile: string): Promise<BenchRound> {
  removeDatabase(bareFile);
  removeDatabase(warehouseFile);
  const bare = await DuckDBInstance.create(bareFile);
  const bareConnection = await bare.connect();
  const [bareSeconds] = await seconds(async () => {
    for (const [i, kind] of KINDS.entries())
      await bareConnection.run(`CREATE TABLE ${kind} AS SELECT * FROM read_csv('${files[i]}')`);
  });
  bareConnection.closeSync();
  bare.closeSync();

  const warehouse = await openWarehouse(warehouseFile);
  try {
    const [fullSeconds, loads] = await seconds(() => loadFiles(warehouse, files, { source: "sample" }));
    for (const load of loads)
      if (load.rowsIn !== load.rowsLoaded + load.rowsRejected) throw new Error(`${load.file} does not reconcile`);
    const filesSeconds = loads.reduce((sum, load) => sum + load.seconds, 0);
    const [deltaSeconds] = await seconds(() => loadFiles(warehouse, [delta]));
    return {
      bareSeconds,
      fullSeconds,
      ratio: fullSeconds / bareSeconds,
      filesSeconds,
      deltaSeconds,
      deltaRatio: deltaSeconds / fullSeconds,
    };
  } finally {
    warehouse.close();
  }
}

/**
 * Generates the sample once, then runs `rounds` rounds (bare, full, delta) and
 * reports the round with the median ratio: on a shared machine one round can be
 * off by a quarter either way, and bare and full in the same round share its luck.
 */
export async function runBench(scale: number, dir: string, { rounds = 1 } = {}): Promise<BenchResult> {
  const sampleDir = path.join(dir, "sample");
  const rows = await generateSample({ outDir: sampleDir, scale });
  const files = KINDS.map((kind) => path.join(sampleDir, `${kind}.csv`));
  const delta = path.join(dir, "casualties-delta.csv");
  const deltaRows = writeDelta(files[1], delta);
  const results: BenchRound[] = [];
  for (let round = 0; round < rounds; round++)
    results.push(await runRound(files, delta, path.join(dir, "bare.duckdb"), path.join(dir, "warehouse.duckdb")));
  const median = [...results].sort((a, b) => a.ratio - b.ratio)[Math.floor(results.length / 2)];
  return {
    scale,
    rows,
    deltaRows,
    ...median,
    rounds: results,
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
