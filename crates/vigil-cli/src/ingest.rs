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
    #[command(flatten)]
    pub reader: ReaderArgs,
}

/// How reports are read: by ingest, and when a list load re-links them.
#[derive(clap::Args, Clone)]
pub struct ReaderArgs {
    /// How to read reports: `model` (a trained pipeline with the rules; an error if none is
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
pub fn reader_model(args: &ReaderArgs) -> Result<Option<std::sync::Arc<vigil_spacy::Pipeline>>> {
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
    engine.set_reader_model(reader_model(&args.reader)?);
    let Ingested {
        outcomes,
        unchanged,
    } = engine.ingest_pages(&PageArgs {
        paths: args.paths.clone(),
        source: args.source.clone(),
        published: args.published.clone(),
        dataset: args.dataset.clone(),
        items: Default::default(),
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
                    "{}  {d}  {} chars, {} sentences, {} name mentions of {} entities ({} on lists), {} dates and quantities, {} claims, {} blocks of page chrome left out{}",
                    o.file,
                    o.chars.unwrap_or(0),
                    o.sentences.unwrap_or(0),
                    o.mentions.unwrap_or(0),
                    o.entities.unwrap_or(0),
                    o.linked_to_lists.unwrap_or(0),
                    o.dates_and_quantities.unwrap_or(0),
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

/// After a list load: every collection of reports read again against the lists as they now
/// stand (a new version of each; nothing is re-ingested). Said on standard error, so a load's
/// `--json` output keeps its shape.
pub fn relink_after_load(engine: &Engine, reader: &ReaderArgs, changed: bool) -> Result<()> {
    if !changed
        || !engine
            .store()
            .datasets()?
            .iter()
            .any(|d| d.latest.format == "report")
    {
        return Ok(());
    }
    engine.set_reader_model(reader_model(reader)?);
    for r in engine.relink_all()? {
        eprintln!(
            "vigil: re-linked {}: {} documents, {} list entities linked (before: {}){}",
            r.dataset,
            r.documents,
            r.linked_to_lists,
            r.linked_before,
            if r.unchanged { ", nothing changed" } else { "" }
        );
    }
    Ok(())
}

#[derive(clap::Args)]
pub struct RelinkArgs {
    /// Only this collection of reports (default: every one).
    #[arg(long)]
    pub dataset: Option<String>,
    #[command(flatten)]
    pub reader: ReaderArgs,
}

/// `vigil relink`: read every stored report again against the lists as they now stand.
pub fn relink(engine: &Engine, args: &RelinkArgs, json: bool) -> Result<()> {
    engine.set_reader_model(reader_model(&args.reader)?);
    let results = match &args.dataset {
        Some(d) => vec![engine.relink(d)?],
        None => engine.relink_all()?,
    };
    if json {
        return crate::print_json(&results);
    }
    for r in &results {
        println!(
            "{}: {} documents read again, {} list entities linked (before: {}){}",
            r.dataset,
            r.documents,
            r.linked_to_lists,
            r.linked_before,
            r.version
                .as_deref()
                .map(|v| if r.unchanged {
                    " — nothing changed".to_string()
                } else {
                    format!(", version {v}")
                })
                .unwrap_or_default()
        );
    }
    Ok(())
}
