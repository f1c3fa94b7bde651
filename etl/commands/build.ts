// `npm run build [-- --edition public|state:<ISO3>] [--languages ar,zh,en,fr,ru,es] [--reports 2022,2023]`.
import { parseEdition } from "../extract/editions.ts";
import { t } from "../messages.ts";
import { buildSite, DIST_DIR, parseLanguages } from "../site/build.ts";
import { UserError } from "../warehouse/connection.ts";

export async function buildCommand(options: {
  edition: string;
  languages?: string;
  reports: string;
  warehouse: string;
}) {
  const years = options.reports
    .split(",")
    .filter(Boolean)
    .map((y) => (/^\d{4}$/.test(y.trim()) ? Number(y) : Number.NaN));
  if (years.some(Number.isNaN)) throw new UserError(t("report.error.reportsOption", { value: options.reports }));
  const edition = parseEdition(options.edition);
  await buildSite(options.warehouse, edition, DIST_DIR, parseLanguages(options.languages), [], years);
}
