// The model files of warehouse/<layer>/, read and put in the order they run:
// layer by layer, and within a layer each after the models it reads, as dbt's
// ref() would, so files need no numbering.
import { readdirSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, WAREHOUSE_DIR } from "./connection.ts";
import { contractModelFile } from "./contract-tables.ts";
import { readModelFile, type ModelFile, type ModelHeader } from "./model-header.ts";
import { LAYER_PREFIXES, versionsView } from "./model-names.ts";
import { sqlWords } from "./sql-words.ts";
import type { CreatedType, ObjectType } from "./catalog.ts";

export const MODEL_LAYERS = ["reference", "staging", "core", "marts", "audit"] as const;
export type ModelLayer = (typeof MODEL_LAYERS)[number];
/** The layers built from the loaded records, rebuilt (where needed) after every load. */
export const DERIVED_LAYERS = MODEL_LAYERS.filter((layer) => layer !== "reference");

export interface Model {
  name: string;
  header: ModelHeader;
  /** Whether it creates tables or views (a model that changed from one to the other drops the old object first). */
  objectType: ObjectType;
  file: string;
  /** The SQL that builds it in full. */
  sql: string;
  /** The tables, views and table macros it creates, in order, and what each is (createdTypes). */
  creates: string[];
  createdTypes: Map<string, CreatedType>;
  /** Whether the model's full SQL reads this table, view or macro (a name in a comment or string is no read). */
  reads: (table: string) => boolean;
  /** Staging: the key whose latest version the model keeps (`@latest-by`). */
  latestBy?: string[];
  /** The SQL after `-- @incremental`: updates the model from the changes to the view `on` alone. */
  incremental?: { on: string; sql: string };
}

/** The objects `CREATE [OR REPLACE] TABLE|VIEW|MACRO name` statements make, each with its type, in order. */
function createdObjects(words: string[]): Map<string, CreatedType> {
  const created = new Map<string, CreatedType>();
  words.forEach((word, i) => {
    if (word !== "create") return;
    let at = i + 1;
    if (words[at] === "or" && words[at + 1] === "replace") at += 2;
    const type = words[at]?.toUpperCase();
    if ((type === "TABLE" || type === "VIEW" || type === "MACRO") && words[at + 1]) created.set(words[at + 1], type);
  });
  return created;
}

export const readModel = (file: string, layer?: ModelLayer): Model => modelOf(file, readModelFile(file), layer);

/** The model of a parsed model file; `file` names it in errors. */
function modelOf(file: string, { header, sql, incrementalSql }: ModelFile, layer?: ModelLayer): Model {
  const words = sqlWords(sql);
  const createdTypes = createdObjects(words);
  const creates = [...createdTypes.keys()];
  const name = header.model;
  const where = path.relative(REPO_ROOT, file);
  if (layer && !LAYER_PREFIXES[layer].some((prefix) => name.startsWith(prefix)))
    throw new Error(`${where}: a ${layer} model's name starts with ${LAYER_PREFIXES[layer].join(" or ")}`);
  if (header.latestBy && creates[0] !== versionsView(name))
    throw new Error(`${where}: a model with @latest-by first creates the view ${versionsView(name)}`);
  const read = new Set(words.filter((word) => !createdTypes.has(word)));
  return {
    name,
    header,
    objectType: [...createdTypes.values()].find((t) => t !== "MACRO") === "VIEW" ? "VIEW" : "TABLE",
    file,
    sql,
    creates,
    createdTypes,
    reads: (table) => read.has(table),
    latestBy: header.latestBy,
    incremental: header.incrementalOn ? { on: header.incrementalOn, sql: incrementalSql! } : undefined,
  };
}

/** The tables of the contract's vocabularies (contract-tables.ts): a reference model written by code, not a file. */
const contractModel = () =>
  modelOf(path.join(REPO_ROOT, "etl", "warehouse", "contract-tables.ts"), contractModelFile(), "reference");

/** The model files of the given layers, layer by layer, each after the models it reads. */
export function modelFiles(layers: readonly ModelLayer[] = MODEL_LAYERS): Model[] {
  return layers.flatMap((layer) => {
    const dir = path.join(WAREHOUSE_DIR, layer);
    const models = readdirSync(dir)
      .filter((f) => f.endsWith(".sql")) // beside the SQL: CSV files, descriptions (.yml), notes
      .sort()
      .map((f) => readModel(path.join(dir, f), layer));
    if (layer === "reference") models.unshift(contractModel());
    const ordered: Model[] = [];
    const visiting = new Set<Model>();
    const visit = (model: Model) => {
      if (ordered.includes(model)) return;
      if (visiting.has(model)) throw new Error(`${model.file}: circular dependency between models`);
      visiting.add(model);
      for (const other of models) if (other !== model && other.creates.some(model.reads)) visit(other);
      ordered.push(model);
    };
    models.forEach(visit);
    return ordered;
  });
}
