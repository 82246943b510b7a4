//! Linking report entities to canonical ones, and turning a read report into statements.
//!
//! Each person, organisation or public body a report names ([`DocEntity`]) is resolved to one
//! canonical entity, in this order:
//! 1. an entity of the same ingest batch or of earlier reports with the same acronym (three
//!    letters or more) or a name the screening matcher scores at [`REPORT_THRESHOLD`] or more;
//! 2. a list entity the screening index finds at [`LIST_THRESHOLD`] or more (stricter than
//!    screening's 0.80: a report gives a name only, no birth date);
//! 3. otherwise a new report entity, `rep-{kind}-{slug}`.
//!
//! A surname alone ("Khamenei") links only to a person whose full name ends in it, when exactly
//! one such person is known. Places link by name to `place-{slug}`.
//!
//! ```
//! use vigil_extract::{extract_mentions, Gazetteer};
//! use vigil_link::Linker;
//! let gaz = Gazetteer::new();
//! let mut linker = Linker::new(None);
//! let a = extract_mentions("The lawyer Karim Zandavi met Supreme Leader Olek Varga.", &gaz);
//! let b = extract_mentions("Later, lawyer Kareem Zandavi left.", &gaz);
//! let la = linker.link(&a);
//! let lb = linker.link(&b);
//! let id = |ex: &vigil_extract::Extraction, l: &[Option<vigil_link::Link>], name: &str| {
//!     let e = ex.entities.iter().position(|e| e.name == name).unwrap();
//!     l[e].as_ref().unwrap().id.clone()
//! };
//! assert_eq!(id(&a, &la, "Karim Zandavi"), id(&b, &lb, "Kareem Zandavi"));
//! ```

mod evidence;
mod judgements;
mod statements;

pub use judgements::{Judgement, Judgements, Verdict, JUDGEMENTS_DATASET};
pub use statements::{
    expand_mentions, mention_spans, quantity_value, report_statements, MentionSpan, ReportMeta,
};

use std::collections::{HashMap, HashSet};

use vigil_extract::{name_initials, name_key, DocEntity, Extraction, Gazetteer, MentionKind};
use vigil_index::{Index, Options, Query, Record};
use vigil_model::Schema;
use vigil_normalize::{analyze, AnalyzedName, NameKind, PartRole};

/// A list entity is taken for a report's name at this score or above.
pub const LIST_THRESHOLD: f32 = 0.9;
/// How a link is made to the one of two listed namesakes a list relation ties to something the
/// document names (a list link all the same).
pub const TOLD_APART: &str = "list, told apart from a listed namesake";
/// How a link is made to a listed person a document names by a surname alone after the office
/// the list gives them ("President Varga"): in that document only, as [`TOLD_APART`].
pub const BY_OFFICE: &str = "list, a surname after the office the list gives";
/// Two report entities are one at this score or above.
pub const REPORT_THRESHOLD: f32 = 0.85;
/// The dataset report entities are stored in.
pub const REPORTS_DATASET: &str = "reports";

/// How a document entity was resolved.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Link {
    pub id: String,
    /// The matcher's score against the entity linked to (1.0 for a new entity).
    pub score: f32,
    /// `list` (a watchlist entity), `report` (an entity of an earlier report or of this batch),
    /// `acronym`, `surname`, `new`.
    pub via: &'static str,
    /// The name of the linked entity that matched.
    pub matched: String,
    /// Dataset of the linked entity.
    pub dataset: String,
    /// Whether this link created the entity.
    pub created: bool,
    /// For a new report entity: the best list candidate that was not linked, and why
    /// (kept as a note for the analyst, never asserted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub possible: Option<String>,
}

/// A report entity's best list candidate that linking did not take, and why: kept on the
/// report entity as a note, shown to the analyst, never asserted.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PossibleMatch {
    pub id: String,
    /// The list entity's name that matched.
    pub name: String,
    pub score: f32,
    /// Why it was not linked.
    pub why: String,
}

const POSSIBLE_PREFIX: &str = "possible list match, not linked (";

/// The note a possible match is kept as.
pub fn possible_note(p: &PossibleMatch) -> String {
    format!(
        "{POSSIBLE_PREFIX}{}): {} ({}) {:.3}",
        p.why, p.id, p.name, p.score
    )
}

/// The possible match a note holds, if it is one ([`possible_note`] read back).
pub fn parse_possible(note: &str) -> Option<PossibleMatch> {
    let rest = note.strip_prefix(POSSIBLE_PREFIX)?;
    let (why, tail) = rest.split_once("): ")?;
    let (head, score) = tail.rsplit_once(' ')?;
    let (id, name) = head.split_once(' ')?;
    let name = name.strip_prefix('(')?.strip_suffix(')')?;
    Some(PossibleMatch {
        id: id.to_string(),
        name: name.to_string(),
        score: score.parse().ok()?,
        why: why.to_string(),
    })
}

/// The FtM schema a mention kind is stored as.
pub fn schema_of(kind: MentionKind) -> Schema {
    match kind {
        MentionKind::Person => Schema::Person,
        MentionKind::Organization => Schema::Organization,
        MentionKind::PublicBody => Schema::PublicBody,
        MentionKind::Place => Schema::Address,
        MentionKind::Event => Schema::Event,
        MentionKind::Date | MentionKind::Quantity => Schema::Mention,
    }
}

#[derive(Debug, Clone)]
struct Known {
    id: String,
    kind: MentionKind,
    names: Vec<String>,
    analyzed: Vec<AnalyzedName>,
    acronyms: Vec<String>,
    dataset: String,
    /// The country the text tied a body to, if any.
    country: Option<&'static str>,
    /// What the documents that mention it also name (name keys; the first few hundred).
    places: std::collections::HashSet<String>,
    /// The countries those documents name.
    countries_named: Vec<&'static str>,
    /// A report's person kept off a listed namesake because the report describes them as a
    /// scholar, dissident, activist or victim: another report's namesake so described joins
    /// it, one not so described is looked up on the lists first.
    described_apart: bool,
}

/// Whether two names of a person are one written with and without middle names: the same
/// first and last words, and the shorter's other words all in the longer, in order ("Ali
/// Demir", "Ali Hassan Demir"). Compared folded (case and accents).
fn middle_name_left_out(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| vigil_normalize::fold(w.trim_end_matches(['.', ','])))
            .collect()
    };
    let (a, b) = (words(a), words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < 2 || short.len() == long.len() {
        return false;
    }
    let (Some(first), Some(last)) = (short.first(), short.last()) else {
        return false;
    };
    if long.first() != Some(first) || long.last() != Some(last) {
        return false;
    }
    let mut rest = long[1..long.len() - 1].iter();
    short[1..short.len() - 1]
        .iter()
        .all(|w| rest.any(|l| l == w))
}

/// Resolves document entities to canonical ones, remembering what it linked so later documents
/// of the same batch link to the same entities. What it remembers is keyed (by distinctive name
/// part, acronym, surname, exact name) so a batch of thousands of reports never compares a
/// name with every entity seen before.
pub struct Linker<'a> {
    index: Option<&'a Index>,
    judgements: Judgements,
    known: Vec<Known>,
    by_id: HashMap<String, usize>,
    /// Ids given to this document's new entities that are not remembered yet (a body waits
    /// for the document's other names): two new bodies of one name (two states' "National
    /// Security Agency") get two.
    reserved: HashSet<String>,
    /// Per id a name gives (see `new_id`), the number below which every numbered id of it is
    /// remembered.
    taken_below: std::cell::RefCell<HashMap<String, usize>>,
    /// Name scores kept across this linker's screens (see `vigil_index::ScoreMemo`).
    scores: std::cell::RefCell<vigil_index::ScoreMemo>,
    by_part: HashMap<String, Vec<usize>>,
    by_acronym: HashMap<String, Vec<usize>>,
    /// Bodies by the initials of a name of three words or more (Islamic Revolutionary Guard
    /// Corps: IRGC), with and without the small words (Ministry of Intelligence and
    /// Security: MIS, MOIAS).
    by_initials: HashMap<String, Vec<usize>>,
    /// Bodies by the word a name of theirs closes on after "of" ("treasury" of "Department of
    /// the Treasury") and by a name of one word ("treasury"): see `by_the_last_word_of_a_name`.
    by_closing_word: HashMap<String, Vec<usize>>,
    by_one_word: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
    by_exact: HashMap<(MentionKind, String), usize>,
    /// Persons by the name key of their given names: named in full ("Samir" of "Samir
    /// Kaddouri"), and named by initial ("Samir" of "Samir K."), for joining the two.
    by_given: HashMap<String, Vec<usize>>,
    by_given_initial: HashMap<String, Vec<usize>>,
    /// Surnames by each of their one-letter deletions, for slips ("Kowalsky"/"Kowalski").
    surname_deletions: HashMap<String, Vec<String>>,
    /// Index records by id, and how common each name part is among listed persons.
    records: HashMap<&'a str, usize>,
    stats: evidence::PartStats,
    /// Countries of the places the document being linked names.
    doc_countries: Vec<&'static str>,
    /// `doc_countries` and every other country the document names by a word ("Canadian") or
    /// by a body it ties to a state ("the World Uyghur Congress", "Iran's Ministry of ..."):
    /// whether a listed person of a common name is of a country the document names.
    doc_named_countries: Vec<&'static str>,
    /// The latest year the document writes, and this year: the span of years its ages were
    /// given in.
    doc_latest_year: Option<i32>,
    this_year: i32,
    /// The two countries the document names most often, as it writes them ("Iran",
    /// "Iranian"): where a body it names without a country most likely belongs.
    doc_country_names: Vec<String>,
    /// The codes of `doc_country_names`, most often named first: the first is the country of
    /// a body the document names with no country of its own ("the Treasury" in a report
    /// about the United States).
    doc_main_countries: Vec<&'static str>,
    /// What else it names, the context a name is read in (name keys of its entities; not
    /// countries, which too many reports share).
    doc_places: Vec<String>,
    /// The surnames of the persons the document being linked names in full: a lone surname
    /// the reader kept apart from them ("Uiles Hada, son of the dissident Hada") is not
    /// theirs.
    doc_full_surnames: HashSet<String>,
    /// The names of the document's persons and bodies, each with its kind: what a listed
    /// namesake's list relations are looked for among.
    doc_party_forms: Vec<(MentionKind, String)>,
    /// Those names analysed (and whether each is a person's), once per document where asked.
    doc_party_names: std::cell::RefCell<Option<Vec<(bool, AnalyzedName)>>>,
    /// Datasets the index is read without (the reports being re-linked).
    exclude: Vec<String>,
    /// Listed bodies by the initials of their names of three words or more (PEOPLE'S FRONT
    /// FOR DEMOCRACY AND JUSTICE: PFDJ), built when a report first names a body by letters
    /// alone.
    listed_initials: std::cell::OnceCell<HashMap<String, Vec<usize>>>,
    /// Listed persons' names of one word (nicknames, noms de guerre: GODANE), by their
    /// letters, built when a report first names a person by given names and a last word the
    /// lists may give alone: the index is searched only for a word in it.
    listed_nicknames: std::cell::OnceCell<HashSet<String>>,
    /// List entities that are one real thing on several lists (see [`same_thing`]): each id
    /// to the one id reports link all of them by.
    same_as: HashMap<&'a str, &'a str>,
    /// The other way: each id reports link by, to the records of every list entity it
    /// stands for.
    members: HashMap<&'a str, Vec<usize>>,
}

/// Name parts common enough to say nothing about identity are not keys.
const MAX_POSTINGS: usize = 500;
/// At most this many names of co-mentioned things are kept as an entity's context.
const MAX_CONTEXT: usize = 256;
/// At most this many remembered entities are scored per name.
const MAX_COMPARED: usize = 64;

/// The distinctive parts of a name; every part when none is distinctive ("Northern Trading
/// Company" is all region, generic word and legal form).
fn part_keys(a: &AnalyzedName) -> Vec<&str> {
    let regular: Vec<&str> = a
        .parts
        .iter()
        .filter(|p| p.role == PartRole::Regular && p.folded.len() >= 3)
        .map(|p| p.folded.as_str())
        .collect();
    if !regular.is_empty() {
        return regular;
    }
    a.parts
        .iter()
        .filter(|p| p.folded.len() >= 2)
        .map(|p| p.folded.as_str())
        .collect()
}

fn parties_compatible(a: MentionKind, b: MentionKind) -> bool {
    a == b
        || matches!(
            (a, b),
            (MentionKind::Organization, MentionKind::PublicBody)
                | (MentionKind::PublicBody, MentionKind::Organization)
        )
}

/// The gazetteer for mention finding: every name of every matchable entity in the index (list
/// entries and earlier reports), the given names of persons, and acronyms an organisation's
/// other names spell out.
pub fn gazetteer_from_index(index: &Index) -> Gazetteer {
    gazetteer_from_index_excluding(index, &[])
}

/// [`gazetteer_from_index`] without the entities of `exclude` (reports being re-read).
pub fn gazetteer_from_index_excluding(index: &Index, exclude: &[&str]) -> Gazetteer {
    let mut g = Gazetteer::new();
    for r in index.records() {
        if !exclude.is_empty() && r.datasets.iter().all(|d| exclude.contains(&d.as_str())) {
            continue;
        }
        let kind = if r.schema.is_a(Schema::Person) {
            MentionKind::Person
        } else if r.schema.is_a(Schema::PublicBody) {
            MentionKind::PublicBody
        } else if r.schema.is_a(Schema::Organization) || r.schema.is_a(Schema::LegalEntity) {
            MentionKind::Organization
        } else {
            continue;
        };
        let initials: Vec<String> = r
            .names
            .iter()
            .map(|n| {
                n.original
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| {
                        !w.is_empty()
                            && !matches!(w.to_lowercase().as_str(), "of" | "the" | "and" | "for")
                    })
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            })
            .collect();
        // Five letters make a body's one-word name only for an organisation the lists also
        // name in words (Hamas): not a legal entity of any kind, as export lists file persons
        // and their aliases.
        let long_named = r.schema.is_a(Schema::Organization)
            && r.names
                .iter()
                .any(|n| n.original.split_whitespace().count() >= 2);
        for n in &r.names {
            let words = n.original.split_whitespace().count();
            // A body's name of words joined by hyphens is a name of words ("AL-SHABAAB": a
            // report's "al-Shabaab"), not a one-word name.
            let hyphened = kind != MentionKind::Person
                && words == 1
                && n.original
                    .split('-')
                    .filter(|p| p.chars().any(char::is_alphabetic))
                    .count()
                    >= 2;
            if words >= 2 || hyphened {
                g.add_name(&n.original, kind);
            }
            if kind == MentionKind::Person {
                let given = match n.original.split_once(',') {
                    Some((_, given)) => given.split_whitespace().next(),
                    None if words >= 2 => n.original.split_whitespace().next(),
                    None => None,
                };
                if let Some(given) = given {
                    g.add_given_name(given);
                    let sex = match r.gender.as_deref() {
                        Some("female") => Some(vigil_extract::Sex::Female),
                        Some("male") => Some(vigil_extract::Sex::Male),
                        _ => None,
                    };
                    if let Some(sex) = sex {
                        g.add_given_name_sex(given, sex);
                    }
                }
            } else if words == 1 {
                g.add_one_word_body(&n.original, kind, long_named);
            }
            if kind != MentionKind::Person && words == 1 && (3..=6).contains(&n.original.len()) {
                let up = n.original.to_uppercase();
                if n.original == up && initials.contains(&up) {
                    g.add_acronym(&up, kind);
                }
            }
        }
    }
    g
}

