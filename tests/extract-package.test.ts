// The researchers' data package (etl/extract), read back with other people's
// readers: Parquet with hyparquet, Arrow with apache-arrow, CSV with csv-parse,
// the Hive partitions and the constraints of datapackage.json with DuckDB, the
// checksums with sha256sum. Built from the hand fixture (fast), and once from the
// sample warehouse for sizes and the site archive.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { DataType, tableFromIPC, type Table } from "apache-arrow";
import { parse } from "csv-parse/sync";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import JSZip from "jszip";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { publicQueries } from "../etl/extract/public-queries.ts";
import { packagePaths, publicSchemas, writeExtracts, type ExtractFile } from "../etl/extract/write-extracts.ts";
import { defineCsvSafe, queryColumns, writeCsv } from "../etl/extract/formats.ts";
import { HXL_TAGS } from "../etl/extract/hxl.ts";
import { allColumns } from "../etl/contract/columns.ts";
import { tempWarehouse } from "./helpers/warehouse.ts";

const HAND_FILES = [
  ...["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map((f) =>
    path.join(REPO_ROOT, "tests/fixtures/hand", f),
  ),
  // ACLED's attacks (issue 14): only their aggregates may be in the package, never a row (see the test below).
  path.join(REPO_ROOT, "tests/fixtures/acled/acled-2020.csv"),
  // A public case event and a request, so that every mart has rows to compare (README there).
  ...["cases.csv", "requests.csv"].map((f) => path.join(REPO_ROOT, "tests/fixtures/extract-extra", f)),
];
const SAMPLE = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb");

