// Loads every page of the built site (BLUE_LEDGER_DIST, default "dist") in headless
// Debian Chromium, served from 127.0.0.1, and checks that it renders with no
// errors and no request to any other host. Saves a screenshot per page and
// prints bytes transferred and time to first chart. Run after `npm run build`.
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";

const DIST = resolve(process.env.BLUE_LEDGER_DIST ?? "dist");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = resolve("test-results", "screenshots");
const PAGE_TIMEOUT = 60_000;

/** dist/foo/bar.html -> /foo/bar; dist/index.html -> /; dist/foo/index.html -> /foo/ */
function pagePaths(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name.startsWith("_") ? [] : walk(join(d, e.name))) : e.name.endsWith(".html") ? [join(d, e.name)] : []
    );
  return walk(dir)
    .map((f) => "/" + relative(dir, f).split("\\").join("/").replace(/\.html$/, ""))
    .map((p) => p.replace(/(^|\/)index$/, "$1"))
    .sort();
}

interface Metrics { path: string; requests: number; bytes: number; gzipBytes: number; firstChartMs: number | null; loadMs: number }
const metrics: Metrics[] = [];
const pages = existsSync(DIST) ? pagePaths(DIST) : [];
let browser: Browser | undefined;
let server: StaticServer | undefined;

describe("built site in headless Chromium", () => {
  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run \`npm run build\` first`);
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH): install Debian's chromium: apt-get install -y chromium`);
    }
    server = await startStaticServer(DIST);
    // launch() gives every run a fresh temporary user-data-dir; each page below
    // also gets its own context, so caches never carry over between pages.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (metrics.length) {
      const kb = (n: number) => (n / 1024).toFixed(1);
      console.log("\nper-page cost (cold load, uncompressed server):");
      console.table(metrics.map((m) => ({
        page: m.path,
        requests: m.requests,
        "KiB transferred": kb(m.bytes),
        "KiB gzipped": kb(m.gzipBytes),
        "first svg/figure (ms)": m.firstChartMs === null ? "-" : Math.round(m.firstChartMs),
        "settled (ms)": Math.round(m.loadMs)
      })));
    }
  });

  it("has pages to test", () => {
    expect(pages.length, `no .html page in ${DIST}: run \`npm run build\` first`).toBeGreaterThan(0);
  });

  it.each(pages)("%s", async (path) => {
    const context = await browser!.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    const bodies: Promise<Buffer | null>[] = [];
    // Hard network isolation: anything not for our server is aborted *and* reported.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server!.origin + "/") || /^(data|blob):/.test(url)) return route.continue();
      problems.push(`request to another host: ${url}`);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`); });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (req) => {
      if (!req.url().startsWith(server!.origin + "/")) return; // already reported above
      problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ""}`);
    });
    page.on("response", (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
      bodies.push(res.body().catch(() => null)); // redirects have no body
    });
    // Time to first chart, measured in the page from navigation start.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstChart?: number };
      const check = () => {
        if (w.__firstChart === undefined && document.querySelector("#observablehq-main svg, #observablehq-main figure")) {
          w.__firstChart = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true });
    });

    try {
      await page.goto(server!.origin + path, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
      // Framework replaces <observablehq-loading> placeholders as cells resolve.
      await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, { timeout: PAGE_TIMEOUT });
      await page.waitForLoadState("networkidle");
      const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
      problems.push(...cellErrors.map((t) => `cell error: ${t}`));
      const firstChartMs = await page.evaluate(() => (window as unknown as { __firstChart?: number }).__firstChart ?? null);
      const loadMs = await page.evaluate(() => performance.now());
      const screenshot = join(SCREENSHOTS, `${path === "/" ? "index" : path.replace(/^\//, "").replace(/\/$/, "/index")}.png`);
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot, fullPage: true });
      const received = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
      metrics.push({
        path,
        requests: received.length,
        bytes: received.reduce((s, b) => s + b.length, 0),
        gzipBytes: received.reduce((s, b) => s + gzipSync(b).length, 0),
        firstChartMs,
        loadMs
      });
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  }, PAGE_TIMEOUT * 3);
});
