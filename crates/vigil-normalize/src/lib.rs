//! Name analysis for matching: any script to ASCII, tokens with roles and weights, and the
//! match keys (folded form, consonant skeleton) that make romanisation variants agree.
//!
//! No IO, and nothing here can fail: any input, however odd, yields an [`AnalyzedName`]
//! (possibly with no parts).
//!
//! ```
//! use vigil_normalize::{analyze, NameKind};
//!
//! let a = analyze("Asadollah Assadi", NameKind::Person);
//! let b = analyze("اسدالله اسدی", NameKind::Person);
//! assert_eq!(a.parts[0].skeleton, b.parts[0].skeleton);
//! let c = analyze("Example Trading Co., Ltd.", NameKind::Organization);
//! assert!(c.parts.iter().any(|p| p.role == vigil_normalize::PartRole::LegalForm));
//! ```

mod compounds;
mod fold;
pub mod lexicon;
mod orgterms;
mod translit;
mod variants;

pub use fold::{fold, skeleton, skeleton_letters_apart, skeleton_readings};
pub use translit::{is_default_ignorable, persian_orthography, to_ascii, Script};
pub use variants::name_variants;

/// A name part's texts: almost all fit in the value itself (24 bytes), so a part is read
/// without following a pointer per text (see ARCHITECTURE.md, compact_str).
pub use compact_str::CompactString;

/// What kind of thing a name names: persons and organisations are parsed differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum NameKind {
    Person,
    Organization,
    /// Vessels, aircraft, anything else: organisation rules without legal forms mattering.
    Other,
}

/// The role of a name part, which sets how much it counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum PartRole {
    /// A given or family name, or a distinctive word of an organisation's name.
    Regular,
    /// A single letter standing for a name (J. in John F. Kennedy).
    Initial,
    /// al, bin, ibn, van, de, -e: joins names, says little.
    Particle,
    /// A word many organisation names share: bank, group, ministry, trading.
    Generic,
    /// Ltd, LLC, GmbH, JSC, Aktiengesellschaft (canonicalised).
    LegalForm,
    /// Digits: must agree exactly.
    Number,
}

/// One analysed part of a name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NamePart {
    /// Transliterated, lower-case ASCII.
    pub text: CompactString,
    /// Romanisation variants folded together (see [`fold`]).
    pub folded: CompactString,
    /// Consonant skeleton of `folded` (see [`skeleton`]).
    pub skeleton: CompactString,
    pub role: PartRole,
    /// How much the part counts in a comparison (0..=1).
    pub weight: f32,
    /// True when the part was written in a script without short vowels (Arabic, Persian), so
    /// only its skeleton is reliable.
    pub unvowelled: bool,
    /// True for Han and Hangul names, whose romanisation is a syllable per character: they
    /// compare as whole strings, exactly.
    pub script_bound: bool,
    /// The country a word of an organisation's name names (Iran, Iranian: "ir"): a qualifier
    /// that weighs little and matches any other word for the same country.
    pub country: Option<[u8; 2]>,
    /// An acronym (IRGC, EU): compared letter for letter, not folded.
    pub acronym: bool,
    /// Which letters and digits `folded` contains (bit per a-z, one for any digit): parts whose
    /// masks differ in more than 2k bits are more than k edits apart, a test of one instruction.
    pub mask: u32,
    /// For a word of an organisation's name the term table translated, its other readings,
    /// each linking the next: the other senses English names give the word (وزارت کشور,
    /// Ministry of Interior; امنیت کشور, national security), then the word as written,
    /// transliterated (an English list may keep الخدمات romanised: "Makhtab al-Khidamat").
    /// A comparison takes the best reading (see [`NamePart::readings`]).
    pub other_reading: Option<Box<NamePart>>,
    /// An Arabic-script word with an ع or ء inside it, which transliteration leaves silent
    /// but romanisations write as a vowel or an apostrophe (سعد Sa'd, Saad; رعد Ra'ad): one
    /// consonant more than its skeleton shows.
    #[serde(default)]
    pub ain_inside: bool,
    /// A word of an organisation's name found only in parentheses: a remark or another way of
    /// writing the name (HANIFA EXCHANGE OFFICE (BRANCH LOCATED IN ...)), which another name
    /// of the body leaves out.
    #[serde(default)]
    pub aside: bool,
    /// An Arabic-script word whose transliteration's "ts" and "dz" are two letters each (ت
    /// then س or ص, د then ز), its name writing no ث ذ ض ظ, which transliterate so too: they
    /// are not read as the one letter romanisations write for those (الاتصالات is no Ettelaat).
    #[serde(default)]
    pub ts_dz_apart: bool,
}

/// The letter-presence mask of an ASCII string (see [`NamePart::mask`]).
pub fn letter_mask(s: &str) -> u32 {
    s.bytes().fold(0u32, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << 26,
        _ => m,
    })
}

/// A name ready for comparison.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AnalyzedName {
    pub original: String,
    pub kind: NameKind,
    pub script: Script,
    pub parts: Vec<NamePart>,
    /// Honorifics and titles that were set aside (Dr, Sheikh, Ayatollah), for explanations.
    pub dropped: Vec<String>,
}

impl AnalyzedName {
    /// Total weight of the parts that must find a counterpart (particles and legal forms excluded).
    pub fn core_weight(&self) -> f32 {
        self.parts
            .iter()
            .filter(|p| p.counts())
            .map(|p| p.weight)
            .sum()
    }

    /// Parts that must find a counterpart.
    pub fn core_parts(&self) -> impl Iterator<Item = (usize, &NamePart)> {
        self.parts.iter().enumerate().filter(|(_, p)| p.counts())
    }
}

impl NamePart {
    /// The part as read, then its other readings (see [`NamePart::other_reading`]).
    pub fn readings(&self) -> impl Iterator<Item = &NamePart> {
        std::iter::successors(Some(self), |p| p.other_reading.as_deref())
    }

    /// Whether the part must find a counterpart for two names to match.
    pub fn counts(&self) -> bool {
        !matches!(self.role, PartRole::Particle | PartRole::LegalForm)
    }

