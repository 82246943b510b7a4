//! Files sent over HTTP (`POST /ingest`) through the same workflows as files on disk: staged
//! under the store's directory (0700, emptied at start), read from there, and named in errors
//! and version records as the client sent them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::lists::ShrinkGuard;
use crate::{Engine, EngineError, PageArgs, Result, ResultExt};

/// What `POST /ingest` asks for: report pages or list files, as text.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct IngestRequest {
    /// `reports` (news pages, text or HTML) or `lists` (watchlist files).
    pub kind: String,
    pub files: Vec<IngestFile>,
    /// Reports: the outlet; lists: ignored.
    #[serde(default)]
    pub source: Option<String>,
    /// Reports: publication date.
    #[serde(default)]
    pub published: Option<String>,
    /// Lists: the version label.
    #[serde(default)]
    pub version: Option<String>,
    /// Lists: the format, when the file names do not tell.
    #[serde(default)]
    pub format: Option<String>,
    /// Lists: load even when a dataset would lose more than half of its entities.
    #[serde(default)]
    pub allow_shrink: bool,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct IngestFile {
    pub name: String,
    pub content: String,
}

impl Engine {
    /// The staging directory (0700) under the store's, emptied of what a crash left there.
    pub fn reset_staging(&self) -> Result<PathBuf> {
        let dir = self.dir.join("staging");
        if dir.exists() {
            std::fs::remove_dir_all(&dir)
                .with_ctx(|| format!("removing uploads left in {}", dir.display()))?;
        }
        vigil_store::private::dir(&dir).with_ctx(|| format!("creating {}", dir.display()))?;
        Ok(dir)
    }

    fn stage(&self, req: &IngestRequest) -> Result<tempfile::TempDir> {
        let staging = self.dir.join("staging");
        if !staging.exists() {
            self.reset_staging()?;
        }
        let dir = tempfile::Builder::new()
            .prefix("upload-")
            .tempdir_in(&staging)
            .ctx("creating a staging directory")?;
        for f in &req.files {
            std::fs::write(dir.path().join(&f.name), &f.content)
                .with_ctx(|| format!("staging {}", f.name))?;
        }
        Ok(dir)
    }

    /// Write an upload into the store (one transaction) and say what was written; an error
    /// names the files as sent, never the staging directory.
    pub fn ingest_request(
        &self,
        req: &IngestRequest,
    ) -> std::result::Result<serde_json::Value, String> {
        self.clear_progress();
        let dir = self.stage(req).map_err(|e| e.chain())?;
        // Errors name the file as the client sent it, not where it was staged.
        let staged = format!("{}/", dir.path().display());
        let mut summary = self
            .load_staged(req, dir.path())
            .map_err(|e| e.chain().replace(&staged, ""))?;
        // The watched subjects screened against what it changed (a failure here is said, but
        // the upload was written: the next load or ingest screens what this one missed).
        let watched = self.watch_catch_up();
        if let Some(o) = summary.as_object_mut() {
            match watched {
                Ok(alerts) => o.insert("alerts".into(), alerts.len().into()),
                Err(e) => o.insert("alerts_error".into(), e.chain().into()),
            };
        }
        // Per-file outcomes too.
        if let Some(files) = summary
            .get_mut("files")
            .and_then(serde_json::Value::as_array_mut)
        {
            for f in files {
                if let Some(name) = f.get("file").and_then(|n| n.as_str()) {
                    let name = name.replace(&staged, "");
                    f["file"] = serde_json::Value::String(name);
                }
            }
        }
        Ok(summary)
    }

    fn load_staged(&self, req: &IngestRequest, dir: &Path) -> Result<serde_json::Value> {
        match req.kind.as_str() {
            "reports" => {
                let args = PageArgs {
                    paths: vec![dir.to_path_buf()],
                    source: req.source.clone(),
                    published: req.published.clone(),
                    dataset: vigil_link::REPORTS_DATASET.into(),
                    items: Default::default(),
                };
                let done = self.ingest_pages(&args)?;
                Ok(done.to_json(&args.dataset))
            }
            _ => {
                let format = match &req.format {
                    Some(name) => {
                        Some(vigil_ingest::Format::from_name(name).ok_or_else(|| {
                            EngineError::refused(format!("unknown format {name:?}"))
                        })?)
                    }
                    None => None,
                };
                let sets = vigil_ingest::plan(&[dir.to_path_buf()], format)?;
                if sets.is_empty() {
                    return Err(EngineError::refused("no list files among the files sent"));
                }
                let mut parsed = self.parse_all(&sets, None)?;
                // The version records name the files as sent ("received via /ingest"), not
                // the staging directory, which is gone once the job ends.
                for p in &mut parsed {
                    for f in &mut p.files {
                        if let Ok(name) = f.path.strip_prefix(dir) {
                            f.path = Path::new("ingest").join(name);
                        }
                    }
                }
                let reports = self.store_all(
                    parsed,
                    req.version.as_deref(),
                    ShrinkGuard::allow_if(req.allow_shrink, "\"allow_shrink\": true"),
                )?;
                // Reports read before this list are linked to it now, as after `vigil load`.
                if reports.iter().any(|r| !r.unchanged) {
                    self.relink_all()?;
                }
                serde_json::to_value(&reports).ctx("summarising the load")
            }
        }
    }
}
