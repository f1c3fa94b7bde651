// Section 5, What states reported: the requests the UN sent host states by note verbale about
// attacks, the replies and how much they covered, and what was still unanswered at year's end.
import { bars, stacked } from "../charts.ts";
import { scopeWords, sectionStart, chart, keyFigures, lead, table, yearTable } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

const COVERAGE = ["replies_in_full", "replies_in_part", "replies_without_information"] as const;
/** The catalogue's name of each, report.measure.<name>. */
const COVERAGE_MEASURES: Record<(typeof COVERAGE)[number], string> = {
  replies_in_full: "repliesInFull",
  replies_in_part: "repliesInPart",
  replies_without_information: "repliesWithoutInformation",
};

export function requests(ctx: ReportContext, number: number): Section {
  const { figs, text, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.requests");
  const { year, isPublic, whereTo: where } = scopeWords(ctx);
  if (!has.requests) return { ...section, body: lead(text.t("report.requests.none")) };
  const body = [
    lead(
      text.th(
        "report.requests.lead",
        {
          sent: c("requests.sent"),
          where,
          year,
          replies: c("requests.replies"),
          full: c("requests.replies_in_full"),
          part: c("requests.replies_in_part"),
          none: c("requests.replies_without_information"),
        },
        f("requests.sent").value,
      ),
      text.th(
        "report.requests.unanswered",
        { year, unanswered: c("requests.unanswered"), overdue: c("requests.overdue") },
        f("requests.unanswered").value,
      ),
    ),
    keyFigures(figs, ["requests.sent", "requests.replies", "requests.unanswered", "requests.overdue"].map(f)),
  ];
  const coverage = COVERAGE.map((col) => text.t(`report.measure.${COVERAGE_MEASURES[col]}`));
  if (isPublic) {
    const rows = figs.rows("requests.by_host_state");
    const title = text.t("report.requests.byHostState", { year });
    const parts = rows.flatMap((r) =>
      COVERAGE.map((col, i) => ({ label: r.name, series: coverage[i], value: r.cells[col].value ?? 0 })),
    );
    if (parts.some((p) => p.value > 0))
      body.push(
        chart(
          n,
          text.t("report.requests.chart", { year }),
          stacked(parts, {
            title: text.t("report.requests.chart", { year }),
            x: text.t("report.unit.replies"),
            series: coverage,
          }),
          text.t("report.chart.figures", { ids: "requests.by_host_state.<column>/<ISO3>" }),
        ),
      );
    body.push(
      table(ctx, n, {
        set: "requests.by_host_state",
        title,
        keyLabel: text.t("col.hostState"),
        columns: ["sent", "replies", ...COVERAGE, "unanswered", "overdue"].map((column) => ({ column })),
        note: text.t("report.requests.note"),
      }),
    );
  } else {
    const title = text.t("report.requests.stateChart", { state: ctx.stateName, year });
    body.push(
      chart(
        n,
        title,
        bars(
          COVERAGE.map((col, i) => ({ label: coverage[i], value: f(`requests.${col}`).value ?? 0 })),
          { title, x: text.t("report.unit.replies"), format: text.integer },
        ),
        text.t("report.chart.figures", { ids: "requests.<column>" }),
      ),
    );
    const row = (now: string, before?: string) => ({
      label: f(now).measure,
      now: f(now),
      before: before ? f(before) : undefined,
    });
    body.push(
      yearTable(ctx, n, {
        title,
        rows: [
          row("requests.sent", "requests.sent_previous"),
          row("requests.replies", "requests.replies_previous"),
          ...COVERAGE.map((col) => row(`requests.${col}`)),
          row("requests.unanswered"),
          row("requests.overdue"),
        ],
      }),
    );
  }
  return { ...section, body: html`${body}` };
}
