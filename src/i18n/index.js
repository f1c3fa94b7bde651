// Every sentence a person reads — dashboard text and ETL messages — comes from a
// catalogue in this folder, so that the six official UN languages can follow by
// adding ar.js, es.js, fr.js, ru.js and zh.js beside en.js.
import en from "./en.js";

const catalogues = {en};

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `params`.
 * With a numeric `params.count`, the language's plural form is used when the
 * catalogue has one (`key.one`, `key.other`, and for Arabic also zero, two, few, many).
 */
export function t(key, params = {}, lang = "en") {
  const plural = typeof params.count === "number" ? `${key}.${new Intl.PluralRules(lang).select(params.count)}` : undefined;
  const template = (plural && (catalogues[lang]?.[plural] ?? en[plural])) ?? catalogues[lang]?.[key] ?? en[key];
  if (template === undefined) throw new Error(`missing text for '${key}'`);
  return template.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}
