-- @model mart_acled_agreement
-- @grain one row per mission that ACLED records attacks on: how far the UN's record of deaths and ACLED's
--        record of attacks agree (docs/sources/acled.md).
--
-- The UN side: deaths in malicious acts whose record names no incident (the UN fatalities
-- data), dated within the period the ACLED files loaded cover (etl_loads.records_from ..
-- records_to), by how they were linked (fct_attack_links.sql); those outside it apart. The
-- ACLED side: its attacks, those with fatalities (anyone killed), those linked to a UN death,
-- those with fatalities but no UN death linked, and those linked to deaths of two dates or
-- more. Aggregates only, with the date ACLED was accessed, for the attribution its terms ask.
CREATE OR REPLACE TABLE mart_acled_agreement AS
WITH acled AS (
  SELECT min(records_from) AS covered_from, max(records_to) AS covered_to, max(accessed_on) AS accessed_on
  FROM etl_loads WHERE source = 'acled'
),
attacks AS (
  SELECT i.mission, i.incident_id, i.fatalities_all_parties > 0 AS with_fatalities,
         count(c.casualty_id) AS un_deaths, count(DISTINCT c.incident_date) AS un_dates
  FROM fct_incidents i
  LEFT JOIN fct_casualties c ON c.incident_id = i.incident_id AND c.outcome = 'killed'
  WHERE i.source_dataset = 'acled'
  GROUP BY ALL
),
deaths AS (
  SELECT c.mission, c.link_status, c.inferred_incident_id,
         c.incident_date BETWEEN a.covered_from AND a.covered_to AS in_period
  FROM fct_casualties c, acled a
  WHERE c.inferred_incident_id IS NOT NULL AND c.incident_type = 'malicious_act' AND c.outcome = 'killed'
    AND c.mission IN (SELECT mission FROM attacks)
),
un AS (
  SELECT
    mission,
    count(*) FILTER (in_period) AS un_deaths,
    count(*) FILTER (in_period AND link_status = 'linked_same_day') AS un_deaths_linked_same_day,
    count(*) FILTER (in_period AND link_status = 'linked_within_a_day') AS un_deaths_linked_within_a_day,
    count(*) FILTER (in_period AND link_status = 'ambiguous') AS un_deaths_ambiguous,
    count(*) FILTER (in_period AND link_status = 'no_candidate') AS un_deaths_no_candidate,
    count(*) FILTER (NOT in_period) AS un_deaths_outside_period,
    count(DISTINCT inferred_incident_id) FILTER (in_period) AS un_attacks,
    count(DISTINCT inferred_incident_id) FILTER (in_period AND link_status LIKE 'linked%') AS un_attacks_linked
  FROM deaths
  GROUP BY mission
),
side AS (
  SELECT
    mission,
    count(*) AS acled_attacks,
    count(*) FILTER (with_fatalities) AS acled_attacks_with_fatalities,
    count(*) FILTER (un_deaths > 0) AS acled_attacks_linked,
    count(*) FILTER (with_fatalities AND un_deaths = 0) AS acled_fatal_attacks_without_un_death,
    count(*) FILTER (un_dates > 1) AS acled_attacks_linked_to_several_dates
  FROM attacks
  GROUP BY mission
)
SELECT
  s.mission,
  a.covered_from,
  a.covered_to,
  a.accessed_on,
  coalesce(u.un_deaths, 0) AS un_deaths,
  coalesce(u.un_deaths_linked_same_day, 0) AS un_deaths_linked_same_day,
  coalesce(u.un_deaths_linked_within_a_day, 0) AS un_deaths_linked_within_a_day,
  coalesce(u.un_deaths_ambiguous, 0) AS un_deaths_ambiguous,
  coalesce(u.un_deaths_no_candidate, 0) AS un_deaths_no_candidate,
  coalesce(u.un_deaths_outside_period, 0) AS un_deaths_outside_period,
  coalesce(u.un_attacks, 0) AS un_attacks,
  coalesce(u.un_attacks_linked, 0) AS un_attacks_linked,
  s.acled_attacks,
  s.acled_attacks_with_fatalities,
  s.acled_attacks_linked,
  s.acled_fatal_attacks_without_un_death,
  s.acled_attacks_linked_to_several_dates
FROM side s
CROSS JOIN acled a
LEFT JOIN un u USING (mission)
ORDER BY s.mission;
