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

use rustc_hash::FxHashMap;

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
            "sazman",
            "sazeman",
            "sazmane",
            "munazzama",
            "munazamat",
        ],
    ),
    // Not the romanised Sepah: Bank Sepah is a bank of that name (سپه).
    ("corps", &["سپاه"]),
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
    ("bank", &["بانک", "بنك", "البنك", "bonk"]),
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
        &["صنایع", "صناعات", "sanaye", "sanayi", "sanaat"],
    ),
    ("center", &["مرکز", "مركز", "markaz", "markaze"]),
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
    ("university", &["دانشگاه", "جامعة", "daneshgah"]),
    (
        "headquarters",
        // English calls a ستاد of the armed forces its staff (General Staff).
        &["ستاد", "قرارگاه", "setad", "gharargah", "qarargah", "staff"],
    ),
    ("army", &["ارتش", "جيش", "artesh", "jaish", "jaysh"]),
    (
        "front",
        &["جبهه", "جبهة", "jebhe", "jebheh", "jabhat", "jabha"],
    ),
    ("party", &["حزب", "hezb", "hizb"]),
    (
        "brigades",
        &["سرايا", "كتائب", "لواء", "saraya", "kataib", "liwa"],
    ),
    ("division", &["فرقة", "لشکر", "firqa", "firqat"]),
    ("movement", &["حرکت", "حركة", "harakat", "haraka"]),
    ("agency", &["خبرگزاری", "وكالة", "khabargozari"]),
    (
        "airlines",
        &["هواپیمایی", "havapeymaei", "air", "airline", "airways"],
    ),
    ("shipping", &["کشتیرانی", "keshtirani"]),
    ("research", &["تحقیقات", "پژوهش", "tahghighat", "tahqiqat"]),
    // Names say oil and petroleum for one thing (النفط: Syrian Petroleum Company).
    ("oil", &["نفت", "naft", "petroleum"]),
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
        &["انقلاب", "انقلابی", "enghelab", "enqelab", "inqilab"],
    ),
    ("guard", &["پاسداران", "حرس", "pasdaran", "guards"]),
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
    ("defence", &["دفاع", "defa", "defaa", "defense"]),
    ("energy", &["انرژی", "طاقة"]),
    ("atomic", &["اتمی", "atomi"]),
    ("aerospace", &["هوافضا", "هوافضای", "havafaza"]),
    (
        "trading",
        &[
            "بازرگانی",
            "تجارت",
            "تجارة",
            "bazargani",
            "tejarat",
            "tijara",
        ],
    ),
    ("engineering", &["مهندسی", "mohandesi"]),
    (
        "construction",
        &["ساختمان", "سازندگی", "sakhteman", "sazandegi"],
    ),
    ("state", &["دولت", "دولة", "الدولة", "dawla", "dowlat"]),
    ("armed", &["مسلح", "المسلحة", "مسلحة"]),
    ("fighting", &["المقاتلة", "مقاتلة"]),
    ("holding", &["القابضة", "قابضة"]),
    ("special", &["ویژه", "الخاصة"]),
    ("police", &["پلیس", "شرطة", "الشرطة"]),
    ("aviation", &["هوایی", "الطيران", "طيران"]),
    ("aircraft", &["هواپیما"]),
    (
        "central",
        &["مرکزی", "مرکزى", "مركزي", "المركزي", "المركزية"],
    ),
    ("south", &["جنوبی", "الجنوبية", "جنوب"]),
    ("north", &["شمالی", "الشمالية", "شمال"]),
    ("marine", &["دریایی", "دریای", "البحرية", "بحري"]),
    ("services", &["خدمات", "الخدمات"]),
    ("protection", &["حماية", "الحماية"]),
    ("liberation", &["تحرير", "آزادی", "azadi", "tahrir"]),
    (
        "resistance",
        &["مقاومت", "مقاومة", "المقاومة", "moqavemat", "muqawama"],
    ),
    ("cooperation", &["تعاون", "تعاونی", "taavon", "cooperative"]),
    // What bodies and companies do: the sector and function words their names are made of.
    ("gas", &["گاز", "غاز", "الغاز"]),
    ("petrochemical", &["پتروشیمی", "البتروكيماويات"]),
    ("design", &["طراحی", "تصميم"]),
    ("manufacturing", &["ساخت", "تصنيع", "التصنيع"]),
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
    (
        "electronics",
        &["الکترونیک", "الکترونیکی", "إلكترونيات", "electronic"],
    ),
    ("communications", &["ارتباطات", "الاتصالات", "اتصالات"]),
    ("telecommunication", &["مخابرات", "telecommunications"]),
    ("development", &["توسعه", "التنمية", "تنمية"]),
    ("investment", &["الاستثمار", "استثمار", "investments"]),
    ("insurance", &["بیمه", "التأمين", "تأمين"]),
    ("steel", &["فولاد", "الصلب"]),
    ("mining", &["معدن", "معادن", "التعدين", "mines"]),
    ("electricity", &["برق", "الكهرباء", "كهرباء"]),
    ("council", &["مجلس", "المجلس"]),
    ("committee", &["کمیته", "لجنة", "اللجنة"]),
    ("foreign", &["خارجه", "الخارجية"]),
    ("affairs", &["امور", "شؤون"]),
    ("health", &["بهداشت", "الصحة"]),
    ("economic", &["اقتصادی", "الاقتصادية", "اقتصاد"]),
    (
        "technology",
        &["فناوری", "تکنولوژی", "التكنولوجيا", "technologies"],
    ),
    ("charity", &["خیریه", "الخيرية", "خيرية", "charitable"]),
    ("relief", &["امداد", "الإغاثة", "إغاثة"]),
    ("industrial", &["صنعتی", "الصناعية"]),
    ("factory", &["کارخانه", "مصنع"]),
    ("commercial", &["تجاری", "التجارية"]),
    ("general", &["عمومی", "العامة"]),
    ("tanker", &["نفتکش", "ناقلة", "tankers"]),
    ("enforcement", &["انتظامی", "entezami"]),
    ("judiciary", &["قضاییه", "القضائية"]),
    ("court", &["دادگاه", "محكمة", "المحكمة"]),
    ("missile", &["موشکی", "صاروخ", "الصواريخ", "missiles"]),
    ("iran", &["ایران", "إيران", "ايران"]),
    ("egypt", &["مصر", "المصري", "المصرية", "مصري"]),
    ("libya", &["ليبيا", "الليبية", "الليبي", "ليبي"]),
    ("afghanistan", &["افغانستان", "أفغانستان"]),
    ("pakistan", &["پاکستان", "باكستان"]),
    ("levant", &["الشام", "شام", "sham"]),
    ("iraq", &["عراق", "العراق"]),
    ("syria", &["سوريا", "سورية", "سوریه"]),
    ("lebanon", &["لبنان"]),
    ("yemen", &["یمن", "اليمن"]),
    ("transport", &["نقل", "النقل", "ترابری"]),
    // Cities whose English name is no romanisation of their own.
    ("damascus", &["دمشق", "dimashq"]),
    ("aleppo", &["حلب", "halab"]),
    ("cairo", &["القاهرة", "القاهره", "qahira"]),
    ("tripoli", &["طرابلس", "tarabulus"]),
    ("crown", &["تاج"]),
    ("castle", &["قلعة", "القلعة", "قلعه"]),
];

