// How the sample draws what happens in an attack, to whom, and what follows: the
// weight tables of incidents.ts, cases.ts and assistance.ts, kept apart from the
// code so that tuning the sample is an edit here only. The mission profiles and the
// per-state judicial factors are in missions.ts.
//
// Every table is synthetic: chosen to look plausible, not measured. Weights need not
// sum to anything. Their key order is part of the output: a weighted draw walks the
// entries in insertion order, so reordering a table changes every file of the sample.
import type {
  ASSISTANCE_TYPES,
  CASE_EVENTS,
  INCIDENT_TYPES,
  OUTCOMES,
  PERSONNEL_CATEGORIES,
} from "../contract/vocabularies.ts";
import type { AttackType } from "./missions.ts";

export type Category = (typeof PERSONNEL_CATEGORIES)[number];
export type Outcome = (typeof OUTCOMES)[number];
export type IncidentType = (typeof INCIDENT_TYPES)[number];
export type CaseEventName = (typeof CASE_EVENTS)[number];
export type AssistanceType = (typeof ASSISTANCE_TYPES)[number];

// ---------------------------------------------------------------- attacks
/** Multiplies a mission's lethality: mines and ambushes kill most, abductions seldom. */
export const LETHALITY_BY_TYPE: Record<AttackType, number> = {
  ied_or_mine: 1.35,
  ambush: 1.35,
  attack_on_convoy_or_patrol: 1,
  direct_attack_on_base: 1,
  indirect_fire: 0.8,
  abduction: 0.3,
  direct_fire: 1,
  other: 0.5,
};

/** Who an attack was aimed at; most of its casualties (85%) are of that category. */
export const MAIN_TARGET: Partial<Record<Category, number>> = {
  military: 80,
  police: 12,
  international_civilian: 3,
  national_civilian: 5,
};

/** The category of the other casualties of an attack: whoever else was there. */
export const ANY_CATEGORY: Partial<Record<Category, number>> = {
  military: 55,
  police: 15,
  military_observer: 5,
  international_civilian: 7,
  national_civilian: 13,
  other: 5,
};

/** Named groups, for the third of attacks whose perpetrator is known. Invented names: no real group is accused. */
export const PERPETRATORS: readonly string[] = [
  "Armed group A",
  "Armed group B",
  "Armed group C",
  "Armed group D",
  "Local militia",
  "Criminal network",
];

/** The opening of an attack's narrative; {m} is the mission's acronym. */
export const ATTACK_WORDING: Record<AttackType, string> = {
  ied_or_mine: "An improvised explosive device struck a {m} vehicle",
  ambush: "Unidentified assailants ambushed a {m} unit",
  indirect_fire: "Mortar rounds and rockets hit a {m} camp",
  direct_attack_on_base: "Armed men attacked a {m} base",
  attack_on_convoy_or_patrol: "A {m} patrol came under fire",
  abduction: "{m} personnel were abducted",
  direct_fire: "Gunmen opened fire on {m} personnel",
  other: "{m} personnel were targeted in an attack",
};

// ---------------------------------------------------------------- casualties not caused by attacks
/** What caused them: every incident type but a malicious act. */
export const NON_ATTACK_TYPES: Partial<Record<Exclude<IncidentType, "malicious_act">, number>> = {
  illness: 38,
  accident: 33,
  self_inflicted: 6,
  undetermined: 10,
  unknown: 13,
};

/** Who they were: roughly the make-up of the personnel deployed. */
export const NON_ATTACK_CATEGORIES: Partial<Record<Category, number>> = {
  military: 70,
  police: 12,
  military_observer: 2,
  international_civilian: 7,
  national_civilian: 8,
  other: 1,
};

// ---------------------------------------------------------------- judicial cases
/**
 * The stages after an investigation opens, in order: the chance of reaching each once
 * the previous one is reached (before the host-state factor), and the days it takes.
 */
export const STAGES: readonly { event: CaseEventName; p: number; gap: readonly [number, number] }[] = [
  { event: "suspect_identified", p: 0.5, gap: [30, 540] },
  { event: "arrest", p: 0.6, gap: [20, 720] },
  { event: "charged", p: 0.56, gap: [15, 365] },
  { event: "trial_opened", p: 0.64, gap: [90, 1100] },
];

/** Prison terms in years; repeats make the middle terms likelier. */
export const SENTENCE_YEARS: readonly number[] = [2, 5, 5, 10, 10, 10, 15, 20];

export const DISMISSAL_NOTES: readonly string[] = [
  "Dismissed for lack of evidence.",
  "Proceedings closed: suspects not found.",
  "Dismissed: suspect deceased.",
];

export const APPEAL_NOTES: readonly string[] = ["Appeal lodged by the defence.", "Appeal lodged by the prosecution."];

// ---------------------------------------------------------------- assistance
/** Which host states receive assistance: mostly those whose courts try attacks on peacekeepers. */
export const ASSISTANCE_RECIPIENTS: Record<string, number> = {
  MLI: 30,
  CAF: 28,
  COD: 18,
  SSD: 12,
  SDN: 6,
  HTI: 3,
  LBR: 2,
  CIV: 2,
  LBN: 1,
};

/** UN entities that give assistance outside a mission's Justice and Corrections Section. */
export const UN_ENTITIES: readonly string[] = ["UNDP", "UNODC", "OHCHR", "DPO/OROLSI"];

/** Assistance that can name the cases it supported; training or detention support does not. */
export const CASE_LINKED_ASSISTANCE: readonly AssistanceType[] = [
  "investigation_support",
  "prosecution_support",
  "mobile_courts",
  "forensics",
  "legal_advice",
];
