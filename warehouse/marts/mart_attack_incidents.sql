-- @model mart_attack_incidents
-- @grain one row per (incident_month, mission, host_state, attack_type): how many attacks, and the people they
--        killed and injured as the incident records count them.
--
-- The attacks of the incident exports only: those of a third-party dataset (ACLED) are counted apart, with
-- their source, in mart_acled_attacks (they are another record of attacks a state may also export, and their
-- counts of UN personnel are not known).
-- Stored in no particular order (readers sort): ordering a table this size costs a
-- tenth of its build.
CREATE OR REPLACE TABLE mart_attack_incidents AS
SELECT
  incident_month,
  incident_year,
  mission,
  host_state,
  attack_type,
  count(*) AS incidents,
  count(*) FILTER (killed_total > 0) AS fatal_incidents,
  sum(killed_total) AS killed,
  sum(injured_total) AS injured
FROM fct_incidents
WHERE source_dataset IS NULL
GROUP BY ALL;
