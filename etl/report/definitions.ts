// The figure sets of the reports, read from etl/report/figures/*.sql: the one place that
// defines each figure's id, label key, unit, period and SQL. A set starts with a header:
//
//   -- figures: judicial.by_host_state          the set's id
//   -- <what one row is>
//   -- edition: public                          optional: only in the editions of that audience
//   -- key: host_state host_state               optional: one row per key (column, key type)
//   -- value convictions: report.measure.convictions | cases | year
//   SELECT host_state AS key, … AS convictions FROM mart_… WHERE … $year … $scope …;
//
// Each value column of each row is one figure, id `<set>.<column>` or `<set>.<column>/<key>`.
// The SQL reads only the data package's tables; $year is the report's year and $scope 'ALL'
// (public edition) or the edition's state.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Audience } from "../extract/editions.ts";

export const FIGURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "figures");

/**
 * When a figure stands: the report's year, the year before, the end of either (31 December, or
 * the data cutoff when earlier), or the year or month its key names.
 */
export const PERIODS = ["year", "previous-year", "year-end", "previous-year-end", "key-year", "key-month"] as const;
export type Period = (typeof PERIODS)[number];

/** What a key column holds, which decides how a row is named in the report. */
export const KEY_TYPES = [
  "state",
  "host_state",
  "mission",
  "year",
  "month",
  "personnel_category",
  "attack_type",
  "assistance_type",
] as const;
export type KeyType = (typeof KEY_TYPES)[number];

export interface ValueColumn {
  column: string;
  label: string;
  unit: string;
  period: Period;
}

export interface FigureSet {
  id: string;
  file: string;
  description: string;
  /** Only in the editions of this audience (the `-- edition:` line). */
  audience?: Audience;
  key?: { column: string; type: KeyType };
  values: ValueColumn[];
  /** With $year and $scope still in it. */
  sql: string;
}

const problem = (file: string, id: string, text: string) =>
  new Error(`${path.relative(process.cwd(), file)}, figures ${id}: ${text}`);

function parseSet(file: string, chunk: string): FigureSet {
  const lines = chunk.split("\n");
  const id = lines[0].trim();
  const end = lines.findIndex((l, i) => i > 0 && !l.startsWith("--"));
  const header = lines.slice(1, end).map((l) => l.replace(/^--\s?/, ""));
  const sql = lines.slice(end).join("\n").trim().replace(/;\s*$/, "");
  const set: FigureSet = { id, file, description: "", values: [], sql };
  const description: string[] = [];
  for (const line of header) {
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^edition:\s*(public|state)\s*$/))) set.audience = m[1] as Audience;
    else if ((m = line.match(/^key:\s*(\w+)\s+(\w+)\s*$/))) {
      if (!KEY_TYPES.includes(m[2] as KeyType)) throw problem(file, id, `unknown key type '${m[2]}'`);
      set.key = { column: m[1], type: m[2] as KeyType };
    } else if ((m = line.match(/^value\s+(\w+):\s*([\w.]+)\s*\|\s*(\w+)\s*\|\s*([\w-]+)\s*$/))) {
      if (!PERIODS.includes(m[4] as Period)) throw problem(file, id, `unknown period '${m[4]}'`);
      set.values.push({ column: m[1], label: m[2], unit: m[3], period: m[4] as Period });
    } else description.push(line);
  }
  set.description = description.join(" ").trim();
  if (!/^[a-z_]+(\.[a-z_]+)*$/.test(id)) throw problem(file, id, "a set id is lower-case words joined by dots");
  if (!set.values.length) throw problem(file, id, "no '-- value' line");
  if (!sql) throw problem(file, id, "no SQL");
  return set;
}

/** Every figure set, in file order (files sorted by the section they serve). */
export function figureSets(dir = FIGURES_DIR): FigureSet[] {
  const sets = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .flatMap((f) => {
      const file = path.join(dir, f);
      return readFileSync(file, "utf8")
        .split(/^-- figures:/m)
        .slice(1)
        .map((chunk) => parseSet(file, chunk));
    });
  const ids = sets.map((s) => s.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`figure set '${twice}' is defined twice in ${dir}`);
  return sets;
}

/** The SQL as run and as printed in figures.json: the parameters written in, so it runs as it is. */
export function bind(sql: string, year: number, scope: string): string {
  if (!Number.isInteger(year) || !/^([A-Z]{3}|ALL)$/.test(scope))
    throw new Error(`bad report parameters ${year}, ${scope}`);
  return sql.replace(/\$year\b/g, String(year)).replace(/\$scope\b/g, `'${scope}'`);
}
export const boundSql = (set: FigureSet, year: number, scope: string) => bind(set.sql, year, scope);

/** One of etl/report/queries/*.sql, the report's own questions to the package, bound. */
export const reportQuery = (name: string, year: number, scope: string) =>
  bind(readFileSync(path.join(FIGURES_DIR, "..", "queries", `${name}.sql`), "utf8").replace(/;\s*$/, ""), year, scope);

/** The package tables a set reads. */
export const tablesRead = (set: FigureSet, tables: readonly string[]) =>
  tables.filter((t) => new RegExp(`\\b${t}\\b`).test(set.sql));
