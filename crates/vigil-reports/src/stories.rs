//! Stories: reports about the same event from different outlets, grouped. Two documents tell
//! the same story when they name at least two of the same people or organisations (resolved
//! to the same entity, so spellings and scripts do not matter) and, where both are dated, were
//! published within a month of each other; a story is every document so connected.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::ReportData;

/// Entities two documents must share to tell one story.
pub const SHARED_ENTITIES: usize = 2;
/// Days apart two dated documents may be published and tell one story.
pub const WINDOW_DAYS: i64 = 31;

#[derive(Debug, Clone, Serialize)]
pub struct StoryDocument {
    pub id: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<String>,
    pub file: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryEntity {
    pub id: String,
    pub caption: String,
    /// How many of the story's documents name it.
    pub documents: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Story {
    pub id: String,
    /// The earliest document's title, or its file.
    pub title: String,
    pub documents: Vec<StoryDocument>,
    /// Outlets, each once.
    pub outlets: Vec<String>,
    /// The entities most of its documents name, most named first.
    pub entities: Vec<StoryEntity>,
    pub first: Option<String>,
    pub last: Option<String>,
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The stories the reports tell, largest first.
pub fn stories(d: &ReportData) -> Vec<Story> {
    let ids: Vec<&String> = d.documents.keys().collect();
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    let mut named: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); ids.len()];
    for m in &d.mentions {
        let kind = m.first("kind").unwrap_or("");
        if !matches!(kind, "person" | "organization" | "public_body") {
            continue;
        }
        if let (Some(doc), Some(e)) = (m.first("document"), m.first("resolved")) {
            if let Some(&i) = index.get(doc) {
                named[i].insert(e);
            }
        }
    }
    let dates: Vec<Option<i64>> = ids
        .iter()
        .map(|id| {
            d.documents[*id]
                .first("publishedAt")
                .and_then(vigil_extract::iso_day_number)
        })
        .collect();
    // Documents by entity, to compare only those naming something in common.
    let mut by_entity: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, es) in named.iter().enumerate() {
        for e in es {
            by_entity.entry(e).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for docs in by_entity.values() {
        // An entity half the collection names says little about which story a report tells.
        if docs.len() > 200 {
            continue;
        }
        for (x, &a) in docs.iter().enumerate() {
            for &b in &docs[x + 1..] {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    for (&(a, b), &n) in &shared {
        let close = match (dates[a], dates[b]) {
            (Some(x), Some(y)) => (x - y).abs() <= WINDOW_DAYS,
            _ => true,
        };
        if n >= SHARED_ENTITIES && close {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            parent[ra] = rb;
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..ids.len() {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut out: Vec<Story> = groups
        .into_values()
        .map(|mut members| {
            members.sort_by_key(|&i| (dates[i], ids[i].clone()));
            let documents: Vec<StoryDocument> = members
                .iter()
                .map(|&i| {
                    let e = &d.documents[ids[i]];
                    StoryDocument {
                        id: ids[i].clone(),
                        title: e.first("title").map(str::to_string),
                        publisher: e.first("publisher").map(str::to_string),
                        published: e.first("publishedAt").map(str::to_string),
                        file: e.first("fileName").map(str::to_string),
                        url: e.first("sourceUrl").map(str::to_string),
                    }
                })
                .collect();
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for &i in &members {
                for e in &named[i] {
                    *counts.entry(e).or_default() += 1;
                }
            }
            let mut entities: Vec<StoryEntity> = counts
                .into_iter()
                .filter(|(_, n)| members.len() == 1 || *n >= 2)
                .map(|(id, n)| StoryEntity {
                    id: id.to_string(),
                    caption: d.caption_of(id),
                    documents: n,
                })
                .collect();
            entities.sort_by(|a, b| {
                b.documents
                    .cmp(&a.documents)
                    .then(a.caption.cmp(&b.caption))
            });
            entities.truncate(12);
            let mut outlets: Vec<String> = documents
                .iter()
                .filter_map(|x| x.publisher.clone())
                .collect();
            outlets.sort();
            outlets.dedup();
            let mut h = Sha256::new();
            for x in &documents {
                h.update(x.id.as_bytes());
            }
            let hex: String = h.finalize()[..5]
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let published: Vec<&String> = documents
                .iter()
                .filter_map(|x| x.published.as_ref())
                .collect();
            Story {
                id: format!("story-{hex}"),
                title: documents
                    .first()
                    .and_then(|x| x.title.clone().or(x.file.clone()))
                    .unwrap_or_default(),
                first: published.iter().min().map(|s| s.to_string()),
                last: published.iter().max().map(|s| s.to_string()),
                documents,
                outlets,
                entities,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.documents
            .len()
            .cmp(&a.documents.len())
            .then(a.first.cmp(&b.first))
    });
    out
}
