// After a load, only what it can have changed is rebuilt (etl/warehouse/models.ts).
// That must give exactly the tables a rebuild from scratch gives.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFiles } from "../etl/load/load-files.ts";
import { refreshModels, runModels } from "../etl/warehouse/models.ts";
import { REPO_ROOT, WAREHOUSE_DIR, type Warehouse } from "../etl/warehouse/connection.ts";
import { modelFiles, readModel } from "../etl/warehouse/model-files.ts";
import { parseModelFile, readModelFile } from "../etl/warehouse/model-header.ts";
import { sqlWords } from "../etl/warehouse/sql-words.ts";
import { rows, tempWarehouse, tempWarehousePath } from "./helpers/warehouse.ts";

const hand = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const delta = (file: string) => path.join(REPO_ROOT, "tests/fixtures/delta", file);

/** Every model table as (rows, order-independent hash of its rows). */
async function fingerprint(warehouse: Warehouse): Promise<Record<string, unknown>> {
  const tables = (
    await rows(
      warehouse,
      `SELECT table_name FROM duckdb_tables()
       WHERE regexp_matches(table_name, '^(stg|dim|fct|bridge|mart|audit)_') ORDER BY 1`,
    )
  ).map((r) => String(r.table_name));
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    const [row] = await rows(
      warehouse,
      `SELECT count(*) AS n, coalesce(bit_xor(hash(t)), 0)::VARCHAR AS h FROM ${table} t`,
    );
    result[table] = row;
  }
  return result;
}

/** The fingerprint every model would give if rebuilt from scratch now; the warehouse is left as it was. */
async function rebuiltFingerprint(warehouse: Warehouse): Promise<Record<string, unknown>> {
  await warehouse.connection.run("BEGIN TRANSACTION");
  await runModels(warehouse.connection); // everything, from scratch
  const rebuilt = await fingerprint(warehouse);
  await warehouse.connection.run("ROLLBACK");
  return rebuilt;
}

/** A row in mart_attack_casualties that no build makes: it survives only if the mart is updated in place. */
const addSentinel = (warehouse: Warehouse) =>
  warehouse.connection.run(`INSERT INTO mart_attack_casualties
    VALUES (DATE '1990-01-01', 1990, 'SENTINEL', 'not_attributed', 'not_recorded', 'military', 'BGD', 'killed', 7)`);
const sentinel = (warehouse: Warehouse) =>
  rows(warehouse, "SELECT casualties FROM mart_attack_casualties WHERE mission = 'SENTINEL'");

