// The marts and edition query behind the maps and the contributing-country pages, on the
// hand-made fixture (tests/fixtures/hand), against figures worked out by hand below.
//
// Loaded casualties (C14–C16 and the repeated C01 are rejected, see tests/marts.test.ts):
//   BGD  C01 killed I1 (MLI, MINUSMA, military)   C12 injured I5   C13 killed, accident (no attack)
//   TCD  C02 killed I1                             C03 injured I1   C08 injured I3
//   SEN  C04 killed I2 (military)  C05 killed I2 (police)           (I2: MLI, MINUSMA, ambush, 2018)
//   EGY  C06, C07 injured I3: nobody killed, so no row
//   RWA  C09 killed I4 (CAF, MINUSCA)              C11 injured I5
//   CAF  C10 killed I5 (national civilian)
// Attacks and their cases: I1 K1 (investigation 2015-02-01, convicted 2017-07-10); I2 K2
// (investigation, acquitted); I4 K3 (investigation, dismissed) and K4 (convicted 2024-01-01);
// I5 K4 (investigation 2022-02-01, convicted). No one tried in absentia, nothing overturned:
// every conviction is effective.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { editionSql, useEdition } from "../etl/extract/editions.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const fixture = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
let warehouse: Warehouse;

beforeAll(async () => {
  warehouse = await tempWarehouse();
  await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(fixture));
});
afterAll(() => warehouse.close());

describe("mart_contributing_countries", () => {
  it(
    "counts each nationality's dead in attacks and in all, " + "the attacks that killed them and their follow-up",
    async () => {
      // BGD: killed C01 (attack) + C13 (accident) = 2 in all, 1 in attacks; injured C12. One mission
      // (MINUSMA), one host state (MLI); attack I1: investigated and convicted (K1).
      // SEN: 2 killed in I2, investigated, acquitted: no conviction. Ranks: SEN 2 killed → 1; the four
      // with 1 share place 2 (rank, as in sport); EGY has no one killed: no row.
      const sql = `SELECT * FROM mart_contributing_countries ORDER BY nationality`;
      const columns = (
        n: string,
        all: number,
        attacks: number,
        injured: number,
        rank: number,
        fatal: number,
        inv: number,
        conv: number,
      ) => ({
        nationality: n,
        killed_all: all,
        killed_in_attacks: attacks,
        injured_in_attacks: injured,
        mission_count: 1,
        host_state_count: 1,
        rank_in_attacks: rank,
        fatal_incidents: fatal,
        with_investigation: inv,
        with_conviction: conv,
        with_effective_conviction: conv,
      });
      expect(await rows(warehouse, sql)).toEqual([
        columns("BGD", 2, 1, 1, 2, 1, 1, 1),
        columns("CAF", 1, 1, 0, 2, 1, 1, 1), // I5: K4
        columns("RWA", 1, 1, 1, 2, 1, 1, 1), // I4: K3 investigated, K4 convicted
        columns("SEN", 2, 2, 0, 1, 1, 1, 0), // one attack (I2) killed both
        columns("TCD", 1, 1, 2, 2, 1, 1, 1), // C03 and C08 injured
      ]);
    },
  );
});

describe("mart_attacks_by_admin1", () => {
  it("counts attacks per first-level region as the incident records name it", async () => {
    // One attack per region; killed and injured as the incident records count them.
    expect(await rows(warehouse, "SELECT * FROM mart_attacks_by_admin1 ORDER BY host_state, admin1")).toEqual([
      { host_state: "CAF", admin1: "Haute-Kotto", incidents: 1, fatal_incidents: 1, killed: 1, injured: 2 },
      { host_state: "CAF", admin1: "Ouaka", incidents: 1, fatal_incidents: 1, killed: 1, injured: 0 },
      { host_state: "MLI", admin1: "Gao", incidents: 1, fatal_incidents: 1, killed: 2, injured: 0 },
      { host_state: "MLI", admin1: "Kidal", incidents: 1, fatal_incidents: 1, killed: 2, injured: 1 },
      { host_state: "MLI", admin1: "Mopti", incidents: 1, fatal_incidents: 0, killed: 0, injured: 3 },
    ]);
  });
});

describe("nationality_breakdowns.sql (contributing country page)", () => {
  const breakdowns = async (state: string | undefined, nationality: string) => {
    await useEdition(warehouse.connection, state ? { audience: "state", state } : { audience: "public" });
    const result = await warehouse.connection.runAndReadAll(editionSql("nationality_breakdowns.sql"));
    return result
      .getRowObjectsJson()
      .filter((r) => r.nationality === nationality)
      .map((r) => ({
        dimension: String(r.dimension),
        value: String(r.value),
        killed: Number(r.killed),
        injured: Number(r.injured),
      }));
  };

  it("merges cells of 1 or 2 people in every breakdown but the years, keeping the totals", async () => {
    // SEN: 2 killed, in 2018, MINUSMA, MLI, ambush; 1 military and 1 police. Every cell but the
    // year is under 3, so each breakdown is one merged row of 2.
    expect(await breakdowns(undefined, "SEN")).toEqual([
      { dimension: "attack_type", value: "merged", killed: 2, injured: 0 },
      { dimension: "host_state", value: "merged", killed: 2, injured: 0 },
      { dimension: "mission", value: "merged", killed: 2, injured: 0 },
      { dimension: "personnel_category", value: "merged", killed: 2, injured: 0 },
      { dimension: "year", value: "2018", killed: 2, injured: 0 },
    ]);
  });

  it("shows the edition's own nationals in full", async () => {
    expect(await breakdowns("SEN", "SEN")).toEqual([
      { dimension: "attack_type", value: "ambush", killed: 2, injured: 0 },
      { dimension: "host_state", value: "MLI", killed: 2, injured: 0 },
      { dimension: "mission", value: "MINUSMA", killed: 2, injured: 0 },
      { dimension: "personnel_category", value: "military", killed: 1, injured: 0 },
      { dimension: "personnel_category", value: "police", killed: 1, injured: 0 },
      { dimension: "year", value: "2018", killed: 2, injured: 0 },
    ]);
    // Another state's edition merges SEN's cells as the public one does.
    expect((await breakdowns("MLI", "SEN")).filter((d) => d.dimension === "mission")).toEqual([
      { dimension: "mission", value: "merged", killed: 2, injured: 0 },
    ]);
  });
});
