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

export const INCIDENT_TYPES = ["malicious_act", "accident", "illness", "self_inflicted", "undetermined", "unknown"] as const;

export const ATTACK_TYPES = [
  "ied_or_mine",
  "ambush",
  "indirect_fire",
  "direct_attack_on_base",
  "attack_on_convoy_or_patrol",
  "abduction",
  "other",
] as const;

export const DATE_PRECISIONS = ["day", "month", "year"] as const;

export const COURT_TYPES = ["civilian", "military", "international"] as const;

/** Case events in the order a prosecution normally moves through them. */
export const CASE_EVENTS = [
  "investigation_opened",
  "suspect_identified",
  "arrest",
  "charged",
  "trial_opened",
  "convicted",
  "acquitted",
  "dismissed",
  "sentenced",
  "appeal",
] as const;

export const ASSISTANCE_TYPES = [
  "investigation_support",
  "forensics",
  "mobile_courts",
  "prosecution_support",
  "detention",
  "training",
  "legal_advice",
] as const;
