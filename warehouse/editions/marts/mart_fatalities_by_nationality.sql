-- @model mart_fatalities_by_nationality
-- @grain one row per (incident_year, nationality, mission, outcome), under the small-cell rule
--        (docs/editions.md).
--
-- mart_fatalities_by_nationality, edition form: a cell of 1 or 2 people is merged into the mission
-- 'other' of the same year, nationality and outcome, as on the Attack trends page, so every total per
-- nationality stays exact. The edition's own nationals (edition_state) are shown in full.
SELECT incident_year, nationality,
       CASE WHEN casualties < 3 AND nationality <> getvariable('edition_state') THEN 'other' ELSE mission END
         AS mission,
       outcome, sum(casualties)::BIGINT AS casualties
FROM mart_fatalities_by_nationality
GROUP BY ALL
ORDER BY ALL
