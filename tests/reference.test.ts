/**
 * Checks the hand-maintained reference tables in warehouse/reference/ against each other and,
 * when the real UN fatalities releases are present in ../shared/data, against the raw files.
 * The raw files are read here directly with csv-parse (an independent read, not the project's
 * source adapter), so a bug in the adapter cannot hide a gap in the reference data.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildStates, statesToCsv } from "../etl/reference/build-states.js";
import { REAL_DATA_DIR } from "./helpers/real-data.ts";

const require = createRequire(import.meta.url);
const i18n = require("i18n-iso-countries") as {
  getAlpha3Code(name: string, lang: string): string | undefined;
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const refDir = path.join(repoRoot, "warehouse/reference");
const realDataDir = REAL_DATA_DIR;

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  return parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
}

function header(file: string): string[] {
  return (parse(readFileSync(file), { bom: true, to_line: 1 }) as string[][])[0];
}

const MISSION_COLUMNS = [
  "mission_acronym",
  "mission_name",
  "start_date",
  "end_date",
  "host_states",
  "region",
  "kind",
  "note",
];
const REGIONS = new Set(["Africa", "Americas", "Asia and the Pacific", "Europe", "Middle East"]);
const KINDS = new Set(["peacekeeping", "political", "other"]);

const missions = readCsv(path.join(refDir, "missions.csv"));
const missionAliases = readCsv(path.join(refDir, "mission-aliases.csv"));
const states = readCsv(path.join(refDir, "states.csv"));
const formerStates = readCsv(path.join(refDir, "former-states.csv"));
const nationalityAliases = readCsv(path.join(refDir, "nationality-aliases.csv"));

const missionByAcronym = new Map(missions.map((m) => [m.mission_acronym, m]));
const stateByIso3 = new Map(states.map((s) => [s.iso3, s]));

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function hostStates(m: Row): string[] {
  return m.host_states === "" ? [] : m.host_states.split(";");
}

const missionAlias = new Map(missionAliases.map((a) => [a.alias, a.mission_acronym]));

/** Resolves a mission acronym as spelled in the data to a missions.csv acronym, as stg_casualties does. */
function resolveMission(acronym: string): string | undefined {
  return missionByAcronym.has(acronym) ? acronym : missionAlias.get(acronym);
}

/** Acronyms the fatalities data uses for several successive operations (rows of their own in missions.csv). */
const UMBRELLAS: Record<string, string[]> = {
  UNEF: ["UNEF I", "UNEF II"],
  UNAVEM: ["UNAVEM I", "UNAVEM II", "UNAVEM III"],
  UNOSOM: ["UNOSOM I", "UNOSOM II"],
};

const nameToIso3 = new Map<string, string>();
for (const s of states) {
  nameToIso3.set(s.name_en, s.iso3);
  nameToIso3.set(s.name_official_en, s.iso3);
  nameToIso3.set(s.name_common_en, s.iso3);
}
const nationalityAlias = new Map(nationalityAliases.map((a) => [a.name, a.iso3]));

/**
 * Nationality name -> iso3. Aliases win (they pin former states and odd spellings); then an exact
 * match on name_en / name_official_en; then i18n-iso-countries, accepted only if states.csv has the
 * code. Returns "" for a name deliberately left without a state (alias with empty iso3),
 * undefined when unresolved.
 */
function resolveNationality(name: string): string | undefined {
  if (nationalityAlias.has(name)) return nationalityAlias.get(name);
  const exact = nameToIso3.get(name);
  if (exact) return exact;
  const viaI18n = i18n.getAlpha3Code(name, "en");
  return viaI18n && stateByIso3.has(viaI18n) ? viaI18n : undefined;
}

