-- @model state_incidents
-- @grain one row per attack concerning the edition's state (edition_incidents), with the restricted
--        fields that the state's own edition carries: place, perpetrator group and narrative.
--
-- State edition, Incidents page. Never in the public edition.
SELECT i.incident_id, i.incident_date, i.mission, i.host_state, i.admin1, s.place, i.attack_type,
       s.perpetrator_group, i.killed_total, i.injured_total, s.narrative
FROM fct_incidents i
JOIN stg_incidents s USING (incident_id)
WHERE i.incident_id IN (SELECT incident_id FROM edition_incidents)
ORDER BY i.incident_date, i.incident_id
