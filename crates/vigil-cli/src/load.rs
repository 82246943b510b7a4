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
    /// Load even when a dataset would lose more than half of its entities (a list that
    /// really shrank); without it such a load is refused, since it is usually a partial file.
    #[arg(long)]
    pub allow_shrink: bool,
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
    /// Time to write the whole load (all datasets of the command share one transaction).
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
    crate::track(pb)
}

pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn today() -> String {
    now_rfc3339().chars().take(10).collect()
}

/// Parse all sets, in parallel; any failure aborts with nothing written (the first failing
/// set in command-line order is reported).
pub fn parse_all(sets: &[SourceSet], dataset: Option<&str>) -> Result<Vec<Parsed>> {
    use rayon::prelude::*;
    if dataset.is_some() && sets.len() > 1 {
        bail!(
            "--dataset names one dataset, but these files make {} separate sources",
            sets.len()
        );
    }
    let pb = ProgressBar::with_draw_target(Some(sets.len() as u64), ProgressDrawTarget::stderr());
    pb.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} sources")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    pb.set_message("parsing");
    let pb = crate::track(pb);
    pb.enable_steady_tick(Duration::from_millis(200));
    let results: Vec<Result<Parsed, vigil_ingest::IngestError>> = sets
        .par_iter()
        .map(|set| {
            let r = vigil_ingest::parse(set, dataset);
            pb.inc(1);
            r
        })
        .collect();
    pb.finish_and_clear();
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        out.push(r.context("nothing was loaded")?);
    }
    Ok(out)
}

/// Record parsed sources in the store in one transaction: every dataset version or none.
pub fn store_all(
    store: &dyn Store,
    parsed: Vec<Parsed>,
    version: Option<&str>,
    shrink_guard: ShrinkGuard,
) -> Result<Vec<LoadReport>> {
    if let ShrinkGuard::Refuse { override_with } = shrink_guard {
        for p in &parsed {
            refuse_shrink(store, p, override_with)?;
        }
    }
    let started = Instant::now();
    let total: u64 = parsed.iter().map(|p| p.statements.len() as u64).sum();
    let mut meta = Vec::with_capacity(parsed.len());
    let mut loads = Vec::with_capacity(parsed.len());
    for p in parsed {
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
            mode: vigil_store::LoadMode::Replace,
        };
        meta.push((p.dataset, p.format, p.records, p.warnings));
        loads.push((req, p.statements));
    }
    let pb = bar(total, "writing");
    // Plain progress lines for logs and scripts, where a bar cannot be drawn.
    let plain = std::env::var("VIGIL_PROGRESS").is_ok_and(|v| v == "plain");
    let mut finished_before = 0u64;
    let mut current = String::new();
    let mut current_total = 0u64;
    let outcomes = store
        .load_versions(loads, &mut |dataset, done, ds_total| {
            if dataset != current {
                finished_before += current_total;
                current = dataset.to_string();
                pb.set_message(current.clone());
            }
            current_total = ds_total;
            pb.set_position(finished_before + done);
            if plain {
                eprintln!("progress {dataset} {done}/{ds_total}");
            }
        })
        .context("writing to the store (nothing of this load was kept)")?;
    pb.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    Ok(meta
        .into_iter()
        .zip(outcomes)
        .map(
            |((dataset, format, records, warnings), outcome)| LoadReport {
                dataset,
                format: format.name().to_string(),
                records,
                unchanged: outcome.unchanged,
                version: outcome.version,
                warnings,
                seconds,
            },
        )
        .collect())
}

/// Whether a load may remove more than half of a dataset's entities.
#[derive(Debug, Clone, Copy)]
pub enum ShrinkGuard {
    Allow,
    /// Refuse, naming the flag or field that would allow it.
    Refuse {
        override_with: &'static str,
    },
}

impl ShrinkGuard {
    pub fn allow_if(allowed: bool, override_with: &'static str) -> ShrinkGuard {
        if allowed {
            ShrinkGuard::Allow
        } else {
            ShrinkGuard::Refuse { override_with }
        }
    }
}

/// A valid but partial file (a truncated download, one line of a list) would silently
/// de-list everyone it lacks: a load that keeps fewer than half of a dataset's entities is
/// refused unless the caller says it means it.
fn refuse_shrink(store: &dyn Store, p: &Parsed, override_with: &str) -> Result<()> {
    let Some(prev) = store
        .versions(&p.dataset)
        .context("reading the store")?
        .pop()
    else {
        return Ok(());
    };
    let mut ids: Vec<&str> = p.statements.iter().map(|s| s.entity_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let new = ids.len() as u64;
    if new * 2 < prev.entities {
        bail!(
            "{}: this load has {new} entities against {} in version {}, so it would remove {} of them: refusing a shrink of more than half, which is usually a partial file (if the list really shrank, {override_with} loads it)",
            p.dataset,
            prev.entities,
            prev.version,
            prev.entities - new
        );
    }
    Ok(())
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

pub fn run(store: &dyn Store, args: &LoadArgs, json: bool) -> Result<()> {
    if args.bundled {
        let reports = load_bundled(store, false)?;
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
    let guard = ShrinkGuard::allow_if(args.allow_shrink, "--allow-shrink");
    let reports = store_all(store, parsed, args.version.as_deref(), guard)?;
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
        reports.extend(store_all(store, parsed, version, ShrinkGuard::Allow)?);
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
