// Validation in bulk: every record of a file first lands as text in a temporary
// `landing` table, then SQL generated from the export contract (the zod schemas,
// read through columns.ts) finds the first problem of every row at once, into
// `<landing>_problems`, and defines `<landing>_cleaned`. This happens before the
// load's transaction, on temporary tables only. Inside it, valid rows are cast into
// raw_<kind> (newRowsSql) and the others go to etl_rejects with their line, field
// and reason. Nothing is checked row by row in JavaScript.
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";
import { ID_PATTERN, ISO3_PATTERN } from "../contract/fields.ts";
import { timed } from "./profile.ts";

const MAX_INTEGER = 2_147_483_647; // raw tables store counts as INTEGER
const SHOWN_VALUE_CHARS = 80;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The landing table for one file, where JavaScript readers land its records (DuckDB's
 * fast path offers a view of the same shape instead): the line each record starts on,
 * every contract field as text, and parse problems.
 */
export function landingTableDdl(kind: ExportKind, landing: string): string {
  const fields = columnsOf(kind).map((c) => `${ident(c.name)} VARCHAR`);
  return `CREATE OR REPLACE TEMP TABLE ${landing} (line INTEGER, ${fields.join(", ")},
    _problem_field VARCHAR, _problem_reason VARCHAR, _record VARCHAR)`;
}

/** A reason as SQL: the catalogue text with the row's value put in place of {value}. */
function reason(key: string, params: Record<string, string | number>, valueSql?: string): string {
  const template = t(key, { ...params, value: "\u0000" });
  if (!valueSql) return literal(template);
  return `printf(${literal(template.replaceAll("%", "%%").replace("\u0000", "%s"))}, left(${valueSql}, ${SHOWN_VALUE_CHARS}))`;
}

function patternMessage(c: Column): string {
  const pattern = c.pattern!;
  if (c.patternMessage) return c.patternMessage;
  if (pattern === ID_PATTERN.source) return "etl.check.identifier";
  if (pattern === ISO3_PATTERN.source) return "etl.check.iso3";
  return "etl.check.pattern";
}

/** WHEN clauses that find the first problem of one field, in the order zod would report them. */
function fieldChecks(c: Column): [condition: string, reasonSql: string][] {
  const v = ident(c.name);
  const checks: [string, string][] = [];
  if (c.required) checks.push([`${v} IS NULL`, reason("etl.check.required", {})]);
  const present = (condition: string) => `${v} IS NOT NULL AND (${condition})`;
  const pattern = c.pattern ? literal(c.pattern) : undefined;
  switch (c.type) {
    case "string":
      if (c.allowedValues)
        checks.push([present(`${v} NOT IN (${c.allowedValues.map(literal).join(", ")})`), reason("etl.check.oneOf", { allowed: c.allowedValues.join(", ") }, v)]);
      if (pattern) checks.push([present(`NOT regexp_full_match(${v}, ${pattern})`), reason(patternMessage(c), { pattern: c.pattern! }, v)]);
      if (c.minLength !== undefined) checks.push([present(`length(${v}) < ${c.minLength}`), reason("etl.check.minLength", { minLength: c.minLength }, v)]);
      if (c.maxLength !== undefined)
        checks.push([present(`length(${v}) > ${c.maxLength}`), `printf(${literal(t("etl.check.maxLength", { maxLength: c.maxLength, length: "\u0000" }).replace("\u0000", "%d"))}, length(${v}))`]);
      break;
    case "date":
      checks.push([present(`NOT regexp_full_match(${v}, '\\d{4}-\\d{2}-\\d{2}') OR try_strptime(${v}, '%Y-%m-%d') IS NULL`), reason("etl.check.date", {}, v)]);
      if (c.earliest) checks.push([present(`${v} < ${literal(c.earliest)}`), reason("etl.check.earliest", { earliest: c.earliest }, v)]);
      if (c.notInFuture) checks.push([present(`${v}::DATE > current_date`), reason("etl.check.future", {}, v)]);
      break;
    case "integer":
    case "number": {
      const number = `try_cast(${v} AS DOUBLE)`;
      checks.push([present(`${number} IS NULL`), reason("etl.check.number", {}, v)]);
      if (c.type === "integer") checks.push([present(`${number} <> floor(${number})`), reason("etl.check.wholeNumber", {}, v)]);
      if (c.minimum !== undefined) checks.push([present(`${number} < ${c.minimum}`), reason("etl.check.minimum", { minimum: c.minimum }, v)]);
      const maximum = c.type === "integer" ? Math.min(c.maximum ?? MAX_INTEGER, MAX_INTEGER) : c.maximum;
      if (maximum !== undefined) checks.push([present(`${number} > ${maximum}`), reason("etl.check.maximum", { maximum }, v)]);
      break;
    }
    case "list": {
      const items = `list_filter(list_transform(string_split(${v}, ';'), x -> trim(x)), x -> x <> '')`;
      if (c.minItems !== undefined) checks.push([present(`len(${items}) < ${c.minItems}`), reason("etl.check.minItems", { minItems: c.minItems })]);
      if (pattern)
        checks.push([present(`list_bool_or(list_transform(${items}, x -> NOT regexp_full_match(x, ${pattern})))`), reason(patternMessage(c), { pattern: c.pattern! }, v)]);
      break;
    }
  }
  return checks;
}

