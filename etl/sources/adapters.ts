// Source adapters: published datasets whose layout is not the export contract
// (such as the UN's peacekeeper fatalities dataset) are recognised by their
// header and mapped, record by record, onto a contract kind. The mapped record
// then goes through the same validation, quarantine and ledger as any export.
import type { KindName } from "../contract/kinds.ts";
import { ACLED_ADAPTER } from "./acled.ts";
import type { Dataset } from "./terms.ts";
import { UN_FATALITIES_ADAPTERS } from "./un-fatalities.ts";

export interface SourceAdapter {
  /** Stored as etl_loads.source, e.g. "un-fatalities-2025". */
  name: string;
  kind: KindName;
  /** True when a file with these header columns is in this source's layout. */
  matches(columns: readonly string[]): boolean;
  /**
   * The contract record for one source record. Values the contract would reject
   * are passed through unchanged, so the quarantine names the real problem.
   */
  toContract(values: Record<string, unknown>): Record<string, unknown>;
  /** Optional clearer quarantine reason for a record whose `field` failed validation (e.g. which file to fix). */
  explain?(field: string | null, values: Record<string, unknown>): string | undefined;
  /**
   * Optional rule for a key seen twice in one file (both contract rows, in file order).
   * Undefined keeps the default: the first stays and the second is quarantined as a duplicate.
   * Otherwise the loser is quarantined with a reason saying which line it was merged into, and why
   * (etl/sources/duplicates.ts applies the rule while the file is read).
   */
  resolveDuplicate?(
    first: Record<string, unknown>,
    second: Record<string, unknown>,
  ): { keep: "first" | "second"; why: string } | undefined;
  /**
   * For a source that carries more than Blue Ledger's scope (ACLED: every political event in a
   * country): why a record is left out, or undefined to keep it. Left-out records are counted
   * per reason in etl_left_out and the ledger (rows in = loaded + rejected + left out), not kept.
   */
  leaveOut?(values: Record<string, unknown>): string | undefined;
  /**
   * Optional: the dates a record carries, read from every record (left out too): its own date,
   * and the date the source says it was accessed.
   */
  dates?(values: Record<string, unknown>): { record?: string; accessed?: string };
  /** The dataset whose terms (etl/sources/terms.ts) decide what of it may be published; undefined: 'own'. */
  dataset?: Dataset;
}

// Registered adapters, tried in order against a file's header.
export const SOURCE_ADAPTERS: SourceAdapter[] = [...UN_FATALITIES_ADAPTERS, ACLED_ADAPTER];

export function findAdapter(columns: readonly string[]): SourceAdapter | undefined {
  return SOURCE_ADAPTERS.find((adapter) => adapter.matches(columns));
}
