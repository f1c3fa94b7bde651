-- The figures of section 6 of the reports: the UN's capacity-building assistance to the host
-- states' justice systems, by the year the activities started (mart_assistance). $year is the
-- report's year, $scope 'ALL' or the edition's state (as the recipient).

-- figures: assistance
-- One row: activities that started in the year (and the year before), their known amounts, and
-- how many states received them.
-- value activities: report.measure.activities | activities | year
-- value activities_with_amount: report.measure.activitiesWithAmount | activities | year
-- value amount_usd: report.measure.amountUsd | usd | year
-- value recipients: report.measure.recipients | states | year
-- value activities_previous: report.measure.activities | activities | previous-year
SELECT
  coalesce(sum(activities) FILTER (start_year = $year), 0) AS activities,
  coalesce(sum(activities_with_amount) FILTER (start_year = $year), 0) AS activities_with_amount,
  sum(amount_usd) FILTER (start_year = $year) AS amount_usd,
  count(DISTINCT recipient_state) FILTER (start_year = $year) AS recipients,
  coalesce(sum(activities) FILTER (start_year = $year - 1), 0) AS activities_previous
FROM mart_assistance
WHERE $scope IN ('ALL', recipient_state) AND start_year IN ($year, $year - 1);

-- figures: assistance.by_recipient
-- One row per state that received an activity that started in the year.
-- edition: public
-- key: recipient_state state
-- value activities: report.measure.activities | activities | year
-- value amount_usd: report.measure.amountUsd | usd | year
SELECT recipient_state AS key, sum(activities) AS activities, sum(amount_usd) AS amount_usd
FROM mart_assistance
WHERE start_year = $year
GROUP BY recipient_state
ORDER BY activities DESC, key;

-- figures: assistance.by_type
-- One row per kind of assistance that started in the year.
-- key: assistance_type assistance_type
-- value activities: report.measure.activities | activities | year
-- value amount_usd: report.measure.amountUsd | usd | year
SELECT assistance_type AS key, sum(activities) AS activities, sum(amount_usd) AS amount_usd
FROM mart_assistance
WHERE $scope IN ('ALL', recipient_state) AND start_year = $year
GROUP BY assistance_type
ORDER BY activities DESC, key;
