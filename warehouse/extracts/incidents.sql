-- @model incidents
-- @grain one row per attack (incident_id).
--
-- Public columns only: no narrative, no perpetrator group, no place or coordinates finer than admin1.
-- Only the attacks of sources whose terms allow their rows to be published
-- (etl/sources/terms.ts, read here through source_terms): never ACLED's.
SELECT
  incident_id, incident_date, date_precision, incident_year, mission, host_state, admin1, attack_type,
  killed_total, injured_total,
  COLUMNS('^(killed|injured)_(military|police|military_observer|international_civilian|national_civilian|other)$'),
  last_updated
FROM fct_incidents
WHERE coalesce(source_dataset, 'own') IN (SELECT dataset FROM source_terms WHERE rows_published)
ORDER BY incident_id
