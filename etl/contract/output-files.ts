// The public outputs' descriptions, read from the file beside each model's SQL (as dbt keeps a YAML
// file beside each model): warehouse/extracts/<name>.yml and warehouse/marts/mart_<name>.yml state
// the columns the warehouse derives, the primary key and the foreign keys. Columns an extract copies
// from an export are not restated: `contract: <kind>` takes them from the export contract through
// columnsOf(), so the data package, the data dictionary page and row validation read the very same
// field. Enumerations name a vocabulary of vocabularies.ts instead of restating it. A file is checked
// here with zod; a bad one is an error naming the file, the column and the reason.
//
//   contract: casualties                      # optional: publish this kind's public fields unchanged
//   primary_key: [casualty_id]
//   foreign_keys: { mission: missions.mission_acronym }   # column: output.column
//   columns:
//     - name: attack_type
//       type: string                          # one of COLUMN_TYPES below
//       enum: [ATTACK_TYPES, not_recorded]    # a NAME in capitals is a vocabulary; anything else, a value
//       optional: true                        # may be empty (default: required)
//       description: Kind of attack …
//
// A column named with {years} (eligible_{years}y) stands for one column per horizon of HORIZON_YEARS,
// with {years} replaced in its name and description.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { z } from "zod";
import { columnsOf } from "./columns.ts";
import { ISO3_PATTERN } from "./fields.ts";
import { EXPORT_KINDS, exportKind, type KindName } from "./kinds.ts";
import * as VOCABULARIES from "./vocabularies.ts";

/** Frictionless Table Schema field types that the outputs use. */
export type FieldType = "string" | "integer" | "number" | "date" | "boolean";

export interface OutputField {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  enum?: readonly string[];
  pattern?: string;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface PublicOutput {
  /** The file the output is described in. */
  file: string;
  /** The export kind whose contract fields this output publishes unchanged. */
  contract?: KindName;
  /** Every published column the file or the contract describes, contract fields first. */
  fields: Map<string, OutputField>;
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

/** The column types a file may name: the Table Schema type each stands for, and the pattern it implies. */
export const COLUMN_TYPES = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  date: { type: "date" },
  boolean: { type: "boolean" },
  /** A whole number ≥ 0. */
  count: { type: "integer" },
  /** A number between 0 and 1. */
  share: { type: "number" },
  /** A calendar year. */
  year: { type: "integer" },
  iso3: { type: "string", pattern: ISO3_PATTERN.source },
  /** An ISO 3166-1 alpha-3 code, or 'ALL' for every host state together. */
  iso3_or_all: { type: "string", pattern: "^([A-Z]{3}|ALL)$" },
} as const satisfies Record<string, { type: FieldType; pattern?: string }>;

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WAREHOUSE_DIR = path.join(REPO_ROOT, "warehouse");
const COLUMN_NAME = /^[a-z][a-z0-9_]*$/;
const HORIZON = "{years}";
const words = z.array(z.string().min(1)).min(1);

const columnSchema = z.strictObject({
  name: z.string().refine((name) => COLUMN_NAME.test(name.replace(HORIZON, "0")), "expected a snake_case name"),
  type: z.enum(Object.keys(COLUMN_TYPES) as [keyof typeof COLUMN_TYPES]),
  enum: z.union([z.string().min(1), words]).optional(),
  pattern: z.string().min(1).optional(),
  optional: z.boolean().optional(),
  description: z.string().trim().min(1, "expected a description"),
});

const fileSchema = z.strictObject({
  contract: z.enum(EXPORT_KINDS.map((k) => k.name) as [KindName]).optional(),
  primary_key: words,
  foreign_keys: z
    .record(z.string(), z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, "expected output.column"))
    .optional(),
  columns: z.array(columnSchema).min(1),
});

type ColumnEntry = z.infer<typeof columnSchema>;

/** A problem with one file: the message names the file and, where there is one, the column. */
export class OutputFileError extends Error {
  constructor(file: string, column: string | undefined, reason: string) {
    const shown = file.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, file) : file;
    super(`${shown}: ${column ? `column ${column}: ` : ""}${reason}`);
    this.name = "OutputFileError";
  }
}

/** A vocabulary of vocabularies.ts by name: its values, or undefined when there is no such list of words. */
function vocabulary(name: string): readonly string[] | undefined {
  const value = (VOCABULARIES as Record<string, unknown>)[name];
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : undefined;
}

/** `enum: [ATTACK_TYPES, not_recorded]`: each NAME in capitals is replaced by the values of that vocabulary. */
export function resolveEnum(items: string | readonly string[]): string[] {
  const values = (typeof items === "string" ? [items] : items).flatMap((item) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(item)) return [item];
    const values = vocabulary(item);
    if (!values) throw new Error(`enum: ${item} is not a vocabulary of etl/contract/vocabularies.ts`);
    return values;
  });
  const repeated = values.find((v, i) => values.indexOf(v) !== i);
  if (repeated) throw new Error(`enum: '${repeated}' is listed twice`);
  return values;
}

