// The fast way in for CSV: DuckDB's own reader lands the whole file, and a byte
// scan supplies the line each record starts on. When DuckDB rejects any row or
// the two disagree on the number of records, nothing is kept and the caller
// reads the file in JavaScript instead, which reports every malformed line.
import { DuckDBDataChunk, INTEGER, type DuckDBConnection } from "@duckdb/node-api";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import { recordStartLines } from "./csv-lines.ts";

const MAX_LINE_BYTES = 64 * 1024 * 1024; // let over-long fields reach the length check, which names them
const CHUNK = 2048;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function appendLines(connection: DuckDBConnection, lines: Int32Array): Promise<void> {
  await connection.run("CREATE OR REPLACE TEMP TABLE record_lines (line INTEGER)");
  const appender = await connection.createAppender("record_lines");
  for (let start = 0; start < lines.length; start += CHUNK) {
    const slice = Array.from(lines.subarray(start, start + CHUNK));
    const chunk = DuckDBDataChunk.create([INTEGER], slice.length);
    chunk.setColumns([slice]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
}

/** The view the fast path lands a file in: the landing table's shape, without copying the rows. */
export const CSV_LANDING = "csv_landing";

/** Lands `textPath` as the csv_landing view; false when the JavaScript reader must do it. */
export async function landCsvWithDuckDB(
  connection: DuckDBConnection,
  textPath: string,
  header: string[],
  kind: ExportKind,
): Promise<boolean> {
  const columns = `{${header.map((h) => `${literal(h)}: 'VARCHAR'`).join(", ")}}`;
  await connection.run("DROP TABLE IF EXISTS csv_rejects; DROP TABLE IF EXISTS csv_scans");
  // Both run at once: DuckDB parses on its threads while this one scans for line starts.
  const [{ starts: lines, malformed }] = await Promise.all([
    recordStartLines(textPath),
    connection.run(`CREATE OR REPLACE TEMP TABLE csv_rows AS SELECT * FROM read_csv(${literal(textPath)},
      auto_detect = false, header = true, columns = ${columns}, delim = ',', quote = '"', escape = '"',
      max_line_size = ${MAX_LINE_BYTES}, store_rejects = true, rejects_table = 'csv_rejects', rejects_scan = 'csv_scans')`),
  ]);
  const [[rows, rejected]] = (
    await connection.runAndReadAll("SELECT (SELECT count(*) FROM csv_rows), (SELECT count(*) FROM csv_rejects)")
  ).getRows();
  if (malformed || Number(rejected) > 0 || Number(rows) !== lines.length) {
    await connection.run("DROP TABLE csv_rows");
    return false;
  }
  await appendLines(connection, lines);
  const present = new Set(header);
  const values = columnsOf(kind).map((c) => `${present.has(c.name) ? ident(c.name) : "NULL::VARCHAR"} AS ${ident(c.name)}`);
  await connection.run(`CREATE OR REPLACE TEMP VIEW ${CSV_LANDING} AS
    SELECT record_lines.line, ${values.join(", ")}, NULL::VARCHAR AS _problem_field, NULL::VARCHAR AS _problem_reason, NULL::VARCHAR AS _record
    FROM csv_rows POSITIONAL JOIN record_lines`);
  return true;
}

/** Frees what the fast path held in memory, once the rows are validated. */
export async function dropCsvLanding(connection: DuckDBConnection): Promise<void> {
  await connection.run(`DROP VIEW IF EXISTS ${CSV_LANDING}; DROP TABLE IF EXISTS csv_rows; DROP TABLE IF EXISTS record_lines`);
}
