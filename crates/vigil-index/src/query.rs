//! Screening a query against the index.

use std::cell::RefCell;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use vigil_matcher::{
    score_entity_by, score_entity_with, CandidateFacts, EntityScore, Explanation, QueryFacts,
    Weights, DEFAULT_THRESHOLD,
};
use vigil_model::identifiers::{canonical_identifiers, Identifier, MIN_IDENTIFIER_LEN};
use vigil_model::{country_code, dates::parse_dates, Schema};
use vigil_normalize::{analyze, AnalyzedName, NameKind};

use crate::build::{
    key_prefix, name_keys, KEY_DELETION, KEY_JOINED, KEY_SKELETON, KEY_SKELETON_ALT, KEY_TOKEN,
};
use crate::{Index, Record};

/// What to screen: a name or several (aliases of one query entity) and qualifying facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Query {
    pub schema: Schema,
    pub names: Vec<String>,
    #[serde(default)]
    pub birth_dates: Vec<String>,
    /// Country names or codes, any form `country_code` reads.
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub gender: Option<String>,
    /// IMO, passport, registration numbers ... as given (canonical form is taken here). A
    /// query may give identifiers and no name.
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
}

/// Candidates ahead of the one being scored whose names' headers, then whose names' parts,
/// are fetched into the cache. Scoring a candidate reads its names and their parts, each an
/// allocation of its own somewhere in an index of over a hundred megabytes: a cache miss each,
/// most of what scoring the candidate costs, unless asked for while the ones before are
/// scored.
const NAMES_AHEAD: usize = 4;
const PARTS_AHEAD: usize = 2;

