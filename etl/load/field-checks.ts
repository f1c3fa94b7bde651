// The SQL of the contract's checks, field by field, generated from the zod schemas (read
// through columns.ts): the conditions under which a landed text value breaks a rule, the
// reason each gives (from the catalogue), and how a value is cleaned before it is cast.
// find-problems.ts runs them on the landed rows; nothing here touches the database.
import { t } from "../messages.ts";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";
import { ID_PATTERN, ISO3_PATTERN } from "../contract/fields.ts";
import { quotedIdentifier as ident, quotedString as literal } from "../warehouse/sql.ts";

const MAX_INTEGER = 2_147_483_647; // raw tables store counts as INTEGER
const SHOWN_VALUE_CHARS = 80;

/** A reason as SQL: the catalogue text with the row's value put in place of {value}. */
export function reason(key: string, params: Record<string, string | number>, valueSql?: string): string {
  const template = t(key, { ...params, value: "\u0000" });
  if (!valueSql) return literal(template);
  const format = literal(template.replaceAll("%", "%%").replace("\u0000", "%s"));
  return `printf(${format}, left(${valueSql}, ${SHOWN_VALUE_CHARS}))`;
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
  /** A check on a value that is there; the reason shows the value. */
  const check = (condition: string, key: string, params: Record<string, string | number> = {}) =>
    checks.push([present(condition), reason(key, params, v)]);
  const pattern = c.pattern ? literal(c.pattern) : undefined;
  switch (c.type) {
    case "string":
      if (c.allowedValues)
        check(`${v} NOT IN (${c.allowedValues.map(literal).join(", ")})`, "etl.check.oneOf", {
          allowed: c.allowedValues.join(", "),
        });
      if (pattern) check(`NOT regexp_full_match(${v}, ${pattern})`, patternMessage(c), { pattern: c.pattern! });
      if (c.minLength !== undefined)
        check(`length(${v}) < ${c.minLength}`, "etl.check.minLength", { minLength: c.minLength });
      if (c.maxLength !== undefined) {
        const format = t("etl.check.maxLength", { maxLength: c.maxLength, length: "\u0000" }).replace("\u0000", "%d");
        checks.push([present(`length(${v}) > ${c.maxLength}`), `printf(${literal(format)}, length(${v}))`]);
      }
      break;
    case "date":
      check(
        `NOT regexp_full_match(${v}, '\\d{4}-\\d{2}-\\d{2}') OR try_strptime(${v}, '%Y-%m-%d') IS NULL`,
        "etl.check.date",
      );
      if (c.earliest) check(`${v} < ${literal(c.earliest)}`, "etl.check.earliest", { earliest: c.earliest });
      if (c.notInFuture) check(`${v}::DATE > current_date`, "etl.check.future");
      break;
    case "integer":
    case "number": {
      const number = `try_cast(${v} AS DOUBLE)`;
      check(`${number} IS NULL`, "etl.check.number");
      if (c.type === "integer") check(`${number} <> floor(${number})`, "etl.check.wholeNumber");
      if (c.minimum !== undefined) check(`${number} < ${c.minimum}`, "etl.check.minimum", { minimum: c.minimum });
      const maximum = c.type === "integer" ? Math.min(c.maximum ?? MAX_INTEGER, MAX_INTEGER) : c.maximum;
      if (maximum !== undefined) check(`${number} > ${maximum}`, "etl.check.maximum", { maximum });
      break;
    }
    case "list": {
      const items = `list_filter(list_transform(string_split(${v}, ';'), x -> trim(x)), x -> x <> '')`;
      if (c.minItems !== undefined)
        // the reason does not show the list
        checks.push([present(`len(${items}) < ${c.minItems}`), reason("etl.check.minItems", { minItems: c.minItems })]);
      if (pattern)
        check(`list_bool_or(list_transform(${items}, x -> NOT regexp_full_match(x, ${pattern})))`, patternMessage(c), {
          pattern: c.pattern!,
        });
      break;
    }
  }
  return checks;
}

