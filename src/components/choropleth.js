// Shapes coloured by a count: the world map (host states, nationalities) and the region
// maps. Shapes with no count, or 0, stay light grey; the colour scale is a square root
// from a light orange that still stands out from the grey to a dark red (contrast on
// white), with a legend. Regions only: no point is ever drawn.
import * as Plot from "npm:@observablehq/plot";

const NONE = "#e4e4e4";
const RANGE = ["#fdc57f", "#7f0000"];

export function Choropleth(
  features,
  { values, name, width, height, projection, legend, format = (v) => v, ariaLabel },
) {
  // By default the world in Equal Earth, fitted to the shapes drawn (the atlas has no Antarctica).
  projection ??= { type: "equal-earth", domain: { type: "FeatureCollection", features } };
  const shaded = features.filter((f) => values.get(f.id) > 0);
  const max = Math.max(1, ...shaded.map((f) => values.get(f.id)));
  return Plot.plot({
    width,
    height, // none: Plot sizes a projection with a domain to its shapes
    projection,
    color: {
      type: "sqrt",
      range: RANGE,
      interpolate: "lab",
      domain: [0, max],
      legend: shaded.length > 0,
      label: legend,
      marginLeft: 12,
      marginRight: 12,
      width: 360,
      tickFormat: format,
    },
    ariaLabel,
    marks: [
      Plot.geo(features, { fill: NONE, stroke: "white", strokeWidth: 0.5 }),
      Plot.geo(
        shaded,
        Plot.centroid({
          fill: (f) => values.get(f.id),
          stroke: "white",
          strokeWidth: 0.5,
          title: (f) => `${name(f)}: ${format(values.get(f.id))}`,
          tip: true,
        }),
      ),
    ],
  });
}
