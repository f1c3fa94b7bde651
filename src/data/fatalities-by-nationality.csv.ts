// People killed or injured in attacks, per year, nationality and mission: the view
// of a troop- or police-contributing country on its own nationals.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT m.incident_year AS year, m.nationality, coalesce(s.name_en, m.nationality) AS nationality_name, m.mission,
            sum(casualties) FILTER (outcome = 'killed') AS killed,
            sum(casualties) FILTER (outcome = 'injured') AS injured
     FROM mart_attack_casualties m LEFT JOIN dim_states s ON s.iso3 = m.nationality
     GROUP BY ALL ORDER BY ALL`,
  ),
);
