// Every literal t("…") key the pages, components and loaders use has a sentence in the
// English catalogue (plain, or its plural forms), so no page shows "missing text" at run time.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";
import en from "../src/i18n/en.js";

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name.startsWith(".")
        ? []
        : files(path.join(dir, e.name))
      : /\.(md|js|ts)$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );

describe("the English catalogue", () => {
  it("has every key the site uses literally", () => {
    const catalogue = en as Record<string, string>;
    const used = files(path.join(REPO_ROOT, "src")).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bt\("([\w.]+)"/g)].map(([, key]) => ({
        file: path.relative(REPO_ROOT, file),
        key,
      })),
    );
    expect(used.length).toBeGreaterThan(200); // the pattern finds the keys at all
    const missing = used.filter(({ key }) => !(key in catalogue) && !(`${key}.other` in catalogue));
    expect(missing.map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
  });
});
