// What the site's data loaders share: a read-only connection to the warehouse the
// build was started with, scoped to the edition being built (BLUE_LEDGER_EDITION,
// etl/extract/editions.ts), and writers for the formats pages read.
import { csvFormat } from "d3";
import { DuckDBListValue } from "@duckdb/node-api";
import { editionFromEnv, editionSql, openWarehouse, useEdition, warehousePath, type Warehouse } from "./etl.ts";

export const edition = editionFromEnv();
/** A query of warehouse/editions/, for loaders whose output depends on the edition. */
export { editionSql };

let opened: Promise<Warehouse> | undefined;
const warehouse = () =>
  (opened ??= openWarehouse(warehousePath(), { mustExist: true, readOnly: true }).then(async (w) => {
    await useEdition(w.connection, edition);
    return w;
  }));

/** A DuckDB value as plain JSON: counts as numbers, dates as ISO text, lists as arrays. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value); // counts, far below 2^53
  if (value instanceof DuckDBListValue) return value.items.map(plain);
  if (value !== null && typeof value === "object") return String(value); // DATE prints as YYYY-MM-DD
  return value;
}

export async function query<T = Record<string, unknown>>(
  sql: string,
  params?: Record<string, string | number>,
): Promise<T[]> {
  const { connection } = await warehouse();
  const rows = (await connection.runAndReadAll(sql, params)).getRowObjects();
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]))) as T[];
}

export async function close(): Promise<void> {
  if (opened) (await opened).close();
}

/** Writes the loader's output and ends the process, whatever the format. */
export async function emitCsv(rows: Record<string, unknown>[]): Promise<void> {
  process.stdout.write(csvFormat(rows));
  await close();
}

export async function emitJson(value: unknown): Promise<void> {
  process.stdout.write(JSON.stringify(value));
  await close();
}

/** The warehouse connection itself, for loaders that write files with the ETL's own writers. */
export async function connection() {
  return (await warehouse()).connection;
}
