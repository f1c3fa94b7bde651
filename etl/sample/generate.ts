// Writes a realistic, entirely synthetic sample of the four export kinds
// (incidents, casualties, cases, assistance) as CSV files that follow the export
// contract. The same options always give byte-identical files: every random draw
// comes from one seeded d3 LCG, consumed in a fixed order, and no clock is read.
//
//   npx tsx etl/sample/generate.ts --out data/sample [--seed 2589] [--scale 1] [--as-of 2025-12-31]
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { stringify } from "csv-stringify/sync";
import { columnsOf } from "../contract/columns.ts";
import { isoOf, monthStart, toDay, yearStart } from "./calendar.ts";
import { makeRandom, type Random } from "./random.ts";
import { requestFor } from "./requests.ts";
import { EXPORT_KINDS, type KindName } from "../contract/kinds.ts";
import { ASSISTANCE_TYPES, PERSONNEL_CATEGORIES } from "../contract/vocabularies.ts";
import {
  CURRENCY_UNITS,
  DEATH_UNDER_MORATORIUM,
  FIRST_YEAR,
  IN_ABSENTIA_SHARE,
  INTERNATIONAL_STAFF,
  JUSTICE_PROGRESS,
  MILITARY_COURT_SHARE,
  MISSIONS,
  PERPETRATOR_KIND_WEIGHTS,
  type AttackType,
  type MissionProfile,
} from "./missions.ts";

export interface SampleOptions {
  outDir: string;
  /** PRNG seed; default 2589. */
  seed?: number;
  /**
   * Multiplies the number of incidents, casualties, cases and assistance
   * activities over the same 2011..asOf period; default 1. Measured with the
   * default seed: scale 1 gives ~3,000 incidents, ~6,000 casualties, ~1,500 case
   * events and 200 activities (1.2 MB, under a second); scale 167 gives ~1,000,000
   * casualties (~500,000 incidents, 206 MB, ~26 s). Attacks are built one at a
   * time in date order and rows written in batches of 5,000, so memory stays flat
   * (~200 MB resident at any scale, most of it Node and tsx).
   */
  scale?: number;
  /** Last day of the sample (YYYY-MM-DD); default 2025-12-31. No date is later. */
  asOf?: string;
}

export type SampleCounts = Record<KindName, number>;

type Category = (typeof PERSONNEL_CATEGORIES)[number];
type Row = Record<string, string | number | undefined>;

const DEFAULT_AS_OF = "2025-12-31";
const INCIDENTS_AT_SCALE_1 = 3000;
/** Deaths and injuries not caused by attacks, at scale 1: about as many as attack fatalities. */
const NON_ATTACK_CASUALTIES_AT_SCALE_1 = 1350;
const ASSISTANCE_AT_SCALE_1 = 200;

// ---------------------------------------------------------------- CSV output in batches
class CsvFile {
  rows = 0;
  private buffer: Row[] = [];
  private readonly stream: WriteStream;
  private readonly columns: string[];
  constructor(
    readonly file: string,
    kind: KindName,
  ) {
    this.columns = columnsOf(EXPORT_KINDS.find((k) => k.name === kind)!).map((c) => c.name);
    this.stream = createWriteStream(file);
    this.stream.write(stringify([this.columns]));
  }
  async push(row: Row) {
    this.buffer.push(row);
    this.rows++;
    if (this.buffer.length >= 5_000) await this.flush();
  }
  async flush() {
    if (!this.buffer.length) return;
    const text = stringify(this.buffer, { columns: this.columns });
    this.buffer = [];
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once("drain", () => resolve()));
  }
  async close() {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

// ---------------------------------------------------------------- mission-years
interface MissionYear {
  mission: MissionProfile;
  year: number;
  from: number;
  to: number;
  attackWeight: number;
  strengthWeight: number;
}

function missionYears(asOf: number): MissionYear[] {
  const out: MissionYear[] = [];
  const lastYear = Number(isoOf(asOf).slice(0, 4));
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    for (const mission of MISSIONS) {
      const from = Math.max(toDay(mission.start), yearStart(year));
      const to = Math.min(mission.end ? toDay(mission.end) : asOf, yearStart(year + 1) - 1, asOf);
      if (to < from) continue;
      const fraction = (to - from + 1) / (yearStart(year + 1) - yearStart(year));
      const index = Math.min(year - FIRST_YEAR, mission.attacks.length - 1);
      out.push({ mission, year, from, to, attackWeight: mission.attacks[index] * fraction, strengthWeight: mission.strength * fraction });
    }
  }
  return out;
}

