// Each source's terms of use, declared once: what Blue Ledger may publish of it. Read by
// the SQL that publishes anything (warehouse/extracts/, warehouse/editions/, the site's
// loaders) through the temporary table `source_terms` that every connection gets
// (useSourceTerms), and by the site and the data package for the attribution line.
// A dataset is named as its records carry it: incidents.source_dataset, or 'own' for
// records a Member State or the Secretariat exports itself (source_dataset empty).
import { quotedString } from "../warehouse/sql.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { SOURCE_DATASETS } from "../contract/vocabularies.ts";

export interface SourceTerms {
  /** Who publishes the dataset and where its terms are. */
  publisher: string;
  terms: string;
  /**
   * Whether its rows (and anything derived from one row: ids, notes, actors, places,
   * coordinates, a casualty's link to one of its events) may appear in an edition or
   * extract. false: only aggregates may.
   */
  rowsPublished: boolean;
  /**
   * The attribution its terms require wherever its data (or an aggregate of it) appears;
   * "{date}" is the date accessed.
   */
  attribution?: string;
}

export type Dataset = "own" | (typeof SOURCE_DATASETS)[number];

export const SOURCE_TERMS: Record<Dataset, SourceTerms> = {
  // Exports of Member States and the Secretariat, and the UN's public fatalities data: what each
  // edition holds is decided by docs/editions.md (restricted fields, small cells), not by a licence.
  own: { publisher: "the exporting Member State or UN entity", terms: "docs/editions.md", rowsPublished: true },
  // ACLED's terms of use forbid redistributing its data row by row, and require attribution with
  // the date the data was accessed. docs/sources/acled.md.
  acled: {
    publisher: "Armed Conflict Location & Event Data (ACLED)",
    terms: "https://acleddata.com/terms-of-use/",
    rowsPublished: false,
    attribution: "ACLED, accessed {date}",
  },
};

/** The load source (etl_loads.source) of each third-party dataset: the adapter's name. */
export const DATASET_OF_SOURCE: Record<string, Dataset> = { acled: "acled" };

/** The attribution line of a dataset, with the date it was accessed. */
export const attribution = (dataset: Dataset, accessedOn: string | null | undefined): string | undefined =>
  SOURCE_TERMS[dataset].attribution?.replace("{date}", accessedOn ?? "unknown date");

/**
 * source_terms(dataset, rows_published, attribution): one row per dataset, a temporary
 * table, so it exists on read-only connections too and is never stored in the warehouse.
 */
export async function useSourceTerms(connection: DuckDBConnection): Promise<void> {
  const rows = Object.entries(SOURCE_TERMS).map(([dataset, terms]) => {
    const quotedAttribution = terms.attribution ? quotedString(terms.attribution) : "NULL";
    return `(${quotedString(dataset)}, ${terms.rowsPublished}, ${quotedAttribution})`;
  });
  await connection.run(`CREATE OR REPLACE TEMP TABLE source_terms
      (dataset VARCHAR, rows_published BOOLEAN, attribution VARCHAR);
    INSERT INTO source_terms VALUES ${rows.join(", ")}`);
}
