// Writes a realistic, entirely synthetic sample of the export kinds (incidents,
// casualties, cases, assistance, requests) as CSV files that follow the export
// contract. The same options always give byte-identical files: every random draw
// comes from two seeded d3 LCGs, each consumed in a fixed order, and no clock is read.
// Reached through `npm run etl -- sample` (etl/commands/sample.ts), the bench and the tests.
//
// This file only orders the work; each kind is drawn by its own module:
// mission-years.ts (how much happens where), incidents.ts (attacks and casualties),
// cases.ts, requests.ts and assistance.ts; the tables they draw from are in
// missions.ts and weights.ts.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { KindName } from "../contract/kinds.ts";
import { writeAssistance } from "./assistance.ts";
import { toDay } from "./calendar.ts";
import { emptyCaseState, writeCase } from "./cases.ts";
import { CsvFile, type Row } from "./csv-file.ts";
import { casualtiesOf, drawAttackDates, makeIncident, nonAttackCasualties, type Incident } from "./incidents.ts";
import { DEFAULT_AS_OF, missionYears } from "./mission-years.ts";
import { FIRST_YEAR } from "./missions.ts";
import { makeRandom } from "./random.ts";
import { requestFor } from "./requests.ts";

export interface SampleOptions {
  outDir: string;
  /** PRNG seed; default 2589. */
  seed?: number;
  /**
   * Multiplies the number of incidents, casualties, cases and assistance
   * activities over the same 2011..asOf period; default 1. Measured with the
   * default seed: scale 1 gives ~3,000 incidents, ~6,000 casualties, ~1,500 case
   * events and 200 activities (1.2 MB, under a second); scale 167 gives ~1,000,000
   * casualties (~500,000 incidents, 206 MB, ~26 s). Attacks are built one at a
   * time in date order and rows written in batches of 5,000, so memory stays flat
   * (~200 MB resident at any scale, most of it Node and tsx).
   */
  scale?: number;
  /** Last day of the sample (YYYY-MM-DD); default 2025-12-31. No date is later. */
  asOf?: string;
}

export type SampleCounts = Record<KindName, number>;

export async function generateSample(options: SampleOptions): Promise<SampleCounts> {
  const seed = options.seed ?? 2589;
  const scale = options.scale ?? 1;
  const asOfIso = options.asOf ?? DEFAULT_AS_OF;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOfIso) || asOfIso < `${FIRST_YEAR}-01-01`)
    throw new Error(`asOf must be a date from ${FIRST_YEAR}: '${asOfIso}'`);
  if (!(scale > 0)) throw new Error(`scale must be positive: ${scale}`);
  const asOf = toDay(asOfIso);
  // `random` draws everything the first contract had; `detail` the fields and kinds
  // added since (see cases.ts), so that adding them left the older draws untouched.
  const random = makeRandom(seed);

  await mkdir(options.outDir, { recursive: true });
  const file = (kind: KindName) => new CsvFile(path.join(options.outDir, `${kind}.csv`), kind);
  const incidents = file("incidents");
  const casualties = file("casualties");
  const cases = file("cases");
  const assistance = file("assistance");
  const requests = file("requests");
  const detail = makeRandom(seed + 1);
  const caseState = emptyCaseState();
  let casualtyNumber = 0;
  const casualty = (row: Row) =>
    casualties.push({ casualty_id: `CAS-${String(++casualtyNumber).padStart(7, "0")}`, ...row });

  const slots = missionYears(asOf);
  const years = [...new Set(slots.map((s) => s.year))];
  for (const year of years) {
    const yearSlots = slots.filter((s) => s.year === year);
    // All of the year's attack dates are drawn before any attack is built.
    const dates = drawAttackDates(yearSlots, scale, random);
    // Attacks waiting for a case, per host state; a case never groups attacks across years.
    const recent = new Map<string, Incident[]>();
    for (const [i, date] of dates.entries()) {
      const id = `INC-${year}-${String(i + 1).padStart(6, "0")}`;
      const incident = makeIncident(id, yearSlots[date.slot], date, asOf, random);
      await incidents.push(incident.row);
      for (const row of casualtiesOf(incident)) await casualty(row);
      const caseId = await writeCase(incident, recent, cases, caseState, asOf, random, detail);
      const attack = {
        incidentId: id,
        day: incident.day,
        hostState: incident.mission.hostState,
        killed: incident.killed,
        caseId,
      };
      const request = requestFor(attack, requests.rows + 1, asOf, detail);
      if (request) await requests.push(request);
    }
    for (const slot of yearSlots) for (const row of nonAttackCasualties(slot, scale, random)) await casualty(row);
  }
  await writeAssistance(assistance, caseState, scale, asOf, random);

  for (const out of [incidents, casualties, cases, assistance, requests]) await out.close();
  return {
    incidents: incidents.rows,
    casualties: casualties.rows,
    cases: cases.rows,
    assistance: assistance.rows,
    requests: requests.rows,
  };
}
