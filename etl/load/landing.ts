// The temporary tables and views of the load path, and who owns them. Every temporary
// object a load makes is created through one of these owners, which remembers whether
// it made a TABLE or a VIEW and drops all it made, the last made first. Nothing else
// creates or drops them, so nothing has to guess what an object is.
//
// One landed file owns `landing_<n>` (its records as text) and the objects made from it:
//   landing_<n>_rows      TABLE  the records as DuckDB's CSV reader read them (csv-fast-path.ts)
//   landing_<n>_lines     TABLE  the line each record starts on, when not one record per line
//   landing_<n>           TABLE  records landed in JavaScript (land-records.ts), or
//                         VIEW   over _rows (and _lines) when DuckDB read the file
//   landing_<n>_cleaned   VIEW   the records as the contract reads them (find-problems.ts)
//   landing_<n>_problems  TABLE  the first problem of every rejected record (find-problems.ts, bulk-validate.ts)
//   landing_<n>_typed     VIEW or TABLE  the valid records cast as raw_<kind> wants them (bulk-validate.ts)
import type { DuckDBConnection } from "@duckdb/node-api";
import type { ObjectType } from "../warehouse/catalog.ts";

/** Temporary objects made for one purpose, dropped together when it is done. */
export class TemporaryObjects {
  /** Name → what it was created as, in the order made (a replaced object counts as made again). */
  private readonly made = new Map<string, ObjectType>();

  constructor(readonly connection: DuckDBConnection) {}

  /**
   * Creates (or replaces) the temporary `type` `name`; `definition` follows the name:
   * "AS SELECT …" or a column list. An object of the other type under that name is dropped first.
   */
  async create(name: string, type: ObjectType, definition: string): Promise<string> {
    if (this.made.has(name) && this.made.get(name) !== type) await this.dropOne(name);
    await this.connection.run(`CREATE OR REPLACE TEMP ${type} ${name} ${definition}`);
    this.made.delete(name);
    this.made.set(name, type);
    return name;
  }

  /** What `name` was created as, or undefined when this owner did not make it (or dropped it). */
  typeOf(name: string): ObjectType | undefined {
    return this.made.get(name);
  }

  /** The names this owner holds now, in the order they were made. */
  names(): string[] {
    return [...this.made.keys()];
  }

  /** Drops one object it made, before the others (e.g. a read given up). */
  async dropOne(name: string): Promise<void> {
    const type = this.made.get(name);
    if (!type) return;
    // Qualified, so that a temporary view shadowing a warehouse table never drops the table.
    await this.connection.run(`DROP ${type} IF EXISTS temp.main.${name}`);
    this.made.delete(name);
  }

  /** Drops everything it made, the last made first: a view goes before what it reads. */
  async drop(): Promise<void> {
    for (const name of this.names().reverse()) await this.dropOne(name);
  }
}

/** The objects of one landed file, named by what they hold (see the table at the top). */
export type LandingPart = "landed" | "rows" | "lines" | "cleaned" | "problems" | "typed";

/** The temporary objects of one landed file, `landing_<position>` and those made from it. */
export class Landing {
  private readonly objects: TemporaryObjects;
  /** The landed records' own name, `landing_<position>`. */
  readonly name: string;

  constructor(connection: DuckDBConnection, position: number) {
    if (!Number.isInteger(position) || position < 1)
      throw new Error(`a landing's position is a whole number from 1, not ${position}`);
    this.objects = new TemporaryObjects(connection);
    this.name = `landing_${position}`;
  }

  get connection(): DuckDBConnection {
    return this.objects.connection;
  }

  /** The name of one of its objects, whether made yet or not. */
  nameOf(part: LandingPart): string {
    return part === "landed" ? this.name : `${this.name}_${part}`;
  }

  /** Creates (or replaces) one of its objects; see TemporaryObjects.create. Returns its name. */
  create(part: LandingPart, type: ObjectType, definition: string): Promise<string> {
    return this.objects.create(this.nameOf(part), type, definition);
  }

  /** What one of its objects was created as, or undefined when it was not made. */
  typeOf(part: LandingPart): ObjectType | undefined {
    return this.objects.typeOf(this.nameOf(part));
  }

  /** The names of the objects it holds now, in the order they were made. */
  names(): string[] {
    return this.objects.names();
  }

  /** Drops one of its objects before the others. */
  dropPart(part: LandingPart): Promise<void> {
    return this.objects.dropOne(this.nameOf(part));
  }

  /** Drops every object of this landed file, the last made first. */
  drop(): Promise<void> {
    return this.objects.drop();
  }
}
