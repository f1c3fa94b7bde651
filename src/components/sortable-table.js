// A table whose column headers are buttons that sort it (again to reverse), for the
// keyboard as for the mouse; aria-sort tells screen readers the order. Cells are set as
// text unless a column's format returns a node (a link built with htl).
import { html } from "npm:htl";
import { DataRow } from "./data-table.js";

/** columns: [{key, label, numeric?, format?}]; sort: the key first sorted by (descending when numeric). */
export function SortableTable(rows, { columns, sort, caption }) {
  let key = sort ?? columns[0].key;
  let descending = columns.find((c) => c.key === key)?.numeric ?? false;
  const body = html`<tbody>`;
  const headers = columns.map((c) => {
    const button = html`<button type="button" class="sort-button">${c.label}</button>`;
    button.onclick = () => {
      descending = key === c.key ? !descending : Boolean(c.numeric);
      key = c.key;
      render();
    };
    return html`<th scope="col" class=${c.numeric ? "num" : ""}>${button}</th>`;
  });
  const compare = (a, b) => {
    const [x, y] = [a[key], b[key]];
    if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1; // empty cells last
    const order = typeof x === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -order : order;
  };
  function render() {
    headers.forEach((th, i) =>
      th.setAttribute("aria-sort", columns[i].key === key ? (descending ? "descending" : "ascending") : "none"),
    );
    body.replaceChildren(...[...rows].sort(compare).map((row) => DataRow(row, columns)));
  }
  render();
  // Focusable, so that a table wider or longer than its box scrolls from the keyboard too (WCAG 2.1.1).
  return html`<div class="table-scroll" tabindex="0"><table class="data-table sortable">
    ${caption ? html`<caption>${caption}</caption>` : ""}
    <thead><tr>${headers}</tr></thead>
    ${body}
  </table></div>`;
}