describe("missions.csv", () => {
  it("has the expected columns", () => {
    expect(header(path.join(refDir, "missions.csv"))).toEqual(MISSION_COLUMNS);
  });

  it("has unique acronyms", () => {
    const seen = new Set<string>();
    const dupes = missions.map((m) => m.mission_acronym).filter((a) => seen.size === seen.add(a).size);
    expect(dupes).toEqual([]);
  });

  it("has valid ISO dates with start <= end", () => {
    const bad = missions.filter(
      (m) => !isIsoDate(m.start_date) || (m.end_date !== "" && (!isIsoDate(m.end_date) || m.end_date < m.start_date)),
    );
    expect(bad.map((m) => `${m.mission_acronym} ${m.start_date}..${m.end_date}`)).toEqual([]);
  });

  it("uses only host-state codes that exist in states.csv, without repeats", () => {
    const bad: string[] = [];
    for (const m of missions) {
      const codes = hostStates(m);
      for (const c of codes) if (!stateByIso3.has(c)) bad.push(`${m.mission_acronym}: ${c}`);
      if (new Set(codes).size !== codes.length) bad.push(`${m.mission_acronym}: repeated code`);
    }
    expect(bad).toEqual([]);
  });

  it("uses the allowed kinds and regions (region empty only when there is no host state)", () => {
    const bad = missions.filter(
      (m) => !KINDS.has(m.kind) || (m.region === "" ? hostStates(m).length > 0 : !REGIONS.has(m.region)),
    );
    expect(bad.map((m) => `${m.mission_acronym} ${m.kind} ${m.region}`)).toEqual([]);
  });

  it("explains every multi-state mission in its note", () => {
    const bad = missions.filter((m) => hostStates(m).length > 1 && !/multi-state/i.test(m.note));
    expect(bad.map((m) => m.mission_acronym)).toEqual([]);
  });

  it("lists the peacekeeping operations from UNTSO to MINUJUSTH, including closed ones", () => {
    for (const a of [
      "UNTSO",
      "UNMOGIP",
      "UNEF I",
      "UNEF II",
      "ONUC",
      "UNFICYP",
      "UNDOF",
      "UNIFIL",
      "UNIKOM",
      "UNPROFOR",
      "UNTAC",
      "UNAMSIL",
      "UNMIL",
      "UNOCI",
      "MINUSTAH",
      "MINUJUSTH",
      "UNAMID",
      "MINUSMA",
      "MINURSO",
      "MINUSCA",
      "MONUSCO",
      "UNISFA",
      "UNMISS",
      "UNMIK",
    ]) {
      expect(missionByAcronym.get(a)?.kind, a).toBe("peacekeeping");
    }
    const ongoing = missions.filter((m) => m.kind === "peacekeeping" && m.end_date === "");
    expect(ongoing.map((m) => m.mission_acronym).sort()).toEqual([
      "MINURSO",
      "MINUSCA",
      "MONUSCO",
      "UNDOF",
      "UNFICYP",
      "UNIFIL",
      "UNISFA",
      "UNMIK",
      "UNMISS",
      "UNMOGIP",
      "UNTSO",
    ]);
  });
});

describe("umbrella acronyms (UNEF, UNAVEM, UNOSOM)", () => {
  it.each(Object.entries(UMBRELLAS))("%s spans the dates and host states of its operations", (umbrella, parts) => {
    const u = missionByAcronym.get(umbrella);
    const ops = parts.map((p) => missionByAcronym.get(p));
    expect(u, umbrella).toBeDefined();
    expect(ops.every(Boolean), parts.join(",")).toBe(true);
    expect(u!.note).toMatch(/^Umbrella acronym, not a separate operation/);
    expect(u!.start_date).toBe(ops.map((o) => o!.start_date).sort()[0]);
    expect(u!.end_date).toBe(
      ops
        .map((o) => o!.end_date)
        .sort()
        .at(-1),
    );
    expect(hostStates(u!).sort()).toEqual([...new Set(ops.flatMap((o) => hostStates(o!)))].sort());
  });
});

