// The data dictionary, generated from the export contract: every field of every
// kind with its type, whether it is required, its allowed values and meaning.
import { EXPORT_KINDS } from "./kinds.ts";
import { columnsOf, type Column } from "./columns.ts";

const TYPE_NAMES: Record<Column["type"], string> = {
  string: "text",
  date: "date (YYYY-MM-DD)",
  integer: "whole number ≥ 0",
  number: "number",
  list: "list (CSV: `;`-separated; JSON: array)",
};

const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

function allowed(column: Column): string {
  if (column.allowedValues) return column.allowedValues.map((v) => `\`${v}\``).join(", ");
  if (column.pattern) return `pattern \`${column.pattern}\``;
  return "";
}

export function dataDictionaryMarkdown(): string {
  const lines = [
    "# Data dictionary",
    "",
    "Generated from the export contract (`etl/contract/kinds.ts`) by `npm run etl -- dictionary`; do not edit by hand.",
    "Exports are CSV (UTF-8, header row) or JSON Lines. Restricted fields are loaded but never published.",
  ];
  for (const kind of EXPORT_KINDS) {
    lines.push(
      "",
      `## ${kind.name}`,
      "",
      kind.description,
      "",
      `Key: ${kind.key.map((k) => `\`${k}\``).join(" + ")}`,
      "",
    );
    lines.push("| field | type | required | allowed values | published | meaning |", "|---|---|---|---|---|---|");
    for (const c of columnsOf(kind)) {
      const required = c.required
        ? "yes"
        : c.defaultValue !== undefined
          ? `no (default \`${JSON.stringify(c.defaultValue)}\`)`
          : "no";
      const published = c.restricted ? "no (restricted)" : "yes";
      const cells = [`\`${c.name}\``, TYPE_NAMES[c.type], required, cell(allowed(c)), published, cell(c.description)];
      lines.push(`| ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n") + "\n";
}
