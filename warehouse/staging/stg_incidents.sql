-- stg_incidents grain: one row per incident_id, its latest loaded version.
-- Later loads replace earlier versions; raw_incidents keeps them all as history.
-- Staging models are tables, not views: several core models read each of them.
CREATE OR REPLACE TABLE stg_incidents AS
SELECT
  * EXCLUDE (incident_date, last_updated, mission),
  incident_date::DATE AS incident_date,
  last_updated::DATE AS last_updated,
  coalesce(a.mission_acronym, r.mission) AS mission
FROM raw_incidents r
LEFT JOIN ref_mission_aliases a ON a.alias = r.mission
QUALIFY row_number() OVER (PARTITION BY incident_id ORDER BY load_id DESC, source_line DESC) = 1;
