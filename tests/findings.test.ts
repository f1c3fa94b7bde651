// The one-line findings above the charts (src/components/findings.js), on rows made by hand:
// each expected sentence is worked out from the rows in the comment above it, in English
// (Node's language; the other languages use the same functions through their catalogues).
import { describe, expect, it } from "vitest";
import * as f from "../src/components/findings.js";
import { formatUsd } from "../src/components/format.js";

describe("findings", () => {
  it("deadliest year: the year with most killed, the first on a tie; none when nobody was killed", () => {
    // 2019: 4, 2020: 9, 2021: 9 → 2020, the first of the two nines.
    expect(
      f.deadliestYear([
        { year: 2019, killed: 4 },
        { year: 2020, killed: 9 },
        { year: 2021, killed: 9 },
      ]),
    ).toBe("2020 was the deadliest year, with 9 peacekeepers killed in attacks.");
    expect(f.deadliestYear([{ year: 2019, killed: 0 }])).toBe("");
    expect(f.deadliestYear([])).toBe("");
  });

  it("top host state: summed over years and categories, as a share of everyone killed", () => {
    // MLI 3 + 5 = 8, CAF 2 + 6 = 8 (MLI first), COD 4: 8 of 20 = 40%.
    const rows = [
      { host_state: "MLI", killed: 3 },
      { host_state: "CAF", killed: 2 },
      { host_state: "MLI", killed: 5 },
      { host_state: "COD", killed: 4 },
      { host_state: "CAF", killed: 6 },
    ];
    expect(f.topHostState(rows)).toBe("Mali accounts for 40% of the peacekeepers killed in attacks shown.");
    // The UN's name of the state, not the data's code or a colloquial one.
    expect(f.topHostState([{ host_state: "COD", killed: 1 }])).toBe(
      "Democratic Republic of the Congo accounts for 100% of the peacekeepers killed in attacks shown.",
    );
  });

  it("attacks and fatal attacks, by month", () => {
    // 3 + 4 = 7 attacks, 1 + 2 = 3 of them fatal.
    expect(
      f.attacksAndFatal([
        { attacks: 3, fatal_attacks: 1 },
        { attacks: 4, fatal_attacks: 2 },
      ]),
    ).toBe("7 attacks recorded; 3 of them killed at least one person.");
  });

  it("deadliest attack type and most killed personnel category", () => {
    // ambush 2 + 2 = 4 against IED 3; military 5 of 5 + 2 = 7 → 71%.
    const rows = [
      { attack_type: "ambush", personnel_category: "military", killed: 2 },
      { attack_type: "ied_or_mine", personnel_category: "police", killed: 2 },
      { attack_type: "ambush", personnel_category: "military", killed: 2 },
      { attack_type: "ied_or_mine", personnel_category: "military", killed: 1 },
    ];
    expect(f.deadliestAttackType(rows)).toBe("Ambush killed more peacekeepers than any other type of attack: 4.");
    expect(f.mostKilledCategory(rows)).toBe("Military account for 71% of the peacekeepers killed.");
  });

  it(
    "nationals of a contributing country: killed, injured when recorded, " + "and missions in the singular or plural",
    () => {
      const one = [
        { killed: 2, injured: 1, missions: 1 },
        { killed: 1, injured: 0, missions: 1 },
      ];
      expect(f.nationalsKilled(one, "Senegal", true)).toBe(
        "3 nationals of Senegal killed and 1 injured in attacks, in 1 mission.",
      );
      expect(f.nationalsKilled([{ killed: 1234, injured: 0, missions: 2 }], "Chad", false)).toBe(
        "1,234 nationals of Chad killed in attacks, in 2 missions.",
      );
      expect(f.nationalsKilled([], "Chad", false)).toBe("");
    },
  );

  it("conviction rates and the share without a verdict five years on", () => {
    const all = {
      fatal_incidents: 20,
      share_with_conviction: 0.25,
      share_with_effective_conviction: 0.1,
      eligible_5y: 8,
      share_without_verdict_5y: 0.875,
    };
    expect(f.convictionRates(all)).toBe(
      "25% of fatal attacks have a conviction; 10% have one of a person in custody that was not overturned.",
    );
    expect(f.withoutVerdictFiveYears(all)).toBe(
      "Five years after a fatal attack, 88% of attacks have still had no verdict.",
    );
    expect(f.withoutVerdictFiveYears({ ...all, eligible_5y: 0 })).toBe("");
  });

  describe("time to first conviction (Kaplan–Meier)", () => {
    // The curve given out of order: sorted, it first reaches 0.5 or below at 2.34 years.
    const fast = [
      { years: 3.1, share_without_conviction: 0.2 },
      { years: 0.8, share_without_conviction: 0.75 },
      { years: 2.34, share_without_conviction: 0.45 },
    ];
    // Never at or below one half: 70% still without a conviction at the last point.
    const slow = [
      { years: 1, share_without_conviction: 0.9 },
      { years: 4, share_without_conviction: 0.7 },
    ];

    it("all host states: the median when the curve reaches one half, else the share still without", () => {
      expect(f.timeToConviction(fast)).toBe("Half of all fatal attacks reach a conviction only after 2.3 years.");
      expect(f.timeToConviction(slow)).toBe(
        "Fewer than half of all fatal attacks have reached a conviction: 70% still have none.",
      );
      expect(f.timeToConviction([{ years: 1.04, share_without_conviction: 0.5 }])).toBe(
        "Half of all fatal attacks reach a conviction only after 1 year.",
      );
      expect(f.timeToConviction([])).toBe("");
    });

    it(
      "one host state: says so when most of its attacks reached a conviction " +
        "(the old card always said fewer than half)",
      () => {
        expect(f.timeToConviction(fast, "Mali")).toBe(
          "Half of the fatal attacks in Mali reached a conviction within 2.3 years.",
        );
        expect(f.timeToConviction(slow, "Mali")).toBe(
          "Fewer than half of the fatal attacks in Mali have reached a conviction: 70% still have none.",
        );
      },
    );
  });

  it("pipelines: never investigated, and investigated and convicted", () => {
    // 40 attacks, 30 stopped with no case (75%); 12 investigated; 3 convicted.
    const funnel = [
      { stage: "no_case", incidents_reached: 40, incidents_stopped: 30 },
      { stage: "investigation_opened", incidents_reached: 12, incidents_stopped: 5 },
      { stage: "convicted", incidents_reached: 3, incidents_stopped: 3 },
    ];
    expect(f.neverInvestigated(funnel)).toBe(
      "75% of attacks never saw an investigation opened; 3 led to a conviction.",
    );
    expect(f.investigatedAndConvicted(funnel)).toBe(
      "Of 40 attacks, 12 saw an investigation opened and 3 led to a conviction.",
    );
    expect(f.neverInvestigated([])).toBe("");
  });

  it("a host state: killed and injured, cases with merged small cells, assistance, requests", () => {
    expect(
      f.killedInState(
        [
          { killed: 4, injured: 2 },
          { killed: 6, injured: 1 },
        ],
        true,
      ),
    ).toBe("10 peacekeepers killed and 3 injured in attacks.");
    expect(f.killedInState([{ killed: 4, injured: 0 }], false)).toBe("4 peacekeepers killed in attacks.");
    // 5 + 3 + 2 = 10 cases, 3 convicted, 2 merged as "other".
    const cases = [
      { status: "charged", cases: 5 },
      { status: "convicted", cases: 3 },
      { status: "other", cases: 2 },
    ];
    expect(f.casesConvicted(cases)).toBe(
      "10 cases; 3 of those shown ended in a conviction; 2 more are grouped as 'Other' (cells of fewer than 3 cases).",
    );
    expect(f.casesConvicted(cases.slice(0, 2))).toBe("8 cases; 3 ended in a conviction.");
    // 2 + 3 activities, $1,500,000 + $250,000 = $1.75M, written compactly as $1.8M.
    expect(
      f.assistanceReceived(
        [
          { activities: 2, amount_usd: 1_500_000 },
          { activities: 3, amount_usd: 250_000 },
        ],
        formatUsd,
      ),
    ).toBe("5 assistance activities, worth at least $1.8M where amounts are known.");
    expect(f.requestsReplied({ requests: 8, replied: 6, reply_rate: 0.75, overdue: 1 }, "Mali")).toBe(
      "Mali replied to 6 of 8 requests (75%); overdue: 1.",
    );
  });

  it("data quality: the commonest rejection and the least complete field with records", () => {
    const rejects = [
      { field: "", reason: "bad line", rows: 2 },
      { field: "date", reason: "not a date", rows: 7 },
    ];
    expect(f.commonestRejection(rejects, (field: string) => field || "(whole line)")).toBe(
      "The most common reason: date, not a date (7 rows).",
    );
    // The empty kind (0 records) is left out, though its share is lowest.
    const completeness = [
      { kind: "incidents", field: "place", records: 10, share: 0.6 },
      { kind: "cases", field: "court", records: 0, share: 0 },
      { kind: "incidents", field: "admin1", records: 10, share: 0.9 },
    ];
    expect(f.leastComplete(completeness)).toBe("The least complete: place of incidents, filled in for 60% of records.");
  });
});
