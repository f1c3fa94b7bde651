// UN assistance to host states' justice systems: drawn after every attack and case,
// so that an activity can name cases of its recipient state that were open by then.
import { isoOf, toDay } from "./calendar.ts";
import type { CsvFile } from "./csv-file.ts";
import type { CaseState } from "./cases.ts";
import { MISSIONS } from "./missions.ts";
import type { Random } from "./random.ts";
import { ASSISTANCE_TYPES } from "../contract/vocabularies.ts";
import { ASSISTANCE_RECIPIENTS, CASE_LINKED_ASSISTANCE, UN_ENTITIES } from "./weights.ts";

/** Activities at scale 1; never fewer than one. */
const ASSISTANCE_AT_SCALE_1 = 200;
const FIRST_ACTIVITY = "2012-01-01";
/** Assistance grew after resolution 2589 (August 2021): nearly half of it starts from here. */
const AFTER_2589 = "2021-09-01";

export async function writeAssistance(out: CsvFile, cases: CaseState, scale: number, asOf: number, random: Random) {
  const count = Math.max(1, Math.round(ASSISTANCE_AT_SCALE_1 * scale));
  const first = Math.min(toDay(FIRST_ACTIVITY), asOf);
  const after2589 = toDay(AFTER_2589);
  for (let n = 1; n <= count; n++) {
    const state = random.weighted(ASSISTANCE_RECIPIENTS);
    const start = random.chance(0.45) && asOf >= after2589 ? random.int(after2589, asOf) : random.int(first, asOf);
    const type = random.pick(ASSISTANCE_TYPES);
    // A mission in the state at the start sometimes gives the assistance itself.
    const missions = MISSIONS.filter(
      (m) => m.hostState === state && toDay(m.start) <= start && (!m.end || toDay(m.end) >= start),
    );
    const entity =
      missions.length && random.chance(0.35)
        ? `${random.pick(missions).acronym} Justice and Corrections Section`
        : random.pick(UN_ENTITIES);
    const end = start + random.int(30, 1100);
    const ongoing = end > asOf || random.chance(0.05);
    // Amounts from 10,000 to 2 million dollars, evenly spread on a log scale, to the thousand.
    const amount = random.chance(0.7) ? Math.round((10_000 * 200 ** random.uniform()) / 1000) * 1000 : undefined;
    // Cases opened by the end of the activity's first year.
    const candidates = (cases.byState.get(state) ?? []).filter((c) => c.day <= start + 365);
    const related = new Set<string>();
    if (CASE_LINKED_ASSISTANCE.includes(type) && candidates.length && random.chance(0.35)) {
      for (let k = random.int(1, 3); k > 0; k--) related.add(random.pick(candidates).id);
    }
    await out.push({
      assistance_id: `AST-${String(n).padStart(5, "0")}`,
      recipient_state: state,
      start_date: isoOf(start),
      end_date: ongoing ? undefined : isoOf(end),
      assistance_type: type,
      un_entity: entity,
      amount_usd: amount,
      related_case_ids: [...related].sort().join(";") || undefined,
    });
  }
}
