// `npm run report`: the annual report for the Secretary-General's briefing, or one state's, as
// HTML, PDF and figures.json (docs/reports.md). Every figure is computed from the edition's data
// package by the named SQL of etl/report/figures/ and printed with its id; figures.json lists
// each one with the SQL that gives it. Offline: the warehouse, the catalogue and Chromium only.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserError } from "../warehouse/connection.ts";
import { editionSql, parseEdition } from "../extract/editions.ts";
import { release } from "../extract/data-package.ts";
import { t } from "../messages.ts";
import { reportQuery } from "./definitions.ts";
import { Figures } from "./figures.ts";
import { openReportDb, type ReportDb } from "./report-db.ts";
import { hasCatalogue, LANGUAGES, textFor, type Lang } from "./text.ts";
import type { Has, ReportContext, Section } from "./layout.ts";
import { headings, pageTemplates, renderDocument, title, type DocumentMeta } from "./document.ts";
import { findChromium, printPdf } from "./pdf.ts";
import { summary } from "./sections/summary.ts";
import { fatalities } from "./sections/fatalities.ts";
import { attacks } from "./sections/attacks.ts";
import { judicial } from "./sections/judicial.ts";
import { requests } from "./sections/requests.ts";
import { assistance } from "./sections/assistance.ts";
import { progress } from "./sections/progress.ts";
import { methodology, type Source } from "./sections/methodology.ts";
import { annex } from "./sections/annex.ts";

export interface ReportOptions {
  year: number;
  out: string;
  edition: string;
  lang: string;
  warehouse: string;
  /** Where progress goes (stderr by default). */
  log?: (line: string) => void;
}

export interface ReportResult {
  dir: string;
  files: { html: string; pdf: string; figures: string };
  bytes: { html: number; pdf: number; figures: number };
  pages: number;
  figures: number;
  seconds: number;
}

async function records(db: ReportDb, year: number, scope: string, state: string | undefined) {
  const publicRecord = await db.package(reportQuery("public-record", year, scope));
  if (!state) return { publicRecord, events: [], incidents: [] };
  // The state edition's Cases and Incidents pages, for the year (warehouse/editions/).
  const events = await db.warehouse(
    `SELECT * FROM (${editionSql("state_case_events.sql")}) WHERE year(event_date) = ${year}`,
  );
  const incidents = await db.warehouse(
    `SELECT * FROM (${editionSql("state_incidents.sql")}) WHERE year(incident_date) = ${year}`,
  );
  return { publicRecord, events, incidents };
}

export async function buildReport(options: ReportOptions): Promise<ReportResult> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const step = (key: string) =>
    log(t("report.progress.step", { what: t(key), seconds: ((performance.now() - started) / 1000).toFixed(1) }));
  const edition = parseEdition(options.edition);
  if (!Number.isInteger(options.year) || options.year < 1948 || options.year > 2999)
    throw new UserError(t("report.error.year", { year: String(options.year) }));
  if (!LANGUAGES.includes(options.lang as Lang))
    throw new UserError(t("report.error.lang", { lang: options.lang, langs: LANGUAGES.join(", ") }));
  const lang = options.lang as Lang;
  if (!hasCatalogue(lang)) log(t("report.warning.catalogue", { lang }));
  const chromiumPath = findChromium(); // before any work: a missing browser is said at once
  const year = options.year;

  step("report.progress.open");
  const db = await openReportDb(options.warehouse, edition);
  try {
    const state = edition.audience === "state" ? edition.state : undefined;
    const scope = state ?? "ALL";
    const names = new Map(
      (await db.warehouse("SELECT iso3, name_en FROM dim_states")).map((r) => [String(r.iso3), String(r.name_en)]),
    );
    if (state && !names.has(state)) throw new UserError(t("report.error.unknownState", { state }));
    const text = textFor(lang, names);
    const rel = await db.withWarehouse(release);

    step("report.progress.package");
    await db.load(db.tables.filter((name) => name.startsWith("mart_")));
    const [coverage] = await db.package(reportQuery("coverage", year, scope));
    if (!coverage.has_year)
      throw new UserError(
        t(`report.error.noData${state ? "State" : ""}${coverage.first_year === null ? "AtAll" : ""}`, {
          year,
          state: state ? text.state(state) : "",
          first: coverage.first_year ?? "–",
          last: coverage.last_year ?? "–",
          warehouse: options.warehouse,
        }),
      );
    const [flags] = await db.package(reportQuery("has", year, scope));
    const has: Has = {
      incidents: Boolean(flags.incidents),
      injuries: Boolean(flags.injuries),
      cases: Boolean(flags.cases),
      requests: Boolean(flags.requests),
      assistance: Boolean(flags.assistance),
      publicRecord: Boolean(flags.public_record),
    };

    step("report.progress.figures");
    const figs = new Figures(text, { year, scope, audience: edition.audience, cutoff: rel.cutoff });
    await figs.evaluate(db);
    const { publicRecord, events, incidents } = await records(db, year, scope, state);

    step("report.progress.sections");
    const stateName = state ? text.state(state) : "";
    const ctx: ReportContext = { figs, text, scope: figs.scope, edition, stateName, isSample: rel.isSample, has };
    const sections: Section[] = [
      summary(ctx, 1),
      fatalities(ctx, 2),
      attacks(ctx, 3),
      judicial(ctx, 4, publicRecord),
      requests(ctx, 5),
      assistance(ctx, 6),
      progress(ctx, 7),
      methodology(ctx, 8, { version: rel.version, sources: rel.sources as Source[] }),
      ...(state ? [annex(ctx, { events, incidents })] : []),
    ];
    const meta: DocumentMeta = {
      text,
      htmlLang: hasCatalogue(lang) ? lang : "en",
      year,
      cutoff: rel.cutoff,
      version: rel.version,
      isSample: rel.isSample,
      edition: state ? text.t("report.edition.state", { state: stateName }) : text.t("report.edition.public"),
      restricted: Boolean(state),
    };
    const printed = await printPdf(
      {
        html: (pages) => renderDocument(sections, meta, pages),
        headings: headings(sections, meta),
        ...pageTemplates(meta),
        date: rel.cutoff,
      },
      chromiumPath,
      step,
    );

    const list = figs.list();
    const figuresJson = {
      title: title(meta),
      edition: state ? `state:${state}` : "public",
      year,
      lang,
      cutoff: rel.cutoff,
      version: rel.version,
      sample: rel.isSample,
      package: t("report.json.package", { edition: state ? `state:${state}` : "public" }),
      recompute: t("report.json.recompute"),
      figures: list.map(({ id, label, value, unit, period, printed: p, set, column, key, tables, sql }) => ({
        id,
        label,
        value,
        unit,
        period,
        printed: p,
        set,
        column,
        key,
        tables,
        sql,
      })),
    };
    const dir = path.resolve(options.out);
    mkdirSync(dir, { recursive: true });
    const files = {
      html: path.join(dir, "report.html"),
      pdf: path.join(dir, "report.pdf"),
      figures: path.join(dir, "figures.json"),
    };
    const html = renderDocument(sections, meta, printed.headingPages);
    const json = JSON.stringify(figuresJson, null, 2) + "\n";
    writeFileSync(files.html, html);
    writeFileSync(files.pdf, printed.pdf);
    writeFileSync(files.figures, json);
    return {
      dir,
      files,
      pages: printed.pages,
      figures: list.length,
      bytes: { html: Buffer.byteLength(html), pdf: printed.pdf.length, figures: Buffer.byteLength(json) },
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    db.close();
  }
}
