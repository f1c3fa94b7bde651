// Room for the category labels of a horizontal chart, measured in the font Plot draws
// them in, so that a label in any language (Russian is long, Chinese wide) neither
// collides with the bars nor is cut. At most `share` of the chart's width.
let context;
/** Plot's tick labels: 10px in the charts' font stack (style.css). */
const plotFont = () => {
  const stack =
    globalThis.document && getComputedStyle(document.documentElement).getPropertyValue("--chart-font").trim();
  return `10px ${stack || "system-ui, sans-serif"}`;
};

/** The width in pixels that the longest of `labels` needs, plus a gap, between `min` and share × width. */
export function labelMargin(labels, width, { min = 60, share = 0.45, font = plotFont() } = {}) {
  context ??= globalThis.document?.createElement("canvas").getContext("2d");
  let longest = 0;
  for (const text of labels) {
    if (context) {
      context.font = font;
      longest = Math.max(longest, context.measureText(String(text)).width);
    } else {
      longest = Math.max(longest, String(text).length * 6);
    }
  }
  return Math.round(Math.min(Math.max(min, longest + 12), width * share));
}

/** `text` cut with "…" to what `px` pixels hold in that font (whole when it fits, or outside a browser). */
export function fitLabel(text, px, font = plotFont()) {
  context ??= globalThis.document?.createElement("canvas").getContext("2d");
  if (!context) return text;
  context.font = font;
  let s = String(text);
  if (context.measureText(s).width <= px) return s;
  while (s.length > 1 && context.measureText(s + "…").width > px) s = s.slice(0, -1);
  return s + "…";
}

/**
 * A chart's width: the width resize() gives, but never less than `min`. While fonts load
 * (Noto CJK is large) a card can be laid out for a moment at a few pixels, narrower than the
 * chart's margins, where Plot would draw bars of negative width.
 */
export const chartWidth = (width, min = 280) => Math.max(min, Math.floor(width ?? 640));
