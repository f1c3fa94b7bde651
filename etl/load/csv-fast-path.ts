// The fast way in for CSV: DuckDB's own reader lands the whole file, and a byte
// scan supplies the line each record starts on. When DuckDB rejects any row or
// the two disagree on the number of records, nothing is kept and the caller
// reads the file in JavaScript instead, which reports every malformed line.
import { DuckDBDataChunk, INTEGER, type DuckDBConnection } from "@duckdb/node-api";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import { recordStartLines, type RecordLines } from "./csv-lines.ts";

// DuckDB's own limit unless a record is longer: a larger limit slows its reader down, but an
// over-long field must reach the length check, which names it.
const DUCKDB_MAX_LINE_BYTES = 2_097_152;
const CHUNK = 2048;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function appendLines(connection: DuckDBConnection, table: string, lines: Int32Array): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} (line INTEGER)`);
  const appender = await connection.createAppender(table);
  for (let start = 0; start < lines.length; start += CHUNK) {
    const slice = Array.from(lines.subarray(start, start + CHUNK));
    const chunk = DuckDBDataChunk.create([INTEGER], slice.length);
    chunk.setColumns([slice]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/**
 * Lands `textPath` as the view `landing`, of the landing table's shape without
 * copying the rows; false when the JavaScript reader must do it. Call it outside
 * a transaction: row numbers come from rowid, which counts from 0 only in a
 * committed table.
 */
export async function landCsvWithDuckDB(
  connection: DuckDBConnection,
  textPath: string,
  header: string[],
  kind: ExportKind,
  landing: string,
  /** The file's records when they are known already (read-once.ts); else they are scanned here. */
  knownLines?: RecordLines,
): Promise<boolean> {
  if (knownLines?.malformed) return false;
  const rowsTable = `${landing}_rows`;
  const linesTable = `${landing}_lines`;
  const columns = `{${header.map((h) => `${literal(h)}: 'VARCHAR'`).join(", ")}}`;
  const read = (maxLineBytes: number) =>
    connection.run(`CREATE OR REPLACE TEMP TABLE ${rowsTable} AS SELECT * FROM read_csv(${literal(textPath)},
      auto_detect = false, header = true, columns = ${columns}, delim = ',', quote = '"', escape = '"',
      max_line_size = ${Math.max(DUCKDB_MAX_LINE_BYTES, maxLineBytes + 1024)})`);
  // A record DuckDB cannot read is an error, not a skipped row: then the JavaScript reader,
  // which names every malformed line, reads the whole file instead.
  const readOrRefuse = (maxLineBytes: number) =>
    read(maxLineBytes).then(
      () => true,
      (error: Error) => {
        if (/CSV/.test(error.message)) return false;
        throw error;
      },
    );
  // Both run at once when the lines are not known: DuckDB parses on its threads while this one scans.
  const [lines, readByDuckDB] = knownLines
    ? [knownLines, await readOrRefuse(knownLines.longestRecord)]
    : await recordStartLines(textPath).then(async (scanned) => [scanned, scanned.malformed ? false : await readOrRefuse(scanned.longestRecord)] as const);
  if (!readByDuckDB || lines.malformed) return false;
  const [[rows]] = (await connection.runAndReadAll(`SELECT count(*) FROM ${rowsTable}`)).getRows();
  if (Number(rows) !== lines.starts.length) {
    await connection.run(`DROP TABLE ${rowsTable}`);
    return false;
  }
  const present = new Set(header);
  const values = columnsOf(kind).map((c) => `${present.has(c.name) ? ident(c.name) : "NULL::VARCHAR"} AS ${ident(c.name)}`);
  const fields = `${values.join(", ")}, NULL::VARCHAR AS _problem_field, NULL::VARCHAR AS _problem_reason, NULL::VARCHAR AS _record`;
  // One record per line after the header, the usual case: a record's line follows from its row number
  // (rows keep file order), which DuckDB reads in parallel; a positional join runs on one thread.
  if (lines.starts.every((line, i) => line === i + 2)) {
    await connection.run(`CREATE OR REPLACE TEMP VIEW ${landing} AS SELECT (rowid + 2)::INTEGER AS line, ${fields} FROM ${rowsTable}`);
    return true;
  }
  await appendLines(connection, linesTable, lines.starts);
  await connection.run(`CREATE OR REPLACE TEMP VIEW ${landing} AS
    SELECT ${linesTable}.line, ${fields} FROM ${rowsTable} POSITIONAL JOIN ${linesTable}`);
  return true;
}

/** Frees what the fast path held in memory, once the rows are validated. */
export async function dropCsvLanding(connection: DuckDBConnection, landing: string): Promise<void> {
  await connection.run(`DROP VIEW IF EXISTS ${landing}; DROP TABLE IF EXISTS ${landing}_rows; DROP TABLE IF EXISTS ${landing}_lines`);
}
