//! A read report as statements: report entities with their name forms, one `Mention` per name
//! mention (span, resolved entity, score), and one FtM interval per claim (proof: the document;
//! the sentence and span it was read from; who asserts it). Dates and quantities are not
//! stored: they are read again from the stored text when asked for (`vigil mentions`,
//! `vigil discrepancies`), which costs less than keeping them.

use std::fmt::Write;
use vigil_extract::{Claim, ClaimKind, Extraction, Measure, MentionKind, Quantity};

use vigil_model::{short_hash, Entity, Schema, Statement};

use crate::{schema_of, Link};

/// Where the statements come from.
#[derive(Debug, Clone)]
pub struct ReportMeta<'a> {
    /// The document's id (`doc-…`).
    pub doc_id: &'a str,
    /// The file it was ingested from (kept as each statement's origin).
    pub file: &'a str,
    pub dataset: &'a str,
}

fn doc_key(doc_id: &str) -> &str {
    doc_id.strip_prefix("doc-").unwrap_or(doc_id)
}

/// A quantity's normalised value as text: `453.59 g`, `100000 people`, `2000000 USD`.
pub fn quantity_value(q: &Quantity) -> String {
    let v = if q.value.fract() == 0.0 {
        format!("{}", q.value as i64)
    } else {
        format!("{:.2}", q.value)
    };
    match q.measure {
        Measure::Mass => format!("{v} g"),
        Measure::People => format!("{v} people"),
        Measure::Money(c) => format!("{v} {c}"),
    }
}

