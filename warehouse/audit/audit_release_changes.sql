-- @model audit_release_changes
-- @grain one row per (source_family, to_load_id, change, field, from_value, to_value): what changed
--        between two consecutive releases (loads) of the same source family, such as the 2021 and 2025
--        UN fatalities releases.
--
-- An audit of the loads for `etl status`, not a public mart: named audit_* so that the extracts (every
-- mart_* table) leave it out.
--   Rows with field NULL are casualty totals: change in added (new in this release),
--   removed (in the previous release, absent from this one: they stay in fct_casualties,
--   flagged in_latest_release = false in fct_casualty_versions), reclassified (any field
--   changed) and unchanged; they sum to the casualties of both releases.
--   Rows with field set break 'reclassified' down by field and from -> to value; a
--   casualty changed in two fields is counted once per field.
-- Only families whose loads are complete releases: 'export' and 'sample' loads may be
-- partial, so a casualty absent from them is not 'removed'.
CREATE OR REPLACE TABLE audit_release_changes AS
WITH loads AS (
  SELECT DISTINCT source_family, load_id, file_name
  FROM fct_casualty_versions
  WHERE source_family NOT IN ('export', 'sample')
),
pairs AS (
  SELECT
    source_family,
    lag(load_id) OVER w AS from_load_id,
    lag(file_name) OVER w AS from_file,
    load_id AS to_load_id,
    file_name AS to_file
  FROM loads
  WINDOW w AS (PARTITION BY source_family ORDER BY load_id)
  QUALIFY from_load_id IS NOT NULL
),
old AS (
  SELECT p.to_load_id, v.* FROM pairs p JOIN fct_casualty_versions v ON v.load_id = p.from_load_id
),
new AS (
  SELECT v.load_id AS to_load_id, v.* FROM fct_casualty_versions v WHERE v.load_id IN (SELECT to_load_id FROM pairs)
),
compared AS (
  SELECT
    coalesce(o.to_load_id, n.to_load_id) AS to_load_id,
    CASE
      WHEN o.casualty_id IS NULL THEN 'added'
      WHEN n.casualty_id IS NULL THEN 'removed'
      ELSE 'compared'
    END AS presence,
    [
      {field: 'incident_type', from_value: o.incident_type, to_value: n.incident_type},
      {field: 'personnel_category', from_value: o.personnel_category, to_value: n.personnel_category},
      {field: 'nationality', from_value: o.nationality, to_value: n.nationality},
      {field: 'mission', from_value: o.mission, to_value: n.mission},
      {field: 'incident_date', from_value: o.incident_date::VARCHAR, to_value: n.incident_date::VARCHAR},
      {field: 'outcome', from_value: o.outcome, to_value: n.outcome},
      {field: 'incident_id', from_value: o.incident_id, to_value: n.incident_id}
    ] AS fields
  FROM old o
  FULL JOIN new n ON n.to_load_id = o.to_load_id AND n.casualty_id = o.casualty_id
),
diffs AS (
  SELECT
    to_load_id,
    presence,
    list_filter(fields, f -> f.from_value IS DISTINCT FROM f.to_value) AS changed
  FROM compared
),
totals AS (
  SELECT
    to_load_id,
    CASE WHEN presence <> 'compared' THEN presence WHEN len(changed) > 0 THEN 'reclassified' ELSE 'unchanged' END
      AS change,
    NULL::VARCHAR AS field,
    NULL::VARCHAR AS from_value,
    NULL::VARCHAR AS to_value,
    count(*) AS casualties
  FROM diffs
  GROUP BY ALL
),
by_field AS (
  SELECT to_load_id, 'reclassified' AS change, c.field, c.from_value, c.to_value, count(*) AS casualties
  FROM (SELECT to_load_id, unnest(changed) AS c FROM diffs WHERE presence = 'compared')
  GROUP BY ALL
)
SELECT
  p.source_family, p.from_load_id, p.from_file, p.to_load_id, p.to_file,
  c.change, c.field, c.from_value, c.to_value, c.casualties
FROM pairs p
JOIN (SELECT * FROM totals UNION ALL SELECT * FROM by_field) c USING (to_load_id)
ORDER BY p.to_load_id, c.field NULLS FIRST, c.change, c.casualties DESC, c.from_value, c.to_value;
