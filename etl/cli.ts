// The one command line of the ETL: `npm run etl -- <command>`.
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
  .description("Blue Ledger ETL: load exports into the warehouse, build the sample, write extracts.")
  .showHelpAfterError();

const warehouseOption = () =>
  new Option("--warehouse <path>", "warehouse file").default(DEFAULT_WAREHOUSE, "warehouse/blue-ledger.duckdb");
// Read by etl/messages.ts as the modules load; declared here so that every command accepts and documents it.
const langOption = () =>
  new Option("--lang <code>", "language of the messages (or BLUE_LEDGER_LANG)").choices(LANGUAGE_CODES).default(lang);

program
  .command("load")
  .description("validate and load export files (CSV or JSON Lines) in one transaction")
  .argument("<files...>", "export files")
  .addOption(new Option("--kind <kind>", "kind of export, when the columns alone do not tell").choices(EXPORT_KINDS.map((k) => k.name)))
  .addOption(new Option("--accessed <date>", "date a third-party source (ACLED) was accessed, YYYY-MM-DD; default: the latest timestamp of its rows"))
  .addOption(warehouseOption())
  .addOption(langOption())
  .action(loadCommand);

program
  .command("sample")
  .description("generate the seeded sample exports and load them")
  .option("--scale <n>", "multiply the sample's size (167 gives about a million casualties)", Number, 1)
  .option("--seed <n>", "random seed", Number, 2589)
  .addOption(warehouseOption())
  .addOption(langOption())
  .action(sampleCommand);

program
  .command("extract")
  .description("write the data package: public tables and marts as Parquet, Arrow, CSV and HXL CSV, with datapackage.json")
  .requiredOption("--out <dir>", "output folder")
  .option("--edition <edition>", "the package a site edition serves (public or state:<ISO3>) instead of the full one")
  .addOption(warehouseOption())
  .addOption(langOption())
  .action(extractCommand);

program
  .command("status")
  .description("show loads, row counts and rejected rows")
  .addOption(warehouseOption())
  .addOption(langOption())
  .action(statusCommand);

program
  .command("dictionary")
  .description("print the data dictionary generated from the export contract")
  .option("--out <file>", "write it to a file instead", "")
  .addOption(langOption())
  .action(dictionaryCommand);

program
  .command("template")
  .description("write an Excel submission workbook for one kind of export, generated from the export contract")
  .addArgument(new Argument("<kind>", "kind of export").choices(EXPORT_KINDS.map((k) => k.name)))
  .requiredOption("--out <file>", "workbook to write (.xlsx)")
  .addOption(langOption())
  .showHelpAfterError(false)
  .action(templateCommand);

program
  .command("report")
  .description("write a report for the Secretary-General's annual briefing (or one state's) as HTML, PDF and figures.json")
  .requiredOption("--year <yyyy>", "the year reported on", (v) => {
    if (!/^\d{4}$/.test(v)) throw new InvalidArgumentError(t("report.error.year", { year: v }));
    return Number(v);
  })
  .option("--out <dir>", "output folder (default reports/<edition>/<year>/<lang>)")
  .option("--edition <edition>", "public, or state:<ISO3> for one state's restricted report", "public")
  .addOption(new Option("--lang <lang>", "language of the report").choices(["ar", "zh", "en", "fr", "ru", "es"]).default("en"))
  .addOption(warehouseOption())
  // Imported when run: the report's charts and browser driver would slow every other command.
  .action(async (options) => (await import("./commands/report.ts")).reportCommand(options));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof UserError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
