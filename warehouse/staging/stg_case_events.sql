-- stg_case_events grain: one row per (case_id, event, event_date), its latest loaded version.
-- This file defines every loaded version (stg_case_events_versions); the model runner
-- makes stg_case_events the view of the latest version of each key: every version but those
-- a later load replaced (etl_superseded_versions, kept by etl/warehouse/models.ts).
-- latest-by: case_id, event, event_date
CREATE OR REPLACE VIEW stg_case_events_versions AS
SELECT
  * EXCLUDE (event_date, source_date),
  event_date::DATE AS event_date,
  source_date::DATE AS source_date
FROM raw_cases;
