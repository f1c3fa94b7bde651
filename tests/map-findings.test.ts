// The logic behind the maps' and contributing-country pages' findings, and the Attack
// trends filters (src/components/map-findings.js, filter-rows.js), on small hand fixtures.
import { describe, expect, it } from "vitest";
import { followUpOf, offMap, rankOf, regionFinding, topOfBreakdown, topShare } from "../src/components/map-findings.js";
import { filterRows } from "../src/components/filter-rows.js";

describe("topShare", () => {
  it("names the largest row and its share of the total", () => {
    // 6 + 3 + 1 = 10: MLI has 6, 60%.
    expect(
      topShare(
        [
          { s: "CAF", k: 3 },
          { s: "MLI", k: 6 },
          { s: "LBN", k: 1 },
        ],
        "s",
        "k",
      ),
    ).toEqual({ top: "MLI", value: 6, total: 10, share: 0.6 });
    expect(topShare([{ s: "CAF", k: 0 }], "s", "k")).toBeNull();
    expect(topShare([], "s", "k")).toBeNull();
  });
});

describe("topOfBreakdown", () => {
  it("picks the largest value shown on its own; its share counts the merged cells too", () => {
    // MINUSMA 4, MINUSCA 3, merged 5 (larger, but not a mission): top MINUSMA, 4 of 12 = 1/3.
    const rows = [
      { value: "MINUSMA", killed: 4 },
      { value: "merged", killed: 5 },
      { value: "MINUSCA", killed: 3 },
    ];
    expect(topOfBreakdown(rows)).toEqual({ top: "MINUSMA", value: 4, total: 12, share: 4 / 12 });
    expect(topOfBreakdown([{ value: "merged", killed: 2 }])).toBeNull(); // nothing shown on its own
  });
});

describe("offMap", () => {
  it("counts the states with people that the map has no shape for", () => {
    // BHR (3) and YUG (2) have no shape; SGP has none but counts 0; MLI is drawn.
    const values = new Map([
      ["MLI", 10],
      ["BHR", 3],
      ["YUG", 2],
      ["SGP", 0],
    ]);
    expect(offMap(values, ["MLI", "CAF", undefined])).toEqual({ count: 2, total: 5, ids: ["BHR", "YUG"] });
  });
});

describe("regionFinding", () => {
  it("takes the drawn unit with most attacks and its share of the located ones", () => {
    // Located: 5 + 3 + 2 = 10; Gao (Gao + Ménaka) 5 + 3 = 8 → 80%; Abyei (2 attacks) is not drawn.
    const regions = [
      { admin1: "Gao", incidents: 5, unit: "G" },
      { admin1: "Ménaka", incidents: 3, unit: "G" },
      { admin1: "Abyei", incidents: 2, unit: null },
    ];
    const units = [{ unit: "G", drawn: "Gao", incidents: 8 }];
    expect(regionFinding({ regions, units, withoutRegion: { incidents: 4 } })).toEqual({
      top: "Gao",
      attacks: 8,
      share: 0.8,
      located: 10,
      unmatched: 1,
      unmatchedAttacks: 2,
      withoutRegion: 4,
    });
    expect(regionFinding({ regions: [], units: [], withoutRegion: { incidents: 0 } })).toMatchObject({
      top: null,
      share: 0,
      located: 0,
    });
  });
});

describe("rankOf", () => {
  it("places a country among the ranked, saying when others share its place", () => {
    const ranks = [1, 2, 2, 4, 5];
    expect(rankOf(2, ranks)).toEqual({ rank: 2, of: 5, tied: true });
    expect(rankOf(4, ranks)).toEqual({ rank: 4, of: 5, tied: false });
    expect(rankOf(null, ranks)).toBeNull(); // no national killed in an attack
  });
});

describe("followUpOf", () => {
  it("gives the attacks that killed nationals and how far their follow-up got", () => {
    // 8 attacks, 4 investigated, 2 convicted (25%), 1 effectively.
    expect(
      followUpOf({ fatal_incidents: 8, with_investigation: 4, with_conviction: 2, with_effective_conviction: 1 }),
    ).toEqual({ attacks: 8, investigated: 4, convicted: 2, effective: 1, shareConvicted: 0.25 });
    expect(
      followUpOf({ fatal_incidents: 0, with_investigation: 0, with_conviction: 0, with_effective_conviction: 0 }),
    ).toBeNull();
  });
});

describe("filterRows (Attack trends filters)", () => {
  const rows = [
    { year: 2014, host_state: "MLI", mission: "MINUSMA", personnel_category: "military", killed: 5 },
    { year: 2015, host_state: "MLI", mission: "MINUSMA", personnel_category: "police", killed: 2 },
    { year: 2016, host_state: "CAF", mission: "MINUSCA", personnel_category: "military", killed: 3 },
    { year: 2019, host_state: "CAF", mission: "MINUSCA", personnel_category: "police", killed: 1 },
  ];
  const killed = (r: { killed: number }[]) => r.reduce((s, d) => s + d.killed, 0);

  it("keeps the years of the range, ends included, in either order", () => {
    expect(killed(filterRows(rows, { from: 2015, to: 2016 }))).toBe(5); // 2 + 3
    expect(killed(filterRows(rows, { from: 2016, to: 2015 }))).toBe(5);
    expect(killed(filterRows(rows, { from: 2019, to: 2019 }))).toBe(1);
  });

  it("combines the host state, mission and category filters; null keeps all", () => {
    expect(killed(filterRows(rows, {}))).toBe(11);
    expect(killed(filterRows(rows, { category: "military" }))).toBe(8); // 5 + 3
    expect(killed(filterRows(rows, { hostState: "CAF", category: "police" }))).toBe(1);
    expect(filterRows(rows, { mission: "MINUSMA", hostState: "CAF" })).toEqual([]);
  });

  it("ignores a filter on a column the rows do not have", () => {
    // Attack counts have no personnel category: the category filter leaves them all.
    const attacks = [{ year: 2015, host_state: "MLI", mission: "MINUSMA", attacks: 4 }];
    expect(filterRows(attacks, { category: "police", mission: "MINUSMA" })).toEqual(attacks);
  });
});
