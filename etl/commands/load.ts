import { t } from "../messages.ts";
import { openWarehouse, UserError } from "../warehouse/connection.ts";
import { loadFiles, type FileLoad } from "../load/load-files.ts";
import { terminalProgress } from "../load/progress.ts";

const SHOWN_REJECTS = 10;

export function reportLoads(results: FileLoad[]): void {
  for (const r of results) {
    if (r.alreadyLoadedAs) {
      console.log(
        t("etl.load.alreadyLoaded", { file: r.file, loadId: r.alreadyLoadedAs.loadId, date: r.alreadyLoadedAs.at }),
      );
      continue;
    }
    const counts = {
      file: r.file,
      kind: r.kind,
      rowsIn: r.rowsIn,
      loaded: r.rowsLoaded,
      rejected: r.rowsRejected,
      leftOut: r.rowsLeftOut,
      seconds: r.seconds.toFixed(1),
    };
    console.log(t(r.rowsLeftOut ? "etl.load.leftOutSummary" : "etl.load.summary", counts));
    for (const left of r.leftOut)
      console.log(t("etl.load.leftOutLine", { rows: left.rows, reason: left.reason, line: left.firstLine }));
    for (const reject of r.rejects.slice(0, SHOWN_REJECTS))
      console.log(
        t("etl.load.rejectLine", {
          file: r.file,
          line: reject.line,
          field: reject.field ?? "-",
          reason: reject.reason,
        }),
      );
    if (r.rowsRejected > SHOWN_REJECTS)
      console.log(t("etl.load.moreRejects", { count: r.rowsRejected - SHOWN_REJECTS }));
  }
}

export async function loadCommand(
  files: string[],
  options: { kind?: string; accessed?: string; warehouse: string },
): Promise<void> {
  if (options.accessed !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.accessed))
    throw new UserError(t("etl.load.accessedDate", { value: options.accessed }));
  const warehouse = await openWarehouse(options.warehouse);
  try {
    reportLoads(
      await loadFiles(warehouse, files, {
        kind: options.kind,
        accessedOn: options.accessed,
        progress: terminalProgress(),
      }),
    );
  } finally {
    warehouse.close();
  }
}
