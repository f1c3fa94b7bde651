// The report's charts: Observable Plot, drawn server-side into a jsdom document and kept as
// inline vector SVG. Each chart shows figures that the table beside it prints with their ids;
// its accessible name says what it shows. Charts run left to right in every language (the
// text inside them is the report's language).
import { JSDOM } from "jsdom";
import * as Plot from "@observablehq/plot";
import { escape, raw, type Html } from "./text.ts";

const { document } = new JSDOM("").window;

export const WIDTH = 640;
const BLUE = "#0f6cb6";
const LIGHT = "#9fc3e4";

/** Width for the longest label at about 6.2 px a character, within bounds. */
const labelMargin = (labels: string[]) =>
  Math.min(230, Math.max(60, 12 + 6.2 * Math.max(0, ...labels.map((l) => l.length))));

function svg(chart: Element, title: string): Html {
  // Plot's figure wrapper (with a legend) or its bare SVG; either way the accessible name is ours.
  const root = chart.tagName.toLowerCase() === "svg" ? chart : chart.querySelector("svg")!;
  root.setAttribute("role", "img");
  root.setAttribute("aria-label", title);
  return raw(chart.outerHTML);
}

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars, largest first as given, for one measure. */
export function bars(
  rows: Bar[],
  {
    title,
    x,
    format = String,
    percent = false,
  }: { title: string; x: string; format?: (n: number) => string; percent?: boolean },
): Html {
  const height = 34 + 20 * Math.max(rows.length, 1);
  return svg(
    Plot.plot({
      document,
      width: WIDTH,
      height,
      marginLeft: labelMargin(rows.map((r) => r.label)),
      marginRight: 36,
      // Shares run from 0 to 1 and are labelled as percentages in the report's language.
      x: { label: x, grid: true, nice: !percent, ...(percent ? { domain: [0, 1], tickFormat: format } : {}) },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.barX(rows, { x: "value", y: "label", fill: BLUE }),
        Plot.text(rows, { x: "value", y: "label", text: (d: Bar) => format(d.value), textAnchor: "start", dx: 4 }),
        Plot.ruleX([0]),
      ],
    }),
    title,
  );
}

export interface YearBar {
  year: number;
  value: number;
}

/** One bar per year, the report's year in full colour. */
export function years(
  rows: YearBar[],
  {
    title,
    y,
    highlight,
    format = String,
  }: { title: string; y: string; highlight: number; format?: (n: number) => string },
): Html {
  return svg(
    Plot.plot({
      document,
      width: WIDTH,
      height: 200,
      marginLeft: 44,
      x: { label: null, tickFormat: (d: number) => String(d), type: "band" },
      y: { label: y, grid: true, nice: true },
      marks: [
        Plot.barY(rows, { x: "year", y: "value", fill: (d: YearBar) => (d.year === highlight ? BLUE : LIGHT) }),
        Plot.text(rows, { x: "year", y: "value", text: (d: YearBar) => format(d.value), dy: -6 }),
        Plot.ruleY([0]),
      ],
    }),
    title,
  );
}

/** Vertical bars for the months of the year. */
export function months(rows: Bar[], { title, y }: { title: string; y: string }): Html {
  return svg(
    Plot.plot({
      document,
      width: WIDTH,
      height: 180,
      marginLeft: 44,
      x: { label: null, domain: rows.map((r) => r.label) },
      y: { label: y, grid: true, nice: true },
      marks: [Plot.barY(rows, { x: "label", y: "value", fill: BLUE }), Plot.ruleY([0])],
    }),
    title,
  );
}

export interface Part {
  label: string;
  series: string;
  value: number;
}

const SERIES = ["#0f6cb6", "#6aaee0", "#c6dcf0", "#e07b39", "#c0392b", "#8e8e8e"];

/** Horizontal stacked bars: each row split into parts, with a legend of small swatches. */
export function stacked(rows: Part[], { title, x, series }: { title: string; x: string; series: string[] }): Html {
  const labels = [...new Set(rows.map((r) => r.label))];
  const colors = SERIES.slice(0, series.length);
  const swatch = (color: string) =>
    `<svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${color}"/></svg>`;
  const legend = series.map((s, i) => `<span class="swatch">${swatch(colors[i])}${escape(s)}</span>`).join("");
  const chart = svg(
    Plot.plot({
      document,
      width: WIDTH,
      height: 40 + 22 * Math.max(labels.length, 1),
      marginLeft: labelMargin(labels),
      marginTop: 8,
      x: { label: x, grid: true, nice: true },
      y: { label: null, domain: labels },
      color: { domain: series, range: colors },
      marks: [Plot.barX(rows, { x: "value", y: "label", fill: "series" }), Plot.ruleX([0])],
    }),
    title,
  );
  return raw(`<div class="legend">${legend}</div>${chart.text}`);
}
