// Loads export files into the warehouse: one transaction for the whole command,
// so a file that cannot be read leaves the warehouse exactly as it was. Every
// record ends up either in raw_<kind> or in etl_rejects, and the ledger row
// proves it (rows_in = rows_loaded + rows_rejected, also enforced by a CHECK).
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { DuckDBDataChunk, DOUBLE, INTEGER, LIST, VARCHAR, listValue, type DuckDBType, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../../src/i18n/index.js";
import { exportKind, type ExportKind } from "../contract/kinds.ts";
import { findAdapter } from "../sources/adapters.ts";
import { columnsOf, type ColumnType } from "../contract/columns.ts";
import { runModels, type Warehouse, UserError } from "../warehouse/connection.ts";
import { rawTable } from "../warehouse/raw-tables.ts";
import { openExport } from "./read-records.ts";
import { detectKind } from "./detect-kind.ts";
import { makeValidator, type ReferenceCodes } from "./validate.ts";
import type { Progress } from "./progress.ts";

export interface LoadOptions {
  kind?: string;
  /** 'export' for files people bring; 'sample' for generated data. */
  source?: string;
  progress?: Progress;
}

export interface Reject {
  line: number;
  field: string | null;
  reason: string;
}

export interface FileLoad {
  file: string;
  kind: string;
  loadId: number | null;
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
  /** Set when the same bytes were loaded before and the file was skipped. */
  alreadyLoadedAs?: { loadId: number; at: string };
  rejects: Reject[];
  seconds: number;
}

const CHUNK_ROWS = 2048;
const DUCKDB_TYPES: Record<ColumnType, DuckDBType> = {
  string: VARCHAR,
  date: VARCHAR,
  integer: INTEGER,
  number: DOUBLE,
  list: LIST(VARCHAR),
};

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}

async function referenceCodes(connection: DuckDBConnection): Promise<ReferenceCodes> {
  const codes = async (sql: string) => new Set((await connection.runAndReadAll(sql)).getRows().map((r) => String(r[0])));
  return {
    missions: await codes("SELECT mission_acronym FROM ref_missions UNION SELECT alias FROM ref_mission_aliases"),
    states: await codes("SELECT iso3 FROM ref_states"),
  };
}

/** Appends rows column-wise in chunks: far faster than a value at a time. */
class ChunkedAppender {
  private rows: unknown[][] = [];
  private constructor(
    private appender: Awaited<ReturnType<DuckDBConnection["createAppender"]>>,
    private types: DuckDBType[],
  ) {}
  static async create(connection: DuckDBConnection, table: string, types: DuckDBType[]) {
    return new ChunkedAppender(await connection.createAppender(table), types);
  }
  push(row: unknown[]) {
    this.rows.push(row);
    if (this.rows.length === CHUNK_ROWS) this.flush();
  }
  private flush() {
    if (!this.rows.length) return;
    const chunk = DuckDBDataChunk.create(this.types, this.rows.length);
    const columns = this.types.map((_, i) => this.rows.map((row) => row[i]));
    chunk.setColumns(columns as never);
    this.appender.appendDataChunk(chunk);
    this.rows = [];
  }
  close() {
    this.flush();
    this.appender.closeSync();
  }
}

