-- stg_assistance grain: one row per assistance_id, its latest loaded version.
CREATE OR REPLACE TABLE stg_assistance AS
SELECT
  * EXCLUDE (start_date, end_date),
  start_date::DATE AS start_date,
  end_date::DATE AS end_date
FROM raw_assistance
QUALIFY row_number() OVER (PARTITION BY assistance_id ORDER BY load_id DESC, source_line DESC) = 1;
