//! Word lists: particles, honorifics, organisation legal forms and generic words.
//! All entries are in the transliterated lower-case ASCII form `to_ascii` produces.

use rustc_hash::{FxHashMap, FxHashSet};

/// Whether `w` is one of a word list's words: the list as a set, built on first use (the
/// lists run to hundreds of words, and names are read word by word against several).
macro_rules! is_in {
    ($list:ident, $w:expr) => {{
        static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
        SET.get_or_init(|| $list.iter().copied().collect())
            .contains($w)
    }};
}

const PARTICLES: &[&str] = &[
    "al", "el", "ul", "ol", "e", "ad", "ed", "ar", "as", "at", "ash", "az", "bin", "ibn", "bint",
    "binti", "bte", "de", "da", "del", "della", "di", "du", "der", "den", "van", "von", "le", "la",
    "y", "dos", "das", "ould",
    // The izafa of Mati ur-Rehman, Zia ul-Haq, left alone where a list puts the family name
    // first (UR-REHMAN, Mati).
    "ur", "ul", // Arabic script's bin, ibn, bint and ould as `to_ascii` writes them.
    "bn", "abn", "bnt", "vld",
];

/// Titles that are never part of a name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "maj",
    "captain",
    "capt",
    "brigadier",
    "lieutenant",
    "lt",
    "commander",
    "admiral",
    "eng",
    "engineer",
    "president",
    "minister",
    "jr",
    "sr",
    "ayatollah",
    "ayatullah",
    "hojatoleslam",
    "hojjatoleslam",
];

/// Honorifics that are also family or given names (Sheikh Hasina, Sultan, Emir).
const HONORIFICS: &[&str] = &[
    "haji", "hajji", "hadji", "haj", "hajj", "sheikh", "shaikh", "sheik", "shaykh", "sayed",
    "sayyed", "seyed", "seyyed", "syed", "sayyid", "mullah", "mulla", "maulvi", "maulana",
    "mawlawi", "mawlavi", "mufti", "imam", "qari", "prince", "princess", "king", "queen", "emir",
    "sultan", "pasha", "bey",
];

const ORG_STOPWORDS: &[&str] = &[
    "and", "e", "ye", "va", "of", "the", "for", "und", "et", "des", "du", "der", "die", "das",
    "la", "le", "les", "el", "y", "de", "i", "in", "on", "a",
    // Arabic-script names: the article, in, and (و alone or as Persian va), for, by; and the
    // same before the article, written apart (wal-Jihad, fil-Iraq).
    "al", "fi", "v", "wa", "li", "bi", "ila", "wal", "fil", "bil", "lil",
    // French names' little words (Mouvement pour l'Unification); not those that are as often
    // a body's acronym (AU, EN Bank, PAR).
    "pour", "aux",
];

const GENERIC: &[&str] = &[
    "bank",
    "banca",
    "banco",
    "international",
    "intl",
    "trading",
    "trade",
    "ministry",
    "industries",
    "industry",
    "industrial",
    "services",
    "service",
    "news",
    "general",
    "comprehensive",
    "affairs",
    "national",
    "authority",
    "committee",
    "council",
    "fund",
    "investment",
    "investments",
    "development",
    "management",
    "global",
    "import",
    "export",
    "commercial",
    "engineering",
    "technology",
    "technologies",
    "systems",
    "solutions",
    "logistics",
    "shipping",
    "petroleum",
    "oil",
    "gas",
    "energy",
    "construction",
    "manufacturing",
    "university",
    "state",
    "federal",
    "republic",
    "islamic",
    "united",
    "partners",
    "capital",
    "finance",
    "financial",
    "insurance",
    "trust",
    "resources",
    "products",
    "production",
    "electronics",
    "electric",
    "chemical",
    "chemicals",
    "metals",
    "mining",
    "airlines",
    "air",
    "aviation",
    "marine",
    "maritime",
    "navigation",
    "line",
    "transport",
    "exchange",
    "sciences",
    "science",
    "research",
    "project",
    "projects",
    "factory",
    "plant",
    "works",
    "bureau",
    "directorate",
    "movement",
    "front",
    "army",
    "brigade",
    "brigades",
    "forces",
    "force",
    "party",
    "network",
    "union",
    "corps",
    "prison",
    "headquarters",
    "division",
    "money",
    "protection",
    "security",
    "guarding",
    "software",
    "establishment",
    "institution",
    "mines",
    // Shahid, the martyr a body is named for (Shahid Hemmat Industrial Group), which English
    // names often leave out: the name that follows tells bodies apart.
    "martyr",
    "martyrs",
];

