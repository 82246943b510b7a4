//! Analysts' linking decisions: merge, never-merge, split, undo. Each is recorded with who and
//! when in the `judgements` dataset, reversible, and applied by every later ingest and every
//! report query. Each method answers the judgement's id and what it recorded, in words.

use sha2::{Digest, Sha256};
use vigil_link::{Judgement, Judgements, Verdict, JUDGEMENTS_DATASET, REPORTS_DATASET};
use vigil_model::{Entity, Schema, Statement};
use vigil_store::{LoadMode, VersionRequest};

use crate::{now_rfc3339, Engine, EngineError, Result, ResultExt};

/// Who decides, and why.
#[derive(Debug, Clone)]
pub struct Author {
    pub name: String,
    pub note: Option<String>,
}

/// A judgement recorded: its id and what it says.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub id: String,
    pub what: String,
}

impl Engine {
    /// Every judgement in the store.
    pub fn judgements(&self) -> Result<Judgements> {
        vigil_reports::load_judgements(self.store()).ctx("reading the judgements")
    }

    fn known(&self, id: &str) -> Result<Entity> {
        self.store()
            .current_entity(id)
            .ctx("reading the store")?
            .ok_or_else(|| {
                EngineError::refused(format!(
                    "no entity {id:?} in the store (`vigil mentions` lists linked ids)"
                ))
            })
    }

    fn record(&self, loads: Vec<(String, Vec<Statement>)>) -> Result<()> {
        let now = now_rfc3339();
        let requests = loads
            .into_iter()
            .map(|(dataset, statements)| {
                let mut h = Sha256::new();
                for s in &statements {
                    h.update(s.id().0.to_le_bytes());
                }
                h.update(now.as_bytes());
                let content_hash = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
                (
                    VersionRequest {
                        dataset,
                        version: now.clone(),
                        format: "judgement".into(),
                        files: Vec::new(),
                        content_hash,
                        loaded_at: now.clone(),
                        mode: LoadMode::Append,
                    },
                    statements,
                )
            })
            .collect();
        self.store()
            .load_versions(requests, &mut |_, _, _| {})
            .ctx("recording the judgement (nothing was written)")?;
        Ok(())
    }

    /// `B` is `A`: B resolves to A in every query and later ingest.
    pub fn merge(&self, a: &str, b: &str, who: &Author) -> Result<Recorded> {
        if a == b {
            return Err(EngineError::refused(format!("{a} and {b} are the same id")));
        }
        let (ea, eb) = (self.known(a)?, self.known(b)?);
        if self.judgements()?.never(a, b) {
            return Err(EngineError::refused(format!(
                "{a} and {b} were judged never to be one; `vigil undo` that judgement first"
            )));
        }
        if !ea.schema.can_match(eb.schema) {
            return Err(EngineError::refused(format!(
                "{a} is a {} and {b} a {}: they cannot be one entity",
                ea.schema.name(),
                eb.schema.name()
            )));
        }
        let (id, st) = decided(Verdict::Positive, a, b, None, who);
        self.record(vec![(JUDGEMENTS_DATASET.into(), st)])?;
        Ok(Recorded {
            id,
            what: format!("{b} ({}) is {a} ({})", eb.caption(), ea.caption()),
        })
    }

    /// `A` and `B` are never one: linking keeps them apart from now on.
    pub fn never_merge(&self, a: &str, b: &str, who: &Author) -> Result<Recorded> {
        if a == b {
            return Err(EngineError::refused(format!("{a} and {b} are the same id")));
        }
        let (ea, eb) = (self.known(a)?, self.known(b)?);
        let (id, st) = decided(Verdict::Negative, a, b, None, who);
        self.record(vec![(JUDGEMENTS_DATASET.into(), st)])?;
        Ok(Recorded {
            id,
            what: format!(
                "{a} ({}) and {b} ({}) are never one",
                ea.caption(),
                eb.caption()
            ),
        })
    }

    /// Mentions of the name `form` move off `from`, to `into` or to a new report entity.
    pub fn split(
        &self,
        from: &str,
        form: &str,
        into: Option<&str>,
        who: &Author,
    ) -> Result<Recorded> {
        let e = self.known(from)?;
        let mut loads = Vec::new();
        let target = match into {
            Some(t) => {
                self.known(t)?;
                t.to_string()
            }
            None => {
                // A new report entity named by the form.
                let (kind, schema) = if e.schema.is_a(Schema::Person) {
                    ("person", Schema::Person)
                } else if e.schema.is_a(Schema::PublicBody) {
                    ("public-body", Schema::PublicBody)
                } else {
                    ("organization", Schema::Organization)
                };
                let id = format!("rep-{kind}-{}", vigil_model::slug(form));
                if id == from {
                    return Err(EngineError::refused(format!(
                        "{form:?} is {from}'s own name; pass --into ID to move it elsewhere"
                    )));
                }
                loads.push((
                    REPORTS_DATASET.to_string(),
                    vec![Statement::new(&id, schema, "name", form, REPORTS_DATASET)],
                ));
                id
            }
        };
        let (id, st) = decided(Verdict::Split, from, &target, Some(form), who);
        loads.push((JUDGEMENTS_DATASET.into(), st));
        self.record(loads)?;
        Ok(Recorded {
            id,
            what: format!(
                "mentions of {form:?} move from {from} ({}) to {target}",
                e.caption()
            ),
        })
    }

    /// Revert a judgement; it stays in the history, marked reverted.
    pub fn undo(&self, id: &str) -> Result<Recorded> {
        let js = self.judgements()?;
        let Some(j) = js.list.iter().find(|j| j.id == id) else {
            return Err(EngineError::refused(format!(
                "no judgement {id:?}; `vigil judgements` lists them"
            )));
        };
        if j.reverted {
            return Err(EngineError::refused(format!("{id} was already reverted")));
        }
        self.record(vec![(
            JUDGEMENTS_DATASET.into(),
            vec![Judgement::revert_statement(id)],
        )])?;
        Ok(Recorded {
            id: id.to_string(),
            what: format!("{} judgement reverted", j.verdict.as_str()),
        })
    }
}

/// A judgement made now by `who`: its id and statements.
fn decided(
    verdict: Verdict,
    left: &str,
    right: &str,
    form: Option<&str>,
    who: &Author,
) -> (String, Vec<Statement>) {
    Judgement::statements(
        verdict,
        left,
        right,
        form,
        &who.name,
        &now_rfc3339(),
        who.note.as_deref(),
    )
}
