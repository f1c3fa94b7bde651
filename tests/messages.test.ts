// The ETL's messages in the six languages: one module (etl/messages.ts) between etl/ and the
// catalogues, the language from --lang or BLUE_LEDGER_LANG, and the command line speaking it.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messageLanguage } from "../etl/messages.ts";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";
import { CATALOGUES } from "../src/i18n/catalogues.js";

describe("etl/messages.ts", () => {
  it("takes --lang (either form), else BLUE_LEDGER_LANG, else English", () => {
    expect(messageLanguage(["node", "cli.ts", "status", "--lang", "fr"], "ru")).toBe("fr");
    expect(messageLanguage(["node", "cli.ts", "status", "--lang=ar"], undefined)).toBe("ar");
    expect(messageLanguage(["node", "cli.ts", "status"], "zh")).toBe("zh");
    expect(messageLanguage(["node", "cli.ts", "status"], undefined)).toBe("en");
    expect(messageLanguage(["node", "cli.ts"], "")).toBe("en");
  });

  it("refuses a language it does not have, naming the six", () => {
    expect(() => messageLanguage(["--lang", "de"], undefined)).toThrow(
      "Unknown language 'de': use one or more of ar, zh, en, fr, ru, es",
    );
  });

  it("is the only file of etl/ that imports the catalogues", () => {
    const files = readdirSync(path.join(REPO_ROOT, "etl"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => path.relative(REPO_ROOT, path.join(e.parentPath, e.name)));
    const importers = files.filter((f) =>
      /from\s+["'][./]*\/?src\/i18n\/|import\s+["'][./]*\/?src\/i18n\//.test(
        readFileSync(path.join(REPO_ROOT, f), "utf8"),
      ),
    );
    expect(importers).toEqual([path.join("etl", "messages.ts")]);
  });

  // One run per way of asking (each run starts tsx and DuckDB, which takes a while).
  it.each([
    ["fr", ["--lang", "fr"], {}],
    ["ar", ["--lang=ar"], {}],
    ["zh", [], { BLUE_LEDGER_LANG: "zh" }],
  ] as const)(
    "the command line speaks %s when asked with %j %j",
    (code, args, env) => {
      const missing = path.join(REPO_ROOT, "test-results", "no-such-warehouse.duckdb");
      const expected = (CATALOGUES[code] as Record<string, string>)["etl.warehouse.missing"].replace("{path}", missing);
      expect(expected).not.toBe(CATALOGUES.en["etl.warehouse.missing"].replace("{path}", missing));
      const run = spawnSync(
        path.join(REPO_ROOT, "node_modules/.bin/tsx"),
        ["etl/cli.ts", "status", "--warehouse", missing, ...args],
        {
          cwd: REPO_ROOT,
          encoding: "utf8",
          env: { ...process.env, BLUE_LEDGER_LANG: "", ...env },
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr.trim()).toBe(expected);
    },
    60_000,
  );
});
