-- edition_incidents grain: one row per attack (incident_id) that concerns the edition's
-- state: it took place there, or its casualties include nationals of that state.
-- Empty in the public edition (edition_state is ''). See docs/editions.md.
SELECT incident_id FROM fct_incidents WHERE host_state = getvariable('edition_state')
UNION
SELECT incident_id FROM fct_casualties WHERE nationality = getvariable('edition_state') AND incident_id IS NOT NULL
