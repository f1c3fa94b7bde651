// Loads every page of the built public edition (BLUE_LEDGER_SITE, default
// "dist/public") in headless Debian Chromium, served from 127.0.0.1, and checks
// that it renders with no errors and no request to any other host, within the page
// budget. Saves a screenshot per page and prints bytes transferred and time to
// first chart. Run after `npm run build`.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";
import { checkPage, CHROMIUM, launchChromium, PAGE_TIMEOUT, pagePaths, printMetrics, type Metrics } from "./browser-check.ts";

const SITE = resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");
const SCREENSHOTS = resolve("test-results", "screenshots", "public");
/** Page budget: data and code a page transfers, gzipped (docs/deploying.md). */
const BUDGET_GZIP_BYTES = 300 * 1000;

const metrics: Metrics[] = [];
const pages = existsSync(SITE) ? pagePaths(SITE) : [];
let browser: Browser | undefined;
let server: StaticServer | undefined;

describe("built public edition in headless Chromium", () => {
  beforeAll(async () => {
    if (!existsSync(SITE)) throw new Error(`${SITE} does not exist: run \`npm run build\` first`);
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH): install Debian's chromium: apt-get install -y chromium`);
    }
    server = await startStaticServer(SITE);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (metrics.length) printMetrics(`per-page cost, public edition (cold load; budget ${BUDGET_GZIP_BYTES / 1000} KB gzipped):`, metrics);
  });

  it("has pages to test", () => {
    expect(pages.length, `no .html page in ${SITE}: run \`npm run build\` first`).toBeGreaterThan(0);
  });

  it.each(pages)("%s", async (path) => {
    const result = await checkPage(browser!, server!, path, SCREENSHOTS);
    metrics.push(result.metrics);
    expect(result.problems).toEqual([]);
    expect(result.metrics.gzipBytes, `${path}: ${result.metrics.gzipBytes} bytes gzipped, over the page budget`).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  }, PAGE_TIMEOUT * 3);
});
