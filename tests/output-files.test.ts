// The files beside the models' SQL that describe the public outputs (etl/contract/output-files.ts):
// one per public model, vocabularies named rather than restated, the horizons expanded, and a bad
// file refused with its name, the column and the reason.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { VARCHAR } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import {
  outputField,
  outputFiles,
  publicOutputs,
  readOutputFile,
  readOutputFiles,
  resolveEnum,
} from "../etl/contract/output-files.ts";
import { tableSchema } from "../etl/extract/data-package.ts";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";

const WAREHOUSE = path.join(REPO_ROOT, "warehouse");
const stems = (dir: string, name: RegExp, ext: string) =>
  readdirSync(path.join(WAREHOUSE, dir))
    .filter((f) => name.test(f) && f.endsWith(ext))
    .map((f) => path.basename(f, ext))
    .sort();

describe("the output files of the warehouse", () => {
  it("are one beside each public model: every extract and every mart_*", () => {
    expect(stems("extracts", /./, ".yml")).toEqual(stems("extracts", /./, ".sql"));
    expect(stems("marts", /^mart_/, ".yml")).toEqual(stems("marts", /^mart_/, ".sql"));
    expect(stems("extracts", /./, ".yml")).toEqual(["assistance", "casualties", "incidents", "missions", "states"]);
    expect(Object.keys(publicOutputs()).length).toBe(outputFiles().length);
  });

  it("take the columns an extract copies from the contract, and let the file redefine one", () => {
    // casualties.outcome is the contract's field (etl/contract/kinds.ts), not restated in casualties.yml.
    expect(outputField("casualties", "outcome")).toMatchObject({
      type: "string",
      required: true,
      enum: ["killed", "injured"],
      description: "Whether the person was killed or injured.",
    });
    // host_state is described in casualties.yml: optional there, with the ISO 3166 pattern of type iso3.
    expect(outputField("casualties", "host_state")).toMatchObject({
      type: "string",
      required: false,
      pattern: "^[A-Z]{3}$",
    });
    expect(outputField("casualties", "incident_year")).toMatchObject({ type: "integer", required: true });
    expect(outputField("casualties", "no_such_column")).toBeUndefined();
    expect(outputField("no_such_output", "outcome")).toBeUndefined();
  });

  it("name vocabularies instead of restating them", () => {
    // ATTACK_TYPES has 8 values (etl/contract/vocabularies.ts), then the literal not_recorded.
    expect(resolveEnum(["ATTACK_TYPES", "not_recorded"])).toEqual([
      "ied_or_mine",
      "ambush",
      "indirect_fire",
      "direct_attack_on_base",
      "attack_on_convoy_or_patrol",
      "abduction",
      "direct_fire",
      "other",
      "not_recorded",
    ]);
    expect(resolveEnum("OUTCOMES")).toEqual(["killed", "injured"]);
    // The case statuses: 'opened', the pipeline's seven stages after 'no_case', then 'dismissed'.
    expect(outputField("mart_cases_by_host_state", "status")?.enum).toEqual([
      "opened",
      "investigation_opened",
      "suspect_identified",
      "arrest",
      "charged",
      "trial_opened",
      "verdict",
      "convicted",
      "dismissed",
    ]);
    expect(outputField("mart_accountability_pipeline", "stage")?.enum?.[0]).toBe("no_case");
  });

  it("expand a {years} column into one per horizon (1, 2 and 5 years)", () => {
    const fields = [...publicOutputs().mart_impunity.fields.keys()].filter((name) => /_\d+y$/.test(name));
    expect(fields).toEqual([
      "eligible_1y",
      "eligible_2y",
      "eligible_5y",
      "without_verdict_1y",
      "without_verdict_2y",
      "without_verdict_5y",
      "share_without_verdict_1y",
      "share_without_verdict_2y",
      "share_without_verdict_5y",
    ]);
    expect(outputField("mart_impunity", "eligible_2y")?.description).toBe(
      "Fatal attacks at least 2 year(s) old at the cutoff.",
    );
  });

  it("leave a column nobody described without a description, which the package test reports", () => {
    const columns = [
      { name: "host_state", type: VARCHAR },
      { name: "new_column", type: VARCHAR },
    ];
    const schema = tableSchema("mart_impunity", columns);
    expect(schema.fields.map((f) => [f.name, f.description !== ""])).toEqual([
      ["host_state", true],
      ["new_column", false],
    ]);
    expect(schema.primaryKey).toEqual(["host_state"]);
  });
});

/** A scratch warehouse folder with mart_x.sql and the given mart_x.yml (and more files when asked). */
function scratch(yml: string, more: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "blue-ledger-output-files-"));
  for (const [name, text] of Object.entries({ "mart_x.sql": "SELECT 1;\n", "mart_x.yml": yml, ...more }))
    writeFileSync(path.join(dir, name), text);
  return path.join(dir, "mart_x.yml");
}

const GOOD = `primary_key: [host_state]
columns:
  - name: host_state
    type: iso3
    description: Host state.
  - name: incidents
    type: count
    description: Number of attacks.
`;
const withColumn = (lines: string) => GOOD + lines;