    fn new(text: String, role: PartRole, unvowelled: bool) -> NamePart {
        let folded = fold(&text);
        let skeleton = skeleton(&folded);
        let weight = match role {
            PartRole::Regular if text.len() <= 2 => 0.5,
            PartRole::Regular => 1.0,
            PartRole::Number => 1.0,
            PartRole::Initial => 0.3,
            PartRole::Generic => 0.35,
            PartRole::LegalForm => 0.1,
            PartRole::Particle => 0.1,
        };
        let mask = letter_mask(&folded);
        NamePart {
            text: text.into(),
            folded: folded.into(),
            skeleton: skeleton.into(),
            role,
            weight,
            unvowelled,
            script_bound: false,
            country: None,
            acronym: false,
            mask,
            other_reading: None,
            ain_inside: false,
            aside: false,
            ts_dz_apart: false,
        }
    }
}

/// Whether `word` is an English word of the table organisation names are translated with
/// (airport, ministry): a word an Arabic-script name's analysis may have put for its own.
pub fn is_org_term(word: &str) -> bool {
    orgterms::english(word) == Some(word)
}

/// Analyse a name. Persons keep initials and drop honorifics; organisations canonicalise legal
/// forms, join dotted abbreviations (L.L.C.) and mark generic words.
pub fn analyze(name: &str, kind: NameKind) -> AnalyzedName {
    let script = Script::detect(name);
    let prepared: std::borrow::Cow<'_, str> = if kind == NameKind::Person {
        std::borrow::Cow::Borrowed(name)
    } else if name.contains('&') {
        std::borrow::Cow::Owned(arabic_legal_forms(&name.replace('&', " and ")).into_owned())
    } else {
        arabic_legal_forms(name)
    };
    let prepared = if kind != NameKind::Person && prepared.contains(['\'', '’']) {
        std::borrow::Cow::Owned(countries_possessive_dropped(&prepared))
    } else {
        prepared
    };
    let acronyms = if kind == NameKind::Person {
        Vec::new()
    } else {
        acronyms_in(name)
    };
    // A person's name is not rewritten before this (`prepared` borrows `name`).
    let (prepared, sayyid_written) = if kind == NameKind::Person && script == Script::Arabic {
        sayyid_written_apart(name)
    } else {
        (prepared, false)
    };
    // French and Italian elide their article before a vowel (l'Ouest, l'Intérieur): a body's
    // name in Latin script is read without it, as it is without "le" and "la".
    let prepared = if kind != NameKind::Person && script == Script::Latin {
        assimilated_article_as_al(without_elided_article(prepared))
    } else {
        prepared
    };
    let ascii = to_ascii(&allah_heading_a_hyphenated_name(&prepared));
    let unvowelled = script == Script::Arabic;
    // Organisations' words inside and outside parentheses.
    let (bracketed, outside) = if kind != NameKind::Person && prepared.contains('(') {
        bracketed_words(&prepared)
    } else {
        (Vec::new(), Vec::new())
    };
    let mut words: Vec<String> = ascii.split_whitespace().map(str::to_string).collect();
    // The words, as transliterated, that had an ع or ء inside them (see
    // NamePart::ain_inside); found by their transliteration, since later steps join, drop
    // and translate words. And for a body's name, the pieces of those with one anywhere: the
    // table's words that are only such words transliterated are not read into the others
    // (see orgterms::senses_of_name_word). One transliteration serves both.
    let mut ain_inside: Vec<String> = Vec::new();
    let mut with_ain: Vec<String> = Vec::new();
    if unvowelled {
        for w in prepared
            .split_whitespace()
            .filter(|w| w.contains(['ع', 'ء']))
        {
            let ascii = to_ascii(w);
            if kind != NameKind::Person {
                with_ain.extend(ascii.split_whitespace().map(str::to_string));
            }
            if w.chars().skip(1).any(|c| matches!(c, 'ع' | 'ء')) {
                ain_inside.push(ascii);
            }
        }
    }
    if script == Script::Han {
        let joined: String = words.concat();
        let mut part = NamePart::new(joined, PartRole::Regular, false);
        part.script_bound = true;
        let parts = if part.text.is_empty() {
            Vec::new()
        } else {
            vec![part]
        };
        return AnalyzedName {
            original: name.to_string(),
            kind,
            script,
            parts,
            dropped: Vec::new(),
        };
    }
    words = compounds::join_compounds(words);
    let mut dropped = Vec::new();
    if kind == NameKind::Person && unvowelled {
        words = persons_titles_in_script(words, &mut dropped);
    }
    if kind != NameKind::Person && script == Script::Latin {
        words = orgterms::split_run_together_terms(words);
    }
    // Persian writes its prepositions and "and" apart: a name in Persian letters keeps its
    // words whole (فارابی is no ف before عرب).
    let persian = unvowelled && persian_orthography(name);
    if kind != NameKind::Person && unvowelled {
        words = orgterms::letter_names_as_letters(words);
        if !persian {
            words = orgterms::split_proclitics(words);
        }
        // A compound split in two may end in a phrase of one word (جهادخودکفایی): the phrases
        // are read again after the split.
        words = orgterms::translate_phrases(words);
        let before_split = words.len();
        words = orgterms::split_joined_terms(words);
        if words.len() > before_split {
            words = orgterms::translate_phrases(words);
        }
    }
    // English term → its other senses and the word it translated, in the name's order (the
    // n-th "council" of the parts is the n-th one translated: مجلس شورای).
    // An English word with other senses of its own (enforcement, police) is "translated" too,
    // with no written form to keep: its original is empty.
    let mut translated: Vec<(&'static str, &'static [&'static str], String)> = Vec::new();
    let orthography = if kind != NameKind::Person && unvowelled {
        orgterms::Orthography::of(name, persian)
    } else {
        orgterms::Orthography::Unknown
    };
    if kind != NameKind::Person {
        let mut after_article = false;
        for w in words.iter_mut() {
            let this_after_article = std::mem::replace(&mut after_article, w == "al");
            // An acronym is letters, whatever word they spell (SABA, a news agency's, is no
            // سابعة, seventh, transliterated).
            if acronyms.iter().any(|a| a == w) {
                continue;
            }
            // Inside, not equal: a word split off another (وصناعة) had its ع there.
            let has_ain = with_ain.iter().any(|a| a.contains(w.as_str()));
            if let Some(senses) = orgterms::senses_of_name_word(w, unvowelled, has_ain)
                .filter(|s| s.english != w.as_str() || !s.others.is_empty())
            {
                let (english, others) = if unvowelled {
                    orgterms::senses_in_orthography(w, orthography, this_after_article)
                        .unwrap_or((senses.english, senses.others))
                } else {
                    (senses.english, senses.others)
                };
                let original = if english == w.as_str() {
                    String::new()
                } else {
                    std::mem::take(w)
                };
                translated.push((english, others, original));
                *w = english.to_string();
            }
        }
    }
    let mut inferred: &[&str] = &[];
    let mut parent_from = None;
    if kind != NameKind::Person {
        inferred =
            orgterms::write_out_well_known_bodies(&mut words, script, prepared.contains("سپاه"));
        words = lexicon::abbreviate(lexicon::numbers_to_digits(join_single_letters(words)));
        if script == Script::Latin {
            parent_from = orgterms::parent_body_closing(&words, |w| {
                bracketed.iter().any(|b| b == w) && !outside.iter().any(|o| o == w)
            });
        }
    }
    // Countries named in several words (the Russian Federation, the Syrian Arab Republic): each
    // word the country, the whole a qualifier where its first word would be one.
    let country_runs = if kind != NameKind::Person {
        countries_in_several_words(&words, unvowelled)
    } else {
        Vec::new()
    };
    let mut parts = Vec::with_capacity(words.len());
    // The name's words written with و on them, as transliterated with and without it: found
    // once, where a part first asks.
    let mut and_written_on: Option<std::collections::HashMap<String, String>> = None;
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if kind != NameKind::Person {
            if let Some((len, canonical)) = lexicon::legal_form_at(&words[i..]) {
                parts.push(NamePart::new(
                    canonical.to_string(),
                    PartRole::LegalForm,
                    false,
                ));
                i += len;
                continue;
            }
        }
        // Arabic script writes no Roman numerals: its و alone is "v", the conjunction.
        let role = if w.bytes().any(|b| b.is_ascii_digit())
            || (kind != NameKind::Person && !unvowelled && lexicon::is_roman_numeral(w))
        {
            PartRole::Number
        } else if kind == NameKind::Person {
            // Ben between names is "son of" (Tarak Ben Taher Ben Faleh); first or last it
            // is a name.
            if lexicon::is_particle(w) || (w == "ben" && i > 0 && i + 1 < words.len()) {
                PartRole::Particle
            } else if w.len() == 1 {
                PartRole::Initial
            } else {
                PartRole::Regular
            }
        } else if lexicon::is_org_stopword(w)
            || (unvowelled && lexicon::is_unvowelled_org_stopword(w))
            || (persian && lexicon::is_persian_org_stopword(w))
            || (kind == NameKind::Other && lexicon::is_vessel_prefix(w))
        {
            PartRole::Particle
        } else if lexicon::is_generic(w) {
            PartRole::Generic
        } else {
            PartRole::Regular
        };
        let mut part = NamePart::new(w.clone(), role, unvowelled);
        part.ain_inside = unvowelled && ain_inside.iter().any(|a| a == w);
        if kind != NameKind::Person && role != PartRole::Number {
            if lexicon::is_region(w) {
                part.role = PartRole::Generic;
                part.weight = 0.2;
            } else if let Some((code, start)) = country_runs
                .get(i)
                .copied()
                .flatten()
                .or_else(|| country_of(w).map(|c| (c, i)))
            {
                part.country = Some(code);
                // A qualifier (Atomic Energy Organization of Iran, Iranian ...) weighs
                // little; a country closing a name (Banco Santander México) tells a body
                // from its namesakes and keeps its weight.
                // Persian and Arabic put the country after the body's words, where English
                // says "of Iran" (شرکت ملی نفت ایران, the National Iranian Oil Company): a
                // country that closes a name in that script qualifies it too.
                let run_of = |k: usize| {
                    country_runs
                        .get(k)
                        .copied()
                        .flatten()
                        .is_some_and(|(_, s)| s == start)
                };
                let closes = (i + 1..words.len()).all(run_of);
                // So is a country's adjective after "national" inside a name (the National
                // Iranian Oil Company, which Persian calls the National Oil Company); one
                // closing it keeps its weight (Bank Melli Iran, the National Bank of Iran).
                // And so is a country between a body's own name and the words that say what
                // it is (Ariana Afghan Airlines, the Ariana Airlines of Afghanistan).
                let before_its_kind = start > 0
                    && !closes
                    && script == Script::Latin
                    && (i + 1..words.len()).all(|k| is_org_term(&words[k]));
                let qualifier = start == 0
                    || start > 0 && lexicon::is_org_stopword(&words[start - 1])
                    || (start > 0 && words[start - 1] == "national" && !closes)
                    || (script == Script::Arabic && closes)
                    || before_its_kind;
                if qualifier {
                    // A country named in several words (the Islamic Republic of Iran) is one
                    // qualifier, and weighs as one word naming it does.
                    let words_of_run = (0..words.len()).filter(|&k| run_of(k)).count().max(1);
                    part.role = PartRole::Generic;
                    part.weight = 0.2 / words_of_run as f32;
                }
            }
        }
        // "Law" of "law enforcement" says what enforcement does: a name that calls the same
        // body its police (نیروی انتظامی, the Law Enforcement Force, the Police Force) lacks it.
        if kind != NameKind::Person
            && w == "law"
            && words.get(i + 1).is_some_and(|next| next == "enforcement")
        {
            part.weight = part.weight.min(0.3);
            part.aside = true;
        }
        // Pashto's د, of, opens the names of Afghan state bodies before the country (Da
        // Afghanistan Bank): romanised, it says as little as the English "of", which the
        // script's one letter is not read for either. Before anything but a country it may
        // be an acronym (DA Bank) and keeps its weight.
        if kind != NameKind::Person
            && script == Script::Latin
            && i == 0
            && w == "da"
            && words.get(1).is_some_and(|next| country_of(next).is_some())
        {
            part.weight = part.weight.min(0.3);
            part.aside = true;
        }
        // "Arab" after a country's qualifying adjective is the state's own name (the Libyan
        // Arab Foreign Bank, named for the Libyan Arab Jamahiriya): it qualifies as that does.
        if kind != NameKind::Person
            && w == "arab"
            && parts
                .last()
                .is_some_and(|p: &NamePart| p.country.is_some() && p.role == PartRole::Generic)
        {
            part.role = PartRole::Generic;
            part.weight = part.weight.min(0.2);
        }
        // An acronym is a name of its own letters: EU is not AIO however both fold.
        if role == PartRole::Regular && acronyms.iter().any(|a| a == w) {
            part.acronym = true;
        }
        // The IRGC's words inferred for a regional corps' سپاه (see
        // `orgterms::write_out_well_known_bodies`) say little when the other name lacks them.
        // So do those of the well-known body a Latin name closes on as the one it belongs to
        // (... Command of the IRGC).
        if inferred.contains(&w.as_str()) || parent_from.is_some_and(|of| i > of) {
            part.weight = part.weight.min(0.3);
            part.aside = true;
        }
        // A word only in parentheses repeats the name another way (an acronym, a name in
        // another script): it says little when the other name lacks it.
        if bracketed.contains(w) && !outside.contains(w) {
            part.weight = part.weight.min(0.3);
            // A kind of body in parentheses (CCB International (Holdings)) is the name's.
            part.aside = !lexicon::is_org_type(w);
        }
        // Most names translate nothing: the count of earlier parts is taken only for those
        // that do.
        let translation = if translated.is_empty() {
            None
        } else {
            let earlier = parts.iter().filter(|p: &&NamePart| p.text == *w).count();
            translated
                .iter()
                .filter(|(e, _, _)| *e == w.as_str())
                .nth(earlier)
        };
        if let Some((_, others, original)) = translation {
            // The chain, built from its end: the other senses, then the word as written.
            let mut chain: Option<Box<NamePart>> = None;
            let readings = others
                .iter()
                .map(|o| (o.to_string(), false))
                .chain((!original.is_empty()).then(|| (original.clone(), unvowelled)));
            for (text, as_written) in readings.collect::<Vec<_>>().into_iter().rev() {
                let mut alt = NamePart::new(text, PartRole::Regular, as_written);
                alt.weight = part.weight;
                alt.other_reading = chain.take();
                chain = Some(Box::new(alt));
            }
            part.other_reading = chain;
            // کشور, "the country", closing a Persian name of a state body (سازمان هواشناسی
            // کشور) is its state's own qualifier, which English names say as "of Iran",
            // "Iranian", "national", "state" or not at all: a qualifier of whatever country
            // the other name gives. After وزارت it is what the ministry is for (the Ministry
            // of the Interior), and stays a word.
            let closes = i + 1 == words.len();
            let after_ministry = parts
                .last()
                .is_some_and(|p: &NamePart| p.text == "ministry");
            if unvowelled && closes && !after_ministry && *original == to_ascii("کشور") {
                part.country = Some(ANY_COUNTRY);
                part.role = PartRole::Generic;
                part.weight = part.weight.min(0.2);
            }
        }
        // Arabic writes "and" on the next word (وينبع, and Yanbu): a word of a body's name
        // the table does not know, opening on و, reads also without it; the comparison takes
        // the better reading (وليد is Walid as written).
        if kind != NameKind::Person
            && unvowelled
            && !persian
            && part.role == PartRole::Regular
            && part.other_reading.is_none()
            && w.starts_with('v')
        {
            let without_and = and_written_on
                .get_or_insert_with(|| {
                    prepared
                        .split_whitespace()
                        .filter_map(|script_word| {
                            let rest = script_word.strip_prefix('و')?;
                            (rest.chars().count() >= 3)
                                .then(|| (to_ascii(script_word), to_ascii(rest)))
                        })
                        .collect()
                })
                .get(w.as_str())
                .cloned();
            if let Some(rest) = without_and.filter(|rest| !rest.is_empty()) {
                let mut alt = NamePart::new(rest, PartRole::Regular, true);
                alt.weight = part.weight;
                part.other_reading = Some(Box::new(alt));
            }
        }
        // Arabic and Persian make an adjective of a place or a name with a final ی, the nisba
        // (الكردستاني, of Kurdistan; الصدري, of Sadr), and its plural the followers of a man or a
        // creed (الحوثيون, the Houthis), where English names say the noun (the Kurdistan
        // Democratic Party) or make their own adjective of it (the Sadrist Movement): a word of
        // a body's name the table does not know, ending so, reads also without it.
        if kind != NameKind::Person
            && unvowelled
            && part.role == PartRole::Regular
            && part.other_reading.is_none()
            && part.country.is_none()
            && !part.acronym
        {
            if let Some(stem) = without_nisba(w) {
                let mut alt = NamePart::new(stem, PartRole::Regular, true);
                alt.weight = part.weight;
                alt.ain_inside = part.ain_inside;
                // Persian writes the French -ion so too (کمیسیون, commission): there the
                // word keeps its reading as written.
                if let Some(bare) = plural_of_nisba_stem(w).filter(|_| !persian) {
                    // The plural's ون / ين is an ending, no letter of the name: read as written,
                    // the word would meet any word of the stem's consonants and an n (الحوثيون
                    // against AL-HISN). It reads as its singular, and without the nisba (the
                    // Sadrists, الصدريين, of Sadr).
                    alt.aside = part.aside;
                    if bare.len() >= 3 {
                        let mut noun = NamePart::new(bare.to_string(), PartRole::Regular, true);
                        noun.weight = part.weight;
                        noun.ain_inside = part.ain_inside;
                        alt.other_reading = Some(Box::new(noun));
                    }
                    part = alt;
                } else {
                    part.other_reading = Some(Box::new(alt));
                }
            }
        }
        // A city closing a body's name in Arabic script places a branch or a site (زندان
        // سپیدار اهواز, Sepidar Prison, in Ahvaz), which English names leave out when another
        // proper name tells the body: it weighs as a remark in parentheses does. Where the city
        // is all that tells the body from its namesakes (دادگاه انقلاب اسلامی مشهد) it keeps
        // its weight.
        if kind != NameKind::Person
            && unvowelled
            && i + 1 == words.len()
            && part.role == PartRole::Regular
            && part.country.is_none()
            && lexicon::is_script_city(w)
            && parts.iter().any(|p: &NamePart| {
                p.role == PartRole::Regular
                    && p.country.is_none()
                    && !p.acronym
                    && orgterms::english(&p.text).is_none()
                    && !lexicon::is_script_city(&p.text)
            })
        {
            part.weight = part.weight.min(0.3);
            part.aside = true;
        }
        parts.push(part);
        i += 1;
    }
    if kind == NameKind::Person {
        // Titles go while any name remains; honorifics that double as names (Sheikh Hasina)
        // only while two remain.
        let others = |parts: &[NamePart], k: usize| {
            parts
                .iter()
                .enumerate()
                .filter(|(j, p)| *j != k && p.role == PartRole::Regular)
                .count()
        };
        let mut k = 0;
        while k < parts.len() {
            let t = parts[k].text.as_str();
            // In Arabic script only a leading one, unless it is never a name (سید, حاجی, ملا):
            // سلطان further on is a name (آل سلطان). Sayyid only where the script writes it:
            // سعيد, Said, reads "sid" too.
            let honorific = lexicon::is_honorific(t)
                || (unvowelled
                    && lexicon::is_unvowelled_honorific(t)
                    && (sayyid_written || !matches!(t, "sid" | "syd"))
                    && (k == 0
                        || (lexicon::is_unvowelled_honorific_anywhere(t)
                            && parts[k - 1].role != PartRole::Particle)));
            let drop = (lexicon::is_title(t) && others(&parts, k) >= 1)
                || (honorific && others(&parts, k) >= 2);
            if drop {
                dropped.push(parts.remove(k).text.into());
            } else {
                k += 1;
            }
        }
    }
    if unvowelled && !translit::writes_a_letter_as_ts_or_dz(name) {
        for part in parts.iter_mut() {
            let mut reading = Some(part);
            while let Some(p) = reading {
                p.ts_dz_apart = p.unvowelled;
                reading = p.other_reading.as_deref_mut();
            }
        }
    }
    AnalyzedName {
        original: name.to_string(),
        kind,
        script,
        parts,
        dropped,
    }
}

