// Section 7, Progress per state: each host state's year side by side (public edition), or the
// edition's state against every host state together (state edition).
import { bars } from "../charts.ts";
import { chart, lead, scopeWords, sectionStart, table } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

const COLUMNS = [
  "killed",
  "investigations_opened",
  "convictions",
  "without_verdict",
  "backlog_change",
  "share_with_conviction",
  "requests_sent",
  "replies",
  "assistance",
];

export function progress(ctx: ReportContext, number: number): Section {
  const { figs, text } = ctx;
  const { section, n } = sectionStart(ctx, number, "report.section.progress");
  const { year, isPublic } = scopeWords(ctx);
  const set = "progress.by_host_state";
  const rows = figs.rows(set);
  // The chart from the highest share down; the sentence names every state that has the highest.
  const rated = rows
    .filter((r) => r.cells.share_with_conviction.value !== null)
    .sort((a, b) => b.cells.share_with_conviction.value! - a.cells.share_with_conviction.value!);
  const top =
    rated.length && rated[0].cells.share_with_conviction.value! > 0
      ? rated.filter((r) => r.cells.share_with_conviction.value === rated[0].cells.share_with_conviction.value)
      : [];
  const list = new Intl.ListFormat(text.lang === "zh" ? "zh-Hans" : text.lang, { type: "conjunction" });
  const best =
    top.length > 0 &&
    text.th(top.length === 1 ? "report.progress.best" : "report.progress.bestTied", {
      state: list.format(top.map((r) => r.name)),
      share: figs.cite(top[0].cells.share_with_conviction),
    });
  const title = isPublic
    ? text.t("report.progress.table", { year })
    : text.t("report.progress.tableState", { state: ctx.stateName, year });
  const chartTitle = text.t("report.progress.chart", { year });
  const sentence = isPublic
    ? text.th("report.progress.lead", { year })
    : text.th("report.progress.leadState", {
        state: ctx.stateName,
        share: figs.cite(rows[0].cells.share_with_conviction),
        all: figs.cite(rows[1].cells.share_with_conviction),
        year,
      });
  const byHostState = {
    set,
    title,
    keyLabel: text.t("col.hostState"),
    columns: COLUMNS.map((column) => ({ column })),
    note: text.t("report.progress.note"),
  };
  return {
    ...section,
    body: html`${lead(sentence, isPublic && best)}
      ${
        rated.length
          ? chart(
              n,
              chartTitle,
              bars(
                rated.map((r) => ({ label: r.name, value: r.cells.share_with_conviction.value! })),
                {
                  title: chartTitle,
                  x: text.t("report.measure.shareWithConviction"),
                  format: text.percent,
                  percent: true,
                },
              ),
              text.t("report.chart.figures", { ids: `${set}.share_with_conviction/<ISO3>` }),
            )
          : ""
      }
      ${table(ctx, n, byHostState)}`,
  };
}
