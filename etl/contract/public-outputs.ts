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
      attack_type: oneOf([...ATTACK_TYPES, "not_recorded"], "Kind of attack, from the casualty's incident; 'not_recorded' when the casualty names no loaded incident."),
      incident_year: incidentYear,
    }),
    primaryKey: ["casualty_id"],
    foreignKeys: [toMission("mission"), toState("nationality"), toState("host_state")],
  },
  incidents: {
    contract: "incidents",
    derived: z.object({
      incident_year: incidentYear,
      killed_total: n(perCategory("killed")),
      injured_total: n(perCategory("injured")),
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
    }),
    primaryKey: ["host_state"],
  },
  mart_time_to_conviction: {
    derived: z.object({
      host_state: hostStateOrAll("Host state of the fatal attacks."),
      days: n("Days since the attack at which the Kaplan–Meier estimate changes (or the last follow-up time)."),
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
