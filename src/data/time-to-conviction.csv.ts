// Kaplan–Meier steps of the time from a fatal attack to the first conviction, per host state and for all.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(
  await query(
    `SELECT host_state, years, days, at_risk, convictions, censored, share_without_conviction
     FROM mart_time_to_conviction ORDER BY host_state, days`,
  ),
);
