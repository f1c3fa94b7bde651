// HXL hashtags (https://hxlstandard.org) for every published column, by column
// name: the one mapping behind the *.hxl.csv files, the data package and the
// data dictionary page. A column name means the same thing in every output, so
// one tag per name is enough. Attributes not in the HXL core schema (the
// prosecution ones: +conviction, +verdict, +case, +court, +stage…) are
// documented in docs/hxl.md.
import { PERSONNEL_CATEGORIES } from "../contract/vocabularies.ts";

const byCategory = Object.fromEntries(
  (["killed", "injured"] as const).flatMap((outcome) =>
    PERSONNEL_CATEGORIES.map((category) => [`${outcome}_${category}`, `#affected+${outcome}+${category}`]),
  ),
);
const byYears = Object.fromEntries(
  [1, 2, 5].flatMap((y) => [
    [`eligible_${y}y`, `#event+num+fatal+eligible+years_${y}`],
    [`without_verdict_${y}y`, `#event+num+fatal+no_verdict+years_${y}`],
  ]),
);

export const HXL_TAGS: Record<string, string> = {
  // who and what
  casualty_id: "#meta+id+casualty",
  incident_id: "#event+id",
  incident_type: "#event+type+cause",
  attack_type: "#event+type",
  personnel_category: "#affected+type",
  outcome: "#affected+outcome",
  // when
  incident_date: "#date+incident",
  date_precision: "#meta+date_precision",
  incident_year: "#date+year+incident",
  incident_month: "#date+month+incident",
  last_updated: "#date+updated",
  start_date: "#date+start",
  end_date: "#date+end",
  start_year: "#date+year+start",
  as_of_date: "#date+cutoff",
  // where and who served
  mission: "#org+mission",
  mission_acronym: "#org+mission",
  mission_name: "#org+mission+name",
  kind: "#org+mission+type",
  host_state: "#country+code+host",
  host_states: "#country+code+host+list",
  nationality: "#country+code+nationality",
  recipient_state: "#country+code+recipient",
  admin1: "#adm1+name",
  iso3: "#country+code+v_iso3",
  m49: "#country+code+v_m49",
  name_en: "#country+name+i_en",
  region: "#region+name",
  subregion: "#region+name+sub",
  is_former: "#status+former",
  // people killed and injured
  killed_total: "#affected+killed",
  injured_total: "#affected+injured",
  killed: "#affected+killed",
  injured: "#affected+injured",
  casualties: "#affected+num",
  ...byCategory,
  // attacks and their judicial follow-up (extension attributes, see docs/hxl.md)
  incidents: "#event+num",
  fatal_incidents: "#event+num+fatal",
  with_conviction: "#event+num+fatal+conviction",
  share_with_conviction: "#indicator+share+conviction",
  ...byYears,
  days: "#indicator+days+since_attack",
  at_risk: "#event+num+at_risk",
  convictions: "#event+num+conviction",
  censored: "#event+num+censored",
  share_without_conviction: "#indicator+share+no_conviction",
  stage_rank: "#status+rank+stage",
  stage: "#status+code+stage",
  status: "#status+code+case",
  incidents_reached: "#event+num+stage+reached",
  incidents_stopped: "#event+num+stage+stopped",
  median_days_from_previous: "#indicator+days+median+stage",
  timed_incidents: "#event+num+stage+timed",
  court_type: "#org+type+court",
  cases: "#indicator+num+case",
  // assistance
  assistance_id: "#activity+id",
  assistance_type: "#activity+type",
  un_entity: "#org+impl+name",
  amount_usd: "#value+usd",
  activities: "#activity+num",
  activities_with_amount: "#activity+num+with_amount",
  related_cases: "#indicator+num+case+supported",
  // effective convictions and the requests to host states
  with_effective_conviction: "#event+num+fatal+conviction+effective",
  share_with_effective_conviction: "#indicator+share+conviction+effective",
  requests: "#indicator+num+request",
  replied: "#indicator+num+request+replied",
  reply_rate: "#indicator+share+request+replied",
  replied_in_full: "#indicator+num+request+replied+full",
  replied_in_part: "#indicator+num+request+replied+partial",
  replied_without_information: "#indicator+num+request+replied+none",
  median_days_to_reply: "#indicator+days+median+reply",
  overdue: "#indicator+num+request+overdue",
  first_sent: "#date+sent+first",
  last_sent: "#date+sent+last",
  // maps and contributing-country pages (issue 14)
  killed_all: "#affected+killed+all_causes",
  killed_in_attacks: "#affected+killed+attack",
  injured_in_attacks: "#affected+injured+attack",
  mission_count: "#org+mission+num",
  host_state_count: "#country+host+num",
  rank_in_attacks: "#indicator+rank+killed+attack",
  with_investigation: "#event+num+fatal+investigation",
  // the public record, event by event
  case_id: "#meta+id+case",
  incident_ids: "#event+id+list",
  first_attack_date: "#date+incident+first",
  jurisdiction_state: "#country+code+jurisdiction",
  court_name: "#org+name+court",
  event: "#status+code+event",
  event_date: "#date+event",
  event_date_precision: "#meta+date_precision+event",
  persons_concerned: "#indicator+num+persons",
  persons_in_absentia: "#indicator+num+persons+in_absentia",
  perpetrator_kind: "#group+type+perpetrator",
  sentence_type: "#status+code+sentence",
  sentence_years: "#indicator+years+sentence",
  reparations_amount: "#value+reparations",
  reparations_currency: "#currency+reparations",
  certainty: "#status+certainty",
  source_kind: "#meta+source+type",
  source_url: "#meta+url+source",
  source_publisher: "#meta+source+name",
  source_date: "#date+source",
  source_excerpt: "#description+source",
  discrepancy: "#description+discrepancy",
};
