// One read of a file gives what the load must know before DuckDB reads it: the
// sha256 that identifies its bytes in the ledger, whether it is valid UTF-8, and,
// for CSV, the line each record starts on. Hashing, the UTF-8 check and the line
// scan each used to read the file on their own; together they read it once.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { LineScanner, type RecordLines } from "./csv-lines.ts";
import { unreadable, Utf8Check } from "./text-encoding.ts";

export interface FileFacts {
  sha256: string;
  bytes: number;
  utf8: boolean;
  /** For CSV: where its records start, and whether a quote breaks RFC 4180. */
  csvLines?: RecordLines;
}

export async function readOnce(file: string, { csv }: { csv: boolean }): Promise<FileFacts> {
  const hash = createHash("sha256");
  const utf8 = new Utf8Check();
  const scanner = csv ? new LineScanner() : undefined;
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 24 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      utf8.update(chunk);
      scanner?.scan(chunk);
      bytes += chunk.length;
    }
  } catch (error) {
    throw unreadable(file, error as NodeJS.ErrnoException);
  }
  scanner?.finish();
  return {
    sha256: hash.digest("hex"),
    bytes,
    utf8: utf8.valid,
    csvLines: scanner?.lines(),
  };
}
