-- @model stg_casualties
-- @grain one row per casualty_id, its latest loaded version.
-- @latest-by casualty_id
--
-- This file defines every loaded version (stg_casualties_versions); the runner keeps stg_casualties, the view of
-- the latest version of each key (warehouse/README.md, etl/warehouse/latest-versions.ts).
CREATE OR REPLACE VIEW stg_casualties_versions AS
SELECT
  casualty_id,
  incident_id,
  incident_date::DATE AS incident_date,
  mission,
  personnel_category,
  nationality,
  outcome,
  incident_type,
  load_id,
  source_line
FROM with_mission_acronyms(raw_casualties);
