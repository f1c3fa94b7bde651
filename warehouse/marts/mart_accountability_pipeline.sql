-- @model mart_accountability_pipeline
-- @grain one row per (host_state, stage_rank), for host_state 'ALL' too.
--
-- How many attacks reached at least that stage, how many stopped there, and the median days from the previous
-- stage reached (or from the attack, for the first stage).
CREATE OR REPLACE TABLE mart_accountability_pipeline AS
WITH stage_dates AS (
  SELECT b.incident_id, e.stage_rank, any_value(e.stage) AS stage, min(e.event_date) AS reached_on
  FROM bridge_case_incidents b
  JOIN fct_case_events e USING (case_id)
  WHERE e.stage_rank IS NOT NULL
  GROUP BY ALL
),
steps AS (
  SELECT
    a.host_state,
    s.stage_rank,
    s.reached_on - coalesce(lag(s.reached_on) OVER (PARTITION BY s.incident_id ORDER BY s.stage_rank), a.incident_date)
      AS days_from_previous
  FROM stage_dates s
  JOIN fct_incident_accountability a USING (incident_id)
),
stages AS (
  SELECT 0 AS stage_rank, 'no_case' AS stage
  UNION ALL
  SELECT DISTINCT stage_rank, stage FROM dim_case_stages WHERE stage_rank IS NOT NULL
),
-- How many attacks stopped at each stage, per host state and for all together.
furthest AS (
  SELECT
    CASE WHEN grouping(host_state) = 1 THEN 'ALL' ELSE host_state END AS host_state,
    furthest_stage_rank,
    count(*) AS incidents
  FROM fct_incident_accountability
  GROUP BY GROUPING SETS ((host_state, furthest_stage_rank), (furthest_stage_rank))
),
reached AS (
  SELECT h.host_state, st.stage_rank, st.stage,
    coalesce(sum(f.incidents) FILTER (f.furthest_stage_rank >= st.stage_rank), 0)::BIGINT AS incidents_reached,
    coalesce(sum(f.incidents) FILTER (f.furthest_stage_rank = st.stage_rank), 0)::BIGINT AS incidents_stopped
  FROM (SELECT host_state FROM furthest UNION SELECT 'ALL') h
  CROSS JOIN stages st
  LEFT JOIN furthest f USING (host_state)
  GROUP BY ALL
),
durations AS (
  SELECT host_state, stage_rank, median(days_from_previous) AS median_days_from_previous, count(*) AS timed_incidents
  FROM (SELECT * FROM steps UNION ALL SELECT 'ALL', stage_rank, days_from_previous FROM steps)
  GROUP BY ALL
)
SELECT r.*, d.median_days_from_previous, coalesce(d.timed_incidents, 0) AS timed_incidents
FROM reached r
LEFT JOIN durations d USING (host_state, stage_rank)
WHERE r.host_state IS NOT NULL -- attacks not attributed to a host state count in 'ALL' only
ORDER BY host_state, stage_rank;
