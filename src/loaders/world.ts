// The world atlas keyed by ISO 3166 alpha-3 (src/data/world-110m.json.ts).
import type { Topology, GeometryCollection } from "topojson-specification";

const ANTARCTICA = "010";
/** world-atlas quantizes to 1e5 steps; a 640 px map needs far fewer: 1e4 (0.036° a step, 0.06 px). */
const COARSER = 10;

/** An arc (delta-encoded, quantized) on a grid COARSER times coarser, dropping the points that fall together. */
function coarsen(arc: number[][]): number[][] {
  let [x, y, px, py] = [0, 0, 0, 0];
  const out: number[][] = [];
  arc.forEach(([dx, dy], i) => {
    x += dx;
    y += dy;
    const [qx, qy] = [Math.round(x / COARSER), Math.round(y / COARSER)];
    if (i === 0 || i === arc.length - 1 || qx !== px || qy !== py) {
      out.push([qx - px, qy - py]);
      [px, py] = [qx, qy];
    }
  });
  return out;
}

/**
 * `atlas` (world-atlas countries-110m: ids are ISO 3166 numeric codes, which are the M49 codes of
 * states) with each country's id replaced by the ISO3 of the state whose m49 it is, or none (a
 * territory with no code in the atlas, such as Kosovo, or none among `states`); without names,
 * the `land` object, Antarctica, or the arcs only they used; on a coarser grid.
 */
export function worldByIso3(atlas: Topology, states: { iso3: string; m49: string | null }[]): Topology {
  const iso3 = new Map(states.filter((s) => s.m49).map((s) => [s.m49!.padStart(3, "0"), s.iso3]));
  const countries = atlas.objects.countries as GeometryCollection;
  const kept = countries.geometries.filter((g) => g.id !== ANTARCTICA);
  // Renumber the arcs the kept countries use, in their first-use order.
  const renumbered = new Map<number, number>();
  const renumber = (a: unknown): unknown => {
    if (typeof a !== "number") return (a as unknown[]).map(renumber);
    const i = a < 0 ? ~a : a;
    if (!renumbered.has(i)) renumbered.set(i, renumbered.size);
    return a < 0 ? ~renumbered.get(i)! : renumbered.get(i)!;
  };
  const geometries = kept.map((g) => {
    const { properties: _, id, ...rest } = g as typeof g & { arcs: unknown };
    return { ...rest, arcs: renumber(rest.arcs), id: (id !== undefined && iso3.get(String(id))) || undefined };
  });
  const arcs = [...renumbered.keys()].map((i) => coarsen(atlas.arcs[i]));
  const { scale, translate } = atlas.transform!;
  const transform = { scale: [scale[0] * COARSER, scale[1] * COARSER], translate };
  return {
    type: "Topology",
    transform,
    arcs,
    objects: { countries: { type: "GeometryCollection", geometries } },
  } as unknown as Topology;
}
