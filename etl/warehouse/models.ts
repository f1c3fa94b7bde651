// Runs the SQL models of warehouse/ in layers (reference → staging → core →
// marts), and within a layer in dependency order, as dbt's ref() would. After a
// load only what the load can have changed is rebuilt, as dbt's
// `state:modified+` selection would: a model runs again when its SQL changed, a
// table it creates is missing, or it reads a table that changed in this run.
// Staging views show the latest version of each record; the versions a newer
// load replaced are listed (not copied) when it lands. A model may also say how
// to update itself from the changes to one staging view (`-- incremental-on:`),
// as a dbt incremental model does; that SQL runs instead of the full one when
// nothing else it depends on changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { REPO_ROOT, WAREHOUSE_DIR } from "./connection.ts";
import { timed } from "../load/profile.ts";

export const MODEL_LAYERS = ["reference", "staging", "core", "marts", "audit"] as const;
export type ModelLayer = (typeof MODEL_LAYERS)[number];

interface Model {
  name: string;
  /** Whether it creates tables or views (a model that changed from one to the other drops the old object first). */
  kind: "TABLE" | "VIEW";
  file: string;
  sql: string;
  /** The tables, views and table macros it creates, with their kinds. */
  creates: string[];
  createdKinds: Map<string, CreatedKind>;
  /** The tables and views the model reads. */
  reads: (table: string) => boolean;
  /** Staging: the key whose latest version the model keeps (`-- latest-by:` in its header). */
  latestBy?: string[];
  /** The SQL after `-- incremental-on: <staging view>`: updates the model from that view's changes alone. */
  incremental?: { on: string; sql: string };
}

type CreatedKind = "TABLE" | "VIEW" | "MACRO";

const digest = (text: string) => createHash("sha256").update(text).digest("hex");
const INCREMENTAL_MARK = /^--\s*incremental-on:\s*(\w+)\s*$/m;

function readModel(file: string): Model {
  const sql = readFileSync(file, "utf8");
  const mark = sql.match(INCREMENTAL_MARK);
  const full = mark ? sql.slice(0, mark.index) : sql;
  const body = full.replace(/--.*$/gm, "");
  const created = [...body.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?(TABLE|VIEW|MACRO)\s+(\w+)/gi)];
  const createdKinds = new Map(created.map((m) => [m[2], m[1].toUpperCase() as CreatedKind]));
  const creates = [...createdKinds.keys()];
  const latestBy = sql.match(/^--\s*latest-by:\s*(.+)$/m)?.[1].split(",").map((k) => k.trim());
  return {
    name: path.basename(file, ".sql"),
    kind: [...createdKinds.values()].find((k) => k !== "MACRO") === "VIEW" ? "VIEW" : "TABLE",
    file,
    sql: full,
    creates,
    createdKinds,
    reads: (table) => !creates.includes(table) && new RegExp(`\\b${table}\\b`).test(body),
    latestBy,
    incremental: mark ? { on: mark[1], sql: sql.slice(mark.index) } : undefined,
  };
}

/** The model files of the given layers, layer by layer, each after the models it reads. */
export function modelFiles(layers: readonly ModelLayer[] = MODEL_LAYERS): Model[] {
  return layers.flatMap((layer) => {
    const dir = path.join(WAREHOUSE_DIR, layer);
    const models = readdirSync(dir)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => readModel(path.join(dir, f)));
    const ordered: Model[] = [];
    const visiting = new Set<Model>();
    const visit = (model: Model) => {
      if (ordered.includes(model)) return;
      if (visiting.has(model)) throw new Error(`${model.file}: circular dependency between models`);
      visiting.add(model);
      for (const other of models) if (other !== model && other.creates.some(model.reads)) visit(other);
      ordered.push(model);
    };
    models.forEach(visit);
    return ordered;
  });
}

/** The view a staging model keeps: its versions view without `_versions`. */
const latestView = (model: Model) => model.creates[0].replace(/_versions$/, "");

async function tableExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const rows = (await connection.runAndReadAll("SELECT 1 FROM duckdb_tables() WHERE table_name = $name", { name })).getRows();
  return rows.length > 0;
}

async function viewExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const rows = (await connection.runAndReadAll("SELECT 1 FROM duckdb_views() WHERE NOT internal AND view_name = $name", { name })).getRows();
  return rows.length > 0;
}

async function macroExists(connection: DuckDBConnection, name: string): Promise<boolean> {
  const rows = (await connection.runAndReadAll("SELECT 1 FROM duckdb_functions() WHERE function_name = $name AND function_type = 'table_macro'", { name })).getRows();
  return rows.length > 0;
}

const EXISTS: Record<CreatedKind, (connection: DuckDBConnection, name: string) => Promise<boolean>> = {
  TABLE: tableExists,
  VIEW: viewExists,
  MACRO: macroExists,
};

/** The temporary tables of a staging view's changes in this run: the versions it gained, and those it lost. */
const changeTables = (view: string) => ({ gained: `${view}_gained`, lost: `${view}_lost` });

