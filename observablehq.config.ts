// Observable Framework config for the Blue Ledger dashboards.
// Everything is served from our own host: the site is built and read offline,
// so no Google Fonts (Framework's default globalStylesheets) and no CDN.
// What is built depends on the edition (BLUE_LEDGER_EDITION, docs/editions.md):
// a state edition adds its Cases and Incidents pages and keeps only its own host state
// and contributing country pages.
import { existsSync } from "node:fs";
import path from "node:path";
import en from "./src/i18n/en.js";
import { t } from "./src/i18n/index.js";
import { openWarehouse, DEFAULT_WAREHOUSE } from "./etl/warehouse/connection.ts";
import { packagePaths } from "./etl/extract/write-extracts.ts";
import { editionDir, editionFromEnv } from "./etl/extract/editions.ts";

const warehousePath = process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE;
const edition = editionFromEnv();
const state = edition.kind === "state" ? edition.state : undefined;

/** One page per host state with data and one per nationality with a national killed (only
 * its own of each in a state edition), the state's Cases and Incidents pages, and every
 * file of the edition's data package (etl/extract). */
async function* dynamicPaths() {
  if (!existsSync(warehousePath)) return;
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    const states = await warehouse.connection.runAndReadAll(
      "SELECT DISTINCT host_state FROM mart_attack_casualties WHERE host_state <> 'not_attributed' ORDER BY 1",
    );
    for (const [host] of states.getRows()) if (!state || host === state) yield `/host-states/${host}`;
    const countries = await warehouse.connection.runAndReadAll("SELECT nationality FROM mart_contributing_countries ORDER BY 1");
    for (const [country] of countries.getRows()) if (!state || country === state) yield `/contributing-countries/${country}`;
    if (state) yield* [`/cases/${state}`, `/incidents/${state}`];
    for (const file of await packagePaths(warehouse.connection, edition)) yield `/data/extracts/${file}`;
  } finally {
    warehouse.close();
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export default {
  title: state ? t("edition.state.title", { state }) : en["site.title"],
  root: "src",
  output: path.join(process.env.BLUE_LEDGER_DIST ?? "dist", editionDir(edition)),
  globalStylesheets: [],
  style: "style.css",
  pages: [
    { name: en["nav.attackTrends"], path: "/attack-trends" },
    { name: en["nav.impunity"], path: "/impunity" },
    { name: en["nav.publicRecord"], path: "/public-record" },
    { name: en["nav.hostStates"], path: "/host-states/" },
    { name: en["nav.contributingCountries"], path: "/contributing-countries/" },
    ...(state ? [{ name: en["nav.cases"], path: `/cases/${state}` }, { name: en["nav.incidents"], path: `/incidents/${state}` }] : []),
    { name: en["nav.reports"], path: "/reports" },
    { name: en["nav.downloads"], path: "/downloads" },
    { name: en["nav.dataDictionary"], path: "/data-dictionary" },
    { name: en["nav.dataQuality"], path: "/data-quality" },
  ],
  dynamicPaths,
  // Every page of a state edition says, before anything else, that it is not for publication.
  header: state ? `<div class="edition-banner" role="note">${escapeHtml(t("edition.state.banner", { state }))}</div>` : "",
  footer: state ? escapeHtml(t("edition.state.footer", { state })) : en["site.footer"],
  search: false,
  pager: true,
  sidebar: true,
  toc: false,
};
