// Loading one page of a built site in headless Chromium, as the browser tests do:
// every request not for the local server is aborted and reported, and so are
// console errors, failed requests, cell errors and dialogs (alert() from injected
// script). Shared by browser.test.ts (public edition) and editions.test.ts (a state edition).
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import type { StaticServer } from "../../etl/site/serve.ts";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const PAGE_TIMEOUT = 60_000;

export const launchChromium = () =>
  // launch() gives every run a fresh temporary user-data-dir; each page below
  // also gets its own context, so caches never carry over between pages.
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });

/** dist/foo/bar.html -> /foo/bar; dist/index.html -> /; dist/foo/index.html -> /foo/ */
export function pagePaths(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? e.name.startsWith("_")
          ? []
          : walk(join(d, e.name))
        : e.name.endsWith(".html")
          ? [join(d, e.name)]
          : [],
    );
  return walk(dir)
    .map(
      (f) =>
        "/" +
        relative(dir, f)
          .split("\\")
          .join("/")
          .replace(/\.html$/, ""),
    )
    .map((p) => p.replace(/(^|\/)index$/, "$1"))
    .sort();
}

/** One axe-core rule a page breaks, with where (CSS selectors of the first few elements). */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: number;
  targets: string[];
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (injected as an inline script: nothing is fetched) on the settled page
 * against WCAG 2.0/2.1 A and AA, and returns every violation, serious or not.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
  return page.evaluate(`axe.run(document, {
      runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
      resultTypes: ["violations"]
    }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" "))
    })))`) as Promise<AxeViolation[]>;
}

/** Serious and critical violations fail the browser tests (WCAG 2.1 AA). */
export const blocking = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === "serious" || v.impact === "critical");

export interface Metrics {
  path: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
  firstChartMs: number | null;
  loadMs: number;
}

/**
 * Loads `path`, waits for every cell, saves a full-page screenshot to `screenshots`,
 * and returns the problems seen and what the page cost. `inspect` runs on the
 * settled page (e.g. to read its text).
 */
export async function checkPage(
  browser: Browser,
  server: StaticServer,
  path: string,
  screenshots: string,
  inspect?: (page: Page) => Promise<void>,
): Promise<{ problems: string[]; metrics: Metrics }> {
  const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  const bodies: Promise<Buffer | null>[] = [];
  // Hard network isolation: anything not for our server is aborted *and* reported.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + "/") || /^(data|blob):/.test(url)) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  // Free text rendered as HTML would run its <script>: any dialog means markup was injected.
  page.on("dialog", (dialog) => {
    problems.push(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("requestfailed", (req) => {
    if (!req.url().startsWith(server.origin + "/")) return; // already reported above
    problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ""}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    bodies.push(res.body().catch(() => null)); // redirects have no body
  });
  // Time to first chart, measured in the page from navigation start.
  // A string, not a function, so that it runs the same under tsx (which wraps named functions in a helper).
  await page.addInitScript(`{
    const check = () => {
      if (window.__firstChart === undefined
          && document.querySelector("#observablehq-main svg, #observablehq-main figure")) {
        window.__firstChart = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, {childList: true, subtree: true});
  }`);

  try {
    await page.goto(server.origin + path, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
    // Framework replaces <observablehq-loading> placeholders as cells resolve.
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, {
      timeout: PAGE_TIMEOUT,
    });
    await page.waitForLoadState("networkidle");
    const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
    problems.push(...cellErrors.map((t) => `cell error: ${t}`));
    const firstChartMs = await page.evaluate(
      () => (window as unknown as { __firstChart?: number }).__firstChart ?? null,
    );
    const loadMs = await page.evaluate(() => performance.now());
    const screenshot = join(
      screenshots,
      `${path === "/" ? "index" : path.replace(/^\//, "").replace(/\/$/, "/index")}.png`,
    );
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await inspect?.(page);
    const received = (await Promise.all(bodies)).filter((b): b is Buffer => b !== null);
    return {
      problems,
      metrics: {
        path,
        requests: received.length,
        bytes: received.reduce((s, b) => s + b.length, 0),
        gzipBytes: received.reduce((s, b) => s + gzipSync(b).length, 0),
        firstChartMs,
        loadMs,
      },
    };
  } finally {
    await context.close();
  }
}

export function printMetrics(title: string, metrics: Metrics[]): void {
  const kb = (n: number) => (n / 1024).toFixed(1);
  console.log(`\n${title}`);
  console.table(
    [...metrics]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map((m) => ({
        page: m.path,
        requests: m.requests,
        "KiB transferred": kb(m.bytes),
        "KiB gzipped": kb(m.gzipBytes),
        "first svg/figure (ms)": m.firstChartMs === null ? "-" : Math.round(m.firstChartMs),
        "settled (ms)": Math.round(m.loadMs),
      })),
  );
}
