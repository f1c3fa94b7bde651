// Section 8, Methodology and data: the loads the figures come from (each with its sha256), the
// data cutoff, how to recompute any figure from the data package and its id, the definitions,
// the small-cell rule, and the list of figure sets.
import type { LoadedSource } from "../../extract/data-package.ts";
import { figureSets } from "../definitions.ts";
import { lead, Numbering, para, records } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { breakable, html } from "../text.ts";

export type Source = Omit<LoadedSource, "accessed_on">;

const DEFINITIONS = [
  "maliciousAct",
  "attack",
  "fatalAttack",
  "inferred",
  "steps",
  "verdict",
  "inAbsentia",
  "effective",
  "backlog",
  "time",
  "requests",
  "assistance",
];

export function methodology(
  ctx: ReportContext,
  number: number,
  { version, sources }: { version: string; sources: Source[] },
): Section {
  const { text, scope } = ctx;
  const n = new Numbering(number, text);
  const isPublic = scope.audience === "public";
  const edition = isPublic ? text.t("report.edition.public") : text.t("report.edition.state", { state: ctx.stateName });
  const sets = figureSets().filter((s) => !s.audience || s.audience === scope.audience);
  const steps = ["download", "views", "run", "table"].map((k) => {
    const code = html`<code>${text.t(`report.method.recompute.${k}Code`)}</code>`;
    return html`<li>${text.th(`report.method.recompute.${k}`, { code })}</li>`;
  });
  const definitions = DEFINITIONS.map(
    (d) => html`<dt>${text.t(`report.define.${d}.term`)}</dt><dd>${text.t(`report.define.${d}`)}</dd>`,
  );
  return {
    id: `s${number}`,
    title: text.t("report.section.methodology"),
    body: html`${lead(text.th("report.method.lead", { version, cutoff: text.date(scope.cutoff), edition }))}
      ${ctx.isSample ? html`<p class="sample">${text.t("report.sample")}</p>` : ""}
      ${records(n, {
        title: text.t("report.method.sources"),
        head: [
          text.t("col.file"),
          text.t("report.col.kind"),
          text.t("report.col.source"),
          text.t("col.rows"),
          text.t("col.checksum"),
        ],
        rows: sources.map((s) => [
          s.file_name,
          s.kind,
          s.source,
          text.integer(s.rows_loaded),
          html`<code class="sha">${s.file_sha256}</code>`,
        ]),
        note: text.t("report.method.sourcesNote"),
      })}
      <h3 id="${`s${number}-recompute`}">${text.t("report.method.recomputeTitle")}</h3>
      ${para(text.t("report.method.recompute"))}
      <ol class="steps">${steps}</ol>
      ${para(text.t("report.method.ids"))}
      <h3 id="${`s${number}-definitions`}">${text.t("report.method.definitionsTitle")}</h3>
      <dl class="definitions">${definitions}</dl>
      <h3 id="${`s${number}-cells`}">${text.t("report.method.cellsTitle")}</h3>
      ${para(text.t(isPublic ? "report.method.cells" : "report.method.cellsState", { state: ctx.stateName }))}
      <h3 id="${`s${number}-sets`}">${text.t("report.method.setsTitle")}</h3>
      ${records(n, {
        title: text.t("report.method.sets"),
        head: [text.t("report.col.set"), text.t("report.col.rowHolds"), text.t("report.col.tables")],
        rows: sets.map((s) => [
          html`<code>${breakable(s.id)}</code>`,
          s.description,
          s.sql
            .match(/\bmart_\w+/g)
            ?.filter((t, i, all) => all.indexOf(t) === i)
            .join(", ") ?? "",
        ]),
        note: text.t("report.method.setsNote"),
      })}`,
  };
}
