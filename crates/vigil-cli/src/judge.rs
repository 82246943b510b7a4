//! `vigil merge`, `vigil never-merge`, `vigil split`, `vigil judgements`, `vigil undo`:
//! analysts' linking decisions, recorded with who and when in the `judgements` dataset,
//! reversible, and applied by every later ingest and every report query.

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};
use vigil_link::{Judgement, Judgements, Verdict, JUDGEMENTS_DATASET, REPORTS_DATASET};
use vigil_model::{Entity, Schema, Statement};
use vigil_store::{LoadMode, Store, VersionRequest};

#[derive(clap::Args)]
pub struct Who {
    /// Who decides (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
    /// Why, in a few words.
    #[arg(long)]
    pub note: Option<String>,
}

fn author(who: &Who) -> String {
    who.by
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".into())
}

/// Every judgement in the store.
pub fn load_judgements(store: &dyn Store) -> Result<Judgements> {
    Ok(vigil_reports::load_judgements(store)?)
}

fn known(store: &dyn Store, id: &str) -> Result<Entity> {
    store
        .current_entity(id)
        .context("reading the store")?
        .with_context(|| {
            format!("no entity {id:?} in the store (`vigil mentions` lists linked ids)")
        })
}

fn write(store: &dyn Store, loads: Vec<(String, Vec<Statement>)>) -> Result<()> {
    let now = crate::load::now_rfc3339();
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
    store
        .load_versions(requests, &mut |_, _, _| {})
        .context("recording the judgement (nothing was written)")?;
    Ok(())
}

fn report(json: bool, id: &str, what: String) -> Result<()> {
    if json {
        crate::print_json(&serde_json::json!({ "judgement": id, "recorded": what }))
    } else {
        println!("{id}: {what}");
        Ok(())
    }
}

/// A judgement made now by `who`: its id and statements.
fn decided(
    verdict: Verdict,
    left: &str,
    right: &str,
    form: Option<&str>,
    who: &Who,
) -> (String, Vec<Statement>) {
    Judgement::statements(
        verdict,
        left,
        right,
        form,
        &author(who),
        &crate::load::now_rfc3339(),
        who.note.as_deref(),
    )
}

/// `vigil merge A B`: B is A.
pub fn merge(store: &dyn Store, a: &str, b: &str, who: &Who, json: bool) -> Result<()> {
    if a == b {
        bail!("{a} and {b} are the same id");
    }
    let (ea, eb) = (known(store, a)?, known(store, b)?);
    let js = load_judgements(store)?;
    if js.never(a, b) {
        bail!("{a} and {b} were judged never to be one; `vigil undo` that judgement first");
    }
    if !ea.schema.can_match(eb.schema) {
        bail!(
            "{a} is a {} and {b} a {}: they cannot be one entity",
            ea.schema.name(),
            eb.schema.name()
        );
    }
    let (id, st) = decided(Verdict::Positive, a, b, None, who);
    write(store, vec![(JUDGEMENTS_DATASET.into(), st)])?;
    report(
        json,
        &id,
        format!("{b} ({}) is {a} ({})", eb.caption(), ea.caption()),
    )
}

/// `vigil never-merge A B`.
pub fn never_merge(store: &dyn Store, a: &str, b: &str, who: &Who, json: bool) -> Result<()> {
    if a == b {
        bail!("{a} and {b} are the same id");
    }
    let (ea, eb) = (known(store, a)?, known(store, b)?);
    let (id, st) = decided(Verdict::Negative, a, b, None, who);
    write(store, vec![(JUDGEMENTS_DATASET.into(), st)])?;
    report(
        json,
        &id,
        format!(
            "{a} ({}) and {b} ({}) are never one",
            ea.caption(),
            eb.caption()
        ),
    )
}

/// `vigil split ENTITY --form NAME [--into ID]`: mentions of NAME move off ENTITY.
pub fn split(
    store: &dyn Store,
    from: &str,
    form: &str,
    into: Option<&str>,
    who: &Who,
    json: bool,
) -> Result<()> {
    let e = known(store, from)?;
    let mut loads = Vec::new();
    let target = match into {
        Some(t) => {
            known(store, t)?;
            t.to_string()
        }
        None => {
            // A new report entity named by the form.
            let kind = if e.schema.is_a(Schema::Person) {
                "person"
            } else if e.schema.is_a(Schema::PublicBody) {
                "public-body"
            } else {
                "organization"
            };
            let id = format!("rep-{kind}-{}", vigil_model::slug(form));
            if id == from {
                bail!("{form:?} is {from}'s own name; pass --into ID to move it elsewhere");
            }
            let schema = if e.schema.is_a(Schema::Person) {
                Schema::Person
            } else if e.schema.is_a(Schema::PublicBody) {
                Schema::PublicBody
            } else {
                Schema::Organization
            };
            loads.push((
                REPORTS_DATASET.to_string(),
                vec![Statement::new(&id, schema, "name", form, REPORTS_DATASET)],
            ));
            id
        }
    };
    let (id, st) = decided(Verdict::Split, from, &target, Some(form), who);
    loads.push((JUDGEMENTS_DATASET.into(), st));
    write(store, loads)?;
    report(
        json,
        &id,
        format!(
            "mentions of {form:?} move from {from} ({}) to {target}",
            e.caption()
        ),
    )
}

/// `vigil undo JUDGEMENT`.
pub fn undo(store: &dyn Store, id: &str, json: bool) -> Result<()> {
    let js = load_judgements(store)?;
    let Some(j) = js.list.iter().find(|j| j.id == id) else {
        bail!("no judgement {id:?}; `vigil judgements` lists them");
    };
    if j.reverted {
        bail!("{id} was already reverted");
    }
    write(
        store,
        vec![(
            JUDGEMENTS_DATASET.into(),
            vec![Judgement::revert_statement(id)],
        )],
    )?;
    report(
        json,
        id,
        format!("{} judgement reverted", j.verdict.as_str()),
    )
}

/// `vigil judgements`.
pub fn list(store: &dyn Store, json: bool) -> Result<()> {
    let js = load_judgements(store)?;
    if json {
        return crate::print_json(&js.list);
    }
    for j in &js.list {
        println!(
            "{}  {:<8} {} {} {}{}  by {} at {}{}",
            j.id,
            j.verdict.as_str(),
            j.left,
            j.right,
            j.form
                .as_deref()
                .map(|f| format!("form {f:?}"))
                .unwrap_or_default(),
            if j.reverted { " (reverted)" } else { "" },
            j.author,
            j.created_at,
            j.note
                .as_deref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        );
    }
    println!("{} judgements", js.list.len());
    Ok(())
}
