//! Scoring vigil's report reading against a gold annotation (eval/reports/*-gold.json):
//! mentions (exact spans, per kind), cross-document linking (pairs of mentions in different
//! documents), relations and events, discrepancies, page chrome. Shared by the integration test
//! `tests/reports.rs` and `examples/eval_reports.rs` (run by scripts/eval-reports.sh).

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

/// What vigil produced, as its JSON commands print it.
pub struct Output {
    /// `vigil mentions --json`.
    pub mentions: Vec<Value>,
    /// `vigil claims --json`.
    pub claims: Vec<Value>,
    /// `vigil discrepancies --json`.
    pub discrepancies: Vec<Value>,
    /// File name → clean text (bodyText).
    pub texts: HashMap<String, String>,
}

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Prf {
    pub tp: usize,
    pub system: usize,
    pub gold: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        if self.system == 0 {
            0.0
        } else {
            self.tp as f64 / self.system as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.system += o.system;
        self.gold += o.gold;
    }
}

#[derive(Debug, Default, serde::Serialize)]
pub struct Report {
    pub mentions: BTreeMap<String, Prf>,
    /// Pairs of (document, entity) in different documents that are one entity.
    pub linking: Prf,
    /// Gold entities written in different forms across documents: how many became one entity.
    pub variants_linked: (usize, usize),
    /// Gold pairs of different entities: how many stayed apart.
    pub distinct_kept_apart: (usize, usize),
    /// Gold relation rows found (tp/gold).
    pub relations: Prf,
    /// System claims that match a gold row, of all system claims.
    pub relation_claims: (usize, usize),
    pub discrepancies_found: Vec<(String, bool)>,
    pub false_discrepancies: Vec<String>,
    pub chrome_leaks: Vec<String>,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
    pub missed_relations: Vec<String>,
    /// Gold entities with a `links` entry, judged by the ids their found mentions carry:
    /// right (a listed entity linked to one of its list entries), wrong (linked to another
    /// list entry), missed (listed, left a report entity), unlisted linked (an entity the
    /// gold says is on no list, linked to one).
    pub list_links: ListLinks,
    /// Gold entities named in two or more documents: how many have every mention found and
    /// on one id.
    pub multi_document_on_one_id: (usize, usize),
}

#[derive(Debug, Default, serde::Serialize)]
pub struct ListLinks {
    pub right: usize,
    pub wrong: Vec<String>,
    pub missed: Vec<String>,
    pub listed: usize,
    pub unlisted_linked: Vec<String>,
    pub unlisted: usize,
}

/// Ids vigil gives report-only entities; anything else a mention carries is a list entity.
fn is_list_id(id: &str) -> bool {
    !id.is_empty() && !id.starts_with("rep-") && !id.starts_with("place-")
}

fn class(kind: &str) -> Option<&'static str> {
    match kind {
        "person" => Some("person"),
        "organization" | "public_body" => Some("organization"),
        "place" => Some("place"),
        "event" => Some("event"),
        _ => None,
    }
}

/// Byte offsets of whole-word occurrences of `form` in `text`.
pub fn occurrences(text: &str, form: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(form)
        .filter(|(i, _)| {
            !word(text[..*i].chars().next_back()) && !word(text[i + form.len()..].chars().next())
        })
        .map(|(i, _)| i)
        .collect()
}

/// Byte offset of `form` inside the first occurrence of `context` in `text` (the context
/// holds the form once), if the text has the context.
pub fn occurrence_in_context(text: &str, form: &str, context: &str) -> Option<usize> {
    let at = text.find(context)?;
    let inner = occurrences(context, form);
    (inner.len() == 1).then(|| at + inner[0])
}

fn s(v: &Value, k: &str) -> String {
    v[k].as_str().unwrap_or("").to_string()
}

