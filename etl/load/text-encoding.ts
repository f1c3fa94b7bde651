// Exports arrive from many ministries, so not every file is UTF-8. Files in
// UTF-16 (with a byte-order mark) or in Windows-1252 (any file that is not valid
// UTF-8) are transcoded once to a temporary UTF-8 copy that every reader then
// uses; the encoding found is recorded in the load ledger.
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { isUtf8 } from "node:buffer";
import { Transform } from "node:stream";
import { t } from "../messages.ts";
import { UserError } from "../warehouse/connection.ts";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "xlsx";

export interface TextFile {
  /** A UTF-8 file with the same text: the original, or a transcoded temporary copy. */
  path: string;
  encoding: TextEncoding;
  cleanup(): void;
}

async function head(file: string): Promise<Buffer> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw unreadable(file, error);
  });
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Whether bytes read chunk by chunk are valid UTF-8, checked natively. */
export class Utf8Check {
  private carry = Buffer.alloc(0);
  private invalid = false;

  update(chunk: Buffer): void {
    if (this.invalid) return;
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    // A character may straddle chunks: hold back an unfinished multi-byte sequence at the end.
    let end = bytes.length;
    for (let back = 1; back <= 3 && back <= bytes.length; back++) {
      const byte = bytes[bytes.length - back];
      if ((byte & 0xc0) !== 0x80) {
        const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        if (needs > back) end = bytes.length - back;
        break;
      }
    }
    if (!isUtf8(bytes.subarray(0, end))) this.invalid = true;
    this.carry = Buffer.from(bytes.subarray(end));
  }

  get valid(): boolean {
    return !this.invalid && (this.carry.length === 0 || isUtf8(this.carry));
  }
}

/** The plain sentence for a file that cannot be opened. */
export const unreadable = (file: string, error: NodeJS.ErrnoException) =>
  new UserError(t("etl.file.unreadable", { file, reason: error.code ?? error.message }));

async function transcode(file: string, encoding: TextEncoding): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-utf8-"));
  const target = path.join(dir, path.basename(file));
  const decoder = new TextDecoder(encoding); // drops a UTF-16 byte-order mark itself
  const toUtf8 = new Transform({
    transform(chunk, _encoding, done) {
      done(null, Buffer.from(decoder.decode(chunk, { stream: true }), "utf8"));
    },
    flush(done) {
      done(null, Buffer.from(decoder.decode(), "utf8"));
    },
  });
  await pipeline(createReadStream(file), toUtf8, createWriteStream(target));
  return target;
}

/**
 * Checks that `file` is text and returns a UTF-8 version of it; `utf8` says whether all of it
 * is valid UTF-8 (see read-once.ts).
 */
export async function openText(file: string, utf8: boolean): Promise<TextFile> {
  const bytes = await head(file);
  let encoding: TextEncoding = "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  else if (bytes.includes(0)) throw new UserError(t("etl.file.binary", { file }));
  else if (!utf8) encoding = "windows-1252";
  const textPath = encoding === "utf-8" ? file : await transcode(file, encoding);
  const text = encoding === "utf-8" ? bytes.toString("utf8") : (await head(textPath)).toString("utf8");
  const cleanup = () => {
    if (textPath !== file) rmSync(path.dirname(textPath), { recursive: true, force: true });
  };
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    cleanup();
    throw new UserError(t("etl.file.empty", { file }));
  }
  return { path: textPath, encoding, cleanup };
}

/** A spreadsheet, read as it is: only checked to exist. */
export async function openBinary(file: string): Promise<TextFile> {
  await head(file);
  return { path: file, encoding: "xlsx", cleanup: () => {} };
}
