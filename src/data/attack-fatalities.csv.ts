// People killed or injured in attacks, per year, host state, mission, attack type and personnel category.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT incident_year AS year, host_state, mission, attack_type, personnel_category, killed, injured
     FROM mart_attack_casualties_by_year ORDER BY ALL`,
  ),
);
