-- @model mart_assistance
-- @grain one row per (recipient_state, start_year, assistance_type).
CREATE OR REPLACE TABLE mart_assistance AS
SELECT
  recipient_state,
  start_year,
  assistance_type,
  count(*) AS activities,
  count(amount_usd) AS activities_with_amount,
  sum(amount_usd) AS amount_usd,
  sum(related_cases) AS related_cases
FROM fct_assistance
GROUP BY ALL
ORDER BY ALL;
