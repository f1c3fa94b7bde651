// Loads every page of the built public edition (BLUE_LEDGER_SITE, default "dist/public"),
// in each of the six languages and the language chooser, in headless Debian Chromium served
// from 127.0.0.1, and checks that it renders with no errors and no request to any other host,
// within the page budget, with no serious or critical axe-core violation (WCAG 2.1 AA), and,
// in Arabic, laid out right to left with chart labels inside their charts and not on top of
// one another. Saves a screenshot per page (test-results/screenshots/public/<lang>/…) and
// prints bytes transferred, time to first chart and the axe results. Run after `npm run build`.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";
import {
  blocking,
  checkPage,
  CHROMIUM,
  launchChromium,
  PAGE_TIMEOUT,
  pagePaths,
  printMetrics,
  runAxe,
  type AxeViolation,
  type Metrics,
} from "./browser-check.ts";

const SITE = resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");
const SCREENSHOTS = resolve("test-results", "screenshots", "public");
/** Page budget: data and code a page transfers, gzipped (docs/deploying.md). */
const BUDGET_GZIP_BYTES = 300 * 1000;

const metrics: Metrics[] = [];
const axeFound: { path: string; violations: AxeViolation[] }[] = [];
const pages = existsSync(SITE) ? pagePaths(SITE) : [];
let browser: Browser | undefined;
let server: StaticServer | undefined;

/**
 * Text of chart labels that leaves its chart sideways, or that lies on another label of the
 * same chart. A text's box is its font's line box, taller than its glyphs (Arabic and CJK fonts
 * more so): stacked labels touch without colliding, so boxes may stray above or below the chart
 * by a third of their height, and two labels collide when they share more than a third of the
 * smaller one's box.
 */
async function collidingLabels(page: Page): Promise<string[]> {
  // A string, not a function: tsx would wrap a function's inner arrows in a helper the page lacks.
  return page.evaluate(`(() => {
    const found = [];
    for (const svg of document.querySelectorAll("#observablehq-main svg[role=img]")) {
      const box = svg.getBoundingClientRect();
      if (!box.width) continue;
      const texts = [...svg.querySelectorAll("text")]
        .filter((t) => t.textContent.trim() && !t.closest("[pointer-events=none]"))
        .map((t) => ({text: t.textContent.trim(), r: t.getBoundingClientRect()})).filter((t) => t.r.width > 0);
      for (const {text, r} of texts) {
        const slack = r.height / 3;
        if (r.left < box.left - 1 || r.right > box.right + 1
            || r.top < box.top - slack || r.bottom > box.bottom + slack)
          found.push("outside its chart: " + text);
      }
      for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i].r, b = texts[j].r;
        const shared = Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left))
          * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
        if (shared > Math.min(a.width * a.height, b.width * b.height) / 3)
          found.push("overlapping: " + texts[i].text + " / " + texts[j].text);
      }
    }
    return found;
  })()`) as Promise<string[]>;
}

/** Where the sidebar, text and tables of a right-to-left page sit (true when mirrored). */
async function rightToLeft(page: Page) {
  return page.evaluate(`(() => {
    const sidebar = document.getElementById("observablehq-sidebar").getBoundingClientRect();
    const main = document.getElementById("observablehq-main");
    const box = main.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(main.querySelector("h1"));
    const heading = range.getBoundingClientRect();
    const headings = [...document.querySelectorAll("#observablehq-main table")]
      .map((t) => [...t.querySelectorAll("th")]).find((ths) => ths.length > 1);
    return {
      dir: getComputedStyle(main).direction,
      sidebarOnTheRight: sidebar.left >= window.innerWidth / 2,
      mainLeftOfSidebar: box.right <= sidebar.left + 1,
      headingAtTheRight: Math.abs(heading.right - box.right) < 2,
      firstColumnAtTheRight: !headings
        || headings[0].getBoundingClientRect().left > headings.at(-1).getBoundingClientRect().left
    };
  })()`) as Promise<Record<string, string | boolean>>;
}

describe("built public edition in headless Chromium, six languages", () => {
  beforeAll(async () => {
    if (!existsSync(SITE)) throw new Error(`${SITE} does not exist: run \`npm run build\` first`);
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH): install Debian's chromium: apt-get install -y chromium`,
      );
    }
    server = await startStaticServer(SITE);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (metrics.length)
      printMetrics(
        `per-page cost, public edition (cold load; budget ${BUDGET_GZIP_BYTES / 1000} KB gzipped):`,
        metrics,
      );
    const all = axeFound.flatMap((p) => p.violations.map((v) => ({ ...v, path: p.path })));
    console.log(
      `\naxe-core (WCAG 2.0/2.1 A and AA) on ${axeFound.length} pages: ${all.length} violations, ` +
        `${blocking(all).length} serious or critical`,
    );
    if (all.length)
      console.table(
        all.map((v) => ({ page: v.path, rule: v.id, impact: v.impact, nodes: v.nodes, first: v.targets[0] })),
      );
  });

  it("has pages to test, in every language, and the language chooser", () => {
    expect(pages.length, `no .html page in ${SITE}: run \`npm run build\` first`).toBeGreaterThan(0);
    expect(pages).toContain("/");
    for (const code of ["ar", "zh", "en", "fr", "ru", "es"]) expect(pages).toContain(`/${code}/`);
  });

  it.each(pages)(
    "%s",
    async (path) => {
      let violations: AxeViolation[] = [];
      let collisions: string[] = [];
      let rtl: Record<string, string | boolean> | undefined;
      const result = await checkPage(browser!, server!, path, SCREENSHOTS, async (page) => {
        violations = await runAxe(page);
        collisions = await collidingLabels(page);
        if (path.startsWith("/ar/")) rtl = await rightToLeft(page);
      });
      metrics.push(result.metrics);
      axeFound.push({ path, violations });
      expect(result.problems).toEqual([]);
      expect(
        result.metrics.gzipBytes,
        `${path}: ${result.metrics.gzipBytes} bytes gzipped, over the page budget`,
      ).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
      expect(
        blocking(violations).map(
          (v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes} nodes, e.g. ${v.targets.join(", ")}`,
        ),
      ).toEqual([]);
      expect(collisions, path).toEqual([]);
      if (rtl)
        expect(rtl).toEqual({
          dir: "rtl",
          sidebarOnTheRight: true,
          mainLeftOfSidebar: true,
          headingAtTheRight: true,
          firstColumnAtTheRight: true,
        });
    },
    PAGE_TIMEOUT * 3,
  );
});
