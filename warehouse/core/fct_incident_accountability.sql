-- fct_incident_accountability grain: one row per attack (incident_id), with the
-- first date each stage of the judicial follow-up was reached by any case
-- concerning it. The file name sorts after the facts it reads.
-- Events are summed up per attack first: far fewer attacks have a case than not.
CREATE OR REPLACE TABLE fct_incident_accountability AS
WITH per_incident AS (
  SELECT
    b.incident_id,
    count(DISTINCT e.case_id) AS cases,
    max(e.stage_rank) AS furthest_stage_rank,
    min(e.event_date) FILTER (e.event = 'investigation_opened') AS first_investigation_date,
    min(e.event_date) FILTER (e.event IN ('convicted', 'acquitted')) AS first_verdict_date,
    min(e.event_date) FILTER (e.event = 'convicted') AS first_conviction_date,
    bool_or(e.event = 'dismissed') AS any_dismissed
  FROM bridge_case_incidents b
  JOIN fct_case_events e USING (case_id)
  GROUP BY b.incident_id
)
SELECT
  i.incident_id,
  i.incident_date,
  i.host_state,
  i.killed_total,
  coalesce(p.cases, 0) AS cases,
  coalesce(p.furthest_stage_rank, 0) AS furthest_stage_rank,
  p.first_investigation_date,
  p.first_verdict_date,
  p.first_conviction_date,
  p.any_dismissed
FROM fct_incidents i
LEFT JOIN per_incident p USING (incident_id);
