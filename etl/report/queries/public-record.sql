-- public-record grain: one row per event of the year in the public record of cases (what public
-- sources report; public in every edition), in the edition's scope, with its source.
SELECT case_id, host_state, event, event_date, court_type, court_name, source_publisher, source_date, source_url
FROM mart_public_record
WHERE year(event_date) = $year AND $scope IN ('ALL', host_state)
ORDER BY event_date, case_id, event
