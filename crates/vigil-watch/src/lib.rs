//! Watching: the subjects an organisation keeps under watch (customers, persons of interest),
//! the alerts raised when a list or a report starts naming one or a listed entry they were
//! matched with changes, and the analysts' decisions on them.
//!
//! Everything here is a [`Record`] appended to one journal of the store (`watch`), never
//! rewritten: a subject removed, a decision superseded, stay in the history. [`WatchState`] is
//! the journal replayed. The rules that decide whether a match is news ([`WatchState::judge`])
//! are pure, so the engine's workflows (screen on load, on ingest, on adding a subject) and
//! their tests share them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The store journal the records live in.
pub const JOURNAL: &str = "watch";

/// A subject under watch: what it is screened with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Subject {
    pub id: String,
    pub name: String,
    /// FtM schema of the name (Person, Organization, Company, LegalEntity, Vessel, ...).
    pub schema: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// When it was put under watch, and by whom.
    pub added: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// Why an alert was raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// A listed entity matches the subject and none did before (a new listing, or the
    /// subject's first screening).
    NewListing,
    /// A listed entity the subject was matched with before changed (what changed is given).
    ChangedEntry,
    /// A report names the subject.
    ReportMention,
    /// A listed entity the subject was matched with is no longer listed.
    Delisted,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NewListing => "new_listing",
            Reason::ChangedEntry => "changed_entry",
            Reason::ReportMention => "report_mention",
            Reason::Delisted => "delisted",
        }
    }
}

/// One fact about an entity as an alert saw it: property, value and the dataset asserting it
/// (for a report entity: `("document", file, dataset)`, each document naming it).
pub type Fact = (String, String, String);

/// An alert: a subject, an entity, why, and the facts it was raised on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub id: String,
    pub subject_id: String,
    pub entity_id: String,
    pub entity_caption: String,
    pub entity_schema: String,
    pub datasets: Vec<String>,
    pub score: f32,
    pub reason: Reason,
    /// Why, in words: the match's explanation and what is new.
    pub explanation: String,
    pub created: String,
    /// The entity's facts when the alert was raised (for a report entity, the documents).
    pub facts: Vec<Fact>,
    /// For a changed entry: the facts added and removed since the subject's last alert on it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<Fact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Fact>,
}

/// An analyst's verdict on an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    FalsePositive,
    TrueMatch,
    Escalated,
}

