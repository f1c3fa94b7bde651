// The marts the reports read (docs/reports.md): what happened in a year, and where things
// stood at its end. On the hand fixture's attacks (tests/fixtures/hand) with the courts'
// cases and requests (tests/fixtures/courts), as tests/courts.test.ts loads them; figures
// worked out by hand in the comments. Data cutoff 2024-12-31.
//
//   I1 MLI 2015-01-10 killed 2  C1: convicted 2017-07-10, 3 persons, all 3 in absentia
//   I2 MLI 2018-06-01 killed 2  C2: convicted 2019-01-01, 2 present; overturned for both 2020-01-01
//   I3 MLI 2023-06-01 injured 3 C5: convicted 2024-01-01 (persons not stated)
//   I4 CAF 2016-03-15 killed 1  C3: convicted 2018-01-01, 4 persons, 1 in absentia; 1 overturned 2019-01-01
//   I5 CAF 2022-01-01 killed 1  C4: only a report, 2023-01-01, that nothing was done
//   Requests (all sent in 2024): R1 MLI replied in full 2024-02-09; R2 MLI no reply, due 2024-08-01;
//   R3 CAF no reply, due 2025-01-31; R4 CAF replied in part 2024-05-01.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { publicQueries } from "../etl/extract/public-queries.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const hand = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const courts = (file: string) => path.join(REPO_ROOT, "tests/fixtures/courts", file);
let warehouse: Warehouse;

beforeAll(async () => {
  warehouse = await tempWarehouse();
  await loadFiles(warehouse, [
    ...["incidents.csv", "casualties.csv", "assistance.jsonl"].map(hand),
    ...["cases.csv", "requests.csv"].map(courts),
  ]);
});
afterAll(() => warehouse.close());

describe("mart_judicial_events_by_year", () => {
  it(
    "counts each year's events, cases, persons and persons in absentia per host state, " + "each case once in ALL",
    async () => {
      // C1 → I1 (MLI): 2017 convicted, 3 persons, 3 absent: no person in custody.
      // C2 → I2 (MLI): 2019 convicted, 2 present (in custody); 2020 overturned, 2 persons.
      // C5 → I3 (MLI): 2024 convicted, persons not stated (0), none said absent: in custody.
      // C3 → I4 (CAF): 2018 convicted, 4 persons, 1 absent (in custody); 2019 overturned, 1 person.
      // C4 → I5 (CAF): 2023 a report that nothing was done.
      const cols =
        "host_state, event_year, event, events, cases, cases_in_custody, persons_concerned, persons_in_absentia";
      const byState = await rows(
        warehouse,
        `SELECT ${cols} FROM mart_judicial_events_by_year WHERE host_state <> 'ALL' ORDER BY host_state, event_year`,
      );
      expect(byState.map((r) => Object.values(r))).toEqual([
        ["CAF", 2018, "convicted", 1, 1, 1, 4, 1],
        ["CAF", 2019, "conviction_overturned", 1, 1, 0, 1, 0],
        ["CAF", 2023, "no_progress_reported", 1, 1, 0, 0, 0],
        ["MLI", 2017, "convicted", 1, 1, 0, 3, 3],
        ["MLI", 2019, "convicted", 1, 1, 1, 2, 0],
        ["MLI", 2020, "conviction_overturned", 1, 1, 0, 2, 0],
        ["MLI", 2024, "convicted", 1, 1, 1, 0, 0],
      ]);
      // Every case concerns one host state, so ALL holds the same rows; 2019 has two (C2's conviction, C3's overturn).
      const all = await rows(
        warehouse,
        `SELECT ${cols} FROM mart_judicial_events_by_year WHERE host_state = 'ALL' ORDER BY event_year, event`,
      );
      expect(all.map((r) => [r.event_year, r.event, r.cases, r.persons_concerned])).toEqual([
        [2017, "convicted", 1, 3],
        [2018, "convicted", 1, 4],
        [2019, "convicted", 1, 2],
        [2019, "conviction_overturned", 1, 1],
        [2020, "conviction_overturned", 1, 2],
        [2023, "no_progress_reported", 1, 0],
        [2024, "convicted", 1, 0],
      ]);
    },
  );
});

