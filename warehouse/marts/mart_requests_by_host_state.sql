-- @model mart_requests_by_host_state
-- @grain one row per host state asked, plus 'ALL': how many requests the UN sent about attacks, how many the
--        state answered and how fully, the median days to a reply, and the requests overdue at the data cutoff.
CREATE OR REPLACE TABLE mart_requests_by_host_state AS
SELECT
  CASE WHEN grouping(host_state) = 1 THEN 'ALL' ELSE host_state END AS host_state,
  count(*) AS requests,
  count(*) FILTER (replied) AS replied,
  count(*) FILTER (replied) / count(*) AS reply_rate,
  count(*) FILTER (reply_coverage = 'full') AS replied_in_full,
  count(*) FILTER (reply_coverage = 'partial') AS replied_in_part,
  count(*) FILTER (reply_coverage = 'none') AS replied_without_information,
  median(days_to_reply) AS median_days_to_reply,
  count(*) FILTER (overdue) AS overdue,
  min(sent_date) AS first_sent,
  max(sent_date) AS last_sent
FROM fct_requests
GROUP BY GROUPING SETS ((host_state), ())
HAVING count(*) > 0 -- with no request loaded, no row (not a row of zeros)
ORDER BY host_state;
