// The synthetic sample, checked from the files it writes (parsed with csv-parse
// and validated with the export contract), not from the generator's internals.
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnsOf } from "../etl/contract/columns.ts";
import { EXPORT_KINDS, type KindName } from "../etl/contract/kinds.ts";
import { PERSONNEL_CATEGORIES } from "../etl/contract/vocabularies.ts";
import { generateSample, type SampleCounts } from "../etl/sample/generate.ts";

const AS_OF = "2025-12-31";
const KINDS = EXPORT_KINDS.map((k) => k.name);
type Raw = Record<string, string>;

let root: string;
let counts: SampleCounts;
const files = {} as Record<KindName, Raw[]>;
const headers = {} as Record<KindName, string[]>;

const dir = (name: string) => path.join(root, name);
const read = (name: string, kind: KindName) => readFile(path.join(dir(name), `${kind}.csv`));
const sha256 = async (name: string, kind: KindName) =>
  createHash("sha256")
    .update(await read(name, kind))
    .digest("hex");

/** What the loader hands to the schema: '' is missing, list columns are split on ';'. */
function normalise(kind: KindName, row: Raw): Record<string, unknown> {
  const columns = new Map(columnsOf(EXPORT_KINDS.find((k) => k.name === kind)!).map((c) => [c.name, c]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (value.trim() === "") continue;
    out[name] =
      columns.get(name)?.type === "list"
        ? value
            .split(";")
            .map((v) => v.trim())
            .filter(Boolean)
        : value;
  }
  return out;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "blue-ledger-sample-"));
  counts = await generateSample({ outDir: dir("a"), asOf: AS_OF });
  await generateSample({ outDir: dir("b"), asOf: AS_OF });
  await generateSample({ outDir: dir("c"), asOf: AS_OF, seed: 7 });
  for (const kind of KINDS) {
    const text = await read("a", kind);
    headers[kind] = parse(text, { to_line: 1 })[0] as string[];
    files[kind] = parse(text, { columns: true }) as Raw[];
  }
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

describe("sample files", () => {
  it("have the contract's columns in schema order and the reported row counts", () => {
    for (const kind of EXPORT_KINDS) {
      expect(headers[kind.name]).toEqual(columnsOf(kind).map((c) => c.name));
      expect(files[kind.name].length).toBe(counts[kind.name]);
    }
    expect(counts.incidents).toBeGreaterThan(2000);
    expect(counts.incidents).toBeLessThan(5000);
    expect(counts.assistance).toBeGreaterThanOrEqual(150);
    expect(counts.assistance).toBeLessThanOrEqual(250);
  });

  it("validate row by row against the zod schema of their kind", () => {
    for (const kind of EXPORT_KINDS) {
      const failures = files[kind.name]
        .map((row, i) => ({ i, result: kind.schema.safeParse(normalise(kind.name, row)) }))
        .filter(({ result }) => !result.success)
        .slice(0, 3)
        .map(({ i, result }) => `${kind.name} row ${i + 1}: ${JSON.stringify(result.error?.issues[0])}`);
      expect(failures).toEqual([]);
    }
  });

  it("are byte-identical for the same seed and differ for another seed", async () => {
    for (const kind of KINDS) {
      expect(await sha256("b", kind), kind).toBe(await sha256("a", kind));
      expect(await sha256("c", kind), kind).not.toBe(await sha256("a", kind));
    }
  });

  it("have unique keys", () => {
    for (const kind of EXPORT_KINDS) {
      const keys = files[kind.name].map((row) => kind.key.map((k) => row[k]).join("|"));
      expect(new Set(keys).size, kind.name).toBe(keys.length);
    }
  });

  const dateColumns: Record<KindName, string[]> = {
    incidents: ["incident_date", "last_updated"],
    casualties: ["incident_date"],
    cases: ["event_date"],
    assistance: ["start_date", "end_date"],
    requests: ["sent_date", "reply_date"],
  };
  const datesOutside = (rows: Record<KindName, Raw[]>, asOf: string) =>
    KINDS.flatMap((kind) =>
      rows[kind].flatMap((row) =>
        dateColumns[kind]
          .filter((c) => row[c] && !(row[c] <= asOf && row[c] >= "1948-01-01"))
          .map((c) => `${kind}.${c} ${row[c]}`),
      ),
    );

  it("have no date after asOf nor before 1948", async () => {
    expect(datesOutside(files, AS_OF)).toEqual([]);
    expect(files.incidents.filter((row) => row.last_updated < row.incident_date)).toEqual([]);
    const early = "2018-06-30";
    await generateSample({ outDir: dir("early"), asOf: early, seed: 3 });
    const rows = {} as Record<KindName, Raw[]>;
    for (const kind of KINDS) rows[kind] = parse(await read("early", kind), { columns: true }) as Raw[];
    expect(datesOutside(rows, early)).toEqual([]);
    expect(rows.incidents.length).toBeGreaterThan(0);
  });
});

