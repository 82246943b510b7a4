//! The words organisation names are made of, across scripts and languages.
//!
//! A Persian or Arabic name of a body says in its own words what the English one says in
//! English: سازمان انرژی اتمی ایران is the Atomic Energy Organization of Iran, شرکت ... is ...
//! Company. Transliteration cannot make "sazman" meet "organization"; this table does, as
//! rigour's table of legal forms does for "Aktiengesellschaft" and "AG". Each entry is one
//! English word and the words that say it: Persian and Arabic words (with the Persian ezafe
//! -ye and the Arabic article where names carry them), and their common romanisations (so
//! that "Sepah" and "corps" meet too). Words are matched after transliteration, so the table
//! holds the script forms and is transliterated once, on first use.
//!
//! It holds the words that name a body's type (ministry, organisation, corps, company, bank,
//! group, front, brigades), and the few descriptive words that most names of state bodies in
//! the region are made of (Islamic, revolutionary, guards, national, intelligence, defence).
//! Proper names (Quds, Basij, Hezbollah) are not translated: they are transliterated; the
//! few cities whose English name is no romanisation of their own (Damascus, دمشق) are.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

const TERMS: &[(&str, &[&str])] = &[
    (
        "ministry",
        &[
            "وزارت",
            "وزارة",
            "الوزارة",
            "vezarat",
            "wizarat",
            "vizarat",
            "wizara",
        ],
    ),
    (
        "organization",
        &[
            "سازمان",
            "منظمة",
            "المنظمة",
            "تنظيم",
            "sazman",
            "sazeman",
            "sazmane",
            "organisation",
            "organisations",
            "organizations",
            "munazzama",
            "munazamat",
        ],
    ),
    // Not the romanised Sepah: Bank Sepah is a bank of that name (سپه).
    ("corps", &["فيلق", "سپاه"]),
    (
        "company",
        &[
            "شرکت",
            "شركة",
            "الشركة",
            "sherkat",
            "sherkate",
            "sharikat",
            "sharika",
            "shirkat",
        ],
    ),
    (
        "bank",
        &[
            "مصرف",
            "المصرف",
            "بانک",
            "بنك",
            "البنك",
            "bonk",
            "المصارف",
            "مصارف",
            "البنوك",
            "بنوك",
        ],
    ),
    ("foundation", &["بنیاد", "مؤسسة", "bonyad", "bunyad"]),
    (
        "institute",
        &[
            "موسسه",
            "مؤسسه",
            "معهد",
            "moassese",
            "moassesseh",
            "muassasa",
        ],
    ),
    (
        "group",
        &[
            "گروه",
            "مجموعة",
            "جماعة",
            "الجماعة",
            "gruh",
            "goruh",
            "grouh",
            "jamaa",
            "jamaat",
            "jamaah",
            "majmoua",
        ],
    ),
    (
        "industries",
        &[
            "صنعت",
            "صناعة",
            "industry",
            "صنایع",
            "صناعات",
            "sanaye",
            "sanayi",
            "sanaat",
        ],
    ),
    // British spellings are the English word too (centre, organisation).
    (
        "center",
        &[
            "مرکز", "مركز", "markaz", "markaze", "centre", "centres", "centers",
        ],
    ),
    (
        "force",
        &[
            "نیرو",
            "نیروی",
            "نیروهای",
            "قوة",
            "قوات",
            "niru",
            "niruye",
            "nirouye",
            "quwwat",
            "قوى",
            "forces",
        ],
    ),
    (
        "network",
        &["شبکه", "شبكة", "shabake", "shabakeh", "shabaka"],
    ),
    (
        "prison",
        &["زندان", "زندان‌ها", "زندانها", "سجن", "zendan", "prisons"],
    ),
    // پوهنتون, Dari's (and Pashto's) university (پوهنتون کابل, Kabul University).
    (
        "university",
        &[
            "دانشگاه",
            "جامعة",
            "daneshgah",
            "پوهنتون",
            "pohantun",
            "pohanton",
        ],
    ),
    (
        "headquarters",
        // English calls a ستاد of the armed forces its staff (General Staff).
        &["ستاد", "قرارگاه", "setad", "gharargah", "qarargah", "staff"],
    ),
    // اردو, the army in Dari (اردوی ملی افغانستان, the Afghan National Army).
    (
        "army",
        &["ارتش", "جيش", "artesh", "jaish", "jaysh", "اردو", "اردوی"],
    ),
    (
        "front",
        &["جبهه", "جبهة", "jebhe", "jebheh", "jabhat", "jabha"],
    ),
    ("party", &["حزب", "hezb", "hizb"]),
    (
        "brigades",
        &[
            "سرايا",
            "كتائب",
            "لواء",
            // ألوية, the plural of لواء.
            "ألوية",
            "الوية",
            "تیپ",
            "saraya",
            "kataib",
            "liwa",
            "brigade",
        ],
    ),
    ("division", &["فرقة", "لشکر", "firqa", "firqat"]),
    (
        "movement",
        // تيار, a current: the Future Movement (تيار المستقبل).
        &[
            "جنبش",
            "jonbesh",
            "حرکت",
            "حركة",
            "harakat",
            "haraka",
            "تيار",
            "التيار",
        ],
    ),
    ("agency", &["خبرگزاری", "وكالة", "khabargozari", "آژانس"]),
    ("travel", &["مسافرتی", "مسافرت", "السفر", "للسفر", "سفر"]),
    (
        "airlines",
        &[
            "الجوية",
            "جوية",
            "الجوي",
            "هواپیمایی",
            "havapeymaei",
            "air",
            "airline",
            "airways",
            // ایر, the English "Air" of a Persian brand name (ایران ایر, Iran Air).
            "ایر",
            "اير",
        ],
    ),
    ("shipping", &["الشحن", "شحن", "کشتیرانی", "keshtirani"]),
    (
        "research",
        &[
            "أبحاث",
            "الأبحاث",
            "بحوث",
            "البحوث",
            "تحقیقات",
            "پژوهش",
            "tahghighat",
            "tahqiqat",
        ],
    ),
    // Names say oil and petroleum for one thing (النفط: Syrian Petroleum Company).
    ("oil", &["نفت", "naft", "petroleum", "بترول", "البترول"]),
    (
        "national",
        // کشور (the country) qualifies a state body: امنیت کشور is national security.
        &[
            "ملی",
            "کشور",
            "وطني",
            "الوطني",
            "الوطنية",
            "وطنية",
            // أهلي, of the people: the National Bank (البنك الأهلي) of Arab banks' English
            // names; "Ahli" as written stays a reading.
            "الأهلي",
            "أهلي",
            "الأهلية",
            "melli",
            "meli",
        ],
    ),
    (
        "islamic",
        &[
            "اسلامی",
            "الإسلامية",
            "الاسلامية",
            "الإسلامي",
            "الاسلامي",
            "eslami",
            "islami",
        ],
    ),
    (
        "republic",
        &["جمهوری", "جمهورية", "jomhuri", "jomhouri", "jumhuriya"],
    ),
    (
        "revolutionary",
        &[
            "ثوري",
            "الثوري",
            "الثورية",
            "revolution",
            "الثورة",
            "ثورة",
            "انقلاب",
            "انقلابی",
            "enghelab",
            "enqelab",
            "inqilab",
        ],
    ),
    ("guard", &["الحرس", "پاسداران", "حرس", "pasdaran", "guards"]),
    (
        "intelligence",
        &["اطلاعات", "استخبارات", "ettelaat", "etelaat", "istikhbarat"],
    ),
    (
        "security",
        &[
            "امنیت",
            "الأمن",
            "الأمنية",
            "الأمني",
            "أمني",
            "amniyat",
            "amniat",
        ],
    ),
    (
        "defence",
        &["پدافند", "الدفاع", "دفاع", "defa", "defaa", "defense"],
    ),
    ("energy", &["انرژی", "طاقة"]),
    ("atomic", &["الذرية", "ذرية", "اتمی", "atomi"]),
    ("aerospace", &["هوافضا", "هوافضای", "havafaza"]),
    (
        "trading",
        &[
            "بازرگانی",
            "تجارت",
            "تجارة",
            "bazargani",
            "tejarat",
            "trade",
            "tijara",
            // International trade, run together (Naftiran Intertrade Company).
            "intertrade",
            "intertrading",
        ],
    ),
    (
        "engineering",
        &[
            "هندسة",
            "الهندسة",
            "الهندسية",
            "هندسية",
            "مهندسی",
            "mohandesi",
        ],
    ),
    (
        "construction",
        &[
            "إنشاءات",
            "الإنشاءات",
            "انشاءات",
            "ساختمان",
            "سازندگی",
            "sakhteman",
            "sazandegi",
        ],
    ),
    // دول, الدول: the broken plural (the League of Arab States, جامعة الدول العربية).
    (
        "state",
        &["دولت", "دولة", "الدولة", "دول", "الدول", "dawla", "dowlat"],
    ),
    ("armed", &["مسلح", "المسلحة", "مسلحة"]),
    ("fighting", &["combatant", "combat", "المقاتلة", "مقاتلة"]),
    ("holding", &["القابضة", "قابضة"]),
    ("special", &["ویژه", "الخاصة"]),
    ("police", &["پلیس", "شرطة", "الشرطة", "پولیس"]),
    ("aviation", &["هوایی", "الطيران", "طيران"]),
    ("aircraft", &["هواپیما"]),
    (
        "central",
        &["مرکزی", "مرکزى", "مركزي", "المركزي", "المركزية"],
    ),
    ("south", &["جنوبی", "الجنوبية", "جنوب"]),
    ("north", &["شمالی", "الشمالية", "شمال"]),
    ("marine", &["دریایی", "دریای", "البحرية", "بحري"]),
    ("services", &["خدمات", "الخدمات", "service"]),
    (
        "protection",
        &["حفاظت", "حماية", "الحماية", "حمایت", "protecting"],
    ),
    ("liberation", &["تحرير", "آزادی", "azadi", "tahrir"]),
    (
        "resistance",
        &["مقاومت", "مقاومة", "المقاومة", "moqavemat", "muqawama"],
    ),
    (
        "cooperation",
        &["تعاون", "تعاونی", "taavon", "cooperative", "cooperatives"],
    ),
    // What bodies and companies do: the sector and function words their names are made of.
    ("gas", &["گاز", "غاز", "الغاز"]),
    ("petrochemical", &["پتروشیمی", "البتروكيماويات"]),
    ("design", &["طراحی", "تصميم"]),
    // سازی is -making, the second half of Persian compounds (هواپیماسازی, aircraft making).
    ("manufacturing", &["ساخت", "سازی", "تصنيع", "التصنيع"]),
    // بهره‌برداری (exploitation) is what the National Iranian Oil Company's field companies
    // call production in English (South Zagros Oil & Gas Production Company).
    (
        "production",
        &[
            "تولید",
            "تولیدی",
            "الإنتاج",
            "إنتاج",
            "بهره‌برداری",
            "بهرهبرداری",
        ],
    ),
    ("engine", &["موتور", "engines", "motor"]),
    ("management", &["مدیریت"]),
    ("solutions", &["راهکار", "راهکارهای", "حلول"]),
    ("global", &["جهانی", "العالمية", "عالمية"]),
    // What the bodies on sanctions lists make, fight or govern.
    ("nuclear", &["هسته‌ای", "هسته", "نووي", "النووي", "النووية"]),
    (
        "weapons",
        &[
            "سلاح",
            "تسلیحات",
            "تسلیحاتی",
            "السلاح",
            "أسلحة",
            "الأسلحة",
            "arms",
            "armaments",
        ],
    ),
    ("ammunition", &["مهمات", "ذخيرة", "الذخيرة", "munitions"]),
    ("maritime", &["دریانوردی"]),
    (
        "automotive",
        &["خودرو", "سيارات", "السيارات", "automobile", "vehicles"],
    ),
    (
        "consulting",
        &[
            "مشاور",
            "مشاوره",
            "استشارات",
            "الاستشارات",
            "consultants",
            "consultancy",
        ],
    ),
    ("criminal", &["مجرمانه", "جنایی", "جنائي", "الجنائية"]),
    ("terrorism", &["تروریسم", "إرهاب", "الإرهاب", "الارهاب"]),
    (
        "chemical",
        &["شیمیایی", "كيميائية", "الكيميائية", "الكيماوية"],
    ),
    ("biological", &["بیولوژیک", "بیولوژیکی", "البيولوجية"]),
    ("ship", &["کشتی", "سفينة", "ships", "السفن", "سفن"]),
    ("drone", &["پهپاد", "پهپادی", "drones", "uav"]),
    ("rocket", &["راکت", "rockets"]),
    ("municipality", &["شهرداری", "بلدية", "البلدية", "شاروالی"]),
    ("governorate", &["استانداری", "محافظة", "المحافظة"]),
    (
        "electronics",
        &[
            "الکترونیک",
            "الکترونیکی",
            "إلكترونيات",
            "الإلكترونية",
            "إلكترونية",
            "الالكترونية",
            "electronic",
        ],
    ),
    ("communications", &["ارتباطات", "الاتصالات", "اتصالات"]),
    ("telecommunication", &["مخابرات", "telecommunications"]),
    (
        "development",
        &[
            "تطوير",
            "التطوير",
            "گسترش",
            "توسعه",
            "التنمية",
            "تنمية",
            "التنموي",
            "التنموية",
            "تنموي",
            "الإنمائية",
            "الإنمائي",
            "إنمائي",
            "الإنماء",
            "إنماء",
            // Dari's word (Pashto's too).
            "انکشاف",
        ],
    ),
    (
        "investment",
        &[
            "الاستثمار",
            "استثمار",
            "الاستثمارات",
            "استثمارات",
            "investments",
        ],
    ),
    ("insurance", &["بیمه", "التأمين", "تأمين"]),
    ("steel", &["فولاد", "الصلب"]),
    (
        "mining",
        &[
            "المناجم",
            "مناجم",
            "mines",
            "mine",
            "معدن",
            "معادن",
            "التعدين",
            "mines",
        ],
    ),
    ("electricity", &["برق", "الكهرباء", "كهرباء"]),
    ("council", &["مجلس", "المجلس"]),
    ("committee", &["کمیته", "لجنة", "اللجنة"]),
    (
        "foreign",
        &["خارجه", "الخارجية", "خارجی", "خارجي", "الخارجي"],
    ),
    ("affairs", &["امور", "شؤون"]),
    // صحت, Dari's health (وزارت صحت عامه, the Ministry of Public Health).
    ("health", &["بهداشت", "الصحة", "صحت", "صحی"]),
    ("economic", &["economy", "اقتصادی", "الاقتصادية", "اقتصاد"]),
    (
        "technology",
        &["فناوری", "تکنولوژی", "التكنولوجيا", "technologies"],
    ),
    ("charity", &["خیریه", "الخيرية", "خيرية", "charitable"]),
    ("relief", &["امداد", "الإغاثة", "إغاثة"]),
    ("industrial", &["صنعتی", "الصناعية"]),
    ("factory", &["کارخانه", "کارخانجات", "مصنع", "factories"]),
    ("commercial", &["تجاری", "التجارية"]),
    // عامه, Dari's public or general, the Arabic عامة with its ة written ه.
    ("general", &["العام", "عام", "عمومی", "العامة", "عامه"]),
    ("tanker", &["نفتکش", "ناقلة", "tankers"]),
    ("enforcement", &["انتظامی", "entezami"]),
    ("judiciary", &["قضاییه", "القضائية"]),
    // دیوان, the court of a state's audit, justice or appeal (دیوان محاسبات, دیوان عالی).
    (
        "court",
        &["دادگاه", "محكمة", "المحكمة", "دیوان", "divan", "محکمه"],
    ),
    (
        "audit",
        &["محاسبات", "حسابرسی", "المحاسبات", "المحاسبة", "محاسبة"],
    ),
    ("inspection", &["بازرسی", "التفتيش", "تفتيش", "bazresi"]),
    ("sports", &["ورزش", "ورزشی", "الرياضة", "رياضة", "varzesh"]),
    ("greater", &["بزرگ", "الكبرى"]),
    (
        "endowment",
        &["اوقاف", "الأوقاف", "أوقاف", "الوقف", "awqaf", "owqaf"],
    ),
    ("sacred", &["مقدس", "المقدس", "المقدسة", "مقدسة"]),
    ("marketing", &["تسويق", "التسويق", "بازاریابی"]),
    ("kingdom", &["المملكة", "مملكة", "پادشاهی"]),
    ("officers", &["افسری", "افسران", "الضباط", "ضباط"]),
    ("navigation", &["ناوبری", "الملاحة", "ملاحة"]),
    ("missile", &["موشکی", "صاروخ", "الصواريخ", "missiles"]),
    ("iran", &["ایران", "إيران", "ايران"]),
    ("egypt", &["مصر", "المصري", "المصرية", "مصري"]),
    ("libya", &["ليبيا", "الليبية", "الليبي", "ليبي"]),
    ("afghanistan", &["افغانستان", "أفغانستان"]),
    ("pakistan", &["پاکستان", "باكستان"]),
    ("levant", &["الشام", "شام", "sham"]),
    ("iraq", &["عراق", "العراق", "العراقي", "العراقية", "عراقي"]),
    ("syria", &["سوريا", "سورية", "سوریه", "السوري", "سوري"]),
    ("lebanon", &["لبنان", "اللبناني", "اللبنانية"]),
    ("yemen", &["یمن", "اليمن", "اليمني", "اليمنية"]),
    ("china", &["چین", "الصين", "الصيني", "الصينية"]),
    (
        "palestine",
        &["فلسطين", "فلسطینی", "الفلسطينية", "الفلسطيني"],
    ),
    ("jordan", &["الأردن", "الأردنية", "الأردني"]),
    ("algeria", &["الجزائر", "الجزائرية", "الجزائري"]),
    ("russia", &["روسیه", "روسيا", "الروسية", "الروسي"]),
    ("transport", &["transportation", "نقل", "النقل", "ترابری"]),
    // Cities whose English name is no romanisation of their own.
    ("damascus", &["دمشق", "dimashq"]),
    ("suez", &["السويس", "سوئز"]),
    ("aleppo", &["حلب", "halab"]),
    ("cairo", &["القاهرة", "القاهره", "qahira"]),
    ("tripoli", &["طرابلس", "tarabulus"]),
    ("crown", &["تاج"]),
    ("castle", &["قلعة", "القلعة", "قلعه"]),
    // The words of the state's bodies: councils, courts, ministries' fields, their staff.
    (
        "science",
        &[
            "علمية",
            "العلمية",
            "علم",
            "علوم",
            "علمی",
            "العلوم",
            "العلمي",
            "scientific",
            "sciences",
        ],
    ),
    ("passive", &["غیرعامل"]),
    (
        "logistics",
        &["پشتیبانی", "لجستيك", "اللوجستية", "لوجستية", "لجستیک"],
    ),
    ("morality", &["اخلاق", "اخلاقی", "الأخلاق", "moral"]),
    (
        "export",
        &["صادرات", "الصادرات", "التصدير", "تصدير", "exports"],
    ),
    (
        "import",
        &["واردات", "الواردات", "الاستيراد", "استيراد", "imports"],
    ),
    ("propagation", &["تبلیغات"]),
    (
        "execution",
        &["اجرایی", "اجرای", "تنفیذ", "executing", "executive"],
    ),
    ("order", &["فرمان"]),
    ("martyr", &["شهید", "شهدا", "الشهداء", "شهداء", "martyrs"]),
    ("veterans", &["ایثارگران", "جانبازان"]),
    (
        "council",
        &[
            "شورا",
            "شورای",
            "مجمع",
            "شورى",
            "الشورى",
            "shura",
            "shoura",
            "shoora",
        ],
    ),
    // ستره, great: Pashto's supreme (ستره محکمه, the Supreme Court of Afghanistan).
    ("supreme", &["عالی", "الأعلى", "العليا", "أعلى", "ستره"]),
    ("interior", &["داخله", "الداخلية", "داخلية"]),
    (
        "culture",
        &["فرهنگ", "فرهنگی", "الثقافة", "ثقافة", "cultural"],
    ),
    ("guidance", &["ارشاد", "الإرشاد", "إرشاد"]),
    ("detective", &["آگاهی"]),
    (
        "finance",
        &[
            "دارایی",
            "مالیه",
            "مالی",
            "المالية",
            "financial",
            "التمويل",
            "تمويل",
        ],
    ),
    ("civil", &["کشوری", "مدنی", "المدني", "المدنية"]),
    ("supply", &["تدارکات", "supplies"]),
    (
        "infrastructure",
        &["زیربنا", "زیربنای", "زیرساخت", "البنية"],
    ),
    (
        "prosecutor",
        &[
            "دادستان",
            "دادستانی",
            "دادسرا",
            "دادسرای",
            "النيابة",
            "prosecution",
            "prosecutors",
            // Pashto's prosecutor, Dari's too (لوی څارنوالی, the Attorney General's Office).
            "څارنوال",
            "څارنوالی",
        ],
    ),
    ("fund", &["صندوق", "الصندوق"]),
    ("refining", &["پالایش", "پالایشگاه", "التكرير", "refinery"]),
    ("distribution", &["پخش", "توزیع", "التوزيع", "توزيع"]),
    (
        "products",
        &["فرآورده", "فراورده", "محصولات", "منتجات", "product"],
    ),
    ("terminal", &["پایانه", "terminals"]),
    ("renovation", &["نوسازی", "modernization"]),
    ("comprehensive", &["جامع", "فراگیر"]),
    ("mobilization", &["بسیج", "التعبئة", "الحشد", "حشد"]),
    ("oppressed", &["مستضعفین", "مستضعفان", "المستضعفين"]),
    // عدلیه, the justice of Afghan and older Persian names (وزارت عدلیه).
    ("justice", &["دادگستری", "العدل", "عدل", "عدلیه", "عدلية"]),
    ("directorate", &["اداره", "مديرية", "المديرية"]),
    ("office", &["دفتر", "مكتب", "المكتب"]),
    // Hay'at, as lists romanise هيئة (Hay'at Tahrir al-Sham).
    (
        "authority",
        &[
            "هيئة",
            "الهيئة",
            "هیئت",
            "hayat",
            "haiat",
            "hayaat",
            "سلطة",
            "السلطة",
        ],
    ),
    ("command", &["فرماندهی", "قيادة", "القيادة"]),
    ("broadcasting", &["صداوسیما"]),
    ("navy", &["naval"]),
    ("law", &["قانون", "القانون"]),
    (
        "independent",
        &[
            "مستقل",
            "مستقله",
            "مستقلة",
            "المستقلة",
            "mostaqel",
            "mustaqil",
        ],
    ),
    ("local", &["محلی", "محلي", "المحلية", "mahalli"]),
    ("peace", &["صلح", "solh"]),
    // Basic, fundamental (الشركة السعودية للصناعات الأساسية, Saudi Basic Industries).
    (
        "basic",
        &["اساسی", "أساسي", "اساسي", "الأساسية", "الاساسية", "أساسية"],
    ),
    // ارگان, an organ of the state (اداره مستقل ارگانهای محلی, ... of Local Governance).
    ("organ", &["ارگان", "organs"]),
    (
        "news",
        &["اخبار", "الأخبار", "خبر", "أنباء", "الأنباء", "انباء"],
    ),
    ("popular", &["الشعبي", "الشعبية", "شعبی", "مردمی"]),
    (
        "arab",
        &["arabian", "العربي", "العربية", "عربي", "عربية", "arabic"],
    ),
    (
        "international",
        &[
            "الدولية",
            "الدولي",
            "دولي",
            "دولية",
            "بین‌المللی",
            "بینالمللی",
        ],
    ),
    ("united", &["المتحدة", "متحده"]),
    ("union", &["اتحاد", "الاتحاد", "اتحادیه"]),
    ("association", &["انجمن", "جمعية", "الجمعية", "جمعیت"]),
    ("technical", &["فنی", "فني", "الفنية", "الفني"]),
    (
        "consulting",
        &[
            "مشاوره",
            "مشاورین",
            "الاستشارات",
            "استشارات",
            "consultants",
            "consultancy",
        ],
    ),
    (
        "contracting",
        &["پیمانکاری", "مقاولات", "المقاولات", "contractors"],
    ),
    (
        "port",
        &[
            "بندر",
            "بنادر",
            "ميناء",
            "الميناء",
            "موانئ",
            "الموانئ",
            "ports",
        ],
    ),
    ("airport", &["فرودگاه", "مطار", "المطارات", "مطارات"]),
    ("cement", &["سیمان", "الاسمنت", "أسمنت"]),
    (
        "pharmaceutical",
        &["دارویی", "دارو", "الأدوية", "أدوية", "pharmaceuticals"],
    ),
    ("hospital", &["بیمارستان", "مستشفى"]),
    ("laboratory", &["آزمایشگاه", "مختبر", "laboratories"]),
    (
        "nuclear",
        &["هسته‌ای", "هستهای", "النووية", "النووي", "نووي"],
    ),
    ("media", &["رسانه", "رسانه‌ای", "الإعلام", "إعلام", "الإعلامية"]),
    (
        "exchange",
        &["صرافی", "صرافة", "الصرافة", "صراف", "exchanges"],
    ),
    (
        "credit",
        &["التسليف", "تسليف", "اعتباری", "اعتبار", "الائتمان", "ائتمان"],
    ),
    ("capital", &["سرمایه", "رأس"]),
    ("brokerage", &["کارگزاری", "الوساطة", "brokers", "broker"]),
    ("currency", &["ارز", "العملات", "عملات", "currencies"]),
    ("gold", &["طلا", "الذهب", "ذهب"]),
    ("radio", &["رادیو", "رادیویی", "الإذاعة"]),
    ("television", &["تلویزیون", "تلفزيون", "التلفزيون"]),
    ("railway", &["السكك", "railways", "rail"]),
    ("complex", &["مجتمع", "مجموعه"]),
    ("administration", &["إدارة"]),
    // The common vocabulary of company, bank and state-body names beyond the types above,
    // Persian and Arabic (nouns, and the adjective and article forms names use).
    // Not طبية: transliterated, it is تعبئة (mobilization) with its ع silent.
    ("medical", &["پزشکی", "pezeshki", "طبي", "الطبي"]),
    ("equipment", &["تجهیزات", "معدات", "المعدات", "tajhizat"]),
    ("parts", &["قطعات", "ghataat"]),
    (
        "systems",
        &[
            "سامانه",
            "سیستم",
            "سیستمهای",
            "أنظمة",
            "الأنظمة",
            "نظام",
            "النظام",
            "system",
        ],
    ),
    (
        "military",
        &["نظامی", "عسكرية", "العسكرية", "عسكري", "العسكري"],
    ),
    ("fertilizer", &["کود", "أسمدة", "الأسمدة", "fertilizers"]),
    (
        "food",
        &["غذایی", "غذائية", "الغذائية", "أغذية", "الأغذية", "foods"],
    ),
    (
        "agriculture",
        &[
            "کشاورزی",
            "زراعی",
            "الزراعي",
            "الزراعية",
            "زراعية",
            "الزراعة",
            "زراعة",
            "agricultural",
            "زراعت",
        ],
    ),
    ("water", &["المياه", "مياه", "المائية", "مائية"]),
    ("tools", &["ابزار", "ابزارآلات", "أدوات", "الأدوات", "tool"]),
    ("metals", &["فلزات", "فلز", "metal", "metallurgy"]),
    ("lines", &["خطوط", "الخطوط"]),
    (
        "software",
        &["البرمجيات", "برمجيات", "نرم‌افزار", "نرم‌افزاری"],
    ),
    (
        "computer",
        &["رایانه", "الحاسوب", "حاسوب", "الحاسبات", "computers"],
    ),
    (
        "education",
        &[
            "آموزش",
            "التعليم",
            "تعليم",
            "تربیتی",
            "التربية",
            "تربية",
            "educational",
            // Dari: معارف, schooling (وزارت معارف, the Ministry of Education); تحصیلات, studies.
            "معارف",
            "تحصیلات",
        ],
    ),
    (
        "measures",
        &["اقدامات", "إجراءات", "الإجراءات", "تدابير", "measure"],
    ),
    ("mobile", &["سیار", "متنقل", "المتنقل", "جوال", "الجوال"]),
    ("private", &["خصوصی"]),
    ("secretariat", &["دبیرخانه", "الأمانة", "أمانة"]),
    ("deputy", &["معاونت", "معاون"]),
    ("presidency", &["ریاست", "رئاسة", "الرئاسة", "president"]),
    ("institution", &["نهاد", "institutions"]),
    ("battalion", &["گردان", "كتيبة", "battalions"]),
    ("fleet", &["ناوگان", "أسطول", "الأسطول"]),
    ("fuel", &["سوخت", "وقود", "الوقود", "fuels"]),
    ("tobacco", &["دخانیات", "التبغ", "تبغ"]),
    // مدارس, المدارس: the Arabic plural Persian keeps.
    (
        "school",
        &["مدرسه", "مدرسة", "المدرسة", "مدارس", "المدارس", "schools"],
    ),
    ("iron", &["آهن", "الحديد", "حديد"]),
    ("textile", &["نساجی", "النسيج", "المنسوجات", "textiles"]),
    ("cyber", &["سایبری", "سایبر", "السيبراني"]),
    ("league", &["رابطة", "الرابطة"]),
    ("middle", &["الأوسط", "اوسط", "میانه"]),
    ("east", &["الشرق", "شرق", "خاور", "eastern"]),
    ("west", &["الغرب", "غرب", "western"]),
    ("gulf", &["الخليج", "خليج", "خلیج"]),
    ("tourism", &["السياحة", "سياحة", "گردشگری", "touristic"]),
    ("channel", &["قناة", "القناة"]),
    ("house", &["بيت", "خانه"]),
    ("clerical", &["روحانیت", "روحانیون"]),
    ("physics", &["فیزیک", "الفيزياء", "فيزياء"]),
    ("applied", &["کاربردی", "التطبيقية", "تطبيقية"]),
    ("units", &["یگان", "یگانهای", "یگان‌های", "الوحدات", "وحدات"]),
    ("reform", &["إصلاح", "الإصلاح", "اصلاح", "الاصلاح", "اصلاحات"]),
    (
        "social",
        &["اجتماعي", "الاجتماعي", "الاجتماعية", "اجتماعية", "اجتماعی"],
    ),
    ("postal", &["بريد", "البريد"]),
    // "Daily", as English names of papers say it (Shargh Daily, روزنامه شرق).
    ("newspaper", &["صحيفة", "جريدة", "روزنامه", "daily"]),
    ("studies", &["دراسات", "الدراسات", "مطالعات"]),
    ("housing", &["الإسكان", "إسكان", "مسکن"]),
    ("political", &["السياسي", "السياسية", "سیاسی"]),
    ("branch", &["شعبة", "شعبه"]),
    ("armoured", &["المدرعة", "مدرعة", "زرهی", "armored"]),
    (
        "resources",
        &["الثروة", "ثروة", "الموارد", "موارد", "منابع"],
    ),
    (
        "students",
        &["الطلبة", "طلبة", "الطلاب", "دانشجویان", "دانشجویی", "دانشجو"],
    ),
    ("support", &["إسناد", "الإسناد"]),
    ("rapid", &["السريع", "سريع", "سریع"]),
    // Ordinals of units (the Fourth Division, الفرقة الرابعة), in the feminine their nouns
    // take; English ordinals are read as digits, and these after them.
    ("first", &["الأولى", "أولى", "الأول", "اول", "نخست"]),
    ("second", &["الثانية", "الثاني", "دوم"]),
    ("third", &["الثالثة", "ثالثة", "الثالث", "سوم"]),
    ("fourth", &["الرابعة", "رابعة", "الرابع", "چهارم"]),
    ("fifth", &["الخامسة", "خامسة", "الخامس", "پنجم"]),
    ("sixth", &["السادسة", "سادسة", "السادس", "ششم"]),
    ("seventh", &["السابعة", "سابعة", "السابع", "هفتم"]),
    ("eighth", &["الثامنة", "ثامنة", "الثامن", "هشتم"]),
    ("ninth", &["التاسعة", "تاسعة", "التاسع", "نهم"]),
    ("tenth", &["العاشرة", "عاشرة", "العاشر", "دهم"]),
    ("guarding", &["الحراسة", "حراسة", "الحراسات", "حراسات"]),
    ("militia", &["مليشيا", "ميليشيا", "میلیشیا", "militias"]),
    ("tunisia", &["تونس", "التونسية", "التونسي"]),
    ("peninsula", &["جزيرة", "الجزيرة"]),
    (
        "emigrants",
        &[
            "المهاجرين",
            "مهاجرين",
            "المهاجرون",
            "muhajirin",
            "muhajireen",
            "مهاجرین",
            // المغتربين, those abroad: a state's emigrants (its expatriates).
            "المغتربين",
            "مغتربين",
            "expatriates",
        ],
    ),
    ("life", &["حیات", "الحياة", "حياة", "زندگی"]),
    ("commission", &["کمیسیون", "کمسیون", "commissions"]),
    ("struggle", &["النضال", "نضال"]),
    ("men", &["رجال", "الرجال", "مردان"]),
    ("land", &["الأرض", "أرض", "الارض"]),
    (
        "displaced",
        &["المهجرين", "مهجرين", "النازحين", "نازحين", "آوارگان"],
    ),
    // عودت, return: the repatriation of refugees (Ministry of Refugees and Repatriation).
    ("return", &["عودت", "العودة", "بازگشت", "returnees"]),
    ("unity", &["وحدت", "الوحدة", "وحدة", "vahdat", "wahdat"]),
    ("irrigation", &["آبیاری", "الري"]),
    ("livestock", &["مالداری", "دامداری"]),
    // Dari's faculty of a university (پوهنځی طب, the Faculty of Medicine).
    ("faculty", &["پوهنځی", "دانشکده", "كلية", "الكلية"]),
    ("hydrocarbons", &["المحروقات", "محروقات", "hydrocarbon"]),
    ("supporters", &["أنصار", "الأنصار", "انصار", "ansar"]),
    // Fars, Pars: the province and the old name of Persia (خلیج فارس, the Persian Gulf).
    // Countries and their adjectives as Arabic and Persian write them (المغربية, Moroccan):
    // the English word is a country's name, so the two meet as one country.
    (
        "morocco",
        // Not المغرب alone: it names the Maghreb as often as Morocco (بلاد المغرب).
        &["المغربية", "المغربي", "مغربي", "مراکش"],
    ),
    (
        "saudi",
        &["السعودية", "السعودي", "سعودي", "سعودی", "عربستان"],
    ),
    ("sudan", &["السودان", "السودانية", "السوداني", "سودان"]),
    ("somalia", &["الصومال", "الصومالية", "الصومالي", "سومالی"]),
    ("kuwait", &["الكويت", "الكويتية", "الكويتي", "کویت"]),
    ("qatar", &["قطر", "القطرية", "القطري"]),
    ("bahrain", &["البحرين", "البحرينية", "البحريني", "بحرین"]),
    (
        "emirati",
        &["الإمارات", "الامارات", "الإماراتية", "الاماراتية", "امارات"],
    ),
    ("turkey", &["تركيا", "التركية", "التركي", "ترکیه"]),
    ("mauritania", &["موريتانيا", "الموريتانية", "الموريتاني"]),
    ("nigeria", &["نيجيريا", "النيجيرية", "النيجيري"]),
    ("india", &["الهند", "الهندية", "هند"]),
    ("germany", &["ألمانيا", "المانيا", "الألمانية", "آلمان"]),
    ("france", &["فرنسا", "الفرنسية", "فرانسه"]),
    ("british", &["بريطانيا", "البريطانية", "انگلیس", "بریتانیا"]),
    (
        "american",
        &["أمريكا", "امريكا", "الأمريكية", "الامريكية", "آمریکا"],
    ),
    ("israel", &["إسرائيل", "اسرائيل", "الإسرائيلية", "اسرائیل"]),
    ("venezuela", &["فنزويلا", "ونزوئلا"]),
    ("armenia", &["أرمينيا", "ارمنستان"]),
    // Cities English calls by a name of its own, not by the Arabic one romanised (الإسكندرية
    // is Alexandria, not Iskandariya; the Gulf says الشارقة with a j).
    ("alexandria", &["الإسكندرية", "الاسكندرية", "اسکندریه"]),
    ("cairo", &["القاهرة", "قاهره"]),
    ("damascus", &["دمشق"]),
    ("aleppo", &["حلب"]),
    ("sharjah", &["الشارقة", "شارجه"]),
    ("tangier", &["طنجة", "tangiers", "tanger"]),
    ("fez", &["فاس", "fes"]),
    ("tripoli", &["طرابلس"]),
    ("mecca", &["مكة", "مکه", "makkah"]),
    // Words names of charities, movements and societies are made of.
    ("revival", &["إحياء", "احياء", "احیا"]),
    ("heritage", &["التراث", "تراث", "میراث"]),
    ("unification", &["التوحيد", "توحيد", "توحید"]),
    ("call", &["الدعوة", "دعوة"]),
    (
        "humanitarian",
        &["الإنسانية", "الانسانية", "إنسانية", "بشردوستانه"],
    ),
    ("youth", &["الشباب", "شباب", "جوانان"]),
    ("young", &["جوان"]),
    ("club", &["باشگاه", "نادي", "النادي"]),
    (
        "journalists",
        &[
            "خبرنگاران",
            "خبرنگار",
            "روزنامه‌نگاران",
            "روزنامه‌نگار",
            "الصحفيين",
            "صحفيين",
            "journalist",
        ],
    ),
    ("roads", &["راه", "الطرق", "طرق", "road"]),
    // جهاز, an apparatus: what Arabic calls a state's services and agencies (جهاز المخابرات,
    // the intelligence service).
    ("apparatus", &["جهاز", "الجهاز"]),
    // Anti-Corruption, Anti-Narcotics: what Counter- says.
    (
        "counter",
        &["مكافحة", "مكافحه", "مبارزه", "combating", "anti"],
    ),
    (
        "brotherhood",
        &["الإخوان", "إخوان", "اخوان", "brothers", "brethren"],
    ),
    ("treatment", &["درمان", "درمانی", "العلاج", "علاج"]),
    ("tours", &["تور", "tour"]),
    (
        "muslim",
        &[
            "المسلمين",
            "مسلمين",
            "مسلمان",
            "مسلمانان",
            "muslims",
            "muslimin",
        ],
    ),
    // Only in phrases (الثروة المعدنية): معدنی and مدنی (civil) are one word once ع is silent.
    ("mineral", &["minerals"]),
    ("women", &["المرأة", "النساء", "زنان"]),
    ("persian", &["فارس", "پارس", "الفارسي", "fars", "pars"]),
    // Words of the sectors listed bodies work in, from the words most frequent in the shared
    // lists' names of organisations that the table lacked: machines and their making,
    // repair, materials, space, precision, control, optics, systems; free zones; money
    // transfer; the trades of Iran's state industry (carpets, tiles, glass, paper, tyres,
    // paint, dairy, fisheries); and words of Arab states' bodies (customs, taxes, borders,
    // coasts, works, hotels, syndicates, the press).
    (
        "machine",
        &[
            "ماشین",
            "ماشینآلات",
            "ماشین‌آلات",
            "mashin",
            "machines",
            "machinery",
        ],
    ),
    ("repair", &["تعمیر", "تعمیرات", "تعمیراتی", "repairs"]),
    ("maintenance", &["نگهداری", "صيانة", "الصيانة"]),
    (
        "mechanical",
        &["مکانیک", "مکانیکی", "ميكانيكية", "الميكانيكية", "mechanics"],
    ),
    ("materials", &["مواد", "المواد", "material"]),
    (
        "satellite",
        &["ماهواره", "ماهوارهای", "ماهواره‌ای", "الأقمار", "satellites"],
    ),
    (
        "helicopter",
        &["بالگرد", "هلیکوپتر", "مروحية", "المروحيات", "helicopters"],
    ),
    ("space", &["فضایی", "فضا", "الفضاء", "الفضائية"]),
    ("precision", &["دقیق", "دقت", "الدقيقة"]),
    // رقابة, oversight: the control of an Arab state's audit and anti-graft bodies (هيئة
    // الرقابة الإدارية, the Administrative Control Authority).
    ("control", &["کنترل", "التحكم", "الرقابة", "رقابة"]),
    ("surveillance", &["مراقبة", "المراقبة", "مراقبت"]),
    ("solidarity", &["التضامن", "تضامن", "همبستگی"]),
    ("gendarmerie", &["الدرك", "درك", "ژاندارمری"]),
    (
        "constitutional",
        &["الدستورية", "دستورية", "الدستوري", "دستوري"],
    ),
    // نقض, the quashing of a judgment: the Court of Cassation (محكمة النقض).
    ("cassation", &["النقض", "نقض"]),
    ("optics", &["اپتیک", "اپتیکی", "البصريات", "optical"]),
    ("advanced", &["پیشرفته", "المتقدمة", "متقدمة"]),
    (
        "innovation",
        &["نوآوری", "الابتكار", "ابتكار", "innovations"],
    ),
    ("zone", &["منطقه", "منطقة", "المنطقة", "zones"]),
    ("free", &["آزاد", "الحرة", "حرة"]),
    ("welfare", &["رفاه", "الرفاه"]),
    ("reconstruction", &["بازسازی", "الإعمار", "إعمار"]),
    ("laser", &["لیزر", "ليزر", "الليزر", "lasers"]),
    ("natural", &["طبیعی", "الطبيعي", "طبيعي"]),
    ("modern", &["نوین", "الحديثة", "حديثة"]),
    ("fisheries", &["شیلات", "fishery"]),
    ("carpet", &["فرش", "السجاد", "سجاد", "carpets"]),
    ("tile", &["کاشی", "tiles"]),
    ("glass", &["شیشه", "الزجاج", "زجاج"]),
    ("paper", &["کاغذ", "الورق"]),
    (
        "tyre",
        &["لاستیک", "الإطارات", "إطارات", "tire", "tires", "tyres"],
    ),
    ("paint", &["الدهانات", "دهانات", "paints"]),
    ("dairy", &["لبنیات", "لبنی", "الألبان", "ألبان"]),
    ("pipe", &["لوله", "أنابيب", "الأنابيب", "pipes"]),
    ("solar", &["خورشیدی", "الشمسية", "شمسية"]),
    ("brick", &["آجر", "bricks"]),
    ("wood", &["چوب", "الأخشاب", "أخشاب", "timber"]),
    (
        "transfer",
        &["الحوالات", "حوالات", "حواله", "التحويل", "transfers"],
    ),
    ("hotel", &["هتل", "فندق", "الفنادق", "فنادق", "hotels"]),
    ("syndicate", &["نقابة", "النقابة", "سندیکا", "syndicates"]),
    (
        "electrical",
        &["الكهربائية", "كهربائية", "الکتریکی", "electric"],
    ),
    ("works", &["الأشغال", "أشغال"]),
    ("border", &["الحدود", "مرزی", "borders"]),
    ("coast", &["السواحل", "ساحل", "الساحل", "coastal"]),
    ("customs", &["گمرک", "الجمارك", "جمارك"]),
    (
        "tax",
        &["مالیات", "مالیاتی", "الضرائب", "ضرائب", "taxes", "taxation"],
    ),
    ("press", &["الصحافة", "صحافة", "مطبوعات"]),
    // Words of state bodies' names: registration, tourism, labour, environment, standards,
    // food, city, corruption, markets and commodities, internal, royal, transitional.
    ("registration", &["ثبت", "التسجيل", "تسجيل"]),
    (
        "tourism",
        &[
            "گردشگری",
            "جهانگردی",
            "السياحة",
            "سياحة",
            "السياحية",
            "tourist",
        ],
    ),
    // شغل, work: the labour of Maghrebi unions (الاتحاد العام التونسي للشغل).
    ("labour", &["کار", "العمل", "labor", "شغل", "الشغل"]),
    ("environment", &["البيئة", "بيئة", "environmental"]),
    ("standard", &["استاندارد", "المواصفات", "standards"]),
    (
        "food",
        &[
            "غذا",
            "غذایی",
            "الغذاء",
            "الغذائية",
            "غذائية",
            "foods",
            "foodstuff",
            "foodstuffs",
        ],
    ),
    ("city", &["شهر", "مدينة", "المدينة", "شهری"]),
    ("corruption", &["فساد", "الفساد"]),
    ("market", &["سوق", "السوق", "markets"]),
    ("commodities", &["السلع", "سلع", "commodity"]),
    ("internal", &["داخلی", "الداخلي", "داخلي"]),
    ("royal", &["الملكية", "ملكية", "سلطنتی", "الملكي", "ملكي"]),
    (
        "transitional",
        &["الانتقالي", "الانتقالية", "انتقالی", "transition"],
    ),
    ("transfusion", &["انتقال"]),
    ("integrity", &["النزاهة", "نزاهة"]),
    ("government", &["حكومة", "الحكومة", "حکومت"]),
    ("salvation", &["الإنقاذ", "إنقاذ", "نجات", "rescue"]),
    (
        "shia",
        &[
            "الشيعي",
            "الشيعية",
            "شيعي",
            "شيعة",
            "شیعه",
            "شیعی",
            "shiite",
            "shii",
        ],
    ),
    ("sunni", &["السني", "السنية", "سنی"]),
    ("blood", &["خون"]),
    // The vocabulary of the state's civil bodies, their services and the bodies of civil
    // society (chambers, guilds, syndicates, parties, seminaries), as their Persian and
    // Arabic names say it.
    ("administrative", &["اداری", "الإدارية", "الاداري", "الإداري"]),
    ("regulatory", &["مقررات", "التنظيمية", "رگولاتوری"]),
    ("wastewater", &["فاضلاب", "sewage", "sewerage"]),
    ("securities", &["بهادار"]),
    ("chamber", &["اتاق", "غرفة", "الغرفة", "chambers"]),
    ("guilds", &["اصناف", "صنف", "صنفی", "guild"]),
    (
        "scouts",
        &["كشافة", "الكشافة", "كشاف", "پیشاهنگی", "پیشاهنگان", "scout"],
    ),
    ("guerrillas", &["چریک", "چریکها", "چریک‌ها", "guerrilla"]),
    ("human", &["بشر", "الإنسان", "الانسان", "بشری"]),
    ("rights", &["حقوق", "الحقوق"]),
    ("trust", &["اعتماد", "الثقة"]),
    ("writers", &["نویسندگان", "نویسنده", "writer"]),
    (
        "workers",
        &["کارگران", "کارگر", "العمال", "عمال", "worker", "labourers"],
    ),
    ("proximity", &["تقریب", "التقريب", "rapprochement"]),
    (
        "teachers",
        &["معلمان", "مدرسین", "المعلمين", "معلمين", "teacher"],
    ),
    ("seminary", &["seminaries", "hawza", "howzeh"]),
    ("crisis", &["بحران", "الأزمات", "الازمات", "أزمة", "crises"]),
    ("disaster", &["الكوارث", "كوارث", "disasters"]),
    ("emergency", &["اورژانس", "الطوارئ", "طوارئ", "emergencies"]),
    (
        "meteorological",
        &["هواشناسی", "الأرصاد", "الارصاد", "meteorology"],
    ),
    // احصائیه, Dari's statistics.
    (
        "statistical",
        &[
            "الإحصاء",
            "الاحصاء",
            "إحصاء",
            "statistics",
            "احصائیه",
            "احصاییه",
            // The adjective, whose plural الإحصائيات is statistics too.
            "إحصائية",
            "الإحصائية",
            "احصائية",
        ],
    ),
    ("talents", &["استعداد", "استعدادها", "المواهب", "talent"]),
    ("brilliant", &["درخشان"]),
    ("library", &["کتابخانه", "المكتبة", "مكتبة", "libraries"]),
    ("documents", &["مدارک", "الوثائق", "وثائق"]),
    (
        "archives",
        &["آرشیو", "بایگانی", "الأرشيف", "الارشيف", "archive"],
    ),
    (
        "cinema",
        &["سینما", "سینمایی", "السينما", "سينما", "cinematic"],
    ),
    (
        "renewable",
        &["تجدیدپذیر", "المتجددة", "متجددة", "renewables"],
    ),
    ("efficiency", &["بهرهوری", "بهره‌وری", "الكفاءة", "كفاءة"]),
    (
        "pension",
        &["بازنشستگی", "التقاعد", "تقاعد", "retirement", "pensions"],
    ),
    ("elites", &["نخبگان", "نخبه", "elite"]),
    ("traffic", &["راهور", "المرور", "مرور"]),
    ("book", &["کتاب", "books"]),
    (
        "coalition",
        &["موتلفه", "مؤتلفه", "ائتلاف", "الائتلاف", "ائتلاف"],
    ),
    ("stability", &["پایداری", "steadfastness"]),
    ("executives", &["کارگزاران", "کارگزار"]),
    ("participation", &["مشارکت", "المشاركة", "مشاركة"]),
    ("people", &["خلق", "مردم", "الشعب", "peoples"]),
    ("star", &["ستاره", "نجمة", "stars"]),
    ("fundamental", &["بنیادی"]),
    ("promotion", &["ترویج", "الترويج", "ترويج"]),
    ("forum", &["منتدى", "المنتدى", "forums"]),
    ("property", &["املاک", "الأملاك", "أملاك", "properties"]),
    ("museum", &["موزه", "المتحف", "متحف", "museums"]),
    ("fire", &["آتش", "الإطفاء", "الاطفاء"]),
    (
        "cartographic",
        &["نقشه", "نقشهبرداری", "المساحة", "cartography"],
    ),
    ("recruitment", &["استخدامی", "استخدام", "التوظيف"]),
    ("evaluation", &["سنجش", "ارزشیابی", "التقييم", "assessment"]),
    (
        "children",
        &["کودکان", "کودک", "الأطفال", "الاطفال", "أطفال", "child"],
    ),
    (
        "adolescents",
        &[
            "نوجوانان",
            "نوجوان",
            "المراهقين",
            "young adults",
            "teenagers",
        ],
    ),
    ("intellectual", &["فکری", "الفكرية", "الفكري"]),
    (
        "art",
        &["هنری", "هنر", "الفنون", "فنون", "arts", "artistic"],
    ),
    ("olympic", &["المپیک", "الأولمبية", "الاولمبية", "olympics"]),
    ("football", &["فوتبال", "القدم", "soccer"]),
    ("federation", &["فدراسیون", "federations"]),
    ("shrine", &["حرم", "shrines"]),
    // استان, a province, opens or closes the names of provincial bodies (اداره کل ... استان
    // تهران); آستان, a shrine's foundation (آستان قدس رضوی), reads the same once transliterated.
    // ولایت, a province of Afghanistan (and guardianship in Iran: its written form stays a
    // reading).
    ("province", &["استان", "ولاية", "الولاية", "ولایت"]),
    // ولسوالی, a district of an Afghan province.
    ("district", &["ولسوالی", "ولسوالي"]),
    ("governorate", &["فرمانداری"]),
    ("sacred", &["holy"]),
    ("association", &["کانون"]),
    ("society", &["جامعه"]),
    ("development", &["پرورش"]),
    ("exchange", &["بورس", "البورصة", "بورصة", "bourse"]),
    ("justice", &["عدالت", "العدالة"]),
    ("welfare", &["بهزیستی"]),
    ("fighting", &["مبارز", "militant"]),
    ("presidency", &["presidential"]),
    ("deputy", &["vice"]),
    ("clerical", &["clerics", "clergy"]),
    ("defence", &["defensive"]),
    ("institute", &["انستیتو", "انستيتو"]),
    // کل, "whole": the general of a general staff or directorate, as lists romanise it.
    ("general", &["kol", "koll"]),
    ("defenders", &["مدافعان", "مدافع", "المدافعين", "defender"]),
    ("school", &["مذاهب"]),
    // What the state's companies and services make and do, as Persian names say it.
    ("construction", &["عمران", "عمرانی"]),
    ("procurement", &["procurements"]),
    ("parts", &["قطعه"]),
    ("foundry", &["ریختهگری", "foundries"]),
    ("forging", &["آهنگری"]),
    ("shipbuilding", &["کشتیسازی"]),
    ("livestock", &["دامپروری", "دامداری"]),
    ("enrichment", &["غنیسازی"]),
    ("printing", &["چاپ", "الطباعة", "طباعة"]),
    (
        "publishing",
        &["نشر", "انتشارات", "النشر", "publishers", "publications"],
    ),
    ("installation", &["نصب", "installations"]),
    ("safety", &["ایمنی", "السلامة"]),
    ("security", &["حراست"]),
    ("hardware", &["سختافزار"]),
    ("data", &["داده", "دادهها", "البيانات", "بيانات"]),
    ("launch", &["پرتاب"]),
    ("propulsion", &["پیشرانه", "propellant", "propellants"]),
    ("truck", &["کامیون", "الشاحنات", "trucks"]),
    ("railway", &["ریلی"]),
    ("roads", &["جاده", "جادهای"]),
    ("storage", &["مخازن", "مخزن", "انبار", "انبارها", "التخزين"]),
    ("pipeline", &["pipelines"]),
    ("drilling", &["حفاری", "الحفر", "حفر"]),
    (
        "exploration",
        &["اکتشاف", "الاستكشاف", "استكشاف", "explorations"],
    ),
    ("extraction", &["استخراج", "الاستخراج"]),
    ("sales", &["فروش", "المبيعات"]),
    ("packaging", &["بستهبندی"]),
    ("paint", &["رنگ"]),
    ("sugar", &["قند", "شکر", "السكر"]),
    ("wheat", &["گندم", "القمح"]),
    ("tea", &["چای"]),
    ("flour", &["آرد"]),
    ("poultry", &["طیور", "الدواجن", "دواجن"]),
    ("health", &["سلامت"]),
    ("family", &["خانواده", "الأسرة", "الاسرة", "families"]),
    ("seminary", &["حوزوی"]),
    ("quran", &["قرآن", "قرآنی", "القرآن", "quranic", "koran"]),
    ("mosque", &["مسجد", "المسجد", "mosques"]),
    (
        "lawyers",
        &["وکلا", "وکلای", "وکیل", "المحامين", "محامين", "attorneys"],
    ),
    ("judges", &["قضات", "القضاة", "judge"]),
    ("supervision", &["نظارت"]),
    ("budget", &["بودجه", "الميزانية", "ميزانية", "budgets"]),
    ("plan", &["برنامه", "planning", "plans"]),
    ("treasury", &["خزانه", "خزانهداری", "الخزانة", "الخزينة"]),
    ("monetary", &["پولی", "پول", "النقدية", "النقدي", "النقد"]),
    ("banking", &["بانکی", "المصرفية", "المصرفي"]),
    ("loan", &["وام", "القروض", "قروض", "loans"]),
    ("deposit", &["سپرده", "الودائع", "ودائع", "deposits"]),
    ("market", &["بازار"]),
    (
        "rural",
        &[
            "روستایی",
            "روستا",
            "الريفية",
            "الريف",
            "القروية",
            "قروية",
            "دهات",
            "دهاتی",
        ],
    ),
    ("nomads", &["عشایر", "عشایری"]),
    ("nationals", &["اتباع"]),
    (
        "refugees",
        &["پناهندگان", "پناهنده", "اللاجئين", "لاجئين", "refugee"],
    ),
    ("passport", &["گذرنامه", "الجوازات", "جوازات", "passports"]),
    (
        "prisoners",
        &[
            "زندانیان",
            "زندانی",
            "الأسرى",
            "الاسرى",
            "أسرى",
            "السجناء",
            "prisoner",
        ],
    ),
    ("heavy", &["سنگین", "الثقيلة", "ثقيلة"]),
    (
        "stations",
        &["ایستگاه", "المحطة", "محطة", "محطات", "station"],
    ),
    ("leasing", &["لیزینگ", "ليزينغ", "ليزينج"]),
    ("informatics", &["انفورماتیک", "انفورماتيك"]),
    // Arabic names of Gulf and Levantine bodies and parties.
    ("technology", &["تقنية", "التقنية"]),
    ("information", &["المعلومات", "معلومات"]),
    ("king", &["الملك", "ملك"]),
    ("insurance", &["التأمينات", "تأمينات"]),
    ("judiciary", &["القضاء", "قضاء", "القضائي", "judicial"]),
    (
        "socialist",
        &["الاشتراكي", "الاشتراكية", "اشتراکی", "socialism"],
    ),
    (
        "communist",
        &["الشيوعي", "الشيوعية", "کمونیست", "communism"],
    ),
    (
        "kurdish",
        &["الكردي", "الكردية", "کرد", "کردی", "kurd", "kurds"],
    ),
    ("emirati", &["الإماراتي", "الاماراتي"]),
    // Persons of a trade, whose associations and syndicates bear their name.
    (
        "engineers",
        &["مهندس", "مهندسان", "مهندسین", "المهندسين", "engineer"],
    ),
    ("drivers", &["راننده", "رانندگان", "السائقين", "driver"]),
    (
        "exporters",
        &["صادرکننده", "صادرکنندگان", "المصدرين", "exporter"],
    ),
    (
        "importers",
        &["واردکننده", "واردکنندگان", "المستوردين", "importer"],
    ),
    (
        "producers",
        &["تولیدکننده", "تولیدکنندگان", "المنتجين", "producer"],
    ),
    ("wings", &["أجنحة", "اجنحة", "جناح", "wing"]),
    ("precious", &["النفيسة", "نفيسة", "الثمينة"]),
    ("national", &["القومي", "القومية", "قومي"]),
    (
        "pharmaceutical",
        &["الدوائية", "دوائية", "الدوائي", "دوائي"],
    ),
    ("opposition", &["المعارضة", "معارضة", "اپوزیسیون"]),
    ("future", &["المستقبل", "مستقبل", "آینده"]),
    ("immigration", &["مهاجرت", "الهجرة", "هجرة", "migration"]),
    ("representatives", &["النواب", "نواب", "deputies"]),
    ("federal", &["الاتحادية", "الاتحادي", "فدرال", "فدرالی"]),
    ("congregation", &["التجمع", "تجمع"]),
    ("academy", &["فرهنگستان", "الأكاديمية", "أكاديمية", "آکادمی"]),
    ("language", &["زبان", "اللغة", "لغة"]),
    ("literature", &["ادبیات", "الأدب", "ادب", "الآداب", "آداب"]),
    ("representation", &["نمایندگی"]),
    ("leader", &["رهبری", "رهبر", "القائد", "قائد"]),
    ("geological", &["زمینشناسی", "زمین‌شناسی", "geology"]),
    // The sciences Persian names as the knowing (شناسی) of their subject.
    (
        "archaeology",
        &["باستان‌شناسی", "باستانشناسی", "archaeological"],
    ),
    (
        "anthropology",
        &["مردم‌شناسی", "انسان‌شناسی", "anthropological"],
    ),
    ("sociology", &["جامعه‌شناسی", "sociological"]),
    ("psychology", &["روان‌شناسی", "روانشناسی", "psychological"]),
    ("linguistics", &["زبان‌شناسی", "زبانشناسی", "linguistic"]),
    ("iranology", &["ایران‌شناسی", "ایرانشناسی"]),
    ("suburbs", &["حومه", "suburban"]),
    (
        "democratic",
        &[
            "دموکرات",
            "دموکراتیک",
            "الديمقراطي",
            "الديمقراطية",
            "ديمقراطي",
            "ديمقراطية",
        ],
    ),
    ("promotion", &["promoting"]),
    (
        "computer",
        &["رایانه", "کامپیوتر", "الحاسوب", "حاسوب", "الحاسب"],
    ),
    ("games", &["بازی", "الألعاب", "ألعاب", "game"]),
    ("prevention", &["preventing", "پیشگیری"]),
    // What Iranian state bodies, firms and charities tend, make and trade, as their Persian
    // names say it.
    ("pilgrimage", &["زیارت", "زیارتی", "pilgrimages"]),
    ("forests", &["جنگل", "جنگلها", "جنگل‌ها", "forest"]),
    ("rangelands", &["مراتع", "rangeland", "range", "pastures"]),
    ("watershed", &["آبخیزداری", "آبخیز"]),
    ("veterinary", &["دامپزشکی"]),
    ("consumption", &["consumers", "consumer"]),
    ("equipment", &["تجهیز", "لوازم", "equipping"]),
    ("land", &["زمین", "اراضی", "lands"]),
    ("vocational", &["حرفه", "حرفه‌ای", "حرفهای", "professional"]),
    ("plan", &["برنامه‌ریزی", "برنامهریزی"]),
    ("fire", &["آتش", "آتش‌نشانی", "آتشنشانی", "firefighting"]),
    ("ideological", &["عقیدتی"]),
    ("smuggling", &["قاچاق", "contraband"]),
    ("goods", &["کالا", "کالای"]),
    ("entrepreneurship", &["کارآفرینی", "کارافرینی"]),
    ("lead", &["سرب"]),
    ("clothing", &["پوشاک", "apparel"]),
    ("leather", &["چرم"]),
    ("sugarcane", &["نیشکر"]),
    ("dates", &["خرما"]),
    ("pistachio", &["پسته", "pistachios"]),
    ("saffron", &["زعفران"]),
    ("meat", &["گوشت"]),
    ("poultry", &["مرغ", "مرغداری"]),
    ("artillery", &["توپخانه"]),
    ("infantry", &["پیاده"]),
    ("garrison", &["پادگان"]),
    ("espionage", &["جاسوسی"]),
    ("magazine", &["مجله", "مجلة", "المجلة"]),
    ("warehouse", &["مستودع", "مستودعات", "warehouses", "depot"]),
    ("jewelry", &["المجوهرات", "مجوهرات", "جواهرات", "jewellery"]),
    ("devices", &["الأجهزة", "أجهزة", "اجهزة", "device"]),
    ("oils", &["الزيوت", "زيوت"]),
    ("vegetable", &["النباتية", "نباتية", "نباتی"]),
    (
        "plastic",
        &[
            "بلاستيك",
            "البلاستيك",
            "البلاستيكية",
            "بلاستيكية",
            "پلاستیک",
            "پلاستیکی",
            "plastics",
        ],
    ),
    ("publication", &["نشریه"]),
    ("clinic", &["درمانگاه", "clinics"]),
    ("pharmacy", &["داروخانه"]),
    ("dentistry", &["دندانپزشکی", "dental"]),
    ("nursing", &["پرستاری"]),
    ("rehabilitation", &["توانبخشی"]),
    ("small", &["کوچک", "صغيرة", "الصغيرة", "صغير"]),
    // شهرک, a township: an industrial one is a park or an estate.
    ("park", &["شهرک", "parks"]),
    ("school", &["آموزشگاه", "دبیرستان", "هنرستان"]),
    ("aviation", &["هوانوردی"]),
    ("biotechnology", &["زیست‌فناوری", "زیستفناوری"]),
    ("genetics", &["ژنتیک", "genetic"]),
    ("earthquake", &["زلزله"]),
    ("development", &["آبادانی"]),
    ("detention", &["بازداشتگاه", "بازداشت"]),
    ("experts", &["کارشناسان", "کارشناسی", "expert"]),
    ("workshop", &["کارگاه", "workshops"]),
    ("research", &["تحقیق"]),
    ("narcotics", &["narcotic"]),
    ("audio", &["صوت", "صوتی", "سمعی", "السمعي", "السمعية"]),
    (
        "visual",
        &[
            "تصویر",
            "تصویری",
            "بصری",
            "البصري",
            "البصرية",
            "video",
            "image",
        ],
    ),
    // فرهنگیان, the people of culture: the teachers of Iranian schools (دانشگاه فرهنگیان,
    // Farhangian University, the teachers' university).
    ("teachers", &["فرهنگیان", "معلمان", "teacher"]),
    // Medicine: the organs and illnesses hospitals and institutes are named for.
    ("heart", &["قلب", "القلب", "hearts"]),
    ("vessels", &["عروق", "الأوعية", "اوعية", "vascular"]),
    (
        "cancer",
        &[
            "سرطان",
            "السرطان",
            "أورام",
            "الأورام",
            "الاورام",
            "oncology",
            "tumours",
            "tumors",
        ],
    ),
    ("chess", &["شطرنج", "الشطرنج"]),
    ("garden", &["باغ", "حديقة", "الحديقة", "gardens"]),
    ("botanical", &["گیاه‌شناسی", "گیاهشناسی", "botany"]),
    (
        "grain",
        &["حبوب", "الحبوب", "غلات", "غله", "grains", "cereals"],
    ),
    ("train", &["قطار", "القطار", "trains"]),
    (
        "encyclopedia",
        &[
            "دانشنامه",
            "دائرةالمعارف",
            "موسوعة",
            "الموسوعة",
            "encyclopaedia",
        ],
    ),
];

