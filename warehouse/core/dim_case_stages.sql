-- @model dim_case_stages
-- @grain one row per case event.
--
-- stage_rank orders the steps of the accountability pipeline; events that do not move a case forward
-- (dismissed, appeal, what follows a verdict, a report that nothing was done) have no rank.
CREATE OR REPLACE TABLE dim_case_stages AS
SELECT * FROM (VALUES
  ('investigation_opened',  1, 'investigation_opened'),
  ('suspect_identified',    2, 'suspect_identified'),
  ('arrest',                3, 'arrest'),
  ('charged',               4, 'charged'),
  ('trial_opened',          5, 'trial_opened'),
  ('acquitted',             6, 'verdict'),
  ('convicted',             7, 'convicted'),
  ('sentenced',             7, 'convicted'),
  ('dismissed',             NULL, NULL),
  ('appeal',                NULL, NULL),
  ('conviction_overturned', NULL, NULL),
  ('sentence_commuted',     NULL, NULL),
  ('reparations_awarded',   NULL, NULL),
  ('no_progress_reported',  NULL, NULL)
) AS stages(event, stage_rank, stage);
