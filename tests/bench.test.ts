// The benchmark at a small scale: it must run end to end in `npm test`, load every
// row, and leave a delta load that updates records instead of duplicating them.
// No timing is asserted (shared machines make timed tests flaky); the figures are printed.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBench } from "../etl/bench.ts";
import { openWarehouse } from "../etl/warehouse/connection.ts";
import { rows } from "./helpers/warehouse.ts";

describe("npm run bench, at scale 1", () => {
  it("loads the sample and a 1% delta, and reports the ratio to bare DuckDB", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-bench-test-"));
    const result = await runBench(1, dir);
    console.log(
      `bench scale 1: bare ${result.bareSeconds.toFixed(2)} s, full ${result.fullSeconds.toFixed(2)} s ` +
        `(${result.ratio.toFixed(1)}×), ` +
        `delta ${result.deltaSeconds.toFixed(2)} s (${(result.deltaRatio * 100).toFixed(0)}%), ` +
        `peak ${result.peakMemoryMB} MB`,
    );
    const casualtyLines =
      readFileSync(path.join(dir, "sample", "casualties.csv"), "utf8")
        .trimEnd()
        .split("\n").length - 1;
    expect(result.rows.casualties).toBe(casualtyLines);
    // Every 100th casualty, counted from the first: ceil(n / 100).
    expect(result.deltaRows).toBe(Math.ceil(casualtyLines / 100));
    expect(result.ratio).toBeGreaterThan(0);

    const warehouse = await openWarehouse(path.join(dir, "warehouse.duckdb"), { readOnly: true });
    try {
      const [counts] = await rows(
        warehouse,
        "SELECT count(*) AS current, (SELECT count(*) FROM raw_casualties) AS versions FROM stg_casualties",
      );
      expect(counts).toEqual({ current: casualtyLines, versions: casualtyLines + result.deltaRows });
    } finally {
      warehouse.close();
    }
  }, 180_000);
});
