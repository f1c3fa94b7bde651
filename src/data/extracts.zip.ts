// The researchers' data package in one archive, written by the same code as
// `npm run etl -- extract`. The Downloads page links its members
// (data/extracts/<path>; observablehq.config.ts lists them as dynamic paths) and
// reads index.json, a listing of every file with rows, bytes and sha256 written
// in the same run, so the page cannot disagree with the files. It holds what the
// edition being built may carry (etl/extract/editions.ts): no row-level records in
// the public edition.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { close, connection, edition } from "../loaders/warehouse.ts";
import { writeExtracts } from "../loaders/etl.ts";

// Fixed dates, and no folder entries (JSZip would date them now), keep the archive
// byte-identical for the same warehouse.
const FIXED = { date: new Date(Date.UTC(2000, 0, 1)), createFolders: false };

const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-extracts-"));
const zip = new JSZip();
const files = await writeExtracts(await connection(), dir, edition);
for (const file of files)
  // Parquet is compressed already; CSV, Arrow and JSON shrink a lot.
  zip.file(file.path, readFileSync(file.file), {
    ...FIXED,
    compression: file.format === "parquet" ? "STORE" : "DEFLATE",
  });

const datapackage = JSON.parse(readFileSync(path.join(dir, "datapackage.json"), "utf8"));
const index = {
  version: datapackage.version,
  cutoff: datapackage.created.slice(0, 10),
  descriptions: Object.fromEntries(
    datapackage.resources.map((r: { name: string; description: string }) => [r.name, r.description]),
  ),
  files: files.map(({ path: p, name, format, group, key, rows, bytes, sha256 }) => ({
    path: p,
    name,
    format,
    group,
    key,
    rows,
    bytes,
    sha256,
  })),
};
zip.file("index.json", JSON.stringify(index), { ...FIXED, compression: "DEFLATE" });
process.stdout.write(await zip.generateAsync({ type: "nodebuffer" }));
rmSync(dir, { recursive: true, force: true });
await close();
