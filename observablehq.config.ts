// Observable Framework config for the Blue Ledger dashboards.
// Everything is served from our own host: the site is built and read offline,
// so no Google Fonts (Framework's default globalStylesheets) and no CDN.
// What is built depends on the edition (BLUE_LEDGER_EDITION, docs/editions.md):
// a state edition adds its Cases and Incidents pages and keeps only its own host state
// and contributing country pages.
// And on the language (BLUE_LEDGER_LANG, docs/i18n.md): etl/site/build.ts runs Framework
// once per language into dist/<edition>/<lang>/; this file gives each build its words
// (page names, title, footer, Framework's own labels). The data loaders do not depend on it.
import { existsSync } from "node:fs";
import path from "node:path";
import "./src/i18n/catalogues.js";
import { t } from "./src/i18n/index.js";
import { language } from "./src/i18n/languages.js";
import { stateName } from "./src/i18n/state-names.js";
import { openWarehouse, warehousePath as currentWarehouse } from "./etl/warehouse/connection.ts";
import { packagePaths } from "./etl/extract/write-extracts.ts";
import { editionDir, editionFromEnv } from "./etl/extract/editions.ts";

const warehousePath = currentWarehouse();
const edition = editionFromEnv();
const state = edition.audience === "state" ? edition.state : undefined;
const lang = language(process.env.BLUE_LEDGER_LANG ?? "en").code;
const text = (key: string, params: Record<string, unknown> = {}) => t(key, params, lang);
const stateParams = state ? { state: stateName(state, lang) } : {};

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
    const countries = await warehouse.connection.runAndReadAll(
      "SELECT nationality FROM mart_contributing_countries ORDER BY 1",
    );
    for (const [country] of countries.getRows())
      if (!state || country === state) yield `/contributing-countries/${country}`;
    if (state) yield* [`/cases/${state}`, `/incidents/${state}`];
    for (const file of await packagePaths(warehouse.connection, edition)) yield `/data/extracts/${file}`;
  } finally {
    warehouse.close();
  }
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const cssString = (value: string) => `"${value.replace(/["\\\n<]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

export default {
  title: state ? text("edition.state.title", stateParams) : text("site.title"),
  root: "src",
  output: path.join(process.env.BLUE_LEDGER_DIST ?? "dist", editionDir(edition), lang),
  globalStylesheets: [],
  style: "style.css",
  pages: [
    { name: text("nav.attackTrends"), path: "/attack-trends" },
    { name: text("nav.impunity"), path: "/impunity" },
    { name: text("nav.publicRecord"), path: "/public-record" },
    { name: text("nav.hostStates"), path: "/host-states/" },
    { name: text("nav.contributingCountries"), path: "/contributing-countries/" },
    ...(state
      ? [
          { name: text("nav.cases"), path: `/cases/${state}` },
          { name: text("nav.incidents"), path: `/incidents/${state}` },
        ]
      : []),
    { name: text("nav.reports"), path: "/reports" },
    { name: text("nav.downloads"), path: "/downloads" },
    { name: text("nav.dataDictionary"), path: "/data-dictionary" },
    { name: text("nav.dataQuality"), path: "/data-quality" },
  ],
  dynamicPaths,
  // Framework's own words that live in its stylesheet (the pager); the others are in its HTML,
  // which etl/site/localize.ts translates after the build, with <html lang> and the language links.
  head:
    `<style>#observablehq-footer nav a[rel=prev]::before{content:${cssString(text("framework.previousPage"))}}` +
    `#observablehq-footer nav a[rel=next]::before{content:${cssString(text("framework.nextPage"))}}</style>`,
  // Every page of a state edition says, before anything else, that it is not for publication.
  header: state
    ? `<div class="edition-banner" role="note">${escapeHtml(text("edition.state.banner", stateParams))}</div>`
    : "",
  footer: escapeHtml(state ? text("edition.state.footer", stateParams) : text("site.footer")),
  search: false,
  pager: true,
  sidebar: true,
  toc: { show: false, label: text("framework.contents") },
};
