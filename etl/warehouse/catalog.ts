// Whether the warehouse holds an object of a given type, from DuckDB's own catalogue.
import type { DuckDBConnection } from "@duckdb/node-api";

/** What an object was created as, a table or a view: DROP must name the same. */
export type ObjectType = "TABLE" | "VIEW";
/** What a `CREATE` statement of a model makes: a table, a view or a table macro. */
export type CreatedType = ObjectType | "MACRO";

const CATALOG: Record<CreatedType, string> = {
  TABLE: "SELECT 1 FROM duckdb_tables() WHERE table_name = $name",
  VIEW: "SELECT 1 FROM duckdb_views() WHERE NOT internal AND view_name = $name",
  MACRO: "SELECT 1 FROM duckdb_functions() WHERE function_name = $name AND function_type = 'table_macro'",
};

export async function exists(connection: DuckDBConnection, type: CreatedType, name: string): Promise<boolean> {
  return (await connection.runAndReadAll(CATALOG[type], { name })).getRows().length > 0;
}
