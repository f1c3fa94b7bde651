// Judicial cases about attacks: whether an attack gets one, which court hears it and
// how far it gets by asOf, as the dated events of the cases export. A case is written
// as soon as its attack is built, so cases follow the attacks' order.
import { isoOf, toDay } from "./calendar.ts";
import type { CsvFile, Row } from "./csv-file.ts";
import type { Incident } from "./incidents.ts";
import {
  CURRENCY_UNITS,
  DEATH_SENTENCE_STATES,
  DEATH_UNDER_MORATORIUM,
  IN_ABSENTIA_SHARE,
  INTERNATIONAL_COURT_STATES,
  JUSTICE_PROGRESS,
  MILITARY_COURT_SHARE,
  PERPETRATOR_KIND_WEIGHTS,
} from "./missions.ts";
import type { Random } from "./random.ts";
import { APPEAL_NOTES, DISMISSAL_NOTES, SENTENCE_YEARS, STAGES, type CaseEventName } from "./weights.ts";

/** The cases written so far, as far as later draws need them. */
export interface CaseState {
  nextCaseNumber: number;
  /** A bounded sample of emitted case ids per state, for assistance to refer to. */
  byState: Map<string, { id: string; day: number }[]>;
  seenByState: Map<string, number>;
}

export const emptyCaseState = (): CaseState => ({ nextCaseNumber: 1, byState: new Map(), seenByState: new Map() });

/** A sentence as the free text of earlier exports and as the coded fields of the contract. */
function sentenceOf(state: string, random: Random): Row {
  const r = random.uniform();
  if (r < 0.08 && DEATH_SENTENCE_STATES.has(state))
    return {
      sentence: "death sentence",
      sentence_type: DEATH_UNDER_MORATORIUM.has(state) ? "death_under_moratorium" : "death",
    };
  if (r < 0.18) return { sentence: "life imprisonment", sentence_type: "life_imprisonment" };
  const years = random.pick(SENTENCE_YEARS);
  return { sentence: `${years} years imprisonment`, sentence_type: "prison", sentence_years: years };
}

/**
 * The dated events of one case, stopping at asOf: anything later has not happened yet.
 * `detail` draws what the contract gained later (perpetrator_kind, in absentia,
 * overturned convictions, reparations) from a stream of its own, so that the draws of
 * every earlier field, and so the rest of the sample, stay as they were.
 */
