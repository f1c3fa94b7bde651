// The six-language layout: what etl/site/localize.ts does to a page Framework built, the
// language chooser, and then the built public edition (BLUE_LEDGER_SITE, by default the one
// tests/global-setup.ts builds) read file by file: every language has every page, each page
// says its language and direction, and each language link leads to the same page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { chooserPage } from "../etl/site/chooser.ts";
import { languageHref, localizePage, pageTitle, urlPath } from "../etl/site/localize.ts";
import { LANGUAGE_CODES } from "../src/i18n/languages.js";
import fr from "../src/i18n/fr.js";

/** What Framework 1.13 writes, cut down to the parts localize.ts changes. */
const FRAMEWORK_PAGE = `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>Host state | Blue Ledger</title>
</head>
<body>
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="../">Blue Ledger</a></li>
  </ol>
  <div id="observablehq-search"><input type="search" placeholder="Search"></div>
</nav>
<div id="observablehq-center">
<main id="observablehq-main" class="observablehq"></main>
</div>
</body>
</html>
`;

describe("localizePage", () => {
  it("links the same page in each language, from any depth", () => {
    expect(urlPath("index.html")).toBe("");
    expect(urlPath(path.join("host-states", "index.html"))).toBe("host-states/");
    expect(languageHref("impunity.html", "fr")).toBe("../fr/impunity");
    expect(languageHref("index.html", "ar")).toBe("../ar/");
    expect(languageHref(path.join("host-states", "MLI.html"), "zh")).toBe("../../zh/host-states/MLI");
    expect(languageHref(path.join("host-states", "index.html"), "ru")).toBe("../../ru/host-states/");
  });

  it("titles a page from its English front-matter title, and a state's page with the state's name", () => {
    expect(pageTitle("Impunity", "impunity.html", "en")).toBe("Impunity");
    expect(pageTitle("Host state", path.join("host-states", "CIV.html"), "en")).toBe("Côte d’Ivoire – Host state");
    expect(pageTitle("No such title", "x.html", "en")).toBe("No such title");
  });

  it(
    "writes lang and dir, Framework's labels, the switcher, hreflang links and a skip link; " +
      "fixes the list and zoom",
    () => {
      const html = localizePage(FRAMEWORK_PAGE, path.join("host-states", "MLI.html"), "ar");
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(html).toContain('content="width=device-width, initial-scale=1"');
      expect(html).not.toContain("maximum-scale");
      expect(html).toMatch(/type="checkbox" title="[^"]+" aria-label="[^"]+">/);
      expect(html).toMatch(/type="search" placeholder="[^"]+" aria-label="[^"]+">/);
      expect(html).toContain('<li class="sidebar-close"><label id="observablehq-sidebar-close"');
      expect(html).toContain('<a class="skip-link" href="#observablehq-main">');
      for (const code of LANGUAGE_CODES) {
        expect(html).toContain(`<link rel="alternate" hreflang="${code}" href="../../${code}/host-states/MLI">`);
        expect(html).toContain(`href="../../${code}/host-states/MLI" hreflang="${code}" lang="${code}"`);
      }
      expect(html).toContain('<link rel="alternate" hreflang="x-default" href="../../">');
      expect(html).toMatch(/<header id="observablehq-header">\n<nav class="language-switcher"/);
      expect(html.match(/aria-current/g)).toHaveLength(1);
      // Built in two languages only: no link to the four that are not there.
      const two = localizePage(FRAMEWORK_PAGE, "impunity.html", "en", ["en", "ar"]);
      expect(two.match(/hreflang="\w+" lang=/g)).toEqual(['hreflang="ar" lang=', 'hreflang="en" lang=']);
    },
  );

  it("puts French words where Framework wrote English, and titles pages in French", () => {
    const html = localizePage(
      FRAMEWORK_PAGE.replace("Host state | Blue Ledger", "Impunity | Blue Ledger"),
      "impunity.html",
      "fr",
    );
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain(`title="${fr["framework.toggleSidebar"]}" aria-label="${fr["framework.toggleSidebar"]}"`);
    expect(html).toContain(`placeholder="${fr["framework.search"]}"`);
    expect(html).toContain(`<title>${fr["nav.impunity"]} | Blue Ledger</title>`);
    expect(html).toContain(`>${fr["site.skipToContent"]}</a>`);
    expect(pageTitle("Host state", path.join("host-states", "COD.html"), "fr")).toBe(
      `République démocratique du Congo – ${fr["col.hostState"]}`,
    );
  });
});

describe("chooserPage", () => {
  it("links every language built, each named in itself, and a state edition says it is restricted in each", () => {
    const page = chooserPage({ audience: "public" }, LANGUAGE_CODES);
    for (const [code, name] of [
      ["ar", "العربية"],
      ["zh", "中文"],
      ["en", "English"],
      ["fr", "Français"],
      ["ru", "Русский"],
      ["es", "Español"],
    ]) {
      expect(page).toContain(`<a href="./${code}/" hreflang="${code}" lang="${code}"`);
      expect(page).toContain(`<strong>${name}</strong>`);
    }
    expect(page).toContain('<a href="./ar/" hreflang="ar" lang="ar" dir="rtl">');
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|src=/);
    const state = chooserPage({ audience: "state", state: "MLI" }, ["en", "fr"]);
    expect(state.match(/class="note"/g)).toHaveLength(2);
    expect(state).not.toContain('href="./ar/"');
  });
});

const SITE = path.resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");
const pages = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("_") && !f.startsWith(`data${path.sep}`))
    .sort();

describe("the built edition, in six languages", () => {
  it("has a chooser and one folder per language, each with the same pages", () => {
    expect(existsSync(path.join(SITE, "index.html")), `${SITE}: run \`npm run build\` first`).toBe(true);
    const english = pages(path.join(SITE, "en"));
    expect(english.length).toBeGreaterThan(5);
    for (const code of LANGUAGE_CODES) expect(pages(path.join(SITE, code)), code).toEqual(english);
  });

  it.each(LANGUAGE_CODES)(
    "%s: every page says its language and direction, and its language links lead to existing pages",
    (code) => {
      const dir = path.join(SITE, code);
      for (const file of pages(dir)) {
        const html = readFileSync(path.join(dir, file), "utf8");
        expect(html, file).toContain(`<html lang="${code}" dir="${code === "ar" ? "rtl" : "ltr"}">`);
        const links = [...html.matchAll(/<a href="([^"]+)" hreflang="(\w+)"/g)];
        expect(
          links.map((m) => m[2]),
          file,
        ).toEqual(LANGUAGE_CODES);
        for (const [, href, lang] of links) {
          const target = path.resolve(path.dirname(path.join(dir, file)), href);
          const exists = href.endsWith("/")
            ? existsSync(path.join(target, "index.html"))
            : existsSync(`${target}.html`);
          expect(exists, `${code}/${file} → ${lang}: ${href}`).toBe(true);
        }
      }
    },
  );
});
