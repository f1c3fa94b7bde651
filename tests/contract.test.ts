// The export contract: what it accepts and rejects, and the documents generated from it.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { loadFiles } from "../etl/load/load-files.ts";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { casualtySchema, incidentSchema, caseEventSchema, assistanceSchema } from "../etl/contract/kinds.ts";
import { CASE_EVENTS } from "../etl/contract/vocabularies.ts";
import { dataDictionaryMarkdown } from "../etl/contract/dictionary.ts";
import { REPO_ROOT } from "../etl/warehouse/connection.ts";
import { rows, tempWarehouse } from "./helpers/warehouse.ts";
import { runModels } from "../etl/warehouse/models.ts";

const casualty = {
  casualty_id: "C1",
  incident_date: "2020-02-29",
  mission: "MINUSMA",
  personnel_category: "military",
  nationality: "BGD",
  outcome: "killed",
  incident_type: "malicious_act",
};
const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? null : { field: result.error!.issues[0].path[0], message: result.error!.issues[0].message };

describe("the casualty contract", () => {
  it("accepts a valid record", () => {
    expect(casualtySchema.parse(casualty)).toEqual(casualty);
  });

  // The loader validates in bulk with SQL generated from these schemas; both must
  // reject the same records for the same field, or the contract has drifted.
  const cases: [string, string, RegExp][] = [
    ["incident_date", "2021-02-29", /date/i], // not a leap year
    ["incident_date", "1947-12-31", /before 1948-01-01/],
    ["incident_date", "2999-01-01", /in the future/],
    ["personnel_category", "pilot", /option|one of/],
    ["outcome", "missing", /option|one of/],
    ["nationality", "BD", /ISO 3166 alpha-3/],
    ["nationality", "bgd", /ISO 3166 alpha-3/],
    ["casualty_id", "<script>", /letters, digits/],
  ];
  it.each(cases)("rejects %s = %s, in zod and in the bulk validator", async (field, value, message) => {
    const issue = firstIssue(casualtySchema.safeParse({ ...casualty, [field]: value }));
    expect(issue?.field).toBe(field);
    expect(issue?.message).toMatch(message);
    const warehouse = await tempWarehouse();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "contract-")), "one.csv");
    const record = { ...casualty, [field]: value };
    writeFileSync(file, `${Object.keys(record).join(",")}\n${Object.values(record).join(",")}\n`);
    const [result] = await loadFiles(warehouse, [file]);
    warehouse.close();
    expect(result.rejects.map((r) => r.field)).toEqual([field]);
    expect(result.rejects[0].reason).toMatch(message);
  });

  it("rejects unknown fields", () => {
    expect(casualtySchema.safeParse({ ...casualty, name: "A. Person" }).success).toBe(false);
  });
});

describe("the incident, case and assistance contracts", () => {
  const incident = {
    incident_id: "I1",
    incident_date: "2020-01-01",
    mission: "MINUSMA",
    host_state: "MLI",
    attack_type: "ambush",
    last_updated: "2020-01-02",
  };
  it("fills defaults and rejects negative or fractional counts", () => {
    expect(incidentSchema.parse(incident)).toMatchObject({
      killed_military: 0,
      date_precision: "day",
      perpetrator_group: "unknown",
    });
    expect(firstIssue(incidentSchema.safeParse({ ...incident, killed_military: "-1" }))?.message).toMatch(
      /zero or more/,
    );
    expect(firstIssue(incidentSchema.safeParse({ ...incident, injured_police: "1.5" }))?.message).toMatch(
      /whole number/,
    );
  });
  it("needs at least one incident per case event", () => {
    const event = {
      case_id: "K1",
      incident_ids: [],
      jurisdiction_state: "MLI",
      court_type: "civilian",
      event: "arrest",
      event_date: "2020-01-01",
    };
    expect(firstIssue(caseEventSchema.safeParse(event))?.field).toBe("incident_ids");
  });
  it("rejects an assistance activity that ends before it starts", () => {
    const activity = {
      assistance_id: "A1",
      recipient_state: "MLI",
      start_date: "2020-01-02",
      end_date: "2020-01-01",
      assistance_type: "training",
      un_entity: "UNDP",
    };
    expect(firstIssue(assistanceSchema.safeParse(activity))?.field).toBe("end_date");
  });
});

describe("generated from the contract", () => {
  it("the committed data dictionary is up to date", () => {
    const committed = readFileSync(path.join(REPO_ROOT, "docs/data-dictionary.md"), "utf8");
    expect(committed, "run `npm run etl -- dictionary --out docs/data-dictionary.md`").toBe(dataDictionaryMarkdown());
  });
  it("the dictionary marks free text as restricted", () => {
    expect(dataDictionaryMarkdown()).toMatch(/\| `narrative` \| text \| no \| {2}\| no \(restricted\) \|/);
  });
  it("every case event has a place in the pipeline's stage table", async () => {
    const warehouse = await tempWarehouse();
    await runModels(warehouse.connection);
    const stages = (await rows(warehouse, "SELECT event FROM dim_case_stages ORDER BY event")).map((r) => r.event);
    warehouse.close();
    expect(stages).toEqual([...CASE_EVENTS].sort());
  });
});
