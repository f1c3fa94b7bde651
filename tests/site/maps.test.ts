// The maps, contributing-country pages and Attack trends filters of the public edition
// built from the sample (tests/global-setup.ts), against direct queries of the warehouse's
// core tables; and, in headless Chromium, the filters changing the charts with no request.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWarehouse, REPO_ROOT, type Warehouse } from "../../etl/warehouse/connection.ts";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";
import { rows } from "../helpers/warehouse.ts";
import { checkPage, launchChromium, PAGE_TIMEOUT } from "./browser-check.ts";
import en from "../../src/i18n/en.js";

const WAREHOUSE = path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_TEST_WAREHOUSE ?? "test-results/sample.duckdb");
// The English build of the public edition: its data files are the same in every language (the loaders run once).
const SITE = path.join(path.resolve(REPO_ROOT, process.env.BLUE_LEDGER_SITE ?? "test-results/site/public"), "en");
const SCREENSHOTS = path.join(REPO_ROOT, "test-results", "screenshots", "maps");

/** A data file as the built site serves it (Framework adds a content hash to the name). */
function siteJson(name: string) {
  const dir = path.join(SITE, "_file", "data", path.dirname(name));
  const stem = path.basename(name, ".json");
  const file = readdirSync(dir).find(
    (f) => f.startsWith(`${stem}.`) && f.endsWith(".json") && f.split(".").length === 3,
  );
  if (!file) throw new Error(`${name} is not in the built site (${dir})`);
  return JSON.parse(readFileSync(path.join(dir, file), "utf8"));
}
const pages = (dir: string) =>
  readdirSync(path.join(SITE, dir))
    .filter((f) => /^[A-Z]{3}\.html$/.test(f))
    .map((f) => f.slice(0, 3))
    .sort();

let warehouse: Warehouse;
beforeAll(async () => {
  if (!existsSync(SITE)) throw new Error(`${SITE} does not exist: tests/global-setup.ts builds it`);
  warehouse = await openWarehouse(WAREHOUSE, { mustExist: true, readOnly: true });
});
afterAll(() => warehouse?.close());

describe("region maps (host state pages)", () => {
  it("count every attack of the state, by region, matched or not", async () => {
    for (const state of pages("host-states")) {
      const { regions } = siteJson(`host-states/${state}.json`);
      const byRegion = await rows(
        warehouse,
        `SELECT admin1, count(*) AS n FROM fct_incidents
         WHERE host_state = '${state}' AND admin1 IS NOT NULL GROUP BY 1 ORDER BY 1`,
      );
      const byName = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        String(a.admin1).localeCompare(String(b.admin1));
      const drawn = regions.regions.map((r: { admin1: string; incidents: number }) => ({
        admin1: r.admin1,
        n: r.incidents,
      }));
      expect(drawn.sort(byName), state).toEqual(byRegion.sort(byName));
      const [{ n }] = await rows(warehouse, `SELECT count(*) AS n FROM fct_incidents WHERE host_state = '${state}'`);
      const located = byRegion.reduce((s, r) => s + Number(r.n), 0);
      expect(regions.withoutRegion.incidents, state).toBe(Number(n) - located);
      // A drawn unit sums the regions drawn in it; the unmatched stay in the table only.
      const inUnits = regions.units.reduce((s: number, u: { incidents: number }) => s + u.incidents, 0);
      const unmatched = regions.regions
        .filter((r: { unit: string | null }) => r.unit === null)
        .reduce((s: number, r: { incidents: number }) => s + r.incidents, 0);
      expect(inUnits + unmatched, state).toBe(located);
    }
    // The sample's Abyei Area (SDN) has no boundary: listed, not dropped.
    expect(
      siteJson("host-states/SDN.json").regions.regions.find((r: { admin1: string }) => r.admin1 === "Abyei Area"),
    ).toMatchObject({ unit: null });
  });

  it("carry no coordinates: regions only, never points", async () => {
    // Every latitude and longitude the sample's incidents carry, as exported (4 decimals).
    const points = await rows(
      warehouse,
      `SELECT DISTINCT latitude::VARCHAR AS lat, longitude::VARCHAR AS lon FROM stg_incidents
       WHERE latitude IS NOT NULL`,
    );
    expect(points.length).toBeGreaterThan(100);
    const values = new Set(points.flatMap((p) => [String(p.lat), String(p.lon)]));
    for (const state of pages("host-states")) {
      const { regions } = siteJson(`host-states/${state}.json`);
      const keys = new Set<string>();
      const numbers: number[] = [];
      const walk = (v: unknown): void => {
        if (typeof v === "number") numbers.push(v);
        else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === "object")
          for (const [k, x] of Object.entries(v)) {
            keys.add(k);
            walk(x);
          }
      };
      walk(regions);
      expect(
        [...keys].filter((k) => /lat|lon|coord|geometr|point|place/i.test(k)),
        state,
      ).toEqual([]);
      expect(numbers.every(Number.isInteger), `${state}: only counts`).toBe(true);
      expect(
        numbers.filter((x) => values.has(String(x))),
        state,
      ).toEqual([]);
    }
  });

  it("share one world file and one boundaries file across pages", () => {
    const referenced = (pattern: RegExp) => {
      const html = (dir: string) =>
        readdirSync(path.join(SITE, dir))
          .filter((f) => f.endsWith(".html"))
          .map((f) => readFileSync(path.join(SITE, dir, f), "utf8"));
      return new Set(
        [...html("."), ...html("host-states"), ...html("contributing-countries")].flatMap(
          (t) => t.match(pattern) ?? [],
        ),
      );
    };
    expect(referenced(/world-110m\.[0-9a-f]{8}\.json/g).size).toBe(1);
    expect(referenced(/admin1\.[0-9a-f]{8}\.topojson/g).size).toBe(1);
  });
});

