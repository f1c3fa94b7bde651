// Runs the SQL models of warehouse/ in layers (reference → staging → core →
// marts), and within a layer in dependency order, as dbt's ref() would. After a
// load only what the load can have changed is rebuilt, as dbt's
// `state:modified+` selection would: a model runs again when its SQL changed, a
// table it creates is missing, or it reads a table that changed in this run.
// Staging views show the latest version of each record; the versions a newer
// load replaced are listed (not copied) when it lands.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { REPO_ROOT, WAREHOUSE_DIR } from "./connection.ts";
import { timed } from "../load/profile.ts";

export const MODEL_LAYERS = ["reference", "staging", "core", "marts"] as const;
export type ModelLayer = (typeof MODEL_LAYERS)[number];

interface Model {
  name: string;
  /** Whether it creates tables or views (a model that changed from one to the other drops the old object first). */
  kind: "TABLE" | "VIEW";
  file: string;
  sql: string;
  creates: string[];
  /** The tables and views the model reads. */
  reads: (table: string) => boolean;
  /** Staging: the key whose latest version the model keeps (`-- latest-by:` in its header). */
  latestBy?: string[];
}

const digest = (text: string) => createHash("sha256").update(text).digest("hex");

function readModel(file: string): Model {
  const sql = readFileSync(file, "utf8");
  const body = sql.replace(/--.*$/gm, "");
  const created = [...body.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?(TABLE|VIEW)\s+(\w+)/gi)];
  const creates = created.map((m) => m[2]);
  const latestBy = sql.match(/^--\s*latest-by:\s*(.+)$/m)?.[1].split(",").map((k) => k.trim());
  return {
    name: path.basename(file, ".sql"),
    kind: created[0]?.[1].toUpperCase() === "VIEW" ? "VIEW" : "TABLE",
    file,
    sql,
    creates,
    reads: (table) => !creates.includes(table) && new RegExp(`\\b${table}\\b`).test(body),
    latestBy,
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

/**
 * Keeps a staging view as the latest version of each key. The view is every
 * version minus the ones a later version replaced, listed in
 * etl_superseded_versions, so a load writes no second copy of its rows: a first
 * load of a kind replaces nothing, and a later one lists only the older
 * versions of the keys it carried. The list is made anew when the view is new
 * (or `loadIds` is undefined). Returns whether the view's rows changed.
 */
async function maintainLatest(connection: DuckDBConnection, model: Model, loadIds: number[] | undefined): Promise<boolean> {
  const view = latestView(model);
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
    return true;
  }
  if (loadIds.length === 0) return false;
  const loaded = loadIds.join(", ");
  const [[newLoads, olderVersions]] = (
    await connection.runAndReadAll(
      `SELECT count(DISTINCT load_id) FILTER (WHERE load_id IN (${loaded})), count(*) FILTER (WHERE load_id NOT IN (${loaded})) FROM ${versions}`,
    )
  ).getRows();
  if (Number(newLoads) === 0) return false;
  // Keys are unique within one load (a repeated key is rejected), so one load onto none replaces nothing.
  if (Number(newLoads) === 1 && Number(olderVersions) === 0) return true;
  await connection.run(
    `INSERT INTO etl_superseded_versions
     SELECT $view, load_id, source_line FROM (
       SELECT load_id, source_line FROM ${versions}
       WHERE ${key} IN (SELECT ${key} FROM ${versions} WHERE load_id IN (${loaded})) ${replaced}
     ) ANTI JOIN (SELECT load_id, source_line FROM etl_superseded_versions WHERE model = $view) USING (load_id, source_line)`,
    params,
  );
  return true;
}

const SMALL_TABLE_ROWS = 1000;

/** The rows of a table model's tables as text, when they are few enough to compare cheaply; else undefined. */
async function smallTablesContent(connection: DuckDBConnection, model: Model): Promise<string | undefined> {
  if (model.kind !== "TABLE") return undefined;
  const parts: string[] = [];
  for (const table of model.creates) {
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
  for (const name of model.creates) {
    const found = (await connection.runAndReadAll(`SELECT 1 FROM ${catalog} = $name`, { name })).getRows();
    if (found.length) await connection.run(`DROP ${other} ${name}`);
  }
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

  for (const model of modelFiles(layers)) {
    const sha = digest(model.sql + (model.file.startsWith(referenceDir) ? referenceDigest : ""));
    const missing = async () => {
      const exists = model.kind === "VIEW" ? viewExists : tableExists;
      for (const name of model.creates) if (!(await exists(connection, name))) return true;
      return false;
    };
    const modified = stored.get(model.name) !== sha;
    try {
      if (model.latestBy) {
        await connection.run(model.sql); // the versions view: cheap
        // New raw rows are what the incremental update handles; anything else it reads (aliases) means start over.
        const rebuild = !loadIds || modified || changed.has("*") || [...changed].some((t) => !t.startsWith("raw_") && model.reads(t));
        if (await timed(`latest ${latestView(model)}`, () => maintainLatest(connection, model, rebuild ? undefined : loadIds)))
          changed.add(latestView(model));
      } else if (!loadIds || modified || isChanged("*") || [...changed].some(model.reads) || (await missing())) {
        if (modified) await dropOtherKind(connection, model);
        const before = modified ? undefined : await smallTablesContent(connection, model);
        await timed(`model ${model.name}`, () => connection.run(model.sql));
        // A small table rebuilt to the same rows (a data cutoff that did not move) changes nothing downstream.
        if (before === undefined || before !== (await smallTablesContent(connection, model))) model.creates.forEach((table) => changed.add(table));
      }
    } catch (error) {
      throw new Error(`${path.relative(REPO_ROOT, model.file)}: ${(error as Error).message}`);
    }
    if (modified) await connection.run("INSERT OR REPLACE INTO etl_model_state VALUES ($model, $sha)", { model: model.name, sha });
  }
  return changed;
}

/**
 * Brings a warehouse made by older code up to date: runs the models whose SQL
 * changed or whose tables are missing, and nothing else, in one transaction.
 */
export async function refreshModels(connection: DuckDBConnection): Promise<void> {
  await connection.run("BEGIN TRANSACTION");
  try {
    const changed = await runModels(connection, ["reference"], { loadIds: [] });
    await runModels(connection, ["staging", "core", "marts"], { loadIds: [], changed });
    await connection.run("COMMIT");
  } catch (error) {
    await connection.run("ROLLBACK");
    throw error;
  }
}
