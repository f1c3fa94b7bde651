-- @model mart_judicial_steps_by_year
-- @grain one row per (host_state, event_year) with at least one case event: the year's steps of the judicial
--        cases concerning attacks in that host state, side by side.
--
-- Pivoted from mart_judicial_events_by_year, so a case counts where it does there ('ALL' counts it once). A step
-- counts cases, except verdicts and no_progress, which count events: a case judged twice in a year is two verdicts.
-- convictions_in_absentia: convicted cases with no person present.
CREATE OR REPLACE TABLE mart_judicial_steps_by_year AS
SELECT
  host_state,
  event_year,
  coalesce(sum(cases) FILTER (event = 'investigation_opened'), 0)::BIGINT AS investigations_opened,
  coalesce(sum(cases) FILTER (event = 'arrest'), 0)::BIGINT AS arrests,
  coalesce(sum(cases) FILTER (event = 'trial_opened'), 0)::BIGINT AS trials_opened,
  coalesce(sum(events) FILTER (event IN ('convicted', 'acquitted')), 0)::BIGINT AS verdicts,
  coalesce(sum(cases) FILTER (event = 'convicted'), 0)::BIGINT AS convictions,
  coalesce(sum(cases - cases_in_custody) FILTER (event = 'convicted'), 0)::BIGINT AS convictions_in_absentia,
  coalesce(sum(persons_concerned) FILTER (event = 'convicted'), 0)::BIGINT AS persons_convicted,
  coalesce(sum(persons_in_absentia) FILTER (event = 'convicted'), 0)::BIGINT AS persons_in_absentia,
  coalesce(sum(cases) FILTER (event = 'acquitted'), 0)::BIGINT AS acquittals,
  coalesce(sum(cases) FILTER (event = 'conviction_overturned'), 0)::BIGINT AS overturned,
  coalesce(sum(events) FILTER (event = 'no_progress_reported'), 0)::BIGINT AS no_progress
FROM mart_judicial_events_by_year
GROUP BY ALL
ORDER BY ALL;
