-- @model incidents
-- @grain one row per attack that concerns the state (edition_incidents).
--
-- Incidents in a state edition: a WHERE condition on the incidents extract.
incident_id IN (SELECT incident_id FROM edition_incidents)
