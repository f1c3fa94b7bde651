// Writes the researchers' data package: every public table and mart as Parquet
// (zstd), Arrow IPC, CSV and HXL CSV; the large fact tables also as Parquet
// partitioned by year (Hive layout); casualties and incidents per host state and
// per mission; and datapackage.json, CITATION.cff and SHA256SUMS describing them.
// docs/data-package.md describes the layout. The same warehouse always gives the
// same bytes: every query has a total order, DuckDB writes on one thread, and no
// file carries the time it was written.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  citationCff,
  dataPackage,
  release,
  sha256Sums,
  tableSchema,
  type PackagedFile,
  type ResourceFiles,
  type TableSchema,
} from "./data-package.ts";
import {
  defineCsvSafe,
  portableSql,
  queryColumns,
  quoteIdent,
  quoteText,
  writeArrow,
  writeCsv,
  writeHxl,
  writeParquet,
  type QueryColumn,
} from "./formats.ts";
import { HXL_TAGS } from "./hxl.ts";
import { publicQueries } from "./public-queries.ts";
import type { Edition } from "./editions.ts";

export type ExtractFormat = "parquet" | "arrow" | "csv" | "hxl" | "json" | "cff" | "sha256";
/**
 * table: a whole output; partition: one year of it; host-state / mission: a filtered subset;
 * metadata: about the package.
 */
export type ExtractGroup = "table" | "partition" | "host-state" | "mission" | "metadata";

export interface ExtractFile extends PackagedFile {
  /** The output (table or mart) the file holds, or the metadata file's name. */
  name: string;
  format: ExtractFormat;
  group: ExtractGroup;
  /** The year, host state or mission of a partition or subset. */
  key?: string;
  /** Absolute path of the written file. */
  file: string;
  rows: number | null;
}

/** Fact tables also published as Hive-partitioned Parquet, and the partition column. */
const PARTITIONED: Record<string, string> = { casualties: "incident_year", incidents: "incident_year" };
/** Fact tables also published per host state and per mission, and the folder and column of each. */
const SUBSET_TABLES = ["casualties", "incidents"];
const SUBSETS = [
  { group: "host-state", dir: "by-host-state", column: "host_state" },
  { group: "mission", dir: "by-mission", column: "mission" },
] as const;
const SUBSET_FORMATS = ["parquet", "csv"] as const;
export const METADATA_FILES = ["datapackage.json", "CITATION.cff", "SHA256SUMS"];

interface Output {
  name: string;
  description: string;
  sql: string;
  columns: QueryColumn[];
}

interface PlannedFile {
  path: string;
  name: string;
  format: "parquet" | "arrow" | "csv" | "hxl";
  group: ExtractGroup;
  key?: string;
  sql: string;
  columns: QueryColumn[];
}

/** A folder name for a mission acronym or state code: letters, digits, '.', '_' and '-' only. */
const safeDir = (key: string) => key.replace(/[^A-Za-z0-9._-]/g, "_");
const distinct = async (connection: DuckDBConnection, sql: string, column: string) =>
  (
    await connection.runAndReadAll(
      `SELECT DISTINCT ${quoteIdent(column)}::VARCHAR FROM (${sql}) WHERE ${quoteIdent(column)} IS NOT NULL ORDER BY 1`,
    )
  )
    .getRows()
    .map(([value]) => String(value));

async function outputs(connection: DuckDBConnection, edition?: Edition): Promise<Output[]> {
  const result: Output[] = [];
  for (const query of await publicQueries(connection, edition)) {
    const sql = portableSql(query.sql, await queryColumns(connection, query.sql));
    result.push({
      name: query.name,
      description: query.description,
      sql,
      columns: await queryColumns(connection, sql),
    });
  }
  return result;
}

/** Every data file of the package, with the query that fills it; nothing is written. */
async function plan(connection: DuckDBConnection, all: Output[]): Promise<PlannedFile[]> {
  const files: PlannedFile[] = [];
  for (const { name, sql, columns } of all)
    for (const [format, ext] of [
      ["parquet", "parquet"],
      ["arrow", "arrow"],
      ["csv", "csv"],
      ["hxl", "hxl.csv"],
    ] as const)
      files.push({ path: `${name}.${ext}`, name, format, group: "table", sql, columns });

  for (const { name, sql, columns } of all.filter((o) => PARTITIONED[o.name])) {
    const column = PARTITIONED[name];
    // Hive layout: the partition column lives in the folder name, not in the file.
    const rest = columns.filter((c) => c.name !== column);
    const quoted = quoteIdent(column);
    for (const value of await distinct(connection, sql, column))
      files.push({
        path: `${name}/${column}=${value}/data_0.parquet`,
        name,
        format: "parquet",
        group: "partition",
        key: value,
        columns: rest,
        sql: `SELECT * EXCLUDE (${quoted}) FROM (${sql}) WHERE ${quoted} = ${quoteText(value)} ORDER BY ALL`,
      });
  }

  const tables = all.filter((o) => SUBSET_TABLES.includes(o.name));
  for (const { group, dir, column } of SUBSETS) {
    const keys = new Set<string>();
    for (const { sql } of tables) for (const key of await distinct(connection, sql, column)) keys.add(key);
    for (const key of [...keys].sort())
      for (const { name, sql, columns } of tables)
        for (const format of SUBSET_FORMATS)
          files.push({
            path: `${dir}/${safeDir(key)}/${name}.${format}`,
            name,
            format,
            group,
            key,
            columns,
            sql: `SELECT * FROM (${sql}) WHERE ${quoteIdent(column)} = ${quoteText(key)} ORDER BY ALL`,
          });
  }
  return files;
}

