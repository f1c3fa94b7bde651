// The world map every page with one shares (one cached file): Natural Earth's 1:110m
// countries from the world-atlas package, never a CDN. Features are keyed by ISO 3166
// alpha-3 through dim_states' M49 code (world-atlas ids are ISO 3166 numeric, the same
// numbers); names are dropped (pages name states from dim_states), and so is Antarctica.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { emitJson, query } from "../loaders/warehouse.ts";
import { worldByIso3 } from "../loaders/world.ts";

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"),
);
const states = await query<{ iso3: string; m49: string | null }>(
  "SELECT iso3, m49 FROM dim_states WHERE NOT is_former",
);
await emitJson(worldByIso3(atlas, states));
