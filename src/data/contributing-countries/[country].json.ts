// Everything the page of one contributing country draws: its nationals killed in
// malicious acts and in all, one breakdown at a time under the small-cell rule
// (warehouse/editions/nationality_breakdowns.sql), what became of the attacks that
// killed them, and its place among contributors.
import { parseArgs } from "node:util";
import { edition, editionSql, emitJson, query } from "../../loaders/warehouse.ts";

const { values } = parseArgs({ options: { country: { type: "string" } } });
const country = values.country!;
// A state edition carries only its own country's page (observablehq.config.ts); refuse any other.
if (edition.kind === "state" && edition.state !== country) throw new Error(`contributing country ${country} is not in the edition for ${edition.state}`);
const ranked = await query(
  `SELECT c.nationality, coalesce(s.name_en, c.nationality) AS name_en, c.killed_in_attacks, c.rank_in_attacks
   FROM mart_contributing_countries c LEFT JOIN dim_states s ON s.iso3 = c.nationality
   WHERE c.rank_in_attacks IS NOT NULL ORDER BY c.rank_in_attacks, c.nationality`,
);
const [summary] = await query(
  `SELECT c.*, coalesce(s.name_en, c.nationality) AS name_en
   FROM mart_contributing_countries c LEFT JOIN dim_states s ON s.iso3 = c.nationality WHERE c.nationality = $country`,
  { country },
);
if (!summary) throw new Error(`no national of ${country} was killed: there is no page for it`);
const breakdowns = await query<{ dimension: string; value: string }>(editionSql("nationality_breakdowns.sql"), { nationality: country });
const hostStates = breakdowns.filter((d) => d.dimension === "host_state").map((d) => d.value);
const names = await query<{ iso3: string; name_en: string }>(
  `SELECT iso3, name_en FROM dim_states WHERE list_contains($codes::VARCHAR[], iso3)`, { codes: JSON.stringify(hostStates) });
await emitJson({
  summary,
  // The ten with most nationals killed in attacks, and this one wherever it stands.
  ranked: ranked.filter((d) => (d.rank_in_attacks as number) <= 10 || d.nationality === country),
  ranks: ranked.map((d) => d.rank_in_attacks),
  breakdowns,
  hostStateNames: Object.fromEntries(names.map((d) => [d.iso3, d.name_en])),
});
