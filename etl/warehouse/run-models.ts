// Runs the models (model-files.ts gives them in order). After a load only what
// the load can have changed is rebuilt, as dbt's `state:modified+` selection
// would: a model runs again when its SQL changed (digests in etl_model_state), a
// table it creates is missing, or it reads a table that changed in this run. A
// model with `@incremental-on` updates itself from the changes to one staging
// view, as a dbt incremental model does, when nothing else it depends on changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { timed } from "../load/profile.ts";
import { exists } from "./catalog.ts";
import { REPO_ROOT, WAREHOUSE_DIR } from "./connection.ts";
import { dropChangeTables, latestView, maintainLatest, produces } from "./latest-versions.ts";
import { DERIVED_LAYERS, MODEL_LAYERS, modelFiles, type Model, type ModelLayer } from "./model-files.ts";
import { isRawTable } from "./model-names.ts";
import { inTransaction, quotedString, scalar } from "./sql.ts";

const digest = (text: string) => createHash("sha256").update(text).digest("hex");
const SMALL_TABLE_ROWS = 1000;

/** The rows of a table model's tables as text, when they are few enough to compare cheaply; else undefined. */
async function smallTablesContent(connection: DuckDBConnection, model: Model): Promise<string | undefined> {
  if (model.objectType !== "TABLE") return undefined;
  const parts: string[] = [];
  for (const table of model.creates.filter((name) => model.createdTypes.get(name) === "TABLE")) {
    if (!(await exists(connection, "TABLE", table))) return undefined;
    if (Number(await scalar(connection, `SELECT count(*) FROM ${table}`)) > SMALL_TABLE_ROWS) return undefined;
    const rows = `SELECT string_agg(row::VARCHAR, '\n' ORDER BY row::VARCHAR) FROM ${table} row`;
    parts.push(String(await scalar(connection, rows)));
  }
  return parts.join("\0");
}

/** A model that became a view (or a table) replaces the object of the other type left by its older SQL. */
async function dropOtherType(connection: DuckDBConnection, model: Model): Promise<void> {
  const other = model.objectType === "VIEW" ? "TABLE" : "VIEW";
  for (const name of model.creates.filter((created) => model.createdTypes.get(created) !== "MACRO"))
    if (await exists(connection, other, name)) await connection.run(`DROP ${other} ${name}`);
}

/**
 * Whether `model` may update itself from the changes to its `incremental.on`
 * view alone: every changed table it depends on, directly or through the models
 * it reads, is that view, a raw table behind it, or made from that view by SQL
 * that did not change in this run (`redefined` lists what changed SQL made, and
 * staging views made anew).
 */
function changedOnlyThrough(model: Model, models: Model[], changed: Set<string>, redefined: Set<string>): boolean {
  const view = model.incremental!.on;
  const upstream = new Set<Model>([model]);
  for (const reader of upstream)
    for (const other of models) if (produces(other).some(reader.reads)) upstream.add(other);
  const fromView = new Set<string>([view]);
  for (let grew = true; grew;) {
    grew = false;
    for (const other of upstream)
      if (other !== model && [...fromView].some(other.reads) && produces(other).some((t) => !fromView.has(t))) {
        produces(other).forEach((t) => fromView.add(t));
        grew = true;
      }
  }
  const explained = (table: string) => (fromView.has(table) || isRawTable(table)) && !redefined.has(table);
  return [...upstream].every((reader) => [...changed].every((table) => !reader.reads(table) || explained(table)));
}

export interface RunOptions {
  /**
   * The loads of this command. Given, only what they can have changed is rebuilt;
   * omitted, every model is rebuilt from scratch.
   */
  loadIds?: number[];
  /** Tables already changed in this transaction (raw tables loaded, reference tables rebuilt). */
  changed?: Iterable<string>;
}