/// English words of company names as registries in the Gulf write them in Arabic letters
/// (سيرفيسيز, services; تريدينغ, trading): the sound of the English word, not a translation.
const LOANWORDS: &[(&str, &[&str])] = &[
    ("services", &["سيرفيسز", "سيرفيسيز", "سيرفسز", "سرفيسز"]),
    (
        "trading",
        &["تريدينغ", "تريدينج", "تريدنج", "ترايدنج", "ترادينج"],
    ),
    (
        "international",
        &["انترناشيونال", "إنترناشيونال", "انترناشونال"],
    ),
    ("general", &["جنرال"]),
    ("holding", &["هولدينغ", "هولدينج", "هولدنج"]),
    ("shipping", &["شيبينغ", "شيبنج", "شيبينج"]),
    ("maritime", &["ماريتايم", "ماريتيم"]),
    ("logistics", &["لوجستيكس", "لوجستكس", "لوجيستيكس"]),
    ("oil", &["اويل", "أويل", "بتروليوم", "بيتروليوم"]),
    ("investment", &["انفستمنت", "إنفستمنت", "انفستمنتس"]),
    ("group", &["جروب", "غروب", "قروب"]),
    ("company", &["كومباني", "كمباني", "کمپنی", "کمپنۍ"]),
    ("technology", &["تكنولوجي", "تكنولوجيز"]),
    ("engineering", &["انجينيرينج", "إنجينيرينج", "انجنيرنج"]),
    ("management", &["منجمنت", "مانجمنت", "مانجمينت", "مانيجمنت"]),
    ("industries", &["اندستريز", "إندستريز"]),
    ("energy", &["انرجي", "إنرجي"]),
    ("finance", &["فاينانس", "فايننس"]),
    ("capital", &["كابيتال"]),
    ("solutions", &["سوليوشنز", "سولوشنز"]),
    ("global", &["جلوبال", "غلوبال"]),
    ("marine", &["مارين"]),
    ("aviation", &["افييشن", "أفييشن", "افياشن", "ايفييشن"]),
];

