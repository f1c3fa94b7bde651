// The data quality page: freshness per source, load history, rejected rows by
// reason, rows left out, the agreement of the UN's deaths with ACLED's attacks, and
// completeness of key fields. Aggregates only (see data-quality.sql).
import { readFileSync } from "node:fs";
import { emitJson, query } from "../loaders/warehouse.ts";

const sql = readFileSync(new URL("./data-quality.sql", import.meta.url), "utf8");
/** The "-- query: <name>" sections of the SQL file. */
const queries = Object.fromEntries(
  sql.split(/^-- query: /m).slice(1).map((section) => {
    const end = section.indexOf("\n");
    return [section.slice(0, end).trim(), section.slice(end + 1)];
  }),
);

const completeness = await query<{ kind: string; field: string; records: number; filled: number }>(queries.completeness);
await emitJson({
  freshness: await query(queries.freshness),
  loads: await query(queries.loads),
  rejects: await query(queries.rejects),
  leftOut: await query(queries.leftOut),
  agreement: await query(queries.agreement),
  completeness: completeness.map((d) => ({ ...d, share: d.records ? d.filled / d.records : null })),
});
