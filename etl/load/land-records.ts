// Lands the records read in JavaScript (JSON Lines, workbooks, source adapters, malformed
// CSV) into a temporary table, column by column in chunks. For an adapter that filters
// (leaveOut), the records outside the scope are counted per reason instead of landed, so the
// ledger can prove rows in = loaded + rejected + left out.
import { DuckDBDataChunk, INTEGER, VARCHAR } from "@duckdb/node-api";
import { t } from "../messages.ts";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import type { SourceAdapter } from "../sources/adapters.ts";
import { DuplicateMerger } from "../sources/duplicates.ts";
import type { Landing } from "./landing.ts";
import type { ExportReader } from "./read-records.ts";

/** What reading the records told, beyond the landed rows. */
export interface LandStats {
  /** Every record read, landed or left out. */
  recordsRead: number;
  /** Records left out, per reason: how many, and the line of the first. */
  leftOut: Map<string, { rows: number; firstLine: number }>;
  /** The span of the records' own dates, and the latest access date they carry (adapter.dates), over all records. */
  recordsFrom?: string;
  recordsTo?: string;
  accessedOn?: string;
}

const CHUNK_ROWS = 2048;
/** A record's value as landing text: lists joined as in CSV, everything else as written. */
function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(";");
  return String(value);
}

/** The first field holding a JSON object or array where the contract wants one value. */
function nonScalarField(values: Record<string, unknown>, listFields: Set<string>): string | undefined {
  return Object.keys(values).find((k) => {
    const v = values[k];
    if (v === null || typeof v !== "object") return false;
    return !(listFields.has(k) && Array.isArray(v) && v.every((item) => item === null || typeof item !== "object"));
  });
}

/** Lands records read in JavaScript, column by column in chunks, into the landing's table (createLandingTable). */
export async function landRecords(
  landing: Landing,
  reader: ExportReader,
  kind: ExportKind,
  adapter: SourceAdapter | undefined,
  onProgress: (bytes: number) => void,
): Promise<LandStats> {
  const stats: LandStats = { recordsRead: 0, leftOut: new Map() };
  const isDate = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const columns = columnsOf(kind).map((c) => c.name);
  const known = new Set(columns);
  const listFields = new Set(
    columnsOf(kind)
      .filter((c) => c.type === "list")
      .map((c) => c.name),
  );
  const types = [INTEGER, ...columns.map(() => VARCHAR), VARCHAR, VARCHAR, VARCHAR];
  const appender = await landing.connection.createAppender(landing.name);
  let rows: (string | number | null)[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const chunk = DuckDBDataChunk.create(types, rows.length);
    chunk.setColumns(types.map((_, i) => rows.map((row) => row[i])));
    appender.appendDataChunk(chunk);
    rows = [];
  };
  type Problem = { field: string | null; reason: string } | null;
  const push = (line: number, values: Record<string, unknown> | null, problem: Problem, record: string | null) => {
    const texts = columns.map((c) => (values ? asText(values[c]) : null));
    rows.push([line, ...texts, problem?.field ?? null, problem?.reason ?? null, record]);
    if (rows.length === CHUNK_ROWS) flush();
  };

  // With an adapter's duplicate rule, the kept row of each key is decided before landing (etl/sources/duplicates.ts).
  const merger = DuplicateMerger.of(adapter, kind.key);
  let count = 0;
  for await (const record of reader.records) {
    stats.recordsRead++;
    if (++count % 4096 === 0 && record.bytes !== undefined) onProgress(record.bytes);
    if (adapter && record.values) {
      const dates = adapter.dates?.(record.values);
      if (isDate(dates?.record)) {
        if (!stats.recordsFrom || dates.record < stats.recordsFrom) stats.recordsFrom = dates.record;
        if (!stats.recordsTo || dates.record > stats.recordsTo) stats.recordsTo = dates.record;
      }
      if (isDate(dates?.accessed) && (!stats.accessedOn || dates.accessed > stats.accessedOn))
        stats.accessedOn = dates.accessed;
      const reason = adapter.leaveOut?.(record.values);
      if (reason !== undefined) {
        const seen = stats.leftOut.get(reason);
        if (seen) seen.rows++;
        else stats.leftOut.set(reason, { rows: 1, firstLine: record.line });
        continue;
      }
    }
    if (!record.values) {
      push(record.line, null, { field: null, reason: record.error }, record.raw);
      continue;
    }
    const json = JSON.stringify(record.values);
    const unknown = Object.keys(record.values).filter((k) => !known.has(k));
    if (!adapter && unknown.length) {
      const reason = t("etl.row.unknownFields", { fields: unknown.join(", ") });
      push(record.line, null, { field: unknown[0], reason }, json);
      continue;
    }
    const nested = adapter ? undefined : nonScalarField(record.values, listFields);
    if (nested) {
      push(record.line, null, { field: nested, reason: t("etl.row.notScalar") }, json);
      continue;
    }
    const row = adapter ? adapter.toContract(record.values) : record.values;
    if (merger) merger.add(record.line, row, json);
    else push(record.line, row, null, adapter ? json : null);
  }
  for (const held of merger?.rows() ?? []) push(held.line, held.values, held.problem, held.record);
  flush();
  appender.closeSync();
  return stats;
}
