// The public report of 2022 on real data: the UN's 2025 release of peacekeeper fatalities and the
// curated public record of cases (warehouse/public-record/cases.csv), as a scratch warehouse would
// hold them. Every figure recomputed from the package's CSV files (tests/helpers/recompute-figures.ts)
// and by its SQL on the Parquet files; deaths and public-record events also counted straight from
// the raw files. Runs when ../shared/data (or BLUE_LEDGER_SHARED_DATA) holds the release.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport, type ReportResult } from "../etl/report/build-report.ts";
import { loadFiles } from "../etl/load/load-files.ts";
import { openWarehouse, REPO_ROOT } from "../etl/warehouse/connection.ts";
import { writeExtracts } from "../etl/extract/write-extracts.ts";
import { compareFigures, readPackage, recomputeSets } from "./helpers/recompute-figures.ts";

const SHARED = process.env.BLUE_LEDGER_SHARED_DATA ?? path.resolve(REPO_ROOT, "../shared/data");
const RELEASE = path.join(SHARED, "un-fatalities-2025/DPPADPOSS-FATALITIES.csv");
const RECORD = path.join(REPO_ROOT, "warehouse/public-record/cases.csv");
const present = existsSync(RELEASE);
if (!present)
  console.warn(
    `tests/report-real.test.ts: skipped, no ${RELEASE} (set BLUE_LEDGER_SHARED_DATA to the shared data folder)`,
  );

type Row = Record<string, string>;
interface Figure {
  id: string;
  set: string;
  column: string;
  key: string | number | null;
  value: number | null;
}
const ROOT = mkdtempSync(path.join(tmpdir(), "blue-ledger-report-real-"));
let result: ReportResult;
let figures: Figure[];

describe.skipIf(!present)("the public report of 2022 on the UN's 2025 release and the public record", () => {
  beforeAll(async () => {
    const warehouse = path.join(ROOT, "real.duckdb");
    const w = await openWarehouse(warehouse);
    await loadFiles(w, [RELEASE, RECORD]);
    await writeExtracts(w.connection, path.join(ROOT, "package"), { audience: "public" });
    w.close();
    result = await buildReport({
      year: 2022,
      edition: "public",
      lang: "en",
      warehouse,
      out: path.join(ROOT, "report"),
      log: () => {},
    });
    figures = JSON.parse(readFileSync(result.files.figures, "utf8")).figures;
    console.log(
      `report public 2022 (real data): ${result.pages} pages, PDF ${result.bytes.pdf} B, ` +
        `${result.figures} figures, ${result.seconds.toFixed(1)} s`,
    );
  }, 240_000);

  it("gives every figure the value recomputed from the package's CSV files", () => {
    const sets = recomputeSets(readPackage(path.join(ROOT, "package")), 2022, "ALL");
    const { problems } = compareFigures(sets, figures);
    expect(problems).toEqual([]);
    expect(figures.length).toBeGreaterThan(200);
  });

  it("counts the deaths from malicious acts of 2022, by mission, as the UN's file lists them", () => {
    const rows = (parse(readFileSync(RELEASE), { columns: true, bom: true }) as Row[]).filter(
      (r) => r.type_of_incident === "Malicious Act" && r.incident_date.startsWith("2022-"),
    );
    const value = (id: string) => figures.find((f) => f.id === id)?.value;
    expect(value("fatalities.killed")).toBe(rows.length);
    const byMission = new Map<string, number>();
    for (const r of rows) byMission.set(r.mission_acronym, (byMission.get(r.mission_acronym) ?? 0) + 1);
    for (const [mission, killed] of byMission)
      expect(value(`fatalities.by_mission.killed/${mission}`), mission).toBe(killed);
    // The release records deaths only: no injured column is printed, and the Attacks section infers its attacks.
    expect(figures.some((f) => f.column === "injured")).toBe(false);
    expect(value("attacks.fatal_inferred")).toBeGreaterThan(0);
  });

  it("lists the public record's events of 2022, as its file has them", () => {
    const events = (parse(readFileSync(RECORD), { columns: true }) as Row[]).filter((r) =>
      r.event_date.startsWith("2022-"),
    );
    expect(figures.find((f) => f.id === "judicial.public_record.events")?.value).toBe(events.length);
    const html = readFileSync(result.files.html, "utf8");
    for (const e of events) expect(html, e.case_id).toContain(e.case_id);
    expect(spawnSync("pdfinfo", [result.files.pdf], { encoding: "utf8" }).stdout).toMatch(/Tagged:\s+yes/);
  });
});