/// Asks the processor to bring up to 512 bytes from `p` into its cache. A hint only: it reads
/// nothing and cannot fault, whatever `p` is.
#[inline(always)]
fn prefetch_bytes(p: *const u8, len: usize) {
    #[cfg(target_arch = "x86_64")]
    for offset in (0..len.min(512)).step_by(64) {
        // SAFETY: a prefetch is a hint; it neither reads into the program nor faults, whatever
        // the address.
        unsafe {
            std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(
                p.wrapping_add(offset).cast(),
            )
        };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (p, len);
}

/// Longest name a query may carry. Names are short (the longest list names are a few hundred
/// bytes); scoring cost grows with length, so a megabyte "name" is an attack, not a query.
pub const MAX_NAME_BYTES: usize = 500;
/// Most names, birth dates or countries one query may carry.
pub const MAX_QUERY_VALUES: usize = 20;
/// Longest birth date, country or gender value.
pub const MAX_FACT_BYTES: usize = 100;

impl Query {
    /// Why this query may not be screened, if it may not: no name, a name or value too long,
    /// too many values. Every front-end checks it, so none can be made to score a megabyte.
    pub fn check(&self) -> Result<(), String> {
        if self.names.iter().all(|n| n.trim().is_empty()) && self.identifiers.is_empty() {
            return Err("the name is empty, and no identifier is given".into());
        }
        if let Some(n) = self.names.iter().find(|n| n.len() > MAX_NAME_BYTES) {
            return Err(format!(
                "a name of {} bytes: at most {MAX_NAME_BYTES}",
                n.len()
            ));
        }
        for (what, values) in [
            ("names", &self.names),
            ("birth dates", &self.birth_dates),
            ("countries", &self.countries),
        ] {
            if values.len() > MAX_QUERY_VALUES {
                return Err(format!(
                    "{} {what}: at most {MAX_QUERY_VALUES} per query",
                    values.len()
                ));
            }
        }
        if self.identifiers.len() > MAX_QUERY_VALUES {
            return Err(format!(
                "{} identifiers: at most {MAX_QUERY_VALUES} per query",
                self.identifiers.len()
            ));
        }
        let facts = self
            .birth_dates
            .iter()
            .chain(&self.countries)
            .chain(&self.gender);
        if let Some(v) = facts.into_iter().find(|v| v.len() > MAX_FACT_BYTES) {
            return Err(format!(
                "a birth date, country or gender of {} bytes: at most {MAX_FACT_BYTES}",
                v.len()
            ));
        }
        // Identifiers come as lists print them, remarks and all: as long as a name may be.
        if let Some(i) = self
            .identifiers
            .iter()
            .find(|i| i.value.len() > MAX_NAME_BYTES)
        {
            return Err(format!(
                "an identifier of {} bytes: at most {MAX_NAME_BYTES}",
                i.value.len()
            ));
        }
        Ok(())
    }

    /// As [`Query::check`], and every birth date, country and gender must mean something:
    /// a value that reads as nothing would be ignored, and the answer look cleaner than it is.
    /// For values a person typed (flags, URL parameters).
    pub fn check_strict(&self) -> Result<(), String> {
        self.check()?;
        match self.unreadable().first() {
            Some(why) => Err(why.clone()),
            None => Ok(()),
        }
    }

    /// Why each birth date, country or gender of the query reads as nothing, if any does.
    pub fn unreadable(&self) -> Vec<String> {
        self.clone().readable().1
    }

    /// The query without the values that read as nothing, and why each was left out: for
    /// values that come with data (a batch row, a `/match` example), where the name must be
    /// screened all the same and the answer say what it went without.
    pub fn readable(mut self) -> (Query, Vec<String>) {
        let mut why = Vec::new();
        self.birth_dates
            .retain(|d| match vigil_model::dates::check_query_date(d) {
                Ok(()) => true,
                Err(e) => {
                    why.push(format!("birth date {e}"));
                    false
                }
            });
        self.countries.retain(|c| {
            let known = country_code(c).is_some();
            if !known {
                let shown: String = c.chars().take(60).collect();
                why.push(format!(
                    "country {shown:?} is not a country name or ISO code (Iran, ir, IRN)"
                ));
            }
            known
        });
        self.identifiers.retain(|i| {
            let readable = !canonical_identifiers(i.kind, &i.value).is_empty();
            if !readable {
                let shown: String = i.value.chars().take(60).collect();
                why.push(format!(
                    "{} {shown:?} has fewer than {MIN_IDENTIFIER_LEN} letters and digits, or no digit",
                    i.kind.as_str()
                ));
            }
            readable
        });
        if let Some(g) = &self.gender {
            if let Err(e) =
                vigil_model::vocab::check("gender", &g.to_lowercase(), vigil_model::vocab::GENDERS)
            {
                why.push(e);
                self.gender = None;
            }
        }
        (self, why)
    }

    /// A query by one name and nothing else.
    pub fn name(schema: Schema, name: &str) -> Query {
        Query::names(schema, vec![name.to_string()])
    }

    /// A query by these names and nothing else.
    pub fn names(schema: Schema, names: Vec<String>) -> Query {
        Query {
            schema,
            names,
            birth_dates: Vec::new(),
            countries: Vec::new(),
            gender: None,
            identifiers: Vec::new(),
        }
    }
}

/// The scorer a screening uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Algorithm {
    /// vigil's matcher: names across scripts and spellings, qualifiers, identifiers.
    #[default]
    Vigil,
    /// OFAC's Sanctions List Search score emulated (`vigil_matcher::ofac`): names only.
    Ofac,
}

/// The default threshold of the OFAC emulation: OFAC's tool lists from the score the user
/// picks; 0.85 is where its answers on the parity fixture stop being mostly namesakes.
pub const OFAC_THRESHOLD: f32 = 0.85;

