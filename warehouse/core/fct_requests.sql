-- @model fct_requests
-- @grain one row per request to a host state (request_id): whether and when the state replied, and whether the
--        reply is overdue at the data cutoff (no reply and the due date passed).
CREATE OR REPLACE TABLE fct_requests AS
SELECT
  r.request_id,
  r.host_state,
  r.sent_date,
  year(r.sent_date) AS sent_year,
  r.due_date,
  r.reply_date,
  r.reply_coverage,
  len(r.incident_ids) AS incidents,
  r.reply_date IS NOT NULL AS replied,
  r.reply_date - r.sent_date AS days_to_reply,
  r.reply_date IS NULL AND r.due_date < c.as_of_date AS overdue
FROM stg_requests r, dim_data_cutoff c;