impl<'a> Linker<'a> {
    /// A linker over `index` (list entities and earlier reports), or over this batch only.
    pub fn new(index: Option<&'a Index>) -> Linker<'a> {
        let mut linker = Linker {
            index,
            judgements: Judgements::default(),
            known: Vec::new(),
            by_id: HashMap::new(),
            reserved: HashSet::new(),
            taken_below: Default::default(),
            scores: Default::default(),
            by_part: HashMap::new(),
            by_acronym: HashMap::new(),
            by_initials: HashMap::new(),
            by_closing_word: HashMap::new(),
            by_one_word: HashMap::new(),
            by_surname: HashMap::new(),
            by_exact: HashMap::new(),
            by_given: HashMap::new(),
            by_given_initial: HashMap::new(),
            surname_deletions: HashMap::new(),
            records: index
                .map(|ix| {
                    ix.records()
                        .iter()
                        .enumerate()
                        .map(|(i, r)| (r.id.as_str(), i))
                        .collect()
                })
                .unwrap_or_default(),
            stats: index
                .map(evidence::PartStats::from_index)
                .unwrap_or_default(),
            doc_countries: Vec::new(),
            doc_named_countries: Vec::new(),
            doc_latest_year: None,
            this_year: evidence::this_year(),
            doc_country_names: Vec::new(),
            doc_main_countries: Vec::new(),
            doc_places: Vec::new(),
            doc_full_surnames: HashSet::new(),
            doc_party_forms: Vec::new(),
            doc_party_names: std::cell::RefCell::new(None),
            exclude: Vec::new(),
            listed_initials: std::cell::OnceCell::new(),
            listed_nicknames: std::cell::OnceCell::new(),
            same_as: HashMap::new(),
            members: HashMap::new(),
        };
        if let Some(ix) = index {
            linker.same_as = same_thing(ix);
            for (&id, &canonical) in &linker.same_as {
                if let Some(&i) = linker.records.get(id) {
                    linker.members.entry(canonical).or_default().push(i);
                }
            }
        }
        linker
    }

    /// Read the index without `dataset`: re-linking a collection of reports must not find
    /// its own earlier entities in place of the lists as they now stand.
    pub fn excluding(mut self, dataset: &str) -> Linker<'a> {
        self.exclude.push(dataset.to_string());
        self
    }

    /// Whether the documents that name known entity `i` name something this document names
    /// too, other than the name `own` itself: context that two reports speak of one thing.
    fn names_a_place_of_this_document(&self, i: usize, own: &str) -> bool {
        let k = &self.known[i];
        self.doc_places
            .iter()
            .any(|p| p != own && k.places.contains(p))
    }

    /// Whether known entity `i`'s documents name at least `least` things this document names
    /// too, other than the name `own` and the entity's own names: the same story.
    fn shares_context(&self, i: usize, own: &str, least: usize) -> bool {
        let k = &self.known[i];
        self.doc_places
            .iter()
            .filter(|p| {
                *p != own && k.places.contains(*p) && !k.names.iter().any(|n| name_key(n) == **p)
            })
            .take(least)
            .count()
            >= least
    }

    /// A link to known entity `i` of an earlier report (not a new entity).
    fn known_link(&self, i: usize, score: f32, via: &'static str, matched: String) -> Link {
        let k = &self.known[i];
        Link {
            id: k.id.clone(),
            score,
            via,
            matched,
            dataset: k.dataset.clone(),
            created: false,
            possible: None,
        }
    }

    /// The report entity another report names by the letters alone that this document defines
    /// for its body ("the FBI" there, "the Federal Bureau of Investigation (FBI)" here),
    /// whichever report came first, as a lone acronym finds its definition in an earlier
    /// report (`joined_elsewhere`). Asked only where no list entity is the body: letters alone
    /// may be another body's (Turkey's MIT against an armed group's), so the two reports must
    /// name a place in common too.
    fn lone_letters_elsewhere(&self, kind: MentionKind, e: &DocEntity) -> Option<usize> {
        let own = name_key(&e.name);
        for a in e.acronyms.iter().filter(|a| a.len() >= 3) {
            let mut hits: Vec<usize> = [MentionKind::Organization, MentionKind::PublicBody]
                .iter()
                .filter_map(|&k| self.by_exact.get(&(k, name_key(a))).copied())
                .filter(|&i| {
                    // A report's body known by the letters alone, never a list entity another
                    // report linked them to.
                    let k = &self.known[i];
                    parties_compatible(k.kind, kind)
                        && k.dataset == REPORTS_DATASET
                        && k.acronyms.is_empty()
                        && k.names.iter().all(|n| evidence::is_acronym(n))
                        && self.same_body_country(i, kind, e)
                        && self.names_a_place_of_this_document(i, &own)
                })
                .collect();
            hits.dedup();
            if let [i] = hits[..] {
                return Some(i);
            }
        }
        None
    }

    fn best_known(&self, kind: MentionKind, e: &DocEntity) -> Option<(usize, f32, String)> {
        for a in e.acronyms.iter().filter(|a| a.len() >= 3) {
            // Not a body of another country by a generic name (Kyrgyzstan's and Tajikistan's
            // State Committees for National Security both go by GKNB).
            if let Some(&i) = self.by_acronym.get(a).and_then(|v| {
                v.iter().find(|&&i| {
                    parties_compatible(self.known[i].kind, kind)
                        && !self.body_country_differs(i, kind, e)
                })
            }) {
                return Some((i, 1.0, format!("acronym {}", e.acronyms.join("/"))));
            }
        }
        // The same name, written the same way: no scoring needed. A body's name of one
        // word too (the Treasury, Hezbollah), not an acronym (the cues of those are
        // `joined_elsewhere`'s).
        let one_word_body = |f: &str| {
            kind != MentionKind::Person
                && f.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !evidence::is_acronym(f)
        };
        for f in e
            .forms
            .iter()
            .filter(|f| f.split_whitespace().count() >= 2 || one_word_body(f))
        {
            // A body named with the UN before it is the body named without it ("UN HUMAN
            // RIGHTS COUNCIL", "the Human Rights Council"), whichever document came first.
            let bare = (kind != MentionKind::Person)
                .then(|| without_the_un(f))
                .flatten();
            for k in [kind, MentionKind::Organization, MentionKind::PublicBody] {
                if !parties_compatible(k, kind) {
                    continue;
                }
                for name in std::iter::once(f.as_str()).chain(bare) {
                    if let Some(&i) = self.by_exact.get(&(k, name_key(name))) {
                        if self.same_body_country(i, kind, e) {
                            return Some((i, 1.0, f.clone()));
                        }
                    }
                }
            }
        }
        // A body named with its country before it ("the U.S. Treasury", "the Russian Foreign
        // Ministry") is the body another document names without it, where that one is tied to
        // that country: by its own name, or, tied to none, by the documents naming it.
        if kind != MentionKind::Person {
            for f in &e.forms {
                let Some((first, rest)) = f.split_once(' ') else {
                    continue;
                };
                let Some(country) = vigil_model::country_code_of_word(
                    &first.trim_end_matches('.').replace('.', "").to_lowercase(),
                )
                .or_else(|| vigil_model::country_code(first)) else {
                    continue;
                };
                if !one_word_body(rest) && rest.split_whitespace().count() < 2 {
                    continue;
                }
                for k in [kind, MentionKind::Organization, MentionKind::PublicBody] {
                    if !parties_compatible(k, kind) {
                        continue;
                    }
                    if let Some(&i) = self.by_exact.get(&(k, name_key(rest))) {
                        let k = &self.known[i];
                        let tied = match k.country {
                            Some(c) => c == country,
                            None => k.countries_named.contains(&country),
                        };
                        if tied && self.same_body_country(i, kind, e) {
                            return Some((i, 1.0, rest.to_string()));
                        }
                    }
                }
            }
        }
        let name_kind = vigil_matcher::name_kind(schema_of(kind));
        let mut best: Option<(usize, f32, String)> = None;
        for q in e.forms.iter().filter(|f| f.split_whitespace().count() >= 2) {
            let aq = analyze(q, name_kind);
            // Candidates sharing the most distinctive parts with the query; a namesake sharing
            // only a surname is compared only when nothing shares more.
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for v in part_keys(&aq)
                .into_iter()
                .filter_map(|k| self.by_part.get(k))
                .filter(|v| v.len() <= MAX_POSTINGS)
            {
                for &i in v {
                    *shared.entry(i).or_default() += 1;
                }
            }
            let most = shared.values().copied().max().unwrap_or(0);
            let mut candidates: Vec<usize> = shared
                .into_iter()
                .filter(|(_, n)| *n == most)
                .map(|(i, _)| i)
                .collect();
            candidates.sort_unstable();
            candidates.truncate(MAX_COMPARED);
            for i in candidates {
                let k = &self.known[i];
                if !parties_compatible(k.kind, kind) {
                    continue;
                }
                if !self.same_body_country(i, kind, e) {
                    continue;
                }
                for (c, ac) in k.names.iter().zip(&k.analyzed) {
                    let s = vigil_matcher::names::compare(&aq, ac).score;
                    // Two reports' persons are one only if their names agree as a list
                    // link's must: the surname, each given name, not common parts alone.
                    // (Checked only for a score that would link: the check analyses both names.)
                    // Of the same story (the documents name two things or more alike), the
                    // same first given name and surname with a middle name left out are one
                    // person: "Ali Hassan Demir" is "Ali Demir" of the same trial.
                    if kind == MentionKind::Person
                        && (REPORT_THRESHOLD..1.0).contains(&s)
                        && best.as_ref().is_none_or(|b| s > b.1)
                        && evidence::person(q, c, &self.stats, false).is_some()
                        && !(middle_name_left_out(q, c) && self.shares_context(i, &name_key(q), 2))
                    {
                        continue;
                    }
                    if best.as_ref().is_none_or(|b| s > b.1) {
                        best = Some((i, s, c.clone()));
                    }
                }
            }
        }
        best
    }

    /// The country a body of a generic name ("the Interior Ministry") is tied to here: its own,
    /// else the one the document names most. `None` for a person or a body of a distinctive
    /// name, which needs none to be told apart.
    fn generic_body_country(&self, kind: MentionKind, e: &DocEntity) -> Option<Option<&str>> {
        (kind != MentionKind::Person && evidence::is_generic_body(&e.name)).then(|| {
            e.country
                .filter(|c| !c.is_empty())
                .or(self.doc_main_countries.first().copied())
        })
    }

    /// Whether a body of a generic name is tied to one country here and the known entity `i` to
    /// another.
    fn body_country_differs(&self, i: usize, kind: MentionKind, e: &DocEntity) -> bool {
        matches!(
            (self.generic_body_country(kind, e), self.known[i].country),
            (Some(Some(a)), Some(b)) if a != b
        )
    }

    /// Bodies with generic names are one across documents only when both are tied to the same
    /// country; no two bodies the texts tie to two countries are one.
    fn same_body_country(&self, i: usize, kind: MentionKind, e: &DocEntity) -> bool {
        // Any body the text ties to one state ("Bahrain's National Security Agency") is not
        // the body another mention tied to another ("Egypt's ...").
        if kind != MentionKind::Person {
            if let (Some(mine), Some(theirs)) =
                (e.country.filter(|c| !c.is_empty()), self.known[i].country)
            {
                if mine != theirs {
                    return false;
                }
            }
        }
        match self.generic_body_country(kind, e) {
            None => true,
            Some(mine) => mine.is_some() && self.known[i].country == mine,
        }
    }

    /// Entities of other documents this one is, by the cues a name alone carries across
    /// documents: the same acronym (defined there or used alone), initials ("Karim B.")
    /// against the full name in a report naming the same places, a one-slip variant of a
    /// rare surname used alone ("Kowalsky" among "Kowalski"s).
    /// A body named by one word that closes another report's name for it after "of" ("the
    /// Treasury" of "the Department of the Treasury", "the Interior" of "the Ministry of the
    /// Interior") or opens it before "Department" ("the Treasury Department"), either report
    /// first, where the two name a place in common: that body, if only one qualifies.
    fn by_the_last_word_of_a_name(
        &self,
        kind: MentionKind,
        e: &DocEntity,
    ) -> Option<(usize, &'static str)> {
        let own = name_key(&e.name);
        let mut hits: Vec<usize> = Vec::new();
        for f in &e.forms {
            // This entity's one word against names closing on it, and the word its names
            // close on against names of one word.
            let found = one_word(f)
                .and_then(|w| self.by_closing_word.get(&w))
                .into_iter()
                .chain(closing_word(f).and_then(|w| self.by_one_word.get(&w)));
            hits.extend(found.flatten().copied());
        }
        hits.retain(|&i| {
            let k = &self.known[i];
            parties_compatible(k.kind, kind) && self.names_a_place_of_this_document(i, &own)
        });
        hits.sort_unstable();
        hits.dedup();
        (hits.len() == 1).then(|| (hits[0], "the last word of a name in another report"))
    }

