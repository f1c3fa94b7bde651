-- @model mart_attack_casualties
-- @grain one row per (incident_month, mission, host_state, attack_type, personnel_category, nationality,
--        outcome) with at least one casualty of a malicious act.
-- @incremental-on stg_casualties
--
-- Counts people, so it can be summed along any axis.
-- Stored in no particular order (readers sort): ordering a table this size costs a
-- tenth of its build.
-- attack_casualty_groups(casualties): the group of each attack casualty among
-- `casualties` (a table shaped like stg_casualties), by the rules of fct_casualties.
CREATE OR REPLACE MACRO attack_casualty_groups(casualties) AS TABLE
SELECT
  incident_month,
  incident_year,
  mission,
  coalesce(host_state, 'not_attributed') AS host_state,
  attack_type,
  personnel_category,
  nationality,
  outcome
FROM casualty_facts(casualties)
WHERE incident_type = 'malicious_act';

CREATE OR REPLACE TABLE mart_attack_casualties AS
SELECT *, count(*) AS casualties
FROM attack_casualty_groups(stg_casualties)
GROUP BY ALL;

-- @incremental
-- After a load that changed casualties and nothing else this mart depends on, the
-- counts are updated in place rather than made again from every casualty (a million
-- rows joined with their incidents): the casualties the load added are counted in,
-- the versions it replaced counted out, and groups that fall to zero go.
MERGE INTO mart_attack_casualties m
USING (
  SELECT * EXCLUDE (change), sum(change) AS change
  FROM (
    SELECT *, 1 AS change FROM attack_casualty_groups(stg_casualties_gained)
    UNION ALL
    SELECT *, -1 AS change FROM attack_casualty_groups(stg_casualties_lost)
  )
  GROUP BY ALL
  HAVING sum(change) <> 0
) d
ON m.incident_month = d.incident_month
  AND m.mission IS NOT DISTINCT FROM d.mission
  AND m.host_state = d.host_state
  AND m.attack_type = d.attack_type
  AND m.personnel_category IS NOT DISTINCT FROM d.personnel_category
  AND m.nationality IS NOT DISTINCT FROM d.nationality
  AND m.outcome IS NOT DISTINCT FROM d.outcome
WHEN MATCHED AND m.casualties + d.change = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET casualties = m.casualties + d.change
WHEN NOT MATCHED THEN INSERT VALUES (
  d.incident_month, d.incident_year, d.mission, d.host_state, d.attack_type,
  d.personnel_category, d.nationality, d.outcome, d.change
);
