// Validation in bulk: every record of a file first lands as text in a temporary
// `landing` table, then SQL generated from the export contract (the zod schemas,
// read through columns.ts) finds the first problem of every row at once, into
// `<landing>_problems`, and defines `<landing>_cleaned` (find-problems.ts). This happens
// before the load's transaction, on temporary objects only, which the landing owns
// (landing.ts). Inside it, valid rows are cast into raw_<kind> (newRowsSql) and the
// others go to etl_rejects with their line, field and reason. Nothing is checked row
// by row in JavaScript.
import { t } from "../messages.ts";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";
import { quotedIdentifier as ident, quotedString as literal, scalar } from "../warehouse/sql.ts";
import { findProblems } from "./find-problems.ts";
import type { ObjectType } from "../warehouse/catalog.ts";
import type { Landing, TemporaryObjects } from "./landing.ts";
import { timed } from "./profile.ts";

/**
 * Creates the landing table for one file, where JavaScript readers land its records (DuckDB's
 * fast path offers a view of the same shape instead): the line each record starts on,
 * every contract field as text, and parse problems.
 */
export function createLandingTable(landing: Landing, kind: ExportKind): Promise<string> {
  const fields = columnsOf(kind).map((c) => `${ident(c.name)} VARCHAR`);
  return landing.create(
    "landed",
    "TABLE",
    `(line INTEGER, ${fields.join(", ")},
    _problem_field VARCHAR, _problem_reason VARCHAR, _record VARCHAR)`,
  );
}

function typedValue(c: Column): string {
  const v = ident(c.name);
  const fallback = (sql: string) => (c.defaultValue === undefined ? sql : `coalesce(${sql}, ${defaultSql(c)})`);
  switch (c.type) {
    case "integer":
      return fallback(`CAST(CAST(${v} AS DOUBLE) AS INTEGER)`);
    case "number":
      return fallback(`CAST(${v} AS DOUBLE)`);
    case "list":
      return fallback(`list_filter(list_transform(string_split(${v}, ';'), x -> trim(x)), x -> x <> '')`);
    default:
      return fallback(v);
  }
}

function defaultSql(c: Column): string {
  if (Array.isArray(c.defaultValue)) return `[${c.defaultValue.map((d) => literal(String(d))).join(", ")}]::VARCHAR[]`;
  return typeof c.defaultValue === "number" ? String(c.defaultValue) : literal(String(c.defaultValue));
}

export interface BulkResult {
  rowsIn: number;
  rowsLoaded: number;
  rowsRejected: number;
}

/** Each column of raw_<kind> as computed from the cleaned rows, with its name. */
const typedColumns = (kind: ExportKind) => columnsOf(kind).map((c) => [typedValue(c), ident(c.name)] as const);

/**
 * What holds the valid rows as raw_<kind> wants them: where some value must be cast, they are
 * cast once, into a table; where none must, a view costs nothing.
 */
const typedObjectType = (kind: ExportKind): ObjectType =>
  typedColumns(kind).every(([value, name]) => value === name) ? "VIEW" : "TABLE";

/** Rejects every later row of a key seen twice in one file: the first row stands. */
async function rejectDuplicateKeys(landing: Landing, kind: ExportKind): Promise<void> {
  const [cleaned, problems] = [landing.nameOf("cleaned"), landing.nameOf("problems")];
  const key = kind.key.map(ident).join(", ");
  const duplicate = t("etl.row.duplicateKey", { key: kind.key.join(" + "), line: "\u0000" }).replace("\u0000", "%d");
  await landing.connection.run(`INSERT INTO ${problems}
      SELECT c.line, {'field': ${literal(kind.key[0])}, 'reason': printf(${literal(duplicate)}, d.first_line)}
      FROM ${cleaned} c
      JOIN (SELECT ${key}, min(line) AS first_line FROM ${cleaned} WHERE line NOT IN (SELECT line FROM ${problems})
            GROUP BY ALL HAVING count(*) > 1) d USING (${key})
      WHERE c.line <> d.first_line AND c.line NOT IN (SELECT line FROM ${problems})`);
}

/** `<landing>_typed`: the valid rows as raw_<kind> wants them; the models read them before they are inserted. */
async function castValidRows(landing: Landing, kind: ExportKind): Promise<void> {
  const columns = typedColumns(kind).map(([value, name]) => `${value} AS ${name}`);
  await landing.create(
    "typed",
    typedObjectType(kind),
    `AS
      SELECT line AS source_line, ${columns.join(", ")}
      FROM ${landing.nameOf("cleaned")} WHERE line NOT IN (SELECT line FROM ${landing.nameOf("problems")})`,
  );
}

/**
 * Checks every landed row, outside the load's transaction: it writes temporary
 * objects only, which DuckDB then reads in parallel (those made inside an open
 * transaction it reads on one thread).
 */
export async function checkLanding(landing: Landing, kind: ExportKind): Promise<BulkResult> {
  await timed("check", () => findProblems(landing, kind));
  await timed("duplicates", () => rejectDuplicateKeys(landing, kind));
  await timed("cast", () => castValidRows(landing, kind));
  const rowsIn = Number(await scalar(landing.connection, `SELECT count(*) FROM ${landing.name}`));
  const rowsRejected = Number(await scalar(landing.connection, `SELECT count(*) FROM ${landing.nameOf("problems")}`));
  return { rowsIn, rowsLoaded: rowsIn - rowsRejected, rowsRejected };
}

/** The valid rows of a checked landing, as rows of raw_<kind> from load `loadId`, in line order. */
export function newRowsSql(landing: Landing, loadId: number): string {
  return `SELECT ${loadId}::INTEGER AS load_id, * FROM ${landing.nameOf("typed")}`;
}

/** Puts a checked landing's rejected rows in etl_rejects, with their record as JSON so that nothing is lost. */
export async function keepRejects(landing: Landing, kind: ExportKind, loadId: number, fileName: string): Promise<void> {
  const record = `{${columnsOf(kind)
    .map((c) => `${literal(c.name)}: ${ident(c.name)}`)
    .join(", ")}}`;
  await timed("insert rejects", () =>
    landing.connection.run(
      `INSERT INTO etl_rejects
       SELECT $loadId, $fileName, line, problem.field, problem.reason, coalesce(_record, to_json(${record})::VARCHAR)
       FROM ${landing.nameOf("cleaned")} JOIN ${landing.nameOf("problems")} USING (line) ORDER BY line`,
      { loadId, fileName },
    ),
  );
}

/**
 * Code lists the reference checks read (known_missions, known_states), made once per
 * load command, in `codes`, whose owner drops them when the checks are done.
 */
export async function prepareReferenceCodes(codes: TemporaryObjects): Promise<void> {
  await codes.create(
    "known_missions",
    "TABLE",
    `AS
    SELECT mission_acronym AS code FROM ref_missions UNION SELECT alias FROM ref_mission_aliases`,
  );
  await codes.create("known_states", "TABLE", "AS SELECT iso3 AS code FROM ref_states");
}