/// The Sayyid of a person's name in Arabic script (سید, سيد; not سعيد, Said, which reads the
/// same once transliterated), and whether the name writes it: a word of its own, or glued to
/// the given name it precedes (سیدرضا, سیدمحمد), which is written apart here, as Latin lists
/// write it (Seyyed Reza), so that it goes as an honorific does. Family names that open with
/// it take a suffix, not a name (سیدزاده Seyyedzadeh, سیدی, سیدیان), and stay whole.
fn sayyid_written_apart(name: &str) -> (std::borrow::Cow<'_, str>, bool) {
    const SAYYID: [&str; 3] = ["سید", "سيد", "سیّد"];
    const SUFFIXES: &[&str] = &[
        "زاده",
        "پور",
        "ی",
        "ي",
        "ان",
        "یان",
        "يان",
        "نژاد",
        "زادگان",
    ];
    fn glued(w: &str) -> Option<&str> {
        SAYYID
            .iter()
            .find_map(|s| w.strip_prefix(s))
            .filter(|rest| {
                rest.chars().count() >= 3
                    && !SUFFIXES.contains(&rest.trim_start_matches('\u{200c}'))
            })
    }
    let (mut written, mut any_glued) = (false, false);
    for w in name.split(' ') {
        let g = glued(w).is_some();
        any_glued |= g;
        written |= g || SAYYID.contains(&w);
    }
    // Most names have no Sayyid glued to a name: nothing to rewrite.
    if !any_glued {
        return (std::borrow::Cow::Borrowed(name), written);
    }
    let mut out = String::with_capacity(name.len() + 2);
    for (k, w) in name.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        match glued(w) {
            Some(rest) => {
                out.push_str(&w[..w.len() - rest.len()]);
                out.push(' ');
                out.push_str(rest.trim_start_matches('\u{200c}'));
            }
            None => out.push_str(w),
        }
    }
    (std::borrow::Cow::Owned(out), written)
}

