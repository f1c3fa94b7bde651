// State edition only: the events of the judicial cases concerning the state
// (warehouse/editions/state_case_events.sql). Fails in any other edition, so a
// misconfigured build stops instead of publishing case files.
import { parseArgs } from "node:util";
import { edition, editionSql, emitJson, query } from "../../loaders/warehouse.ts";

const { values } = parseArgs({ options: { state: { type: "string" } } });
if (edition.audience !== "state" || edition.state !== values.state)
  throw new Error(`case files of ${values.state} belong only in its state edition`);
await emitJson(await query(editionSql("state_case_events.sql")));
