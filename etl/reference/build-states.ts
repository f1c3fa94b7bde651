/**
 * Builds warehouse/reference/states.csv from the `world-countries` package plus the
 * hand-maintained warehouse/reference/former-states.csv (former states with their
 * ISO 3166-3 / historic M49 codes, and Kosovo with its user-assigned code XKX).
 *
 *   npx tsx etl/reference/build-states.ts          # writes states.csv
 *   npx tsx etl/reference/build-states.ts --check  # exits 1 if states.csv is stale
 *
 * Output is deterministic: rows sorted by iso3, LF line ends, fields quoted only when needed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  region: string;
  subregion: string;
}

export interface StateRow {
  iso3: string;
  m49: string;
  name_en: string;
  name_official_en: string;
  region: string;
  subregion: string;
  is_former: boolean;
}

/** A row of former-states.csv: a states.csv row as text, with where it comes from. */
type FormerStateRow = Record<Exclude<keyof StateRow, "is_former">, string> & {
  is_former: string;
  replaces_cca3: string;
  source: string;
  note: string;
};

export const STATE_COLUMNS = [
  "iso3",
  "m49",
  "name_en",
  "name_official_en",
  "region",
  "subregion",
  "is_former",
] as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const referenceDir = path.join(repoRoot, "warehouse/reference");
const formerStatesPath = path.join(referenceDir, "former-states.csv");
const statesPath = path.join(referenceDir, "states.csv");

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function buildStates(): StateRow[] {
  const world = require("world-countries") as WorldCountry[];
  const extras = parse(readFileSync(formerStatesPath), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  }) as FormerStateRow[];

  const replaced = new Set(extras.map((e) => e.replaces_cca3).filter(Boolean));
  for (const code of replaced) {
    if (!world.some((c) => c.cca3 === code)) {
      throw new Error(`former-states.csv replaces cca3 ${code}, which world-countries does not have`);
    }
  }

  const rows: StateRow[] = [];
  for (const c of world) {
    if (replaced.has(c.cca3)) continue;
    rows.push({
      iso3: c.cca3,
      m49: c.ccn3,
      name_en: c.name.common,
      name_official_en: c.name.official,
      region: c.region,
      subregion: c.subregion ?? "",
      is_former: false,
    });
  }
  for (const e of extras) {
    if (e.is_former !== "true" && e.is_former !== "false") {
      throw new Error(`former-states.csv: is_former must be true|false for ${e.iso3}`);
    }
    rows.push({
      iso3: e.iso3,
      m49: e.m49,
      name_en: e.name_en,
      name_official_en: e.name_official_en,
      region: e.region,
      subregion: e.subregion,
      is_former: e.is_former === "true",
    });
  }

  const seen = new Set<string>();
  for (const r of rows) {
    if (!/^[A-Z]{3}$/.test(r.iso3)) throw new Error(`bad iso3 ${JSON.stringify(r.iso3)}`);
    if (r.m49 !== "" && !/^\d{3}$/.test(r.m49)) throw new Error(`bad m49 ${r.m49} for ${r.iso3}`);
    if (seen.has(r.iso3)) throw new Error(`duplicate iso3 ${r.iso3}`);
    seen.add(r.iso3);
  }
  rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return rows;
}

export function statesToCsv(rows: StateRow[]): string {
  const lines = [STATE_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(
      [r.iso3, r.m49, r.name_en, r.name_official_en, r.region, r.subregion, String(r.is_former)]
        .map(csvField)
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

function main(): void {
  const csv = statesToCsv(buildStates());
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(statesPath, "utf8");
    } catch {
      // missing file counts as stale
    }
    if (current !== csv) {
      console.error(`${path.relative(repoRoot, statesPath)} is stale: run npx tsx etl/reference/build-states.ts`);
      process.exit(1);
    }
    console.log(`${path.relative(repoRoot, statesPath)} is up to date`);
    return;
  }
  writeFileSync(statesPath, csv);
  const n = csv.trimEnd().split("\n").length - 1;
  console.log(`wrote ${path.relative(repoRoot, statesPath)} (${n} rows)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
