// Reads the records of one export file in JavaScript (CSV with a header row, or
// JSON Lines), with the line each record starts on. Used for JSON Lines, for
// source adapters, and for CSV files that DuckDB's fast reader could not take
// whole. Rows that cannot be parsed are yielded as errors, not thrown, so they
// reach the quarantine instead of vanishing. `textPath` is already UTF-8.
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { t } from "../../src/i18n/index.js";
import { UserError } from "../warehouse/connection.ts";

/** `bytes` is how far into the file the reader is, for progress bars. */
export type SourceRecord =
  | { line: number; bytes?: number; values: Record<string, unknown>; raw?: undefined }
  | { line: number; bytes?: number; values?: undefined; error: string; raw: string };

export type FileFormat = "csv" | "jsonl";

export interface ExportReader {
  format: FileFormat;
  /** Column names from the CSV header or the first JSON object. */
  columns: string[];
  records: AsyncIterable<SourceRecord>;
  /** Stops reading (when only the header was needed). */
  close(): void;
}

const FORMATS: Record<string, FileFormat> = { ".csv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl" };

export function fileFormat(file: string): FileFormat {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) throw new UserError(t("etl.file.format", { file, extension }));
  return format;
}

export async function openExport(textPath: string, format: FileFormat): Promise<ExportReader> {
  return format === "csv" ? openCsv(textPath) : openJsonLines(textPath);
}

/** Line breaks inside a record's raw text, to turn csv-parse's end line into the start line. */
const breaksIn = (raw: string) => (raw.replace(/(\r\n|\r|\n)$/, "").match(/\r\n|\r|\n/g) ?? []).length;

async function openCsv(file: string): Promise<ExportReader> {
  let columns: string[] = [];
  const stream = createReadStream(file);
  const parser = stream.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => (columns = header.map((h) => h.trim())),
      skip_empty_lines: true,
      skip_records_with_error: true,
      relax_quotes: true, // a quote inside an unquoted field is text, as DuckDB's reader takes it
      info: true,
      raw: true,
    }),
  );
  const skipped: SourceRecord[] = [];
  parser.on("skip", (error: Error & { lines?: number; raw?: string }) => {
    const reason = t("etl.row.parse", { reason: error.message });
    const raw = error.raw ?? "";
    skipped.push({ line: (error.lines ?? 0) - breaksIn(raw), error: reason, raw: JSON.stringify(raw) });
  });
  const iterator = parser[Symbol.asyncIterator]();
  // Pull the first record so the header is known before the caller sees the reader.
  const first = await iterator.next();
  async function* records(): AsyncIterable<SourceRecord> {
    for (let next = first; ; next = await iterator.next()) {
      yield* skipped.splice(0);
      if (next.done) break;
      const { record, info, raw } = next.value as { record: Record<string, string>; info: { lines: number; bytes: number }; raw: string };
      yield { line: info.lines - breaksIn(raw), bytes: info.bytes, values: record };
    }
    yield* skipped.splice(0);
  }
  return { format: "csv", columns, records: records(), close: () => stream.destroy() };
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
    if (value && typeof value === "object" && !Array.isArray(value)) return { line, values: value as Record<string, unknown> };
    return { line, error: t("etl.row.json", { reason: typeof value }), raw: text };
  } catch (error) {
    return { line, error: t("etl.row.json", { reason: (error as Error).message }), raw: text };
  }
}
