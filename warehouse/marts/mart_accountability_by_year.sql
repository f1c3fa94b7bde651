-- @model mart_accountability_by_year
-- @grain one row per (host_state, year), from the year of the host state's first fatal attack to the year of
--        the data cutoff, host_state 'ALL' for every host state together (attacks not attributed to one count
--        there only).
--
-- Only attacks that killed someone count, as in mart_impunity: those of the year, and, at the end of the year
-- (at the data cutoff, for its own year), those so far, with a verdict (conviction or acquittal), with a
-- conviction, with an effective conviction (fct_incident_accountability), and the backlog of those still
-- without a verdict.
CREATE OR REPLACE TABLE mart_accountability_by_year AS
WITH fatal AS (
  SELECT
    host_state, incident_date, inferred, first_verdict_date, first_conviction_date, first_effective_conviction_date
  FROM fct_incident_accountability
  WHERE killed_total > 0
),
scoped AS (
  SELECT * FROM fatal WHERE host_state IS NOT NULL
  UNION ALL
  SELECT 'ALL' AS host_state, * EXCLUDE (host_state) FROM fatal
),
years AS (
  SELECT host_state, year, least(make_date(year, 12, 31), as_of_date) AS year_end
  FROM (
    SELECT s.host_state, unnest(range(s.first_year, year(c.as_of_date) + 1))::INTEGER AS year, c.as_of_date
    FROM (SELECT host_state, min(year(incident_date)) AS first_year FROM scoped GROUP BY ALL) s, dim_data_cutoff c
  )
)
SELECT
  y.host_state,
  y.year,
  y.year_end,
  count(*) FILTER (year(a.incident_date) = y.year) AS fatal_incidents,
  count(*) FILTER (year(a.incident_date) = y.year AND a.inferred) AS fatal_incidents_inferred,
  count(*) FILTER (a.incident_date <= y.year_end) AS fatal_incidents_to_date,
  count(*) FILTER (a.first_verdict_date <= y.year_end) AS with_verdict,
  count(*) FILTER (a.first_conviction_date <= y.year_end) AS with_conviction,
  count(*) FILTER (a.first_effective_conviction_date <= y.year_end) AS with_effective_conviction,
  count(*) FILTER (a.incident_date <= y.year_end AND coalesce(a.first_verdict_date > y.year_end, TRUE))
    AS without_verdict
FROM years y
LEFT JOIN scoped a ON a.host_state = y.host_state AND a.incident_date <= y.year_end
GROUP BY ALL
ORDER BY ALL;