/** One entry of `columns:` as the fields it stands for (several for a {years} name, one per horizon). */
function derivedFields(entry: ColumnEntry): OutputField[] {
  const { type, pattern: implied } = COLUMN_TYPES[entry.type] as { type: FieldType; pattern?: string };
  if ((entry.enum || entry.pattern) && entry.type !== "string")
    throw new Error(`enum and pattern are for type string, not ${entry.type}`);
  if (entry.enum && entry.pattern) throw new Error("give enum or pattern, not both");
  if (entry.pattern)
    try {
      new RegExp(entry.pattern);
    } catch {
      throw new Error(`pattern ${entry.pattern} is not a regular expression`);
    }
  const field = (name: string, description: string): OutputField => ({
    name,
    type,
    description,
    required: entry.optional !== true,
    ...(entry.enum ? { enum: resolveEnum(entry.enum) } : {}),
    ...(implied || entry.pattern ? { pattern: entry.pattern ?? implied } : {}),
  });
  if (!entry.name.includes(HORIZON)) {
    if (entry.description.includes(HORIZON)) throw new Error(`${HORIZON} in the description but not in the name`);
    return [field(entry.name, entry.description)];
  }
  return VOCABULARIES.HORIZON_YEARS.map((years) =>
    field(entry.name.replace(HORIZON, String(years)), entry.description.replaceAll(HORIZON, String(years))),
  );
}

/** The contract's fields that an output copies: every public, non-list field of the kind. */
function contractFields(kind: KindName): OutputField[] {
  return columnsOf(exportKind(kind))
    .filter((c) => !c.restricted && c.type !== "list") // lists are published as derived columns (counts, joined text)
    .map((c) => ({
      name: c.name,
      type: c.type as FieldType,
      description: c.description,
      required: c.required,
      enum: c.allowedValues,
      pattern: c.pattern,
    }));
}

/** The column a zod issue is about, by the name given in the file, else by its position. */
function issueColumn(data: unknown, issuePath: readonly PropertyKey[]): string | undefined {
  if (issuePath[0] !== "columns" || typeof issuePath[1] !== "number") return undefined;
  const name = (data as { columns: { name?: unknown }[] }).columns[issuePath[1]]?.name;
  return typeof name === "string" ? name : `#${issuePath[1] + 1}`;
}

/** Reads and checks one file; the output it describes is named by the file. */
export function readOutputFile(file: string): PublicOutput {
  let data: unknown;
  try {
    data = YAML.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new OutputFileError(file, undefined, (error as Error).message.split("\n")[0].replace(/:$/, ""));
  }
  const parsed = fileSchema.safeParse(data, {
    error: (issue) => (issue.input === undefined && issue.code !== "custom" ? "missing" : undefined),
  });
  if (!parsed.success) {
    // A misspelt key first: it explains the key reported missing.
    const { issues } = parsed.error;
    const issue = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
    const column = issueColumn(data, issue.path);
    const where = issue.path.slice(column ? 2 : 0).join(".");
    throw new OutputFileError(file, column, `${where ? `${where}: ` : ""}${issue.message}`);
  }
  const { contract, primary_key: primaryKey, foreign_keys: foreignKeys = {}, columns } = parsed.data;
  // Derived after the contract's: a file may redefine a contract field (e.g. a nullable host_state).
  const fields = new Map((contract ? contractFields(contract) : []).map((f) => [f.name, f]));
  const derived = new Set<string>();
  for (const entry of columns) {
    let entryFields: OutputField[];
    try {
      entryFields = derivedFields(entry);
    } catch (error) {
      throw new OutputFileError(file, entry.name, (error as Error).message);
    }
    for (const field of entryFields) {
      if (derived.has(field.name)) throw new OutputFileError(file, field.name, "described twice");
      derived.add(field.name);
      fields.set(field.name, field);
    }
  }
  for (const column of [...primaryKey, ...Object.keys(foreignKeys)])
    if (!fields.has(column)) throw new OutputFileError(file, column, "a key names a column the output does not have");
  return {
    file,
    ...(contract ? { contract } : {}),
    fields,
    primaryKey,
    ...(Object.keys(foreignKeys).length
      ? {
          foreignKeys: Object.entries(foreignKeys).map(([column, target]) => {
            const [resource, fields] = target.split(".");
            return { fields: column, reference: { resource, fields } };
          }),
        }
      : {}),
  };
}

/** The files of every public output: warehouse/extracts/*.yml and warehouse/marts/mart_*.yml. */
export function outputFiles(warehouseDir = WAREHOUSE_DIR): string[] {
  return [
    ["extracts", /\.yml$/],
    ["marts", /^mart_.*\.yml$/],
  ].flatMap(([dir, name]) =>
    readdirSync(path.join(warehouseDir, dir as string))
      .filter((f) => (name as RegExp).test(f))
      .sort()
      .map((f) => path.join(warehouseDir, dir as string, f)),
  );
}

/** Reads the files and checks what they say of one another: each beside its SQL, every foreign key resolved. */
export function readOutputFiles(files: readonly string[]): Record<string, PublicOutput> {
  const outputs: Record<string, PublicOutput> = {};
  for (const file of files) {
    const name = path.basename(file, ".yml");
    if (!existsSync(path.join(path.dirname(file), `${name}.sql`)))
      throw new OutputFileError(file, undefined, `no ${name}.sql beside it`);
    outputs[name] = readOutputFile(file);
  }
  for (const output of Object.values(outputs))
    for (const { fields: column, reference } of output.foreignKeys ?? [])
      if (!outputs[reference.resource]?.fields.has(reference.fields))
        throw new OutputFileError(
          output.file,
          column,
          `foreign key to ${reference.resource}.${reference.fields}, which no output file describes`,
        );
  return outputs;
}

let cached: Record<string, PublicOutput> | undefined;

/** Every public output by name, as its file describes it (read once). */
export const publicOutputs = (): Record<string, PublicOutput> => (cached ??= readOutputFiles(outputFiles()));

/** The description of one published column, or undefined when nobody wrote one. */
export const outputField = (output: string, column: string): OutputField | undefined =>
  publicOutputs()[output]?.fields.get(column);
