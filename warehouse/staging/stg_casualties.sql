-- stg_casualties grain: one row per casualty_id, its latest loaded version.
-- This file defines every loaded version (stg_casualties_versions); the model runner
-- makes stg_casualties the view of the latest version of each key: every version but those
-- a later load replaced (etl_superseded_versions, kept by etl/warehouse/models.ts).
-- latest-by: casualty_id
CREATE OR REPLACE VIEW stg_casualties_versions AS
SELECT
  casualty_id,
  incident_id,
  incident_date::DATE AS incident_date,
  coalesce(a.mission_acronym, r.mission) AS mission,
  personnel_category,
  nationality,
  outcome,
  incident_type,
  load_id,
  source_line
FROM raw_casualties r
LEFT JOIN ref_mission_aliases a ON a.alias = r.mission;
