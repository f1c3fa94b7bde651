-- The figures of section 4 of the reports: the judicial follow-up in the year, from
-- mart_judicial_steps_by_year (steps of the cases), mart_accountability_by_year (the backlog of
-- fatal attacks without a verdict) and mart_first_convictions (time to a first conviction).
-- $year is the report's year, $scope 'ALL' or the edition's state.

-- figures: judicial
-- One row: the steps the cases took in the year (cases with such a step; verdicts count
-- judgments), and the year before: the columns of mart_judicial_steps_by_year, 0 where none.
-- value investigations_opened: report.measure.investigationsOpened | cases | year
-- value arrests: report.measure.arrests | cases | year
-- value trials_opened: report.measure.trialsOpened | cases | year
-- value verdicts: report.measure.verdicts | judgments | year
-- value convictions: report.measure.convictions | cases | year
-- value convictions_in_absentia: report.measure.convictionsInAbsentia | cases | year
-- value persons_convicted: report.measure.personsConvicted | persons | year
-- value persons_in_absentia: report.measure.personsInAbsentia | persons | year
-- value acquittals: report.measure.acquittals | cases | year
-- value overturned: report.measure.overturned | cases | year
-- value no_progress: report.measure.noProgress | reports | year
-- value investigations_opened_previous: report.measure.investigationsOpened | cases | previous-year
-- value convictions_previous: report.measure.convictions | cases | previous-year
-- value convictions_change: report.measure.convictionsChange | cases | year
SELECT *, convictions - convictions_previous AS convictions_change
FROM (
  SELECT
    coalesce(COLUMNS(y.* EXCLUDE (host_state, event_year)), 0),
    coalesce(p.investigations_opened, 0) AS investigations_opened_previous,
    coalesce(p.convictions, 0) AS convictions_previous
  FROM (SELECT $scope AS host_state) s
  LEFT JOIN mart_judicial_steps_by_year y ON y.host_state = s.host_state AND y.event_year = $year
  LEFT JOIN mart_judicial_steps_by_year p ON p.host_state = s.host_state AND p.event_year = $year - 1
);

-- figures: judicial.by_host_state
-- One row per host state whose cases took a step in the year.
-- edition: public
-- key: host_state host_state
-- value investigations_opened: report.measure.investigationsOpened | cases | year
-- value arrests: report.measure.arrests | cases | year
-- value trials_opened: report.measure.trialsOpened | cases | year
-- value verdicts: report.measure.verdicts | judgments | year
-- value convictions: report.measure.convictions | cases | year
-- value convictions_in_absentia: report.measure.convictionsInAbsentia | cases | year
-- value convictions_previous: report.measure.convictions | cases | previous-year
SELECT
  y.host_state AS key,
  y.investigations_opened, y.arrests, y.trials_opened, y.verdicts, y.convictions, y.convictions_in_absentia,
  coalesce(p.convictions, 0) AS convictions_previous
FROM mart_judicial_steps_by_year y
LEFT JOIN mart_judicial_steps_by_year p ON p.host_state = y.host_state AND p.event_year = $year - 1
WHERE y.host_state <> 'ALL' AND y.event_year = $year
ORDER BY y.investigations_opened + y.arrests + y.trials_opened + y.verdicts DESC, key;

