-- @model mart_cases_by_host_state
-- @grain one row per host_state, with its number of judicial cases.
--
-- mart_cases_by_host_state, edition form. The court × status breakdown of the full mart has cells of one
-- or two cases, which can point at a single case; editions show it on the host state pages under the
-- small-cell rule (docs/editions.md). Totals are unchanged.
SELECT host_state, sum(cases)::BIGINT AS cases
FROM mart_cases_by_host_state
GROUP BY ALL
ORDER BY ALL
