//! `vigil load`: parse every source first (nothing is written if any fails), then record one
//! version per dataset, each in its own transaction.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use vigil_ingest::{Format, Parsed, SourceSet};
use vigil_store::{SourceFile, Store, VersionRequest};

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
}

/// What one dataset load did, for output.
#[derive(Serialize)]
pub struct LoadReport {
    pub dataset: String,
    pub format: String,
    pub records: u64,
    pub unchanged: bool,
    pub version: vigil_store::VersionInfo,
    pub warnings: Vec<String>,
    pub seconds: f64,
}

fn bar(len: u64, msg: &str) -> ProgressBar {
    let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template(
            "{msg:24} [{bar:30}] {pos}/{len} statements ({per_sec}, {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    pb.set_message(msg.to_string());
    pb
}

fn spinner(msg: String) -> ProgressBar {
    let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    pb.set_message(msg);
    pb.enable_steady_tick(Duration::from_millis(120));
    pb
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn today() -> String {
    now_rfc3339().chars().take(10).collect()
}

/// Parse all sets; the first failure aborts with nothing written.
pub fn parse_all(sets: &[SourceSet], dataset: Option<&str>) -> Result<Vec<Parsed>> {
    if dataset.is_some() && sets.len() > 1 {
        bail!(
            "--dataset names one dataset, but these files make {} separate sources",
            sets.len()
        );
    }
    let mut out = Vec::with_capacity(sets.len());
    for set in sets {
        let names: Vec<String> = set.files.iter().map(|p| p.display().to_string()).collect();
        let sp = spinner(format!("parsing {}", names.join(" + ")));
        let parsed = vigil_ingest::parse(set, dataset);
        sp.finish_and_clear();
        out.push(parsed.with_context(|| "nothing was loaded".to_string())?);
    }
    Ok(out)
}

/// Record parsed sources in the store, one transaction per dataset.
pub fn store_all(
    store: &dyn Store,
    parsed: Vec<Parsed>,
    version: Option<&str>,
) -> Result<Vec<LoadReport>> {
    let mut reports = Vec::new();
    for p in parsed {
        let started = Instant::now();
        let req = VersionRequest {
            dataset: p.dataset.clone(),
            version: version
                .map(str::to_string)
                .or(p.version.clone())
                .unwrap_or_else(today),
            format: p.format.name().to_string(),
            files: p
                .files
                .iter()
                .map(|f| SourceFile {
                    path: f.path.display().to_string(),
                    sha256: f.sha256.clone(),
                    bytes: f.bytes,
                })
                .collect(),
            content_hash: p.content_hash.clone(),
            loaded_at: now_rfc3339(),
        };
        let pb = bar(p.statements.len() as u64, &p.dataset);
        // Plain progress lines for logs and scripts, where a bar cannot be drawn.
        let plain = std::env::var("VIGIL_PROGRESS").is_ok_and(|v| v == "plain");
        let dataset = p.dataset.clone();
        let outcome = store
            .load_version(&req, p.statements, &mut |done, total| {
                pb.set_length(total);
                pb.set_position(done);
                if plain {
                    eprintln!("progress {dataset} {done}/{total}");
                }
            })
            .with_context(|| format!("loading dataset {}", p.dataset))?;
        pb.finish_and_clear();
        reports.push(LoadReport {
            dataset: p.dataset,
            format: p.format.name().to_string(),
            records: p.records,
            unchanged: outcome.unchanged,
            version: outcome.version,
            warnings: p.warnings,
            seconds: started.elapsed().as_secs_f64(),
        });
    }
    Ok(reports)
}

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
                "{:28} {:12} {:>6} records {:>7} entities {:>8} statements (+{} -{}; entities +{} -{} ~{}) {:.2}s",
                r.dataset,
                v.version,
                r.records,
                v.entities,
                v.statements,
                v.statements_added,
                v.statements_removed,
                v.entities_added,
                v.entities_removed,
                v.entities_changed,
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

pub fn run(store: &dyn Store, args: &LoadArgs, json: bool) -> Result<()> {
    if args.bundled {
        let reports = load_bundled(store, false)?;
        return print_reports(&reports, json);
    }
    let format = match &args.format {
        Some(name) => Some(Format::from_name(name).with_context(|| {
            let names: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
            format!("unknown --format {name:?}; one of {}", names.join(", "))
        })?),
        None => None,
    };
    for p in &args.paths {
        if !p.exists() {
            bail!("{}: no such file or directory", p.display());
        }
    }
    let sets = vigil_ingest::plan(&args.paths, format)?;
    if sets.is_empty() {
        bail!(
            "no list files found in {}",
            args.paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let parsed = parse_all(&sets, args.dataset.as_deref())?;
    let reports = store_all(store, parsed, args.version.as_deref())?;
    print_reports(&reports, json)
}

const BUNDLED_SDN: &[u8] = include_bytes!("../../../data/bundled/sdn.csv.gz");
const BUNDLED_UN: &[u8] = include_bytes!("../../../data/bundled/un-consolidated.xml.gz");

/// Load the lists compiled into the binary. They go through the same parse and load path as
/// any file, from a temporary directory.
pub fn load_bundled(store: &dyn Store, quiet: bool) -> Result<Vec<LoadReport>> {
    let dir = tempfile::tempdir().context("creating a temporary directory")?;
    let write = |name: &str, bytes: &[u8]| -> Result<PathBuf> {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).with_context(|| format!("writing {}", p.display()))?;
        Ok(p)
    };
    let sdn = write("sdn.csv.gz", BUNDLED_SDN)?;
    let un = write("un-consolidated.xml.gz", BUNDLED_UN)?;
    let mut reports = Vec::new();
    for (path, format, version) in [
        (sdn, Format::OfacCsv, Some("2024-05-03")),
        (un, Format::UnXml, None),
    ] {
        let set = SourceSet {
            format,
            files: vec![path],
        };
        let parsed = parse_all(std::slice::from_ref(&set), None)?;
        reports.extend(store_all(store, parsed, version)?);
    }
    if !quiet {
        return Ok(reports);
    }
    for r in &reports {
        eprintln!(
            "  {} {}: {} entities",
            r.dataset, r.version.version, r.version.entities
        );
    }
    Ok(reports)
}
