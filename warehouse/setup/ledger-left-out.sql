-- @model ledger-left-out
-- @grain etl_loads one row per file load, unchanged.
--
-- Migration of a ledger made before rows could be left out (issue 14). DuckDB cannot alter a CHECK, so
-- the table is made anew with the columns of ledger.sql, and every earlier load copied with 0 rows left
-- out.
CREATE TABLE etl_loads_with_left_out (
  load_id INTEGER PRIMARY KEY,
  kind VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  file_name VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  file_bytes BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  rows_in BIGINT NOT NULL,
  rows_loaded BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  encoding VARCHAR,
  rows_left_out BIGINT NOT NULL DEFAULT 0,
  accessed_on DATE,
  records_from DATE,
  records_to DATE,
  CHECK (rows_in = rows_loaded + rows_rejected + rows_left_out)
);
INSERT INTO etl_loads_with_left_out
SELECT load_id, kind, source, file_name, file_sha256, file_bytes, started_at, finished_at,
       rows_in, rows_loaded, rows_rejected, encoding, 0, NULL, NULL, NULL
FROM etl_loads;
DROP TABLE etl_loads;
ALTER TABLE etl_loads_with_left_out RENAME TO etl_loads;
