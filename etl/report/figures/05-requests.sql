-- The figures of section 5 of the reports: what host states were asked, by note verbale, about
-- attacks, and what they replied (mart_requests_by_year). $year is the report's year, $scope
-- 'ALL' or the edition's state.

-- figures: requests
-- One row: requests sent and replies received in the year (and the year before); at the end of
-- the year, the requests still unanswered and, of those, the overdue ones.
-- value sent: report.measure.requestsSent | requests | year
-- value replies: report.measure.replies | replies | year
-- value replies_in_full: report.measure.repliesInFull | replies | year
-- value replies_in_part: report.measure.repliesInPart | replies | year
-- value replies_without_information: report.measure.repliesWithoutInformation | replies | year
-- value unanswered: report.measure.unanswered | requests | year-end
-- value overdue: report.measure.overdue | requests | year-end
-- value sent_previous: report.measure.requestsSent | requests | previous-year
-- value replies_previous: report.measure.replies | replies | previous-year
SELECT
  coalesce(max(sent) FILTER (year = $year), 0) AS sent,
  coalesce(max(replies) FILTER (year = $year), 0) AS replies,
  coalesce(max(replies_in_full) FILTER (year = $year), 0) AS replies_in_full,
  coalesce(max(replies_in_part) FILTER (year = $year), 0) AS replies_in_part,
  coalesce(max(replies_without_information) FILTER (year = $year), 0) AS replies_without_information,
  coalesce(max(unanswered) FILTER (year = $year), 0) AS unanswered,
  coalesce(max(overdue) FILTER (year = $year), 0) AS overdue,
  coalesce(max(sent) FILTER (year = $year - 1), 0) AS sent_previous,
  coalesce(max(replies) FILTER (year = $year - 1), 0) AS replies_previous
FROM mart_requests_by_year
WHERE host_state = $scope AND year IN ($year, $year - 1);

-- figures: requests.by_host_state
-- One row per host state asked by the end of the year.
-- edition: public
-- key: host_state host_state
-- value sent: report.measure.requestsSent | requests | year
-- value replies: report.measure.replies | replies | year
-- value replies_in_full: report.measure.repliesInFull | replies | year
-- value replies_in_part: report.measure.repliesInPart | replies | year
-- value replies_without_information: report.measure.repliesWithoutInformation | replies | year
-- value unanswered: report.measure.unanswered | requests | year-end
-- value overdue: report.measure.overdue | requests | year-end
SELECT
  host_state AS key, sent, replies, replies_in_full, replies_in_part, replies_without_information, unanswered, overdue
FROM mart_requests_by_year
WHERE host_state <> 'ALL' AND year = $year
ORDER BY overdue DESC, unanswered DESC, sent DESC, key;
