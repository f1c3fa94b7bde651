// Adapter for an ACLED (Armed Conflict Location & Event Data) export, as ACLED publishes
// it. Each row is one political event of any sort in a country; Blue Ledger keeps only the
// attacks on a UN mission (the mission named as actor2 or in assoc_actor_2) and maps each
// onto a contract incident. Everything else is left out, counted per reason. ACLED's terms
// forbid publishing its rows (etl/sources/terms.ts). See docs/sources/acled.md.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { t } from "../messages.ts";
import type { SourceAdapter } from "./adapters.ts";

const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../warehouse/reference");

/**
 * ACLED sub_event_type → contract attack_type, for events whose target is a UN mission;
 * null: not an attack on it (left out). Every sub-event type of ACLED's codebook is listed;
 * any other value passes through, so validation quarantines the row and names it.
 */
export const ATTACK_TYPE: Record<string, string | null> = {
  // Battles
  "Armed clash": "direct_fire",
  "Government regains territory": null,
  "Non-state actor overtakes territory": null,
  // Explosions/Remote violence
  "Remote explosive/landmine/IED": "ied_or_mine",
  "Suicide bomb": "ied_or_mine", // a suicide (vehicle-borne) IED, as UN reports count it
  "Shelling/artillery/missile attack": "indirect_fire",
  "Air/drone strike": "indirect_fire",
  Grenade: "other",
  "Chemical weapon": "other",
  // Violence against civilians: the mission's civilian staff and contractors
  Attack: "other",
  "Abduction/forced disappearance": "abduction",
  "Sexual violence": "other",
  // Riots: a crowd that attacks the mission (stones, arson)
  "Violent demonstration": "other",
  "Mob violence": "other",
  // Protests
  "Peaceful protest": null,
  "Protest with intervention": null,
  "Excessive force against protesters": null,
  // Strategic developments: only looting and destruction harm the mission
  "Looting/property destruction": "other",
  Agreement: null,
  Arrests: null,
  "Change to group/activity": null,
  "Disrupted weapons use": null,
  "Headquarters or base established": null,
  "Non-violent transfer of territory": null,
  Other: null,
};

/** ACLED time_precision → contract date_precision: 1 the day; 2 a range of days or a week; 3 the month. */
export const DATE_PRECISION: Record<string, string> = { "1": "day", "2": "month", "3": "month" };

/**
 * The columns that tell an ACLED export, in every layout ACLED has published
 * (older ones add iso3, newer ones disorder_type, tags).
 */
const REQUIRED = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "country",
  "admin1",
  "admin2",
  "location",
  "latitude",
  "longitude",
  "notes",
  "fatalities",
  "timestamp",
];

const readCsv = (file: string) =>
  parse(readFileSync(path.join(REFERENCE_DIR, file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
const missions = new Set(readCsv("missions.csv").map((m) => m.mission_acronym));
const missionAliases = new Map(readCsv("mission-aliases.csv").map((a) => [a.alias, a.mission_acronym]));
const iso3ByM49 = new Map(
  readCsv("states.csv")
    .filter((s) => s.m49)
    .map((s) => [Number(s.m49), s.iso3]),
);

/**
 * The mission an ACLED actor name stands for, or undefined. ACLED names a UN mission
 * "<acronym>: <name> (<years>)", e.g. "MINUSMA: United Nations Multidimensional Integrated
 * Stabilization Mission in Mali (2013-)"; the years in brackets change over time and are
 * ignored. The acronym must be in missions.csv (or mission-aliases.csv) and the name must say
 * "United Nations", so that another body's acronym cannot match by chance.
 */
export function missionOfActor(actor: string): string | undefined {
  const match = /^\s*([^:]+?)\s*:\s*(.*?)\s*(?:\(\d{4}-(?:\d{4})?\))?\s*$/.exec(actor);
  if (!match || !/United Nations/.test(match[2])) return undefined;
  const acronym = missionAliases.get(match[1]) ?? match[1];
  return missions.has(acronym) ? acronym : undefined;
}

/**
 * The mission an event targets: actor2, else the first mission among the associated actors
 * of side 2 (separated by ';').
 */
export function targetMission(values: Record<string, unknown>): string | undefined {
  const actors = [String(values.actor2 ?? ""), ...String(values.assoc_actor_2 ?? "").split(";")];
  for (const actor of actors) {
    const mission = missionOfActor(actor);
    if (mission) return mission;
  }
  return undefined;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * ACLED dates: YYYY-MM-DD (recent exports) or "31 December 2020" (older ones).
 * Anything else passes through for the quarantine.
 */
export function acledDate(text: string): string {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const long = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(value);
  const month = long ? MONTHS.indexOf(long[2].toLowerCase()) + 1 : 0;
  if (!long || month === 0) return value;
  return `${long[3]}-${String(month).padStart(2, "0")}-${long[1].padStart(2, "0")}`;
}

/** ACLED's timestamp (Unix seconds when the row was last changed) as a date; a date-time text keeps its date. */
export function timestampDate(text: string): string {
  const value = text.trim();
  if (/^\d+$/.test(value)) return new Date(Number(value) * 1000).toISOString().slice(0, 10);
  return value.slice(0, 10);
}

const text = (values: Record<string, unknown>, column: string) => String(values[column] ?? "").trim();

export const ACLED_ADAPTER: SourceAdapter = {
  name: "acled",
  kind: "incidents",
  dataset: "acled",
  matches: (columns) => REQUIRED.every((c) => columns.includes(c)),
  leaveOut(values) {
    if (!targetMission(values)) return t("etl.leftOut.noMission");
    const sub = text(values, "sub_event_type");
    if (ATTACK_TYPE[sub] === null) return t("etl.leftOut.notAnAttack", { type: sub });
    return undefined;
  },
  dates: (values) => ({
    record: acledDate(text(values, "event_date")),
    accessed: timestampDate(text(values, "timestamp")),
  }),
  toContract(values) {
    const raw = (column: string) => text(values, column);
    const sub = raw("sub_event_type");
    const precision = DATE_PRECISION[raw("time_precision")] ?? raw("time_precision");
    const date = acledDate(raw("event_date"));
    // The contract dates a month-precise record on the month's first day.
    const incidentDate = precision === "month" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date.slice(0, 8)}01` : date;
    const iso3 = raw("iso3") || iso3ByM49.get(Number(raw("iso"))) || raw("iso");
    return {
      incident_id: `ACLED-${raw("event_id_cnty")}`,
      incident_date: incidentDate,
      date_precision: precision,
      mission: targetMission(values) ?? "",
      host_state: iso3,
      admin1: raw("admin1") || undefined,
      place: raw("location") || undefined,
      latitude: raw("latitude") || undefined,
      longitude: raw("longitude") || undefined,
      attack_type: ATTACK_TYPE[sub] ?? sub,
      perpetrator_group: raw("actor1") || "unknown",
      // killed_* and injured_* are not known: ACLED counts every death in the event, attackers included.
      narrative: raw("notes") || undefined,
      last_updated: timestampDate(raw("timestamp")),
      admin2: raw("admin2") || undefined,
      casualty_counts: "not_known",
      fatalities_all_parties: raw("fatalities"),
      source_dataset: "acled",
    };
  },
};
