//! Mentions of persons, organisations, public bodies, places and named events in report text,
//! and their grouping into the entities of one document (within-document coreference).
//!
//! Layered rules, no model: capitalised runs of words are cut at titles ("Supreme Leader",
//! "Mrs."), then classified by, in order, organisation and event head words, the place
//! gazetteer, the name gazetteer (every list name and every entity already extracted), given
//! names, cue words before the name ("lawyer Rudy Giuliani") and appositives after it ("X, a
//! diplomat"). Acronyms defined in parentheses ("(PMOI/MEK)") join their expansion. A surname
//! alone ("Assadi", "Mrs. Rajavi") joins the full name met in the same document.

use std::collections::{HashMap, HashSet};

use crate::sentences::{sentences, Span};
use crate::words::{self, PlaceKind, Sex};

/// What a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    Person,
    Organization,
    PublicBody,
    Place,
    Event,
    Date,
    Quantity,
}

impl MentionKind {
    /// Whether mentions of this kind become entities that are linked across documents.
    pub fn is_entity(self) -> bool {
        matches!(
            self,
            MentionKind::Person
                | MentionKind::Organization
                | MentionKind::PublicBody
                | MentionKind::Place
        )
    }

    /// Every kind, in the order of `vigil_model::vocab::MENTION_KINDS`.
    pub const ALL: [MentionKind; 7] = [
        MentionKind::Person,
        MentionKind::Organization,
        MentionKind::PublicBody,
        MentionKind::Place,
        MentionKind::Event,
        MentionKind::Date,
        MentionKind::Quantity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Organization => "organization",
            MentionKind::PublicBody => "public_body",
            MentionKind::Place => "place",
            MentionKind::Event => "event",
            MentionKind::Date => "date",
            MentionKind::Quantity => "quantity",
        }
    }

    /// Persons and organisations: the kinds whose names screening can match.
    pub fn is_party(self) -> bool {
        matches!(
            self,
            MentionKind::Person | MentionKind::Organization | MentionKind::PublicBody
        )
    }
}

/// One mention: a span of the clean text naming something.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: MentionKind,
    /// Index of the sentence (see [`sentences`]).
    pub sentence: usize,
    /// The document entity this mention refers to (index into [`Extraction::entities`]).
    pub entity: Option<usize>,
    /// A title or role written in front of the name ("Supreme Leader").
    pub role: Option<String>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// One entity of a document: every mention that refers to it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocEntity {
    pub kind: MentionKind,
    /// The fullest name the document gives.
    pub name: String,
    /// Every distinct form, full name first.
    pub forms: Vec<String>,
    /// Acronyms the document defines for it.
    pub acronyms: Vec<String>,
    /// Indexes into [`Extraction::mentions`].
    pub mentions: Vec<usize>,
    /// Titles and roles written in front of its name.
    pub roles: Vec<String>,
    /// What the text says a person is, in lower-case words around the name: "aid worker" in
    /// "the Belgian aid worker X", "historian of modern Iran" in "X, a historian of modern
    /// Iran"; for a body, the noun for its kind next to its name ("airline" in "the state
    /// airline X"). Evidence for linking; no claim.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub descriptions: Vec<String>,
    /// Ages the document gives the person ("Jane Roe, 54,", "X, now 80,", "aged 31"):
    /// evidence against a listed namesake born in another decade.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ages: Vec<u32>,
    /// ISO country code, for places.
    pub country: Option<&'static str>,
}

impl DocEntity {
    /// An entity named once so far, by `name`.
    pub fn new(kind: MentionKind, name: &str) -> DocEntity {
        DocEntity {
            kind,
            name: name.to_string(),
            forms: vec![name.to_string()],
            acronyms: Vec::new(),
            mentions: Vec::new(),
            roles: Vec::new(),
            descriptions: Vec::new(),
            ages: Vec::new(),
            country: None,
        }
    }
}

/// What the extraction found in one document.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Extraction {
    pub sentences: Vec<Span>,
    /// Name mentions in text order.
    pub mentions: Vec<Mention>,
    pub entities: Vec<DocEntity>,
    /// The two countries the text names most often, by name or demonym ("Iran", "Iranian",
    /// "Iran's"), as first written: where a body named without a country most likely belongs.
    pub main_countries: Vec<String>,
    /// Every country the text names by name or demonym, as first written ("Canadian members
    /// of ..."): a person of one of them is of a country the document names.
    pub countries_named: Vec<String>,
    /// The latest year the text writes (1900 to 2100), if any: the document is that year's or
    /// later, which bounds the birth years its ages give.
    pub latest_year: Option<i32>,
}

/// A given name's key in the tables of given names' bearers: ASCII, lower case, folded.
fn given_name_key(name: &str) -> String {
    vigil_normalize::fold(&vigil_normalize::to_ascii(name).to_lowercase())
}

/// Names known before reading: list entries, entities of earlier reports, acronyms.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    names: HashMap<String, MentionKind>,
    given: HashSet<String>,
    acronyms: HashMap<String, MentionKind>,
    /// Bodies' names of one word (HIZBALLAH): too like common words to find a name by
    /// themselves, they only say what a word the model proposes is.
    one_word_bodies: HashMap<String, MentionKind>,
    /// Keys of the well-known bodies whose name opens with "The" ("The Insider"): the article
    /// is part of the name there.
    with_the: HashSet<String>,
    /// Keys of the well-known bodies (`data/bodies.tsv`): curated names, trusted further than
    /// the lists' where a word opens a sentence.
    well_known: HashSet<String>,
    /// Given names by how many listed persons of each sex bear them (women, men): a lone
    /// surname after "Mrs" is not the man of that surname the document named.
    given_sexes: HashMap<String, (u32, u32)>,
}

/// At most the last `max` bytes of `s`, from a character's start: what a pass looks back
/// through, bounded, so a page of one long line costs no more than its length.
fn last_bytes(s: &str, max: usize) -> &str {
    let mut from = s.len().saturating_sub(max);
    while !s.is_char_boundary(from) {
        from += 1;
    }
    &s[from..]
}

/// Whether a person's mention is said in its sentence to be no relation of someone the sentence
/// describes but does not name ("Jane Roe, no relation to the general", "Roe (no relation)",
/// "Roe is not connected with anyone of a similar name", "Jane Roe asks us to note that she is
/// not the minister of the same name"), or introduced as a namesake ("His name is also Jane
/// Roe"). Where the sentence names the other after it ("... not related to the player Jane Roe
/// Diaz"), the names tell the two apart already.
fn disowns_an_unnamed_namesake(reader: &Reader, q: &Piece, kept: &[Piece]) -> bool {
    // Said of the name itself, right after it or after "who is": that it is no kin of someone.
    const DISCLAIMERS: [&str; 8] = [
        "no relation",
        "not related",
        "unrelated",
        "not to be confused",
        "not connected",
        "no connection",
        "not the same person",
        "no kin",
    ];
    // Said anywhere in its sentence: that someone else bears the name.
    const NAMESAKE_PHRASES: [&str; 6] = [
        "of the same name",
        "with the same name",
        "of a similar name",
        "with a similar name",
        "his namesake",
        "her namesake",
    ];
    let sentence = reader.toks[q.b - 1].sentence;
    // The rest of the sentence, bounded: a page of one long "sentence" costs no more.
    let last = (q.b..reader.toks.len().min(q.b + 48))
        .take_while(|&i| reader.toks[i].sentence == sentence)
        .last();
    let rest = match last {
        Some(l) => reader.text[reader.toks[q.b - 1].end..reader.toks[l].end].to_lowercase(),
        None => String::new(),
    };
    let mut opening = rest.trim_start_matches([',', '(', ' ']);
    for word in ["who ", "is ", "was ", "has been "] {
        opening = opening.strip_prefix(word).unwrap_or(opening);
    }
    if !DISCLAIMERS.iter().any(|d| opening.starts_with(d))
        && !NAMESAKE_PHRASES.iter().any(|p| rest.contains(p))
        && !introduced_as_a_namesake(reader, q)
    {
        return false;
    }
    !kept.iter().any(|o| {
        o.a >= q.b
            && o.kind == Some(MentionKind::Person)
            && !o.pending
            && reader.toks[o.a].sentence == sentence
    })
}

/// How many different full names of the document (`full_names`, each a person's key where it
/// stands) hold every word of `key` and more: the persons a shorter name could be.
/// The document's persons' names of two words or more, each once, by the words they hold: how
/// many distinct longer names hold a shorter one is asked of every person's mention, and a
/// page may name thousands.
struct FullNameIndex {
    keys: Vec<Vec<String>>,
    by_word: HashMap<String, Vec<usize>>,
}

impl FullNameIndex {
    fn new(full_names: &[(usize, Vec<String>)]) -> FullNameIndex {
        let mut seen: HashSet<&Vec<String>> = HashSet::new();
        let mut keys = Vec::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (_, key) in full_names {
            if !seen.insert(key) {
                continue;
            }
            for w in key.iter().collect::<HashSet<_>>() {
                by_word.entry(w.clone()).or_default().push(keys.len());
            }
            keys.push(key.clone());
        }
        FullNameIndex { keys, by_word }
    }

    /// How many distinct names longer than `key` hold all its words.
    fn distinct_holders(&self, key: &[String]) -> usize {
        let holds = |k: &Vec<String>| k.len() > key.len() && key.iter().all(|w| k.contains(w));
        // The rarest word's names: the only ones that may hold them all.
        match key
            .iter()
            .map(|w| self.by_word.get(w).map_or(&[][..], Vec::as_slice))
            .min_by_key(|names| names.len())
        {
            Some(names) => names.iter().filter(|&&i| holds(&self.keys[i])).count(),
            None => self.keys.iter().filter(|k| holds(k)).count(),
        }
    }
}

/// Whether a person's name is introduced as another's name borne again ("His name is also
/// Jane Roe", "a man also named Jane Roe", "My mother is also called Jane"): a person of their
/// own, not the one named before.
fn introduced_as_a_namesake(reader: &Reader, q: &Piece) -> bool {
    const NAMESAKE_CUES: [&str; 4] = ["name is also", "also named", "also called", "namesake,"];
    let before = last_bytes(reader.text_before(q.a).trim_end(), 16).to_lowercase();
    NAMESAKE_CUES.iter().any(|c| before.ends_with(c))
}

/// Whether `short` is the opening words of `full` and the words after them only say what
/// kind of company it is (the last a legal form or a body's head word): "Hetzner" of
/// "Hetzner Online GmbH", not "Safeguard" of "Safeguard Defenders".
fn short_name_of(short: &str, full: &str) -> bool {
    let Some(rest) = full.strip_prefix(short).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    // A few capitalised words, no complement ("Special Procedures of the Human Rights
    // Council" is no "Special Procedures" company).
    let words: Vec<&str> = rest.split_whitespace().collect();
    if words.len() > 3 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    words.last().is_some_and(|last| {
        let last = last.to_lowercase();
        let last = last.trim_end_matches('.');
        words::org_head(last).is_some() || words::LEGAL_FORMS.contains(&last)
    })
}

/// The acronyms a body's name could have: the initials of every word and of the words that
/// are not small ones, upper case (Ministry of Intelligence and Security: MOIAS, MIS; United
/// Nations: UN). Two to six letters; a name of two words gives one only when both are
/// capitalised.
pub fn name_initials(name: &str) -> Vec<String> {
    const SMALL: &[&str] = &[
        "of", "the", "and", "for", "de", "du", "al", "el", "in", "on",
    ];
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.len() < 2 || (words.len() == 2 && !words.iter().all(capitalised)) {
        return Vec::new();
    }
    let initials = |ws: &mut dyn Iterator<Item = &&str>| -> String {
        ws.filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    let every = initials(&mut words.iter());
    let named = initials(
        &mut words
            .iter()
            .filter(|w| !SMALL.contains(&w.to_lowercase().as_str())),
    );
    let mut out = Vec::new();
    for a in [every, named] {
        if (2..=6).contains(&a.chars().count()) && !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

/// An order-free key for a name: lower-case ASCII words, sorted.
pub fn name_key(name: &str) -> String {
    // An apostrophe inside a word is no break in it ("Qa'ida", "Qaida").
    let ascii = vigil_normalize::to_ascii(name)
        .to_lowercase()
        .replace(['\'', '`'], "");
    // The words in any order, "the" and "of" aside: "the Justice Department" is the
    // "Department of Justice", the "Defence Ministry" the "Ministry of Defence".
    let mut parts: Vec<&str> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "the" && *w != "of")
        .collect();
    parts.sort_unstable();
    parts.join(" ")
}

static BODIES_TSV: &str = include_str!("../data/bodies.tsv");

/// The well-known bodies of `data/bodies.tsv`: name, kind, acronym.
/// Whether an acronym is a well-known unlisted body's, as a report uses it alone ("PTI" for the
/// Press Trust of India, "AFP"): alone, it names that body, not a list entry that happens to
/// carry the same letters as an alias.
pub fn is_well_known_acronym(acronym: &str) -> bool {
    static ACRONYMS: std::sync::OnceLock<HashSet<&'static str>> = std::sync::OnceLock::new();
    ACRONYMS
        .get_or_init(|| well_known_bodies().filter_map(|(_, _, a)| a).collect())
        .contains(acronym)
}

/// Whether a name is a well-known body's that no list names (news agencies, international
/// organisations, rights groups: the table of bodies reports name), written as the table writes
/// it, whatever the case.
pub fn is_well_known_body(name: &str) -> bool {
    static NAMES: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| {
            well_known_bodies()
                .map(|(n, _, _)| n.to_lowercase())
                .collect()
        })
        .contains(&name.to_lowercase())
}

fn well_known_bodies() -> impl Iterator<Item = (&'static str, MentionKind, Option<&'static str>)> {
    BODIES_TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|line| {
            let mut f = line.split('\t');
            let name = f.next()?;
            let kind = match f.next()? {
                "public_body" => MentionKind::PublicBody,
                _ => MentionKind::Organization,
            };
            Some((name, kind, f.next().filter(|a| !a.is_empty())))
        })
}

impl Gazetteer {
    pub fn new() -> Gazetteer {
        let mut g = Gazetteer::default();
        for (acr, kind) in [
            ("EU", MentionKind::Organization),
            ("UN", MentionKind::Organization),
            ("NATO", MentionKind::Organization),
            ("IAEA", MentionKind::Organization),
            ("IRGC", MentionKind::PublicBody),
            ("MOIS", MentionKind::PublicBody),
            ("FBI", MentionKind::PublicBody),
            ("CIA", MentionKind::PublicBody),
            ("OFAC", MentionKind::PublicBody),
        ] {
            g.acronyms.insert(acr.to_string(), kind);
        }
        for (name, kind, acronym) in well_known_bodies() {
            g.add_name(name, kind);
            if name.starts_with("The ") {
                g.with_the.insert(name_key(name));
            }
            g.well_known.insert(name_key(name));
            if let Some(acronym) = acronym {
                g.acronyms.entry(acronym.to_string()).or_insert(kind);
            }
        }
        g
    }

    /// A full name (two words or more, or one long distinctive word) of a known entity.
    pub fn add_name(&mut self, name: &str, kind: MentionKind) {
        let key = name_key(name);
        if key.len() >= 4 {
            self.names.entry(key).or_insert(kind);
        }
        // Reports leave out the word for a body's kind its listed name ends with
        // (AL-QARD AL-HASSAN ASSOCIATION: "Al-Qard Al-Hassan").
        if kind != MentionKind::Person {
            let ascii = vigil_normalize::to_ascii(name).to_lowercase();
            let words: Vec<&str> = ascii
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            // A legal form of several words closing it (NAVYAN ABR ARVAN PRIVATE LIMITED
            // COMPANY: "Navyan Abr Arvan"), as reports leave it out.
            let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            if let Some(at) = (2..owned.len()).find(|&i| {
                vigil_normalize::lexicon::legal_form_at(&owned[i..])
                    .is_some_and(|(len, _)| len >= 2 && i + len == owned.len())
            }) {
                let short = name_key(&words[..at].join(" "));
                if short.len() >= 6 {
                    self.names.entry(short).or_insert(kind);
                }
            }
            if let [rest @ .., last] = &words[..] {
                let kind_word = matches!(
                    *last,
                    "association"
                        | "company"
                        | "co"
                        | "ltd"
                        | "llc"
                        | "inc"
                        | "organization"
                        | "organisation"
                        | "corporation"
                        | "foundation"
                        | "group"
                );
                // Not where what is left only says what kind of unit it is ("National
                // Intelligence" of "National Intelligence Organization"): that is no name.
                let says_what_kind = rest.iter().all(|w| words::BODY_ADJECTIVES.contains(w));
                if kind_word && rest.len() >= 2 && !says_what_kind {
                    let short = name_key(&rest.join(" "));
                    if short.len() >= 6 {
                        self.names.entry(short).or_insert(kind);
                    }
                }
            }
        }
    }

    /// A body's name of one word: six letters or more, or five where the lists give the body
    /// a name of several words too (`long_named`: Hamas, the Islamic Resistance Movement).
    pub fn add_one_word_body(&mut self, name: &str, kind: MentionKind, long_named: bool) {
        let key = name_key(name);
        if (key.len() >= 6 || (long_named && key.len() == 5))
            && !key.contains(' ')
            && key.chars().all(|c| c.is_ascii_alphabetic())
        {
            self.one_word_bodies.entry(key).or_insert(kind);
        }
    }

    /// A given name three listed persons or more bear ("Martin", "Feliciano"): a lone word
    /// that is one names a person more often than the body some list gives it as an alias.
    fn common_given_name(&self, word: &str) -> bool {
        let key = given_name_key(word);
        self.given_sexes
            .get(&key)
            .is_some_and(|&(women, men)| women + men >= 3)
    }

    /// The kind of the body a lone word names, if the lists name one by it; a word of five
    /// letters only where it is no known given name ("Farid").
    fn one_word_body(&self, word: &str) -> Option<MentionKind> {
        let key = name_key(word);
        if key.len() < 6 && self.is_given(word) {
            return None;
        }
        self.one_word_bodies.get(&key).copied()
    }

    /// A given name of a known person.
    pub fn add_given_name(&mut self, name: &str) {
        let lower = vigil_normalize::to_ascii(name).to_lowercase();
        // A list's name field sometimes opens on a title's modifier ("Deputy ..."): no given
        // name, or every office after it would read as a person ("Deputy Registrar"). Titles
        // themselves stay: many are given names too (Sultan, Amir).
        if lower.len() >= 3
            && !words::SENTENCE_STOPWORDS.contains(&lower.as_str())
            && !words::TITLE_MODIFIERS.contains(&lower.as_str())
        {
            let folded = vigil_normalize::fold(&lower);
            if folded.len() >= 4 {
                self.given.insert(folded);
            }
            self.given.insert(lower);
        }
    }

    /// A given name a listed person of a known sex bears.
    pub fn add_given_name_sex(&mut self, name: &str, sex: Sex) {
        let key = given_name_key(name);
        if key.len() < 3 {
            return;
        }
        let counts = self.given_sexes.entry(key).or_default();
        match sex {
            Sex::Female => counts.0 += 1,
            Sex::Male => counts.1 += 1,
        }
    }

    /// The sex a given name tells, where the lists give it to three persons or more and to
    /// nineteen of twenty of one sex ("Marina", "Alexander"; not "Jean" or "Nur").
    fn sex_of_given_name(&self, name: &str) -> Option<Sex> {
        let key = given_name_key(name);
        let &(women, men) = self.given_sexes.get(&key)?;
        let all = women + men;
        if all < 3 {
            None
        } else if women * 20 >= all * 19 {
            Some(Sex::Female)
        } else if men * 20 >= all * 19 {
            Some(Sex::Male)
        } else {
            None
        }
    }

    /// An acronym known to name an entity (`MEK`).
    pub fn add_acronym(&mut self, acronym: &str, kind: MentionKind) {
        self.acronyms.insert(acronym.to_string(), kind);
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    fn lookup(&self, name: &str) -> Option<MentionKind> {
        self.names.get(&name_key(name)).copied()
    }

    /// A given name as written, or spelled another way that folds to the same form
    /// ("Assadolah" for "Asadollah").
    fn is_given(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        if words::GIVEN_NAMES.contains(&lower.as_str()) || self.given.contains(&lower) {
            return true;
        }
        // A compound given name, as French writes them ("Jean-Rémy", "Marie-Claude"): its
        // first part a given name, its second capitalised.
        if let Some((first, second)) = word.split_once('-') {
            // (Not a prefix: "Anti-Terrorist", "Pro-Democracy", "Non-Aligned".)
            let prefix = matches!(
                first.to_lowercase().as_str(),
                "anti"
                    | "pro"
                    | "non"
                    | "post"
                    | "pre"
                    | "semi"
                    | "multi"
                    | "inter"
                    | "neo"
                    | "pan"
                    | "self"
                    | "cross"
                    | "counter"
                    | "ultra"
                    | "mid"
                    | "ex"
                    | "co"
            );
            if first.len() >= 3
                && !prefix
                && !first.contains('-')
                && second.starts_with(char::is_uppercase)
                && !second.contains('-')
                && self.is_given(first)
            {
                return true;
            }
        }
        let folded = vigil_normalize::fold(&vigil_normalize::to_ascii(&lower));
        folded.len() >= 4
            && (self.given.contains(&folded) || builtin_given_folded().contains(&folded))
    }
}

fn builtin_given_folded() -> &'static HashSet<String> {
    static SET: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        words::GIVEN_NAMES
            .iter()
            .map(|g| vigil_normalize::fold(&vigil_normalize::to_ascii(g)))
            .filter(|f| f.len() >= 4)
            .collect()
    })
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    sentence: usize,
    first: bool,
}

const ABBREV: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "sen", "rep", "lt", "jr", "sr", "gov",
    "rev", "capt", "sgt", "supt", "insp", "det", "cpl", "cst", "cmdr", "maj", "brig", "adm", "dra",
    "lic", "licda", "sra", "srta", "fr", "msgr", "atty", "engr",
    // A company's legal form, abbreviated ("Co., Ltd.", "Acme Inc."), is the name's.
    "ltd", "inc", "co", "corp",
];

fn tokenize(text: &str, sents: &[Span]) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut si = 0;
    let mut last_sentence = usize::MAX;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                chars.next();
                continue;
            }
            if matches!(d, '-' | '\'' | '’' | '.' | '&') {
                let after = text[j + d.len_utf8()..].chars().next();
                // An acronym before a hyphen and a word in small letters is a modifier's first
                // part ("IRGC-affiliated", "UNHCR-recognised", "UK-based"): a word of its own,
                // the name it abbreviates.
                let acronym_modifier = d == '-'
                    && after.is_some_and(char::is_lowercase)
                    && j - start >= 2
                    && text[start..j].bytes().all(|b| b.is_ascii_uppercase());
                if acronym_modifier {
                    break;
                }
                if after.is_some_and(char::is_alphanumeric) {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
            }
            break;
        }
        // Abbreviations and initials keep their full stop: "U.S.", "Mrs.", "J.".
        if text[end..].starts_with('.') {
            let w = &text[start..end];
            let letters_dots = w.contains('.') && w.split('.').all(|p| p.chars().count() == 1);
            // An initial after a hyphenated particle too ("Mohamed el-A.").
            let last = w.rsplit('-').next().unwrap_or(w);
            let initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
            // A Mongolian patronymic's initial, one Cyrillic letter written with two Latin
            // ones, before the given name ("Sh. Tsetsegmaa", "Ts. Bold").
            let two_letter_initial = matches!(w, "Sh" | "Ts" | "Ch" | "Kh" | "Zh" | "Ya" | "Yu")
                && text[end + 1..].starts_with(' ')
                && text[end + 2..].starts_with(char::is_uppercase);
            // A given name written short before the rest of the name ("Ma. Lourdes", "Md.
            // Abdul").
            let given_name_abbreviation = crate::sentences::GIVEN_NAME_ABBREVIATIONS.contains(&w)
                && text[end + 1..].starts_with(' ')
                && text[end + 2..].starts_with(char::is_uppercase);
            if letters_dots
                || initial
                || two_letter_initial
                || given_name_abbreviation
                || ABBREV.contains(&w.to_lowercase().as_str())
            {
                end += 1;
                chars.next();
            }
        }
        while si + 1 < sents.len() && sents[si].end <= start {
            si += 1;
        }
        // Or the first word of a numbered item ("1. Tell the police ..."): its number opens
        // the line, the word opens what the item says.
        let after_an_item_number = out.last().is_some_and(|prev: &Tok| {
            let number = &text[prev.start..prev.end];
            number.len() <= 3
                && number.bytes().all(|c| c.is_ascii_digit())
                && matches!(&text[prev.end..start], ". " | ") ")
                && text[..prev.start]
                    .trim_end_matches([' ', '\t'])
                    .ends_with('\n')
        });
        let first = si != last_sentence
            || after_an_item_number
            || after_a_timestamp(text, start)
            || after_a_label(text, start);
        last_sentence = si;
        out.push(Tok {
            start,
            end,
            sentence: si,
            first,
        });
    }
    out
}

/// The document's entities by the last word of a person's name of two words or more and by a
/// body's initials, brought up to date as pending words are resolved (entities' names, forms
/// and kinds do not change meanwhile; new ones are added at the end).
#[derive(Default)]
struct EntityNameIndex {
    by_last_word: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    indexed: usize,
}

impl EntityNameIndex {
    fn catch_up(&mut self, entities: &[DocEntity]) {
        for (e, d) in entities.iter().enumerate().skip(self.indexed) {
            let add = |map: &mut HashMap<String, Vec<usize>>, key: &str| {
                let entities = map.entry(key.to_string()).or_default();
                if entities.last() != Some(&e) {
                    entities.push(e);
                }
            };
            if d.kind == MentionKind::Person {
                for f in d.forms.iter().filter(|f| f.split_whitespace().count() >= 2) {
                    if let Some(last) = f.split_whitespace().last() {
                        add(&mut self.by_last_word, last);
                    }
                }
            }
            if matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody) {
                for initials in name_initials(&d.name) {
                    add(&mut self.by_initials, &initials);
                }
            }
        }
        self.indexed = entities.len();
    }
}

/// Capitalised words the document uses alone for a person by what it ties them to: kin or
/// friends in the possessive ("Sreymom's friend", "Roe's neighbours") or after "is my" ("Roe
/// is my aunt"). A model may read such a lone name as a body's where nothing else is said.
fn lone_names_of_persons_by_their_ties<'t>(reader: &Reader<'t>) -> HashSet<&'t str> {
    const TIES: &[&str] = &[
        "friend",
        "friends",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "children",
        "sons",
        "daughters",
        "parents",
        "relatives",
        "colleague",
        "colleagues",
    ];
    let n = reader.toks.len();
    let tie = |k: usize| {
        let l = reader.lower(k);
        words::KIN_NOUNS.contains(&l) || TIES.contains(&l)
    };
    let mut out = HashSet::new();
    for k in 0..n.saturating_sub(1) {
        let w = reader.word(k);
        if !reader.capitalised_word(k) || words::org_head(reader.lower(k)).is_some() {
            continue;
        }
        // A name of one word: not the last of a longer name ("Ana Roe's friend").
        if k > 0 && reader.joined(k - 1) && reader.capitalised_word(k - 1) {
            continue;
        }
        let possessive_tie = reader.possessive(k) && reader.joined(k) && tie(k + 1);
        let is_my_tie = k + 3 < n
            && (k..k + 3).all(|j| reader.joined(j))
            && reader.lower(k + 1) == "is"
            && matches!(reader.lower(k + 2), "my" | "his" | "her" | "our" | "their")
            && tie(k + 3);
        if possessive_tie || is_my_tie {
            out.insert(strip_possessive(w).0);
        }
    }
    out
}

/// The ciphers a document gives persons it does not name, as courts anonymise parties and
/// witnesses: a word of one to four capitals set off after a party's noun ("the appellant,
/// NK,", "the claimant AB") or after "on the application of". No body's acronym stands there.
fn ciphers_of_parties(reader: &Reader) -> Vec<String> {
    // Besides a case's parties (`words::PARTY_ROLES`), the others a court anonymises.
    const OTHERS: &[&str] = &[
        "complainant",
        "plaintiff",
        "accused",
        "witness",
        "victim",
        "deceased",
        "informant",
        "child",
    ];
    let mut out = Vec::new();
    for k in 2..reader.toks.len() {
        let w = reader.word(k);
        let cipher = (1..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase());
        if !cipher || reader.toks[k - 1].sentence != reader.toks[k].sentence {
            continue;
        }
        let gap = reader.gap_after(k - 1);
        let party = reader.lower(k - 1);
        let after_a_party = (words::PARTY_ROLES.contains(&party) || OTHERS.contains(&party))
            && matches!(gap, ", " | " ")
            && matches!(reader.lower(k - 2), "the" | "first" | "second" | "third");
        let on_application =
            gap == " " && reader.lower(k - 1) == "of" && reader.lower(k - 2) == "application";
        if after_a_party || on_application {
            out.push(w.to_string());
        }
    }
    out
}

/// What stands on its line before `start`, where the line opens within `max` bytes of it:
/// the look back stays bounded on a page of long lines.
fn line_before(text: &str, start: usize, max: usize) -> Option<&str> {
    let mut from = start.saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    match before.rfind('\n') {
        Some(i) => Some(&before[i + 1..]),
        None if from == 0 => Some(before),
        None => None,
    }
}

/// Whether the word at `start` follows nothing on its line but a timestamp ("(02:41) Intro and
/// housekeeping", "[1:02:10] Listener questions", "12:30 - Welcome"), as show notes, chapters
/// and programmes open their lines: the word opens what the line says.
fn after_a_timestamp(text: &str, start: usize) -> bool {
    // A stamp is short ("[01:02:10] - ").
    let Some(line) = line_before(text, start, 16) else {
        return false;
    };
    let stamp = line.trim().trim_end_matches(['-', '–', '—', ':']).trim();
    let stamp = stamp
        .strip_prefix(['(', '['])
        .and_then(|s| s.strip_suffix([')', ']']))
        .unwrap_or(stamp);
    let parts: Vec<&str> = stamp.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()))
}

/// Whether the word at `start` follows nothing on its line but a short label and its colon
/// ("Workshop: Digital safety ...", "Panel 2: Families ...", "● Keynote: The state ..."), as
/// programmes and forms open their lines: the word opens what the line says.
fn after_a_label(text: &str, start: usize) -> bool {
    // A label is short.
    let Some(line) = line_before(text, start, 28) else {
        return false;
    };
    let Some(label) = line.trim_end().strip_suffix(':') else {
        return false;
    };
    let label = label.trim_start_matches(['●', '•', '-', '*', ' ', '\t']);
    let parts: Vec<&str> = label.split(' ').collect();
    (1..=3).contains(&parts.len())
        && parts[0].starts_with(char::is_uppercase)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphanumeric))
}

fn is_cap(w: &str) -> bool {
    let mut cs = w.chars();
    match cs.next() {
        Some(c) if c.is_uppercase() => true,
        Some(c) if c.is_lowercase() => {
            // al-Khalq, el-Sisi, bin-Laden: a particle glued to a capitalised name.
            w.split_once('-').is_some_and(|(p, rest)| {
                p.len() <= 3 && rest.chars().next().is_some_and(char::is_uppercase)
            })
        }
        _ => false,
    }
}

/// IRGC, U.S., AT&T, hyphenated ones (IRGC-QF) and ones with a number after their letters
/// (MI5): capitals only, two or more, a letter first.
fn is_acronym(w: &str) -> bool {
    // One pass, nothing allocated: reading asks this of every capitalised word.
    let (mut letters, mut digits) = (0, 0);
    for c in w.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        } else if c.is_ascii_digit() {
            digits += 1;
        } else if !matches!(c, '.' | '&' | '-') {
            return false;
        }
    }
    letters >= 2
        && digits <= 2
        && w.chars().next().is_some_and(char::is_alphabetic)
        && !w.ends_with('-')
}

/// A hearing transcript's question number ("Q105").
fn question_number(w: &str) -> bool {
    w.len() >= 2 && w.starts_with('Q') && w[1..].chars().all(|c| c.is_ascii_digit())
}

/// A short acronym of capitals and small letters, as German bodies write theirs (BfV, BaFin,
/// MfS): read as one only where a body's name defines it in parentheses.
fn mixed_case_acronym(w: &str) -> bool {
    let letters = w.chars().count();
    let capitals = w.chars().filter(|c| c.is_uppercase()).count();
    (3..=8).contains(&letters)
        && w.chars().all(char::is_alphabetic)
        && w.chars().next().is_some_and(char::is_uppercase)
        && capitals >= 2
        && capitals < letters
}

fn strip_possessive(w: &str) -> (&str, bool) {
    for s in ["’s", "'s", "’", "'"] {
        if let Some(x) = w.strip_suffix(s) {
            if !x.is_empty() {
                return (x, true);
            }
        }
    }
    (w, false)
}

/// Lower-case particles inside persons' names ("van den Berg", "bin Laden", "de la Cruz"; Malay
/// "binti", a daughter's "bin").
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "del", "della", "di",
    "bin", "ibn", "bint", "binti", "al", "el", "ter", "ten",
];

/// The particles of an Arabic or Malay patronymic ("bin Abdullah", "binti Ismail").
const PATRONYMIC_PARTICLES: &[&str] = &["bin", "binti", "bint", "ibn"];

const CONNECTORS: &[&str] = &[
    "of", "and", "for", "the", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "bint",
    "binti", "van", "von", "der", "den", "e", "y",
    // French, Spanish and Italian bodies' names ("Service de Documentation et de Sécurité",
    // "Mouvement pour le Renouveau Démocratique", "Comisión del Agua", "Centro por la
    // Justicia", "Asociación de los Derechos").
    "et", "pour", "del", "di", "sur", "por", "para", "los", "las",
];

/// A piece of a capitalised run, classified.
#[derive(Debug, Clone)]
struct Piece {
    /// Token range (indexes into the token list), end exclusive.
    a: usize,
    b: usize,
    kind: Option<MentionKind>,
    role: Option<String>,
    rule: &'static str,
    /// For pieces left to the second pass: a lone word or acronym.
    pending: bool,
    /// What a trained model said this span is, for a lone word the second pass cannot
    /// otherwise resolve.
    fallback: Option<MentionKind>,
}

impl Piece {
    /// A name a pass found on its own evidence: of `kind`, which stays its fallback, with no
    /// title and nothing left pending.
    fn found(a: usize, b: usize, kind: MentionKind, rule: &'static str) -> Piece {
        Piece {
            a,
            b,
            kind: Some(kind),
            role: None,
            rule,
            pending: false,
            fallback: Some(kind),
        }
    }

    /// Tokens `a..b` of this piece's name read as a name of their own, of its kind, found by
    /// its rule ("Ghent University" of "the Centre for X, Ghent University").
    fn part(&self, a: usize, b: usize) -> Piece {
        Piece {
            a,
            b,
            kind: self.kind,
            role: None,
            rule: self.rule,
            pending: false,
            fallback: self.fallback,
        }
    }
}

/// A name span a trained model proposes (byte offsets into the text), with the model's label
/// (spaCy's: PERSON, ORG, GPE, LOC, FAC, EVENT; PER and MISC in other languages).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// The rule of initials read as a person the document names in full.
const INITIALS_OF_A_PERSON: &str = "initials of a person in the document";

/// The rule of model pieces cut where a person's name runs on after a body's head word.
const PERSON_AFTER_BODY: &str = "model, person after a body's name";

/// A street's name written as one word, by the endings German, Dutch and Swedish streets'
/// names take ("Fasanenstrasse", "Herengracht", "Drottninggatan").
fn is_street_name(lower: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "strasse", "straße", "gasse", "allee", "platz", "damm", "ufer", "straat", "gracht",
        "plein", "laan", "gatan", "vägen", "torget",
    ];
    ENDINGS
        .iter()
        .any(|e| lower.len() >= e.len() + 3 && lower.ends_with(e))
}

fn proposal_kind(label: &str) -> Option<MentionKind> {
    match label {
        "PERSON" | "PER" => Some(MentionKind::Person),
        "ORG" => Some(MentionKind::Organization),
        "GPE" | "LOC" | "FAC" => Some(MentionKind::Place),
        // Events are left to the rules' head words ("plot", "rally"): the model's EVENT
        // spans are mostly holidays and wars, not the events a report is about.
        _ => None,
    }
}

/// Rules whose verdict outweighs a model's: names known from lists and earlier reports, and
/// bodies recognised by their head word ("Ministry", "Council").
fn rule_outweighs_model(rule: &str) -> bool {
    matches!(
        rule,
        "name gazetteer"
            | "organisation head word"
            | "demonym and body"
            | "mission of a state"
            | "defines an acronym"
            | "credit line"
            | "appositive body after"
            | "a name in a meeting's attendance list"
            | "a message's sender"
    )
}

/// A well-known body whose name holds a comma or an ampersand ("Foreign, Commonwealth &
/// Development Office"), which no run of capitalised words spans: found by its text, in place
/// of the pieces its words were read as.
fn well_known_names_with_punctuation(reader: &Reader, pieces: &mut Vec<Piece>) {
    // Read out of the table once, not per document.
    static NAMES: std::sync::OnceLock<Vec<(&'static str, MentionKind)>> =
        std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        well_known_bodies()
            .filter(|(n, _, _)| n.contains([',', '&']))
            .map(|(n, k, _)| (n, k))
            .collect()
    });
    let mut found = Vec::new();
    for &(name, kind) in names {
        for (at, _) in reader.text.match_indices(name) {
            let end = at + name.len();
            let a = reader.toks.partition_point(|t| t.start < at);
            let b = reader.toks.partition_point(|t| t.end < end);
            if a >= reader.toks.len()
                || b >= reader.toks.len()
                || reader.toks[a].start != at
                || reader.toks[b].end != end
            {
                continue;
            }
            let b = b + 1;
            found.push(Piece::found(a, b, kind, "name gazetteer"));
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A firm whose name joins its partners' names with an ampersand and ends in a legal form
/// ("Holloway & Finch LLP", "Baker & Ruiz Ltd"): one body, which no run of capitalised words
/// spans; a person named "of" it keeps only their own name.
fn firms_joined_by_an_ampersand(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    // (Or the partners' word closing it: "Vogel & Partner", "Roe & Associates".)
    let legal_form = |x: usize| {
        words::LEGAL_FORMS.contains(&reader.lower(x).trim_end_matches('.'))
            || matches!(
                reader.lower(x),
                "partner" | "partners" | "partnerschaft" | "associates" | "sons" | "company"
            )
    };
    let mut found = Vec::new();
    for k in 1..n.saturating_sub(1) {
        // `k - 1` and `k` are the words either side of the ampersand.
        if reader.gap_after(k - 1) != " & "
            || reader.toks[k - 1].sentence != reader.toks[k].sentence
            || !is_cap(reader.word(k - 1))
            || !is_cap(reader.word(k))
        {
            continue;
        }
        let mut b = k;
        while b + 1 < n && b < k + 4 && !legal_form(b) && is_cap(reader.word(b)) && reader.joined(b)
        {
            b += 1;
        }
        // (The partners' word may follow the ampersand itself: "Vogel & Partner".)
        let partners_word = b == k && !words::LEGAL_FORMS.contains(&reader.lower(b));
        if b >= n
            || (b == k && !partners_word)
            || !legal_form(b)
            || (b > k && !reader.joined(b - 1))
        {
            continue;
        }
        let b = b + 1;
        let mut a = k - 1;
        while a > 0 && a + 3 > k && reader.joined(a - 1) && is_cap(reader.word(a - 1)) {
            a -= 1;
        }
        found.push(Piece::found(
            a,
            b,
            MentionKind::Organization,
            "a firm's name with an ampersand",
        ));
    }
    for f in &found {
        for q in pieces.iter_mut() {
            if q.kind == Some(MentionKind::Person)
                && q.a + 1 < f.a
                && q.b > f.a
                && reader.lower(f.a - 1) == "of"
            {
                q.b = f.a - 1;
            }
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// The last words of the persons named in full ("Roe" of "Jane Roe"): a lone one is that
/// person's surname, not a body's or a place's name.
fn surnames_of_persons_named_in_full<'t>(
    reader: &Reader<'t>,
    pieces: &[Piece],
) -> HashSet<&'t str> {
    pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| reader.word(p.b - 1))
        .collect()
}

/// Whether the word at `k`, set off by commas beside a body's name, may be its short name:
/// capitalised, and no given name, place, date, title, common word or surname of a person
/// the document names (`surnames`).
fn could_be_a_body_s_short_name(reader: &Reader, k: usize, surnames: &HashSet<&str>) -> bool {
    let w = reader.word(k);
    is_cap(w)
        && !reader.gaz.is_given(w)
        && reader.place(k, k + 1).is_none()
        && !words::is_calendar(reader.lower(k))
        && !surnames.contains(w)
        && !title_or_common_word(reader.lower(k))
        && !words::looks_like_common_noun(reader.lower(k))
        && !reader.lowercase_words.contains(reader.lower(k))
}

/// A body's short name before its full name set off by commas, as an apposition explains it
/// ("Kripos, Norway's National Criminal Investigation Service, says"; "Säpo, the Security
/// Service, said"): one word, no given name, place, date or person's surname the document
/// knows, read as that body whatever a model took it for.
fn short_names_before_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let gap = |x: usize| reader.gap_after(x);
    let persons = surnames_of_persons_named_in_full(reader, pieces);
    let mut found = Vec::new();
    for p in pieces.iter() {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || p.b - p.a < 2
            || p.b >= reader.toks.len()
            || !gap(p.b - 1).trim_start().starts_with(',')
        {
            continue;
        }
        // The apposition opens on "the" or on its country's possessive ("Norway's").
        let mut open = p.a;
        if open > 0
            && (reader.lower(open - 1) == "the"
                || (reader.possessive(open - 1) && is_cap(reader.word(open - 1))))
        {
            open -= 1;
        }
        // (Without either, "Residency, Tarsk Foundation" is a CV's entry, a role and a
        // body, or a list's items.)
        if open == 0 || open == p.a || gap(open - 1) != ", " {
            continue;
        }
        let k = open - 1;
        if reader.toks[k].sentence != reader.toks[p.b - 1].sentence {
            continue;
        }
        let w = reader.word(k);
        // The word alone: opening its sentence or line, or after a word in small letters or
        // an item's number ("said Kripos, the ...", "2/ Kripos, ..."); not a list's item after
        // a comma ("Co., Ltd., the ...")
        // nor a name's last word ("Jane Roe, the Service's head").
        let alone = k == 0
            || reader.toks[k].first
            || reader.gap_after(k - 1).contains('\n')
            || (!reader.gap_after(k - 1).contains(',')
                && !reader.word(k - 1).chars().any(char::is_uppercase));
        let short = alone
            && !w.ends_with('.')
            && !is_acronym(w)
            && w.chars().count() >= 4
            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(k))
            && could_be_a_body_s_short_name(reader, k, &persons);
        if short {
            found.push(Piece {
                a: k,
                b: k + 1,
                kind: p.kind,
                role: None,
                rule: "a body's short name before its name",
                pending: false,
                fallback: p.kind,
            });
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A body's short name set off by commas right after its full name ("Sweden's Security
/// Service, Säpo, said"): one word, no given name, place, date or person's surname the document
/// knows, read as a body whatever a model took it for.
fn short_names_after_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let gap = |x: usize| reader.gap_after(x).trim();
    let persons = surnames_of_persons_named_in_full(reader, pieces);
    let mut found = Vec::new();
    for p in pieces.iter() {
        let k = p.b;
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || k + 1 >= n
            || p.b - p.a < 2
            || reader.toks[k].sentence != reader.toks[p.b - 1].sentence
            || gap(p.b - 1) != ","
            || reader.toks[k + 1].sentence != reader.toks[k].sentence
            || gap(k) != ","
        {
            continue;
        }
        if could_be_a_body_s_short_name(reader, k, &persons) {
            found.push(Piece {
                a: k,
                b: k + 1,
                kind: p.kind,
                role: None,
                rule: "a body's short name after its name",
                pending: false,
                fallback: p.kind,
            });
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A name an apposition says is a body's (", a Kish-based exchange house") is that body's
/// wherever else the document writes it, however those words were read there alone (a given
/// name heading it, a model's places).
fn bodies_an_apposition_explains(reader: &Reader, pieces: &mut Vec<Piece>) {
    let explained: Vec<(usize, usize, Option<MentionKind>)> = pieces
        .iter()
        .filter(|p| p.rule == "appositive body after" && p.b - p.a >= 2)
        .map(|p| (p.a, p.b, p.kind))
        .collect();
    for (a, b, kind) in explained {
        let n = b - a;
        for i in 0..reader.toks.len() {
            if i == a || !reader.written_again(a, n, i) {
                continue;
            }
            let over: Vec<usize> = (0..pieces.len())
                .filter(|&k| pieces[k].a < i + n && i < pieces[k].b)
                .collect();
            let replaceable = over.iter().all(|&k| {
                let p = &pieces[k];
                p.a >= i
                    && p.b <= i + n
                    && matches!(
                        p.kind,
                        None | Some(MentionKind::Person | MentionKind::Place)
                    )
            });
            if !replaceable || over.is_empty() {
                continue;
            }
            for &k in over.iter().rev() {
                pieces.remove(k);
            }
            pieces.push(Piece {
                a: i,
                b: i + n,
                kind,
                role: None,
                rule: "a body's name an apposition explains elsewhere",
                pending: false,
                fallback: kind,
            });
        }
    }
}

/// The model's spans as pieces over the rule tokenizer's tokens, cut where the model's
/// statistics overreach: a leading article or title ("Lawyer Erik Dahl" is Erik Dahl, who
/// is a lawyer), a parenthesis (an acronym defined after a name is not part of it), a
/// possessive inside ("the Treasury's Office of ..." names two bodies), a person's name run
/// on after a body's head word ("member of the House of Representatives John Doe").
fn model_pieces(reader: &Reader, proposals: &[Proposal]) -> Vec<Piece> {
    let mut out = Vec::new();
    let proposals = persons_read_in_two(
        reader.text,
        unknown_places_as_one_name(reader.text, proposals),
    );
    // The words the model reads as places, looked up once a page.
    let model_places: HashSet<&str> = proposals
        .iter()
        .filter(|q| matches!(q.label.as_str(), "GPE" | "LOC" | "FAC"))
        .filter_map(|q| reader.text.get(q.start..q.end))
        .collect();
    for p in &proposals {
        // A span the model labels a law, a product or an event whose last word is a body's
        // head word names that body ("The National Anti-Terrorism Prosecutor's Office" read
        // LAW).
        let other_label_body = || {
            matches!(
                p.label.as_str(),
                "LAW" | "PRODUCT" | "EVENT" | "WORK_OF_ART"
            ) && reader
                .text
                .get(p.start..p.end)
                .and_then(|t| t.split_whitespace().last())
                .is_some_and(|w| words::org_head(&strip_possessive(w).0.to_lowercase()).is_some())
        };
        let Some(kind) = proposal_kind(&p.label)
            .or_else(|| other_label_body().then_some(MentionKind::Organization))
        else {
            continue;
        };
        // The first token ending after the span's start (tokens are in order: a search, not
        // a scan, for a page of many proposals).
        let a = reader.toks.partition_point(|t| t.end <= p.start);
        if a >= reader.toks.len() {
            continue;
        }
        let b = reader.toks[a..]
            .iter()
            .position(|t| t.start >= p.end)
            .map_or(reader.toks.len(), |i| a + i);
        if a >= b || (reader.toks[a].start < p.start && a + 1 == b) {
            continue;
        }
        let mut a = a;
        while a < b
            && (matches!(reader.lower(a), "the" | "a" | "an")
                || possessive_before_a_name(reader, a, b))
        {
            a += 1;
        }
        // A request opening an item of advice, run into the name after it ("Tell Tarsk
        // County Police about ..."): the name.
        while a + 1 < b
            && reader.toks[a].first
            && words::SENTENCE_STOPWORDS.contains(&reader.lower(a))
            && is_cap(reader.word(a + 1))
        {
            a += 1;
        }
        // An acronym and the rest of the modifier it opens ("UNHCR-recognised"): the acronym.
        let mut b = b;
        while b > a + 1 && reader.acronym_modifier(b - 2) {
            b -= 1;
        }
        // A law's name, its year after it perhaps ("the British Nationality Act 1981", "the
        // Foreign Agents Registration Act"), names no body, whatever the model read it as.
        let law_word = (a..b)
            .rev()
            .find(|&k| {
                !(reader.word(k).len() == 4 && reader.word(k).bytes().all(|c| c.is_ascii_digit()))
            })
            .is_some_and(|k| {
                k > a
                    && matches!(
                        reader.word(k),
                        "Act" | "Acts" | "Bill" | "Statute" | "Directive" | "Ordinance"
                    )
            });
        // So does a treaty's ("the Riyadh Arab Agreement for Judicial Cooperation", "the
        // Convention against Torture"), no body's head word before its own.
        let treaty_word = (a..b).any(|k| {
            matches!(
                reader.word(k),
                "Agreement" | "Convention" | "Treaty" | "Protocol" | "Covenant"
            ) && (k + 1 == b
                || matches!(
                    reader.lower(k + 1),
                    "for" | "on" | "against" | "of" | "between" | "relating"
                ))
                && (a..k).all(|j| words::org_head(reader.lower(j)).is_none())
        });
        // (A person's name may end on "Bill"; none ends on "Act" or "Ordinance": "Corrupt
        // Foreign Officials Act" read PERSON is a law's.)
        let law_not_a_surname = law_word && !matches!(reader.word(b - 1), "Bill");
        if (law_word || treaty_word || reader.press_desk(a, b))
            && (kind != MentionKind::Person || law_not_a_surname)
        {
            continue;
        }
        // An acronym in the plural ("UAVs", "NGOs", "MPs") is a common noun's short form,
        // no body's name.
        if b == a + 1 && {
            let w = reader.word(a);
            w.len() >= 3
                && w.ends_with('s')
                && w[..w.len() - 1].chars().all(|c| c.is_ascii_uppercase())
        } {
            continue;
        }
        // A name a Spanish article opens ("La Modelo", "Los Pinos") is a place's or a
        // body's, not a person's: Spanish names put no article before a given name. (Not
        // inside a name: "Fiorello La Guardia".)
        // (Where a quote or an apposition says more, the passes that read them decide:
        // "\"Los Halcones\", a cell of the gang".)
        let quoted_or_explained = reader.text[..reader.toks[a].start].ends_with(['"', '“'])
            || reader.text[reader.toks[b - 1].end..].starts_with([',', '"', '”']);
        let kind = if kind == MentionKind::Person
            && b > a + 1
            && matches!(reader.word(a), "La" | "Las" | "Los")
            && !(a > 0 && reader.joined(a - 1) && reader.capitalised_word(a - 1))
            && !quoted_or_explained
        {
            if (a + 1..b).any(|k| words::org_head(reader.lower(k)).is_some()) {
                MentionKind::Organization
            } else {
                MentionKind::Place
            }
        } else {
            kind
        };
        // A name a model read as a person's that a media company's trade closes ("Puente
        // Audio", "Tarsk Productions") is the company's.
        let kind = if kind == MentionKind::Person
            && b > a + 1
            && is_cap(reader.word(b - 1))
            && words::MEDIA_COMPANY_HEADS.contains(&reader.lower(b - 1))
        {
            MentionKind::Organization
        } else {
            kind
        };
        // A lone word a model read as a body before a region's noun ("its office for the
        // Khatlon region") is the region's name.
        let kind = if kind == MentionKind::Organization
            && b == a + 1
            && !is_acronym(reader.word(a))
            && reader.gaz.lookup(reader.word(a)).is_none()
            && b < reader.toks.len()
            && reader.joined(a)
            && matches!(
                reader.word(b),
                "region" | "province" | "district" | "governorate" | "oblast" | "prefecture"
            ) {
            MentionKind::Place
        } else {
            kind
        };
        // A place the model ran across a comma ("Anouar B., Sander Rutgers" read FAC) is
        // names in apposition or a list, not one place: its words are left to the rules.
        if kind == MentionKind::Place && (a + 1..b).any(|k| reader.gap_after(k - 1).contains(',')) {
            continue;
        }
        // A title a model read as a place, alone or before a name ("DC" of "DC Jane Roe",
        // a police rank, read GPE): no place; the name after it is a person's.
        // Not a place named after a titled person, its kind's word closing it ("Queen Alia
        // International Airport").
        if kind == MentionKind::Place
            && reader.place(a, b).is_none()
            && !reader.place_kind_after(b)
            && !words::PLACE_KINDS.contains(&reader.lower(b - 1))
        {
            let title = reader.title_len(a, b);
            if title == b - a {
                continue;
            }
            if title > 0
                && (a + title..b).all(|k| {
                    let w = reader.word(k);
                    is_cap(w) && !is_acronym(w) && words::org_head(reader.lower(k)).is_none()
                })
            {
                out.push(Piece {
                    a: a + title,
                    b,
                    kind: Some(MentionKind::Person),
                    role: Some(reader.text_of(a, a + title).to_string()),
                    rule: "model",
                    pending: false,
                    fallback: Some(MentionKind::Person),
                });
                continue;
            }
        }
        // A name closing on "Human Rights" is a rights group's, however a model read it
        // ("Atajurt Kazakh Human Rights" read PERSON).
        let kind = if kind == MentionKind::Person
            && b >= a + 3
            && reader.lower(b - 2) == "human"
            && reader.lower(b - 1) == "rights"
        {
            MentionKind::Organization
        } else {
            kind
        };
        // A place named after a person or a body, the capitalised word of its kind closing
        // it ("Julius Nyerere International Airport" read ORG): a place.
        let kind = if b > a + 1
            && is_cap(reader.word(b - 1))
            && words::PLACE_KINDS.contains(&reader.lower(b - 1))
        {
            MentionKind::Place
        } else {
            kind
        };
        // A span without a letter (a chat's date "03/11/2026" read GPE) names nothing.
        if (a..b).all(|k| !reader.word(k).chars().any(char::is_alphabetic)) {
            continue;
        }
        // A lone word opening its sentence that opens sentences ("Forwarded from ...",
        // "According to ...") is no name; nor is one opening a run-in label ("Background
        // for your report: ...", "Note to editors: ...").
        if b == a + 1
            && reader.toks[a].first
            && (words::SENTENCE_STOPWORDS.contains(&reader.lower(a)) || opens_a_label(reader, a))
        {
            continue;
        }
        // A person's cipher ("R3", "Witness X1", as courts anonymise parties) is no name.
        if kind == MentionKind::Person
            && (a..b).any(|k| reader.word(k).bytes().any(|c| c.is_ascii_digit()))
        {
            continue;
        }
        // A sum with its currency's code ("EUR 25,000") names nothing.
        if a + 1 < b
            && words::NON_ENTITY_ACRONYMS.contains(&reader.word(a))
            && reader.word(a + 1).starts_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // A street written as one word, as German, Dutch and Swedish write them
        // ("Fasanenstrasse", "Keizersgracht"), is a place whatever label the model gave it.
        // So is a town or country the place gazetteer knows by the whole span ("Foz do
        // Iguaçu", "Ciudad del Este"), where no word of it is a body's head word.
        let known_place = || {
            b > a + 1
                && reader
                    .place(a, b)
                    .is_some_and(|pl| pl.kind != PlaceKind::Demonym)
                && (a..b).all(|k| words::org_head(reader.lower(k)).is_none())
        };
        // And a word the model read as a name before a place's common noun ("the Macrolotto
        // district", "Nangarhar province").
        let place_noun_after = b == a + 1
            && b < reader.toks.len()
            && reader.joined(a)
            && matches!(
                reader.lower(b),
                "district"
                    | "province"
                    | "region"
                    | "county"
                    | "governorate"
                    | "oblast"
                    | "prefecture"
                    | "neighbourhood"
                    | "neighborhood"
                    | "quarter"
                    | "suburb"
            );
        // And a name after the common noun of a place's kind and "of" ("the Brussels suburb
        // of Woluwe-Saint-Pierre", "the town of Kiruna"), where no word of it is a body's head.
        let place_of_its_kind = a >= 2
            && reader.lower(a - 1) == "of"
            && reader.joined(a - 1)
            && matches!(
                reader.lower(a - 2),
                "suburb"
                    | "town"
                    | "village"
                    | "city"
                    | "municipality"
                    | "commune"
                    | "district"
                    | "neighbourhood"
                    | "neighborhood"
                    | "province"
                    | "island"
                    | "port"
            )
            && (a..b).all(|k| words::org_head(reader.lower(k)).is_none());
        // And a town after a preposition of place ("has lived in Malmo since 2019", "was
        // arrested in Odense" read ORG).
        let town_after_preposition = b == a + 1
            && a > 0
            && reader.joined(a - 1)
            && matches!(reader.lower(a - 1), "in" | "from" | "to" | "near" | "at")
            && reader
                .place(a, b)
                .is_some_and(|pl| pl.kind != PlaceKind::Demonym);
        // And a word after a preposition of place the model reads as a place elsewhere in the
        // text ("fled to Heathrow" read FAC, "arriving at Heathrow" read PERSON).
        let placed_elsewhere = || {
            b == a + 1
                && a > 0
                && reader.joined(a - 1)
                && matches!(reader.lower(a - 1), "in" | "from" | "to" | "near" | "at")
                && model_places.contains(reader.word(a))
        };
        // And a word the model read as a body before a base's or an airport's common noun
        // ("the Nevsky air base", "the Hmeimim base"): the place the base is named for.
        let base_after = b == a + 1
            && b < reader.toks.len()
            && reader.joined(a)
            && (matches!(reader.lower(b), "base" | "airbase" | "airfield" | "airport")
                || (b + 1 < reader.toks.len()
                    && reader.joined(b)
                    && matches!(reader.lower(b), "air" | "naval" | "military" | "army")
                    && reader.lower(b + 1) == "base"));
        let kind = if (kind == MentionKind::Organization
            && ((b == a + 1 && is_street_name(reader.lower(a)))
                || known_place()
                || place_of_its_kind
                || base_after
                || town_after_preposition))
            || (kind == MentionKind::Person
                && (place_noun_after
                    || known_place()
                    || town_after_preposition
                    || place_of_its_kind
                    || placed_elsewhere()))
        {
            MentionKind::Place
        } else if kind == MentionKind::Organization
            && b < reader.toks.len()
            && (a..b).all(|k| reader.name_word(k))
            && (reader.party_and_state_after(b) || reader.age_after(b))
        {
            // A name with a legislator's affiliation ("Ana Soto (S&D, ES)") or an age after
            // it ("Arash Feizollahi, 41, of Gatineau") is a person's.
            MentionKind::Person
        } else {
            kind
        };
        // A known given name right before a person's name the model read without it; any
        // capitalised name word before one it read as a body, whose age or affiliation
        // follows ("Arash Feizollahi, 41," read "Feizollahi" ORG).
        let read_as_body = proposal_kind(&p.label) == Some(MentionKind::Organization);
        while kind == MentionKind::Person
            && a > 0
            && b - a < 4
            && reader.joined(a - 1)
            && reader.name_word(a - 1)
            && !is_title_word(reader, a - 1)
            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(a - 1))
            && (reader.gaz.is_given(reader.word(a - 1))
                || read_as_body
                // "Singh" and "Kaur" follow a Sikh's given name, known or not ("Moninder
                // Singh Bual" read "Singh Bual").
                || matches!(reader.lower(a), "singh" | "kaur"))
        {
            a -= 1;
        }
        // A seat after "in" stays apart from the body the model ran it into ("the Ministry
        // of Intelligence in Tabriz"), as the rules keep it; an embassy's or a consulate's
        // city names it, and stays.
        if kind == MentionKind::Organization {
            if let Some(k) = (a + 2..b.saturating_sub(1)).find(|&k| reader.lower(k) == "in") {
                let place_from = if reader.word(k + 1) == "the" {
                    k + 2
                } else {
                    k + 1
                };
                let seat = place_from < b && reader.place(place_from, b).is_some();
                let named_by_city = reader.names_a_mission(a, k);
                let body = (a..k).any(|j| words::org_head(reader.lower(j)).is_some());
                if seat && !named_by_city && body {
                    b = k;
                }
            }
        }
        // A body after "to" that the model ran a name before it into ("his meetings with
        // Reza to Counter Terrorism Policing"): the body alone, the name left to the rules. Not
        // a body named for its aim ("Committee to Protect Journalists").
        if kind == MentionKind::Organization {
            if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| reader.word(k) == "to") {
                let aim = words::named_for_its_aim(reader.lower(k - 1));
                let from = if reader.lower(k + 1) == "the" {
                    k + 2
                } else {
                    k + 1
                };
                if !aim
                    && from < b
                    && ((from..b).any(|j| words::org_head(reader.lower(j)).is_some())
                        || reader.gaz.lookup(reader.text_of(from, b)).is_some())
                    && !(a..k).any(|j| words::org_head(reader.lower(j)).is_some())
                {
                    a = from;
                }
            }
        }
        // Cut at parentheses, dashes and inner possessives.
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut from = a;
        for k in a..b {
            let between = if k > a { reader.gap_after(k - 1) } else { "" };
            // A parenthesis or a dash between words ends a name: "OSLO - Norwegian police"
            // is a dateline and a body, "X (Y)" a name and its acronym. So does the end of a
            // sentence ("... named Karim B. Investigators found ...").
            // So does a slash set apart by spaces ("Jane Roe / Ali Reza", two names side by
            // side in a desk's line or a bilingual header).
            let dash = between.contains(" - ")
                || between.contains('—')
                || between.contains('–')
                || between.contains(" / ");
            // (Not after a middle initial the splitter took for a sentence's end, where no
            // sentence goes on after the word: "Tarek Y. | Hamdan" closing an authors' line,
            // but "named Karim B. | Investigators found ...".)
            let initial_before = k > a + 1 && {
                let w = reader.word(k - 1).trim_end_matches('.');
                let n = reader.toks.len();
                w.chars().count() == 1
                    && w.chars().all(char::is_uppercase)
                    && is_cap(reader.word(k - 2))
                    && is_cap(reader.word(k))
                    && (k + 1 >= n
                        || reader.gap_after(k).contains('\n')
                        || !reader.word(k + 1).starts_with(char::is_lowercase))
            };
            let new_sentence =
                k > a && reader.toks[k].sentence != reader.toks[k - 1].sentence && !initial_before;
            // So does a comma between a unit's name and its body's ("Department of Political
            // Science, Kuwait University"), not one before a legal form ("Co., Ltd.").
            let comma_between_bodies = between.trim() == ","
                && is_cap(reader.word(k))
                && !words::LEGAL_FORMS.contains(&reader.lower(k).trim_end_matches('.'))
                && b - k >= 2
                && (k..b).any(|j| words::org_head(reader.lower(j)).is_some())
                && (from..k).any(|j| words::org_head(reader.lower(j)).is_some());
            if between.contains('(')
                || between.contains(')')
                || dash
                || new_sentence
                || comma_between_bodies
            {
                parts.push((from, k));
                from = k;
            }
            // Only where what precedes names something itself: "the Treasury's Office",
            // "Iran's Ministry", not "People's Mojahedin" or "Children's Fund".
            let raw = &reader.text[reader.toks[k].start..reader.toks[k].end];
            let lower = reader.lower(k);
            let names_itself = k > from
                || words::places().get(reader.word(k)).is_some()
                || (!reader.lowercase_words.contains(lower)
                    && !matches!(lower, "people" | "women" | "children" | "men" | "workers"));
            // "the Federal Prosecutor's Office", "the Attorney General's Office": a title's
            // office is one body.
            let titles_office = k + 1 < b
                && is_title_word(reader, k)
                && words::org_head(reader.lower(k + 1)).is_some();
            // A plural's possessive is an apostrophe after the word, outside the token: after
            // a body's head word it ends that body's name ("the Guard Corps' Quds Force", not
            // "the Veterans' Association").
            let plural_possessive = k + 1 < b && {
                let gap = reader.gap_after(k);
                (gap.starts_with("' ") || gap.starts_with("’ "))
                    && raw.ends_with('s')
                    && words::org_head(lower).is_some()
            };
            // "St Mary's Church", "King's College", "Guy's Hospital": an institution named
            // for its patron, not the patron's (a state's is cut: "Iran's University of ...").
            let patrons_institution = k + 1 < b
                && !words::places()
                    .get(reader.word(k))
                    .is_some_and(|p| p.kind == PlaceKind::Country)
                && matches!(
                    reader.lower(k + 1),
                    "church"
                        | "cathedral"
                        | "chapel"
                        | "abbey"
                        | "basilica"
                        | "hospital"
                        | "infirmary"
                        | "college"
                        | "school"
                        | "academy"
                );
            if k + 1 < b
                && (raw != reader.word(k) || plural_possessive)
                && names_itself
                && !titles_office
                && !patrons_institution
            {
                parts.push((from, k + 1));
                from = k + 1;
            }
        }
        parts.push((from, b));
        let span_start = a;
        for (mut a, mut b) in parts {
            // A span the model ran across a sentence's end: what follows the end is kept
            // only as a name of two words or more ("Investigators" opening the next sentence
            // is no name).
            if a > span_start && reader.toks[a].sentence != reader.toks[a - 1].sentence && b - a < 2
            {
                continue;
            }
            // And across a line's end (a table's cells, "Embassy of X / Town Hall / Day 2"):
            // a line of two words or fewer that follows, or a label's ("Day 2: Saturday"), is
            // kept only as a name the rules or the gazetteers read too, or one a known given
            // name opens.
            if a > span_start
                && b - a <= 2
                && reader.gap_after(a - 1).contains('\n')
                && (b >= reader.toks.len()
                    || reader.gap_after(b - 1).contains('\n')
                    || reader.gap_after(b - 1).starts_with(':'))
                && reader.gaz.lookup(reader.text_of(a, b)).is_none()
                && !reader.gaz.is_given(reader.word(a))
                && reader.classify_core(a, b).0.is_none()
            {
                continue;
            }
            while a < b
                && (matches!(reader.lower(a), "the" | "a" | "an")
                    || possessive_before_a_name(reader, a, b))
            {
                a += 1;
            }
            while b > a && matches!(reader.word(b - 1), "'s" | "’s") {
                b -= 1;
            }
            // A role and a comma the model ran into a body's name ("Intern, Institute for
            // Reporters' Freedom and Safety", a CV's entry): the name is what follows.
            if kind != MentionKind::Person
                && b - a >= 3
                && reader.gap_after(a) == ", "
                && words::is_appositive_role(reader.lower(a))
            {
                a += 1;
            }
            // A person's name the model cut inside its particles ("Stephanie van | den Berg"):
            // the particles and the capitalised word after them are the name's.
            if kind == MentionKind::Person
                && b > a + 1
                && NAME_PARTICLES.contains(&reader.lower(b - 1))
            {
                let mut e = b;
                while e < reader.toks.len()
                    && reader.joined(e - 1)
                    && NAME_PARTICLES.contains(&reader.lower(e))
                {
                    e += 1;
                }
                if e < reader.toks.len()
                    && reader.joined(e - 1)
                    && is_cap(reader.word(e))
                    && !is_acronym(reader.word(e))
                {
                    b = e + 1;
                }
            }
            // Lower-case words the model ran on past a name ("Ahmed K. runs", "the Saba news
            // agency") are not the name.
            let model_end = b;
            while b > a + 1 && {
                let w = reader.word(b - 1);
                !is_cap(w) && !w.chars().next().is_some_and(|c| c.is_ascii_digit())
            } {
                b -= 1;
            }
            // A body's name the model cut inside the state it is of ("the Prosecutor's Office
            // of Bosnia | and Herzegovina"): the state's whole name is the body's.
            if kind != MentionKind::Person {
                if let Some(e) = (a + 1..b)
                    .rev()
                    .find(|&k| reader.lower(k) == "of")
                    .and_then(|of| country_after_of(reader, of))
                {
                    b = b.max(e);
                }
            }
            // A title and a person's name the model took for a body ("the Hon Penny Wong"):
            // the name after the title is a person's.
            let mut kind = kind;
            // A nationality a model took for a person's name, or a word before it ("Veteran
            // Ugandan opposition leader ..."): a name does not end in a demonym unless a known
            // given name opens it (John French).
            if kind == MentionKind::Person
                && b - a <= 2
                && words::places()
                    .get(reader.word(b - 1))
                    .is_some_and(|p| p.kind == PlaceKind::Demonym)
                && (b - a == 1 || !reader.gaz.is_given(reader.word(a)))
            {
                continue;
            }
            // A role a model took for a person's name ("Senior Research Fellow", "Chair"): a
            // name does not end on a role's word unless a known given name is in it (John
            // Major, Anna Chancellor).
            if kind == MentionKind::Person
                && b - a <= 3
                && (words::is_appositive_role(reader.lower(b - 1))
                    || words::SPEAKER_ROLES.contains(&reader.lower(b - 1)))
                && !(a..b).any(|k| reader.gaz.is_given(reader.word(k)))
            {
                continue;
            }
            // Nor the end of a body's name the model cut ("Adass | Israel Synagogue"): a
            // person's name does not end on a body's head word with a capitalised name word
            // before it, whatever given name it holds.
            if kind == MentionKind::Person
                && b - a <= 3
                && words::org_head(reader.lower(b - 1)).is_some()
                && a > 0
                && reader.joined(a - 1)
                && reader.name_word(a - 1)
                && !reader.toks[a].first
            {
                continue;
            }
            // Nor is a title alone ("Her Honour" before a judge the model read apart).
            if kind == MentionKind::Person && b - a >= 2 && reader.title_len(a, b) == b - a {
                continue;
            }
            // A section's heading of a capitalised word and small ones ("Arrest and
            // execution", "Early life"): no name, whatever a model read.
            if kind == MentionKind::Person && b - a == 1 && reader.toks[a].first {
                let sentence = reader.toks[a].sentence;
                let rest: Vec<usize> = (a + 1..reader.toks.len())
                    .take_while(|&k| reader.toks[k].sentence == sentence)
                    .collect();
                let last = rest.last().copied().unwrap_or(a);
                let unpunctuated = !reader.text[reader.toks[last].end..]
                    .trim_start_matches(' ')
                    .starts_with(['.', '!', '?', ':', ',', ';', '"', ')']);
                if !rest.is_empty()
                    && rest.len() <= 4
                    && rest
                        .iter()
                        .all(|&k| reader.word(k).starts_with(char::is_lowercase))
                    && unpunctuated
                    && !reader.gaz.is_given(reader.word(a))
                {
                    continue;
                }
            }
            // No person's name opens on a possessive ("My Stealthy Freedom", "Our Future"):
            // a campaign's or a body's, where it follows "of" ("the founder of ...").
            if kind == MentionKind::Person
                && b - a >= 2
                && matches!(reader.lower(a), "my" | "our" | "your" | "their")
            {
                if a >= 1 && reader.lower(a - 1) == "of" && reader.joined(a - 1) {
                    kind = MentionKind::Organization;
                } else {
                    continue;
                }
            }
            // A body's name a model took for a person's: no person's name holds "for" and a
            // body's head word ("Turkmen Initiative for Human Rights").
            if kind == MentionKind::Person
                && b - a >= 3
                && (a + 1..b - 1).any(|k| reader.lower(k) == "for")
                && (a..b).any(|k| words::org_head(reader.lower(k)).is_some())
            {
                kind = MentionKind::Organization;
            }
            if kind == MentionKind::Organization {
                let t = reader.title_len(a, b);
                // A title of two words or more before a surname alone ("Lady Justice Marsh")
                // names a person as surely, and so does "Mr" or "Dr" ("Mr Tertel"); one word
                // of another title may open a body's name ("General Motors").
                let honorific = t == 1 && words::is_personal_honorific(reader.lower(a));
                let names = if t >= 2 || honorific { 1..=3 } else { 2..=3 };
                if t > 0 && names.contains(&(b - a - t)) && (a + t..b).all(|k| reader.name_word(k))
                {
                    kind = MentionKind::Person;
                }
                // A surname and a judge's post-nominal ("Marsh LJ").
                if b - a == 2
                    && words::JUDGES_POST_NOMINALS.contains(&reader.word(b - 1))
                    && reader.name_word(a)
                {
                    kind = MentionKind::Person;
                    b -= 1;
                }
            }
            if kind == MentionKind::Person {
                let t = reader.title_len(a, b);
                let cue = a < b && words::is_person_cue(reader.lower(a));
                if t > 0 && t < b - a {
                    a += t;
                    // Titles stacked ("the Rt Hon Lord Cameron"): each is left out.
                    loop {
                        let t = reader.title_len(a, b);
                        if t == 0 || t >= b - a {
                            break;
                        }
                        a += t;
                    }
                } else if cue && b - a >= 2 {
                    a += 1;
                }
            }
            if a >= b {
                continue;
            }
            // "the Iranian Resistance": a nationality and words the document also writes in
            // lower case, capitalised for emphasis, name no body.
            if kind == MentionKind::Organization
                && b - a >= 2
                && (a..b).all(|k| {
                    let l = reader.lower(k);
                    words::places().get(reader.word(k)).is_some()
                        || (words::org_head(l).is_none()
                            && (reader.lowercase_words.contains(l)
                                || words::looks_like_common_noun(l)))
                })
                && (a..b).any(|k| words::places().get(reader.word(k)).is_none())
            {
                continue;
            }
            // "the U.S. State department": a lower-case head word right after a body's
            // name is part of it. Not after a people's name: "the Uyghur community" is the
            // people, no body; nor after a place one of many such bodies is in ("a Minsk
            // company").
            let people = b == a + 1
                && words::places()
                    .get(reader.word(a))
                    .is_some_and(|p| p.kind == PlaceKind::Demonym);
            // Nor after an owner's possessive: "the station's Dushanbe bureau" is its branch
            // in that city.
            let one_of_many = a > 0
                && (matches!(reader.lower(a - 1), "a" | "an") || reader.possessive(a - 1))
                && reader.place(a, b).is_some();
            if kind == MentionKind::Organization
                && !people
                && !one_of_many
                && b == model_end
                && b < reader.toks.len()
                && reader.joined(b - 1)
                && reader
                    .word(b)
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && words::org_head(reader.lower(b)).is_some()
                // "UN staff" are its people, "the Rewards for Justice program" its scheme, not
                // a body; "the Anadolu news agency", "Tasnim news" say what the named outlet
                // is, in words not its name's; "your local FBI office" is the body's premises.
                && !matches!(
                    reader.lower(b),
                    "staff"
                        | "office"
                        | "offices"
                        | "headquarters"
                        | "program"
                        | "programme"
                        | "news"
                        | "media"
                        | "times"
                        | "post"
                        | "tv"
                        | "radio"
                        | "television"
                )
            {
                b += 1;
            }
            // A body's name goes on past its head word with "on" and what it works on ("the
            // Working Group on Arbitrary Detention", "the Committee on Foreign Affairs"), or
            // with a number ("Group 24", "Unit 29155"), which a model leaves out.
            if kind == MentionKind::Organization
                && b == model_end
                && b < reader.toks.len()
                && reader.joined(b - 1)
                && words::org_head(reader.lower(b - 1)).is_some()
            {
                let n = reader.toks.len();
                // Not a day or a month ("the Treasury Department on Thursday").
                let dated = |k: usize| words::is_calendar(reader.lower(k));
                if reader.lower(b) == "on" && b + 1 < n && reader.joined(b) {
                    let mut e = b + 1;
                    while e < n.min(b + 5)
                        && (e == b + 1 || reader.joined(e - 1))
                        && reader.name_word(e)
                        && !dated(e)
                    {
                        e += 1;
                    }
                    if e > b + 1 && !(e < n && reader.joined(e - 1) && is_cap(reader.word(e))) {
                        b = e;
                    }
                } else if reader.word(b).chars().all(|c| c.is_ascii_digit())
                    && (1..=6).contains(&reader.word(b).len())
                    // Not a count of something ("the Group 24 hours later").
                    && !(b + 1 < n
                        && reader.joined(b)
                        && matches!(
                            reader.lower(b + 1),
                            "hours" | "days" | "weeks" | "months" | "years" | "minutes"
                                | "people" | "members" | "men" | "women" | "percent" | "times"
                        ))
                {
                    b += 1;
                }
            }
            // A title and the body it heads, read as one body ("Commander-in-Chief of the
            // Islamic Revolutionary Guard Corps"): the body after "of".
            if kind == MentionKind::Organization {
                let t = reader.title_len(a, b);
                if t > 0
                    && a + t + 1 < b
                    && reader.lower(a + t) == "of"
                    && (a + t + 1..b).any(|k| words::org_head(reader.lower(k)).is_some())
                {
                    a += t + 1;
                    while a + 1 < b && reader.lower(a) == "the" {
                        a += 1;
                    }
                }
            }
            // The words a model cut off before the commas of an enumerated portfolio are the
            // body's name too ("Foreign, | Commonwealth and Development Office", "&" too).
            if kind == MentionKind::Organization
                && words::org_head(reader.lower(b - 1)).is_some()
                && ((a..b).any(|k| reader.lower(k) == "and")
                    || (a + 1..b).any(|k| reader.gap_after(k - 1).contains('&')))
            {
                let mut steps = 0;
                while steps < 3
                    && a >= 1
                    && reader.toks[a - 1].sentence == reader.toks[a].sentence
                    && reader.gap_after(a - 1) == ", "
                    && reader.name_word(a - 1)
                    && words::places().get(reader.word(a - 1)).is_none()
                    && !reader.gaz.is_given(reader.word(a - 1))
                {
                    a -= 1;
                    steps += 1;
                }
            }
            // A company's legal form after its name is part of it ("Scheldt Auto Export
            // BVBA", "Sahand Trading GmbH"), which a model often leaves out.
            if kind == MentionKind::Organization
                && b == model_end
                && b < reader.toks.len()
                && reader.joined(b - 1)
                && reader
                    .word(b)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && words::LEGAL_FORMS.contains(&reader.lower(b).trim_end_matches('.'))
            {
                b += 1;
            }
            // A body's name with a person's run on after it.
            let mut pieces = vec![(a, b, kind)];
            // A person's name run on with the body they speak for: "Laura Harth of
            // Safeguard Defenders", "Anna Berg of the Tarsk Forum". The body (or place) after
            // "of" is its own mention.
            if kind == MentionKind::Person {
                if let Some((of, c)) = reader.of_then_name(a, b) {
                    if (c..b).all(|k| is_cap(reader.word(k))) {
                        let after = if reader.place(c, b).is_some() {
                            MentionKind::Place
                        } else {
                            MentionKind::Organization
                        };
                        pieces = vec![(a, of, kind), (c, b, after)];
                    }
                }
            }
            // A body's name run on from the person who sits on it: "(Justice) Elaine Doherty
            // of the Supreme Court of British Columbia" is a judge and her court.
            if kind == MentionKind::Organization {
                if let Some((of, c)) = reader.of_then_name(a, b) {
                    let titled = a > 0 && reader.joined(a - 1) && is_title_word(reader, a - 1);
                    let a_person = (2..=3).contains(&(of - a))
                        && (a..of).all(|k| reader.name_word(k))
                        && (titled || reader.gaz.is_given(reader.word(a)));
                    if a_person && (c..b).any(|k| words::org_head(reader.lower(k)).is_some()) {
                        pieces = vec![(a, of, MentionKind::Person), (c, b, kind)];
                    }
                }
            }
            if kind == MentionKind::Organization && b - a >= 3 {
                for k in (a + 1..b - 1).rev() {
                    let head_before = words::org_head(reader.lower(k - 1)).is_some();
                    let name_shaped = |j: usize| {
                        let w = reader.word(j);
                        let l = reader.lower(j);
                        is_cap(w)
                            && !is_acronym(w)
                            && words::org_head(l).is_none()
                            && words::places().get(w).is_none()
                            && !words::looks_like_common_noun(l)
                    };
                    let tail = b - k;
                    // A person, not more of the body's name ("Radio Free Europe"): a known
                    // given name, or the name speaks ("... Henrik Dalsgaard said").
                    let speaks = reader.speaks_after(b - 1);
                    if head_before
                        && (2..=3).contains(&tail)
                        && (k..b).all(name_shaped)
                        && (reader.gaz.is_given(reader.word(k)) || speaks)
                    {
                        pieces = vec![(a, k, kind), (k, b, MentionKind::Person)];
                        break;
                    }
                }
            }
            // A single letter names nothing ("on X"); nor does a word made an adjective
            // ("Tor-based", "Kremlin-backed").
            pieces.retain(|&(a, b, _)| {
                let t = reader.text_of(a, b);
                let lower = t.to_lowercase();
                t.chars().filter(|c| c.is_alphanumeric()).count() >= 2
                    && !words::COMPOUND_ADJECTIVE_ENDINGS
                        .iter()
                        .any(|e| lower.ends_with(e))
            });
            let split = pieces.len() > 1;
            for (a, b, kind) in pieces {
                let lone = b - a == 1;
                out.push(Piece {
                    a,
                    b,
                    kind: if lone { None } else { Some(kind) },
                    role: None,
                    rule: if split { PERSON_AFTER_BODY } else { "model" },
                    pending: lone,
                    fallback: Some(kind),
                });
            }
        }
    }
    out
}

/// A title's office is a body, named with the title and what qualifies it: "the U.S.
/// Attorney's Office for the Eastern District of New York", "the Manhattan District
/// Attorney's Office", "the Sheriff's Office". The readers cut such names at the possessive
/// and take the title for a person's. A seat after "in" stays apart ("... Office in
/// Manhattan"), as with other bodies.
fn offices_of_titles(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 1..n {
        if reader.word(k) != "Office" || !reader.joined(k - 1) {
            continue;
        }
        // Titles whose holders have an office of that name.
        const OFFICE_TITLES: &[&str] = &[
            "attorney",
            "prosecutor",
            "general",
            "sheriff",
            "coroner",
            "comptroller",
            "auditor",
            "ombudsman",
            "inspector",
            "solicitor",
            "governor",
            "mayor",
            "president",
            "chancellor",
            "registrar",
            "marshal",
            "commissioner",
        ];
        if !reader.possessive(k - 1)
            || !is_cap(reader.word(k - 1))
            || !OFFICE_TITLES.contains(&reader.lower(k - 1))
        {
            continue;
        }
        // Back over the capitalised words of the title ("U.S.", "Manhattan District").
        let mut a = k - 1;
        while a > 0
            && reader.joined(a - 1)
            && reader.toks[a - 1].sentence == reader.toks[a].sentence
            && is_cap(reader.word(a - 1))
            && !reader.possessive(a - 1)
            && !matches!(reader.lower(a - 1), "the" | "a" | "an")
            // A body's head word ends a name before it, unless it is a title of the same
            // office ("the Prosecutor General's Office").
            && (words::org_head(reader.lower(a - 1)).is_none()
                || OFFICE_TITLES.contains(&reader.lower(a - 1)))
            && k - a < 4
        {
            a -= 1;
        }
        // On over "for the Eastern District of New York".
        let mut b = k + 1;
        if b + 1 < n && reader.lower(b) == "for" && reader.joined(b - 1) && reader.joined(b) {
            let mut e = b + 1;
            if reader.lower(e) == "the" && e + 1 < n && reader.joined(e) {
                e += 1;
            }
            let mut end = None;
            while e < n && reader.toks[e].sentence == reader.toks[k].sentence {
                let w = reader.word(e);
                if is_cap(w) && !reader.possessive(e) {
                    end = Some(e + 1);
                } else if !(reader.lower(e) == "of" && end.is_some()) {
                    break;
                }
                if !reader.joined(e) {
                    break;
                }
                e += 1;
            }
            if let Some(end) = end {
                b = end;
            }
        } else if b + 1 < n && reader.lower(b) == "of" && reader.joined(b - 1) {
            // On over the state it is of ("the Prosecutor's Office of Bosnia and Herzegovina").
            b = country_after_of(reader, b).unwrap_or(b);
        }
        found.push(Piece::found(
            a,
            b,
            MentionKind::PublicBody,
            "a title's office",
        ));
    }
    // A body's piece that already reads the office as it is keeps its reading.
    found.retain(|f| {
        !pieces.iter().any(|p| {
            p.a == f.a
                && p.b == f.b
                && !p.pending
                && matches!(
                    p.kind,
                    Some(MentionKind::Organization | MentionKind::PublicBody)
                )
        })
    });
    if found.is_empty() {
        return;
    }
    pieces.retain(|p| {
        !found
            .iter()
            .any(|f| p.a < f.b && f.a < p.b && !(p.a <= f.a && f.b < p.b))
    });
    pieces.extend(found);
}

/// `found` in place of the pieces they overlap.
fn put_over(pieces: &mut Vec<Piece>, found: Vec<Piece>) {
    if found.is_empty() {
        return;
    }
    // Which tokens the found pieces hold, marked once: a page may hold thousands of each.
    let end = found.iter().map(|f| f.b).max().unwrap_or(0);
    let mut held = vec![false; end];
    for f in &found {
        for h in held.iter_mut().take(f.b).skip(f.a) {
            *h = true;
        }
    }
    pieces.retain(|q| !(q.a..q.b.min(end)).any(|k| held[k]));
    pieces.extend(found);
}

/// The outlet or employer someone writes, reports or works for ("He reports from San José
/// for Confidencial", "she wrote for Lantern Weekly"): a body, where no one's given name opens
/// it and no place is named there, whatever a model read it as or if it read nothing.
fn bodies_one_works_for(reader: &Reader, pieces: &mut Vec<Piece>) {
    const VERBS: &[&str] = &[
        "writes",
        "wrote",
        "writing",
        "reports",
        "reported",
        "reporting",
        "works",
        "worked",
        "working",
    ];
    let n = reader.toks.len();
    // Which pieces hold each token, and how many words of persons' names each word is, once
    // (a page may say "reports for" thousands of times).
    let mut holding: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut person_words: HashMap<&str, usize> = HashMap::new();
    for (i, p) in pieces.iter().enumerate() {
        let end = p.b.min(n);
        for (k, held) in holding.iter_mut().enumerate().take(end).skip(p.a) {
            held.push(i);
            if p.kind == Some(MentionKind::Person) {
                *person_words.entry(reader.word(k)).or_default() += 1;
            }
        }
    }
    let mut found = Vec::new();
    for k in 1..n.saturating_sub(1) {
        if reader.lower(k) != "for" || !reader.joined(k) {
            continue;
        }
        // The verb right before, or before a place it is done from ("reports from San José").
        let verb_at = (k.saturating_sub(5)..k).rev().find(|&j| {
            VERBS.contains(&reader.lower(j))
                && (j..k).all(|i| reader.joined(i))
                && (j + 1..k)
                    .all(|i| matches!(reader.lower(i), "from" | "in") || reader.capitalised_word(i))
        });
        if verb_at.is_none() {
            continue;
        }
        let a = k + 1 + usize::from(reader.lower(k + 1) == "the" && k + 2 < n);
        if a > k + 1 && !reader.joined(k + 1) {
            continue;
        }
        let mut b = a;
        while b < n && b < a + 4 && reader.capitalised_word(b) && (b == a || reader.joined(b - 1)) {
            b += 1;
        }
        // Words of a name no head word closes may be a person's whose given name no
        // gazetteer knows ("worked for Ana Ferrant"): one word alone, or a body's head word.
        let body_shaped = b == a + 1 || (a..b).any(|i| words::org_head(reader.lower(i)).is_some());
        // Not a word modifying a noun after it ("the Qingtian county branch", "Persian-language
        // media", "the London-based channel"), nor part of a name the "&" goes on with ("the
        // Mail & Guardian"), nor a word of a person's name the document gives ("works for
        // Malong", Paul Malong Awan).
        const AFTER_A_NAME: &[&str] = &[
            "and", "or", "but", "in", "on", "at", "from", "since", "until", "as", "to", "for",
            "with", "about", "before", "after", "during", "when", "while", "where", "which", "who",
            "that", "than", "is", "was", "were", "has", "had", "have", "will", "would", "under",
            "over", "between", "by", "of", "into", "through", "because",
        ];
        let modifier = (b < n
            && reader.joined(b - 1)
            && reader.word(b).starts_with(char::is_lowercase)
            && !AFTER_A_NAME.contains(&reader.lower(b)))
            || (a..b).any(|i| words::is_compound_adjective(reader.lower(i)));
        let run_on = b < n && reader.gap_after(b - 1).contains('&');
        // The pieces over the words, and a person's name elsewhere holding one of them: more
        // persons' words of it than those pieces hold.
        let mut over: Vec<usize> = (a..b).flat_map(|j| holding[j].iter().copied()).collect();
        over.sort_unstable();
        over.dedup();
        let a_person_s_word = (a..b).any(|j| {
            let w = reader.word(j);
            let here: usize = over
                .iter()
                .map(|&i| &pieces[i])
                .filter(|p| p.kind == Some(MentionKind::Person))
                .map(|p| (p.a..p.b).filter(|&i| reader.word(i) == w).count())
                .sum();
            person_words.get(w).copied().unwrap_or(0) > here
        });
        if b == a
            || !body_shaped
            || modifier
            || run_on
            || a_person_s_word
            || reader.gaz.is_given(reader.word(a))
            || reader.place(a, b).is_some()
            || reader.title_len(a, b) > 0
        {
            continue;
        }
        let weak =
            |p: &Piece| p.pending || p.kind.is_none() || (p.rule == "model" && p.b - p.a == 1);
        let over: Vec<&Piece> = over.iter().map(|&i| &pieces[i]).collect();
        if over.iter().all(|p| weak(p) && p.a >= a && p.b <= b)
            && !over.iter().any(|p| {
                matches!(
                    p.kind,
                    Some(MentionKind::Organization | MentionKind::PublicBody)
                )
            })
        {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a body one works or writes for",
            ));
        }
    }
    put_over(pieces, found);
}

/// The names a plural kind of body introduces ("groups such as Memorial, OVD-Info and the
/// Anti-Corruption Foundation", "outlets including Meduza") are bodies, each of them, whatever
/// a model read one as.
fn bodies_listed_after_their_kind(reader: &Reader, pieces: &mut Vec<Piece>) {
    const KINDS: &[&str] = &[
        "groups",
        "organisations",
        "organizations",
        "bodies",
        "outlets",
        "agencies",
        "companies",
        "firms",
        "parties",
        "movements",
        "networks",
        "charities",
        "ngos",
        "media",
        "newspapers",
        "broadcasters",
        "banks",
        "universities",
    ];
    let n = reader.toks.len();
    for k in 1..n.saturating_sub(1) {
        let cue = match reader.lower(k) {
            "such" if reader.lower(k + 1) == "as" => k + 2,
            "including" | "like" => k + 1,
            _ => continue,
        };
        if !KINDS.contains(&reader.lower(k - 1)) || cue >= n {
            continue;
        }
        let sentence = reader.toks[k].sentence;
        let mut j = cue;
        while j < n && reader.toks[j].sentence == sentence {
            let w = reader.lower(j);
            if matches!(w, "and" | "or" | "the") {
                j += 1;
                continue;
            }
            if !is_cap(reader.word(j)) {
                break;
            }
            // The item: the piece covering it, or the capitalised words from here.
            let end = match pieces.iter().position(|p| p.a <= j && j < p.b) {
                Some(i) => {
                    let p = &mut pieces[i];
                    if p.kind == Some(MentionKind::Person) || p.pending {
                        p.kind = Some(MentionKind::Organization);
                        p.pending = false;
                        p.rule = "a body listed after its kind";
                    }
                    p.b
                }
                None => {
                    // Over "for", "of" or "on" and the capitalised words after them ("the
                    // Uzbek Forum for Human Rights").
                    let mut e = j + 1;
                    loop {
                        if e < n && reader.joined(e - 1) && is_cap(reader.word(e)) {
                            e += 1;
                        } else if e + 1 < n
                            && reader.joined(e - 1)
                            && reader.joined(e)
                            && matches!(reader.word(e), "for" | "of" | "on")
                            && is_cap(reader.word(e + 1))
                        {
                            e += 2;
                        } else {
                            break;
                        }
                    }
                    pieces.push(Piece {
                        a: j,
                        b: e,
                        kind: Some(MentionKind::Organization),
                        role: None,
                        rule: "a body listed after its kind",
                        pending: false,
                        fallback: None,
                    });
                    e
                }
            };
            j = end.max(j + 1);
            // Items are separated by commas or "and"/"or"; anything else ends the list.
            if j < n
                && !(reader.gap_after(j - 1).trim() == ","
                    || matches!(reader.lower(j), "and" | "or"))
            {
                break;
            }
        }
    }
}

/// Two or three capitalised words a model read apart as a place and a body, or not at all,
/// followed by a person's apposition (", a terrorism researcher at ...") are a person's name
/// ("Magnus Ranstorp"): not where the words are a place or a body the gazetteers know whole.
/// So are those a birth follows in parentheses, as a profile opens ("X (born 1981) is ...").
fn names_before_a_person_s_apposition(
    reader: &Reader,
    runs: &[(usize, usize)],
    pieces: &mut Vec<Piece>,
) {
    let mut found = Vec::new();
    for &(a, b) in runs {
        // A role opening the sentence is the person's, not their name ("Witness Senait
        // Kidane, a nurse from ...").
        let a = if b - a >= 3 && reader.toks[a].first && words::is_person_cue(reader.lower(a)) {
            a + 1
        } else {
            a
        };
        if !(2..=3).contains(&(b - a))
            || !(a..b).all(|k| is_cap(reader.word(k)) && !is_acronym(reader.word(k)))
            || words::SENTENCE_STOPWORDS.contains(&reader.lower(a))
            || !(reader.appositive_after(b) || reader.birth_after(b))
            || reader.place(a, b).is_some()
            || reader.gaz.lookup(reader.text_of(a, b)).is_some()
            || (a..b).any(|k| words::org_head(reader.lower(k)).is_some())
            || (a..b).any(|k| words::PLAIN_NOUNS.contains(&reader.lower(k)))
        {
            continue;
        }
        let here: Vec<&Piece> = pieces.iter().filter(|p| p.a < b && a < p.b).collect();
        let read_apart = here.len() >= 2
            && here.iter().all(|p| {
                p.a >= a
                    && p.b <= b
                    && p.rule != "name gazetteer"
                    && !matches!(p.kind, Some(MentionKind::Person))
            });
        // Or read as nothing at all (a surname that is also a word: "Breon Peace, the U.S.
        // attorney in Brooklyn").
        if read_apart || here.is_empty() {
            found.push(Piece {
                a,
                b,
                kind: Some(MentionKind::Person),
                role: None,
                rule: "name before a person's apposition",
                pending: false,
                fallback: None,
            });
        }
    }
    put_over(pieces, found);
}

/// A name in quotes that someone is known by or gives ("a man known only as \"Zaur\"",
/// "introduced himself as \"Dzmitry\"", "a contact he knew as \"Reza\"", "nicknamed \"the
/// Doctor\""): a person's alias, one or two capitalised words that name no place, body or
/// common thing.
fn aliases_in_quotes(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let opens_quote = |g: &str| g.trim_start().starts_with(['"', '\u{201c}']);
    let closes_quote = |g: &str| {
        g.trim_end_matches([' ', ',', '.', ';'])
            .ends_with(['"', '\u{201d}'])
            || g.starts_with(['"', '\u{201d}'])
    };
    let mut found = Vec::new();
    for k in 1..n {
        // A nickname in quotes in parentheses straight after a person's name ("Wanchalearm
        // Satsaksit ("Tar")").
        let after_a_person = matches!(reader.gap_after(k - 1), " (\"" | " (\u{201c}")
            && pieces
                .iter()
                .any(|p| p.b == k && p.kind == Some(MentionKind::Person));
        // "also known as" on a line of its own between a name and its alias, as a docket's
        // case header sets them.
        let known_as_over_a_line = k >= 2
            && reader.lower(k - 1) == "as"
            && reader.lower(k - 2) == "known"
            && reader.gap_after(k - 1).contains('\n');
        if (reader.toks[k - 1].sentence != reader.toks[k].sentence && !known_as_over_a_line)
            || !(opens_quote(reader.gap_after(k - 1)) || after_a_person)
        {
            continue;
        }
        let by_alias = match reader.lower(k - 1) {
            "as" => {
                (k >= 2
                    && matches!(
                        reader.lower(k - 2),
                        "known"
                            | "only"
                            | "himself"
                            | "herself"
                            | "identified"
                            | "named"
                            | "knew"
                            | "know"
                            | "knows"
                    ))
                    // "known on stage as", "known to his friends as", "known online as".
                    || (k >= 4 && (k.saturating_sub(5)..k - 2).any(|j| reader.lower(j) == "known"))
            }
            "nicknamed" | "alias" | "aka" | "called" | "calls" | "dubbed" | "codenamed" => true,
            // "the nom de guerre X", "under the pseudonym X", "his kunya X".
            "pseudonym" | "nickname" | "moniker" | "kunya" | "codename" => true,
            "guerre" | "plume" => {
                k >= 3 && reader.lower(k - 2) == "de" && reader.lower(k - 3) == "nom"
            }
            // "who called himself X", "who went by X".
            "himself" | "herself" | "themselves" => {
                k >= 2
                    && matches!(
                        reader.lower(k - 2),
                        "called" | "calls" | "calling" | "named" | "styled" | "dubbed"
                    )
            }
            "by" => k >= 2 && matches!(reader.lower(k - 2), "went" | "goes" | "go" | "going"),
            // "a handler using the name X", "under the name X"; "the code name X", "a cover
            // name X".
            "name" | "names" => {
                (k >= 3
                    && reader.lower(k - 2) == "the"
                    && matches!(
                        reader.lower(k - 3),
                        "using" | "uses" | "used" | "under" | "by" | "with"
                    ))
                    || (k >= 2
                        && matches!(
                            reader.lower(k - 2),
                            "code" | "cover" | "pen" | "assumed" | "false" | "fake"
                        ))
            }
            // "a/k/a", however it was cut into tokens.
            _ => {
                let end = reader.toks[k - 1].end;
                end >= 5
                    && reader
                        .text
                        .get(end - 5..end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("a/k/a"))
            }
        };
        if !by_alias && !after_a_person {
            continue;
        }
        // A body's other name ("its Directorate of Judicial Assistance, known as \"El
        // Chipote\""): no person's alias.
        let after_a_body = k >= 3
            && reader.lower(k - 1) == "as"
            && reader.gap_after(k - 3).trim() == ","
            && pieces.iter().any(|p| {
                p.b == k - 2
                    && matches!(
                        p.kind,
                        Some(MentionKind::Organization | MentionKind::PublicBody)
                    )
            });
        if after_a_body {
            continue;
        }
        // A Spanish, Italian, French or Arabic article in small letters may open the alias
        // ("alias \"el Turco\"", "known as \"al Hajj\""), a name word after it.
        let article = usize::from(
            matches!(reader.word(k), "el" | "al" | "la" | "le" | "il" | "lo")
                && k + 1 < n
                && reader.joined(k)
                && !closes_quote(reader.gap_after(k))
                && reader.name_word(k + 1),
        );
        let first = k + article;
        let mut b = first;
        while b < n
            && b < first + 2
            && reader.name_word(b)
            && !title_or_common_word(reader.lower(b))
        {
            let end = b + 1 == n || closes_quote(reader.gap_after(b));
            b += 1;
            if end {
                break;
            }
        }
        let closed = b > first && (b == n || closes_quote(reader.gap_after(b - 1)));
        // A model's reading of the alias as a body yields to the marker, where no word of it
        // is a body's ("also known as "El Cuervo"").
        let model_body_only = |p: &Piece| {
            p.rule == "model"
                && by_alias
                && (p.a..p.b).all(|j| words::org_head(reader.lower(j)).is_none())
        };
        if closed
            && !pieces.iter().any(|p| {
                p.a <= k
                    && k < p.b
                    && p.kind.is_some()
                    && !p.pending
                    && p.kind != Some(MentionKind::Place)
                    && !model_body_only(p)
            })
        {
            found.push(Piece::found(
                k,
                b,
                MentionKind::Person,
                "an alias in quotes",
            ));
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A Vietnamese surname spelt as a small English or French word, capitalised before a person's
/// name ("led by To Lam", "Le Quang Vinh, a blogger"): the name's first word, which a model
/// and the rules leave out as a preposition or an article. Inside a sentence only, or before
/// two name words at its start: "To Ali, the decision ..." is a preposition.
fn vietnamese_surnames_spelt_as_small_words(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        // A person's name, or one not yet resolved (the model's reading decides later) that
        // names no place.
        let person = p.kind == Some(MentionKind::Person)
            || (p.kind.is_none() && reader.place(p.a, p.b).is_none());
        if !person || p.a == 0 || !reader.joined(p.a - 1) {
            continue;
        }
        let k = p.a - 1;
        let surname = matches!(reader.word(k), "To" | "Do" | "Le" | "La");
        let inside = !reader.toks[k].first;
        let opens_two = matches!(reader.word(k), "Le" | "La") && p.b - p.a >= 2;
        if surname && p.b - p.a <= 3 && (inside || opens_two) {
            p.a = k;
        }
    }
}

/// Names shaped as an outlet's, whatever else read them: a German article opening a title
/// mid-sentence ("Der Spiegel", "Die Zeit"), a daily's word opening it ("Diario Rombe"), or a
/// web address's name ("Aktuality.sk",
/// "Meduza.io"). No person is named either way, even in a credit line ("reporting by Deutsche
/// Welle, Der Spiegel and Aktuality.sk").
fn outlets_by_their_shape(reader: &Reader, pieces: &mut [Piece]) {
    let domain = |w: &str| {
        w.rsplit_once('.').is_some_and(|(name, tld)| {
            name.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && (2..=6).contains(&tld.len())
                && tld.chars().all(|c| c.is_ascii_lowercase())
        })
    };
    for p in pieces.iter_mut() {
        if !matches!(p.kind, Some(MentionKind::Person) | None) {
            continue;
        }
        let article = p.b - p.a >= 2
            && matches!(reader.word(p.a), "Der" | "Die" | "Das")
            && !reader.toks[p.a].first
            && is_cap(reader.word(p.a + 1));
        let web = p.b - p.a == 1 && is_cap(reader.word(p.a)) && domain(reader.word(p.a));
        // A daily's name opening on the word for one in Spanish, Portuguese or Italian
        // ("Diario Rombe", "Diário de Notícias", "Jornal de Angola", "Corriere della Sera").
        let daily = p.b - p.a >= 2
            && matches!(
                reader.word(p.a),
                "Diario" | "Diário" | "Jornal" | "Periódico" | "Corriere" | "Gazeta" | "Folha"
            )
            && is_cap(reader.word(p.b - 1));
        // A title ending on a continent's name in French or English ("Jeune Afrique", "Le
        // Monde Afrique"): no one's surname.
        let continent = p.b - p.a >= 2
            && matches!(
                reader.word(p.b - 1),
                "Afrique" | "Afrika" | "Asie" | "Amérique" | "Arabia"
            )
            && !reader.gaz.is_given(reader.word(p.a));
        if article || web || daily || continent {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.pending = false;
            p.rule = "an outlet's name by its shape";
        }
    }
}

/// Initials after a dash that close a paragraph ("... Thank you for following. - LE"): a live
/// blog's or a column's sign-off, its writer's initials, no body, unless the text defines
/// them or the lists know them.
fn sign_off_initials(reader: &Reader, pieces: &mut Vec<Piece>) {
    let text = reader.text;
    pieces.retain(|p| {
        if p.b != p.a + 1 || p.rule == "acronym defined in the document" {
            return true;
        }
        let w = reader.word(p.a);
        let initials = (2..=3).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase());
        if !initials || reader.gaz.lookup(w).is_some() {
            return true;
        }
        let (start, end) = (reader.toks[p.a].start, reader.toks[p.a].end);
        let before = text[..start].trim_end_matches(' ');
        let after_dash = before
            .strip_suffix(['-', '\u{2013}', '\u{2014}'])
            .map(|b| b.trim_end_matches(' '));
        let after_sentence =
            after_dash.is_some_and(|b| b.ends_with(['.', '!', '?', '"', '\u{201d}']));
        let closes_paragraph = text[end..]
            .split('\n')
            .next()
            .is_some_and(|rest| rest.trim().is_empty());
        !(after_sentence && closes_paragraph)
    });
}

/// One capitalised word between a possessive and an office's noun ("the channel's Mekelle
/// office", "the agency's Moscow bureau") is the city the office is in, whatever a model or
/// the word before read it as: a body's own office would follow the body's name, not its
/// owner's.
fn cities_of_an_owner_s_office(reader: &Reader, pieces: &mut [Piece]) {
    let n = reader.toks.len();
    for p in pieces.iter_mut() {
        let weak = p.rule == "model" || p.pending || p.kind.is_none();
        if !weak
            || p.b != p.a + 1
            || p.a == 0
            || p.b >= n
            || matches!(p.kind, Some(MentionKind::Person | MentionKind::Place))
            || !reader.possessive(p.a - 1)
            || !reader.joined(p.a - 1)
            || !reader.joined(p.a)
            || is_acronym(reader.word(p.a))
            || !matches!(
                reader.word(p.b),
                "office" | "offices" | "bureau" | "branch" | "studio" | "studios"
            )
        {
            continue;
        }
        p.kind = Some(MentionKind::Place);
        p.fallback = Some(MentionKind::Place);
        p.pending = false;
        p.rule = "the city of an owner's office";
    }
}

/// A name a person is known by, written without quotes after theirs and a comma ("Mohamed
/// Hamdan Dagalo, known as Hemedti,", "Ali Bakr, better known as Abu Omar.", "X, nicknamed
/// Y,"): that person's alias, one or two capitalised words closing the clause, whatever a model
/// read them as. The name before must be a person's: after a body the words are its short
/// name (`Reader::acronym_known_as`).
fn aliases_known_without_quotes(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for p in pieces.iter() {
        if p.kind != Some(MentionKind::Person) || p.pending || p.b + 3 > n {
            continue;
        }
        if !reader.gap_after(p.b - 1).trim_start().starts_with(',') {
            continue;
        }
        let mut k = p.b;
        if matches!(reader.lower(k), "also" | "better" | "widely" | "popularly") {
            k += 1;
        }
        let cue_end = match reader.lower(k) {
            "known" if k + 1 < n && reader.lower(k + 1) == "as" => k + 2,
            "nicknamed" | "dubbed" => k + 1,
            _ => continue,
        };
        if cue_end >= n
            || !(k..cue_end).all(|j| reader.joined(j))
            || reader.toks[cue_end].sentence != reader.toks[p.a].sentence
        {
            continue;
        }
        let mut b = cue_end;
        while b < n
            && b < cue_end + 2
            && reader.name_word(b)
            && !title_or_common_word(reader.lower(b))
            && !is_acronym(reader.word(b))
        {
            b += 1;
            if !reader.joined(b - 1) {
                break;
            }
        }
        let closes = b == n
            || matches!(
                reader.gap_after(b - 1).trim_start().chars().next(),
                Some(',' | '.' | ';' | ')')
            )
            || reader.toks[b].sentence != reader.toks[b - 1].sentence;
        if b == cue_end || !closes || reader.gaz.lookup(reader.text_of(cue_end, b)).is_some() {
            continue;
        }
        // A place it names is no alias ("known as Little Kabul" is where, not who): only a
        // model's reading may be overruled, not the gazetteer's.
        if reader.place(cue_end, b).is_some() {
            continue;
        }
        found.push(Piece::found(
            cue_end,
            b,
            MentionKind::Person,
            "an alias after a person's name",
        ));
    }
    put_over(pieces, found);
}

/// A name right after a possessive and a noun of kinship ("my brother Kemal lost his job",
/// "whose sister Leyla lives in exile"), or set off by a comma where it closes its clause, as
/// an obituary lists survivors ("his wife, Leyla; and a brother, Kemal.") and a report a
/// person by their role ("an Indian national, Nikhil Varma, was"): that person's name, one
/// or two name words, whatever a model or the place gazetteer read there.
fn relatives_named_after_kin(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    let possessive_at = |k: usize| {
        matches!(
            reader.lower(k),
            "my" | "his" | "her" | "their" | "our" | "your" | "whose"
        )
    };
    for k in 1..n.saturating_sub(1) {
        let possessive = possessive_at(k - 1);
        let kin = words::KIN_NOUNS.contains(&reader.lower(k));
        // A role set off the same way ("an Indian national, Nikhil Varma, was hired"), a
        // people's name allowed before it.
        let determiner = |j: usize| possessive_at(j) || matches!(reader.lower(j), "a" | "an");
        let determined = determiner(k - 1)
            || (!kin
                && k >= 2
                && determiner(k - 2)
                && names_a_people(reader.word(k - 1))
                && reader.joined(k - 2));
        // The role's place may come between it and the comma ("a Uyghur man in Oslo, Muhtar
        // Rozi, told"): the name follows the place.
        let c = match reader.lower(k + 1) {
            "in" | "from" if reader.joined(k) && k + 2 < n && reader.joined(k + 1) => (k + 3
                ..n.min(k + 5))
                .find(|&e| {
                    reader
                        .place(k + 2, e)
                        .is_some_and(|p| p.kind != PlaceKind::Demonym)
                        && reader.gap_after(e - 1) == ", "
                })
                .map_or(k, |e| e - 1),
            _ => k,
        };
        let after_comma = reader.gap_after(c) == ", "
            && determined
            && c + 1 < n
            && reader.toks[c + 1].sentence == reader.toks[k].sentence;
        // A man or a woman set off so is named as surely as a role is.
        let role = !kin
            && (words::is_appositive_role(reader.lower(k))
                || (after_comma && matches!(reader.lower(k), "man" | "woman")));
        if !(kin || role)
            || !((kin && possessive) || after_comma)
            || !reader.joined(k - 1)
            || !(reader.joined(k) || after_comma)
            || c + 1 >= n
            || !reader.name_word(c + 1)
            // "told my mother I could": a pronoun.
            || reader.word(c + 1).chars().count() < 2
            || words::is_calendar(reader.lower(c + 1))
            || title_or_common_word(reader.lower(c + 1))
        {
            continue;
        }
        let mut b = c + 2;
        if b < n && reader.joined(b - 1) && reader.name_word(b) {
            b += 1;
        }
        // A longer run is a name the other rules read whole.
        if b < n && reader.joined(b - 1) && is_cap(reader.word(b)) {
            continue;
        }
        // After a comma the name closes its clause: "his son, Reza Moradi, said" or
        // "a brother, Kemal." (not "her sister, Tehran's prosecutor said").
        if after_comma
            && !(b >= n
                || reader.toks[b].sentence != reader.toks[b - 1].sentence
                || matches!(reader.gap_after(b - 1), ", " | "; ")
                || (reader.joined(b - 1) && reader.lower(b) == "and"))
        {
            continue;
        }
        let already_a_person = pieces
            .iter()
            .any(|p| p.kind == Some(MentionKind::Person) && p.a <= c + 1 && c + 1 < p.b);
        if !already_a_person {
            found.push(Piece::found(
                c + 1,
                b,
                MentionKind::Person,
                if kin {
                    "a relative named after kinship"
                } else {
                    "a name set off after its role"
                },
            ));
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A name of two or three words no reader classified, whose last word is the surname of a
/// person the document names in full with another given name ("When Aylin Demir opened ...",
/// her brother "Kerem Demir" named after kinship): a person of that family.
fn kin_by_a_shared_surname(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let full_names: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|p| {
            !p.pending && p.kind == Some(MentionKind::Person) && (2..=4).contains(&(p.b - p.a))
        })
        .map(|p| (p.a, p.b))
        .collect();
    if full_names.is_empty() {
        return;
    }
    let surnames: HashMap<&str, Vec<&str>> =
        full_names.iter().fold(HashMap::new(), |mut m, &(a, b)| {
            m.entry(reader.word(b - 1))
                .or_insert_with(Vec::new)
                .push(reader.word(a));
            m
        });
    let covered = tokens_named(reader, pieces);
    let free_name_word = |k: usize| {
        !covered[k]
            && reader.name_word(k)
            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(k))
            && !title_or_common_word(reader.lower(k))
            && !words::looks_like_common_noun(reader.lower(k))
    };
    let mut found = Vec::new();
    for (k, &named) in covered.iter().enumerate().skip(1) {
        let Some(givens) = surnames.get(reader.word(k)) else {
            continue;
        };
        if named || (k + 1 < n && reader.joined(k) && is_cap(reader.word(k + 1))) {
            continue;
        }
        let mut s = k;
        while s > 0 && k - s < 2 && reader.joined(s - 1) && free_name_word(s - 1) {
            s -= 1;
        }
        // The run must open where the capitalised words do ("When" opening the sentence is
        // none of them), on another given name.
        let opens = s == 0
            || !reader.joined(s - 1)
            || !is_cap(reader.word(s - 1))
            || words::SENTENCE_STOPWORDS.contains(&reader.lower(s - 1));
        // A word opening a sentence may be any ("Is Demir still ...?"), unless a given name.
        let sentence_opener = reader.toks[s].first || reader.after_speaker_label(s);
        if s < k
            && opens
            && !givens.contains(&reader.word(s))
            && (!sentence_opener || reader.gaz.is_given(reader.word(s)))
        {
            found.push(Piece::found(
                s,
                k + 1,
                MentionKind::Person,
                "a surname a relative bears",
            ));
        }
    }
    put_over(pieces, found);
}

/// The end of a state's name after "of" at `of` ("of Bosnia and Herzegovina", "of the
/// Republic of Türkiye"), the longest that is a country's name, within the sentence.
fn country_after_of(reader: &Reader, of: usize) -> Option<usize> {
    let n = reader.toks.len();
    let mut from = of + 1;
    if from < n && reader.lower(from) == "the" {
        from += 1;
    }
    (from + 1..=(from + 6).min(n))
        .rev()
        .filter(|&e| (of..e - 1).all(|k| reader.joined(k)))
        .filter(|&e| reader.toks[e - 1].sentence == reader.toks[of].sentence)
        .find(|&e| {
            is_cap(reader.word(from))
                && is_cap(reader.word(e - 1))
                && vigil_model::country_code(reader.text_of(from, e)).is_some()
        })
}

/// A possessive determiner a model took into the name after it ("Its State Security Service
/// said", opening a sentence): the name is what follows. Not "His Majesty's Government", a
/// style that is part of the name.
fn possessive_before_a_name(reader: &Reader, a: usize, b: usize) -> bool {
    a + 1 < b
        && matches!(reader.lower(a), "its" | "his" | "her" | "their")
        && reader.word(a + 1).starts_with(char::is_uppercase)
        && !matches!(
            reader
                .lower(a + 1)
                .trim_end_matches("'s")
                .trim_end_matches("’s"),
            "majesty" | "highness" | "excellency" | "holiness" | "royal" | "grace" | "lordship"
        )
}

/// An honorific written in capitals ("MR.", "DR"): minutes write their members' initials so.
fn honorific_in_capitals(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "MR" | "MRS" | "MS" | "DR" | "MX")
}

/// A given name's initial before a person's name ("K. Roe", "Signed: K. Roe, Chair"): the
/// name's, as the writer gives it, even where a sentence splitter took its full stop for a
/// sentence's end. Not a letter closing dotted initials ("U.K. Roe", where the letter before
/// it is one too).
/// Words of a document's symbol or reference joined by slashes ("A/HRC/WGAD/2024/18", the UN's
/// symbols; "UA JOR 4/2026"): a code, not the bodies its letters abbreviate.
fn parts_of_reference_codes(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let slashed = |k: usize| k + 1 < n && reader.gap_after(k) == "/";
    let mut in_code = vec![false; n];
    let mut k = 0;
    while k < n {
        let mut e = k;
        while slashed(e) {
            e += 1;
        }
        if e > k
            && (k..=e).any(|j| reader.word(j).bytes().any(|c| c.is_ascii_digit()))
            && (k..=e).any(|j| is_acronym(reader.word(j)))
        {
            in_code[k..=e].iter_mut().for_each(|x| *x = true);
        }
        k = e + 1;
    }
    pieces.retain(|p| !(p.a..p.b).all(|k| in_code[k]));
}

/// A word alone that opens the full name of a person the document names ("Chanda" after
/// "Chanda Mulenga"), which the place gazetteer holds as a small town's: the person's given
/// name, unless the words before it say where ("in Chanda", "from Chanda").
fn given_names_a_gazetteer_took_for_towns(reader: &Reader, pieces: &mut [Piece]) {
    let given: HashSet<&str> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| reader.word(p.a))
        .collect();
    // ... and surnames: a person's last word alone ("MC Kota", then "Kota's lawyer").
    // A name of three words or more may be used by its middle word alone, as Spanish
    // speakers use the first of two surnames ("Héctor Valdivia Ruiz", then "Valdivia").
    let surnames: HashSet<&str> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .flat_map(|p| {
            let middle = (p.b - p.a >= 3).then(|| reader.word(p.b - 2));
            std::iter::once(reader.word(p.b - 1)).chain(middle)
        })
        .collect();
    for p in pieces.iter_mut() {
        let word = reader.word(p.a);
        if p.kind != Some(MentionKind::Place)
            || p.b - p.a != 1
            || !(given.contains(word) || surnames.contains(word))
        {
            continue;
        }
        let town = reader
            .place(p.a, p.b)
            .is_some_and(|pl| matches!(pl.kind, PlaceKind::City | PlaceKind::Region));
        let small_town = town
            && reader
                .place(p.a, p.b)
                .is_some_and(|pl| pl.population < 1_000_000);
        // A surname a possessive of a person's tie follows is a person's, a city of any size
        // ("Kota's lawyer").
        let a_person_s_tie = surnames.contains(word)
            && town
            && reader.possessive(p.a)
            && p.a + 1 < reader.toks.len()
            && (words::PERSON_POSSESSIONS.contains(&reader.lower(p.a + 1))
                || words::KIN_NOUNS.contains(&reader.lower(p.a + 1))
                || words::is_person_cue(reader.lower(p.a + 1)));
        let small_town = small_town || a_person_s_tie;
        let locative = reader.after_a_preposition_of_place(p.a);
        if small_town && !locative {
            p.kind = Some(MentionKind::Person);
            p.fallback = Some(MentionKind::Person);
            p.rule = "a person's given name a gazetteer holds as a town's";
        }
    }
}

/// A body's French name written, as French writes it, with capitals on its first word alone
/// ("Ligue des droits humains", "Comité pour la défense des droits"): the head word, a
/// particle, and the lower-case words after it up to the English text around it.
fn french_bodies_in_lower_case(reader: &Reader, pieces: &mut Vec<Piece>) {
    const HEADS: &[&str] = &[
        "ligue",
        "association",
        "comité",
        "collectif",
        "fédération",
        "observatoire",
        "mouvement",
        "syndicat",
        "réseau",
        "coordination",
        "rassemblement",
        "front",
        "parti",
        "union",
        "police",
        "gendarmerie",
        // A state's agencies, councils and courts ("Agence nationale de sécurité", "Direction
        // générale de la sécurité extérieure", "Tribunal de grande instance").
        "agence",
        "direction",
        "conseil",
        "commission",
        "institut",
        "ministère",
        "délégation",
        "autorité",
        "office",
        "service",
        "centre",
        "bureau",
        "brigade",
        "cour",
        "tribunal",
        "maison",
    ];
    // A French adjective after the head ("Union progressiste", "Police nationale", "Ligue
    // béninoise des droits de l'homme"): by its ending, none an English word's.
    let french_adjective = |w: &str| {
        w.chars().all(char::is_lowercase)
            && [
                "iste",
                "istes",
                "aire",
                "aires",
                "ique",
                "iques",
                "nationale",
                // "générale", "centrale", "pénale", "spéciale" (no English word of that
                // length and ending follows a French body's head word).
                "rale",
                "nale",
                // "intérieure", "extérieur", "supérieure".
                "ieure",
                "ieur",
                "iale",
                "oise",
                "aise",
                "ienne",
                "aine",
            ]
            .iter()
            .any(|end| w.ends_with(end))
    };
    // ("et" between two of its parts: "... de l'information et de la communication".)
    const PARTICLES: &[&str] = &[
        "des", "de", "du", "pour", "contre", "la", "le", "les", "l'", "en", "et", "sur",
    ];
    const ENGLISH: &[&str] = &[
        "has", "have", "had", "is", "was", "were", "are", "and", "or", "in", "on", "at", "to",
        "the", "a", "an", "which", "who", "that", "said", "says", "will", "would", "with", "from",
        "by", "for", "of", "as", "its", "it", "also", "took", "takes",
    ];
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        let adjective = french_adjective(reader.word(k + 1));
        if !is_cap(reader.word(k))
            || !HEADS.contains(&reader.lower(k))
            || !reader.joined(k)
            || !(PARTICLES.contains(&reader.lower(k + 1)) || adjective)
        {
            continue;
        }
        let mut e = k + 1;
        let mut content = usize::from(adjective);
        while e + 1 < n && e < k + 12 && reader.joined(e) {
            let w = reader.word(e + 1);
            let lower = reader.lower(e + 1);
            let particle = PARTICLES.contains(&lower);
            let french_word = w.starts_with(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '’')
                && !ENGLISH.contains(&lower);
            // A country or a place closing the name ("... des droits humains en Mauritanie").
            // (A country the gazetteer spells the English way: "du Sénégal", the last word.)
            let closes = e + 2 >= n || !reader.joined(e + 1) || !is_cap(reader.word(e + 2));
            let place_after_particle = is_cap(w)
                && !is_acronym(w)
                && (matches!(reader.lower(e), "en" | "au" | "aux")
                    || (matches!(reader.lower(e), "de" | "du")
                        && (reader.place(e + 1, e + 2).is_some() || closes)));
            if place_after_particle && content >= 1 {
                e += 1;
                break;
            }
            if !(particle || french_word) {
                break;
            }
            // Opened by an adjective, the name goes on only through its particles ("Police
            // nationale | reported"): a word after a word is the English text's.
            let after_particle = PARTICLES.contains(&reader.lower(e));
            if adjective && !particle && !after_particle && !french_adjective(w) {
                break;
            }
            e += 1;
            if !particle {
                content += 1;
            }
        }
        while e > k + 1 && PARTICLES.contains(&reader.lower(e)) {
            e -= 1;
        }
        if content >= 1 && (e > k + 1 || adjective) {
            found.push(Piece::found(
                k,
                e + 1,
                MentionKind::Organization,
                "a French body's name in lower case",
            ));
        }
    }
    put_over(pieces, found);
}

/// A French institution named after someone or somewhere, its head word first ("Université
/// Omar Bongo", "Hôpital Notre-Dame", "Maison d'Haïti", "Complexe funéraire Jane Roe"), and
/// the bodies "without borders" ("Reporters sans frontières"): a body, though a person's or a
/// place's name closes it.
fn french_institutions_named_after_someone(reader: &Reader, pieces: &mut Vec<Piece>) {
    const HEADS: &[&str] = &[
        "université",
        "hôpital",
        "maison",
        "complexe",
        "lycée",
        "collège",
        "école",
        "clinique",
        "musée",
    ];
    let n = reader.toks.len();
    let name_word = |k: usize| k < n && reader.capitalised_word(k);
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        if !is_cap(reader.word(k)) || !reader.joined(k) {
            continue;
        }
        if reader.lower(k + 1) == "sans"
            && reader.joined(k + 1)
            && reader.lower(k + 2).starts_with("frontière")
        {
            found.push(Piece::found(
                k,
                k + 3,
                MentionKind::Organization,
                "a body 'without borders'",
            ));
            continue;
        }
        if !HEADS.contains(&reader.lower(k)) {
            continue;
        }
        // A French adjective of the head's between ("Complexe funéraire ...").
        let mut j = k + 1;
        while j + 1 < n
            && j < k + 3
            && reader.word(j).chars().all(char::is_lowercase)
            && (reader.lower(j).ends_with("aire") || reader.lower(j).ends_with("ale"))
            && reader.joined(j)
        {
            j += 1;
        }
        let w = reader.word(j.min(n - 1));
        let elided = j < n
            && (w.starts_with("d'") || w.starts_with("d’"))
            && w.chars().nth(2).is_some_and(char::is_uppercase);
        let mut e = j;
        if elided {
            e = j + 1;
        } else {
            while e < n && e < j + 3 && name_word(e) && (e == j || reader.joined(e - 1)) {
                e += 1;
            }
        }
        if e > j {
            found.push(Piece::found(
                k,
                e,
                MentionKind::Organization,
                "a French institution named after someone or somewhere",
            ));
        }
    }
    put_over(pieces, found);
}

/// A law or rules named by their kind and subject ("the Law on International Legal
/// Assistance", "Rule 39 of its Rules of Court", "the Code of Criminal Procedure"), a
/// designation's category ("a Foreign Terrorist Organization") and a faith's adjective alone
/// ("a Catholic network"): no body, though a body's head word may be in them.
fn laws_and_designations(reader: &Reader, pieces: &mut Vec<Piece>) {
    const FAITHS: &[&str] = &[
        "catholic",
        "protestant",
        "orthodox",
        "evangelical",
        "lutheran",
        "anglican",
        "christian",
        "muslim",
        "islamic",
        "sunni",
        "shia",
        "shiite",
        "jewish",
        "buddhist",
        "hindu",
        "sikh",
    ];
    pieces.retain(|p| {
        !(matches!(
            p.kind.or(p.fallback),
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && p.b - p.a == 1
            && FAITHS.contains(&reader.lower(p.a)))
    });
    const CATEGORIES: &[&str] = &[
        "foreign terrorist organization",
        "foreign terrorist organisation",
        "specially designated global terrorist",
        "specially designated national",
        "transnational criminal organization",
        "state sponsor of terrorism",
    ];
    pieces.retain(|p| {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || p.b - p.a < 2
        {
            return true;
        }
        let law = matches!(
            reader.word(p.a),
            "Law" | "Code" | "Rules" | "Regulation" | "Decree"
        ) && matches!(reader.lower(p.a + 1), "on" | "of" | "for" | "against");
        let text = reader.text_of(p.a, p.b).to_lowercase();
        let category = CATEGORIES
            .iter()
            .any(|c| text == *c || text.strip_suffix('s') == Some(c));
        !(law || category)
    });
    // A body's name inside a law's ("the Hong Kong Economic and Trade Office Certification
    // Act"): the law is named, not the body.
    let n = reader.toks.len();
    pieces.retain(|p| {
        if !read_as_body(p) {
            return true;
        }
        let mut e = p.b;
        while e < n && e < p.b + 4 && reader.joined(e - 1) && is_cap(reader.word(e)) {
            if reader.word(e) == "Act" {
                return false;
            }
            e += 1;
        }
        true
    });
}

/// Whether a piece is read as a body (an organisation or a public body), by its kind or,
/// for a word left to the second pass, by what a model said it is.
fn read_as_body(p: &Piece) -> bool {
    matches!(
        p.kind.or(p.fallback),
        Some(MentionKind::Organization | MentionKind::PublicBody)
    )
}

/// A law report's citation and the case it names ("KK and RS (Sur place activities: risk) Sri
/// Lanka CG [2021] UKUT 130 (IAC)", "Roe v Doe [2019] EWHC 12 (QB)"): the year in square
/// brackets, the report's letters, its number and the division in parentheses name no body;
/// a case named by its parties' initials ("KK and RS", "GJ and Others") or a country guidance
/// case's country ("Sri Lanka CG") names no one, there or again later ("In KK and RS at
/// [409]"); nor does a party a caption writes by initials beside its part ("SK, (ANONYMITY
/// ORDER MADE), Appellant"). Parties named in full ("Roe v Doe") stay persons.
fn cases_and_their_citations(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let initials_word = |k: usize| {
        let w = reader.word(k);
        (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    let mut in_citation = vec![false; n];
    let mut citations = Vec::new();
    for k in 0..n {
        let year = reader.word(k);
        let a_year =
            year.len() == 4 && year.parse::<u16>().is_ok_and(|y| (1800..2100).contains(&y));
        if !a_year
            || !reader.text_before(k).ends_with('[')
            || !reader.text_after(k).starts_with(']')
        {
            continue;
        }
        // The report's letters ("UKUT", "EWCA Civ", "EWHC") and the case's number.
        let mut j = k + 1;
        while j < n
            && j < k + 4
            && (j == k + 1 || reader.joined(j - 1))
            && reader.word(j).chars().all(char::is_alphabetic)
            && reader.word(j).starts_with(char::is_uppercase)
        {
            j += 1;
        }
        if j == k + 1
            || j >= n
            || !is_acronym(reader.word(k + 1))
            || !reader.word(j).chars().all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let mut end = j + 1;
        // The division in parentheses ("(IAC)", "(Admin)").
        if end < n && reader.gap_after(j).trim() == "(" && reader.text_after(end).starts_with(')') {
            end += 1;
        }
        in_citation[k..end].iter_mut().for_each(|t| *t = true);
        citations.push(k);
    }
    let mut case_initials: HashSet<&str> = HashSet::new();
    let case_words = |p: &Piece| {
        (p.a..p.b).all(|k| initials_word(k) || matches!(reader.lower(k), "and" | "others"))
            && initials_word(p.a)
    };
    for &k in &citations {
        let sentence = reader.toks[k].sentence;
        for p in pieces.iter() {
            let before = p.b <= k && p.b + 15 > k && reader.toks[p.a].sentence == sentence;
            if before && case_words(p) {
                case_initials.extend(
                    (p.a..p.b)
                        .filter(|&j| initials_word(j))
                        .map(|j| reader.word(j)),
                );
            }
        }
    }
    // A party written by initials in a case's caption, beside its part or an anonymity order.
    for p in pieces.iter() {
        if p.b - p.a != 1 || !initials_word(p.a) || reader.word(p.a).len() < 2 {
            continue;
        }
        let start = reader.toks[p.a].start;
        let line_start = reader.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = reader.text[start..]
            .find('\n')
            .map_or(reader.text.len(), |i| start + i);
        let line = reader.text[line_start..line_end].to_lowercase();
        let party = line
            .split(|c: char| !c.is_alphabetic())
            .any(|w| words::PARTY_ROLES.contains(&w) || w == "anonymity");
        if party && line.len() <= 80 {
            case_initials.insert(reader.word(p.a));
        }
    }
    pieces.retain_mut(|p| {
        if (p.a..p.b).any(|k| in_citation[k]) {
            // A country guidance case's country before its citation ("Sri Lanka CG").
            return false;
        }
        let last_cg =
            reader.word(p.b - 1) == "CG" && citations.iter().any(|&k| k >= p.b && k <= p.b + 1);
        if last_cg {
            return false;
        }
        if case_initials.is_empty() {
            return true;
        }
        if case_words(p)
            && (p.a..p.b).all(|k| !initials_word(k) || case_initials.contains(reader.word(k)))
        {
            return false;
        }
        // A case's initials a reader ran into the words after them ("RS the Tribunal").
        let mut a = p.a;
        while a < p.b
            && (case_initials.contains(reader.word(a)) || matches!(reader.lower(a), "and" | "the"))
        {
            a += 1;
        }
        if a > p.a && a < p.b && case_initials.contains(reader.word(p.a)) {
            p.a = a;
        }
        true
    });
}

/// A role held in a body written after the body's name as one title ("Senior Home Office
/// Presenting Officer", "the UN Special Rapporteur on ..."): the body is named there, the role
/// names no body. What is left must still read as a body: a head word, an acronym, or a name
/// the gazetteer knows ("Office of the Special Envoy" stays whole: "Office of the" is none).
fn bodies_before_a_role(reader: &Reader, pieces: &mut [Piece]) {
    const ROLE_ENDS: &[&str] = &[
        "officer",
        "rapporteur",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "attaché",
        "attache",
        "liaison",
    ];
    const ROLE_MODIFIERS: &[&str] = &[
        "presenting",
        "special",
        "press",
        "legal",
        "liaison",
        "information",
        "case",
        "field",
        "desk",
    ];
    const SENIORITY: &[&str] = &[
        "senior",
        "chief",
        "deputy",
        "principal",
        "acting",
        "assistant",
    ];
    for p in pieces.iter_mut() {
        if !read_as_body(p) || p.b - p.a < 2 || !ROLE_ENDS.contains(&reader.lower(p.b - 1)) {
            continue;
        }
        let mut e = p.b - 1;
        while e > p.a && ROLE_MODIFIERS.contains(&reader.lower(e - 1)) {
            e -= 1;
        }
        let mut s = p.a;
        while s < e && SENIORITY.contains(&reader.lower(s)) {
            s += 1;
        }
        if s >= e {
            continue;
        }
        let body = words::org_head(reader.lower(e - 1)).is_some()
            || (e - s == 1 && is_acronym(reader.word(s)))
            || reader.gaz.lookup(reader.text_of(s, e)).is_some();
        if body {
            p.a = s;
            p.b = e;
            if p.kind.is_none() {
                p.kind = p.fallback;
            }
        }
    }
}

/// A name a model read as a person's or a place's before a noun for a yearly day ("the annual
/// Maaveerar Naal commemoration", "the Mawlid celebrations"): the day's name, no one's. A
/// person's name the document gives elsewhere, or one opening on a known given name, stays
/// ("the Navalny commemoration" after "Alexei Navalny").
fn names_of_commemorations(reader: &Reader, pieces: &mut Vec<Piece>) {
    const DAY_NOUNS: &[&str] = &[
        "commemoration",
        "commemorations",
        "observance",
        "pilgrimage",
        "celebration",
        "celebrations",
        "festivities",
        "holiday",
    ];
    let n = reader.toks.len();
    let persons: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|q| q.kind == Some(MentionKind::Person))
        .map(|q| (q.a, q.b))
        .collect();
    pieces.retain(|p| {
        if p.rule != "model"
            || !matches!(
                p.kind.or(p.fallback),
                Some(MentionKind::Person | MentionKind::Place)
            )
            || p.b >= n
            || !reader.joined(p.b - 1)
        {
            return true;
        }
        let noun = reader.lower(p.b);
        let annual = p.a > 0 && matches!(reader.lower(p.a - 1), "annual" | "yearly");
        let day_noun = DAY_NOUNS.contains(&noun)
            || (annual
                && (words::EVENT_HEADS.contains(&noun)
                    || matches!(noun, "march" | "vigil" | "day" | "ceremony")));
        if !day_noun {
            return true;
        }
        let named_elsewhere = persons.iter().any(|&(a, b)| {
            a != p.a && (a..b).any(|k| (p.a..p.b).any(|j| reader.lower(j) == reader.lower(k)))
        });
        named_elsewhere || reader.gaz.is_given(reader.word(p.a))
    });
}

/// A government's paper named like a body ("the Country Policy and Information Note (CPIN)",
/// "the Operational Guidance Note"): a document, no body, and neither is the acronym it is
/// given.
fn papers_named_like_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    const PAPERS: &[&str] = &[
        "note",
        "notes",
        "guidance",
        "handbook",
        "manual",
        "memorandum",
    ];
    let n = reader.toks.len();
    let mut acronyms: HashSet<&str> = HashSet::new();
    pieces.retain(|p| {
        let paper = read_as_body(p)
            && p.b - p.a >= 2
            && PAPERS.contains(&reader.lower(p.b - 1))
            && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none();
        if paper
            && p.b + 1 < n
            && reader.gap_after(p.b - 1).trim() == "("
            && is_acronym(reader.word(p.b))
            && reader.gap_after(p.b).starts_with(')')
        {
            acronyms.insert(reader.word(p.b));
        }
        !paper
    });
    if !acronyms.is_empty() {
        pieces.retain(|p| !(p.b - p.a == 1 && acronyms.contains(reader.word(p.a))));
    }
}

/// One body's name a model read as two at its "and" ("the International Truth and Justice
/// Project" read as "International Truth" and "Justice Project"): one name where the first
/// part has no head word of its own, opens as a body's name does, and neither part is a name
/// the gazetteer knows ("Amnesty International and Human Rights Watch" stay two).
fn bodies_split_at_their_and(reader: &Reader, pieces: &mut Vec<Piece>) {
    const OPENERS: &[&str] = &[
        "international",
        "national",
        "global",
        "independent",
        "european",
        "african",
        "arab",
        "asian",
        "american",
        "centre",
        "center",
        "institute",
        "foundation",
        "association",
        "society",
    ];
    let body = read_as_body;
    pieces.sort_by_key(|p| (p.a, p.b));
    let mut i = 0;
    while i + 1 < pieces.len() {
        let (p, q) = (&pieces[i], &pieces[i + 1]);
        let joinable = body(p)
            && body(q)
            && p.rule == "model"
            && q.b - q.a >= 2
            && p.b - p.a >= 2
            && q.a == p.b + 1
            && reader.lower(p.b) == "and"
            && reader.joined(p.b - 1)
            && reader.joined(p.b)
            && OPENERS.contains(&reader.lower(p.a))
            && (p.a..p.b).all(|k| is_cap(reader.word(k)) && !is_acronym(reader.word(k)))
            && (p.a + 1..p.b).all(|k| words::org_head(reader.lower(k)).is_none())
            && (words::org_head(reader.lower(q.b - 1)).is_some()
                || matches!(reader.lower(q.b - 1), "project" | "campaign" | "programme"))
            && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none()
            && reader.gaz.lookup(reader.text_of(q.a, q.b)).is_none();
        if joinable {
            let b = pieces[i + 1].b;
            let kind = pieces[i + 1].kind.or(pieces[i + 1].fallback);
            pieces[i].b = b;
            pieces[i].kind = kind;
            pieces.remove(i + 1);
        }
        i += 1;
    }
}

/// A label a model ran into the name after it ("For the Respondent: Mr D. Whitcombe", a
/// caption's line read as one body): the name after the colon, a person's where an honorific
/// opens it.
fn labels_run_into_names(reader: &Reader, pieces: &mut Vec<Piece>) {
    pieces.retain_mut(|p| {
        if p.rule != "model" || p.b - p.a < 2 {
            return true;
        }
        let Some(colon) = (p.a..p.b - 1)
            .rev()
            .find(|&k| reader.gap_after(k).contains(':'))
        else {
            return true;
        };
        let mut a = colon + 1;
        if words::is_personal_honorific(reader.lower(a)) && a + 1 < p.b {
            p.role = Some(reader.word(a).to_string());
            a += 1;
            p.kind = Some(MentionKind::Person);
            p.fallback = Some(MentionKind::Person);
        }
        p.a = a;
        p.a < p.b
    });
}

/// What a model ran onto a body's name in small letters: the kind of body before it ("the
/// Angolan organisation Omunga") and a common noun after it ("the Musicbox club"). The name
/// is the capitalised words.
fn common_nouns_around_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    const KINDS: &[&str] = &[
        "organisation",
        "organization",
        "group",
        "association",
        "ngo",
        "charity",
        "collective",
        "network",
        "movement",
        "outlet",
        "daily",
        "weekly",
        "broadcaster",
    ];
    // Nouns for a venue or a group: never the last word of a name in another language ("Ligue
    // des droits de l'homme" ends on small letters too).
    const PLACES_AND_GROUPS: &[&str] = &[
        "club",
        "venue",
        "bar",
        "restaurant",
        "hotel",
        "cafe",
        "café",
        "party",
        "coalition",
        "gang",
        "militia",
        "newspaper",
        "channel",
        "website",
    ];
    let lowercase = |k: usize| reader.word(k).chars().all(|c| c.is_lowercase() || c == '-');
    pieces.retain_mut(|p| {
        if p.rule != "model" || !read_as_body(p) || p.b - p.a < 2 {
            return true;
        }
        if let Some(k) = (p.a..p.b - 1).find(|&k| KINDS.contains(&reader.word(k))) {
            // (Its connectors in small letters: "the association \"Initiative for the ...\"".)
            let connector = |j: usize| {
                matches!(
                    reader.lower(j),
                    "for" | "the" | "of" | "and" | "de" | "des" | "du" | "la"
                )
            };
            if is_cap(reader.word(k + 1))
                && (k + 1..p.b)
                    .all(|j| is_cap(reader.word(j)) || is_acronym(reader.word(j)) || connector(j))
            {
                p.a = k + 1;
            }
        }
        while p.b - p.a >= 2
            && lowercase(p.b - 1)
            && PLACES_AND_GROUPS.contains(&reader.word(p.b - 1))
        {
            p.b -= 1;
        }
        // A house and one of its committees in small letters ("a Senate panel", "a House
        // committee"): the house, the committee unnamed.
        if p.b - p.a >= 2
            && lowercase(p.b - 1)
            && matches!(
                reader.word(p.b - 1),
                "committee" | "subcommittee" | "panel" | "commission"
            )
            && words::LEGISLATIVE_HOUSES.contains(&reader.lower(p.b - 2))
        {
            p.b -= 1;
        }
        // A body's possessive and what of it the sentence speaks of, in small letters ("the
        // ENCF's delegation", "Kingston Council's community safety team"): the body.
        if let Some(k) = (p.a..p.b - 1).find(|&k| reader.possessive(k)) {
            if (k + 1..p.b).all(lowercase) {
                p.b = k + 1;
            }
        }
        true
    });
}

/// The body an officer's title is of, named in words of its own language that no head word
/// marks ("the Chairman of the Halk Maslahaty,", "the Speaker of the Majlis"): a body, where
/// no rule read anything there and the words are no place's.
fn bodies_an_office_is_of(reader: &Reader, pieces: &mut Vec<Piece>) {
    const OFFICES: &[&str] = &["chairman", "chairwoman", "chairperson", "speaker"];
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(3) {
        if !OFFICES.contains(&reader.lower(k))
            || reader.lower(k + 1) != "of"
            || reader.lower(k + 2) != "the"
            || !(k..k + 2).all(|j| reader.joined(j))
            || !reader.joined(k + 2)
        {
            continue;
        }
        let a = k + 3;
        let mut b = a;
        while b < n && b < a + 3 && reader.name_word(b) && (b == a || reader.joined(b - 1)) {
            b += 1;
        }
        // The run ends the name: a comma, a line's or a sentence's end after it.
        let closed = b == n || !reader.joined(b - 1) || !is_cap(reader.word(b));
        if b == a
            || !closed
            || reader.place(a, b).is_some()
            || reader.gaz.is_given(reader.word(a))
            || pieces
                .iter()
                .any(|p| p.a < b && a < p.b && p.kind.is_some())
        {
            continue;
        }
        found.push(Piece::found(
            a,
            b,
            MentionKind::Organization,
            "a body an office is of",
        ));
    }
    pieces.extend(found);
}

/// A mission named with the state it is sent to ("the Delegation of the European Union to
/// Zimbabwe", "the Permanent Mission of Tarsk to Switzerland"), which a model ends before "to":
/// the mission's name, the host with it, as a mission is counted with its city.
fn missions_to_their_host(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mission_word = |k: usize| {
        matches!(
            reader.lower(k),
            "delegation" | "mission" | "permanent" | "representation"
        )
    };
    let mut hosts = Vec::new();
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for i in 0..pieces.len() {
        let p = &pieces[i];
        // Or named for the state that sends it ("the UK Mission to the United Nations").
        let sent_by_a_state = p.b - p.a >= 2
            && mission_word(p.a + 1)
            && (is_acronym(reader.word(p.a)) || reader.place(p.a, p.a + 1).is_some());
        if !read_as_body(p)
            || p.b >= n
            || !reader.joined(p.b - 1)
            || !(mission_word(p.a) || sent_by_a_state)
        {
            continue;
        }
        if let Some((at, end)) = reader.place_after(p.b, "to", |pl| pl.kind == PlaceKind::Country) {
            hosts.push((at, end));
            pieces[i].b = end;
            continue;
        }
        // A mission to a body ("to the United Nations"), with the city it sits in after it
        // ("in New York"): one name, as a mission is counted with its city.
        if !sent_by_a_state || p.b + 1 >= n || reader.lower(p.b) != "to" || !reader.joined(p.b) {
            continue;
        }
        let the =
            usize::from(p.b + 2 < n && reader.lower(p.b + 1) == "the" && reader.joined(p.b + 1));
        let at = p.b + 1 + the;
        let Some(body) = pieces
            .iter()
            .position(|q| q.a == at && read_as_body(q) && !q.pending)
        else {
            continue;
        };
        let mut end = pieces[body].b;
        if let Some((_, city_end)) = reader.place_after_in(end, |pl| pl.kind != PlaceKind::Demonym)
        {
            if !(city_end < n && reader.joined(city_end - 1) && is_cap(reader.word(city_end))) {
                end = city_end;
            }
        }
        grown.push((pieces[i].b, end));
        pieces[i].b = end;
    }
    let within =
        |spans: &[(usize, usize)], q: &Piece| spans.iter().any(|&(a, b)| q.a >= a && q.b <= b);
    let the_host = |q: &Piece| q.kind == Some(MentionKind::Place) && within(&hosts, q);
    pieces.retain(|q| !the_host(q) && !within(&grown, q));
}

/// A body's name closed by a dash and the country or region it works in ("Human Rights
/// Concern – Eritrea", "Research Foundation - Flanders"), as national sections and funders
/// style themselves: one name, the place with it. Not where the place opens more of the
/// sentence (a possessive after it, or more capitalised words: "Eritrea Focus").
fn bodies_named_with_a_dash_and_place(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut joined = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        if !read_as_body(p) || p.pending || p.b >= n || p.b - p.a < 2 {
            continue;
        }
        let k = p.b - 1;
        if reader.toks[k].sentence != reader.toks[p.b].sentence
            || !matches!(reader.gap_after(k), " - " | " – ")
            || reader.possessive(k)
        {
            continue;
        }
        let place_len = (1..=3).rev().find(|&len| {
            p.b + len <= n
                && (p.b..p.b + len - 1).all(|j| reader.joined(j))
                && (reader.place(p.b, p.b + len).is_some()
                    || pieces.iter().any(|q| {
                        q.a == p.b && q.b == p.b + len && q.kind == Some(MentionKind::Place)
                    })
                    // A region the gazetteer lacks, one word, the whole name's acronym after
                    // it ("- Flanders (FWO)").
                    || (len == 1
                        && reader.capitalised_word(p.b)
                        && !reader.possessive(p.b)
                        && reader.text_after(p.b).starts_with(" (")))
        });
        let Some(len) = place_len else {
            continue;
        };
        let end = p.b + len;
        let runs_on = end < n
            && (reader.possessive(end - 1)
                || (reader.joined(end - 1) && is_cap(reader.word(end)))
                || reader
                    .gap_after(end - 1)
                    .trim_start()
                    .starts_with(['-', '–']));
        if !runs_on {
            joined.push((i, end));
        }
    }
    let mut taken = Vec::new();
    for &(i, end) in &joined {
        taken.push((pieces[i].b, end));
        pieces[i].b = end;
    }
    pieces.retain(|q| !taken.iter().any(|&(a, b)| q.a >= a && q.b <= b));
}

/// Two bodies a model read as one across the comma between them ("the Centre for Migration
/// Studies, Ghent University"): a part and the body it belongs to, or two bodies listed, each
/// of two words or more with its own head word. ("The Foreign, Commonwealth and Development
/// Office" has one word before its comma.)
fn bodies_run_together_at_a_comma(reader: &Reader, pieces: &mut Vec<Piece>) {
    let headed = |a: usize, b: usize| (a..b).any(|k| words::org_head(reader.lower(k)).is_some());
    let mut split = Vec::new();
    for p in pieces.iter_mut() {
        if !matches!(p.rule, "model" | "bodies' names joined by and")
            || !read_as_body(p)
            || p.b - p.a < 4
        {
            continue;
        }
        let Some(k) = (p.a + 1..p.b - 2).find(|&k| reader.gap_after(k) == ", ") else {
            continue;
        };
        if headed(p.a, k + 1) && headed(k + 1, p.b) && is_cap(reader.word(k + 1)) {
            split.push(p.part(k + 1, p.b));
            p.b = k + 1;
        }
    }
    pieces.extend(split);
}

/// A military or police unit named before "of" the force it belongs to ("the 94th Infantry
/// Battalion of the Armed Forces of the Philippines", "the 3rd Brigade of the National Guard"):
/// two bodies, the unit with its number, as a unit and its force are counted.
fn units_of_their_force(reader: &Reader, pieces: &mut Vec<Piece>) {
    const UNITS: &[&str] = &[
        "battalion",
        "brigade",
        "regiment",
        "division",
        "squadron",
        "platoon",
        "corps",
        "unit",
    ];
    let mut forces = Vec::new();
    for p in pieces.iter_mut() {
        if !read_as_body(p) || p.pending || p.b - p.a < 4 {
            continue;
        }
        let Some(of) = (p.a + 1..p.b - 1)
            .find(|&k| reader.lower(k) == "of" && UNITS.contains(&reader.lower(k - 1)))
        else {
            continue;
        };
        let c = of + 1 + usize::from(reader.lower(of + 1) == "the");
        if c >= p.b || !(c..p.b).any(|k| words::org_head(reader.lower(k)).is_some()) {
            continue;
        }
        forces.push(p.part(c, p.b));
        p.b = of;
        if p.a > 0 && reader.joined(p.a - 1) && is_ordinal(reader.word(p.a - 1)) {
            p.a -= 1;
        }
    }
    pieces.extend(forces);
}

/// A given name written short before the rest of a person's name ("Ma. Lourdes Reyes", "Md.
/// Abdul Karim", "Mohd. Najib"), which a model reads apart or as a place: the name's first word.
fn given_names_written_short(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut short_at = Vec::new();
    for p in pieces.iter_mut() {
        if p.kind != Some(MentionKind::Person) || p.a == 0 || !reader.joined(p.a - 1) {
            continue;
        }
        let k = p.a - 1;
        let w = reader.word(k);
        if w.ends_with('.')
            && crate::sentences::GIVEN_NAME_ABBREVIATIONS.contains(&w.trim_end_matches('.'))
        {
            p.a = k;
            short_at.push(k);
        }
    }
    pieces.retain(|p| !(p.b - p.a == 1 && short_at.contains(&p.a)));
}

/// An online platform, or the company that runs one, named alone ("shared on Facebook",
/// "platforms such as Telegram and TikTok", "Meta removed the page"): the body that runs the
/// service, whatever a model read there or left unread. Not the product before its thing ("a
/// Telegram channel"), nor a word of a longer name ("Facebook Live", "Google Maps"), nor a
/// name that is a common word too opening a sentence ("Signal").
fn platforms_named_alone(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n {
        let w = reader.word(k);
        if !words::PLATFORMS.contains(&w) && !words::PLATFORM_COMPANIES.contains(&w) {
            continue;
        }
        let capital_before = k > 0 && reader.joined(k - 1) && is_cap(reader.word(k - 1));
        let after = k + 1 < n && reader.joined(k);
        let capital_after = after && !reader.possessive(k) && is_cap(reader.word(k + 1));
        let thing_after = after && words::PLATFORM_THINGS.contains(&reader.lower(k + 1));
        let common_word_first = reader.toks[k].first && words::PLATFORMS_LIKE_WORDS.contains(&w);
        if capital_before || capital_after || thing_after || common_word_first {
            continue;
        }
        // What another rule found there stands; a model's reading, an unresolved word or a
        // place is taken over.
        let covering: Vec<usize> = (0..pieces.len())
            .filter(|&i| pieces[i].a <= k && k < pieces[i].b)
            .collect();
        let yields = covering.iter().all(|&i| {
            let p = &pieces[i];
            p.a == k
                && p.b == k + 1
                && (p.rule == "model" || p.pending || p.kind == Some(MentionKind::Place))
        });
        if !yields
            || covering
                .iter()
                .any(|&i| read_as_body(&pieces[i]) && !pieces[i].pending)
        {
            continue;
        }
        found.push(k);
    }
    for &k in &found {
        pieces.retain(|p| !(p.a == k && p.b == k + 1));
        pieces.push(Piece::found(
            k,
            k + 1,
            MentionKind::Organization,
            "a platform named alone",
        ));
    }
}

/// What a model read as a name where nothing is named: a span without a letter ("+993 12
/// 363462", a telephone number), or one word after "the" read as a person ("the Grand Prix of
/// the Drôme"; no one's name takes the article).
fn model_spans_naming_no_one(reader: &Reader, pieces: &mut Vec<Piece>) {
    // A name closing on a building's or a place's kind ("301 Office Building", "Freedom
    // Square"): the place, whatever rule read a body in it.
    // (Not one a body's kind introduces: "the resettlement group Mekong Bridge".)
    for p in pieces.iter_mut() {
        if read_as_body(p)
            && p.b - p.a >= 2
            && is_cap(reader.word(p.b - 1))
            && words::PLACE_KINDS.contains(&reader.lower(p.b - 1))
            && !reader.after_body_noun(p.a)
        {
            p.kind = Some(MentionKind::Place);
        }
        // Two words a model read as a person's whose second is a country's name ("Migrante
        // Taiwan", "Amnesty Kenya"): a group named for its country, or a body's section there,
        // where the first is no given name. (Not the countries persons are named for too.)
        if p.rule == "model"
            && p.kind == Some(MentionKind::Person)
            && p.b - p.a == 2
            && reader
                .place(p.b - 1, p.b)
                .is_some_and(|pl| pl.kind == PlaceKind::Country)
            && !matches!(
                reader.word(p.b - 1),
                "Jordan"
                    | "Chad"
                    | "Georgia"
                    | "Israel"
                    | "India"
                    | "Ireland"
                    | "England"
                    | "France"
                    | "Holland"
                    | "Wales"
                    | "Cuba"
                    | "Peru"
                    | "Mali"
                    | "Togo"
            )
            && !reader.gaz.is_given(reader.word(p.a))
            && !is_acronym(reader.word(p.a))
        {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
        }
        // A name closing on what a body deals with after "for" or "of" ("Gengeş for Religious
        // Affairs", "Office of Legal Affairs"): a body, whatever a model read it as.
        if p.rule == "model"
            && p.kind == Some(MentionKind::Place)
            && p.b - p.a >= 3
            && reader.lower(p.b - 1) == "affairs"
            && (p.a + 1..p.b - 1).any(|k| matches!(reader.lower(k), "for" | "of"))
        {
            p.kind = Some(MentionKind::Organization);
        }
    }
    pieces.retain(|p| {
        if p.rule != "model" {
            return true;
        }
        let letterless = !reader.text_of(p.a, p.b).chars().any(char::is_alphabetic);
        // A platform's handle ("Mod_Farzana", "jane.roe_92"): no one's name is written so.
        let handle = reader.text_of(p.a, p.b).contains('_');
        let person_after_the = p.kind.or(p.fallback) == Some(MentionKind::Person)
            && p.b - p.a == 1
            && p.a > 0
            && reader.joined(p.a - 1)
            && reader.word(p.a - 1) == "the";
        // A feast or a season of a faith's year ("the First Sunday of Advent", "Ramadan")
        // is a date's, no one's name.
        let feast = p.b - p.a == 1
            && matches!(
                reader.lower(p.a),
                "advent"
                    | "lent"
                    | "easter"
                    | "christmas"
                    | "pentecost"
                    | "ramadan"
                    | "hanukkah"
                    | "passover"
                    | "nowruz"
                    | "diwali"
            );
        !letterless && !person_after_the && !feast && !handle
    });
    // A participle opening a sentence before its agent ("Commissioned by the museum.",
    // "Funded by ..."), as a catalogue's or a credit's lines begin, whatever rule read it (not
    // a given name: "Mohammed by then ...").
    pieces.retain(|p| {
        let participle = p.b - p.a == 1
            && reader.toks[p.a].first
            && reader.lower(p.a).ends_with("ed")
            && p.b < reader.toks.len()
            && reader.joined(p.a)
            && reader.lower(p.b) == "by"
            && !reader.gaz.is_given(reader.word(p.a));
        !participle
    });
    // A state's or a union's gazette of laws ("the Official Journal of the European Union",
    // "the Official Gazette"): a publication cited, no body, nor is the union in its title.
    let n = reader.toks.len();
    let mut gazettes = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if reader.word(k) != "Official"
            || !matches!(reader.lower(k + 1), "journal" | "gazette")
            || !reader.joined(k)
        {
            continue;
        }
        let mut e = k + 2;
        if e < n && reader.joined(e - 1) && reader.lower(e) == "of" {
            e += 1;
            while e < n
                && e < k + 10
                && reader.joined(e - 1)
                && (is_cap(reader.word(e)) || matches!(reader.lower(e), "the" | "of"))
            {
                e += 1;
            }
        }
        // Its union or state before it ("the EU Official Journal").
        let a = if k > 0 && reader.joined(k - 1) && is_acronym(reader.word(k - 1)) {
            k - 1
        } else {
            k
        };
        gazettes.push((a, e));
    }
    pieces.retain(|p| !gazettes.iter().any(|&(a, b)| p.a >= a && p.b <= b));
    // A court's formation named in the court's own paper ("the Appellate Panel of this
    // Court"): a part of the court the paper speaks for, no body of its own.
    pieces.retain(|p| {
        let formation = matches!(reader.lower(p.b - 1), "panel" | "chamber" | "bench");
        let of_this_court = p.b + 2 < n
            && (p.b - 1..p.b + 2).all(|k| reader.joined(k))
            && reader.lower(p.b) == "of"
            && reader.lower(p.b + 1) == "this"
            && matches!(reader.lower(p.b + 2), "court" | "tribunal");
        !(formation && of_this_court && read_as_body(p))
    });
    // A speakers' adjective ("the Anglophone regions", "Francophone Africa") names a people's
    // language, no body, whatever rule read it.
    pieces.retain(|p| !(p.b - p.a == 1 && reader.lower(p.a).ends_with("ophone")));
    // A body's governing organ named by its kind alone ("the Board of Trustees", "the
    // Executive Committee"), as an annual report or a statement names its own: a part of the
    // body, no name of one, unless what it governs follows ("the Board of Governors of the
    // Federal Reserve").
    pieces.retain(|p| {
        // (The span's text is read only where its first word may open such a name: this is
        // asked of every piece.)
        let organ = matches!(
            reader.lower(p.a),
            "board"
                | "executive"
                | "steering"
                | "management"
                | "supervisory"
                | "organising"
                | "organizing"
        ) && matches!(
            reader.text_of(p.a, p.b).to_lowercase().as_str(),
            "board of trustees"
                | "board of directors"
                | "board of governors"
                | "board of management"
                | "executive committee"
                | "executive board"
                | "steering committee"
                | "management board"
                | "supervisory board"
                | "organising committee"
                | "organizing committee"
        );
        let of_after =
            p.b < reader.toks.len() && reader.joined(p.b - 1) && reader.lower(p.b) == "of";
        !(organ && read_as_body(p) && !of_after)
    });
}

/// A known body's name a model ran on into what the body deals with ("the United Nations
/// Security Council on South Sudan"): the body's name, where it is known without the place
/// and what follows "on" is a place.
fn known_bodies_before_their_subject(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if !read_as_body(p) || p.b - p.a < 3 {
            continue;
        }
        let Some(on) = (p.a + 1..p.b - 1).find(|&k| reader.lower(k) == "on") else {
            continue;
        };
        if reader.gaz.lookup(reader.text_of(p.a, on)).is_some()
            && reader.place(on + 1, p.b).is_some()
        {
            p.b = on;
        }
    }
}

/// A court's header in capitals ("IN THE UPPER TRIBUNAL", "IN THE HIGH COURT OF JUSTICE")
/// and the chamber or division in parentheses after it ("(IMMIGRATION AND ASYLUM CHAMBER)"):
/// bodies, whatever a model or a dateline's rule read in them.
fn courts_heading_a_case(reader: &Reader, pieces: &mut Vec<Piece>) {
    const COURT_HEADS: &[&str] = &[
        "court",
        "tribunal",
        "commission",
        "chamber",
        "division",
        "bench",
        "list",
    ];
    let n = reader.toks.len();
    let caps = |k: usize| !reader.word(k).chars().any(char::is_lowercase);
    let mut found = Vec::new();
    let mut k = 0;
    while k + 2 < n {
        if !(reader.opens_line(k)
            && reader.lower(k) == "in"
            && reader.lower(k + 1) == "the"
            && caps(k)
            && caps(k + 1))
        {
            k += 1;
            continue;
        }
        let a = k + 2;
        let mut b = a;
        while b < n && caps(b) && (b == a || reader.joined(b - 1)) {
            b += 1;
        }
        if b > a && (a..b).any(|j| COURT_HEADS.contains(&reader.lower(j))) {
            found.push(Piece::found(
                a,
                b,
                MentionKind::PublicBody,
                "court heading a case",
            ));
            // The chamber in parentheses after it, on its line or the next.
            if b < n && reader.gap_after(b - 1).trim() == "(" {
                let mut e = b;
                while e < n && caps(e) && (e == b || reader.joined(e - 1)) {
                    e += 1;
                }
                if e > b
                    && reader.gap_after(e - 1).starts_with(')')
                    && COURT_HEADS.contains(&reader.lower(e - 1))
                {
                    found.push(Piece::found(
                        b,
                        e,
                        MentionKind::PublicBody,
                        "court heading a case",
                    ));
                }
            }
        }
        k = b.max(k + 1);
    }
    put_over(pieces, found);
}

/// A known given name a model read as a place or a body right before a person's name it read
/// apart ("Minister ..., Amélia | Sarmento Cruz,"): the person's first word, where no
/// preposition of place comes before it.
fn given_names_read_apart(reader: &Reader, pieces: &mut Vec<Piece>) {
    let starts: HashMap<usize, usize> = pieces
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == Some(MentionKind::Person))
        .map(|(i, q)| (q.a, i))
        .collect();
    let mut grown = Vec::new();
    let mut gone = HashSet::new();
    for (i, p) in pieces.iter().enumerate() {
        if p.rule != "model"
            || p.b - p.a != 1
            || !matches!(
                p.kind.or(p.fallback),
                Some(MentionKind::Place | MentionKind::Organization)
            )
            || !reader.joined(p.a)
            || !(reader.gaz.is_given(reader.word(p.a))
                || reader
                    .place(p.a, p.b)
                    .is_none_or(|pl| pl.kind != PlaceKind::Country && pl.population < 100_000))
            // ("Deputy Secretary of the Treasury | Wally Adeyemo": the office's last word.)
            || words::org_head(reader.lower(p.a)).is_some()
            || (p.a > 0 && matches!(reader.lower(p.a - 1), "the" | "of" | "for" | "and"))
            || reader.possessive(p.a)
        {
            continue;
        }
        let locative = reader.after_a_preposition_of_place(p.a);
        if let Some(&j) = starts.get(&p.b) {
            if !locative && pieces[j].b - pieces[j].a <= 3 {
                grown.push((j, p.a));
                gone.insert(i);
            }
        }
    }
    for (j, a) in grown {
        pieces[j].a = a;
    }
    let mut i = 0;
    pieces.retain(|_| {
        i += 1;
        !gone.contains(&(i - 1))
    });
}

/// Persons a plural of their occupation introduces, one or two joined by "and" ("Musicians
/// Kizua Ngola and Nsimba Lukeny played", "lawyers Ana Roe and Ivo Tarn"): names of two or
/// three name-shaped words that nothing else read.
fn persons_after_a_plural_role(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let plural_role = |k: usize| {
        let lower = reader.lower(k);
        lower
            .strip_suffix('s')
            .is_some_and(|one| words::OCCUPATIONS.contains(&one) || words::is_appositive_role(one))
    };
    let name_at = |a: usize| {
        let mut b = a;
        while b < n && b < a + 3 && reader.name_word(b) && (b == a || reader.joined(b - 1)) {
            b += 1;
        }
        (b - a >= 2).then_some(b)
    };
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        if !plural_role(k) || !reader.joined(k) {
            continue;
        }
        let Some(b) = name_at(k + 1) else {
            continue;
        };
        let mut names = vec![(k + 1, b)];
        if b + 1 < n && reader.lower(b) == "and" && reader.joined(b - 1) && reader.joined(b) {
            match name_at(b + 1) {
                Some(e) => names.push((b + 1, e)),
                None => continue,
            }
        }
        for (a, b) in names {
            let free = !pieces
                .iter()
                .any(|p| p.a < b && a < p.b && p.kind.is_some());
            if free {
                found.push(Piece::found(
                    a,
                    b,
                    MentionKind::Person,
                    "name after a plural role",
                ));
            }
        }
    }
    put_over(pieces, found);
}

/// The given names a family's list sets after a plural kin noun, each spouse's in
/// parentheses after it, as death notices write them ("his children Jane (Tom), Ann and Paul
/// (Marie-Claude); his grandchildren Léa, Noah and Sam"): persons, each of them, whatever a
/// model read one as.
fn given_names_listed_after_kin(reader: &Reader, pieces: &mut Vec<Piece>) {
    const KIN: &[&str] = &[
        "children",
        "grandchildren",
        "great-grandchildren",
        "sons",
        "daughters",
        "grandsons",
        "granddaughters",
        "brothers",
        "sisters",
        "siblings",
        "nieces",
        "nephews",
        "cousins",
        "parents",
    ];
    let n = reader.toks.len();
    let given_at = |k: usize| k < n && reader.capitalised_word(k);
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if !KIN.contains(&reader.lower(k)) || !reader.joined(k) || !given_at(k + 1) {
            continue;
        }
        let mut names = Vec::new();
        let mut j = k + 1;
        while given_at(j) && names.len() < 24 {
            names.push(j);
            let mut gap = if j + 1 < n { reader.gap_after(j) } else { "" };
            // The spouse in parentheses right after ("Éric (Nadia)").
            if gap == " ("
                && given_at(j + 1)
                && j + 2 < n
                && reader.gap_after(j + 1).starts_with(')')
            {
                names.push(j + 1);
                gap = reader.gap_after(j + 1);
                j += 1;
            }
            let next = match gap.trim_start_matches(')') {
                ", " => j + 1,
                " " if j + 2 < n && reader.lower(j + 1) == "and" && reader.joined(j + 1) => j + 2,
                _ => break,
            };
            j = next;
        }
        // A list: two names or more, or one in a notice's words ("his children Jane").
        if names.len() >= 2 {
            found.extend(names.into_iter().map(|a| {
                Piece::found(
                    a,
                    a + 1,
                    MentionKind::Person,
                    "a given name a family's list sets out",
                )
            }));
        }
    }
    put_over(pieces, found);
}

/// A broadcast transcript's labels ("ANCHOR (Jane Roe):", "REPORTER:", "[SOUNDBITE - JOHN
/// DOE, by phone]") and a fact-check's ("Claim:", "Verdict: FALSE"): no one's names, though
/// the person a label names in parentheses is a person ("ANCHOR (Jane Roe):").
fn labels_of_transcripts_and_fact_checks(reader: &Reader, pieces: &mut Vec<Piece>) {
    const BROADCAST: &[&str] = &[
        "anchor",
        "reporter",
        "soundbite",
        "sot",
        "presenter",
        "host",
        "narrator",
        "correspondent",
        "interpreter",
        "translator",
        "voiceover",
        "standup",
        "nats",
        "jingle",
        "music",
    ];
    const VERDICT_LABELS: &[&str] = &["verdict", "rating", "claim", "conclusion", "our ruling"];
    const VERDICTS: &[&str] = &[
        "false",
        "true",
        "misleading",
        "mostly false",
        "mostly true",
        "half true",
        "partly false",
        "unproven",
        "fake",
        "inaccurate",
        "no evidence",
        "missing context",
        "satire",
    ];
    let n = reader.toks.len();
    let label_word = |k: usize| {
        let w = reader.word(k);
        !w.chars().any(char::is_lowercase) && BROADCAST.contains(&reader.lower(k))
    };
    let mut found = Vec::new();
    let mut labels = vec![false; n];
    for (k, is_label) in labels.iter_mut().enumerate() {
        if !label_word(k) {
            continue;
        }
        // At the line's start, or after the bracket opening it ("[SOUNDBITE - ...").
        let before = reader.text_before(k).trim_end_matches([' ', '\t', '[']);
        if !(before.is_empty() || before.ends_with('\n')) {
            continue;
        }
        *is_label = true;
        // "ANCHOR (Jane Roe):": the name in parentheses.
        if k + 2 < n && reader.gap_after(k).trim() == "(" {
            let mut b = k + 1;
            while b < n
                && b < k + 5
                && is_cap(reader.word(b))
                && (b == k + 1 || reader.joined(b - 1))
            {
                b += 1;
            }
            let closed = b < n && reader.gap_after(b - 1).starts_with("):");
            if b - (k + 1) >= 2 && closed {
                found.push(Piece::found(
                    k + 1,
                    b,
                    MentionKind::Person,
                    "speaker named after a broadcast label",
                ));
            }
        }
    }
    // A fact-check's verdict line: "Verdict: FALSE".
    let mut verdict_tokens = vec![false; n];
    for k in 0..n.saturating_sub(1) {
        if !reader.opens_line(k)
            || !VERDICT_LABELS.contains(&reader.lower(k))
            || reader.gap_after(k).trim() != ":"
        {
            continue;
        }
        labels[k] = true;
        let mut e = k + 1;
        while e < n && (e == k + 1 || reader.joined(e - 1)) {
            e += 1;
        }
        let verdict = reader.text_of(k + 1, e).to_lowercase();
        if VERDICTS.contains(&verdict.as_str()) {
            verdict_tokens[k + 1..e].iter_mut().for_each(|t| *t = true);
        }
    }
    pieces.retain(|p| !(p.a..p.b).all(|k| labels[k] || verdict_tokens[k]));
    put_over(pieces, found);
}

/// A state's possessive opening a body's name ("Peru's National Police", "Egypt's National
/// Security Agency"): the body's name is what follows, as "the National Police of Peru" would
/// be. A gang or group named with a number before it ("the 400 Mawozo gang"): the number is
/// the name's.
fn states_and_numbers_around_bodies(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if !read_as_body(p) {
            continue;
        }
        if p.b - p.a >= 3
            && reader.possessive(p.a)
            && reader
                .place(p.a, p.a + 1)
                .is_some_and(|pl| pl.kind == PlaceKind::Country)
            && (p.a + 1..p.b).any(|k| words::org_head(reader.lower(k)).is_some())
            // ("Iran's embassy in Vienna" is named so whole, its state's mission.)
            && is_cap(reader.word(p.a + 1))
            && !reader.names_a_mission(p.a, p.b)
        {
            p.a += 1;
        }
        let numbered = p.a >= 2
            && reader.joined(p.a - 1)
            && reader.word(p.a - 1).chars().all(|c| c.is_ascii_digit())
            && reader.lower(p.a - 2) == "the"
            && p.b < reader.toks.len()
            && reader.joined(p.b - 1)
            && words::is_group_noun(reader.lower(p.b));
        if numbered {
            p.a -= 1;
        }
    }
}

/// A town's name a gazetteer holds inside a person's name ("Congressman Héctor Valdivia
/// Ruiz", read as "Héctor", the town, and "Ruiz"): one person's name, where a name word
/// follows the town's and a person's name ends before it.
fn towns_inside_persons_names(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    pieces.sort_by_key(|p| (p.a, p.b));
    let mut i = 0;
    while i + 1 < pieces.len() {
        let (p, q) = (&pieces[i], &pieces[i + 1]);
        let town = p.kind.or(p.fallback) == Some(MentionKind::Person)
            && q.kind.or(q.fallback) == Some(MentionKind::Place)
            && q.a == p.b
            && q.b - q.a == 1
            && reader.joined(p.b - 1)
            && p.b - p.a <= 2
            && !reader.possessive(p.b - 1)
            && reader
                .place(q.a, q.b)
                .is_none_or(|pl| matches!(pl.kind, PlaceKind::City | PlaceKind::Region))
            && q.b < n
            && reader.joined(q.a)
            && reader.name_word(q.b)
            && !reader.possessive(q.a);
        if town {
            let mut b = q.b;
            // The name words after the town, and a person's piece there.
            while b < n && b < q.b + 2 && reader.name_word(b) && reader.joined(b - 1) {
                b += 1;
            }
            let end = pieces
                .get(i + 2)
                .filter(|r| r.a == q.b && r.kind.or(r.fallback) == Some(MentionKind::Person))
                .map_or(b, |r| r.b.max(b));
            let drop_next_person = pieces.get(i + 2).is_some_and(|r| r.a == q.b);
            pieces[i].b = end;
            pieces[i].kind = Some(MentionKind::Person);
            pieces[i].pending = false;
            pieces.remove(i + 1);
            if drop_next_person {
                pieces.remove(i + 1);
            }
        }
        i += 1;
    }
}

/// A minister's portfolio after their title ("the Minister of Internal Administration", "the
/// Secretary of State for Home Affairs"): the office's, no body, though a body's head word
/// ends it. A body named there by its own kind of word ("Minister of the Ministry of ...")
/// stays.
fn portfolios_after_ministers(reader: &Reader, pieces: &mut Vec<Piece>) {
    pieces.retain(|p| {
        if !read_as_body(p) || p.a < 2 {
            return true;
        }
        let mut k = p.a - 1;
        if reader.lower(k) == "the" && k >= 2 {
            k -= 1;
        }
        let of_a_minister = matches!(reader.lower(k), "of" | "for")
            && matches!(
                reader.lower(k - 1),
                "minister" | "secretary" | "commissioner"
            )
            && (k..p.a).all(|j| reader.joined(j))
            && reader.joined(k - 1);
        let own_kind = matches!(
            reader.lower(p.a),
            "ministry" | "department" | "office" | "council" | "commission" | "agency"
        );
        !(of_a_minister && !own_kind && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none())
    });
}

/// A name set off by a comma and "known (to his fans) as" another name ("Kiluanji Mateus,
/// known to his fans as MC Kota, is a rapper"): a person and the name they go by, where
/// nothing else read the words; a stage title ("MC", "DJ") opens the second name.
fn persons_known_as_another_name(reader: &Reader, pieces: &mut Vec<Piece>) {
    const STAGE_TITLES: &[&str] = &["MC", "DJ", "Lil", "Big"];
    let n = reader.toks.len();
    let free = |a: usize, b: usize, pieces: &[Piece]| {
        !pieces.iter().any(|p| {
            p.a < b
                && a < p.b
                && p.kind.or(p.fallback).is_some()
                && p.kind != Some(MentionKind::Place)
        })
    };
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(3) {
        if reader.lower(k) != "known" || k < 2 || reader.gap_after(k - 1).trim() != "," {
            continue;
        }
        let Some(as_at) = (k + 1..(k + 5).min(n)).find(|&j| reader.lower(j) == "as") else {
            continue;
        };
        // The name before the comma: two or three name words.
        let b = k;
        let mut a = b;
        while a > 0 && b - a < 3 && reader.name_word(a - 1) && (a == b || reader.joined(a - 1)) {
            a -= 1;
        }
        if b - a < 2 || (a > 0 && reader.joined(a - 1) && is_cap(reader.word(a - 1))) {
            continue;
        }
        // The other name after "as".
        let c = as_at + 1;
        let mut e = c;
        let staged = STAGE_TITLES.contains(&reader.word(c));
        while e < n
            && e < c + 3
            && (reader.name_word(e)
                || (e == c && staged)
                || (e == c + 1 && staged && is_cap(reader.word(e))))
            && (e == c || reader.joined(e - 1))
        {
            e += 1;
        }
        if !free(a, b, pieces) {
            continue;
        }
        found.push(Piece::found(
            a,
            b,
            MentionKind::Person,
            "a name known as another",
        ));
        let inside = !pieces
            .iter()
            .any(|p| p.a < e && c < p.b && (p.a < c || p.b > e));
        if e > c && inside {
            found.push(Piece::found(
                c,
                e,
                MentionKind::Person,
                "a name known as another",
            ));
        }
    }
    put_over(pieces, found);
}

/// A platform's handle ("@CPJ", "@YPW_monitor") is an account's address, not a name: no
/// mention, whatever it spells.
fn handles_name_no_one(reader: &Reader, pieces: &mut Vec<Piece>) {
    pieces.retain(|p| !reader.text_before(p.a).ends_with('@'));
}

/// An adjective opening a heading or a list's line, a lower-case noun after it ("Political
/// career", "Transnational repression", "International reaction"): an encyclopedia's section
/// or a see-also item, no body's or person's name, whatever the model read.
fn adjectives_opening_headings(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    pieces.retain(|p| {
        if p.b - p.a != 1 || p.b >= n {
            return true;
        }
        let lower = reader.lower(p.a);
        let adjective = lower.chars().count() >= 7
            && ["al", "ive", "ous", "ary", "ic"]
                .iter()
                .any(|e| lower.ends_with(e));
        if !reader.opens_line(p.a) {
            return true;
        }
        // (A heading is short: its end is looked for in the next few words only.)
        let rest = reader.text_after(p.a);
        let Some(end) = rest
            .char_indices()
            .take(80)
            .find(|&(_, c)| c == '\n')
            .map(|(i, _)| i)
            .or((rest.len() <= 80).then_some(rest.len()))
        else {
            return true;
        };
        let line = &rest[..end];
        let heading = line.split_whitespace().count() <= 5
            && !line.trim_end().ends_with(['.', '!', '?', ':'])
            && line.trim_start().starts_with(char::is_lowercase);
        !(adjective && heading && reader.gaz.lookup(reader.word(p.a)).is_none())
    });
}

/// The publication a reference names after the title it quotes, as a reference list or an
/// endnote sets it (`Roe, Jane (2019). "Title". Publication.`, `"Title." Publication, 5 May
/// 2021.`): an outlet or a body, however the model read its words.
fn publications_in_references(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 1..n {
        if !matches!(reader.gap_after(k - 1), "\". " | ".\" " | "”. " | ".” ") {
            continue;
        }
        // The title's opening quote on the same line, at its start or after the author and
        // year ("Roe, Jane (2019). ").
        // (A reference is a short line: looked for in the last few hundred bytes only.)
        let before = reader.text_before(k - 1);
        let window = last_bytes(before, 400);
        let Some(line) = window
            .rfind('\n')
            .map(|i| &window[i + 1..])
            .or((window.len() == before.len()).then_some(before))
        else {
            continue;
        };
        let Some(open) = line.rfind(['"', '“']) else {
            continue;
        };
        let before = line[..open].trim_end();
        if !(before.is_empty() || before.ends_with(").") || before.ends_with(')')) {
            continue;
        }
        let name_word = |j: usize| {
            let w = reader.word(j);
            (is_cap(w)
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && w.chars().any(char::is_alphabetic)))
                && !words::is_calendar(reader.lower(j))
        };
        if !name_word(k) {
            continue;
        }
        let mut e = k + 1;
        while e < n
            && e < k + 5
            && reader.joined(e - 1)
            && (name_word(e)
                || (matches!(reader.lower(e), "de" | "del" | "la" | "of" | "the" | "for")
                    && e + 1 < n
                    && name_word(e + 1)))
        {
            e += 1;
        }
        let closed = e >= n
            || reader.gap_after(e - 1).starts_with(['.', ','])
            || reader.word(e).starts_with(char::is_lowercase);
        // ("The New York Times": the article is no part of the outlet's name, as elsewhere.)
        let a = if reader.word(k) == "The" && e > k + 1 {
            k + 1
        } else {
            k
        };
        if closed {
            found.push((a, e));
        }
    }
    for (a, b) in found {
        if pieces
            .iter()
            .any(|q| q.a == a && q.b == b && read_as_body(q))
        {
            continue;
        }
        pieces.retain(|q| q.b <= a || q.a >= b);
        pieces.push(Piece::found(
            a,
            b,
            MentionKind::Organization,
            "a reference's publication",
        ));
    }
}

/// A court's list of the day's cases: the judge a sitting is "Before", by their style in
/// capitals ("Before MR JUSTICE ROE", "Before MASTER ROE"), is a person; a case's number
/// ("KB-2026-001874") is no part of the party's name after it.
fn judges_and_cases_of_a_court_s_list(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let case_number = |k: usize| crate::case_number(reader.word(k));
    pieces.retain_mut(|p| {
        if case_number(p.a) {
            p.a += 1;
        }
        p.a < p.b
    });
    let mut found = Vec::new();
    // The parties of a listed case, either side of its "v", two on a side joined by "&": a
    // person where the name is a person's shape, a body where it has a body's head word or a
    // legal form; an office ("Secretary of State for ...") and "Persons Unknown" name no one.
    let line_end = |from: usize| {
        let mut e = from;
        while e + 1 < n && !reader.gap_after(e).contains('\n') {
            e += 1;
        }
        e + 1
    };
    let mut offices = Vec::new();
    let party = |a: usize, b: usize, found: &mut Vec<Piece>, offices: &mut Vec<(usize, usize)>| {
        let mut a = a;
        // "The King on the application of Jane Roe": the applicant.
        if let Some(of) = (a..b).find(|&k| reader.lower(k) == "of" && k >= a + 4) {
            if reader.lower(a) == "the" && reader.lower(a + 3) == "application" {
                a = of + 1;
            }
        }
        if a < b && reader.word(a) == "Secretary" {
            offices.push((a, b));
            return;
        }
        if a >= b
            || (reader.word(a) == "Persons" && b - a == 2)
            || !(a..b).all(|k| {
                is_cap(reader.word(k)) || matches!(reader.lower(k), "of" | "the" | "for" | "and")
            })
        {
            return;
        }
        let body = (a..b).any(|k| {
            words::org_head(reader.lower(k)).is_some()
                || words::LEGAL_FORMS.contains(&reader.lower(k).trim_end_matches('.'))
                || matches!(
                    reader.lower(k),
                    "republic" | "broadcasting" | "ajansı" | "tv"
                )
        });
        let person = !body
            && (2..=4).contains(&(b - a))
            && (a..b).all(|k| {
                let w = reader.word(k);
                is_cap(w) && !is_acronym(w) && w.chars().skip(1).any(char::is_lowercase)
            });
        if body || person {
            let kind = if body {
                MentionKind::Organization
            } else {
                MentionKind::Person
            };
            found.push(Piece::found(a, b, kind, "a party of a listed case"));
        }
    };
    for k in 0..n {
        if !case_number(k) || !reader.opens_line(k) {
            continue;
        }
        let end = line_end(k);
        let Some(v) = (k + 2..end).find(|&j| reader.word(j) == "v") else {
            continue;
        };
        party(k + 1, v, &mut found, &mut offices);
        let mut a = v + 1;
        for j in v + 1..end.min(n - 1) {
            if reader.gap_after(j).contains('&') {
                party(a, j + 1, &mut found, &mut offices);
                a = j + 1;
            }
        }
        party(a, end, &mut found, &mut offices);
    }
    pieces.retain(|p| !offices.iter().any(|&(a, b)| p.a >= a && p.b <= b));
    for k in 0..n.saturating_sub(2) {
        if reader.word(k) != "Before" || !reader.opens_line(k) {
            continue;
        }
        let mut j = k + 1;
        while j < n
            && j < k + 4
            && matches!(
                reader.word(j).trim_end_matches('.'),
                "MR" | "MRS"
                    | "MS"
                    | "MISS"
                    | "JUSTICE"
                    | "MASTER"
                    | "HHJ"
                    | "DISTRICT"
                    | "JUDGE"
                    | "LORD"
                    | "LADY"
                    | "DEPUTY"
                    | "SIR"
                    | "DAME"
            )
            && reader.joined(j - 1)
        {
            j += 1;
        }
        if j == k + 1 {
            continue;
        }
        let mut e = j;
        while e < n
            && e < j + 3
            && is_acronym(reader.word(e))
            && reader.word(e).chars().filter(|c| c.is_alphabetic()).count() >= 2
            && reader.joined(e - 1)
        {
            e += 1;
        }
        if e > j && (e == n || reader.gap_after(e - 1).contains('\n')) {
            // ("Before MR JUSTICE": the style names no one.)
            pieces.retain(|p| !(p.a >= k && p.b <= j));
            found.push(Piece::found(
                j,
                e,
                MentionKind::Person,
                "a judge a court's list sits a case before",
            ));
        }
    }
    put_over(pieces, found);
}

/// A record's reference, letters and a number ("UIN 58214", "HC 1124"): a parliament's or a
/// registry's numbering, not a body, where no list or gazetteer knows the letters as one.
fn reference_numbers_name_no_one(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let number_at = |k: usize| {
        k < n && reader.word(k).len() >= 3 && reader.word(k).chars().all(|c| c.is_ascii_digit())
    };
    pieces.retain(|p| {
        let letters = reader.word(p.a);
        let reference = is_acronym(letters)
            && reader.gaz.lookup(letters).is_none()
            && ((p.b - p.a == 2 && number_at(p.a + 1))
                || (p.b - p.a == 1 && number_at(p.a + 1) && reader.joined(p.a)));
        !(reference && p.kind != Some(MentionKind::Person))
    });
}

/// A verb's "-ing" form opening a sentence, a heading or a chapter's line, read into a
/// place's name after it as a person's ("(03:40) Leaving Caracas after ..."): the place. (Not
/// before any other name: "Yaoping Chen" opens on a given name, as many Chinese ones end so.)
fn verbs_opening_persons_names(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if p.kind != Some(MentionKind::Person) || p.b - p.a < 2 {
            continue;
        }
        let w = reader.word(p.a);
        let opening = reader.toks[p.a].first
            || reader
                .text_before(p.a)
                .trim_end_matches(' ')
                .ends_with([')', ':', '\n']);
        let verb = w.chars().count() >= 7
            && w.ends_with("ing")
            && w.chars().skip(1).all(char::is_lowercase)
            && !reader.gaz.is_given(w);
        if opening && verb && reader.place(p.a + 1, p.b).is_some() {
            p.a += 1;
            p.kind = Some(MentionKind::Place);
            p.fallback = Some(MentionKind::Place);
            p.rule = "a place after a verb opening its line";
        }
    }
}

/// A known body's possessive before another body's name ("The Houthis' Security and
/// Intelligence Service", "Hamas's Qassam Brigades"): two bodies, the owner and its own.
fn bodies_of_known_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut owners = Vec::new();
    for p in pieces.iter_mut() {
        if !read_as_body(p) || p.b - p.a < 3 {
            continue;
        }
        // ("Houthis'": a plural's apostrophe falls outside its word.)
        let possessive =
            |k: usize| reader.possessive(k) || reader.gap_after(k).starts_with(['\'', '’']);
        let Some(k) = (p.a..(p.a + 3).min(p.b - 2)).find(|&k| possessive(k)) else {
            continue;
        };
        let owner = reader.text_of(p.a, k + 1);
        let owner = strip_possessive(owner).0;
        let known = reader.gaz.lookup(owner).or_else(|| {
            reader
                .gaz
                .lookup(&format!("The {owner}"))
                .filter(|_| owner.ends_with('s'))
        });
        let Some(kind) = known.filter(|k| *k != MentionKind::Person) else {
            continue;
        };
        if !(k + 1..p.b).any(|j| words::org_head(reader.lower(j)).is_some())
            || !is_cap(reader.word(k + 1))
        {
            continue;
        }
        owners.push(Piece::found(
            p.a,
            k + 1,
            kind,
            "a known body's possessive before its body",
        ));
        p.a = k + 1;
    }
    pieces.extend(owners);
}

/// A name in quotes after what a group or a page calls itself ("a page calling itself
/// \"Kontra Terorista Negros\"", "a group that calls itself \"Sons of the Nation\""): the
/// body's name, all of it to the closing quote, whatever a model read in its words.
fn bodies_that_call_themselves_so(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 1..n {
        if !matches!(reader.lower(k - 1), "calling" | "calls" | "called" | "call")
            || !matches!(reader.lower(k), "itself" | "themselves")
            || !reader.joined(k - 1)
            || k + 1 >= n
            || !matches!(reader.gap_after(k), " \"" | " “")
            || reader.toks[k].sentence != reader.toks[k + 1].sentence
        {
            continue;
        }
        let a = k + 1;
        let mut e = a;
        while e < n
            && e < a + 8
            && (e == a || reader.joined(e - 1))
            && (is_cap(reader.word(e)) || (e > a && CONNECTORS.contains(&reader.lower(e))))
        {
            e += 1;
        }
        let closed =
            e > a && is_cap(reader.word(e - 1)) && reader.text_after(e - 1).starts_with(['"', '”']);
        let taken = pieces.iter().any(|q| {
            q.a < e && a < q.b && !(q.a >= a && q.b <= e && (q.rule == "model" || q.pending))
        });
        if closed && !taken {
            found.push((a, e));
        }
    }
    for (a, b) in found {
        pieces.retain(|q| !(q.a >= a && q.b <= b));
        pieces.push(Piece::found(
            a,
            b,
            MentionKind::Organization,
            "a name a body calls itself",
        ));
    }
}

/// A body's name given in quotes runs to the closing quote past a dash inside it ("the
/// association \"Initiative for the Resurgence ... - Diaspora Section\""): one name, the
/// pieces read after the dash its own.
fn quoted_bodies_to_their_closing_quote(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut grown = Vec::new();
    for p in pieces.iter() {
        if !read_as_body(p)
            || p.a == 0
            || p.b >= n
            || !reader.gap_after(p.a - 1).ends_with(['"', '“'])
            || !matches!(reader.gap_after(p.b - 1).trim(), "-" | "–" | "—")
        {
            continue;
        }
        let mut e = p.b;
        while e < n && e < p.b + 5 && is_cap(reader.word(e)) && (e == p.b || reader.joined(e - 1)) {
            e += 1;
        }
        let closed = e > p.b && reader.text_after(e - 1).starts_with(['"', '”']);
        if closed {
            grown.push((p.a, e, p.kind.or(p.fallback)));
        }
    }
    for (a, b, kind) in grown {
        pieces.retain(|q| !(q.a >= a && q.b <= b));
        if let Some(kind) = kind {
            pieces.push(Piece::found(a, b, kind, "a body's name in quotes"));
        }
    }
}

/// A person's name written surname first, a comma before the given name ("Lindqvist, Jacob"
/// as a docket signs a filing), read as two persons: one name, where the document names the
/// person given name first too ("Jacob H. Lindqvist").
fn persons_written_surname_first(reader: &Reader, pieces: &mut Vec<Piece>) {
    let persons: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| (p.a, p.b))
        .collect();
    let named_given_first = |surname: (usize, usize), given: usize| {
        persons.iter().any(|&(a, b)| {
            b - a > surname.1 - surname.0
                && reader.word(a) == reader.word(given)
                && (0..surname.1 - surname.0).all(|i| {
                    reader.word(b - (surname.1 - surname.0) + i) == reader.word(surname.0 + i)
                })
        })
    };
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order.sort_by_key(|&i| pieces[i].a);
    let mut joined = Vec::new();
    for w in order.windows(2) {
        let (p, q) = (&pieces[w[0]], &pieces[w[1]]);
        // Either may wait for the final reading yet (a lone word the document names a
        // person by).
        let person_or_pending = |x: &Piece| x.kind == Some(MentionKind::Person) || x.pending;
        if person_or_pending(p)
            && person_or_pending(q)
            && q.b - q.a == 1
            && p.b - p.a <= 2
            && q.a == p.b
            && reader.gap_after(p.b - 1) == ", "
            && named_given_first((p.a, p.b), q.a)
        {
            joined.push((w[0], w[1]));
        }
    }
    let mut gone = Vec::new();
    for (i, j) in joined {
        pieces[i].b = pieces[j].b;
        pieces[i].kind = Some(MentionKind::Person);
        pieces[i].pending = false;
        pieces[i].rule = "a name written surname first";
        gone.push(j);
    }
    gone.sort_unstable();
    for j in gone.into_iter().rev() {
        pieces.remove(j);
    }
}

/// A person's name read without its first word where the document names the person in full
/// elsewhere, the word there before it ("Lim | Chee Keong" signing a letter that opened "From:
/// Lim Chee Keong"), or where the document gives that word as the given name before the same
/// surname ("Chanda | Mwelwa Mulenga" heading a profile that says "Chanda Mulenga"): the full
/// name. A word no reader took for anything else.
fn persons_cut_short_of_a_full_name(reader: &Reader, pieces: &mut [Piece]) {
    let full: HashSet<&str> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 3)
        .map(|p| reader.text_of(p.a, p.b))
        .collect();
    let given_and_surname: HashSet<(&str, &str)> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && !p.pending && p.b - p.a >= 2)
        .map(|p| (reader.word(p.a), reader.word(p.b - 1)))
        .collect();
    let taken: HashSet<usize> = pieces.iter().flat_map(|p| p.a..p.b).collect();
    for p in pieces.iter_mut() {
        if p.kind == Some(MentionKind::Person)
            && p.b - p.a >= 2
            && p.a > 0
            && !taken.contains(&(p.a - 1))
            && reader.joined(p.a - 1)
            && ((reader.name_word(p.a - 1) && full.contains(reader.text_of(p.a - 1, p.b)))
                || (is_cap(reader.word(p.a - 1))
                    && !is_acronym(reader.word(p.a - 1))
                    && given_and_surname.contains(&(reader.word(p.a - 1), reader.word(p.b - 1)))))
        {
            p.a -= 1;
        }
    }
}

fn initials_before_persons(reader: &Reader, pieces: &mut [Piece]) {
    // A lone surname is left to the second pass, which reads it as that person's.
    let surnames = surnames_of_persons_named_in_full(reader, pieces);
    for p in pieces.iter_mut() {
        let surname_alone = p.pending && p.b == p.a + 1 && surnames.contains(reader.word(p.a));
        if (p.kind != Some(MentionKind::Person) && !surname_alone) || p.a == 0 {
            continue;
        }
        let k = p.a - 1;
        let w = reader.word(k);
        // The letter and its full stop one token ("K.") or two.
        let letter = w.strip_suffix('.').unwrap_or(w);
        let initial = letter.chars().count() == 1 && letter.starts_with(char::is_uppercase);
        let dotted = if letter.len() < w.len() {
            reader.gap_after(k) == " "
        } else {
            reader.gap_after(k) == ". "
        };
        let after_another_letter = k > 0
            && reader.gap_after(k - 1).trim().is_empty()
            && reader.gap_after(k - 1).len() <= 1
            && reader.word(k - 1).trim_end_matches('.').chars().count() == 1;
        if initial && dotted && !after_another_letter && p.role.is_none() {
            p.a = k;
        }
    }
}

/// Two capitalised words no reader took, the first the given name of a person the document
/// names in full and the second a spelling of that person's surname ("She is Nigar Mammadli,
/// not Nigar Mamedli", as a correction writes): that person's name as someone misspelt it.
fn misspellings_of_a_named_person(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let full_names: Vec<(&str, &str)> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a == 2)
        .map(|p| (reader.word(p.a), reader.word(p.a + 1)))
        .collect();
    if full_names.is_empty() {
        return;
    }
    let covered = tokens_named(reader, pieces);
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if covered[k]
            || covered[k + 1]
            || !reader.joined(k)
            || (k > 0 && reader.joined(k - 1) && is_cap(reader.word(k - 1)))
            || (k + 2 < n && reader.joined(k + 1) && is_cap(reader.word(k + 2)))
            || !reader.name_word(k + 1)
            || is_acronym(reader.word(k + 1))
        {
            continue;
        }
        let (given, surname) = (reader.word(k), reader.word(k + 1));
        let a = surname.to_lowercase();
        let spelling = |listed: &str| {
            let b = listed.to_lowercase();
            a != b
                && a.chars().next() == b.chars().next()
                && a.chars().count() >= 5
                && a.chars().count() <= 40
                && strsim::levenshtein(&a, &b) <= 2
        };
        if full_names.iter().any(|&(g, s)| g == given && spelling(s)) {
            found.push(Piece::found(
                k,
                k + 2,
                MentionKind::Person,
                "a misspelling of a person's name",
            ));
        }
    }
    put_over(pieces, found);
}

/// A name of two to four capitalised words set off by commas after a role or a person's noun
/// ("the aid worker, Jan Roe, said", "the Special Rapporteur on Ruritania, Mai Sato, be given
/// access"), or after persons counted ("three men, among them Jan Roe and ..."): a person's,
/// where no place, body or title word is in it, whatever a model read it as (a model reads a
/// rare name as a place).
fn persons_in_apposition_to_a_role(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    // The tokens other names hold (a model's place is no obstacle: it reads a rare name as
    // one).
    let held = tokens_held(reader, pieces, |q| {
        q.kind.is_some() && !q.pending && !(q.kind == Some(MentionKind::Place) && q.rule == "model")
    });
    for k in 1..n {
        let among_them = k >= 2 && reader.lower(k - 1) == "them" && reader.joined(k - 1);
        if reader.toks[k - 1].sentence != reader.toks[k].sentence
            || (reader.gap_after(k - 1).trim() != "," && !among_them)
            || !is_cap(reader.word(k))
        {
            continue;
        }
        let is_role = |j: usize| {
            let role = reader.lower(j);
            let role = role.rsplit('-').next().unwrap_or(role);
            words::is_person_cue(role)
                || PERSON_NOUNS.contains(&role)
                || words::ROLE_CUES.contains(&role)
                || words::TITLES.contains(&role)
        };
        // The role right before the comma, or with what it is of or on ("Special Rapporteur
        // on Ruritania", "envoy to the Sahel").
        // A lawyer or a spokesman speaks for anyone, named or not ("a lawyer for the family,
        // Jan Roe,", "a spokesman for the ministry, Joe Doe,").
        let speaks_for = |j: usize| {
            matches!(
                reader.lower(j),
                "lawyer"
                    | "attorney"
                    | "counsel"
                    | "solicitor"
                    | "barrister"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
            ) && reader.lower(j + 1) == "for"
        };
        // The body a role is at may have its own small words ("co-founder at Montagnards
        // Stand for Justice, Y Phic Hdok,").
        let role_before = is_role(k - 1)
            || (k.saturating_sub(8)..k.saturating_sub(2)).any(|j| {
                is_role(j)
                    && matches!(
                        reader.lower(j + 1),
                        "on" | "of" | "for" | "to" | "in" | "at"
                    )
                    && (j + 2..k).all(|m| {
                        reader.joined(m - 1)
                            && (is_cap(reader.word(m))
                                || matches!(reader.lower(m), "the" | "of" | "for" | "and" | "on")
                                || (speaks_for(j)
                                    && reader.word(m).chars().all(char::is_lowercase)))
                    })
            });
        // Or persons counted, then named: "three men, among them Jan Roe and Joe Doe, ...".
        let among = k >= 3
            && reader.lower(k - 1) == "them"
            && matches!(reader.lower(k - 2), "among" | "including")
            && reader.joined(k - 2)
            && reader.gap_after(k - 3).trim() == ","
            && matches!(
                reader.lower(k - 3),
                "men" | "women" | "people" | "persons" | "suspects" | "defendants" | "others"
            );
        if !role_before && !among {
            continue;
        }
        let mut b = k + 1;
        while b < n && b < k + 4 && reader.joined(b - 1) && is_cap(reader.word(b)) {
            b += 1;
        }
        // Set off by a comma, or by the colon before what the person wrote ("Weekly note
        // from our editor, Jan Roe:").
        let set_off = b < n
            && (reader.gap_after(b - 1).trim() == ","
                || (among && reader.joined(b - 1) && reader.lower(b) == "and"))
            && reader.toks[b].sentence == reader.toks[b - 1].sentence
            || (b < n && !among && reader.gap_after(b - 1).trim_end().ends_with(':'));
        let shaped = b - k >= 2
            && (b == n || !reader.joined(b - 1) || !is_cap(reader.word(b)))
            && reader.place(k, b).is_none()
            && reader.name_word(b - 1)
            // (A model's body over just the name is no obstacle: it reads a rare name so.)
            && reader
                .gaz
                .lookup(reader.text_of(k, b))
                .is_none_or(|kind| kind == MentionKind::Person)
            && (k..b).all(|j| {
                let w = reader.word(j);
                is_cap(w)
                    && !is_acronym(w)
                    && words::org_head(reader.lower(j)).is_none()
                    && !title_or_common_word(reader.lower(j))
                    && !words::is_calendar(reader.lower(j))
                    && !reader.lowercase_words.contains(reader.lower(j))
            });
        // Asked only of a name that is set off and shaped as one: the pieces are many.
        let model_body_over_the_name = || {
            pieces.iter().any(|q| {
                q.a == k
                    && q.b == b
                    && q.rule == "model"
                    && matches!(
                        q.kind,
                        Some(MentionKind::Organization | MentionKind::PublicBody)
                    )
            }) && pieces
                .iter()
                .filter(|q| q.a < b && k < q.b && q.kind.is_some())
                .all(|q| q.a == k && q.b == b && q.rule == "model")
        };
        let free = || !(k..b).any(|j| held[j]) || model_body_over_the_name();
        if set_off && shaped && free() {
            found.push(Piece::found(
                k,
                b,
                MentionKind::Person,
                "a name set off after a role",
            ));
        }
    }
    put_over(pieces, found);
}

/// A name a group's common noun introduces is the group's, whatever a model read: "the
/// network known as Foxglove", "a rival gang, Tamarind, led by ...". Not a name a known
/// given name opens (a member named after the group: "the group, Ali Roe, ...").
fn groups_named_after_their_noun(reader: &Reader, pieces: &mut Vec<Piece>) {
    // The nouns that make a name before them a group's (words::GROUP_NOUNS), in the plural
    // too ("two rival gangs, X and Y"), and the plain words for a group of people.
    let group_noun = |j: usize| {
        let l = reader.lower(j);
        words::is_group_noun(l) || matches!(l, "group" | "cell" | "outfit" | "faction")
    };
    let n = reader.toks.len();
    for p in pieces.iter_mut() {
        let (a, b) = (p.a, p.b);
        if !(p.kind.is_none() || p.kind == Some(MentionKind::Person))
            || p.rule == "an alias in quotes"
            || b - a > 3
            || a < 2
            || (a..b).any(|k| reader.gaz.is_given(reader.word(k)))
            || (a..b).any(|k| !is_cap(reader.word(k)))
        {
            continue;
        }
        // "the network known as X", "a gang called X".
        let cue = if reader.lower(a - 1) == "as" && reader.lower(a - 2) == "known" {
            Some(a - 2)
        } else if matches!(reader.lower(a - 1), "called" | "named" | "dubbed") {
            Some(a - 1)
        } else {
            None
        };
        let named = cue.is_some_and(|c| {
            (c.saturating_sub(2)..c).any(group_noun) && (c..a).all(|j| reader.joined(j))
        });
        // "a rival network, X, led by ...": set off by commas after the noun.
        let set_off = reader.gap_after(a - 1).trim() == ","
            && group_noun(a - 1)
            && reader.toks[a - 1].sentence == reader.toks[a].sentence
            && b < n
            && reader.gap_after(b - 1).trim() == ",";
        if named || set_off {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.pending = false;
            p.rule = "a group named after its noun";
        }
    }
    // And a name set off so that nothing read ("His group, Free Lao, says": a people's name
    // in it, which alone names no one): the group's, where no other name holds its words.
    let held = tokens_held(reader, pieces, |q| {
        q.kind.is_some() && !q.pending && q.kind != Some(MentionKind::Place)
    });
    let mut found = Vec::new();
    for a in 1..n {
        if !group_noun(a - 1)
            || reader.gap_after(a - 1).trim() != ","
            || reader.toks[a - 1].sentence != reader.toks[a].sentence
            || !is_cap(reader.word(a))
            || reader.gaz.is_given(reader.word(a))
        {
            continue;
        }
        let mut b = a + 1;
        while b < n && b < a + 4 && reader.joined(b - 1) && is_cap(reader.word(b)) {
            b += 1;
        }
        let set_off = b < n
            && reader.gap_after(b - 1).trim() == ","
            && reader.toks[b].sentence == reader.toks[b - 1].sentence;
        if set_off
            && b - a >= 2
            && !(a..b).any(|k| held[k])
            && reader.place(a, b).is_none()
            && (a..b).all(|k| !words::is_calendar(reader.lower(k)))
        {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a group named after its noun",
            ));
        }
    }
    put_over(pieces, found);
}

/// A name joined by "and" to a person's full name, or to one a plural title heads, is a
/// person's too: "the couple, Amir Saadouni and Nasimeh Naami", "Assistant U.S. Attorneys
/// Kara Lindqvist and Tomasz Wrobel" name two persons, the second as surely as the first.
fn persons_joined_to_a_person(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    // Whether each sentence is names alone, asked once a sentence: a list of thousands of
    // names is one sentence.
    let mut alone_by_sentence: HashMap<usize, bool> = HashMap::new();
    for p in pieces.iter() {
        let plural = p.kind == Some(MentionKind::Person)
            && p.role.as_deref().is_some_and(|r| {
                let last = r.rsplit(' ').next().unwrap_or(r).to_lowercase();
                last.len() > 3
                    && last
                        .strip_suffix('s')
                        .is_some_and(|one| words::TITLES.contains(&one))
                    && words::TITLES.contains(&last.as_str())
            });
        let full_name = p.kind == Some(MentionKind::Person) && !p.pending && p.b - p.a >= 2;
        // And before it: "the candidates Mir-Hossein Roe and Jane Doe", the first name one a
        // model read as a law's or a work's.
        if full_name && p.a >= 3 && reader.lower(p.a - 1) == "and" && reader.joined(p.a - 2) {
            let b = p.a - 1;
            let mut a = b;
            while a > 0 && b - a < 3 && is_cap(reader.word(a - 1)) && reader.joined(a - 1) {
                a -= 1;
            }
            // A sentence's first word is a name's where the text never writes it in small
            // letters ("Carlisle Roe and Jane Doe were charged").
            let first_ok = !reader.toks[a].first
                || reader.gaz.is_given(reader.word(a))
                || !(reader.lowercase_words.contains(reader.lower(a))
                    || words::SENTENCE_STOPWORDS.contains(&reader.lower(a)));
            // A town's name may be a given name's ("Carlisle Roe"): the surname, and the name
            // whole, no place's.
            let shaped = b - a >= 2
                && (a == 0 || !is_cap(reader.word(a - 1)) || !reader.joined(a - 1))
                && first_ok
                && reader.place(a, b).is_none()
                && !reader
                    .place(b - 1, b)
                    .is_some_and(|pl| matches!(pl.kind, PlaceKind::Country | PlaceKind::Demonym))
                && (a..b).all(|k| {
                    is_cap(reader.word(k))
                        && !is_acronym(reader.word(k))
                        && words::org_head(reader.lower(k)).is_none()
                        && !title_or_common_word(reader.lower(k))
                });
            // A model's place over the words is no obstacle where no place has that name
            // whole ("Carlisle Roe" read LOC for its first word).
            let free = !pieces.iter().any(|q| {
                q.a < b
                    && a < q.b
                    && q.kind.is_some()
                    && !q.pending
                    && !(q.kind == Some(MentionKind::Place)
                        && q.rule == "model"
                        && q.a == a
                        && q.b == b
                        && reader.place(a, b).is_none())
            });
            if shaped && free {
                found.push(Piece::found(
                    a,
                    b,
                    MentionKind::Person,
                    "name joined to a person's",
                ));
            }
        }
        if !(plural || full_name) || p.b + 2 >= n {
            continue;
        }
        // "X and Y", or a list of names set off by commas ("X, Y, Z", a table's cell of
        // names): the name after a comma only where the list goes on or ends after it.
        // (Only where the sentence is nothing but names, as a table's cell is: in prose a
        // name's apposition is set off so, "Jane Roe, Senior Fellow, said".)
        let by_comma = full_name
            && reader.gap_after(p.b - 1) == ", "
            && *alone_by_sentence
                .entry(reader.toks[p.a].sentence)
                .or_insert_with(|| names_alone(reader, p.a));
        let a = if reader.lower(p.b) == "and" {
            p.b + 1
        } else if by_comma {
            p.b
        } else {
            continue;
        };
        // (A particle inside, before a capitalised word: "Femke de Wit", "Omar bin Ali".)
        let particle = |k: usize| {
            k > a
                && k + 1 < n
                && NAME_PARTICLES.contains(&reader.lower(k))
                && reader.joined(k)
                && is_cap(reader.word(k + 1))
        };
        let mut b = a;
        while b < n
            && b < a + 4
            && (is_cap(reader.word(b)) || particle(b))
            && (b == a || reader.joined(b - 1))
        {
            b += 1;
        }
        if b == a || (a..b).filter(|&k| !particle(k)).count() > 3 {
            continue;
        }
        let list_goes_on = b == n
            || reader.toks[b].sentence != reader.toks[b - 1].sentence
            || reader.gap_after(b - 1).starts_with([',', ';'])
            || (reader.joined(b - 1) && reader.lower(b) == "and");
        if a == p.b && !list_goes_on {
            continue;
        }
        let name_shaped = b - a >= 2
            && (b == n || !is_cap(reader.word(b)) || !reader.joined(b - 1))
            && (a..b).all(|k| {
                particle(k)
                    || (reader.name_word(k)
                        && !is_acronym(reader.word(k))
                        && !title_or_common_word(reader.lower(k))
                        && words::org_head(reader.lower(k)).is_none())
            });
        // Free of other names, or holding only a part of a person's a model read ("Omarov"
        // of "Polad Omarov").
        let free = !pieces.iter().any(|q| {
            q.a < b
                && a < q.b
                && q.kind.is_some()
                && !(q.kind == Some(MentionKind::Person) && q.a >= a && q.b <= b && !q.pending)
        });
        if name_shaped && free {
            found.push(Piece {
                a,
                b,
                kind: Some(MentionKind::Person),
                role: if plural { p.role.clone() } else { None },
                rule: "name joined to a person's",
                pending: false,
                fallback: None,
            });
        }
    }
    put_over(pieces, found);
}

/// Languages a name is given in after a person's, in parentheses ("Jane Roe (Persian:
/// ...)"), as encyclopaedias write it.
const NAME_LANGUAGES: &[&str] = &[
    "persian",
    "farsi",
    "arabic",
    "russian",
    "ukrainian",
    "belarusian",
    "chinese",
    "hebrew",
    "kurdish",
    "urdu",
    "pashto",
    "georgian",
    "armenian",
    "uyghur",
    "korean",
    "japanese",
    "azerbaijani",
    "turkish",
];

/// A person's name in another script in parentheses after it ("Jane Roe (Persian: ...;
/// 1978 - 2020)"), or in plain letters ("Đường Văn Thái (Duong Van Thai)"): the same
/// person's name, as the lists may write it.
fn names_in_another_script(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    // A body's name in its own script in parentheses right after it ("the Korean Residents
    // Society (재영한인총연합회)", "the Investigative Committee (Следственный комитет)"): the
    // same body's, as a list may give it (the entities join where a body's other name in
    // parentheses joins it).
    for p in pieces.iter() {
        if p.pending || !read_as_body(p) || p.b >= n {
            continue;
        }
        let after = &reader.text[reader.toks[p.b - 1].end..];
        let Some(inside) = after.strip_prefix(" (") else {
            continue;
        };
        let Some(close) = inside.find(')').filter(|&c| c > 0 && c <= 120) else {
            continue;
        };
        let written = &inside[..close];
        let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 2
            || letters.iter().any(|&c| {
                vigil_normalize::Script::of_char(c) == Some(vigil_normalize::Script::Latin)
            })
        {
            continue;
        }
        let start = reader.toks[p.b - 1].end + 2;
        let a = p.b
            + (p.b..n)
                .take_while(|&k| reader.toks[k].start < start)
                .count();
        let b = a
            + (a..n)
                .take_while(|&k| reader.toks[k].end <= start + close)
                .count();
        if b > a
            && b - a <= 8
            && !pieces
                .iter()
                .any(|q| q.a < b && a < q.b && q.kind.is_some())
        {
            found.push(Piece::found(
                a,
                b,
                p.kind.or(p.fallback).unwrap_or(MentionKind::Organization),
                "a body's name in another script",
            ));
        }
    }
    for p in pieces.iter() {
        if p.pending || p.kind != Some(MentionKind::Person) || p.b >= n {
            continue;
        }
        let after = &reader.text[reader.toks[p.b - 1].end..];
        let Some(inside) = after.strip_prefix(" (") else {
            continue;
        };
        // The same name without its letters' marks ("Đường Văn Thái (Duong Van Thai)"), as
        // a report gives it for readers who search in plain letters.
        let plain_letters =
            |t: &str| vigil_normalize::fold(&vigil_normalize::to_ascii(t).to_lowercase());
        if let Some(close) = inside.find(')').filter(|&c| c > 0 && c < 80) {
            let written = reader.text_of(p.a, p.b);
            let plain = &inside[..close];
            if plain != written && plain_letters(plain) == plain_letters(written) {
                let start = reader.toks[p.b - 1].end + 2;
                let a = p.b
                    + (p.b..n)
                        .take_while(|&k| reader.toks[k].start < start)
                        .count();
                let b = a
                    + (a..n)
                        .take_while(|&k| reader.toks[k].end <= start + close)
                        .count();
                if b > a
                    && !pieces
                        .iter()
                        .any(|q| q.a < b && a < q.b && q.kind.is_some())
                {
                    found.push(Piece::found(
                        a,
                        b,
                        MentionKind::Person,
                        "a name in plain letters",
                    ));
                }
                continue;
            }
        }
        // A language's name is one word: the colon within a few characters.
        let head: &str = inside
            .char_indices()
            .nth(16)
            .map_or(inside, |(at, _)| &inside[..at]);
        let Some((language, _)) = head.split_once(':') else {
            continue;
        };
        if !NAME_LANGUAGES.contains(&language.trim().to_lowercase().as_str()) {
            continue;
        }
        // The name runs from the first token after the colon to a ';', ',' or ')'.
        let colon = reader.toks[p.b - 1].end + 2 + language.len() + 1;
        let Some(end) = reader.text[colon..]
            .find([';', ',', ')', '\n'])
            .map(|e| colon + e)
        else {
            continue;
        };
        let a = p.b
            + (p.b..n)
                .take_while(|&k| reader.toks[k].start < colon)
                .count();
        let b = (a..n)
            .take_while(|&k| reader.toks[k].end <= end)
            .last()
            .map(|k| k + 1);
        let Some(b) = b.filter(|&b| b > a && b - a <= 5) else {
            continue;
        };
        // Another script's letters: a Latin name there is a transliteration, read as such.
        let script = reader
            .text_of(a, b)
            .chars()
            .any(|c| c.is_alphabetic() && !c.is_ascii());
        if script
            && !pieces
                .iter()
                .any(|q| q.a < b && a < q.b && q.kind.is_some())
        {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Person,
                "a name in another script",
            ));
        }
    }
    put_over(pieces, found);
}

/// A reference's author written surname first before its date ("^ Roe, Jane (13 December
/// 2020). \"Title\"."), as encyclopaedias and bibliographies cite: a person; and the
/// publisher after a reference's title.
fn authors_of_citations(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        let opens = reader.text[..reader.toks[k].start]
            .trim_end_matches(' ')
            .ends_with(['^', '\n']);
        if !opens
            || reader.gap_after(k) != ", "
            || !reader.gap_after(k + 1).starts_with(" (")
            || !reader.word(k + 2).starts_with(|c: char| c.is_ascii_digit())
            || !(k..k + 2).all(|j| reader.name_word(j) && !is_acronym(reader.word(j)))
            || pieces
                .iter()
                .any(|q| q.a < k + 2 && k < q.b && q.kind == Some(MentionKind::Person))
        {
            continue;
        }
        found.push(Piece::found(
            k,
            k + 2,
            MentionKind::Person,
            "a cited author",
        ));
    }
    // A reference opening on its title in quotes, then its publisher and its date
    // ("\"Title\", Tarsk Weekly, 12 March 2017."): the publisher is a body, whatever a
    // model read it as.
    for (start, line) in lines_at(reader.text) {
        let t = line.trim_start_matches(['^', ' ']);
        let Some(rest) = t.strip_prefix(['"', '\u{201c}']) else {
            continue;
        };
        let Some(close) = rest.find(['"', '\u{201d}']) else {
            continue;
        };
        let after = &rest[close..];
        let after = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let Some(publisher_and_date) = after.strip_prefix(", ") else {
            continue;
        };
        let Some((publisher, date)) = publisher_and_date.split_once(", ") else {
            continue;
        };
        let dated = date.starts_with(|c: char| c.is_ascii_digit())
            || date
                .split_whitespace()
                .next()
                .is_some_and(|w| words::is_calendar(&w.to_lowercase()));
        if !dated || publisher.is_empty() {
            continue;
        }
        let from = start + (line.len() - t.len()) + (t.len() - publisher_and_date.len());
        let to = from + publisher.len();
        let a = reader.toks.partition_point(|tok| tok.start < from);
        let b = reader.toks.partition_point(|tok| tok.end <= to);
        let name_like = a < b
            && b - a <= 6
            && is_cap(reader.word(a))
            && is_cap(reader.word(b - 1))
            && (a..b).all(|k| {
                is_cap(reader.word(k)) || matches!(reader.lower(k), "of" | "the" | "and" | "for")
            });
        if name_like {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a cited publisher",
            ));
        }
    }
    put_over(pieces, found);
}

/// The authors an author-date citation names, as papers cite ("(Roe, 2019; Lind & Berg,
/// 2021)", "Roe (2019) argues", and in the reference list "Lind, A. B., & Berg, C. (2021).
/// Title."): persons, where a surname of one word stands for each. A firm's ampersand
/// ("Lind & Berg") or a body's name does not make them one body. Bodies cited alike
/// ("Freedom House, 2022") are left to the other rules.
fn authors_of_author_date_citations(reader: &Reader, pieces: &mut Vec<Piece>) {
    let text = reader.text;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    // A surname of one word ("Lind", "Al-Rasheed", "O'Neil"), not an acronym nor a
    // well-known body's one-word name.
    let surname = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            && w.chars().any(char::is_lowercase)
            && !reader.gaz.well_known.contains(&name_key(w))
            && words::places().get(w).is_none()
            && !words::is_calendar(&w.to_lowercase())
            && words::org_head(&w.to_lowercase()).is_none()
    };
    let year_at = |t: &str| {
        let d = t.bytes().take_while(u8::is_ascii_digit).count();
        d == 4 && !t[4..].starts_with(|c: char| c.is_ascii_digit())
    };
    // In parentheses: "(Roe, 2019; Lind & Berg, 2021a)".
    let mut from = 0;
    while let Some(open) = text[from..].find('(').map(|i| from + i) {
        from = open + 1;
        let Some(close) = text[open..].find(')').map(|i| open + i) else {
            break;
        };
        let inner = &text[open + 1..close];
        if inner.len() > 240 || inner.contains('\n') {
            continue;
        }
        let mut at = open + 1;
        for segment in inner.split(';') {
            let seg_at = at;
            at += segment.len() + 1;
            let Some((names, year)) = segment.rsplit_once(", ") else {
                continue;
            };
            if !year_at(year.trim()) {
                continue;
            }
            let lead = segment.len() - segment.trim_start().len();
            let names_at = seg_at + lead;
            let names = names.trim_start();
            let names = names.strip_suffix(" et al.").unwrap_or(names);
            let parts: Vec<&str> = names
                .split(", & ")
                .flat_map(|p| p.split(" & "))
                .flat_map(|p| p.split(" and "))
                .flat_map(|p| p.split(", "))
                .collect();
            if parts.iter().all(|p| surname(p)) {
                let mut k = names_at;
                for p in parts {
                    if let Some(i) = text[k..close].find(p) {
                        spans.push((k + i, k + i + p.len()));
                        k += i + p.len();
                    }
                }
            }
        }
    }
    // In the sentence: "Roe (2019) argues", "Lind and Berg (2021)", "Roe et al. (2019)".
    for (open, _) in text.match_indices(" (") {
        if !year_at(&text[open + 2..]) {
            continue;
        }
        let before = text[..open]
            .strip_suffix(" et al.")
            .unwrap_or(&text[..open]);
        let start = before.rfind([' ', '\n']).map_or(0, |i| i + 1);
        let last = &before[start..];
        // The word before is no capitalised word of a longer name ("Amnesty International
        // (2019)").
        let prior = before[..start].trim_end_matches(' ');
        let prior_word = &prior[prior.rfind([' ', '\n', '(']).map_or(0, |i| i + 1)..];
        let mut names = vec![(start, last)];
        if let Some(rest) = prior
            .strip_suffix(" and")
            .or_else(|| prior.strip_suffix(" &"))
        {
            let s2 = rest.rfind([' ', '\n']).map_or(0, |i| i + 1);
            names.push((s2, &rest[s2..]));
        } else if prior_word.starts_with(char::is_uppercase) {
            continue;
        }
        if names.iter().all(|(_, w)| surname(w)) {
            spans.extend(names.into_iter().map(|(i, w)| (i, i + w.len())));
        }
    }
    // A reference list's entries: "Lind, A. B., & Berg, C. (2021). Title." at a line's start.
    for (line_at, line) in lines_at(text) {
        let body = line.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '-' | '*' | '•' | '[' | ']' | '.' | ' ')
        });
        let mut at = line_at + line.len() - body.len();
        let mut authors = Vec::new();
        loop {
            let rest = &text[at..line_at + line.len()];
            let Some((name, tail)) = rest.split_once(", ") else {
                break;
            };
            if !surname(name) {
                break;
            }
            // Initials: "A.", "A. B.", "J.-P.", the last perhaps before a comma.
            let initials = |w: &str| {
                w.ends_with('.')
                    && w.split(['.', '-'])
                        .all(|x| x.is_empty() || (x.chars().count() == 1 && is_cap(x)))
            };
            let mut initials_len = 0;
            for w in tail.split(' ') {
                let core = w.strip_suffix(',').unwrap_or(w);
                if !initials(core) {
                    break;
                }
                initials_len += core.len() + 1;
                if core.len() < w.len() {
                    break;
                }
            }
            if initials_len == 0 {
                break;
            }
            let end = at + name.len() + 2 + initials_len - 1;
            authors.push((at, end));
            let after = &text[end..line_at + line.len()];
            if let Some(next) = [", & ", " & ", ", "]
                .iter()
                .find(|sep| after.starts_with(**sep))
            {
                at = end + next.len();
                continue;
            }
            if !(after.starts_with(" (") && year_at(&after[2..])) {
                authors.clear();
            }
            break;
        }
        spans.extend(authors);
    }
    let mut found = Vec::new();
    for (from, to) in spans {
        let a = reader.toks.partition_point(|t| t.start < from);
        let b = reader.toks.partition_point(|t| t.end <= to);
        if a < b && reader.toks[a].start == from && reader.toks[b - 1].end == to {
            found.push(Piece::found(a, b, MentionKind::Person, "a cited author"));
        }
    }
    put_over(pieces, found);
}

/// Whether the sentence holding token `k` is nothing but capitalised words set apart by
/// commas and "and" ("Jane Roe, Ali Reza and Tom Lee", a table's cell of names).
fn names_alone(reader: &Reader, k: usize) -> bool {
    let sentence = reader.toks[k].sentence;
    let first = (0..=k)
        .rev()
        .take_while(|&j| reader.toks[j].sentence == sentence)
        .last()
        .unwrap_or(k);
    let mut j = first;
    while j < reader.toks.len() && reader.toks[j].sentence == sentence {
        let word_ok = is_cap(reader.word(j)) || reader.lower(j) == "and";
        let last = j + 1 == reader.toks.len() || reader.toks[j + 1].sentence != sentence;
        let gap_ok = last || matches!(reader.gap_after(j), " " | ", ");
        if !word_ok || !gap_ok {
            return false;
        }
        j += 1;
    }
    true
}

/// A name of two or three words a model read as a body's, listed with a person's full name
/// ("X and Jane Roe, both of New York, were charged", a table's cell "Jane Roe, X, Ann Lee"),
/// with no body's head word and no body the gazetteer knows by it: a person's, as the
/// names listed with it are ("Carlisle" is a town's name and a firm's too).
fn persons_listed_with_persons(reader: &Reader, pieces: &mut [Piece]) {
    let full_names = || {
        pieces
            .iter()
            .filter(|p| p.kind == Some(MentionKind::Person) && !p.pending && p.b - p.a >= 2)
    };
    let starts: HashSet<usize> = full_names().map(|p| p.a).collect();
    let ends: HashSet<usize> = full_names().map(|p| p.b).collect();
    let n = reader.toks.len();
    for q in pieces.iter_mut() {
        if q.pending
            || q.kind != Some(MentionKind::Organization)
            || !matches!(q.rule, "model" | "a name the document gives elsewhere")
            || !(2..=3).contains(&(q.b - q.a))
            // (Place names may be a person's: capitalised words, not `name_word`s.)
            || !(q.a..q.b).all(|k| {
                is_cap(reader.word(k))
                    && !is_acronym(reader.word(k))
                    && words::org_head(reader.lower(k)).is_none()
            })
            || reader.gaz.lookup(reader.text_of(q.a, q.b)).is_some()
        {
            continue;
        }
        // ("members of the Hells Angels, Jane Roe and ..." sets persons off after a body.)
        if q.a >= 1 && reader.lower(q.a - 1) == "the" {
            continue;
        }
        // A name opening on a people's word is a body's ("Jane Roe, Lithuanian Red Cross"):
        // a person's name may end on one (John French), not open on it.
        if words::places()
            .get(reader.word(q.a))
            .is_some_and(|p| p.kind == PlaceKind::Demonym)
        {
            continue;
        }
        // A byline gives its outlet after the writers' names and a comma ("By Jane Roe,
        // Velden Review").
        let line = reader.line_start(q.a);
        if q.a >= 1 && reader.gap_after(q.a - 1) == ", " && reader.byline_opens_at(line) {
            continue;
        }
        let opens_sentence = q.a == 0 || reader.toks[q.a].sentence != reader.toks[q.a - 1].sentence;
        let person_after = (opens_sentence
            && q.b < n
            && reader.gap_after(q.b - 1) == ", "
            && starts.contains(&q.b))
            || (q.b + 1 < n
                && reader.lower(q.b) == "and"
                && reader.joined(q.b - 1)
                && starts.contains(&(q.b + 1)));
        let person_before = (q.a >= 1 && ends.contains(&q.a) && reader.gap_after(q.a - 1) == ", ")
            || (q.a >= 2 && reader.lower(q.a - 1) == "and" && ends.contains(&(q.a - 1)));
        if person_after || person_before {
            q.kind = Some(MentionKind::Person);
            q.fallback = Some(MentionKind::Person);
            q.rule = "a name listed with persons'";
        }
    }
}

/// A name the acronym in parentheses after it spells, initial by initial, an acronym inside
/// it giving all its letters ("the UN High Commissioner for Refugees (UNHCR)", "the
/// Counter Terrorism Policing Network (CTPN)"): one body, whatever the pieces inside it were
/// read as (a title and its portfolio, a body's acronym alone). Not a person's name.
fn bodies_their_acronym_spells(reader: &Reader, pieces: &mut Vec<Piece>) {
    // ("to" as a task force's remit is written: "Task Force to End ... (NTF-ELCAC)".)
    const SMALL: &[&str] = &[
        "of", "for", "the", "and", "on", "in", "to", "de", "du", "des", "la",
    ];
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 1..n {
        let w = reader.word(k);
        if !is_acronym(w) || reader.toks[k].sentence != reader.toks[k - 1].sentence {
            continue;
        }
        let before = reader.gap_after(k - 1);
        let after = reader
            .text
            .get(reader.toks[k].end..)
            .unwrap_or("")
            .trim_start();
        if before.trim() != "(" || !after.starts_with(')') {
            continue;
        }
        let acronym: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        if acronym.chars().count() < 3 {
            continue;
        }
        let b = k;
        // How many of the acronym's last letters the words from here to the acronym spell, in
        // every way they can: a small word's initial counts or not ("United Nations Support
        // Mission in Libya (UNSMIL)" spells its "in", "... Mission in Afghanistan (UNAMA)" not).
        let letters: Vec<char> = acronym.chars().collect();
        let mut spelt: Vec<usize> = vec![0];
        let mut start = None;
        // Words in small letters spelt too, as French and Spanish names write all but the
        // first ("Direction générale de la sécurité intérieure (DGSI)"): such a name must open
        // on a capital inside its sentence, where no English description in small letters
        // does ("the national anti-terrorism prosecutor's office (PNAT)").
        let mut in_small_letters = false;
        for a in (b.saturating_sub(10)..b).rev() {
            if a + 1 < b && !reader.joined(a) {
                break;
            }
            let word = reader.word(a);
            let lower = reader.lower(a);
            let small = SMALL.contains(&lower);
            if !small && !is_cap(word) {
                if !word.chars().all(char::is_alphabetic) {
                    break;
                }
                in_small_letters = true;
            }
            let initials: Vec<char> = if is_acronym(word) {
                word.chars().filter(|c| c.is_alphabetic()).collect()
            } else {
                word.chars()
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            let fits = |done: usize| {
                done + initials.len() <= letters.len()
                    && letters[letters.len() - done - initials.len()..letters.len() - done]
                        == initials[..]
            };
            let spelling = spelt
                .iter()
                .filter(|&&done| fits(done))
                .map(|&done| done + initials.len());
            // A small word's initial is spelt only for "in", before the place a mission is in;
            // "of" and "and" are left out ("Ministry of Intelligence and Security (MOIS)" is
            // the Iranian one, named with its demonym before it).
            let mut next: Vec<usize> = match (small, lower) {
                (false, _) => spelling.collect(),
                (true, "in") => spelling.chain(spelt.iter().copied()).collect(),
                (true, _) => spelt.clone(),
            };
            next.sort_unstable();
            next.dedup();
            if next.contains(&letters.len()) && !small {
                if in_small_letters && (!is_cap(word) || reader.toks[a].first) {
                    break;
                }
                start = Some(a);
                break;
            }
            if next.is_empty() {
                break;
            }
            spelt = next;
        }
        let Some(a) = start else { continue };
        // A body's head word the acronym leaves out, before what the body is for ("the
        // Committee for Human Rights in North Korea (HRNK)"): the name's.
        let a = if a >= 2
            && reader.joined(a - 2)
            && reader.joined(a - 1)
            && matches!(reader.lower(a - 1), "for" | "of" | "on")
            && is_cap(reader.word(a - 2))
            && words::org_head(reader.lower(a - 2)).is_some()
        {
            a - 2
        } else {
            a
        };
        // Not a person's name, nor a state's ("the People's Republic of China (PRC)").
        // A place inside a body's name is the body's ("Mission in Libya (UNSMIL)").
        let person = pieces.iter().any(|p| {
            (p.kind == Some(MentionKind::Person) && p.a < b && a < p.b)
                || (p.kind == Some(MentionKind::Place) && p.a <= a && b <= p.b)
        }) || vigil_model::country_code(strip_possessive(reader.text_of(a, b)).0)
            .is_some_and(|c| c != "eu");
        let already = pieces.iter().any(|p| {
            p.a == a
                && p.b == b
                && matches!(
                    p.kind,
                    Some(MentionKind::Organization | MentionKind::PublicBody)
                )
        });
        if b - a < 2 || person || already {
            continue;
        }
        let public = (a..b).any(|j| words::org_head(reader.lower(j)) == Some(true));
        found.push(Piece {
            a,
            b,
            kind: Some(if public {
                MentionKind::PublicBody
            } else {
                MentionKind::Organization
            }),
            role: None,
            rule: "name its acronym spells",
            pending: false,
            fallback: None,
        });
    }
    put_over(pieces, found);
}

/// Words before a name and a comma that say a person is named after them ("the victim,
/// Théogène Habimana, ...").
const PERSON_NOUNS: &[&str] = &["accused", "man", "woman", "hitman", "gunman", "killer"];

/// A person's name a trained model labelled a body (the model reads rare names as ORG): a span
/// of two or three name-shaped words, none a body's head word, that ends in an initial
/// ("Jean-Claude M."), is joined by "and" to a person's name ("Ellen Sise and Meredith
/// Arfa"), follows a person's noun and a comma ("the victim, Théogène Habimana"), or opens
/// with a known given name.
fn persons_a_model_took_for_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    // A noun in small letters after a person's possessive pronoun ("His producer, X,", "her
    // lawyer, X,"): someone the person has, not a body the person has, where the noun is no
    // word for a body's tie to another.
    const TIES_OF_BODIES: &[&str] = &[
        "business",
        "businesses",
        "companies",
        "firms",
        "shop",
        "shops",
        "bank",
        "newspaper",
        "website",
        "charity",
        "foundation",
        "organisation",
        "organization",
        "subsidiary",
        "affiliate",
        "parent",
        "branch",
        "unit",
        "wing",
        "arm",
        "division",
        "publisher",
        "employer",
        "sponsor",
        "partner",
        "ally",
        "rival",
        "successor",
        "predecessor",
        "network",
        "outlet",
        "party",
        "group",
        "company",
        "firm",
        "label",
        "school",
        "university",
        "club",
        "team",
        "band",
    ];
    let whose_noun = |k: usize| {
        k >= 1
            && matches!(reader.lower(k - 1), "his" | "her")
            && reader.joined(k - 1)
            && reader.word(k).chars().all(char::is_lowercase)
            && !TIES_OF_BODIES.contains(&reader.lower(k))
    };
    // Token k follows a person's noun and a comma in its sentence: "the victim, | X".
    let follows_a_person_noun = |k: usize| {
        k >= 1
            && reader.toks[k - 1].sentence == reader.toks[k].sentence
            && reader.gap_after(k - 1).trim() == ","
            && {
                let noun = reader.lower(k - 1);
                PERSON_NOUNS.contains(&noun)
                    || words::is_person_cue(noun)
                    || words::KIN_NOUNS.contains(&noun)
                    || whose_noun(k - 1)
            }
    };
    let after_kin =
        |k: usize| follows_a_person_noun(k) && words::KIN_NOUNS.contains(&reader.lower(k - 1));
    // A comma (or the sentence's end) right after the name ending before token b.
    let set_off_after = |b: usize| {
        b < n
            && reader.toks[b].sentence == reader.toks[b - 1].sentence
            && reader.gap_after(b - 1).trim() == ","
    };
    let persons: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person))
        .map(|p| (p.a, p.b))
        .collect();
    let initial = |k: usize| {
        let w = reader.word(k).trim_end_matches('.');
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    for p in pieces.iter_mut() {
        // The last word of a minister's portfolio and the minister's name, as a model may read
        // them ("Minister of Justice and | Security Dilan Yeşilgöz"): the name is a person's.
        let portfolio_run_on = p.kind == Some(MentionKind::Organization)
            && p.b - p.a >= 3
            && p.a >= 1
            && matches!(reader.lower(p.a - 1), "and" | "of" | "for")
            && words::PORTFOLIOS.contains(&reader.lower(p.a))
            && reader.joined(p.a - 1)
            // Words of a body's name after it are no person's ("director of Defense
            // Industries System").
            && (p.a + 1..p.b).all(|k| words::org_head(reader.lower(k)).is_none());
        if portfolio_run_on {
            // A portfolio of two parts goes on past "and" ("Minister of Security and Civil
            // Protection Calixte ..."): the name opens on the given name after it, or the
            // words are left as they were read.
            match (p.a + 1..p.b).find(|&k| reader.lower(k) == "and") {
                Some(and) => match (and + 1..p.b).find(|&k| reader.gaz.is_given(reader.word(k))) {
                    Some(given) => p.a = given,
                    None => continue,
                },
                None => p.a += 1,
            }
            // The model may have stopped at the given name ("... Protection Calixte | Amavi
            // Dossou"): the name words after it are the name's.
            while p.b < n
                && p.b - p.a < 4
                && reader.joined(p.b - 1)
                && reader.name_word(p.b)
                && !reader.possessive(p.b - 1)
            {
                p.b += 1;
            }
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model ran on from a portfolio";
            continue;
        }
        // A rank or title, a force's or ministry's word before it perhaps, and two or more
        // capitalised words with no body's head word among them, read by a model as a body
        // ("Police Colonel X Y"): the words after the titles are a person's name.
        if p.kind == Some(MentionKind::Organization) || p.kind == Some(MentionKind::PublicBody) {
            let mut k = p.a;
            if words::PORTFOLIOS.contains(&reader.lower(k)) && reader.title_len(k + 1, p.b) > 0 {
                k += 1;
            }
            while k < p.b && reader.title_len(k, p.b) > 0 {
                k += reader.title_len(k, p.b);
            }
            let named = k > p.a
                && p.b - k >= 2
                && (k..p.b).all(|j| {
                    is_cap(reader.word(j))
                        && words::org_head(reader.lower(j)).is_none()
                        && !is_acronym(reader.word(j))
                });
            if named {
                p.a = k;
                p.kind = Some(MentionKind::Person);
                p.rule = "a titled person's name a model read as a body";
                continue;
            }
        }
        // A name and an initial ("Yonas M.") is a person's, however a model labelled it: no
        // place is written so.
        if p.kind == Some(MentionKind::Place)
            && p.b - p.a == 2
            && initial(p.b - 1)
            && reader.joined(p.a)
            && reader.name_word(p.a)
            && reader.place(p.a, p.b - 1).is_none()
        {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a place";
            continue;
        }
        // A name a model took for a place where a person's noun and a comma introduce it
        // ("the blogger, Orkhan Mammadli,"): no gazetteer knows it as a place.
        if p.kind == Some(MentionKind::Place)
            && (2..=3).contains(&(p.b - p.a))
            && follows_a_person_noun(p.a)
            && (p.a..p.b).all(|k| reader.name_word(k))
            && (p.a..p.b - 1).all(|k| reader.joined(k))
            && reader.place(p.a, p.b).is_none()
        {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a place";
            continue;
        }
        // ... or where an apposition after it says who the person is ("Wanchalearm
        // Satsaksit, a Thai activist who ..."): places are not activists, nor do they take
        // "who". Nor are bodies critics or activists, where no word of the name is a body's.
        let named_as_a_person = || {
            (2..=3).contains(&(p.b - p.a))
                && (reader.appositive_after(p.b) || reader.who_after(p.b))
                && !reader.appositive_body_after(p.b)
                && (p.a..p.b).all(|k| {
                    reader.name_word(k)
                        && !is_acronym(reader.word(k))
                        && words::org_head(reader.lower(k)).is_none()
                })
                && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none()
        };
        if p.kind == Some(MentionKind::Organization) && named_as_a_person() {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a body";
            continue;
        }
        if p.kind == Some(MentionKind::Place)
            && (2..=3).contains(&(p.b - p.a))
            && (reader.appositive_after(p.b) || reader.who_after(p.b))
            && (p.a..p.b).all(|k| reader.name_word(k))
            && (p.a..p.b - 1).all(|k| reader.joined(k))
            && reader.place(p.a, p.b).is_none()
        {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a place";
            continue;
        }
        // A given name alone after a noun of kinship, set off by commas ("his son, Tejpal,").
        if matches!(p.kind, Some(MentionKind::Organization | MentionKind::Place))
            && p.b - p.a == 1
            && after_kin(p.a)
            && reader.name_word(p.a)
            && set_off_after(p.b)
        {
            p.kind = Some(MentionKind::Person);
            p.rule = "a given name after a noun of kinship";
            continue;
        }
        // The very words the document reads as a person's name elsewhere ("known to his fans
        // as MC Kota", then "MC Kota's posts"), with no body's head word among them.
        let same_words_a_person = p.kind == Some(MentionKind::Organization)
            && p.rule == "model"
            && (p.a..p.b).all(|k| words::org_head(reader.lower(k)).is_none())
            && persons.iter().any(|&(s, e)| {
                (s, e) != (p.a, p.b) && reader.text_of(s, e) == reader.text_of(p.a, p.b)
            })
            && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none();
        if same_words_a_person {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a body";
            continue;
        }
        // The page's own name says what it is ("Nile Rights Watch", whose first word a list
        // gives someone as a given name).
        // Four words only where the sentence says a person is named (Vietnamese names run to
        // four: "the blogger, Le Thi Ngoc Anh,").
        let four_named = p.b - p.a == 4
            && (follows_a_person_noun(p.a)
                || (p.b < n
                    && reader.lower(p.b) == "and"
                    && persons.iter().any(|&(s, _)| s == p.b + 1)));
        if p.kind != Some(MentionKind::Organization)
            || !((2..=3).contains(&(p.b - p.a)) || four_named)
            || p.rule == "the page's publisher"
            || p.rule == "appositive body after"
            || p.rule == "a body's name an apposition explains elsewhere"
        {
            continue;
        }
        let (a, b) = (p.a, p.b);
        // A hyphenated given name (Marie-Laure) is capitalised in each of its parts.
        let name_like = |k: usize| {
            let w = reader.word(k);
            if w.contains('-') {
                w.split('-').all(is_cap) && words::org_head(reader.lower(k)).is_none()
            } else {
                reader.name_word(k) && !words::looks_like_common_noun(reader.lower(k))
            }
        };
        let name_shaped = (a..b).all(|k| name_like(k) || (k + 1 == b && k > a && initial(k)))
            && (a..b.saturating_sub(1)).all(|k| reader.joined(k));
        if !name_shaped {
            continue;
        }
        if reader.place_kind_after(b) {
            p.kind = Some(MentionKind::Place);
            p.rule = "a place named before its kind";
            continue;
        }
        let ends_in_initial = initial(b - 1);
        let joined_to_a_person = (a >= 2
            && reader.lower(a - 1) == "and"
            && persons.iter().any(|&(_, e)| e == a - 1))
            || (b + 1 < n && reader.lower(b) == "and" && persons.iter().any(|&(s, _)| s == b + 1));
        let after_a_person_noun = follows_a_person_noun(a);
        // The same words the document names a person by elsewhere ("Farai Chidzikwe, thank
        // you" at an interview's end, after "Farai Chidzikwe, a former organiser"): a page
        // does not give a person's whole name to a body.
        let a_person_s_name_here = persons
            .iter()
            .any(|&(s, e)| e - s == b - a && reader.text_of(s, e) == reader.text_of(a, b));
        if ends_in_initial
            || joined_to_a_person
            || after_a_person_noun
            || a_person_s_name_here
            || reader.gaz.is_given(reader.word(a))
        {
            p.kind = Some(MentionKind::Person);
            p.rule = "a person's name a model took for a body";
        }
    }
    // Without a model: a name set off by commas after a person's noun ("the victim, Théogène
    // Habimana, was ...") that nothing else read is a person's.
    let mut found = Vec::new();
    for k in 1..n {
        if !follows_a_person_noun(k) {
            continue;
        }
        let mut b = k;
        while b < n && b < k + 4 && reader.name_word(b) && (b == k || reader.joined(b - 1)) {
            b += 1;
        }
        let set_off = b > k && set_off_after(b);
        let free = !pieces
            .iter()
            .any(|p| p.a < b && k < p.b && p.kind.is_some());
        if (b - k >= 2 || (b - k == 1 && after_kin(k))) && set_off && free {
            found.push(Piece {
                a: k,
                b,
                kind: Some(MentionKind::Person),
                role: None,
                rule: "name after a person's noun",
                pending: false,
                fallback: None,
            });
        }
    }
    put_over(pieces, found);
}

/// A state named in full ("the People's Republic of China", "the Islamic Republic of Iran")
/// is a place, however a model labels it, and so is the acronym its parenthesis defines
/// ("(PRC)"): a state's government is no body in a report's sense.
fn countries_by_their_official_names(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || p.b - p.a < 2
        {
            continue;
        }
        let name = strip_possessive(reader.text_of(p.a, p.b)).0;
        // The European Union is a body, though lists give it as a country.
        let state = vigil_model::country_code(name).is_some_and(|c| c != "eu");
        if !name.contains([',', '(']) && state {
            p.kind = Some(MentionKind::Place);
            p.rule = "a state's official name";
        }
    }
}

/// Court papers' stand-ins for names they keep back: "John Doe-1", "Victim-2", "Company-1".
fn a_placeholder(reader: &Reader, p: &Piece) -> bool {
    let last = reader.word(p.b - 1);
    p.kind != Some(MentionKind::Place)
        && last.rsplit_once('-').is_some_and(|(w, n)| {
            !w.is_empty() && !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit())
        })
}

/// A body's word inside a title ("Deputy Secretary of the Treasury Wally Adeyemo", "the
/// Minister of Justice"): part of the title, no mention of the body.
fn inside_a_title(reader: &Reader, p: &Piece) -> bool {
    if p.b - p.a != 1 || p.kind == Some(MentionKind::Place) || p.kind == Some(MentionKind::Person) {
        return false;
    }
    let mut k = p.a;
    if k > 0 && reader.lower(k - 1) == "the" && reader.joined(k - 1) {
        k -= 1;
    }
    k >= 2
        && reader.lower(k - 1) == "of"
        && reader.joined(k - 1)
        && reader.joined(k - 2)
        && matches!(
            reader.lower(k - 2),
            "secretary" | "undersecretary" | "minister" | "chancellor"
        )
}

/// "By Staff Writer", "Staff Reporter": a byline's role where no name is given.
fn byline_without_a_name(reader: &Reader, p: &Piece) -> bool {
    p.b - p.a == 2
        && reader.lower(p.a) == "staff"
        && matches!(
            reader.lower(p.a + 1),
            "writer" | "writers" | "reporter" | "reporters" | "correspondent" | "photographer"
        )
}

/// "Operation Fox Hunt", "operation Sentinel": the name of a police or intelligence operation
/// names a campaign, neither a person nor a body.
fn names_an_operation(reader: &Reader, p: &Piece) -> bool {
    if p.kind == Some(MentionKind::Place) || p.kind == Some(MentionKind::Event) {
        return false;
    }
    let operation = |k: usize| reader.lower(k) == "operation";
    let named = if operation(p.a) {
        p.b - p.a >= 2 && reader.joined(p.a) && is_cap(reader.word(p.a))
    } else {
        p.a > 0 && operation(p.a - 1) && reader.joined(p.a - 1)
    };
    named
        && (p.a..p.b)
            .filter(|&k| !operation(k))
            .all(|k| is_cap(reader.word(k)) && words::org_head(reader.lower(k)).is_none())
}

/// "Chen Wenhua, 52, of Flushing": a name after a person's age and "of" is where the person
/// lives, a place whatever the model reads there (a court's and prosecutors' style).
fn residences_after_ages(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        let a = p.a;
        if a < 2 || p.kind == Some(MentionKind::Place) {
            continue;
        }
        let (age, of) = (reader.toks[a - 2], reader.toks[a - 1]);
        let age_word = reader.word(a - 2);
        if reader.lower(a - 1) == "of"
            && reader.joined(a - 1)
            && age.sentence == of.sentence
            && reader.text[age.end..of.start].trim() == ","
            && (1..=3).contains(&age_word.len())
            && age_word.bytes().all(|c| c.is_ascii_digit())
            && a >= 3
            && reader.text[reader.toks[a - 3].end..age.start].trim() == ","
            && (a..p.b).all(|k| words::org_head(reader.lower(k)).is_none())
        {
            p.kind = Some(MentionKind::Place);
            p.pending = false;
            p.rule = "residence after an age";
        }
    }
}

/// Words the model read as places one by one, written straight after each other, none of them
/// a place the gazetteer knows ("Jamal | Khashoggi", "Babur | Maihesuti"): places are not
/// written so ("Paris, Texas" has its comma), a person's given name and surname are. One
/// person's name.
fn unknown_places_as_one_name(text: &str, proposals: &[Proposal]) -> Vec<Proposal> {
    let unknown_place = |p: &Proposal| {
        p.label == "GPE"
            && text.get(p.start..p.end).is_some_and(|t| {
                !t.contains(char::is_whitespace)
                    && t.chars().next().is_some_and(char::is_uppercase)
                    && t.chars().skip(1).any(char::is_lowercase)
                    && words::places().get(t).is_none()
            })
    };
    let mut out: Vec<Proposal> = Vec::with_capacity(proposals.len());
    let mut i = 0;
    while i < proposals.len() {
        let mut j = i;
        while j + 1 < proposals.len()
            && unknown_place(&proposals[j])
            && unknown_place(&proposals[j + 1])
            && text.get(proposals[j].end..proposals[j + 1].start) == Some(" ")
        {
            j += 1;
        }
        if j > i {
            out.push(Proposal {
                start: proposals[i].start,
                end: proposals[j].end,
                label: "PERSON".to_string(),
            });
        } else {
            out.push(proposals[i].clone());
        }
        i = j + 1;
    }
    out
}

/// Whether the word at `k` opens a run-in label: lower-case words after it and a colon
/// closing them on the same line, a few words on ("Background for your report:"). A name
/// before a colon straight after it is a speaker's or a sender's, not a label.
fn opens_a_label(reader: &Reader, k: usize) -> bool {
    let mut j = k + 1;
    while j < reader.toks.len() && j <= k + 5 && reader.joined(j - 1) {
        let w = reader.word(j);
        if !w.starts_with(char::is_lowercase) {
            return false;
        }
        if j + 1 < reader.toks.len() && reader.gap_after(j).starts_with(':') {
            return true;
        }
        j += 1;
    }
    false
}

/// A person's name of four or five parts the model read as two persons written straight
/// after each other ("Teodoro Obiang | Nguema Mbasogo"): two persons are not written so, with
/// no comma, "and" or line between them. One person's name. So are two persons' spans with a
/// patronymic particle between them ("Farah Nadia | binti | Ismail"): a son's or daughter's
/// "bin", "binti", "ibn" joins a name to the father's.
fn persons_read_in_two(text: &str, proposals: Vec<Proposal>) -> Vec<Proposal> {
    let parts = |p: &Proposal| {
        text.get(p.start..p.end).map_or(0, |t| {
            if t.split_whitespace().all(|w| {
                (w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
                    || PATRONYMIC_PARTICLES.contains(&w)
            }) {
                t.split_whitespace().count()
            } else {
                0
            }
        })
    };
    let patronymic_between = |gap: Option<&str>| {
        gap.and_then(|g| g.strip_prefix(' '))
            .and_then(|g| g.strip_suffix(' '))
            .is_some_and(|w| PATRONYMIC_PARTICLES.contains(&w))
    };
    let mut out: Vec<Proposal> = Vec::with_capacity(proposals.len());
    for p in proposals {
        if let Some(last) = out.last_mut() {
            let (a, b) = (parts(last), parts(&p));
            let gap = text.get(last.end..p.start);
            if last.label == "PERSON"
                && p.label == "PERSON"
                && (gap == Some(" ") || patronymic_between(gap))
                && a >= 1
                && b >= 1
                && a + b <= 5
            {
                last.end = p.end;
                continue;
            }
        }
        out.push(p);
    }
    out
}

/// A body's span that joins two bodies' names with "and" ("Amnesty International and Human
/// Rights Watch"): the two spans, where each side reads as a name by itself. Not where "and"
/// joins words inside one name: after "of" or "for" ("Ministry of Culture and Islamic
/// Guidance"), a single word before it ("Immigration and Customs Enforcement"), or modifiers
/// sharing the second side's head word ("National Aeronautics and Space Administration": a
/// side without a head word of its own before one word and a head word).
fn split_coordinated_bodies(
    reader: &Reader,
    a: usize,
    b: usize,
) -> Option<((usize, usize), (usize, usize))> {
    let and = (a + 1..b.saturating_sub(1)).find(|&k| matches!(reader.lower(k), "and" | "or"))?;
    if reader.gaz.lookup(reader.text_of(a, b)).is_some() {
        return None;
    }
    let mut c = and + 1;
    while c < b && matches!(reader.lower(c), "the" | "a" | "an") {
        c += 1;
    }
    // "or", or "and the" before a second name with its own head word, joins two names even
    // after "of" ("the Ministry of Intelligence or the Quds Force").
    let second_named_apart = reader.lower(and) == "or"
        || (c > and + 1 && (c..b).any(|k| words::org_head(reader.lower(k)).is_some()));
    let named = |x: usize, y: usize| {
        if second_named_apart {
            is_cap(reader.word(x))
                && is_cap(reader.word(y - 1))
                && (x..y).all(|k| is_cap(reader.word(k)) || CONNECTORS.contains(&reader.lower(k)))
        } else {
            (x..y).all(|k| is_cap(reader.word(k)))
        }
    };
    let known = |x: usize, y: usize| {
        let t = reader.text_of(x, y);
        reader.gaz.lookup(t).is_some() || (y - x == 1 && is_acronym(t))
    };
    let side_ok = |x: usize, y: usize| y > x && named(x, y) && (y - x >= 2 || known(x, y));
    if !side_ok(a, and) || !side_ok(c, b) {
        return None;
    }
    let has_head = |x: usize, y: usize| (x..y).any(|k| words::org_head(reader.lower(k)).is_some());
    // A state and a body ("United States and European Union sanctions"): two names.
    let state_first = reader
        .place(a, and)
        .is_some_and(|p| p.kind == PlaceKind::Country);
    // "Aeronautics and Space" share "Administration"; "Velden Press Union" is a name itself.
    if !state_first
        && !has_head(a, and)
        && words::org_head(reader.lower(b - 1)).is_some()
        && b - c <= 2
        && !known(a, and)
    {
        return None;
    }
    Some(((a, and), (c, b)))
}

/// A model's body span that holds two names "of" each other, each a body's with its own
/// head word ("the Quds Force of the Iranian Revolutionary Guards", "the 5th Criminal Senate
/// of the Higher Regional Court"), or a title and a person's name before "of" a body
/// ("Assistant Attorney General Matthew G. Olsen of the Justice Department"): the pieces,
/// and the title for the person.
#[allow(clippy::type_complexity)]
fn split_body_span(
    reader: &Reader,
    a: usize,
    b: usize,
) -> Option<(Vec<(usize, usize, MentionKind)>, Option<String>)> {
    let of = (a + 1..b.saturating_sub(1)).find(|&k| reader.lower(k) == "of")?;
    let mut c = of + 1;
    while c < b && matches!(reader.lower(c), "the" | "a" | "an") {
        c += 1;
    }
    // A nationality before the second body's name only qualifies it; a religion's adjective
    // ("Islamic", a demonym of no country) is the name's, and so is a party's nationality
    // ("the Chinese Communist Party", as the party is called).
    let a_party = words::PARTY_HEADS.contains(&reader.lower(b - 1));
    while c + 1 < b
        && !a_party
        && words::places()
            .get(reader.word(c))
            .is_some_and(|p| p.kind == PlaceKind::Demonym && !p.country.is_empty())
    {
        c += 1;
    }
    if c >= b {
        return None;
    }
    let head_at_end = |x: usize, y: usize| {
        (x..y).any(|k| words::org_head(reader.lower(k)).is_some())
            && y - x >= 2
            && is_cap(reader.word(y - 1))
    };
    let mut m = a;
    while m < of && words::TITLE_MODIFIERS.contains(&reader.lower(m)) {
        m += 1;
    }
    let t = if m < of {
        (m - a) + reader.title_len(m, of)
    } else {
        0
    };
    if t > m - a && of - (a + t) >= 2 && of - (a + t) <= 4 {
        let named = (a + t..of).all(|k| {
            let w = reader.word(k);
            is_cap(w) && words::org_head(reader.lower(k)).is_none()
        });
        if named && head_at_end(c, b) {
            return Some((
                vec![
                    (a + t, of, MentionKind::Person),
                    (c, b, MentionKind::Organization),
                ],
                Some(reader.text_of(a, a + t).to_string()),
            ));
        }
        return None;
    }
    // A person's name without a title, a known given name opening it ("Nabeel Hassan of the
    // Bahrain Institute for Rights and Democracy").
    if t == 0
        && (2..=3).contains(&(of - a))
        && reader.gaz.is_given(reader.word(a))
        && (a..of).all(|k| {
            let w = reader.word(k);
            is_cap(w) && !is_acronym(w) && words::org_head(reader.lower(k)).is_none()
        })
        && head_at_end(c, b)
    {
        return Some((
            vec![
                (a, of, MentionKind::Person),
                (c, b, MentionKind::Organization),
            ],
            None,
        ));
    }
    let first_has_head = words::org_head(reader.lower(of - 1)).is_some() && of - a >= 2;
    // The first names a body by a proper name of its own (Quds); a unit named only by what
    // it does needs its parent's name to be one ("the Intelligence Organization of the
    // Revolutionary Guards").
    let first_is_proper = (a..of - 1).any(|k| {
        let l = reader.lower(k);
        is_cap(reader.word(k))
            && words::org_head(l).is_none()
            && !words::BODY_ADJECTIVES.contains(&l)
            && !words::looks_like_common_noun(l)
            && !reader.lowercase_words.contains(l)
            && !l.chars().next().is_some_and(|c| c.is_ascii_digit())
    });
    if first_has_head
        && first_is_proper
        && head_at_end(c, b)
        && words::org_head(reader.lower(b - 1)).is_some()
    {
        return Some((
            vec![
                (a, of, MentionKind::Organization),
                (c, b, MentionKind::Organization),
            ],
            None,
        ));
    }
    None
}

/// What a lone capitalised word the model labelled is, once the document and the gazetteers
/// have had their say: a known place is a place whatever the model thought; a word the
/// document also writes in lower case, a common noun or a title is no name (the model's
/// single-word guesses are its least reliable); anything else keeps the model's label.
/// A word no name is made of alone: a title, a title's modifier, a number word, a generic
/// word for a body ("Mr. Chairman", "Two men", "The Subcommittee").
fn title_or_common_word(lower: &str) -> bool {
    words::TITLE_MODIFIERS.contains(&lower)
        || words::is_form_of_address(lower)
        || words::NUMBER_WORDS.contains(&lower)
        || words::GENERIC_BODY_WORDS.contains(&lower)
        || words::TITLES
            .iter()
            .any(|t| t.split(' ').any(|p| p == lower))
}

fn lone_model_word(
    reader: &Reader,
    at: usize,
    w: &str,
    kind: MentionKind,
    not_entities: &HashSet<String>,
) -> Option<MentionKind> {
    let bare = w.replace('.', "");
    if not_entities.contains(w) || not_entities.contains(&bare) {
        return None;
    }
    if let Some(p) = words::places().get(w) {
        if p.kind == PlaceKind::Demonym {
            return None;
        }
        // A small town's name is also a surname ("Keller"): with the model reading a person
        // there, the town needs a place cue, as the rules ask of small towns themselves.
        let small_town = p.kind == PlaceKind::City && p.population < 100_000;
        let cued = matches!(
            reader.cue_before(at).as_deref(),
            Some("in" | "at" | "near" | "from" | "to" | "outside")
        );
        if !(small_town && kind == MentionKind::Person && !cued) {
            return Some(MentionKind::Place);
        }
    }
    let lower = w.to_lowercase();
    // Members of a house by their letters ("told MPs", "MEPs voted"): no one by name.
    if w.strip_suffix('s').is_some_and(words::is_post_nominal) {
        return None;
    }
    // A work's title after the kind of work it is ("the weekly programme Borderlines", "the
    // podcast Exiles", "his short Salt"): a programme's, a film's or a book's name, not a
    // body's or a person's.
    if kind != MentionKind::Place
        && at >= 1
        && reader.joined(at - 1)
        && matches!(
            reader.word(at - 1),
            "programme"
                | "program"
                | "show"
                | "podcast"
                | "series"
                | "documentary"
                | "film"
                | "short"
                | "novel"
                | "book"
                | "column"
                | "album"
        )
    {
        return None;
    }
    if is_acronym(w) {
        // A heading's word in capitals the model took for a body ("THE FACTS").
        let heading = kind == MentionKind::Organization
            && !reader.gaz.acronyms.contains_key(w)
            && reader.on_a_heading_in_capitals(at);
        return (!heading).then_some(kind);
    }
    // "Sistan and Baluchestan", "Kursk and Belgorod": a word joined by "and" to a place the
    // gazetteer knows is a place too, not a lone person's name, unless a given name.
    if kind == MentionKind::Person && !reader.gaz.is_given(w) {
        let n = reader.toks.len();
        let place_at = |k: usize| {
            words::places()
                .get(reader.word(k))
                .is_some_and(|p| p.kind != PlaceKind::Demonym)
        };
        let after_place = at >= 2
            && reader.lower(at - 1) == "and"
            && reader.joined(at - 2)
            && reader.joined(at - 1)
            && place_at(at - 2);
        let before_place = at + 2 < n
            && reader.lower(at + 1) == "and"
            && reader.joined(at)
            && reader.joined(at + 1)
            && place_at(at + 2);
        if after_place || before_place {
            return Some(MentionKind::Place);
        }
    }
    // A lone word after "in" read as a person, that no gazetteer knows and no name of two
    // words ends on elsewhere in the text, is a place too small for the gazetteer ("his flat
    // in Independencia"): a person is seldom "in" someone named by a surname alone, and where
    // one is ("trust in Roe") the full name came before.
    if kind == MentionKind::Person
        && reader.cue_before(at).as_deref() == Some("in")
        && !reader.gaz.is_given(w)
        && reader.gaz.lookup(w).is_none()
        && !(1..reader.toks.len()).any(|k| {
            k != at && reader.word(k) == w && reader.joined(k - 1) && is_cap(reader.word(k - 1))
        })
    {
        return Some(MentionKind::Place);
    }
    if kind == MentionKind::Person && !reader.speaks_after(at) {
        let n = reader.toks.len();
        // A word opening its sentence or a chapter's line that the document writes nowhere
        // else and no gazetteer knows ("(02:41) Intro and housekeeping", "Listener
        // questions"): capitalised by its place, no name; a person a report names by one word
        // is named again, or in full. (Not a possessive: "Aliyev's family said" names someone
        // who has something.)
        let opening_unknown_word = reader.toks[at].first
            && !reader.possessive(at)
            && !reader.gaz.is_given(w)
            && reader.gaz.lookup(w).is_none()
            && reader.word_counts.get(w).copied() == Some(1);
        // A name after "a" or "an" before a noun ("an Osman warning", "a Magnitsky
        // designation") names a kind of thing, after someone, not a person, whatever given
        // name it is; so does the name before the same noun elsewhere ("the Osman warning").
        let names_a_kind = at + 1 < n
            && reader.joined(at)
            && reader.kinds_named_after.contains(&(w, reader.word(at + 1)));
        if opening_unknown_word || names_a_kind {
            return None;
        }
    }
    // An adjective opening a line or a sentence before its noun ("Workshop: Digital safety
    // for ..."), written nowhere else and known to no gazetteer: capitalised by its place, no
    // body's name.
    if kind == MentionKind::Organization
        && reader.toks[at].first
        && at + 1 < reader.toks.len()
        && reader.joined(at)
        && reader.word(at + 1).starts_with(char::is_lowercase)
        && !reader.possessive(at)
        && reader.gaz.lookup(w).is_none()
        && reader.word_counts.get(w).copied() == Some(1)
        && [
            "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ern",
        ]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return None;
    }
    // A word alone on its line no gazetteer knows is a heading ("Background"), not a name.
    let heading = reader.opens_line(at)
        && (at + 1 == reader.toks.len() || reader.gap_after(at).contains('\n'))
        && !reader.gaz.is_given(w)
        && reader.gaz.lookup(w).is_none();
    if heading
        || reader.lowercase_words.contains(&lower)
        || words::PLAIN_NOUNS.contains(&lower.as_str())
        || words::looks_like_common_noun(&lower)
        || words::is_calendar(&lower)
        || title_or_common_word(&lower)
        // "Bengali-language", "Iran-backed": an adjective made of a name, no name itself.
        || words::is_compound_adjective(&lower)
    {
        return None;
    }
    Some(kind)
}

/// Bodies' names read in pieces, made whole again:
/// - two bodies' names joined by "and" where the first has no head word of its own and the
///   second has one are one name ("the Danish Security" and "Intelligence Service": the
///   Danish Security and Intelligence Service);
/// - a body's name found cut short where the document names it in full elsewhere, the words
///   it lacks written right before it ("From: Foreign, Commonwealth and Development Office"
///   after "the Foreign, Commonwealth and Development Office").
fn join_split_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let is_body = |p: &Piece| {
        !p.pending
            && matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
    };
    // Two names "of" each other in one span: each its own (see `split_body_span`).
    let mut split: Vec<Piece> = Vec::with_capacity(pieces.len());
    for p in pieces.drain(..) {
        match is_body(&p)
            .then(|| split_body_span(reader, p.a, p.b))
            .flatten()
        {
            Some((parts, role)) => {
                for (a, b, kind) in parts {
                    let person = kind == MentionKind::Person;
                    split.push(Piece {
                        a,
                        b,
                        kind: Some(kind),
                        role: if person { role.clone() } else { None },
                        rule: "two names of each other",
                        pending: false,
                        fallback: Some(kind),
                    });
                }
            }
            None => split.push(p),
        }
    }
    *pieces = split;
    // A state body's name the gazetteer knows, run into the name of one of its offices
    // ("HM Treasury Office of Financial Sanctions Implementation"): two bodies. Only a
    // public body's: an international one prefixes its agencies' own names ("the European
    // Union Agency for Asylum").
    let mut offices = Vec::new();
    for p in pieces.iter_mut().filter(|p| is_body(p) && p.b - p.a >= 5) {
        let at = (p.a + 2..p.b - 2).find(|&j| {
            words::org_head(reader.lower(j)).is_some()
                && matches!(reader.lower(j + 1), "of" | "for")
                && reader.joined(j - 1)
                && reader.gaz.lookup(reader.text_of(p.a, j)) == Some(MentionKind::PublicBody)
                // Not where a place alone follows: "the National Police Service of Kenya"
                // is the service's name with its state's, no office of another body.
                && {
                    let after = j + 2 + usize::from(reader.lower(j + 2) == "the");
                    after >= p.b || reader.place(after, p.b).is_none()
                }
        });
        if let Some(j) = at {
            offices.push(Piece {
                a: j,
                b: p.b,
                kind: p.kind,
                role: None,
                rule: "an office after its body's name",
                pending: false,
                fallback: p.kind,
            });
            p.b = j;
            p.kind = Some(MentionKind::PublicBody);
        }
    }
    pieces.extend(offices);
    pieces.sort_by_key(|p| (p.a, p.b));
    let mut k = 0;
    while k + 1 < pieces.len() {
        let (x, y) = (&pieces[k], &pieces[k + 1]);
        // Or the first ends on an adjective of what the body is of, which the second's
        // words complete ("the Journal of Ethnic" | "Migration Studies", "the Ministry of
        // Foreign" | "European Affairs").
        let adjective_of = |x: &Piece| {
            x.b - x.a >= 3
                && matches!(reader.lower(x.b - 2), "of" | "for")
                && reader.place(x.b - 1, x.b).is_none()
                && {
                    let w = reader.lower(x.b - 1);
                    ["ic", "al", "ian", "ive", "ous", "ary", "ern"]
                        .iter()
                        .any(|s| w.ends_with(s))
                        || matches!(w, "foreign" | "domestic" | "european" | "urban" | "human")
                }
        };
        let joined = is_body(x)
            && is_body(y)
            && y.a == x.b + 1
            && reader.lower(x.b) == "and"
            && reader.joined(x.b - 1)
            && reader.joined(x.b)
            && words::org_head(reader.lower(x.b - 1)).is_none()
            && (words::org_head(reader.lower(y.b - 1)).is_some()
                || (adjective_of(x) && y.b - y.a >= 2))
            // Two names the lists give apart ("Casa Apollo and Barakat Import Export Ltda").
            && x.rule != "name gazetteer";
        if joined {
            let b = pieces[k + 1].b;
            pieces[k].b = b;
            pieces[k].rule = "bodies' names joined by and";
            pieces.remove(k + 1);
        } else {
            k += 1;
        }
    }
    // A unit's number is its name's ("GRU Unit 29155", "Unit 8200"): the model reads it
    // as a date or a number.
    for p in pieces.iter_mut() {
        if is_body(p)
            && p.b < reader.toks.len()
            && reader.joined(p.b - 1)
            && numbered_unit(reader.lower(p.b - 1))
            && reader.word(p.b).bytes().all(|c| c.is_ascii_digit())
        {
            p.b += 1;
        }
    }
    pieces.retain(|p| {
        !(p.b - p.a == 1
            && reader.word(p.a).bytes().all(|c| c.is_ascii_digit())
            && p.a > 0
            && numbered_unit(reader.lower(p.a - 1)))
    });
    // A unit or group named by its head word and number alone ("leads Group 24", "Unit
    // 8200 said"): a body, wherever no other name holds the words.
    let n = reader.toks.len();
    let mut numbered = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if is_cap(reader.word(k))
            && !reader.toks[k].first
            && numbered_unit(reader.lower(k))
            && reader.joined(k)
            && reader.word(k + 1).bytes().all(|c| c.is_ascii_digit())
            && !(k > 0 && reader.joined(k - 1) && is_cap(reader.word(k - 1)))
            && !pieces
                .iter()
                .any(|p| p.a <= k + 1 && k < p.b && p.kind.is_some() && !p.pending)
        {
            numbered.push(Piece::found(
                k,
                k + 2,
                MentionKind::Organization,
                "a unit named by its number",
            ));
        }
    }
    if !numbered.is_empty() {
        put_over(pieces, numbered);
    }
    // A unit named by what it does and its parent, read as two pieces ("the Main
    // Intelligence Directorate" | "of the" | "General Staff"): one name, where the span
    // would not be split as two names of each other (see `split_body_span`). Not where the
    // parent is an acronym or a body the gazetteers know by itself.
    let mut k = 0;
    while k + 1 < pieces.len() {
        let (x, y) = (&pieces[k], &pieces[k + 1]);
        let gap = y.a.saturating_sub(x.b);
        let of_the = (gap == 1 && reader.lower(x.b) == "of")
            || (gap == 2 && reader.lower(x.b) == "of" && reader.lower(x.b + 1) == "the");
        let joined = is_body(x)
            && is_body(y)
            && of_the
            && (x.b - 1..y.a).all(|j| reader.joined(j))
            && words::org_head(reader.lower(x.b - 1)).is_some()
            && (x.a..x.b - 1).all(|j| words::BODY_ADJECTIVES.contains(&reader.lower(j)))
            && x.b - x.a >= 2
            && !(y.a..y.b).any(|j| is_acronym(reader.word(j)))
            && y.rule != "name gazetteer"
            && split_body_span(reader, x.a, y.b).is_none();
        if joined {
            let b = pieces[k + 1].b;
            pieces[k].b = b;
            pieces[k].rule = "a unit and its parent";
            pieces.remove(k + 1);
        } else {
            k += 1;
        }
    }
    // A unit named by its head word first and its parent after "of" and a country's
    // possessive ("the Directorate for Internal Security of Iran's Ministry of Intelligence"):
    // one name, the unit's, as "of the" would make it.
    let mut k = 0;
    while k + 2 < pieces.len() {
        let (x, country, y) = (&pieces[k], &pieces[k + 1], &pieces[k + 2]);
        let possessive = |j: usize| {
            let t = reader.toks[j];
            strip_possessive(&reader.text[t.start..t.end]).1
        };
        let joined = is_body(x)
            && is_body(y)
            && x.b - x.a >= 3
            && words::org_head(reader.lower(x.a)).is_some()
            && matches!(reader.lower(x.a + 1), "for" | "of")
            && reader.lower(x.b) == "of"
            && country.a == x.b + 1
            && country.b == country.a + 1
            && y.a == country.b
            && possessive(country.a)
            && reader
                .place(country.a, country.b)
                .is_some_and(|pl| pl.kind == PlaceKind::Country)
            && (x.b - 1..y.a).all(|j| reader.joined(j))
            && words::org_head(reader.lower(y.a)).is_some();
        if joined {
            let b = pieces[k + 2].b;
            pieces[k].b = b;
            pieces[k].rule = "a unit and its parent";
            pieces.drain(k + 1..k + 3);
        } else {
            k += 1;
        }
    }
    // The first name's piece may be gone (the model's "the Danish Security", all nationality
    // and common noun, names no body alone): capitalised words and "and" right before a
    // body's name with a head word, no other piece's, are its start.
    let covered = |pieces: &[Piece], k: usize| {
        pieces
            .iter()
            .any(|p| p.a <= k && k < p.b && !p.pending && p.kind.is_some())
    };
    // The tokens persons' pieces hold, pending or not (the loop moves only bodies' starts).
    let person_tokens = tokens_held(reader, pieces, |p| p.kind == Some(MentionKind::Person));
    for i in 0..pieces.len() {
        if !is_body(&pieces[i]) || words::org_head(reader.lower(pieces[i].b - 1)).is_none() {
            continue;
        }
        let a = pieces[i].a;
        // Not a word that closes a body's name itself ("... Trading Limited and ..."): that
        // is another body before "and".
        let word_before_and = |k: usize| {
            let w = reader.word(k);
            is_cap(w)
                && !is_acronym(w)
                && words::places().get(w).is_none()
                && !reader.gaz.is_given(w)
                && words::org_head(reader.lower(k)).is_none()
        };
        if a >= 2
            && reader.lower(a - 1) == "and"
            && reader.joined(a - 2)
            && reader.joined(a - 1)
            && word_before_and(a - 2)
            && !covered(pieces, a - 2)
            // Not a titled person's surname, named by the title alone so far ("Mr Justice
            // Roe and Upper Tribunal Judge Doe").
            && !person_tokens[a - 2]
        {
            let mut start = a - 2;
            // A nationality opening the name (the Danish Security and ...).
            if start > 0
                && reader.joined(start - 1)
                && !covered(pieces, start - 1)
                && words::places()
                    .get(reader.word(start - 1))
                    .is_some_and(|p| p.kind == PlaceKind::Demonym)
            {
                start -= 1;
            }
            pieces[i].a = start;
            pieces[i].rule = "bodies' names joined by and";
        }
    }
    let full: Vec<String> = pieces
        .iter()
        .filter(|p| is_body(p) && p.b - p.a >= 2)
        .map(|p| reader.text_of(p.a, p.b).to_string())
        .collect();
    for p in pieces.iter_mut().filter(|p| is_body(p)) {
        let own = reader.text_of(p.a, p.b).to_string();
        let start = reader.toks[p.a].start;
        let longer = full.iter().find(|f| {
            f.len() > own.len()
                && f.ends_with(own.as_str())
                && reader.text[..start].ends_with(&f[..f.len() - own.len()])
        });
        if let Some(f) = longer {
            let from = start - (f.len() - own.len());
            if let Some(a) = reader.toks.iter().position(|t| t.start == from) {
                p.a = a;
            }
        }
    }
}

/// Head words of units known by a number ("Unit 29155", "the 155th Brigade").
fn numbered_unit(lower: &str) -> bool {
    matches!(
        lower,
        "unit"
            | "group"
            | "brigade"
            | "battalion"
            | "regiment"
            | "division"
            | "squadron"
            | "detachment"
    )
}

/// Where a title starts in a body's span `a..b`: at `a` when the span is a title's words
/// ("former National Security Advisor John Bolton"), later when a title follows a body's
/// name ("the United Nations Special Rapporteur on Iran"), which is then the body. Not the
/// title a body's name ends on after "of the" ("Office of the Supreme Leader") or that ends
/// one ("the Federal Public Prosecutor General").
fn title_in_body(reader: &Reader, a: usize, b: usize) -> Option<usize> {
    let reach = reader.toks.len().min(b + 4);
    if reader.title_len(a, reach) >= b - a {
        return Some(a);
    }
    // What precedes the title must name a body by itself: "Federal Public Prosecutor General"
    // is one body's name.
    // The longest title ending the span is the one read.
    let k = (a + 1..b).find(|&k| reader.title_len(k, b) == b - k)?;
    // An ombudsman closing the span is the institution ("the Human Rights Ombudsman's
    // office", "the Parliamentary Ombudsman"), not a title before a name.
    if k + 1 == b && matches!(reader.lower(k), "ombudsman" | "ombudsperson") {
        return None;
    }
    // "General" after a word is part of it ("Prosecutor General", "Inspector General").
    // (A connector in capitals is still one: "HIGH COURT OF JUSTICE".)
    (is_cap(reader.word(k - 1))
        && !matches!(reader.lower(k - 1), "of" | "for" | "on" | "the" | "and")
        && reader.lower(k) != "general"
        // A rank opening the words before it makes them the title's ("Deputy Department
        // Spokesperson").
        && !matches!(
            reader.lower(a),
            "deputy" | "assistant" | "acting" | "principal" | "senior" | "associate" | "chief"
        )
        && ((a..k).any(|j| words::org_head(reader.lower(j)).is_some())
            || reader.gaz.lookup(reader.text_of(a, k)).is_some()))
    .then_some(k)
}

/// Bodies' pieces that join two bodies' names with "and", split (see
/// [`split_coordinated_bodies`]): the rules' head words read "the Tarsk Civic Forum and Velden
/// Press Union" as one name as the model can.
fn split_coordinated_pieces(reader: &Reader, pieces: &mut Vec<Piece>) {
    // Surnames of persons the document names in full: "Zakriev and Dzhabrailov" after "Apti
    // Zakriev" and "Ruslan Dzhabrailov" is two persons, whatever the model reads.
    let surnames: HashSet<&str> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| reader.word(p.b - 1))
        .collect();
    let mut added = Vec::new();
    for p in pieces.iter_mut() {
        if !p.pending
            && p.b - p.a == 3
            && matches!(reader.lower(p.a + 1), "and" | "or")
            && reader.joined(p.a)
            && reader.joined(p.a + 1)
            && surnames.contains(reader.word(p.a))
            && surnames.contains(reader.word(p.a + 2))
        {
            for (a, into) in [(p.a, true), (p.a + 2, false)] {
                let piece = Piece::found(
                    a,
                    a + 1,
                    MentionKind::Person,
                    "surnames of persons named in full",
                );
                if into {
                    *p = piece;
                } else {
                    added.push(piece);
                }
            }
            continue;
        }
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || p.rule == "name gazetteer"
            // Made whole by `join_split_bodies`: a model's two spans, the first with no head
            // word of its own ("National Security" | "International Narcotics Unit").
            || p.rule == "bodies' names joined by and"
        {
            continue;
        }
        if let Some(((a1, b1), (a2, b2))) = split_coordinated_bodies(reader, p.a, p.b) {
            let kind = p.kind;
            let rule = p.rule;
            for (a, b, into) in [(a1, b1, true), (a2, b2, false)] {
                let state = reader
                    .place(a, b)
                    .is_some_and(|pl| pl.kind == PlaceKind::Country);
                let piece = if state {
                    Piece::found(a, b, MentionKind::Place, "a state beside a body")
                } else {
                    Piece {
                        a,
                        b,
                        kind: if b - a == 1 { None } else { kind },
                        role: None,
                        rule,
                        pending: b - a == 1,
                        fallback: kind,
                    }
                };
                if into {
                    *p = piece;
                } else {
                    added.push(piece);
                }
            }
        }
    }
    pieces.append(&mut added);
}

/// A body named after an office whose holder it serves, the office's title in the possessive
/// before it ("the Prime Minister's Bodyguard Unit", "the Supreme Leader's Office"): one
/// body's name, not a person called by a title and a body of their own.
fn bodies_named_after_an_office(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for p in pieces.iter_mut() {
        let body = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        );
        if !body || p.pending || p.a == 0 || p.rule == "a title's office" {
            continue;
        }
        let before = p.a - 1;
        if !reader.possessive(before) || !reader.joined(before) {
            continue;
        }
        // The whole title, of up to three words, and nothing of a name with it.
        let Some(k) = (p.a.saturating_sub(3)..p.a).find(|&k| {
            (k..p.a - 1).all(|j| reader.joined(j)) && reader.title_len(k, p.a) == p.a - k
        }) else {
            continue;
        };
        if k > 0 && reader.joined(k - 1) && reader.capitalised_word(k - 1) {
            continue;
        }
        grown.push((k, p.a));
        p.a = k;
        p.rule = "a body named after an office";
    }
    if grown.is_empty() {
        return;
    }
    // The title read as a person's mention goes.
    // (The grown body ends after `e`, so it stays.)
    pieces.retain(|q| !grown.iter().any(|&(k, e)| q.a >= k && q.b <= e));
}

/// Bodies' pieces cut where a title starts in them (see [`title_in_body`]).
fn cut_titles_from_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    pieces.retain_mut(|p| {
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || p.rule == "name gazetteer"
        {
            return true;
        }
        // "Special Agent in Charge of the Boston Field Office", "Assistant Director in Charge
        // of ...": the title's "Charge of (the)" is not the body's name.
        if p.a > 0
            && reader.lower(p.a) == "charge"
            && reader.lower(p.a - 1) == "in"
            && p.a + 2 < p.b
            && reader.lower(p.a + 1) == "of"
        {
            p.a += if reader.lower(p.a + 2) == "the" { 3 } else { 2 };
            if p.a >= p.b {
                return false;
            }
        }
        match title_in_body(reader, p.a, p.b) {
            Some(k) if k == p.a => false,
            Some(k) => {
                p.b = k;
                if k - p.a == 1 {
                    p.pending = true;
                    p.fallback = p.kind;
                    p.kind = None;
                }
                true
            }
            None => {
                // "Vice-Chair of the Working Group on ...", "Deputy Head of the General
                // Intelligence Presidency": an office's title opening a body's name is its
                // holder's, not the body's.
                let title_word = |w: &str| {
                    w.split('-').any(|part| {
                        words::TITLES.contains(&part) || words::OFFICES_OF_A_BODY.contains(&part)
                    })
                };
                let mut t = 0;
                while t < 3 && p.a + t < p.b && title_word(reader.lower(p.a + t)) {
                    t += 1;
                }
                if t > 0 && p.a + t + 2 < p.b && reader.lower(p.a + t) == "of" {
                    let a = p.a
                        + t
                        + if reader.lower(p.a + t + 1) == "the" {
                            2
                        } else {
                            1
                        };
                    if p.b - a >= 2
                        && reader.lower(a) != "state"
                        && (a..p.b).any(|k| words::org_head(reader.lower(k)).is_some())
                    {
                        // ("Head of Public Relations of the Papua Regional Police": the
                        // police.)
                        p.a = body_after_its_section(reader, a, p.b).unwrap_or(a);
                    }
                }
                true
            }
        }
    });
}

/// A capitalised name right after a noun naming a kind of body is that body's name ("the
/// Persian-language broadcaster Iran International", "the rights group Hengaw"), over a place
/// or an unresolved word the pieces found inside it; a person's or a known body's piece stands.
fn bodies_after_body_nouns(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    for k in 1..n {
        if !reader.after_body_noun(k) || !is_cap(reader.word(k)) {
            continue;
        }
        let mut e = k + 1;
        loop {
            if e < n && reader.joined(e - 1) && !reader.possessive(e - 1) && is_cap(reader.word(e))
            {
                e += 1;
            } else if e + 1 < n
                // A name with a small "the" inside it ("the rights group Defend the
                // Defenders", "Save the Children"), a capitalised word after it.
                && reader.word(e) == "the"
                && reader.joined(e - 1)
                && !reader.possessive(e - 1)
                && reader.joined(e)
                && is_cap(reader.word(e + 1))
                && !words::is_calendar(reader.lower(e + 1))
            {
                e += 2;
            } else {
                break;
            }
        }
        if (k..e).any(|j| words::is_calendar(reader.lower(j)))
            || (e - k == 1 && (reader.place(k, e).is_some() || is_acronym(reader.word(k))))
        {
            continue;
        }
        claim_body_span(
            pieces,
            k,
            e,
            "name after a body's kind",
            Over::ModelReadings,
        );
    }
    // The same noun after the name, as outlets are named: "the state-run Anadolu news
    // agency", "the Kommersant newspaper" (after "the" and its adjectives).
    // The nouns' words, split once (reading asks this of every word).
    static OUTLET_NOUNS: std::sync::OnceLock<Vec<Vec<&'static str>>> = std::sync::OnceLock::new();
    let outlet_nouns = OUTLET_NOUNS.get_or_init(|| {
        words::OUTLET_NOUNS_AFTER
            .iter()
            .map(|t| t.split(' ').collect())
            .collect()
    });
    for k in 2..n {
        let noun_len = outlet_nouns
            .iter()
            .filter(|t| {
                k + t.len() <= n
                    && t.iter().enumerate().all(|(j, w)| reader.word(k + j) == *w)
                    && (k..k + t.len() - 1).all(|j| reader.joined(j))
            })
            .map(|t| t.len())
            .max();
        if noun_len.is_none() || !reader.joined(k - 1) || !is_cap(reader.word(k - 1)) {
            continue;
        }
        let mut s = k - 1;
        while s > 0
            && s + 3 > k
            && reader.joined(s - 1)
            && is_cap(reader.word(s - 1))
            && reader.lower(s - 1) != "the"
        {
            s -= 1;
        }
        // After "the" and at most two lower-case words ("the state-run", "the pro-Kremlin").
        let after_the = (1..=3).any(|back| {
            s >= back
                && reader.lower(s - back) == "the"
                && (s - back..s).all(|j| reader.joined(j))
                && (s - back + 1..s).all(|j| !is_cap(reader.word(j)))
        });
        let named = (s..k).all(|j| {
            let w = reader.word(j);
            !words::is_calendar(reader.lower(j))
                && !words::PLATFORMS.contains(&w)
                && !w.contains('-')
                // A place opens an outlet's name of more words ("the Tehran Times").
                && (reader.place(j, j + 1).is_none() || j + 1 < k)
        }) && reader.place(s, k).is_none();
        if after_the && named && !reader.toks[s].first {
            claim_body_span(
                pieces,
                s,
                k,
                "name before a body's kind",
                Over::ModelReadings,
            );
        }
    }
}

/// A US legislator's party and state as written in parentheses after the name: "R-Fla.",
/// "D-N.Y.", "I-Vt", "R-Texas".
fn party_and_state(inside: &str) -> bool {
    let Some((party, state)) = inside.split_once('-') else {
        return false;
    };
    matches!(party, "R" | "D" | "I")
        && (2..=6).contains(&state.trim_end_matches('.').len())
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// A European legislator's political group and country as written in parentheses after the
/// name: "Renew, DE", "EPP, PL", "S&D, ES", "Greens/EFA, FR". The country's code, if so.
fn group_and_country(inside: &str) -> Option<&str> {
    let (group, country) = inside.split_once(", ")?;
    let words: Vec<&str> = group.split_whitespace().collect();
    let group_ok = (1..=3).contains(&words.len())
        && group.len() <= 24
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let country_ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase());
    (group_ok && country_ok).then_some(country)
}

/// A political group of the European Parliament alone in parentheses after a member's name
/// ("Jane Roe (S&D)", "(Verts/ALE)"): the groups are few and known, and their short names
/// never define the name before them as an acronym does.
fn european_group(inside: &str) -> bool {
    matches!(
        inside.trim(),
        "EPP"
            | "S&D"
            | "Renew"
            | "Renew Europe"
            | "Greens/EFA"
            | "Verts/ALE"
            | "ECR"
            | "PfE"
            | "ESN"
            | "ID"
            | "The Left"
            | "GUE/NGL"
            | "NI"
    )
}

/// A political group of the European Parliament in parentheses after a member's name is a
/// body, read whole where its name is written with a slash or an ampersand ("Verts/ALE").
fn european_groups_in_parentheses(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for a in 0..n {
        let start = reader.toks[a].start;
        if !reader.text[..start].ends_with('(') {
            continue;
        }
        let rest = &reader.text[start..];
        let Some(close) = rest.get(..rest.len().min(24)).and_then(|r| r.find(')')) else {
            continue;
        };
        if !european_group(&rest[..close]) {
            continue;
        }
        let end = start + close;
        let b = a + reader.toks[a..].partition_point(|t| t.end <= end);
        if b > a && reader.toks[b - 1].end == end {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a group of the European Parliament",
            ));
        }
    }
    put_over(pieces, found);
}

/// A legislator's affiliation in parentheses after the name (see [`party_and_state`],
/// [`group_and_country`], [`european_group`]).
fn affiliation(inside: &str) -> bool {
    party_and_state(inside) || group_and_country(inside).is_some() || european_group(inside)
}

/// A number written as an ordinal: "26th", "1st", "3rd".
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// Whether token `k` is a title or a word for a person's role ("prosecutor", "lawyer").
fn is_title_word(reader: &Reader, k: usize) -> bool {
    reader.title_len(k, k + 1) == 1 || words::is_person_cue(reader.lower(k))
}

/// A body's name whose head word is followed by "of" and a city or region names its seat,
/// which is part of the name ("the Higher Regional Court of Celle", "the University of
/// Tehran"), whoever read the place apart. A country there stays a qualifier (the body's
/// country, read by `country_of_body`).
fn seats_of_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut absorbed: Vec<(usize, usize)> = Vec::new();
    // Places read in context that the gazetteer does not know (a province: "British
    // Columbia"): a seat too, unless the gazetteer knows the words as a country.
    let read_places: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Place) && reader.place(p.a, p.b).is_none())
        .map(|p| (p.a, p.b))
        .collect();
    for p in pieces.iter_mut() {
        let b = p.b;
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || b + 1 >= n
            || words::org_head(reader.lower(b - 1)).is_none()
            || reader.lower(b) != "of"
            || !reader.joined(b - 1)
            || !reader.joined(b)
        {
            continue;
        }
        // The place alone, not the start of a longer name ("of Celle Airport").
        let mut e = b + 2;
        while e < n && reader.joined(e - 1) && is_cap(reader.word(e)) {
            e += 1;
        }
        let seat = reader.place(b + 1, e).is_some_and(|pl| {
            matches!(
                pl.kind,
                PlaceKind::City | PlaceKind::State | PlaceKind::Region
            )
        }) || read_places.contains(&(b + 1, e));
        if seat && !reader.possessive(b) {
            p.b = e;
            absorbed.push((b + 1, e));
        }
    }
    if !absorbed.is_empty() {
        pieces.retain(|p| {
            !absorbed
                .iter()
                .any(|&(a, b)| p.a >= a && p.b <= b && p.kind == Some(MentionKind::Place))
        });
    }
}

/// A diplomatic mission named formally, by the state it represents ("the Consulate of the
/// Kingdom of Saudi Arabia in Istanbul", "the Embassy of the Republic of Ruritania in Vienna"):
/// its city names it, as it does "the Ruritanian embassy in Vienna"; the place is a mention of
/// its own too.
fn missions_named_with_their_city(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut places = Vec::new();
    for p in pieces.iter_mut() {
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || p.b >= n
            || !reader.names_a_mission(p.a, p.b)
            || (p.a..p.b).any(|k| reader.lower(k) == "in")
            || !reader.joined(p.b - 1)
            || reader.possessive(p.b - 1)
        {
            continue;
        }
        // A city the gazetteer lacks after a mission named for its country ("the Embassy of
        // Sweden in Ulaanbaatar."): one capitalised word closing the clause.
        let unknown_city = || {
            let k = p.b + 1;
            (k < n
                && reader.lower(p.b) == "in"
                && reader.joined(p.b)
                && is_cap(reader.word(k))
                && !is_acronym(reader.word(k))
                && (k + 1 == n || reader.gap_after(k).starts_with(['.', ',', ';', ')']))
                && (p.a..p.b).any(|j| {
                    reader
                        .place(j, j + 1)
                        .is_some_and(|pl| pl.kind == PlaceKind::Country)
                }))
            .then_some((k, k + 1))
        };
        let Some((at, end)) = reader
            .place_after_in(p.b, |pl| pl.kind != PlaceKind::Demonym)
            .or_else(unknown_city)
        else {
            continue;
        };
        // Not the start of a longer name ("in Istanbul Airport").
        if end < n && reader.joined(end - 1) && is_cap(reader.word(end)) {
            continue;
        }
        p.b = end;
        places.push(Piece {
            a: at,
            b: end,
            kind: Some(MentionKind::Place),
            role: None,
            rule: "place inside a body's name",
            pending: false,
            fallback: None,
        });
    }
    pieces.retain(|p| {
        !(p.kind == Some(MentionKind::Place)
            && p.rule != "place inside a body's name"
            && places.iter().any(|q| q.a == p.a && q.b == p.b))
    });
    pieces.extend(places);
}

/// A dateline of words in capitals opening the report ("NEW YORK (AP) -", "THE HAGUE, Oct 2
/// (Reuters) -") is the place it was filed from, whatever the model or the rules read there.
fn dateline_in_capitals(reader: &Reader, pieces: &mut Vec<Piece>) {
    let caps = |k: usize| {
        let w = reader.word(k);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\''))
    };
    let n = reader.toks.len();
    let mut k = 0;
    while k < n.min(4) && caps(k) && (k == 0 || reader.joined(k - 1)) {
        k += 1;
    }
    if k < 2 {
        return; // one word: the second pass reads lone datelines
    }
    // A court's header opens on "IN THE" ("IN THE UPPER TRIBUNAL (IMMIGRATION AND ASYLUM
    // CHAMBER)"); no dateline does.
    if reader.lower(0) == "in" {
        return;
    }
    let after = &reader.text[reader.toks[k - 1].end..];
    // After a comma a date or an agency follows ("THE HAGUE, Oct 2 (Reuters) -"), where a
    // name in capitals has its role ("JANE ROE, Special Rapporteur on ...").
    let head: String = after.chars().take(40).collect();
    let dated = head.contains(|c: char| c.is_ascii_digit())
        || [" (", " -", "—", "–"].iter().any(|d| head.contains(d));
    let opens_dateline = [" (", " -", " —", " –"]
        .iter()
        .any(|d| after.starts_with(d))
        || (after.starts_with(", ") && dated);
    if !opens_dateline {
        return;
    }
    let a = usize::from(reader.lower(0) == "the");
    pieces.retain(|p| p.a >= k);
    pieces.push(Piece {
        a,
        b: k,
        kind: Some(MentionKind::Place),
        role: None,
        rule: "dateline",
        pending: false,
        fallback: None,
    });
}

/// A line in capitals naming a person by their title, as a judgment's header lists its judges
/// ("THE HONOURABLE MR JUSTICE ROE (Chairman)", "UPPER TRIBUNAL JUDGE DOE-SMITH", "MR JOHN
/// ROE KC"): the capitalised words after the title (stacked titles too, post-nominals left out)
/// are the person, and a body's name before the title ("UPPER TRIBUNAL") is the body's. An
/// office held by someone ("SECRETARY OF STATE FOR THE HOME DEPARTMENT") names no body whole.
fn titled_persons_in_capitals(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    let mut k = 0;
    while k < n {
        // The line's start, or the first word after its label ("Before: MRS JUSTICE ROE").
        let after_label =
            k > 0 && reader.opens_line(k - 1) && reader.gap_after(k - 1).trim() == ":";
        if !reader.opens_line(k) && !after_label {
            k += 1;
            continue;
        }
        // The line's words up to a bracket or the line's end, all joined by spaces and in
        // capitals ("(Chairman)" may follow).
        let mut end = k + 1;
        while end < n && reader.joined(end - 1) {
            end += 1;
        }
        let mut line_end = end;
        let closed = line_end == n || {
            let gap = reader.gap_after(line_end - 1);
            gap.contains('\n') || gap.trim_start().starts_with('(')
        };
        // A signature in capitals over its office in small letters, on one line once the
        // page's columns are joined ("FOREPERSON JANE ROE United States Attorney"): the
        // capitals are the line.
        let lower_at = (k..line_end).find(|&j| reader.word(j).chars().any(char::is_lowercase));
        if let Some(office) = lower_at.filter(|&o| o > k + 1) {
            let last = reader.lower(line_end - 1);
            let an_office = (office..line_end).all(|j| is_cap(reader.word(j)))
                && (words::is_appositive_role(last) || words::TITLES.contains(&last));
            if closed && an_office {
                line_end = office;
            }
        }
        if !closed || (k..line_end).any(|j| reader.word(j).chars().any(char::is_lowercase)) {
            k = end;
            continue;
        }
        let mut t = k;
        if reader.lower(t) == "the" {
            t += 1;
        }
        // The first title on the line, after at most four words (of a body's name, or what
        // the line is of).
        let title_at = (t..line_end.min(t + 5)).find(|&j| reader.title_len(j, line_end) > 0);
        if let Some(title_at) = title_at {
            let mut a = title_at;
            loop {
                let len = reader.title_len(a, line_end);
                if len == 0 {
                    break;
                }
                a += len;
            }
            let mut b = a;
            while b < line_end
                && b < a + 3
                && !words::is_post_nominal(reader.word(b))
                && words::org_head(reader.lower(b)).is_none()
                && !matches!(reader.lower(b), "of" | "for" | "and" | "the")
                && reader.word(b).chars().filter(|c| c.is_alphabetic()).count() >= 2
            {
                b += 1;
            }
            let rest_is_post_nominal =
                (b..line_end).all(|j| words::is_post_nominal(reader.word(j)));
            let body_before =
                title_at > t && (t..title_at).any(|j| words::org_head(reader.lower(j)).is_some());
            // Or the title after what the line is of: "SENTENCING REMARKS OF HIS HONOUR JUDGE
            // ROE", "JUDGMENT OF MR JUSTICE DOE".
            let of_the_holder = title_at > t && reader.lower(title_at - 1) == "of";
            if b > a && rest_is_post_nominal && (title_at == t || body_before || of_the_holder) {
                found.push(Piece::found(
                    a,
                    b,
                    MentionKind::Person,
                    "title before a name in capitals",
                ));
                // "DEPUTY UPPER TRIBUNAL JUDGE": the deputy is the judge, not the body.
                let mut t = t;
                while t + 1 < title_at && words::TITLE_MODIFIERS.contains(&reader.lower(t)) {
                    t += 1;
                }
                if body_before {
                    found.push(Piece::found(
                        t,
                        title_at,
                        MentionKind::Organization,
                        "body before a title",
                    ));
                }
            }
        }
        k = line_end;
    }
    put_over(pieces, found);
    // An office in capitals read as a body for its head word ("SECRETARY OF STATE FOR THE
    // HOME DEPARTMENT", a party to a case): a title and what it is of names its holder's
    // office, no body.
    pieces.retain(|p| {
        let len = reader.title_len(p.a, p.b);
        !(matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && len > 0
            && p.a + len < p.b
            && matches!(reader.lower(p.a + len), "of" | "for")
            && (p.a..p.b).all(|j| !reader.word(j).chars().any(char::is_lowercase)))
    });
}

/// A person's name in capitals inside text written in small letters, as UN meetings coverage
/// writes its speakers and court papers their parties ("JANE ROE, Special Rapporteur on ...,
/// said"; "later Ms. ROE added"): two to four words in capitals, none a body's head word, a
/// place's name or a word court papers write in capitals, with a sign the words are a
/// person's: a role in apposition after them, a speech verb, an honorific before their last
/// word elsewhere in the document, a known given name first, or a conjunct that has one of
/// these ("JANE ROE and ANA LIND").
fn names_in_capitals(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let caps = |k: usize| {
        let w = reader.word(k);
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
    };
    // The surnames the document writes in capitals after an honorific ("Ms. ROE").
    let addressed: HashSet<&str> = (1..n)
        .filter(|&k| {
            caps(k) && reader.joined(k - 1) && words::is_personal_honorific(reader.lower(k - 1))
        })
        .map(|k| reader.word(k))
        .collect();
    // No body's head word, court word, calendar word, country or people in it ("IRAN",
    // "BRITISH"), and not a place's name whole ("NEW YORK"): a town's name may be a
    // surname's too.
    let fits = |a: usize, b: usize| {
        let state = |w: &str| {
            words::places()
                .get(titlecase(w).as_str())
                .is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Demonym))
        };
        let whole: Vec<String> = (a..b).map(|k| titlecase(reader.word(k))).collect();
        (a..b).all(|k| {
            let l = reader.lower(k);
            words::org_head(l).is_none()
                && !words::NON_ENTITY_ACRONYMS.contains(&reader.word(k))
                && !words::SENTENCE_STOPWORDS.contains(&l)
                && !words::is_calendar(l)
                && !state(reader.word(k))
        }) && words::places().get(whole.join(" ").as_str()).is_none()
    };
    // The persons' names of two words or more the document writes in small letters.
    let known_persons: HashSet<String> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| reader.text_of(p.a, p.b).to_lowercase())
        .filter(|t| t.chars().any(char::is_lowercase))
        .collect();
    // Runs of capitals in a sentence of small letters: the words either side are not.
    let mut runs: Vec<(usize, usize, bool)> = Vec::new();
    let mut k = 0;
    while k < n {
        if !caps(k) {
            k += 1;
            continue;
        }
        // An honorific in capitals is not the name's ("MR REYES:"): the surname after it is
        // read as a speaker's.
        if words::is_personal_honorific(reader.lower(k)) {
            k += 1;
            continue;
        }
        let a = k;
        while k + 1 < n && reader.joined(k) && caps(k + 1) {
            k += 1;
        }
        let b = k + 1;
        k = b;
        // The words next to the run in its sentence: one at least, in small letters. A
        // party's number in a caption ("and (1) JOHN DOE") is passed over.
        let numbered = a > 1
            && reader.word(a - 1).bytes().all(|c| c.is_ascii_digit())
            && reader.gap_after(a - 1).trim() == ")"
            && reader.gap_after(a - 2).trim_end().ends_with('(');
        let before_at = if numbered { a - 1 } else { a };
        let before = (before_at > 0
            && reader.toks[before_at - 1].sentence == reader.toks[a].sentence)
            .then(|| reader.word(before_at - 1));
        // (A number in parentheses after it is the next party's: no word either way.)
        let after = (b < n
            && reader.toks[b].sentence == reader.toks[a].sentence
            && !(reader.word(b).bytes().all(|c| c.is_ascii_digit())
                && reader.gap_after(b - 1).trim_end().ends_with('(')))
        .then(|| reader.word(b));
        let small = |w: &str| w.chars().any(char::is_lowercase);
        let in_small_letters =
            before.or(after).is_some() && before.is_none_or(small) && after.is_none_or(small);
        if !(2..=4).contains(&(b - a)) || !fits(a, b) {
            continue;
        }
        // A caption's party in capitals whom the text names in small letters too ("JANE
        // ROE" over "Jane Roe, you are ..."): that person, wherever the line stands.
        if known_persons.contains(&reader.text_of(a, b).to_lowercase()) {
            runs.push((a, b, true));
            continue;
        }
        if !in_small_letters {
            continue;
        }
        let speaks =
            b < n && reader.joined(b - 1) && words::SPEECH_VERBS.contains(&reader.lower(b));
        // An alias after the name ("JANE ROE, a/k/a \"Rafo,\""), as charging papers give
        // their defendants' other names.
        // So does "the defendant" after it, or an affiant's oath.
        let alias_follows = {
            // (The next few words only: a page may write thousands of such runs.)
            let rest: String = reader.text[reader.toks[b - 1].end..]
                .chars()
                .take(24)
                .collect::<String>()
                .trim_start_matches([',', ' ', '('])
                .to_lowercase();
            [
                "a/k/a ",
                "aka ",
                "a.k.a. ",
                "also known as ",
                "the defendant",
                // An affiant's formula: "JANE ROE, being duly sworn, deposes and says".
                "being duly sworn",
            ]
            .iter()
            .any(|m| rest.starts_with(m))
                // A party's role in a judgment's caption: "JANE ROE (Claimant)".
                || words::PARTY_ROLES
                    .iter()
                    .any(|r| rest.split([')', ',', ' ']).next() == Some(*r))
        };
        // Or a byline's ("By JANE ROE and JOHN DOE Associated Press").
        let signed = reader.appositive_after(b)
            || (a > 0 && reader.byline_opens_at(a - 1))
            || speaks
            || alias_follows
            || addressed.contains(reader.word(b - 1))
            || ((a..b).all(|j| !reader.gaz.acronyms.contains_key(reader.word(j)))
                && reader.gaz.is_given(reader.word(a)));
        runs.push((a, b, signed));
    }
    // A conjunct of a signed name in the same sentence is a name too.
    let signed_at: Vec<bool> = runs
        .iter()
        .enumerate()
        .map(|(i, &(_, _, signed))| {
            let joined_to = |j: usize| {
                let (x, y) = if j < i {
                    (runs[j], runs[i])
                } else {
                    (runs[i], runs[j])
                };
                let between = &reader.text[reader.toks[x.1 - 1].end..reader.toks[y.0].start];
                // A caption's roles and numbers between the parties are no words of the
                // sentence's ("JANE ROE (Claimant), and (1) JOHN DOE").
                let outside_brackets = || {
                    let mut plain = String::new();
                    let mut depth = 0;
                    for c in between.chars() {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ if depth == 0 => plain.push(c),
                            _ => {}
                        }
                    }
                    plain
                };
                matches!(between, " and " | ", " | ", and ")
                    || (between.contains('(')
                        && matches!(
                            outside_brackets().split_whitespace().collect::<Vec<_>>()[..],
                            [","] | ["and"] | [",", "and"]
                        ))
            };
            signed
                || (i > 0 && runs[i - 1].2 && joined_to(i - 1))
                || (i + 1 < runs.len() && runs[i + 1].2 && joined_to(i + 1))
        })
        .collect();
    let found: Vec<Piece> = runs
        .iter()
        .zip(signed_at)
        .filter(|(_, signed)| *signed)
        .map(|(&(a, b, _), _)| Piece::found(a, b, MentionKind::Person, "name in capitals"))
        .collect();
    // The outlet a byline gives after its writers' names ("By JANE ROE and JOHN DOE
    // Associated Press"): a known body, whatever a model ran the names into.
    let mut outlets = Vec::new();
    for f in &found {
        let line = reader.line_start(f.a);
        if !reader.byline_opens_at(line) {
            continue;
        }
        let mut e = f.b;
        while e < n && reader.joined(e - 1) {
            e += 1;
        }
        if e > f.b
            && matches!(
                reader.gaz.lookup(reader.text_of(f.b, e)),
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
        {
            outlets.push(Piece::found(
                f.b,
                e,
                MentionKind::Organization,
                "outlet in a byline",
            ));
        }
    }
    put_over(pieces, found);
    put_over(pieces, outlets);
}

/// A surname written first, as Chinese names are, that is also a word opening sentences ("He
/// Jianmin"): alone it names that person where it stands in a list of the document's
/// persons' surnames ("He, Qiao and Wen were arrested"), never as a pronoun would ("He said").
fn surnames_spelt_like_pronouns(reader: &Reader, pieces: &mut Vec<Piece>) {
    let persons: Vec<&Piece> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .collect();
    let opening: HashSet<&str> = persons
        .iter()
        .map(|p| reader.word(p.a))
        .filter(|w| words::SENTENCE_STOPWORDS.contains(&w.to_lowercase().as_str()))
        .collect();
    if opening.is_empty() {
        return;
    }
    // The words the document's persons are called by alone: their first and last.
    let surnames: HashSet<&str> = persons
        .iter()
        .flat_map(|p| [reader.word(p.a), reader.word(p.b - 1)])
        .collect();
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        if !opening.contains(reader.word(k)) || pieces.iter().any(|p| p.a <= k && k < p.b) {
            continue;
        }
        let gap = reader.gap_after(k);
        let next = if gap == ", " {
            k + 1
        } else if gap == " " && reader.lower(k + 1) == "and" {
            k + 2
        } else {
            continue;
        };
        let listed = reader.toks[next].sentence == reader.toks[k].sentence
            && surnames.contains(reader.word(next))
            && !opening.contains(reader.word(next));
        if listed {
            found.push(Piece {
                a: k,
                b: k + 1,
                kind: None,
                role: None,
                rule: "surname in a list of surnames",
                pending: true,
                fallback: Some(MentionKind::Person),
            });
        }
    }
    pieces.extend(found);
}

/// A person's name ending in a word that is also a people's ("Duong Van Thai", whom a report
/// then calls Thai): alone, that word names the person where it acts as a name does, before a
/// comma or a verb ("Thai, who ran ...", "Thai was arrested"), never before a noun it
/// qualifies ("Thai police", "the Thai government").
fn names_spelt_like_demonyms(reader: &Reader, pieces: &mut Vec<Piece>) {
    const VERBS: &[&str] = &[
        "was",
        "is",
        "had",
        "has",
        "said",
        "says",
        "told",
        "who",
        "denied",
        "remains",
        "did",
        "will",
        "would",
        "could",
        "can",
        "wrote",
        "added",
        "fled",
        "left",
        "disappeared",
    ];
    let names: HashSet<&str> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| reader.word(p.b - 1))
        .filter(|w| {
            words::places()
                .get(w)
                .is_some_and(|p| p.kind == PlaceKind::Demonym)
        })
        .collect();
    if names.is_empty() {
        return;
    }
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(1) {
        if !names.contains(reader.word(k))
            || pieces
                .iter()
                .any(|p| p.a <= k && k < p.b && p.kind != Some(MentionKind::Place))
            || (k > 0 && matches!(reader.lower(k - 1), "the" | "a" | "an"))
            || reader.toks[k + 1].sentence != reader.toks[k].sentence
        {
            continue;
        }
        let gap = reader.gap_after(k);
        let acts = gap.trim_start().starts_with(',')
            || (gap == " " && VERBS.contains(&reader.lower(k + 1)));
        if acts {
            found.push(Piece {
                a: k,
                b: k + 1,
                kind: None,
                role: None,
                rule: "name spelt like a people's",
                pending: true,
                fallback: Some(MentionKind::Person),
            });
        }
    }
    put_over(pieces, found);
}

/// A body whose name goes on with "in" and a place, where the gazetteers know the whole
/// ("al-Qa'ida in Iraq", "Al-Qaida in the Islamic Maghreb"): the whole is its name.
fn bodies_named_with_a_place(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut grown = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let body_or_word = p.pending
            || matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            );
        if !body_or_word || p.b + 1 >= n || reader.lower(p.b) != "in" || !reader.joined(p.b - 1) {
            continue;
        }
        let found = (p.b + 2..=n.min(p.b + 5)).rev().find_map(|e| {
            let joined = (p.b..e - 1).all(|k| reader.joined(k)) && is_cap(reader.word(e - 1));
            joined
                .then(|| reader.gaz.lookup(reader.text_of(p.a, e)))
                .flatten()
                .filter(|k| matches!(k, MentionKind::Organization | MentionKind::PublicBody))
                .map(|k| (e, k))
        });
        if let Some((end, kind)) = found {
            grown.push((i, end, kind));
        }
    }
    for &(i, _, kind) in &grown {
        pieces[i].kind = Some(kind);
        pieces[i].rule = "name gazetteer";
    }
    // The pieces inside a grown name (the place after "in") are gone.
    let ends: Vec<(usize, usize)> = grown.iter().map(|&(i, end, _)| (i, end)).collect();
    grow_pieces(pieces, &ends);
}

/// The text's lines, each with the byte offset it starts at.
fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let at = offset;
        offset += line.len() + 1;
        (at, line)
    })
}

/// Who gave or wrote, at the head of a fundraiser's gift or a comment, a line each, the name
/// first and the parts after it set apart by dots ("Jane Roe · $25 · 3 d", "Jane Roe · 3 d"):
/// a person, unless a body's head word is in the name.
fn authors_of_gifts_and_comments(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut found = Vec::new();
    for (start, line) in lines_at(reader.text) {
        let t = line.trim();
        let Some((name, rest)) = t.split_once(" · ") else {
            continue;
        };
        let comment =
            crate::poster(name) && rest.split(" · ").count() == 1 && crate::age_part(rest);
        if name == "Anonymous" || !(comment || crate::gift_line(t)) {
            continue;
        }
        let offset = start + (line.len() - line.trim_start().len());
        let a = reader.toks.partition_point(|tok| tok.start < offset);
        let b = reader
            .toks
            .partition_point(|tok| tok.end <= offset + name.len());
        if a < b && (a..b).all(|k| words::org_head(reader.lower(k)).is_none()) {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Person,
                "who gave or wrote, heading a gift or a comment",
            ));
        }
    }
    put_over(pieces, found);
}

/// Who wrote each message of a chat or each post of a thread, as the export or the copied
/// page labels them: the sender between a chat line's time and the colon ("03/11/2026,
/// 20:43 - Jane Roe: ..."), the display name over a post's handle ("Jane Roe" / "@janeroe").
/// A person unless a body's head word or a known body's name says otherwise (an outlet's or
/// a group's account).
fn senders_of_messages(reader: &Reader, pieces: &mut Vec<Piece>) {
    let lines: Vec<(usize, &str)> = lines_at(reader.text).collect();
    let mut found = Vec::new();
    let mut push = |from: usize, to: usize| {
        let a = reader.toks.partition_point(|t| t.start < from);
        let b = reader.toks.partition_point(|t| t.end <= to);
        let person = (1..=5).contains(&b.saturating_sub(a))
            && (a..b).all(|k| {
                let w = reader.word(k);
                is_cap(w) && !is_acronym(w) && words::org_head(reader.lower(k)).is_none()
            })
            && reader.gaz.lookup(reader.text_of(a, b)).is_none()
            && reader.place(a, b).is_none();
        if person {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Person,
                "a message's sender",
            ));
        }
    };
    for (i, &(at, line)) in lines.iter().enumerate() {
        if crate::chat_message(line) {
            // After the time: " - Name: " (Android) or "] Name: " (iOS).
            let Some(open) = line
                .find(" - ")
                .map(|k| k + 3)
                .or_else(|| line.find("] ").map(|k| k + 2))
            else {
                continue;
            };
            let Some(colon) = line[open..].find(": ").map(|k| open + k) else {
                continue;
            };
            push(at + open, at + colon);
        } else if crate::display_name(line) {
            let next = lines[i + 1..].iter().find(|(_, l)| !l.trim().is_empty());
            if next.is_some_and(|(_, l)| crate::handle_line(l)) {
                let lead = line.len() - line.trim_start().len();
                push(at + lead, at + line.trim_end().len());
            }
        }
    }
    put_over(pieces, found);
}

/// The persons a meeting's record lists after its attendance labels ("Present: K. Roe
/// (Chair), Jane Doe (Secretary), Dr John Poe", "Apologies: Ann Lee"): each item of two to
/// four capitalised words after any title, an initial allowed, its office in parentheses
/// after it, is a person whatever a model read; an item with a body's head word ("DC Jane
/// Roe, Metropolitan Police") is left to the other rules.
fn persons_in_an_attendance_list(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut found = Vec::new();
    for (line_start, line) in lines_at(reader.text) {
        let Some((label, _)) = line.split_once(':') else {
            continue;
        };
        if !words::ATTENDANCE_LABELS.contains(&label.trim().to_lowercase().as_str()) {
            continue;
        }
        let from = line_start + label.len() + 1;
        let a0 = reader.toks.partition_point(|t| t.start < from);
        let b0 = reader
            .toks
            .partition_point(|t| t.end <= line_start + line.len());
        // The items: runs of tokens between commas and semicolons, a parenthesis closing
        // an item's office.
        let mut k = a0;
        while k < b0 {
            let start = k;
            let mut end = k;
            while end < b0 && !reader.gap_after(end).contains([',', ';', '(']) {
                end += 1;
            }
            let stop = end.min(b0 - 1);
            let next = if reader.gap_after(stop).contains('(') {
                // Past the office in parentheses and the comma after it.
                (stop + 1..b0)
                    .find(|&j| reader.gap_after(j).contains(')'))
                    .map_or(b0, |j| j + 1)
            } else {
                stop + 1
            };
            let b = stop + 1;
            let a = start + reader.title_len(start, b);
            let initial = |j: usize| {
                let w = reader.word(j);
                w.chars().count() == 1 && w.starts_with(char::is_uppercase)
            };
            let person = (2..=4).contains(&(b - a))
                && (a..b).all(|j| {
                    let w = reader.word(j);
                    (initial(j) && j + 1 < b)
                        || (is_cap(w)
                            && !is_acronym(w)
                            && words::org_head(reader.lower(j)).is_none()
                            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(j)))
                })
                && reader.place(a, b).is_none();
            if person {
                found.push(Piece::found(
                    a,
                    b,
                    MentionKind::Person,
                    "a name in a meeting's attendance list",
                ));
            }
            k = next.max(start + 1);
        }
    }
    put_over(pieces, found);
}

/// The names under a statement's signatures heading ("Signed:", "Signatories"), one to a
/// line: each line is a signatory, a body unless a known given name opens a name of two to
/// four words with no body's head word ("Kituo Cha Sheria", "Haki Africa", "Law Society of
/// Kenya"). The list ends at the first line that is no name (a sentence, a "Name, Role"
/// line, another label).
fn signatories_one_to_a_line(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut found = Vec::new();
    let mut under = false;
    for (start, line) in lines_at(reader.text) {
        let end = start + line.len();
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if t.split_whitespace().count() <= 4 && crate::signatures_open(t) {
            under = true;
            continue;
        }
        if !under {
            continue;
        }
        let name_like = t.split_whitespace().count() <= 8
            && t.starts_with(char::is_uppercase)
            && !t.ends_with(['.', '!', '?', ':', ';'])
            && !t.contains(',');
        let a = reader.toks.partition_point(|tok| tok.start < start);
        let b = reader.toks.partition_point(|tok| tok.end <= end);
        let small_word = |k: usize| {
            let w = reader.word(k);
            w.chars().count() <= 3 && w.chars().all(char::is_lowercase)
        };
        if !name_like || a >= b || !(a..b).all(|k| is_cap(reader.word(k)) || small_word(k)) {
            under = false;
            continue;
        }
        // An office alone under a signer's name ("Hon. Jane Roe" / "Chair") is no signatory;
        // a title before a name makes the name a person's.
        let titled = reader.title_len(a, b);
        if titled == b - a {
            continue;
        }
        let a = a + titled;
        let person = (titled > 0 && (1..=4).contains(&(b - a)))
            || (2..=4).contains(&(b - a))
                && reader.gaz.is_given(reader.word(a))
                && (a..b).all(|k| words::org_head(reader.lower(k)).is_none() && !small_word(k))
                && (a + 1..b).all(|k| reader.place(k, k + 1).is_none());
        let kind = if person {
            MentionKind::Person
        } else {
            MentionKind::Organization
        };
        found.push(Piece::found(a, b, kind, "a signatory on a line of its own"));
    }
    // A signer's name on a line of its own over the line of their office ("Jane Roe" /
    // "Special Rapporteur on ...", "John Doe" / "Chair-Rapporteur of the Working Group ...",
    // "Jane Roe" / "Legal Coordinator, ..."), as letters and signature blocks set them.
    let lines: Vec<(usize, &str)> = lines_at(reader.text)
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    for pair in lines.windows(2) {
        let ((start, line), (next_start, next)) = (pair[0], pair[1]);
        let t = line.trim();
        let count = t.split_whitespace().count();
        // (A line with a comma is a name and its office itself, "Jane Roe, President".)
        if !(2..=4).contains(&count) || t.ends_with(['.', ':', ',', ';']) || t.contains(',') {
            continue;
        }
        let a = reader.toks.partition_point(|tok| tok.start < start);
        let b = reader
            .toks
            .partition_point(|tok| tok.end <= start + line.len());
        let c = reader.toks.partition_point(|tok| tok.start < next_start);
        if b - a != count || c >= reader.toks.len() || found.iter().any(|p: &Piece| p.a == a) {
            continue;
        }
        let named = (a..b).all(|k| {
            reader.name_word(k)
                && !is_acronym(reader.word(k))
                && words::org_head(reader.lower(k)).is_none()
                && reader.place(k, k + 1).is_none()
        });
        // An office's line, not a sentence opening with a title ("President X said ..."), nor
        // a body's name in a list of them ("Justice for Iran" under "Human Rights Watch"):
        // its office runs on in small words or after a comma.
        let office_words = next.split_whitespace().count();
        let office_line = office_words <= 24
            && !next.trim_end().ends_with(['.', '!', '?', ':'])
            && (next.contains(',')
                || office_words > 5
                || next.split_whitespace().any(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "of" | "for" | "and" | "the" | "&")
                }));
        let office_under = office_line
            && (reader.title_len(c, (c + 3).min(reader.toks.len())) > 0
                || next.split_whitespace().take(3).any(|w| {
                    w.trim_end_matches([',', '.'])
                        .to_lowercase()
                        .split('-')
                        .any(words::is_appositive_role)
                }));
        if named && office_under {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Person,
                "a signer over the line of their office",
            ));
        }
    }
    // A signer's name alone on the text's last line under the place and date it was signed
    // ("Stockholm, 2 June 2021" / "Jane Roe"), as a letter or a minister's answer closes: a
    // person's.
    let body = reader.text.trim_end();
    let last_start = body.rfind("\n\n").map_or(0, |i| i + 2);
    let last = &body[last_start..];
    let above = body[..last_start.saturating_sub(2)]
        .rsplit("\n\n")
        .next()
        .unwrap_or("");
    if last_start > 0
        && !last.contains('\n')
        && (2..=4).contains(&last.split_whitespace().count())
        && crate::place_and_date(above)
    {
        let a = reader.toks.partition_point(|tok| tok.start < last_start);
        let b = reader.toks.len();
        let person = b - a == last.split_whitespace().count()
            && (a..b).all(|k| {
                is_cap(reader.word(k))
                    && !is_acronym(reader.word(k))
                    && words::org_head(reader.lower(k)).is_none()
            })
            && (a + 1..b).all(|k| reader.place(k, k + 1).is_none());
        if person && !found.iter().any(|p| p.a == a) {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Person,
                "a signer on the text's last line",
            ));
        }
    }
    put_over(pieces, found);
}

/// A people's name that is also a common surname (words::PEOPLES_ALSO_SURNAMES), alone before
/// a noun for people or their cause (words::NOUNS_AFTER_A_PEOPLE), is the people's adjective
/// ("Baloch exiles", "Tatar activists"), neither a person nor a place: the surname comes after
/// a given name ("Karima Baloch") or alone before a verb ("Baloch said").
fn peoples_before_a_noun(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    pieces.retain(|p| {
        !(!matches!(
            p.kind.or(p.fallback),
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && p.b == p.a + 1
            && p.b < n
            && reader.joined(p.a)
            && !reader.possessive(p.a)
            && words::PEOPLES_ALSO_SURNAMES.contains(&reader.word(p.a))
            && words::NOUNS_AFTER_A_PEOPLE.contains(&reader.word(p.b)))
    });
}

/// A Spanish plural article opening a name read as a person's ("Los Piratas", "Las Patronas",
/// "Los Zetas") names a group: no person's name opens on one (the article of a surname such as
/// "de las Casas" comes after a given name), and a place so named is the gazetteer's.
fn groups_named_with_a_plural_article(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if p.kind == Some(MentionKind::Person)
            && p.b - p.a >= 2
            && matches!(reader.word(p.a), "Los" | "Las")
            && reader.place(p.a, p.b).is_none()
        {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.rule = "a group named with a plural article";
        }
    }
}

/// Central Asian and Azerbaijani patronymic words written after the father's name, in small
/// letters ("Aibek Asanbek uulu", "Makhabat Tazhibek kyzy", "Ilham Heydar oglu"): the name's
/// last word, and a sign the name is a person's whatever a model read it as.
const PATRONYMIC_WORDS: &[&str] = &[
    "uulu", "kyzy", "ogly", "oglu", "oğlu", "qizi", "gizi", "kizi", "uly", "qyzy", "ugli",
];

fn patronymic_words_after_names(reader: &Reader, pieces: &mut [Piece]) {
    let n = reader.toks.len();
    for p in pieces.iter_mut() {
        if p.b >= n || p.b - p.a < 2 || !reader.joined(p.b - 1) {
            continue;
        }
        if !PATRONYMIC_WORDS.contains(&reader.word(p.b)) {
            continue;
        }
        let name_like = (p.a..p.b).all(|k| {
            let w = reader.word(k);
            is_cap(w) && !is_acronym(w) && words::org_head(reader.lower(k)).is_none()
        });
        let person_or_model_body = p.kind == Some(MentionKind::Person)
            || (p.rule == "model"
                && matches!(p.kind, Some(MentionKind::Organization | MentionKind::Place)));
        if name_like && person_or_model_body {
            p.b += 1;
            p.kind = Some(MentionKind::Person);
            p.fallback = Some(MentionKind::Person);
        }
    }
}

/// Grow each piece `i` to end at `end` (a name found to go on), the pieces inside a grown name
/// gone (its words read apart before: "Justice", a place after "on", a country).
fn grow_pieces(pieces: &mut Vec<Piece>, grown: &[(usize, usize)]) {
    for &(i, end) in grown {
        pieces[i].b = end;
        pieces[i].pending = false;
    }
    let spans: Vec<(usize, usize)> = grown
        .iter()
        .map(|&(i, _)| (pieces[i].a, pieces[i].b))
        .collect();
    pieces.retain(|p| {
        !spans
            .iter()
            .any(|&(a, b)| p.a >= a && p.b <= b && (p.a, p.b) != (a, b))
    });
}

/// A body's name the model cut before its "for" or "on" ("Montagnards Stand | for Justice",
/// "the Group of Human Rights Experts | on Nicaragua"): the name goes on with the capitalised
/// words after it. After "for", words naming no place, person or acronym up to punctuation
/// ("Stand for Justice,"); after "on", where the body is a panel of people ("Committee",
/// "Experts", "Group"), its subject, a place's name too.
fn bodies_named_for_or_on_a_subject(reader: &Reader, pieces: &mut Vec<Piece>) {
    const PANELS: &[&str] = &[
        "group",
        "experts",
        "committee",
        "subcommittee",
        "commission",
        "council",
        "panel",
        "mission",
        "forum",
        "network",
        "taskforce",
    ];
    let n = reader.toks.len();
    let mut grown = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        let body = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        );
        if !body || p.b - p.a < 2 || p.b + 1 >= n || !reader.joined(p.b - 1) {
            continue;
        }
        let on = match reader.lower(p.b) {
            "for" => false,
            "on" if PANELS.contains(&reader.lower(p.b - 1)) => true,
            _ => continue,
        };
        let mut e = p.b + 1;
        while e < n
            && e < p.b + 5
            && reader.joined(e - 1)
            && (is_cap(reader.word(e)) || (on && e == p.b + 1 && reader.lower(e) == "the"))
        {
            e += 1;
        }
        let words_after = (p.b + 1..e).filter(|&k| is_cap(reader.word(k))).count();
        if words_after == 0 || words_after > 3 {
            continue;
        }
        let closes = e == n || !reader.joined(e - 1);
        let plain = (p.b + 1..e).all(|k| {
            let w = reader.word(k);
            !is_acronym(w)
                && !words::is_calendar(reader.lower(k))
                && (on || (reader.place(k, k + 1).is_none() && !reader.gaz.is_given(w)))
        });
        if plain && (closes || on) {
            grown.push((i, e));
        }
    }
    grow_pieces(pieces, &grown);
}

/// A body's national section, named by the country after the body's name ("Amnesty
/// International Kenya", "Transparency International Ukraine"): one body, where the country
/// closes the name (punctuation, a line's end or a possessive after it: "said Amnesty
/// International Kenya." but not "told the BBC Kenya was").
fn national_sections_of_bodies(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    // A model's place or facility that is a known body's name and a country closing it
    // ("Amnesty International Netherlands" read as a building) is that body's section.
    for p in pieces.iter_mut() {
        if p.rule != "model" || p.kind != Some(MentionKind::Place) || p.b - p.a < 3 {
            continue;
        }
        let section = (p.a + 2..p.b).any(|c| {
            reader
                .place(c, p.b)
                .is_some_and(|place| place.kind == PlaceKind::Country)
                && reader.gaz.lookup(reader.text_of(p.a, c)).is_some_and(|k| {
                    matches!(k, MentionKind::Organization | MentionKind::PublicBody)
                })
        });
        if section {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.rule = "a body's national section";
        }
    }
    let mut grown = Vec::new();
    for (i, p) in pieces.iter().enumerate() {
        // A body of one word only where it is a known body's short name ("Amnesty Malaysia").
        let known_short = p.b - p.a == 1
            && reader.word(p.a).chars().count() >= 5
            && reader
                .gaz
                .lookup(reader.word(p.a))
                .is_some_and(|k| k == MentionKind::Organization);
        if p.kind != Some(MentionKind::Organization) || (p.b - p.a < 2 && !known_short) || p.b >= n
        {
            continue;
        }
        if !reader.joined(p.b - 1) || !is_cap(reader.word(p.b)) {
            continue;
        }
        let country_end = (p.b + 1..=n.min(p.b + 3)).rev().find(|&e| {
            (p.b..e - 1).all(|k| reader.joined(k))
                && reader
                    .place(p.b, e)
                    .is_some_and(|place| place.kind == PlaceKind::Country)
        });
        let Some(end) = country_end else {
            continue;
        };
        let after = reader.text[reader.toks[end - 1].end..].trim_start_matches(' ');
        let closes = after
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'))
            || after.starts_with("'s ")
            || after.starts_with("’s ")
            // "Amnesty International Netherlands and ...": a word in small letters after it.
            || after.starts_with(char::is_lowercase);
        if closes {
            grown.push((i, end));
        }
    }
    grow_pieces(pieces, &grown);
}

/// The tokens a dateline's parenthesis names its agencies with ("BERLIN, Feb 12 (dpa) -",
/// "Paris (AFP) -", "TBILISI (Kyiv Independent) -", "VILNIUS (LRT English / BNS) -"): up to
/// three names of up to four words in parentheses among the report's first words, apart by a
/// slash or a comma, a dash after them.
fn dateline_agency(reader: &Reader) -> Vec<(usize, usize)> {
    let n = reader.toks.len();
    (1..n.min(8))
        .find_map(|a| {
            let before = reader.toks[a - 1];
            if !reader.text[before.end..reader.toks[a].start].ends_with('(') {
                return None;
            }
            let b = (a + 1..n.min(a + 8)).find(|&b| reader.gap_after(b - 1).starts_with(')'))?;
            let after = reader.text[reader.toks[b - 1].end + 1..].trim_start_matches(' ');
            if !['-', '—', '–'].iter().any(|d| after.starts_with(*d)) {
                return None;
            }
            // Outlets credited together ("(LRT English / BNS)"): each its own.
            let mut agencies = Vec::new();
            let mut start = a;
            for k in a..b {
                let last = k + 1 == b;
                if last || matches!(reader.gap_after(k).trim(), "/" | ",") {
                    agencies.push((start, k + 1));
                    start = k + 1;
                } else if !reader.joined(k) {
                    return None;
                }
            }
            (agencies.len() <= 3 && agencies.iter().all(|&(a, b)| b - a <= 4)).then_some(agencies)
        })
        .unwrap_or_default()
}

/// The agencies a dateline's parenthesis names are bodies however they are written, lower case
/// too, and so is each name wherever else the report uses it ("told dpa", "told AFP").
fn agency_of_the_dateline(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut found = Vec::new();
    for (a, b) in dateline_agency(reader) {
        let words: Vec<&str> = (a..b).map(|k| reader.word(k)).collect();
        if !words.iter().all(|w| w.chars().all(char::is_alphabetic))
            || words.iter().map(|w| w.len()).sum::<usize>() < 2
        {
            continue;
        }
        let n = reader.toks.len();
        found.extend(
            (0..n.saturating_sub(words.len() - 1))
                .filter(|&j| {
                    (0..words.len()).all(|i| {
                        reader.word(j + i) == words[i]
                            && (i + 1 == words.len() || reader.joined(j + i))
                    })
                })
                .map(|j| Piece {
                    a: j,
                    b: j + words.len(),
                    kind: Some(MentionKind::Organization),
                    role: None,
                    rule: "agency of the dateline",
                    pending: false,
                    fallback: None,
                }),
        );
    }
    put_over(pieces, found);
}

/// A name the model read as a body once and whose last word it reads as a person's alone
/// elsewhere in the document ("has sentenced Pakhshan Rostami" read ORG, "Rostami was
/// arrested" PERSON) is that person's: one document does not name a body and a person alike.
fn persons_by_their_surname_elsewhere(reader: &Reader, pieces: &mut [Piece]) {
    let person_words: HashSet<&str> = pieces
        .iter()
        .filter(|p| {
            p.b - p.a == 1
                && (p.fallback == Some(MentionKind::Person) || p.kind == Some(MentionKind::Person))
        })
        .map(|p| reader.word(p.a))
        .collect();
    if person_words.is_empty() {
        return;
    }
    for p in pieces.iter_mut() {
        if p.pending
            || p.kind != Some(MentionKind::Organization)
            || p.rule != "model"
            || !(2..=4).contains(&(p.b - p.a))
            || !person_words.contains(reader.word(p.b - 1))
        {
            continue;
        }
        let name_shaped = (p.a..p.b).all(|k| reader.name_word(k));
        if name_shaped {
            p.kind = Some(MentionKind::Person);
            p.fallback = Some(MentionKind::Person);
            p.rule = "model, a surname read as a person's elsewhere";
        }
    }
}

/// A company's short name of two words or more: the opening words of a company's name the
/// document gives in full before, whose other words only say what kind of company it is
/// ("Varsk Cloud's director" after "Varsk Cloud Hosting OÜ"). One word is left to the
/// resolution of lone words, which knows more about each.
fn short_names_of_companies(reader: &Reader, pieces: &mut Vec<Piece>) {
    // Each company's name once, where the document first gives it.
    let mut first: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut order: Vec<&str> = Vec::new();
    for p in pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Organization) && p.b - p.a >= 3)
    {
        let name = reader.text_of(p.a, p.b);
        match first.get_mut(name) {
            Some(at) if p.a < at.0 => *at = (p.a, p.b),
            Some(_) => {}
            None => {
                first.insert(name, (p.a, p.b));
                order.push(name);
            }
        }
    }
    if order.is_empty() {
        return;
    }
    // Where each word stands, and which tokens a name holds: a page of thousands of names is
    // read in time linear in its words, not their product.
    let at_word = words_at(reader);
    let mut covered = tokens_named(reader, pieces);
    let mut found: Vec<Piece> = Vec::new();
    for name in order {
        let (a, b) = first[name];
        // The longest short name first ("Varsk Cloud Hosting", then "Varsk Cloud").
        for n in (2..b - a).rev() {
            let short = reader.text_of(a, a + n);
            if !short_name_of(short, name) || !(a..a + n).all(|k| is_cap(reader.word(k))) {
                continue;
            }
            for &i in at_word.get(reader.word(a)).into_iter().flatten() {
                let same = i >= b
                    && reader.written_again(a, n, i)
                    && reader.place(i, i + n).is_none()
                    && (i + n >= reader.toks.len()
                        || !reader.joined(i + n - 1)
                        || !is_cap(reader.word(i + n)))
                    && (i == 0 || !reader.joined(i - 1) || !is_cap(reader.word(i - 1)))
                    && (i..i + n).all(|k| !covered[k]);
                if same {
                    for c in covered.iter_mut().take(i + n).skip(i) {
                        *c = true;
                    }
                    found.push(Piece::found(
                        i,
                        i + n,
                        MentionKind::Organization,
                        "a company's short name",
                    ));
                }
            }
        }
    }
    put_over(pieces, found);
}

/// What a spokesperson speaks for is a body ("A spokesperson for Meta said", "a spokesman
/// for the Tarsk Relief Fund"), whatever a model read it as; not a place (a state's
/// spokesperson) nor a person named in full.
fn bodies_a_spokesperson_speaks_for(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let is_body = |p: &Piece| {
        !p.pending
            && matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
    };
    // Built on the first cue, once: for each token, the furthest end of a body's name that
    // starts at or before it; and the runs of words inside longer bodies' names.
    type Bodies = (Vec<usize>, HashSet<(usize, String)>);
    let mut bodies: Option<Bodies> = None;
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        if !matches!(
            reader.lower(k),
            "spokesperson" | "spokesman" | "spokeswoman"
        ) || reader.lower(k + 1) != "for"
            || reader.toks[k + 1].sentence != reader.toks[k].sentence
        {
            continue;
        }
        let mut a = k + 2;
        if a < n && reader.lower(a) == "the" {
            a += 1;
        }
        let mut b = a;
        while b < n
            && b < a + 5
            && is_cap(reader.word(b))
            && reader.toks[b].sentence == reader.toks[k].sentence
            && (b == a || reader.joined(b - 1))
        {
            b += 1;
            if reader.possessive(b - 1) {
                break;
            }
        }
        // (An acronym is left to the acronyms' rules: the document may define it.) A
        // spokesperson for an office's holder ("for the UN High Commissioner for Human
        // Rights", "for the Prime Minister") speaks for a person in office, not a body.
        if b == a
            || (b == a + 1 && is_acronym(reader.word(a)))
            || reader.place(a, b).is_some()
            || (b - a >= 2 && reader.gaz.is_given(reader.word(a)))
            || words::TITLES.contains(&strip_possessive(reader.lower(b - 1)).0)
        {
            continue;
        }
        let (reach, inside) = bodies.get_or_insert_with(|| {
            let mut reach = vec![0usize; n + 1];
            let mut inside = HashSet::new();
            for p in pieces.iter().filter(|p| is_body(p)) {
                reach[p.a] = reach[p.a].max(p.b);
                let ws: Vec<&str> = reader.text_of(p.a, p.b).split_whitespace().collect();
                for w in 1..=5.min(ws.len()) {
                    if p.b - p.a > w {
                        inside.extend(ws.windows(w).map(|run| (w, run.join(" "))));
                    }
                }
            }
            for k in 1..=n {
                reach[k] = reach[k].max(reach[k - 1]);
            }
            (reach, inside)
        });
        let already_body = reach[a] >= b;
        // Words of a longer body's name the document gives ("a spokesman for Treasury" after
        // "the Department of the Treasury") are left to the rules that tie them to it.
        let part_of_a_body = inside.contains(&(b - a, reader.text_of(a, b).to_string()));
        if !already_body && !part_of_a_body {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a body a spokesperson speaks for",
            ));
        }
    }
    put_over(pieces, found);
}

/// A surname the document gives after a title or an honorific ("Mr. Nurlanuly",
/// "Ambassador Kerrigan") is a person's wherever a capitalised word runs into it: "the case of
/// Aidos Nurlanuly" names that person in full, though neither word is a known name.
fn full_names_of_titled_surnames(reader: &Reader, pieces: &mut Vec<Piece>) {
    let titled: HashSet<&str> = pieces
        .iter()
        .filter(|p| {
            p.b - p.a == 1
                && p.role.is_some()
                && matches!(p.kind, None | Some(MentionKind::Person))
                && reader.name_word(p.a)
                && !reader.lowercase_words.contains(reader.lower(p.a))
        })
        .map(|p| reader.word(p.a))
        .collect();
    if titled.is_empty() {
        return;
    }
    // Which tokens a name holds, once (not every piece asked at every word).
    let covered = tokens_named(reader, pieces);
    let mut found = Vec::new();
    for k in 1..reader.toks.len() {
        let given = k - 1;
        if !titled.contains(reader.word(k))
            || !reader.joined(given)
            || !reader.name_word(given)
            || is_title_word(reader, given)
            || words::SENTENCE_STOPWORDS.contains(&reader.lower(given))
            || reader.lowercase_words.contains(reader.lower(given))
            || (given > 0 && reader.joined(given - 1) && is_cap(reader.word(given - 1)))
            || covered[given]
            || covered[k]
        {
            continue;
        }
        found.push(Piece::found(
            given,
            k + 1,
            MentionKind::Person,
            "given name before a titled surname",
        ));
    }
    put_over(pieces, found);
}

/// "M. Petrosyan" where the document names an Aram Petrosyan: the French "Monsieur", not an
/// initial, as no given name of that person begins with it; the surname alone is the name.
fn monsieur_before_a_known_surname(reader: &Reader, pieces: &mut [Piece]) {
    let full: Vec<(&str, &str)> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| (reader.word(p.a), reader.word(p.b - 1)))
        // Given names written out, not initials.
        .filter(|(g, _)| !g.ends_with('.'))
        .collect();
    for p in pieces.iter_mut() {
        if p.pending
            || p.kind != Some(MentionKind::Person)
            || p.b - p.a != 2
            || reader.word(p.a) != "M."
        {
            continue;
        }
        let surname = reader.word(p.a + 1);
        let named = full
            .iter()
            .filter(|(_, s)| *s == surname)
            .collect::<Vec<_>>();
        if !named.is_empty() && named.iter().all(|(g, _)| !g.starts_with('M')) {
            p.a += 1;
            p.role = Some("M.".to_string());
        }
    }
}

/// A body's acronym as the first word of a description that an acronym after it names ("the
/// UN refugee agency, UNHCR", "the UN children's fund UNICEF"): the body is the one the
/// second acronym names, the first only says whose it is, as it does inside that acronym.
fn acronyms_describing_the_body_after(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let describing = |p: &Piece| {
        let w = reader.word(p.a);
        if p.b != p.a + 1 || !is_acronym(w) {
            return false;
        }
        let mut k = p.b;
        while k < n
            && k < p.b + 4
            && reader.joined(k - 1)
            && reader.word(k).starts_with(char::is_lowercase)
        {
            k += 1;
        }
        k > p.b
            && k < n
            && reader.toks[k].sentence == reader.toks[p.a].sentence
            && matches!(reader.gap_after(k - 1).trim(), "" | ",")
            && {
                let named = reader.word(k);
                is_acronym(named) && named.len() > w.len() && named.starts_with(w)
            }
    };
    pieces.retain(|p| !describing(p));
}

/// A well-known body's acronym opening words no reader took for a name: a title of the
/// body's ("the UN Special Rapporteur on ...", "the NATO Secretary General") or a thing of it
/// ("the EU Global Human Rights Sanctions Regime"). The acronym alone still names the body.
fn known_acronyms_before_other_words(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    // The words a name holds, or a law's title ("the Russia (Sanctions) (EU Exit)
    // Regulations 2019").
    let mut taken = vec![false; n];
    for p in pieces.iter().filter(|p| {
        !p.pending && (p.kind.is_some() || p.rule == "agreement, law or other non-entity")
    }) {
        for t in taken.iter_mut().take(p.b).skip(p.a) {
            *t = true;
        }
    }
    let mut found = Vec::new();
    for (k, &held) in taken.iter().enumerate().take(n.saturating_sub(1)) {
        if !reader.gaz.acronyms.contains_key(reader.word(k)) {
            continue;
        }
        if held || !reader.joined(k) || !is_cap(reader.word(k + 1)) || reader.possessive(k) {
            continue;
        }
        // A law's or a regime's title holds it as a word of its own ("the Russia
        // (Sanctions) (EU Exit) Regulations 2019", "the EU Global Human Rights Sanctions
        // Regime").
        let instrument = (k + 1..n.min(k + 7))
            .take_while(|&j| reader.toks[j].sentence == reader.toks[k].sentence)
            .any(|j| {
                is_cap(reader.word(j))
                    && (words::OTHER_HEADS.contains(&reader.lower(j))
                        || reader.lower(j) == "regime")
            });
        if instrument {
            continue;
        }
        // Left to the second pass, which ties it to the body the document names in full
        // (the European Union ... the EU).
        found.push(Piece {
            a: k,
            b: k + 1,
            kind: None,
            role: None,
            rule: "known acronym before other words",
            pending: true,
            fallback: None,
        });
    }
    put_over(pieces, found);
}

/// A body's name in its own language, one word in parentheses after the English one ("the
/// Swedish Police Authority (Polisen)", "the Swedish Security Service (Säpo)"): another name
/// of that body, as an acronym there would be.
fn bodies_own_names_in_parentheses(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let named = tokens_named(reader, pieces);
    let mut found = Vec::new();
    for p in pieces.iter().filter(|p| !p.pending) {
        let Some(kind @ (MentionKind::Organization | MentionKind::PublicBody)) = p.kind else {
            continue;
        };
        let k = p.b;
        // (A model's person there may be the short name misread: see below.)
        let model_person_at = |k: usize| {
            pieces
                .iter()
                .any(|q| q.a == k && q.rule == "model" && q.kind == Some(MentionKind::Person))
        };
        if k >= n || p.b - p.a < 2 || (named[k] && !model_person_at(k)) {
            continue;
        }
        let w = reader.word(k);
        // Or two words, the second in capitals, as short names join a word of the name and
        // an acronym ("the National Commission on Human Rights (Komnas HAM)").
        let e = if k + 2 < n
            && reader.joined(k)
            && is_acronym(reader.word(k + 1))
            && reader.gap_after(k + 1).trim_start().starts_with(')')
            && (!named[k + 1] || model_person_at(k))
        {
            k + 2
        } else if let Some(e) = own_name_of_words(reader, k) {
            e
        } else {
            k + 1
        };
        let own_name = reader.gap_after(k - 1).trim() == "("
            && e < n
            && reader.gap_after(e - 1).trim_start().starts_with(')')
            && is_cap(w)
            && !is_acronym(w)
            && w.chars().count() >= 4
            && reader.place(k, k + 1).is_none()
            && !reader.gaz.is_given(w)
            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(k))
            && !words::PARTY_ROLES.contains(&reader.lower(k))
            // A person's office after their name ("Jane Roe (Secretary)"), as minutes list
            // their members.
            && !title_or_common_word(reader.lower(k));
        if own_name {
            found.push(Piece::found(k, e, kind, "a body's own name in parentheses"));
        }
    }
    // A model's reading of the same words as a person's name yields ("Komnas HAM" read
    // PERSON).
    for f in &found {
        for p in pieces.iter_mut() {
            if p.a == f.a && p.b == f.b && p.rule == "model" && p.kind == Some(MentionKind::Person)
            {
                p.kind = f.kind;
                p.fallback = f.kind;
                p.rule = f.rule;
            }
        }
    }
    put_over(pieces, found);
}

/// The end of a body's own name of two to four words filling the parentheses that open at
/// `k` ("(Jihaz Amn al-Dawla)", "(Direction de la Surveillance)"): capitalised words, and
/// the articles and particles a transliteration or a Romance language writes in lower case.
fn own_name_of_words(reader: &Reader, k: usize) -> Option<usize> {
    let n = reader.toks.len();
    // Particles a name does not end on; an Arabic article joined to the word after it does.
    const PARTICLES: &[&str] = &[
        "de", "del", "la", "le", "les", "des", "du", "di", "der", "für",
    ];
    let particle = |j: usize| {
        let w = reader.lower(j);
        PARTICLES.contains(&w)
            || [
                "al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-",
            ]
            .iter()
            .any(|a| w.starts_with(a) && w.len() > a.len() + 2)
    };
    let mut j = k + 1;
    while j < n && j < k + 4 && reader.joined(j - 1) && (is_cap(reader.word(j)) || particle(j)) {
        j += 1;
        if j >= n {
            break;
        }
        if reader.gap_after(j - 1).trim_start().starts_with(')') {
            let closes_on_a_name = !PARTICLES.contains(&reader.lower(j - 1));
            return (closes_on_a_name && !(k..j).any(|x| is_acronym(reader.word(x)))).then_some(j);
        }
    }
    None
}

/// A section an office heads, named before "of" its body ("Head of Public Relations of the
/// Papua Regional Police", "Director of Operations of the National Police"): the body, where
/// the section's words hold no body's head word.
fn sections_before_their_body(reader: &Reader, pieces: &mut [Piece]) {
    // A court's formation before "of" the court ("the Extradition Panel of the Court of
    // Bosnia and Herzegovina", "the Criminal Chamber of the Lomé Court of Appeal"): the
    // court, which the formation sits for.
    for p in pieces.iter_mut() {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) {
            continue;
        }
        let Some(of) = (p.a + 1..(p.a + 4).min(p.b.saturating_sub(2))).find(|&k| {
            reader.lower(k) == "of" && matches!(reader.lower(k - 1), "panel" | "chamber" | "bench")
        }) else {
            continue;
        };
        let c = of + 1 + usize::from(reader.lower(of + 1) == "the");
        if c + 1 < p.b && (c..p.b).any(|k| matches!(reader.lower(k), "court" | "tribunal")) {
            p.a = c;
        }
    }
    for p in pieces.iter_mut() {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || p.a < 2
            || reader.lower(p.a - 1) != "of"
            || !(words::OFFICES_OF_A_BODY.contains(&reader.lower(p.a - 2))
                || words::TITLES.contains(&reader.lower(p.a - 2)))
        {
            continue;
        }
        if let Some(c) = body_after_its_section(reader, p.a, p.b) {
            p.a = c;
        }
    }
}

/// Where the body's name starts in a section's name before "of" the body ("Public Relations
/// of the Papua Regional Police"): after "of (the)", where the section's words (up to three)
/// hold no body's head word and the body's do.
fn body_after_its_section(reader: &Reader, a: usize, b: usize) -> Option<usize> {
    let of = (a + 1..(a + 4).min(b.saturating_sub(2))).find(|&k| reader.lower(k) == "of")?;
    let c = if reader.lower(of + 1) == "the" {
        of + 2
    } else {
        of + 1
    };
    ((a..of).all(|k| words::org_head(reader.lower(k)).is_none())
        && b - c >= 2
        && (c..b).any(|k| words::org_head(reader.lower(k)).is_some()))
    .then_some(c)
}

/// A body whose name ends in a number ("ARTICLE 19", "Charter 97", "Channel 4"): the readers
/// stop at the number and keep the word before it. The number is the name's where nothing
/// it could count follows (a full stop, a line's end, a verb: "ARTICLE 19 said").
fn bodies_named_with_a_number(reader: &Reader, pieces: &mut [Piece]) {
    let n = reader.toks.len();
    for p in pieces.iter_mut() {
        // A word in capitals left to the second pass ("ARTICLE") is read as a body here.
        let capitals = p.pending
            && p.b == p.a + 1
            && reader.word(p.a).chars().count() >= 4
            && is_acronym(reader.word(p.a));
        if !(capitals
            || (!p.pending
                && matches!(
                    p.kind,
                    Some(MentionKind::Organization | MentionKind::PublicBody)
                )))
            || p.b >= n
            || !reader.joined(p.b - 1)
            || reader.gaz.acronyms.contains_key(reader.word(p.b - 1))
        {
            continue;
        }
        let number = reader.word(p.b);
        if !(1..=3).contains(&number.len()) || !number.bytes().all(|c| c.is_ascii_digit()) {
            continue;
        }
        // (A courtroom by its number, "COURT 13", as a court's list heads a sitting: a room.)
        if p.b - p.a == 1 && matches!(reader.lower(p.a), "court" | "courtroom" | "room") {
            continue;
        }
        let ends = p.b + 1 >= n
            || !reader.gap_after(p.b).trim().is_empty()
            || reader.toks[p.b + 1].sentence != reader.toks[p.b].sentence
            || words::SPEECH_VERBS.contains(&reader.lower(p.b + 1))
            || matches!(
                reader.lower(p.b + 1),
                "and" | "has" | "have" | "is" | "was" | "which" | "who" | "reported" | "warned"
            );
        if ends {
            if capitals {
                *p = Piece::found(
                    p.a,
                    p.b,
                    MentionKind::Organization,
                    "a body named with a number",
                );
            }
            p.b += 1;
        }
    }
}

/// A person's affiliation after their role, as a hearing's list of witnesses or a panel's
/// programme sets it out ("Tom Roe, Director of Policy, Index on Censorship;"): the words
/// after the role, up to the clause's end, name the body the person speaks for, whether or
/// not a head word says so.
fn affiliations_after_roles(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let kinded = tokens_named(reader, pieces);
    let comma_after = |k: usize| k + 1 < n && reader.gap_after(k).trim() == ",";
    let connector = |k: usize| matches!(reader.lower(k), "of" | "on" | "for" | "the" | "and" | "&");
    let mut found = Vec::new();
    for p in pieces.iter() {
        if p.kind != Some(MentionKind::Person) || p.b >= n || !comma_after(p.b - 1) {
            continue;
        }
        // The role: one to six words, capitalised or connectors, one of them a role's.
        let start = p.b;
        let mut end = start;
        while end < n && end - start < 6 && (end == start || reader.joined(end - 1)) {
            end += 1;
            if comma_after(end - 1) {
                break;
            }
        }
        let role = end > start
            && comma_after(end - 1)
            && (start..end).all(|k| is_cap(reader.word(k)) || connector(k))
            && (start..end)
                .any(|k| words::is_appositive_role(reader.lower(k)) || is_title_word(reader, k))
            && (start..end).all(|k| !kinded[k]);
        if !role {
            continue;
        }
        // The body: two to six words up to a semicolon, a full stop, a line's end or ", and".
        let a = end;
        let mut b = a;
        while b < n && b - a < 6 && (b == a || reader.joined(b - 1)) {
            b += 1;
        }
        let Some(b) = (a + 2..=b).find(|&b| {
            if b >= n {
                return true;
            }
            let t = reader.gap_after(b - 1).trim_start_matches([' ', '\t']);
            t.starts_with([';', '.', '\n']) || (t.starts_with(',') && reader.lower(b) == "and")
        }) else {
            continue;
        };
        let body = is_cap(reader.word(a))
            && is_cap(reader.word(b - 1))
            && (a..b).all(|k| is_cap(reader.word(k)) || connector(k))
            && (a..b).all(|k| !kinded[k])
            // A state or a town after the role is where the person serves ("Minister of
            // Foreign Affairs, Republic of Moldova"); a body named for one has a head word,
            // and the readers found it already.
            && (a..b).all(|k| reader.place(k, k + 1).is_none())
            && reader.place(a, b).is_none()
            && !reader.gaz.is_given(reader.word(a));
        if body {
            found.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "affiliation after a role",
            ));
        }
    }
    put_over(pieces, found);
}

/// A name set before its bearer's body in a list of signatories or contacts ("Individual
/// signatories: Helena Marsh, Leiden University; Tomasz Wojcik, University of Warsaw"): two or
/// three name words after a label's colon, a semicolon or a line's start, then a comma and the
/// body, then a semicolon, a full stop or the line's end. A body's name is never written
/// before another body's that way; a person's is.
fn names_before_their_affiliation(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let bodies: Vec<(usize, usize)> = pieces
        .iter()
        .filter(|p| {
            !p.pending
                && matches!(
                    p.kind,
                    Some(MentionKind::Organization | MentionKind::PublicBody)
                )
        })
        .map(|p| (p.a, p.b))
        .collect();
    // The pieces with a kind over each token, built once: a page may list thousands.
    let mut covering: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, p) in pieces.iter().enumerate().filter(|(_, p)| p.kind.is_some()) {
        for c in covering.iter_mut().take(p.b).skip(p.a) {
            c.push(i);
        }
    }
    // A given name may be a town's too (Helena).
    let town_or_given = |k: usize| {
        reader.gaz.is_given(reader.word(k))
            || (is_cap(reader.word(k))
                && words::org_head(reader.lower(k)).is_none()
                && reader
                    .place(k, k + 1)
                    .is_some_and(|pl| pl.kind == PlaceKind::City))
    };
    let mut persons = Vec::new();
    for (a, b) in bodies {
        if a < 3 || reader.gap_after(a - 1).trim() != "," {
            continue;
        }
        // (Or a place in parentheses closes the line: "X, Southern Mongolian Human Rights
        // Information Center (New York)".)
        let closes = b >= n || {
            let gap = reader.gap_after(b - 1);
            let t = gap.trim_start_matches([' ', '\t']);
            t.starts_with([';', '.', '\n'])
                || (t.starts_with('(') && {
                    let rest = &reader.text[reader.toks[b - 1].end..];
                    rest.find(')').is_some_and(|i| {
                        i <= 40
                            && rest[i + 1..]
                                .trim_start_matches([' ', '\t'])
                                .starts_with(['\n', ';', '.'])
                            || rest[i + 1..].trim().is_empty()
                    })
                })
        };
        if !closes {
            continue;
        }
        let end = a;
        let Some(start) = (2..=3).map(|len| end - len).find(|&s| {
            (s..end).all(|k| {
                (reader.name_word(k) || (k == s && town_or_given(k)))
                    && !is_acronym(reader.word(k))
                    && !words::SENTENCE_STOPWORDS.contains(&reader.lower(k))
            }) && (s + 1..end).all(|k| reader.joined(k - 1))
                // A role before its body is no name ("Legal Coordinator, Lawyers for ...",
                // a signature's line).
                && !words::is_appositive_role(reader.lower(end - 1))
                && reader.title_len(s, end) == 0
                && (s == 0 || {
                    // (A list's bullet may open the line: "– Jane Roe, Some Body".)
                    let gap = reader.gap_after(s - 1);
                    let t = gap.trim_end_matches([' ', '\t', '–', '-', '•', '*']);
                    t.ends_with([':', ';', '\n'])
                })
        }) else {
            continue;
        };
        let mut kinded: Vec<usize> = (start..end)
            .flat_map(|k| covering[k].iter().copied())
            .collect();
        kinded.sort_unstable();
        kinded.dedup();
        // A person the readers found already, or a body they found over other words.
        let retypable = kinded.iter().all(|&i| {
            (pieces[i].kind == Some(MentionKind::Place)
                && start <= pieces[i].a
                && pieces[i].b <= end)
                || pieces[i].a == start
                    && pieces[i].b == end
                    && pieces[i].kind != Some(MentionKind::Person)
                    && !reader.gaz.well_known.contains(&name_key(
                        &reader.text[reader.toks[start].start..reader.toks[end - 1].end],
                    ))
        });
        if kinded
            .iter()
            .any(|&i| pieces[i].kind == Some(MentionKind::Person))
            || !retypable
        {
            continue;
        }
        persons.push(Piece::found(
            start,
            end,
            MentionKind::Person,
            "name before its affiliation",
        ));
    }
    put_over(pieces, persons);
}

/// The labels opening a transcript's lines, counted: the words before a colon, past any
/// remarks in parentheses ("Eleanor Whitcombe (Harrogate South) (LD): ..." counts for
/// "Eleanor Whitcombe"), of four words at most.
fn line_labels(text: &str) -> HashMap<&str, usize> {
    let mut labels: HashMap<&str, usize> = HashMap::new();
    for line in text.lines() {
        let t = line.trim_start();
        let Some(colon) = t.get(..t.len().min(160)).and_then(|h| h.find(':')) else {
            continue;
        };
        let head = &t[..colon];
        // A hearing's question number before the speaker ("Q16 Kate Osborne:") makes the
        // line a transcript's turn: its label counts as a speaker's twice over.
        let (head, weight) = match head.split_once(' ') {
            Some((q, rest)) if question_number(q) => (rest.trim_start(), 2),
            _ => (head, 1),
        };
        let key = head.split('(').next().unwrap_or("").trim_end();
        let remarks = head[key.len()..].trim();
        let only_remarks = remarks.is_empty()
            || (remarks.starts_with('(')
                && remarks.ends_with(')')
                && remarks.matches('(').count() == remarks.matches(')').count());
        if !key.is_empty() && only_remarks && key.split_whitespace().count() <= 4 {
            *labels.entry(key).or_default() += weight;
        }
    }
    labels
}

/// A transcript's speaker named in full in the labels that open its lines ("Eleanor
/// Whitcombe (Harrogate South) (LD): ...", later "Eleanor Whitcombe: ..."): a name of two to
/// four words that opens two lines or more as a label is a person's, whether or not the
/// reader knows its words. One label alone may be any heading ("Key Findings:").
fn speakers_named_in_labels(reader: &Reader, pieces: &mut Vec<Piece>) {
    let labels = line_labels(reader.text);
    if labels.values().all(|&count| count < 2) {
        return;
    }
    let n = reader.toks.len();
    // Initials as labels ("TM: ...", "FC: ..."): the interviewer's and the guest's, whom the
    // page names in full, not a body's acronym.
    let initials_of_persons: HashSet<String> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 2)
        .map(|p| {
            (p.a..p.b)
                .filter_map(|k| reader.word(k).chars().next())
                .collect()
        })
        .collect();
    let initials_labels: Vec<usize> = (0..n)
        .filter(|&a| {
            let w = reader.word(a);
            reader.opens_line(a)
                && is_acronym(w)
                && labels.get(w).is_some_and(|&count| count >= 2)
                && initials_of_persons.contains(w)
        })
        .collect();
    pieces.retain(|p| !(p.b == p.a + 1 && initials_labels.contains(&p.a)));
    let named = tokens_named(reader, pieces);
    let mut speakers = Vec::new();
    for a in 0..n {
        let after_number = a > 0 && reader.opens_line(a - 1) && question_number(reader.word(a - 1));
        if !reader.opens_line(a) && !after_number {
            continue;
        }
        let mut b = a + 1;
        while b < n && b - a < 4 && reader.joined(b - 1) {
            b += 1;
        }
        let Some(b) = (a + 2..=b).rev().find(|&b| {
            labels
                .get(&reader.text[reader.toks[a].start..reader.toks[b - 1].end])
                .is_some_and(|&count| count >= 2)
        }) else {
            continue;
        };
        // A name in capitals too ("KINGSLEY ROE:", as subtitles and scripts label their
        // speakers): words of three letters or more no list knows as an acronym.
        let in_capitals = |k: usize| {
            let w = reader.word(k);
            w.chars().count() >= 3
                && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'')
                && !reader.gaz.acronyms.contains_key(w)
                && !words::NON_ENTITY_ACRONYMS.contains(&w)
                && words::org_head(reader.lower(k)).is_none()
                && reader.place(k, k + 1).is_none()
                && words::places().get(titlecase(w).as_str()).is_none()
        };
        let names = (a..b).all(|k| {
            (reader.name_word(k) || in_capitals(k))
                && !words::SPEAKER_ROLES.contains(&reader.lower(k))
                && !words::SENTENCE_STOPWORDS.contains(&reader.lower(k))
                && !words::looks_like_common_noun(reader.lower(k))
                && !title_or_common_word(reader.lower(k))
        });
        if !names || reader.place(a, b).is_some() {
            continue;
        }
        if (a..b).any(|k| named[k]) {
            continue;
        }
        speakers.push(Piece::found(a, b, MentionKind::Person, "speaker label"));
    }
    put_over(pieces, speakers);
}

/// A house of a legislature and the party a member sits for, read as one name ("the National
/// Assembly for the Cambodia National Rescue Party", as a model may): two bodies.
fn houses_and_the_parties_seated_in_them(reader: &Reader, pieces: &mut Vec<Piece>) {
    let mut parties = Vec::new();
    for p in pieces.iter_mut() {
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
        {
            continue;
        }
        let Some(at) = (p.a + 1..p.b.saturating_sub(2)).find(|&k| {
            reader.lower(k) == "for" && words::LEGISLATIVE_HOUSES.contains(&reader.lower(k - 1))
        }) else {
            continue;
        };
        let from = at + 1 + usize::from(reader.lower(at + 1) == "the");
        if p.b - from >= 2
            && words::PARTY_HEADS.contains(&reader.lower(p.b - 1))
            && (from..p.b).all(|k| is_cap(reader.word(k)) || CONNECTORS.contains(&reader.lower(k)))
        {
            parties.push(Piece::found(
                from,
                p.b,
                MentionKind::Organization,
                "a party a house's member sits for",
            ));
            p.b = at;
        }
    }
    pieces.extend(parties);
}

/// A body's name the gazetteer knows run on into a lower-case noun for a kind of body ("the
/// Counter Terrorism Policing network", "the Metropolitan Police team"): the known name. Not
/// where the name before it is no body's ("the Zindashti network" is the group's name).
fn known_bodies_before_a_common_noun(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || p.b - p.a < 3
        {
            continue;
        }
        let last = reader.word(p.b - 1);
        let common = matches!(
            last,
            "network" | "team" | "teams" | "unit" | "units" | "officers" | "staff"
        );
        if !common {
            continue;
        }
        let known = reader.place(p.a, p.b - 1).is_none()
            && reader
                .gaz
                .lookup(reader.text_of(p.a, p.b - 1))
                .is_some_and(|k| matches!(k, MentionKind::Organization | MentionKind::PublicBody));
        if known {
            p.b -= 1;
        }
    }
}

/// A party's or a movement's youth wing named by "Young" before its acronym, mid-sentence ("the
/// Young PFDJ", "the Young ANC"): one body, the word part of its name.
fn youth_wings_of_acronyms(reader: &Reader, pieces: &mut [Piece]) {
    for p in pieces.iter_mut() {
        if p.b - p.a == 1
            && p.a > 0
            && matches!(reader.word(p.a - 1), "Young" | "Youth")
            && !reader.toks[p.a - 1].first
            && reader.joined(p.a - 1)
            && is_acronym(reader.word(p.a))
            && matches!(
                p.kind.or(p.fallback),
                Some(MentionKind::Organization | MentionKind::PublicBody) | None
            )
        {
            p.a -= 1;
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.pending = false;
        }
    }
}

const UNIT_AFTER_A_POSSESSIVE: &str = "a unit after a body's possessive";

/// How a body's description names the body it is a unit of ("unit of FSB").
pub const UNIT_OF: &str = "unit of ";

/// The description of a person the document says is a namesake of someone else it names
/// ("our producer Jane Roe, no relation to the general", "His name is also Jane Roe"): the
/// name links to no one on the strength of the name.
pub const NAMESAKE: &str = "a namesake of someone else the document names";

/// A unit a body's possessive introduces, named by a capitalised word and a common noun for a
/// unit ("the FSB's Alpha group", "the ministry's Eagle squad"): the unit is a body, named
/// with its noun, whatever a model read the word as. A known name (a person, a body, a place)
/// stays what it is.
fn units_after_a_body_s_possessive(reader: &Reader, pieces: &mut Vec<Piece>) {
    const UNIT_NOUNS: &[&str] = &[
        "group",
        "unit",
        "squad",
        "directorate",
        "division",
        "brigade",
        "battalion",
        "regiment",
        "wing",
        "cell",
        "detachment",
    ];
    let n = reader.toks.len();
    let mut found = Vec::new();
    for p in pieces.iter() {
        let k = p.b;
        // A body, or an acronym still to be resolved ("the TSS's Falcon group").
        let body = matches!(
            p.kind.or(p.fallback),
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || (p.pending && p.b - p.a == 1 && is_acronym(reader.word(p.a)));
        if !body
            || k + 1 >= n
            || !reader.possessive(k - 1)
            || !reader.joined(k - 1)
            || !is_cap(reader.word(k))
        {
            continue;
        }
        let mut e = k + 1;
        while e < n && e < k + 3 && reader.joined(e - 1) && is_cap(reader.word(e)) {
            e += 1;
        }
        if e >= n
            || !reader.joined(e - 1)
            || reader.possessive(e - 1)
            || !UNIT_NOUNS.contains(&reader.word(e))
            || reader.place(k, e).is_some()
            || reader.gaz.lookup(reader.text_of(k, e)).is_some()
            || (e - k >= 2 && (k..e).any(|j| reader.gaz.is_given(reader.word(j))))
        {
            continue;
        }
        found.push(Piece::found(
            k,
            e + 1,
            MentionKind::Organization,
            UNIT_AFTER_A_POSSESSIVE,
        ));
    }
    put_over(pieces, found);
}

/// The remarks in parentheses a parliament's record sets between a speaker's name and the
/// colon of the label ("Jane Roe (Exeter West) (LD): ..."): the member's constituency, a
/// place, and their party's abbreviation, no body named in the text. The last remark of one
/// or two short words is the party's; the others are places.
fn remarks_after_speakers(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut remarks: Vec<(usize, usize, bool)> = Vec::new(); // (a, b, is the party's)
    for p in pieces.iter() {
        if p.pending || p.kind != Some(MentionKind::Person) || p.b >= n {
            continue;
        }
        // The name opens the line, after a title or two at most ("Mr", "Rt Hon").
        let opens = (0..=2.min(p.a)).any(|back| {
            let s = p.a - back;
            reader.opens_line(s) && (s..p.a).all(|k| is_cap(reader.word(k)) && reader.joined(k))
        });
        if !opens || reader.gap_after(p.b - 1) != " (" {
            continue;
        }
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut a = p.b;
        let closed = loop {
            let mut k = a;
            while k + 1 < n && k - a < 4 && !reader.gap_after(k).contains(')') {
                k += 1;
            }
            if k + 1 >= n || !reader.gap_after(k).starts_with(')') {
                break false;
            }
            groups.push((a, k + 1));
            match reader.gap_after(k) {
                ") (" if groups.len() < 3 => a = k + 1,
                g if g.starts_with("):") => break true,
                _ => break false,
            }
        };
        if !closed {
            continue;
        }
        let last = groups.len() - 1;
        for (i, &(a, b)) in groups.iter().enumerate() {
            let party =
                i == last && b - a <= 2 && (a..b).all(|k| reader.word(k).chars().count() <= 6);
            remarks.push((a, b, party));
        }
    }
    if remarks.is_empty() {
        return;
    }
    pieces.retain(|p| !remarks.iter().any(|&(a, b, _)| p.a < b && a < p.b));
    pieces.extend(
        remarks
            .iter()
            .filter(|r| !r.2)
            .map(|&(a, b, _)| Piece::found(a, b, MentionKind::Place, "a speaker's constituency")),
    );
}

/// A person named in full with a surname of two words ("Reza Hosseinpour Amiri") named
/// later by that surname alone ("Hosseinpour Amiri remains at large"): the two words, as a run
/// of their own, are that person's.
fn persons_by_a_two_word_surname(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let tails: HashSet<(&str, &str)> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person) && p.b - p.a >= 3)
        .filter(|p| reader.name_word(p.b - 2) && reader.name_word(p.b - 1))
        .map(|p| (reader.word(p.b - 2), reader.word(p.b - 1)))
        .collect();
    if tails.is_empty() {
        return;
    }
    let mut covered = vec![false; n];
    for p in pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person))
    {
        for c in covered.iter_mut().take(p.b).skip(p.a) {
            *c = true;
        }
    }
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(1) {
        let whole_run = reader.joined(k)
            && !(k > 0 && reader.joined(k - 1) && is_cap(reader.word(k - 1)))
            && !(k + 2 < n && reader.joined(k + 1) && is_cap(reader.word(k + 2)));
        if whole_run
            && !covered[k]
            && !covered[k + 1]
            && tails.contains(&(reader.word(k), reader.word(k + 1)))
        {
            found.push(Piece::found(
                k,
                k + 2,
                MentionKind::Person,
                "a person's surname of two words",
            ));
        }
    }
    if !found.is_empty() {
        put_over(pieces, found);
    }
}

/// A body's piece ending on a title right before a person's name is that person's title
/// ("Federal Prosecutor Ann Fransen", "Crown prosecutor Daniel Oyelaran"): dropped, or cut
/// to the body's name where one comes first ("the Tarsk Council Special Rapporteur Ola
/// Brenn").
fn titles_before_persons(reader: &Reader, pieces: &mut Vec<Piece>) {
    let person_starts: HashSet<usize> = pieces
        .iter()
        .filter(|p| !p.pending && p.kind == Some(MentionKind::Person))
        .map(|p| p.a)
        .collect();
    pieces.retain_mut(|p| {
        if p.pending
            || !matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            || p.rule == "name gazetteer"
            || !person_starts.contains(&p.b)
            || !reader.joined(p.b - 1)
        {
            return true;
        }
        let Some(j) = (p.a..p.b).find(|&j| {
            reader.title_len(j, p.b) == p.b - j || (j + 1 == p.b && is_title_word(reader, j))
        }) else {
            return true;
        };
        if j > p.a && title_in_body(reader, p.a, p.b) == Some(j) {
            p.b = j;
            return true;
        }
        false
    });
}

/// Initials alone that a court or a prosecutor names a person by, after "identified as",
/// "only as", "known as", "named as" ("identified in the judgment only as Z.T.") or "the
/// initials" ("identified only by the initials M.R.S."): that person.
/// Not a state's or a body's dotted initials (U.S., U.N., E.U.).
fn persons_named_by_initials(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 2..n {
        let w = reader.word(k);
        let b = w.as_bytes();
        // Two to four initials, each with its full stop ("A.K.", "M.R.S.").
        let dotted = (4..=8).contains(&b.len())
            && b.len().is_multiple_of(2)
            && b.chunks(2)
                .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.');
        let introduced = matches!(
            reader.introduced_by(k),
            Some("only" | "identified" | "known" | "named" | "referred" | "designated")
        ) || reader.lower(k - 1) == "initials";
        let state = matches!(w, "U.S." | "U.K." | "U.N." | "E.U." | "D.C.");
        if dotted && introduced && !state {
            found.push(Piece::found(
                k,
                k + 1,
                MentionKind::Person,
                "a person named by initials",
            ));
        }
    }
    put_over(pieces, found);
}

/// A body named for the people it gathers and the cause they stand for: a capitalised plural,
/// "for" (or "Without", "Against"), and capitalised words ("Sikhs for Justice", "Lawyers for
/// Human Rights", "Reporters Without Borders"), which the rules read as two runs and a model
/// often misses. Not where the words go on into a longer name, nor at a sentence's start, where
/// a capitalised plural may be any noun.
fn bodies_named_for_a_cause(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    let mut found = Vec::new();
    for k in 0..n.saturating_sub(2) {
        let w = reader.word(k);
        let link = reader.word(k + 1);
        let plural =
            w.len() >= 5 && w.ends_with('s') && !w.ends_with("ss") && is_cap(w) && !is_acronym(w);
        // A campaign by its cause ("the Campaign for Uyghurs"), and a group's acronym before
        // its cause, as groups that keep their founders' acronym name themselves ("ALQST for
        // Human Rights").
        let campaign = w == "Campaign";
        let acronym = is_acronym(w) && w.len() >= 3 && link == "for";
        if !(plural || campaign || acronym)
            || reader.toks[k].first
            || !matches!(link, "for" | "Without" | "Against")
            || !reader.joined(k)
            || !reader.joined(k + 1)
        {
            continue;
        }
        let mut e = k + 2;
        while e < n.min(k + 6) && (e == k + 2 || reader.joined(e - 1)) && {
            let x = reader.word(e);
            is_cap(x) && !is_acronym(x)
        } {
            e += 1;
        }
        if e == k + 2 || (e < n && reader.joined(e - 1) && is_cap(reader.word(e))) {
            continue;
        }
        if acronym && !words::CAUSES.contains(&reader.lower(e - 1)) {
            continue;
        }
        // Before a name of the run's own ("the Sikhs for Justice referendum") or after
        // ("Iranians for Justice in Iraq") the body is read the same. A country's name or its
        // people's before it is the body's own ("Zimbabwe Lawyers for Human Rights", "Thai
        // Lawyers for Human Rights").
        let mut a = k;
        if k > 0 && reader.joined(k - 1) && is_cap(reader.word(k - 1)) {
            let country = reader
                .place(k - 1, k)
                .is_some_and(|p| p.kind == PlaceKind::Country)
                || names_a_people(reader.word(k - 1));
            let opens = k == 1
                || reader.toks[k - 1].first
                || !reader.joined(k - 2)
                || !is_cap(reader.word(k - 2));
            if !(country && opens) {
                continue;
            }
            a = k - 1;
        }
        found.push((a, e));
    }
    for (a, b) in found {
        claim_body_span(
            pieces,
            a,
            b,
            "a body named for a cause",
            Over::ModelReadings,
        );
    }
}

/// A name followed by a lower-case noun for a criminal, militant or other group, singular or
/// plural, names that group, not a person or a place: the name alone where it is the group's
/// own ("the Foxtrot gang" is Foxtrot, "the Fano militias" Fano), with the noun where the
/// name is a person's or a place's the group is called after ("the Zindashti network", "the
/// Sinaloa cartel") or a gazetteer knows it so. A body's name before the noun stays that body
/// ("Hezbollah's network" is Hezbollah's).
fn groups_named_by_a_noun(reader: &Reader, pieces: &mut Vec<Piece>) {
    let n = reader.toks.len();
    for k in 1..n {
        // The noun in the plural as well ("the Fano militias": groups of that name).
        if !words::is_group_noun(reader.word(k))
            || !reader.joined(k - 1)
            || reader.possessive(k - 1)
            || !is_cap(reader.word(k - 1))
            || is_acronym(reader.word(k - 1))
            || words::SENTENCE_STOPWORDS.contains(&reader.lower(k - 1))
        {
            continue;
        }
        let covering: Vec<usize> = (0..pieces.len())
            .filter(|&i| pieces[i].a < k && k - 1 < pieces[i].b)
            .collect();
        let start = match covering[..] {
            // No reader took the words: the capitalised run before the noun ("the Falun Gong
            // movement"), three words at most.
            [] => {
                let mut s = k - 1;
                while s > 0
                    && k - s < 3
                    && reader.joined(s - 1)
                    && is_cap(reader.word(s - 1))
                    && !is_acronym(reader.word(s - 1))
                    && !reader.possessive(s - 1)
                    && !words::SENTENCE_STOPWORDS.contains(&reader.lower(s - 1))
                    && !(0..pieces.len()).any(|i| pieces[i].a < s && s - 1 < pieces[i].b)
                {
                    s -= 1;
                }
                s
            }
            [i] if pieces[i].b == k
                && (pieces[i].pending
                    || matches!(
                        pieces[i].kind,
                        Some(MentionKind::Person | MentionKind::Place)
                    )) =>
            {
                pieces[i].a
            }
            _ => continue,
        };
        if words::is_calendar(reader.lower(start)) {
            continue;
        }
        // A Romance particle joins a name word before it ("the Tren de Aragua gang", "the
        // Cartel del Golfo network"): the group's name runs back over it.
        let mut start = start;
        while start >= 2
            && k - start < 4
            && reader.joined(start - 2)
            && reader.joined(start - 1)
            && matches!(
                reader.word(start - 1),
                "de" | "del" | "di" | "da" | "do" | "dos" | "das"
            )
            && is_cap(reader.word(start - 2))
            && !is_acronym(reader.word(start - 2))
            && !words::SENTENCE_STOPWORDS.contains(&reader.lower(start - 2))
        {
            start -= 2;
        }
        let named_after = reader.gaz.lookup(reader.text_of(start, k + 1)).is_some()
            || reader.place(start, k).is_some()
            || pieces.iter().any(|p| {
                // A person named elsewhere, not the name before the noun read as one.
                p.kind == Some(MentionKind::Person)
                    && p.b - p.a >= 2
                    && (p.a, p.b) != (start, k)
                    && reader.word(p.b - 1) == reader.word(k - 1)
            });
        // A plural noun is no part of a name: groups of that name, not one called so.
        let plural = !words::GROUP_NOUNS.contains(&reader.word(k));
        let end = if named_after && !plural { k + 1 } else { k };
        claim_body_span(
            pieces,
            start,
            end,
            "a name and a group's noun",
            Over::Anything,
        );
    }
}

/// What a body's span found by context takes over inside it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Over {
    /// Places, unresolved words (the place in "Iran International") and the model's own
    /// readings ("the firm Kaya Lojistik", which it read a person).
    ModelReadings,
    /// Every piece inside the span, whatever it found there.
    Anything,
}

/// Tokens `a..b` as a body's piece, over what `over` lets it take over inside it; nothing
/// changes where another piece stands there.
fn claim_body_span(pieces: &mut Vec<Piece>, a: usize, b: usize, rule: &'static str, over: Over) {
    let overlapping: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].a < b && a < pieces[i].b)
        .collect();
    let yields = |p: &Piece| {
        let weak = p.pending || p.kind == Some(MentionKind::Place);
        p.a >= a
            && p.b <= b
            && match over {
                Over::Anything => true,
                Over::ModelReadings => weak || p.rule == "model",
            }
    };
    if !overlapping.iter().all(|&i| yields(&pieces[i])) {
        return;
    }
    for &i in overlapping.iter().rev() {
        pieces.remove(i);
    }
    pieces.push(Piece {
        a,
        b,
        kind: if b - a == 1 {
            None
        } else {
            Some(MentionKind::Organization)
        },
        role: None,
        rule,
        pending: b - a == 1,
        fallback: Some(MentionKind::Organization),
    });
}

/// The outlet a page names as its publisher (`og:site_name`) is a body wherever the report
/// names it ("In an interview with Voices for Iran, ..."), whatever the rules or the model
/// read there: the page says what it is.
fn outlet_named(reader: &Reader, outlet: &str, pieces: &mut Vec<Piece>) {
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let n = words.len();
    // A one-word outlet too like a common word ("Vision") is left to the model and rules.
    if n == 0 || (n == 1 && words[0].chars().count() < 5) || !words.iter().any(|w| is_cap(w)) {
        return;
    }
    for k in 0..reader.toks.len().saturating_sub(n - 1) {
        let same =
            (0..n).all(|j| reader.word(k + j) == words[j] && (j + 1 == n || reader.joined(k + j)));
        if same {
            claim_body_span(pieces, k, k + n, "the page's publisher", Over::Anything);
        }
    }
}

/// Where each word of the text stands (token indexes by word).
fn words_at<'a>(reader: &Reader<'a>) -> HashMap<&'a str, Vec<usize>> {
    let mut at_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for k in 0..reader.toks.len() {
        at_word.entry(reader.word(k)).or_default().push(k);
    }
    at_word
}

/// Which tokens a name holds: those of every piece that names something (a lone word left
/// pending gives way).
fn tokens_named(reader: &Reader, pieces: &[Piece]) -> Vec<bool> {
    tokens_held(reader, pieces, |p| !p.pending && p.kind.is_some())
}

/// Which tokens the pieces `held` picks hold, marked once for a page's lookups.
fn tokens_held(reader: &Reader, pieces: &[Piece], held: impl Fn(&Piece) -> bool) -> Vec<bool> {
    let mut covered: Vec<bool> = vec![false; reader.toks.len()];
    for p in pieces.iter().filter(|p| held(p)) {
        for c in covered.iter_mut().take(p.b).skip(p.a) {
            *c = true;
        }
    }
    covered
}

/// A name of two words or more found once is that name wherever the document writes it the
/// same way, even where neither the rules nor the model found it there ("contact Rewards for
/// Justice via ..." after "the Rewards for Justice (RFJ) program").
fn find_names_again(reader: &Reader, pieces: &mut Vec<Piece>) {
    let found: Vec<(usize, usize, MentionKind)> = pieces
        .iter()
        .filter(|p| !p.pending && p.b - p.a >= 2)
        .filter_map(|p| match p.kind {
            Some(
                k @ (MentionKind::Person | MentionKind::Organization | MentionKind::PublicBody),
            ) => Some((p.a, p.b, k)),
            _ => None,
        })
        .collect();
    if found.is_empty() {
        return;
    }
    let at_word = words_at(reader);
    let mut covered = tokens_named(reader, pieces);
    let mut seen: HashSet<String> = HashSet::new();
    for (a, b, kind) in found {
        let name = reader.text_of(a, b);
        if !seen.insert(name.to_string()) {
            continue;
        }
        let n = b - a;
        for &i in at_word.get(reader.word(a)).into_iter().flatten() {
            let same = reader.written_again(a, n, i) && (0..n).all(|j| !covered[i + j]);
            if !same {
                continue;
            }
            for c in covered.iter_mut().take(i + n).skip(i) {
                *c = true;
            }
            pieces.push(Piece::found(
                i,
                i + n,
                kind,
                "a name the document gives elsewhere",
            ));
        }
    }
}

/// A body's name the document writes in capitals too ("COURT OF BOSNIA AND HERZEGOVINA" over a
/// release that names the Court of Bosnia and Herzegovina): that body, where every word is in
/// capitals and nothing else holds them.
fn bodies_written_again_in_capitals(reader: &Reader, pieces: &mut Vec<Piece>) {
    let bodies: Vec<(Vec<String>, MentionKind)> = pieces
        .iter()
        .filter(|p| !p.pending && p.b - p.a >= 2)
        .filter_map(|p| match p.kind {
            Some(k @ (MentionKind::Organization | MentionKind::PublicBody)) => {
                let ws: Vec<String> = (p.a..p.b).map(|k| reader.lower(k).to_string()).collect();
                reader
                    .word(p.a)
                    .chars()
                    .any(char::is_lowercase)
                    .then_some((ws, k))
            }
            _ => None,
        })
        .collect();
    if bodies.is_empty() {
        return;
    }
    let n = reader.toks.len();
    let capitals = |k: usize| {
        let w = reader.word(k);
        w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    let mut covered = tokens_named(reader, pieces);
    let mut found = Vec::new();
    for k in 0..n {
        if !capitals(k) || covered[k] {
            continue;
        }
        for (ws, kind) in &bodies {
            let e = k + ws.len();
            if e <= n
                && (k..e).all(|j| capitals(j) && !covered[j] && reader.lower(j) == ws[j - k])
                && (k..e - 1).all(|j| reader.joined(j))
            {
                covered[k..e].iter_mut().for_each(|c| *c = true);
                found.push(Piece::found(
                    k,
                    e,
                    *kind,
                    "a body's name written in capitals",
                ));
                break;
            }
        }
    }
    put_over(pieces, found);
}

/// A name set before the common noun of an outlet's kind names the outlet ("the Tasnim news
/// agency", "the Kayhan newspaper"), whatever a model or a gazetteer took the word for: a
/// person's name there would be a possessive, a place's name ("the Fars news agency", not the
/// province) is the outlet's. So does a name right after that noun ("the news site X"), or
/// after a body's kind ("the party Vox", "the security service Säpo").
fn outlets_named_before_their_kind(reader: &Reader, pieces: &mut [Piece]) {
    let n = reader.toks.len();
    for p in pieces.iter_mut() {
        // "a Bengali-language news site": an adjective made of a name before the kind.
        if p.b - p.a > 2 || words::is_compound_adjective(reader.lower(p.b - 1)) {
            continue;
        }
        let kind = p.kind.or(p.fallback);
        // Or after it: "the exile news site X", "the newspaper X", "the daily X" (not "the
        // broadcaster X", which is a person's trade too).
        // (Not after a possessive: "the group's Asia director", "the firm's Miami office".)
        let kind_before = p.a >= 2
            && reader.joined(p.a - 1)
            && !reader.possessive(p.a - 1)
            && (matches!(
                reader.lower(p.a - 1),
                "newspaper"
                    | "daily"
                    | "weekly"
                    | "party"
                    | "militia"
                    | "group"
                    | "company"
                    | "firm"
                    | "charity"
                    | "movement"
                    | "collective"
                    | "magazine"
                    // A venue run as a body ("the gallery X"), not a person's trade.
                    | "gallery"
            ) || (matches!(
                reader.lower(p.a - 1),
                "site" | "website" | "outlet" | "portal" | "agency" | "channel"
            ) && reader.joined(p.a - 2)
                && reader.lower(p.a - 2) == "news")
                // And a state's service by its kind: "the security service Säpo", "the
                // intelligence agency MIT"; a platform by its kind: "the messaging service
                // Telegram", "the social network X".
                || (matches!(reader.lower(p.a - 1), "service" | "agency" | "services")
                    && reader.joined(p.a - 2)
                    && matches!(
                        reader.lower(p.a - 2),
                        "security" | "intelligence" | "spy" | "secret" | "counterintelligence"
                    ))
                || (matches!(
                    reader.lower(p.a - 1),
                    "service" | "app" | "application" | "platform" | "network"
                ) && reader.joined(p.a - 2)
                    && matches!(
                        reader.lower(p.a - 2),
                        "messaging" | "social" | "video" | "streaming" | "chat" | "networking"
                    )))
            && (p.a..p.b).all(|k| is_cap(reader.word(k)));
        let kind_after = p.b < n && reader.joined(p.b - 1) && !reader.possessive(p.b - 1) && {
            let next = reader.lower(p.b);
            let news_agency = next == "news"
                && p.b + 1 < n
                && reader.joined(p.b)
                && matches!(
                    reader.lower(p.b + 1),
                    "agency" | "website" | "outlet" | "site"
                );
            (news_agency
                || (kind == Some(MentionKind::Person)
                    && matches!(
                        next,
                        "newspaper" | "daily" | "broadcaster" | "channel" | "website"
                    )))
                && reader.word(p.b).starts_with(char::is_lowercase)
        };
        // A name no gazetteer places between "the" and a body's kind, a word qualifying the
        // kind between them: "the Sapat educational network", "the Zarya media network".
        let qualified_kind_after = p.a >= 1
            && reader.lower(p.a - 1) == "the"
            && reader.place(p.a, p.b).is_none()
            && (p.a..p.b).all(|k| is_cap(reader.word(k)))
            && p.b + 1 < n
            && reader.joined(p.b - 1)
            && reader.joined(p.b)
            && !reader.possessive(p.b - 1)
            && reader.word(p.b).starts_with(char::is_lowercase)
            && !reader.possessive(p.b + 1)
            && matches!(
                reader.word(p.b + 1),
                "network" | "movement" | "foundation" | "charity" | "newspaper" | "broadcaster"
            )
            && matches!(
                reader.word(p.b),
                "educational"
                    | "media"
                    | "news"
                    | "religious"
                    | "charitable"
                    | "business"
                    | "opposition"
                    | "community"
                    | "student"
                    | "school"
                    | "schools"
                    | "aid"
                    | "relief"
                    | "daily"
                    | "weekly"
                    | "private"
                    | "state"
                    | "satellite"
                    | "exile"
                    | "diaspora"
            );
        // Or set off by commas after a firm's or a group's noun ("Roe's firm, Roe
        // Ermittlungen, was named"): an apposition naming the firm, whose name may be its
        // owner's.
        let kind_in_apposition = p.a >= 2
            && p.b < n
            && reader.gap_after(p.a - 1) == ", "
            && matches!(
                reader.lower(p.a - 1),
                "firm"
                    | "company"
                    | "group"
                    | "organisation"
                    | "organization"
                    | "charity"
                    | "agency"
                    | "outlet"
            )
            && reader.gap_after(p.b - 1).starts_with(',')
            && (p.a..p.b).all(|k| is_cap(reader.word(k)))
            && p.b - p.a >= 2;
        if (kind_before || kind_after || qualified_kind_after || kind_in_apposition)
            && matches!(kind, Some(MentionKind::Person | MentionKind::Place) | None)
        {
            p.kind = Some(MentionKind::Organization);
            p.fallback = Some(MentionKind::Organization);
            p.pending = false;
            p.rule = "an outlet named before its kind";
        }
    }
}

/// Rule pieces and model pieces into one list: where they agree on a span the rules refine
/// the kind (a public body rather than an organisation); where they disagree the model's
/// boundaries win, except over a name the gazetteer knows or a body with a head word that
/// contains them; where only one side found something, it stands.
fn reconcile(reader: &Reader, rules: Vec<Piece>, model: Vec<Piece>) -> Vec<Piece> {
    if model.is_empty() {
        return rules;
    }
    let overlaps = |x: &Piece, y: &Piece| x.a < y.b && y.a < x.b;
    let mut model_used = vec![false; model.len()];
    let mut model_dropped = vec![false; model.len()];
    let mut out = Vec::new();
    for mut r in rules {
        let hits: Vec<usize> = (0..model.len())
            .filter(|&i| overlaps(&r, &model[i]))
            .collect();
        if hits.is_empty() {
            out.push(r);
            continue;
        }
        let inside = hits.iter().all(|&i| model[i].a >= r.a && model[i].b <= r.b);
        // Unless a person's name runs on after the body's (split off in `model_pieces`), or
        // the rules took a title for a body's head word ("Prosecutor Anna Berg").
        // So does a person's name of two words or more the model reads at the end of a body
        // the rules found by its head word ("Federal Prosecutor Ilse Dewaele").
        // (Not a "name" closing on a body's head word itself: "Bahrain | Watch Collective".)
        let person_after_body = hits.iter().any(|&i| {
            let m = &model[i];
            m.rule == PERSON_AFTER_BODY
                || (r.rule == "organisation head word"
                    && m.fallback == Some(MentionKind::Person)
                    && m.b == r.b
                    && m.a > r.a
                    && m.b - m.a >= 2
                    && words::org_head(reader.lower(m.b - 1)).is_none())
        });
        let titled_person = hits.iter().any(|&i| {
            let m = &model[i];
            m.fallback == Some(MentionKind::Person)
                && m.b == r.b
                && m.a > r.a
                && (reader.title_len(r.a, m.a) == m.a - r.a
                    || (m.a - r.a == 1 && words::is_person_cue(reader.lower(r.a))))
        });
        if titled_person {
            if let Some(&i) = hits.first() {
                let mut m = model[i].clone_piece();
                m.role = Some(reader.text_of(r.a, model[i].a).to_string());
                model_used[i] = true;
                out.push(m);
            }
            continue;
        }
        // The model left a known given name off a person's name the rules read whole ("as
        // Karim Jawad al-Saadi", "lawyer, Anders Holmgren,": the model took only the rest).
        // So did it a given name no gazetteer knows after an honorific, where the rules read
        // the whole run after it ("Mr Sedat Hasan Karacaoglu": the model took "Hasan
        // Karacaoglu").
        let after_honorific = r.rule == "title before a name"
            && r.role
                .as_deref()
                .is_some_and(|t| words::is_personal_honorific(&t.to_lowercase()));
        let fuller_person = r.kind == Some(MentionKind::Person)
            && !r.pending
            && inside
            && hits.iter().all(|&i| {
                let m = &model[i];
                m.fallback == Some(MentionKind::Person)
                    && m.b == r.b
                    && m.a > r.a
                    && (r.a..m.a).all(|k| {
                        let w = reader.word(k);
                        is_cap(w)
                            && !is_acronym(w)
                            && (reader.gaz.is_given(w) || (after_honorific && reader.name_word(k)))
                    })
            });
        // The model stopped short of a surname the rules read with the name on the strength
        // of the sentence ("By Lin | Meijer": a byline's cue; a title, a role after it): the
        // capitalised words after the model's span that name no body and no place are the
        // name's.
        let fuller_person = fuller_person
            || (r.kind == Some(MentionKind::Person)
                && !r.pending
                && inside
                && matches!(
                    r.rule,
                    "given name"
                        | "credit line"
                        | "person cue before"
                        | "title before a name"
                        | "appositive role after"
                        | "person context"
                )
                && hits.iter().all(|&i| {
                    let m = &model[i];
                    // A model may also take the given name alone for a place ("the murder of
                    // Jamal | Khashoggi" read GPE and nothing).
                    let took_given_name_for_place = m.fallback == Some(MentionKind::Place)
                        && r.rule == "given name"
                        && (m.a..m.b).all(|k| reader.gaz.is_given(reader.word(k)));
                    (m.fallback == Some(MentionKind::Person) || took_given_name_for_place)
                        && m.a == r.a
                        && m.b < r.b
                        && (m.b..r.b).all(|k| reader.name_word(k))
                }));
        // A name a known given name opens, which a model read as places: the given name and
        // the next words as one place no gazetteer knows, a surname that is also a town as
        // another ("Rubén Castaño | Medina"). Places are not named after a given name.
        let fuller_person = fuller_person
            || (r.kind == Some(MentionKind::Person)
                && !r.pending
                && inside
                && r.rule == "given name"
                && hits
                    .iter()
                    .all(|&i| model[i].fallback == Some(MentionKind::Place))
                && hits.iter().any(|&i| {
                    let m = &model[i];
                    m.a == r.a && m.b - m.a >= 2 && reader.place(m.a, m.b).is_none()
                })
                && (r.a..r.b).all(|k| {
                    let w = reader.word(k);
                    is_cap(w) && !is_acronym(w) && words::org_head(reader.lower(k)).is_none()
                }));
        // The name after a title whose last words a model read as a place no gazetteer knows
        // ("Dr Vani | Selvaratnam" read GPE at a line's end): places take no title. Nor do
        // they follow a known given name ("Leyla | Javadova").
        let fuller_person = fuller_person
            || (r.kind == Some(MentionKind::Person)
                && !r.pending
                && inside
                && matches!(r.rule, "title before a name" | "given name")
                && r.b - r.a >= 2
                && hits.iter().all(|&i| {
                    let m = &model[i];
                    m.fallback == Some(MentionKind::Place)
                        && m.a > r.a
                        && m.b == r.b
                        && reader.place(m.a, m.b).is_none()
                }));
        // A name of words no gazetteer knows the model cut in two persons' names, the first
        // with the title before it ("Ko Zaw | Lin Htike"), where the rules read one name after
        // the title: one person.
        let split_person = r.kind == Some(MentionKind::Person)
            && !r.pending
            && r.rule == "title before a name"
            && hits.len() >= 2
            && hits.iter().all(|&i| {
                let m = &model[i];
                m.fallback == Some(MentionKind::Person)
                    && m.b <= r.b
                    && m.b > r.a
                    && (m.a >= r.a || reader.title_len(m.a, r.b) == r.a - m.a)
            });
        if fuller_person
            || split_person
            || (inside && !person_after_body && !r.pending && rule_outweighs_model(r.rule))
        {
            for &i in &hits {
                model_dropped[i] = true;
            }
            out.push(r);
            continue;
        }
        if let [i] = hits[..] {
            let m = &model[i];
            if m.a == r.a && m.b == r.b {
                model_used[i] = true;
                let model_kind = m.fallback;
                if r.pending {
                    r.fallback = model_kind;
                } else {
                    let ruled = r.kind;
                    r.kind = match (r.kind, model_kind) {
                        (Some(MentionKind::PublicBody), Some(MentionKind::Organization)) => {
                            Some(MentionKind::PublicBody)
                        }
                        (Some(k), _) if rule_outweighs_model(r.rule) => Some(k),
                        // A single word the place gazetteer knows is that place.
                        (Some(MentionKind::Place), _)
                            if r.rule == "place gazetteer" && r.b - r.a == 1 =>
                        {
                            Some(MentionKind::Place)
                        }
                        // A person by given name, title, cue or appositive, or a place the
                        // gazetteer knows, against the model's weakest label: its ORG.
                        (
                            Some(k @ (MentionKind::Person | MentionKind::Place)),
                            Some(MentionKind::Organization),
                        ) if matches!(
                            r.rule,
                            "given name"
                                | "title before a name"
                                | "person cue before"
                                | "appositive role after"
                                | "person context"
                                | "named as a person"
                                | "place gazetteer"
                                | "a venue"
                        ) =>
                        {
                            Some(k)
                        }
                        // An event by its head word ("the Dubai International Film Festival")
                        // against the model's ORG.
                        (Some(MentionKind::Event), Some(MentionKind::Organization))
                            if r.rule == "event head word" =>
                        {
                            Some(MentionKind::Event)
                        }
                        // A person by what the sentence says of them (who, said, a title, a
                        // role) against the model's place: places take none of those.
                        // So does a known given name heading it that names no place itself.
                        (Some(MentionKind::Person), Some(MentionKind::Place))
                            if matches!(
                                r.rule,
                                "title before a name"
                                    | "person cue before"
                                    | "appositive role after"
                                    | "person context"
                            ) || (r.rule == "given name"
                                && words::places().get(reader.word(r.a)).is_none()) =>
                        {
                            Some(MentionKind::Person)
                        }
                        (_, Some(k)) => Some(k),
                        (k, None) => k,
                    };
                    if r.kind != ruled {
                        r.rule = "model";
                    }
                }
                out.push(r);
                continue;
            }
        }
        // Different boundaries: the model's spans stand; a title the rules saw in front of
        // the name stays with the span that starts there.
        if let Some(role) = r.role.take() {
            if let Some(&i) = hits.iter().find(|&&i| model[i].a == r.a) {
                model_used[i] = true;
                let mut m = model[i].clone_piece();
                m.role = Some(role);
                out.push(m);
            }
        }
    }
    for (i, m) in model.into_iter().enumerate() {
        if !model_used[i] && !model_dropped[i] {
            out.push(m);
        }
    }
    out
}

impl Piece {
    fn clone_piece(&self) -> Piece {
        Piece {
            a: self.a,
            b: self.b,
            kind: self.kind,
            role: self.role.clone(),
            rule: self.rule,
            pending: self.pending,
            fallback: self.fallback,
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    gaz: &'a Gazetteer,
    /// Words the document writes in lower case: capitalised at a sentence start, they are
    /// still common words.
    lowercase_words: HashSet<String>,
    /// Each token's word (see [`Reader::word`]) in lower case.
    lowers: Vec<String>,
    /// Words followed by a speech verb somewhere in the document ("Lindqvist said"), lower
    /// case, with the token where each stands.
    speakers: HashMap<String, Vec<usize>>,
    /// Words ending in -ly the document capitalises inside a sentence (names' words, not
    /// adverbs), lower case.
    capitalised_inside: HashSet<String>,
    /// How often each word (see [`Reader::word`]) stands in the document.
    word_counts: HashMap<&'a str, usize>,
    /// The token that opens each token's line (see [`Reader::line_start`]).
    line_starts: Vec<usize>,
    /// Whether each token opens its line (see `opens_line`).
    line_openers: Vec<bool>,
    /// A word after "a" or "an" and the noun in small letters after it ("an Osman warning":
    /// "Osman", "warning"): a name made a kind of thing.
    kinds_named_after: HashSet<(&'a str, &'a str)>,
    /// Whether the document styles someone "Lord" before a surname ("Lord Tallis"): then
    /// "Lady" before a surname is the same kind of style, a peer's or a judge's ("Lady
    /// Rennick"), not a given name as it is in Latin America ("Lady Gómez").
    styles_peers: bool,
}

impl<'a> Reader<'a> {
    /// A word that may open a name by itself: a title, head word, place, given name, acronym.
    fn known_word(&self, i: usize) -> bool {
        let w = self.word(i);
        let l = w.to_lowercase();
        is_acronym(w)
            || words::org_head(&l).is_some()
            || words::places().contains_key(w)
            || self.gaz.is_given(w)
            || self.title_len(i, i + 1) > 0
            || words::TITLE_MODIFIERS.contains(&l.as_str())
    }

    /// A word a person's name could be made of: capitalised, no acronym, no body's head word,
    /// no place the gazetteer knows.
    /// Whether the words `a..b` hold a diplomatic mission's head word: an embassy, a
    /// consulate, or the high commission one Commonwealth state keeps in another ("the
    /// Bangladesh High Commission in London"), which its city names as it names an embassy.
    fn names_a_mission(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            matches!(self.lower(k), "embassy" | "consulate" | "consulate-general")
                || (k > a && self.lower(k) == "commission" && self.lower(k - 1) == "high")
        })
    }

    /// Whether the word at `k` is capitalised, of two letters or more and no acronym: a word a
    /// name could be ("Tomas", not "A" or "UN").
    fn capitalised_word(&self, k: usize) -> bool {
        let w = self.word(k);
        is_cap(w) && !is_acronym(w) && w.len() >= 2
    }

    fn name_word(&self, k: usize) -> bool {
        let w = self.word(k);
        is_cap(w)
            && !is_acronym(w)
            && words::org_head(self.lower(k)).is_none()
            && self.place(k, k + 1).is_none()
    }

    /// In the run `a..b`, an "of" after at least two words and the first word after it past
    /// any "the" ("Anna Berg of the Tarsk Forum": the "of", then "Tarsk"), if a word follows.
    fn of_then_name(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let of = (a + 2..b.saturating_sub(1)).find(|&k| self.lower(k) == "of")?;
        let c = (of + 1..b).find(|&k| self.lower(k) != "the")?;
        Some((of, c))
    }

    /// Whether a name ending before token `b` goes on, past a parenthesis, to the head word
    /// of a law's or a list's name: "the Special Economic Measures (Iran) Regulations".
    fn law_named_on(&self, b: usize) -> bool {
        let Some(close) = (b..self.toks.len().min(b + 4)).find(|&k| {
            self.toks
                .get(k + 1)
                .is_some_and(|n| self.text[self.toks[k].end..n.start].trim() == ")")
        }) else {
            return false;
        };
        b > 0
            && self.gap_after(b - 1).trim() == "("
            && self.toks[b..=close + 1]
                .windows(2)
                .all(|w| w[0].sentence == w[1].sentence)
            && words::OTHER_HEADS.contains(&self.lower(close + 1))
    }

    /// Whether the `n` words at `i` are the words at `a`, written alike (the same separators
    /// between them) and within one sentence: a name the document writes again.
    fn written_again(&self, a: usize, n: usize, i: usize) -> bool {
        n > 0
            && i + n <= self.toks.len()
            && (0..n).all(|j| self.word(i + j) == self.word(a + j))
            && (1..n).all(|j| self.gap_after(i + j - 1) == self.gap_after(a + j - 1))
            && self.toks[i].sentence == self.toks[i + n - 1].sentence
    }

    /// Whether `a..b` names a body by its head word and a complement ("the Supreme Council
    /// for Media Regulation"), whatever the complement's last word: a law's or a list's head
    /// word there ("Regulation") does not make the name a law's.
    fn body_head_with_complement(&self, a: usize, b: usize) -> bool {
        (a..b.saturating_sub(2)).any(|k| {
            words::org_head(self.lower(k)).is_some()
                && matches!(self.lower(k + 1), "for" | "of" | "on")
        })
    }

    /// Whether the words `a..b` stand in a parenthesis inside a law's title, its head word
    /// after the parentheses: "the Russia (Sanctions) (EU Exit) Regulations 2019".
    fn inside_a_law_title(&self, a: usize, b: usize) -> bool {
        let n = self.toks.len();
        if a == 0 || b >= n || !self.gap_after(a - 1).ends_with('(') {
            return false;
        }
        // The first word after a closing parenthesis that no other opens again.
        (b..n.min(b + 8))
            .find(|&k| {
                let between = self.gap_after(k - 1);
                between.contains(')') && !between.contains('(')
            })
            .is_some_and(|k| {
                self.toks[a..=k]
                    .windows(2)
                    .all(|w| w[0].sentence == w[1].sentence)
                    && words::OTHER_HEADS.contains(&self.lower(k))
            })
    }

    fn word(&self, i: usize) -> &'a str {
        let t = self.toks[i];
        strip_possessive(&self.text[t.start..t.end]).0
    }

    /// The word at `i` in lower case (computed once per token: reading asks it of every word
    /// many times).
    fn lower(&self, i: usize) -> &str {
        &self.lowers[i]
    }

    /// The word before an "as" that token `k` follows ("identified as X", "known as X").
    fn introduced_by(&self, k: usize) -> Option<&str> {
        if k < 2 || self.lower(k - 1) != "as" {
            return None;
        }
        // "identified by US prosecutors as X": the verb before its agent, a few words back in
        // the sentence.
        let by_agent = (k.saturating_sub(6).max(1)..k - 1).rev().find_map(|j| {
            let verb = self.lower(j - 1);
            (self.lower(j) == "by"
                && self.toks[j - 1].sentence == self.toks[k].sentence
                && matches!(verb, "identified" | "named"))
            .then_some(verb)
        });
        by_agent.or_else(|| Some(self.lower(k - 2)))
    }

    /// Only spaces between token i and token i+1.
    /// Whether token `a` opens what a speaker says after a label opening the line ("Q: Has
    /// the ...", "Chair: Thank you"): it opens a sentence there.
    fn after_speaker_label(&self, a: usize) -> bool {
        if a == 0 {
            return false;
        }
        let label = self.toks[a - 1];
        self.opens_line(a - 1)
            && self.gap_after(a - 1).trim() == ":"
            && (label.end - label.start <= 2 || words::SPEAKER_ROLES.contains(&self.lower(a - 1)))
    }

    /// Whether token `k` opens its line (past any spaces and tabs).
    /// The token that opens token `k`'s line: the last at or before it that opens a line, or
    /// the first token (worked out once a page; a page of one long line asks it of every
    /// name).
    fn line_start(&self, k: usize) -> usize {
        self.line_starts[k]
    }

    fn opens_line(&self, k: usize) -> bool {
        // (Worked out once a page: a lone surname's candidates ask it of every mention of
        // theirs, which on a page of one long line is many times each.)
        if let Some(&opens) = self.line_openers.get(k) {
            return opens;
        }
        self.opens_line_here(k)
    }

    fn opens_line_here(&self, k: usize) -> bool {
        self.text[..self.toks[k].start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| c == '\n')
    }

    /// Whether token `k` stands on a short line written all in capitals, or alone on its line:
    /// a heading ("THE FACTS", "FOR THESE REASONS, THE COURT, UNANIMOUSLY,"), where a word in
    /// capitals no list and no definition knows is a heading's word, not an unknown body's
    /// acronym. Lines longer than a heading are not looked through.
    fn on_a_heading_in_capitals(&self, k: usize) -> bool {
        const HEADING_WORDS: usize = 16;
        let n = self.toks.len();
        let mut a = k;
        while a > 0 && !self.gap_after(a - 1).contains('\n') {
            if k - a >= HEADING_WORDS {
                return false;
            }
            a -= 1;
        }
        let mut b = k;
        while b + 1 < n && !self.gap_after(b).contains('\n') {
            if b - k >= HEADING_WORDS {
                return false;
            }
            b += 1;
        }
        (a..=b).all(|j| !self.word(j).chars().any(char::is_lowercase))
    }

    /// The text between token `k` and the next (spaces, punctuation, line breaks).
    fn gap_after(&self, k: usize) -> &'a str {
        &self.text[self.toks[k].end..self.toks[k + 1].start]
    }

    fn joined(&self, i: usize) -> bool {
        let (a, b) = (self.toks[i], self.toks[i + 1]);
        a.sentence == b.sentence && self.text[a.end..b.start].chars().all(|c| c == ' ')
    }

    /// Whether the word at `k`, opening its sentence, is a well-known body's name of one word
    /// that acts there: it speaks ("Hengaw said") or heads a list of names ("Memorial and
    /// OVD-Info condemned ..."). A common word opening a sentence does neither.
    fn well_known_opens_sentence(&self, k: usize, word: &str) -> bool {
        let n = self.toks.len();
        let heads_a_list = k + 2 < n
            && is_cap(self.word(k + 2))
            && (self.lower(k + 1) == "and" || self.gap_after(k).trim() == ",");
        // Or speaks as a transcript's label opening the line ("Reuters: The charge sheet ...").
        let label = k + 1 < n && self.gap_after(k).trim() == ":" && self.opens_line(k);
        self.gaz.well_known.contains(&name_key(word))
            && (self.speaks_after(k) || heads_a_list || label)
    }

    /// Whether a speech verb directly follows token `k` ("Lindqvist said").
    fn speaks_after(&self, k: usize) -> bool {
        self.speakers
            .get(self.lower(k))
            .is_some_and(|at| at.contains(&k))
    }

    /// Whether the word before `a` is a common noun naming a kind of body, set before the
    /// body's name in apposition ("the Norway-based group Hengaw", "the news agency Fars").
    fn after_body_noun(&self, a: usize) -> bool {
        a > 0
            && self.toks[a - 1].sentence == self.toks[a].sentence
            && self.gap_after(a - 1).chars().all(|c| c == ' ')
            && words::BODY_NOUNS.contains(&self.lower(a - 1))
    }

    fn possessive(&self, i: usize) -> bool {
        let t = self.toks[i];
        strip_possessive(&self.text[t.start..t.end]).1
    }

    /// The text before token `k` and after it, to the document's ends: what the gaps around
    /// the token start or end with, for the first and last tokens too.
    fn text_before(&self, k: usize) -> &'a str {
        &self.text[..self.toks[k].start]
    }

    /// Whether the word at `k` is a town the gazetteer lacks, in an address ("9000 Ghent,
    /// Belgium"): after its postcode or before its country, whatever body is named for it.
    fn town_of_an_address(&self, k: usize) -> bool {
        let after_postcode = k > 0
            && self.joined(k - 1)
            && (4..=6).contains(&self.word(k - 1).len())
            && self.word(k - 1).bytes().all(|c| c.is_ascii_digit());
        let before_country = k + 1 < self.toks.len()
            && self.gap_after(k) == ", "
            && self
                .place(k + 1, k + 2)
                .is_some_and(|pl| pl.kind == PlaceKind::Country);
        after_postcode || before_country
    }

    fn text_after(&self, k: usize) -> &'a str {
        &self.text[self.toks[k].end..]
    }

    /// Whether the word before token `k` is a preposition a place follows ("in", "near").
    fn after_a_preposition_of_place(&self, k: usize) -> bool {
        k > 0
            && matches!(
                self.lower(k - 1),
                "in" | "at" | "from" | "to" | "near" | "into" | "of" | "outside" | "around"
            )
            && !self.addressed_with_to(k)
    }

    /// Whether token `k` is whom someone talks, writes or is tied to ("talks to Roe", "wrote
    /// to Roe", "according to Roe", "married to Roe"): a person or a body, not a place.
    fn addressed_with_to(&self, k: usize) -> bool {
        k >= 2
            && self.lower(k - 1) == "to"
            && matches!(
                self.lower(k - 2),
                "talk"
                    | "talks"
                    | "talked"
                    | "talking"
                    | "speak"
                    | "speaks"
                    | "spoke"
                    | "speaking"
                    | "spoken"
                    | "write"
                    | "writes"
                    | "wrote"
                    | "writing"
                    | "written"
                    | "listen"
                    | "listens"
                    | "listened"
                    | "reply"
                    | "replies"
                    | "replied"
                    | "according"
                    | "married"
                    | "related"
                    | "belongs"
                    | "belonged"
                    | "introduced"
                    | "apologised"
                    | "apologized"
            )
    }

    /// Capitalised runs of tokens, connectors allowed inside.
    fn runs(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            if !is_cap(self.word(i)) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            let mut has_of = false;
            // A body's head word at or just after `k`, the words up to it capitalised ("Party",
            // "Support Office").
            // (A body's own head word before the apostrophe closes its name: "the Guard
            // Corps' Ground Force" names two bodies, and only a head word right after it
            // goes on.)
            let head_from = |k: usize| {
                if k >= 1 && words::org_head(self.lower(k - 1)).is_some() {
                    return words::org_head(self.lower(k)).is_some();
                }
                let mut j = k;
                while j < n && j < k + 3 && is_cap(self.word(j)) {
                    if words::org_head(self.lower(j)).is_some() {
                        return true;
                    }
                    if j + 1 >= n || !self.joined(j) {
                        break;
                    }
                    j += 1;
                }
                false
            };
            // A plural's possessive apostrophe stands outside its token: "Kurdistan Workers'
            // Party", "the Special Advocates' Support Office" are one name where a body's head
            // word follows it.
            // Or the field a body's remit names after "for" or "of" ("the Service for
            // Foreigners' Affairs", "the Ministry of Veterans' Affairs").
            let remit_after_plural = |end: usize| {
                matches!(
                    self.lower(end),
                    "affairs"
                        | "rights"
                        | "welfare"
                        | "issues"
                        | "protection"
                        | "interests"
                        | "freedom"
                        | "safety"
                ) && (start..end).any(|k| matches!(self.lower(k), "for" | "of" | "on"))
                    && (start..end).any(|k| words::org_head(self.lower(k)).is_some())
            };
            let plural_possessive_inside = |end: usize| {
                let (x, y) = (self.toks[end - 1], self.toks[end]);
                x.sentence == y.sentence
                    && matches!(self.text[x.end..y.start].trim_end_matches(' '), "'" | "’")
                    && self.word(end - 1).ends_with('s')
                    && is_cap(self.word(end))
                    && (head_from(end) || remit_after_plural(end))
            };
            while end < n && (self.joined(end - 1) || plural_possessive_inside(end)) {
                // A possessive ends a name ("Trump's lawyer"), except in "People's", a plural's
                // before a body's head word ("Kurdistan Workers' Party") and a body's acronym
                // inside the complement of another's name ("Commission for the Control of
                // INTERPOL's Files"; but "the Department of State's Rewards for Justice" and
                // "the Treasury's Office of ..." name two bodies each).
                if self.possessive(end - 1) && self.lower(end - 1) != "people" {
                    let raw = &self.text[self.toks[end - 1].start..self.toks[end - 1].end];
                    let plural = raw.ends_with("s'") || raw.ends_with("s’");
                    let after_of = end >= 2
                        && (self.lower(end - 2) == "of"
                            || (end >= 3
                                && self.lower(end - 2) == "the"
                                && self.lower(end - 3) == "of"));
                    let inside = (plural && (head_from(end) || remit_after_plural(end)))
                        || (after_of
                            && (is_acronym(self.word(end - 1))
                                || matches!(
                                    self.gaz.lookup(self.word(end - 1)),
                                    Some(MentionKind::Organization | MentionKind::PublicBody)
                                ))
                            && words::org_head(self.lower(end)).is_none()
                            && (start..end).any(|k| words::org_head(self.lower(k)).is_some()));
                    if !(inside && is_cap(self.word(end))) {
                        break;
                    }
                }
                let w = self.word(end);
                if words::is_post_nominal(w) && end - start >= 2 {
                    break;
                }
                if is_cap(w) {
                    end += 1;
                    continue;
                }
                // A court's or a unit's number inside its name, where capitalised words and
                // the body's head word follow ("Istanbul 26th High Criminal Court", "the 3rd
                // Infantry Division").
                let numbered = is_ordinal(w) && {
                    let mut k = end + 1;
                    while k < n && k <= end + 4 && self.joined(k - 1) && is_cap(self.word(k)) {
                        k += 1;
                    }
                    (end + 1..k).any(|j| words::org_head(self.lower(j)).is_some())
                };
                if numbered {
                    end += 1;
                    continue;
                }
                let lw = w.to_lowercase();
                // Connectors join only when a capitalised word follows.
                let mut k = end;
                while k < n
                    && (CONNECTORS.contains(&self.lower(k))
                        || (k == end && matches!(self.lower(k), "to" | "against" | "on" | "or")))
                    && !is_cap(self.word(k))
                    && k + 1 < n
                    && self.joined(k)
                {
                    k += 1;
                }
                // "and" between modifiers that share the head word after it: "National
                // Intelligence and Security Service", "Immigration and Customs Enforcement".
                let head = |k: usize| words::org_head(self.lower(k)).is_some();
                let shares_head = lw == "and"
                    && k == end + 1
                    && !(start..end).any(head)
                    && k + 1 < n
                    && !head(k)
                    && head(k + 1)
                    && is_cap(self.word(k + 1))
                    && self.joined(k)
                    && !(k + 2 < n && self.joined(k + 1) && is_cap(self.word(k + 2)));
                // "to" or "against" after the head word of a body named for its aim:
                // "Committee to Protect Journalists", "Committee against Torture".
                let aim = matches!(lw.as_str(), "to" | "against")
                    && k == end + 1
                    && words::named_for_its_aim(self.lower(end - 1));
                // "on" and the matter after a working body's head word: "Working Group on
                // Arbitrary Detention", "Committee on Foreign Affairs", "Fact-Finding Mission
                // on the Islamic Republic of Iran", "Council on
                // American-Islamic Relations" (not a day after it: "the Committee on Monday").
                let matter = lw == "on"
                    && (k == end + 1 || (k == end + 2 && self.lower(end + 1) == "the"))
                    && k < n
                    && !words::is_calendar(self.lower(k))
                    && matches!(
                        self.lower(end - 1),
                        "group"
                            | "committee"
                            | "subcommittee"
                            | "commission"
                            | "panel"
                            | "council"
                            | "mission"
                    );
                // "or" inside such a body's matter: "Working Group on Enforced or Involuntary
                // Disappearances".
                let in_matter = lw == "or"
                    && k == end + 1
                    && (start + 1..end).any(|j| {
                        self.lower(j) == "on"
                            && matches!(
                                self.lower(j - 1),
                                "group" | "committee" | "subcommittee" | "commission" | "panel"
                            )
                    });
                let ok = k > end
                    && k < n
                    && is_cap(self.word(k))
                    && (!matches!(lw.as_str(), "to" | "against") || aim)
                    && (lw != "on" || matter)
                    && (lw != "or" || in_matter)
                    && (lw != "and" || has_of || shares_head)
                    // A place is no body's people: "refugees in Frankfurt for the National
                    // Security Agency" names the city and the agency apart.
                    && !(lw == "for" && self.place(start, end).is_some())
                    // A house's seat for a party is two bodies: "the National Assembly for
                    // the Cambodia National Rescue Party".
                    && !(lw == "for" && {
                        let house = words::LEGISLATIVE_HOUSES.contains(&self.lower(end - 1));
                        let mut j = k;
                        while j + 1 < n && self.joined(j) && is_cap(self.word(j + 1)) {
                            j += 1;
                        }
                        house && j > k && words::PARTY_HEADS.contains(&self.lower(j))
                    })
                    // "of" before a possessive country belongs to the name after it: "the
                    // Quds Force of Iran's Revolutionary Guards" is the force of the Guards
                    // ("the Department of the Treasury's Office" is the department's).
                    && !(lw == "of"
                        && self.possessive(k)
                        && self.place(k, k + 1).is_some()
                        && k + 1 < n
                        && self.joined(k)
                        && is_cap(self.word(k + 1)))
                    && (k - end <= 1 || lw != "and");
                if ok {
                    // (And a working body's matter: "Commission on Human and Peoples' Rights".)
                    if matches!(lw.as_str(), "of" | "for") || matter {
                        has_of = true;
                    }
                    end = k + 1;
                } else {
                    break;
                }
            }
            out.push((start, end));
            i = end;
            // Letters after a name say what its bearer is (Alison Morgan KC, Jane Doe MP).
            if i < n && self.joined(i - 1) && words::is_post_nominal(self.word(i)) {
                i += 1;
            }
        }
        out
    }

    /// The country a body's name or the word before it names (a possessive country or a
    /// demonym), if any.
    fn country_of_body(&self, a: usize, b: usize) -> Option<&'static str> {
        let country_at = |k: usize| {
            words::places()
                .get(self.word(k))
                .filter(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Demonym))
                .map(|p| p.country)
                .filter(|c| !c.is_empty())
        };
        if a > 0 && self.joined(a - 1) {
            let before = &self.text[self.toks[a - 1].start..self.toks[a - 1].end];
            let possessive = before != self.word(a - 1);
            let demonym = words::places()
                .get(self.word(a - 1))
                .is_some_and(|p| p.kind == PlaceKind::Demonym);
            if possessive || demonym {
                // A country of two or three words ("North Korea's", "Saudi Arabia's"): the
                // whole name, not its last word (Korea alone is the South).
                for start in (a.saturating_sub(3)..a - 1).rev() {
                    if !(start..a - 1).all(|k| self.joined(k)) {
                        break;
                    }
                    let whole = words::places()
                        .get(strip_possessive(self.text_of(start, a)).0)
                        .filter(|p| {
                            matches!(p.kind, PlaceKind::Country | PlaceKind::Demonym)
                                && !p.country.is_empty()
                        });
                    if let Some(p) = whole {
                        return Some(p.country);
                    }
                }
                if let Some(c) = country_at(a - 1) {
                    return Some(c);
                }
            }
        }
        // Inside the name, a country of several words before its last word alone
        // ("... of North Korea"). A word two states share is neither's inside a name: both
        // Koreas' firms are "Korea ... Corporation".
        const SHARED_BY_TWO_STATES: [&str; 2] = ["Korea", "Congo"];
        (a..b).find_map(|k| {
            (k + 2..=(k + 3).min(b))
                .rev()
                .filter(|&e| (k..e - 1).all(|j| self.joined(j)))
                .find_map(|e| {
                    self.place(k, e)
                        .filter(|p| p.kind == PlaceKind::Country && !p.country.is_empty())
                        .map(|p| p.country)
                })
                .or_else(|| country_at(k).filter(|_| !SHARED_BY_TWO_STATES.contains(&self.word(k))))
        })
    }

    /// Where a title starts after two to four capitalised words at `a` that name its body
    /// (see the caller), if it does: the words are no title, place, calendar word or
    /// sentence opener, the first is no given name, and a name follows the title.
    fn body_before_title(&self, a: usize, b: usize) -> Option<usize> {
        if self.gaz.is_given(self.word(a)) {
            return None;
        }
        for k in a + 2..(a + 5).min(b) {
            let words_ok = (a..k).all(|j| {
                let w = self.word(j);
                let l = self.lower(j);
                is_cap(w)
                    && (j == a || self.joined(j - 1))
                    && !is_acronym(w)
                    && self.title_len(j, b) == 0
                    && !words::TITLE_MODIFIERS.contains(&l)
                    && !words::is_calendar(l)
                    && self.place(j, j + 1).is_none()
            });
            if !words_ok {
                return None;
            }
            let t = self.title_len(k, b);
            if t > 0 && k + t < b && self.joined(k - 1) {
                return Some(k);
            }
        }
        None
    }

    fn title_len(&self, a: usize, b: usize) -> usize {
        // The titles' words, split once and found by their first word, with and without its
        // full stop (reading asks this of nearly every word). Fx-hashed: the keys are the
        // table's own, a page's words are only looked up.
        type ByFirstWord = rustc_hash::FxHashMap<&'static str, Vec<Vec<&'static str>>>;
        static TITLE_WORDS: std::sync::OnceLock<ByFirstWord> = std::sync::OnceLock::new();
        let titles = TITLE_WORDS.get_or_init(|| {
            let mut by_first = ByFirstWord::default();
            for t in words::TITLES {
                let tw: Vec<&str> = t.split(' ').collect();
                let first = tw[0];
                if let Some(bare) = first.strip_suffix('.') {
                    by_first.entry(bare).or_default().push(tw.clone());
                }
                by_first.entry(first).or_default().push(tw);
            }
            by_first
        });
        if a >= b {
            return 0;
        }
        // A service member's noun that is also a given name ("Marine"), after a word that
        // makes it a noun ("the former Marine Paul Whelan"; not "Marine Tondelier"), before
        // a given name and more of a name.
        if matches!(self.lower(a), "marine" | "marines")
            && a > 0
            && matches!(
                self.lower(a - 1),
                "former" | "ex" | "retired" | "veteran" | "a" | "the" | "us" | "u.s." | "american"
            )
            && a + 2 < b
            && self.gaz.is_given(self.word(a + 1))
        {
            return 1;
        }
        // An occupation opening a sentence before a given name and more of a name
        // ("Footballer Hakeem al-Araibi, who ...", "Activist Jane Roe said"): the person's
        // trade, as it would be in small letters.
        if self.toks[a].first
            && words::OCCUPATIONS.contains(&self.lower(a))
            && a + 2 < b
            && (a + 1..b).all(|k| {
                let w = self.word(k);
                is_cap(w) && !is_acronym(w) && words::org_head(self.lower(k)).is_none()
            })
            && self.place(a + 1, a + 2).is_none()
        {
            return 1;
        }
        // Burmese honorifics ("U", "Daw", "Ko", "Ma", "Naw" before a name of words without a
        // surname): the person's style, not their name. Only before two name words or more,
        // and not before themselves: "U Thant", "Ma Ying-jeou" and "Ko Ko Gyi" keep theirs.
        if words::BURMESE_HONORIFICS.contains(&self.word(a))
            && a + 3 <= b
            && self.word(a + 1) != self.word(a)
            && (a + 1..a + 3)
                .all(|k| self.joined(k - 1) && self.name_word(k) && self.title_len(k, k + 1) == 0)
        {
            return 1;
        }
        // "Lady Rennick" where the document styles peers or judges "Lord": a style before the
        // surname, as "Lord" is (see `Reader::styles_peers`).
        if self.styles_peers
            && self.lower(a) == "lady"
            && a + 1 < self.toks.len()
            && self.joined(a)
            && self.name_word(a + 1)
        {
            return 1;
        }
        // The Thai "Khun" before a given name and a surname ("Khun Pornthip Saetang"): a
        // style, as "Mr" or "Ms" is. Not before one word: "Khun Sa" keeps his.
        if self.word(a) == "Khun"
            && a + 3 <= self.toks.len()
            && (a + 1..a + 3).all(|k| self.joined(k - 1) && self.name_word(k))
        {
            return 1;
        }
        let Some(titles) = titles.get(self.lower(a)) else {
            return 0;
        };
        let alike = |l: &str, w: &str| l == w || w.strip_suffix('.') == Some(l);
        // The longest title that fits: the order of the candidates does not matter.
        let mut best = 0;
        for tw in titles {
            if a + tw.len() > b || tw.len() <= best {
                continue;
            }
            if tw
                .iter()
                .enumerate()
                .all(|(k, w)| alike(self.lower(a + k), w))
            {
                best = tw.len();
            }
        }
        // A title word that names a state's department ("the Justice Department", "the
        // Defense Ministry") is no title there.
        if best > 0 && a + best < b && matches!(self.lower(a + best), "department" | "ministry") {
            return 0;
        }
        // Nor in a name written in title case ("Justice For Myanmar"): a campaign's name, not
        // a person's after a title.
        if best > 0 && self.title_cased_small_word(a + best, b) {
            return 0;
        }
        best
    }

    /// Whether token `k` is a small word capitalised inside a name written in title case, a
    /// name word after it within `..b` ("Justice For Myanmar", "Friends Of Tarsk").
    fn title_cased_small_word(&self, k: usize, b: usize) -> bool {
        k + 1 < b && matches!(self.word(k), "For" | "Of" | "Against") && is_cap(self.word(k + 1))
    }

    /// Whether the common noun of a place's kind follows the name ending before `b` ("the
    /// Haj Omaran border crossing", "the Imam Khomeini airport").
    fn place_kind_after(&self, b: usize) -> bool {
        b < self.toks.len()
            && self.joined(b - 1)
            && !self.possessive(b - 1)
            && matches!(
                self.word(b),
                "border"
                    | "crossing"
                    | "checkpoint"
                    | "airport"
                    | "airbase"
                    | "camp"
                    | "bridge"
                    | "dam"
                    | "square"
                    | "highway"
                    | "motorway"
                    | "valley"
                    | "port"
                    | "refinery"
                    | "compound"
                    | "stadium"
                    | "mosque"
                    | "neighbourhood"
                    | "neighborhood"
                    | "river"
                    | "lake"
                    | "mountains"
                    | "district"
                    | "province"
            )
    }

    fn text_of(&self, a: usize, b: usize) -> &'a str {
        let s = self.toks[a].start;
        let e = self.toks[b - 1].end;
        let t = &self.text[s..e];
        strip_possessive(t).0
    }

    /// The place named after "in" at token `k` ("in Vienna", "in the Netherlands"), its
    /// longest name of up to three words that `fits`, with the article a country's name takes:
    /// its first token and the token after it.
    fn place_after_in(
        &self,
        k: usize,
        fits: impl Fn(&words::Place) -> bool,
    ) -> Option<(usize, usize)> {
        self.place_after(k, "in", fits)
    }

    /// The place right after the word `word` at `k` ("in Vienna", "to the Netherlands"): its
    /// longest name there, with the article a country's name takes.
    fn place_after(
        &self,
        k: usize,
        word: &str,
        fits: impl Fn(&words::Place) -> bool,
    ) -> Option<(usize, usize)> {
        let n = self.toks.len();
        if k + 1 >= n || self.lower(k) != word || !self.joined(k) {
            return None;
        }
        let the = usize::from(k + 2 < n && self.word(k + 1) == "the" && self.joined(k + 1));
        let at = k + 1 + the;
        // A state's formal name runs on past "of" ("in the Republic of Colombia", "in the
        // Kingdom of the Netherlands"): the whole name, not its first word.
        if the == 1
            && matches!(
                self.word(at),
                "Republic" | "Kingdom" | "State" | "Federation"
            )
        {
            if let Some(e) = (at + 1 < n && self.lower(at + 1) == "of" && self.joined(at))
                .then(|| country_after_of(self, at + 1))
                .flatten()
            {
                return Some((at, e));
            }
        }
        (1..=3)
            .rev()
            .find(|&len| {
                at + len <= n
                    && (at..at + len - 1).all(|j| self.joined(j))
                    && self.place(at, at + len).is_some_and(|pl| fits(&pl))
            })
            .map(|len| (at, at + len))
    }

    fn place(&self, a: usize, b: usize) -> Option<words::Place> {
        words::places().get(self.text_of(a, b)).copied()
    }

    /// The lower-case word before token `a` (skipping one determiner).
    /// Whether token `a` opens a name in a wire's credit line: after "Reporting by", "Editing
    /// by", "Writing by" (and the names listed after them with "and" or commas), up to the
    /// semicolon or parenthesis that closes the credit.
    fn in_credit_line(&self, a: usize) -> bool {
        let mut k = a;
        let mut after_comma = false;
        for _ in 0..16 {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            let gap = &self.text[self.toks[prev].end..self.toks[k].start];
            if gap.contains([';', '(', ')', '.', '\n']) {
                return false;
            }
            after_comma |= gap.contains(',');
            // Between "by" and a name only names and their connectors: "Compiled by the
            // monitoring desk from Persian-language media" credits nobody by name.
            let connector = matches!(self.lower(prev), "and" | "ben" | "y")
                || NAME_PARTICLES.contains(&self.lower(prev));
            if self.lower(prev) != "by" && !is_cap(self.word(prev)) && !connector {
                return false;
            }
            // A byline's label opening its line: "Authors: Jane Doe, John Roe"; or a credit's,
            // opening its line or after another credit's full stop ("Research: Jane Doe, John
            // Roe. Editing: Ann Poe.").
            // ("Reporter: Jane Roe | Editor: John Doe": each credit after a bar too.)
            let label = |j: usize| {
                (matches!(
                    self.lower(j),
                    "authors" | "author" | "research" | "reporter" | "reporters" | "editor"
                ) || words::CREDIT_WORDS.contains(&self.lower(j)))
                    && self.gap_after(j).starts_with(':')
            };
            if label(prev)
                && (prev == 0
                    || self.gap_after(prev - 1).contains('\n')
                    || self.gap_after(prev - 1).trim() == "|"
                    || (self.gap_after(prev - 1).starts_with(". ")
                        && self.line_opens_on_a_credit_label(prev - 1, label)))
            {
                return true;
            }
            if self.lower(prev) == "by" {
                return (prev > 0
                    && words::CREDIT_WORDS.contains(&self.lower(prev - 1))
                    && self.joined(prev - 1))
                    || (!after_comma && self.byline_opens_at(prev));
            }
            k = prev;
        }
        false
    }

    /// Whether the line token `k` is on opens, at most forty words before it, on a credit's
    /// label (`label`: "Research:").
    fn line_opens_on_a_credit_label(&self, k: usize, label: impl Fn(usize) -> bool) -> bool {
        let mut j = k;
        while j > 0 && k - j < 40 && !self.gap_after(j - 1).contains('\n') {
            j -= 1;
        }
        (j == 0 || self.gap_after(j - 1).contains('\n')) && label(j)
    }

    /// Whether the words `a..b` open a byline of parts set apart by bars, the author's name
    /// first, then the place and the date ("Jane Roe | Madrid | November 28, 2026").
    fn opens_a_byline_of_parts(&self, a: usize, b: usize) -> bool {
        if !self.opens_line(a) || b >= self.toks.len() || !self.gap_after(b - 1).contains('|') {
            return false;
        }
        let rest = &self.text[self.toks[b - 1].end..];
        let line = rest.split('\n').next().unwrap_or(rest);
        line.split_whitespace().count() <= 12
            && line.chars().any(|c| c.is_ascii_digit())
            && !line.trim_end().ends_with(['.', '!', '?'])
    }

    /// Whether token `k` is the "By" of a byline: it opens a short line of its own ("By Selin
    /// Aydemir", "By Linh Tran, Mekong Rights Watch"), not a sentence ("By Monday, police had
    /// ...": a line that long is prose).
    fn byline_opens_at(&self, k: usize) -> bool {
        // Or opens the last part of a line of parts ("Alert · Nairobi · 19 November 2026 ·
        // By Jane Roe and John Doe").
        let opens_part = k > 0 && self.gap_after(k - 1).contains(['·', '|', '•']);
        let opens_line =
            self.word(k) == "By" && (k == 0 || self.gap_after(k - 1).contains('\n') || opens_part);
        if !opens_line {
            return false;
        }
        // What a separator adds is the date or the reading time ("By Jane Roe, Outlet · 24
        // June 2025"): the byline ends before it.
        let line_end = self.text[self.toks[k].start..]
            .find(['\n', '·', '|', '•'])
            .map_or(self.text.len(), |i| self.toks[k].start + i);
        let words_on_line = self.toks[k..]
            .iter()
            .take_while(|t| t.end <= line_end)
            .count();
        words_on_line <= 8 && !self.text[self.toks[k].start..line_end].ends_with('.')
    }

    /// A body's press desk named by its job ("Media Relations", "Media Relations Office",
    /// "Press Office", "Newsdesk"), as a release's contacts give it: no body of its own.
    fn press_desk(&self, a: usize, b: usize) -> bool {
        // Asked of every name read: most fail on their length or first word, unallocated.
        if b - a > 4
            || !matches!(
                self.lower(a),
                "media" | "press" | "communications" | "public" | "newsdesk" | "news"
            )
        {
            return false;
        }
        let words: Vec<&str> = (a..b).map(|k| self.lower(k)).collect();
        let words = match words.split_last() {
            Some((&"office" | &"team" | &"unit", rest)) if !rest.is_empty() => rest,
            _ => &words[..],
        };
        matches!(
            words,
            ["media", "relations"]
                | ["media"]
                | ["press"]
                | ["communications"]
                | ["public", "affairs"]
                | ["media", "and", "communications"]
                | ["newsdesk"]
                | ["news", "desk"]
                | ["press", "desk"]
        )
    }

    fn cue_before(&self, a: usize) -> Option<String> {
        let mut k = a.checked_sub(1)?;
        if !self.joined(k) {
            // "Her lawyer, Cem Aksoy, said": a role, a comma, the name.
            let (before, at) = (self.toks[k], self.toks[a]);
            let w = self.word(k);
            let role = w.to_lowercase();
            let comma = &self.text[before.end..at.start] == ", ";
            // ("A former opposition MP, Lim Kimya, was shot": a member by the house's letters.)
            if comma
                && before.sentence == at.sentence
                && ((!is_cap(w) && words::ROLE_CUES.contains(&role.as_str())) || w == "MP")
            {
                return Some(role);
            }
            // "Our Ambassador in N'Djamena, Jane Roe, said": a role, where it is held, a
            // comma, the name.
            if comma && before.sentence == at.sentence && is_cap(w) {
                let mut j = k;
                while j > 0 && k - j < 3 && self.joined(j - 1) && is_cap(self.word(j - 1)) {
                    j -= 1;
                }
                if j >= 2
                    && matches!(self.lower(j - 1), "in" | "to" | "at")
                    && self.joined(j - 2)
                    && self.place(j, k + 1).is_some()
                    && words::ROLE_CUES.contains(&self.lower(j - 2))
                {
                    return Some(self.lower(j - 2).to_string());
                }
            }
            return None;
        }
        if matches!(self.lower(k), "the" | "a" | "an") && k > 0 {
            k -= 1;
        }
        let w = self.word(k);
        (!is_cap(w) || w == "MP").then(|| w.to_lowercase())
    }

    /// "the arrest of X", "X said", "X's lawyer", "X Y and Z Y" (one surname, two given names).
    fn person_context(&self, a: usize, b: usize) -> bool {
        let no_heads = (a..b).all(|k| words::org_head(self.lower(k)).is_none());
        if !no_heads {
            return false;
        }
        if a >= 2
            && self.lower(a - 1) == "of"
            && self.joined(a - 1)
            && self.joined(a - 2)
            && words::PERSON_OF_CUES.contains(&self.lower(a - 2))
        {
            return true;
        }
        // "My name is Dara Keo", "her name is ...": a person introduced by name.
        if a >= 3
            && b - a >= 2
            && (a - 3..a).all(|k| self.joined(k))
            && matches!(self.lower(a - 3), "my" | "his" | "her")
            && self.lower(a - 2) == "name"
            && self.lower(a - 1) == "is"
        {
            return true;
        }
        // "Pouria Zeraati, who presents ...": a relative "who" follows persons; bodies take
        // "which".
        if b - a >= 2 && (a..b).all(|k| !is_acronym(self.word(k))) {
            let after = &self.text[self.toks[b - 1].end..];
            if after.starts_with(", who ") || after.starts_with(" who ") {
                return true;
            }
        }
        if b < self.toks.len() && self.joined(b - 1) {
            let next = self.lower(b);
            if words::SPEECH_VERBS.contains(&next) && !self.possessive(b - 1) {
                return true;
            }
            if self.possessive(b - 1) && words::PERSON_POSSESSIONS.contains(&next) {
                return true;
            }
        }
        // "Jane Roe is a researcher at ...", "John Doe was the group's director": a name said
        // to be someone of a person's role or occupation, as an author's note closes a text.
        if b - a >= 2 && (a..b).all(|k| !is_acronym(self.word(k))) && self.said_to_be_a_role(b) {
            return true;
        }
        // "Annika Lindqvist's report ... Lindqvist said": the last word speaks on its own
        // elsewhere in the document, as a person's surname does.
        if b - a >= 2 && (a..b).all(|k| !is_acronym(self.word(k))) {
            let last = self.lower(b - 1);
            let speaks = self
                .speakers
                .get(last)
                .is_some_and(|at| at.iter().any(|&k| k < a || k >= b));
            if speaks {
                return true;
            }
        }
        // "Olek Varga and Mira Varga": two names sharing the last word.
        let last = self.lower(b - 1);
        let shares_surname = |x: usize, y: usize| y - x >= 2 && self.lower(y - 1) == last;
        if b + 3 < self.toks.len() && self.joined(b - 1) && self.lower(b) == "and" {
            let c = b + 1;
            let mut d = c;
            while d < self.toks.len()
                && d < c + 3
                && is_cap(self.word(d))
                && (d == c || self.joined(d - 1))
            {
                d += 1;
            }
            if shares_surname(c, d) {
                return true;
            }
        }
        if a >= 4 && self.lower(a - 1) == "and" && self.joined(a - 1) {
            let mut c = a - 1;
            while c > 0 && c + 4 > a && is_cap(self.word(c - 1)) && self.joined(c - 1) {
                c -= 1;
            }
            if shares_surname(c, a - 1) {
                return true;
            }
        }
        false
    }

    /// Whether "is a", "was the" and a role or an occupation follow token `b - 1`, past at
    /// most three words in small letters ("is a senior researcher at"): what a text says of a
    /// person, never of a body ("is a charity").
    fn said_to_be_a_role(&self, b: usize) -> bool {
        let n = self.toks.len();
        if b + 2 >= n
            || !self.joined(b - 1)
            || !matches!(self.lower(b), "is" | "was")
            || !self.joined(b)
            || !matches!(self.lower(b + 1), "a" | "an" | "the")
        {
            return false;
        }
        let mut k = b + 2;
        while k < n && k < b + 6 && self.joined(k - 1) {
            let w = self.lower(k);
            if words::is_appositive_role(w) {
                return true;
            }
            if !self.word(k).starts_with(char::is_lowercase) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// ", a diplomat", ", the President elect of": an appositive role after token b-1.
    /// The lower-case words right before a name, back to an article or a stop ("the Belgian
    /// aid worker X": "belgian aid worker"), if any; at most four.
    fn description_before(&self, a: usize) -> Option<String> {
        let mut k = a;
        while k > 0 && a - k < 4 && self.joined(k - 1) {
            let w = self.word(k - 1);
            // Nor past a relative pronoun or a preposition: "a blogger who mocked X" says
            // what the blogger is, not X; "the lawyer for X" what the lawyer is. Nor past a
            // conjunction, a pronoun, a modal or a verb of speech or naming ("the RSF under
            // X", "among them X", "should release X", "said X", "known as X"): what comes
            // before them describes nothing of X.
            let lw = w.to_lowercase();
            if matches!(
                lw.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "who"
                    | "whom"
                    | "which"
                    | "that"
                    | "for"
                    | "of"
                    | "by"
                    | "with"
                    | "against"
                    | "to"
                    | "from"
                    | "under"
                    | "among"
                    | "as"
                    | "at"
                    | "in"
                    | "on"
                    | "and"
                    | "or"
                    | "but"
                    | "them"
                    | "us"
                    | "should"
                    | "must"
                    | "will"
                    | "would"
                    | "could"
                    | "can"
                    | "may"
                    | "asked"
                    | "known"
                    | "named"
                    | "called"
            ) || words::SPEECH_VERBS.contains(&lw.as_str())
                || !(w.chars().next().is_some_and(char::is_lowercase) || demonym_shaped(w))
            {
                break;
            }
            k -= 1;
        }
        (k < a).then(|| self.text_of(k, a).to_lowercase())
    }

    /// An apposition after a name, up to the next comma or stop (", a historian of modern
    /// Iran at the University of St Andrews,": "historian of modern iran at the university of
    /// st andrews"), if it opens with an article and a lower-case word; at most twelve words.
    fn description_after(&self, b: usize) -> Option<String> {
        let rest = self.text[self.toks[b - 1].end..].strip_prefix(", ")?;
        // When the description held ("X, then the region's party secretary,", "X, now a
        // lawyer,").
        let rest = ["then ", "now ", "formerly ", "once "]
            .iter()
            .find_map(|when| rest.strip_prefix(when))
            .unwrap_or(rest);
        let rest = ["a ", "an ", "the "]
            .iter()
            .find_map(|art| rest.strip_prefix(art))?;
        // A nationality may open it ("the Swedish-Iranian lawyer", "a British academic").
        let nationality = rest.split_whitespace().next().is_some_and(|w| {
            w.split('-').all(|part| {
                part.chars().next().is_some_and(char::is_lowercase)
                    || words::places()
                        .get(part)
                        .is_some_and(|p| p.kind == PlaceKind::Demonym)
            })
        });
        if !rest.chars().next().is_some_and(char::is_lowercase) && !nationality {
            return None;
        }
        let end = rest
            .find([',', '.', ';', '(', '"', '\n'])
            .unwrap_or(rest.len());
        let words: Vec<&str> = rest[..end].split_whitespace().take(12).collect();
        (!words.is_empty()).then(|| words.join(" ").to_lowercase())
    }

    fn appositive_after(&self, b: usize) -> bool {
        let rest = self.after_a_parenthesis(&self.text[self.toks[b - 1].end..]);
        let Some(rest) = rest.strip_prefix(", ") else {
            return false;
        };
        let mut ws = rest.split_whitespace().peekable();
        let first = ws.next().unwrap_or("").to_lowercase();
        let article = matches!(first.as_str(), "a" | "an" | "the");
        let mut role = if article {
            ws.next().unwrap_or("").to_string()
        } else {
            first
        };
        // The head noun of a short noun phrase after the article: "X, a terrorism researcher
        // at ...", "X, a former vice president of ...".
        if article {
            let mut head = None;
            for w in rest.split_whitespace().skip(1).take(4) {
                let lw = w.to_lowercase();
                let bare = lw.trim_end_matches([',', '.', ';']);
                // So does a relative clause with no pronoun of its own ("the opposition leader
                // you describe as ...", "the lawyer he hired").
                if matches!(
                    bare,
                    "at" | "of"
                        | "for"
                        | "in"
                        | "with"
                        | "from"
                        | "who"
                        | "whose"
                        | "that"
                        | "and"
                        | "which"
                        | "where"
                        | "when"
                        | "you"
                        | "he"
                        | "she"
                        | "we"
                        | "they"
                        | "i"
                ) {
                    break;
                }
                // A participle after the head noun opens a clause ("a development worker
                // stopped at ...", "a labour activist registered with ...", "a student
                // returning from ...").
                if head.is_some()
                    && bare.len() > 4
                    && (bare.ends_with("ed") || bare.ends_with("ing"))
                {
                    break;
                }
                head = Some(bare.to_string());
                // A comma or full stop ends the phrase; an abbreviation's does not ("the U.S.
                // attorney in Brooklyn").
                if bare.len() != lw.len() && !bare.contains('.') {
                    break;
                }
            }
            if head.is_some_and(|h| words::is_appositive_role(&h)) {
                return true;
            }
        }
        // Past a nationality or a modifier: "X, a Rwandan refugee", "X, a former diplomat".
        for _ in 0..2 {
            if words::is_appositive_role(role.to_lowercase().trim_end_matches([',', '.'])) {
                break;
            }
            let last = role.split('-').next_back().unwrap_or("");
            let qualifier = names_a_people(last)
                || words::TITLE_MODIFIERS.contains(&role.to_lowercase().as_str())
                // "X, Special Rapporteur on ...", "X, Special Envoy for ...", and the words
                // before an office in a speaker's line ("X, Executive Director, ...").
                || matches!(
                    role.to_lowercase().as_str(),
                    "special" | "executive" | "managing" | "legal" | "regional" | "founding"
                );
            match ws.peek() {
                Some(next) if qualifier => {
                    role = next.to_string();
                    ws.next();
                }
                _ => break,
            }
        }
        let role = role.to_lowercase();
        let role = role.trim_end_matches([',', '.']);
        // An age: "Kamran Esfahani, 44, had ...", "X, a 24-year-old engineering student".
        self.age_after(b) || role.ends_with("-year-old") || words::is_appositive_role(role)
    }

    /// The text after a name, past a short parenthesis written straight after it (a nickname
    /// or an alias: "X (known as "Ton"), a labour activist", "Y ("Tar"), who ...").
    fn after_a_parenthesis<'t>(&self, rest: &'t str) -> &'t str {
        rest.strip_prefix(" (")
            .and_then(|r| r.find(')').filter(|&i| i <= 40).map(|i| &r[i + 1..]))
            .filter(|_| !rest[2..].starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(rest)
    }

    /// Whether a relative clause of a person opens after the name, past a nickname in
    /// parentheses perhaps ("Wanchalearm Satsaksit ("Tar"), who lived ..."): bodies take
    /// "which".
    fn who_after(&self, b: usize) -> bool {
        self.after_a_parenthesis(&self.text[self.toks[b - 1].end..])
            .strip_prefix(", who ")
            .is_some()
    }

    /// Whether an apposition after token `b - 1` says a body is named: ", a Dutch-Moroccan
    /// drug-trafficking organization", ", a separatist group that ...": the apposition's head
    /// noun (its last word before a comma, a relative or a preposition) is a body's kind.
    fn appositive_body_after(&self, b: usize) -> bool {
        let rest = &self.text[self.toks[b - 1].end..];
        let Some(rest) = rest.strip_prefix(", ") else {
            return false;
        };
        let mut ws = rest.split_whitespace().peekable();
        if !ws
            .peek()
            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
        {
            return false;
        }
        ws.next();
        let mut head: Option<String> = None;
        let mut before_head: Option<String> = None;
        let ws: Vec<&str> = ws.take(6).collect();
        for (i, &w) in ws.iter().enumerate() {
            // The head noun comes before any preposition, relative or name; a nationality
            // ("Dutch-Moroccan", "Iraqi") is an adjective, and so is a place's name heading
            // a compound ("a Kish Island-based exchange house").
            let nationality = w.contains('-')
                || words::places()
                    .get(w.trim_end_matches([',', '.']))
                    .is_some_and(|p| p.kind == PlaceKind::Demonym);
            let heads_a_compound = ws[i + 1..]
                .iter()
                .take(2)
                .find(|n| !n.chars().next().is_some_and(char::is_uppercase) || n.contains('-'))
                .is_some_and(|n| {
                    words::COMPOUND_ADJECTIVE_ENDINGS
                        .iter()
                        .any(|e| n.to_lowercase().ends_with(e))
                });
            if w.chars().next().is_some_and(char::is_uppercase) && !nationality && !heads_a_compound
            {
                break;
            }
            let l = w.to_lowercase();
            let bare = l.trim_end_matches([',', '.', ';', ':', ')']);
            if words::SENTENCE_STOPWORDS.contains(&bare)
                || matches!(bare, "based" | "whose" | "near" | "under")
            {
                break;
            }
            if bare.ends_with("'s") || bare.ends_with("’s") {
                return false;
            }
            before_head = head.take();
            head = Some(bare.to_string());
            if bare.len() != l.len() {
                break;
            }
        }
        // "an exchange house", "a publishing house": a house of a trade is a firm.
        let trade_house = head.as_deref() == Some("house")
            && before_head.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "exchange" | "trading" | "publishing" | "fashion" | "auction" | "brokerage"
                )
            });
        trade_house
            || head.is_some_and(|h| {
                words::BODY_NOUNS.contains(&h.as_str())
                    || words::GROUP_NOUNS.contains(&h.as_str())
                    || matches!(
                        h.as_str(),
                        "party" | "organisation" | "organization" | "faction"
                    )
            })
    }

    /// Whether an age follows token `b - 1` between commas ("Arash Feizollahi, 41, of ...",
    /// "(Kamran Esfahani, 44)").
    /// Whether the word at `k` is an acronym written as a modifier's first part, a hyphen and
    /// a word in small letters after it ("IRGC-affiliated", "COVID-related").
    fn acronym_modifier(&self, k: usize) -> bool {
        k + 1 < self.toks.len()
            && self.gap_after(k) == "-"
            && self.word(k + 1).starts_with(char::is_lowercase)
            && is_acronym(self.word(k))
    }

    /// Whether the name at `a` follows a noun of kinship and "of", past an article and a few
    /// small words of who the kinsman is ("the son of Yusuf al-Qaradawi", "son of the
    /// dissident Hada").
    fn named_as_kin(&self, a: usize) -> bool {
        let mut j = a;
        while j > a.saturating_sub(3)
            && j > 0
            && self.joined(j - 1)
            && self.word(j - 1).starts_with(char::is_lowercase)
            && self.lower(j - 1) != "of"
        {
            j -= 1;
        }
        j >= 2 && self.lower(j - 1) == "of" && words::KIN_NOUNS.contains(&self.lower(j - 2))
    }

    /// Whether an email address in angle brackets follows the name, as a mail header
    /// writes its sender and recipients ("From: Jane Roe <jane.roe@example.org>").
    fn email_address_after(&self, b: usize) -> bool {
        self.text[self.toks[b - 1].end..]
            .strip_prefix(" <")
            .and_then(|r| r.split_once('>'))
            .is_some_and(|(address, _)| {
                address.len() <= 80
                    && address.contains('@')
                    && !address.contains(char::is_whitespace)
            })
    }

    /// Whether the name ending at `b` is followed by the year its bearer was born, or the
    /// years of their life, in parentheses ("Jane Roe (b. 1984)", "(born 1979)", "(1921–1990)"),
    /// as a catalogue or an obituary gives them: a person's.
    fn birth_year_after(&self, b: usize) -> bool {
        let Some(inside) = self.text[self.toks[b - 1].end..].strip_prefix(" (") else {
            return false;
        };
        let inside = inside
            .strip_prefix("b. ")
            .or_else(|| inside.strip_prefix("born "))
            .unwrap_or(inside);
        let digits = inside.bytes().take_while(u8::is_ascii_digit).count();
        digits == 4
            && (inside.starts_with("19") || inside.starts_with("20") || inside.starts_with("18"))
            && inside[4..].starts_with([')', '–', '-', ','])
    }

    fn age_after(&self, b: usize) -> bool {
        let rest = &self.text[self.toks[b - 1].end..];
        rest.strip_prefix(", ").is_some_and(|r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && r[digits..].starts_with([',', ')'])
        })
    }

    /// Whether a birth is given in parentheses right after token `b - 1`, as a profile's
    /// opening line gives it ("Roya Karimzadeh (Persian: ...; born 14 March 1981) is ...").
    fn birth_after(&self, b: usize) -> bool {
        let rest = &self.text[self.toks[b - 1].end..];
        // The closing parenthesis within 200 bytes (an ASCII byte, so a char boundary):
        // asked of every short run, it must not scan the rest of the page.
        let Some(r) = rest.strip_prefix(" (") else {
            return false;
        };
        r.bytes()
            .take(200)
            .position(|c| c == b')')
            .is_some_and(|close| {
                r[..close]
                    .split([';', ',', '('])
                    .any(|field| field.trim_start().starts_with("born "))
            })
    }

    /// "(PMOI/MEK)" right after token b-1: the acronyms' token indexes.
    /// Whether a legislator's party and state follow token `b - 1` in parentheses.
    fn party_and_state_after(&self, b: usize) -> bool {
        let rest = &self.text[self.toks[b - 1].end..];
        rest.strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .is_some_and(|(inside, _)| affiliation(inside))
    }

    fn acronyms_after(&self, b: usize) -> Vec<usize> {
        let end = self.toks[b - 1].end;
        let rest = &self.text[end..];
        let trimmed = rest.trim_start_matches([' ', '’', '\'', 's']);
        if !trimmed.starts_with('(') {
            return self.acronym_known_as(b).into_iter().collect();
        }
        let Some(close) = trimmed.find(')') else {
            return Vec::new();
        };
        if affiliation(&trimmed[1..close]) {
            return Vec::new();
        }
        let open_at = end + (rest.len() - trimmed.len());
        let close_at = open_at + close;
        let mut out = Vec::new();
        let mut k = b;
        while k < self.toks.len() && self.toks[k].end <= close_at {
            if !is_acronym(self.word(k)) && !mixed_case_acronym(self.word(k)) {
                return Vec::new();
            }
            out.push(k);
            k += 1;
        }
        out
    }

    /// An acronym a body's name ending at `b` is given in words: ", known as the DSN", ",
    /// known by its German initials DSN", ", also known as DSN".
    fn acronym_known_as(&self, b: usize) -> Option<usize> {
        let n = self.toks.len();
        // Of a name, not of a description ("the Iranian ministry, known as MODAFL" names the
        // body only by its acronym).
        if b >= n || !is_cap(self.word(b - 1)) || !self.gap_after(b - 1).contains(',') {
            return None;
        }
        let mut k = b;
        if self.lower(k) == "also" && k + 1 < n {
            k += 1;
        }
        if self.lower(k) != "known" || k + 2 >= n || !self.joined(k) {
            return None;
        }
        k += 1;
        // Declared an acronym in words, it may be written as a word ("known by its Swedish
        // acronym Sapo").
        let mut declared = false;
        match self.lower(k) {
            "as" => k += 1,
            "by" => {
                declared = true;
                // "by its German initials", "by the acronym"
                let mut j = k + 1;
                while j < n.min(k + 5) && self.joined(j - 1) {
                    if matches!(self.lower(j), "initials" | "acronym" | "abbreviation") {
                        break;
                    }
                    j += 1;
                }
                if j >= n.min(k + 5)
                    || !matches!(self.lower(j), "initials" | "acronym" | "abbreviation")
                {
                    return None;
                }
                k = j + 1;
            }
            _ => return None,
        }
        if k < n && self.lower(k) == "the" && self.joined(k - 1) {
            k += 1;
        }
        // So is a short name set off by commas, as agencies' short names are written
        // ("the Swedish Security Service, known as Säpo, said"), that names no place.
        let short_name = k < n
            && is_cap(self.word(k))
            && self.word(k).chars().count() <= 8
            && (k + 1 >= n || self.gap_after(k).starts_with(','))
            && self.place(k, k + 1).is_none()
            && !words::SENTENCE_STOPWORDS.contains(&self.lower(k));
        let written_as_acronym = is_acronym(self.word(k))
            || mixed_case_acronym(self.word(k))
            || short_name
            || (declared && is_cap(self.word(k)) && self.word(k).chars().count() <= 8);
        if k >= n || !self.joined(k - 1) || !written_as_acronym {
            return None;
        }
        // The acronym ends the phrase: "known as DSN agents" is no definition.
        (k + 1 >= n || !self.joined(k)).then_some(k)
    }

    fn classify_core(&self, a: usize, b: usize) -> (Option<MentionKind>, &'static str) {
        let n = b - a;
        if self.press_desk(a, b) {
            return (None, "a press office's desk");
        }
        let last = self.lower(b - 1);
        let has_org_head = (a..b).any(|k| words::org_head(self.lower(k)).is_some());
        if (words::OTHER_HEADS.contains(&last) && !self.body_head_with_complement(a, b))
            || (!has_org_head
                && n >= 2
                && (a + 1..b).any(|k| words::OTHER_HEADS.contains(&self.lower(k))))
        {
            return (None, "agreement, law or other non-entity");
        }
        if words::EVENT_HEADS.contains(&last) && n >= 2 {
            return (Some(MentionKind::Event), "event head word");
        }
        // A venue ("the Radisson Conference Centre", "Expo Convention Center"): where people
        // meet, not a body.
        if n >= 3
            && matches!(last, "centre" | "center")
            && matches!(
                self.lower(b - 2),
                "conference" | "convention" | "congress" | "exhibition" | "expo" | "events"
            )
        {
            return (Some(MentionKind::Place), "a venue");
        }
        let mut head = None;
        for k in a..b {
            if let Some(public) = words::org_head(self.lower(k)) {
                head = Some(public);
            }
        }
        // A head word that is a common surname after a known given name is a person's name
        // ("John Chambers", "Frank Church"), not a body's.
        let given_and_surname =
            n == 2 && matches!(last, "chambers" | "church") && self.gaz.is_given(self.word(a));
        if let Some(public) = head.filter(|_| !given_and_surname) {
            // One word of its own: the seats of power known so, and a legislature named by its
            // kind, capitalised ("told Parliament", "Congress passed").
            // (Not "Senate" alone: a German court's panel is its "Senate".)
            let alone = matches!(
                self.lower(a),
                "pentagon"
                    | "kremlin"
                    | "parliament"
                    | "congress"
                    | "knesset"
                    | "duma"
                    | "sejm"
                    | "majlis"
            );
            if n >= 2 || alone {
                let kind = if public {
                    MentionKind::PublicBody
                } else {
                    MentionKind::Organization
                };
                return (Some(kind), "organisation head word");
            }
        }
        if let Some(p) = self.place(a, b) {
            return match p.kind {
                PlaceKind::Demonym => (None, "demonym"),
                PlaceKind::City
                    if p.population < 100_000
                        && !matches!(
                            self.cue_before(a).as_deref(),
                            Some("in" | "at" | "near" | "from" | "to" | "outside")
                        ) =>
                {
                    (None, "small town name without a place cue")
                }
                // "Milan" the city and Milan the given name: a big city, or a place cue, wins.
                PlaceKind::City
                    if p.population < 500_000
                        && n == 1
                        && self.gaz.is_given(self.word(a))
                        && !matches!(
                            self.cue_before(a).as_deref(),
                            Some("in" | "at" | "near" | "from" | "to" | "outside")
                        ) =>
                {
                    (None, "given name")
                }
                _ => (Some(MentionKind::Place), "place gazetteer"),
            };
        }
        if n >= 2 {
            if let Some(kind) = self.gaz.lookup(self.text_of(a, b)) {
                return (Some(kind), "name gazetteer");
            }
        }
        // "Britain's Foreign Secretary said": a portfolio and a title, nobody's name.
        if (a..b)
            .all(|k| words::PORTFOLIOS.contains(&self.lower(k)) || self.title_len(k, k + 1) > 0)
        {
            return (None, "a title without a name");
        }
        // "Hong Kongers", "New Yorkers", "Londoners": a place's people, not a person.
        if let Some(stem) = self.text_of(a, b).strip_suffix("ers") {
            if words::places().get(stem).is_some() {
                return (None, "a place's people");
            }
        }
        // "the First Defendant", "the Claimant": a party to a case named by its role.
        let ordinal = |w: &str| {
            is_ordinal(w)
                || matches!(
                    w,
                    "first"
                        | "second"
                        | "third"
                        | "fourth"
                        | "fifth"
                        | "sixth"
                        | "seventh"
                        | "eighth"
                        | "ninth"
                        | "tenth"
                )
        };
        if (a..b).all(|k| ordinal(self.lower(k)) || words::PLAIN_NOUNS.contains(&self.lower(k))) {
            return (None, "a common noun of a role");
        }
        // "(Reporting by Bart Meijer and Stephanie van den Berg; Editing by Toby Chopra)".
        // Not the role after a name there ("Authors: Jane Roe, Partner; ..."), a role's word
        // closing words no known given name opens.
        let a_role = words::is_appositive_role(self.lower(b - 1))
            && !(a..b).any(|k| self.gaz.is_given(self.word(k)));
        // A byline naming a desk, not a person ("By Crime correspondent", "By Staff writer").
        let a_desk = b < self.toks.len()
            && self.joined(b - 1)
            && matches!(
                self.word(b),
                "correspondent"
                    | "correspondents"
                    | "reporter"
                    | "reporters"
                    | "editor"
                    | "writer"
                    | "writers"
                    | "staff"
                    | "desk"
                    | "team"
            );
        if n <= 5
            && is_cap(self.word(a))
            && is_cap(self.word(b - 1))
            && !is_acronym(self.word(a))
            && !a_role
            && (self.in_credit_line(a) || self.opens_a_byline_of_parts(a, b))
        {
            if a_desk {
                return (None, "a desk named in a byline");
            }
            return (Some(MentionKind::Person), "credit line");
        }
        // A given name opening two words is a person's whatever the apposition says ("Ali
        // Karimi, a charity ..." is rare, but so is a body of two words opening with one).
        if self.appositive_body_after(b) && (n >= 3 || !self.gaz.is_given(self.word(a))) {
            return (Some(MentionKind::Organization), "appositive body after");
        }
        let all_names = (a..b).all(|k| {
            let w = self.word(k);
            // No person's name holds "for" or "and" ("Lawyers for Human Rights").
            !matches!(w, "for" | "and")
                && !is_acronym(w)
                && words::places()
                    .get(w)
                    .is_none_or(|p| p.kind == PlaceKind::City)
                && !words::looks_like_common_noun(self.lower(k))
        });
        // Particles inside a name are not its words: "Ignacio Berenguer Sáenz de Tejada" has
        // four, as Spanish, Dutch and Arabic names with "de la", "van der", "bin" may.
        let name_words = (a..b)
            .filter(|&k| k == a || k + 1 == b || !NAME_PARTICLES.contains(&self.lower(k)))
            .count();
        let name_sized = (2..=4).contains(&name_words) && n <= 6;
        // "Singh" and "Kaur" after a given name are a Sikh's name words, never a body's or a
        // place's ("Hardeep Singh Nijjar", "Tejinder Kaur Grewal"), known given name or not.
        let sikh = (a + 1..b).any(|k| matches!(self.lower(k), "singh" | "kaur"));
        // "the Haj Omaran border crossing", "the Imam Khomeini airport": a name set before
        // the common noun of a place's kind names that place, not a person.
        if name_sized && all_names && self.place_kind_after(b) {
            return (Some(MentionKind::Place), "a place named before its kind");
        }
        // "Julius Nyerere International Airport", "Imam Khomeini Square": a place named after
        // a person, the capitalised word of its kind closing the name.
        if n >= 2 && is_cap(self.word(b - 1)) && words::PLACE_KINDS.contains(&last) {
            return (Some(MentionKind::Place), "a place named by its kind");
        }
        // (Not a title taken for a given name, "Chief Executive"; nor a place of two words
        // opening the run, "Hong Kong Economic ...".)
        let opens_on_a_place = b - a >= 3 && self.place(a, a + 2).is_some();
        if name_sized
            && all_names
            && !opens_on_a_place
            && (sikh
                || (self.gaz.is_given(self.word(a))
                    && !(title_or_common_word(self.lower(a))
                        && (title_or_common_word(self.lower(b - 1))
                            || matches!(
                                self.lower(b - 1),
                                "executive"
                                    | "officer"
                                    | "inspector"
                                    | "constable"
                                    | "superintendent"
                                    | "prosecutor"
                            )))))
        {
            return (Some(MentionKind::Person), "given name");
        }
        // A son's or daughter's patronymic inside the name ("Nurul Huda binti Kassim", "Ali
        // bin Omar"): a person's, known given name or not.
        if name_sized
            && all_names
            && (a + 1..b - 1).any(|k| PATRONYMIC_PARTICLES.contains(&self.word(k)))
        {
            return (Some(MentionKind::Person), "a patronymic inside the name");
        }
        if name_sized && all_names {
            if let Some(cue) = self.cue_before(a) {
                if words::is_person_cue(cue.as_str()) {
                    return (Some(MentionKind::Person), "person cue before");
                }
            }
            if self.appositive_after(b) || (name_words >= 2 && self.who_after(b)) {
                return (Some(MentionKind::Person), "appositive role after");
            }
            if self.email_address_after(b) {
                return (Some(MentionKind::Person), "an email address's owner");
            }
            if self.birth_year_after(b) {
                return (Some(MentionKind::Person), "a birth year after the name");
            }
            // "Tommy Thomas as Attorney General released ...": an office held.
            if b + 1 < self.toks.len()
                && self.joined(b - 1)
                && self.lower(b) == "as"
                && self.joined(b)
                && is_cap(self.word(b + 1))
                && self.title_len(b + 1, (b + 4).min(self.toks.len())) > 0
            {
                return (Some(MentionKind::Person), "an office held after the name");
            }
            // "a Frenchman identified as X", "a man named as X": names a court or the police
            // give a person.
            let introduced = matches!(self.introduced_by(a), Some("identified" | "named"))
                && !(a..b).any(|k| words::org_head(self.lower(k)).is_some());
            if introduced {
                return (Some(MentionKind::Person), "named as a person");
            }
            if self.person_context(a, b) {
                return (Some(MentionKind::Person), "person context");
            }
        }
        // A short name in words after "known as" ("Säpo") makes a body only of a name with a
        // body's head word: after a person's name it is the person's nickname ("Yusuf Bakr
        // Dawal, known as Tarbush").
        let acronyms = if n >= 2 {
            self.acronyms_after(b)
        } else {
            Vec::new()
        };
        let spelt = |k: &usize| is_acronym(self.word(*k)) || mixed_case_acronym(self.word(*k));
        if !acronyms.is_empty() && (has_org_head || acronyms.iter().all(spelt)) {
            return (Some(MentionKind::Organization), "defines an acronym");
        }
        // "Dana Whitfield (D-N.Y.)": a legislator, by party and state.
        if name_sized && all_names && self.party_and_state_after(b) {
            return (Some(MentionKind::Person), "party and state after");
        }
        (None, "unclassified")
    }

    /// A run that is a body's name and then a person's (the body's head word before a known
    /// given name opening two to four name words at the end): the two pieces, the body with its
    /// kind and the person with the body as the role's context. `None` when the run is one name.
    fn body_then_person(&self, a: usize, b: usize) -> Option<Vec<Piece>> {
        let head_at = (a..b).find(|&k| words::org_head(self.lower(k)).is_some())?;
        let k = (head_at + 1..b.saturating_sub(1)).find(|&k| {
            (2..=4).contains(&(b - k))
                && self.gaz.is_given(self.word(k))
                && self.classify_core(k, b).0 == Some(MentionKind::Person)
        })?;
        let person = Piece {
            a: k,
            b,
            kind: Some(MentionKind::Person),
            role: None,
            rule: "person after the body's name",
            pending: false,
            fallback: None,
        };
        // A head word alone that is also a title is the person's title ("Prosecutor Alison
        // Morgan told the court"), not a body.
        if k == a + 1 && is_title_word(self, a) {
            return Some(vec![person]);
        }
        // "the Kings Romans Group of Zhao Wei": the body's name ends before the word that
        // ties the person to it.
        let mut body_end = k;
        while body_end > head_at + 1 && matches!(self.lower(body_end - 1), "of" | "and" | "for") {
            body_end -= 1;
        }
        let (body_kind, body_rule) = self.classify_core(a, body_end);
        if !matches!(
            body_kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) {
            return None;
        }
        Some(vec![
            Piece {
                a,
                b: body_end,
                kind: body_kind,
                role: None,
                rule: body_rule,
                pending: false,
                fallback: None,
            },
            person,
        ])
    }

    /// Cut a run into titles, organisations, places and names.
    /// Whether the word at `k` joins peoples' names with hyphens ("Swedish-Iranian",
    /// "Dutch-Moroccan"), each one the gazetteer's or shaped like one.
    fn demonym_compound(&self, k: usize) -> bool {
        let w = self.word(k);
        w.contains('-') && w.split('-').all(names_a_people)
    }

    /// Where the body's name starts after a role and "of" opening the run `a..b` ("Chair of
    /// the X Mission"): the rest must read as a body (a head word in it, an acronym or a name
    /// the gazetteer knows opening it), and the run as a whole must not be a name the
    /// gazetteer knows.
    fn body_after_a_role_of(&self, a: usize, b: usize) -> Option<usize> {
        if a + 2 >= b || self.lower(a + 1) != "of" {
            return None;
        }
        let role = self.lower(a);
        let is_role = words::is_appositive_role(role)
            || matches!(
                role,
                "staff"
                    | "members"
                    | "employees"
                    | "officials"
                    | "officers"
                    | "leaders"
                    | "representatives"
                    | "delegates"
                    | "supporters"
                    | "volunteers"
                    | "lawyers"
            );
        // A title of several words is read as one ("Secretary of State for the Home
        // Department": the title, then its department).
        if !is_role || self.title_len(a, b) > 1 || self.gaz.lookup(self.text_of(a, b)).is_some() {
            return None;
        }
        let c = if self.lower(a + 2) == "the" {
            a + 3
        } else {
            a + 2
        };
        (is_cap(self.word(c)) && self.reads_as_body(c, b)).then_some(c)
    }

    /// Whether the words `x..y` read as a body's name: a head word among them, an acronym or a
    /// name the gazetteer knows opening them.
    fn reads_as_body(&self, x: usize, y: usize) -> bool {
        x < y
            && ((x..y).any(|k| words::org_head(self.lower(k)).is_some())
                || is_acronym(self.word(x))
                || (x + 1..=y).any(|e| self.gaz.lookup(self.text_of(x, e)).is_some()))
    }

    fn pieces(&self, a0: usize, b: usize) -> Vec<Piece> {
        let mut out = Vec::new();
        let mut a = a0;
        // Words capitalised only because they open the sentence; months and weekdays.
        while a < b {
            let l = self.lower(a);
            // An adverb ending in -ly ("Separately"), not a name with a capital inside
            // ("El-Shazly") or one the document capitalises inside a sentence too
            // ("Nurlanuly").
            let adverb = l.ends_with("ly")
                && !self.word(a).chars().skip(1).any(char::is_uppercase)
                && !self.capitalised_inside.contains(l);
            // A dateline's dash opens the sentence after it ("MADRID — Investigators of ...").
            let after_dateline_dash = a > 0 && self.gap_after(a - 1).trim().starts_with(['—', '–']);
            // A known body's name of several words opening its line ("Human Rights Watch" as
            // a list's item, where the page says "human rights" too) keeps its first word.
            let known_whole = || {
                a == a0
                    && b - a >= 2
                    && self
                        .gaz
                        .lookup(&self.text[self.toks[a].start..self.toks[b - 1].end])
                        .is_some()
            };
            // A name in title case, its small words capitalised ("Justice For Myanmar"), keeps
            // the word that opens it, whatever the document writes in small letters.
            let opener = (self.toks[a].first || self.after_speaker_label(a) || after_dateline_dash)
                && !self.title_cased_small_word(a + 1, b)
                && (words::SENTENCE_STOPWORDS.contains(&l)
                    || adverb
                    || ((self.lowercase_words.contains(l)
                        || (a + 1 < b && !is_cap(self.word(a + 1)) && !self.known_word(a)))
                        && !known_whole()))
                // A colon ends a label and a capital after it opens what is said ("Question
                // (Jane Roe, Tarsk Radio): Has the Office ..."): a sentence's word opens no name.
                || (a > 0
                    && self.gap_after(a - 1).trim_end().ends_with(':')
                    && words::SENTENCE_STOPWORDS.contains(&l));
            // "Jan" before a surname is a given name, not January ("Jan Peeters", "Jun Wang").
            let given_not_month = l.len() == 3
                && a + 1 < b
                && is_cap(self.word(a + 1))
                && !words::is_calendar(self.lower(a + 1))
                && self.gaz.is_given(self.word(a));
            let calendar = words::is_calendar(l) && !given_not_month;
            // "Norway-based", "Iran-backed": an adjective before the name, not part of it.
            let compound_adjective = a + 1 < b && words::is_compound_adjective(l);
            // The pronoun I, alone or contracted ("I'm Mark Feldman"), is nobody's name.
            let pronoun = matches!(
                self.word(a),
                "I" | "I'm" | "I’m" | "I've" | "I’ve" | "I'd" | "I’d" | "I'll" | "I’ll"
            );
            if opener
                || pronoun
                || matches!(l, "the" | "a" | "an")
                || calendar
                || compound_adjective
            {
                a += 1;
            } else {
                break;
            }
        }
        // A place of two words made an adjective ("Hong Kong-registered", "New York-based")
        // opens no name either: what follows it does.
        if let Some(k) = (a..b.saturating_sub(1))
            .take(3)
            .find(|&k| words::is_compound_adjective(self.lower(k)))
        {
            a = k + 1;
        }
        // Connectors never open a name.
        while a < b && !is_cap(self.word(a)) {
            a += 1;
        }
        if a >= b {
            return out;
        }
        // A role and "of" opening a run name the body that follows ("Chair of the Fact-Finding
        // Mission", "Staff of BBC Persian", "Director of the Federal Bureau of Investigation"):
        // the body is read alone, its holder is the person named nearby, and no body's name
        // opens on a role and "of" (a head word for others: "General Staff" ends on it).
        if let Some(c) = self.body_after_a_role_of(a, b) {
            // The run went on across "and" for the role's "of" ("Staff of BBC Persian and
            // Iran International"): two bodies, each a name of its own.
            let and = (c + 1..b)
                .find(|&k| self.lower(k) == "and")
                .filter(|&k| !(c..k).any(|j| matches!(self.lower(j), "of" | "for")))
                .filter(|&k| self.reads_as_body(c, k) && self.reads_as_body(k + 1, b));
            match and {
                Some(k) => {
                    out.extend(self.pieces(c, k));
                    out.extend(self.pieces(k + 1, b));
                }
                None => out.extend(self.pieces(c, b)),
            }
            return out;
        }
        // A body's acronym and the state it belongs to ("the KGB of Belarus", "the FSB of
        // Russia"): the acronym names the body, the place after "of" only says whose it is.
        if b - a >= 3
            && is_acronym(self.word(a))
            && self.lower(a + 1) == "of"
            && self.gaz.lookup(self.text_of(a, b)).is_none()
            && self
                .place(a + 2, b)
                .is_some_and(|p| p.kind == PlaceKind::Country)
        {
            out.extend(self.pieces(a, a + 1));
            out.extend(self.pieces(a + 2, b));
            return out;
        }
        // A run with a title in it that is a name the gazetteers know whole is that name
        // ("the General Intelligence and Security Service"; "the United Nations High
        // Commissioner for Refugees", an agency called after its head's office), not a title
        // and a person's nor a body and its officer's.
        if b - a >= 3 && (a..b - 1).any(|k| self.title_len(k, b) > 0) {
            if let Some(kind) = self.gaz.lookup(self.text_of(a, b)) {
                out.push(Piece {
                    a,
                    b,
                    kind: Some(kind),
                    role: None,
                    rule: "name gazetteer",
                    pending: false,
                    fallback: None,
                });
                return out;
            }
        }
        // A known body's national section, its country closing the name ("Amnesty
        // International UK", "Reporters Without Borders Germany"), or its regional unit, a
        // quarter of the compass closing it ("Counter Terrorism Policing North West"): one
        // body's name.
        let compass = |k: usize| {
            matches!(
                self.lower(k),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "north-west"
                    | "north-east"
                    | "south-west"
                    | "south-east"
                    | "northwest"
                    | "northeast"
                    | "southwest"
                    | "southeast"
            )
        };
        let regional_unit = (b - a >= 4 && compass(b - 2) && compass(b - 1))
            .then(|| self.gaz.lookup(self.text_of(a, b - 2)))
            .flatten()
            .filter(|k| matches!(k, MentionKind::Organization | MentionKind::PublicBody));
        if let Some(kind) = regional_unit {
            out.push(Piece::found(a, b, kind, "a known body's regional unit"));
            return out;
        }
        if b - a >= 3
            && matches!(
                self.gaz.lookup(self.text_of(a, b - 1)),
                Some(MentionKind::Organization)
            )
            && self
                .place(b - 1, b)
                .is_some_and(|p| p.kind == PlaceKind::Country)
        {
            out.push(Piece::found(
                a,
                b,
                MentionKind::Organization,
                "a known body's national section",
            ));
            return out;
        }
        // Two conjuncts, the second a titled person's ("... Eastern District of Virginia and
        // Trial Attorney Paul Ostrowski of the ..."): each is read alone, so the body's head
        // word at the end does not make the whole a body.
        if let Some(and) = (a + 1..b.saturating_sub(2)).find(|&k| {
            let t = self.title_len(k + 1, b);
            self.lower(k) == "and"
                && t > 0
                && k + 1 + t < b
                && is_cap(self.word(k + 1 + t))
                && self.gaz.is_given(self.word(k + 1 + t))
        }) {
            out.extend(self.pieces(a, and));
            out.extend(self.pieces(and + 1, b));
            return out;
        }
        // A person's name, then "for" or "of" and more of the run ("Gordon Reyes for the
        // Eastern District of Virginia"): no body's name opens on a given name and a surname
        // followed by a preposition, so the person's name is read apart from the rest. Not a
        // title ("Deputy Secretary of the Treasury") nor a place ("Hong Kong").
        if let Some(k) = (a + 2..b.min(a + 4)).find(|&k| {
            k + 1 < b
                && matches!(self.lower(k), "for" | "of")
                && self.gaz.is_given(self.word(a))
                && self.title_len(a, b) == 0
                && !words::TITLE_MODIFIERS.contains(&self.lower(a))
                && (a..k).all(|j| (j + 1..=k).all(|e| self.place(j, e).is_none()))
                && (a..k).all(|j| {
                    let w = self.word(j);
                    is_cap(w) && !is_acronym(w) && words::org_head(self.lower(j)).is_none()
                })
                && self.classify_core(a, k).0 == Some(MentionKind::Person)
                && self.gaz.lookup(self.text_of(a, b)).is_none()
        }) {
            out.push(Piece {
                a,
                b: k,
                kind: Some(MentionKind::Person),
                role: None,
                rule: "given name",
                pending: false,
                fallback: None,
            });
            let c = if self.lower(k + 1) == "the" {
                k + 2
            } else {
                k + 1
            };
            if c < b && is_cap(self.word(c)) {
                out.extend(self.pieces(c, b));
            }
            return out;
        }
        let mut role: Option<String> = None;
        let (name_start, pieces_before) = (a, out.len());
        loop {
            if a >= b {
                return out;
            }
            // "Representatives Tom Kessler and ...": members of the House named together, the
            // plural a title here (not in "the House of Representatives", read whole).
            if role.is_none()
                && a == name_start
                && self.lower(a) == "representatives"
                && a + 1 < b
                && self.gaz.is_given(self.word(a + 1))
            {
                role = Some(self.word(a).to_string());
                a += 1;
                continue;
            }
            // "Assistant Director in Charge Teresa L. Bauman of the ...": the run opens on the
            // title's last word, after its lower-case "in".
            if role.is_none()
                && a == name_start
                && a >= 2
                && self.lower(a) == "charge"
                && self.lower(a - 1) == "in"
                && is_title_word(self, a - 2)
                && a + 1 < b
                && is_cap(self.word(a + 1))
            {
                role = Some(format!("{} in Charge", self.word(a - 2)));
                a += 1;
                continue;
            }
            // Modifiers may stack: "Former Deputy Secretary X".
            let mut at = a;
            while at < b && words::TITLE_MODIFIERS.contains(&self.lower(at)) {
                at += 1;
            }
            // "Deputy Treasury Secretary X", "Former Foreign Minister X": modifiers, then a
            // portfolio's title.
            if at > a && at + 1 < b && words::PORTFOLIOS.contains(&self.lower(at)) {
                let t = self.title_len(at + 1, b);
                if t > 0 && at + 1 + t < b {
                    role = Some(self.text_of(a, at + 1 + t).to_string());
                    a = at + 1 + t;
                    continue;
                }
            }
            let t = if at < b { self.title_len(at, b) } else { 0 };
            // A title heading words that end in a body's head word opens the body's name
            // ("Major Crimes Unit", "General Intelligence Directorate").
            let body_named = words::org_head(self.lower(b - 1)).is_some()
                && !self.possessive(b - 1)
                && (at..b).all(|k| is_cap(self.word(k)));
            if t > 0 && at + t < b && !body_named {
                role = Some(self.text_of(a, at + t).to_string());
                a = at + t;
                continue;
            }
            // "NCRI President-elect X", "U.S. Secretary of State X": a body or place, then a title.
            // Not a given name after a title already read, before a word that is a title and a
            // name part too ("President Hassan Sheikh Mohamud": the name's, whatever town
            // "Hassan" spells).
            let name_after_a_title = role.is_some() && self.gaz.is_given(self.word(a));
            if a + 1 < b
                && !name_after_a_title
                && self.title_len(a + 1, b) > 0
                && a + 1 + self.title_len(a + 1, b) < b
            {
                let w = self.word(a);
                if let Some(p) = self.place(a, a + 1) {
                    if p.kind != PlaceKind::Demonym {
                        out.push(Piece {
                            a,
                            b: a + 1,
                            kind: Some(MentionKind::Place),
                            role: None,
                            rule: "place before a title",
                            pending: false,
                            fallback: None,
                        });
                    }
                    a += 1;
                    continue;
                }
                // "Ruritanian Foreign Minister X": a demonym only qualifies the title.
                if demonym_shaped(w) {
                    a += 1;
                    continue;
                }
                // "Foreign Secretary X", "Security Minister X": a portfolio is the title's.
                if words::PORTFOLIOS.contains(&self.lower(a)) {
                    let t = self.title_len(a + 1, b);
                    role = Some(self.text_of(a, a + 1 + t).to_string());
                    a += 1 + t;
                    continue;
                }
                if is_acronym(w) {
                    out.push(Piece {
                        a,
                        b: a + 1,
                        kind: None,
                        role: None,
                        rule: "acronym before a title",
                        pending: true,
                        fallback: None,
                    });
                    a += 1;
                    continue;
                }
            }
            // "Homeland Security Secretary X", "Senate Armed Services Committee Chairman X":
            // two to four capitalised words, then a title and a name, are the body the
            // title belongs to. A given name heading them makes them a person's name instead.
            if let Some(k) = self.body_before_title(a, b) {
                out.push(Piece {
                    a,
                    b: k,
                    kind: Some(MentionKind::Organization),
                    role: None,
                    rule: "body before a title",
                    pending: false,
                    fallback: None,
                });
                a = k;
                continue;
            }
            break;
        }
        // Titles with no name after them are an office's name ("the Federal Prosecutor
        // General", "Inspector General"): the run is read whole.
        if role.is_some() && (a..b).all(|k| self.title_len(k, k + 1) == 1) {
            role = None;
            out.truncate(pieces_before);
            a = name_start;
        }
        if let Some(role) = role
            .as_deref()
            .filter(|_| matches!(self.lower(a), "of" | "for"))
        {
            // A title and its office's portfolio, then the holder's name at the run's end
            // ("Under Secretary of the Treasury for Terrorism and Financial Intelligence
            // Bradley T. Renner"): two to four words, a known given name first or an initial
            // inside, after a word of the portfolio (one the text writes in lower case too,
            // or a portfolio's or a common noun's).
            let initial = |k: usize| {
                let w = self.word(k).trim_end_matches('.');
                w.chars().count() == 1 && w.chars().all(char::is_uppercase)
            };
            let holder = (b.saturating_sub(4)..b.saturating_sub(1)).find(|&s| {
                if s <= a + 1 {
                    return false;
                }
                let before = self.lower(s - 1);
                // After a portfolio's own last word ("of Foreign Affairs", "of Justice") two
                // name words are the holder's, known given name or not.
                let portfolio_ends = before == "affairs" || words::PORTFOLIOS.contains(&before);
                (self.gaz.is_given(self.word(s))
                    || (s + 1..b - 1).any(initial)
                    || (portfolio_ends && b - s == 2))
                    && is_cap(self.word(s - 1))
                    && (portfolio_ends
                        || words::looks_like_common_noun(before)
                        || self.lowercase_words.contains(before))
                    && (s..b).all(|k| {
                        let w = self.word(k);
                        initial(k)
                            || (is_cap(w)
                                && !is_acronym(w)
                                && words::org_head(self.lower(k)).is_none())
                            // "David van Weel": a particle inside the name.
                            || (k > s && k + 1 < b && NAME_PARTICLES.contains(&self.lower(k)))
                    })
                    && !initial(s)
                    && !initial(b - 1)
            });
            if let Some(s) = holder {
                out.push(Piece {
                    a: s,
                    b,
                    kind: Some(MentionKind::Person),
                    role: Some(format!("{role} {}", self.text_of(a, s))),
                    rule: "title before a name",
                    pending: false,
                    fallback: None,
                });
            }
            return out;
        }
        if let Some(role) = role {
            // After a title comes a person's name, up to four capitalised words ("U.S.
            // Attorney Jane Roe for the Southern District": not "for the").
            // Particles inside the name, one or two ("Nicholas de la Poer"), before its last
            // capitalised word.
            let particle_at = |k: usize| NAME_PARTICLES.contains(&self.lower(k));
            let longest = if (a..b.min(a + 4)).any(particle_at) {
                a + 5
            } else {
                a + 4
            };
            let end = (a..b.min(longest))
                .find(|&k| {
                    let particle = particle_at(k)
                        && ((k + 1 < b && is_cap(self.word(k + 1)))
                            || (k + 2 < b && particle_at(k + 1) && is_cap(self.word(k + 2))));
                    !is_cap(self.word(k)) && !particle
                })
                .unwrap_or(b.min(longest));
            // A surname in capitals after an honorific is a transcript's speaker (Mr. HALE).
            let honorific_caps = end == a + 1
                && self.word(a).chars().filter(|c| c.is_alphabetic()).count() >= 3
                && words::is_speaker_title(&role.to_lowercase());
            // A name, not more of the title or a body's name: "Minister for Foreign Affairs",
            // "General Directorate for Internal Security" name no one after the title.
            // An honorific in capitals before a word that is not ("Seconded: AP. Proposed:
            // MR."): initials, as minutes write their members, not "Mr." before a name.
            let initials_not_honorific =
                honorific_in_capitals(&role) && self.word(a).chars().any(char::is_lowercase);
            // A place named after a titled person, its kind's word closing the name ("Queen
            // Alia International Airport", "King Fahd Stadium").
            let place_named_for_the_titled =
                is_cap(self.word(end - 1)) && words::PLACE_KINDS.contains(&self.lower(end - 1));
            let names_ok = !initials_not_honorific
                && !place_named_for_the_titled
                && (honorific_caps
                    || (a..end).all(|k| {
                        let w = self.word(k);
                        !is_acronym(w) && words::org_head(self.lower(k)).is_none()
                    }) && is_cap(self.word(a)));
            if names_ok {
                out.push(Piece {
                    a,
                    b: end,
                    kind: Some(MentionKind::Person),
                    role: Some(role),
                    rule: "title before a name",
                    pending: end - a == 1,
                    fallback: None,
                });
                // "Justice Elaine Doherty of the Supreme Court", "Colonel X of the Royal Thai
                // Police": the body after the titled name is read as a run of its own (a
                // shorter one, so this ends).
                if end + 1 < b && matches!(self.lower(end), "of" | "for" | "at" | "from") {
                    let c = if self.lower(end + 1) == "the" {
                        end + 2
                    } else {
                        end + 1
                    };
                    if c < b && is_cap(self.word(c)) {
                        out.extend(self.pieces(c, b));
                    }
                }
            } else if initials_not_honorific && a > 0 {
                // The initials themselves, left to the second pass (a person the document
                // names in full by them, or an acronym).
                out.push(Piece {
                    a: a - 1,
                    b: a,
                    kind: None,
                    role: None,
                    rule: "initials",
                    pending: true,
                    fallback: None,
                });
            }
            return out;
        }
        let n = b - a;
        if n == 1 {
            let w = self.word(a);
            let l = w.to_lowercase();
            if self.toks[a].first && words::SENTENCE_STOPWORDS.contains(&l.as_str()) {
                return out;
            }
            // An honorific in capitals with no name after it ("Proposed: MR."): initials, as
            // minutes write their members, left to the second pass.
            if honorific_in_capitals(w) {
                out.push(Piece {
                    a,
                    b,
                    kind: None,
                    role: None,
                    rule: "initials",
                    pending: true,
                    fallback: None,
                });
                return out;
            }
            let (kind, rule) = self.classify_core(a, b);
            if kind.is_some() || rule == "demonym" || rule == "given name" {
                if kind.is_some() {
                    out.push(Piece {
                        a,
                        b,
                        kind,
                        role: None,
                        rule,
                        pending: false,
                        fallback: None,
                    });
                }
                return out;
            }
            out.push(Piece {
                a,
                b,
                kind: None,
                role: None,
                rule: if is_acronym(w) {
                    "acronym"
                } else {
                    "single word"
                },
                pending: true,
                fallback: None,
            });
            return out;
        }
        // "the abduction in Phnom Penh of Wanchalearm Satsaksit": a place the gazetteer
        // knows, then "of" and a name, are two names; no body's or person's name opens on a
        // city or country and "of".
        if let Some(of) =
            (a + 1..b.saturating_sub(1)).find(|&k| matches!(self.lower(k), "of" | "for"))
        {
            let c = if self.lower(of + 1) == "the" {
                of + 2
            } else {
                of + 1
            };
            let place = self
                .place(a, of)
                .is_some_and(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Country))
                && (a..of).all(|k| {
                    words::org_head(self.lower(k)).is_none()
                        && !words::GENERIC_BODY_WORDS.contains(&self.lower(k))
                });
            // After "for", only a second place ("left Cairo for Istanbul"): a body may be
            // named for a cause ("Iran for Democracy").
            let rest_fits = self.lower(of) == "of"
                || self
                    .place(c, b)
                    .is_some_and(|p| matches!(p.kind, PlaceKind::City | PlaceKind::Country));
            if place && rest_fits && c < b && is_cap(self.word(c)) {
                out.push(Piece {
                    a,
                    b: of,
                    kind: Some(MentionKind::Place),
                    role: None,
                    rule: "place gazetteer",
                    pending: false,
                    fallback: None,
                });
                out.extend(self.pieces(c, b));
                return out;
            }
        }
        // "Laura Harth of Safeguard Defenders": a person's name and a body the gazetteer
        // knows, run together by "of": two names, not one. So are a titled person's name, or
        // one opening on a known given name, and a body's ("Justice Elaine Doherty of the
        // Supreme Court of British Columbia").
        // (The run's own name is looked up only where an "of" makes the question arise.)
        if let Some((of, c)) = (n >= 4)
            .then(|| self.of_then_name(a, b))
            .flatten()
            .filter(|_| self.gaz.lookup(self.text_of(a, b)).is_none())
        {
            // (A surname may be a town's name too: "Jane Lopez", "Nabeel Hassan".)
            let surname_or_town = |k: usize| {
                k > a
                    && is_cap(self.word(k))
                    && !is_acronym(self.word(k))
                    && words::org_head(self.lower(k)).is_none()
                    && self
                        .place(k, k + 1)
                        .is_some_and(|p| p.kind == PlaceKind::City)
            };
            // (And a given name a town's too: "Anna".)
            let given_or_town = |k: usize| {
                k == a
                    && self.gaz.is_given(self.word(k))
                    && words::org_head(self.lower(k)).is_none()
            };
            let name_shaped = (2..=3).contains(&(of - a))
                && (a..of).all(|k| self.name_word(k) || surname_or_town(k) || given_or_town(k));
            // A name of words the document never writes in small letters, no common noun
            // among them, before a body's name with its head word ("Agnieszka Wrona of Radio
            // Baltica"): a person's, whether or not a gazetteer knows the given name.
            // (Not a unit's name: "Public Relations of the Police", "the Criminal Chamber of
            // the Court".)
            let unknown_name = (a..of).all(|k| {
                let l = self.lower(k);
                !self.lowercase_words.contains(l)
                    && !words::looks_like_common_noun(l)
                    && !words::SENTENCE_STOPWORDS.contains(&l)
                    && !title_or_common_word(l)
                    && !words::BODY_ADJECTIVES.contains(&l)
                    && !matches!(
                        l,
                        "public"
                            | "human"
                            | "international"
                            | "relations"
                            | "affairs"
                            | "resources"
                            | "chamber"
                            | "section"
                            | "desk"
                            | "press"
                            | "media"
                    )
            }) && self.gaz.lookup(self.text_of(a, of)).is_none();
            let a_person = (a > 0 && self.joined(a - 1) && is_title_word(self, a - 1))
                || self.gaz.is_given(self.word(a))
                || unknown_name;
            let body_after = || {
                self.gaz
                    .lookup(self.text_of(c, b))
                    .filter(|k| matches!(k, MentionKind::Organization | MentionKind::PublicBody))
                    .map(|k| (k, "name gazetteer"))
                    .or_else(|| {
                        (a_person && (c..b).any(|k| words::org_head(self.lower(k)).is_some()))
                            .then(|| self.classify_core(c, b))
                            .and_then(|(k, _)| k)
                            .filter(|k| {
                                matches!(k, MentionKind::Organization | MentionKind::PublicBody)
                            })
                            .map(|k| (k, "body of a titled person"))
                    })
            };
            if let Some((body, body_rule)) = name_shaped.then(body_after).flatten() {
                let mut v = self.pieces(a, of);
                if v.is_empty() {
                    v.push(Piece {
                        a,
                        b: of,
                        kind: Some(MentionKind::Person),
                        role: None,
                        rule: "person of a known body",
                        pending: false,
                        fallback: None,
                    });
                }
                v.push(Piece {
                    a: c,
                    b,
                    kind: Some(body),
                    role: None,
                    rule: body_rule,
                    pending: false,
                    fallback: None,
                });
                return v;
            }
        }
        let (kind, rule) = self.classify_core(a, b);
        // "the U.S. House of Representatives Daniel Whitcombe", "Senate Foreign Relations
        // Committee Robert Ellison": a body and then the person of it, written as one run.
        if matches!(
            kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) {
            if let Some(split) = self.body_then_person(a, b) {
                return split;
            }
        }
        if kind.is_some() || rule == "agreement, law or other non-entity" {
            // "president Hassan Rouhani", "lawyer Rudy Giuliani": the cue is a role.
            let role = (kind == Some(MentionKind::Person))
                .then(|| self.cue_before(a))
                .flatten()
                .filter(|c| words::ROLE_CUES.contains(&c.as_str()));
            out.push(Piece {
                a,
                b,
                kind,
                role,
                rule,
                pending: false,
                fallback: None,
            });
            return out;
        }
        // A leading demonym or place the rest does not need: classify the rest ("Iranian
        // Hassan Rouhani" is rare, "Paris Villepinte" rarer; this is for "Iran Focus"-like runs
        // nothing classifies, which stay out).
        let leading = self.place(a, a + 1).map(|p| p.kind).or_else(|| {
            // A compound of peoples ("a Swedish-Iranian ASMLA leader") qualifies as one does.
            self.demonym_compound(a).then_some(PlaceKind::Demonym)
        });
        // A people's word before a body the gazetteer knows by a name of two words or more
        // ("the Lithuanian Red Cross", "the British Red Cross"): the nation's own society or
        // section, one body's name.
        if leading == Some(PlaceKind::Demonym) && n >= 3 && is_cap(self.word(a + 1)) {
            if let Some(body @ (MentionKind::Organization | MentionKind::PublicBody)) =
                self.gaz.lookup(self.text_of(a + 1, b))
            {
                out.push(Piece::found(a, b, body, "a known body's national section"));
                return out;
            }
        }
        if let Some(kind) = leading.filter(|_| n >= 2) {
            let mut c = a + 1;
            let after_connector = c < b && !is_cap(self.word(c));
            while c < b && !is_cap(self.word(c)) {
                c += 1;
            }
            // "Germany of X" (a run across "in Germany of Asadollah Assadi"): the place stands
            // alone; a demonym before a name only qualifies it.
            if after_connector && kind != PlaceKind::Demonym {
                out.push(Piece {
                    a,
                    b: a + 1,
                    kind: Some(MentionKind::Place),
                    role: None,
                    rule: "place gazetteer",
                    pending: false,
                    fallback: None,
                });
            }
            if c < b {
                out.extend(self.pieces(c, b));
            }
        }
        out
    }
}

/// The time zones a text writes after a time of day ("18:40 GMT", "9 a.m. EST", "2pm BST").
fn zones_after_times(reader: &Reader) -> Vec<String> {
    (1..reader.toks.len())
        .filter(|&k| {
            let gap = reader.gap_after(k - 1);
            let before = reader.lower(k - 1).trim_end_matches('.');
            words::TIME_ZONES.contains(&reader.word(k))
                && !gap.is_empty()
                && gap.chars().all(|c| c == ' ')
                && (before.ends_with(|c: char| c.is_ascii_digit())
                    || ["am", "pm", "a.m", "p.m"]
                        .iter()
                        .any(|m| before.ends_with(m)))
        })
        .map(|k| reader.word(k).to_string())
        .collect()
}

/// A capitalised word shaped like a demonym the gazetteer does not know ("Ruritanian").
/// Whether a word names a people: the gazetteer's ("Iranian") or shaped like one
/// ("Ruritanian").
fn names_a_people(w: &str) -> bool {
    demonym_shaped(w)
        || words::places()
            .get(w)
            .is_some_and(|p| p.kind == PlaceKind::Demonym)
}

fn demonym_shaped(w: &str) -> bool {
    is_cap(w)
        && !is_acronym(w)
        && w.len() >= 6
        && ["ian", "ean", "ese", "ish"].iter().any(|s| w.ends_with(s))
}

/// Lower-case public bodies: "the Austrian government", "the Iranian embassy in Vienna".
fn lowercase_bodies(r: &Reader) -> Vec<Piece> {
    let mut out = Vec::new();
    for i in 0..r.toks.len().saturating_sub(1) {
        // A known demonym or country, or a capitalised word shaped like a demonym
        // ("Ruritanian"); a country of two words too ("the Hong Kong government").
        let state = |len: usize| {
            i + len < r.toks.len()
                && (i..i + len - 1).all(|k| r.joined(k))
                && r.place(i, i + len).is_some_and(|p| {
                    matches!(p.kind, PlaceKind::Demonym | PlaceKind::Country)
                        && !p.country.is_empty()
                })
        };
        let name_len = if state(2) {
            2
        } else if state(1) || (r.place(i, i + 1).is_none() && demonym_shaped(r.word(i))) {
            1
        } else {
            continue;
        };
        let h = i + name_len;
        // "(English ministry)" after a pastor's office: a language's congregation, no state's
        // body; a state's body is written after "the" or in a sentence.
        if !r.joined(h - 1) || r.text_before(i).trim_end().ends_with('(') {
            continue;
        }
        let mut head = r.word(h);
        // A mission's name is often capitalised ("the Chinese Consulate General in New
        // York"); it is read with its place all the same.
        if matches!(head, "Embassy" | "Consulate") {
            head = r.lower(h);
        }
        if !matches!(
            head,
            "embassy" | "consulate" | "government" | "ministry" | "parliament" | "judiciary"
        ) {
            continue;
        }
        let mut b = h + 1;
        // "the Chinese consulate general in Frankfurt": one head of two words.
        if head == "consulate" && b < r.toks.len() && r.joined(b - 1) && r.lower(b) == "general" {
            b += 1;
        }
        // "embassy in Vienna", "consulate in New York", "embassy in the Netherlands": the
        // place's longest name there, with the article a country's name takes.
        let mut place_len = 0;
        if matches!(head, "embassy" | "consulate") && b < r.toks.len() && r.joined(b - 1) {
            if let Some((at, end)) = r.place_after_in(b, |_| true) {
                place_len = end - at;
                b = end;
            }
        }
        // "a Turkmen embassy", "any Iranian consulate": a kind of mission, none named.
        let indefinite = i > 0
            && r.joined(i - 1)
            && matches!(
                r.lower(i - 1),
                "a" | "an" | "any" | "every" | "each" | "another"
            );
        // Nor "an Algerian consulate in France": one of a kind in a country, none named.
        let in_a_country = place_len > 0
            && r.place(b - place_len, b)
                .is_some_and(|p| p.kind == PlaceKind::Country);
        if indefinite && (place_len == 0 || in_a_country) && matches!(head, "embassy" | "consulate")
        {
            continue;
        }
        out.push(Piece {
            a: i,
            b,
            kind: Some(MentionKind::PublicBody),
            role: None,
            rule: "demonym and body",
            pending: false,
            fallback: None,
        });
        if place_len > 0 {
            out.push(Piece {
                a: b - place_len,
                b,
                kind: Some(MentionKind::Place),
                role: None,
                rule: "place inside a body's name",
                pending: false,
                fallback: None,
            });
        }
    }
    // A mission named in small letters for its state after "of" ("the embassy of Mauritania",
    // "the consulate of Eritrea in Frankfurt"), with its city as the demonym's form has it.
    let n = r.toks.len();
    for i in 0..n.saturating_sub(2) {
        if !matches!(r.word(i), "embassy" | "consulate")
            || r.lower(i + 1) != "of"
            || !r.joined(i)
            || !r.joined(i + 1)
        {
            continue;
        }
        let at = i + 2 + usize::from(r.lower(i + 2) == "the" && i + 3 < n && r.joined(i + 2));
        let Some(len) = (1..=3).rev().find(|&len| {
            at + len <= n
                && (at..at + len - 1).all(|j| r.joined(j))
                && r.place(at, at + len)
                    .is_some_and(|pl| pl.kind == PlaceKind::Country)
        }) else {
            continue;
        };
        let mut b = at + len;
        let mut city = None;
        if b < n && r.joined(b - 1) {
            if let Some((c, end)) = r.place_after_in(b, |pl| pl.kind != PlaceKind::Demonym) {
                city = Some((c, end));
                b = end;
            }
        }
        out.push(Piece {
            a: i,
            b,
            kind: Some(MentionKind::PublicBody),
            role: None,
            rule: "mission of a state",
            pending: false,
            fallback: None,
        });
        for (a, b) in [(at, at + len)].into_iter().chain(city) {
            out.push(Piece {
                a,
                b,
                kind: Some(MentionKind::Place),
                role: None,
                rule: "place inside a body's name",
                pending: false,
                fallback: None,
            });
        }
    }
    out
}

/// The document's persons by the words of their names, in the order they were first named,
/// with the entries holding each word: grouping a name with the persons before it looks only
/// at those sharing a word with it, not at every person a page of thousands has named.
#[derive(Default)]
struct PersonKeys {
    keys: Vec<(usize, Vec<String>)>,
    by_word: HashMap<String, Vec<usize>>,
    /// Each word of a name of two words or more, and each of its spellings one letter short,
    /// to the entries holding it: a word one edit from another shares one of these with it
    /// (the slip test asks of every lone surname, and a page may name thousands).
    by_deletion: HashMap<String, Vec<usize>>,
    /// Each entity's entries: a person's names looked up without a scan of every name.
    by_entity: HashMap<usize, Vec<usize>>,
}

/// A word and its spellings with one letter left out.
fn with_one_letter_out(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    for (i, c) in w.char_indices() {
        out.push(format!("{}{}", &w[..i], &w[i + c.len_utf8()..]));
    }
    out
}

impl PersonKeys {
    /// Shortest surname the slip test looks for, less the letter a slip may drop.
    const SLIP_WORD: usize = 5;

    /// Each key's entity pointed at the one `to` gives (merged entities at the one they
    /// joined).
    fn point_at(&mut self, to: impl Fn(usize) -> usize) {
        self.by_entity.clear();
        for (at, (e, _)) in self.keys.iter_mut().enumerate() {
            *e = to(*e);
            self.by_entity.entry(*e).or_default().push(at);
        }
    }

    fn push(&mut self, entity: usize, key: Vec<String>) {
        let at = self.keys.len();
        let mut seen: Vec<&String> = Vec::new();
        for w in &key {
            if !seen.contains(&w) {
                seen.push(w);
                self.by_word.entry(w.clone()).or_default().push(at);
                if key.len() >= 2 && w.len() >= Self::SLIP_WORD {
                    for v in with_one_letter_out(w) {
                        let entries = self.by_deletion.entry(v).or_default();
                        if entries.last() != Some(&at) {
                            entries.push(at);
                        }
                    }
                }
            }
        }
        self.by_entity.entry(entity).or_default().push(at);
        self.keys.push((entity, key));
    }

    /// The keys of entity `e`'s names, in the order they were named.
    fn keys_of(&self, e: usize) -> impl Iterator<Item = &Vec<String>> {
        self.by_entity
            .get(&e)
            .into_iter()
            .flatten()
            .map(|&at| &self.keys[at].1)
    }

    /// The persons, in the order they were named, one of whose names of two words or more
    /// holds a word one letter off `word` ("Kowalsky" among "Kowalski"s); not its plural (a
    /// surname with an s is a family or a movement, the Houthis, not a slip).
    fn one_slip_from(&self, word: &str) -> Vec<usize> {
        let mut at: Vec<usize> = with_one_letter_out(word)
            .iter()
            .filter_map(|v| self.by_deletion.get(v))
            .flatten()
            .copied()
            .collect();
        at.sort_unstable();
        at.dedup();
        let mut v: Vec<usize> = at
            .into_iter()
            .map(|i| &self.keys[i])
            .filter(|(_, k)| {
                k.len() >= 2
                    && k.iter()
                        .any(|x| one_edit(x, word) && word.strip_suffix('s') != Some(x.as_str()))
            })
            .map(|(e, _)| *e)
            .collect();
        v.dedup();
        v
    }

    /// The entries that may hold `key`'s words, in order: those holding its first word (every
    /// match of `key` whole or inside a longer name holds it), or all of them for an empty key.
    fn holding_first_word<'s>(
        &'s self,
        key: &[String],
    ) -> impl Iterator<Item = &'s (usize, Vec<String>)> + 's {
        let holding = key
            .first()
            .map(|w| self.by_word.get(w).map_or(&[][..], Vec::as_slice));
        let every = holding.is_none().then_some(0..self.keys.len());
        holding
            .into_iter()
            .flatten()
            .copied()
            .chain(every.into_iter().flatten())
            .map(move |i| &self.keys[i])
    }

    /// The latest entry satisfying `matches` among those sharing a word with `key` (a name
    /// matching another shares a word with it, unless both are empty).
    fn latest(
        &self,
        key: &[String],
        matches: impl Fn(&[String]) -> bool,
    ) -> Option<&(usize, Vec<String>)> {
        let mut at: Vec<usize> = if key.is_empty() {
            (0..self.keys.len()).collect()
        } else {
            key.iter()
                .filter_map(|w| self.by_word.get(w))
                .flatten()
                .copied()
                .collect()
        };
        at.sort_unstable();
        at.dedup();
        at.into_iter()
            .rev()
            .map(|i| &self.keys[i])
            .find(|(_, k)| matches(k))
    }
}

fn person_key(name: &str) -> Vec<String> {
    vigil_normalize::to_ascii(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn org_key(name: &str) -> String {
    let ws: Vec<String> = person_key(name);
    let places = words::places();
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        // "Iranian Ministry of ..." and "Ministry of ..." are one body.
        if k == 0 && ws.len() >= 4 {
            let cap: String = w
                .chars()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                .collect();
            if places
                .get(cap.as_str())
                .is_some_and(|p| p.kind == PlaceKind::Demonym)
            {
                continue;
            }
        }
        if w != "the" {
            out.push(w.as_str());
        }
    }
    // "the U.S. Treasury" is the Treasury, as "the U.S. Justice Department" is the Justice
    // Department: a state's name before a state's body named by one word.
    let state = |w: &[&str]| {
        matches!(w, ["u", "s"] | ["us"] | ["uk"] | ["u", "k"])
            || (w.len() == 1
                && places
                    .get(titlecase(w[0]).as_str())
                    .is_some_and(|p| matches!(p.kind, PlaceKind::Country | PlaceKind::Demonym)))
    };
    for len in [1, 2] {
        if out.len() == len + 1 && state(&out[..len]) && words::org_head(out[len]) == Some(true) {
            out.drain(..len);
            break;
        }
    }
    // "the Justice Department" is the "Department of Justice", the "Defence Ministry" the
    // "Ministry of Defence".
    if out.len() >= 2 && !out.contains(&"of") {
        if let Some(head @ ("department" | "ministry")) = out.last().copied() {
            let rest = out[..out.len() - 1].join(" ");
            return format!("{head} of {rest}");
        }
    }
    out.join(" ")
}

/// Whether the body's key `long` is `short` and "of" a country ("investigative committee of
/// russian federation" of "investigative committee"): a name of two words or more.
fn of_its_country(short: &str, long: &str) -> bool {
    let Some(rest) = long
        .strip_prefix(short)
        .and_then(|r| r.strip_prefix(" of "))
    else {
        return false;
    };
    let country = rest.split(' ').map(titlecase).collect::<Vec<_>>().join(" ");
    short.contains(' ')
        && words::places()
            .get(country.as_str())
            .is_some_and(|p| p.kind == PlaceKind::Country)
}

/// "BERLIN" as "Berlin".
fn titlecase(w: &str) -> String {
    let lower = w.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether two words differ by exactly one letter inserted, deleted or replaced. Asked of a
/// lone word against every person's names, so it allocates nothing.
fn one_edit(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a == b || la.abs_diff(lb) > 1 {
        return false;
    }
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    let (mut s, mut l) = (short.chars(), long.chars());
    // Past the common beginning, the long word's letter there is the one edit.
    while let (Some(x), Some(y)) = (s.clone().next(), l.clone().next()) {
        if x != y {
            break;
        }
        s.next();
        l.next();
    }
    l.next();
    if la == lb {
        s.next();
    }
    s.eq(l)
}

/// Find the name mentions of `text` and group them into the document's entities.
/// The two countries a text names most, by capitalised country names and demonyms, most
/// named first.
fn main_countries(text: &str) -> Vec<String> {
    countries_by_mentions(text).into_iter().take(2).collect()
}

/// The countries a text names by name or demonym, the most often named first (ties in the
/// order first written), each as first written.
fn countries_by_mentions(text: &str) -> Vec<String> {
    let mut counts: HashMap<&'static str, (usize, usize, &str)> = HashMap::new();
    for w in text.split(|c: char| !c.is_alphabetic()) {
        if w.len() < 4 || !w.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        // A people in the plural ("two Canadians") names its country as the singular does:
        // the singular is the word kept.
        let lower = w.to_lowercase();
        let w = match w.strip_suffix('s') {
            Some(singular)
                if vigil_model::country_code_of_word(&lower).is_none()
                    && (lower.ends_with("ans") || lower.ends_with("nis")) =>
            {
                singular
            }
            _ => w,
        };
        if let Some(code) = vigil_model::country_code_of_word(&w.to_lowercase()) {
            let first = counts.len();
            counts.entry(code).or_insert((0, first, w)).0 += 1;
        }
    }
    let mut ranked: Vec<(usize, usize, &str)> = counts.into_values().collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.into_iter().map(|(_, _, w)| w.to_string()).collect()
}

pub fn extract_mentions(text: &str, gaz: &Gazetteer) -> Extraction {
    extract_mentions_with(text, gaz, &[])
}

/// [`extract_mentions`] with the spans a trained model proposed for the same text: the model
/// finds names the rules miss and draws their boundaries; the gazetteer and the rules confirm,
/// retype and add the list names and bodies the model misses.
pub fn extract_mentions_with(text: &str, gaz: &Gazetteer, proposals: &[Proposal]) -> Extraction {
    extract_mentions_from_page(text, gaz, proposals, None)
}

/// [`extract_mentions_with`] for a page that names its publisher (`CleanDoc::source`): the
/// publisher's name in the text is a body.
pub fn extract_mentions_from_page(
    text: &str,
    gaz: &Gazetteer,
    proposals: &[Proposal],
    publisher: Option<&str>,
) -> Extraction {
    let sents = sentences(text);
    let toks = tokenize(text, &sents);
    let lowercase_words = toks
        .iter()
        .map(|t| &text[t.start..t.end])
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .map(str::to_string)
        .collect();
    let mut speakers: HashMap<String, Vec<usize>> = HashMap::new();
    for k in 0..toks.len().saturating_sub(1) {
        let (a, b) = (toks[k], toks[k + 1]);
        let next = text[b.start..b.end].to_lowercase();
        if a.sentence == b.sentence
            && text[a.end..b.start].chars().all(|c| c == ' ')
            && words::SPEECH_VERBS.contains(&next.as_str())
        {
            let w = strip_possessive(&text[a.start..a.end]).0.to_lowercase();
            speakers.entry(w).or_default().push(k);
        }
    }
    let lowers: Vec<String> = toks
        .iter()
        .map(|t| strip_possessive(&text[t.start..t.end]).0.to_lowercase())
        .collect();
    let capitalised_inside = toks
        .iter()
        .zip(&lowers)
        .filter(|(t, l)| l.ends_with("ly") && !t.first && is_cap(&text[t.start..t.end]))
        .map(|(_, l)| l.clone())
        .collect();
    let styles_peers = (0..toks.len().saturating_sub(1)).any(|k| {
        lowers[k] == "lord"
            && text[toks[k].end..toks[k + 1].start] == *" "
            && is_cap(&text[toks[k + 1].start..toks[k + 1].end])
    });
    let word_of = |k: usize| strip_possessive(&text[toks[k].start..toks[k].end]).0;
    let mut word_counts: HashMap<&str, usize> = HashMap::new();
    for k in 0..toks.len() {
        *word_counts.entry(word_of(k)).or_default() += 1;
    }
    let gap = |k: usize| &text[toks[k].end..toks[k + 1].start];
    let kinds_named_after = (1..toks.len().saturating_sub(1))
        .filter(|&k| {
            matches!(lowers[k - 1].as_str(), "a" | "an")
                && gap(k - 1) == " "
                && gap(k) == " "
                && word_of(k + 1).chars().all(char::is_lowercase)
        })
        .map(|k| (word_of(k), word_of(k + 1)))
        .collect();
    let mut reader = Reader {
        text,
        toks,
        gaz,
        lowercase_words,
        lowers,
        speakers,
        capitalised_inside,
        word_counts,
        line_starts: Vec::new(),
        line_openers: Vec::new(),
        kinds_named_after,
        styles_peers,
    };
    reader.line_openers = (0..reader.toks.len())
        .map(|k| reader.opens_line_here(k))
        .collect();
    reader.line_starts = (0..reader.toks.len()).collect();
    for k in 1..reader.toks.len() {
        if !reader.opens_line(k) {
            reader.line_starts[k] = reader.line_starts[k - 1];
        }
    }
    let reader = reader;
    let mut pieces: Vec<Piece> = Vec::new();
    let runs = reader.runs();
    for &(a, b) in &runs {
        pieces.extend(reader.pieces(a, b));
    }
    pieces.extend(lowercase_bodies(&reader));
    let proposed = model_pieces(&reader, proposals);
    let mut pieces = reconcile(&reader, pieces, proposed);
    // A person's name closing on a law's word ("... Corrupt Foreign Officials Act", its
    // "Justice" read as a title) is a law's: no surname is "Act" or "Ordinance".
    pieces.retain(|p| {
        !(p.kind == Some(MentionKind::Person)
            && p.b - p.a >= 2
            && matches!(
                reader.word(p.b - 1),
                "Act" | "Acts" | "Statute" | "Directive" | "Ordinance"
            ))
    });
    outlets_named_before_their_kind(&reader, &mut pieces);
    join_split_bodies(&reader, &mut pieces);
    split_coordinated_pieces(&reader, &mut pieces);
    cut_titles_from_bodies(&reader, &mut pieces);
    known_bodies_before_a_common_noun(&reader, &mut pieces);
    houses_and_the_parties_seated_in_them(&reader, &mut pieces);
    bodies_after_body_nouns(&reader, &mut pieces);
    groups_named_by_a_noun(&reader, &mut pieces);
    bodies_named_for_a_cause(&reader, &mut pieces);
    persons_named_by_initials(&reader, &mut pieces);
    if let Some(outlet) = publisher {
        outlet_named(&reader, outlet, &mut pieces);
    }
    speakers_named_in_labels(&reader, &mut pieces);
    known_acronyms_before_other_words(&reader, &mut pieces);
    bodies_named_with_a_number(&reader, &mut pieces);
    bodies_own_names_in_parentheses(&reader, &mut pieces);
    names_before_their_affiliation(&reader, &mut pieces);
    sections_before_their_body(&reader, &mut pieces);
    affiliations_after_roles(&reader, &mut pieces);
    european_groups_in_parentheses(&reader, &mut pieces);
    find_names_again(&reader, &mut pieces);
    bodies_written_again_in_capitals(&reader, &mut pieces);
    persons_by_a_two_word_surname(&reader, &mut pieces);
    well_known_names_with_punctuation(&reader, &mut pieces);
    firms_joined_by_an_ampersand(&reader, &mut pieces);
    persons_by_their_surname_elsewhere(&reader, &mut pieces);
    full_names_of_titled_surnames(&reader, &mut pieces);
    short_names_of_companies(&reader, &mut pieces);
    bodies_a_spokesperson_speaks_for(&reader, &mut pieces);
    dateline_in_capitals(&reader, &mut pieces);
    names_in_capitals(&reader, &mut pieces);
    titled_persons_in_capitals(&reader, &mut pieces);
    agency_of_the_dateline(&reader, &mut pieces);
    bodies_named_with_a_place(&reader, &mut pieces);
    national_sections_of_bodies(&reader, &mut pieces);
    bodies_named_for_or_on_a_subject(&reader, &mut pieces);
    signatories_one_to_a_line(&reader, &mut pieces);
    authors_of_gifts_and_comments(&reader, &mut pieces);
    persons_in_an_attendance_list(&reader, &mut pieces);
    senders_of_messages(&reader, &mut pieces);
    surnames_spelt_like_pronouns(&reader, &mut pieces);
    names_spelt_like_demonyms(&reader, &mut pieces);
    seats_of_bodies(&reader, &mut pieces);
    missions_named_with_their_city(&reader, &mut pieces);
    titles_before_persons(&reader, &mut pieces);
    patronymic_words_after_names(&reader, &mut pieces);
    residences_after_ages(&reader, &mut pieces);
    offices_of_titles(&reader, &mut pieces);
    bodies_named_after_an_office(&reader, &mut pieces);
    countries_by_their_official_names(&reader, &mut pieces);
    names_before_a_person_s_apposition(&reader, &runs, &mut pieces);
    bodies_listed_after_their_kind(&reader, &mut pieces);
    bodies_one_works_for(&reader, &mut pieces);
    persons_in_apposition_to_a_role(&reader, &mut pieces);
    persons_joined_to_a_person(&reader, &mut pieces);
    persons_listed_with_persons(&reader, &mut pieces);
    names_in_another_script(&reader, &mut pieces);
    authors_of_citations(&reader, &mut pieces);
    authors_of_author_date_citations(&reader, &mut pieces);
    relatives_named_after_kin(&reader, &mut pieces);
    aliases_in_quotes(&reader, &mut pieces);
    aliases_known_without_quotes(&reader, &mut pieces);
    cities_of_an_owner_s_office(&reader, &mut pieces);
    sign_off_initials(&reader, &mut pieces);
    groups_named_after_their_noun(&reader, &mut pieces);
    persons_a_model_took_for_bodies(&reader, &mut pieces);
    kin_by_a_shared_surname(&reader, &mut pieces);
    misspellings_of_a_named_person(&reader, &mut pieces);
    bodies_an_apposition_explains(&reader, &mut pieces);
    short_names_after_bodies(&reader, &mut pieces);
    short_names_before_bodies(&reader, &mut pieces);
    bodies_their_acronym_spells(&reader, &mut pieces);
    monsieur_before_a_known_surname(&reader, &mut pieces);
    remarks_after_speakers(&reader, &mut pieces);
    units_after_a_body_s_possessive(&reader, &mut pieces);
    youth_wings_of_acronyms(&reader, &mut pieces);
    groups_named_with_a_plural_article(&reader, &mut pieces);
    peoples_before_a_noun(&reader, &mut pieces);
    acronyms_describing_the_body_after(&reader, &mut pieces);
    outlets_by_their_shape(&reader, &mut pieces);
    vietnamese_surnames_spelt_as_small_words(&reader, &mut pieces);
    initials_before_persons(&reader, &mut pieces);
    persons_cut_short_of_a_full_name(&reader, &mut pieces);
    persons_written_surname_first(&reader, &mut pieces);
    parts_of_reference_codes(&reader, &mut pieces);
    french_bodies_in_lower_case(&reader, &mut pieces);
    towns_inside_persons_names(&reader, &mut pieces);
    given_names_a_gazetteer_took_for_towns(&reader, &mut pieces);
    laws_and_designations(&reader, &mut pieces);
    cases_and_their_citations(&reader, &mut pieces);
    bodies_before_a_role(&reader, &mut pieces);
    names_of_commemorations(&reader, &mut pieces);
    papers_named_like_bodies(&reader, &mut pieces);
    bodies_split_at_their_and(&reader, &mut pieces);
    labels_run_into_names(&reader, &mut pieces);
    common_nouns_around_bodies(&reader, &mut pieces);
    model_spans_naming_no_one(&reader, &mut pieces);
    platforms_named_alone(&reader, &mut pieces);
    given_names_written_short(&reader, &mut pieces);
    bodies_named_with_a_dash_and_place(&reader, &mut pieces);
    units_of_their_force(&reader, &mut pieces);
    bodies_run_together_at_a_comma(&reader, &mut pieces);
    missions_to_their_host(&reader, &mut pieces);
    bodies_an_office_is_of(&reader, &mut pieces);
    known_bodies_before_their_subject(&reader, &mut pieces);
    courts_heading_a_case(&reader, &mut pieces);
    given_names_read_apart(&reader, &mut pieces);
    persons_after_a_plural_role(&reader, &mut pieces);
    given_names_listed_after_kin(&reader, &mut pieces);
    french_institutions_named_after_someone(&reader, &mut pieces);
    labels_of_transcripts_and_fact_checks(&reader, &mut pieces);
    states_and_numbers_around_bodies(&reader, &mut pieces);
    portfolios_after_ministers(&reader, &mut pieces);
    persons_known_as_another_name(&reader, &mut pieces);
    handles_name_no_one(&reader, &mut pieces);
    verbs_opening_persons_names(&reader, &mut pieces);
    reference_numbers_name_no_one(&reader, &mut pieces);
    judges_and_cases_of_a_court_s_list(&reader, &mut pieces);
    publications_in_references(&reader, &mut pieces);
    adjectives_opening_headings(&reader, &mut pieces);
    bodies_of_known_bodies(&reader, &mut pieces);
    quoted_bodies_to_their_closing_quote(&reader, &mut pieces);
    bodies_that_call_themselves_so(&reader, &mut pieces);
    for p in pieces.iter_mut() {
        // A demonstrative before a body named again ("forwarded to this Court") is no part of
        // its name, as "the" is not.
        if matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && p.b - p.a >= 2
            && matches!(reader.lower(p.a), "this" | "that" | "these" | "those")
        {
            p.a += 1;
        }
    }
    for p in pieces.iter_mut() {
        // A body named for a state's kind of body ("the Justice Department", however a model
        // labelled it) is a public body, as "the Department of Justice" is; so is one named by
        // that word alone ("the Treasury's Office of ...", after "the U.S. Treasury").
        if p.kind == Some(MentionKind::Organization)
            && words::org_head(&strip_possessive(reader.word(p.b - 1)).0.to_lowercase())
                == Some(true)
        {
            p.kind = Some(MentionKind::PublicBody);
        }
    }
    // Burmese names' honorifics are read off only in a text about Myanmar: "Ma" opens Chinese
    // names too.
    let burmese_text = ["Myanmar", "Burma", "Burmese"]
        .iter()
        .any(|w| text.contains(w));
    for p in pieces.iter_mut() {
        // A state's department or ministry named formally is that name without the state
        // written before it ("the U.S. Department of the Treasury" is the Department of the
        // Treasury of the U.S., as "Iran's Ministry of Intelligence" is Iran's); so is one
        // named by its portfolio after the US or the UK ("the US Justice Department").
        let body = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        );
        let us_or_uk = matches!(reader.word(p.a), "U.S." | "US" | "U.K." | "UK");
        let formal = p.b - p.a >= 4
            && matches!(reader.lower(p.a + 1), "department" | "ministry")
            && reader.lower(p.a + 2) == "of"
            && (us_or_uk
                || reader
                    .place(p.a, p.a + 1)
                    .is_some_and(|pl| pl.kind == PlaceKind::Country));
        let by_portfolio = p.b - p.a == 3
            && us_or_uk
            && matches!(reader.lower(p.b - 1), "department" | "ministry");
        if body && (formal || by_portfolio) {
            p.a += 1;
        }
        // Letters of a rank or an honour after two name words make them a person's, whatever
        // a model read the three as ("Mr Alistair Roe KC" read as a place).
        if p.rule == "model"
            && matches!(p.kind, Some(MentionKind::Place | MentionKind::Organization))
            && p.b - p.a >= 3
            && words::is_post_nominal(reader.word(p.b - 1))
            && (p.a..p.b - 1).all(|k| {
                let w = reader.word(k);
                is_cap(w)
                    && !is_acronym(w)
                    && words::org_head(reader.lower(k)).is_none()
                    && reader.place(k, k + 1).is_none()
            })
        {
            p.kind = Some(MentionKind::Person);
            p.fallback = Some(MentionKind::Person);
        }
        if p.kind == Some(MentionKind::Person)
            && p.b - p.a >= 3
            && words::is_post_nominal(reader.word(p.b - 1))
        {
            p.b -= 1;
        }
        // A Burmese honorific a model read into the name ("Ma Hnin Wai", "Ko Thet Naing Oo"):
        // the person's style, as the rules read it.
        if p.kind == Some(MentionKind::Person)
            && burmese_text
            && p.b - p.a >= 3
            && words::BURMESE_HONORIFICS.contains(&reader.word(p.a))
            && reader.word(p.a + 1) != reader.word(p.a)
            && (p.a + 1..p.b).all(|k| is_cap(reader.word(k)))
        {
            p.role.get_or_insert_with(|| reader.word(p.a).to_string());
            p.a += 1;
        }
        // A hearing's question number before its speaker's name ("Q105 Owen Morgan:").
        if p.kind == Some(MentionKind::Person)
            && p.b - p.a >= 2
            && question_number(reader.word(p.a))
        {
            p.a += 1;
        }
    }
    // A known body's acronym before a local unit of it, named by its place ("the FBI New York
    // Field Office"): the body and its unit, two mentions, as "the FBI's New York Field Office"
    // would be. A unit named otherwise ("IRGC Intelligence Organization") is one name.
    let mut units = Vec::new();
    for p in pieces.iter_mut() {
        if !matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) || p.b - p.a < 3
            || !reader.gaz.acronyms.contains_key(reader.word(p.a))
            || words::org_head(reader.lower(p.b - 1)).is_none()
        {
            continue;
        }
        let placed = (1..=3).any(|len| {
            p.a + 1 + len < p.b
                && (p.a + 1..p.a + 1 + len).all(|k| reader.joined(k - 1))
                && reader.place(p.a + 1, p.a + 1 + len).is_some()
        });
        if placed {
            units.push(Piece {
                a: p.a + 1,
                b: p.b,
                kind: p.kind,
                role: None,
                rule: "a known body's unit named by its place",
                pending: false,
                fallback: None,
            });
            p.b = p.a + 1;
            p.kind = reader.gaz.acronyms.get(reader.word(p.a)).copied();
        }
    }
    pieces.extend(units);
    // Post-nominals a reader took apart from the name they follow ("Dan Jarvis MBE MP", the
    // "MP" read as a body) name no one.
    let persons: HashSet<usize> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Person))
        .map(|p| p.b)
        .collect();
    pieces.retain(|p| {
        let post_nominals = (p.a..p.b).all(|k| words::is_post_nominal(reader.word(k)));
        let after_a_name = || {
            (0..=3).any(|back| {
                p.a >= back
                    && persons.contains(&(p.a - back))
                    && (p.a - back..p.a).all(|k| words::is_post_nominal(reader.word(k)))
            })
        };
        // Or after a possessive, an office ("write to your MP").
        let an_office = || {
            p.a > 0
                && reader.joined(p.a - 1)
                && matches!(
                    reader.lower(p.a - 1),
                    "your" | "my" | "his" | "her" | "their" | "our" | "local"
                )
        };
        !(post_nominals && p.kind != Some(MentionKind::Person) && (after_a_name() || an_office()))
    });
    // A person's name does not follow an indefinite article: "a former Royal Marine", "an
    // Iranian Kurd" name a member of a body or a people, not someone.
    pieces.retain(|p| {
        if p.kind != Some(MentionKind::Person) {
            return true;
        }
        let mut k = p.a;
        while k > 0 && words::TITLE_MODIFIERS.contains(&reader.lower(k - 1)) {
            k -= 1;
        }
        !(k > 0
            && matches!(reader.lower(k - 1), "a" | "an")
            && (k - 1..p.a).all(|j| reader.joined(j)))
    });
    // A state's or a province's abbreviation after a town and a comma ("Brampton, Ont.,",
    // "Fairfax, Va.", a dateline's "WASHINGTON, D.C.") is part of the place, not a person or
    // a body.
    let places_at: HashSet<usize> = pieces
        .iter()
        .filter(|p| p.kind == Some(MentionKind::Place))
        .map(|p| p.b)
        .collect();
    for p in pieces.iter_mut() {
        let after_town = places_at.contains(&p.a)
            || (p.a > 0 && reader.toks[p.a - 1].first && {
                let w = reader.word(p.a - 1);
                w.len() >= 3 && w.chars().all(|c| !c.is_lowercase())
            });
        if p.b - p.a == 1
            && p.a > 0
            && after_town
            && reader.gap_after(p.a - 1) == ", "
            && words::REGION_ABBREVIATIONS.contains(&reader.word(p.a).trim_end_matches('.'))
        {
            p.kind = Some(MentionKind::Place);
            p.pending = false;
            p.fallback = None;
            p.rule = "a state's abbreviation after a town";
        }
    }
    // A legislator's party and state ("(D-N.Y.)") name no body or place; nor does the
    // country's code after a European legislator's group ("(EPP, PL)"): the group is a body.
    pieces.retain(|p| {
        let (s, e) = (reader.toks[p.a].start, reader.toks[p.b - 1].end);
        let party = reader.text[..s].ends_with('(')
            && reader.text[s..]
                .split_once(')')
                .is_some_and(|(inside, _)| s + inside.len() >= e && party_and_state(inside));
        let country = reader.text[..s].ends_with(", ")
            && reader.text[e..].starts_with(')')
            && reader.text[..s].rfind('(').is_some_and(|open| {
                group_and_country(&reader.text[open + 1..e]) == Some(&reader.text[s..e])
            });
        !party && !country
    });
    // A currency's letters before its sign ("HK$1 million", "US$20") name no body or place.
    pieces.retain(|p| {
        !(p.b - p.a == 1
            && p.b <= reader.toks.len()
            && reader.text[reader.toks[p.a].end..].starts_with('$'))
    });
    // A platform named for its product ("a Telegram channel", "her YouTube channel") is no
    // body's mention.
    pieces.retain(|p| {
        !(p.b - p.a == 1
            && words::PLATFORMS.contains(&reader.word(p.a))
            && p.b < reader.toks.len()
            && reader.joined(p.a)
            && words::PLATFORM_THINGS.contains(&reader.word(p.b)))
    });
    // A transcript's speaker label that is a role ("Chair:", "Q101 Chair:", "QUESTION:")
    // names no one: not a person, nor, written in capitals as a label, a body's acronym.
    // Nor is a hearing's question number alone ("Q17") anything's name.
    pieces.retain(|p| {
        let a = p.a + usize::from(question_number(reader.word(p.a)));
        if a == p.b {
            return false;
        }
        let role = p.b == a + 1 && words::SPEAKER_ROLES.contains(&reader.lower(a));
        !(role
            && (p.kind == Some(MentionKind::Person)
                || (p.b < reader.toks.len() && reader.after_speaker_label(p.b))))
    });
    // A spokesperson's title whose words include a body's ("Deputy Department Spokesperson",
    // "Foreign Ministry Spokesman"): the role is no part of the body's name; what is left
    // names a body only where it opens on more than a title's modifier. (Not every title:
    // "Federal Prosecutor General" is the office's name.)
    pieces.retain_mut(|p| {
        let body = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        );
        if !body || p.b - p.a < 2 || !is_cap(reader.word(p.b - 1)) {
            return true;
        }
        if !matches!(
            reader.lower(p.b - 1),
            "spokesperson" | "spokesman" | "spokeswoman"
        ) {
            return true;
        }
        p.b -= 1;
        !words::TITLE_MODIFIERS.contains(&reader.lower(p.a))
    });
    // The acronyms a law's or a list's name defines ("Executive Order (E.O.)") name nothing.
    let mut law_acronyms: Vec<String> = Vec::new();
    pieces.retain(|p| {
        let list_or_law = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && ((words::OTHER_HEADS.contains(&reader.lower(p.b - 1))
            && !reader.body_head_with_complement(p.a, p.b))
            || reader.law_named_on(p.b)
            || reader.inside_a_law_title(p.a, p.b));
        if list_or_law {
            law_acronyms.extend(
                reader
                    .acronyms_after(p.b)
                    .into_iter()
                    .map(|k| reader.word(k).to_string()),
            );
        }
        // A title and its portfolio ("High Representative for Foreign Affairs", "Minister
        // for Foreign Affairs") name an office holder, not a body.
        let title_and_portfolio = matches!(
            p.kind,
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && {
            let t = reader.title_len(p.a, p.b);
            t > 0
                && p.a + t < p.b
                && matches!(reader.lower(p.a + t), "for" | "of")
                && !(p.a..p.b).any(|k| words::org_head(reader.lower(k)).is_some())
        };
        // A body's kind before a title, as a title's modifier ("Army chief Muhoozi
        // Kainerugaba", "Police spokesman ..."), names no body; one whose title it is ("the
        // Kremlin's spokesman") does.
        let kind_before_a_title = matches!(
            p.kind.or(p.fallback),
            Some(MentionKind::Organization | MentionKind::PublicBody)
        ) && p.b - p.a == 1
            && words::org_head(reader.lower(p.a)).is_some()
            && p.b < reader.toks.len()
            && reader.joined(p.a)
            && !reader.possessive(p.a)
            && words::is_person_cue(reader.lower(p.b));
        // "the Roe family", "the Roe clan": a household, not the person.
        let household = matches!(p.kind.or(p.fallback), Some(MentionKind::Person) | None)
            && p.b - p.a == 1
            && p.a > 0
            && reader.lower(p.a - 1) == "the"
            && p.b < reader.toks.len()
            && reader.joined(p.a)
            && matches!(
                reader.word(p.b),
                "family" | "families" | "clan" | "household" | "dynasty"
            );
        // A technology's initials before what they qualify ("CCTV footage", "GPS tracker"):
        // no body, whatever a model or a list read (China's broadcaster is CCTV too).
        let technology = p.b - p.a == 1
            && matches!(
                reader.word(p.a),
                "CCTV" | "GPS" | "VPN" | "SIM" | "USB" | "SMS"
            )
            && p.b < reader.toks.len()
            && reader.joined(p.a)
            && matches!(
                reader.word(p.b),
                "footage"
                    | "camera"
                    | "cameras"
                    | "image"
                    | "images"
                    | "video"
                    | "videos"
                    | "recording"
                    | "recordings"
                    | "system"
                    | "systems"
                    | "tracker"
                    | "trackers"
                    | "tracking"
                    | "data"
                    | "card"
                    | "cards"
                    | "message"
                    | "messages"
                    | "coordinates"
                    | "location"
                    | "connection"
                    | "service"
                    | "app"
            );
        !(names_an_operation(&reader, p)
            || household
            || technology
            || kind_before_a_title
            || title_and_portfolio
            || byline_without_a_name(&reader, p)
            || a_placeholder(&reader, p)
            || inside_a_title(&reader, p)
            || list_or_law)
    });
    pieces.sort_by_key(|p| (p.a, std::cmp::Reverse(p.b)));
    // Overlaps: the first (longest) piece at a position wins.
    let mut kept: Vec<Piece> = Vec::new();
    for p in pieces {
        // A place inside a body's name ("embassy in Vienna") is a mention of its own.
        let nested = p.rule == "place inside a body's name";
        if kept.iter().rev().take(3).any(|k| {
            p.a < k.b
                && !(nested
                    && matches!(
                        k.kind,
                        Some(MentionKind::Organization | MentionKind::PublicBody)
                    ))
        }) {
            continue;
        }
        kept.push(p);
    }

    let mut ex = Extraction {
        sentences: sents,
        main_countries: main_countries(text),
        countries_named: countries_by_mentions(text),
        latest_year: latest_year(text),
        ..Default::default()
    };
    // Acronym definitions: token index of the acronym → the piece defining it.
    let mut defined: HashMap<String, usize> = HashMap::new();
    // (A member of a house by the letters after a name, "MP", "MEP", is no body alone
    // either: "a former opposition MP, Lim Kimya".)
    let mut not_entities: HashSet<String> = words::NON_ENTITY_ACRONYMS
        .iter()
        .chain(&["MP", "MEP", "MSP", "MLA", "MPP"])
        .map(|s| s.to_string())
        .chain(law_acronyms)
        .chain(zones_after_times(&reader))
        .collect();
    let mut acronym_pieces: Vec<(usize, usize)> = Vec::new(); // (token, defining piece)
    let agency = dateline_agency(&reader);
    // A body's short name set off by commas after it is defined for it as an acronym is.
    let short_names: HashSet<usize> = kept
        .iter()
        .filter(|q| q.rule == "a body's short name after its name")
        .map(|q| q.a)
        .collect();
    // The bodies by the token they end on, for the acronym of "X at the Y (ACR)".
    let is_body = |q: &Piece| {
        !q.pending
            && matches!(
                q.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
    };
    let body_ending_at: HashMap<usize, usize> = kept
        .iter()
        .enumerate()
        .filter(|(_, q)| is_body(q))
        .map(|(qi, q)| (q.b, qi))
        .collect();
    // An acronym after "X at the Y" or "X of the Y" that does not spell Y is X's ("the
    // Federal Prosecutor General at the Federal Court of Justice (GBA)", "the Office of the
    // Prosecutor at the Court (OTP)"): the parenthesis closes the whole phrase, whose head is
    // X. One that spells Y is Y's ("the Quds Force of the Revolutionary Guard Corps (IRGC)").
    let owner = |pi: usize, w: &str| -> usize {
        let p = &kept[pi];
        let bare = w.replace('.', "");
        let spells = |q: &Piece| name_initials(reader.text_of(q.a, q.b)).contains(&bare);
        if !is_body(p) || spells(p) || p.a < 2 {
            return pi;
        }
        let the = usize::from(reader.lower(p.a - 1) == "the");
        let Some(link) = p.a.checked_sub(1 + the) else {
            return pi;
        };
        if !matches!(reader.lower(link), "at" | "of" | "in") {
            return pi;
        }
        match body_ending_at.get(&link) {
            Some(&qi) if (link..p.a).all(|k| reader.joined(k)) => qi,
            _ => pi,
        }
    };
    for (pi, p) in kept.iter().enumerate() {
        // A dateline's parenthesis names the agency, not the place ("NEW YORK (AP)", "Paris
        // (AFP) -").
        if p.pending || p.rule == "dateline" {
            continue;
        }
        let mut acrs = reader.acronyms_after(p.b);
        if acrs.is_empty() && short_names.contains(&p.b) {
            acrs.push(p.b);
        }
        acrs.retain(|&k| !agency.iter().any(|&(a, b)| (a..b).contains(&k)));
        for k in acrs {
            let w = reader.word(k).to_string();
            if p.kind.is_some_and(MentionKind::is_party) {
                let pi = owner(pi, &w);
                defined.insert(w, pi);
                acronym_pieces.push((k, pi));
            } else {
                not_entities.insert(w);
            }
        }
    }
    // An acronym declared in words and written as a word ("known by its Swedish acronym
    // Sapo") is the body's wherever the report uses it, whatever a model read there.
    // So is a short name in capitals set off by commas after the name ("The National
    // Intelligence Organization, MIT, said"): read as the defined acronym, not as a body of
    // its own.
    for p in kept.iter_mut() {
        let set_off = short_names.contains(&p.a) && is_acronym(reader.word(p.a));
        if p.b - p.a == 1
            && (!is_acronym(reader.word(p.a)) || set_off)
            && defined.contains_key(reader.word(p.a))
        {
            p.kind = None;
            p.pending = true;
        }
    }
    // Lowercase definitions ("triacetone triperoxide (TATP)") make the acronym a non-entity,
    // unless they end on a body's head word ("the national anti-terrorism prosecutor's office
    // (PNAT)"): the acronym names that body.
    for (k, t) in reader.toks.iter().enumerate() {
        if k > 0
            && is_acronym(reader.word(k))
            && reader.text[..t.start].ends_with('(')
            // A date or a number before it defines nothing ("VIENNA, Nov 18 (AP)").
            && reader
                .word(k - 1)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
            && words::org_head(&strip_possessive(reader.word(k - 1)).0.to_lowercase()).is_none()
        {
            not_entities.insert(reader.word(k).to_string());
        }
    }

    // A judge's initials after a case's docket number ("21 Cr. 430 (RA)", "No. 1:22-cv-345
    // (JMF)"), as US courts number cases: no body.
    for (k, t) in reader.toks.iter().enumerate() {
        if k >= 2
            && is_acronym(reader.word(k))
            && reader.text[..t.start].ends_with('(')
            && reader.word(k - 1).starts_with(|c: char| c.is_ascii_digit())
            && (k.saturating_sub(6)..k - 1).any(|j| {
                matches!(
                    reader.lower(j).trim_end_matches('.'),
                    "cr" | "civ" | "cv" | "crim" | "mj" | "mag" | "no"
                ) || reader.lower(j).contains("-cr-")
                    || reader.lower(j).contains("-cv-")
            })
        {
            not_entities.insert(reader.word(k).to_string());
        }
    }

    // A party's cipher: the capitals a court or a report gives a person it does not name
    // ("The appellant, NK, is ...", "R (on the application of NK)"), wherever they stand.
    not_entities.extend(ciphers_of_parties(&reader));

    // Entities from the resolved pieces.
    let mut entity_of_piece: Vec<Option<usize>> = vec![None; kept.len()];
    let mut person_keys = PersonKeys::default();
    let mut org_keys: HashMap<(MentionKind, String), usize> = HashMap::new();
    // The state a body's mention ties it to ("Bahrain's ..."), by entity.
    let mut body_countries: HashMap<usize, &'static str> = HashMap::new();
    let push_entity = |ex: &mut Extraction, kind: MentionKind, name: &str| {
        ex.entities.push(DocEntity::new(kind, name));
        ex.entities.len() - 1
    };
    // Every person's name of the document with where it stands: a short name two of them
    // hold is told apart by which is named nearest it.
    let full_names: Vec<(usize, Vec<String>)> = kept
        .iter()
        .filter(|q| q.kind == Some(MentionKind::Person) && !q.pending && q.b - q.a >= 2)
        .map(|q| (q.a, person_key(reader.text_of(q.a, q.b))))
        .collect();
    let full_name_index = FullNameIndex::new(&full_names);
    // A name said to be no relation of someone the text describes without naming ("our
    // producer Jane Roe, no relation to the general"), where the document holds it in one
    // longer name: that is the person it disowns, and its mentions are not theirs.
    let disclaiming: HashSet<usize> = kept
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == Some(MentionKind::Person) && !q.pending)
        .filter(|(_, q)| disowns_an_unnamed_namesake(&reader, q, &kept))
        .map(|(i, _)| i)
        .collect();
    // A surname alone that disowns a namesake ("Mr. Roe is not connected with anyone of a
    // similar name") is still the person named in full before it, and he is the namesake.
    let disowned: HashSet<Vec<String>> = disclaiming
        .iter()
        .map(|&i| person_key(reader.text_of(kept[i].a, kept[i].b)))
        .filter(|key| key.len() >= 2)
        .filter(|key| full_name_index.distinct_holders(key) == 1)
        .collect();
    for (pi, p) in kept.iter().enumerate() {
        let Some(kind) = p.kind else { continue };
        if p.pending {
            continue;
        }
        let name = reader.text_of(p.a, p.b);
        let e = match kind {
            MentionKind::Person => {
                let key = person_key(name);
                // A name after "son of", "father of" ... is a kinsman's: a name of the same
                // family, not a shorter form of the person named in full ("Abdul Rahman Yusuf
                // al-Qaradawi ... the son of Yusuf al-Qaradawi").
                let kin_of = reader.named_as_kin(p.a);
                // A short name two full names of the document hold ("Min Aung" of "Min Aung
                // Hlaing" and "Min Aung Kyaw"): the one named nearest it, the one named after
                // it where "another" says it is not the one before.
                let disowning = disowned.contains(&key);
                let chosen: Option<Vec<String>> = (key.len() >= 2 && !kin_of && !disowning)
                    .then(|| {
                        if full_name_index.distinct_holders(&key) < 2 {
                            return None;
                        }
                        let holders: Vec<&(usize, Vec<String>)> = full_names
                            .iter()
                            .filter(|(_, k)| {
                                k.len() > key.len() && key.iter().all(|w| k.contains(w))
                            })
                            .collect();
                        let another = p.a > 0 && reader.lower(p.a - 1) == "another";
                        holders
                            .iter()
                            .filter(|(a, _)| !another || *a > p.a)
                            .min_by_key(|(a, _)| a.abs_diff(p.a))
                            .map(|(_, k)| k.clone())
                    })
                    .flatten();
                let found = match &chosen {
                    Some(full) => person_keys.latest(full, |k| k == full.as_slice()),
                    None => person_keys.latest(&key, |k| {
                        k == key.as_slice()
                            || (!kin_of
                                && !disowning
                                && !disowned.iter().any(|d| d.as_slice() == k)
                                && ((key.len() >= 2 && key.iter().all(|w| k.contains(w)))
                                    || (k.len() >= 2 && k.iter().all(|w| key.contains(w)))))
                    }),
                };
                let e = match found {
                    Some((e, _)) => *e,
                    None => {
                        let e = push_entity(&mut ex, kind, name);
                        person_keys.push(e, chosen.unwrap_or(key));
                        e
                    }
                };
                if (disowning || disclaiming.contains(&pi))
                    && !ex.entities[e].descriptions.iter().any(|d| d == NAMESAKE)
                {
                    ex.entities[e].descriptions.push(NAMESAKE.to_string());
                }
                e
            }
            _ => {
                let key = (kind, org_key(name));
                // "the Investigative Committee" after "the Investigative Committee of the
                // Russian Federation" (or before it): one body, its country said once.
                let qualified = || {
                    let mut same: Vec<usize> = org_keys
                        .iter()
                        .filter(|((k, other), _)| {
                            *k == kind
                                && kind != MentionKind::Place
                                && (of_its_country(&key.1, other) || of_its_country(other, &key.1))
                        })
                        .map(|(_, &e)| e)
                        .collect();
                    same.sort_unstable();
                    same.dedup();
                    match same[..] {
                        [e] => Some(e),
                        _ => None,
                    }
                };
                // "the Chinese embassy" after "the Chinese embassy in Bern": the one body of
                // that name the document placed.
                let placed_before = || {
                    let lead = format!("{} in ", name.to_lowercase());
                    let body = |k: MentionKind| {
                        matches!(k, MentionKind::Organization | MentionKind::PublicBody)
                    };
                    // Compared a character at a time, not lower-cased whole: every body
                    // named before is looked at, and most differ at their first letter.
                    let leads = |d: &str| {
                        let mut lower = d.chars().flat_map(char::to_lowercase);
                        lead.chars().all(|c| lower.next() == Some(c))
                    };
                    let mut same = ex
                        .entities
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| body(d.kind) && body(kind) && leads(&d.name));
                    match (same.next(), same.next()) {
                        (Some((e, _)), None) => Some(e),
                        _ => None,
                    }
                };
                // "Bahrain's National Security Agency" and, later, "Egypt's National Security
                // Agency": one name, two states' bodies; a bare mention after them is the one
                // named last.
                let country = (kind != MentionKind::Place)
                    .then(|| reader.country_of_body(p.a, p.b))
                    .flatten();
                let same_name = org_keys.get(&key).copied().filter(|e| {
                    match (country, body_countries.get(e)) {
                        (Some(c), Some(&other)) => c == other,
                        _ => true,
                    }
                });
                let another_state_s = same_name.is_none() && org_keys.contains_key(&key);
                let found = if another_state_s {
                    None
                } else {
                    same_name.or_else(qualified).or_else(placed_before)
                };
                let e = match found {
                    Some(e) => e,
                    None => {
                        let e = push_entity(&mut ex, kind, name);
                        if kind == MentionKind::Place {
                            ex.entities[e].country = reader.place(p.a, p.b).map(|p| p.country);
                        }
                        org_keys.insert(key, e);
                        e
                    }
                };
                if let Some(c) = country {
                    body_countries.entry(e).or_insert(c);
                }
                e
            }
        };
        entity_of_piece[pi] = Some(e);
    }
    // A body's name and, in parentheses right after it, its name in another language or
    // another of its names ("Spain's National Court (Audiencia Nacional)"): one body, where
    // the name in parentheses is no other body's the gazetteer knows.
    let body = |k: Option<MentionKind>| {
        matches!(k, Some(MentionKind::Organization | MentionKind::PublicBody))
    };
    for qi in 0..kept.len() {
        let q = &kept[qi];
        if q.pending
            || !body(q.kind)
            || q.b >= reader.toks.len()
            || reader.gap_after(q.b - 1) != " ("
        {
            continue;
        }
        let Some(pi) = (0..kept.len()).find(|&pi| {
            let p = &kept[pi];
            pi != qi
                && !p.pending
                && body(p.kind)
                && p.a == q.b
                && (p.b - p.a >= 2 || p.rule == "a body's name in another script")
                && p.b < reader.toks.len()
                && reader.gap_after(p.b - 1).starts_with(')')
                // Not a body the lists or the gazetteer know by that name: a unit's parent
                // in parentheses ("the Quds Force (Islamic Revolutionary Guard Corps)") is
                // another body.
                && reader.gaz.lookup(reader.text_of(p.a, p.b)).is_none()
        }) else {
            continue;
        };
        let (Some(keep), Some(gone)) = (entity_of_piece[qi], entity_of_piece[pi]) else {
            continue;
        };
        if keep == gone {
            continue;
        }
        for e in entity_of_piece.iter_mut() {
            if *e == Some(gone) {
                *e = Some(keep);
            }
        }
        for e in org_keys.values_mut() {
            if *e == gone {
                *e = keep;
            }
        }
    }
    // A person's other name after an alias marker ("JANE ROE, a/k/a \"Rafo,\" a/k/a \"Jay\"",
    // "Ali Reza, also known as Reza Ali", "X, known as Hemedti"): the same person, as
    // charging papers and lists give their other names and reports their nicknames, not a
    // second one.
    // Merged entities point at the one they joined; every piece and key is pointed once, at
    // the end: a page may give thousands of aliases.
    let mut joined_to: Vec<usize> = (0..ex.entities.len()).collect();
    let root = |joined_to: &[usize], mut e: usize| {
        while joined_to[e] != e {
            e = joined_to[e];
        }
        e
    };
    let mut merged = false;
    let mut last_person: Option<usize> = None;
    for pi in 0..kept.len() {
        let p = &kept[pi];
        if p.pending || p.kind != Some(MentionKind::Person) {
            continue;
        }
        if let Some(qi) = last_person {
            let q = &kept[qi];
            let between = &reader.text[reader.toks[q.b - 1].end..reader.toks[p.a].start];
            let marker = if between.len() <= 32 {
                between
                    .trim_matches(|c: char| matches!(c, ',' | '"' | '“' | '”' | '(' | ' ' | '\n'))
                    .to_lowercase()
            } else {
                String::new()
            };
            // A header's lines: the name, "also known as", the alias, each a line.
            let same_sentence = reader.toks[q.a].sentence == reader.toks[p.a].sentence
                || (between.contains('\n')
                    && matches!(marker.as_str(), "also known as" | "known as" | "a/k/a"));
            // Or the name in another script after the language's name ("(Persian: ...").
            let in_a_language = marker
                .strip_suffix(':')
                .is_some_and(|l| NAME_LANGUAGES.contains(&l))
                && p.rule == "a name in another script";
            // Or a nickname in quotes in parentheses straight after the name ("Wanchalearm
            // Satsaksit ("Tar")").
            let nickname_in_parentheses = marker.is_empty()
                && between.starts_with(" (")
                && between.contains(['"', '\u{201c}']);
            if same_sentence
                && (in_a_language
                    || nickname_in_parentheses
                    || matches!(
                        marker.as_str(),
                        "a/k/a"
                            | "aka"
                            | "a.k.a."
                            | "a.k.a"
                            | "also known as"
                            | "alias"
                            // The nickname a report gives after the name ("Mohamed Hamdan
                            // Dagalo, known as Hemedti"): the same person's other name.
                            | "known as"
                            | "better known as"
                            | "widely known as"
                            | "popularly known as"
                            | "nicknamed"
                            | "dubbed"
                    ))
            {
                if let (Some(keep), Some(gone)) = (entity_of_piece[qi], entity_of_piece[pi]) {
                    let (keep, gone) = (root(&joined_to, keep), root(&joined_to, gone));
                    if keep != gone {
                        joined_to[gone] = keep;
                        merged = true;
                    }
                }
            }
        }
        last_person = Some(pi);
    }
    if merged {
        for e in entity_of_piece.iter_mut().flatten() {
            *e = root(&joined_to, *e);
        }
        person_keys.point_at(|e| root(&joined_to, e));
    }
    for (k, pi) in &acronym_pieces {
        if let Some(e) = entity_of_piece[*pi] {
            let w = reader.word(*k).to_string();
            if !ex.entities[e].acronyms.contains(&w) {
                ex.entities[e].acronyms.push(w);
            }
        }
    }
    let acronym_entity: HashMap<String, usize> = ex
        .entities
        .iter()
        .enumerate()
        .flat_map(|(e, d)| d.acronyms.iter().map(move |a| (a.clone(), e)))
        .collect();

    // Second pass: lone words and acronyms. Not an acronym a longer name already holds
    // ("(IRGC ASF)", a name the lists know whole).
    let held_by_a_name = tokens_held(&reader, &kept, |q| {
        !q.pending && q.kind.is_some() && q.b - q.a >= 2
    });
    let mut extra: Vec<Piece> = acronym_pieces
        .iter()
        .filter(|(k, _)| !held_by_a_name[*k])
        .map(|(k, _)| Piece {
            a: *k,
            b: k + 1,
            kind: None,
            role: None,
            rule: "acronym defined in the document",
            pending: true,
            fallback: None,
        })
        .collect();
    kept.append(&mut extra);
    entity_of_piece.resize(kept.len(), None);
    // A lone surname and the person the document used it for.
    let mut lone_surnames: HashMap<String, (usize, usize)> = HashMap::new();
    // The words written alone, capitalised, outside any name of two words or more: built
    // once, when two persons first share a surname.
    let mut words_alone: Option<HashSet<String>> = None;
    // The persons by the last word of their names of two words or more, and the bodies by
    // their names' initials, grown as entities are added: a lone word in capitals looks up
    // the few entities it may stand for, not every entity a page of thousands has named.
    // (Entities' names, forms and kinds do not change while pending words are resolved.)
    let mut names_index = EntityNameIndex::default();
    // Each entity's pieces, kept up as pending words are resolved: a lone word asks of its
    // candidates' own pieces, not of every piece of the page.
    let mut pieces_of: HashMap<usize, Vec<usize>> = HashMap::new();
    for (qi, e) in entity_of_piece.iter().enumerate() {
        if let Some(e) = e {
            pieces_of.entry(*e).or_default().push(qi);
        }
    }
    // A document that names persons by their initials too, as minutes give actions to
    // members ("Action: JR to draft"): where two words in capitals or more are each the
    // initials of a person it named in full before them, each stands for that person.
    // Each person's initials, with where the document first names them in full.
    let mut persons_by_initials: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
    for (e, d) in ex.entities.iter().enumerate() {
        if d.kind != MentionKind::Person {
            continue;
        }
        let Some(first) = pieces_of
            .get(&e)
            .into_iter()
            .flatten()
            .filter(|&&qi| kept[qi].b - kept[qi].a >= 2)
            .map(|&qi| kept[qi].a)
            .min()
        else {
            continue;
        };
        for f in &d.forms {
            let parts: Vec<&str> = f.split_whitespace().collect();
            if !(2..=3).contains(&parts.len())
                || !parts.iter().all(|w| w.starts_with(char::is_uppercase))
            {
                continue;
            }
            let initials: String = parts
                .iter()
                .filter_map(|w| w.chars().next())
                .flat_map(char::to_uppercase)
                .collect();
            let entities = persons_by_initials.entry(initials).or_default();
            if !entities.iter().any(|&(x, _)| x == e) {
                entities.push((e, first));
            }
        }
    }
    // The one person of those initials named in full before the word, if one is.
    let person_of_initials = |initials: &str, at: usize| -> Option<usize> {
        match persons_by_initials
            .get(initials)?
            .iter()
            .filter(|&&(_, first)| first < at)
            .collect::<Vec<_>>()[..]
        {
            [&(e, _)] => Some(e),
            _ => None,
        }
    };
    let initials_in_use: HashSet<String> = kept
        .iter()
        .filter(|q| q.pending && q.b == q.a + 1)
        .filter_map(|q| {
            let w = reader.word(q.a).replace('.', "");
            (is_acronym(&w) && person_of_initials(&w, q.a).is_some()).then_some(w)
        })
        .collect();
    let initials_for_persons = initials_in_use.len() >= 2;
    let persons_by_their_ties = lone_names_of_persons_by_their_ties(&reader);
    for pi in 0..kept.len() {
        if !kept[pi].pending {
            continue;
        }
        let (a, b) = (kept[pi].a, kept[pi].b);
        // A lone surname before a plural of kin or "family" ("the al-Kani brothers", "the
        // Haddad family") names a family, no one person of it.
        if b - a == 1
            && b < reader.toks.len()
            && reader.joined(a)
            && !reader.possessive(a)
            && matches!(
                reader.lower(b),
                "brothers" | "sisters" | "siblings" | "twins" | "cousins" | "family" | "families"
            )
        {
            kept[pi].kind = None;
            continue;
        }
        let w = reader.text_of(a, b).to_string();
        let mut resolved: Option<(MentionKind, Option<usize>, &'static str)> = None;
        if b - a == 1 && (is_acronym(&w) || acronym_entity.contains_key(&w)) {
            names_index.catch_up(&ex.entities);
            let (by_last_word, by_initials) = (&names_index.by_last_word, &names_index.by_initials);
            let bare = w.replace('.', "");
            // A surname in capitals after an honorific or a legislator's title: a
            // transcript's speaker ("Mr. HALE.", "Senator ROE.", "Chairman DOE.").
            let after_honorific = a > 0
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && words::is_speaker_title(reader.lower(a - 1))
                && reader.gap_after(a - 1).chars().all(|c| c == ' ');
            // The surname of a person the document names in capitals, as court papers write
            // parties ("SHAHRAM POURSAFI, the defendant ... POURSAFI communicated").
            let capitals_surname_of = || match by_last_word.get(&w).map(Vec::as_slice) {
                Some(&[e]) if w.chars().count() >= 4 => Some(e),
                _ => None,
            };
            if after_honorific {
                resolved = Some((
                    MentionKind::Person,
                    None,
                    "surname in capitals after an honorific",
                ));
            } else if let Some(e) = capitals_surname_of() {
                resolved = Some((
                    MentionKind::Person,
                    Some(e),
                    "surname in capitals of a person in the document",
                ));
            } else if let Some(&e) = acronym_entity.get(&w) {
                resolved = Some((
                    ex.entities[e].kind,
                    Some(e),
                    "acronym defined in the document",
                ));
            } else if let Some(e) = person_of_initials(&bare, a)
                .filter(|_| initials_for_persons && initials_in_use.contains(&bare))
            {
                resolved = Some((MentionKind::Person, Some(e), INITIALS_OF_A_PERSON));
            } else if let Some(e) = {
                // The initials of one body the document names in full (the Foreign Office
                // ... the FO; the United Nations ... the UN).
                match by_initials.get(&bare).map(Vec::as_slice) {
                    Some(&[e]) => Some(e),
                    _ => None,
                }
            } {
                resolved = Some((
                    ex.entities[e].kind,
                    Some(e),
                    "initials of a body in the document",
                ));
            } else if not_entities.contains(&w) || not_entities.contains(&bare) {
                resolved = None;
            } else if let Some(p) = words::places().get(w.as_str()) {
                if p.kind != PlaceKind::Demonym {
                    resolved = Some((MentionKind::Place, None, "place gazetteer"));
                }
            } else if a == 0 && {
                let after = &reader.text[reader.toks[a].end..];
                // Or a date after a comma first ("ZURICH, 14 May (SDA) -").
                let head: String = after.chars().take(40).collect();
                [" -", " —", " –", " ("]
                    .iter()
                    .any(|d| after.starts_with(d))
                    || (after.starts_with(", ")
                        && head.contains(|c: char| c.is_ascii_digit())
                        && [" (", " -", "—", "–"].iter().any(|d| head.contains(d)))
            } {
                // A dateline: the place a report was filed from, in capitals, opening it.
                resolved = Some((MentionKind::Place, None, "dateline"));
            } else if a == 1 && bare.len() == 2 && {
                let before = reader.gap_after(0);
                let after = &reader.text[reader.toks[1].end..];
                before == ", "
                    && [" -", " —", " –"].iter().any(|d| after.starts_with(d))
                    && reader.place(0, 1).is_some()
            } {
                // A state's abbreviation in a dateline ("Washington, DC -"): the place's.
                resolved = Some((MentionKind::Place, None, "dateline"));
            } else if let Some(p) = (bare.len() >= 4
                // "the DIGOS political police": an acronym after an article, whatever town
                // the letters spell.
                && !(a > 0 && matches!(reader.lower(a - 1), "the" | "a" | "an")))
            .then(|| titlecase(&bare))
            .and_then(|t| words::places().get(t.as_str()))
            .filter(|p| p.kind != PlaceKind::Demonym)
            {
                // A place in capitals, as datelines write it ("BERLIN -").
                let _ = p;
                resolved = Some((MentionKind::Place, None, "place gazetteer"));
            } else if let Some(&k) = gaz.acronyms.get(&w) {
                resolved = Some((k, None, "known acronym"));
            } else if w.contains('.')
                && bare.chars().count() >= 3
                && kept[pi].fallback == Some(MentionKind::Place)
                && words::places().get(bare.as_str()).is_none()
            {
                // Initials with full stops no gazetteer knows as a place ("the F.B.I."), which
                // a model read as one: a body's, as its letters without them would be.
                resolved = Some((MentionKind::Organization, None, "initials with full stops"));
            } else if let Some(k) = kept[pi]
                .fallback
                // A heading's word in capitals the model took for a body ("THE FACTS").
                .filter(|&k| {
                    !(k == MentionKind::Organization && reader.on_a_heading_in_capitals(a))
                })
            {
                // A capitalised dateline ("OSLO") or an acronym the model has read in context.
                resolved = Some((k, None, "model"));
            } else if bare.len() >= 2
                && !vigil_normalize::lexicon::is_roman_numeral(&bare.to_lowercase())
                && !reader.on_a_heading_in_capitals(a)
                // An acronym no one knows as a modifier's first part ("COVID-related") names
                // a thing more often than a body.
                && !reader.acronym_modifier(a)
            {
                resolved = Some((MentionKind::Organization, None, "unknown acronym"));
            }
        } else if let Some(e) = (w.chars().count() >= 4
            && words::places().get(w.as_str()).is_none()
            && !reader.town_of_an_address(a)
            // "the Resistance": a common noun capitalised names no body by itself.
            && !words::looks_like_common_noun(&w.to_lowercase())
            // "the Iranian Resistance" is a movement, not the Council of Resistance.
            && !(a > 0
                && reader.toks[a - 1].sentence == reader.toks[a].sentence
                && reader
                    .word(a - 1)
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)))
        .then(|| {
            // "Treasury" after "the Department of the Treasury": the word a body's name
            // closes on after "of" names that body again (not a place: "England" is no
            // "Bank of England").
            // So does the word before the head word of a body named "X Department" ("the
            // Treasury Department ... Treasury's Office").
            let (of_w, of_the_w) = (format!(" of {w}"), format!(" of the {w}"));
            ex.entities.iter().position(|d| {
                matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody)
                    && (((d.name.ends_with(&of_w) || d.name.ends_with(&of_the_w))
                        && d.name.split_whitespace().count() >= 3)
                        || d.name.strip_prefix(w.as_str()).is_some_and(|rest| {
                            rest.strip_prefix(' ').is_some_and(|head| {
                                !head.contains(' ')
                                    && words::org_head(&head.to_lowercase()).is_some()
                            })
                        }))
            })
        })
        .flatten()
        {
            resolved = Some((
                ex.entities[e].kind,
                Some(e),
                "the last word of a body's name",
            ));
        } else {
            // A surname of a person named in full in this document.
            let key = person_key(&w);
            let cand: Vec<usize> = person_keys
                .holding_first_word(&key)
                .filter(|(_, k)| (k.len() >= 2 && key.iter().all(|x| k.contains(x))) || *k == key)
                .map(|(e, _)| *e)
                .collect();
            // "Kowalsky" among "Kowalski"s: one letter off a longer surname named in full.
            let slipped: Vec<usize> = if cand.is_empty() && key.len() == 1 && key[0].len() >= 6 {
                person_keys.one_slip_from(&key[0])
            } else {
                Vec::new()
            };
            // A relative the text introduces by kinship ("His father, Akhmat Kadyrov, ...")
            // is named in passing: a lone surname after it is still the subject's, the
            // person of that surname named otherwise.
            let introduced_as_kin = |e: usize| {
                let mut full = pieces_of
                    .get(&e)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&qi| kept[qi].b - kept[qi].a >= 2)
                    .peekable();
                full.peek().is_some()
                    && full.all(|qi| {
                        kept[qi].a >= 1 && words::KIN_NOUNS.contains(&reader.lower(kept[qi].a - 1))
                    })
            };
            let subjects: Vec<usize> = cand
                .iter()
                .copied()
                .filter(|&e| !introduced_as_kin(e))
                .collect();
            let cand = if !subjects.is_empty() && subjects.len() < cand.len() {
                subjects
            } else {
                cand
            };
            // Two persons of one surname, one of them called elsewhere by another word of
            // their name alone ("Omid Rastegar Haddad ... Rastegar was charged"):
            // the writer tells that one apart by it, and keeps the shared surname for the
            // other.
            let cand = if cand.len() >= 2 {
                let alone = words_alone.get_or_insert_with(|| {
                    let mut in_names = vec![false; reader.toks.len()];
                    for q in kept.iter().filter(|q| q.b - q.a >= 2) {
                        in_names[q.a..q.b].iter_mut().for_each(|x| *x = true);
                    }
                    (0..reader.toks.len())
                        .filter(|&k| !in_names[k] && is_cap(reader.word(k)))
                        .flat_map(|k| person_key(reader.word(k)))
                        .collect()
                });
                let told_apart = |e: usize| {
                    person_keys
                        .keys_of(e)
                        .flat_map(|k| k.iter().skip(1))
                        .any(|x| !key.contains(x) && alone.contains(x))
                };
                let others: Vec<usize> = cand.iter().copied().filter(|&e| !told_apart(e)).collect();
                if !others.is_empty() && others.len() < cand.len() {
                    others
                } else {
                    cand
                }
            } else {
                cand
            };
            // Two persons of one surname, the lone one after an honorific ("Mrs X" after
            // "Mrs Jane X" and "John X"): not the one the document or the lists tell is of the
            // other sex, by an honorific before their name or by their given name.
            let cand = match a
                .checked_sub(1)
                .and_then(|h| words::sex_of_honorific(reader.lower(h)))
            {
                Some(sex) if cand.len() >= 2 => {
                    let sex_of = |e: usize| {
                        pieces_of
                            .get(&e)
                            .into_iter()
                            .flatten()
                            .filter_map(|&qi| kept[qi].a.checked_sub(1))
                            .find_map(|h| words::sex_of_honorific(reader.lower(h)))
                            .or_else(|| {
                                person_keys
                                    .keys_of(e)
                                    .filter(|k| k.len() >= 2)
                                    .find_map(|k| gaz.sex_of_given_name(&k[0]))
                            })
                    };
                    let fits: Vec<usize> = cand
                        .iter()
                        .copied()
                        .filter(|&e| sex_of(e).is_none_or(|s| s == sex))
                        .collect();
                    if !fits.is_empty() && fits.len() < cand.len() {
                        fits
                    } else {
                        cand
                    }
                }
                _ => cand,
            };
            // Two persons of one surname (a journalist and an officer both named Farahani):
            // the lone surname is the one named last before it, as a reader takes it, unless
            // it was used for another before that one was first named ("al-Ghamdi" for the
            // defendant, before his brother was named in full: a writer names the newcomer in
            // full and keeps the surname for the one it stood for).
            // A speaker's label ("JOHN ROE: ...") names who speaks, not whom the narration
            // goes on about: the surname in a narrator's sentence is the person the text
            // named, not the last speaker.
            let label = |qi: usize| {
                reader.opens_line(kept[qi].a)
                    && kept[qi].b < reader.toks.len()
                    && reader.gap_after(kept[qi].b - 1).starts_with(':')
            };
            let named_last_before = cand
                .iter()
                .filter_map(|&e| {
                    pieces_of
                        .get(&e)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&qi| kept[qi].b <= a && !label(qi))
                        .map(|qi| kept[qi].a)
                        .max()
                        .map(|at| (at, e))
                })
                .max()
                .map(|(_, e)| e);
            // The role set after the lone surname ("Joseph, the journalist,") against the
            // one named last, described otherwise ("the gang's leader Wilson Joseph"): the
            // other person of the surname, where only one is not described otherwise.
            let roles_of = |text: Option<String>| -> Vec<String> {
                text.unwrap_or_default()
                    .split_whitespace()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                    .filter(|w| words::is_appositive_role(w))
                    .collect()
            };
            let own_roles = roles_of(reader.description_after(b));
            let described_otherwise = |e: usize| {
                let roles: Vec<String> = pieces_of
                    .get(&e)
                    .into_iter()
                    .flatten()
                    .flat_map(|&qi| {
                        let mut r = roles_of(reader.description_before(kept[qi].a));
                        r.extend(roles_of(reader.description_after(kept[qi].b)));
                        r
                    })
                    .collect();
                !roles.is_empty() && !roles.iter().any(|r| own_roles.contains(r))
            };
            let named_last_before = match named_last_before {
                Some(last) if !own_roles.is_empty() && described_otherwise(last) => {
                    let others: Vec<usize> = cand
                        .iter()
                        .copied()
                        .filter(|&e| e != last && !described_otherwise(e))
                        .collect();
                    match others[..] {
                        [other] => Some(other),
                        _ => Some(last),
                    }
                }
                other => other,
            };
            // The one it was used for keeps it against a person named in full for the first
            // time since; not against one the writer named again to turn to them.
            let first_named = |e: usize| {
                pieces_of
                    .get(&e)
                    .into_iter()
                    .flatten()
                    .copied()
                    .filter(|&qi| kept[qi].b - kept[qi].a >= 2)
                    .map(|qi| kept[qi].a)
                    .min()
            };
            // Not where the description after the name fits the one named since and not the
            // one it was used for ("Chen, a Taiwanese artist," after the artist Chen Yiwen, where
            // "Chen" was the party secretary Chen Quanguo before).
            let used_before = lone_surnames
                .get(&w.to_lowercase())
                .copied()
                .filter(|(e, at)| {
                    cand.contains(e)
                        && named_last_before
                            .is_some_and(|last| first_named(last).is_some_and(|f| f > *at))
                        && !(!own_roles.is_empty()
                            && described_otherwise(*e)
                            && named_last_before.is_some_and(|last| !described_otherwise(last)))
                })
                .map(|(e, _)| e);
            // A surname after "son of", "father of" ("Uiles Hada, son of the dissident Hada")
            // is the kinsman's, not the person named in full before it.
            if reader.named_as_kin(a) && !cand.is_empty() {
                resolved = Some((MentionKind::Person, None, "a kinsman by the family's name"));
            } else if let Some(e) = used_before.or(named_last_before).or(cand.first().copied()) {
                lone_surnames.insert(w.to_lowercase(), (e, a));
                resolved = Some((
                    MentionKind::Person,
                    Some(e),
                    "surname of a person in the document",
                ));
            } else if let [e] = slipped[..] {
                resolved = Some((
                    MentionKind::Person,
                    Some(e),
                    "surname variant in the document",
                ));
            } else if kept[pi].role.is_some() && !title_or_common_word(&w.to_lowercase()) {
                resolved = Some((MentionKind::Person, None, "title before a name"));
            } else if w.chars().count() >= 5
                && (!reader.toks[a].first || reader.well_known_opens_sentence(a, &w))
                && !words::PLAIN_NOUNS.contains(&w.to_lowercase().as_str())
            {
                // A body the lists name in one word ("Hizballah") as well as names of several.
                let one_word_body = || {
                    gaz.one_word_body(&w).filter(|k| {
                        matches!(k, MentionKind::Organization | MentionKind::PublicBody)
                    })
                };
                if let Some(k) = gaz
                    .lookup(&w)
                    .or_else(one_word_body)
                    .filter(|_| !gaz.common_given_name(&w))
                {
                    resolved = Some((k, None, "name gazetteer"));
                }
            }
        }
        // A name the lists give a body, whatever the model labelled it ("Hizballah"); not a
        // common noun some list gives a body as its whole name ("Media").
        let plain_noun = {
            let l = w.to_lowercase();
            words::PLAIN_NOUNS.contains(&l.as_str()) || reader.lowercase_words.contains(&l)
        };
        if resolved.is_none()
            && kept[pi].fallback.is_some()
            && !plain_noun
            && !gaz.common_given_name(&w)
        {
            if let Some(k) = gaz
                .lookup(&w)
                .or_else(|| gaz.one_word_body(&w))
                .filter(|k| matches!(k, MentionKind::Organization | MentionKind::PublicBody))
            {
                resolved = Some((k, None, "name gazetteer"));
            }
        }
        // A given name many listed persons bear, alone, that a model read as a body or as a
        // place no gazetteer knows ("statements from Feliciano and Martín"): a person the
        // writer names by their given name, as chats and quotes do.
        if resolved.is_none()
            && b - a == 1
            && matches!(
                kept[pi].fallback,
                Some(MentionKind::Organization | MentionKind::PublicBody | MentionKind::Place)
            )
            && is_cap(&w)
            && !is_acronym(&w)
            && !plain_noun
            && gaz.common_given_name(&w)
            && reader.place(a, b).is_none()
            && !reader.place_kind_after(b)
            && words::org_head(&w.to_lowercase()).is_none()
        {
            resolved = Some((MentionKind::Person, None, "a given name alone"));
        }
        // A body named by its head word alone, capitalised after "the" as a model read it
        // ("The Council today imposed ...") or, a state's kind of body, before a possessive
        // ("Treasury's Office of ..."; not "Hezbollah's" of "Kata'ib Hezbollah"): the body of
        // the document whose name opens or closes on that word if one does
        // ("the Council of the European Union", "the U.S. Treasury"), else, after "the", a
        // body of that name.
        // "the Office's National Security Section", "the Department said": a part or an
        // office of some body the text does not name here is no body of that name.
        let mut container_unnamed = false;
        let after_the = a > 0
            && reader.lower(a - 1) == "the"
            && reader.toks[a - 1].sentence == reader.toks[a].sentence;
        // (A model's PERSON too: "the Embassy also regrets" names no one.)
        let a_person_after_the = kept[pi].fallback == Some(MentionKind::Person)
            && after_the
            && words::org_head(&w.to_lowercase()).is_some();
        if resolved.is_none()
            && b - a == 1
            && (matches!(
                kept[pi].fallback,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            ) || a_person_after_the)
            && !plain_noun
            && (after_the
                || (reader.possessive(a) && words::org_head(&w.to_lowercase()) == Some(true)))
            && is_cap(&w)
            && !is_acronym(&w)
        {
            if let Some(public) = words::org_head(&w.to_lowercase()) {
                let named: Vec<usize> = ex
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| {
                        matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody)
                            && (d.name.starts_with(&format!("{w} of "))
                                || d.name.ends_with(&format!(" {w}")))
                    })
                    .map(|(e, _)| e)
                    .collect();
                // Or whose name holds it before its complement ("the European Court of Human
                // Rights ... the Court has found").
                let named = if named.is_empty() {
                    let inner = format!(" {w} of ");
                    ex.entities
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| {
                            matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody)
                                && d.name.contains(&inner)
                        })
                        .map(|(e, _)| e)
                        .collect()
                } else {
                    named
                };
                resolved = match named[..] {
                    // "The Government" alone is whichever government acts in the sentence, as
                    // a common noun is, not the one a name opening on the word gives ("the
                    // Government of National Unity" in a reply by another state's government).
                    _ if reader.lower(a) == "government" => {
                        container_unnamed = true;
                        None
                    }
                    [e] => Some((
                        ex.entities[e].kind,
                        Some(e),
                        "a body named by its head word",
                    )),
                    // Without "the", only as a possessive of the body the document names
                    // ("Treasury's Office of ..." after "the U.S. Treasury").
                    _ if !after_the => None,
                    // A part of a body the text does not name here, or a kind of institution
                    // alone that it names no body by ("told the House", "the Ministry
                    // will"): no body by that name. ("The Government" is no body above.)
                    [] if matches!(
                        reader.lower(a),
                        "office"
                            | "department"
                            | "section"
                            | "division"
                            | "unit"
                            | "branch"
                            | "court"
                            | "house"
                            | "ministry"
                            | "tribunal"
                            | "committee"
                            | "agency"
                            | "bureau"
                            | "authority"
                            | "administration"
                    ) =>
                    {
                        container_unnamed = true;
                        None
                    }
                    [] => Some((
                        if public {
                            MentionKind::PublicBody
                        } else {
                            MentionKind::Organization
                        },
                        None,
                        "a body named by its head word",
                    )),
                    _ => None,
                };
            }
        }
        // A body's initials written as a word ("Cara" after "the Council for At-Risk
        // Academics", "Nato" after "the North Atlantic Treaty Organization"): that body, where
        // one body the document names has them, whatever a model read there (a given name).
        if resolved.is_none()
            && b == a + 1
            && !is_acronym(&w)
            && (3..=6).contains(&w.chars().count())
            && !reader.lowercase_words.contains(&w.to_lowercase())
        {
            names_index.catch_up(&ex.entities);
            if let Some(&[e]) = names_index
                .by_initials
                .get(&w.to_uppercase())
                .map(Vec::as_slice)
            {
                resolved = Some((
                    ex.entities[e].kind,
                    Some(e),
                    "initials of a body written as a word",
                ));
            }
        }
        // A lone word the document names a body by ("Foxtrot's leader" after "the Foxtrot
        // gang") is that body, whatever the model reads there.
        // Not where a place noun follows it: "Fars province" is the province, whatever the
        // "Fars news agency" of the sentence before.
        let place_noun_after = b < reader.toks.len()
            && reader.joined(b - 1)
            && matches!(
                reader.word(b),
                "province"
                    | "region"
                    | "county"
                    | "district"
                    | "governorate"
                    | "oblast"
                    | "prefecture"
                    | "city"
            );
        if resolved.is_none() && b - a == 1 && !place_noun_after {
            if let Some(e) = ex.entities.iter().position(|d| {
                matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody) && d.name == w
            }) {
                resolved = Some((ex.entities[e].kind, Some(e), "a body the document names"));
            }
        }
        // A company's short name: the opening words of a name the document gives in full
        // whose other words only say what kind of body it is ("Hetzner said" after "Hetzner
        // Online GmbH", "Ravin" after "Ravin Academy", "Nimbus Edge's director"). One word
        // must be the document's as a name only (never written in lower case here, no place),
        // and open a sentence only where it speaks.
        if resolved.is_none() && !place_noun_after && !plain_noun {
            let one = b - a == 1;
            let distinct = !one
                || (w.chars().count() >= 4
                    && is_cap(&w)
                    && !is_acronym(&w)
                    && !reader.lowercase_words.contains(&w.to_lowercase())
                    && words::places().get(w.as_str()).is_none()
                    && words::org_head(&w.to_lowercase()).is_none()
                    && !reader.town_of_an_address(a)
                    && (!reader.toks[a].first || reader.speaks_after(a)));
            let found = distinct
                .then(|| {
                    // Named in full before; the word not the end of a longer name ("Foz do
                    // Iguaçu" is no "Iguaçu Trading").
                    let in_a_longer_name = a >= 2
                        && reader.joined(a - 1)
                        && reader.joined(a - 2)
                        && reader.lower(a - 1).chars().all(char::is_lowercase)
                        && is_cap(reader.word(a - 2));
                    let named_before = |e: usize| {
                        pieces_of
                            .get(&e)
                            .is_some_and(|qs| qs.iter().any(|&qi| qi < pi && kept[qi].a < a))
                    };
                    let mut bodies = ex.entities.iter().enumerate().filter(|(e, d)| {
                        d.kind == MentionKind::Organization
                            && !in_a_longer_name
                            && short_name_of(&w, &d.name)
                            && named_before(*e)
                    });
                    match (bodies.next(), bodies.next()) {
                        (Some((e, _)), None) => Some(e),
                        _ => None,
                    }
                })
                .flatten();
            if let Some(e) = found {
                resolved = Some((ex.entities[e].kind, Some(e), "a company's short name"));
            }
        }
        if resolved.is_none() && !container_unnamed {
            if let Some(k) = kept[pi].fallback {
                resolved =
                    lone_model_word(&reader, a, &w, k, &not_entities).map(|k| (k, None, "model"));
                // "Verstraten said", "Verstraten's lawyer": a lone name that speaks, or has
                // what only a person has, is a person, whatever the model's label; not a body
                // the document names as one ("Treasury's Office ... Treasury says").
                let a_body_here = ex.entities.iter().any(|d| {
                    matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody)
                        && d.name == w
                });
                let persons_own = reader.possessive(b - 1)
                    && b < reader.toks.len()
                    && matches!(
                        reader.lower(b),
                        "lawyer"
                            | "attorney"
                            | "wife"
                            | "husband"
                            | "son"
                            | "daughter"
                            | "brother"
                            | "sister"
                            | "father"
                            | "mother"
                            | "family"
                    );
                if (reader.speaks_after(b - 1) || persons_own)
                    && !is_acronym(&w)
                    && !a_body_here
                    && !reader.after_body_noun(a)
                    && resolved.is_some_and(|r| r.0 == MentionKind::Organization)
                {
                    resolved = Some((MentionKind::Person, None, "model, a name that speaks"));
                }
            }
        }
        // A lone name the document shows is a person's by whom it ties them to ("Sreymom is
        // my aunt", "Sreymom's friend") names that person at each of its mentions, whatever a
        // model read there, or if nothing did.
        if b == a + 1
            && persons_by_their_ties.contains(w.as_str())
            && !is_acronym(&w)
            && !reader.after_body_noun(a)
            && resolved.is_none_or(|r| r.0 == MentionKind::Organization && r.1.is_none())
            && !ex.entities.iter().any(|d| {
                matches!(d.kind, MentionKind::Organization | MentionKind::PublicBody) && d.name == w
            })
        {
            resolved = Some((
                MentionKind::Person,
                None,
                "a lone name the document ties to kin or friends",
            ));
        }
        let Some((kind, e, rule)) = resolved else {
            // Unresolved, the word names nothing, whatever its first pass guessed.
            kept[pi].kind = None;
            continue;
        };
        // A surname alone that disowns a namesake ("Mr. Roe is not connected with anyone of
        // a similar name"): the person it names is the namesake. Not where the document
        // names two persons of that surname: the words then tell those two apart ("Roe is
        // not related to the journalist", Jane Roe).
        let bearers = |w: &str| full_name_index.distinct_holders(&[w.to_lowercase()]);
        // A name alone introduced as borne again ("My mother is also called Jane"): a person
        // of her own, not the one named in full.
        let introduced =
            kind == MentionKind::Person && introduced_as_a_namesake(&reader, &kept[pi]);
        let e = e.filter(|_| !introduced);
        if let Some(e) = e.filter(|_| kind == MentionKind::Person && bearers(&w) <= 1) {
            if disowns_an_unnamed_namesake(&reader, &kept[pi], &kept)
                && !ex.entities[e].descriptions.iter().any(|d| d == NAMESAKE)
            {
                ex.entities[e].descriptions.push(NAMESAKE.to_string());
            }
        }
        let e = match e {
            Some(e) => e,
            None => {
                let key = if kind == MentionKind::Person {
                    let key = person_key(&w);
                    if let Some((e, _)) = person_keys
                        .holding_first_word(&key)
                        .find(|(_, k)| *k == key)
                    {
                        if introduced && !ex.entities[*e].descriptions.iter().any(|d| d == NAMESAKE)
                        {
                            ex.entities[*e].descriptions.push(NAMESAKE.to_string());
                        }
                        entity_of_piece[pi] = Some(*e);
                        pieces_of.entry(*e).or_default().push(pi);
                        kept[pi].kind = Some(kind);
                        kept[pi].rule = rule;
                        continue;
                    }
                    let e = push_entity(&mut ex, kind, &w);
                    if introduced {
                        ex.entities[e].descriptions.push(NAMESAKE.to_string());
                    }
                    person_keys.push(e, key);
                    entity_of_piece[pi] = Some(e);
                    pieces_of.entry(e).or_default().push(pi);
                    kept[pi].kind = Some(kind);
                    kept[pi].rule = rule;
                    continue;
                } else {
                    (kind, w.clone())
                };
                match org_keys.get(&key) {
                    Some(e) => *e,
                    None => {
                        let e = push_entity(&mut ex, kind, &w);
                        if kind == MentionKind::Place {
                            ex.entities[e].country =
                                words::places().get(w.as_str()).map(|p| p.country);
                        }
                        org_keys.insert(key, e);
                        e
                    }
                }
            }
        };
        kept[pi].kind = Some(kind);
        kept[pi].rule = rule;
        entity_of_piece[pi] = Some(e);
        pieces_of.entry(e).or_default().push(pi);
    }

    // "The Insider": a name the article is part of, written with a capital.
    for p in kept.iter_mut() {
        if p.a > 0
            && matches!(
                p.kind,
                Some(MentionKind::Organization | MentionKind::PublicBody)
            )
            && reader.word(p.a - 1) == "The"
            && reader.joined(p.a - 1)
            && gaz.with_the.contains(&name_key(reader.text_of(p.a, p.b)))
        {
            p.a -= 1;
        }
    }
    // Mentions in text order.
    let mut order: Vec<usize> = (0..kept.len())
        .filter(|&pi| kept[pi].kind.is_some())
        .collect();
    order.sort_by_key(|&pi| reader.toks[kept[pi].a].start);
    order.dedup_by_key(|pi| (reader.toks[kept[*pi].a].start, kept[*pi].b));
    for pi in order {
        let p = &kept[pi];
        let Some(kind) = p.kind else { continue };
        let start = reader.toks[p.a].start;
        let text_ = reader.text_of(p.a, p.b);
        // Initials an honorific's full stop closed ("Proposed: MR."): the letters, the full
        // stop the sentence's.
        let text_ = match text_.strip_suffix('.') {
            Some(letters) if p.rule == INITIALS_OF_A_PERSON && !letters.contains('.') => letters,
            _ => text_,
        };
        let end = start + text_.len();
        let m = ex.mentions.len();
        let entity = entity_of_piece[pi];
        if let Some(e) = entity {
            let d = &mut ex.entities[e];
            d.mentions.push(m);
            if !is_acronym(text_) && !d.forms.iter().any(|f| f == text_) {
                d.forms.push(text_.to_string());
            }
            if let Some(r) = &p.role {
                if !d.roles.contains(r) {
                    d.roles.push(r.clone());
                }
            }
            if kind == MentionKind::Person {
                for desc in [
                    reader.description_before(p.a),
                    reader.description_after(p.b),
                ]
                .into_iter()
                .flatten()
                {
                    if !d.descriptions.contains(&desc) {
                        d.descriptions.push(desc);
                    }
                }
            }
            // The kind of body the text calls it, right before or after its name ("the state
            // airline Belavia", "the Kommersant newspaper"): evidence for linking.
            if matches!(kind, MentionKind::Organization | MentionKind::PublicBody) {
                let before = reader.after_body_noun(p.a).then(|| reader.lower(p.a - 1));
                let after = (p.b < reader.toks.len()
                    && reader.joined(p.b - 1)
                    && words::BODY_NOUNS.contains(&reader.lower(p.b)))
                .then(|| reader.lower(p.b));
                for desc in [before, after].into_iter().flatten() {
                    if !d.descriptions.iter().any(|x| x == desc) {
                        d.descriptions.push(desc.to_string());
                    }
                }
            }
            // A unit the text gives as another body's ("the FSB's Alpha group"): the body it
            // belongs to, evidence against a list's same-named unit of another.
            if p.rule == UNIT_AFTER_A_POSSESSIVE {
                if let Some(parent) = kept.iter().find(|q| {
                    q.b == p.a
                        && matches!(
                            q.kind,
                            Some(MentionKind::Organization | MentionKind::PublicBody)
                        )
                }) {
                    let parent = strip_possessive(reader.text_of(parent.a, parent.b)).0;
                    let desc = format!("{UNIT_OF}{parent}");
                    if !d.descriptions.contains(&desc) {
                        d.descriptions.push(desc);
                    }
                }
            }
            // The country a body belongs to, where the text says: "Britain's Ministry of
            // Defence", "the Iranian Ministry of ...", "Ministry of Defence of Ruritania".
            if kind.is_party() && kind != MentionKind::Person && d.country.is_none() {
                d.country = reader.country_of_body(p.a, p.b);
            }
            // The fullest non-acronym form names the entity.
            if !is_acronym(text_)
                && text_.split_whitespace().count() > d.name.split_whitespace().count()
            {
                d.name = text_.to_string();
            }
        }
        ex.mentions.push(Mention {
            start,
            end,
            text: text_.to_string(),
            kind,
            sentence: reader.toks[p.a].sentence,
            entity,
            role: p.role.clone(),
            rule: p.rule,
        });
    }
    spelt_around_forms(text, &mut ex);
    ages_of_persons(text, &mut ex);
    // Entities whose only mentions were dropped as overlaps have no mentions: keep the
    // indexes stable but forms reflect only what was kept.
    for d in &mut ex.entities {
        if is_acronym(&d.name) {
            if let Some(f) = d.forms.iter().find(|f| !is_acronym(f)) {
                d.name = f.clone();
            }
        }
    }
    ex
}

/// The latest year written in the text as four digits from 1900 to 2100, a word of its own.
fn latest_year(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
        .max()
}

/// A person's age set off after the name ("Jane Roe, 54, of Leeds", "Kim, now 80, led",
/// "Roe, aged 31,"), kept on the person's entity.
fn ages_of_persons(text: &str, ex: &mut Extraction) {
    let mut found: Vec<(usize, u32)> = Vec::new();
    for m in ex.mentions.iter().filter(|m| m.kind == MentionKind::Person) {
        let Some(e) = m.entity else { continue };
        let after = text.get(m.end..).unwrap_or("");
        let Some(rest) = after.strip_prefix(", ") else {
            continue;
        };
        let rest = rest
            .strip_prefix("now ")
            .or_else(|| rest.strip_prefix("aged "))
            .unwrap_or(rest);
        let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let closes = rest[digits.len()..].starts_with([',', ')', ';']);
        if let Ok(age) = digits.parse::<u32>() {
            if closes && (15..=110).contains(&age) {
                found.push((e, age));
            }
        }
    }
    for (e, age) in found {
        let d = &mut ex.entities[e];
        if !d.ages.contains(&age) {
            d.ages.push(age);
        }
    }
}

/// Names a list may give a body whole, which the text spells around its mention, added to the
/// body's forms (for linking; the mention stays as written): an outlet's name and the noun
/// after it ("the Tasnim news agency": Tasnim News Agency), a unit after its parent's
/// possessive ("the IRGC's Ground Force": IRGC Ground Force).
fn spelt_around_forms(text: &str, ex: &mut Extraction) {
    let body = |k: MentionKind| matches!(k, MentionKind::Organization | MentionKind::PublicBody);
    let mut added: Vec<(usize, String)> = Vec::new();
    for (mi, m) in ex.mentions.iter().enumerate() {
        let Some(e) = m.entity.filter(|_| body(m.kind)) else {
            continue;
        };
        // The few words after it, not the rest of the page: a page may name thousands.
        let after: String = text
            .get(m.end..)
            .unwrap_or("")
            .chars()
            .take(64)
            .collect::<String>()
            .to_lowercase();
        if let Some(noun) = words::OUTLET_NOUNS_AFTER
            .iter()
            .filter(|n| n.contains(' ') && after.starts_with(&format!(" {n}")))
            .max_by_key(|n| n.len())
        {
            let capitalised: Vec<String> = noun
                .split(' ')
                .map(|w| {
                    let mut c = w.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                })
                .collect();
            added.push((e, format!("{} {}", m.text, capitalised.join(" "))));
        }
        let possessive = mi
            .checked_sub(1)
            .and_then(|pm| ex.mentions.get(pm))
            .filter(|p| {
                body(p.kind)
                    && matches!(text.get(p.end..m.start), Some("'s " | "’s " | "' " | "’ "))
            });
        // Or after "its", the body named last before it in the sentence ("the Revolutionary
        // Guards said its Intelligence Organization had ...": the Guards' Intelligence
        // Organization, as a list names it).
        let its = || {
            let before = text.get(..m.start)?;
            let opens = before.strip_suffix("its ")?;
            if opens.chars().next_back().is_some_and(char::is_alphanumeric) {
                return None;
            }
            ex.mentions[..mi]
                .iter()
                .rev()
                .take_while(|p| p.sentence == m.sentence)
                .find(|p| body(p.kind))
        };
        let parent = possessive.or_else(its);
        if let Some(p) = parent {
            let mut names = vec![p.text.clone()];
            if let Some(pe) = p.entity {
                names.push(ex.entities[pe].name.clone());
                names.extend(ex.entities[pe].acronyms.iter().cloned());
            }
            names.sort_unstable();
            names.dedup();
            for n in names {
                added.push((e, format!("{n} {}", m.text)));
            }
        }
    }
    for (e, form) in added {
        let d = &mut ex.entities[e];
        if !d.forms.contains(&form) {
            d.forms.push(form);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document entity of the mention starting at byte `at`.
    fn entity_at(ex: &Extraction, at: usize) -> Option<usize> {
        let m = ex
            .mentions
            .iter()
            .position(|m| m.start == at)
            .expect("a mention there");
        ex.entities.iter().position(|d| d.mentions.contains(&m))
    }

    fn found(text: &str) -> Vec<(String, MentionKind)> {
        extract_mentions(text, &Gazetteer::new())
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    fn has(text: &str, name: &str, kind: MentionKind) -> bool {
        found(text).iter().any(|(t, k)| t == name && *k == kind)
    }

    /// Whether `found` holds the name with that kind.
    fn holds(found: &[(String, MentionKind)], name: &str, kind: MentionKind) -> bool {
        found.iter().any(|(n, k)| n == name && *k == kind)
    }

    /// Whether `found` holds the name as a body (an organisation or a public body).
    fn holds_body(found: &[(String, MentionKind)], name: &str) -> bool {
        holds(found, name, MentionKind::Organization) || holds(found, name, MentionKind::PublicBody)
    }

    /// A model's proposals of these spans (each at its first occurrence) with these labels.
    fn proposals_of(text: &str, proposals: &[(&str, &str)]) -> Vec<Proposal> {
        proposals
            .iter()
            .map(|(span, label)| {
                let start = text.find(span).expect("span in text");
                Proposal {
                    start,
                    end: start + span.len(),
                    label: label.to_string(),
                }
            })
            .collect()
    }

    fn found_with(text: &str, proposals: &[(&str, &str)]) -> Vec<(String, MentionKind)> {
        let proposals = proposals_of(text, proposals);
        extract_mentions_with(text, &Gazetteer::new(), &proposals)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect()
    }

    /// What a gazetteer of list names reads in `text`, with and without these proposals.
    fn found_by_both(
        text: &str,
        gaz: &Gazetteer,
        proposals: &[(&str, &str)],
    ) -> [Vec<(String, MentionKind)>; 2] {
        let read = |p: &[Proposal]| {
            extract_mentions_with(text, gaz, p)
                .mentions
                .into_iter()
                .map(|m| (m.text, m.kind))
                .collect::<Vec<_>>()
        };
        [read(&[]), read(&proposals_of(text, proposals))]
    }

    #[test]
    fn cases_cited_by_initials_and_their_citations_name_no_one() {
        let t = "IN THE HIGH TRIBUNAL (ASYLUM CHAMBER)\n\nTB, (ANONYMITY ORDER MADE), \
                 Appellant\n\n3. The relevant guidance is PQ and RW (Sur place activities: \
                 risk) Tarsk CG [2021] UKUT 130 (IAC), which built on LM and Others \
                 (returnees) Tarsk CG [2013] UKUT 00319 (IAC). In PQ and RW the Tribunal \
                 held that Maria Roe v Tarsk Police [2019] EWHC 12 (QB) applied.";
        let proposals = [
            ("IN THE HIGH TRIBUNAL", "GPE"),
            ("ASYLUM CHAMBER", "PERSON"),
            ("TB", "ORG"),
            ("PQ and RW", "ORG"),
            ("Tarsk CG", "PERSON"),
            ("IAC", "ORG"),
            ("LM and Others", "ORG"),
            ("Maria Roe", "PERSON"),
        ];
        for proposals in [&[][..], &proposals[..]] {
            let f = found_with(t, proposals);
            for junk in [
                "TB",
                "PQ",
                "RW",
                "PQ and RW",
                "LM and Others",
                "Tarsk CG",
                "UKUT",
                "UKUT 130",
                "IAC",
                "EWHC",
                "QB",
            ] {
                assert!(!f.iter().any(|(n, _)| n == junk), "{junk}: {f:?}");
            }
            assert!(holds_body(&f, "HIGH TRIBUNAL"), "{f:?}");
            assert!(holds_body(&f, "ASYLUM CHAMBER"), "{f:?}");
            assert!(holds(&f, "Maria Roe", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn roles_labels_papers_and_days_around_names_are_cut_away() {
        let t = "Officials met on Monday.\n\nFor the Respondent: Mr D. Whitcombe, Senior Home \
                 Office Presenting Officer\n\nHe stewarded the annual Maaveerar Naal \
                 commemoration in Surrey. The Secretary of State relies on the Country Policy \
                 and Information Note (CPIN) and a report by the International Truth and \
                 Justice Project. The Tarskan organisation Omunga met at the Musicbox club. \
                 The UN Special Rapporteur on torture wrote to them.";
        let f = found_with(
            t,
            &[
                ("For the Respondent: Mr D. Whitcombe", "ORG"),
                ("Senior Home Office Presenting Officer", "ORG"),
                ("Maaveerar Naal", "PERSON"),
                ("Country Policy and Information Note", "ORG"),
                ("International Truth", "ORG"),
                ("Justice Project", "ORG"),
                ("Tarskan organisation Omunga", "ORG"),
                ("Musicbox club", "ORG"),
                ("UN Special Rapporteur", "ORG"),
            ],
        );
        assert!(holds(&f, "D. Whitcombe", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Home Office"), "{f:?}");
        assert!(
            holds_body(&f, "International Truth and Justice Project"),
            "{f:?}"
        );
        assert!(holds_body(&f, "Omunga"), "{f:?}");
        assert!(holds_body(&f, "Musicbox"), "{f:?}");
        assert!(holds_body(&f, "UN"), "{f:?}");
        for junk in [
            "Maaveerar Naal",
            "Country Policy and Information Note",
            "CPIN",
            "Justice Project",
        ] {
            assert!(!f.iter().any(|(n, _)| n == junk), "{junk}: {f:?}");
        }
    }

    #[test]
    fn transcript_and_fact_check_labels_and_names_around_them() {
        let t = "RADIO TARSK - NEWS BULLETIN\n\nANCHOR (Nadia Saint-Roe): Good evening. A \
                 journalist says she was threatened.\n\nREPORTER: She says members of the 400 \
                 Velden gang called her.\n\n[SOUNDBITE - ANA ROE, by phone]: \"They called.\"\n\n\
                 Verdict: FALSE\n\nCongressman Héctor Valdivia Ruiz said so on television. \
                 Valdivia, of the ruling party, did not answer. Peru's National Police confirmed \
                 it. The Observatoire des droits humains en Tarskanie wrote too.";
        let proposals = [
            ("ANCHOR", "ORG"),
            ("REPORTER", "ORG"),
            ("Velden", "ORG"),
            ("SOUNDBITE", "ORG"),
            ("Verdict", "PERSON"),
            ("FALSE", "ORG"),
            ("Héctor", "PERSON"),
            ("Valdivia", "GPE"),
            ("Ruiz", "PERSON"),
            ("Peru's National Police", "ORG"),
        ];
        for proposals in [&[][..], &proposals[..]] {
            let f = found_with(t, proposals);
            for junk in [
                "ANCHOR",
                "REPORTER",
                "SOUNDBITE",
                "Verdict",
                "FALSE",
                "Peru's National Police",
            ] {
                assert!(!f.iter().any(|(n, _)| n == junk), "{junk}: {f:?}");
            }
            assert!(holds(&f, "Nadia Saint-Roe", MentionKind::Person), "{f:?}");
            assert!(
                holds_body(&f, "Observatoire des droits humains en Tarskanie"),
                "{f:?}"
            );
        }
        let t2 = "Officials met on Monday. A man from Iran's embassy in Vienna was seen.";
        let f2 = found_with(t2, &[("Iran's embassy in Vienna", "ORG")]);
        assert!(holds_body(&f2, "Iran's embassy in Vienna"), "{f2:?}");
        let f = found_with(t, &proposals);
        assert!(
            holds(&f, "Héctor Valdivia Ruiz", MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Valdivia", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "National Police"), "{f:?}");
        assert!(holds_body(&f, "400 Velden"), "{f:?}");
    }

    #[test]
    fn cues_the_rules_reader_reads_without_a_model() {
        let t = "Officials met on Monday. He quotes the spokesman, Information Minister Michael \
                 Makuei Lueth, at length. Atem's widow, Nyandeng Garang, sells tea. Musicians \
                 Kizua Ngola and Nsimba Lukeny played. The Global Tamil Forum, the Bloco de \
                 Esquerda and the International Truth and Justice Project wrote to them. The \
                 Kenyan-led Multinational Security Support mission said so. The accounts were \
                 filed with the Registro Nacional de Asociaciones.";
        let f = found(t);
        for person in [
            "Michael Makuei Lueth",
            "Nyandeng Garang",
            "Kizua Ngola",
            "Nsimba Lukeny",
        ] {
            assert!(holds(&f, person, MentionKind::Person), "{person}: {f:?}");
        }
        for body in [
            "Global Tamil Forum",
            "Bloco de Esquerda",
            "International Truth and Justice Project",
            "Multinational Security Support",
            "Registro Nacional de Asociaciones",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
    }

    #[test]
    fn an_office_s_last_word_is_not_the_given_name_of_its_holder() {
        let t = "Officials met on Monday. Deputy Secretary of the Treasury Wally Adeyemo said so.";
        let f = found_with(t, &[("Treasury", "ORG"), ("Wally Adeyemo", "PERSON")]);
        assert!(holds(&f, "Wally Adeyemo", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn persons_a_model_read_apart_or_as_bodies_and_places() {
        let t = "Officials met on Monday. Kiluanji Mateus, known to his fans as MC Kota, is a \
                 rapper. His producer, Domingos Tchipa, was arrested. Officers printed MC Kota's \
                 posts. Kota's lawyer spoke. The Minister, Amélia Sarmento Cruz, said nothing.";
        let f = found_with(
            t,
            &[
                ("Kiluanji Mateus", "PERSON"),
                ("MC Kota", "PERSON"),
                ("Domingos Tchipa", "ORG"),
                ("MC Kota's", "ORG"),
                ("Kota", "GPE"),
                ("Amélia", "GPE"),
                ("Sarmento Cruz", "PERSON"),
            ],
        );
        assert!(holds(&f, "Domingos Tchipa", MentionKind::Person), "{f:?}");
        assert!(!holds_body(&f, "MC Kota"), "{f:?}");
        assert!(
            holds(&f, "Amélia Sarmento Cruz", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_mission_named_for_its_state_after_of_in_small_letters() {
        let t = "Officials met on Monday. An official at the embassy of South Sudan in Nairobi \
                 asked for a list. The consulate of Eritrea issued a statement.";
        for proposals in [&[][..], &[("South Sudan", "GPE"), ("Nairobi", "GPE")][..]] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "embassy of South Sudan in Nairobi"), "{f:?}");
            assert!(holds_body(&f, "consulate of Eritrea"), "{f:?}");
        }
    }

    #[test]
    fn a_person_known_as_another_name() {
        let t = "Kiluanji Mateus, known to his fans as MC Kota, is a rapper from Luanda.";
        let f = found(t);
        assert!(holds(&f, "Kiluanji Mateus", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "MC Kota", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_burmese_honorific_a_model_read_into_a_name_is_its_style() {
        let t = "Officials in Myanmar met on Monday. One of them, Ma Hnin Wai, was arrested. \
                 Ko Ko Gyi spoke.";
        let f = found_with(t, &[("Ma Hnin Wai", "PERSON"), ("Ko Ko Gyi", "PERSON")]);
        assert!(holds(&f, "Hnin Wai", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Ko Ko Gyi", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_quoted_body_runs_past_its_dash_and_an_outlet_named_for_a_continent() {
        let t = "Officials met on Monday. Article 1: The association \"Initiative for the \
                 Resurgence of the Tarsk Movement - Diaspora Section\", known as IR-D, is \
                 dissolved. The case was reported by Jeune Afrique and others.";
        let proposals = [
            (
                "The association \"Initiative for the Resurgence of the Tarsk Movement",
                "ORG",
            ),
            ("Diaspora Section", "ORG"),
            ("Jeune Afrique", "PERSON"),
        ];
        let f = found_with(t, &proposals);
        assert!(
            holds_body(
                &f,
                "Initiative for the Resurgence of the Tarsk Movement - Diaspora Section"
            ),
            "{f:?}"
        );
        assert!(!holds(&f, "Jeune Afrique", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Jeune Afrique"), "{f:?}");
    }

    #[test]
    fn handles_french_names_with_adjectives_and_a_known_body_s_own_body() {
        let t = "Officials met on Monday. He asked the editors at @CPJ and @Tarsk_monitor. A \
                 former deputy of the Union progressiste reported it to the Police nationale. \
                 The Ligue béninoise des droits de l'homme wrote. The Houthis' Security and \
                 Intelligence Service held him.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("THE HOUTHIS", MentionKind::Organization);
        for f in found_by_both(
            t,
            &gaz,
            &[("Houthis' Security and Intelligence Service", "ORG")],
        ) {
            assert!(
                !f.iter().any(|(n, _)| n == "CPJ" || n.starts_with("Tarsk")),
                "{f:?}"
            );
            for body in [
                "Union progressiste",
                "Police nationale",
                "Ligue béninoise des droits de l'homme",
                "Houthis",
                "Security and Intelligence Service",
            ] {
                assert!(holds_body(&f, body), "{body}: {f:?}");
            }
        }
    }

    #[test]
    fn a_short_name_two_full_names_hold_is_the_nearest_one_s() {
        let t = "Officials met on Monday. When Min Aung Hlaing's government announced the law, \
                 many came.\n\nQ: Readers will know another Min Aung, the clinic's doctor.\n\n\
                 A: Yes, Dr Min Aung Kyaw, our doctor. He is no relation to the general.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("Min Aung Hlaing", MentionKind::Person);
        gaz.add_name("Min Aung", MentionKind::Person);
        let ex = extract_mentions(t, &gaz);
        let at = |s: &str| t.find(s).expect("in text");
        let short = entity_at(&ex, at("Min Aung, the"));
        assert_eq!(
            short,
            entity_at(&ex, at("Min Aung Kyaw")),
            "{:?}",
            ex.entities
        );
        assert_ne!(
            short,
            entity_at(&ex, at("Min Aung Hlaing")),
            "{:?}",
            ex.entities
        );
    }

    #[test]
    fn a_minister_s_portfolio_names_no_body() {
        let t = "Officials met on Monday. The Minister of Internal Administration, Ana Roe, \
                 spoke. The Minister of the Ministry of Justice did not.";
        for proposals in [&[][..], &[("Internal Administration", "ORG")][..]] {
            let f = found_with(t, proposals);
            assert!(!holds_body(&f, "Internal Administration"), "{f:?}");
            assert!(holds_body(&f, "Ministry of Justice"), "{f:?}");
        }
    }

    #[test]
    fn authors_of_author_date_citations_are_persons_not_a_firm() {
        let t = "Officials met on Monday. Expulsion is cheaper than extradition (Lind & Berg, \
                 2021; Freedom House, 2022). Roe (2019) argues the same.\n\
                 Lind, A. B., & Berg, C. (2021). Exile and return. Tarsk Press.\n";
        for proposals in [&[][..], &[("Lind & Berg", "ORG"), ("Berg, C.", "ORG")][..]] {
            let f = found_with(t, proposals);
            for person in ["Lind", "Berg", "Roe", "Lind, A. B.", "Berg, C."] {
                assert!(holds(&f, person, MentionKind::Person), "{person}: {f:?}");
            }
            assert!(!holds_body(&f, "Lind & Berg"), "{f:?}");
            assert!(!holds(&f, "Freedom House", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_body_s_own_name_of_words_in_parentheses_and_no_possessive_before_a_body() {
        let t = "Officials met on Monday. Its State Security Service (Jihaz Amn al-Tarsk) said \
                 the men had been sentenced.";
        let f = found_with(
            t,
            &[
                ("Its State Security Service", "ORG"),
                ("Amn al-Tarsk", "PERSON"),
            ],
        );
        assert!(holds_body(&f, "State Security Service"), "{f:?}");
        assert!(holds_body(&f, "Jihaz Amn al-Tarsk"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Its")), "{f:?}");
    }

    #[test]
    fn a_remit_after_a_plural_possessive_and_a_state_s_whole_name_after_of() {
        let t = "Officials met on Monday. The Service for Foreigners' Affairs revoked his \
                 permit. The Prosecutor's Office of Bosnia and Herzegovina had proposed it.";
        for proposals in [&[][..], &[("Prosecutor's Office of Bosnia", "ORG")][..]] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "Service for Foreigners' Affairs"), "{f:?}");
            assert!(
                holds_body(&f, "Prosecutor's Office of Bosnia and Herzegovina"),
                "{f:?}"
            );
        }
    }

    #[test]
    fn laws_designations_faiths_court_formations_and_demonstratives_name_no_body() {
        let t = "Officials met on Monday. The Extradition Panel of the Court of Tarsk ruled under \
                 the Law on International Legal Assistance. The request was forwarded to this \
                 Court. The group was designated a Foreign Terrorist Organization. A Catholic \
                 network runs shelters near the border.";
        let f = found_with(
            t,
            &[("Catholic", "ORG"), ("Law on International Legal", "ORG")],
        );
        assert!(holds_body(&f, "Court of Tarsk"), "{f:?}");
        for not_a_body in [
            "Extradition Panel of the Court of Tarsk",
            "Law on International Legal Assistance",
            "Law on International Legal",
            "this Court",
            "Foreign Terrorist Organization",
            "Catholic",
        ] {
            assert!(!holds_body(&f, not_a_body), "{not_a_body}: {f:?}");
        }
    }

    #[test]
    fn a_state_beside_a_body_french_names_spanish_styles_and_a_journal() {
        let t = "Officials met on Monday. He is under United States and European Union \
                 sanctions. Ligue des droits humains has taken up the case, with the Service de \
                 Documentation et de Sécurité (SDS) watching. Dra. Lucía Ferrer Vidal sends the \
                 cases on. It appeared in the Journal of Ethnic and Migration Studies last year.";
        let f = found_with(
            t,
            &[("Journal of Ethnic", "ORG"), ("Migration Studies", "ORG")],
        );
        for body in [
            "European Union",
            "Ligue des droits humains",
            "Service de Documentation et de Sécurité",
            "Journal of Ethnic and Migration Studies",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
        assert!(!holds_body(&f, "United States and European Union"), "{f:?}");
        assert!(
            holds(&f, "Lucía Ferrer Vidal", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "Dra"), "{f:?}");
    }

    #[test]
    fn a_body_s_name_in_capitals_and_a_portfolio_of_two_parts_before_a_name() {
        let t = "SUPREME COURT OF TARSK\n\nThe Supreme Court of Tarsk ruled on Monday. \
                 Minister of Security and Civil Protection Calixte Amavi Dossou briefed \
                 diplomats.";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Calixte");
        let [_, f] = found_by_both(t, &gaz, &[("Security and Civil Protection Calixte", "ORG")]);
        assert!(holds_body(&f, "SUPREME COURT OF TARSK"), "{f:?}");
        assert!(
            holds(&f, "Calixte Amavi Dossou", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.starts_with("and Civil")), "{f:?}");
    }

    #[test]
    fn an_ombudsman_s_office_an_apposition_with_a_clause_and_a_degree() {
        let t = "Officials met on Monday. We work with the Human Rights Ombudsman's office on \
                 these cases. Pavel Orsk Venn, the opposition leader you describe as living in \
                 exile, returned in 2013. She studied at the University of Tarsk — BA, 2011.";
        let f = found_with(t, &[("the Human Rights Ombudsman's", "ORG")]);
        assert!(holds_body(&f, "Human Rights Ombudsman"), "{f:?}");
        assert!(!holds_body(&f, "Human Rights"), "{f:?}");
        assert!(holds(&f, "Pavel Orsk Venn", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "BA"), "{f:?}");
    }

    #[test]
    fn a_given_name_alone_that_a_gazetteer_holds_as_a_town_is_the_person_s() {
        let t = "Officials met on Monday. Chanda Mulenga covered land deals for ten years. \
                 \"Chanda checks every number twice,\" her editor said. She was born in Chanda.";
        let f = found_with(t, &[("Chanda Mulenga", "PERSON")]);
        let chanda: Vec<&MentionKind> = f
            .iter()
            .filter(|(n, _)| n == "Chanda")
            .map(|(_, k)| k)
            .collect();
        assert_eq!(chanda, [&MentionKind::Person, &MentionKind::Place], "{f:?}");
    }

    #[test]
    fn a_spanish_style_before_a_name_the_model_cut_short() {
        let t = "Officials met on Monday. Our coordinator, Dra. María Fernanda Ocón Rivas, sends \
                 the cases on.";
        let f = found_with(t, &[("Ocón Rivas", "PERSON")]);
        assert!(
            holds(&f, "María Fernanda Ocón Rivas", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_the_lists_name_in_one_word_is_read_without_a_model() {
        let mut gaz = Gazetteer::new();
        gaz.add_one_word_body("KHORVANDAH", MentionKind::Organization, false);
        let t = "The funds reached Beirut through Al-Minar Trust, Khorvandah's financial arm,                  officials said. Khorvandah denied it.";
        for f in found_by_both(t, &gaz, &[("Khorvandah", "PERSON")]) {
            let n = f
                .iter()
                .filter(|(n, k)| n == "Khorvandah" && *k == MentionKind::Organization);
            assert_eq!(n.count(), 2, "{f:?}");
        }
    }

    #[test]
    fn a_speaker_label_that_is_a_role_names_no_one() {
        let t = "MS TARVIK: I have one item at the top.\n\nQUESTION: Thanks. On the Velden                  sanctions, did Tarsk respond?\n\nMS TARVIK: Not yet.\n\nANSWER: None.";
        for f in [
            found(t),
            found_with(t, &[("QUESTION", "PERSON"), ("ANSWER", "ORG")]),
        ] {
            assert!(
                !f.iter().any(|(n, _)| n == "QUESTION" || n == "ANSWER"),
                "{f:?}"
            );
            assert!(holds(&f, "TARVIK", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_company_s_short_name_is_the_company_named_in_full_before() {
        let t = "The servers were rented from Quellborn Online GmbH and Varsk Cloud Hosting OÜ. \
                 Quellborn said it had ended the contracts. Varsk Cloud's director declined \
                 to comment. A spokesman for Safeguard Tarsk Defenders said Safeguard was not \
                 involved.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("SAFEGUARD TARSK DEFENDERS", MentionKind::Organization);
        for f in found_by_both(t, &gaz, &[]) {
            assert!(holds_body(&f, "Quellborn Online GmbH"), "{f:?}");
            assert!(holds_body(&f, "Varsk Cloud Hosting OÜ"), "{f:?}");
            assert!(holds_body(&f, "Quellborn"), "{f:?}");
            assert!(holds_body(&f, "Varsk Cloud"), "{f:?}");
            // Only a name whose other words say what kind of company it is.
            assert!(!holds_body(&f, "Safeguard"), "{f:?}");
        }
        // Not the end of a place's name, nor before the full name is given.
        let t = "The bookkeeper lived in Porto do Marvel. Marvel Global Trading Ltda moved \
                 the money from Porto do Marvel.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Marvel Global Trading Ltda"), "{f:?}");
            assert!(!holds_body(&f, "Marvel"), "{f:?}");
        }
    }

    #[test]
    fn two_companies_the_lists_give_apart_are_not_one_name() {
        let mut gaz = Gazetteer::new();
        gaz.add_name("CASA VELDORA", MentionKind::Organization);
        gaz.add_name("TARSK IMPORT EXPORT LTDA", MentionKind::Organization);
        let t = "OFAC designated two of his businesses, Casa Veldora and Tarsk Import Export \
                 Ltda, in 2004.";
        for f in found_by_both(t, &gaz, &[]) {
            assert!(holds_body(&f, "Casa Veldora"), "{f:?}");
            assert!(holds_body(&f, "Tarsk Import Export Ltda"), "{f:?}");
        }
    }

    #[test]
    fn a_listed_company_is_found_without_its_legal_form_of_several_words() {
        let mut gaz = Gazetteer::new();
        gaz.add_name(
            "NOVARAN ABR TELSK PRIVATE LIMITED COMPANY",
            MentionKind::Organization,
        );
        let t = "Novaran Abr Telsk\n\nTehran, Iran\n\nParent company; designated in 2023";
        for f in found_by_both(t, &gaz, &[("Novaran Abr Telsk", "PERSON")]) {
            assert!(holds_body(&f, "Novaran Abr Telsk"), "{f:?}");
        }
    }

    #[test]
    fn a_spokesperson_s_title_is_no_body() {
        let t = "Anna Velk, Deputy Department Spokesperson, spoke first.";
        for f in found_by_both(
            t,
            &Gazetteer::new(),
            &[("Deputy Department Spokesperson", "ORG")],
        ) {
            assert!(!f.iter().any(|(n, _)| n.contains("Spokes")), "{f:?}");
            assert!(!holds_body(&f, "Deputy Department"), "{f:?}");
        }
        // A title that is an office's name keeps its last word.
        let f = found("The Federal Prosecutor General charged him on Monday.");
        assert!(holds_body(&f, "Federal Prosecutor General"), "{f:?}");
    }

    #[test]
    fn a_town_or_district_a_model_reads_as_a_name_is_a_place() {
        let t = "The bookkeeper of a trading company in Foz do Iguaçu was arrested at a \
                 warehouse in the Vellaro district of Prato.";
        let f = found_with(t, &[("Foz do Iguaçu", "ORG"), ("Vellaro", "PERSON")]);
        assert!(!holds_body(&f, "Foz do Iguaçu"), "{f:?}");
        assert!(!holds(&f, "Vellaro", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn an_acronym_after_an_article_is_a_body_whatever_town_it_spells() {
        // "Digos" is a town in the Philippines; "BERLIN —" opening a wire stays a place.
        let t = "Officers of the DIGOS political police in Prato carried out the arrests.";
        let f = found(t);
        assert!(holds_body(&f, "DIGOS"), "{f:?}");
        let f = found("BERLIN — Police arrested two men on Friday, prosecutors said.");
        assert!(holds(&f, "BERLIN", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_titled_surname_makes_the_full_name_before_it_a_person_s() {
        let t = "Can you confirm that the ambassador raised the case of Dastan Orazbekuly \
                 with the ministry? We have raised the case of Mr. Orazbekuly, a blogger, \
                 with the authorities.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds(&f, "Dastan Orazbekuly", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Orazbekuly", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_european_legislator_s_group_and_country_make_the_name_a_person_s() {
        let t = "said the rapporteur, Lena Orsk (Renew, DE). During the debate, Piet Varnholt \
                 (EPP, PL) and Mira Solt Ferran (S&D, ES) disagreed.";
        let proposals = [("Mira Solt Ferran", "ORG"), ("Piet Varnholt", "ORG")];
        for f in found_by_both(t, &Gazetteer::new(), &proposals) {
            for name in ["Lena Orsk", "Piet Varnholt", "Mira Solt Ferran"] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
            assert!(holds_body(&f, "EPP"), "{f:?}");
            for code in ["DE", "PL", "ES"] {
                assert!(!f.iter().any(|(n, _)| n == code), "{code}: {f:?}");
            }
        }
    }

    #[test]
    fn a_name_a_model_read_as_a_body_with_an_age_after_it_is_a_person_s() {
        let t = "Darian Voskuil, 41, of Gatineau, and Pim Sato, 36, are charged. Voskuil \
                 appeared in court.";
        let f = found_with(t, &[("Voskuil", "ORG")]);
        assert!(holds(&f, "Darian Voskuil", MentionKind::Person), "{f:?}");
        assert!(!holds_body(&f, "Voskuil"), "{f:?}");
    }

    #[test]
    fn what_a_spokesperson_speaks_for_is_a_body() {
        let t = "A spokesperson for Quellora said the company had removed 40 accounts. A \
                 spokesman for the Tarsk Relief Fund declined to comment.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Quellora", "PERSON")]) {
            assert!(holds_body(&f, "Quellora"), "{f:?}");
            assert!(holds_body(&f, "Tarsk Relief Fund"), "{f:?}");
        }
    }

    #[test]
    fn a_country_or_a_town_a_model_reads_as_a_person_is_a_place() {
        let t = "The juntas of Mali and Burkina Faso tracked critics abroad.";
        let f = found_with(t, &[("Burkina Faso", "PERSON")]);
        assert!(!holds(&f, "Burkina Faso", MentionKind::Person), "{f:?}");
        // Written without its diacritics, after a preposition of place.
        let t = "Saadi has lived in Malmo since 2019, and Kowalczyk in Zurich.";
        let f = found_with(t, &[("Malmo", "PERSON"), ("Zurich", "PERSON")]);
        assert!(holds(&f, "Malmo", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "Zurich", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_lab_of_a_council_is_two_bodies() {
        let f = found(
            "Researchers at the Digital Forensic Research Lab of the Atlantic Council said so.",
        );
        assert!(holds_body(&f, "Digital Forensic Research Lab"), "{f:?}");
        assert!(holds_body(&f, "Atlantic Council"), "{f:?}");
    }

    #[test]
    fn the_names_after_an_authors_label_are_persons() {
        let t = "Tarsk Designates Three Exchange Houses\n\nAuthors: Odile Varsande, Piet \
                 Quarnholt, Mira Selvik\n\nOn 19 November the Tarsk Treasury designated \
                 three exchange houses.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            for name in ["Odile Varsande", "Piet Quarnholt", "Mira Selvik"] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
        }
    }

    #[test]
    fn a_party_s_surname_in_capitals_is_the_party_and_court_words_in_capitals_name_nothing() {
        let mut gaz = Gazetteer::new();
        gaz.add_name("VARNHOLT, Dastan", MentionKind::Person);
        gaz.add_given_name("Dastan");
        let t = "1. DASTAN VARNHOLT, the defendant, arranged the payments.\n\n2. As set forth \
                 below, VARNHOLT met the source twice.\n\nWHEREFORE, I respectfully request \
                 that a warrant be issued for the arrest of DASTAN VARNHOLT.";
        for f in found_by_both(t, &gaz, &[]) {
            assert!(holds(&f, "DASTAN VARNHOLT", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "VARNHOLT", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "WHEREFORE"), "{f:?}");
        }
    }

    #[test]
    fn a_given_name_a_model_took_for_a_place_opens_the_person_s_name() {
        let t = "Nine years after the murder of Jamal Veskarani in the Tarsk consulate, the \
                 case is closed.";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Jamal");
        for proposals in [&[][..], &[("Jamal", "GPE")][..]] {
            let f: Vec<(String, MentionKind)> =
                extract_mentions_with(t, &gaz, &proposals_of(t, proposals))
                    .mentions
                    .into_iter()
                    .map(|m| (m.text, m.kind))
                    .collect();
            assert!(holds(&f, "Jamal Veskarani", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Jamal"), "{f:?}");
        }
    }

    #[test]
    fn a_special_rapporteur_after_a_name_makes_it_a_person_s() {
        let t = "The experts: Orla Venning, Special Rapporteur on the situation of human \
                 rights in Tarsk; Dace Ilvane, Special Rapporteur on freedom of expression; \
                 Pim Sato, Special Envoy for the region.";
        for proposals in [&[][..], &[("Orla Venning", "GPE"), ("Pim Sato", "GPE")][..]] {
            let f = found_with(t, proposals);
            for name in ["Orla Venning", "Dace Ilvane", "Pim Sato"] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
        }
    }

    #[test]
    fn federal_court_offices_with_the_country_written_out_are_titles() {
        let t = "He was ordered detained by United States Magistrate Judge Orin Veskal. \
                 Assistant United States Attorneys Mara Lindqvist and Tobias Grell are in \
                 charge of the prosecution.";
        let f = found(t);
        for name in ["Orin Veskal", "Mara Lindqvist", "Tobias Grell"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Magistrate") || n.contains("Attorney")),
            "{f:?}"
        );
    }

    #[test]
    fn a_field_office_after_a_title_in_charge_of_it_is_the_body() {
        let t = "Lena Varga, the FBI's Special Agent in Charge of the Tarsk Field Office, said \
                 the case was open.";
        let f = found(t);
        assert!(holds_body(&f, "Tarsk Field Office"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Charge")), "{f:?}");
    }

    #[test]
    fn a_capitalised_mission_is_read_with_its_place() {
        let t = "They protested outside the Ruritanian Consulate General in New York and the \
                 Ruritanian Embassy in London on Monday.";
        let f = found(t);
        assert!(
            holds_body(&f, "Ruritanian Consulate General in New York"),
            "{f:?}"
        );
        assert!(holds_body(&f, "Ruritanian Embassy in London"), "{f:?}");
    }

    #[test]
    fn an_outlet_s_company_ends_in_media() {
        let t = "Prosecutors declared the outlet she works for, Veskal Media, undesirable.";
        for proposals in [&[][..], &[("Veskal Media", "PERSON")][..]] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "Veskal Media"), "{f:?}");
        }
    }

    #[test]
    fn a_body_s_part_or_its_people_are_no_body_of_their_own() {
        // "the Office's" names no office here; "UN staff" are the UN's people.
        let t = "The case is handled by the Office's Tarsk Fraud Section. The experts are not \
                 UN staff.";
        let f = found_with(t, &[("Office", "ORG"), ("UN", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n == "Office"), "{f:?}");
        assert!(holds_body(&f, "Tarsk Fraud Section"), "{f:?}");
        assert!(holds_body(&f, "UN"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "UN staff"), "{f:?}");
    }

    #[test]
    fn a_police_rank_after_a_force_s_acronym_names_a_person_of_that_force() {
        let t = "Two men were charged, the Tarsk Federal Police said. TFP Assistant Commissioner \
                 Oren Vasko told reporters they were tasked. Vasko said no more.";
        let f = found(t);
        assert!(holds(&f, "Oren Vasko", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "TFP"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Commissioner")), "{f:?}");
    }

    #[test]
    fn a_firm_joining_partners_with_an_ampersand_is_one_body() {
        let t = "His attorney, Greta Vasko of Vasko & Lindqvist LLP, declined to comment.";
        for proposals in [&[][..], &[("Greta Vasko", "PERSON")][..]] {
            let f = found_with(t, proposals);
            assert!(holds(&f, "Greta Vasko", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "Vasko & Lindqvist LLP"), "{f:?}");
        }
    }

    #[test]
    fn a_programme_is_a_body_s_name_capitalised_and_a_scheme_in_lower_case() {
        let t = "By Lena Orsk, senior fellow, Tarsk Rights Programme. The Velden Prize program \
                 paid out.";
        let f = found_with(t, &[("Velden Prize", "ORG")]);
        assert!(holds_body(&f, "Tarsk Rights Programme"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.ends_with("program")), "{f:?}");
    }

    #[test]
    fn a_question_after_a_speaker_label_opens_a_sentence() {
        let t = "Interview with a Tarsk exile.\n\nQ: Has the Tarsk Security Service called \
                 you?\n\nA: Twice.";
        let f = found(t);
        assert!(holds_body(&f, "Tarsk Security Service"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Has")), "{f:?}");
    }

    #[test]
    fn a_relative_named_after_kinship_without_a_comma() {
        let t = "My brother Orvan lost his job. My mother thought it was Orvan. A teacher whose \
                 sister Velka Dran lives abroad was jailed. They told my mother I could stop.";
        for proposals in [&[][..], &[("Orvan", "GPE")][..]] {
            let f = found_with(t, proposals);
            assert!(holds(&f, "Orvan", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Velka Dran", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "I"), "{f:?}");
        }
    }

    #[test]
    fn a_surname_of_two_words_alone_is_the_person_named_in_full() {
        let t = "Orvan Tasheli Veskarani, 44, recruited him. Tasheli Veskarani remains at large.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let full = entity_at(&ex, 0);
        let alone = entity_at(&ex, t.rfind("Tasheli Veskarani").expect("in text"));
        assert!(full.is_some() && full == alone, "{:?}", ex.mentions);
    }

    #[test]
    fn a_portfolio_s_last_word_then_two_name_words_are_the_holder_s() {
        let t = "We call on Minister of Foreign Affairs Orvan Tasheli to act.";
        for proposals in [&[][..], &[("Orvan Tasheli", "PERSON")][..]] {
            let f = found_with(t, proposals);
            assert!(holds(&f, "Orvan Tasheli", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn an_alias_in_quotes_is_a_person_s() {
        let t = "A man who introduced himself as \"Velko\" called. Messages went to a man in \
                 Dubai known only as \"Tarsh\". The plot known as \"Operation Dawn\" failed.";
        let f = found(t);
        assert!(holds(&f, "Velko", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Tarsh", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Dawn")), "{f:?}");
    }

    #[test]
    fn ombudsmen_assemblies_units_by_number_and_bodies_against_a_wrong() {
        let t = "Tarsk's Ombudsman Orvan Tasheli called it repression. The Mejlis of the Velden \
                 People said so. Gadoev leads Group 24, which was banned. The UN Committee \
                 against Torture asked them to wait.";
        let f = found(t);
        assert!(holds(&f, "Orvan Tasheli", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Mejlis of the Velden People"), "{f:?}");
        assert!(holds_body(&f, "Group 24"), "{f:?}");
        assert!(holds_body(&f, "UN Committee against Torture"), "{f:?}");
    }

    #[test]
    fn a_city_is_no_body_s_people_before_for() {
        let t = "He spied on refugees in Frankfurt for the National Security Agency of Tarsk.";
        let f = found(t);
        assert!(holds_body(&f, "National Security Agency of Tarsk"), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.starts_with("Frankfurt for")),
            "{f:?}"
        );
    }

    #[test]
    fn a_four_word_name_after_a_person_s_noun_is_a_person_s() {
        let t = "He spied on the blogger, Le Thi Ngoc Anh, for years.";
        for proposals in [&[][..], &[("Le Thi Ngoc Anh", "ORG")][..]] {
            let f = found_with(t, proposals);
            assert!(holds(&f, "Le Thi Ngoc Anh", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn monsieur_before_a_surname_the_document_gives_another_given_name_is_a_title() {
        let t = "A Ruritanian national, Aram Veskarian, 41, is charged. \"He is innocent,\" said \
                 M. Veskarian's lawyer. Marat Orlin met M. Orlin's brother.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let texts: Vec<&str> = ex.mentions.iter().map(|m| m.text.as_str()).collect();
        assert!(texts.contains(&"Veskarian"), "{texts:?}");
        assert!(!texts.contains(&"M. Veskarian"), "{texts:?}");
        // Where the given name begins with M, "M." may be its initial: left as written.
        assert!(!texts.contains(&"Orlin"), "{texts:?}");
    }

    #[test]
    fn a_lone_surname_after_a_relative_named_in_passing_is_the_subject_s() {
        let t = "Critics blame Rustam Velikhanov, who has ruled the region since 2007. His \
                 father, Arslan Velikhanov, led it until 2004. Velikhanov has called his critics \
                 traitors.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let entity_at = |at: usize| entity_at(&ex, at);
        let son = entity_at(t.find("Rustam Velikhanov").unwrap());
        let father = entity_at(t.find("Arslan Velikhanov").unwrap());
        assert_ne!(son, father);
        assert_eq!(entity_at(t.find("Velikhanov has").unwrap()), son);
    }

    #[test]
    fn a_lone_surname_two_persons_share_is_the_one_named_last_before_it() {
        let t = "The reporter Leyla Navid hosts a satire show. The plot was run by Kamran Navid, \
                 an officer of the ministry. Navid is not related to the reporter. Later Leyla \
                 Navid spoke. Navid said she was afraid.";
        let proposals: Vec<Proposal> = ["Leyla Navid", "Kamran Navid"]
            .iter()
            .map(|span| {
                let start = t.find(span).expect("span in text");
                Proposal {
                    start,
                    end: start + span.len(),
                    label: "PERSON".into(),
                }
            })
            .collect();
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let entity_at = |at: usize| entity_at(&ex, at);
        let officer = entity_at(t.find("Kamran Navid").unwrap());
        let reporter = entity_at(t.find("Leyla Navid").unwrap());
        assert_ne!(officer, reporter);
        assert_eq!(entity_at(t.find("Navid is not").unwrap()), officer);
        assert_eq!(entity_at(t.find("Navid said").unwrap()), reporter);
    }

    #[test]
    fn a_lone_surname_whose_role_the_one_named_last_does_not_have_is_the_other_s() {
        let t = "Officials met on Monday. Mira Haddad has lived in Oslo since 2020. The threats \
                 came from a militia whose commander Omar Haddad is under sanctions. Haddad, the \
                 journalist, is no relation. The militia's commander Omar Haddad denied it. \
                 Haddad, the commander, said so.";
        let proposals = proposals_of(t, &[("Mira Haddad", "PERSON"), ("Omar Haddad", "PERSON")]);
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let entity_at = |at: usize| entity_at(&ex, at);
        let journalist = entity_at(t.find("Mira Haddad").unwrap());
        let commander = entity_at(t.find("Omar Haddad").unwrap());
        assert_ne!(journalist, commander);
        assert_eq!(
            entity_at(t.find("Haddad, the journalist").unwrap()),
            journalist
        );
        assert_eq!(
            entity_at(t.find("Haddad, the commander").unwrap()),
            commander
        );
    }

    #[test]
    fn a_lone_surname_after_an_honorific_is_the_person_of_that_sex() {
        // Named by the document ("Mrs Oksana Veldt") or by the lists' given names (a man's).
        let t = "The widow, Mrs Oksana Veldt, brought the case. Taras Veldt was poisoned in \
                 2006. The court awarded Mrs Veldt damages. Mr Veldt had fled in 2000.";
        let mut gaz = Gazetteer::new();
        for _ in 0..3 {
            gaz.add_given_name_sex("Taras", Sex::Male);
        }
        let proposals = proposals_of(t, &[("Oksana Veldt", "PERSON"), ("Taras Veldt", "PERSON")]);
        for p in [&[][..], &proposals[..]] {
            let ex = extract_mentions_with(t, &gaz, p);
            let entity_at = |at: usize| entity_at(&ex, at);
            let widow = entity_at(t.find("Oksana Veldt").unwrap());
            let victim = entity_at(t.find("Taras Veldt").unwrap());
            assert_ne!(widow, victim);
            assert_eq!(entity_at(t.find("Veldt damages").unwrap()), widow);
            assert_eq!(entity_at(t.find("Veldt had").unwrap()), victim);
        }
    }

    #[test]
    fn a_record_s_remarks_after_a_speaker_name_no_person_and_no_body() {
        let t = "Lena Marsk (Tarsk West) (LD): Will the Minister act?\n\nOlaf Brenn: I will.\n\n\
                 Mr Piet Valder (Velden North) (Con): The Counter Terrorism Policing network \
                 knows the threat. The Court has found so.\n\nLena Marsk: Thank you.";
        let proposals = [
            ("Velden North", "PERSON"),
            ("LD", "ORG"),
            ("Con", "ORG"),
            ("Counter Terrorism Policing network", "ORG"),
            ("Court", "ORG"),
        ];
        for f in [found_with(t, &[]), found_with(t, &proposals)] {
            assert!(holds(&f, "Lena Marsk", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Piet Valder", MentionKind::Person), "{f:?}");
            for remark in ["Tarsk West", "Velden North", "LD", "Con", "Court"] {
                assert!(
                    !f.iter()
                        .any(|(n, k)| n == remark && *k != MentionKind::Place),
                    "{remark}: {f:?}"
                );
            }
            assert!(holds_body(&f, "Counter Terrorism Policing"), "{f:?}");
        }
    }

    #[test]
    fn a_dateline_crediting_two_outlets_names_both_and_a_trade_before_a_name_a_body() {
        let t = "TARSK, May 23 (Velden Radio English / BNX) - The state airline Zarvia said \
                 on Friday it would appeal. Velden Radio English asked BNX for comment.";
        for f in [
            found_with(t, &[]),
            found_with(t, &[("Zarvia", "GPE"), ("Velden Radio", "ORG")]),
        ] {
            assert!(holds_body(&f, "Velden Radio English"), "{f:?}");
            assert!(holds_body(&f, "BNX"), "{f:?}");
            assert!(holds_body(&f, "Zarvia"), "{f:?}");
        }
    }

    #[test]
    fn names_in_capitals_in_a_byline_are_persons() {
        let t = "By TOMAS VELDER and ANIKA ROSSEL Associated Press\n\nTARSK (AP) — Police in \
                 Tarsk arrested two men on Monday, officials said.";
        for f in [
            found_with(t, &[]),
            found_with(t, &[("ANIKA ROSSEL Associated Press\n\nTARSK", "ORG")]),
        ] {
            assert!(holds(&f, "TOMAS VELDER", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "ANIKA ROSSEL", MentionKind::Person), "{f:?}");
            // The outlet after the names stays a body.
            assert!(holds_body(&f, "Associated Press"), "{f:?}");
        }
    }

    #[test]
    fn a_working_body_s_matter_holds_its_or_an_office_s_title_and_a_member_s_party_are_apart() {
        let t = "Mira Halden, Vice-Chair of the Working Group on Forced or Unpaid Labour, met \
                 Olek Varga, a member of the National Assembly for the Tarsk Democratic Party.";
        let proposals = [
            ("Vice-Chair of the Working Group on Forced", "ORG"),
            ("National Assembly for the Tarsk Democratic Party", "ORG"),
        ];
        for f in [found_with(t, &[]), found_with(t, &proposals)] {
            assert!(
                holds_body(&f, "Working Group on Forced or Unpaid Labour"),
                "{f:?}"
            );
            assert!(holds_body(&f, "National Assembly"), "{f:?}");
            assert!(holds_body(&f, "Tarsk Democratic Party"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.contains("Vice-Chair")), "{f:?}");
        }
    }

    #[test]
    fn two_bodies_joined_by_and_are_two_unless_one_name_holds_the_and() {
        let t = "The Tarsk Civic Forum and Velden Press Union condemned the arrest. The \
                 Northern Fisheries and Coastal Administration and the Ministry of Culture and \
                 Maritime Heritage did not comment.";
        let f = found_with(
            t,
            &[
                ("Tarsk Civic Forum and Velden Press Union", "ORG"),
                ("Northern Fisheries and Coastal Administration", "ORG"),
                ("Ministry of Culture and Maritime Heritage", "ORG"),
            ],
        );
        let names: Vec<&str> = f.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"Tarsk Civic Forum"), "{f:?}");
        assert!(names.contains(&"Velden Press Union"), "{f:?}");
        assert!(
            names.contains(&"Northern Fisheries and Coastal Administration"),
            "{f:?}"
        );
        assert!(
            names.contains(&"Ministry of Culture and Maritime Heritage"),
            "{f:?}"
        );
    }

    #[test]
    fn a_given_name_the_model_left_off_stays_with_the_name() {
        let t = "Local media identified him as Karim Kvelholm. His lawyer, Karim Doustvar, \
                 said he would appeal.";
        let f = found_with(t, &[("Kvelholm", "PERSON"), ("Doustvar", "PERSON")]);
        assert!(holds(&f, "Karim Kvelholm", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Karim Doustvar", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_after_a_kind_of_body_is_that_body() {
        let t = "The Oslo-based group Vardeny said 31 prisoners were moved. The exile \
                 broadcaster Tarsk International aired the footage.";
        let f = found_with(t, &[("Vardeny", "ORG")]);
        assert!(holds(&f, "Vardeny", MentionKind::Organization), "{f:?}");
        assert!(
            holds(&f, "Tarsk International", MentionKind::Organization),
            "{f:?}"
        );
    }

    #[test]
    fn a_title_is_no_body_and_ends_one_only_after_a_body_s_name() {
        let t = "The plot targeted former National Security Advisor Petra Lundqvist. The \
                 Tarsk Council Special Rapporteur on media raised the case. The Federal Public \
                 Prosecutor General had charged the defendant.";
        let f = found_with(
            t,
            &[
                ("National Security", "ORG"),
                ("Tarsk Council Special Rapporteur", "ORG"),
                ("Federal Public Prosecutor General", "ORG"),
            ],
        );
        let names: Vec<&str> = f.iter().map(|(n, _)| n.as_str()).collect();
        assert!(!names.contains(&"National Security"), "{f:?}");
        assert!(names.contains(&"Tarsk Council"), "{f:?}");
        assert!(
            names.contains(&"Federal Public Prosecutor General"),
            "{f:?}"
        );
    }

    #[test]
    fn the_page_s_publisher_named_in_its_text_is_a_body() {
        let t = "In an interview with Voices of Tarsk, the activist said she was questioned \
                 for nine hours.";
        let names = |publisher| {
            extract_mentions_from_page(t, &Gazetteer::new(), &[], publisher)
                .mentions
                .into_iter()
                .map(|m| (m.text, m.kind))
                .collect::<Vec<_>>()
        };
        assert!(
            names(Some("Voices of Tarsk"))
                .contains(&("Voices of Tarsk".into(), MentionKind::Organization)),
            "{:?}",
            names(Some("Voices of Tarsk"))
        );
        assert!(!names(None).contains(&("Voices of Tarsk".into(), MentionKind::Organization)));
        // A model's body whose first word a list gives someone as a given name stays the
        // page's body.
        let t = "\"Distance does not protect us,\" he told Tarsk Rights Watch on Monday.";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Tarsk");
        let start = t.find("Tarsk Rights Watch").expect("in text");
        let proposals = [Proposal {
            start,
            end: start + "Tarsk Rights Watch".len(),
            label: "ORG".into(),
        }];
        let f = extract_mentions_from_page(t, &gaz, &proposals, Some("Tarsk Rights Watch"));
        let kinds: Vec<_> = f
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.kind))
            .collect();
        assert!(
            kinds.contains(&("Tarsk Rights Watch", MentionKind::Organization)),
            "{kinds:?}"
        );
    }

    #[test]
    fn names_in_a_wire_s_credit_line_are_persons() {
        let t = "The court will rule next month.\n\n(Reporting by Tomas Verbeek and Ilse van \
                 der Wal; Editing by Kofi Mensah)";
        let f = found_with(t, &[("Kofi Mensah", "ORG"), ("Ilse van", "PERSON")]);
        for name in ["Tomas Verbeek", "Ilse van der Wal", "Kofi Mensah"] {
            assert!(
                f.contains(&(name.into(), MentionKind::Person)),
                "{name}: {f:?}"
            );
        }
    }

    #[test]
    fn a_person_s_name_the_model_cut_inside_its_particles_is_whole() {
        let t = "The ruling was welcomed by Ilse van der Wal, who had filed the complaint.";
        let f = found_with(t, &[("Ilse van", "PERSON")]);
        assert!(holds(&f, "Ilse van der Wal", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_and_a_group_s_noun_name_the_group() {
        let t = "Police said the Ostrel gang had been paid by Amir Varnok. The Varnok network \
                 and Ostrel's leader denied it. The network's couriers were arrested.";
        let f = found_with(
            t,
            &[
                ("Ostrel", "PERSON"),
                ("Varnok", "PERSON"),
                ("Ostrel's", "PERSON"),
            ],
        );
        // Named after a person: with its noun; a gang's own name: alone, wherever it is used.
        assert!(
            holds(&f, "Varnok network", MentionKind::Organization),
            "{f:?}"
        );
        assert!(holds(&f, "Ostrel", MentionKind::Organization), "{f:?}");
        assert!(holds(&f, "Amir Varnok", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Ostrel" && *k == MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.starts_with("The")), "{f:?}");
    }

    #[test]
    fn a_title_before_a_person_is_no_body_but_a_title_s_office_is() {
        let t = "The Federal Prosecutor's Office said on Monday that the men were held.";
        let f = found_with(t, &[("Federal Prosecutor's Office", "ORG")]);
        assert!(
            f.contains(&(
                "Federal Prosecutor's Office".into(),
                MentionKind::Organization
            )),
            "{f:?}"
        );
        let t = "Federal Prosecutor Ilse Dewaele called it a priority, and Crown prosecutor \
                 Tomas Verbeek agreed.";
        let f = found_with(
            t,
            &[
                ("Federal Prosecutor", "ORG"),
                ("Ilse Dewaele", "PERSON"),
                ("Crown", "ORG"),
                ("Tomas Verbeek", "PERSON"),
            ],
        );
        assert!(
            f.iter().all(|(_, k)| *k == MentionKind::Person),
            "titles, not bodies: {f:?}"
        );
        assert!(holds(&f, "Ilse Dewaele", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn two_bodies_joined_by_or_are_two_even_after_of() {
        let t = "Operations were run by officers of the Ministry of Security or the Tarsk \
                 Guard Corps.";
        let f = found_with(
            t,
            &[("the Ministry of Security or the Tarsk Guard Corps", "ORG")],
        );
        let names: Vec<&str> = f.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"Ministry of Security"), "{f:?}");
        assert!(names.contains(&"Tarsk Guard Corps"), "{f:?}");
    }

    #[test]
    fn a_common_noun_opening_a_sentence_names_nothing() {
        let t = "Notes to editors. Media enquiries should go to the press office.";
        let mut gaz = Gazetteer::new();
        gaz.add_one_word_body("Media", MentionKind::Organization, false);
        let proposals = [Proposal {
            start: t.find("Media").unwrap_or(0),
            end: t.find("Media").unwrap_or(0) + 5,
            label: "ORG".into(),
        }];
        let ex = extract_mentions_with(t, &gaz, &proposals);
        assert!(
            ex.mentions.iter().all(|m| m.text != "Media"),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn a_name_with_an_age_after_it_is_a_person_s() {
        let t = "A court sentenced Tarvin Olesk, a 24-year-old student, on Monday. Mirela \
                 Dovan, 44, was freed.";
        let f = found_with(t, &[("Tarvin Olesk", "ORG"), ("Mirela Dovan", "ORG")]);
        assert!(holds(&f, "Tarvin Olesk", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Mirela Dovan", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_people_is_neither_a_person_nor_a_body() {
        let t = "Police charged a Chechen man on Monday. He watched the Uyghur community in \
                 Malmo for years. Chechens abroad fear reprisals, Tarvin Olesk said.";
        let f = found_with(
            t,
            &[
                ("Chechen", "PERSON"),
                ("Uyghur", "ORG"),
                ("Chechens", "ORG"),
            ],
        );
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Chechen") || n.contains("Uyghur")),
            "{f:?}"
        );
        assert!(holds(&f, "Tarvin Olesk", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn names_the_model_read_as_places_one_by_one_are_a_person_s() {
        let t = "He met Dorvan Qelish, a columnist, in Ankara. The court fined another man, \
                 identified as Murat Ekindar, in Izmir.";
        let f = found_with(
            t,
            &[
                ("Dorvan", "GPE"),
                ("Qelish", "GPE"),
                ("Ankara", "GPE"),
                ("Murat", "GPE"),
                ("Ekindar", "GPE"),
                ("Izmir", "GPE"),
            ],
        );
        assert!(holds(&f, "Dorvan Qelish", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Murat Ekindar", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Ankara", MentionKind::Place), "{f:?}");
        // Known places written one after the other stay places.
        let t = "Flights from Paris London and Rome were cancelled.";
        let f = found_with(t, &[("Paris", "GPE"), ("London", "GPE"), ("Rome", "GPE")]);
        assert!(holds(&f, "Paris", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "London", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_byline_s_name_the_model_cut_short_is_whole() {
        let t = "By Maria Voskamp\n\nThe stations kept working after they were closed.";
        let f = found_with(t, &[("Maria", "PERSON")]);
        assert!(holds(&f, "Maria Voskamp", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Maria", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_residence_after_an_age_is_a_place() {
        let t = "Chen Wenli, 52, of Oakbrook Terrace; Tarvin Olesk, 47, of Pellham, were charged.";
        let f = found_with(
            t,
            &[
                ("Chen Wenli", "PERSON"),
                ("Oakbrook Terrace", "PERSON"),
                ("Tarvin Olesk", "PERSON"),
                ("Pellham", "ORG"),
            ],
        );
        assert!(holds(&f, "Oakbrook Terrace", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "Pellham", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "Tarvin Olesk", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn surnames_joined_by_and_are_two_persons() {
        let t = "The State Department barred Apti Vorlaev and Ruslan Dzhemirov. Relatives of \
                 Vorlaev and Dzhemirov were also barred.";
        let f = found_with(
            t,
            &[
                ("Apti Vorlaev", "PERSON"),
                ("Ruslan Dzhemirov", "PERSON"),
                ("Vorlaev and Dzhemirov", "ORG"),
            ],
        );
        assert!(holds(&f, "Vorlaev", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Dzhemirov", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n == "Vorlaev and Dzhemirov"),
            "{f:?}"
        );
    }

    #[test]
    fn an_operation_s_name_and_a_word_made_an_adjective_name_nothing() {
        let t = "Operation Silver Heron was run from Tarsk. The Kremlin-backed leader and the \
                 agents of operation Blue Lantern denied it.";
        let f = found_with(
            t,
            &[
                ("Silver Heron", "PERSON"),
                ("Kremlin-backed", "ORG"),
                ("Blue Lantern", "ORG"),
            ],
        );
        assert!(
            !f.iter().any(|(n, _)| n.contains("Heron")
                || n.contains("Kremlin")
                || n.contains("Lantern")),
            "{f:?}"
        );
    }

    #[test]
    fn a_title_s_office_is_a_body_with_its_district() {
        let t = "The case is prosecuted by the U.S. Attorney's Office for the Northern District \
                 of Ohio. The Kent County Sheriff's Office in Tarsk declined to comment.";
        let f = found_with(t, &[("Office for the Northern District of Ohio", "ORG")]);
        assert!(
            holds(
                &f,
                "U.S. Attorney's Office for the Northern District of Ohio",
                MentionKind::PublicBody
            ),
            "{f:?}"
        );
        assert!(
            holds(&f, "Kent County Sheriff's Office", MentionKind::PublicBody),
            "{f:?}"
        );
    }

    #[test]
    fn ranks_and_a_titled_name_s_body() {
        // A rank, a force's rank, a title's office with a body's head word among its titles,
        // and the body a titled person is "of": each read, by the rules and with a model's
        // proposal of the whole run as a body.
        let t = "Police Colonel Arthit Wongsakul of the Tarsk Border Police said the van was \
                 found. Sergeant Dana Okafor was hurt. The Prosecutor General's Office said it \
                 would appeal. The Major Crimes Unit made two arrests.";
        for proposals in [&[][..], &[("Police Colonel Arthit Wongsakul", "ORG")][..]] {
            let f = found_with(t, proposals);
            for (name, kind) in [
                ("Arthit Wongsakul", MentionKind::Person),
                ("Dana Okafor", MentionKind::Person),
            ] {
                assert!(holds(&f, name, kind), "{name}: {f:?}");
            }
            for body in [
                "Tarsk Border Police",
                "Prosecutor General's Office",
                "Major Crimes Unit",
            ] {
                assert!(holds_body(&f, body), "{body}: {f:?}");
            }
        }
    }

    #[test]
    fn an_apposition_names_a_body_wherever_the_name_recurs() {
        // A body named with a given name at its head, explained once by an apposition whose
        // head noun follows a place's compound adjective; and a body's head word with a
        // complement whose last word is a law's head word.
        let t = "Funds went through Dariush Omid Saman, a Tarsk Harbour-based exchange house, \
                 in 2024. Later Dariush Omid Saman closed its accounts. The Supreme Council for \
                 Press Regulation blocked two sites.";
        for proposals in [
            &[][..],
            &[("Dariush Omid", "PERSON"), ("Tarsk Harbour", "GPE")][..],
        ] {
            let f = found_with(t, proposals);
            assert_eq!(
                f.iter()
                    .filter(|(n, k)| n == "Dariush Omid Saman" && *k == MentionKind::Organization)
                    .count(),
                2,
                "{f:?}"
            );
            assert!(
                holds_body(&f, "Supreme Council for Press Regulation"),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_place_of_a_person_is_two_names() {
        // "the abduction in <city> of <name>, a <role>": a place and a person, by the rules
        // and against a model that read the name as a place; a body named "of" a city stays
        // one name.
        let t = "The case recalled the abduction in Lyon of Orun Veskalo, a local activist who \
                 had fled. The University of Lyon said nothing.";
        for proposals in [&[][..], &[("Lyon", "GPE"), ("Orun Veskalo", "GPE")][..]] {
            let f = found_with(t, proposals);
            assert!(holds(&f, "Orun Veskalo", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "University of Lyon"), "{f:?}");
        }
    }

    #[test]
    fn a_state_s_department_is_named_without_the_state_before_it() {
        let t = "Officials met on Monday. The U.S. Department of Commerce's Bureau of Industry \
                 and Security acted. The U.S. Attorney's Office declined to comment.";
        for proposals in [&[][..], &[("U.S. Department of Commerce", "ORG")][..]] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "Department of Commerce"), "{f:?}");
            assert!(holds_body(&f, "U.S. Attorney's Office"), "{f:?}");
        }
    }

    #[test]
    fn a_platform_named_for_its_product_is_no_body() {
        let t = "Officials met on Monday. He runs a Telegram channel that mocks the mayor. She \
                 closed her YouTube channel in May.";
        let f = found_with(t, &[("Telegram", "ORG"), ("YouTube", "ORG")]);
        assert!(
            !f.iter().any(|(n, _)| n == "Telegram" || n == "YouTube"),
            "{f:?}"
        );
    }

    #[test]
    fn a_title_s_portfolio_then_its_holder_s_name() {
        // A title, the office's portfolio after "of" and "for", and the holder's name at the
        // end: with an initial inside, or a known given name first.
        let t = "Officials met on Monday. \"We act,\" said Deputy Secretary of the Treasury for \
                 Sanctions and Economic Security Corwin J. Haldane. Secretary of State for \
                 Overseas Affairs Anna Veskalo said more. Their affairs are in order.";
        let f = found_with(t, &[]);
        for name in ["Corwin J. Haldane", "Anna Veskalo"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
    }

    #[test]
    fn an_occupation_before_a_name_says_a_person_follows() {
        let t = "Officials met on Monday. A man was convicted of killing the blogger Orun \
                 Veskalo near Lyon. The satirist Dana Mirel left the country.";
        let f = found_with(t, &[]);
        for name in ["Orun Veskalo", "Dana Mirel"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
    }

    #[test]
    fn places_joined_by_for_a_prosecution_and_a_long_mixed_case_acronym() {
        let t = "Officials met on Monday. A journalist who left Cairo for Istanbul in 2021 was \
                 named. He was brought before the Supreme State Security Prosecution on Monday. \
                 The Main Directorate for Combating Organised Crime, known as GUBOPiK, denied \
                 it.";
        let f = found_with(t, &[]);
        assert!(holds(&f, "Cairo", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "Istanbul", MentionKind::Place), "{f:?}");
        assert!(
            holds_body(&f, "Supreme State Security Prosecution"),
            "{f:?}"
        );
        assert!(holds_body(&f, "GUBOPiK"), "{f:?}");
    }

    #[test]
    fn names_with_a_possessive_an_aim_a_religion_s_adjective_and_a_currency() {
        let t = "Officials met on Monday. He has links to the Tarsk Workers' Party, the \
                 Committee to Protect Writers said. The Commission for the Control of \
                 INTERPOL's Files ordered a deletion. The Quds Force of the Islamic \
                 Revolutionary Guard Corps chose the targets. Rewards of HK$1 million were \
                 offered, its chairperson, Anne Velikova, said.";
        let f = found_with(t, &[]);
        for body in [
            "Tarsk Workers' Party",
            "Committee to Protect Writers",
            "Commission for the Control of INTERPOL's Files",
            "Quds Force",
            "Islamic Revolutionary Guard Corps",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
        assert!(holds(&f, "Anne Velikova", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "HK"), "{f:?}");
    }

    #[test]
    fn a_well_known_name_with_a_comma_and_an_ampersand_is_one_name() {
        let t = "Officials met on Monday. The Foreign, Commonwealth & Development Office said \
                 the officers were named.";
        for proposals in [&[][..], &[("Development Office", "ORG")][..]] {
            let f = found_with(t, proposals);
            assert!(
                holds_body(&f, "Foreign, Commonwealth & Development Office"),
                "{f:?}"
            );
            assert!(!holds_body(&f, "Development Office"), "{f:?}");
        }
    }

    #[test]
    fn no_person_s_name_follows_an_indefinite_article() {
        let t = "Officials met on Monday. Police charged two men, including a former Tarsk \
                 Ranger, with spying. Dana Mirel, a lawyer, said so.";
        for proposals in [&[][..], &[("Tarsk Ranger", "PERSON")][..]] {
            let f = found_with(t, proposals);
            assert!(
                !f.iter()
                    .any(|(n, k)| n.contains("Ranger") && *k == MentionKind::Person),
                "{f:?}"
            );
            assert!(holds(&f, "Dana Mirel", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_body_s_short_name_after_it_in_commas_is_its_name() {
        let t = "Officials met on Monday. The Tarsk Security Service, Tasec, later said the \
                 order came from abroad. Tasec declined to comment. The court, Dana Mirel said, \
                 was closed.";
        for proposals in [&[][..], &[("Tasec", "PERSON")][..]] {
            let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals_of(t, proposals));
            let body = entity_at(&ex, t.find("Tarsk Security Service").unwrap());
            assert!(body.is_some());
            assert_eq!(entity_at(&ex, t.find("Tasec,").unwrap()), body);
            assert_eq!(entity_at(&ex, t.find("Tasec declined").unwrap()), body);
        }
    }

    #[test]
    fn an_agency_after_a_dated_dateline_is_a_body() {
        let t = "TARSK, Nov 18 (AP) — Prosecutors charged a man. His brother told the AP that \
                 threats had come for months.";
        let f = found_with(t, &[("TARSK", "GPE"), ("Nov 18", "DATE")]);
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "AP" && *k == MentionKind::Organization)
                .count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn a_unit_named_by_its_head_word_first_and_a_country_s_body_after_it_is_one_name() {
        let t = "The Union froze the assets of the Bureau for Foreign Liaison of Austria's \
                 Ministry of Interior and Security on Monday.";
        for proposals in [
            &[][..],
            &[
                ("Bureau for Foreign Liaison", "ORG"),
                ("Austria", "GPE"),
                ("Ministry of Interior and Security", "ORG"),
            ][..],
        ] {
            let f = found_with(t, proposals);
            assert!(
                f.iter().any(|(n, k)| n
                    == "Bureau for Foreign Liaison of Austria's Ministry of Interior and Security"
                    && k.is_party()
                    && *k != MentionKind::Person),
                "{f:?}"
            );
        }
    }

    #[test]
    fn companies_with_legal_forms_places_made_adjectives_and_plural_acronyms() {
        let t = "Funds went through Tarsk-registered Velmor Sky Trading Limited and Qinlan \
                 Ostrava Electronics Co., Ltd. to the buyer. Velmor Sky Trading Limited paid \
                 Qinlan Ostrava Electronics Co., Ltd., the supplier.";
        let f = found_with(t, &[]);
        assert!(holds_body(&f, "Velmor Sky Trading Limited"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains(" and ") || n.contains("registered")),
            "{f:?}"
        );
        // The model reads the second company, a legal form abbreviated after a comma, whole.
        let f = found_with(t, &[("Qinlan Ostrava Electronics Co., Ltd.", "ORG")]);
        assert!(holds_body(&f, "Velmor Sky Trading Limited"), "{f:?}");
        assert_eq!(
            f.iter()
                .filter(|(n, _)| n == "Qinlan Ostrava Electronics Co., Ltd.")
                .count(),
            2,
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains(" and ") || n.contains("registered")),
            "{f:?}"
        );
        // A plural acronym names no body; a word before "air base" names the base's place.
        let t = "The drones (UAVs) flew from the Kelvar air base. Officials of Ostrava Holdings said so.";
        let f = found_with(
            t,
            &[
                ("UAVs", "ORG"),
                ("Kelvar", "ORG"),
                ("Ostrava Holdings", "ORG"),
            ],
        );
        assert!(!f.iter().any(|(n, _)| n == "UAVs"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Kelvar" && *k != MentionKind::Place),
            "{f:?}"
        );
    }

    #[test]
    fn a_synagogue_an_alias_one_calls_oneself_and_an_opposition_leader() {
        let t = "Vandals attacked the Beit Orvan Synagogue in May. The handler, who called \
                 himself \"Tarvok\", paid them. Opposition Leader Maren Sollby said so, and \
                 the Opposition Leader Ivo Deltrand agreed.";
        let f = found_with(
            t,
            &[("Orvan Synagogue", "PERSON"), ("Tarvok", "WORK_OF_ART")],
        );
        assert!(holds_body(&f, "Beit Orvan Synagogue"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n.contains("Synagogue") && *k == MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Tarvok", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Maren Sollby", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Ivo Deltrand", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_listed_body_of_one_five_letter_word_is_a_body_where_the_lists_name_it_in_words_too() {
        let t = "The attack by Vemra killed many. Vemra said it was ready. Farid said so.";
        let mut gaz = Gazetteer::new();
        gaz.add_one_word_body("VEMRA", MentionKind::Organization, true);
        gaz.add_one_word_body("FARID", MentionKind::Organization, true);
        gaz.add_given_name("Farid");
        let names = |gaz: &Gazetteer| {
            let [without_model, _] = found_by_both(t, gaz, &[]);
            without_model
        };
        let f = names(&gaz);
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "Vemra" && k.is_party() && *k != MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Farid" && *k != MentionKind::Person),
            "{f:?}"
        );
        // Five letters alone, with no name in words on the lists: not enough.
        let mut gaz = Gazetteer::new();
        gaz.add_one_word_body("VEMRA", MentionKind::Organization, false);
        let f = names(&gaz);
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Vemra" && k.is_party() && *k != MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn an_acronym_of_two_words_the_lists_know_whole_stays_whole_in_its_parentheses() {
        let t = "The Norland Guard Corps Aerospace Force (NGC ASF) bought parts. The NGC ASF \
                 denied it.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("NGC ASF", MentionKind::Organization);
        let [f, _] = found_by_both(t, &gaz, &[]);
        assert_eq!(f.iter().filter(|(n, _)| n == "NGC ASF").count(), 2, "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "NGC" || n == "ASF"), "{f:?}");
    }

    #[test]
    fn a_name_set_off_after_whom_a_lawyer_or_a_spokesman_speaks_for_is_a_person_s() {
        let t = "An attorney for the family, Tarsel Vondrak, said they were innocent. A \
                 spokesman for the ministry, Oren Keltav, declined to comment. The road to the \
                 harbour, Castle Street, was closed.";
        let f = found_with(t, &[]);
        assert!(holds(&f, "Tarsel Vondrak", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Oren Keltav", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Castle Street", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn groups_named_after_their_noun_desks_in_bylines_and_handlers_by_the_name_they_use() {
        let t = "By Crime correspondent\nThe network known as Tamarind, led by Olek Varga, \
                 recruited teenagers. A rival gang, Quillon, paid them. A handler using the \
                 name \"Dusty Finch\" wrote to them from Tarsk. Police arrested one in Odense.";
        for proposals in [
            &[][..],
            &[
                ("Tamarind", "PERSON"),
                ("Quillon", "ORG"),
                ("Dusty Finch", "WORK_OF_ART"),
                ("Odense", "ORG"),
            ][..],
        ] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "Tamarind"), "{f:?}");
            assert!(holds_body(&f, "Quillon"), "{f:?}");
            assert!(holds(&f, "Dusty Finch", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Crime"), "{f:?}");
            assert!(
                !f.iter()
                    .any(|(n, k)| n == "Odense" && *k != MentionKind::Place),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_state_body_run_into_one_of_its_offices_is_two_bodies_an_international_one_is_not() {
        let t = "The HM Treasury Office of Trade Licensing Control issued a notice. The \
                 European Union Agency for Border Training said so.";
        let f = found_with(t, &[]);
        assert!(holds_body(&f, "HM Treasury"), "{f:?}");
        assert!(holds_body(&f, "Office of Trade Licensing Control"), "{f:?}");
        assert!(
            holds_body(&f, "European Union Agency for Border Training"),
            "{f:?}"
        );
    }

    #[test]
    fn a_place_the_model_ran_across_a_comma_is_left_to_the_rules() {
        let t = "The suspect, Karel V., 41, was charged in May. The lawyer for Karel V., \
                 Pieter Dams, said his client was innocent.";
        let f = found_with(
            t,
            &[("Karel V.", "PERSON"), ("Karel V., Pieter Dams", "FAC")],
        );
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "Karel V." && *k == MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
        assert!(holds(&f, "Pieter Dams", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains(',')), "{f:?}");
    }

    #[test]
    fn a_unit_s_number_and_its_parent_are_its_name() {
        let t = "Members of GRU Unit 29155 were named. The Main Intelligence Directorate of the \
                 General Staff was sanctioned. The deputy head of the General Intelligence \
                 Presidency resigned.";
        let f = found_with(
            t,
            &[
                ("GRU Unit", "ORG"),
                ("29155", "DATE"),
                ("Main Intelligence Directorate of the", "ORG"),
                ("General Intelligence Presidency", "ORG"),
            ],
        );
        assert!(
            holds(&f, "GRU Unit 29155", MentionKind::Organization),
            "{f:?}"
        );
        assert!(
            f.iter().any(
                |(n, k)| n == "Main Intelligence Directorate of the General Staff"
                    && k.is_party()
                    && *k != MentionKind::Person
            ),
            "{f:?}"
        );
        assert!(
            f.iter()
                .any(|(n, k)| n == "General Intelligence Presidency" && *k != MentionKind::Person),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|(n, _)| n.contains("Staff") && n.len() < 15),
            "{f:?}"
        );
    }

    #[test]
    fn a_byline_without_a_name_names_nothing() {
        let t = "By Staff Writer\n\nThe court in Tarsk fined the editor.";
        let f = found_with(t, &[("Staff Writer", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n.contains("Staff")), "{f:?}");
    }

    #[test]
    fn an_acronym_given_in_words_is_defined_like_one_in_parentheses() {
        let t = "Officers of the Directorate of Border Vigilance, known by its French initials \
                 DVF, searched the flat. The DVF said nothing. The Tarsk Shipping Board, also \
                 known as TSB, was fined; the TSB appealed. The Mirel Forum, known as DSN \
                 agents say, is small.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let entity_of = |name: &str| {
            ex.mentions
                .iter()
                .find(|m| m.text == name)
                .and_then(|m| m.entity)
                .map(|e| ex.entities[e].name.clone())
        };
        assert_eq!(
            entity_of("DVF").as_deref(),
            Some("Directorate of Border Vigilance"),
            "{:?}",
            ex.mentions
        );
        assert_eq!(entity_of("TSB").as_deref(), Some("Tarsk Shipping Board"));
        // (An acronym its initials spell would join it by those: DSN does not.)
        assert_ne!(entity_of("DSN").as_deref(), Some("Mirel Forum"));
    }

    #[test]
    fn placeholders_lists_and_bodies_inside_titles_are_no_mentions() {
        let t = "Agents followed a former official, identified as John Doe-1, and Victim-2. The \
                 Commerce Department added the firm to its Entity List. Deputy Secretary of the \
                 Treasury Anna Voskamp said the Treasury Department would act.";
        let f = found_with(
            t,
            &[
                ("John Doe-1", "PERSON"),
                ("Victim-2", "PERSON"),
                ("Entity List", "ORG"),
                ("Treasury", "ORG"),
                ("Anna Voskamp", "PERSON"),
            ],
        );
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Doe") || n.contains("Victim")),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains("List")), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n == "Treasury"),
            "the title's: {f:?}"
        );
        assert!(
            f.iter().any(|(n, _)| n == "Treasury Department"),
            "the body that acts: {f:?}"
        );
        assert!(holds(&f, "Anna Voskamp", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_person_of_a_body_is_two_names() {
        let t = "Dorota Vanek of Safeguard Defenders, whose report exposed the network, said so.";
        let f = found_with(t, &[("Dorota Vanek of Safeguard Defenders", "PERSON")]);
        assert!(holds(&f, "Dorota Vanek", MentionKind::Person), "{f:?}");
        assert!(
            holds(&f, "Safeguard Defenders", MentionKind::Organization),
            "{f:?}"
        );
        // The rules alone, where the body is one the gazetteer knows.
        let f = found("Dorota Vanek of Amnesty International said the trial was unfair.");
        assert!(
            holds(&f, "Amnesty International", MentionKind::Organization),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains(" of ")), "{f:?}");
    }

    #[test]
    fn a_plural_s_possessive_after_a_body_s_head_word_ends_its_name() {
        let t = "Unit 12 of the Tarsk Guard Corps' Harbour Force planned it. The Veterans' \
                 Association of Velden met.";
        let f = found_with(
            t,
            &[
                ("Tarsk Guard Corps' Harbour Force", "ORG"),
                ("Veterans' Association of Velden", "ORG"),
            ],
        );
        assert!(
            holds(&f, "Tarsk Guard Corps", MentionKind::PublicBody),
            "{f:?}"
        );
        assert!(
            holds(&f, "Harbour Force", MentionKind::Organization),
            "{f:?}"
        );
        assert!(
            !holds(&f, "Association of Velden", MentionKind::Organization),
            "{f:?}"
        );
    }

    #[test]
    fn a_full_name_is_a_person_s_where_its_surname_alone_is() {
        let t = "The court sentenced Tarvin Olesk in May. Olesk was held for months.";
        let f = found_with(t, &[("Tarvin Olesk", "ORG"), ("Olesk", "PERSON")]);
        assert!(holds(&f, "Tarvin Olesk", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter().any(|(_, k)| *k == MentionKind::Organization),
            "{f:?}"
        );
    }

    #[test]
    fn a_dateline_in_capitals_is_a_place_and_its_agency_a_body() {
        let t = "NEW YORK (AP) - A jury convicted two men on Wednesday.";
        let f = found_with(t, &[("NEW YORK", "ORG"), ("AP", "ORG")]);
        assert!(holds(&f, "NEW YORK", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "AP", MentionKind::Organization), "{f:?}");
        // One word with the date after a comma, and a state's abbreviation after the city.
        let t = "ZURICH, 14 May (SDA) - Police arrested a man on Tuesday.";
        let f = found_with(t, &[("ZURICH", "ORG")]);
        assert!(holds(&f, "ZURICH", MentionKind::Place), "{f:?}");
        let t = "Washington, DC - The group condemned the sentence on Monday.";
        let f = found_with(t, &[("Washington", "GPE"), ("DC", "ORG")]);
        assert!(
            !f.iter().any(|(n, k)| n == "DC" && *k != MentionKind::Place),
            "{f:?}"
        );
    }

    #[test]
    fn an_agency_after_a_dateline_in_title_case_is_a_body_wherever_it_recurs() {
        // Not the acronym of the place before it: that made the agency a non-entity throughout.
        let t = "Lyon (AFP) - Two men were charged on Friday. Their lawyer told AFP they would \
                 appeal.";
        let f = found_with(t, &[("Lyon", "GPE")]);
        let agency = f
            .iter()
            .filter(|(n, k)| n == "AFP" && *k == MentionKind::Organization);
        assert_eq!(agency.count(), 2, "{f:?}");
        assert!(holds(&f, "Lyon", MentionKind::Place), "{f:?}");
        let f = found_with(t, &[("Lyon", "GPE"), ("AFP", "ORG")]);
        assert!(holds(&f, "AFP", MentionKind::Organization), "{f:?}");
        // An agency of two words.
        let t = "TARSK (Velden Courier) - Two men were charged on Friday.";
        let f = found_with(t, &[]);
        assert!(
            holds(&f, "Velden Courier", MentionKind::Organization),
            "{f:?}"
        );
    }

    #[test]
    fn a_titled_person_and_the_court_they_sit_on_are_two_names() {
        // The province, read as a place in context though no gazetteer here knows it, is the
        // court's seat.
        let t = "Justice Elaine Doherty of the Supreme Court of British Columbia ruled on Friday.";
        let f = found_with(
            t,
            &[
                ("Elaine Doherty", "PERSON"),
                ("the Supreme Court", "ORG"),
                ("British Columbia", "GPE"),
            ],
        );
        assert!(holds(&f, "Elaine Doherty", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Supreme Court of British Columbia"), "{f:?}");
        // Read as one body's name, the judge's is taken out of it.
        let f = found_with(
            t,
            &[(
                "Elaine Doherty of the Supreme Court of British Columbia",
                "ORG",
            )],
        );
        assert!(holds(&f, "Elaine Doherty", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Doherty of")), "{f:?}");
    }

    #[test]
    fn a_given_name_set_off_after_a_noun_of_kinship_is_a_person_s() {
        let t = "Olek's son, Tavro, attended the hearing. His wife, Mirelle, stayed home. The \
                 lawyer, Tarsk, is a city here.";
        let f = found_with(t, &[("Tavro", "ORG"), ("Mirelle", "GPE"), ("Tarsk", "GPE")]);
        assert!(holds(&f, "Tavro", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Mirelle", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Tarsk", MentionKind::Person), "only kin: {f:?}");
        // Without a model too.
        let f = found_with(t, &[]);
        assert!(holds(&f, "Tavro", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_company_s_legal_form_is_part_of_its_name() {
        let t = "Deposits by Velden Auto Export BVBA were flagged. Tarsk Shipping Ltd. denied it.";
        let f = found_with(
            t,
            &[("Velden Auto Export", "ORG"), ("Tarsk Shipping", "ORG")],
        );
        assert!(holds_body(&f, "Velden Auto Export BVBA"), "{f:?}");
        // The abbreviation's full stop is the name's.
        assert!(holds_body(&f, "Tarsk Shipping Ltd."), "{f:?}");
    }

    #[test]
    fn a_transcript_s_question_numbers_and_role_labels_name_no_one() {
        let t = "Q101 Chair: Welcome to the hearing.\n\nQ105 Olek Varga: Is that so?\n\nChair: \
                 Thank you both.";
        let f = found_with(
            t,
            &[("Q101 Chair", "PERSON"), ("Q105 Olek Varga", "PERSON")],
        );
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("Chair") || n.starts_with("Q1")),
            "{f:?}"
        );
    }

    #[test]
    fn a_law_s_title_and_the_words_in_its_parentheses_name_nothing() {
        let t = "The sanctions are made under the Ruritania (Sanctions) (EU Exit) Regulations \
                 2019. The Velden Trade Council (VTC) agreed.";
        let f = found_with(t, &[("EU Exit", "ORG"), ("Velden Trade Council", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n == "EU Exit"), "{f:?}");
        assert!(holds_body(&f, "Velden Trade Council"), "{f:?}");
        // A registration scheme and its acronym are a law's, not a body's.
        let t = "Under the Foreign Agents Registration Scheme (FARS), agents must register. \
                 FARS took effect in July.";
        let f = found_with(t, &[("the Foreign Agents Registration Scheme", "ORG")]);
        assert!(
            f.iter().all(|(n, _)| !n.contains("Scheme") && n != "FARS"),
            "{f:?}"
        );
        // A number to call is no body: the police force that runs it is.
        let t = "Velden Counter Terrorism Policing runs the Anti-Terrorist Hotline, which you can \
                 call if you see something suspicious.";
        let f = found_with(t, &[("the Anti-Terrorist Hotline", "ORG")]);
        assert!(f.iter().all(|(n, _)| !n.contains("Hotline")), "{f:?}");
    }

    #[test]
    fn a_place_and_a_lower_case_head_after_an_indefinite_article_name_no_body() {
        let t = "It named a Minsk company that forged papers.";
        let start = t.find("Minsk").expect("in text");
        let proposals = [Proposal {
            start,
            end: start + 5,
            label: "ORG".into(),
        }];
        let f: Vec<_> = extract_mentions_with(t, &Gazetteer::new(), &proposals)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        assert!(!f.iter().any(|(n, _)| n == "Minsk company"), "{f:?}");
    }

    #[test]
    fn the_words_before_an_enumerated_portfolio_s_commas_are_the_body_s_name() {
        let f = found_with(
            "The Foreign, Commonwealth and Development Office said so.",
            &[("Commonwealth and Development Office", "ORG")],
        );
        assert!(
            holds_body(&f, "Foreign, Commonwealth and Development Office"),
            "{f:?}"
        );
        let f = found_with(
            "The Foreign, Commonwealth & Development Office said so.",
            &[("Commonwealth & Development Office", "ORG")],
        );
        assert!(
            holds_body(&f, "Foreign, Commonwealth & Development Office"),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_named_for_the_people_it_gathers_and_their_cause() {
        let t = "The vote was run by Velders for Justice. The group Tarskans Against Torture \
                 agreed. Officials for Tarsk declined.";
        let f = found_with(t, &[]);
        assert!(holds_body(&f, "Velders for Justice"), "{f:?}");
        assert!(holds_body(&f, "Tarskans Against Torture"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Officials")), "{f:?}");
    }

    #[test]
    fn a_body_named_with_and_without_its_country_is_one() {
        let t = "The Grain Inspection Board of the Russian Federation opened cases. Since then \
                 the Grain Inspection Board has been led by a general.";
        let long = "Grain Inspection Board of the Russian Federation";
        let short = t.rfind("Grain Inspection Board").expect("in text");
        let proposals = [
            Proposal {
                start: 4,
                end: 4 + long.len(),
                label: "ORG".into(),
            },
            Proposal {
                start: short,
                end: short + 22,
                label: "ORG".into(),
            },
        ];
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let of = |name: &str| {
            let m = ex
                .mentions
                .iter()
                .find(|m| m.text == name)
                .unwrap_or_else(|| panic!("{name}: {:?}", ex.mentions));
            m.entity
        };
        assert_eq!(
            of("Grain Inspection Board"),
            of("Grain Inspection Board of the Russian Federation"),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn a_name_a_model_took_for_a_place_after_a_person_s_noun_is_a_person_s() {
        let t = "They followed the blogger, Tavor Mirelli, for days. The city, Tarsk Velden, \
                 is far.";
        let f = found_with(t, &[("Tavor Mirelli", "GPE"), ("Tarsk Velden", "GPE")]);
        assert!(holds(&f, "Tavor Mirelli", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Tarsk Velden", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_body_s_name_a_model_took_for_a_person_s_is_a_body_s() {
        let t = "The rights group Velden Initiative for Press Freedom said so.";
        let f = found_with(t, &[("Velden Initiative for Press Freedom", "PERSON")]);
        assert!(
            holds_body(&f, "Velden Initiative for Press Freedom"),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, k)| *k == MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_body_s_name_goes_on_with_what_it_works_on_or_its_number() {
        let t = "The Tarsk Working Group on Arbitrary Detention agreed. A leader of Velden Group \
                 24 was seized. The Velden Committee on Monday said so.";
        let f = found_with(
            t,
            &[
                ("Tarsk Working Group", "ORG"),
                ("Velden Group", "ORG"),
                ("Velden Committee", "ORG"),
            ],
        );
        assert!(holds_body(&f, "Velden Committee"), "not a day: {f:?}");
        assert!(
            holds_body(&f, "Tarsk Working Group on Arbitrary Detention"),
            "{f:?}"
        );
        assert!(holds_body(&f, "Velden Group 24"), "{f:?}");
    }

    #[test]
    fn a_body_named_by_its_head_word_after_the() {
        // Read as a body by a model, "the Council" is one, and the document's Council of ... if
        // it names one.
        let t = "The Council of Tarsk met on Monday. The Council imposed measures on nine men.";
        let at = t.rfind("Council").expect("in text");
        let proposals = [Proposal {
            start: at,
            end: at + 7,
            label: "ORG".into(),
        }];
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let of = |start: usize| {
            ex.mentions
                .iter()
                .find(|m| m.start == start)
                .map(|m| m.entity)
                .unwrap_or_else(|| panic!("{:?}", ex.mentions))
        };
        assert_eq!(of(at), of(4), "{:?}", ex.mentions);
        // Alone in its document, it is a body of that name.
        let t = "Officials said the Council imposed measures on nine men on Monday.";
        let at = t.find("Council").expect("in text");
        let proposals = [Proposal {
            start: at,
            end: at + 7,
            label: "ORG".into(),
        }];
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        assert!(
            ex.mentions.iter().any(|m| m.text == "Council"),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn a_nationality_or_a_body_s_kind_before_a_title_names_no_one() {
        let t = "Veteran Moldovan opposition leader Olek Varga was seized. Army chief Tavor \
                 Mirelli said so.";
        let f = found_with(
            t,
            &[
                ("Veteran Moldovan", "PERSON"),
                ("Olek Varga", "PERSON"),
                ("Army", "ORG"),
                ("Tavor Mirelli", "PERSON"),
            ],
        );
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Tavor Mirelli", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.contains("Moldovan") || n == "Army"),
            "{f:?}"
        );
    }

    #[test]
    fn a_kinsman_named_after_son_of_is_another_person() {
        let t =
            "The poet Tavor Ilan Mirelli was extradited. Mirelli is the son of Ilan Mirelli, a \
                 cleric who died in 2022. Councillor Olek Varga spoke for the \
                 Commander-in-Chief of the Velden Guard Corps.";
        let (son, father) = (
            t.find("Tavor").expect("son"),
            t.rfind("Ilan").expect("father"),
        );
        let proposals = [
            Proposal {
                start: son,
                end: son + "Tavor Ilan Mirelli".len(),
                label: "PERSON".into(),
            },
            Proposal {
                start: father,
                end: father + "Ilan Mirelli".len(),
                label: "PERSON".into(),
            },
        ];
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let entity_at = |at: usize| {
            ex.mentions
                .iter()
                .find(|m| m.start == at)
                .and_then(|m| m.entity)
                .unwrap_or_else(|| panic!("{:?}", ex.mentions))
        };
        assert_ne!(entity_at(son), entity_at(father), "{:?}", ex.mentions);
        let f = found_with(
            t,
            &[("Commander-in-Chief of the Velden Guard Corps", "ORG")],
        );
        assert!(holds_body(&f, "Velden Guard Corps"), "{f:?}");
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn initials_a_court_names_a_person_by_and_an_embassy_named_again() {
        let t = "The applicant, identified in the judgment only as Z.T., complained. Officials in \
                 the U.S. agreed. The Moldovan embassy in Tarsk denied it, and the Moldovan \
                 embassy said no more.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let f: Vec<_> = ex
            .mentions
            .iter()
            .map(|m| (m.text.clone(), m.kind))
            .collect();
        assert!(holds(&f, "Z.T.", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "U.S.", MentionKind::Person), "{f:?}");
        let start = t.find("Moldovan embassy in Tarsk").expect("in text");
        let again = t.rfind("Moldovan").expect("in text");
        let proposals = [
            Proposal {
                start,
                end: start + 25,
                label: "ORG".into(),
            },
            Proposal {
                start: again,
                end: again + 16,
                label: "ORG".into(),
            },
        ];
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let entity_at = |at: usize| {
            ex.mentions
                .iter()
                .find(|m| m.start == at)
                .and_then(|m| m.entity)
        };
        assert!(entity_at(start).is_some(), "{:?}", ex.mentions);
        assert_eq!(entity_at(start), entity_at(again), "{:?}", ex.mentions);
    }

    #[test]
    fn a_commonwealth_style_is_a_title() {
        let t = "The Minister for Trade, Senator the Hon Mirela Dovan, said so.";
        let f = found_with(t, &[("Hon Mirela Dovan", "ORG")]);
        assert!(holds(&f, "Mirela Dovan", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("for Trade")), "{f:?}");
        // A French lawyer's style, as English wire copy keeps it.
        let t = "His lawyer, Maitre Agnes Roudil, said he would appeal.";
        let f = found_with(t, &[("Maitre Agnes Roudil", "PERSON")]);
        assert!(holds(&f, "Agnes Roudil", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_court_s_seat_is_part_of_its_name() {
        let t = "The Higher Regional Court of Celle sentenced him on Friday.";
        let f = found_with(t, &[("Higher Regional Court", "ORG"), ("Celle", "GPE")]);
        assert!(
            f.contains(&(
                "Higher Regional Court of Celle".into(),
                MentionKind::PublicBody
            )),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "Celle"), "{f:?}");
    }

    #[test]
    fn a_body_named_by_its_apposition_or_after_a_compound_adjective() {
        let t = "He was recruited through the Varnok Maffia, a Dutch-Moroccan drug-trafficking \
                 organization. Mirela Dovan, a senior fellow at the Tarsk Institute, agreed. \
                 The Oslo-based Iran Human Rights said so.";
        let f = found(t);
        assert!(
            holds(&f, "Varnok Maffia", MentionKind::Organization),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Mirela Dovan" && *k != MentionKind::Person),
            "{f:?}"
        );
        assert!(
            holds(&f, "Iran Human Rights", MentionKind::Organization),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_the_model_labels_a_law_is_a_body_by_its_head_word() {
        let t = "The National Counter-Fraud Prosecutor's Office says the records link them.";
        let f = found_with(
            t,
            &[("The National Counter-Fraud Prosecutor's Office", "LAW")],
        );
        assert!(
            f.iter()
                .any(|(n, k)| n == "National Counter-Fraud Prosecutor's Office"
                    && matches!(k, MentionKind::Organization | MentionKind::PublicBody)),
            "{f:?}"
        );
    }

    #[test]
    fn well_known_bodies_are_bodies_without_a_model() {
        let f = found("Associated Press writer Dana Whitfield contributed to this report.");
        assert!(
            holds(&f, "Associated Press", MentionKind::Organization),
            "{f:?}"
        );
        let kinds: Vec<MentionKind> = well_known_bodies().map(|(_, k, _)| k).collect();
        assert!(
            kinds.len() > 150,
            "the table is read whole: {}",
            kinds.len()
        );
    }

    #[test]
    fn a_transcript_s_speakers_in_capitals_are_persons() {
        let t = "Mr. VARGAS. The panel will come to order. Ms. LINDQVIST. Thank you, Mr. \
                 Chairman, for the time.";
        let f = found(t);
        assert!(holds(&f, "VARGAS", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "LINDQVIST", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Chairman"), "{f:?}");
    }

    #[test]
    fn model_spans_lose_the_lower_case_words_they_run_on_with() {
        let t = "Olek V. runs a bakery in the city. The Ruritanian-run Zora news agency said \
                 nothing.";
        let f = found_with(
            t,
            &[("Olek V. runs", "PERSON"), ("Zora news agency", "ORG")],
        );
        assert!(holds(&f, "Olek V.", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Zora", MentionKind::Organization), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("runs") || n.contains("news")),
            "{f:?}"
        );
    }

    #[test]
    fn lone_words_that_name_nothing() {
        // A number word opening a sentence, a title, a generic word for a body: whatever the
        // model says of them.
        let t = "Two men were held in Vienna. The Subcommittee met. The Ranking Member spoke.";
        let f = found_with(
            t,
            &[
                ("Two", "PERSON"),
                ("Subcommittee", "ORG"),
                ("Ranking", "PERSON"),
            ],
        );
        for w in ["Two", "Subcommittee", "Ranking"] {
            assert!(!f.iter().any(|(n, _)| n == w), "{w}: {f:?}");
        }
    }

    #[test]
    fn a_family_or_movement_named_in_the_plural_is_no_slip_of_a_surname() {
        // "the Zorvanis" after "Abdul Malik al-Zorvani": not the person one letter off.
        let t = "Abdul Malik al-Zorvani leads the movement. The Zorvanis deny it. Zorvanis \
                 spoke of a plot.";
        let f = found_with(t, &[("Zorvanis", "ORG")]);
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Zorvanis" && *k == MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_person_s_possessions_and_a_body_s_shortened_name() {
        // "Marek's lawyer": a person, whatever the model says; "Ledger" after the "Ledger
        // Department" is that body, even where it "says".
        let t = "The Ledger Department fined the firm. The ruling by Ledger's Office of \
                 Audits stands, Ledger says. Marek's lawyer, Tom Brandt, appealed.";
        let f = found_with(t, &[("Marek", "ORG"), ("Ledger", "ORG")]);
        assert!(holds(&f, "Marek", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Ledger" && *k == MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn bodies_names_read_in_pieces_are_made_whole() {
        let t = "The Zorvanian Security and Intelligence Service said nothing. The Grain, \
                 Rail and Shipping Office fined the firm.\n\nFrom: Grain, Rail and Shipping \
                 Office.";
        let f = found_with(
            t,
            &[
                ("Zorvanian Security", "ORG"),
                ("Intelligence Service", "ORG"),
                ("Grain, Rail and Shipping Office fined", "ORG"),
                ("Rail and Shipping Office.", "ORG"),
            ],
        );
        let bodies: Vec<&str> = f
            .iter()
            .filter(|(_, k)| *k == MentionKind::Organization)
            .map(|(n, _)| n.as_str())
            .collect();
        assert!(
            bodies.contains(&"Zorvanian Security and Intelligence Service")
                || bodies.contains(&"Security and Intelligence Service"),
            "{f:?}"
        );
        assert_eq!(
            bodies
                .iter()
                .filter(|n| **n == "Grain, Rail and Shipping Office")
                .count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn two_names_of_each_other_in_one_span() {
        let t = "A member of the Zora Force of the Iranian Revolutionary Guards was named. \
                 Assistant Attorney General Tomas Varga of the Justice Department spoke. The Intelligence Office of the Revolutionary Guards denied it. He posted on \
                 X about the Tor-based line.";
        let f = found_with(
            t,
            &[
                ("Zora Force of the Iranian Revolutionary Guards", "ORG"),
                (
                    "Assistant Attorney General Tomas Varga of the Justice Department",
                    "ORG",
                ),
                ("Intelligence Office of the Revolutionary Guards", "ORG"),
                ("X", "ORG"),
                ("Tor-based", "ORG"),
            ],
        );
        for (name, kind) in [
            ("Zora Force", MentionKind::Organization),
            ("Revolutionary Guards", MentionKind::Organization),
            ("Tomas Varga", MentionKind::Person),
            ("Justice Department", MentionKind::Organization),
            // A unit named only by what it does keeps its parent's name.
            (
                "Intelligence Office of the Revolutionary Guards",
                MentionKind::Organization,
            ),
        ] {
            assert!(
                f.iter().any(|(n, k)| n == name
                    && (*k == kind
                        || kind == MentionKind::Organization && *k == MentionKind::PublicBody)),
                "{name}: {f:?}"
            );
        }
        assert!(
            !f.iter().any(|(n, _)| n == "X" || n == "Tor-based"),
            "{f:?}"
        );
    }

    #[test]
    fn of_before_a_possessive_name_belongs_to_the_name_after_it() {
        let t = "Prosecutors said on Monday that the money was meant for the Tarsk Brigade of \
                 Iran's Mirel Guards, which denied it. The Department of the Treasury's Office \
                 of Sanctions named the brigade.";
        let f = found(t);
        assert!(holds_body(&f, "Tarsk Brigade"), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.starts_with("Tarsk Brigade of")),
            "{f:?}"
        );
        assert!(holds_body(&f, "Department of the Treasury"), "{f:?}");
    }

    #[test]
    fn a_street_written_as_one_word_is_a_place_whatever_the_model_says() {
        let t = "The suspect photographed the entrance of the community centre on Lindenstrasse \
                 and noted the times of police patrols.";
        let f = found_with(t, &[("Lindenstrasse", "ORG")]);
        assert!(holds(&f, "Lindenstrasse", MentionKind::Place), "{f:?}");
        assert!(!holds_body(&f, "Lindenstrasse"), "{f:?}");
    }

    #[test]
    fn a_short_name_a_body_is_known_as_is_that_body() {
        let t = "The Ruritanian Security Service, known as Rusek, said on Monday that it had \
                 expelled a diplomat. Rusek declined to say more.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let entity = |name: &str| {
            ex.mentions
                .iter()
                .filter(|m| m.text == name)
                .map(|m| m.entity)
                .collect::<Vec<_>>()
        };
        let short = entity("Rusek");
        let body = entity("Ruritanian Security Service");
        assert_eq!((short.len(), body.len()), (2, 1), "{:?}", ex.mentions);
        assert!(
            short.iter().all(|e| e.is_some() && *e == body[0]),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn a_lower_case_body_defines_its_acronym_and_names_recur() {
        // A body written in lower case defines an acronym that names it; a lower-case
        // substance does not.
        let t = "The regional grain inspection office (RGIO) fined the firm over the \
                 triacetone triperoxide (TATP) found there. A spokesman for the RGIO said \
                 nothing.";
        let f = found(t);
        assert!(
            f.iter()
                .any(|(n, k)| n == "RGIO" && *k == MentionKind::Organization),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "TATP"), "{f:?}");
        // A name found once is found again where the model missed it.
        let t = "Voices of Tomorrow published the report on Monday. Readers may write to \
                 Voices of Tomorrow by post.";
        let f = found_with(t, &[("Voices of Tomorrow", "ORG")]);
        assert_eq!(
            f.iter().filter(|(n, _)| n == "Voices of Tomorrow").count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn a_house_is_a_body() {
        // A given name heading it does not make a building's or institute's name a person.
        let t = "He photographed the Anna Berger House in Graz twice.";
        let f = found_with(t, &[("Anna Berger House", "PERSON")]);
        assert!(
            f.iter()
                .any(|(n, k)| n == "Anna Berger House" && *k != MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn who_follows_persons() {
        let t = "Kasra Vandeh, who runs a bakery in the old town, was arrested on Monday.";
        assert!(
            has(t, "Kasra Vandeh", MentionKind::Person),
            "{:?}",
            found(t)
        );
        // Against the model's place too.
        let f = found_with(t, &[("Kasra Vandeh", "LOC")]);
        assert!(holds(&f, "Kasra Vandeh", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn listed_bodies_by_their_short_names_retype_the_model_s_guess() {
        let mut gaz = Gazetteer::new();
        gaz.add_name("ZORVAN AL-KHAIR ASSOCIATION", MentionKind::Organization);
        gaz.add_one_word_body("ZORVANALLAH", MentionKind::Organization, false);
        let t = "Loans from Zorvan Al-Khair paid for the houses, and money went to Zorvanallah \
                 through them.";
        let proposals = [("Zorvan Al-Khair", "PERSON"), ("Zorvanallah", "PERSON")]
            .iter()
            .map(|(span, label)| {
                let start = t.find(span).expect("span");
                Proposal {
                    start,
                    end: start + span.len(),
                    label: label.to_string(),
                }
            })
            .collect::<Vec<_>>();
        let f: Vec<(String, MentionKind)> = extract_mentions_with(t, &gaz, &proposals)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        assert!(
            holds(&f, "Zorvan Al-Khair", MentionKind::Organization),
            "{f:?}"
        );
        assert!(holds(&f, "Zorvanallah", MentionKind::Organization), "{f:?}");
    }

    #[test]
    fn initials_of_a_body_named_in_the_document() {
        let t = "The Ministry of Grain Exports fined the firm. A spokesman for the MGE \
                 declined to comment.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let body = ex
            .entities
            .iter()
            .position(|e| e.name == "Ministry of Grain Exports")
            .unwrap_or_else(|| panic!("the body: {:?}", ex.entities));
        let rgb = ex.mentions.iter().find(|m| m.text == "MGE").expect("MGE");
        assert_eq!(rgb.entity, Some(body), "{:?}", ex.mentions);
    }

    #[test]
    fn titles_cues_and_appositives_make_persons() {
        use MentionKind::*;
        let t = "The envoy met Supreme Leader Karim Zand in Tehran. Later, lawyer Tom Brandt \
                 spoke. Olek Varga, a diplomat at the Ruritanian embassy in Vienna, left. \
                 Mrs. Zand was absent; Zand's aides were there.";
        let f = found(t);
        assert!(has(t, "Karim Zand", Person), "{f:?}");
        assert!(has(t, "Tehran", Place));
        assert!(has(t, "Tom Brandt", Person), "{f:?}");
        assert!(has(t, "Olek Varga", Person), "{f:?}");
        assert!(has(t, "Vienna", Place));
        assert!(!f.iter().any(|(t, _)| t == "The" || t == "Later"), "{f:?}");
        let ex = extract_mentions(t, &Gazetteer::new());
        let zand: Vec<_> = ex
            .mentions
            .iter()
            .filter(|m| m.text.contains("Zand"))
            .collect();
        assert_eq!(zand.len(), 3, "{zand:?}");
        assert!(zand.iter().all(|m| m.entity == zand[0].entity));
        assert_eq!(zand[0].role.as_deref(), Some("Supreme Leader"));
    }

    /// A given name that is also a month's abbreviation opens a person's name, not a date.
    #[test]
    fn a_given_name_spelt_like_a_month_stays_a_name() {
        use MentionKind::*;
        let t = "On Monday, Jan Vermeulen told the court that the money had gone. \
                 The hearing resumes on 12 Jan 2027.";
        // A given name the loaded lists know (the gazetteer takes every listed person's).
        let mut g = Gazetteer::new();
        g.add_given_name("Jan");
        let f: Vec<(String, MentionKind)> = extract_mentions(t, &g)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        assert!(f.contains(&("Jan Vermeulen".to_string(), Person)), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n.contains("Jan 2027") && *k == Person),
            "{f:?}"
        );
        // Without knowing the name, "Jan" stays the month it also is.
        assert!(!found(t).iter().any(|(n, _)| n.starts_with("Jan V")));
    }

    /// A body's name run straight into the name of its member or official: two mentions, not
    /// one body swallowing the person nor one run nobody classifies.
    #[test]
    fn a_body_written_straight_before_a_person_is_two_mentions() {
        use MentionKind::*;
        let t = "A former member of the Ruritanian House of Representatives Laura Brenner \
                 testified. The chair of the Senate Budget Committee Martin Okoye objected. \
                 Members of the House of Commons voted.";
        let f = found(t);
        assert!(has(t, "Laura Brenner", Person), "{f:?}");
        assert!(has(t, "Martin Okoye", Person), "{f:?}");
        assert!(has(t, "Senate Budget Committee", Organization), "{f:?}");
        assert!(has(t, "House of Commons", PublicBody), "{f:?}");
        assert!(
            !f.iter().any(|(n, k)| n.contains("House") && *k == Person),
            "{f:?}"
        );
    }

    #[test]
    fn the_last_word_of_a_body_s_name_names_it_again() {
        let t = "The Department of the Exchequer fined two banks. \"Exchequer rules apply,\" \
                 an official said. The Bank of England said nothing, and fans in England \
                 cheered.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let of = |s: &str| ex.mentions.iter().find(|m| m.text == s).map(|m| m.entity);
        assert_eq!(
            of("Exchequer"),
            of("Department of the Exchequer"),
            "{:?}",
            ex.mentions
        );
        // A place is not the body named after it.
        assert_ne!(of("England"), of("Bank of England"), "{:?}", ex.mentions);
    }

    #[test]
    fn acronyms_defined_in_parentheses_join_their_body() {
        use MentionKind::*;
        let t = "Members of the People's Front of Ruritania (PFR/RF) met the Ministry of \
                 Secrets and Lies (MSL). The PFR denied it. The RF and the MSL did not. \
                 They carried triacetone peroxide (TAPX) and more TAPX.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let by = |s: &str| {
            ex.mentions
                .iter()
                .filter(|m| m.text == s)
                .collect::<Vec<_>>()
        };
        assert_eq!(by("People's Front of Ruritania")[0].kind, Organization);
        assert_eq!(by("Ministry of Secrets and Lies")[0].kind, PublicBody);
        let pfr = by("PFR");
        assert_eq!(pfr.len(), 2);
        assert_eq!(pfr[0].entity, by("People's Front of Ruritania")[0].entity);
        assert_eq!(by("RF")[1].entity, pfr[0].entity);
        assert_eq!(
            by("MSL")[1].entity,
            by("Ministry of Secrets and Lies")[0].entity
        );
        assert!(by("TAPX").is_empty(), "a substance is not an entity");
        let e = &ex.entities[pfr[0].entity.unwrap()];
        assert_eq!(e.acronyms, vec!["PFR", "RF"]);
        // A hyphenated acronym is one ("IRGC-QF").
        let t = "Officials named the Ruritanian Guard Corps-Coastal Force (RGC-CF) on Monday. \
                 The RGC-CF denied it.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let acr: Vec<_> = ex.mentions.iter().filter(|m| m.text == "RGC-CF").collect();
        assert_eq!(acr.len(), 2, "{:?}", ex.mentions);
        let body = ex
            .mentions
            .iter()
            .find(|m| m.text == "Ruritanian Guard Corps-Coastal Force")
            .expect("the body");
        assert!(acr.iter().all(|m| m.entity == body.entity));
        // One of capitals and small letters, as German bodies write theirs.
        let t = "The Federal Office for Border Security (BgS) said so. The BgS named no one.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let body = ex
            .mentions
            .iter()
            .find(|m| m.text == "Federal Office for Border Security")
            .expect("the body");
        let acr: Vec<_> = ex.mentions.iter().filter(|m| m.text == "BgS").collect();
        assert!(!acr.is_empty(), "{:?}", ex.mentions);
        assert!(
            acr.iter().all(|m| m.entity == body.entity),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn sentence_openers_months_and_demonyms_are_not_names() {
        let f = found(
            "Last month, Ruritanian authorities arrested two men. In March the \
                       French police said nothing. Meanwhile the Belgian couple waited.",
        );
        assert!(
            f.iter().all(|(t, _)| ![
                "Last",
                "In",
                "March",
                "Ruritanian",
                "French",
                "Meanwhile",
                "Belgian"
            ]
            .contains(&t.as_str())),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_before_a_title_is_read_apart_from_the_name() {
        let t = "Homeland Security Secretary Maria Lindqvist told Senate Armed Services \
                 Committee Chairman Tom Riley that Ruritanian Foreign Minister Olaf Berg \
                 had called. Former Deputy Secretary Anna Holt agreed.";
        let f = found(t);
        assert!(
            has(t, "Homeland Security", MentionKind::Organization),
            "{f:?}"
        );
        assert!(has(t, "Maria Lindqvist", MentionKind::Person), "{f:?}");
        assert!(has(t, "Tom Riley", MentionKind::Person), "{f:?}");
        assert!(has(t, "Olaf Berg", MentionKind::Person), "{f:?}");
        assert!(has(t, "Anna Holt", MentionKind::Person), "{f:?}");
        // A title's own words and a demonym are no body.
        assert!(
            f.iter().all(
                |(t, _)| !["Ruritanian Foreign", "Former Deputy", "Foreign Minister"]
                    .contains(&t.as_str())
            ),
            "{f:?}"
        );
    }

    #[test]
    fn lowercase_public_bodies() {
        let t = "A diplomat at the Iranian embassy in Vienna met the Austrian government.";
        assert!(
            has(t, "Iranian embassy in Vienna", MentionKind::PublicBody),
            "{:?}",
            found(t)
        );
        assert!(has(t, "Austrian government", MentionKind::PublicBody));
        // A place of several words.
        let t = "Officials at the Chinese consulate in New York declined to comment.";
        assert!(
            has(t, "Chinese consulate in New York", MentionKind::PublicBody),
            "{:?}",
            found(t)
        );
        assert!(has(t, "New York", MentionKind::Place), "{:?}", found(t));
        // A consulate general, in a city the gazetteer knows by its short name.
        let t = "A protest outside the Chinese consulate general in Frankfurt was filmed.";
        assert!(
            has(
                t,
                "Chinese consulate general in Frankfurt",
                MentionKind::PublicBody
            ),
            "{:?}",
            found(t)
        );
    }

    #[test]
    fn a_known_body_s_acronym_before_a_unit_named_by_its_place_is_two_bodies() {
        let t = "The FBI New York Field Office is investigating the case with others.";
        let f = found_with(t, &[("FBI New York Field Office", "ORG")]);
        assert!(f.iter().any(|(n, _)| n == "FBI"), "{f:?}");
        assert!(f.iter().any(|(n, _)| n == "New York Field Office"), "{f:?}");
        let t = "The IRGC Intelligence Organization arrested him in the spring.";
        let f = found_with(t, &[("IRGC Intelligence Organization", "ORG")]);
        assert!(
            f.iter().any(|(n, _)| n == "IRGC Intelligence Organization"),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_given_as_identified_or_named_is_a_person_s() {
        let t = "A Tarskan identified as Yannek Vorl was sentenced. The driver was named as \
                 Orsik Dalm by the police. The group identified as Orsik Dalm Holdings denied it.";
        let f = found(t);
        assert!(
            f.contains(&("Yannek Vorl".into(), MentionKind::Person)),
            "{f:?}"
        );
        assert!(
            f.contains(&("Orsik Dalm".into(), MentionKind::Person)),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k)| n.contains("Holdings") && *k == MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn post_nominals_after_a_name_are_no_body() {
        let t = "The order was signed by the minister, Lena Varga MBE MP, on Tuesday night.";
        let f = found_with(t, &[("Lena Varga", "PERSON"), ("MP", "ORG")]);
        assert!(
            f.contains(&("Lena Varga".into(), MentionKind::Person)),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "MP" || n == "MBE MP"), "{f:?}");
    }

    #[test]
    fn a_name_before_a_movement_or_an_exchange_is_a_body() {
        // A model's person before "movement" is the movement's name, not a person's.
        let t = "He reported on supporters of the Ulan Veda movement in the city for years.";
        let f = found_with(t, &[("Ulan Veda", "PERSON")]);
        assert!(
            f.contains(&("Ulan Veda".into(), MentionKind::Organization)),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, k)| *k == MentionKind::Person), "{f:?}");
        // A money exchange's name ends in its kind.
        let t = "The second entity is Arvand Sarafi Exchange, a money exchange in Dubai.";
        let f = found_with(t, &[("Arvand Sarafi Exchange", "PERSON")]);
        assert!(
            f.iter()
                .any(|(n, k)| n == "Arvand Sarafi Exchange" && *k != MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn gazetteer_names_and_given_names() {
        let mut g = Gazetteer::new();
        g.add_name("ZORN TRADING HOUSE", MentionKind::Organization);
        g.add_given_name("Ilgar");
        let ex = extract_mentions("Then Ilgar Mamedov visited Zorn Trading House twice.", &g);
        let f: Vec<_> = ex
            .mentions
            .iter()
            .map(|m| (m.text.as_str(), m.kind))
            .collect();
        assert!(f.contains(&("Ilgar Mamedov", MentionKind::Person)), "{f:?}");
        assert!(
            f.contains(&("Zorn Trading House", MentionKind::Organization)),
            "{f:?}"
        );
    }

    #[test]
    fn letters_after_a_name_and_offices_of_the_law_before_it_are_no_part_of_it() {
        let text = "The hearing lasted an hour. Prosecutor Hannah Whitlow KC told the jury the \
                    pictures were taken twice. Defence barrister Owen Prytherch said his client \
                    was paid. Assistant U.S. Attorneys Kara Lindqvist and Tomasz Wrobel are \
                    prosecuting. Jane Doe MP asked a question.";
        let f = found(text);
        for name in [
            "Hannah Whitlow",
            "Owen Prytherch",
            "Kara Lindqvist",
            "Tomasz Wrobel",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("KC") || n.contains("Prosecutor")),
            "{f:?}"
        );
        // With the model's spans too, which take the letters in.
        let m = found_with(
            "Prosecutor Hannah Whitlow KC told the jury.",
            &[("Hannah Whitlow KC", "PERSON")],
        );
        assert!(holds(&m, "Hannah Whitlow", MentionKind::Person), "{m:?}");
        // A portfolio before a title is the title's.
        let p = found("It was announced. Foreign Secretary Moira Kettlewell said so.");
        assert!(holds(&p, "Moira Kettlewell", MentionKind::Person), "{p:?}");
        // Titles with no name after them name an office.
        assert!(has(
            "The case was brought by the Federal Prosecutor General in Karlsruhe.",
            "Federal Prosecutor General",
            MentionKind::PublicBody
        ));
        // A name after a title ends before the words that run on from it.
        let g = found("U.S. Attorney Marcus Hale for the Western District said it was over.");
        assert!(holds(&g, "Marcus Hale", MentionKind::Person), "{g:?}");
    }

    #[test]
    fn persons_a_model_labels_bodies_are_persons() {
        // After "and" and a person's name, after a person's noun and a comma, with an initial
        // for a surname: a model's ORG is a person's name there.
        let f = found_with(
            "Prosecutors Anna Veld and Tomasz Orlik read the charges. The courier, Kerem \
             Oyelowo, was arrested. According to the Tarsk Police, Marie-Laure D. rented the \
             car.",
            &[
                ("Anna Veld", "PERSON"),
                ("Tomasz Orlik", "ORG"),
                ("Kerem Oyelowo", "ORG"),
                ("Tarsk Police", "ORG"),
                ("Marie-Laure D.", "ORG"),
            ],
        );
        for name in ["Tomasz Orlik", "Kerem Oyelowo", "Marie-Laure D."] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(holds_body(&f, "Tarsk Police"), "{f:?}");
        // A company's name ends in what it does, whatever a model read.
        let g = found_with(
            "The ministry also listed Velden Logistics, a firm he owns.",
            &[("Velden Logistics", "PERSON")],
        );
        assert!(holds_body(&g, "Velden Logistics"), "{g:?}");
    }

    #[test]
    fn a_byline_and_a_name_after_a_person_s_noun_are_persons_without_a_model() {
        let f = found(
            "Spies at home\n\nBy Zdeslav Vandeweghe, Tarsk Monitor\n\nThe courier, Quillon \
             Bramwell, was arrested on Monday.\n\nBy Monday, Tarsk Police had closed the case.",
        );
        assert!(
            holds(&f, "Zdeslav Vandeweghe", MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Quillon Bramwell", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Tarsk Monitor", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Monday", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn names_a_model_reads_as_other_things_after_a_title_or_with_an_initial() {
        // A minister's portfolio run on into the name.
        let f = found_with(
            "Minister of Justice and Security Anneke Zorgdrager said the arrests mattered.",
            &[("Security Anneke Zorgdrager", "ORG")],
        );
        assert!(holds(&f, "Anneke Zorgdrager", MentionKind::Person), "{f:?}");
        // A name and an initial is no place.
        let g = found_with(
            "He passed the files to his contact at the embassy, Tesfalem K. The court agreed.",
            &[("Tesfalem K.", "GPE")],
        );
        assert!(holds(&g, "Tesfalem K.", MentionKind::Person), "{g:?}");
        // A surname that is also a word, before an apposition with a title past an
        // abbreviation ("the U.S. attorney").
        let h = found(
            "Officials said that Quinlan Peace, the U.S. attorney in Tarsk, would appeal the \
             ruling on Monday.",
        );
        assert!(holds(&h, "Quinlan Peace", MentionKind::Person), "{h:?}");
        // A city GeoNames writes with the Dutch word for city after it.
        let i = found_with(
            "Activists in Rotterdam and Almere were photographed.",
            &[("Almere", "PERSON")],
        );
        assert!(holds(&i, "Almere", MentionKind::Place), "{i:?}");
    }

    #[test]
    fn a_name_its_acronym_spells_is_one_body() {
        // A title and its portfolio name an office holder, unless the acronym after them
        // spells the whole name.
        let f = found(
            "He was registered by the UN High Commissioner for Refugees (UNHCR) in 2021. The \
             High Commissioner for Human Rights said nothing.",
        );
        assert!(holds_body(&f, "UN High Commissioner for Refugees"), "{f:?}");
        assert!(
            !holds_body(&f, "High Commissioner for Human Rights"),
            "{f:?}"
        );
    }

    #[test]
    fn a_state_department_is_one_body_however_its_name_is_ordered() {
        // "Justice" is a judge's title before a name, not before "Department".
        let f = found("The Justice Department said Mr Justice Alan Brook had erred.");
        assert!(
            holds(&f, "Justice Department", MentionKind::PublicBody),
            "{f:?}"
        );
        assert!(holds(&f, "Alan Brook", MentionKind::Person), "{f:?}");
        let ex = extract_mentions(
            "The Justice Department charged him. The Department of Justice said so.",
            &Gazetteer::new(),
        );
        let ids: HashSet<Option<usize>> = ex
            .mentions
            .iter()
            .filter(|m| m.text.contains("Justice"))
            .map(|m| m.entity)
            .collect();
        assert_eq!(ids.len(), 1, "{:?}", ex.mentions);
    }

    #[test]
    fn a_name_spelt_like_a_people_s_names_its_bearer_where_it_acts() {
        let f = found_with(
            "A court sentenced Tran Van Thai on Monday. Thai, who ran a blog, denied it. \
             Thai police said Thai was moved.",
            &[("Tran Van Thai", "PERSON")],
        );
        let thai = f
            .iter()
            .filter(|(n, k)| n == "Thai" && *k == MentionKind::Person)
            .count();
        assert_eq!(thai, 2, "{f:?}");
    }

    #[test]
    fn a_state_s_official_name_is_a_place_and_a_law_s_name_nothing() {
        let f = found_with(
            "The men acted for the People's Republic of China (PRC) and its police. The PRC denied it.",
            &[("People's Republic of China", "ORG"), ("PRC", "ORG")],
        );
        assert!(
            !f.iter()
                .any(|(_, k)| matches!(k, MentionKind::Organization | MentionKind::PublicBody)),
            "{f:?}"
        );
        let g = found_with(
            "Sanctions under the Special Economic Measures (Iran) Regulations and Executive Order \
             (E.O.) 13224 were imposed on the Ruritanian Intelligence Service.",
            &[
                ("Special Economic Measures", "ORG"),
                ("Executive Order", "ORG"),
            ],
        );
        assert!(holds_body(&g, "Ruritanian Intelligence Service"), "{g:?}");
        assert!(
            !g.iter()
                .any(|(n, _)| n.contains("Measures") || n.contains("Executive") || n == "E.O."),
            "{g:?}"
        );
        // The European Union is a body, not a state.
        let eu = found("The European Union said so.");
        assert!(holds_body(&eu, "European Union"), "{eu:?}");
    }

    #[test]
    fn modifiers_joined_by_and_share_the_head_word_after_them() {
        let f = found(
            "Exiles name the National Intelligence and Security Service. Its officers work \
             with Amnesty International and Human Rights Watch, and with groups in Iraq and \
             Hizballah's allies.",
        );
        let body = |name: &str| holds_body(&f, name);
        assert!(body("National Intelligence and Security Service"), "{f:?}");
        assert!(
            body("Amnesty International") && body("Human Rights Watch"),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains("Iraq and")), "{f:?}");
        // A name the gazetteers know whole keeps the title word it opens with.
        let g = found("The case began when the General Intelligence and Security Service wrote.");
        assert!(
            holds(
                &g,
                "General Intelligence and Security Service",
                MentionKind::PublicBody
            ),
            "{g:?}"
        );
    }

    #[test]
    fn a_lower_case_agency_a_body_named_with_its_place_and_a_surname_like_a_pronoun() {
        let f = found("OSLO, May 4 (ntb) - Police held a man. A lawyer told ntb he would appeal.");
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "ntb" && *k == MentionKind::Organization)
                .count(),
            2,
            "{f:?}"
        );
        let mut gaz = Gazetteer::new();
        gaz.add_name(
            "Al-Qaida in the Ruritanian Peninsula",
            MentionKind::Organization,
        );
        let g = extract_mentions(
            "They backed al-Qa'ida in the Ruritanian Peninsula for years.",
            &gaz,
        );
        assert!(
            g.mentions
                .iter()
                .any(|m| m.text == "al-Qa'ida in the Ruritanian Peninsula"),
            "{:?}",
            g.mentions
        );
        let text = "The defendants, He Lanfang and Qiu Weiming, were charged. He said nothing. \
                    He and Qiu were arrested.";
        let span = |s: &str, label: &str| {
            let start = text.find(s).expect("span");
            Proposal {
                start,
                end: start + s.len(),
                label: label.into(),
            }
        };
        let h = extract_mentions_with(
            text,
            &Gazetteer::new(),
            &[span("He Lanfang", "PERSON"), span("Qiu Weiming", "PERSON")],
        );
        let he: Vec<_> = h.mentions.iter().filter(|m| m.text == "He").collect();
        assert_eq!(he.len(), 1, "{:?}", h.mentions);
        let full = h
            .mentions
            .iter()
            .find(|m| m.text == "He Lanfang")
            .expect("full name");
        assert_eq!(he[0].entity, full.entity, "{:?}", h.mentions);
    }

    #[test]
    fn a_name_in_apposition_past_a_nationality_and_a_name_joined_to_a_person_s() {
        let f = found(
            "Exiles describe threats. Olumide Baptiste, a Ruritanian refugee who runs a radio \
             programme, said so. The couple, Amir Saadouni and Teodora Vrancken, were stopped.",
        );
        for name in ["Olumide Baptiste", "Amir Saadouni", "Teodora Vrancken"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
    }

    #[test]
    fn acronyms_declared_in_words_appositions_with_compound_nouns_and_titles_with_portfolios() {
        let f = found(
            "The Security Service, known by its Ruritanian acronym Sakor, said so. Sakor \
             declined to say more.",
        );
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "Sakor" && *k != MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
        let g = found_with(
            "Olaf Brenstrup, a terrorism researcher at a university, said so.",
            &[("Olaf", "GPE"), ("Brenstrup", "ORG")],
        );
        assert!(holds(&g, "Olaf Brenstrup", MentionKind::Person), "{g:?}");
        let h = found_with(
            "The case is handled by the Office's National Security and International Narcotics \
             Unit. \"It is firm,\" said the High Representative for Foreign Affairs and Security \
             Policy, Ilse Vandermeer.",
            &[
                ("National Security", "ORG"),
                ("International Narcotics Unit", "ORG"),
                ("High Representative for Foreign Affairs", "ORG"),
                ("Ilse Vandermeer", "PERSON"),
            ],
        );
        let body = |name: &str| holds_body(&h, name);
        assert!(
            body("National Security and International Narcotics Unit"),
            "{h:?}"
        );
        assert!(
            !h.iter().any(|(n, _)| n.starts_with("High Representative")),
            "{h:?}"
        );
    }

    #[test]
    fn names_a_plural_kind_of_body_introduces_are_bodies() {
        let f = found_with(
            "Groups such as Veritas, Tarsk Watch and the Civic Forum condemned it. Outlets \
             including Zorya and Dozhd were blocked.",
            &[("Veritas", "PERSON"), ("Zorya", "PERSON")],
        );
        for name in ["Veritas", "Tarsk Watch", "Zorya", "Dozhd"] {
            assert!(holds(&f, name, MentionKind::Organization), "{name}: {f:?}");
        }
    }

    #[test]
    fn arabic_words_for_armed_groups_open_a_body_s_name() {
        let f =
            found("Fighters of Jaish al-Tarski attacked the post. Harakat al-Veldani denied it.");
        for name in ["Jaish al-Tarski", "Harakat al-Veldani"] {
            assert!(holds(&f, name, MentionKind::Organization), "{name}: {f:?}");
        }
    }

    #[test]
    fn a_well_known_name_that_opens_with_the_keeps_it() {
        let f = found("Reporters at The Economist and the Financial Times asked the ministry.");
        assert!(holds_body(&f, "The Economist"), "{f:?}");
        assert!(holds_body(&f, "Financial Times"), "{f:?}");
    }

    #[test]
    fn a_well_known_one_word_body_opening_a_sentence_is_read_where_it_acts() {
        let f = found("Memorial and Viasna condemned the arrest. Hengaw said two were executed.");
        for name in ["Memorial", "Hengaw"] {
            assert!(holds_body(&f, name), "{name}: {f:?}");
        }
        let g = found("Memorial services were held on Sunday in the town.");
        assert!(g.is_empty(), "{g:?}");
    }

    #[test]
    fn particles_inside_a_name_do_not_count_as_its_words() {
        let t = "The court heard the case on Monday. The gunman fled after the attack on \
                 Tomás Irigoyen Lasa de Ugarte, an engineer who lives in the city. Irigoyen \
                 survived.";
        let label = [("Tomás Irigoyen Lasa de Ugarte", "ORG")];
        for proposals in [&[][..], &label[..]] {
            let f = found_with(t, proposals);
            assert!(
                holds(&f, "Tomás Irigoyen Lasa de Ugarte", MentionKind::Person),
                "{f:?}"
            );
            assert!(holds(&f, "Irigoyen", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_name_a_given_name_opens_is_no_place_whatever_a_model_read() {
        let t = "The court heard the case on Monday. A man identified as Carlos Olazábal Medina \
                 drove the car. Olazábal, 33, said he had only rented it.";
        let f = found_with(t, &[("Carlos Olazábal", "GPE"), ("Medina", "GPE")]);
        assert!(
            holds(&f, "Carlos Olazábal Medina", MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Olazábal", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(_, k)| *k == MentionKind::Place), "{f:?}");
    }

    #[test]
    fn bodies_named_in_their_own_language_are_bodies() {
        let f = found(
            "A judge of the Audiencia Nacional questioned him. Officers of the General \
             Information Commissariat and the Guardia Civil searched the flat. The Tribunal \
             Supremo will hear the appeal.",
        );
        for name in [
            "Audiencia Nacional",
            "General Information Commissariat",
            "Guardia Civil",
            "Tribunal Supremo",
        ] {
            assert!(holds_body(&f, name), "{name}: {f:?}");
        }
        assert!(!f.iter().any(|(_, k)| *k == MentionKind::Person), "{f:?}");
    }

    #[test]
    fn prosecutors_listed_with_their_offices_are_persons_and_the_offices_bodies() {
        let t = "The case was filed on Monday. \"We will find them,\" said Assistant Director \
                 in Charge Marta Q. Vell of the Tarsk Field Office. Assistant U.S. Attorneys \
                 Ana Brill and Peter Fenn for the Northern District of Tarsk and Trial \
                 Attorney James Whitlock of the National Security Division are prosecuting.";
        let f = found(t);
        for name in ["Marta Q. Vell", "Ana Brill", "Peter Fenn", "James Whitlock"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(holds_body(&f, "National Security Division"), "{f:?}");
        assert!(holds_body(&f, "Tarsk Field Office"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| *k != MentionKind::Person
                    && (n.contains("Vell") || n.contains("Fenn"))),
            "{f:?}"
        );
        // A title of the Treasury before its holder stays a title.
        let g = found(
            "The sanctions were announced on Monday. \"We act,\" said Deputy Secretary of the \
             Treasury Alina Marsh.",
        );
        assert!(holds(&g, "Alina Marsh", MentionKind::Person), "{g:?}");
        assert!(!g.iter().any(|(n, _)| n == "Deputy Secretary"), "{g:?}");
    }

    #[test]
    fn initials_after_the_word_initials_name_a_person() {
        let f = found(
            "The trial opened on Monday. The fourth defendant, identified only by the initials \
             K.T.R., did not attend. Officials of the U.S. embassy watched.",
        );
        assert!(holds(&f, "K.T.R.", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "U.S.", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_court_s_number_and_a_working_body_s_matter_are_part_of_their_names() {
        let f = found(
            "The men were tried on Monday at the Ankara 14th High Criminal Court, and the UN \
             Working Group on Enforced Disappearances wrote to the government. The Committee \
             on Monday said nothing.",
        );
        assert!(holds_body(&f, "Ankara 14th High Criminal Court"), "{f:?}");
        assert!(
            holds_body(&f, "UN Working Group on Enforced Disappearances"),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains("on Monday")), "{f:?}");
    }

    #[test]
    fn an_outlet_named_before_the_noun_saying_what_it_is() {
        let t = "The arrests were made on Monday, the state-run Velora news agency reported. \
                 The Kestrel newspaper said so, and the Tarskian daily agreed.";
        for proposals in [&[][..], &[("Velora", "ORG"), ("Kestrel", "PERSON")][..]] {
            let f = found_with(t, proposals);
            assert!(holds_body(&f, "Velora"), "{f:?}");
            assert!(holds_body(&f, "Kestrel"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.contains("news")), "{f:?}");
        }
    }

    #[test]
    fn a_lone_surname_stays_with_the_person_it_was_first_used_for() {
        let t = "A court sentenced Abdullah Saleh al-Varani to 20 years on Monday. Al-Varani, \
                 51, was arrested after his brother, the poet Faisal al-Varani, spoke in London. \
                 The court relied on a confession that al-Varani said was forced. \"He wrote \
                 nothing,\" Faisal al-Varani said.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let first = entity_at(&ex, t.find("Abdullah").expect("name"));
        let brother = entity_at(&ex, t.find("Faisal").expect("name"));
        assert!(first.is_some() && brother.is_some() && first != brother);
        assert_eq!(entity_at(&ex, t.find("Al-Varani").expect("name")), first);
        assert_eq!(
            entity_at(&ex, t.find("that al-Varani").expect("name") + 5),
            first
        );
    }

    #[test]
    fn abbreviated_states_ranks_and_team_names_are_read_as_such() {
        let f = found(
            "The men were arrested on Wednesday. Both of Brampton, Ont., they appeared in \
             court. Supt. Nadine Ouellette of the Tarsk Integrated Security Enforcement Team \
             told reporters the case went on. Det. Insp. Ray Moss agreed.",
        );
        assert!(holds(&f, "Nadine Ouellette", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Ray Moss", MentionKind::Person), "{f:?}");
        assert!(
            holds_body(&f, "Tarsk Integrated Security Enforcement Team"),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Ont" && *k != MentionKind::Place),
            "{f:?}"
        );
    }

    #[test]
    fn names_only_persons_bear_are_persons() {
        let f = found(
            "The trial opened on Monday. It came months after Jasvir Singh Baidwan was shot \
             dead. The blogger Abdel Karim el-Varani fled in 2021. El-Varani's case is not \
             unique. Minister of Justice and Security Pieter van Aalst said so. Separately, the \
             police declined to comment.",
        );
        for name in [
            "Jasvir Singh Baidwan",
            "El-Varani",
            "Abdel Karim el-Varani",
            "Pieter van Aalst",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(!f.iter().any(|(n, _)| n == "Separately"), "{f:?}");
    }

    #[test]
    fn names_spelt_around_a_mention_are_forms_of_its_body() {
        let t = "The strike was claimed on Tuesday, the Velora news agency reported. The Islamic \
                 Revolutionary Guard Corps (IRGC) said the IRGC's Ground Force carried it out.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let forms_of = |at: &str| {
            let e = entity_at(&ex, t.find(at).expect("name")).expect("an entity");
            ex.entities[e].forms.clone()
        };
        assert!(
            forms_of("Velora").contains(&"Velora News Agency".to_string()),
            "{:?}",
            ex.entities
        );
        let unit = forms_of("Ground Force");
        assert!(unit.contains(&"IRGC Ground Force".to_string()), "{unit:?}");
        assert!(
            unit.contains(&"Islamic Revolutionary Guard Corps Ground Force".to_string()),
            "{unit:?}"
        );
        // The mentions stay as written.
        assert!(ex.mentions.iter().any(|m| m.text == "Velora"));
        assert!(ex.mentions.iter().any(|m| m.text == "Ground Force"));
    }

    #[test]
    fn legislators_by_party_and_state_and_governments_of_two_word_states() {
        let t = "The bill was filed on Monday. Senators Rick Varga (R-Fla.) and Dana Whitlow \
                 (D-N.Y.) introduced it, and Representatives Tom Kessel (R-Texas) and Maria \
                 Ostrow (D-Calif.) did so in the House. The former member of the U.S. House of \
                 Representatives Daniel Whitcomb said nothing. The Hong Kong government said \
                 it had no part in it.";
        let f = found(t);
        for name in [
            "Rick Varga",
            "Dana Whitlow",
            "Tom Kessel",
            "Maria Ostrow",
            "Daniel Whitcomb",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(holds_body(&f, "U.S. House of Representatives"), "{f:?}");
        assert!(holds_body(&f, "Hong Kong government"), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n.contains("N.Y") || n.contains("Fla")),
            "{f:?}"
        );
    }

    #[test]
    fn persons_described_by_their_origin_or_founding_and_councils_on_a_matter() {
        let f = found(
            "A court ordered the deportation of Bekzat Nurtasuly, an ethnic Kazakh from the \
             region. Nurtasuly, 38, will appeal. Benedikt Rowan, co-founder of the group, said \
             the Council on Tarskian-Veldan Relations agreed.",
        );
        assert!(holds(&f, "Bekzat Nurtasuly", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Nurtasuly", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Benedikt Rowan", MentionKind::Person), "{f:?}");
        assert!(
            holds_body(&f, "Council on Tarskian-Veldan Relations"),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_s_other_name_in_parentheses_is_the_same_body_unless_it_is_another_known_one() {
        let t = "A judge of Tarsk's High Court (Tribunal Superior) ordered it on Monday. The \
                 Tribunal Superior said so. The Velden Unit (Islamic Revolutionary Guard Corps) \
                 was blamed.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("Islamic Revolutionary Guard Corps", MentionKind::PublicBody);
        let ex = extract_mentions(t, &gaz);
        let at = |w: &str| entity_at(&ex, t.find(w).expect("name"));
        assert!(at("High Court").is_some());
        assert_eq!(at("High Court"), at("Tribunal Superior)"));
        assert_eq!(at("High Court"), at("Tribunal Superior said"));
        assert_ne!(at("Velden Unit"), at("Islamic Revolutionary"));
    }

    #[test]
    fn a_time_zone_after_a_time_is_no_body_and_a_service_of_its_letters_still_is() {
        let f = found(
            "At 18:40 GMT police said Olek Varga had been arrested. Officers of the Velden \
             Security Service (VSS) and of the GMT were there.",
        );
        assert!(!f.iter().any(|(n, _)| n.starts_with("GMT")), "{f:?}");
        // Where no time comes before it, an acronym stays one (Norway's PST).
        let f = found("The PST said on Monday that the Velden Security Service helped.");
        assert!(holds_body(&f, "PST"), "{f:?}");
    }

    #[test]
    fn hyphenated_ranks_are_titles_and_credits_name_only_names() {
        let f = found(
            "Brig-Gen Olek Varga said on Monday the unit was ready. Compiled by the monitoring \
             desk from Tarskian-language media.",
        );
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Brig")), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("language")), "{f:?}");
    }

    #[test]
    fn an_outlet_named_before_its_kind_is_a_body_and_a_province_of_its_name_a_place() {
        let t = "The state-run Velora news agency said two men were held in Velora province. \
                 The Zorin news agency named them. (Velora, 12 May)";
        let f = found_with(t, &[("Velora", "GPE"), ("Zorin", "PERSON")]);
        assert!(holds_body(&f, "Zorin"), "{f:?}");
        let ex = extract_mentions_with(
            t,
            &Gazetteer::new(),
            &proposals_of(t, &[("Zorin", "PERSON")]),
        );
        let kind_at = |at: usize| ex.mentions.iter().find(|m| m.start == at).map(|m| m.kind);
        assert_eq!(
            kind_at(t.find("Velora news").expect("in text")),
            Some(MentionKind::Organization)
        );
        assert_ne!(
            kind_at(t.find("Velora province").expect("in text")),
            Some(MentionKind::Organization)
        );
    }

    #[test]
    fn a_name_before_a_place_s_kind_is_a_place_and_a_body_s_premises_are_the_body() {
        let t = "They handed him over at the Haj Velden border crossing. Call your local FBI \
                 office.";
        let f = found_with(t, &[("Haj Velden", "ORG"), ("FBI", "ORG")]);
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Haj Velden" && *k == MentionKind::Person),
            "{f:?}"
        );
        assert!(
            !f.iter().any(|(n, k)| n == "Haj Velden" && k.is_party()),
            "{f:?}"
        );
        assert!(holds_body(&f, "FBI"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "FBI office"), "{f:?}");
    }

    #[test]
    fn a_word_joined_by_and_to_a_known_place_is_a_place_not_a_lone_person() {
        let t = "Twelve men were arrested in Kursk and Oblinsk last week.";
        let f = found_with(t, &[("Oblinsk", "PERSON")]);
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Oblinsk" && *k == MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn parties_named_by_their_role_a_title_alone_and_a_place_s_people_are_nobody() {
        let f = found(
            "The Claimant says the First Defendant, a private investigator, followed her. The \
             Second Defendant, a company, paid him. Ruritania's Foreign Secretary said \
             Londoners and New Yorkers alike were watched. Olek Varga, a lawyer, agreed.",
        );
        for word in [
            "Claimant",
            "Defendant",
            "Foreign Secretary",
            "Londoners",
            "New Yorkers",
        ] {
            assert!(!f.iter().any(|(n, _)| n.contains(word)), "{word}: {f:?}");
        }
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_dateline_s_dash_opens_the_sentence_after_it() {
        let t = "TARSK — Investigators of the Velden Security Service said on Monday that the \
                 men had left.";
        let f = found(t);
        assert!(holds_body(&f, "Velden Security Service"), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.starts_with("Investigators")),
            "{f:?}"
        );
    }

    #[test]
    fn the_pronoun_i_opens_no_name() {
        let t = "Welcome back to the programme. I'm Mark Voskuijl, and with me is a guest.";
        let f = found(t);
        assert!(holds(&f, "Mark Voskuijl", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("I'm")), "{f:?}");
    }

    #[test]
    fn a_name_two_lines_open_as_a_speaker_label_is_a_person_s() {
        let t = "Ilse Verhoeven (Tarsk North) (Lib): To ask the Minister for a statement on \
                 the threats.\n\nThe Minister (Bram Okonkwo): I thank the hon. Member.\n\n\
                 Ilse Verhoeven: I am grateful to the Minister.\n\nKey Findings: the panel \
                 met twice.";
        let f = found(t);
        let labels = f
            .iter()
            .filter(|(n, k)| n == "Ilse Verhoeven" && *k == MentionKind::Person)
            .count();
        assert_eq!(labels, 2, "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Key Findings")), "{f:?}");
    }

    #[test]
    fn a_form_of_address_alone_names_nobody() {
        let t = "The hon. Lady is right, and the noble Lord agreed.";
        let f = found_with(t, &[("Lady", "PERSON"), ("Lord", "PERSON")]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_name_after_a_place_s_kind_and_of_is_a_place() {
        let t = "Police stopped the car in the Velden suburb of Zellik-Noord on Sunday.";
        let f = found_with(t, &[("Zellik-Noord", "ORG")]);
        assert!(holds(&f, "Zellik-Noord", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_known_acronym_before_a_title_names_its_body_but_not_in_a_law_s_title() {
        let t = "The UN Special Rapporteur on torture wrote to the ministry. The NATO \
                 Secretary General spoke. The order was made under the Tarsk (Sanctions) (EU \
                 Exit) Regulations 2019 and the EU Global Human Rights Sanctions Regime.";
        let f = found(t);
        assert!(holds_body(&f, "UN"), "{f:?}");
        assert!(holds_body(&f, "NATO"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "EU"), "{f:?}");
    }

    #[test]
    fn a_known_body_opening_its_own_line_keeps_its_first_word() {
        // "human" is written in lower case elsewhere on the page, which makes a sentence's
        // capitalised first word a common one; not a known body's first word.
        let t = "We, the human rights groups below, ask for the release of the journalists.\n\n\
                 Signatories\n\nHuman Rights Watch\n\nTarsk Press Union";
        let f = found(t);
        assert!(holds_body(&f, "Human Rights Watch"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Rights Watch"), "{f:?}");
    }

    #[test]
    fn names_before_their_affiliation_in_a_list_are_persons() {
        let t = "Individual signatories: Helena Marsk, Velden University; Tomasz Wrobel, \
                 University of Tarsk.\n\nCo-signed by Amnesty International, Velden \
                 University.";
        let f = found_with(t, &[("Helena Marsk", "ORG")]);
        assert!(holds(&f, "Helena Marsk", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Tomasz Wrobel", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Velden University"), "{f:?}");
        assert!(holds_body(&f, "Amnesty International"), "{f:?}");
    }

    #[test]
    fn a_body_named_with_a_number_keeps_it() {
        let t = "ARTICLE 19 said the law was vague. The IRGC 20 years ago was smaller.";
        let f = found(t);
        assert!(holds_body(&f, "ARTICLE 19"), "{f:?}");
        assert!(holds_body(&f, "IRGC"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "IRGC 20"), "{f:?}");
    }

    #[test]
    fn his_excellency_is_a_title_before_a_name() {
        let t = "The letter went to H.E. Kaja Tamm on Monday, the ministry said.";
        let f = found(t);
        assert!(holds(&f, "Kaja Tamm", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "H.E."), "{f:?}");
    }

    #[test]
    fn a_taskforce_is_a_body() {
        let f = found("The ministers met the Defending Democracy Taskforce on Monday.");
        assert!(holds_body(&f, "Defending Democracy Taskforce"), "{f:?}");
    }

    #[test]
    fn one_edit_is_one_letter_inserted_deleted_or_replaced() {
        for (a, b, want) in [
            ("kowalski", "kowalsky", true),
            ("kowalski", "kowalsk", true),
            ("kowalsk", "kowalski", true),
            ("owalski", "kowalski", true),
            ("kowalski", "kowalski", false),
            ("kowalski", "kowalsyj", false),
            ("kowalski", "kovalsky", false),
            ("müller", "muller", true),
            ("müller", "mueller", false),
            ("", "a", true),
        ] {
            assert_eq!(one_edit(a, b), want, "{a} / {b}");
        }
    }

    #[test]
    fn an_embassy_in_a_country_named_with_the() {
        let f = found("The Ruritanian embassy in the Netherlands declined to comment.");
        assert!(
            holds_body(&f, "Ruritanian embassy in the Netherlands"),
            "{f:?}"
        );
    }

    #[test]
    fn a_known_outlet_as_a_speaker_label() {
        let t = "Spokesperson Lin Tao presided over the press conference.\n\nReuters: Will the \
                 ministry cooperate with the investigation?\n\nLin Tao: I am not aware of it.";
        let f = found(t);
        assert!(holds_body(&f, "Reuters"), "{f:?}");
    }

    #[test]
    fn singh_follows_a_given_name_the_model_left_out() {
        let t = "Moninder Singh Velk, a spokesperson for the council, said officers came twice.";
        let f = found_with(t, &[("Singh Velk", "PERSON")]);
        assert!(
            holds(&f, "Moninder Singh Velk", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "Singh Velk"), "{f:?}");
    }

    #[test]
    fn a_seat_after_in_stays_apart_from_a_body_but_not_from_an_embassy() {
        let t = "Agents of the Ministry of Intelligence in Tabriz questioned her. The Ruritanian \
                 Embassy in Vienna said nothing.";
        let f = found_with(
            t,
            &[
                ("the Ministry of Intelligence in Tabriz", "ORG"),
                ("The Ruritanian Embassy in Vienna", "ORG"),
            ],
        );
        assert!(holds_body(&f, "Ministry of Intelligence"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.ends_with("in Tabriz")), "{f:?}");
        assert!(holds_body(&f, "Ruritanian Embassy in Vienna"), "{f:?}");
    }

    #[test]
    fn a_body_s_own_name_in_parentheses_is_its_name_too() {
        let t = "In Tarsk, the Tarsk Police Authority (Polisvik) arrested nine suspects, and \
                 the Tarsk Security Service (Säkvik) expelled two diplomats.";
        let f = found(t);
        assert!(holds_body(&f, "Polisvik"), "{f:?}");
        assert!(holds_body(&f, "Säkvik"), "{f:?}");
    }

    #[test]
    fn an_occupation_before_a_name_and_a_role_opening_an_apposition() {
        let t = "She lives in Velden with her husband, the architect Kaveh Danvar. Witness Senna \
                 Kidel, a nurse from Velden, told the court she was afraid.";
        let f = found(t);
        assert!(holds(&f, "Kaveh Danvar", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Senna Kidel", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Witness")), "{f:?}");
    }

    #[test]
    fn a_name_a_birth_follows_in_parentheses_is_a_person_s() {
        let t = "Roya Karvand (Persian: رویا کاروند; born 14 March 1981) is a journalist and \
                 presenter. Her sister, Mina Karvand, lives in Velden. Karvand joined the \
                 channel in 2017.";
        let f = found(t);
        assert!(holds(&f, "Roya Karvand", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn names_in_capitals_inside_small_letters_are_persons() {
        let t = "The panel met on Tuesday to hear its experts on the region.\n\nJANE TORVIK, \
                 Special Rapporteur on the situation in Ruritania, said executions had risen. \
                 She was joined by the panel's members ARVO KESKULA and MIREN OTXOA. Ms. \
                 OTXOA said the families were harassed, and Ms. TORVIK agreed.\n\nMR REYES: \
                 Thank you.\n\nEIGHTIETH SESSION, 27TH MEETING (PM)";
        for f in found_by_both(t, &Gazetteer::new(), &[("JANE TORVIK", "ORG")]) {
            for name in [
                "JANE TORVIK",
                "ARVO KESKULA",
                "MIREN OTXOA",
                "OTXOA",
                "TORVIK",
            ] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
            assert!(!f.iter().any(|(n, _)| n.contains("MR ")), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.contains("SESSION")), "{f:?}");
        }
    }

    #[test]
    fn a_role_and_of_opening_a_run_leave_the_body_after_them() {
        let t = "Staff of Radio Zarin and the Velora Broadcasting Network were threatened. \
                 The Chair of the Independent Commission on the Republic of Tarsk spoke. The \
                 Secretary of State for the Home Department replied.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Radio Zarin"), "{f:?}");
            assert!(holds_body(&f, "Velora Broadcasting Network"), "{f:?}");
            assert!(
                holds_body(&f, "Independent Commission on the Republic of Tarsk"),
                "{f:?}"
            );
            // The title of several words stays whole: no body opens on its last word.
            assert!(!f.iter().any(|(n, _)| n.starts_with("State")), "{f:?}");
            assert!(!f
                .iter()
                .any(|(n, _)| n.starts_with("Staff") || n.starts_with("Chair")));
        }
    }

    #[test]
    fn an_obituary_s_survivors_after_kinship_and_a_comma_are_persons() {
        let t = "Mr. Darvani is survived by his wife, Leyla Darvani; his son, Omid; and a \
                 brother, Kamyar.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Kamyar", "ORG")]) {
            assert!(holds(&f, "Kamyar", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Omid", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn bodies_after_peoples_parties_stations_and_initials_with_full_stops() {
        let t = "Habib Tarvi, a Swedish-Iranian ASMLA leader, was lured to Istanbul. He had \
                 been the voice of Tarvand, the radio station of the Velor Assembly, and a \
                 founder of the Spanish party Verdor. In 2009 the F.B.I. warned him. The aid \
                 worker Olen Vasquero was freed.";
        for f in found_by_both(
            t,
            &Gazetteer::new(),
            &[("F.B.I.", "GPE"), ("Tarvand", "FAC")],
        ) {
            for body in ["ASMLA", "Tarvand", "Verdor", "F.B.I."] {
                assert!(holds_body(&f, body), "{body}: {f:?}");
            }
            assert!(holds(&f, "Olen Vasquero", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_heading_word_alone_on_its_line_is_no_place() {
        let t = "The ministers met in Brussels on Monday to agree the listings.\n\nBackground\n\n\
                 The regime was set up in 2020 to cover the whole world.";
        let f = found_with(t, &[("Background", "GPE")]);
        assert!(!f.iter().any(|(n, _)| n == "Background"), "{f:?}");
    }

    #[test]
    fn an_acronym_after_a_body_at_another_is_the_one_it_spells_or_the_first() {
        let t = "The Chief Prosecutor at the Velden High Court (GPV) had the suspect arrested. \
                 The Quds Force of the Tarsk Revolutionary Guard (TRG) sent him. The GPV and \
                 the TRG declined to comment.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let entity_of = |name: &str| {
            ex.entities.iter().position(|e| {
                e.forms.iter().any(|f| f == name) || e.acronyms.iter().any(|f| f == name)
            })
        };
        assert!(entity_of("GPV").is_some(), "{:?}", ex.entities);
        assert_eq!(
            entity_of("GPV"),
            entity_of("Chief Prosecutor"),
            "{:?}",
            ex.entities
        );
        assert_ne!(
            entity_of("GPV"),
            entity_of("Velden High Court"),
            "{:?}",
            ex.entities
        );
        assert_eq!(entity_of("TRG"), entity_of("Tarsk Revolutionary Guard"));
    }

    #[test]
    fn words_in_capitals_on_a_heading_line_name_no_body() {
        let t = "The applicants complained of their removal from the country.\n\nTHE FACTS\n\n\
                 The applicants were teachers at a school in the capital.\n\nFOR THESE \
                 REASONS, THE COURT, UNANIMOUSLY,\n\nHolds that each is to be paid EUR 25,000.";
        for f in found_by_both(
            t,
            &Gazetteer::new(),
            &[("FACTS", "ORG"), ("COURT", "ORG"), ("EUR 25,000", "ORG")],
        ) {
            for word in ["FACTS", "COURT", "UNANIMOUSLY", "REASONS", "EUR 25,000"] {
                assert!(!f.iter().any(|(n, _)| n == word), "{word}: {f:?}");
            }
        }
    }

    #[test]
    fn a_member_s_european_group_after_the_name_is_a_body_and_no_acronym_of_it() {
        let t = "The question was put by Lena Varsk (Verts/ALE) and Piet Orvald (S&D) to the \
                 Commission.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Piet Orvald", "PERSON")]) {
            assert!(holds(&f, "Piet Orvald", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "Verts/ALE"), "{f:?}");
            assert!(holds_body(&f, "S&D"), "{f:?}");
        }
    }

    #[test]
    fn burmese_honorifics_are_no_part_of_the_name_a_model_cut_or_not() {
        let t = "Ko Thet Naing Oo, a former student leader, fled in 2022. A week later the police \
                 questioned his mother. \"They go to our parents,\" Ko Thet Naing Oo said. \
                 Daw Khin Myo Aye, a researcher, agreed. U Thant was the third Secretary-General.";
        let model = [
            ("Ko Thet Naing Oo", "PERSON"),
            ("Daw Khin Myo Aye", "ORG"),
            ("U Thant", "PERSON"),
        ];
        for f in found_by_both(t, &Gazetteer::new(), &model) {
            assert!(holds(&f, "Thet Naing Oo", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Khin Myo Aye", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.starts_with("Ko ")), "{f:?}");
        }
        // The model cut the second occurrence in two names, the honorific with the first.
        let second = t.rfind("Ko Thet").expect("second occurrence");
        let cut = [
            ("Ko Thet", second, "PERSON"),
            ("Naing Oo", second + 8, "PERSON"),
        ]
        .map(|(span, start, label)| Proposal {
            start,
            end: start + span.len(),
            label: label.to_string(),
        });
        let f: Vec<_> = extract_mentions_with(t, &Gazetteer::new(), &cut)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        let whole = f.iter().filter(|(n, _)| n == "Thet Naing Oo").count();
        assert_eq!(whole, 2, "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Ko Thet"), "{f:?}");
    }

    #[test]
    fn a_surname_before_brothers_or_family_names_no_one_person() {
        let t = "The militia was run by Tarek Velani and his brother Samir Velani. The Velani \
                 brothers held the town until 2020. Velani's family denies it.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            let alone = f.iter().filter(|(n, _)| n == "Velani").count();
            // "Velani's family" is a person's family: the surname there is a person's.
            assert_eq!(alone, 1, "{f:?}");
        }
    }

    #[test]
    fn initials_that_label_a_transcript_s_lines_are_the_speakers_not_bodies() {
        let t = "Tomas Verhaal spoke to our presenter Ilse Brandt.\n\
                 IB: Tomas, why did you leave?\n\
                 TV: Because the men who took me were never charged.\n\
                 IB: Who took you?\n\
                 TV: They said they were from the Central Intelligence Organisation.\n\
                 IB: Tomas Verhaal, thank you.";
        let model = [("IB", "ORG"), ("TV", "ORG"), ("Ilse Brandt", "PERSON")];
        for f in found_by_both(t, &Gazetteer::new(), &model) {
            assert!(!f.iter().any(|(n, _)| n == "IB" || n == "TV"), "{f:?}");
            assert!(holds_body(&f, "Central Intelligence Organisation"), "{f:?}");
        }
        // A model that reads the guest's name a body where the presenter thanks him.
        let last = t.rfind("Tomas Verhaal").expect("last occurrence");
        let mut proposals = proposals_of(t, &[("Tomas Verhaal", "PERSON")]);
        proposals.push(Proposal {
            start: last,
            end: last + "Tomas Verhaal".len(),
            label: "ORG".to_string(),
        });
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let kinds: Vec<_> = ex
            .mentions
            .iter()
            .filter(|m| m.text == "Tomas Verhaal")
            .map(|m| m.kind)
            .collect();
        assert_eq!(
            kinds,
            [MentionKind::Person, MentionKind::Person],
            "{kinds:?}"
        );
    }

    #[test]
    fn a_mission_s_acronym_spells_the_in_before_its_country() {
        let t = "The United Nations Observer Mission in Chad (UNOMIC) said it was concerned. \
                 UNOMIC has 300 staff.";
        for f in found_by_both(
            t,
            &Gazetteer::new(),
            &[("The United Nations Observer Mission", "ORG")],
        ) {
            assert!(
                holds_body(&f, "United Nations Observer Mission in Chad"),
                "{f:?}"
            );
            assert_eq!(f.iter().filter(|(n, _)| n == "UNOMIC").count(), 2, "{f:?}");
        }
    }

    #[test]
    fn a_title_cased_campaign_a_country_s_lawyers_and_a_senior_general() {
        let t = "Rebels were brought to justice, the army said. Justice For Velden, a group of \
                 activists, disputes it. Then let them open the files. Malawi Lawyers for \
                 Human Rights has filed papers. The regime's leader, Senior General Tun Myat \
                 Kyaw, spoke in the capital.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Justice For Velden"), "{f:?}");
            assert!(holds_body(&f, "Malawi Lawyers for Human Rights"), "{f:?}");
            assert!(holds(&f, "Tun Myat Kyaw", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_body_s_acronym_before_its_state_s_name_is_the_body() {
        let t = "The case was opened in Vilnius on Monday after a long investigation.\n\n\
                 The FSB of Russia has been headed by Alexander Bortnikov since 2008, officials \
                 said.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "FSB"), "{f:?}");
            assert!(holds(&f, "Russia", MentionKind::Place), "{f:?}");
        }
    }

    #[test]
    fn mr_and_a_surname_a_model_read_as_a_body_is_the_person() {
        let t = "The agency has been headed by Ivan Vostrel since 2020. The sanctions hit the \
                 agency and Mr Vostrel himself.";
        let f = found_with(t, &[("Ivan Vostrel", "PERSON"), ("Mr Vostrel", "ORG")]);
        let persons = f
            .iter()
            .filter(|(n, k)| n == "Vostrel" && *k == MentionKind::Person)
            .count();
        assert_eq!(persons, 1, "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Mr Vostrel"), "{f:?}");
    }

    #[test]
    fn an_alias_a_person_is_known_by_somewhere_and_a_byline_of_parts() {
        let t = "Yoel Marrero Soto | Valencia | March 3, 2026\n\n\
                 The rapper Osmel Lugo Pardo, known on stage as \"El Sinsonte\", left in 2023. \
                 The text was translated by the Tarsk Chronicle desk.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds(&f, "Yoel Marrero Soto", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "El Sinsonte", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "Tarsk Chronicle"), "{f:?}");
        }
        // An outlet whose name opens on a city is an outlet too.
        let t = "The report was first carried by the Tehran Times newspaper on Monday.";
        assert!(holds_body(&found(t), "Tehran Times"), "{:?}", found(t));
    }

    #[test]
    fn a_body_s_acronym_opening_a_description_of_another_acronym_s_body_is_no_mention() {
        let t = "He has applied for protection to the UN refugee agency, UNHCR. The UN \
                 children's fund UNICEF said so too. The UN said nothing.";
        for f in found_by_both(t, &Gazetteer::new(), &[("UN", "ORG")]) {
            assert_eq!(f.iter().filter(|(n, _)| n == "UN").count(), 1, "{f:?}");
            assert!(holds_body(&f, "UNHCR"), "{f:?}");
            assert!(holds_body(&f, "UNICEF"), "{f:?}");
        }
    }

    #[test]
    fn a_name_after_an_honorific_keeps_the_given_name_a_model_left_off() {
        let t = "The application was lodged by Mr Sedran Halit Korvaglu on 6 September.";
        let f = found_with(t, &[("Halit Korvaglu", "PERSON")]);
        assert!(
            holds(&f, "Sedran Halit Korvaglu", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_title_s_modifier_in_a_list_s_name_field_is_no_given_name() {
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Deputy");
        let t = "Done in writing on 11 June 2026.\n\nLena Varsk, Deputy Registrar";
        for f in found_by_both(t, &gaz, &[]) {
            assert!(!f.iter().any(|(n, _)| n == "Deputy Registrar"), "{f:?}");
        }
    }

    #[test]
    fn a_person_identified_by_an_agent_as_x_and_a_name_set_off_after_its_role() {
        let t = "The man, identified by federal prosecutors as Vikram Tarvi, directed an Indian \
                 national, Nikhel Varma, to hire a gunman. The US Justice Department said so.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Vikram Tarvi", "ORG")]) {
            assert!(holds(&f, "Vikram Tarvi", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Nikhel Varma", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "Justice Department"), "{f:?}");
        }
    }

    #[test]
    fn particles_inside_a_titled_name_and_a_caption_s_party_in_capitals() {
        let t = "THE KING\nv\nALI KARVANI\n\n1. The prosecution, led by Mr Piet de la Varne KC, \
                 said that Ali Karvani had filmed the building.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds(&f, "Piet de la Varne", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "ALI KARVANI", MentionKind::Person), "{f:?}");
            assert!(
                !f.iter().any(|(n, _)| n == "THE KING" || n == "KING"),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_lone_surname_two_persons_share_is_not_the_one_told_apart_by_another_name() {
        // The second is named last before the lone surname, but the text calls him by his
        // middle name alone: the shared surname is the other's.
        let t = "Tarsk named Karim Vossoughi Haddad, an officer of the ministry, and Omid \
                 Rastegar Haddad, a judge. The two men are not related. Haddad, the officer, \
                 recruited couriers. Rastegar was charged in 2021.";
        let proposals = proposals_of(
            t,
            &[
                ("Karim Vossoughi Haddad", "PERSON"),
                ("Omid Rastegar Haddad", "PERSON"),
            ],
        );
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let entity_at = |at: usize| entity_at(&ex, at);
        let officer = entity_at(t.find("Karim Vossoughi").unwrap());
        let judge = entity_at(t.find("Omid Rastegar").unwrap());
        assert_ne!(officer, judge);
        assert_eq!(entity_at(t.find("Haddad, the officer").unwrap()), officer);
        assert_eq!(entity_at(t.find("Rastegar was").unwrap()), judge);
    }

    #[test]
    fn a_name_said_to_be_of_a_role_is_a_person_s() {
        let t = "Names were withheld. Marta Kowalczyk is a senior researcher at the Tarsk \
                 Forum. Open Velden Letters is a charity based in Tarsk.";
        let f = found(t);
        assert!(holds(&f, "Marta Kowalczyk", MentionKind::Person), "{f:?}");
        assert!(
            !holds(&f, "Open Velden Letters", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn an_officer_named_by_title_and_surname_is_a_person() {
        let f = found("A man who signed himself \"Officer Lin\" asked her for the names.");
        assert!(holds(&f, "Lin", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_role_a_model_read_as_a_person_names_no_one() {
        let t = "Dr Ada Vance, Senior Research Fellow, spoke first. \"Thank you, Chair,\" she \
                 said. John Major also spoke.";
        let f = found_with(
            t,
            &[
                ("Research Fellow", "PERSON"),
                ("Chair", "PERSON"),
                ("John Major", "PERSON"),
            ],
        );
        assert!(
            !f.iter().any(|(n, _)| n.contains("Fellow") || n == "Chair"),
            "{f:?}"
        );
        assert!(holds(&f, "John Major", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_hearing_s_question_numbers_and_numbered_speakers() {
        // A numbered question's speaker is a person from one label; the number alone is no
        // body, whatever a model read.
        let t = "Members present: Dame Ada Vance (Chair); Oskar Brandt.\n\nQ4 Chair: Welcome.\n\n\
                 Q5 Marit Solberg: Who is behind the plots?\n\nDr Ada Vance: Both services.\n\n\
                 Q6 Oskar Brandt: Is the law adequate?";
        let f = found(t);
        assert!(holds(&f, "Marit Solberg", MentionKind::Person), "{f:?}");
        let f = found_with(t, &[("Q6", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n.starts_with('Q')), "{f:?}");
    }

    #[test]
    fn a_body_after_a_witness_s_role_is_their_affiliation() {
        let t = "Witnesses: Dr Ada Vance, Director of Policy, Exiles on Record; and Lena Holt, \
                 Minister of Justice, Republic of Tarsk.";
        let f = found(t);
        assert!(holds_body(&f, "Exiles on Record"), "{f:?}");
        assert!(!holds_body(&f, "Republic of Tarsk"), "{f:?}");
    }

    #[test]
    fn a_modified_portfolio_title_before_a_name() {
        let t = "\"It will not stand,\" Deputy Treasury Secretary Caroline Ashby said on Monday.";
        let f = found(t);
        assert!(holds(&f, "Caroline Ashby", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Deputy")), "{f:?}");
    }

    #[test]
    fn a_man_set_off_with_his_town_before_his_name() {
        let t = "In 2019 a Tarskian man in Bergen, Ilkin Varo, told the police about it.";
        let f = found(t);
        assert!(holds(&f, "Ilkin Varo", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_with_a_relative_s_surname_is_a_person_s() {
        let t = "When Aylin Demirel opened her phone, a photograph of her younger brother, \
                 Kerem Demirel, was waiting. Is Demirel still there?";
        let f = found(t);
        assert!(holds(&f, "Aylin Demirel", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Is ")), "{f:?}");
    }

    #[test]
    fn english_judges_by_their_styles_and_post_nominals() {
        let t = "The judgment, given by Lady Justice Vance with whom Mr Justice Orme and Her \
                 Honour Judge Pell agreed, is short. Vance LJ rejected the argument.";
        let f = found_with(
            t,
            &[
                ("Lady Justice Vance", "ORG"),
                ("Vance LJ", "ORG"),
                ("Her Honour", "PERSON"),
            ],
        );
        for name in ["Vance", "Orme", "Pell"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(
            !f.iter().any(|(n, k)| n.contains("Justice")
                || n.contains("Honour")
                || *k != MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_role_after_a_name_in_an_authors_line_names_no_one() {
        let f = found("Authors: Jane Roe, Partner; Tom Lee, Senior Associate\n\nThe court ruled.");
        assert!(holds(&f, "Jane Roe", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, _)| n == "Partner" || n.contains("Associate")),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_after_an_outlet_s_kind_is_the_outlet() {
        let t = "Pavel Orlov, who edits the exile news site Nova Gazeta, spoke on Monday.";
        let f = found_with(t, &[("Nova Gazeta", "PERSON")]);
        assert!(holds_body(&f, "Nova Gazeta"), "{f:?}");
    }

    #[test]
    fn an_acronym_set_off_by_commas_after_a_body_is_that_body_s() {
        let t = "The National Security Bureau, NSB, spoke to me once. The NSB did nothing.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let body = entity_at(&ex, t.find("National Security Bureau").unwrap());
        assert!(body.is_some());
        assert_eq!(entity_at(&ex, t.find("NSB, spoke").unwrap()), body);
        assert_eq!(entity_at(&ex, t.find("NSB did").unwrap()), body);
    }

    #[test]
    fn members_of_a_house_by_their_letters_are_no_one() {
        let t = "The minister told MPs in June that MEPs had been warned.";
        let f = found_with(t, &[("MPs", "PERSON"), ("MEPs", "ORG")]);
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_vice_president_before_a_name() {
        let t = "The trial over the shooting of former Tarsk Assembly vice-president Olek \
                 Varo-Medina opened. Varo-Medina, 79, survived.";
        let f = found(t);
        assert!(holds(&f, "Olek Varo-Medina", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Varo-Medina", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_charging_paper_s_defendants_in_capitals_and_their_aliases_are_one_person_each() {
        let t = "At all times relevant, TAVIN ORSK, a/k/a \"Marek Dolny,\" a/k/a \"Tavo,\" and \
                 BELAN KURIC, the defendants, led the enterprise. ORSK and KURIC paid a courier.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let f: Vec<(String, MentionKind)> = ex
            .mentions
            .iter()
            .map(|m| (m.text.clone(), m.kind))
            .collect();
        for name in [
            "TAVIN ORSK",
            "Marek Dolny",
            "Tavo",
            "BELAN KURIC",
            "ORSK",
            "KURIC",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        // The aliases are the person's other names, not other persons.
        let orsk = entity_at(&ex, t.find("TAVIN").unwrap());
        assert_eq!(entity_at(&ex, t.find("Marek").unwrap()), orsk);
        assert_eq!(entity_at(&ex, t.find("Tavo,").unwrap()), orsk);
        assert_ne!(entity_at(&ex, t.find("BELAN").unwrap()), orsk);
    }

    #[test]
    fn a_judge_s_initials_after_a_docket_number_name_no_body() {
        let t = "The plot was charged in United States v. Doral, 21 Cr. 512 (KPF), in Manhattan.";
        let f = found_with(t, &[("KPF", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n == "KPF"), "{f:?}");
    }

    #[test]
    fn stacked_titles_and_a_peer_s_title_are_no_part_of_the_name() {
        let t = "From: the Foreign Office and The Rt Hon Lord Ardwell. Foreign Secretary Tom \
                 Ardwell said so. Sultan Qamar bin Said thanked him.";
        let f = found_with(t, &[("The Rt Hon Lord Ardwell", "PERSON")]);
        assert!(holds(&f, "Ardwell", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Lord")), "{f:?}");
        assert!(holds(&f, "Qamar bin Said", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_after_a_state_service_s_kind_is_the_service() {
        let t = "The group's Asia director and the firm's Miami office said nothing.";
        let f = found_with(t, &[("Asia", "LOC"), ("Miami", "GPE")]);
        assert!(!holds_body(&f, "Asia") && !holds_body(&f, "Miami"), "{f:?}");
        let t = "He said the security service Volra had been closely involved.";
        let f = found_with(t, &[("Volra", "PERSON")]);
        assert!(holds_body(&f, "Volra"), "{f:?}");
        let f = found(t);
        assert!(holds_body(&f, "Volra"), "{f:?}");
    }

    #[test]
    fn names_listed_with_persons_are_persons() {
        // A table's cell of names: the model read a surname alone and a name as a firm's.
        let t = "Kidnapping plot\n\nTarek Halvi, Dusan Prell, Olen Vasquez\n\nMurder plot\n\n\
                 Carlisle Rivero and Anja Poll, both of Leeds, were charged.";
        let f = found_with(
            t,
            &[
                ("Tarek Halvi", "PERSON"),
                ("Prell", "PERSON"),
                ("Olen Vasquez", "PERSON"),
                ("Carlisle Rivero", "ORG"),
                ("Anja Poll", "PERSON"),
            ],
        );
        for name in ["Dusan Prell", "Carlisle Rivero", "Anja Poll"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        // A body's members named after it stay apart from it.
        let t = "Two members of the Steel Wolves, Anja Poll and Olen Vasquez, were hired.";
        let f = found_with(
            t,
            &[
                ("Steel Wolves", "ORG"),
                ("Anja Poll", "PERSON"),
                ("Olen Vasquez", "PERSON"),
            ],
        );
        assert!(holds_body(&f, "Steel Wolves"), "{f:?}");
    }

    #[test]
    fn no_person_s_name_opens_on_a_possessive() {
        let t = "She is the founder of My Quiet Voice, a campaign. Our Future Now said nothing.";
        let f = found_with(
            t,
            &[("My Quiet Voice", "PERSON"), ("Our Future Now", "PERSON")],
        );
        assert!(holds_body(&f, "My Quiet Voice"), "{f:?}");
        assert!(!f
            .iter()
            .any(|(n, k)| n.starts_with("Our") && *k == MentionKind::Person));
    }

    #[test]
    fn a_name_in_another_script_after_a_person_s_is_that_person_s() {
        let t = "Tavin Orsk (Persian: تاوین اورسک; born 1978) is a journalist. Orsk lives abroad.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let native = t.find("تاوین").unwrap();
        assert!(
            ex.mentions
                .iter()
                .any(|m| m.start == native && m.kind == MentionKind::Person),
            "{:?}",
            ex.mentions
        );
        assert_eq!(entity_at(&ex, native), entity_at(&ex, 0));
        // A Latin name there is no other script's.
        let t = "Tavin Orsk (Russian: Tavin Orskiy) spoke.";
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n == "Tavin Orskiy"), "{f:?}");
    }

    #[test]
    fn a_reference_s_author_written_surname_first_is_a_person() {
        let t = "References\n\n1. ^ Halvi, Dorota (13 December 2020). \"A verdict\". The Daily.";
        let f = found(t);
        assert!(holds(&f, "Halvi, Dorota", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_section_heading_a_model_read_as_a_person_names_no_one() {
        let t = "Early life\n\nArrest and execution\n\nHe was arrested in 2019 by the police.";
        let f = found_with(t, &[("Arrest", "PERSON")]);
        assert!(!f.iter().any(|(n, _)| n == "Arrest"), "{f:?}");
    }

    #[test]
    fn a_name_before_and_a_person_s_full_name_is_a_person_s() {
        let t = "The opposition candidates Mir-Tavin Dolnak and Belan Kuric rejected the result.";
        let f = found_with(t, &[("Mir-Tavin Dolnak", "LAW"), ("Belan Kuric", "PERSON")]);
        assert!(holds(&f, "Mir-Tavin Dolnak", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_platform_named_after_its_kind_is_a_body() {
        let t = "He ran a channel on the messaging service Volgram with many subscribers.";
        let f = found(t);
        assert!(holds_body(&f, "Volgram"), "{f:?}");
    }

    #[test]
    fn a_unit_after_its_names_the_body_named_before_it() {
        let t = "The Ruritanian Guard Corps said its Intelligence Directorate had made the arrest.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let unit = entity_at(&ex, t.find("Intelligence").unwrap()).expect("the unit");
        assert!(
            ex.entities[unit]
                .forms
                .contains(&"Ruritanian Guard Corps Intelligence Directorate".to_string()),
            "{:?}",
            ex.entities[unit]
        );
    }

    #[test]
    fn an_age_set_off_after_a_person_s_name_is_kept_on_the_person() {
        let t = "Anna Dolnak, 54, met Peter Kuric, now 80, in Velden in 2016. Maria Halvek, \
                 a lawyer, said nothing.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let ages = |at: usize| {
            ex.entities[entity_at(&ex, at).expect("entity")]
                .ages
                .clone()
        };
        assert_eq!(ages(0), vec![54]);
        assert_eq!(ages(t.find("Peter").unwrap()), vec![80]);
        assert!(ages(t.find("Maria").unwrap()).is_empty());
        assert_eq!(ex.latest_year, Some(2016));
    }

    #[test]
    fn judges_in_a_header_in_capitals_are_persons_and_an_office_no_body() {
        let t = "TARSK IMMIGRATION APPEALS COMMISSION\n\nTHE HONOURABLE MR JUSTICE VARGO \
                 (Chairman)\n\nUPPER TRIBUNAL JUDGE ODINGA-REEVE\n\nBefore: MRS JUSTICE \
                 HALLORAN\n\nQ7, Appellant, and MINISTER FOR BORDERS OF THE REPUBLIC, \
                 Respondent\n\nIN THE HIGH COURT OF TARSK\n\nMARA OSTEN (Claimant), and (1) \
                 DARVEN KOLT, (2) VELDEN RISK LIMITED (Defendants)\n\n1. The appeal was heard \
                 by Mr Justice Vargo and Upper Tribunal Judge Odinga-Reeve last month in the \
                 city. The Defendants deny it.\n\nSENTENCING REMARKS OF HIS HONOUR JUDGE PELLOW KC";
        for f in found_by_both(t, &Gazetteer::new(), &[("Q7", "PERSON")]) {
            for name in [
                "VARGO",
                "ODINGA-REEVE",
                "HALLORAN",
                "Vargo",
                "Odinga-Reeve",
                "MARA OSTEN",
                "DARVEN KOLT",
                "PELLOW",
            ] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
            assert!(
                holds_body(&f, "TARSK IMMIGRATION APPEALS COMMISSION"),
                "{f:?}"
            );
            assert!(holds_body(&f, "HIGH COURT OF TARSK"), "{f:?}");
            assert!(holds_body(&f, "UPPER TRIBUNAL"), "{f:?}");
            // An office held by someone, a cipher and judges joined by "and" name no body.
            assert!(!f.iter().any(|(n, _)| n.contains("MINISTER")), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Q7"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.contains("Vargo and")), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Defendants"), "{f:?}");
        }
    }

    #[test]
    fn a_plural_s_possessive_inside_a_body_s_name_and_a_body_s_possessive_before_another() {
        let t = "The panel read a note from the Special Advocates' Support Office. The Tarsk \
                 Guard Corps' Ground Force said it had struck the camp.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Special Advocates' Support Office"), "{f:?}");
            assert!(holds_body(&f, "Tarsk Guard Corps"), "{f:?}");
            assert!(holds_body(&f, "Ground Force"), "{f:?}");
        }
    }

    #[test]
    fn a_name_someone_knew_or_calls_a_person_by_is_a_person_s() {
        let t = "He met a man he knew as \"Tavo\" at a cafe in the city. The person the \
                 witness calls Tavo is an officer. He reported one of his meetings with Tavo to \
                 Counter Terrorism Policing in 2023.";
        let mut gaz = Gazetteer::new();
        gaz.add_name("Counter Terrorism Policing", MentionKind::PublicBody);
        for f in found_by_both(
            t,
            &gaz,
            &[
                ("Tavo to Counter Terrorism Policing", "ORG"),
                ("Tavo", "ORG"),
            ],
        ) {
            let tavo = f
                .iter()
                .filter(|(n, k)| n == "Tavo" && *k == MentionKind::Person)
                .count();
            assert_eq!(tavo, 3, "{f:?}");
            assert!(holds_body(&f, "Counter Terrorism Policing"), "{f:?}");
        }
    }

    #[test]
    fn a_law_s_name_and_a_cipher_a_model_labels_name_no_one() {
        let t = "He was deprived of citizenship under the Tarsk Nationality Act 1981. The \
                 Appellant is referred to as R3, and R3 denies it.";
        let f = found_with(
            t,
            &[("Tarsk Nationality Act 1981", "ORG"), ("R3", "PERSON")],
        );
        assert!(!f.iter().any(|(n, _)| n.contains("Act")), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "R3"), "{f:?}");
    }

    #[test]
    fn a_people_in_the_plural_names_its_country() {
        let ex = extract_mentions(
            "Prosecutors charged two Canadians and an Albanian over the plot.",
            &Gazetteer::new(),
        );
        let named: Vec<String> = ex
            .countries_named
            .iter()
            .filter_map(|w| vigil_model::country_code_of_word(&w.to_lowercase()))
            .map(str::to_string)
            .collect();
        assert!(
            named.contains(&"ca".to_string()),
            "{:?}",
            ex.countries_named
        );
        assert!(
            named.contains(&"al".to_string()),
            "{:?}",
            ex.countries_named
        );
    }

    #[test]
    fn a_state_s_body_named_again_by_its_head_word_before_a_possessive_is_that_body() {
        let t = "The trafficker, according to the U.S. Treasury, ran a network for years. \
                 Treasury's Office of Foreign Assets Control sanctioned him. Velden's Hezbollah \
                 is not Tarsk Hezbollah. Hezbollah's men were seen.";
        // The model's spans of the lone words (not their first occurrences, inside the names).
        let at = |word: &str| {
            let start = t.rfind(&format!("{word}'s")).expect(word);
            Proposal {
                start,
                end: start + word.len(),
                label: "ORG".to_string(),
            }
        };
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[at("Treasury"), at("Hezbollah")]);
        let entity_of = |form: &str| {
            let m = ex.mentions.iter().find(|m| m.text == form).expect(form);
            m.entity
        };
        assert_eq!(
            entity_of("U.S. Treasury"),
            entity_of("Treasury"),
            "{:?}",
            ex.mentions
        );
        assert!(
            ex.mentions
                .iter()
                .filter(|m| m.text == "Hezbollah")
                .all(|m| m.entity != entity_of("Tarsk Hezbollah")),
            "{:?}",
            ex.mentions
        );
    }

    #[test]
    fn a_name_set_off_after_a_role_is_a_person_s_whatever_a_model_read() {
        let t = "We ask that the UN Special Rapporteur on Ruritania, Mai Torvik, be given \
                 access. The alliance's secretary-general, Jens Holmgaard, said it stood with \
                 them. The capital, New Tarsk, was quiet.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Mai Torvik", "LOC")]) {
            assert!(holds(&f, "Mai Torvik", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Jens Holmgaard", MentionKind::Person), "{f:?}");
            assert!(!holds(&f, "New Tarsk", MentionKind::Person), "{f:?}");
        }
        let t = "Prosecutors charged three men, among them Ravut Amarov and Poled Osmarov, with \
                 the plot.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds(&f, "Ravut Amarov", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Poled Osmarov", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_name_opening_on_a_town_s_name_joined_to_a_person_s_is_a_person_s() {
        let t = "The plot was directed from abroad. Carlisle Vantrell and Jonathan Loadmore were \
                 charged separately in 2024.";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Jonathan");
        for f in found_by_both(t, &gaz, &[("Carlisle Vantrell", "LOC")]) {
            assert!(holds(&f, "Carlisle Vantrell", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_word_a_model_reads_as_a_place_elsewhere_is_a_place_after_a_preposition() {
        let t = "The attackers fled to Vostrow and flew out within hours. Two men were charged \
                 after arriving at Vostrow on Friday.";
        let start = t.rfind("Vostrow").unwrap_or(0);
        let mut proposals = proposals_of(t, &[("Vostrow", "FAC")]);
        proposals.push(Proposal {
            start,
            end: start + "Vostrow".len(),
            label: "PERSON".to_string(),
        });
        let f: Vec<(String, MentionKind)> = extract_mentions_with(t, &Gazetteer::new(), &proposals)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        assert!(!holds(&f, "Vostrow", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_legislator_s_surname_in_capitals_after_the_title_is_a_speaker() {
        let t = "Senator VALDRE. The subcommittee will come to order. Ms. OSTERN, thank you.\n\n\
                 Ms. OSTERN. Thank you, Senator.\n\nChairman KELMAR. Would you support it?\n\n\
                 Congresswoman TOSK. I would.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            for name in ["VALDRE", "OSTERN", "KELMAR", "TOSK"] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
        }
    }

    #[test]
    fn a_unit_after_a_body_s_possessive_is_a_body_with_its_noun() {
        let t = "Veterans of the Tarsk Security Service said the officer had served in the \
                 TSS's Falcon group before he was sent abroad.";
        for f in [found(t), found_with(t, &[("Falcon", "PERSON")])] {
            assert!(holds_body(&f, "Falcon group"), "{f:?}");
            assert!(!holds(&f, "Falcon", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_mission_named_by_its_state_is_named_with_its_city() {
        let t = "He entered the Consulate of the Republic of Ruritania in Vienna on Tuesday and \
                 never came out, his fiancee said.";
        let model = [("the Consulate of the Republic of Ruritania", "ORG")];
        for f in [found(t), found_with(t, &model)] {
            assert!(
                holds_body(&f, "Consulate of the Republic of Ruritania in Vienna"),
                "{f:?}"
            );
        }
        // A seat that opens a longer name is not the mission's city.
        let f = found("The Embassy of Ruritania in Vienna Airport's terminal was closed.");
        assert!(!f.iter().any(|(n, _)| n.ends_with("in Vienna")), "{f:?}");
    }

    #[test]
    fn a_post_of_two_words_before_of_is_cut_from_the_body() {
        let t = "General Omar Halden, Deputy Head of the General Intelligence Directorate, was \
                 acquitted. Mira Roe, Member of the Tarsk Audit Commission, spoke.";
        let f = found(t);
        assert!(holds_body(&f, "General Intelligence Directorate"), "{f:?}");
        assert!(holds_body(&f, "Tarsk Audit Commission"), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.starts_with("Deputy Head")),
            "{f:?}"
        );
    }

    #[test]
    fn a_body_whose_spokesman_speaks_opening_a_sentence_is_a_body() {
        let t = "Moscow said nothing for a week after the exchange was agreed in Ankara. \
                 The Kremlin's spokesman, Oleg Varin, confirmed it on Friday.";
        for f in [
            found(t),
            found_with(t, &[("Kremlin", "ORG"), ("Oleg Varin", "PERSON")]),
        ] {
            assert!(holds_body(&f, "Kremlin"), "{f:?}");
        }
        // A body's kind as a title's modifier still names none.
        let f = found("Police spokesman Oleg Varin said the road was closed on Friday.");
        assert!(!holds_body(&f, "Police"), "{f:?}");
    }

    #[test]
    fn a_nom_de_guerre_or_a_pseudonym_in_quotes_is_an_alias() {
        let t = "Olek Varga, known by the nom de guerre \"Kestrel\", was sentenced. His deputy \
                 wrote under the pseudonym \"Brannik\" and used the code name \"Tavor\".";
        let f = found(t);
        for alias in ["Kestrel", "Brannik", "Tavor"] {
            assert!(holds(&f, alias, MentionKind::Person), "{alias}: {f:?}");
        }
    }

    #[test]
    fn an_office_alone_is_no_body_whatever_a_model_read() {
        let t = "The Consul General, Mr. Olek Varga, was in the building that day and left \
                 the country a week later.";
        let f = found_with(
            t,
            &[("The Consul General", "ORG"), ("Olek Varga", "PERSON")],
        );
        assert!(!f.iter().any(|(n, _)| n.contains("Consul")), "{f:?}");
        assert!(holds(&f, "Olek Varga", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_people_s_name_is_no_body_whatever_a_model_read() {
        let t = "The group, led by Hutu commanders who fled in 1994, raided villages near the \
                 border, the army said.";
        let f = found_with(t, &[("Hutu", "ORG")]);
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Hutu" && *k != MentionKind::Place),
            "{f:?}"
        );
    }

    #[test]
    fn a_name_between_the_and_a_qualified_kind_of_body_is_the_body() {
        let t = "The experts noted that the Tarvik educational network he founded had been \
                 accused of terrorism by the authorities in Tarsk.";
        for f in [found(t), found_with(t, &[("Tarvik", "GPE")])] {
            assert!(holds_body(&f, "Tarvik"), "{f:?}");
        }
        // A place so written stays a place ("the Tarsk media network" is Tarsk's).
        let f = found("He joined the Berlin media network in 2019 and left in 2021.");
        assert!(!holds_body(&f, "Berlin"), "{f:?}");
    }

    #[test]
    fn a_household_and_a_technology_s_initials_are_no_mention_of_their_own() {
        let t = "Marina Varga said the Varga family would appeal. Police studied CCTV footage \
                 from the street and a GPS tracker found on the car.";
        for f in [
            found(t),
            found_with(
                t,
                &[("Varga family", "PERSON"), ("CCTV", "ORG"), ("GPS", "ORG")],
            ),
        ] {
            assert!(holds(&f, "Marina Varga", MentionKind::Person), "{f:?}");
            assert!(
                !f.iter().any(|(n, _)| n == "Varga" || n.contains("family")),
                "{f:?}"
            );
            assert!(!f.iter().any(|(n, _)| n == "CCTV" || n == "GPS"), "{f:?}");
        }
        // The broadcaster by its initials is a body.
        let t =
            "The report was first aired by the state broadcaster CCTV on Monday, officials said.";
        let f = found_with(t, &[("CCTV", "ORG")]);
        assert!(holds_body(&f, "CCTV"), "{f:?}");
    }

    #[test]
    fn a_marine_before_a_full_name_is_the_person_s_service_not_a_given_name() {
        let t = "Moscow freed the former Marine Paul Whelan on Thursday. Marine Tondelier, \
                 a French politician, welcomed it.";
        for f in [
            found(t),
            found_with(
                t,
                &[
                    ("Marine Paul Whelan", "PERSON"),
                    ("Marine Tondelier", "PERSON"),
                ],
            ),
        ] {
            assert!(holds(&f, "Paul Whelan", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Marine Tondelier", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn two_states_bodies_of_one_name_in_a_document_are_two_bodies() {
        let t = "Bahrain's National Security Agency has not withdrawn the complaint. In \
                 another case, Egypt's National Security Agency summoned a blogger's father.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let ids: Vec<usize> = ex
            .mentions
            .iter()
            .filter(|m| m.text == "National Security Agency")
            .filter_map(|m| entity_at(&ex, m.start))
            .collect();
        assert_eq!(ids.len(), 2, "{:?}", ex.mentions);
        assert_ne!(ids[0], ids[1], "{:?}", ex.entities);
    }

    #[test]
    fn a_youth_wing_and_an_occupation_opening_a_sentence() {
        let t = "Payments are made at events of the Young PFDJ, the youth wing of the People's \
                 Front for Democracy and Justice (PFDJ). Footballer Hakeem al-Araibi said so.";
        let f = found(t);
        assert!(holds_body(&f, "Young PFDJ"), "{f:?}");
        assert!(holds(&f, "Hakeem al-Araibi", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Footballer")), "{f:?}");
    }

    #[test]
    fn a_name_set_off_after_a_role_at_a_body_is_a_person_the_model_read_as_one() {
        let t = "His co-founder at Velden Stand for Justice, Y Mira Solt, told us the court \
                 erred. Tarsk's Principal Secretary for Foreign Affairs, Odile Varsande, said \
                 the returns were lawful.\n\nWeekly note from our editor, Piet Van Dael:\n\n\
                 The visit is next month.";
        let f = found_with(
            t,
            &[
                ("Velden Stand", "ORG"),
                ("Justice", "ORG"),
                ("Y Mira Solt", "ORG"),
                ("Odile Varsande", "ORG"),
                ("Piet Van Dael", "ORG"),
            ],
        );
        for name in ["Y Mira Solt", "Odile Varsande", "Piet Van Dael"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(holds_body(&f, "Velden Stand for Justice"), "{f:?}");
    }

    #[test]
    fn a_body_s_national_section_its_subject_and_its_signatories_are_bodies() {
        let t = "\"Tarsk has broken its word,\" said Jane Roe of Amnesty International Kenya.\n\n\
                 The Group of Human Rights Experts on Tarsk, chaired by Mira Solt, agreed. \
                 The BBC Kenya was not told.\n\n\
                 Signed:\nAmnesty International Kenya\nKituo Cha Velden\nHaki Africa\n\
                 Law Society of Tarsk";
        let f = found_with(
            t,
            &[
                ("Amnesty International", "ORG"),
                ("Group of Human Rights Experts", "ORG"),
                ("BBC", "ORG"),
            ],
        );
        let sections = f
            .iter()
            .filter(|(n, k)| n == "Amnesty International Kenya" && *k == MentionKind::Organization)
            .count();
        assert_eq!(sections, 2, "{f:?}");
        assert!(
            holds_body(&f, "Group of Human Rights Experts on Tarsk"),
            "{f:?}"
        );
        assert!(
            holds_body(&f, "BBC"),
            "a country before a verb is no section: {f:?}"
        );
        for body in ["Kituo Cha Velden", "Haki Africa", "Law Society of Tarsk"] {
            assert!(holds(&f, body, MentionKind::Organization), "{body}: {f:?}");
        }
    }

    #[test]
    fn a_gang_s_cell_an_alias_with_its_article_a_people_and_a_small_place() {
        let t = "The men belonged to \"Los Halcones\", a cell of the Tren de Ruedas gang. \
                 One was named as Yorman Paz, alias \"el Flaco\". Organisations of Tatar \
                 exiles say he came from his flat in Valdemora, writing for a Tatar-language \
                 news site. Rasmo Dorn, a barrister at Velden Chambers, said so. The rally was \
                 held outside the Tarsk High Commission in London.";
        let f = found_with(
            t,
            &[
                ("Los Halcones", "PERSON"),
                ("Yorman Paz", "PERSON"),
                ("Tatar", "GPE"),
                ("Valdemora", "PERSON"),
                ("Tatar-language", "ORG"),
                ("Tarsk High Commission", "ORG"),
            ],
        );
        assert!(holds_body(&f, "Los Halcones"), "{f:?}");
        assert!(holds_body(&f, "Tren de Ruedas"), "{f:?}");
        assert!(holds(&f, "el Flaco", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Tatar")), "{f:?}");
        assert!(holds(&f, "Valdemora", MentionKind::Place), "{f:?}");
        assert!(holds_body(&f, "Tarsk High Commission in London"), "{f:?}");
        // Rules alone: a trade only a person practises, set off after the name.
        let rules = found(t);
        assert!(
            rules
                .iter()
                .any(|(n, k)| n == "Rasmo Dorn" && *k == MentionKind::Person),
            "{rules:?}"
        );
        // A surname a person was named by before, after "in", stays theirs.
        let f = found_with(
            "Jan Valdemora wrote to the court. Nobody had much trust in Valdemora.",
            &[("Jan Valdemora", "PERSON"), ("Valdemora", "PERSON")],
        );
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n.ends_with("Valdemora") && *k == MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
    }

    #[test]
    fn a_reference_s_publisher_a_question_after_its_label_and_a_section_read_as_a_place() {
        let t = "Question (Jane Roe, Tarsk Radio): Has the Office had a reply?\n\n\
                 Amnesty International Norway and others have spoken for her.\n\n\
                 References\n\n\
                 \"The long arm\", Velden Courant, 12 March 2017.";
        let f = found_with(
            t,
            &[
                ("Jane Roe", "PERSON"),
                ("Amnesty International Norway", "FAC"),
                ("Velden Courant", "PERSON"),
            ],
        );
        assert!(holds_body(&f, "Velden Courant"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Has")), "{f:?}");
        assert!(holds_body(&f, "Amnesty International Norway"), "{f:?}");
    }

    #[test]
    fn a_spokesperson_for_an_office_s_holder_speaks_for_no_body() {
        let f = found(
            "A spokesperson for the Prime Minister declined to comment. A spokesman for \
             Velden Water said the plant was safe.",
        );
        assert!(
            !f.iter().any(|(n, _)| n.contains("Prime Minister")),
            "{f:?}"
        );
        assert!(
            f.iter().any(|(n, k)| n == "Velden Water"
                && matches!(k, MentionKind::Organization | MentionKind::PublicBody)),
            "{f:?}"
        );
    }

    #[test]
    fn a_signer_on_the_last_line_under_the_place_and_date() {
        let t = "The Government has tightened the law on refugee espionage.\n\n\
                 Velden, 2 June 2021\n\nMira Solt";
        let f = found(t);
        assert!(
            f.iter()
                .any(|(n, k)| n == "Mira Solt" && *k == MentionKind::Person),
            "{f:?}"
        );
        // Without the place and date above it, a last line is no signature.
        let f = found("The Government has tightened the law.\n\nVelden Tarsk Review");
        assert!(
            !f.iter()
                .any(|(n, k)| n == "Velden Tarsk Review" && *k == MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_thai_police_rank_a_post_nominal_a_byline_s_outlet_and_a_forwarded_line() {
        let t = "By Mira Solt, Velden Exile Review · 24 June 2025\n\n\
                 ⚡ Forwarded from Tarsk Weekly\n\n\
                 A spokesman for the police, Pol Col Kritsana Saengthong, denied it. \
                 Mr Alistair Roe KC spoke for the Crown.";
        let f = found_with(
            t,
            &[
                ("Mira Solt", "ORG"),
                ("Velden Exile Review", "ORG"),
                ("Forwarded", "PERSON"),
                ("Alistair Roe KC", "GPE"),
            ],
        );
        assert!(holds(&f, "Mira Solt", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Velden Exile Review"), "{f:?}");
        assert!(
            holds(&f, "Kritsana Saengthong", MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Alistair Roe", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Forwarded")), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Pol")), "{f:?}");
    }

    #[test]
    fn a_group_set_off_after_its_noun_and_a_name_in_plain_letters_after_it() {
        let t = "Nobody was charged with the murder of the Velden activist Jane Roe. Her group, \
                 Free Tarsk Lao, says the police never asked. The blogger Đường Văn Thái \
                 (Duong Van Thai) lost his appeal.";
        let f = found(t);
        assert!(
            holds(&f, "Free Tarsk Lao", MentionKind::Organization),
            "{f:?}"
        );
        assert!(holds(&f, "Duong Van Thai", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Đường Văn Thái", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_signature_in_capitals_over_its_office_and_a_press_desk() {
        let t = "The defendants conspired to commit murder in Velden.\n\n\
                 FOREPERSON JANE ROE United States Attorney\n\n\
                 Contacts\n\nMedia Relations Office\n\nTarsk Border Agency";
        let f = found_with(t, &[("Media Relations Office", "ORG"), ("ROE", "PERSON")]);
        assert!(holds(&f, "JANE ROE", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Media")), "{f:?}");
        assert!(holds_body(&f, "Tarsk Border Agency"), "{f:?}");
    }

    #[test]
    fn a_patronymic_word_after_a_name_is_the_name_s_and_a_person_s() {
        let t = "Aibek Asanbek uulu reported for the channel until January. Our director, \
                 Makhabat Tazhibek kyzy, was later sentenced to six years.";
        let f = found_with(
            t,
            &[("Aibek Asanbek", "ORG"), ("Makhabat Tazhibek", "PERSON")],
        );
        assert!(
            holds(&f, "Aibek Asanbek uulu", MentionKind::Person),
            "{f:?}"
        );
        assert!(
            holds(&f, "Makhabat Tazhibek kyzy", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn a_nickname_after_a_person_s_name_without_quotes_is_the_person_s() {
        let t = "The rebels fled with their commander Yusuf Bakr Dawal, known as Tarbush, in \
                 2019. Critics say Tarbush answers to no one. Tarbush's deputy was arrested.";
        let f = found_with(t, &[("Yusuf Bakr Dawal", "PERSON"), ("Tarbush", "GPE")]);
        let persons = f
            .iter()
            .filter(|(n, k)| n == "Tarbush" && *k == MentionKind::Person)
            .count();
        assert_eq!(persons, 3, "{f:?}");
        // The nickname is the person's other name: every mention of it is the same entity.
        let ex = extract_mentions_with(
            t,
            &Gazetteer::new(),
            &proposals_of(t, &[("Yusuf Bakr Dawal", "PERSON"), ("Tarbush", "GPE")]),
        );
        let full = entity_at(&ex, t.find("Yusuf").expect("name"));
        assert!(full.is_some());
        for (at, _) in t.match_indices("Tarbush") {
            assert_eq!(entity_at(&ex, at), full, "{:?}", ex.entities);
        }
        // A place a gazetteer knows stays a place ("known as Little Kabul" is where).
        let t = "He moved to the district of Harrow, known as Paris, in 2010.";
        assert!(!has(t, "Paris", MentionKind::Person));
    }

    #[test]
    fn words_before_a_name_that_are_no_description_of_it_are_left_out() {
        let t = "The brigade under Yusuf Bakr Dawal took the town. The minister said Omar \
                 Tilani should resign; Omar Tilani, a former judge, refused.";
        let ex = extract_mentions(t, &Gazetteer::new());
        for e in &ex.entities {
            for d in &e.descriptions {
                assert!(
                    !["under", "said", "should"]
                        .iter()
                        .any(|w| d.split(' ').any(|x| x == *w)),
                    "{} described as {d:?}",
                    e.name
                );
            }
        }
        let tilani = ex.entities.iter().find(|e| e.name == "Omar Tilani");
        assert!(
            tilani.is_some_and(|e| e.descriptions.iter().any(|d| d == "former judge")),
            "{:?}",
            ex.entities
        );
    }

    #[test]
    fn a_portfolio_s_word_before_a_body_s_name_leaves_the_body_whole() {
        let t = "The firm is run by Adam Kole, the director of Defense Industries Holding, \
                 whose plant was bombed.";
        let f = found_with(
            t,
            &[
                ("Adam Kole", "PERSON"),
                ("Defense Industries Holding", "ORG"),
            ],
        );
        assert!(holds_body(&f, "Defense Industries Holding"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Industries Holding"), "{f:?}");
    }

    #[test]
    fn a_newspaper_s_masthead_word_makes_its_name_a_body_s() {
        let t = "Sources: interviews; Marwa Tribune; the Lakeside Gazette; ministry releases.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Marwa Tribune", "PERSON")]) {
            assert!(holds_body(&f, "Marwa Tribune"), "{f:?}");
            assert!(holds_body(&f, "Lakeside Gazette"), "{f:?}");
        }
    }

    #[test]
    fn a_plural_group_noun_is_no_part_of_the_groups_name() {
        let t = "Reporters who covered the Tarbush militias were detained. Others followed \
                 the Velden network to the coast.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Tarbush", "PERSON")]) {
            assert!(holds_body(&f, "Tarbush"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Tarbush militias"), "{f:?}");
            assert!(holds_body(&f, "Velden"), "{f:?}");
        }
    }

    #[test]
    fn a_service_named_with_its_state_is_one_body_and_an_owner_s_office_is_in_a_city() {
        let mut gaz = Gazetteer::new();
        gaz.add_name("National Police", MentionKind::PublicBody);
        let t = "The National Police Service of Kenya did not reply. The broadcaster's Tarsk \
                 office was shelled in May.";
        for f in found_by_both(t, &gaz, &[("Tarsk", "ORG")]) {
            assert!(holds_body(&f, "National Police Service of Kenya"), "{f:?}");
            assert!(!holds_body(&f, "Tarsk"), "{f:?}");
        }
    }

    #[test]
    fn initials_signing_off_a_live_blog_s_entry_are_no_body() {
        let t = "16:58\n\nThe hearing resumes on Monday. Thank you for following. - MK\n\n\
                 16:40\n\nThe court heard from the RTA, the roads agency, earlier.";
        for f in found_by_both(t, &Gazetteer::new(), &[("MK", "ORG")]) {
            assert!(!f.iter().any(|(n, _)| n == "MK"), "{f:?}");
        }
    }

    #[test]
    fn credits_after_labels_a_byline_s_last_part_and_a_successor_name_persons() {
        let t = "Alert · Tarsk · 19 November 2026 · By Ilse Varenne and Tomo Hallak\n\n\
                 The group interviewed twelve reporters. The late ruler and his successor, \
                 Bakir Oduya, denied it.\n\n\
                 Research: Ilse Varenne, Tomo Hallak. Editing: Pim Sorrel.";
        let f = found_with(t, &[]);
        for name in ["Ilse Varenne", "Tomo Hallak", "Pim Sorrel", "Bakir Oduya"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        let n = f.iter().filter(|(n, _)| n == "Ilse Varenne").count();
        assert_eq!(n, 2, "{f:?}");
    }

    #[test]
    fn a_body_listed_after_its_kind_runs_over_for_and_its_subject() {
        let t = "Groups including the Tarsk Forum for Human Rights say the charge is false.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Tarsk Forum for Human Rights"), "{f:?}");
        }
    }

    #[test]
    fn a_country_of_two_words_before_a_body_is_that_country() {
        let t = "Screening tools return North Korea's Ministry of People's Security, which is \
                 sanctioned, and the Ministry of State Security of South Korea too.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let country = |name: &str| {
            ex.entities
                .iter()
                .find(|e| e.name == name)
                .and_then(|e| e.country)
        };
        assert_eq!(
            country("Ministry of People's Security"),
            Some("kp"),
            "{:?}",
            ex.entities
        );
        assert_eq!(
            country("Ministry of State Security of South Korea"),
            Some("kr"),
            "{:?}",
            ex.entities
        );
    }

    #[test]
    fn a_name_with_a_small_the_after_a_body_s_kind_and_outlets_by_their_shape() {
        let t = "The rights group Defend the Defenders keeps a record. This draws on reporting \
                 by Deutsche Welle, Die Zeit and Velden.sk, the court said.";
        for f in found_by_both(t, &Gazetteer::new(), &[("Die Zeit", "PERSON")]) {
            assert!(holds_body(&f, "Defend the Defenders"), "{f:?}");
            assert!(holds_body(&f, "Die Zeit"), "{f:?}");
            assert!(holds_body(&f, "Velden.sk"), "{f:?}");
        }
    }

    #[test]
    fn a_french_body_s_name_in_small_letters_is_spelt_by_its_acronym() {
        let t = "Investigators from the Direction générale des douanes (DGD) were assisting. \
                 The national anti-fraud office (ONAF) was informed.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Direction générale des douanes"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.contains("anti-fraud")), "{f:?}");
        }
    }

    #[test]
    fn a_vietnamese_surname_spelt_as_a_small_word_opens_the_name() {
        let t = "The delegation was led by To Van Hai, then the deputy minister. Le Bao Trung, \
                 a blogger, said so. To Karel Novak, the decision was final.";
        let f = found_with(
            t,
            &[
                ("Van Hai", "PERSON"),
                ("Bao Trung", "PERSON"),
                ("Karel Novak", "PERSON"),
            ],
        );
        assert!(holds(&f, "To Van Hai", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Le Bao Trung", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Karel Novak", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_correction_s_misspelling_of_a_named_person_is_that_person() {
        let t = "\"They knew,\" said Nadira Gulmamedova, a fellow activist. Correction: an \
                 earlier version misspelt her name. She is Nadira Gulmamedova, not Nadira \
                 Gulmammadova.";
        let f = found_with(t, &[]);
        assert!(
            holds(&f, "Nadira Gulmammadova", MentionKind::Person),
            "{f:?}"
        );
    }

    #[test]
    fn minutes_name_their_members_in_the_attendance_lines_and_by_their_initials() {
        let t = "Present: I. Varenne (Chair), Tomo Hallak (Secretary), Ana Lind\n\n\
                 Apologies: Oskar Brandt\n\n\
                 The minutes of the last meeting were approved. Proposed: TH. Seconded: AL.\n\n\
                 Action: TH to write to the police before the next meeting.\n\n\
                 Signed: I. Varenne, Chair";
        // A model took a member for a body: the attendance line says otherwise.
        let f = found_with(t, &[("Tomo Hallak", "ORG")]);
        for name in [
            "I. Varenne",
            "Tomo Hallak",
            "Ana Lind",
            "Oskar Brandt",
            "TH",
            "AL",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(!holds_body(&f, "Secretary"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Seconded"), "{f:?}");
        assert_eq!(
            f.iter().filter(|(n, _)| n == "I. Varenne").count(),
            2,
            "the signature's initial too: {f:?}"
        );
        let ex = extract_mentions(t, &Gazetteer::new());
        let hallak = t.find("Tomo Hallak").expect("named");
        let initials = t.find("TH to write").expect("initials");
        assert_eq!(entity_at(&ex, hallak), entity_at(&ex, initials));
    }

    #[test]
    fn initials_used_once_are_no_person_of_those_initials() {
        // One word in capitals that happens to be a named person's initials: an agency's.
        let t = "Anna Petrova, a lawyer in Velden, said the court would rule next week. AP \
                 reported that the hearing had been moved to Monday.";
        let f = found(t);
        assert!(!holds(&f, "AP", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_chat_s_senders_and_a_thread_s_authors_are_persons() {
        let t = "12/11/2026, 20:43 - Ilse Varenne: The hearing is on Monday.\n\
                 12/11/2026, 20:45 - Tomo Hallak Serrat: Who will go?";
        let f = found_with(t, &[("12/11/2026", "GPE")]);
        assert!(holds(&f, "Ilse Varenne", MentionKind::Person), "{f:?}");
        assert!(
            holds(&f, "Tomo Hallak Serrat", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n.contains("2026")), "{f:?}");
        let t = "Ilse Varenne\n@ilse_v\n\n1/ The court in Velden heard the case on Monday.";
        assert!(has(t, "Ilse Varenne", MentionKind::Person));
    }

    #[test]
    fn a_short_name_before_a_body_s_name_in_apposition_is_that_body_s() {
        let t = "Velpol, Velden's National Police Authority, said the man was held on Monday.";
        for f in [found(t), found_with(t, &[("Velpol", "GPE")])] {
            assert!(holds_body(&f, "Velpol"), "{f:?}");
        }
    }

    #[test]
    fn a_name_a_model_read_as_two_persons_or_after_a_rank_as_a_place_is_one_person() {
        let t = "The president, Teodor Anvik Morland Saez, has ruled since 1979.";
        let f = found_with(t, &[("Teodor Anvik", "PERSON"), ("Morland Saez", "PERSON")]);
        assert!(
            holds(&f, "Teodor Anvik Morland Saez", MentionKind::Person),
            "{f:?}"
        );
        let t = "Members met DC Mira Doe at the station, and DC Doe took their statements.";
        let f = found_with(t, &[("DC Mira Doe", "GPE")]);
        assert!(holds(&f, "Mira Doe", MentionKind::Person), "{f:?}");
        assert!(
            !f.iter()
                .any(|(n, k)| n.contains("DC") && *k == MentionKind::Place),
            "{f:?}"
        );
    }

    #[test]
    fn a_daily_s_name_by_its_word_for_a_daily_is_an_outlet() {
        let t = "Good morning. Diario Velden published the story about the hearing.";
        let f = found_with(t, &[("Diario Velden", "PERSON")]);
        assert!(holds_body(&f, "Diario Velden"), "{f:?}");
    }

    #[test]
    fn a_common_given_name_alone_is_a_person_not_a_list_alias_s_body() {
        let mut gaz = Gazetteer::new();
        for _ in 0..3 {
            gaz.add_given_name_sex("Martin", Sex::Male);
        }
        gaz.add_given_name("Martin");
        // A front company's one-word alias on a list.
        gaz.add_one_word_body("MARTIN", MentionKind::Organization, false);
        let t = "The judge accepted the new statements from Jorunn and Martín on Tuesday.";
        for f in found_by_both(t, &gaz, &[("Martín", "GPE")]) {
            assert!(!holds_body(&f, "Martín"), "{f:?}");
        }
        let [_, with_model] = found_by_both(t, &gaz, &[("Martín", "GPE")]);
        assert!(
            holds(&with_model, "Martín", MentionKind::Person),
            "{with_model:?}"
        );
    }

    #[test]
    fn speakers_labelled_in_capitals_are_persons_and_labels_are_no_bodies() {
        let t = "NARRATOR: On the morning of 19 June, the man arrived at the airport.\n\n\
                 KINGSLEY OKONJO: My brother was taken, hooded and held for eight days.\n\n\
                 NARRATOR: He holds British citizenship.\n\n\
                 KINGSLEY OKONJO: What law takes a man from an airport?\n\n\
                 Written and directed by Chioma Adeyemi";
        let f = found_with(t, &[("NARRATOR", "ORG"), ("Chioma Adeyemi", "ORG")]);
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "KINGSLEY OKONJO" && *k == MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "NARRATOR"), "{f:?}");
        assert!(holds(&f, "Chioma Adeyemi", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_place_named_after_a_person_by_its_kind_is_no_person() {
        let t = "Several Kenyans were refused entry at Amina Koroma International Airport and \
                 sent back to Nairobi on the same day.";
        let f = found(t);
        assert!(
            !holds(
                &f,
                "Amina Koroma International Airport",
                MentionKind::Person
            ),
            "{f:?}"
        );
        assert!(!holds(&f, "Amina Koroma", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_given_name_after_a_title_is_the_name_s_whatever_town_it_spells() {
        // "Hassan" is a town too; "Sheikh" a title and a name part.
        let t = "President Hassan Sheikh Warsame has said the agency acts within the law.";
        let f = found(t);
        assert!(
            holds(&f, "Hassan Sheikh Warsame", MentionKind::Person),
            "{f:?}"
        );
        assert!(!holds(&f, "Hassan", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_surname_in_the_narration_is_the_person_named_not_the_last_speaker() {
        let t = "NARRATOR: In June, Hassan Okonjo arrived at the airport.\n\n\
                 KINGSLEY OKONJO: My brother was taken and held for eight days.\n\n\
                 NARRATOR: Okonjo, the leader of the movement, was flown home.\n\n\
                 KINGSLEY OKONJO: What law takes a man from an airport?";
        let ex = extract_mentions(t, &Gazetteer::new());
        let named = t.find("Hassan Okonjo").expect("named");
        let lone = t.find("Okonjo, the leader").expect("lone");
        let speaker = t.find("KINGSLEY OKONJO").expect("speaker");
        assert_eq!(entity_at(&ex, lone), entity_at(&ex, named));
        assert_ne!(entity_at(&ex, speaker), entity_at(&ex, named));
    }

    #[test]
    fn malay_patronymics_join_a_name_and_malay_honorifics_are_titles() {
        let t = "Datuk Seri Azlan Hamid bin Yusof told reporters on Monday that Nurul Huda \
                 binti Kassim had been released. Tuan Rosli bin Omar, the depot's commandant, \
                 refused to comment.";
        let rules = found(t);
        let model = found_with(
            t,
            &[
                ("Datuk Seri Azlan Hamid bin Yusof", "PERSON"),
                ("Nurul Huda", "PERSON"),
                ("Kassim", "PERSON"),
                ("Tuan Rosli", "PERSON"),
                ("Omar", "PERSON"),
            ],
        );
        for f in [&rules, &model] {
            assert!(
                holds(f, "Nurul Huda binti Kassim", MentionKind::Person),
                "{f:?}"
            );
            assert!(!holds(f, "Kassim", MentionKind::Person), "{f:?}");
        }
        assert!(
            holds(&model, "Azlan Hamid bin Yusof", MentionKind::Person),
            "{model:?}"
        );
        assert!(
            !model.iter().any(|(n, _)| n.starts_with("Datuk")),
            "{model:?}"
        );
    }

    #[test]
    fn an_email_s_display_names_and_a_signer_over_the_office_are_persons() {
        let t = "From: Siew Ling Tan <sl.tan@example.org>\n\n\
                 Dear colleagues,\n\n\
                 The hearing is set for Thursday and the detainees have not yet been charged.\n\n\
                 Best,\n\n\
                 Siew Ling Tan\n\n\
                 Legal Coordinator, Harbour Rights Collective\n\n\
                 Oskari Virtanen-Lund\n\n\
                 Special Rapporteur on the independence of judges and lawyers";
        let f = found(t);
        assert_eq!(
            f.iter()
                .filter(|(n, k)| n == "Siew Ling Tan" && *k == MentionKind::Person)
                .count(),
            2,
            "{f:?}"
        );
        assert!(
            holds(&f, "Oskari Virtanen-Lund", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "Legal Coordinator"), "{f:?}");
        // A model that reads the signature without its first word: the name in full.
        let m = found_with(t, &[("Ling Tan\n", "PERSON")]);
        assert!(!m.iter().any(|(n, _)| n == "Ling Tan"), "{m:?}");
    }

    #[test]
    fn a_person_s_apposition_past_a_participle_a_nickname_or_who_is_a_person_s() {
        let t = "Police stopped Khamla Vongsavath, a development worker returning from the \
                 north, at a checkpoint. Somchai Rattanakorn (\"Pae\"), who lived in exile \
                 until 2019, was abducted in June.";
        let rules = found(t);
        let model = found_with(
            t,
            &[("Khamla Vongsavath", "GPE"), ("Somchai Rattanakorn", "ORG")],
        );
        for f in [&rules, &model] {
            assert!(holds(f, "Khamla Vongsavath", MentionKind::Person), "{f:?}");
            assert!(
                holds(f, "Somchai Rattanakorn", MentionKind::Person),
                "{f:?}"
            );
            assert!(holds(f, "Pae", MentionKind::Person), "{f:?}");
        }
        let ex = extract_mentions(t, &Gazetteer::new());
        let nick = t.find("Pae").expect("nickname");
        let name = t.find("Somchai").expect("name");
        assert_eq!(entity_at(&ex, nick), entity_at(&ex, name));
    }

    #[test]
    fn bodies_named_for_a_cause_after_a_people_or_an_acronym() {
        let t = "The statement was signed by Cambodian Lawyers for Human Rights and by the \
                 exile group KRDT for Human Rights, and backed by the Campaign for Tibetans.";
        for f in [
            found(t),
            found_with(t, &[("KRDT", "ORG"), ("Human Rights", "ORG")]),
        ] {
            for body in [
                "Cambodian Lawyers for Human Rights",
                "KRDT for Human Rights",
                "Campaign for Tibetans",
            ] {
                assert!(holds_body(&f, body), "{body}: {f:?}");
            }
            assert!(!f
                .iter()
                .any(|(n, k)| n.starts_with("Lawyers") && *k == MentionKind::Person));
        }
    }

    #[test]
    fn a_body_before_of_and_its_owner_ends_before_of() {
        let t = "Workers in the zone run by the Orchid Palace Group of Daniel Hartwig lost \
                 their passports.";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Daniel");
        let [f, _] = found_by_both(t, &gaz, &[]);
        assert!(holds(&f, "Daniel Hartwig", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Orchid Palace Group"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.ends_with(" of")), "{f:?}");
    }

    #[test]
    fn reference_codes_treaties_labels_and_airports_of_the_titled_name_nothing() {
        let t = "He was arrested at Queen Rania International Airport. The request was sent \
                 under the Baltic Agreement on Judicial Assistance of 1994.\n\n\
                 Background for your files: see A/HRC/WGAD/2024/18 and the earlier opinion.";
        let model = found_with(
            t,
            &[
                ("Queen Rania International Airport", "FAC"),
                ("the Baltic Agreement on Judicial Assistance", "ORG"),
                ("Background", "PERSON"),
                ("HRC", "ORG"),
            ],
        );
        for f in [found(t), model] {
            assert!(!f.iter().any(|(_, k)| *k == MentionKind::Person), "{f:?}");
            assert!(
                !f.iter().any(|(n, _)| matches!(n.as_str(), "HRC" | "WGAD")),
                "{f:?}"
            );
            assert!(!f.iter().any(|(n, _)| n.contains("Agreement")), "{f:?}");
        }
    }

    #[test]
    fn chambers_a_lone_legislature_and_an_acronym_before_a_hyphen() {
        let t = "She left Harcourt Chambers in 2019 to join LMK Chambers, where John Chambers \
                 was a partner. The minister told Parliament that COVID-related delays had held up \
                 the UNHCR-registered cases.";
        let mut gaz = Gazetteer::new();
        gaz.add_acronym("UNHCR", MentionKind::Organization);
        for f in found_by_both(t, &gaz, &[("UNHCR-registered", "ORG")]) {
            assert!(holds_body(&f, "Harcourt Chambers"), "{f:?}");
            assert!(holds_body(&f, "LMK Chambers"), "{f:?}");
            assert!(holds(&f, "John Chambers", MentionKind::Person), "{f:?}");
            assert!(holds_body(&f, "Parliament"), "{f:?}");
            assert!(holds_body(&f, "UNHCR"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.starts_with("COVID")), "{f:?}");
        }
    }

    #[test]
    fn a_name_written_surname_first_after_a_filing_is_one_person() {
        let t = "The motion was argued by Mariana Esquivel Ortiz for the defence. \
                 MOTION to Compel Discovery by the defendant. (Esquivel Ortiz, Mariana)";
        let mut gaz = Gazetteer::new();
        gaz.add_given_name("Mariana");
        let [f, _] = found_by_both(t, &gaz, &[]);
        assert!(
            holds(&f, "Esquivel Ortiz, Mariana", MentionKind::Person),
            "{f:?}"
        );
        assert!(!f.iter().any(|(n, _)| n == "MOTION"), "{f:?}");
        let ex = extract_mentions(t, &gaz);
        let inverted = t.find("Esquivel Ortiz, Mariana").expect("inverted");
        let full = t.find("Mariana Esquivel").expect("full");
        assert_eq!(entity_at(&ex, inverted), entity_at(&ex, full));
    }

    #[test]
    fn short_names_ranks_sections_and_initials_of_other_languages() {
        let t = "The Head of Public Relations of the Papua Regional Police, Kombes Pol. Yosef \
                 Wanimbo, denied it. The National Commission on Human Rights (Komnas HAM) asked \
                 for an explanation. Its lawyer, Ts. Bolormaa, an advocate, agreed.";
        let model = found_with(t, &[("Komnas HAM", "PERSON"), ("Kombes Pol", "PERSON")]);
        for f in [found(t), model] {
            assert!(holds_body(&f, "Papua Regional Police"), "{f:?}");
            assert!(holds_body(&f, "Komnas HAM"), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n.starts_with("Kombes")), "{f:?}");
            assert!(holds(&f, "Ts. Bolormaa", MentionKind::Person), "{f:?}");
        }
    }

    #[test]
    fn a_surname_after_son_of_is_the_kinsman_s_not_the_person_s() {
        let t = "Panellists include Temuulen Bayar, son of the jailed writer Bayar, and a \
                 lawyer from Ulaanbaatar.";
        let ex = extract_mentions(t, &Gazetteer::new());
        let son = t.find("Temuulen").expect("son");
        let father = t.rfind("Bayar").expect("father");
        assert!(entity_at(&ex, son).is_some(), "{:?}", ex.mentions);
        assert!(entity_at(&ex, father).is_some(), "{:?}", ex.mentions);
        assert_ne!(entity_at(&ex, son), entity_at(&ex, father));
    }

    #[test]
    fn a_name_said_to_be_no_relation_of_a_namesake_is_not_that_namesake() {
        let t = "Officials met on Monday. Our producer Tomas Verin, no relation to the general \
                 discussed here, recorded the walk. General Tomas Verin Dala commands the guard. \
                 Producer: Tomas Verin.";
        let proposals = proposals_of(
            t,
            &[("Tomas Verin", "PERSON"), ("Tomas Verin Dala", "PERSON")],
        );
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let producer = entity_at(&ex, t.find("Tomas Verin, no").unwrap());
        let general = entity_at(&ex, t.find("Tomas Verin Dala").unwrap());
        assert_ne!(producer, general, "{:?}", ex.entities);
        assert_eq!(entity_at(&ex, t.rfind("Tomas Verin").unwrap()), producer);
        // Said of someone the sentence names, the names tell the two apart already, and a
        // short name goes on joining its full one.
        let t = "Officials met on Monday. Mira Solt Baro paints. Solt was born in 1988. Solt is \
                 not related to the player Mira Solt Ortiz.";
        let proposals = proposals_of(
            t,
            &[("Mira Solt Baro", "PERSON"), ("Mira Solt Ortiz", "PERSON")],
        );
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let painter = entity_at(&ex, t.find("Mira Solt Baro").unwrap());
        assert_eq!(entity_at(&ex, t.find("Solt was").unwrap()), painter);
        assert_ne!(entity_at(&ex, t.find("Mira Solt Ortiz").unwrap()), painter);
    }

    #[test]
    fn a_surname_someone_talks_to_is_the_person_s_whatever_town_it_spells() {
        let t = "Officials met on Monday. Rosa Chanda Mulenga left the capital in 2019. This \
                 week the host talks to Chanda, a former reporter, about the threats.";
        let f = found_with(
            t,
            &[("Rosa Chanda Mulenga", "PERSON"), ("Chanda", "PERSON")],
        );
        assert!(holds(&f, "Chanda", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Chanda", MentionKind::Place), "{f:?}");
    }

    #[test]
    fn a_name_after_a_gallery_or_a_collective_is_a_body() {
        let t = "Officials met on Monday. In the capital she co-founded the gallery Casa Verin \
                 with her husband.";
        let f = found_with(t, &[("Casa Verin", "PERSON")]);
        assert!(holds_body(&f, "Casa Verin"), "{f:?}");
    }

    #[test]
    fn a_verb_opening_a_chapter_line_is_no_given_name() {
        let t = "Officials met on Monday.\n\n(03:40) Leaving Caracas after the series on the \
                 prison\n\nYaoping Chen, 61, was arrested at home.";
        let f = found_with(
            t,
            &[("Leaving Caracas", "PERSON"), ("Yaoping Chen", "PERSON")],
        );
        assert!(!f.iter().any(|(n, _)| n.starts_with("Leaving")), "{f:?}");
        assert!(holds(&f, "Caracas", MentionKind::Place), "{f:?}");
        assert!(holds(&f, "Yaoping Chen", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_record_s_reference_number_names_no_body() {
        let t = "Officials met on Monday.\n\nGrouped question: UIN 58214\n\nThe minister \
                 referred to question UIN 40112 and to the FBI.";
        for f in found_by_both(t, &Gazetteer::new(), &[("UIN 58214", "ORG")]) {
            assert!(!f.iter().any(|(n, _)| n.starts_with("UIN")), "{f:?}");
            assert!(holds_body(&f, "FBI"), "{f:?}");
        }
    }

    #[test]
    fn a_reference_s_publication_after_its_quoted_title_is_a_body() {
        let t = "Officials met on Monday.\n\nReferences\n\nVerin, Tomas (2019). \"Artists \
                 against the decree\". Lantern Weekly.\n\nOrsk, Mira (2023). \"Una galería en \
                 la Roma Norte\". Animal Tarsko.\n\n\"Tarsk: prisoners\". Velden Rights Watch. \
                 5 August 2021.";
        let f = found_with(t, &[("Tarsko", "PERSON")]);
        assert!(holds_body(&f, "Lantern Weekly"), "{f:?}");
        assert!(holds_body(&f, "Animal Tarsko"), "{f:?}");
        assert!(holds_body(&f, "Velden Rights Watch"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Tarsko"), "{f:?}");
    }

    #[test]
    fn an_adjective_opening_a_heading_names_nothing() {
        let t = "Officials met on Monday.\n\nSee also\n\nTransnational repression\n\nPolitical \
                 career\n\nShe ran in 2019.";
        let f = found_with(t, &[("Transnational", "ORG"), ("Political", "NORP")]);
        assert!(
            !f.iter()
                .any(|(n, _)| n == "Transnational" || n == "Political"),
            "{f:?}"
        );
    }

    #[test]
    fn a_french_state_agency_written_in_lower_case_is_a_body() {
        let t = "Officials met on Monday. Activists were threatened by people acting for the \
                 Agence nationale de sécurité and by the Direction générale de la police.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(holds_body(&f, "Agence nationale de sécurité"), "{f:?}");
            assert!(holds_body(&f, "Direction générale de la police"), "{f:?}");
        }
    }

    #[test]
    fn a_spanish_body_s_head_word_opens_its_name() {
        let t = "Officials met on Monday. She studied at the Instituto Superior de Arte in the \
                 capital and joined the Movimiento Verin Libre in 2018.";
        let f = found(t);
        assert!(holds_body(&f, "Instituto Superior de Arte"), "{f:?}");
        assert!(holds_body(&f, "Movimiento Verin Libre"), "{f:?}");
    }

    #[test]
    fn a_name_after_a_role_and_where_it_is_held_is_a_person_s() {
        let t = "Officials met on Monday. Our Ambassador in Paris, Tomas Verin, raised them with \
                 the ministry.";
        assert!(has(t, "Tomas Verin", MentionKind::Person), "{:?}", found(t));
    }

    #[test]
    fn a_name_introduced_as_a_namesake_is_another_person() {
        let t = "Officials met on Monday. The bounties were defended by the Chief Executive, \
                 Tomas Verin Dala. I want to tell you about a constituent. His name is also \
                 Tomas Verin. He owns a bakery. Mr. Verin told them to leave.";
        let proposals = proposals_of(
            t,
            &[("Tomas Verin Dala", "PERSON"), ("Tomas Verin.", "PERSON")],
        );
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let official = entity_at(&ex, t.find("Tomas Verin Dala").unwrap());
        let baker = entity_at(&ex, t.find("Tomas Verin. He").unwrap());
        assert_ne!(official, baker, "{:?}", ex.entities);
        assert_eq!(entity_at(&ex, t.find("Verin told").unwrap()), baker);
        let baker = baker.expect("an entity");
        assert!(ex.entities[baker]
            .descriptions
            .iter()
            .any(|d| d == NAMESAKE));
        assert!(!ex.mentions.iter().any(|m| m.text == "Chief Executive"));
    }

    #[test]
    fn a_party_s_nationality_is_its_name_s_after_of() {
        let t = "Officials met on Monday. The police work with the United Front Work Department \
                 of the Chinese Communist Party.";
        let f = found_with(
            t,
            &[(
                "United Front Work Department of the Chinese Communist Party",
                "ORG",
            )],
        );
        assert!(holds_body(&f, "Chinese Communist Party"), "{f:?}");
        assert!(holds_body(&f, "United Front Work Department"), "{f:?}");
    }

    #[test]
    fn a_body_inside_a_law_s_name_is_not_named() {
        let t = "Officials met on Monday. I have introduced the Hong Kong Economic and Trade \
                 Office Certification Act. Someone from the Hong Kong Economic and Trade Office \
                 in London came in.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(
                holds_body(&f, "Hong Kong Economic and Trade Office"),
                "{f:?}"
            );
            assert_eq!(
                f.iter()
                    .filter(|(n, _)| n.starts_with("Hong Kong Economic"))
                    .count(),
                1,
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_family_s_list_of_given_names_names_persons() {
        let t = "Officials met on Monday. He is survived by his children Tomas (Lina), Vera and \
                 Paul (Marie-Claude); his grandchildren Léa, Noah and Samuel.";
        let f = found_with(t, &[("Vera", "ORG"), ("Marie-Claude", "ORG")]);
        for name in [
            "Tomas",
            "Lina",
            "Vera",
            "Paul",
            "Marie-Claude",
            "Léa",
            "Noah",
            "Samuel",
        ] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
    }

    #[test]
    fn french_institutions_named_after_someone_are_bodies() {
        let t = "Officials met on Monday. He studied at the Université Tomas Verin, was treated \
                 at the Hôpital Notre-Dame, served the Maison d'Haïti and was mourned at the \
                 Complexe funéraire Paul Orsk. Reporters sans frontières and the Syndicat des \
                 professionnels de l'information et de la communication du Sénégal spoke.";
        let f = found_with(t, &[("Tomas Verin", "PERSON"), ("Paul Orsk", "PERSON")]);
        for name in [
            "Université Tomas Verin",
            "Hôpital Notre-Dame",
            "Maison d'Haïti",
            "Complexe funéraire Paul Orsk",
            "Reporters sans frontières",
            "Syndicat des professionnels de l'information et de la communication du Sénégal",
        ] {
            assert!(holds_body(&f, name), "{name}: {f:?}");
        }
        assert!(!holds(&f, "Tomas Verin", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_group_named_friends_of_somewhere_is_a_body() {
        let t = "Officials met on Monday. He runs a small advocacy group, Tarsk Friends of \
                 Velden, out of a church basement.";
        assert!(
            found(t).iter().any(|(n, k)| n == "Tarsk Friends of Velden"
                && matches!(k, MentionKind::Organization | MentionKind::PublicBody)),
            "{:?}",
            found(t)
        );
    }

    #[test]
    fn a_compound_french_given_name_opens_a_person_s_name() {
        let t = "Officials met on Monday. The broadcaster Jean-Rémy Orsk-Nzé died in Montreal. \
                 Jean-Rémy Orsk-Nzé was 75. Call the Anti-Terrorist Hotline.";
        assert!(
            has(t, "Jean-Rémy Orsk-Nzé", MentionKind::Person),
            "{:?}",
            found(t)
        );
        assert!(
            !has(t, "Anti-Terrorist Hotline", MentionKind::Person),
            "{:?}",
            found(t)
        );
    }

    #[test]
    fn a_firm_named_in_apposition_after_its_noun_is_a_body() {
        let t = "Officials met on Monday. Mr. Verin's firm, Verin Ermittlungen, was named in a \
                 report. Tomas Verin denied it.";
        let f = found_with(
            t,
            &[("Verin Ermittlungen", "PERSON"), ("Tomas Verin", "PERSON")],
        );
        assert!(holds_body(&f, "Verin Ermittlungen"), "{f:?}");
        assert!(holds(&f, "Tomas Verin", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_court_s_list_names_its_judges_and_its_cases_parties() {
        let t = "Officials met on Monday.\n\nCOURT 13\nBefore MRS JUSTICE VERIN-ORSK\nAt half \
                 past 10\nKB-2026-001874 Tomas Kadri v Ministry of Foreign Affairs of Tarsk\n\
                 Application for judgment\n\nCOURT 37\nBefore MASTER DALNOR\nKB-2026-002210 Lina \
                 Orsk v Tarsk Broadcasting & Velden TV Limited\nAC-2026-LON-003102 The King on \
                 the application of Paul Vern v Secretary of State for the Home Department\n";
        for f in found_by_both(t, &Gazetteer::new(), &[("Before MR", "ORG")][..0]) {
            for name in [
                "VERIN-ORSK",
                "DALNOR",
                "Tomas Kadri",
                "Lina Orsk",
                "Paul Vern",
            ] {
                assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
            }
            for name in [
                "Ministry of Foreign Affairs of Tarsk",
                "Tarsk Broadcasting",
                "Velden TV Limited",
            ] {
                assert!(holds_body(&f, name), "{name}: {f:?}");
            }
            assert!(
                !f.iter().any(|(n, _)| n.contains("COURT 1")
                    || n.contains("KB-")
                    || n.contains("Home Department")),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_person_who_disowns_an_unnamed_namesake_is_one_wherever_it_is_said() {
        // In the sentence, after the name: "of the same name".
        let t = "Officials met on Monday. Our deacon Tomas Verin asks us to note that he is \
                 not the general of the same name. Deacon Verin came here in 2009.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let deacon = entity_at(&ex, t.find("Tomas Verin").unwrap()).expect("an entity");
        assert!(ex.entities[deacon]
            .descriptions
            .iter()
            .any(|d| d == NAMESAKE));
        // By his surname alone in a later sentence: the person named in full is the namesake.
        let t = "Officials met on Monday. Mr. Tomas Verin of the legal desk will answer \
                 questions. Mr. Verin is not connected with anyone of a similar name abroad.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let full = entity_at(&ex, t.find("Tomas Verin").unwrap()).expect("an entity");
        assert_eq!(entity_at(&ex, t.find("Verin is").unwrap()), Some(full));
        assert!(ex.entities[full].descriptions.iter().any(|d| d == NAMESAKE));
        // Not where two persons of the surname are named: the words tell those two apart.
        let t = "Officials met on Monday. The journalist, Lina Verin, presents a show. Orders \
                 came from Tomas Dala Verin, an officer. Verin is not related to the \
                 journalist, prosecutors said.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let officer = entity_at(&ex, t.find("Tomas Dala Verin").unwrap()).expect("an entity");
        assert!(!ex.entities[officer]
            .descriptions
            .iter()
            .any(|d| d == NAMESAKE));
        // Nor a name of which nothing such is said.
        let t = "Officials met on Monday. Tomas Verin said the ministry is not the same \
                 as it was.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        let e = entity_at(&ex, t.find("Tomas Verin").unwrap()).expect("an entity");
        assert!(!ex.entities[e].descriptions.iter().any(|d| d == NAMESAKE));
    }

    #[test]
    fn a_name_alone_introduced_as_borne_again_is_another_person() {
        let t = "Officials met on Monday. The battalion's chief, Tomas Verin Dala, was \
                 sanctioned in 2021. My mother is also called Tomas, everyone teased her.";
        let ex = extract_mentions_with(
            t,
            &Gazetteer::new(),
            &[("Tomas", "PERSON")].map(|(s, l)| {
                let start = t.rfind(s).unwrap();
                Proposal {
                    start,
                    end: start + s.len(),
                    label: l.to_string(),
                }
            }),
        );
        let chief = entity_at(&ex, t.find("Tomas Verin Dala").unwrap());
        let mother = entity_at(&ex, t.rfind("Tomas").unwrap());
        assert!(mother.is_some() && chief != mother, "{:?}", ex.entities);
        assert!(ex.entities[mother.unwrap()]
            .descriptions
            .iter()
            .any(|d| d == NAMESAKE));
    }

    #[test]
    fn handles_requests_offices_and_a_cv_name_no_one_and_a_mission_keeps_its_host() {
        let t = "Officials met on Monday.\n\nPost #2 · Mod_Verin · 12 Nov 2026\n\n1. Tell \
                 Tarsk County Police about the threat. 2. Write to your MP. Send a CV to us. \
                 Two diplomats from the Delegation of the European Union to Zimbabwe came. \
                 We brief the African Commission on Human and Peoples' Rights.";
        let proposals = [
            ("Mod_Verin", "PERSON"),
            ("Tell Tarsk County Police", "ORG"),
            ("MP", "ORG"),
            ("CV", "ORG"),
            ("Delegation of the European Union", "ORG"),
        ];
        for f in found_by_both(t, &Gazetteer::new(), &proposals) {
            for name in ["Mod_Verin", "Tell Tarsk County Police", "MP", "CV"] {
                assert!(!f.iter().any(|(n, _)| n == name), "{name}: {f:?}");
            }
            for body in [
                "Tarsk County Police",
                "Delegation of the European Union to Zimbabwe",
                "African Commission on Human and Peoples' Rights",
            ] {
                assert!(holds_body(&f, body), "{body}: {f:?}");
            }
        }
    }

    #[test]
    fn a_word_two_states_share_ties_a_body_s_name_to_neither() {
        let t = "Officials met on Monday. Workers were sent abroad by the Korea Tarsk General \
                 Trading Corporation. The Korea Velden Foundation helped them.";
        let ex = extract_mentions_with(t, &Gazetteer::new(), &[]);
        for name in ["Korea Tarsk General", "Korea Velden Foundation"] {
            let e = entity_at(&ex, t.find(name).unwrap()).expect("an entity");
            assert_eq!(ex.entities[e].country, None, "{:?}", ex.entities[e]);
        }
    }

    #[test]
    fn a_signer_s_line_with_an_office_a_building_a_number_and_a_feast_name_no_one_else() {
        let t = "Officials met on Monday.\n\nFor the Committee\n\nTomas Verin, President\n\n\
                 Lina Dala, Secretary General";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(!f.iter().any(|(n, _)| n.contains("President")), "{f:?}");
        }
        let t = "Officials met on Monday. Address: 301 Office Building, Ashgabat. Telephone: \
                 +993 12 363462. Lunch on the First Sunday of Advent. He raced at the Grand \
                 Prix of the Drôme. Visas come from a Ruritanian embassy or at the airport.";
        let proposals = [
            ("993 12 363462", "ORG"),
            ("Advent", "ORG"),
            ("Drôme", "PERSON"),
        ];
        for f in found_by_both(t, &Gazetteer::new(), &proposals) {
            for name in ["993 12 363462", "Advent", "Drôme", "Ruritanian embassy"] {
                assert!(!f.iter().any(|(n, _)| n == name), "{name}: {f:?}");
            }
            assert!(!holds_body(&f, "Office Building"), "{f:?}");
        }
    }

    #[test]
    fn a_body_s_possessive_a_patron_s_institution_and_a_head_word_an_acronym_leaves_out() {
        let t = "Officials met on Monday. Ask the ENCF's delegation. We wrote to Tarsk \
                 Council's community safety team. The carol service with St Tomas's Church, \
                 Old Malden, is at six. It works with the Committee for Human Rights in \
                 Ruritania (HRR).";
        let f = found_with(
            t,
            &[
                ("ENCF's delegation", "ORG"),
                ("Tarsk Council's community", "ORG"),
                ("St Tomas's Church", "ORG"),
            ],
        );
        for name in [
            "ENCF",
            "Tarsk Council",
            "St Tomas's Church",
            "Committee for Human Rights in Ruritania",
        ] {
            assert!(holds_body(&f, name), "{name}: {f:?}");
        }
        assert!(!f
            .iter()
            .any(|(n, _)| n.contains("delegation") || n.contains("community")));
    }

    #[test]
    fn a_given_name_written_short_a_philippine_style_and_platforms_are_read_as_written() {
        let t = "Officials met on Monday. The letter was signed by Ma. Teresa Villon-Abad, who \
                 chairs the group. Police held Md. Rafiqul Tarsk in the city. Atty. Ramon Verin \
                 spoke for them. Clips spread on Facebook, Telegram and TikTok, and Meta removed \
                 them. A Telegram channel shared them again.";
        let f = found_with(
            t,
            &[
                ("Ma", "PERSON"),
                ("Teresa Villon-Abad", "PERSON"),
                ("Md.", "GPE"),
                ("Rafiqul Tarsk", "PERSON"),
                ("Atty", "PERSON"),
                ("Ramon Verin", "PERSON"),
            ],
        );
        for name in ["Ma. Teresa Villon-Abad", "Md. Rafiqul Tarsk", "Ramon Verin"] {
            assert!(holds(&f, name, MentionKind::Person), "{name}: {f:?}");
        }
        assert!(!f.iter().any(|(n, _)| n.starts_with("Atty")), "{f:?}");
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            for name in ["Facebook", "Telegram", "TikTok", "Meta"] {
                assert!(holds_body(&f, name), "{name}: {f:?}");
            }
            // The channel is the product's, not a mention of the company.
            let telegram = f.iter().filter(|(n, _)| n == "Telegram").count();
            assert_eq!(telegram, 1, "{f:?}");
        }
    }

    #[test]
    fn a_unit_of_its_force_a_mission_to_a_body_and_a_name_closed_by_a_place_are_read_whole() {
        let t = "Officials met on Monday. An officer of the 12th Infantry Battalion of the Armed \
                 Forces of Ruritania spoke. The UK Mission to the United Nations in Geneva will \
                 raise it. A grant came from the Science Fund - Velden (SFV) last year.";
        let proposals = [
            ("12th Infantry Battalion", "ORG"),
            ("Armed Forces of Ruritania", "ORG"),
            ("UK Mission", "ORG"),
            ("United Nations", "ORG"),
            ("Science Fund", "ORG"),
            ("Velden", "ORG"),
        ];
        for f in found_by_both(t, &Gazetteer::new(), &proposals) {
            for name in [
                "12th Infantry Battalion",
                "Armed Forces of Ruritania",
                "UK Mission to the United Nations in Geneva",
                "Science Fund - Velden",
            ] {
                assert!(holds_body(&f, name), "{name}: {f:?}");
            }
            assert!(!holds_body(&f, "United Nations"), "{f:?}");
        }
    }

    #[test]
    fn the_government_a_board_and_a_language_adjective_alone_name_no_body() {
        let t = "Officials met on Monday. The Government of National Concord in Tarsk met \
                 donors. The Government takes threats seriously, and the Board of Trustees \
                 thanked the donors. The Anglophone diaspora is divided. An appeal lies with \
                 the Appellate Panel of this Court. It was published in the Official Journal of \
                 the European Union on Monday.";
        let proposals = [
            ("Government", "ORG"),
            ("Board of Trustees", "ORG"),
            ("Anglophone", "ORG"),
        ];
        for f in found_by_both(t, &Gazetteer::new(), &proposals) {
            assert!(holds_body(&f, "Government of National Concord"), "{f:?}");
            for name in [
                "Government",
                "Board of Trustees",
                "Anglophone",
                "Appellate Panel",
            ] {
                assert!(!f.iter().any(|(n, _)| n == name), "{name}: {f:?}");
            }
            assert!(
                !f.iter()
                    .any(|(n, _)| n.contains("Journal") || n.contains("Union")),
                "{f:?}"
            );
        }
    }

    #[test]
    fn a_group_named_for_its_country_a_page_calling_itself_a_name_and_two_bodies_at_a_comma() {
        let t = "Officials met on Monday. We trained partners from Solidaridad Taiwan in June. \
                 He was named by a page calling itself \"Kontra Tarsk Velden\" in May. The talk \
                 was held by the Centre for Exile Studies, Orsk University, in spring. It was \
                 commissioned by Museum Velden, and lent by Galerie Orsk, Berlin. It is funded \
                 by the Velden Fund and the Municipality of Amsterdam.";
        let f = found_with(
            t,
            &[
                ("Museum Velden", "PERSON"),
                ("Galerie Orsk", "PERSON"),
                ("Solidaridad Taiwan", "PERSON"),
                ("Kontra", "GPE"),
                ("Centre for Exile Studies, Orsk University", "ORG"),
            ],
        );
        for name in [
            "Solidaridad Taiwan",
            "Kontra Tarsk Velden",
            "Centre for Exile Studies",
            "Orsk University",
            "Museum Velden",
            "Galerie Orsk",
            "Municipality of Amsterdam",
        ] {
            assert!(holds_body(&f, name), "{name}: {f:?}");
        }
        // Nor is a town in an address a body named for it.
        let t = "Officials met on Monday. The Velden University Press printed it. Write to the \
                 Press, Main Street 4, 9000 Velden, Belgium.";
        for f in found_by_both(t, &Gazetteer::new(), &[]) {
            assert!(!f.iter().any(|(n, _)| n == "Velden"), "{f:?}");
        }
    }

    #[test]
    fn a_lone_surname_described_as_the_one_named_since_is_theirs() {
        let t = "Officials met on Monday. The campaign was led by Wang Jianguo, then the \
                 region's party secretary. Critics say Wang built the camps.\n\n\
                 Wang Yiling (b. 1990), Static, 2024. Sound installation. Wang, a Taiwanese \
                 artist, made it in Amsterdam.\n\nLina Orskova (b. 1984), Letter, 2021.";
        let proposals = proposals_of(t, &[("Wang Jianguo", "PERSON"), ("Wang Yiling", "PERSON")]);
        let ex = extract_mentions_with(t, &Gazetteer::new(), &proposals);
        let last = t.rfind("Wang,").unwrap();
        let artist = entity_at(&ex, t.find("Wang Yiling").unwrap());
        assert_eq!(entity_at(&ex, last), artist, "{:?}", ex.entities);
        assert_ne!(
            entity_at(&ex, t.find("Wang built").unwrap()),
            artist,
            "{:?}",
            ex.entities
        );
        // A birth year after a name makes it a person's; a name with a particle joined to a
        // person's is a person's; a participle opening a line names no one.
        let t = format!(
            "{t}\n\nCurated by Dr. Tomas Verin and Femke de Wilde, in Velden.\n\nCommissioned \
             by the museum."
        );
        for f in found_by_both(&t, &Gazetteer::new(), &[("Commissioned", "ORG")]) {
            assert!(holds(&f, "Lina Orskova", MentionKind::Person), "{f:?}");
            assert!(holds(&f, "Femke de Wilde", MentionKind::Person), "{f:?}");
            assert!(!f.iter().any(|(n, _)| n == "Commissioned"), "{f:?}");
        }
    }

    #[test]
    fn lady_before_a_surname_is_a_style_where_the_page_styles_lords_so() {
        let t = "Justices: Lord Verin, Lady Ferrant, Lord Dala\n\nLady Ferrant gives the lead \
                 judgment, with which Lord Verin agrees.";
        let f = found_with(t, &[("Lady Ferrant", "PERSON")]);
        assert!(holds(&f, "Ferrant", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.starts_with("Lady")), "{f:?}");
        // Without a lord on the page, "Lady" may be a given name, and stays.
        let t = "His widow, Lady Velasquez, thanked the prosecutors.";
        let f = found_with(t, &[("Lady Velasquez", "PERSON")]);
        assert!(holds(&f, "Lady Velasquez", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_party_s_cipher_names_no_body() {
        let t = "The appellant, TK, is a national of Ruritania. Officers gave TK a warning. \
                 The Tribunal dismissed TK's appeal, and TK appealed to the Court of Appeal.";
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n == "TK"), "{f:?}");
        assert!(holds_body(&f, "Court of Appeal"), "{f:?}");
        let f = found_with(t, &[("TK", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n == "TK"), "{f:?}");
    }

    #[test]
    fn a_word_opening_a_chapter_s_line_after_its_timestamp_is_no_name() {
        let t = "CHAPTERS\n\n(00:00) Cold open: the pass\n\n(02:41) Intro and housekeeping\n\n\
                 (04:15) Tomas Verin on the night he left\n\n(55:30) Listener questions and \
                 what's next";
        let f = found_with(t, &[("Intro", "PERSON"), ("Listener", "PERSON")]);
        assert!(
            !f.iter().any(|(n, _)| n == "Intro" || n == "Listener"),
            "{f:?}"
        );
        assert!(holds(&f, "Tomas Verin", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_after_an_indefinite_article_before_a_noun_names_a_kind() {
        let t = "In 2021 officers gave Tomas Verin an Osman warning, as they must. The court \
                 drew no inference from the Osman warning.";
        let f = found_with(t, &[("Osman", "PERSON"), ("the Osman", "PERSON")]);
        assert!(!f.iter().any(|(n, _)| n == "Osman"), "{f:?}");
    }

    #[test]
    fn a_name_a_spanish_article_opens_is_no_person_s() {
        let t = "She spent a year in La Modelo prison. Carmen La Rosa was mayor.";
        let f = found_with(t, &[("La Modelo", "PERSON"), ("Carmen La Rosa", "PERSON")]);
        assert!(!holds(&f, "La Modelo", MentionKind::Person), "{f:?}");
        assert!(holds(&f, "Carmen La Rosa", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_region_s_name_and_an_owner_s_branch_in_a_city_are_no_bodies() {
        let t = "He ran its office for the Velden region. He wrote for Tarsk Radio until the \
                 station's Moscow bureau stopped taking his calls.";
        let f = found_with(t, &[("Velden", "ORG"), ("Moscow", "ORG")]);
        assert!(!holds_body(&f, "Velden"), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("bureau")), "{f:?}");
        assert!(holds_body(&f, "Tarsk Radio"), "{f:?}");
    }

    #[test]
    fn a_known_body_s_national_section_and_a_platform_named_as_a_service_are_bodies() {
        let t = "The Court dismissed the appeal.\n\nAmnesty International UK intervened in \
                 writing. The season is supported by listeners on Patreon.";
        let f = found(t);
        assert!(holds_body(&f, "Amnesty International UK"), "{f:?}");
        assert!(holds_body(&f, "Patreon"), "{f:?}");
    }

    #[test]
    fn what_someone_writes_reports_or_works_for_is_a_body() {
        let t = "Tomas Verin is a radio journalist. He reports from San José for Lanternal and \
                 once worked for John Ferrant. She wrote for the Velden Gazette in Madrid. They \
                 worked for the Qingtian county branch and for Persian-language media, and \
                 asked if he works for Malong, as Paul Malong Awan says.";
        let f = found(t);
        assert!(
            !f.iter().any(|(n, _)| n.contains("Qingtian")
                || n.contains("Persian")
                || n == "Malong"
                    && f.iter()
                        .any(|(m, k)| m == "Malong" && *k != MentionKind::Person)),
            "{f:?}"
        );
        assert!(holds_body(&f, "Lanternal"), "{f:?}");
        assert!(holds_body(&f, "Velden Gazette"), "{f:?}");
        assert!(holds(&f, "John Ferrant", MentionKind::Person), "{f:?}");
        let f = found_with(t, &[("Lanternal", "PERSON")]);
        assert!(holds_body(&f, "Lanternal"), "{f:?}");
    }

    #[test]
    fn a_spanish_body_s_name_and_a_studio_s_company_are_bodies() {
        let t = "Ana Verin is a lawyer with the Centro por la Justicia y Derechos Humanos de la \
                 Costa Atlántica. The show is produced by John Ferrant for Velden Audio.";
        let f = found_with(t, &[("John Ferrant", "PERSON"), ("Velden Audio", "PERSON")]);
        assert!(
            holds_body(
                &f,
                "Centro por la Justicia y Derechos Humanos de la Costa Atlántica"
            ),
            "{f:?}"
        );
        assert!(holds_body(&f, "Velden Audio"), "{f:?}");
    }

    #[test]
    fn an_agency_called_after_its_head_s_office_is_the_agency() {
        let mut gaz = Gazetteer::new();
        gaz.add_name(
            "United Nations High Commissioner for Refugees",
            MentionKind::Organization,
        );
        let t = "Amnesty International and the United Nations High Commissioner for Refugees \
                 intervened in writing.";
        let f: Vec<(String, MentionKind)> = extract_mentions(t, &gaz)
            .mentions
            .into_iter()
            .map(|m| (m.text, m.kind))
            .collect();
        assert!(
            holds_body(&f, "United Nations High Commissioner for Refugees"),
            "{f:?}"
        );
    }

    #[test]
    fn a_lone_name_tied_to_kin_or_friends_is_a_person_s_at_each_mention() {
        let t = "My name is Dara Keovan. Sreymai is my aunt. For years Sreymai organised for \
                 the party. Sreymai's friend was arrested.";
        let rules = found(t);
        assert!(
            holds(&rules, "Dara Keovan", MentionKind::Person),
            "{rules:?}"
        );
        let f = found_with(t, &[("Sreymai", "ORG")]);
        let persons = f
            .iter()
            .filter(|(n, k)| n == "Sreymai" && *k == MentionKind::Person)
            .count();
        assert_eq!(persons, 3, "{f:?}");
        assert!(!holds_body(&f, "Sreymai"), "{f:?}");
    }

    #[test]
    fn a_body_s_initials_written_as_a_word_are_the_body() {
        let t = "She holds a fellowship with the Council for At-Risk Academics. It is funded by \
                 Cara, the Leverhulme Trust and others.";
        let f = found_with(t, &[("Cara", "PERSON")]);
        assert!(holds_body(&f, "Cara"), "{f:?}");
    }

    #[test]
    fn a_member_s_letters_and_a_role_of_a_body_name_no_body() {
        let t = "A former opposition MP, Lim Kimya, was shot. Representatives of Amnesty \
                 International Canada told members so.";
        let f = found_with(t, &[("MP", "ORG")]);
        assert!(!f.iter().any(|(n, _)| n == "MP"), "{f:?}");
        assert!(holds_body(&f, "Amnesty International Canada"), "{f:?}");
        assert!(
            !f.iter().any(|(n, _)| n.starts_with("Representatives")),
            "{f:?}"
        );
        // The rules read the member named after the letters, and a friend after the word.
        let t = "A former opposition MP, Lim Kimyal, was shot. Her friend Voeun Veasnal was \
                 arrested.";
        let rules = found(t);
        assert!(
            holds(&rules, "Lim Kimyal", MentionKind::Person),
            "{rules:?}"
        );
        assert!(
            holds(&rules, "Voeun Veasnal", MentionKind::Person),
            "{rules:?}"
        );
    }

    #[test]
    fn a_body_named_after_an_office_is_one_body() {
        let t = "They named a commander of the Prime Minister's Bodyguard Unit. The Prime \
                 Minister's wife was there.";
        let f = found_with(
            t,
            &[("Prime Minister", "PERSON"), ("Bodyguard Unit", "ORG")],
        );
        assert!(holds_body(&f, "Prime Minister's Bodyguard Unit"), "{f:?}");
        assert!(!holds_body(&f, "Bodyguard Unit"), "{f:?}");
    }

    #[test]
    fn khun_before_a_thai_name_is_a_style_and_a_law_is_no_person() {
        let t = "A lawyer, Khun Pornthip Saetang, agreed. Sanctions under the Justice for \
                 Victims of Corrupt Foreign Officials Act were sought. Khun Sa died in 2007.";
        let f = found_with(
            t,
            &[
                ("Khun", "GPE"),
                ("Officials Act", "PERSON"),
                ("Khun Sa", "PERSON"),
            ],
        );
        assert!(holds(&f, "Pornthip Saetang", MentionKind::Person), "{f:?}");
        assert!(!f.iter().any(|(n, _)| n.contains("Act")), "{f:?}");
        let read_whole = found_with(t, &[("Khun Pornthip Saetang", "PERSON")]);
        assert!(
            holds(&read_whole, "Pornthip Saetang", MentionKind::Person),
            "{read_whole:?}"
        );
        assert!(!holds(&f, "Sa", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_name_after_a_body_s_kind_is_the_body_though_a_place_s_kind_closes_it() {
        let t = "The Canadian resettlement group Mekong Bridge has said it can sponsor them.";
        let f = found_with(t, &[("Mekong Bridge", "FAC")]);
        assert!(holds_body(&f, "Mekong Bridge"), "{f:?}");
        let f = found(t);
        assert!(holds_body(&f, "Mekong Bridge"), "{f:?}");
    }

    #[test]
    fn who_gave_or_commented_heading_a_line_is_a_person() {
        let t = "DONATIONS\n\nAnonymous · $100 · 2 d\n\nIlse Varenne · $25 · 3 d\n\nWORDS OF \
                 SUPPORT\n\nIlse Varenne · 3 d\n\nWe were in the same party branch.";
        let f = found(t);
        let persons = f
            .iter()
            .filter(|(n, k)| n == "Ilse Varenne" && *k == MentionKind::Person)
            .count();
        assert_eq!(persons, 2, "{f:?}");
        assert!(!f.iter().any(|(n, _)| n == "Anonymous"), "{f:?}");
    }

    #[test]
    fn an_office_under_a_signer_s_name_is_no_signatory() {
        let t = "Hon. Ilse Varenne, Chair\n\nThe report was tabled.\n\nRespectfully \
                 submitted,\n\nHon. Ilse Varenne\n\nChair";
        let f = found(t);
        assert!(!f.iter().any(|(n, _)| n == "Chair"), "{f:?}");
        assert!(holds(&f, "Ilse Varenne", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_person_of_a_body_a_nation_s_society_and_a_body_s_regional_unit() {
        let t = "The forum met in Velden on Friday to hear about exiles and their families.\n\n\
                 Updated 28 November 2026: Agnieszka Wrona of Radio Tarsk now moderates the \
                 panel.\n\nSpeakers:\n\nLina Orsk, Lithuanian Red Cross\n\nThe British Red \
                 Cross helped them. Counter Terrorism Policing North West is supporting the \
                 investigation, his solicitor Priya Sethi said.";
        let f = found(t);
        assert!(holds(&f, "Agnieszka Wrona", MentionKind::Person), "{f:?}");
        assert!(holds_body(&f, "Radio Tarsk"), "{f:?}");
        for body in [
            "Lithuanian Red Cross",
            "British Red Cross",
            "Counter Terrorism Policing North West",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
        assert!(holds(&f, "Priya Sethi", MentionKind::Person), "{f:?}");
        let f = found_with(
            t,
            &[
                ("Lithuanian Red Cross", "ORG"),
                ("Agnieszka Wrona", "PERSON"),
            ],
        );
        assert!(
            !holds(&f, "Lithuanian Red Cross", MentionKind::Person),
            "{f:?}"
        );
        assert!(holds(&f, "Agnieszka Wrona", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn possessives_and_partners_inside_bodies_names() {
        let t = "She was an intern at the Institute for Reporters' Freedom and Safety. A red \
                 notice was refused by the Commission for the Control of Interpol's Files. She \
                 is represented by Dr. Katrin Vogel of Vogel & Partner, Berlin.";
        let f = found(t);
        for body in [
            "Institute for Reporters' Freedom and Safety",
            "Commission for the Control of Interpol's Files",
            "Vogel & Partner",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
        assert!(!holds(&f, "Vogel", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn rules_awards_venues_works_adjectives_and_a_cv_s_roles_name_no_body() {
        let t = "The forum meets at the Radisson Conference Centre in Velden under the Chatham \
                 House Rule. She won a prize at the Free Media Awards in 2022.\n\n\
                 2024: Residency, Tarsk Foundation, Velden\n\n\
                 MA in Journalism, Velden State University, 2015\n\n\
                 Intern, Institute for Tarsk Studies, Velden\n\n\
                 Jana Orsk hosts the weekly programme Borderlines on Radio Tarsk.\n\n\
                 ● Workshop: Digital safety for exiled journalists\n\n\
                 Leyla Javadova, Europe program, Committee to Protect Journalists\n\n\
                 Reception hosted by the Embassy of the Netherlands\n\nTown Hall\n\nDay 2";
        let f = found_with(
            t,
            &[
                ("Radisson Conference Centre", "ORG"),
                ("Chatham House Rule", "ORG"),
                ("Free Media Awards", "ORG"),
                ("Intern, Institute for Tarsk Studies", "ORG"),
                ("Borderlines", "ORG"),
                ("Digital", "ORG"),
                ("Javadova", "GPE"),
                ("Embassy of the Netherlands\n\nTown Hall\n\nDay 2", "ORG"),
            ],
        );
        for name in [
            "Radisson Conference Centre",
            "Chatham House Rule",
            "Free Media Awards",
            "Residency",
            "Journalism",
            "Intern, Institute for Tarsk Studies",
            "Borderlines",
            "Digital",
            "Town Hall",
            "Day 2",
        ] {
            assert!(!holds_body(&f, name), "{name}: {f:?}");
        }
        for body in [
            "Tarsk Foundation",
            "Velden State University",
            "Institute for Tarsk Studies",
            "Radio Tarsk",
            "Embassy of the Netherlands",
        ] {
            assert!(holds_body(&f, body), "{body}: {f:?}");
        }
        assert!(holds(&f, "Leyla Javadova", MentionKind::Person), "{f:?}");
    }

    #[test]
    fn a_titleless_person_of_a_body_festivals_films_vice_ministers_and_missions() {
        let t = "The film includes interviews with Ahmed Hassan of the Tarsk Institute for \
                 Rights and Democracy. His short Salt won a prize at the Dubai International \
                 Film Festival in 2016. He runs a small group, Tarsk Watch Collective, in \
                 Velden. Ambassador Orsk met Vice-Minister Laura Pineda on Monday. One of them \
                 was employed at an Algerian consulate in France at the time. The Embassy also \
                 regrets it. The Embassy of Tarsk in the Republic of Colombia said so.";
        let f = found_with(
            t,
            &[
                (
                    "Ahmed Hassan of the Tarsk Institute for Rights and Democracy",
                    "ORG",
                ),
                ("Salt", "PERSON"),
                ("Dubai International Film Festival", "ORG"),
                ("Tarsk", "GPE"),
                ("Watch Collective", "PERSON"),
                ("Embassy", "PERSON"),
            ],
        );
        assert!(holds(&f, "Ahmed Hassan", MentionKind::Person), "{f:?}");
        assert!(
            holds_body(&f, "Tarsk Institute for Rights and Democracy"),
            "{f:?}"
        );
        assert!(!holds(&f, "Salt", MentionKind::Person), "{f:?}");
        assert!(
            !holds_body(&f, "Dubai International Film Festival"),
            "{f:?}"
        );
        assert!(holds_body(&f, "Tarsk Watch Collective"), "{f:?}");
        assert!(!holds(&f, "Watch Collective", MentionKind::Person), "{f:?}");
        assert!(!holds(&f, "Embassy", MentionKind::Person), "{f:?}");
        let f = found(t);
        assert!(holds(&f, "Laura Pineda", MentionKind::Person), "{f:?}");
        assert!(!holds_body(&f, "Algerian consulate in France"), "{f:?}");
        assert!(
            holds_body(&f, "Embassy of Tarsk in the Republic of Colombia"),
            "{f:?}"
        );
    }

    #[test]
    fn the_new_readings_take_any_prefix_of_a_page_without_panicking() {
        // Each reading looks a few words ahead; a text may end anywhere.
        let t = "Officials met.\n\nBefore MR JUSTICE VERIN\nKB-2026-001874 Tomas Kadri v Tarsk \
                 Broadcasting & Velden TV Limited\n\nHis children Tomas (Lina), Vera and Paul; \
                 the Université Tomas Verin, the Complexe funéraire Paul Orsk, Reporters sans \
                 frontières. Roe, Jane (2019). \"Title\". Lantern Weekly. Grouped question: UIN \
                 58214. Our producer Tomas Verin, no relation to the general. His name is also \
                 Tomas Verin. Leaving Caracas\n\nTransnational repression\n\nthe firm, Verin \
                 Ermittlungen, was named. He talks to Chanda. Our Ambassador in Paris, Tomas \
                 Verin, said. The Agence nationale de sécurité.[4] Amnesty. Mr. Verin is not \
                 connected with anyone of a similar name. the Committee for Human Rights in \
                 Ruritania (HRR). Tomas Verin, President\n\nLina Dala, Secretary General. \
                 the ENCF's delegation. the Delegation of the European Union to Zimbabwe. \
                 My mother is also called Benazir. write to your MP. the Court on Human and \
                 Peoples' Rights. Ma. Teresa Verin and Md. Abdul Orsk. the UK Mission to the \
                 United Nations in Geneva. the Science Fund - Velden (SFV). a page calling itself \
                 \"Kontra Velden\". the 12th Infantry Battalion of the Armed Forces. the Task \
                 Force to End Local Conflict (TF-ELC). on Facebook, 9000 Velden, Belgium. Lina \
                 Orsk (b. 1984. Lord Verin, Lady Orsk. (02:41) Intro\n(1:02:10) Listener. The \
                 appellant, TV, is. the station's Velden bureau. the Centro por la Justicia. He \
                 reports from Paris for the Velden Post. Sreymai is my aunt. Cara. the Prime \
                 Minister's Bodyguard Unit. Khun Pornthip Saetang.\n\nJane Roe · $25 · 3 d\n\nJane \
                 Roe · 3 d\n\nRespectfully submitted,\n\nHon. Jane Roe\n\nChair. La Orsk. \
                 Agnieszka Wrona of Radio Tarsk. Lithuanian Red Cross. Counter Terrorism \
                 Policing North West. Interpol's Files. Vogel & Partner. ● Workshop: Digital \
                 safety. the programme Borderlines. the Radisson Conference Centre. an \
                 Algerian consulate in France. the Embassy of Tarsk in the Republic of \
                 Colombia. His short Salt. Vice-Minister Laura";
        let mut ends: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
        ends.push(t.len());
        for end in ends {
            let _ = extract_mentions(&t[..end], &Gazetteer::new());
        }
    }
}