/// French words of the names of bodies, as Maghrebi and Sahelian lists and registries write
/// them (Front Islamique du Salut, Groupe Islamique Armé, Société Nationale des
/// Hydrocarbures), accents folded: French against English and against the script, as the
/// Arabic words are. Where a French word is also a word the table has, the table's sense stays.
const FRENCH: &[(&str, &[&str])] = &[
    ("west", &["ouest"]),
    ("north", &["nord"]),
    ("south", &["sud"]),
    ("salvation", &["salut"]),
    ("support", &["soutien"]),
    ("muslims", &["musulmans", "musulman"]),
    ("call", &["predication"]),
    ("armed", &["arme", "armes"]),
    ("army", &["armee", "armees"]),
    ("security", &["surete", "securite"]),
    ("directorate", &["direction"]),
    ("company", &["societe"]),
    ("interior", &["interieur"]),
    ("hydrocarbons", &["hydrocarbures"]),
    ("group", &["groupe", "groupement"]),
    ("islamic", &["islamique"]),
    ("national", &["nationale", "nationales", "nationaux"]),
    ("general", &["generale"]),
    ("central", &["centrale"]),
    ("popular", &["populaire"]),
    ("bank", &["banque"]),
    ("ministry", &["ministere"]),
    ("movement", &["mouvement"]),
    ("party", &["parti"]),
    ("council", &["conseil"]),
    ("youth", &["jeunesse"]),
    ("defence", &["defense"]),
    ("intelligence", &["renseignement", "renseignements"]),
    ("customs", &["douanes", "douane"]),
    ("unity", &["unite"]),
];