/// Legal forms, longest phrases first, with their canonical abbreviation.
const LEGAL_FORMS: &[(&[&str], &str)] = &[
    (&["gesellschaft", "mit", "beschrankter", "haftung"], "gmbh"),
    (&["limited", "liability", "company"], "llc"),
    (&["limited", "liability", "partnership"], "llp"),
    (&["public", "joint", "stock", "company"], "pjsc"),
    (&["open", "joint", "stock", "company"], "ojsc"),
    (&["closed", "joint", "stock", "company"], "cjsc"),
    (&["joint", "stock", "company"], "jsc"),
    (&["public", "limited", "company"], "plc"),
    (&["private", "limited", "company"], "ltd"),
    (
        &["obshchestvo", "s", "ogranichennoy", "otvetstvennostyu"],
        "llc",
    ),
    (&["aktsionernoe", "obshchestvo"], "jsc"),
    (&["societe", "anonyme"], "sa"),
    (&["societatea", "cu", "raspundere", "limitata"], "srl"),
    (&["societa", "a", "responsabilita", "limitata"], "srl"),
    (&["sp", "z", "o", "o"], "spzoo"),
    (&["sp", "zoo"], "spzoo"),
    (
        &["spolka", "z", "ograniczona", "odpowiedzialnoscia"],
        "spzoo",
    ),
    (&["sociedad", "limitada"], "sl"),
    (&["besloten", "vennootschap"], "bv"),
    (&["naamloze", "vennootschap"], "nv"),
    (&["sociedad", "anonima"], "sa"),
    (&["societa", "per", "azioni"], "spa"),
    (&["sdn", "bhd"], "sdnbhd"),
    (&["pvt", "ltd"], "ltd"),
    (&["pty", "ltd"], "ltd"),
    (&["co", "ltd"], "ltd"),
    (&["limited"], "ltd"),
    (&["ltd"], "ltd"),
    (&["incorporated"], "inc"),
    (&["inc"], "inc"),
    (&["corporation"], "corp"),
    (&["corp"], "corp"),
    (&["company"], "co"),
    // Persian's companies (شرکت‌های) are read as its company: English's too.
    (&["companies"], "co"),
    (&["co"], "co"),
    (&["llc"], "llc"),
    (&["llp"], "llp"),
    (&["plc"], "plc"),
    (&["aktiengesellschaft"], "ag"),
    (&["ag"], "ag"),
    (&["gmbh"], "gmbh"),
    (&["sa"], "sa"),
    (&["sarl"], "sarl"),
    (&["srl"], "srl"),
    (&["spa"], "spa"),
    (&["bv"], "bv"),
    (&["nv"], "nv"),
    (&["oy"], "oy"),
    (&["ab"], "ab"),
    (&["jsc"], "jsc"),
    (&["ojsc"], "ojsc"),
    (&["pjsc"], "pjsc"),
    (&["cjsc"], "cjsc"),
    (&["zao"], "cjsc"),
    (&["oao"], "ojsc"),
    (&["pao"], "pjsc"),
    (&["ooo"], "llc"),
    (&["tov"], "llc"),
    (&["lp"], "lp"),
    (&["kg"], "kg"),
    (&["pte"], "pte"),
    (&["bhd"], "bhd"),
    (&["tbk"], "tbk"),
    (&["fze"], "fze"),
    (&["dmcc"], "dmcc"),
    (&["fzco"], "fzco"),
    (&["fzc"], "fzc"),
    (&["kft"], "kft"),
    (&["fz"], "fz"),
    // As Arabic script writes them: "free zone" (منطقة حرة), its FZCO with spaces (ش م ح), and
    // Limited in Persian letters (لمتد, لیمیتد).
    (&["mntqa", "hra"], "fz"),
    // The same words once the table has read them (منطقة, zone; حرة, free), and in English.
    (&["zone", "free"], "fz"),
    (&["free", "zone"], "fz"),
    (&["sh", "mh"], "fzco"),
    (&["lmtd"], "ltd"),
    (&["limtd"], "ltd"),
    (&["limitd"], "ltd"),
    (&["doo"], "doo"),
];

