-- stg_casualties grain: one row per casualty_id, its latest loaded version.
CREATE OR REPLACE TABLE stg_casualties AS
SELECT
  casualty_id,
  incident_id,
  incident_date::DATE AS incident_date,
  coalesce(a.mission_acronym, r.mission) AS mission,
  personnel_category,
  nationality,
  outcome,
  incident_type,
  load_id
FROM raw_casualties r
LEFT JOIN ref_mission_aliases a ON a.alias = r.mission
QUALIFY row_number() OVER (PARTITION BY casualty_id ORDER BY load_id DESC, source_line DESC) = 1;
