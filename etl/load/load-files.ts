// Loads export files into the warehouse: one transaction for the whole command,
// so a file that cannot be read leaves the warehouse exactly as it was. Every
// record ends up either in raw_<kind> or in etl_rejects, and the ledger row
// proves it (rows_in = rows_loaded + rows_rejected, also enforced by a CHECK).
//
// Per file, before the transaction, on temporary tables only: read it once
// (sha256, encoding, CSV line starts: read-once.ts) → read the header and tell
// the kind → land every record as text (DuckDB's CSV reader, or JavaScript for
// JSON Lines, adapters and malformed CSV) → check all rows at once in SQL
// (bulk-validate.ts). Then, inside it: etl_rejects and etl_loads (keep-landed.ts)
// → the models, reading the checked rows through views that shadow the raw tables
// → raw_<kind>. Each file's temporary objects belong to its Landing (landing.ts),
// which drops them all when the command ends, however it ends.
import { statSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import { exportKind, type ExportKind } from "../contract/kinds.ts";
import { findAdapter, type SourceAdapter } from "../sources/adapters.ts";
import { type Warehouse, UserError } from "../warehouse/connection.ts";
import { DERIVED_LAYERS, refreshReference, runModels } from "../warehouse/models.ts";
import { rawTable } from "../warehouse/raw-tables.ts";
import { inTransaction, quotedIdentifier, scalar } from "../warehouse/sql.ts";
import { exportColumns, fileFormat, openExport } from "./read-records.ts";
import { landRecords, type LandStats } from "./land-records.ts";
import { detectKind } from "./detect-kind.ts";
import { openBinary, openText, type TextEncoding } from "./text-encoding.ts";
import { readOnce, type FileFacts } from "./read-once.ts";
import { checkLanding, createLandingTable, newRowsSql, prepareReferenceCodes } from "./bulk-validate.ts";
import type { BulkResult } from "./bulk-validate.ts";
import { landCsvWithDuckDB } from "./csv-fast-path.ts";
import { keepLanded, previousLoad } from "./keep-landed.ts";
import { Landing, TemporaryObjects } from "./landing.ts";
import type { Progress } from "./progress.ts";
import { reportTime, timed } from "./profile.ts";

export interface LoadOptions {
  kind?: string;
  /** 'export' for files people bring; 'sample' for generated data. */
  source?: string;
  progress?: Progress;
  /**
   * The date a third-party source's data was accessed (YYYY-MM-DD), when its terms ask for it;
   * default: the latest date its records carry.
   */
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

/** A file's size, or 0 when it cannot be read (reading it says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A file read and landed as text, before the transaction that validates and keeps its rows. */
export interface LandedFile {
  file: string;
  /** Its place in the command's list of files: a later file wins. */
  index: number;
  kind: ExportKind;
  adapter?: SourceAdapter;
  sha256: string;
  bytes: number;
  encoding: TextEncoding;
  /** The temporary tables and views holding its records, and those the check makes from them. */
  landing: Landing;
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
async function landFile(
  landing: Landing,
  file: string,
  index: number,
  facts: FileFacts,
  options: LoadOptions,
): Promise<LandedFile> {
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
      (await timed("land (DuckDB)", () => landCsvWithDuckDB(landing, text.path, columns, kind, lines)));
    let stats: LandStats | undefined;
    if (!landedByDuckDB) {
      await createLandingTable(landing, kind);
      const reader = await openExport(text.path, format);
      const onProgress = (read: number) => options.progress?.update(read);
      stats = await timed("land (JavaScript)", () => landRecords(landing, reader, kind, adapter, onProgress));
    }
    options.progress?.update(bytes);
    options.progress?.stop();
    const seconds = (Date.now() - started.getTime()) / 1000;
    return { file, index, kind, adapter, sha256, bytes, encoding: text.encoding, landing, started, seconds, stats };
  } finally {
    text.cleanup();
  }
}

/**
 * Reads and lands every file, smallest first, each read while DuckDB lands the one before: JavaScript
 * reads on its own thread, DuckDB lands on its own, and the largest file's read is hidden too. Each
 * file's landing is handed to `owned` before anything is made in it, so that nothing is left behind
 * when a file cannot be read. Returns the files in the order given.
 */
async function landAll(connection: DuckDBConnection, files: string[], options: LoadOptions, owned: Landing[]) {
  const order = files.map((file, index) => ({ file, index, bytes: sizeOf(file) })).sort((a, b) => a.bytes - b.bytes);
  const readAhead = (k: number) => {
    if (k >= order.length) return undefined;
    const reading = timed("read once", () => readOnce(order[k].file, { csv: fileFormat(order[k].file) === "csv" }));
    reading.catch(() => {}); // reported when its turn comes
    return reading;
  };
  const landed: LandedFile[] = [];
  let next = readAhead(0);
  for (const [k, { file, index }] of order.entries()) {
    const facts = await next!;
    next = readAhead(k + 1);
    const landing = new Landing(connection, index + 1);
    owned.push(landing);
    landed.push(await landFile(landing, file, index, facts, options));
  }
  return landed.sort((a, b) => a.index - b.index);
}

/** Checks a landed file's rows, before the load's transaction; skipped when the same bytes were loaded before. */
async function checkLanded(connection: DuckDBConnection, landed: LandedFile): Promise<void> {
  if (await previousLoad(connection, landed.sha256, landed.kind.name)) return;
  const started = Date.now();
  landed.checked = await checkLanding(landed.landing, landed.kind);
  landed.seconds += (Date.now() - started) / 1000;
}

type KeptFile = { landed: LandedFile; loadId: number; result: FileLoad };

/**
 * While the models are built, each raw table loaded to is shadowed by a temporary
 * view of its committed rows and the new ones, read from the checked landings. The
 * models then read only committed tables, which DuckDB reads in parallel, where it
 * would read rows inserted in the open transaction on one thread (about twice as
 * slow). The new rows are inserted once the models are built, still inside it.
 */
async function shadowRawTables(shadows: TemporaryObjects, kept: KeptFile[]): Promise<void> {
  const database = quotedIdentifier(String(await scalar(shadows.connection, "SELECT current_database()")));
  const kinds = [...new Set(kept.map(({ landed }) => landed.kind.name))];
  for (const kind of kinds) {
    const newRows = kept
      .filter(({ landed }) => landed.kind.name === kind)
      .map(({ landed, loadId }) => newRowsSql(landed.landing, loadId));
    await shadows.create(
      rawTable(kind),
      "VIEW",
      `AS
      SELECT * FROM ${database}.main.${rawTable(kind)} UNION ALL ${newRows.join(" UNION ALL ")}`,
    );
  }
}

/** Inside the transaction: rebuilds the models over the shadowed raw tables, then inserts the new rows for good. */
async function buildModelsAndInsert(connection: DuckDBConnection, kept: KeptFile[], shadows: TemporaryObjects) {
  await shadowRawTables(shadows, kept);
  // Only what these loads can have changed is rebuilt (etl/warehouse/models.ts).
  const changed = ["etl_loads", "etl_rejects", ...shadows.names()];
  const loadIds = kept.map((k) => k.loadId);
  await timed("models", () => runModels(connection, DERIVED_LAYERS, { loadIds, changed }));
  await shadows.drop(); // before the inserts, which must reach the raw tables themselves
  for (const { landed: file, loadId, result } of kept) {
    const insert = `INSERT INTO ${rawTable(file.kind.name)} ${newRowsSql(file.landing, loadId)}`;
    const inserted = await timed("insert raw", () => connection.run(insert));
    if (inserted.rowsChanged !== result.rowsLoaded) {
      const { rowsIn, rowsRejected: rejected } = result;
      throw new Error(t("etl.load.reconcile", { file: file.file, rowsIn, loaded: inserted.rowsChanged, rejected }));
    }
  }
}

/**
 * Loads every file and rebuilds the models, all in one transaction. The files
 * are landed and checked first, outside it (they touch only temporary tables),
 * so their records are held until the transaction ends. Every temporary object
 * made on the way is dropped at the end, whether the load succeeds or not.
 */
export async function loadFiles(warehouse: Warehouse, files: string[], options: LoadOptions = {}): Promise<FileLoad[]> {
  const { connection } = warehouse;
  const landings: Landing[] = [];
  const referenceCodes = new TemporaryObjects(connection);
  // Made inside the transaction: a rollback takes them away, and dropping them after it finds nothing.
  const shadows = new TemporaryObjects(connection);
  try {
    const landed = await landAll(connection, files, options, landings);
    // The checks read the reference codes, so the reference tables are brought up to date first.
    await refreshReference(connection);
    await prepareReferenceCodes(referenceCodes);
    for (const file of landed) await checkLanded(connection, file);
    await referenceCodes.drop();
    let workDone = 0;
    const results = await inTransaction(connection, async () => {
      const results: FileLoad[] = [];
      for (const file of landed) results.push(await keepLanded(connection, file, options));
      const kept = landed.flatMap((file, i) => {
        const result = results[i];
        return result.loadId === null ? [] : [{ landed: file, loadId: result.loadId, result }];
      });
      if (kept.length) await buildModelsAndInsert(connection, kept, shadows);
      workDone = performance.now();
      return results;
    });
    reportTime("commit", performance.now() - workDone);
    return results;
  } finally {
    await shadows.drop();
    await referenceCodes.drop();
    for (const landing of landings) await landing.drop();
  }
}

export { UserError };
