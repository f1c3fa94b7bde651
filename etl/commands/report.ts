import path from "node:path";
import { t } from "../messages.ts";
import { buildReport } from "../report/build-report.ts";
import { editionDir, parseEdition } from "../extract/editions.ts";

export interface ReportCommandOptions {
  year: number;
  out?: string;
  edition: string;
  lang: string;
  warehouse: string;
}

/** By default reports/<edition>/<year>/<lang>, beside the warehouse's repository. */
export const defaultReportDir = (o: { year: number; edition: string; lang: string }) =>
  path.join("reports", editionDir(parseEdition(o.edition)), String(o.year), o.lang);

export async function reportCommand(options: ReportCommandOptions): Promise<void> {
  const out = options.out ?? defaultReportDir(options);
  const r = await buildReport({ ...options, out });
  const kb = (n: number) => (n / 1000).toFixed(0);
  console.log(
    t("report.done", {
      dir: path.relative(process.cwd(), r.dir) || ".",
      pages: r.pages,
      pdf: kb(r.bytes.pdf),
      html: kb(r.bytes.html),
      json: kb(r.bytes.figures),
      figures: r.figures,
      seconds: r.seconds.toFixed(1),
      // performance.now() counts from the start of the process: the command's whole time.
      total: (performance.now() / 1000).toFixed(1),
    }),
  );
}