/// How to screen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Score at or above which a result is a match.
    pub threshold: f32,
    /// Results below this score are not returned at all.
    pub cutoff: f32,
    /// Most results returned.
    pub limit: usize,
    /// Only entities in one of these datasets (all when empty).
    pub datasets: Vec<String>,
    /// Entities in any of these datasets are left out (yente's `exclude_dataset`).
    pub exclude_datasets: Vec<String>,
    /// Entities of these schemata are left out (yente's `exclude_schema`).
    pub exclude_schemata: Vec<Schema>,
    /// These entities are left out (yente's `exclude_entity_ids`: matches an analyst has
    /// already judged false).
    pub exclude_ids: Vec<String>,
    /// Only entities with one of these topics (all when empty; yente's `topics`).
    pub topics: Vec<String>,
    /// Only entities changed at or after this date or time (ISO 8601, compared as text:
    /// `2026-11-01` admits `2026-11-01T08:00:00Z`); yente's `changed_since`, for screening
    /// only what a list load changed.
    pub changed_since: Option<String>,
    /// Only entities of one of these countries (ISO codes; yente's `/search` `countries`).
    pub countries: Vec<String>,
    /// Which scorer ranks the candidates retrieval finds.
    pub algorithm: Algorithm,
    pub weights: Weights,
    /// How many retrieved candidates are scored in full.
    pub candidates: usize,
    /// Candidates whose shared keys weigh less than this share of what the query's keys could
    /// weigh at most are not scored (they share only its minor parts).
    pub min_share: f32,
    /// Whether each result carries the account of its score. A caller that reads only the
    /// scores (report linking) spares the text, which costs more than the score.
    pub explain: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            threshold: DEFAULT_THRESHOLD,
            cutoff: 0.5,
            limit: 10,
            datasets: Vec::new(),
            exclude_datasets: Vec::new(),
            exclude_schemata: Vec::new(),
            exclude_ids: Vec::new(),
            topics: Vec::new(),
            changed_since: None,
            countries: Vec::new(),
            algorithm: Algorithm::Vigil,
            weights: Weights::default(),
            candidates: 200,
            min_share: 0.3,
            explain: true,
        }
    }
}

/// Name scores one caller remembers across its screens of one index: linking a batch of
/// reports screens the same names again and again (a body's name, then with each country
/// the document names before it, in three passes, in every report of a story), and two in
/// five of the name pairs it scores were scored before. A name's score against a list name
/// depends on nothing else (the query name's reading and kind, the list name), so a
/// remembered score is the score.
#[derive(Default)]
pub struct ScoreMemo {
    /// The store state the scores' index was built from (its fingerprint and records' count):
    /// an index of another state numbers its records otherwise, and the memo starts afresh.
    of_index: (String, usize),
    query_names: FxHashMap<(String, NameKind), u32>,
    /// (query name, record, the record's name) → score.
    scores: FxHashMap<(u32, u32, u32), f32>,
}

/// Scores kept at most (about 60 MB); past it the memo starts afresh, so that a long batch
/// keeps the names of the reports it reads now.
const SCORE_MEMO_LIMIT: usize = 2_000_000;
/// Query names numbered at most before the memo starts afresh.
const SCORE_MEMO_NAMES: usize = 200_000;

impl ScoreMemo {
    /// Readies the memo for a screen of `index`; called before the screen numbers its names,
    /// since starting afresh renumbers them.
    fn of(&mut self, index: &Index) {
        let (fingerprint, len) = (&self.of_index.0, self.of_index.1);
        if *fingerprint != index.fingerprint
            || len != index.records.len()
            || self.query_names.len() >= SCORE_MEMO_NAMES
        {
            *self = ScoreMemo {
                of_index: (index.fingerprint.clone(), index.records.len()),
                ..ScoreMemo::default()
            };
        }
    }

    fn name_id(&mut self, name: &AnalyzedName) -> u32 {
        let next = self.query_names.len() as u32;
        *self
            .query_names
            .entry((name.original.clone(), name.kind))
            .or_insert(next)
    }
}

/// A screen's hold on a [`ScoreMemo`]: the memo, and its number for each of the query's
/// names as read for the two kinds of candidate.
struct Remembering<'m> {
    memo: &'m mut ScoreMemo,
    names: Vec<u32>,
    person_names: Vec<u32>,
}

/// One screening result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Match {
    pub id: String,
    pub schema: Schema,
    pub caption: String,
    pub datasets: Vec<String>,
    pub score: f32,
    #[serde(rename = "match")]
    pub is_match: bool,
    /// The entity's name that matched best.
    pub matched_name: String,
    /// Serialised as `explanations`, the name the API (and yente) gives it.
    #[serde(rename = "explanations")]
    pub explanation: Explanation,
}

