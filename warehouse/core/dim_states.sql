-- @model dim_states
-- @grain one row per state or territory, current or former (iso3).
CREATE OR REPLACE TABLE dim_states AS
SELECT iso3, m49, name_en, region, subregion, is_former
FROM ref_states;