/** Totals over the default period, so that an earlier asOf truncates the sample instead of rescaling it. */
const REFERENCE_YEARS = missionYears(toDay(DEFAULT_AS_OF));
const TOTAL_ATTACK_WEIGHT = REFERENCE_YEARS.reduce((sum, m) => sum + m.attackWeight, 0);
const TOTAL_STRENGTH_WEIGHT = REFERENCE_YEARS.reduce((sum, m) => sum + m.strengthWeight, 0);

// ---------------------------------------------------------------- incidents and their casualties
interface Incident {
  row: Row;
  day: number;
  mission: MissionProfile;
  killed: number;
  injured: number;
  /** Nationality of the contingent attacked, for the rare case heard by its military courts. */
  contingent: string;
  persons: { category: Category; nationality: string; outcome: "killed" | "injured" }[];
}

const LETHALITY_BY_TYPE: Record<AttackType, number> = {
  ied_or_mine: 1.35, ambush: 1.35, attack_on_convoy_or_patrol: 1, direct_attack_on_base: 1, indirect_fire: 0.8, abduction: 0.3, direct_fire: 1, other: 0.5,
};
const MAIN_TARGET: Partial<Record<Category, number>> = { military: 80, police: 12, international_civilian: 3, national_civilian: 5 };
const ANY_CATEGORY: Partial<Record<Category, number>> = {
  military: 55, police: 15, military_observer: 5, international_civilian: 7, national_civilian: 13, other: 5,
};
// Casualties not caused by attacks.
const NON_ATTACK_TYPES = { illness: 38, accident: 33, self_inflicted: 6, undetermined: 10, unknown: 13 };
const NON_ATTACK_CATEGORIES: Partial<Record<Category, number>> = {
  military: 70, police: 12, military_observer: 2, international_civilian: 7, national_civilian: 8, other: 1,
};
const PERPETRATORS = ["Armed group A", "Armed group B", "Armed group C", "Armed group D", "Local militia", "Criminal network"];
const ATTACK_WORDING: Record<AttackType, string> = {
  ied_or_mine: "An improvised explosive device struck a {m} vehicle",
  ambush: "Unidentified assailants ambushed a {m} unit",
  indirect_fire: "Mortar rounds and rockets hit a {m} camp",
  direct_attack_on_base: "Armed men attacked a {m} base",
  attack_on_convoy_or_patrol: "A {m} patrol came under fire",
  abduction: "{m} personnel were abducted",
  direct_fire: "Gunmen opened fire on {m} personnel",
  other: "{m} personnel were targeted in an attack",
};

function nationalityOf(category: Category, mission: MissionProfile, contingent: string, random: Random): string {
  switch (category) {
    case "military":
      return random.chance(0.85) ? contingent : random.contributor(mission.troops);
    case "military_observer":
      return random.pick(mission.troops);
    case "police":
      return random.contributor(mission.police);
    case "international_civilian":
      return random.pick(INTERNATIONAL_STAFF);
    case "national_civilian":
      return mission.hostState;
    default:
      return random.chance(0.7) ? mission.hostState : random.pick(INTERNATIONAL_STAFF);
  }
}

const PRECISIONS = ["day", "month", "year"] as const;

/** An attack date: mostly to the day, some only to the month (on the 1st) or the year (on 1 January). */
function drawDate(slot: MissionYear, random: Random): { day: number; precision: number } {
  const day = random.int(slot.from, slot.to);
  const p = random.uniform();
  const missionStart = toDay(slot.mission.start);
  if (p < 0.01 && yearStart(slot.year) >= missionStart) return { day: yearStart(slot.year), precision: 2 };
  if (p < 0.06 && monthStart(day) >= missionStart) return { day: monthStart(day), precision: 1 };
  return { day, precision: 0 };
}