pub fn is_particle(w: &str) -> bool {
    is_in!(PARTICLES, w)
}

pub fn is_honorific(w: &str) -> bool {
    is_in!(HONORIFICS, w)
}

/// Honorifics written in Arabic script, as `to_ascii` writes them (سيد, حاجی, ملا, مولوی,
/// شيخ, قاری, مفتی, سلطان): Latin spellings carry vowels these lack.
const UNVOWELLED_HONORIFICS: &[&str] = &[
    "sid", "syd", "haji", "haj", "hajj", "mla", "mlla", "mulvi", "mulana", "mulavi", "shikh",
    "shykh", "qari", "mfti", "sltan",
];

pub fn is_unvowelled_honorific(w: &str) -> bool {
    is_in!(UNVOWELLED_HONORIFICS, w)
}

/// Of those, the ones that are only ever honorifics before a name, wherever a list puts them
/// (خاتمی سید احمد, family name first): Sayyid, Haji, Mullah, Mawlawi, Sheikh, Mufti. Sultan
/// and Qari are names too further on (آل سلطان).
pub fn is_unvowelled_honorific_anywhere(w: &str) -> bool {
    matches!(
        w,
        "sid"
            | "syd"
            | "haji"
            | "haj"
            | "hajj"
            | "mla"
            | "mlla"
            | "mulvi"
            | "mulana"
            | "mulavi"
            | "shikh"
            | "shykh"
            | "mfti"
    )
}

/// Titles written in Arabic script, as `to_ascii` writes them, each a run of words: doctor,
/// engineer, the Iranian ranks (سردار, سرتیپ, سرلشکر, سرهنگ, سپهبد), the clerical ranks
/// (آیت الله, حجت الاسلام و المسلمین) and Sheikh al-Hadith. None is ever a name.
const UNVOWELLED_TITLES: &[&[&str]] = &[
    &["hjtalaslam", "va", "al", "mslmin"],
    &["hjtalaslam", "val", "mslmin"],
    &["hjt", "al", "aslam", "va", "al", "mslmin"],
    &["hjt", "al", "aslam", "val", "mslmin"],
    &["hjtalaslam"],
    &["hjt", "al", "aslam"],
    &["hjt", "alaslam"],
    &["aytallah", "al", "azmi"],
    &["aytallah"],
    &["shikh", "al", "hdits"],
    &["shikh", "al", "aslam"],
    &["al", "dktur"],
    &["dktr"],
    &["dktur"],
    &["mhnds"],
    &["srdar"],
    &["srtip"],
    &["srlshkr"],
    &["srhng"],
    &["spahbd"],
];

/// The number of words of an Arabic-script title that `words` opens with, if any.
pub fn unvowelled_title_at(words: &[String]) -> Option<usize> {
    UNVOWELLED_TITLES
        .iter()
        .find(|t| t.len() <= words.len() && t.iter().zip(words).all(|(a, b)| *a == b))
        .map(|t| t.len())
}

pub fn is_title(w: &str) -> bool {
    is_in!(TITLES, w)
}

pub fn is_org_stopword(w: &str) -> bool {
    is_in!(ORG_STOPWORDS, w)
}