/// Score `out` against `gold`.
pub fn evaluate(gold: &Value, out: &Output) -> Result<Report, String> {
    let mut r = Report::default();
    let docs = gold["documents"]
        .as_object()
        .ok_or("gold: no documents object")?;
    // Gold mentions as (file, start, end) → (class, entity key, form).
    let mut gold_m: BTreeMap<(String, usize, usize), (String, String, String)> = BTreeMap::new();
    let mut lost: Vec<(String, String, String)> = Vec::new();
    let none = String::new();
    for (file, d) in docs {
        // A file vigil refused (a format it does not read) is scored as read with no text:
        // every mention in it missed, each said so.
        let ingested = out.texts.contains_key(file);
        let text = out.texts.get(file).unwrap_or(&none);
        for m in d["mentions"].as_array().ok_or("gold: mentions")? {
            let (kind, form, key) = (
                m[0].as_str().unwrap_or(""),
                m[1].as_str().unwrap_or(""),
                m[2].as_str().unwrap_or(""),
            );
            let occ = occurrences(text, form);
            for n in m[3].as_array().ok_or("gold: occurrences")? {
                // An occurrence is numbered in the clean text, or given by the words around
                // it where a line the cleaner keeps or drops would renumber it.
                let found = match n.as_str() {
                    Some(context) => occurrence_in_context(text, form, context),
                    None => occ
                        .get((n.as_u64().unwrap_or(0) as usize).wrapping_sub(1))
                        .copied(),
                };
                let Some(start) = found else {
                    // Text the cleaner dropped (page chrome taken for the article's end): the
                    // mention is missed, not the gold wrong.
                    lost.push((
                        kind.to_string(),
                        key.to_string(),
                        if ingested {
                            format!(
                                "{kind} {form:?} #{n} in {file}: not in the clean text ({} found)",
                                occ.len()
                            )
                        } else {
                            format!("{kind} {form:?} #{n} in {file}: the file was not ingested")
                        },
                    ));
                    continue;
                };
                gold_m.insert(
                    (file.clone(), start, start + form.len()),
                    (kind.to_string(), key.to_string(), form.to_string()),
                );
            }
        }
    }
    // System mentions of the gold files.
    let mut sys_m: BTreeMap<(String, usize, usize), (String, String)> = BTreeMap::new();
    for m in &out.mentions {
        let file = s(m, "file");
        if !docs.contains_key(&file) {
            continue;
        }
        let Some(c) = class(&s(m, "kind")) else {
            continue;
        };
        let start = m["start"].as_u64().unwrap_or(0) as usize;
        let end = m["end"].as_u64().unwrap_or(0) as usize;
        sys_m.insert((file, start, end), (c.to_string(), s(m, "entity_id")));
    }
    for c in ["person", "organization", "place", "event"] {
        let g: BTreeSet<_> = gold_m
            .iter()
            .filter(|(_, v)| v.0 == c)
            .map(|(k, _)| k)
            .collect();
        let sy: BTreeSet<_> = sys_m
            .iter()
            .filter(|(_, v)| v.0 == c)
            .map(|(k, _)| k)
            .collect();
        let tp = g.intersection(&sy).count();
        let lost_here = lost.iter().filter(|(k, _, _)| k == c).count();
        r.mentions.insert(
            c.to_string(),
            Prf {
                tp,
                system: sy.len(),
                gold: g.len() + lost_here,
            },
        );
        r.missed.extend(
            lost.iter()
                .filter(|(k, _, _)| k == c)
                .map(|(_, _, why)| why.clone()),
        );
        for k in g.difference(&sy) {
            r.missed
                .push(format!("{c} {:?} in {} @{}", gold_m[*k].2, k.0, k.1));
        }
        for k in sy.difference(&g) {
            let text = out.texts.get(&k.0).map(|t| &t[k.1..k.2]).unwrap_or("?");
            r.spurious.push(format!("{c} {text:?} in {} @{}", k.0, k.1));
        }
    }
    let mut parties = Prf::default();
    parties.add(r.mentions["person"]);
    parties.add(r.mentions["organization"]);
    r.mentions.insert("person+organization".into(), parties);

    // Gold entity key → the system ids its found mentions resolved to.
    let mut key_ids: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    let mut triples: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (k, (c, key, _)) in &gold_m {
        if let Some((sc, id)) = sys_m.get(k) {
            if sc == c && !id.is_empty() {
                *key_ids
                    .entry(key.clone())
                    .or_default()
                    .entry(id.clone())
                    .or_default() += 1;
                if c == "person" || c == "organization" {
                    triples.insert((k.0.clone(), key.clone(), id.clone()));
                }
            }
        }
    }
    let id_of = |key: &str| -> Option<String> {
        key_ids
            .get(key)
            .and_then(|m| m.iter().max_by_key(|(_, n)| **n).map(|(id, _)| id.clone()))
    };
    let t: Vec<&(String, String, String)> = triples.iter().collect();
    for i in 0..t.len() {
        for j in i + 1..t.len() {
            if t[i].0 == t[j].0 {
                continue;
            }
            let gold_same = t[i].1 == t[j].1;
            let sys_same = t[i].2 == t[j].2;
            r.linking.gold += gold_same as usize;
            r.linking.system += sys_same as usize;
            r.linking.tp += (gold_same && sys_same) as usize;
        }
    }
    // Spelling variants: gold entities with several multi-word forms across documents.
    let mut forms: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    for ((file, _, _), (c, key, form)) in &gold_m {
        if (c == "person" || c == "organization") && form.split_whitespace().count() >= 2 {
            forms
                .entry(key.clone())
                .or_default()
                .insert((file.clone(), form.clone()));
        }
    }
    for (key, fs) in &forms {
        let files: BTreeSet<_> = fs.iter().map(|f| &f.0).collect();
        let distinct_forms: BTreeSet<_> = fs.iter().map(|f| &f.1).collect();
        if files.len() >= 2 && distinct_forms.len() >= 2 {
            r.variants_linked.1 += 1;
            if key_ids.get(key).is_some_and(|m| m.len() == 1) {
                r.variants_linked.0 += 1;
            } else {
                r.missed.push(format!(
                    "variants of {key} not linked to one entity: {:?}",
                    key_ids.get(key)
                ));
            }
        }
    }
    for pair in gold["distinct"].as_array().into_iter().flatten() {
        let (a, b) = (
            pair[0].as_str().unwrap_or(""),
            pair[1].as_str().unwrap_or(""),
        );
        let ia: BTreeSet<_> = key_ids
            .get(a)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let ib: BTreeSet<_> = key_ids
            .get(b)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        r.distinct_kept_apart.1 += 1;
        if ia.is_disjoint(&ib) {
            r.distinct_kept_apart.0 += 1;
        } else {
            r.missed.push(format!("{a} and {b} merged"));
        }
    }

    // Relations and events.
    let sys_claims: Vec<&Value> = out
        .claims
        .iter()
        .filter(|c| docs.contains_key(&s(c, "file")))
        .collect();
    let parties_of = |c: &Value| -> Vec<(String, String)> {
        let mut v = Vec::new();
        if let Some(p) = c["parties"].as_object() {
            for (prop, ids) in p {
                for id in ids.as_array().into_iter().flatten() {
                    v.push((prop.clone(), id.as_str().unwrap_or("").to_string()));
                }
            }
        }
        v
    };
    let same_kind = |a: &str, b: &str| {
        a == b || matches!((a, b), ("role", "membership") | ("membership", "role"))
    };
    let mut used = vec![false; sys_claims.len()];
    for (file, d) in docs {
        for g in d["relations"].as_array().into_iter().flatten() {
            let kind = g[0].as_str().unwrap_or("");
            let subj = id_of(g[1].as_str().unwrap_or(""));
            let obj = g[2].as_str().and_then(id_of);
            r.relations.gold += 1;
            let hit = sys_claims.iter().enumerate().find(|(_, c)| {
                if s(c, "file") != *file || !same_kind(&s(c, "kind"), kind) {
                    return false;
                }
                let ps = parties_of(c);
                let Some(subj) = &subj else { return false };
                match kind {
                    "role" | "membership" | "family" | "associate" => {
                        let first = ["employee", "member", "person", "subject"];
                        let second = [
                            "employer",
                            "organization",
                            "relative",
                            "object",
                            "associate",
                        ];
                        let has = |props: &[&str], id: &str| {
                            ps.iter()
                                .any(|(p, v)| props.contains(&p.as_str()) && v == id)
                        };
                        let direct = has(&first, subj)
                            && match &obj {
                                Some(o) => has(&second, o),
                                None => g[2].is_null(),
                            };
                        let swapped = kind == "family"
                            && obj
                                .as_ref()
                                .is_some_and(|o| has(&first, o) && has(&second, subj));
                        direct || swapped
                    }
                    _ => ps.iter().any(|(_, v)| v == subj),
                }
            });
            match hit {
                Some((i, _)) => {
                    used[i] = true;
                    r.relations.tp += 1;
                }
                None => r.missed_relations.push(format!("{file}: {g}")),
            }
        }
    }
    // Recall counts gold rows; precision counts claims (an arrest of three people is one claim
    // matching three gold rows).
    r.relation_claims = (used.iter().filter(|u| **u).count(), sys_claims.len());

    // Discrepancies.
    for g in gold["discrepancies"].as_array().into_iter().flatten() {
        let kind = s(g, "kind");
        let found = match kind.as_str() {
            "quantity" => {
                let subject = s(g, "subject").to_lowercase();
                let files: BTreeSet<String> = g["files"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|f| f.as_str().map(str::to_string))
                    .collect();
                out.discrepancies.iter().any(|d| {
                    s(d, "kind") == "quantity"
                        && s(d, "subject").to_lowercase() == subject
                        && files.iter().all(|f| {
                            d["values"]
                                .as_array()
                                .into_iter()
                                .flatten()
                                .any(|v| s(v, "file") == *f)
                        })
                })
            }
            _ => {
                let id = id_of(&s(g, "entity"));
                out.discrepancies.iter().any(|d| {
                    s(d, "kind") == kind && id.as_deref() == Some(s(d, "subject").as_str())
                })
            }
        };
        r.discrepancies_found.push((
            format!(
                "{kind} {}",
                g.get("subject").or(g.get("entity")).unwrap_or(&Value::Null)
            ),
            found,
        ));
    }
    for g in gold["not_discrepancies"].as_array().into_iter().flatten() {
        let subject = s(g, "subject").to_lowercase();
        if out
            .discrepancies
            .iter()
            .any(|d| s(d, "kind") == s(g, "kind") && s(d, "subject").to_lowercase() == subject)
        {
            r.false_discrepancies
                .push(format!("{} {subject}", s(g, "kind")));
        }
    }
    // List links, per gold entity with a `links` entry and at least one mention found.
    if let Some(links) = gold["links"].as_object() {
        let mut found_ids: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for (k, (_, key, _)) in &gold_m {
            if let Some((_, id)) = sys_m.get(k) {
                found_ids.entry(key.as_str()).or_default().push(id.as_str());
            }
        }
        for (key, allowed) in links {
            let Some(ids) = found_ids.get(key.as_str()) else {
                continue;
            };
            let listed: Vec<&str> = ids.iter().copied().filter(|i| is_list_id(i)).collect();
            match allowed.as_array() {
                Some(allowed) => {
                    r.list_links.listed += 1;
                    let ok = |id: &str| allowed.iter().any(|a| a.as_str() == Some(id));
                    if let Some(bad) = listed.iter().find(|i| !ok(i)) {
                        r.list_links.wrong.push(format!("{key} -> {bad}"));
                    } else if listed.is_empty() {
                        r.list_links.missed.push(key.clone());
                    } else {
                        r.list_links.right += 1;
                    }
                }
                None => {
                    r.list_links.unlisted += 1;
                    if let Some(bad) = listed.first() {
                        r.list_links.unlisted_linked.push(format!("{key} -> {bad}"));
                    }
                }
            }
        }
    }
    // Entities named in two or more documents: every mention found, all on one id.
    let mut key_docs: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for ((file, _, _), (c, key, _)) in &gold_m {
        if c == "person" || c == "organization" {
            key_docs
                .entry(key.as_str())
                .or_default()
                .insert(file.as_str());
        }
    }
    for (key, files) in key_docs.iter().filter(|(_, f)| f.len() >= 2) {
        r.multi_document_on_one_id.1 += 1;
        let mentions: Vec<_> = gold_m.iter().filter(|(_, v)| v.1 == *key).collect();
        let ids: BTreeSet<Option<&String>> = mentions
            .iter()
            .map(|(k, _)| sys_m.get(*k).map(|(_, id)| id))
            .collect();
        let lost_any = lost.iter().any(|(_, k, _)| k == key);
        if ids.len() == 1 && !ids.contains(&None) && !lost_any {
            r.multi_document_on_one_id.0 += 1;
        } else {
            r.missed.push(format!(
                "{key} (in {} documents) not on one id: {:?}",
                files.len(),
                ids
            ));
        }
    }
    // Chrome: no mention anywhere may carry a name that only page chrome holds.
    for (file, d) in docs {
        for name in d["chrome"].as_array().into_iter().flatten() {
            let name = name.as_str().unwrap_or("");
            if out.mentions.iter().any(|m| s(m, "text").contains(name)) {
                r.chrome_leaks.push(format!("{file}: {name}"));
            }
        }
    }
    Ok(r)
}

