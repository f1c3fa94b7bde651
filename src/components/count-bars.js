// Counts as horizontal bars, one per row, in the rows' order; `highlight` picks out rows
// (a darker bar) such as the country a page is about.
import * as Plot from "npm:@observablehq/plot";
import { formatInteger } from "./format.js";
import { SEQUENTIAL3, SINGLE } from "./palette.js";
import { fitLabel, labelMargin } from "./label-margin.js";

/** Whole-number ticks for a count axis up to `max` (Plot would tick 0.5 on small counts); undefined: Plot's own. */
const integerTicks = (max) => (max > 0 && max <= 10 ? Array.from({ length: max + 1 }, (_, i) => i) : undefined);

export function CountBars(rows, { x, y, yFormat = (v) => v, xLabel, width, highlight = () => false }) {
  const labelled = rows.map((d) => ({ ...d, label: yFormat(d[y], d), picked: highlight(d) }));
  // Room at the right for the count written after the longest bar (about 8 px a digit).
  const longest = Math.max(1, ...labelled.map((d) => formatInteger(d[x]).length));
  const marginLeft = labelMargin(
    labelled.map((d) => d.label),
    width,
  );
  return Plot.plot({
    width,
    marginRight: 12 + 8 * longest,
    height: 40 + 26 * labelled.length,
    // The labels' room measured in the page's font (at most 45% of the width); longer ones are cut with "…".
    marginLeft,
    x: { label: xLabel, grid: true, ticks: integerTicks(Math.max(0, ...labelled.map((d) => d[x]))) },
    y: { label: null, domain: labelled.map((d) => d.label), tickFormat: (s) => fitLabel(s, marginLeft - 10) },
    marks: [
      Plot.barX(labelled, { y: "label", x, fill: (d) => (d.picked ? SEQUENTIAL3[2] : SINGLE), tip: true }),
      Plot.text(labelled, {
        y: "label",
        x,
        text: (d) => formatInteger(d[x]),
        dx: 4,
        textAnchor: "start",
        fill: "currentColor",
      }),
      Plot.ruleX([0]),
    ],
  });
}