interface Check {
  /** Where the check stands in zod's order: parse problems, each field in turn, rules across fields, reference codes. */
  position: number;
  field: string;
  condition: string;
  reason: string;
}

/** Checks that look at one field only, so they can run on its distinct values. */
function fieldLevelChecks(kind: ExportKind): Check[] {
  const columns = columnsOf(kind);
  const list: Check[] = columns.flatMap((c, i) =>
    fieldChecks(c).map(([condition, reasonSql]) => ({ position: 1 + i, field: c.name, condition, reason: reasonSql })),
  );
  const referenceCheck = (field: string, table: string, message: string, position: number): Check => ({
    position,
    field,
    condition: `${ident(field)} IS NOT NULL AND ${ident(field)} NOT IN (SELECT code FROM ${table})`,
    reason: reason(message, {}, ident(field)),
  });
  const base = 2 + columns.length + (kind.rowRules?.length ?? 0);
  kind.missionFields.forEach((field, i) => list.push(referenceCheck(field, "known_missions", "etl.row.unknownMission", base + i)));
  kind.stateFields.forEach((field, i) => list.push(referenceCheck(field, "known_states", "etl.row.unknownState", base + kind.missionFields.length + i)));
  return list;
}

/**
 * Fields checked row by row rather than per distinct value: free text (long,
 * nearly all distinct, and checked only for length, so it is not trimmed),
 * identifiers and decimal numbers such as coordinates (nearly all distinct too,
 * so collecting their distinct values would cost more than checking every row).
 */
const isFreeText = (c: Column) => c.type === "string" && !c.pattern && !c.allowedValues && (c.maxLength ?? 0) >= 1000;
const isIdentifier = (c: Column) => c.pattern === ID_PATTERN.source && (c.type === "string" || c.type === "list");
const checkedPerRow = (c: Column) => isFreeText(c) || isIdentifier(c) || c.type === "number";

/** ID_PATTERN without its anchors, to build a pattern for a list of identifiers. */
const ID_BODY = ID_PATTERN.source.replace(/^\^/, "").replace(/\$$/, "");

/**
 * A cheap condition on a landed value, before trimming, under which the field of a
 * field checked per row surely passes every one of its checks and needs no
 * cleaning: a single regular expression where the full checks trim, split and
 * test each part. Only the rows where it fails get the full checks.
 */
