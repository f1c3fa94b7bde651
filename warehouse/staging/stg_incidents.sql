-- stg_incidents grain: one row per incident_id, its latest loaded version.
-- Later loads replace earlier versions; raw_incidents keeps them all as history.
-- This file defines every loaded version (stg_incidents_versions); the model runner
-- makes stg_incidents the view of the latest version of each key: every version but those
-- a later load replaced (etl_superseded_versions, kept by etl/warehouse/models.ts).
-- latest-by: incident_id
CREATE OR REPLACE VIEW stg_incidents_versions AS
SELECT
  * EXCLUDE (incident_date, last_updated, mission),
  incident_date::DATE AS incident_date,
  last_updated::DATE AS last_updated,
  coalesce(a.mission_acronym, r.mission) AS mission
FROM raw_incidents r
LEFT JOIN ref_mission_aliases a ON a.alias = r.mission;
