// WCAG 2.1 AA for the chart colours (src/components/palette.js): marks at least 3:1 against
// the page and the card backgrounds (1.4.11), text 4.5:1 (1.4.3). The contrast ratio is
// computed here from WCAG's definition of relative luminance, not taken from the palette.
import { describe, expect, it } from "vitest";
import { BACKGROUNDS, CATEGORICAL, SEQUENTIAL3, SINGLE, TEXT } from "../src/components/palette.js";

const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16) / 255));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("palette contrast", () => {
  it("computes WCAG's ratio: black on white is 21:1, a colour on itself 1:1, #767676 on white 4.54:1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#3b5fc0", "#3b5fc0")).toBe(1);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2); // the usual AA grey
  });

  it.each(Object.entries(BACKGROUNDS))("every mark colour reaches 3:1 on the %s background (%s)", (_, background) => {
    const low = [...CATEGORICAL, ...SEQUENTIAL3, SINGLE]
      .filter((c) => contrast(c, background) < 3)
      .map((c) => `${c} ${contrast(c, background).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it.each(Object.entries(BACKGROUNDS))("text colours reach 4.5:1 on the %s background (%s)", (_, background) => {
    const low = Object.entries(TEXT)
      .filter(([, c]) => contrast(c, background) < 4.5)
      .map(([name, c]) => `${name} ${contrast(c, background).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it("the categories are distinct colours, and the sequence gets darker", () => {
    expect(new Set(CATEGORICAL).size).toBe(CATEGORICAL.length);
    const l = SEQUENTIAL3.map(luminance);
    expect(l[0]).toBeGreaterThan(l[1]);
    expect(l[1]).toBeGreaterThan(l[2]);
  });
});
