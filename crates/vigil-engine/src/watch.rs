//! Watching subjects: put them under watch (each screened at once), screen them against what
//! every load and ingest changed (the delta: `changed_since` the first version not yet
//! screened), raise each alert once, and record analysts' decisions. Everything is appended to
//! the store's `watch` journal (`vigil_watch::Record`), in one append per step: a step that
//! fails leaves the journal as it was, and a load whose screening never ran (the process died)
//! is screened by the next step, since the journal says which versions were screened.

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;
use vigil_index::{Index, Options, Query};
use vigil_link::{JUDGEMENTS_DATASET, REPORTS_DATASET};
use vigil_model::Schema;
use vigil_watch::{Alert, Decision, Fact, Found, Record, Subject, Verdict, WatchState, JOURNAL};

use crate::{now_rfc3339, Engine, EngineError, Result, ResultExt};

/// A subject as a user gives it, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct SubjectInput {
    pub id: Option<String>,
    pub name: String,
    pub schema: Option<String>,
    pub birth_date: Option<String>,
    pub country: Option<String>,
}

/// What putting subjects under watch did.
pub struct Added {
    pub subjects: Vec<Subject>,
    pub alerts: Vec<Alert>,
}

/// An entity as alerts compare it: its facts, the list datasets naming it, caption, schema.
struct Facts {
    facts: Vec<Fact>,
    datasets: Vec<String>,
    caption: String,
    schema: String,
}

/// Most alerts one subject can raise in one screening: the rest would be namesakes.
const MOST_PER_SUBJECT: usize = 25;

/// How subjects are screened: matches only, at the default threshold.
fn watch_options(changed_since: Option<String>) -> Options {
    let d = Options::default();
    Options {
        cutoff: d.threshold,
        limit: MOST_PER_SUBJECT,
        changed_since,
        ..d
    }
}

/// The query a subject is screened with.
fn query_of(s: &Subject) -> Result<Query> {
    let schema = crate::screening::parse_schema(&s.schema)?;
    let q = Query {
        schema,
        names: vec![s.name.clone()],
        birth_dates: s.birth_date.iter().cloned().collect(),
        countries: s.country.iter().cloned().collect(),
        gender: None,
        identifiers: Vec::new(),
    };
    q.check()
        .map_err(|e| EngineError::refused(format!("subject {:?}: {e}", s.id)))?;
    Ok(q.readable().0)
}

impl Engine {
    /// The watch journal replayed.
    pub fn watch_state(&self) -> Result<WatchState> {
        let (records, last) = self.read_journal_to::<Record>(JOURNAL)?;
        let mut state = WatchState::default();
        for r in records {
            state.apply(r);
        }
        state.last_record = last;
        Ok(state)
    }

    fn append(&self, records: Vec<Record>) -> Result<()> {
        self.append_journal(JOURNAL, &records)
    }

    /// Append what was decided from `state`, if nobody appended since it was read.
    fn append_after(&self, state: &WatchState, records: Vec<Record>) -> Result<()> {
        self.append_journal_after(JOURNAL, Some(state.last_record), &records)
    }

    /// Run `step` (which reads the journal, decides and appends conditionally) again while
    /// another process appends in between: each try decides from the journal as it then is.
    fn retrying<T>(&self, step: impl Fn() -> Result<T>) -> Result<T> {
        for _ in 0..8 {
            match step() {
                Err(EngineError::Store(vigil_store::StoreError::Conflict { .. })) => continue,
                other => return other,
            }
        }
        Err(EngineError::refused(
            "the watch journal kept changing under this process (other processes are writing it); try again",
        ))
    }

