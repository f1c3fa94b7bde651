-- Casualties in a state edition: the people killed or injured in attacks that concern
-- the state, and its nationals wherever they were killed or injured (also by accident or illness).
incident_id IN (SELECT incident_id FROM edition_incidents) OR nationality = getvariable('edition_state')