describe("incremental model runs", () => {
  it("give the same tables as a rebuild from scratch, after updates, additions and appended case events", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(hand));
      await loadFiles(warehouse, [delta("incidents.csv"), delta("casualties.csv"), delta("cases.csv")]);
      const incremental = await fingerprint(warehouse);
      // The delta did change things: I2 is now 3 police killed (its new version names no military), C13
      // became an attack casualty, K5 exists.
      const incident = "SELECT killed_total FROM fct_incidents WHERE incident_id = 'I2'";
      expect(await rows(warehouse, incident)).toEqual([{ killed_total: 3 }]);
      const casualty = "SELECT incident_type FROM fct_casualties WHERE casualty_id = 'C13'";
      expect(await rows(warehouse, casualty)).toEqual([{ incident_type: "malicious_act" }]);
      const events = "SELECT count(*) AS n FROM fct_case_events WHERE case_id = 'K5'";
      expect(await rows(warehouse, events)).toEqual([{ n: 1 }]);

      const rebuilt = await rebuiltFingerprint(warehouse);
      expect(Object.keys(incremental).length).toBeGreaterThan(15);
      expect(incremental).toEqual(rebuilt);
    } finally {
      warehouse.close();
    }
  });

  const inPlace =
    "update mart_attack_casualties in place after a load of casualties alone, to the rows a rebuild gives";
  it(inPlace, async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(hand));
      const group = (month: string, nationality: string, category = "military") =>
        rows(
          warehouse,
          `SELECT host_state, attack_type, outcome, casualties FROM mart_attack_casualties
          WHERE incident_month = DATE '${month}' AND mission = 'MINUSMA' AND nationality = '${nationality}'
            AND personnel_category = '${category}' ORDER BY outcome`,
        );
      // Before: C04 (I2, June 2018, military, SEN, killed) is an attack casualty; C13 (May 2019) was an accident.
      expect(await group("2018-06-01", "SEN")).toEqual([
        { host_state: "MLI", attack_type: "ambush", outcome: "killed", casualties: 1 },
      ]);
      expect(await group("2019-05-01", "BGD")).toEqual([]);
      await addSentinel(warehouse);

      // A newer export: C04 reclassified as an accident, C13 as a malicious act, C21 new.
      const newer = path.join(path.dirname(tempWarehousePath()), "casualties-newer.csv");
      writeFileSync(
        newer,
        [
          "casualty_id,incident_id,incident_date,mission,personnel_category,nationality,outcome,incident_type",
          "C04,I2,2018-06-01,MINUSMA,military,SEN,killed,accident",
          "C13,,2019-05-05,MINUSMA,military,BGD,killed,malicious_act",
          "C21,I2,2018-06-01,MINUSMA,police,SEN,injured,malicious_act",
        ].join("\n") + "\n",
      );
      await loadFiles(warehouse, [newer]);
      expect(await sentinel(warehouse)).toEqual([{ casualties: 7 }]);
      // C04's group fell to zero and went; C13 has no incident, so MINUSMA's host state and 'not_recorded'.
      expect(await group("2018-06-01", "SEN")).toEqual([]);
      expect(await group("2019-05-01", "BGD")).toEqual([
        { host_state: "MLI", attack_type: "not_recorded", outcome: "killed", casualties: 1 },
      ]);
      // C05 (police, killed) was there before; C21 (police, injured) is a group of its own.
      expect(await group("2018-06-01", "SEN", "police")).toEqual([
        { host_state: "MLI", attack_type: "ambush", outcome: "injured", casualties: 1 },
        { host_state: "MLI", attack_type: "ambush", outcome: "killed", casualties: 1 },
      ]);

      // The sentinel also reached the mart made from this one (mart_attack_casualties_by_year): out of both.
      await warehouse.connection.run(`DELETE FROM mart_attack_casualties WHERE mission = 'SENTINEL';
        DELETE FROM mart_attack_casualties_by_year WHERE mission = 'SENTINEL'`);
      expect(await fingerprint(warehouse)).toEqual(await rebuiltFingerprint(warehouse));
    } finally {
      warehouse.close();
    }
  });

  it("rebuild mart_attack_casualties from scratch when incidents changed too", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand));
      await addSentinel(warehouse);
      await loadFiles(warehouse, [delta("incidents.csv"), delta("casualties.csv")]);
      expect(await sentinel(warehouse)).toEqual([]);
    } finally {
      warehouse.close();
    }
  });

  it("rebuild every model when the reference tables changed, even one the load does not touch", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand));
      // As if the reference CSV files had been edited since: their digest no longer matches.
      await warehouse.connection.run("DELETE FROM etl_model_state WHERE model = 'load_reference'");
      await addSentinel(warehouse);
      await loadFiles(warehouse, [hand("assistance.jsonl")]); // reads no casualty
      expect(await sentinel(warehouse)).toEqual([]);
      const [{ n }] = await rows(warehouse, "SELECT count(*) AS n FROM etl_model_state");
      expect(n).toBeGreaterThan(20); // every model's digest written again
    } finally {
      warehouse.close();
    }
  });

  it("rebuild nothing when a load changes nothing", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand));
      const before = await fingerprint(warehouse);
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand)); // already loaded: skipped
      expect(await fingerprint(warehouse)).toEqual(before);
    } finally {
      warehouse.close();
    }
  });

  it("bring a warehouse made by older code up to date before a build: missing models are made again", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(hand));
      const before = await fingerprint(warehouse);
      await warehouse.connection.run(
        "DROP TABLE mart_impunity; DELETE FROM etl_model_state WHERE model = 'mart_assistance'",
      );
      await refreshModels(warehouse.connection);
      expect(await fingerprint(warehouse)).toEqual(before);
    } finally {
      warehouse.close();
    }
  });
});