/// Words a name of a body uses in more than one sense: the table's word is the usual one,
/// these are what some English names say instead (وزارت کشور is the Ministry of Interior,
/// امنیت کشور national security; اطلاعات is intelligence and information; Arabic المخابرات
/// is intelligence, Persian مخابرات telecommunications). A comparison takes the best.
const OTHER_SENSES: &[(&str, &[&str])] = &[
    ("کشور", &["interior"]),
    // معدنی (of mines) is مدنی (civil) once its ع is silent.
    ("مدنی", &["mining", "mineral"]),
    ("دانشگاه", &["academy"]),
    ("کشوری", &["national"]),
    ("اطلاعات", &["information"]),
    ("نیرو", &["energy", "power"]),
    ("نیروی", &["energy", "power"]),
    ("هواپیمایی", &["aviation", "aircraft"]),
    ("هوایی", &["air", "aeronautical"]),
    ("دریایی", &["navy", "maritime"]),
    ("دریای", &["sea"]),
    ("عمومی", &["public"]),
    ("بازرگانی", &["commercial", "commerce"]),
    ("مجتمع", &["group", "community", "society"]),
    ("مجموعه", &["group"]),
    ("صنعتی", &["technology"]),
    ("صنایع", &["industrial"]),
    ("ساخت", &["construction"]),
    // Machine building, as lists translate the making of machines and ships.
    ("سازی", &["building", "making"]),
    ("تعمیرات", &["maintenance"]),
    ("صيانة", &["repair"]),
    ("منطقه", &["region", "area"]),
    ("منطقة", &["region", "area"]),
    ("الفضائية", &["satellite"]),
    ("نقابة", &["union", "association"]),
    ("انتقال", &["transfer", "transition"]),
    ("دارو", &["drug", "drugs", "medicine"]),
    ("کار", &["work", "working"]),
    ("العمل", &["action", "work"]),
    ("آزادی", &["freedom"]),
    ("فيلق", &["force"]),
    ("المقدسة", &["holy"]),
    ("تجارة", &["commerce"]),
    ("الحوالات", &["remittance", "remittances"]),
    ("الأمانة", &["trust"]),
    ("صنفی", &["trade", "professional"]),
    // Persian دولت is the government as well as the state.
    ("دولت", &["government"]),
    ("العامة", &["public"]),
    ("العام", &["public"]),
    ("البحرية", &["navy", "naval"]),
    ("الداخلي", &["interior"]),
    ("مجلس", &["assembly", "parliament"]),
    ("شورای", &["consultative"]),
    ("عالی", &["high", "higher"]),
    ("عامه", &["public"]),
    // ریاست, a presidency in Iran, is a directorate of an Afghan ministry or of the state.
    ("ریاست", &["directorate"]),
    // دیوان, a court, is also a bureau (ديوان المحاسبة, the Audit Bureau).
    // And an office: the Maghreb's national offices (الديوان الوطني, Office National).
    ("دیوان", &["bureau", "office"]),
    ("ديوان", &["bureau", "office"]),
    // Exploitation is also the operating of a line or a plant (an urban railway's).
    ("بهره‌برداری", &["operation", "operating", "exploitation"]),
    // Treatment is what English names of hospitals and clinics call medical.
    ("درمانی", &["medical", "clinical"]),
    ("درمان", &["medical", "clinical"]),
    // Great as in a great encyclopedia, a grand mosque.
    ("بزرگ", &["great", "grand"]),
    ("الكبرى", &["great", "grand"]),
    // A city's (شهری) railway is an urban one.
    ("شهری", &["urban", "municipal"]),
    // الدعوة, the call to Islam, which English names keep (Dawah) or call propagation.
    ("الدعوة", &["dawah", "propagation"]),
    // مهاجرین, emigrants, are the refugees of an Afghan ministry's name.
    ("مهاجرین", &["refugees", "migrants"]),
    // Law enforcement (انتظامی) is the police of other English names of the same body (the Law
    // Enforcement Command, the Police Command): "law" before it weighs as a remark (lib.rs).
    ("enforcement", &["police"]),
    // The fight against drugs is their control (ستاد مبارزه با مواد مخدر, the Drug Control
    // Headquarters), narcotics drugs.
    ("مبارزه", &["control", "fight"]),
    ("مكافحة", &["control", "fight"]),
    ("narcotics", &["drug", "drugs"]),
    // Brilliant talents are the exceptional, the gifted.
    ("درخشان", &["exceptional", "gifted"]),
    ("بهرهوری", &["productivity"]),
    ("بهره‌وری", &["productivity"]),
    ("کالا", &["commodities"]),
    ("زمین", &["ground", "earth"]),
    ("کارگر", &["labour"]),
    ("عودت", &["repatriation"]),
    // أنباء, tidings: the news of a news agency, which Arab states' English calls press
    // (وكالة الأنباء السعودية, the Saudi Press Agency).
    ("الأنباء", &["press"]),
    ("البلدية", &["municipal"]),
    // A sport's union is its association in English (the Football Association).
    ("الاتحاد", &["federation", "association"]),
    ("اتحادیه", &["federation"]),
    ("إحياء", &["rehabilitation"]),
    ("احیا", &["rehabilitation"]),
    ("الآداب", &["letters"]),
    ("شهرک", &["town", "estate"]),
    ("الرقابة", &["oversight", "supervision", "audit"]),
    ("مخابرات", &["intelligence"]),
    ("المخابرات", &["intelligence"]),
    ("تبلیغات", &["propaganda", "advertising"]),
    ("فرمان", &["decree"]),
    ("پشتیبانی", &["support"]),
    ("گسترش", &["expansion"]),
    ("اداره", &["administration", "department"]),
    ("إدارة", &["directorate", "department", "management"]),
    ("دارایی", &["assets"]),
    // Arabic تأمين is insurance; Persian تأمین provision (تأمین اجتماعی, social security).
    ("تامین", &["supply", "security"]),
    ("ستاد", &["staff"]),
    ("آموزش", &["training"]),
    ("مصرف", &["consumption"]),
    (
        "مؤسسة",
        &[
            "establishment",
            "institution",
            "corporation",
            "organization",
        ],
    ),
    ("هيئة", &["organization", "commission", "board"]),
    // سازمان is what English names of Iranian state bodies call an agency (سازمان فضایی
    // ایران, the Iranian Space Agency), an administration or a department as often. Not an
    // authority: that is how Arab states name bodies of the same trade (the General Civil
    // Aviation Authority, not Iran's سازمان هواپیمایی کشوری).
    ("سازمان", &["agency", "administration", "department"]),
    ("جمعية", &["society", "charity"]),
    ("انجمن", &["society", "assembly"]),
    ("الطيران", &["airlines"]),
    ("الاتصالات", &["telecommunication", "telecom"]),
    ("اتصالات", &["telecommunication", "telecom"]),
    ("قناة", &["television", "tv", "canal"]),
    ("العالمية", &["international", "world"]),
    ("عالمية", &["international", "world"]),
    ("جهانی", &["international", "world"]),
    ("البريد", &["post"]),
    ("مكتب", &["bureau"]),
    ("دفتر", &["bureau"]),
    ("الشعبي", &["people", "peoples"]),
    ("شعبة", &["directorate", "department", "division"]),
    ("قرارگاه", &["command", "base"]),
    ("جهاز", &["services", "agency", "authority", "bureau"]),
    // حراسة, guarding: what names of guard companies call security (شركة ... للحراسة,
    // ... Security).
    ("الحراسة", &["security"]),
    // A league of states is a جامعة as a university is (جامعة الدول العربية).
    ("جامعة", &["league"]),
    // إعلام, informing: what names of news agencies say (الوكالة الوطنية للإعلام, the
    // National News Agency).
    ("الإعلام", &["news", "information"]),
    ("ارتباطات", &["telecommunication"]),
    // تربیتی, of upbringing: the corrective measures of the prisons' organisation.
    ("تربیتی", &["corrective", "correctional"]),
    ("الجهاز", &["services", "agency", "authority", "bureau"]),
    ("المعادن", &["metals", "minerals"]),
    // Words transliteration makes one: آمار (statistics) and إعمار (reconstruction); Persian
    // اسناد (documents) and Arabic إسناد (support).
    ("آمار", &["statistical"]),
    ("اسناد", &["documents", "archives"]),
    ("مجمع", &["association", "assembly", "forum"]),
    ("کانون", &["center", "society", "institute", "club"]),
    ("توسعه", &["promotion"]),
    ("بحران", &["disaster", "emergency"]),
    ("تولید", &["manufacturing"]),
    ("تولیدی", &["manufacturing"]),
    ("عمران", &["development", "civil"]),
    ("عمرانی", &["development"]),
    ("تدارکات", &["procurement", "logistics"]),
    ("دریانوردی", &["navigation", "shipping"]),
    ("بحري", &["maritime", "naval"]),
    ("الوطني", &["patriotic"]),
    ("التجمع", &["gathering", "rally", "grouping", "assembly"]),
    ("نمایندگی", &["representative", "agency", "office"]),
    ("رهبری", &["leadership"]),
    ("حمایت", &["support"]),
    ("استان", &["shrine"]),
    // دادگستری استان, a province's courts: its judiciary, as English names say.
    ("دادگستری", &["judiciary"]),
    // نظام, an order: the Medical Council (سازمان نظام پزشکی) of a profession.
    ("نظام", &["council", "order"]),
    // حديد is iron, and the steel of steel makers' English names (Ezz Steel, حديد عز).
    ("حديد", &["steel"]),
    ("نوین", &["new", "innovation"]),
    // نهاد ریاست جمهوری is the Presidential Office, or its Administration.
    ("نهاد", &["office", "administration"]),
    // قانونی, of the law: legal (پزشکی قانونی, legal medicine).
    ("قانون", &["legal"]),
    // The financial market is the capital market of English names (هيئة السوق المالية, the
    // Capital Market Authority).
    // Money transfers (التحويلات المالية) are financial ones in Arabic.
    ("المالية", &["capital", "money"]),
    ("پزشکی", &["medicine"]),
];