    fn joined_elsewhere(&self, kind: MentionKind, e: &DocEntity) -> Option<(usize, &'static str)> {
        let unique = |mut v: Vec<usize>| {
            v.sort_unstable();
            v.dedup();
            (v.len() == 1).then(|| v[0])
        };
        if kind != MentionKind::Person && e.forms.iter().all(|f| evidence::is_acronym(f)) {
            let mut hits = Vec::new();
            for f in &e.forms {
                let bare: String = f.chars().filter(|c| *c != '.').collect();
                for key in [f.as_str(), bare.as_str()] {
                    if let Some(v) = self.by_acronym.get(key) {
                        hits.extend(v.iter().copied());
                    }
                    for k in [MentionKind::Organization, MentionKind::PublicBody] {
                        if let Some(&i) = self.by_exact.get(&(k, name_key(key))) {
                            hits.push(i);
                        }
                    }
                }
            }
            hits.retain(|&i| parties_compatible(self.known[i].kind, kind));
            if hits.is_empty() {
                // Used alone here, defined nowhere: the body another document names in full
                // with these initials, if only one does.
                for f in &e.forms {
                    let bare: String = f.chars().filter(|c| *c != '.').collect();
                    if bare.len() >= 2 {
                        if let Some(v) = self.by_initials.get(&bare) {
                            hits.extend(v.iter().copied());
                        }
                    }
                }
                hits.retain(|&i| parties_compatible(self.known[i].kind, kind));
                return unique(hits).map(|i| (i, "acronym of a name in another report"));
            }
            return unique(hits).map(|i| (i, "acronym"));
        }
        if kind != MentionKind::Person {
            return self.by_the_last_word_of_a_name(kind, e);
        }
        // "Karim B." and "Karim Benali", in either order.
        let initial_form = |f: &str| -> Option<(String, char)> {
            let words: Vec<&str> = f.split_whitespace().collect();
            let last = words.last()?;
            let letters: Vec<char> = last.trim_end_matches('.').chars().collect();
            (words.len() >= 2 && last.ends_with('.') && letters.len() == 1).then(|| {
                (
                    name_key(&words[..words.len() - 1].join(" ")),
                    letters[0].to_ascii_lowercase(),
                )
            })
        };
        let split_full = |f: &str| -> Option<(String, String)> {
            let words: Vec<&str> = f.split_whitespace().collect();
            (words.len() >= 2 && !words.last()?.ends_with('.')).then(|| {
                (
                    name_key(&words[..words.len() - 1].join(" ")),
                    name_key(words.last().unwrap_or(&"")),
                )
            })
        };
        // Context: the other document names something this one names too (not the name itself).
        let own: Vec<String> = e.forms.iter().map(|f| name_key(f)).collect();
        let shares_place = |i: usize| {
            let k = &self.known[i];
            self.doc_places.iter().any(|p| {
                !own.contains(p)
                    && k.places.contains(p)
                    && !k.names.iter().any(|n| name_key(n) == *p)
            })
        };
        let mut hits = Vec::new();
        let with_given =
            |index: &HashMap<String, Vec<usize>>, given: &str| -> Vec<(usize, &Known)> {
                index
                    .get(given)
                    .map(|v| v.iter().map(|&i| (i, &self.known[i])).collect())
                    .unwrap_or_default()
            };
        // A form is a given name and a surname or its initial; it finds known names of the
        // other shape (by given name) whose surname starts with the initial.
        let shape = |f: &str| -> Option<(String, String, bool)> {
            initial_form(f)
                .map(|(g, c)| (g, c.to_string(), true))
                .or_else(|| split_full(f).map(|(g, s)| (g, s, false)))
        };
        for f in &e.forms {
            let Some((given, rest, initial)) = shape(f) else {
                continue;
            };
            let index = if initial {
                &self.by_given
            } else {
                &self.by_given_initial
            };
            for (i, k) in with_given(index, &given) {
                if k.kind != MentionKind::Person || !shares_place(i) {
                    continue;
                }
                let agrees = k.names.iter().filter_map(|n| shape(n)).any(|(g, r, i2)| {
                    i2 != initial
                        && g == given
                        && if initial {
                            r.starts_with(&rest)
                        } else {
                            rest.starts_with(&r)
                        }
                });
                if agrees {
                    hits.push(i);
                }
            }
        }
        if let Some(i) = unique(hits) {
            return Some((i, "initials"));
        }
        // A lone surname one letter off a rare one known in full.
        let single = e.forms.iter().all(|f| f.split_whitespace().count() < 2);
        if single && self.surname(e).is_none() {
            let key = name_key(&e.name);
            if key.len() >= 6 && !self.stats.is_common_part(&key) {
                let mut hits = Vec::new();
                let mut candidates: Vec<&String> = deletions(&key)
                    .iter()
                    .chain(std::iter::once(&key))
                    .filter_map(|d| self.surname_deletions.get(d))
                    .flatten()
                    .collect();
                candidates.sort_unstable();
                candidates.dedup();
                for surname in candidates {
                    if surname.len() >= 6
                        && *surname != key
                        && vigil_matcher::names::bounded_levenshtein(
                            surname.as_bytes(),
                            key.as_bytes(),
                            1,
                        ) == 1
                    {
                        if let Some(v) = self.by_surname.get(surname) {
                            hits.extend(v.iter().copied());
                        }
                    }
                }
                return unique(hits).map(|i| (i, "surname variant"));
            }
        }
        None
    }

    fn surname(&self, e: &DocEntity) -> Option<usize> {
        let key = name_key(&e.name);
        let hits = self.by_surname.get(&key)?;
        let mut ids: Vec<usize> = hits.clone();
        ids.dedup();
        // A word that is also a person's given name ("Isa" of Isa Bataev, and of Dolkun Isa):
        // the one of them whose other documents name something this one names too, if one
        // does; none where the context does not tell.
        if let Some(given) = self.by_given.get(&key).filter(|g| !g.is_empty()) {
            let mut candidates = ids.clone();
            candidates.extend(given.iter().copied());
            candidates.sort_unstable();
            candidates.dedup();
            let in_context: Vec<usize> = candidates
                .into_iter()
                .filter(|&i| self.shares_context(i, &key, 1))
                .collect();
            return match in_context[..] {
                [i] => Some(i),
                _ => None,
            };
        }
        (ids.len() == 1).then(|| ids[0])
    }

