// The record schemas of the five export kinds, in zod: each field's type, allowed values,
// description and default, and the rules across fields. kinds.ts names the kinds; the types,
// row validation, raw tables, dictionary and data package schema are all derived from these.
import { z } from "zod";
import { t } from "../messages.ts";
import {
  count,
  currency,
  id,
  iso3,
  knownCount,
  list,
  missionAcronym,
  oneOf,
  pastDate,
  text,
  webAddress,
} from "./fields.ts";
import {
  ASSISTANCE_TYPES,
  ATTACK_TYPES,
  CASE_EVENTS,
  COUNT_KNOWLEDGE,
  CERTAINTIES,
  COURT_TYPES,
  DATE_PRECISIONS,
  DISCLOSURES,
  INCIDENT_TYPES,
  OUTCOMES,
  PERPETRATOR_KINDS,
  PERSONNEL_CATEGORIES,
  REPLY_COVERAGES,
  SENTENCE_TYPES,
  SOURCE_DATASETS,
  SOURCE_KINDS,
} from "./vocabularies.ts";

const casualtyCounts = (outcome: "killed" | "injured") =>
  Object.fromEntries(
    PERSONNEL_CATEGORIES.map((category) => [
      `${outcome}_${category}`,
      count(`Number of ${category.replaceAll("_", " ")} personnel ${outcome}.`),
    ]),
  ) as Record<`${typeof outcome}_${(typeof PERSONNEL_CATEGORIES)[number]}`, ReturnType<typeof count>>;

export const incidentSchema = z
  .object({
    incident_id: id("Identifier of the attack, unique across all exports."),
    incident_date: pastDate(
      "Date of the attack (YYYY-MM-DD). With a coarser precision, the first day of the month or year.",
    ),
    date_precision: oneOf(DATE_PRECISIONS, "How precisely the date is known.").default("day"),
    mission: missionAcronym(
      "Acronym of the UN mission whose personnel were attacked (see the missions reference table).",
    ),
    host_state: iso3("Host state where the attack took place, ISO 3166-1 alpha-3."),
    admin1: text("First-level administrative division (region, province).").optional(),
    place: text("Locality or site of the attack.").optional(),
    latitude: z.coerce.number().min(-90).max(90).optional().meta({ description: "Latitude, WGS 84 decimal degrees." }),
    longitude: z.coerce
      .number()
      .min(-180)
      .max(180)
      .optional()
      .meta({ description: "Longitude, WGS 84 decimal degrees." }),
    attack_type: oneOf(ATTACK_TYPES, "Kind of attack."),
    perpetrator_group: text(
      "Armed group held responsible, or 'unknown'. Restricted: only in the edition of the state concerned.",
      true,
    ).default("unknown"),
    ...casualtyCounts("killed"),
    ...casualtyCounts("injured"),
    narrative: text(
      "Free-text account of the attack. Restricted: only in the edition of the state concerned.",
      true,
    ).optional(),
    last_updated: pastDate("Date this record was last changed at the source."),
    // The fields below came with the ACLED adapter (issue 14): all optional, at the end, so
    // exports written to the earlier contract load unchanged and raw tables gain them in place.
    admin2: text("Second-level administrative division (cercle, district).").optional(),
    casualty_counts: oneOf(
      COUNT_KNOWLEDGE,
      "Whether the killed_* and injured_* counts are known: 'not_known' when the source does not count UN personnel " +
        "by category (they are then not known, never zero).",
    ).default("known"),
    fatalities_all_parties: knownCount(
      "Everyone the source counts as killed in the event, attackers and civilians included (ACLED's fatalities): " +
        "not a count of UN personnel. Empty when the source does not say.",
    ),
    source_dataset: oneOf(
      SOURCE_DATASETS,
      "Third-party dataset the record was mapped from by a source adapter; empty for the exporter's own records. " +
        "Its terms (etl/sources/terms.ts) decide what may be published.",
    ).optional(),
  })
  .strict();

export const casualtySchema = z
  .object({
    casualty_id: id("Identifier of the person killed or injured. Never a name."),
    incident_id: id("The attack this casualty belongs to, when known.").optional(),
    incident_date: pastDate("Date of the incident (YYYY-MM-DD)."),
    mission: missionAcronym("Acronym of the UN mission the person served with."),
    personnel_category: oneOf(PERSONNEL_CATEGORIES, "Category of UN personnel."),
    nationality: iso3("Nationality of the person, ISO 3166 alpha-3 (former states keep their ISO 3166-3 code)."),
    outcome: oneOf(OUTCOMES, "Whether the person was killed or injured."),
    incident_type: oneOf(INCIDENT_TYPES, "Cause of the casualty; malicious_act means an attack."),
  })
  .strict();

