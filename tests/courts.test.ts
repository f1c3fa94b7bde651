// What courts decide, and what states reply: the contract's fields for convictions in
// absentia, overturned convictions, reports that nothing was done, and requests to host
// states, on a hand-made fixture (tests/fixtures/courts) over the attacks of
// tests/fixtures/hand. Figures are worked out by hand in the comments.
//
//   I1 MLI killed 2   C1: convicted 2017-07-10, 3 persons, all 3 in absentia
//   I2 MLI killed 2   C2: convicted 2019-01-01, 2 present; both convictions overturned 2020-01-01
//   I3 MLI injured 3  C5: convicted 2024-01-01 (persons not stated, none said absent)
//   I4 CAF killed 1   C3: convicted 2018-01-01, 4 persons, 1 in absentia; 1 overturned 2019-01-01
//   I5 CAF killed 1   C4: only a report, 2023-01-01, that nothing was done
// Data cutoff 2024-12-31 (the hand fixture's assistance A3 starts that day); the hand casualties
// carry 4 rows that are rejected on purpose (tests/marts.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const hand = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const courts = (file: string) => path.join(REPO_ROOT, "tests/fixtures/courts", file);
let warehouse: Warehouse;

beforeAll(async () => {
  warehouse = await tempWarehouse();
  const loads = await loadFiles(warehouse, [
    ...["incidents.csv", "casualties.csv", "assistance.jsonl"].map(hand),
    ...["cases.csv", "requests.csv"].map(courts),
  ]);
  expect(loads.map((l) => [l.kind, l.rowsIn, l.rowsLoaded, l.rowsRejected])).toEqual([
    ["incidents", 5, 5, 0],
    ["casualties", 17, 13, 4],
    ["assistance", 3, 3, 0],
    ["cases", 7, 7, 0],
    ["requests", 4, 4, 0],
  ]);
});
afterAll(() => warehouse.close());

describe("the effective conviction rate", () => {
  it("counts convictions of persons in custody that no appeal undid for all of them", async () => {
    // Fatal attacks: I1, I2, I4, I5. Nominal (any conviction): I1, I2, I4 → 3 of 4.
    // Effective: I1 no (all 3 absent); I2 no (2 present, 2 overturned); I4 yes (3 present, 1 overturned).
    // MLI: 2 fatal, 2 nominal, 0 effective. CAF: 2 fatal, 1 nominal (I4), 1 effective.
    expect(
      await rows(
        warehouse,
        `SELECT host_state, fatal_incidents, with_conviction, share_with_conviction,
        with_effective_conviction, share_with_effective_conviction FROM mart_impunity ORDER BY host_state`,
      ),
    ).toEqual([
      {
        host_state: "ALL",
        fatal_incidents: 4,
        with_conviction: 3,
        share_with_conviction: 0.75,
        with_effective_conviction: 1,
        share_with_effective_conviction: 0.25,
      },
      {
        host_state: "CAF",
        fatal_incidents: 2,
        with_conviction: 1,
        share_with_conviction: 0.5,
        with_effective_conviction: 1,
        share_with_effective_conviction: 0.5,
      },
      {
        host_state: "MLI",
        fatal_incidents: 2,
        with_conviction: 2,
        share_with_conviction: 1,
        with_effective_conviction: 0,
        share_with_effective_conviction: 0,
      },
    ]);
  });

  it(
    "keeps a conviction whose persons are not stated as one of a person in custody, " +
      "and a report of no progress out of the cases",
    async () => {
      // I3: C5 names no number of persons and nobody absent → effective on 2024-01-01.
      // I5: C4 is only a report that nothing was done → no case, one report.
      expect(
        await rows(
          warehouse,
          `SELECT incident_id, cases, no_progress_reports, first_conviction_date, first_effective_conviction_date
        FROM fct_incident_accountability ORDER BY incident_id`,
        ),
      ).toEqual([
        {
          incident_id: "I1",
          cases: 1,
          no_progress_reports: 0,
          first_conviction_date: "2017-07-10",
          first_effective_conviction_date: null,
        },
        {
          incident_id: "I2",
          cases: 1,
          no_progress_reports: 0,
          first_conviction_date: "2019-01-01",
          first_effective_conviction_date: null,
        },
        {
          incident_id: "I3",
          cases: 1,
          no_progress_reports: 0,
          first_conviction_date: "2024-01-01",
          first_effective_conviction_date: "2024-01-01",
        },
        {
          incident_id: "I4",
          cases: 1,
          no_progress_reports: 0,
          first_conviction_date: "2018-01-01",
          first_effective_conviction_date: "2018-01-01",
        },
        {
          incident_id: "I5",
          cases: 0,
          no_progress_reports: 1,
          first_conviction_date: null,
          first_effective_conviction_date: null,
        },
      ]);
      // Cases per host state: MLI C1, C2, C5 (all convicted); CAF C3 (convicted); C4 is not a case.
      expect(
        await rows(
          warehouse,
          "SELECT host_state, status, sum(cases) AS cases FROM mart_cases_by_host_state GROUP BY ALL ORDER BY ALL",
        ),
      ).toEqual([
        { host_state: "CAF", status: "convicted", cases: 1 },
        { host_state: "MLI", status: "convicted", cases: 3 },
      ]);
    },
  );
});

