/**
 * The UN fatalities source adapter (etl/sources/un-fatalities.ts), end to end through the real
 * loader and models. Hand-made fixtures always run; the real releases in ../shared/data run when
 * present. Expected figures for the real files are computed here from the raw CSVs with
 * csv-parse, independently of the adapter, so an adapter bug cannot hide behind its own output.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, type FileLoad } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { REAL_DATA_DIR } from "./helpers/real-data.ts";

const i18nCountries = createRequire(import.meta.url)("i18n-iso-countries") as {
  getAlpha3Code(name: string, lang: string): string | undefined;
};
const fixtures = path.join(REPO_ROOT, "tests/fixtures/un-fatalities");
const realDataDir = REAL_DATA_DIR;
const REAL_2025 = path.join(realDataDir, "un-fatalities-2025/DPPADPOSS-FATALITIES.csv");
const REAL_2021 = path.join(realDataDir, "un-fatalities-2021/odp_noticas.csv");
const refDir = path.join(REPO_ROOT, "warehouse/reference");

type Row = Record<string, string>;
const readCsv = (file: string) =>
  parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

const scratch = () => mkdtempSync(path.join(tmpdir(), "blue-ledger-un-"));
const freshWarehouse = () => openWarehouse(path.join(scratch(), "un.duckdb"));

/** Query rows, BIGINTs as numbers, dates as ISO text. */
async function query(w: Warehouse, sql: string): Promise<Record<string, unknown>[]> {
  return (await w.connection.runAndReadAll(sql))
    .getRowObjectsJson()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === "string" && /^-?\d+$/.test(v) && !k.endsWith("_id") ? Number(v) : v,
        ]),
      ),
    );
}
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const pairs = (rows: Record<string, unknown>[], k: string, v: string) =>
  Object.fromEntries(rows.map((r) => [String(r[k]), Number(r[v])]));

