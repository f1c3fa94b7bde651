// Section 1, Summary: the year in a few sentences, deaths over ten years, and the year at a
// glance against the year before.
import { years } from "../charts.ts";
import { scopeWords, sectionStart, chart, lead, yearTable } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

export function summary(ctx: ReportContext, number: number): Section {
  const { figs, text, scope, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.summary");
  const { year, previousYear, isPublic, where, whereTo } = scopeWords(ctx);

  const sentences = [
    text.th(
      "report.summary.killed",
      { year, where, killed: c("fatalities.killed"), change: c("fatalities.killed_change"), previousYear },
      f("fatalities.killed").value,
    ),
    has.injuries &&
      text.th("report.summary.injured", { injured: c("fatalities.injured") }, f("fatalities.injured").value),
    has.incidents
      ? text.th(
          "report.summary.attacks",
          { attacks: c("attacks.incidents"), fatal: c("attacks.fatal_incidents") },
          f("attacks.incidents").value,
        )
      : text.th("report.summary.inferred", { inferred: c("attacks.fatal_inferred") }),
    has.cases
      ? text.th(
          (f("judicial.convictions").value ?? 0) > 0
            ? "report.summary.judicial"
            : "report.summary.judicialNoConviction",
          {
            investigations: c("judicial.investigations_opened"),
            convictions: c("judicial.convictions"),
            ...((f("judicial.convictions").value ?? 0) > 0
              ? { inAbsentia: c("judicial.convictions_in_absentia") }
              : {}),
            backlog: c("judicial.backlog.without_verdict"),
          },
        )
      : text.th("report.summary.noCases", { backlog: c("judicial.backlog.without_verdict") }),
    has.requests &&
      text.th("report.summary.requests", {
        sent: c("requests.sent"),
        where: whereTo,
        replies: c("requests.replies"),
        overdue: c("requests.overdue"),
      }),
    has.assistance &&
      (isPublic
        ? text.th(
            "report.summary.assistance",
            { activities: c("assistance.activities") },
            f("assistance.activities").value,
          )
        : text.th(
            "report.summary.assistanceState",
            { activities: c("assistance.activities"), state: ctx.stateName },
            f("assistance.activities").value,
          )),
  ];

  const killedByYear = figs
    .rows("fatalities.by_year")
    .map((r) => ({ year: Number(r.key), value: r.cells.killed.value ?? 0 }));
  const row = (now: string, before?: string) => ({
    label: f(now).measure,
    now: f(now),
    before: before ? f(before) : undefined,
  });
  const glance = [
    row("fatalities.killed", "fatalities.killed_previous"),
    ...(has.injuries ? [row("fatalities.injured", "fatalities.injured_previous")] : []),
    ...(has.incidents ? [row("attacks.incidents", "attacks.incidents_previous")] : []),
    ...(has.cases
      ? [
          row("judicial.investigations_opened", "judicial.investigations_opened_previous"),
          row("judicial.convictions", "judicial.convictions_previous"),
        ]
      : []),
    row("judicial.backlog.without_verdict", "judicial.backlog.without_verdict_previous"),
    ...(has.requests
      ? [row("requests.sent", "requests.sent_previous"), row("requests.replies", "requests.replies_previous")]
      : []),
    ...(has.assistance ? [row("assistance.activities", "assistance.activities_previous")] : []),
  ];
  const chartTitle = text.t("report.summary.chart", { where });
  const chartOptions = {
    title: chartTitle,
    y: text.t("report.measure.killed"),
    highlight: scope.year,
    format: text.integer,
  };
  const chartFigures = text.t("report.chart.figures", { ids: "fatalities.by_year.killed/<year>" });
  return {
    ...section,
    body: html`${lead(...sentences)}
      ${chart(n, chartTitle, years(killedByYear, chartOptions), chartFigures)}
      ${yearTable(ctx, n, { title: text.t("report.summary.table", { year }), rows: glance })}`,
  };
}
