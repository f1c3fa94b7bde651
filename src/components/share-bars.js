// Shares (0–1) as horizontal bars, one row per category and one bar per series within it.
import * as Plot from "npm:@observablehq/plot";

export function ShareBars(data, {width, x = "share", y, series, yFormat, seriesFormat, xLabel, seriesLabel}) {
  const categories = new Set(data.map((d) => d[y])).size;
  return Plot.plot({
    width,
    height: 50 + categories * 3 * 16,
    marginLeft: 160,
    x: {label: xLabel, domain: [0, 1], tickFormat: "%", grid: true},
    y: {label: null, tickFormat: seriesFormat, axis: null},
    fy: {label: null, tickFormat: yFormat, padding: 0.2},
    color: {legend: true, label: seriesLabel, tickFormat: seriesFormat, type: "ordinal", range: ["#9ecae1", "#4292c6", "#08519c"]},
    marks: [
      Plot.barX(data, {x, y: series, fy: y, fill: series, tip: true}),
      Plot.axisFy({anchor: "left", label: null, tickFormat: yFormat}),
      Plot.ruleX([0])
    ]
  });
}
