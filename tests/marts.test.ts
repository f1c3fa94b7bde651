// The marts on a hand-made fixture (tests/fixtures/hand), against figures worked
// out by hand from the fixture files. The working is in the comments.
//
// Fixture: five attacks, data cutoff 2024-12-31 (assistance A3 starts that day).
//   I1 MLI 2015-01-10  killed 2 (mil)          case K1: convicted 2017-07-10, sentenced
//   I2 MLI 2018-06-01  killed 2 (mil, police)  case K2: acquitted 2020-05-01
//   I3 MLI 2023-06-01  injured 3, no deaths    no case
//   I4 CAF 2016-03-15  killed 1                case K3: dismissed 2017-01-01; case K4: convicted 2024-01-01
//   I5 CAF 2022-01-01  killed 1 (national civ) case K4 (concerns I5 and I4): convicted 2024-01-01
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const fixture = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
let warehouse: Warehouse;

beforeAll(async () => {
  warehouse = await tempWarehouse();
  await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(fixture));
});
afterAll(() => warehouse.close());

describe("mart_impunity", () => {
  it("counts fatal attacks, convictions and attacks without verdict N years on", async () => {
    // MLI: fatal I1, I2; conviction only I1.
    //   1y: both older than 2023-12-31; I1 verdict 2017-07-10 > 2016-01-10, I2 verdict 2020-05-01 > 2019-06-01
    //       → 2 without.
    //   2y: I1 2017-07-10 > 2017-01-10 → without; I2 2020-05-01 ≤ 2020-06-01 → verdict → 1 without.
    //   5y: both on or before 2019-12-31; both verdicts within 5 years → 0 without.
    // CAF: fatal I4, I5; both convicted by K4 on 2024-01-01.
    //   1y: both eligible, 2024-01-01 is more than a year after each → 2 without.
    //   2y: I4 without; I5 2024-01-01 ≤ 2024-01-01 → verdict → 1 without.
    //   5y: only I4 eligible (≤ 2019-12-31); 2024-01-01 > 2021-03-15 → 1 without.
    // The effective rate has its own fixture (tests/courts.test.ts).
    const sql = `SELECT * EXCLUDE (as_of_date, with_effective_conviction, share_with_effective_conviction,
                 share_without_verdict_1y, share_without_verdict_2y, share_without_verdict_5y)
                 FROM mart_impunity ORDER BY host_state`;
    expect(await rows(warehouse, sql)).toEqual([
      {
        host_state: "ALL",
        fatal_incidents: 4,
        with_conviction: 3,
        share_with_conviction: 0.75,
        eligible_1y: 4,
        without_verdict_1y: 4,
        eligible_2y: 4,
        without_verdict_2y: 2,
        eligible_5y: 3,
        without_verdict_5y: 1,
      },
      {
        host_state: "CAF",
        fatal_incidents: 2,
        with_conviction: 2,
        share_with_conviction: 1,
        eligible_1y: 2,
        without_verdict_1y: 2,
        eligible_2y: 2,
        without_verdict_2y: 1,
        eligible_5y: 1,
        without_verdict_5y: 1,
      },
      {
        host_state: "MLI",
        fatal_incidents: 2,
        with_conviction: 1,
        share_with_conviction: 0.5,
        eligible_1y: 2,
        without_verdict_1y: 2,
        eligible_2y: 2,
        without_verdict_2y: 1,
        eligible_5y: 2,
        without_verdict_5y: 0,
      },
    ]);
  });
});

describe("mart_impunity's shares without verdict", () => {
  it("divide the attacks without verdict N years on by those N years old", async () => {
    // From the counts above: ALL 4/4, 2/4, 1/3; CAF 2/2, 1/2, 1/1; MLI 2/2, 1/2, 0/2.
    const sql = `SELECT host_state, share_without_verdict_1y AS y1, share_without_verdict_2y AS y2,
                        share_without_verdict_5y AS y5
                 FROM mart_impunity ORDER BY host_state`;
    expect(await rows(warehouse, sql)).toEqual([
      { host_state: "ALL", y1: 1, y2: 0.5, y5: 1 / 3 },
      { host_state: "CAF", y1: 1, y2: 0.5, y5: 1 },
      { host_state: "MLI", y1: 1, y2: 0.5, y5: 0 },
    ]);
  });
});

