import { DuckDBInstance } from "@duckdb/node-api";
import { landCsvWithDuckDB } from "./etl/load/csv-fast-path.ts";
import { landingTableDdl, validateLanding, prepareReferenceCodes } from "./etl/load/bulk-validate.ts";
import { exportKind } from "./etl/contract/kinds.ts";
import { columnsOf } from "./etl/contract/columns.ts";
import { openWarehouse, runModels } from "./etl/warehouse/connection.ts";
const w = await openWarehouse("/tmp/prof.duckdb");
const c = w.connection;
await c.run("BEGIN");
await runModels(c, ["reference"]); await prepareReferenceCodes(c);
for (const k of ["casualties", "incidents"]) {
  const kind = exportKind(k);
  const f = `warehouse/sample/seed-2589-scale-167/${k}.csv`;
  await c.run(landingTableDdl(kind));
  let t = performance.now();
  const ok = await landCsvWithDuckDB(c, f, columnsOf(kind).map(c => c.name), kind);
  console.log(k, "land", ok, (performance.now() - t).toFixed(0)); t = performance.now();
  const r = await validateLanding(c, kind, { loadId: 1, fileName: "x" });
  console.log(k, "validate", r, (performance.now() - t).toFixed(0));
}
await c.run("ROLLBACK");
