// Spanish: the sentences only Node reads (the ETL's messages, the reports, the Excel templates),
// apart from src/i18n/es.js so that no page fetches them. src/i18n/catalogues.js joins the two.
export default {
  "etl.file.unreadable": "{file}: no se puede leer el archivo ({reason}).",
  "etl.file.empty": "{file}: el archivo está vacío; se esperaba una fila de encabezado y al menos un registro.",
  "etl.file.binary": "{file}: el archivo no es de texto (contiene bytes NUL); se esperaba CSV o JSON Lines.",
  "etl.file.format": "{file}: tipo de archivo desconocido «{extension}»; se esperaba .csv, .jsonl, .ndjson o .xlsx.",
  "etl.kind.unknown":
    "{file}: no se puede determinar el tipo de exportación por sus columnas ({columns}). El más cercano es «{kind}», al que le falta: {missing}. Indique el tipo con --kind.",
  "etl.kind.missingColumns":
    "{file}, línea 1: este tipo de exportación ({kind}) necesita columnas que no tiene: {missing}.",
  "etl.kind.unknownColumns":
    "{file}, línea 1: columnas desconocidas para este tipo de exportación ({kind}): {unknown}.",
  "etl.row.parse": "no se pudo analizar la línea: {reason}",
  "etl.row.unknownFields": "campos desconocidos para este tipo de exportación: {fields}",
  "etl.row.notScalar": "se esperaba un solo valor y se encontró un objeto o una lista JSON",
  "etl.row.fieldCount": "se esperaban {expected} campos y se encontraron {found}",
  "etl.row.json": "no es un objeto JSON: {reason}",
  "etl.check.required": "se requiere un valor",
  "etl.check.identifier":
    "se esperaban de 1 a 64 letras, dígitos o . _ : / -, empezando por una letra o un dígito (valor «{value}»)",
  "etl.check.iso3": "se esperaba un código ISO 3166 alfa-3 como MLI (valor «{value}»)",
  "etl.check.pattern": "no tiene la forma esperada {pattern} (valor «{value}»)",
  "etl.check.oneOf": "se esperaba uno de {allowed} (valor «{value}»)",
  "etl.check.date": "se esperaba una fecha AAAA-MM-DD (valor «{value}»)",
  "etl.check.earliest":
    "la fecha es anterior al {earliest}, la primera operación de mantenimiento de la paz (valor «{value}»)",
  "etl.check.future": "la fecha es futura (valor «{value}»)",
  "etl.check.number": "se esperaba un número (valor «{value}»)",
  "etl.check.wholeNumber": "se esperaba un número entero (valor «{value}»)",
  "etl.check.minimum": "se esperaba {minimum} o más (valor «{value}»)",
  "etl.check.maximum": "se esperaba {maximum} o menos (valor «{value}»)",
  "etl.check.minLength": "se esperaban al menos {minLength} caracteres (valor «{value}»)",
  "etl.check.maxLength": "supera los {maxLength} caracteres permitidos ({length} caracteres)",
  "etl.check.minItems": "se esperaba al menos {minItems} valor(es)",
  "etl.check.endBeforeStart": "end_date es anterior a start_date",
  "etl.check.absentiaOverConcerned": "persons_in_absentia es mayor que persons_concerned",
  "etl.check.replyBeforeSent": "reply_date es anterior a sent_date",
  "etl.check.dueBeforeSent": "due_date es anterior a sent_date",
  "etl.check.webAddress": "se esperaba una dirección web que empiece por http:// o https:// (valor «{value}»)",
  "etl.check.currency": "se esperaba un código de moneda ISO 4217 como XOF (valor «{value}»)",
  "etl.row.unknownMission": "misión desconocida «{value}» (no figura en la tabla de referencia de misiones)",
  "etl.row.unknownState": "código de Estado desconocido «{value}» (no figura en la tabla de referencia de Estados)",
  "etl.row.duplicateKey": "{key} duplicado en este archivo (primero en la línea {line})",
  "etl.row.duplicateMerged":
    "{key} duplicado «{value}»: mismo registro que la línea {line}, fusionado con ella ({why})",
  "etl.row.duplicateNationality":
    "se mantuvo la nacionalidad {kept}, la del Estado que existía el {date}; se descartó {dropped}",
  "etl.row.unknownNationality":
    "nacionalidad desconocida «{value}»: añádala a warehouse/reference/nationality-aliases.csv",
  "etl.load.alreadyLoaded": "{file}: ya se cargó (carga {loadId} del {date}, mismo sha256); no ha cambiado nada.",
  "etl.load.summary":
    "{file}: {kind}, {rowsIn} filas recibidas = {loaded} cargadas + {rejected} rechazadas ({seconds} s).",
  "etl.load.reconcile":
    "{file}: las filas recibidas ({rowsIn}) no coinciden con las cargadas ({loaded}) + rechazadas ({rejected}); se revirtió la carga.",
  "etl.load.rejectLine": "  {file}, línea {line}, campo {field}: {reason}",
  "etl.load.moreRejects": "  … y {count} más; véase `npm run etl -- status`.",
  "etl.status.releaseChanges":
    "Cambios de la publicación {fromFile} (carga {from}) a {toFile} (carga {to}) de {family}: las víctimas eliminadas permanecen en el almacén, marcadas con in_latest_release = false en fct_casualty_versions.",
  "etl.warehouse.locked":
    "Otro proceso está usando el almacén {path} (DuckDB lo bloquea). Espere a que ese proceso termine y vuelva a ejecutar la orden.",
  "etl.warehouse.missing":
    "No hay ningún almacén en {path}. Cree uno con `npm run etl -- sample` o `npm run etl -- load <archivos>`.",
  "template.unknownKind": "Tipo de exportación desconocido «{kind}»; se esperaba uno de {kinds}.",
  "template.badOut": "--out debe indicar un libro de Excel terminado en .xlsx (se recibió «{out}»).",
  "template.written":
    "{file}: plantilla de presentación para {kind}, {columns} columnas ({lists} con listas desplegables), filas 2 a {last}. Complétela y cárguela con `npm run etl -- load {file}`.",
  "template.sheet.instructions": "instrucciones",
  "template.sheet.lists": "listas",
  "template.note.list": "Varios valores van en una misma celda, separados por «;» (p. ej. A1;A2).",
  "template.validation.title": "No figura en la lista",
  "template.validation.error": "Elija un valor de {field} en la lista desplegable (véase la hoja de instrucciones).",
  "template.instructions.title": "Cómo completar la plantilla de {kind}",
  "template.instructions.fill":
    "Escriba un registro por fila de la hoja «{kind}», a partir de la fila 2 (hasta {rows} filas). Mantenga esa hoja en primer lugar y no modifique su fila de encabezado. Los encabezados sombreados son obligatorios; las demás celdas pueden quedar vacías, y una celda vacía toma el valor predeterminado de la columna.",
  "template.instructions.lists":
    "Las columnas con lista desplegable solo aceptan sus valores. Una columna de tipo lista admite varios valores en una misma celda, separados por «;» (p. ej. A1;A2).",
  "template.instructions.text":
    "Escriba las fechas como AAAA-MM-DD (p. ej. 2024-03-05). Las celdas de fecha, código e identificador tienen formato de texto, para que Excel las conserve tal como se escriben.",
  "template.instructions.submit":
    "Guarde el libro en formato .xlsx y envíelo al equipo de Blue Ledger, que lo carga con `npm run etl -- load <archivo>`. Se comprueba cada fila; una fila rechazada se notifica con su número, su columna y el motivo, para que pueda corregirse y el libro pueda enviarse de nuevo.",
  "template.heading.name": "columna",
  "template.heading.required": "obligatoria",
  "template.heading.rules": "tipo y valores permitidos",
  "template.heading.description": "descripción",
  "template.heading.default": "valor predeterminado si está vacía",
  "template.yes": "sí",
  "template.no": "no",
  "template.type.string": "texto",
  "template.type.date": "fecha, AAAA-MM-DD",
  "template.type.integer": "número entero",
  "template.type.number": "número",
  "template.type.list": "lista: valores separados por «;» (p. ej. A1;A2)",
  "template.type.oneOf": "uno de: {values} (elija en la lista desplegable)",
  "template.type.pattern": "forma (expresión regular): {pattern}",
  "template.type.minimum": "{minimum} o más",
  "template.type.maximum": "{maximum} o menos",
  "template.type.earliest": "no antes del {earliest}",
  "template.type.notInFuture": "no futura",
  "etl.extract.summary":
    "{files} archivos ({others} de ellos por año, Estado receptor o misión), {megabytes} MB, en {out}. Compruébelos con: cd {out} && sha256sum -c SHA256SUMS",
  "etl.extract.badSums": "{file} contiene una ruta fuera de su carpeta; no se elimina nada.",
  "report.title": "Delitos cometidos contra el personal de mantenimiento de la paz de las Naciones Unidas en {year}",
  "report.subtitle":
    "Los ataques contra el personal de las Naciones Unidas, su seguimiento judicial por los Estados receptores y la asistencia de las Naciones Unidas: informe presentado en virtud de la resolución 2589 (2021) del Consejo de Seguridad",
  "report.cover.org": "Blue Ledger · Resolución 2589 (2021) del Consejo de Seguridad",
  "report.cover.edition": "Edición",
  "report.cover.period": "Período",
  "report.cover.periodValue": "Del 1 de enero al 31 de diciembre de {year}",
  "report.cover.cutoff": "Datos al",
  "report.cover.release": "Versión de Blue Ledger",
  "report.cover.citable":
    "Cada cifra del presente informe lleva su identificador en letra pequeña. El archivo figures.json, publicado con el informe, las enumera todas, con su valor y la consulta SQL que la vuelve a calcular a partir del paquete de datos; la sección 8 explica cómo hacerlo.",
  "report.sample": "DATOS DE MUESTRA: generados con fines de demostración. Estas cifras no son reales.",
  "report.restrictedNotice":
    "RESERVADO: esta edición contiene detalles caso por caso (hechos judiciales, relatos, grupos considerados responsables) destinados únicamente al Estado Miembro interesado. No debe publicarse.",
  "report.edition.public": "Edición pública",
  "report.edition.state": "Edición para {state} (reservada)",
  "report.contents": "Índice",
  "report.header.sample": "DATOS DE MUESTRA",
  "report.header.restricted": "RESERVADO",
  "report.header.cutoff": "Datos al {cutoff}",
  "report.footer.page": "Página {page} de {pages}",
  "report.tableNo": "Cuadro {n}",
  "report.chartNo": "Gráfico {n}",
  "report.chart.figures": "Cifras: {ids}",
  "report.table.empty": "{table}, {title}: no hay nada que mostrar para el año.",
  "report.label.keyed": "{measure}: {key}",
  "report.key.allHostStates": "Todos los Estados receptores",
  "report.where.all": "en todas las misiones",
  "report.where.state": "en {state}",
  "report.where.allStates": "a los Estados receptores",
  "report.where.toState": "a {state}",
  "report.col.measure": "Cifra",
  "report.col.killedIn": "Muertos en {year}",
  "report.col.attacksIn": "Ataques en {year}",
  "report.col.convictionsIn": "Condenas en {year}",
  "report.col.backlogAtEnd": "Sin veredicto a finales de {year}",
  "report.col.recipient": "Estado beneficiario",
  "report.col.kind": "Tipo",
  "report.col.source": "Fuente",
  "report.col.set": "Conjunto",
  "report.col.rowHolds": "Una fila",
  "report.col.tables": "Tablas consultadas",
  "report.unit.cases": "Causas",
  "report.unit.replies": "Respuestas",
  "report.measure.killed": "Muertos",
  "report.measure.injured": "Heridos",
  "report.measure.killedChange": "Variación de los muertos respecto del año anterior",
  "report.measure.nationalsKilled": "Nacionales muertos",
  "report.measure.nationalsInjured": "Nacionales heridos",
  "report.measure.attacks": "Ataques",
  "report.measure.fatalAttacks": "Ataques mortales",
  "report.measure.attacksChange": "Variación de los ataques respecto del año anterior",
  "report.measure.fatalAttacksInferred": "Ataques mortales deducidos de las muertes",
  "report.measure.killedInRecords": "Muertos (registros de incidentes)",
  "report.measure.investigationsOpened": "Investigaciones abiertas",
  "report.measure.arrests": "Causas con una detención",
  "report.measure.trialsOpened": "Juicios abiertos",
  "report.measure.verdicts": "Veredictos",
  "report.measure.convictions": "Causas con una condena",
  "report.measure.convictionsInAbsentia": "De ellas, solo en rebeldía",
  "report.measure.personsConvicted": "Personas condenadas",
  "report.measure.personsInAbsentia": "Personas condenadas en rebeldía",
  "report.measure.acquittals": "Causas con una absolución",
  "report.measure.overturned": "Causas con una condena anulada",
  "report.measure.noProgress": "Informaciones de que nadie ha rendido cuentas",
  "report.measure.convictionsChange": "Variación de las causas con una condena",
  "report.measure.fatalToDate": "Ataques mortales hasta la fecha",
  "report.measure.withConviction": "Con una condena",
  "report.measure.withEffectiveConviction": "Con una condena efectiva",
  "report.measure.shareWithConviction": "Proporción con una condena",
  "report.measure.withoutVerdict": "Ataques mortales sin veredicto",
  "report.measure.backlogChange": "Variación de los casos pendientes",
  "report.measure.firstConvictions": "Ataques mortales con una primera condena",
  "report.measure.medianDaysToConviction": "Mediana de días hasta la primera condena",
  "report.measure.publicRecordEvents": "Hechos del registro público",
  "report.measure.requestsSent": "Solicitudes enviadas",
  "report.measure.replies": "Respuestas recibidas",
  "report.measure.repliesInFull": "Respuestas sobre todo lo solicitado",
  "report.measure.repliesInPart": "Respuestas sobre parte de lo solicitado",
  "report.measure.repliesWithoutInformation": "Respuestas sin la información solicitada",
  "report.measure.unanswered": "Solicitudes sin respuesta",
  "report.measure.overdue": "Solicitudes vencidas",
  "report.measure.activities": "Actividades de asistencia iniciadas",
  "report.measure.activitiesWithAmount": "Actividades de importe conocido",
  "report.measure.amountUsd": "Importe conocido (USD)",
  "report.measure.recipients": "Estados beneficiarios",
  "report.section.summary": "Resumen",
  "report.summary.killed.one":
    "En {year}, {killed} efectivo de mantenimiento de la paz de las Naciones Unidas murió en un acto malintencionado {where} ({change} respecto de {previousYear}).",
  "report.summary.killed.many":
    "En {year}, {killed} de efectivos de mantenimiento de la paz de las Naciones Unidas murieron en actos malintencionados {where} ({change} respecto de {previousYear}).",
  "report.summary.killed.other":
    "En {year}, {killed} efectivos de mantenimiento de la paz de las Naciones Unidas murieron en actos malintencionados {where} ({change} respecto de {previousYear}).",
  "report.summary.injured.one": "{injured} resultó herido.",
  "report.summary.injured.many": "{injured} resultaron heridos.",
  "report.summary.injured.other": "{injured} resultaron heridos.",
  "report.summary.attacks.one": "Se registró {attacks} ataque; en {fatal} murió al menos una persona.",
  "report.summary.attacks.many":
    "Se registraron {attacks} de ataques, en {fatal} de los cuales murió al menos una persona.",
  "report.summary.attacks.other":
    "Se registraron {attacks} ataques, en {fatal} de los cuales murió al menos una persona.",
  "report.summary.inferred":
    "Los datos cargados registran muertes, no ataques: agrupadas por misión, día y causa, las muertes indican al menos {inferred} ataques mortales.",
  "report.summary.judicial":
    "Las autoridades competentes abrieron {investigations} investigaciones, y {convictions} causas terminaron en condena, {inAbsentia} de ellas de personas juzgadas solo en rebeldía; a finales de año, {backlog} ataques mortales seguían sin veredicto.",
  "report.summary.judicialNoConviction":
    "Las autoridades competentes abrieron {investigations} investigaciones, y {convictions} causas terminaron en condena; a finales de año, {backlog} ataques mortales seguían sin veredicto.",
  "report.summary.noCases":
    "No se ha cargado ninguna causa judicial, por lo que no puede informarse sobre el seguimiento judicial; a finales de año, {backlog} ataques mortales no tenían ningún veredicto consignado.",
  "report.summary.requests":
    "Las Naciones Unidas enviaron {sent} solicitudes {where} sobre ataques y recibieron {replies} respuestas; a finales de año, {overdue} solicitudes estaban vencidas.",
  "report.summary.assistance.one":
    "En el año se inició {activities} actividad de fomento de la capacidad de las Naciones Unidas.",
  "report.summary.assistance.many":
    "En el año se iniciaron {activities} de actividades de fomento de la capacidad de las Naciones Unidas.",
  "report.summary.assistance.other":
    "En el año se iniciaron {activities} actividades de fomento de la capacidad de las Naciones Unidas.",
  "report.summary.assistanceState.one":
    "En el año se inició {activities} actividad de fomento de la capacidad de las Naciones Unidas para {state}.",
  "report.summary.assistanceState.many":
    "En el año se iniciaron {activities} de actividades de fomento de la capacidad de las Naciones Unidas para {state}.",
  "report.summary.assistanceState.other":
    "En el año se iniciaron {activities} actividades de fomento de la capacidad de las Naciones Unidas para {state}.",
  "report.summary.chart": "Efectivos de mantenimiento de la paz muertos en actos malintencionados {where}, por año",
  "report.summary.table": "{year} de un vistazo, en comparación con el año anterior",
  "report.section.fatalities": "Muertes causadas por actos malintencionados",
  "report.fatalities.lead.one":
    "{killed} efectivo de mantenimiento de la paz murió en actos malintencionados {where} en {year}, frente a {previous} en {previousYear}.",
  "report.fatalities.lead.many":
    "{killed} de efectivos de mantenimiento de la paz murieron en actos malintencionados {where} en {year}, frente a {previous} en {previousYear}.",
  "report.fatalities.lead.other":
    "{killed} efectivos de mantenimiento de la paz murieron en actos malintencionados {where} en {year}, frente a {previous} en {previousYear}.",
  "report.fatalities.topMission": "La misión que perdió más personal fue {mission}: {killed}.",
  "report.fatalities.topHostState": "{state} fue el Estado receptor donde murieron más efectivos: {killed}.",
  "report.fatalities.nationals.one":
    "{killed} nacional de {state} murió en actos malintencionados en {year}, en cualquiera de las misiones en que prestaba servicio.",
  "report.fatalities.nationals.many":
    "{killed} de nacionales de {state} murieron en actos malintencionados en {year}, en cualquiera de las misiones en que prestaban servicio.",
  "report.fatalities.nationals.other":
    "{killed} nacionales de {state} murieron en actos malintencionados en {year}, en cualquiera de las misiones en que prestaban servicio.",
  "report.fatalities.noInjuries": "Los datos cargados no consignan heridos: solo se cuentan las muertes.",
  "report.fatalities.byMission": "Víctimas de actos malintencionados {where} en {year}, por misión",
  "report.fatalities.byHostState": "Víctimas de actos malintencionados en {year}, por Estado receptor",
  "report.fatalities.byCategory": "Víctimas de actos malintencionados {where} en {year}, por categoría de personal",
  "report.fatalities.byNationality": "Víctimas de actos malintencionados en {year}, por nacionalidad",
  "report.fatalities.byNationalityChart":
    "Efectivos de mantenimiento de la paz muertos en actos malintencionados en {year}, por nacionalidad (las 15 con más muertes)",
  "report.fatalities.nationalsByMission":
    "Nacionales de {state} muertos y heridos en actos malintencionados en {year}, por misión",
  "report.fatalities.byYear": "Víctimas de actos malintencionados {where}, por año",
  "report.section.attacks": "Ataques",
  "report.attacks.none":
    "No se ha cargado ningún registro de incidentes: los datos cargados cuentan las personas muertas, no los ataques.",
  "report.attacks.inferred.one":
    "Agrupadas por misión, día y causa, las muertes por actos malintencionados indican al menos {inferred} ataque mortal {where} en {year}.",
  "report.attacks.inferred.many":
    "Agrupadas por misión, día y causa, las muertes por actos malintencionados indican al menos {inferred} de ataques mortales {where} en {year}; dos ataques en el mismo día en la misma misión se cuentan como uno.",
  "report.attacks.inferred.other":
    "Agrupadas por misión, día y causa, las muertes por actos malintencionados indican al menos {inferred} ataques mortales {where} en {year}; dos ataques en el mismo día en la misma misión se cuentan como uno.",
  "report.attacks.lead.one":
    "Se registró {attacks} ataque contra el personal de las Naciones Unidas {where} en {year} ({change} respecto de {previousYear}); en {fatal} murió al menos una persona.",
  "report.attacks.lead.many":
    "Se registraron {attacks} de ataques contra el personal de las Naciones Unidas {where} en {year} ({change} respecto de {previousYear}); en {fatal} de ellos murió al menos una persona.",
  "report.attacks.lead.other":
    "Se registraron {attacks} ataques contra el personal de las Naciones Unidas {where} en {year} ({change} respecto de {previousYear}); en {fatal} de ellos murió al menos una persona.",
  "report.attacks.topType": "El tipo más frecuente: {type}, {attacks}.",
  "report.attacks.byMonth": "Ataques {where} en {year}, por mes",
  "report.attacks.byType": "Ataques {where} en {year}, por tipo",
  "report.attacks.byHostState": "Ataques en {year}, por Estado receptor",
  "report.attacks.byYear": "Ataques {where}, por año",
  "report.section.judicial": "Seguimiento judicial",
  "report.judicial.noCases":
    "No se ha cargado ninguna causa judicial: no puede informarse sobre las etapas de las investigaciones y los enjuiciamientos.",
  "report.judicial.steps.one":
    "En {year}, las autoridades competentes abrieron {investigations} investigación sobre ataques {where} ({previous} en {previousYear}), practicaron detenciones en {arrests} causas, abrieron juicio en {trials} y dictaron {verdicts} veredictos.",
  "report.judicial.steps.many":
    "En {year}, las autoridades competentes abrieron {investigations} de investigaciones sobre ataques {where} ({previous} en {previousYear}), practicaron detenciones en {arrests} causas, abrieron juicio en {trials} y dictaron {verdicts} veredictos.",
  "report.judicial.steps.other":
    "En {year}, las autoridades competentes abrieron {investigations} investigaciones sobre ataques {where} ({previous} en {previousYear}), practicaron detenciones en {arrests} causas, abrieron juicio en {trials} y dictaron {verdicts} veredictos.",
  "report.judicial.convictions.one":
    "{convictions} causa terminó en condena ({change} respecto del año anterior); en {inAbsentia} de ellas, todas las personas condenadas fueron juzgadas en rebeldía. Se condenó a {persons} personas, {personsInAbsentia} de ellas en rebeldía.",
  "report.judicial.convictions.many":
    "{convictions} de causas terminaron en condena ({change} respecto del año anterior); en {inAbsentia} de ellas, todas las personas condenadas fueron juzgadas en rebeldía. Se condenó a {persons} personas, {personsInAbsentia} de ellas en rebeldía.",
  "report.judicial.convictions.other":
    "{convictions} causas terminaron en condena ({change} respecto del año anterior); en {inAbsentia} de ellas, todas las personas condenadas fueron juzgadas en rebeldía. Se condenó a {persons} personas, {personsInAbsentia} de ellas en rebeldía.",
  "report.judicial.noConviction": "{convictions} causas terminaron en condena ({change} respecto del año anterior).",
  "report.judicial.backlog":
    "A finales de {year}, {backlog} de los {fatal} ataques mortales registrados hasta la fecha no habían tenido veredicto ({change} en el año); {withConviction} habían dado lugar a una condena ({share}).",
  "report.judicial.time.one":
    "{first} ataque mortal llegó a su primera condena en {year}, {median} días después del ataque.",
  "report.judicial.time.many":
    "{first} de ataques mortales llegaron a su primera condena en {year}, con una mediana de {median} días después del ataque.",
  "report.judicial.time.other":
    "{first} ataques mortales llegaron a su primera condena en {year}, con una mediana de {median} días después del ataque.",
  "report.judicial.backlogByHostState": "Ataques mortales sin veredicto a finales de {year}, por Estado receptor",
  "report.judicial.stepsByHostState": "Etapas de las causas judiciales en {year}, por Estado receptor",
  "report.judicial.stepsNote":
    "Causas relativas a ataques en el Estado receptor que alcanzaron la etapa en el año; una causa relativa a ataques en dos Estados receptores se cuenta en ambos. Los veredictos cuentan los fallos (condenas y absoluciones). Solo en rebeldía: causas en que todas las personas condenadas en el año fueron juzgadas en rebeldía.",
  "report.judicial.timeByHostState":
    "Ataques mortales con una primera condena en {year} y mediana de días desde el ataque, por Estado receptor",
  "report.judicial.stepsChart": "Etapas de las causas judiciales relativas a ataques {where} en {year}",
  "report.judicial.backlogTable":
    "Ataques mortales {where}: veredictos, condenas y casos pendientes a finales de {year}",
  "report.judicial.record.one":
    "El registro público de causas contiene {events} hecho de {year}, procedente de informaciones públicas, con su fuente.",
  "report.judicial.record.many":
    "El registro público de causas contiene {events} de hechos de {year}, procedentes de informaciones públicas, cada uno con su fuente.",
  "report.judicial.record.other":
    "El registro público de causas contiene {events} hechos de {year}, procedentes de informaciones públicas, cada uno con su fuente.",
  "report.judicial.recordTable": "Hechos de {year} en el registro público de causas",
  "report.judicial.recordNote":
    "Registros, no cifras: lo que informan las fuentes públicas (las Naciones Unidas, las misiones, los Gobiernos, los tribunales y la prensa), a la fecha de la fuente más reciente. El registro está incompleto; un ataque que no figure en él puede haberse investigado.",
  "report.section.requests": "Lo que informaron los Estados",
  "report.requests.none":
    "No se ha cargado ninguna solicitud de las Naciones Unidas a los Estados receptores: no puede indicarse lo que informaron los Estados.",
  "report.requests.lead.one":
    "En {year}, las Naciones Unidas enviaron {sent} solicitud mediante nota verbal {where} sobre ataques contra su personal, y recibieron {replies} respuestas: {full} respondieron a todo lo solicitado, {part} a parte de ello y {none} no aportaron ninguna de la información solicitada.",
  "report.requests.lead.many":
    "En {year}, las Naciones Unidas enviaron {sent} de solicitudes mediante nota verbal {where} sobre ataques contra su personal, y recibieron {replies} respuestas: {full} respondieron a todo lo solicitado, {part} a parte de ello y {none} no aportaron ninguna de la información solicitada.",
  "report.requests.lead.other":
    "En {year}, las Naciones Unidas enviaron {sent} solicitudes mediante nota verbal {where} sobre ataques contra su personal, y recibieron {replies} respuestas: {full} respondieron a todo lo solicitado, {part} a parte de ello y {none} no aportaron ninguna de la información solicitada.",
  "report.requests.unanswered.one":
    "A finales de {year}, {unanswered} solicitud seguía sin respuesta; {overdue} de ellas, pasada la fecha en que se pidió la respuesta.",
  "report.requests.unanswered.many":
    "A finales de {year}, {unanswered} de solicitudes seguían sin respuesta, {overdue} de ellas pasada la fecha en que se pidió la respuesta.",
  "report.requests.unanswered.other":
    "A finales de {year}, {unanswered} solicitudes seguían sin respuesta, {overdue} de ellas pasada la fecha en que se pidió la respuesta.",
  "report.requests.byHostState": "Solicitudes a los Estados receptores y sus respuestas en {year}",
  "report.requests.chart": "Respuestas recibidas en {year}, según qué parte de lo solicitado abarcaban",
  "report.requests.stateChart": "Solicitudes a {state} y sus respuestas en {year}",
  "report.requests.note":
    "Las respuestas cuentan las recibidas en el año, a solicitudes de cualquier año; las solicitudes sin respuesta y las vencidas se cuentan a finales de año.",
  "report.section.assistance": "Asistencia de las Naciones Unidas para el fomento de la capacidad",
  "report.assistance.none": "No se ha cargado ninguna asistencia para el fomento de la capacidad.",
  "report.assistance.lead.one":
    "En {year} se inició {activities} actividad de fomento de la capacidad de las Naciones Unidas para las instituciones de justicia y seguridad de los Estados receptores, en {recipients} Estados ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.lead.many":
    "En {year} se iniciaron {activities} de actividades de fomento de la capacidad de las Naciones Unidas para las instituciones de justicia y seguridad de los Estados receptores, en {recipients} Estados ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.lead.other":
    "En {year} se iniciaron {activities} actividades de fomento de la capacidad de las Naciones Unidas para las instituciones de justicia y seguridad de los Estados receptores, en {recipients} Estados ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.leadState.one":
    "En {year} se inició {activities} actividad de fomento de la capacidad de las Naciones Unidas para {state} ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.leadState.many":
    "En {year} se iniciaron {activities} de actividades de fomento de la capacidad de las Naciones Unidas para {state} ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.leadState.other":
    "En {year} se iniciaron {activities} actividades de fomento de la capacidad de las Naciones Unidas para {state} ({previous} el año anterior); los importes conocidos ({withAmount} actividades) suman {amount}.",
  "report.assistance.byType": "Actividades de fomento de la capacidad iniciadas en {year}, por tipo",
  "report.assistance.byRecipient":
    "Actividades de fomento de la capacidad iniciadas en {year}, por Estado beneficiario",
  "report.assistance.note":
    "Importes en dólares de los Estados Unidos, cuando se conocen; cada actividad se cuenta en el año en que se inició.",
  "report.section.progress": "Progresos por Estado",
  "report.progress.lead":
    "El cuadro siguiente compara el año {year} de cada Estado receptor: muertes, investigaciones y condenas, los ataques mortales pendientes de veredicto y su evolución, las respuestas a las solicitudes de las Naciones Unidas y la asistencia recibida.",
  "report.progress.leadState":
    "A finales de {year}, el {share} de los ataques mortales registrados hasta la fecha en {state} habían dado lugar a una condena, frente al {all} en el conjunto de los Estados receptores.",
  "report.progress.best": "{state} tiene la mayor proporción de ataques mortales con una condena: {share}.",
  "report.progress.bestTied": "{state} tienen la mayor proporción de ataques mortales con una condena: {share}.",
  "report.progress.table": "Progresos de los Estados receptores en {year}",
  "report.progress.tableState": "{state} en comparación con el conjunto de los Estados receptores en {year}",
  "report.progress.chart":
    "Proporción de ataques mortales registrados hasta la fecha con una condena, a finales de {year}",
  "report.progress.note":
    "Muertos, investigaciones, condenas, solicitudes, respuestas y asistencia: en el año. Sin veredicto y proporción con una condena: a finales de año, sobre todos los ataques mortales registrados hasta la fecha.",
  "report.section.methodology": "Metodología y datos",
  "report.method.lead":
    "Las cifras del presente informe se calculan a partir del paquete de datos de Blue Ledger, versión {version}, con datos al {cutoff}: el paquete de esta edición ({edition}), que se ofrece en la página Descargas de la misma edición del sitio (extracts.zip) y se ha generado a partir de las cargas que figuran a continuación.",
  "report.method.sources": "Fuentes cargadas",
  "report.method.sourcesNote":
    "Filas cargadas, tras la validación; el sha256 identifica cada archivo con exactitud. La misma lista figura en el archivo datapackage.json del paquete (sources).",
  "report.method.recomputeTitle": "Cómo volver a calcular una cifra",
  "report.method.recompute":
    "Cada cifra se imprime con su identificador en letra pequeña. En un cuadro, el identificador de la columna figura en su encabezado y la clave de la fila junto a su nombre: el identificador de la cifra es el del conjunto, un punto, el de la columna, una barra y la clave, por ejemplo fatalities.by_mission.killed/MINUSMA.",
  "report.method.recompute.download": "Descargue el paquete de datos de esta edición y compruébelo: {code}",
  "report.method.recompute.downloadCode": "unzip extracts.zip -d package && cd package && sha256sum -c SHA256SUMS",
  "report.method.recompute.views":
    "En DuckDB, en esa carpeta, cree una vista de cada tabla que consulta la cifra a partir de su archivo Parquet: {code}",
  "report.method.recompute.viewsCode": "CREATE VIEW mart_attack_casualties AS FROM 'mart_attack_casualties.parquet';",
  "report.method.recompute.run":
    "Busque el identificador en figures.json, publicado con el presente informe, y ejecute su sql: devuelve una fila con una columna, value, que es la cifra. {code}",
  "report.method.recompute.runCode": "jq -r '.figures[] | select(.id == \"fatalities.killed\") | .sql' figures.json",
  "report.method.recompute.table":
    "La consulta SQL de cada conjunto, con lo que contiene una fila, se encuentra en el repositorio de Blue Ledger, y se indica en el último cuadro de esta sección: {code}",
  "report.method.recompute.tableCode": "etl/report/figures/*.sql",
  "report.method.ids":
    "Los identificadores son estables: una cifra tiene el mismo identificador en el informe de cada año, dentro del ámbito de su edición (todos los Estados receptores en la edición pública, el Estado en una edición para un Estado).",
  "report.method.definitionsTitle": "Definiciones",
  "report.define.maliciousAct.term": "Acto malintencionado",
  "report.define.maliciousAct":
    "Una muerte o lesión causada por un acto deliberado contra el personal de las Naciones Unidas, según la clasificación de las Naciones Unidas; no se cuentan las muertes por accidente o enfermedad ni las autoinfligidas.",
  "report.define.attack.term": "Ataque",
  "report.define.attack":
    "Un registro de incidente: un ataque contra el personal de las Naciones Unidas, con las personas que murieron y resultaron heridas en él.",
  "report.define.fatalAttack.term": "Ataque mortal",
  "report.define.fatalAttack":
    "Un ataque en que murió al menos una persona. Las cifras judiciales siguen los ataques mortales.",
  "report.define.inferred.term": "Ataque deducido",
  "report.define.inferred":
    "Cuando los datos no mencionan ningún incidente (los datos de las Naciones Unidas sobre muertes), las muertes por actos malintencionados de una misión en un día se consideran un solo ataque: es un límite inferior, ya que dos ataques en el mismo día se cuentan como uno.",
  "report.define.steps.term": "Etapas de una causa",
  "report.define.steps":
    "Apertura de la investigación, detención, apertura del juicio, veredicto, condena: se cuentan las causas que alcanzaron la etapa en el año, en el Estado receptor donde se produjeron los ataques.",
  "report.define.verdict.term": "Veredicto",
  "report.define.verdict": "Una condena o una absolución. Una causa sobreseída no es un veredicto.",
  "report.define.inAbsentia.term": "En rebeldía",
  "report.define.inAbsentia":
    "Una condena se considera de personas presentes salvo que el registro indique que todas las personas condenadas fueron juzgadas en rebeldía; «solo en rebeldía» cuenta las causas en que así lo indica.",
  "report.define.effective.term": "Condena efectiva",
  "report.define.effective":
    "Una condena de al menos una persona detenida que ninguna decisión posterior anuló para todas las personas condenadas.",
  "report.define.backlog.term": "Casos pendientes",
  "report.define.backlog":
    "Los ataques mortales registrados hasta la fecha sin veredicto a finales de año: el 31 de diciembre o, en el año de la fecha de corte, la fecha de corte de los datos.",
  "report.define.time.term": "Tiempo hasta la primera condena",
  "report.define.time":
    "Días transcurridos desde un ataque mortal hasta su primera condena, para los ataques con una primera condena en el año; la mediana es el valor central o, cuando su número es par, la media de los dos valores centrales.",
  "report.define.requests.term": "Solicitudes",
  "report.define.requests":
    "Notas verbales en las que las Naciones Unidas preguntan a un Estado receptor qué ha hecho respecto de ataques; una respuesta abarca todo lo solicitado, parte de ello o nada. Una solicitud está vencida cuando no tiene respuesta y ha pasado la fecha en que se pidió la respuesta.",
  "report.define.assistance.term": "Asistencia para el fomento de la capacidad",
  "report.define.assistance":
    "Actividades de entidades de las Naciones Unidas que refuerzan las investigaciones y los enjuiciamientos de un Estado (ciencia forense, tribunales móviles, capacitación, entre otras), contadas en el año en que se iniciaron.",
  "report.method.cellsTitle": "Celdas pequeñas",
  "report.method.cells":
    "La edición pública solo contiene datos agregados. Un recuento de 1 o 2 en un desglose detallado podría señalar a una sola persona o causa, por lo que el paquete de datos de la edición pública agrupa esas celdas: las personas por nacionalidad y misión, en «Otras misiones» de la misma nacionalidad y año; las causas judiciales por tribunal y situación, en una sola fila «Otros» por Estado receptor; los totales siguen siendo exactos. El presente informe solo imprime totales que la regla deja exactos (nacionalidades en todas las misiones, las etapas judiciales de cada Estado receptor) y ningún desglose más detallado que el del paquete; no contiene ningún registro por causa o por persona más allá del registro público de causas, que es público por sus fuentes.",
  "report.method.cellsState":
    "Esta edición, para {state}, contiene los detalles caso por caso relativos a {state} (su anexo) y aplica la regla de las celdas pequeñas a todos los demás Estados: los recuentos de 1 o 2 nacionales de otro Estado en una misión se agrupan en «Otras misiones». No debe publicarse.",
  "report.method.setsTitle": "Los conjuntos de cifras",
  "report.method.sets": "Los conjuntos de cifras de esta edición y las tablas del paquete de datos que consultan",
  "report.method.setsNote":
    "Cada conjunto es una consulta SQL en etl/report/figures/ del repositorio de Blue Ledger; $year es el año del informe y $scope, ALL (edición pública) o el código del Estado. figures.json da la consulta SQL de cada cifra con ambos valores ya sustituidos.",
  "report.section.annex": "Anexo: detalles caso por caso relativos a {state}",
  "report.annex.restricted":
    "RESERVADO: los registros que figuran a continuación se refieren a {state} y están destinados únicamente a {state}. No deben publicarse.",
  "report.annex.casesTitle": "Hechos de {year} en las causas judiciales relativas a {state}",
  "report.annex.cases": "Hechos judiciales de {year} relativos a {state}",
  "report.annex.casesNote":
    "Tal como figuran en la página Causas de la edición para el Estado (warehouse/editions/state_case_events.sql): registros, no cifras. Solo se enumeran los ataques de una causa que conciernen al Estado.",
  "report.annex.noCases": "No se ha consignado ningún hecho de una causa judicial relativa a {state} en {year}.",
  "report.annex.incidentsTitle": "Ataques de {year} relativos a {state}",
  "report.annex.incidents": "Ataques de {year} en {state} o contra sus nacionales",
  "report.annex.incidentsNote":
    "Tal como figuran en la página Incidentes de la edición para el Estado (warehouse/editions/state_incidents.sql), con el relato y el grupo considerado responsable tal como los consignó la fuente: registros, no cifras.",
  "report.annex.noIncidents": "No se ha consignado ningún ataque relativo a {state} en {year}.",
  "report.progress.step": "informe: {what} ({seconds} s)",
  "report.progress.open": "abriendo el almacén de datos",
  "report.progress.package": "regenerando en memoria el paquete de datos de la edición",
  "report.progress.figures": "calculando las cifras",
  "report.progress.sections": "redactando las secciones",
  "report.progress.pdfLayout": "imprimiendo con Chromium para maquetar las páginas",
  "report.progress.pdf": "imprimiendo el PDF con el índice",
  "report.done":
    "{dir}: report.pdf ({pages} páginas, {pdf} kB), report.html ({html} kB), figures.json ({figures} cifras, {json} kB), en {seconds} s ({total} s con el arranque).",
  "report.error.year": "--year debe ser un año, como 2022 (valor «{year}»).",
  "report.error.lang": "Idioma desconocido «{lang}»: use uno de {langs}.",
  "report.error.unknownState":
    "Estado desconocido «{state}»: ningún Estado tiene ese código ISO 3166 alfa-3 en la referencia de Estados (warehouse/reference/states.csv). Use --edition state:<ISO3>, por ejemplo state:MLI.",
  "report.error.noData":
    "No hay datos de {year} en {warehouse}: sus registros abarcan {first}–{last}. No se ha escrito nada; elija un año de ese intervalo o cargue antes las exportaciones de ese año.",
  "report.error.noDataState":
    "No hay datos relativos a {state} de {year} en {warehouse}: sus registros relativos a {state} abarcan {first}–{last}. No se ha escrito nada.",
  "report.error.noDataAtAll":
    "No hay datos en {warehouse}: no se ha cargado ningún registro de víctimas, ataques, causas, solicitudes ni asistencia. No se ha escrito nada.",
  "report.error.noDataStateAtAll":
    "No hay datos relativos a {state} en {warehouse}: ningún registro de víctimas, ataques, causas, solicitudes ni asistencia se refiere a ese Estado. No se ha escrito nada.",
  "report.error.reportsOption": "--reports admite años separados por comas, como 2022,2023 (valor «{value}»).",
  "report.error.chromium":
    "No se encontró Chromium en {path}: el PDF se imprime con el Chromium de Debian. Instale su paquete con `apt-get install chromium` (o indique el ejecutable en CHROMIUM_PATH). No se ha escrito nada.",
  "report.warning.catalogue":
    "informe: aún no hay catálogo para «{lang}» (src/i18n/{lang}.js): el texto se muestra en inglés hasta que lo añada el trabajo en los seis idiomas; los números, las fechas y la dirección del texto siguen «{lang}».",
  "report.json.package":
    "El paquete de datos de la edición {edition} del sitio generado a partir del mismo almacén de datos (su página Descargas, extracts.zip), que también escribe `npm run etl -- extract --edition {edition} --out DIR`.",
  "report.json.recompute":
    "La consulta sql de cada cifra devuelve una fila con una columna, value, cuando se ejecuta en DuckDB sobre las tablas del paquete (CREATE VIEW <table> AS FROM '<table>.parquet' para cada tabla de tables). Una cifra de un cuadro tiene el id <set>.<column>/<key>.",
  "etl.leftOut.noMission":
    "no se refiere al personal de mantenimiento de la paz de las Naciones Unidas: ninguna misión de missions.csv figura como actor2 ni en assoc_actor_2",
  "etl.leftOut.notAnAttack": "no es un ataque contra la misión: subtipo de evento de ACLED «{type}»",
  "etl.load.leftOutSummary":
    "{file}: {kind}, {rowsIn} filas recibidas = {loaded} cargadas + {rejected} rechazadas + {leftOut} excluidas ({seconds} s).",
  "etl.load.leftOutLine": "  {rows} excluidas: {reason} (la primera en la línea {line})",
  "etl.load.reconcileLeftOut":
    "{file}: los {read} registros leídos no coinciden con los {landed} recibidos + {leftOut} excluidos; se revirtió la carga.",
  "etl.load.accessedDate": "--accessed espera una fecha AAAA-MM-DD (valor «{value}»).",
  "etl.status.agreement":
    "Muertes de personal de las Naciones Unidas en actos malintencionados y ataques según ACLED, por misión (mart_acled_agreement; la regla de vinculación figura en docs/sources/acled.md):",
  "etl.status.leftOut": "Filas excluidas por quedar fuera del ámbito (contadas en etl_left_out, no conservadas):",
};
