-- @model nationality_breakdowns
-- @grain one row per (nationality, dimension, value), dimension one of year, mission, personnel_category,
--        host_state, attack_type: the nationals of each nationality killed and injured in attacks, one
--        breakdown at a time.
--
-- Contributing country pages. Small-cell rule (docs/editions.md): in every breakdown but year, a
-- (value, outcome) cell of 1 or 2 people is merged into the value 'merged' of the same nationality,
-- dimension and outcome, so every total stays exact; years are shown whole, as the Attack trends page's
-- nationality view already shows them. The edition's own nationals (edition_state) are shown in full.
WITH facts AS (
  SELECT * FROM mart_attack_casualties WHERE nationality IS NOT NULL
),
cells AS (
  SELECT nationality, 'year' AS dimension, incident_year::VARCHAR AS value, outcome, sum(casualties) AS n
  FROM facts GROUP BY ALL
  UNION ALL SELECT nationality, 'mission', mission, outcome, sum(casualties) FROM facts GROUP BY ALL
  UNION ALL SELECT nationality, 'personnel_category', personnel_category, outcome, sum(casualties)
  FROM facts GROUP BY ALL
  UNION ALL SELECT nationality, 'host_state', host_state, outcome, sum(casualties) FROM facts GROUP BY ALL
  UNION ALL SELECT nationality, 'attack_type', attack_type, outcome, sum(casualties) FROM facts GROUP BY ALL
),
merged AS (
  SELECT nationality, dimension, outcome, n,
         CASE WHEN n < 3 AND dimension <> 'year' AND nationality <> getvariable('edition_state') THEN 'merged'
           ELSE value END AS value
  FROM cells
)
SELECT nationality, dimension, value,
       coalesce(sum(n) FILTER (outcome = 'killed'), 0) AS killed,
       coalesce(sum(n) FILTER (outcome = 'injured'), 0) AS injured
FROM merged
GROUP BY ALL
ORDER BY nationality, dimension, killed DESC, injured DESC, value
