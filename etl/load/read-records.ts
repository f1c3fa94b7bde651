// Streams the records of one export file (CSV with a header row, or JSON Lines),
// with the line each came from. Rows that cannot be parsed are yielded as
// errors, not thrown, so they reach the quarantine instead of vanishing.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
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
}

const FORMATS: Record<string, FileFormat> = { ".csv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl" };

/** Rejects files that are not UTF-8 text before any parsing, with the reason. */
async function sniff(file: string): Promise<void> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new UserError(t("etl.file.unreadable", { file, reason: error.code ?? error.message }));
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    const head = buffer.subarray(0, bytesRead);
    if (bytesRead === 0 || head.toString("utf8").replace(/^\uFEFF/, "").trim() === "")
      throw new UserError(t("etl.file.empty", { file }));
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
      throw new UserError(t("etl.file.utf16", { file }));
    if (head.includes(0)) throw new UserError(t("etl.file.binary", { file }));
  } finally {
    await handle.close();
  }
}

export async function openExport(file: string): Promise<ExportReader> {
  const extension = path.extname(file).toLowerCase();
  const format = FORMATS[extension];
  if (!format) throw new UserError(t("etl.file.format", { file, extension }));
  await sniff(file);
  return format === "csv" ? openCsv(file) : openJsonLines(file);
}

async function openCsv(file: string): Promise<ExportReader> {
  let columns: string[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      columns: (header: string[]) => (columns = header.map((h) => h.trim())),
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
    }),
  );
  const skipped: SourceRecord[] = [];
  parser.on("skip", (error: Error & { lines?: number; record?: unknown }) => {
    const reason = t("etl.row.parse", { reason: error.message });
    skipped.push({ line: error.lines ?? 0, error: reason, raw: JSON.stringify(error.record ?? null) });
  });
  const iterator = parser[Symbol.asyncIterator]();
  // Pull the first record so the header is known before the caller sees the reader.
  const first = await iterator.next();
  async function* records(): AsyncIterable<SourceRecord> {
    for (let next = first; ; next = await iterator.next()) {
      yield* skipped.splice(0);
      if (next.done) break;
      const { record, info } = next.value as { record: Record<string, string>; info: { lines: number; bytes: number } };
      yield { line: info.lines, bytes: info.bytes, values: record };
    }
    yield* skipped.splice(0);
  }
  return { format: "csv", columns, records: records() };
}

async function openJsonLines(file: string): Promise<ExportReader> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity })[Symbol.asyncIterator]();
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
  return { format: "jsonl", columns, records: records() };
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
