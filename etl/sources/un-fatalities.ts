// Adapter for the UN's public dataset of peacekeeper fatalities (DPPADPOSS-FATALITIES),
// in its two published layouts. Each source row is one death, so it becomes one
// contract casualty with outcome 'killed'. See docs/sources/un-fatalities.md.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { t } from "../messages.ts";
import type { SourceAdapter } from "./adapters.ts";

const require = createRequire(import.meta.url);
const i18nCountries = require("i18n-iso-countries") as {
  getAlpha3Code(name: string, lang: string): string | undefined;
};
const REFERENCE_DIR = path.resolve(import.meta.dirname, "../../warehouse/reference");

/** Source value → contract personnel_category. The source writes "Local " with a trailing space; we trim first. */
export const PERSONNEL: Record<string, string> = {
  Military: "military",
  Police: "police",
  "Military Observer": "military_observer",
  "International Civilian": "international_civilian",
  Local: "national_civilian", // locally recruited staff
  Other: "other",
};

/** Source type_of_incident → contract incident_type. */
export const INCIDENT_TYPE: Record<string, string> = {
  "Malicious Act": "malicious_act",
  Accident: "accident",
  Illness: "illness",
  "Self-Inflicted": "self_inflicted",
  "To Be Determined": "undetermined",
  Unknown: "unknown",
};

/** Source type_of_casualty → contract outcome. Both releases hold only fatalities; anything else is quarantined. */
export const OUTCOME: Record<string, string> = { Fatality: "killed" };

/**
 * Nationality the source leaves undetermined ("ZZ [Undetermined]", i.e. an alias with an empty
 * iso3) or empty. The contract needs a code and dropping the death would under-count it, so it
 * gets XXU, a user-assigned ISO 3166-1 code (X range) chosen here, U for undetermined, added to
 * states.csv through former-states.csv (not ICAO's XXX, which tests use as an invalid code).
 */
export const UNSPECIFIED_NATIONALITY = "XXU";

/**
 * Column names per layout. The gender column (2025 only) is dropped on purpose:
 * it is not in the contract (privacy).
 */
const LAYOUTS = {
  "un-fatalities-2025": {
    header: [
      "id",
      "incident_date",
      "casualty_id",
      "mission_acronym",
      "type_of_casualty",
      "gender",
      "casualty_nationality",
      "casualty_personnel_type",
      "type_of_incident",
      "m49_code",
      "isocode3",
      "last_update",
    ],
    id: "casualty_id",
    date: "incident_date",
    mission: "mission_acronym",
    casualty: "type_of_casualty",
    nationality: "casualty_nationality",
    iso3: "isocode3",
    personnel: "casualty_personnel_type",
    incident: "type_of_incident",
  },
  "un-fatalities-2021": {
    header: [
      "Casualty_ID",
      "Incident_Date",
      "Mission_Acronym",
      "Type_of_Casualty",
      "Casualty_Nationality",
      "M49_Code",
      "ISOCode3",
      "Casualty_Personnel_Type",
      "Type_Of_Incident",
    ],
    id: "Casualty_ID",
    date: "Incident_Date",
    mission: "Mission_Acronym",
    casualty: "Type_of_Casualty",
    nationality: "Casualty_Nationality",
    iso3: "ISOCode3",
    personnel: "Casualty_Personnel_Type",
    incident: "Type_Of_Incident",
  },
} as const;
type Layout = (typeof LAYOUTS)[keyof typeof LAYOUTS];

