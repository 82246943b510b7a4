//! Analysts' decisions on linking, applied by every later ingest and every query:
//! `positive` (A and B are one entity: B resolves to A), `negative` (never one: a name that is
//! one of B's forms never links to A), `split` (mentions of a form move from A to B, and stay
//! there). Each is a `Judgement` entity in the `judgements` dataset with author and time;
//! reverting one adds `status: reverted`, so nothing is deleted and the history stays.

use std::collections::{HashMap, HashSet};

use vigil_extract::name_key;
use vigil_model::{short_hash, Entity, Schema, Statement};

/// The dataset judgements are kept in.
pub const JUDGEMENTS_DATASET: &str = "judgements";

/// What an analyst decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Positive,
    Negative,
    Split,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Positive => "positive",
            Verdict::Negative => "negative",
            Verdict::Split => "split",
        }
    }

    fn parse(s: &str) -> Option<Verdict> {
        match s {
            "positive" => Some(Verdict::Positive),
            "negative" => Some(Verdict::Negative),
            "split" => Some(Verdict::Split),
            _ => None,
        }
    }
}

/// One decision as stored.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Judgement {
    pub id: String,
    pub verdict: Verdict,
    pub left: String,
    pub right: String,
    /// For splits: the name form that moves.
    pub form: Option<String>,
    pub author: String,
    pub created_at: String,
    pub note: Option<String>,
    pub reverted: bool,
}

impl Judgement {
    /// Read a stored `Judgement` entity.
    pub fn from_entity(e: &Entity) -> Option<Judgement> {
        Some(Judgement {
            id: e.id.clone(),
            verdict: Verdict::parse(e.first("judgement")?)?,
            left: e.first("left")?.to_string(),
            right: e.first("right")?.to_string(),
            form: e.first("form").map(str::to_string),
            author: e.first("author").unwrap_or("").to_string(),
            created_at: e.first("createdAt").unwrap_or("").to_string(),
            note: e.first("note").map(str::to_string),
            reverted: e.values("status").iter().any(|s| s == "reverted"),
        })
    }

    /// Statements recording a new judgement.
    pub fn statements(
        verdict: Verdict,
        left: &str,
        right: &str,
        form: Option<&str>,
        author: &str,
        created_at: &str,
        note: Option<&str>,
    ) -> (String, Vec<Statement>) {
        let id = format!(
            "jdg-{}",
            &short_hash(&format!(
                "{}|{left}|{right}|{form:?}|{created_at}",
                verdict.as_str()
            ))[..12]
        );
        let mut out = Vec::new();
        let mut add = |prop: &str, value: &str| {
            out.push(Statement::new(
                &id,
                Schema::Judgement,
                prop,
                value,
                JUDGEMENTS_DATASET,
            ))
        };
        add("judgement", verdict.as_str());
        add("left", left);
        add("right", right);
        if let Some(f) = form {
            add("form", f);
        }
        add("author", author);
        add("createdAt", created_at);
        add("status", "active");
        if let Some(n) = note {
            add("note", n);
        }
        (id, out)
    }

    /// The statement that reverts judgement `id`.
    pub fn revert_statement(id: &str) -> Statement {
        Statement::new(
            id,
            Schema::Judgement,
            "status",
            "reverted",
            JUDGEMENTS_DATASET,
        )
    }
}

/// The active judgements, ready to apply.
#[derive(Debug, Clone, Default)]
pub struct Judgements {
    /// Merged id → the canonical id it resolves to.
    canonical: HashMap<String, String>,
    /// (id, other) pairs that are never one, both ways.
    negative: HashSet<(String, String)>,
    /// (from id, form key) → the id the form moves to.
    splits: HashMap<(String, String), String>,
    /// Forms known to belong to an id by a split or a negative judgement's right side.
    pub list: Vec<Judgement>,
}

