-- @model fct_incidents
-- @grain one row per attack (incident_id).
--
-- A view: a projection of stg_incidents, cheaper to compute when read than to store.
-- killed_total and injured_total count UN personnel, as the incident record does: NULL
-- when its per-category counts are not known (casualty_counts 'not_known', ACLED's records),
-- never a guess. fatalities_all_parties is the source's count of everyone killed (attackers
-- and civilians included), not a count of UN personnel.
CREATE OR REPLACE VIEW fct_incidents AS
SELECT
  incident_id,
  incident_date,
  date_precision,
  year(incident_date) AS incident_year,
  date_trunc('month', incident_date)::DATE AS incident_month,
  mission,
  host_state,
  admin1,
  admin2,
  attack_type,
  killed_military + killed_police + killed_military_observer
    + killed_international_civilian + killed_national_civilian + killed_other AS killed_total,
  injured_military + injured_police + injured_military_observer
    + injured_international_civilian + injured_national_civilian + injured_other AS injured_total,
  COLUMNS('^(killed|injured)_'),
  casualty_counts,
  fatalities_all_parties,
  source_dataset,
  last_updated
FROM stg_incidents;
