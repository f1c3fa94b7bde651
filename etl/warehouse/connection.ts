// Opening the warehouse and running its SQL models. DuckDB locks the database
// file, which gives the one-writer guarantee; we only turn its error into a
// sentence that names the file.
import { mkdirSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WAREHOUSE_DIR = path.join(REPO_ROOT, "warehouse");
export const DEFAULT_WAREHOUSE = process.env.BLUE_LEDGER_WAREHOUSE ?? path.join(WAREHOUSE_DIR, "blue-ledger.duckdb");


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
