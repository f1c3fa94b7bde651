// The reports built with this edition (etl/site/build.ts --reports; docs/reports.md): year,
// language, pages, figures, and each file with its size. Empty when none was built.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { emitJson } from "../loaders/warehouse.ts";

const index = path.join(process.env.BLUE_LEDGER_REPORTS ?? "", "index.json");
await emitJson(process.env.BLUE_LEDGER_REPORTS && existsSync(index) ? JSON.parse(readFileSync(index, "utf8")) : []);
