// Mission profiles of the synthetic sample (missions.json): real host states, active periods,
// first-level regions and troop/police contributors; invented attack intensities
// shaped after the public record (MINUSMA by far the deadliest, MINUSCA from 2017…).
import { readFileSync } from "node:fs";
import { z } from "zod";
import { ATTACK_TYPES } from "../contract/vocabularies.ts";
import type { PERPETRATOR_KINDS } from "../contract/vocabularies.ts";

export type AttackType = (typeof ATTACK_TYPES)[number];

const Region = z.strictObject({
  name: z.string(),
  /** Rough centre of the region's sites, decimal degrees. */
  lat: z.number(),
  lon: z.number(),
  weight: z.number().positive(),
  /** How far (degrees) sites spread around the centre; small near coasts and borders. */
  spread: z.number().positive(),
  places: z.array(z.string()).nonempty(),
});

const MissionProfile = z.strictObject({
  acronym: z.string(),
  hostState: z.string().regex(/^[A-Z]{3}$/),
  start: z.iso.date(),
  end: z.iso.date().optional(),
  /** Relative number of attacks per full year, FIRST_YEAR onwards (index 0 = 2011). */
  attacks: z.array(z.number().nonnegative()),
  /** Personnel deployed, thousands: drives casualties not caused by attacks. */
  strength: z.number().positive(),
  /** Probability that an attack kills somebody. */
  lethality: z.number().min(0).max(1),
  attackMix: z.partialRecord(z.enum(ATTACK_TYPES), z.number().positive()),
  regions: z.array(Region).nonempty(),
  troops: z.array(z.string().regex(/^[A-Z]{3}$/)),
  police: z.array(z.string().regex(/^[A-Z]{3}$/)),
});
export type Region = z.infer<typeof Region>;
export type MissionProfile = z.infer<typeof MissionProfile>;

export const FIRST_YEAR = 2011;

/** The profiles, one block a mission: data, kept in missions.json and checked as it is read. */
export const MISSIONS: MissionProfile[] = z
  .array(MissionProfile)
  .parse(JSON.parse(readFileSync(new URL("missions.json", import.meta.url), "utf8")));

/** International staff come from everywhere; a short, plausible mix. */
// prettier-ignore
export const INTERNATIONAL_STAFF = [
  "FRA", "USA", "GBR", "KEN", "CAN", "SEN", "CMR", "DEU", "ITA", "NGA", "UGA", "PHL", "IND",
];

/** How far judicial cases get in each host state, relative to the others (MLI and CAF prosecute more). */
export const JUSTICE_PROGRESS: Record<string, number> = { MLI: 1.12, CAF: 1.15, COD: 0.75, SSD: 0.6, SDN: 0.85 };

/** Host states whose attacks go mostly to military courts. */
export const MILITARY_COURT_SHARE: Record<string, number> = { COD: 0.6, CAF: 0.15 };

/** Host states where a few cases (3%) go to an international court rather than the national ones. */
export const INTERNATIONAL_COURT_STATES = new Set(["CAF", "MLI"]);

/** Host states whose courts can sentence to death (8% of sentences there); elsewhere a sentence is prison or life. */
export const DEATH_SENTENCE_STATES = new Set(["MLI", "COD"]);

// Weights of the fields the cases contract gained with the public record. Synthetic:
// chosen to look plausible, not measured.
export const PERPETRATOR_KIND_WEIGHTS: Record<(typeof PERPETRATOR_KINDS)[number], number> = {
  armed_group: 70,
  criminal: 10,
  state_agent: 3,
  unknown: 17,
};
/** Chance that a conviction includes persons tried in absentia, per host state. */
export const IN_ABSENTIA_SHARE: Record<string, number> = { MLI: 0.45, CAF: 0.25, COD: 0.1 };
/** Where a death sentence falls under a moratorium on executions (Mali: since 1980, per MINUSMA). */
export const DEATH_UNDER_MORATORIUM = new Set(["MLI"]);
/** Reparations are drawn in thousands of US dollars and stated in the host state's currency. */
export const CURRENCY_UNITS: Record<string, { code: string; perThousand: number }> = {
  MLI: { code: "XOF", perThousand: 600 },
  CAF: { code: "XAF", perThousand: 600 },
  COD: { code: "CDF", perThousand: 2_800 },
};

/** Requests (notes verbales) to host states about fatal attacks: how often the UN asks, and how states reply. */
export const REQUESTS = {
  /** The UN asks about fatal attacks from this date (resolution 2589 was adopted on 18 August 2021). */
  from: "2021-08-18",
  askedShare: 0.8,
  /** Days from the attack to the request, and the days a state is given to reply. */
  sentAfter: [20, 120],
  dueAfter: 60,
  /** Chance that a state replies at all, and the coverage of the replies that come. */
  replyShare: { MLI: 0.7, CAF: 0.75, COD: 0.5, SSD: 0.35, SDN: 0.3 } as Record<string, number>,
  defaultReplyShare: 0.5,
  replyAfter: [10, 400],
  coverage: { none: 15, partial: 55, full: 30 },
} as const;