/** Runs the models of `layers` inside the caller's transaction; returns the tables that changed. */
export async function runModels(
  connection: DuckDBConnection,
  layers: readonly ModelLayer[] = MODEL_LAYERS,
  { loadIds, changed: alreadyChanged = [] }: RunOptions = {},
): Promise<Set<string>> {
  const referenceDir = path.join(WAREHOUSE_DIR, "reference");
  await connection.run(`SET VARIABLE reference_dir = ${quotedString(referenceDir)}`);
  const stored = new Map(
    (await connection.runAndReadAll("SELECT model, sha256 FROM etl_model_state"))
      .getRows()
      .map(([m, s]) => [String(m), String(s)]),
  );
  const changed = new Set<string>(loadIds ? alreadyChanged : ["*"]);
  const isChanged = (table: string) => changed.has("*") || changed.has(table);
  // The reference tables also depend on the CSV files beside their SQL.
  const referenceFiles = readdirSync(referenceDir)
    .filter((f) => f.endsWith(".csv"))
    .sort();
  const referenceCsv = referenceFiles.map((f) => readFileSync(path.join(referenceDir, f), "utf8"));
  const referenceDigest = digest(referenceCsv.join("\0"));

  const models = modelFiles(layers);
  const updatedInPlace = new Set<string>(); // staging views whose changes in this run are in changeTables(view)
  const redefined = new Set<string>(); // made in this run by SQL that changed
  const ranSql: [model: string, sha256: string][] = []; // the digests of the SQL run, for etl_model_state
  for (const model of models) {
    const fromReference = model.file.startsWith(referenceDir) ? referenceDigest : "";
    const sha = digest(model.sql + (model.incremental?.sql ?? "") + fromReference);
    const missing = async () => {
      for (const name of model.creates)
        if (!(await exists(connection, model.createdTypes.get(name)!, name))) return true;
      return false;
    };
    const modified = stored.get(model.name) !== sha;
    try {
      if (model.latestBy) {
        await connection.run(model.sql); // the versions view: cheap
        // New raw rows are what the incremental update handles; anything else it reads (aliases) means start over.
        const rebuild =
          !loadIds || modified || changed.has("*") || [...changed].some((t) => !isRawTable(t) && model.reads(t));
        const view = latestView(model);
        const latest = await timed(`latest ${view}`, () =>
          maintainLatest(connection, model, rebuild ? undefined : loadIds),
        );
        if (latest.changed) changed.add(view);
        if (latest.incremental) updatedInPlace.add(view);
        if (rebuild) produces(model).forEach((table) => redefined.add(table));
      } else if (!loadIds || modified || isChanged("*") || [...changed].some(model.reads) || (await missing())) {
        if (modified) await dropOtherType(connection, model);
        const before = modified ? undefined : await smallTablesContent(connection, model);
        if (modified) produces(model).forEach((table) => redefined.add(table));
        const incremental =
          model.incremental &&
          !modified &&
          updatedInPlace.has(model.incremental.on) &&
          changedOnlyThrough(model, models, changed, redefined) &&
          !(await missing());
        const sql = incremental ? model.incremental!.sql : model.sql;
        await timed(`model ${model.name}${incremental ? " (incremental)" : ""}`, () => connection.run(sql));
        // A small table rebuilt to the same rows (a data cutoff that did not move) changes nothing downstream.
        if (before === undefined || before !== (await smallTablesContent(connection, model)))
          model.creates.forEach((table) => changed.add(table));
      }
    } catch (error) {
      throw new Error(`${path.relative(REPO_ROOT, model.file)}: ${(error as Error).message}`, { cause: error });
    }
    if (modified) ranSql.push([model.name, sha]);
  }
  // One statement for all: each costs a few milliseconds, and a first build runs every model.
  if (ranSql.length) {
    const values = ranSql.map(([name, sha]) => `(${quotedString(name)}, ${quotedString(sha)})`).join(", ");
    await connection.run(`INSERT OR REPLACE INTO etl_model_state VALUES ${values}`);
  }
  for (const view of updatedInPlace) await dropChangeTables(connection, view);
  return changed;
}

/**
 * Rebuilds the reference tables if their SQL or CSV files changed, in a
 * transaction of their own: a load checks codes against them before its own
 * transaction begins. Every other model is then marked for a rebuild in the same
 * commit (its digest forgotten), so that it is rebuilt by the next run even if
 * the load that follows never commits.
 */
export async function refreshReference(connection: DuckDBConnection): Promise<void> {
  await inTransaction(connection, async () => {
    const changed = await runModels(connection, ["reference"], { loadIds: [] });
    if (!changed.size) return;
    const reference = modelFiles(["reference"]).map((model) => quotedString(model.name));
    await connection.run(`DELETE FROM etl_model_state WHERE model NOT IN (${reference.join(", ")})`);
  });
}

/**
 * Brings a warehouse made by older code up to date: runs the models whose SQL
 * changed or whose tables are missing, and nothing else, in one transaction.
 */
export async function refreshModels(connection: DuckDBConnection): Promise<void> {
  await inTransaction(connection, async () => {
    const changed = await runModels(connection, ["reference"], { loadIds: [] });
    await runModels(connection, DERIVED_LAYERS, { loadIds: [], changed });
  });
}
