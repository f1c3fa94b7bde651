// Stacked bars per year (or month), coloured by a category.
import * as Plot from "npm:@observablehq/plot";
import {formatNumber, formatYear} from "./format.js";
import {categorical, SINGLE} from "./palette.js";

export function BarsOverTime(data, {x = "year", y, fill, fillLabel, yLabel, width, colorDomain, tickFormat = formatYear}) {
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 50,
    x: {label: null, tickFormat, interval: x === "year" ? 1 : undefined},
    y: {label: yLabel, grid: true, tickFormat: formatNumber},
    color: fill ? categorical({legend: true, label: fillLabel, domain: colorDomain, tickFormat: fill.tickFormat}) : undefined,
    marks: [
      Plot.rectY(data, Plot.groupX({y: "sum"}, {x, y, fill: fill?.value ?? fill ?? SINGLE, tip: true})),
      Plot.ruleY([0])
    ]
  });
}
