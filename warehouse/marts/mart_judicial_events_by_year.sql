-- @model mart_judicial_events_by_year
-- @grain one row per (host_state, event_year, event): the events of the judicial cases concerning attacks in
--        that host state, recorded in that year.
--
-- A case about attacks in two host states counts in both; host_state 'ALL' counts each case once, including
-- those about attacks not attributed to a host state. Cases whose attacks are not loaded count nowhere.
-- in_custody is fct_case_events's: a conviction of at least one person present, not tried in absentia.
CREATE OR REPLACE TABLE mart_judicial_events_by_year AS
WITH case_host AS (
  SELECT DISTINCT b.case_id, a.host_state
  FROM bridge_case_incidents b
  JOIN fct_incident_accountability a USING (incident_id)
),
scoped AS (
  SELECT h.host_state, e.*
  FROM fct_case_events e JOIN case_host h USING (case_id)
  WHERE h.host_state IS NOT NULL
  UNION ALL
  SELECT 'ALL', e.*
  FROM fct_case_events e WHERE e.case_id IN (SELECT case_id FROM case_host)
)
SELECT
  host_state,
  year(event_date) AS event_year,
  event,
  count(*) AS events,
  count(DISTINCT case_id) AS cases,
  count(DISTINCT case_id) FILTER (in_custody) AS cases_in_custody,
  sum(persons_concerned)::BIGINT AS persons_concerned,
  coalesce(sum(persons_in_absentia), 0)::BIGINT AS persons_in_absentia
FROM scoped
GROUP BY ALL
ORDER BY ALL;
