// Inside the load's transaction, for each checked file: its load id, its rejected rows
// in etl_rejects (and etl_left_out for a filtered source), and its ledger row in
// etl_loads, once the counts reconcile: rows in = loaded + rejected + left out.
// Its valid rows go to raw_<kind> later, after the models are built (load-files.ts).
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import type { SourceAdapter } from "../sources/adapters.ts";
import { scalar } from "../warehouse/sql.ts";
import { keepRejects } from "./bulk-validate.ts";
import type { FileLoad, LandedFile, LoadOptions } from "./load-files.ts";

const SHOWN_REJECTS = 1000;

/** When the same bytes of this kind were loaded before: that load's id and when it ended. */
export async function previousLoad(connection: DuckDBConnection, sha256: string, kind: string) {
  const [row] = (
    await connection.runAndReadAll(
      `SELECT load_id, strftime(finished_at, '%Y-%m-%d %H:%M') FROM etl_loads
       WHERE file_sha256 = $sha AND kind = $kind ORDER BY load_id LIMIT 1`,
      { sha: sha256, kind },
    )
  ).getRows();
  return row ? { loadId: Number(row[0]), at: String(row[1]) } : undefined;
}

/** An adapter may say more precisely why one of its records was rejected (e.g. which reference file to fix). */
async function explainRejects(connection: DuckDBConnection, adapter: SourceAdapter, loadId: number): Promise<void> {
  const rejects = (
    await connection.runAndReadAll("SELECT line, field, record FROM etl_rejects WHERE load_id = $loadId", { loadId })
  ).getRows();
  for (const [line, field, record] of rejects) {
    const better = adapter.explain!(field === null ? null : String(field), JSON.parse(String(record)));
    if (better)
      await connection.run("UPDATE etl_rejects SET reason = $reason WHERE load_id = $loadId AND line = $line", {
        reason: better,
        loadId,
        line: Number(line),
      });
  }
}

/** The first rejected rows of a load, in line order. */
async function shownRejects(connection: DuckDBConnection, loadId: number): Promise<FileLoad["rejects"]> {
  const reader = await connection.runAndReadAll(
    `SELECT line, field, reason FROM etl_rejects WHERE load_id = $loadId ORDER BY line LIMIT ${SHOWN_REJECTS}`,
    { loadId },
  );
  return reader.getRows().map(([line, field, reason]) => ({
    line: Number(line),
    field: field === null ? null : String(field),
    reason: String(reason),
  }));
}

/** Adds the records left out (never landed) to the counts, and proves rows in = loaded + rejected + left out. */
function reconcile(landed: LandedFile, result: FileLoad): void {
  const { file, stats } = landed;
  result.leftOut = [...(stats?.leftOut ?? [])].map(([reason, { rows, firstLine }]) => ({ reason, rows, firstLine }));
  result.rowsLeftOut = result.leftOut.reduce((sum, r) => sum + r.rows, 0);
  const { rowsLoaded: loaded, rowsRejected: rejected, rowsLeftOut: leftOut } = result;
  if (stats && stats.recordsRead !== result.rowsIn + leftOut)
    throw new Error(t("etl.load.reconcileLeftOut", { file, read: stats.recordsRead, landed: result.rowsIn, leftOut }));
  result.rowsIn += leftOut;
  if (result.rowsIn !== loaded + rejected + leftOut)
    throw new Error(t("etl.load.reconcile", { file, rowsIn: result.rowsIn, loaded, rejected }));
}

/** The file's row in etl_loads, the ledger. */
async function writeLedger(connection: DuckDBConnection, landed: LandedFile, result: FileLoad, options: LoadOptions) {
  const { adapter, stats } = landed;
  await connection.run(
    `INSERT INTO etl_loads (load_id, kind, source, file_name, file_sha256, file_bytes, started_at, finished_at, rows_in,
       rows_loaded, rows_rejected, encoding, rows_left_out, accessed_on, records_from, records_to)
     VALUES ($id, $kind, $source, $file, $sha, $bytes, $started::TIMESTAMP, now()::TIMESTAMP, $rowsIn, $loaded,
       $rejected, $encoding, $leftOut, $accessed::DATE, $from::DATE, $to::DATE)`,
    {
      id: result.loadId,
      kind: landed.kind.name,
      source: adapter?.name ?? options.source ?? "export",
      file: path.basename(landed.file),
      sha: landed.sha256,
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
}

/**
 * Inside the load's transaction: gives a checked file its load id, puts its rejected
 * rows in etl_rejects and writes its ledger row. Its valid rows go to raw_<kind>
 * after the models are built (see loadFiles).
 */
export async function keepLanded(
  connection: DuckDBConnection,
  landed: LandedFile,
  options: LoadOptions,
): Promise<FileLoad> {
  const started = Date.now();
  const { file, kind, adapter, sha256, checked } = landed;
  const fileName = path.basename(file);
  const result: FileLoad = {
    file,
    kind: kind.name,
    loadId: null,
    rowsIn: 0,
    rowsLoaded: 0,
    rowsRejected: 0,
    rowsLeftOut: 0,
    leftOut: [],
    rejects: [],
    seconds: 0,
    encoding: landed.encoding,
  };
  // Asked again here: an earlier file of this command may have had the same bytes.
  result.alreadyLoadedAs = await previousLoad(connection, sha256, kind.name);
  if (result.alreadyLoadedAs || !checked) return result; // the same bytes give the same rows: nothing to do

  const loadId = Number(await scalar(connection, "SELECT nextval('etl_load_id_seq')"));
  result.loadId = loadId;
  Object.assign(result, checked);
  await keepRejects(landed.landing, kind, loadId, fileName);
  if (adapter?.explain) await explainRejects(connection, adapter, loadId);
  result.rejects = await shownRejects(connection, loadId);
  reconcile(landed, result);
  for (const r of result.leftOut)
    await connection.run("INSERT INTO etl_left_out VALUES ($loadId, $file, $reason, $rows, $line)", {
      loadId,
      file: fileName,
      reason: r.reason,
      rows: r.rows,
      line: r.firstLine,
    });
  result.seconds = landed.seconds + (Date.now() - started) / 1000;
  await writeLedger(connection, landed, result, options);
  return result;
}