function makeIncident(incidentId: string, slot: MissionYear, day: number, precision: number, asOf: number, random: Random): Incident {
  const { mission } = slot;

  const region = random.weighted(Object.fromEntries(mission.regions.map((r) => [r.name, r.weight])));
  const where = mission.regions.find((r) => r.name === region)!;
  const place = random.chance(0.8) ? random.pick(where.places) : undefined;
  const located = random.chance(0.7);
  const jitter = () => Math.max(-1, Math.min(1, random.normal() / 2)) * where.spread;
  const latitude = located ? (where.lat + jitter()).toFixed(4) : undefined;
  const longitude = located ? (where.lon + jitter()).toFixed(4) : undefined;

  const attackType = random.weighted(mission.attackMix);
  const fatal = random.chance(Math.min(0.9, mission.lethality * LETHALITY_BY_TYPE[attackType]));
  const killed = fatal ? Math.min(12, random.geometric(attackType === "ied_or_mine" || attackType === "ambush" ? 0.5 : 0.7)) : 0;
  const injuredLikely = attackType === "abduction" ? 0.1 : fatal ? 0.6 : 0.42;
  const injured = random.chance(injuredLikely) ? Math.min(30, random.geometric(attackType === "indirect_fire" ? 0.3 : 0.45)) : 0;

  const contingent = random.contributor(mission.troops);
  const target = random.weighted(MAIN_TARGET);
  const persons: Incident["persons"] = [];
  const counts: Row = {};
  for (const outcome of ["killed", "injured"]) for (const category of PERSONNEL_CATEGORIES) counts[`${outcome}_${category}`] = 0;
  for (const [outcome, n] of [["killed", killed], ["injured", injured]] as const) {
    for (let i = 0; i < n; i++) {
      const category = random.chance(0.85) ? target : random.weighted(ANY_CATEGORY);
      persons.push({ category, outcome, nationality: nationalityOf(category, mission, contingent, random) });
      const key = `${outcome}_${category}`;
      counts[key] = (counts[key] as number) + 1;
    }
  }

  const perpetrator = random.chance(0.68) ? "unknown" : random.pick(PERPETRATORS);
  const site = place ? `near ${place} (${region})` : `in ${region}`;
  const toll = killed || injured ? `${killed} killed, ${injured} injured.` : "No casualties.";
  const narrative = `${ATTACK_WORDING[attackType].replace("{m}", mission.acronym)} ${site}. ${toll}`;
  const updated = random.chance(0.2) ? random.int(day, asOf) : Math.min(asOf, day + random.gap(0, 400));

  const row: Row = {
    incident_id: incidentId,
    incident_date: isoOf(day),
    date_precision: PRECISIONS[precision],
    mission: mission.acronym,
    host_state: mission.hostState,
    admin1: region,
    place,
    latitude,
    longitude,
    attack_type: attackType,
    perpetrator_group: perpetrator,
    ...counts,
    narrative,
    last_updated: isoOf(updated),
  };
  return { row, day, mission, killed, injured, contingent, persons };
}

// ---------------------------------------------------------------- judicial cases
/** Chance of reaching each next stage once the previous one is reached, before the host-state factor. */
const STAGES = [
  { event: "suspect_identified", p: 0.5, gap: [30, 540] },
  { event: "arrest", p: 0.6, gap: [20, 720] },
  { event: "charged", p: 0.56, gap: [15, 365] },
  { event: "trial_opened", p: 0.64, gap: [90, 1100] },
] as const;

interface CaseState {
  nextCaseNumber: number;
  /** A bounded sample of emitted case ids per state, for assistance to refer to. */
  byState: Map<string, { id: string; day: number }[]>;
  seenByState: Map<string, number>;
}

/** A sentence as the free text of earlier exports and as the coded fields of the contract. */
function sentenceOf(state: string, random: Random): Row {
  const r = random.uniform();
  if (r < 0.08 && (state === "MLI" || state === "COD"))
    return { sentence: "death sentence", sentence_type: DEATH_UNDER_MORATORIUM.has(state) ? "death_under_moratorium" : "death" };
  if (r < 0.18) return { sentence: "life imprisonment", sentence_type: "life_imprisonment" };
  const years = random.pick([2, 5, 5, 10, 10, 10, 15, 20]);
  return { sentence: `${years} years imprisonment`, sentence_type: "prison", sentence_years: years };
}

/**
 * The dated events of one case, stopping at asOf: anything later has not happened yet.
 * `detail` draws what the contract gained later (perpetrator kind, in absentia,
 * overturned convictions, reparations) from a stream of its own, so that the draws of
 * every earlier field, and so the rest of the sample, stay as they were.
 */
