-- @model mart_fatalities_by_nationality
-- @grain one row per (incident_year, nationality, mission, outcome): people killed or injured in malicious
--        acts, by the state of their nationality and the mission they served with.
-- @incremental-on stg_casualties
--
-- The reports' nationality tables read it; the site editions publish it under the small-cell rule
-- (warehouse/editions/marts/, docs/editions.md).
-- Counted from the casualties by the rules of mart_attack_casualties (its macro
-- attack_casualty_groups), and, like it, updated in place after a load of casualties alone.
-- Stored in no particular order (readers sort).
CREATE OR REPLACE TABLE mart_fatalities_by_nationality AS
SELECT incident_year, nationality, mission, outcome, count(*) AS casualties
FROM attack_casualty_groups(stg_casualties)
GROUP BY ALL;

-- @incremental
-- The casualties a load added are counted in, the versions it replaced counted out, and
-- groups that fall to zero go (as in mart_attack_casualties.sql).
MERGE INTO mart_fatalities_by_nationality m
USING (
  SELECT incident_year, nationality, mission, outcome, sum(change) AS change
  FROM (
    SELECT *, 1 AS change FROM attack_casualty_groups(stg_casualties_gained)
    UNION ALL
    SELECT *, -1 AS change FROM attack_casualty_groups(stg_casualties_lost)
  )
  GROUP BY ALL
  HAVING sum(change) <> 0
) d
ON m.incident_year = d.incident_year
  AND m.nationality IS NOT DISTINCT FROM d.nationality
  AND m.mission IS NOT DISTINCT FROM d.mission
  AND m.outcome IS NOT DISTINCT FROM d.outcome
WHEN MATCHED AND m.casualties + d.change = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET casualties = m.casualties + d.change
WHEN NOT MATCHED THEN INSERT VALUES (d.incident_year, d.nationality, d.mission, d.outcome, d.change);
