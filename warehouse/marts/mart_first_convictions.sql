-- @model mart_first_convictions
-- @grain one row per (host_state, conviction_year, days): fatal attacks whose first conviction came in that
--        year, that many days after the attack; host_state 'ALL' for every host state together.
--
-- The distribution a median time to a first conviction in a year is read from (mart_time_to_conviction gives
-- the Kaplan–Meier curve over all years).
CREATE OR REPLACE TABLE mart_first_convictions AS
WITH convicted AS (
  SELECT host_state, year(first_conviction_date) AS conviction_year, first_conviction_date - incident_date AS days
  FROM fct_incident_accountability
  WHERE killed_total > 0 AND first_conviction_date IS NOT NULL
)
SELECT host_state, conviction_year, days, count(*) AS incidents
FROM (
  SELECT * FROM convicted WHERE host_state IS NOT NULL
  UNION ALL SELECT 'ALL', conviction_year, days FROM convicted
)
GROUP BY ALL
ORDER BY ALL;
