// The bad-input corpus (tests/fixtures/bad): every file loaded into a fresh
// warehouse and checked against expected.json, which was worked out by hand.
// Only public behaviour is checked (loadFiles results, the warehouse tables,
// UserError messages, the CLI), so the loader's inside can change freely.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, UserError, type Warehouse } from "../etl/warehouse/connection.ts";
import { badFiles } from "./fixtures/bad/make.ts";
import { rows, tempWarehousePath, warehousePerTest } from "./helpers/warehouse.ts";

const BAD = path.join(REPO_ROOT, "tests/fixtures/bad");
const bad = (file: string) => path.join(BAD, file);
const scratch = () => mkdtempSync(path.join(tmpdir(), "blue-ledger-bad-"));

type Substrings = string | string[];
interface LoadExpectation {
  tests: string;
  kind: string;
  source?: string;
  rowsIn: number;
  loaded: number;
  rejected: number;
  rejects: { line: number; field: string | null; reason: Substrings }[];
  loadedLines?: number[];
  values?: Record<string, unknown[]>;
  encoding?: string;
}
interface ErrorExpectation {
  tests: string;
  error: Substrings;
}
type Expectation = LoadExpectation | ErrorExpectation;
const manifest = JSON.parse(readFileSync(bad("expected.json"), "utf8")) as { files: Record<string, Expectation> };
const entries = Object.entries(manifest.files);
const loads = entries.filter((e): e is [string, LoadExpectation] => !("error" in e[1]));
const errors = entries.filter((e): e is [string, ErrorExpectation] => "error" in e[1]);
const all = (s: Substrings) => (Array.isArray(s) ? s : [s]);

const warehouse = warehousePerTest(afterEach);

