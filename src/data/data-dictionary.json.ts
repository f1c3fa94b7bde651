// The data dictionary of the public extracts: each table's Table Schema exactly as
// datapackage.json has it (same function, same zod contract), for the Data
// dictionary page that the Downloads page links to.
import { connection, edition, emitJson } from "../loaders/warehouse.ts";
import { publicSchemas } from "../loaders/etl.ts";

await emitJson(await publicSchemas(await connection(), edition));
