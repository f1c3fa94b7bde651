-- @model states
-- @grain one row per state or territory, current or former (iso3).
SELECT iso3, m49, name_en, region, subregion, is_former
FROM dim_states
ORDER BY iso3
