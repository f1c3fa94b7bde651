-- @model stg_assistance
-- @grain one row per assistance_id, its latest loaded version.
-- @latest-by assistance_id
--
-- This file defines every loaded version (stg_assistance_versions); the runner keeps stg_assistance, the view of
-- the latest version of each key (warehouse/README.md, etl/warehouse/latest-versions.ts).
CREATE OR REPLACE VIEW stg_assistance_versions AS
SELECT
  * EXCLUDE (start_date, end_date),
  start_date::DATE AS start_date,
  end_date::DATE AS end_date
FROM raw_assistance;
