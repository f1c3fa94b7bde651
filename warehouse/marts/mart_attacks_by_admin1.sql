-- @model mart_attacks_by_admin1
-- @grain one row per (host_state, admin1) among the attacks whose record names a first-level administrative
--        division (region, province): how many attacks, how many killed someone, and the people they killed and
--        injured as the incident records count them.
--
-- Attacks with no admin1 are not in it; the region maps count them apart (total attacks of the host state minus
-- these). The division is the name the export gives, as written: matching it to a boundary is the map's
-- business (src/loaders/admin1.ts), so that no unmatched name is lost here. No coordinates.
CREATE OR REPLACE TABLE mart_attacks_by_admin1 AS
SELECT
  host_state,
  admin1,
  count(*) AS incidents,
  count(*) FILTER (killed_total > 0) AS fatal_incidents,
  sum(killed_total) AS killed,
  sum(injured_total) AS injured
FROM fct_incidents
WHERE admin1 IS NOT NULL AND host_state IS NOT NULL
GROUP BY ALL;
