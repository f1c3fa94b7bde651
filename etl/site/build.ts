// The dashboards (`npm run build`, etl/commands/build.ts) from the current warehouse, fully
// offline, into dist/<edition>/<lang>/ for each of the six UN languages, with a language chooser
// at dist/<edition>/index.html (docs/editions.md, docs/i18n.md), and, on request, the edition's
// reports of those years in every language that has a catalogue
// (dist/<edition>/reports/<year>/<lang>/, listed on the Reports page; docs/reports.md).
// With no warehouse yet, it first builds one from the embedded sample.
// The data loaders run once: the first language's build fills Framework's loader cache and
// the other languages' builds reuse it (the loaders do not depend on the language).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_WAREHOUSE, REPO_ROOT, UserError, openWarehouse } from "../warehouse/connection.ts";
import { refreshModels } from "../warehouse/models.ts";
import { sampleCommand } from "../commands/sample.ts";
import { seedOfflineNpmCache } from "./offline-npm-cache.ts";
import { editionDir, type Edition } from "../extract/editions.ts";
import { LANGUAGE_CODES, t } from "../messages.ts";
import { localizeBuild } from "./localize.ts";
import { chooserPage } from "./chooser.ts";

export const SITE_ROOT = path.join(REPO_ROOT, "src");
/** The root of the editions' folders. */
export const DIST_DIR = process.env.BLUE_LEDGER_DIST ?? path.join(REPO_ROOT, "dist");

/** Framework reuses a loader's cached output even when the warehouse changed, so drop it (not the npm cache). */
function clearLoaderCache(): void {
  const cache = path.join(SITE_ROOT, ".observablehq", "cache");
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache))
    if (entry !== "_npm") rmSync(path.join(cache, entry), { recursive: true, force: true });
}

/** What the Reports page lists of one report (src/data/reports.json.ts). */
export interface BuiltReport {
  year: number;
  lang: string;
  pages: number;
  figures: number;
  seconds: number;
  files: { name: string; path: string; bytes: number }[];
}

/**
 * The edition's reports of these years, in every language with a catalogue, into <dir>/reports/,
 * listed in <dir>/index.json.
 */
async function buildReports(warehouse: string, edition: Edition, years: number[], dir: string): Promise<BuiltReport[]> {
  // Its browser driver and charts only when asked for.
  const { buildReport } = await import("../report/build-report.ts");
  const { LANGUAGES, hasCatalogue } = await import("../report/text.ts");
  const built: BuiltReport[] = [];
  for (const year of years)
    for (const lang of LANGUAGES.filter(hasCatalogue)) {
      const folder = path.join("reports", String(year), lang);
      const r = await buildReport({
        year,
        lang,
        warehouse,
        out: path.join(dir, folder),
        edition: edition.audience === "public" ? "public" : `state:${edition.state}`,
      });
      built.push({
        year,
        lang,
        pages: r.pages,
        figures: r.figures,
        seconds: Number(r.seconds.toFixed(1)),
        files: (["pdf", "html", "figures"] as const).map((k) => ({
          name: path.basename(r.files[k]),
          path: `${folder}/${path.basename(r.files[k])}`,
          bytes: r.bytes[k],
        })),
      });
    }
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(built, null, 2));
  console.table(
    built.map((b) => ({
      year: b.year,
      lang: b.lang,
      pages: b.pages,
      figures: b.figures,
      seconds: b.seconds,
      ...Object.fromEntries(b.files.map((f) => [f.name, f.bytes])),
    })),
  );
  return built;
}

/** Seconds each language's Framework build took, in build order; the first one ran the loaders. */
export type BuildTimes = { lang: string; seconds: number }[];

/** Parses --languages: a comma-separated subset of the six languages, all six by default. */
export function parseLanguages(text = LANGUAGE_CODES.join(",")): string[] {
  const codes = text
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  const unknown = codes.filter((c) => !LANGUAGE_CODES.includes(c));
  if (unknown.length || !codes.length)
    throw new UserError(t("language.unknown", { lang: unknown.join(","), languages: LANGUAGE_CODES.join(",") }));
  return LANGUAGE_CODES.filter((c) => codes.includes(c));
}

/**
 * Builds one edition into <distRoot>/<edition folder>/<lang> for each language, and the
 * language chooser at <distRoot>/<edition folder>/index.html; returns the edition folder.
 * With `reports`, that edition's reports of those years too, into <edition folder>/reports/.
 */
export async function buildSite(
  warehouse = DEFAULT_WAREHOUSE,
  edition: Edition = { audience: "public" },
  distRoot = DIST_DIR,
  languages: string[] = LANGUAGE_CODES,
  times: BuildTimes = [],
  reports: number[] = [],
): Promise<string> {
  distRoot = path.resolve(distRoot); // the config resolves it again from the repository root
  const dist = path.join(distRoot, editionDir(edition));
  if (!existsSync(warehouse)) {
    console.log(`No warehouse at ${warehouse}: building it from the sample first.`);
    await sampleCommand({ scale: 1, seed: 2589, warehouse });
  } else {
    // A warehouse made by older code may lack models added since: the loaders would fail on them.
    const opened = await openWarehouse(warehouse);
    try {
      await refreshModels(opened.connection);
    } finally {
      opened.close();
    }
  }
  // Reports first, so that the Reports page's loader can list them; copied in after Framework's build.
  const reportsDir = mkdtempSync(path.join(tmpdir(), "blue-ledger-reports-"));
  if (reports.length) await buildReports(warehouse, edition, reports, reportsDir);
  await seedOfflineNpmCache(SITE_ROOT);
  clearLoaderCache(); // once: the languages after the first reuse what its loaders wrote
  rmSync(dist, { recursive: true, force: true }); // Framework refuses to overwrite files of an earlier build
  const started = performance.now();
  for (const lang of languages) {
    const begun = performance.now();
    const result = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "observable"), ["build"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
      // observablehq.config.ts and the loaders read the edition and the output root from here; the config the language.
      env: {
        ...process.env,
        OBSERVABLE_TELEMETRY_DISABLE: "true",
        BLUE_LEDGER_WAREHOUSE: warehouse,
        BLUE_LEDGER_DIST: distRoot,
        BLUE_LEDGER_EDITION: edition.audience === "public" ? "public" : `state:${edition.state}`,
        BLUE_LEDGER_LANG: lang,
        BLUE_LEDGER_REPORTS: reportsDir,
      },
    });
    if (result.status !== 0) throw new Error(`observable build failed for ${lang} (exit ${result.status})`);
    localizeBuild(path.join(dist, lang), lang, languages);
    times.push({ lang, seconds: (performance.now() - begun) / 1000 });
  }
  writeFileSync(path.join(dist, "index.html"), chooserPage(edition, languages));
  if (reports.length) cpSync(path.join(reportsDir, "reports"), path.join(dist, "reports"), { recursive: true });
  rmSync(reportsDir, { recursive: true, force: true });
  const each = times.map((t) => `${t.lang} ${t.seconds.toFixed(1)} s`).join(", ");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Site built in ${seconds} s (${each}) → ${path.relative(process.cwd(), dist) || "."}`);
  return dist;
}
