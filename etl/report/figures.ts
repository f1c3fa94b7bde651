// Runs the figure sets on the edition's data package and keeps every figure with what
// figures.json says of it: id, label in the report's language, value, unit, period, and the SQL
// that gives it (one row, one column `value`, when run on the package's tables). The sections
// print figures only through this store, which records each one printed: figures.json is
// exactly the figures the report shows.
import { boundSql, figureSets, tablesRead, type FigureSet, type KeyType, type Period } from "./definitions.ts";
import type { Audience } from "../extract/editions.ts";
import { quoteIdent, quoteText } from "../extract/formats.ts";
import { html, type Html, type Text } from "./text.ts";
import type { ReportDb } from "./report-db.ts";

export type Key = string | number;

export interface Figure {
  id: string;
  set: string;
  column: string;
  key: Key | null;
  /** What is counted, in words; label adds the key. */
  measure: string;
  label: string;
  value: number | null;
  unit: string;
  period: string;
  /** The period in words: 2022, 31 December 2022. */
  periodLabel: string;
  /** As printed in the report. */
  printed: string;
  sql: string;
  tables: string[];
}

export interface FigureRow {
  key: Key;
  /** The key in words: a state's name, a mission, a category. */
  name: string;
  /** Column → figure. */
  cells: Record<string, Figure>;
}

export interface Scope {
  year: number;
  /** 'ALL' in the public edition, else the edition's state. */
  scope: string;
  audience: Audience;
  /** The data cutoff, YYYY-MM-DD. */
  cutoff: string;
}

export const figureId = (set: string, column: string, key: Key | null) =>
  `${set}.${column}${key === null ? "" : `/${key}`}`;

/** A key in words. */
export function keyName(text: Text, type: KeyType, key: Key): string {
  switch (type) {
    case "state":
      return text.state(String(key));
    case "host_state":
      return key === "ALL"
        ? text.t("report.key.allHostStates")
        : key === "not_attributed"
          ? text.t("host_state.not_attributed")
          : text.state(String(key));
    case "mission":
      return key === "other" ? text.t("trends.nationality.otherMissions") : String(key);
    case "year":
      return text.year(Number(key));
    case "month":
      return text.month(Number(key));
    default:
      return text.t(`${type}.${key}`);
  }
}

function periodOf(period: Period, key: Key | null, { year, cutoff }: Scope): string {
  const end = (y: number) => (`${y}-12-31` < cutoff ? `${y}-12-31` : cutoff);
  switch (period) {
    case "year":
      return String(year);
    case "previous-year":
      return String(year - 1);
    case "year-end":
      return end(year);
    case "previous-year-end":
      return end(year - 1);
    case "key-year":
      return String(key);
    case "key-month":
      return `${year}-${String(key).padStart(2, "0")}`;
  }
}

const periodLabel = (text: Text, period: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(period)
    ? text.date(period)
    : /^\d{4}-\d{2}$/.test(period)
      ? `${text.month(Number(period.slice(5)))} ${text.year(Number(period.slice(0, 4)))}`
      : text.year(Number(period));

/** Signed numbers for changes: a column named *_change. */
function format(text: Text, unit: string, column: string, value: number | null): string {
  if (unit === "share") return text.percent(value);
  if (unit === "usd") return text.usd(value);
  return column.endsWith("_change") ? text.signed(value) : text.integer(value);
}

export class Figures {
  private readonly bySet = new Map<string, { set: FigureSet; rows: FigureRow[] }>();
  private readonly printed = new Map<string, Figure>();

  constructor(
    readonly text: Text,
    readonly scope: Scope,
  ) {}

  /** Runs every set the edition's audience has on the package. */
  async evaluate(db: ReportDb): Promise<void> {
    const sets = figureSets().filter((s) => !s.audience || s.audience === this.scope.audience);
    await db.load([...new Set(sets.flatMap((s) => tablesRead(s, db.tables)))]);
    for (const set of sets) {
      const sql = boundSql(set, this.scope.year, this.scope.scope);
      const tables = tablesRead(set, db.tables);
      const rows = (await db.package(sql)).map((row): FigureRow => {
        const key = set.key ? (row.key as Key) : null;
        const cells = Object.fromEntries(
          set.values.map((v) => {
            const value = row[v.column];
            if (value !== null && typeof value !== "number")
              throw new Error(`figures ${set.id}: ${v.column} is not a number (${String(value)})`);
            const measure = this.text.t(v.label);
            const label =
              key === null
                ? measure
                : this.text.t("report.label.keyed", { measure, key: keyName(this.text, set.key!.type, key) });
            const select = `SELECT ${quoteIdent(v.column)} AS value FROM (\n${sql}\n)`;
            return [
              v.column,
              {
                id: figureId(set.id, v.column, key),
                set: set.id,
                column: v.column,
                key,
                measure,
                label,
                value,
                unit: v.unit,
                period: periodOf(v.period, key, this.scope),
                periodLabel: periodLabel(this.text, periodOf(v.period, key, this.scope)),
                printed: format(this.text, v.unit, v.column, value),
                sql: key === null ? select : `${select} WHERE key = ${typeof key === "number" ? key : quoteText(key)}`,
                tables,
              } satisfies Figure,
            ];
          }),
        );
        return { key: key ?? "", name: key === null ? "" : keyName(this.text, set.key!.type, key), cells };
      });
      if (!set.key && rows.length !== 1) throw new Error(`figures ${set.id}: expected one row, got ${rows.length}`);
      this.bySet.set(set.id, { set, rows });
    }
  }

  /** Whether the edition has this set (some sets are for one audience only). */
  has(set: string): boolean {
    return this.bySet.has(set);
  }

  rows(set: string): FigureRow[] {
    const found = this.bySet.get(set);
    if (!found) throw new Error(`no figure set '${set}' in this edition`);
    return found.rows;
  }

  /** A figure of a one-row set, by id: `judicial.convictions`. */
  get(id: string): Figure {
    const dot = id.lastIndexOf(".");
    const cell = this.rows(id.slice(0, dot))[0]?.cells[id.slice(dot + 1)];
    if (!cell) throw new Error(`no figure '${id}'`);
    return cell;
  }

  value(id: string): number | null {
    return this.get(id).value;
  }

  /** The figure as printed: the number, with its id beside it in small type. Recorded for figures.json. */
  cite(figure: Figure | string, { id = true } = {}): Html {
    const f = typeof figure === "string" ? this.get(figure) : figure;
    this.printed.set(f.id, f);
    const number = html`<data value="${f.value ?? ""}" data-figure="${f.id}">${f.printed}</data>`;
    return id ? html`${number}<span class="fid" aria-hidden="true">${f.id}</span>` : number;
  }

  /** A figure in a table cell, whose id is its column's id and its row's key. */
  cell(figure: Figure): Html {
    return this.cite(figure, { id: false });
  }

  /** Every figure printed, in the order first printed. */
  list(): Figure[] {
    return [...this.printed.values()];
  }
}
