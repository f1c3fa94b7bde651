-- @model load_reference
-- @grain ref_missions one row per UN operation (mission_acronym); ref_mission_aliases one row per other
--        spelling of an acronym (alias); ref_states one row per state or territory, current or former
--        (iso3); ref_mission_host_state_rules one row per mission with zero or several host states.
--
-- Reference tables, reloaded from the versioned CSV files beside this one.

CREATE OR REPLACE TABLE ref_missions AS
SELECT
  mission_acronym,
  mission_name,
  start_date,
  end_date,
  string_split(host_states, ';') AS host_states,
  region,
  kind,
  note
FROM read_csv(getvariable('reference_dir') || '/missions.csv', header = true,
  columns = {'mission_acronym': 'VARCHAR', 'mission_name': 'VARCHAR', 'start_date': 'DATE', 'end_date': 'DATE',
             'host_states': 'VARCHAR', 'region': 'VARCHAR', 'kind': 'VARCHAR', 'note': 'VARCHAR'});

CREATE OR REPLACE TABLE ref_mission_aliases AS
SELECT alias, mission_acronym
FROM read_csv(getvariable('reference_dir') || '/mission-aliases.csv', header = true,
  columns = {'alias': 'VARCHAR', 'mission_acronym': 'VARCHAR'});

CREATE OR REPLACE TABLE ref_states AS
SELECT iso3, m49, name_en, name_official_en, region, subregion, is_former, name_common_en
FROM read_csv(getvariable('reference_dir') || '/states.csv', header = true,
  columns = {'iso3': 'VARCHAR', 'm49': 'VARCHAR', 'name_en': 'VARCHAR', 'name_official_en': 'VARCHAR',
             'region': 'VARCHAR', 'subregion': 'VARCHAR', 'is_former': 'BOOLEAN', 'name_common_en': 'VARCHAR'});

-- ref_mission_host_state_rules grain: one row per mission with zero or several host states.
-- Says which host state its casualties are attributed to, or 'not_attributed', and why.
CREATE OR REPLACE TABLE ref_mission_host_state_rules AS
SELECT mission_acronym, attributed_host_state, reason
FROM read_csv(getvariable('reference_dir') || '/mission-host-state-rules.csv', header = true,
  columns = {'mission_acronym': 'VARCHAR', 'attributed_host_state': 'VARCHAR', 'reason': 'VARCHAR'});

-- with_mission_acronyms(records): the rows of `records` (any table with a mission column, as exported) with
-- mission spelled as ref_missions spells it: another spelling listed in ref_mission_aliases becomes its
-- acronym ('OSE-Syria' -> 'OSESyria'); a mission not listed stays as it is.
CREATE OR REPLACE MACRO with_mission_acronyms(records) AS TABLE
SELECT r.* REPLACE (coalesce(a.mission_acronym, r.mission) AS mission)
FROM query_table(records) r
LEFT JOIN ref_mission_aliases a ON a.alias = r.mission;