function surelyClean(c: Column): string {
  const v = ident(c.name);
  const lengths = c.type === "list" ? [] : [ // a list's lengths bound its items, which the list pattern bounds
    ...(c.minLength !== undefined ? [`length(${v}) >= ${c.minLength}`] : []),
    // No more bytes than the limit means no more characters, and counting bytes decodes nothing.
    ...(c.maxLength !== undefined ? [`strlen(${v}) <= ${c.maxLength}`] : []),
  ];
  // An identifier or a plain decimal holds no blank, so a value that matches one is trimmed already.
  const number = `try_cast(${v} AS DOUBLE)`;
  const shape =
    c.type === "number"
      ? [
          `regexp_full_match(${v}, '-?[0-9]{1,15}([.][0-9]{1,15})?')`,
          ...(c.minimum !== undefined ? [`${number} >= ${c.minimum}`] : []),
          ...(c.maximum !== undefined ? [`${number} <= ${c.maximum}`] : []),
        ]
      : c.type === "list"
      ? [`regexp_full_match(${v}, ${literal(`${ID_BODY}(;${ID_BODY})*`)})`, ...(c.minItems !== undefined && c.minItems > 1 ? [`length(${v}) - length(replace(${v}, ';', '')) + 1 >= ${c.minItems}`] : [])]
      : isIdentifier(c)
        ? [`regexp_full_match(${v}, ${literal(c.pattern!)})`]
        : [`${v} <> ''`]; // free text is not trimmed, but an empty text is read as missing
  const passes = [...shape, ...lengths].join(" AND ");
  return `coalesce(${c.required ? `${v} IS NOT NULL AND ${passes}` : `${v} IS NULL OR (${passes})`}, false)`;
}

const problem = (field: string, reasonSql: string) => `{'field': ${literal(field)}, 'reason': ${reasonSql}}`;

/** A landed value as the contract reads it: trimmed (but free text), and empty as missing. */
const cleanedValue = (c: Column, value = ident(c.name)) => (isFreeText(c) ? `nullif(${value}, '')` : `nullif(trim(${value}), '')`);

/** The columns of `<landing>_cleaned`: landed rows as the contract reads them, but for fields known to need no cleaning. */
const cleanedColumns = (columns: Column[], alreadyClean: Set<string>) =>
  `line, ${columns.map((c) => `${alreadyClean.has(c.name) ? ident(c.name) : cleanedValue(c)} AS ${ident(c.name)}`).join(", ")}, _problem_field, _problem_reason, _record`;

/**
 * Finds the first problem of every row, and defines `<landing>_cleaned`, the landed rows
 * as the contract reads them. Most fields take few distinct values (codes,
 * dates, counts): one scan collects the distinct values of all of them at once
 * (GROUPING SETS), their checks run on that small table, and rows are then
 * matched to the few bad values found. The distinct values are stored first so
 * that DuckDB cannot push the checks back down onto every row; they also tell
 * which fields hold no blank or padded value, which the cleaned rows then need not trim.
 * Identifiers, decimals and free text are checked per row, in two steps: the
 * same scan tells whether any row fails a cheap test (surelyClean); only if one
 * does, a second scan keeps those rows, and only they are checked in full.
 */
