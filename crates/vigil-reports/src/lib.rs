//! "What did the reports say, and where do they disagree?" The reports dataset read back and
//! grouped (documents, mentions with analysts' judgements applied, claims, entities), the
//! claims about an entity as rows with their sentence and document, and the discrepancies
//! between sources: quantities of the same thing (500 grams against a pound of TATP),
//! spellings of one entity, and roles. Shared by the CLI (`vigil claims`, `vigil entity`,
//! `vigil discrepancies`) and the server (`/discrepancies`).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use vigil_extract::{disagree, name_key, quantities, Measure, Quantity};
pub mod stories;

use vigil_link::{Judgement, Judgements, JUDGEMENTS_DATASET};
use vigil_model::Entity;
use vigil_store::{Store, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum ReportsError {
    #[error("reading the {what}: {source}")]
    Store {
        what: &'static str,
        #[source]
        source: StoreError,
    },
}

fn reading(what: &'static str) -> impl FnOnce(StoreError) -> ReportsError {
    move |source| ReportsError::Store { what, source }
}

/// Every judgement in the store, oldest first.
pub fn load_judgements(store: &dyn Store) -> Result<Judgements, ReportsError> {
    let mut all = Vec::new();
    if store
        .versions(JUDGEMENTS_DATASET)
        .map_err(reading("store"))?
        .is_empty()
    {
        return Ok(Judgements::default());
    }
    store
        .for_each_entity(Some(JUDGEMENTS_DATASET), &mut |e| {
            all.extend(Judgement::from_entity(&e));
            true
        })
        .map_err(reading("judgements"))?;
    all.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
    Ok(Judgements::new(all))
}

/// Everything the reports dataset holds, grouped.
pub struct ReportData {
    /// Analysts' linking decisions, applied to every mention and claim read.
    pub judgements: vigil_link::Judgements,
    pub documents: BTreeMap<String, Entity>,
    pub mentions: Vec<Entity>,
    pub claims: Vec<Entity>,
    pub entities: HashMap<String, Entity>,
    /// Captions of the list entities the mentions resolve to (headings say names, not ids).
    pub list_captions: HashMap<String, String>,
}

impl ReportData {
    /// The caption of an entity the reports name: a report entity's or a listed one's.
    pub fn caption_of(&self, id: &str) -> String {
        self.entities
            .get(id)
            .map(|e| e.caption().to_string())
            .or_else(|| self.list_captions.get(id).cloned())
            .unwrap_or_else(|| id.to_string())
    }
}

pub fn load(store: &dyn Store, dataset: &str) -> Result<ReportData, ReportsError> {
    let mut d = ReportData {
        judgements: load_judgements(store)?,
        documents: BTreeMap::new(),
        mentions: Vec::new(),
        claims: Vec::new(),
        entities: HashMap::new(),
        list_captions: HashMap::new(),
    };
    store
        .for_each_entity(Some(dataset), &mut |e| {
            match e.schema.name() {
                "Article" => {
                    d.mentions.extend(vigil_link::expand_mentions(&e));
                    d.documents.insert(e.id.clone(), e);
                }
                "Mention" => d.mentions.push(e),
                _ if e.first("claimKind").is_some() => d.claims.push(e),
                _ => {
                    d.entities.insert(e.id.clone(), e);
                }
            }
            true
        })
        .map_err(reading("reports"))?;
    // Judgements: a mention resolves through splits (by its form) and merges; a claim's
    // parties through merges.
    if !d.judgements.is_empty() {
        for m in &mut d.mentions {
            if let (Some(id), Some(name)) = (m.first("resolved"), m.first("name")) {
                let to = d.judgements.resolve(id, name);
                if to != id {
                    m.properties.insert("resolved".into(), vec![to]);
                }
            }
        }
        for c in &mut d.claims {
            let mut changed = Vec::new();
            for (prop, values) in &c.properties {
                if c.schema
                    .property(prop)
                    .is_some_and(|p| p.kind == vigil_model::PropType::Entity)
                    && prop != "proof"
                {
                    let new: Vec<String> =
                        values.iter().map(|v| d.judgements.resolve(v, "")).collect();
                    if &new != values {
                        changed.push((prop.clone(), new));
                    }
                }
            }
            for (p, v) in changed {
                c.properties.insert(p, v);
            }
        }
    }
    d.mentions.sort_by_key(|m| {
        (
            m.first("document").unwrap_or("").to_string(),
            num(m, "start"),
        )
    });
    let listed: std::collections::BTreeSet<String> = d
        .mentions
        .iter()
        .filter_map(|m| m.first("resolved"))
        .filter(|id| !d.entities.contains_key(*id))
        .map(str::to_string)
        .collect();
    for id in listed {
        if let Some(e) = store.current_entity(&id).map_err(reading("lists"))? {
            d.list_captions.insert(id, e.caption().to_string());
        }
    }
    Ok(d)
}

pub fn num(e: &Entity, prop: &str) -> usize {
    e.first(prop).and_then(|v| v.parse().ok()).unwrap_or(0)
}

impl ReportData {
    pub fn file_of(&self, doc: &str) -> String {
        self.documents
            .get(doc)
            .and_then(|d| d.first("fileName"))
            .unwrap_or("")
            .to_string()
    }

    /// "Title — Publisher, date" where the page gave a title; None otherwise.
    pub fn article_of(&self, doc: &str) -> Option<String> {
        let d = self.documents.get(doc)?;
        let title = d.first("title")?;
        let mut out = title.to_string();
        let extra: Vec<&str> = [d.first("publisher"), d.first("publishedAt")]
            .into_iter()
            .flatten()
            .collect();
        if !extra.is_empty() {
            out.push_str(" — ");
            out.push_str(&extra.join(", "));
        }
        Some(out)
    }

    /// What to call a document to a reader: its title line, else the file it came from.
    pub fn label_of(&self, doc: &str) -> String {
        self.article_of(doc).unwrap_or_else(|| self.file_of(doc))
    }

    pub fn text_of(&self, doc: &str) -> &str {
        self.documents
            .get(doc)
            .and_then(|d| d.first("bodyText"))
            .unwrap_or("")
    }

    pub fn sentence_at(&self, doc: &str, start: usize) -> String {
        let text = self.text_of(doc);
        let spans = vigil_extract::sentences(text);
        spans
            .iter()
            .find(|s| start >= s.start && start < s.end)
            .map(|s| text[s.start..s.end].trim().to_string())
            .unwrap_or_default()
    }
}

#[derive(Serialize)]
/// A claim as the CLI and the server show it.
pub struct ClaimRow {
    pub id: String,
    pub kind: String,
    pub schema: String,
    pub summary: String,
    /// Entity ids the claim relates, by property.
    pub parties: BTreeMap<String, Vec<String>>,
    pub role: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
    pub doc: String,
    pub file: String,
    /// The article's title, publisher and date where the page gave them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub sentence: String,
    pub span: String,
    pub asserted_by: Option<String>,
}

pub fn claim_row(data: &ReportData, c: &Entity) -> ClaimRow {
    let doc = c.first("proof").unwrap_or("").to_string();
    let mut parties: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (prop, id) in c.references() {
        if prop != "proof" {
            parties
                .entry(prop.to_string())
                .or_default()
                .push(id.to_string());
        }
    }
    ClaimRow {
        id: c.id.clone(),
        kind: c.first("claimKind").unwrap_or("").to_string(),
        schema: c.schema.name().to_string(),
        summary: c
            .first("summary")
            .or(c.first("name"))
            .unwrap_or("")
            .to_string(),
        parties,
        role: c
            .first("role")
            .or(c.first("relationship"))
            .or(c.first("description"))
            .map(str::to_string),
        date: c.first("date").or(c.first("startDate")).map(str::to_string),
        place: c.first("location").map(str::to_string),
        file: data.file_of(&doc),
        article: data.article_of(&doc),
        doc,
        sentence: c.first("sourceSentence").unwrap_or("").to_string(),
        span: c.first("sourceSpan").unwrap_or("").to_string(),
        asserted_by: c.first("assertedBy").map(str::to_string),
    }
}

/// The claims naming `id` as a party (the document aside).
pub fn claims_about<'a>(data: &'a ReportData, id: &str) -> Vec<&'a Entity> {
    data.claims
        .iter()
        .filter(|c| c.references().any(|(p, v)| p != "proof" && v == id))
        .collect()
}

