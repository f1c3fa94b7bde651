// What is public: the SELECTs in warehouse/extracts/ (public columns of core
// tables) and every mart_* table as it stands (marts hold aggregates only).
// A site edition narrows that further (etl/extract/editions.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { WAREHOUSE_DIR } from "../warehouse/connection.ts";
import { parseModelFile } from "../warehouse/model-header.ts";
import { editionQueries, useEdition, type Edition } from "./editions.ts";

export interface PublicQuery {
  name: string;
  sql: string;
  /** The first sentence of the SQL file's header comment, or the mart's. */
  description: string;
}

/** What a published table is, from its SQL file's header (etl/warehouse/model-header.ts). */
const grainOf = (file: string, text: string) => parseModelFile(file, text).header.grain;

/** Without an edition: the full package of `etl extract`. */
export async function publicQueries(connection: DuckDBConnection, edition?: Edition): Promise<PublicQuery[]> {
  const dir = path.join(WAREHOUSE_DIR, "extracts");
  const tables = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const sql = readFileSync(file, "utf8").replace(/;\s*$/, "");
      const name = path.basename(f, ".sql");
      return { name, sql, description: `${name} extract grain: ${grainOf(file, sql)}` };
    });
  const marts = (
    await connection.runAndReadAll(
      "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'mart\\_%' ESCAPE '\\' ORDER BY 1",
    )
  )
    .getRows()
    .map(([name]) => {
      const model = path.join(WAREHOUSE_DIR, "marts", `${name}.sql`);
      const description = existsSync(model) ? `${name} grain: ${grainOf(model, readFileSync(model, "utf8"))}` : "";
      // ORDER BY ALL: a total order, so the files do not depend on how the table is stored.
      return { name: String(name), sql: `SELECT * FROM ${name} ORDER BY ALL`, description };
    });
  if (!edition) return [...tables, ...marts];
  await useEdition(connection, edition); // the edition's queries read its temp tables and variable
  return editionQueries(tables, marts, edition);
}
