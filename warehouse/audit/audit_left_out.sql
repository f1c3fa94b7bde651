-- @model audit_left_out
-- @grain one row per source and reason: records of a filtered source (ACLED) outside the scope, counted in etl_left_out
--        and never kept.
--
-- For the data quality page. The reasons are the adapter's own words, no record's text.
CREATE OR REPLACE VIEW audit_left_out AS
SELECT l.source, o.reason, sum(o.rows) AS rows
FROM etl_left_out o JOIN etl_loads l USING (load_id)
GROUP BY ALL
ORDER BY rows DESC, l.source, o.reason;
