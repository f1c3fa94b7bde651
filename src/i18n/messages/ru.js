// Russian: the sentences only Node reads (the ETL's messages, the reports, the Excel templates),
// apart from src/i18n/ru.js so that no page fetches them. src/i18n/catalogues.js joins the two.
export default {
  "etl.file.unreadable": "{file}: не удается прочитать файл ({reason}).",
  "etl.file.empty": "{file}: файл пуст; ожидались строка заголовка и хотя бы одна запись.",
  "etl.file.binary": "{file}: файл не является текстовым (содержит байты NUL); ожидался CSV или JSON Lines.",
  "etl.file.format": "{file}: неизвестный тип файла «{extension}»; ожидался .csv, .jsonl, .ndjson или .xlsx.",
  "etl.kind.unknown":
    "{file}: по столбцам ({columns}) невозможно определить вид выгрузки. Ближе всего «{kind}», но в ней нет: {missing}. Укажите вид с помощью --kind.",
  "etl.kind.missingColumns":
    "{file}, строка 1: для этого вида выгрузки ({kind}) нужны отсутствующие столбцы: {missing}.",
  "etl.kind.unknownColumns": "{file}, строка 1: неизвестные для этого вида выгрузки ({kind}) столбцы: {unknown}.",
  "etl.row.parse": "не удалось разобрать строку: {reason}",
  "etl.row.unknownFields": "неизвестные для этого вида выгрузки поля: {fields}",
  "etl.row.notScalar": "ожидалось одно значение, а найден объект или список JSON",
  "etl.row.fieldCount": "ожидалось полей: {expected}, найдено: {found}",
  "etl.row.json": "это не объект JSON: {reason}",
  "etl.check.required": "значение обязательно",
  "etl.check.identifier":
    "ожидалось от 1 до 64 букв, цифр или знаков . _ : / -, начиная с буквы или цифры (значение «{value}»)",
  "etl.check.iso3": "ожидался трехбуквенный код ISO 3166, например MLI (значение «{value}»)",
  "etl.check.pattern": "не соответствует ожидаемой форме {pattern} (значение «{value}»)",
  "etl.check.oneOf": "ожидалось одно из значений {allowed} (значение «{value}»)",
  "etl.check.date": "ожидалась дата в формате ГГГГ-ММ-ДД (значение «{value}»)",
  "etl.check.earliest": "дата раньше {earliest}, даты первой миротворческой операции (значение «{value}»)",
  "etl.check.future": "дата в будущем (значение «{value}»)",
  "etl.check.number": "ожидалось число (значение «{value}»)",
  "etl.check.wholeNumber": "ожидалось целое число (значение «{value}»)",
  "etl.check.minimum": "ожидалось не менее {minimum} (значение «{value}»)",
  "etl.check.maximum": "ожидалось не более {maximum} (значение «{value}»)",
  "etl.check.minLength": "ожидалось не менее {minLength} символов (значение «{value}»)",
  "etl.check.maxLength": "длиннее допустимых {maxLength} символов ({length} символов)",
  "etl.check.minItems": "ожидалось не менее {minItems} значений",
  "etl.check.endBeforeStart": "end_date раньше start_date",
  "etl.check.absentiaOverConcerned": "persons_in_absentia больше persons_concerned",
  "etl.check.replyBeforeSent": "reply_date раньше sent_date",
  "etl.check.dueBeforeSent": "due_date раньше sent_date",
  "etl.check.webAddress": "ожидался веб-адрес, начинающийся с http:// или https:// (значение «{value}»)",
  "etl.check.currency": "ожидался код валюты ISO 4217, например XOF (значение «{value}»)",
  "etl.row.unknownMission": "неизвестная миссия «{value}» (нет в справочной таблице миссий)",
  "etl.row.unknownState": "неизвестный код государства «{value}» (нет в справочной таблице государств)",
  "etl.row.duplicateKey": "повторяющийся {key} в этом файле (впервые в строке {line})",
  "etl.row.duplicateMerged":
    "повторяющийся {key} «{value}»: та же запись, что в строке {line}, объединена с ней ({why})",
  "etl.row.duplicateNationality":
    "сохранено гражданство {kept} — государства, существовавшего на {date}; {dropped} отброшено",
  "etl.row.unknownNationality":
    "неизвестное гражданство «{value}»: добавьте его в warehouse/reference/nationality-aliases.csv",
  "etl.load.alreadyLoaded": "{file}: уже загружен (загрузка {loadId} от {date}, тот же sha256); ничего не изменилось.",
  "etl.load.summary":
    "{file}: {kind}, получено строк: {rowsIn} = загружено {loaded} + отклонено {rejected} ({seconds} с).",
  "etl.load.reconcile":
    "{file}: число полученных строк ({rowsIn}) не равно сумме загруженных ({loaded}) и отклоненных ({rejected}); загрузка отменена.",
  "etl.load.rejectLine": "  {file}, строка {line}, поле {field}: {reason}",
  "etl.load.moreRejects": "  … и еще {count}; см. `npm run etl -- status`.",
  "etl.status.releaseChanges":
    "Изменения между выпуском {fromFile} (загрузка {from}) и выпуском {toFile} (загрузка {to}) набора {family}: удаленные потери остаются в хранилище с отметкой in_latest_release = false в fct_casualty_versions.",
  "etl.warehouse.locked":
    "Хранилище {path} используется другим процессом (DuckDB его блокирует). Дождитесь завершения этого процесса и повторите команду.",
  "etl.warehouse.missing":
    "По адресу {path} нет хранилища. Создайте его с помощью `npm run etl -- sample` или `npm run etl -- load <файлы>`.",
  "template.unknownKind": "Неизвестный вид выгрузки «{kind}»; ожидался один из следующих: {kinds}.",
  "template.badOut": "--out должен указывать на книгу Excel с расширением .xlsx (получено «{out}»).",
  "template.written":
    "{file}: шаблон для представления данных вида {kind}, столбцов: {columns} (из них с раскрывающимися списками: {lists}), строки 2–{last}. Заполните его и загрузите с помощью `npm run etl -- load {file}`.",
  "template.sheet.instructions": "инструкции",
  "template.sheet.lists": "списки",
  "template.note.list": "Несколько значений указываются в одной ячейке через «;» (например, A1;A2).",
  "template.validation.title": "Нет в списке",
  "template.validation.error": "Выберите значение {field} из раскрывающегося списка (см. лист с инструкциями).",
  "template.instructions.title": "Как заполнить шаблон {kind}",
  "template.instructions.fill":
    "Вносите по одной записи в каждую строку листа «{kind}», начиная со строки 2 (не более {rows} строк). Оставьте этот лист первым и не меняйте строку заголовка. Затененные заголовки обязательны; остальные ячейки можно оставить пустыми — пустая ячейка принимает значение столбца по умолчанию.",
  "template.instructions.lists":
    "Столбцы с раскрывающимся списком принимают только его значения. В столбце-списке несколько значений указываются в одной ячейке через «;» (например, A1;A2).",
  "template.instructions.text":
    "Вводите даты в формате ГГГГ-ММ-ДД (например, 2024-03-05). Ячейки с датами, кодами и идентификаторами имеют текстовый формат, чтобы Excel сохранил их в точности так, как они введены.",
  "template.instructions.submit":
    "Сохраните книгу в формате .xlsx и отправьте ее группе Blue Ledger, которая загрузит ее с помощью `npm run etl -- load <файл>`. Каждая строка проверяется; об отклоненной строке сообщается с указанием ее номера, столбца и причины, чтобы ее можно было исправить и отправить книгу повторно.",
  "template.heading.name": "столбец",
  "template.heading.required": "обязательный",
  "template.heading.rules": "тип и допустимые значения",
  "template.heading.description": "описание",
  "template.heading.default": "значение по умолчанию, если пусто",
  "template.yes": "да",
  "template.no": "нет",
  "template.type.string": "текст",
  "template.type.date": "дата, ГГГГ-ММ-ДД",
  "template.type.integer": "целое число",
  "template.type.number": "число",
  "template.type.list": "список: значения через «;» (например, A1;A2)",
  "template.type.oneOf": "одно из значений: {values} (выберите в раскрывающемся списке)",
  "template.type.pattern": "форма (регулярное выражение): {pattern}",
  "template.type.minimum": "не менее {minimum}",
  "template.type.maximum": "не более {maximum}",
  "template.type.earliest": "не ранее {earliest}",
  "template.type.notInFuture": "не в будущем",
  "etl.extract.summary":
    "Файлов: {files} (из них по годам, принимающим государствам или миссиям: {others}), {megabytes} МБ, в {out}. Проверьте их командой: cd {out} && sha256sum -c SHA256SUMS",
  "etl.extract.badSums": "{file} содержит путь за пределами своей папки; ничего не удаляется.",
  "report.title": "Преступления против миротворцев Организации Объединенных Наций в {year} году",
  "report.subtitle":
    "Нападения на персонал Организации Объединенных Наций, работа по ним в судебной системе принимающих государств и помощь Организации Объединенных Наций: доклад в соответствии с резолюцией 2589 (2021) Совета Безопасности",
  "report.cover.org": "Blue Ledger · резолюция 2589 (2021) Совета Безопасности",
  "report.cover.edition": "Редакция",
  "report.cover.period": "Период",
  "report.cover.periodValue": "С 1 января по 31 декабря {year} года",
  "report.cover.cutoff": "Данные по состоянию на",
  "report.cover.release": "Выпуск Blue Ledger",
  "report.cover.citable":
    "Каждая цифра в настоящем докладе сопровождается ее идентификатором, набранным мелким шрифтом. В файле figures.json, опубликованном вместе с докладом, приводятся все цифры с их значениями и запросами SQL, позволяющими пересчитать их по пакету данных; порядок пересчета разъясняется в разделе 8.",
  "report.sample": "ОБРАЗЕЦ ДАННЫХ: сформирован для демонстрации. Эти цифры не являются реальными.",
  "report.restrictedNotice":
    "ОГРАНИЧЕННЫЙ ДОСТУП: настоящая редакция содержит подробные сведения по делам (события судебного производства, описания событий, группы, которые считаются ответственными) и предназначена только для соответствующего государства-члена. Не для публикации.",
  "report.edition.public": "Открытая редакция",
  "report.edition.state": "Редакция для государства {state} (ограниченного доступа)",
  "report.contents": "Содержание",
  "report.header.sample": "ОБРАЗЕЦ ДАННЫХ",
  "report.header.restricted": "ОГРАНИЧЕННЫЙ ДОСТУП",
  "report.header.cutoff": "Данные по состоянию на {cutoff}",
  "report.footer.page": "Страница {page} из {pages}",
  "report.tableNo": "Таблица {n}",
  "report.chartNo": "Диаграмма {n}",
  "report.chart.figures": "Цифры: {ids}",
  "report.table.empty": "{table}, {title}: за этот год данных нет.",
  "report.label.keyed": "{measure}: {key}",
  "report.key.allHostStates": "Все принимающие государства",
  "report.where.all": "во всех миссиях",
  "report.where.state": "в государстве {state}",
  "report.where.allStates": "принимающим государствам",
  "report.where.toState": "государству {state}",
  "report.col.measure": "Показатель",
  "report.col.killedIn": "Погибшие в {year} году",
  "report.col.attacksIn": "Нападения в {year} году",
  "report.col.convictionsIn": "Обвинительные приговоры в {year} году",
  "report.col.backlogAtEnd": "Без приговора на конец {year} года",
  "report.col.recipient": "Государство-получатель",
  "report.col.kind": "Вид",
  "report.col.source": "Источник",
  "report.col.set": "Набор",
  "report.col.rowHolds": "Одна строка",
  "report.col.tables": "Используемые таблицы",
  "report.unit.cases": "Дела",
  "report.unit.replies": "Ответы",
  "report.measure.killed": "Погибшие",
  "report.measure.injured": "Раненые",
  "report.measure.killedChange": "Изменение числа погибших по сравнению с предыдущим годом",
  "report.measure.nationalsKilled": "Погибшие граждане",
  "report.measure.nationalsInjured": "Раненые граждане",
  "report.measure.attacks": "Нападения",
  "report.measure.fatalAttacks": "Нападения со смертельным исходом",
  "report.measure.attacksChange": "Изменение числа нападений по сравнению с предыдущим годом",
  "report.measure.fatalAttacksInferred": "Нападения со смертельным исходом, выведенные из данных о погибших",
  "report.measure.killedInRecords": "Погибшие (записи об инцидентах)",
  "report.measure.investigationsOpened": "Возбужденные расследования",
  "report.measure.arrests": "Дела, по которым произведен арест",
  "report.measure.trialsOpened": "Начатые судебные процессы",
  "report.measure.verdicts": "Приговоры",
  "report.measure.convictions": "Дела, по которым вынесен обвинительный приговор",
  "report.measure.convictionsInAbsentia": "Из них только заочно",
  "report.measure.personsConvicted": "Осужденные лица",
  "report.measure.personsInAbsentia": "Лица, осужденные заочно",
  "report.measure.acquittals": "Дела, по которым вынесен оправдательный приговор",
  "report.measure.overturned": "Дела, по которым обвинительный приговор отменен",
  "report.measure.noProgress": "Сообщения о том, что никто не привлечен к ответственности",
  "report.measure.convictionsChange": "Изменение числа дел, по которым вынесен обвинительный приговор",
  "report.measure.fatalToDate": "Нападения со смертельным исходом за весь период",
  "report.measure.withConviction": "С обвинительным приговором",
  "report.measure.withEffectiveConviction": "С реальным обвинительным приговором",
  "report.measure.shareWithConviction": "Доля нападений с обвинительным приговором",
  "report.measure.withoutVerdict": "Нападения со смертельным исходом без приговора",
  "report.measure.backlogChange": "Изменение числа нападений без приговора",
  "report.measure.firstConvictions":
    "Нападения со смертельным исходом, по которым впервые вынесен обвинительный приговор",
  "report.measure.medianDaysToConviction": "Медиана дней до первого обвинительного приговора",
  "report.measure.publicRecordEvents": "События по открытым сведениям",
  "report.measure.requestsSent": "Направленные запросы",
  "report.measure.replies": "Полученные ответы",
  "report.measure.repliesInFull": "Ответы на все запрошенное",
  "report.measure.repliesInPart": "Ответы на часть запрошенного",
  "report.measure.repliesWithoutInformation": "Ответы без запрошенной информации",
  "report.measure.unanswered": "Запросы без ответа",
  "report.measure.overdue": "Просроченные запросы",
  "report.measure.activities": "Начатые мероприятия по оказанию помощи",
  "report.measure.activitiesWithAmount": "Мероприятия с известной суммой",
  "report.measure.amountUsd": "Известная сумма (долл. США)",
  "report.measure.recipients": "Государства-получатели",
  "report.section.summary": "Резюме",
  "report.summary.killed.one":
    "В {year} году в результате злонамеренных действий {where} погиб {killed} миротворец Организации Объединенных Наций ({change} по сравнению с {previousYear} годом).",
  "report.summary.killed.few":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворца Организации Объединенных Наций ({change} по сравнению с {previousYear} годом).",
  "report.summary.killed.many":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворцев Организации Объединенных Наций ({change} по сравнению с {previousYear} годом).",
  "report.summary.killed.other":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворца Организации Объединенных Наций ({change} по сравнению с {previousYear} годом).",
  "report.summary.injured.one": "Ранен {injured} миротворец.",
  "report.summary.injured.few": "Ранены {injured} миротворца.",
  "report.summary.injured.many": "Ранены {injured} миротворцев.",
  "report.summary.injured.other": "Ранены {injured} миротворца.",
  "report.summary.attacks.one":
    "Зарегистрировано {attacks} нападение, из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.summary.attacks.few":
    "Зарегистрировано {attacks} нападения, из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.summary.attacks.many":
    "Зарегистрировано {attacks} нападений, из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.summary.attacks.other":
    "Зарегистрировано {attacks} нападения, из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.summary.inferred":
    "В загруженных данных регистрируются погибшие, а не нападения: если сгруппировать погибших по миссии, дню и причине, число нападений со смертельным исходом составляет не менее {inferred}.",
  "report.summary.judicial":
    "Число расследований, возбужденных соответствующими органами, — {investigations}; число дел, завершившихся обвинительным приговором, — {convictions}, в том числе {inAbsentia} — в отношении лиц, судимых только заочно; число нападений со смертельным исходом, по которым на конец года не было приговора, — {backlog}.",
  "report.summary.judicialNoConviction":
    "Число расследований, возбужденных соответствующими органами, — {investigations}; число дел, завершившихся обвинительным приговором, — {convictions}; число нападений со смертельным исходом, по которым на конец года не было приговора, — {backlog}.",
  "report.summary.noCases":
    "Судебные дела не загружены, поэтому сообщить о работе по нападениям в судебной системе нельзя; число нападений со смертельным исходом, по которым на конец года не зарегистрировано приговора, — {backlog}.",
  "report.summary.requests":
    "Число запросов в связи с нападениями, направленных Организацией Объединенных Наций {where}, — {sent}, число полученных ответов — {replies}; на конец года просроченных запросов: {overdue}.",
  "report.summary.assistance.one":
    "В этом году начато {activities} мероприятие Организации Объединенных Наций по укреплению потенциала.",
  "report.summary.assistance.few":
    "В этом году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала.",
  "report.summary.assistance.many":
    "В этом году начато {activities} мероприятий Организации Объединенных Наций по укреплению потенциала.",
  "report.summary.assistance.other":
    "В этом году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала.",
  "report.summary.assistanceState.one":
    "В этом году начато {activities} мероприятие Организации Объединенных Наций по укреплению потенциала для государства {state}.",
  "report.summary.assistanceState.few":
    "В этом году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала для государства {state}.",
  "report.summary.assistanceState.many":
    "В этом году начато {activities} мероприятий Организации Объединенных Наций по укреплению потенциала для государства {state}.",
  "report.summary.assistanceState.other":
    "В этом году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала для государства {state}.",
  "report.summary.chart": "Миротворцы, погибшие в результате злонамеренных действий {where}, по годам",
  "report.summary.table": "{year} год в цифрах в сравнении с предыдущим годом",
  "report.section.fatalities": "Погибшие в результате злонамеренных действий",
  "report.fatalities.lead.one":
    "В {year} году в результате злонамеренных действий {where} погиб {killed} миротворец (в {previousYear} году — {previous}).",
  "report.fatalities.lead.few":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворца (в {previousYear} году — {previous}).",
  "report.fatalities.lead.many":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворцев (в {previousYear} году — {previous}).",
  "report.fatalities.lead.other":
    "В {year} году в результате злонамеренных действий {where} погибли {killed} миротворца (в {previousYear} году — {previous}).",
  "report.fatalities.topMission": "Больше всего персонала потеряла миссия {mission}: {killed}.",
  "report.fatalities.topHostState": "Больше всего погибших было в принимающем государстве {state}: {killed}.",
  "report.fatalities.nationals.one":
    "В {year} году в результате злонамеренных действий погиб {killed} гражданин государства {state}, в какой бы миссии он ни служил.",
  "report.fatalities.nationals.few":
    "В {year} году в результате злонамеренных действий погибли {killed} гражданина государства {state}, в каких бы миссиях они ни служили.",
  "report.fatalities.nationals.many":
    "В {year} году в результате злонамеренных действий погибли {killed} граждан государства {state}, в каких бы миссиях они ни служили.",
  "report.fatalities.nationals.other":
    "В {year} году в результате злонамеренных действий погибли {killed} гражданина государства {state}, в каких бы миссиях они ни служили.",
  "report.fatalities.noInjuries": "В загруженных данных ранения не регистрируются: учитываются только погибшие.",
  "report.fatalities.byMission": "Потери в результате злонамеренных действий {where} в {year} году, по миссиям",
  "report.fatalities.byHostState":
    "Потери в результате злонамеренных действий в {year} году, по принимающим государствам",
  "report.fatalities.byCategory":
    "Потери в результате злонамеренных действий {where} в {year} году, по категориям персонала",
  "report.fatalities.byNationality": "Потери в результате злонамеренных действий в {year} году, по гражданству",
  "report.fatalities.byNationalityChart":
    "Миротворцы, погибшие в результате злонамеренных действий в {year} году, по гражданству (15 государств с наибольшим числом погибших)",
  "report.fatalities.nationalsByMission":
    "Граждане государства {state}, погибшие и раненные в результате злонамеренных действий в {year} году, по миссиям",
  "report.fatalities.byYear": "Потери в результате злонамеренных действий {where}, по годам",
  "report.section.attacks": "Нападения",
  "report.attacks.none":
    "Записи об инцидентах не загружены: в загруженных данных учитываются погибшие, а не нападения.",
  "report.attacks.inferred.one":
    "Если сгруппировать погибших в результате злонамеренных действий по миссии, дню и причине, то {where} в {year} году было совершено не менее {inferred} нападения со смертельным исходом.",
  "report.attacks.inferred.few":
    "Если сгруппировать погибших в результате злонамеренных действий по миссии, дню и причине, то {where} в {year} году было совершено не менее {inferred} нападений со смертельным исходом; два нападения в один и тот же день в одной и той же миссии учитываются как одно.",
  "report.attacks.inferred.many":
    "Если сгруппировать погибших в результате злонамеренных действий по миссии, дню и причине, то {where} в {year} году было совершено не менее {inferred} нападений со смертельным исходом; два нападения в один и тот же день в одной и той же миссии учитываются как одно.",
  "report.attacks.inferred.other":
    "Если сгруппировать погибших в результате злонамеренных действий по миссии, дню и причине, то {where} в {year} году было совершено не менее {inferred} нападения со смертельным исходом; два нападения в один и тот же день в одной и той же миссии учитываются как одно.",
  "report.attacks.lead.one":
    "В {year} году {where} зарегистрировано {attacks} нападение на персонал Организации Объединенных Наций ({change} по сравнению с {previousYear} годом); со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.attacks.lead.few":
    "В {year} году {where} зарегистрировано {attacks} нападения на персонал Организации Объединенных Наций ({change} по сравнению с {previousYear} годом); из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.attacks.lead.many":
    "В {year} году {where} зарегистрировано {attacks} нападений на персонал Организации Объединенных Наций ({change} по сравнению с {previousYear} годом); из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.attacks.lead.other":
    "В {year} году {where} зарегистрировано {attacks} нападения на персонал Организации Объединенных Наций ({change} по сравнению с {previousYear} годом); из них со смертельным исходом (погиб по меньшей мере один человек): {fatal}.",
  "report.attacks.topType": "Наиболее частый вид нападений — «{type}»: {attacks}.",
  "report.attacks.byMonth": "Нападения {where} в {year} году, по месяцам",
  "report.attacks.byType": "Нападения {where} в {year} году, по видам",
  "report.attacks.byHostState": "Нападения в {year} году, по принимающим государствам",
  "report.attacks.byYear": "Нападения {where}, по годам",
  "report.section.judicial": "Работа по нападениям в судебной системе",
  "report.judicial.noCases":
    "Судебные дела не загружены: сообщить об этапах расследований и уголовного преследования нельзя.",
  "report.judicial.steps.one":
    "В {year} году соответствующие органы возбудили {investigations} расследование в связи с нападениями {where} (в {previousYear} году — {previous}); число дел, по которым произведены аресты, — {arrests}, дел, по которым начаты судебные процессы, — {trials}, число вынесенных приговоров — {verdicts}.",
  "report.judicial.steps.few":
    "В {year} году соответствующие органы возбудили {investigations} расследования в связи с нападениями {where} (в {previousYear} году — {previous}); число дел, по которым произведены аресты, — {arrests}, дел, по которым начаты судебные процессы, — {trials}, число вынесенных приговоров — {verdicts}.",
  "report.judicial.steps.many":
    "В {year} году соответствующие органы возбудили {investigations} расследований в связи с нападениями {where} (в {previousYear} году — {previous}); число дел, по которым произведены аресты, — {arrests}, дел, по которым начаты судебные процессы, — {trials}, число вынесенных приговоров — {verdicts}.",
  "report.judicial.steps.other":
    "В {year} году соответствующие органы возбудили {investigations} расследования в связи с нападениями {where} (в {previousYear} году — {previous}); число дел, по которым произведены аресты, — {arrests}, дел, по которым начаты судебные процессы, — {trials}, число вынесенных приговоров — {verdicts}.",
  "report.judicial.convictions.one":
    "Обвинительным приговором завершилось {convictions} дело ({change} по сравнению с предыдущим годом); в {inAbsentia} из них все осужденные были судимы заочно. Число осужденных лиц — {persons}, из них заочно — {personsInAbsentia}.",
  "report.judicial.convictions.few":
    "Обвинительным приговором завершились {convictions} дела ({change} по сравнению с предыдущим годом); в {inAbsentia} из них все осужденные были судимы заочно. Число осужденных лиц — {persons}, из них заочно — {personsInAbsentia}.",
  "report.judicial.convictions.many":
    "Обвинительным приговором завершилось {convictions} дел ({change} по сравнению с предыдущим годом); в {inAbsentia} из них все осужденные были судимы заочно. Число осужденных лиц — {persons}, из них заочно — {personsInAbsentia}.",
  "report.judicial.convictions.other":
    "Обвинительным приговором завершилось {convictions} дела ({change} по сравнению с предыдущим годом); в {inAbsentia} из них все осужденные были судимы заочно. Число осужденных лиц — {persons}, из них заочно — {personsInAbsentia}.",
  "report.judicial.noConviction":
    "Число дел, завершившихся обвинительным приговором, — {convictions} ({change} по сравнению с предыдущим годом).",
  "report.judicial.backlog":
    "На конец {year} года число нападений со смертельным исходом за весь период — {fatal}, из них без приговора — {backlog} ({change} за год), с обвинительным приговором — {withConviction} ({share}).",
  "report.judicial.time.one":
    "В {year} году по {first} нападению со смертельным исходом впервые вынесен обвинительный приговор (срок с момента нападения, дней: {median}).",
  "report.judicial.time.few":
    "В {year} году по {first} нападениям со смертельным исходом впервые вынесен обвинительный приговор (медиана срока с момента нападения, дней: {median}).",
  "report.judicial.time.many":
    "В {year} году по {first} нападениям со смертельным исходом впервые вынесен обвинительный приговор (медиана срока с момента нападения, дней: {median}).",
  "report.judicial.time.other":
    "В {year} году по {first} нападениям со смертельным исходом впервые вынесен обвинительный приговор (медиана срока с момента нападения, дней: {median}).",
  "report.judicial.backlogByHostState":
    "Нападения со смертельным исходом без приговора на конец {year} года, по принимающим государствам",
  "report.judicial.stepsByHostState": "Этапы судебных дел в {year} году, по принимающим государствам",
  "report.judicial.stepsNote":
    "Учитываются дела, в которых в этом году был пройден соответствующий этап, — по принимающему государству, где были совершены нападения; дело о нападениях в двух принимающих государствах учитывается в обоих. Приговоры — это судебные решения (обвинительные и оправдательные приговоры). Только заочно: дела, в которых все лица, осужденные в этом году, были судимы заочно.",
  "report.judicial.timeByHostState":
    "Нападения со смертельным исходом, по которым впервые вынесен обвинительный приговор в {year} году, и медиана дней с момента нападения, по принимающим государствам",
  "report.judicial.stepsChart": "Этапы судебных дел по нападениям {where} в {year} году",
  "report.judicial.backlogTable":
    "Нападения со смертельным исходом {where}: приговоры, обвинительные приговоры и нападения без приговора на конец {year} года",
  "report.judicial.record.one":
    "Открытые сведения о делах содержат {events} событие {year} года, взятое из открытых сообщений, с указанием источника.",
  "report.judicial.record.few":
    "Открытые сведения о делах содержат {events} события {year} года, взятые из открытых сообщений, каждое с указанием источника.",
  "report.judicial.record.many":
    "Открытые сведения о делах содержат {events} событий {year} года, взятых из открытых сообщений, каждое с указанием источника.",
  "report.judicial.record.other":
    "Открытые сведения о делах содержат {events} события {year} года, взятые из открытых сообщений, каждое с указанием источника.",
  "report.judicial.recordTable": "События {year} года по открытым сведениям о делах",
  "report.judicial.recordNote":
    "Это записи, а не цифры: то, что сообщают открытые источники (Организация Объединенных Наций, миссии, правительства, суды и пресса), по состоянию на дату последнего источника. Эти сведения неполны; нападение, которого в них нет, все же могло быть расследовано.",
  "report.section.requests": "Что сообщили государства",
  "report.requests.none":
    "Запросы Организации Объединенных Наций принимающим государствам не загружены: сказать, что сообщили государства, нельзя.",
  "report.requests.lead.one":
    "В {year} году Организация Объединенных Наций направила {where} {sent} запрос вербальной нотой в связи с нападениями на ее персонал; получено ответов: {replies}, из них на все запрошенное — {full}, на часть запрошенного — {part}, без какой-либо запрошенной информации — {none}.",
  "report.requests.lead.few":
    "В {year} году Организация Объединенных Наций направила {where} {sent} запроса вербальными нотами в связи с нападениями на ее персонал; получено ответов: {replies}, из них на все запрошенное — {full}, на часть запрошенного — {part}, без какой-либо запрошенной информации — {none}.",
  "report.requests.lead.many":
    "В {year} году Организация Объединенных Наций направила {where} {sent} запросов вербальными нотами в связи с нападениями на ее персонал; получено ответов: {replies}, из них на все запрошенное — {full}, на часть запрошенного — {part}, без какой-либо запрошенной информации — {none}.",
  "report.requests.lead.other":
    "В {year} году Организация Объединенных Наций направила {where} {sent} запроса вербальными нотами в связи с нападениями на ее персонал; получено ответов: {replies}, из них на все запрошенное — {full}, на часть запрошенного — {part}, без какой-либо запрошенной информации — {none}.",
  "report.requests.unanswered.one":
    "На конец {year} года без ответа оставался {unanswered} запрос; из них просрочено (истек срок, к которому запрашивался ответ): {overdue}.",
  "report.requests.unanswered.few":
    "На конец {year} года без ответа оставались {unanswered} запроса; из них просрочено (истек срок, к которому запрашивался ответ): {overdue}.",
  "report.requests.unanswered.many":
    "На конец {year} года без ответа оставалось {unanswered} запросов; из них просрочено (истек срок, к которому запрашивался ответ): {overdue}.",
  "report.requests.unanswered.other":
    "На конец {year} года без ответа оставалось {unanswered} запроса; из них просрочено (истек срок, к которому запрашивался ответ): {overdue}.",
  "report.requests.byHostState": "Запросы принимающим государствам и их ответы в {year} году",
  "report.requests.chart": "Ответы, полученные в {year} году, по полноте ответа на запрошенное",
  "report.requests.stateChart": "Запросы государству {state} и его ответы в {year} году",
  "report.requests.note":
    "Учитываются ответы, полученные в этом году, на запросы любого года; запросы без ответа и просроченные запросы — по состоянию на конец года.",
  "report.section.assistance": "Помощь Организации Объединенных Наций в укреплении потенциала",
  "report.assistance.none": "Записи о помощи в укреплении потенциала не загружены.",
  "report.assistance.lead.one":
    "В {year} году начато {activities} мероприятие Организации Объединенных Наций по укреплению потенциала учреждений правосудия и безопасности принимающих государств (в предыдущем году — {previous}); государств-получателей: {recipients}. Известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.lead.few":
    "В {year} году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала учреждений правосудия и безопасности принимающих государств (в предыдущем году — {previous}); государств-получателей: {recipients}. Известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.lead.many":
    "В {year} году начато {activities} мероприятий Организации Объединенных Наций по укреплению потенциала учреждений правосудия и безопасности принимающих государств (в предыдущем году — {previous}); государств-получателей: {recipients}. Известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.lead.other":
    "В {year} году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала учреждений правосудия и безопасности принимающих государств (в предыдущем году — {previous}); государств-получателей: {recipients}. Известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.leadState.one":
    "В {year} году начато {activities} мероприятие Организации Объединенных Наций по укреплению потенциала для государства {state} (в предыдущем году — {previous}); известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.leadState.few":
    "В {year} году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала для государства {state} (в предыдущем году — {previous}); известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.leadState.many":
    "В {year} году начато {activities} мероприятий Организации Объединенных Наций по укреплению потенциала для государства {state} (в предыдущем году — {previous}); известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.leadState.other":
    "В {year} году начато {activities} мероприятия Организации Объединенных Наций по укреплению потенциала для государства {state} (в предыдущем году — {previous}); известные суммы (мероприятий с известной суммой: {withAmount}) составляют в общей сложности {amount}.",
  "report.assistance.byType": "Мероприятия по укреплению потенциала, начатые в {year} году, по видам",
  "report.assistance.byRecipient":
    "Мероприятия по укреплению потенциала, начатые в {year} году, по государствам-получателям",
  "report.assistance.note":
    "Суммы указаны в долларах США там, где они известны; мероприятие учитывается в году его начала.",
  "report.section.progress": "Прогресс по государствам",
  "report.progress.lead":
    "В приведенной ниже таблице сопоставлены показатели каждого принимающего государства за {year} год: погибшие, расследования и обвинительные приговоры, нападения со смертельным исходом без приговора и изменение их числа, ответы на запросы Организации Объединенных Наций и полученная помощь.",
  "report.progress.leadState":
    "К концу {year} года доля нападений со смертельным исходом в государстве {state} за весь период, по которым вынесен обвинительный приговор, составила {share} (по всем принимающим государствам — {all}).",
  "report.progress.best":
    "Наибольшая доля нападений со смертельным исходом, по которым вынесен обвинительный приговор, — у государства {state}: {share}.",
  "report.progress.bestTied":
    "Наибольшая доля нападений со смертельным исходом, по которым вынесен обвинительный приговор, — у государств {state}: {share}.",
  "report.progress.table": "Прогресс принимающих государств в {year} году",
  "report.progress.tableState": "Государство {state} в сравнении со всеми принимающими государствами в {year} году",
  "report.progress.chart":
    "Доля нападений со смертельным исходом за весь период, по которым вынесен обвинительный приговор, на конец {year} года",
  "report.progress.note":
    "Погибшие, расследования, обвинительные приговоры, запросы, ответы и помощь — за год. Нападения без приговора и доля нападений с обвинительным приговором — на конец года, по всем нападениям со смертельным исходом за весь период.",
  "report.section.methodology": "Методология и данные",
  "report.method.lead":
    "Цифры настоящего доклада рассчитаны по пакету данных Blue Ledger, выпуск {version}, данные по состоянию на {cutoff}: это пакет данной редакции ({edition}), предоставляемый на странице «Загрузки» той же редакции сайта (extracts.zip) и сформированный из перечисленных ниже загрузок.",
  "report.method.sources": "Загруженные источники",
  "report.method.sourcesNote":
    "Строки, загруженные после проверки; sha256 однозначно идентифицирует каждый файл. Тот же перечень приводится в файле datapackage.json пакета (sources).",
  "report.method.recomputeTitle": "Как пересчитать цифру",
  "report.method.recompute":
    "Каждая цифра сопровождается идентификатором, набранным мелким шрифтом. В таблице идентификатор столбца приводится в его заголовке, а ключ строки — рядом с ее названием: идентификатор цифры состоит из идентификатора набора, точки, идентификатора столбца, косой черты и ключа, например fatalities.by_mission.killed/MINUSMA.",
  "report.method.recompute.download": "Загрузите пакет данных этой редакции и проверьте его: {code}",
  "report.method.recompute.downloadCode": "unzip extracts.zip -d package && cd package && sha256sum -c SHA256SUMS",
  "report.method.recompute.views":
    "В DuckDB в этой папке создайте представление для каждой таблицы, используемой цифрой, из ее файла Parquet: {code}",
  "report.method.recompute.viewsCode": "CREATE VIEW mart_attack_casualties AS FROM 'mart_attack_casualties.parquet';",
  "report.method.recompute.run":
    "Найдите идентификатор в файле figures.json, опубликованном вместе с настоящим докладом, и выполните его запрос sql: он возвращает одну строку с одним столбцом value, содержащим искомую цифру. {code}",
  "report.method.recompute.runCode": "jq -r '.figures[] | select(.id == \"fatalities.killed\") | .sql' figures.json",
  "report.method.recompute.table":
    "SQL каждого набора с описанием содержимого одной строки находится в репозитории Blue Ledger и приводится в последней таблице этого раздела: {code}",
  "report.method.recompute.tableCode": "etl/report/figures/*.sql",
  "report.method.ids":
    "Идентификаторы неизменны: цифра имеет один и тот же идентификатор в докладе за каждый год в пределах своей редакции (все принимающие государства в открытой редакции, соответствующее государство в редакции для государства).",
  "report.method.definitionsTitle": "Определения",
  "report.define.maliciousAct.term": "Злонамеренные действия",
  "report.define.maliciousAct":
    "Гибель или ранение в результате умышленных действий против персонала Организации Объединенных Наций согласно классификации Организации Объединенных Наций; гибель в результате несчастных случаев или болезней, а также случаи причинения вреда самому себе не учитываются.",
  "report.define.attack.term": "Нападение",
  "report.define.attack":
    "Запись об инциденте: одно нападение на персонал Организации Объединенных Наций с указанием погибших и раненых в его результате.",
  "report.define.fatalAttack.term": "Нападение со смертельным исходом",
  "report.define.fatalAttack":
    "Нападение, в результате которого погиб по меньшей мере один человек. Судебные показатели относятся к нападениям со смертельным исходом.",
  "report.define.inferred.term": "Выведенное нападение",
  "report.define.inferred":
    "Если в данных инциденты не указаны (данные Организации Объединенных Наций о погибших), гибель в результате злонамеренных действий в одной миссии в один день считается одним нападением: это нижняя граница, поскольку два нападения в один и тот же день учитываются как одно.",
  "report.define.steps.term": "Этапы дела",
  "report.define.steps":
    "Возбуждение расследования, арест, начало судебного процесса, приговор, обвинительный приговор: учитываются дела, прошедшие соответствующий этап в этом году, — по принимающему государству, где были совершены нападения.",
  "report.define.verdict.term": "Приговор",
  "report.define.verdict": "Обвинительный или оправдательный приговор. Прекращенное дело приговором не является.",
  "report.define.inAbsentia.term": "Заочно",
  "report.define.inAbsentia":
    "Обвинительный приговор учитывается как вынесенный в присутствии подсудимых, если в записи не указано, что все осужденные были судимы заочно; показатель «только заочно» учитывает дела, в которых это указано.",
  "report.define.effective.term": "Реальный обвинительный приговор",
  "report.define.effective":
    "Обвинительный приговор по меньшей мере одному лицу, находящемуся под стражей, который не был отменен последующим решением в отношении всех осужденных.",
  "report.define.backlog.term": "Нападения без приговора",
  "report.define.backlog":
    "Нападения со смертельным исходом за весь период, по которым к концу года не вынесен приговор: на 31 декабря или, в год среза данных, на дату среза данных.",
  "report.define.time.term": "Время до первого обвинительного приговора",
  "report.define.time":
    "Число дней от нападения со смертельным исходом до первого обвинительного приговора по нему — для нападений, по которым первый обвинительный приговор вынесен в этом году; медиана — это центральное значение ряда или, при четном числе значений, среднее арифметическое двух центральных значений.",
  "report.define.requests.term": "Запросы",
  "report.define.requests":
    "Вербальные ноты, в которых Организация Объединенных Наций запрашивает у принимающего государства, что оно предприняло в связи с нападениями; ответ может охватывать все запрошенное, часть запрошенного или ничего из запрошенного. Запрос считается просроченным, если ответа на него нет, а срок, к которому запрашивался ответ, истек.",
  "report.define.assistance.term": "Помощь в укреплении потенциала",
  "report.define.assistance":
    "Мероприятия структур Организации Объединенных Наций, направленные на укрепление потенциала государства в области расследований и уголовного преследования (судебная экспертиза, выездные суды, обучение и др.); учитываются в году их начала.",
  "report.method.cellsTitle": "Малые значения",
  "report.method.cells":
    "Открытая редакция содержит только агрегированные данные. Значение 1 или 2 в детальной разбивке могло бы указать на отдельного человека или дело, поэтому в пакете данных открытой редакции такие ячейки объединяются: люди по гражданству и миссиям — в группу «Прочие миссии» того же гражданства и года, судебные дела по судам и статусам — в одну строку «Прочие» по каждому принимающему государству; итоги остаются точными. В настоящем докладе приводятся только итоги, которые это правило оставляет точными (гражданство по всем миссиям, этапы судебного производства по каждому принимающему государству), и нет разбивок более детальных, чем в пакете; в нем нет записей по отдельным делам или лицам, помимо открытых сведений о делах, которые являются открытыми в силу своих источников.",
  "report.method.cellsState":
    "Настоящая редакция, предназначенная для государства {state}, содержит подробные сведения по делам, касающимся государства {state} (в приложении), и применяет правило малых значений ко всем другим государствам: значения 1 или 2 для граждан другого государства в миссии объединяются в группу «Прочие миссии». Не для публикации.",
  "report.method.setsTitle": "Наборы цифр",
  "report.method.sets": "Наборы цифр этой редакции и используемые ими таблицы пакета данных",
  "report.method.setsNote":
    "Каждый набор — это один запрос SQL в папке etl/report/figures/ репозитория Blue Ledger; $year — год доклада, $scope — ALL (открытая редакция) или код государства. В файле figures.json для каждой цифры приводится SQL с подставленными значениями обоих параметров.",
  "report.section.annex": "Приложение: подробные сведения по делам, касающимся государства {state}",
  "report.annex.restricted":
    "ОГРАНИЧЕННЫЙ ДОСТУП: приведенные ниже записи касаются государства {state} и предназначены только для государства {state}. Не для публикации.",
  "report.annex.casesTitle": "События {year} года в судебных делах, касающихся государства {state}",
  "report.annex.cases": "События судебного производства {year} года, касающиеся государства {state}",
  "report.annex.casesNote":
    "В том виде, в каком они приводятся на странице «Дела» редакции для государства (warehouse/editions/state_case_events.sql): записи, а не цифры. Перечислены только те нападения по делу, которые касаются государства.",
  "report.annex.noCases": "События судебных дел, касающиеся государства {state}, за {year} год не зарегистрированы.",
  "report.annex.incidentsTitle": "Нападения {year} года, касающиеся государства {state}",
  "report.annex.incidents": "Нападения {year} года в государстве {state} или на его граждан",
  "report.annex.incidentsNote":
    "В том виде, в каком они приводятся на странице «Инциденты» редакции для государства (warehouse/editions/state_incidents.sql), с описанием событий и группой, которая считается ответственной, — так, как их зарегистрировал источник: записи, а не цифры.",
  "report.annex.noIncidents": "Нападения, касающиеся государства {state}, за {year} год не зарегистрированы.",
  "report.progress.step": "доклад: {what} ({seconds} с)",
  "report.progress.open": "открытие хранилища",
  "report.progress.package": "повторное формирование пакета данных редакции в памяти",
  "report.progress.figures": "расчет цифр",
  "report.progress.sections": "составление разделов",
  "report.progress.pdfLayout": "печать в Chromium для верстки страниц",
  "report.progress.pdf": "печать PDF с оглавлением",
  "report.done":
    "{dir}: report.pdf (страниц: {pages}, {pdf} КБ), report.html ({html} КБ), figures.json (цифр: {figures}, {json} КБ), за {seconds} с ({total} с с учетом запуска).",
  "report.error.year": "--year должен быть годом, например 2022 (получено «{year}»).",
  "report.error.lang": "Неизвестный язык «{lang}»: используйте один из следующих: {langs}.",
  "report.error.unknownState":
    "Неизвестное государство «{state}»: в справочной таблице государств (warehouse/reference/states.csv) нет государства с таким кодом ISO 3166 alpha-3. Используйте --edition state:<ISO3>, например state:MLI.",
  "report.error.noData":
    "В {warehouse} нет данных за {year} год: его записи охватывают {first}–{last}. Ничего не записано; выберите год в этом диапазоне или сначала загрузите выгрузки за этот год.",
  "report.error.noDataState":
    "В {warehouse} нет данных, касающихся государства {state}, за {year} год: его записи, касающиеся государства {state}, охватывают {first}–{last}. Ничего не записано.",
  "report.error.noDataAtAll":
    "В {warehouse} нет данных: не загружено ни одной записи о потерях, нападениях, делах, запросах или помощи. Ничего не записано.",
  "report.error.noDataStateAtAll":
    "В {warehouse} нет данных, касающихся государства {state}: ни одна запись о потерях, нападениях, делах, запросах или помощи его не касается. Ничего не записано.",
  "report.error.reportsOption": "--reports принимает годы через запятую, например 2022,2023 (получено «{value}»).",
  "report.error.chromium":
    "Chromium не найден по адресу {path}: PDF печатается с помощью Chromium из Debian. Установите его пакет командой `apt-get install chromium` (или укажите исполняемый файл в CHROMIUM_PATH). Ничего не записано.",
  "report.warning.catalogue":
    "доклад: каталога для «{lang}» пока нет (src/i18n/{lang}.js): текст выводится на английском языке, пока его не добавит работа по шести языкам; числа, даты и направление письма соответствуют «{lang}».",
  "report.json.package":
    "Пакет данных редакции {edition} сайта, сформированный из того же хранилища (его страница «Загрузки», extracts.zip); его также записывает команда `npm run etl -- extract --edition {edition} --out DIR`.",
  "report.json.recompute":
    "Запрос sql каждой цифры при выполнении в DuckDB на таблицах пакета (CREATE VIEW <table> AS FROM '<table>.parquet' для каждой таблицы из tables) возвращает одну строку с одним столбцом value. Цифра в таблице имеет id вида <set>.<column>/<key>.",
  "etl.leftOut.noMission":
    "не касается миротворцев ООН: ни одна миссия из missions.csv не указана в actor2 или assoc_actor_2",
  "etl.leftOut.notAnAttack": "не является нападением на миссию: подтип события ACLED «{type}»",
  "etl.load.leftOutSummary":
    "{file}: {kind}, получено строк: {rowsIn} = загружено {loaded} + отклонено {rejected} + исключено {leftOut} ({seconds} с).",
  "etl.load.leftOutLine": "  исключено {rows}: {reason} (впервые в строке {line})",
  "etl.load.reconcileLeftOut":
    "{file}: число прочитанных записей ({read}) не равно сумме записанных ({landed}) и исключенных ({leftOut}); загрузка отменена.",
  "etl.load.accessedDate": "--accessed ожидает дату в формате ГГГГ-ММ-ДД (значение «{value}»).",
  "etl.status.agreement":
    "Гибель персонала ООН в результате злонамеренных действий и нападения по данным ACLED, по миссиям (mart_acled_agreement; правило связывания — в docs/sources/acled.md):",
  "etl.status.leftOut":
    "Строки, исключенные как выходящие за рамки охвата (учитываются в etl_left_out, не сохраняются):",
};