function caseEvents(incidents: Incident[], asOf: number, random: Random, detail: Random): Row[] | null {
  const lead = incidents[incidents.length - 1];
  const hostState = lead.mission.hostState;
  const fatal = incidents.some((i) => i.killed > 0);
  const factor = (JUSTICE_PROGRESS[hostState] ?? 1) * (fatal ? 1 : 0.6);
  const anyMilitaryKilled = incidents.some((i) => i.persons.some((p) => p.outcome === "killed" && p.category === "military"));

  let jurisdiction = hostState;
  let court = "civilian";
  const r = random.uniform();
  if (anyMilitaryKilled && r < 0.03) [jurisdiction, court] = [lead.contingent, "military"];
  else if (r < 0.03 + (MILITARY_COURT_SHARE[hostState] ?? 0.05)) court = "military";
  else if ((hostState === "CAF" || hostState === "MLI") && r > 0.97) court = "international";

  const events: Row[] = [];
  let day = lead.day + random.gap(2, 150);
  const perpetrator_kind = detail.weighted(PERPETRATOR_KIND_WEIGHTS);
  const emit = (event: string, persons?: number, extra: Row = {}) => {
    if (day > asOf) return false;
    events.push({ jurisdiction_state: jurisdiction, court_type: court, event, event_date: isoOf(day), persons_concerned: persons, perpetrator_kind, ...extra });
    return true;
  };
  const dismiss = (chance: number) => {
    if (!random.chance(chance)) return;
    day += random.gap(60, 900);
    emit("dismissed", undefined, { note: random.pick(["Dismissed for lack of evidence.", "Proceedings closed: suspects not found.", "Dismissed: suspect deceased."]) });
  };

  if (!emit("investigation_opened")) return null;
  let persons = 1 + Math.min(5, random.geometric(0.45) - 1);
  for (const [i, stage] of STAGES.entries()) {
    if (!random.chance(Math.min(0.95, stage.p * factor))) {
      dismiss(i === 0 ? 0.06 : 0.15);
      return events;
    }
    day += random.gap(stage.gap[0], stage.gap[1]);
    if (i > 0 && stage.event !== "trial_opened") persons = Math.max(1, persons - (random.chance(0.3) ? 1 : 0));
    if (!emit(stage.event, persons)) return events;
  }
  if (!random.chance(Math.min(0.95, 0.68 * factor))) {
    dismiss(0.1);
    return events;
  }
  day += random.gap(30, 700);
  if (random.chance(0.2)) {
    if (!emit("acquitted", persons)) return events;
  } else {
    const convicted = Math.max(1, persons - (random.chance(0.25) ? 1 : 0));
    const absent = detail.chance(IN_ABSENTIA_SHARE[hostState] ?? 0.1) ? detail.int(1, convicted) : 0;
    if (!emit("convicted", convicted, { persons_in_absentia: absent })) return events;
    day += random.gap(0, 21);
    if (!emit("sentenced", convicted, { persons_in_absentia: absent, ...sentenceOf(hostState, random) })) return events;
    const awarded = detail.chance(0.2) ? 1_000 * detail.int(1, 50) * (CURRENCY_UNITS[hostState]?.perThousand ?? 1) : 0;
    if (awarded) emit("reparations_awarded", undefined, { reparations_amount: awarded, reparations_currency: CURRENCY_UNITS[hostState]?.code ?? "USD" });
  }
  if (random.chance(0.3)) {
    day += random.gap(5, 60);
    emit("appeal", undefined, { note: random.pick(["Appeal lodged by the defence.", "Appeal lodged by the prosecution."]) });
    const lastVerdict = [...events].reverse().find((e) => e.event === "convicted");
    if (lastVerdict && detail.chance(0.15)) {
      day += detail.int(90, 700);
      emit("conviction_overturned", lastVerdict.persons_concerned as number);
    }
  }
  return events;
}

/**
 * Decides whether an attack gets a case, written at once. About one case in ten
 * also concerns one or two earlier attacks in the same host state (within 120 days)
 * that had no case of their own; `recent` keeps the last few such attacks per state.
 */
