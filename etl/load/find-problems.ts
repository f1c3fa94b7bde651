// Finds the first problem of every landed row at once, in SQL, and defines the landed rows
// as the contract reads them (`<landing>_cleaned`). Most fields take few distinct values
// (codes, dates, counts): one scan collects the distinct values of all of them at once
// (GROUPING SETS), their checks run on that small table, and rows are then matched to the
// few bad values found. The distinct values are stored first so that DuckDB cannot push
// the checks back down onto every row; they also tell which fields hold no blank or padded
// value, which the cleaned rows then need not trim. Identifiers, decimals and free text are
// checked per row, in two steps: the same scan tells whether any row fails a cheap test
// (surelyClean); only if one does, a second scan keeps those rows, and only they are
// checked in full. The steps, in order:
//   planChecks → collectFieldValues → findUnpaddedFields → matchBadValues
//   → checkSuspectRows → defineCleaned → ruleProblems → storeProblems
// The scratch tables field_values, bad_values and suspect_rows live only while it runs.
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";
import { quotedIdentifier as ident, quotedString as literal } from "../warehouse/sql.ts";
import {
  checkedPerRow,
  cleanedColumns,
  cleanedValue,
  fieldLevelChecks,
  problem,
  reason,
  surelyClean,
  type Check,
} from "./field-checks.ts";
import { groupingId } from "./grouping-id.ts";
import { TemporaryObjects, type Landing } from "./landing.ts";

/** How a kind's checks run: which fields on their distinct values, which row by row. */
interface CheckPlan {
  columns: Column[];
  /** Fields checked on their distinct values, in contract order (the order of GROUPING_ID's bits). */
  grouped: Column[];
  checksOf: Map<string, Check[]>;
  /** Fields checked row by row (checkedPerRow), and their checks. */
  perRow: Column[];
  rowChecks: Check[];
}

/** What the steps have found: the queries of the problems, and the fields known to need no cleaning. */
interface Findings {
  problems: string[];
  alreadyClean: Set<string>;
}

function planChecks(kind: ExportKind): CheckPlan {
  const columns = columnsOf(kind);
  const perRow = columns.filter(checkedPerRow);
  const perRowNames = new Set(perRow.map((c) => c.name));
  const checksOf = new Map<string, Check[]>(); // Map.groupBy needs Node 21
  const rowChecks: Check[] = [];
  for (const check of fieldLevelChecks(kind)) {
    if (perRowNames.has(check.field)) rowChecks.push(check);
    else checksOf.set(check.field, [...(checksOf.get(check.field) ?? []), check]);
  }
  return { columns, grouped: columns.filter((c) => checksOf.has(c.name)), checksOf, perRow, rowChecks };
}

/** The flag column telling that a field checked per row fails its cheap test. */
const suspectFlag = (c: Column) => ident(`_suspect_${c.name}`);

/**
 * One scan of the landed rows into `field_values`: the distinct values of each grouped
 * field (one grouping set per field), and the combinations of suspect flags met (the set
 * that groups no field). Returns, per field checked per row, whether some row fails its
 * cheap test: a file where none does needs no second look at its rows.
 */
async function collectFieldValues(scratch: TemporaryObjects, landing: Landing, plan: CheckPlan): Promise<boolean[]> {
  const { grouped, perRow } = plan;
  const names = grouped.map((c) => ident(c.name)).join(", ");
  const suspectFlags = perRow.map((c) => `NOT ${surelyClean(c)} AS ${suspectFlag(c)}`);
  const flagSet = perRow.length ? `, (${perRow.map(suspectFlag).join(", ")})` : "";
  await scratch.create(
    "field_values",
    "TABLE",
    `AS
    SELECT ${[names, ...perRow.map(suspectFlag)].join(", ")}, GROUPING_ID(${names}) AS grouping_id
    FROM (SELECT ${[names, ...suspectFlags].join(", ")} FROM ${landing.name})
    GROUP BY GROUPING SETS (${grouped.map((c) => `(${ident(c.name)})`).join(", ")}${flagSet})`,
  );
  if (!perRow.length) return [];
  const anyFails = perRow.map((c) => `coalesce(bool_or(${suspectFlag(c)}), false)`).join(", ");
  const reader = await scratch.connection.runAndReadAll(
    `SELECT ${anyFails} FROM field_values WHERE grouping_id = ${groupingId(grouped.length)}`,
  );
  return reader.getRows()[0].map((flag) => flag === true);
}

/** The distinct values of the grouped field at `position`: as landed, and as the contract reads them. */
const valuesOf = (plan: CheckPlan, position: number) => {
  const c = plan.grouped[position];
  const id = groupingId(plan.grouped.length, [position]);
  return `(SELECT ${ident(c.name)} AS landed_value, ${cleanedValue(c)} AS ${ident(c.name)}
    FROM field_values WHERE grouping_id = ${id})`;
};

