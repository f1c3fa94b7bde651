import { t } from "../messages.ts";
import { openWarehouse } from "../warehouse/connection.ts";
import { loadFiles, type FileLoad } from "../load/load-files.ts";
import { terminalProgress } from "../load/progress.ts";

const SHOWN_REJECTS = 10;

export function reportLoads(results: FileLoad[]): void {
  for (const r of results) {
    if (r.alreadyLoadedAs) {
      console.log(t("etl.load.alreadyLoaded", { file: r.file, loadId: r.alreadyLoadedAs.loadId, date: r.alreadyLoadedAs.at }));
      continue;
    }
    console.log(
      t("etl.load.summary", { file: r.file, kind: r.kind, rowsIn: r.rowsIn, loaded: r.rowsLoaded, rejected: r.rowsRejected, seconds: r.seconds.toFixed(1) }),
    );
    for (const reject of r.rejects.slice(0, SHOWN_REJECTS))
      console.log(t("etl.load.rejectLine", { file: r.file, line: reject.line, field: reject.field ?? "-", reason: reject.reason }));
    if (r.rowsRejected > SHOWN_REJECTS) console.log(t("etl.load.moreRejects", { count: r.rowsRejected - SHOWN_REJECTS }));
  }
}

export async function loadCommand(files: string[], options: { kind?: string; warehouse: string }): Promise<void> {
  const warehouse = await openWarehouse(options.warehouse);
  try {
    reportLoads(await loadFiles(warehouse, files, { kind: options.kind, progress: terminalProgress() }));
  } finally {
    warehouse.close();
  }
}
