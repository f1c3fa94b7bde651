// Tells which kind of export a file is from its columns.
import { t } from "../messages.ts";
import { EXPORT_KINDS, exportKind, type ExportKind } from "../contract/kinds.ts";
import { columnsOf } from "../contract/columns.ts";
import { UserError } from "../warehouse/connection.ts";

function fit(kind: ExportKind, header: Set<string>) {
  const columns = columnsOf(kind);
  const missing = columns.filter((c) => c.required && !header.has(c.name)).map((c) => c.name);
  const known = new Set(columns.map((c) => c.name));
  const unknown = [...header].filter((h) => !known.has(h));
  return { kind, missing, unknown, matched: header.size - unknown.length };
}

export function detectKind(file: string, header: string[], requested?: string): ExportKind {
  const names = new Set(header);
  if (requested) {
    const { kind, missing, unknown } = fit(exportKind(requested), names);
    if (missing.length)
      throw new UserError(t("etl.kind.missingColumns", { file, kind: kind.name, missing: missing.join(", ") }));
    if (unknown.length)
      throw new UserError(t("etl.kind.unknownColumns", { file, kind: kind.name, unknown: unknown.join(", ") }));
    return kind;
  }
  const fits = EXPORT_KINDS.map((kind) => fit(kind, names)).sort((a, b) => b.matched - a.matched);
  const exact = fits.find((f) => f.missing.length === 0 && f.unknown.length === 0);
  if (exact) return exact.kind;
  const best = fits[0];
  if (best.missing.length === 0)
    throw new UserError(t("etl.kind.unknownColumns", { file, kind: best.kind.name, unknown: best.unknown.join(", ") }));
  throw new UserError(
    t("etl.kind.unknown", {
      file,
      columns: header.join(", ") || "none",
      kind: best.kind.name,
      missing: best.missing.join(", "),
    }),
  );
}
