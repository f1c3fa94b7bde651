// Counts as horizontal bars, one per row, in the rows' order; `highlight` picks out rows
// (a darker bar) such as the country a page is about.
import * as Plot from "npm:@observablehq/plot";

export function CountBars(rows, {x, y, yFormat = (v) => v, xLabel, width, highlight = () => false, marginLeft = 200}) {
  const labelled = rows.map((d) => ({...d, label: yFormat(d[y], d), picked: highlight(d)}));
  return Plot.plot({
    width,
    height: 40 + 26 * labelled.length,
    marginLeft,
    x: {label: xLabel, grid: true},
    y: {label: null, domain: labelled.map((d) => d.label)},
    marks: [
      Plot.barX(labelled, {y: "label", x, fill: (d) => (d.picked ? "#08306b" : "#6baed6"), tip: true}),
      Plot.text(labelled, {y: "label", x, text: (d) => d[x], dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}
