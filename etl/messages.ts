// The ETL's one way to the text catalogues (src/i18n): every message the command line
// prints, throws or stores as a rejection reason comes through t() from here, in the
// language of `--lang <code>` or else of BLUE_LEDGER_LANG (one of ar zh en fr ru es;
// English by default). The language is read when this module loads, because some
// messages are built as modules load (the contract's cross-field checks, etl/contract/kinds.ts).
import "../src/i18n/catalogues.js";
import { t as translate } from "../src/i18n/index.js";
import { LANGUAGE_CODES } from "../src/i18n/languages.js";

/** `--lang xx` or `--lang=xx` in `argv`, else `env`, else English; an unknown code is an error naming the six. */
export function messageLanguage(
  argv: string[] = process.argv,
  env: string | undefined = process.env.BLUE_LEDGER_LANG,
): string {
  const at = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const code = at < 0 ? env || "en" : argv[at].startsWith("--lang=") ? argv[at].slice("--lang=".length) : argv[at + 1];
  // Said in English: the language asked for is the one we do not know.
  if (!LANGUAGE_CODES.includes(code ?? ""))
    throw new Error(translate("language.unknown", { lang: code ?? "", languages: LANGUAGE_CODES.join(", ") }, "en"));
  return code!;
}

/** The language of this run's messages. */
export const lang = messageLanguage();

/** The text for `key` in the run's language, `{placeholders}` filled from `params` (src/i18n/index.js). */
export const t = (key: string, params: Record<string, unknown> = {}): string => translate(key, params, lang);

// What the site build needs of the catalogues besides the run's language: every language's
// text (one build per language), their names and directions, and the UN's state names.
export { default as en } from "../src/i18n/en.js";
export { LANGUAGES, LANGUAGE_CODES, language } from "../src/i18n/languages.js";
export { stateName } from "../src/i18n/state-names.js";
export { default as STATES } from "../src/i18n/states.js";

/** The text for `key` in language `code`, whatever the run's language (the site's builds and pages). */
export const textIn = (code: string, key: string, params: Record<string, unknown> = {}): string =>
  translate(key, params, code);
