-- @model audit_freshness
-- @grain one row per source and kind (etl_loads): its loads, the last load date, the latest date its records carry, and
--        its rows in, loaded, rejected and left out.
--
-- For the data quality page (src/data/data-quality.json.ts): aggregates only. It reads the raw tables, every
-- version of every record, as the loads landed them: how fresh each load was, not the latest state.
CREATE OR REPLACE VIEW audit_freshness AS
WITH dated AS (
  SELECT load_id, incident_date AS record_date FROM raw_incidents
  UNION ALL SELECT load_id, incident_date FROM raw_casualties
  UNION ALL SELECT load_id, event_date FROM raw_cases
  UNION ALL SELECT load_id, start_date FROM raw_assistance
),
cutoff AS (
  SELECT l.source, l.kind, max(d.record_date) AS data_cutoff
  FROM dated d JOIN etl_loads l USING (load_id)
  GROUP BY ALL
)
SELECT l.source, l.kind, count(*) AS loads, strftime(max(l.finished_at), '%Y-%m-%d') AS last_load, c.data_cutoff,
       sum(l.rows_in) AS rows_in, sum(l.rows_loaded) AS rows_loaded, sum(l.rows_rejected) AS rows_rejected,
       sum(l.rows_left_out) AS rows_left_out
FROM etl_loads l LEFT JOIN cutoff c USING (source, kind)
GROUP BY l.source, l.kind, c.data_cutoff
ORDER BY l.source, l.kind;
