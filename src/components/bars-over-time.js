// Stacked bars per year (or month), coloured by a category.
import * as Plot from "npm:@observablehq/plot";

export function BarsOverTime(data, {x = "year", y, fill, fillLabel, yLabel, width, colorDomain, tickFormat = "d"}) {
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 50,
    x: {label: null, tickFormat, interval: x === "year" ? 1 : undefined},
    y: {label: yLabel, grid: true},
    color: fill ? {legend: true, label: fillLabel, domain: colorDomain, tickFormat: fill.tickFormat} : undefined,
    marks: [
      Plot.rectY(data, Plot.groupX({y: "sum"}, {x, y, fill: fill?.value ?? fill, tip: true})),
      Plot.ruleY([0])
    ]
  });
}
