-- @model mart_impunity
-- @grain one row per host state, plus one row 'ALL' for every host state together.
--
-- Only attacks that killed someone count. "Without verdict N years on" looks at the attacks at least N years
-- old at the data cutoff and counts those with no conviction or acquittal within N years of the attack.
-- Beside the nominal rate (any conviction), the effective one counts the attacks with
-- a conviction of a person in custody that was not overturned (fct_incident_accountability).
CREATE OR REPLACE TABLE mart_impunity AS
WITH fatal AS (
  SELECT a.*, c.as_of_date
  FROM fct_incident_accountability a, dim_data_cutoff c
  WHERE a.killed_total > 0
),
scoped AS (
  SELECT host_state, * EXCLUDE (host_state) FROM fatal WHERE host_state IS NOT NULL -- not attributed: in 'ALL' only
  UNION ALL
  SELECT 'ALL' AS host_state, * EXCLUDE (host_state) FROM fatal
),
counted AS (
SELECT
  host_state,
  any_value(as_of_date) AS as_of_date,
  count(*) AS fatal_incidents,
  count(*) FILTER (first_conviction_date IS NOT NULL) AS with_conviction,
  count(*) FILTER (first_conviction_date IS NOT NULL) / count(*) AS share_with_conviction,
  count(*) FILTER (first_effective_conviction_date IS NOT NULL) AS with_effective_conviction,
  count(*) FILTER (first_effective_conviction_date IS NOT NULL) / count(*) AS share_with_effective_conviction,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 1 YEAR) AS eligible_1y,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 1 YEAR
    AND coalesce(first_verdict_date > incident_date + INTERVAL 1 YEAR, TRUE)) AS without_verdict_1y,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 2 YEAR) AS eligible_2y,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 2 YEAR
    AND coalesce(first_verdict_date > incident_date + INTERVAL 2 YEAR, TRUE)) AS without_verdict_2y,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 5 YEAR) AS eligible_5y,
  count(*) FILTER (incident_date <= as_of_date - INTERVAL 5 YEAR
    AND coalesce(first_verdict_date > incident_date + INTERVAL 5 YEAR, TRUE)) AS without_verdict_5y
FROM scoped
GROUP BY host_state
)
-- The share without verdict N years on: of the attacks N years old, those without one; empty when none is.
SELECT
  *,
  without_verdict_1y / nullif(eligible_1y, 0) AS share_without_verdict_1y,
  without_verdict_2y / nullif(eligible_2y, 0) AS share_without_verdict_2y,
  without_verdict_5y / nullif(eligible_5y, 0) AS share_without_verdict_5y
FROM counted
ORDER BY host_state;
