// Duplicate rows of a source whose adapter has a rule for them (resolveDuplicate, e.g. the
// UN fatalities release, which lists some deaths twice under two nationalities). The rows
// of such a source are held until the file is read: for each key, the rule decides which
// row stays, and the other becomes a rejected row saying which line it was merged into,
// and why. Keys the rule has no answer for are left to the validator, which keeps the
// first row and rejects the later ones as duplicates.
import { t } from "../messages.ts";
import type { SourceAdapter } from "./adapters.ts";

/** One row as it will be landed: its contract values, or the problem that rejects it, and the source record. */
export interface HeldRow {
  line: number;
  values: Record<string, unknown> | null;
  problem: { field: string; reason: string } | null;
  record: string;
}

/** Holds a file's rows, in file order, merging the duplicates its adapter's rule resolves. */
export class DuplicateMerger {
  private readonly held: HeldRow[] = [];
  private readonly firstOfKey = new Map<string, { line: number; values: Record<string, unknown>; index: number }>();

  constructor(
    private readonly resolve: NonNullable<SourceAdapter["resolveDuplicate"]>,
    /** The kind's key fields (the contract's), e.g. ["casualty_id"]. */
    private readonly key: readonly string[],
  ) {}

  /** An adapter's merger, or undefined when it keeps the default rule for duplicates. */
  static of(adapter: SourceAdapter | undefined, key: readonly string[]): DuplicateMerger | undefined {
    return adapter?.resolveDuplicate ? new DuplicateMerger(adapter.resolveDuplicate.bind(adapter), key) : undefined;
  }

  /** Takes the next row of the file: its line, its contract values and its source record (as JSON). */
  add(line: number, values: Record<string, unknown>, record: string): void {
    const keyOf = this.key.map((k) => String(values[k] ?? "")).join("\u0000");
    const first = this.firstOfKey.get(keyOf);
    const rule = first && this.resolve(first.values, values);
    if (first && rule) {
      const value = this.key.map((k) => String(values[k])).join(" + ");
      const merged = (into: number) => ({
        field: this.key[0],
        reason: t("etl.row.duplicateMerged", { key: this.key.join(" + "), value, line: into, why: rule.why }),
      });
      if (rule.keep === "first") {
        this.held.push({ line, values: null, problem: merged(first.line), record });
        return;
      }
      const loser = this.held[first.index];
      this.held[first.index] = { ...loser, values: null, problem: merged(line) };
    }
    this.firstOfKey.set(keyOf, { line, values, index: this.held.length });
    this.held.push({ line, values, problem: null, record });
  }

  /** Every row taken, in file order, the merged ones with their reason. */
  rows(): readonly HeldRow[] {
    return this.held;
  }
}
