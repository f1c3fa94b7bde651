-- @model fct_incident_accountability
-- @grain one row per attack, with the first date each stage of the judicial follow-up was reached by any case
--        concerning it.
--
-- The attacks are those of the incident exports, and the attacks inferred from casualties that name no incident
-- (fct_inferred_incidents, malicious acts only): the UN's fatalities data has no incidents, and the public
-- record names its attacks by inferred id.
-- An attack recorded by a third-party dataset (ACLED) is no row of its own: linked to UN
-- deaths, it is the inferred attack those deaths name (linked_incident_id says which), so it
-- counts once; unlinked, it is another record of an attack that the accountability follow-up
-- does not name (counted apart, with its source, in mart_acled_attacks).
-- Events are summed up per case, then per attack: far fewer attacks have a case than not.
-- An effective conviction is one of a person in custody (fct_case_events.in_custody)
-- that no later 'conviction_overturned' event of the same case undid for all of them. A "case" made
-- only of reports that nothing was done is no judicial case: it is counted apart.
CREATE OR REPLACE TABLE fct_incident_accountability AS
WITH attacks AS (
  SELECT incident_id, incident_date, host_state, killed_total, false AS inferred, NULL::VARCHAR AS linked_incident_id
  FROM fct_incidents WHERE source_dataset IS NULL
  UNION ALL
  SELECT inferred_incident_id, incident_date, host_state, killed, true, linked_incident_id
  FROM fct_inferred_incidents WHERE incident_type = 'malicious_act'
),
-- A conviction stays effective unless a later overturn concerns every person convicted
-- in custody (an overturn that names no number of persons undoes it whole).
overturned AS (
  SELECT case_id, event_date, persons_concerned
  FROM fct_case_events WHERE event = 'conviction_overturned'
),
effective AS (
  SELECT c.case_id, min(c.event_date) AS first_effective_conviction_date
  FROM fct_case_events c
  WHERE c.event = 'convicted' AND c.in_custody
    AND NOT EXISTS (
      SELECT 1 FROM overturned o
      WHERE o.case_id = c.case_id AND o.event_date >= c.event_date
        AND (o.persons_concerned = 0
          OR o.persons_concerned >= greatest(c.persons_concerned, 1) - coalesce(c.persons_in_absentia, 0))
    )
  GROUP BY c.case_id
),
per_case AS (
  SELECT
    e.case_id,
    max(e.stage_rank) AS furthest_stage_rank,
    min(e.event_date) FILTER (e.event = 'investigation_opened') AS first_investigation_date,
    min(e.event_date) FILTER (e.event IN ('convicted', 'acquitted')) AS first_verdict_date,
    min(e.event_date) FILTER (e.event = 'convicted') AS first_conviction_date,
    any_value(f.first_effective_conviction_date) AS first_effective_conviction_date,
    bool_or(e.event = 'dismissed') AS any_dismissed,
    bool_and(e.event = 'no_progress_reported') AS only_no_progress
  FROM fct_case_events e
  LEFT JOIN effective f USING (case_id)
  GROUP BY e.case_id
),
per_incident AS (
  SELECT
    b.incident_id,
    count(*) FILTER (NOT c.only_no_progress) AS cases,
    count(*) FILTER (c.only_no_progress) AS no_progress_reports,
    max(c.furthest_stage_rank) AS furthest_stage_rank,
    min(c.first_investigation_date) AS first_investigation_date,
    min(c.first_verdict_date) AS first_verdict_date,
    min(c.first_conviction_date) AS first_conviction_date,
    min(c.first_effective_conviction_date) AS first_effective_conviction_date,
    bool_or(c.any_dismissed) AS any_dismissed
  FROM bridge_case_incidents b
  JOIN per_case c USING (case_id)
  GROUP BY b.incident_id
)
SELECT
  a.incident_id,
  a.inferred,
  a.linked_incident_id,
  a.incident_date,
  a.host_state,
  a.killed_total,
  coalesce(p.cases, 0) AS cases,
  coalesce(p.no_progress_reports, 0) AS no_progress_reports,
  coalesce(p.furthest_stage_rank, 0) AS furthest_stage_rank,
  p.first_investigation_date,
  p.first_verdict_date,
  p.first_conviction_date,
  p.first_effective_conviction_date,
  p.any_dismissed
FROM attacks a
LEFT JOIN per_incident p USING (incident_id);
