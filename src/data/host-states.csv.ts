// One line per host state for the Host states index.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `WITH attacks AS (
       SELECT host_state, sum(incidents) AS attacks, sum(killed) AS killed_in_attacks
       FROM mart_attack_incidents GROUP BY 1),
     casualties AS (SELECT host_state, sum(killed) AS killed FROM mart_attack_casualties_by_year GROUP BY 1),
     aid AS (
       SELECT recipient_state AS host_state, sum(activities) AS assistance_activities, sum(amount_usd) AS assistance_usd
       FROM mart_assistance GROUP BY 1)
     SELECT c.host_state, coalesce(s.name_en, c.host_state) AS host_state_name, a.attacks, c.killed,
            i.fatal_incidents, i.with_conviction, i.share_with_conviction,
            i.share_without_verdict_5y,
            aid.assistance_activities, aid.assistance_usd
     FROM casualties c
     LEFT JOIN attacks a USING (host_state)
     LEFT JOIN mart_impunity i USING (host_state)
     LEFT JOIN aid USING (host_state)
     LEFT JOIN dim_states s ON s.iso3 = c.host_state
     WHERE c.host_state <> 'not_attributed'
     ORDER BY c.killed DESC, c.host_state`,
  ),
);
