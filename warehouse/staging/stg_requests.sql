-- stg_requests grain: one row per request_id, its latest loaded version.
-- This file defines every loaded version (stg_requests_versions); the model runner
-- makes stg_requests the view of the latest version of each key (see stg_assistance.sql).
-- latest-by: request_id
CREATE OR REPLACE VIEW stg_requests_versions AS
SELECT
  * EXCLUDE (sent_date, due_date, reply_date),
  sent_date::DATE AS sent_date,
  due_date::DATE AS due_date,
  reply_date::DATE AS reply_date
FROM raw_requests;
