-- @model nationality_cells
-- @grain one row per (year, nationality, mission): people killed and injured in attacks, under the
--        small-cell rule (docs/editions.md).
--
-- Attack trends page, nationality view. A (year, nationality, mission, outcome) cell of 1 or 2 people is
-- merged into the mission 'other' of the same year, nationality and outcome, so every total stays exact.
-- The edition's own nationals (edition_state) are shown in full.
-- missions: how many missions the nationality lost people in, counted before merging.
WITH cells AS (
  SELECT incident_year AS year, nationality, mission, outcome, sum(casualties) AS n
  FROM mart_attack_casualties GROUP BY ALL
),
merged AS (
  SELECT year, nationality, outcome, n,
         CASE WHEN n < 3 AND nationality <> getvariable('edition_state') THEN 'other' ELSE mission END AS mission,
         count(DISTINCT mission) OVER (PARTITION BY nationality) AS missions
  FROM cells
)
SELECT m.year, m.nationality, coalesce(s.name_en, m.nationality) AS nationality_name, m.mission,
       sum(n) FILTER (outcome = 'killed') AS killed,
       sum(n) FILTER (outcome = 'injured') AS injured,
       any_value(m.missions) AS missions
FROM merged m LEFT JOIN dim_states s ON s.iso3 = m.nationality
GROUP BY ALL
ORDER BY ALL
