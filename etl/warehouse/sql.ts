// The few ways every part of the ETL talks to DuckDB: one value from a query, a
// transaction that rolls back on any error, and the library's own quoting.
import type { DuckDBConnection, DuckDBValue } from "@duckdb/node-api";

export { quotedIdentifier, quotedString } from "@duckdb/node-api";

/** The first column of the first row of a query: a count, a setting, a date. */
export async function scalar<T extends DuckDBValue = DuckDBValue>(
  connection: DuckDBConnection,
  sql: string,
): Promise<T> {
  const rows = (await connection.runAndReadAll(sql)).getRows();
  return rows[0]?.[0] as T;
}

/** Runs `work` between BEGIN and COMMIT; any error rolls everything back and is thrown again. */
export async function inTransaction<T>(connection: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await connection.run("BEGIN TRANSACTION");
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
  await connection.run("COMMIT");
  return result;
}
