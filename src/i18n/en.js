// English catalogue. Keys are stable identifiers; values may use {placeholders}.
export default {
  // ETL: errors a person fixing an export reads
  "etl.file.unreadable": "{file}: cannot read the file ({reason}).",
  "etl.file.empty": "{file}: the file is empty; expected a header row and at least one record.",
  "etl.file.utf16": "{file}: the file is encoded as UTF-16; save it as UTF-8 (CSV UTF-8 in Excel) and load it again.",
  "etl.file.binary": "{file}: the file is not text (it contains NUL bytes); expected CSV or JSON Lines.",
  "etl.file.format": "{file}: unknown file type '{extension}'; expected .csv, .jsonl or .ndjson.",
  "etl.kind.unknown": "{file}: cannot tell which kind of export this is from its columns ({columns}). Closest is '{kind}', which is missing: {missing}. Give the kind with --kind.",
  "etl.kind.missingColumns": "{file} line 1: the {kind} export is missing required column(s): {missing}.",
  "etl.kind.unknownColumns": "{file} line 1: unknown column(s) for a {kind} export: {unknown}.",
  "etl.row.parse": "could not parse the line: {reason}",
  "etl.row.json": "not a JSON object: {reason}",
  "etl.row.unknownMission": "unknown mission '{value}' (not in the missions reference table)",
  "etl.row.unknownState": "unknown state code '{value}' (not in the states reference table)",
  "etl.row.duplicateKey": "duplicate {key} in this file (first on line {line})",
  "etl.load.alreadyLoaded": "{file}: already loaded as load {loadId} on {date} (same sha256); nothing changed.",
  "etl.load.summary": "{file}: {kind}, {rowsIn} rows in = {loaded} loaded + {rejected} rejected ({seconds} s).",
  "etl.load.reconcile": "{file}: rows in ({rowsIn}) differ from loaded ({loaded}) + rejected ({rejected}); the load was rolled back.",
  "etl.load.rejectLine": "  {file} line {line}, field {field}: {reason}",
  "etl.load.moreRejects": "  … and {count} more; see `npm run etl -- status`.",
  "etl.warehouse.locked": "The warehouse {path} is in use by another process (DuckDB holds a lock on it). Wait for that process to finish and run the command again.",
  "etl.warehouse.missing": "No warehouse at {path}. Create one with `npm run etl -- sample` or `npm run etl -- load <files>`.",

  // Site: shared
  "site.title": "Blue Ledger",
  "site.tagline": "Attacks on UN peacekeepers and the accountability that follows",
  "site.sampleBanner": "SAMPLE DATA — generated for demonstration. These figures are not real.",
  "site.source.sample": "Source: Blue Ledger sample data (synthetic), as of {asOf}.",
  "site.source.warehouse": "Source: Blue Ledger warehouse, loads up to {asOf}.",
  "site.table.show": "Show the table",
  "nav.overview": "Overview",
  "nav.attackTrends": "Attack trends",
  "nav.impunity": "Impunity",
  "nav.hostStates": "Host states",
  "nav.downloads": "Downloads"
};
