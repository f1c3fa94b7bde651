// French: the sentences only Node reads (the ETL's messages, the reports, the Excel templates),
// apart from src/i18n/fr.js so that no page fetches them. src/i18n/catalogues.js joins the two.
export default {
  "etl.file.unreadable": "{file} : impossible de lire le fichier ({reason}).",
  "etl.file.empty": "{file} : le fichier est vide ; une ligne d’en-tête et au moins un enregistrement sont attendus.",
  "etl.file.binary":
    "{file} : le fichier n’est pas du texte (il contient des octets NUL) ; un fichier CSV ou JSON Lines est attendu.",
  "etl.file.format": "{file} : type de fichier inconnu « {extension} » ; .csv, .jsonl, .ndjson ou .xlsx est attendu.",
  "etl.kind.unknown":
    "{file} : impossible de déterminer le type d’export d’après ses colonnes ({columns}). Le plus proche est « {kind} », auquel il manque : {missing}. Indiquez le type avec --kind.",
  "etl.kind.missingColumns": "{file} ligne 1 : ce type d’export ({kind}) exige des colonnes absentes : {missing}.",
  "etl.kind.unknownColumns": "{file} ligne 1 : colonnes inconnues pour ce type d’export ({kind}) : {unknown}.",
  "etl.row.parse": "impossible d’analyser la ligne : {reason}",
  "etl.row.unknownFields": "champs inconnus pour ce type d’export : {fields}",
  "etl.row.notScalar": "une seule valeur est attendue ; un objet ou une liste JSON a été trouvé",
  "etl.row.fieldCount": "{expected} champs attendus, {found} trouvés",
  "etl.row.json": "ce n’est pas un objet JSON : {reason}",
  "etl.check.required": "une valeur est obligatoire",
  "etl.check.identifier":
    "1 à 64 lettres, chiffres ou . _ : / - attendus, commençant par une lettre ou un chiffre (valeur « {value} »)",
  "etl.check.iso3": "un code ISO 3166 alpha-3 tel que MLI est attendu (valeur « {value} »)",
  "etl.check.pattern": "ne correspond pas à la forme attendue {pattern} (valeur « {value} »)",
  "etl.check.oneOf": "une des valeurs {allowed} est attendue (valeur « {value} »)",
  "etl.check.date": "une date AAAA-MM-JJ est attendue (valeur « {value} »)",
  "etl.check.earliest":
    "la date est antérieure au {earliest}, date de la première opération de maintien de la paix (valeur « {value} »)",
  "etl.check.future": "la date est dans le futur (valeur « {value} »)",
  "etl.check.number": "un nombre est attendu (valeur « {value} »)",
  "etl.check.wholeNumber": "un nombre entier est attendu (valeur « {value} »)",
  "etl.check.minimum": "{minimum} ou plus est attendu (valeur « {value} »)",
  "etl.check.maximum": "{maximum} ou moins est attendu (valeur « {value} »)",
  "etl.check.minLength": "au moins {minLength} caractères sont attendus (valeur « {value} »)",
  "etl.check.maxLength": "dépasse les {maxLength} caractères autorisés ({length} caractères)",
  "etl.check.minItems": "au moins {minItems} valeur(s) attendue(s)",
  "etl.check.endBeforeStart": "end_date est antérieure à start_date",
  "etl.check.absentiaOverConcerned": "persons_in_absentia est supérieur à persons_concerned",
  "etl.check.replyBeforeSent": "reply_date est antérieure à sent_date",
  "etl.check.dueBeforeSent": "due_date est antérieure à sent_date",
  "etl.check.webAddress": "une adresse web commençant par http:// ou https:// est attendue (valeur « {value} »)",
  "etl.check.currency": "un code de monnaie ISO 4217 tel que XOF est attendu (valeur « {value} »)",
  "etl.row.unknownMission": "mission inconnue « {value} » (absente de la table de référence des missions)",
  "etl.row.unknownState": "code d’État inconnu « {value} » (absent de la table de référence des États)",
  "etl.row.duplicateKey": "{key} en double dans ce fichier (première occurrence ligne {line})",
  "etl.row.duplicateMerged":
    "{key} en double « {value} » : même enregistrement que la ligne {line}, fusionné avec elle ({why})",
  "etl.row.duplicateNationality":
    "nationalité {kept} conservée, celle de l’État qui existait le {date} ; {dropped} écartée",
  "etl.row.unknownNationality":
    "nationalité inconnue « {value} » : ajoutez-la à warehouse/reference/nationality-aliases.csv",
  "etl.load.alreadyLoaded": "{file} : déjà chargé (chargement {loadId} du {date}, même sha256) ; rien n’a changé.",
  "etl.load.summary":
    "{file} : {kind}, {rowsIn} lignes reçues = {loaded} chargées + {rejected} rejetées ({seconds} s).",
  "etl.load.reconcile":
    "{file} : les lignes reçues ({rowsIn}) diffèrent des lignes chargées ({loaded}) + rejetées ({rejected}) ; le chargement a été annulé.",
  "etl.load.rejectLine": "  {file} ligne {line}, champ {field} : {reason}",
  "etl.load.moreRejects": "  … et {count} de plus ; voir `npm run etl -- status`.",
  "etl.status.releaseChanges":
    "Changements entre la publication {fromFile} (chargement {from}) et {toFile} (chargement {to}) de {family} : les victimes retirées restent dans l’entrepôt, marquées in_latest_release = false dans fct_casualty_versions.",
  "etl.warehouse.locked":
    "L’entrepôt {path} est utilisé par un autre processus (DuckDB le verrouille). Attendez que ce processus se termine, puis relancez la commande.",
  "etl.warehouse.missing":
    "Aucun entrepôt à l’emplacement {path}. Créez-en un avec `npm run etl -- sample` ou `npm run etl -- load <fichiers>`.",
  "template.unknownKind": "Type d’export inconnu « {kind} » ; l’un des types suivants est attendu : {kinds}.",
  "template.badOut": "--out doit désigner un classeur Excel se terminant par .xlsx (reçu « {out} »).",
  "template.written":
    "{file} : modèle de soumission pour {kind}, {columns} colonnes (dont {lists} avec listes déroulantes), lignes 2 à {last}. Remplissez-le et chargez-le avec `npm run etl -- load {file}`.",
  "template.sheet.instructions": "instructions",
  "template.sheet.lists": "listes",
  "template.note.list": "Plusieurs valeurs vont dans une même cellule, séparées par « ; » (par exemple A1;A2).",
  "template.validation.title": "Absent de la liste",
  "template.validation.error":
    "Choisissez une valeur de {field} dans la liste déroulante (voir la feuille d’instructions).",
  "template.instructions.title": "Comment remplir le modèle {kind}",
  "template.instructions.fill":
    "Inscrivez un enregistrement par ligne de la feuille « {kind} », à partir de la ligne 2 (jusqu’à {rows} lignes). Laissez cette feuille en premier et ne modifiez pas sa ligne d’en-tête. Les en-têtes grisés sont obligatoires ; les autres cellules peuvent rester vides, et une cellule vide prend la valeur par défaut de la colonne.",
  "template.instructions.lists":
    "Les colonnes à liste déroulante n’acceptent que les valeurs de la liste. Une colonne de type liste accepte plusieurs valeurs dans une même cellule, séparées par « ; » (par exemple A1;A2).",
  "template.instructions.text":
    "Saisissez les dates sous la forme AAAA-MM-JJ (par exemple 2024-03-05). Les cellules de date, de code et d’identifiant sont au format texte, afin qu’Excel les conserve telles que saisies.",
  "template.instructions.submit":
    "Enregistrez le classeur au format .xlsx et envoyez-le à l’équipe Blue Ledger, qui le charge avec `npm run etl -- load <fichier>`. Chaque ligne est vérifiée ; une ligne rejetée est signalée avec son numéro, sa colonne et le motif, afin qu’elle puisse être corrigée et le classeur renvoyé.",
  "template.heading.name": "colonne",
  "template.heading.required": "obligatoire",
  "template.heading.rules": "type et valeurs autorisées",
  "template.heading.description": "description",
  "template.heading.default": "valeur par défaut si vide",
  "template.yes": "oui",
  "template.no": "non",
  "template.type.string": "texte",
  "template.type.date": "date, AAAA-MM-JJ",
  "template.type.integer": "nombre entier",
  "template.type.number": "nombre",
  "template.type.list": "liste : valeurs séparées par « ; » (par exemple A1;A2)",
  "template.type.oneOf": "l’une des valeurs : {values} (à choisir dans la liste déroulante)",
  "template.type.pattern": "forme (expression régulière) : {pattern}",
  "template.type.minimum": "{minimum} ou plus",
  "template.type.maximum": "{maximum} ou moins",
  "template.type.earliest": "pas avant le {earliest}",
  "template.type.notInFuture": "pas dans le futur",
  "etl.extract.summary":
    "{files} fichiers (dont {others} par année, État hôte ou mission), {megabytes} Mo, dans {out}. Vérifiez-les avec : cd {out} && sha256sum -c SHA256SUMS",
  "etl.extract.badSums": "{file} mentionne un chemin hors de son dossier ; rien n’est supprimé.",
  "report.title": "Crimes commis contre les soldats de la paix des Nations Unies en {year}",
  "report.subtitle":
    "Les attaques contre le personnel des Nations Unies, leur suivi judiciaire par les États hôtes et l’aide des Nations Unies : rapport établi en application de la résolution 2589 (2021) du Conseil de sécurité",
  "report.cover.org": "Blue Ledger · Résolution 2589 (2021) du Conseil de sécurité",
  "report.cover.edition": "Édition",
  "report.cover.period": "Période",
  "report.cover.periodValue": "Du 1er janvier au 31 décembre {year}",
  "report.cover.cutoff": "Données arrêtées au",
  "report.cover.release": "Version de Blue Ledger",
  "report.cover.citable":
    "Chaque chiffre du présent rapport porte son identifiant en petits caractères. Le fichier figures.json, publié avec le rapport, les énumère tous, avec leur valeur et la requête SQL qui les recalcule à partir du paquet de données ; la section 8 explique comment procéder.",
  "report.sample": "DONNÉES D’EXEMPLE : générées pour la démonstration. Ces chiffres ne sont pas réels.",
  "report.restrictedNotice":
    "DIFFUSION RESTREINTE : la présente édition contient le détail de chaque affaire (événements judiciaires, récits, groupes tenus pour responsables), réservé au seul État Membre concerné. Ne pas publier.",
  "report.edition.public": "Édition publique",
  "report.edition.state": "Édition {state} (diffusion restreinte)",
  "report.contents": "Table des matières",
  "report.header.sample": "DONNÉES D’EXEMPLE",
  "report.header.restricted": "DIFFUSION RESTREINTE",
  "report.header.cutoff": "Données arrêtées au {cutoff}",
  "report.footer.page": "Page {page} sur {pages}",
  "report.tableNo": "Tableau {n}",
  "report.chartNo": "Graphique {n}",
  "report.chart.figures": "Chiffres : {ids}",
  "report.table.empty": "{table}, {title} : rien à signaler pour l’année.",
  "report.label.keyed": "{measure} : {key}",
  "report.key.allHostStates": "Ensemble des États hôtes",
  "report.where.all": "dans l’ensemble des missions",
  "report.where.state": "dans l’État hôte concerné ({state})",
  "report.where.allStates": "aux États hôtes",
  "report.where.toState": "à l’État hôte concerné ({state})",
  "report.col.measure": "Chiffre",
  "report.col.killedIn": "Tués en {year}",
  "report.col.attacksIn": "Attaques en {year}",
  "report.col.convictionsIn": "Condamnations en {year}",
  "report.col.backlogAtEnd": "Sans jugement, fin {year}",
  "report.col.recipient": "État bénéficiaire",
  "report.col.kind": "Type",
  "report.col.source": "Source",
  "report.col.set": "Ensemble",
  "report.col.rowHolds": "Une ligne",
  "report.col.tables": "Tables lues",
  "report.unit.cases": "Affaires",
  "report.unit.replies": "Réponses",
  "report.measure.killed": "Tués",
  "report.measure.injured": "Blessés",
  "report.measure.killedChange": "Variation du nombre de tués par rapport à l’année précédente",
  "report.measure.nationalsKilled": "Ressortissants tués",
  "report.measure.nationalsInjured": "Ressortissants blessés",
  "report.measure.attacks": "Attaques",
  "report.measure.fatalAttacks": "Attaques meurtrières",
  "report.measure.attacksChange": "Variation du nombre d’attaques par rapport à l’année précédente",
  "report.measure.fatalAttacksInferred": "Attaques meurtrières déduites des décès",
  "report.measure.killedInRecords": "Tués (relevés d’incidents)",
  "report.measure.investigationsOpened": "Enquêtes ouvertes",
  "report.measure.arrests": "Affaires ayant donné lieu à une arrestation",
  "report.measure.trialsOpened": "Procès ouverts",
  "report.measure.verdicts": "Jugements",
  "report.measure.convictions": "Affaires ayant abouti à une condamnation",
  "report.measure.convictionsInAbsentia": "Dont uniquement par contumace",
  "report.measure.personsConvicted": "Personnes condamnées",
  "report.measure.personsInAbsentia": "Personnes condamnées par contumace",
  "report.measure.acquittals": "Affaires ayant abouti à un acquittement",
  "report.measure.overturned": "Affaires dans lesquelles une condamnation a été annulée",
  "report.measure.noProgress": "Signalements indiquant que personne n’a eu à répondre de ses actes",
  "report.measure.convictionsChange": "Variation du nombre d’affaires ayant abouti à une condamnation",
  "report.measure.fatalToDate": "Attaques meurtrières à ce jour",
  "report.measure.withConviction": "Ayant donné lieu à une condamnation",
  "report.measure.withEffectiveConviction": "Ayant donné lieu à une condamnation effective",
  "report.measure.shareWithConviction": "Part ayant donné lieu à une condamnation",
  "report.measure.withoutVerdict": "Attaques meurtrières sans jugement",
  "report.measure.backlogChange": "Variation de l’arriéré",
  "report.measure.firstConvictions": "Attaques meurtrières ayant donné lieu à une première condamnation",
  "report.measure.medianDaysToConviction": "Nombre médian de jours jusqu’à une première condamnation",
  "report.measure.publicRecordEvents": "Événements relevés dans les sources publiques",
  "report.measure.requestsSent": "Demandes envoyées",
  "report.measure.replies": "Réponses reçues",
  "report.measure.repliesInFull": "Réponses portant sur l’ensemble des informations demandées",
  "report.measure.repliesInPart": "Réponses portant sur une partie des informations demandées",
  "report.measure.repliesWithoutInformation": "Réponses ne contenant pas les informations demandées",
  "report.measure.unanswered": "Demandes restées sans réponse",
  "report.measure.overdue": "Demandes en retard",
  "report.measure.activities": "Activités d’aide lancées",
  "report.measure.activitiesWithAmount": "Activités dont le montant est connu",
  "report.measure.amountUsd": "Montant connu (dollars É.-U.)",
  "report.measure.recipients": "États bénéficiaires",
  "report.section.summary": "Résumé",
  "report.summary.killed.one":
    "En {year}, {killed} soldat de la paix des Nations Unies a été tué lors d’un acte de malveillance {where} ({change} par rapport à {previousYear}).",
  "report.summary.killed.many":
    "En {year}, {killed} de soldats de la paix des Nations Unies ont été tués lors d’actes de malveillance {where} ({change} par rapport à {previousYear}).",
  "report.summary.killed.other":
    "En {year}, {killed} soldats de la paix des Nations Unies ont été tués lors d’actes de malveillance {where} ({change} par rapport à {previousYear}).",
  "report.summary.injured.one": "{injured} a été blessé.",
  "report.summary.injured.many": "{injured} ont été blessés.",
  "report.summary.injured.other": "{injured} ont été blessés.",
  "report.summary.attacks.one": "{attacks} attaque a été enregistrée ; {fatal} a fait au moins un mort.",
  "report.summary.attacks.many": "{attacks} d’attaques ont été enregistrées, dont {fatal} ont fait au moins un mort.",
  "report.summary.attacks.other": "{attacks} attaques ont été enregistrées, dont {fatal} ont fait au moins un mort.",
  "report.summary.inferred":
    "Les données chargées consignent des décès et non des attaques : regroupés par mission, par jour et par cause, les décès correspondent à au moins {inferred} attaques meurtrières.",
  "report.summary.judicial":
    "Les autorités concernées ont ouvert {investigations} enquêtes, et {convictions} affaires ont abouti à une condamnation, dont {inAbsentia} visant des personnes jugées uniquement par contumace ; à la fin de l’année, {backlog} attaques meurtrières n’avaient toujours pas donné lieu à un jugement.",
  "report.summary.judicialNoConviction":
    "Les autorités concernées ont ouvert {investigations} enquêtes, et {convictions} affaires ont abouti à une condamnation ; à la fin de l’année, {backlog} attaques meurtrières n’avaient toujours pas donné lieu à un jugement.",
  "report.summary.noCases":
    "Aucune affaire judiciaire n’a été chargée ; il n’est donc pas possible de rendre compte du suivi judiciaire. À la fin de l’année, {backlog} attaques meurtrières n’avaient donné lieu à aucun jugement consigné.",
  "report.summary.requests":
    "L’Organisation des Nations Unies a adressé {sent} demandes {where} au sujet d’attaques et a reçu {replies} réponses ; {overdue} demandes étaient en retard à la fin de l’année.",
  "report.summary.assistance.one":
    "{activities} activité de renforcement des capacités des Nations Unies a été lancée dans l’année.",
  "report.summary.assistance.many":
    "{activities} d’activités de renforcement des capacités des Nations Unies ont été lancées dans l’année.",
  "report.summary.assistance.other":
    "{activities} activités de renforcement des capacités des Nations Unies ont été lancées dans l’année.",
  "report.summary.assistanceState.one":
    "{activities} activité de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) a été lancée dans l’année.",
  "report.summary.assistanceState.many":
    "{activities} d’activités de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) ont été lancées dans l’année.",
  "report.summary.assistanceState.other":
    "{activities} activités de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) ont été lancées dans l’année.",
  "report.summary.chart": "Soldats de la paix tués lors d’actes de malveillance {where}, par année",
  "report.summary.table": "{year} en bref, par rapport à l’année précédente",
  "report.section.fatalities": "Décès résultant d’actes de malveillance",
  "report.fatalities.lead.one":
    "{killed} soldat de la paix a été tué lors d’actes de malveillance {where} en {year}, contre {previous} en {previousYear}.",
  "report.fatalities.lead.many":
    "{killed} de soldats de la paix ont été tués lors d’actes de malveillance {where} en {year}, contre {previous} en {previousYear}.",
  "report.fatalities.lead.other":
    "{killed} soldats de la paix ont été tués lors d’actes de malveillance {where} en {year}, contre {previous} en {previousYear}.",
  "report.fatalities.topMission":
    "La mission ayant perdu le plus de membres de son personnel : {mission}, avec {killed} tués.",
  "report.fatalities.topHostState":
    "L’État hôte où le plus grand nombre de personnes ont été tuées : {state}, avec {killed} tués.",
  "report.fatalities.nationals.one":
    "{killed} ressortissant de l’État concerné ({state}) a été tué lors d’actes de malveillance en {year}, toutes missions confondues.",
  "report.fatalities.nationals.many":
    "{killed} de ressortissants de l’État concerné ({state}) ont été tués lors d’actes de malveillance en {year}, quelle que soit la mission dans laquelle ils servaient.",
  "report.fatalities.nationals.other":
    "{killed} ressortissants de l’État concerné ({state}) ont été tués lors d’actes de malveillance en {year}, quelle que soit la mission dans laquelle ils servaient.",
  "report.fatalities.noInjuries":
    "Les données chargées ne consignent pas les blessés : seuls les décès sont comptabilisés.",
  "report.fatalities.byMission": "Victimes d’actes de malveillance {where} en {year}, par mission",
  "report.fatalities.byHostState": "Victimes d’actes de malveillance en {year}, par État hôte",
  "report.fatalities.byCategory": "Victimes d’actes de malveillance {where} en {year}, par catégorie de personnel",
  "report.fatalities.byNationality": "Victimes d’actes de malveillance en {year}, par nationalité",
  "report.fatalities.byNationalityChart":
    "Soldats de la paix tués lors d’actes de malveillance en {year}, par nationalité (les 15 nationalités comptant le plus de morts)",
  "report.fatalities.nationalsByMission":
    "Ressortissants de l’État concerné ({state}) tués et blessés lors d’actes de malveillance en {year}, par mission",
  "report.fatalities.byYear": "Victimes d’actes de malveillance {where}, par année",
  "report.section.attacks": "Attaques",
  "report.attacks.none":
    "Aucun relevé d’incident n’a été chargé : les données chargées dénombrent les personnes tuées, et non les attaques.",
  "report.attacks.inferred.one":
    "Regroupés par mission, par jour et par cause, les décès résultant d’actes de malveillance correspondent à au moins {inferred} attaque meurtrière {where} en {year}.",
  "report.attacks.inferred.many":
    "Regroupés par mission, par jour et par cause, les décès résultant d’actes de malveillance correspondent à au moins {inferred} d’attaques meurtrières {where} en {year} ; deux attaques survenues le même jour dans la même mission sont comptées comme une seule.",
  "report.attacks.inferred.other":
    "Regroupés par mission, par jour et par cause, les décès résultant d’actes de malveillance correspondent à au moins {inferred} attaques meurtrières {where} en {year} ; deux attaques survenues le même jour dans la même mission sont comptées comme une seule.",
  "report.attacks.lead.one":
    "{attacks} attaque contre le personnel des Nations Unies a été enregistrée {where} en {year} ({change} par rapport à {previousYear}) ; {fatal} a fait au moins un mort.",
  "report.attacks.lead.many":
    "{attacks} d’attaques contre le personnel des Nations Unies ont été enregistrées {where} en {year} ({change} par rapport à {previousYear}) ; {fatal} d’entre elles ont fait au moins un mort.",
  "report.attacks.lead.other":
    "{attacks} attaques contre le personnel des Nations Unies ont été enregistrées {where} en {year} ({change} par rapport à {previousYear}) ; {fatal} d’entre elles ont fait au moins un mort.",
  "report.attacks.topType": "Le type le plus fréquent : {type}, avec {attacks} attaques.",
  "report.attacks.byMonth": "Attaques {where} en {year}, par mois",
  "report.attacks.byType": "Attaques {where} en {year}, par type",
  "report.attacks.byHostState": "Attaques en {year}, par État hôte",
  "report.attacks.byYear": "Attaques {where}, par année",
  "report.section.judicial": "Suivi judiciaire",
  "report.judicial.noCases":
    "Aucune affaire judiciaire n’a été chargée : il n’est pas possible de rendre compte des étapes des enquêtes et des poursuites.",
  "report.judicial.steps.one":
    "En {year}, les autorités concernées ont ouvert {investigations} enquête sur des attaques {where} ({previous} en {previousYear}), procédé à des arrestations dans {arrests} affaires, ouvert un procès dans {trials} et rendu {verdicts} jugements.",
  "report.judicial.steps.many":
    "En {year}, les autorités concernées ont ouvert {investigations} d’enquêtes sur des attaques {where} ({previous} en {previousYear}), procédé à des arrestations dans {arrests} affaires, ouvert un procès dans {trials} et rendu {verdicts} jugements.",
  "report.judicial.steps.other":
    "En {year}, les autorités concernées ont ouvert {investigations} enquêtes sur des attaques {where} ({previous} en {previousYear}), procédé à des arrestations dans {arrests} affaires, ouvert un procès dans {trials} et rendu {verdicts} jugements.",
  "report.judicial.convictions.one":
    "{convictions} affaire a abouti à une condamnation ({change} par rapport à l’année précédente) ; dans {inAbsentia} d’entre elles, toutes les personnes condamnées ont été jugées par contumace. {persons} personnes ont été condamnées, dont {personsInAbsentia} par contumace.",
  "report.judicial.convictions.many":
    "{convictions} d’affaires ont abouti à une condamnation ({change} par rapport à l’année précédente) ; dans {inAbsentia} d’entre elles, toutes les personnes condamnées ont été jugées par contumace. {persons} personnes ont été condamnées, dont {personsInAbsentia} par contumace.",
  "report.judicial.convictions.other":
    "{convictions} affaires ont abouti à une condamnation ({change} par rapport à l’année précédente) ; dans {inAbsentia} d’entre elles, toutes les personnes condamnées ont été jugées par contumace. {persons} personnes ont été condamnées, dont {personsInAbsentia} par contumace.",
  "report.judicial.noConviction":
    "{convictions} affaires ont abouti à une condamnation ({change} par rapport à l’année précédente).",
  "report.judicial.backlog":
    "À la fin de {year}, {backlog} des {fatal} attaques meurtrières survenues à ce jour n’avaient donné lieu à aucun jugement ({change} dans l’année) ; {withConviction} avaient abouti à une condamnation ({share}).",
  "report.judicial.time.one":
    "{first} attaque meurtrière a donné lieu à une première condamnation en {year}, {median} jours après l’attaque.",
  "report.judicial.time.many":
    "{first} d’attaques meurtrières ont donné lieu à une première condamnation en {year}, en moyenne (médiane) {median} jours après l’attaque.",
  "report.judicial.time.other":
    "{first} attaques meurtrières ont donné lieu à une première condamnation en {year}, en moyenne (médiane) {median} jours après l’attaque.",
  "report.judicial.backlogByHostState": "Attaques meurtrières sans jugement à la fin de {year}, par État hôte",
  "report.judicial.stepsByHostState": "Étapes des affaires judiciaires en {year}, par État hôte",
  "report.judicial.stepsNote":
    "Affaires relatives à des attaques survenues dans l’État hôte qui ont franchi l’étape dans l’année ; une affaire relative à des attaques survenues dans deux États hôtes est comptée dans chacun d’eux. Les jugements comprennent les condamnations et les acquittements. Uniquement par contumace : affaires dans lesquelles toutes les personnes condamnées dans l’année ont été jugées par contumace.",
  "report.judicial.timeByHostState":
    "Attaques meurtrières ayant donné lieu à une première condamnation en {year}, et nombre médian de jours écoulés depuis l’attaque, par État hôte",
  "report.judicial.stepsChart": "Étapes des affaires judiciaires relatives aux attaques {where} en {year}",
  "report.judicial.backlogTable":
    "Attaques meurtrières {where} : jugements, condamnations et arriéré à la fin de {year}",
  "report.judicial.record.one":
    "Les sources publiques relatives aux affaires font état de {events} événement survenu en {year}, avec sa source.",
  "report.judicial.record.many":
    "Les sources publiques relatives aux affaires font état de {events} d’événements survenus en {year}, chacun avec sa source.",
  "report.judicial.record.other":
    "Les sources publiques relatives aux affaires font état de {events} événements survenus en {year}, chacun avec sa source.",
  "report.judicial.recordTable": "Événements de {year} relevés dans les sources publiques relatives aux affaires",
  "report.judicial.recordNote":
    "Des enregistrements, et non des chiffres : ce que rapportent les sources publiques (Organisation des Nations Unies, missions, gouvernements, tribunaux et presse), à la date de la source la plus récente. Ce relevé est incomplet ; une attaque qui n’y figure pas peut néanmoins avoir fait l’objet d’une enquête.",
  "report.section.requests": "Informations communiquées par les États",
  "report.requests.none":
    "Aucune demande adressée par l’Organisation des Nations Unies aux États hôtes n’a été chargée : il n’est pas possible de savoir ce que les États ont communiqué.",
  "report.requests.lead.one":
    "En {year}, l’Organisation des Nations Unies a adressé {sent} demande par note verbale {where} au sujet d’attaques contre son personnel, et a reçu {replies} réponses : {full} portaient sur l’ensemble des informations demandées, {part} sur une partie d’entre elles et {none} ne contenaient aucune des informations demandées.",
  "report.requests.lead.many":
    "En {year}, l’Organisation des Nations Unies a adressé {sent} de demandes par note verbale {where} au sujet d’attaques contre son personnel, et a reçu {replies} réponses : {full} portaient sur l’ensemble des informations demandées, {part} sur une partie d’entre elles et {none} ne contenaient aucune des informations demandées.",
  "report.requests.lead.other":
    "En {year}, l’Organisation des Nations Unies a adressé {sent} demandes par note verbale {where} au sujet d’attaques contre son personnel, et a reçu {replies} réponses : {full} portaient sur l’ensemble des informations demandées, {part} sur une partie d’entre elles et {none} ne contenaient aucune des informations demandées.",
  "report.requests.unanswered.one":
    "À la fin de {year}, {unanswered} demande était toujours sans réponse ; {overdue} avait dépassé la date à laquelle une réponse était demandée.",
  "report.requests.unanswered.many":
    "À la fin de {year}, {unanswered} de demandes étaient toujours sans réponse, dont {overdue} au-delà de la date à laquelle une réponse était demandée.",
  "report.requests.unanswered.other":
    "À la fin de {year}, {unanswered} demandes étaient toujours sans réponse, dont {overdue} au-delà de la date à laquelle une réponse était demandée.",
  "report.requests.byHostState": "Demandes adressées aux États hôtes et réponses reçues en {year}",
  "report.requests.chart": "Réponses reçues en {year}, selon la part des informations demandées qu’elles contenaient",
  "report.requests.stateChart": "Demandes adressées à l’État concerné ({state}) et réponses reçues en {year}",
  "report.requests.note":
    "Les réponses comprennent celles qui ont été reçues dans l’année, quelle que soit l’année de la demande ; les demandes sans réponse et en retard sont comptées à la fin de l’année.",
  "report.section.assistance": "Aide des Nations Unies au renforcement des capacités",
  "report.assistance.none": "Aucune activité d’aide au renforcement des capacités n’a été chargée.",
  "report.assistance.lead.one":
    "{activities} activité de renforcement des capacités des Nations Unies en faveur des institutions judiciaires et de sécurité des États hôtes a été lancée en {year}, dans {recipients} États ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.lead.many":
    "{activities} d’activités de renforcement des capacités des Nations Unies en faveur des institutions judiciaires et de sécurité des États hôtes ont été lancées en {year}, dans {recipients} États ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.lead.other":
    "{activities} activités de renforcement des capacités des Nations Unies en faveur des institutions judiciaires et de sécurité des États hôtes ont été lancées en {year}, dans {recipients} États ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.leadState.one":
    "{activities} activité de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) a été lancée en {year} ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.leadState.many":
    "{activities} d’activités de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) ont été lancées en {year} ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.leadState.other":
    "{activities} activités de renforcement des capacités des Nations Unies en faveur de l’État concerné ({state}) ont été lancées en {year} ({previous} l’année précédente) ; les montants connus ({withAmount} activités) s’élèvent au total à {amount}.",
  "report.assistance.byType": "Activités de renforcement des capacités lancées en {year}, par type",
  "report.assistance.byRecipient": "Activités de renforcement des capacités lancées en {year}, par État bénéficiaire",
  "report.assistance.note":
    "Montants en dollars des États-Unis, lorsqu’ils sont connus ; une activité est comptée l’année où elle a été lancée.",
  "report.section.progress": "Progrès accomplis par État",
  "report.progress.lead":
    "Le tableau ci-dessous présente côte à côte l’année {year} de chaque État hôte : décès, enquêtes et condamnations, arriéré des attaques meurtrières sans jugement et son évolution, réponses aux demandes de l’Organisation des Nations Unies et aide reçue.",
  "report.progress.leadState":
    "À la fin de {year}, {share} des attaques meurtrières survenues à ce jour dans l’État concerné ({state}) avaient abouti à une condamnation, contre {all} pour l’ensemble des États hôtes.",
  "report.progress.best":
    "L’État hôte où la part des attaques meurtrières ayant abouti à une condamnation est la plus élevée : {state}, avec {share}.",
  "report.progress.bestTied":
    "Les États hôtes où la part des attaques meurtrières ayant abouti à une condamnation est la plus élevée, à égalité : {state}, avec {share}.",
  "report.progress.table": "Progrès accomplis par les États hôtes en {year}",
  "report.progress.tableState": "L’État concerné ({state}) par rapport à l’ensemble des États hôtes en {year}",
  "report.progress.chart":
    "Part des attaques meurtrières survenues à ce jour ayant abouti à une condamnation, à la fin de {year}",
  "report.progress.note":
    "Tués, enquêtes, condamnations, demandes, réponses et aide : dans l’année. Sans jugement et part ayant abouti à une condamnation : à la fin de l’année, sur l’ensemble des attaques meurtrières survenues à ce jour.",
  "report.section.methodology": "Méthodologie et données",
  "report.method.lead":
    "Les chiffres du présent rapport sont calculés à partir du paquet de données de Blue Ledger, version {version}, données arrêtées au {cutoff} : le paquet de la présente édition ({edition}), proposé sur la page Téléchargements de la même édition du site (extracts.zip) et constitué à partir des chargements ci-dessous.",
  "report.method.sources": "Sources chargées",
  "report.method.sourcesNote":
    "Lignes chargées, après validation ; l’empreinte sha256 identifie exactement chaque fichier. La même liste figure dans le fichier datapackage.json du paquet (sources).",
  "report.method.recomputeTitle": "Recalculer un chiffre",
  "report.method.recompute":
    "Chaque chiffre est imprimé avec son identifiant en petits caractères. Dans un tableau, l’identifiant de la colonne figure dans son en-tête et la clé de la ligne à côté de son nom : l’identifiant du chiffre se compose de celui de l’ensemble, d’un point, de celui de la colonne, d’une barre oblique et de la clé, par exemple fatalities.by_mission.killed/MINUSMA.",
  "report.method.recompute.download": "Téléchargez le paquet de données de la présente édition et vérifiez-le : {code}",
  "report.method.recompute.downloadCode": "unzip extracts.zip -d package && cd package && sha256sum -c SHA256SUMS",
  "report.method.recompute.views":
    "Dans DuckDB, dans ce dossier, créez une vue de chaque table que lit le chiffre, à partir de son fichier Parquet : {code}",
  "report.method.recompute.viewsCode": "CREATE VIEW mart_attack_casualties AS FROM 'mart_attack_casualties.parquet';",
  "report.method.recompute.run":
    "Recherchez l’identifiant dans figures.json, publié avec le présent rapport, et exécutez sa requête sql : elle renvoie une ligne d’une colonne, value, qui contient le chiffre. {code}",
  "report.method.recompute.runCode": "jq -r '.figures[] | select(.id == \"fatalities.killed\") | .sql' figures.json",
  "report.method.recompute.table":
    "La requête SQL de chaque ensemble, avec le contenu d’une ligne, se trouve dans le dépôt de Blue Ledger, et figure dans le dernier tableau de la présente section : {code}",
  "report.method.recompute.tableCode": "etl/report/figures/*.sql",
  "report.method.ids":
    "Les identifiants sont stables : un chiffre porte le même identifiant dans le rapport de chaque année, dans le périmètre de son édition (l’ensemble des États hôtes dans l’édition publique, l’État concerné dans une édition destinée à un État).",
  "report.method.definitionsTitle": "Définitions",
  "report.define.maliciousAct.term": "Acte de malveillance",
  "report.define.maliciousAct":
    "Décès ou blessure causé par un acte délibéré dirigé contre le personnel des Nations Unies, selon la classification de l’Organisation des Nations Unies ; les décès dus à des accidents ou à des maladies, ainsi que les décès auto-infligés, ne sont pas comptabilisés.",
  "report.define.attack.term": "Attaque",
  "report.define.attack":
    "Un relevé d’incident : une attaque contre le personnel des Nations Unies, avec les personnes qu’elle a tuées et blessées.",
  "report.define.fatalAttack.term": "Attaque meurtrière",
  "report.define.fatalAttack":
    "Attaque ayant fait au moins un mort. Les chiffres relatifs au suivi judiciaire portent sur les attaques meurtrières.",
  "report.define.inferred.term": "Attaque déduite",
  "report.define.inferred":
    "Lorsque les données ne désignent aucun incident (données de l’Organisation des Nations Unies sur les décès), les décès résultant d’actes de malveillance survenus dans une même mission un même jour sont considérés comme une seule attaque : il s’agit d’une limite inférieure, puisque deux attaques survenues le même jour sont comptées comme une seule.",
  "report.define.steps.term": "Étapes d’une affaire",
  "report.define.steps":
    "Ouverture d’une enquête, arrestation, ouverture du procès, jugement, condamnation : on compte les affaires qui ont franchi l’étape dans l’année, dans l’État hôte où les attaques ont eu lieu.",
  "report.define.verdict.term": "Jugement",
  "report.define.verdict":
    "Une condamnation ou un acquittement. Une affaire classée sans suite ne constitue pas un jugement.",
  "report.define.inAbsentia.term": "Par contumace",
  "report.define.inAbsentia":
    "Une condamnation est réputée viser des personnes présentes, sauf si le relevé indique que toutes les personnes condamnées ont été jugées par contumace ; la mention « uniquement par contumace » désigne les affaires dans lesquelles c’est le cas.",
  "report.define.effective.term": "Condamnation effective",
  "report.define.effective":
    "Condamnation d’au moins une personne détenue, qu’aucune décision ultérieure n’a annulée pour chacune des personnes condamnées.",
  "report.define.backlog.term": "Arriéré",
  "report.define.backlog":
    "Les attaques meurtrières survenues à ce jour qui n’ont donné lieu à aucun jugement à la fin de l’année : le 31 décembre ou, pour l’année de la date d’arrêt des données, à cette date.",
  "report.define.time.term": "Délai jusqu’à une première condamnation",
  "report.define.time":
    "Nombre de jours écoulés entre une attaque meurtrière et sa première condamnation, pour les attaques ayant donné lieu à une première condamnation dans l’année ; la médiane est la valeur centrale ou, lorsque le nombre de valeurs est pair, la moyenne des deux valeurs centrales.",
  "report.define.requests.term": "Demandes",
  "report.define.requests":
    "Notes verbales par lesquelles l’Organisation des Nations Unies demande à un État hôte ce qu’il a fait à la suite d’attaques ; une réponse porte sur l’ensemble des informations demandées, sur une partie d’entre elles ou sur aucune. Une demande est en retard lorsqu’elle est restée sans réponse et que la date à laquelle une réponse était demandée est passée.",
  "report.define.assistance.term": "Aide au renforcement des capacités",
  "report.define.assistance":
    "Activités des entités des Nations Unies qui renforcent les capacités d’enquête et de poursuite d’un État (criminalistique, audiences foraines, formation, entre autres), comptées l’année où elles ont été lancées.",
  "report.method.cellsTitle": "Cellules à faible effectif",
  "report.method.cells":
    "L’édition publique ne contient que des données agrégées. Un effectif de 1 ou 2 dans une ventilation fine pourrait permettre d’identifier une seule personne ou une seule affaire ; le paquet de données de l’édition publique regroupe donc ces cellules : les personnes, par nationalité et par mission, sous Autres missions pour la même nationalité et la même année ; les affaires judiciaires, par juridiction et par état, sous une seule ligne Autres par État hôte ; les totaux restent exacts. Le présent rapport n’imprime que les totaux que cette règle laisse exacts (nationalités toutes missions confondues, étapes judiciaires de chaque État hôte) et aucune ventilation plus fine que celle du paquet ; il ne contient aucun enregistrement par affaire ou par personne en dehors des sources publiques relatives aux affaires, qui sont publiques de par leurs sources.",
  "report.method.cellsState":
    "La présente édition, destinée à l’État concerné ({state}), contient le détail de chaque affaire concernant cet État ({state}) (voir l’annexe) et applique la règle des cellules à faible effectif à tous les autres États : les effectifs de 1 ou 2 ressortissants d’un autre État dans une mission sont regroupés sous Autres missions. Ne pas publier.",
  "report.method.setsTitle": "Les ensembles de chiffres",
  "report.method.sets":
    "Les ensembles de chiffres de la présente édition, et les tables du paquet de données qu’ils lisent",
  "report.method.setsNote":
    "Chaque ensemble correspond à une requête SQL du dossier etl/report/figures/ du dépôt de Blue Ledger ; $year est l’année du rapport et $scope vaut ALL (édition publique) ou le code de l’État. Le fichier figures.json donne la requête SQL de chaque chiffre, ces deux valeurs y étant insérées.",
  "report.section.annex": "Annexe : détail des affaires concernant l’État suivant : {state}",
  "report.annex.restricted":
    "DIFFUSION RESTREINTE : les enregistrements ci-dessous concernent l’État suivant : {state}. Ils sont exclusivement réservés à cet État ({state}). Ne pas publier.",
  "report.annex.casesTitle": "Événements de {year} dans les affaires judiciaires concernant l’État suivant : {state}",
  "report.annex.cases": "Événements judiciaires de {year} concernant l’État suivant : {state}",
  "report.annex.casesNote":
    "Tels qu’ils figurent sur la page Affaires de l’édition destinée à l’État (warehouse/editions/state_case_events.sql) : des enregistrements, et non des chiffres. Seules les attaques d’une affaire qui concernent l’État sont énumérées.",
  "report.annex.noCases":
    "Aucun événement d’une affaire judiciaire concernant l’État suivant n’est consigné pour {year} : {state}.",
  "report.annex.incidentsTitle": "Attaques de {year} concernant l’État suivant : {state}",
  "report.annex.incidents":
    "Attaques de {year} survenues sur le territoire de l’État suivant ou visant ses ressortissants : {state}",
  "report.annex.incidentsNote":
    "Telles qu’elles figurent sur la page Incidents de l’édition destinée à l’État (warehouse/editions/state_incidents.sql), avec le récit et le groupe tenu pour responsable, tels que la source les a consignés : des enregistrements, et non des chiffres.",
  "report.annex.noIncidents": "Aucune attaque concernant l’État suivant n’est consignée pour {year} : {state}.",
  "report.progress.step": "rapport : {what} ({seconds} s)",
  "report.progress.open": "ouverture de l’entrepôt",
  "report.progress.package": "reconstitution en mémoire du paquet de données de l’édition",
  "report.progress.figures": "calcul des chiffres",
  "report.progress.sections": "rédaction des sections",
  "report.progress.pdfLayout": "impression avec Chromium pour la mise en page",
  "report.progress.pdf": "impression du PDF avec la table des matières",
  "report.done":
    "{dir} : report.pdf ({pages} pages, {pdf} ko), report.html ({html} ko), figures.json ({figures} chiffres, {json} ko), en {seconds} s ({total} s avec le démarrage).",
  "report.error.year": "--year doit être une année, par exemple 2022 (valeur reçue : « {year} »).",
  "report.error.lang": "Langue inconnue « {lang} » : utilisez l’une des langues suivantes : {langs}.",
  "report.error.unknownState":
    "État inconnu « {state} » : aucun État ne porte ce code ISO 3166 alpha-3 dans la table de référence des États (warehouse/reference/states.csv). Utilisez --edition state:<ISO3>, par exemple state:MLI.",
  "report.error.noData":
    "Aucune donnée pour {year} dans {warehouse} : ses enregistrements couvrent la période {first}–{last}. Rien n’a été écrit ; choisissez une année comprise dans cette période, ou chargez d’abord les exports de cette année.",
  "report.error.noDataState":
    "Aucune donnée concernant l’État suivant pour {year} dans {warehouse} : {state}. Ses enregistrements concernant cet État ({state}) couvrent la période {first}–{last}. Rien n’a été écrit.",
  "report.error.noDataAtAll":
    "Aucune donnée dans {warehouse} : aucun enregistrement de victime, d’attaque, d’affaire, de demande ou d’aide n’a été chargé. Rien n’a été écrit.",
  "report.error.noDataStateAtAll":
    "Aucune donnée concernant l’État suivant dans {warehouse} : {state}. Aucun enregistrement de victime, d’attaque, d’affaire, de demande ou d’aide ne le concerne. Rien n’a été écrit.",
  "report.error.reportsOption":
    "--reports attend des années séparées par des virgules, par exemple 2022,2023 (valeur reçue : « {value} »).",
  "report.error.chromium":
    "Chromium introuvable à l’emplacement {path} : le PDF est imprimé par le Chromium de Debian. Installez son paquet avec `apt-get install chromium` (ou indiquez l’exécutable dans CHROMIUM_PATH). Rien n’a été écrit.",
  "report.warning.catalogue":
    "rapport : il n’existe pas encore de catalogue pour « {lang} » (src/i18n/{lang}.js) : le texte s’affiche en anglais jusqu’à ce que le travail sur les six langues l’ajoute ; les nombres, les dates et le sens de l’écriture suivent « {lang} ».",
  "report.json.package":
    "Le paquet de données de l’édition {edition} du site constitué à partir du même entrepôt (sa page Téléchargements, extracts.zip), également produit par `npm run etl -- extract --edition {edition} --out DIR`.",
  "report.json.recompute":
    "La requête sql de chaque chiffre renvoie une ligne d’une colonne, value, lorsqu’elle est exécutée dans DuckDB sur les tables du paquet (CREATE VIEW <table> AS FROM '<table>.parquet' pour chaque table de tables). Un chiffre figurant dans un tableau a pour identifiant <set>.<column>/<key>.",
  "etl.leftOut.noMission":
    "ne concerne pas les soldats de la paix des Nations Unies : aucune mission de missions.csv n’est citée dans actor2 ni dans assoc_actor_2",
  "etl.leftOut.notAnAttack": "n’est pas une attaque contre la mission : sous-type d’événement ACLED « {type} »",
  "etl.load.leftOutSummary":
    "{file} : {kind}, {rowsIn} lignes reçues = {loaded} chargées + {rejected} rejetées + {leftOut} écartées ({seconds} s).",
  "etl.load.leftOutLine": "  {rows} écartées : {reason} (première à la ligne {line})",
  "etl.load.reconcileLeftOut":
    "{file} : {read} enregistrements lus ne correspondent pas à {landed} chargés + {leftOut} écartés ; le chargement a été annulé.",
  "etl.load.accessedDate": "--accessed attend une date au format AAAA-MM-JJ (valeur « {value} »).",
  "etl.status.agreement":
    "Décès de membres du personnel des Nations Unies lors d’actes de malveillance et attaques relevées par ACLED, par mission (mart_acled_agreement ; la règle de rattachement figure dans docs/sources/acled.md) :",
  "etl.status.leftOut": "Lignes écartées car hors du champ (comptées dans etl_left_out, non conservées) :",
};
