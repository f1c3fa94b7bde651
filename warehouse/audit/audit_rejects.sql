-- @model audit_rejects
-- @grain one row per kind, field and reason of the rejected rows (etl_rejects), values taken out so that like reasons
--        group together.
--
-- For the data quality page: no rejected record, and no value quoted in a reason, leaves this view (rejected rows
-- can hold restricted text). A line-level reason (no field) keeps only its first part: the parser's detail can
-- quote the line.
CREATE OR REPLACE VIEW audit_rejects AS
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