-- figures: judicial.backlog
-- One row: the fatal attacks so far at the end of the year, those with a verdict and a
-- conviction by then, and the backlog without a verdict at the end of the year and the year before.
-- value fatal_to_date: report.measure.fatalToDate | attacks | year-end
-- value with_conviction: report.measure.withConviction | attacks | year-end
-- value with_effective_conviction: report.measure.withEffectiveConviction | attacks | year-end
-- value share_with_conviction: report.measure.shareWithConviction | share | year-end
-- value without_verdict: report.measure.withoutVerdict | attacks | year-end
-- value without_verdict_previous: report.measure.withoutVerdict | attacks | previous-year-end
-- value backlog_change: report.measure.backlogChange | attacks | year
WITH counts AS (
  SELECT
    coalesce(max(fatal_incidents_to_date) FILTER (year = $year), 0) AS fatal_to_date,
    coalesce(max(with_conviction) FILTER (year = $year), 0) AS with_conviction,
    coalesce(max(with_effective_conviction) FILTER (year = $year), 0) AS with_effective_conviction,
    coalesce(max(without_verdict) FILTER (year = $year), 0) AS without_verdict,
    coalesce(max(without_verdict) FILTER (year = $year - 1), 0) AS without_verdict_previous
  FROM mart_accountability_by_year
  WHERE host_state = $scope AND year IN ($year, $year - 1)
)
SELECT
  fatal_to_date, with_conviction, with_effective_conviction,
  with_conviction / nullif(fatal_to_date, 0) AS share_with_conviction,
  without_verdict, without_verdict_previous,
  without_verdict - without_verdict_previous AS backlog_change
FROM counts;

-- figures: judicial.backlog.by_host_state
-- One row per host state with a fatal attack by the end of the year.
-- edition: public
-- key: host_state host_state
-- value without_verdict_previous: report.measure.withoutVerdict | attacks | previous-year-end
-- value without_verdict: report.measure.withoutVerdict | attacks | year-end
-- value backlog_change: report.measure.backlogChange | attacks | year
-- value fatal_to_date: report.measure.fatalToDate | attacks | year-end
-- value with_conviction: report.measure.withConviction | attacks | year-end
-- value share_with_conviction: report.measure.shareWithConviction | share | year-end
WITH counts AS (
  SELECT
    host_state,
    coalesce(max(without_verdict) FILTER (year = $year - 1), 0) AS without_verdict_previous,
    max(without_verdict) FILTER (year = $year) AS without_verdict,
    max(fatal_incidents_to_date) FILTER (year = $year) AS fatal_to_date,
    max(with_conviction) FILTER (year = $year) AS with_conviction
  FROM mart_accountability_by_year
  WHERE host_state <> 'ALL' AND year IN ($year, $year - 1)
  GROUP BY host_state
  HAVING count(*) FILTER (year = $year) > 0
)
SELECT
  host_state AS key, without_verdict_previous, without_verdict,
  without_verdict - without_verdict_previous AS backlog_change,
  fatal_to_date, with_conviction,
  with_conviction / nullif(fatal_to_date, 0) AS share_with_conviction
FROM counts
ORDER BY without_verdict DESC, key;

-- figures: judicial.first_convictions
-- One row: the fatal attacks first convicted in the year, and the median days from the attack
-- to that conviction (the middle value; the mean of the two middle values for an even count).
-- value first_convictions: report.measure.firstConvictions | attacks | year
-- value median_days: report.measure.medianDaysToConviction | days | year
SELECT
  coalesce(sum(incidents), 0) AS first_convictions,
  (SELECT median(f.days) FROM mart_first_convictions f, range(f.incidents)
   WHERE f.host_state = $scope AND f.conviction_year = $year) AS median_days
FROM mart_first_convictions
WHERE host_state = $scope AND conviction_year = $year;

-- figures: judicial.first_convictions.by_host_state
-- One row per host state with a fatal attack first convicted in the year.
-- edition: public
-- key: host_state host_state
-- value first_convictions: report.measure.firstConvictions | attacks | year
-- value median_days: report.measure.medianDaysToConviction | days | year
SELECT f.host_state AS key, count(*) AS first_convictions, median(f.days) AS median_days
FROM mart_first_convictions f, range(f.incidents)
WHERE f.host_state <> 'ALL' AND f.conviction_year = $year
GROUP BY f.host_state
ORDER BY first_convictions DESC, key;

-- figures: judicial.public_record
-- One row: the events of the year in the public record of cases (what public sources report).
-- value events: report.measure.publicRecordEvents | events | year
SELECT count(*) AS events
FROM mart_public_record
WHERE year(event_date) = $year AND $scope IN ('ALL', host_state);
