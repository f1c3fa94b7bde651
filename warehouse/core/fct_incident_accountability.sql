-- fct_incident_accountability grain: one row per attack (incident_id), with the
-- first date each stage of the judicial follow-up was reached by any case
-- concerning it. The file name sorts after the facts it reads.
CREATE OR REPLACE TABLE fct_incident_accountability AS
WITH incident_events AS (
  SELECT b.incident_id, e.*
  FROM bridge_case_incidents b
  JOIN fct_case_events e USING (case_id)
)
SELECT
  i.incident_id,
  i.incident_date,
  i.host_state,
  i.killed_total,
  count(DISTINCT ev.case_id) AS cases,
  coalesce(max(ev.stage_rank), 0) AS furthest_stage_rank,
  min(ev.event_date) FILTER (ev.event = 'investigation_opened') AS first_investigation_date,
  min(ev.event_date) FILTER (ev.event IN ('convicted', 'acquitted')) AS first_verdict_date,
  min(ev.event_date) FILTER (ev.event = 'convicted') AS first_conviction_date,
  bool_or(ev.event = 'dismissed') AS any_dismissed
FROM fct_incidents i
LEFT JOIN incident_events ev USING (incident_id)
GROUP BY ALL;
