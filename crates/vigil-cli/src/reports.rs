//! Queries over what reports said: `vigil mentions`, `vigil entity`, `vigil claims`,
//! `vigil discrepancies`. All read the reports dataset; claims are FtM intervals carrying
//! `claimKind`, `proof` (the document), `sourceSentence`, `sourceSpan` and `assertedBy`.

use std::collections::{BTreeMap, HashMap};

use anyhow::{bail, Context, Result};
use serde::Serialize;
use vigil_extract::{disagree, name_key, quantities, Measure, Quantity};
use vigil_model::Entity;
use vigil_store::Store;

/// Everything the reports dataset holds, grouped.
pub struct ReportData {
    /// Analysts' linking decisions, applied to every mention and claim read.
    pub judgements: vigil_link::Judgements,
    pub documents: BTreeMap<String, Entity>,
    pub mentions: Vec<Entity>,
    pub claims: Vec<Entity>,
    pub entities: HashMap<String, Entity>,
}

pub fn load(store: &dyn Store, dataset: &str) -> Result<ReportData> {
    let mut d = ReportData {
        judgements: crate::judge::load_judgements(store)?,
        documents: BTreeMap::new(),
        mentions: Vec::new(),
        claims: Vec::new(),
        entities: HashMap::new(),
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
        .context("reading the reports")?;
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
    Ok(d)
}

fn num(e: &Entity, prop: &str) -> usize {
    e.first(prop).and_then(|v| v.parse().ok()).unwrap_or(0)
}

impl ReportData {
    fn file_of(&self, doc: &str) -> String {
        self.documents
            .get(doc)
            .and_then(|d| d.first("fileName"))
            .unwrap_or("")
            .to_string()
    }

    fn text_of(&self, doc: &str) -> &str {
        self.documents
            .get(doc)
            .and_then(|d| d.first("bodyText"))
            .unwrap_or("")
    }

    fn sentence_at(&self, doc: &str, start: usize) -> String {
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
struct MentionRow {
    doc: String,
    file: String,
    start: usize,
    end: usize,
    sentence: usize,
    text: String,
    kind: String,
    entity_id: Option<String>,
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<String>,
}

#[derive(clap::Args)]
pub struct MentionsArgs {
    /// Only this document (its id, or the file name it was ingested from).
    #[arg(long)]
    pub doc: Option<String>,
    /// Only mentions of this kind (person, organization, public_body, place, event, date, quantity).
    #[arg(long)]
    pub kind: Option<String>,
    /// Only mentions resolved to this entity.
    #[arg(long)]
    pub entity: Option<String>,
    #[arg(long, default_value = "reports")]
    pub dataset: String,
}

pub fn mentions(store: &dyn Store, args: &MentionsArgs, json: bool) -> Result<()> {
    let data = load(store, &args.dataset)?;
    let doc_filter = match &args.doc {
        Some(d) if data.documents.contains_key(d) => Some(d.clone()),
        Some(d) => Some(
            data.documents
                .iter()
                .find(|(_, e)| e.first("fileName") == Some(d.as_str()))
                .map(|(id, _)| id.clone())
                .with_context(|| format!("--doc {d:?}: no such document id or file name"))?,
        ),
        None => None,
    };
    let mut rows: Vec<MentionRow> = data
        .mentions
        .iter()
        .filter(|m| {
            doc_filter
                .as_deref()
                .is_none_or(|d| m.first("document") == Some(d))
        })
        .filter(|m| {
            args.kind
                .as_deref()
                .is_none_or(|k| m.first("kind") == Some(k))
        })
        .filter(|m| {
            args.entity
                .as_deref()
                .is_none_or(|e| m.first("resolved") == Some(e))
        })
        .map(|m| {
            let doc = m.first("document").unwrap_or("").to_string();
            MentionRow {
                file: data.file_of(&doc),
                doc,
                start: num(m, "start"),
                end: num(m, "end"),
                sentence: 0,
                text: m.first("name").unwrap_or("").to_string(),
                kind: m.first("kind").unwrap_or("").to_string(),
                entity_id: m.first("resolved").map(str::to_string),
                score: m.first("score").and_then(|s| s.parse().ok()),
                value: m.first("value").map(str::to_string),
            }
        })
        .collect();
    // Dates and quantities are read again from the stored text (they are not stored).
    for (doc, d) in &data.documents {
        if doc_filter.as_deref().is_some_and(|f| f != doc) || args.entity.is_some() {
            continue;
        }
        let text = d.first("bodyText").unwrap_or("");
        let file = data.file_of(doc);
        let row = |start: usize, end: usize, kind: &str, value: Option<String>| MentionRow {
            doc: doc.clone(),
            file: file.clone(),
            start,
            end,
            sentence: 0,
            text: text[start..end].to_string(),
            kind: kind.to_string(),
            entity_id: None,
            score: None,
            value,
        };
        if args.kind.as_deref().is_none_or(|k| k == "date") {
            for m in vigil_extract::dates(text, d.first("publishedAt")) {
                rows.push(row(m.span.start, m.span.end, "date", m.value));
            }
        }
        if args.kind.as_deref().is_none_or(|k| k == "quantity") {
            for q in quantities(text) {
                rows.push(row(
                    q.span.start,
                    q.span.end,
                    "quantity",
                    Some(vigil_link::quantity_value(&q)),
                ));
            }
        }
    }
    rows.sort_by(|a, b| (&a.doc, a.start).cmp(&(&b.doc, b.start)));
    // The sentence of each mention, from the stored text.
    let mut spans: HashMap<String, Vec<vigil_extract::Span>> = HashMap::new();
    for r in &mut rows {
        let s = spans
            .entry(r.doc.clone())
            .or_insert_with(|| vigil_extract::sentences(data.text_of(&r.doc)));
        r.sentence = s
            .iter()
            .position(|s| r.start >= s.start && r.start < s.end)
            .unwrap_or(0);
    }
    if json {
        return crate::print_json(&rows);
    }
    for r in &rows {
        println!(
            "{}  {:>5}-{:<5} {:<12} {:<40} {}{}",
            r.file,
            r.start,
            r.end,
            r.kind,
            r.text,
            r.entity_id.as_deref().unwrap_or(""),
            r.value
                .as_deref()
                .map(|v| format!(" = {v}"))
                .unwrap_or_default()
        );
    }
    println!("{} mentions", rows.len());
    Ok(())
}

#[derive(Serialize)]
struct ClaimRow {
    id: String,
    kind: String,
    schema: String,
    summary: String,
    /// Entity ids the claim relates, by property.
    parties: BTreeMap<String, Vec<String>>,
    role: Option<String>,
    date: Option<String>,
    place: Option<String>,
    doc: String,
    file: String,
    sentence: String,
    span: String,
    asserted_by: Option<String>,
}

fn claim_row(data: &ReportData, c: &Entity) -> ClaimRow {
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
        doc,
        sentence: c.first("sourceSentence").unwrap_or("").to_string(),
        span: c.first("sourceSpan").unwrap_or("").to_string(),
        asserted_by: c.first("assertedBy").map(str::to_string),
    }
}

fn claims_about<'a>(data: &'a ReportData, id: &str) -> Vec<&'a Entity> {
    data.claims
        .iter()
        .filter(|c| c.references().any(|(p, v)| p != "proof" && v == id))
        .collect()
}

