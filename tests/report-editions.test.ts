// What each edition's report may hold (docs/editions.md), proved as tests/site/editions.test.ts
// proves it for the site: the reports are built from tests/fixtures/editions, whose restricted
// fields carry canary values for MLI and CAF (and for I6, an attack in CAF that killed a Malian),
// and every output (HTML, figures.json, the PDF's text) is searched for each canary.
//   2015: I1 in MLI (narrative, place, group canaries), case CANARY-CASE-MLI-8a7b opened.
//   2017: that case's conviction and sentence (CANARY-SENTENCE-MLI-5d6e); CAF case 1c4d dismissed.
//   2021: I6 in CAF, a Malian killed (CANARY-NARRATIVE-CAFxMLI-3e8b).
//   2023: I3 in MLI, whose narrative is <script>alert(1)</script>.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../etl/report/build-report.ts";
import { loadFiles } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT } from "../etl/warehouse/connection.ts";

const ROOT = mkdtempSync(path.join(tmpdir(), "blue-ledger-report-editions-"));
const WAREHOUSE = path.join(ROOT, "editions.duckdb");
const FIXTURE = path.join(REPO_ROOT, "tests/fixtures/editions");
const CANARIES = [
  "CANARY-NARRATIVE-MLI-7f3a",
  "CANARY-GROUP-MLI-2c9d",
  "CANARY-PLACE-MLI-4b1e",
  "CANARY-CASE-MLI-8a7b",
  "CANARY-SENTENCE-MLI-5d6e",
  "CANARY-NARRATIVE-CAFxMLI-3e8b",
  "CANARY-NARRATIVE-CAF-91d2",
  "CANARY-GROUP-CAF-6e3f",
  "CANARY-PLACE-CAF-7a2b",
  "CANARY-CASE-CAF-1c4d",
  "CANARY-CASE-CAF-3f6a",
  "CANARY-SENTENCE-CAF-9b8c",
  "CANARY-NOTE-MLI-0f1a",
  "CANARY-NOTE-CAF-2e5f",
  "alert(1)",
];
const REPORTS = {
  "public 2015": { edition: "public", year: 2015, expect: [] },
  "state:MLI 2015": {
    edition: "state:MLI",
    year: 2015,
    expect: ["CANARY-NARRATIVE-MLI-7f3a", "CANARY-GROUP-MLI-2c9d", "CANARY-PLACE-MLI-4b1e", "CANARY-CASE-MLI-8a7b"],
  },
  "state:MLI 2017": { edition: "state:MLI", year: 2017, expect: ["CANARY-CASE-MLI-8a7b", "CANARY-SENTENCE-MLI-5d6e"] },
  "state:MLI 2021": { edition: "state:MLI", year: 2021, expect: ["CANARY-NARRATIVE-CAFxMLI-3e8b"] },
  "state:MLI 2023": { edition: "state:MLI", year: 2023, expect: ["alert(1)"] },
} as const;
type Name = keyof typeof REPORTS;
const outputs = {} as Record<Name, { html: string; text: string }>;

beforeAll(async () => {
  const w = await openWarehouse(WAREHOUSE);
  await loadFiles(
    w,
    ["incidents.csv", "casualties.csv", "cases.csv", "assistance.jsonl"].map((f) => path.join(FIXTURE, f)),
  );
  w.close();
  for (const [name, { edition, year }] of Object.entries(REPORTS) as [Name, (typeof REPORTS)[Name]][]) {
    const r = await buildReport({
      year,
      edition,
      lang: "en",
      warehouse: WAREHOUSE,
      out: path.join(ROOT, name.replace(/[^\w]/g, "-")),
      log: () => {},
    });
    const pdfText = spawnSync("pdftotext", [r.files.pdf, "-"], { encoding: "utf8" }).stdout;
    const html = readFileSync(r.files.html, "utf8");
    outputs[name] = { html, text: [html, readFileSync(r.files.figures, "utf8"), pdfText].join("\n") };
  }
}, 240_000);

describe("what each edition's report holds", () => {
  it.each(Object.keys(REPORTS) as Name[])("%s: its own state's canaries, and no other", (name) => {
    const found = CANARIES.filter((c) => outputs[name].text.includes(c));
    expect(found).toEqual(REPORTS[name].expect);
  });

  it("prints free text as text: the narrative that holds a script is escaped, never markup", () => {
    const { html } = outputs["state:MLI 2023"];
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/<script/i);
  });
});
