// Proof by crawling that each edition holds only what its audience may see
// (docs/editions.md). A warehouse is loaded from tests/fixtures/editions, whose
// restricted fields carry canary values for two host states (MLI, CAF) and for an
// attack in CAF that killed a Malian national; the public and state:MLI editions
// are built from it, each in the six languages; then EVERY file of each build, of every
// language, is read (text, and the rows of Parquet, Arrow and zip members) to find where
// each canary ended up. ACLED's hand-made export (tests/fixtures/acled) is loaded with UN
// deaths linked to its attacks: its terms forbid publishing its rows, so none of its
// canaries (notes, actors, places, event ids, coordinates) may be in any edition, not even
// the state's, while its aggregates are, with the attribution ACLED asks for.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3";
import { tableFromIPC } from "apache-arrow";
import { parquetReadObjects } from "hyparquet";
import { compressors } from "hyparquet-compressors";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWarehouse, REPO_ROOT } from "../../etl/warehouse/connection.ts";
import { loadFiles } from "../../etl/load/load-files.ts";
import { startStaticServer, type StaticServer } from "../../etl/site/serve.ts";
import {
  blocking,
  checkPage,
  launchChromium,
  PAGE_TIMEOUT,
  pagePaths,
  printMetrics,
  runAxe,
  type AxeViolation,
  type Metrics,
} from "./browser-check.ts";
import { LANGUAGE_CODES } from "../../src/i18n/languages.js";
import { CHECKERS } from "./remote-loads.ts";

const ROOT = path.join(REPO_ROOT, "test-results", "editions");
const WAREHOUSE = path.join(ROOT, "warehouse.duckdb");
const FIXTURE = path.join(REPO_ROOT, "tests", "fixtures", "editions");
const ACLED_FIXTURE = path.join(REPO_ROOT, "tests", "fixtures", "acled");
const EDITIONS = { public: "public", "state-MLI": "state:MLI" } as const;
type EditionDir = keyof typeof EDITIONS;

/** Each canary, and the editions it must appear in (nowhere else). */
const CANARIES: Record<string, EditionDir[]> = {
  "CANARY-NARRATIVE-MLI-7f3a": ["state-MLI"],
  "CANARY-GROUP-MLI-2c9d": ["state-MLI"],
  "CANARY-PLACE-MLI-4b1e": ["state-MLI"],
  "CANARY-CASE-MLI-8a7b": ["state-MLI"],
  "CANARY-SENTENCE-MLI-5d6e": ["state-MLI"],
  "<script>alert(1)</script>": ["state-MLI"], // an MLI narrative
  "CANARY-NARRATIVE-CAFxMLI-3e8b": ["state-MLI"], // attack in CAF on a Malian national: concerns MLI
  "CANARY-NARRATIVE-CAF-91d2": [],
  "CANARY-GROUP-CAF-6e3f": [],
  "CANARY-PLACE-CAF-7a2b": [],
  "CANARY-CASE-CAF-1c4d": [],
  "CANARY-CASE-CAF-3f6a": [],
  "CANARY-SENTENCE-CAF-9b8c": [],
  // Notes are never published, not even to the state concerned.
  "CANARY-NOTE-MLI-0f1a": [],
  "CANARY-NOTE-CAF-2e5f": [],
  // Coordinates of I1 (MLI) and I4 (CAF): the maps draw regions, never points, in every edition.
  "18.43917": [],
  "1.40713": [],
  "5.76193": [],
  "20.67281": [],
  // ACLED's rows are in no edition, in no form (etl/sources/terms.ts): notes, actors, place, source, event ids,
  // coordinates.
  "CANARY-NOTE-ACLED": [],
  "CANARY-ACTOR-ACLED": [],
  "CANARY-LOCATION-ACLED-c3d4": [],
  "CANARY-SOURCE-ACLED-5e6f": [],
  MLI7700: [],
  "15.123457": [],
  "-2.765431": [],
  "16.773301": [],
  "19.461208": [],
  Douentza: [], // admin2, finer than any published place
};

interface Readable {
  name: string;
  text: string;
}
interface Crawl {
  files: number;
  decoded: Record<"parquet" | "arrow" | "zip member", number>;
  texts: Readable[];
}

const json = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v));
const startsWith = (bytes: Buffer, magic: string) => bytes.subarray(0, magic.length).toString("latin1") === magic;

