// The sample is drawn a mission-year at a time: the part of a calendar year a mission
// was deployed, which decides how many of the sample's attacks, and of its casualties
// not caused by attacks, fall to it.
import { isoOf, toDay, yearStart } from "./calendar.ts";
import { FIRST_YEAR, MISSIONS, type MissionProfile } from "./missions.ts";

/** The sample's last day unless told otherwise; also the period the sizes below are measured over. */
export const DEFAULT_AS_OF = "2025-12-31";

/** Attacks over the default period at scale 1. */
const INCIDENTS_AT_SCALE_1 = 3000;
/** Deaths and injuries not caused by attacks, at scale 1: about as many as attack fatalities. */
const NON_ATTACK_CASUALTIES_AT_SCALE_1 = 1350;

export interface MissionYear {
  mission: MissionProfile;
  year: number;
  /** First and last day deployed in the year (day numbers, both included). */
  from: number;
  to: number;
  /** The mission's attacks per full year, times the fraction of the year deployed. */
  attackWeight: number;
  /** The mission's strength, times the fraction of the year deployed. */
  strengthWeight: number;
}

/** Every mission-year from FIRST_YEAR to asOf, year by year and, within a year, in MISSIONS order. */
export function missionYears(asOf: number): MissionYear[] {
  const out: MissionYear[] = [];
  const lastYear = Number(isoOf(asOf).slice(0, 4));
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    for (const mission of MISSIONS) {
      const from = Math.max(toDay(mission.start), yearStart(year));
      const to = Math.min(mission.end ? toDay(mission.end) : asOf, yearStart(year + 1) - 1, asOf);
      if (to < from) continue;
      const fraction = (to - from + 1) / (yearStart(year + 1) - yearStart(year));
      // A profile's attack list may stop before asOf: its last year carries on.
      const index = Math.min(year - FIRST_YEAR, mission.attacks.length - 1);
      out.push({
        mission,
        year,
        from,
        to,
        attackWeight: mission.attacks[index] * fraction,
        strengthWeight: mission.strength * fraction,
      });
    }
  }
  return out;
}

/** Totals over the default period, so that an earlier asOf truncates the sample instead of rescaling it. */
const REFERENCE_YEARS = missionYears(toDay(DEFAULT_AS_OF));
const TOTAL_ATTACK_WEIGHT = REFERENCE_YEARS.reduce((sum, m) => sum + m.attackWeight, 0);
const TOTAL_STRENGTH_WEIGHT = REFERENCE_YEARS.reduce((sum, m) => sum + m.strengthWeight, 0);

/** How many attacks a mission-year has at this scale. */
export const attacksIn = (slot: MissionYear, scale: number) =>
  Math.round((INCIDENTS_AT_SCALE_1 * scale * slot.attackWeight) / TOTAL_ATTACK_WEIGHT);

/**
 * How many casualties not caused by attacks a mission-year has at this scale:
 * in proportion to the personnel deployed.
 */
export const nonAttackCasualtiesIn = (slot: MissionYear, scale: number) =>
  Math.round((NON_ATTACK_CASUALTIES_AT_SCALE_1 * scale * slot.strengthWeight) / TOTAL_STRENGTH_WEIGHT);
