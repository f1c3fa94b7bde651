// Reading Excel exports: the first sheet, header in row 1, each record with its
// spreadsheet row number, dates as YYYY-MM-DD and numbers as numbers.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readXlsxRecords } from "../etl/load/read-xlsx.ts";

async function writeWorkbook(): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "blue-ledger-xlsx-")), "incidents.xlsx");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("incidents");
  sheet.addRow([
    "incident_id",
    "incident_date",
    "mission",
    "host_state",
    "admin1",
    "latitude",
    "attack_type",
    "killed_military",
    "last_updated",
  ]);
  // Row 2: a real date cell, numbers, and an empty admin1 cell.
  sheet.addRow([
    "I1",
    new Date(Date.UTC(2020, 1, 29)),
    "MINUSMA",
    "MLI",
    null,
    16.27,
    "ambush",
    2,
    new Date(Date.UTC(2020, 2, 1)),
  ]);
  sheet.getCell("B2").numFmt = "dd/mm/yyyy"; // how it shows in Excel does not change the date read
  // Row 3 left blank; row 4: a date typed as text, a formula and rich text.
  sheet.getRow(4).values = [
    "I2",
    "2021-05-06",
    "MINUSCA",
    { richText: [{ text: "C" }, { text: "AF" }] },
    "Ouaka",
    null,
    "other",
    { formula: "1+2", result: 3 },
    "2021-06-01",
  ];
  // Row 5: a value right of the header.
  sheet.getRow(5).values = ["I3", "2021-05-07", "MINUSCA", "CAF", "", null, "other", 0, "2021-06-01", "stray"];
  // A second sheet, which is not read.
  workbook.addWorksheet("notes").addRow(["not", "an", "export"]);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("readXlsxRecords", () => {
  it("reads the first sheet with row numbers, dates, numbers and empty cells", async () => {
    const { columns, records } = await readXlsxRecords(await writeWorkbook());
    expect(columns).toEqual([
      "incident_id",
      "incident_date",
      "mission",
      "host_state",
      "admin1",
      "latitude",
      "attack_type",
      "killed_military",
      "last_updated",
    ]);
    const all = [];
    for await (const record of records) all.push(record);
    expect(all.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(all[0].values).toEqual({
      incident_id: "I1",
      incident_date: "2020-02-29",
      mission: "MINUSMA",
      host_state: "MLI",
      admin1: null,
      latitude: 16.27,
      attack_type: "ambush",
      killed_military: 2,
      last_updated: "2020-03-01",
    });
    expect(all[1].values).toMatchObject({
      incident_date: "2021-05-06",
      host_state: "CAF",
      latitude: null,
      killed_military: 3,
    });
    expect(all[2].values).toMatchObject({ admin1: "", "column J": "stray" });
  });

  it("gives no columns and no records for a workbook with an empty sheet", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "blue-ledger-xlsx-")), "empty.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("empty");
    await workbook.xlsx.writeFile(file);
    const { columns, records } = await readXlsxRecords(file);
    expect(columns).toEqual([]);
    for await (const record of records) expect.unreachable(`unexpected record ${JSON.stringify(record)}`);
  });
});

describe("loading an .xlsx export", () => {
  it("goes through the same validation, quarantine and ledger as CSV", async () => {
    const { loadFiles } = await import("../etl/load/load-files.ts");
    const { tempWarehouse, rows } = await import("./helpers/warehouse.ts");
    const warehouse = await tempWarehouse();
    try {
      const [result] = await loadFiles(warehouse, [await writeWorkbook()]);
      // Rows 2 and 4 are valid; row 5 has a value right of the header, which is rejected rather than dropped.
      expect({
        kind: result.kind,
        in: result.rowsIn,
        loaded: result.rowsLoaded,
        rejected: result.rowsRejected,
      }).toEqual({ kind: "incidents", in: 3, loaded: 2, rejected: 1 });
      expect(result.rejects.map((r) => r.line)).toEqual([5]);
      expect(
        await rows(
          warehouse,
          "SELECT incident_id, incident_date, host_state, killed_military FROM raw_incidents ORDER BY 1",
        ),
      ).toEqual([
        { incident_id: "I1", incident_date: "2020-02-29", host_state: "MLI", killed_military: 2 },
        { incident_id: "I2", incident_date: "2021-05-06", host_state: "CAF", killed_military: 3 },
      ]);
      expect(await rows(warehouse, "SELECT encoding FROM etl_loads")).toEqual([{ encoding: "xlsx" }]);
    } finally {
      warehouse.close();
    }
  });
});
