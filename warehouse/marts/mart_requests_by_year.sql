-- @model mart_requests_by_year
-- @grain one row per (host_state, year), from the year of the first request to a host state to the year of the
--        data cutoff, host_state 'ALL' for every host state together: the requests (notes verbales) the UN sent
--        that year about attacks, the replies that came that year and how much they covered, and, at the end of
--        the year (at the data cutoff, for its own year), the requests still unanswered and, of those, the ones
--        whose due date had passed.
CREATE OR REPLACE TABLE mart_requests_by_year AS
WITH scoped AS (
  SELECT host_state, sent_date, due_date, reply_date, reply_coverage FROM fct_requests
  UNION ALL
  SELECT 'ALL', sent_date, due_date, reply_date, reply_coverage FROM fct_requests
),
years AS (
  SELECT host_state, year, least(make_date(year, 12, 31), as_of_date) AS year_end
  FROM (
    SELECT s.host_state, unnest(range(s.first_year, year(c.as_of_date) + 1))::INTEGER AS year, c.as_of_date
    FROM (SELECT host_state, min(year(sent_date)) AS first_year FROM scoped GROUP BY ALL) s, dim_data_cutoff c
  )
)
SELECT
  y.host_state,
  y.year,
  y.year_end,
  count(*) FILTER (year(r.sent_date) = y.year) AS sent,
  count(*) FILTER (year(r.reply_date) = y.year) AS replies,
  count(*) FILTER (year(r.reply_date) = y.year AND r.reply_coverage = 'full') AS replies_in_full,
  count(*) FILTER (year(r.reply_date) = y.year AND r.reply_coverage = 'partial') AS replies_in_part,
  count(*) FILTER (year(r.reply_date) = y.year AND r.reply_coverage = 'none') AS replies_without_information,
  count(r.sent_date) FILTER (coalesce(r.reply_date > y.year_end, TRUE)) AS unanswered,
  count(r.sent_date) FILTER (coalesce(r.reply_date > y.year_end, TRUE) AND r.due_date < y.year_end) AS overdue
FROM years y
LEFT JOIN scoped r ON r.host_state = y.host_state AND r.sent_date <= y.year_end
GROUP BY ALL
ORDER BY ALL;
