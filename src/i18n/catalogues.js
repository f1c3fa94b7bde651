// All six catalogues at once, for Node: the site's config (one build per language),
// the ETL's messages (etl/messages.ts) and the tests. Pages never import this file:
// a page fetches only its own language (src/i18n/index.js).
import {registerCatalogue} from "./index.js";
import ar from "./ar.js";
import zh from "./zh.js";
import en from "./en.js";
import fr from "./fr.js";
import ru from "./ru.js";
import es from "./es.js";

export const CATALOGUES = {ar, zh, en, fr, ru, es};
for (const [code, catalogue] of Object.entries(CATALOGUES)) registerCatalogue(code, catalogue);
