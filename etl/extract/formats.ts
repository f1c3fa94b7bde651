// One query result written as Parquet (zstd), Arrow IPC, CSV, or CSV with an HXL
// hashtag row. Parquet and CSV are written by DuckDB itself; Arrow by
// etl/warehouse/arrow.ts. Each writer returns the number of rows it wrote.
import { quotedIdentifier, quotedString } from "../warehouse/sql.ts";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBTypeId, type DuckDBConnection, type DuckDBType } from "@duckdb/node-api";
import { arrowIpcFile, queryArrow } from "../warehouse/arrow.ts";
import type { FieldType } from "../contract/output-files.ts";

export interface QueryColumn {
  name: string;
  type: DuckDBType;
}

// The library's quoting, under the names the extract and report code use.
export const quoteIdent = quotedIdentifier;
export const quoteText = quotedString;

export async function queryColumns(connection: DuckDBConnection, sql: string): Promise<QueryColumn[]> {
  const result = await connection.runAndReadAll(`SELECT * FROM (${sql}) LIMIT 0`);
  return result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i] }));
}

/**
 * The query with every column in a type that Parquet, Arrow and CSV readers all
 * read the same way: sums come out of DuckDB as HUGEINT (which Parquet stores as
 * a DOUBLE) and some averages as DECIMAL, so they become BIGINT and DOUBLE.
 */
export function portableSql(sql: string, columns: QueryColumn[]): string {
  const casts = columns.flatMap(({ name, type }) =>
    type.typeId === DuckDBTypeId.HUGEINT || type.typeId === DuckDBTypeId.UBIGINT
      ? [`CAST(${quoteIdent(name)} AS BIGINT) AS ${quoteIdent(name)}`]
      : type.typeId === DuckDBTypeId.DECIMAL
        ? [`CAST(${quoteIdent(name)} AS DOUBLE) AS ${quoteIdent(name)}`]
        : [],
  );
  return casts.length ? `SELECT * REPLACE (${casts.join(", ")}) FROM (${sql})` : sql;
}

/** The Table Schema type of a DuckDB column, for columns nobody has described yet. */
export function fieldTypeOf(type: DuckDBType): FieldType {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return "boolean";
    case DuckDBTypeId.DATE:
      return "date";
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.BIGINT:
      return "integer";
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return "number";
    default:
      return "string";
  }
}

const copy = async (connection: DuckDBConnection, sql: string, file: string, options: string) =>
  Number((await connection.run(`COPY (${sql}) TO ${quoteText(file)} (${options})`)).rowsChanged);

export const writeParquet = (connection: DuckDBConnection, sql: string, file: string) =>
  copy(connection, sql, file, "FORMAT parquet, COMPRESSION zstd");

export async function writeArrow(connection: DuckDBConnection, sql: string, file: string): Promise<number> {
  const table = await queryArrow(connection, sql);
  writeFileSync(file, arrowIpcFile(table));
  return table.numRows;
}

const CSV_SAFE_SQL = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "csv-safe.sql"), "utf8");

/** Defines csv_safe() on the connection (a temporary macro: fine on a read-only warehouse). */
export const defineCsvSafe = (connection: DuckDBConnection) => connection.run(CSV_SAFE_SQL);

/** CSV, UTF-8, header row; text cells neutralised by csv_safe(), numbers and dates as they are. */
export function writeCsv(connection: DuckDBConnection, sql: string, columns: QueryColumn[], file: string) {
  const cells = columns.map(({ name, type }) =>
    type.typeId === DuckDBTypeId.VARCHAR ? `csv_safe(${quoteIdent(name)}) AS ${quoteIdent(name)}` : quoteIdent(name),
  );
  return copy(connection, `SELECT ${cells.join(", ")} FROM (${sql})`, file, "FORMAT csv, HEADER");
}

/** The CSV with the HXL hashtag row right under the header, as HXL expects it. */
export function writeHxl(csvFile: string, tags: string[], file: string): void {
  const csv = readFileSync(csvFile);
  const endOfHeader = csv.indexOf("\n") + 1;
  writeFileSync(
    file,
    Buffer.concat([csv.subarray(0, endOfHeader), Buffer.from(tags.join(",") + "\n"), csv.subarray(endOfHeader)]),
  );
}