/**
 * Keeps a staging view as the latest version of each key. The view is every
 * version minus the ones a later version replaced, listed in
 * etl_superseded_versions, so a load writes no second copy of its rows: a first
 * load of a kind replaces nothing, and a later one lists only the older
 * versions of the keys it carried. The list is made anew when the view is new
 * (or `loadIds` is undefined). Returns whether the view's rows changed. When it
 * was updated rather than made anew, its changes are also left in
 * changeTables(view), for the models that can update themselves from them.
 */
async function maintainLatest(connection: DuckDBConnection, model: Model, loadIds: number[] | undefined): Promise<{ changed: boolean; incremental?: boolean }> {
  const view = latestView(model);
  const changes = changeTables(view);
  await connection.run(`DROP TABLE IF EXISTS ${changes.gained}; DROP TABLE IF EXISTS ${changes.lost}`);
  const versions = model.creates[0];
  const keys = model.latestBy!.join(", ");
  // A single key compares as a plain value, which DuckDB joins far faster than a row of values.
  const key = model.latestBy!.length === 1 ? keys : `(${keys})`;
  const replaced = `QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY load_id DESC, source_line DESC) > 1`;
  const params = { view };
  if (!loadIds || !(await viewExists(connection, view))) {
    if (await tableExists(connection, view)) await connection.run(`DROP TABLE ${view}`); // warehouses from before the views
    await connection.run("DELETE FROM etl_superseded_versions WHERE model = $view", params);
    // Keys are unique within one load (a repeated key is rejected): versions from a single load replace none.
    const [[loads]] = (await connection.runAndReadAll(`SELECT count(DISTINCT load_id) FROM ${versions}`)).getRows();
    if (Number(loads) > 1)
      await connection.run(
        `INSERT INTO etl_superseded_versions SELECT $view, load_id, source_line FROM ${versions}
         WHERE ${key} IN (SELECT ${key} FROM ${versions} GROUP BY ALL HAVING count(*) > 1) ${replaced}`,
        params,
      );
    await connection.run(`CREATE OR REPLACE VIEW ${view} AS SELECT * FROM ${versions}
      ANTI JOIN (SELECT load_id, source_line FROM etl_superseded_versions WHERE model = '${view}') USING (load_id, source_line)`);
    return { changed: true };
  }
  if (loadIds.length === 0) return { changed: false };
  const loaded = loadIds.join(", ");
  const [[newLoads, olderVersions]] = (
    await connection.runAndReadAll(
      `SELECT count(DISTINCT load_id) FILTER (WHERE load_id IN (${loaded})), count(*) FILTER (WHERE load_id NOT IN (${loaded})) FROM ${versions}`,
    )
  ).getRows();
  if (Number(newLoads) === 0) return { changed: false };
  // Keys are unique within one load (a repeated key is rejected), so one load onto none replaces nothing.
  if (Number(newLoads) === 1 && Number(olderVersions) === 0) return { changed: true };
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE newly_superseded AS
     SELECT load_id, source_line FROM (
       SELECT load_id, source_line FROM ${versions}
       WHERE ${key} IN (SELECT ${key} FROM ${versions} WHERE load_id IN (${loaded})) ${replaced}
     ) ANTI JOIN (SELECT load_id, source_line FROM etl_superseded_versions WHERE model = $view) USING (load_id, source_line)`,
    params,
  );
  await connection.run("INSERT INTO etl_superseded_versions SELECT $view, load_id, source_line FROM newly_superseded", params);
  // Gained: this run's versions still standing. Lost: older versions that stood until now
  // (a version of this run replaced by a later file of the same run never stood).
  await connection.run(`CREATE TEMP TABLE ${changes.gained} AS SELECT * FROM ${view} WHERE load_id IN (${loaded})`);
  await connection.run(`CREATE TEMP TABLE ${changes.lost} AS
    SELECT v.* FROM ${versions} v SEMI JOIN newly_superseded USING (load_id, source_line) WHERE v.load_id NOT IN (${loaded})`);
  await connection.run("DROP TABLE newly_superseded");
  return { changed: true, incremental: true };
}

const SMALL_TABLE_ROWS = 1000;

/** The rows of a table model's tables as text, when they are few enough to compare cheaply; else undefined. */
async function smallTablesContent(connection: DuckDBConnection, model: Model): Promise<string | undefined> {
  if (model.kind !== "TABLE") return undefined;
  const parts: string[] = [];
  for (const table of model.creates.filter((name) => model.createdKinds.get(name) === "TABLE")) {
    if (!(await tableExists(connection, table))) return undefined;
    const [[count]] = (await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows();
    if (Number(count) > SMALL_TABLE_ROWS) return undefined;
    const [[content]] = (await connection.runAndReadAll(`SELECT string_agg(row::VARCHAR, '\n' ORDER BY row::VARCHAR) FROM ${table} row`)).getRows();
    parts.push(String(content));
  }
  return parts.join("\0");
}

/** A model that became a view (or a table) replaces the object of the other kind left by its older SQL. */
async function dropOtherKind(connection: DuckDBConnection, model: Model): Promise<void> {
  const other = model.kind === "VIEW" ? "TABLE" : "VIEW";
  const catalog = other === "TABLE" ? "duckdb_tables() WHERE table_name" : "duckdb_views() WHERE NOT internal AND view_name";
  for (const name of model.creates.filter((created) => model.createdKinds.get(created) !== "MACRO")) {
    const found = (await connection.runAndReadAll(`SELECT 1 FROM ${catalog} = $name`, { name })).getRows();
    if (found.length) await connection.run(`DROP ${other} ${name}`);
  }
}

/** What a model makes, the latest view of a staging model included. */
const produces = (model: Model) => (model.latestBy ? [...model.creates, latestView(model)] : model.creates);

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
  for (const reader of upstream) for (const other of models) if (produces(other).some(reader.reads)) upstream.add(other);
  const fromView = new Set<string>([view]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const other of upstream)
      if (other !== model && [...fromView].some(other.reads) && produces(other).some((t) => !fromView.has(t))) {
        produces(other).forEach((t) => fromView.add(t));
        grew = true;
      }
  }
  const explained = (table: string) => (fromView.has(table) || table.startsWith("raw_")) && !redefined.has(table);
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
  await connection.run(`SET VARIABLE reference_dir = '${referenceDir.replaceAll("'", "''")}'`);
  const stored = new Map(
    (await connection.runAndReadAll("SELECT model, sha256 FROM etl_model_state")).getRows().map(([m, s]) => [String(m), String(s)]),
  );
  const changed = new Set<string>(loadIds ? alreadyChanged : ["*"]);
  const isChanged = (table: string) => changed.has("*") || changed.has(table);
  // The reference tables also depend on the CSV files beside their SQL.
  const referenceFiles = readdirSync(referenceDir).filter((f) => f.endsWith(".csv")).sort();
  const referenceDigest = digest(referenceFiles.map((f) => readFileSync(path.join(referenceDir, f), "utf8")).join("\0"));

  const models = modelFiles(layers);
  const updatedInPlace = new Set<string>(); // staging views whose changes in this run are in changeTables(view)
  const redefined = new Set<string>(); // made in this run by SQL that changed
  const ranSql: [model: string, sha256: string][] = []; // the digests of the SQL run, for etl_model_state
  for (const model of models) {
    const sha = digest(model.sql + (model.incremental?.sql ?? "") + (model.file.startsWith(referenceDir) ? referenceDigest : ""));
    const missing = async () => {
      for (const name of model.creates) if (!(await EXISTS[model.createdKinds.get(name)!](connection, name))) return true;
      return false;
    };
    const modified = stored.get(model.name) !== sha;
    try {
      if (model.latestBy) {
        await connection.run(model.sql); // the versions view: cheap
        // New raw rows are what the incremental update handles; anything else it reads (aliases) means start over.
        const rebuild = !loadIds || modified || changed.has("*") || [...changed].some((t) => !t.startsWith("raw_") && model.reads(t));
        const latest = await timed(`latest ${latestView(model)}`, () => maintainLatest(connection, model, rebuild ? undefined : loadIds));
        if (latest.changed) changed.add(latestView(model));
        if (latest.incremental) updatedInPlace.add(latestView(model));
        if (rebuild) produces(model).forEach((table) => redefined.add(table));
      } else if (!loadIds || modified || isChanged("*") || [...changed].some(model.reads) || (await missing())) {
        if (modified) await dropOtherKind(connection, model);
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
        if (before === undefined || before !== (await smallTablesContent(connection, model))) model.creates.forEach((table) => changed.add(table));
      }
    } catch (error) {
      throw new Error(`${path.relative(REPO_ROOT, model.file)}: ${(error as Error).message}`);
    }
    if (modified) ranSql.push([model.name, sha]);
  }
  // One statement for all: each costs a few milliseconds, and a first build runs every model.
  if (ranSql.length)
    await connection.run(`INSERT OR REPLACE INTO etl_model_state VALUES ${ranSql.map(([name, sha]) => `('${name}', '${sha}')`).join(", ")}`);
  for (const view of updatedInPlace) {
    const changes = changeTables(view);
    await connection.run(`DROP TABLE ${changes.gained}; DROP TABLE ${changes.lost}`);
  }
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
  await connection.run("BEGIN TRANSACTION");
  try {
    const changed = await runModels(connection, ["reference"], { loadIds: [] });
    if (changed.size) {
      const reference = modelFiles(["reference"]).map((model) => model.name);
      await connection.run(`DELETE FROM etl_model_state WHERE model NOT IN (${reference.map((name) => `'${name}'`).join(", ")})`);
    }
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}

/**
 * Brings a warehouse made by older code up to date: runs the models whose SQL
 * changed or whose tables are missing, and nothing else, in one transaction.
 */
export async function refreshModels(connection: DuckDBConnection): Promise<void> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const changed = await runModels(connection, ["reference"], { loadIds: [] });
    await runModels(connection, ["staging", "core", "marts", "audit"], { loadIds: [], changed });
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}