impl Report {
    pub fn relation_precision(&self) -> f64 {
        if self.relation_claims.1 == 0 {
            0.0
        } else {
            self.relation_claims.0 as f64 / self.relation_claims.1 as f64
        }
    }

    pub fn relation_f1(&self) -> f64 {
        let (p, r) = (self.relation_precision(), self.relations.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// The goals, as failures (empty: all met).
    pub fn failures(&self) -> Vec<String> {
        let mut f = Vec::new();
        for c in ["person", "organization"] {
            let m = self.mentions[c];
            if m.f1() < 0.90 {
                f.push(format!("{c} mention F1 {:.3} < 0.90", m.f1()));
            }
        }
        if self.variants_linked.0 < self.variants_linked.1 {
            f.push(format!(
                "spelling variants linked: {} of {}",
                self.variants_linked.0, self.variants_linked.1
            ));
        }
        if self.distinct_kept_apart.0 < self.distinct_kept_apart.1 {
            f.push("different entities merged".into());
        }
        for (d, found) in &self.discrepancies_found {
            if !found {
                f.push(format!("discrepancy not found: {d}"));
            }
        }
        for d in &self.false_discrepancies {
            f.push(format!("false discrepancy: {d}"));
        }
        for c in &self.chrome_leaks {
            f.push(format!("entity from page chrome: {c}"));
        }
        f
    }

    pub fn print(&self, title: &str) {
        println!("== {title}");
        println!(
            "  {:<22} {:>9} {:>9} {:>7}   (tp / system / gold)",
            "mentions", "precision", "recall", "F1"
        );
        for (c, m) in &self.mentions {
            println!(
                "  {:<22} {:>9.3} {:>9.3} {:>7.3}   ({} / {} / {})",
                c,
                m.precision(),
                m.recall(),
                m.f1(),
                m.tp,
                m.system,
                m.gold
            );
        }
        let l = self.linking;
        println!(
            "  {:<22} {:>9.3} {:>9.3} {:>7.3}   ({} / {} / {} cross-document pairs)",
            "linking",
            l.precision(),
            l.recall(),
            l.f1(),
            l.tp,
            l.system,
            l.gold
        );
        println!(
            "  {:<22} {:>9.3} {:>9.3} {:>7.3}   ({} of {} claims right, {} of {} gold rows found)",
            "relations+events",
            self.relation_precision(),
            self.relations.recall(),
            self.relation_f1(),
            self.relation_claims.0,
            self.relation_claims.1,
            self.relations.tp,
            self.relations.gold
        );
        println!(
            "  spelling variants linked to one entity: {} of {}; different entities kept apart: {} of {}",
            self.variants_linked.0, self.variants_linked.1, self.distinct_kept_apart.0, self.distinct_kept_apart.1
        );
        if self.list_links.listed + self.list_links.unlisted > 0 {
            let l = &self.list_links;
            println!(
                "  list links: {} right, {} wrong, {} missed of {} listed entities found; unlisted entities linked to a list entity: {} of {}",
                l.right, l.wrong.len(), l.missed.len(), l.listed, l.unlisted_linked.len(), l.unlisted
            );
            println!(
                "  entities named in 2+ documents with every mention found on one id: {} of {}",
                self.multi_document_on_one_id.0, self.multi_document_on_one_id.1
            );
        }
        for (d, found) in &self.discrepancies_found {
            println!(
                "  discrepancy {d}: {}",
                if *found { "found" } else { "NOT FOUND" }
            );
        }
        for d in &self.false_discrepancies {
            println!("  false discrepancy: {d}");
        }
        println!(
            "  entities from page chrome: {}",
            if self.chrome_leaks.is_empty() {
                "none".to_string()
            } else {
                self.chrome_leaks.join(", ")
            }
        );
    }

    pub fn print_errors(&self) {
        for m in &self.missed {
            println!("  missed: {m}");
        }
        for m in &self.spurious {
            println!("  spurious: {m}");
        }
        for m in &self.missed_relations {
            println!("  missed relation: {m}");
        }
        for m in &self.list_links.wrong {
            println!("  wrong list link: {m}");
        }
        for m in &self.list_links.missed {
            println!("  missed list link: {m}");
        }
        for m in &self.list_links.unlisted_linked {
            println!("  unlisted entity linked: {m}");
        }
    }
}
