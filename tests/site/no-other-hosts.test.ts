// The dashboards are viewed offline: the built site must not load any resource
// from another host. Static check over every file of the build output
// (BLUE_LEDGER_SITE, default "dist/public"); run after `npm run build`.
// Only *loads* are flagged: <a href> links and URL strings that are not fetched
// (e.g. the SVG namespace "http://www.w3.org/2000/svg" in bundles) are fine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKERS, cssLoads, htmlLoads, jsLoads } from "./remote-loads.ts";

const DIST = resolve(process.env.BLUE_LEDGER_SITE ?? "dist/public");

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const files = existsSync(DIST) ? walk(DIST) : [];

describe("built site loads nothing from other hosts", () => {
  it("has a build output", () => {
    expect(existsSync(DIST), `${DIST} does not exist: run \`npm run build\` first`).toBe(true);
    expect(
      files.some((f) => f.endsWith(".html")),
      `no .html page in ${DIST}: run \`npm run build\` first`,
    ).toBe(true);
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
