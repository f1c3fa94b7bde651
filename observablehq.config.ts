// Observable Framework config for the Blue Ledger dashboards.
// Everything is served from our own host: the site is built and read offline,
// so no Google Fonts (Framework's default globalStylesheets) and no CDN.
import { existsSync } from "node:fs";
import en from "./src/i18n/en.js";
import { openWarehouse, DEFAULT_WAREHOUSE } from "./etl/warehouse/connection.ts";
import { packagePaths } from "./etl/extract/write-extracts.ts";

const warehousePath = process.env.BLUE_LEDGER_WAREHOUSE ?? DEFAULT_WAREHOUSE;

/** One page per host state with data, and every file of the data package (etl/extract). */
async function* dynamicPaths() {
  if (!existsSync(warehousePath)) return;
  const warehouse = await openWarehouse(warehousePath, { readOnly: true });
  try {
    const states = await warehouse.connection.runAndReadAll(
      "SELECT DISTINCT host_state FROM mart_attack_casualties WHERE host_state <> 'not_attributed' ORDER BY 1",
    );
    for (const [state] of states.getRows()) yield `/host-states/${state}`;
    for (const file of await packagePaths(warehouse.connection)) yield `/data/extracts/${file}`;
  } finally {
    warehouse.close();
  }
}

export default {
  title: en["site.title"],
  root: "src",
  output: process.env.BLUE_LEDGER_DIST ?? "dist",
  globalStylesheets: [],
  style: "style.css",
  pages: [
    { name: en["nav.attackTrends"], path: "/attack-trends" },
    { name: en["nav.impunity"], path: "/impunity" },
    { name: en["nav.hostStates"], path: "/host-states/" },
    { name: en["nav.downloads"], path: "/downloads" },
    { name: en["nav.dataDictionary"], path: "/data-dictionary" },
  ],
  dynamicPaths,
  footer: en["site.footer"],
  search: false,
  pager: true,
  sidebar: true,
  toc: false,
};
