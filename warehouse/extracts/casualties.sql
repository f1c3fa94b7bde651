-- casualties extract grain: one row per person killed or injured (casualty_id).
-- A public interface: the first nine columns keep these names and this order.
SELECT
  casualty_id, incident_id, incident_date, mission, host_state, nationality,
  personnel_category, incident_type, outcome,
  attack_type, incident_year
FROM fct_casualties
ORDER BY casualty_id
