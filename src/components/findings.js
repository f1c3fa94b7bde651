// The one-line finding above each chart, computed from the chart's own rows and written
// through the catalogue, so that it is true of the data shown and reads in every language.
// One named function per chart; tests/findings.test.ts checks each on small hand-made rows.
// A function returns "" when its rows support no finding (nothing loaded yet).
import { t } from "../i18n/index.js";
import { formatInteger, formatPercent, label, stateLabel, total } from "./format.js";

const largest = (rows, field) => rows.reduce((a, b) => (b[field] > (a?.[field] ?? -Infinity) ? b : a), undefined);

/** Overview: the year with the most peacekeepers killed in attacks (the first such year on a tie). */
export function deadliestYear(byYear) {
  const peak = largest(byYear, "killed");
  return peak && peak.killed > 0
    ? t("overview.trend.finding", { peakYear: peak.year, peakKilled: formatInteger(peak.killed) })
    : "";
}

/** Attack trends: the host state with the most peacekeepers killed, and its share of all killed. */
export function topHostState(rows) {
  const byState = sumsBy(rows, "host_state");
  const top = largest(byState, "killed");
  const killed = total(rows, "killed");
  return top && killed > 0
    ? t("trends.byHostState.finding", { top: stateLabel(top.host_state), share: formatPercent(top.killed / killed) })
    : "";
}

/** Attack trends: attacks recorded, and how many killed someone. */
export function attacksAndFatal(monthly) {
  return monthly.length
    ? t("trends.monthly.finding", {
        attacks: formatInteger(total(monthly, "attacks")),
        fatal: formatInteger(total(monthly, "fatal_attacks")),
      })
    : "";
}

/** Attack trends: the type of attack that killed the most peacekeepers. */
export function deadliestAttackType(rows) {
  const top = largest(sumsBy(rows, "attack_type"), "killed");
  return top && top.killed > 0
    ? t("trends.byType.finding", { top: label("attack_type", top.attack_type), killed: formatInteger(top.killed) })
    : "";
}

/** Attack trends: the personnel category most of those killed belonged to, and its share. */
export function mostKilledCategory(rows) {
  const top = largest(sumsBy(rows, "personnel_category"), "killed");
  const killed = total(rows, "killed");
  return top && killed > 0
    ? t("trends.byCategory.finding", {
        share: formatPercent(top.killed / killed),
        top: label("personnel_category", top.personnel_category),
      })
    : "";
}

/** A contributing country's nationals killed (and injured, when injuries are recorded), and in how many missions. */
export function nationalsKilled(nationals, country, hasInjured) {
  if (!nationals.length) return "";
  const missions = t("count.missions", {
    count: nationals[0].missions ?? new Set(nationals.map((d) => d.mission)).size,
  });
  const params = {
    killed: formatInteger(total(nationals, "killed")),
    injured: formatInteger(total(nationals, "injured")),
    country,
    missions,
  };
  return t(hasInjured ? "trends.nationality.finding" : "trends.nationality.findingKilled", params);
}

/** Impunity: the share of fatal attacks with a conviction, nominal and effective (row host_state = ALL). */
export function convictionRates(all) {
  return all?.fatal_incidents
    ? t("impunity.rates.finding", {
        nominal: formatPercent(all.share_with_conviction),
        effective: formatPercent(all.share_with_effective_conviction),
      })
    : "";
}

/** Impunity: the share of fatal attacks old enough to tell that had no verdict five years on. */
export function withoutVerdictFiveYears(all) {
  return all?.eligible_5y ? t("impunity.shares.finding", { share: formatPercent(all.share_without_verdict_5y) }) : "";
}

/**
 * Time to first conviction, from a Kaplan–Meier curve (rows of years and
 * share_without_conviction, any order): the median when the curve reaches one half,
 * else the share still without a conviction at its last point. With `name`, the
 * sentence is about that host state.
 */
export function timeToConviction(curve, name) {
  if (!curve.length) return "";
  const points = [...curve].sort((a, b) => a.years - b.years);
  const median = points.find((d) => d.share_without_conviction <= 0.5);
  const suffix = name ? "InState" : "";
  return median
    ? t(`impunity.km.finding${suffix}`, {
        name,
        median: t("impunity.km.years", { count: Math.round(median.years * 10) / 10 }),
      })
    : t(`impunity.km.findingNever${suffix}`, { name, share: formatPercent(points.at(-1).share_without_conviction) });
}

