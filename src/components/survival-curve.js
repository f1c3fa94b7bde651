// Kaplan–Meier curve: share of fatal attacks with no conviction yet, by years since the attack.
import * as Plot from "npm:@observablehq/plot";

export function SurvivalCurve(data, {width, series = "host_state", seriesLabel, xLabel, yLabel}) {
  // Every curve starts at 100% on the day of the attack.
  const starts = Array.from(new Set(data.map((d) => d[series])), (s) => ({[series]: s, years: 0, share_without_conviction: 1}));
  return Plot.plot({
    width,
    height: 320,
    x: {label: xLabel, grid: true},
    y: {label: yLabel, domain: [0, 1], tickFormat: "%", grid: true},
    color: {legend: true, label: seriesLabel},
    marks: [
      Plot.lineY([...starts, ...data], {x: "years", y: "share_without_conviction", stroke: series, curve: "step-after", sort: "years", tip: true}),
      Plot.ruleY([0])
    ]
  });
}
