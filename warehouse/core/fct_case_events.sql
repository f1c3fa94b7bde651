-- fct_case_events grain: one row per event of a judicial case (case_id, event, event_date).
-- A view: a lookup of each event's stage, cheaper to do when read than to store.
CREATE OR REPLACE VIEW fct_case_events AS
SELECT
  e.case_id,
  e.event,
  e.event_date,
  s.stage_rank,
  s.stage,
  e.jurisdiction_state,
  e.court_type,
  e.persons_concerned
FROM stg_case_events e
LEFT JOIN dim_case_stages s USING (event);