/** Marks as already clean the grouped fields none of whose values cleaning would change. */
async function findUnpaddedFields(scratch: TemporaryObjects, plan: CheckPlan, found: Findings): Promise<void> {
  const padded = plan.grouped.map(
    (c, i) => `SELECT ${literal(c.name)} WHERE EXISTS (
      SELECT 1 FROM ${valuesOf(plan, i)} WHERE landed_value IS DISTINCT FROM ${ident(c.name)})`,
  );
  const reader = await scratch.connection.runAndReadAll(padded.join(" UNION ALL "));
  const paddedFields = new Set(reader.getRows().map(([field]) => String(field)));
  for (const c of plan.grouped) if (!paddedFields.has(c.name)) found.alreadyClean.add(c.name);
}

/** Checks the distinct values into `bad_values` (each with its first problem), then finds the rows holding them. */
async function matchBadValues(scratch: TemporaryObjects, landing: Landing, plan: CheckPlan, found: Findings) {
  const badValues = plan.grouped.map((c, i) => {
    const checks = plan.checksOf.get(c.name)!;
    const found = (check: Check) => `{'position': ${check.position}, 'problem': ${problem(c.name, check.reason)}}`;
    const cases = checks.map((check) => `WHEN ${check.condition} THEN ${found(check)}`);
    return `SELECT ${literal(c.name)} AS field, landed_value, CASE ${cases.join(" ")} END AS found
        FROM ${valuesOf(plan, i)} WHERE ${checks.map((check) => `(${check.condition})`).join(" OR ")}`;
  });
  await scratch.create("bad_values", "TABLE", `AS ${badValues.join("\n UNION ALL ")}`);
  const reader = await scratch.connection.runAndReadAll("SELECT DISTINCT field FROM bad_values");
  const landed = landing.name;
  for (const field of reader.getRows().map(([f]) => String(f)))
    found.problems.push(`SELECT line, found.position, found.problem FROM ${landed}
        JOIN bad_values b
          ON b.field = ${literal(field)} AND ${landed}.${ident(field)} IS NOT DISTINCT FROM b.landed_value`);
}

/** Keeps the rows that fail some cheap test in `suspect_rows`, cleaned, and checks only them in full. */
async function checkSuspectRows(scratch: TemporaryObjects, landing: Landing, plan: CheckPlan, found: Findings) {
  // The filter runs on the landed values, below the projection that cleans them, so only kept rows are cleaned.
  await scratch.create(
    "suspect_rows",
    "TABLE",
    `AS
      SELECT ${cleanedColumns(plan.columns, found.alreadyClean)} FROM ${landing.name}
      WHERE NOT (${plan.perRow.map(surelyClean).join(" AND ")})`,
  );
  for (const check of plan.rowChecks)
    found.problems.push(`SELECT line, ${check.position}, ${problem(check.field, check.reason)}
      FROM suspect_rows WHERE ${check.condition}`);
}

/** `<landing>_cleaned`: the landed rows as the contract reads them, trimming only the fields that need it. */
function defineCleaned(landing: Landing, plan: CheckPlan, found: Findings): Promise<string> {
  const columns = cleanedColumns(plan.columns, found.alreadyClean);
  return landing.create("cleaned", "VIEW", `AS SELECT ${columns} FROM ${landing.name}`);
}

/** Problems found while reading (malformed records, unknown fields), first of all. */
const parseProblems = (cleaned: string) =>
  `SELECT line, 0 AS position, {'field': _problem_field, 'reason': _problem_reason} AS problem
    FROM ${cleaned} WHERE _problem_reason IS NOT NULL`;

/** The kind's rules across fields, which come after every field's own checks. */
function ruleProblems(kind: ExportKind, cleaned: string): string[] {
  const rulesBase = 2 + columnsOf(kind).length;
  return (kind.rowRules ?? []).map(
    (rule, i) => `SELECT line, ${rulesBase + i}, ${problem(rule.field, reason(rule.message, {}))}
      FROM ${cleaned} WHERE ${rule.brokenWhen}`,
  );
}

/** `<landing>_problems`: each row's first problem, in zod's order. */
function storeProblems(landing: Landing, found: Findings): Promise<string> {
  return landing.create(
    "problems",
    "TABLE",
    `AS
    SELECT line, arg_min(problem, position) AS problem FROM (${found.problems.join("\n UNION ALL ")}) GROUP BY line`,
  );
}

/** Finds the first problem of every landed row into `<landing>_problems`, and defines `<landing>_cleaned`. */
export async function findProblems(landing: Landing, kind: ExportKind): Promise<void> {
  const plan = planChecks(kind);
  const scratch = new TemporaryObjects(landing.connection);
  try {
    const found: Findings = { problems: [parseProblems(landing.nameOf("cleaned"))], alreadyClean: new Set() };
    // Which fields checked per row have a row that fails its cheap test; without grouped fields, all may.
    let suspects = plan.perRow.map(() => true);
    if (plan.grouped.length) {
      suspects = await collectFieldValues(scratch, landing, plan);
      await findUnpaddedFields(scratch, plan, found);
      await matchBadValues(scratch, landing, plan, found);
    }
    plan.perRow.forEach((c, i) => {
      if (!suspects[i]) found.alreadyClean.add(c.name);
    });
    if (suspects.some(Boolean)) await checkSuspectRows(scratch, landing, plan, found);
    const cleaned = await defineCleaned(landing, plan, found);
    found.problems.push(...ruleProblems(kind, cleaned));
    await storeProblems(landing, found);
  } finally {
    await scratch.drop();
  }
}
