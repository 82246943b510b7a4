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

mod statements;

pub use statements::{quantity_value, report_statements, ReportMeta};

use vigil_extract::{name_key, DocEntity, Extraction, Gazetteer, MentionKind};
use vigil_index::{Index, Options, Query};
use vigil_model::Schema;

/// A list entity is taken for a report's name at this score or above.
pub const LIST_THRESHOLD: f32 = 0.9;
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
    acronyms: Vec<String>,
    dataset: String,
}

/// Resolves document entities to canonical ones, remembering what it linked so later documents
/// of the same batch link to the same entities.
pub struct Linker<'a> {
    index: Option<&'a Index>,
    known: Vec<Known>,
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
    let mut g = Gazetteer::new();
    for r in index.records() {
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
        for n in &r.names {
            let words = n.original.split_whitespace().count();
            if words >= 2 {
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
                }
            } else if words == 1 && (3..=6).contains(&n.original.len()) {
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
        Linker {
            index,
            known: Vec::new(),
        }
    }

    fn best_known(&self, kind: MentionKind, e: &DocEntity) -> Option<(usize, f32, String)> {
        let schema = schema_of(kind);
        let mut best: Option<(usize, f32, String)> = None;
        for (i, k) in self.known.iter().enumerate() {
            if !parties_compatible(k.kind, kind) {
                continue;
            }
            if e.acronyms
                .iter()
                .any(|a| a.len() >= 3 && k.acronyms.contains(a))
            {
                return Some((i, 1.0, format!("acronym {}", e.acronyms.join("/"))));
            }
            for q in e.forms.iter().filter(|f| f.split_whitespace().count() >= 2) {
                for c in &k.names {
                    let s = vigil_matcher::match_names(schema, q, c).score;
                    if best.as_ref().is_none_or(|b| s > b.1) {
                        best = Some((i, s, c.clone()));
                    }
                }
            }
        }
        best
    }

    fn surname(&self, e: &DocEntity) -> Option<usize> {
        let key = name_key(&e.name);
        let hits: Vec<usize> = self
            .known
            .iter()
            .enumerate()
            .filter(|(_, k)| k.kind == MentionKind::Person)
            .filter(|(_, k)| {
                k.names.iter().any(|n| {
                    let words: Vec<&str> = n.split_whitespace().collect();
                    words.len() >= 2 && words.last().is_some_and(|l| name_key(l) == key)
                })
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    fn remember(&mut self, link: &Link, kind: MentionKind, e: &DocEntity) {
        let k = match self.known.iter_mut().find(|k| k.id == link.id) {
            Some(k) => k,
            None => {
                self.known.push(Known {
                    id: link.id.clone(),
                    kind,
                    names: vec![link.matched.clone()],
                    acronyms: Vec::new(),
                    dataset: link.dataset.clone(),
                });
                self.known.last_mut().expect("just pushed")
            }
        };
        for f in &e.forms {
            if !k.names.contains(f) {
                k.names.push(f.clone());
            }
        }
        for a in &e.acronyms {
            if !k.acronyms.contains(a) {
                k.acronyms.push(a.clone());
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
        let mut id = base.clone();
        let mut n = 2;
        while self.known.iter().any(|k| k.id == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// Resolve every entity of a document; `None` for kinds that are not linked.
    pub fn link(&mut self, ex: &Extraction) -> Vec<Option<Link>> {
        let mut out = Vec::with_capacity(ex.entities.len());
        for e in &ex.entities {
            let link = self.link_one(e);
            if let Some(l) = &link {
                self.remember(l, e.kind, e);
            }
            out.push(link);
        }
        out
    }

    fn link_one(&mut self, e: &DocEntity) -> Option<Link> {
        let kind = e.kind;
        match kind {
            MentionKind::Place | MentionKind::Event => {
                let key = name_key(&e.name);
                if let Some(k) = self
                    .known
                    .iter()
                    .find(|k| k.kind == kind && k.names.iter().any(|n| name_key(n) == key))
                {
                    return Some(Link {
                        id: k.id.clone(),
                        score: 1.0,
                        via: "report",
                        matched: e.name.clone(),
                        dataset: k.dataset.clone(),
                        created: false,
                    });
                }
                let id = match (kind, e.country) {
                    (MentionKind::Place, Some(c)) if !c.is_empty() && is_country_name(&e.name) => {
                        format!("place-{c}")
                    }
                    _ => self.new_id(kind, &e.name),
                };
                return Some(Link {
                    id,
                    score: 1.0,
                    via: "new",
                    matched: e.name.clone(),
                    dataset: REPORTS_DATASET.into(),
                    created: true,
                });
            }
            MentionKind::Date | MentionKind::Quantity => return None,
            _ => {}
        }
        let single = e.forms.iter().all(|f| f.split_whitespace().count() < 2);
        if kind == MentionKind::Person && single {
            if let Some(i) = self.surname(e) {
                let k = &self.known[i];
                return Some(Link {
                    id: k.id.clone(),
                    score: 0.9,
                    via: "surname",
                    matched: k.names[0].clone(),
                    dataset: k.dataset.clone(),
                    created: false,
                });
            }
        }
        let known = self.best_known(kind, e);
        if let Some((i, score, matched)) = &known {
            if *score >= REPORT_THRESHOLD {
                let k = &self.known[*i];
                return Some(Link {
                    id: k.id.clone(),
                    score: *score,
                    via: if matched.starts_with("acronym ") {
                        "acronym"
                    } else {
                        "report"
                    },
                    matched: matched.clone(),
                    dataset: k.dataset.clone(),
                    created: false,
                });
            }
        }
        if let Some(index) = self
            .index
            .filter(|_| !single || kind != MentionKind::Person)
        {
            let names: Vec<String> = e
                .forms
                .iter()
                .filter(|f| kind != MentionKind::Person || f.split_whitespace().count() >= 2)
                .cloned()
                .collect();
            if !names.is_empty() {
                let q = Query {
                    schema: schema_of(kind),
                    names,
                    birth_dates: Vec::new(),
                    countries: Vec::new(),
                    gender: None,
                };
                let opts = Options {
                    threshold: LIST_THRESHOLD,
                    cutoff: REPORT_THRESHOLD.min(LIST_THRESHOLD),
                    limit: 3,
                    ..Options::default()
                };
                let hits = index.screen(&q, &opts);
                if let Some(m) = hits.first() {
                    let from_reports = m.datasets.iter().any(|d| d == REPORTS_DATASET);
                    let need = if from_reports {
                        REPORT_THRESHOLD
                    } else {
                        LIST_THRESHOLD
                    };
                    if m.score >= need {
                        return Some(Link {
                            id: m.id.clone(),
                            score: m.score,
                            via: if from_reports { "report" } else { "list" },
                            matched: m.matched_name.clone(),
                            dataset: m.datasets.first().cloned().unwrap_or_default(),
                            created: false,
                        });
                    }
                }
            }
        }
        Some(Link {
            id: self.new_id(kind, &e.name),
            score: 1.0,
            via: "new",
            matched: e.name.clone(),
            dataset: REPORTS_DATASET.into(),
            created: true,
        })
    }
}

fn is_country_name(name: &str) -> bool {
    vigil_model::country_code(name).is_some()
}

#[cfg(test)]
mod tests {
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
}
