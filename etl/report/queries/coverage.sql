-- coverage grain: a single row. The first and last year with any record in the edition's scope
-- ($scope: 'ALL', or the state as host, nationality or recipient), and whether $year has one: a
-- report of a year without data is refused rather than printed empty.
WITH years AS (
  SELECT incident_year AS year FROM mart_attack_casualties WHERE $scope IN ('ALL', host_state)
  UNION ALL SELECT incident_year FROM mart_fatalities_by_nationality WHERE $scope IN ('ALL', nationality)
  UNION ALL SELECT incident_year FROM mart_attack_incidents WHERE $scope IN ('ALL', host_state)
  UNION ALL SELECT event_year FROM mart_judicial_events_by_year WHERE host_state = $scope
  UNION ALL SELECT year FROM mart_requests_by_year WHERE host_state = $scope AND sent + replies > 0
  UNION ALL SELECT start_year FROM mart_assistance WHERE $scope IN ('ALL', recipient_state)
)
SELECT min(year) AS first_year, max(year) AS last_year, count(*) FILTER (year = $year) > 0 AS has_year
FROM years
