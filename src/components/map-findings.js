// The numbers behind the one-line findings of the maps and the contributing-country
// pages, as small named functions (tested in tests/map-findings.test.ts), so that what a
// finding says follows from the rows the chart draws. Each returns the parameters of
// its sentence, or null when there is nothing to say. No Framework import.

/** The row with the largest `value` and its share of the total. */
export function topShare(rows, key, value) {
  const sum = rows.reduce((s, d) => s + (d[value] ?? 0), 0);
  if (!sum) return null;
  const top = rows.reduce((a, b) => ((b[value] ?? 0) > (a[value] ?? 0) ? b : a));
  return { top: top[key], value: top[value], total: sum, share: top[value] / sum };
}

/**
 * The largest value of a breakdown whose small cells are merged into the value `merged`: the
 * largest of the values shown on their own, and its share of everyone (merged cells included).
 */
export function topOfBreakdown(rows, value = "killed") {
  const sum = rows.reduce((s, d) => s + (d[value] ?? 0), 0);
  const own = rows.filter((d) => d.value !== "merged" && d[value] > 0);
  if (!sum || !own.length) return null;
  const top = own.reduce((a, b) => (b[value] > a[value] ? b : a));
  return { top: top.value, value: top[value], total: sum, share: top[value] / sum };
}

/** Of the keys with a value above 0, those a map cannot draw (no shape with that id) and their total. */
export function offMap(values, drawnIds) {
  const drawn = new Set(drawnIds);
  const missing = [...values].filter(([id, v]) => v > 0 && !drawn.has(id));
  return { count: missing.length, total: missing.reduce((s, [, v]) => s + v, 0), ids: missing.map(([id]) => id) };
}

/**
 * The region map's finding: the drawn unit with most attacks, its share of the located
 * attacks, and the divisions not drawn.
 */
export function regionFinding({ regions, units, withoutRegion }) {
  const located = regions.reduce((s, d) => s + d.incidents, 0);
  const top = topShare(units, "drawn", "incidents");
  const unmatched = regions.filter((d) => d.unit === null);
  return {
    top: top?.top ?? null,
    attacks: top?.value ?? 0,
    share: located ? (top?.value ?? 0) / located : 0,
    located,
    unmatched: unmatched.length,
    unmatchedAttacks: unmatched.reduce((s, d) => s + d.incidents, 0),
    withoutRegion: withoutRegion?.incidents ?? 0,
  };
}

/** Where a nationality stands among those with nationals killed in malicious acts, from every ranked place. */
export function rankOf(rank, ranks) {
  if (rank == null) return null;
  return { rank, of: ranks.length, tied: ranks.filter((r) => r === rank).length > 1 };
}

/** What became of the attacks that killed a nationality's nationals. */
export function followUpOf(country) {
  const attacks = country.fatal_incidents;
  if (!attacks) return null;
  return {
    attacks,
    investigated: country.with_investigation,
    convicted: country.with_conviction,
    effective: country.with_effective_conviction,
    shareConvicted: country.with_conviction / attacks,
  };
}
