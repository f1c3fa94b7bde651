-- mart_attack_incidents grain: one row per (incident_month, mission, host_state,
-- attack_type): how many attacks, and the people they killed and injured as the
-- incident records count them.
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
GROUP BY ALL;
