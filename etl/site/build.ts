// `npm run build [-- --edition public|state:<ISO3>]`: the dashboards from the current
// warehouse, fully offline, into dist/<edition>/ (dist/public, dist/state-MLI; see
// docs/editions.md). With no warehouse yet, it first builds one from the embedded sample.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_WAREHOUSE, REPO_ROOT, UserError, openWarehouse } from "../warehouse/connection.ts";
import { refreshModels } from "../warehouse/models.ts";
import { sampleCommand } from "../commands/sample.ts";
import { seedOfflineNpmCache } from "./offline-npm-cache.ts";
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

/** Builds one edition into <distRoot>/<edition folder>, which it returns. */
export async function buildSite(warehouse = DEFAULT_WAREHOUSE, edition: Edition = { kind: "public" }, distRoot = DIST_DIR): Promise<string> {
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
      BLUE_LEDGER_EDITION: edition.kind === "public" ? "public" : `state:${edition.state}`,
    },
  });
  if (result.status !== 0) throw new Error(`observable build failed (exit ${result.status})`);
  console.log(`Site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path.relative(process.cwd(), dist) || "."}`);
  return dist;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({ options: { edition: { type: "string", default: "public" } } });
    await buildSite(process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE, parseEdition(values.edition));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
