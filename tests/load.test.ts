// The load path: every row accounted for, clear errors, one transaction per command.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadFiles } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT, UserError } from "../etl/warehouse/connection.ts";
import { rows, tempWarehousePath, warehousePerTest } from "./helpers/warehouse.ts";

const fixture = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const scratch = () => mkdtempSync(path.join(tmpdir(), "blue-ledger-files-"));
const warehouse = warehousePerTest(afterEach);

describe("loading an export", () => {
  it("quarantines each bad row with file, line, field and reason, and reconciles", async () => {
    const w = await warehouse();
    const [result] = await loadFiles(w, [fixture("casualties.csv")]);
    // casualties.csv has 17 records: 13 good; line 15 Feb 30, line 16 unknown state,
    // line 17 repeats C01 from line 2, line 18 an unknown personnel category.
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: 17,
      loaded: 13,
      rejected: 4,
    });
    const rejects = await rows(w, "SELECT file_name, line, field, reason FROM etl_rejects ORDER BY line");
    expect(rejects.map((r) => [r.line, r.field])).toEqual([
      [15, "incident_date"],
      [16, "nationality"],
      [17, "casualty_id"],
      [18, "personnel_category"],
    ]);
    expect(rejects[0].reason).toMatch(/2019-02-30/);
    expect(rejects[1].reason).toMatch(/unknown state code 'XXX'/);
    expect(rejects[2].reason).toMatch(/duplicate casualty_id in this file \(first on line 2\)/);
    expect(rejects.every((r) => r.file_name === "casualties.csv")).toBe(true);
    const [ledger] = await rows(w, "SELECT rows_in, rows_loaded, rows_rejected, source, kind FROM etl_loads");
    expect(ledger).toEqual({ rows_in: 17, rows_loaded: 13, rows_rejected: 4, source: "export", kind: "casualties" });
    // The quarantine keeps the record itself, so nothing is lost.
    const [{ record }] = await rows(w, "SELECT record FROM etl_rejects WHERE line = 16");
    expect(JSON.parse(String(record))).toMatchObject({ casualty_id: "C15", nationality: "XXX" });
  });

  it("keeps every record's line right when DuckDB reads a large file on several threads", async () => {
    // 300,000 records (about 20 MB, several of DuckDB's read buffers): casualty n is on line n + 1,
    // and three of them, far apart, are bad, so the quarantine must name exactly those lines.
    const file = path.join(scratch(), "casualties.csv");
    const bad = new Map([
      [1_000, "nationality"],
      [150_000, "incident_date"],
      [299_999, "personnel_category"],
    ]);
    const lines = [
      "casualty_id,incident_id,incident_date,mission,personnel_category,nationality,outcome,incident_type",
    ];
    for (let n = 1; n <= 300_000; n++) {
      const field = bad.get(n);
      const date = field === "incident_date" ? "2019-02-30" : "2019-06-01";
      const category = field === "personnel_category" ? "astronaut" : "military";
      const state = field === "nationality" ? "XXX" : "SEN";
      lines.push(`CAS-${String(n).padStart(7, "0")},,${date},MINUSMA,${category},${state},killed,malicious_act`);
    }
    writeFileSync(file, lines.join("\n") + "\n");
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: 300_000,
      loaded: 299_997,
      rejected: 3,
    });
    const [{ misplaced }] = await rows(
      w,
      `SELECT count(*) AS misplaced FROM raw_casualties
       WHERE source_line <> CAST(substr(casualty_id, 5) AS INTEGER) + 1`,
    );
    expect(misplaced).toBe(0);
    const rejects = await rows(w, "SELECT line, field FROM etl_rejects ORDER BY line");
    expect(rejects).toEqual([...bad].map(([n, field]) => ({ line: n + 1, field })));
  });

  it("detects the kind from the header, CSV or JSON Lines", async () => {
    const w = await warehouse();
    const results = await loadFiles(w, [fixture("incidents.csv"), fixture("assistance.jsonl"), fixture("cases.csv")]);
    expect(results.map((r) => r.kind)).toEqual(["incidents", "assistance", "cases"]);
  });

  it("skips a file it has loaded before and says so", async () => {
    const w = await warehouse();
    await loadFiles(w, [fixture("incidents.csv")]);
    const [again] = await loadFiles(w, [fixture("incidents.csv")]);
    expect(again.alreadyLoadedAs?.loadId).toBe(1);
    expect(await rows(w, "SELECT count(*) AS n FROM raw_incidents")).toEqual([{ n: 5 }]);
  });

  it("takes a newer export of the same records as an update, keeping the old version", async () => {
    const w = await warehouse();
    const dir = scratch();
    const header = "casualty_id,incident_id,incident_date,mission,personnel_category,nationality,outcome,incident_type";
    writeFileSync(path.join(dir, "v1.csv"), `${header}\nX1,,2019-05-05,MINUSMA,military,BGD,killed,undetermined\n`);
    writeFileSync(path.join(dir, "v2.csv"), `${header}\nX1,,2019-05-05,MINUSMA,military,BGD,killed,malicious_act\n`);
    await loadFiles(w, [path.join(dir, "v1.csv")]);
    await loadFiles(w, [path.join(dir, "v2.csv")]);
    expect(await rows(w, "SELECT casualty_id, incident_type FROM fct_casualties")).toEqual([
      { casualty_id: "X1", incident_type: "malicious_act" },
    ]);
    expect(await rows(w, "SELECT incident_type FROM raw_casualties ORDER BY load_id")).toEqual([
      { incident_type: "undetermined" },
      { incident_type: "malicious_act" },
    ]);
  });

  it("leaves the warehouse as it was when any file of the command cannot be read", async () => {
    const w = await warehouse();
    await expect(loadFiles(w, [fixture("incidents.csv"), "/nonexistent/casualties.csv"])).rejects.toThrow(
      /\/nonexistent\/casualties\.csv: cannot read the file \(ENOENT\)/,
    );
    expect(
      await rows(
        w,
        "SELECT (SELECT count(*) FROM raw_incidents) AS incidents, (SELECT count(*) FROM etl_loads) AS loads",
      ),
    ).toEqual([{ incidents: 0, loads: 0 }]);
  });

  it("names the missing columns when the kind cannot be told", async () => {
    const w = await warehouse();
    const file = path.join(scratch(), "odd.csv");
    writeFileSync(file, "casualty_id,incident_date,mission\nC1,2020-01-01,MINUSMA\n");
    const error = await loadFiles(w, [file]).catch((e) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      new RegExp(
        /odd\.csv: cannot tell which kind of export.*/.source +
          /Closest is 'casualties', which is missing: personnel_category, nationality, outcome, incident_type/.source,
      ),
    );
  });

  it("refuses binary and empty files with the reason", async () => {
    const w = await warehouse();
    const dir = scratch();
    const cases: [string, Buffer, RegExp][] = [
      ["binary.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), /binary\.csv: the file is not text/],
      ["empty.csv", Buffer.alloc(0), /empty\.csv: the file is empty/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(path.join(dir, name), bytes);
      await expect(loadFiles(w, [path.join(dir, name)])).rejects.toThrow(message);
    }
  });

  it("reads UTF-16 and Windows-1252 exports, keeping accented text intact", async () => {
    const w = await warehouse();
    const dir = scratch();
    const csv =
      "assistance_id,recipient_state,start_date,assistance_type,un_entity\r\n" +
      "A1,CIV,2020-01-01,training,Unité de police\r\n";
    writeFileSync(path.join(dir, "utf16.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]));
    writeFileSync(
      path.join(dir, "cp1252.csv"),
      Buffer.from(csv.replace("A1", "A2").replace("é", "\u0000"), "latin1").map((b) => (b === 0 ? 0xe9 : b)),
    );
    const results = await loadFiles(w, [path.join(dir, "utf16.csv"), path.join(dir, "cp1252.csv")]);
    expect(results.map((r) => [r.encoding, r.rowsLoaded])).toEqual([
      ["utf-16le", 1],
      ["windows-1252", 1],
    ]);
    expect(await rows(w, "SELECT assistance_id, un_entity FROM raw_assistance ORDER BY 1")).toEqual([
      { assistance_id: "A1", un_entity: "Unité de police" },
      { assistance_id: "A2", un_entity: "Unité de police" },
    ]);
    expect(await rows(w, "SELECT encoding FROM etl_loads ORDER BY load_id")).toEqual([
      { encoding: "utf-16le" },
      { encoding: "windows-1252" },
    ]);
  });
});

describe("the command line", () => {
  const etl = (...args: string[]) =>
    spawnSync(path.join(REPO_ROOT, "node_modules/.bin/tsx"), [path.join(REPO_ROOT, "etl/cli.ts"), ...args], {
      encoding: "utf8",
    });

  it("prints the reconciliation and each rejected row, and exits non-zero on an unreadable file", () => {
    const target = tempWarehousePath();
    const ok = etl("load", fixture("casualties.csv"), "--warehouse", target);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/casualties, 17 rows in = 13 loaded \+ 4 rejected/);
    expect(ok.stdout).toMatch(/casualties\.csv line 16, field nationality: unknown state code 'XXX'/);
    const bad = etl("load", "/nonexistent.csv", "--warehouse", target);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("/nonexistent.csv: cannot read the file (ENOENT).");
  });

  it("refuses a second writer with a message naming the warehouse", async () => {
    const target = tempWarehousePath();
    const holder = await openWarehouse(target);
    try {
      const second = etl("load", fixture("incidents.csv"), "--warehouse", target);
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`The warehouse ${target} is in use by another process`);
    } finally {
      holder.close();
    }
  });
});