describe("mart_time_to_conviction (Kaplan–Meier)", () => {
  it("steps down at each conviction and censors open attacks at the cutoff", async () => {
    // Days to first conviction: I1 2015-01-10→2017-07-10 = 731 + 181 = 912; I4 2016-03-15→2024-01-01 = 2848;
    // I5 2022-01-01→2024-01-01 = 730. I2 never convicted: censored at 2018-06-01→2024-12-31 = 2405.
    // ALL: t=730 4 at risk → 3/4; t=912 3 at risk → 3/4·2/3 = 1/2; t=2405 censored only; t=2848 1 at risk → 0.
    // MLI: t=912 → 1/2; last follow-up t=2405 (censored) stays 1/2. CAF: t=730 → 1/2; t=2848 → 0.
    const sql = "SELECT * EXCLUDE (years) FROM mart_time_to_conviction ORDER BY host_state, days";
    expect(await rows(warehouse, sql)).toEqual([
      { host_state: "ALL", days: 730, at_risk: 4, convictions: 1, censored: 0, share_without_conviction: 0.75 },
      { host_state: "ALL", days: 912, at_risk: 3, convictions: 1, censored: 0, share_without_conviction: 0.5 },
      { host_state: "ALL", days: 2848, at_risk: 1, convictions: 1, censored: 0, share_without_conviction: 0 },
      { host_state: "CAF", days: 730, at_risk: 2, convictions: 1, censored: 0, share_without_conviction: 0.5 },
      { host_state: "CAF", days: 2848, at_risk: 1, convictions: 1, censored: 0, share_without_conviction: 0 },
      { host_state: "MLI", days: 912, at_risk: 2, convictions: 1, censored: 0, share_without_conviction: 0.5 },
      { host_state: "MLI", days: 2405, at_risk: 1, convictions: 0, censored: 1, share_without_conviction: 0.5 },
    ]);
  });

  it("gives each time in years of 365.25 days, to three decimals", async () => {
    // 730 / 365.25 = 1.99863 → 1.999; 912 → 2.49692 → 2.497;
    // 2405 → 6.58453 → 6.585; 2848 → 7.79740 → 7.797.
    expect(await rows(warehouse, "SELECT DISTINCT days, years FROM mart_time_to_conviction ORDER BY days")).toEqual([
      { days: 730, years: 1.999 },
      { days: 912, years: 2.497 },
      { days: 2405, years: 6.585 },
      { days: 2848, years: 7.797 },
    ]);
  });
});

describe("mart_accountability_pipeline", () => {
  it("finds the furthest stage per attack and the median days between stages", async () => {
    // MLI furthest stages: I1 convicted (7), I2 verdict (6, acquitted), I3 none (0).
    // Days from the previous stage reached: investigation I1 22, I2 30 → median 26; suspect I1 120;
    // arrest I1 223, I2 335 (I2 skipped 'suspect', so from its investigation) → 279; charged I1 143;
    // trial I1 223; verdict I2 335; convicted I1 181 (from its trial, it had no acquittal).
    const mli = await rows(
      warehouse,
      `SELECT stage, incidents_reached, incidents_stopped, median_days_from_previous
       FROM mart_accountability_pipeline WHERE host_state = 'MLI' ORDER BY stage_rank`,
    );
    expect(mli).toEqual([
      { stage: "no_case", incidents_reached: 3, incidents_stopped: 1, median_days_from_previous: null },
      { stage: "investigation_opened", incidents_reached: 2, incidents_stopped: 0, median_days_from_previous: 26 },
      { stage: "suspect_identified", incidents_reached: 2, incidents_stopped: 0, median_days_from_previous: 120 },
      { stage: "arrest", incidents_reached: 2, incidents_stopped: 0, median_days_from_previous: 279 },
      { stage: "charged", incidents_reached: 2, incidents_stopped: 0, median_days_from_previous: 143 },
      { stage: "trial_opened", incidents_reached: 2, incidents_stopped: 0, median_days_from_previous: 223 },
      { stage: "verdict", incidents_reached: 2, incidents_stopped: 1, median_days_from_previous: 335 },
      { stage: "convicted", incidents_reached: 1, incidents_stopped: 1, median_days_from_previous: 181 },
    ]);
    // CAF suspect identified: I4 2016-04-01 (K3's investigation) → 2022-05-01 = 2221;
    // I5 2022-02-01 → 2022-05-01 = 89; median 1155. Convicted: both 2022-05-01 → 2024-01-01 = 610.
    const caf = await rows(
      warehouse,
      `SELECT stage, median_days_from_previous FROM mart_accountability_pipeline
       WHERE host_state = 'CAF' AND median_days_from_previous IS NOT NULL ORDER BY stage_rank`,
    );
    expect(caf).toEqual([
      { stage: "investigation_opened", median_days_from_previous: 24 },
      { stage: "suspect_identified", median_days_from_previous: 1155 },
      { stage: "convicted", median_days_from_previous: 610 },
    ]);
  });
});