describe("mission-aliases.csv", () => {
  it("has exactly the columns load_reference.sql reads, one row per alias", () => {
    expect(header(path.join(refDir, "mission-aliases.csv"))).toEqual(["alias", "mission_acronym"]);
    expect(new Set(missionAliases.map((a) => a.alias)).size).toBe(missionAliases.length);
  });

  it("points at existing missions and never shadows a mission acronym", () => {
    for (const a of missionAliases) {
      expect(missionByAcronym.has(a.mission_acronym), `${a.alias} -> ${a.mission_acronym}`).toBe(true);
      expect(missionByAcronym.has(a.alias), `alias ${a.alias} is itself a mission`).toBe(false);
    }
  });
});

describe("load_reference.sql", () => {
  it("loads the reference CSVs into DuckDB with the expected row counts", async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await connection.run(`SET VARIABLE reference_dir = '${refDir.replaceAll("'", "''")}'`);
      await connection.run(readFileSync(path.join(refDir, "load_reference.sql"), "utf8"));
      const count = async (table: string) =>
        Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0][0]);
      expect(await count("ref_missions")).toBe(missions.length);
      expect(await count("ref_mission_aliases")).toBe(missionAliases.length);
      expect(await count("ref_states")).toBe(states.length);
      const noHost = await connection.runAndReadAll(
        "SELECT mission_acronym FROM ref_missions WHERE host_states IS NULL ORDER BY 1",
      );
      expect(noHost.getRows().map((r) => r[0])).toEqual(
        missions.filter((m) => m.host_states === "").map((m) => m.mission_acronym),
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe("states.csv", () => {
  it("is up to date with etl/reference/build-states.ts", () => {
    expect(readFileSync(path.join(refDir, "states.csv"), "utf8")).toBe(statesToCsv(buildStates()));
  });

  it("has unique iso3 codes, and unique m49 codes except Zaire / DR Congo (180)", () => {
    expect(new Set(states.map((s) => s.iso3)).size).toBe(states.length);
    const byM49 = new Map<string, string[]>();
    for (const s of states) if (s.m49 !== "") byM49.set(s.m49, [...(byM49.get(s.m49) ?? []), s.iso3]);
    const shared = [...byM49]
      .filter(([, codes]) => codes.length > 1)
      .map(([m49, codes]) => `${m49}:${codes.sort().join("/")}`);
    expect(shared).toEqual(["180:COD/ZAR"]);
  });

  it("contains the former states with their ISO 3166-3 codes and historic M49 codes", () => {
    const expected: Record<string, string> = {
      YUG: "890",
      SUN: "810",
      CSK: "200",
      SCG: "891",
      DDR: "278",
      YMD: "720",
      ZAR: "180",
    };
    for (const [iso3, m49] of Object.entries(expected)) {
      expect(stateByIso3.get(iso3)?.m49, iso3).toBe(m49);
      expect(stateByIso3.get(iso3)?.is_former, iso3).toBe("true");
    }
    expect(
      states
        .filter((s) => s.is_former === "true")
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(
      formerStates
        .filter((s) => s.is_former === "true")
        .map((s) => s.iso3)
        .sort(),
    );
  });

  it("uses XKX for Kosovo (no M49) and drops world-countries' UNK", () => {
    expect(stateByIso3.get("XKX")).toMatchObject({ m49: "", is_former: "false" });
    expect(stateByIso3.has("UNK")).toBe(false);
  });
});

describe("nationality-aliases.csv", () => {
  it("has unique names and maps to codes in states.csv (empty = deliberately unknown)", () => {
    expect(new Set(nationalityAliases.map((a) => a.name)).size).toBe(nationalityAliases.length);
    for (const a of nationalityAliases) {
      if (a.iso3 !== "") expect(stateByIso3.has(a.iso3), `${a.name} -> ${a.iso3}`).toBe(true);
    }
  });

  it("maps former states to their own ISO 3166-3 codes, never to a successor", () => {
    expect(resolveNationality("Yugoslavia")).toBe("YUG");
    expect(resolveNationality("Serbia and Montenegro")).toBe("SCG");
    expect(resolveNationality("Czechoslovakia")).toBe("CSK");
    expect(resolveNationality("Soviet Union")).toBe("SUN");
    expect(resolveNationality("Union of Soviet Socialist Republics")).toBe("SUN");
  });
});

interface Release {
  label: string;
  file: string;
  mission: string;
  date: string;
  nationality: string;
  iso3: string;
  m49: string;
}

const releases: Release[] = [
  {
    label: "2025 release",
    file: "un-fatalities-2025/DPPADPOSS-FATALITIES.csv",
    mission: "mission_acronym",
    date: "incident_date",
    nationality: "casualty_nationality",
    iso3: "isocode3",
    m49: "m49_code",
  },
  {
    label: "2021 release",
    file: "un-fatalities-2021/odp_noticas.csv",
    mission: "Mission_Acronym",
    date: "Incident_Date",
    nationality: "Casualty_Nationality",
    iso3: "ISOCode3",
    m49: "M49_Code",
  },
];

if (existsSync(realDataDir)) {
  describe.each(releases)("real UN fatalities data: $label", (release) => {
    const rows = readCsv(path.join(realDataDir, release.file));

    it("has the expected columns and rows", () => {
      expect(rows.length).toBeGreaterThan(4000);
      for (const c of [release.mission, release.date, release.nationality, release.iso3, release.m49]) {
        expect(Object.keys(rows[0]), c).toContain(c);
      }
    });

    it("resolves every mission acronym to a mission", () => {
      const unresolved = new Map<string, number>();
      for (const r of rows) {
        if (!resolveMission(r[release.mission])) {
          unresolved.set(r[release.mission], (unresolved.get(r[release.mission]) ?? 0) + 1);
        }
      }
      expect(Object.fromEntries(unresolved)).toEqual({});
    });

    it("has nearly all incidents within the resolved mission's dates", () => {
      // Records after a mission's end are usually liquidation-period deaths; a larger share
      // would point at a wrong date in missions.csv.
      const outside: string[] = [];
      for (const r of rows) {
        const m = missionByAcronym.get(resolveMission(r[release.mission]) ?? "");
        const d = r[release.date];
        if (m && (d < m.start_date || (m.end_date !== "" && d > m.end_date))) {
          outside.push(`${r[release.mission]} ${d}`);
        }
      }
      expect(outside.length, outside.join(", ")).toBeLessThanOrEqual(rows.length * 0.01);
    });

    it("resolves every nationality to a state code that agrees with the file's ISO and M49 codes", () => {
      const unresolved = new Map<string, number>();
      const disagreements = new Set<string>();
      for (const r of rows) {
        const name = r[release.nationality];
        if (name === "") continue; // missing value, not a name
        const iso3 = resolveNationality(name);
        if (iso3 === undefined) {
          unresolved.set(name, (unresolved.get(name) ?? 0) + 1);
          continue;
        }
        if (iso3 === "") continue; // deliberately undetermined (e.g. "ZZ [Undetermined]")
        const fileIso3 = r[release.iso3];
        if (fileIso3 !== "" && fileIso3 !== iso3) disagreements.add(`${name}: file ${fileIso3}, resolved ${iso3}`);
        const fileM49 = r[release.m49];
        const refM49 = stateByIso3.get(iso3)?.m49 ?? "";
        if (fileM49 !== "" && Number(fileM49) !== Number(refM49)) {
          disagreements.add(`${name}: file M49 ${fileM49}, states.csv ${iso3} M49 ${refM49}`);
        }
      }
      expect(Object.fromEntries(unresolved)).toEqual({});
      expect([...disagreements]).toEqual([]);
    });

    it("resolves former-state nationalities to former-state codes", () => {
      for (const name of new Set(rows.map((r) => r[release.nationality]))) {
        const fileIso3 = rows.find((r) => r[release.nationality] === name)?.[release.iso3] ?? "";
        if (stateByIso3.get(fileIso3)?.is_former === "true") {
          expect(resolveNationality(name), name).toBe(fileIso3);
        }
      }
    });
  });
} else {
  it.skip(
    `real UN fatalities data: the real data folder is missing (${realDataDir}); ` +
      "mission and nationality coverage not checked",
    () => {},
  );
}
