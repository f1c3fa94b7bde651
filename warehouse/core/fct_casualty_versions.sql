-- @model fct_casualty_versions
-- @grain one row per (casualty_id, load_id): every version of a casualty that a load carried (raw_casualties
--        keeps them all; stg_casualties keeps only the latest).
--
-- A source family is the load's source without its release year ('un-fatalities-2021' and 'un-fatalities-2025'
-- are both 'un-fatalities'), so a new release is compared with the previous release of the same dataset. Only
-- such release sources are versioned here.
-- changed_fields lists what differs from the previous version in the same family
-- (mission compared after alias resolution, so 'OSE-Syria' -> 'OSESyria' is no change).
-- in_latest_release is false when the family's latest load no longer carries the
-- casualty: such casualties stay in stg/fct_casualties (a published death is not
-- erased by omission) and are listed as 'removed' in audit_release_changes.
CREATE OR REPLACE TABLE fct_casualty_versions AS
WITH versions AS (
  SELECT
    r.casualty_id,
    r.load_id,
    l.source,
    regexp_replace(l.source, '-[0-9]{4}$', '') AS source_family,
    l.file_name,
    r.source_line,
    r.incident_id,
    r.incident_date::DATE AS incident_date,
    r.mission,
    r.personnel_category,
    r.nationality,
    r.outcome,
    r.incident_type
  FROM with_mission_acronyms(raw_casualties) r
  JOIN etl_loads l USING (load_id)
  -- Only sources published as complete, dated releases are versioned; exports and
  -- sample loads are partial by nature, and at a million rows the copy would cost seconds.
  WHERE regexp_matches(l.source, '-[0-9]{4}$')
),
with_previous AS (
  SELECT
    *,
    lag(load_id) OVER w AS previous_load_id,
    lag(struct_pack(
      incident_id, incident_date, mission, personnel_category, nationality, outcome, incident_type
    )) OVER w AS prev,
    max(load_id) OVER (PARTITION BY source_family) AS family_latest_load_id
  FROM versions
  WINDOW w AS (PARTITION BY source_family, casualty_id ORDER BY load_id)
)
SELECT
  * EXCLUDE (prev, family_latest_load_id),
  list_filter([
    CASE WHEN prev.incident_id IS DISTINCT FROM incident_id THEN 'incident_id' END,
    CASE WHEN prev.incident_date IS DISTINCT FROM incident_date THEN 'incident_date' END,
    CASE WHEN prev.mission IS DISTINCT FROM mission THEN 'mission' END,
    CASE WHEN prev.personnel_category IS DISTINCT FROM personnel_category THEN 'personnel_category' END,
    CASE WHEN prev.nationality IS DISTINCT FROM nationality THEN 'nationality' END,
    CASE WHEN prev.outcome IS DISTINCT FROM outcome THEN 'outcome' END,
    CASE WHEN prev.incident_type IS DISTINCT FROM incident_type THEN 'incident_type' END
  ], f -> f IS NOT NULL AND previous_load_id IS NOT NULL) AS changed_fields,
  previous_load_id IS NULL AS is_first_version,
  previous_load_id IS NOT NULL AND len(changed_fields) > 0 AS changed,
  load_id = max(load_id) OVER (PARTITION BY source_family, casualty_id) AS is_latest_version,
  max(load_id) OVER (PARTITION BY source_family, casualty_id) = family_latest_load_id AS in_latest_release
FROM with_previous;
