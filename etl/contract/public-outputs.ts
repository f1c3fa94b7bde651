// The public outputs (warehouse/extracts/*.sql and every mart_*) as zod schemas:
// the one place that describes the columns the warehouse derives. Columns an
// extract copies from an export are not restated: they come from the export
// contract through columnsOf(), so the data package, the data dictionary page
// and row validation read the very same field. tests/extract-package.test.ts
// fails when a published column has no description here or in the contract.
import { z } from "zod";
import { columnsOf } from "./columns.ts";
import { iso3, missionAcronym, oneOf } from "./fields.ts";
import { exportKind, type KindName } from "./kinds.ts";
import {
  ASSISTANCE_TYPES, ATTACK_TYPES, CASE_EVENTS, CERTAINTIES, COURT_TYPES, DATE_PRECISIONS, OUTCOMES, PERPETRATOR_KINDS,
  PERSONNEL_CATEGORIES, SENTENCE_TYPES, SOURCE_KINDS,
} from "./vocabularies.ts";

/** Frictionless Table Schema field types that the outputs use. */
export type FieldType = "string" | "integer" | "number" | "date" | "boolean";

export interface OutputField {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  enum?: readonly string[];
  pattern?: string;
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface PublicOutput {
  /** The export kind whose contract fields this output publishes unchanged. */
  contract?: KindName;
  /** What the warehouse adds (for reference tables and marts: every column). */
  derived: z.ZodObject;
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

// Builders for derived columns. Unlike the contract's count(), these have no
// default: a derived count is never missing, so it is required.
const n = (description: string) => z.number().int().min(0).meta({ description });
const share = (description: string) => z.number().min(0).max(1).meta({ description });
const date = (description: string) => z.iso.date().meta({ description });
const year = (description: string) => z.number().int().meta({ description });
const hostStateOrAll = (description: string) =>
  z.string().regex(/^([A-Z]{3}|ALL)$/).meta({ description: `${description} 'ALL' is every host state together.` });

/** The stages of the accountability pipeline (dim_case_stages), in order. */
export const PIPELINE_STAGES = [
  "no_case", "investigation_opened", "suspect_identified", "arrest", "charged", "trial_opened", "verdict", "convicted",
] as const;

const toState = (field: string): ForeignKey => ({ fields: field, reference: { resource: "states", fields: "iso3" } });
const toMission = (field: string): ForeignKey => ({ fields: field, reference: { resource: "missions", fields: "mission_acronym" } });

const incidentYear = year("Calendar year of incident_date.");
const incidentMonth = date("First day of the month of incident_date.");
const perCategory = (outcome: "killed" | "injured") => `${outcome === "killed" ? "Killed" : "Injured"} in all personnel categories together.`;

// Not a foreign key to incidents: an export may name an attack that is not (yet) loaded.
export const PUBLIC_OUTPUTS: Record<string, PublicOutput> = {
  casualties: {
    contract: "casualties",
    derived: z.object({
      host_state: iso3("Host state the casualty is attributed to, ISO 3166-1 alpha-3: the attack's host state, else the mission's sole or rule-attributed host state; empty when it cannot be attributed.").optional(),
      attack_type: oneOf([...ATTACK_TYPES, "not_recorded"], "Kind of attack, from the casualty's incident; 'not_recorded' when the casualty names no loaded incident, or when the attack it is linked to comes from a source whose rows may not be published (ACLED)."),
      incident_year: incidentYear,
    }),
    primaryKey: ["casualty_id"],
    foreignKeys: [toMission("mission"), toState("nationality"), toState("host_state")],
  },
  incidents: {
    contract: "incidents",
    derived: z.object({
      incident_year: incidentYear,
      killed_total: n(`${perCategory("killed")} Empty when the record's counts are not known (casualty_counts 'not_known').`).optional(),
      injured_total: n(`${perCategory("injured")} Empty when the record's counts are not known (casualty_counts 'not_known').`).optional(),
    }),
    primaryKey: ["incident_id"],
    foreignKeys: [toMission("mission"), toState("host_state")],
  },
  assistance: {
    contract: "assistance",
    derived: z.object({ related_cases: n("Number of judicial cases the assistance supports.") }),
    primaryKey: ["assistance_id"],
    foreignKeys: [toState("recipient_state")],
  },
  missions: {
    derived: z.object({
      mission_acronym: missionAcronym("Acronym of the UN operation, as the exports spell it."),
      mission_name: z.string().meta({ description: "Full name of the operation." }),
      start_date: date("Date of the decision that set up the mission, or the later start date it set."),
      end_date: date("End of the mandate (or of the withdrawal period after it); empty while running.").optional(),
      host_states: z.string().optional().meta({ description: "States the mission operated in, ISO 3166-1 alpha-3 codes separated by ';'; the main host first where there is one." }),
      region: z.string().optional().meta({ description: "Region in the DPO grouping: Africa, Americas, Asia and the Pacific, Europe or Middle East." }),
      kind: oneOf(["peacekeeping", "political", "other"], "Peacekeeping operation, political mission, or other office."),
    }),
    primaryKey: ["mission_acronym"],
  },
  states: {
    derived: z.object({
      iso3: iso3("ISO 3166-1 alpha-3 code; former states keep their ISO 3166-3 code."),
      m49: z.string().optional().meta({ description: "UN M49 numeric code, three digits with leading zeros." }),
      name_en: z.string().meta({ description: "English name as the UN writes it (UN M49, e.g. Côte d’Ivoire, Syrian Arab Republic); former states and Kosovo from warehouse/reference/former-states.csv." }),
      region: z.string().optional().meta({ description: "Region (world-countries grouping)." }),
      subregion: z.string().optional().meta({ description: "Subregion (world-countries grouping)." }),
      is_former: z.boolean().meta({ description: "True for a state that no longer exists (ISO 3166-3)." }),
    }),
    primaryKey: ["iso3"],
  },
  mart_attack_casualties: {
    derived: z.object({
      incident_month: incidentMonth,
      incident_year: incidentYear,
      mission: missionAcronym("Mission the people served with."),
      host_state: z.string().regex(/^([A-Z]{3}|not_attributed)$/).meta({ description: "Host state, ISO 3166-1 alpha-3; 'not_attributed' when it cannot be attributed." }),
      attack_type: oneOf([...ATTACK_TYPES, "not_recorded"], "Kind of attack; 'not_recorded' when the casualty names no loaded incident."),
      personnel_category: oneOf(PERSONNEL_CATEGORIES, "Category of UN personnel."),
      nationality: iso3("Nationality, ISO 3166 alpha-3."),
      outcome: oneOf(OUTCOMES, "Killed or injured."),
      casualties: n("People killed or injured in malicious acts with these characteristics; can be summed along any column."),
    }),
    primaryKey: ["incident_month", "mission", "host_state", "attack_type", "personnel_category", "nationality", "outcome"],
    foreignKeys: [toMission("mission"), toState("nationality")],
  },
  // Issue 15 (metrics in marts): killed and injured side by side, summed from mart_attack_casualties.
  mart_attack_casualties_by_year: {
    derived: z.object({
      incident_year: incidentYear,
      host_state: z.string().regex(/^([A-Z]{3}|not_attributed)$/)
        .meta({ description: "Host state, ISO 3166-1 alpha-3; 'not_attributed' when it cannot be attributed." }),
      mission: missionAcronym("Mission the people served with."),
      attack_type: oneOf(
        [...ATTACK_TYPES, "not_recorded"],
        "Kind of attack; 'not_recorded' when the casualty names no loaded incident.",
      ),
      personnel_category: oneOf(PERSONNEL_CATEGORIES, "Category of UN personnel."),
      killed: z.number().int().min(1).optional()
        .meta({ description: "People killed in malicious acts with these characteristics; empty when none was." }),
      injured: z.number().int().min(1).optional()
        .meta({ description: "People injured in malicious acts with these characteristics; empty when none was." }),
    }),
    primaryKey: ["incident_year", "host_state", "mission", "attack_type", "personnel_category"],
    foreignKeys: [toMission("mission")],
  },
  mart_attack_incidents: {
    derived: z.object({
      incident_month: incidentMonth,
      incident_year: incidentYear,
      mission: missionAcronym("Mission whose personnel were attacked."),
      host_state: iso3("Host state of the attacks, ISO 3166-1 alpha-3."),
      attack_type: oneOf(ATTACK_TYPES, "Kind of attack."),
      incidents: n("Number of attacks."),
      fatal_incidents: n("Attacks that killed at least one person."),
      killed: n("People killed, as the incident records count them."),
      injured: n("People injured, as the incident records count them."),
    }),
    primaryKey: ["incident_month", "mission", "host_state", "attack_type"],
    foreignKeys: [toMission("mission"), toState("host_state")],
  },
  // ACLED (issue 14): aggregates of a source whose rows may not be published; attribution "ACLED, accessed <accessed_on>".
  mart_acled_attacks: {
    derived: z.object({
      incident_month: incidentMonth,
      incident_year: incidentYear,
      mission: missionAcronym("Mission ACLED names as the target of the attacks."),
      host_state: iso3("State where the attacks took place, ISO 3166-1 alpha-3."),
      admin1: z.string().meta({ description: "First-level administrative division (region) of the attacks, as ACLED names it; 'not_recorded' when ACLED gives none." }),
      attack_type: oneOf(ATTACK_TYPES, "Kind of attack, from ACLED's sub-event type (docs/sources/acled.md)."),
      attacks: n("Attacks on the mission that ACLED records. Source: ACLED (attribution with the date accessed: mart_acled_agreement.accessed_on)."),
      attacks_with_fatalities: n("Of those, attacks in which ACLED counts at least one death of anyone (attackers and civilians included): not a count of UN personnel."),
      attacks_linked: n("Of those, attacks linked to at least one UN death in the UN fatalities data (same mission, same day or within a day)."),
      un_deaths_linked: n("UN personnel killed, per the UN fatalities data, in the attacks linked."),
    }),
    primaryKey: ["incident_month", "mission", "host_state", "admin1", "attack_type"],
    foreignKeys: [toMission("mission"), toState("host_state")],
  },
  mart_acled_agreement: {
    derived: z.object({
      mission: missionAcronym("Mission ACLED records attacks on."),
      covered_from: date("First day the ACLED files loaded cover."),
      covered_to: date("Last day the ACLED files loaded cover."),
      accessed_on: date("Date the ACLED data was accessed: attribute it as \"ACLED, accessed <this date>\"."),
      un_deaths: n("UN personnel killed in malicious acts (UN fatalities data, no incident named) dated within the ACLED period."),
      un_deaths_linked_same_day: n("Of those, deaths linked to the one ACLED attack on the mission that day."),
      un_deaths_linked_within_a_day: n("Of those, deaths with no ACLED attack that day, linked to the one attack of the day before or after."),
      un_deaths_ambiguous: n("Of those, deaths left unlinked because several ACLED attacks could match."),
      un_deaths_no_candidate: n("Of those, deaths with no ACLED attack on the mission within a day."),
      un_deaths_outside_period: n("UN deaths in malicious acts of the mission dated outside the ACLED period (not looked for)."),
      un_attacks: n("Inferred attacks (mission, day) of the UN deaths within the period."),
      un_attacks_linked: n("Of those, attacks whose deaths are linked to an ACLED attack."),
      acled_attacks: n("Attacks on the mission that ACLED records."),
      acled_attacks_with_fatalities: n("Of those, attacks in which ACLED counts at least one death of anyone (attackers and civilians included)."),
      acled_attacks_linked: n("ACLED attacks linked to at least one UN death."),
      acled_fatal_attacks_without_un_death: n("ACLED attacks with fatalities that no UN death is linked to."),
      acled_attacks_linked_to_several_dates: n("ACLED attacks linked to UN deaths of two or more dates (one the same day, one within a day)."),
    }),
    primaryKey: ["mission"],
    foreignKeys: [toMission("mission")],
  },
  mart_impunity: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the attacks, ISO 3166-1 alpha-3."),
      as_of_date: date("Data cutoff: the latest date any loaded record carries."),
      fatal_incidents: n("Attacks that killed at least one person."),
      with_conviction: n("Fatal attacks with at least one conviction."),
      share_with_conviction: share("with_conviction / fatal_incidents: the nominal conviction rate."),
      with_effective_conviction: n("Fatal attacks with at least one conviction of a person in custody (not in absentia) that was not overturned on appeal."),
      share_with_effective_conviction: share("with_effective_conviction / fatal_incidents: the effective conviction rate."),
      ...Object.fromEntries(
        [1, 2, 5].flatMap((y) => [
          [`eligible_${y}y`, n(`Fatal attacks at least ${y} year(s) old at the cutoff.`)],
          [`without_verdict_${y}y`, n(`Of those, attacks with no conviction or acquittal within ${y} year(s) of the attack.`)],
        ]),
      ),
      ...Object.fromEntries(
        [1, 2, 5].map((y) => [
          `share_without_verdict_${y}y`,
          z.number().min(0).max(1).optional().meta({
            description: `without_verdict_${y}y / eligible_${y}y; empty when no fatal attack is ${y} year(s) old.`,
          }),
        ]),
      ),
    }),
    primaryKey: ["host_state"],
  },
  mart_time_to_conviction: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the fatal attacks."),
      days: n("Days since the attack at which the Kaplan–Meier estimate changes (or the last follow-up time)."),
      years: z.number().min(0).meta({ description: "days in years of 365.25 days, rounded to three decimals." }),
      at_risk: n("Fatal attacks still followed (no conviction, not censored) at this time."),
      convictions: n("Attacks whose first conviction came this many days after the attack."),
      censored: n("Attacks without conviction whose follow-up ends here (the data cutoff)."),
      share_without_conviction: share("Kaplan–Meier estimate of the share of fatal attacks without a conviction this many days on."),
    }),
    primaryKey: ["host_state", "days"],
  },
  mart_accountability_pipeline: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the attacks."),
      stage_rank: n("Order of the stage in the pipeline; 0 is 'no case'."),
      stage: oneOf(PIPELINE_STAGES, "Stage of the judicial follow-up."),
      incidents_reached: n("Attacks that reached at least this stage."),
      incidents_stopped: n("Attacks whose furthest stage is this one."),
      median_days_from_previous: z.number().min(0).optional().meta({ description: "Median days from the previous stage reached (or from the attack, for the first stage); empty when no attack reached it." }),
      timed_incidents: n("Attacks the median is computed over."),
    }),
    primaryKey: ["host_state", "stage_rank"],
  },
  mart_cases_by_host_state: {
    derived: z.object({
      host_state: iso3("Host state of the attacks the cases concern."),
      court_type: oneOf(COURT_TYPES, "Kind of court."),
      status: oneOf(["opened", ...PIPELINE_STAGES.slice(1), "dismissed"], "Furthest stage the case reached, or 'dismissed'."),
      stage_rank: n("Rank of that furthest stage (0: opened, no stage reached)."),
      cases: n("Number of judicial cases."),
    }),
    primaryKey: ["host_state", "court_type", "status"],
    foreignKeys: [toState("host_state")],
  },
  mart_requests_by_host_state: {
    derived: z.object({
      host_state: hostStateOrAll("Host state the requests were sent to, ISO 3166-1 alpha-3."),
      requests: n("Requests (notes verbales) the UN sent about attacks."),
      replied: n("Requests the state replied to."),
      reply_rate: share("replied / requests."),
      replied_in_full: n("Replies that covered everything asked."),
      replied_in_part: n("Replies that covered part of what was asked."),
      replied_without_information: n("Replies that gave none of the information asked."),
      median_days_to_reply: z.number().min(0).optional().meta({ description: "Median days from a request to its reply; empty when no reply came." }),
      overdue: n("Requests with no reply whose due date had passed at the data cutoff."),
      first_sent: date("Date of the first request."),
      last_sent: date("Date of the latest request."),
    }),
    primaryKey: ["host_state"],
  },
  mart_public_record: {
    derived: z.object({
      case_id: z.string().meta({ description: "Identifier of the case in the public record (PR-<state>-<date of the attack>-<place>)." }),
      host_state: iso3("Host state of the attacks the case concerns; empty when not attributed.").optional(),
      incident_ids: z.string().meta({ description: "The attacks the case concerns, inferred incident ids of the UN fatalities data (INF-<mission>-<yyyymmdd>-malicious_act), separated by ';'." }),
      first_attack_date: date("Date of the earliest attack the case concerns.").optional(),
      killed: n("People killed in those attacks, as the loaded casualty or incident records count them.").optional(),
      jurisdiction_state: iso3("State whose courts or authorities act, ISO 3166-1 alpha-3."),
      court_type: oneOf(COURT_TYPES, "Kind of court."),
      court_name: z.string().optional().meta({ description: "Name of the court or authority." }),
      event: oneOf(CASE_EVENTS, "Step of the judicial process."),
      event_date: date("Date of the event; with a coarser precision, the first day of the month or year."),
      event_date_precision: oneOf(DATE_PRECISIONS, "How precisely event_date is known."),
      persons_concerned: n("Persons the event concerns; 0 when the source does not say."),
      persons_in_absentia: n("Of those, persons tried or convicted in absentia; empty when not known.").optional(),
      perpetrator_kind: oneOf(PERPETRATOR_KINDS, "Who the accused or suspected perpetrators are."),
      sentence_type: oneOf(SENTENCE_TYPES, "Kind of sentence.").optional(),
      sentence_years: z.number().min(0).optional().meta({ description: "Length of a prison or forced-labour term, in years." }),
      reparations_amount: z.number().min(0).optional().meta({ description: "Reparations or civil-party award, in reparations_currency." }),
      reparations_currency: z.string().optional().meta({ description: "Currency of reparations_amount, ISO 4217." }),
      certainty: oneOf(CERTAINTIES, "How certain the event is.").optional(),
      source_kind: oneOf(SOURCE_KINDS, "Kind of source: official record, UN statement or press only.").optional(),
      source_url: z.string().optional().meta({ description: "Web address of the source." }),
      source_publisher: z.string().optional().meta({ description: "Publisher of the source." }),
      source_date: date("Date the source was published.").optional(),
      source_excerpt: z.string().optional().meta({ description: "Short excerpt of the source that supports the event; never a person's name." }),
      discrepancy: z.string().optional().meta({ description: "Where sources disagree, what each says." }),
    }),
    primaryKey: ["case_id", "event", "event_date"],
    foreignKeys: [toState("host_state"), toState("jurisdiction_state")],
  },
  // The reports' marts (docs/reports.md): what happened in a given year, and where things stood at its end.
  mart_fatalities_by_nationality: {
    derived: z.object({
      incident_year: incidentYear,
      nationality: iso3("Nationality, ISO 3166 alpha-3."),
      mission: missionAcronym("Mission the people served with; in the site editions' packages, 'other' gathers the cells of 1 or 2 people of other states (docs/editions.md)."),
      outcome: oneOf(OUTCOMES, "Killed or injured."),
      casualties: n("People killed or injured in malicious acts; can be summed along any column."),
    }),
    primaryKey: ["incident_year", "nationality", "mission", "outcome"],
    foreignKeys: [toState("nationality")],
  },
  mart_judicial_events_by_year: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the attacks the cases concern, ISO 3166-1 alpha-3."),
      event_year: year("Calendar year of the event."),
      event: oneOf(CASE_EVENTS, "Step of the judicial process."),
      events: n("Events of this kind recorded in the year."),
      cases: n("Judicial cases with at least one such event in the year."),
      cases_in_custody: n("For 'convicted' and 'sentenced': cases with such an event concerning at least one person present (not tried in absentia); 0 for other events."),
      persons_concerned: n("Persons the events concern (an event that does not say counts 0)."),
      persons_in_absentia: n("Of those, persons tried or convicted in absentia, where the record says."),
    }),
    primaryKey: ["host_state", "event_year", "event"],
  },
  mart_accountability_by_year: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the attacks, ISO 3166-1 alpha-3."),
      year: year("Calendar year."),
      year_end: date("31 December of the year, or the data cutoff if earlier: the date the counts 'to date' stand at."),
      fatal_incidents: n("Attacks in the year that killed at least one person."),
      fatal_incidents_inferred: n("Of those, attacks inferred from fatalities that name no incident (same mission, day and cause)."),
      fatal_incidents_to_date: n("Fatal attacks from the first one to year_end."),
      with_verdict: n("Of those, attacks with a conviction or an acquittal by year_end."),
      with_conviction: n("Of those, attacks with at least one conviction by year_end."),
      with_effective_conviction: n("Of those, attacks with a conviction of a person in custody, not overturned, by year_end."),
      without_verdict: n("The backlog: fatal attacks to date with no conviction or acquittal by year_end."),
    }),
    primaryKey: ["host_state", "year"],
  },
  mart_first_convictions: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the fatal attacks."),
      conviction_year: year("Calendar year of the attack's first conviction."),
      days: n("Days from the attack to its first conviction."),
      incidents: n("Fatal attacks first convicted in that year, that many days after the attack."),
    }),
    primaryKey: ["host_state", "conviction_year", "days"],
  },
  mart_requests_by_year: {
    derived: z.object({
      host_state: hostStateOrAll("Host state the requests were sent to, ISO 3166-1 alpha-3."),
      year: year("Calendar year."),
      year_end: date("31 December of the year, or the data cutoff if earlier: the date 'unanswered' and 'overdue' stand at."),
      sent: n("Requests (notes verbales) the UN sent in the year about attacks."),
      replies: n("Replies the state sent in the year, to requests of any year."),
      replies_in_full: n("Of those, replies that covered everything asked."),
      replies_in_part: n("Of those, replies that covered part of what was asked."),
      replies_without_information: n("Of those, replies that gave none of the information asked."),
      unanswered: n("Requests sent by year_end with no reply by then."),
      overdue: n("Of those, requests whose due date had passed by year_end."),
    }),
    primaryKey: ["host_state", "year"],
  },
  // Maps and contributing-country pages (issue 14).
  mart_attacks_by_admin1: {
    derived: z.object({
      host_state: iso3("Host state of the attacks, ISO 3166-1 alpha-3."),
      admin1: z.string().meta({ description: "First-level administrative division (region, province) as the incident export names it; not matched to a boundary." }),
      incidents: n("Number of attacks."),
      fatal_incidents: n("Attacks that killed at least one person."),
      killed: n("People killed, as the incident records count them; empty when no record of the group counts them (ACLED's do not).").optional(),
      injured: n("People injured, as the incident records count them; empty when no record of the group counts them (ACLED's do not).").optional(),
    }),
    primaryKey: ["host_state", "admin1"],
    foreignKeys: [toState("host_state")],
  },
  mart_contributing_countries: {
    derived: z.object({
      nationality: iso3("Nationality, ISO 3166 alpha-3: a state with at least one national killed."),
      killed_all: n("Nationals killed, whatever the cause (malicious act, accident, illness…)."),
      killed_in_attacks: n("Nationals killed in malicious acts."),
      injured_in_attacks: n("Nationals injured in malicious acts."),
      mission_count: n("Missions in which at least one national was killed, whatever the cause."),
      host_state_count: n("Host states in which at least one national was killed in a malicious act."),
      rank_in_attacks: z.number().int().min(1).optional().meta({ description: "Place among nationalities by nationals killed in malicious acts (1 = most; ties share a place); empty when none was." }),
      fatal_incidents: n("Attacks that killed at least one national (an attack inferred from the casualty records when they name none)."),
      with_investigation: n("Of those, attacks for which an investigation was opened."),
      with_conviction: n("Of those, attacks with at least one conviction."),
      with_effective_conviction: n("Of those, attacks with a conviction of a person in custody that was not overturned on appeal."),
    }),
    primaryKey: ["nationality"],
    foreignKeys: [toState("nationality")],
  },
  mart_assistance: {
    derived: z.object({
      recipient_state: iso3("Member state receiving the assistance, ISO 3166-1 alpha-3."),
      start_year: year("Year the assistance started."),
      assistance_type: oneOf(ASSISTANCE_TYPES, "Kind of capacity-building assistance."),
      activities: n("Number of assistance activities."),
      activities_with_amount: n("Activities whose amount is known."),
      amount_usd: z.number().min(0).optional().meta({ description: "Sum of the known amounts, US dollars; empty when none is known." }),
      related_cases: n("Judicial cases the activities support (a case supported twice counts twice)."),
    }),
    primaryKey: ["recipient_state", "start_year", "assistance_type"],
    foreignKeys: [toState("recipient_state")],
  },
};