impl Judgements {
    pub fn new(all: Vec<Judgement>) -> Judgements {
        let mut j = Judgements::default();
        let active: Vec<&Judgement> = all.iter().filter(|j| !j.reverted).collect();
        for x in &active {
            match x.verdict {
                Verdict::Negative => {
                    j.negative.insert((x.left.clone(), x.right.clone()));
                    j.negative.insert((x.right.clone(), x.left.clone()));
                }
                Verdict::Split => {
                    if let Some(f) = &x.form {
                        j.splits
                            .insert((x.left.clone(), name_key(f)), x.right.clone());
                        j.negative.insert((x.left.clone(), x.right.clone()));
                        j.negative.insert((x.right.clone(), x.left.clone()));
                    }
                }
                Verdict::Positive => {}
            }
        }
        // Merges, in the order made: B joins A's group; a chain resolves to its first id.
        for x in active.iter().filter(|x| x.verdict == Verdict::Positive) {
            let a = j.resolve_id(&x.left);
            let b = j.resolve_id(&x.right);
            if a != b {
                for v in j.canonical.values_mut() {
                    if *v == b {
                        *v = a.clone();
                    }
                }
                j.canonical.insert(b, a);
            }
        }
        j.list = all;
        j
    }

    pub fn is_empty(&self) -> bool {
        self.canonical.is_empty() && self.negative.is_empty() && self.splits.is_empty()
    }

    fn resolve_id(&self, id: &str) -> String {
        self.canonical
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// The entity a mention of `form` linked to `id` resolves to, after splits and merges.
    pub fn resolve(&self, id: &str, form: &str) -> String {
        let moved = self
            .splits
            .get(&(self.resolve_id(id), name_key(form)))
            .or_else(|| self.splits.get(&(id.to_string(), name_key(form))));
        match moved {
            Some(to) => self.resolve_id(to),
            None => self.resolve_id(id),
        }
    }

    /// Whether `a` and `b` must stay apart.
    pub fn never(&self, a: &str, b: &str) -> bool {
        self.negative.contains(&(a.to_string(), b.to_string()))
            || self
                .negative
                .contains(&(self.resolve_id(a), self.resolve_id(b)))
    }

    /// Every merge in force: (merged-away id, the id it resolves to).
    pub fn merges(&self) -> impl Iterator<Item = (&str, &str)> {
        self.canonical.iter().map(|(a, b)| (a.as_str(), b.as_str()))
    }

    /// Every id that resolves to `id` (itself included).
    pub fn aliases(&self, id: &str) -> Vec<String> {
        let target = self.resolve_id(id);
        let mut out = vec![target.clone()];
        for (from, to) in &self.canonical {
            if *to == target && !out.contains(from) {
                out.push(from.clone());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(verdict: Verdict, left: &str, right: &str, form: Option<&str>) -> Judgement {
        Judgement {
            id: format!("{left}-{right}"),
            verdict,
            left: left.into(),
            right: right.into(),
            form: form.map(str::to_string),
            author: "tester".into(),
            created_at: "2026-11-23".into(),
            note: None,
            reverted: false,
        }
    }

    #[test]
    fn merges_chain_splits_move_forms_and_reverts_undo() {
        let all = vec![
            j(Verdict::Positive, "a", "b", None),
            j(Verdict::Positive, "b", "c", None),
            j(Verdict::Split, "a", "d", Some("Massoud Rajavi")),
        ];
        let js = Judgements::new(all.clone());
        assert_eq!(js.resolve("c", "Maryam Rajavi"), "a");
        assert_eq!(js.resolve("b", "x"), "a");
        assert_eq!(
            js.resolve("a", "Massoud  RAJAVI"),
            "d",
            "forms compare by key"
        );
        assert!(js.never("a", "d") && js.never("c", "d"));
        let mut aliases = js.aliases("c");
        aliases.sort();
        assert_eq!(aliases, vec!["a", "b", "c"]);
        let mut reverted = all;
        reverted[1].reverted = true;
        let js = Judgements::new(reverted);
        assert_eq!(js.resolve("c", "x"), "c");
    }
}
