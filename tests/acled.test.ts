/**
 * The ACLED adapter (etl/sources/acled.ts), the ledger's rows left out, and the link from the
 * UN's deaths to ACLED's attacks (warehouse/core/fct_attack_links.sql), on the hand-made
 * fixtures of tests/fixtures/acled (their README says what each row is for). Every expected
 * figure is worked out by hand from those rows, in the comments. The real Mali export is in
 * tests/acled-real.test.ts.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, type FileLoad } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { acledDate, missionOfActor } from "../etl/sources/acled.ts";
import { rows, tempWarehouse, tempWarehousePath } from "./helpers/warehouse.ts";

const fixture = (f: string) => path.join(REPO_ROOT, "tests/fixtures/acled", f);
const ACLED_2020 = fixture("acled-2020.csv");
const ACLED_2021 = fixture("acled-2021.csv");
const UN_2025 = fixture("un-fatalities-2025.csv");
const NO_MISSION = "not about UN peacekeepers: no mission of missions.csv named as actor2 or in assoc_actor_2";

describe("ACLED actor names and dates", () => {
  it(
    "names a mission by its acronym whatever the years in brackets, " +
      "only when it is in missions.csv and says United Nations",
    () => {
      const name = "United Nations Multidimensional Integrated Stabilization Mission in Mali";
      for (const years of ["(2013-)", "(2013-2020)", "(2020-)", ""])
        expect(missionOfActor(`MINUSMA: ${name} ${years}`)).toBe("MINUSMA");
      expect(
        missionOfActor(
          "MONUSCO: United Nations Organization Stabilization Mission in Democratic Republic of Congo (2010-)",
        ),
      ).toBe("MONUSCO");
      expect(missionOfActor("UN: United Nations")).toBeUndefined(); // the organisation, no mission
      expect(missionOfActor("UNHCR: United Nations Refugee Agency")).toBeUndefined(); // not in missions.csv
      expect(missionOfActor("MINUSMA: a body that is not the UN's")).toBeUndefined();
      expect(
        missionOfActor(
          "Mutiny of MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-)",
        ),
      ).toBeUndefined();
      expect(missionOfActor("Civilians (Mali)")).toBeUndefined();
    },
  );

  it("reads both date layouts ACLED has published", () => {
    expect(acledDate("2020-12-31")).toBe("2020-12-31");
    expect(acledDate("31 December 2020")).toBe("2020-12-31");
    expect(acledDate("1 March 2015")).toBe("2015-03-01");
    expect(acledDate("31/12/2020")).toBe("31/12/2020"); // passed through, for the quarantine to name
  });
});

describe("ACLED export with the UN's deaths: hand-made fixtures", () => {
  let w: Warehouse;
  let loads: FileLoad[];
  beforeAll(async () => {
    w = await tempWarehouse();
    loads = await loadFiles(w, [ACLED_2020, UN_2025]);
  });
  afterAll(() => w.close());

  it("is told from its header, and accounts for every row: 14 in = 8 kept + 1 rejected + 5 left out", async () => {
    expect(loads.map((l) => [l.kind, l.rowsIn, l.rowsLoaded, l.rowsRejected, l.rowsLeftOut])).toEqual([
      ["incidents", 14, 8, 1, 5],
      ["casualties", 12, 12, 0, 0],
    ]);
    const ledger = await rows(
      w,
      `SELECT source, rows_in, rows_loaded, rows_rejected, rows_left_out, accessed_on, records_from, records_to
       FROM etl_loads ORDER BY load_id`,
    );
    // Access date: the latest timestamp, 1610409638 = 2021-01-12 UTC; the records span 2014-05-26 .. 2020-12-31.
    expect(ledger[0]).toEqual({
      source: "acled",
      rows_in: 14,
      rows_loaded: 8,
      rows_rejected: 1,
      rows_left_out: 5,
      accessed_on: "2021-01-12",
      records_from: "2014-05-26",
      records_to: "2020-12-31",
    });
    // Lines: the file is newest first; 770012 (the Malian army as target) is line 7, the Agreement line 16.
    expect(await rows(w, "SELECT reason, rows, first_line FROM etl_left_out ORDER BY first_line")).toEqual([
      { reason: NO_MISSION, rows: 4, first_line: 7 },
      { reason: "not an attack on the mission: ACLED sub-event type 'Agreement'", rows: 1, first_line: 16 },
    ]);
    expect(loads[0].rejects).toEqual([
      { line: 4, field: "attack_type", reason: expect.stringContaining("(value 'Teleportation')") },
    ]);
  });

  it(
    "maps an event onto the incidents contract: place, type, perpetrator and narrative from ACLED, " +
      "counts of UN personnel not known",
    async () => {
      const [incident] = await rows(
        w,
        "SELECT * FROM fct_incidents i JOIN stg_incidents s USING (incident_id) WHERE incident_id = 'ACLED-MLI770001'",
      );
      expect(incident).toMatchObject({
        incident_date: "2016-05-29",
        date_precision: "day",
        mission: "MINUSMA",
        host_state: "MLI",
        admin1: "Mopti",
        admin2: "Douentza",
        place: "CANARY-LOCATION-ACLED-c3d4",
        latitude: 15.123457,
        longitude: -2.765431,
        attack_type: "ied_or_mine",
        perpetrator_group: "CANARY-ACTOR-ACLED-a1b2",
        casualty_counts: "not_known",
        fatalities_all_parties: 5,
        source_dataset: "acled",
        killed_total: null,
        injured_total: null,
        killed_military: null,
        injured_other: null,
        last_updated: "2021-01-11", // timestamp 1610409138 = 2021-01-11 23:52 UTC
      });
      expect(String(incident.narrative)).toBe(
        'CANARY-NOTE-ACLED-e5f6: a convoy of the mission struck an IED, "north" of the town, 5 killed.',
      );
      // Sub-event type → attack type (docs/sources/acled.md), and the mission found in actor2 or assoc_actor_2
      // whatever its brackets.
      expect(await rows(w, "SELECT incident_id, mission, attack_type FROM fct_incidents ORDER BY incident_id")).toEqual(
        [
          ["ACLED-MLI770001", "ied_or_mine"], // IED; assoc_actor_2 (2013-)
          ["ACLED-MLI770002", "indirect_fire"], // shelling; actor2 (2013-2020)
          ["ACLED-MLI770003", "direct_fire"], // armed clash; assoc_actor_2 after France (2013-2020)
          ["ACLED-MLI770004", "ied_or_mine"], // suicide bomb
          ["ACLED-MLI770005", "direct_fire"], // armed clash; actor2 (2020-)
          ["ACLED-MLI770006", "other"], // violent demonstration
          ["ACLED-MLI770007", "other"], // attack on civilians of the mission
          ["ACLED-MLI770014", "other"], // looting; assoc_actor_2 (2020-)
        ].map(([incident_id, attack_type]) => ({ incident_id, mission: "MINUSMA", attack_type })),
      );
    },
  );

  it("links each UN malicious-act death by mission and date, and says why the others are not", async () => {
    expect(
      await rows(
        w,
        "SELECT casualty_id, incident_id, link_status, admin1, attack_type FROM fct_casualties ORDER BY casualty_id",
      ),
    ).toEqual([
      {
        casualty_id: "MINUSCA-2016-05-09012",
        incident_id: null,
        link_status: "no_candidate",
        admin1: null,
        attack_type: "not_recorded",
      }, // another mission
      {
        casualty_id: "MINUSMA-2016-02-09008",
        incident_id: null,
        link_status: "no_candidate",
        admin1: null,
        attack_type: "not_recorded",
      },
      {
        casualty_id: "MINUSMA-2016-05-09001",
        incident_id: "ACLED-MLI770001",
        link_status: "linked_same_day",
        admin1: "Mopti",
        attack_type: "ied_or_mine",
      },
      {
        casualty_id: "MINUSMA-2016-05-09002",
        incident_id: "ACLED-MLI770001",
        link_status: "linked_same_day",
        admin1: "Mopti",
        attack_type: "ied_or_mine",
      },
      // 08-15: no attack that day; 770002 the day before.
      {
        casualty_id: "MINUSMA-2017-08-09003",
        incident_id: "ACLED-MLI770002",
        link_status: "linked_within_a_day",
        admin1: "Tombouctou",
        attack_type: "indirect_fire",
      },
      // 04-14: 770003 and 770004 the same day.
      {
        casualty_id: "MINUSMA-2018-04-09004",
        incident_id: null,
        link_status: "ambiguous",
        admin1: null,
        attack_type: "not_recorded",
      },
      ...[5, 6, 7].map((n) => ({
        casualty_id: `MINUSMA-2019-01-0900${n}`,
        incident_id: "ACLED-MLI770005",
        link_status: "linked_same_day",
        admin1: "Kidal",
        attack_type: "direct_fire",
      })),
      // 01-21: nothing that day; 770005 the day before (nothing the day after).
      {
        casualty_id: "MINUSMA-2019-01-09011",
        incident_id: "ACLED-MLI770005",
        link_status: "linked_within_a_day",
        admin1: "Kidal",
        attack_type: "direct_fire",
      },
      // An illness on the day of 770006: only malicious acts are linked.
      {
        casualty_id: "MINUSMA-2019-07-09010",
        incident_id: null,
        link_status: null,
        admin1: null,
        attack_type: "not_recorded",
      },
      {
        casualty_id: "MINUSMA-2022-06-09009",
        incident_id: null,
        link_status: "no_candidate",
        admin1: null,
        attack_type: "not_recorded",
      },
    ]);
  });

  it(
    "counts each attack once: the inferred attacks stay, carrying their link, " +
      "and no ACLED row becomes an attack of its own",
    async () => {
      const attacks = await rows(
        w,
        `SELECT incident_id, inferred, linked_incident_id, killed_total
         FROM fct_incident_accountability ORDER BY incident_id`,
      );
      // Without ACLED the UN fixture gives the same 8 inferred attacks
      // (one per mission and day of malicious-act deaths).
      const alone = await tempWarehouse();
      try {
        await loadFiles(alone, [UN_2025]);
        const before = await rows(
          alone,
          "SELECT incident_id, killed_total FROM fct_incident_accountability ORDER BY incident_id",
        );
        expect(attacks.map(({ incident_id, killed_total }) => ({ incident_id, killed_total }))).toEqual(before);
      } finally {
        alone.close();
      }
      expect(attacks.every((a) => a.inferred === true)).toBe(true);
      expect(attacks.filter((a) => a.linked_incident_id).map((a) => [a.incident_id, a.linked_incident_id])).toEqual([
        ["INF-MINUSMA-20160529-malicious_act", "ACLED-MLI770001"],
        ["INF-MINUSMA-20170815-malicious_act", "ACLED-MLI770002"],
        ["INF-MINUSMA-20190120-malicious_act", "ACLED-MLI770005"],
        ["INF-MINUSMA-20190121-malicious_act", "ACLED-MLI770005"],
      ]);
      // The attack-trend marts: ACLED's attacks are counted apart, never with the exports' incidents.
      expect(await rows(w, "SELECT count(*) AS n FROM mart_attack_incidents")).toEqual([{ n: 0 }]);
      expect(
        await rows(
          w,
          `SELECT sum(attacks) AS attacks, sum(attacks_linked) AS linked, sum(un_deaths_linked) AS deaths
         FROM mart_acled_attacks`,
        ),
      ).toEqual([
        { attacks: 8, linked: 3, deaths: 7 }, // 770001 (2 deaths), 770002 (1), 770005 (3 + 1)
      ]);
    },
  );

  it("reports the agreement of the two sources", async () => {
    expect(
      await rows(w, "SELECT * EXCLUDE (mission, covered_from, covered_to, accessed_on) FROM mart_acled_agreement"),
    ).toEqual([
      {
        // MINUSMA deaths in malicious acts dated within 2014-05-26 .. 2020-12-31: all but 2022-06-01.
        un_deaths: 9,
        un_deaths_linked_same_day: 5,
        un_deaths_linked_within_a_day: 2,
        un_deaths_ambiguous: 1,
        un_deaths_no_candidate: 1,
        un_deaths_outside_period: 1,
        // (mission, day) groups: 05-29, 08-15, 04-14, 01-20, 02-12, 01-21; linked: all but 04-14 and 02-12.
        un_attacks: 6,
        un_attacks_linked: 4,
        // With fatalities: 770001-005 and 770007; of those, no UN death linked: 770003, 770004 (ambiguous) and 770007.
        acled_attacks: 8,
        acled_attacks_with_fatalities: 6,
        acled_attacks_linked: 3,
        acled_fatal_attacks_without_un_death: 3,
        acled_attacks_linked_to_several_dates: 1, // 770005: deaths of 01-20 and 01-21
      },
    ]);
  });

  it("updates events by ACLED's event id when a newer export is loaded", async () => {
    const [newer] = await loadFiles(w, [ACLED_2021]);
    expect([newer.rowsIn, newer.rowsLoaded, newer.rowsRejected, newer.rowsLeftOut]).toEqual([15, 9, 1, 5]);
    expect(
      await rows(w, "SELECT count(*) AS current, (SELECT count(*) FROM raw_incidents) AS versions FROM stg_incidents"),
    ).toEqual([{ current: 9, versions: 17 }]);
    expect(
      await rows(
        w,
        "SELECT fatalities_all_parties AS f, narrative FROM stg_incidents WHERE incident_id = 'ACLED-MLI770006'",
      ),
    ).toEqual([{ f: 1, narrative: "CANARY-NOTE-ACLED-7b8c: stones thrown at a patrol; a rioter died." }]);
    // 770006 now has a death and no UN death: 4 fatal attacks without one. Accessed: 1618873890 = 2021-04-19.
    expect(
      await rows(
        w,
        "SELECT acled_attacks, acled_fatal_attacks_without_un_death, accessed_on, covered_to FROM mart_acled_agreement",
      ),
    ).toEqual([
      {
        acled_attacks: 9,
        acled_fatal_attacks_without_un_death: 4,
        accessed_on: "2021-04-19",
        covered_to: "2021-01-05",
      },
    ]);
    const [again] = await loadFiles(w, [ACLED_2021]);
    expect(again.alreadyLoadedAs?.loadId).toBe(newer.loadId);
  });
});

describe("the ledger: rows in = loaded + rejected + left out", () => {
  it("refuses a ledger row that does not add up", async () => {
    const w = await tempWarehouse();
    try {
      await expect(
        w.connection.run(`INSERT INTO etl_loads (load_id, kind, source, file_name, file_sha256, file_bytes,
            started_at, finished_at, rows_in, rows_loaded, rows_rejected, rows_left_out)
          VALUES (99, 'incidents', 'acled', 'x.csv', 'x', 1, now(), now(), 10, 5, 1, 3)`),
      ).rejects.toThrow(/CHECK/i);
    } finally {
      w.close();
    }
  });

  it(
    "brings a ledger made before rows could be left out, " +
      "and raw tables without the new incident fields, up to date",
    async () => {
      const file = tempWarehousePath();
      const w = await openWarehouse(file);
      await loadFiles(w, [UN_2025]);
      // The ledger as it was: no left-out columns, and the old CHECK.
      await w.connection.run(`CREATE TABLE old_loads AS
        SELECT * EXCLUDE (rows_left_out, accessed_on, records_from, records_to) FROM etl_loads;
      DROP TABLE etl_loads;
      CREATE TABLE etl_loads (load_id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, source VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL, file_sha256 VARCHAR NOT NULL, file_bytes BIGINT NOT NULL,
        started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL,
        rows_in BIGINT NOT NULL, rows_loaded BIGINT NOT NULL, rows_rejected BIGINT NOT NULL, encoding VARCHAR,
        CHECK (rows_in = rows_loaded + rows_rejected));
      INSERT INTO etl_loads SELECT * FROM old_loads; DROP TABLE old_loads;
      ALTER TABLE raw_incidents DROP COLUMN admin2; ALTER TABLE raw_incidents DROP COLUMN casualty_counts;
      ALTER TABLE raw_incidents DROP COLUMN fatalities_all_parties;
      ALTER TABLE raw_incidents DROP COLUMN source_dataset;`);
      w.close();
      const reopened = await openWarehouse(file);
      try {
        expect(await rows(reopened, "SELECT source, rows_in, rows_loaded, rows_left_out FROM etl_loads")).toEqual([
          { source: "un-fatalities-2025", rows_in: 12, rows_loaded: 12, rows_left_out: 0 },
        ]);
        const [acled] = await loadFiles(reopened, [ACLED_2020]);
        expect(acled.rowsLeftOut).toBe(5);
        expect(
          await rows(
            reopened,
            "SELECT count(*) AS n, count(admin2) AS admin2 FROM stg_incidents WHERE source_dataset = 'acled'",
          ),
        ).toEqual([{ n: 8, admin2: 8 }]);
      } finally {
        reopened.close();
      }
    },
  );
});
