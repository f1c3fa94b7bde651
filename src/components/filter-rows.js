// The Attack trends filters applied to rows of a page's data: a year range (in either
// order, ends included), a host state, a mission and a personnel category; a filter left
// at null (all), or naming a column the rows do not have, keeps every row.
// Plain JavaScript, no Framework import: tests/filters.test.ts runs it in Node.
/**
 * @template {Record<string, unknown>} T
 * @param {T[]} rows
 * @param {{
 *   from?: number | null,
 *   to?: number | null,
 *   hostState?: string | null,
 *   mission?: string | null,
 *   category?: string | null
 * }} [filters]
 * @returns {T[]}
 */
export function filterRows(rows, { from = null, to = null, hostState = null, mission = null, category = null } = {}) {
  const [low, high] = from != null && to != null && from > to ? [to, from] : [from, to];
  const keeps = (row, key, value) => value == null || !(key in row) || row[key] === value;
  return rows.filter(
    (d) =>
      (low == null || !("year" in d) || d.year >= low) &&
      (high == null || !("year" in d) || d.year <= high) &&
      keeps(d, "host_state", hostState) &&
      keeps(d, "mission", mission) &&
      keeps(d, "personnel_category", category),
  );
}
