-- @model state_case_events
-- @grain one row per event of a judicial case concerning the edition's state (edition_cases): court,
--        date, persons concerned and sentence.
--
-- State edition, Cases page. Only the attacks of the case that concern the state are listed; the
-- free-text note is never published, in any edition.
SELECT e.case_id,
       (SELECT string_agg(b.incident_id, '; ' ORDER BY b.incident_id) FROM bridge_case_incidents b
        WHERE b.case_id = e.case_id AND b.incident_id IN (SELECT incident_id FROM edition_incidents)) AS incident_ids,
       e.jurisdiction_state, e.court_type, e.event, e.event_date, e.persons_concerned, s.sentence
FROM fct_case_events e
JOIN stg_case_events s USING (case_id, event, event_date)
WHERE e.case_id IN (SELECT case_id FROM edition_cases)
ORDER BY e.case_id, e.event_date, e.stage_rank
