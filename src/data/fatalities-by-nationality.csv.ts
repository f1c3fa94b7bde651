// People killed or injured in attacks, per year, nationality and mission: the view
// of a troop- or police-contributing country on its own nationals. Small cells are
// merged (warehouse/editions/nationality_cells.sql, docs/editions.md).
import { editionSql, emitCsv, query } from "../loaders/warehouse.ts";

await emitCsv(await query(editionSql("nationality_cells.sql")));
