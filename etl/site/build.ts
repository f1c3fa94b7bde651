// `npm run build [-- --edition public|state:<ISO3>] [--reports 2022,2023]`: the dashboards from
// the current warehouse, fully offline, into dist/<edition>/ (dist/public, dist/state-MLI; see
// docs/editions.md), with, on request, the edition's reports of those years in every language
// that has a catalogue (dist/<edition>/reports/<year>/<lang>/, listed on the Reports page; see
// docs/reports.md). With no warehouse yet, it first builds one from the embedded sample.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_WAREHOUSE, REPO_ROOT, UserError, openWarehouse } from "../warehouse/connection.ts";
import { refreshModels } from "../warehouse/models.ts";
import { sampleCommand } from "../commands/sample.ts";
import { seedOfflineNpmCache } from "./offline-npm-cache.ts";
import { t } from "../../src/i18n/index.js";
import { editionDir, parseEdition, type Edition } from "../extract/editions.ts";

export const SITE_ROOT = path.join(REPO_ROOT, "src");
/** The root of the editions' folders. */
export const DIST_DIR = process.env.BLUE_LEDGER_DIST ?? path.join(REPO_ROOT, "dist");

/** Framework reuses a loader's cached output even when the warehouse changed, so drop it (not the npm cache). */
function clearLoaderCache(): void {
  const cache = path.join(SITE_ROOT, ".observablehq", "cache");
  if (!existsSync(cache)) return;
  for (const entry of readdirSync(cache)) if (entry !== "_npm") rmSync(path.join(cache, entry), { recursive: true, force: true });
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

/** The edition's reports of these years, in every language with a catalogue, into <dir>/reports/, listed in <dir>/index.json. */
async function buildReports(warehouse: string, edition: Edition, years: number[], dir: string): Promise<BuiltReport[]> {
  const { buildReport } = await import("../report/build-report.ts"); // its browser driver and charts only when asked for
  const { LANGUAGES, hasCatalogue } = await import("../report/text.ts");
  const built: BuiltReport[] = [];
  for (const year of years)
    for (const lang of LANGUAGES.filter(hasCatalogue)) {
      const folder = path.join("reports", String(year), lang);
      const r = await buildReport({ year, lang, warehouse, out: path.join(dir, folder), edition: edition.kind === "public" ? "public" : `state:${edition.state}` });
      built.push({
        year, lang, pages: r.pages, figures: r.figures, seconds: Number(r.seconds.toFixed(1)),
        files: (["pdf", "html", "figures"] as const).map((k) => ({ name: path.basename(r.files[k]), path: `${folder}/${path.basename(r.files[k])}`, bytes: r.bytes[k] })),
      });
    }
  writeFileSync(path.join(dir, "index.json"), JSON.stringify(built, null, 2));
  console.table(built.map((b) => ({ year: b.year, lang: b.lang, pages: b.pages, figures: b.figures, seconds: b.seconds, ...Object.fromEntries(b.files.map((f) => [f.name, f.bytes])) })));
  return built;
}

/** Builds one edition into <distRoot>/<edition folder>, which it returns; with `reports`, that edition's reports of those years too. */
export async function buildSite(warehouse = DEFAULT_WAREHOUSE, edition: Edition = { kind: "public" }, distRoot = DIST_DIR, reports: number[] = []): Promise<string> {
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
  clearLoaderCache();
  rmSync(dist, { recursive: true, force: true }); // Framework refuses to overwrite files of an earlier build
  const started = performance.now();
  const result = spawnSync(path.join(REPO_ROOT, "node_modules", ".bin", "observable"), ["build"], {
    cwd: REPO_ROOT,
    stdio: "inherit",
    // observablehq.config.ts and the loaders read the edition and the output root from here.
    env: {
      ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "true", BLUE_LEDGER_WAREHOUSE: warehouse, BLUE_LEDGER_DIST: distRoot,
      BLUE_LEDGER_EDITION: edition.kind === "public" ? "public" : `state:${edition.state}`, BLUE_LEDGER_REPORTS: reportsDir,
    },
  });
  if (result.status !== 0) throw new Error(`observable build failed (exit ${result.status})`);
  if (reports.length) cpSync(path.join(reportsDir, "reports"), path.join(dist, "reports"), { recursive: true });
  rmSync(reportsDir, { recursive: true, force: true });
  console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), dist) || "."}`);
  return dist;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({ options: { edition: { type: "string", default: "public" }, reports: { type: "string", default: "" } } });
    const years = values.reports.split(",").filter(Boolean).map((y) => (/^\d{4}$/.test(y.trim()) ? Number(y) : Number.NaN));
    if (years.some(Number.isNaN)) throw new UserError(t("report.error.reportsOption", { value: values.reports }));
    await buildSite(process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE, parseEdition(values.edition), DIST_DIR, years);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
