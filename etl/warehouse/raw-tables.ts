// The raw landing tables, one per export kind, generated from the contract.
// Every load appends; staging picks the latest version of each record, so the
// raw tables are also the history of every record.
import { EXPORT_KINDS } from "../contract/kinds.ts";
import { columnsOf, SQL_TYPES } from "../contract/columns.ts";

export const rawTable = (kind: string) => `raw_${kind}`;

export function rawTablesDdl(): string {
  return EXPORT_KINDS.map((kind) => {
    const columns = columnsOf(kind).map((c) => `  ${c.name} ${SQL_TYPES[c.type]}${c.required ? " NOT NULL" : ""}`);
    const lines = [
      `CREATE TABLE IF NOT EXISTS ${rawTable(kind.name)} (`,
      "  load_id INTEGER NOT NULL,",
      "  source_line INTEGER NOT NULL,",
      columns.join(",\n"),
      ");",
    ];
    return lines.join("\n");
  }).join("\n");
}

/**
 * A field added to the contract later is optional and comes last, so a raw table made
 * before it gains the column in place, in the same position (rows are inserted by position).
 * `existing` lists the raw tables' columns as "table.column"; only the missing ones are added.
 */
export function rawTablesMigration(existing: Set<string>): string {
  return EXPORT_KINDS.flatMap((kind) =>
    columnsOf(kind)
      .filter((c) => !c.required && !existing.has(`${rawTable(kind.name)}.${c.name}`))
      .map((c) => `ALTER TABLE ${rawTable(kind.name)} ADD COLUMN ${c.name} ${SQL_TYPES[c.type]};`),
  ).join("\n");
}
