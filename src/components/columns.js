// Column specifications of the table alternatives that several pages share, so that the
// same figures carry the same headings and formats wherever they appear. Each is
// [{key, label, numeric?, format?}] as DataTable takes them.
import { t } from "../i18n/index.js";
import { formatDecimal, formatInteger, formatPercent, formatUsd, formatYear, label, stateLabel } from "./format.js";

const count = (key, heading) => ({ key, label: t(heading), numeric: true, format: formatInteger });
const hostState = {
  key: "host_state",
  label: t("col.hostState"),
  format: (c) => (c === "ALL" ? t("trends.filter.all") : stateLabel(c)),
};

/** People killed and injured per `key` (a host state, attack type, personnel category, mission…). */
export const peopleColumns = (key, heading, format = (v) => v) => [
  { key, label: heading, format },
  count("killed", "col.killed"),
  count("injured", "col.injured"),
];

/** Killed and injured per year and personnel category. */
export const yearCategoryColumns = [
  { key: "year", label: t("col.year"), format: formatYear },
  { key: "personnel_category", label: t("col.personnelCategory"), format: (c) => label("personnel_category", c) },
  count("killed", "col.killed"),
  count("injured", "col.injured"),
];

/** A Kaplan–Meier curve of time to first conviction; `byState` adds the host state column. */
export const kmColumns = ({ byState = false } = {}) => [
  ...(byState ? [hostState] : []),
  { key: "years", label: t("col.years"), numeric: true, format: formatDecimal },
  count("at_risk", "col.atRisk"),
  { key: "share_without_conviction", label: t("col.shareWithoutConviction"), numeric: true, format: formatPercent },
];

/** The accountability pipeline: attacks reaching each stage, stopping there, and the median days it took. */
export const pipelineColumns = [
  { key: "stage", label: t("col.stage"), format: (s) => label("stage", s) },
  count("incidents_reached", "col.reached"),
  count("incidents_stopped", "col.stopped"),
  count("median_days_from_previous", "col.medianDays"),
];

/** Nominal and effective conviction rates per host state. */
export const rateColumns = [
  hostState,
  { key: "rate", label: t("col.rate"), format: (r) => label("rate", r) },
  count("attacks", "col.withConviction"),
  count("fatal", "col.fatalAttacks"),
  { key: "share", label: t("col.shareWithConviction"), numeric: true, format: formatPercent },
];

/** Shares without a verdict 1, 2 and 5 years on, per host state. */
export const horizonColumns = [
  hostState,
  { key: "horizon", label: t("col.horizon"), format: (h) => label("horizon", h) },
  count("eligible", "col.eligible"),
  { key: "share", label: t("col.shareWithoutVerdict"), numeric: true, format: formatPercent },
];

/** Assistance activities per year and type, with their amounts. */
export const assistanceColumns = [
  { key: "start_year", label: t("col.year"), format: formatYear },
  { key: "assistance_type", label: t("col.assistanceType"), format: (c) => label("assistance_type", c) },
  count("activities", "col.activities"),
  { key: "amount_usd", label: t("col.amountUsd"), numeric: true, format: formatUsd },
];
