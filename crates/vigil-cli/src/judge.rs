//! `vigil merge`, `vigil never-merge`, `vigil split`, `vigil judgements`, `vigil undo`:
//! analysts' linking decisions, recorded with who and when in the `judgements` dataset,
//! reversible, and applied by every later ingest and every report query (the work is
//! `vigil_engine::judgements`).

use anyhow::Result;
use vigil_engine::{Author, Engine, Recorded};

#[derive(clap::Args)]
pub struct Who {
    /// Who decides (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
    /// Why, in a few words.
    #[arg(long)]
    pub note: Option<String>,
}

impl Who {
    fn author(&self) -> Author {
        Author {
            name: who(&self.by),
            note: self.note.clone(),
        }
    }
}

/// Who is acting: `--by`, else the login name, else "unknown" (for judgements, decisions and
/// watch records alike).
pub(crate) fn who(by: &Option<String>) -> String {
    by.clone()
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".into())
}

fn report(json: bool, r: Recorded) -> Result<()> {
    if json {
        crate::print_json(&serde_json::json!({ "judgement": r.id, "recorded": r.what }))
    } else {
        println!("{}: {}", r.id, r.what);
        Ok(())
    }
}

/// `vigil merge A B`: B is A.
pub fn merge(engine: &Engine, a: &str, b: &str, who: &Who, json: bool) -> Result<()> {
    report(json, engine.merge(a, b, &who.author())?)
}

/// `vigil never-merge A B`.
pub fn never_merge(engine: &Engine, a: &str, b: &str, who: &Who, json: bool) -> Result<()> {
    report(json, engine.never_merge(a, b, &who.author())?)
}

/// `vigil split ENTITY --form NAME [--into ID]`: mentions of NAME move off ENTITY.
pub fn split(
    engine: &Engine,
    from: &str,
    form: &str,
    into: Option<&str>,
    who: &Who,
    json: bool,
) -> Result<()> {
    report(json, engine.split(from, form, into, &who.author())?)
}

/// `vigil undo JUDGEMENT`.
pub fn undo(engine: &Engine, id: &str, json: bool) -> Result<()> {
    report(json, engine.undo(id)?)
}

/// `vigil judgements`.
pub fn list(engine: &Engine, json: bool) -> Result<()> {
    let js = engine.judgements()?;
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
