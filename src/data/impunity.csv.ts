// Per host state: fatal attacks, convictions, and the share still without a verdict 1, 2 and 5 years on.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT i.host_state, coalesce(s.name_en, i.host_state) AS host_state_name, i.* EXCLUDE (host_state, as_of_date)
     FROM mart_impunity i LEFT JOIN dim_states s ON s.iso3 = i.host_state
     ORDER BY i.host_state = 'ALL' DESC, i.fatal_incidents DESC`,
  ),
);
