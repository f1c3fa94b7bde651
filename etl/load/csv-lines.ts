// The line on which each record of a CSV file starts. DuckDB's CSV reader does
// not report line numbers for the rows it accepts, so this scan provides them;
// it follows the same rules (RFC 4180 quoting, a quote only opens a quoted field
// at the start of a field, blank lines skipped, \n, \r\n or \r line ends), and
// the caller checks that both agree on the number of records.
import { createReadStream } from "node:fs";

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export class LineScanner {
  starts = new Int32Array(1 << 16);
  count = -1; // the header is record -1
  line = 1;
  inQuotes = false;
  quoteSeen = false; // inside quotes, the previous byte was a quote (an escape or the closing one)
  atFieldStart = true;
  recordHasContent = false;
  recordStart = 1;
  previousCR = false;
  /** A quote where RFC 4180 allows none (inside an unquoted field, or text after a closing quote). */
  malformed = false;
  /** The length in bytes of the longest record, header included. */
  longestRecord = 0;
  /** When set, the byte range [start, end) of every record, header included. */
  ranges?: number[];
  private base = 0; // offset of the current chunk in the file
  private recordOffset = 0;

  lines(): RecordLines {
    return {
      starts: this.starts.subarray(0, Math.max(this.count, 0)),
      malformed: this.malformed,
      longestRecord: this.longestRecord,
    };
  }

  grow(): void {
    const grown = new Int32Array(this.starts.length * 2);
    grown.set(this.starts);
    this.starts = grown;
  }

  /** A record that started on line `startLine`, at byte `from`, ended at byte `to`. */
  private recordEnded(startLine: number, from: number, to: number): void {
    this.ranges?.push(from, to);
    if (to - from > this.longestRecord) this.longestRecord = to - from;
    if (this.count >= 0) {
      if (this.count === this.starts.length) this.grow();
      this.starts[this.count] = startLine;
    }
    this.count++;
  }

  /** The last record, when the file does not end with a line break. */
  finish(): void {
    if (!this.recordHasContent) return;
    this.recordEnded(this.recordStart, this.recordOffset, this.base);
    this.recordHasContent = false;
  }

  scan(chunk: Buffer): void {
    // Line breaks and quotes are found natively, which is some 30 times faster than
    // looking at every byte; a chunk with a CR (or after one) is read byte by byte.
    if (this.previousCR || chunk.includes(CR)) this.scanBytes(chunk);
    else this.scanLineFeeds(chunk);
  }

  /** The same rules as scanBytes, for a chunk without CR: jumps from one line break or quote to the next. */
  scanLineFeeds(chunk: Buffer): void {
    let { line, inQuotes, quoteSeen, atFieldStart, recordHasContent, recordStart, recordOffset } = this;
    const { base } = this;
    const n = chunk.length;
    const next = (byte: number, from: number) => {
      const found = chunk.indexOf(byte, from);
      return found === -1 ? n : found;
    };
    let nextLF = next(LF, 0);
    let nextQuote = next(QUOTE, 0);
    let i = 0;
    while (i < n) {
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (chunk[i] === QUOTE) {
            i++; // "" is an escaped quote
            continue;
          }
          inQuotes = false; // the previous quote closed the field; this byte is handled below
          if (chunk[i] !== COMMA && chunk[i] !== LF) this.malformed = true;
        } else {
          if (nextQuote < i) nextQuote = next(QUOTE, i);
          if (nextLF < i) nextLF = next(LF, i);
          while (nextLF < nextQuote) {
            line++; // a line break inside the quoted field
            nextLF = next(LF, nextLF + 1);
          }
          if (nextQuote === n) break;
          quoteSeen = true;
          i = nextQuote + 1;
          continue;
        }
      }
      const byte = chunk[i];
      if (byte === LF) {
        if (recordHasContent) this.recordEnded(recordStart, recordOffset, base + i);
        recordHasContent = false;
        atFieldStart = true;
        line++;
        i++;
        continue;
      }
      if (!recordHasContent) {
        recordHasContent = true;
        recordStart = line;
        recordOffset = base + i;
      }
      if (byte === QUOTE) {
        if (atFieldStart) inQuotes = true;
        else this.malformed = true;
        atFieldStart = false;
        i++;
        continue;
      }
      // Ordinary bytes up to the next line break or quote.
      if (nextLF < i) nextLF = next(LF, i);
      if (nextQuote < i) nextQuote = next(QUOTE, i);
      i = Math.min(nextLF, nextQuote);
      atFieldStart = chunk[i - 1] === COMMA;
    }
    Object.assign(this, { line, inQuotes, quoteSeen, atFieldStart, recordHasContent, recordStart, recordOffset });
    this.base += n;
  }

  // A plain synchronous loop over local variables: V8 optimises it far better
  // than the same loop inside the async iteration.
  scanBytes(chunk: Buffer): void {
    let { line, inQuotes, quoteSeen, atFieldStart, recordHasContent, recordStart, previousCR, recordOffset } = this;
    const { base } = this;
    const n = chunk.length;
    for (let i = 0; i < n; i++) {
      const byte = chunk[i];
      if (previousCR) {
        previousCR = false;
        if (byte === LF) continue; // the LF of a CRLF: the line was counted at the CR
      }
      if (inQuotes) {
        if (quoteSeen) {
          quoteSeen = false;
          if (byte === QUOTE) continue; // "" is an escaped quote
          inQuotes = false; // the previous quote closed the field; this byte is handled below
          if (byte !== COMMA && byte !== LF && byte !== CR) this.malformed = true;
        } else {
          if (byte === QUOTE) quoteSeen = true;
          else if (byte === LF) line++;
          else if (byte === CR) {
            line++;
            previousCR = true;
          }
          continue;
        }
      }
      if (byte === LF || byte === CR) {
        previousCR = byte === CR;
        if (recordHasContent) this.recordEnded(recordStart, recordOffset, base + i);
        recordHasContent = false;
        atFieldStart = true;
        line++;
        continue;
      }
      if (!recordHasContent) {
        recordHasContent = true;
        recordStart = line;
        recordOffset = base + i;
      }
      if (byte === QUOTE) {
        if (atFieldStart) inQuotes = true;
        else this.malformed = true;
      }
      atFieldStart = byte === COMMA;
    }
    Object.assign(this, {
      line,
      inQuotes,
      quoteSeen,
      atFieldStart,
      recordHasContent,
      recordStart,
      previousCR,
      recordOffset,
    });
    this.base += n;
  }
}

