// Annex of a state edition: the case-level detail its site edition has (docs/editions.md), for
// the year: every event of the judicial cases concerning the state, and every attack concerning
// it with its narrative, from warehouse/editions/. Records, not figures; free text as text.
import { Numbering, para, records } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";
import type { Row } from "../report-db.ts";

export function annex(ctx: ReportContext, { events, incidents }: { events: Row[]; incidents: Row[] }): Section {
  const { text, scope } = ctx;
  const n = new Numbering("A", text);
  const year = text.year(scope.year);
  const state = ctx.stateName;
  const s = (v: unknown) => (v === null || v === undefined ? "–" : String(v));
  const id = (v: unknown) => html`<span class="nowrap">${s(v)}</span>`;
  const date = (v: unknown) => html`<span class="nowrap">${text.shortDate(s(v))}</span>`;
  return {
    id: "annex",
    title: text.t("report.section.annex", { state }),
    body: html`<p class="restricted">${text.t("report.annex.restricted", { state })}</p>
      <h3 id="annex-cases">${text.t("report.annex.casesTitle", { state, year })}</h3>
      ${
        events.length
          ? records(n, {
              title: text.t("report.annex.cases", { state, year }),
              head: [
                text.t("col.caseId"),
                text.t("col.incidents"),
                text.t("col.jurisdiction"),
                text.t("col.courtType"),
                text.t("col.event"),
                text.t("col.date"),
                text.t("col.personsConcerned"),
                text.t("col.sentence"),
              ],
              rows: events.map((e) => [
                id(e.case_id),
                s(e.incident_ids),
                text.state(s(e.jurisdiction_state)),
                text.t(`court_type.${e.court_type}`),
                text.t(`event.${e.event}`),
                date(e.event_date),
                s(e.persons_concerned),
                s(e.sentence),
              ]),
              note: text.t("report.annex.casesNote"),
            })
          : para(text.t("report.annex.noCases", { state, year }))
      }
      <h3 id="annex-incidents">${text.t("report.annex.incidentsTitle", { state, year })}</h3>
      ${
        incidents.length
          ? records(n, {
              title: text.t("report.annex.incidents", { state, year }),
              head: [
                text.t("col.incidentId"),
                text.t("col.date"),
                text.t("col.mission"),
                text.t("col.place"),
                text.t("col.attackType"),
                text.t("col.perpetrator"),
                text.t("col.killed"),
                text.t("col.injured"),
                text.t("col.narrative"),
              ],
              rows: incidents.map((i) => [
                id(i.incident_id),
                date(i.incident_date),
                s(i.mission),
                [i.admin1, i.place].filter(Boolean).join(", ") || "–",
                text.t(`attack_type.${i.attack_type}`),
                s(i.perpetrator_group),
                s(i.killed_total),
                s(i.injured_total),
                html`<span class="narrative">${s(i.narrative)}</span>`,
              ]),
              note: text.t("report.annex.incidentsNote"),
            })
          : para(text.t("report.annex.noIncidents", { state, year }))
      }`,
  };
}