async function findProblems(connection: DuckDBConnection, kind: ExportKind, landed: string): Promise<void> {
  const columns = columnsOf(kind);
  const { cleaned, problems } = checkedNames(landed);
  const perRow = columns.filter(checkedPerRow);
  const perRowNames = new Set(perRow.map((c) => c.name));
  const byField = new Map<string, Check[]>(); // Map.groupBy needs Node 21
  const rowChecks: Check[] = [];
  for (const check of fieldLevelChecks(kind)) {
    if (perRowNames.has(check.field)) rowChecks.push(check);
    else byField.set(check.field, [...(byField.get(check.field) ?? []), check]);
  }
  const grouped = columns.filter((c) => byField.has(c.name));
  const parts = [`SELECT line, 0 AS position, {'field': _problem_field, 'reason': _problem_reason} AS problem FROM ${cleaned} WHERE _problem_reason IS NOT NULL`];
  const alreadyClean = new Set<string>();
  const suspectFlag = (c: Column) => ident(`_suspect_${c.name}`);
  const suspectFlags = perRow.map((c) => `NOT ${surelyClean(c)} AS ${suspectFlag(c)}`);
  // Which fields checked per row have a row that fails its cheap test.
  let suspects: boolean[] = perRow.map(() => true);
  if (grouped.length) {
    const names = grouped.map((c) => ident(c.name)).join(", ");
    // GROUPING_ID has one bit per field, the first field the highest, set where the field is not grouped.
    const all = 2 ** grouped.length - 1;
    const groupedBy = (i: number) => all - 2 ** (grouped.length - 1 - i);
    // The same scan also groups the rows by which cheap tests they fail (grouping_id = all):
    // a file where none fails needs no second look at its rows.
    const flagSet = perRow.length ? `, (${perRow.map(suspectFlag).join(", ")})` : "";
    await connection.run(`CREATE OR REPLACE TEMP TABLE field_values AS
      SELECT ${[names, ...perRow.map(suspectFlag)].join(", ")}, GROUPING_ID(${names}) AS grouping_id
      FROM (SELECT ${[names, ...suspectFlags].join(", ")} FROM ${landed})
      GROUP BY GROUPING SETS (${grouped.map((c) => `(${ident(c.name)})`).join(", ")}${flagSet})`);
    if (perRow.length) {
      const [flags] = (
        await connection.runAndReadAll(
          `SELECT ${perRow.map((c) => `coalesce(bool_or(${suspectFlag(c)}), false)`).join(", ")} FROM field_values WHERE grouping_id = ${all}`,
        )
      ).getRows();
      suspects = flags.map((flag) => flag === true);
    }
    const valuesOf = (c: Column, i: number) =>
      `(SELECT ${ident(c.name)} AS landed_value, ${cleanedValue(c)} AS ${ident(c.name)} FROM field_values WHERE grouping_id = ${groupedBy(i)})`;
    const padded = grouped.map((c, i) => `SELECT ${literal(c.name)} WHERE EXISTS (SELECT 1 FROM ${valuesOf(c, i)} WHERE landed_value IS DISTINCT FROM ${ident(c.name)})`);
    const paddedFields = new Set((await connection.runAndReadAll(padded.join(" UNION ALL "))).getRows().map(([f]) => String(f)));
    grouped.filter((c) => !paddedFields.has(c.name)).forEach((c) => alreadyClean.add(c.name));
    const badValues = grouped.map((c, i) => {
      const checks = byField.get(c.name)!;
      const cases = checks.map((check) => `WHEN ${check.condition} THEN {'position': ${check.position}, 'problem': ${problem(c.name, check.reason)}}`);
      return `SELECT ${literal(c.name)} AS field, landed_value, CASE ${cases.join(" ")} END AS found
        FROM ${valuesOf(c, i)} WHERE ${checks.map((check) => `(${check.condition})`).join(" OR ")}`;
    });
    await connection.run(`CREATE OR REPLACE TEMP TABLE bad_values AS ${badValues.join("\n UNION ALL ")}`);
    const fieldsWithBadValues = (await connection.runAndReadAll("SELECT DISTINCT field FROM bad_values")).getRows().map(([f]) => String(f));
    for (const field of fieldsWithBadValues)
      parts.push(`SELECT line, found.position, found.problem FROM ${landed}
        JOIN bad_values b ON b.field = ${literal(field)} AND ${landed}.${ident(field)} IS NOT DISTINCT FROM b.landed_value`);
  }
  perRow.forEach((c, i) => {
    if (!suspects[i]) alreadyClean.add(c.name);
  });
  if (suspects.some(Boolean)) {
    // The filter runs on the landed values, below the projection that cleans them, so only kept rows are cleaned.
    await connection.run(`CREATE OR REPLACE TEMP TABLE suspect_rows AS
      SELECT ${cleanedColumns(columns, alreadyClean)} FROM ${landed}
      WHERE NOT (${perRow.map(surelyClean).join(" AND ")})`);
    for (const check of rowChecks)
      parts.push(`SELECT line, ${check.position}, ${problem(check.field, check.reason)} FROM suspect_rows WHERE ${check.condition}`);
  }
  await connection.run(`CREATE OR REPLACE TEMP VIEW ${cleaned} AS SELECT ${cleanedColumns(columns, alreadyClean)} FROM ${landed}`);

  const rulesBase = 2 + columns.length;
  (kind.rowRules ?? []).forEach((rule, i) =>
    parts.push(`SELECT line, ${rulesBase + i}, ${problem(rule.field, reason(rule.message, {}))} FROM ${cleaned} WHERE ${rule.brokenWhen}`),
  );
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${problems} AS
    SELECT line, arg_min(problem, position) AS problem FROM (${parts.join("\n UNION ALL ")}) GROUP BY line`);
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
const typedObject = (kind: ExportKind) => (typedColumns(kind).every(([value, name]) => value === name) ? "VIEW" : "TABLE");

/** The temporary objects a check leaves for a landing: its rows as the contract reads them, and its problems. */
export const checkedNames = (landing: string) => ({ cleaned: `${landing}_cleaned`, problems: `${landing}_problems`, typed: `${landing}_typed` });

/**
 * Checks every landed row, outside the load's transaction: it writes temporary
 * objects only, which DuckDB then reads in parallel (those made inside an open
 * transaction it reads on one thread).
 */
export async function checkLanding(connection: DuckDBConnection, kind: ExportKind, landing: string): Promise<BulkResult> {
  const { cleaned, problems, typed } = checkedNames(landing);
  await timed("check", () => findProblems(connection, kind, landing));

  // A key seen twice in one file: the first row stands, the later ones are rejected.
  const key = kind.key.map(ident).join(", ");
  const duplicate = t("etl.row.duplicateKey", { key: kind.key.join(" + "), line: "\u0000" }).replace("\u0000", "%d");
  await timed("duplicates", () =>
    connection.run(`INSERT INTO ${problems}
      SELECT c.line, {'field': ${literal(kind.key[0])}, 'reason': printf(${literal(duplicate)}, d.first_line)}
      FROM ${cleaned} c
      JOIN (SELECT ${key}, min(line) AS first_line FROM ${cleaned} WHERE line NOT IN (SELECT line FROM ${problems})
            GROUP BY ALL HAVING count(*) > 1) d USING (${key})
      WHERE c.line <> d.first_line AND c.line NOT IN (SELECT line FROM ${problems})`),
  );
  // The valid rows as raw_<kind> wants them: the models read them before they are inserted.
  await timed("cast", () =>
    connection.run(`CREATE OR REPLACE TEMP ${typedObject(kind)} ${typed} AS
      SELECT line AS source_line, ${typedColumns(kind).map(([value, name]) => `${value} AS ${name}`).join(", ")}
      FROM ${cleaned} WHERE line NOT IN (SELECT line FROM ${problems})`),
  );
  const [[rowsIn, rowsRejected]] = (
    await connection.runAndReadAll(`SELECT (SELECT count(*) FROM ${landing}), (SELECT count(*) FROM ${problems})`)
  ).getRows();
  return { rowsIn: Number(rowsIn), rowsLoaded: Number(rowsIn) - Number(rowsRejected), rowsRejected: Number(rowsRejected) };
}

/** The valid rows of a checked landing, as rows of raw_<kind> from load `loadId`, in line order. */
export function newRowsSql(landing: string, loadId: number): string {
  return `SELECT ${loadId}::INTEGER AS load_id, * FROM ${checkedNames(landing).typed}`;
}

/** Puts a checked landing's rejected rows in etl_rejects, with their record as JSON so that nothing is lost. */
export async function keepRejects(connection: DuckDBConnection, kind: ExportKind, landing: string, loadId: number, fileName: string): Promise<void> {
  const { cleaned, problems } = checkedNames(landing);
  const record = `{${columnsOf(kind).map((c) => `${literal(c.name)}: ${ident(c.name)}`).join(", ")}}`;
  await timed("insert rejects", () =>
    connection.run(
      `INSERT INTO etl_rejects SELECT $loadId, $fileName, line, problem.field, problem.reason, coalesce(_record, to_json(${record})::VARCHAR)
       FROM ${cleaned} JOIN ${problems} USING (line) ORDER BY line`,
      { loadId, fileName },
    ),
  );
}

/** Drops what checkLanding made. */
export async function dropChecked(connection: DuckDBConnection, kind: ExportKind, landing: string): Promise<void> {
  const { cleaned, problems, typed } = checkedNames(landing);
  await connection.run(`DROP ${typedObject(kind)} IF EXISTS ${typed}; DROP VIEW IF EXISTS ${cleaned}; DROP TABLE IF EXISTS ${problems}`);
}

/** Code lists the reference checks read, made once per load command. */
export async function prepareReferenceCodes(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE known_missions AS
    SELECT mission_acronym AS code FROM ref_missions UNION SELECT alias FROM ref_mission_aliases`);
  await connection.run("CREATE OR REPLACE TEMP TABLE known_states AS SELECT iso3 AS code FROM ref_states");
}