/// Words whose sense is the orthography's: Persian writes مخابرات for telecommunications
/// where Arabic's المخابرات is the intelligence service, and Persian's تأمین is provision
/// (تأمین اجتماعی, social security) where Arabic's تأمين is insurance. Each word with its
/// senses in Persian, then in Arabic; a name whose letters say neither keeps every sense,
/// unless the word takes the article, which is Arabic's (المخابرات).
const SENSES_BY_ORTHOGRAPHY: &[(&str, &[&str], &[&str])] = &[
    ("مخابرات", &["telecommunication"], &["intelligence"]),
    ("تامین", &["supply", "security"], &["insurance"]),
];

/// The orthography a name in Arabic script is written in, as far as its letters tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Orthography {
    /// Letters Arabic does not write (پ چ ژ گ ک ی ۀ).
    Persian,
    /// None of those, and a letter Persian does not write in its own words (ة ى).
    Arabic,
    Unknown,
}

impl Orthography {
    /// `persian`: whether the name shows Persian letters, which the analysis has asked.
    pub(crate) fn of(name: &str, persian: bool) -> Orthography {
        if persian {
            Orthography::Persian
        } else if name.contains(['ة', 'ى']) {
            Orthography::Arabic
        } else {
            Orthography::Unknown
        }
    }
}