async function writeCase(incident: Incident, recent: Map<string, Incident[]>, out: CsvFile, state: CaseState, asOf: number, random: Random, detail: Random) {
  const hostState = incident.mission.hostState;
  const waiting = (recent.get(hostState) ?? []).filter((i) => i.day >= incident.day - 120);
  recent.set(hostState, waiting);
  const opened = incident.killed > 0 ? 0.59 * Math.sqrt(JUSTICE_PROGRESS[hostState] ?? 1) : incident.injured > 0 ? 0.18 : 0.05;
  if (!random.chance(opened)) {
    waiting.push(incident);
    if (waiting.length > 4) waiting.shift();
    return;
  }
  const group = random.chance(0.1) && waiting.length ? [...waiting.splice(-random.int(1, 2)), incident] : [incident];
  const events = caseEvents(group, asOf, random, detail);
  if (!events) return undefined;
  const caseId = `CASE-${String(state.nextCaseNumber++).padStart(6, "0")}`;
  const incidentIds = group.map((g) => g.row.incident_id).join(";");
  for (const event of events) await out.push({ case_id: caseId, incident_ids: incidentIds, ...event });
  rememberCase(state, hostState, { id: caseId, day: toDay(String(events[0].event_date)) }, random);
  return caseId;
}

function rememberCase(state: CaseState, hostState: string, entry: { id: string; day: number }, random: Random) {
  const kept = state.byState.get(hostState) ?? [];
  state.byState.set(hostState, kept);
  const seen = (state.seenByState.get(hostState) ?? 0) + 1;
  state.seenByState.set(hostState, seen);
  if (kept.length < 500) kept.push(entry);
  else if (random.chance(500 / seen)) kept[random.int(0, 499)] = entry; // reservoir sample
}

// ---------------------------------------------------------------- assistance
const UN_ENTITIES = ["UNDP", "UNODC", "OHCHR", "DPO/OROLSI"];

async function writeAssistance(out: CsvFile, cases: CaseState, count: number, asOf: number, random: Random) {
  const recipients = { MLI: 30, CAF: 28, COD: 18, SSD: 12, SDN: 6, HTI: 3, LBR: 2, CIV: 2, LBN: 1 };
  const first = Math.min(toDay("2012-01-01"), asOf);
  const after2589 = toDay("2021-09-01");
  for (let n = 1; n <= count; n++) {
    const state = random.weighted(recipients);
    // Assistance grew after resolution 2589 (August 2021).
    const start = random.chance(0.45) && asOf >= after2589 ? random.int(after2589, asOf) : random.int(first, asOf);
    const type = random.pick(ASSISTANCE_TYPES);
    const missions = MISSIONS.filter((m) => m.hostState === state && toDay(m.start) <= start && (!m.end || toDay(m.end) >= start));
    const entity = missions.length && random.chance(0.35) ? `${random.pick(missions).acronym} Justice and Corrections Section` : random.pick(UN_ENTITIES);
    const end = start + random.int(30, 1100);
    const ongoing = end > asOf || random.chance(0.05);
    const amount = random.chance(0.7) ? Math.round(10_000 * 200 ** random.uniform() / 1000) * 1000 : undefined;
    const candidates = (cases.byState.get(state) ?? []).filter((c) => c.day <= start + 365);
    const linked = ["investigation_support", "prosecution_support", "mobile_courts", "forensics", "legal_advice"].includes(type);
    const related = new Set<string>();
    if (linked && candidates.length && random.chance(0.35)) {
      for (let k = random.int(1, 3); k > 0; k--) related.add(random.pick(candidates).id);
    }
    await out.push({
      assistance_id: `AST-${String(n).padStart(5, "0")}`,
      recipient_state: state,
      start_date: isoOf(start),
      end_date: ongoing ? undefined : isoOf(end),
      assistance_type: type,
      un_entity: entity,
      amount_usd: amount,
      related_case_ids: [...related].sort().join(";") || undefined,
    });
  }
}

