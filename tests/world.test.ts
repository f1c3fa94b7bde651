// The shared world map file (src/loaders/world.ts): world-atlas's 1:110m countries keyed
// by ISO 3166 alpha-3 through the states reference's M49 codes.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { csvParse } from "d3";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";
import { worldByIso3 } from "../src/loaders/world.ts";

const atlas = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("world-atlas/countries-110m.json"), "utf8"),
) as Topology;
const states = csvParse(readFileSync(path.join(REPO_ROOT, "warehouse/reference/states.csv"), "utf8"))
  .filter((s) => s.is_former === "false")
  .map((s) => ({ iso3: s.iso3!, m49: s.m49 || null }));
const world = worldByIso3(atlas, states);
const countries = (t: Topology) => (t.objects.countries as GeometryCollection).geometries;

describe("worldByIso3", () => {
  it("keys the countries by ISO3 through M49, and drops Antarctica", () => {
    const ids = countries(world).map((g) => g.id);
    // world-atlas: Mali is 466, Lebanon 422, Bangladesh 050, India 356 (ISO 3166 numeric = M49).
    expect(ids).toEqual(expect.arrayContaining(["MLI", "LBN", "BGD", "IND", "CAF", "COD", "SSD"]));
    expect(countries(world).length).toBe(countries(atlas).length - 1); // 177 less Antarctica
    expect(ids).not.toContain("ATA");
    expect(new Set(ids.filter(Boolean)).size).toBe(ids.filter(Boolean).length);
    // Kosovo, Northern Cyprus and Somaliland have no code in the atlas: drawn, never coloured.
    expect(ids.filter((id) => id === undefined).length).toBe(3);
  });

  it("keeps each country's shape on a coarser grid: Mali's outline moves by less than one step", () => {
    type Shape = { geometry: { type: string; coordinates: number[][][] } };
    const before = (
      feature(
        atlas,
        countries(atlas).find((g) => g.id === "466")!,
      ) as unknown as Shape
    ).geometry;
    const after = (
      feature(
        world,
        countries(world).find((g) => g.id === "MLI")!,
      ) as unknown as Shape
    ).geometry;
    expect(after.type).toBe(before.type);
    // Grid step: 360° / 1e4 = 0.036° east-west; every kept point is within half a step of the atlas point it rounds.
    const step = world.transform!.scale;
    expect(step[0]).toBeCloseTo(0.036, 3);
    const near = (p: number[]) =>
      before.coordinates[0].some(
        (q) => Math.abs(q[0] - p[0]) <= step[0] / 2 + 1e-9 && Math.abs(q[1] - p[1]) <= step[1] / 2 + 1e-9,
      );
    expect(after.coordinates[0].every(near)).toBe(true);
    expect(after.coordinates[0].length).toBeGreaterThan(before.coordinates[0].length / 2);
    // Every arc index points into the renumbered arcs, and no arc is left unused.
    const used = new Set<number>();
    const walk = (a: unknown): void => {
      if (typeof a === "number") used.add(a < 0 ? ~a : a);
      else (a as unknown[]).forEach(walk);
    };
    countries(world).forEach((g) => walk((g as { arcs?: unknown }).arcs));
    expect(used.size).toBe(world.arcs.length);
    expect(Math.max(...used)).toBe(world.arcs.length - 1);
  });

  it("has no names: pages name states from dim_states", () => {
    expect(countries(world).every((g) => g.properties === undefined)).toBe(true);
    expect(JSON.stringify(world).length).toBeLessThan(100_000);
  });
});
