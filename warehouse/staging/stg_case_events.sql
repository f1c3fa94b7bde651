-- @model stg_case_events
-- @grain one row per (case_id, event, event_date), its latest loaded version.
-- @latest-by case_id, event, event_date
--
-- This file defines every loaded version (stg_case_events_versions); the runner keeps stg_case_events, the view of
-- the latest version of each key (warehouse/README.md, etl/warehouse/latest-versions.ts).
CREATE OR REPLACE VIEW stg_case_events_versions AS
SELECT
  * EXCLUDE (event_date, source_date),
  event_date::DATE AS event_date,
  source_date::DATE AS source_date
FROM raw_cases;
