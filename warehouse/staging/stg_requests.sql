-- @model stg_requests
-- @grain one row per request_id, its latest loaded version.
-- @latest-by request_id
--
-- This file defines every loaded version (stg_requests_versions); the runner keeps stg_requests, the view of
-- the latest version of each key (warehouse/README.md, etl/warehouse/latest-versions.ts).
CREATE OR REPLACE VIEW stg_requests_versions AS
SELECT
  * EXCLUDE (sent_date, due_date, reply_date),
  sent_date::DATE AS sent_date,
  due_date::DATE AS due_date,
  reply_date::DATE AS reply_date
FROM raw_requests;
