// Catalogue français : les clés de en.js, dans le même ordre (tests/i18n.test.ts).
// Terminologie de l’ONU (UNTERM) : soldat de la paix, acte de malveillance, État hôte,
// pays fournisseur de contingents ou de personnel de police, observateur militaire.
export default {
  // ETL : erreurs que lit la personne qui corrige un export
  "edition.unknown":
    "Édition inconnue « {edition} » : utilisez --edition public ou --edition state:<ISO3>, par exemple state:MLI.",

  // Site : commun
  "site.title": "Blue Ledger",
  "site.tagline":
    "Les attaques contre les soldats de la paix des Nations Unies et l’application du principe de responsabilité",
  "site.sampleBanner": "DONNÉES D’EXEMPLE — générées pour la démonstration. Ces chiffres ne sont pas réels.",
  "site.source.sample": "Source : données d’exemple de Blue Ledger (synthétiques), au {asOf}.",
  "site.source.warehouse": "Source : entrepôt Blue Ledger, chargements jusqu’au {asOf}.",
  "site.table.show": "Afficher le tableau",
  "nav.overview": "Vue d’ensemble",
  "nav.attackTrends": "Évolution des attaques",
  "nav.impunity": "Impunité",
  "nav.hostStates": "États hôtes",
  "nav.downloads": "Téléchargements",

  "site.footer":
    "Blue Ledger : la base de données des crimes commis contre les soldats de la paix des Nations Unies demandée par la résolution 2589 (2021) du Conseil de sécurité. Données agrégées uniquement ; conçu pour être consulté hors ligne.",
  "site.noData": "Aucune donnée de ce type n’a encore été chargée. {hint}",
  "site.noCases":
    "Les données chargées ne comportent encore aucune affaire judiciaire ; il n’y a donc rien à afficher ici. Chargez un export des affaires pour suivre l’avancement des enquêtes et des poursuites.",
  "site.noAssistance": "Aucune activité d’aide au renforcement des capacités n’a été chargée.",
  "site.noIncidents":
    "Les données chargées ne comportent aucun incident (seulement des victimes) ; les attaques ne peuvent donc pas être dénombrées ici.",
  "site.units.people": "Unité : personnes",
  "site.units.attacks": "Unité : attaques",
  "site.units.share": "Unité : part des attaques meurtrières",
  "site.units.assistance": "Unité : activités (montants en dollars des États-Unis dans le tableau)",
  "site.units.cases": "Unité : affaires judiciaires",
  "site.units.days": "Unité : jours (médiane)",

  // Vocabulaires
  "attack_type.ied_or_mine": "Engin explosif improvisé ou mine",
  "attack_type.ambush": "Embuscade",
  "attack_type.indirect_fire": "Tirs indirects",
  "attack_type.direct_attack_on_base": "Attaque directe contre une base",
  "attack_type.attack_on_convoy_or_patrol": "Attaque contre un convoi ou une patrouille",
  "attack_type.abduction": "Enlèvement",
  "attack_type.other": "Autre",
  "attack_type.not_recorded": "Non consigné",
  "host_state.not_attributed": "Non attribué à un seul État hôte",
  "personnel_category.military": "Militaires",
  "personnel_category.police": "Policiers",
  "personnel_category.military_observer": "Observateurs militaires",
  "personnel_category.international_civilian": "Civils recrutés sur le plan international",
  "personnel_category.national_civilian": "Civils recrutés sur le plan national",
  "personnel_category.other": "Autres",
  "stage.no_case": "Attaques enregistrées",
  "stage.investigation_opened": "Enquête ouverte",
  "stage.suspect_identified": "Suspect identifié",
  "stage.arrest": "Arrestation",
  "stage.charged": "Mise en accusation",
  "stage.trial_opened": "Procès ouvert",
  "stage.verdict": "Jugement",
  "stage.convicted": "Condamnation",
  "status.opened": "Ouverte, aucune étape consignée",
  "status.dismissed": "Classée sans suite",
  "court_type.civilian": "Juridiction civile",
  "court_type.military": "Juridiction militaire",
  "court_type.international": "Juridiction internationale",
  "assistance_type.investigation_support": "Appui aux enquêtes",
  "assistance_type.forensics": "Police scientifique",
  "assistance_type.mobile_courts": "Audiences foraines",
  "assistance_type.prosecution_support": "Appui aux poursuites",
  "assistance_type.detention": "Détention",
  "assistance_type.training": "Formation",
  "assistance_type.legal_advice": "Conseil juridique",
  "horizon.1y": "Au bout d’un an",
  "horizon.2y": "Au bout de 2 ans",
  "horizon.5y": "Au bout de 5 ans",

  // En-têtes de colonnes
  "col.year": "Année",
  "col.month": "Mois",
  "col.hostState": "État hôte",
  "col.mission": "Mission",
  "col.nationality": "Nationalité",
  "col.attackType": "Type d’attaque",
  "col.personnelCategory": "Personnel",
  "col.killed": "Tués",
  "col.injured": "Blessés",
  "col.attacks": "Attaques",
  "col.fatalAttacks": "Attaques meurtrières",
  "col.withConviction": "Ayant donné lieu à une condamnation",
  "col.shareWithConviction": "Part ayant donné lieu à une condamnation",
  "col.withoutVerdict5y": "Sans jugement au bout de 5 ans",
  "col.horizon": "Temps écoulé depuis l’attaque",
  "col.shareWithoutVerdict": "Part sans jugement",
  "col.eligible": "Attaques assez anciennes",
  "col.years": "Années depuis l’attaque",
  "col.atRisk": "Attaques encore suivies",
  "col.shareWithoutConviction": "Part sans condamnation",
  "col.stage": "Étape",
  "col.reached": "Attaques l’ayant atteinte",
  "col.stopped": "Arrêtées à ce stade",
  "col.medianDays": "Jours (médiane) depuis l’étape précédente",
  "col.courtType": "Juridiction",
  "col.status": "État de l’affaire",
  "col.cases": "Affaires",
  "col.assistanceType": "Aide",
  "col.activities": "Activités",
  "col.amountUsd": "Montant (dollars É.-U.)",
  "col.assistanceActivities": "Activités d’aide",
  "col.assistanceUsd": "Aide (dollars É.-U.)",
  "col.file": "Fichier",
  "col.description": "Contenu",
  "col.rows": "Lignes",
  "col.format": "Format",
  "col.size": "Taille",

  // Vue d’ensemble
  "overview.title": "Attaques contre les soldats de la paix des Nations Unies",
  "overview.lede":
    "La résolution 2589 (2021) du Conseil de sécurité demande que les auteurs de tout crime commis contre des soldats de la paix des Nations Unies aient à répondre de leurs actes. Ce site recense les attaques, les personnes tuées et blessées, et l’avancement des enquêtes et des poursuites que les États hôtes devraient mener.",
  "overview.kpi.attacks": "Attaques enregistrées",
  "overview.kpi.killed": "Soldats de la paix tués lors d’attaques",
  "overview.kpi.injured": "Soldats de la paix blessés lors d’attaques",
  "overview.kpi.inferredAttacks": "Attaques meurtrières, déduites des décès (même mission, même jour, même cause)",
  "overview.kpi.injuredNotRecorded": "Blessés : non consignés dans les données chargées",
  "overview.kpi.convictions": "Attaques meurtrières ayant donné lieu à une condamnation",
  "overview.kpi.hostStates": "États hôtes",
  "overview.kpi.period": "{first}–{last}",
  "overview.trend.title": "Soldats de la paix tués lors d’attaques, par année",
  "overview.trend.finding":
    "{peakYear} a été l’année la plus meurtrière : {peakKilled} soldats de la paix ont été tués lors d’attaques.",

  // Évolution des attaques
  "trends.title": "Évolution des attaques",
  "trends.lede":
    "Toute personne tuée ou blessée lors d’un acte de malveillance contre le personnel des Nations Unies, par année, État hôte, mission, type d’attaque, catégorie de personnel et nationalité.",
  "trends.filter.hostState": "État hôte",
  "trends.filter.all": "Tous les États hôtes",
  "trends.byHostState.title": "Soldats de la paix tués lors d’attaques, par année et par État hôte",
  "trends.byHostState.finding": "{top} concentre {share} de l’ensemble des soldats de la paix tués lors d’attaques.",
  "trends.monthly.title": "Attaques par mois",
  "trends.monthly.finding": "{attacks} attaques enregistrées, dont {fatal} ont fait au moins un mort.",
  "trends.byType.title": "Soldats de la paix tués, par type d’attaque",
  "trends.byType.finding":
    "Le type d’attaque le plus meurtrier pour les soldats de la paix : {top}, avec {killed} tués.",
  "trends.byCategory.title": "Soldats de la paix tués, par catégorie de personnel",
  "trends.byCategory.finding": "Catégorie « {top} » : {share} des soldats de la paix tués.",
  "trends.nationality.title":
    "Le point de vue d’un pays fournisseur de contingents ou de personnel de police sur ses ressortissants",
  "trends.nationality.pick": "Nationalité",
  "trends.nationality.finding":
    "{killed} ressortissants de l’État suivant tués et {injured} blessés lors d’attaques : {country}, dans {missions}.",
  "trends.nationality.findingKilled":
    "{killed} ressortissants de l’État suivant tués lors d’attaques : {country}, dans {missions}.",
  "count.missions.one": "{count} mission",
  "count.missions.many": "{count} de missions",
  "count.missions.other": "{count} missions",
  "trends.nationality.chartTitle":
    "Ressortissants de l’État suivant tués lors d’attaques, par année et par mission : {country}",

  // Impunité
  "impunity.title": "Impunité",
  "impunity.lede":
    "Pour chaque attaque ayant coûté la vie à des membres du personnel des Nations Unies : quelqu’un a-t-il été condamné, et en combien de temps ? Un jugement est une condamnation ou un acquittement ; une affaire classée sans suite n’est pas un jugement.",
  "impunity.shares.title": "Attaques meurtrières toujours sans jugement au bout de 1, 2 et 5 ans",
  "impunity.shares.finding":
    "Cinq ans après une attaque meurtrière, {share} des attaques n’ont toujours donné lieu à aucun jugement.",
  "impunity.km.title": "Délai jusqu’à la première condamnation",
  "impunity.km.finding": "La moitié des attaques meurtrières n’aboutissent à une condamnation qu’au bout de {median}.",
  "impunity.km.findingNever":
    "Moins de la moitié des attaques meurtrières ont abouti à une condamnation : {share} n’en ont toujours aucune.",
  "impunity.km.years.one": "{count} an",
  "impunity.km.years.many": "{count} d’années",
  "impunity.km.years.other": "{count} ans",
  "impunity.km.method":
    "Estimateur de Kaplan-Meier. Les attaques encore sans condamnation sont suivies jusqu’à la date d’arrêt des données ({asOf}), puis censurées ; les attaques récentes ne sont donc pas comptées comme des échecs.",
  "impunity.funnel.title": "Jusqu’où va le suivi des attaques",
  "impunity.funnel.finding":
    "{share} des attaques n’ont jamais donné lieu à l’ouverture d’une enquête ; {convicted} ont abouti à une condamnation.",
  "impunity.table.title": "Par État hôte",

  // États hôtes
  "hostStates.title": "États hôtes",
  "hostStates.lede":
    "Le bilan en matière d’application du principe de responsabilité de chaque État où des soldats de la paix des Nations Unies ont été attaqués. Ouvrez la page d’un État pour voir son suivi judiciaire, les délais de la justice, les affaires et l’aide reçue.",
  "hostStates.table.title": "États hôtes, selon le nombre de soldats de la paix tués lors d’attaques",
  "hostState.title": "{name}",
  "hostState.lede":
    "Les attaques contre le personnel des Nations Unies dans l’État suivant, et leur suivi judiciaire : {name}.",
  "hostState.back": "← Tous les États hôtes",
  "hostState.byYear.title": "Soldats de la paix tués lors d’attaques, par année : {name}",
  "hostState.byYear.finding": "{killed} soldats de la paix tués et {injured} blessés lors d’attaques.",
  "hostState.byYear.findingKilled": "{killed} soldats de la paix tués lors d’attaques.",
  "hostState.funnel.title": "Suivi judiciaire : jusqu’où va le suivi des attaques ({name})",
  "hostState.funnel.finding":
    "Sur {attacks} attaques, {investigated} ont donné lieu à l’ouverture d’une enquête et {convicted} ont abouti à une condamnation.",
  "hostState.km.title": "Délai jusqu’à la première condamnation : {name}",
  "hostState.durations.title": "Délais entre les étapes : {name}",
  "hostState.durations.finding":
    "Nombre médian de jours d’une étape à la suivante, parmi les attaques qui l’ont atteinte.",
  "hostState.cases.title": "Affaires judiciaires relatives aux attaques : {name}",
  "hostState.cases.finding": "{cases} affaires, dont {convicted} ont abouti à une condamnation.",
  "hostState.assistance.title": "Aide des Nations Unies reçue : {name}",
  "hostState.assistance.finding":
    "{activities} activités d’aide, d’une valeur d’au moins {amount} lorsque les montants sont connus.",

  // Téléchargements
  "downloads.title": "Téléchargements",
  "downloads.table.title": "Extraits publics",
  "downloads.howto":
    "Lecture dans DuckDB : SELECT * FROM 'mart_attack_casualties.parquet'; en Python : pandas.read_parquet('mart_attack_casualties.parquet') ; en R : arrow::read_parquet('mart_attack_casualties.parquet').",
  "downloads.package.title": "Le paquet de données",
  "downloads.package.lede":
    "Version {version}, données arrêtées au {cutoff}. datapackage.json décrit chaque table (Frictionless Table Schema : types, significations, clés) ; SHA256SUMS permet de vérifier chaque fichier avec sha256sum -c SHA256SUMS ; CITATION.cff indique comment le citer.",
  "downloads.package.all": "Tout dans une seule archive (extracts.zip)",
  "downloads.package.dictionary": "Dictionnaire des données",
  "downloads.formats":
    "Chaque table est fournie aux formats Parquet (zstd), Arrow IPC, CSV et CSV avec une ligne de balises HXL sous l’en-tête, pour les outils humanitaires. Dans les fichiers CSV, un texte qu’un tableur exécuterait comme une formule (commençant par = + - ou @) est précédé d’une apostrophe ; les nombres sont laissés tels quels.",
  "downloads.partitions.title": "Victimes et incidents par année",
  "downloads.partitions.lede":
    "Parquet partitionné à la manière de Hive : un dossier par année. DuckDB les lit comme une seule table avec read_parquet('casualties/**/*.parquet', hive_partitioning = true) ; Spark, Trino et Arrow aussi.",
  "downloads.subsets.title": "Victimes et incidents d’un État hôte ou d’une mission",
  "downloads.subsets.lede":
    "Les victimes qui ne peuvent être rattachées à un État hôte ne figurent que dans les fichiers par mission.",
  "downloads.subsets.hostState": "État hôte",
  "downloads.subsets.mission": "Mission",
  "col.checksum": "SHA-256",
  "col.schema": "Schéma",
  "downloads.format.cff": "Citation File Format",
  "downloads.format.sha256": "Sommes de contrôle SHA-256",

  // Dictionnaire des données (des extraits publics)
  "nav.dataDictionary": "Dictionnaire des données",
  "dictionary.title": "Dictionnaire des données",
  "dictionary.lede":
    "Chaque colonne de chaque table et de chaque magasin de données publics, générée à partir du contrat qui valide les données et dont est issu datapackage.json.",
  "dictionary.key": "Clé",
  "dictionary.foreignKeys": "Renvoie à",
  "dictionary.files": "Fichiers",
  "col.field": "Colonne",
  "col.type": "Type",
  "col.required": "Toujours renseignée",
  "col.allowed": "Valeurs autorisées",
  "col.hxl": "HXL",

  // Le paquet de données (etl extract)
  "extracts.package.title":
    "Blue Ledger : les attaques contre les soldats de la paix des Nations Unies et leur suivi judiciaire",
  "extracts.package.sampleTag": "DONNÉES D’EXEMPLE",
  "extracts.package.description":
    "Les attaques contre les soldats de la paix des Nations Unies, les personnes tuées et blessées, l’avancement des enquêtes et des poursuites menées par les États hôtes, et l’aide des Nations Unies au renforcement des capacités (résolution 2589 du Conseil de sécurité). Données agrégées et enregistrements anonymes uniquement : aucun nom, récit ni dossier d’affaire.",
  "extracts.package.sampleNote":
    "Cette version est établie à partir de données d’exemple générées, et non d’enregistrements réels.",
  "extracts.citation.message": "Si vous utilisez ces données, veuillez les citer comme suit.",
  "extracts.citation.author": "Contributeurs de Blue Ledger",

  // Éditions (docs/editions.md)
  "edition.state.title": "Blue Ledger : édition {state} (diffusion restreinte)",
  "edition.state.banner":
    "DIFFUSION RESTREINTE : l’édition de Blue Ledger destinée à l’État suivant au titre de la résolution 2589 du Conseil de sécurité : {state}. Elle contient des dossiers d’affaires, des récits et des suspects concernant cet État ({state}). Ne pas publier : à conserver derrière une authentification.",
  "edition.state.footer":
    "Blue Ledger : l’édition destinée à l’État suivant, réservée à cet État Membre : {state}. Détail de chaque affaire pour les attaques survenues sur son territoire ({state}) ou visant ses ressortissants ; données agrégées pour tout le reste. Ne pas publier.",
  "smallCells.note":
    "Petits effectifs : pour les autres États, les nombres égaux à 1 ou 2 sont regroupés sous « Autres » afin qu’aucune personne ni affaire ne puisse être identifiée ; les totaux les incluent.",
  "trends.nationality.otherMissions": "Autres missions (moins de 3 chacune)",
  "status.other": "Autres (moins de 3 chacune)",
  "court_type.other": "Juridictions non affichées (moins de 3 affaires chacune)",
  "hostState.cases.findingMerged":
    "{cases} affaires ; {convicted} de celles qui sont affichées ont abouti à une condamnation ; {merged} autres sont regroupées sous « Autres » (effectifs inférieurs à 3 affaires).",
  "downloads.lede.public":
    "Chaque table et chaque magasin de données publics, au format Parquet (zstd) pour R, Python, DuckDB ou Spark, au format Arrow IPC et au format CSV (simple ou avec balises HXL), en un seul paquet de données autodescriptif et doté de sommes de contrôle. Cette édition publique ne contient que des données agrégées : aucune ligne par affaire ou par personne, aucun nom, récit ni dossier d’affaire.",
  "downloads.lede.state":
    "Le paquet de données de l’édition destinée à l’État suivant : {name}. Il contient les données agrégées de l’édition publique, ainsi que les victimes, incidents et activités d’aide qui concernent cet État ({name}) — attaques survenues sur son territoire ou visant ses ressortissants —, aux formats Parquet (zstd), Arrow IPC et CSV. Diffusion restreinte : ne pas publier.",
  "nav.cases": "Affaires",
  "nav.incidents": "Incidents",
  "cases.title": "Affaires judiciaires concernant l’État suivant : {name}",
  "cases.lede":
    "Chaque événement consigné des affaires judiciaires relatives aux attaques survenues sur le territoire de cet État ({name}) ou visant ses ressortissants : juridiction, date, personnes concernées et peine. Seules les attaques d’une affaire qui concernent cet État ({name}) sont énumérées.",
  "cases.none": "Aucune affaire judiciaire concernant cet État ({name}) n’a été consignée.",
  "cases.summary": "{cases} affaires, {events} événements consignés.",
  "incidents.title": "Attaques concernant l’État suivant : {name}",
  "incidents.lede":
    "Chaque attaque survenue sur le territoire de cet État ({name}), ou visant ses ressortissants ailleurs, avec son récit et le groupe tenu pour responsable, tels que la source les a consignés.",
  "incidents.none": "Aucune attaque concernant cet État ({name}) n’a été consignée.",
  "incidents.summary": "{incidents} attaques ; {killed} personnes tuées et {injured} blessées.",
  "col.caseId": "Affaire",
  "col.incidentId": "Attaque",
  "col.incidents": "Attaques concernées",
  "col.jurisdiction": "Compétence",
  "col.event": "Événement",
  "col.date": "Date",
  "col.personsConcerned": "Personnes concernées",
  "col.sentence": "Peine",
  "col.admin1": "Région",
  "col.place": "Lieu",
  "col.perpetrator": "Groupe tenu pour responsable",
  "col.narrative": "Récit",
  "event.investigation_opened": "Ouverture d’une enquête",
  "event.suspect_identified": "Identification d’un suspect",
  "event.arrest": "Arrestation",
  "event.charged": "Mise en accusation",
  "event.trial_opened": "Ouverture du procès",
  "event.convicted": "Condamnation",
  "event.acquitted": "Acquittement",
  "event.dismissed": "Classement sans suite",
  "event.sentenced": "Prononcé de la peine",
  "event.appeal": "Appel",

  // Archives publiques, décisions des juridictions, demandes aux États
  "event.conviction_overturned": "Condamnation annulée",
  "event.sentence_commuted": "Peine commuée ou réduite",
  "event.reparations_awarded": "Réparations accordées",
  "event.no_progress_reported": "Signalé : personne n’a eu à répondre de ses actes",
  "sentence_type.prison": "Emprisonnement",
  "sentence_type.life_imprisonment": "Réclusion à perpétuité",
  "sentence_type.death": "Peine de mort",
  "sentence_type.death_under_moratorium": "Peine de mort (moratoire sur les exécutions)",
  "sentence_type.forced_labour": "Travaux forcés",
  "sentence_type.fine": "Amende",
  "sentence_type.other": "Autre peine",
  "perpetrator_kind.armed_group": "Groupe armé",
  "perpetrator_kind.state_agent": "Agent de l’État",
  "perpetrator_kind.criminal": "Criminel",
  "perpetrator_kind.unknown": "Inconnu",
  "certainty.confirmed": "Confirmé",
  "certainty.reported": "Signalé",
  "certainty.unconfirmed": "Non confirmé",
  "source_kind.official_record": "Document officiel",
  "source_kind.un_statement": "Déclaration de l’ONU",
  "source_kind.press_only": "Presse uniquement",
  "precision.month": "{date} (mois seulement)",
  "precision.year": "{date} (année seulement)",
  "nav.publicRecord": "Sources publiques",
  "record.title": "Les enquêtes et les procès d’après les sources publiques",
  "record.lede":
    "Ce que les sources publiques — l’ONU, les missions, les gouvernements, les juridictions et la presse — rapportent du suivi judiciaire des attaques ayant coûté la vie à des soldats de la paix des Nations Unies, chaque attaque étant rattachée à la liste des morts établie par l’ONU elle-même.",
  "record.caveat":
    "Ce relevé est incomplet. Il reprend ce que disent les sources publiques, et non les dossiers des États Membres, et il est arrêté au {asOf}, date de sa source la plus récente. Une attaque qui n’y figure pas peut néanmoins avoir fait l’objet d’une enquête.",
  "record.summary":
    "{cases} affaires concernant {attacks} attaques dans {states} États hôtes ; {convicted} ont abouti à une condamnation, dont {absentia} avec des personnes condamnées par contumace.",
  "record.byState.title": "Affaires relevées dans les sources publiques, par État hôte",
  "record.byState.finding": "L’État qui compte le plus d’affaires relevées : {state}, avec {cases}.",
  "record.case.title": "{state} : attaque du {date}",
  "record.case.killed": "{killed} tués · {attacks}",
  "record.none":
    "Aucune affaire issue des sources publiques n’a été chargée. Chargez le relevé avec `npm run etl -- load warehouse/public-record/*.csv`.",
  "record.source": "{publisher}, {date}",
  "record.source.undated": "{publisher}, non daté",
  "record.disagreement": "Les sources divergent : {text}",
  "record.hostState.title": "Affaires connues par les sources publiques : {name}",
  "record.hostState.finding":
    "{cases} affaires relevées dans les sources publiques concernent des attaques survenues sur le territoire de cet État ({name}).",
  "col.court": "Juridiction ou autorité",
  "col.excerpt": "Ce que dit la source",
  "unit.years": "ans",
  "col.outcome": "Issue",
  "col.inAbsentia": "Par contumace",
  "col.certainty": "Degré de certitude",
  "col.sourceLink": "Source",
  "col.perpetratorKind": "Auteurs",
  "col.effectiveRate": "Taux de condamnation effective",
  "col.nominalRate": "Taux de condamnation nominal",
  "col.rate": "Taux",
  "col.requests": "Demandes",
  "col.replied": "Réponses",
  "col.replyRate": "Taux de réponse",
  "col.medianDaysToReply": "Délai de réponse médian (jours)",
  "col.overdue": "En retard",
  "col.coverage": "Portée de la réponse",
  "rate.nominal": "Toute condamnation",
  "rate.effective": "Condamnation d’une personne détenue, non annulée",
  "impunity.rates.title": "Attaques meurtrières ayant donné lieu à une condamnation : taux nominal et taux effectif",
  "impunity.rates.finding":
    "{nominal} des attaques meurtrières ont donné lieu à une condamnation ; {effective} à la condamnation d’une personne détenue, qui n’a pas été annulée.",
  "impunity.rates.method":
    "Nominal : au moins une condamnation pour l’attaque. Effectif : au moins une condamnation d’une personne détenue (non jugée par contumace), qui n’a pas été annulée ensuite pour chacune des personnes condamnées. Une condamnation est réputée viser une personne détenue, sauf si le relevé indique que toutes les personnes condamnées l’ont été par contumace. Seules les attaques ayant fait au moins un mort sont prises en compte.",
  "impunity.record":
    "Sur les données réelles, les affaires proviennent du relevé public des enquêtes et des procès, qui est incomplet : voir la page Sources publiques.",
  "requests.title": "Demandes adressées par l’ONU à l’État suivant et réponses reçues : {name}",
  "requests.finding": "{name} a répondu à {replied} demandes sur {requests} ({rate}) ; en retard : {overdue}.",
  "requests.method":
    "L’ONU demande à un État hôte, par note verbale, ce qu’il a fait à la suite d’une attaque. En retard : pas de réponse alors que la date demandée est passée à la date d’arrêt des données ({asOf}).",
  "requests.none": "Aucune demande adressée à l’État suivant au sujet d’une attaque n’a été chargée : {name}.",
  "coverage.full": "Tout ce qui était demandé",
  "coverage.partial": "Une partie de ce qui était demandé",
  "coverage.none": "Rien de ce qui était demandé",
  "coverage.no_reply": "Pas encore de réponse",
  "site.units.requests": "Unité : demandes",
  "site.units.rate": "Unité : part des attaques meurtrières",
  "overview.kpi.effective":
    "Attaques meurtrières ayant donné lieu à une condamnation effective (personne détenue, condamnation non annulée)",

  // Qualité des données
  "nav.dataQuality": "Qualité des données",
  "quality.title": "Qualité des données",
  "quality.lede":
    "La fraîcheur et l’exhaustivité des données chargées, et les lignes que le chargeur a refusées. Chaque ligne de chaque fichier est comptabilisée : lignes reçues = chargées + rejetées. Les lignes rejetées sont conservées en quarantaine pour les personnes qui corrigent les exports ; seuls les nombres sont affichés ici.",
  "quality.summary":
    "{loads} chargements à ce jour : {rowsIn} lignes reçues = {loaded} chargées + {rejected} rejetées.",
  "quality.freshness.title": "Fraîcheur par source",
  "quality.freshness.note":
    "Dernier chargement : date du dernier chargement d’un fichier de cette source et de ce type. Date d’arrêt des données : la date la plus récente que portent ses enregistrements (date de l’incident, de l’événement ou de début).",
  "quality.rejects.title": "Lignes rejetées, par motif",
  "quality.rejects.finding": "Le motif le plus fréquent : {field}, {reason} ({rows} lignes).",
  "quality.rejects.none": "Aucune ligne n’a été rejetée.",
  "quality.rejects.note":
    "Les valeurs sont retirées des motifs afin que les problèmes semblables soient comptés ensemble ; une ligne illisible n’a pas de champ.",
  "quality.completeness.title": "Exhaustivité des principaux champs facultatifs",
  "quality.completeness.finding": "Le moins complet : {field} de {kind}, renseigné pour {share} des enregistrements.",
  "quality.completeness.note":
    "Version actuelle de chaque enregistrement. Les champs obligatoires sont toujours renseignés : les lignes qui en sont dépourvues sont rejetées.",
  "quality.loads.title": "Historique des chargements",
  "quality.loads.note":
    "Les 200 derniers chargements, du plus récent au plus ancien. Un fichier chargé de nouveau avec le même contenu est ignoré et n’est pas répertorié une seconde fois.",
  "quality.units.rows": "Unité : lignes rejetées",
  "quality.units.share": "Unité : part des enregistrements",
  "quality.col.source": "Source",
  "quality.col.kind": "Type",
  "quality.col.loads": "Chargements",
  "quality.col.lastLoad": "Dernier chargement",
  "quality.col.dataCutoff": "Date d’arrêt des données",
  "quality.col.rowsIn": "Lignes reçues",
  "quality.col.rowsLoaded": "Chargées",
  "quality.col.rowsRejected": "Rejetées",
  "quality.col.shareRejected": "Part rejetée",
  "quality.col.field": "Champ",
  "quality.col.reason": "Motif",
  "quality.col.records": "Enregistrements",
  "quality.col.filled": "Renseignés",
  "quality.col.share": "Part renseignée",
  "quality.col.loadId": "Chargement",
  "quality.col.file": "Fichier",
  "quality.col.encoding": "Encodage",
  "quality.col.finished": "Terminé (UTC)",
  "quality.noField": "(ligne entière)",

  // Langues, accessibilité et impression (issue 12 ; docs/i18n.md)
  "framework.previousPage": "Page précédente",
  "framework.nextPage": "Page suivante",
  "framework.contents": "Sommaire",
  "framework.search": "Rechercher",
  "framework.toggleSidebar": "Afficher ou masquer la liste des pages",
  "language.switcher": "Langue",
  "language.choose": "Choisir une langue",
  "language.unknown":
    "Langue inconnue « {lang} » : utilisez une ou plusieurs des langues suivantes, séparées par des virgules : {languages}.",
  "site.skipToContent": "Aller au contenu",
  "site.start.portTaken": "Le port {port} est déjà utilisé par un autre programme ; essai du port {next}.",
  "site.start.running": "Blue Ledger est accessible à l’adresse {url}  (Ctrl-C pour arrêter)",
  "site.start.noFreePort":
    "Les ports {from} à {to} sont tous utilisés par d’autres programmes ; indiquez un port libre avec PORT.",
  "impunity.km.findingInState":
    "La moitié des attaques meurtrières survenues sur le territoire de cet État ({name}) ont abouti à une condamnation en {median} au plus.",
  "impunity.km.findingNeverInState":
    "Moins de la moitié des attaques meurtrières survenues sur le territoire de cet État ({name}) ont abouti à une condamnation : {share} n’en ont toujours aucune.",

  // Public record, ACLED, maps, contributing countries and reports (merged later)
  "nav.reports": "Rapports",
  "reports.title": "Rapports",
  "reports.lede":
    "Les rapports établis avec la présente édition du site, pour l’exposé annuel du Secrétaire général au titre de la résolution 2589 (2021) ou, dans une édition destinée à un État, pour cet État : à imprimer, à transmettre et à citer. Chaque chiffre qu’ils contiennent porte un identifiant ; le fichier figures.json les énumère tous, avec leur valeur et la requête SQL qui les recalcule à partir du paquet de données de la présente édition (Téléchargements).",
  "reports.none":
    "Aucun rapport n’a été établi avec la présente édition. Établissez-les avec le site (npm run build -- --reports 2022,2023) ou séparément (npm run report -- --year 2022).",
  "reports.table.title": "Rapports de la présente édition",
  "reports.col.year": "Année",
  "reports.col.language": "Langue",
  "reports.col.pages": "Pages",
  "reports.col.figures": "Chiffres",
  "reports.col.pdf": "PDF",
  "reports.col.html": "HTML",
  "reports.col.figuresJson": "figures.json",
  "reports.howto":
    "Le PDF est destiné à l’impression (A4, balisé pour les lecteurs d’écran) ; le HTML présente le même rapport pour l’écran ; figures.json est la liste de ses chiffres. La section 8 de chaque rapport explique comment recalculer un chiffre à partir du paquet de données.",
  "nav.contributingCountries": "Pays fournisseurs",
  "trends.filter.from": "De l’année",
  "trends.filter.to": "À l’année",
  "trends.filter.mission": "Mission",
  "trends.filter.allMissions": "Toutes les missions",
  "trends.filter.category": "Personnel",
  "trends.filter.allCategories": "Tout le personnel",
  "trends.filter.shown":
    "Affichage : {from}–{to}, {killed} personnes tuées lors d’attaques. Tous les graphiques et tableaux ci-dessous suivent ces filtres.",
  "trends.filter.empty": "Personne n’a été tué lors d’attaques dans les limites de ces filtres.",
  "trends.filter.noCategory":
    "les attaques ne sont pas comptées par catégorie de personnel : ce filtre ne s’applique pas ici",
  "trends.filter.nationalityScope": "les filtres État hôte et Personnel ne s’appliquent pas à cette ventilation",
  "trends.map.title": "Soldats de la paix tués lors d’attaques, par État hôte",
  "trends.map.legend": "Tués lors d’attaques",
  "trends.map.finding":
    "L’État où le plus grand nombre de personnes ont été tuées : {top}, avec {killed} tués, soit {share} des personnes représentées.",
  "hostStates.map.finding":
    "L’État où le plus grand nombre de personnes ont été tuées : {top}, avec {killed} tués, soit {share} de l’ensemble des soldats de la paix tués lors d’attaques dans un État hôte.",
  "map.offMap.one":
    "{count} État ou territoire comptant {people} personnes ne figure pas sur la carte (trop petit à cette échelle, ou État qui n’existe plus) : voir le tableau",
  "map.offMap.many":
    "{count} d’États ou territoires comptant {people} personnes ne figurent pas sur la carte (trop petits à cette échelle, ou États qui n’existent plus) : voir le tableau",
  "map.offMap.other":
    "{count} États ou territoires comptant {people} personnes ne figurent pas sur la carte (trop petits à cette échelle, ou États qui n’existent plus) : voir le tableau",
  "map.credit.world":
    "Carte : Natural Earth 1:110m (world-atlas) ; les frontières qui y figurent n’impliquent pas reconnaissance officielle par l’Organisation des Nations Unies",
  "region.title": "Attaques survenues sur le territoire de l’État suivant, par région de premier niveau : {name}",
  "region.legend": "Attaques",
  "region.finding":
    "La région ayant connu le plus grand nombre d’attaques : {top}, avec {attacks} attaques, soit {share} des attaques localisées par région.",
  "region.tip": "{drawn} (consignée comme {admin1})",
  "region.notOnMap": "Ne figure pas sur la carte",
  "region.unmatched.one":
    "{count} région citée dans les enregistrements, comptant {attacks} attaques, ne figure pas sur la carte : voir le tableau",
  "region.unmatched.many":
    "{count} de régions citées dans les enregistrements, comptant {attacks} attaques, ne figurent pas sur la carte : voir le tableau",
  "region.unmatched.other":
    "{count} régions citées dans les enregistrements, comptant {attacks} attaques, ne figurent pas sur la carte : voir le tableau",
  "region.withoutRegion": "{attacks} attaques n’ont pas de région consignée",
  "region.credit":
    "Limites : Natural Earth, pas toutes à jour : une région plus récente est représentée dans celle dont elle faisait partie (voir le tableau) ; des régions, jamais des points",
  "region.none":
    "Aucune attaque survenue sur le territoire de l’État suivant n’est localisée par région dans les données chargées : {name}.",
  "region.noBoundaries":
    "Le site ne dispose pas des limites de l’État suivant : {name}. Les régions figurent dans le tableau.",
  "col.admin1Recorded": "Région telle que consignée",
  "col.drawnIn": "Représentée dans",
  "col.killedInAttacks": "Tués lors d’attaques",
  "col.killedAll": "Tués, toutes causes confondues",
  "col.injuredInAttacks": "Blessés lors d’attaques",
  "col.rank": "Rang",
  "col.missions": "Missions",
  "countries.title": "Pays fournisseurs",
  "countries.lede":
    "Pour chaque pays dont un ressortissant a été tué au service de l’Organisation des Nations Unies, quelle qu’en soit la cause : ses ressortissants tués et blessés lors d’attaques, où et comment, et les suites données aux attaques. Ouvrez la page d’un pays pour en savoir plus.",
  "countries.map.title": "Ressortissants tués lors d’attaques, par nationalité",
  "countries.map.legend": "Ressortissants tués lors d’attaques",
  "countries.map.finding":
    "Le pays ayant perdu le plus de ressortissants lors d’attaques : {top}, avec {killed} sur {total}, parmi {countries} pays.",
  "countries.notRecorded": "{killed} personnes tuées lors d’attaques n’ont pas de nationalité consignée",
  "countries.table.title": "Pays fournisseurs",
  "countries.table.note":
    "Appuyez sur l’en-tête d’une colonne pour trier selon celle-ci ; appuyez de nouveau pour inverser l’ordre. Rang : place selon le nombre de ressortissants tués lors d’attaques.",
  "country.back": "← Tous les pays fournisseurs",
  "country.title": "{name}",
  "country.lede":
    "Les ressortissants de l’État suivant tués et blessés au service de l’Organisation des Nations Unies : {name}. Dans quelles missions, quelles années et quelles catégories de personnel, où et par quel type d’attaque, et les suites données aux attaques qui les ont tués.",
  "country.kpi.killedInAttacks": "Ressortissants tués lors d’attaques",
  "country.kpi.killedAll": "Ressortissants tués, toutes causes confondues",
  "country.kpi.injuredInAttacks": "Ressortissants blessés lors d’attaques",
  "country.kpi.rank": "Place parmi les pays fournisseurs, selon le nombre de ressortissants tués lors d’attaques",
  "country.kpi.rankValue": "{rank} sur {of}",
  "country.noAttacks":
    "Aucun ressortissant de l’État suivant n’a été tué ou blessé lors d’une attaque dans les données chargées : {name}. {killed} sont décédés d’autres causes.",
  "country.byYear.title": "Ressortissants de l’État suivant tués lors d’attaques, par année : {name}",
  "country.byYear.finding.one":
    "{year} a été l’année la plus meurtrière : {killed} des {total} ressortissants de l’État suivant tués lors d’attaques : {name}.",
  "country.byYear.finding.many":
    "{year} a été l’année la plus meurtrière : {killed} des {total} ressortissants de l’État suivant tués lors d’attaques : {name}.",
  "country.byYear.finding.other":
    "{year} a été l’année la plus meurtrière : {killed} des {total} ressortissants de l’État suivant tués lors d’attaques : {name}.",
  "country.by.finding": "{top} : {killed} tués, soit {share} du total.",
  "country.byMission.title": "Par mission",
  "country.byCategory.title": "Par catégorie de personnel",
  "country.byHostState.title": "Lieu où ils ont été tués",
  "country.byAttackType.title": "Par type d’attaque, lorsque l’enregistrement le précise",
  "country.merged": "Autres (moins de 3 chacun)",
  "country.attackType.notLinked": "Non rattaché à un relevé d’attaque",
  "country.followUp.heading": "Suites données aux attaques",
  "country.followUp.title":
    "Les attaques ayant tué des ressortissants de l’État suivant, et leur suivi judiciaire : {name}",
  "country.followUp.finding.one":
    "Sur {attacks} attaques ayant tué des ressortissants, {investigated} ont donné lieu à l’ouverture d’une enquête et {convicted} ({share}) ont abouti à une condamnation, dont {effective} à une condamnation effective.",
  "country.followUp.finding.many":
    "Sur {attacks} d’attaques ayant tué des ressortissants, {investigated} ont donné lieu à l’ouverture d’une enquête et {convicted} ({share}) ont abouti à une condamnation, dont {effective} à une condamnation effective.",
  "country.followUp.finding.other":
    "Sur {attacks} attaques ayant tué des ressortissants, {investigated} ont donné lieu à l’ouverture d’une enquête et {convicted} ({share}) ont abouti à une condamnation, dont {effective} à une condamnation effective.",
  "country.followUp.method":
    "une attaque est comptée une seule fois, quel que soit le nombre de ressortissants qu’elle a tués ; les attaques sont déduites des décès lorsque les enregistrements n’en désignent aucune ; effective : condamnation d’une personne détenue, qui n’a pas été annulée",
  "country.followUp.none": "Aucune attaque connue n’a tué de ressortissant de l’État suivant : {name}.",
  "country.followUp.attacks": "Attaques ayant tué des ressortissants",
  "country.followUp.investigated": "Enquête ouverte",
  "country.followUp.convicted": "Au moins une condamnation",
  "country.followUp.effective": "Une condamnation effective",
  "country.rank.heading": "Place parmi les pays fournisseurs",
  "country.rank.title": "Les dix pays fournisseurs comptant le plus de ressortissants tués lors d’attaques",
  "country.rank.finding":
    "Selon le nombre de ressortissants tués lors d’attaques, l’État suivant occupe le rang {rank} sur {of} pays : {name}.",
  "country.rank.findingTied":
    "Selon le nombre de ressortissants tués lors d’attaques, l’État suivant occupe le rang {rank} sur {of} pays, à égalité avec d’autres : {name}.",
  "country.rank.method": "rang : 1 correspond au nombre le plus élevé ; les pays à égalité partagent le même rang",
  "country.rank.none":
    "Aucun ressortissant de l’État suivant n’a été tué lors d’une attaque ; il ne figure donc pas dans ce classement : {name}.",
  "attack_type.direct_fire": "Tirs directs (affrontement armé)",
  "site.source.attribution": "Comprend des données provenant de {attributions}.",
  "incidents.withheld":
    "Les attaques consignées uniquement par une source dont les conditions d’utilisation ne permettent pas de publier les événements un par un ({attributions}) ne sont pas énumérées ici ; la page Qualité des données en donne le nombre.",
  "quality.summaryLeftOut":
    "{loads} chargements à ce jour : {rowsIn} lignes reçues = {loaded} chargées + {rejected} rejetées + {leftOut} écartées car hors du champ (événements ACLED qui ne sont pas des attaques contre une mission des Nations Unies).",
  "quality.col.rowsLeftOut": "Écartées",
  "quality.leftOut.title": "Lignes écartées car hors du champ",
  "quality.leftOut.note":
    "Une source telle qu’ACLED consigne tous les événements politiques survenus dans un pays ; seules les attaques contre une mission des Nations Unies sont conservées. Les autres sont comptées ici, par motif, et ne sont pas conservées.",
  "quality.agreement.title": "Les décès consignés par l’ONU et les attaques relevées par ACLED",
  "quality.agreement.finding":
    "{mission} : sur les {deaths} décès résultant d’actes de malveillance que l’ONU a consignés entre le {from} et le {to}, période que couvrent les fichiers d’ACLED, {linked} sont rattachés à une attaque relevée par ACLED contre la mission ({sameDay} le jour même, {withinADay} à un jour près) ; {ambiguous} pourraient correspondre à plusieurs attaques et {none} à aucune : ils restent donc non rattachés. {outside} décès se situent en dehors de cette période. ACLED relève {attacks} attaques contre la mission, dont {fatal} ayant fait des morts (quels qu’ils soient, assaillants compris) ; {fatalWithout} d’entre elles ne sont rattachées à aucun décès de membre du personnel des Nations Unies.",
  "quality.agreement.note":
    "Un décès consigné par l’ONU est rattaché à la seule attaque relevée par ACLED contre sa mission ce jour-là ou, à défaut, à la seule attaque de la veille ou du lendemain ; lorsque plusieurs attaques pourraient correspondre, ou aucune, il reste non rattaché. Les décès relevés par ACLED comprennent toutes les personnes décédées : ils ne constituent pas un décompte des soldats de la paix. Données agrégées uniquement : les conditions d’utilisation d’ACLED ne permettent pas de publier ses événements un par un.",
  "quality.col.mission": "Mission",
  "quality.col.unDeaths": "Décès (ONU)",
  "quality.col.linkedSameDay": "Rattachés, le jour même",
  "quality.col.linkedWithinADay": "Rattachés, à un jour près",
  "quality.col.ambiguous": "Plusieurs attaques possibles",
  "quality.col.noCandidate": "Aucune attaque à un jour près",
  "quality.col.outsidePeriod": "Hors de la période",
  "quality.col.acledAttacks": "Attaques ACLED",
  "quality.col.acledFatal": "Ayant fait des morts",
  "quality.col.acledFatalWithout": "Ayant fait des morts, sans décès ONU",
};
