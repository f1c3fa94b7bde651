// Section 2, Fatalities: the people killed (and injured, where recorded) in malicious acts in the
// year, by mission, host state, personnel category and nationality, and against earlier years.
// A state edition looks at attacks in the state and at the state's nationals wherever they served.
import { bars, years, type Bar } from "../charts.ts";
import { scopeWords, sectionStart, chart, keyFigures, lead, table } from "../layout.ts";
import type { Column, ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";

export function fatalities(ctx: ReportContext, number: number): Section {
  const { figs, text, scope, has } = ctx;
  const { section, n, f, c } = sectionStart(ctx, number, "report.section.fatalities");
  const { year, previousYear, isPublic, where } = scopeWords(ctx);
  const people: Column[] = [{ column: "killed" }, ...(has.injuries ? [{ column: "injured" }] : [])];
  const withPrevious: Column[] = [
    ...people,
    { column: "killed_previous", label: text.t("report.col.killedIn", { year: previousYear }) },
  ];

  const missions = figs.rows("fatalities.by_mission");
  const top = missions[0];
  const hostStates = isPublic ? figs.rows("fatalities.by_host_state").filter((r) => r.key !== "not_attributed") : [];
  const sentences = [
    text.th(
      "report.fatalities.lead",
      { killed: c("fatalities.killed"), where, year, previous: c("fatalities.killed_previous"), previousYear },
      f("fatalities.killed").value,
    ),
    top &&
      (top.cells.killed.value ?? 0) > 0 &&
      text.th("report.fatalities.topMission", { mission: top.name, killed: figs.cite(top.cells.killed) }),
    hostStates[0] &&
      (hostStates[0].cells.killed.value ?? 0) > 0 &&
      text.th("report.fatalities.topHostState", {
        state: hostStates[0].name,
        killed: figs.cite(hostStates[0].cells.killed),
      }),
    !isPublic &&
      text.th(
        "report.fatalities.nationals",
        { state: ctx.stateName, killed: c("fatalities.nationals.killed"), year },
        f("fatalities.nationals.killed").value,
      ),
    !has.injuries && text.t("report.fatalities.noInjuries"),
  ];
  const killedBars = missions
    .filter((r) => (r.cells.killed.value ?? 0) > 0)
    .map((r) => ({ label: r.name, value: r.cells.killed.value! }));
  const byYear = figs
    .rows("fatalities.by_year")
    .map((r) => ({ year: Number(r.key), value: r.cells.killed.value ?? 0 }));
  const nationals = isPublic ? figs.rows("fatalities.by_nationality") : [];
  const topNationals = nationals
    .filter((r) => (r.cells.killed.value ?? 0) > 0)
    .slice(0, 15)
    .map((r) => ({ label: r.name, value: r.cells.killed.value! }));

  const missionsTitle = text.t("report.fatalities.byMission", { where, year });
  const yearsTitle = text.t("report.fatalities.byYear", { where });
  const nationalityTitle = text.t("report.fatalities.byNationalityChart", { year });
  const killed = text.t("report.measure.killed");
  const figuresIn = (ids: string) => text.t("report.chart.figures", { ids });
  /** A chart of people killed, one bar per row; `ids` names the table's figures. */
  const killedChart = (title: string, rows: Bar[], ids: string) =>
    chart(n, title, bars(rows, { title, x: killed, format: text.integer }), figuresIn(ids));
  const yearsOptions = { title: yearsTitle, y: killed, highlight: scope.year, format: text.integer };
  /** A table of the set's rows: its key column headed `keyColumn` (col.*), its columns of people. */
  const tableOf = (set: string, title: string, keyColumn: string, columns: Column[]) => ({
    set,
    title,
    keyLabel: text.t(`col.${keyColumn}`),
    columns,
  });
  const hostStatesTitle = text.t("report.fatalities.byHostState", { year });
  const categoriesTitle = text.t("report.fatalities.byCategory", { where, year });
  const nationalitiesTitle = text.t("report.fatalities.byNationality", { year });
  const nationalsTitle = text.t("report.fatalities.nationalsByMission", { state: ctx.stateName, year });
  const byMission = tableOf("fatalities.by_mission", missionsTitle, "mission", withPrevious);
  const byHostState = tableOf("fatalities.by_host_state", hostStatesTitle, "hostState", withPrevious);
  const byCategory = tableOf("fatalities.by_category", categoriesTitle, "personnelCategory", people);
  const byNationality = tableOf("fatalities.by_nationality", nationalitiesTitle, "nationality", people);
  const nationalsByMission = tableOf("fatalities.nationals.by_mission", nationalsTitle, "mission", people);
  const byYearTable = tableOf("fatalities.by_year", yearsTitle, "year", people);
  return {
    ...section,
    body: html`${lead(...sentences)}
      ${keyFigures(figs, [
        f("fatalities.killed"),
        ...(has.injuries ? [f("fatalities.injured")] : []),
        f("fatalities.killed_previous"),
        ...(isPublic ? [] : [f("fatalities.nationals.killed")]),
      ])}
      ${killedBars.length ? killedChart(missionsTitle, killedBars, "fatalities.by_mission.killed/<mission>") : ""}
      ${table(ctx, n, byMission)}
      ${isPublic ? table(ctx, n, byHostState) : ""}
      ${table(ctx, n, byCategory)}
      ${
        isPublic && topNationals.length
          ? killedChart(nationalityTitle, topNationals, "fatalities.by_nationality.killed/<ISO3>")
          : ""
      }
      ${isPublic ? table(ctx, n, byNationality) : ""}
      ${isPublic ? "" : table(ctx, n, nationalsByMission)}
      ${chart(n, yearsTitle, years(byYear, yearsOptions), figuresIn("fatalities.by_year.killed/<year>"))}
      ${table(ctx, n, byYearTable)}`,
  };
}