/// Words of names in Arabic script that English names of the same bodies leave unsaid, as
/// transliterated: Pashto's "of" and "and" (د، او), and بلاد, "the lands of" a region
/// (بلاد المغرب, the Maghreb; بلاد الشام, the Levant); Persian's "with" and "in" (با, در: ستاد
/// مبارزه با مواد مخدر, the headquarters for combat with narcotics).
pub fn is_unvowelled_org_stopword(w: &str) -> bool {
    matches!(w, "d" | "av" | "blad" | "ba" | "dr")
}

/// Whether a romanisation writes Arabic's article before this letter as the letter itself,
/// doubled (an-Nahda, ennahda, ar-Rahma, as-Salam): the sun letters Latin writes with one
/// letter. (sh, th and dh take it too, as their first letter.)
pub fn takes_assimilated_article(letter: u8) -> bool {
    matches!(letter, b't' | b'd' | b'r' | b'z' | b's' | b'n')
}

/// Persian's prepositions written apart, as transliterated: از (from), به (to), برای (for)
/// (انجمن حمایت از حقوق کودکان, the Society for Protecting the Rights of the Child); and کننده,
/// کنندگان, the doer of a compound verb written apart, which English says in the noun (عودت
/// کنندگان, returnees; تولید کننده, producer). Only in Persian: Arabic عز reads "az" too (حديد
/// عز, Ezz Steel).
pub fn is_persian_org_stopword(w: &str) -> bool {
    matches!(w, "az" | "be" | "bray" | "knnde" | "knndgan")
}

pub fn is_generic(w: &str) -> bool {
    is_in!(GENERIC, w) || is_in!(ORG_TYPES, w)
}

/// Generic words that say only what kind of body a name is (company, group, lines), as
/// against those that say what it does (export, development; in `GENERIC`): a name may leave its type
/// out (Shipping Lines, Shipping Company, Shipping), rarely what it does.
const ORG_TYPES: &[&str] = &[
    "company",
    "group",
    "grupo",
    "groupe",
    "lines",
    "organization",
    "organisation",
    "corporation",
    "enterprise",
    "enterprises",
    "holding",
    "holdings",
    "foundation",
    "institute",
    "association",
    "society",
    "center",
    "centre",
    "agency",
    "office",
    "department",
    // The kinds of armed body, which translations render one for another (فرقة a division or
    // a brigade).
    "division",
    "brigade",
    "brigades",
    "battalion",
    "regiment",
    "militia",
    "command",
    "force",
    "forces",
    "unit",
    "units",
    // Working bodies, which translations name one for another (کمیته امداد, the Relief
    // Committee or Foundation).
    "committee",
    // State bodies, which translations name one for another (هيئة, an authority, a
    // commission, a board; سازمان, an organisation or an administration).
    "administration",
    "authority",
    "commission",
    "board",
    "directorate",
    // Media, which are known by their titles alone (روزنامه کیهان, Kayhan; قناة الجزيرة,
    // Al Jazeera).
    "newspaper",
    "channel",
    "magazine",
];

pub fn is_org_type(w: &str) -> bool {
    is_in!(ORG_TYPES, w)
}

/// The legal forms by their first word (exact matches) and by their first letter (the
/// several-word ones, for slips): each list in the table's order, so that the first phrase
/// found is the one a scan of the whole table finds first.
struct LegalFormIndex {
    by_first_word: FxHashMap<&'static str, Vec<usize>>,
    long_by_first_letter: Vec<Vec<usize>>,
}

fn legal_form_index() -> &'static LegalFormIndex {
    static INDEX: std::sync::OnceLock<LegalFormIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = LegalFormIndex {
            by_first_word: FxHashMap::default(),
            long_by_first_letter: vec![Vec::new(); 256],
        };
        for (i, (phrase, _)) in LEGAL_FORMS.iter().enumerate() {
            let Some(first) = phrase.first() else {
                continue;
            };
            index.by_first_word.entry(first).or_default().push(i);
            if phrase.len() >= 2 {
                if let Some(&b) = first.as_bytes().first() {
                    index.long_by_first_letter[usize::from(b)].push(i);
                }
            }
        }
        index
    })
}

