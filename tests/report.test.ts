// The reports (docs/reports.md) on the sample: every figure of figures.json recomputed by a
// second path from the CSV files of the edition's data package (tests/helpers/recompute-figures.ts),
// and by its own SQL on the package's Parquet files, as a reader would; every figure printed
// with its id; the PDF tagged, A4, with page numbers, running header and a table of contents
// whose pages are right; the same bytes twice; Arabic right to left; offline; bad input refused.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport, type ReportResult } from "../etl/report/build-report.ts";
import { figureSets } from "../etl/report/definitions.ts";
import { generateSample } from "../etl/sample/generate.ts";
import { loadFiles } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT } from "../etl/warehouse/connection.ts";
import { writeExtracts } from "../etl/extract/write-extracts.ts";
import { compareFigures, readPackage, recomputeSets } from "./helpers/recompute-figures.ts";

const ROOT = mkdtempSync(path.join(tmpdir(), "blue-ledger-report-"));
const WAREHOUSE = path.join(ROOT, "sample.duckdb");
const YEAR = 2022;
const quiet = () => {};
// Node runs the command line itself (--import tsx), as tests/kill.test.ts does: no wrapper process between.
const CLI = ["--import", "tsx", "etl/cli.ts"];
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [...CLI, ...args], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, ...env } });
/** The same, without waiting: several runs at once. */
const cliAsync = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stderr }));
  });
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const poppler = (tool: string, args: string[]) => {
  const run = spawnSync(tool, args, { encoding: "utf8" });
  if (run.error) throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils)`);
  return run.stdout;
};

interface FigureJson {
  id: string;
  label: string;
  value: number | null;
  unit: string;
  period: string;
  printed: string;
  set: string;
  column: string;
  key: string | number | null;
  tables: string[];
  sql: string;
}
interface Built {
  result: ReportResult;
  figures: FigureJson[];
  json: Record<string, unknown>;
  html: string;
  pkg: string;
  scope: string;
}
const built: Record<"public" | "state", Built> = {} as never;

beforeAll(async () => {
  const sample = path.join(ROOT, "sample");
  await generateSample({ outDir: sample, seed: 2589, scale: 1 });
  const w = await openWarehouse(WAREHOUSE);
  await loadFiles(
    w,
    ["incidents", "casualties", "cases", "assistance", "requests"].map((k) => path.join(sample, `${k}.csv`)),
    { source: "sample" },
  );
  w.close();
  for (const [name, edition, scope] of [
    ["public", "public", "ALL"],
    ["state", "state:MLI", "MLI"],
  ] as const) {
    const result = await buildReport({
      year: YEAR,
      out: path.join(ROOT, name),
      edition,
      lang: "en",
      warehouse: WAREHOUSE,
      log: quiet,
    });
    const json = JSON.parse(readFileSync(result.files.figures, "utf8"));
    built[name] = {
      result,
      json,
      figures: json.figures,
      html: readFileSync(result.files.html, "utf8"),
      pkg: path.join(ROOT, `package-${name}`),
      scope,
    };
  }
  // The public edition's package through the command line, as a reader who is told to do so would;
  // the state's through the same code in-process.
  const extract = cli(["extract", "--edition", "public", "--out", built.public.pkg, "--warehouse", WAREHOUSE]);
  expect(extract.status, extract.stderr).toBe(0);
  const r = await openWarehouse(WAREHOUSE, { readOnly: true });
  await writeExtracts(r.connection, built.state.pkg, { audience: "state", state: "MLI" });
  r.close();
}, 240_000);

describe.each(["public", "state"] as const)("the %s report of 2022 on the sample", (name) => {
  it("lists every figure with id, label, value, unit, period and the SQL that gives it", () => {
    const { figures, json } = built[name];
    expect(figures.length).toBeGreaterThan(name === "public" ? 300 : 100);
    expect(json).toMatchObject({
      year: YEAR,
      lang: "en",
      cutoff: "2025-12-31",
      sample: true,
      edition: name === "public" ? "public" : "state:MLI",
    });
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
    for (const f of figures) {
      expect(f.id).toBe(`${f.set}.${f.column}${f.key === null ? "" : `/${f.key}`}`);
      expect(f.label.length, f.id).toBeGreaterThan(0);
      expect([
        "people",
        "attacks",
        "cases",
        "judgments",
        "persons",
        "reports",
        "events",
        "requests",
        "replies",
        "activities",
        "usd",
        "states",
        "share",
        "days",
      ]).toContain(f.unit);
      expect(f.period, f.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(f.tables.length, f.id).toBeGreaterThan(0);
      expect(f.sql, f.id).toMatch(/^SELECT "\w+" AS value FROM \(/);
    }
  });

  it("gives each figure the value recomputed in TypeScript from the package's CSV files (a second path)", () => {
    const { figures, pkg, scope } = built[name];
    const sets = recomputeSets(readPackage(pkg), YEAR, scope);
    // Every set the report can print has a second path; a new set without one fails here.
    expect(
      figureSets()
        .map((s) => s.id)
        .filter((id) => !sets[id]),
    ).toEqual([]);
    const { problems, recomputed } = compareFigures(sets, figures);
    expect(problems).toEqual([]);
    // A table prints every row of its set: the keys printed are all the keys recomputed.
    for (const [set, rows] of recomputed) {
      const printed = new Set(figures.filter((f) => f.set === set && f.key !== null).map((f) => String(f.key)));
      if (printed.size) expect([...printed].sort(), set).toEqual([...rows.keys()].sort());
    }
  });

  it("gives each figure the value its own SQL returns on the package's Parquet files, as section 8 says", async () => {
    const { figures, pkg } = built[name];
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    for (const file of readdirSync(pkg).filter((f) => f.endsWith(".parquet")))
      await c.run(`CREATE VIEW ${path.basename(file, ".parquet")} AS FROM '${path.join(pkg, file)}'`);
    const problems: string[] = [];
    for (const f of figures) {
      const rows = (await c.runAndReadAll(f.sql)).getRows();
      const value = rows[0]?.[0] === null ? null : Number(rows[0]?.[0]);
      if (rows.length !== 1 || (value === null ? f.value !== null : Math.abs(value - (f.value ?? Number.NaN)) > 1e-9))
        problems.push(`${f.id}: ${f.value} vs ${JSON.stringify(rows)}`);
    }
    c.closeSync();
    instance.closeSync();
    expect(problems).toEqual([]);
  }, 120_000);

  it("prints every figure of figures.json, as figures.json says, and no other", () => {
    const { figures, html } = built[name];
    const printed = [...html.matchAll(/<data value="([^"]*)" data-figure="([^"]+)">([^<]*)<\/data>/g)];
    expect(new Set(printed.map((m) => m[2]))).toEqual(new Set(figures.map((f) => f.id)));
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const [, value, id, text] of printed) {
      expect(text, id).toBe(byId.get(id)!.printed.replaceAll("&", "&amp;"));
      expect(value, id).toBe(String(byId.get(id)!.value ?? ""));
    }
    // Beside a number in the text, its id in small type.
    const killed = byId.get("fatalities.killed")!;
    expect(html).toContain(
      `data-figure="fatalities.killed">${killed.printed}</data>` +
        `<span class="fid" aria-hidden="true">fatalities.killed</span>`,
    );
  });

  it(
    "prints a tagged A4 PDF with the running header, page numbers, vector charts " + "and a right table of contents",
    () => {
      const { result } = built[name];
      const info = poppler("pdfinfo", [result.files.pdf]);
      expect(info).toMatch(/Tagged:\s+yes/);
      expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(info).toMatch(new RegExp(`Pages:\\s+${result.pages}\\b`));
      // A header, no raster image.
      expect(poppler("pdfimages", ["-list", result.files.pdf]).trim().split("\n").length).toBe(2);
      const pages = poppler("pdftotext", ["-layout", result.files.pdf, "-"]).split("\f").slice(0, result.pages);
      pages.forEach((page, i) => {
        expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${result.pages}`);
        expect(page, `page ${i + 1}`).toContain("Data as of 31 December 2025");
        expect(page, `page ${i + 1}`).toContain(name === "public" ? "Public edition" : "Edition for Mali (restricted)");
        expect(page, `page ${i + 1}`).toContain("SAMPLE DATA");
      });
      // Contents: each section on the page it says.
      const toc = [...pages[1].matchAll(/^\s*(\d\.|Annex:)\s(.+?)\s{2,}(\d+)\s*$/gm)];
      expect(toc.length).toBe(name === "public" ? 8 : 9);
      for (const [, number, title, page] of toc) {
        const heading = `${number === "Annex:" ? "Annex:" : number} ${title.trim()}`;
        expect(pages[Number(page) - 1], `${heading} on page ${page}`).toMatch(
          new RegExp(`^\\s*${heading.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "m"),
        );
      }
      expect(readFileSync(result.files.html, "utf8")).toMatch(/<figure class="chart"><svg[^>]*role="img"/);
    },
  );
});

describe("the reports, further", () => {
  it("write the same bytes twice from the same warehouse", async () => {
    const again = await buildReport({
      year: YEAR,
      out: path.join(ROOT, "again"),
      edition: "public",
      lang: "en",
      warehouse: WAREHOUSE,
      log: quiet,
    });
    for (const file of ["html", "pdf", "figures"] as const)
      expect(sha(again.files[file]), file).toBe(sha(built.public.result.files[file]));
  });

  it("set Arabic right to left, with the same figures", async () => {
    const ar = await buildReport({
      year: YEAR,
      out: path.join(ROOT, "ar"),
      edition: "public",
      lang: "ar",
      warehouse: WAREHOUSE,
      log: quiet,
    });
    const html = readFileSync(ar.files.html, "utf8");
    const catalogue = existsSync(path.join(REPO_ROOT, "src/i18n/ar.js"));
    expect(html).toMatch(new RegExp(`<html lang="${catalogue ? "ar" : "en"}" dir="rtl">`));
    const figures = JSON.parse(readFileSync(ar.files.figures, "utf8")).figures as FigureJson[];
    expect(figures.map((f) => [f.id, f.value])).toEqual(built.public.figures.map((f) => [f.id, f.value]));
  });

  it("refuse a year with no data, an unknown state and a missing Chromium, and write nothing", async () => {
    const out = path.join(ROOT, "refused");
    const cases: [string[], Record<string, string>, RegExp][] = [
      [["--year", "1990"], {}, /No data for 1990 in .*: its records cover 2011–2025\. Nothing was written/],
      [
        ["--year", "2022", "--edition", "state:XYZ"],
        {},
        /Unknown state 'XYZ': no state has that ISO 3166 alpha-3 code/,
      ],
      [["--year", "2022", "--edition", "state:ISL"], {}, /No data concerning Iceland in .*Nothing was written/],
      [
        ["--year", "2022"],
        { CHROMIUM_PATH: path.join(ROOT, "no-chromium") },
        /Chromium not found at .*no-chromium.*apt-get install chromium/,
      ],
    ];
    const runs = await Promise.all(
      cases.map(([args, env]) => cliAsync(["report", ...args, "--out", out, "--warehouse", WAREHOUSE], env)),
    );
    runs.forEach((run, i) => {
      const [args, , message] = cases[i];
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toMatch(message);
    });
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("runs with no network at all (unshare -n)", (ctx) => {
    const probe = spawnSync("unshare", ["-n", "true"]);
    if (probe.status !== 0) return ctx.skip(); // no network namespaces here (needs root or user namespaces)
    const out = path.join(ROOT, "offline");
    const run = spawnSync(
      "unshare",
      ["-n", process.execPath, ...CLI, "report", "--year", "2022", "--out", out, "--warehouse", WAREHOUSE],
      { cwd: REPO_ROOT, encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("report: computing the figures"); // progress, step by step
    expect(sha(path.join(out, "figures.json"))).toBe(sha(built.public.result.files.figures));
  }, 60_000);
});

afterAll(() => {
  for (const name of ["public", "state"] as const)
    if (built[name])
      console.log(
        `report ${name} ${YEAR} (sample): ${built[name].result.pages} pages, ` +
          `PDF ${built[name].result.bytes.pdf} B, ${built[name].result.figures} figures, ` +
          `${built[name].result.seconds.toFixed(1)} s`,
      );
});
