// Matching the first-level divisions the exports name to the boundaries of the region
// maps (src/loaders/admin1.ts), on hand fixtures, on the committed boundaries and alias
// table, on every region of the sample and on the ACLED Mali export when it is there.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";
import { ADMIN1_STATES } from "../etl/geo/build-admin1.ts";
import { MISSIONS } from "../etl/sample/missions.ts";
import {
  ADMIN1_TOPOJSON,
  boundariesOf,
  matchRegions,
  normalizeName,
  readAliases,
  readBoundaries,
  type Alias,
  type Boundary,
} from "../src/loaders/admin1.ts";

const ACLED = path.resolve(REPO_ROOT, "../shared/data/acled-mali-2010-2020/acled-mali-2010-2020.csv");

// A made-up state XXX: North (also called "Upper"), South (also "Upper": ambiguous), East and West.
const boundaries: Boundary[] = [
  { id: "N", state: "XXX", name: "Nördlich-Région", alt: ["Upper", "Top"] },
  { id: "S", state: "XXX", name: "South", alt: ["Upper"] },
  { id: "E", state: "XXX", name: "East", alt: [] },
  { id: "W", state: "XXX", name: "West", alt: [] },
  { id: "O", state: "YYY", name: "East", alt: [] }, // same name in another state
];
const alias = (admin1: string, boundary: string, line = 2): Alias => ({ host_state: "XXX", admin1, boundary, line });
const ids = (b: Boundary[]) => b.map((x) => x.id);
const counts = (admin1: string, incidents: number, killed = 0) => ({
  host_state: "XXX",
  admin1,
  incidents,
  fatal_incidents: killed ? 1 : 0,
  killed,
  injured: 0,
});

describe("normalizeName", () => {
  it("ignores accents, case, apostrophes and punctuation", () => {
    expect(normalizeName("Ségou")).toBe(normalizeName("SEGOU"));
    expect(normalizeName("Nord-Kivu")).toBe("nord kivu");
    expect(normalizeName("  Kasaï–Central ")).toBe("kasai central");
    expect(normalizeName("L'Artibonite")).toBe("lartibonite");
    expect(normalizeName("Ménaka")).not.toBe(normalizeName("Mopti"));
  });
});

describe("boundariesOf", () => {
  it("matches the name, then another name when only one boundary has it, within the state", () => {
    expect(ids(boundariesOf("XXX", "nordlich region", boundaries, []))).toEqual(["N"]);
    expect(ids(boundariesOf("XXX", "top", boundaries, []))).toEqual(["N"]);
    expect(ids(boundariesOf("XXX", "Upper", boundaries, []))).toEqual([]); // two boundaries are called so
    expect(ids(boundariesOf("YYY", "East", boundaries, []))).toEqual(["O"]);
    expect(ids(boundariesOf("XXX", "Centre", boundaries, []))).toEqual([]);
  });

  it("takes the alias table first, to one boundary or several", () => {
    expect(ids(boundariesOf("XXX", "Upper", boundaries, [alias("Upper", "South")]))).toEqual(["S"]);
    expect(
      ids(boundariesOf("XXX", "Centre", boundaries, [alias("Centre", "East"), alias("Centre", "West", 3)])),
    ).toEqual(["E", "W"]);
    expect(() => boundariesOf("XXX", "Centre", boundaries, [alias("Centre", "Middle", 7)])).toThrow(
      "src/geo/admin1-aliases.csv line 7, field boundary: no boundary of XXX is named 'Middle'",
    );
  });
});

