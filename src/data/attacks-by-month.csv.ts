// Attacks per month, host state and mission, with the people they killed and injured
// (the Attack trends filters pick months, host state and mission in the page).
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT incident_month AS month, incident_year AS year, host_state, mission, sum(incidents) AS attacks,
            sum(fatal_incidents) AS fatal_attacks, sum(killed) AS killed, sum(injured) AS injured
     FROM mart_attack_incidents GROUP BY ALL ORDER BY ALL`,
  ),
);
