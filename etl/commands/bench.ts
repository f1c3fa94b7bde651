// `npm run bench [-- --scale N --rounds R]`: the full load against bare DuckDB (etl/bench.ts);
// `npm run bench -- --site`: the site build, English only against the six languages (etl/bench-site.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runBench, type BenchResult, type BenchRound } from "../bench.ts";

export async function benchCommand(options: { scale?: number; rounds: number; site: boolean }) {
  if (options.site) {
    const { siteBenchMain } = await import("../bench-site.ts");
    return siteBenchMain(options.scale ?? 1);
  }
  const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-bench-"));
  try {
    printBench(await runBench(options.scale ?? 167, dir, { rounds: options.rounds }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printBench(r: BenchResult): void {
  const range = (pick: (round: BenchRound) => number, digits = 2) => {
    const all = r.rounds.map(pick);
    return `${Math.min(...all).toFixed(digits)}–${Math.max(...all).toFixed(digits)}`;
  };
  const rows = Object.entries(r.rows).map(([k, n]) => `${k} ${n.toLocaleString("en")}`);
  console.log(`Rows: ${rows.join(", ")}`);
  console.log(`Rounds: ${r.rounds.length}; the median round (by ratio) first, then the range over all rounds`);
  console.log(`Bare DuckDB read_csv into tables: ${r.bareSeconds.toFixed(1)} s (${range((x) => x.bareSeconds, 1)} s)`);
  console.log(
    `Blue Ledger full load (validation, quarantine, ledger, models): ${r.fullSeconds.toFixed(1)} s ` +
      `(${range((x) => x.fullSeconds, 1)} s)`,
  );
  console.log(`Ratio: ${r.ratio.toFixed(2)}× bare DuckDB (${range((x) => x.ratio)}×; target ≤ 2×)`);
  console.log(
    `  of which reading, landing and checking the files: ${r.filesSeconds.toFixed(1)} s = ` +
      `${(r.filesSeconds / r.bareSeconds).toFixed(2)}× bare; ` +
      "the rest builds the models and writes the rows, in one transaction",
  );
  console.log(
    `1% delta (${r.deltaRows.toLocaleString("en")} casualties corrected): ${r.deltaSeconds.toFixed(2)} s = ` +
      `${(r.deltaRatio * 100).toFixed(1)}% of the full load (${range((x) => x.deltaRatio * 100, 1)}%; target ≤ 10%)`,
  );
  console.log(`Peak memory (this process): ${r.peakMemoryMB} MB (target < 2048 MB)`);
}
