-- stg_case_events grain: one row per (case_id, event, event_date), its latest loaded version.
CREATE OR REPLACE TABLE stg_case_events AS
SELECT
  * EXCLUDE (event_date),
  event_date::DATE AS event_date
FROM raw_cases
QUALIFY row_number() OVER (PARTITION BY case_id, event, event_date ORDER BY load_id DESC, source_line DESC) = 1;