describe("mart_attack_casualties and mart_attack_incidents", () => {
  it("counts people hurt in attacks, not accidents or illness", async () => {
    // Malicious-act casualties: I1 3, I2 2, I3 3, I4 1, I5 3 = 12, of whom killed 2+2+0+1+1 = 6.
    // C13 (accident) is loaded but is not an attack; C14–C16 and the repeated C01 are rejected.
    const [totals] = await rows(
      warehouse,
      `SELECT sum(casualties) AS people, sum(casualties) FILTER (outcome = 'killed') AS killed
       FROM mart_attack_casualties`,
    );
    expect(totals).toEqual({ people: 12, killed: 6 });
    const killedByNationality = await rows(
      warehouse,
      `SELECT nationality, sum(casualties) FILTER (outcome = 'killed') AS killed FROM mart_attack_casualties
       GROUP BY 1 HAVING killed > 0 ORDER BY 1`,
    );
    expect(killedByNationality).toEqual([
      { nationality: "BGD", killed: 1 },
      { nationality: "CAF", killed: 1 },
      { nationality: "RWA", killed: 1 },
      { nationality: "SEN", killed: 2 },
      { nationality: "TCD", killed: 1 },
    ]);
    expect(
      await rows(
        warehouse,
        `SELECT host_state, sum(incidents) AS attacks, sum(fatal_incidents) AS fatal, sum(killed) AS killed
         FROM mart_attack_incidents GROUP BY 1 ORDER BY 1`,
      ),
    ).toEqual([
      { host_state: "CAF", attacks: 2, fatal: 2, killed: 2 },
      { host_state: "MLI", attacks: 3, fatal: 2, killed: 4 },
    ]);
  });
});

describe("mart_attack_casualties_by_year", () => {
  it("puts the killed and the injured of each year, host state, mission and category side by side", async () => {
    // From casualties.csv, malicious acts only (C13 is an accident): I1 2015 military killed C01, C02, injured C03;
    // I4 2016 killed C09; I2 2018 military C04, police C05 killed; I5 2022 military injured C11, C12,
    // national civilian killed C10; I3 2023 military injured C06–C08. A count with nobody in it is empty.
    const sql = `SELECT incident_year AS year, host_state, mission, personnel_category AS category, killed, injured
                 FROM mart_attack_casualties_by_year ORDER BY ALL`;
    expect(await rows(warehouse, sql)).toEqual([
      { year: 2015, host_state: "MLI", mission: "MINUSMA", category: "military", killed: 2, injured: 1 },
      { year: 2016, host_state: "CAF", mission: "MINUSCA", category: "military", killed: 1, injured: null },
      { year: 2018, host_state: "MLI", mission: "MINUSMA", category: "military", killed: 1, injured: null },
      { year: 2018, host_state: "MLI", mission: "MINUSMA", category: "police", killed: 1, injured: null },
      { year: 2022, host_state: "CAF", mission: "MINUSCA", category: "military", killed: null, injured: 2 },
      { year: 2022, host_state: "CAF", mission: "MINUSCA", category: "national_civilian", killed: 1, injured: null },
      { year: 2023, host_state: "MLI", mission: "MINUSMA", category: "military", killed: null, injured: 3 },
    ]);
  });
});

