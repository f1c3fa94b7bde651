-- The figures of section 7 of the reports: each host state's progress in the year, side by side:
-- attacks and deaths, investigations and convictions, the backlog without a verdict, the replies
-- to the UN's requests and the assistance received. $year is the report's year, $scope 'ALL' or
-- the edition's state.

-- figures: progress.by_host_state
-- One row per host state with anything to report for the year (deaths, a fatal attack so far,
-- a step in a case, a request, assistance). In a state's edition, two rows: the state, and every
-- host state together ('ALL').
-- key: host_state host_state
-- value killed: report.measure.killed | people | year
-- value investigations_opened: report.measure.investigationsOpened | cases | year
-- value convictions: report.measure.convictions | cases | year
-- value without_verdict: report.measure.withoutVerdict | attacks | year-end
-- value backlog_change: report.measure.backlogChange | attacks | year
-- value share_with_conviction: report.measure.shareWithConviction | share | year-end
-- value requests_sent: report.measure.requestsSent | requests | year
-- value replies: report.measure.replies | replies | year
-- value assistance: report.measure.activities | activities | year
WITH killed AS (
  SELECT coalesce(host_state, 'ALL') AS host_state, sum(killed) AS killed
  FROM mart_attack_casualties_by_year WHERE incident_year = $year GROUP BY GROUPING SETS ((host_state), ())
),
steps AS (
  SELECT host_state, investigations_opened, convictions FROM mart_judicial_steps_by_year WHERE event_year = $year
),
backlog AS (
  SELECT host_state,
    max(without_verdict) FILTER (year = $year) AS without_verdict,
    max(without_verdict) FILTER (year = $year)
      - coalesce(max(without_verdict) FILTER (year = $year - 1), 0) AS backlog_change,
    max(with_conviction) FILTER (year = $year)
      / nullif(max(fatal_incidents_to_date) FILTER (year = $year), 0) AS share_with_conviction
  FROM mart_accountability_by_year WHERE year IN ($year, $year - 1)
  GROUP BY host_state HAVING count(*) FILTER (year = $year) > 0
),
asked AS (
  SELECT host_state, sent AS requests_sent, replies FROM mart_requests_by_year WHERE year = $year
),
helped AS (
  SELECT coalesce(recipient_state, 'ALL') AS host_state, sum(activities) AS assistance
  FROM mart_assistance WHERE start_year = $year GROUP BY GROUPING SETS ((recipient_state), ())
),
states AS (
  SELECT host_state FROM killed UNION SELECT host_state FROM steps UNION SELECT host_state FROM backlog
  UNION SELECT host_state FROM asked UNION SELECT host_state FROM helped
  UNION SELECT unnest([$scope, 'ALL']) WHERE $scope <> 'ALL'
)
SELECT
  s.host_state AS key,
  coalesce(k.killed, 0) AS killed,
  coalesce(j.investigations_opened, 0) AS investigations_opened,
  coalesce(j.convictions, 0) AS convictions,
  coalesce(b.without_verdict, 0) AS without_verdict,
  coalesce(b.backlog_change, 0) AS backlog_change,
  b.share_with_conviction,
  coalesce(a.requests_sent, 0) AS requests_sent,
  coalesce(a.replies, 0) AS replies,
  coalesce(h.assistance, 0) AS assistance
FROM states s
LEFT JOIN killed k USING (host_state)
LEFT JOIN steps j USING (host_state)
LEFT JOIN backlog b USING (host_state)
LEFT JOIN asked a USING (host_state)
LEFT JOIN helped h USING (host_state)
WHERE CASE WHEN $scope = 'ALL' THEN s.host_state NOT IN ('ALL', 'not_attributed')
  ELSE s.host_state IN ($scope, 'ALL') END
ORDER BY key = 'ALL', killed DESC, without_verdict DESC, key;
