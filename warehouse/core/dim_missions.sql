-- dim_missions grain: one row per UN operation (mission_acronym).
-- sole_host_state is set only when the mission operated in exactly one state, so
-- that casualties without an incident are never placed in a guessed country.
CREATE OR REPLACE TABLE dim_missions AS
SELECT
  mission_acronym,
  mission_name,
  start_date,
  end_date,
  host_states,
  CASE WHEN len(host_states) = 1 THEN host_states[1] END AS sole_host_state,
  region,
  kind
FROM ref_missions;
