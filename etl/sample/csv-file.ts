// One export kind written as a CSV file with the contract's columns, a batch of rows
// at a time: a million-casualty sample never sits in memory, and waiting for the
// stream to drain stops Node's write buffer from growing in its place.
import { createWriteStream, type WriteStream } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { columnsOf } from "../contract/columns.ts";
import { EXPORT_KINDS, type KindName } from "../contract/kinds.ts";

/** A row as the generator builds it, keyed by column name; a missing value is an empty cell. */
export type Row = Record<string, string | number | undefined>;

/** Rows held before they are written: large enough that stringify's cost per call does not matter. */
const BATCH_ROWS = 5_000;

export class CsvFile {
  /** Rows pushed so far, written or not: the count the generator reports, and a source of running ids. */
  rows = 0;
  private buffer: Row[] = [];
  private readonly stream: WriteStream;
  private readonly columns: string[];

  constructor(
    readonly file: string,
    kind: KindName,
  ) {
    // The contract's column order, so that the header and every row line up with the schema.
    this.columns = columnsOf(EXPORT_KINDS.find((k) => k.name === kind)!).map((c) => c.name);
    this.stream = createWriteStream(file);
    this.stream.write(stringify([this.columns]));
  }

  async push(row: Row) {
    this.buffer.push(row);
    this.rows++;
    if (this.buffer.length >= BATCH_ROWS) await this.flush();
  }

  async flush() {
    if (!this.buffer.length) return;
    const text = stringify(this.buffer, { columns: this.columns });
    this.buffer = [];
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once("drain", () => resolve()));
  }

  async close() {
    await this.flush();
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}
