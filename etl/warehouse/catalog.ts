// Whether the warehouse holds an object, by kind, from DuckDB's own catalogue.
import type { DuckDBConnection } from "@duckdb/node-api";
import type { CreatedKind } from "./model-files.ts";

const CATALOG: Record<CreatedKind, string> = {
  TABLE: "SELECT 1 FROM duckdb_tables() WHERE table_name = $name",
  VIEW: "SELECT 1 FROM duckdb_views() WHERE NOT internal AND view_name = $name",
  MACRO: "SELECT 1 FROM duckdb_functions() WHERE function_name = $name AND function_type = 'table_macro'",
};

export async function exists(connection: DuckDBConnection, kind: CreatedKind, name: string): Promise<boolean> {
  return (await connection.runAndReadAll(CATALOG[kind], { name })).getRows().length > 0;
}
