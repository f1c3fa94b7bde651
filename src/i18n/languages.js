// The six official languages of the United Nations, in the UN's order, with what
// the site needs of each: its name in itself (for the language switcher), its
// writing direction, and the locale Intl formats numbers and dates with.
// Adding a language: docs/i18n.md.
export const LANGUAGES = [
  // UN Arabic documents write numbers in Western digits (2589, 2021): "latn".
  { code: "ar", name: "العربية", dir: "rtl", locale: "ar-u-nu-latn" },
  { code: "zh", name: "中文", dir: "ltr", locale: "zh-Hans" },
  { code: "en", name: "English", dir: "ltr", locale: "en" },
  { code: "fr", name: "Français", dir: "ltr", locale: "fr" },
  { code: "ru", name: "Русский", dir: "ltr", locale: "ru" },
  { code: "es", name: "Español", dir: "ltr", locale: "es" },
];

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code);

/** The entry of LANGUAGES for `code`; English for an unknown code. */
export const language = (code) => LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[2];
