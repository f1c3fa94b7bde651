-- has grain: a single row. Which kinds of record the edition's data package holds at all, in any
-- year: the report leaves out, with a sentence that says so, what the data cannot tell.
SELECT
  (SELECT count(*) > 0 FROM mart_attack_incidents) AS incidents,
  (SELECT count(*) > 0 FROM mart_attack_casualties WHERE outcome = 'injured') AS injuries,
  (SELECT count(*) > 0 FROM mart_judicial_events_by_year) AS cases,
  (SELECT count(*) > 0 FROM mart_requests_by_year) AS requests,
  (SELECT count(*) > 0 FROM mart_assistance) AS assistance,
  (SELECT count(*) > 0 FROM mart_public_record) AS public_record
