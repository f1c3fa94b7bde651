-- @model mart_contributing_countries
-- @grain one row per nationality (ISO 3166 alpha-3) with at least one national killed, whatever the cause: the
--        view of a troop- or police- contributing country, or country of nationality of civilian personnel, on
--        its own.
--
-- killed_in_attacks counts deaths in malicious acts; killed_all deaths of any cause.
-- The attacks that killed its nationals are those their casualty records name, or the
-- attack inferred for casualties that name none (fct_casualties.inferred_incident_id);
-- what became of them comes from fct_incident_accountability. rank_in_attacks: the
-- place among nationalities by nationals killed in malicious acts (1 = most; ties share
-- a place, as in sport), empty when none was.
CREATE OR REPLACE TABLE mart_contributing_countries AS
WITH people AS (
  SELECT
    nationality,
    count(*) FILTER (outcome = 'killed') AS killed_all,
    count(*) FILTER (outcome = 'killed' AND incident_type = 'malicious_act') AS killed_in_attacks,
    count(*) FILTER (outcome = 'injured' AND incident_type = 'malicious_act') AS injured_in_attacks,
    count(DISTINCT mission) FILTER (outcome = 'killed') AS mission_count,
    count(DISTINCT host_state) FILTER (outcome = 'killed' AND incident_type = 'malicious_act') AS host_state_count
  FROM fct_casualties
  WHERE nationality IS NOT NULL
  GROUP BY nationality
),
attacks AS (
  SELECT DISTINCT c.nationality, coalesce(c.incident_id, c.inferred_incident_id) AS incident_id
  FROM fct_casualties c
  WHERE c.nationality IS NOT NULL AND c.outcome = 'killed' AND c.incident_type = 'malicious_act'
),
followed AS (
  SELECT
    t.nationality,
    count(*) AS fatal_incidents,
    count(*) FILTER (a.first_investigation_date IS NOT NULL) AS with_investigation,
    count(*) FILTER (a.first_conviction_date IS NOT NULL) AS with_conviction,
    count(*) FILTER (a.first_effective_conviction_date IS NOT NULL) AS with_effective_conviction
  FROM attacks t
  LEFT JOIN fct_incident_accountability a USING (incident_id)
  GROUP BY t.nationality
)
SELECT
  p.nationality,
  p.killed_all,
  p.killed_in_attacks,
  p.injured_in_attacks,
  p.mission_count,
  p.host_state_count,
  CASE WHEN p.killed_in_attacks > 0 THEN rank() OVER (ORDER BY p.killed_in_attacks DESC) END AS rank_in_attacks,
  coalesce(f.fatal_incidents, 0) AS fatal_incidents,
  coalesce(f.with_investigation, 0) AS with_investigation,
  coalesce(f.with_conviction, 0) AS with_conviction,
  coalesce(f.with_effective_conviction, 0) AS with_effective_conviction
FROM people p
LEFT JOIN followed f USING (nationality)
WHERE p.killed_all > 0;
