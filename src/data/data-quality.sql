-- Aggregates for the data quality page (src/data/data-quality.json.ts), one query
-- per "-- query: <name>" section. Aggregates only: no rejected record, and no
-- value quoted in a reason, reaches the page (rejected rows can hold restricted text).

-- query: freshness
-- grain: one row per source and kind: its loads, the last load date and the latest date its records carry.
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

-- query: loads
-- grain: one row per load (etl_loads), the latest 200. SELECT * so that a warehouse made
-- before etl_loads.encoding existed still builds (the page shows "–" for it).
SELECT * EXCLUDE (file_sha256, started_at, finished_at), strftime(finished_at, '%Y-%m-%d %H:%M') AS finished,
       rows_rejected / nullif(rows_in, 0) AS share_rejected
FROM etl_loads
ORDER BY load_id DESC
LIMIT 200;

-- query: rejects
-- grain: one row per kind, field and reason, values taken out so that like reasons group together.
-- A line-level reason (no field) keeps only its first part: the parser's detail can quote the line.
WITH reasons AS (
  SELECT l.kind, r.field,
         CASE WHEN r.field IS NULL THEN split_part(r.reason, ': ', 1)
              ELSE regexp_replace(regexp_replace(regexp_replace(r.reason,
                     ' \((value .*|\d+ characters)\)$', ''),
                     '''[^'']*''', '''…''', 'g'),
                     'line \d+', 'line N', 'g')
         END AS reason
  FROM etl_rejects r JOIN etl_loads l USING (load_id)
)
SELECT kind, coalesce(field, '') AS field, reason, count(*) AS rows
FROM reasons
GROUP BY ALL
ORDER BY rows DESC, kind, field, reason;

-- query: leftOut
-- grain: one row per source and reason: records of a filtered source (ACLED) outside the scope,
-- counted in etl_left_out and never kept. The reasons are the adapter's own words, no record's text.
SELECT l.source, o.reason, sum(o.rows) AS rows
FROM etl_left_out o JOIN etl_loads l USING (load_id)
GROUP BY ALL
ORDER BY rows DESC, l.source, o.reason;

-- query: agreement
-- grain: one row per mission ACLED records attacks on (mart_acled_agreement): how the UN's deaths
-- in malicious acts and ACLED's attacks agree. Aggregates only, with the date ACLED was accessed.
SELECT * FROM mart_acled_agreement ORDER BY mission;

-- query: completeness
-- grain: one row per kind and optional key field: how many current records fill it in.
SELECT 'casualties' AS kind, 'incident_id' AS field, count(*) AS records, count(incident_id) AS filled FROM stg_casualties
UNION ALL SELECT 'incidents', 'admin1', count(*), count(admin1) FROM stg_incidents
UNION ALL SELECT 'incidents', 'place', count(*), count(place) FROM stg_incidents
UNION ALL SELECT 'incidents', 'latitude', count(*), count(latitude) FROM stg_incidents
UNION ALL SELECT 'incidents', 'longitude', count(*), count(longitude) FROM stg_incidents
UNION ALL SELECT 'assistance', 'amount_usd', count(*), count(amount_usd) FROM stg_assistance
UNION ALL SELECT 'assistance', 'end_date', count(*), count(end_date) FROM stg_assistance;
