-- mart_attack_casualties grain: one row per (incident_month, mission, host_state,
-- attack_type, personnel_category, nationality, outcome) with at least one
-- casualty of a malicious act. Counts people, so it can be summed along any axis.
CREATE OR REPLACE TABLE mart_attack_casualties AS
SELECT
  incident_month,
  incident_year,
  mission,
  coalesce(host_state, 'not_attributed') AS host_state,
  attack_type,
  personnel_category,
  nationality,
  outcome,
  count(*) AS casualties
FROM fct_casualties
WHERE incident_type = 'malicious_act'
GROUP BY ALL
ORDER BY ALL;