interface JsonProperty { type?: string; format?: string; enum?: string[]; pattern?: string; description?: string }

function derivedFields(schema: z.ZodObject): Map<string, OutputField> {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, JsonProperty>;
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  return new Map(
    Object.entries(json.properties).map(([name, p]) => {
      const type: FieldType = p.format === "date" ? "date" : p.type === "integer" || p.type === "number" || p.type === "boolean" ? p.type : "string";
      return [name, { name, type, description: p.description ?? "", required: required.has(name), enum: p.enum, pattern: p.format ? undefined : p.pattern }];
    }),
  );
}

function contractFields(kind: KindName): Map<string, OutputField> {
  return new Map(
    columnsOf(exportKind(kind))
      .filter((c) => !c.restricted && c.type !== "list") // lists are published as derived columns (counts, joined text)
      .map((c): [string, OutputField] => [c.name, { name: c.name, type: c.type as FieldType, description: c.description, required: c.required, enum: c.allowedValues, pattern: c.pattern }]),
  );
}

const cache = new Map<string, Map<string, OutputField>>();

/** The description of one published column, or undefined when nobody wrote one. */
export function outputField(output: string, column: string): OutputField | undefined {
  const definition = PUBLIC_OUTPUTS[output];
  if (!definition) return undefined;
  if (!cache.has(output))
    // Derived first: an output may redefine a contract field (e.g. a nullable host_state).
    cache.set(output, new Map([...(definition.contract ? contractFields(definition.contract) : []), ...derivedFields(definition.derived)]));
  return cache.get(output)!.get(column);
}
