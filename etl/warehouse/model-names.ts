// The naming contract of the warehouse (warehouse/README.md), written once:
// what a name's prefix says about the object, and the names the runner makes.
import type { ModelLayer } from "./model-files.ts";

/** The loaders' append-only tables: raw_<kind>, every version a load carried. */
export const RAW_PREFIX = "raw_";
/** A staging model's view of every loaded version: stg_<name>_versions (stg_case_events_versions over raw_cases). */
export const VERSIONS_SUFFIX = "_versions";

/** The prefixes a model file's name may take in each layer (reference files load ref_ tables). */
export const LAYER_PREFIXES: Record<ModelLayer, readonly string[]> = {
  reference: ["load_"],
  staging: ["stg_"],
  core: ["fct_", "dim_", "bridge_"],
  marts: ["mart_"],
  audit: ["audit_"],
};

export const isRawTable = (name: string) => name.startsWith(RAW_PREFIX);

/** The view of every version a staging model defines: stg_casualties → stg_casualties_versions. */
export const versionsView = (model: string) => `${model}${VERSIONS_SUFFIX}`;

/** The view of the latest versions kept from a versions view: stg_casualties_versions → stg_casualties. */
export const latestViewOf = (versions: string) =>
  versions.endsWith(VERSIONS_SUFFIX) ? versions.slice(0, -VERSIONS_SUFFIX.length) : versions;

/** The temporary tables of a staging view's changes in one run: the versions it gained, and those it lost. */
export const changeTables = (view: string) => ({ gained: `${view}_gained`, lost: `${view}_lost` });
