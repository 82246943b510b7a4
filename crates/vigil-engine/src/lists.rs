//! Watchlists into the store: every file parsed before anything is written, one transaction
//! per load, identical re-loads writing nothing, and a load that would remove more than half
//! of a dataset refused unless the caller says the list really shrank.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;
use vigil_ingest::{Format, Parsed, SourceSet};
use vigil_store::{SourceFile, Store, VersionRequest};

use crate::{now_rfc3339, today, Engine, EngineError, Result, ResultExt};
const BUNDLED_SDN: &[u8] = include_bytes!("../../../data/bundled/sdn.csv.gz");
const BUNDLED_UN: &[u8] = include_bytes!("../../../data/bundled/un-consolidated.xml.gz");

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
    let Some(prev) = store.versions(&p.dataset).ctx("reading the store")?.pop() else {
        return Ok(());
    };
    let mut ids: Vec<&str> = p.statements.iter().map(|s| s.entity_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let new = ids.len() as u64;
    if new * 2 < prev.entities {
        return Err(EngineError::refused(format!(
            "{}: this load has {new} entities against {} in version {}, so it would remove {} of them: refusing a shrink of more than half, which is usually a partial file (if the list really shrank, {override_with} loads it)",
            p.dataset,
            prev.entities,
            prev.version,
            prev.entities - new
        )));
    }
    Ok(())
}

/// The lists to load from files or directories: every path must exist, and some list file
/// must be among them.
pub fn plan(paths: &[PathBuf], format: Option<Format>) -> Result<Vec<SourceSet>> {
    for p in paths {
        if !p.exists() {
            return Err(EngineError::refused(format!(
                "{}: no such file or directory",
                p.display()
            )));
        }
    }
    let sets = vigil_ingest::plan(paths, format)?;
    if sets.is_empty() {
        return Err(EngineError::refused(format!(
            "no list files found in {}",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    Ok(sets)
}

impl Engine {
    /// Parse all sets, in parallel; any failure aborts with nothing written (the first failing
    /// set in command-line order is reported).
    pub fn parse_all(&self, sets: &[SourceSet], dataset: Option<&str>) -> Result<Vec<Parsed>> {
        use rayon::prelude::*;
        if dataset.is_some() && sets.len() > 1 {
            return Err(EngineError::refused(format!(
                "--dataset names one dataset, but these files make {} separate sources",
                sets.len()
            )));
        }
        let pb = self.progress.bar(
            sets.len() as u64,
            "parsing",
            "{msg} [{bar:30}] {pos}/{len} sources",
        );
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
        let mut out: Vec<Parsed> = Vec::with_capacity(results.len());
        for r in results {
            out.push(r.ctx("nothing was loaded")?);
        }
        // Two sources of one dataset in one load (two OFAC sets under a folder of lists):
        // which is the version? The user says, by loading one.
        for (i, p) in out.iter().enumerate() {
            if let Some(q) = out[..i].iter().find(|q| q.dataset == p.dataset) {
                let files = |x: &Parsed| {
                    x.files
                        .iter()
                        .map(|f| f.path.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                return Err(EngineError::refused(format!(
                    "two sources of dataset {:?} in one load: {} and {}; load one of them (nothing was loaded)",
                    p.dataset,
                    files(q),
                    files(p)
                )));
            }
        }
        Ok(out)
    }

    /// Record parsed sources in the store in one transaction: every dataset version or none.
    pub fn store_all(
        &self,
        parsed: Vec<Parsed>,
        version: Option<&str>,
        shrink_guard: ShrinkGuard,
    ) -> Result<Vec<LoadReport>> {
        if let ShrinkGuard::Refuse { override_with } = shrink_guard {
            for p in &parsed {
                refuse_shrink(self.store(), p, override_with)?;
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
                    // No date in the file and none given: the label says it is the load
                    // day, not a publication date (`published` stays empty).
                    .unwrap_or_else(|| format!("load-{}", today())),
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
        let pb = self.progress.bar(
            total,
            "writing",
            "{msg:24} [{bar:30}] {pos}/{len} statements ({per_sec}, {eta})",
        );
        // Plain progress lines for logs and scripts, where a bar cannot be drawn.
        let plain = self.progress.plain();
        let mut finished_before = 0u64;
        let mut current = String::new();
        let mut current_total = 0u64;
        let outcomes = self
            .store()
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
            .ctx("writing to the store (nothing of this load was kept)")?;
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

    /// Load the lists compiled into the binary. They go through the same parse and load path as
    /// any file, from a temporary directory.
    pub fn load_bundled(&self, quiet: bool) -> Result<Vec<LoadReport>> {
        let dir = tempfile::tempdir().ctx("creating a temporary directory")?;
        let write = |name: &str, bytes: &[u8]| -> Result<PathBuf> {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).with_ctx(|| format!("writing {}", p.display()))?;
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
            let parsed = self.parse_all(std::slice::from_ref(&set), None)?;
            reports.extend(self.store_all(parsed, version, ShrinkGuard::Allow)?);
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
}