describe("mart_judicial_steps_by_year", () => {
  it("puts each year's steps side by side, verdicts and reports counted as events, in absentia apart", async () => {
    // From the events above: C1's conviction is in absentia (3 of 3 absent), C3's has 1 of 4 absent but 3 present,
    // C5's states no persons (0) and none absent. No case was opened, arrested or tried in the fixture.
    const cols =
      "host_state, event_year, verdicts, convictions, convictions_in_absentia, " +
      "persons_convicted, persons_in_absentia, " +
      "acquittals, overturned, no_progress, investigations_opened + arrests + trials_opened AS earlier_steps";
    const got = await rows(
      warehouse,
      `SELECT ${cols} FROM mart_judicial_steps_by_year WHERE host_state IN ('CAF', 'MLI') OR event_year = 2019
       ORDER BY host_state, event_year`,
    );
    expect(got.map((r) => Object.values(r))).toEqual([
      ["ALL", 2019, 1, 1, 0, 2, 0, 0, 1, 0, 0],
      ["CAF", 2018, 1, 1, 0, 4, 1, 0, 0, 0, 0],
      ["CAF", 2019, 0, 0, 0, 0, 0, 0, 1, 0, 0],
      ["CAF", 2023, 0, 0, 0, 0, 0, 0, 0, 1, 0],
      ["MLI", 2017, 1, 1, 1, 3, 3, 0, 0, 0, 0],
      ["MLI", 2019, 1, 1, 0, 2, 0, 0, 0, 0, 0],
      ["MLI", 2020, 0, 0, 0, 0, 0, 0, 1, 0, 0],
      ["MLI", 2024, 1, 1, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });
});

describe("mart_accountability_by_year", () => {
  it(
    "follows the fatal attacks year by year: those of the year, those to date, " +
      "with a verdict, a conviction, and the backlog",
    async () => {
      // Fatal attacks: I1 (MLI 2015, verdict 2017), I2 (MLI 2018, verdict 2019, conviction overturned: not effective),
      // I4 (CAF 2016, verdict 2018, effective), I5 (CAF 2022, none). I3 killed nobody.
      // Rows from each state's first fatal attack to 2024:
      // MLI 2015–2024 (10), CAF 2016–2024 (9), ALL 2015–2024 (10).
      const all = await rows(warehouse, "SELECT * FROM mart_accountability_by_year ORDER BY host_state, year");
      expect(all.length).toBe(29);
      const pick = (host: string, year: number) => {
        const r = all.find((d) => d.host_state === host && d.year === year)!;
        return [
          r.year_end,
          r.fatal_incidents,
          r.fatal_incidents_to_date,
          r.with_verdict,
          r.with_conviction,
          r.with_effective_conviction,
          r.without_verdict,
        ];
      };
      expect(pick("MLI", 2015)).toEqual(["2015-12-31", 1, 1, 0, 0, 0, 1]);
      expect(pick("MLI", 2017)).toEqual(["2017-12-31", 0, 1, 1, 1, 0, 0]); // I1's verdict of 10 July 2017
      expect(pick("MLI", 2018)).toEqual(["2018-12-31", 1, 2, 1, 1, 0, 1]); // I2 waits for its verdict
      expect(pick("MLI", 2024)).toEqual(["2024-12-31", 0, 2, 2, 2, 0, 0]); // I3 killed nobody: not counted
      expect(pick("CAF", 2016)).toEqual(["2016-12-31", 1, 1, 0, 0, 0, 1]);
      expect(pick("CAF", 2018)).toEqual(["2018-12-31", 0, 1, 1, 1, 1, 0]);
      expect(pick("CAF", 2022)).toEqual(["2022-12-31", 1, 2, 1, 1, 1, 1]); // I5
      // ALL 2018: I1, I4 and I2 so far; verdicts for I1 (2017) and I4 (1 January 2018); I4 the only effective one.
      expect(pick("ALL", 2018)).toEqual(["2018-12-31", 1, 3, 2, 2, 1, 1]);
      expect(pick("ALL", 2024)).toEqual(["2024-12-31", 0, 4, 3, 3, 1, 1]);
      expect(all.every((r) => r.fatal_incidents_inferred === 0)).toBe(true); // every attack is in the incident export
    },
  );
});

describe("mart_first_convictions", () => {
  it("gives the days from each fatal attack to its first conviction, by the year of that conviction", async () => {
    // I1: 2015-01-10 → 2017-07-10 = 731 days (2015-01-10 → 2017-01-10, with 29 February 2016) + 181 = 912.
    // I2: 2018-06-01 → 2019-01-01 = 30+31+31+30+31+30+31 = 214.
    // I4: 2016-03-15 → 2018-01-01 = 365 (to 2017-03-15) + 292 = 657.
    expect(
      (await rows(warehouse, "SELECT * FROM mart_first_convictions ORDER BY host_state, conviction_year")).map((r) =>
        Object.values(r),
      ),
    ).toEqual([
      ["ALL", 2017, 912, 1],
      ["ALL", 2018, 657, 1],
      ["ALL", 2019, 214, 1],
      ["CAF", 2018, 657, 1],
      ["MLI", 2017, 912, 1],
      ["MLI", 2019, 214, 1],
    ]);
  });
});

describe("mart_requests_by_year", () => {
  it("counts requests sent and replies received in the year, and those unanswered and overdue at its end", async () => {
    // MLI: R1, R2 sent; R1 replied in full; R2 unanswered, overdue (due 1 August).
    // CAF: R3, R4 sent; R4 replied in part; R3 unanswered, not overdue (due 31 January 2025).
    const cols =
      "host_state, year, year_end, sent, replies, replies_in_full, replies_in_part, " +
      "replies_without_information, unanswered, overdue";
    expect(
      (await rows(warehouse, `SELECT ${cols} FROM mart_requests_by_year ORDER BY host_state`)).map((r) =>
        Object.values(r),
      ),
    ).toEqual([
      ["ALL", 2024, "2024-12-31", 4, 2, 1, 1, 0, 2, 1],
      ["CAF", 2024, "2024-12-31", 2, 1, 0, 1, 0, 1, 0],
      ["MLI", 2024, "2024-12-31", 2, 1, 1, 0, 0, 1, 1],
    ]);
  });
});

describe("mart_fatalities_by_nationality", () => {
  // People hurt in attacks (the rejected and non-attack rows of the hand casualties left out):
  //   2015 MINUSMA: BGD killed 1, TCD killed 1, TCD injured 1
  //   2016 MINUSCA: RWA killed 1
  //   2018 MINUSMA: SEN killed 2
  //   2022 MINUSCA: CAF killed 1, RWA injured 1, BGD injured 1
  //   2023 MINUSMA: EGY injured 2, TCD injured 1
  it("counts people by year, nationality, mission and outcome", async () => {
    const all = await rows(warehouse, "SELECT * FROM mart_fatalities_by_nationality ORDER BY ALL");
    expect(all.map((r) => Object.values(r))).toEqual([
      [2015, "BGD", "MINUSMA", "killed", 1],
      [2015, "TCD", "MINUSMA", "injured", 1],
      [2015, "TCD", "MINUSMA", "killed", 1],
      [2016, "RWA", "MINUSCA", "killed", 1],
      [2018, "SEN", "MINUSMA", "killed", 2],
      [2022, "BGD", "MINUSCA", "injured", 1],
      [2022, "CAF", "MINUSCA", "killed", 1],
      [2022, "RWA", "MINUSCA", "injured", 1],
      [2023, "EGY", "MINUSMA", "injured", 2],
      [2023, "TCD", "MINUSMA", "injured", 1],
    ]);
  });

  it(
    "merges cells of 1 or 2 people into the mission 'other' in the editions, " + "except the edition's own nationals",
    async () => {
      const edition = async (state: string) => {
        const query = (await publicQueries(warehouse.connection, { audience: "state", state })).find(
          (q) => q.name === "mart_fatalities_by_nationality",
        )!;
        return (await rows(warehouse, query.sql)).map(
          (r) => `${r.incident_year} ${r.nationality} ${r.mission} ${r.outcome} ${r.casualties}`,
        );
      };
      // Every cell is 1 or 2: all go to 'other', but state:CAF keeps its national killed in MINUSCA in 2022.
      const caf = await edition("CAF");
      expect(caf).toContain("2022 CAF MINUSCA killed 1");
      expect(caf.filter((r) => !r.includes(" other "))).toEqual(["2022 CAF MINUSCA killed 1"]);
      expect(caf).toContain("2018 SEN other killed 2");
      expect(caf.length).toBe(10); // nothing else to merge: one mission per (year, nationality, outcome) here
    },
  );
});
