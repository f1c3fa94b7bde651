-- @model casualties
-- @grain one row per person killed or injured in attacks that concern the state, and per national of the
--        state wherever killed or injured (also by accident or illness).
--
-- Casualties in a state edition: a WHERE condition on the casualties extract.
incident_id IN (SELECT incident_id FROM edition_incidents) OR nationality = getvariable('edition_state')
