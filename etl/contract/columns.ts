// Reads the export contract's schemas as flat column descriptions, so that the
// raw tables, CSV parsing, the data dictionary and the data package all follow
// the zod schemas without restating them.
import { z } from "zod";
import { EXPORT_KINDS, type ExportKind, type KindName } from "./kinds.ts";

export type ColumnType = "string" | "date" | "integer" | "number" | "list";

/** The limits a field may carry, named as in JSON Schema (earliest and notInFuture are the contract's own). */
interface Bounds {
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  /** Dates: the earliest allowed, and whether dates after today are refused. */
  earliest?: string;
  notInFuture?: boolean;
}

export interface Column extends Bounds {
  name: string;
  type: ColumnType;
  required: boolean;
  description: string;
  allowedValues?: readonly string[];
  pattern?: string;
  defaultValue?: unknown;
  /** Restricted fields hold free text or names; they never reach a public page or extract. */
  restricted: boolean;
  /** The catalogue key of the message for a value that does not match `pattern`, when the field names one. */
  patternMessage?: string;
}

interface JsonSchemaProperty extends Bounds {
  type?: string;
  format?: string;
  enum?: string[];
  pattern?: string;
  description?: string;
  default?: unknown;
  restricted?: boolean;
  patternMessage?: string;
  items?: JsonSchemaProperty;
}

function columnType(p: JsonSchemaProperty): ColumnType {
  if (p.type === "array") return "list";
  if (p.type === "integer") return "integer";
  if (p.type === "number") return "number";
  if (p.format === "date") return "date";
  return "string";
}

const cache = new Map<KindName, Column[]>();

export function columnsOf(kind: ExportKind): Column[] {
  const cached = cache.get(kind.name);
  if (cached) return cached;
  const json = z.toJSONSchema(kind.schema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonSchemaProperty>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  const columns = Object.entries(json.properties).map(([name, p]) => ({
    name,
    type: columnType(p),
    required: required.has(name) && p.default === undefined,
    description: p.description ?? "",
    allowedValues: p.enum,
    pattern: p.format === "date" ? undefined : (p.pattern ?? p.items?.pattern),
    defaultValue: p.default,
    restricted: p.restricted === true,
    patternMessage: p.patternMessage,
    minimum: p.minimum,
    maximum: p.maximum,
    minLength: p.minLength ?? p.items?.minLength,
    maxLength: p.maxLength ?? p.items?.maxLength,
    minItems: p.minItems,
    earliest: p.earliest,
    notInFuture: p.notInFuture,
  }));
  cache.set(kind.name, columns);
  return columns;
}

export const SQL_TYPES: Record<ColumnType, string> = {
  string: "VARCHAR",
  date: "VARCHAR", // validated ISO text in raw tables; staging casts to DATE
  integer: "INTEGER",
  number: "DOUBLE",
  list: "VARCHAR[]",
};

export const allColumns = () => EXPORT_KINDS.map((kind) => ({ kind, columns: columnsOf(kind) }));
