// Phase timings for tuning the load path: BLUE_LEDGER_PROFILE=1 prints them to stderr.
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  reportTime(label, performance.now() - started);
  return result;
}

/** Prints a phase timed by hand, for work that `timed` cannot wrap (e.g. the COMMIT inside inTransaction). */
export function reportTime(label: string, milliseconds: number): void {
  if (process.env.BLUE_LEDGER_PROFILE) console.error(`  ${label}: ${milliseconds.toFixed(0)} ms`);
}
