// After Framework has built one language (dist/<edition>/<lang>/), the parts of each page's
// static HTML that Framework writes in English or leaves out: <html lang dir>, the page
// title, its own labels (sidebar toggle, search), the links to the same page in the other
// languages (hreflang), a skip link, and two accessibility fixes (a label that may not sit
// in a list, and zoom that must not be disabled). docs/i18n.md; tests/localize.test.ts.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { en, LANGUAGES, language, stateName, STATES, textIn } from "../messages.ts";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const unescape = (value: string) =>
  value.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, "&");

/** "host-states/MLI.html" → "host-states/MLI"; "index.html" → ""; "host-states/index.html" → "host-states/". */
export const urlPath = (file: string) =>
  file
    .split(path.sep)
    .join("/")
    .replace(/\.html$/, "")
    .replace(/(^|\/)index$/, "$1");

/** The href, from the page `file` of one language, of the same page in language `code`. */
export function languageHref(file: string, code: string): string {
  const depth = file.split(/[/\\]/).length - 1;
  return `${"../".repeat(depth + 1)}${code}/${urlPath(file)}`;
}

/**
 * A page's English front-matter title in language `code`: the catalogue entry whose English
 * is that title (a nav.* entry first, then a *.title one), so pages need no key for it. A
 * page of one state (host-states/MLI) is titled with the state's name first.
 */
export function pageTitle(english: string, file: string, code: string): string {
  const keys = Object.keys(en).filter((k) => en[k as keyof typeof en] === english);
  const key = keys.find((k) => k.startsWith("nav.")) ?? keys.find((k) => k.endsWith(".title")) ?? keys[0];
  const title = key ? textIn(code, key) : english;
  const last = urlPath(file).split("/").at(-1) ?? "";
  return last in STATES ? `${stateName(last, code)} – ${title}` : title;
}

function languageSwitcher(file: string, code: string, codes: string[]): string {
  const items = LANGUAGES.filter((l) => codes.includes(l.code)).map((l) => {
    const attributes = `href="${languageHref(file, l.code)}" hreflang="${l.code}" lang="${l.code}"`;
    const current = l.code === code ? ' aria-current="true"' : "";
    return `<li><a ${attributes}${current}>${escape(l.name)}</a></li>`;
  });
  const label = escape(textIn(code, "language.switcher"));
  return `<nav class="language-switcher" aria-label="${label}"><ul>${items.join("")}</ul></nav>`;
}

/**
 * One built page of language `code`, at `file` (relative to the language's folder), localized;
 * `codes` are the languages built, which its language links lead to.
 */
export function localizePage(
  html: string,
  file: string,
  code: string,
  codes: string[] = LANGUAGES.map((l) => l.code),
): string {
  const { dir } = language(code);
  const label = (key: string) => escape(textIn(code, key));
  const alternates = [
    ...LANGUAGES.filter((l) => codes.includes(l.code)).map(
      (l) => `<link rel="alternate" hreflang="${l.code}" href="${languageHref(file, l.code)}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${"../".repeat(file.split(/[/\\]/).length)}">`,
  ].join("\n");
  const switcher = languageSwitcher(file, code, codes);
  let out = html
    .replace(/^<!DOCTYPE html>\n<html>/, `<!DOCTYPE html>\n<html lang="${code}" dir="${dir}">`)
    // Zoom must stay possible (WCAG 1.4.4): Framework sets maximum-scale=1.
    .replace(/(<meta name="viewport" content="[^"]*?), maximum-scale=1"/, '$1"')
    .replace(/<title>([^<]*)<\/title>/, (_, text: string) => {
      const [first, ...rest] = text.split(" | ");
      const title = rest.length ? [pageTitle(unescape(first), file, code), ...rest.map(unescape)] : [unescape(first)];
      return `<title>${escape(title.join(" | "))}</title>`;
    })
    .replace("</head>", `${alternates}\n</head>`)
    .replace(
      ' type="checkbox" title="Toggle sidebar">',
      ` type="checkbox" title="${label("framework.toggleSidebar")}" aria-label="${label("framework.toggleSidebar")}">`,
    )
    .replace(
      ' placeholder="Search">',
      ` placeholder="${label("framework.search")}" aria-label="${label("framework.search")}">`,
    )
    // A list may hold only list items (axe: list): the sidebar's close control gets one.
    .replace(/(<label id="observablehq-sidebar-close"[^>]*><\/label>)/, '<li class="sidebar-close">$1</li>')
    .replace(/<body>/, `<body>\n<a class="skip-link" href="#observablehq-main">${label("site.skipToContent")}</a>`);
  out = out.includes('<header id="observablehq-header">')
    ? out.replace('<header id="observablehq-header">', `<header id="observablehq-header">\n${switcher}`)
    : out.replace(
        '<div id="observablehq-center">',
        `<div id="observablehq-center">\n<header id="observablehq-header">\n${switcher}\n</header>`,
      );
  return out;
}

/** Localizes every page Framework built for language `code` in `dir`; returns how many. */
export function localizeBuild(dir: string, code: string, codes?: string[]): number {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("_") && !f.startsWith(`data${path.sep}`));
  for (const file of files)
    writeFileSync(path.join(dir, file), localizePage(readFileSync(path.join(dir, file), "utf8"), file, code, codes));
  return files.length;
}
