-- fct_casualties grain: one row per person killed or injured (casualty_id).
-- A view: a load then costs only the marts that read it, not a copy of every casualty.
-- host_state comes from the casualty's incident, else from its mission's
-- attributed_host_state (its sole host state, or the rule in
-- mission-host-state-rules.csv); otherwise it stays NULL (not attributed).
CREATE OR REPLACE VIEW fct_casualties AS
SELECT
  c.casualty_id,
  c.incident_id,
  c.incident_date,
  year(c.incident_date) AS incident_year,
  date_trunc('month', c.incident_date)::DATE AS incident_month,
  c.mission,
  coalesce(i.host_state, m.attributed_host_state) AS host_state,
  c.nationality,
  c.personnel_category,
  c.incident_type,
  c.outcome,
  coalesce(i.attack_type, 'not_recorded') AS attack_type
FROM stg_casualties c
LEFT JOIN stg_incidents i USING (incident_id)
LEFT JOIN dim_missions m ON m.mission_acronym = c.mission;
