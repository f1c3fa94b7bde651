-- @model mart_time_to_conviction
-- @grain one row per (host_state, days) at which the Kaplan–Meier estimate changes, plus the last follow-up
--        time of each host state.
--
-- Time runs from a fatal attack to the first conviction for it; attacks with no
-- conviction yet are censored at the data cutoff. host_state 'ALL' pools them.
CREATE OR REPLACE TABLE mart_time_to_conviction AS
WITH followed AS (
  SELECT
    a.host_state,
    coalesce(a.first_conviction_date, c.as_of_date) - a.incident_date AS days,
    a.first_conviction_date IS NOT NULL AS convicted
  FROM fct_incident_accountability a, dim_data_cutoff c
  WHERE a.killed_total > 0
),
scoped AS (
  SELECT * FROM followed WHERE host_state IS NOT NULL -- not attributed: in 'ALL' only
  UNION ALL
  SELECT 'ALL', days, convicted FROM followed
),
by_time AS (
  SELECT host_state, days, count(*) FILTER (convicted) AS convictions, count(*) FILTER (NOT convicted) AS censored
  FROM scoped
  GROUP BY ALL
),
with_risk AS (
  SELECT
    *,
    sum(convictions + censored) OVER (PARTITION BY host_state ORDER BY days DESC ROWS UNBOUNDED PRECEDING) AS at_risk
  FROM by_time
),
curve AS (
  SELECT
    *,
    product(1 - convictions / at_risk) OVER (PARTITION BY host_state ORDER BY days ROWS UNBOUNDED PRECEDING)
      AS share_without_conviction,
    days = max(days) OVER (PARTITION BY host_state) AS is_last
  FROM with_risk
)
-- years: days in years of 365.25 days, to three decimals, for the charts' axis.
SELECT host_state, days, round(days / 365.25, 3) AS years, at_risk, convictions, censored, share_without_conviction
FROM curve
WHERE convictions > 0 OR is_last
ORDER BY host_state, days;
