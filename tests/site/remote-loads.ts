// Finds what a built page, stylesheet or script would load from another host. Shared by
// tests/site/no-other-hosts.test.ts (the public build) and tests/site/editions.test.ts (the
// editions built from canary data). Only *loads* are flagged: <a href> links and URL strings
// that are not fetched (e.g. the SVG namespace in bundles) are fine.

/** Absolute (http:, https:) or protocol-relative (//host) URL = another host. */
export const isRemote = (url: string) => /^\s*(?:https?:)?\/\//i.test(url);

/** Link relations that do not fetch anything. */
const NON_LOADING_RELS = new Set([
  "canonical",
  "alternate",
  "author",
  "license",
  "help",
  "next",
  "prev",
  "me",
  "bookmark",
  "external",
  "nofollow",
  "noopener",
  "noreferrer",
  "search",
]);

export function htmlLoads(html: string): string[] {
  const found: string[] = [];
  for (const [, name, attrs] of html.matchAll(/<([a-zA-Z][\w:-]*)\b([^>]*)>/g) as Iterable<string[]>) {
    const lower = name.toLowerCase();
    const attr = (n: string) => new RegExp(`\\s${n}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attrs);
    for (const n of ["src", "href", "xlink:href", "srcset", "poster", "data", "action", "background"]) {
      const m = attr(n);
      if (!m) continue;
      const value = m[1] ?? m[2] ?? m[3];
      if ((lower === "a" || lower === "area") && n === "href") continue; // navigation, not a load
      if (lower === "link" && n === "href") {
        const rel = (
          attr("rel")
            ?.slice(1)
            .find((v) => v !== undefined) ?? ""
        )
          .toLowerCase()
          .split(/\s+/);
        if (rel.length && rel.every((r) => NON_LOADING_RELS.has(r))) continue;
      }
      const urls = n === "srcset" ? value.split(",").map((s) => s.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) if (isRemote(url)) found.push(`<${lower} ${n}="${url}">`);
    }
    const style = attr("style");
    if (style) found.push(...cssLoads(style[1] ?? style[2] ?? style[3]));
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) found.push(...cssLoads(css));
  for (const [, js] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) found.push(...jsLoads(js));
  return found;
}

export function cssLoads(css: string): string[] {
  const found: string[] = [];
  // url("..."), url('...'), url(...) — quoted forms first so data: URLs with
  // parentheses or nested quotes (the theme's inline SVGs) are read whole.
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
    const url = m[1] ?? m[2] ?? m[3];
    if (isRemote(url)) found.push(`url(${url})`);
  }
  for (const m of css.matchAll(/@import\s+["']([^"']+)/gi)) {
    // @import url(...) is covered above
    if (isRemote(m[1])) found.push(`@import ${m[1]}`);
  }
  return found;
}

export function jsLoads(js: string): string[] {
  const found: string[] = [];
  // import "x"; import a from "x"; export * from "x"; import("x"); importScripts("x");
  // new Worker("x"). Minified code may have no spaces: from"x", import("x").
  const quoted = String.raw`(["'\x60])((?:https?:)?\/\/[^"'\x60]*)\1`;
  const patterns = [
    new RegExp(String.raw`\bfrom\s*${quoted}`, "g"),
    new RegExp(String.raw`\bimport\s*\(?\s*${quoted}`, "g"),
    new RegExp(String.raw`\b(?:importScripts|Worker|SharedWorker)\s*\(\s*${quoted}`, "g"),
  ];
  for (const re of patterns) for (const m of js.matchAll(re)) found.push(`import ${m[2]}`);
  return found;
}

const CHECKERS_BY_EXTENSION: Record<string, (text: string) => string[]> = {
  ".html": htmlLoads,
  ".htm": htmlLoads,
  ".svg": htmlLoads,
  ".css": cssLoads,
  ".js": jsLoads,
  ".mjs": jsLoads,
};
export const CHECKERS = CHECKERS_BY_EXTENSION;
