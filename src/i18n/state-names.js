// A state's name as the UN writes it, in the reader's language: English from UN M49
// (src/i18n/states.js, generated with warehouse/reference/states.csv, whose name_en it
// equals); other languages from CLDR through Intl.DisplayNames, except where
// state-names-overrides.js records the UN's own usage. docs/i18n.md says how to add one.
import { lang as pageLang, t } from "./index.js";
import STATES from "./states.js";
import OVERRIDES from "./state-names-overrides.js";

const displayNames = new Map();
const cldr = (code, iso2) => {
  if (!displayNames.has(code))
    displayNames.set(code, new Intl.DisplayNames(code, { type: "region", fallback: "none" }));
  return displayNames.get(code).of(iso2);
};

/**
 * The name of the state with ISO 3166-1 alpha-3 `iso3` (or a code of
 * warehouse/reference/former-states.csv) in `code`, the reader's language by default.
 * "not_attributed" and unknown codes come back as words or as the code itself.
 */
export function stateName(iso3, code = pageLang) {
  if (iso3 == null) return "–";
  if (iso3 === "not_attributed") return t("host_state.not_attributed", {}, code);
  const override = OVERRIDES[code]?.[iso3];
  if (override) return override;
  const [iso2, english] = STATES[iso3] ?? [];
  if (english === undefined) return iso3;
  return (code !== "en" && iso2 && cldr(code, iso2)) || english;
}
