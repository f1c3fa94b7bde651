// Number and label formatting in the reader's language.
import {t} from "../i18n/index.js";

export const lang = "en";
const integer = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});
const percent = new Intl.NumberFormat(lang, {style: "percent", maximumFractionDigits: 0});
const usd = new Intl.NumberFormat(lang, {style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1});

export const formatInteger = (n) => (n == null ? "–" : integer.format(n));
export const formatPercent = (x) => (x == null || Number.isNaN(x) ? "–" : percent.format(x));
export const formatUsd = (n) => (n == null ? "–" : usd.format(n));
/** A code from a controlled vocabulary (attack type, personnel category, stage…) as words. */
export const label = (vocabulary, code) => t(`${vocabulary}.${code}`);

/** The source line under every chart. */
export const sourceNote = (meta) => [
  t(meta.isSample ? "site.source.sample" : "site.source.warehouse", {asOf: meta.asOf}),
  // What a source's terms ask wherever its data appears, even as aggregates (etl/sources/terms.ts).
  ...(meta.attributions?.length ? [t("site.source.attribution", {attributions: meta.attributions.join("; ")})] : [])
].join(" ");

/** Sums a numeric field over rows. */
export const total = (rows, field) => rows.reduce((sum, d) => sum + (d[field] ?? 0), 0);