#[derive(Default)]
struct Scratch {
    acc: Vec<f32>,
    stamp: Vec<u32>,
    touched: Vec<u32>,
    part: u32,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

fn kind_weight(kind: u8) -> f32 {
    match kind {
        KEY_TOKEN | KEY_JOINED => 1.0,
        KEY_SKELETON => 0.8,
        KEY_DELETION => 0.7,
        _ => 0.5,
    }
}

/// The analysed names and normalised facts of a query.
pub(crate) struct Prepared {
    pub names: Vec<AnalyzedName>,
    /// For a query that may name a person or a body (`LegalEntity`, `Thing`: the CLI's and
    /// the search box's default), its names read as a person's, to score person candidates:
    /// read as an organisation's, "Ali Khamenei" against "KHAMENEI, Ali Husseini" would count
    /// the middle name as a different body's word.
    pub person_names: Option<Vec<AnalyzedName>>,
    pub facts: QueryFacts,
}

impl Prepared {
    /// The query's names as read for a candidate of `schema`.
    fn names_for(&self, schema: Schema) -> &[AnalyzedName] {
        match &self.person_names {
            Some(p) if schema.is_a(Schema::Person) => p,
            _ => &self.names,
        }
    }
}

pub(crate) fn prepare(q: &Query) -> Prepared {
    let kind = vigil_matcher::name_kind(q.schema);
    // An invisible character is dropped, so "Nas\u{200b}rallah" reads as one word; but one
    // standing where a space was ("Qasem\u{2060}Soleimani") would glue two. Such a name is
    // read both ways, and the better reading counts.
    // A query's name is split as list names are (a name in two scripts, "a.k.a.",
    // parenthesised variants): each variant is a reading.
    let readings: Vec<String> = q
        .names
        .iter()
        .flat_map(|n| vigil_normalize::name_variants(n))
        .flat_map(|n| {
            let spaced = n
                .chars()
                .any(vigil_normalize::is_default_ignorable)
                .then(|| {
                    n.chars()
                        .map(|c| {
                            if vigil_normalize::is_default_ignorable(c) {
                                ' '
                            } else {
                                c
                            }
                        })
                        .collect::<String>()
                });
            std::iter::once(n.clone()).chain(spaced)
        })
        .collect();
    let read = |kind| -> Vec<AnalyzedName> {
        readings
            .iter()
            .map(|n| analyze(n, kind))
            .filter(|a| !a.parts.is_empty())
            .collect()
    };
    let names = read(kind);
    let person_names = (kind != NameKind::Person && q.schema.can_match(Schema::Person))
        .then(|| read(NameKind::Person));
    let mut countries: Vec<String> = Vec::new();
    for c in &q.countries {
        if let Some(code) = country_code(c) {
            if !countries.iter().any(|x| x == code) {
                countries.push(code.to_string());
            }
        }
    }
    let birth_dates = q.birth_dates.iter().flat_map(|d| parse_dates(d)).collect();
    let gender = q
        .gender
        .as_deref()
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .map(|g| g.to_ascii_lowercase());
    let identifiers = q
        .identifiers
        .iter()
        .flat_map(|i| {
            canonical_identifiers(i.kind, &i.value)
                .into_iter()
                .map(|value| Identifier {
                    kind: i.kind,
                    value,
                })
        })
        .collect();
    Prepared {
        names,
        person_names,
        facts: QueryFacts {
            birth_dates,
            countries,
            gender,
            identifiers,
        },
    }
}

/// What a request admits, prepared once per query.
struct Admit<'a> {
    schema: Schema,
    /// Per index dataset, by position: admitted, not admitted, or excluded (a record in an
    /// excluded dataset is out whatever else it is in). `None` admits all.
    datasets: Option<Vec<DatasetRule>>,
    o: &'a Options,
}

#[derive(Clone, Copy, PartialEq)]
enum DatasetRule {
    Out,
    In,
    Excluded,
}

impl Admit<'_> {
    fn admits(&self, r: &Record) -> bool {
        let o = self.o;
        (self.schema == Schema::Thing || r.schema.can_match(self.schema))
            && self.datasets.as_ref().is_none_or(|rules| {
                let rule = |d: &u32| rules[*d as usize];
                r.dataset_ids.iter().any(|d| rule(d) == DatasetRule::In)
                    && !r
                        .dataset_ids
                        .iter()
                        .any(|d| rule(d) == DatasetRule::Excluded)
            })
            && !o.exclude_schemata.contains(&r.schema)
            && (o.topics.is_empty() || r.topics.iter().any(|t| o.topics.contains(t)))
            && !o.exclude_ids.contains(&r.id)
            && o.changed_since
                .as_deref()
                .is_none_or(|since| r.changed.as_str() >= since)
            && (o.countries.is_empty() || r.countries.iter().any(|c| o.countries.contains(c)))
    }
}

