/**
 * The real ACLED Mali export (2010-2020) loaded with the UN's 2025 fatalities release, when
 * ../shared/data is there. Every expected figure is computed here from the raw CSV files with
 * csv-parse, by the rules of docs/sources/acled.md written out again, never read back from the
 * warehouse: which rows are kept, left out, and how each MINUSMA death is linked.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, type FileLoad } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";
import { REAL_DATA_DIR } from "./helpers/real-data.ts";

type Row = Record<string, string>;
const realDataDir = REAL_DATA_DIR;
const ACLED = path.join(realDataDir, "acled-mali-2010-2020/acled-mali-2010-2020.csv");
const UN_2025 = path.join(realDataDir, "un-fatalities-2025/DPPADPOSS-FATALITIES.csv");
const haveRealData = existsSync(ACLED) && existsSync(UN_2025);
const readCsv = (file: string) =>
  parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];

/** ACLED sub-event types that are no attack on the mission they name (docs/sources/acled.md): left out. */
const NOT_ATTACKS = new Set([
  "Government regains territory",
  "Non-state actor overtakes territory",
  "Peaceful protest",
  "Protest with intervention",
  "Excessive force against protesters",
  "Agreement",
  "Arrests",
  "Change to group/activity",
  "Disrupted weapons use",
  "Headquarters or base established",
  "Non-violent transfer of territory",
  "Other",
]);
const acronyms = new Set(
  readCsv(path.join(REPO_ROOT, "warehouse/reference/missions.csv")).map((m) => m.mission_acronym),
);
/** "<acronym>: United Nations … (years)" with the acronym in missions.csv. */
const missionNamed = (actor: string) => {
  const colon = actor.indexOf(":");
  const acronym = actor.slice(0, colon).trim();
  return colon > 0 && acronyms.has(acronym) && actor.slice(colon).includes("United Nations") ? acronym : undefined;
};
const target = (r: Row) => [r.actor2, ...r.assoc_actor_2.split(";")].map(missionNamed).find(Boolean);
const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

if (!haveRealData)
  console.warn(
    `acled-real.test.ts: the ACLED Mali export or the UN's 2025 release was not found in ${realDataDir}; ` +
      `real-data checks skipped`,
  );

