// Turns one source record into a contract row, or into the reason it is rejected.
// The zod schema does the checking; this file only adapts CSV text to it and
// adds the checks that need the reference tables.
import { t } from "../../src/i18n/index.js";
import type { ExportKind } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";

export interface ReferenceCodes {
  missions: ReadonlySet<string>;
  states: ReadonlySet<string>;
}

export type Verdict = { ok: true; row: Record<string, unknown> } | { ok: false; field: string | null; reason: string };

function normalise(value: unknown, column: Column | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const trimmed = value.trim();
    if (trimmed === "") return undefined;
    if (column?.type === "list") return trimmed.split(";").map((v) => v.trim()).filter(Boolean);
    return value;
  }
  if (typeof value === "number" && (column?.type === "string" || column?.type === "date")) return String(value);
  return value;
}

export function makeValidator(kind: ExportKind, reference: ReferenceCodes) {
  const columns = new Map(columnsOf(kind).map((c) => [c.name, c]));
  const codeChecks = [
    ...kind.missionFields.map((field) => ({ field, codes: reference.missions, message: "etl.row.unknownMission" })),
    ...kind.stateFields.map((field) => ({ field, codes: reference.states, message: "etl.row.unknownState" })),
  ];
  return function validate(values: Record<string, unknown>): Verdict {
    const input: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(values)) {
      const normalised = normalise(value, columns.get(name));
      if (normalised !== undefined) input[name] = normalised;
    }
    const parsed = kind.schema.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.length ? String(issue.path[0]) : null;
      const shown = field && input[field] !== undefined ? ` (value '${String(input[field]).slice(0, 80)}')` : "";
      return { ok: false, field, reason: issue.message + shown };
    }
    const row = parsed.data as Record<string, unknown>;
    for (const check of codeChecks) {
      const value = row[check.field];
      if (typeof value === "string" && !check.codes.has(value))
        return { ok: false, field: check.field, reason: t(check.message, { value }) };
    }
    return { ok: true, row };
  };
}
