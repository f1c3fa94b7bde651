// The GROUPING_ID helper the validator reads its one-scan GROUPING SETS result with.
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { groupedColumns, groupingId } from "../etl/load/grouping-id.ts";

describe("groupingId", () => {
  it("sets the bit of every column not grouped, the first column the highest", () => {
    // Three columns (a, b, c): a is bit 4 (0b100), b bit 2 (0b010), c bit 1 (0b001).
    // Grouping by a alone leaves b and c out: 0b011 = 3.
    expect(groupingId(3, [0])).toBe(3);
    // By b alone: a and c out, 0b101 = 5.
    expect(groupingId(3, [1])).toBe(5);
    // By c alone: a and b out, 0b110 = 6.
    expect(groupingId(3, [2])).toBe(6);
    // By none of them (the validator's set of suspect flags): all three out, 0b111 = 7.
    expect(groupingId(3)).toBe(7);
    expect(groupingId(3, [])).toBe(7);
    // By a and c: only b out, 0b010 = 2; by all three: 0.
    expect(groupingId(3, [0, 2])).toBe(2);
    expect(groupingId(3, [2, 1, 0])).toBe(0);
    // One column: grouped 0, not grouped 1.
    expect(groupingId(1, [0])).toBe(0);
    expect(groupingId(1)).toBe(1);
    // Twenty columns, grouped by the 20th (the lowest bit) alone: 2^20 - 1 - 1 = 1,048,574.
    expect(groupingId(20, [19])).toBe(1_048_574);
  });

  it("refuses a column that is not there", () => {
    expect(() => groupingId(3, [3])).toThrow(/no column 3 of 3/);
    expect(() => groupingId(3, [-1])).toThrow();
    expect(() => groupingId(-1)).toThrow();
  });
});

describe("groupedColumns", () => {
  it("reads back which columns a grouping id groups", () => {
    // 5 = 0b101 over three columns: bit 2 (b) clear, so b alone is grouped.
    expect(groupedColumns(3, 5)).toEqual([1]);
    // 2 = 0b010: a and c clear.
    expect(groupedColumns(3, 2)).toEqual([0, 2]);
    // 7 = 0b111: none; 0: all three.
    expect(groupedColumns(3, 7)).toEqual([]);
    expect(groupedColumns(3, 0)).toEqual([0, 1, 2]);
    // Four columns, 0b1101 = 13: only the third column (bit 2) is clear.
    expect(groupedColumns(4, 13)).toEqual([2]);
    expect(() => groupedColumns(3, 8)).toThrow();
  });

  it("inverts groupingId for every subset of four columns", () => {
    for (let id = 0; id < 16; id++) expect(groupingId(4, groupedColumns(4, id))).toBe(id);
  });
});

describe("DuckDB agrees", () => {
  it("gives the same ids for the validator's kind of GROUPING SETS", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      // Each field alone, then the set of none, as the validator groups them.
      const reader = await connection.runAndReadAll(`
        SELECT DISTINCT GROUPING_ID(a, b, c) AS id FROM (VALUES (1, 2, 3), (4, 5, 6)) t(a, b, c)
        GROUP BY GROUPING SETS ((a), (b), (c), (a, c), ()) ORDER BY id`);
      const ids = reader.getRows().map(([id]) => Number(id));
      // (a, c) → 2, (a) → 3, (b) → 5, (c) → 6, () → 7, worked out in the first test.
      expect(ids).toEqual([2, 3, 5, 6, 7]);
      const sets = [[0, 2], [0], [1], [2], []];
      expect(ids).toEqual(sets.map((set) => groupingId(3, set)));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
