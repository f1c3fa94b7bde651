-- @model mart_cases_by_host_state
-- @grain one row per (host_state, court_type, status): how many judicial cases concerning attacks in that host
--        state stand at each status, where status is the furthest stage the case reached.
--
-- Counts only: case-level rows are not published.
CREATE OR REPLACE TABLE mart_cases_by_host_state AS
WITH case_status AS (
  SELECT
    case_id,
    any_value(court_type) AS court_type,
    coalesce(max(stage_rank), 0) AS stage_rank,
    bool_or(event = 'dismissed') AS dismissed
  FROM fct_case_events
  GROUP BY case_id
  HAVING NOT bool_and(event = 'no_progress_reported') -- a report that nothing was done is no case
),
case_host AS (
  SELECT DISTINCT b.case_id, a.host_state
  FROM bridge_case_incidents b
  JOIN fct_incident_accountability a USING (incident_id)
  WHERE a.host_state IS NOT NULL
)
SELECT
  h.host_state,
  s.court_type,
  CASE WHEN s.dismissed THEN 'dismissed' ELSE coalesce(st.stage, 'opened') END AS status,
  max(s.stage_rank) AS stage_rank,
  count(*) AS cases
FROM case_status s
JOIN case_host h USING (case_id)
LEFT JOIN (SELECT DISTINCT stage_rank, stage FROM dim_case_stages) st USING (stage_rank)
GROUP BY ALL
ORDER BY ALL;
