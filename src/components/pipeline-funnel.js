// The accountability pipeline as a funnel: attacks that reached at least each stage.
import * as Plot from "npm:@observablehq/plot";
import { formatInteger, formatNumber } from "./format.js";
import { chartWidth, labelMargin } from "./label-margin.js";
import { SINGLE } from "./palette.js";

export function PipelineFunnel(stages, { width, stageLabel, xLabel }) {
  width = chartWidth(width);
  return Plot.plot({
    width,
    height: 40 + 32 * stages.length,
    marginLeft: labelMargin(
      stages.map((d) => stageLabel(d.stage)),
      width,
    ),
    marginRight: 50, // room for the count printed after the longest bar
    x: { label: xLabel, grid: true, tickFormat: formatNumber },
    y: { label: null, domain: stages.map((d) => d.stage), tickFormat: stageLabel },
    marks: [
      Plot.barX(stages, { y: "stage", x: "incidents_reached", fill: SINGLE, tip: true }),
      Plot.text(stages, {
        y: "stage",
        x: "incidents_reached",
        text: (d) => formatInteger(d.incidents_reached),
        dx: 4,
        textAnchor: "start",
      }),
      Plot.ruleX([0]),
    ],
  });
}
