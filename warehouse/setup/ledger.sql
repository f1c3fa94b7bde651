-- @model ledger
-- @grain etl_loads one row per file load (load_id); etl_rejects one row per rejected record
--        (load_id, line); etl_left_out one row per (load_id, reason).
--
-- The load ledger and the quarantine. Created once; never rebuilt. etl_left_out counts the records of a
-- filtered source (ACLED) that are not about UN peacekeepers, not kept (they are outside Blue Ledger's
-- scope).

CREATE SEQUENCE IF NOT EXISTS etl_load_id_seq START 1;

CREATE TABLE IF NOT EXISTS etl_loads (
  load_id INTEGER PRIMARY KEY,
  kind VARCHAR NOT NULL,
  source VARCHAR NOT NULL,          -- 'export', 'sample' or an adapter name
  file_name VARCHAR NOT NULL,
  file_sha256 VARCHAR NOT NULL,
  file_bytes BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  finished_at TIMESTAMP NOT NULL,
  rows_in BIGINT NOT NULL,
  rows_loaded BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  encoding VARCHAR,                 -- utf-8, utf-16le, utf-16be or windows-1252 (transcoded on load)
  rows_left_out BIGINT NOT NULL DEFAULT 0, -- records of a filtered source outside the scope (etl_left_out says why)
  accessed_on DATE,                 -- the date the source's data was accessed, where its terms ask for it (ACLED)
  records_from DATE,                -- the period the file's records cover, left-out records included
  records_to DATE,
  CHECK (rows_in = rows_loaded + rows_rejected + rows_left_out)
);

CREATE TABLE IF NOT EXISTS etl_left_out (
  load_id INTEGER NOT NULL,
  file_name VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  rows BIGINT NOT NULL,
  first_line INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS etl_rejects (
  load_id INTEGER NOT NULL,
  file_name VARCHAR NOT NULL,
  line INTEGER NOT NULL,
  field VARCHAR,
  reason VARCHAR NOT NULL,
  record VARCHAR                    -- the rejected record as JSON, so nothing is lost
);

-- Warehouses made before the encoding was recorded.
ALTER TABLE etl_loads ADD COLUMN IF NOT EXISTS encoding VARCHAR;

-- etl_model_state grain: one row per SQL model: the digest of the SQL it last ran,
-- so that a changed model is rebuilt even when its inputs did not change.
CREATE TABLE IF NOT EXISTS etl_model_state (
  model VARCHAR PRIMARY KEY,
  sha256 VARCHAR NOT NULL
);

-- etl_superseded_versions grain: one row per raw record version that a later
-- version of the same key replaced (model = the staging view that hides it).
-- Kept by the model runner; staging views are every version minus these.
CREATE TABLE IF NOT EXISTS etl_superseded_versions (
  model VARCHAR NOT NULL,
  load_id INTEGER NOT NULL,
  source_line INTEGER NOT NULL
);