/// Every statement a read report contributes.
#[allow(clippy::too_many_arguments)]
pub fn report_statements(
    text: &str,
    ex: &Extraction,
    links: &[Option<Link>],
    claims: &[Claim],
    meta: &ReportMeta,
) -> Vec<Statement> {
    let mut out = Vec::new();
    let dk = doc_key(meta.doc_id);
    let mut add = |id: &str, schema: Schema, prop: &str, value: &str| {
        if value.trim().is_empty() {
            return;
        }
        let mut st = Statement::new(id, schema, prop, value, meta.dataset);
        st.origin = Some(meta.file.to_string());
        out.push(st);
    };
    // Report entities: names and forms. List entities get nothing written: a report does not
    // change a list; its mentions point at the list entity.
    for (e, link) in ex.entities.iter().zip(links) {
        let Some(link) = link else { continue };
        if link.dataset != meta.dataset {
            continue;
        }
        let schema = schema_of(e.kind);
        if link.created {
            add(&link.id, schema, "name", &e.name);
        }
        if let Some(possible) = &link.possible {
            add(&link.id, schema, "notes", possible);
        }
        for f in &e.forms {
            if *f != e.name || !link.created {
                let prop = if e.kind == MentionKind::Place {
                    "full"
                } else {
                    "alias"
                };
                add(&link.id, schema, prop, f);
            }
        }
        if e.kind == MentionKind::Place {
            if link.created {
                add(&link.id, schema, "full", &e.name);
            }
            if let Some(c) = e.country.filter(|c| !c.is_empty()) {
                add(&link.id, schema, "country", c);
            }
        }
        if e.kind == MentionKind::Person {
            for r in &e.roles {
                if !vigil_extract::is_honorific_title(r) {
                    add(&link.id, schema, "position", r);
                }
            }
        }
    }
    // Mentions: one table per document (see `expand_mentions`).
    let mut table = String::new();
    for m in &ex.mentions {
        let link = m.entity.and_then(|e| links.get(e)).and_then(Option::as_ref);
        let _ = writeln!(
            table,
            "{}\t{}\t{}\t{}\t{}",
            m.start,
            m.end,
            m.kind.as_str(),
            link.map(|l| l.id.as_str()).unwrap_or(""),
            link.map(|l| format!("{:.3}", l.score)).unwrap_or_default()
        );
    }
    add(meta.doc_id, Schema::Article, "mentionSpans", &table);
    // Claims.
    let id_of = |e: usize| links.get(e).and_then(Option::as_ref).map(|l| l.id.clone());
    let name_of = |e: usize| {
        ex.entities
            .get(e)
            .map(|d| d.name.clone())
            .unwrap_or_default()
    };
    for c in claims {
        let Some(subject) = id_of(c.subject) else {
            continue;
        };
        let object = c.object.and_then(id_of);
        let key = format!(
            "{}|{}|{}|{:?}|{:?}",
            c.kind.as_str(),
            c.sentence,
            subject,
            object,
            c.role
        );
        let id = format!("clm-{dk}-{}", &short_hash(&key)[..12]);
        let (schema, from, to) = match c.kind {
            ClaimKind::Role => (Schema::Employment, "employee", "employer"),
            ClaimKind::Membership => (Schema::Membership, "member", "organization"),
            ClaimKind::Family => (Schema::Family, "person", "relative"),
            _ => (Schema::Event, "involved", "involved"),
        };
        if schema == Schema::Event {
            // The doer is the event's organizer, whom it was aimed at or done to its target,
            // anyone else involved.
            let mut put = Vec::new();
            for (prop, parties) in [
                ("organizer", c.actors.as_slice()),
                ("target", c.targets.as_slice()),
                ("involved", std::slice::from_ref(&c.subject)),
                ("involved", c.object.as_slice()),
                ("involved", c.involved.as_slice()),
            ] {
                for i in parties.iter().filter_map(|&e| id_of(e)) {
                    if !put.contains(&i) {
                        add(&id, schema, prop, &i);
                        put.push(i);
                    }
                }
            }
        } else {
            add(&id, schema, from, &subject);
            if let Some(o) = &object {
                add(&id, schema, to, o);
            }
        }
        let summary = match c.kind {
            ClaimKind::Role | ClaimKind::Membership => format!(
                "{}: {}{}",
                name_of(c.subject),
                c.role.clone().unwrap_or_else(|| c.kind.as_str().into()),
                c.object
                    .map(|o| format!(" of {}", name_of(o)))
                    .unwrap_or_default()
            ),
            ClaimKind::Family => format!(
                "{} and {}: {}",
                name_of(c.subject),
                c.object.map(name_of).unwrap_or_default(),
                c.role.clone().unwrap_or_else(|| "family".into())
            ),
            _ => event_summary(c, &name_of),
        };
        // An event's name is its summary; relations get a summary of their own.
        let prop = if schema == Schema::Event {
            "name"
        } else {
            "summary"
        };
        add(&id, schema, prop, &summary);
        add(&id, schema, "claimKind", c.kind.as_str());
        if let Some(r) = &c.role {
            let prop = match c.kind {
                ClaimKind::Family => "relationship",
                ClaimKind::Role | ClaimKind::Membership => "role",
                _ => "description",
            };
            add(&id, schema, prop, r);
        }
        if let Some(p) = c.place {
            if schema == Schema::Event {
                add(&id, schema, "location", &name_of(p));
                if let Some(c) = ex.entities.get(p).and_then(|e| e.country) {
                    add(&id, schema, "country", c);
                }
            } else {
                add(&id, schema, "description", &format!("in {}", name_of(p)));
            }
        }
        if let Some(d) = &c.date {
            let prop = if c.kind.is_relation() {
                "startDate"
            } else {
                "date"
            };
            add(&id, schema, prop, d);
        }
        if let Some(i) = &c.item {
            add(&id, schema, "item", i);
        }
        add(&id, schema, "proof", meta.doc_id);
        add(
            &id,
            schema,
            "sourceSentence",
            text[c.span.start..c.span.end].trim(),
        );
        add(
            &id,
            schema,
            "sourceSpan",
            &format!("{}-{}", c.span.start, c.span.end),
        );
        if let Some(a) = &c.asserted_by {
            add(&id, schema, "assertedBy", a);
        }
    }
    out
}

