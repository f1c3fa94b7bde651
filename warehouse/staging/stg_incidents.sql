-- @model stg_incidents
-- @grain one row per incident_id, its latest loaded version.
-- @latest-by incident_id
--
-- Later loads replace earlier versions; raw_incidents keeps them all as history.
-- This file defines every loaded version (stg_incidents_versions); the runner keeps stg_incidents, the view of
-- the latest version of each key (warehouse/README.md, etl/warehouse/latest-versions.ts).
-- A record whose casualty_counts is 'not_known' (ACLED's: its fatalities count everyone,
-- attackers included) has its killed_* and injured_* counts NULL here: not known, never zero.
-- source_dataset is NULL for a record exported by its owner, else the third-party dataset
-- it was mapped from; what may be published of it is decided by etl/sources/terms.ts.
CREATE OR REPLACE VIEW stg_incidents_versions AS
SELECT
  * EXCLUDE (incident_date, last_updated, mission) REPLACE (
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_military END AS killed_military,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_police END AS killed_police,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_military_observer END AS killed_military_observer,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_international_civilian END
      AS killed_international_civilian,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_national_civilian END AS killed_national_civilian,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE killed_other END AS killed_other,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_military END AS injured_military,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_police END AS injured_police,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_military_observer END AS injured_military_observer,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_international_civilian END
      AS injured_international_civilian,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_national_civilian END AS injured_national_civilian,
    CASE WHEN casualty_counts = 'not_known' THEN NULL ELSE injured_other END AS injured_other
  ),
  incident_date::DATE AS incident_date,
  last_updated::DATE AS last_updated,
  mission
FROM with_mission_acronyms(raw_incidents);
