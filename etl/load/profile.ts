// Phase timings for tuning the load path: BLUE_LEDGER_PROFILE=1 prints them to stderr.
export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  if (process.env.BLUE_LEDGER_PROFILE) console.error(`  ${label}: ${(performance.now() - started).toFixed(0)} ms`);
  return result;
}