describe("a bad output file", () => {
  it("is read when good: types, required, the implied pattern", () => {
    const output = readOutputFile(scratch(GOOD));
    expect([...output.fields.values()]).toEqual([
      { name: "host_state", type: "string", description: "Host state.", required: true, pattern: "^[A-Z]{3}$" },
      { name: "incidents", type: "integer", description: "Number of attacks.", required: true },
    ]);
    expect(output.primaryKey).toEqual(["host_state"]);
    expect(output.foreignKeys).toBeUndefined();
  });

  const cases: [string, string, RegExp][] = [
    ["is not YAML", "columns: [\n", /mart_x\.yml: Flow sequence .* at line 2, column 1$/],
    ["is a list, not a mapping", "- a\n", /mart_x\.yml: Invalid input: expected object, received array$/],
    ["has no primary key", GOOD.replace("primary_key: [host_state]\n", ""), /mart_x\.yml: primary_key: missing$/],
    [
      "misspells a key",
      GOOD.replace("description: Host state.", "descripton: Host state."),
      /mart_x\.yml: column host_state: Unrecognized key: "descripton"$/,
    ],
    [
      "gives a column no description",
      GOOD.replace("    description: Number of attacks.\n", ""),
      /mart_x\.yml: column incidents: description: missing$/,
    ],
    [
      "gives an empty description",
      GOOD.replace("description: Number of attacks.", "description: ' '"),
      /mart_x\.yml: column incidents: description: expected a description$/,
    ],
    [
      "names an unknown type",
      GOOD.replace("type: count", "type: counter"),
      /mart_x\.yml: column incidents: type: Invalid option: expected one of "string"\|/,
    ],
    ["gives a column no type", GOOD.replace("    type: count\n", ""), /mart_x\.yml: column incidents: type: missing$/],
    [
      "names a column in capitals",
      withColumn("  - name: Killed\n    type: count\n    description: Killed.\n"),
      /mart_x\.yml: column Killed: name: expected a snake_case name$/,
    ],
    [
      "gives {years} in a description only",
      withColumn("  - name: eligible\n    type: count\n    description: At {years}.\n"),
      /mart_x\.yml: column eligible: \{years\} in the description but not in the name$/,
    ],
    [
      "describes a column twice",
      withColumn("  - name: incidents\n    type: count\n    description: Again.\n"),
      /mart_x\.yml: column incidents: described twice$/,
    ],
    [
      "names a vocabulary that does not exist",
      withColumn("  - name: attack_type\n    type: string\n    enum: [ATTACK_TYPE]\n    description: Kind.\n"),
      /mart_x\.yml: column attack_type: enum: ATTACK_TYPE is not a vocabulary of etl\/contract\/vocabularies\.ts$/,
    ],
    [
      "takes the horizons (numbers) for a vocabulary",
      withColumn("  - name: horizon\n    type: string\n    enum: HORIZON_YEARS\n    description: Years.\n"),
      /mart_x\.yml: column horizon: enum: HORIZON_YEARS is not a vocabulary/,
    ],
    [
      "lists a value twice",
      withColumn("  - name: outcome\n    type: string\n    enum: [OUTCOMES, killed]\n    description: K.\n"),
      /mart_x\.yml: column outcome: enum: 'killed' is listed twice$/,
    ],
    [
      "gives an enum to a count",
      withColumn("  - name: killed\n    type: count\n    enum: [a]\n    description: K.\n"),
      /mart_x\.yml: column killed: enum and pattern are for type string, not count$/,
    ],
    [
      "gives a pattern that is no regular expression",
      withColumn("  - name: code\n    type: string\n    pattern: '^([A-Z]$'\n    description: Code.\n"),
      /mart_x\.yml: column code: pattern \^\(\[A-Z\]\$ is not a regular expression$/,
    ],
    [
      "keys on a column it does not have",
      GOOD.replace("[host_state]", "[host_state, month]"),
      /mart_x\.yml: column month: a key names a column the output does not have$/,
    ],
    [
      "names an unknown contract",
      `contract: cases_events\n${GOOD}`,
      /mart_x\.yml: contract: Invalid option: expected one of "incidents"\|/,
    ],
  ];
  it.each(cases)("%s: an error names the file, the column and the reason", (_, yml, message) => {
    expect(() => readOutputFile(scratch(yml))).toThrow(message);
  });

  it("has a foreign key to an output no file describes, or sits beside no SQL", () => {
    const states = "primary_key: [iso3]\ncolumns:\n  - name: iso3\n    type: iso3\n    description: Code.\n";
    const linked = (target: string) => GOOD.replace("columns:", `foreign_keys:\n  host_state: ${target}\ncolumns:`);
    const good = scratch(linked("mart_states.iso3"), { "mart_states.sql": "SELECT 1;\n", "mart_states.yml": states });
    const outputs = readOutputFiles([good, path.join(path.dirname(good), "mart_states.yml")]);
    expect(outputs.mart_x.foreignKeys).toEqual([
      { fields: "host_state", reference: { resource: "mart_states", fields: "iso3" } },
    ]);
    const bad = scratch(linked("mart_states.code"), { "mart_states.sql": "SELECT 1;\n", "mart_states.yml": states });
    expect(() => readOutputFiles([bad, path.join(path.dirname(bad), "mart_states.yml")])).toThrow(
      /mart_x\.yml: column host_state: foreign key to mart_states\.code, which no output file describes$/,
    );
    expect(() => readOutputFiles([scratch(linked("states.iso3"))])).toThrow(
      /column host_state: foreign key to states\.iso3/,
    );
    const orphan = scratch(GOOD, { "mart_y.yml": GOOD });
    expect(() => readOutputFiles([path.join(path.dirname(orphan), "mart_y.yml")])).toThrow(
      /mart_y\.yml: no mart_y\.sql beside it$/,
    );
  });
});
