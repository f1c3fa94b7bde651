// Controlled vocabularies of the export contract. The order is meaningful where
// noted: dashboards and marts list categories in this order.

export const PERSONNEL_CATEGORIES = [
  "military",
  "police",
  "military_observer",
  "international_civilian",
  "national_civilian",
  "other",
] as const;

export const OUTCOMES = ["killed", "injured"] as const;

export const INCIDENT_TYPES = [
  "malicious_act",
  "accident",
  "illness",
  "self_inflicted",
  "undetermined",
  "unknown",
] as const;

export const ATTACK_TYPES = [
  "ied_or_mine",
  "ambush",
  "indirect_fire",
  "direct_attack_on_base",
  "attack_on_convoy_or_patrol",
  "abduction",
  // gunfire in an armed clash with the mission's personnel (ACLED's "Armed clash"; docs/sources/acled.md)
  "direct_fire",
  "other",
] as const;

/**
 * Whether an incident record counts the UN personnel killed and injured by category.
 * 'not_known': the source does not say (ACLED counts every death, attackers included), so the
 * killed_* and injured_* counts are unknown: staging makes them NULL, never zero.
 */
export const COUNT_KNOWLEDGE = ["known", "not_known"] as const;

/** Third-party datasets a source adapter maps incidents from; etl/sources/terms.ts says what each allows to publish. */
export const SOURCE_DATASETS = ["acled"] as const;

export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export const COURT_TYPES = ["civilian", "military", "international"] as const;

/**
 * Case events in the order a prosecution normally moves through them, each with the pipeline stage it
 * takes a case to (its stage_rank is the stage's place in PIPELINE_STAGES), or null for an event that
 * does not move a case forward: a dismissal, an appeal, what follows a verdict, a report that nothing
 * was done. The warehouse reads it as ref_case_event_stages (etl/warehouse/contract-tables.ts).
 */
export const CASE_EVENT_STAGES = {
  investigation_opened: "investigation_opened",
  suspect_identified: "suspect_identified",
  arrest: "arrest",
  charged: "charged",
  trial_opened: "trial_opened",
  convicted: "convicted",
  acquitted: "verdict",
  dismissed: null,
  sentenced: "convicted",
  appeal: null,
  conviction_overturned: null,
  sentence_commuted: null,
  reparations_awarded: null,
  no_progress_reported: null,
} as const satisfies Record<string, Exclude<(typeof PIPELINE_STAGES)[number], "no_case"> | null>;

type CaseEventName = keyof typeof CASE_EVENT_STAGES;
export const CASE_EVENTS = Object.keys(CASE_EVENT_STAGES) as [CaseEventName, ...CaseEventName[]];

/** What a court imposed. A death sentence under a moratorium on executions is told apart. */
export const SENTENCE_TYPES = [
  "prison",
  "life_imprisonment",
  "death",
  "death_under_moratorium",
  "forced_labour",
  "fine",
  "other",
] as const;

/** Who the accused or suspected perpetrators are. */
export const PERPETRATOR_KINDS = ["armed_group", "state_agent", "criminal", "unknown"] as const;

/** How certain it is that the event happened as recorded. */
export const CERTAINTIES = ["confirmed", "reported", "unconfirmed"] as const;

/** Where the record of an event comes from; empty in a state's own export. */
export const SOURCE_KINDS = ["official_record", "un_statement", "press_only"] as const;

/** Who may see a case row by row: the state editions only, or every edition (cases from public reporting). */
export const DISCLOSURES = ["restricted", "public"] as const;

/** How much of what was asked a state's reply to a request covered. */
export const REPLY_COVERAGES = ["none", "partial", "full"] as const;

export const ASSISTANCE_TYPES = [
  "investigation_support",
  "forensics",
  "mobile_courts",
  "prosecution_support",
  "detention",
  "training",
  "legal_advice",
] as const;

/** The stages of the accountability pipeline (dim_case_stages), in order; 'no_case': no case was opened. */
export const PIPELINE_STAGES = [
  "no_case",
  "investigation_opened",
  "suspect_identified",
  "arrest",
  "charged",
  "trial_opened",
  "verdict",
  "convicted",
] as const;

/** The stages a judicial case can reach: the pipeline's, without 'no_case'. */
export const CASE_STAGES = PIPELINE_STAGES.slice(1);

/** The horizons, in years, at which the marts measure attacks left without a verdict (mart_impunity). */
export const HORIZON_YEARS = [1, 2, 5] as const;
