// Which boundary of src/geo/admin1.topojson each first-level division named by the
// incident exports is drawn in. Names are compared without accents, case or
// punctuation; first against the boundary's own name, then against the other names
// Natural Earth gives it (when only one boundary of the state has that name), and
// src/geo/admin1-aliases.csv decides where names differ or the boundaries are older
// than the division (Mali's 2023 regions, the 26 provinces of the DRC since 2015).
// A division may be drawn in several boundaries, and several divisions in one: each
// set of divisions sharing boundaries becomes one drawn unit with their summed counts.
// A division matched to nothing stays in the table, never dropped.
import { readFileSync } from "node:fs";
import path from "node:path";
import { csvParse } from "d3";
import type { Topology, GeometryCollection } from "topojson-specification";
import { REPO_ROOT } from "./etl.ts";

export const ADMIN1_TOPOJSON = path.join(REPO_ROOT, "src", "geo", "admin1.topojson");
export const ADMIN1_ALIASES = path.join(REPO_ROOT, "src", "geo", "admin1-aliases.csv");

export interface Boundary {
  id: string;
  state: string;
  name: string;
  alt: string[];
}
export interface Alias {
  host_state: string;
  admin1: string;
  boundary: string;
  line: number;
}
export interface RegionCounts {
  host_state: string;
  admin1: string;
  incidents: number;
  fatal_incidents: number;
  killed: number;
  injured: number;
}
export interface MatchedRegion extends RegionCounts {
  /** The drawn unit (the id of its first boundary), or null when no boundary matched. */
  unit: string | null;
  /** Names of the boundaries it is drawn in, joined with " + ". */
  drawn: string | null;
}
export interface DrawnUnit {
  unit: string;
  host_state: string;
  boundaries: string[];
  drawn: string;
  admin1: string[];
  incidents: number;
  fatal_incidents: number;
  killed: number;
  injured: number;
}

/** A name as compared: no accents, lower case, punctuation and spacing folded. */
export function normalizeName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`´‘]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function readBoundaries(file = ADMIN1_TOPOJSON): Boundary[] {
  const topology = JSON.parse(readFileSync(file, "utf8")) as Topology;
  const regions = topology.objects.regions as GeometryCollection<{ state: string; name: string; alt: string }>;
  return regions.geometries.map((g) => {
    const p = g.properties as { state: string; name: string; alt: string };
    return { id: String(g.id), state: p.state, name: p.name, alt: p.alt ? p.alt.split("|") : [] };
  });
}

export function readAliases(file = ADMIN1_ALIASES): Alias[] {
  return csvParse(readFileSync(file, "utf8")).map((row, i) => {
    for (const field of ["host_state", "admin1", "boundary"])
      if (!row[field])
        throw new Error(`${path.relative(REPO_ROOT, file)} line ${i + 2}, field ${field}: a value is required`);
    return { host_state: row.host_state!, admin1: row.admin1!, boundary: row.boundary!, line: i + 2 };
  });
}

/** The boundaries a division of `state` named `admin1` is drawn in; [] when none matches. */
export function boundariesOf(state: string, admin1: string, boundaries: Boundary[], aliases: Alias[]): Boundary[] {
  const own = boundaries.filter((b) => b.state === state);
  const key = normalizeName(admin1);
  const byName = (name: string) => own.filter((b) => normalizeName(b.name) === normalizeName(name));
  const aliased = aliases.filter((a) => a.host_state === state && normalizeName(a.admin1) === key);
  if (aliased.length)
    return aliased.map((a) => {
      const [target] = byName(a.boundary);
      if (!target)
        throw new Error(
          `src/geo/admin1-aliases.csv line ${a.line}, field boundary: no boundary of ${state} is named '${a.boundary}'`,
        );
      return target;
    });
  const exact = byName(admin1);
  if (exact.length === 1) return exact;
  const alternative = own.filter((b) => b.alt.some((n) => normalizeName(n) === key));
  return alternative.length === 1 ? alternative : [];
}

/** Each division's boundaries, and the drawn units: divisions that share a boundary are drawn together. */
export function matchRegions(
  counts: RegionCounts[],
  boundaries: Boundary[],
  aliases: Alias[],
): { regions: MatchedRegion[]; units: DrawnUnit[] } {
  const matched = counts.map((c) => ({
    counts: c,
    boundaries: boundariesOf(c.host_state, c.admin1, boundaries, aliases),
  }));
  // Union-find over boundary ids: a division joins the boundaries it is drawn in.
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    const p = parent.get(id) ?? id;
    if (p === id) return id;
    const root = find(p);
    parent.set(id, root);
    return root;
  };
  for (const m of matched) for (const b of m.boundaries.slice(1)) parent.set(find(b.id), find(m.boundaries[0].id));
  const units = new Map<string, DrawnUnit>();
  const byId = new Map(boundaries.map((b) => [b.id, b]));
  for (const m of matched) {
    if (!m.boundaries.length) continue;
    const root = find(m.boundaries[0].id);
    const unit = units.get(root) ?? {
      unit: root,
      host_state: m.counts.host_state,
      boundaries: [],
      drawn: "",
      admin1: [],
      incidents: 0,
      fatal_incidents: 0,
      killed: 0,
      injured: 0,
    };
    for (const b of m.boundaries) if (!unit.boundaries.includes(b.id)) unit.boundaries.push(b.id);
    unit.admin1.push(m.counts.admin1);
    for (const k of ["incidents", "fatal_incidents", "killed", "injured"] as const) unit[k] += m.counts[k];
    units.set(root, unit);
  }
  for (const u of units.values()) {
    u.boundaries.sort();
    u.unit = u.boundaries[0];
    u.drawn = u.boundaries.map((id) => byId.get(id)!.name).join(" + ");
  }
  const unitOf = (m: (typeof matched)[number]) =>
    m.boundaries.length ? units.get(find(m.boundaries[0].id))! : undefined;
  return {
    regions: matched.map((m) => ({ ...m.counts, unit: unitOf(m)?.unit ?? null, drawn: unitOf(m)?.drawn ?? null })),
    units: [...units.values()].sort((a, b) => b.incidents - a.incidents || a.unit.localeCompare(b.unit)),
  };
}