describe("matchRegions", () => {
  it("sums divisions drawn in the same boundary, merges those sharing boundaries, and keeps the unmatched", () => {
    // North 5 + Top 2 (another name of North) → N: 7 attacks.
    // Centre → East + West and Westend → West: one unit of E and W, 3 + 4 = 7 attacks, 1 + 2 killed.
    // Nowhere matches nothing: kept, with no unit.
    const { regions, units } = matchRegions(
      [
        counts("Nördlich-Région", 5),
        counts("Top", 2),
        counts("Centre", 3, 1),
        counts("Westend", 4, 2),
        counts("Nowhere", 1),
      ],
      boundaries,
      [alias("Centre", "East"), alias("Centre", "West"), alias("Westend", "West")],
    );
    expect(
      units.map(({ unit, boundaries: b, drawn, admin1, incidents, killed }) => ({
        unit,
        b,
        drawn,
        admin1,
        incidents,
        killed,
      })),
    ).toEqual([
      { unit: "E", b: ["E", "W"], drawn: "East + West", admin1: ["Centre", "Westend"], incidents: 7, killed: 3 },
      {
        unit: "N",
        b: ["N"],
        drawn: "Nördlich-Région",
        admin1: ["Nördlich-Région", "Top"],
        incidents: 7,
        killed: 0,
      },
    ]);
    expect(regions.map((r) => [r.admin1, r.unit, r.drawn])).toEqual([
      ["Nördlich-Région", "N", "Nördlich-Région"],
      ["Top", "N", "Nördlich-Région"],
      ["Centre", "E", "East + West"],
      ["Westend", "E", "East + West"],
      ["Nowhere", null, null],
    ]);
    // Nothing is lost: the regions' attacks add up to the input's, 15.
    expect(regions.reduce((s, r) => s + r.incidents, 0)).toBe(15);
  });
});

describe("the committed boundaries and alias table", () => {
  const all = readBoundaries();
  const aliases = readAliases();

  it("hold every listed host state, with unique ids, in a small file", () => {
    expect([...new Set(all.map((b) => b.state))].sort()).toEqual([...ADMIN1_STATES].sort());
    expect(new Set(all.map((b) => b.id)).size).toBe(all.length);
    expect(statSync(ADMIN1_TOPOJSON).size).toBeLessThanOrEqual(150_000);
    const topology = JSON.parse(readFileSync(ADMIN1_TOPOJSON, "utf8"));
    expect(Object.keys(topology.objects)).toEqual(["regions"]);
    expect(topology.metadata.licence).toMatch(/public domain/i);
  });

  it("has aliases that all name an existing boundary", () => {
    for (const a of aliases)
      expect(boundariesOf(a.host_state, a.admin1, all, aliases).length, `line ${a.line}`).toBeGreaterThan(0);
  });

  it("draws every region of the sample, except the Abyei Area, which no boundary holds", () => {
    const unmatched = MISSIONS.flatMap((m) => m.regions.map((r) => [m.hostState, r.name])).filter(
      ([state, name]) => boundariesOf(state, name, all, aliases).length === 0,
    );
    expect(unmatched).toEqual([["SDN", "Abyei Area"]]);
    const drawn = (state: string, name: string) =>
      boundariesOf(state, name, all, aliases)
        .map((b) => b.name)
        .join(" + ");
    expect(drawn("MLI", "Ménaka")).toBe("Gao"); // a region since 2016, drawn in the former one
    expect(drawn("MLI", "Tombouctou")).toBe("Timbuktu"); // Natural Earth's other name
    expect(drawn("COD", "Ituri")).toBe("Orientale");
    expect(drawn("CIV", "Montagnes")).toBe("Dix-Huit Montagnes + Cavally");
    expect(drawn("SDN", "West Darfur")).toBe("Western Darfur"); // not Central Darfur, which also has that name
    expect(drawn("LBN", "South")).toBe("South Lebanon");
  });

  it.skipIf(!existsSync(ACLED))(`draws every admin1 of the ACLED Mali export (needs ${ACLED})`, () => {
    const names = new Set((parse(readFileSync(ACLED), { columns: true }) as { admin1: string }[]).map((r) => r.admin1));
    expect(names.size).toBe(9); // Mali's eight regions and Bamako, as before 2016
    expect([...names].filter((n) => boundariesOf("MLI", n, all, aliases).length !== 1)).toEqual([]);
  });
});