fn print_claim(r: &ClaimRow) {
    println!(
        "  [{}] {}{}{}{}",
        r.kind,
        r.summary,
        r.date
            .as_deref()
            .map(|d| format!(", {d}"))
            .unwrap_or_default(),
        r.place
            .as_deref()
            .map(|p| format!(", in {p}"))
            .unwrap_or_default(),
        r.asserted_by
            .as_deref()
            .map(|a| format!("  (asserted by {a})"))
            .unwrap_or_default()
    );
    println!("      {} [{}]: {}", r.file, r.span, r.sentence);
}

#[derive(clap::Args)]
pub struct ClaimsArgs {
    /// Only claims relating this entity.
    #[arg(long)]
    pub entity: Option<String>,
    /// Only claims of this kind (role, membership, family, arrest, supply, plot, designation, denial).
    #[arg(long)]
    pub kind: Option<String>,
    #[arg(long, default_value = "reports")]
    pub dataset: String,
}

pub fn claims(store: &dyn Store, args: &ClaimsArgs, json: bool) -> Result<()> {
    let data = load(store, &args.dataset)?;
    let chosen: Vec<&Entity> = match &args.entity {
        Some(id) => claims_about(&data, id),
        None => data.claims.iter().collect(),
    };
    let rows: Vec<ClaimRow> = chosen
        .into_iter()
        .filter(|c| {
            args.kind
                .as_deref()
                .is_none_or(|k| c.first("claimKind") == Some(k))
        })
        .map(|c| claim_row(&data, c))
        .collect();
    if json {
        return crate::print_json(&rows);
    }
    for r in &rows {
        print_claim(r);
    }
    println!("{} claims", rows.len());
    Ok(())
}

