// After a load, only what it can have changed is rebuilt (etl/warehouse/models.ts).
// That must give exactly the tables a rebuild from scratch gives.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadFiles } from "../etl/load/load-files.ts";
import { refreshModels, runModels } from "../etl/warehouse/models.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";

const hand = (file: string) => path.join(REPO_ROOT, "tests/fixtures/hand", file);
const delta = (file: string) => path.join(REPO_ROOT, "tests/fixtures/delta", file);

/** Every model table as (rows, order-independent hash of its rows). */
async function fingerprint(warehouse: Warehouse): Promise<Record<string, unknown>> {
  const tables = (
    await rows(warehouse, "SELECT table_name FROM duckdb_tables() WHERE regexp_matches(table_name, '^(stg|dim|fct|bridge|mart|audit)_') ORDER BY 1")
  ).map((r) => String(r.table_name));
  const result: Record<string, unknown> = {};
  for (const table of tables) {
    const [row] = await rows(warehouse, `SELECT count(*) AS n, coalesce(bit_xor(hash(t)), 0)::VARCHAR AS h FROM ${table} t`);
    result[table] = row;
  }
  return result;
}

describe("incremental model runs", () => {
  it("give the same tables as a rebuild from scratch, after updates, additions and appended case events", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(hand));
      await loadFiles(warehouse, [delta("incidents.csv"), delta("casualties.csv"), delta("cases.csv")]);
      const incremental = await fingerprint(warehouse);
      // The delta did change things: I2 is now 3 police killed (its new version names no military), C13
      // became an attack casualty, K5 exists.
      expect(await rows(warehouse, "SELECT killed_total FROM fct_incidents WHERE incident_id = 'I2'")).toEqual([{ killed_total: 3 }]);
      expect(await rows(warehouse, "SELECT incident_type FROM fct_casualties WHERE casualty_id = 'C13'")).toEqual([{ incident_type: "malicious_act" }]);
      expect(await rows(warehouse, "SELECT count(*) AS n FROM fct_case_events WHERE case_id = 'K5'")).toEqual([{ n: 1 }]);

      await warehouse.connection.run("BEGIN TRANSACTION");
      await runModels(warehouse.connection); // everything, from scratch
      const rebuilt = await fingerprint(warehouse);
      await warehouse.connection.run("ROLLBACK");
      expect(Object.keys(incremental).length).toBeGreaterThan(15);
      expect(incremental).toEqual(rebuilt);
    } finally {
      warehouse.close();
    }
  });

  it("rebuild nothing when a load changes nothing", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand));
      const before = await fingerprint(warehouse);
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv"].map(hand)); // already loaded: skipped
      expect(await fingerprint(warehouse)).toEqual(before);
    } finally {
      warehouse.close();
    }
  });

  it("bring a warehouse made by older code up to date before a build: missing models are made again", async () => {
    const warehouse = await tempWarehouse();
    try {
      await loadFiles(warehouse, ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map(hand));
      const before = await fingerprint(warehouse);
      await warehouse.connection.run("DROP TABLE mart_impunity; DELETE FROM etl_model_state WHERE model = 'mart_assistance'");
      await refreshModels(warehouse.connection);
      expect(await fingerprint(warehouse)).toEqual(before);
    } finally {
      warehouse.close();
    }
  });
});