/// One value in a discrepancy, with where it was read.
#[derive(Serialize, Clone)]
pub struct Sourced {
    pub value: String,
    pub text: String,
    pub doc: String,
    pub file: String,
    /// Title, publisher and date of the article, where the page gave them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asserted_by: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct Discrepancy {
    /// quantity, spelling, role, date.
    pub kind: String,
    /// What the values are about (TATP, an entity id...).
    pub subject: String,
    pub note: String,
    pub values: Vec<Sourced>,
}

/// What a quantity is of: "500 grams of the explosive TATP" → TATP; "a pound of triacetone
/// triperoxide (TATP)" → TATP; "100,000 supporters" → supporters.
pub fn quantity_subject(text: &str, q: &Quantity) -> String {
    let unit_word = text[q.span.start..q.span.end]
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    // Counts of people are about the people counted ("3,000 supporters").
    if q.measure == Measure::People {
        return unit_word;
    }
    let after = &text[q.span.end..];
    let Some(rest) = after.trim_start().strip_prefix("of ") else {
        return unit_word;
    };
    let phrase: Vec<&str> = rest
        .split([',', '.', ';', '–'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .collect();
    // An acronym names the substance best; else the last word before a verb-like break.
    for w in &phrase {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.len() >= 2 && bare.chars().all(|c| c.is_ascii_uppercase()) {
            return bare.to_string();
        }
    }
    let content: Vec<&str> = phrase
        .iter()
        .copied()
        .take_while(|w| !matches!(*w, "which" | "that" | "who" | "to" | "in" | "for" | "and"))
        .filter(|w| !matches!(*w, "the" | "a" | "an" | "explosive" | "explosives"))
        .collect();
    content
        .last()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or(unit_word)
}

/// Tolerance for quantities: figures within 5% (10% for estimates) agree.
const TOLERANCE: f64 = 0.05;

/// Where sources disagree: quantities of one thing across documents, spellings of one
/// entity, roles of one person.
pub fn find_discrepancies(data: &ReportData) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    // Quantities of the same thing across documents.
    let mut by_subject: BTreeMap<(String, String), Vec<(Quantity, Sourced)>> = BTreeMap::new();
    for (doc, d) in &data.documents {
        let text = d.first("bodyText").unwrap_or("");
        for q in quantities(text) {
            let subject = quantity_subject(text, &q);
            let measure = match q.measure {
                Measure::Mass => "mass".to_string(),
                Measure::People => "people".to_string(),
                Measure::Money(c) => format!("money {c}"),
            };
            let s = Sourced {
                value: vigil_link::quantity_value(&q),
                text: text[q.span.start..q.span.end].to_string(),
                doc: doc.clone(),
                file: data.file_of(doc),
                article: data.article_of(doc),
                start: q.span.start,
                end: q.span.end,
                sentence: data.sentence_at(doc, q.span.start),
                asserted_by: None,
            };
            by_subject
                .entry((subject, measure))
                .or_default()
                .push((q, s));
        }
    }
    for ((subject, measure), items) in by_subject {
        let docs: std::collections::BTreeSet<&str> =
            items.iter().map(|(_, s)| s.doc.as_str()).collect();
        if docs.len() < 2 {
            continue;
        }
        let conflict = items.iter().enumerate().any(|(i, (a, sa))| {
            items[i + 1..]
                .iter()
                .any(|(b, sb)| sa.doc != sb.doc && disagree(a, b, TOLERANCE))
        });
        if conflict {
            let (lo, hi) = items.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (q, _)| {
                (lo.min(q.value), hi.max(q.value))
            });
            out.push(Discrepancy {
                kind: "quantity".into(),
                subject: subject.clone(),
                note: format!(
                    "{measure} of {subject}: sources differ by {:.0}% (tolerance {:.0}%)",
                    (hi - lo) / hi * 100.0,
                    TOLERANCE * 100.0
                ),
                values: items.into_iter().map(|(_, s)| s).collect(),
            });
        }
    }
    // Spellings: one entity, differently spelled full names in different documents.
    let mut forms: BTreeMap<String, Vec<&Entity>> = BTreeMap::new();
    for m in &data.mentions {
        if matches!(
            m.first("kind"),
            Some("person" | "organization" | "public_body")
        ) {
            if let Some(r) = m.first("resolved") {
                forms.entry(r.to_string()).or_default().push(m);
            }
        }
    }
    for (id, ms) in forms {
        let mut variants: BTreeMap<String, &Entity> = BTreeMap::new();
        for m in &ms {
            let name = m.first("name").unwrap_or("");
            let words = name.split_whitespace().count();
            if words < 2
                || name
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
            {
                continue;
            }
            variants.entry(name_key(name)).or_insert(m);
        }
        // Spelling variants have as many words and share the last one's sound, not different
        // names (People's Mojahedin against Mujahidin al-Khalq are aliases, listed by `entity`).
        let vs: Vec<&Entity> = variants.values().copied().collect();
        let same_shape: Vec<&Entity> = vs
            .iter()
            .copied()
            .filter(|m| {
                vs.iter().any(|o| {
                    o.id != m.id
                        && o.first("document") != m.first("document")
                        && word_count(o) == word_count(m)
                        && vigil_matcher::match_names(
                            vigil_model::Schema::Person,
                            o.first("name").unwrap_or(""),
                            m.first("name").unwrap_or(""),
                        )
                        .score
                            >= 0.8
                })
            })
            .collect();
        if same_shape.len() >= 2 {
            let caption = data.caption_of(&id);
            out.push(Discrepancy {
                kind: "spelling".into(),
                subject: id.clone(),
                note: format!("{caption}: {} spellings", same_shape.len()),
                values: same_shape
                    .iter()
                    .map(|m| sourced_mention(data, m))
                    .collect(),
            });
        }
    }
    // Roles: one person, different roles in different documents.
    let mut roles: BTreeMap<String, Vec<&Entity>> = BTreeMap::new();
    // Titles without a body ("Supreme Leader", "Ayatollah") complement each other; roles at a
    // body ("diplomat at the embassy", "head of the MOIS") can contradict.
    for c in &data.claims {
        let person = match c.first("claimKind") {
            Some("role") if c.first("employer").is_some() => c.first("employee"),
            Some("membership") if c.first("organization").is_some() => c.first("member"),
            _ => None,
        };
        if let Some(p) = person {
            roles.entry(p.to_string()).or_default().push(c);
        }
    }
    for (person, cs) in roles {
        let docs: std::collections::BTreeSet<&str> =
            cs.iter().filter_map(|c| c.first("proof")).collect();
        let distinct: std::collections::BTreeSet<String> = cs
            .iter()
            .filter_map(|c| c.first("role"))
            .map(|r| r.to_lowercase().replace('-', " "))
            .collect();
        // Roles that fit together (a head of a service is one of its officers) are no
        // disagreement; a diplomat in one report and an intelligence officer in another is.
        let classes: std::collections::BTreeSet<RoleClass> =
            distinct.iter().filter_map(|r| role_class(r)).collect();
        if docs.len() >= 2 && classes.len() >= 2 {
            out.push(Discrepancy {
                kind: "role".into(),
                subject: person.clone(),
                note: format!(
                    "roles differ by source: {}",
                    distinct.into_iter().collect::<Vec<_>>().join(" / ")
                ),
                values: cs
                    .iter()
                    .map(|c| {
                        let r = claim_row(data, c);
                        let (start, end) = r
                            .span
                            .split_once('-')
                            .map(|(a, b)| (a.parse().unwrap_or(0), b.parse().unwrap_or(0)))
                            .unwrap_or((0, 0));
                        Sourced {
                            value: r.summary.clone(),
                            text: r.role.clone().unwrap_or_default(),
                            doc: r.doc.clone(),
                            file: r.file.clone(),
                            article: r.article.clone(),
                            start,
                            end,
                            sentence: r.sentence.clone(),
                            asserted_by: r.asserted_by.clone(),
                        }
                    })
                    .collect(),
            });
        }
    }
    out
}

