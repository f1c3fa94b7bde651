// `npm run etl -- template <kind>`: the Excel submission workbook follows the export
// contract (header, drop-down lists, protection), and a filled-in copy loads
// through the real load path like any other export.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { t } from "../src/i18n/index.js";
import { EXPORT_KINDS, exportKind } from "../etl/contract/kinds.ts";
import { columnsOf } from "../etl/contract/columns.ts";
import { isCoded, TEMPLATE_ROWS, templateCommand } from "../etl/commands/template.ts";
import { loadFiles } from "../etl/load/load-files.ts";
import { REPO_ROOT, UserError } from "../etl/warehouse/connection.ts";
import { rows, warehousePerTest } from "./helpers/warehouse.ts";

const warehouse = warehousePerTest(afterEach);
const scratch = () => mkdtempSync(path.join(tmpdir(), "blue-ledger-template-"));
vi.spyOn(console, "log").mockImplementation(() => {});

interface ListValidation {
  type: string;
  formulae: string[];
}
const validationAt = (sheet: ExcelJS.Worksheet, address: string) =>
  (sheet as unknown as { dataValidations: { model: Record<string, ListValidation | undefined> } }).dataValidations
    .model[address];

async function template(kind: string, dir = scratch()): Promise<string> {
  const file = path.join(dir, `${kind}.xlsx`);
  await templateCommand(kind, { out: file });
  return file;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Fills rows 2.. of the template's first sheet, each row given by column name, as a person would in Excel. */
async function fill(
  file: string,
  records: Record<string, ExcelJS.CellValue>[],
  dateCells: string[] = [],
): Promise<string> {
  const workbook = await open(file);
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  records.forEach((record, i) => {
    for (const [name, value] of Object.entries(record)) {
      expect(header).toContain(name);
      const cell = sheet.getRow(i + 2).getCell(header.indexOf(name) + 1);
      cell.value = value;
      if (value instanceof Date) dateCells.push(cell.address);
    }
  });
  // A date pasted from elsewhere brings its own date format with it.
  for (const address of dateCells) sheet.getCell(address).numFmt = "yyyy-mm-dd";
  const filled = file.replace(/\.xlsx$/, "-filled.xlsx");
  await workbook.xlsx.writeFile(filled);
  return filled;
}

describe("the template workbook", () => {
  it.each(EXPORT_KINDS.map((k) => k.name))(
    "%s: header, drop-down lists, hidden lists sheet, protection, instructions",
    async (name) => {
      const columns = columnsOf(exportKind(name));
      const workbook = await open(await template(name));
      const sheet = workbook.worksheets[0];
      expect(sheet.name).toBe(name);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.name));
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

      const lists = workbook.worksheets.filter((s) => s.state === "hidden");
      expect(lists).toHaveLength(1);
      columns.forEach((c, i) => {
        const letter = sheet.getColumn(i + 1).letter;
        const validation = validationAt(sheet, `${letter}2`);
        if (!isCoded(c)) return expect(validation, c.name).toBeUndefined();
        expect(validationAt(sheet, `${letter}${TEMPLATE_ROWS + 1}`), c.name).toEqual(validation);
        expect(validationAt(sheet, `${letter}${TEMPLATE_ROWS + 2}`), c.name).toBeUndefined();
        expect(validation?.type).toBe("list");
        const range = /^'(.+)'!\$([A-Z]+)\$2:\$\2\$(\d+)$/.exec(validation!.formulae[0]);
        expect(range, validation!.formulae[0]).not.toBeNull();
        const [, sheetName, column, last] = range!;
        expect(sheetName).toBe(lists[0].name);
        const values = lists[0].getColumn(column).values.slice(2, Number(last) + 1);
        expect(values, c.name).toEqual(c.allowedValues);
      });
      expect(columns.filter(isCoded).length).toBe(columns.filter((c) => c.allowedValues).length);

      // The header is locked under sheet protection; the data cells are not.
      expect((sheet as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
      sheet.getRow(1).eachCell((cell) => expect(cell.protection?.locked).not.toBe(false));
      columns.forEach((c, i) => {
        const cell = sheet.getCell(TEMPLATE_ROWS + 1, i + 1);
        expect(cell.protection?.locked, c.name).toBe(false);
        expect(cell.numFmt === "@", c.name).toBe(c.type !== "integer" && c.type !== "number");
        expect(JSON.stringify(sheet.getCell(1, i + 1).note)).toContain(JSON.stringify(c.description).slice(1, -1));
      });

      // The instructions: a row per column, list columns saying that values are separated by ';'.
      const help = workbook.worksheets[1];
      expect(help.state).toBe("visible");
      const byName = new Map<string, unknown[]>();
      help.eachRow((row) => byName.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1)));
      for (const c of columns) {
        const [, required, rules, description] = byName.get(c.name) ?? [];
        expect(description, c.name).toBe(c.description);
        expect(required, c.name).toBe(t(c.required ? "template.yes" : "template.no"));
        if (c.type === "list") expect(rules).toContain("';'");
        for (const value of c.allowedValues ?? []) expect(rules).toContain(value);
      }
    },
  );
});