    /// Put subjects under watch and screen each at once against everything loaded. Every
    /// subject is checked first: one that cannot be screened (no name, an unknown schema, an
    /// id already watched or given twice) refuses the whole call, naming each, and nothing is
    /// written. Loads not yet screened for the subjects already watched are screened first.
    pub fn watch_add(&self, inputs: Vec<SubjectInput>, by: Option<&str>) -> Result<Added> {
        let mut before = self.watch_catch_up()?;
        let mut added = self.retrying(|| self.add_once(inputs.clone(), by))?;
        before.append(&mut added.alerts);
        added.alerts = before;
        Ok(added)
    }

    fn add_once(&self, inputs: Vec<SubjectInput>, by: Option<&str>) -> Result<Added> {
        let state = self.watch_state()?;
        let now = now_rfc3339();
        let mut problems = Vec::new();
        let mut subjects = Vec::with_capacity(inputs.len());
        let mut ids: HashSet<String> = HashSet::new();
        for (i, input) in inputs.into_iter().enumerate() {
            let what = input.id.clone().map_or_else(
                || format!("subject {}", i + 1),
                |id| format!("subject {id:?}"),
            );
            let name = input.name.trim().to_string();
            let schema = input
                .schema
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| "LegalEntity".into());
            let opt = |v: Option<String>| v.map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
            let birth_date = opt(input.birth_date);
            let id = match opt(input.id) {
                Some(id) => id,
                None => vigil_watch::subject_id_for(&name, &schema, birth_date.as_deref()),
            };
            let subject = Subject {
                id: id.clone(),
                name,
                schema,
                birth_date,
                country: opt(input.country),
                added: now.clone(),
                by: by.map(str::to_string),
            };
            let checked = vigil_watch::check_subject_id(&id)
                .map_err(|e| e.to_string())
                .and_then(|_| {
                    if subject.name.is_empty() {
                        return Err("no name".to_string());
                    }
                    if state.subjects.contains_key(&id) {
                        return Err(format!(
                            "{id:?} is already watched (`vigil watch remove {id}` first to change it)"
                        ));
                    }
                    if !ids.insert(id.clone()) {
                        return Err(format!("{id:?} is given twice"));
                    }
                    query_of(&subject).map(|_| ()).map_err(|e| e.to_string())
                });
            match checked {
                Ok(()) => subjects.push(subject),
                Err(e) => problems.push(format!("{what}: {e}")),
            }
        }
        if !problems.is_empty() {
            let n = problems.len();
            let mut shown: Vec<String> = problems.into_iter().take(20).collect();
            if n > 20 {
                shown.push(format!("and {} more", n - 20));
            }
            return Err(EngineError::refused(format!(
                "{n} subject(s) cannot be watched, so none was added: {}",
                shown.join("; ")
            )));
        }
        let index = self.index()?;
        let found = self.screen_subjects(&index, &subjects, &watch_options(None))?;
        let mut state = state;
        let mut records: Vec<Record> = subjects.iter().cloned().map(Record::SubjectAdded).collect();
        let mut alerts = Vec::new();
        for f in &found {
            if let Some(a) = state.judge(f, &now) {
                state.apply(Record::Alert(a.clone()));
                alerts.push(a);
            }
        }
        records.extend(alerts.iter().cloned().map(Record::Alert));
        // The first subjects: everything loaded until now counts as screened.
        if state.screened.is_empty() {
            records.push(Record::Screened {
                datasets: self.latest_versions()?,
                at: now,
            });
        }
        self.append_after(&state, records)?;
        self.deliver_quietly(&alerts);
        Ok(Added { subjects, alerts })
    }

    /// Take subjects off the watch list (their alerts and decisions stay in the history).
    pub fn watch_remove(&self, ids: &[String], by: Option<&str>) -> Result<Vec<String>> {
        let state = self.watch_state()?;
        let unknown: Vec<&String> = ids
            .iter()
            .filter(|id| !state.subjects.contains_key(*id))
            .collect();
        if !unknown.is_empty() {
            return Err(EngineError::refused(format!(
                "not watched: {} (`vigil watch list` names the subjects)",
                unknown
                    .iter()
                    .map(|s| format!("{s:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let now = now_rfc3339();
        self.append(
            ids.iter()
                .map(|id| Record::SubjectRemoved {
                    id: id.clone(),
                    at: now.clone(),
                    by: by.map(str::to_string),
                })
                .collect(),
        )?;
        Ok(ids.to_vec())
    }

    /// Record a decision on an alert. A later decision supersedes this one; both are kept.
    pub fn decide(&self, alert_id: &str, verdict: &str, note: &str, by: &str) -> Result<Decision> {
        let verdict = Verdict::parse(verdict).map_err(|e| EngineError::refused(e.to_string()))?;
        if note.trim().is_empty() {
            return Err(EngineError::refused(
                "a decision needs a note saying why (--note)",
            ));
        }
        let state = self.watch_state()?;
        if state.alert(alert_id).is_none() {
            return Err(EngineError::refused(format!(
                "no alert {alert_id:?} (`vigil alerts --status all` lists them)"
            )));
        }
        let d = Decision {
            alert_id: alert_id.to_string(),
            verdict,
            note: note.trim().to_string(),
            by: by.to_string(),
            at: now_rfc3339(),
        };
        self.append(vec![Record::Decision(d.clone())])?;
        Ok(d)
    }

    /// Send new alerts to the webhooks; a failure to deliver or to log it is said, and the
    /// alerts stay recorded (`vigil webhooks log` shows every attempt).
    fn deliver_quietly(&self, alerts: &[Alert]) {
        match self.deliver(alerts) {
            Ok(log) => {
                let taken: HashSet<(&str, &str)> = log
                    .iter()
                    .filter(|d| d.delivered)
                    .map(|d| (d.webhook_id.as_str(), d.alert_id.as_str()))
                    .collect();
                let failed: HashSet<(&str, &str)> = log
                    .iter()
                    .map(|d| (d.webhook_id.as_str(), d.alert_id.as_str()))
                    .filter(|k| !taken.contains(k))
                    .collect();
                if !failed.is_empty() {
                    eprintln!(
                        "vigil: {} alert delivery(ies) to webhooks failed (`vigil webhooks log`; `vigil webhooks retry` sends them again)",
                        failed.len()
                    );
                }
            }
            Err(e) => eprintln!("vigil: delivering alerts to webhooks: {}", e.chain()),
        }
    }

    /// Every dataset's latest version number (judgements aside: they are not news).
    fn latest_versions(&self) -> Result<BTreeMap<String, u32>> {
        Ok(self
            .store()
            .datasets()
            .ctx("reading the datasets")?
            .into_iter()
            .filter(|d| d.name != JUDGEMENTS_DATASET)
            .map(|d| (d.name, d.latest.seq))
            .collect())
    }

    /// Screen the watched subjects against every dataset version loaded since they were last
    /// screened: entities changed since (new listings, changed entries, report entities) by
    /// screening with `changed_since`, and the entities subjects were alerted on before that
    /// changed or left a list by the versions' differences. Raises each alert once and records
    /// the versions as screened, in one append. Nothing to do without subjects or new versions.
    pub fn watch_catch_up(&self) -> Result<Vec<Alert>> {
        self.watch_rescreen(false, true)
    }

    /// [`Engine::watch_catch_up`], with the choice of screening every subject against every
    /// entity and keeping the matches with entities changed since (`full`: what the delta must
    /// equal, and what it is measured against), and of not recording anything (`record`
    /// false: the alerts it would raise).
    pub fn watch_rescreen(&self, full: bool, record: bool) -> Result<Vec<Alert>> {
        self.retrying(|| self.rescreen_once(full, record))
    }

    fn rescreen_once(&self, full: bool, record: bool) -> Result<Vec<Alert>> {
        let mut state = self.watch_state()?;
        let read_at = state.last_record;
        if state.subjects.is_empty() {
            return Ok(Vec::new());
        }
        let latest = self.latest_versions()?;
        let mut since: Option<String> = None;
        let mut pending = false;
        for (ds, &seq) in &latest {
            let done = state.screened.get(ds).copied().unwrap_or(0);
            if seq <= done {
                continue;
            }
            pending = true;
            let versions = self.store().versions(ds).ctx("reading the versions")?;
            if let Some(first) = versions.iter().find(|v| v.seq > done) {
                if since
                    .as_deref()
                    .is_none_or(|s| first.loaded_at.as_str() < s)
                {
                    since = Some(first.loaded_at.clone());
                }
            }
        }
        if !pending {
            return Ok(Vec::new());
        }
        let now = now_rfc3339();
        let index = self.index()?;
        let subjects: Vec<Subject> = state.subjects.values().cloned().collect();
        let mut found = if full {
            // Everything, then only the entities changed since: no retrieval shortcut.
            let changed_ids: HashSet<&str> = index
                .records()
                .iter()
                .filter(|r| since.as_deref().is_none_or(|s| r.changed.as_str() >= s))
                .map(|r| r.id.as_str())
                .collect();
            // Every match, not the best few: a changed entity must not be cut by unchanged
            // ones scoring higher. Then each subject's best among the changed, as the delta.
            let every = Options {
                limit: 1000,
                candidates: 1000,
                ..watch_options(None)
            };
            let mut all = self.screen_subjects(&index, &subjects, &every)?;
            all.retain(|f| changed_ids.contains(f.entity_id.as_str()));
            let mut per_subject: HashMap<String, usize> = HashMap::new();
            all.retain(|f| {
                let n = per_subject.entry(f.subject_id.clone()).or_default();
                *n += 1;
                *n <= MOST_PER_SUBJECT
            });
            all
        } else {
            self.screen_subjects(&index, &subjects, &watch_options(since.clone()))?
        };
        // Entities subjects were alerted on that changed or left a list, matched by name now
        // or not: what the analyst cleared is not what the list says any more. The index
        // says which changed since (an entity no longer in it may have left every list).
        let seen: HashSet<(String, String)> = found
            .iter()
            .map(|f| (f.subject_id.clone(), f.entity_id.clone()))
            .collect();
        let changed_since = |id: &str| match index.record(id) {
            Some(r) => since.as_deref().is_none_or(|s| r.changed.as_str() >= s),
            None => true,
        };
        let previous: Vec<Alert> = state
            .pairs()
            .filter(|a| a.reason != vigil_watch::Reason::Delisted)
            .filter(|a| state.subjects.contains_key(&a.subject_id))
            .filter(|a| !a.datasets.iter().all(|d| d == REPORTS_DATASET))
            .filter(|a| !seen.contains(&(a.subject_id.clone(), a.entity_id.clone())))
            .filter(|a| changed_since(&a.entity_id))
            .cloned()
            .collect();
        let mut gone = Vec::new();
        for p in previous {
            match self.facts_of(&p.entity_id)? {
                Some(Facts {
                    facts,
                    datasets,
                    caption,
                    schema,
                }) if !facts.is_empty() => {
                    found.push(Found {
                        subject_id: p.subject_id.clone(),
                        entity_id: p.entity_id.clone(),
                        entity_caption: caption,
                        entity_schema: schema,
                        datasets,
                        score: p.score,
                        explanation: format!(
                            "matched at {:.2} when alerted on {}",
                            p.score,
                            &p.created.get(..10).unwrap_or(&p.created)
                        ),
                        facts,
                        from_reports: false,
                    });
                }
                Some(Facts { datasets, .. }) => gone.push((p, datasets)),
                None => gone.push((p, Vec::new())),
            }
        }
        let mut alerts = Vec::new();
        for f in &found {
            if let Some(a) = state.judge(f, &now) {
                state.apply(Record::Alert(a.clone()));
                alerts.push(a);
            }
        }
        for (p, left) in gone {
            if let Some(a) = state.delisted(&p, &left, &now) {
                state.apply(Record::Alert(a.clone()));
                alerts.push(a);
            }
        }
        if record {
            let mut records: Vec<Record> = alerts.iter().cloned().map(Record::Alert).collect();
            records.push(Record::Screened {
                datasets: latest,
                at: now,
            });
            state.last_record = read_at;
            self.append_after(&state, records)?;
            self.deliver_quietly(&alerts);
        }
        Ok(alerts)
    }

    /// Screen subjects, each match with the entity's facts (read once per entity).
    fn screen_subjects(
        &self,
        index: &Index,
        subjects: &[Subject],
        opts: &Options,
    ) -> Result<Vec<Found>> {
        let matches: Vec<(usize, vigil_index::Match)> = subjects
            .par_iter()
            .enumerate()
            .flat_map_iter(|(i, s)| {
                let hits = query_of(s)
                    .map(|q| index.screen(&q, opts))
                    .unwrap_or_default();
                hits.into_iter().filter(|m| m.is_match).map(move |m| (i, m))
            })
            .collect();
        let mut facts: HashMap<String, Option<Facts>> = HashMap::new();
        let mut out = Vec::with_capacity(matches.len());
        for (i, m) in matches {
            if !facts.contains_key(&m.id) {
                facts.insert(m.id.clone(), self.facts_of(&m.id)?);
            }
            let Some(Some(Facts {
                facts: f, datasets, ..
            })) = facts.get(&m.id)
            else {
                continue;
            };
            let from_reports = m.datasets.iter().all(|d| d == REPORTS_DATASET);
            out.push(Found {
                subject_id: subjects[i].id.clone(),
                entity_id: m.id.clone(),
                entity_caption: m.caption.clone(),
                entity_schema: m.schema.name().to_string(),
                datasets: if datasets.is_empty() {
                    m.datasets.clone()
                } else {
                    datasets.clone()
                },
                score: m.score,
                explanation: crate::screening::explain_in_words(&m),
                facts: f.clone(),
                from_reports,
            });
        }
        Ok(out)
    }

    /// An entity's current facts as alerts compare them, the list datasets naming it, its
    /// caption and schema: for a listed entity its list statements; for a report entity the
    /// documents naming it. `None` when nothing current is left of it.
    fn facts_of(&self, id: &str) -> Result<Option<Facts>> {
        let records = self.store().entity(id).ctx("reading an alerted entity")?;
        let current: Vec<_> = records.iter().filter(|r| r.current).collect();
        if current.is_empty() {
            return Ok(None);
        }
        // The entity as its current statements make it: no second read.
        let statements: Vec<vigil_model::Statement> =
            current.iter().map(|r| r.statement.clone()).collect();
        let caption = vigil_model::Entity::from_statements(&statements)
            .map(|e| (e.caption().to_string(), e.schema))
            .unwrap_or_else(|| (id.to_string(), Schema::Thing));
        let only_reports = current.iter().all(|r| {
            r.statement.dataset == REPORTS_DATASET || r.statement.dataset == JUDGEMENTS_DATASET
        });
        let mut datasets: Vec<String> = Vec::new();
        let mut facts: Vec<Fact> = Vec::new();
        for r in &current {
            let s = &r.statement;
            if s.dataset == JUDGEMENTS_DATASET {
                continue;
            }
            if only_reports {
                if let Some(doc) = s.origin.as_deref().filter(|o| !o.is_empty()) {
                    facts.push(("document".into(), doc.to_string(), s.dataset.clone()));
                }
                continue;
            }
            if s.dataset == REPORTS_DATASET {
                continue;
            }
            if !datasets.contains(&s.dataset) {
                datasets.push(s.dataset.clone());
            }
            facts.push((s.prop.clone(), s.value.clone(), s.dataset.clone()));
        }
        facts.sort();
        facts.dedup();
        Ok(Some(Facts {
            facts,
            datasets,
            caption: caption.0,
            schema: caption.1.name().to_string(),
        }))
    }
}
