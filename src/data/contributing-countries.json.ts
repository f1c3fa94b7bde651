// The contributing countries index and its world map: one row per nationality with a
// national killed (mart_contributing_countries), with its name, and the people whose
// nationality is not recorded, counted apart.
import { emitJson, query } from "../loaders/warehouse.ts";

const countries = await query(
  `SELECT c.*, coalesce(s.name_en, c.nationality) AS name_en
   FROM mart_contributing_countries c LEFT JOIN dim_states s ON s.iso3 = c.nationality
   ORDER BY c.killed_in_attacks DESC, c.killed_all DESC, c.nationality`,
);
const [notRecorded] = await query(
  `SELECT coalesce(sum(casualties) FILTER (outcome = 'killed'), 0) AS killed_in_attacks
   FROM mart_attack_casualties WHERE nationality IS NULL`,
);
await emitJson({ countries, notRecorded });