describe("mart_judicial_steps_by_year", () => {
  it(
    "counts the cases that opened, arrested, tried, convicted or acquitted in each year, " + "each case once in ALL",
    async () => {
      // K1 (I1, MLI): opened 2015, arrest 2016, trial and conviction 2017 (2 persons, none said absent).
      // K2 (I2, MLI): opened 2018, arrest 2019, acquitted 2020. K3 (I4, CAF): opened 2016, dismissed 2017
      // (a row of zeros: a step that is none of these). K4 (I5 and I4, both CAF, so once): opened 2022,
      // convicted 2024 (3 persons).
      const sql = `SELECT host_state, event_year, investigations_opened, arrests, trials_opened, verdicts, convictions,
                 persons_convicted, acquittals FROM mart_judicial_steps_by_year ORDER BY host_state, event_year`;
      expect((await rows(warehouse, sql)).map((r) => Object.values(r))).toEqual([
        ["ALL", 2015, 1, 0, 0, 0, 0, 0, 0],
        ["ALL", 2016, 1, 1, 0, 0, 0, 0, 0],
        ["ALL", 2017, 0, 0, 1, 1, 1, 2, 0],
        ["ALL", 2018, 1, 0, 0, 0, 0, 0, 0],
        ["ALL", 2019, 0, 1, 0, 0, 0, 0, 0],
        ["ALL", 2020, 0, 0, 0, 1, 0, 0, 1],
        ["ALL", 2022, 1, 0, 0, 0, 0, 0, 0],
        ["ALL", 2024, 0, 0, 0, 1, 1, 3, 0],
        ["CAF", 2016, 1, 0, 0, 0, 0, 0, 0],
        ["CAF", 2017, 0, 0, 0, 0, 0, 0, 0],
        ["CAF", 2022, 1, 0, 0, 0, 0, 0, 0],
        ["CAF", 2024, 0, 0, 0, 1, 1, 3, 0],
        ["MLI", 2015, 1, 0, 0, 0, 0, 0, 0],
        ["MLI", 2016, 0, 1, 0, 0, 0, 0, 0],
        ["MLI", 2017, 0, 0, 1, 1, 1, 2, 0],
        ["MLI", 2018, 1, 0, 0, 0, 0, 0, 0],
        ["MLI", 2019, 0, 1, 0, 0, 0, 0, 0],
        ["MLI", 2020, 0, 0, 0, 1, 0, 0, 1],
      ]);
    },
  );
});

describe("mart_cases_by_host_state and mart_assistance", () => {
  it("counts cases by status and assistance by state", async () => {
    // K1 MLI convicted; K2 MLI acquitted (verdict); K3 CAF dismissed (military); K4 CAF convicted.
    expect(
      await rows(warehouse, "SELECT host_state, court_type, status, cases FROM mart_cases_by_host_state ORDER BY ALL"),
    ).toEqual([
      { host_state: "CAF", court_type: "civilian", status: "convicted", cases: 1 },
      { host_state: "CAF", court_type: "military", status: "dismissed", cases: 1 },
      { host_state: "MLI", court_type: "civilian", status: "convicted", cases: 1 },
      { host_state: "MLI", court_type: "civilian", status: "verdict", cases: 1 },
    ]);
    expect(
      await rows(
        warehouse,
        `SELECT recipient_state, start_year, assistance_type, activities, amount_usd, related_cases
         FROM mart_assistance ORDER BY ALL`,
      ),
    ).toEqual([
      {
        recipient_state: "CAF",
        start_year: 2024,
        assistance_type: "mobile_courts",
        activities: 1,
        amount_usd: 100000,
        related_cases: 0,
      },
      {
        recipient_state: "MLI",
        start_year: 2019,
        assistance_type: "forensics",
        activities: 1,
        amount_usd: 250000,
        related_cases: 1,
      },
      {
        recipient_state: "MLI",
        start_year: 2020,
        assistance_type: "training",
        activities: 1,
        amount_usd: null,
        related_cases: 0,
      },
    ]);
  });
});
