// The public record (warehouse/public-record/): every event sourced, every attack it
// names present in the UN's 2025 fatalities release, and the whole record loading with
// that release with nothing rejected. The figures expected on the real data are computed
// here from the raw CSV files with csv-parse, independently of the loader and the marts.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFiles, type FileLoad } from "../etl/load/load-files.ts";
import { REPO_ROOT, type Warehouse } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";
import { REAL_DATA_DIR } from "./helpers/real-data.ts";

type Row = Record<string, string>;
const RECORD_DIR = path.join(REPO_ROOT, "warehouse/public-record");
const RECORD_FILES = readdirSync(RECORD_DIR)
  .filter((f) => f.endsWith(".csv"))
  .map((f) => path.join(RECORD_DIR, f));
const realDataDir = REAL_DATA_DIR;
const REAL_2025 = path.join(realDataDir, "un-fatalities-2025/DPPADPOSS-FATALITIES.csv");
const REAL_ACLED = path.join(realDataDir, "acled-mali-2010-2020/acled-mali-2010-2020.csv");
const haveRealData = existsSync(REAL_2025);
const haveAcled = existsSync(REAL_ACLED);
const readCsv = (file: string) =>
  parse(readFileSync(file), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
const events = RECORD_FILES.flatMap(readCsv);
const CONVICTIONS = new Set(["convicted", "sentenced"]);

describe("the public record as committed", () => {
  it("has at least 25 cases across at least 4 host states, each event with its source", () => {
    const cases = new Set(events.map((e) => e.case_id));
    // The host state is the case id's second part (PR-<ISO3>-<date>-<place>), checked against the attacks below.
    const states = new Set(events.map((e) => e.case_id.split("-")[1]));
    expect(cases.size).toBeGreaterThanOrEqual(25);
    expect(states.size).toBeGreaterThanOrEqual(4);
    for (const e of events) {
      const where = `${e.case_id} ${e.event} ${e.event_date}`;
      expect(e.source_url, where).toMatch(/^https?:\/\/\S+$/);
      expect(e.source_publisher, where).not.toBe("");
      expect(e.source_excerpt.length, where).toBeGreaterThan(0);
      expect(e.source_excerpt.length, where).toBeLessThanOrEqual(300);
      expect(["official_record", "un_statement", "press_only"], where).toContain(e.source_kind);
      expect(["confirmed", "reported", "unconfirmed"], where).toContain(e.certainty);
      expect(e.disclosure, where).toBe("public");
    }
  });

  it("names attacks only by the inferred ids of the UN fatalities data", () => {
    for (const e of events)
      for (const id of e.incident_ids.split(";")) expect(id, e.case_id).toMatch(/^INF-[A-Z_]+-\d{8}-malicious_act$/);
  });
});

if (!haveRealData)
  console.warn(
    `public-record.test.ts: the UN's 2025 release was not found in ${realDataDir}; real-data checks skipped`,
  );

describe.skipIf(!haveRealData)(`the public record with the UN's 2025 release (needs ${realDataDir})`, () => {
  let warehouse: Warehouse;
  let loads: FileLoad[];
  const un = haveRealData ? readCsv(REAL_2025) : [];
  /** INF ids of the raw file: one per (mission, date) with a malicious-act death. */
  const attacks = new Set(
    un
      .filter((r) => r.type_of_incident === "Malicious Act")
      .map(
        (r) =>
          `INF-${r.mission_acronym.trim().replaceAll(" ", "_")}-${r.incident_date.replaceAll("-", "")}-malicious_act`,
      ),
  );

  beforeAll(async () => {
    warehouse = await tempWarehouse();
    // With ACLED's Mali export too (issue 14), when it is there: the record's attacks must hold through the link.
    loads = await loadFiles(warehouse, [REAL_2025, ...(haveAcled ? [REAL_ACLED] : []), ...RECORD_FILES]);
  });
  afterAll(() => warehouse.close());

  it("every attack a case names is a malicious act of the 2025 release", () => {
    const missing = events.flatMap((e) => e.incident_ids.split(";")).filter((id) => !attacks.has(id));
    expect(missing).toEqual([]);
  });

  it("loads with nothing rejected", () => {
    const record = loads.filter((l) => l.kind === "cases");
    expect(record.map((l) => l.rowsRejected)).toEqual(RECORD_FILES.map(() => 0));
    expect(record.reduce((n, l) => n + l.rowsLoaded, 0)).toBe(events.length);
  });

  it("gives the Impunity page real convictions: attacks with one, as the raw files count them", async () => {
    // From the files alone: the attacks named by a case with a conviction, among the release's attacks.
    const convictedCases = new Set(events.filter((e) => CONVICTIONS.has(e.event)).map((e) => e.case_id));
    const convictedAttacks = new Set(
      events.filter((e) => convictedCases.has(e.case_id)).flatMap((e) => e.incident_ids.split(";")),
    );
    const [all] = await rows(
      warehouse,
      "SELECT fatal_incidents, with_conviction FROM mart_impunity WHERE host_state = 'ALL'",
    );
    expect(all.fatal_incidents).toBe(attacks.size);
    expect(all.with_conviction).toBe(convictedAttacks.size);
    const published = await rows(
      warehouse,
      "SELECT count(DISTINCT case_id) AS cases, count(*) AS events FROM mart_public_record",
    );
    expect(published).toEqual([{ cases: new Set(events.map((e) => e.case_id)).size, events: events.length }]);
  });

  describe.skipIf(!haveAcled)("and ACLED's Mali export, linked to its deaths", () => {
    const acled = haveAcled ? readCsv(REAL_ACLED) : [];
    // The ACLED attacks on MINUSMA by day (the mission in actor2 or assoc_actor_2; day-precise): raw files only.
    const minusma = (r: Row) =>
      [r.actor2, ...r.assoc_actor_2.split(";")].some((a) => a.trim().startsWith("MINUSMA: United Nations"));
    const NOT_ATTACKS = [
      "Agreement",
      "Non-violent transfer of territory",
      "Other",
      "Non-state actor overtakes territory",
    ];
    const attacksOn = new Map<string, string[]>();
    for (const r of acled.filter(
      (r) => minusma(r) && r.time_precision === "1" && !NOT_ATTACKS.includes(r.sub_event_type),
    ))
      attacksOn.set(r.event_date, [...(attacksOn.get(r.event_date) ?? []), `ACLED-${r.event_id_cnty}`]);
    // INF-<mission>-<yyyymmdd>-malicious_act
    const dayOf = (id: string) => id.replace(/^INF-.+-(\d{4})(\d{2})(\d{2})-malicious_act$/, "$1-$2-$3");

    it("keeps every attack a case names, each once, with no ACLED row among the attacks", async () => {
      const named = [...new Set(events.flatMap((e) => e.incident_ids.split(";")))];
      const found = await rows(
        warehouse,
        `SELECT incident_id, count(*) AS n FROM fct_incident_accountability
        WHERE incident_id IN (${named.map((id) => `'${id}'`).join(", ")}) GROUP BY ALL`,
      );
      expect(found.map((f) => f.incident_id).sort()).toEqual(named.sort());
      expect(found.every((f) => f.n === 1)).toBe(true);
      const [all] = await rows(
        warehouse,
        `SELECT count(*) AS attacks, count(DISTINCT incident_id) AS ids,
        count(*) FILTER (incident_id LIKE 'ACLED-%') AS acled FROM fct_incident_accountability`,
      );
      // The UN's inferred attacks, as without ACLED.
      expect(all).toEqual({ attacks: attacks.size, ids: attacks.size, acled: 0 });
      const [inferred] = await rows(
        warehouse,
        "SELECT count(*) AS n FROM fct_inferred_incidents WHERE incident_type = 'malicious_act'",
      );
      expect(inferred.n).toBe(attacks.size);
    });

    it(
      "attaches a case naming an inferred MINUSMA attack to the ACLED attack of that day, " +
        "where the raw file has exactly one",
      async () => {
        const named = [...new Set(events.flatMap((e) => e.incident_ids.split(";")))].filter((id) =>
          id.startsWith("INF-MINUSMA-"),
        );
        expect(named.length).toBeGreaterThan(0);
        const linked = Object.fromEntries(
          (
            await rows(
              warehouse,
              `SELECT incident_id, linked_incident_id FROM fct_incident_accountability
        WHERE incident_id LIKE 'INF-MINUSMA-%'`,
            )
          ).map((r) => [r.incident_id, r.linked_incident_id]),
        );
        let same = 0;
        for (const id of named) {
          const day = dayOf(id);
          const candidates = attacksOn.get(day) ?? [];
          if (candidates.length === 1) same++;
          // No attack that day: the day either side may hold one (within a day), or none.
          if (candidates.length === 1) expect(linked[id], id).toBe(candidates[0]);
          else if (candidates.length > 1) expect(linked[id], id).toBeNull();
        }
        console.log(
          `public record: ${named.length} MINUSMA attacks named by cases, ` +
            `${same} with exactly one ACLED attack that day`,
        );
        expect(same).toBeGreaterThan(0); // so the check above is not empty
        // The case rows still attach to the attack by its inferred id:
        // mart_public_record's attacks are found.
        const [record] = await rows(
          warehouse,
          "SELECT count(*) FILTER (first_attack_date IS NULL) AS unattached FROM mart_public_record",
        );
        expect(record.unattached).toBe(0);
      },
    );
  });
});
