-- fct_incident_accountability grain: one row per attack (incident_id), with the
-- first date each stage of the judicial follow-up was reached by any case
-- concerning it. The file name sorts after the facts it reads.
-- Events are summed up per case, then per attack: far fewer attacks have a case than not.
CREATE OR REPLACE TABLE fct_incident_accountability AS
WITH per_case AS (
  SELECT
    case_id,
    max(stage_rank) AS furthest_stage_rank,
    min(event_date) FILTER (event = 'investigation_opened') AS first_investigation_date,
    min(event_date) FILTER (event IN ('convicted', 'acquitted')) AS first_verdict_date,
    min(event_date) FILTER (event = 'convicted') AS first_conviction_date,
    bool_or(event = 'dismissed') AS any_dismissed
  FROM fct_case_events
  GROUP BY case_id
),
per_incident AS (
  SELECT
    b.incident_id,
    count(*) AS cases,
    max(c.furthest_stage_rank) AS furthest_stage_rank,
    min(c.first_investigation_date) AS first_investigation_date,
    min(c.first_verdict_date) AS first_verdict_date,
    min(c.first_conviction_date) AS first_conviction_date,
    bool_or(c.any_dismissed) AS any_dismissed
  FROM bridge_case_incidents b
  JOIN per_case c USING (case_id)
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
