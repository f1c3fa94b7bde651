// Merging a source's duplicate rows by its adapter's rule (etl/sources/duplicates.ts), on
// hand-made rows, and with the UN fatalities adapter's own rule.
import { describe, expect, it } from "vitest";
import { DuplicateMerger } from "../etl/sources/duplicates.ts";
import { UN_FATALITIES_ADAPTERS } from "../etl/sources/un-fatalities.ts";

type Values = Record<string, unknown>;
// A toy rule: of two rows of one key, the one with the larger `n` stays.
const larger = (first: Values, second: Values) => {
  if (first.n === second.n) return undefined;
  return { keep: (first.n as number) > (second.n as number) ? "first" : "second", why: "larger n" } as const;
};

describe("DuplicateMerger", () => {
  it("keeps the row the rule picks, in file order, and rejects the other naming the line it was merged into", () => {
    const merger = new DuplicateMerger(larger, ["id"]);
    merger.add(2, { id: "A", n: 1 }, "a1"); // line 2: A, later beaten by line 4
    merger.add(3, { id: "B", n: 5 }, "b1"); // line 3: B, alone
    merger.add(4, { id: "A", n: 9 }, "a2"); // line 4: A again, larger: it stays, line 2 is merged into it
    merger.add(5, { id: "A", n: 3 }, "a3"); // line 5: A a third time, smaller than line 4's: merged into line 4
    const rows = merger.rows();
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(rows.map((r) => r.values)).toEqual([null, { id: "B", n: 5 }, { id: "A", n: 9 }, null]);
    expect(rows.map((r) => r.record)).toEqual(["a1", "b1", "a2", "a3"]);
    const mergedIntoLine4 = "duplicate id 'A': same record as line 4, merged into it (larger n)";
    expect(rows[0].problem).toEqual({ field: "id", reason: mergedIntoLine4 });
    expect(rows[3].problem).toEqual({ field: "id", reason: mergedIntoLine4 });
    expect(rows[1].problem).toBeNull();
  });

  it("leaves both rows to the validator when the rule has no answer", () => {
    const merger = new DuplicateMerger(larger, ["id"]);
    merger.add(2, { id: "A", n: 1 }, "a1");
    merger.add(3, { id: "A", n: 1 }, "a2"); // same n: no answer, both landed, the validator rejects line 3
    expect(merger.rows().map((r) => [r.line, r.problem])).toEqual([
      [2, null],
      [3, null],
    ]);
  });

  it("is made only for an adapter with a rule", () => {
    expect(DuplicateMerger.of(undefined, ["id"])).toBeUndefined();
    expect(DuplicateMerger.of(UN_FATALITIES_ADAPTERS[0], ["casualty_id"])).toBeInstanceOf(DuplicateMerger);
  });

  it("merges the UN release's two nationalities of one death into the state that existed on its date", () => {
    const merger = DuplicateMerger.of(UN_FATALITIES_ADAPTERS[0], ["casualty_id"])!;
    const death = { casualty_id: "UNMIK-1", incident_date: "2004-03-17", mission: "UNMIK", outcome: "killed" };
    // Montenegro (MNE) became a state on 2006-06-03; Serbia and Montenegro (SCG) existed on 2004-03-17.
    merger.add(10, { ...death, nationality: "MNE" }, "mne");
    merger.add(11, { ...death, nationality: "SCG" }, "scg");
    const [first, second] = merger.rows();
    expect(first.values).toBeNull();
    expect(first.problem?.reason).toBe(
      "duplicate casualty_id 'UNMIK-1': same record as line 11, merged into it " +
        "(kept nationality SCG, the state that existed on 2004-03-17; dropped MNE)",
    );
    expect(second.values).toMatchObject({ nationality: "SCG" });
  });
});
