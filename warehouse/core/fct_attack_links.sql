-- @model fct_attack_links
-- @grain one row per (mission, incident_date) on which a UN death would have a candidate ACLED attack: the day
--        of an ACLED attack on the mission, and the days either side of it.
--
-- The rule that links a UN malicious-act death to an ACLED attack (docs/sources/acled.md), from the attacks
-- alone, so a death's link depends only on its mission and date:
--   1. the ACLED attacks on its mission dated the same day (day precision only): exactly
--      one is linked ('linked_same_day'); several are 'ambiguous';
--   2. when none, those of the day before and the day after, where the two records' dates
--      differ by a day: exactly one is linked ('linked_within_a_day'); several, 'ambiguous'.
-- A death whose (mission, date) is not here has no candidate ('no_candidate', in
-- fct_casualties). incident_id is the attack linked (NULL when ambiguous); candidates counts
-- the attacks the chosen step found.
CREATE OR REPLACE TABLE fct_attack_links AS
WITH attacks AS (
  SELECT incident_id, mission, incident_date
  FROM stg_incidents
  WHERE source_dataset = 'acled' AND date_precision = 'day'
),
days AS (
  SELECT DISTINCT a.mission, a.incident_date + o.offset_days AS day
  FROM attacks a, (VALUES (-1), (0), (1)) o(offset_days)
),
candidates AS (
  SELECT d.mission, d.day, a.incident_id, abs(a.incident_date - d.day) AS days_apart
  FROM days d JOIN attacks a ON a.mission = d.mission AND abs(a.incident_date - d.day) <= 1
),
counted AS (
  SELECT
    mission,
    day,
    count(*) FILTER (days_apart = 0) AS same_day,
    count(*) FILTER (days_apart = 1) AS within_a_day,
    min(incident_id) FILTER (days_apart = 0) AS same_day_attack,
    min(incident_id) FILTER (days_apart = 1) AS near_attack
  FROM candidates
  GROUP BY mission, day
)
SELECT
  mission,
  day AS incident_date,
  CASE
    WHEN same_day = 1 THEN 'linked_same_day'
    WHEN same_day > 1 THEN 'ambiguous'
    WHEN within_a_day = 1 THEN 'linked_within_a_day'
    ELSE 'ambiguous'
  END AS link_status,
  CASE WHEN same_day = 1 THEN same_day_attack WHEN same_day = 0 AND within_a_day = 1 THEN near_attack END
    AS incident_id,
  CASE WHEN same_day > 0 THEN same_day ELSE within_a_day END AS candidates
FROM counted;
