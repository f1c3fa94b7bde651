// State edition only: the attacks concerning the state, with their narratives
// (warehouse/editions/state_incidents.sql). Fails in any other edition, so a
// misconfigured build stops instead of publishing narratives.
import { parseArgs } from "node:util";
import { edition, editionSql, emitJson, query } from "../../loaders/warehouse.ts";

const { values } = parseArgs({ options: { state: { type: "string" } } });
if (edition.audience !== "state" || edition.state !== values.state)
  throw new Error(`incident narratives of ${values.state} belong only in its state edition`);
await emitJson(await query(editionSql("state_incidents.sql")));