/** The text of a file as stored, plus the rows of Parquet and Arrow files and, recursively, of zip members. */
async function read(name: string, bytes: Buffer, crawl: Crawl): Promise<void> {
  crawl.texts.push({ name, text: bytes.toString("utf8") });
  if (startsWith(bytes, "PAR1")) {
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const rows = await parquetReadObjects({ file, compressors });
    crawl.texts.push({ name: `${name} (rows)`, text: json(rows) });
    crawl.decoded.parquet++;
  } else if (startsWith(bytes, "ARROW1")) {
    crawl.texts.push({
      name: `${name} (rows)`,
      text: json(
        tableFromIPC(bytes)
          .toArray()
          .map((r) => r.toJSON()),
      ),
    });
    crawl.decoded.arrow++;
  } else if (startsWith(bytes, "PK\x03\x04")) {
    const zip = await JSZip.loadAsync(bytes);
    for (const member of Object.values(zip.files).filter((f) => !f.dir)) {
      crawl.decoded["zip member"]++;
      await read(`${name}!/${member.name}`, await member.async("nodebuffer"), crawl);
    }
  }
}

async function crawl(dir: string): Promise<Crawl> {
  const result: Crawl = { files: 0, decoded: { parquet: 0, arrow: 0, "zip member": 0 }, texts: [] };
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const full = path.join(file.parentPath, file.name);
    result.files++;
    await read(path.relative(dir, full), readFileSync(full), result);
  }
  return result;
}

const crawls = {} as Record<EditionDir, Crawl>;
const site = (edition: EditionDir) => path.join(ROOT, edition);

beforeAll(async () => {
  const reuse =
    process.env.BLUE_LEDGER_REUSE_BUILD === "1" &&
    Object.keys(EDITIONS).every((e) => existsSync(path.join(site(e as EditionDir), "reports")));
  if (!reuse) {
    rmSync(ROOT, { recursive: true, force: true });
    const warehouse = await openWarehouse(WAREHOUSE);
    try {
      await loadFiles(warehouse, [
        ...["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map((f) => path.join(FIXTURE, f)),
        ...["acled-2020.csv", "un-fatalities-2025.csv"].map((f) => path.join(ACLED_FIXTURE, f)),
      ]);
    } finally {
      warehouse.close();
    }
    // One build at a time: Framework's loader cache is shared (etl/site/build.ts clears it).
    for (const edition of Object.values(EDITIONS)) {
      // With the edition's report of 2015 (docs/reports.md): its files are crawled too.
      const build = spawnSync(
        path.join(REPO_ROOT, "node_modules/.bin/tsx"),
        ["etl/cli.ts", "build", "--edition", edition, "--reports", "2015"],
        {
          cwd: REPO_ROOT,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...process.env, BLUE_LEDGER_WAREHOUSE: WAREHOUSE, BLUE_LEDGER_DIST: ROOT },
        },
      );
      if (build.status !== 0) throw new Error(`build of the ${edition} edition failed (exit ${build.status})`);
    }
  }
  for (const edition of Object.keys(EDITIONS) as EditionDir[]) crawls[edition] = await crawl(site(edition));
}, 1_200_000); // two site builds in six languages, each with its report, on a machine that may be shared

