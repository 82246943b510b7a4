//! A read report as statements: report entities with their name forms, one `Mention` per
//! mention (span, sentence, resolved entity, score), and one FtM interval per claim (proof: the
//! document; the sentence and span it was read from; who asserts it).

use vigil_extract::{Claim, ClaimKind, DateMention, Extraction, Measure, MentionKind, Quantity};
use vigil_model::{short_hash, Schema, Statement};

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

const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir",
];

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
    dates: &[DateMention],
    quantities: &[Quantity],
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
                if !HONORIFICS.contains(&r.to_lowercase().as_str()) {
                    add(&link.id, schema, "position", r);
                }
            }
        }
    }
    // Mentions.
    let mention = |add: &mut dyn FnMut(&str, Schema, &str, &str),
                   start: usize,
                   end: usize,
                   sentence: usize,
                   kind: MentionKind,
                   resolved: Option<&Link>,
                   value: Option<&str>| {
        let id = format!("men-{dk}-{start}");
        let s = Schema::Mention;
        add(&id, s, "document", meta.doc_id);
        add(&id, s, "name", &text[start..end]);
        add(&id, s, "kind", kind.as_str());
        add(&id, s, "detectedSchema", schema_of(kind).name());
        add(&id, s, "start", &start.to_string());
        add(&id, s, "end", &end.to_string());
        add(&id, s, "sentence", &sentence.to_string());
        if let Some(l) = resolved {
            add(&id, s, "resolved", &l.id);
            add(&id, s, "score", &format!("{:.3}", l.score));
        }
        if let Some(v) = value {
            add(&id, s, "value", v);
        }
    };
    for m in &ex.mentions {
        let link = m.entity.and_then(|e| links.get(e)).and_then(Option::as_ref);
        mention(&mut add, m.start, m.end, m.sentence, m.kind, link, None);
    }
    let sentence_of = |pos: usize| {
        ex.sentences
            .iter()
            .position(|s| pos >= s.start && pos < s.end)
            .unwrap_or(0)
    };
    for d in dates {
        mention(
            &mut add,
            d.span.start,
            d.span.end,
            sentence_of(d.span.start),
            MentionKind::Date,
            None,
            d.value.as_deref(),
        );
    }
    for q in quantities {
        mention(
            &mut add,
            q.span.start,
            q.span.end,
            sentence_of(q.span.start),
            MentionKind::Quantity,
            None,
            Some(&quantity_value(q)),
        );
    }
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
        add(&id, schema, from, &subject);
        if let Some(o) = &object {
            add(&id, schema, to, o);
        }
        for &e in &c.involved {
            if let Some(i) = id_of(e) {
                if schema == Schema::Event {
                    add(&id, schema, "involved", &i);
                }
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
            _ => {
                let names: Vec<String> = if c.involved.is_empty() {
                    vec![name_of(c.subject)]
                } else {
                    c.involved.iter().map(|&e| name_of(e)).collect()
                };
                format!("{}: {}", c.kind.as_str(), names.join(", "))
            }
        };
        if schema == Schema::Event {
            add(&id, schema, "name", &summary);
        }
        add(&id, schema, "summary", &summary);
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
