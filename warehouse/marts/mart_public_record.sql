-- @model mart_public_record
-- @grain one row per event (case_id, event, event_date) of the cases whose every row is disclosure 'public':
--        the judicial follow-up of attacks as public sources report it (warehouse/public-record/), each event
--        with its source.
--
-- Public by its source, so every edition may list it; the restricted fields (sentence, note) and the cases of
-- states' own exports are never here, and no field holds a person's name.
CREATE OR REPLACE TABLE mart_public_record AS
WITH public_cases AS (
  SELECT case_id FROM stg_case_events GROUP BY case_id HAVING bool_and(disclosure = 'public')
),
attacks AS (
  SELECT b.case_id,
         string_agg(b.incident_id, ';' ORDER BY b.incident_id) AS incident_ids,
         min(a.incident_date) AS first_attack_date,
         sum(a.killed_total) AS killed,
         any_value(a.host_state ORDER BY a.incident_date) AS host_state
  FROM bridge_case_incidents b
  LEFT JOIN fct_incident_accountability a USING (incident_id)
  WHERE b.case_id IN (SELECT case_id FROM public_cases)
  GROUP BY b.case_id
)
SELECT
  e.case_id, a.host_state, a.incident_ids, a.first_attack_date, a.killed,
  e.jurisdiction_state, e.court_type, e.court_name, e.event, e.event_date, e.event_date_precision,
  e.persons_concerned, e.persons_in_absentia, e.perpetrator_kind, e.sentence_type, e.sentence_years,
  e.reparations_amount, e.reparations_currency, e.certainty, e.source_kind, e.source_url,
  e.source_publisher, e.source_date, e.source_excerpt, e.discrepancy
FROM stg_case_events e
JOIN attacks a USING (case_id);
