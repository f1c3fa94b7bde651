// Section 6, UN capacity-building assistance: the activities that started in the year, by
// recipient state and by assistance type, with their amounts where known.
import { bars } from "../charts.ts";
import { scopeWords, sectionStart, chart, keyFigures, lead, table } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

export function assistance(ctx: ReportContext, number: number): Section {
  const { figs, text, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.assistance");
  const { year, isPublic } = scopeWords(ctx);
  if (!has.assistance) return { ...section, body: lead(text.t("report.assistance.none")) };
  const activities = f("assistance.activities");
  const sentence = isPublic
    ? text.th(
        "report.assistance.lead",
        {
          activities: c("assistance.activities"),
          year,
          recipients: c("assistance.recipients"),
          amount: c("assistance.amount_usd"),
          withAmount: c("assistance.activities_with_amount"),
          previous: c("assistance.activities_previous"),
        },
        activities.value,
      )
    : text.th(
        "report.assistance.leadState",
        {
          activities: c("assistance.activities"),
          year,
          state: ctx.stateName,
          amount: c("assistance.amount_usd"),
          withAmount: c("assistance.activities_with_amount"),
          previous: c("assistance.activities_previous"),
        },
        activities.value,
      );
  const types = figs.rows("assistance.by_type");
  const title = text.t("report.assistance.byType", { year });
  const columns = [{ column: "activities" }, { column: "amount_usd" }];
  const byRecipient = {
    set: "assistance.by_recipient",
    title: text.t("report.assistance.byRecipient", { year }),
    keyLabel: text.t("report.col.recipient"),
    columns,
    note: text.t("report.assistance.note"),
  };
  return {
    ...section,
    body: html`${lead(sentence)}
      ${keyFigures(figs, [activities, f("assistance.amount_usd"), f("assistance.activities_previous")])}
      ${
        types.length
          ? chart(
              n,
              title,
              bars(
                types.map((r) => ({ label: r.name, value: r.cells.activities.value ?? 0 })),
                { title, x: text.t("report.measure.activities"), format: text.integer },
              ),
              text.t("report.chart.figures", { ids: "assistance.by_type.activities/<assistance_type>" }),
            )
          : ""
      }
      ${table(ctx, n, { set: "assistance.by_type", title, keyLabel: text.t("col.assistanceType"), columns })}
      ${isPublic ? table(ctx, n, byRecipient) : ""}`,
  };
}
