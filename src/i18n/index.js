// Every sentence a person reads — dashboard text and ETL messages — comes from a
// catalogue in this folder: en.js, and ar.js, zh.js, fr.js, ru.js, es.js with the
// same keys (tests/i18n.test.ts checks them). How the language is chosen, and how to
// add a language, a key or a state name: docs/i18n.md.
//
// The language lives in ONE place: in the browser, the page's <html lang>, which
// the build writes (one build per language, etl/site/build.ts); in Node (the ETL,
// the config, tests) it is English unless a caller passes another one.
import { LANGUAGE_CODES, language } from "./languages.js";

const catalogues = {};

const pageLang = globalThis.document?.documentElement?.lang;
/** The reader's language: the code of the page's <html lang> in the browser, "en" in Node. */
export const lang = LANGUAGE_CODES.includes(pageLang) ? pageLang : "en";
/** "rtl" for Arabic, else "ltr". */
export const dir = language(lang).dir;
/** The locale Intl formats with (e.g. "ar-u-nu-latn": Arabic with Western digits, as UN documents write them). */
export const locale = language(lang).locale;

// A page fetches its own language only: every catalogue has every key (tests/i18n.test.ts),
// so no page needs English besides, and a page stays within its byte budget. One literal
// import per language, so that Framework copies each catalogue into the build.
const loaders = {
  ar: () => import("./ar.js"),
  en: () => import("./en.js"),
  zh: () => import("./zh.js"),
  fr: () => import("./fr.js"),
  ru: () => import("./ru.js"),
  es: () => import("./es.js"),
};
catalogues[lang] = (await loaders[lang]()).default;

/** Makes a catalogue available to t() in Node, where every language may be asked for (src/i18n/catalogues.js). */
export function registerCatalogue(code, catalogue) {
  catalogues[code] = catalogue;
}

const pluralRules = new Map();
const category = (code, count) => {
  if (!pluralRules.has(code)) pluralRules.set(code, new Intl.PluralRules(code));
  return pluralRules.get(code).select(count);
};

/**
 * The text for `key` in `code` (the reader's language by default), with `{name}`
 * placeholders filled from `params`. With a numeric `params.count`, the language's
 * plural form is used (`key.one`, `key.few`… as CLDR's plural rules pick, else
 * `key.other`), and `{count}` is written with the language's digits and separators.
 * A key the language lacks falls back to English where English is loaded (Node); a key
 * found nowhere is an error.
 */
export function t(key, params = {}, code = lang) {
  const counted = typeof params.count === "number";
  let template;
  for (const c of code === "en" ? ["en"] : [code, "en"]) {
    const catalogue = catalogues[c];
    if (!catalogue) continue;
    template =
      (counted ? (catalogue[`${key}.${category(c, params.count)}`] ?? catalogue[`${key}.other`]) : undefined) ??
      catalogue[key];
    if (template !== undefined) break;
  }
  if (template === undefined) throw new Error(`missing text for '${key}'`);
  const values = counted
    ? { ...params, count: new Intl.NumberFormat(language(code).locale).format(params.count) }
    : params;
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in values ? String(values[name]) : `{${name}}`));
}
