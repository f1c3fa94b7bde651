-- @model audit_completeness
-- @grain one row per kind and optional key field: how many current records (the staging views) fill it in, and that as
--        a share, empty when there is no record.
--
-- For the data quality page.
CREATE OR REPLACE VIEW audit_completeness AS
WITH counted AS (
  SELECT 'casualties' AS kind, 'incident_id' AS field, count(*) AS records, count(incident_id) AS filled
  FROM stg_casualties
  UNION ALL SELECT 'incidents', 'admin1', count(*), count(admin1) FROM stg_incidents
  UNION ALL SELECT 'incidents', 'place', count(*), count(place) FROM stg_incidents
  UNION ALL SELECT 'incidents', 'latitude', count(*), count(latitude) FROM stg_incidents
  UNION ALL SELECT 'incidents', 'longitude', count(*), count(longitude) FROM stg_incidents
  UNION ALL SELECT 'assistance', 'amount_usd', count(*), count(amount_usd) FROM stg_assistance
  UNION ALL SELECT 'assistance', 'end_date', count(*), count(end_date) FROM stg_assistance
)
SELECT *, filled / nullif(records, 0) AS share FROM counted;
