// A throwaway warehouse per test file, loaded through the real ETL path.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openWarehouse, type Warehouse } from "../../etl/warehouse/connection.ts";

export function tempWarehousePath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "blue-ledger-test-")), "test.duckdb");
}

export async function tempWarehouse(): Promise<Warehouse> {
  return openWarehouse(tempWarehousePath());
}

/** Rows with BIGINT counts as numbers and dates as ISO text, for plain toEqual checks. */
export async function rows(warehouse: Warehouse, sql: string): Promise<Record<string, unknown>[]> {
  const result = await warehouse.connection.runAndReadAll(sql);
  return result
    .getRowObjectsJson()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === "string" && /^-?\d+$/.test(v) && !k.endsWith("_id") ? Number(v) : v,
        ]),
      ),
    );
}

/** A factory of throwaway warehouses for one test file, each closed after its test. */
export function warehousePerTest(afterEach: (fn: () => void) => void): () => Promise<Warehouse> {
  let open: Warehouse[] = [];
  afterEach(() => {
    open.forEach((w) => w.close());
    open = [];
  });
  return async () => {
    const w = await tempWarehouse();
    open.push(w);
    return w;
  };
}