function caseEvents(incidents: Incident[], asOf: number, random: Random, detail: Random): Row[] | null {
  const lead = incidents[incidents.length - 1];
  const hostState = lead.mission.hostState;
  const fatal = incidents.some((i) => i.killed > 0);
  // Cases about deaths get further than cases about injuries alone.
  const factor = (JUSTICE_PROGRESS[hostState] ?? 1) * (fatal ? 1 : 0.6);
  const anyMilitaryKilled = incidents.some((i) =>
    i.persons.some((p) => p.outcome === "killed" && p.category === "military"),
  );

  // Mostly the host state's civilian courts; rarely the military courts of the
  // contingent that lost soldiers, or the host's military or an international court.
  let jurisdiction = hostState;
  let court = "civilian";
  const r = random.uniform();
  if (anyMilitaryKilled && r < 0.03) [jurisdiction, court] = [lead.contingent, "military"];
  else if (r < 0.03 + (MILITARY_COURT_SHARE[hostState] ?? 0.05)) court = "military";
  else if (INTERNATIONAL_COURT_STATES.has(hostState) && r > 0.97) court = "international";

  const events: Row[] = [];
  let day = lead.day + random.gap(2, 150);
  const perpetrator_kind = detail.weighted(PERPETRATOR_KIND_WEIGHTS);
  /** Records an event on `day`, unless that is after asOf; false tells the caller to stop. */
  const emit = (event: CaseEventName, persons?: number, extra: Row = {}) => {
    if (day > asOf) return false;
    events.push({
      jurisdiction_state: jurisdiction,
      court_type: court,
      event,
      event_date: isoOf(day),
      persons_concerned: persons,
      perpetrator_kind,
      ...extra,
    });
    return true;
  };
  /** A case that stops getting further is sometimes formally dismissed; most just stall. */
  const dismiss = (chance: number) => {
    if (!random.chance(chance)) return;
    day += random.gap(60, 900);
    emit("dismissed", undefined, { note: random.pick(DISMISSAL_NOTES) });
  };

  if (!emit("investigation_opened")) return null;
  let persons = 1 + Math.min(5, random.geometric(0.45) - 1);
  for (const [i, stage] of STAGES.entries()) {
    if (!random.chance(Math.min(0.95, stage.p * factor))) {
      dismiss(i === 0 ? 0.06 : 0.15);
      return events;
    }
    day += random.gap(stage.gap[0], stage.gap[1]);
    // Suspects drop out between identification and charges; all the charged stand trial.
    if (i > 0 && stage.event !== "trial_opened") persons = Math.max(1, persons - (random.chance(0.3) ? 1 : 0));
    if (!emit(stage.event, persons)) return events;
  }
  // The verdict.
  if (!random.chance(Math.min(0.95, 0.68 * factor))) {
    dismiss(0.1);
    return events;
  }
  day += random.gap(30, 700);
  if (random.chance(0.2)) {
    if (!emit("acquitted", persons)) return events;
  } else {
    const convicted = Math.max(1, persons - (random.chance(0.25) ? 1 : 0));
    const absent = detail.chance(IN_ABSENTIA_SHARE[hostState] ?? 0.1) ? detail.int(1, convicted) : 0;
    if (!emit("convicted", convicted, { persons_in_absentia: absent })) return events;
    day += random.gap(0, 21);
    if (!emit("sentenced", convicted, { persons_in_absentia: absent, ...sentenceOf(hostState, random) })) return events;
    const awarded = detail.chance(0.2) ? 1_000 * detail.int(1, 50) * (CURRENCY_UNITS[hostState]?.perThousand ?? 1) : 0;
    if (awarded)
      emit("reparations_awarded", undefined, {
        reparations_amount: awarded,
        reparations_currency: CURRENCY_UNITS[hostState]?.code ?? "USD",
      });
  }
  if (random.chance(0.3)) {
    day += random.gap(5, 60);
    emit("appeal", undefined, { note: random.pick(APPEAL_NOTES) });
    const lastVerdict = [...events].reverse().find((e) => e.event === "convicted");
    if (lastVerdict && detail.chance(0.15)) {
      day += detail.int(90, 700);
      emit("conviction_overturned", lastVerdict.persons_concerned as number);
    }
  }
  return events;
}

/**
 * Decides whether an attack gets a case, written at once; returns its id, if any.
 * About one case in ten also concerns one or two earlier attacks in the same host
 * state (within 120 days) that had no case of their own; `recent` keeps the last few
 * such attacks per state.
 */
export async function writeCase(
  incident: Incident,
  recent: Map<string, Incident[]>,
  out: CsvFile,
  state: CaseState,
  asOf: number,
  random: Random,
  detail: Random,
): Promise<string | undefined> {
  const hostState = incident.mission.hostState;
  const waiting = (recent.get(hostState) ?? []).filter((i) => i.day >= incident.day - 120);
  recent.set(hostState, waiting);
  const opened =
    incident.killed > 0 ? 0.59 * Math.sqrt(JUSTICE_PROGRESS[hostState] ?? 1) : incident.injured > 0 ? 0.18 : 0.05;
  if (!random.chance(opened)) {
    waiting.push(incident);
    if (waiting.length > 4) waiting.shift();
    return undefined;
  }
  const group = random.chance(0.1) && waiting.length ? [...waiting.splice(-random.int(1, 2)), incident] : [incident];
  const events = caseEvents(group, asOf, random, detail);
  // The investigation would open after asOf: no case yet, and no case number spent.
  if (!events) return undefined;
  const caseId = `CASE-${String(state.nextCaseNumber++).padStart(6, "0")}`;
  const incidentIds = group.map((g) => g.row.incident_id).join(";");
  for (const event of events) await out.push({ case_id: caseId, incident_ids: incidentIds, ...event });
  rememberCase(state, hostState, { id: caseId, day: toDay(String(events[0].event_date)) }, random);
  return caseId;
}

/** Keeps at most 500 cases per state for assistance to cite, a uniform reservoir sample of all written. */
function rememberCase(state: CaseState, hostState: string, entry: { id: string; day: number }, random: Random) {
  const kept = state.byState.get(hostState) ?? [];
  state.byState.set(hostState, kept);
  const seen = (state.seenByState.get(hostState) ?? 0) + 1;
  state.seenByState.set(hostState, seen);
  if (kept.length < 500) kept.push(entry);
  else if (random.chance(500 / seen)) kept[random.int(0, 499)] = entry;
}
