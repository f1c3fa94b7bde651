// Annex of a state edition: the case-level detail its site edition has (docs/editions.md), for
// the year: every event of the judicial cases concerning the state, and every attack concerning
// it with its narrative, from warehouse/editions/. Records, not figures; free text as text.
import { Numbering, para, records } from "../layout.ts";
import type { ReportContext, Section } from "../layout.ts";
import { html } from "../text.ts";
import type { Html } from "../text.ts";
import type { Row } from "../report-db.ts";

/** A column of an annex table: its heading's key under col.*, and how a record fills its cell. */
type Column = [heading: string, cell: (record: Row) => string | Html];

export function annex(ctx: ReportContext, { events, incidents }: { events: Row[]; incidents: Row[] }): Section {
  const { text, scope } = ctx;
  const n = new Numbering("A", text);
  const year = text.year(scope.year);
  const state = ctx.stateName;
  const s = (v: unknown) => (v === null || v === undefined ? "–" : String(v));
  const id = (v: unknown) => html`<span class="nowrap">${s(v)}</span>`;
  const date = (v: unknown) => html`<span class="nowrap">${text.shortDate(s(v))}</span>`;
  const caseColumns: Column[] = [
    ["caseId", (e) => id(e.case_id)],
    ["incidents", (e) => s(e.incident_ids)],
    ["jurisdiction", (e) => text.state(s(e.jurisdiction_state))],
    ["courtType", (e) => text.t(`court_type.${e.court_type}`)],
    ["event", (e) => text.t(`event.${e.event}`)],
    ["date", (e) => date(e.event_date)],
    ["personsConcerned", (e) => s(e.persons_concerned)],
    ["sentence", (e) => s(e.sentence)],
  ];
  const incidentColumns: Column[] = [
    ["incidentId", (i) => id(i.incident_id)],
    ["date", (i) => date(i.incident_date)],
    ["mission", (i) => s(i.mission)],
    ["place", (i) => [i.admin1, i.place].filter(Boolean).join(", ") || "–"],
    ["attackType", (i) => text.t(`attack_type.${i.attack_type}`)],
    ["perpetrator", (i) => s(i.perpetrator_group)],
    ["killed", (i) => s(i.killed_total)],
    ["injured", (i) => s(i.injured_total)],
    ["narrative", (i) => html`<span class="narrative">${s(i.narrative)}</span>`],
  ];
  const table = (title: string, columns: Column[], rows: Row[], note: string) =>
    records(n, {
      title,
      head: columns.map(([heading]) => text.t(`col.${heading}`)),
      rows: rows.map((record) => columns.map(([, cell]) => cell(record))),
      note,
    });
  return {
    id: "annex",
    title: text.t("report.section.annex", { state }),
    body: html`<p class="restricted">${text.t("report.annex.restricted", { state })}</p>
      <h3 id="annex-cases">${text.t("report.annex.casesTitle", { state, year })}</h3>
      ${
        events.length
          ? table(text.t("report.annex.cases", { state, year }), caseColumns, events, text.t("report.annex.casesNote"))
          : para(text.t("report.annex.noCases", { state, year }))
      }
      <h3 id="annex-incidents">${text.t("report.annex.incidentsTitle", { state, year })}</h3>
      ${
        incidents.length
          ? table(
              text.t("report.annex.incidents", { state, year }),
              incidentColumns,
              incidents,
              text.t("report.annex.incidentsNote"),
            )
          : para(text.t("report.annex.noIncidents", { state, year }))
      }`,
  };
}
