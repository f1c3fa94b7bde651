// Section 3, Attacks: where incident records exist, the attacks of the year by month, attack type and
// host state, and against earlier years. Without them (the UN's fatalities data count people,
// not attacks), the fatal attacks inferred from the deaths: a lower bound.
import { bars, months } from "../charts.ts";
import { scopeWords, sectionStart, chart, keyFigures, lead, table } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

export function attacks(ctx: ReportContext, number: number): Section {
  const { figs, text, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.attacks");
  const { year, previousYear, isPublic, where } = scopeWords(ctx);
  if (!has.incidents) {
    const inferred = f("attacks.fatal_inferred");
    const inferredSentence =
      (inferred.value ?? 0) > 0 &&
      text.th("report.attacks.inferred", { inferred: c("attacks.fatal_inferred"), where, year }, inferred.value);
    return {
      ...section,
      body: html`${lead(text.t("report.attacks.none"), inferredSentence)}
        ${keyFigures(figs, [inferred])}`,
    };
  }
  const byMonth = figs
    .rows("attacks.by_month")
    .map((r) => ({ label: text.shortMonth(Number(r.key)), value: r.cells.incidents.value ?? 0 }));
  const types = figs.rows("attacks.by_type");
  const monthsTitle = text.t("report.attacks.byMonth", { where, year });
  const typesTitle = text.t("report.attacks.byType", { where, year });
  const counts = [{ column: "incidents" }, { column: "fatal_incidents" }];
  const figuresIn = (ids: string) => text.t("report.chart.figures", { ids });
  const monthsOptions = { title: monthsTitle, y: text.t("report.measure.attacks") };
  const byType = {
    set: "attacks.by_type",
    title: typesTitle,
    keyLabel: text.t("col.attackType"),
    columns: [...counts, { column: "killed" }],
  };
  const previous = { column: "incidents_previous", label: text.t("report.col.attacksIn", { year: previousYear }) };
  const byHostState = {
    set: "attacks.by_host_state",
    title: text.t("report.attacks.byHostState", { year }),
    keyLabel: text.t("col.hostState"),
    columns: [...counts, previous],
  };
  const byYear = {
    set: "attacks.by_year",
    title: text.t("report.attacks.byYear", { where }),
    keyLabel: text.t("col.year"),
    columns: counts,
  };
  return {
    ...section,
    body: html`${lead(
      text.th(
        "report.attacks.lead",
        {
          attacks: c("attacks.incidents"),
          where,
          year,
          change: c("attacks.incidents_change"),
          previousYear: previousYear,
          fatal: c("attacks.fatal_incidents"),
        },
        f("attacks.incidents").value,
      ),
      types[0] &&
        text.th("report.attacks.topType", { type: types[0].name, attacks: figs.cite(types[0].cells.incidents) }),
    )}
      ${keyFigures(figs, [f("attacks.incidents"), f("attacks.fatal_incidents"), f("attacks.incidents_previous")])}
      ${chart(n, monthsTitle, months(byMonth, monthsOptions), figuresIn("attacks.by_month.incidents/<month>"))}
      ${table(ctx, n, { set: "attacks.by_month", title: monthsTitle, keyLabel: text.t("col.month"), columns: counts })}
      ${
        types.length
          ? chart(
              n,
              typesTitle,
              bars(
                types.map((r) => ({ label: r.name, value: r.cells.incidents.value ?? 0 })),
                { title: typesTitle, x: text.t("report.measure.attacks"), format: text.integer },
              ),
              text.t("report.chart.figures", { ids: "attacks.by_type.incidents/<attack_type>" }),
            )
          : ""
      }
      ${table(ctx, n, byType)}
      ${isPublic ? table(ctx, n, byHostState) : ""}
      ${table(ctx, n, byYear)}`,
  };
}
