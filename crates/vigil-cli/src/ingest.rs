//! `vigil ingest`: news pages (text or HTML) into the store as documents, each page once.
//! A bad file gets its own error; the others are still ingested, in one transaction (the work
//! is `vigil_engine::reports`).

use std::path::PathBuf;

use anyhow::{bail, Result};
use vigil_engine::{Engine, Ingested, PageArgs};

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Report files or directories (plain text or HTML).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The outlet, when the pages do not name it themselves.
    #[arg(long)]
    pub source: Option<String>,
    /// Publication date of the pages (YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<String>,
    /// The dataset the documents go into.
    #[arg(long, default_value = "reports")]
    pub dataset: String,
}

pub fn run(engine: &Engine, args: &IngestArgs, json: bool) -> Result<()> {
    let Ingested {
        outcomes,
        unchanged,
    } = engine.ingest_pages(&PageArgs {
        paths: args.paths.clone(),
        source: args.source.clone(),
        published: args.published.clone(),
        dataset: args.dataset.clone(),
    })?;
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    if json {
        crate::print_json(
            &serde_json::json!({ "dataset": args.dataset, "unchanged": unchanged, "files": outcomes }),
        )?;
    } else {
        for o in &outcomes {
            match (&o.document, &o.error) {
                (Some(d), _) if o.chars.is_none() => {
                    println!("{}  {d}  ingested before: nothing written", o.file)
                }
                (Some(d), _) => println!(
                    "{}  {d}  {} chars, {} sentences, {} mentions of {} entities ({} on lists), {} claims, {} blocks of page chrome left out{}",
                    o.file,
                    o.chars.unwrap_or(0),
                    o.sentences.unwrap_or(0),
                    o.mentions.unwrap_or(0),
                    o.entities.unwrap_or(0),
                    o.linked_to_lists.unwrap_or(0),
                    o.claims.unwrap_or(0),
                    o.dropped_blocks.unwrap_or(0),
                    o.source
                        .as_deref()
                        .map(|s| format!(", source {s}"))
                        .unwrap_or_default()
                ),
                (None, Some(e)) => eprintln!("{}: {e}", o.file),
                _ => {}
            }
        }
        if unchanged {
            println!("every document was ingested before: nothing written");
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} files could not be ingested (the others were)",
            outcomes.len()
        );
    }
    Ok(())
}