/** The package's file paths, as writeExtracts would write them (for the site's dynamic paths). */
export async function packagePaths(connection: DuckDBConnection, edition?: Edition): Promise<string[]> {
  return [...(await plan(connection, await outputs(connection, edition))).map((f) => f.path), ...METADATA_FILES];
}

/** Each output's Table Schema, as datapackage.json has it (for the data dictionary page). */
export async function publicSchemas(
  connection: DuckDBConnection,
  edition?: Edition,
): Promise<{ name: string; description: string; schema: TableSchema }[]> {
  return (await outputs(connection, edition)).map(({ name, description, columns }) => ({
    name,
    description,
    schema: tableSchema(name, columns),
  }));
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Without an edition, the full package (`etl extract`); with one, what that site edition may carry. */
export async function writeExtracts(
  connection: DuckDBConnection,
  outDir: string,
  edition?: Edition,
): Promise<ExtractFile[]> {
  mkdirSync(outDir, { recursive: true });
  const [[threads]] = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows();
  // One thread: the Parquet writer's row groups then never depend on scheduling.
  await connection.run("SET threads = 1");
  try {
    await defineCsvSafe(connection);
    const all = await outputs(connection, edition);
    const written: ExtractFile[] = [];
    for (const planned of await plan(connection, all)) {
      const file = path.join(outDir, planned.path);
      mkdirSync(path.dirname(file), { recursive: true });
      let rows: number;
      if (planned.format === "parquet") rows = await writeParquet(connection, planned.sql, file);
      else if (planned.format === "arrow") rows = await writeArrow(connection, planned.sql, file);
      else if (planned.format === "csv") rows = await writeCsv(connection, planned.sql, planned.columns, file);
      else {
        const csv = written.find((w) => w.path === `${planned.name}.csv`)!; // planned just before
        writeHxl(
          csv.file,
          planned.columns.map((c) => HXL_TAGS[c.name] ?? ""),
          file,
        );
        rows = csv.rows!;
      }
      const { path: relative, name, format, group, key } = planned;
      written.push({
        path: relative,
        name,
        format,
        group,
        key,
        file,
        rows,
        bytes: statSync(file).size,
        sha256: sha256(file),
      });
    }

    const r = await release(connection);
    const resources: ResourceFiles[] = all.map(({ name, description, columns }) => {
      const of = (format: ExtractFormat, group: ExtractGroup = "table") =>
        written.filter((w) => w.name === name && w.format === format && w.group === group);
      const entry = (f: ExtractFile, mediatype: string, extra = {}) => ({
        path: f.path,
        format: f.format === "hxl" ? "csv" : f.format,
        mediatype,
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
        ...extra,
      });
      const parts = of("parquet", "partition");
      return {
        name,
        description,
        columns,
        csv: of("csv")[0],
        alternates: [
          ...of("parquet").map((f) => entry(f, "application/vnd.apache.parquet")),
          ...of("arrow").map((f) => entry(f, "application/vnd.apache.arrow.file")),
          // Table Dialect (v2): row 1 is the header, row 2 the HXL hashtags.
          ...of("hxl").map((f) => entry(f, "text/csv", { dialect: { headerRows: [1], commentRows: [2] } })),
          ...(parts.length
            ? [
                {
                  path: parts.map((f) => f.path),
                  format: "parquet",
                  mediatype: "application/vnd.apache.parquet",
                  partitioning: { style: "hive", fields: [PARTITIONED[name]] },
                  bytes: parts.reduce((sum, f) => sum + f.bytes, 0),
                },
              ]
            : []),
        ],
      };
    });
    const metadata = (name: string, format: ExtractFormat, text: string): ExtractFile => {
      const file = path.join(outDir, name);
      writeFileSync(file, text);
      return {
        path: name,
        name,
        format,
        group: "metadata",
        file,
        rows: null,
        bytes: statSync(file).size,
        sha256: sha256(file),
      };
    };
    written.push(metadata("datapackage.json", "json", JSON.stringify(dataPackage(r, resources), null, 2) + "\n"));
    written.push(metadata("CITATION.cff", "cff", citationCff(r)));
    written.push(metadata("SHA256SUMS", "sha256", sha256Sums(written)));
    return written;
  } finally {
    await connection.run(`SET threads = ${Number(threads)}`);
  }
}