interface Field {
  name: string;
  type: string;
  description: string;
  hxl?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  hash: string;
  bytes: number;
  schema: {
    fields: Field[];
    primaryKey?: string[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}
interface DataPackage {
  profile: string;
  version: string;
  created: string;
  sources: { path: string; hash: string }[];
  resources: Resource[];
}

const tempDir = () => mkdtempSync(path.join(tmpdir(), "blue-ledger-package-"));
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const arrayBuffer = (file: string) => {
  const bytes = readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

/** One value as plain JSON, whichever reader produced it: dates as YYYY-MM-DD, integers as numbers. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return String(value); // DuckDB DATE values print as YYYY-MM-DD
  return value;
}
const plainRow = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)]));

async function warehouseRows(connection: DuckDBConnection, sql: string) {
  return (await connection.runAndReadAll(sql)).getRowObjects().map(plainRow);
}

function arrowRows(table: Table) {
  const dates = new Set(table.schema.fields.filter((f) => DataType.isDate(f.type)).map((f) => f.name));
  return [...table].map((row) =>
    Object.fromEntries(
      Object.entries(row!.toJSON()).map(([k, v]) => [
        k,
        dates.has(k) && typeof v === "number" ? plain(new Date(v)) : plain(v),
      ]),
    ),
  );
}

/** The CSV rule, written again here so the SQL macro is checked against an independent reading of it. */
const csvSafe = (s: string) =>
  /^[=+\-@\t\r]/.test(s) && !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s) ? `'${s}` : s;

/** CSV cells back to typed values, by the types datapackage.json declares. */
function csvRows(text: string, fields: Field[]) {
  const records: Record<string, string>[] = parse(text, { columns: true });
  const types = new Map(fields.map((f) => [f.name, f.type]));
  return records.map((record) =>
    Object.fromEntries(
      Object.entries(record).map(([k, cell]) => {
        if (cell === "") return [k, null];
        const type = types.get(k);
        return [
          k,
          type === "integer" || type === "number" ? Number(cell) : type === "boolean" ? cell === "true" : cell,
        ];
      }),
    ),
  );
}

/** The Table Schema type a reader's column type stands for. */
function parquetFieldTypes(file: string): [string, string][] {
  const { schema } = parquetMetadata(arrayBuffer(file));
  return schema.slice(1).map((e) => {
    const isDate = e.converted_type === "DATE" || e.logical_type?.type === "DATE";
    const type =
      e.type === "BOOLEAN"
        ? "boolean"
        : isDate
          ? "date"
          : e.type === "INT32" || e.type === "INT64"
            ? "integer"
            : e.type === "DOUBLE" || e.type === "FLOAT"
              ? "number"
              : e.type === "BYTE_ARRAY" && (e.converted_type === "UTF8" || e.logical_type?.type === "STRING")
                ? "string"
                : `unmapped ${e.type}`;
    return [e.name, type];
  });
}
function arrowFieldTypes(table: Table): [string, string][] {
  return table.schema.fields.map((f) => [
    f.name,
    DataType.isBool(f.type)
      ? "boolean"
      : DataType.isDate(f.type)
        ? "date"
        : DataType.isInt(f.type)
          ? "integer"
          : DataType.isFloat(f.type)
            ? "number"
            : DataType.isUtf8(f.type)
              ? "string"
              : `unmapped ${f.type}`,
  ]);
}

/** A Frictionless-style validation of the published Parquet files, in DuckDB: constraints and keys hold. */
async function constraintViolations(dir: string, datapackage: DataPackage): Promise<string[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const db = await instance.connect();
  const file = (name: string) => `'${path.join(dir, `${name}.parquet`)}'`;
  const count = async (sql: string) => Number((await db.runAndReadAll(sql)).getRows()[0][0]);
  const problems: string[] = [];
  for (const { name, schema } of datapackage.resources) {
    for (const { name: column, constraints: c } of schema.fields) {
      const col = `"${column}"`;
      if (c?.required && (await count(`SELECT count(*) FROM ${file(name)} WHERE ${col} IS NULL`)))
        problems.push(`${name}.${column}: empty though required`);
      if (
        c?.enum &&
        (await count(
          `SELECT count(*) FROM ${file(name)} WHERE ${col} NOT IN (${c.enum.map((v) => `'${v}'`).join(", ")})`,
        ))
      )
        problems.push(`${name}.${column}: a value outside its enum`);
      if (
        c?.pattern &&
        (await count(`SELECT count(*) FROM ${file(name)} WHERE NOT regexp_full_match(${col}::VARCHAR, '${c.pattern}')`))
      )
        problems.push(`${name}.${column}: a value not matching ${c.pattern}`);
    }
    if (!schema.primaryKey?.length) {
      problems.push(`${name}: no primary key declared in its .yml beside the SQL`);
      continue;
    }
    const key = schema.primaryKey.map((k) => `"${k}"`).join(", ");
    if (await count(`SELECT count(*) FROM (SELECT ${key} FROM ${file(name)} GROUP BY ALL HAVING count(*) > 1)`))
      problems.push(`${name}: primary key (${key}) not unique`);
    if (
      await count(
        `SELECT count(*) FROM ${file(name)} WHERE ${schema.primaryKey.map((k) => `"${k}" IS NULL`).join(" OR ")}`,
      )
    )
      problems.push(`${name}: empty primary key column`);
    for (const fk of schema.foreignKeys ?? [])
      if (
        await count(`SELECT count(*) FROM ${file(name)} WHERE "${fk.fields}" IS NOT NULL
          AND "${fk.fields}" NOT IN (SELECT "${fk.reference.fields}" FROM ${file(fk.reference.resource)})`)
      )
        problems.push(`${name}.${fk.fields}: a value missing from ${fk.reference.resource}.${fk.reference.fields}`);
  }
  db.closeSync();
  instance.closeSync();
  return problems;
}

let warehouse: Warehouse;
let dir: string;
let files: ExtractFile[];
let datapackage: DataPackage;

beforeAll(async () => {
  warehouse = await tempWarehouse();
  await loadFiles(warehouse, HAND_FILES);
  dir = tempDir();
  files = await writeExtracts(warehouse.connection, dir);
  datapackage = readJson(path.join(dir, "datapackage.json"));
});
afterAll(() => warehouse?.close());

describe("the data package on the hand fixture", () => {
  it(
    "holds every public table and mart in four formats, " +
      "and casualties and incidents by year, host state and mission",
    async () => {
      const names = (await publicQueries(warehouse.connection)).map((q) => q.name);
      expect(datapackage.resources.map((r) => r.name)).toEqual(names);
      for (const name of names)
        for (const ext of ["parquet", "arrow", "csv", "hxl.csv"])
          expect(existsSync(path.join(dir, `${name}.${ext}`)), `${name}.${ext}`).toBe(true);
      const paths = files.map((f) => f.path);
      // Fixture: MLI attacks in 2015, 2018, 2023 and CAF ones in 2016 and 2022; casualties without an attack in 2019.
      expect(paths.filter((p) => p.startsWith("incidents/"))).toEqual(
        [2015, 2016, 2018, 2022, 2023].map((y) => `incidents/incident_year=${y}/data_0.parquet`),
      );
      expect(paths.filter((p) => p.startsWith("by-host-state/"))).toEqual(
        ["CAF", "MLI"].flatMap((s) =>
          ["casualties", "incidents"].flatMap((t) => [
            `by-host-state/${s}/${t}.parquet`,
            `by-host-state/${s}/${t}.csv`,
          ]),
        ),
      );
      expect(paths).toContain("by-mission/MINUSMA/casualties.csv");
      expect(paths.slice(-3)).toEqual(["datapackage.json", "CITATION.cff", "SHA256SUMS"]);
      expect(paths.some((p) => /(^|\/)case/.test(p))).toBe(false); // case-level events are never published
    },
  );

  it("describes and HXL-tags every published column (a new column without a description fails here)", () => {
    const undescribed = datapackage.resources.flatMap((r) =>
      r.schema.fields.filter((f) => !f.description).map((f) => `${r.name}.${f.name}`),
    );
    expect(undescribed).toEqual([]);
    const untagged = datapackage.resources.flatMap((r) =>
      r.schema.fields.filter((f) => !f.hxl).map((f) => `${r.name}.${f.name}`),
    );
    expect(untagged).toEqual([]);
    for (const tag of Object.values(HXL_TAGS)) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    // Every attribute is explained in docs/hxl.md.
    const documented = readFileSync(path.join(REPO_ROOT, "docs/hxl.md"), "utf8");
    const attributes = new Set(Object.values(HXL_TAGS).flatMap((tag) => tag.split("+").slice(1)));
    expect([...attributes].filter((a) => !documented.includes(`\`+${a}\``))).toEqual([]);
  });

  it("never publishes a restricted field", () => {
    const restricted = new Set(
      allColumns().flatMap(({ columns }) => columns.filter((c) => c.restricted).map((c) => c.name)),
    );
    const published = datapackage.resources.flatMap((r) => r.schema.fields.map((f) => f.name));
    expect(published.filter((name) => restricted.has(name))).toEqual([]);
  });

  it("takes contract fields from the contract, derived ones from the .yml beside the SQL", () => {
    const casualties = datapackage.resources.find((r) => r.name === "casualties")!.schema;
    const field = (name: string) => casualties.fields.find((f) => f.name === name)!;
    expect(field("outcome")).toMatchObject({
      type: "string",
      description: "Whether the person was killed or injured.",
      constraints: { required: true, enum: ["killed", "injured"] },
    });
    expect(field("incident_id").constraints?.required).toBeUndefined(); // optional in the contract
    expect(field("host_state")).toMatchObject({
      type: "string",
      hxl: "#country+code+host",
      constraints: { pattern: "[A-Z]{3}" },
    });
    expect(field("incident_year").type).toBe("integer");
    expect(casualties.primaryKey).toEqual(["casualty_id"]);
    expect(casualties.foreignKeys).toEqual(
      expect.arrayContaining([
        { fields: "mission", reference: { resource: "missions", fields: "mission_acronym" } },
        { fields: "nationality", reference: { resource: "states", fields: "iso3" } },
        { fields: "host_state", reference: { resource: "states", fields: "iso3" } },
      ]),
    );
  });

  it("declares the types the Parquet and Arrow files really have, column by column", () => {
    for (const { name, schema } of datapackage.resources) {
      const declared = schema.fields.map((f) => [f.name, f.type]);
      expect(parquetFieldTypes(path.join(dir, `${name}.parquet`)), `${name}.parquet`).toEqual(declared);
      expect(arrowFieldTypes(tableFromIPC(readFileSync(path.join(dir, `${name}.arrow`)))), `${name}.arrow`).toEqual(
        declared,
      );
    }
  });

  it("equals the warehouse row by row in Parquet (hyparquet), Arrow (apache-arrow), CSV and HXL CSV", async () => {
    for (const { name, sql } of await publicQueries(warehouse.connection)) {
      const expected = await warehouseRows(warehouse.connection, sql);
      expect(expected.length, name).toBeGreaterThan(0);
      const parquet = await parquetReadObjects({ file: arrayBuffer(path.join(dir, `${name}.parquet`)), compressors });
      expect(parquet.map(plainRow), `${name}.parquet`).toEqual(expected);
      expect(arrowRows(tableFromIPC(readFileSync(path.join(dir, `${name}.arrow`)))), `${name}.arrow`).toEqual(expected);
      const fields = datapackage.resources.find((r) => r.name === name)!.schema.fields;
      const safe = expected.map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "string" ? csvSafe(v) : v])),
      );
      const csv = readFileSync(path.join(dir, `${name}.csv`), "utf8");
      expect(csvRows(csv, fields), `${name}.csv`).toEqual(safe);
      const [header, tags, ...rest] = readFileSync(path.join(dir, `${name}.hxl.csv`), "utf8").split("\n");
      expect(tags.split(","), `${name}.hxl.csv`).toEqual(fields.map((f) => f.hxl));
      expect([header, ...rest].join("\n")).toBe(csv);
    }
  });

  // The warehouse's rows an extract may hold: every casualty, and the incidents whose source's terms allow their rows
  // (not ACLED's).
  const PUBLISHABLE = {
    casualties: "fct_casualties",
    incidents: "(SELECT * FROM fct_incidents WHERE source_dataset IS NULL)",
  };

  it("reads back the Hive partitions as one dataset with DuckDB, equal to the whole table", async () => {
    for (const name of ["casualties", "incidents"] as const) {
      const hive = `read_parquet('${dir}/${name}/**/*.parquet', hive_partitioning = true)`;
      const whole = `'${dir}/${name}.parquet'`;
      const [counts] = await warehouseRows(
        warehouse.connection,
        `SELECT (SELECT count(*) FROM ${hive}) AS hive, (SELECT count(*) FROM ${whole}) AS whole,
           (SELECT count(*) FROM ${PUBLISHABLE[name]}) AS warehouse`,
      );
      expect(counts.hive, name).toBe(counts.warehouse);
      expect(counts.whole, name).toBe(counts.warehouse);
      const [{ differ }] = await warehouseRows(
        warehouse.connection,
        `SELECT count(*) AS differ
         FROM (SELECT * FROM ${hive} EXCEPT ALL SELECT * EXCLUDE (incident_year), incident_year FROM ${whole})`,
      );
      expect(differ, name).toBe(0);
    }
  });

  it("filters casualties and incidents per host state and per mission", async () => {
    for (const f of files.filter((f) => f.group === "host-state" || f.group === "mission")) {
      const column = f.group === "host-state" ? "host_state" : "mission";
      const table = PUBLISHABLE[f.name as keyof typeof PUBLISHABLE];
      const [{ n }] = await warehouseRows(
        warehouse.connection,
        `SELECT count(*) AS n FROM ${table} WHERE ${column} = '${f.key}'`,
      );
      expect(f.rows, f.path).toBe(n);
      const rows: Record<string, unknown>[] =
        f.format === "parquet"
          ? await parquetReadObjects({ file: arrayBuffer(f.file), compressors })
          : parse(readFileSync(f.file), { columns: true });
      expect(rows.length, f.path).toBe(n);
      expect(new Set(rows.map((r) => r[column])), f.path).toEqual(new Set(n ? [f.key] : []));
    }
  });

  it("lists every file, with its sha256, in SHA256SUMS, which sha256sum -c accepts", () => {
    const sums = readFileSync(path.join(dir, "SHA256SUMS"), "utf8");
    expect(sums.trim().split("\n").length).toBe(files.length - 1); // all but itself
    for (const f of files.filter((f) => f.path !== "SHA256SUMS"))
      expect(sums).toContain(`${createHash("sha256").update(readFileSync(f.file)).digest("hex")}  ${f.path}\n`);
    const check = spawnSync("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: dir, encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
    expect(check.status).toBe(0);
  });

  it(
    "carries release metadata: version, data cutoff (not the clock), " + "sources with their sha256, licence, citation",
    async () => {
      expect(datapackage.profile).toBe("tabular-data-package");
      expect(datapackage.version).toBe(readJson(path.join(REPO_ROOT, "package.json")).version);
      expect(datapackage.created).toBe("2024-12-31T00:00:00Z"); // the fixture's cutoff (assistance A3)
      const loads = await warehouseRows(
        warehouse.connection,
        "SELECT file_name, file_sha256 FROM etl_loads ORDER BY load_id",
      );
      expect(datapackage.sources.map((s) => [s.path, s.hash])).toEqual(
        loads.map((l) => [l.file_name, `sha256:${l.file_sha256}`]),
      );
      for (const r of datapackage.resources)
        expect(r.hash, r.name).toBe(
          `sha256:${createHash("sha256")
            .update(readFileSync(path.join(dir, r.path)))
            .digest("hex")}`,
        );
      const citation = readFileSync(path.join(dir, "CITATION.cff"), "utf8");
      expect(citation).toMatch(/^cff-version: 1\.2\.0$/m);
      expect(citation).toMatch(/^date-released: "2024-12-31"$/m);
      expect(citation).toMatch(/^license: CC-BY-4\.0$/m);
    },
  );

  it("is valid against its own constraints: required, enums, patterns, primary and foreign keys", async () => {
    expect(await constraintViolations(dir, datapackage)).toEqual([]);
  });

  it("holds no ACLED row: no event id, actor, note, place or coordinate of the ACLED fixture in any file", () => {
    // The canaries of tests/fixtures/acled (README there); the full package is what `etl extract` gives the data owner.
    const canaries = [
      "MLI7700",
      "CANARY-ACTOR-ACLED",
      "CANARY-NOTE-ACLED",
      "CANARY-LOCATION-ACLED",
      "CANARY-SOURCE-ACLED",
      "15.123457",
      "-2.765431",
      "Douentza",
    ];
    // Parquet pages are compressed, so the text files are read: the test above shows every format holds the same rows.
    const found = files
      .filter((f) => f.format !== "parquet")
      .flatMap((f) => {
        const text = readFileSync(f.file, "utf8");
        return canaries.filter((c) => text.includes(c)).map((c) => `${f.path}: ${c}`);
      });
    expect(found).toEqual([]);
    // Its aggregates are there, with the date accessed for the attribution.
    expect(files.some((f) => f.path === "mart_acled_attacks.csv")).toBe(true);
  });

  it("gives the data dictionary page the same schemas as datapackage.json", async () => {
    const schemas = await publicSchemas(warehouse.connection);
    expect(schemas.map((s) => s.schema)).toEqual(datapackage.resources.map((r) => r.schema));
  });

  it("writes the same bytes twice, and from another warehouse loaded from the same files", async () => {
    const again = tempDir();
    await writeExtracts(warehouse.connection, again);
    const sums = readFileSync(path.join(dir, "SHA256SUMS"), "utf8");
    expect(readFileSync(path.join(again, "SHA256SUMS"), "utf8")).toBe(sums);
    const other = await tempWarehouse();
    try {
      await loadFiles(other, HAND_FILES);
      const third = tempDir();
      await writeExtracts(other.connection, third);
      expect(readFileSync(path.join(third, "SHA256SUMS"), "utf8")).toBe(sums);
    } finally {
      other.close();
    }
  });
});

