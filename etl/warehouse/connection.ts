// Opening the warehouse and running its SQL models. DuckDB locks the database
// file, which gives the one-writer guarantee; we only turn its error into a
// sentence that names the file.
import { mkdirSync, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../../src/i18n/index.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WAREHOUSE_DIR = path.join(REPO_ROOT, "warehouse");
export const DEFAULT_WAREHOUSE = process.env.BLUE_LEDGER_WAREHOUSE ?? path.join(WAREHOUSE_DIR, "blue-ledger.duckdb");

/** Model layers, run in this order after every load. */
export const MODEL_LAYERS = ["reference", "staging", "core", "marts"] as const;
export type ModelLayer = (typeof MODEL_LAYERS)[number];

export class UserError extends Error {}

export interface Warehouse {
  path: string;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

export async function openWarehouse(
  file: string = DEFAULT_WAREHOUSE,
  { mustExist = false, readOnly = false } = {},
): Promise<Warehouse> {
  if (mustExist && !existsSync(file)) throw new UserError(t("etl.warehouse.missing", { path: file }));
  mkdirSync(path.dirname(file), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(file, readOnly ? { access_mode: "READ_ONLY" } : {});
  } catch (error) {
    if (/lock/i.test(String(error))) throw new UserError(t("etl.warehouse.locked", { path: file }));
    throw error;
  }
  const connection = await instance.connect();
  if (!readOnly) {
    await connection.run(await setupSql());
    // Warehouses made when staging models were views: they are tables now.
    for (const [view] of (await connection.runAndReadAll("SELECT view_name FROM duckdb_views() WHERE view_name LIKE 'stg\\_%' ESCAPE '\\'")).getRows())
      await connection.run(`DROP VIEW ${view}`);
  }
  return {
    path: file,
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function setupSql(): Promise<string> {
  // Imported here so that read-only users (the site's loaders) need not load the contract.
  const { rawTablesDdl } = await import("./raw-tables.ts");
  return [readFileSync(path.join(WAREHOUSE_DIR, "setup", "ledger.sql"), "utf8"), rawTablesDdl()].join("\n");
}

interface Model {
  file: string;
  sql: string;
  creates: string[];
}

/**
 * The model files of the given layers, layer by layer, and within a layer in
 * dependency order: a model runs after every model whose table it reads, as
 * dbt's ref() would order them, so file names need no numbering.
 */
export function modelFiles(layers: readonly ModelLayer[] = MODEL_LAYERS): Model[] {
  return layers.flatMap((layer) => {
    const dir = path.join(WAREHOUSE_DIR, layer);
    const models = readdirSync(dir)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => {
        const sql = readFileSync(path.join(dir, f), "utf8");
        const creates = [...sql.matchAll(/CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(\w+)/gi)].map((m) => m[1]);
        return { file: path.join(dir, f), sql, creates };
      });
    const ordered: Model[] = [];
    const visiting = new Set<Model>();
    const visit = (model: Model) => {
      if (ordered.includes(model)) return;
      if (visiting.has(model)) throw new Error(`${model.file}: circular dependency between models`);
      visiting.add(model);
      const body = model.sql.replace(/--.*$/gm, "");
      for (const other of models)
        if (other !== model && other.creates.some((name) => new RegExp(`\\b${name}\\b`).test(body))) visit(other);
      ordered.push(model);
    };
    models.forEach(visit);
    return ordered;
  });
}

/** Rebuilds reference tables, staging, core and marts, inside the caller's transaction. */
export async function runModels(connection: DuckDBConnection, layers: readonly ModelLayer[] = MODEL_LAYERS): Promise<void> {
  const referenceDir = path.join(WAREHOUSE_DIR, "reference").replaceAll("'", "''");
  await connection.run(`SET VARIABLE reference_dir = '${referenceDir}'`);
  for (const model of modelFiles(layers)) {
    try {
      await connection.run(model.sql);
    } catch (error) {
      throw new Error(`${path.relative(REPO_ROOT, model.file)}: ${(error as Error).message}`);
    }
  }
}
