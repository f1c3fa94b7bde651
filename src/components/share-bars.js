// Shares (0–1) as horizontal bars, one row per category and one bar per series within it.
import * as Plot from "npm:@observablehq/plot";
import { formatPercent } from "./format.js";
import { chartWidth, labelMargin } from "./label-margin.js";
import { SEQUENTIAL3 } from "./palette.js";

export function ShareBars(data, { width, x = "share", y, series, yFormat, seriesFormat, xLabel, seriesLabel }) {
  width = chartWidth(width);
  const categories = [...new Set(data.map((d) => d[y]))];
  return Plot.plot({
    width,
    height: 50 + categories.length * 3 * 16,
    marginLeft: labelMargin(categories.map(yFormat), width),
    x: { label: xLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    y: { label: null, tickFormat: seriesFormat, axis: null },
    fy: { label: null, tickFormat: yFormat, padding: 0.2 },
    color: { legend: true, label: seriesLabel, tickFormat: seriesFormat, type: "ordinal", range: SEQUENTIAL3 },
    marks: [
      Plot.barX(data, { x, y: series, fy: y, fill: series, tip: true }),
      Plot.axisFy({ anchor: "left", label: null, tickFormat: yFormat }),
      Plot.ruleX([0]),
    ],
  });
}