describe("UN fatalities: hand-made fixtures", () => {
  let w: Warehouse;
  let results: FileLoad[];
  beforeAll(async () => {
    w = await freshWarehouse();
    results = [
      ...(await loadFiles(w, [path.join(fixtures, "fatalities-2021.csv")])),
      ...(await loadFiles(w, [path.join(fixtures, "fatalities-2025.csv")])),
    ];
  });
  afterAll(() => w.close());

  it("detects both layouts (2021 with BOM and CRLF) and reconciles every row", async () => {
    const ledger = await query(w, "SELECT source, rows_in, rows_loaded, rows_rejected FROM etl_loads ORDER BY load_id");
    expect(ledger).toEqual([
      { source: "un-fatalities-2021", rows_in: 8, rows_loaded: 8, rows_rejected: 0 },
      // 12 in: line 2 merged into line 3 (Montenegro vs Serbia and Montenegro), line 6 Narnia.
      { source: "un-fatalities-2025", rows_in: 12, rows_loaded: 10, rows_rejected: 2 },
    ]);
    expect(results.map((r) => r.rowsIn)).toEqual([8, 12]);
  });

  it("merges the duplicated casualty_id into the row whose state existed on the date, and names it", async () => {
    const rejects = await query(w, "SELECT line, field, reason FROM etl_rejects ORDER BY line");
    expect(rejects.map((r) => [r.line, r.field])).toEqual([
      [2, "casualty_id"],
      [6, "nationality"],
    ]);
    expect(rejects[0].reason).toMatch(/UNMIK-2003-05-00001.*line 3, merged into it.*kept nationality SCG.*dropped MNE/);
    expect(rejects[1].reason).toBe(
      "unknown nationality 'Narnia': add it to warehouse/reference/nationality-aliases.csv",
    );
    const [unmik] = await query(w, "SELECT nationality FROM fct_casualties WHERE casualty_id = 'UNMIK-2003-05-00001'");
    expect(unmik.nationality).toBe("SCG");
  });

  it("maps personnel, incident types, nationalities, ids and host states", async () => {
    const got = await query(
      w,
      `SELECT casualty_id, mission, host_state, nationality, personnel_category, incident_type, outcome
       FROM fct_casualties ORDER BY casualty_id`,
    );
    const by = Object.fromEntries(got.map((r) => [r.casualty_id, r]));
    expect(got).toHaveLength(11); // 10 from 2025 + UNAMID, only in 2021, kept
    expect(got.every((r) => r.outcome === "killed")).toBe(true);
    expect(by["UNSMIL-2019-06-00001"]).toMatchObject({
      host_state: "LBY",
      personnel_category: "national_civilian",
      incident_type: "malicious_act",
    });
    expect(by["UNTSO-1973-10-00001"]).toMatchObject({ host_state: null, personnel_category: "military_observer" });
    expect(by["UN_SECRETA-1961-09-00001"]).toMatchObject({
      mission: "UNSecretariat",
      host_state: null,
      personnel_category: "international_civilian",
    });
    expect(by["MINUSCA-2020-02-00001"]).toMatchObject({
      nationality: "XXU",
      host_state: "CAF",
      incident_type: "undetermined",
      personnel_category: "other",
    });
    expect(by["OSESyria-2021-02-00001"]).toMatchObject({ nationality: "XXU", host_state: "SYR", mission: "OSESyria" });
    expect(by["UNOCI-2012-07-00001"]).toMatchObject({ nationality: "CIV", incident_type: "self_inflicted" });
    expect(by["MINUSTAH-2010-01-00002"]).toMatchObject({ personnel_category: "police", incident_type: "accident" });
  });

  it("reports what changed between the releases, and keeps the casualty missing from 2025", async () => {
    const changes = await query(w, "SELECT change, field, from_value, to_value, casualties FROM audit_release_changes");
    const totals = Object.fromEntries(changes.filter((c) => c.field === null).map((c) => [c.change, c.casualties]));
    expect(totals).toEqual({ added: 3, removed: 1, reclassified: 3, unchanged: 4 });
    const fields = changes
      .filter((c) => c.field !== null)
      .map((c) => `${c.field}: ${c.from_value} -> ${c.to_value} = ${c.casualties}`);
    expect(fields.sort()).toEqual([
      "incident_type: undetermined -> illness = 1",
      "incident_type: undetermined -> unknown = 1",
      "personnel_category: military -> military_observer = 1",
    ]);
    const versions = await query(
      w,
      "SELECT count(*) AS n, count(*) FILTER (changed) AS changed FROM fct_casualty_versions",
    );
    expect(versions).toEqual([{ n: 18, changed: 3 }]);
    const gone = await query(w, "SELECT DISTINCT casualty_id FROM fct_casualty_versions WHERE NOT in_latest_release");
    expect(gone).toEqual([{ casualty_id: "UNAMID-2016-01-00001" }]);
  });

  it("infers one incident per (mission, date, type) with a stable id", async () => {
    const inferred = await query(
      w,
      `SELECT inferred_incident_id, inferred, killed, host_state FROM fct_inferred_incidents
       WHERE mission = 'MINUSTAH'`,
    );
    expect(inferred).toEqual([
      { inferred_incident_id: "INF-MINUSTAH-20100112-accident", inferred: true, killed: 2, host_state: "HTI" },
    ]);
    const [{ n, killed }] = await query(w, "SELECT count(*) AS n, sum(killed) AS killed FROM fct_inferred_incidents");
    expect({ n, killed }).toEqual({ n: 10, killed: 11 });
  });
});