impl Verdict {
    pub const ALL: [&'static str; 3] = ["false-positive", "true-match", "escalated"];

    pub fn parse(s: &str) -> Result<Verdict, WatchError> {
        match s {
            "false-positive" => Ok(Verdict::FalsePositive),
            "true-match" => Ok(Verdict::TrueMatch),
            "escalated" => Ok(Verdict::Escalated),
            other => Err(WatchError::Refused(format!(
                "unknown decision {other:?}: one of {}",
                Verdict::ALL.join(", ")
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::FalsePositive => "false-positive",
            Verdict::TrueMatch => "true-match",
            Verdict::Escalated => "escalated",
        }
    }
}

/// A decision on an alert: who, when, why. A later one supersedes it; both are kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub alert_id: String,
    pub verdict: Verdict,
    pub note: String,
    pub by: String,
    pub at: String,
}

/// One entry of the journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
pub enum Record {
    SubjectAdded(Subject),
    SubjectRemoved {
        id: String,
        at: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<String>,
    },
    Alert(Alert),
    Decision(Decision),
    /// Every dataset version up to these numbers has been screened for the subjects.
    Screened {
        datasets: BTreeMap<String, u32>,
        at: String,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The caller's to fix: a bad subject, an unknown alert, ...
    #[error("{0}")]
    Refused(String),
    #[error("the watch journal is unreadable at record {number}: {message}")]
    Corrupt { number: u64, message: String },
}

/// A match screening found: the candidate for an alert.
#[derive(Debug, Clone)]
pub struct Found {
    pub subject_id: String,
    pub entity_id: String,
    pub entity_caption: String,
    pub entity_schema: String,
    pub datasets: Vec<String>,
    pub score: f32,
    pub explanation: String,
    /// The entity's current facts (for a report entity: the documents naming it).
    pub facts: Vec<Fact>,
    /// Whether the entity comes from reports rather than lists.
    pub from_reports: bool,
}

/// The journal replayed.
#[derive(Debug, Default)]
pub struct WatchState {
    /// Subjects now under watch, by id.
    pub subjects: BTreeMap<String, Subject>,
    /// Every alert, oldest first.
    pub alerts: Vec<Alert>,
    /// Decisions per alert id, oldest first.
    pub decisions: HashMap<String, Vec<Decision>>,
    /// The dataset versions screened through.
    pub screened: BTreeMap<String, u32>,
    /// (subject, entity) → the index in `alerts` of its latest alert.
    latest: HashMap<(String, String), usize>,
    /// Every fact set an alert was raised on: (subject, entity, reason, facts hash).
    raised: std::collections::HashSet<(String, String, Reason, String)>,
    /// The number of the last journal record read (0: none): what this state was decided from.
    pub last_record: u64,
}

/// A stable hash of a fact set, whatever its order.
pub fn facts_hash(facts: &[Fact]) -> String {
    let sorted: BTreeSet<&Fact> = facts.iter().collect();
    let mut h = Sha256::new();
    for (p, v, d) in sorted {
        for part in [p, v, d] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        h.update([1]);
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl WatchState {
    /// Replay the journal's records (number, JSON), in order.
    pub fn replay(
        records: impl IntoIterator<Item = (u64, serde_json::Value)>,
    ) -> Result<WatchState, WatchError> {
        let mut s = WatchState::default();
        for (number, value) in records {
            let record: Record =
                serde_json::from_value(value).map_err(|e| WatchError::Corrupt {
                    number,
                    message: e.to_string(),
                })?;
            s.apply(record);
            s.last_record = number;
        }
        Ok(s)
    }

    /// Take one record in.
    pub fn apply(&mut self, record: Record) {
        match record {
            Record::SubjectAdded(subject) => {
                self.subjects.insert(subject.id.clone(), subject);
            }
            Record::SubjectRemoved { id, .. } => {
                self.subjects.remove(&id);
            }
            Record::Alert(alert) => {
                let key = (alert.subject_id.clone(), alert.entity_id.clone());
                self.raised.insert((
                    alert.subject_id.clone(),
                    alert.entity_id.clone(),
                    alert.reason,
                    facts_hash(&alert.facts),
                ));
                self.latest.insert(key, self.alerts.len());
                self.alerts.push(alert);
            }
            Record::Decision(d) => {
                self.decisions
                    .entry(d.alert_id.clone())
                    .or_default()
                    .push(d);
            }
            Record::Screened { datasets, .. } => {
                for (ds, seq) in datasets {
                    let e = self.screened.entry(ds).or_default();
                    *e = (*e).max(seq);
                }
            }
        }
    }

    /// The alert with this id.
    pub fn alert(&self, id: &str) -> Option<&Alert> {
        self.alerts.iter().find(|a| a.id == id)
    }

    /// The decision in force on an alert (the latest), if any.
    pub fn decision(&self, alert_id: &str) -> Option<&Decision> {
        self.decisions.get(alert_id).and_then(|d| d.last())
    }

    /// `open` until decided, then `decided`.
    pub fn status(&self, alert_id: &str) -> &'static str {
        if self.decision(alert_id).is_some() {
            "decided"
        } else {
            "open"
        }
    }

    /// An alert as vigil shows it (CLI `--json`, the API, the auditor's export): the record,
    /// its status, every decision on it and its subject.
    pub fn alert_json(&self, a: &Alert) -> serde_json::Value {
        let mut v = serde_json::to_value(a).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.insert("status".into(), self.status(&a.id).into());
            let decisions = self.decisions.get(&a.id).cloned().unwrap_or_default();
            o.insert(
                "decisions".into(),
                serde_json::to_value(decisions).unwrap_or_default(),
            );
            if let Some(s) = self.subjects.get(&a.subject_id) {
                o.insert(
                    "subject".into(),
                    serde_json::to_value(s).unwrap_or_default(),
                );
            }
        }
        v
    }

    /// The subject's latest alert on the entity, if it had one.
    pub fn latest_alert(&self, subject_id: &str, entity_id: &str) -> Option<&Alert> {
        self.latest
            .get(&(subject_id.to_string(), entity_id.to_string()))
            .map(|&i| &self.alerts[i])
    }

    /// Every (subject, entity) pair an alert was ever raised on, with its latest alert.
    pub fn pairs(&self) -> impl Iterator<Item = &Alert> {
        self.latest.values().map(|&i| &self.alerts[i])
    }

    /// Whether a match is news, and the alert it makes if so (not yet recorded: the caller
    /// appends it, then [`WatchState::apply`]s it). The same facts never raise twice: a subject
    /// already alerted on an entity (decided or not) is alerted again only when the entity's
    /// facts differ from that alert's, saying what was added and removed; a report entity,
    /// only when documents naming it were added.
    pub fn judge(&self, found: &Found, now: &str) -> Option<Alert> {
        let previous = self.latest_alert(&found.subject_id, &found.entity_id);
        // An entity listed again after it was delisted is a new listing.
        let previous = previous.filter(|p| p.reason != Reason::Delisted);
        let reason = match (found.from_reports, previous) {
            (true, _) => Reason::ReportMention,
            (false, None) => Reason::NewListing,
            (false, Some(_)) => Reason::ChangedEntry,
        };
        let (added, removed) = match previous {
            Some(p) => difference(&p.facts, &found.facts),
            None => (Vec::new(), Vec::new()),
        };
        // Nothing new about this entity since the subject's last alert on it: for a report
        // entity no new document, for a listed one no fact added or removed.
        let nothing_new = if found.from_reports {
            added.is_empty()
        } else {
            added.is_empty() && removed.is_empty()
        };
        if previous.is_some() && nothing_new {
            return None;
        }
        let hash = facts_hash(&found.facts);
        if self.raised.contains(&(
            found.subject_id.clone(),
            found.entity_id.clone(),
            reason,
            hash.clone(),
        )) {
            return None;
        }
        let news = match reason {
            Reason::NewListing => "now matches".to_string(),
            Reason::ChangedEntry => format!(
                "changed since the last alert on it: {}",
                describe_changes(&added, &removed)
            ),
            Reason::ReportMention => {
                let new_docs = if previous.is_none() {
                    &found.facts
                } else {
                    &added
                };
                let docs: BTreeSet<&str> = new_docs.iter().map(|f| f.1.as_str()).collect();
                format!(
                    "named in {}",
                    docs.into_iter().collect::<Vec<_>>().join(", ")
                )
            }
            Reason::Delisted => String::new(),
        };
        Some(Alert {
            id: alert_id(&found.subject_id, &found.entity_id, reason, &hash),
            subject_id: found.subject_id.clone(),
            entity_id: found.entity_id.clone(),
            entity_caption: found.entity_caption.clone(),
            entity_schema: found.entity_schema.clone(),
            datasets: found.datasets.clone(),
            score: found.score,
            reason,
            explanation: format!("{} {news} ({})", found.entity_caption, found.explanation),
            created: now.to_string(),
            facts: found.facts.clone(),
            added: if reason == Reason::ChangedEntry {
                added
            } else {
                Vec::new()
            },
            removed: if reason == Reason::ChangedEntry {
                removed
            } else {
                Vec::new()
            },
        })
    }

    /// The alert for a listed entity a subject was matched with that no list carries any more;
    /// `None` when one was raised already.
    pub fn delisted(&self, previous: &Alert, datasets_left: &[String], now: &str) -> Option<Alert> {
        let hash = facts_hash(&[]);
        let key = (
            previous.subject_id.clone(),
            previous.entity_id.clone(),
            Reason::Delisted,
            hash.clone(),
        );
        if previous.reason == Reason::Delisted || self.raised.contains(&key) {
            return None;
        }
        let left = if datasets_left.is_empty() {
            String::new()
        } else {
            format!(" (still named by {})", datasets_left.join(", "))
        };
        // The same subject, entity, caption, datasets and score as the alert it follows.
        Some(Alert {
            id: alert_id(
                &previous.subject_id,
                &previous.entity_id,
                Reason::Delisted,
                &hash,
            ),
            reason: Reason::Delisted,
            explanation: format!(
                "{} is no longer on {}{left}",
                previous.entity_caption,
                previous.datasets.join(", ")
            ),
            created: now.to_string(),
            facts: Vec::new(),
            added: Vec::new(),
            removed: previous.facts.clone(),
            ..previous.clone()
        })
    }
}

/// Facts in `new` and not in `old`, and in `old` and not in `new`.
pub fn difference(old: &[Fact], new: &[Fact]) -> (Vec<Fact>, Vec<Fact>) {
    let (a, b): (BTreeSet<&Fact>, BTreeSet<&Fact>) = (old.iter().collect(), new.iter().collect());
    (
        b.difference(&a).map(|f| (*f).clone()).collect(),
        a.difference(&b).map(|f| (*f).clone()).collect(),
    )
}

/// Changes in words: "added alias \"X\" (us_ofac_sdn); removed birthDate 1961".
pub fn describe_changes(added: &[Fact], removed: &[Fact]) -> String {
    let show = |facts: &[Fact]| {
        let mut parts: Vec<String> = facts
            .iter()
            .take(5)
            .map(|(p, v, d)| format!("{p} {v:?} ({d})"))
            .collect();
        if facts.len() > 5 {
            parts.push(format!("and {} more", facts.len() - 5));
        }
        parts.join(", ")
    };
    let mut out = Vec::new();
    if !added.is_empty() {
        out.push(format!("added {}", show(added)));
    }
    if !removed.is_empty() {
        out.push(format!("removed {}", show(removed)));
    }
    out.join("; ")
}

fn alert_id(subject: &str, entity: &str, reason: Reason, facts: &str) -> String {
    short_id("alr", &[subject, entity, reason.as_str(), facts])
}

/// `prefix-` and 12 hex digits of the SHA-256 of the parts (each ended by a NUL, so parts
/// cannot run into each other).
fn short_id(prefix: &str, parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for part in parts {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{prefix}-{hex}")
}

/// A subject id as given, checked: letters, digits and `-_.:`, at most 200 bytes.
pub fn check_subject_id(id: &str) -> Result<(), WatchError> {
    if id.is_empty() || id.len() > 200 {
        return Err(WatchError::Refused(format!(
            "subject id {id:?}: give 1 to 200 characters"
        )));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
    {
        return Err(WatchError::Refused(format!(
            "subject id {id:?}: {c:?} is not allowed (letters, digits and - _ . :)"
        )));
    }
    Ok(())
}

/// A subject's id when none is given: stable for the same name, schema and birth date.
pub fn subject_id_for(name: &str, schema: &str, birth_date: Option<&str>) -> String {
    short_id("sub", &[name, schema, birth_date.unwrap_or("")])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(entity: &str, facts: &[(&str, &str)], reports: bool) -> Found {
        Found {
            subject_id: "s1".into(),
            entity_id: entity.into(),
            entity_caption: "Ann Example".into(),
            entity_schema: "Person".into(),
            datasets: vec!["list".into()],
            score: 0.9,
            explanation: "same name".into(),
            facts: facts
                .iter()
                .map(|(p, v)| (p.to_string(), v.to_string(), "list".to_string()))
                .collect(),
            from_reports: reports,
        }
    }

    fn record(s: &mut WatchState, a: Alert) {
        s.apply(Record::Alert(a));
    }

    #[test]
    fn the_same_facts_never_raise_twice_and_a_change_says_what_changed() {
        let mut s = WatchState::default();
        let first = s
            .judge(&found("e1", &[("name", "Ann Example")], false), "t1")
            .expect("a first match is news");
        assert_eq!(first.reason, Reason::NewListing);
        record(&mut s, first.clone());
        // Cleared; the same facts again: nothing.
        s.apply(Record::Decision(Decision {
            alert_id: first.id.clone(),
            verdict: Verdict::FalsePositive,
            note: "another person".into(),
            by: "analyst".into(),
            at: "t2".into(),
        }));
        assert_eq!(s.status(&first.id), "decided");
        assert!(s
            .judge(&found("e1", &[("name", "Ann Example")], false), "t3")
            .is_none());
        // The entry changed: a changed_entry alert naming the change.
        let changed = s
            .judge(
                &found(
                    "e1",
                    &[("name", "Ann Example"), ("birthDate", "1970")],
                    false,
                ),
                "t4",
            )
            .expect("a change is news");
        assert_eq!(changed.reason, Reason::ChangedEntry);
        assert_eq!(
            changed.added,
            vec![("birthDate".into(), "1970".into(), "list".into())]
        );
        assert!(
            changed.explanation.contains("birthDate"),
            "{}",
            changed.explanation
        );
        record(&mut s, changed);
        // Delisted once, then never again.
        let prev = s.latest_alert("s1", "e1").expect("latest").clone();
        let gone = s.delisted(&prev, &[], "t5").expect("delisted");
        record(&mut s, gone.clone());
        let prev = s.latest_alert("s1", "e1").expect("latest").clone();
        assert!(s.delisted(&prev, &[], "t6").is_none());
    }

    #[test]
    fn a_report_entity_alerts_on_new_documents_only() {
        let mut s = WatchState::default();
        let a = s
            .judge(&found("r1", &[("document", "doc1")], true), "t1")
            .expect("news");
        assert_eq!(a.reason, Reason::ReportMention);
        record(&mut s, a);
        assert!(s
            .judge(&found("r1", &[("document", "doc1")], true), "t2")
            .is_none());
        let b = s
            .judge(
                &found("r1", &[("document", "doc1"), ("document", "doc2")], true),
                "t3",
            )
            .expect("a new document is news");
        assert!(b.explanation.contains("named in doc2"), "{}", b.explanation);
    }

    #[test]
    fn the_journal_replays_and_refuses_what_it_cannot_read() {
        let subject = Record::SubjectAdded(Subject {
            id: "s1".into(),
            name: "Ann Example".into(),
            schema: "Person".into(),
            birth_date: None,
            country: None,
            added: "t".into(),
            by: None,
        });
        let removed = Record::SubjectRemoved {
            id: "s1".into(),
            at: "t2".into(),
            by: None,
        };
        let values = [subject, removed]
            .into_iter()
            .enumerate()
            .map(|(i, r)| (i as u64 + 1, serde_json::to_value(r).expect("json")));
        let s = WatchState::replay(values).expect("replay");
        assert!(s.subjects.is_empty(), "removed");
        let bad = WatchState::replay([(7, serde_json::json!({"record": "nonsense"}))]);
        assert!(matches!(bad, Err(WatchError::Corrupt { number: 7, .. })));
    }
}
