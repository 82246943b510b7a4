//! `vigil load`: parse every source first (nothing is written if any fails), then record one
//! version per dataset, each in its own transaction (the work is `vigil_engine::lists`).

use std::path::PathBuf;

use anyhow::{Context, Result};
use vigil_engine::Engine;
use vigil_ingest::Format;

#[derive(clap::Args)]
pub struct LoadArgs {
    /// Files or directories to load.
    #[arg(required_unless_present = "bundled")]
    pub paths: Vec<PathBuf>,
    /// Dataset name (default: from the source, e.g. ofac-sdn, un-sc, eu-oj-32001R2580).
    #[arg(long)]
    pub dataset: Option<String>,
    /// Version label (default: the date the source states, else today's date).
    #[arg(long = "version", id = "list_version")]
    pub version: Option<String>,
    /// Source format, when detection is not wanted: ofac-csv, un-xml, eu-oj-csv, eu-fsf-xml, us-csl, ftm-json.
    #[arg(long)]
    pub format: Option<String>,
    /// Load the lists bundled in the binary (OFAC SDN 2024-05-03, UN 2026-02-27).
    #[arg(long)]
    pub bundled: bool,
    /// Load even when a dataset would lose more than half of its entities (a list that
    /// really shrank); without it such a load is refused, since it is usually a partial file.
    #[arg(long)]
    pub allow_shrink: bool,
    /// Leave the watched subjects unscreened for now (`vigil watch rescreen` screens them
    /// against everything loaded since; so does the next load or ingest).
    #[arg(long)]
    pub no_watch: bool,
    /// How stored reports are read again when the load changes a list.
    #[command(flatten)]
    pub reader: crate::ingest::ReaderArgs,
}

pub use vigil_engine::{now_rfc3339, LoadReport, ShrinkGuard};

pub fn print_reports(reports: &[LoadReport], json: bool) -> Result<()> {
    if json {
        return crate::print_json(&reports);
    }
    for r in reports {
        let v = &r.version;
        if r.unchanged {
            println!(
                "{:28} {:12} unchanged (identical to the latest version): nothing written",
                r.dataset, v.version
            );
        } else {
            println!(
                "{:28} {:12} {:>6} records {:>7} entities {:>8} statements ({}) {:.2}s",
                r.dataset,
                v.version,
                r.records,
                v.entities,
                v.statements,
                v.change_summary(),
                r.seconds
            );
        }
        if !r.warnings.is_empty() {
            eprintln!("  {} warning(s) for {}:", r.warnings.len(), r.dataset);
            for w in r.warnings.iter().take(5) {
                eprintln!("    {w}");
            }
            if r.warnings.len() > 5 {
                eprintln!("    ... ({} more; see --json)", r.warnings.len() - 5);
            }
        }
    }
    Ok(())
}

pub fn run(engine: &Engine, args: &LoadArgs, json: bool) -> Result<()> {
    if args.bundled {
        let reports = engine.load_bundled(false)?;
        return print_reports(&reports, json);
    }
    if let Some(d) = &args.dataset {
        vigil_model::vocab::check_dataset_name(d).map_err(|e| anyhow::anyhow!("--dataset: {e}"))?;
    }
    if let Some(v) = &args.version {
        vigil_model::vocab::check_label("--version", v).map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    let format = match &args.format {
        Some(name) => Some(Format::from_name(name).with_context(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            format!("unknown --format {name:?}; one of {}", names.join(", "))
        })?),
        None => None,
    };
    let sets = vigil_engine::lists::plan(&args.paths, format)?;
    let parsed = engine.parse_all(&sets, args.dataset.as_deref())?;
    let guard = ShrinkGuard::allow_if(args.allow_shrink, "--allow-shrink");
    let reports = engine.store_all(parsed, args.version.as_deref(), guard)?;
    print_reports(&reports, json)?;
    let changed = reports.iter().any(|r| !r.unchanged);
    crate::ingest::relink_after_load(engine, &args.reader, changed)
}
