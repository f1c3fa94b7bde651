-- @model assistance
-- @grain one row per UN capacity-building activity (assistance_id).
SELECT assistance_id, recipient_state, start_date, end_date, assistance_type, un_entity, amount_usd, related_cases
FROM fct_assistance
ORDER BY assistance_id
