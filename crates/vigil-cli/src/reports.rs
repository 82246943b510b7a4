//! Queries over what reports said: `vigil mentions`, `vigil entity`, `vigil claims`,
//! `vigil discrepancies`. All read the reports dataset; claims are FtM intervals carrying
//! `claimKind`, `proof` (the document), `sourceSentence`, `sourceSpan` and `assertedBy`.

use std::collections::{BTreeMap, HashMap};

use anyhow::{bail, Context, Result};
use serde::Serialize;
use vigil_engine::Engine;
use vigil_extract::quantities;
use vigil_model::Entity;
use vigil_reports::{claim_row, claims_about, find_discrepancies, num, ClaimRow, ReportData};
use vigil_store::Store;

/// The reports dataset, read and grouped, with analysts' judgements applied.
pub fn load(store: &dyn Store, dataset: &str) -> Result<ReportData> {
    Ok(vigil_reports::load(store, dataset)?)
}

#[derive(Serialize)]
struct MentionRow {
    doc: String,
    file: String,
    /// Title, publisher and date of the article, where the page gave them.
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<String>,
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
    if let Some(k) = &args.kind {
        vigil_model::vocab::check("--kind", k, vigil_model::vocab::MENTION_KINDS)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let data = load(store, &args.dataset)?;
    let doc_filter = match &args.doc {
        Some(d) if data.documents.contains_key(d) => Some(d.clone()),
        Some(d) => Some(
            data.documents
                .iter()
                // A path to the file ingested names it too (its file name is what is kept).
                .find(|(_, e)| {
                    let name = std::path::Path::new(d)
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or(d);
                    e.first("fileName") == Some(d.as_str()) || e.first("fileName") == Some(name)
                })
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
                article: data.article_of(&doc),
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
        let article = data.article_of(doc);
        let row = |start: usize, end: usize, kind: &str, value: Option<String>| MentionRow {
            doc: doc.clone(),
            file: file.clone(),
            article: article.clone(),
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
            r.article.as_deref().unwrap_or(&r.file),
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
    println!(
        "      {} [{}]: {}",
        r.article.as_deref().unwrap_or(&r.file),
        r.span,
        r.sentence
    );
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
    if let Some(k) = &args.kind {
        vigil_model::vocab::check("--kind", k, vigil_model::vocab::CLAIM_KINDS)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
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
    // An id, or a name a report wrote (any spelling the reports used, any case).
    let by_name = |name: &str| -> Option<String> {
        let name = name.trim().to_lowercase();
        data.mentions
            .iter()
            .find(|m| {
                m.first("name").is_some_and(|n| n.to_lowercase() == name)
                    && m.first("resolved").is_some()
            })
            .and_then(|m| m.first("resolved"))
            .map(str::to_string)
    };
    let resolved;
    let id = if store
        .current_entity(id)
        .context("reading the store")?
        .is_some()
        || data
            .mentions
            .iter()
            .any(|m| m.first("resolved") == Some(id))
    {
        id
    } else if let Some(found) = by_name(id) {
        resolved = found;
        resolved.as_str()
    } else {
        id
    };
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
    // The best list candidate linking did not take, and why: for the analyst to judge.
    let possible: Vec<vigil_link::PossibleMatch> = stored
        .as_ref()
        .map(|e| {
            e.values("notes")
                .iter()
                .filter_map(|n| vigil_link::parse_possible(n))
                .collect()
        })
        .unwrap_or_default();
    if json {
        return crate::print_json(&serde_json::json!({
            "id": id,
            "entity": stored.as_ref().map(Entity::to_ftm_json),
            "forms": forms,
            "claims": claims,
            "possible_matches": possible,
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
    for p in &possible {
        println!(
            "  possible list match, not linked: {} ({}) {:.3}: {}",
            p.id, p.name, p.score, p.why
        );
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

#[derive(clap::Subcommand)]
pub enum ReportsCommand {
    /// The documents read: title, publisher, date, address and file of each.
    List {
        #[arg(long, default_value = "reports")]
        dataset: String,
    },
    /// Remove a document (id or file name) with its mentions and claims, and the report
    /// entities no other document mentions; recorded as a new version of the dataset, so
    /// `vigil versions reports` shows it and the earlier state stays in the history.
    Remove {
        document: String,
        #[arg(long, default_value = "reports")]
        dataset: String,
    },
}

pub fn manage(engine: &Engine, command: &ReportsCommand, json: bool) -> Result<()> {
    match command {
        ReportsCommand::Remove { document, dataset } => remove(engine, document, dataset, json),
        ReportsCommand::List { dataset } => list(engine.store(), dataset, json),
    }
}

fn list(store: &dyn Store, dataset: &str, json: bool) -> Result<()> {
    let data = load(store, dataset)?;
    let rows: Vec<serde_json::Value> = data
        .documents
        .iter()
        .map(|(id, d)| {
            serde_json::json!({
                "id": id,
                "title": d.first("title"),
                "publisher": d.first("publisher"),
                "published": d.first("publishedAt"),
                "url": d.first("sourceUrl"),
                "file": d.first("fileName"),
            })
        })
        .collect();
    if json {
        return crate::print_json(&rows);
    }
    for r in &rows {
        let field = |k: &str| r[k].as_str().unwrap_or("").to_string();
        println!(
            "{}  {}",
            field("id"),
            if field("title").is_empty() {
                field("file")
            } else {
                field("title")
            }
        );
        let details: Vec<String> = ["publisher", "published", "url"]
            .iter()
            .map(|k| field(k))
            .filter(|v| !v.is_empty())
            .collect();
        if !details.is_empty() {
            println!("    {}", details.join(" · "));
        }
        if !field("title").is_empty() {
            println!("    file: {}", field("file"));
        }
    }
    println!("{} documents", rows.len());
    Ok(())
}

fn remove(engine: &Engine, document: &str, dataset: &str, json: bool) -> Result<()> {
    let r = engine.remove_report(document, dataset)?;
    if json {
        return crate::print_json(&serde_json::json!({
            "removed": r.document, "claims": r.claims, "entities": r.entities,
            "version": r.version,
        }));
    }
    println!(
        "removed {}: {} claims, {} report entities no other document mentions; {} statements dropped (version {})",
        r.document,
        r.claims,
        r.entities.len(),
        r.version.statements_removed,
        r.version.version
    );
    Ok(())
}

/// `vigil stories`: reports about the same event from different outlets, grouped.
pub fn stories(store: &dyn Store, dataset: &str, json: bool) -> Result<()> {
    let data = vigil_reports::load(store, dataset)?;
    let stories = vigil_reports::stories::stories(&data);
    if json {
        return crate::print_json(&serde_json::json!({ "stories": stories }));
    }
    for s in &stories {
        let span = match (&s.first, &s.last) {
            (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
            (Some(a), _) => a.clone(),
            _ => "undated".into(),
        };
        println!(
            "{}  {} ({} report(s), {} outlet(s), {span})",
            s.id,
            s.title,
            s.documents.len(),
            s.outlets.len()
        );
        for d in &s.documents {
            println!(
                "        {}  {}  {}  {}",
                d.published.as_deref().unwrap_or("undated"),
                d.publisher.as_deref().unwrap_or("?"),
                d.title.as_deref().or(d.file.as_deref()).unwrap_or(&d.id),
                d.url.as_deref().unwrap_or("")
            );
        }
        if !s.entities.is_empty() {
            println!(
                "        naming {}",
                s.entities
                    .iter()
                    .map(|e| format!("{} ({})", e.caption, e.documents))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    println!("{} story(ies)", stories.len());
    Ok(())
}
