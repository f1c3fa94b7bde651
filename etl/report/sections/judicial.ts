// Section 4, Judicial follow-up: the steps the cases took in the year (investigations, arrests,
// trials, verdicts, convictions, in absentia apart), the backlog of fatal attacks without a
// verdict, the time to a first conviction, against the year before; and the events of the year
// in the public record, each with its source.
import { bars } from "../charts.ts";
import { scopeWords, sectionStart, chart, keyFigures, lead, para, records, table, yearTable } from "../layout.ts";
import type { Numbering, ReportContext, Section } from "../layout.ts";
import { html, type Html } from "../text.ts";
import type { Row } from "../report-db.ts";

export function judicial(ctx: ReportContext, number: number, record: Row[]): Section {
  const { figs, text, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.judicial");
  const { year, previousYear, isPublic, where } = scopeWords(ctx);
  const steps =
    has.cases &&
    text.th(
      "report.judicial.steps",
      {
        where,
        year,
        investigations: c("judicial.investigations_opened"),
        previous: c("judicial.investigations_opened_previous"),
        previousYear: previousYear,
        arrests: c("judicial.arrests"),
        trials: c("judicial.trials_opened"),
        verdicts: c("judicial.verdicts"),
      },
      f("judicial.investigations_opened").value,
    );
  const convicted = (f("judicial.convictions").value ?? 0) > 0;
  const convictions =
    has.cases &&
    (convicted
      ? text.th(
          "report.judicial.convictions",
          {
            convictions: c("judicial.convictions"),
            change: c("judicial.convictions_change"),
            inAbsentia: c("judicial.convictions_in_absentia"),
            persons: c("judicial.persons_convicted"),
            personsInAbsentia: c("judicial.persons_in_absentia"),
          },
          f("judicial.convictions").value,
        )
      : text.th("report.judicial.noConviction", {
          convictions: c("judicial.convictions"),
          change: c("judicial.convictions_change"),
        }));
  const backlog = text.th("report.judicial.backlog", {
    year,
    backlog: c("judicial.backlog.without_verdict"),
    fatal: c("judicial.backlog.fatal_to_date"),
    change: c("judicial.backlog.backlog_change"),
    withConviction: c("judicial.backlog.with_conviction"),
    share: c("judicial.backlog.share_with_conviction"),
  });
  const first = f("judicial.first_convictions.first_convictions");
  const time =
    (first.value ?? 0) > 0 &&
    text.th(
      "report.judicial.time",
      {
        first: c("judicial.first_convictions.first_convictions"),
        year,
        median: c("judicial.first_convictions.median_days"),
      },
      first.value,
    );

  const parts: Html[] = [
    lead(has.cases ? false : text.t("report.judicial.noCases"), steps, convictions, backlog, time),
  ];
  parts.push(
    keyFigures(
      figs,
      [
        ...(has.cases
          ? [
              "judicial.investigations_opened",
              "judicial.arrests",
              "judicial.trials_opened",
              "judicial.verdicts",
              "judicial.convictions",
              "judicial.convictions_in_absentia",
            ]
          : []),
        "judicial.backlog.without_verdict",
        "judicial.first_convictions.median_days",
      ].map(f),
    ),
  );
  if (isPublic) {
    const backlogRows = figs.rows("judicial.backlog.by_host_state");
    const backlogTitle = text.t("report.judicial.backlogByHostState", { year });
    const top = backlogRows.filter((r) => (r.cells.without_verdict.value ?? 0) > 0).slice(0, 15);
    if (top.length)
      parts.push(
        chart(
          n,
          backlogTitle,
          bars(
            top.map((r) => ({ label: r.name, value: r.cells.without_verdict.value! })),
            { title: backlogTitle, x: text.t("report.measure.withoutVerdict"), format: text.integer },
          ),
          text.t("report.chart.figures", { ids: "judicial.backlog.by_host_state.without_verdict/<ISO3>" }),
        ),
      );
    if (has.cases)
      parts.push(
        table(ctx, n, {
          set: "judicial.by_host_state",
          title: text.t("report.judicial.stepsByHostState", { year }),
          keyLabel: text.t("col.hostState"),
          columns: [
            ...[
              "investigations_opened",
              "arrests",
              "trials_opened",
              "verdicts",
              "convictions",
              "convictions_in_absentia",
            ].map((column) => ({ column })),
            { column: "convictions_previous", label: text.t("report.col.convictionsIn", { year: previousYear }) },
          ],
          note: text.t("report.judicial.stepsNote"),
        }),
      );
    parts.push(
      table(ctx, n, {
        set: "judicial.backlog.by_host_state",
        title: backlogTitle,
        keyLabel: text.t("col.hostState"),
        columns: [
          { column: "without_verdict_previous", label: text.t("report.col.backlogAtEnd", { year: previousYear }) },
          { column: "without_verdict", label: text.t("report.col.backlogAtEnd", { year }) },
          { column: "backlog_change" },
          { column: "fatal_to_date" },
          { column: "with_conviction" },
          { column: "share_with_conviction" },
        ],
      }),
    );
    parts.push(
      table(ctx, n, {
        set: "judicial.first_convictions.by_host_state",
        title: text.t("report.judicial.timeByHostState", { year }),
        keyLabel: text.t("col.hostState"),
        columns: [{ column: "first_convictions" }, { column: "median_days" }],
      }),
    );
  } else {
    const stepBars = ["investigations_opened", "arrests", "trials_opened", "verdicts", "convictions"].map((col) =>
      f(`judicial.${col}`),
    );
    const stepsTitle = text.t("report.judicial.stepsChart", { where, year });
    if (has.cases)
      parts.push(
        chart(
          n,
          stepsTitle,
          bars(
            stepBars.map((x) => ({ label: x.measure, value: x.value ?? 0 })),
            { title: stepsTitle, x: text.t("report.unit.cases"), format: text.integer },
          ),
          text.t("report.chart.figures", { ids: "judicial.<column>" }),
        ),
      );
    const row = (now: string, before?: string) => ({
      label: f(now).measure,
      now: f(now),
      before: before ? f(before) : undefined,
    });
    if (has.cases)
      parts.push(
        yearTable(ctx, n, {
          title: stepsTitle,
          rows: [
            row("judicial.investigations_opened", "judicial.investigations_opened_previous"),
            row("judicial.arrests"),
            row("judicial.trials_opened"),
            row("judicial.verdicts"),
            row("judicial.convictions", "judicial.convictions_previous"),
            row("judicial.convictions_in_absentia"),
            row("judicial.persons_convicted"),
            row("judicial.persons_in_absentia"),
            row("judicial.acquittals"),
            row("judicial.overturned"),
            row("judicial.no_progress"),
          ],
        }),
      );
    parts.push(
      yearTable(ctx, n, {
        title: text.t("report.judicial.backlogTable", { where, year }),
        rows: [
          row("judicial.backlog.without_verdict", "judicial.backlog.without_verdict_previous"),
          row("judicial.backlog.fatal_to_date"),
          row("judicial.backlog.with_conviction"),
          row("judicial.backlog.with_effective_conviction"),
          row("judicial.backlog.share_with_conviction"),
          row("judicial.first_convictions.first_convictions"),
          row("judicial.first_convictions.median_days"),
        ],
      }),
    );
  }
  if (has.publicRecord) parts.push(publicRecord(ctx, n, record));
  return { ...section, body: html`${parts}` };
}

/** The public record's events of the year: records, each with its source, not figures. */
function publicRecord(ctx: ReportContext, n: Numbering, record: Row[]): Html {
  const { figs, text, scope } = ctx;
  const intro = text.th(
    "report.judicial.record",
    { events: figs.cite("judicial.public_record.events"), year: text.year(scope.year) },
    figs.value("judicial.public_record.events"),
  );
  if (!record.length) return para(intro);
  const source = (r: Row) => {
    const date = r.source_date ? `, ${text.date(String(r.source_date))}` : "";
    const url = r.source_url ? html`<span class="url">${String(r.source_url)}</span>` : "";
    return html`${String(r.source_publisher ?? "")}${date}${url}`;
  };
  return html`${para(intro)}${records(n, {
    title: text.t("report.judicial.recordTable", { year: text.year(scope.year) }),
    head: [
      text.t("col.date"),
      text.t("col.hostState"),
      text.t("col.caseId"),
      text.t("col.event"),
      text.t("col.court"),
      text.t("col.sourceLink"),
    ],
    rows: record.map((r) => [
      html`<span class="nowrap">${text.shortDate(String(r.event_date))}</span>`,
      r.host_state ? text.state(String(r.host_state)) : "–",
      String(r.case_id),
      text.t(`event.${r.event}`),
      String(r.court_name ?? text.t(`court_type.${r.court_type}`)),
      source(r),
    ]),
    note: text.t("report.judicial.recordNote"),
  })}`;
}
