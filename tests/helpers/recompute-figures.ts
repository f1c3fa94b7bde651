// The second path to every figure of a report: each figure set of etl/report/figures/
// recomputed in plain TypeScript from the CSV files of the edition's data package, without
// the report's SQL. tests/report.test.ts compares them with figures.json, figure by figure;
// a set with no function here fails that test.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

type Cell = number | null;
type Values = Record<string, Cell>;
/** A set's rows, by key ('' for a one-row set). */
export type SetRows = Map<string, Values>;
type Row = Record<string, string>;

export interface Package {
  table(name: string): Row[];
}

export function readPackage(dir: string): Package {
  const cache = new Map<string, Row[]>();
  return {
    table(name) {
      if (!cache.has(name))
        cache.set(name, parse(readFileSync(path.join(dir, `${name}.csv`), "utf8"), { columns: true }) as Row[]);
      return cache.get(name)!;
    },
  };
}

const num = (v: string | undefined): Cell => (v === undefined || v === "" ? null : Number(v));
const n = (v: string | undefined) => num(v) ?? 0;
const sum = (rows: Row[], column: string) => rows.reduce((s, r) => s + n(r[column]), 0);
/** A sum that stays empty when every value is (SQL's sum of NULLs). */
const sumOrNull = (rows: Row[], column: string) => (rows.some((r) => r[column] !== "") ? sum(rows, column) : null);
const groupBy = (rows: Row[], column: string) => {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(r[column], [...(groups.get(r[column]) ?? []), r]);
  return groups;
};
const one = (values: Values): SetRows => new Map([["", values]]);
const byKey = (groups: Map<string, Row[]>, values: (rows: Row[], key: string) => Values): SetRows =>
  new Map([...groups].map(([key, rows]) => [key, values(rows, key)]));
/** The median of a list: the middle value, or the mean of the two middle ones. */
const median = (xs: number[]): Cell => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ratio = (a: number, b: number): Cell => (b === 0 ? null : a / b);

