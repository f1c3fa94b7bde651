-- @model bridge_case_incidents
-- @grain one row per (case_id, incident_id) pair.
CREATE OR REPLACE TABLE bridge_case_incidents AS
SELECT DISTINCT case_id, unnest(incident_ids) AS incident_id
FROM stg_case_events;