// The header every SQL file under warehouse/ starts with (warehouse/README.md), parsed in one place.
describe("model files", () => {
  const probe = path.join(WAREHOUSE_DIR, "marts", "mart_probe.sql");
  const parse = (text: string) => parseModelFile(probe, text);

  it("read the directives of the header, a directive going on on indented lines", () => {
    const { header, sql, incrementalSql } = parse(
      [
        "-- @model mart_probe",
        "-- @grain one row per (mission,",
        "--        year).",
        "-- @latest-by casualty_id, load_id",
        "-- @incremental-on stg_casualties",
        "--",
        "-- A note.",
        "CREATE OR REPLACE TABLE mart_probe AS SELECT 1;",
        "-- @incremental",
        "INSERT INTO mart_probe SELECT 2;",
      ].join("\n"),
    );
    expect(header).toEqual({
      model: "mart_probe",
      grain: "one row per (mission, year).",
      latestBy: ["casualty_id", "load_id"],
      incrementalOn: "stg_casualties",
      notes: "A note.",
    });
    expect(sql.trim().split("\n").at(-1)).toBe("CREATE OR REPLACE TABLE mart_probe AS SELECT 1;");
    expect(incrementalSql).toBe("-- @incremental\nINSERT INTO mart_probe SELECT 2;");
  });

  it("refuse a header without a grain, or with an unknown or old-style directive, naming file and line", () => {
    const where = "warehouse/marts/mart_probe.sql";
    // The directives end at the `--` of line 2, where the missing grain belonged.
    expect(() => parse("-- @model mart_probe\n--\n-- Counts.\nSELECT 1")).toThrow(
      `${where}:2: the header states no @grain`,
    );
    expect(() => parse("-- @model mart_probe\n-- @grain one row.\n-- @grian one row\nSELECT 1")).toThrow(
      `${where}:3: unknown directive @grian`,
    );
    expect(() => parse("-- @model mart_probe\n-- @grain one row.\n--\n-- latest-by: casualty_id\nSELECT 1")).toThrow(
      `${where}:4: an old-style directive: write \`-- @latest-by\``,
    );
    expect(() => parse("-- mart_probe grain: one row.\nSELECT 1")).toThrow(`${where}:1: a model file starts with`);
    expect(() => parse("-- @model mart_other\n-- @grain one row.\nSELECT 1")).toThrow(
      `${where}:1: @model must be the file's name`,
    );
    const noIncrementalSql = "-- @model mart_probe\n-- @grain one row.\n-- @incremental-on stg_casualties\nSELECT 1";
    expect(() => parse(noIncrementalSql)).toThrow(
      `${where}:3: @incremental-on needs its SQL after a line \`-- @incremental\``,
    );
    expect(() => parse("-- @model mart_probe\n-- @grain one row.\nSELECT 1;\n-- @grain again\nSELECT 2")).toThrow(
      `${where}:4: a directive outside the header`,
    );
  });

  it("every SQL file under warehouse/ has a valid header", () => {
    const files = readdirSync(WAREHOUSE_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".sql"));
    // 59 when written: 1 reference, 5 staging, 14 core, 19 marts, 5 extracts, 13 editions, 2 setup.
    expect(files.length).toBeGreaterThanOrEqual(59);
    for (const file of files) expect(readModelFile(path.join(WAREHOUSE_DIR, file)).header.grain).not.toBe("");
  });

  it("find dependencies in the SQL, not in its comments or string literals", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "blue-ledger-models-")), "mart_probe.sql");
    writeFileSync(
      file,
      [
        "-- @model mart_probe",
        "-- @grain one row per casualty of fct_incidents.", // the header names a table: no read
        "CREATE OR REPLACE TABLE mart_probe AS",
        "SELECT 'dim_states' AS note, $$stg_requests$$ AS other, \"Fct_Attack_Links\".x /* dim_missions */",
        "FROM fct_casualties -- stg_assistance",
        'JOIN "fct_attack_links" USING (casualty_id);',
      ].join("\n"),
    );
    const model = readModel(file, "marts");
    expect(model.creates).toEqual(["mart_probe"]);
    const candidates = ["fct_incidents", "dim_states", "stg_requests", "dim_missions", "stg_assistance"];
    expect(candidates.filter(model.reads)).toEqual([]);
    const read = ["fct_casualties", "fct_attack_links", "mart_probe"].filter(model.reads);
    expect(read).toEqual(["fct_casualties", "fct_attack_links"]); // what it creates is no read
    const words = sqlWords("SELECT 'it''s fct_x' AS a, \"b\"\"c\" FROM t WHERE x = $state");
    expect(words).toEqual(["select", "as", "a", 'b"c', "from", "t", "where", "x"]);
  });

  it("order each layer by what its models read, whatever their file names", () => {
    const core = modelFiles(["core"]).map((m) => m.name);
    // fct_incident_accountability reads fct_inferred_incidents, which reads fct_casualties, which reads
    // fct_attack_links and dim_missions: each comes after what it reads, though 'fct_a…' sorts before 'fct_i…'.
    const before = (a: string, b: string) => expect(core.indexOf(a)).toBeLessThan(core.indexOf(b));
    before("fct_attack_links", "fct_casualties");
    before("dim_missions", "fct_casualties");
    before("fct_casualties", "fct_inferred_incidents");
    before("fct_inferred_incidents", "fct_incident_accountability");
    // CSV files, README.md and any description beside the SQL are no models; the contract's tables are one,
    // written by etl/warehouse/contract-tables.ts.
    expect(modelFiles(["reference"]).map((m) => m.name)).toEqual(["load_contract", "load_reference"]);
  });

  it("resolve mission aliases with the reference macro, keeping every other column in place", async () => {
    const warehouse = await tempWarehouse();
    try {
      await refreshModels(warehouse.connection);
      await warehouse.connection.run(`CREATE TEMP TABLE probe AS
        SELECT * FROM (VALUES (1, 'OSE-Syria', 'a'), (2, 'MINUSMA', 'b'), (3, NULL, 'c')) v(n, mission, x)`);
      // mission-aliases.csv: OSE-Syria is another spelling of OSESyria; MINUSMA is an acronym already.
      expect(await rows(warehouse, "SELECT * FROM with_mission_acronyms(probe) ORDER BY n")).toEqual([
        { n: 1, mission: "OSESyria", x: "a" },
        { n: 2, mission: "MINUSMA", x: "b" },
        { n: 3, mission: null, x: "c" },
      ]);
    } finally {
      warehouse.close();
    }
  });
});
