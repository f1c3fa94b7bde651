-- @model fct_case_events
-- @grain one row per event of a judicial case (case_id, event, event_date).
--
-- A view: a lookup of each event's stage, cheaper to do when read than to store.
-- in_custody: a conviction is of at least one person present unless the record says
-- every person convicted was tried in absentia (persons_concerned 0 means "not stated",
-- and a conviction concerns one person at least).
CREATE OR REPLACE VIEW fct_case_events AS
SELECT
  e.case_id,
  e.event,
  e.event_date,
  e.event_date_precision,
  s.stage_rank,
  s.stage,
  e.jurisdiction_state,
  e.court_type,
  e.persons_concerned,
  e.persons_in_absentia,
  e.event IN ('convicted', 'sentenced')
    AND coalesce(e.persons_in_absentia, 0) < greatest(e.persons_concerned, 1) AS in_custody,
  e.perpetrator_kind,
  e.sentence_type,
  e.sentence_years,
  e.reparations_amount,
  e.reparations_currency,
  e.certainty,
  e.source_kind,
  e.disclosure
FROM stg_case_events e
LEFT JOIN dim_case_stages s USING (event);
