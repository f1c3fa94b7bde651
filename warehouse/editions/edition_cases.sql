-- @model edition_cases
-- @grain one row per judicial case (case_id) concerning at least one attack in edition_incidents.
--
-- Empty in the public edition.
SELECT DISTINCT case_id FROM bridge_case_incidents WHERE incident_id IN (SELECT incident_id FROM edition_incidents)