describe("contributing-country pages", () => {
  it("exist for every nationality with a national killed, whatever the cause", async () => {
    const direct = await rows(
      warehouse,
      "SELECT DISTINCT nationality FROM fct_casualties WHERE outcome = 'killed' AND nationality IS NOT NULL ORDER BY 1",
    );
    expect(pages("contributing-countries")).toEqual(direct.map((d) => d.nationality));
  });

  it("index: nationals killed in attacks and in all, as the casualty records count them", async () => {
    const drawn = siteJson("contributing-countries.json")
      .countries.map((d: Record<string, unknown>) => ({
        nationality: d.nationality,
        attacks: d.killed_in_attacks,
        all: d.killed_all,
      }))
      .sort((a: { nationality: string }, b: { nationality: string }) => a.nationality.localeCompare(b.nationality));
    const direct = await rows(
      warehouse,
      `SELECT nationality, count(*) FILTER (incident_type = 'malicious_act') AS attacks, count(*) AS "all"
       FROM fct_casualties WHERE outcome = 'killed' AND nationality IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    expect(drawn).toEqual(direct);
  });

  it(
    "each page: breakdowns add up to its total, small cells merged, " + "attacks followed up as the cases say",
    async () => {
      // Straight from staging: attacks that killed a national (by incident id), and those a
      // 'convicted' event of any case names.
      const followed = await rows(
        warehouse,
        `WITH convicted AS (
             SELECT DISTINCT unnest(incident_ids) AS incident_id FROM stg_case_events WHERE event = 'convicted'),
           attacks AS (
             SELECT DISTINCT nationality, incident_id FROM stg_casualties
             WHERE outcome = 'killed' AND incident_type = 'malicious_act')
         SELECT a.nationality, count(*) AS fatal, count(c.incident_id) AS convicted
         FROM attacks a LEFT JOIN convicted c USING (incident_id) GROUP BY 1`,
      );
      let merged = 0;
      const { countries } = siteJson("contributing-countries.json");
      const { breakdowns } = siteJson("nationality-breakdowns.json");
      for (const country of pages("contributing-countries")) {
        const summary = countries.find((d: { nationality: string }) => d.nationality === country);
        for (const dimension of ["year", "mission", "personnel_category", "host_state", "attack_type"]) {
          const cells = (breakdowns[country] ?? []).filter((d: { dimension: string }) => d.dimension === dimension);
          expect(
            cells.reduce((s: number, d: { killed: number }) => s + d.killed, 0),
            `${country} ${dimension}`,
          ).toBe(summary.killed_in_attacks);
          expect(
            cells.reduce((s: number, d: { injured: number }) => s + d.injured, 0),
            `${country} ${dimension}`,
          ).toBe(summary.injured_in_attacks);
          if (dimension === "year") continue;
          // The small-cell rule (docs/editions.md): no value of 1 or 2 people on its own.
          const small = cells.filter(
            (d: { value: string; killed: number; injured: number }) =>
              d.value !== "merged" && [d.killed, d.injured].some((n) => n === 1 || n === 2),
          );
          expect(small, `${country} ${dimension}`).toEqual([]);
          merged += cells.filter((d: { value: string }) => d.value === "merged").length;
        }
        const f = followed.find((d) => d.nationality === country);
        expect({ fatal: summary.fatal_incidents, convicted: summary.with_conviction }, country).toEqual({
          fatal: f?.fatal ?? 0,
          convicted: f?.convicted ?? 0,
        });
      }
      expect(merged).toBeGreaterThan(0); // the sample has small cells to merge
    },
  );

  it("rank by nationals killed in attacks, ties sharing a place", async () => {
    const { countries } = siteJson("contributing-countries.json");
    for (const c of countries.filter((d: { killed_in_attacks: number }) => d.killed_in_attacks > 0)) {
      const more = countries.filter(
        (d: { killed_in_attacks: number }) => d.killed_in_attacks > c.killed_in_attacks,
      ).length;
      expect(c.rank_in_attacks, c.nationality).toBe(more + 1);
    }
  });
});

describe("Attack trends filters in headless Chromium", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(SITE);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    "change the charts and their tables, from the keyboard too, with no network request",
    async () => {
      const expected = await rows(
        warehouse,
        `SELECT attack_type, count(*) AS killed FROM fct_casualties
       WHERE incident_type = 'malicious_act' AND outcome = 'killed' AND incident_year BETWEEN 2015 AND 2017
         AND mission = 'MINUSMA' AND personnel_category = 'military' GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
      const [firstState] = await rows(
        warehouse,
        `SELECT host_state, count(*) AS killed FROM fct_casualties
         WHERE incident_type = 'malicious_act' AND outcome = 'killed' AND host_state IS NOT NULL
         GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      );
      const requests: string[] = [];
      let byType: string[][] = [];
      let shown = "";
      const result = await checkPage(browser!, server!, "/attack-trends", SCREENSHOTS, async (page) => {
        page.on("request", (r) => requests.push(r.url()));
        await page
          .getByRole("combobox", { name: en["trends.filter.from"], exact: true })
          .selectOption({ label: "2015" });
        await page.getByRole("combobox", { name: en["trends.filter.to"], exact: true }).selectOption({ label: "2017" });
        await page
          .getByRole("combobox", { name: en["trends.filter.mission"], exact: true })
          .selectOption({ label: "MINUSMA" });
        await page
          .getByRole("combobox", { name: en["trends.filter.category"], exact: true })
          .selectOption({ label: en["personnel_category.military"] });
        const total = expected.reduce((s, d) => s + Number(d.killed), 0);
        await page
          .getByText(new RegExp(`2015–2017, ${total.toLocaleString("en")} people killed`))
          .waitFor({ timeout: 10_000 });
        const card = page.locator(".card", { has: page.getByRole("heading", { name: en["trends.byType.title"] }) });
        byType = await card
          .locator("tbody tr")
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
        // The keyboard: the first host state in the list, chosen with an arrow key.
        await page.getByRole("combobox", { name: en["trends.filter.hostState"], exact: true }).focus();
        await page.keyboard.press("ArrowDown");
        await page
          .getByRole("combobox", { name: en["trends.filter.category"], exact: true })
          .selectOption({ label: en["trends.filter.allCategories"] });
        await page
          .getByRole("combobox", { name: en["trends.filter.mission"], exact: true })
          .selectOption({ label: en["trends.filter.allMissions"] });
        await page.getByRole("combobox", { name: en["trends.filter.from"], exact: true }).selectOption({ index: 0 });
        await page.getByRole("combobox", { name: en["trends.filter.to"], exact: true }).selectOption({
          index:
            (await page
              .getByRole("combobox", { name: en["trends.filter.to"], exact: true })
              .locator("option")
              .count()) - 1,
        });
        await page.waitForTimeout(500);
        shown = await page.getByText(/^Shown: /).innerText();
      });
      expect(result.problems).toEqual([]);
      const label = (code: string) => en[`attack_type.${code}` as keyof typeof en];
      // Types with injured only are in the table with 0 killed; ties in any order.
      const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);
      const drawn = byType
        .map(([type, killed]): [string, number] => [type, Number(killed.replace(/,/g, ""))])
        .filter(([, k]) => k > 0);
      expect(drawn.sort(order)).toEqual(
        expected.map((d): [string, number] => [label(String(d.attack_type)), Number(d.killed)]).sort(order),
      );
      expect(shown).toContain(`${Number(firstState.killed).toLocaleString("en")} people killed`);
      expect(requests).toEqual([]);
    },
    PAGE_TIMEOUT * 2,
  );
});
