// The load path's temporary objects: each owner drops what it made, and a load, whether it
// succeeds or fails (while reading, or inside its transaction), leaves none behind.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Landing, TemporaryObjects } from "../etl/load/landing.ts";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, warehousePerTest } from "./helpers/warehouse.ts";

// The models can be made to fail once, inside the load's transaction, after the shadow views are made;
// `seen` then holds the temporary objects that existed at that moment.
const failure = vi.hoisted(() => ({ armed: false, seen: [] as string[] }));
vi.mock("../etl/warehouse/models.ts", async (importOriginal) => {
  const models = await importOriginal<typeof import("../etl/warehouse/models.ts")>();
  return {
    ...models,
    runModels: async (...args: Parameters<typeof models.runModels>) => {
      if (!failure.armed) return models.runModels(...args);
      failure.armed = false;
      const reader = await args[0].runAndReadAll(TEMPORARY_OBJECTS);
      failure.seen = reader.getRows().map(([type, name]) => `${type} ${name}`);
      throw new Error("a model failed (on purpose)");
    },
  };
});

const TEMPORARY_OBJECTS = `
  SELECT 'TABLE' AS type, table_name AS name FROM duckdb_tables() WHERE temporary
  UNION ALL SELECT 'VIEW', view_name FROM duckdb_views() WHERE temporary AND NOT internal
  ORDER BY name`;

const fixture = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const warehouse = warehousePerTest(afterEach);
const temporaryObjects = async (w: Warehouse) => (await rows(w, TEMPORARY_OBJECTS)).map((r) => `${r.type} ${r.name}`);

async function memoryConnection() {
  const instance = await DuckDBInstance.create(":memory:");
  return instance.connect();
}

describe("TemporaryObjects and Landing", () => {
  it("drop what they made, views before the tables they read, and nothing else", async () => {
    const connection = await memoryConnection();
    await connection.run("CREATE TEMP TABLE not_ours (x INTEGER)");
    const landing = new Landing(connection, 3);
    expect(landing.nameOf("landed")).toBe("landing_3");
    expect(landing.nameOf("problems")).toBe("landing_3_problems");
    await landing.create("rows", "TABLE", "AS SELECT 1 AS x");
    await landing.create("landed", "VIEW", "AS SELECT x FROM landing_3_rows");
    await landing.create("typed", "VIEW", "AS SELECT x FROM landing_3");
    expect(landing.typeOf("landed")).toBe("VIEW");
    expect(landing.typeOf("lines")).toBeUndefined();
    expect(landing.names()).toEqual(["landing_3_rows", "landing_3", "landing_3_typed"]);
    await landing.drop();
    expect(landing.names()).toEqual([]);
    const left = (await connection.runAndReadAll(TEMPORARY_OBJECTS)).getRows().map(([, name]) => name);
    expect(left).toEqual(["not_ours"]);
  });

  it("replace an object made as the other type, and drop one object on its own", async () => {
    const connection = await memoryConnection();
    const scratch = new TemporaryObjects(connection);
    await scratch.create("a", "VIEW", "AS SELECT 1 AS x");
    await scratch.create("a", "TABLE", "AS SELECT 2 AS x"); // a view dropped, a table made
    await scratch.create("b", "TABLE", "(y INTEGER)");
    expect(scratch.typeOf("a")).toBe("TABLE");
    expect(scratch.names()).toEqual(["a", "b"]);
    await scratch.dropOne("a");
    expect(scratch.names()).toEqual(["b"]);
    const left = (await connection.runAndReadAll(TEMPORARY_OBJECTS)).getRows().map(([type, name]) => `${type} ${name}`);
    expect(left).toEqual(["TABLE b"]);
  });

  it("never drops a warehouse table that a temporary view of the same name shadowed", async () => {
    const connection = await memoryConnection();
    await connection.run("CREATE TABLE raw_x AS SELECT 1 AS x");
    const shadows = new TemporaryObjects(connection);
    await shadows.create("raw_x", "VIEW", "AS SELECT 2 AS x");
    await shadows.drop();
    await shadows.drop(); // twice: nothing left to drop, the table untouched
    expect(Number((await connection.runAndReadAll("SELECT x FROM raw_x")).getRows()[0][0])).toBe(1);
  });
});

describe("a load leaves no temporary object behind", () => {
  it("when it succeeds, with files landed by DuckDB and in JavaScript", async () => {
    const w = await warehouse();
    const before = await temporaryObjects(w);
    // casualties.csv and incidents.csv take DuckDB's fast path, assistance.jsonl the JavaScript reader.
    const files = [fixture("casualties.csv"), fixture("assistance.jsonl"), fixture("incidents.csv")];
    const results = await loadFiles(w, files);
    expect(results.map((r) => r.loadId)).toEqual([1, 2, 3]);
    expect(await temporaryObjects(w)).toEqual(before);
  });

  it("when a file of the command cannot be read, after another was landed", async () => {
    const w = await warehouse();
    const before = await temporaryObjects(w);
    // Larger than incidents.csv, so read after it (smallest first): incidents.csv is landed by then.
    const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-landing-"));
    const unknown = path.join(dir, "unknown.csv");
    writeFileSync(unknown, `colour,shape\n${"red,round\n".repeat(1000)}`);
    await expect(loadFiles(w, [fixture("incidents.csv"), unknown])).rejects.toThrow(/unknown\.csv/);
    expect(await temporaryObjects(w)).toEqual(before);
    expect(await rows(w, "SELECT count(*) AS n FROM etl_loads")).toEqual([{ n: 0 }]);
  });

  it("when its transaction fails, after the landings, checks and shadow views were made", async () => {
    const w = await warehouse();
    const before = await temporaryObjects(w);
    failure.armed = true;
    await expect(loadFiles(w, [fixture("casualties.csv"), fixture("assistance.jsonl")])).rejects.toThrow(/on purpose/);
    // While the models ran, each file's landing was there, with the objects its check made, and
    // the raw tables loaded to were shadowed; the checks' scratch tables and code lists were gone.
    const made = failure.seen.filter((o) => !before.includes(o));
    expect(made).toEqual(
      expect.arrayContaining([
        "TABLE landing_1_rows", // casualties.csv, landed by DuckDB
        "VIEW landing_1",
        "VIEW landing_1_cleaned",
        "TABLE landing_1_problems",
        "TABLE landing_2", // assistance.jsonl, landed in JavaScript
        "VIEW raw_casualties",
        "VIEW raw_assistance",
      ]),
    );
    expect(made.filter((o) => /field_values|bad_values|suspect_rows|known_/.test(o))).toEqual([]);
    expect(await temporaryObjects(w)).toEqual(before);
    expect(await rows(w, "SELECT count(*) AS n FROM etl_loads")).toEqual([{ n: 0 }]);
  });
});
