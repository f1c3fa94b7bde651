// The accountability pipeline per host state: attacks reaching each stage and the median days between stages.
import { emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(await query(`SELECT * FROM mart_accountability_pipeline ORDER BY host_state, stage_rank`));
