// Opening the warehouse and running its SQL models. DuckDB locks the database
// file, which gives the one-writer guarantee; we only turn its error into a
// sentence that names the file.
import { mkdirSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import { useSourceTerms } from "../sources/terms.ts";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WAREHOUSE_DIR = path.join(REPO_ROOT, "warehouse");
/** The warehouse file: BLUE_LEDGER_WAREHOUSE when set (read at each call), else warehouse/blue-ledger.duckdb. */
export const warehousePath = (): string =>
  process.env.BLUE_LEDGER_WAREHOUSE ?? path.join(WAREHOUSE_DIR, "blue-ledger.duckdb");
/** The warehouse file as the process started with it (warehousePath() then), for defaults. */
export const DEFAULT_WAREHOUSE = warehousePath();

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
    await migrateLedger(connection);
  }
  await useSourceTerms(connection); // what each source allows to publish, for every reader
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

/**
 * Brings the tables of a warehouse made by older code up to the current ledger and contract.
 * Warehouses made before rows could be left out (issue 14) have a ledger whose CHECK says
 * rows_in = loaded + rejected: DuckDB cannot alter a CHECK, so the table is made anew
 * with the new columns and its rows copied (left out 0, the truth for every earlier load).
 */
async function migrateLedger(connection: DuckDBConnection): Promise<void> {
  const [[has]] = (
    await connection.runAndReadAll(
      "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'etl_loads' AND column_name = 'rows_left_out'",
    )
  ).getRows();
  if (Number(has) === 0)
    await connection.run(readFileSync(path.join(WAREHOUSE_DIR, "setup", "ledger-left-out.sql"), "utf8"));
  // Raw tables made before a contract field was added gain its column.
  const { rawTablesMigration } = await import("./raw-tables.ts");
  const columns = (
    await connection.runAndReadAll(
      "SELECT table_name || '.' || column_name FROM duckdb_columns() WHERE table_name LIKE 'raw\\_%' ESCAPE '\\'",
    )
  ).getRows();
  const migration = rawTablesMigration(new Set(columns.map(([c]) => String(c))));
  if (migration) await connection.run(migration);
}

async function setupSql(): Promise<string> {
  // Imported here so that read-only users (the site's loaders) need not load the contract.
  const { rawTablesDdl } = await import("./raw-tables.ts");
  return [readFileSync(path.join(WAREHOUSE_DIR, "setup", "ledger.sql"), "utf8"), rawTablesDdl()].join("\n");
}
