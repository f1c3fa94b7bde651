// The self-describing parts of the package: a Frictionless Tabular Data Package
// (datapackage.json) whose Table Schemas come from the zod contract and the file beside
// each model's SQL (etl/contract/output-files.ts), a CITATION.cff and a SHA256SUMS file.
// Nothing here reads the clock: `created` is the data cutoff, so the same
// warehouse always gives the same bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { t } from "../messages.ts";
import { outputField, publicOutputs } from "../contract/output-files.ts";
import { REPO_ROOT } from "../warehouse/connection.ts";
import { fieldTypeOf, type QueryColumn } from "./formats.ts";
import { HXL_TAGS } from "./hxl.ts";
import { attribution, DATASET_OF_SOURCE } from "../sources/terms.ts";

/** The licence the package is published under: a decision for the data owner, made here once. */
export const LICENCE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
};

/** One loaded file as the package's metadata lists it (etl_loads). */
export interface LoadedSource {
  kind: string;
  source: string;
  file_name: string;
  file_sha256: string;
  file_bytes: number;
  rows_loaded: number;
  accessed_on: string | null;
}

export interface TableField {
  name: string;
  type: string;
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
  /** HXL hashtag of the column in the *.hxl.csv file (a custom property). */
  hxl?: string;
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  missingValues: string[];
}

// Table Schema patterns are implicitly anchored XML Schema regexes: no ^ or $, no \/.
const xsdPattern = (pattern: string) => pattern.replace(/^\^/, "").replace(/\$$/, "").replaceAll("\\/", "/");

/** The Table Schema of one output, column by column in the order the files have them. */
export function tableSchema(name: string, columns: QueryColumn[]): TableSchema {
  const fields = columns.map(({ name: column, type }): TableField => {
    const field = outputField(name, column);
    const constraints = {
      ...(field?.required ? { required: true } : {}),
      ...(field?.enum ? { enum: field.enum } : {}),
      ...(field?.pattern ? { pattern: xsdPattern(field.pattern) } : {}),
    };
    return {
      name: column,
      type: field?.type ?? fieldTypeOf(type),
      description: field?.description ?? "",
      ...(Object.keys(constraints).length ? { constraints } : {}),
      ...(HXL_TAGS[column] ? { hxl: HXL_TAGS[column] } : {}),
    };
  });
  const definition = publicOutputs()[name];
  // A site edition may publish a mart with fewer columns (etl/extract/editions.ts): keys name only those it has.
  const has = (field: string) => columns.some((c) => c.name === field);
  const foreignKeys = definition?.foreignKeys?.filter((fk) => has(fk.fields));
  return {
    fields,
    ...(definition ? { primaryKey: definition.primaryKey.filter(has) } : {}),
    ...(foreignKeys?.length ? { foreignKeys } : {}),
    missingValues: [""],
  };
}

export interface Release {
  version: string;
  /** The data cutoff, YYYY-MM-DD. */
  cutoff: string;
  isSample: boolean;
  sources: LoadedSource[];
}

export async function release(connection: DuckDBConnection): Promise<Release> {
  const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8"));
  const [[cutoff]] = (await connection.runAndReadAll("SELECT as_of_date::VARCHAR FROM dim_data_cutoff")).getRows();
  // Only what identifies a loaded file: load times are wall-clock and would make every run differ.
  const sources = (
    await connection.runAndReadAll(
      `SELECT kind, source, file_name, file_sha256, file_bytes::INTEGER AS file_bytes,
              rows_loaded::INTEGER AS rows_loaded, accessed_on::VARCHAR AS accessed_on
       FROM etl_loads ORDER BY load_id`,
    )
  ).getRowObjectsJson() as unknown as Release["sources"];
  return { version, cutoff: String(cutoff), isSample: sources.some((s) => s.source === "sample"), sources };
}

export interface PackagedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface ResourceFiles {
  name: string;
  description: string;
  columns: QueryColumn[];
  csv: PackagedFile;
  /** The same rows in the other formats (Parquet, Arrow, HXL CSV, Hive partitions), as custom resource properties. */
  alternates: object[];
}

const titleOf = (r: Release) =>
  t("extracts.package.title") + (r.isSample ? ` (${t("extracts.package.sampleTag")})` : "");

export function dataPackage(r: Release, resources: ResourceFiles[]): object {
  return {
    profile: "tabular-data-package",
    name: "blue-ledger",
    title: titleOf(r),
    description: [t("extracts.package.description"), r.isSample ? t("extracts.package.sampleNote") : ""]
      .filter(Boolean)
      .join(" "),
    version: r.version,
    created: `${r.cutoff}T00:00:00Z`,
    licenses: [LICENCE],
    sources: r.sources.map((s) => ({
      // A source whose terms ask for attribution (ACLED: its name and the date accessed) is named so.
      title: [
        DATASET_OF_SOURCE[s.source] && attribution(DATASET_OF_SOURCE[s.source], s.accessed_on),
        `${s.file_name} (${s.kind}, ${s.source})`,
      ]
        .filter(Boolean)
        .join(": "),
      path: s.file_name,
      hash: `sha256:${s.file_sha256}`,
      bytes: s.file_bytes,
      rows: s.rows_loaded,
    })),
    keywords: ["peacekeeping", "United Nations", "Security Council resolution 2589", "accountability", "HXL"],
    resources: resources.map((res) => ({
      profile: "tabular-data-resource",
      name: res.name,
      description: res.description,
      path: res.csv.path,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: res.csv.bytes,
      hash: `sha256:${res.csv.sha256}`,
      schema: tableSchema(res.name, res.columns),
      alternates: res.alternates,
    })),
  };
}

/** CITATION.cff (Citation File Format 1.2.0); strings JSON-quoted, which YAML reads as they are. */
export function citationCff(r: Release): string {
  const q = JSON.stringify;
  return [
    "cff-version: 1.2.0",
    `message: ${q(t("extracts.citation.message"))}`,
    "type: dataset",
    `title: ${q(titleOf(r))}`,
    `abstract: ${q(t("extracts.package.description"))}`,
    "authors:",
    `  - name: ${q(t("extracts.citation.author"))}`,
    `version: ${q(r.version)}`,
    `date-released: ${q(r.cutoff)}`,
    `license: ${LICENCE.name}`,
    "keywords:",
    ...["peacekeeping", "United Nations", "accountability"].map((k) => `  - ${q(k)}`),
    "",
  ].join("\n");
}

/** `sha256sum -c SHA256SUMS` checks every file of the package. */
export const sha256Sums = (files: PackagedFile[]) =>
  [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join("");
