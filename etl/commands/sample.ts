import path from "node:path";
import { openWarehouse, WAREHOUSE_DIR } from "../warehouse/connection.ts";
import { loadFiles } from "../load/load-files.ts";
import { terminalProgress } from "../load/progress.ts";
import { generateSample } from "../sample/generate.ts";
import { reportLoads } from "./load.ts";

export const SAMPLE_KINDS = ["incidents", "casualties", "cases", "assistance", "requests"] as const;

/** Generates the sample exports (into warehouse/sample/) and loads them, marked as sample data. */
export async function sampleCommand(options: { scale: number; seed: number; warehouse: string }): Promise<void> {
  const outDir = path.join(WAREHOUSE_DIR, "sample", `seed-${options.seed}-scale-${options.scale}`);
  const started = performance.now();
  const counts = await generateSample({ outDir, seed: options.seed, scale: options.scale });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`sample: generated ${JSON.stringify(counts)} in ${seconds} s → ${outDir}`);
  const warehouse = await openWarehouse(options.warehouse);
  try {
    const files = SAMPLE_KINDS.map((kind) => path.join(outDir, `${kind}.csv`));
    reportLoads(await loadFiles(warehouse, files, { source: "sample", progress: terminalProgress() }));
  } finally {
    warehouse.close();
  }
}