/// Allah heading a name joined to it by a hyphen (Allah-Karam, Allah-Yar) written as one word
/// (Allahkaram), as the script writes it: apart, the compound rules would join it to the name
/// before it (AZIZI Allah-Karam is not Aziziallah Karam).
fn allah_heading_a_hyphenated_name(name: &str) -> std::borrow::Cow<'_, str> {
    // Most names have no hyphen after an h: a scan spares them the copy.
    if !name.as_bytes().windows(2).any(|w| w == b"h-" || w == b"H-") {
        return std::borrow::Cow::Borrowed(name);
    }
    let lower = name.to_ascii_lowercase();
    let starts: Vec<usize> = lower
        .match_indices("allah-")
        .map(|(i, _)| i)
        .filter(|&i| {
            i == 0
                || lower[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_whitespace() || c == ',')
        })
        .collect();
    if starts.is_empty() {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = name.to_string();
    for i in starts.into_iter().rev() {
        out.remove(i + "allah".len());
    }
    std::borrow::Cow::Owned(out)
}

/// A person's name in Arabic script without its titles (دکتر, سردار, حجت الاسلام), set aside in
/// `dropped` while a name remains.
fn persons_titles_in_script(words: Vec<String>, dropped: &mut Vec<String>) -> Vec<String> {
    // Most names hold no title: they stay as they are, uncopied.
    if !(0..words.len()).any(|i| lexicon::unvowelled_title_at(&words[i..]).is_some()) {
        return words;
    }
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut titles: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some(len) = lexicon::unvowelled_title_at(&words[i..]) {
            titles.push(words[i..i + len].join(" "));
            i += len;
            continue;
        }
        out.push(words[i].clone());
        i += 1;
    }
    // A title alone is all the name there is: kept.
    if !titles.is_empty() && !out.iter().any(|w| !lexicon::is_particle(w)) {
        return words;
    }
    dropped.extend(titles);
    out
}

