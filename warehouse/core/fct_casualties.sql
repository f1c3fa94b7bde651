-- @model fct_casualties
-- @grain one row per person killed or injured (casualty_id).
--
-- A view: a load then costs only the marts that read it, not a copy of every casualty.
-- host_state comes from the casualty's incident, else from its mission's
-- attributed_host_state (its sole host state, or the rule in
-- mission-host-state-rules.csv); otherwise it stays NULL (not attributed).
-- casualty_facts(casualties) makes these rows from any table shaped like
-- stg_casualties, so that a mart can also count the casualties a load added or
-- replaced (stg_casualties_gained, stg_casualties_lost) by the same rules.
-- inferred_incident_id: for a casualty whose export named no incident (the UN fatalities data),
-- the attack it is inferred to belong to (fct_inferred_incidents.sql explains the id);
-- the one place the id is made, so the public record's attack ids resolve everywhere.
-- Such a casualty killed in a malicious act is linked to an ACLED attack by mission and date
-- (fct_attack_links.sql): link_status says how, and a linked casualty's incident_id is the
-- attack's, whose place (admin1) and type it gains. Its inferred_incident_id stays, so the
-- attack is still named and counted by it (fct_incident_accountability).
-- incident_source_dataset: the dataset of the casualty's incident (NULL: its owner's export),
-- so that what may be published of the link is decided by etl/sources/terms.ts.
CREATE OR REPLACE MACRO casualty_facts(casualties) AS TABLE
SELECT
  c.casualty_id,
  coalesce(c.incident_id, l.incident_id) AS incident_id,
  CASE WHEN c.incident_id IS NULL THEN
    'INF-' || replace(c.mission, ' ', '_') || '-' || strftime(c.incident_date, '%Y%m%d') || '-' || c.incident_type
  END AS inferred_incident_id,
  CASE
    WHEN c.incident_id IS NOT NULL THEN 'named_by_export'
    WHEN c.incident_type = 'malicious_act' THEN coalesce(l.link_status, 'no_candidate')
  END AS link_status,
  c.incident_date,
  year(c.incident_date) AS incident_year,
  date_trunc('month', c.incident_date)::DATE AS incident_month,
  c.mission,
  coalesce(i.host_state, m.attributed_host_state) AS host_state,
  i.admin1,
  c.nationality,
  c.personnel_category,
  c.incident_type,
  c.outcome,
  coalesce(i.attack_type, 'not_recorded') AS attack_type,
  i.source_dataset AS incident_source_dataset
FROM query_table(casualties) c
LEFT JOIN fct_attack_links l
  ON c.incident_id IS NULL AND c.incident_type = 'malicious_act'
  AND l.mission = c.mission AND l.incident_date = c.incident_date
LEFT JOIN stg_incidents i ON i.incident_id = coalesce(c.incident_id, l.incident_id)
LEFT JOIN dim_missions m ON m.mission_acronym = c.mission;

CREATE OR REPLACE VIEW fct_casualties AS
SELECT * FROM casualty_facts(stg_casualties);
