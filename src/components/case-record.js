// The events of public-record cases as a table, one row per dated event, each
// with its source as a link. Every value is set as text (htl escapes it); the
// link's address is one the contract accepted as http(s).
import { html } from "npm:htl";
import { t } from "../i18n/index.js";
import { DataTable } from "./data-table.js";
import { formatDate, formatInteger, formatMonth, label, stateLabel } from "./format.js";

const datePrecise = (date, row) =>
  row.event_date_precision === "day"
    ? formatDate(date)
    : t(`precision.${row.event_date_precision}`, {
        date:
          row.event_date_precision === "month"
            ? formatMonth(new Date(`${date.slice(0, 7)}-01T00:00:00Z`))
            : date.slice(0, 4),
      });

const outcome = (_, row) =>
  [
    row.sentence_type ? label("sentence_type", row.sentence_type) : "",
    row.sentence_years ? `${formatInteger(row.sentence_years)} ${t("unit.years")}` : "",
    row.reparations_amount ? `${formatInteger(row.reparations_amount)} ${row.reparations_currency ?? ""}` : "",
    row.discrepancy ? t("record.disagreement", { text: row.discrepancy }) : "",
  ]
    .filter(Boolean)
    .join(" · ") || "–";

const source = (url, row) => {
  const text = t(row.source_date ? "record.source" : "record.source.undated", {
    publisher: row.source_publisher ?? url,
    date: formatDate(row.source_date),
  });
  return html`<a href=${url} rel="external noopener noreferrer">${text}</a>`;
};

/** The columns of a public-record event table, shared by every page that lists cases. */
export const recordColumns = [
  { key: "event_date", label: t("col.date"), format: datePrecise },
  { key: "event", label: t("col.event"), format: (e) => label("event", e) },
  { key: "court_name", label: t("col.court") },
  {
    key: "persons_concerned",
    label: t("col.personsConcerned"),
    numeric: true,
    format: (n) => (n ? formatInteger(n) : "–"),
  },
  { key: "persons_in_absentia", label: t("col.inAbsentia"), numeric: true, format: formatInteger },
  { key: "sentence_type", label: t("col.outcome"), format: outcome },
  { key: "certainty", label: t("col.certainty"), format: (c) => label("certainty", c) },
  { key: "source_url", label: t("col.sourceLink"), format: source },
  { key: "source_excerpt", label: t("col.excerpt") },
];

/** One card per case: the attack it concerns, then its events with their sources. */
export function CaseRecord(events) {
  const [first] = events;
  const title = t("record.case.title", {
    state: stateLabel(first.host_state),
    date: formatDate(first.first_attack_date),
  });
  const killed = t("record.case.killed", {
    killed: formatInteger(first.killed),
    attacks: first.incident_ids.replaceAll(";", ", "),
  });
  return html`<div class="card case-record">
    <h3>${title}</h3>
    <p class="chart-notes">${killed}</p>
    ${DataTable(events, { columns: recordColumns })}
  </div>`;
}
