-- @model mart_acled_attacks
-- @grain one row per (incident_month, mission, host_state, admin1, attack_type) with at least one ACLED attack
--        on the mission: how many attacks ACLED records, how many it says killed someone (anyone: ACLED's
--        fatalities count attackers and civilians too), and how many are linked to UN deaths
--        (fct_attack_links.sql).
--
-- Aggregates only: ACLED's terms forbid publishing its rows, and allow aggregates with attribution
-- (etl/sources/terms.ts).
CREATE OR REPLACE TABLE mart_acled_attacks AS
WITH linked AS (
  SELECT incident_id, count(*) AS un_deaths
  FROM fct_casualties
  WHERE incident_source_dataset = 'acled' AND outcome = 'killed'
  GROUP BY incident_id
)
SELECT
  i.incident_month,
  i.incident_year,
  i.mission,
  i.host_state,
  coalesce(i.admin1, 'not_recorded') AS admin1,
  i.attack_type,
  count(*) AS attacks,
  count(*) FILTER (i.fatalities_all_parties > 0) AS attacks_with_fatalities,
  count(l.incident_id) AS attacks_linked,
  coalesce(sum(l.un_deaths), 0)::BIGINT AS un_deaths_linked
FROM fct_incidents i
LEFT JOIN linked l USING (incident_id)
WHERE i.source_dataset = 'acled'
GROUP BY ALL;