const RAW = ["raw_incidents", "raw_casualties", "raw_cases", "raw_assistance"];
/** Everything a load can change, as one comparable value. */
async function fingerprint(w: Warehouse) {
  const tables = ["etl_loads", "etl_rejects", ...RAW];
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, count(*) AS n, coalesce(sum(hash(r)), 0)::VARCHAR AS h FROM ${t} r`)
    .join(" UNION ALL ");
  return rows(w, `${sql} ORDER BY t`);
}

describe("the corpus", () => {
  it("has an expectation for every file, and a file for every expectation", () => {
    const files = readdirSync(BAD).filter((f) => f !== "make.ts" && f !== "expected.json");
    expect(files.sort()).toEqual(entries.map(([f]) => f).sort());
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it("make.ts reproduces the committed byte-exact files", () => {
    for (const [name, bytes] of Object.entries(badFiles()))
      expect(readFileSync(bad(name)).equals(bytes), name).toBe(true);
  });

  it("expectations add up: rows in = loaded + rejected, one reject per rejected row", () => {
    for (const [file, e] of loads) {
      expect(e.rowsIn, file).toBe(e.loaded + e.rejected);
      expect(e.rejects.length, file).toBe(e.rejected);
      if (e.loadedLines) expect(e.loadedLines.length, file).toBe(e.loaded);
    }
  });
});

describe("loading each corpus file", () => {
  it.each(loads)("%s", async (file, e) => {
    const w = await warehouse();
    const [result] = await loadFiles(w, [bad(file)]);
    expect(result.kind).toBe(e.kind);
    expect(result.rowsIn).toBe(result.rowsLoaded + result.rowsRejected);
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: e.rowsIn,
      loaded: e.loaded,
      rejected: e.rejected,
    });
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    const returned = [...result.rejects].sort(byLine);
    expect(returned.map((r) => [r.line, r.field])).toEqual(e.rejects.map((r) => [r.line, r.field]));
    returned.forEach((r, i) =>
      all(e.rejects[i].reason).forEach((s) => expect(r.reason, `line ${r.line}`).toContain(s)),
    );

    // The ledger and the quarantine say the same, and reconcile.
    const [ledger] = await rows(
      w,
      "SELECT kind, source, file_name, rows_in, rows_loaded, rows_rejected FROM etl_loads",
    );
    expect(ledger).toMatchObject({
      kind: e.kind,
      file_name: file,
      rows_in: e.rowsIn,
      rows_loaded: e.loaded,
      rows_rejected: e.rejected,
    });
    expect(Number(ledger.rows_in)).toBe(Number(ledger.rows_loaded) + Number(ledger.rows_rejected));
    if (e.source) expect(ledger.source).toBe(e.source);
    const quarantined = await rows(w, "SELECT file_name, line, field, reason FROM etl_rejects ORDER BY line");
    expect(quarantined.map((r) => [r.file_name, r.line, r.field])).toEqual(
      e.rejects.map((r) => [file, r.line, r.field]),
    );
    quarantined.forEach((r, i) => all(e.rejects[i].reason).forEach((s) => expect(String(r.reason)).toContain(s)));

    const raw = `raw_${e.kind}`;
    expect(await rows(w, `SELECT count(*) AS n FROM ${raw}`)).toEqual([{ n: e.loaded }]);
    if (e.loadedLines)
      expect((await rows(w, `SELECT source_line FROM ${raw} ORDER BY source_line`)).map((r) => r.source_line)).toEqual(
        e.loadedLines,
      );
    for (const [column, values] of Object.entries(e.values ?? {})) {
      const got = (
        await w.connection.runAndReadAll(`SELECT ${column} FROM ${raw} ORDER BY source_line`)
      ).getRowObjectsJson();
      expect(
        got.map((r) => r[column]),
        column,
      ).toEqual(values);
    }
  });

  it.each(errors)("%s", async (file, e) => {
    const w = await warehouse();
    const before = await fingerprint(w);
    // With a good file in the same command: that one must not be loaded either.
    const error = await loadFiles(w, [bad("casualties-optional-column-absent.csv"), bad(file)]).catch((x) => x);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain(file);
    all(e.error).forEach((s) => expect(error.message).toContain(s));
    expect(await fingerprint(w)).toEqual(before);
  });

  // Transcoded files say which encoding they were read as (a column the loader does not have yet).
  it.each(loads.filter(([, e]) => e.encoding))("records the encoding of %s", async (file, e) => {
    const w = await warehouse();
    await loadFiles(w, [bad(file)]);
    expect(await rows(w, "SELECT encoding FROM etl_loads")).toEqual([{ encoding: e.encoding }]);
  });
});

describe("oversized fields", () => {
  const header = "incident_id,incident_date,mission,host_state,attack_type,narrative,last_updated";
  const row = (id: string, narrative: string) => `${id},2020-01-01,MINUSMA,MLI,ambush,${narrative},2020-02-01`;

  it("rejects a 10 MB field, naming the field and the limit, and loads the rest", async () => {
    const file = path.join(scratch(), "incidents-huge-field.csv");
    writeFileSync(file, [header, row("Z1", "a".repeat(10 * 1024 * 1024)), row("Z2", "fine")].join("\n") + "\n");
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: 2,
      loaded: 1,
      rejected: 1,
    });
    expect(result.rejects[0]).toMatchObject({ line: 2, field: "narrative" });
    expect(result.rejects[0].reason).toMatch(/20,?000/);
    expect(result.rejects[0].reason.length).toBeLessThan(1000); // the value is not echoed back whole
  });

  it("takes 20,000 characters of text and refuses 20,001", async () => {
    const file = path.join(scratch(), "incidents-limit.csv");
    writeFileSync(file, [header, row("L1", "b".repeat(20_000)), row("L2", "b".repeat(20_001))].join("\n") + "\n");
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect(result.rejects.map((r) => [r.line, r.field])).toEqual([[3, "narrative"]]);
  });
});

describe("loading again", () => {
  it("a repeat load of the same file changes nothing and says so", async () => {
    const w = await warehouse();
    const [first] = await loadFiles(w, [bad("casualties-crlf.csv")]);
    const before = await fingerprint(w);
    const [again] = await loadFiles(w, [bad("casualties-crlf.csv")]);
    expect(again.alreadyLoadedAs?.loadId).toBe(first.loadId);
    expect(again.loadId).toBeNull();
    expect(await fingerprint(w)).toEqual(before);
  });

  it("a newer export updates the records and keeps every version in raw", async () => {
    const w = await warehouse();
    await loadFiles(w, [bad("across-casualties-v1.csv"), bad("across-cases-v1.csv")]);
    await loadFiles(w, [bad("across-casualties-v2.csv"), bad("across-cases-v2.csv")]);
    // Y1 reclassified undetermined → malicious_act; Y3 new.
    expect(await rows(w, "SELECT casualty_id, incident_type FROM fct_casualties ORDER BY casualty_id")).toEqual([
      { casualty_id: "Y1", incident_type: "malicious_act" },
      { casualty_id: "Y2", incident_type: "malicious_act" },
      { casualty_id: "Y3", incident_type: "malicious_act" },
    ]);
    expect(await rows(w, "SELECT incident_type FROM raw_casualties WHERE casualty_id = 'Y1' ORDER BY load_id")).toEqual(
      [{ incident_type: "undetermined" }, { incident_type: "malicious_act" }],
    );
    // The case gains its 'charged' event; raw holds both releases (2 + 3 rows).
    expect(
      (await rows(w, "SELECT event FROM fct_case_events WHERE case_id = 'K1' ORDER BY event_date")).map((r) => r.event),
    ).toEqual(["investigation_opened", "arrest", "charged"]);
    expect(await rows(w, "SELECT count(*) AS n FROM raw_cases")).toEqual([{ n: 5 }]);
  });

  it("two releases in one command: the later file wins", async () => {
    const w = await warehouse();
    await loadFiles(w, [bad("across-casualties-v1.csv"), bad("across-casualties-v2.csv")]);
    expect(await rows(w, "SELECT incident_type FROM fct_casualties WHERE casualty_id = 'Y1'")).toEqual([
      { incident_type: "malicious_act" },
    ]);
    expect(await rows(w, "SELECT count(*) AS n FROM raw_casualties")).toEqual([{ n: 5 }]);
  });
});

describe("the command line on bad input", () => {
  const etl = (...args: string[]) =>
    spawnSync(path.join(REPO_ROOT, "node_modules/.bin/tsx"), [path.join(REPO_ROOT, "etl/cli.ts"), ...args], {
      encoding: "utf8",
    });

  it("prints file, line, field and reason for each rejected row, and exits 0", () => {
    const target = tempWarehousePath();
    const run = etl(
      "load",
      bad("casualties-impossible-dates.csv"),
      bad("casualties-stray-quote.csv"),
      "--warehouse",
      target,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/casualties-impossible-dates\.csv: casualties, 11 rows in = 2 loaded \+ 9 rejected/);
    expect(run.stdout).toMatch(/casualties-impossible-dates\.csv line 2, field incident_date: .*2019-02-30/);
    expect(run.stdout).toMatch(/casualties-impossible-dates\.csv line 6, field incident_date: .*date is in the future/);
    expect(run.stdout).toMatch(/casualties-stray-quote\.csv line 3, field -: could not parse the line/);
  });

  it("says so when a file was loaded before", () => {
    const target = tempWarehousePath();
    expect(etl("load", bad("casualties-crlf.csv"), "--warehouse", target).status).toBe(0);
    const again = etl("load", bad("casualties-crlf.csv"), "--warehouse", target);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/casualties-crlf\.csv: already loaded as load 1 .*nothing changed/);
  });

  it.each([
    ["binary.csv", /binary\.csv: .*not text/],
    ["empty.csv", /empty\.csv: .*the file is empty/],
    ["casualties-semicolon.csv", /casualties-semicolon\.csv: cannot tell which kind of export/],
  ])("exits non-zero with one plain line for %s", (file, message) => {
    const run = etl("load", bad(file), "--warehouse", tempWarehousePath());
    expect(run.status).not.toBe(0);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });
});
