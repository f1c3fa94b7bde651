import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { t } from "../messages.ts";
import { openWarehouse, UserError } from "../warehouse/connection.ts";
import { writeExtracts } from "../extract/write-extracts.ts";
import { parseEdition } from "../extract/editions.ts";

/**
 * Removes the files a previous package in outDir listed in its SHA256SUMS, so that
 * none lingers beside the new one (a mission that left the data, say). Only those:
 * whatever else the folder holds is not ours to delete.
 */
function removePreviousPackage(outDir: string): void {
  const sums = path.join(outDir, "SHA256SUMS");
  if (!existsSync(sums)) return;
  for (const line of readFileSync(sums, "utf8").split("\n").filter(Boolean)) {
    const file = line.slice(line.indexOf("  ") + 2);
    if (path.isAbsolute(file) || file.split("/").includes(".."))
      throw new UserError(t("etl.extract.badSums", { file: sums }));
    rmSync(path.join(outDir, file), { force: true });
  }
}

/** Without --edition, the full package; with one, the package that site edition serves (docs/editions.md). */
export async function extractCommand(options: { out: string; warehouse: string; edition?: string }): Promise<void> {
  const edition = options.edition === undefined ? undefined : parseEdition(options.edition);
  const warehouse = await openWarehouse(options.warehouse, { mustExist: true, readOnly: true });
  try {
    removePreviousPackage(options.out);
    const files = await writeExtracts(warehouse.connection, options.out, edition);
    console.table(
      files
        .filter((f) => f.group === "table" || f.group === "metadata")
        .map((f) => ({ file: f.path, rows: f.rows ?? "", bytes: f.bytes })),
    );
    const others = files.filter((f) => f.group !== "table" && f.group !== "metadata");
    const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
    console.log(
      t("etl.extract.summary", {
        files: files.length,
        others: others.length,
        megabytes: megabytes(files.reduce((sum, f) => sum + f.bytes, 0)),
        out: options.out,
      }),
    );
  } finally {
    warehouse.close();
  }
}
