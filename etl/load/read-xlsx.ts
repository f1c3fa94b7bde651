// Reads the first sheet of an Excel workbook (.xlsx) as records, the header in
// row 1, each record with its spreadsheet row number, so an .xlsx export goes
// through the same validation and quarantine as a CSV one.
//
// The whole workbook is read into memory (exceljs's streaming reader emits
// sheets in zip order, not tab order, so it cannot promise "the first sheet").
// Spreadsheets people export by hand are small; large exports come as CSV.
import ExcelJS from "exceljs";

export interface XlsxRecords {
  columns: string[];
  records: AsyncIterable<{ line: number; values: Record<string, unknown> }>;
}

/** A cell as a plain value: dates as YYYY-MM-DD, numbers as numbers, empty as null. */
function plain(value: ExcelJS.CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  // exceljs builds dates at UTC midnight from Excel's day numbers, so the UTC date is the cell's date.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return value;
  if ("formula" in value || "sharedFormula" in value)
    return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error; // '#N/A' and the like: left for validation to reject
  return String(value);
}

export async function readXlsxRecords(file: string): Promise<XlsxRecords> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]; // in tab order
  if (!sheet) return { columns: [], records: (async function* () {})() };

  const header = sheet.getRow(1);
  const columns = Array.from({ length: header.cellCount }, (_, i) =>
    String(plain(header.getCell(i + 1).value) ?? "").trim(),
  );

  async function* records() {
    const rows: { line: number; values: Record<string, unknown> }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      if (line === 1) return;
      const values: Record<string, unknown> = Object.fromEntries(
        columns.map((name, i) => [name, plain(row.getCell(i + 1).value)]),
      );
      // A value right of the header is kept under its column letter, so validation reports it instead of dropping it.
      for (let c = columns.length + 1; c <= row.cellCount; c++) {
        const value = plain(row.getCell(c).value);
        if (value !== null && value !== "") values[`column ${sheet.getColumn(c).letter}`] = value;
      }
      if (Object.values(values).some((v) => v !== null && v !== "")) rows.push({ line, values });
    });
    yield* rows;
  }
  return { columns, records: records() };
}
