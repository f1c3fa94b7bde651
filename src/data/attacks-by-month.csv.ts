// Attacks per month, with the people they killed and injured.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT incident_month AS month, sum(incidents) AS attacks, sum(fatal_incidents) AS fatal_attacks,
            sum(killed) AS killed, sum(injured) AS injured
     FROM mart_attack_incidents GROUP BY 1 ORDER BY 1`,
  ),
);