describe.skipIf(!haveRealData)(`ACLED Mali 2010-2020 with the UN's 2025 release (needs ${realDataDir})`, () => {
  const acled = haveRealData ? readCsv(ACLED) : [];
  const un = haveRealData ? readCsv(UN_2025) : [];
  const aboutMission = acled.filter((r) => target(r));
  const kept = aboutMission.filter((r) => !NOT_ATTACKS.has(r.sub_event_type));
  const dates = acled.map((r) => r.event_date).sort();
  const [from, to] = [dates[0], dates.at(-1)!];

  // The link rule, written out again: per MINUSMA death in a malicious act, the day-precise attacks on it that day,
  // else either side.
  const attacksOn = new Map<string, string[]>();
  for (const r of kept.filter((r) => r.time_precision === "1"))
    attacksOn.set(`${target(r)} ${r.event_date}`, [
      ...(attacksOn.get(`${target(r)} ${r.event_date}`) ?? []),
      r.event_id_cnty,
    ]);
  const on = (mission: string, date: string) => attacksOn.get(`${mission} ${date}`) ?? [];
  const deaths = un
    .filter((r) => r.mission_acronym === "MINUSMA" && r.type_of_incident === "Malicious Act")
    .map((r) => {
      const same = on("MINUSMA", r.incident_date);
      const near = [...on("MINUSMA", shift(r.incident_date, -1)), ...on("MINUSMA", shift(r.incident_date, 1))];
      const status =
        same.length === 1
          ? "linked_same_day"
          : same.length > 1
            ? "ambiguous"
            : near.length === 1
              ? "linked_within_a_day"
              : near.length > 1
                ? "ambiguous"
                : "no_candidate";
      const attack = status === "linked_same_day" ? same[0] : status === "linked_within_a_day" ? near[0] : undefined;
      return { date: r.incident_date, status, attack, inPeriod: from <= r.incident_date && r.incident_date <= to };
    });
  const inPeriod = deaths.filter((d) => d.inPeriod);
  const count = (status: string) => inPeriod.filter((d) => d.status === status).length;
  const linkedAttacks = new Set(deaths.flatMap((d) => (d.attack ? [d.attack] : [])));

  let w: Warehouse;
  let loads: FileLoad[];
  let seconds = 0;
  beforeAll(async () => {
    w = await tempWarehouse();
    const started = Date.now();
    loads = await loadFiles(w, [ACLED, UN_2025]);
    seconds = (Date.now() - started) / 1000;
  }, 120_000);
  afterAll(() => w?.close());

  it(
    "reads every row and keeps the attacks on MINUSMA, whatever the years in brackets: " +
      "rows in = kept + rejected + left out",
    async () => {
      const acledLoad = loads.find((l) => l.kind === "incidents")!;
      console.log(
        `ACLED Mali: ${acled.length} rows read, ${kept.length} kept, ` +
          `${acled.length - aboutMission.length} left out as not about peacekeepers, ` +
          `${aboutMission.length - kept.length} as no attack, ${acledLoad.rowsRejected} rejected; ` +
          `${acledLoad.seconds.toFixed(2)} s for ACLED, ${seconds.toFixed(2)} s with the UN release`,
      );
      expect([acledLoad.rowsIn, acledLoad.rowsLoaded, acledLoad.rowsRejected, acledLoad.rowsLeftOut]).toEqual([
        acled.length,
        kept.length,
        0,
        acled.length - kept.length,
      ]);
      const reasons = await rows(
        w,
        `SELECT sum(rows) FILTER (reason LIKE 'not about%') AS off_scope,
           sum(rows) FILTER (reason LIKE 'not an attack%') AS no_attack
         FROM etl_left_out`,
      );
      expect(reasons).toEqual([
        { off_scope: acled.length - aboutMission.length, no_attack: aboutMission.length - kept.length },
      ]);
      for (const years of ["(2013-)", "(2013-2020)", "(2020-)"])
        expect(
          kept.some((r) => (r.actor2 + r.assoc_actor_2).includes(`Mali ${years}`)),
          years,
        ).toBe(true);
      expect(await rows(w, "SELECT mission, count(*) AS n FROM fct_incidents GROUP BY ALL")).toEqual([
        { mission: "MINUSMA", n: kept.length },
      ]);
      // The date accessed: ACLED's latest timestamp.
      const latest = Math.max(...acled.map((r) => Number(r.timestamp)));
      expect(
        await rows(w, "SELECT accessed_on, records_from, records_to FROM etl_loads WHERE source = 'acled'"),
      ).toEqual([
        { accessed_on: new Date(latest * 1000).toISOString().slice(0, 10), records_from: from, records_to: to },
      ]);
    },
  );

  it("links the MINUSMA deaths as the raw files say: same day, within a day, ambiguous, no candidate", async () => {
    const expected = {
      un_deaths: inPeriod.length,
      un_deaths_linked_same_day: count("linked_same_day"),
      un_deaths_linked_within_a_day: count("linked_within_a_day"),
      un_deaths_ambiguous: count("ambiguous"),
      un_deaths_no_candidate: count("no_candidate"),
      un_deaths_outside_period: deaths.length - inPeriod.length,
      acled_attacks: kept.length,
      acled_attacks_with_fatalities: kept.filter((r) => Number(r.fatalities) > 0).length,
      acled_attacks_linked: linkedAttacks.size,
      acled_fatal_attacks_without_un_death: kept.filter(
        (r) => Number(r.fatalities) > 0 && !linkedAttacks.has(r.event_id_cnty),
      ).length,
    };
    console.log("MINUSMA malicious-act deaths (UN 2025) and ACLED attacks:", JSON.stringify(expected));
    const [agreement] = await rows(
      w,
      `SELECT ${Object.keys(expected).join(", ")} FROM mart_acled_agreement WHERE mission = 'MINUSMA'`,
    );
    expect(agreement).toEqual(expected);
    // Death by death, not only the totals.
    const byDeath = await rows(
      w,
      `SELECT incident_date, link_status, replace(incident_id, 'ACLED-', '') AS attack FROM fct_casualties
      WHERE mission = 'MINUSMA' AND incident_type = 'malicious_act' ORDER BY ALL`,
    );
    const raw = deaths.map((d) => ({ incident_date: d.date, link_status: d.status, attack: d.attack ?? null }));
    const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
    expect([...byDeath].sort(order)).toEqual([...raw].sort(order));
  });
});
