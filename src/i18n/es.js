// Catálogo en español: las claves de en.js, en el mismo orden (tests/i18n.test.ts).
// Terminología de las Naciones Unidas (UNTERM): personal de mantenimiento de la paz, acto
// malintencionado, Estado receptor, país que aporta contingentes o fuerzas de policía, observador militar.
export default {
  // ETL: errores que lee quien corrige una exportación
  "edition.unknown":
    "Edición desconocida «{edition}»: use --edition public o --edition state:<ISO3>, por ejemplo state:MLI.",

  // Sitio: común
  "site.title": "Blue Ledger",
  "site.tagline":
    "Los ataques contra el personal de mantenimiento de la paz de las Naciones Unidas y la rendición de cuentas",
  "site.sampleBanner": "DATOS DE MUESTRA: generados con fines de demostración. Estas cifras no son reales.",
  "site.source.sample": "Fuente: datos de muestra de Blue Ledger (sintéticos), al {asOf}.",
  "site.source.warehouse": "Fuente: almacén de Blue Ledger, cargas hasta el {asOf}.",
  "site.table.show": "Mostrar la tabla",
  "nav.overview": "Panorama general",
  "nav.attackTrends": "Tendencias de los ataques",
  "nav.impunity": "Impunidad",
  "nav.hostStates": "Estados receptores",
  "nav.downloads": "Descargas",

  "site.footer":
    "Blue Ledger: la base de datos sobre los delitos cometidos contra el personal de mantenimiento de la paz de las Naciones Unidas solicitada en la resolución 2589 (2021) del Consejo de Seguridad. Solo datos agregados; concebida para consultarse sin conexión.",
  "site.noData": "Aún no se ha cargado ningún dato de este tipo. {hint}",
  "site.noCases":
    "Los datos cargados hasta ahora no contienen causas judiciales, así que aquí no hay nada que mostrar todavía. Cargue una exportación de causas para ver cómo avanzan las investigaciones y los enjuiciamientos.",
  "site.noAssistance": "No se ha cargado ningún registro de asistencia para el fomento de la capacidad.",
  "site.noIncidents":
    "Los datos cargados hasta ahora no contienen incidentes (solo víctimas), así que aquí no se pueden contar los ataques.",
  "site.units.people": "Unidad: personas",
  "site.units.attacks": "Unidad: ataques",
  "site.units.share": "Unidad: proporción de ataques mortales",
  "site.units.assistance": "Unidad: actividades (importes en dólares de los Estados Unidos en la tabla)",
  "site.units.cases": "Unidad: causas judiciales",
  "site.units.days": "Unidad: días (mediana)",

  // Vocabularios
  "attack_type.ied_or_mine": "Artefacto explosivo improvisado o mina",
  "attack_type.ambush": "Emboscada",
  "attack_type.indirect_fire": "Fuego indirecto",
  "attack_type.direct_attack_on_base": "Ataque directo contra una base",
  "attack_type.attack_on_convoy_or_patrol": "Ataque contra un convoy o una patrulla",
  "attack_type.abduction": "Secuestro",
  "attack_type.other": "Otro",
  "attack_type.not_recorded": "No consignado",
  "host_state.not_attributed": "No atribuido a un único Estado receptor",
  "personnel_category.military": "Personal militar",
  "personnel_category.police": "Personal de policía",
  "personnel_category.military_observer": "Observadores militares",
  "personnel_category.international_civilian": "Personal civil de contratación internacional",
  "personnel_category.national_civilian": "Personal civil de contratación nacional",
  "personnel_category.other": "Otros",
  "stage.no_case": "Ataques registrados",
  "stage.investigation_opened": "Investigación abierta",
  "stage.suspect_identified": "Sospechoso identificado",
  "stage.arrest": "Detención",
  "stage.charged": "Acusación formal",
  "stage.trial_opened": "Juicio abierto",
  "stage.verdict": "Veredicto",
  "stage.convicted": "Condena",
  "status.opened": "Abierta, sin ninguna etapa consignada",
  "status.dismissed": "Sobreseída",
  "court_type.civilian": "Tribunal civil",
  "court_type.military": "Tribunal militar",
  "court_type.international": "Tribunal internacional",
  "assistance_type.investigation_support": "Apoyo a las investigaciones",
  "assistance_type.forensics": "Ciencia forense",
  "assistance_type.mobile_courts": "Tribunales móviles",
  "assistance_type.prosecution_support": "Apoyo a los enjuiciamientos",
  "assistance_type.detention": "Detención",
  "assistance_type.training": "Capacitación",
  "assistance_type.legal_advice": "Asesoramiento jurídico",
  "horizon.1y": "Al cabo de 1 año",
  "horizon.2y": "Al cabo de 2 años",
  "horizon.5y": "Al cabo de 5 años",

  // Encabezados de columna
  "col.year": "Año",
  "col.month": "Mes",
  "col.hostState": "Estado receptor",
  "col.mission": "Misión",
  "col.nationality": "Nacionalidad",
  "col.attackType": "Tipo de ataque",
  "col.personnelCategory": "Personal",
  "col.killed": "Muertos",
  "col.injured": "Heridos",
  "col.attacks": "Ataques",
  "col.fatalAttacks": "Ataques mortales",
  "col.withConviction": "Con una condena",
  "col.shareWithConviction": "Proporción con una condena",
  "col.withoutVerdict5y": "Sin veredicto al cabo de 5 años",
  "col.horizon": "Tiempo transcurrido desde el ataque",
  "col.shareWithoutVerdict": "Proporción sin veredicto",
  "col.eligible": "Ataques con antigüedad suficiente",
  "col.years": "Años desde el ataque",
  "col.atRisk": "Ataques aún en seguimiento",
  "col.shareWithoutConviction": "Proporción sin condena",
  "col.stage": "Etapa",
  "col.reached": "Ataques que la alcanzan",
  "col.stopped": "Detenidos en ella",
  "col.medianDays": "Mediana de días desde la etapa anterior",
  "col.courtType": "Tribunal",
  "col.status": "Situación",
  "col.cases": "Causas",
  "col.assistanceType": "Asistencia",
  "col.activities": "Actividades",
  "col.amountUsd": "Importe (USD)",
  "col.assistanceActivities": "Actividades de asistencia",
  "col.assistanceUsd": "Asistencia (USD)",
  "col.file": "Archivo",
  "col.description": "Contenido",
  "col.rows": "Filas",
  "col.format": "Formato",
  "col.size": "Tamaño",

  // Panorama general
  "overview.title": "Ataques contra el personal de mantenimiento de la paz de las Naciones Unidas",
  "overview.lede":
    "En su resolución 2589 (2021), el Consejo de Seguridad pide que se rindan cuentas por todos los delitos cometidos contra el personal de mantenimiento de la paz de las Naciones Unidas. Este sitio sigue los ataques, las personas muertas y heridas, y hasta dónde han llevado los Estados receptores las investigaciones y los enjuiciamientos que deberían seguirlos.",
  "overview.kpi.attacks": "Ataques registrados",
  "overview.kpi.killed": "Efectivos de mantenimiento de la paz muertos en ataques",
  "overview.kpi.injured": "Efectivos de mantenimiento de la paz heridos en ataques",
  "overview.kpi.inferredAttacks": "Ataques mortales, deducidos de las muertes (misma misión, mismo día y misma causa)",
  "overview.kpi.injuredNotRecorded": "Heridos: no consignados en los datos cargados",
  "overview.kpi.convictions": "Ataques mortales con una condena",
  "overview.kpi.hostStates": "Estados receptores",
  "overview.kpi.period": "{first}–{last}",
  "overview.trend.title": "Efectivos de mantenimiento de la paz muertos en ataques, por año",
  "overview.trend.finding":
    "{peakYear} fue el año más mortífero: {peakKilled} efectivos de mantenimiento de la paz murieron en ataques.",

  // Tendencias de los ataques
  "trends.title": "Tendencias de los ataques",
  "trends.lede":
    "Todas las personas muertas o heridas en actos malintencionados contra el personal de las Naciones Unidas, por año, Estado receptor, misión, tipo de ataque, categoría de personal y nacionalidad.",
  "trends.filter.hostState": "Estado receptor",
  "trends.filter.all": "Todos los Estados receptores",
  "trends.byHostState.title": "Efectivos de mantenimiento de la paz muertos en ataques, por año y Estado receptor",
  "trends.byHostState.finding":
    "{top}: el {share} de todos los efectivos de mantenimiento de la paz muertos en ataques.",
  "trends.monthly.title": "Ataques por mes",
  "trends.monthly.finding": "{attacks} ataques registrados; en {fatal} de ellos murió al menos una persona.",
  "trends.byType.title": "Efectivos de mantenimiento de la paz muertos, por tipo de ataque",
  "trends.byType.finding":
    "El tipo de ataque que más efectivos de mantenimiento de la paz mató: {top}, con {killed} muertos.",
  "trends.byCategory.title": "Efectivos de mantenimiento de la paz muertos, por categoría de personal",
  "trends.byCategory.finding": "Categoría «{top}»: el {share} de los efectivos de mantenimiento de la paz muertos.",
  "trends.nationality.title":
    "Lo que ve un país que aporta contingentes o fuerzas de policía sobre sus propios nacionales",
  "trends.nationality.pick": "Nacionalidad",
  "trends.nationality.finding":
    "Nacionales de {country}: {killed} muertos y {injured} heridos en ataques, en {missions}.",
  "trends.nationality.findingKilled": "Nacionales de {country}: {killed} muertos en ataques, en {missions}.",
  "count.missions.one": "{count} misión",
  "count.missions.many": "{count} de misiones",
  "count.missions.other": "{count} misiones",
  "trends.nationality.chartTitle": "Nacionales de {country} muertos en ataques, por año y misión",

  // Impunidad
  "impunity.title": "Impunidad",
  "impunity.lede":
    "Para cada ataque en que murió personal de las Naciones Unidas: ¿ha sido condenado alguien y cuánto tiempo ha tardado? Un veredicto es una condena o una absolución; una causa sobreseída no es un veredicto.",
  "impunity.shares.title": "Ataques mortales todavía sin veredicto al cabo de 1, 2 y 5 años",
  "impunity.shares.finding": "Cinco años después de un ataque mortal, el {share} de los ataques sigue sin veredicto.",
  "impunity.km.title": "Tiempo hasta la primera condena",
  "impunity.km.finding": "La mitad de los ataques mortales no llega a una condena hasta pasados {median}.",
  "impunity.km.findingNever":
    "Menos de la mitad de los ataques mortales ha llegado a una condena: el {share} sigue sin ninguna.",
  "impunity.km.years.one": "{count} año",
  "impunity.km.years.many": "{count} de años",
  "impunity.km.years.other": "{count} años",
  "impunity.km.method":
    "Estimación de Kaplan-Meier. Los ataques todavía sin condena se cuentan hasta la fecha de corte de los datos ({asOf}) y después se censuran, de modo que los ataques recientes no se cuentan como fracasos.",
  "impunity.funnel.title": "Hasta dónde llega el seguimiento de los ataques",
  "impunity.funnel.finding":
    "En el {share} de los ataques nunca se abrió una investigación; {convicted} terminaron en condena.",
  "impunity.table.title": "Por Estado receptor",

  // Estados receptores
  "hostStates.title": "Estados receptores",
  "hostStates.lede":
    "El historial de rendición de cuentas de cada Estado en el que se atacó a personal de mantenimiento de la paz de las Naciones Unidas. Abra un Estado para ver su proceso judicial, los plazos de la justicia, las causas y la asistencia recibida.",
  "hostStates.table.title": "Estados receptores, por efectivos de mantenimiento de la paz muertos en ataques",
  "hostState.title": "{name}",
  "hostState.lede": "Ataques contra el personal de las Naciones Unidas en {name} y su seguimiento judicial.",
  "hostState.back": "← Todos los Estados receptores",
  "hostState.byYear.title": "Efectivos de mantenimiento de la paz muertos en ataques en {name}, por año",
  "hostState.byYear.finding": "{killed} efectivos de mantenimiento de la paz muertos y {injured} heridos en ataques.",
  "hostState.byYear.findingKilled": "{killed} efectivos de mantenimiento de la paz muertos en ataques.",
  "hostState.funnel.title": "Proceso: hasta dónde llega el seguimiento de los ataques en {name}",
  "hostState.funnel.finding":
    "De {attacks} ataques, en {investigated} se abrió una investigación y {convicted} terminaron en condena.",
  "hostState.km.title": "Tiempo hasta la primera condena en {name}",
  "hostState.durations.title": "Tiempo entre etapas en {name}",
  "hostState.durations.finding": "Mediana de días de una etapa a la siguiente, entre los ataques que la alcanzaron.",
  "hostState.cases.title": "Causas judiciales relativas a ataques en {name}",
  "hostState.cases.finding": "{cases} causas; {convicted} terminaron en condena.",
  "hostState.assistance.title": "Asistencia de las Naciones Unidas recibida por {name}",
  "hostState.assistance.finding":
    "{activities} actividades de asistencia, por un valor mínimo de {amount} cuando se conocen los importes.",

  // Descargas
  "downloads.title": "Descargas",
  "downloads.table.title": "Extractos públicos",
  "downloads.howto":
    "Lectura en DuckDB: SELECT * FROM 'mart_attack_casualties.parquet'; en Python: pandas.read_parquet('mart_attack_casualties.parquet'); en R: arrow::read_parquet('mart_attack_casualties.parquet').",
  "downloads.package.title": "El paquete de datos",
  "downloads.package.lede":
    "Versión {version}, datos al {cutoff}. datapackage.json describe cada tabla (Frictionless Table Schema: tipos, significados, claves); SHA256SUMS permite comprobar cada archivo con sha256sum -c SHA256SUMS; CITATION.cff indica cómo citarlo.",
  "downloads.package.all": "Todo en un solo archivo comprimido (extracts.zip)",
  "downloads.package.dictionary": "Diccionario de datos",
  "downloads.formats":
    "Cada tabla se ofrece en Parquet (zstd), Arrow IPC, CSV y CSV con una fila de etiquetas HXL bajo el encabezado, para las herramientas humanitarias. En los CSV, el texto que una hoja de cálculo ejecutaría como fórmula (que empieza por = + - o @) va precedido de un apóstrofo; los números se dejan como están.",
  "downloads.partitions.title": "Víctimas e incidentes por año",
  "downloads.partitions.lede":
    "Parquet con particiones de tipo Hive: una carpeta por año. DuckDB los lee como una sola tabla con read_parquet('casualties/**/*.parquet', hive_partitioning = true); también Spark, Trino y Arrow.",
  "downloads.subsets.title": "Víctimas e incidentes de un Estado receptor o de una misión",
  "downloads.subsets.lede":
    "Las víctimas que no pueden atribuirse a un Estado receptor solo figuran en los archivos por misión.",
  "downloads.subsets.hostState": "Estado receptor",
  "downloads.subsets.mission": "Misión",
  "col.checksum": "SHA-256",
  "col.schema": "Esquema",
  "downloads.format.cff": "Citation File Format",
  "downloads.format.sha256": "Sumas de comprobación SHA-256",

  // Diccionario de datos (de los extractos públicos)
  "nav.dataDictionary": "Diccionario de datos",
  "dictionary.title": "Diccionario de datos",
  "dictionary.lede":
    "Todas las columnas de todas las tablas y los data marts públicos, generadas a partir del mismo contrato que valida los datos y del que se genera datapackage.json.",
  "dictionary.key": "Clave",
  "dictionary.foreignKeys": "Remite a",
  "dictionary.files": "Archivos",
  "col.field": "Columna",
  "col.type": "Tipo",
  "col.required": "Siempre presente",
  "col.allowed": "Valores permitidos",
  "col.hxl": "HXL",

  // El paquete de datos (etl extract)
  "extracts.package.title":
    "Blue Ledger: ataques contra el personal de mantenimiento de la paz de las Naciones Unidas y su seguimiento judicial",
  "extracts.package.sampleTag": "DATOS DE MUESTRA",
  "extracts.package.description":
    "Los ataques contra el personal de mantenimiento de la paz de las Naciones Unidas, las personas muertas y heridas, hasta dónde llevan los Estados receptores las investigaciones y los enjuiciamientos, y la asistencia de las Naciones Unidas para el fomento de la capacidad (resolución 2589 del Consejo de Seguridad). Solo datos agregados y registros anónimos: ni nombres, ni relatos, ni expedientes.",
  "extracts.package.sampleNote":
    "Esta versión se ha elaborado con datos de muestra generados, no con registros reales.",
  "extracts.citation.message": "Si utiliza estos datos, cítelos como se indica a continuación.",
  "extracts.citation.author": "Colaboradores de Blue Ledger",

  // Ediciones (docs/editions.md)
  "edition.state.title": "Blue Ledger: edición para {state} (reservada)",
  "edition.state.banner":
    "RESERVADO: la edición de Blue Ledger para {state} en virtud de la resolución 2589 del Consejo de Seguridad. Contiene expedientes, relatos y sospechosos relativos a {state}. No debe publicarse: manténgase protegida por autenticación.",
  "edition.state.footer":
    "Blue Ledger: la edición para {state}, reservada a ese Estado Miembro. Detalle caso por caso de los ataques en {state} o contra sus nacionales; datos agregados para todo lo demás. No debe publicarse.",
  "smallCells.note":
    "Celdas pequeñas: los recuentos de 1 o 2 de otros Estados se agrupan en «Otros» para que no pueda identificarse a una sola persona o causa; los totales los incluyen.",
  "trends.nationality.otherMissions": "Otras misiones (menos de 3 cada una)",
  "status.other": "Otras (menos de 3 cada una)",
  "court_type.other": "Tribunales no mostrados (menos de 3 causas cada uno)",
  "hostState.cases.findingMerged":
    "{cases} causas; {convicted} de las mostradas terminaron en condena; otras {merged} se agrupan como «Otros» (celdas de menos de 3 causas).",
  "downloads.lede.public":
    "Todas las tablas y los data marts públicos, en Parquet (zstd) para R, Python, DuckDB o Spark, en Arrow IPC y en CSV (simple o con etiquetas HXL), en un único paquete de datos autodescriptivo y con sumas de comprobación. Esta edición pública solo contiene datos agregados: ninguna fila por causa ni por persona, ni nombres, ni relatos, ni expedientes.",
  "downloads.lede.state":
    "El paquete de datos de la edición para {name}: los datos agregados de la edición pública y las víctimas, incidentes y registros de asistencia que conciernen a {name} (ataques en {name} o contra sus nacionales), en Parquet (zstd), Arrow IPC y CSV. Reservado: no debe publicarse.",
  "nav.cases": "Causas",
  "nav.incidents": "Incidentes",
  "cases.title": "Causas judiciales relativas a {name}",
  "cases.lede":
    "Todos los hechos consignados de las causas judiciales relativas a ataques en {name} o contra sus nacionales: tribunal, fecha, personas afectadas y pena. Solo se enumeran los ataques de una causa que conciernen a {name}.",
  "cases.none": "No se ha consignado ninguna causa judicial relativa a {name}.",
  "cases.summary": "{cases} causas, {events} hechos consignados.",
  "incidents.title": "Ataques relativos a {name}",
  "incidents.lede":
    "Todos los ataques en {name}, o contra sus nacionales en otros lugares, con su relato y el grupo considerado responsable, tal como los consignó la fuente.",
  "incidents.none": "No se ha consignado ningún ataque relativo a {name}.",
  "incidents.summary": "{incidents} ataques; {killed} personas muertas y {injured} heridas.",
  "col.caseId": "Causa",
  "col.incidentId": "Ataque",
  "col.incidents": "Ataques afectados",
  "col.jurisdiction": "Jurisdicción",
  "col.event": "Hecho",
  "col.date": "Fecha",
  "col.personsConcerned": "Personas afectadas",
  "col.sentence": "Pena",
  "col.admin1": "Región",
  "col.place": "Lugar",
  "col.perpetrator": "Grupo considerado responsable",
  "col.narrative": "Relato",
  "event.investigation_opened": "Apertura de la investigación",
  "event.suspect_identified": "Identificación de un sospechoso",
  "event.arrest": "Detención",
  "event.charged": "Acusación formal",
  "event.trial_opened": "Apertura del juicio",
  "event.convicted": "Condena",
  "event.acquitted": "Absolución",
  "event.dismissed": "Sobreseimiento",
  "event.sentenced": "Imposición de la pena",
  "event.appeal": "Apelación",

  // Registro público, decisiones de los tribunales, solicitudes a los Estados
  "event.conviction_overturned": "Condena anulada",
  "event.sentence_commuted": "Pena conmutada o reducida",
  "event.reparations_awarded": "Reparaciones concedidas",
  "event.no_progress_reported": "Se informa: nadie ha rendido cuentas",
  "sentence_type.prison": "Prisión",
  "sentence_type.life_imprisonment": "Cadena perpetua",
  "sentence_type.death": "Pena de muerte",
  "sentence_type.death_under_moratorium": "Pena de muerte (moratoria de las ejecuciones)",
  "sentence_type.forced_labour": "Trabajos forzados",
  "sentence_type.fine": "Multa",
  "sentence_type.other": "Otra pena",
  "perpetrator_kind.armed_group": "Grupo armado",
  "perpetrator_kind.state_agent": "Agente del Estado",
  "perpetrator_kind.criminal": "Delincuente",
  "perpetrator_kind.unknown": "Desconocido",
  "certainty.confirmed": "Confirmado",
  "certainty.reported": "Notificado",
  "certainty.unconfirmed": "Sin confirmar",
  "source_kind.official_record": "Documento oficial",
  "source_kind.un_statement": "Declaración de las Naciones Unidas",
  "source_kind.press_only": "Solo prensa",
  "precision.month": "{date} (solo el mes)",
  "precision.year": "{date} (solo el año)",
  "nav.publicRecord": "Registro público",
  "record.title": "El registro público de las investigaciones y los juicios",
  "record.lede":
    "Lo que las fuentes públicas —las Naciones Unidas, las misiones, los Gobiernos, los tribunales y la prensa— informan sobre el seguimiento judicial de los ataques en que murió personal de mantenimiento de la paz de las Naciones Unidas, cada ataque vinculado a la propia lista de fallecidos de las Naciones Unidas.",
  "record.caveat":
    "Este registro está incompleto. Recoge lo que dicen las informaciones públicas, no los expedientes de los Estados Miembros, y está actualizado al {asOf}, la fecha de su fuente más reciente. Un ataque que no figure en él puede haberse investigado de todos modos.",
  "record.summary":
    "{cases} causas relativas a {attacks} ataques en {states} Estados receptores; {convicted} llegaron a una condena, {absentia} de ellas con personas condenadas en rebeldía.",
  "record.byState.title": "Causas del registro público, por Estado receptor",
  "record.byState.finding": "El Estado con más causas en el registro: {state}, con {cases}.",
  "record.case.title": "{state}: ataque del {date}",
  "record.case.killed": "{killed} muertos · {attacks}",
  "record.none":
    "No se ha cargado ninguna causa procedente de informaciones públicas. Cargue el registro con `npm run etl -- load warehouse/public-record/*.csv`.",
  "record.source": "{publisher}, {date}",
  "record.source.undated": "{publisher}, sin fecha",
  "record.disagreement": "Las fuentes discrepan: {text}",
  "record.hostState.title": "Causas conocidas en {name}, según informaciones públicas",
  "record.hostState.finding": "{cases} causas del registro público se refieren a ataques en {name}.",
  "col.court": "Tribunal o autoridad",
  "col.excerpt": "Lo que dice la fuente",
  "unit.years": "años",
  "col.outcome": "Resultado",
  "col.inAbsentia": "En rebeldía",
  "col.certainty": "Certeza",
  "col.sourceLink": "Fuente",
  "col.perpetratorKind": "Autores",
  "col.effectiveRate": "Tasa de condena efectiva",
  "col.nominalRate": "Tasa de condena nominal",
  "col.rate": "Tasa",
  "col.requests": "Solicitudes",
  "col.replied": "Respondidas",
  "col.replyRate": "Tasa de respuesta",
  "col.medianDaysToReply": "Mediana de días hasta la respuesta",
  "col.overdue": "Vencidas",
  "col.coverage": "Alcance de la respuesta",
  "rate.nominal": "Cualquier condena",
  "rate.effective": "Condena de una persona detenida, no anulada",
  "impunity.rates.title": "Ataques mortales con una condena: nominal y efectiva",
  "impunity.rates.finding":
    "El {nominal} de los ataques mortales tiene una condena; el {effective}, la de una persona detenida que no fue anulada.",
  "impunity.rates.method":
    "Nominal: al menos una condena por el ataque. Efectiva: al menos una condena de una persona que estaba detenida (no juzgada en rebeldía), no anulada posteriormente para todas las personas condenadas. Se considera que una condena es de una persona detenida salvo que el registro indique que todas las personas condenadas fueron juzgadas en rebeldía. Solo se cuentan los ataques en que murió alguien.",
  "impunity.record":
    "Con datos reales, las causas proceden del registro público de investigaciones y juicios, que está incompleto: véase la página Registro público.",
  "requests.title": "Solicitudes de las Naciones Unidas a {name} y sus respuestas",
  "requests.finding": "{name} respondió a {replied} de {requests} solicitudes ({rate}); vencidas: {overdue}.",
  "requests.method":
    "Las Naciones Unidas preguntan a un Estado receptor, mediante nota verbal, qué ha hecho respecto de un ataque. Vencidas: sin respuesta y pasada la fecha solicitada en la fecha de corte de los datos ({asOf}).",
  "requests.none": "No se ha cargado ninguna solicitud dirigida a {name} sobre un ataque.",
  "coverage.full": "Todo lo solicitado",
  "coverage.partial": "Parte de lo solicitado",
  "coverage.none": "Nada de lo solicitado",
  "coverage.no_reply": "Aún sin respuesta",
  "site.units.requests": "Unidad: solicitudes",
  "site.units.rate": "Unidad: proporción de ataques mortales",
  "overview.kpi.effective": "Ataques mortales con una condena efectiva (persona detenida, no anulada)",

  // Calidad de los datos
  "nav.dataQuality": "Calidad de los datos",
  "quality.title": "Calidad de los datos",
  "quality.lede":
    "Cuán recientes y completos son los datos cargados, y qué filas rechazó el cargador. Se da cuenta de cada fila de cada archivo: filas recibidas = cargadas + rechazadas. Las filas rechazadas se guardan en cuarentena para quienes corrigen las exportaciones; aquí solo se muestran recuentos.",
  "quality.summary":
    "{loads} cargas hasta ahora: {rowsIn} filas recibidas = {loaded} cargadas + {rejected} rechazadas.",
  "quality.freshness.title": "Actualidad por fuente",
  "quality.freshness.note":
    "Última carga: cuándo se cargó por última vez un archivo de esta fuente y este tipo. Fecha de corte: la fecha más reciente que llevan sus registros (fecha del incidente, del hecho o de inicio).",
  "quality.rejects.title": "Filas rechazadas por motivo",
  "quality.rejects.finding": "El motivo más frecuente: {field}, {reason} ({rows} filas).",
  "quality.rejects.none": "No se ha rechazado ninguna fila.",
  "quality.rejects.note":
    "Los valores se quitan de los motivos para que los problemas similares se cuenten juntos; una línea que no pudo leerse en absoluto no tiene campo.",
  "quality.completeness.title": "Grado de compleción de los principales campos opcionales",
  "quality.completeness.finding": "El menos completo: {field} de {kind}, rellenado en el {share} de los registros.",
  "quality.completeness.note":
    "Versión actual de cada registro. Los campos obligatorios siempre están rellenados: las filas que no los tienen se rechazan.",
  "quality.loads.title": "Historial de cargas",
  "quality.loads.note":
    "Las 200 cargas más recientes, de la más nueva a la más antigua. Un archivo que se vuelve a cargar con el mismo contenido se omite y no vuelve a figurar.",
  "quality.units.rows": "Unidad: filas rechazadas",
  "quality.units.share": "Unidad: proporción de registros",
  "quality.col.source": "Fuente",
  "quality.col.kind": "Tipo",
  "quality.col.loads": "Cargas",
  "quality.col.lastLoad": "Última carga",
  "quality.col.dataCutoff": "Fecha de corte",
  "quality.col.rowsIn": "Filas recibidas",
  "quality.col.rowsLoaded": "Cargadas",
  "quality.col.rowsRejected": "Rechazadas",
  "quality.col.shareRejected": "Proporción rechazada",
  "quality.col.field": "Campo",
  "quality.col.reason": "Motivo",
  "quality.col.records": "Registros",
  "quality.col.filled": "Rellenados",
  "quality.col.share": "Proporción rellenada",
  "quality.col.loadId": "Carga",
  "quality.col.file": "Archivo",
  "quality.col.encoding": "Codificación",
  "quality.col.finished": "Terminada (UTC)",
  "quality.noField": "(línea entera)",

  // Idiomas, accesibilidad e impresión (issue 12; docs/i18n.md)
  "framework.previousPage": "Página anterior",
  "framework.nextPage": "Página siguiente",
  "framework.contents": "Contenido",
  "framework.search": "Buscar",
  "framework.toggleSidebar": "Mostrar u ocultar la lista de páginas",
  "language.switcher": "Idioma",
  "language.choose": "Elija un idioma",
  "language.unknown": "Idioma desconocido «{lang}»: use uno o varios de {languages}, separados por comas.",
  "site.skipToContent": "Ir al contenido",
  "site.start.portTaken": "Otro programa ya está usando el puerto {port}; se probará el {next}.",
  "site.start.running": "Blue Ledger está disponible en {url}  (Ctrl-C para detenerlo)",
  "site.start.noFreePort":
    "Otros programas están usando todos los puertos del {from} al {to}; indique uno libre con PORT.",
  "impunity.km.findingInState":
    "La mitad de los ataques mortales en {name} llegó a una condena en {median} como máximo.",
  "impunity.km.findingNeverInState":
    "Menos de la mitad de los ataques mortales en {name} ha llegado a una condena: el {share} sigue sin ninguna.",

  // Public record, ACLED, maps, contributing countries and reports (merged later)
  "nav.reports": "Informes",
  "reports.title": "Informes",
  "reports.lede":
    "Los informes generados con esta edición del sitio, para la exposición informativa anual del Secretario General en virtud de la resolución 2589 (2021) o, en una edición para un Estado, para ese Estado: para imprimirlos, enviarlos y citarlos. Cada cifra lleva un identificador; figures.json las enumera todas, con su valor y la consulta SQL que la vuelve a calcular a partir del paquete de datos de esta edición (Descargas).",
  "reports.none":
    "No se ha generado ningún informe con esta edición. Genérelos con el sitio (npm run build -- --reports 2022,2023) o por separado (npm run report -- --year 2022).",
  "reports.table.title": "Informes de esta edición",
  "reports.col.year": "Año",
  "reports.col.language": "Idioma",
  "reports.col.pages": "Páginas",
  "reports.col.figures": "Cifras",
  "reports.col.pdf": "PDF",
  "reports.col.html": "HTML",
  "reports.col.figuresJson": "figures.json",
  "reports.howto":
    "El PDF es para imprimir (A4, etiquetado para lectores de pantalla); el HTML es el mismo informe para la pantalla; figures.json es la lista de sus cifras. La sección 8 de cada informe explica cómo volver a calcular una cifra a partir del paquete de datos.",
  "nav.contributingCountries": "Países que aportan personal",
  "trends.filter.from": "Desde el año",
  "trends.filter.to": "Hasta el año",
  "trends.filter.mission": "Misión",
  "trends.filter.allMissions": "Todas las misiones",
  "trends.filter.category": "Personal",
  "trends.filter.allCategories": "Todo el personal",
  "trends.filter.shown":
    "Se muestra: {from}–{to}, {killed} personas muertas en ataques. Todos los gráficos y cuadros siguientes aplican estos filtros.",
  "trends.filter.empty": "Con estos filtros, nadie murió en ataques.",
  "trends.filter.noCategory": "los ataques no se cuentan por categoría de personal: ese filtro no se aplica aquí",
  "trends.filter.nationalityScope": "los filtros de Estado receptor y de personal no se aplican a este desglose",
  "trends.map.title": "Efectivos de mantenimiento de la paz muertos en ataques, por Estado receptor",
  "trends.map.legend": "Muertos en ataques",
  "trends.map.finding": "{top} es donde murieron más efectivos: {killed}, el {share} de los que se muestran.",
  "hostStates.map.finding":
    "{top} es donde murieron más efectivos: {killed}, el {share} de todos los efectivos de mantenimiento de la paz muertos en ataques en un Estado receptor.",
  "map.offMap.one":
    "{count} Estado o territorio con {people} personas no figura en el mapa (demasiado pequeño a esta escala, o un Estado que ya no existe): véase el cuadro",
  "map.offMap.many":
    "{count} de Estados o territorios con {people} personas no figuran en el mapa (demasiado pequeños a esta escala, o Estados que ya no existen): véase el cuadro",
  "map.offMap.other":
    "{count} Estados o territorios con {people} personas no figuran en el mapa (demasiado pequeños a esta escala, o Estados que ya no existen): véase el cuadro",
  "map.credit.world":
    "Mapa: Natural Earth 1:110m (world-atlas); las fronteras no implican su aprobación por las Naciones Unidas",
  "region.title": "Ataques en {name}, por región de primer nivel",
  "region.legend": "Ataques",
  "region.finding": "{top} registró más ataques: {attacks}, el {share} de los localizados por región.",
  "region.tip": "{drawn} (consignada como {admin1})",
  "region.notOnMap": "No figura en el mapa",
  "region.unmatched.one":
    "{count} región mencionada en los registros, con {attacks} ataques, no figura en el mapa: véase el cuadro",
  "region.unmatched.many":
    "{count} de regiones mencionadas en los registros, con {attacks} ataques, no figuran en el mapa: véase el cuadro",
  "region.unmatched.other":
    "{count} regiones mencionadas en los registros, con {attacks} ataques, no figuran en el mapa: véase el cuadro",
  "region.withoutRegion": "{attacks} ataques no tienen ninguna región consignada",
  "region.credit":
    "Límites: Natural Earth, no todos actuales: una región más reciente se dibuja dentro de aquella de la que formaba parte (véase el cuadro); regiones, nunca puntos",
  "region.none": "En los datos cargados no hay ningún ataque en {name} localizado por región.",
  "region.noBoundaries": "El sitio no tiene límites para {name}: las regiones figuran en el cuadro.",
  "col.admin1Recorded": "Región consignada",
  "col.drawnIn": "Dibujada en",
  "col.killedInAttacks": "Muertos en ataques",
  "col.killedAll": "Muertos, todas las causas",
  "col.injuredInAttacks": "Heridos en ataques",
  "col.rank": "Puesto",
  "col.missions": "Misiones",
  "countries.title": "Países que aportan personal",
  "countries.lede":
    "Para cada país con un nacional muerto al servicio de las Naciones Unidas, cualquiera que sea la causa: sus nacionales muertos y heridos en ataques, dónde y cómo, y qué fue de esos ataques. Abra un país para ver su página.",
  "countries.map.title": "Nacionales muertos en ataques, por nacionalidad",
  "countries.map.legend": "Nacionales muertos en ataques",
  "countries.map.finding": "{top} perdió más nacionales en ataques: {killed} de {total}, entre {countries} países.",
  "countries.notRecorded": "{killed} personas muertas en ataques no tienen ninguna nacionalidad consignada",
  "countries.table.title": "Países que aportan personal",
  "countries.table.note":
    "Pulse el encabezado de una columna para ordenar por ella; púlselo de nuevo para invertir el orden. Puesto: posición según los nacionales muertos en ataques.",
  "country.back": "← Todos los países que aportan personal",
  "country.title": "{name}",
  "country.lede":
    "Nacionales de {name} muertos y heridos al servicio de las Naciones Unidas: en qué misiones, años y categorías de personal, dónde y por qué tipo de ataque, y qué fue de los ataques en que murieron.",
  "country.kpi.killedInAttacks": "Nacionales muertos en ataques",
  "country.kpi.killedAll": "Nacionales muertos, todas las causas",
  "country.kpi.injuredInAttacks": "Nacionales heridos en ataques",
  "country.kpi.rank": "Puesto entre los países que aportan personal, por nacionales muertos en ataques",
  "country.kpi.rankValue": "{rank} de {of}",
  "country.noAttacks":
    "En los datos cargados, ningún nacional de {name} murió ni resultó herido en un ataque; {killed} murieron por otras causas.",
  "country.byYear.title": "Nacionales de {name} muertos en ataques, por año",
  "country.byYear.finding.one":
    "{year} fue el año más mortífero: {killed} de los {total} nacionales de {name} muertos en ataques.",
  "country.byYear.finding.many":
    "{year} fue el año más mortífero: {killed} de los {total} nacionales de {name} muertos en ataques.",
  "country.byYear.finding.other":
    "{year} fue el año más mortífero: {killed} de los {total} nacionales de {name} muertos en ataques.",
  "country.by.finding": "{top}: {killed} muertos, el {share} del total.",
  "country.byMission.title": "Por misión",
  "country.byCategory.title": "Por categoría de personal",
  "country.byHostState.title": "Dónde murieron",
  "country.byAttackType.title": "Por tipo de ataque, cuando el registro lo indica",
  "country.merged": "Otros (menos de 3 cada uno)",
  "country.attackType.notLinked": "No vinculado a un registro de ataque",
  "country.followUp.heading": "Qué fue de los ataques",
  "country.followUp.title": "Los ataques en que murieron nacionales de {name} y su seguimiento judicial",
  "country.followUp.finding.one":
    "De {attacks} ataques en que murieron nacionales, en {investigated} se abrió una investigación y {convicted} ({share}) dieron lugar a una condena; {effective}, a una condena efectiva.",
  "country.followUp.finding.many":
    "De {attacks} de ataques en que murieron nacionales, en {investigated} se abrió una investigación y {convicted} ({share}) dieron lugar a una condena; {effective}, a una condena efectiva.",
  "country.followUp.finding.other":
    "De {attacks} ataques en que murieron nacionales, en {investigated} se abrió una investigación y {convicted} ({share}) dieron lugar a una condena; {effective}, a una condena efectiva.",
  "country.followUp.method":
    "un ataque se cuenta una sola vez, cualquiera que sea el número de nacionales que murieron en él; cuando los registros no mencionan ninguno, los ataques se deducen de las muertes; efectiva: una condena de una persona detenida, no anulada",
  "country.followUp.none": "No se tiene constancia de ningún ataque en que muriera un nacional de {name}.",
  "country.followUp.attacks": "Ataques en que murieron nacionales",
  "country.followUp.investigated": "Investigación abierta",
  "country.followUp.convicted": "Al menos una condena",
  "country.followUp.effective": "Una condena efectiva",
  "country.rank.heading": "Puesto entre los países que aportan personal",
  "country.rank.title": "Los diez países que aportan personal con más nacionales muertos en ataques",
  "country.rank.finding": "Por nacionales muertos en ataques, {name} ocupa el puesto {rank} de {of} países.",
  "country.rank.findingTied":
    "Por nacionales muertos en ataques, {name} ocupa el puesto {rank} de {of} países, que comparte con otros.",
  "country.rank.method": "puesto: 1 es el que más; los países con el mismo número comparten puesto",
  "country.rank.none": "Ningún nacional de {name} murió en un ataque: no ocupa ningún puesto en esta clasificación.",
  "attack_type.direct_fire": "Fuego directo (enfrentamiento armado)",
  "site.source.attribution": "Incluye datos de {attributions}.",
  "incidents.withheld":
    "Los ataques registrados únicamente por una fuente cuyas condiciones no permiten publicar sus eventos uno por uno ({attributions}) no se enumeran aquí; la página Calidad de los datos los cuenta.",
  "quality.summaryLeftOut":
    "{loads} cargas hasta ahora: {rowsIn} filas recibidas = {loaded} cargadas + {rejected} rechazadas + {leftOut} excluidas por quedar fuera del ámbito (eventos de ACLED que no son ataques contra una misión de las Naciones Unidas).",
  "quality.col.rowsLeftOut": "Excluidas",
  "quality.leftOut.title": "Filas excluidas por quedar fuera del ámbito",
  "quality.leftOut.note":
    "Una fuente como ACLED registra todos los eventos políticos de un país; solo se conservan sus ataques contra una misión de las Naciones Unidas. Los demás se cuentan aquí, por motivo, y no se conservan.",
  "quality.agreement.title": "Las muertes según las Naciones Unidas y los ataques según ACLED",
  "quality.agreement.finding":
    "{mission}: de las {deaths} muertes en actos malintencionados que registran las Naciones Unidas entre {from} y {to}, el período que abarcan los archivos de ACLED, {linked} están vinculadas a un ataque de ACLED contra la misión ({sameDay} el mismo día, {withinADay} con un día de diferencia); {ambiguous} podrían corresponder a varios ataques y {none} a ninguno, por lo que quedan sin vincular. {outside} muertes quedan fuera de ese período. ACLED registra {attacks} ataques contra la misión, {fatal} de ellos con víctimas mortales (de cualquier persona, incluidos los atacantes); {fatalWithout} de estos no tienen vinculada ninguna muerte de personal de las Naciones Unidas.",
  "quality.agreement.note":
    "Una muerte de personal de las Naciones Unidas se vincula al único ataque de ACLED contra su misión ese día o, si ese día no hay ninguno, al único del día anterior o posterior; cuando podrían corresponder varios, o ninguno, queda sin vincular. Las víctimas mortales de ACLED cuentan a todas las personas que murieron, por lo que no son un recuento de efectivos de mantenimiento de la paz. Solo datos agregados: las condiciones de ACLED no permiten publicar sus eventos uno por uno.",
  "quality.col.mission": "Misión",
  "quality.col.unDeaths": "Muertes de personal de las Naciones Unidas",
  "quality.col.linkedSameDay": "Vinculadas, el mismo día",
  "quality.col.linkedWithinADay": "Vinculadas, con un día de diferencia",
  "quality.col.ambiguous": "Podrían corresponder a varios ataques",
  "quality.col.noCandidate": "Ningún ataque con un día de diferencia como máximo",
  "quality.col.outsidePeriod": "Fuera del período",
  "quality.col.acledAttacks": "Ataques según ACLED",
  "quality.col.acledFatal": "Con víctimas mortales",
  "quality.col.acledFatalWithout": "Con víctimas mortales, sin muertes de personal de las Naciones Unidas",
};