// Reference data read once: the same files and order as the warehouse/reference README describes.
const readCsv = (file: string) =>
  parse(readFileSync(path.join(REFERENCE_DIR, file)), { columns: true, bom: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
const states = readCsv("states.csv");
const stateCodes = new Set(states.map((s) => s.iso3));
const aliases = new Map(readCsv("nationality-aliases.csv").map((a) => [a.name, a.iso3]));
const stateNames = new Map(
  states.flatMap((s) => [
    [s.name_common_en, s.iso3],
    [s.name_official_en, s.iso3],
    [s.name_en, s.iso3],
  ]),
);

/** Name → iso3; "" when the aliases file leaves it deliberately undetermined; undefined when unknown. */
export function resolveNationalityName(name: string): string | undefined {
  if (aliases.has(name)) return aliases.get(name);
  const exact = stateNames.get(name);
  if (exact) return exact;
  const viaI18n = i18nCountries.getAlpha3Code(name, "en");
  return viaI18n && stateCodes.has(viaI18n) ? viaI18n : undefined;
}

/** The file's own ISO3 wins; else the name. An unknown name is passed through so the quarantine names it. */
export function nationalityCode(name: string, fileIso3: string): string {
  if (fileIso3.trim()) return fileIso3.trim();
  const trimmed = name.trim();
  if (trimmed === "") return UNSPECIFIED_NATIONALITY;
  const code = resolveNationalityName(trimmed);
  if (code === "") return UNSPECIFIED_NATIONALITY;
  return code ?? trimmed;
}

/**
 * Dates each state code existed, for the duplicate rule below. Only the states of the
 * former Yugoslavia are listed: they are the only duplicates seen in the data.
 */
const STATE_PERIODS: Record<string, [from: string, to: string]> = {
  YUG: ["1945-11-29", "2003-02-03"],
  SCG: ["2003-02-04", "2006-06-02"],
  MNE: ["2006-06-03", "9999-12-31"],
  SRB: ["2006-06-05", "9999-12-31"],
};
const existedOn = (iso3: string, date: string) => {
  const period = STATE_PERIODS[iso3];
  return period !== undefined && period[0] <= date && date <= period[1];
};

function adapter(name: keyof typeof LAYOUTS): SourceAdapter {
  const layout: Layout = LAYOUTS[name];
  const text = (values: Record<string, unknown>, column: string) => String(values[column] ?? "");
  return {
    name,
    kind: "casualties",
    matches: (columns) => columns.length === layout.header.length && layout.header.every((c) => columns.includes(c)),
    toContract(values) {
      const raw = (column: string) => text(values, column);
      const personnel = raw(layout.personnel);
      const incident = raw(layout.incident);
      const casualty = raw(layout.casualty);
      return {
        // The contract's ids have no spaces; 7 Secretariat ids do ('UN SECRETA-1961-09-10864').
        // '_' appears in no source id, so the replacement cannot collide and is the same in every release.
        casualty_id: raw(layout.id).trim().replaceAll(" ", "_"),
        incident_id: "", // the source has no incident identifier; see fct_inferred_incidents
        incident_date: raw(layout.date),
        mission: raw(layout.mission), // aliases (OSE-Syria) are resolved in stg_casualties
        // Unknown source values pass through unchanged, so validation quarantines them by name.
        personnel_category: PERSONNEL[personnel.trim()] ?? personnel,
        nationality: nationalityCode(raw(layout.nationality), raw(layout.iso3)),
        outcome: OUTCOME[casualty.trim()] ?? casualty,
        incident_type: INCIDENT_TYPE[incident.trim()] ?? incident,
      };
    },
    explain(field, values) {
      // A nationality the lookups cannot resolve: say which file to fix, not just "bad code".
      if (field !== "nationality" || text(values, layout.iso3).trim()) return undefined;
      const nationality = text(values, layout.nationality).trim();
      return resolveNationalityName(nationality) === undefined
        ? t("etl.row.unknownNationality", { value: nationality })
        : undefined;
    },
    /**
     * The same casualty_id twice in one file (2025 and 2021: six UNMIK deaths of 2003-2005, each
     * listed as "Montenegro" and as "Serbia and Montenegro"). Rule: when the two rows differ only
     * in nationality, keep the nationality whose state existed on the incident date (SCG for
     * 2003-2006). Anything else keeps the default: the first row stays, the second is quarantined.
     */
    resolveDuplicate(first, second) {
      const differs = Object.keys(first).filter((k) => first[k] !== second[k]);
      if (differs.length !== 1 || differs[0] !== "nationality") return undefined;
      const date = String(first.incident_date);
      const [a, b] = [String(first.nationality), String(second.nationality)];
      const why = (kept: string, dropped: string) => t("etl.row.duplicateNationality", { kept, dropped, date });
      if (existedOn(a, date) && !existedOn(b, date)) return { keep: "first", why: why(a, b) };
      if (existedOn(b, date) && !existedOn(a, date)) return { keep: "second", why: why(b, a) };
      return undefined;
    },
  };
}

export const UN_FATALITIES_ADAPTERS: SourceAdapter[] = [adapter("un-fatalities-2025"), adapter("un-fatalities-2021")];
