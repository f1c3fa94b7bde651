// Layers that only point down (issue 15): the site reaches etl/ through one adapter,
// src/loaders/etl.ts, and etl/ reaches src/ (the catalogues) through etl/messages.ts only.
// The check reads every source file's import statements, static and dynamic.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";

const SOURCE = /\.(ts|js|mjs|md)$/;

/** Files under `dir` (relative to the repository), Framework's cache left out. */
function files(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).includes(".observablehq"))
    .sort();
}

/** The module specifiers a file imports or re-exports: `from "x"`, `import "x"`, `import("x")`. */
export function specifiers(text: string): string[] {
  const found = text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+)["'`]/g);
  return [...found].map((m) => m[1]);
}

/** The files of `dir` with an import that resolves into the folder `into`. */
function importing(dir: string, into: string): string[] {
  return files(dir).filter((file) =>
    specifiers(readFileSync(path.join(REPO_ROOT, file), "utf8")).some((s) => {
      if (!s.startsWith(".")) return false;
      const target = path.relative(REPO_ROOT, path.resolve(REPO_ROOT, path.dirname(file), s));
      return target === into || target.startsWith(into + path.sep);
    }),
  );
}

describe("specifiers", () => {
  it("finds static, side-effect, re-export and dynamic imports, and nothing in prose", () => {
    const text = [
      'import { a } from "../../etl/a.ts";',
      'import "./b.js";',
      'export { c } from "../c.ts";',
      'const d = await import("../d.ts");',
      "// read etl/e.ts from the warehouse", // a path in a comment is not an import
    ].join("\n");
    expect(specifiers(text)).toEqual(["../../etl/a.ts", "./b.js", "../c.ts", "../d.ts"]);
  });
});

describe("layers", () => {
  it("the site imports etl/ through src/loaders/etl.ts only", () => {
    expect(importing("src", "etl")).toEqual([path.join("src", "loaders", "etl.ts")]);
  });

  it("etl/ imports src/ through etl/messages.ts only", () => {
    expect(importing("etl", "src")).toEqual([path.join("etl", "messages.ts")]);
  });
});