/// The sense, and the other senses, a word of [`SENSES_BY_ORTHOGRAPHY`] (as transliterated)
/// has in `orthography` (Arabic's after the article); `None` for any other word, and for one
/// whose orthography is unknown.
pub(crate) fn senses_in_orthography(
    word: &str,
    orthography: Orthography,
    after_article: bool,
) -> Option<(&'static str, &'static [&'static str])> {
    /// A word's senses in Persian, then in Arabic.
    type BothSenses = (&'static [&'static str], &'static [&'static str]);
    static BY_KEY: OnceLock<FxHashMap<String, BothSenses>> = OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        SENSES_BY_ORTHOGRAPHY
            .iter()
            .flat_map(|&(word, persian, arabic)| {
                script_spellings(word)
                    .into_iter()
                    .map(move |w| (key_of(&w), (persian, arabic)))
            })
            .collect()
    });
    let &(persian, arabic) = by_key.get(word)?;
    let senses = match orthography {
        Orthography::Persian => persian,
        Orthography::Arabic => arabic,
        Orthography::Unknown if after_article => arabic,
        Orthography::Unknown => return None,
    };
    let (english, others) = senses.split_first()?;
    Some((english, others))
}

/// Phrases of Persian and Arabic names of bodies that English says in other words: several
/// words one (حمل و نقل, transport) or one word several (انتظامی, law enforcement;
/// خبرگزاری, news agency). Read in names written in Arabic script only.
const PHRASES: &[(&str, &[&str])] = &[
    ("حمل و نقل", &["transport"]),
    // Iron lines, iron tracks: railways.
    ("الخطوط الحديدية", &["railway"]),
    ("السكك الحديدية", &["railway"]),
    ("الدار البيضاء", &["casablanca"]),
    ("بيت لحم", &["bethlehem"]),
    // The ball of the foot.
    ("كرة القدم", &["football"]),
    // تأمین سرمایه, the providing of capital: an investment bank.
    ("تامین سرمایه", &["investment", "bank"]),
    // Food materials: foodstuffs.
    ("المواد الغذائية", &["food"]),
    ("مواد غذایی", &["food"]),
    ("مواد شیمیایی", &["chemicals"]),
    ("نیروگاهی", &["power", "plant"]),
    // مردم نهاد, founded by the people: non-governmental.
    ("مردم نهاد", &["non", "governmental"]),
    ("مردمنهاد", &["non", "governmental"]),
    ("غير حكومية", &["non", "governmental"]),
    ("غير الحكومية", &["non", "governmental"]),
    ("غير حكومي", &["non", "governmental"]),
    // Air lines: an airline, whose own name says Airways or Airlines.
    ("الخطوط الجوية", &["airlines"]),
    ("خطوط هوایی", &["airlines"]),
    // An air company: Dari's airline (شرکت هوایی آریانا, Ariana Afghan Airlines).
    ("شرکت هوایی", &["airlines"]),
    // تعزیرات, punishments a judge sets at his discretion (سازمان تعزیرات حکومتی).
    ("تعزیرات", &["discretionary", "punishments"]),
    // راهداری, the keeping of roads: road maintenance.
    ("راهداری", &["road", "maintenance"]),
    // فواید عامه, public benefits: public works.
    ("فواید عامه", &["public", "works"]),
    ("لوی څارنوالی", &["attorney", "general"]),
    // طب, medicine: two letters, too short for the table's words.
    ("طب", &["medicine"]),
    ("الطب", &["medicine"]),
    // التراب الوطني, the national soil: the territory of a state's security service.
    ("التراب الوطني", &["territorial"]),
    ("نقابات العمال", &["trade", "unions"]),
    ("لنقابات العمال", &["trade", "unions"]),
    // السكك الحديدية, the iron tracks: the railways.
    ("السكك الحديدية", &["railway"]),
    ("سرمایه گذاری", &["investment"]),
    ("سرمایه‌گذاری", &["investment"]),
    ("سرمایهگذاری", &["investment"]),
    ("بهره برداری", &["production"]),
    ("غیر عامل", &["passive"]),
    ("قوه قضاییه", &["judiciary"]),
    ("قوه قضائیه", &["judiciary"]),
    ("صدا و سیما", &["broadcasting"]),
    ("نیروی دریایی", &["navy"]),
    ("نیروی هوایی", &["air", "force"]),
    ("نیروی زمینی", &["ground", "force"]),
    ("انتظامی", &["law", "enforcement"]),
    ("خبرگزاری", &["news", "agency"]),
    ("کل", &["general"]),
    ("راه آهن", &["railway"]),
    ("راه‌آهن", &["railway"]),
    ("راهآهن", &["railway"]),
    ("هسته ای", &["nuclear"]),
    ("بین المللی", &["international"]),
    ("پژوهشگاه", &["research", "institute"]),
    ("پژوهشکده", &["research", "institute"]),
    ("اداره کل", &["directorate", "general"]),
    ("نیروگاه", &["power", "plant"]),
    ("نرم افزار", &["software"]),
    ("نرم‌افزار", &["software"]),
    ("نرمافزار", &["software"]),
    ("العقارية", &["real", "estate"]),
    ("العقاري", &["real", "estate"]),
    ("عقارات", &["real", "estate"]),
    ("الهلال الأحمر", &["red", "crescent"]),
    ("ثبت احوال", &["civil", "registration"]),
    ("صنایع دستی", &["handicrafts"]),
    ("محیط زیست", &["environment"]),
    ("مواد مخدر", &["narcotics"]),
    ("الأوراق المالية", &["securities"]),
    // سلع, goods: two letters once its ع is silent, too short for the table's words.
    ("السلع", &["commodities"]),
    ("هلال احمر", &["red", "crescent"]),
    ("صدا و سیمای", &["broadcasting"]),
    // فرع, a branch: two letters once its ع is silent, too short for the table's words.
    ("فرع", &["branch"]),
    ("خودکفایی", &["self", "sufficiency"]),
    // مس, copper: two letters, too short for the table's words.
    ("مس", &["copper"]),
    ("فلات قاره", &["offshore"]),
    ("شهرسازی", &["urban", "development"]),
    ("آموزش و پرورش", &["education"]),
    ("علم و صنعت", &["science", "technology"]),
    ("الثروة المعدنية", &["mineral", "resources"]),
    ("الموارد المعدنية", &["mineral", "resources"]),
    ("آب", &["water"]),
    ("اوراق بهادار", &["securities"]),
    ("تنظیم مقررات", &["regulatory"]),
    ("ریاست جمهوری", &["presidency"]),
    ("ریاست جمهور", &["presidency"]),
    ("حوزه علمیه", &["seminary"]),
    ("حوزه های علمیه", &["seminary"]),
    ("ذوب آهن", &["steel"]),
    ("راهنمایی و رانندگی", &["traffic"]),
    ("حقوق بشر", &["human", "rights"]),
    ("ریخته گری", &["foundry"]),
    ("کشتی سازی", &["shipbuilding"]),
    ("غنی سازی", &["enrichment"]),
    ("سخت افزار", &["hardware"]),
    ("خط لوله", &["pipeline"]),
    ("خطوط لوله", &["pipeline"]),
    ("بسته بندی", &["packaging"]),
    ("مرزبانی", &["border", "guard"]),
    ("کانون وکلای دادگستری", &["bar", "association"]),
    ("کشت و صنعت", &["agro", "industrial"]),
    ("تقویت فشار", &["compressor"]),
    ("ماشین آلات", &["machine"]),
    ("دانش بنیان", &["knowledge", "based"]),
    ("دانشبنیان", &["knowledge", "based"]),
    ("ماشینآلات", &["machine"]),
    ("نقابة المحامين", &["bar", "association"]),
    ("مقام معظم رهبری", &["supreme", "leader"]),
    // The detective police, as English names of it and its provincial branches say.
    ("پلیس آگاهی", &["criminal", "investigation", "police"]),
    ("زمین شناسی", &["geological"]),
    ("گیاه شناسی", &["botanical"]),
    // The heart and the vessels: cardiovascular.
    ("قلب و عروق", &["cardiovascular"]),
    ("القلب والأوعية الدموية", &["cardiovascular"]),
    ("دائرة المعارف", &["encyclopedia"]),
    // The nation's council: a national assembly.
    ("مجلس الأمة", &["national", "assembly"]),
    // A city train: an urban railway.
    ("قطار شهری", &["urban", "railway"]),
    // Iron tracks: railways (the construct without the article too, as every phrase is).
    ("سكك حديد", &["railway"]),
    ("سكة الحديد", &["railway"]),
    // The religious police's charge, as English names say it.
    (
        "امر به معروف و نهی از منکر",
        &["promotion", "virtue", "prevention", "vice"],
    ),
    (
        "الأمر بالمعروف والنهي عن المنكر",
        &["promotion", "virtue", "prevention", "vice"],
    ),
];