describe("mission-host-state-rules.csv", () => {
  const missions = readCsv(path.join(refDir, "missions.csv"));
  const rules = readCsv(path.join(refDir, "mission-host-state-rules.csv"));
  it("has one rule, with a reason, for exactly the missions without a single host state", () => {
    const needed = missions
      .filter((m) => m.host_states === "" || m.host_states.includes(";"))
      .map((m) => m.mission_acronym);
    expect(rules.map((r) => r.mission_acronym).sort()).toEqual(needed.sort());
    for (const r of rules) {
      expect(r.reason, r.mission_acronym).not.toBe("");
      const hosts = missions.find((m) => m.mission_acronym === r.mission_acronym)!.host_states.split(";");
      if (r.attributed_host_state !== "not_attributed")
        expect(hosts, r.mission_acronym).toContain(r.attributed_host_state);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Real data: figures computed from the raw files here, never through the adapter.

const INCIDENT: Record<string, string> = {
  "Malicious Act": "malicious_act",
  Accident: "accident",
  Illness: "illness",
  "Self-Inflicted": "self_inflicted",
  "To Be Determined": "undetermined",
  Unknown: "unknown",
};
const PERSONNEL: Record<string, string> = {
  Military: "military",
  Police: "police",
  "Military Observer": "military_observer",
  "International Civilian": "international_civilian",
  "Local ": "national_civilian",
  Other: "other",
};
const missionAlias = Object.fromEntries(
  readCsv(path.join(refDir, "mission-aliases.csv")).map((a) => [a.alias, a.mission_acronym]),
);
/** One raw record in common terms; ids with spaces get '_' (the documented id rule). */
interface Raw {
  id: string;
  date: string;
  mission: string;
  type: string;
  personnel: string;
  iso3: string;
  name: string;
}
const raw2025 = (): Raw[] =>
  readCsv(REAL_2025).map((r) => ({
    id: r.casualty_id.replaceAll(" ", "_"),
    date: r.incident_date,
    mission: r.mission_acronym,
    type: r.type_of_incident,
    personnel: r.casualty_personnel_type,
    iso3: r.isocode3,
    name: r.casualty_nationality,
  }));
const raw2021 = (): Raw[] =>
  readCsv(REAL_2021).map((r) => ({
    id: r.Casualty_ID.replaceAll(" ", "_"),
    date: r.Incident_Date,
    mission: r.Mission_Acronym,
    type: r.Type_Of_Incident,
    personnel: r.Casualty_Personnel_Type,
    iso3: r.ISOCode3,
    name: r.Casualty_Nationality,
  }));
/** First record per id (duplicated ids differ only in nationality). */
const byId = (rows: Raw[]) => new Map([...rows].reverse().map((r) => [r.id, r]));

const haveRealData = existsSync(REAL_2025) && existsSync(REAL_2021);
if (!haveRealData)
  console.warn(`un-fatalities.test.ts: real UN fatalities data not found in ${realDataDir}; real-data checks skipped`);

describe.skipIf(!haveRealData)(`UN fatalities: real 2025 release (needs ${realDataDir})`, () => {
  let w: Warehouse;
  let result: FileLoad;
  let out: string;
  let raw: Raw[];
  let unique: Map<string, Raw>;
  beforeAll(async () => {
    raw = raw2025();
    unique = byId(raw);
    w = await freshWarehouse();
    [result] = await loadFiles(w, [REAL_2025]);
    out = scratch();
    // The public casualties extract, written as `etl extract` writes its Parquet file. (The whole
    // extract command fails on a casualties-only warehouse: arrow.ts cannot convert an empty table.)
    const sql = readFileSync(path.join(REPO_ROOT, "warehouse/extracts/casualties.sql"), "utf8").replace(/;\s*$/, "");
    await w.connection.run(`COPY (${sql}) TO '${path.join(out, "casualties.parquet")}' (FORMAT parquet)`);
  });
  afterAll(() => w.close());
  const extract = (sql: string) =>
    query(w, sql.replaceAll("casualties", `read_parquet('${path.join(out, "casualties.parquet")}')`));

  it("loads one row per distinct casualty_id; the rest are the reported duplicates", async () => {
    const duplicated = Object.entries(countBy(raw, (r) => r.id))
      .filter(([, n]) => n > 1)
      .map(([id]) => id);
    expect(duplicated).toHaveLength(6);
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: raw.length,
      loaded: unique.size,
      rejected: raw.length - unique.size,
    });
    const reasons = result.rejects.map((r) => r.reason).join("\n");
    for (const id of duplicated) expect(reasons).toMatch(new RegExp(`duplicate casualty_id '${id}'.*merged into`));
    const [{ n, ids }] = await extract("SELECT count(*) AS n, count(DISTINCT casualty_id) AS ids FROM casualties");
    expect({ n, ids }).toEqual({ n: unique.size, ids: unique.size });
    const scg = await extract(
      `SELECT DISTINCT nationality FROM casualties WHERE casualty_id IN (${duplicated.map((d) => `'${d}'`).join(",")})`,
    );
    expect(scg).toEqual([{ nationality: "SCG" }]);
  });

  it("matches the raw counts by incident type, by mission and malicious acts by year", async () => {
    const rows = [...unique.values()];
    expect(
      pairs(await extract("SELECT incident_type, count(*) AS n FROM casualties GROUP BY 1"), "incident_type", "n"),
    ).toEqual(countBy(rows, (r) => INCIDENT[r.type]));
    expect(pairs(await extract("SELECT mission, count(*) AS n FROM casualties GROUP BY 1"), "mission", "n")).toEqual(
      countBy(rows, (r) => missionAlias[r.mission] ?? r.mission),
    );
    const malicious = rows.filter((r) => r.type === "Malicious Act");
    expect(
      pairs(
        await extract(
          "SELECT incident_year, count(*) AS n FROM casualties WHERE incident_type = 'malicious_act' GROUP BY 1",
        ),
        "incident_year",
        "n",
      ),
    ).toEqual(countBy(malicious, (r) => String(Number(r.date.slice(0, 4)))));
    expect(
      pairs(
        await extract("SELECT personnel_category, count(*) AS n FROM casualties GROUP BY 1"),
        "personnel_category",
        "n",
      ),
    ).toEqual(countBy(rows, (r) => PERSONNEL[r.personnel]));
  });

  it("attributes a host state, or explicitly not, for every mission in the file", async () => {
    const unexplained = await query(
      w,
      `SELECT DISTINCT mission FROM fct_casualties c JOIN dim_missions m ON m.mission_acronym = c.mission
       WHERE m.attributed_host_state IS NULL AND m.host_state_rule LIKE 'no rule%'`,
    );
    expect(unexplained).toEqual([]);
  });
});

describe.skipIf(!haveRealData)(`UN fatalities: real 2021 then 2025 releases (needs ${realDataDir})`, () => {
  let w: Warehouse;
  let dir: string;
  let status: string;
  beforeAll(async () => {
    dir = scratch();
    const file = path.join(dir, "un.duckdb");
    // Through the CLI, as a person would run it; two commands, so two loads.
    for (const release of [REAL_2021, REAL_2025]) {
      const run = spawnSync("npx", ["tsx", "etl/cli.ts", "load", release, "--warehouse", file], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
    }
    status = spawnSync("npx", ["tsx", "etl/cli.ts", "status", "--warehouse", file], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    }).stdout;
    w = await openWarehouse(file);
  });
  afterAll(() => w?.close());

  it("never duplicates a casualty and keeps every id of both releases", async () => {
    const ids = new Set([...raw2021().map((r) => r.id), ...raw2025().map((r) => r.id)]);
    const [{ n, distinct_ids }] = await query(
      w,
      "SELECT count(*) AS n, count(DISTINCT casualty_id) AS distinct_ids FROM fct_casualties",
    );
    expect({ n, distinct_ids }).toEqual({ n: ids.size, distinct_ids: ids.size });
  });

  it("reports added, removed and reclassified casualties as the raw files show them", async () => {
    const old = byId(raw2021());
    const now = byId(raw2025());
    const expected: Record<string, number> = {};
    const add = (key: string) => (expected[key] = (expected[key] ?? 0) + 1);
    const mission = (m: string) => missionAlias[m] ?? m;
    const codeOfName = new Map([...raw2021(), ...raw2025()].filter((r) => r.iso3).map((r) => [r.name, r.iso3]));
    const nationality = (r: Raw) =>
      r.iso3 || codeOfName.get(r.name) || i18nCountries.getAlpha3Code(r.name, "en") || r.name;
    let reclassified = 0;
    let unchanged = 0;
    for (const [id, a] of old) {
      const b = now.get(id);
      if (!b) continue;
      const diffs = [
        ["incident_type", INCIDENT[a.type], INCIDENT[b.type]],
        ["personnel_category", PERSONNEL[a.personnel], PERSONNEL[b.personnel]],
        ["mission", mission(a.mission), mission(b.mission)],
        ["incident_date", a.date, b.date],
        // Duplicated ids resolve to SCG in both releases (skipped below). A name without a code
        // takes the code other rows with that name carry, else i18n-iso-countries' (Türkiye), else stays a name.
        ["nationality", nationality(a), nationality(b)],
      ].filter(([field, x, y]) => x !== y && !(field === "nationality" && a.id.startsWith("UNMIK-200")));
      diffs.forEach(([field, x, y]) => add(`${field}: ${x} -> ${y}`));
      if (diffs.length) reclassified++;
      else unchanged++;
    }
    const changes = await query(w, "SELECT change, field, from_value, to_value, casualties FROM audit_release_changes");
    const got = Object.fromEntries(
      changes
        .filter((c) => c.field !== null)
        .map((c) => [`${c.field}: ${c.from_value} -> ${c.to_value}`, c.casualties]),
    );
    expect(got).toEqual(expected);
    const totals = Object.fromEntries(changes.filter((c) => c.field === null).map((c) => [c.change, c.casualties]));
    const added = [...now.keys()].filter((id) => !old.has(id)).length;
    const removed = [...old.keys()].filter((id) => !now.has(id)).length;
    expect(totals).toEqual({ added, reclassified, unchanged, ...(removed ? { removed } : {}) });
    // Fewer "To Be Determined" in 2025, as the data README says.
    expect(
      Object.entries(expected).filter(([k]) => k.startsWith("incident_type: undetermined")).length,
    ).toBeGreaterThan(0);
  });

  it("prints the change report in status", () => {
    expect(status).toMatch(
      /Changes from release odp_noticas\.csv \(load 1\) to DPPADPOSS-FATALITIES\.csv \(load 2\) of un-fatalities/,
    );
    expect(status).toMatch(/'undetermined'.*'illness'/);
  });
});
