import { defineConfig } from "vitest/config";

// The site tests read the site built once by tests/global-setup.ts from a fresh
// sample warehouse, never the developer's own dist/ or warehouse (unless told
// otherwise through these variables, to check a site built from other data).
export default defineConfig({
  test: {
    globalSetup: ["tests/global-setup.ts"],
    env: {
      BLUE_LEDGER_TEST_WAREHOUSE: process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb",
      BLUE_LEDGER_DIST: process.env.BLUE_LEDGER_DIST ?? "test-results/site",
    },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
