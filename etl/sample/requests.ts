// The sample's requests to host states (notes verbales asking what a state has done
// about a fatal attack) and the replies, drawn from their own random stream so the
// other kinds stay as they were.
import { isoOf, toDay } from "./calendar.ts";
import type { Row } from "./csv-file.ts";
import { REQUESTS } from "./missions.ts";
import type { Random } from "./random.ts";

export interface AskedAbout {
  incidentId: string;
  day: number;
  hostState: string;
  killed: number;
  caseId?: string;
}

const FROM_DAY = toDay(REQUESTS.from);

/** The request about one attack, or nothing: attacks before the practice began, or not asked about, or after asOf. */
export function requestFor(attack: AskedAbout, requestNumber: number, asOf: number, random: Random): Row | undefined {
  if (attack.killed === 0 || attack.day < FROM_DAY || !random.chance(REQUESTS.askedShare)) return undefined;
  const sent = attack.day + random.int(REQUESTS.sentAfter[0], REQUESTS.sentAfter[1]);
  if (sent > asOf) return undefined;
  const replies = random.chance(REQUESTS.replyShare[attack.hostState] ?? REQUESTS.defaultReplyShare);
  const replied = sent + random.gap(REQUESTS.replyAfter[0], REQUESTS.replyAfter[1]);
  const coverage = random.weighted(REQUESTS.coverage);
  const hasReply = replies && replied <= asOf;
  return {
    request_id: `REQ-${String(requestNumber).padStart(6, "0")}`,
    host_state: attack.hostState,
    incident_ids: attack.incidentId,
    case_ids: attack.caseId,
    sent_date: isoOf(sent),
    due_date: isoOf(sent + REQUESTS.dueAfter),
    reply_date: hasReply ? isoOf(replied) : undefined,
    reply_coverage: hasReply ? coverage : undefined,
  };
}
