// Editions: what one build of the site contains. A static site has no login, so
// the boundary between audiences lies in what each build holds (docs/editions.md):
//  - public: aggregates only, small cells merged;
//  - state:<ISO3>: the public edition plus the row-level and case-level detail of
//    what concerns that state (attacks in it, or attacks on its nationals).
// The SQL that draws the line is in warehouse/editions/.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import { UserError, WAREHOUSE_DIR } from "../warehouse/connection.ts";

/** Whom an edition is for: the public, or one state (its edition then also names the state). */
export type Edition = { audience: "public" } | { audience: "state"; state: string };
export type Audience = Edition["audience"];

const EDITIONS_DIR = path.join(WAREHOUSE_DIR, "editions");
/** Row-level extracts every edition may carry whole: reference tables, not records of attacks. */
const REFERENCE_TABLES = ["missions", "states"];

export function parseEdition(text = "public"): Edition {
  if (text === "public") return { audience: "public" };
  const state = /^state:([A-Z]{3})$/.exec(text)?.[1];
  if (!state) throw new UserError(t("edition.unknown", { edition: text }));
  return { audience: "state", state };
}

export const editionFromEnv = (): Edition => parseEdition(process.env.BLUE_LEDGER_EDITION ?? "public");

/** The edition's folder under the output root: public, state-MLI. */
export const editionDir = (edition: Edition) => (edition.audience === "public" ? "public" : `state-${edition.state}`);

export const editionSql = (file: string) => readFileSync(path.join(EDITIONS_DIR, file), "utf8").replace(/;\s*$/, "");

/**
 * Scopes a connection to an edition: the variable edition_state ('' in the public
 * edition, so that no state's rows are selected) and the temp tables
 * edition_incidents and edition_cases that every edition query filters by.
 * Temp tables live in memory, so this works on a read-only warehouse.
 */
export async function useEdition(connection: DuckDBConnection, edition: Edition): Promise<void> {
  // parseEdition allowed only [A-Z]{3}, so the literal is safe.
  await connection.run(`SET VARIABLE edition_state = '${edition.audience === "state" ? edition.state : ""}'`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE edition_incidents AS ${editionSql("edition_incidents.sql")}`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE edition_cases AS ${editionSql("edition_cases.sql")}`);
}

interface Query {
  name: string;
  sql: string;
  description: string;
}

/**
 * The data package of an edition, from the full one (`etl extract`'s):
 * marts in their edition form where warehouse/editions/marts/ has one (small cells
 * coarsened); missions and states whole; other row-level tables only in a state
 * edition, filtered by warehouse/editions/rows/<name>.sql. A row-level table with
 * no filter stops the build rather than ship whole.
 */
export function editionQueries(tables: Query[], marts: Query[], edition: Edition): Query[] {
  const rows = tables.flatMap((q) => {
    if (REFERENCE_TABLES.includes(q.name)) return [q];
    if (edition.audience === "public") return [];
    const filter = path.join("rows", `${q.name}.sql`);
    if (!existsSync(path.join(EDITIONS_DIR, filter)))
      throw new Error(`warehouse/editions/${filter} is missing: say which rows of '${q.name}' concern a state`);
    // The filter file is a WHERE condition; the newline ends its trailing comment, if any.
    return [{ ...q, sql: `SELECT * FROM (${q.sql}) WHERE ${editionSql(filter)}\nORDER BY ALL` }];
  });
  // A mart with no edition form has no fine breakdown: it ships as it is.
  const aggregates = marts.map((q) =>
    existsSync(path.join(EDITIONS_DIR, "marts", `${q.name}.sql`))
      ? { ...q, sql: editionSql(path.join("marts", `${q.name}.sql`)) }
      : q,
  );
  return [...rows, ...aggregates];
}
