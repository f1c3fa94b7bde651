-- The figures of section 2 of the reports: people killed and injured in malicious acts against
-- UN personnel. Each figure set below reads the data package (docs/reports.md) and states its
-- grain; $year is the report's year, $scope 'ALL' (public edition) or the edition's state.

-- figures: fatalities
-- One row: people killed and injured in malicious acts in the year and the year before, in
-- every host state (public edition) or in the edition's state.
-- value killed: report.measure.killed | people | year
-- value injured: report.measure.injured | people | year
-- value killed_previous: report.measure.killed | people | previous-year
-- value injured_previous: report.measure.injured | people | previous-year
-- value killed_change: report.measure.killedChange | people | year
SELECT *, killed - killed_previous AS killed_change
FROM (
  SELECT
    coalesce(sum(killed) FILTER (incident_year = $year), 0) AS killed,
    coalesce(sum(injured) FILTER (incident_year = $year), 0) AS injured,
    coalesce(sum(killed) FILTER (incident_year = $year - 1), 0) AS killed_previous,
    coalesce(sum(injured) FILTER (incident_year = $year - 1), 0) AS injured_previous
  FROM mart_attack_casualties_by_year
  WHERE $scope IN ('ALL', host_state)
);

-- figures: fatalities.by_mission
-- One row per mission with people killed or injured in the year or the year before.
-- key: mission mission
-- value killed: report.measure.killed | people | year
-- value injured: report.measure.injured | people | year
-- value killed_previous: report.measure.killed | people | previous-year
SELECT
  mission AS key,
  coalesce(sum(killed) FILTER (incident_year = $year), 0) AS killed,
  coalesce(sum(injured) FILTER (incident_year = $year), 0) AS injured,
  coalesce(sum(killed) FILTER (incident_year = $year - 1), 0) AS killed_previous
FROM mart_attack_casualties_by_year
WHERE $scope IN ('ALL', host_state) AND incident_year IN ($year, $year - 1)
GROUP BY mission
ORDER BY killed DESC, injured DESC, key;

-- figures: fatalities.by_host_state
-- One row per host state with people killed or injured in the year or the year before.
-- edition: public
-- key: host_state host_state
-- value killed: report.measure.killed | people | year
-- value injured: report.measure.injured | people | year
-- value killed_previous: report.measure.killed | people | previous-year
SELECT
  host_state AS key,
  coalesce(sum(killed) FILTER (incident_year = $year), 0) AS killed,
  coalesce(sum(injured) FILTER (incident_year = $year), 0) AS injured,
  coalesce(sum(killed) FILTER (incident_year = $year - 1), 0) AS killed_previous
FROM mart_attack_casualties_by_year
WHERE incident_year IN ($year, $year - 1)
GROUP BY host_state
ORDER BY killed DESC, injured DESC, key;

-- figures: fatalities.by_category
-- One row per personnel category with people killed or injured in the year.
-- key: personnel_category personnel_category
-- value killed: report.measure.killed | people | year
-- value injured: report.measure.injured | people | year
SELECT
  personnel_category AS key,
  coalesce(sum(killed), 0) AS killed,
  coalesce(sum(injured), 0) AS injured
FROM mart_attack_casualties_by_year
WHERE $scope IN ('ALL', host_state) AND incident_year = $year
GROUP BY personnel_category
ORDER BY killed DESC, injured DESC, key;

-- figures: fatalities.by_nationality
-- One row per nationality with people killed or injured in the year, all missions together
-- (the sum is exact: the small-cell rule merges missions, never nationalities).
-- edition: public
-- key: nationality state
-- value killed: report.measure.killed | people | year
-- value injured: report.measure.injured | people | year
SELECT
  nationality AS key,
  coalesce(sum(casualties) FILTER (outcome = 'killed'), 0) AS killed,
  coalesce(sum(casualties) FILTER (outcome = 'injured'), 0) AS injured
FROM mart_fatalities_by_nationality
WHERE incident_year = $year
GROUP BY nationality
ORDER BY killed DESC, injured DESC, key;

-- figures: fatalities.by_year
-- One row per year, the ten years to the report's year (from the first year with data).
-- key: year year
-- value killed: report.measure.killed | people | key-year
-- value injured: report.measure.injured | people | key-year
SELECT
  y.year AS key,
  coalesce(sum(c.killed), 0) AS killed,
  coalesce(sum(c.injured), 0) AS injured
FROM range($year - 9, $year + 1) AS y(year)
LEFT JOIN mart_attack_casualties_by_year c ON c.incident_year = y.year AND $scope IN ('ALL', c.host_state)
WHERE y.year >= (SELECT min(incident_year) FROM mart_attack_casualties_by_year)
GROUP BY y.year
ORDER BY key;

-- figures: fatalities.nationals
-- One row: the edition state's nationals killed and injured in malicious acts in the year and
-- the year before, wherever they served.
-- edition: state
-- value killed: report.measure.nationalsKilled | people | year
-- value injured: report.measure.nationalsInjured | people | year
-- value killed_previous: report.measure.nationalsKilled | people | previous-year
SELECT
  coalesce(sum(casualties) FILTER (incident_year = $year AND outcome = 'killed'), 0) AS killed,
  coalesce(sum(casualties) FILTER (incident_year = $year AND outcome = 'injured'), 0) AS injured,
  coalesce(sum(casualties) FILTER (incident_year = $year - 1 AND outcome = 'killed'), 0) AS killed_previous
FROM mart_fatalities_by_nationality
WHERE nationality = $scope;

-- figures: fatalities.nationals.by_mission
-- One row per mission in which nationals of the edition's state were killed or injured in the year.
-- edition: state
-- key: mission mission
-- value killed: report.measure.nationalsKilled | people | year
-- value injured: report.measure.nationalsInjured | people | year
SELECT
  mission AS key,
  coalesce(sum(casualties) FILTER (outcome = 'killed'), 0) AS killed,
  coalesce(sum(casualties) FILTER (outcome = 'injured'), 0) AS injured
FROM mart_fatalities_by_nationality
WHERE nationality = $scope AND incident_year = $year
GROUP BY mission
ORDER BY killed DESC, injured DESC, key;
