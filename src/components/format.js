// Numbers, dates, percentages and labels in the reader's language, through Intl.
// The language is the page's (src/i18n/index.js): a page calls these and is translated
// in every build without knowing which language it is in.
import { lang, locale, t } from "../i18n/index.js";
import { stateName } from "../i18n/state-names.js";
import "./chart-a11y.js"; // every chart on the page becomes a named image (WCAG 2.1 AA)

export { lang, stateName };
const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
const usd = new Intl.NumberFormat(locale, {
  style: "currency",
  currency: "USD",
  notation: "compact",
  maximumFractionDigits: 1,
});
const kilobytes = new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
const yearMonth = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
const monthOnly = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });

export const formatInteger = (n) => (n == null ? "–" : integer.format(n));
/** Axis ticks of counts and amounts: grouped as the language groups digits, fractions kept. */
export const formatNumber = (n) => (n == null ? "–" : number.format(n));
/** One decimal (years of a Kaplan–Meier median, say). */
export const formatDecimal = (n) => (n == null ? "–" : decimal.format(n));
export const formatPercent = (x) => (x == null || Number.isNaN(x) ? "–" : percent.format(x));
export const formatUsd = (n) => (n == null ? "–" : usd.format(n));
export const formatKilobytes = (bytes) => kilobytes.format(bytes / 1000);
/** A date (Date, or ISO text YYYY-MM-DD) written out in full: "5 March 2024", "2024年3月5日". */
export const formatDate = (d) =>
  d == null || d === "" ? "–" : longDate.format(typeof d === "string" ? new Date(`${d.slice(0, 10)}T00:00:00Z`) : d);
/** A month as "Mar 2024". */
export const formatMonth = (d) => yearMonth.format(d);
/** Axis ticks of a time scale by month: the year on January, the month elsewhere. */
export const tickMonth = (d) => (d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : monthOnly.format(d));
/** Years as plain digits, with no grouping ("2024", not "2,024"). */
export const formatYear = (y) => (y == null ? "–" : String(y));

/** A code from a controlled vocabulary (attack type, personnel category, stage…) as words. */
export const label = (vocabulary, code) => t(`${vocabulary}.${code}`);
/** The host state or nationality code as the UN names it; "not_attributed" as words. */
export const stateLabel = (code) => stateName(code);

/** The source line under every chart and table. */
export const sourceNote = (meta) =>
  [
    t(meta.isSample ? "site.source.sample" : "site.source.warehouse", { asOf: formatDate(meta.asOf) }),
    // What a source's terms ask wherever its data appears, even as aggregates (etl/sources/terms.ts).
    ...(meta.attributions?.length
      ? [t("site.source.attribution", { attributions: meta.attributions.join("; ") })]
      : []),
  ].join(" ");

/** Sums a numeric field over rows. */
export const total = (rows, field) => rows.reduce((sum, d) => sum + (d[field] ?? 0), 0);