/// What a role says a person is, where it says anything that can conflict with another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum RoleClass {
    /// Accredited to a mission: a diplomat, an attaché, a consul.
    Diplomatic,
    /// Working for a service: an officer, an operative, an agent, its head.
    Intelligence,
    /// Holding political office.
    Political,
    /// Charged, convicted, wanted.
    Accused,
}

/// The class of a role, by its words; `None` for roles that fit any (employee, member).
fn role_class(role: &str) -> Option<RoleClass> {
    let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(w));
    if has(&[
        "diplomat",
        "attache",
        "attaché",
        "ambassador",
        "consul",
        "envoy",
        "counsellor",
        "counselor",
        "secretary",
    ]) {
        Some(RoleClass::Diplomatic)
    } else if has(&[
        "officer",
        "operative",
        "agent",
        "spy",
        "head",
        "chief",
        "handler",
        "station",
    ]) {
        Some(RoleClass::Intelligence)
    } else if has(&[
        "minister",
        "president",
        "senator",
        "deputy",
        "mp",
        "governor",
        "mayor",
    ]) {
        Some(RoleClass::Political)
    } else if has(&["suspect", "accused", "defendant", "convict", "fugitive"]) {
        Some(RoleClass::Accused)
    } else {
        None
    }
}

fn word_count(m: &Entity) -> usize {
    m.first("name").unwrap_or("").split_whitespace().count()
}

