// The CSV line scanner has two loops: one that looks at every byte, and a fast one
// that jumps between line feeds and quotes. They must agree on every input, however
// the file is cut into chunks; the byte loop is the reference (the bad-input
// corpus checks it against DuckDB and csv-parse).
import { describe, expect, it } from "vitest";
import { LineScanner, splitRecords } from "../etl/load/csv-lines.ts";

type Scan = (scanner: LineScanner, chunk: Buffer) => void;

function scanAll(bytes: Buffer, cuts: number[], scan: Scan) {
  const scanner = new LineScanner();
  scanner.ranges = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scan(scanner, bytes.subarray(from, cut));
    from = cut;
  }
  scanner.finish();
  return {
    starts: [...scanner.starts.subarray(0, Math.max(scanner.count, 0))],
    count: scanner.count,
    malformed: scanner.malformed,
    ranges: scanner.ranges,
    longest: scanner.longestRecord,
  };
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("CSV line scanner", () => {
  it("gives the lines of a hand-made file: a quoted line break, an escaped quote, a blank line", () => {
    const text = 'id,note\nA,"two\nlines"\n\nB,"say ""hi"""\nC,plain\n';
    const bytes = Buffer.from(text);
    const scanned = scanAll(bytes, [], (s, c) => s.scan(c));
    // Header on line 1; A starts on line 2 and ends on 3; line 4 is blank; B on 5; C on 6.
    expect(scanned.starts).toEqual([2, 5, 6]);
    expect(scanned.longest).toBe('B,"say ""hi"""'.length);
    expect(scanned.malformed).toBe(false);
    expect(splitRecords(bytes).map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it("flags a quote inside an unquoted field and text after a closing quote", () => {
    expect(scanAll(Buffer.from('id,note\nA,ab"c\n'), [], (s, c) => s.scan(c)).malformed).toBe(true);
    expect(scanAll(Buffer.from('id,note\nA,"ab"c\n'), [], (s, c) => s.scan(c)).malformed).toBe(true);
  });

  it("the fast loop agrees with the byte loop on 3,000 random files cut at random places", () => {
    const next = random(2589);
    const alphabet = ["a", "b", ",", '"', "\n", "\n", '""', ',"', '"\n'];
    for (let trial = 0; trial < 3000; trial++) {
      const withCR = trial % 5 === 0; // some files with CR or CRLF, which take the byte loop
      const parts: string[] = [];
      const length = 1 + Math.floor(next() * 60);
      for (let i = 0; i < length; i++)
        parts.push(
          withCR && next() < 0.15 ? (next() < 0.5 ? "\r" : "\r\n") : alphabet[Math.floor(next() * alphabet.length)],
        );
      const bytes = Buffer.from(parts.join(""));
      const cuts = [
        ...new Set(Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * bytes.length))),
      ].sort((a, b) => a - b);
      const reference = scanAll(bytes, cuts, (s, c) => s.scanBytes(c));
      const fast = scanAll(bytes, cuts, (s, c) => s.scan(c));
      expect(fast, `${JSON.stringify(bytes.toString())} cut at ${cuts}`).toEqual(reference);
    }
  });
});
