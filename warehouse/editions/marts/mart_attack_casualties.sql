-- @model mart_attack_casualties
-- @grain one row per (incident_month, mission, host_state, attack_type, personnel_category, outcome).
--
-- mart_attack_casualties, edition form. The full mart also splits by nationality, where most cells count
-- one or two people; editions publish nationality only in the Attack trends page's breakdown, under the
-- small-cell rule (docs/editions.md). Totals are unchanged.
SELECT * EXCLUDE (nationality, casualties), sum(casualties)::BIGINT AS casualties
FROM mart_attack_casualties
GROUP BY ALL
ORDER BY ALL