describe("consistency between kinds", () => {
  it("gives every incident exactly one casualty row per person it counts", () => {
    const tally = new Map<string, number>();
    for (const c of files.casualties) {
      if (!c.incident_id) continue;
      expect(c.incident_type).toBe("malicious_act");
      const key = `${c.incident_id}|${c.outcome}_${c.personnel_category}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    let counted = 0;
    for (const incident of files.incidents)
      for (const outcome of ["killed", "injured"])
        for (const category of PERSONNEL_CATEGORIES) {
          const column = `${outcome}_${category}`;
          const expected = Number(incident[column] || 0);
          expect(tally.get(`${incident.incident_id}|${column}`) ?? 0, `${incident.incident_id} ${column}`).toBe(
            expected,
          );
          counted += expected;
        }
    expect(counted).toBe([...tally.values()].reduce((a, b) => a + b, 0));
  });

  it("keeps attack casualties on their incident's mission and date", () => {
    const incidents = new Map(files.incidents.map((i) => [i.incident_id, i]));
    for (const c of files.casualties.filter((c) => c.incident_id)) {
      const incident = incidents.get(c.incident_id)!;
      expect([c.mission, c.incident_date]).toEqual([incident.mission, incident.incident_date]);
      if (c.personnel_category === "national_civilian") expect(c.nationality).toBe(incident.host_state);
    }
  });

  it("has casualties that are not from attacks, so the malicious_act filter matters", () => {
    const killed = files.casualties.filter((c) => c.outcome === "killed");
    const attacks = killed.filter((c) => c.incident_type === "malicious_act").length;
    const others = killed.filter((c) => c.incident_type !== "malicious_act");
    expect(others.every((c) => c.incident_id === "")).toBe(true);
    expect(others.length).toBeGreaterThan(attacks * 0.5);
    expect(others.length).toBeLessThan(attacks * 2);
  });

  it("refers only to existing incidents and cases", () => {
    const incidentIds = new Set(files.incidents.map((i) => i.incident_id));
    const hostOf = new Map(files.incidents.map((i) => [i.incident_id, i.host_state]));
    for (const row of files.cases) {
      const ids = row.incident_ids.split(";");
      for (const id of ids) expect(incidentIds.has(id), id).toBe(true);
      expect(new Set(ids.map((id) => hostOf.get(id))).size, row.case_id).toBe(1);
    }
    const caseIds = new Set(files.cases.map((c) => c.case_id));
    const related = files.assistance.flatMap((a) => (a.related_case_ids ? a.related_case_ids.split(";") : []));
    expect(related.length).toBeGreaterThan(0);
    for (const id of related) expect(caseIds.has(id), id).toBe(true);
  });
});

describe("judicial follow-up", () => {
  const eventsByIncident = () => {
    const events = new Map<string, Set<string>>();
    for (const row of files.cases)
      for (const id of row.incident_ids.split(";")) events.set(id, (events.get(id) ?? new Set()).add(row.event));
    return events;
  };

  it("stalls early: investigations are common, convictions rare", () => {
    const events = eventsByIncident();
    const fatal = files.incidents.filter((i) => PERSONNEL_CATEGORIES.some((c) => Number(i[`killed_${c}`] || 0) > 0));
    const share = (event: string) => fatal.filter((i) => events.get(i.incident_id)?.has(event)).length / fatal.length;
    expect(share("investigation_opened")).toBeGreaterThan(0.4);
    expect(share("investigation_opened")).toBeGreaterThan(share("suspect_identified"));
    expect(share("suspect_identified")).toBeGreaterThan(share("convicted"));
    expect(share("convicted")).toBeGreaterThan(0);
    expect(share("convicted")).toBeLessThan(0.1);
  });

  it("dates each case's events in procedural order", () => {
    const order = [
      "investigation_opened",
      "suspect_identified",
      "arrest",
      "charged",
      "trial_opened",
      "convicted",
      "acquitted",
      "sentenced",
    ];
    const byCase = new Map<string, Raw[]>();
    for (const row of files.cases) byCase.set(row.case_id, [...(byCase.get(row.case_id) ?? []), row]);
    for (const [id, rows] of byCase) {
      expect(rows[0].event, id).toBe("investigation_opened");
      const steps = rows.filter((r) => order.includes(r.event));
      for (let i = 1; i < steps.length; i++) {
        expect(order.indexOf(steps[i].event), id).toBeGreaterThan(order.indexOf(steps[i - 1].event));
        expect(steps[i].event_date >= steps[i - 1].event_date, id).toBe(true);
      }
      for (const r of rows) expect(r.sentence === "" || r.event === "sentenced", id).toBe(true);
    }
  });
});
