// Arabic: the sentences only Node reads (the ETL's messages, the reports, the Excel templates),
// apart from src/i18n/ar.js so that no page fetches them. src/i18n/catalogues.js joins the two.
export default {
  "etl.file.unreadable": "{file}: تعذرت قراءة الملف ({reason}).",
  "etl.file.empty": "{file}: الملف فارغ؛ المتوقع صف عناوين وسجل واحد على الأقل.",
  "etl.file.binary": "{file}: الملف ليس نصاً (يحتوي على بايتات NUL)؛ المتوقع ملف CSV أو JSON Lines.",
  "etl.file.format": "{file}: نوع ملف غير معروف «{extension}»؛ المتوقع .csv أو .jsonl أو .ndjson أو .xlsx.",
  "etl.kind.unknown":
    "{file}: يتعذر تحديد نوع التصدير من أعمدته ({columns}). أقرب الأنواع «{kind}»، وينقصه: {missing}. حدد النوع باستخدام --kind.",
  "etl.kind.missingColumns": "{file} السطر 1: يحتاج هذا النوع من التصدير ({kind}) إلى أعمدة غير موجودة: {missing}.",
  "etl.kind.unknownColumns": "{file} السطر 1: أعمدة غير معروفة لهذا النوع من التصدير ({kind}): {unknown}.",
  "etl.row.parse": "تعذر تحليل السطر: {reason}",
  "etl.row.unknownFields": "حقول غير معروفة لهذا النوع من التصدير: {fields}",
  "etl.row.notScalar": "المتوقع قيمة واحدة، ووُجد كائن JSON أو قائمة",
  "etl.row.fieldCount": "المتوقع {expected} من الحقول، ووُجد {found}",
  "etl.row.json": "ليس كائن JSON: {reason}",
  "etl.check.required": "القيمة مطلوبة",
  "etl.check.identifier": "المتوقع من 1 إلى 64 حرفاً أو رقماً أو . _ : / - تبدأ بحرف أو رقم (القيمة «{value}»)",
  "etl.check.iso3": "المتوقع رمز ISO 3166 من ثلاثة أحرف مثل MLI (القيمة «{value}»)",
  "etl.check.pattern": "لا يطابق الشكل المتوقع {pattern} (القيمة «{value}»)",
  "etl.check.oneOf": "المتوقع إحدى القيم {allowed} (القيمة «{value}»)",
  "etl.check.date": "المتوقع تاريخ بالشكل YYYY-MM-DD (القيمة «{value}»)",
  "etl.check.earliest": "التاريخ سابق لـ {earliest}، تاريخ أول عملية لحفظ السلام (القيمة «{value}»)",
  "etl.check.future": "التاريخ في المستقبل (القيمة «{value}»)",
  "etl.check.number": "المتوقع عدد (القيمة «{value}»)",
  "etl.check.wholeNumber": "المتوقع عدد صحيح (القيمة «{value}»)",
  "etl.check.minimum": "المتوقع {minimum} أو أكثر (القيمة «{value}»)",
  "etl.check.maximum": "المتوقع {maximum} أو أقل (القيمة «{value}»)",
  "etl.check.minLength": "المتوقع {minLength} حرفاً على الأقل (القيمة «{value}»)",
  "etl.check.maxLength": "أطول من الحد المسموح به وهو {maxLength} حرفاً ({length} حرفاً)",
  "etl.check.minItems": "المتوقع {minItems} قيمة على الأقل",
  "etl.check.endBeforeStart": "end_date سابق لـ start_date",
  "etl.check.absentiaOverConcerned": "persons_in_absentia أكبر من persons_concerned",
  "etl.check.replyBeforeSent": "reply_date سابق لـ sent_date",
  "etl.check.dueBeforeSent": "due_date سابق لـ sent_date",
  "etl.check.webAddress": "المتوقع عنوان ويب يبدأ بـ http:// أو https:// (القيمة «{value}»)",
  "etl.check.currency": "المتوقع رمز عملة ISO 4217 مثل XOF (القيمة «{value}»)",
  "etl.row.unknownMission": "بعثة غير معروفة «{value}» (غير موجودة في الجدول المرجعي للبعثات)",
  "etl.row.unknownState": "رمز دولة غير معروف «{value}» (غير موجود في الجدول المرجعي للدول)",
  "etl.row.duplicateKey": "{key} مكرر في هذا الملف (أول ظهور في السطر {line})",
  "etl.row.duplicateMerged": "{key} مكرر «{value}»: السجل نفسه الوارد في السطر {line}، ودُمج فيه ({why})",
  "etl.row.duplicateNationality":
    "أُبقي على الجنسية {kept}، وهي جنسية الدولة التي كانت قائمة في {date}؛ واستُبعدت {dropped}",
  "etl.row.unknownNationality": "جنسية غير معروفة «{value}»: أضفها إلى warehouse/reference/nationality-aliases.csv",
  "etl.load.alreadyLoaded": "{file}: سبق تحميله في التحميل {loadId} بتاريخ {date} (قيمة sha256 نفسها)؛ لم يتغير شيء.",
  "etl.load.summary": "{file}: {kind}، الصفوف الواردة {rowsIn} = {loaded} محمّلة + {rejected} مرفوضة ({seconds} ثانية).",
  "etl.load.reconcile":
    "{file}: الصفوف الواردة ({rowsIn}) لا تساوي المحمّلة ({loaded}) + المرفوضة ({rejected})؛ أُلغي التحميل.",
  "etl.load.rejectLine": "  {file} السطر {line}، الحقل {field}: {reason}",
  "etl.load.moreRejects": "  … و{count} أخرى؛ انظر `npm run etl -- status`.",
  "etl.status.releaseChanges":
    "التغييرات من الإصدار {fromFile} (التحميل {from}) إلى {toFile} (التحميل {to}) من {family}: تبقى الخسائر المحذوفة في المستودع، مع وسمها in_latest_release = false في fct_casualty_versions.",
  "etl.warehouse.locked":
    "المستودع {path} تستخدمه عملية أخرى (DuckDB يقفله). انتظر انتهاء تلك العملية ثم أعد تشغيل الأمر.",
  "etl.warehouse.missing":
    "لا يوجد مستودع في {path}. أنشئ مستودعاً باستخدام `npm run etl -- sample` أو `npm run etl -- load <الملفات>`.",
  "template.unknownKind": "نوع تصدير غير معروف «{kind}»؛ المتوقع أحد الأنواع التالية: {kinds}.",
  "template.badOut": "يجب أن يشير --out إلى مصنف Excel ينتهي بـ .xlsx (وردت «{out}»).",
  "template.written":
    "{file}: نموذج تقديم لـ {kind}، يضم {columns} عموداً (منها {lists} بقوائم منسدلة)، الصفوف 2-{last}. املأه وحمّله باستخدام `npm run etl -- load {file}`.",
  "template.sheet.instructions": "التعليمات",
  "template.sheet.lists": "القوائم",
  "template.note.list": "توضع القيم المتعددة في خلية واحدة، مفصولة بـ «;» (مثل A1;A2).",
  "template.validation.title": "ليست في القائمة",
  "template.validation.error": "اختر قيمة {field} من القائمة المنسدلة (انظر ورقة التعليمات).",
  "template.instructions.title": "كيفية ملء نموذج {kind}",
  "template.instructions.fill":
    "املأ سجلاً واحداً في كل صف من ورقة «{kind}»، بدءاً من الصف 2 (حتى {rows} صفاً). أبقِ تلك الورقة أولى الأوراق ولا تغيّر صف العناوين فيها. العناوين المظللة إلزامية؛ ويجوز ترك الخلايا الأخرى فارغة، وتأخذ الخلية الفارغة القيمة الافتراضية للعمود.",
  "template.instructions.lists":
    "لا تقبل الأعمدة ذات القوائم المنسدلة إلا قيم قوائمها. ويقبل العمود من نوع القائمة عدة قيم في خلية واحدة، مفصولة بـ «;» (مثل A1;A2).",
  "template.instructions.text":
    "اكتب التواريخ بالشكل YYYY-MM-DD (مثل 2024-03-05). خلايا التواريخ والرموز والمعرِّفات منسقة نصاً، حتى يحتفظ بها Excel كما كُتبت تماماً.",
  "template.instructions.submit":
    "احفظ المصنف بصيغة .xlsx وأرسله إلى فريق Blue Ledger، الذي يحمّله باستخدام `npm run etl -- load <الملف>`. ويُفحص كل صف؛ ويُبلَّغ عن الصف المرفوض برقمه وعموده وسبب رفضه، حتى يمكن تصحيحه وإعادة إرسال المصنف.",
  "template.heading.name": "العمود",
  "template.heading.required": "إلزامي",
  "template.heading.rules": "النوع والقيم المسموح بها",
  "template.heading.description": "الوصف",
  "template.heading.default": "القيمة الافتراضية عند الترك فارغاً",
  "template.yes": "نعم",
  "template.no": "لا",
  "template.type.string": "نص",
  "template.type.date": "تاريخ، YYYY-MM-DD",
  "template.type.integer": "عدد صحيح",
  "template.type.number": "عدد",
  "template.type.list": "قائمة: قيم مفصولة بـ «;» (مثل A1;A2)",
  "template.type.oneOf": "إحدى القيم: {values} (اختر من القائمة المنسدلة)",
  "template.type.pattern": "الشكل (تعبير نمطي): {pattern}",
  "template.type.minimum": "{minimum} أو أكثر",
  "template.type.maximum": "{maximum} أو أقل",
  "template.type.earliest": "ليس قبل {earliest}",
  "template.type.notInFuture": "ليس في المستقبل",
  "etl.extract.summary":
    "{files} من الملفات ({others} منها حسب السنة أو الدولة المضيفة أو البعثة)، {megabytes} ميغابايت، في {out}. تحقق منها باستخدام: cd {out} && sha256sum -c SHA256SUMS",
  "etl.extract.badSums": "يذكر {file} مساراً خارج مجلده؛ لن يُحذف شيء.",
  "report.title": "الجرائم المرتكبة ضد حفظة السلام التابعين للأمم المتحدة في عام {year}",
  "report.subtitle":
    "الهجمات على أفراد الأمم المتحدة، ومتابعتها القضائية من جانب الدول المضيفة، ومساعدة الأمم المتحدة: تقرير مقدم بموجب قرار مجلس الأمن 2589 (2021)",
  "report.cover.org": "Blue Ledger · قرار مجلس الأمن 2589 (2021)",
  "report.cover.edition": "الطبعة",
  "report.cover.period": "الفترة",
  "report.cover.periodValue": "من 1 كانون الثاني/يناير إلى 31 كانون الأول/ديسمبر {year}",
  "report.cover.cutoff": "البيانات حتى",
  "report.cover.release": "إصدار Blue Ledger",
  "report.cover.citable":
    "يحمل كل رقم في هذا التقرير معرِّفه بخط صغير. ويدرج الملف figures.json، المنشور مع التقرير، كل رقم مع قيمته واستعلام SQL الذي يعيد حسابه من حزمة البيانات؛ ويبيّن الفرع 8 طريقة ذلك.",
  "report.sample": "بيانات نموذجية: أُعدت لأغراض العرض. هذه الأرقام ليست حقيقية.",
  "report.restrictedNotice":
    "تداول محدود: تتضمن هذه الطبعة تفاصيل على مستوى القضايا (الوقائع القضائية والسرديات والجماعات التي تُحمَّل المسؤولية) مقصورة على الدولة العضو المعنية. لا تُنشر.",
  "report.edition.public": "الطبعة العامة",
  "report.edition.state": "طبعة {state} (تداول محدود)",
  "report.contents": "المحتويات",
  "report.header.sample": "بيانات نموذجية",
  "report.header.restricted": "تداول محدود",
  "report.header.cutoff": "البيانات حتى {cutoff}",
  "report.footer.page": "الصفحة {page} من {pages}",
  "report.tableNo": "الجدول {n}",
  "report.chartNo": "الشكل {n}",
  "report.chart.figures": "الأرقام: {ids}",
  "report.table.empty": "{table}، {title}: لا يوجد ما يُعرض لهذه السنة.",
  "report.label.keyed": "{measure}: {key}",
  "report.key.allHostStates": "جميع الدول المضيفة",
  "report.where.all": "في جميع البعثات",
  "report.where.state": "في {state}",
  "report.where.allStates": "إلى الدول المضيفة",
  "report.where.toState": "إلى {state}",
  "report.col.measure": "الرقم",
  "report.col.killedIn": "القتلى في عام {year}",
  "report.col.attacksIn": "الهجمات في عام {year}",
  "report.col.convictionsIn": "الإدانات في عام {year}",
  "report.col.backlogAtEnd": "دون حكم، في نهاية عام {year}",
  "report.col.recipient": "الدولة المستفيدة",
  "report.col.kind": "النوع",
  "report.col.source": "المصدر",
  "report.col.set": "المجموعة",
  "report.col.rowHolds": "الصف الواحد",
  "report.col.tables": "الجداول المقروءة",
  "report.unit.cases": "القضايا",
  "report.unit.replies": "الردود",
  "report.measure.killed": "القتلى",
  "report.measure.injured": "الجرحى",
  "report.measure.killedChange": "التغير في عدد القتلى مقارنة بالسنة السابقة",
  "report.measure.nationalsKilled": "الرعايا القتلى",
  "report.measure.nationalsInjured": "الرعايا الجرحى",
  "report.measure.attacks": "الهجمات",
  "report.measure.fatalAttacks": "الهجمات المميتة",
  "report.measure.attacksChange": "التغير في عدد الهجمات مقارنة بالسنة السابقة",
  "report.measure.fatalAttacksInferred": "الهجمات المميتة المستنتجة من الوفيات",
  "report.measure.killedInRecords": "القتلى (سجلات الحوادث)",
  "report.measure.investigationsOpened": "التحقيقات المفتوحة",
  "report.measure.arrests": "القضايا التي جرى فيها قبض",
  "report.measure.trialsOpened": "المحاكمات التي بدأت",
  "report.measure.verdicts": "الأحكام",
  "report.measure.convictions": "القضايا التي صدرت فيها إدانة",
  "report.measure.convictionsInAbsentia": "منها غيابياً فقط",
  "report.measure.personsConvicted": "الأشخاص المدانون",
  "report.measure.personsInAbsentia": "الأشخاص المدانون غيابياً",
  "report.measure.acquittals": "القضايا التي صدرت فيها تبرئة",
  "report.measure.overturned": "القضايا التي أُلغيت فيها إدانة",
  "report.measure.noProgress": "البلاغات بأنه لم يُحاسَب أحد",
  "report.measure.convictionsChange": "التغير في عدد القضايا التي صدرت فيها إدانة",
  "report.measure.fatalToDate": "الهجمات المميتة حتى الآن",
  "report.measure.withConviction": "التي صدرت فيها إدانة",
  "report.measure.withEffectiveConviction": "التي صدرت فيها إدانة فعلية",
  "report.measure.shareWithConviction": "نسبة ما صدرت فيه إدانة",
  "report.measure.withoutVerdict": "الهجمات المميتة التي لم يصدر فيها حكم",
  "report.measure.backlogChange": "التغير في القضايا المتراكمة",
  "report.measure.firstConvictions": "الهجمات المميتة التي صدرت فيها أول إدانة",
  "report.measure.medianDaysToConviction": "وسيط الأيام حتى أول إدانة",
  "report.measure.publicRecordEvents": "الوقائع الواردة في السجل العام",
  "report.measure.requestsSent": "الطلبات المرسلة",
  "report.measure.replies": "الردود الواردة",
  "report.measure.repliesInFull": "الردود التي شملت كل ما طُلب",
  "report.measure.repliesInPart": "الردود التي شملت جزءاً مما طُلب",
  "report.measure.repliesWithoutInformation": "الردود الخالية من المعلومات المطلوبة",
  "report.measure.unanswered": "الطلبات التي لم يُرد عليها",
  "report.measure.overdue": "الطلبات المتأخرة",
  "report.measure.activities": "أنشطة المساعدة التي بدأت",
  "report.measure.activitiesWithAmount": "الأنشطة المعروفة مبالغها",
  "report.measure.amountUsd": "المبلغ المعروف (بدولارات الولايات المتحدة)",
  "report.measure.recipients": "الدول المستفيدة",
  "report.section.summary": "موجز",
  "report.summary.killed.zero":
    "في عام {year}، بلغ عدد حفظة السلام التابعين للأمم المتحدة الذين قُتلوا في أعمال كيدية {where} {killed} ({change} مقارنة بعام {previousYear}).",
  "report.summary.killed.one":
    "في عام {year}، قُتل {killed} من حفظة السلام التابعين للأمم المتحدة في عمل كيدي {where} ({change} مقارنة بعام {previousYear}).",
  "report.summary.killed.two":
    "في عام {year}، قُتل {killed} من حفظة السلام التابعين للأمم المتحدة في أعمال كيدية {where} ({change} مقارنة بعام {previousYear}).",
  "report.summary.killed.few":
    "في عام {year}، قُتل {killed} من حفظة السلام التابعين للأمم المتحدة في أعمال كيدية {where} ({change} مقارنة بعام {previousYear}).",
  "report.summary.killed.many":
    "في عام {year}، قُتل {killed} من حفظة السلام التابعين للأمم المتحدة في أعمال كيدية {where} ({change} مقارنة بعام {previousYear}).",
  "report.summary.killed.other":
    "في عام {year}، قُتل {killed} من حفظة السلام التابعين للأمم المتحدة في أعمال كيدية {where} ({change} مقارنة بعام {previousYear}).",
  "report.summary.injured.zero": "وبلغ عدد الجرحى {injured}.",
  "report.summary.injured.one": "وجُرح {injured} شخص.",
  "report.summary.injured.two": "وجُرح {injured} شخصان.",
  "report.summary.injured.few": "وجُرح {injured} أشخاص.",
  "report.summary.injured.many": "وجُرح {injured} شخصاً.",
  "report.summary.injured.other": "وجُرح {injured} شخص.",
  "report.summary.attacks.zero": "بلغ عدد الهجمات المسجلة {attacks}؛ وأسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.summary.attacks.one": "سُجل {attacks} هجوم؛ وأسفر {fatal} عن مقتل شخص واحد على الأقل.",
  "report.summary.attacks.two": "سُجل {attacks} هجومان، أسفر {fatal} منهما عن مقتل شخص واحد على الأقل.",
  "report.summary.attacks.few": "سُجلت {attacks} هجمات، أسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.summary.attacks.many": "سُجل {attacks} هجوماً، أسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.summary.attacks.other": "سُجل {attacks} هجوم، أسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.summary.inferred":
    "تسجل البيانات المحمّلة الوفيات لا الهجمات: وعند تجميع الوفيات حسب البعثة واليوم والسبب، تشير إلى {inferred} هجوماً مميتاً على الأقل.",
  "report.summary.judicial":
    "فتحت السلطات المعنية {investigations} من التحقيقات، وانتهت {convictions} من القضايا بإدانة، منها {inAbsentia} لأشخاص حوكموا غيابياً فقط؛ وفي نهاية السنة، كان {backlog} من الهجمات المميتة لا يزال دون حكم.",
  "report.summary.judicialNoConviction":
    "فتحت السلطات المعنية {investigations} من التحقيقات، وانتهت {convictions} من القضايا بإدانة؛ وفي نهاية السنة، كان {backlog} من الهجمات المميتة لا يزال دون حكم.",
  "report.summary.noCases":
    "لم تُحمَّل أي قضية قضائية، فيتعذر الإبلاغ عن المتابعة القضائية؛ وفي نهاية السنة، لم يكن مسجلاً أي حكم في {backlog} من الهجمات المميتة.",
  "report.summary.requests":
    "أرسلت الأمم المتحدة {sent} من الطلبات {where} بشأن الهجمات، وتلقت {replies} من الردود؛ وفي نهاية السنة، كان {overdue} من الطلبات متأخراً.",
  "report.summary.assistance.zero": "بلغ عدد أنشطة بناء القدرات التي بدأتها الأمم المتحدة خلال السنة {activities}.",
  "report.summary.assistance.one": "بدأ خلال السنة {activities} نشاط لبناء القدرات تضطلع به الأمم المتحدة.",
  "report.summary.assistance.two": "بدأ خلال السنة {activities} نشاطان لبناء القدرات تضطلع بهما الأمم المتحدة.",
  "report.summary.assistance.few": "بدأت خلال السنة {activities} أنشطة لبناء القدرات تضطلع بها الأمم المتحدة.",
  "report.summary.assistance.many": "بدأ خلال السنة {activities} نشاطاً لبناء القدرات تضطلع بها الأمم المتحدة.",
  "report.summary.assistance.other": "بدأ خلال السنة {activities} نشاط لبناء القدرات تضطلع بها الأمم المتحدة.",
  "report.summary.assistanceState.zero":
    "بلغ عدد أنشطة بناء القدرات التي بدأتها الأمم المتحدة لصالح {state} خلال السنة {activities}.",
  "report.summary.assistanceState.one":
    "بدأ خلال السنة {activities} نشاط لبناء القدرات تضطلع به الأمم المتحدة لصالح {state}.",
  "report.summary.assistanceState.two":
    "بدأ خلال السنة {activities} نشاطان لبناء القدرات تضطلع بهما الأمم المتحدة لصالح {state}.",
  "report.summary.assistanceState.few":
    "بدأت خلال السنة {activities} أنشطة لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state}.",
  "report.summary.assistanceState.many":
    "بدأ خلال السنة {activities} نشاطاً لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state}.",
  "report.summary.assistanceState.other":
    "بدأ خلال السنة {activities} نشاط لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state}.",
  "report.summary.chart": "حفظة السلام الذين قُتلوا في أعمال كيدية {where}، حسب السنة",
  "report.summary.table": "عام {year} في لمحة، مقارنة بالسنة السابقة",
  "report.section.fatalities": "الوفيات الناجمة عن الأعمال الكيدية",
  "report.fatalities.lead.zero":
    "بلغ عدد حفظة السلام الذين قُتلوا في أعمال كيدية {where} في عام {year} {killed}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.lead.one":
    "قُتل {killed} من حفظة السلام في أعمال كيدية {where} في عام {year}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.lead.two":
    "قُتل {killed} من حفظة السلام في أعمال كيدية {where} في عام {year}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.lead.few":
    "قُتل {killed} من حفظة السلام في أعمال كيدية {where} في عام {year}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.lead.many":
    "قُتل {killed} من حفظة السلام في أعمال كيدية {where} في عام {year}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.lead.other":
    "قُتل {killed} من حفظة السلام في أعمال كيدية {where} في عام {year}، مقابل {previous} في عام {previousYear}.",
  "report.fatalities.topMission": "كانت {mission} البعثة التي فقدت أكبر عدد من الأفراد: {killed}.",
  "report.fatalities.topHostState": "كانت {state} الدولة المضيفة التي قُتل فيها أكبر عدد: {killed}.",
  "report.fatalities.nationals.zero":
    "بلغ عدد رعايا {state} الذين قُتلوا في أعمال كيدية في عام {year} {killed}، أياً كانت البعثة التي خدموا فيها.",
  "report.fatalities.nationals.one":
    "قُتل {killed} من رعايا {state} في أعمال كيدية في عام {year}، أياً كانت البعثة التي خدم فيها.",
  "report.fatalities.nationals.two":
    "قُتل {killed} من رعايا {state} في أعمال كيدية في عام {year}، أياً كانت البعثة التي خدما فيها.",
  "report.fatalities.nationals.few":
    "قُتل {killed} من رعايا {state} في أعمال كيدية في عام {year}، أياً كانت البعثة التي خدموا فيها.",
  "report.fatalities.nationals.many":
    "قُتل {killed} من رعايا {state} في أعمال كيدية في عام {year}، أياً كانت البعثة التي خدموا فيها.",
  "report.fatalities.nationals.other":
    "قُتل {killed} من رعايا {state} في أعمال كيدية في عام {year}، أياً كانت البعثة التي خدموا فيها.",
  "report.fatalities.noInjuries": "لا تسجل البيانات المحمّلة الإصابات: لا تُحتسب إلا الوفيات.",
  "report.fatalities.byMission": "ضحايا الأعمال الكيدية {where} في عام {year}، حسب البعثة",
  "report.fatalities.byHostState": "ضحايا الأعمال الكيدية في عام {year}، حسب الدولة المضيفة",
  "report.fatalities.byCategory": "ضحايا الأعمال الكيدية {where} في عام {year}، حسب فئة الأفراد",
  "report.fatalities.byNationality": "ضحايا الأعمال الكيدية في عام {year}، حسب الجنسية",
  "report.fatalities.byNationalityChart":
    "حفظة السلام الذين قُتلوا في أعمال كيدية في عام {year}، حسب الجنسية (الجنسيات الخمس عشرة الأكثر وفيات)",
  "report.fatalities.nationalsByMission": "رعايا {state} الذين قُتلوا أو جُرحوا في أعمال كيدية في عام {year}، حسب البعثة",
  "report.fatalities.byYear": "ضحايا الأعمال الكيدية {where}، حسب السنة",
  "report.section.attacks": "الهجمات",
  "report.attacks.none": "لم تُحمَّل أي سجلات للحوادث: تُحصي البيانات المحمّلة الأشخاص الذين قُتلوا، لا الهجمات.",
  "report.attacks.inferred.zero":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، يبلغ عدد الهجمات المميتة المستنتجة {where} في عام {year} {inferred} على الأقل.",
  "report.attacks.inferred.one":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، تشير إلى {inferred} هجوم مميت على الأقل {where} في عام {year}.",
  "report.attacks.inferred.two":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، تشير إلى {inferred} هجومين مميتين على الأقل {where} في عام {year}؛ ويُحتسب الهجومان الواقعان في اليوم نفسه في البعثة نفسها هجوماً واحداً.",
  "report.attacks.inferred.few":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، تشير إلى {inferred} هجمات مميتة على الأقل {where} في عام {year}؛ ويُحتسب الهجومان الواقعان في اليوم نفسه في البعثة نفسها هجوماً واحداً.",
  "report.attacks.inferred.many":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، تشير إلى {inferred} هجوماً مميتاً على الأقل {where} في عام {year}؛ ويُحتسب الهجومان الواقعان في اليوم نفسه في البعثة نفسها هجوماً واحداً.",
  "report.attacks.inferred.other":
    "عند تجميع الوفيات الناجمة عن الأعمال الكيدية حسب البعثة واليوم والسبب، تشير إلى {inferred} هجوم مميت على الأقل {where} في عام {year}؛ ويُحتسب الهجومان الواقعان في اليوم نفسه في البعثة نفسها هجوماً واحداً.",
  "report.attacks.lead.zero":
    "بلغ عدد الهجمات المسجلة على أفراد الأمم المتحدة {where} في عام {year} {attacks} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.attacks.lead.one":
    "سُجل {attacks} هجوم على أفراد الأمم المتحدة {where} في عام {year} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} عن مقتل شخص واحد على الأقل.",
  "report.attacks.lead.two":
    "سُجل {attacks} هجومان على أفراد الأمم المتحدة {where} في عام {year} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} منهما عن مقتل شخص واحد على الأقل.",
  "report.attacks.lead.few":
    "سُجلت {attacks} هجمات على أفراد الأمم المتحدة {where} في عام {year} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.attacks.lead.many":
    "سُجل {attacks} هجوماً على أفراد الأمم المتحدة {where} في عام {year} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.attacks.lead.other":
    "سُجل {attacks} هجوم على أفراد الأمم المتحدة {where} في عام {year} ({change} مقارنة بعام {previousYear})؛ وأسفر {fatal} منها عن مقتل شخص واحد على الأقل.",
  "report.attacks.topType": "النوع الأكثر تكراراً: {type}، بعدد {attacks}.",
  "report.attacks.byMonth": "الهجمات {where} في عام {year}، حسب الشهر",
  "report.attacks.byType": "الهجمات {where} في عام {year}، حسب النوع",
  "report.attacks.byHostState": "الهجمات في عام {year}، حسب الدولة المضيفة",
  "report.attacks.byYear": "الهجمات {where}، حسب السنة",
  "report.section.judicial": "المتابعة القضائية",
  "report.judicial.noCases": "لم تُحمَّل أي قضية قضائية: يتعذر الإبلاغ عن مراحل التحقيقات والملاحقات القضائية.",
  "report.judicial.steps.zero":
    "في عام {year}، بلغ عدد التحقيقات التي فتحتها السلطات المعنية في الهجمات {where} {investigations} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.steps.one":
    "في عام {year}، فتحت السلطات المعنية {investigations} تحقيق في الهجمات {where} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.steps.two":
    "في عام {year}، فتحت السلطات المعنية {investigations} تحقيقين في الهجمات {where} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.steps.few":
    "في عام {year}، فتحت السلطات المعنية {investigations} تحقيقات في الهجمات {where} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.steps.many":
    "في عام {year}، فتحت السلطات المعنية {investigations} تحقيقاً في الهجمات {where} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.steps.other":
    "في عام {year}، فتحت السلطات المعنية {investigations} تحقيق في الهجمات {where} ({previous} في عام {previousYear})، وجرى القبض في {arrests} من القضايا، وبدأت المحاكمة في {trials} منها، وصدر {verdicts} من الأحكام.",
  "report.judicial.convictions.zero":
    "بلغ عدد القضايا التي انتهت بإدانة {convictions} ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منها، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.convictions.one":
    "انتهت {convictions} قضية بإدانة ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منها، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.convictions.two":
    "انتهت {convictions} قضيتان بإدانة ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منهما، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.convictions.few":
    "انتهت {convictions} قضايا بإدانة ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منها، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.convictions.many":
    "انتهت {convictions} قضية بإدانة ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منها، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.convictions.other":
    "انتهت {convictions} قضية بإدانة ({change} مقارنة بالسنة السابقة)؛ وفي {inAbsentia} منها، حوكم جميع المدانين غيابياً. وأُدين {persons} من الأشخاص، منهم {personsInAbsentia} غيابياً.",
  "report.judicial.noConviction": "انتهت {convictions} من القضايا بإدانة ({change} مقارنة بالسنة السابقة).",
  "report.judicial.backlog":
    "في نهاية عام {year}، لم يكن قد صدر حكم في {backlog} من أصل {fatal} من الهجمات المميتة حتى الآن ({change} خلال السنة)؛ وأفضى {withConviction} منها إلى إدانة ({share}).",
  "report.judicial.time.zero":
    "بلغ عدد الهجمات المميتة التي صدرت فيها أول إدانة في عام {year} {first}، بعد وسيط قدره {median} من الأيام من وقوع الهجوم.",
  "report.judicial.time.one":
    "صدرت في عام {year} أول إدانة في {first} هجوم مميت، بعد {median} من الأيام من وقوع الهجوم.",
  "report.judicial.time.two":
    "صدرت في عام {year} أول إدانة في {first} هجومين مميتين، بعد {median} من الأيام من وقوع الهجوم بحسب الوسيط.",
  "report.judicial.time.few":
    "صدرت في عام {year} أول إدانة في {first} هجمات مميتة، بعد {median} من الأيام من وقوع الهجوم بحسب الوسيط.",
  "report.judicial.time.many":
    "صدرت في عام {year} أول إدانة في {first} هجوماً مميتاً، بعد {median} من الأيام من وقوع الهجوم بحسب الوسيط.",
  "report.judicial.time.other":
    "صدرت في عام {year} أول إدانة في {first} هجوم مميت، بعد {median} من الأيام من وقوع الهجوم بحسب الوسيط.",
  "report.judicial.backlogByHostState": "الهجمات المميتة التي لم يصدر فيها حكم في نهاية عام {year}، حسب الدولة المضيفة",
  "report.judicial.stepsByHostState": "مراحل القضايا القضائية في عام {year}، حسب الدولة المضيفة",
  "report.judicial.stepsNote":
    "القضايا المتعلقة بهجمات في الدولة المضيفة التي بلغت المرحلة خلال السنة؛ وتُحتسب القضية المتعلقة بهجمات في دولتين مضيفتين في كلتيهما. وتشمل الأحكام الإدانات والتبرئات. غيابياً فقط: القضايا التي حوكم فيها غيابياً جميع من أُدينوا خلال السنة.",
  "report.judicial.timeByHostState":
    "الهجمات المميتة التي صدرت فيها أول إدانة في عام {year}، ووسيط الأيام منذ الهجوم، حسب الدولة المضيفة",
  "report.judicial.stepsChart": "مراحل القضايا القضائية المتعلقة بالهجمات {where} في عام {year}",
  "report.judicial.backlogTable": "الهجمات المميتة {where}: الأحكام والإدانات والقضايا المتراكمة في نهاية عام {year}",
  "report.judicial.record.zero":
    "بلغ عدد وقائع عام {year} في السجل العام للقضايا {events}، مستقاة من التقارير العامة، ولكل منها مصدرها.",
  "report.judicial.record.one":
    "يضم السجل العام للقضايا {events} واقعة من عام {year}، مستقاة من التقارير العامة، مع مصدرها.",
  "report.judicial.record.two":
    "يضم السجل العام للقضايا {events} واقعتين من عام {year}، مستقاتين من التقارير العامة، ولكل منهما مصدرها.",
  "report.judicial.record.few":
    "يضم السجل العام للقضايا {events} وقائع من عام {year}، مستقاة من التقارير العامة، ولكل منها مصدرها.",
  "report.judicial.record.many":
    "يضم السجل العام للقضايا {events} واقعة من عام {year}، مستقاة من التقارير العامة، ولكل منها مصدرها.",
  "report.judicial.record.other":
    "يضم السجل العام للقضايا {events} واقعة من عام {year}، مستقاة من التقارير العامة، ولكل منها مصدرها.",
  "report.judicial.recordTable": "وقائع عام {year} في السجل العام للقضايا",
  "report.judicial.recordNote":
    "سجلات لا أرقام: ما تفيد به المصادر العامة (الأمم المتحدة والبعثات والحكومات والمحاكم والصحافة)، حتى تاريخ أحدث مصدر. والسجل غير مكتمل؛ وقد يكون هجوم غير وارد فيه قد خضع للتحقيق مع ذلك.",
  "report.section.requests": "ما أبلغت عنه الدول",
  "report.requests.none": "لم يُحمَّل أي طلب موجه من الأمم المتحدة إلى الدول المضيفة: يتعذر بيان ما أبلغت عنه الدول.",
  "report.requests.lead.zero":
    "في عام {year}، بلغ عدد الطلبات التي أرسلتها الأمم المتحدة بمذكرات شفوية {where} بشأن الهجمات على أفرادها {sent}، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.lead.one":
    "في عام {year}، أرسلت الأمم المتحدة {sent} طلب بمذكرة شفوية {where} بشأن الهجمات على أفرادها، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.lead.two":
    "في عام {year}، أرسلت الأمم المتحدة {sent} طلبين بمذكرات شفوية {where} بشأن الهجمات على أفرادها، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.lead.few":
    "في عام {year}، أرسلت الأمم المتحدة {sent} طلبات بمذكرات شفوية {where} بشأن الهجمات على أفرادها، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.lead.many":
    "في عام {year}، أرسلت الأمم المتحدة {sent} طلباً بمذكرات شفوية {where} بشأن الهجمات على أفرادها، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.lead.other":
    "في عام {year}، أرسلت الأمم المتحدة {sent} طلب بمذكرات شفوية {where} بشأن الهجمات على أفرادها، وتلقت {replies} من الردود: شمل {full} منها كل ما طُلب، و{part} جزءاً منه، ولم يقدم {none} أياً من المعلومات المطلوبة.",
  "report.requests.unanswered.zero":
    "في نهاية عام {year}، بلغ عدد الطلبات التي لم يُرد عليها بعد {unanswered}، منها {overdue} انقضى الموعد المطلوب للرد عليها.",
  "report.requests.unanswered.one":
    "في نهاية عام {year}، كان {unanswered} طلب لا يزال دون رد؛ وكان {overdue} منها قد تجاوز الموعد المطلوب للرد.",
  "report.requests.unanswered.two":
    "في نهاية عام {year}، كان {unanswered} طلبان لا يزالان دون رد، منهما {overdue} تجاوز الموعد المطلوب للرد.",
  "report.requests.unanswered.few":
    "في نهاية عام {year}، كانت {unanswered} طلبات لا تزال دون رد، منها {overdue} تجاوز الموعد المطلوب للرد.",
  "report.requests.unanswered.many":
    "في نهاية عام {year}، كان {unanswered} طلباً لا يزال دون رد، منها {overdue} تجاوز الموعد المطلوب للرد.",
  "report.requests.unanswered.other":
    "في نهاية عام {year}، كان {unanswered} طلب لا يزال دون رد، منها {overdue} تجاوز الموعد المطلوب للرد.",
  "report.requests.byHostState": "الطلبات الموجهة إلى الدول المضيفة وردودها في عام {year}",
  "report.requests.chart": "الردود الواردة في عام {year}، حسب مدى شمولها لما طُلب",
  "report.requests.stateChart": "الطلبات الموجهة إلى {state} وردودها في عام {year}",
  "report.requests.note":
    "تشمل الردود ما ورد منها خلال السنة، على طلبات من أي سنة؛ وتُحسب الطلبات التي لم يُرد عليها والمتأخرة في نهاية السنة.",
  "report.section.assistance": "مساعدة الأمم المتحدة في بناء القدرات",
  "report.assistance.none": "لم تُحمَّل أي سجلات للمساعدة في بناء القدرات.",
  "report.assistance.lead.zero":
    "بلغ عدد أنشطة بناء القدرات التي بدأتها الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة في عام {year} {activities}، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.lead.one":
    "بدأ في عام {year} {activities} نشاط لبناء القدرات تضطلع به الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.lead.two":
    "بدأ في عام {year} {activities} نشاطان لبناء القدرات تضطلع بهما الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.lead.few":
    "بدأت في عام {year} {activities} أنشطة لبناء القدرات تضطلع بها الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.lead.many":
    "بدأ في عام {year} {activities} نشاطاً لبناء القدرات تضطلع بها الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.lead.other":
    "بدأ في عام {year} {activities} نشاط لبناء القدرات تضطلع بها الأمم المتحدة لصالح مؤسسات العدالة والأمن في الدول المضيفة، في {recipients} من الدول ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.zero":
    "بلغ عدد أنشطة بناء القدرات التي بدأتها الأمم المتحدة لصالح {state} في عام {year} {activities} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.one":
    "بدأ في عام {year} {activities} نشاط لبناء القدرات تضطلع به الأمم المتحدة لصالح {state} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.two":
    "بدأ في عام {year} {activities} نشاطان لبناء القدرات تضطلع بهما الأمم المتحدة لصالح {state} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.few":
    "بدأت في عام {year} {activities} أنشطة لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.many":
    "بدأ في عام {year} {activities} نشاطاً لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.leadState.other":
    "بدأ في عام {year} {activities} نشاط لبناء القدرات تضطلع بها الأمم المتحدة لصالح {state} ({previous} في السنة السابقة)؛ ويبلغ مجموع المبالغ المعروفة ({withAmount} من الأنشطة) {amount}.",
  "report.assistance.byType": "أنشطة بناء القدرات التي بدأت في عام {year}، حسب النوع",
  "report.assistance.byRecipient": "أنشطة بناء القدرات التي بدأت في عام {year}، حسب الدولة المستفيدة",
  "report.assistance.note":
    "المبالغ بدولارات الولايات المتحدة، حيثما كانت معروفة؛ ويُحتسب النشاط في السنة التي بدأ فيها.",
  "report.section.progress": "التقدم المحرز في كل دولة",
  "report.progress.lead":
    "يعرض الجدول أدناه حصيلة عام {year} لكل دولة مضيفة جنباً إلى جنب: الوفيات، والتحقيقات والإدانات، والقضايا المتراكمة من الهجمات المميتة التي لم يصدر فيها حكم وتطورها، والردود على طلبات الأمم المتحدة، والمساعدة المتلقاة.",
  "report.progress.leadState":
    "بحلول نهاية عام {year}، كان {share} من الهجمات المميتة في {state} حتى الآن قد أفضى إلى إدانة، مقابل {all} في جميع الدول المضيفة.",
  "report.progress.best": "لدى {state} أعلى نسبة من الهجمات المميتة التي صدرت فيها إدانة: {share}.",
  "report.progress.bestTied": "لدى {state}، بالتساوي، أعلى نسبة من الهجمات المميتة التي صدرت فيها إدانة: {share}.",
  "report.progress.table": "التقدم الذي أحرزته الدول المضيفة في عام {year}",
  "report.progress.tableState": "{state} مقارنة بجميع الدول المضيفة في عام {year}",
  "report.progress.chart": "نسبة الهجمات المميتة حتى الآن التي صدرت فيها إدانة، في نهاية عام {year}",
  "report.progress.note":
    "القتلى والتحقيقات والإدانات والطلبات والردود والمساعدة: خلال السنة. ما لم يصدر فيه حكم ونسبة ما صدرت فيه إدانة: في نهاية السنة، من مجموع الهجمات المميتة حتى الآن.",
  "report.section.methodology": "المنهجية والبيانات",
  "report.method.lead":
    "تُحسب أرقام هذا التقرير من حزمة بيانات Blue Ledger، الإصدار {version}، والبيانات حتى {cutoff}: وهي حزمة هذه الطبعة ({edition})، المتاحة في صفحة التنزيلات من الطبعة نفسها للموقع (extracts.zip)، والمُعدة من عمليات التحميل المبينة أدناه.",
  "report.method.sources": "المصادر المحمّلة",
  "report.method.sourcesNote":
    "الصفوف المحمّلة بعد التحقق من صحتها؛ وتحدد قيمة sha256 كل ملف تحديداً دقيقاً. وترد القائمة نفسها في الملف datapackage.json للحزمة (sources).",
  "report.method.recomputeTitle": "إعادة حساب رقم",
  "report.method.recompute":
    "يُطبع كل رقم مع معرِّفه بخط صغير. وفي الجدول، يُطبع معرِّف العمود في عنوانه ومفتاح الصف بجوار اسمه: ومعرِّف الرقم هو معرِّف المجموعة، ثم نقطة، ثم معرِّف العمود، ثم شرطة مائلة، ثم المفتاح، مثل fatalities.by_mission.killed/MINUSMA.",
  "report.method.recompute.download": "نزّل حزمة بيانات هذه الطبعة وتحقق منها: {code}",
  "report.method.recompute.downloadCode": "unzip extracts.zip -d package && cd package && sha256sum -c SHA256SUMS",
  "report.method.recompute.views":
    "في DuckDB، وفي ذلك المجلد، أنشئ عرضاً (view) لكل جدول يقرؤه الرقم من ملف Parquet الخاص به: {code}",
  "report.method.recompute.viewsCode": "CREATE VIEW mart_attack_casualties AS FROM 'mart_attack_casualties.parquet';",
  "report.method.recompute.run":
    "ابحث عن المعرِّف في figures.json، المنشور مع هذا التقرير، وشغّل استعلام sql الخاص به: فهو يعيد صفاً واحداً بعمود واحد، value، هو الرقم. {code}",
  "report.method.recompute.runCode": "jq -r '.figures[] | select(.id == \"fatalities.killed\") | .sql' figures.json",
  "report.method.recompute.table":
    "يرد استعلام SQL لكل مجموعة، مع ما يتضمنه الصف الواحد، في مستودع Blue Ledger، وهو مدرج في آخر جدول من هذا الفرع: {code}",
  "report.method.recompute.tableCode": "etl/report/figures/*.sql",
  "report.method.ids":
    "المعرِّفات ثابتة: للرقم المعرِّف نفسه في تقرير كل سنة، في حدود طبعته (جميع الدول المضيفة في الطبعة العامة، والدولة المعنية في طبعة الدولة).",
  "report.method.definitionsTitle": "التعاريف",
  "report.define.maliciousAct.term": "العمل الكيدي",
  "report.define.maliciousAct":
    "وفاة أو إصابة ناجمة عن فعل متعمد ضد أفراد الأمم المتحدة، وفق تصنيف الأمم المتحدة؛ ولا تُحتسب الوفيات الناجمة عن الحوادث أو المرض، ولا الوفيات الناجمة عن إيذاء النفس.",
  "report.define.attack.term": "الهجوم",
  "report.define.attack": "سجل حادث: هجوم واحد على أفراد الأمم المتحدة، مع من قُتلوا ومن جُرحوا فيه.",
  "report.define.fatalAttack.term": "الهجوم المميت",
  "report.define.fatalAttack": "هجوم أسفر عن مقتل شخص واحد على الأقل. وتتتبع الأرقام القضائية الهجمات المميتة.",
  "report.define.inferred.term": "الهجوم المستنتج",
  "report.define.inferred":
    "حيثما لا تذكر البيانات أي حادث (بيانات الأمم المتحدة عن الوفيات)، تُعد الوفيات الناجمة عن أعمال كيدية في بعثة واحدة في يوم واحد هجوماً واحداً: وهذا حد أدنى، إذ يُحتسب الهجومان الواقعان في اليوم نفسه هجوماً واحداً.",
  "report.define.steps.term": "مراحل القضية",
  "report.define.steps":
    "فتح التحقيق، والقبض، وبدء المحاكمة، وصدور الحكم، والإدانة: تُحتسب بعدد القضايا التي بلغت المرحلة خلال السنة، في الدولة المضيفة التي وقعت فيها الهجمات.",
  "report.define.verdict.term": "الحكم",
  "report.define.verdict": "إدانة أو تبرئة. والقضية المرفوضة ليست حكماً.",
  "report.define.inAbsentia.term": "غيابياً",
  "report.define.inAbsentia":
    "تُعد الإدانة إدانةً لأشخاص حاضرين ما لم يذكر السجل أن جميع المدانين حوكموا غيابياً؛ ويشمل «غيابياً فقط» القضايا التي يذكر فيها السجل ذلك.",
  "report.define.effective.term": "الإدانة الفعلية",
  "report.define.effective": "إدانة شخص واحد على الأقل محتجز، لم يُلغها قرار لاحق بالنسبة لجميع المدانين.",
  "report.define.backlog.term": "القضايا المتراكمة",
  "report.define.backlog":
    "الهجمات المميتة حتى الآن التي لم يصدر فيها حكم بحلول نهاية السنة: 31 كانون الأول/ديسمبر، أو تاريخ إقفال البيانات في سنة الإقفال.",
  "report.define.time.term": "الوقت حتى أول إدانة",
  "report.define.time":
    "الأيام من وقوع هجوم مميت إلى أول إدانة فيه، للهجمات التي صدرت فيها أول إدانة خلال السنة؛ والوسيط هو القيمة الوسطى، أو متوسط القيمتين الوسطيين إذا كان عدد القيم زوجياً.",
  "report.define.requests.term": "الطلبات",
  "report.define.requests":
    "مذكرات شفوية تسأل فيها الأمم المتحدة دولة مضيفة عما فعلته بشأن الهجمات؛ ويشمل الرد كل ما طُلب أو جزءاً منه أو لا شيء منه. ويكون الطلب متأخراً إذا لم يُرد عليه وانقضى الموعد المطلوب للرد.",
  "report.define.assistance.term": "المساعدة في بناء القدرات",
  "report.define.assistance":
    "أنشطة كيانات الأمم المتحدة التي تعزز التحقيقات والملاحقات القضائية في دولة ما (الطب الشرعي والمحاكم المتنقلة والتدريب وغيرها)، وتُحتسب في السنة التي بدأت فيها.",
  "report.method.cellsTitle": "الخلايا الصغيرة",
  "report.method.cells":
    "لا تتضمن الطبعة العامة إلا بيانات مجمّعة. فقد يشير العدد 1 أو 2 في تصنيف تفصيلي إلى شخص أو قضية بعينها، ولذلك تدمج حزمة بيانات الطبعة العامة هذه الخلايا: الأشخاص حسب الجنسية والبعثة في «بعثات أخرى» للجنسية نفسها والسنة نفسها، والقضايا القضائية حسب المحكمة والحالة في صف واحد «غير ذلك» لكل دولة مضيفة؛ وتبقى المجاميع دقيقة. ولا يطبع هذا التقرير إلا المجاميع التي تبقيها القاعدة دقيقة (الجنسيات في جميع البعثات، والمراحل القضائية لكل دولة مضيفة)، ولا يتضمن أي تصنيف أكثر تفصيلاً من تصنيفات الحزمة؛ ولا يتضمن أي سجل على مستوى القضايا أو الأشخاص سوى السجل العام للقضايا، وهو عام بحكم مصادره.",
  "report.method.cellsState":
    "تتضمن هذه الطبعة، الخاصة بـ {state}، التفاصيل على مستوى القضايا المتعلقة بـ {state} (مرفقها)، وتطبق قاعدة الخلايا الصغيرة على كل دولة أخرى: تُدمج الأعداد 1 أو 2 من رعايا دولة أخرى في بعثة ما في «بعثات أخرى». لا تُنشر.",
  "report.method.setsTitle": "مجموعات الأرقام",
  "report.method.sets": "مجموعات الأرقام في هذه الطبعة، وجداول حزمة البيانات التي تقرؤها",
  "report.method.setsNote":
    "كل مجموعة استعلام SQL واحد في etl/report/figures/ من مستودع Blue Ledger؛ و$year هي سنة التقرير، و$scope هي ALL (الطبعة العامة) أو رمز الدولة. ويورد figures.json استعلام SQL لكل رقم مع إدراج القيمتين فيه.",
  "report.section.annex": "مرفق: تفاصيل على مستوى القضايا تتعلق بـ {state}",
  "report.annex.restricted": "تداول محدود: السجلات الواردة أدناه تتعلق بـ {state} وهي مقصورة على {state}. لا تُنشر.",
  "report.annex.casesTitle": "وقائع عام {year} في القضايا القضائية المتعلقة بـ {state}",
  "report.annex.cases": "الوقائع القضائية لعام {year} المتعلقة بـ {state}",
  "report.annex.casesNote":
    "كما ترد في صفحة القضايا من الطبعة الخاصة بالدولة (warehouse/editions/state_case_events.sql): سجلات لا أرقام. ولا تُذكر من هجمات القضية إلا تلك المتعلقة بالدولة.",
  "report.annex.noCases": "لم تُسجل لعام {year} أي واقعة في قضية قضائية تتعلق بـ {state}.",
  "report.annex.incidentsTitle": "هجمات عام {year} المتعلقة بـ {state}",
  "report.annex.incidents": "هجمات عام {year} في {state} أو على رعاياها",
  "report.annex.incidentsNote":
    "كما ترد في صفحة الحوادث من الطبعة الخاصة بالدولة (warehouse/editions/state_incidents.sql)، مع السردية والجماعة التي تُحمَّل المسؤولية كما سجلهما المصدر: سجلات لا أرقام.",
  "report.annex.noIncidents": "لم يُسجل لعام {year} أي هجوم يتعلق بـ {state}.",
  "report.progress.step": "التقرير: {what} ({seconds} ثانية)",
  "report.progress.open": "فتح المستودع",
  "report.progress.package": "إعادة إنشاء حزمة بيانات الطبعة في الذاكرة",
  "report.progress.figures": "حساب الأرقام",
  "report.progress.sections": "كتابة الفروع",
  "report.progress.pdfLayout": "الطباعة باستخدام Chromium لتنسيق الصفحات",
  "report.progress.pdf": "طباعة ملف PDF مع جدول المحتويات",
  "report.done":
    "{dir}: report.pdf ({pages} صفحة، {pdf} كيلوبايت)، report.html ({html} كيلوبايت)، figures.json ({figures} رقماً، {json} كيلوبايت)، في {seconds} ثانية ({total} ثانية مع بدء التشغيل).",
  "report.error.year": "يجب أن تكون قيمة --year سنة مثل 2022 (وردت «{year}»).",
  "report.error.lang": "لغة غير معروفة «{lang}»: استخدم إحدى اللغات التالية: {langs}.",
  "report.error.unknownState":
    "دولة غير معروفة «{state}»: لا توجد دولة بهذا الرمز ISO 3166 alpha-3 في الجدول المرجعي للدول (warehouse/reference/states.csv). استخدم --edition state:<ISO3>، مثل state:MLI.",
  "report.error.noData":
    "لا توجد بيانات لعام {year} في {warehouse}: تغطي سجلاته الفترة {first}–{last}. لم يُكتب شيء؛ اختر سنة ضمن هذه الفترة، أو حمّل ملفات التصدير لتلك السنة أولاً.",
  "report.error.noDataState":
    "لا توجد بيانات تتعلق بـ {state} لعام {year} في {warehouse}: تغطي سجلاته المتعلقة بـ {state} الفترة {first}–{last}. لم يُكتب شيء.",
  "report.error.noDataAtAll":
    "لا توجد بيانات في {warehouse}: لم يُحمَّل أي سجل للخسائر أو الهجمات أو القضايا أو الطلبات أو المساعدة. لم يُكتب شيء.",
  "report.error.noDataStateAtAll":
    "لا توجد بيانات تتعلق بـ {state} في {warehouse}: لا يتعلق بها أي سجل للخسائر أو الهجمات أو القضايا أو الطلبات أو المساعدة. لم يُكتب شيء.",
  "report.error.reportsOption": "يأخذ --reports سنوات مفصولة بفواصل، مثل 2022,2023 (وردت «{value}»).",
  "report.error.chromium":
    "لم يُعثر على Chromium في {path}: يُطبع ملف PDF باستخدام Chromium من Debian. ثبّت حزمته باستخدام `apt-get install chromium` (أو اضبط CHROMIUM_PATH على الملف التنفيذي). لم يُكتب شيء.",
  "report.warning.catalogue":
    "التقرير: لا توجد بعدُ قائمة نصوص للغة «{lang}» (src/i18n/{lang}.js): تُعرض النصوص بالإنكليزية إلى أن يضيفها العمل على اللغات الست؛ وتتبع الأرقام والتواريخ واتجاه الكتابة اللغة «{lang}».",
  "report.json.package":
    "حزمة بيانات الطبعة {edition} من الموقع المُعدة من المستودع نفسه (صفحة التنزيلات فيها، extracts.zip)، التي يكتبها أيضاً الأمر `npm run etl -- extract --edition {edition} --out DIR`.",
  "report.json.recompute":
    "يعيد استعلام sql لكل رقم صفاً واحداً بعمود واحد، value، عند تشغيله في DuckDB على جداول الحزمة (CREATE VIEW <table> AS FROM '<table>.parquet' لكل جدول في tables). ومعرِّف الرقم الوارد في جدول هو <set>.<column>/<key>.",
  "etl.leftOut.noMission":
    "لا يتعلق بحفظة السلام التابعين للأمم المتحدة: لا تُذكر أي بعثة من missions.csv بوصفها actor2 أو في assoc_actor_2",
  "etl.leftOut.notAnAttack": "ليس هجوماً على البعثة: النوع الفرعي للحدث في ACLED «{type}»",
  "etl.load.leftOutSummary":
    "{file}: {kind}، الصفوف الواردة {rowsIn} = {loaded} محمّلة + {rejected} مرفوضة + {leftOut} مستبعدة ({seconds} ثانية).",
  "etl.load.leftOutLine": "  {rows} مستبعدة: {reason} (أولها في السطر {line})",
  "etl.load.reconcileLeftOut":
    "{file}: السجلات المقروءة ({read}) لا تساوي المحمّلة ({landed}) + المستبعدة ({leftOut})؛ أُلغي التحميل.",
  "etl.load.accessedDate": "يتوقع --accessed تاريخاً بالشكل YYYY-MM-DD (القيمة «{value}»).",
  "etl.status.agreement":
    "وفيات الأمم المتحدة الناجمة عن أعمال كيدية وهجمات ACLED، حسب البعثة (mart_acled_agreement؛ قاعدة الربط واردة في docs/sources/acled.md):",
  "etl.status.leftOut": "الصفوف المستبعدة لخروجها عن النطاق (محتسبة في etl_left_out، وغير محفوظة):",
};