// ---------------------------------------------------------------- the sample
export async function generateSample(options: SampleOptions): Promise<SampleCounts> {
  const seed = options.seed ?? 2589;
  const scale = options.scale ?? 1;
  const asOfIso = options.asOf ?? DEFAULT_AS_OF;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfIso) || asOfIso < `${FIRST_YEAR}-01-01`) throw new Error(`asOf must be a date from ${FIRST_YEAR}: '${asOfIso}'`);
  if (!(scale > 0)) throw new Error(`scale must be positive: ${scale}`);
  const asOf = toDay(asOfIso);
  const random = makeRandom(seed);

  await mkdir(options.outDir, { recursive: true });
  const file = (kind: KindName) => new CsvFile(path.join(options.outDir, `${kind}.csv`), kind);
  const incidents = file("incidents");
  const casualties = file("casualties");
  const cases = file("cases");
  const assistance = file("assistance");
  const requests = file("requests");
  const detail = makeRandom(seed + 1);
  const caseState: CaseState = { nextCaseNumber: 1, byState: new Map(), seenByState: new Map() };
  let casualtyNumber = 0;
  const casualty = (row: Row) => casualties.push({ casualty_id: `CAS-${String(++casualtyNumber).padStart(7, "0")}`, ...row });

  const slots = missionYears(asOf);
  const years = [...new Set(slots.map((s) => s.year))];
  for (const year of years) {
    const yearSlots = slots.filter((s) => s.year === year);
    // Draw the year's attack dates first, as numbers, then build each attack in date
    // order so that ids follow the calendar and only one attack is in memory at a time.
    const keys: number[] = [];
    for (const [slotIndex, slot] of yearSlots.entries()) {
      const n = Math.round((INCIDENTS_AT_SCALE_1 * scale * slot.attackWeight) / TOTAL_ATTACK_WEIGHT);
      for (let i = 0; i < n; i++) {
        const { day, precision } = drawDate(slot, random);
        keys.push((day * 64 + slotIndex) * 4 + precision);
      }
    }
    const sorted = Float64Array.from(keys).sort();
    const recent = new Map<string, Incident[]>();
    for (const [i, key] of sorted.entries()) {
      const slot = yearSlots[Math.floor(key / 4) % 64];
      const id = `INC-${year}-${String(i + 1).padStart(6, "0")}`;
      const incident = makeIncident(id, slot, Math.floor(key / 256), key % 4, asOf, random);
      await incidents.push(incident.row);
      for (const person of incident.persons) {
        await casualty({
          incident_id: id,
          incident_date: incident.row.incident_date,
          mission: incident.mission.acronym,
          personnel_category: person.category,
          nationality: person.nationality,
          outcome: person.outcome,
          incident_type: "malicious_act",
        });
      }
      const caseId = await writeCase(incident, recent, cases, caseState, asOf, random, detail);
      const attack = { incidentId: id, day: incident.day, hostState: incident.mission.hostState, killed: incident.killed, caseId };
      const request = requestFor(attack, requests.rows + 1, asOf, detail);
      if (request) await requests.push(request);
    }
    // Deaths and injuries from accidents, illness and the like, in proportion to the personnel deployed.
    for (const slot of yearSlots) {
      const n = Math.round((NON_ATTACK_CASUALTIES_AT_SCALE_1 * scale * slot.strengthWeight) / TOTAL_STRENGTH_WEIGHT);
      const days = Float64Array.from({ length: n }, () => random.int(slot.from, slot.to)).sort();
      for (const day of days) {
        const category = random.weighted(NON_ATTACK_CATEGORIES);
        await casualty({
          incident_date: isoOf(day),
          mission: slot.mission.acronym,
          personnel_category: category,
          nationality: nationalityOf(category, slot.mission, random.contributor(slot.mission.troops), random),
          outcome: random.chance(0.85) ? "killed" : "injured",
          incident_type: random.weighted(NON_ATTACK_TYPES),
        });
      }
    }
  }
  await writeAssistance(assistance, caseState, Math.max(1, Math.round(ASSISTANCE_AT_SCALE_1 * scale)), asOf, random);

  for (const out of [incidents, casualties, cases, assistance, requests]) await out.close();
  return { incidents: incidents.rows, casualties: casualties.rows, cases: cases.rows, assistance: assistance.rows, requests: requests.rows };
}

// ---------------------------------------------------------------- command line
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const outDir = arg("out") ?? "data/sample";
  const started = performance.now();
  const counts = await generateSample({
    outDir,
    seed: arg("seed") ? Number(arg("seed")) : undefined,
    scale: arg("scale") ? Number(arg("scale")) : undefined,
    asOf: arg("as-of"),
  });
  let bytes = 0;
  for (const kind of Object.keys(counts)) bytes += (await stat(path.join(outDir, `${kind}.csv`))).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${JSON.stringify(counts)} in ${outDir}: ${bytes.toLocaleString("en")} bytes, ${seconds} s`);
}
