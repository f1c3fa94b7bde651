-- mart_fatalities_by_nationality grain: one row per (incident_year, nationality, mission,
-- outcome): people killed or injured in malicious acts, by the state of their nationality
-- and the mission they served with. The reports' nationality tables read it; the site
-- editions publish it under the small-cell rule (warehouse/editions/marts/, docs/editions.md).
CREATE OR REPLACE TABLE mart_fatalities_by_nationality AS
SELECT incident_year, nationality, mission, outcome, sum(casualties)::BIGINT AS casualties
FROM mart_attack_casualties
GROUP BY ALL
ORDER BY ALL;
