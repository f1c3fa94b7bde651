// A plain HTML table. Cells are set as text, never as HTML, so free text in
// the data cannot inject markup.
import { html } from "npm:htl";

/** columns: [{key, label, format?}] */
export function DataTable(rows, { columns, caption } = {}) {
  // Focusable, so that a table wider or longer than its box scrolls from the keyboard too (WCAG 2.1.1).
  return html`<div class="table-scroll" tabindex="0"><table class="data-table">
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${columns.map((c) => html`<th scope="col" class=${c.numeric ? "num" : ""}>${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => DataRow(row, columns))}</tbody>
  </table></div>`;
}

/** One row of a data table (DataTable, SortableTable): an empty value shows as "–". */
export function DataRow(row, columns) {
  return html`<tr>${columns.map((c) => {
    const value = row[c.key];
    const cell = value == null ? "–" : c.format ? c.format(value, row) : String(value);
    return html`<td class=${c.numeric ? "num" : ""}>${cell}</td>`;
  })}</tr>`;
}