describe("editions: every file read, each canary only where it belongs", () => {
  it("reads every file, and the rows inside Parquet, Arrow and zip files", () => {
    console.log("\nfiles read per edition:");
    console.table(Object.entries(crawls).map(([edition, c]) => ({ edition, files: c.files, ...c.decoded })));
    for (const c of Object.values(crawls)) {
      expect(c.decoded.parquet).toBeGreaterThan(0);
      expect(c.decoded.arrow).toBeGreaterThan(0);
      expect(c.decoded["zip member"]).toBeGreaterThan(0);
    }
  });

  it("finds each canary exactly in the editions it belongs to", () => {
    const found = Object.entries(CANARIES).map(([canary, expected]) => {
      const where = Object.fromEntries(
        (Object.keys(crawls) as EditionDir[]).map((e) => [
          e,
          crawls[e].texts.filter((t) => t.text.includes(canary)).map((t) => t.name),
        ]),
      ) as Record<EditionDir, string[]>;
      return { canary, expected, where };
    });
    console.log("\nwhere each canary was found:");
    console.table(
      found.map(({ canary, expected, where }) => ({
        canary,
        expected: expected.join(", ") || "nowhere",
        ...Object.fromEntries(
          Object.entries(where).map(([e, files]) => [
            e,
            files.length ? `${files.length}: ${files.slice(0, 2).join(", ")}` : "-",
          ]),
        ),
      })),
    );
    for (const { canary, expected, where } of found)
      for (const edition of Object.keys(crawls) as EditionDir[])
        expect(where[edition].length > 0, `${canary} in ${edition}: ${where[edition].join(", ")}`).toBe(
          expected.includes(edition),
        );
  });

  it("shows ACLED's aggregates with the attribution its terms ask for, in both editions", () => {
    for (const edition of Object.keys(crawls) as EditionDir[]) {
      const texts = crawls[edition].texts;
      // The date accessed: the fixture's latest timestamp, 1610409638 = 2021-01-12.
      expect(
        texts.some((t) => t.name.includes("meta") && t.text.includes("ACLED, accessed 2021-01-12")),
        edition,
      ).toBe(true);
      expect(
        texts.some((t) => t.name.includes("mart_acled_attacks")),
        edition,
      ).toBe(true);
    }
  });

  it("loads nothing from another host, in any page, stylesheet or script of either edition", () => {
    for (const edition of Object.keys(crawls) as EditionDir[])
      for (const { name, text } of crawls[edition].texts) {
        const check = CHECKERS[path.extname(name).toLowerCase()];
        if (check) expect(check(text), `${edition}/${name}`).toEqual([]);
      }
  });

  it("builds every language of each edition, with the language chooser", () => {
    for (const edition of Object.keys(EDITIONS) as EditionDir[]) {
      expect(existsSync(path.join(site(edition), "index.html")), `${edition}/index.html`).toBe(true);
      for (const code of LANGUAGE_CODES)
        expect(existsSync(path.join(site(edition), code, "index.html")), `${edition}/${code}`).toBe(true);
    }
  });

  it.each(LANGUAGE_CODES)(
    "public, %s: no case-level, person-level or row-level data, no state edition pages",
    (code) => {
      const names = crawls.public.texts
        .map((t) => t.name)
        .filter((n) => n.startsWith(`${code}/`))
        .map((n) => n.slice(code.length + 1));
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((n) => /(^|\/)(cases|incidents)\//.test(n) && !n.includes("extracts/"))).toEqual([]);
      // The data package: marts, missions and states only.
      const tables = names
        .filter((n) => /^data\/extracts\/[^/]+\.parquet$/.test(n))
        .map((n) => path.basename(n, ".parquet"));
      expect(tables.length).toBeGreaterThan(0);
      expect(tables.filter((n) => !n.startsWith("mart_") && !["missions", "states"].includes(n))).toEqual([]);
      expect(
        names.some((n) => n.includes("by-host-state") || n.includes("by-mission") || n.includes("incident_year=")),
      ).toBe(false);
    },
  );

  it.each(LANGUAGE_CODES)(
    "state:MLI, %s: its own host state page only, and row-level files holding only what concerns MLI",
    (code) => {
      const dir = path.join(site("state-MLI"), code);
      expect(
        readdirSync(path.join(dir, "host-states"))
          .filter((f) => f.endsWith(".html"))
          .sort(),
      ).toEqual(["MLI.html", "index.html"]);
      // Its own contributing country page (a Malian was killed in I6); the public edition has one per nationality
      // killed.
      const countries = (root: string) =>
        readdirSync(path.join(root, "contributing-countries"))
          .filter((f) => f.endsWith(".html"))
          .sort();
      expect(countries(dir)).toEqual(["MLI.html", "index.html"]);
      expect(countries(path.join(site("public"), code))).toEqual(
        expect.arrayContaining(["MLI.html", "BGD.html", "TCD.html", "index.html"]),
      );
      for (const page of ["cases/MLI.html", "incidents/MLI.html"])
        expect(existsSync(path.join(dir, page)), page).toBe(true);
      const csv = (name: string) => csvParse(readFileSync(path.join(dir, "data", "extracts", name), "utf8"));
      const incidents = csv("incidents.csv");
      // I6: in CAF, a Malian killed.
      expect(incidents.map((d) => d.incident_id).sort()).toEqual(["I1", "I2", "I3", "I6"]);
      for (const c of csv("casualties.csv"))
        expect(c.host_state === "MLI" || c.nationality === "MLI" || c.incident_id === "I6", c.casualty_id).toBe(true);
      expect(csv("assistance.csv").every((a) => a.recipient_state === "MLI")).toBe(true);
    },
  );
});

describe("editions: the reports built with them", () => {
  it.each(Object.keys(EDITIONS) as EditionDir[])(
    "%s: lists its report of 2015 in every language on the Reports page, each file with its size",
    (edition) => {
      const english = path.join(site(edition), "en"); // the listing is a data file, the same in every language
      const listing = readdirSync(path.join(english, "_file", "data")).find((f) => /^reports\.[\w-]+\.json$/.test(f))!;
      const reports = JSON.parse(readFileSync(path.join(english, "_file", "data", listing), "utf8"));
      expect(reports.map((r: { year: number; lang: string }) => `${r.year} ${r.lang}`)).toEqual(
        LANGUAGE_CODES.map((lang) => `2015 ${lang}`),
      );
      for (const report of reports) {
        for (const f of report.files)
          expect(f.bytes, f.path).toBe(readFileSync(path.join(site(edition), f.path)).length);
        const dir = path.join(site(edition), "reports", "2015", report.lang);
        expect(report.files.map((f: { name: string }) => f.name).sort()).toEqual(readdirSync(dir).sort());
      }
      for (const lang of LANGUAGE_CODES) expect(existsSync(path.join(site(edition), lang, "reports.html"))).toBe(true);
    },
  );
});

describe("state:MLI edition in headless Chromium", () => {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  const metrics: Metrics[] = [];
  beforeAll(async () => {
    server = await startStaticServer(site("state-MLI"));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (metrics.length) printMetrics("per-page cost, state:MLI edition (fixture):", metrics);
  });

  it.each(LANGUAGE_CODES)(
    "%s: renders every page with no error, no request to another host, no dialog and no serious axe violation",
    async (code) => {
      const pages = pagePaths(path.join(site("state-MLI"), code)).map((p) => `/${code}${p}`);
      expect(pages).toEqual(
        expect.arrayContaining([`/${code}/cases/MLI`, `/${code}/incidents/MLI`, `/${code}/host-states/MLI`]),
      );
      for (const page of pages) {
        let violations: AxeViolation[] = [];
        const result = await checkPage(
          browser!,
          server!,
          page,
          path.join(REPO_ROOT, "test-results", "screenshots", "state-MLI"),
          async (p) => {
            violations = await runAxe(p);
          },
        );
        metrics.push(result.metrics);
        expect(result.problems, page).toEqual([]);
        expect(
          blocking(violations).map((v) => `${v.id}: ${v.targets.join(", ")}`),
          page,
        ).toEqual([]);
      }
    },
    PAGE_TIMEOUT * 6,
  );

  it(
    "shows the agreement of the UN's deaths with ACLED's attacks, attributed, on the Data quality page",
    async () => {
      let text = "";
      const result = await checkPage(
        browser!,
        server!,
        "/en/data-quality",
        path.join(REPO_ROOT, "test-results", "screenshots", "state-MLI"),
        async (page) => {
          text = await page.locator("#observablehq-main").innerText();
        },
      );
      expect(result.problems).toEqual([]);
      expect(text).toContain("Includes data from ACLED, accessed 2021-01-12.");
      // tests/fixtures/acled: 9 MINUSMA deaths in the period, 7 linked (5 the same day, 2 within a day),
      // 1 ambiguous, 1 with none.
      expect(text).toContain("of the 9 deaths in malicious acts that the UN records between 2014-05-26 and 2020-12-31");
      expect(text).toContain(
        "7 are linked to an ACLED attack on the mission (5 the same day, 2 within a day); " +
          "1 could match several attacks and 1 none",
      );
      expect(text).not.toContain("CANARY");
    },
    PAGE_TIMEOUT * 2,
  );

  it(
    "shows free text containing HTML as text, and runs none of it",
    async () => {
      let text = "";
      let scripts = -1;
      const result = await checkPage(
        browser!,
        server!,
        "/en/incidents/MLI",
        path.join(REPO_ROOT, "test-results", "screenshots", "state-MLI"),
        async (page) => {
          text = await page.locator("#observablehq-main").innerText();
          scripts = await page.locator("#observablehq-main td script").count();
        },
      );
      expect(result.problems).toEqual([]); // includes: no alert() dialog opened
      expect(text).toContain("<script>alert(1)</script>");
      expect(text).toContain("CANARY-NARRATIVE-MLI-7f3a");
      expect(scripts).toBe(0);
    },
    PAGE_TIMEOUT * 2,
  );
});