fn sourced_mention(data: &ReportData, m: &Entity) -> Sourced {
    let doc = m.first("document").unwrap_or("").to_string();
    let start = num(m, "start");
    Sourced {
        value: m.first("name").unwrap_or("").to_string(),
        text: m.first("name").unwrap_or("").to_string(),
        file: data.file_of(&doc),
        article: data.article_of(&doc),
        sentence: data.sentence_at(&doc, start),
        doc,
        start,
        end: num(m, "end"),
        asserted_by: None,
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn roles_that_fit_together_are_no_disagreement() {
        let classes = |roles: &[&str]| -> usize {
            roles
                .iter()
                .filter_map(|r| role_class(r))
                .collect::<std::collections::BTreeSet<_>>()
                .len()
        };
        assert_eq!(classes(&["head", "officer", "employee"]), 1, "one service");
        assert_eq!(classes(&["operative", "member"]), 1);
        assert_eq!(classes(&["diplomat", "head"]), 2, "a cover and a service");
        assert_eq!(classes(&["cultural attache", "station chief"]), 2);
        assert_eq!(classes(&["employee", "member"]), 0);
    }

    use super::*;

    fn doc(id: &str, file: &str, text: &str) -> (String, Entity) {
        let mut e = Entity::new(id, vigil_model::Schema::Article);
        e.add("fileName", file);
        e.add("bodyText", text);
        (id.to_string(), e)
    }

    fn data(docs: &[(&str, &str, &str)]) -> ReportData {
        ReportData {
            judgements: Judgements::default(),
            documents: docs.iter().map(|(i, f, t)| doc(i, f, t)).collect(),
            mentions: Vec::new(),
            claims: Vec::new(),
            entities: HashMap::new(),
            list_captions: HashMap::new(),
        }
    }

    #[test]
    fn what_a_quantity_is_of() {
        let text = "They carried 500 grams of the explosive TATP. About 3,000 supporters came.";
        let qs = quantities(text);
        let subjects: Vec<String> = qs.iter().map(|q| quantity_subject(text, q)).collect();
        assert_eq!(subjects, ["TATP", "supporters"]);
    }

    #[test]
    fn quantities_of_one_thing_that_disagree_across_documents() {
        let d = data(&[
            (
                "d1",
                "one.txt",
                "Police said the couple had 500 grams of TATP in the car.",
            ),
            (
                "d2",
                "two.txt",
                "The couple had a pound of TATP, police said.",
            ),
            (
                "d3",
                "three.txt",
                "Some 2,000 supporters were at the rally.",
            ),
        ]);
        let found = find_discrepancies(&d);
        assert_eq!(
            found.len(),
            1,
            "{:?}",
            found.iter().map(|x| &x.note).collect::<Vec<_>>()
        );
        assert_eq!(
            (found[0].kind.as_str(), found[0].subject.as_str()),
            ("quantity", "TATP")
        );
        let files: Vec<&str> = found[0].values.iter().map(|v| v.file.as_str()).collect();
        assert_eq!(files, ["one.txt", "two.txt"]);
        assert!(found[0].values[1].sentence.contains("a pound of TATP"));
        // Figures within the tolerance agree.
        let same = data(&[
            ("d1", "one.txt", "The couple had 500 grams of TATP."),
            ("d2", "two.txt", "The couple had half a kilogram of TATP."),
        ]);
        assert!(find_discrepancies(&same).is_empty());
    }
}
