// The five export kinds that Blue Ledger accepts, with their keys and reference checks. With
// their schemas (schemas.ts) this is the single source of truth: TypeScript types, row
// validation, the raw warehouse tables, the data dictionary and the data package schema are all
// derived from them.
import type { z } from "zod";
import { incidentSchema, casualtySchema, caseEventSchema, requestSchema, assistanceSchema } from "./schemas.ts";

export * from "./schemas.ts";

export interface ExportKind {
  /** Name used on the command line (`--kind`) and in table names (`raw_<name>`). */
  name: "incidents" | "casualties" | "cases" | "assistance" | "requests";
  schema: z.ZodType;
  /** Columns that identify one record; a later export with the same key replaces it. */
  key: readonly string[];
  /** Columns that must name a known mission or state, checked against the reference tables. */
  missionFields: readonly string[];
  stateFields: readonly string[];
  /**
   * Rules across fields, which a JSON Schema cannot state: the bulk validator
   * rejects a row when `brokenWhen` (SQL over the row's typed values) is true.
   * Each mirrors a .refine() of the schema, with the same message.
   */
  rowRules?: readonly { field: string; brokenWhen: string; message: string }[];
  description: string;
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    name: "incidents",
    schema: incidentSchema,
    key: ["incident_id"],
    missionFields: ["mission"],
    stateFields: ["host_state"],
    description: "One row per attack on UN personnel.",
  },
  {
    name: "casualties",
    schema: casualtySchema,
    key: ["casualty_id"],
    missionFields: ["mission"],
    stateFields: ["nationality"],
    description: "One row per person killed or injured. Never a name.",
  },
  {
    name: "cases",
    schema: caseEventSchema,
    key: ["case_id", "event", "event_date"],
    missionFields: [],
    stateFields: ["jurisdiction_state"],
    rowRules: [
      {
        field: "persons_in_absentia",
        brokenWhen: "try_cast(persons_in_absentia AS DOUBLE) > coalesce(try_cast(persons_concerned AS DOUBLE), 0)",
        message: "etl.check.absentiaOverConcerned",
      },
    ],
    description: "One row per dated event in the judicial follow-up of attacks.",
  },
  {
    name: "assistance",
    schema: assistanceSchema,
    key: ["assistance_id"],
    missionFields: [],
    stateFields: ["recipient_state"],
    rowRules: [
      {
        field: "end_date",
        brokenWhen: "try_cast(end_date AS DATE) < try_cast(start_date AS DATE)",
        message: "etl.check.endBeforeStart",
      },
    ],
    description: "One row per UN capacity-building assistance activity for a member state.",
  },
  {
    name: "requests",
    schema: requestSchema,
    key: ["request_id"],
    missionFields: [],
    stateFields: ["host_state"],
    rowRules: [
      {
        field: "reply_date",
        brokenWhen: "try_cast(reply_date AS DATE) < try_cast(sent_date AS DATE)",
        message: "etl.check.replyBeforeSent",
      },
      {
        field: "due_date",
        brokenWhen: "try_cast(due_date AS DATE) < try_cast(sent_date AS DATE)",
        message: "etl.check.dueBeforeSent",
      },
    ],
    description: "One row per request the UN sent a host state about an attack, with the state's reply.",
  },
];

export type KindName = ExportKind["name"];

export function exportKind(name: string): ExportKind {
  const kind = EXPORT_KINDS.find((k) => k.name === name);
  if (!kind) throw new Error(`unknown kind '${name}'`);
  return kind;
}
