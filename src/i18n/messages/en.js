// English: the sentences only Node reads (the ETL's messages, the reports, the Excel templates),
// apart from src/i18n/en.js so that no page fetches them. src/i18n/catalogues.js joins the two.
export default {
  "etl.file.unreadable": "{file}: cannot read the file ({reason}).",
  "etl.file.empty": "{file}: the file is empty; expected a header row and at least one record.",
  "etl.file.binary": "{file}: the file is not text (it contains NUL bytes); expected CSV or JSON Lines.",
  "etl.file.format": "{file}: unknown file type '{extension}'; expected .csv, .jsonl, .ndjson or .xlsx.",
  "etl.kind.unknown":
    "{file}: cannot tell which kind of export this is from its columns ({columns}). Closest is '{kind}', which is missing: {missing}. Give the kind with --kind.",
  "etl.kind.missingColumns": "{file} line 1: this kind of export ({kind}) needs column(s) it does not have: {missing}.",
  "etl.kind.unknownColumns": "{file} line 1: unknown column(s) for this kind of export ({kind}): {unknown}.",
  "etl.row.parse": "could not parse the line: {reason}",
  "etl.row.unknownFields": "unknown field(s) for this kind of export: {fields}",
  "etl.row.notScalar": "expected one value, found a JSON object or list",
  "etl.row.fieldCount": "expected {expected} fields, found {found}",
  "etl.row.json": "not a JSON object: {reason}",
  "etl.check.required": "a value is required",
  "etl.check.identifier":
    "expected 1-64 letters, digits or . _ : / - starting with a letter or digit (value '{value}')",
  "etl.check.iso3": "expected an ISO 3166 alpha-3 code such as MLI (value '{value}')",
  "etl.check.pattern": "does not match the expected form {pattern} (value '{value}')",
  "etl.check.oneOf": "expected one of {allowed} (value '{value}')",
  "etl.check.date": "expected a date as YYYY-MM-DD (value '{value}')",
  "etl.check.earliest": "date is before {earliest}, the first peacekeeping operation (value '{value}')",
  "etl.check.future": "date is in the future (value '{value}')",
  "etl.check.number": "expected a number (value '{value}')",
  "etl.check.wholeNumber": "expected a whole number (value '{value}')",
  "etl.check.minimum": "expected {minimum} or more (value '{value}')",
  "etl.check.maximum": "expected {maximum} or less (value '{value}')",
  "etl.check.minLength": "expected at least {minLength} characters (value '{value}')",
  "etl.check.maxLength": "longer than the {maxLength} characters allowed ({length} characters)",
  "etl.check.minItems": "expected at least {minItems} value(s)",
  "etl.check.endBeforeStart": "end_date is before start_date",
  "etl.check.absentiaOverConcerned": "persons_in_absentia is more than persons_concerned",
  "etl.check.replyBeforeSent": "reply_date is before sent_date",
  "etl.check.dueBeforeSent": "due_date is before sent_date",
  "etl.check.webAddress": "expected a web address starting with http:// or https:// (value '{value}')",
  "etl.check.currency": "expected an ISO 4217 currency code such as XOF (value '{value}')",
  "etl.row.unknownMission": "unknown mission '{value}' (not in the missions reference table)",
  "etl.row.unknownState": "unknown state code '{value}' (not in the states reference table)",
  "etl.row.duplicateKey": "duplicate {key} in this file (first on line {line})",
  "etl.row.duplicateMerged": "duplicate {key} '{value}': same record as line {line}, merged into it ({why})",
  "etl.row.duplicateNationality": "kept nationality {kept}, the state that existed on {date}; dropped {dropped}",
  "etl.row.unknownNationality": "unknown nationality '{value}': add it to warehouse/reference/nationality-aliases.csv",
  "etl.load.alreadyLoaded": "{file}: already loaded as load {loadId} on {date} (same sha256); nothing changed.",
  "etl.load.summary": "{file}: {kind}, {rowsIn} rows in = {loaded} loaded + {rejected} rejected ({seconds} s).",
  "etl.load.reconcile":
    "{file}: rows in ({rowsIn}) differ from loaded ({loaded}) + rejected ({rejected}); the load was rolled back.",
  "etl.load.rejectLine": "  {file} line {line}, field {field}: {reason}",
  "etl.load.moreRejects": "  … and {count} more; see `npm run etl -- status`.",
  "etl.status.releaseChanges":
    "Changes from release {fromFile} (load {from}) to {toFile} (load {to}) of {family}: removed casualties stay in the warehouse, flagged in_latest_release = false in fct_casualty_versions.",
  "etl.warehouse.locked":
    "The warehouse {path} is in use by another process (DuckDB holds a lock on it). Wait for that process to finish and run the command again.",
  "etl.warehouse.missing":
    "No warehouse at {path}. Create one with `npm run etl -- sample` or `npm run etl -- load <files>`.",
  "template.unknownKind": "Unknown kind of export '{kind}'; expected one of {kinds}.",
  "template.badOut": "--out must name an Excel workbook ending in .xlsx (got '{out}').",
  "template.written":
    "{file}: submission template for {kind}, {columns} columns ({lists} with drop-down lists), rows 2-{last}. Fill it in and load it with `npm run etl -- load {file}`.",
  "template.sheet.instructions": "instructions",
  "template.sheet.lists": "lists",
  "template.note.list": "Several values go in one cell, separated by ';' (e.g. A1;A2).",
  "template.validation.title": "Not in the list",
  "template.validation.error": "Pick a value of {field} from the drop-down list (see the instructions sheet).",
  "template.instructions.title": "How to fill in the {kind} template",
  "template.instructions.fill":
    "Fill in one record per row of the sheet '{kind}', from row 2 (up to {rows} rows). Keep that sheet first and do not change its header row. Shaded headers are required; other cells may stay empty, and an empty cell takes the column's default.",
  "template.instructions.lists":
    "Columns with a drop-down list accept only its values. A list column holds several values in one cell, separated by ';' (e.g. A1;A2).",
  "template.instructions.text":
    "Type dates as YYYY-MM-DD (e.g. 2024-03-05). Date, code and identifier cells are formatted as text, so Excel keeps them exactly as typed.",
  "template.instructions.submit":
    "Save the workbook as .xlsx and send it to the Blue Ledger team, who load it with `npm run etl -- load <file>`. Every row is checked; a rejected row is reported with its row number, column and reason, so it can be corrected and the workbook sent again.",
  "template.heading.name": "column",
  "template.heading.required": "required",
  "template.heading.rules": "type and allowed values",
  "template.heading.description": "description",
  "template.heading.default": "default when empty",
  "template.yes": "yes",
  "template.no": "no",
  "template.type.string": "text",
  "template.type.date": "date, YYYY-MM-DD",
  "template.type.integer": "whole number",
  "template.type.number": "number",
  "template.type.list": "list: values separated by ';' (e.g. A1;A2)",
  "template.type.oneOf": "one of: {values} (pick from the drop-down list)",
  "template.type.pattern": "form (regular expression): {pattern}",
  "template.type.minimum": "{minimum} or more",
  "template.type.maximum": "{maximum} or less",
  "template.type.earliest": "not before {earliest}",
  "template.type.notInFuture": "not in the future",
  "etl.extract.summary":
    "{files} files ({others} of them by year, host state or mission), {megabytes} MB, in {out}. Check them with: cd {out} && sha256sum -c SHA256SUMS",
  "etl.extract.badSums": "{file} lists a path outside its folder; not removing anything.",
  "report.title": "Crimes against United Nations peacekeepers in {year}",
  "report.subtitle":
    "Attacks on United Nations personnel, their judicial follow-up by host States, and the assistance of the United Nations: a report under Security Council resolution 2589 (2021)",
  "report.cover.org": "Blue Ledger · Security Council resolution 2589 (2021)",
  "report.cover.edition": "Edition",
  "report.cover.period": "Period",
  "report.cover.periodValue": "1 January to 31 December {year}",
  "report.cover.cutoff": "Data as of",
  "report.cover.release": "Blue Ledger release",
  "report.cover.citable":
    "Every figure in this report carries its identifier in small type. figures.json, published with the report, lists each one with its value and the SQL that recomputes it from the data package; section 8 explains how.",
  "report.sample": "SAMPLE DATA: generated for demonstration. These figures are not real.",
  "report.restrictedNotice":
    "RESTRICTED: this edition holds case-level detail (judicial events, narratives, groups held responsible) for the Member State concerned only. Not for publication.",
  "report.edition.public": "Public edition",
  "report.edition.state": "Edition for {state} (restricted)",
  "report.contents": "Contents",
  "report.header.sample": "SAMPLE DATA",
  "report.header.restricted": "RESTRICTED",
  "report.header.cutoff": "Data as of {cutoff}",
  "report.footer.page": "Page {page} of {pages}",
  "report.tableNo": "Table {n}",
  "report.chartNo": "Chart {n}",
  "report.chart.figures": "Figures: {ids}",
  "report.table.empty": "{table}, {title}: nothing to show for the year.",
  "report.label.keyed": "{measure}: {key}",
  "report.key.allHostStates": "All host States",
  "report.where.all": "across all missions",
  "report.where.state": "in {state}",
  "report.where.allStates": "to host States",
  "report.where.toState": "to {state}",
  "report.col.measure": "Figure",
  "report.col.killedIn": "Killed in {year}",
  "report.col.attacksIn": "Attacks in {year}",
  "report.col.convictionsIn": "Convictions in {year}",
  "report.col.backlogAtEnd": "Without a verdict, end of {year}",
  "report.col.recipient": "Recipient State",
  "report.col.kind": "Kind",
  "report.col.source": "Source",
  "report.col.set": "Set",
  "report.col.rowHolds": "One row",
  "report.col.tables": "Tables read",
  "report.unit.cases": "Cases",
  "report.unit.replies": "Replies",
  "report.measure.killed": "Killed",
  "report.measure.injured": "Injured",
  "report.measure.killedChange": "Change in killed from the year before",
  "report.measure.nationalsKilled": "Nationals killed",
  "report.measure.nationalsInjured": "Nationals injured",
  "report.measure.attacks": "Attacks",
  "report.measure.fatalAttacks": "Fatal attacks",
  "report.measure.attacksChange": "Change in attacks from the year before",
  "report.measure.fatalAttacksInferred": "Fatal attacks inferred from the deaths",
  "report.measure.killedInRecords": "Killed (incident records)",
  "report.measure.investigationsOpened": "Investigations opened",
  "report.measure.arrests": "Cases with an arrest",
  "report.measure.trialsOpened": "Trials opened",
  "report.measure.verdicts": "Verdicts",
  "report.measure.convictions": "Cases with a conviction",
  "report.measure.convictionsInAbsentia": "Of which only in absentia",
  "report.measure.personsConvicted": "Persons convicted",
  "report.measure.personsInAbsentia": "Persons convicted in absentia",
  "report.measure.acquittals": "Cases with an acquittal",
  "report.measure.overturned": "Cases with a conviction overturned",
  "report.measure.noProgress": "Reports that nobody was held accountable",
  "report.measure.convictionsChange": "Change in cases with a conviction",
  "report.measure.fatalToDate": "Fatal attacks so far",
  "report.measure.withConviction": "With a conviction",
  "report.measure.withEffectiveConviction": "With an effective conviction",
  "report.measure.shareWithConviction": "Share with a conviction",
  "report.measure.withoutVerdict": "Fatal attacks without a verdict",
  "report.measure.backlogChange": "Change in the backlog",
  "report.measure.firstConvictions": "Fatal attacks first convicted",
  "report.measure.medianDaysToConviction": "Median days to a first conviction",
  "report.measure.publicRecordEvents": "Events in the public record",
  "report.measure.requestsSent": "Requests sent",
  "report.measure.replies": "Replies received",
  "report.measure.repliesInFull": "Replies covering everything asked",
  "report.measure.repliesInPart": "Replies covering part of it",
  "report.measure.repliesWithoutInformation": "Replies without the information asked",
  "report.measure.unanswered": "Requests unanswered",
  "report.measure.overdue": "Requests overdue",
  "report.measure.activities": "Assistance activities started",
  "report.measure.activitiesWithAmount": "Activities with a known amount",
  "report.measure.amountUsd": "Known amount (USD)",
  "report.measure.recipients": "Recipient States",
  "report.section.summary": "Summary",
  "report.summary.killed.one":
    "In {year}, {killed} United Nations peacekeeper was killed in a malicious act {where} ({change} on {previousYear}).",
  "report.summary.killed.other":
    "In {year}, {killed} United Nations peacekeepers were killed in malicious acts {where} ({change} on {previousYear}).",
  "report.summary.injured.one": "{injured} was injured.",
  "report.summary.injured.other": "{injured} were injured.",
  "report.summary.attacks.one": "{attacks} attack was recorded; {fatal} killed at least one person.",
  "report.summary.attacks.other": "{attacks} attacks were recorded, {fatal} of which killed at least one person.",
  "report.summary.inferred":
    "The data loaded record deaths, not attacks: grouped by mission, day and cause, the deaths point to at least {inferred} fatal attacks.",
  "report.summary.judicial":
    "The authorities concerned opened {investigations} investigations, and {convictions} cases ended in a conviction, {inAbsentia} of them of persons tried only in absentia; at the end of the year, {backlog} fatal attacks were still without a verdict.",
  "report.summary.judicialNoConviction":
    "The authorities concerned opened {investigations} investigations, and {convictions} cases ended in a conviction; at the end of the year, {backlog} fatal attacks were still without a verdict.",
  "report.summary.noCases":
    "No judicial case has been loaded, so the judicial follow-up cannot be reported; at the end of the year, {backlog} fatal attacks had no verdict on record.",
  "report.summary.requests":
    "The United Nations sent {sent} requests {where} about attacks and received {replies} replies; {overdue} requests were overdue at the end of the year.",
  "report.summary.assistance.one": "{activities} capacity-building activity of the United Nations started in the year.",
  "report.summary.assistance.other":
    "{activities} capacity-building activities of the United Nations started in the year.",
  "report.summary.assistanceState.one":
    "{activities} capacity-building activity of the United Nations for {state} started in the year.",
  "report.summary.assistanceState.other":
    "{activities} capacity-building activities of the United Nations for {state} started in the year.",
  "report.summary.chart": "Peacekeepers killed in malicious acts {where}, per year",
  "report.summary.table": "{year} at a glance, against the year before",
  "report.section.fatalities": "Fatalities from malicious acts",
  "report.fatalities.lead.one":
    "{killed} peacekeeper was killed in malicious acts {where} in {year}, against {previous} in {previousYear}.",
  "report.fatalities.lead.other":
    "{killed} peacekeepers were killed in malicious acts {where} in {year}, against {previous} in {previousYear}.",
  "report.fatalities.topMission": "{mission} lost the most personnel: {killed}.",
  "report.fatalities.topHostState": "{state} was the host State where most were killed: {killed}.",
  "report.fatalities.nationals.one":
    "{killed} national of {state} was killed in malicious acts in {year}, in whichever mission serving.",
  "report.fatalities.nationals.other":
    "{killed} nationals of {state} were killed in malicious acts in {year}, in whichever mission they served.",
  "report.fatalities.noInjuries": "The data loaded do not record injuries: only deaths are counted.",
  "report.fatalities.byMission": "Casualties of malicious acts {where} in {year}, by mission",
  "report.fatalities.byHostState": "Casualties of malicious acts in {year}, by host State",
  "report.fatalities.byCategory": "Casualties of malicious acts {where} in {year}, by personnel category",
  "report.fatalities.byNationality": "Casualties of malicious acts in {year}, by nationality",
  "report.fatalities.byNationalityChart":
    "Peacekeepers killed in malicious acts in {year}, by nationality (the 15 with most deaths)",
  "report.fatalities.nationalsByMission":
    "Nationals of {state} killed and injured in malicious acts in {year}, by mission",
  "report.fatalities.byYear": "Casualties of malicious acts {where}, per year",
  "report.section.attacks": "Attacks",
  "report.attacks.none":
    "No incident records have been loaded: the data loaded count the people killed, not the attacks.",
  "report.attacks.inferred.one":
    "Grouped by mission, day and cause, the deaths from malicious acts point to at least {inferred} fatal attack {where} in {year}.",
  "report.attacks.inferred.other":
    "Grouped by mission, day and cause, the deaths from malicious acts point to at least {inferred} fatal attacks {where} in {year}; two attacks on the same day in the same mission count as one.",
  "report.attacks.lead.one":
    "{attacks} attack on United Nations personnel was recorded {where} in {year} ({change} on {previousYear}); {fatal} killed at least one person.",
  "report.attacks.lead.other":
    "{attacks} attacks on United Nations personnel were recorded {where} in {year} ({change} on {previousYear}); {fatal} of them killed at least one person.",
  "report.attacks.topType": "The most frequent kind: {type}, {attacks}.",
  "report.attacks.byMonth": "Attacks {where} in {year}, per month",
  "report.attacks.byType": "Attacks {where} in {year}, by kind",
  "report.attacks.byHostState": "Attacks in {year}, by host State",
  "report.attacks.byYear": "Attacks {where}, per year",
  "report.section.judicial": "Judicial follow-up",
  "report.judicial.noCases":
    "No judicial case has been loaded: the steps of investigations and prosecutions cannot be reported.",
  "report.judicial.steps.one":
    "In {year}, the authorities concerned opened {investigations} investigation into attacks {where} ({previous} in {previousYear}), made arrests in {arrests} cases, opened trials in {trials} and handed down {verdicts} verdicts.",
  "report.judicial.steps.other":
    "In {year}, the authorities concerned opened {investigations} investigations into attacks {where} ({previous} in {previousYear}), made arrests in {arrests} cases, opened trials in {trials} and handed down {verdicts} verdicts.",
  "report.judicial.convictions.one":
    "{convictions} case ended in a conviction ({change} on the year before); in {inAbsentia} of them, every person convicted was tried in absentia. {persons} persons were convicted, {personsInAbsentia} of them in absentia.",
  "report.judicial.convictions.other":
    "{convictions} cases ended in a conviction ({change} on the year before); in {inAbsentia} of them, every person convicted was tried in absentia. {persons} persons were convicted, {personsInAbsentia} of them in absentia.",
  "report.judicial.noConviction": "{convictions} cases ended in a conviction ({change} on the year before).",
  "report.judicial.backlog":
    "At the end of {year}, {backlog} of the {fatal} fatal attacks so far had had no verdict ({change} in the year); {withConviction} had led to a conviction ({share}).",
  "report.judicial.time.one":
    "{first} fatal attack reached its first conviction in {year}, {median} days after the attack.",
  "report.judicial.time.other":
    "{first} fatal attacks reached their first conviction in {year}, a median of {median} days after the attack.",
  "report.judicial.backlogByHostState": "Fatal attacks without a verdict at the end of {year}, by host State",
  "report.judicial.stepsByHostState": "Steps of the judicial cases in {year}, by host State",
  "report.judicial.stepsNote":
    "Cases concerning attacks in the host State that took the step in the year; a case concerning attacks in two host States counts in both. Verdicts count judgments (convictions and acquittals). Only in absentia: cases whose every person convicted in the year was tried in absentia.",
  "report.judicial.timeByHostState":
    "Fatal attacks first convicted in {year}, and the median days from the attack, by host State",
  "report.judicial.stepsChart": "Steps of the judicial cases concerning attacks {where} in {year}",
  "report.judicial.backlogTable": "Fatal attacks {where}: verdicts, convictions and the backlog at the end of {year}",
  "report.judicial.record.one":
    "The public record of cases holds {events} event of {year}, from public reporting, with its source.",
  "report.judicial.record.other":
    "The public record of cases holds {events} events of {year}, from public reporting, each with its source.",
  "report.judicial.recordTable": "Events of {year} in the public record of cases",
  "report.judicial.recordNote":
    "Records, not figures: what public sources (the United Nations, missions, governments, courts and the press) report, as of the date of the latest source. The record is incomplete; an attack absent from it may still have been investigated.",
  "report.section.requests": "What States reported",
  "report.requests.none":
    "No request from the United Nations to host States has been loaded: what States reported cannot be told.",
  "report.requests.lead.one":
    "In {year}, the United Nations sent {sent} request by note verbale {where} about attacks on its personnel, and received {replies} replies: {full} answered everything asked, {part} part of it and {none} gave none of the information asked.",
  "report.requests.lead.other":
    "In {year}, the United Nations sent {sent} requests by note verbale {where} about attacks on its personnel, and received {replies} replies: {full} answered everything asked, {part} part of it and {none} gave none of the information asked.",
  "report.requests.unanswered.one":
    "At the end of {year}, {unanswered} request was still unanswered; {overdue} of them past the date a reply was asked for.",
  "report.requests.unanswered.other":
    "At the end of {year}, {unanswered} requests were still unanswered, {overdue} of them past the date a reply was asked for.",
  "report.requests.byHostState": "Requests to host States and their replies in {year}",
  "report.requests.chart": "Replies received in {year}, by how much of what was asked they covered",
  "report.requests.stateChart": "Requests to {state} and its replies in {year}",
  "report.requests.note":
    "Replies count those received in the year, to requests of any year; unanswered and overdue stand at the end of the year.",
  "report.section.assistance": "United Nations capacity-building assistance",
  "report.assistance.none": "No capacity-building assistance has been loaded.",
  "report.assistance.lead.one":
    "{activities} capacity-building activity of the United Nations for the justice and security institutions of host States started in {year}, in {recipients} States ({previous} the year before); the amounts known ({withAmount} activities) total {amount}.",
  "report.assistance.lead.other":
    "{activities} capacity-building activities of the United Nations for the justice and security institutions of host States started in {year}, in {recipients} States ({previous} the year before); the amounts known ({withAmount} activities) total {amount}.",
  "report.assistance.leadState.one":
    "{activities} capacity-building activity of the United Nations for {state} started in {year} ({previous} the year before); the amounts known ({withAmount} activities) total {amount}.",
  "report.assistance.leadState.other":
    "{activities} capacity-building activities of the United Nations for {state} started in {year} ({previous} the year before); the amounts known ({withAmount} activities) total {amount}.",
  "report.assistance.byType": "Capacity-building activities that started in {year}, by kind",
  "report.assistance.byRecipient": "Capacity-building activities that started in {year}, by recipient State",
  "report.assistance.note": "Amounts in United States dollars, where known; an activity counts in the year it started.",
  "report.section.progress": "Progress per State",
  "report.progress.lead":
    "The table below sets each host State's {year} side by side: deaths, investigations and convictions, the backlog of fatal attacks without a verdict and how it moved, the replies to the requests of the United Nations, and the assistance received.",
  "report.progress.leadState":
    "By the end of {year}, {share} of the fatal attacks in {state} so far had led to a conviction, against {all} across all host States.",
  "report.progress.best": "{state} has the highest share of fatal attacks with a conviction: {share}.",
  "report.progress.bestTied": "{state} have the highest share of fatal attacks with a conviction: {share}.",
  "report.progress.table": "Progress of host States in {year}",
  "report.progress.tableState": "{state} against all host States in {year}",
  "report.progress.chart": "Share of fatal attacks so far with a conviction, at the end of {year}",
  "report.progress.note":
    "Killed, investigations, convictions, requests, replies and assistance: in the year. Without a verdict and the share with a conviction: at the end of the year, over every fatal attack so far.",
  "report.section.methodology": "Methodology and data",
  "report.method.lead":
    "The figures of this report are computed from the Blue Ledger data package, release {version}, with data as of {cutoff}: the package of this edition ({edition}), served on the Downloads page of the same edition of the site (extracts.zip) and built from the loads below.",
  "report.method.sources": "Sources loaded",
  "report.method.sourcesNote":
    "Rows loaded, after validation; the sha256 identifies each file exactly. The same list is in the package's datapackage.json (sources).",
  "report.method.recomputeTitle": "Recomputing a figure",
  "report.method.recompute":
    "Every figure is printed with its identifier in small type. In a table, the column's identifier is printed in its heading and the row's key beside its name: the figure's identifier is the set's, a dot, the column's, a slash and the key, for example fatalities.by_mission.killed/MINUSMA.",
  "report.method.recompute.download": "Download the data package of this edition and check it: {code}",
  "report.method.recompute.downloadCode": "unzip extracts.zip -d package && cd package && sha256sum -c SHA256SUMS",
  "report.method.recompute.views":
    "In DuckDB, in that folder, make a view of each table the figure reads from its Parquet file: {code}",
  "report.method.recompute.viewsCode": "CREATE VIEW mart_attack_casualties AS FROM 'mart_attack_casualties.parquet';",
  "report.method.recompute.run":
    "Find the identifier in figures.json, published with this report, and run its sql: it returns one row with one column, value, the figure. {code}",
  "report.method.recompute.runCode": "jq -r '.figures[] | select(.id == \"fatalities.killed\") | .sql' figures.json",
  "report.method.recompute.table":
    "The SQL of every set, with what one row holds, is in the Blue Ledger repository, listed in the last table of this section: {code}",
  "report.method.recompute.tableCode": "etl/report/figures/*.sql",
  "report.method.ids":
    "Identifiers are stable: a figure has the same identifier in every year's report, scoped to its edition (every host State in the public edition, the state in a state edition).",
  "report.method.definitionsTitle": "Definitions",
  "report.define.maliciousAct.term": "Malicious act",
  "report.define.maliciousAct":
    "A death or injury caused by a deliberate act against United Nations personnel, as the United Nations classifies it; deaths from accidents or illness, and self-inflicted ones, are not counted.",
  "report.define.attack.term": "Attack",
  "report.define.attack":
    "An incident record: one attack on United Nations personnel, with the people it killed and injured.",
  "report.define.fatalAttack.term": "Fatal attack",
  "report.define.fatalAttack": "An attack that killed at least one person. The judicial figures follow fatal attacks.",
  "report.define.inferred.term": "Inferred attack",
  "report.define.inferred":
    "Where the data name no incident (the United Nations fatalities data), the deaths from malicious acts of one mission on one day are taken as one attack: a lower bound, since two attacks on the same day count as one.",
  "report.define.steps.term": "Steps of a case",
  "report.define.steps":
    "Investigation opened, arrest, trial opened, verdict, conviction: counted as the cases that took the step in the year, in the host State where the attacks took place.",
  "report.define.verdict.term": "Verdict",
  "report.define.verdict": "A conviction or an acquittal. A dismissed case is not a verdict.",
  "report.define.inAbsentia.term": "In absentia",
  "report.define.inAbsentia":
    "A conviction counts as one of persons present unless the record says every person convicted was tried in absentia; only in absentia counts the cases where it does.",
  "report.define.effective.term": "Effective conviction",
  "report.define.effective":
    "A conviction of at least one person in custody that no later decision overturned for every person convicted.",
  "report.define.backlog.term": "Backlog",
  "report.define.backlog":
    "The fatal attacks so far with no verdict by the end of the year: 31 December, or the data cutoff in the year of the cutoff.",
  "report.define.time.term": "Time to a first conviction",
  "report.define.time":
    "Days from a fatal attack to its first conviction, for the attacks first convicted in the year; the median is the middle value, or the mean of the two middle values when their number is even.",
  "report.define.requests.term": "Requests",
  "report.define.requests":
    "Notes verbales in which the United Nations asks a host State what it has done about attacks; a reply covers everything asked, part of it or none of it. A request is overdue when it has no reply and the date a reply was asked for has passed.",
  "report.define.assistance.term": "Capacity-building assistance",
  "report.define.assistance":
    "Activities of United Nations entities that strengthen a State's investigations and prosecutions (forensics, mobile courts, training and others), counted in the year they started.",
  "report.method.cellsTitle": "Small cells",
  "report.method.cells":
    "The public edition holds aggregates only. A count of 1 or 2 in a fine breakdown could point at a single person or case, so the data package of the public edition merges such cells: people by nationality and mission into Other missions of the same nationality and year, judicial cases by court and status into one Other row per host State; totals stay exact. This report prints only totals that the rule leaves exact (nationalities over all missions, the judicial steps of each host State) and no breakdown finer than the package's; it holds no case-level or person-level record beyond the public record of cases, which is public by its sources.",
  "report.method.cellsState":
    "This edition, for {state}, holds the case-level detail concerning {state} (its annex) and follows the small-cell rule for every other State: counts of 1 or 2 nationals of another State in a mission are merged into Other missions. Not for publication.",
  "report.method.setsTitle": "The figure sets",
  "report.method.sets": "The figure sets of this edition, and the tables of the data package they read",
  "report.method.setsNote":
    "Each set is one SQL query in etl/report/figures/ of the Blue Ledger repository; $year is the report's year and $scope ALL (public edition) or the state's code. figures.json gives each figure's SQL with both written in.",
  "report.section.annex": "Annex: case-level detail concerning {state}",
  "report.annex.restricted":
    "RESTRICTED: the records below concern {state} and are for {state} only. Not for publication.",
  "report.annex.casesTitle": "Events of {year} in the judicial cases concerning {state}",
  "report.annex.cases": "Judicial events of {year} concerning {state}",
  "report.annex.casesNote":
    "As the Cases page of the edition for the state has them (warehouse/editions/state_case_events.sql): records, not figures. Only the attacks of a case that concern the state are listed.",
  "report.annex.noCases": "No event of a judicial case concerning {state} is recorded for {year}.",
  "report.annex.incidentsTitle": "Attacks of {year} concerning {state}",
  "report.annex.incidents": "Attacks of {year} in {state} or on its nationals",
  "report.annex.incidentsNote":
    "As the Incidents page of the edition for the state has them (warehouse/editions/state_incidents.sql), with the narrative and the group held responsible as the source recorded them: records, not figures.",
  "report.annex.noIncidents":
    "No incident record (an attack with its narrative) concerning {state} is loaded for {year}; the deaths above are counted from the casualty records.",
  "report.progress.step": "report: {what} ({seconds} s)",
  "report.progress.open": "opening the warehouse",
  "report.progress.package": "rebuilding the edition's data package in memory",
  "report.progress.figures": "computing the figures",
  "report.progress.sections": "writing the sections",
  "report.progress.pdfLayout": "printing with Chromium to lay out the pages",
  "report.progress.pdf": "printing the PDF with the table of contents",
  "report.done":
    "{dir}: report.pdf ({pages} pages, {pdf} kB), report.html ({html} kB), figures.json ({figures} figures, {json} kB), in {seconds} s ({total} s with start-up).",
  "report.error.year": "--year must be a year such as 2022 (got '{year}').",
  "report.error.lang": "Unknown language '{lang}': use one of {langs}.",
  "report.error.unknownState":
    "Unknown state '{state}': no state has that ISO 3166 alpha-3 code in the states reference (warehouse/reference/states.csv). Use --edition state:<ISO3>, for example state:MLI.",
  "report.error.noData":
    "No data for {year} in {warehouse}: its records cover {first}–{last}. Nothing was written; choose a year in that range, or load that year's exports first.",
  "report.error.noDataState":
    "No data concerning {state} for {year} in {warehouse}: its records concerning {state} cover {first}–{last}. Nothing was written.",
  "report.error.noDataAtAll":
    "No data in {warehouse}: no casualty, attack, case, request or assistance record has been loaded. Nothing was written.",
  "report.error.noDataStateAtAll":
    "No data concerning {state} in {warehouse}: no casualty, attack, case, request or assistance record concerns it. Nothing was written.",
  "report.error.reportsOption": "--reports takes years separated by commas, such as 2022,2023 (got '{value}').",
  "report.error.chromium":
    "Chromium not found at {path}: the PDF is printed by Debian's Chromium. Install its package with `apt-get install chromium` (or set CHROMIUM_PATH to the executable). Nothing was written.",
  "report.warning.catalogue":
    "report: there is no catalogue for '{lang}' yet (src/i18n/{lang}.js): the text falls back to English until the six-language work adds it; numbers, dates and direction follow '{lang}'.",
  "report.json.package":
    "The data package of the {edition} edition of the site built from the same warehouse (its Downloads page, extracts.zip), also written by `npm run etl -- extract --edition {edition} --out DIR`.",
  "report.json.recompute":
    "Each figure's sql returns one row with one column, value, when run in DuckDB on the package's tables (CREATE VIEW <table> AS FROM '<table>.parquet' for each table in tables). A figure in a table has the id <set>.<column>/<key>.",
  "etl.leftOut.noMission": "not about UN peacekeepers: no mission of missions.csv named as actor2 or in assoc_actor_2",
  "etl.leftOut.notAnAttack": "not an attack on the mission: ACLED sub-event type '{type}'",
  "etl.load.leftOutSummary":
    "{file}: {kind}, {rowsIn} rows in = {loaded} loaded + {rejected} rejected + {leftOut} left out ({seconds} s).",
  "etl.load.leftOutLine": "  {rows} left out: {reason} (first on line {line})",
  "etl.load.reconcileLeftOut":
    "{file}: {read} records read differ from {landed} landed + {leftOut} left out; the load was rolled back.",
  "etl.load.accessedDate": "--accessed expects a date as YYYY-MM-DD (value '{value}').",
  "etl.status.agreement":
    "UN deaths in malicious acts and ACLED's attacks, per mission (mart_acled_agreement; the link rule is in docs/sources/acled.md):",
  "etl.status.leftOut": "Rows left out as outside the scope (counted in etl_left_out, not kept):",
};
