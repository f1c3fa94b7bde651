-- @model casualties
-- @grain one row per person killed or injured (casualty_id).
--
-- A public interface: the first nine columns keep these names and this order.
-- A casualty linked to an attack whose source's terms forbid publishing its rows (ACLED,
-- etl/sources/terms.ts, read here through source_terms) is published without that link:
-- incident_id empty and attack_type 'not_recorded', as before it was linked, since the
-- attack's id and type would be that source's row, one field at a time.
SELECT
  casualty_id,
  CASE WHEN published THEN incident_id END AS incident_id,
  incident_date, mission, host_state, nationality,
  personnel_category, incident_type, outcome,
  CASE WHEN published THEN attack_type ELSE 'not_recorded' END AS attack_type,
  incident_year
FROM (
  SELECT c.*, t.rows_published AS published
  FROM fct_casualties c
  JOIN source_terms t ON t.dataset = coalesce(c.incident_source_dataset, 'own')
)
ORDER BY casualty_id