/// A legal form starting at `words[0]`: how many words it spans and its canonical form.
pub fn legal_form_at(words: &[String]) -> Option<(usize, &'static str)> {
    let first = words.first()?;
    let index = legal_form_index();
    let exact = index
        .by_first_word
        .get(first.as_str())
        .into_iter()
        .flatten()
        .find_map(|&i| {
            let (phrase, canonical) = LEGAL_FORMS[i];
            (words.len() >= phrase.len() && phrase.iter().zip(words).all(|(p, w)| p == w))
                .then_some((phrase.len(), canonical))
        });
    if exact.is_some() {
        return exact;
    }
    // Phrases of several words survive a slip or a cut-off end (JOYNT STOCK COMPANY,
    // JOINT STOCK COMPAN): every long word within one letter, or the last one truncated.
    // A slip is rarely in the first letter: only phrases opening on the word's are tried.
    let letter = usize::from(*first.as_bytes().first()?);
    index.long_by_first_letter[letter].iter().find_map(|&i| {
        let (phrase, canonical) = LEGAL_FORMS[i];
        if words.len() < phrase.len() {
            return None;
        }
        let last = phrase.len() - 1;
        let ok = phrase.iter().zip(words).enumerate().all(|(i, (p, w))| {
            p == w
                || (p.len() >= 4 && one_edit(p, w))
                || (i == last && w.len() >= 5 && p.starts_with(w.as_str()))
        });
        ok.then_some((phrase.len(), canonical))
    })
}

/// Whether two words are at most one substitution, insertion or deletion apart.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        if edits > 1 {
            return false;
        }
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

/// Place words that qualify an organisation name (FABERLIC EUROPE): they count for less than
/// a generic word.
const REGIONS: &[&str] = &[
    "europe",
    "european",
    "asia",
    "asian",
    "africa",
    "african",
    "america",
    "americas",
    "american",
    "pacific",
    "middle",
    "east",
    "west",
    "north",
    "south",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "overseas",
    "worldwide",
];

pub fn is_region(w: &str) -> bool {
    is_in!(REGIONS, w)
}

/// Cities whose names close Persian and Arabic names of a body's local branch or site (زندان
/// سپیدار اهواز, Sepidar Prison of Ahvaz), in the script: Iran's provincial capitals and the
/// region's other capitals and large cities. One word each (a name's words are looked up one
/// at a time), and none that is also a country (الكويت) or another word (عمان, Amman and Oman).
const SCRIPT_CITIES: &[&str] = &[
    "تهران",
    "مشهد",
    "اصفهان",
    "تبریز",
    "شیراز",
    "اهواز",
    "قم",
    "کرج",
    "کرمانشاه",
    "ارومیه",
    "رشت",
    "زاهدان",
    "کرمان",
    "همدان",
    "یزد",
    "اردبیل",
    "بندرعباس",
    "اراک",
    "زنجان",
    "سنندج",
    "قزوین",
    "خرمآباد",
    "گرگان",
    "ساری",
    "بوشهر",
    "بیرجند",
    "ایلام",
    "شهرکرد",
    "یاسوج",
    "سمنان",
    "بجنورد",
    "آبادان",
    "دزفول",
    "کاشان",
    "بغداد",
    "البصرة",
    "الموصل",
    "أربيل",
    "دمشق",
    "حلب",
    "حمص",
    "بيروت",
    "صنعاء",
    "القاهرة",
    "الرياض",
    "جدة",
    "الدوحة",
    "دبي",
    "أبوظبي",
    "المنامة",
    "مسقط",
    "طرابلس",
    "بنغازي",
    "الخرطوم",
    "غزة",
];

/// Whether a transliterated word of a name in Arabic script is one of [`SCRIPT_CITIES`].
pub fn is_script_city(w: &str) -> bool {
    static SET: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        SCRIPT_CITIES
            .iter()
            .filter_map(|city| {
                crate::to_ascii(city)
                    .split_whitespace()
                    .last()
                    .map(str::to_string)
            })
            .filter(|key| key.len() >= 3)
            .collect()
    })
    .contains(w)
}

