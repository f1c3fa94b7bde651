-- The figures of section 7 of the reports: each host state's progress in the year, side by side:
-- attacks and deaths, investigations and convictions, the backlog without a verdict, the replies
-- to the UN's requests and the assistance received. $year is the report's year, $scope 'ALL' or
-- the edition's state.

-- figures: progress.by_host_state
-- One row per host state with anything to report for the year (deaths, a fatal attack so far,
-- a step in a case, a request, assistance).
-- edition: public
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
  SELECT host_state, sum(casualties) FILTER (outcome = 'killed') AS killed
  FROM mart_attack_casualties WHERE incident_year = $year AND host_state <> 'not_attributed' GROUP BY host_state
),
steps AS (
  SELECT host_state,
    sum(cases) FILTER (event = 'investigation_opened') AS investigations_opened,
    sum(cases) FILTER (event = 'convicted') AS convictions
  FROM mart_judicial_events_by_year WHERE event_year = $year AND host_state <> 'ALL' GROUP BY host_state
),
backlog AS (
  SELECT host_state,
    max(without_verdict) FILTER (year = $year) AS without_verdict,
    max(without_verdict) FILTER (year = $year) - coalesce(max(without_verdict) FILTER (year = $year - 1), 0) AS backlog_change,
    max(with_conviction) FILTER (year = $year) / nullif(max(fatal_incidents_to_date) FILTER (year = $year), 0) AS share_with_conviction
  FROM mart_accountability_by_year WHERE year IN ($year, $year - 1) AND host_state <> 'ALL'
  GROUP BY host_state HAVING count(*) FILTER (year = $year) > 0
),
asked AS (
  SELECT host_state, sent AS requests_sent, replies FROM mart_requests_by_year WHERE year = $year AND host_state <> 'ALL'
),
helped AS (
  SELECT recipient_state AS host_state, sum(activities) AS assistance FROM mart_assistance WHERE start_year = $year GROUP BY ALL
),
states AS (
  SELECT host_state FROM killed UNION SELECT host_state FROM steps UNION SELECT host_state FROM backlog
  UNION SELECT host_state FROM asked UNION SELECT host_state FROM helped
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
ORDER BY killed DESC, without_verdict DESC, key;

-- figures: progress.compared
-- Two rows: the edition's state, and every host state together ('ALL'), as in progress.by_host_state.
-- edition: state
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
WITH scopes AS (SELECT unnest([$scope, 'ALL']) AS host_state),
killed AS (
  SELECT s.host_state, sum(c.casualties) FILTER (c.outcome = 'killed') AS killed
  FROM scopes s JOIN mart_attack_casualties c ON c.incident_year = $year AND s.host_state IN ('ALL', c.host_state)
  GROUP BY s.host_state
),
steps AS (
  SELECT host_state,
    sum(cases) FILTER (event = 'investigation_opened') AS investigations_opened,
    sum(cases) FILTER (event = 'convicted') AS convictions
  FROM mart_judicial_events_by_year WHERE event_year = $year AND host_state IN ($scope, 'ALL') GROUP BY host_state
),
backlog AS (
  SELECT host_state,
    max(without_verdict) FILTER (year = $year) AS without_verdict,
    max(without_verdict) FILTER (year = $year) - coalesce(max(without_verdict) FILTER (year = $year - 1), 0) AS backlog_change,
    max(with_conviction) FILTER (year = $year) / nullif(max(fatal_incidents_to_date) FILTER (year = $year), 0) AS share_with_conviction
  FROM mart_accountability_by_year WHERE year IN ($year, $year - 1) AND host_state IN ($scope, 'ALL')
  GROUP BY host_state
),
asked AS (
  SELECT host_state, sent AS requests_sent, replies FROM mart_requests_by_year WHERE year = $year AND host_state IN ($scope, 'ALL')
),
helped AS (
  SELECT s.host_state, sum(m.activities) AS assistance
  FROM scopes s JOIN mart_assistance m ON m.start_year = $year AND s.host_state IN ('ALL', m.recipient_state)
  GROUP BY s.host_state
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
FROM scopes s
LEFT JOIN killed k USING (host_state)
LEFT JOIN steps j USING (host_state)
LEFT JOIN backlog b USING (host_state)
LEFT JOIN asked a USING (host_state)
LEFT JOIN helped h USING (host_state)
ORDER BY s.host_state = 'ALL', key;
