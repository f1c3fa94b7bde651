// The shapes of a region map: the first-level divisions of `state` in the admin1
// topology, each drawn unit of several boundaries merged into one shape with the unit's
// id (src/loaders/admin1.ts makes the units), the others as they are.
import * as topojson from "npm:topojson-client";

export function regionFeatures(topology, state, units) {
  const own = topology.objects.regions.geometries.filter((g) => g.properties.state === state);
  const several = units.filter((u) => u.boundaries.length > 1);
  const merged = new Set(several.flatMap((u) => u.boundaries));
  return [
    ...own.filter((g) => !merged.has(g.id)).map((g) => topojson.feature(topology, g)),
    ...several.map((u) => ({
      type: "Feature",
      id: u.unit,
      properties: { state, name: u.drawn },
      geometry: topojson.merge(
        topology,
        own.filter((g) => u.boundaries.includes(g.id)),
      ),
    })),
  ];
}
