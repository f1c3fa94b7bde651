// Horizontal bars, one per category (a status, a reason, a host state), each labelled at
// its left with room measured for the longest label; optionally split by a colour.
import * as Plot from "npm:@observablehq/plot";
import { formatNumber } from "./format.js";
import { chartWidth, fitLabel, labelMargin } from "./label-margin.js";
import { categorical, SINGLE } from "./palette.js";

/**
 * data: rows; y: the category's label (a field or a function of the row); x: its value.
 * fill/fillFormat: an optional colour field and how its values read in the legend.
 * Categories keep the rows' order unless `sort` is "-x" (largest first).
 */
export function CategoryBars(
  data,
  { width, x, y, xLabel, fill, fillFormat, sort = null, percent = false, tickFormat = formatNumber },
) {
  width = chartWidth(width);
  const labelOf = typeof y === "function" ? y : (d) => d[y];
  const labels = [...new Set(data.map(labelOf))];
  const marginLeft = labelMargin(labels, width, { share: 0.6 });
  return Plot.plot({
    width,
    height: 40 + 26 * labels.length,
    marginLeft,
    x: { label: xLabel, grid: true, tickFormat, ...(percent ? { domain: [0, 1] } : {}) },
    // A label longer than the margin is cut; the table alternative has it whole.
    y: { label: null, domain: sort ? undefined : labels, tickFormat: (s) => fitLabel(s, marginLeft - 10) },
    color: fill ? categorical({ legend: true, tickFormat: fillFormat }) : undefined,
    marks: [
      Plot.barX(data, { y: labelOf, x, fill: fill ?? SINGLE, sort: sort ? { y: sort } : undefined, tip: true }),
      Plot.ruleX([0]),
    ],
  });
}