/// For each word of an organisation's name, the country a run of two to five words it belongs
/// to names as a whole (Russian Federation, United Arab Emirates, Islamic Republic of Iran),
/// with the run's first word; `None` elsewhere. Longest runs first.
///
/// A name in Arabic script also says it in its own order, the state's noun first and its
/// qualifiers after (جمهوری اسلامی ایران, "republic Islamic Iran"; الجمهورية العربية السورية,
/// "republic Arab Syrian"), which is read as English says it too (the Islamic Republic of
/// Iran, the Syrian Arab Republic).
fn countries_in_several_words(
    words: &[String],
    arabic_script: bool,
) -> Vec<Option<([u8; 2], usize)>> {
    // Most names hold none of the words these runs end in: a cheap test spares the search
    // and the vector (an empty one reads as no run anywhere).
    const LAST: &[&str] = &[
        "federation",
        "republic",
        "emirates",
        "kingdom",
        "states",
        "america",
        "iran",
        "korea",
        "china",
        "congo",
        "syria",
        "belarus",
        "yemen",
        "venezuela",
        "nicaragua",
        "cuba",
        "iraq",
        "afghanistan",
        "myanmar",
        "russia",
        "moldova",
        "bolivia",
    ];
    if !words.iter().any(|w| LAST.contains(&w.as_str())) {
        return Vec::new();
    }
    let mut out = vec![None; words.len()];
    let mut i = 0;
    while i < words.len() {
        let found = (2..=5).rev().find_map(|len| {
            let run = words.get(i..i + len)?;
            if lexicon::is_org_stopword(&run[0]) {
                return None;
            }
            let as_bytes = |code: &str| match code.as_bytes() {
                [a, b] => Some([*a, *b]),
                _ => None,
            };
            let as_written = LAST
                .contains(&run[len - 1].as_str())
                .then(|| vigil_model::country_code(&run.join(" ")).and_then(as_bytes))
                .flatten();
            let in_own_order = || {
                let state_noun = ["republic", "kingdom", "emirates", "federation", "states"];
                if !arabic_script || !state_noun.contains(&run[0].as_str()) {
                    return None;
                }
                // The article Arabic puts before each word (الجمهورية العربية) is no word of
                // the state's name.
                let content: Vec<&str> = run
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !lexicon::is_org_stopword(w))
                    .collect();
                let (&noun, rest) = content.split_first()?;
                let (&country, qualifiers) = rest.split_last()?;
                let reversed: Vec<&str> = content.iter().rev().copied().collect();
                let mut of_last = qualifiers.to_vec();
                of_last.extend([noun, "of", country]);
                vigil_model::country_code(&reversed.join(" "))
                    .or_else(|| vigil_model::country_code(&of_last.join(" ")))
                    .and_then(as_bytes)
                    .or_else(|| {
                        // The adjective of the country closing it (السورية, Syrian) is
                        // translated as the country: the state's words before it decide.
                        qualifiers
                            .iter()
                            .all(|w| STATE_QUALIFIERS.contains(w))
                            .then(|| country_of(country))
                            .flatten()
                    })
            };
            Some((as_written.or_else(in_own_order)?, len))
        });
        match found {
            Some((code, len)) => {
                for (slot, w) in out[i..i + len].iter_mut().zip(&words[i..i + len]) {
                    if !lexicon::is_org_stopword(w) {
                        *slot = Some((code, i));
                    }
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// The words official names of states put between the state's noun and the country
/// (the Syrian Arab Republic, the Islamic Republic of Iran, the Hashemite Kingdom of Jordan).
const STATE_QUALIFIERS: &[&str] = &[
    "arab",
    "islamic",
    "democratic",
    "people",
    "peoples",
    "popular",
    "socialist",
    "federal",
    "hashemite",
];

/// A body's name with a country's possessive ("... of Iran's Ministry of ...") read as the
/// country, as "of the Iranian" says it; other possessives stay (People's, Children's).
fn countries_possessive_dropped(name: &str) -> String {
    let words: Vec<&str> = name
        .split(' ')
        .map(|w| {
            let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
            match stem {
                Some(stem) if country_of(&to_ascii(stem)).is_some() => stem,
                _ => w,
            }
        })
        .collect();
    words.join(" ")
}

/// The country code of [`NamePart::country`] for a word that qualifies a body by its own
/// state without naming it (Persian کشور, "the country"): the same country as any other.
pub const ANY_COUNTRY: [u8; 2] = *b"**";

/// Whether two parts' countries are one: the same code, or either [`ANY_COUNTRY`].
pub fn same_country(a: [u8; 2], b: [u8; 2]) -> bool {
    a == b || a == ANY_COUNTRY || b == ANY_COUNTRY
}

/// `text` without French elisions before a vowel or h: the article l' (l'Ouest → Ouest) before
/// a word of the term table or a country, or inside the name (Front de l'Arman); de as d'
/// (Banque d'Algérie) before a word of the table or a country. Borrowed back unchanged where
/// it has none. A brand opening on l' keeps it (L'Oréal is written Loreal too).
fn without_elided_article(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\'', '\u{2019}']) {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    // Whether a letter or digit came before: l' inside a name is always the article.
    let mut inside = false;
    let mut k = 0;
    while k < chars.len() {
        let opens_word = k == 0 || !chars[k - 1].is_alphanumeric();
        let elided = opens_word
            && matches!(chars[k], 'l' | 'L' | 'd' | 'D')
            && matches!(chars.get(k + 1), Some('\'' | '\u{2019}'))
            && chars.get(k + 2).is_some_and(|c| {
                let base = to_ascii(&c.to_string());
                matches!(base.as_str(), "a" | "e" | "i" | "o" | "u" | "y" | "h")
            })
            && ((inside && matches!(chars[k], 'l' | 'L')) || {
                let word: String = chars[k + 2..]
                    .iter()
                    .take_while(|c| c.is_alphanumeric())
                    .collect();
                let word = to_ascii(&word);
                orgterms::english(&word).is_some() || country_of(&word).is_some()
            });
        if elided {
            k += 2;
            continue;
        }
        inside |= chars[k].is_alphanumeric();
        out.push(chars[k]);
        k += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// `text` with Arabic's article written as said before a sun letter and hyphenated (An-Nahda,
/// Ar-Rahma, Ash-Shabab) written "al-": the article, whatever letter it takes. Only where the
/// hyphen and the doubled letter say so: AN, AR and AS alone may be a body's acronym.
fn assimilated_article_as_al(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if !text.contains('-') {
        return text;
    }
    let mut changed = false;
    let words: Vec<String> = text
        .split(' ')
        .map(|word| {
            let Some((article, rest)) = word.split_once('-') else {
                return word.to_string();
            };
            let (article, next) = (article.as_bytes(), rest.as_bytes());
            let next_is = |letters: &[u8]| {
                next.len() >= letters.len() && next[..letters.len()].eq_ignore_ascii_case(letters)
            };
            let assimilated = match article {
                [vowel, consonant] => {
                    matches!(vowel.to_ascii_lowercase(), b'a' | b'e')
                        && lexicon::takes_assimilated_article(consonant.to_ascii_lowercase())
                        && next_is(&[consonant.to_ascii_lowercase()])
                }
                [vowel, first, h] => {
                    matches!(vowel.to_ascii_lowercase(), b'a' | b'e')
                        && matches!(first.to_ascii_lowercase(), b's' | b't' | b'd')
                        && h.eq_ignore_ascii_case(&b'h')
                        && next_is(&[first.to_ascii_lowercase(), b'h'])
                }
                _ => false,
            };
            if assimilated {
                changed = true;
                format!("al-{rest}")
            } else {
                word.to_string()
            }
        })
        .collect();
    if changed {
        std::borrow::Cow::Owned(words.join(" "))
    } else {
        text
    }
}

/// A transliterated word read as the noun its nisba is made of, or as the nisba its plural
/// is made of: the final ی of an adjective of a place or a name (sdri, الصدري: "sdr"), or the
/// ـيون / ـيين of its plural, the followers of a man or a creed (hutsyun, الحوثيون: "hutsi",
/// as الحوثي, the Houthi).
fn without_nisba(word: &str) -> Option<String> {
    if let Some(stem) = plural_of_nisba_stem(word) {
        return (stem.len() >= 3).then(|| format!("{stem}i"));
    }
    let stem = word.strip_suffix('i')?;
    (stem.len() >= 3 && !stem.ends_with('i')).then(|| stem.to_string())
}

/// The stem of a nisba's plural, transliterated: ـيون (hutsyun) and ـيين, which reads with its
/// first ي as the vowel (hutsiyn).
fn plural_of_nisba_stem(word: &str) -> Option<&str> {
    word.strip_suffix("yun")
        .or_else(|| word.strip_suffix("iyn"))
        .or_else(|| word.strip_suffix("yin"))
}

/// The country a single word names (a name or an adjective: Iran, Iranian), if any; codes
/// and three-letter words are left alone (AND, ARM are words before they are Andorra, Armenia).
pub(crate) fn country_of(word: &str) -> Option<[u8; 2]> {
    // The abbreviations [`lexicon::abbreviate`] writes for "United States", "U.S.", "United
    // Kingdom", "United Arab Emirates": countries, though short.
    match word {
        "us" => return Some(*b"us"),
        "uk" => return Some(*b"gb"),
        "uae" => return Some(*b"ae"),
        _ => {}
    }
    if word.len() < 4 {
        return None;
    }
    let code = vigil_model::country_code_of_word(word)?.as_bytes();
    match code {
        [a, b] => Some([*a, *b]),
        _ => None,
    }
}

/// Arabic legal forms written as dotted initials, in Latin: they would transliterate to
/// letters no legal-form table knows (ذ.م.م is LLC, م.د.م.س DMCC, م.م.ح FZE).
fn arabic_legal_forms(name: &str) -> std::borrow::Cow<'_, str> {
    const FORMS: &[(&str, &str)] = &[
        ("ش.ذ.م.م", " LLC "),
        ("ذ.م.م", " LLC "),
        ("م.د.م.س", " DMCC "),
        ("م.م.ح", " FZE "),
        ("ش.م.ح", " FZCO "),
        ("ش.م.ل", " SAL "),
        ("ش.م.م", " LLC "),
        // Limited liability, in either order, before "limited" alone.
        ("ذات المسؤولية المحدودة", " LLC "),
        ("المسؤولية المحدودة", " LLC "),
        ("المحدودة المسؤولية", " LLC "),
        ("مسؤولية محدودة", " LLC "),
        ("المحدودة", " LTD "),
        ("محدودة", " LTD "),
        ("با مسئولیت محدود", " LLC "),
        ("سهامی خاص", " PJS "),
        ("سهامی عام", " PJSC "),
    ];
    // Arabic-script letters are all outside ASCII: most names are spared the scan.
    if name.is_ascii()
        || !name
            .chars()
            .any(|c| Script::of_char(c) == Some(Script::Arabic))
    {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = name.to_string();
    for (form, latin) in FORMS {
        if out.contains(form) {
            out = out.replace(form, latin);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A name's text outside parentheses (first, a space where each parenthesis stood), then the
/// text of each parenthesis in turn.
fn parenthesis_segments(name: &str) -> Vec<String> {
    if !name.contains(['(', ')']) {
        return vec![name.to_string()];
    }
    let mut segments: Vec<String> = vec![String::new()];
    let mut depth = 0usize;
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                segments[0].push(' ');
                segments.push(String::new());
            }
            ')' => {
                depth = depth.saturating_sub(1);
                segments[0].push(' ');
            }
            _ => {
                let at = if depth > 0 { segments.len() - 1 } else { 0 };
                segments[at].push(c);
            }
        }
    }
    segments
}

/// The words (as `to_ascii` writes them) inside parentheses and outside them.
fn bracketed_words(name: &str) -> (Vec<String>, Vec<String>) {
    let segments = parenthesis_segments(name);
    let words = |s: &str| -> Vec<String> {
        let words: Vec<String> = to_ascii(s).split_whitespace().map(str::to_string).collect();
        let mut words = compounds::join_compounds(words);
        for w in words.iter_mut() {
            if let Some(english) = orgterms::english(w) {
                *w = english.to_string();
            }
        }
        words
    };
    (words(&segments[1..].join(" ")), words(&segments[0]))
}

/// The words of an organisation's name that are acronyms, lower-case: capitals only, two to
/// five letters. The name outside parentheses and each parenthesis are judged apart: a list
/// that writes a name in capitals may give its acronym in small letters (JAMAAT-UL-AHRAR (JuA)),
/// and its capitals are then still no acronyms; a name in small letters may give its acronym in
/// capitals (... Guard Corps (IRGC)). In a text all in capitals, only a text of one word is an
/// acronym (IRGC, EU).
fn acronyms_in(name: &str) -> Vec<String> {
    let acronym =
        |w: &&str| (2..=5).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
    let mut found = Vec::new();
    for segment in parenthesis_segments(name) {
        let mut words = segment
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty());
        if !segment.chars().any(|c| c.is_lowercase()) {
            if let (Some(w), None) = (words.next(), words.next()) {
                if acronym(&w) {
                    found.push(w.to_ascii_lowercase());
                }
            }
        } else {
            found.extend(words.filter(acronym).map(str::to_ascii_lowercase));
        }
    }
    found
}

/// "l l c" (from L.L.C.) → "llc"; runs of single letters in organisation names are one word,
/// except a trailing dotted legal form, which stays apart (Fund X L.P. → "x", "lp").
fn join_single_letters(words: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut Vec<String>| {
        if run.is_empty() {
            return;
        }
        let split = lexicon::DOTTED_FORMS
            .iter()
            .find(|f| run.len() > f.len() && run.ends_with(*f));
        match split {
            Some(form) => {
                let head = run[..run.len() - form.len()].to_string();
                out.push(head);
                out.push((*form).to_string());
            }
            None => out.push(run.clone()),
        }
        run.clear();
    };
    for w in words {
        if w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic()) {
            run.push_str(&w);
            continue;
        }
        flush(&mut run, &mut out);
        out.push(w);
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_judged_in_and_out_of_parentheses_apart() {
        // Capitals in a name in small letters; a parenthesis in capitals.
        assert_eq!(
            acronyms_in("Islamic Revolutionary Guard Corps (IRGC)"),
            ["irgc"]
        );
        assert_eq!(acronyms_in("BANK MELLI IRAN (BMI)"), ["bmi"]);
        // A name in capitals is no run of acronyms, whatever its parenthesis says.
        assert!(acronyms_in("JAMAAT-UL-AHRAR (JuA)").is_empty());
        assert!(acronyms_in("ACME TRADING (Pty)").is_empty());
        assert_eq!(acronyms_in("NGEB"), ["ngeb"]);
    }

    #[test]
    fn a_country_s_possessive_is_the_country_and_other_possessives_stay() {
        assert_eq!(
            countries_possessive_dropped("Bureau of Austria's Ministry"),
            "Bureau of Austria Ministry"
        );
        assert_eq!(
            countries_possessive_dropped("Office of Iran’s Ministry"),
            "Office of Iran Ministry"
        );
        assert_eq!(
            countries_possessive_dropped("People's Workers' Fund"),
            "People's Workers' Fund"
        );
    }

    #[test]
    fn the_short_names_of_states_qualify_a_body_as_country_names_do() {
        for (name, code) in [
            ("U.S. Treasury", *b"us"),
            ("United States Treasury", *b"us"),
            ("UK Border Force", *b"gb"),
            ("UAE Central Bank", *b"ae"),
        ] {
            let a = analyze(name, NameKind::Organization);
            let first = &a.parts[0];
            assert_eq!(first.country, Some(code), "{name}: {:?}", a.parts);
            assert_eq!(first.role, PartRole::Generic, "{name}");
        }
        // In a person's name the letters are no country.
        let p = analyze("Us Tarkan", NameKind::Person);
        assert!(p.parts.iter().all(|p| p.country.is_none()));
    }

    #[test]
    fn a_state_named_in_the_script_s_own_order_is_one_country() {
        // Noun, qualifiers, then the country or its adjective: each word the country, and
        // the whole a qualifier where it closes the name.
        for (name, code, words) in [
            ("شرکت پست جمهوری اسلامی ایران", *b"ir", 3),
            ("بنك الجمهورية العربية السورية", *b"sy", 3),
            ("وزارة الخارجية في المملكة العربية السعودية", *b"sa", 3),
        ] {
            let a = analyze(name, NameKind::Organization);
            let state: Vec<&NamePart> = a.parts.iter().filter(|p| p.country.is_some()).collect();
            assert_eq!(state.len(), words, "{name}: {:?}", a.parts);
            for p in state {
                assert_eq!(p.country, Some(code), "{name}: {}", p.text);
                assert_eq!(p.role, PartRole::Generic, "{name}: {}", p.text);
            }
        }
        // Two countries side by side are two countries, not a state's name; a republic
        // named for no country is none.
        let two = analyze("شركة الإيرانية العراقية", NameKind::Organization);
        let codes: Vec<_> = two.parts.iter().filter_map(|p| p.country).collect();
        assert_eq!(codes, [*b"ir", *b"iq"], "{:?}", two.parts);
        let none = analyze("بنك الجمهورية العربية", NameKind::Organization);
        assert!(
            none.parts.iter().all(|p| p.country.is_none()),
            "{:?}",
            none.parts
        );
    }

    fn roles(name: &str, kind: NameKind) -> Vec<(String, PartRole)> {
        analyze(name, kind)
            .parts
            .into_iter()
            .map(|p| (p.text.into_string(), p.role))
            .collect()
    }

    #[test]
    fn organisations() {
        use PartRole::*;
        assert_eq!(
            roles("Goldman Sachs & Co. L.L.C.", NameKind::Organization),
            [
                ("goldman".into(), Regular),
                ("sachs".into(), Regular),
                ("and".into(), Particle),
                ("co".into(), LegalForm),
                ("llc".into(), LegalForm)
            ]
        );
        assert_eq!(
            roles("Public Joint Stock Company Gazprom", NameKind::Organization),
            [("pjsc".into(), LegalForm), ("gazprom".into(), Regular)]
        );
        assert_eq!(
            roles("Volkswagen Aktiengesellschaft", NameKind::Organization)[1],
            ("ag".into(), LegalForm)
        );
        assert_eq!(
            roles("Bank Melli Iran", NameKind::Organization)[0],
            ("bank".into(), Generic)
        );
    }

    #[test]
    fn persons() {
        use PartRole::*;
        assert_eq!(
            roles("Ayatollah Seyed Ali Khamenei", NameKind::Person),
            [("ali".into(), Regular), ("khamenei".into(), Regular)]
        );
        assert_eq!(
            roles("John F. Kennedy", NameKind::Person)[1],
            ("f".into(), Initial)
        );
        assert_eq!(
            roles("Abu Bakr al-Baghdadi", NameKind::Person)[2],
            ("al".into(), Particle)
        );
        assert_eq!(
            analyze("Sheikh Hasina", NameKind::Person).parts.len(),
            2,
            "kept: too few names left"
        );
    }

    #[test]
    fn never_fails() {
        for s in [
            "",
            "   ",
            "---",
            "\u{0}\u{1}",
            &"x".repeat(10_000),
            "١٢٣",
            "👍🏽",
            "A\u{301}",
        ] {
            let a = analyze(s, NameKind::Person);
            assert!(a.parts.iter().all(|p| p.text.is_ascii()));
        }
    }
}