#[derive(Serialize)]
struct FormRow {
    form: String,
    documents: Vec<DocCount>,
}

#[derive(Serialize)]
struct DocCount {
    doc: String,
    file: String,
    mentions: usize,
}

pub fn entity(store: &dyn Store, id: &str, dataset: &str, json: bool) -> Result<()> {
    let data = load(store, dataset)?;
    let stored = store.current_entity(id).context("reading the store")?;
    let mentions: Vec<&Entity> = data
        .mentions
        .iter()
        .filter(|m| m.first("resolved") == Some(id))
        .collect();
    if stored.is_none() && mentions.is_empty() {
        bail!("no entity {id:?} in the store or in any report");
    }
    let mut forms: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for m in &mentions {
        *forms
            .entry(m.first("name").unwrap_or("").to_string())
            .or_default()
            .entry(m.first("document").unwrap_or("").to_string())
            .or_default() += 1;
    }
    let forms: Vec<FormRow> = forms
        .into_iter()
        .map(|(form, docs)| FormRow {
            form,
            documents: docs
                .into_iter()
                .map(|(doc, n)| DocCount {
                    file: data.file_of(&doc),
                    doc,
                    mentions: n,
                })
                .collect(),
        })
        .collect();
    let claims: Vec<ClaimRow> = claims_about(&data, id)
        .into_iter()
        .map(|c| claim_row(&data, c))
        .collect();
    if json {
        return crate::print_json(&serde_json::json!({
            "id": id,
            "entity": stored.as_ref().map(Entity::to_ftm_json),
            "forms": forms,
            "claims": claims,
        }));
    }
    match &stored {
        Some(e) => println!(
            "{} [{}] {}  (datasets: {})",
            e.caption(),
            e.schema.name(),
            e.id,
            e.datasets.join(", ")
        ),
        None => println!("{id} (known from reports only)"),
    }
    if let Some(e) = &stored {
        for n in e.names() {
            println!("  name: {n}");
        }
    }
    println!("forms in reports:");
    for f in &forms {
        let docs: Vec<String> = f
            .documents
            .iter()
            .map(|d| format!("{} ×{}", d.file, d.mentions))
            .collect();
        println!("  {:<40} {}", f.form, docs.join(", "));
    }
    println!("claims:");
    for c in &claims {
        print_claim(c);
    }
    Ok(())
}

/// One value in a discrepancy, with where it was read.
#[derive(Serialize, Clone)]
pub struct Sourced {
    pub value: String,
    pub text: String,
    pub doc: String,
    pub file: String,
    pub start: usize,
    pub end: usize,
    pub sentence: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asserted_by: Option<String>,
}

#[derive(Serialize)]
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
            let caption = data
                .entities
                .get(&id)
                .map(|e| e.caption().to_string())
                .unwrap_or_else(|| id.clone());
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
        if docs.len() >= 2 && distinct.len() >= 2 {
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
        sentence: data.sentence_at(&doc, start),
        doc,
        start,
        end: num(m, "end"),
        asserted_by: None,
    }
}

pub fn discrepancies(store: &dyn Store, dataset: &str, json: bool) -> Result<()> {
    let data = load(store, dataset)?;
    let found = find_discrepancies(&data);
    if json {
        return crate::print_json(&found);
    }
    for d in &found {
        println!("{} — {}", d.kind, d.note);
        for v in &d.values {
            println!(
                "  {:<24} {} [{}-{}]{}: {}",
                v.value,
                v.file,
                v.start,
                v.end,
                v.asserted_by
                    .as_deref()
                    .map(|a| format!(" (asserted by {a})"))
                    .unwrap_or_default(),
                v.sentence
            );
        }
    }
    println!("{} discrepancies", found.len());
    Ok(())
}