/// Vessel name prefixes (MV Hellenic Spirit): a type of ship, not its name.
const VESSEL_PREFIXES: &[&str] = &["mv", "mt", "ms", "ss", "mfv", "fv", "rv", "my", "sy"];

pub fn is_vessel_prefix(w: &str) -> bool {
    is_in!(VESSEL_PREFIXES, w)
}

/// Multi-word names of states and bodies and their usual abbreviations, canonicalised to the
/// abbreviation (U.S. Department of State = United States Department of State).
const ABBREVIATIONS: &[(&[&str], &str)] = &[
    (&["united", "states", "of", "america"], "us"),
    (&["united", "states"], "us"),
    (&["usa"], "us"),
    (&["united", "kingdom"], "uk"),
    (&["united", "nations"], "un"),
    (&["european", "union"], "eu"),
    (&["united", "arab", "emirates"], "uae"),
];

/// Replace known multi-word names by their abbreviation.
pub fn abbreviate(mut words: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    'outer: while i < words.len() {
        for (phrase, abbr) in ABBREVIATIONS {
            if words.len() - i >= phrase.len()
                && phrase.iter().zip(&words[i..]).all(|(p, w)| p == w)
            {
                out.push((*abbr).to_string());
                i += phrase.len();
                continue 'outer;
            }
        }
        // Phrases are matched from a word onwards: the words before it are not read again.
        out.push(std::mem::take(&mut words[i]));
        i += 1;
    }
    out
}

/// Legal forms often written with dots (L.L.C., S.A.), longest first.
pub const DOTTED_FORMS: &[&str] = &[
    "llc", "plc", "llp", "sarl", "srl", "spa", "lp", "sa", "bv", "nv", "ag", "ab", "kg",
];

const ROMAN: &[&str] = &[
    "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xx",
];

pub fn is_roman_numeral(w: &str) -> bool {
    is_in!(ROMAN, w)
}

/// An East Slavic patronymic as the lists romanise it (Stepanovich, Olegovna, Mikalaevich,
/// Ivanavich, Petrivna), lower-case ASCII: a middle name reports leave out.
pub fn is_patronymic(w: &str) -> bool {
    w.len() >= 7
        && [
            "ovich", "evich", "avich", "ovych", "evych", "ovitch", "ovna", "evna", "ivna", "ichna",
            "auna", "euna",
        ]
        .iter()
        .any(|end| w.ends_with(end))
}

/// The number an English number word says ("seventh", "forty"), if it says one.
pub(crate) fn number_of_word(w: &str) -> Option<u32> {
    unit(w).or_else(|| tens(w))
}

fn unit(w: &str) -> Option<u32> {
    Some(match w {
        "one" | "first" | "1st" => 1,
        "two" | "second" | "2nd" => 2,
        "three" | "third" | "3rd" => 3,
        "four" | "fourth" | "4th" => 4,
        "five" | "fifth" | "5th" => 5,
        "six" | "sixth" | "6th" => 6,
        "seven" | "seventh" | "7th" => 7,
        "eight" | "eighth" | "8th" => 8,
        "nine" | "ninth" | "9th" => 9,
        "ten" | "tenth" | "10th" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Number words to digits: "forty four" and "forty 4" → "44", "first" → "1". Organisation
/// names write the same number both ways (Brigade Forty-Four / Brigade 44).
pub fn numbers_to_digits(mut words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        if let Some(t) = tens(w) {
            let next = words.get(i + 1).map(String::as_str);
            let u = next.and_then(|n| {
                unit(n)
                    .filter(|u| *u < 10)
                    .or_else(|| n.parse::<u32>().ok().filter(|d| *d < 10))
            });
            match u {
                Some(u) => {
                    out.push((t + u).to_string());
                    i += 2;
                }
                None => {
                    out.push(t.to_string());
                    i += 1;
                }
            }
            continue;
        }
        match unit(w) {
            Some(u) => out.push(u.to_string()),
            // The words before this one are not read again.
            None => out.push(std::mem::take(&mut words[i])),
        }
        i += 1;
    }
    out
}
