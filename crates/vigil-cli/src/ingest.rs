//! `vigil ingest`: news pages (text or HTML) into the store as documents, each page once.
//! A bad file gets its own error; the others are still ingested, in one transaction (the work
//! is `vigil_engine::reports`).

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
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
    /// How to read: `model` (a trained pipeline with the rules; an error if none is
    /// installed), `rules` (rules and gazetteers only), `auto` (the model when one is
    /// installed or given with --model).
    #[arg(long, default_value = "auto", value_parser = ["auto", "model", "rules"])]
    pub reader: String,
    /// spaCy pipeline directory to read with (default: the installed English one).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Where pipelines are installed (see `vigil models`).
    #[arg(long, env = "VIGIL_MODELS")]
    pub models_dir: Option<PathBuf>,
}

/// The pipeline `--reader` and `--model` ask for, loaded; None for rules only.
fn reader_model(args: &IngestArgs) -> Result<Option<std::sync::Arc<vigil_spacy::Pipeline>>> {
    if args.reader == "rules" {
        return Ok(None);
    }
    let dir = crate::models::models_dir(args.models_dir.as_ref())?;
    let path = match (&args.model, args.reader.as_str()) {
        (Some(m), _) => m.clone(),
        (None, "model") => crate::models::resolve(None, &dir)?,
        (None, _) => match vigil_spacy::install::find(&dir, "en") {
            Ok(p) => p,
            Err(_) => {
                eprintln!(
                    "vigil: reading with rules only (no trained pipeline in {}; `vigil models install` adds one)",
                    dir.display()
                );
                return Ok(None);
            }
        },
    };
    let pipeline = vigil_spacy::Pipeline::load(&path)
        .with_context(|| format!("loading the pipeline in {}", path.display()))?;
    Ok(Some(std::sync::Arc::new(pipeline)))
}

pub fn run(engine: &Engine, args: &IngestArgs, json: bool) -> Result<()> {
    engine.set_reader_model(reader_model(args)?);
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