/**
 * The pipeline (one host state's, or host_state = ALL): the share of attacks with no
 * investigation, and convictions.
 */
export function neverInvestigated(funnel) {
  const noCase = funnel.find((d) => d.stage === "no_case");
  if (!noCase?.incidents_reached) return "";
  const convicted = funnel.find((d) => d.stage === "convicted")?.incidents_reached ?? 0;
  return t("impunity.funnel.finding", {
    share: formatPercent(noCase.incidents_stopped / noCase.incidents_reached),
    convicted: formatInteger(convicted),
  });
}

/** A host state's pipeline: attacks, how many saw an investigation opened, how many led to a conviction. */
export function investigatedAndConvicted(funnel) {
  const reached = (stage) => funnel.find((d) => d.stage === stage)?.incidents_reached ?? 0;
  if (!reached("no_case")) return "";
  return t("hostState.funnel.finding", {
    attacks: formatInteger(reached("no_case")),
    investigated: formatInteger(reached("investigation_opened")),
    convicted: formatInteger(reached("convicted")),
  });
}

/** A host state: peacekeepers killed (and injured, when injuries are recorded) in attacks. */
export function killedInState(byYear, hasInjured) {
  if (!byYear.length) return "";
  const killed = formatInteger(total(byYear, "killed"));
  return hasInjured
    ? t("hostState.byYear.finding", { killed, injured: formatInteger(total(byYear, "injured")) })
    : t("hostState.byYear.findingKilled", { killed });
}

/** A host state's judicial cases by status: how many, how many convicted, and how many merged as small cells. */
export function casesConvicted(cases) {
  if (!cases.length) return "";
  const convicted = total(
    cases.filter((d) => d.status === "convicted"),
    "cases",
  );
  const merged = total(
    cases.filter((d) => d.status === "other"),
    "cases",
  );
  return t(merged ? "hostState.cases.findingMerged" : "hostState.cases.finding", {
    cases: formatInteger(total(cases, "cases")),
    convicted: formatInteger(convicted),
    merged: formatInteger(merged),
  });
}

/** A host state's assistance: activities, and at least how much where amounts are known. */
export function assistanceReceived(assistance, formatAmount) {
  return assistance.length
    ? t("hostState.assistance.finding", {
        activities: formatInteger(total(assistance, "activities")),
        amount: formatAmount(total(assistance, "amount_usd")),
      })
    : "";
}

/** Requests to a host state: how many it replied to, at what rate, and how many are overdue. */
export function requestsReplied(requests, name) {
  return requests?.requests
    ? t("requests.finding", {
        name,
        replied: formatInteger(requests.replied),
        requests: formatInteger(requests.requests),
        rate: formatPercent(requests.reply_rate),
        overdue: formatInteger(requests.overdue),
      })
    : "";
}

/** Data quality: the reason that rejected the most rows (rows come sorted by count, largest first). */
export function commonestRejection(rejects, fieldLabel) {
  const top = largest(rejects, "rows");
  return top
    ? t("quality.rejects.finding", { field: fieldLabel(top.field), reason: top.reason, rows: formatInteger(top.rows) })
    : "";
}

/** Data quality: the least complete optional field among those with records. */
export function leastComplete(completeness) {
  const least = completeness
    .filter((d) => d.records > 0)
    .reduce((a, b) => (b.share < (a?.share ?? Infinity) ? b : a), undefined);
  return least
    ? t("quality.completeness.finding", { field: least.field, kind: least.kind, share: formatPercent(least.share) })
    : "";
}

/** Killed and injured summed per value of `key`. */
function sumsBy(rows, key) {
  const sums = new Map();
  for (const d of rows) {
    const s = sums.get(d[key]) ?? { [key]: d[key], killed: 0, injured: 0 };
    s.killed += d.killed ?? 0;
    s.injured += d.injured ?? 0;
    sums.set(d[key], s);
  }
  return [...sums.values()];
}
