// Mission profiles of the synthetic sample: real host states, active periods,
// first-level regions and troop/police contributors; invented attack intensities
// shaped after the public record (MINUSMA by far the deadliest, MINUSCA from 2017…).
import type { ATTACK_TYPES, PERPETRATOR_KINDS } from "../contract/vocabularies.ts";

export type AttackType = (typeof ATTACK_TYPES)[number];

export interface Region {
  name: string;
  /** Rough centre of the region's sites, decimal degrees. */
  lat: number;
  lon: number;
  weight: number;
  /** How far (degrees) sites spread around the centre; small near coasts and borders. */
  spread: number;
  places: string[];
}

export interface MissionProfile {
  acronym: string;
  hostState: string;
  start: string;
  end?: string;
  /** Relative number of attacks per full year, 2011 onwards (index 0 = 2011). */
  attacks: number[];
  /** Personnel deployed, thousands: drives casualties not caused by attacks. */
  strength: number;
  /** Probability that an attack kills somebody. */
  lethality: number;
  attackMix: Partial<Record<AttackType, number>>;
  regions: Region[];
  troops: string[];
  police: string[];
}

const r = (name: string, lat: number, lon: number, weight: number, spread: number, ...places: string[]): Region => ({
  name,
  lat,
  lon,
  weight,
  spread,
  places,
});

export const FIRST_YEAR = 2011;

