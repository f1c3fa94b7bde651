-- @model dim_data_cutoff
-- @grain a single row.
--
-- The date the data speaks for: the latest date any loaded record carries. Durations of open cases are censored
-- here, which keeps every mart reproducible from the same loads.
CREATE OR REPLACE TABLE dim_data_cutoff AS
SELECT coalesce(greatest(
  (SELECT max(last_updated) FROM stg_incidents),
  (SELECT max(incident_date) FROM stg_casualties),
  (SELECT max(event_date) FROM stg_case_events),
  (SELECT max(start_date) FROM stg_assistance),
  (SELECT greatest(max(sent_date), max(reply_date)) FROM stg_requests)
), current_date) AS as_of_date;
