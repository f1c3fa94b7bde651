// The one header every SQL file under warehouse/ starts with, parsed here and
// nowhere else (warehouse/README.md shows it):
//
//   -- @model fct_casualties                     the file's name, without .sql
//   -- @grain one row per person killed or        what one row is; required
//   --        injured (casualty_id).              (a directive goes on on lines indented by 2+ spaces)
//   -- @latest-by casualty_id                     staging: the key whose latest version is kept
//   -- @incremental-on stg_casualties             the view whose changes `-- @incremental` SQL applies
//   --
//   -- Free notes, after an empty `--` line.
//
// Anything else that looks like a directive is an error naming the file and line.
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "./connection.ts";

export interface ModelHeader {
  model: string;
  grain: string;
  /** Staging: the key columns whose latest version the runner keeps. */
  latestBy?: string[];
  /** The staging view whose changes the SQL after `-- @incremental` applies to the model. */
  incrementalOn?: string;
  /** The free prose after the directives. */
  notes: string;
}

export interface ModelFile {
  header: ModelHeader;
  /** The SQL that builds the model in full (everything before `-- @incremental`). */
  sql: string;
  /** The SQL after `-- @incremental`: updates the model from the changes to `header.incrementalOn`. */
  incrementalSql?: string;
}

const DIRECTIVES = ["model", "grain", "latest-by", "incremental-on"] as const;
type Directive = (typeof DIRECTIVES)[number];
const INCREMENTAL_MARK = "-- @incremental";
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const OLD_STYLE = /^--\s*(latest-by|incremental-on)\s*:/;

export class ModelHeaderError extends Error {}

/** Parses a model file's text; `file` names it in errors. */
export function parseModelFile(file: string, text: string): ModelFile {
  function fail(line: number, reason: string): never {
    throw new ModelHeaderError(`${path.relative(REPO_ROOT, file)}:${line}: ${reason}`);
  }
  const lines = text.split("\n");
  const values = new Map<Directive, { value: string; line: number }>();
  let last: Directive | undefined; // the directive a continuation line goes on with
  let i = 0;
  for (; i < lines.length && lines[i].startsWith("--"); i++) {
    const line = lines[i].trimEnd();
    const directive = /^-- @(\S+)\s*(.*)$/.exec(line);
    if (directive) {
      const name = directive[1] as Directive;
      if (!DIRECTIVES.includes(name))
        fail(i + 1, `unknown directive @${directive[1]} (known: ${DIRECTIVES.map((d) => `@${d}`).join(", ")})`);
      if (values.has(name)) fail(i + 1, `@${name} is given twice`);
      if (!directive[2]) fail(i + 1, `@${name} needs a value`);
      values.set(name, { value: directive[2], line: i + 1 });
      last = name;
    } else if (/^-- {2,}\S/.test(line) && last) {
      const previous = values.get(last)!;
      previous.value = `${previous.value} ${line.slice(2).trim()}`;
    } else if (line === "--" && values.size) {
      i++;
      break; // the notes follow
    } else if (i === 0) fail(1, "a model file starts with `-- @model <name>`");
    else fail(i + 1, "expected a directive (`-- @name value`), its continuation (indented), or `--` before the notes");
  }
  const headerEnd = i;
  const notes: string[] = [];
  for (; i < lines.length && lines[i].startsWith("--"); i++) notes.push(lines[i].replace(/^--\s?/, ""));

  const model = values.get("model")?.value;
  if (model !== path.basename(file, ".sql")) fail(values.get("model")?.line ?? 1, `@model must be the file's name`);
  if (!values.has("grain")) fail(headerEnd, "the header states no @grain (what one row is)");
  const latestBy = values.get("latest-by");
  const keys = latestBy?.value.split(",").map((k) => k.trim());
  if (latestBy && !keys!.every((k) => IDENTIFIER.test(k)))
    fail(latestBy.line, "@latest-by lists column names, by commas");
  const on = values.get("incremental-on");
  if (on && !IDENTIFIER.test(on.value)) fail(on.line, "@incremental-on names one staging view");

  let mark: number | undefined;
  lines.forEach((line, n) => {
    const old = OLD_STYLE.exec(line)?.[1];
    if (old) fail(n + 1, `an old-style directive: write \`-- @${old}\` in the header`);
    if (n < headerEnd || !line.startsWith("-- @")) return;
    if (line.trimEnd() !== INCREMENTAL_MARK) fail(n + 1, "a directive outside the header");
    if (mark !== undefined) fail(n + 1, `${INCREMENTAL_MARK} is given twice`);
    mark = n;
  });
  if (on && mark === undefined) fail(on.line, `@incremental-on needs its SQL after a line \`${INCREMENTAL_MARK}\``);
  if (!on && mark !== undefined) fail(mark + 1, `${INCREMENTAL_MARK} needs @incremental-on in the header`);

  const header: ModelHeader = {
    model,
    grain: values.get("grain")!.value,
    latestBy: keys,
    incrementalOn: on?.value,
    notes: notes.join("\n").trim(),
  };
  if (mark === undefined) return { header, sql: text };
  return { header, sql: lines.slice(0, mark).join("\n"), incrementalSql: lines.slice(mark).join("\n") };
}

export const readModelFile = (file: string): ModelFile => parseModelFile(file, readFileSync(file, "utf8"));