export function recomputeSets(pkg: Package, year: number, scope: string): Record<string, () => SetRows> {
  const Y = String(year);
  const P = String(year - 1);
  const inScope = (state: string) => scope === "ALL" || state === scope;
  const casualties = () => pkg.table("mart_attack_casualties");
  const nationality = () => pkg.table("mart_fatalities_by_nationality");
  const incidents = () => pkg.table("mart_attack_incidents");
  const events = () => pkg.table("mart_judicial_events_by_year");
  const backlog = () => pkg.table("mart_accountability_by_year");
  const convictions = () => pkg.table("mart_first_convictions");
  const requests = () => pkg.table("mart_requests_by_year");
  const assistance = () => pkg.table("mart_assistance");
  const people = (rows: Row[], y: string, outcome: string) =>
    sum(
      rows.filter((r) => r.incident_year === y && r.outcome === outcome),
      "casualties",
    );
  const tenYears = (rows: Row[], column: string) => {
    const first = Math.min(...rows.map((r) => Number(r[column])));
    const years: number[] = [];
    for (let y = Math.max(year - 9, first); y <= year; y++) years.push(y);
    return years;
  };
  const steps = (rows: Row[], y: string, event: string, column = "cases") =>
    sum(
      rows.filter((r) => r.event_year === y && r.event === event),
      column,
    );
  const judicialStepRow = (rows: Row[]): Values => ({
    investigations_opened: steps(rows, Y, "investigation_opened"),
    arrests: steps(rows, Y, "arrest"),
    trials_opened: steps(rows, Y, "trial_opened"),
    verdicts: steps(rows, Y, "convicted", "events") + steps(rows, Y, "acquitted", "events"),
    convictions: steps(rows, Y, "convicted"),
    convictions_in_absentia: steps(rows, Y, "convicted") - steps(rows, Y, "convicted", "cases_in_custody"),
    convictions_previous: steps(rows, P, "convicted"),
  });
  const atYear = (rows: Row[], y: string) => rows.find((r) => r.year === y);
  const requestRow = (r: Row | undefined): Values =>
    Object.fromEntries(
      [
        "sent",
        "replies",
        "replies_in_full",
        "replies_in_part",
        "replies_without_information",
        "unanswered",
        "overdue",
      ].map((c) => [c, r ? n(r[c]) : 0]),
    );
  const activities = (rows: Row[]) => ({
    activities: sum(rows, "activities"),
    amount_usd: sumOrNull(rows, "amount_usd"),
  });

  /** One host state's (or every host state's, 'ALL') year, as the progress tables put it. */
  const progressRow = (state: string): Values => {
    const fatal = atYear(
      backlog().filter((r) => r.host_state === state),
      Y,
    );
    const before = atYear(
      backlog().filter((r) => r.host_state === state),
      P,
    );
    const stepRows = events().filter((r) => r.host_state === state);
    return {
      killed: people(
        casualties().filter((r) => state === "ALL" || r.host_state === state),
        Y,
        "killed",
      ),
      investigations_opened: steps(stepRows, Y, "investigation_opened"),
      convictions: steps(stepRows, Y, "convicted"),
      without_verdict: fatal ? n(fatal.without_verdict) : 0,
      backlog_change: fatal ? n(fatal.without_verdict) - (before ? n(before.without_verdict) : 0) : 0,
      share_with_conviction: fatal ? ratio(n(fatal.with_conviction), n(fatal.fatal_incidents_to_date)) : null,
      requests_sent: requestRow(
        atYear(
          requests().filter((r) => r.host_state === state),
          Y,
        ),
      ).sent,
      replies: requestRow(
        atYear(
          requests().filter((r) => r.host_state === state),
          Y,
        ),
      ).replies,
      assistance: sum(
        assistance().filter((r) => r.start_year === Y && (state === "ALL" || r.recipient_state === state)),
        "activities",
      ),
    };
  };

  return {
    fatalities: () => {
      const rows = casualties().filter((r) => inScope(r.host_state));
      const [killed, injured, kp, ip] = [
        people(rows, Y, "killed"),
        people(rows, Y, "injured"),
        people(rows, P, "killed"),
        people(rows, P, "injured"),
      ];
      return one({ killed, injured, killed_previous: kp, injured_previous: ip, killed_change: killed - kp });
    },
    "fatalities.by_mission": () =>
      byKey(
        groupBy(
          casualties().filter((r) => inScope(r.host_state) && (r.incident_year === Y || r.incident_year === P)),
          "mission",
        ),
        (rows) => ({
          killed: people(rows, Y, "killed"),
          injured: people(rows, Y, "injured"),
          killed_previous: people(rows, P, "killed"),
        }),
      ),
    "fatalities.by_host_state": () =>
      byKey(
        groupBy(
          casualties().filter((r) => r.incident_year === Y || r.incident_year === P),
          "host_state",
        ),
        (rows) => ({
          killed: people(rows, Y, "killed"),
          injured: people(rows, Y, "injured"),
          killed_previous: people(rows, P, "killed"),
        }),
      ),
    "fatalities.by_category": () =>
      byKey(
        groupBy(
          casualties().filter((r) => inScope(r.host_state) && r.incident_year === Y),
          "personnel_category",
        ),
        (rows) => ({ killed: people(rows, Y, "killed"), injured: people(rows, Y, "injured") }),
      ),
    "fatalities.by_nationality": () =>
      byKey(
        groupBy(
          nationality().filter((r) => r.incident_year === Y),
          "nationality",
        ),
        (rows) => ({ killed: people(rows, Y, "killed"), injured: people(rows, Y, "injured") }),
      ),
    "fatalities.by_year": () => {
      const rows = casualties().filter((r) => inScope(r.host_state));
      return new Map(
        tenYears(casualties(), "incident_year").map((y) => [
          String(y),
          { killed: people(rows, String(y), "killed"), injured: people(rows, String(y), "injured") },
        ]),
      );
    },
    "fatalities.nationals": () => {
      const rows = nationality().filter((r) => r.nationality === scope);
      return one({
        killed: people(rows, Y, "killed"),
        injured: people(rows, Y, "injured"),
        killed_previous: people(rows, P, "killed"),
      });
    },
    "fatalities.nationals.by_mission": () =>
      byKey(
        groupBy(
          nationality().filter((r) => r.nationality === scope && r.incident_year === Y),
          "mission",
        ),
        (rows) => ({ killed: people(rows, Y, "killed"), injured: people(rows, Y, "injured") }),
      ),
    attacks: () => {
      const rows = incidents().filter((r) => inScope(r.host_state));
      const count = (y: string, column: string) =>
        sum(
          rows.filter((r) => r.incident_year === y),
          column,
        );
      const inferred = atYear(
        backlog().filter((r) => r.host_state === scope),
        Y,
      );
      return one({
        incidents: count(Y, "incidents"),
        fatal_incidents: count(Y, "fatal_incidents"),
        incidents_previous: count(P, "incidents"),
        incidents_change: count(Y, "incidents") - count(P, "incidents"),
        fatal_inferred: inferred ? n(inferred.fatal_incidents_inferred) : 0,
      });
    },
    "attacks.by_host_state": () =>
      byKey(
        groupBy(
          incidents().filter((r) => r.incident_year === Y || r.incident_year === P),
          "host_state",
        ),
        (rows) => ({
          incidents: sum(
            rows.filter((r) => r.incident_year === Y),
            "incidents",
          ),
          fatal_incidents: sum(
            rows.filter((r) => r.incident_year === Y),
            "fatal_incidents",
          ),
          incidents_previous: sum(
            rows.filter((r) => r.incident_year === P),
            "incidents",
          ),
        }),
      ),
    "attacks.by_type": () =>
      byKey(
        groupBy(
          incidents().filter((r) => inScope(r.host_state) && r.incident_year === Y),
          "attack_type",
        ),
        (rows) => ({
          incidents: sum(rows, "incidents"),
          fatal_incidents: sum(rows, "fatal_incidents"),
          killed: sum(rows, "killed"),
        }),
      ),
    "attacks.by_month": () =>
      new Map(
        Array.from({ length: 12 }, (_, i) => {
          const rows = incidents().filter(
            (r) => inScope(r.host_state) && r.incident_year === Y && Number(r.incident_month.slice(5, 7)) === i + 1,
          );
          return [String(i + 1), { incidents: sum(rows, "incidents"), fatal_incidents: sum(rows, "fatal_incidents") }];
        }),
      ),
    "attacks.by_year": () => {
      const rows = incidents().filter((r) => inScope(r.host_state));
      return new Map(
        tenYears(incidents(), "incident_year").map((y) => [
          String(y),
          {
            incidents: sum(
              rows.filter((r) => r.incident_year === String(y)),
              "incidents",
            ),
            fatal_incidents: sum(
              rows.filter((r) => r.incident_year === String(y)),
              "fatal_incidents",
            ),
          },
        ]),
      );
    },
    judicial: () => {
      const rows = events().filter((r) => r.host_state === scope);
      const base = judicialStepRow(rows);
      return one({
        ...base,
        persons_convicted: steps(rows, Y, "convicted", "persons_concerned"),
        persons_in_absentia: steps(rows, Y, "convicted", "persons_in_absentia"),
        acquittals: steps(rows, Y, "acquitted"),
        overturned: steps(rows, Y, "conviction_overturned"),
        no_progress: steps(rows, Y, "no_progress_reported", "events"),
        investigations_opened_previous: steps(rows, P, "investigation_opened"),
        convictions_change: base.convictions! - base.convictions_previous!,
      });
    },
    "judicial.by_host_state": () => {
      const groups = groupBy(
        events().filter((r) => r.host_state !== "ALL" && (r.event_year === Y || r.event_year === P)),
        "host_state",
      );
      return byKey(new Map([...groups].filter(([, rows]) => rows.some((r) => r.event_year === Y))), judicialStepRow);
    },
    "judicial.backlog": () => {
      const rows = backlog().filter((r) => r.host_state === scope);
      const now = atYear(rows, Y);
      const before = atYear(rows, P);
      const [fatal, convicted, backlogNow, backlogBefore] = [
        now ? n(now.fatal_incidents_to_date) : 0,
        now ? n(now.with_conviction) : 0,
        now ? n(now.without_verdict) : 0,
        before ? n(before.without_verdict) : 0,
      ];
      return one({
        fatal_to_date: fatal,
        with_conviction: convicted,
        with_effective_conviction: now ? n(now.with_effective_conviction) : 0,
        share_with_conviction: ratio(convicted, fatal),
        without_verdict: backlogNow,
        without_verdict_previous: backlogBefore,
        backlog_change: backlogNow - backlogBefore,
      });
    },
    "judicial.backlog.by_host_state": () =>
      byKey(
        new Map(
          [
            ...groupBy(
              backlog().filter((r) => r.host_state !== "ALL"),
              "host_state",
            ),
          ].filter(([, rows]) => atYear(rows, Y)),
        ),
        (rows) => {
          const now = atYear(rows, Y)!;
          const before = atYear(rows, P);
          return {
            without_verdict_previous: before ? n(before.without_verdict) : 0,
            without_verdict: n(now.without_verdict),
            backlog_change: n(now.without_verdict) - (before ? n(before.without_verdict) : 0),
            fatal_to_date: n(now.fatal_incidents_to_date),
            with_conviction: n(now.with_conviction),
            share_with_conviction: ratio(n(now.with_conviction), n(now.fatal_incidents_to_date)),
          };
        },
      ),
    "judicial.first_convictions": () => {
      const rows = convictions().filter((r) => r.host_state === scope && r.conviction_year === Y);
      return one({
        first_convictions: sum(rows, "incidents"),
        median_days: median(rows.flatMap((r) => Array(n(r.incidents)).fill(n(r.days)))),
      });
    },
    "judicial.first_convictions.by_host_state": () =>
      byKey(
        groupBy(
          convictions().filter((r) => r.host_state !== "ALL" && r.conviction_year === Y),
          "host_state",
        ),
        (rows) => ({
          first_convictions: sum(rows, "incidents"),
          median_days: median(rows.flatMap((r) => Array(n(r.incidents)).fill(n(r.days)))),
        }),
      ),
    "judicial.public_record": () =>
      one({
        events: pkg.table("mart_public_record").filter((r) => r.event_date.startsWith(`${Y}-`) && inScope(r.host_state))
          .length,
      }),
    requests: () => {
      const rows = requests().filter((r) => r.host_state === scope);
      const before = requestRow(atYear(rows, P));
      return one({ ...requestRow(atYear(rows, Y)), sent_previous: before.sent, replies_previous: before.replies });
    },
    "requests.by_host_state": () =>
      byKey(
        groupBy(
          requests().filter((r) => r.host_state !== "ALL" && r.year === Y),
          "host_state",
        ),
        (rows) => requestRow(rows[0]),
      ),
    assistance: () => {
      const rows = assistance().filter((r) => inScope(r.recipient_state));
      const now = rows.filter((r) => r.start_year === Y);
      return one({
        activities: sum(now, "activities"),
        activities_with_amount: sum(now, "activities_with_amount"),
        amount_usd: sumOrNull(now, "amount_usd"),
        recipients: new Set(now.map((r) => r.recipient_state)).size,
        activities_previous: sum(
          rows.filter((r) => r.start_year === P),
          "activities",
        ),
      });
    },
    "assistance.by_recipient": () =>
      byKey(
        groupBy(
          assistance().filter((r) => r.start_year === Y),
          "recipient_state",
        ),
        activities,
      ),
    "assistance.by_type": () =>
      byKey(
        groupBy(
          assistance().filter((r) => inScope(r.recipient_state) && r.start_year === Y),
          "assistance_type",
        ),
        activities,
      ),
    "progress.by_host_state": () => {
      if (scope !== "ALL") return new Map([scope, "ALL"].map((s) => [s, progressRow(s)]));
      const states = new Set([
        ...casualties()
          .filter((r) => r.incident_year === Y && r.host_state !== "not_attributed")
          .map((r) => r.host_state),
        ...events()
          .filter((r) => r.event_year === Y && r.host_state !== "ALL")
          .map((r) => r.host_state),
        ...[backlog(), requests()].flatMap((t) =>
          t.filter((r) => r.year === Y && r.host_state !== "ALL").map((r) => r.host_state),
        ),
        ...assistance()
          .filter((r) => r.start_year === Y)
          .map((r) => r.recipient_state),
      ]);
      return new Map([...states].map((s) => [s, progressRow(s)]));
    },
  };
}

/** What a figure of figures.json says, as far as the comparison needs it. */
interface PrintedFigure {
  id: string;
  set: string;
  key: string | number | null;
  column: string;
  value: number | null;
}

/**
 * Each figure against its recomputed value (equal within 1e-9; empty only where the other is empty): the
 * figures that differ, and the recomputed rows of every set the figures come from (each set computed once).
 */
export function compareFigures(sets: Record<string, () => SetRows>, figures: PrintedFigure[]) {
  const recomputed = new Map<string, SetRows>();
  const problems: string[] = [];
  for (const f of figures) {
    if (!recomputed.has(f.set)) recomputed.set(f.set, sets[f.set]());
    const expected = recomputed.get(f.set)!.get(f.key === null ? "" : String(f.key))?.[f.column];
    const same =
      expected === undefined
        ? false
        : expected === null || f.value === null
          ? expected === f.value
          : Math.abs(expected - f.value) < 1e-9;
    if (!same) problems.push(`${f.id}: report ${f.value}, recomputed ${expected}`);
  }
  return { problems, recomputed };
}