// Every field after `note` came with the public record (issue 11): all optional, so
// exports written to the earlier contract load unchanged.
export const caseEventSchema = z
  .object({
    case_id: id("Identifier of the judicial case."),
    incident_ids: list(id("An incident_id"), "The attacks the case concerns (CSV: separated by ';').").min(1),
    jurisdiction_state: iso3("State whose courts hear the case, ISO 3166-1 alpha-3."),
    court_type: oneOf(COURT_TYPES, "Kind of court."),
    event: oneOf(
      CASE_EVENTS,
      "Step of the judicial process this row records; " +
        "'no_progress_reported' records a dated report that nothing had been done.",
    ),
    event_date: pastDate(
      "Date of the event (YYYY-MM-DD). With a coarser precision, the first day of the month or year.",
    ),
    persons_concerned: count("Number of accused or suspected persons the event concerns."),
    sentence: text(
      "Sentence handed down, when the event is 'sentenced'. Restricted: only in the edition of the state concerned.",
      true,
    ).optional(),
    note: text("Free-text note. Restricted: never published in any edition.", true).optional(),
    event_date_precision: oneOf(DATE_PRECISIONS, "How precisely event_date is known.").default("day"),
    persons_in_absentia: knownCount(
      "Of persons_concerned, how many were tried or convicted in absentia; " +
        "0 when all were present; empty when not known.",
    ),
    perpetrator_kind: oneOf(PERPETRATOR_KINDS, "Who the accused or suspected perpetrators are.").default("unknown"),
    sentence_type: oneOf(
      SENTENCE_TYPES,
      "Kind of sentence, on a 'convicted', 'sentenced' or 'sentence_commuted' row; " +
        "the heaviest when several persons were sentenced.",
    ).optional(),
    sentence_years: z.coerce
      .number()
      .min(0)
      .max(100)
      .optional()
      .meta({ description: "Length of a prison or forced-labour term, in years." }),
    reparations_amount: z.coerce
      .number()
      .min(0)
      .optional()
      .meta({ description: "Reparations or civil-party award, in reparations_currency." }),
    reparations_currency: currency(
      "Currency of reparations_amount, ISO 4217 (e.g. XOF for the CFA franc of West Africa).",
    ).optional(),
    court_name: text("Name of the court or authority, e.g. 'Bamako Court of Assizes'.").optional(),
    certainty: oneOf(
      CERTAINTIES,
      "How certain it is that the event happened as recorded: " +
        "confirmed by an official or UN record, reported by credible press, or unconfirmed.",
    ).optional(),
    source_kind: oneOf(
      SOURCE_KINDS,
      "Where the record of the event comes from; empty in a state's own export.",
    ).optional(),
    source_url: webAddress("Web address of the public source of the event.").optional(),
    source_publisher: text("Publisher of the source, e.g. 'MINUSMA' or 'Reuters'.").optional(),
    source_date: pastDate("Date the source was published (YYYY-MM-DD).").optional(),
    source_excerpt: text("Short excerpt of the source that supports the event; never a person's name.").optional(),
    discrepancy: text("Where sources disagree (a date, a number, a sentence), what each says.").optional(),
    disclosure: oneOf(
      DISCLOSURES,
      "Who may see the case row by row: 'restricted' (the state editions only) " +
        "or 'public' (a case from public reporting).",
    ).default("restricted"),
  })
  .strict()
  .refine((row) => row.persons_in_absentia === undefined || row.persons_in_absentia <= row.persons_concerned, {
    message: t("etl.check.absentiaOverConcerned"),
    path: ["persons_in_absentia"],
  });

/** Requests to a host state (a note verbale) about what it has done, and its reply. */
export const requestSchema = z
  .object({
    request_id: id("Identifier of the request."),
    host_state: iso3("State asked, ISO 3166-1 alpha-3."),
    incident_ids: list(id("An incident_id"), "The attacks the request concerns (CSV: separated by ';').").min(1),
    case_ids: list(
      id("A case_id"),
      "Judicial cases the request asks about, when known (CSV: separated by ';').",
    ).default([]),
    sent_date: pastDate("Date the request was sent (YYYY-MM-DD)."),
    due_date: z.iso.date().optional().meta({ description: "Date a reply was asked for (YYYY-MM-DD)." }),
    reply_date: pastDate("Date of the state's reply (YYYY-MM-DD); empty while none has come.").optional(),
    reply_coverage: oneOf(
      REPLY_COVERAGES,
      "How much of what was asked the reply covered: none, partial or full; empty while none has come.",
    ).optional(),
  })
  .strict()
  .refine((row) => !row.reply_date || row.reply_date >= row.sent_date, {
    message: t("etl.check.replyBeforeSent"),
    path: ["reply_date"],
  })
  .refine((row) => !row.due_date || row.due_date >= row.sent_date, {
    message: t("etl.check.dueBeforeSent"),
    path: ["due_date"],
  });

export const assistanceSchema = z
  .object({
    assistance_id: id("Identifier of the assistance project or activity."),
    recipient_state: iso3("Member state receiving the assistance, ISO 3166-1 alpha-3."),
    start_date: pastDate("First day of the assistance (YYYY-MM-DD)."),
    end_date: z.iso
      .date()
      .optional()
      .meta({ description: "Last day of the assistance (YYYY-MM-DD); empty while ongoing." }),
    assistance_type: oneOf(ASSISTANCE_TYPES, "Kind of capacity-building assistance."),
    un_entity: text("UN entity providing the assistance (e.g. UNDP, OHCHR, a mission's justice section)."),
    amount_usd: z.coerce
      .number()
      .min(0)
      .optional()
      .meta({ description: "Value of the assistance in US dollars, when known." }),
    related_case_ids: list(id("A case_id"), "Cases the assistance supports (CSV: separated by ';').").default([]),
  })
  .strict()
  .refine((row) => !row.end_date || row.end_date >= row.start_date, {
    message: t("etl.check.endBeforeStart"),
    path: ["end_date"],
  });

export type Incident = z.infer<typeof incidentSchema>;
export type Casualty = z.infer<typeof casualtySchema>;
export type CaseEvent = z.infer<typeof caseEventSchema>;
export type Assistance = z.infer<typeof assistanceSchema>;
export type Request = z.infer<typeof requestSchema>;
