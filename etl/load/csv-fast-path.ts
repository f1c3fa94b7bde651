// The fast way in for CSV: DuckDB's own reader lands the whole file, and a byte
// scan supplies the line each record starts on. When DuckDB rejects any row or
// the two disagree on the number of records, nothing is kept and the caller
// reads the file in JavaScript instead, which reports every malformed line.
import { DuckDBDataChunk, INTEGER } from "@duckdb/node-api";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import { quotedIdentifier as ident, quotedString as literal, scalar } from "../warehouse/sql.ts";
import { recordStartLines, type RecordLines } from "./csv-lines.ts";
import type { Landing } from "./landing.ts";

// DuckDB's own limit unless a record is longer: a larger limit slows its reader down, but an
// over-long field must reach the length check, which names it.
const DUCKDB_MAX_LINE_BYTES = 2_097_152;
const CHUNK = 2048;

/** `<landing>_lines`: the line each record starts on, in file order. */
async function appendLines(landing: Landing, lines: Int32Array): Promise<string> {
  const table = await landing.create("lines", "TABLE", "(line INTEGER)");
  const appender = await landing.connection.createAppender(table);
  for (let start = 0; start < lines.length; start += CHUNK) {
    const slice = Array.from(lines.subarray(start, start + CHUNK));
    const chunk = DuckDBDataChunk.create([INTEGER], slice.length);
    chunk.setColumns([slice]);
    appender.appendDataChunk(chunk);
  }
  appender.closeSync();
  return table;
}

/**
 * Lands `textPath` as the view `landing`, of the landing table's shape without
 * copying the rows (the rows stay in `<landing>_rows`); false when the JavaScript
 * reader must do it. Call it outside a transaction: row numbers come from rowid,
 * which counts from 0 only in a committed table.
 */
export async function landCsvWithDuckDB(
  landing: Landing,
  textPath: string,
  header: string[],
  kind: ExportKind,
  /** The file's records when they are known already (read-once.ts); else they are scanned here. */
  knownLines?: RecordLines,
): Promise<boolean> {
  if (knownLines?.malformed) return false;
  const rowsTable = landing.nameOf("rows");
  const columns = `{${header.map((h) => `${literal(h)}: 'VARCHAR'`).join(", ")}}`;
  const read = (maxLineBytes: number) =>
    landing.create(
      "rows",
      "TABLE",
      `AS SELECT * FROM read_csv(${literal(textPath)},
      auto_detect = false, header = true, columns = ${columns}, delim = ',', quote = '"', escape = '"',
      max_line_size = ${Math.max(DUCKDB_MAX_LINE_BYTES, maxLineBytes + 1024)})`,
    );
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
    : await recordStartLines(textPath).then(
        async (scanned) => [scanned, scanned.malformed ? false : await readOrRefuse(scanned.longestRecord)] as const,
      );
  if (!readByDuckDB || lines.malformed) return false;
  const rows = await scalar(landing.connection, `SELECT count(*) FROM ${rowsTable}`);
  if (Number(rows) !== lines.starts.length) {
    await landing.dropPart("rows");
    return false;
  }
  const present = new Set(header);
  const value = (name: string) => (present.has(name) ? ident(name) : "NULL::VARCHAR");
  const values = columnsOf(kind).map((c) => `${value(c.name)} AS ${ident(c.name)}`);
  const fields = `${values.join(", ")},
    NULL::VARCHAR AS _problem_field, NULL::VARCHAR AS _problem_reason, NULL::VARCHAR AS _record`;
  // One record per line after the header, the usual case: a record's line follows from its row number
  // (rows keep file order), which DuckDB reads in parallel; a positional join runs on one thread.
  if (lines.starts.every((line, i) => line === i + 2)) {
    await landing.create("landed", "VIEW", `AS SELECT (rowid + 2)::INTEGER AS line, ${fields} FROM ${rowsTable}`);
    return true;
  }
  const linesTable = await appendLines(landing, lines.starts);
  await landing.create(
    "landed",
    "VIEW",
    `AS
    SELECT ${linesTable}.line, ${fields} FROM ${rowsTable} POSITIONAL JOIN ${linesTable}`,
  );
  return true;
}
