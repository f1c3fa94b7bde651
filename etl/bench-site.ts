// `npm run bench -- --site`: the public edition built in English only and then in all six
// languages, from the same sample warehouse, in one run, so that the ratio holds whatever else
// the machine is doing. Each build starts from an empty loader cache, as `npm run build` does;
// in the six-language build the loaders run once, in the first language, and the five others
// reuse their files (etl/site/build.ts). Prints both times, the ratio and each language's share.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sampleCommand } from "./commands/sample.ts";
import { LANGUAGE_CODES } from "./messages.ts";
import { buildSite, type BuildTimes } from "./site/build.ts";

export interface SiteBenchResult {
  englishSeconds: number;
  allSeconds: number;
  ratio: number;
  languages: BuildTimes;
}

const timed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
};

export async function runSiteBench(dir: string, scale = 1): Promise<SiteBenchResult> {
  const warehouse = path.join(dir, "warehouse.duckdb");
  await sampleCommand({ scale, seed: 2589, warehouse });
  const english: BuildTimes = [];
  const all: BuildTimes = [];
  const englishSeconds = await timed(() =>
    buildSite(warehouse, { audience: "public" }, path.join(dir, "en-only"), ["en"], english),
  );
  const allSeconds = await timed(() =>
    buildSite(warehouse, { audience: "public" }, path.join(dir, "six"), LANGUAGE_CODES, all),
  );
  return { englishSeconds, allSeconds, ratio: allSeconds / englishSeconds, languages: all };
}

export function printSiteBench(r: SiteBenchResult): void {
  console.log(`\nPublic edition, English only: ${r.englishSeconds.toFixed(1)} s`);
  console.log(
    `Public edition, six languages: ${r.allSeconds.toFixed(1)} s = ${r.ratio.toFixed(2)}× English only (target < 6×)`,
  );
  const perLanguage = r.languages.map((l) => `${l.lang} ${l.seconds.toFixed(1)} s`).join(", ");
  console.log(`  per language, in build order (the first runs the data loaders): ${perLanguage}`);
}

export async function siteBenchMain(scale = 1): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-site-bench-"));
  try {
    printSiteBench(await runSiteBench(dir, scale));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
