// The report's two views of the data: the warehouse, read-only and scoped to the edition
// (for what the report says about the loads, and a state edition's case-level annex), and the
// edition's data package, rebuilt in memory from the very queries its files are written from
// (etl/extract): every figure is computed from the package alone, as a reader of the package
// would compute it. A DuckDB in memory with the warehouse attached read-only: the package
// tables live in its own catalog, so a figure's SQL cannot reach a warehouse table.
import { existsSync } from "node:fs";
import { DuckDBInstance, DuckDBListValue, type DuckDBConnection } from "@duckdb/node-api";
import { t } from "../../src/i18n/index.js";
import { UserError } from "../warehouse/connection.ts";
import { publicQueries } from "../extract/public-queries.ts";
import { portableSql, queryColumns, quoteIdent, quoteText } from "../extract/formats.ts";
import type { Edition } from "../extract/editions.ts";
import { useSourceTerms } from "../sources/terms.ts";

export type Row = Record<string, unknown>;

export interface ReportDb {
  /** Runs SQL on the warehouse, with the edition's temp tables and variable set. */
  warehouse(sql: string): Promise<Row[]>;
  /** Runs SQL on the data package of the edition. */
  package(sql: string): Promise<Row[]>;
  /** The tables of the edition's data package, as datapackage.json names them. */
  tables: string[];
  /** Copies these package tables into memory (the ones the figures read). */
  load(names: string[]): Promise<void>;
  /** Runs code that needs the warehouse connection itself (etl/extract's release metadata). */
  withWarehouse<T>(run: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  close(): void;
}

/** DuckDB values as plain JSON: counts as numbers, dates as ISO text, lists as arrays. */
export function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value); // counts, far below 2^53
  if (value instanceof DuckDBListValue) return value.items.map(plain);
  if (value !== null && typeof value === "object") return String(value); // DATE prints as YYYY-MM-DD
  return value;
}

async function read(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  const rows = (await connection.runAndReadAll(sql)).getRowObjects();
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
}

export async function openReportDb(file: string, edition: Edition): Promise<ReportDb> {
  if (!existsSync(file)) throw new UserError(t("etl.warehouse.missing", { path: file }));
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH ${quoteText(file)} AS warehouse (READ_ONLY)`);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    if (/lock/i.test(String(error))) throw new UserError(t("etl.warehouse.locked", { path: file }));
    throw error;
  }
  await connection.run("USE warehouse");
  await useSourceTerms(connection); // the extracts' queries read what each source allows to publish
  const queries = await publicQueries(connection, edition); // sets the edition's temp tables and variable
  const loaded = new Set<string>();
  let current = "warehouse";
  const use = async (catalog: string) => {
    if (current !== catalog) await connection.run(`USE ${catalog}`);
    current = catalog;
  };
  return {
    tables: queries.map((q) => q.name),
    async warehouse(sql) {
      await use("warehouse");
      return read(connection, sql);
    },
    async package(sql) {
      await use("memory");
      return read(connection, sql);
    },
    async withWarehouse(run) {
      await use("warehouse");
      return run(connection);
    },
    async load(names) {
      await use("warehouse");
      for (const query of queries.filter((q) => names.includes(q.name) && !loaded.has(q.name))) {
        // The same SQL as the package's files, typed as they are (etl/extract/write-extracts.ts).
        const sql = portableSql(query.sql, await queryColumns(connection, query.sql));
        await connection.run(`CREATE TABLE memory.main.${quoteIdent(query.name)} AS ${sql}`);
        loaded.add(query.name);
      }
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
