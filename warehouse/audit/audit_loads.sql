-- @model audit_loads
-- @grain one row per load (etl_loads), the latest 200, with the share of its rows rejected.
--
-- For the data quality page. SELECT * so that a warehouse made before etl_loads.encoding existed still builds (the
-- page shows "–" for it).
CREATE OR REPLACE VIEW audit_loads AS
SELECT * EXCLUDE (file_sha256, started_at, finished_at), strftime(finished_at, '%Y-%m-%d %H:%M') AS finished,
       rows_rejected / nullif(rows_in, 0) AS share_rejected
FROM etl_loads
ORDER BY load_id DESC
LIMIT 200;
