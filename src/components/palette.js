// Chart colours that meet WCAG 2.1 AA against the page and card backgrounds: at least 3:1
// for marks (1.4.11, non-text contrast), and the text colours 4.5:1 (1.4.3).
// tests/palette.test.ts checks every one against both backgrounds.
export const BACKGROUNDS = { page: "#ffffff", card: "#f6f6f6" };

/** Categories (host states, attack types, personnel…), in the order they are given out. */
export const CATEGORICAL = [
  "#1f5fa8",
  "#b35900",
  "#00796b",
  "#ad1457",
  "#7a7a00",
  "#8e44ad",
  "#c0392b",
  "#2e7d32",
  "#6d4c41",
  "#546e7a",
];

/** An ordered series of three (1, 2 and 5 years on): light to dark, the lightest still 3:1. */
export const SEQUENTIAL3 = ["#5b8fc9", "#1f5fa8", "#0b3d78"];

/** The one colour of single-series bars (Framework's focus blue). */
export const SINGLE = "#3b5fc0";

/** Text in and around charts, and the muted text of notes: the theme's colours made darker (style.css). */
export const TEXT = { foreground: "#1b1e23", muted: "#5f6265", faint: "#6b6d70" };

/** A Plot color scale over CATEGORICAL, with whatever else the chart needs (legend, label, domain…). */
export const categorical = (options = {}) => ({ type: "categorical", range: CATEGORICAL, ...options });
