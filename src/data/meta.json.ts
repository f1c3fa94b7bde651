// What every page needs to know about the data it shows: cutoff, sources, and
// which kinds of record exist (the real fatalities data has no cases), and the
// edition being built.
import { edition, emitJson, query } from "../loaders/warehouse.ts";
import { attribution, DATASET_OF_SOURCE } from "../loaders/etl.ts";

const [{ as_of_date }] = await query<{ as_of_date: string }>("SELECT as_of_date FROM dim_data_cutoff");
const sources = await query<{ source: string; kind: string; files: number; rows_loaded: number; last_load: string }>(
  `SELECT source, kind, count(*) AS files, sum(rows_loaded) AS rows_loaded, max(finished_at)::DATE AS last_load
   FROM etl_loads GROUP BY ALL ORDER BY ALL`,
);
const [counts] = await query<Record<string, number>>(
  // incidents: those of the exports, which mart_attack_incidents counts (not ACLED's, counted apart).
  `SELECT (SELECT count(*) FROM fct_incidents WHERE source_dataset IS NULL) AS incidents,
          (SELECT count(*) FROM fct_casualties) AS casualties,
          (SELECT count(*) FROM fct_casualties WHERE outcome = 'injured') AS injured,
          (SELECT count(*) FROM fct_case_events) AS case_events, (SELECT count(*) FROM fct_assistance) AS assistance,
          (SELECT count(*) FROM fct_requests) AS requests, (SELECT count(*) FROM mart_public_record) AS public_record`,
);
// The attribution each loaded source's terms ask for (etl/sources/terms.ts), e.g. "ACLED, accessed 2021-04-19".
const accessed = await query<{ source: string; accessed_on: string | null }>(
  "SELECT source, max(accessed_on)::VARCHAR AS accessed_on FROM etl_loads GROUP BY source ORDER BY source",
);
const attributions = accessed.flatMap(({ source, accessed_on }) => {
  const dataset = DATASET_OF_SOURCE[source];
  const line = dataset && attribution(dataset, accessed_on);
  return line ? [line] : [];
});
const [state] =
  edition.audience === "state"
    ? await query(`SELECT iso3, name_en FROM dim_states WHERE iso3 = getvariable('edition_state')`)
    : [];
await emitJson({
  edition:
    edition.audience === "state"
      ? { audience: "state", state: edition.state, name: state?.name_en ?? edition.state }
      : { audience: "public" },
  asOf: as_of_date,
  isSample: sources.some((s) => s.source === "sample"),
  sources,
  attributions,
  has: Object.fromEntries(Object.entries(counts).map(([kind, n]) => [kind, n > 0])),
});
