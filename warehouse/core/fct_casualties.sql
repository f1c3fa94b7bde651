-- fct_casualties grain: one row per person killed or injured (casualty_id).
-- A view: a load then costs only the marts that read it, not a copy of every casualty.
-- host_state comes from the casualty's incident, else from its mission's
-- attributed_host_state (its sole host state, or the rule in
-- mission-host-state-rules.csv); otherwise it stays NULL (not attributed).
-- casualty_facts(casualties) makes these rows from any table shaped like
-- stg_casualties, so that a mart can also count the casualties a load added or
-- replaced (stg_casualties_gained, stg_casualties_lost) by the same rules.
-- inferred_incident_id: for a casualty that names no incident (the UN fatalities data),
-- the attack it is inferred to belong to (fct_inferred_incidents.sql explains the id);
-- the one place the id is made, so the public record's attack ids resolve everywhere.
CREATE OR REPLACE MACRO casualty_facts(casualties) AS TABLE
SELECT
  c.casualty_id,
  c.incident_id,
  CASE WHEN c.incident_id IS NULL THEN
    'INF-' || replace(c.mission, ' ', '_') || '-' || strftime(c.incident_date, '%Y%m%d') || '-' || c.incident_type
  END AS inferred_incident_id,
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
FROM query_table(casualties) c
LEFT JOIN stg_incidents i USING (incident_id)
LEFT JOIN dim_missions m ON m.mission_acronym = c.mission;

CREATE OR REPLACE VIEW fct_casualties AS
SELECT * FROM casualty_facts(stg_casualties);
