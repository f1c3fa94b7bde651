// Attacks on a mission and the persons they killed or injured, and the casualties not
// caused by attacks (illness, accidents…). The draws happen in a fixed order: a year's
// attack dates first, then each attack in date order, then the other casualties.
import { isoOf, monthStart, toDay, yearStart } from "./calendar.ts";
import type { Row } from "./csv-file.ts";
import { attacksIn, nonAttackCasualtiesIn, type MissionYear } from "./mission-years.ts";
import { INTERNATIONAL_STAFF, type MissionProfile } from "./missions.ts";
import type { Random } from "./random.ts";
import { DATE_PRECISIONS, OUTCOMES, PERSONNEL_CATEGORIES } from "../contract/vocabularies.ts";
import {
  ANY_CATEGORY,
  ATTACK_WORDING,
  LETHALITY_BY_TYPE,
  MAIN_TARGET,
  NON_ATTACK_CATEGORIES,
  NON_ATTACK_TYPES,
  PERPETRATORS,
  type Category,
  type Outcome,
} from "./weights.ts";

type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface Incident {
  row: Row;
  day: number;
  mission: MissionProfile;
  killed: number;
  injured: number;
  /** Nationality of the contingent attacked, for the rare case heard by its military courts. */
  contingent: string;
  persons: { category: Category; nationality: string; outcome: Outcome }[];
}

/** The date of an attack not built yet, with the mission-year it belongs to. */
export interface AttackDate {
  day: number;
  /** Index of the attack's mission-year among the year's, which are in MISSIONS order. */
  slot: number;
  precision: DatePrecision;
}

const PRECISION_RANK = Object.fromEntries(DATE_PRECISIONS.map((p, i) => [p, i])) as Record<DatePrecision, number>;

/**
 * Draws the dates of a year's attacks, mission-year by mission-year, and sorts them
 * by day, then mission, then precision (to the day before to the month before to the
 * year), so that attacks can be built one at a time and their ids follow the calendar.
 * Dates are small objects: a year holds at most some 51,000 at --scale 167.
 */
export function drawAttackDates(yearSlots: MissionYear[], scale: number, random: Random): AttackDate[] {
  const dates: AttackDate[] = [];
  for (const [slot, missionYear] of yearSlots.entries()) {
    const n = attacksIn(missionYear, scale);
    for (let i = 0; i < n; i++) {
      // A plain literal, not a spread of drawDate's result: V8 gives spread copies a
      // heavier layout, which cost some 50 MB of heap at --scale 167.
      const { day, precision } = drawDate(missionYear, random);
      dates.push({ day, slot, precision });
    }
  }
  return dates.sort(
    (a, b) => a.day - b.day || a.slot - b.slot || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision],
  );
}

/** An attack date: mostly to the day, some only to the month (on the 1st) or the year (on 1 January). */
function drawDate(slot: MissionYear, random: Random): { day: number; precision: DatePrecision } {
  const day = random.int(slot.from, slot.to);
  const p = random.uniform();
  // A date rounded down must not fall before the mission began.
  const missionStart = toDay(slot.mission.start);
  if (p < 0.01 && yearStart(slot.year) >= missionStart) return { day: yearStart(slot.year), precision: "year" };
  if (p < 0.06 && monthStart(day) >= missionStart) return { day: monthStart(day), precision: "month" };
  return { day, precision: "day" };
}

/** Where a casualty comes from: soldiers mostly from the contingent attacked, national staff from the host state. */
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

/** One attack on its drawn date: where, how, its toll and who the casualties were. */
export function makeIncident(
  incidentId: string,
  slot: MissionYear,
  date: Omit<AttackDate, "slot">,
  asOf: number,
  random: Random,
): Incident {
  const { mission } = slot;
  const { day, precision } = date;

  const region = random.weighted(Object.fromEntries(mission.regions.map((r) => [r.name, r.weight])));
  const where = mission.regions.find((r) => r.name === region)!;
  const place = random.chance(0.8) ? random.pick(where.places) : undefined;
  const located = random.chance(0.7);
  const jitter = () => Math.max(-1, Math.min(1, random.normal() / 2)) * where.spread;
  const latitude = located ? (where.lat + jitter()).toFixed(4) : undefined;
  const longitude = located ? (where.lon + jitter()).toFixed(4) : undefined;

  const attackType = random.weighted(mission.attackMix);
  const fatal = random.chance(Math.min(0.9, mission.lethality * LETHALITY_BY_TYPE[attackType]));
  const killed = fatal
    ? Math.min(12, random.geometric(attackType === "ied_or_mine" || attackType === "ambush" ? 0.5 : 0.7))
    : 0;
  const injuredLikely = attackType === "abduction" ? 0.1 : fatal ? 0.6 : 0.42;
  const injured = random.chance(injuredLikely)
    ? Math.min(30, random.geometric(attackType === "indirect_fire" ? 0.3 : 0.45))
    : 0;

  const contingent = random.contributor(mission.troops);
  const target = random.weighted(MAIN_TARGET);
  const persons: Incident["persons"] = [];
  // The incident row counts its casualties per outcome and category, zeros included.
  const counts: Row = {};
  for (const outcome of OUTCOMES) for (const category of PERSONNEL_CATEGORIES) counts[`${outcome}_${category}`] = 0;
  for (const [outcome, n] of [
    ["killed", killed],
    ["injured", injured],
  ] as const) {
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
  // Most records are last touched within a year or so; some are revisited any time up to asOf.
  const updated = random.chance(0.2) ? random.int(day, asOf) : Math.min(asOf, day + random.gap(0, 400));

  const row: Row = {
    incident_id: incidentId,
    incident_date: isoOf(day),
    date_precision: precision,
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

/** The casualty rows of an attack (without their casualty ids): no draws, the persons are already drawn. */
export function casualtiesOf(incident: Incident): Row[] {
  return incident.persons.map((person) => ({
    incident_id: incident.row.incident_id,
    incident_date: incident.row.incident_date,
    mission: incident.mission.acronym,
    personnel_category: person.category,
    nationality: person.nationality,
    outcome: person.outcome,
    incident_type: "malicious_act",
  }));
}

/**
 * A mission-year's deaths and injuries from accidents, illness and the like (without
 * casualty ids), in date order. A generator, so that a large year is drawn as it is written.
 */
export function* nonAttackCasualties(slot: MissionYear, scale: number, random: Random): Generator<Row> {
  const n = nonAttackCasualtiesIn(slot, scale);
  // A typed array sorts numerically, and keeps a large year's days compact.
  const days = Float64Array.from({ length: n }, () => random.int(slot.from, slot.to)).sort();
  for (const day of days) {
    const category = random.weighted(NON_ATTACK_CATEGORIES);
    const contingent = random.contributor(slot.mission.troops);
    yield {
      incident_date: isoOf(day),
      mission: slot.mission.acronym,
      personnel_category: category,
      nationality: nationalityOf(category, slot.mission, contingent, random),
      outcome: random.chance(0.85) ? "killed" : "injured",
      incident_type: random.weighted(NON_ATTACK_TYPES),
    };
  }
}
