// All six catalogues at once, for Node: the site's config (one build per language),
// the ETL's messages (etl/messages.ts), the reports and the tests. Pages never import this
// file: a page fetches only its own language's page sentences (src/i18n/index.js). Here each
// language's page sentences and its Node-only ones (src/i18n/messages/) make one catalogue.
import { registerCatalogue } from "./index.js";
import ar from "./ar.js";
import zh from "./zh.js";
import en from "./en.js";
import fr from "./fr.js";
import ru from "./ru.js";
import es from "./es.js";
import arMessages from "./messages/ar.js";
import zhMessages from "./messages/zh.js";
import enMessages from "./messages/en.js";
import frMessages from "./messages/fr.js";
import ruMessages from "./messages/ru.js";
import esMessages from "./messages/es.js";

export const CATALOGUES = {
  ar: { ...ar, ...arMessages },
  zh: { ...zh, ...zhMessages },
  en: { ...en, ...enMessages },
  fr: { ...fr, ...frMessages },
  ru: { ...ru, ...ruMessages },
  es: { ...es, ...esMessages },
};
for (const [code, catalogue] of Object.entries(CATALOGUES)) registerCatalogue(code, catalogue);
