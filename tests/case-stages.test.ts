// The pipeline's stages come from the contract (CASE_EVENT_STAGES, PIPELINE_STAGES in
// etl/contract/vocabularies.ts) through the tables etl/warehouse/contract-tables.ts makes.
// The expectations below are written by hand from the rule, not read from the code.
import { describe, expect, it } from "vitest";
import { CASE_EVENTS } from "../etl/contract/vocabularies.ts";
import { CONTRACT_TABLES } from "../etl/warehouse/contract-tables.ts";
import { modelFiles } from "../etl/warehouse/model-files.ts";
import { refreshModels, runModels } from "../etl/warehouse/models.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const dimCaseStages = "SELECT event, stage_rank, stage FROM dim_case_stages ORDER BY event";

describe("dim_case_stages", () => {
  it("has one row per case event, with the rank and stage the pipeline gives it", async () => {
    const warehouse = await tempWarehouse();
    try {
      await runModels(warehouse.connection);
      const stages = await rows(warehouse, dimCaseStages);
      expect(stages.map((r) => r.event)).toEqual([...CASE_EVENTS].sort());
      const byEvent = Object.fromEntries(stages.map(({ event, ...rest }) => [event, rest]));
      expect(byEvent).toEqual({
        investigation_opened: { stage_rank: 1, stage: "investigation_opened" },
        suspect_identified: { stage_rank: 2, stage: "suspect_identified" },
        arrest: { stage_rank: 3, stage: "arrest" },
        charged: { stage_rank: 4, stage: "charged" },
        trial_opened: { stage_rank: 5, stage: "trial_opened" },
        acquitted: { stage_rank: 6, stage: "verdict" },
        convicted: { stage_rank: 7, stage: "convicted" },
        sentenced: { stage_rank: 7, stage: "convicted" },
        dismissed: { stage_rank: null, stage: null },
        appeal: { stage_rank: null, stage: null },
        conviction_overturned: { stage_rank: null, stage: null },
        sentence_commuted: { stage_rank: null, stage: null },
        reparations_awarded: { stage_rank: null, stage: null },
        no_progress_reported: { stage_rank: null, stage: null },
      });
      const types = await rows(
        warehouse,
        `SELECT column_name, data_type FROM duckdb_columns()
         WHERE table_name = 'dim_case_stages' ORDER BY column_index`,
      );
      expect(types).toEqual([
        { column_name: "event", data_type: "VARCHAR" },
        { column_name: "stage_rank", data_type: "INTEGER" },
        { column_name: "stage", data_type: "VARCHAR" },
      ]);
    } finally {
      warehouse.close();
    }
  });

  it("reads the contract's tables, which one reference model makes and a refresh makes again", async () => {
    const models = modelFiles();
    const dim = models.find((m) => m.name === "dim_case_stages")!;
    expect(dim.reads("ref_case_event_stages") && dim.reads("ref_pipeline_stages")).toBe(true);
    for (const table of Object.keys(CONTRACT_TABLES))
      expect(models.filter((m) => m.creates.includes(table)).map((m) => m.name)).toEqual(["load_contract"]);

    const warehouse = await tempWarehouse();
    try {
      await refreshModels(warehouse.connection);
      const built = await rows(warehouse, dimCaseStages);
      await warehouse.connection.run("DELETE FROM dim_case_stages"); // only a rebuild brings its rows back
      await warehouse.connection.run("DROP TABLE ref_pipeline_stages");
      await refreshModels(warehouse.connection); // a missing table is made again, and what reads it rebuilt
      expect(await rows(warehouse, "SELECT stage, stage_rank FROM ref_pipeline_stages ORDER BY stage_rank")).toEqual(
        [
          "no_case",
          "investigation_opened",
          "suspect_identified",
          "arrest",
          "charged",
          "trial_opened",
          "verdict",
          "convicted",
        ].map((stage, stage_rank) => ({ stage, stage_rank })),
      );
      expect(await rows(warehouse, dimCaseStages)).toEqual(built);
    } finally {
      warehouse.close();
    }
  });
});
