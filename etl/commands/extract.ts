import path from "node:path";
import { openWarehouse } from "../warehouse/connection.ts";
import { writeExtracts } from "../extract/write-extracts.ts";

export async function extractCommand(options: { out: string; warehouse: string }): Promise<void> {
  const warehouse = await openWarehouse(options.warehouse, { mustExist: true, readOnly: true });
  try {
    const files = await writeExtracts(warehouse.connection, options.out);
    console.table(files.map((f) => ({ file: path.relative(process.cwd(), f.file), rows: f.rows, bytes: f.bytes })));
  } finally {
    warehouse.close();
  }
}
