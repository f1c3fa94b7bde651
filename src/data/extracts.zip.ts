// Every public extract as Parquet and Arrow, in one archive whose members the
// Downloads page links to (data/extracts/<name>.parquet), plus index.json listing
// each file's rows, bytes and sha256. One loader run writes them all with the
// same code as `npm run etl -- extract`, so the listing cannot disagree with the files.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { createHash } from "node:crypto";
import { close, connection, listPublicExtracts } from "../loaders/warehouse.ts";
import { writeExtracts } from "../../etl/extract/write-extracts.ts";

// Fixed dates keep the archive byte-identical for the same warehouse.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-extracts-"));
const zip = new JSZip();
const descriptions = new Map((await listPublicExtracts()).map((q) => [q.name, q.description]));
const index = [];
for (const extract of await writeExtracts(await connection(), dir)) {
  const bytes = readFileSync(extract.file);
  const fileName = path.basename(extract.file);
  zip.file(fileName, bytes, { date: FIXED_DATE, compression: "STORE" }); // Parquet is compressed already
  index.push({
    name: extract.name,
    file: fileName,
    format: extract.format,
    rows: extract.rows,
    bytes: extract.bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    description: descriptions.get(extract.name) ?? "",
  });
}
zip.file("index.json", JSON.stringify(index, null, 1), { date: FIXED_DATE });
process.stdout.write(await zip.generateAsync({ type: "nodebuffer" }));
rmSync(dir, { recursive: true, force: true });
await close();
