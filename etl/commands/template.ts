// `npm run etl -- template <kind> --out FILE.xlsx`: an Excel submission workbook
// generated from the export contract, for people who would rather fill in a
// spreadsheet than write CSV. Sheet 1 (read by etl/load/read-xlsx.ts) is named after
// the kind, its header the contract's columns; coded fields get drop-down lists read
// from a hidden sheet; a second sheet explains every column.
import { mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { t } from "../messages.ts";
import { EXPORT_KINDS } from "../contract/kinds.ts";
import { columnsOf, type Column } from "../contract/columns.ts";
import { UserError } from "../warehouse/connection.ts";

/** Rows 2..TEMPLATE_ROWS + 1 carry the drop-down lists and formats. */
export const TEMPLATE_ROWS = 1000;

/** Coded fields, which get a drop-down list (a list of several codes cannot be picked from one). */
export const isCoded = (c: Column) => c.allowedValues !== undefined && c.type !== "list";

const quoteSheet = (name: string) => `'${name.replaceAll("'", "''")}'`;
const shown = (value: unknown) => (value === undefined ? "" : Array.isArray(value) ? value.join(";") : String(value));

/** What may go in a column, one line per rule, for the instructions sheet. */
function rules(c: Column): string {
  const lines = [
    c.allowedValues ? t("template.type.oneOf", { values: c.allowedValues.join(", ") }) : t(`template.type.${c.type}`),
  ];
  if (c.pattern) lines.push(t("template.type.pattern", { pattern: c.pattern }));
  if (c.minimum !== undefined) lines.push(t("template.type.minimum", { minimum: c.minimum }));
  if (c.maximum !== undefined) lines.push(t("template.type.maximum", { maximum: c.maximum }));
  if (c.earliest) lines.push(t("template.type.earliest", { earliest: c.earliest }));
  if (c.notInFuture) lines.push(t("template.type.notInFuture"));
  return lines.join("\n");
}

export async function templateCommand(kindName: string, options: { out: string }): Promise<void> {
  const kind = EXPORT_KINDS.find((k) => k.name === kindName);
  if (!kind)
    throw new UserError(
      t("template.unknownKind", { kind: kindName, kinds: EXPORT_KINDS.map((k) => k.name).join(", ") }),
    );
  if (!/\.xlsx$/i.test(options.out)) throw new UserError(t("template.badOut", { out: options.out }));
  const columns = columnsOf(kind);
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(kind.name, { views: [{ state: "frozen", ySplit: 1 }] });
  const help = workbook.addWorksheet(t("template.sheet.instructions"));
  const lists = workbook.addWorksheet(t("template.sheet.lists"), { state: "hidden" });

  // Data cells unlocked, numbers as numbers and everything else as text ('@'), so
  // Excel keeps dates as typed (YYYY-MM-DD) and identifiers' leading zeros.
  data.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.min(40, Math.max(12, c.name.length + 3, ...(c.allowedValues ?? []).map((v) => v.length + 4))),
    style: { protection: { locked: false }, ...(c.type === "integer" || c.type === "number" ? {} : { numFmt: "@" }) },
  }));
  data.getRow(1).eachCell((cell, i) => {
    const c = columns[i - 1];
    cell.protection = { locked: true };
    cell.font = { bold: true };
    if (c.required) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4B6" } };
    cell.note = c.type === "list" ? `${c.description}\n${t("template.note.list")}` : c.description;
  });
  columns.filter(isCoded).forEach((c, i) => {
    const column = lists.getColumn(i + 1);
    column.values = [c.name, ...c.allowedValues!];
    column.width = Math.max(c.name.length, ...c.allowedValues!.map((v) => v.length)) + 2;
    const letter = data.getColumn(c.name).letter;
    // exceljs has no typing for a validation over a range, which keeps the file to one rule per column.
    (
      data as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`${quoteSheet(lists.name)}!$${column.letter}$2:$${column.letter}$${c.allowedValues!.length + 1}`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: t("template.validation.title"),
      error: t("template.validation.error", { field: c.name }),
    });
  });
  await data.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    sort: true,
    autoFilter: true,
  });
  await lists.protect("", { selectLockedCells: true, selectUnlockedCells: true });

  help.columns = [{ width: 28 }, { width: 12 }, { width: 44 }, { width: 70 }, { width: 14 }];
  help.addRow([t("template.instructions.title", { kind: kind.name })]).font = { bold: true, size: 14 };
  help.addRow([kind.description]);
  for (const key of [
    "template.instructions.fill",
    "template.instructions.lists",
    "template.instructions.text",
    "template.instructions.submit",
  ])
    help.addRow([t(key, { kind: kind.name, rows: TEMPLATE_ROWS })]);
  help.addRow([]);
  const heading = help.addRow(
    ["name", "required", "rules", "description", "default"].map((k) => t(`template.heading.${k}`)),
  );
  heading.font = { bold: true };
  help.views = [{ state: "frozen", ySplit: heading.number }];
  for (const c of columns) {
    const row = help.addRow([
      c.name,
      t(c.required ? "template.yes" : "template.no"),
      rules(c),
      c.description,
      shown(c.defaultValue),
    ]);
    row.alignment = { vertical: "top", wrapText: true };
  }

  mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
  await workbook.xlsx.writeFile(options.out);
  console.log(
    t("template.written", {
      file: options.out,
      kind: kind.name,
      columns: columns.length,
      lists: columns.filter(isCoded).length,
      last: TEMPLATE_ROWS + 1,
    }),
  );
}