async function loadOne(
  warehouse: Warehouse,
  file: string,
  reference: ReferenceCodes,
  options: LoadOptions,
): Promise<FileLoad> {
  const started = new Date();
  const { connection } = warehouse;
  const reader = await openExport(file); // first, so an unreadable file gets a clear error
  const sha256 = await sha256File(file);
  const adapter = options.kind ? undefined : findAdapter(reader.columns);
  const kind: ExportKind = adapter ? exportKind(adapter.kind) : detectKind(file, reader.columns, options.kind);
  const fileName = path.basename(file);
  const result: FileLoad = { file, kind: kind.name, loadId: null, rowsIn: 0, rowsLoaded: 0, rowsRejected: 0, rejects: [], seconds: 0 };

  const previous = (
    await connection.runAndReadAll(
      `SELECT load_id, strftime(finished_at, '%Y-%m-%d %H:%M') FROM etl_loads WHERE file_sha256 = $sha AND kind = $kind ORDER BY load_id LIMIT 1`,
      { sha: sha256, kind: kind.name },
    )
  ).getRows()[0];
  if (previous) {
    // Drain nothing: the same bytes give the same rows, so the file is skipped whole.
    result.alreadyLoadedAs = { loadId: Number(previous[0]), at: String(previous[1]) };
    return result;
  }

  const loadId = Number((await connection.runAndReadAll("SELECT nextval('etl_load_id_seq')")).getRows()[0][0]);
  result.loadId = loadId;
  const columns = columnsOf(kind);
  const rows = await ChunkedAppender.create(connection, rawTable(kind.name), [INTEGER, INTEGER, ...columns.map((c) => DUCKDB_TYPES[c.type])]);
  const rejects = await ChunkedAppender.create(connection, "etl_rejects", [INTEGER, VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR]);
  const validate = makeValidator(kind, reference);
  const keyName = kind.key.join(" + ");
  const bytesTotal = statSync(file).size;
  options.progress?.start(fileName, bytesTotal);

  const reject = (line: number, field: string | null, reason: string, record: string) => {
    result.rowsRejected++;
    if (result.rejects.length < 1000) result.rejects.push({ line, field, reason });
    rejects.push([loadId, fileName, line, field, reason, record]);
  };

  // The first line of each key; with an adapter duplicate rule, also its row and record.
  const firstOfKey = new Map<string, { line: number; row?: Record<string, unknown>; values?: Record<string, unknown> }>();
  const supersededLines: number[] = []; // earlier rows that an adapter's rule replaced by a later one

  for await (const record of reader.records) {
    result.rowsIn++;
    if (record.bytes !== undefined && result.rowsIn % 4096 === 0) options.progress?.update(record.bytes);
    if (!record.values) {
      reject(record.line, null, record.error, record.raw);
      continue;
    }
    const verdict = validate(adapter ? adapter.toContract(record.values) : record.values);
    if (!verdict.ok) {
      const reason = adapter?.explain?.(verdict.field, record.values) ?? verdict.reason;
      reject(record.line, verdict.field, reason, JSON.stringify(record.values));
      continue;
    }
    const key = kind.key.map((k) => String(verdict.row[k])).join("\u0000");
    const first = firstOfKey.get(key);
    if (first !== undefined) {
      const rule = first.row && adapter?.resolveDuplicate?.(first.row, verdict.row);
      if (!rule) {
        reject(record.line, kind.key[0], t("etl.row.duplicateKey", { key: keyName, line: first.line }), JSON.stringify(record.values));
        continue;
      }
      // The loser goes to the quarantine saying which line it was merged into, so rows in = loaded + rejected still holds.
      const keyValue = kind.key.map((k) => String(verdict.row[k])).join(" + ");
      const merged = (line: number) => t("etl.row.duplicateMerged", { key: keyName, value: keyValue, line, why: rule.why });
      if (rule.keep === "first") {
        reject(record.line, kind.key[0], merged(first.line), JSON.stringify(record.values));
        continue;
      }
      reject(first.line, kind.key[0], merged(record.line), JSON.stringify(first.values));
      supersededLines.push(first.line); // deleted from raw below, once the appender is flushed
      result.rowsLoaded--;
    }
    const keep = adapter?.resolveDuplicate ? { row: verdict.row, values: record.values } : {};
    firstOfKey.set(key, { line: record.line, ...keep });
    rows.push([
      loadId,
      record.line,
      ...columns.map((c) => {
        const value = verdict.row[c.name];
        if (value === undefined || value === null) return null;
        return c.type === "list" ? listValue(value as string[]) : value;
      }),
    ]);
    result.rowsLoaded++;
  }
  rows.close();
  rejects.close();
  for (const line of supersededLines)
    await connection.run(`DELETE FROM ${rawTable(kind.name)} WHERE load_id = $loadId AND source_line = $line`, { loadId, line });
  options.progress?.update(bytesTotal);
  options.progress?.stop();

  if (result.rowsIn !== result.rowsLoaded + result.rowsRejected)
    throw new Error(t("etl.load.reconcile", { file, rowsIn: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }));
  result.seconds = (Date.now() - started.getTime()) / 1000;
  await connection.run(
    `INSERT INTO etl_loads VALUES ($id, $kind, $source, $file, $sha, $bytes, $started::TIMESTAMP, now()::TIMESTAMP, $rowsIn, $loaded, $rejected)`,
    {
      id: loadId,
      kind: kind.name,
      source: adapter?.name ?? options.source ?? "export",
      file: fileName,
      sha: sha256,
      bytes: bytesTotal,
      started: started.toISOString(),
      rowsIn: result.rowsIn,
      loaded: result.rowsLoaded,
      rejected: result.rowsRejected,
    },
  );
  return result;
}

/** Loads every file and rebuilds the models, all in one transaction. */
export async function loadFiles(warehouse: Warehouse, files: string[], options: LoadOptions = {}): Promise<FileLoad[]> {
  const { connection } = warehouse;
  await connection.run("BEGIN TRANSACTION");
  try {
    await runModels(connection, ["reference"]);
    const reference = await referenceCodes(connection);
    const results: FileLoad[] = [];
    for (const file of files) results.push(await loadOne(warehouse, file, reference, options));
    if (results.some((r) => r.loadId !== null)) await runModels(connection);
    await connection.run("COMMIT");
    return results;
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

export { UserError };
