// Charts for screen readers (WCAG 2.1 AA): each chart is one image, named by its card's
// title, whose figures are in the table alternative below it. Plot labels the <g> of
// every mark ("bar", "rule"), which ARIA forbids on an element with no role (axe:
// aria-prohibited-attr), and the small swatches of its legends are decoration beside
// their text. Imported for its effect by format.js, so every page's charts are covered,
// including those drawn with Plot.plot directly and redrawn by resize().
const main = globalThis.document?.getElementById("observablehq-main");

/** Makes the charts under `root` images named `label` (else their card's title). */
export function describeCharts(root, label) {
  for (const svg of root.querySelectorAll("svg")) {
    if (svg.dataset.described) continue;
    svg.dataset.described = "1";
    const legend = svg.closest("[class*='-swatch'], [class*='-legend']") || svg.parentElement?.closest("svg");
    if (legend || svg.getAttribute("aria-hidden") === "true") {
      svg.setAttribute("aria-hidden", "true");
      continue;
    }
    const name = label ?? svg.closest(".card")?.querySelector("h2")?.textContent;
    svg.setAttribute("role", "img");
    if (name && !svg.hasAttribute("aria-label")) svg.setAttribute("aria-label", name);
    for (const el of svg.querySelectorAll("[aria-label], [aria-description]")) {
      el.removeAttribute("aria-label");
      el.removeAttribute("aria-description");
    }
  }
}

if (main) {
  describeCharts(main);
  new MutationObserver(() => describeCharts(main)).observe(main, { childList: true, subtree: true });
}
