-- @model fct_inferred_incidents
-- @grain one row per (mission, incident_date, incident_type) among casualties whose export named no incident_id
--        (e.g.
--
-- the UN fatalities data, which has no incident identifier). Each group stands for one inferred incident,
-- flagged inferred = true: deaths of one mission on one day from one cause are most likely one event, but two
-- separate events on the same day are merged, so counts of inferred incidents are a lower bound. The id is
-- derived from the grouping key only (INF-<mission>-<yyyymmdd>-<incident_type>), so reloading never renumbers
-- it.
-- linked_incident_id: the ACLED attack its deaths are linked to (fct_attack_links.sql;
-- the link depends on mission and date only, so it is the same for the whole group), and
-- link_status how; NULL for causes other than malicious acts.
-- The attack-trend marts keep their own grain and do not read it. A view: only the
-- overview page reads it, once per build, so storing it would cost every load more.
CREATE OR REPLACE VIEW fct_inferred_incidents AS
SELECT
  inferred_incident_id, -- made in fct_casualties.sql
  true AS inferred,
  mission,
  incident_date,
  incident_year,
  incident_type,
  any_value(host_state) AS host_state, -- from the linked attack or the mission, so the same for the whole group
  any_value(incident_id) AS linked_incident_id,
  any_value(link_status) AS link_status,
  count(*) FILTER (WHERE outcome = 'killed') AS killed,
  count(*) FILTER (WHERE outcome = 'injured') AS injured,
  count(*) AS casualties
FROM fct_casualties
WHERE inferred_incident_id IS NOT NULL
GROUP BY inferred_incident_id, mission, incident_date, incident_year, incident_type
ORDER BY incident_date, mission, incident_type;
