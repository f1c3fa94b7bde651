// Every random draw of the sample comes from one seeded d3 LCG, consumed in a fixed
// order, so the same seed always gives byte-identical files.
import { randomGeometric, randomLcg, randomNormal } from "d3";

export function makeRandom(seed: number) {
  const source = randomLcg(seed);
  const normal = randomNormal.source(source)(0, 1);
  const geometric = (p: number) => randomGeometric.source(source)(p)();
  const uniform = () => source();
  const chance = (p: number) => source() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(source() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(source() * items.length)];
  /** Weighted choice; weights need not sum to one. */
  const weighted = <T extends string>(weights: Partial<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let r = source() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1][0];
  };
  /** Earlier items of a contributor list are the larger contingents. */
  const contributor = (codes: readonly string[]) => {
    let r = source() * codes.reduce((sum, _, i) => sum + 1 / (i + 2), 0);
    for (let i = 0; i < codes.length; i++) if ((r -= 1 / (i + 2)) < 0) return codes[i];
    return codes[codes.length - 1];
  };
  /** A delay in days between lo and hi, short ones more likely. */
  const gap = (lo: number, hi: number) => lo + Math.round((hi - lo) * source() ** 1.7);
  return { uniform, normal, geometric, chance, int, pick, weighted, contributor, gap };
}
export type Random = ReturnType<typeof makeRandom>;
