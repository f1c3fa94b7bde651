-- stg_assistance grain: one row per assistance_id, its latest loaded version.
-- This file defines every loaded version (stg_assistance_versions); the model runner
-- makes stg_assistance the view of the latest version of each key: every version but those
-- a later load replaced (etl_superseded_versions, kept by etl/warehouse/models.ts).
-- latest-by: assistance_id
CREATE OR REPLACE VIEW stg_assistance_versions AS
SELECT
  * EXCLUDE (start_date, end_date),
  start_date::DATE AS start_date,
  end_date::DATE AS end_date
FROM raw_assistance;