    fn remember(&mut self, link: &Link, kind: MentionKind, e: &DocEntity) {
        let i = match self.by_id.get(&link.id) {
            Some(&i) => i,
            None => {
                self.known.push(Known {
                    id: link.id.clone(),
                    kind,
                    names: Vec::new(),
                    analyzed: Vec::new(),
                    acronyms: Vec::new(),
                    dataset: link.dataset.clone(),
                    country: None,
                    places: std::collections::HashSet::new(),
                    countries_named: Vec::new(),
                    described_apart: false,
                });
                let i = self.known.len() - 1;
                self.by_id.insert(link.id.clone(), i);
                i
            }
        };
        if link.possible.as_deref().is_some_and(|p| {
            p.contains(evidence::DESCRIBED_AS_TARGETED)
                || p.contains(evidence::DESCRIBED_IN_A_PRIVATE_TRADE)
        }) {
            self.known[i].described_apart = true;
        }
        if self.known[i].country.is_none() {
            self.known[i].country = e.country.filter(|c| !c.is_empty());
            if kind != MentionKind::Person && evidence::is_generic_body(&e.name) {
                self.known[i].country = self.known[i]
                    .country
                    .or(self.doc_main_countries.first().copied());
            }
        }
        // Context for initials is a few shared names; an entity named in thousands of reports
        // needs no more than a bounded sample of them.
        for p in &self.doc_places {
            if self.known[i].places.len() >= MAX_CONTEXT {
                break;
            }
            // (Most are there already: the document's places, for each of its entities.)
            if !self.known[i].places.contains(p) {
                self.known[i].places.insert(p.clone());
            }
        }
        for c in &self.doc_countries {
            let named = &mut self.known[i].countries_named;
            if named.len() < MAX_CONTEXT && !named.contains(c) {
                named.push(c);
            }
        }
        // A listed person told apart from a namesake by what this document names beside them,
        // or named by a surname after their office, is that one here only: another report
        // giving the name alone joins neither by it.
        if link.via == TOLD_APART || link.via == BY_OFFICE {
            return;
        }
        let name_kind = vigil_matcher::name_kind(schema_of(kind));
        let mut forms = vec![link.matched.clone()];
        forms.extend(e.forms.iter().cloned());
        for f in forms {
            if self.known[i].names.contains(&f) {
                continue;
            }
            self.by_exact.entry((kind, name_key(&f))).or_insert(i);
            if kind != MentionKind::Person {
                // "UN Human Rights Council" is the Human Rights Council another document names.
                if let Some(rest) = without_the_un(&f) {
                    self.by_exact.entry((kind, name_key(rest))).or_insert(i);
                }
                for initials in name_initials(&f) {
                    let v = self.by_initials.entry(initials).or_default();
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
                let keyed = [
                    (closing_word(&f), &mut self.by_closing_word),
                    (one_word(&f), &mut self.by_one_word),
                ];
                for (word, index) in keyed {
                    if let Some(w) = word {
                        let v = index.entry(w).or_default();
                        if !v.contains(&i) {
                            v.push(i);
                        }
                    }
                }
            }
            let words: Vec<&str> = f.split_whitespace().collect();
            if kind == MentionKind::Person && words.len() >= 2 {
                if let Some(last) = words.last() {
                    let surname = name_key(last);
                    if !self.by_surname.contains_key(&surname) {
                        for d in deletions(&surname) {
                            self.surname_deletions
                                .entry(d)
                                .or_default()
                                .push(surname.clone());
                        }
                        self.surname_deletions
                            .entry(surname.clone())
                            .or_default()
                            .push(surname.clone());
                    }
                    let v = self.by_surname.entry(surname).or_default();
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
                let given = name_key(&words[..words.len() - 1].join(" "));
                let initial = words.last().is_some_and(|w| {
                    w.ends_with('.') && w.trim_end_matches('.').chars().count() == 1
                });
                let index = if initial {
                    &mut self.by_given_initial
                } else {
                    &mut self.by_given
                };
                let v = index.entry(given).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
            let a = analyze(&f, name_kind);
            for k in part_keys(&a) {
                let v = self.by_part.entry(k.to_string()).or_default();
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
            self.known[i].names.push(f);
            self.known[i].analyzed.push(a);
        }
        for a in &e.acronyms {
            if !self.known[i].acronyms.contains(a) {
                self.known[i].acronyms.push(a.clone());
                self.by_acronym.entry(a.clone()).or_default().push(i);
            }
        }
    }

    fn new_id(&self, kind: MentionKind, name: &str) -> String {
        let prefix = match kind {
            MentionKind::Place => "place".to_string(),
            MentionKind::Event => "rep-event".to_string(),
            k => format!("rep-{}", k.as_str().replace('_', "-")),
        };
        let base = format!("{prefix}-{}", vigil_model::slug(name));
        if !self.by_id.contains_key(&base) && !self.reserved.contains(&base) {
            return base;
        }
        // The lowest free numbered id. Numbers below the hint are all taken for good (ids
        // remembered are never let go), so the search starts there: a name many entities
        // bear (a generic body's, across thousands of reports) was otherwise tried from 2
        // each time, in time growing with the square of their number.
        let mut hints = self.taken_below.borrow_mut();
        let hint = hints.entry(base.clone()).or_insert(2);
        let mut n = *hint;
        loop {
            let id = format!("{base}-{n}");
            let remembered = self.by_id.contains_key(&id);
            if !remembered && !self.reserved.contains(&id) {
                return id;
            }
            if remembered && n == *hint {
                *hint = n + 1;
            }
            n += 1;
        }
    }

    /// Apply analysts' judgements (merges, never-merges, splits) to every link made.
    pub fn with_judgements(mut self, judgements: Judgements) -> Linker<'a> {
        self.judgements = judgements;
        self
    }

    /// The link after judgements: a split form moves, a merged id resolves to its group, and a
    /// name that is exactly a form of an entity kept apart from the chosen one goes there.
    fn judge(&self, e: &DocEntity, mut link: Link) -> Link {
        if self.judgements.is_empty() || !e.kind.is_party() {
            return link;
        }
        let mut to = self.judgements.resolve(&link.id, &e.name);
        for f in &e.forms {
            let moved = self.judgements.resolve(&link.id, f);
            if moved != self.judgements.resolve(&link.id, "") {
                to = moved;
            }
        }
        for f in &e.forms {
            if let Some(&i) = self.by_exact.get(&(e.kind, name_key(f))) {
                let other = &self.known[i].id;
                if self.judgements.never(&to, other) {
                    to = other.clone();
                }
            }
        }
        if to != link.id {
            link.id = to;
            link.via = "judgement";
            link.created = false;
            link.dataset = self
                .by_id
                .get(&link.id)
                .map(|&i| self.known[i].dataset.clone())
                .unwrap_or_else(|| link.dataset.clone());
        }
        link
    }

    /// Resolve every entity of a document; `None` for kinds that are not linked.
    pub fn link(&mut self, ex: &Extraction) -> Vec<Option<Link>> {
        let mut out = Vec::with_capacity(ex.entities.len());
        self.doc_countries = ex
            .entities
            .iter()
            .filter(|e| e.kind == MentionKind::Place)
            .filter_map(|e| e.country)
            .filter(|c| !c.is_empty())
            .collect();
        self.doc_country_names = ex.main_countries.clone();
        self.doc_main_countries = ex
            .main_countries
            .iter()
            .filter_map(|w| vigil_model::country_code_of_word(&w.to_lowercase()))
            .collect();
        // A country the text names often by its demonym ("Iranian exiles") ties bodies to it
        // as a place does.
        for w in &ex.main_countries {
            if let Some(code) = vigil_model::country_code_of_word(&w.to_lowercase()) {
                if !self.doc_countries.contains(&code) {
                    self.doc_countries.push(code);
                }
            }
        }
        self.doc_latest_year = ex.latest_year;
        self.doc_named_countries = self.doc_countries.clone();
        for w in &ex.countries_named {
            if let Some(code) = vigil_model::country_code_of_word(&w.to_lowercase()) {
                if !self.doc_named_countries.contains(&code) {
                    self.doc_named_countries.push(code);
                }
            }
        }
        let bodies_countries = ex
            .entities
            .iter()
            .filter(|e| matches!(e.kind, MentionKind::Organization | MentionKind::PublicBody))
            .filter_map(|e| e.country)
            .filter(|c| !c.is_empty());
        for code in bodies_countries {
            if !self.doc_named_countries.contains(&code) {
                self.doc_named_countries.push(code);
            }
        }
        self.doc_full_surnames = ex
            .entities
            .iter()
            .filter(|e| e.kind == MentionKind::Person && e.name.split_whitespace().count() >= 2)
            .filter_map(|e| e.name.split_whitespace().last().map(name_key))
            .collect();
        self.doc_party_forms = ex
            .entities
            .iter()
            .filter(|e| e.kind.is_party())
            .flat_map(|e| e.forms.iter().map(move |f| (e.kind, f.clone())))
            .collect();
        self.doc_party_names.replace(None);
        self.doc_places = ex
            .entities
            .iter()
            .filter(|e| e.kind != MentionKind::Place || !is_country_name(&e.name))
            .map(|e| name_key(&e.name))
            .collect();
        // A body that would be a new report entity, or another report's, waits until the
        // document's other names are linked: it may be a listed body the document also names
        // otherwise (see `listed_body_named_here`) or names beside one of its country.
        let mut waiting = Vec::new();
        self.reserved.clear();
        // This document's persons by the report entity each joined.
        let mut persons_here: HashMap<String, usize> = HashMap::new();
        for (i, e) in ex.entities.iter().enumerate() {
            // An entity left with no mention (its name merged into another's as an alias,
            // "X, known as Y") names nothing of its own: no entity is made for it.
            if e.mentions.is_empty() {
                out.push(None);
                continue;
            }
            let mut link = self.link_one(e);
            if let Some(l) = link.as_mut().filter(|_| e.kind == MentionKind::Person) {
                // Two persons of one name the reader kept apart here, one said not to be the
                // other, are two entities, however alike their names: neither joins the
                // other's.
                let apart = persons_here
                    .get(&l.id)
                    .is_some_and(|&j| j != i && (e.is_namesake() || ex.entities[j].is_namesake()));
                if apart && l.dataset == REPORTS_DATASET {
                    *l = new_entity(self.new_id(e.kind, &e.name), e, None);
                }
                persons_here.entry(l.id.clone()).or_insert(i);
            }
            let link = link.map(|l| self.judge(e, l));
            if let Some(l) = link.as_ref().filter(|l| l.created) {
                self.reserved.insert(l.id.clone());
            }
            if let Some(l) = &link {
                if (l.created || l.dataset == REPORTS_DATASET)
                    && matches!(e.kind, MentionKind::Organization | MentionKind::PublicBody)
                {
                    waiting.push(i);
                } else {
                    self.remember(l, e.kind, e);
                }
            }
            out.push(link);
        }
        if waiting.is_empty() {
            return out;
        }
        let listed_here: Vec<String> = out
            .iter()
            .zip(&ex.entities)
            .filter(|(l, e)| {
                matches!(e.kind, MentionKind::Organization | MentionKind::PublicBody)
                    && l.as_ref()
                        .is_some_and(|l| !l.created && l.dataset != REPORTS_DATASET)
            })
            .filter_map(|(l, _)| l.as_ref().map(|l| l.id.clone()))
            .collect();
        for i in waiting {
            let e = &ex.entities[i];
            if let Some(link) = self.listed_body_named_here(e, &listed_here) {
                // The evidence is this document's: other documents' bodies of that name are
                // not linked by it, so the name is not remembered as the listed body's.
                out[i] = Some(self.judge(e, link));
                continue;
            }
            if let Some(link) = self
                .index
                .and_then(|index| self.unit_of_a_body_named_here(index, ex, e, &out))
            {
                out[i] = Some(self.judge(e, link));
                continue;
            }
            // A shortened name in a sentence with a listed body of a country the document
            // names ("linked to the IRGC or the Ministry of Intelligence"): that country's
            // body, though the document is mostly about others.
            let co = self.co_mentioned_countries(ex, i, &out);
            let codes: Vec<&str> = co.iter().map(String::as_str).collect();
            // The document's own words for those countries ("Iran").
            let words: Vec<String> = ex
                .entities
                .iter()
                .filter(|p| {
                    p.kind == MentionKind::Place
                        && p.country
                            .is_some_and(|c| codes.iter().any(|k| k.eq_ignore_ascii_case(c)))
                })
                .map(|p| p.name.clone())
                .collect();
            if let Some(link) = self
                .index
                .and_then(|index| self.shortened_name_in(index, e.kind, e, &codes, &words))
            {
                out[i] = Some(self.judge(e, link));
                continue;
            }
            if let Some(l) = out[i].clone() {
                self.remember(&l, e.kind, e);
            }
        }
        out
    }

    /// The countries, among those the document names, of the listed bodies linked in a
    /// sentence that also names entity `i`.
    fn co_mentioned_countries(
        &self,
        ex: &Extraction,
        i: usize,
        links: &[Option<Link>],
    ) -> Vec<String> {
        let Some(index) = self.index else {
            return Vec::new();
        };
        let sentences_of = |e: &DocEntity| -> Vec<usize> {
            e.mentions
                .iter()
                .filter_map(|&m| ex.mentions.get(m).map(|m| m.sentence))
                .collect()
        };
        let own = sentences_of(&ex.entities[i]);
        let mut out: Vec<String> = Vec::new();
        for (j, (other, link)) in ex.entities.iter().zip(links).enumerate() {
            let Some(link) = link.as_ref().filter(|l| !l.created) else {
                continue;
            };
            if j == i
                || !matches!(
                    other.kind,
                    MentionKind::Organization | MentionKind::PublicBody
                )
                || !sentences_of(other).iter().any(|s| own.contains(s))
            {
                continue;
            }
            // Every list record of that one thing: one may say the country another leaves out.
            let members = self.records_of(&link.id);
            // Its country by its records, or by a name of it that says one ("Iran's
            // Revolutionary Guards").
            let records = members.iter().map(|&r| &index.records()[r]);
            let by_name = records
                .clone()
                .flat_map(|r| &r.names)
                .flat_map(|n| &n.parts)
                .filter_map(|p| p.country)
                .map(|c| String::from_utf8_lossy(&c).into_owned());
            let by_record =
                records.flat_map(|r| r.countries.iter().chain(&r.address_countries).cloned());
            for c in by_record.chain(by_name) {
                let named = self.doc_countries.iter().any(|d| c.eq_ignore_ascii_case(d));
                if named && !out.iter().any(|o| o.eq_ignore_ascii_case(&c)) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// A body's name that matched no list entity by itself, every word of which is in a name
    /// of a listed body the same document links another name to ("the GRU" ... "the Main
    /// Intelligence Directorate of the General Staff", listed as "Russian General Staff Main
    /// Intelligence Directorate (GRU)"): that body. The document's own link is the evidence
    /// the string lacks; only one such body may qualify.
    fn listed_body_named_here(&self, e: &DocEntity, listed_here: &[String]) -> Option<Link> {
        let index = self.index?;
        let forms: Vec<AnalyzedName> = e
            .forms
            .iter()
            .filter(|f| f.split_whitespace().count() >= 3 && !evidence::is_acronym(f))
            .map(|f| analyze(f, NameKind::Organization))
            .collect();
        if forms.is_empty() {
            return None;
        }
        let mut found: Vec<(String, String, String)> = Vec::new();
        for id in listed_here {
            if found.iter().any(|f| &f.0 == id) {
                continue;
            }
            'records: for r in self.records_of(id).into_iter().map(|i| &index.records()[i]) {
                for n in &r.names {
                    for q in &forms {
                        let c = vigil_matcher::names::compare_with(q, n, false);
                        let distinct = c
                            .pairs
                            .iter()
                            .filter(|p| q.parts[p.query].role == PartRole::Regular)
                            .count();
                        if c.unmatched_query.is_empty()
                            && distinct >= 2
                            && c.pairs.iter().all(|p| p.similarity >= 0.99)
                        {
                            found.push((
                                id.clone(),
                                n.original.clone(),
                                r.datasets.first().cloned().unwrap_or_default(),
                            ));
                            break 'records;
                        }
                    }
                }
            }
        }
        let found = found
            .into_iter()
            .map(|(id, matched, dataset)| (id, matched, dataset, 1.0))
            .collect();
        the_only_one(found, "a listed body the document also names otherwise")
    }

    /// A unit named without its parent ("Unit 29155" in a report on the GRU) that the lists
    /// name with the parent's short name before it ("GRU Unit 29155"): that unit, where the
    /// document names the parent and links it to the lists, and the name so completed is the
    /// listed name itself. Only one listed body may qualify.
    fn unit_of_a_body_named_here(
        &self,
        index: &Index,
        ex: &Extraction,
        e: &DocEntity,
        links: &[Option<Link>],
    ) -> Option<Link> {
        let body =
            |k: MentionKind| matches!(k, MentionKind::Organization | MentionKind::PublicBody);
        let parents: Vec<(&str, String)> = ex
            .entities
            .iter()
            .zip(links)
            .filter(|(p, _)| body(p.kind))
            .filter_map(|(p, l)| {
                let l = l
                    .as_ref()
                    .filter(|l| !l.created && l.dataset != REPORTS_DATASET)?;
                Some((p, self.canonical(&l.id)))
            })
            .flat_map(|(p, id)| {
                p.forms
                    .iter()
                    .chain(&p.acronyms)
                    .filter(|f| evidence::is_acronym(f))
                    .map(move |f| (f.as_str(), id.clone()))
            })
            .collect();
        if parents.is_empty() {
            return None;
        }
        let mut found: Vec<(String, String, String, f32)> = Vec::new();
        for form in e.forms.iter().filter(|f| f.split_whitespace().count() >= 2) {
            for (parent, parent_id) in &parents {
                if form.starts_with(parent) {
                    continue;
                }
                let q = Query::names(schema_of(e.kind), vec![format!("{parent} {form}")]);
                let opts = self.lookup(0.97, 3, 16);
                let hits = index.screen_remembering(&q, &opts, &mut self.scores.borrow_mut());
                for m in hits {
                    let id = self.canonical(&m.id);
                    if m.datasets.iter().any(|d| d == REPORTS_DATASET)
                        || &id == parent_id
                        || found.iter().any(|f| f.0 == id)
                    {
                        continue;
                    }
                    found.push(found_entry(id, &m));
                }
            }
        }
        the_only_one(found, "a listed unit of a body the document names")
    }

    fn link_one(&mut self, e: &DocEntity) -> Option<Link> {
        let kind = e.kind;
        match kind {
            MentionKind::Place | MentionKind::Event => {
                let key = name_key(&e.name);
                if let Some(k) = self.by_exact.get(&(kind, key)).map(|&i| &self.known[i]) {
                    return Some(Link {
                        id: k.id.clone(),
                        score: 1.0,
                        via: "report",
                        matched: e.name.clone(),
                        dataset: k.dataset.clone(),
                        created: false,
                        possible: None,
                    });
                }
                let id = match (kind, e.country) {
                    (MentionKind::Place, Some(c)) if !c.is_empty() && is_country_name(&e.name) => {
                        format!("place-{c}")
                    }
                    _ => self.new_id(kind, &e.name),
                };
                return Some(new_entity(id, e, None));
            }
            MentionKind::Date | MentionKind::Quantity => return None,
            _ => {}
        }
        let single = e.forms.iter().all(|f| f.split_whitespace().count() < 2);
        // A person this report describes as a scholar, dissident, activist or victim, or by a
        // private trade (a teacher, a nurse), joins no listed person another report named
        // alike: the evidence rule holds across documents. (So does one the document says is
        // a namesake of someone else it names.)
        let targeted = kind == MentionKind::Person
            && (evidence::described_as_one_of_the_targeted(e).is_some()
                || evidence::described_in_a_private_trade(e).is_some()
                || e.is_namesake());
        let may_join = |k: &Known| {
            if targeted {
                k.dataset == REPORTS_DATASET
            } else {
                !k.described_apart
            }
        };
        // (Not a surname the reader kept apart from a person of this document named in full
        // with it: the reader saw the context, the index does not.)
        let kept_apart_here = self.doc_full_surnames.contains(&name_key(&e.name));
        if kind == MentionKind::Person && single && !kept_apart_here {
            if let Some(i) = self.surname(e).filter(|&i| may_join(&self.known[i])) {
                let matched = self.known[i].names[0].clone();
                return Some(self.known_link(i, 0.9, "surname", matched));
            }
        }
        // Initials alone never make a person a listed one ("Reza H." and a listed Reza
        // H...): the listed entity is kept as possible, for the analyst.
        let mut initials_possible: Option<String> = None;
        if let Some((i, via)) = self
            .joined_elsewhere(kind, e)
            .filter(|&(i, _)| may_join(&self.known[i]))
        {
            let k = &self.known[i];
            if via == "initials" && k.dataset != REPORTS_DATASET {
                initials_possible = Some(possible_note(&PossibleMatch {
                    id: k.id.clone(),
                    name: k.names[0].clone(),
                    score: 0.9,
                    why: "only a given name and an initial agree with the listed name".into(),
                }));
            } else {
                return Some(Link {
                    id: k.id.clone(),
                    score: 0.9,
                    via,
                    matched: k.names[0].clone(),
                    dataset: k.dataset.clone(),
                    created: false,
                    possible: None,
                });
            }
        }
        let known = self.best_known(kind, e);
        if let Some((i, score, matched)) = &known {
            if *score >= REPORT_THRESHOLD && may_join(&self.known[*i]) {
                let via = if matched.starts_with("acronym ") {
                    "acronym"
                } else {
                    "report"
                };
                return Some(self.known_link(*i, *score, via, matched.clone()));
            }
        }
        let mut possible: Option<String> = None;
        if let Some(index) = self
            .index
            .filter(|_| !single || kind != MentionKind::Person)
        {
            // A well-known unlisted body's acronym alone ("PTI", a news agency) is that body,
            // not a list entry carrying the same letters as an alias: it is not screened.
            // Nor is a body's short name, the first word of a longer name of it the document
            // gives ("Baltic" after "Baltic Trial Watch"): the full name says what it is, and
            // one word alone is alike to too many listed names ("LLC BALTECH").
            let short_name = |f: &str| {
                kind != MentionKind::Person
                    && !f.contains(' ')
                    && e.forms.iter().any(|g| {
                        g.split_whitespace().count() >= 2 && g.split_whitespace().next() == Some(f)
                    })
            };
            let mut names: Vec<String> = e
                .forms
                .iter()
                .filter(|f| kind != MentionKind::Person || f.split_whitespace().count() >= 2)
                .filter(|f| !vigil_extract::is_well_known_acronym(f))
                .filter(|f| !short_name(f))
                .cloned()
                .collect();
            // A body named without its country ("the Ministry of Intelligence and Security"
            // in a report about Iran) is also read with the country the document names most:
            // lists write "Iranian Ministry of ...", whose qualifier would otherwise cost it
            // the threshold. The evidence rules still decide.
            // So is a body named by its letters alone ("the KGB": "Belarusian KGB", as a list
            // writes it); only an entry named by those letters, alone or with a country, is
            // then taken for it.
            let letters_only = matches!(kind, MentionKind::PublicBody | MentionKind::Organization)
                && !names.is_empty()
                && names
                    .iter()
                    .all(|f| !f.contains(' ') && evidence::is_acronym(f) && f.len() >= 3);
            let letters: Vec<String> = if letters_only {
                names.clone()
            } else {
                Vec::new()
            };
            if matches!(kind, MentionKind::PublicBody | MentionKind::Organization) {
                let qualified: Vec<String> = names
                    .iter()
                    .filter(|f| {
                        (f.split_whitespace().count() >= 2 || letters_only)
                            && !f.split(|c: char| !c.is_alphabetic()).any(|w| {
                                // Names and demonyms, not three-letter codes ("and").
                                w.len() >= 4
                                    && vigil_model::country_code_of_word(&w.to_lowercase())
                                        .is_some()
                            })
                    })
                    .flat_map(|f| {
                        self.doc_country_names
                            .iter()
                            .map(move |country| format!("{country} {f}"))
                    })
                    .collect();
                names.extend(qualified);
                // "the National Security Agency of Eritrea": the list may carry the body's
                // name without its country (an alias), so the name is looked up without it too;
                // whether the entry is that country's is then the evidence's to say.
                let stripped: Vec<String> = names
                    .iter()
                    .filter_map(|f| without_its_country(f).map(|(head, _)| head.to_string()))
                    .collect();
                names.extend(stripped);
            }
            // A well-known body no list names ("Al Jazeera", a broadcaster) is a listed entry
            // only where the list writes that very name: one spelt alike ("Al Jazerra", an oil
            // firm) is another body.
            let well_known: Vec<&String> =
                if matches!(kind, MentionKind::PublicBody | MentionKind::Organization) {
                    e.forms
                        .iter()
                        .filter(|f| vigil_extract::is_well_known_body(f))
                        .collect()
                } else {
                    Vec::new()
                };
            if !names.is_empty() {
                let q = Query::names(schema_of(kind), names);
                // Only strong matches count here, so fewer candidates are scored than in
                // screening, and only those sharing half the query's weight.
                let opts = Options {
                    threshold: LIST_THRESHOLD,
                    cutoff: REPORT_THRESHOLD.min(LIST_THRESHOLD),
                    // Room for two persons' records from several lists at one score.
                    limit: 5,
                    candidates: 32,
                    min_share: 0.5,
                    exclude_datasets: self.exclude.clone(),
                    explain: false,
                    ..Options::default()
                };
                let mut hits = index.screen_remembering(&q, &opts, &mut self.scores.borrow_mut());
                // Among hits of one score, the entry whose name is one the document wrote comes
                // first: "the Ministry of Defence of the Russian Federation" is read without its
                // country too, and other states' entries under that shorter name would
                // otherwise fill the places looked at and leave the very name written unseen.
                let written: Vec<String> =
                    e.forms.iter().map(|f| evidence::letters_upper(f)).collect();
                let per_mille = |score: f32| (score * 1000.0).round() as i32;
                hits.sort_by_cached_key(|m| {
                    (
                        -per_mille(m.score),
                        !written.contains(&evidence::letters_upper(&m.matched_name)),
                    )
                });
                for m in hits.iter().take(3) {
                    let from_reports = m.datasets.iter().any(|d| d == REPORTS_DATASET);
                    if letters_only
                        && !from_reports
                        && evidence::countries_beside_letters(&m.matched_name, &letters).is_none()
                    {
                        continue;
                    }
                    // (A generic one the report places by its country, "the National Police"
                    // read as "Nicaraguan National Police", matches whole and may link.)
                    if !from_reports
                        && !well_known.is_empty()
                        && m.score < 1.0
                        && !well_known.iter().any(|f| {
                            evidence::letters_upper(f) == evidence::letters_upper(&m.matched_name)
                        })
                    {
                        continue;
                    }
                    // (A hit at the list's threshold needs no such look at its name.)
                    // Whether the listed person is of a country the document names.
                    let placed = self.records.get(m.id.as_str()).is_some_and(|&i| {
                        evidence::of_a_named_country(&index.records()[i], &self.doc_countries)
                    });
                    let given_apart = || {
                        self.records.get(m.id.as_str()).is_some_and(|&i| {
                            e.forms.iter().any(|f| {
                                evidence::given_names_around_the_surname(f, &index.records()[i])
                            })
                        })
                    };
                    let need = if from_reports
                        || (kind == MentionKind::Person
                            && m.score < LIST_THRESHOLD
                            && (evidence::every_part_on_the_list(
                                e,
                                &m.matched_name,
                                &self.stats,
                                placed,
                            ) || given_apart()))
                    {
                        REPORT_THRESHOLD
                    } else {
                        LIST_THRESHOLD
                    };
                    if m.score < need {
                        // A listed name only alike is kept for the analyst, never asserted.
                        if !from_reports && possible.is_none() {
                            possible = Some(possible_note(&PossibleMatch {
                                id: m.id.clone(),
                                name: m.matched_name.clone(),
                                score: m.score,
                                why: "the names are alike, not enough to link".to_string(),
                            }));
                        }
                        break;
                    }
                    if !from_reports {
                        let why = self.records.get(m.id.as_str()).and_then(|&i| {
                            evidence::unsupported(
                                kind,
                                e,
                                &index.records()[i],
                                &m.matched_name,
                                &self.stats,
                                if kind == MentionKind::Person {
                                    &self.doc_named_countries
                                } else {
                                    &self.doc_countries
                                },
                            )
                            .or_else(|| {
                                evidence::age_against_birth(
                                    e,
                                    &index.records()[i],
                                    self.doc_latest_year,
                                    self.this_year,
                                )
                            })
                            .or_else(|| {
                                let record = &index.records()[i];
                                // (Only where the list says what the person is and the
                                // report describes them is there anything to compare.)
                                let related: Vec<&str> =
                                    if record.positions.is_empty() || e.descriptions.is_empty() {
                                        Vec::new()
                                    } else {
                                        record
                                            .linked
                                            .iter()
                                            .filter_map(|id| self.records.get(id.as_str()))
                                            .flat_map(|&k| &index.records()[k].names)
                                            .map(|n| n.original.as_str())
                                            .collect()
                                    };
                                // A list relation to a body or person the document names says
                                // more than a description's words.
                                evidence::described_otherwise(e, record, &related, &self.stats)
                                    .filter(|_| !self.tied_to_the_document(index, record))
                            })
                        });
                        if let Some(why) = why {
                            if possible.is_none() {
                                possible = Some(possible_note(&PossibleMatch {
                                    id: m.id.clone(),
                                    name: m.matched_name.clone(),
                                    score: m.score,
                                    why: why.to_string(),
                                }));
                            }
                            continue;
                        }
                    }
                    let mut told_apart = false;
                    if !from_reports && kind == MentionKind::Person {
                        // A namesake the list ties to something the document names, or whose
                        // listed position the document's description or title of the person
                        // says ("his deputy, X" of a "First Deputy Head of ..."), where this one
                        // is neither, is the one meant: look at it instead.
                        let tie = |id: &str| {
                            self.records.get(id).is_some_and(|&i| {
                                let record = &index.records()[i];
                                self.tied_to_the_document(index, record)
                                    || evidence::described_as_listed(e, record)
                                    || e.roles
                                        .iter()
                                        .any(|r| evidence::holds_the_office(r, record))
                            })
                        };
                        let namesakes = self.listed_namesakes(index, e, m, &hits, need);
                        let this_tied = !namesakes.is_empty() && tie(&m.id);
                        // (Two entries of one person on two lists, joined or of one full
                        // name in any order, are one namesake, and not one of this entry's.)
                        let person_key = |id: &str| {
                            let canonical = self.canonical(id);
                            match self.records.get(id) {
                                Some(&i) if canonical == id => {
                                    let mut words: Vec<String> =
                                        name_key(&index.records()[i].caption)
                                            .split(' ')
                                            .filter(|w| !w.is_empty())
                                            .map(str::to_string)
                                            .collect();
                                    words.sort_unstable();
                                    words.join(" ")
                                }
                                _ => canonical,
                            }
                        };
                        let this_key = person_key(&m.id);
                        let mut others: Vec<String> = namesakes
                            .iter()
                            .filter(|o| tie(o))
                            .map(|o| person_key(o))
                            .filter(|k| *k != this_key)
                            .collect();
                        others.sort_unstable();
                        others.dedup();
                        let others_tied = others.len();
                        if !this_tied && others_tied == 1 {
                            continue;
                        }
                        told_apart = this_tied && others_tied == 0;
                        if let Some(other) = namesakes.first().filter(|_| !told_apart) {
                            // Two listed persons bear the name alike and nothing here tells
                            // which is meant: neither is asserted.
                            if possible.is_none() {
                                possible = Some(possible_note(&PossibleMatch {
                                    id: m.id.clone(),
                                    name: m.matched_name.clone(),
                                    score: m.score,
                                    why: format!(
                                        "another listed person bears this name too ({other})"
                                    ),
                                }));
                            }
                            break;
                        }
                    }
                    return Some(Link {
                        id: self.canonical(&m.id),
                        score: m.score,
                        via: if from_reports {
                            "report"
                        } else if told_apart {
                            TOLD_APART
                        } else {
                            "list"
                        },
                        matched: m.matched_name.clone(),
                        dataset: m.datasets.first().cloned().unwrap_or_default(),
                        created: false,
                        possible: None,
                    });
                }
            }
            // An acronym the document defines for this body: a list entity carrying exactly
            // that acronym, whose name is like the document's full form.
            if let Some(link) = self.by_defined_acronym(index, kind, e) {
                return Some(link);
            }
            if let Some(link) = self.by_shortened_name(index, kind, e) {
                return Some(link);
            }
            if let Some(link) = self.unit_of_a_parent_named_otherwise(index, kind, e) {
                return Some(link);
            }
            if let Some(link) = self.by_initials_of_a_listed_name(index, kind, e) {
                return Some(link);
            }
            if let Some(link) = self.given_names_and_a_listed_nickname(index, e) {
                return Some(link);
            }
        }
        if kind == MentionKind::Person && single && !kept_apart_here {
            if let Some(link) = self
                .index
                .and_then(|index| self.by_surname_and_office(index, e))
            {
                return Some(link);
            }
        }
        if kind != MentionKind::Person {
            if let Some(i) = self.lone_letters_elsewhere(kind, e) {
                let matched = self.known[i].names[0].clone();
                return Some(self.known_link(
                    i,
                    1.0,
                    "acronym used alone in another report",
                    matched,
                ));
            }
        }
        Some(new_entity(
            self.new_id(kind, &e.name),
            e,
            possible.or(initials_possible),
        ))
    }

    /// Another listed person than `hit` whose name the report's matches as well (within a
    /// hair of `hit`'s score, over `need`, with nothing in the document against it) and who is
    /// known to be someone else (see [`evidence::distinct_persons`]). Its id.
    fn listed_namesakes(
        &self,
        index: &Index,
        e: &DocEntity,
        hit: &vigil_index::Match,
        hits: &[vigil_index::Match],
        need: f32,
    ) -> Vec<String> {
        let record = |id: &str| self.records.get(id).map(|&i| &index.records()[i]);
        let Some(this) = record(&hit.id) else {
            return Vec::new();
        };
        let canonical = self.canonical(&hit.id);
        // Every list's record of each: one list's pair may tell the two apart where another's
        // cannot (EU's two records in one regulation, OFAC's without a birth date).
        let group = |id: &str| -> Vec<&Record> {
            let mut members = self.records_of(&self.canonical(id));
            members.extend(self.records_of(id));
            members.sort_unstable();
            members.dedup();
            members.into_iter().map(|i| &index.records()[i]).collect()
        };
        let these = group(&hit.id);
        let mut namesakes: Vec<String> = Vec::new();
        for o in hits
            .iter()
            .filter(|o| o.id != hit.id && o.score >= need && o.score >= hit.score - 0.05)
            .filter(|o| !o.datasets.iter().any(|d| d == REPORTS_DATASET))
            .filter(|o| self.canonical(&o.id) != canonical)
            .filter(|o| {
                record(&o.id).is_some_and(|other| {
                    other.schema == Schema::Person
                        && (evidence::distinct_persons(this, other)
                            || group(&o.id)
                                .iter()
                                .any(|x| these.iter().any(|t| evidence::distinct_persons(t, x))))
                        && evidence::age_against_birth(
                            e,
                            other,
                            self.doc_latest_year,
                            self.this_year,
                        )
                        .is_none()
                        && evidence::unsupported(
                            MentionKind::Person,
                            e,
                            other,
                            &o.matched_name,
                            &self.stats,
                            &self.doc_countries,
                        )
                        .is_none()
                })
            })
        {
            // Every list's record of one other person counts once.
            if !namesakes
                .iter()
                .any(|n| self.canonical(n) == self.canonical(&o.id))
            {
                namesakes.push(o.id.clone());
            }
        }
        namesakes
    }

    /// Whether a list ties this record by a relation to a person or body the document names
    /// (OFAC's "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS INTELLIGENCE ORGANIZATION" for
    /// a report that names the body beside the person): what tells two listed namesakes apart
    /// where their names cannot.
    fn tied_to_the_document(&self, index: &Index, record: &Record) -> bool {
        let linked: Vec<&Record> = record
            .linked
            .iter()
            .filter_map(|id| self.records.get(id.as_str()))
            .map(|&i| &index.records()[i])
            .collect();
        if linked.is_empty() {
            return false;
        }
        // The document's names are analysed once, the first time a namesake asks.
        let mut cache = self.doc_party_names.borrow_mut();
        let names = cache.get_or_insert_with(|| {
            self.doc_party_forms
                .iter()
                .map(|(kind, form)| {
                    let name_kind = vigil_matcher::name_kind(schema_of(*kind));
                    (*kind == MentionKind::Person, analyze(form, name_kind))
                })
                .collect()
        });
        linked.iter().any(|linked| {
            let person = linked.schema.is_a(Schema::Person);
            names.iter().filter(|(p, _)| *p == person).any(|(_, q)| {
                linked
                    .names
                    .iter()
                    .any(|n| vigil_matcher::names::name_score(q, n) >= LIST_THRESHOLD)
            })
        })
    }

    /// A body named as reports shorten a listed one's name, dropping its last conjunct and its
    /// country ("the Ministry of Intelligence" in a report about Iran; listed as the Iranian
    /// Ministry of Intelligence and Security), or its parent body after "of" ("the Directorate
    /// for Internal Security", listed with "of the Iranian Ministry for Intelligence and
    /// Security"): every word of the report's name is one of the listed name's, word for word,
    /// and the listed body is of the country the document ties the body to. Only one listed
    /// body may qualify.
    fn by_shortened_name(&self, index: &Index, kind: MentionKind, e: &DocEntity) -> Option<Link> {
        // The body's own country, else either of the two the document names most.
        let own = e.country.filter(|c| !c.is_empty());
        let countries: &[&str] = match &own {
            Some(c) => std::slice::from_ref(c),
            None => &self.doc_main_countries,
        };
        self.shortened_name_in(index, kind, e, countries, &self.doc_country_names)
    }

    /// [`Linker::by_shortened_name`] with the listed body's country one of `countries`, the
    /// name looked up with each of `qualifiers` (countries' words) before it too.
    fn shortened_name_in(
        &self,
        index: &Index,
        kind: MentionKind,
        e: &DocEntity,
        countries: &[&str],
        qualifiers: &[String],
    ) -> Option<Link> {
        if !matches!(kind, MentionKind::PublicBody | MentionKind::Organization) {
            return None;
        }
        if countries.is_empty() {
            return None;
        }
        let name_kind = vigil_matcher::name_kind(schema_of(kind));
        let forms: Vec<&String> = e
            .forms
            .iter()
            .filter(|f| {
                !evidence::is_acronym(f)
                    && (f.split_whitespace().count() >= 2
                        || (f.chars().count() >= 5 && f.chars().all(char::is_alphabetic)))
            })
            .collect();
        // A form naming its country after "of" ("the Ministry of Intelligence of the Islamic
        // Republic of Iran") is read without it where that country is one asked for: the
        // words left are the shortened name, the country the one its listed name carries.
        let without_country: Vec<String> = forms
            .iter()
            .filter_map(|f| without_its_country(f))
            .filter(|(_, code)| countries.iter().any(|k| k.eq_ignore_ascii_case(code)))
            .map(|(head, _)| head.to_string())
            .filter(|head| !forms.iter().any(|f| f == &head))
            .collect();
        let mut found: Vec<(String, String, String, f32)> = Vec::new();
        for form in forms.into_iter().chain(&without_country) {
            let one_word = !form.contains(' ');
            let aq = analyze(form, name_kind);
            let form_words = plain_words(form);
            let mut names = vec![form.clone()];
            names.extend(qualifiers.iter().map(|c| format!("{c} {form}")));
            // Low: a unit's name scores under half its parent-qualified listed name; what
            // qualifies is decided word for word below.
            let opts = Options {
                min_share: 0.5,
                ..self.lookup(0.3, 5, 32)
            };
            for (m, r) in self.listed_hits(index, &Query::names(schema_of(kind), names), &opts) {
                let listed_country = r
                    .countries
                    .iter()
                    .any(|c| countries.iter().any(|k| c.eq_ignore_ascii_case(k)));
                for n in &r.names {
                    // Of that country by its record, or by the name itself ("Iranian ...").
                    let named_country = n.parts.iter().any(|p| {
                        p.country.is_some_and(|c| {
                            countries
                                .iter()
                                .any(|k| c.eq_ignore_ascii_case(k.as_bytes()))
                        })
                    });
                    if !listed_country && !named_country {
                        continue;
                    }
                    let c = vigil_matcher::names::compare_with(&aq, n, false);
                    let exact = c.unmatched_query.is_empty()
                        && !c.pairs.is_empty()
                        && c.pairs.iter().all(|p| p.similarity >= 0.99);
                    let extra: Vec<usize> = c
                        .unmatched_candidate
                        .iter()
                        .copied()
                        .filter(|&k| n.parts[k].country.is_none())
                        .collect();
                    let conjunct = matches!(extra[..], [k] if k > 0
                        && k + 1 == n.parts.len()
                        && n.parts[k - 1].text == "and"
                        && matches!(n.parts[k].role, PartRole::Regular | PartRole::Generic));
                    // Or the listed name is the report's and its parent body's, after "of"
                    // ("Directorate for Internal Security" of the Iranian Ministry for
                    // Intelligence and Security): a unit reports name without its parent.
                    let unit_of_parent = form_words.split(' ').count() >= 3 && {
                        let l = plain_words(&n.original);
                        let l = l.strip_prefix("the ").unwrap_or(&l);
                        l.strip_prefix(form_words.as_str())
                            .is_some_and(|rest| rest.starts_with(" of "))
                    };
                    // Or the report names a company by the one word that tells it apart, the
                    // listed name adding only its country, its trade and its legal form, and
                    // the report calling it by that trade ("the state airline Belavia" for
                    // "OJSC Belavia Belarusian Airlines"; not "the daily Shargh" for "Iran &
                    // Shargh Company").
                    let trade = |w: &str| w.trim_end_matches('s').to_string();
                    let called = |k: usize| {
                        n.parts[k].role == PartRole::Generic
                            && e.descriptions.iter().any(|d| {
                                d.split_whitespace()
                                    .any(|w| trade(w) == trade(&n.parts[k].text))
                            })
                    };
                    let brand = one_word
                        && c.pairs
                            .iter()
                            .all(|p| aq.parts[p.query].role == PartRole::Regular)
                        && c.unmatched_candidate.iter().any(|&k| called(k))
                        && c.unmatched_candidate.iter().all(|&k| {
                            n.parts[k].country.is_some()
                                || matches!(
                                    n.parts[k].role,
                                    PartRole::Generic | PartRole::LegalForm
                                )
                        });
                    if exact && (conjunct || unit_of_parent || brand) {
                        let id = self.canonical(&m.id);
                        if !found.iter().any(|f| f.0 == id) {
                            found.push((
                                id,
                                n.original.clone(),
                                m.datasets.first().cloned().unwrap_or_default(),
                                m.score,
                            ));
                        }
                        break;
                    }
                }
            }
        }
        the_only_one(found, "shortened name")
    }

    /// A unit the report names after its parent by another of the parent's listed names ("the
    /// Intelligence Organization of the Revolutionary Guards": the lists name the unit after
    /// the parent's full name, and carry "Revolutionary Guards" as the parent's alias): the
    /// unit's words with each listed name of that parent, before them or after "of", are a
    /// listed body's name itself. The parent must be listed under the very name the report
    /// gives it. Only one listed body may qualify.
    fn unit_of_a_parent_named_otherwise(
        &self,
        index: &Index,
        kind: MentionKind,
        e: &DocEntity,
    ) -> Option<Link> {
        if !matches!(kind, MentionKind::PublicBody | MentionKind::Organization) {
            return None;
        }
        let exactly = || self.lookup(0.97, 3, 16);
        let mut found: Vec<(String, String, String, f32)> = Vec::new();
        for form in &e.forms {
            for (at, of) in form.match_indices(" of ") {
                let unit = &form[..at];
                let parent = &form[at + of.len()..];
                let parent = parent.strip_prefix("the ").unwrap_or(parent);
                if unit.split_whitespace().count() < 2 || parent.split_whitespace().count() < 2 {
                    continue;
                }
                let parent_query = Query::names(schema_of(kind), vec![parent.to_string()]);
                for (p, record) in self
                    .listed_hits(index, &parent_query, &exactly())
                    .iter()
                    .take(2)
                {
                    let parent_id = self.canonical(&p.id);
                    let written = evidence::letters_upper(parent);
                    let names: Vec<String> = record
                        .names
                        .iter()
                        .take(12)
                        .map(|n| n.original.as_str())
                        .filter(|n| evidence::letters_upper(n) != written)
                        .flat_map(|n| [format!("{n} {unit}"), format!("{unit} of {n}")])
                        .collect();
                    if names.is_empty() {
                        continue;
                    }
                    let q = Query::names(schema_of(kind), names);
                    for (m, _) in self.listed_hits(index, &q, &exactly()) {
                        let id = self.canonical(&m.id);
                        if id == parent_id || found.iter().any(|f| f.0 == id) {
                            continue;
                        }
                        found.push(found_entry(id, &m));
                    }
                }
            }
        }
        the_only_one(
            found,
            "a listed unit of a body the document names by another name",
        )
    }

    /// A person the document names by a surname alone after an office ("President Varga",
    /// "Foreign Minister Olek") and nowhere in full: the one listed person of that family name
    /// whose entry gives that office (every word of it) and who is of a country the document
    /// names. The office and the country are the evidence beyond the name, which alone (one
    /// part) links nothing; two listed persons of the name holding the office link neither,
    /// and a common surname ("Minister Hosseini") none.
    fn by_surname_and_office(&self, index: &Index, e: &DocEntity) -> Option<Link> {
        if e.kind != MentionKind::Person || e.roles.is_empty() {
            return None;
        }
        let surname = e.name.trim();
        if surname.split_whitespace().count() != 1
            || surname.chars().filter(|c| c.is_alphabetic()).count() < 3
            || evidence::common_as_a_name(surname, &self.stats)
        {
            return None;
        }
        let found = self.listed_persons_by_one_word(index, surname, |record| {
            record
                .names
                .iter()
                .any(|n| evidence::family_name_is(&n.original, surname))
                && e.roles
                    .iter()
                    .any(|r| evidence::holds_the_office(r, record))
                && evidence::person_of_a_named_country(record, &self.doc_named_countries)
        });
        the_only_one(found, BY_OFFICE)
    }

    /// A person named by given names and a nom de guerre ("Ahmed Abdi Godane"), where the list
    /// gives the person under those given names with another family name ("AW-MOHAMED, Ahmed
    /// Abdi") and the nom de guerre as an alias of one word ("GODANE"): the one listed person
    /// of whom both hold. Two agreements, each on a name of the same entry; the nickname a
    /// rare one (four letters or more, not a common part of listed persons' names), since the
    /// given names alone are often common.
    fn given_names_and_a_listed_nickname(&self, index: &Index, e: &DocEntity) -> Option<Link> {
        if e.kind != MentionKind::Person {
            return None;
        }
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let [given @ .., nickname] = &words[..] else {
            return None;
        };
        if given.is_empty() || nickname.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            return None;
        }
        let nicknames = self.listed_nicknames.get_or_init(|| {
            index
                .records()
                .iter()
                .filter(|r| r.schema == Schema::Person)
                .flat_map(|r| &r.names)
                .filter_map(|n| evidence::one_word_name(&n.original))
                .collect()
        });
        let written = evidence::letters_upper(nickname);
        if !nicknames.contains(&written) {
            return None;
        }
        let folded = analyze(nickname, NameKind::Person)
            .parts
            .first()
            .map(|p| p.folded.clone())?;
        if self.stats.is_common(&folded) {
            return None;
        }
        let given: Vec<String> = given.iter().map(|w| evidence::letters_upper(w)).collect();
        let found = self.listed_persons_by_one_word(index, nickname, |record| {
            let names = || record.names.iter().map(|n| n.original.as_str());
            names().any(|n| evidence::one_word_name(n).as_ref() == Some(&written))
                && names().any(|n| evidence::given_words(n) == given)
        });
        the_only_one(found, "list, given names and a listed nickname")
    }

    /// The listed persons a word alone (a surname, a nickname) finds whose records `holds`
    /// accepts, one per real person (see [`Linker::canonical`]), as [`the_only_one`] takes
    /// them. A word alone scores about 0.6 against a full name that holds it.
    fn listed_persons_by_one_word(
        &self,
        index: &Index,
        word: &str,
        holds: impl Fn(&Record) -> bool,
    ) -> Vec<(String, String, String, f32)> {
        let opts = self.lookup(0.5, 20, 64);
        let q = Query::names(Schema::Person, vec![word.to_string()]);
        let mut found: Vec<(String, String, String, f32)> = Vec::new();
        for (m, record) in self.listed_hits(index, &q, &opts) {
            if record.schema != Schema::Person || !holds(record) {
                continue;
            }
            let id = self.canonical(&m.id);
            if !found.iter().any(|f| f.0 == id) {
                found.push(found_entry(id, &m));
            }
        }
        found
    }

    /// How the linker's own lookups search the index: hits from `score` up, at most `limit`
    /// of them from `candidates` scored, without the collection being re-linked, unexplained.
    fn lookup(&self, score: f32, limit: usize, candidates: usize) -> Options {
        Options {
            threshold: score,
            cutoff: score,
            limit,
            candidates,
            exclude_datasets: self.exclude.clone(),
            explain: false,
            ..Options::default()
        }
    }

    /// The list entities the index finds for a query (report entities left out), each with
    /// its record.
    fn listed_hits<'i>(
        &self,
        index: &'i Index,
        q: &Query,
        opts: &Options,
    ) -> Vec<(vigil_index::Match, &'i Record)> {
        index
            .screen_remembering(q, opts, &mut self.scores.borrow_mut())
            .into_iter()
            .filter(|m| !m.datasets.iter().any(|d| d == REPORTS_DATASET))
            .filter_map(|m| {
                let &i = self.records.get(m.id.as_str())?;
                Some((m, &index.records()[i]))
            })
            .collect()
    }

    /// The id a list entity is known by: one real thing on several lists is one entity.
    /// Every index record of one thing: the entry `id` names and the entries of other lists
    /// that are the same thing (`same_thing`), each once.
    fn records_of(&self, id: &str) -> Vec<usize> {
        let mut members: Vec<usize> = self.records.get(id).copied().into_iter().collect();
        members.extend(self.members.get(id).into_iter().flatten().copied());
        members.sort_unstable();
        members.dedup();
        members
    }

    fn canonical(&self, id: &str) -> String {
        self.same_as
            .get(id)
            .map_or_else(|| id.to_string(), |c| c.to_string())
    }

    /// A body the document names by its letters alone, defined nowhere ("the PFDJ"): the one
    /// listed body of a country the document is about (one of the two it names most) whose
    /// name those letters are the initials of (PEOPLE'S FRONT FOR DEMOCRACY AND JUSTICE, of
    /// Eritrea, in a report on Eritrean exiles). Not a well-known unlisted body's letters, not
    /// where two listed bodies of those countries have those initials, nor where the entry
    /// gives no country: a country merely named (a place in passing) is too weak a tie for
    /// three letters, which many bodies' names share.
    fn by_initials_of_a_listed_name(
        &self,
        index: &Index,
        kind: MentionKind,
        e: &DocEntity,
    ) -> Option<Link> {
        if !matches!(kind, MentionKind::Organization | MentionKind::PublicBody) {
            return None;
        }
        let mut letters: Vec<String> = e
            .forms
            .iter()
            .map(|f| f.trim_start_matches("the ").trim())
            .filter(|f| !vigil_extract::is_well_known_acronym(f))
            .map(|f| {
                (evidence::is_acronym(f) && f.chars().all(char::is_alphabetic))
                    .then(|| evidence::letters_upper(f))
            })
            .collect::<Option<Vec<String>>>()?;
        letters.sort();
        letters.dedup();
        let [acronym] = letters.as_slice() else {
            return None;
        };
        if acronym.chars().count() < 3 {
            return None;
        }
        let by_initials = self.listed_initials.get_or_init(|| {
            let mut map: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, r) in index.records().iter().enumerate() {
                if !matches!(
                    r.schema,
                    Schema::Organization
                        | Schema::PublicBody
                        | Schema::Company
                        | Schema::LegalEntity
                ) {
                    continue;
                }
                for n in &r.names {
                    let significant = n
                        .original
                        .split_whitespace()
                        .filter(|w| w.chars().count() > 3)
                        .count();
                    if significant < 3 {
                        continue;
                    }
                    for initials in name_initials(&n.original) {
                        let v = map.entry(initials).or_default();
                        if v.last() != Some(&i) {
                            v.push(i);
                        }
                    }
                }
            }
            map
        });
        let records = index.records();
        let mut ids: Vec<(String, usize)> = Vec::new();
        for &i in by_initials.get(acronym.as_str())? {
            let r = &records[i];
            if r.datasets.iter().all(|d| self.exclude.contains(d)) {
                continue;
            }
            let placed = r.countries.iter().chain(&r.address_countries).any(|c| {
                self.doc_main_countries
                    .iter()
                    .any(|d| c.eq_ignore_ascii_case(d))
            });
            if placed {
                let id = self.canonical(&r.id);
                if !ids.iter().any(|(known, _)| *known == id) {
                    ids.push((id, i));
                }
            }
        }
        let [(id, i)] = ids.as_slice() else {
            return None;
        };
        let r = &records[*i];
        Some(Link {
            id: id.clone(),
            score: 0.9,
            via: "acronym",
            matched: format!("{acronym} = {}", r.caption),
            dataset: r.datasets.first().cloned().unwrap_or_default(),
            created: false,
            possible: None,
        })
    }

    fn by_defined_acronym(&self, index: &Index, kind: MentionKind, e: &DocEntity) -> Option<Link> {
        let form = e.forms.iter().find(|f| f.split_whitespace().count() >= 2)?;
        let aq = analyze(form, vigil_matcher::name_kind(schema_of(kind)));
        for acronym in e.acronyms.iter().filter(|a| a.len() >= 3) {
            let q = Query::name(schema_of(kind), acronym);
            let opts = self.lookup(LIST_THRESHOLD, 5, 32);
            for (m, r) in self.listed_hits(index, &q, &opts) {
                // Exactly that acronym; lists written in capitals write a mixed-case one
                // (GUBOPiK) in capitals too.
                let carries = r
                    .names
                    .iter()
                    .any(|n| n.original.trim().eq_ignore_ascii_case(acronym));
                let like = r
                    .names
                    .iter()
                    .map(|n| vigil_matcher::names::name_score(&aq, n))
                    .fold(0.0f32, f32::max);
                if carries && like >= 0.6 {
                    return Some(Link {
                        id: self.canonical(&m.id),
                        score: like,
                        via: "acronym",
                        matched: format!("{acronym} = {}", m.caption),
                        dataset: m.datasets.first().cloned().unwrap_or_default(),
                        created: false,
                        possible: None,
                    });
                }
            }
        }
        None
    }
}

/// A link making a new report entity `id` of `e`, with the list entity it was only like, if any.
/// A body's name without the country it closes with after "of" ("the National Security
/// Agency of Eritrea", "the Ministry of Intelligence of the Islamic Republic of Iran", whose
/// state's official name holds an "of" of its own), and that country's code; the name left
/// keeps two words or more. `None` where no such country closes it.
fn without_its_country(form: &str) -> Option<(&str, &'static str)> {
    form.match_indices(" of ").find_map(|(at, of)| {
        let head = &form[..at];
        let tail = &form[at + of.len()..];
        let tail = tail
            .strip_prefix("the ")
            .or_else(|| tail.strip_prefix("The "))
            .unwrap_or(tail);
        // The state's name alone, not a place in it ("... of Tehran, Iran").
        if tail.contains([',', '(']) || head.split_whitespace().count() < 2 {
            return None;
        }
        Some((head, vigil_model::country_code(tail)?))
    })
}

fn new_entity(id: String, e: &DocEntity, possible: Option<String>) -> Link {
    Link {
        id,
        score: 1.0,
        via: "new",
        matched: e.name.clone(),
        dataset: REPORTS_DATASET.into(),
        created: true,
        possible,
    }
}

/// A body's name without the "UN" or "United Nations" before it, where two words or more
/// are left ("UN Human Rights Council": "Human Rights Council"; not "UN Women").
fn without_the_un(name: &str) -> Option<&str> {
    let rest = ["UN ", "U.N. ", "United Nations ", "UNITED NATIONS "]
        .iter()
        .find_map(|p| name.strip_prefix(p))?;
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// List entities that are one real thing on several lists: the same primary name of two
/// words or more (an acronym in parentheses aside) on lists of different datasets, persons
/// only with the same birth date (namesakes without one stay apart). Aliases are not used:
/// lists give a branch its parent's name and merge records, and shared aliases chain
/// distinct bodies together. A group counts when it spans two datasets or more, holds at most
/// four entries (a name many carry is a common one) and names no two countries. Each member maps to one id of its joined groups (the
/// entry most lists carry), so every report links the IRGC of the EU list and of OFAC's by
/// one id, whichever list matched its words best.
pub fn same_thing(index: &Index) -> HashMap<&str, &str> {
    let mut groups: HashMap<(bool, String, String), Vec<&Record>> = HashMap::new();
    let mut by_acronym: HashMap<String, Vec<(&Record, &str)>> = HashMap::new();
    for r in index.records() {
        if r.datasets.iter().any(|d| d == REPORTS_DATASET) {
            continue;
        }
        let person = r.schema == Schema::Person;
        if !person && !r.schema.is_a(Schema::Organization) && r.schema != Schema::LegalEntity {
            continue;
        }
        let dates = if person {
            let mut d = r.birth_dates.clone();
            d.sort();
            if d.is_empty() {
                continue;
            }
            d.join(" ")
        } else {
            String::new()
        };
        let primary = match r.caption.rfind(" (") {
            Some(at) if r.caption.ends_with(')') => &r.caption[..at],
            _ => r.caption.as_str(),
        };
        let mut keys = vec![name_key(primary)];
        if !person {
            // "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE" is also "IRGC-QODS FORCE",
            // as another list writes it.
            keys.extend(acronym_form(&r.caption).map(|f| name_key(&f)));
        }
        keys.sort();
        keys.dedup();
        for key in keys {
            // A one-word name ("HAMAS", a surname) is too thin to say two entries are one.
            if key.split(' ').count() >= 2 {
                groups
                    .entry((person, key, dates.clone()))
                    .or_default()
                    .push(r);
            }
        }
        if !person {
            for acronym in r.names.iter().filter_map(|n| acronym_alias(&n.original)) {
                by_acronym.entry(acronym).or_default().push((r, primary));
            }
        }
    }
    // Bodies carrying the same acronym whose primary names share most of their words are one
    // body two lists name in their own order ("Main Intelligence Directorate of the General
    // Staff of the Armed Forces of the Russian Federation" and "Russian General Staff Main
    // Intelligence Directorate", both GRU); a shared acronym alone is not enough (many bodies
    // are an MOI).
    for (acronym, members) in by_acronym {
        for (i, (a, name_a)) in members.iter().enumerate() {
            for (b, name_b) in &members[i + 1..] {
                if a.id != b.id && names_mostly_shared(name_a, name_b) {
                    let mut pair = vec![*a, *b];
                    pair.sort_by(|x, y| x.id.cmp(&y.id));
                    groups
                        .entry((
                            false,
                            format!("acronym {acronym} {} {}", pair[0].id, pair[1].id),
                            String::new(),
                        ))
                        .or_default()
                        .extend(pair);
                }
            }
        }
    }
    let record_of: HashMap<&str, &Record> =
        index.records().iter().map(|r| (r.id.as_str(), r)).collect();
    let countries_agree = |ids: &[&str]| {
        let countries: Vec<&str> = ids
            .iter()
            .filter_map(|id| record_of.get(id))
            .flat_map(|r| r.countries.iter().map(String::as_str))
            .collect();
        countries.windows(2).all(|w| w[0] == w[1])
    };
    // Groups of one name, then joined where they share an entry; a joined group of more than
    // six entries, or naming two countries, is a chain of namesakes and joins nothing.
    let mut parent: HashMap<&str, &str> = HashMap::new();
    fn root<'r>(parent: &HashMap<&'r str, &'r str>, mut id: &'r str) -> &'r str {
        // Roots sort before the entries under them, so the walk ends.
        while let Some(&p) = parent.get(id) {
            if p == id {
                break;
            }
            id = p;
        }
        id
    }
    for members in groups.values() {
        let mut datasets: Vec<&String> = members.iter().flat_map(|r| &r.datasets).collect();
        datasets.sort_unstable();
        datasets.dedup();
        let ids: Vec<&str> = members.iter().map(|r| r.id.as_str()).collect();
        // A name on many entries is a common one ("Ministry of Defence"), not one body.
        if members.len() < 2 || members.len() > 4 || datasets.len() < 2 || !countries_agree(&ids) {
            continue;
        }
        for &id in &ids {
            parent.entry(id).or_insert(id);
        }
        for pair in ids.windows(2) {
            let (x, y) = (root(&parent, pair[0]), root(&parent, pair[1]));
            if x != y {
                let (low, high) = if x < y { (x, y) } else { (y, x) };
                parent.insert(high, low);
            }
        }
    }
    let mut components: HashMap<&str, Vec<&str>> = HashMap::new();
    for &id in parent.keys() {
        components.entry(root(&parent, id)).or_default().push(id);
    }
    // Each group's id: the entry most lists carry (the SDN entry the trade list repeats),
    // then the first in byte order.
    let mut out = HashMap::new();
    for members in components.values() {
        if members.len() > 6 || !countries_agree(members) {
            continue;
        }
        let Some(&chosen) = members.iter().min_by_key(|id| {
            (
                std::cmp::Reverse(record_of.get(*id).map_or(0, |r| r.datasets.len())),
                **id,
            )
        }) else {
            continue;
        };
        for &id in members {
            if id != chosen {
                out.insert(id, chosen);
            }
        }
    }
    out
}

/// The link to the one listed entity found (id, matched name, dataset, score), if only one was:
/// evidence that fits several asserts none.
/// What [`the_only_one`] takes of a hit: the id it is known by, the name that matched, its
/// first dataset, its score.
fn found_entry(id: String, m: &vigil_index::Match) -> (String, String, String, f32) {
    let dataset = m.datasets.first().cloned().unwrap_or_default();
    (id, m.matched_name.clone(), dataset, m.score)
}

fn the_only_one(found: Vec<(String, String, String, f32)>, via: &'static str) -> Option<Link> {
    let mut found = found.into_iter();
    match (found.next(), found.next()) {
        (Some((id, matched, dataset, score)), None) => Some(Link {
            id,
            score,
            via,
            matched,
            dataset,
            created: false,
            possible: None,
        }),
        _ => None,
    }
}

/// A name that is an acronym of three to six capitals (GRU, MOIS), as a list gives one.
fn acronym_alias(name: &str) -> Option<String> {
    let name = name.trim();
    ((3..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase()))
        .then(|| name.to_string())
}

/// Whether two names share most of their words: those of the shorter, the small words aside,
/// all but one found in the longer, and three at least.
fn names_mostly_shared(a: &str, b: &str) -> bool {
    const SMALL: &[&str] = &["of", "the", "and", "for", "in", "de", "al"];
    let words = |s: &str| -> Vec<String> {
        name_key(s)
            .split(' ')
            .filter(|w| !w.is_empty() && !SMALL.contains(w))
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let (short, long) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let shared = short.iter().filter(|w| long.contains(w)).count();
    shared >= 3 && shared + 1 >= short.len()
}

/// The word a body's name of three words or more closes on after "of" or "of the"
/// ("treasury" of "Department of the Treasury").
fn closing_word(name: &str) -> Option<String> {
    let l = name.to_lowercase();
    let ws: Vec<&str> = l.split_whitespace().collect();
    let n = ws.len();
    // "the Treasury Department" is the "Department of the Treasury": it closes on "treasury".
    if n == 2 && matches!(ws[1], "department" | "ministry") && ws[0].chars().count() >= 5 {
        return Some(ws[0].to_string());
    }
    (n >= 3 && (ws[n - 2] == "of" || (n >= 4 && ws[n - 2] == "the" && ws[n - 3] == "of")))
        .then(|| ws[n - 1].to_string())
}

/// A body's name of one word of five letters or more, no acronym, in lower case.
fn one_word(name: &str) -> Option<String> {
    (!name.contains(' ') && !evidence::is_acronym(name) && name.chars().count() >= 5)
        .then(|| name.to_lowercase())
}

/// A name with the words an acronym in parentheses abbreviates replaced by it: "Islamic
/// Revolutionary Guard Corps (IRGC)-Qods Force" → "IRGC-Qods Force". `None` without such an
/// acronym.
fn acronym_form(name: &str) -> Option<String> {
    let open = name.find('(')?;
    let close = open + name[open..].find(')')?;
    let acronym = &name[open + 1..close];
    if !(2..=6).contains(&acronym.len()) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let before: Vec<&str> = name[..open].split_whitespace().collect();
    let n = acronym.len();
    if before.len() < n {
        return None;
    }
    let words = &before[before.len() - n..];
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if initials != acronym {
        return None;
    }
    let head = before[..before.len() - n].join(" ");
    Some(
        format!("{head} {acronym}{}", &name[close + 1..])
            .trim()
            .to_string(),
    )
}

/// A word with each one of its letters left out in turn.
fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|skip| {
            chars
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| c)
                .collect()
        })
        .collect()
}

