// The breakdowns every contributing country page draws, for all of them in one file that
// the pages share (one loader run, one cached download, instead of one per country): per
// nationality, its people killed and injured in attacks by year, mission, personnel
// category, host state and kind of attack, under the small-cell rule
// (warehouse/editions/nationality_breakdowns.sql); and the names of the host states.
import { editionSql, emitJson, query } from "../loaders/warehouse.ts";

const rows = await query<{ nationality: string; dimension: string; value: string; killed: number; injured: number }>(
  editionSql("nationality_breakdowns.sql"),
);
const breakdowns: Record<string, unknown[]> = {};
for (const { nationality, ...row } of rows) (breakdowns[nationality] ??= []).push(row);
const names = await query<{ iso3: string; name_en: string }>(
  `SELECT iso3, name_en FROM dim_states WHERE iso3 IN (SELECT DISTINCT host_state FROM mart_attack_casualties)`,
);
await emitJson({ breakdowns, hostStateNames: Object.fromEntries(names.map((d) => [d.iso3, d.name_en])) });