/// Bodies known by an acronym that names of their branches use in place of the full name
/// (IRGC Aerospace Force, IRGC Intelligence Organization): the acronym among other words
/// is read as the full name, in English word order.
const WELL_KNOWN_BODIES: &[(&str, &[&str])] =
    &[("irgc", &["islamic", "revolutionary", "guard", "corps"])];

/// Writes out, in `words` (an organisation's words after translation), the full name of a
/// [`WELL_KNOWN_BODIES`] acronym that stands among other words. A name that is the acronym
/// alone stays an acronym: it compares letter for letter, and links only where it is
/// carried. In Persian and Arabic script a سپاه (corps) among other words and without the
/// rest of the full name is the IRGC too (سازمان اطلاعات سپاه, the IRGC Intelligence
/// Organization; Bank Sepah is سپه).
pub(crate) fn write_out_well_known_bodies(words: &mut Vec<String>, script: crate::Script) {
    if words.len() < 2 {
        return;
    }
    for (acronym, full) in WELL_KNOWN_BODIES {
        let at = words.iter().position(|w| w == acronym).or_else(|| {
            let corps = full.last().copied().unwrap_or_default();
            let written_out = full.iter().all(|f| words.iter().any(|w| w == f));
            (script == crate::Script::Arabic && !written_out)
                .then(|| words.iter().position(|w| w == corps))
                .flatten()
        });
        if let Some(at) = at {
            let mut rest: Vec<String> = std::mem::take(words);
            let after = rest.split_off(at + 1);
            rest.pop();
            // Words of the full name already written after it (سپاه پاسداران) are not
            // doubled.
            rest.extend(full.iter().map(|f| f.to_string()));
            rest.extend(after.into_iter().filter(|w| !full.contains(&w.as_str())));
            *words = rest;
            return;
        }
    }
}

fn table() -> &'static FxHashMap<String, &'static str> {
    static TABLE: OnceLock<FxHashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (english, words) in TERMS {
            map.insert((*english).to_string(), *english);
            for w in *words {
                // A script word may transliterate to an article and the word ("al dula").
                let ascii = crate::to_ascii(w);
                let key = ascii
                    .split_whitespace()
                    .last()
                    .unwrap_or_default()
                    .to_string();
                map.insert(key, *english);
            }
        }
        map
    })
}

/// The English word an organisation-name word says, if the table knows it.
pub(crate) fn english(word: &str) -> Option<&'static str> {
    // Every word in the table is three letters or more.
    if word.len() < 3 {
        return None;
    }
    table().get(word).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
