// The world atlas keyed by ISO 3166 alpha-3 (src/data/world-110m.json.ts).
import type { Topology, GeometryCollection } from "topojson-specification";

const ANTARCTICA = "010";

/**
 * `atlas` (world-atlas countries-110m: ids are ISO 3166 numeric codes, which are the M49 codes of
 * states) with each country's id replaced by the ISO3 of the state whose m49 it is, or none (a
 * territory with no code in the atlas, such as Kosovo, or none among `states`); without names,
 * the `land` object, Antarctica, or the arcs only they used.
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
  const arcs = [...renumbered.keys()].map((i) => atlas.arcs[i]);
  return { type: "Topology", transform: atlas.transform, arcs, objects: { countries: { type: "GeometryCollection", geometries } } } as Topology;
}
