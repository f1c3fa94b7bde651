// Headline figures and the yearly trend for the Overview page.
import { emitJson, query } from "../loaders/warehouse.ts";

const byYear = await query(
  `SELECT incident_year AS year, sum(killed) AS killed, sum(injured) AS injured
   FROM mart_attack_casualties_by_year GROUP BY 1 ORDER BY 1`,
);
const [totals] = await query(
  `SELECT (SELECT sum(incidents) FROM mart_attack_incidents) AS attacks,
          (SELECT sum(killed) FROM mart_attack_casualties_by_year) AS killed,
          (SELECT sum(injured) FROM mart_attack_casualties_by_year) AS injured,
          (SELECT count(DISTINCT host_state) FILTER (host_state <> 'not_attributed')
           FROM mart_attack_casualties) AS host_states,
          (SELECT min(incident_year) FROM mart_attack_casualties) AS first_year,
          (SELECT max(incident_year) FROM mart_attack_casualties) AS last_year,
          (SELECT count(*) FROM fct_inferred_incidents
           WHERE incident_type = 'malicious_act') AS inferred_fatal_attacks`,
);
const [impunity] = await query(
  `SELECT fatal_incidents, with_conviction, share_with_conviction, share_with_effective_conviction
   FROM mart_impunity WHERE host_state = 'ALL'`,
);
await emitJson({ totals, impunity: impunity ?? null, byYear });
