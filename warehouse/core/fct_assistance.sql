-- @model fct_assistance
-- @grain one row per assistance activity (assistance_id).
CREATE OR REPLACE TABLE fct_assistance AS
SELECT
  assistance_id,
  recipient_state,
  start_date,
  end_date,
  year(start_date) AS start_year,
  assistance_type,
  un_entity,
  amount_usd,
  len(related_case_ids) AS related_cases
FROM stg_assistance;
