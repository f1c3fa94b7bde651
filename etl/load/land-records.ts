// Lands the records read in JavaScript (JSON Lines, workbooks, source adapters, malformed
// CSV) into a temporary table, column by column in chunks. For an adapter that filters
// (leaveOut), the records outside the scope are counted per reason instead of landed, so the
// ledger can prove rows in = loaded + rejected + left out.
import { DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import type { SourceAdapter } from "../sources/adapters.ts";
import type { ExportReader } from "./read-records.ts";

/** What reading the records told, beyond the landed rows. */
export interface LandStats {
  /** Every record read, landed or left out. */
  recordsRead: number;
  /** Records left out, per reason: how many, and the line of the first. */
  leftOut: Map<string, { rows: number; firstLine: number }>;
  /** The span of the records' own dates and the latest access date the records carry (adapter.dates), over every record read. */
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

/** Lands records read in JavaScript, column by column in chunks. */
export async function landRecords(
  connection: DuckDBConnection,
  reader: ExportReader,
  kind: ExportKind,
  adapter: SourceAdapter | undefined,
  landing: string,
  onProgress: (bytes: number) => void,
): Promise<LandStats> {
  const stats: LandStats = { recordsRead: 0, leftOut: new Map() };
  const isDate = (d: string | undefined): d is string => d !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d);
  const columns = columnsOf(kind).map((c) => c.name);
  const known = new Set(columns);
  const listFields = new Set(columnsOf(kind).filter((c) => c.type === "list").map((c) => c.name));
  const types = [INTEGER, ...columns.map(() => VARCHAR), VARCHAR, VARCHAR, VARCHAR];
  const appender = await connection.createAppender(landing);
  let rows: (string | number | null)[][] = [];
  const flush = () => {
    if (!rows.length) return;
    const chunk = DuckDBDataChunk.create(types, rows.length);
    chunk.setColumns(types.map((_, i) => rows.map((row) => row[i])));
    appender.appendDataChunk(chunk);
    rows = [];
  };
  const push = (line: number, values: Record<string, unknown> | null, problem: { field: string | null; reason: string } | null, record: string | null) => {
    rows.push([line, ...columns.map((c) => (values ? asText(values[c]) : null)), problem?.field ?? null, problem?.reason ?? null, record]);
    if (rows.length === CHUNK_ROWS) flush();
  };

  // With an adapter's duplicate rule, the kept row of each key is decided before landing.
  const firstOfKey = new Map<string, { line: number; row: Record<string, unknown>; record: string; index: number }>();
  const held: Parameters<typeof push>[] = [];
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
      if (isDate(dates?.accessed) && (!stats.accessedOn || dates.accessed > stats.accessedOn)) stats.accessedOn = dates.accessed;
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
      push(record.line, null, { field: unknown[0], reason: t("etl.row.unknownFields", { fields: unknown.join(", ") }) }, json);
      continue;
    }
    const nested = adapter ? undefined : nonScalarField(record.values, listFields);
    if (nested) {
      push(record.line, null, { field: nested, reason: t("etl.row.notScalar") }, json);
      continue;
    }
    const row = adapter ? adapter.toContract(record.values) : record.values;
    if (!adapter?.resolveDuplicate) {
      push(record.line, row, null, adapter ? json : null);
      continue;
    }
    const key = kind.key.map((k) => String(row[k] ?? "")).join("\u0000");
    const first = firstOfKey.get(key);
    const rule = first && adapter.resolveDuplicate(first.row, row);
    if (first && rule) {
      const keyValue = kind.key.map((k) => String(row[k])).join(" + ");
      const merged = (line: number) => ({ field: kind.key[0], reason: t("etl.row.duplicateMerged", { key: kind.key.join(" + "), value: keyValue, line, why: rule.why }) });
      if (rule.keep === "first") {
        held.push([record.line, null, merged(first.line), json]);
        continue;
      }
      held[first.index] = [first.line, null, merged(record.line), first.record];
    }
    firstOfKey.set(key, { line: record.line, row, record: json, index: held.length });
    held.push([record.line, row, null, json]);
  }
  for (const args of held) push(...args);
  flush();
  appender.closeSync();
  return stats;
}

