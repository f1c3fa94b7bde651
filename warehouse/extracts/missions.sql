-- @model missions
-- @grain one row per UN operation (mission_acronym).
SELECT
  mission_acronym, mission_name, start_date, end_date, array_to_string(host_states, ';') AS host_states, region, kind
FROM dim_missions
ORDER BY mission_acronym
