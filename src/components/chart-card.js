// What a reader needs around a chart: its units and source line, and the same numbers
// as a table (ChartNotes), or all of it with a title and the one-line finding
// (ChartCard). Pages lay their cards out in the Markdown and end each with ChartNotes;
// ChartCard is for a card built in JavaScript. The source line is the card's own: the
// data's origin and cutoff, from meta.json, unless a page gives another.
import { FileAttachment } from "npm:@observablehq/stdlib";
import { html } from "npm:htl";
import { t } from "../i18n/index.js";
import { DataTable } from "./data-table.js";
import { sourceNote } from "./format.js";

const meta = await FileAttachment("../data/meta.json").json();

/** "Source: …, as of …": where the figures come from and how recent they are. */
export const sourceLine = () => sourceNote(meta);

/** The units and source under a chart, then its table alternative (columns as DataTable takes them). */
export function ChartNotes({ units, source = sourceLine(), rows, columns } = {}) {
  const table = rows && DataTable(rows, { columns });
  const details = table
    ? html`<details class="table-alternative"><summary>${t("site.table.show")}</summary>${table}</details>`
    : "";
  return html`<p class="chart-notes">${units}${units && source ? " · " : ""}${source}</p>${details}`;
}

export function ChartCard(chart, { title, finding, units, source, rows, columns }) {
  return html`<div class="card chart-card">
    <h2>${title}</h2>
    ${finding ? html`<p class="finding">${finding}</p>` : ""}
    <figure>${chart}</figure>
    ${ChartNotes({ units, source, rows, columns })}
  </div>`;
}
