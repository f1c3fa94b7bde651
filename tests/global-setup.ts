// Builds, once per test run, a sample warehouse and the public edition of the site
// from it: the end-to-end path a new user's `npm start` takes, run as that user runs
// it. (tests/site/editions.test.ts builds its own editions from a small fixture.)
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default function setup(): void {
  if (process.env.BLUE_LEDGER_REUSE_BUILD === "1") return; // quick iteration on tests that read the build
  const warehouse = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb");
  // The root of the editions: the public one lands in <root>/public (BLUE_LEDGER_SITE in vitest.config.ts).
  const dist = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_TEST_DIST ?? "test-results/site");
  rmSync(warehouse, { force: true }); // so the build makes it from the sample, as on a fresh clone
  const build = spawnSync(
    path.join(REPO_ROOT, "node_modules/.bin/tsx"),
    ["etl/cli.ts", "build", "--edition", "public"],
    {
      cwd: REPO_ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, BLUE_LEDGER_WAREHOUSE: warehouse, BLUE_LEDGER_DIST: dist },
    },
  );
  if (build.status !== 0) throw new Error(`npm run build failed for the test site (exit ${build.status})`);
}
