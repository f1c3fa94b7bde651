// The whole path on the embedded sample: generator → ETL → warehouse → site and
// extracts. What the dashboards draw must equal a direct query of the warehouse's
// core tables (not the marts the loaders read), and the extracts must equal both.
import { readdirSync, readFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { csvParse } from "d3";
import { parse } from "csv-parse/sync";
import { tableFromIPC } from "apache-arrow";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWarehouse, REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { writeExtracts } from "../etl/extract/write-extracts.ts";
import { rows } from "./helpers/warehouse.ts";

const WAREHOUSE = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb");
// The public edition.
const EDITION = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_SITE ?? "test-results/site/public");
// Its data files are the same in every language (the loaders run once): read the English build's.
const DIST = path.join(EDITION, "en");
const SAMPLE_DIR = path.join(REPO_ROOT, "warehouse/sample/seed-2589-scale-1");

/** A data file as the built site serves it (Framework adds a content hash to the name). */
function siteFile(name: string): string {
  const dir = path.join(DIST, "_file", "data", path.dirname(name));
  const [stem, ext] = [path.basename(name, path.extname(name)), path.extname(name)];
  const match = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(ext) && f.split(".").length === 3);
  if (!match) throw new Error(`${name} is not in the built site (${dir})`);
  return readFileSync(path.join(dir, match), "utf8");
}
const siteCsv = (name: string) => csvParse(siteFile(name));
const siteJson = (name: string) => JSON.parse(siteFile(name));
const sampleCsv = (kind: string): Record<string, string>[] =>
  parse(readFileSync(path.join(SAMPLE_DIR, `${kind}.csv`)), { columns: true });

let warehouse: Warehouse;
beforeAll(async () => {
  warehouse = await openWarehouse(WAREHOUSE, { mustExist: true, readOnly: true });
});
afterAll(() => warehouse?.close());

describe("the sample warehouse", () => {
  it("holds every row of the generated files, marked as sample data", async () => {
    const loads = await rows(
      warehouse,
      "SELECT kind, source, rows_in, rows_loaded, rows_rejected FROM etl_loads ORDER BY load_id",
    );
    for (const load of loads) {
      expect(load.source).toBe("sample");
      expect(load.rows_in).toBe(sampleCsv(String(load.kind)).length);
      expect(load.rows_rejected).toBe(0);
    }
    expect(loads.map((l) => l.kind)).toEqual(["incidents", "casualties", "cases", "assistance", "requests"]);
    expect(siteJson("meta.json").isSample).toBe(true);
  });
});

describe("what the dashboards draw equals the warehouse", () => {
  it("Overview: attacks, and people killed and injured in attacks", async () => {
    const overview = siteJson("overview.json");
    const casualties = sampleCsv("casualties").filter((c) => c.incident_type === "malicious_act");
    // Independently from the generated file, and from the core fact table.
    const killed = casualties.filter((c) => c.outcome === "killed").length;
    const [direct] = await rows(
      warehouse,
      `SELECT (SELECT count(*) FROM fct_incidents) AS attacks,
              count(*) FILTER (outcome = 'killed') AS killed, count(*) FILTER (outcome = 'injured') AS injured
       FROM fct_casualties WHERE incident_type = 'malicious_act'`,
    );
    expect(overview.totals).toMatchObject(direct);
    expect(overview.totals.killed).toBe(killed);
    expect(overview.totals.attacks).toBe(sampleCsv("incidents").length);
    const byYear = await rows(
      warehouse,
      `SELECT incident_year AS year, count(*) FILTER (outcome = 'killed') AS killed FROM fct_casualties
       WHERE incident_type = 'malicious_act' GROUP BY 1 ORDER BY 1`,
    );
    expect(overview.byYear.map((d: { year: number; killed: number }) => ({ year: d.year, killed: d.killed }))).toEqual(
      byYear,
    );
  });

  it("Attack trends: killed per host state and per nationality", async () => {
    const drawn = d3Sum(siteCsv("attack-fatalities.csv"), "host_state", "killed");
    const direct = await rows(
      warehouse,
      `SELECT host_state AS key, count(*) AS value FROM fct_casualties
       WHERE incident_type = 'malicious_act' AND outcome = 'killed' GROUP BY 1 ORDER BY 1`,
    );
    expect(drawn).toEqual(direct);
    const byNationality = d3Sum(siteCsv("fatalities-by-nationality.csv"), "nationality", "killed");
    expect(byNationality).toEqual(
      await rows(
        warehouse,
        `SELECT nationality AS key, count(*) AS value FROM fct_casualties
         WHERE incident_type = 'malicious_act' AND outcome = 'killed' GROUP BY 1 ORDER BY 1`,
      ),
    );
  });

  it("Impunity: fatal attacks and those with a conviction, per host state", async () => {
    const drawn = siteCsv("impunity.csv").map((d) => ({
      key: d.host_state,
      fatal: Number(d.fatal_incidents),
      convicted: Number(d.with_conviction),
    }));
    // Straight from the staging data: an attack is convicted when any case naming it has a 'convicted' event.
    const direct = await rows(
      warehouse,
      `WITH convicted AS (
         SELECT DISTINCT unnest(incident_ids) AS incident_id FROM stg_case_events WHERE event = 'convicted'),
       fatal AS (
         SELECT i.incident_id, i.host_state, c.incident_id IS NOT NULL AS convicted
         FROM stg_incidents i LEFT JOIN convicted c USING (incident_id)
         WHERE killed_military + killed_police + killed_military_observer + killed_international_civilian
               + killed_national_civilian + killed_other > 0)
       SELECT host_state AS key, count(*) AS fatal, count(*) FILTER (convicted) AS convicted FROM fatal GROUP BY 1
       UNION ALL SELECT 'ALL', count(*), count(*) FILTER (convicted) FROM fatal`,
    );
    const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a.key).localeCompare(String(b.key));
    expect(drawn.sort(byKey)).toEqual(direct.sort(byKey));
    // The sample's prosecutions stall early, as in reality.
    const all = drawn.find((d) => d.key === "ALL")!;
    expect(all.convicted / all.fatal).toBeLessThan(0.1);
  });

  it("Host state pages: each shows its own state's figures", async () => {
    const pages = readdirSync(path.join(DIST, "host-states")).filter((f) => /^[A-Z]{3}\.html$/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const state = page.slice(0, 3);
      const data = siteJson(`host-states/${state}.json`);
      const [direct] = await rows(
        warehouse,
        `SELECT count(*) FILTER (outcome = 'killed') AS killed FROM fct_casualties
         WHERE incident_type = 'malicious_act' AND host_state = '${state}'`,
      );
      expect(
        data.byYear.reduce((s: number, d: { killed: number }) => s + d.killed, 0),
        state,
      ).toBe(direct.killed);
      const [{ n }] = await rows(warehouse, `SELECT count(*) AS n FROM fct_incidents WHERE host_state = '${state}'`);
      expect(data.pipeline.find((d: { stage: string }) => d.stage === "no_case").incidents_reached, state).toBe(n);
    }
  });
});

