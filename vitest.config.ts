import { defineConfig } from "vitest/config";

// The site tests read the public edition built once by tests/global-setup.ts from a
// fresh sample warehouse, never the developer's own dist/ or warehouse (unless told
// otherwise through these variables, to check a site built from other data:
// BLUE_LEDGER_SITE is the edition's folder, e.g. dist/public).
export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    env: {
      BLUE_LEDGER_TEST_WAREHOUSE: process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb",
      BLUE_LEDGER_SITE: process.env.BLUE_LEDGER_SITE ?? "test-results/site/public",
    },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