impl Index {
    fn admit<'a>(&self, schema: Schema, o: &'a Options) -> Admit<'a> {
        let datasets = (!o.datasets.is_empty() || !o.exclude_datasets.is_empty()).then(|| {
            let base = if o.datasets.is_empty() {
                DatasetRule::In
            } else {
                DatasetRule::Out
            };
            let mut rules = vec![base; self.datasets.len()];
            for (names, rule) in [
                (&o.datasets, DatasetRule::In),
                (&o.exclude_datasets, DatasetRule::Excluded),
            ] {
                for d in names {
                    // Old names (`ofac-sdn`) are aliases of the store's (`us_ofac_sdn`); the
                    // store's own names, which requests mostly give, are found without a copy.
                    // A store name not in the index (a dataset with no entities) needs no
                    // second try: its canonical name is itself.
                    let found = self.datasets.binary_search(d).ok().or_else(|| {
                        if vigil_model::vocab::is_dataset_name(d) {
                            return None;
                        }
                        self.datasets
                            .binary_search(&vigil_model::vocab::dataset_name(d))
                            .ok()
                    });
                    if let Some(i) = found {
                        rules[i] = rule;
                    }
                }
            }
            rules
        });
        Admit {
            schema,
            datasets,
            o,
        }
    }

    /// The entities worth scoring for these names, best first (at most `o.candidates`).
    pub(crate) fn candidates(
        &self,
        names: &[AnalyzedName],
        schema: Schema,
        o: &Options,
    ) -> Vec<u32> {
        let n = self.records.len();
        if n == 0 {
            return Vec::new();
        }
        // Keys shared by more than this many entities find nobody in particular.
        let max_df = (n / 20).max(200);
        SCRATCH.with(|cell| {
            let mut s = cell.borrow_mut();
            let s = &mut *s;
            if s.acc.len() != n {
                s.acc = vec![0.0; n];
                s.stamp = vec![0; n];
                s.part = 0;
            }
            s.touched.clear();
            // The most key weight any entity could collect for the query: a candidate far below
            // it shares only the query's minor parts and cannot reach a match.
            let mut attainable = 0f32;
            for name in names {
                let mut current_part = usize::MAX - 1;
                let mut part_best = 0f32;
                let mut name_total = 0f32;
                name_keys(name, &mut |part, kind, bytes| {
                    if part != current_part {
                        if current_part != usize::MAX {
                            name_total += part_best;
                        }
                        part_best = 0.0;
                        current_part = part;
                        s.part = s.part.wrapping_add(1);
                        if s.part == 0 {
                            s.stamp.iter_mut().for_each(|x| *x = 0);
                            s.part = 1;
                        }
                    }
                    let mut key = [0u8; 72];
                    if bytes.len() + 1 > key.len() {
                        return;
                    }
                    key[0] = key_prefix(kind);
                    key[1..=bytes.len()].copy_from_slice(bytes);
                    let Ok(k) = std::str::from_utf8(&key[..=bytes.len()]) else {
                        return;
                    };
                    let Some(post) = self.keys.get(k) else { return };
                    // Common keys find nobody in particular, except a part's exact form (for
                    // Arabic script, its skeleton): without it a name made only of common parts
                    // (Muhammad Muhammad, حسین محمدی) could not be found.
                    let exact = kind == KEY_TOKEN
                        || (kind == KEY_SKELETON
                            && name.parts.get(part).is_some_and(|p| p.unvowelled));
                    if post.len() > max_df && !exact {
                        return;
                    }
                    let w = kind_weight(kind) * (1.0 + (n as f32 / post.len() as f32).ln());
                    if kind != KEY_SKELETON_ALT {
                        part_best = part_best.max(w);
                    }
                    for &r in post {
                        let ri = r as usize;
                        if s.stamp[ri] != s.part {
                            s.stamp[ri] = s.part;
                            if s.acc[ri] == 0.0 {
                                s.touched.push(r);
                            }
                            s.acc[ri] += w;
                        }
                    }
                });
                if current_part != usize::MAX {
                    name_total += part_best;
                }
                attainable = attainable.max(name_total);
            }
            let mut found: Vec<(u32, f32)> = s
                .touched
                .iter()
                .map(|&r| (r, s.acc[r as usize]))
                .filter(|&(_, acc)| acc >= o.min_share * attainable)
                .collect();
            for &r in &s.touched {
                s.acc[r as usize] = 0.0;
            }
            let rules = self.admit(schema, o);
            let admit = |r: u32| rules.admits(&self.records[r as usize]);
            // Ties (records sharing the same keys) by record order, so the k chosen do not
            // depend on the order they were found in.
            let best_first =
                |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
            let k = o.candidates.max(1);
            // Schema and dataset filters read every record they test (a cache miss each, over
            // thousands of records for a common name): take the best k, keep those that pass,
            // and take the best of the rest for the places left, until k pass or none are left.
            // After a few rounds (a filter most records fail, such as one small dataset) every
            // remaining record is tested at once.
            let mut chosen: Vec<(u32, f32)> = Vec::with_capacity(k.min(found.len()));
            let mut rest: &mut [(u32, f32)] = &mut found;
            let mut rounds = 0;
            while chosen.len() < k && !rest.is_empty() {
                let want = k - chosen.len();
                rounds += 1;
                if rounds > 3 {
                    let mut passing: Vec<(u32, f32)> =
                        rest.iter().copied().filter(|&(r, _)| admit(r)).collect();
                    if passing.len() > want {
                        passing.select_nth_unstable_by(want - 1, best_first);
                        passing.truncate(want);
                    }
                    chosen.extend(passing);
                    break;
                }
                if rest.len() > want {
                    rest.select_nth_unstable_by(want - 1, best_first);
                }
                let (best, tail) = rest.split_at_mut(want.min(rest.len()));
                // Asked for all at once, the records' misses overlap instead of following one
                // another.
                for &(r, _) in best.iter() {
                    self.prefetch_record(r);
                }
                chosen.extend(best.iter().copied().filter(|&(r, _)| admit(r)));
                rest = tail;
            }
            let mut found = chosen;
            found.sort_by(best_first);
            found.into_iter().map(|(r, _)| r).collect()
        })
    }

    fn facts(r: &Record) -> CandidateFacts<'_> {
        CandidateFacts {
            schema: r.schema,
            names: &r.names,
            weak: &r.weak,
            birth_dates: &r.birth_dates,
            countries: &r.countries,
            gender: r.gender.as_deref(),
            identifiers: &r.identifiers,
        }
    }

    /// The admitted records holding one of these identifiers. A query of the catch-all
    /// LegalEntity (the CLI's default) looks among every schema: an IMO number is a vessel's
    /// whatever the query said it was.
    fn identified(&self, identifiers: &[Identifier], schema: Schema, o: &Options) -> Vec<u32> {
        // Most queries carry no identifier: no need to prepare the rules.
        if identifiers.is_empty() {
            return Vec::new();
        }
        let schema = if schema == Schema::LegalEntity {
            Schema::Thing
        } else {
            schema
        };
        let rules = self.admit(schema, o);
        let mut found: Vec<u32> = identifiers
            .iter()
            .filter_map(|i| {
                self.keys
                    .get(crate::build::identifier_key(&i.value).as_str())
            })
            .flatten()
            .copied()
            .filter(|&r| rules.admits(&self.records[r as usize]))
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// A record scored against the prepared query, explained or not.
    fn score_record(
        &self,
        p: &Prepared,
        r: u32,
        o: &Options,
        explain: bool,
        remembering: Option<&mut Remembering<'_>>,
    ) -> EntityScore {
        let record = &self.records[r as usize];
        let names = p.names_for(record.schema);
        let facts = Index::facts(record);
        let Some(Remembering {
            memo,
            names: name_ids,
            person_names,
        }) = remembering
        else {
            return score_entity_with(names, &p.facts, &facts, &o.weights, explain);
        };
        let ids: &[u32] = if p.person_names.is_some() && record.schema.is_a(Schema::Person) {
            person_names
        } else {
            name_ids
        };
        score_entity_by(
            names,
            &p.facts,
            &facts,
            &o.weights,
            explain,
            &mut |qn, cn, qi, ci| {
                let key = (ids[qi], r, ci as u32);
                if let Some(&score) = memo.scores.get(&key) {
                    return score;
                }
                let score = vigil_matcher::names::name_score(qn, cn);
                // The names keep their numbers (this screen holds them): only scores go.
                if memo.scores.len() >= SCORE_MEMO_LIMIT {
                    memo.scores.clear();
                }
                memo.scores.insert(key, score);
                score
            },
        )
    }

    /// Asks the processor for the part of record `r` the filters read first (its schema).
    fn prefetch_record(&self, r: u32) {
        if let Some(record) = self.records.get(r as usize) {
            prefetch_bytes(std::ptr::addr_of!(record.schema).cast(), 1);
        }
    }

    /// Asks the processor for the names of candidate `r` (the array of its names' headers),
    /// ahead of scoring it: see [`NAMES_AHEAD`].
    fn prefetch_names(&self, r: u32) {
        if let Some(record) = self.records.get(r as usize) {
            prefetch_bytes(
                record.names.as_ptr().cast(),
                record.names.len() * size_of::<AnalyzedName>(),
            );
        }
    }

    /// Asks the processor for the parts of candidate `r`'s names, ahead of scoring it.
    fn prefetch_parts(&self, r: u32) {
        if let Some(record) = self.records.get(r as usize) {
            for name in record.names.iter().take(8) {
                prefetch_bytes(
                    name.parts.as_ptr().cast(),
                    name.parts.len() * size_of::<vigil_normalize::NamePart>(),
                );
            }
        }
    }

    /// The score of one record, without its explanation; `None` below the cutoff.
    fn quick_score(
        &self,
        p: &Prepared,
        r: u32,
        o: &Options,
        remembering: Option<&mut Remembering<'_>>,
    ) -> Option<(f32, u32)> {
        let s = self.score_record(p, r, o, false, remembering);
        (s.score >= o.cutoff).then_some((s.score, r))
    }

    /// The best `o.limit` of the scored records, explained where `o.explain`: the text of an
    /// explanation costs more than the score, so only the results returned get one.
    fn finish(
        &self,
        p: &Prepared,
        mut scored: Vec<(f32, u32)>,
        o: &Options,
        mut remembering: Option<&mut Remembering<'_>>,
    ) -> Vec<Match> {
        let id = |r: u32| self.records[r as usize].id.as_str();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1))));
        scored.truncate(o.limit);
        scored
            .into_iter()
            .map(|(_, r)| {
                let s = self.score_record(p, r, o, o.explain, remembering.as_deref_mut());
                let r = &self.records[r as usize];
                Match {
                    id: r.id.clone(),
                    schema: r.schema,
                    caption: r.caption.clone(),
                    datasets: r.datasets.clone(),
                    score: s.score,
                    is_match: s.score >= o.threshold,
                    matched_name: r
                        .names
                        .get(s.best_name)
                        .map(|n| n.original.clone())
                        .unwrap_or_default(),
                    explanation: s.explanation,
                }
            })
            .collect()
    }

    fn prepare(&self, q: &Query) -> Prepared {
        let mut p = prepare(q);
        for name in p
            .names
            .iter_mut()
            .chain(p.person_names.iter_mut().flatten())
        {
            crate::build::apply_rarity(name, &self.keys, self.records.len());
        }
        p
    }

    /// Browse without a name: every entity of `schema` (or a descendant) the options admit,
    /// by caption, then id.
    pub fn browse(&self, schema: Schema, o: &Options) -> Vec<&Record> {
        let rules = self.admit(schema, o);
        let mut out: Vec<&Record> = self
            .records
            .iter()
            .filter(|r| (schema == Schema::Thing || r.schema.is_a(schema)) && rules.admits(r))
            .collect();
        out.sort_by(|a, b| a.caption.cmp(&b.caption).then_with(|| a.id.cmp(&b.id)));
        out.truncate(o.limit);
        out
    }

    /// Screen one query: retrieve candidates, score them, best first.
    pub fn screen(&self, q: &Query, o: &Options) -> Vec<Match> {
        self.screen_with(q, o, None)
    }

    /// [`Index::screen`], with name scores taken from `memo` where it has them and kept
    /// there: the same results, for a caller that screens many overlapping queries.
    pub fn screen_remembering(&self, q: &Query, o: &Options, memo: &mut ScoreMemo) -> Vec<Match> {
        self.screen_with(q, o, Some(memo))
    }

    fn screen_with(&self, q: &Query, o: &Options, memo: Option<&mut ScoreMemo>) -> Vec<Match> {
        if o.algorithm == Algorithm::Ofac {
            return self.screen_ofac(q, o);
        }
        let p = self.prepare(q);
        if p.names.is_empty() && p.facts.identifiers.is_empty() {
            return Vec::new();
        }
        let mut remembering = memo.map(|memo| {
            memo.of(self);
            let names = p.names.iter().map(|n| memo.name_id(n)).collect();
            let person_names = p
                .person_names
                .iter()
                .flatten()
                .map(|n| memo.name_id(n))
                .collect();
            Remembering {
                memo,
                names,
                person_names,
            }
        });
        let mut found = if p.names.is_empty() {
            Vec::new()
        } else {
            self.candidates(&p.names, q.schema, o)
        };
        // Whoever holds one of the query's identifiers is a candidate whatever its name.
        for r in self.identified(&p.facts.identifiers, q.schema, o) {
            if !found.contains(&r) {
                found.push(r);
            }
        }
        let mut scored = Vec::new();
        for (i, &r) in found.iter().enumerate() {
            if let Some(&ahead) = found.get(i + NAMES_AHEAD) {
                self.prefetch_names(ahead);
            }
            if let Some(&ahead) = found.get(i + PARTS_AHEAD) {
                self.prefetch_parts(ahead);
            }
            scored.extend(self.quick_score(&p, r, o, remembering.as_mut()));
        }
        self.finish(&p, scored, o, remembering.as_mut())
    }

    /// OFAC's score (names only) over the candidates vigil's retrieval finds for the query's
    /// names, best first: what OFAC's own tool would list, for users who must show it.
    fn screen_ofac(&self, q: &Query, o: &Options) -> Vec<Match> {
        let p = self.prepare(q);
        if p.names.is_empty() {
            return Vec::new();
        }
        // Retrieval is vigil's (shared name parts, phonetic and transliterated keys): wider
        // than usual, since OFAC's score rewards what vigil's would not.
        let wide = Options {
            candidates: o.candidates.max(1_000),
            ..o.clone()
        };
        let mut scored: Vec<(f64, u32, usize, String)> = self
            .candidates(&p.names, q.schema, &wide)
            .into_iter()
            .filter_map(|r| {
                let names: Vec<&str> = self.records[r as usize]
                    .names
                    .iter()
                    .map(|n| n.original.as_str())
                    .collect();
                let (score, _, j, detail) = vigil_matcher::ofac::best_pair(&q.names, &names)?;
                (score as f32 >= o.cutoff).then_some((score, r, j, detail))
            })
            .collect();
        let id = |r: u32| self.records[r as usize].id.as_str();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| id(a.1).cmp(id(b.1))));
        scored.truncate(o.limit);
        scored
            .into_iter()
            .map(|(score, r, j, detail)| {
                let r = &self.records[r as usize];
                let score = score as f32;
                let mut explanation = vigil_matcher::Explanation::new();
                explanation.insert("ofac_name".into(), vigil_matcher::Feature { score, detail });
                Match {
                    id: r.id.clone(),
                    schema: r.schema,
                    caption: r.caption.clone(),
                    datasets: r.datasets.clone(),
                    score,
                    is_match: score >= o.threshold,
                    matched_name: r
                        .names
                        .get(j)
                        .map(|n| n.original.clone())
                        .unwrap_or_default(),
                    explanation,
                }
            })
            .collect()
    }

    /// Score every admissible entity, without retrieval: the reference that retrieval recall is
    /// measured against. Slow by design.
    pub fn screen_exhaustive(&self, q: &Query, o: &Options) -> Vec<Match> {
        let p = self.prepare(q);
        if p.names.is_empty() && p.facts.identifiers.is_empty() {
            return Vec::new();
        }
        let rules = self.admit(q.schema, o);
        let scored = (0..self.records.len() as u32)
            .filter(|&r| rules.admits(&self.records[r as usize]))
            .filter_map(|r| self.quick_score(&p, r, o, None))
            .collect();
        self.finish(&p, scored, o, None)
    }
}
