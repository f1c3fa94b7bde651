// `npm run bench`: the project's full load (validation, quarantine, ledger and
// model rebuild included) against a bare DuckDB read_csv of the same files into
// tables of a fresh database file, both in this one process, so the ratio holds
// whatever else the machine is doing. Then a 1% delta export onto the loaded
// warehouse, against the full load.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateSample } from "./sample/generate.ts";
import { openWarehouse } from "./warehouse/connection.ts";
import { loadFiles } from "./load/load-files.ts";

const KINDS = ["incidents", "casualties", "cases", "assistance"] as const;

export interface BenchResult {
  scale: number;
  rows: Record<string, number>;
  bareSeconds: number;
  fullSeconds: number;
  ratio: number;
  /** Reading, validating and landing the files, without rebuilding the models. */
  filesSeconds: number;
  deltaRows: number;
  deltaSeconds: number;
  deltaRatio: number;
  peakMemoryMB: number;
}

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

/** Every 100th casualty again, reclassified: what a newer export of the same records looks like. */
function writeDelta(casualtiesCsv: string, target: string): number {
  const [header, ...lines] = readFileSync(casualtiesCsv, "utf8").trimEnd().split("\n");
  const columns = header.split(",");
  const type = columns.indexOf("incident_type");
  const picked = lines.filter((_, i) => i % 100 === 0).map((line) => {
    const cells = line.split(",");
    if (cells.length === columns.length) cells[type] = cells[type] === "undetermined" ? "unknown" : "undetermined";
    return cells.join(",");
  });
  writeFileSync(target, [header, ...picked].join("\n") + "\n");
  return picked.length;
}

export async function runBench(scale: number, dir: string): Promise<BenchResult> {
  const sampleDir = path.join(dir, "sample");
  const rows = await generateSample({ outDir: sampleDir, scale });
  const files = KINDS.map((kind) => path.join(sampleDir, `${kind}.csv`));

  const bare = await DuckDBInstance.create(path.join(dir, "bare.duckdb"));
  const bareConnection = await bare.connect();
  const [bareSeconds] = await seconds(async () => {
    for (const [i, kind] of KINDS.entries())
      await bareConnection.run(`CREATE TABLE ${kind} AS SELECT * FROM read_csv('${files[i]}')`);
  });
  bareConnection.closeSync();
  bare.closeSync();

  const warehouse = await openWarehouse(path.join(dir, "warehouse.duckdb"));
  try {
    const [fullSeconds, loads] = await seconds(() => loadFiles(warehouse, files, { source: "sample" }));
    for (const load of loads) if (load.rowsIn !== load.rowsLoaded + load.rowsRejected) throw new Error(`${load.file} does not reconcile`);
    const filesSeconds = loads.reduce((sum, load) => sum + load.seconds, 0);
    const delta = path.join(dir, "casualties-delta.csv");
    const deltaRows = writeDelta(files[1], delta);
    const [deltaSeconds] = await seconds(() => loadFiles(warehouse, [delta]));
    return {
      scale,
      rows,
      bareSeconds,
      fullSeconds,
      ratio: fullSeconds / bareSeconds,
      filesSeconds,
      deltaRows,
      deltaSeconds,
      deltaRatio: deltaSeconds / fullSeconds,
      peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    warehouse.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "167" } } });
  const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-bench-"));
  try {
    const r = await runBench(Number(values.scale), dir);
    console.log(`Rows: ${Object.entries(r.rows).map(([k, n]) => `${k} ${n.toLocaleString("en")}`).join(", ")}`);
    console.log(`Bare DuckDB read_csv into tables: ${r.bareSeconds.toFixed(1)} s`);
    console.log(`Blue Ledger full load (validation, quarantine, ledger, models): ${r.fullSeconds.toFixed(1)} s`);
    console.log(`Ratio: ${r.ratio.toFixed(2)}× bare DuckDB (target ≤ 2×)`);
    console.log(`  of which reading, validating and landing the files: ${r.filesSeconds.toFixed(1)} s = ${(r.filesSeconds / r.bareSeconds).toFixed(2)}× bare; the rest rebuilds the models`);
    console.log(`1% delta (${r.deltaRows.toLocaleString("en")} casualties reclassified): ${r.deltaSeconds.toFixed(1)} s = ${(r.deltaRatio * 100).toFixed(0)}% of the full load (target ≤ 10%)`);
    console.log(`Peak memory (this process): ${r.peakMemoryMB} MB (target < 2048 MB)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
