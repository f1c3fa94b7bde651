// The public record of the judicial follow-up of attacks (mart_public_record): every
// case and its sourced events, grouped per case for the Public record page. Public by
// its source, so the same in every edition; no field holds a person's name.
import { emitJson, query } from "../loaders/warehouse.ts";

const events = await query(
  `SELECT r.*, coalesce(s.name_en, r.host_state) AS host_state_name
   FROM mart_public_record r LEFT JOIN dim_states s ON s.iso3 = r.host_state
   ORDER BY r.host_state, r.first_attack_date, r.case_id, r.event_date, r.event`,
);
const [summary] = await query(
  `SELECT greatest(max(source_date), max(event_date)) AS as_of, count(DISTINCT case_id) AS cases,
          count(DISTINCT host_state) AS host_states
   FROM mart_public_record`,
);
await emitJson({ ...summary, events });