describe("extracts", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-extract-"));
    await writeExtracts(warehouse.connection, dir);
  });

  it("writes every public table and mart as Parquet and Arrow", () => {
    const files = readdirSync(dir).sort();
    for (const name of [
      "casualties",
      "incidents",
      "missions",
      "states",
      "assistance",
      "mart_attack_casualties",
      "mart_impunity",
      "mart_time_to_conviction",
      "mart_accountability_pipeline",
      "mart_assistance",
    ])
      expect(files).toEqual(expect.arrayContaining([`${name}.parquet`, `${name}.arrow`]));
    // Case-level events are not public.
    expect(files.some((f) => f.startsWith("case"))).toBe(false);
  });

  it("keeps the casualties interface: its first nine columns, every casualty once", async () => {
    const arrow = tableFromIPC(readFileSync(path.join(dir, "casualties.arrow")));
    expect(arrow.schema.fields.map((f) => f.name).slice(0, 9)).toEqual([
      "casualty_id",
      "incident_id",
      "incident_date",
      "mission",
      "host_state",
      "nationality",
      "personnel_category",
      "incident_type",
      "outcome",
    ]);
    const generated = sampleCsv("casualties");
    expect(arrow.numRows).toBe(generated.length);
    const buffer = readFileSync(path.join(dir, "casualties.parquet"));
    const parquet = await parquetReadObjects({
      file: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
      compressors,
    });
    expect(parquet.length).toBe(generated.length);
    expect(new Set(parquet.map((r) => r.casualty_id)).size).toBe(generated.length);
    // Row by row, the two formats agree with each other.
    const arrowIds = arrow.getChild("casualty_id")!.toArray();
    expect(parquet.map((r) => r.casualty_id)).toEqual(Array.from(arrowIds));
  });
});

function d3Sum(data: Record<string, string>[], key: string, value: string) {
  const sums = new Map<string, number>();
  for (const d of data) sums.set(d[key], (sums.get(d[key]) ?? 0) + Number(d[value] || 0));
  return [...sums]
    .filter(([, v]) => v > 0)
    .map(([k, v]) => ({ key: k, value: v }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

if (!existsSync(WAREHOUSE)) throw new Error(`${WAREHOUSE} is missing: tests/global-setup.ts builds it`);

describe("six languages, one set of data files", () => {
  it("every language's build serves byte-identical data files under the same hashed names", () => {
    const files = (code: string) =>
      readdirSync(path.join(EDITION, code, "_file"), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(path.join(EDITION, code, "_file"), path.join(e.parentPath, e.name)))
        .sort();
    const english = files("en");
    expect(english.length).toBeGreaterThan(10);
    for (const code of ["ar", "zh", "fr", "ru", "es"]) {
      expect(files(code), code).toEqual(english);
      for (const f of english)
        expect(
          readFileSync(path.join(EDITION, code, "_file", f)).equals(readFileSync(path.join(DIST, "_file", f))),
          `${code}: ${f}`,
        ).toBe(true);
    }
  });
});
