// The pieces every section of a report is made of: its heading, the lead sentence, its key
// figures, numbered tables and charts. A table prints one figure set: each column's header
// carries the column's id in small type and each row its key, so every cell's id can be read
// off the page (`<set>.<column>/<key>`, as the methodology section explains).
import type { Figure, FigureRow, Figures, Scope } from "./figures.ts";
import { breakable, html, type Html, type Text } from "./text.ts";
import type { Edition } from "../extract/editions.ts";

export interface Has {
  incidents: boolean;
  injuries: boolean;
  cases: boolean;
  requests: boolean;
  assistance: boolean;
  publicRecord: boolean;
}

export interface ReportContext {
  figs: Figures;
  text: Text;
  scope: Scope;
  edition: Edition;
  /** The edition's state in words (state editions). */
  stateName: string;
  isSample: boolean;
  /** Which kinds of record the data package holds at all. */
  has: Has;
}

export interface Section {
  /** Anchor and heading id: s1, s2… */
  id: string;
  title: string;
  body: Html;
}

/** Numbers tables and charts within a section: Table 2.1, Chart 2.1. */
export class Numbering {
  private tables = 0;
  private charts = 0;
  /** A section's number, or the annex's letter. */
  constructor(
    readonly section: number | string,
    readonly text: Text,
  ) {}
  private prefix = () => (typeof this.section === "number" ? this.text.integer(this.section) : this.section);
  table = () => this.text.t("report.tableNo", { n: `${this.prefix()}.${this.text.integer(++this.tables)}` });
  chart = () => this.text.t("report.chartNo", { n: `${this.prefix()}.${this.text.integer(++this.charts)}` });
}

/** What every section starts from: its heading, numbering and figure lookups. */
export function sectionStart(ctx: ReportContext, number: number, titleKey: string) {
  const { figs, text } = ctx;
  return {
    section: { id: `s${number}`, title: text.t(titleKey) },
    n: new Numbering(number, text),
    f: (id: string) => figs.get(id),
    c: (id: string) => figs.cite(id),
  };
}

/** The year and place a report is about, in words: "in all host States" or "in <state>", and "to …". */
export function scopeWords(ctx: ReportContext) {
  const { text, scope, stateName } = ctx;
  const isPublic = scope.audience === "public";
  return {
    year: text.year(scope.year),
    previousYear: text.year(scope.year - 1),
    isPublic,
    where: isPublic ? text.t("report.where.all") : text.t("report.where.state", { state: stateName }),
    whereTo: isPublic ? text.t("report.where.allStates") : text.t("report.where.toState", { state: stateName }),
  };
}

export const lead = (...sentences: (Html | string | false | null | undefined)[]) =>
  html`<p class="lead">${sentences.filter(Boolean).flatMap((s, i) => (i ? [" ", s!] : [s!]))}</p>`;
export const para = (content: Html | string) => html`<p class="para">${content}</p>`;
export const note = (content: Html | string) => html`<p class="note">${content}</p>`;

/** The section's key figures: label, number, id. */
export function keyFigures(figs: Figures, figures: Figure[]): Html {
  const figure = (f: Figure) =>
    html`<div><dt>${f.label}<span class="period">${f.periodLabel}</span></dt><dd>${figs.cite(f)}</dd></div>`;
  return html`<dl class="key-figures">${figures.map(figure)}</dl>`;
}

/** Tables this short are kept on one page; longer ones break between rows, repeating their header. */
const SHORT = 22;

export interface Column {
  column: string;
  label?: string;
}

/**
 * A numbered table of one figure set: a row per key, a column per value. `keyLabel` heads the
 * key column; `codes` prints the key's code under its name when the two differ (states).
 */
export function table(
  ctx: ReportContext,
  n: Numbering,
  {
    set,
    title,
    keyLabel,
    columns,
    rows = ctx.figs.rows(set),
    note: footnote,
  }: { set: string; title: string; keyLabel: string; columns: Column[]; rows?: FigureRow[]; note?: Html | string },
): Html {
  const { figs, text } = ctx;
  if (!rows.length) return html`<p class="note">${text.t("report.table.empty", { table: n.table(), title })}</p>`;
  const heads = columns.map((c) => ({ ...c, label: c.label ?? rows[0].cells[c.column].measure }));
  const setId = html`<span class="fid">${breakable(`${set}.<column>/<key>`)}</span>`;
  const head = (c: Column) => html`<th scope="col">${c.label}<span class="fid">${breakable(c.column)}</span></th>`;
  const code = (r: FigureRow) => (String(r.key) !== r.name ? html`<span class="fid">${String(r.key)}</span>` : "");
  const cell = (r: FigureRow, c: Column) => html`<td>${figs.cell(r.cells[c.column])}</td>`;
  const row = (r: FigureRow) =>
    html`<tr><th scope="row">${r.name}${code(r)}</th>${columns.map((c) => cell(r, c))}</tr>`;
  return html`<div class="${rows.length <= SHORT ? "table-block short" : "table-block"}"><table class="figures">
    <caption><span class="table-no">${n.table()}</span> ${title}${setId}</caption>
    <thead><tr><th scope="col">${keyLabel}</th>${heads.map(head)}</tr></thead>
    <tbody>${rows.map(row)}</tbody>
  </table>${footnote ? html`<p class="note">${footnote}</p>` : ""}</div>`;
}

/** A table whose rows are the figures of one-row sets, against the year before where one is given. */
export function yearTable(
  ctx: ReportContext,
  n: Numbering,
  { title, rows }: { title: string; rows: { label: string; now: Figure; before?: Figure }[] },
): Html {
  const { figs, text, scope } = ctx;
  const years = html`<th scope="col">${text.year(scope.year - 1)}</th><th scope="col">${text.year(scope.year)}</th>`;
  const row = (r: (typeof rows)[number]) => {
    const before = r.before ? figs.cite(r.before) : "–";
    return html`<tr><th scope="row">${r.label}</th><td>${before}</td><td>${figs.cite(r.now)}</td></tr>`;
  };
  return html`<div class="table-block short"><table class="figures">
    <caption><span class="table-no">${n.table()}</span> ${title}</caption>
    <thead><tr><th scope="col">${text.t("report.col.measure")}</th>${years}</tr></thead>
    <tbody>${rows.map(row)}</tbody>
  </table></div>`;
}

/** A numbered chart with its caption; `source` names the table that prints its figures. */
export const chart = (n: Numbering, title: string, svg: Html, source?: string) => {
  const number = html`<span class="table-no">${n.chart()}</span>`;
  const sourceNote = source ? html` <span class="chart-source">${source}</span>` : "";
  return html`<figure class="chart">${svg}<figcaption>${number} ${title}${sourceNote}</figcaption></figure>`;
};

/** Records (not figures) printed as they are: a plain table of text. */
export function records(
  n: Numbering,
  { title, head, rows, note: footnote }: { title: string; head: string[]; rows: (string | Html)[][]; note?: string },
): Html {
  return html`<div class="${rows.length <= SHORT ? "table-block short" : "table-block"}"><table class="records">
    <caption><span class="table-no">${n.table()}</span> ${title}</caption>
    <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
  </table>${footnote ? html`<p class="note">${footnote}</p>` : ""}</div>`;
}

/** The figures of one row of a set, by column. */
export const cells = (row: FigureRow | undefined, column: string): Figure | undefined => row?.cells[column];
