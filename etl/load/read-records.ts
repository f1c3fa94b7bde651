// Reads the records of one export file in JavaScript (CSV with a header row, or
// JSON Lines), with the line each record starts on. Used for JSON Lines, for
// source adapters, and for CSV files that DuckDB's fast reader could not take
// whole (those are read into memory: malformed files are the small ones). Rows
// that cannot be parsed are yielded as errors, not thrown, so they reach the
// quarantine instead of vanishing. `textPath` is already UTF-8.
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse/sync";
import { open, readFile } from "node:fs/promises";
import { splitRecords } from "./csv-lines.ts";
import { readXlsxRecords } from "./read-xlsx.ts";
import { t } from "../messages.ts";
import { UserError } from "../warehouse/connection.ts";

/** `bytes` is how far into the file the reader is, for progress bars. */
export type SourceRecord =
  | { line: number; bytes?: number; values: Record<string, unknown>; raw?: undefined }
  | { line: number; bytes?: number; values?: undefined; error: string; raw: string };

export type FileFormat = "csv" | "jsonl" | "xlsx";

export interface ExportReader {
  format: FileFormat;
  /** Column names from the CSV header or the first JSON object. */
  columns: string[];
  records: AsyncIterable<SourceRecord>;
  /** Stops reading (when only the header was needed). */
  close(): void;
}

const FORMATS: Record<string, FileFormat> = {
  ".csv": "csv",
  ".txt": "csv",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xlsx": "xlsx",
};

export function fileFormat(file: string): FileFormat {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) throw new UserError(t("etl.file.format", { file, extension }));
  return format;
}

/** Column names: the CSV header, or the keys of the first JSON object. */
export async function exportColumns(textPath: string, format: FileFormat): Promise<string[]> {
  if (format === "csv") return csvHeader(textPath);
  if (format === "xlsx") return (await openExport(textPath, format)).columns;
  const reader = await openJsonLines(textPath);
  reader.close();
  return reader.columns;
}

export async function openExport(textPath: string, format: FileFormat): Promise<ExportReader> {
  if (format === "xlsx") {
    const { columns, records } = await readXlsxRecords(textPath);
    return { format, columns, records, close: () => {} };
  }
  return format === "csv" ? openCsv(textPath) : openJsonLines(textPath);
}

/**
 * Records are split by the same rules as the fast path's line scan, then each is
 * parsed on its own by csv-parse: a malformed record (a stray quote, a wrong
 * number of fields, an unterminated quote) is rejected alone, with its line, and
 * cannot swallow the records around it.
 */
async function openCsv(file: string): Promise<ExportReader> {
  const [header, ...rest] = splitRecords(await readFile(file));
  const columns = header ? parseRecord(header.text.replace(/^\uFEFF/, "")).map((h) => h.trim()) : [];
  async function* records(): AsyncIterable<SourceRecord> {
    for (const { line, text } of rest) {
      try {
        const fields = parseRecord(text);
        if (fields.length !== columns.length)
          throw new Error(t("etl.row.fieldCount", { expected: columns.length, found: fields.length }));
        yield { line, values: Object.fromEntries(columns.map((c, i) => [c, fields[i]])) };
      } catch (error) {
        yield { line, error: t("etl.row.parse", { reason: (error as Error).message }), raw: JSON.stringify(text) };
      }
    }
  }
  return { format: "csv", columns, records: records(), close: () => {} };
}

/** The header of a CSV file, from its first megabyte only (the fast path reads no more in JavaScript). */
export async function csvHeader(file: string): Promise<string[]> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(1 << 20), 0, 1 << 20, 0);
    const [header] = splitRecords(buffer.subarray(0, bytesRead));
    return header ? parseRecord(header.text.replace(/^\uFEFF/, "")).map((h) => h.trim()) : [];
  } finally {
    await handle.close();
  }
}

function parseRecord(text: string): string[] {
  const [fields] = parse(text, { relax_column_count: true }) as string[][];
  return fields ?? [];
}

async function openJsonLines(file: string): Promise<ExportReader> {
  const stream = createReadStream(file, "utf8");
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
  let lineNumber = 0;
  const parsed: SourceRecord[] = [];
  // Read up to the first object so its keys can identify the kind.
  let columns: string[] = [];
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const record = parseJsonLine(next.value.replace(/^\uFEFF/, ""), ++lineNumber);
    if (!record) continue;
    parsed.push(record);
    if (record.values) {
      columns = Object.keys(record.values);
      break;
    }
  }
  async function* records(): AsyncIterable<SourceRecord> {
    yield* parsed;
    let bytes = 0;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      bytes += next.value.length + 1;
      const record = parseJsonLine(next.value, ++lineNumber);
      if (record) yield { ...record, bytes };
    }
  }
  return { format: "jsonl", columns, records: records(), close: () => stream.destroy() };
}

function parseJsonLine(text: string, line: number): SourceRecord | undefined {
  if (text.trim() === "") return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value))
      return { line, values: value as Record<string, unknown> };
    return { line, error: t("etl.row.json", { reason: typeof value }), raw: text };
  } catch (error) {
    return { line, error: t("etl.row.json", { reason: (error as Error).message }), raw: text };
  }
}