// Data, laid out one mission to a block (prettier-ignore keeps it so).
// prettier-ignore
export const MISSIONS: MissionProfile[] = [
  {
    acronym: "MINUSMA", hostState: "MLI", start: "2013-07-01", end: "2023-12-31",
    attacks: [0, 0, 60, 110, 120, 130, 150, 150, 140, 110, 110, 90, 80],
    strength: 13, lethality: 0.34,
    attackMix: { ied_or_mine: 40, indirect_fire: 22, attack_on_convoy_or_patrol: 14, ambush: 10, direct_attack_on_base: 10, other: 4 },
    regions: [
      r("Kidal", 18.44, 1.41, 30, 0.4, "Kidal", "Aguelhok", "Tessalit"),
      r("Gao", 16.27, -0.04, 25, 0.4, "Gao", "Ansongo", "Bourem"),
      r("Tombouctou", 16.77, -3.01, 18, 0.4, "Tombouctou", "Ber", "Goundam", "Léré"),
      r("Mopti", 14.49, -4.19, 15, 0.4, "Mopti", "Douentza", "Boni", "Sévaré"),
      r("Ménaka", 15.92, 2.4, 8, 0.4, "Ménaka", "Anderamboukane"),
      r("Ségou", 13.43, -6.26, 3, 0.4, "Ségou", "Niono"),
      r("Bamako", 12.64, -8.0, 1, 0.05, "Bamako"),
    ],
    troops: ["TCD", "TGO", "GIN", "BFA", "SEN", "NER", "EGY", "BGD", "CIV", "JOR", "NPL"],
    police: ["SEN", "NER", "TGO", "BFA", "CIV", "BEN"],
  },
  {
    acronym: "MINUSCA", hostState: "CAF", start: "2014-04-10",
    attacks: [0, 0, 0, 25, 35, 35, 90, 85, 60, 70, 85, 70, 60, 50, 45],
    strength: 14, lethality: 0.25,
    attackMix: { ambush: 30, attack_on_convoy_or_patrol: 30, direct_attack_on_base: 20, ied_or_mine: 8, abduction: 4, other: 8 },
    regions: [
      r("Haute-Kotto", 6.54, 21.99, 18, 0.3, "Bria", "Ouadda"),
      r("Ouaka", 5.76, 20.67, 16, 0.3, "Bambari", "Grimari", "Ippy"),
      r("Mbomou", 5.0, 23.0, 14, 0.3, "Bangassou", "Gambo"),
      r("Haut-Mbomou", 5.4, 26.49, 8, 0.3, "Obo", "Zémio"),
      r("Basse-Kotto", 4.93, 21.2, 10, 0.3, "Alindao", "Mobaye"),
      r("Ouham-Pendé", 7.24, 16.44, 10, 0.3, "Paoua", "Bocaranga"),
      r("Nana-Mambéré", 5.93, 15.6, 8, 0.3, "Bouar", "Baboua"),
      r("Ouham", 6.49, 17.45, 6, 0.3, "Bossangoa", "Batangafo"),
      r("Vakaga", 10.28, 22.79, 4, 0.3, "Birao"),
      r("Bangui", 4.37, 18.56, 6, 0.04, "Bangui"),
    ],
    troops: ["RWA", "BGD", "PAK", "EGY", "BDI", "CMR", "MAR", "ZMB", "GAB", "MRT", "NPL"],
    police: ["RWA", "SEN", "CMR", "MRT", "EGY", "BEN"],
  },
  {
    acronym: "MONUSCO", hostState: "COD", start: "2010-07-01",
    attacks: [20, 35, 45, 25, 25, 30, 50, 45, 50, 45, 45, 55, 40, 35, 25],
    strength: 19, lethality: 0.2,
    attackMix: { ambush: 25, direct_attack_on_base: 25, attack_on_convoy_or_patrol: 25, indirect_fire: 8, ied_or_mine: 5, abduction: 4, other: 8 },
    regions: [
      r("Nord-Kivu", -0.49, 29.47, 45, 0.25, "Beni", "Goma", "Rutshuru", "Kiwanja"),
      r("Ituri", 1.56, 30.25, 22, 0.25, "Bunia", "Djugu", "Mahagi"),
      r("Sud-Kivu", -3.0, 28.4, 15, 0.25, "Bukavu", "Uvira", "Fizi"),
      r("Tanganyika", -5.95, 29.19, 8, 0.25, "Kalemie", "Manono"),
      r("Haut-Uele", 3.62, 28.57, 6, 0.25, "Dungu"),
      r("Kasaï-Central", -5.9, 22.4, 4, 0.25, "Kananga"),
    ],
    troops: ["IND", "PAK", "BGD", "ZAF", "TZA", "MWI", "URY", "NPL"],
    police: ["SEN", "EGY", "IND", "BGD", "JOR"],
  },
  {
    acronym: "UNMISS", hostState: "SSD", start: "2011-07-09",
    attacks: [5, 15, 35, 45, 30, 45, 25, 18, 12, 12, 10, 10, 10, 8, 10],
    strength: 17, lethality: 0.15,
    attackMix: { direct_attack_on_base: 30, attack_on_convoy_or_patrol: 30, ambush: 20, indirect_fire: 8, abduction: 4, other: 8 },
    regions: [
      r("Jonglei", 6.21, 31.56, 25, 0.3, "Bor", "Pibor", "Akobo"),
      r("Upper Nile", 9.53, 31.66, 22, 0.3, "Malakal", "Nasir"),
      r("Unity", 9.23, 29.8, 20, 0.3, "Bentiu", "Leer"),
      r("Central Equatoria", 4.85, 31.58, 15, 0.3, "Juba", "Yei"),
      r("Western Bahr el Ghazal", 7.7, 27.99, 8, 0.3, "Wau"),
      r("Western Equatoria", 4.57, 28.4, 6, 0.3, "Yambio"),
      r("Lakes", 6.8, 29.69, 4, 0.3, "Rumbek"),
    ],
    troops: ["IND", "RWA", "NPL", "ETH", "CHN", "GHA", "BGD", "MNG"],
    police: ["RWA", "GHA", "NPL", "ZMB", "BGD"],
  },
  {
    acronym: "UNAMID", hostState: "SDN", start: "2007-07-31", end: "2020-12-31",
    attacks: [45, 45, 50, 40, 30, 18, 12, 8, 6, 5],
    strength: 18, lethality: 0.2,
    attackMix: { ambush: 35, attack_on_convoy_or_patrol: 30, direct_attack_on_base: 15, abduction: 10, other: 10 },
    regions: [
      r("North Darfur", 13.63, 25.35, 35, 0.4, "El Fasher", "Kutum", "Tawila"),
      r("South Darfur", 12.05, 24.88, 30, 0.4, "Nyala", "Muhajeria"),
      r("West Darfur", 13.45, 22.45, 15, 0.4, "El Geneina"),
      r("Central Darfur", 12.91, 23.47, 12, 0.4, "Zalingei"),
      r("East Darfur", 11.46, 26.13, 8, 0.4, "Ed Daein"),
    ],
    troops: ["RWA", "ETH", "EGY", "NGA", "SEN", "TZA", "BFA"],
    police: ["NGA", "SEN", "BGD", "JOR", "GHA"],
  },
  {
    acronym: "UNIFIL", hostState: "LBN", start: "1978-03-19",
    attacks: [4, 2, 2, 2, 3, 2, 2, 3, 2, 2, 3, 4, 8, 25, 10],
    strength: 10.5, lethality: 0.06,
    attackMix: { indirect_fire: 40, ied_or_mine: 20, direct_attack_on_base: 15, other: 25 },
    regions: [
      r("South", 33.2, 35.3, 60, 0.04, "Tyre", "Naqoura", "Aqibiya"),
      r("Nabatieh", 33.35, 35.5, 40, 0.04, "Marjayoun", "Bint Jbeil", "Shebaa"),
    ],
    troops: ["IDN", "ITA", "IND", "GHA", "FRA", "ESP", "IRL", "MYS"],
    police: ["ITA", "ESP"],
  },
  {
    acronym: "UNISFA", hostState: "SDN", start: "2011-06-27",
    attacks: [3, 6, 8, 6, 5, 6, 6, 5, 5, 5, 6, 8, 8, 6, 5],
    strength: 4, lethality: 0.2,
    attackMix: { ambush: 30, ied_or_mine: 25, attack_on_convoy_or_patrol: 25, direct_attack_on_base: 10, other: 10 },
    regions: [r("Abyei Area", 9.6, 28.44, 1, 0.15, "Abyei", "Diffra", "Agok")],
    troops: ["ETH", "GHA", "PAK", "BGD", "VNM"],
    police: ["GHA", "NPL", "ZMB"],
  },
  {
    acronym: "UNDOF", hostState: "SYR", start: "1974-05-31",
    attacks: [0, 4, 8, 8, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    strength: 1, lethality: 0.03,
    attackMix: { abduction: 40, indirect_fire: 30, direct_attack_on_base: 20, other: 10 },
    regions: [r("Quneitra", 33.1, 35.85, 1, 0.03, "Camp Faouar", "Quneitra")],
    troops: ["FJI", "NPL", "IND", "URY", "IRL", "GHA"],
    police: ["FJI"],
  },
  {
    acronym: "MINUSTAH", hostState: "HTI", start: "2004-06-01", end: "2017-10-15",
    attacks: [12, 10, 8, 8, 8, 6, 4],
    strength: 8, lethality: 0.1,
    attackMix: { direct_attack_on_base: 20, attack_on_convoy_or_patrol: 45, ambush: 15, other: 20 },
    regions: [
      r("Ouest", 18.55, -72.3, 70, 0.04, "Port-au-Prince", "Cité Soleil", "Pétion-Ville"),
      r("Artibonite", 19.3, -72.5, 15, 0.08, "Gonaïves"),
      r("Nord", 19.65, -72.2, 15, 0.05, "Cap-Haïtien"),
    ],
    troops: ["BRA", "URY", "CHL", "NPL", "LKA", "ARG", "JOR"],
    police: ["JOR", "SEN", "NGA", "BGD", "CAN"],
  },
  {
    acronym: "UNOCI", hostState: "CIV", start: "2004-04-04", end: "2017-06-30",
    attacks: [25, 15, 6, 4, 3, 2, 1],
    strength: 9, lethality: 0.2,
    attackMix: { ambush: 40, attack_on_convoy_or_patrol: 30, direct_attack_on_base: 20, other: 10 },
    regions: [
      r("Montagnes", 6.74, -7.35, 50, 0.2, "Duékoué", "Guiglo", "Taï"),
      r("Bas-Sassandra", 5.5, -6.6, 20, 0.2, "Soubré", "San-Pédro"),
      r("Abidjan", 5.35, -4.0, 30, 0.04, "Abidjan", "Abobo"),
    ],
    troops: ["BGD", "PAK", "MAR", "NER", "SEN", "TGO", "JOR"],
    police: ["SEN", "BEN", "NER", "BGD"],
  },
  {
    acronym: "UNMIL", hostState: "LBR", start: "2003-09-19", end: "2018-03-30",
    attacks: [6, 3, 2, 2, 1, 1, 1, 0.5],
    strength: 8, lethality: 0.08,
    attackMix: { attack_on_convoy_or_patrol: 50, ambush: 20, other: 30 },
    regions: [
      r("Montserrado", 6.35, -10.7, 60, 0.05, "Monrovia", "Paynesville"),
      r("Grand Gedeh", 5.9, -8.2, 25, 0.15, "Zwedru"),
      r("Nimba", 7.0, -8.9, 15, 0.15, "Ganta", "Sanniquellie"),
    ],
    troops: ["NGA", "PAK", "BGD", "GHA", "CHN", "ETH"],
    police: ["NGA", "IND", "GHA", "NPL", "JOR"],
  },
];

/** International staff come from everywhere; a short, plausible mix. */
// prettier-ignore
export const INTERNATIONAL_STAFF = ["FRA", "USA", "GBR", "KEN", "CAN", "SEN", "CMR", "DEU", "ITA", "NGA", "UGA", "PHL", "IND"];

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
