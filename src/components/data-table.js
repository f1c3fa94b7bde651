// A plain HTML table. Cells are set as text, never as HTML, so free text in
// the data cannot inject markup.
import {html} from "npm:htl";

/** columns: [{key, label, format?}] */
export function DataTable(rows, {columns, caption} = {}) {
  return html`<div class="table-scroll"><table class="data-table">
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.numeric ? "num" : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${columns.map((c) => {
      const value = row[c.key];
      return html`<td class=${c.numeric ? "num" : ""}>${value == null ? "–" : c.format ? c.format(value, row) : String(value)}</td>`;
    })}</tr>`)}</tbody>
  </table></div>`;
}
