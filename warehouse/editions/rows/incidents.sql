-- Incidents in a state edition: the attacks that concern the state (edition_incidents).
incident_id IN (SELECT incident_id FROM edition_incidents)