describe("the public record mart", () => {
  it("lists the events of public cases only, with their sources, and no restricted field", async () => {
    const record = await rows(warehouse, "SELECT * FROM mart_public_record ORDER BY event_date");
    expect(
      record.map((r) => [
        r.case_id,
        r.host_state,
        r.incident_ids,
        r.killed,
        r.event,
        r.persons_concerned,
        r.persons_in_absentia,
        r.source_url,
      ]),
    ).toEqual([
      ["C3", "CAF", "I4", 1, "convicted", 4, 1, "https://example.org/c3-verdict"],
      ["C3", "CAF", "I4", 1, "conviction_overturned", 1, null, "https://example.org/c3-appeal"],
    ]);
    expect(Object.keys(record[0])).not.toContain("note");
    expect(Object.keys(record[0])).not.toContain("sentence");
  });
});

describe("requests to host states", () => {
  it("counts replies, days to reply and overdue requests per host state", async () => {
    // R1 MLI replied in full after 30 days (2024-01-10 → 2024-02-09);
    // R2 MLI no reply, due 2024-08-01 < cutoff → overdue;
    // R3 CAF no reply, due 2025-01-31 > cutoff → not overdue;
    // R4 CAF replied in part after 90 days (2024-02-01 → 2024-05-01).
    // ALL: median of 30 and 90 = 60.
    expect(await rows(warehouse, "SELECT * FROM mart_requests_by_host_state ORDER BY host_state")).toEqual([
      {
        host_state: "ALL",
        requests: 4,
        replied: 2,
        reply_rate: 0.5,
        replied_in_full: 1,
        replied_in_part: 1,
        replied_without_information: 0,
        median_days_to_reply: 60,
        overdue: 1,
        first_sent: "2024-01-10",
        last_sent: "2024-11-01",
      },
      {
        host_state: "CAF",
        requests: 2,
        replied: 1,
        reply_rate: 0.5,
        replied_in_full: 0,
        replied_in_part: 1,
        replied_without_information: 0,
        median_days_to_reply: 90,
        overdue: 0,
        first_sent: "2024-02-01",
        last_sent: "2024-11-01",
      },
      {
        host_state: "MLI",
        requests: 2,
        replied: 1,
        reply_rate: 0.5,
        replied_in_full: 1,
        replied_in_part: 0,
        replied_without_information: 0,
        median_days_to_reply: 30,
        overdue: 1,
        first_sent: "2024-01-10",
        last_sent: "2024-06-01",
      },
    ]);
  });
});

describe("the cases contract", () => {
  it("loads an export of the earlier contract unchanged, with the new fields at their defaults", async () => {
    const earlier = await tempWarehouse();
    try {
      const [load] = await loadFiles(earlier, [hand("cases.csv")]);
      expect([load.rowsIn, load.rowsLoaded, load.rowsRejected]).toEqual([15, 15, 0]);
      expect(
        await rows(
          earlier,
          `SELECT DISTINCT event_date_precision, perpetrator_kind, disclosure, persons_in_absentia, source_url
           FROM raw_cases`,
        ),
      ).toEqual([
        {
          event_date_precision: "day",
          perpetrator_kind: "unknown",
          disclosure: "restricted",
          persons_in_absentia: null,
          source_url: null,
        },
      ]);
    } finally {
      earlier.close();
    }
  });

  it(
    "rejects more persons in absentia than concerned, a web address that is not http(s), " +
      "and a currency that is not ISO 4217",
    async () => {
      const bad = await tempWarehouse();
      try {
        const [load] = await loadFiles(bad, [courts("bad-cases.csv")]);
        expect([load.rowsIn, load.rowsLoaded, load.rowsRejected]).toEqual([4, 1, 3]);
        expect(load.rejects.map((r) => [r.line, r.field])).toEqual([
          [2, "persons_in_absentia"],
          [3, "source_url"],
          [4, "reparations_currency"],
        ]);
        expect(load.rejects.map((r) => r.reason)).toEqual([
          "persons_in_absentia is more than persons_concerned",
          "expected a web address starting with http:// or https:// (value 'ftp://example.org/x')",
          "expected an ISO 4217 currency code such as XOF (value 'xof')",
        ]);
      } finally {
        bad.close();
      }
    },
  );
});
