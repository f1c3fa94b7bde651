-- @model mart_attack_casualties_by_year
-- @grain one row per (incident_year, host_state, mission, attack_type, personnel_category) with at least one
--        casualty of a malicious act; the people killed and the people injured side by side.
--
-- Summed from mart_attack_casualties over months and nationalities. killed or injured is empty when the row counts
-- none of them, so that a sum along any column is empty, not 0, when it counts nobody.
CREATE OR REPLACE TABLE mart_attack_casualties_by_year AS
SELECT
  incident_year,
  host_state,
  mission,
  attack_type,
  personnel_category,
  sum(casualties) FILTER (outcome = 'killed')::BIGINT AS killed,
  sum(casualties) FILTER (outcome = 'injured')::BIGINT AS injured
FROM mart_attack_casualties
GROUP BY ALL
ORDER BY ALL;
