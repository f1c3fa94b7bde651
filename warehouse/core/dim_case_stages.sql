-- @model dim_case_stages
-- @grain one row per case event.
--
-- stage_rank orders the steps of the accountability pipeline; events that do not move a case forward
-- (dismissed, appeal, what follows a verdict, a report that nothing was done) have no rank. Both come from
-- the contract (CASE_EVENT_STAGES and PIPELINE_STAGES in etl/contract/vocabularies.ts), through the
-- reference tables etl/warehouse/contract-tables.ts makes.
CREATE OR REPLACE TABLE dim_case_stages AS
SELECT e.event, p.stage_rank, e.stage
FROM ref_case_event_stages e
LEFT JOIN ref_pipeline_stages p ON p.stage = e.stage;
