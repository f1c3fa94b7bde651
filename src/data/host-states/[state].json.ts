// Everything the page of one host state draws, and nothing about other states.
import { parseArgs } from "node:util";
import { edition, editionSql, emitJson, query } from "../../loaders/warehouse.ts";
import { matchRegions, readAliases, readBoundaries, type RegionCounts } from "../../loaders/admin1.ts";

const { values } = parseArgs({ options: { state: { type: "string" } } });
const state = values.state!;
// A state edition carries only its own state's page (observablehq.config.ts); refuse any other.
if (edition.audience === "state" && edition.state !== state)
  throw new Error(`host state ${state} is not in the edition for ${edition.state}`);
const [profile] = await query(`SELECT iso3, name_en FROM dim_states WHERE iso3 = $state`, { state });
// Attacks per first-level region, matched to the boundaries of the region map; regions only, no point.
const counts = await query<RegionCounts>(
  `SELECT * FROM mart_attacks_by_admin1 WHERE host_state = $state ORDER BY incidents DESC, admin1`,
  { state },
);
const [all] = await query<{ incidents: number; killed: number }>(
  `SELECT coalesce(sum(incidents), 0) AS incidents, coalesce(sum(killed), 0) AS killed
   FROM mart_attack_incidents WHERE host_state = $state`,
  { state },
);
const located = counts.reduce((s, c) => ({ incidents: s.incidents + c.incidents, killed: s.killed + c.killed }), {
  incidents: 0,
  killed: 0,
});
await emitJson({
  state: profile ?? { iso3: state, name_en: state },
  regions: {
    ...matchRegions(counts, readBoundaries(), readAliases()),
    withoutRegion: { incidents: all.incidents - located.incidents, killed: all.killed - located.killed },
  },
  byYear: await query(
    `SELECT incident_year AS year, personnel_category, sum(killed) AS killed, sum(injured) AS injured
     FROM mart_attack_casualties_by_year WHERE host_state = $state GROUP BY ALL ORDER BY ALL`,
    { state },
  ),
  impunity: (await query(`SELECT * FROM mart_impunity WHERE host_state = $state`, { state }))[0] ?? null,
  pipeline: await query(`SELECT * FROM mart_accountability_pipeline WHERE host_state = $state ORDER BY stage_rank`, {
    state,
  }),
  timeToConviction: await query(
    `SELECT years, days, at_risk, convictions, censored, share_without_conviction
     FROM mart_time_to_conviction WHERE host_state = $state ORDER BY days`,
    { state },
  ),
  cases: await query(editionSql("host_state_cases.sql"), { state }), // small cells merged
  requests: (await query(`SELECT * FROM mart_requests_by_host_state WHERE host_state = $state`, { state }))[0] ?? null,
  publicRecord: await query(
    `SELECT * FROM mart_public_record WHERE host_state = $state ORDER BY first_attack_date, case_id, event_date`,
    { state },
  ),
  assistance: await query(
    `SELECT * EXCLUDE (recipient_state) FROM mart_assistance WHERE recipient_state = $state ORDER BY ALL`,
    { state },
  ),
});
