-- stg_assistance grain: one row per assistance_id, its latest loaded version.
-- This file defines every loaded version (stg_assistance_versions); the model runner
-- keeps stg_assistance as the latest version of each key, updating only the keys a
-- load touched (etl/warehouse/models.ts).
-- latest-by: assistance_id
CREATE OR REPLACE VIEW stg_assistance_versions AS
SELECT
  * EXCLUDE (start_date, end_date),
  start_date::DATE AS start_date,
  end_date::DATE AS end_date
FROM raw_assistance;