/// A name's words in lower-case ASCII, one space apart ("The Energy-Research Institute":
/// "the energy research institute").
fn plain_words(name: &str) -> String {
    vigil_normalize::to_ascii(name)
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_country_name(name: &str) -> bool {
    vigil_model::country_code(name).is_some()
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_acronym_in_parentheses_stands_for_the_words_before_it() {
        assert_eq!(
            acronym_form("NORTHERN RIVER GUARD (NRG)-COASTAL FORCE").as_deref(),
            Some("NRG-COASTAL FORCE")
        );
        assert_eq!(
            acronym_form("Bank of the North (BN) Holdings"),
            None,
            "the letters are not the initials of the words before"
        );
        assert_eq!(acronym_form("Northern River Guard"), None);
    }

    #[test]
    fn a_possible_match_reads_back_from_its_note() {
        let p = PossibleMatch {
            id: "list-42".into(),
            name: "EXAMPLE (TRADING) COMPANY".into(),
            score: 0.931,
            why: "a generic name with nothing tying it to the list entity's country".into(),
        };
        assert_eq!(parse_possible(&possible_note(&p)), Some(p));
        assert_eq!(parse_possible("dateline: PARIS"), None);
    }
    use super::*;
    use vigil_extract::extract_mentions;

    fn link_texts(texts: &[&str]) -> Vec<(String, String)> {
        let gaz = Gazetteer::new();
        let mut linker = Linker::new(None);
        let mut out = Vec::new();
        for t in texts {
            let ex = extract_mentions(t, &gaz);
            for (e, l) in ex.entities.iter().zip(linker.link(&ex)) {
                out.push((e.name.clone(), l.map(|l| l.id).unwrap_or_default()));
            }
        }
        out
    }

    fn id_of<'a>(links: &'a [(String, String)], name: &str) -> &'a str {
        &links
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} in {links:?}"))
            .1
    }

    #[test]
    fn a_middle_name_left_out_in_a_report_of_the_same_story_is_the_same_person() {
        assert!(middle_name_left_out("Ali Demir", "Ali Hassan Demir"));
        assert!(middle_name_left_out("Ana María Ruiz Soto", "Ana Ruiz Soto"));
        assert!(!middle_name_left_out("Ali Demir", "Ali Demir"));
        assert!(!middle_name_left_out("Ali Demir", "Hassan Ali Demir"));
        // Two reports of one trial (the court and the directorate named in both): one lawyer.
        let l = link_texts(&[
            "The Tarsk Higher Court heard that the Volen Security Directorate ran the network. \
             Defence lawyer Ali Hassan Demir said his client was innocent.",
            "At the Tarsk Higher Court, prosecutors said the Volen Security Directorate paid \
             him. His lawyer, Ali Demir, denied it.",
        ]);
        assert_eq!(
            id_of(&l, "Ali Demir"),
            id_of(&l, "Ali Hassan Demir"),
            "{l:?}"
        );
        // Reports sharing nothing: a namesake, kept apart.
        let l = link_texts(&[
            "Defence lawyer Ali Hassan Demir said his client was innocent.",
            "The football club signed Ali Demir, a striker, on Monday.",
        ]);
        assert_ne!(
            id_of(&l, "Ali Demir"),
            id_of(&l, "Ali Hassan Demir"),
            "{l:?}"
        );
    }

    #[test]
    fn two_persons_of_one_name_the_reader_keeps_apart_are_two_entities() {
        // The shop owner is said not to be the activist: two entities, though the linker
        // would join two such names.
        let l = link_texts(&[
            "Readers asked whether the Tomas Verin who runs a tea shop in Tarsk is the activist \
             Tomas Verin who organised the vigil. He is not: the owner has never protested. \
             The activist Tomas Verin reported the calls.",
        ]);
        let ids: Vec<&str> = l
            .iter()
            .filter(|(n, _)| n == "Tomas Verin")
            .map(|(_, id)| id.as_str())
            .collect();
        assert_eq!(ids.len(), 2, "{l:?}");
        assert_ne!(ids[0], ids[1], "{l:?}");
    }

    #[test]
    fn a_department_named_by_its_portfolio_is_the_body_another_report_names_by_it_alone() {
        let l = link_texts(&[
            "In Washington, the Treasury Department imposed sanctions on the firm.",
            "Officials in Washington said more would follow. A spokesman for Treasury said so.",
        ]);
        assert_eq!(
            id_of(&l, "Treasury Department"),
            id_of(&l, "Treasury"),
            "{l:?}"
        );
    }

    #[test]
    fn a_body_named_with_its_country_is_the_body_another_report_names_without_it() {
        let l = link_texts(&[
            "Officials in Washington said the Department of the Treasury designated the firm. \
             A spokesman for Treasury said more would follow across the United States.",
            "The U.S. Treasury said on Monday it had designated the firm.",
            "The Russian Treasury said it had frozen nothing.",
        ]);
        let one = id_of(&l, "Department of the Treasury");
        assert_eq!(id_of(&l, "U.S. Treasury"), one, "{l:?}");
        // Another country's body of that name is another body.
        assert_ne!(id_of(&l, "Russian Treasury"), one, "{l:?}");
    }

    #[test]
    fn a_body_named_with_the_un_before_it_is_the_body_named_without_it() {
        for texts in [
            [
                "Lawyers briefed the Human Rights Council on the detentions in Tarsk.",
                "Speakers at the UN Human Rights Council asked for a mission to Tarsk.",
            ],
            [
                "Speakers at the UN Human Rights Council asked for a mission to Tarsk.",
                "Lawyers briefed the Human Rights Council on the detentions in Tarsk.",
            ],
        ] {
            let l = link_texts(&texts);
            assert_eq!(
                id_of(&l, "UN Human Rights Council"),
                id_of(&l, "Human Rights Council"),
                "{l:?}"
            );
        }
    }

    #[test]
    fn a_nickname_merged_into_the_person_makes_no_entity_of_its_own() {
        let l = link_texts(&[
            "The lawyer Ali Bakr Dawal, known as Tarbush, fled in 2019. Tarbush was seen in \
             Doha last year.",
        ]);
        let ali = id_of(&l, "Ali Bakr Dawal");
        assert!(!ali.is_empty(), "{l:?}");
        // The entity the nickname was read as before the merge is left with no mention and
        // no link: no report entity is made for it.
        assert!(
            l.iter().all(|(n, id)| n != "Tarbush" || id.is_empty()),
            "{l:?}"
        );
        assert!(!l.iter().any(|(_, id)| id.contains("tarbush")), "{l:?}");
    }

    #[test]
    fn governments_of_national_unity_of_two_states_are_two_bodies() {
        let l = link_texts(&[
            "Exiles in Bangkok work for the National Unity Government, activists from Myanmar \
             said. The junta in Myanmar calls it a terrorist group.",
            "In Tripoli, the Government of National Unity set up an authority. Libya has had \
             two governments since 2014, and Libya's east ignores it.",
            "Officials of the Government of National Unity in Tripoli met in Libya on Monday.",
        ]);
        let libya = id_of(&l, "Government of National Unity");
        assert_ne!(id_of(&l, "National Unity Government"), libya, "{l:?}");
        // The same state's body in another report is the same body.
        let again = l
            .iter()
            .filter(|(n, _)| n == "Government of National Unity")
            .map(|(_, id)| id)
            .collect::<Vec<_>>();
        assert!(again.len() == 2 && again[0] == again[1], "{l:?}");
    }

    #[test]
    fn spelling_variants_merge_and_namesakes_stay_apart() {
        let l = link_texts(&[
            "The arrest of Asadollah Assadi, a diplomat, followed. The lawyer Maryam Rajavi spoke.",
            "Officials named him as Assadolah Assadi, a diplomat. The lawyer Massoud Rajavi spoke.",
            "Later, Mr. Assadi left and the lawyer Massoud Rajavi stayed.",
        ]);
        assert_eq!(
            id_of(&l, "Asadollah Assadi"),
            id_of(&l, "Assadolah Assadi"),
            "{l:?}"
        );
        assert_ne!(id_of(&l, "Maryam Rajavi"), id_of(&l, "Massoud Rajavi"));
        assert_eq!(
            id_of(&l, "Assadi"),
            id_of(&l, "Asadollah Assadi"),
            "a surname alone, one candidate"
        );
    }

    #[test]
    fn a_lone_word_that_is_one_person_s_surname_and_another_s_given_name_goes_by_context() {
        use MentionKind::{Organization, Person, Place};
        let docs: [&[(MentionKind, &str)]; 5] = [
            &[
                (Person, "Anton Kessler"),
                (Person, "Isa Varnaev"),
                (Place, "Graz"),
            ],
            &[
                (Person, "Omar Isa"),
                (Organization, "Tarsk Forum"),
                (Place, "Oslo"),
            ],
            &[(Person, "Anton Kessler"), (Person, "Isa")],
            &[(Organization, "Tarsk Forum"), (Person, "Isa")],
            &[(Organization, "Velden Union"), (Person, "Isa")],
        ];
        let ids = link_entity_docs(&docs);
        assert_eq!(
            ids[2][1], ids[0][1],
            "Isa Varnaev's brother's lawyer: {ids:?}"
        );
        assert_eq!(ids[3][1], ids[1][0], "Omar Isa's forum: {ids:?}");
        assert!(
            ids[4][1] != ids[0][1] && ids[4][1] != ids[1][0],
            "no context, no join: {ids:?}"
        );
    }

    /// The ids one linker gives documents made of these entities, read in order.
    fn link_entity_docs(docs: &[&[(MentionKind, &str)]]) -> Vec<Vec<String>> {
        let mut linker = Linker::new(None);
        docs.iter()
            .map(|doc| {
                // Each entity mentioned once, as every entity a reading yields is (one left
                // with no mention is linked to nothing).
                let ex = Extraction {
                    entities: doc
                        .iter()
                        .enumerate()
                        .map(|(i, (k, n))| {
                            let mut e = DocEntity::new(*k, n);
                            e.mentions.push(i);
                            e
                        })
                        .collect(),
                    ..Default::default()
                };
                linker
                    .link(&ex)
                    .into_iter()
                    .map(|l| l.map(|l| l.id).unwrap_or_default())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn one_word_bodies_and_two_letter_initials_join_across_documents() {
        use MentionKind::Organization;
        let ids = link_entity_docs(&[
            &[(Organization, "Zorvanate"), (Organization, "Baltic Union")],
            &[(Organization, "Zorvanate"), (Organization, "BU")],
        ]);
        assert_eq!(ids[0][0], ids[1][0], "the same one-word body: {ids:?}");
        assert_eq!(ids[0][1], ids[1][1], "BU for the Baltic Union: {ids:?}");
    }

    #[test]
    fn acronyms_link_organisations_across_documents() {
        let l = link_texts(&[
            "Supporters of the People's Mojahedin Organization of Iran (PMOI/MEK) met.",
            "A plot against the Mujahidin al-Khalq (MEK) failed.",
        ]);
        assert_eq!(
            id_of(&l, "People's Mojahedin Organization of Iran"),
            id_of(&l, "Mujahidin al-Khalq")
        );
    }

    #[test]
    fn an_acronym_used_alone_joins_the_body_another_report_names_in_full() {
        let l = link_texts(&[
            "Officials of the Northern Grain Export Council met in Tallinn on Monday.",
            "The NGEC denied the report on Tuesday.",
            "The Ministry of Rail Safety issued a statement.",
            "The MRS and the MORS said nothing.",
        ]);
        assert_eq!(
            id_of(&l, "Northern Grain Export Council"),
            id_of(&l, "NGEC")
        );
        // With and without the small words.
        assert_eq!(id_of(&l, "Ministry of Rail Safety"), id_of(&l, "MRS"));
        assert_eq!(id_of(&l, "Ministry of Rail Safety"), id_of(&l, "MORS"));
    }

    #[test]
    fn a_body_spelt_out_joins_the_letters_an_earlier_report_used_alone() {
        let l = link_texts(&[
            "The NGEC denied the report in Tallinn on Tuesday.",
            "Officials of the Northern Grain Export Council (NGEC) met in Tallinn on Monday.",
            "The NGEC said nothing more.",
        ]);
        let full = id_of(&l, "Northern Grain Export Council");
        assert!(!full.is_empty(), "{l:?}");
        assert!(
            l.iter()
                .filter(|(n, _)| n == "NGEC")
                .all(|(_, id)| *id == full),
            "every NGEC the body spelt out: {l:?}"
        );
        // Letters alone in a report that names no place the other names: maybe another body's.
        let l = link_texts(&[
            "In Narva the NGEC was fined.",
            "Officials of the Northern Grain Export Council (NGEC) met in Tallinn on Monday.",
        ]);
        assert_ne!(
            id_of(&l, "NGEC"),
            id_of(&l, "Northern Grain Export Council"),
            "{l:?}"
        );
    }

    #[test]
    fn initials_two_bodies_share_stay_unjoined() {
        let l = link_texts(&[
            "The Northern Grain Export Council met.",
            "The National Gas Energy Council met.",
            "The NGEC denied the report.",
        ]);
        assert_ne!(
            id_of(&l, "NGEC"),
            id_of(&l, "Northern Grain Export Council")
        );
        assert_ne!(id_of(&l, "NGEC"), id_of(&l, "National Gas Energy Council"));
    }

    #[test]
    fn a_surname_the_reader_kept_apart_from_a_person_named_in_full_stays_apart() {
        let l = link_texts(&[
            "Panellists include Temuulen Bayar, son of the jailed writer Bayar, and a lawyer \
             from Ulaanbaatar.",
        ]);
        let son = id_of(&l, "Temuulen Bayar");
        assert!(!son.is_empty(), "{l:?}");
        assert!(
            l.iter()
                .any(|(n, id)| n == "Bayar" && !id.is_empty() && *id != son),
            "{l:?}"
        );
        // Another report's lone surname still joins the one person named in full.
        let l = link_texts(&[
            "The writer Temuulen Bayar spoke in Ulaanbaatar on Monday.",
            "On Tuesday Mr Bayar said he would appeal the ruling.",
        ]);
        assert_eq!(id_of(&l, "Bayar"), id_of(&l, "Temuulen Bayar"), "{l:?}");
    }
}