export interface Check {
  /** Where it stands in zod's order: parse problems, each field in turn, rules across fields, reference codes. */
  position: number;
  field: string;
  condition: string;
  reason: string;
}

/** Checks that look at one field only, so they can run on its distinct values. */
export function fieldLevelChecks(kind: ExportKind): Check[] {
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
  kind.missionFields.forEach((field, i) =>
    list.push(referenceCheck(field, "known_missions", "etl.row.unknownMission", base + i)),
  );
  kind.stateFields.forEach((field, i) =>
    list.push(referenceCheck(field, "known_states", "etl.row.unknownState", base + kind.missionFields.length + i)),
  );
  return list;
}

/**
 * Fields checked row by row rather than per distinct value: free text (long,
 * nearly all distinct, and checked only for length, so it is not trimmed),
 * identifiers and decimal numbers such as coordinates (nearly all distinct too,
 * so collecting their distinct values would cost more than checking every row).
 */
export const isFreeText = (c: Column) =>
  c.type === "string" && !c.pattern && !c.allowedValues && (c.maxLength ?? 0) >= 1000;
const isIdentifier = (c: Column) => c.pattern === ID_PATTERN.source && (c.type === "string" || c.type === "list");
export const checkedPerRow = (c: Column) => isFreeText(c) || isIdentifier(c) || c.type === "number";

/** ID_PATTERN without its anchors, to build a pattern for a list of identifiers. */
const ID_BODY = ID_PATTERN.source.replace(/^\^/, "").replace(/\$$/, "");

/**
 * A cheap condition on a landed value, before trimming, under which the field of a
 * field checked per row surely passes every one of its checks and needs no
 * cleaning: a single regular expression where the full checks trim, split and
 * test each part. Only the rows where it fails get the full checks.
 */
export function surelyClean(c: Column): string {
  const v = ident(c.name);
  // A list's lengths bound its items, which the list pattern bounds.
  const lengths =
    c.type === "list"
      ? []
      : [
          ...(c.minLength !== undefined ? [`length(${v}) >= ${c.minLength}`] : []),
          // No more bytes than the limit means no more characters, and counting bytes decodes nothing.
          ...(c.maxLength !== undefined ? [`strlen(${v}) <= ${c.maxLength}`] : []),
        ];
  const items =
    c.minItems !== undefined && c.minItems > 1
      ? [`length(${v}) - length(replace(${v}, ';', '')) + 1 >= ${c.minItems}`]
      : [];
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
        ? [`regexp_full_match(${v}, ${literal(`${ID_BODY}(;${ID_BODY})*`)})`, ...items]
        : isIdentifier(c)
          ? [`regexp_full_match(${v}, ${literal(c.pattern!)})`]
          : [`${v} <> ''`]; // free text is not trimmed, but an empty text is read as missing
  const passes = [...shape, ...lengths].join(" AND ");
  return `coalesce(${c.required ? `${v} IS NOT NULL AND ${passes}` : `${v} IS NULL OR (${passes})`}, false)`;
}

export const problem = (field: string, reasonSql: string) => `{'field': ${literal(field)}, 'reason': ${reasonSql}}`;

/** A landed value as the contract reads it: trimmed (but free text), and empty as missing. */
export const cleanedValue = (c: Column, value = ident(c.name)) =>
  isFreeText(c) ? `nullif(${value}, '')` : `nullif(trim(${value}), '')`;

/** The columns of `<landing>_cleaned`: the landed rows as the contract reads them, but fields that need no cleaning. */
export function cleanedColumns(columns: Column[], alreadyClean: Set<string>): string {
  const value = (c: Column) => (alreadyClean.has(c.name) ? ident(c.name) : cleanedValue(c));
  const values = columns.map((c) => `${value(c)} AS ${ident(c.name)}`);
  return `line, ${values.join(", ")}, _problem_field, _problem_reason, _record`;
}
