-- The figures of section 3 of the reports: attacks on UN personnel, where incident records
-- exist (mart_attack_incidents), and the fatal attacks inferred from fatalities that name no
-- incident (mart_accountability_by_year). $year is the report's year, $scope 'ALL' or the
-- edition's state.

-- figures: attacks
-- One row: attacks in the year and the year before, those that killed someone, and the fatal
-- attacks inferred from the fatalities (same mission, day and cause: a lower bound).
-- value incidents: report.measure.attacks | attacks | year
-- value fatal_incidents: report.measure.fatalAttacks | attacks | year
-- value incidents_previous: report.measure.attacks | attacks | previous-year
-- value incidents_change: report.measure.attacksChange | attacks | year
-- value fatal_inferred: report.measure.fatalAttacksInferred | attacks | year
WITH counts AS (
  SELECT
    coalesce(sum(incidents) FILTER (incident_year = $year), 0) AS incidents,
    coalesce(sum(fatal_incidents) FILTER (incident_year = $year), 0) AS fatal_incidents,
    coalesce(sum(incidents) FILTER (incident_year = $year - 1), 0) AS incidents_previous
  FROM mart_attack_incidents
  WHERE $scope IN ('ALL', host_state)
)
SELECT
  incidents, fatal_incidents, incidents_previous,
  incidents - incidents_previous AS incidents_change,
  coalesce(
    (SELECT fatal_incidents_inferred FROM mart_accountability_by_year WHERE host_state = $scope AND year = $year), 0
  ) AS fatal_inferred
FROM counts;

-- figures: attacks.by_host_state
-- One row per host state with attacks in the year or the year before.
-- edition: public
-- key: host_state host_state
-- value incidents: report.measure.attacks | attacks | year
-- value fatal_incidents: report.measure.fatalAttacks | attacks | year
-- value incidents_previous: report.measure.attacks | attacks | previous-year
SELECT
  host_state AS key,
  coalesce(sum(incidents) FILTER (incident_year = $year), 0) AS incidents,
  coalesce(sum(fatal_incidents) FILTER (incident_year = $year), 0) AS fatal_incidents,
  coalesce(sum(incidents) FILTER (incident_year = $year - 1), 0) AS incidents_previous
FROM mart_attack_incidents
WHERE incident_year IN ($year, $year - 1)
GROUP BY host_state
ORDER BY incidents DESC, key;

-- figures: attacks.by_type
-- One row per kind of attack recorded in the year.
-- key: attack_type attack_type
-- value incidents: report.measure.attacks | attacks | year
-- value fatal_incidents: report.measure.fatalAttacks | attacks | year
-- value killed: report.measure.killedInRecords | people | year
SELECT
  attack_type AS key,
  sum(incidents) AS incidents,
  sum(fatal_incidents) AS fatal_incidents,
  sum(killed) AS killed
FROM mart_attack_incidents
WHERE $scope IN ('ALL', host_state) AND incident_year = $year
GROUP BY attack_type
ORDER BY incidents DESC, key;

-- figures: attacks.by_month
-- One row per month of the year.
-- key: month month
-- value incidents: report.measure.attacks | attacks | key-month
-- value fatal_incidents: report.measure.fatalAttacks | attacks | key-month
SELECT
  m.month AS key,
  coalesce(sum(a.incidents), 0) AS incidents,
  coalesce(sum(a.fatal_incidents), 0) AS fatal_incidents
FROM range(1, 13) AS m(month)
LEFT JOIN mart_attack_incidents a
  ON a.incident_year = $year AND month(a.incident_month) = m.month AND $scope IN ('ALL', a.host_state)
GROUP BY m.month
ORDER BY key;

-- figures: attacks.by_year
-- One row per year, the ten years to the report's year (from the first year with incident records).
-- key: year year
-- value incidents: report.measure.attacks | attacks | key-year
-- value fatal_incidents: report.measure.fatalAttacks | attacks | key-year
SELECT
  y.year AS key,
  coalesce(sum(a.incidents), 0) AS incidents,
  coalesce(sum(a.fatal_incidents), 0) AS fatal_incidents
FROM range($year - 9, $year + 1) AS y(year)
LEFT JOIN mart_attack_incidents a ON a.incident_year = y.year AND $scope IN ('ALL', a.host_state)
WHERE y.year >= (SELECT min(incident_year) FROM mart_attack_incidents)
GROUP BY y.year
ORDER BY key;
