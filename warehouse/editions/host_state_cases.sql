-- @model host_state_cases
-- @grain one row per (court_type, status) of the host state $state, under the small-cell rule
--        (docs/editions.md): cells of 1 or 2 cases are merged into one row (court_type and status 'other'),
--        so the total stays exact.
--
-- Host state page, judicial cases. The edition's own state (edition_state) is shown in full.
WITH cells AS (
  SELECT court_type, status, stage_rank, cases,
         cases < 3 AND host_state <> getvariable('edition_state') AS small
  FROM mart_cases_by_host_state WHERE host_state = $state
)
SELECT court_type, status, stage_rank, cases FROM cells WHERE NOT small
UNION ALL
SELECT 'other', 'other', 99, sum(cases) FROM cells WHERE small HAVING count(*) > 0
ORDER BY stage_rank, court_type