describe("a filled-in template", () => {
  it("cases: every row loads, with the values as written", async () => {
    const file = await fill(await template("cases"), [
      {
        case_id: "C-1",
        incident_ids: "I-1;I-2",
        jurisdiction_state: "MLI",
        court_type: "civilian",
        event: "investigation_opened",
        event_date: "2019-05-02",
        persons_concerned: 3,
      },
      {
        case_id: "C-1",
        incident_ids: "I-1",
        jurisdiction_state: "MLI",
        court_type: "civilian",
        event: "arrest",
        event_date: new Date(Date.UTC(2020, 0, 15)),
        persons_concerned: 1,
      },
      {
        case_id: "007",
        incident_ids: "I-3",
        jurisdiction_state: "CAF",
        court_type: "military",
        event: "investigation_opened",
        event_date: "2021-11-30",
      },
    ]);
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect({ kind: result.kind, in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      kind: "cases",
      in: 3,
      loaded: 3,
      rejected: 0,
    });
    expect(
      await rows(
        w,
        `SELECT case_id, incident_ids, jurisdiction_state, court_type, event, event_date, persons_concerned
         FROM raw_cases ORDER BY event_date`,
      ),
    ).toEqual([
      {
        case_id: "C-1",
        incident_ids: ["I-1", "I-2"],
        jurisdiction_state: "MLI",
        court_type: "civilian",
        event: "investigation_opened",
        event_date: "2019-05-02",
        persons_concerned: 3,
      },
      {
        case_id: "C-1",
        incident_ids: ["I-1"],
        jurisdiction_state: "MLI",
        court_type: "civilian",
        event: "arrest",
        event_date: "2020-01-15",
        persons_concerned: 1,
      },
      {
        case_id: "007",
        incident_ids: ["I-3"],
        jurisdiction_state: "CAF",
        court_type: "military",
        event: "investigation_opened",
        event_date: "2021-11-30",
        persons_concerned: 0,
      },
    ]);
  });

  it("casualties: every row loads, with the values as written", async () => {
    const file = await fill(await template("casualties"), [
      {
        casualty_id: "P-1",
        incident_id: "I-1",
        incident_date: "2020-02-10",
        mission: "MINUSMA",
        personnel_category: "military",
        nationality: "SEN",
        outcome: "killed",
        incident_type: "malicious_act",
      },
      {
        casualty_id: "P-2",
        incident_date: "2021-07-01",
        mission: "MINUSCA",
        personnel_category: "police",
        nationality: "BGD",
        outcome: "injured",
        incident_type: "accident",
      },
    ]);
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect({ kind: result.kind, in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      kind: "casualties",
      in: 2,
      loaded: 2,
      rejected: 0,
    });
    expect(
      await rows(
        w,
        `SELECT casualty_id, incident_id, incident_date, mission, personnel_category, nationality, outcome,
           incident_type
         FROM raw_casualties ORDER BY 1`,
      ),
    ).toEqual([
      {
        casualty_id: "P-1",
        incident_id: "I-1",
        incident_date: "2020-02-10",
        mission: "MINUSMA",
        personnel_category: "military",
        nationality: "SEN",
        outcome: "killed",
        incident_type: "malicious_act",
      },
      {
        casualty_id: "P-2",
        incident_id: null,
        incident_date: "2021-07-01",
        mission: "MINUSCA",
        personnel_category: "police",
        nationality: "BGD",
        outcome: "injured",
        incident_type: "accident",
      },
    ]);
  });

  it("rejects a row with a value outside the drop-down list, by its spreadsheet row number", async () => {
    const file = await fill(await template("cases"), [
      {
        case_id: "C-1",
        incident_ids: "I-1",
        jurisdiction_state: "MLI",
        court_type: "civilian",
        event: "arrest",
        event_date: "2020-01-15",
      },
      {
        case_id: "C-2",
        incident_ids: "I-2",
        jurisdiction_state: "MLI",
        court_type: "tribunal",
        event: "arrest",
        event_date: "2020-01-16",
      },
    ]);
    const w = await warehouse();
    const [result] = await loadFiles(w, [file]);
    expect({ in: result.rowsIn, loaded: result.rowsLoaded, rejected: result.rowsRejected }).toEqual({
      in: 2,
      loaded: 1,
      rejected: 1,
    });
    expect(result.rejects).toEqual([{ line: 3, field: "court_type", reason: expect.stringContaining("'tribunal'") }]);
    expect(await rows(w, "SELECT case_id FROM raw_cases")).toEqual([{ case_id: "C-1" }]);
  });
});

describe("bad input", () => {
  const etl = (...args: string[]) =>
    spawnSync(path.join(REPO_ROOT, "node_modules/.bin/tsx"), [path.join(REPO_ROOT, "etl/cli.ts"), ...args], {
      encoding: "utf8",
    });

  it("refuses an unknown kind or an --out that is not .xlsx, in one line", async () => {
    const dir = scratch();
    await expect(templateCommand("bogus", { out: path.join(dir, "x.xlsx") })).rejects.toThrow(UserError);
    await expect(templateCommand("cases", { out: path.join(dir, "x.csv") })).rejects.toThrow(/\.xlsx/);
    for (const args of [
      ["bogus", "--out", path.join(dir, "x.xlsx")],
      ["cases", "--out", path.join(dir, "x.csv")],
    ]) {
      const run = etl("template", ...args);
      expect(run.status).not.toBe(0);
      expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
    }
  });
});
