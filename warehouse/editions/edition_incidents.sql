-- @model edition_incidents
-- @grain one row per attack (incident_id) that concerns the edition's state and that an edition may show row by
--        row: it took place there, or its casualties include nationals of that state; and its source's terms
--        allow its rows to be published (etl/sources/terms.ts through source_terms: never ACLED's, whose rows
--        are not the state's export).
--
-- Empty in the public edition (edition_state is ''). See docs/editions.md.
WITH publishable AS (
  SELECT incident_id, host_state FROM fct_incidents
  WHERE coalesce(source_dataset, 'own') IN (SELECT dataset FROM source_terms WHERE rows_published)
),
withheld AS (
  SELECT incident_id FROM fct_incidents
  WHERE coalesce(source_dataset, 'own') NOT IN (SELECT dataset FROM source_terms WHERE rows_published)
)
SELECT incident_id FROM publishable WHERE host_state = getvariable('edition_state')
UNION
SELECT incident_id FROM fct_casualties
WHERE nationality = getvariable('edition_state') AND incident_id IS NOT NULL
  AND incident_id NOT IN (SELECT incident_id FROM withheld)