describe("CSV cells a spreadsheet could run", () => {
  it("get an apostrophe in text columns; numbers, in number or text columns, stay as they are", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const db = await instance.connect();
    await defineCsvSafe(db);
    const sql = `SELECT '=HYPERLINK("http://x")' AS a, '+41 22 917 1234' AS b, '-1+2' AS c, '@SUM(A1)' AS d, '-' AS e,
      '-3.5' AS f, '+1' AS g, '2e-3' AS h, 'plain' AS i, -3.5::DOUBLE AS j, -7 AS k, chr(9) || 'tab' AS l`;
    const file = path.join(tempDir(), "cells.csv");
    await writeCsv(db, sql, await queryColumns(db, sql), file);
    const [row]: Record<string, string>[] = parse(readFileSync(file), { columns: true });
    expect(row).toEqual({
      a: `'=HYPERLINK("http://x")`,
      b: "'+41 22 917 1234",
      c: "'-1+2",
      d: "'@SUM(A1)",
      e: "'-",
      f: "-3.5",
      g: "+1",
      h: "2e-3",
      i: "plain",
      j: "-3.5",
      k: "-7",
      l: "'\ttab",
    });
    for (const value of Object.values(row)) expect(csvSafe(value.replace(/^'/, ""))).toBe(value);
    db.closeSync();
    instance.closeSync();
  });
});

describe("the data package of the sample warehouse", () => {
  let sample: Warehouse;
  let sampleDir: string;
  let sampleFiles: ExtractFile[];
  beforeAll(async () => {
    sample = await openWarehouse(SAMPLE, { mustExist: true, readOnly: true });
    sampleDir = tempDir();
    sampleFiles = await writeExtracts(sample.connection, sampleDir);
  });
  afterAll(() => sample?.close());

  it("stays small: Parquet far smaller than CSV, the whole package a few MB", () => {
    const size = (p: string) => sampleFiles.find((f) => f.path === p)!.bytes;
    expect(size("casualties.parquet")).toBeLessThan(size("casualties.csv") / 5);
    const total = sampleFiles.reduce((sum, f) => sum + f.bytes, 0);
    console.log(`sample package: ${sampleFiles.length} files, ${(total / 1e6).toFixed(1)} MB`);
    expect(total).toBeLessThan(20e6);
  });

  it("is valid against its own constraints", async () => {
    expect(await constraintViolations(sampleDir, readJson(path.join(sampleDir, "datapackage.json")))).toEqual([]);
  });

  it("writes the site editions' packages valid against their own constraints too (docs/editions.md)", async () => {
    for (const edition of [{ audience: "public" }, { audience: "state", state: "MLI" }] as const) {
      const dir = tempDir();
      await writeExtracts(sample.connection, dir, edition);
      expect(await constraintViolations(dir, readJson(path.join(dir, "datapackage.json"))), edition.audience).toEqual(
        [],
      );
    }
  }, 60_000);

  it(
    "makes a site archive that is byte-identical run after run, " + "with a light index for the Downloads page",
    async () => {
      const run = () => {
        const result = spawnSync(path.join(REPO_ROOT, "node_modules/.bin/tsx"), ["src/data/extracts.zip.ts"], {
          cwd: REPO_ROOT,
          env: { ...process.env, BLUE_LEDGER_WAREHOUSE: SAMPLE },
          maxBuffer: 1e9,
        });
        expect(result.status, String(result.stderr)).toBe(0);
        return result.stdout;
      };
      const first = run();
      expect(createHash("sha256").update(run()).digest("hex")).toBe(createHash("sha256").update(first).digest("hex"));
      const zip = await JSZip.loadAsync(first);
      const index = JSON.parse(await zip.file("index.json")!.async("string"));
      // The loader builds the public edition's package by default: no row-level tables (docs/editions.md).
      const expected = await packagePaths(sample.connection, { audience: "public" });
      expect(index.files.map((f: { path: string }) => f.path)).toEqual(expected);
      expect(Object.keys(zip.files).sort()).toEqual([...expected, "index.json"].sort());
      expect(expected.some((p) => /^(casualties|incidents|assistance)\b/.test(p))).toBe(false);
      const gzipped = gzipSync(JSON.stringify(index)).length;
      console.log(`index.json: ${JSON.stringify(index).length} bytes, ${gzipped} gzipped`);
      expect(gzipped).toBeLessThan(50_000);
    },
    120_000,
  );
});
