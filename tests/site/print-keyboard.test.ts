// Print and keyboard, on pages of the built public edition (BLUE_LEDGER_SITE) in three scripts:
//  - print: on A4, the sidebar, switcher and controls are gone, every chart fits the page's
//    width and every chart card still ends with its source line; a PDF of each is kept in
//    test-results/print/ for a person to look at;
//  - keyboard: Tab reaches every link, select, checkbox, table toggle and scrollable table of the page, in order
//    (what a closed table alternative holds is reached once it is opened).
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";
import { launchChromium, PAGE_TIMEOUT } from "./browser-check.ts";

const SITE = path.resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");
const PRINTS = path.resolve("test-results", "print");
/** A4 less the 12 mm margins of style.css's @page, in CSS pixels (96 per inch). */
const A4_CONTENT_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);
const PAGES = ["/en/impunity", "/ar/host-states/MLI", "/zh/attack-trends", "/fr/data-quality"];

let browser: Browser | undefined;
let server: StaticServer | undefined;

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height: 900 } });
  await page.goto(server!.origin + path, { waitUntil: "networkidle", timeout: PAGE_TIMEOUT });
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0, null, {
    timeout: PAGE_TIMEOUT,
  });
  return page;
}

beforeAll(async () => {
  if (!existsSync(SITE)) throw new Error(`${SITE} does not exist: run \`npm run build\` first`);
  server = await startStaticServer(SITE);
  browser = await launchChromium();
  mkdirSync(PRINTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("print on A4", () => {
  it.each(PAGES)(
    "%s",
    async (url) => {
      // Laid out at the width of an A4 page's content, as the browser lays it out to print.
      const page = await open(url, A4_CONTENT_PX);
      try {
        await page.emulateMedia({ media: "print" });
        await page.waitForTimeout(500); // resize() redraws the charts at the new width
        const found = (await page.evaluate(`(() => {
        const shown = (selector) =>
          [...document.querySelectorAll(selector)].filter((e) => e.getClientRects().length > 0).length;
        const cards = [...document.querySelectorAll(".chart-card")];
        return {
          sidebar: shown("#observablehq-sidebar"), switcher: shown(".language-switcher"),
          controls: shown("#observablehq-main form, #observablehq-main select"),
          widestChart: Math.max(0, ...[...document.querySelectorAll("#observablehq-main svg[role=img]")]
            .map((s) => s.getBoundingClientRect().right)),
          cards: cards.length,
          cardsWithSource: cards.filter((c) => {
            const n = c.querySelector(".chart-notes");
            return n && n.getClientRects().length > 0 && n.textContent.trim().length > 0;
          }).length
        };
      })()`)) as Record<string, number>;
        expect(found.sidebar).toBe(0);
        expect(found.switcher).toBe(0);
        expect(found.controls).toBe(0);
        expect(found.widestChart).toBeGreaterThan(0);
        expect(found.widestChart).toBeLessThanOrEqual(A4_CONTENT_PX + 1);
        expect(found.cards).toBeGreaterThan(0);
        expect(found.cardsWithSource).toBe(found.cards);
        await page.pdf({
          path: path.join(PRINTS, `${url.slice(1).replaceAll("/", "-")}.pdf`),
          preferCSSPageSize: true,
          printBackground: true,
        });
      } finally {
        await page.close();
      }
    },
    PAGE_TIMEOUT * 2,
  );
});

describe("keyboard", () => {
  it.each(["/en/attack-trends", "/ar/attack-trends", "/ru/downloads"])(
    "%s: Tab reaches every control",
    async (url) => {
      const page = await open(url);
      try {
        const controls = (await page.evaluate(`(() => {
        const all = [
          ...document.querySelectorAll("a[href], select, input, button, summary, [tabindex]:not([tabindex='-1'])")
        ].filter((e) => !e.closest("[inert], [hidden]")
          && (e.tagName === "SUMMARY" || !e.closest("details:not([open])"))
          && getComputedStyle(e).visibility !== "hidden"
          && (e.getClientRects().length > 0 || e.classList.contains("skip-link")));
        all.forEach((e, i) => e.setAttribute("data-tab-index", String(i)));
        return all.length;
      })()`)) as number;
        expect(controls).toBeGreaterThan(10);
        const reached = new Set<string>();
        for (let i = 0; i < controls + 10; i++) {
          await page.keyboard.press("Tab");
          const index = await page.evaluate(`document.activeElement?.getAttribute("data-tab-index") ?? ""`);
          if (index) reached.add(index as string);
        }
        const missed = (await page.evaluate(
          `[...document.querySelectorAll("[data-tab-index]")]
            .filter((e) => !${JSON.stringify([...reached])}.includes(e.getAttribute("data-tab-index")))
            .map((e) => e.outerHTML.slice(0, 100))`,
        )) as string[];
        expect(missed).toEqual([]);
      } finally {
        await page.close();
      }
    },
    PAGE_TIMEOUT * 2,
  );
});
