// A chart with everything a reader needs around it: a title, the one-line
// finding, the units, the source, and the same numbers as a table.
import {html} from "npm:htl";
import {t} from "../i18n/index.js";
import {DataTable} from "./data-table.js";

export function ChartCard(chart, {title, finding, units, source, rows, columns}) {
  return html`<div class="card chart-card">
    <h2>${title}</h2>
    ${finding ? html`<h3>${finding}</h3>` : ""}
    <figure>${chart}</figure>
    <p class="chart-notes">${units}${units && source ? " · " : ""}${source}</p>
    ${rows ? html`<details><summary>${t("site.table.show")}</summary>${DataTable(rows, {columns})}</details>` : ""}
  </div>`;
}
