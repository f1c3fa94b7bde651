// The contract's vocabularies as ref_ tables, so that SQL joins them instead of restating them
// (warehouse/README.md). They are the reference model `load_contract`: its SQL is written here from
// etl/contract/vocabularies.ts, each value quoted by the library, and the runner runs it like the
// SQL files of warehouse/reference/. A changed vocabulary changes that SQL, so its digest: the
// tables are made anew and every model that reads them is rebuilt.
import { CASE_EVENTS, CASE_EVENT_STAGES, PIPELINE_STAGES } from "../contract/vocabularies.ts";
import type { ModelFile } from "./model-header.ts";
import { quotedIdentifier, quotedString } from "./sql.ts";

type Value = string | number | null;

interface ContractTable {
  grain: string;
  /** Column name → DuckDB type, in order. */
  columns: Record<string, string>;
  rows: Value[][];
}

/** The name of the model that makes them, in the reference layer. */
export const CONTRACT_MODEL = "load_contract";

/** Every table made from the contract, and nothing else makes these. */
export const CONTRACT_TABLES: Record<string, ContractTable> = {
  ref_pipeline_stages: {
    grain: "one row per stage of the accountability pipeline (stage); stage_rank is its place, 0 for 'no_case'",
    columns: { stage: "VARCHAR NOT NULL", stage_rank: "INTEGER NOT NULL" },
    rows: PIPELINE_STAGES.map((stage, rank) => [stage, rank]),
  },
  ref_case_event_stages: {
    grain: "one row per case event (event), with the pipeline stage it takes a case to, or NULL",
    columns: { event: "VARCHAR NOT NULL", stage: "VARCHAR" },
    rows: CASE_EVENTS.map((event) => [event, CASE_EVENT_STAGES[event]]),
  },
};

const literal = (value: Value) =>
  value === null ? "NULL" : typeof value === "number" ? String(value) : quotedString(value);

/** The SQL that makes every contract table anew. */
export function contractTablesSql(): string {
  return Object.entries(CONTRACT_TABLES)
    .map(([name, table]) => {
      const columns = Object.entries(table.columns).map(([column, type]) => `${quotedIdentifier(column)} ${type}`);
      const rows = table.rows.map((row) => `(${row.map(literal).join(", ")})`);
      return [
        `CREATE OR REPLACE TABLE ${name} (${columns.join(", ")});`,
        `INSERT INTO ${name} VALUES ${rows.join(", ")};`,
      ].join("\n");
    })
    .join("\n");
}

/** The contract tables as a model of the reference layer, header and SQL, as a model file would give them. */
export function contractModelFile(): ModelFile {
  const grain = Object.entries(CONTRACT_TABLES).map(([name, table]) => `${name} ${table.grain}`);
  return {
    header: {
      model: CONTRACT_MODEL,
      grain: grain.join("; "),
      notes: "The vocabularies of etl/contract/vocabularies.ts, written by etl/warehouse/contract-tables.ts.",
    },
    sql: contractTablesSql(),
  };
}
