-- @model dim_missions
-- @grain one row per UN operation (mission_acronym).
--
-- sole_host_state is set only when the mission operated in exactly one state, so
-- that casualties without an incident are never placed in a guessed country.
-- attributed_host_state is what fct_casualties uses: the sole host state, else the
-- hand-maintained rule in mission-host-state-rules.csv (NULL when the rule says
-- 'not_attributed'); host_state_rule says why, for every mission.
CREATE OR REPLACE TABLE dim_missions AS
SELECT
  m.mission_acronym,
  m.mission_name,
  m.start_date,
  m.end_date,
  m.host_states,
  CASE WHEN len(m.host_states) = 1 THEN m.host_states[1] END AS sole_host_state,
  CASE WHEN len(m.host_states) = 1 THEN m.host_states[1] ELSE nullif(r.attributed_host_state, 'not_attributed') END
    AS attributed_host_state,
  CASE WHEN len(m.host_states) = 1 THEN 'sole host state'
    ELSE coalesce(r.reason, 'no rule in mission-host-state-rules.csv') END AS host_state_rule,
  m.region,
  m.kind
FROM ref_missions m
LEFT JOIN ref_mission_host_state_rules r USING (mission_acronym);