/// Bodies known by an acronym that names of their branches use in place of the full name
/// (IRGC Aerospace Force, IRGC Intelligence Organization): the acronym among other words
/// is read as the full name, in English word order.
/// The last field, where there is one, says that in Arabic script the full name's last word
/// alone among other words stands for the body (سپاه, the corps, is the IRGC's), and how lists
/// romanise that word (Sepah: Bonyad Taavon Sepah, the IRGC Cooperative Foundation), which
/// stands for it too but in a bank's name (Bank Sepah is سپه).
const WELL_KNOWN_BODIES: &[(&str, &[&str], Option<&str>)] = &[
    // In Arabic script only Persian's سپاه is the IRGC: Arabic's فيلق is any corps (فيلق
    // القدس, the Quds Force; فيلق الرحمن, a Syrian rebel group).
    (
        "irgc",
        &["islamic", "revolutionary", "guard", "corps"],
        Some("sepah"),
    ),
    // IRIB News Agency, IRIB TV3: Persian names say صدا و سیما, broadcasting, which other
    // bodies' names say too.
    (
        "irib",
        &["islamic", "republic", "of", "iran", "broadcasting"],
        None,
    ),
];

/// Where a Latin name of a body closes on the body it belongs to, a [`WELL_KNOWN_BODIES`] one
/// ("Cyber Defence Command of the Islamic Revolutionary Guard Corps", "... of the IRGC"), which
/// the body's name in its own language leaves out (قرارگاه دفاع سایبری): the index of that
/// "of". `aside` tells the words only in parentheses, which may follow.
pub(crate) fn parent_body_closing(words: &[String], aside: impl Fn(&str) -> bool) -> Option<usize> {
    let end = words.iter().rposition(|w| !aside(w))? + 1;
    let of = words[..end].iter().rposition(|w| w == "of")?;
    // Two words of its own at least before the parent: "Bank of the IRGC" is the parent's.
    if of < 2 {
        return None;
    }
    let mut parent = &words[of + 1..end];
    if parent.first().is_some_and(|w| w == "the") {
        parent = &parent[1..];
    }
    WELL_KNOWN_BODIES
        .iter()
        .any(|(acronym, full, _)| {
            matches!(parent, [only] if only == acronym)
                || parent.iter().map(String::as_str).eq(full.iter().copied())
        })
        .then_some(of)
}

/// Writes out, in `words` (an organisation's words after translation), the full name of a
/// [`WELL_KNOWN_BODIES`] acronym that stands among other words. A name that is the acronym
/// alone stays an acronym: it compares letter for letter, and links only where it is
/// carried. In Persian and Arabic script a سپاه (corps) among other words and without the
/// rest of the full name is the IRGC too (سازمان اطلاعات سپاه, the IRGC Intelligence
/// Organization; Bank Sepah is سپه).
///
/// Returns the words of the full name that were inferred rather than written: those before
/// a lone سپاه opening the name, which the English name of a regional corps often leaves out
/// (the Imam Ali Corps of ...), and which cost as a remark one name adds does.
pub(crate) fn write_out_well_known_bodies(
    words: &mut Vec<String>,
    script: crate::Script,
    says_sepah: bool,
) -> &'static [&'static str] {
    if words.len() < 2 {
        return &[];
    }
    for (acronym, full, last_word_romanised) in WELL_KNOWN_BODIES {
        let at = words.iter().position(|w| w == acronym).or_else(|| {
            let romanised = (*last_word_romanised)?;
            if full.iter().all(|f| words.iter().any(|w| w == f)) {
                return None;
            }
            let stands_for_it = match script {
                crate::Script::Arabic if says_sepah => full.last().copied(),
                crate::Script::Latin if !words.iter().any(|w| w == "bank") => Some(romanised),
                _ => None,
            }?;
            words.iter().position(|w| w == stands_for_it)
        });
        if let Some(at) = at {
            // Only where سپاه opens the name is it the body itself (سپاه ثارالله, the Sarallah
            // Corps); after other words it is the body they belong to (نیروی دریایی سپاه,
            // the IRGC Navy, not the army's navy), which English names always give.
            // Romanised, it is the name lists give, which English names keep.
            let inferred = if words[at] == *acronym
                || Some(words[at].as_str()) == *last_word_romanised
                || at > 0
            {
                &[][..]
            } else {
                &full[..full.len() - 1]
            };
            let mut rest: Vec<String> = std::mem::take(words);
            let after = rest.split_off(at + 1);
            rest.pop();
            // Words of the full name already written after it (سپاه پاسداران) are not
            // doubled.
            rest.extend(full.iter().map(|f| f.to_string()));
            rest.extend(after.into_iter().filter(|w| !full.contains(&w.as_str())));
            *words = rest;
            return inferred;
        }
    }
    &[]
}

/// What the table says of one word: its usual English word and the others some names say,
/// and what its key was made from.
#[derive(Clone, Copy)]
pub(crate) struct Senses {
    pub english: &'static str,
    pub others: &'static [&'static str],
    origins: KeyOrigins,
}

/// A word of the table as Persian may write it: with the zero-width non-joiner after a ه
/// inside it and without (ریخته‌گری, ریختهگری), which transliterate apart (a ه before the
/// non-joiner ends its half and is read as a vowel). Persian writers use both.
fn script_spellings(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if word.contains('\u{200c}') {
        out.push(word.replace('\u{200c}', ""));
    } else {
        let chars: Vec<char> = word.chars().collect();
        let inside = |i: usize| i > 0 && i + 1 < chars.len() && chars[i + 1] != ' ';
        if chars
            .iter()
            .enumerate()
            .any(|(i, c)| *c == 'ه' && inside(i))
        {
            let mut joined = String::with_capacity(word.len() + 3);
            for (i, c) in chars.iter().enumerate() {
                joined.push(*c);
                if *c == 'ه' && inside(i) {
                    joined.push('\u{200c}');
                }
            }
            out.push(joined);
        }
    }
    out
}

/// A script word's table key: its transliteration, without the article it may carry ("al dula").
fn key_of(word: &str) -> String {
    let ascii = crate::to_ascii(word);
    ascii
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .to_string()
}

fn table() -> &'static FxHashMap<String, Senses> {
    static TABLE: OnceLock<FxHashMap<String, Senses>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: FxHashMap<String, Senses> = FxHashMap::default();
        // A key takes the English of the last word that makes it (TERMS gives each key one,
        // see the tests) or keeps the one it has (LOANWORDS, FRENCH), and every word's origin.
        let mut add = |key: String, english: &'static str, word: &str, replace: bool| {
            let senses = map.entry(key).or_insert(Senses {
                english,
                others: &[],
                origins: KeyOrigins::default(),
            });
            if replace {
                senses.english = english;
            }
            senses.origins.note(word);
        };
        for (english, words) in TERMS {
            add((*english).to_string(), english, english, true);
            for w in *words {
                for spelling in script_spellings(w) {
                    add(key_of(&spelling), english, w, true);
                }
            }
        }
        for (english, words) in LOANWORDS.iter().chain(FRENCH) {
            for w in *words {
                add(key_of(w), english, w, false);
            }
        }
        for (word, others) in OTHER_SENSES {
            if let Some(senses) = map.get_mut(&key_of(word)) {
                senses.others = others;
                // A word given other senses is one the key stands for too (آمار, statistics,
                // beside إعمار, reconstruction).
                senses.origins.script_without_ain |= !word.contains(['ع', 'ء']);
            }
        }
        map
    })
}

/// The English word an organisation-name word says, if the table knows it.
pub(crate) fn english(word: &str) -> Option<&'static str> {
    senses(word, false).map(|s| s.english)
}

/// What a table key was made from: the table's English and romanised words, and its words in
/// Arabic script, transliterated, with and without a silent ع or ء.
#[derive(Clone, Copy, Default)]
struct KeyOrigins {
    latin: bool,
    script: bool,
    script_without_ain: bool,
}

impl KeyOrigins {
    fn note(&mut self, word: &str) {
        if word.is_ascii() {
            self.latin = true;
        } else {
            self.script = true;
            self.script_without_ain |= !word.contains(['ع', 'ء']);
        }
    }
}

/// [`senses`] of a word of a name, knowing its script and whether it had a silent ع or ء. A
/// key made only from script words with one is not what a word without one says (المهدي is no
/// معهد, institute, once the ع is silent, nor أمل, hope, العمل, labour). And a Latin word that
/// spells an Arabic number word transliterated is a name (Saba, Rabia, Khamsa: سابعة, رابعة,
/// خامسة are seventh, fourth, fifth): Latin names write their numbers in English or in digits.
pub(crate) fn senses_of_name_word(
    word: &str,
    arabic_script: bool,
    has_ain: bool,
) -> Option<Senses> {
    if !arabic_script {
        return senses(word, false).filter(|senses| {
            senses.origins.latin || crate::lexicon::number_of_word(senses.english).is_none()
        });
    }
    if has_ain {
        return senses(word, true);
    }
    senses_where(word, true, |senses| {
        let o = senses.origins;
        o.latin || !o.script || o.script_without_ain
    })
}

/// What an organisation-name word says, if the table knows it. In a name written in Arabic
/// script a Persian word the table lacks is read without the endings Persian adds to it:
/// the plural ها / های (پژوهش‌های, researches), and the ی of adjectives and of the ezafe
/// (نفتی, of oil; شورای, the council of), ای after a silent ه (رایانه‌ای, of computers); so
/// is an Arabic adjective its -ية (الدفاعية, of defence).
pub(crate) fn senses(word: &str, arabic_script: bool) -> Option<Senses> {
    senses_where(word, arabic_script, |_| true)
}

/// [`senses`], taking only the keys `usable` allows.
fn senses_where(
    word: &str,
    arabic_script: bool,
    usable: impl Fn(&Senses) -> bool,
) -> Option<Senses> {
    // Every Latin word in the table is three letters or more; the script's shorter ones are
    // phrases (کل).
    if word.len() < 3 {
        return None;
    }
    let table = table();
    if let Some(senses) = table.get(word).filter(|s| usable(s)) {
        return Some(*senses);
    }
    if !arabic_script {
        return None;
    }
    let stem_known = |stem: &str| {
        (stem.len() >= 3)
            .then(|| table.get(stem).copied().filter(|s| usable(s)))
            .flatten()
    };
    ["hay", "ha", "ya", "ia", "ay", "i", "y"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).and_then(stem_known))
        .or_else(|| {
            // The plural ها after a letter that would make a digraph with its ه is
            // transliterated with a vowel between them (شرکت‌های, shrktahay; بانک‌ها,
            // bankaha): the stem is what comes before that vowel.
            ["ahay", "aha"].iter().find_map(|ending| {
                let stem = word.strip_suffix(ending)?;
                stem.ends_with(['k', 'g', 's', 'z', 't', 'd', 'c', 'p'])
                    .then(|| stem_known(stem))
                    .flatten()
            })
        })
        .or_else(|| {
            // The plurals of persons and things: Persian -ان (کارگران, workers), -گان after a
            // final ه (نویسندگان, writers: نویسنده), and the Arabic -ات (تحقیقات, researches;
            // مطالعات, studies: مطالعه), -ین and -ون (مدرسین, روحانیون) Persian keeps. Not a
            // kind of body: a proper name may end as its plural would (سپاهان is a city, not
            // corps).
            ["an", "at", "in", "un"]
                .iter()
                .find_map(|ending| word.strip_suffix(ending).and_then(stem_known))
                .or_else(|| {
                    let stem = word
                        .strip_suffix("gan")
                        .or_else(|| word.strip_suffix("at"))?;
                    stem_known(&format!("{stem}e"))
                })
                .filter(|senses| {
                    !crate::lexicon::is_org_type(senses.english) && senses.english != "corps"
                })
        })
        .or_else(|| {
            // Arabic's -يات, the plural of a word in -ية (البلديات, municipalities: بلدية),
            // which no proper name ends in as a plural does.
            let stem = word.strip_suffix("yat")?;
            stem_known(&format!("{stem}ia"))
        })
}

fn phrases() -> &'static [(Vec<String>, &'static [&'static str])] {
    static PHRASE_WORDS: OnceLock<Vec<(Vec<String>, &'static [&'static str])>> = OnceLock::new();
    PHRASE_WORDS.get_or_init(|| {
        let mut phrases: Vec<(Vec<String>, &'static [&'static str])> = Vec::new();
        for (phrase, english) in PHRASES {
            let words: Vec<String> = crate::to_ascii(phrase)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            // An Arabic phrase is written without its articles where it names something
            // indefinite or belongs to the word after it (نادي كرة قدم, a football club;
            // شركة خطوط جوية, an airline company): the same phrase.
            let bare: Vec<String> = words.iter().filter(|w| *w != "al").cloned().collect();
            if !bare.is_empty() && bare.len() < words.len() {
                phrases.push((bare, *english));
            }
            phrases.push((words, *english));
        }
        // The longest phrase first: نیروی دریایی before نیروی.
        phrases.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        phrases
    })
}

/// Latin letters as their names are written in Arabic letters (او.جي. is O.G.): a company
/// whose English name opens on initials keeps them so in its Arabic name. Letters whose names
/// are Arabic words or another letter's (ال the article, في in, اي A or E, بي B or P) are left
/// out.
const LETTER_NAMES: &[(&str, char)] = &[
    ("ايه", 'a'),
    ("إيه", 'a'),
    ("بي", 'b'),
    ("سي", 'c'),
    ("دي", 'd'),
    ("اف", 'f'),
    ("إف", 'f'),
    ("جي", 'g'),
    ("اتش", 'h'),
    ("إتش", 'h'),
    ("آي", 'i'),
    ("جاي", 'j'),
    ("جيه", 'j'),
    ("كي", 'k'),
    ("كاي", 'k'),
    ("ام", 'm'),
    ("إم", 'm'),
    ("ان", 'n'),
    ("إن", 'n'),
    ("او", 'o'),
    ("كيو", 'q'),
    ("ار", 'r'),
    ("آر", 'r'),
    ("اس", 's'),
    ("إس", 's'),
    ("تي", 't'),
    ("يو", 'u'),
    ("دبليو", 'w'),
    ("اكس", 'x'),
    ("إكس", 'x'),
    ("واي", 'y'),
    ("زد", 'z'),
    // Persian names of the letters Arabic writes otherwise, or not at all.
    ("وی", 'v'),
    ("پی", 'p'),
    ("اچ", 'h'),
    ("ایکس", 'x'),
    ("دبلیو", 'w'),
];