/**
 * Start lines (1-based) of every record after the header, and whether any
 * quote breaks RFC 4180 (DuckDB would take such a row as text; Blue Ledger
 * rejects it, so the caller reads the file in JavaScript instead).
 */
export interface RecordLines {
  /** The line (1-based) each record after the header starts on. */
  starts: Int32Array;
  /** A quote breaks RFC 4180 somewhere. */
  malformed: boolean;
  /** The length in bytes of the longest record. */
  longestRecord: number;
}

export async function recordStartLines(file: string): Promise<RecordLines> {
  const scanner = new LineScanner();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) scanner.scan(chunk as Buffer);
  scanner.finish();
  return scanner.lines();
}

/** Every record of a CSV text (header first) with the line it starts on, split by the same rules. */
export function splitRecords(bytes: Buffer): { line: number; text: string }[] {
  const scanner = new LineScanner();
  scanner.ranges = [];
  scanner.scan(bytes);
  scanner.finish();
  const lines = [1, ...scanner.starts.subarray(0, Math.max(scanner.count, 0))];
  const records: { line: number; text: string }[] = [];
  for (let i = 0; i < scanner.ranges.length; i += 2)
    records.push({
      line: lines[i / 2],
      text: bytes.subarray(scanner.ranges[i], scanner.ranges[i + 1]).toString("utf8"),
    });
  return records;
}
