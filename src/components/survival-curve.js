// Kaplan–Meier curve: share of fatal attacks with no conviction yet, by years since the attack.
import * as Plot from "npm:@observablehq/plot";
import { chartWidth } from "./label-margin.js";
import { formatNumber, formatPercent } from "./format.js";
import { categorical } from "./palette.js";

export function SurvivalCurve(data, { width, series = "host_state", seriesLabel, seriesFormat, xLabel, yLabel }) {
  width = chartWidth(width);
  // Every curve starts at 100% on the day of the attack.
  const starts = Array.from(new Set(data.map((d) => d[series])), (s) => ({
    [series]: s,
    years: 0,
    share_without_conviction: 1,
  }));
  return Plot.plot({
    width,
    height: 320,
    x: { label: xLabel, grid: true, tickFormat: formatNumber },
    y: { label: yLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    color: categorical({ legend: true, label: seriesLabel, tickFormat: seriesFormat }),
    marks: [
      Plot.lineY([...starts, ...data], {
        x: "years",
        y: "share_without_conviction",
        stroke: series,
        strokeWidth: 2,
        curve: "step-after",
        sort: "years",
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  });
}