/// The words of a name written in Arabic script with each run of two or more Latin letter
/// names (see [`LETTER_NAMES`]) written as those letters, one word each; a lone letter name
/// stays the word it may be.
pub(crate) fn letter_names_as_letters(mut words: Vec<String>) -> Vec<String> {
    static LETTERS: OnceLock<FxHashMap<String, char>> = OnceLock::new();
    let letters = LETTERS.get_or_init(|| {
        LETTER_NAMES
            .iter()
            .map(|(name, letter)| (crate::to_ascii(name), *letter))
            .collect()
    });
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let run = words[i..]
            .iter()
            .take_while(|w| letters.contains_key(w.as_str()))
            .count();
        if run >= 2 {
            out.extend(
                words[i..i + run]
                    .iter()
                    .filter_map(|w| letters.get(w.as_str()))
                    .map(|c| c.to_string()),
            );
            i += run;
        } else {
            out.push(std::mem::take(&mut words[i]));
            i += 1;
        }
    }
    out
}

/// The words of a name written in Arabic script with each word the table lacks that is two
/// words it has, written as one, split in two. Persian joins the halves of a compound, and
/// its zero-width non-joiner (هواپیما‌سازی, aircraft making) is gone once a name is normalised.
pub(crate) fn split_joined_terms(words: Vec<String>) -> Vec<String> {
    let table = table();
    let mut out = Vec::with_capacity(words.len());
    for word in words {
        let split = (word.len() >= 7 && senses(&word, true).is_none())
            .then(|| {
                (3..=word.len() - 4)
                    .find_map(|at| {
                        let (head, tail) = (word.get(..at)?, word.get(at..)?);
                        // Two of the table's words, or any word and a long phrase of one word
                        // (جهادخودکفایی, jihad and self-sufficiency).
                        let known_halves = table.contains_key(head) && senses(tail, true).is_some();
                        let before_phrase = tail.len() >= 6 && is_one_word_phrase(tail);
                        (known_halves || before_phrase)
                            .then(|| (head.to_string(), tail.to_string()))
                    })
                    // -سازی, -making, makes a compound of any noun, a loanword the table need
                    // not know (تراکتورسازی, tractor making): the word before it is read as
                    // written.
                    .or_else(|| split_off_making(&word))
            })
            .flatten();
        match split {
            Some((head, tail)) => {
                out.push(head);
                out.push(tail);
            }
            None => out.push(word),
        }
    }
    out
}

/// Whether a transliterated word is a phrase of one word English says in several (خودکفایی,
/// self-sufficiency): the second half of a compound written as one word (جهادخودکفایی).
fn is_one_word_phrase(word: &str) -> bool {
    static ONE_WORD: OnceLock<Vec<&'static str>> = OnceLock::new();
    ONE_WORD
        .get_or_init(|| {
            phrases()
                .iter()
                .filter_map(|(words, _)| match words.as_slice() {
                    [only] => Some(only.as_str()),
                    _ => None,
                })
                .collect()
        })
        .contains(&word)
}

/// A compound of -سازی, -making, as transliterated (and as lists romanise it: Havapeymasazi,
/// aircraft making), as its first half (three letters or more) and the suffix.
fn split_off_making(word: &str) -> Option<(String, String)> {
    static MAKING: OnceLock<String> = OnceLock::new();
    let making = MAKING.get_or_init(|| key_of("سازی"));
    let head = word.strip_suffix(making.as_str())?;
    (head.len() >= 3).then(|| (head.to_string(), making.clone()))
}

/// The words of a name written in Latin letters with each word that is two words run together
/// (EGYPTAIR, Naftiran) split in two: a word neither the table nor the countries know, made
/// of a country and a word of the table, in either order, three letters or more each. (Two
/// words of the table run together are as often an English word: airports.) Brands run a country or a sector into the kind of business (EgyptAir, the
/// national airline, which its Arabic name calls مصر للطيران, Egypt for aviation); lists
/// write them in capitals, so letter case cannot tell where the halves meet.
pub(crate) fn split_run_together_terms(words: Vec<String>) -> Vec<String> {
    let table = table();
    let is_country = |w: &str| crate::country_of(w).is_some();
    let mut out = Vec::with_capacity(words.len());
    for word in words {
        let unknown = word.len() >= 6
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !table.contains_key(&word)
            && !is_country(&word);
        let split = unknown
            .then(|| {
                may_hold_a_country(&word)
                    .then(|| {
                        (3..=word.len() - 3).find_map(|at| {
                            let (head, tail) = (word.get(..at)?, word.get(at..)?);
                            let country_and_term = (is_country(head) && table.contains_key(tail))
                                || (table.contains_key(head) && is_country(tail));
                            country_and_term.then(|| (head.to_string(), tail.to_string()))
                        })
                    })
                    .flatten()
                    // A romanised Persian compound of -making (Havapeymasazi, Traktorsazi).
                    .or_else(|| split_off_making(&word))
            })
            .flatten();
        match split {
            Some((head, tail)) => {
                out.push(head);
                out.push(tail);
            }
            None => out.push(word),
        }
    }
    out
}

/// Whether a word of lower-case ASCII letters opens or closes with the first or last three
/// letters of a country's name (what [`crate::country_of`] knows, three letters or more): most
/// words do not, and are spared the search of every place a country could meet a term.
fn may_hold_a_country(word: &str) -> bool {
    type Ends = (FxHashSet<[u8; 3]>, FxHashSet<[u8; 3]>);
    static ENDS: OnceLock<Ends> = OnceLock::new();
    let (heads, tails) = ENDS.get_or_init(|| {
        let words = vigil_model::country_words()
            // The abbreviations country_of reads as countries.
            .chain(["us", "uk", "uae"])
            .filter(|w| w.len() >= 3);
        let mut ends: Ends = Default::default();
        for w in words {
            let b = w.as_bytes();
            ends.0.insert([b[0], b[1], b[2]]);
            ends.1
                .insert([b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]]);
        }
        ends
    });
    let b = word.as_bytes();
    b.len() >= 6
        && (heads.contains(&[b[0], b[1], b[2]])
            || tails.contains(&[b[b.len() - 3], b[b.len() - 2], b[b.len() - 1]]))
}

/// The words of a name written in Arabic script with a preposition or conjunction written
/// together with a word the table knows split off and dropped: ل for, ب by or in, ك as, ف
/// and و and (لخدمات, for services; وتجارة, and trade). A word the table knows as it is
/// stays whole (بنك is a bank, not "by" and nk), and so does one whose rest it does not know.
/// (The same letters before the article are split by transliteration: للدعوة, والجهاد.)
pub(crate) fn split_proclitics(words: Vec<String>) -> Vec<String> {
    words
        .into_iter()
        .map(|word| {
            let rest = word
                .strip_prefix(['l', 'b', 'k', 'f', 'v'])
                .filter(|rest| rest.len() >= 3 && senses(&word, true).is_none());
            // A word of three letters left is one the table has (لدول, for states); a
            // little word of the stop list must be longer to tell it from a name's letters.
            let known = |rest: &str| {
                senses(rest, true).is_some()
                    || (rest.len() >= 4 && crate::lexicon::is_unvowelled_org_stopword(rest))
            };
            match rest.filter(|rest| known(rest)) {
                Some(rest) => rest.to_string(),
                None => word,
            }
        })
        .collect()
}

/// The words of a name written in Arabic script with the [`PHRASES`] English says in other
/// words put in English, and Persian's plural ending written apart (پایانه های) dropped.
pub(crate) fn translate_phrases(mut words: Vec<String>) -> Vec<String> {
    let phrases = phrases();
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if i > 0 && matches!(words[i].as_str(), "ha" | "hay") {
            i += 1;
            continue;
        }
        // The phrase's first word may carry a preposition or "and" written on it (لكرة
        // القدم, for football): one letter of those split_proclitics drops, before a word of
        // three letters or more.
        let first_is = |p: &str, w: &str| {
            p == w
                || (p.len() >= 3
                    && w.len() == p.len() + 1
                    && w.starts_with(['l', 'b', 'k', 'f', 'v'])
                    && &w[1..] == p)
        };
        let found = phrases.iter().find(|(phrase, _)| {
            words.len() - i >= phrase.len()
                && phrase
                    .iter()
                    .zip(&words[i..])
                    .enumerate()
                    .all(|(k, (p, w))| if k == 0 { first_is(p, w) } else { p == w })
        });
        match found {
            Some((phrase, english)) => {
                out.extend(english.iter().map(|e| e.to_string()));
                i += phrase.len();
            }
            None => {
                out.push(std::mem::take(&mut words[i]));
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A name's words as the analysis reads them before the table: transliterated, split.
    fn words(s: &str) -> Vec<String> {
        crate::to_ascii(s)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn script_and_romanised_words_meet_their_english() {
        for (word, want) in [
            ("سازمان", "organization"),
            ("شرکت", "company"),
            ("pasdaran", "guard"),
            ("سپاه", "corps"),
            ("وزارة", "ministry"),
            ("ایران", "iran"),
        ] {
            let ascii = crate::to_ascii(word);
            let key = ascii.split_whitespace().last().unwrap_or_default();
            assert_eq!(english(key), Some(want), "{word} ({key})");
        }
        assert_eq!(english("sanat"), None, "proper words stay as written");
    }

    #[test]
    fn a_word_has_one_usual_sense_and_its_other_senses_are_known_words() {
        // A word listed under two English words would silently take the later one: its
        // other senses belong in OTHER_SENSES.
        let mut seen: FxHashMap<String, &str> = FxHashMap::default();
        for (english, words) in TERMS {
            for w in words.iter().copied().chain([*english]) {
                for spelling in script_spellings(w) {
                    let key = key_of(&spelling);
                    if let Some(before) = seen.insert(key.clone(), english) {
                        assert_eq!(
                            before, *english,
                            "{spelling} ({key}) is under {before} and {english}"
                        );
                    }
                }
            }
        }
        for (term, words) in FRENCH {
            assert!(table().contains_key(*term), "{term} is not a term");
            for w in *words {
                let key = key_of(w);
                let sense = english(&key);
                assert!(sense.is_some(), "{w} ({key}) reads as nothing");
            }
        }
        for (term, words) in LOANWORDS {
            assert!(table().contains_key(*term), "{term} is not a term");
            for w in *words {
                let key = key_of(w);
                assert_eq!(english(&key), Some(*term), "{w} ({key})");
                if let Some(before) = seen.insert(key.clone(), term) {
                    assert_eq!(before, *term, "{w} ({key}) is under {before} and {term}");
                }
            }
        }
        // Two entries of one key must say the same: the later would silently replace the
        // earlier one's senses.
        let mut other_senses_of: FxHashMap<String, (&str, &[&str])> = FxHashMap::default();
        for (word, others) in OTHER_SENSES {
            assert!(
                table().contains_key(&key_of(word)),
                "{word} has other senses but no usual one"
            );
            if let Some((before, said)) = other_senses_of.insert(key_of(word), (word, others)) {
                assert_eq!(
                    said, *others,
                    "{word} and {before} give other senses to one key"
                );
            }
        }
        // The English a phrase or another sense gives is read again through the table: a
        // script word transliterated as that English word (دام, livestock, is "dam") would
        // turn it into another.
        let english_given = PHRASES
            .iter()
            .chain(OTHER_SENSES)
            .flat_map(|(_, english)| english.iter());
        let script_keys: FxHashMap<String, &str> = TERMS
            .iter()
            .flat_map(|(english, words)| {
                words
                    .iter()
                    .filter(|w| !w.is_ascii())
                    .map(move |w| (key_of(w), *english))
            })
            .collect();
        for word in english_given.chain(TERMS.iter().map(|(english, _)| english)) {
            if let Some(other) = script_keys.get(*word).filter(|other| *other != word) {
                panic!("{word} is also the transliteration of a word for {other}");
            }
        }
    }

    #[test]
    fn persian_endings_and_phrases_read_as_their_english() {
        for (word, want) in [
            ("نفتی", "oil"),
            ("پژوهش‌های", "research"),
            ("شورای", "council"),
        ] {
            let key = key_of(word);
            assert_eq!(senses(&key, true).map(|s| s.english), Some(want), "{word}");
        }
        // Latin words keep their endings: Gazi is no gas.
        assert!(senses("gazi", false).is_none());
        assert_eq!(
            translate_phrases(words("شرکت حمل و نقل پایانه های نفتی")),
            words("شرکت")
                .into_iter()
                .chain(["transport".to_string()])
                .chain(words("پایانه نفتی"))
                .collect::<Vec<_>>()
        );
        assert_eq!(
            translate_phrases(words("نیروی انتظامی")),
            words("نیروی")
                .into_iter()
                .chain(["law".to_string(), "enforcement".to_string()])
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn initials_written_as_letter_names_are_letters() {
        assert_eq!(
            letter_names_as_letters(words("تي.ار.اس جنرال")),
            ["t", "r", "s"]
                .into_iter()
                .map(str::to_string)
                .chain(words("جنرال"))
                .collect::<Vec<_>>()
        );
        // One letter name alone is the word it also is (او, or).
        assert_eq!(
            letter_names_as_letters(words("الصافي او الكريمي")),
            words("الصافي او الكريمي")
        );
    }

    #[test]
    fn latin_words_run_together_are_split_where_the_halves_are_a_country_and_a_term() {
        let split = |s: &str| split_run_together_terms(words(s));
        assert_eq!(split("egyptair"), ["egypt", "air"]);
        assert_eq!(split("naftiran intertrade"), ["naft", "iran", "intertrade"]);
        // A romanised Persian compound of -sazi (making), whatever its first half.
        assert_eq!(split("havapeymasazi"), ["havapeyma", "sazi"]);
        assert_eq!(split("nosazi"), ["nosazi"]);
        // Two terms run together are an English word; a word the table knows stays whole.
        for kept in ["airports", "airlines", "iranian", "kishair"] {
            assert_eq!(split(kept), [kept], "{kept}");
        }
    }

    #[test]
    fn a_compound_written_as_one_word_is_split_where_both_halves_are_terms() {
        assert_eq!(
            split_joined_terms(words("هواپیماسازی آرین")),
            words("هواپیما سازی آرین")
        );
        // -سازی makes a compound of a word the table lacks too.
        assert_eq!(
            split_joined_terms(words("تراکتورسازی")),
            words("تراکتور سازی")
        );
        // A word the table has stays whole (بهره‌برداری), and so does a name that merely
        // ends in a term (گچساران).
        for kept in ["بهرهبرداری", "گچساران", "کشتیرانی"] {
            assert_eq!(split_joined_terms(words(kept)), words(kept), "{kept}");
        }
    }
}