/// An event's name, saying which way round it was: "plot by A against B", "arrest of B by
/// A", "supply from A to B (explosives)". Without a doer or a target, the parties named.
fn event_summary(c: &Claim, name_of: &dyn Fn(usize) -> String) -> String {
    let list = |es: &[usize]| -> String {
        let names: Vec<String> = es.iter().map(|&e| name_of(e)).collect();
        names.join(", ")
    };
    let by = match (c.actors.is_empty(), &c.actor_words) {
        (false, _) => Some(list(&c.actors)),
        (true, Some(w)) => Some(w.clone()),
        (true, None) => None,
    };
    let kind = c.kind.as_str();
    let done_to = (!c.targets.is_empty()).then(|| list(&c.targets));
    let mut out = match (c.kind, by, done_to) {
        (ClaimKind::Plot, Some(a), Some(t)) => format!("plot by {a} against {t}"),
        (ClaimKind::Plot, None, Some(t)) => format!("plot against {t}"),
        (ClaimKind::Plot, Some(a), None) => format!("plot by {a}"),
        (ClaimKind::Supply, Some(a), Some(t)) => format!("supply from {a} to {t}"),
        (ClaimKind::Supply, Some(a), None) => format!("supply from {a}"),
        (ClaimKind::Supply, None, Some(t)) => format!("supply to {t}"),
        (ClaimKind::Charge, Some(a), Some(t)) => format!("charges against {t} by {a}"),
        (ClaimKind::Charge, None, Some(t)) => format!("charges against {t}"),
        (_, Some(a), Some(t)) => format!("{kind} of {t} by {a}"),
        (_, None, Some(t)) => format!("{kind} of {t}"),
        (_, Some(a), None) => format!("{kind} by {a}"),
        (_, None, None) => {
            let names = if c.involved.is_empty() {
                name_of(c.subject)
            } else {
                list(&c.involved)
            };
            format!("{kind}: {names}")
        }
    };
    // A court the summary does not name yet, the term, what was handed over.
    if let Some(court) = c.court.map(name_of).filter(|n| !out.contains(n.as_str())) {
        out.push_str(&format!(" ({court})"));
    }
    if let Some(item) = c.item.as_deref() {
        out.push_str(&format!(" ({item})"));
    } else if let Some(role) = c.role.as_deref().filter(|_| c.parsed) {
        out.push_str(&format!(" ({role})"));
    }
    out
}

/// One row of a stored document's `mentionSpans` table, read against its text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MentionSpan<'a> {
    pub start: usize,
    pub end: usize,
    /// The text of the span: the name as the document wrote it.
    pub name: &'a str,
    /// `person`, `organization`, `public_body`, `place`, `event`.
    pub kind: &'a str,
    /// The entity the mention was linked to.
    pub resolved: Option<&'a str>,
    pub score: Option<&'a str>,
}

/// The rows of a stored document's `mentionSpans` tables (rows that do not fit its text are
/// skipped).
pub fn mention_spans(doc: &Entity) -> Vec<MentionSpan<'_>> {
    let Some(text) = doc.first("bodyText") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for table in doc.values("mentionSpans") {
        for line in table.lines() {
            let mut f = line.split('\t');
            let (Some(start), Some(end)) = (
                f.next().and_then(|x| x.parse::<usize>().ok()),
                f.next().and_then(|x| x.parse::<usize>().ok()),
            ) else {
                continue;
            };
            let Some(name) = text.get(start..end) else {
                continue;
            };
            let kind = f.next().unwrap_or("");
            let resolved = f.next().filter(|x| !x.is_empty());
            let score = f.next().filter(|x| !x.is_empty());
            out.push(MentionSpan {
                start,
                end,
                name,
                kind,
                resolved,
                score,
            });
        }
    }
    out
}

/// The FtM `Mention` entities a stored document's `mentionSpans` table stands for: id
/// `men-{doc}-{start}`, with document, name (the text of the span), detectedSchema, resolved,
/// and vigil's start, end, kind and score.
pub fn expand_mentions(doc: &Entity) -> Vec<Entity> {
    let dk = doc_key(&doc.id);
    mention_spans(doc)
        .into_iter()
        .map(|span| {
            let mut m = Entity::new(format!("men-{dk}-{}", span.start), Schema::Mention);
            m.datasets = doc.datasets.clone();
            m.add("document", &doc.id);
            m.add("name", span.name);
            m.add("kind", span.kind);
            let schema = match span.kind {
                "person" => "Person",
                "organization" => "Organization",
                "public_body" => "PublicBody",
                "place" => "Address",
                "event" => "Event",
                _ => "Thing",
            };
            m.add("detectedSchema", schema);
            m.add("start", &span.start.to_string());
            m.add("end", &span.end.to_string());
            if let Some(id) = span.resolved {
                m.add("resolved", id);
            }
            if let Some(sc) = span.score {
                m.add("score", sc);
            }
            m
        })
        .collect()
}
