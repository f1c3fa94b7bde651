// Loads export files into the warehouse: one transaction for the whole command,
// so a file that cannot be read leaves the warehouse exactly as it was. Every
// record ends up either in raw_<kind> or in etl_rejects, and the ledger row
// proves it (rows_in = rows_loaded + rows_rejected, also enforced by a CHECK).
//
// Per file, before the transaction, on temporary tables only: read it once
// (sha256, encoding, CSV line starts: read-once.ts) → read the header and tell
// the kind → land every record as text (DuckDB's CSV reader, or JavaScript for
// JSON Lines, adapters and malformed CSV) → check all rows at once in SQL
// (bulk-validate.ts). Then, inside it: etl_rejects and etl_loads → the models,
// reading the checked rows through views that shadow the raw tables → raw_<kind>.
import { statSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import { exportKind, type ExportKind } from "../contract/kinds.ts";
import { findAdapter, type SourceAdapter } from "../sources/adapters.ts";
import { type Warehouse, UserError } from "../warehouse/connection.ts";
import { DERIVED_LAYERS, refreshReference, runModels } from "../warehouse/models.ts";
import { rawTable } from "../warehouse/raw-tables.ts";
import { exportColumns, fileFormat, openExport } from "./read-records.ts";
import { landRecords, type LandStats } from "./land-records.ts";
import { detectKind } from "./detect-kind.ts";
import { openBinary, openText, type TextEncoding } from "./text-encoding.ts";
import { readOnce, type FileFacts } from "./read-once.ts";
import { checkLanding, dropChecked, keepRejects, landingTableDdl, newRowsSql, prepareReferenceCodes, type BulkResult } from "./bulk-validate.ts";
import { dropCsvLanding, landCsvWithDuckDB } from "./csv-fast-path.ts";
import type { Progress } from "./progress.ts";
import { timed } from "./profile.ts";

export interface LoadOptions {
  kind?: string;
  /** 'export' for files people bring; 'sample' for generated data. */
  source?: string;
  progress?: Progress;
  /** The date a third-party source's data was accessed (YYYY-MM-DD), when its terms ask for it; default: the latest date its records carry. */
  accessedOn?: string;
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
  /** Records of a filtered source outside Blue Ledger's scope (etl_left_out), with the reasons. */
  rowsLeftOut: number;
  leftOut: { reason: string; rows: number; firstLine: number }[];
  encoding?: TextEncoding;
  /** Set when the same bytes were loaded before and the file was skipped. */
  alreadyLoadedAs?: { loadId: number; at: string };
  /** The first rejected rows, in line order (all of them are in etl_rejects). */
  rejects: Reject[];
  seconds: number;
}

const SHOWN_REJECTS = 1000;

/** A file's size, or 0 when it cannot be read (reading it says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function previousLoad(connection: DuckDBConnection, sha256: string, kind: string) {
  const [row] = (
    await connection.runAndReadAll(
      `SELECT load_id, strftime(finished_at, '%Y-%m-%d %H:%M') FROM etl_loads WHERE file_sha256 = $sha AND kind = $kind ORDER BY load_id LIMIT 1`,
      { sha: sha256, kind },
    )
  ).getRows();
  return row ? { loadId: Number(row[0]), at: String(row[1]) } : undefined;
}

/** A file read and landed as text, before the transaction that validates and keeps its rows. */
interface LandedFile {
  file: string;
  kind: ExportKind;
  adapter?: SourceAdapter;
  sha256: string;
  bytes: number;
  encoding: TextEncoding;
  /** The temporary table or view holding its records. */
  landing: string;
  landedByDuckDB: boolean;
  started: Date;
  /** Time spent reading, landing and checking it. */
  seconds: number;
  /** Its rows counted by the check (checkLanding), unless the same bytes were loaded before. */
  checked?: BulkResult;
  /** For records read in JavaScript: how many, those left out, and the dates they carry. */
  stats?: LandStats;
}

/**
 * Reads a file and lands its records as text in a temporary table, before the
 * load's transaction begins: temporary tables are never written to the
 * warehouse, and DuckDB scans a committed one in parallel, where it scans one
 * made inside the open transaction on a single thread.
 */
async function landFile(connection: DuckDBConnection, file: string, facts: FileFacts, landing: string, options: LoadOptions): Promise<LandedFile> {
  const started = new Date();
  const format = fileFormat(file);
  // A workbook is binary; its cells are text already, so only other files need the encoding check.
  const text = format === "xlsx" ? await openBinary(file) : await openText(file, facts.utf8);
  try {
    const columns = await exportColumns(text.path, format);
    const adapter = options.kind ? undefined : findAdapter(columns);
    const kind: ExportKind = adapter ? exportKind(adapter.kind) : detectKind(file, columns, options.kind);
    const { sha256, bytes } = facts;
    options.progress?.start(path.basename(file), bytes);
    // Lines scanned in the original bytes hold for the text only when it was not transcoded.
    const lines = text.path === file ? facts.csvLines : undefined;
    const landedByDuckDB =
      format === "csv" &&
      !adapter &&
      (await timed("land (DuckDB)", () => landCsvWithDuckDB(connection, text.path, columns, kind, landing, lines)));
    let stats: LandStats | undefined;
    if (!landedByDuckDB) {
      await connection.run(landingTableDdl(kind, landing));
      const reader = await openExport(text.path, format);
      stats = await timed("land (JavaScript)", () => landRecords(connection, reader, kind, adapter, landing, (read) => options.progress?.update(read)));
    }
    options.progress?.update(bytes);
    options.progress?.stop();
    const seconds = (Date.now() - started.getTime()) / 1000;
    return { file, kind, adapter, sha256, bytes, encoding: text.encoding, landing, landedByDuckDB, started, seconds, stats };
  } finally {
    text.cleanup();
  }
}

/** Checks a landed file's rows, before the load's transaction; skipped when the same bytes were loaded before. */
async function checkLanded(connection: DuckDBConnection, landed: LandedFile): Promise<void> {
  if (await previousLoad(connection, landed.sha256, landed.kind.name)) return;
  const started = Date.now();
  landed.checked = await checkLanding(connection, landed.kind, landed.landing);
  landed.seconds += (Date.now() - started) / 1000;
}

/**
 * Inside the load's transaction: gives a checked file its load id, puts its rejected
 * rows in etl_rejects and writes its ledger row. Its valid rows go to raw_<kind>
 * after the models are built (see loadFiles).
 */
async function keepLanded(connection: DuckDBConnection, landed: LandedFile, options: LoadOptions): Promise<FileLoad> {
  const started = Date.now();
  const { file, kind, adapter, sha256, checked } = landed;
  const fileName = path.basename(file);
  const result: FileLoad = {
    file, kind: kind.name, loadId: null, rowsIn: 0, rowsLoaded: 0, rowsRejected: 0, rowsLeftOut: 0, leftOut: [], rejects: [], seconds: 0, encoding: landed.encoding,
  };
  // Asked again here: an earlier file of this command may have had the same bytes.
  result.alreadyLoadedAs = await previousLoad(connection, sha256, kind.name);
  if (result.alreadyLoadedAs || !checked) return result; // the same bytes give the same rows: nothing to do

  const loadId = Number((await connection.runAndReadAll("SELECT nextval('etl_load_id_seq')")).getRows()[0][0]);
  result.loadId = loadId;
  Object.assign(result, checked);
  await keepRejects(connection, kind, landed.landing, loadId, fileName);
  if (adapter?.explain) await explainRejects(connection, adapter, loadId);
  result.rejects = (
    await connection.runAndReadAll(`SELECT line, field, reason FROM etl_rejects WHERE load_id = $loadId ORDER BY line LIMIT ${SHOWN_REJECTS}`, { loadId })
  )
    .getRows()
    .map(([line, field, reason]) => ({ line: Number(line), field: field === null ? null : String(field), reason: String(reason) }));

  // Rows left out never reach the landing table: rows in is every record read.
  const stats = landed.stats;
  result.leftOut = [...(stats?.leftOut ?? [])].map(([reason, { rows, firstLine }]) => ({ reason, rows, firstLine }));
  result.rowsLeftOut = result.leftOut.reduce((sum, r) => sum + r.rows, 0);
  if (stats && stats.recordsRead !== result.rowsIn + result.rowsLeftOut)
    throw new Error(t("etl.load.reconcileLeftOut", { file, read: stats.recordsRead, landed: result.rowsIn, leftOut: result.rowsLeftOut }));
  result.rowsIn += result.rowsLeftOut;
  if (result.rowsIn !== result.rowsLoaded + result.rowsRejected + result.rowsLeftOut)
    throw new Error(t("etl.load.reconcile", { file, rowsIn: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }));
  for (const r of result.leftOut)
    await connection.run("INSERT INTO etl_left_out VALUES ($loadId, $file, $reason, $rows, $line)", { loadId, file: fileName, reason: r.reason, rows: r.rows, line: r.firstLine });
  result.seconds = landed.seconds + (Date.now() - started) / 1000;
  await connection.run(
    `INSERT INTO etl_loads (load_id, kind, source, file_name, file_sha256, file_bytes, started_at, finished_at, rows_in, rows_loaded,
       rows_rejected, encoding, rows_left_out, accessed_on, records_from, records_to)
     VALUES ($id, $kind, $source, $file, $sha, $bytes, $started::TIMESTAMP, now()::TIMESTAMP, $rowsIn, $loaded, $rejected, $encoding,
       $leftOut, $accessed::DATE, $from::DATE, $to::DATE)`,
    {
      id: loadId,
      kind: kind.name,
      source: adapter?.name ?? options.source ?? "export",
      file: fileName,
      sha: sha256,
      bytes: landed.bytes,
      started: landed.started.toISOString(),
      rowsIn: result.rowsIn,
      loaded: result.rowsLoaded,
      rejected: result.rowsRejected,
      encoding: landed.encoding,
      leftOut: result.rowsLeftOut,
      // The access date the terms ask for: given with the load (--accessed), else the latest the records carry.
      accessed: adapter?.dataset ? (options.accessedOn ?? stats?.accessedOn ?? null) : null,
      from: stats?.recordsFrom ?? null,
      to: stats?.recordsTo ?? null,
    },
  );
  return result;
}

/**
 * While the models are built, each raw table loaded to is shadowed by a temporary
 * view of its committed rows and the new ones, read from the checked landings. The
 * models then read only committed tables, which DuckDB reads in parallel, where it
 * would read rows inserted in the open transaction on one thread (about twice as
 * slow). The new rows are inserted once the models are built, still inside it.
 */
async function shadowRawTables(connection: DuckDBConnection, kept: { landed: LandedFile; loadId: number }[]): Promise<string[]> {
  const [[database]] = (await connection.runAndReadAll("SELECT current_database()")).getRows();
  const kinds = [...new Set(kept.map(({ landed }) => landed.kind.name))];
  for (const kind of kinds) {
    const newRows = kept.filter(({ landed }) => landed.kind.name === kind).map(({ landed, loadId }) => newRowsSql(landed.landing, loadId));
    await connection.run(`CREATE TEMP VIEW ${rawTable(kind)} AS
      SELECT * FROM "${String(database).replaceAll('"', '""')}".main.${rawTable(kind)} UNION ALL ${newRows.join(" UNION ALL ")}`);
  }
  return kinds.map(rawTable);
}

/** An adapter may say more precisely why one of its records was rejected (e.g. which reference file to fix). */
async function explainRejects(connection: DuckDBConnection, adapter: SourceAdapter, loadId: number): Promise<void> {
  const rejects = (await connection.runAndReadAll("SELECT line, field, record FROM etl_rejects WHERE load_id = $loadId", { loadId })).getRows();
  for (const [line, field, record] of rejects) {
    const better = adapter.explain!(field === null ? null : String(field), JSON.parse(String(record)));
    if (better)
      await connection.run("UPDATE etl_rejects SET reason = $reason WHERE load_id = $loadId AND line = $line", { reason: better, loadId, line: Number(line) });
  }
}

/**
 * Loads every file and rebuilds the models, all in one transaction. The files
 * are landed and checked first, outside it (they touch only temporary tables),
 * so their records are held until the transaction ends.
 */
export async function loadFiles(warehouse: Warehouse, files: string[], options: LoadOptions = {}): Promise<FileLoad[]> {
  const { connection } = warehouse;
  const landed: LandedFile[] = [];
  const dropTemporary = async () => {
    for (const { kind, landing, landedByDuckDB } of landed) {
      await dropChecked(connection, kind, landing);
      await (landedByDuckDB ? dropCsvLanding(connection, landing) : connection.run(`DROP TABLE IF EXISTS ${landing}`));
    }
  };
  try {
    // Smallest first, and each file read while DuckDB lands the one before: JavaScript reads
    // on its own thread, DuckDB lands on its own, and the largest file's read is hidden too.
    const order = files.map((file, i) => ({ file, i, bytes: sizeOf(file) })).sort((a, b) => a.bytes - b.bytes);
    const readAhead = (k: number) => {
      if (k >= order.length) return undefined;
      const reading = timed("read once", () => readOnce(order[k].file, { csv: fileFormat(order[k].file) === "csv" }));
      reading.catch(() => {}); // reported when its turn comes
      return reading;
    };
    const position = new Map<LandedFile, number>();
    let next = readAhead(0);
    for (const [k, { file, i }] of order.entries()) {
      const facts = await next!;
      next = readAhead(k + 1);
      const landedFile = await landFile(connection, file, facts, `landing_${i + 1}`, options);
      position.set(landedFile, i);
      landed.push(landedFile);
    }
    landed.sort((a, b) => position.get(a)! - position.get(b)!); // loaded in the order given: a later file wins
    // The checks read the reference codes, so the reference tables are brought up to date first.
    await refreshReference(connection);
    await prepareReferenceCodes(connection);
    for (const file of landed) await checkLanded(connection, file);
  } catch (error) {
    await dropTemporary();
    throw error;
  }
  await connection.run("BEGIN TRANSACTION");
  try {
    const results: FileLoad[] = [];
    for (const file of landed) results.push(await keepLanded(connection, file, options));
    const kept = landed.flatMap((file, i) => (results[i].loadId === null ? [] : [{ landed: file, loadId: results[i].loadId!, result: results[i] }]));
    if (kept.length) {
      const shadows = await shadowRawTables(connection, kept);
      // Only what these loads can have changed is rebuilt (etl/warehouse/models.ts).
      const changed = ["etl_loads", "etl_rejects", ...shadows];
      await timed("models", () => runModels(connection, DERIVED_LAYERS, { loadIds: kept.map((k) => k.loadId), changed }));
      for (const shadow of shadows) await connection.run(`DROP VIEW temp.main.${shadow}`);
      for (const { landed: file, loadId, result } of kept) {
        const inserted = await timed("insert raw", () => connection.run(`INSERT INTO ${rawTable(file.kind.name)} ${newRowsSql(file.landing, loadId)}`));
        if (inserted.rowsChanged !== result.rowsLoaded)
          throw new Error(t("etl.load.reconcile", { file: file.file, rowsIn: result.rowsIn, loaded: inserted.rowsChanged, rejected: result.rowsRejected }));
      }
    }
    await timed("commit", () => connection.run("COMMIT"));
    return results;
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  } finally {
    await dropTemporary();
  }
}

export { UserError };
