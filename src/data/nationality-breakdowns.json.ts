// The breakdowns every contributing country page draws, for all of them in one file that
// the pages share (one loader run, one cached download, instead of one per country): per
// nationality, its people killed and injured in attacks by year, mission, personnel
// category, host state and attack type, under the small-cell rule
// (warehouse/editions/nationality_breakdowns.sql). Pages name states themselves, in their language.
import { editionSql, emitJson, query } from "../loaders/warehouse.ts";

const rows = await query<{ nationality: string; dimension: string; value: string; killed: number; injured: number }>(
  editionSql("nationality_breakdowns.sql"),
);
const breakdowns: Record<string, unknown[]> = {};
for (const { nationality, ...row } of rows) (breakdowns[nationality] ??= []).push(row);
await emitJson({ breakdowns });
