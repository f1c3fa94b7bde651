// The dashboards are viewed offline: the built site must not load any resource
// from another host. Static check over every file of the build output
// (BLUE_LEDGER_SITE, default "dist/public"); run after `npm run build`.
// Only *loads* are flagged: <a href> links and URL strings that are not fetched
// (e.g. the SVG namespace "http://www.w3.org/2000/svg" in bundles) are fine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");

/** Absolute (http:, https:) or protocol-relative (//host) URL = another host. */
const isRemote = (url: string) => /^\s*(?:https?:)?\/\//i.test(url);

/** Link relations that do not fetch anything. */
const NON_LOADING_RELS = new Set(["canonical", "alternate", "author", "license", "help", "next", "prev", "me", "bookmark", "external", "nofollow", "noopener", "noreferrer", "search"]);

function htmlLoads(html: string): string[] {
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
        const rel = (attr("rel")?.slice(1).find((v) => v !== undefined) ?? "").toLowerCase().split(/\s+/);
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

function cssLoads(css: string): string[] {
  const found: string[] = [];
  // url("..."), url('...'), url(...) — quoted forms first so data: URLs with
  // parentheses or nested quotes (the theme's inline SVGs) are read whole.
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi)) {
    const url = m[1] ?? m[2] ?? m[3];
    if (isRemote(url)) found.push(`url(${url})`);
  }
  for (const m of css.matchAll(/@import\s+["']([^"']+)/gi)) { // @import url(...) is covered above
    if (isRemote(m[1])) found.push(`@import ${m[1]}`);
  }
  return found;
}

function jsLoads(js: string): string[] {
  const found: string[] = [];
  // import "x"; import a from "x"; export * from "x"; import("x"); importScripts("x");
  // new Worker("x"). Minified code may have no spaces: from"x", import("x").
  const quoted = String.raw`(["'\x60])((?:https?:)?\/\/[^"'\x60]*)\1`;
  const patterns = [
    new RegExp(String.raw`\bfrom\s*${quoted}`, "g"),
    new RegExp(String.raw`\bimport\s*\(?\s*${quoted}`, "g"),
    new RegExp(String.raw`\b(?:importScripts|Worker|SharedWorker)\s*\(\s*${quoted}`, "g")
  ];
  for (const re of patterns) for (const m of js.matchAll(re)) found.push(`import ${m[2]}`);
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );
}

const CHECKERS: Record<string, (text: string) => string[]> = {
  ".html": htmlLoads,
  ".htm": htmlLoads,
  ".svg": htmlLoads,
  ".css": cssLoads,
  ".js": jsLoads,
  ".mjs": jsLoads
};

const files = existsSync(DIST) ? walk(DIST) : [];

describe("built site loads nothing from other hosts", () => {
  it("has a build output", () => {
    expect(existsSync(DIST), `${DIST} does not exist: run \`npm run build\` first`).toBe(true);
    expect(files.some((f) => f.endsWith(".html")), `no .html page in ${DIST}: run \`npm run build\` first`).toBe(true);
  });

  it.each(files.filter((f) => extname(f).toLowerCase() in CHECKERS).map((f) => relative(DIST, f)))("%s", (file) => {
    const text = readFileSync(join(DIST, file), "utf-8");
    expect(CHECKERS[extname(file).toLowerCase()](text)).toEqual([]);
  });

  it("detector flags loads but not plain strings or links", () => {
    expect(htmlLoads(`<link rel="stylesheet" href="https://fonts.googleapis.com/css2?x">`)).toHaveLength(1);
    expect(htmlLoads(`<link rel=preconnect href=https://fonts.gstatic.com crossorigin>`)).toHaveLength(1);
    expect(htmlLoads(`<link rel="modulepreload" href="./_npm/d3@7.9.2/x.js">`)).toEqual([]);
    expect(htmlLoads(`<script src="//cdn.jsdelivr.net/npm/d3"></script>`)).toHaveLength(1);
    expect(htmlLoads(`<script type="module">import "https://cdn.jsdelivr.net/npm/d3/+esm";</script>`)).toHaveLength(1);
    expect(htmlLoads(`<a href="https://peacekeeping.un.org/">UN</a>`)).toEqual([]);
    expect(cssLoads(`@import url("https://fonts.googleapis.com/css2");`)).toHaveLength(1);
    expect(cssLoads(`@import "https://fonts.googleapis.com/css2";`)).toHaveLength(1);
    expect(cssLoads(`a{background:url(https://x.org/a.png)}`)).toHaveLength(1);
    expect(cssLoads(`a{background:url("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>")}`)).toEqual([]);
    expect(jsLoads(`import{a}from"https://cdn.jsdelivr.net/npm/x/+esm";`)).toHaveLength(1);
    expect(jsLoads(`const m=await import("https://esm.sh/x")`)).toHaveLength(1);
    expect(jsLoads(`const ns="http://www.w3.org/2000/svg";el.setAttribute("href","https://x")`)).toEqual([]);
  });
});
