// Stacked bars per year (or month), coloured by a category.
import * as Plot from "npm:@observablehq/plot";
import { chartWidth } from "./label-margin.js";
import { formatNumber, formatYear } from "./format.js";
import { categorical, SINGLE } from "./palette.js";

export function BarsOverTime(
  data,
  { x = "year", y, fill, fillLabel, yLabel, width, colorDomain, tickFormat = formatYear },
) {
  width = chartWidth(width);
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 50,
    x: { label: null, tickFormat, interval: x === "year" ? 1 : undefined },
    // All zeros (a state with injured but no one killed): a 0–1 axis, not bars drawn over an empty one.
    y: {
      label: yLabel,
      grid: true,
      tickFormat: formatNumber,
      domain: data.some((d) => (d[y] ?? 0) > 0) ? undefined : [0, 1],
    },
    color: fill
      ? categorical({ legend: true, label: fillLabel, domain: colorDomain, tickFormat: fill.tickFormat })
      : undefined,
    marks: [
      Plot.rectY(data, Plot.groupX({ y: "sum" }, { x, y, fill: fill?.value ?? fill ?? SINGLE, tip: true })),
      Plot.ruleY([0]),
    ],
  });
}
