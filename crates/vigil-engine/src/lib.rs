//! The workflows vigil runs over a store, whichever front-end asks: loading lists (with
//! their guards), reading reports into it, the derived screening index and network graph, and
//! the writes `POST /ingest` queues. The CLI parses arguments and prints; the server routes
//! and answers; both call this. It takes any [`Store`], never a concrete backend.

mod derived;
mod errors;
pub mod export;
pub mod feeds;
mod journal;
pub mod judgements;
pub mod lists;
pub mod network;
mod progress;
pub mod reports;
pub mod screening;
pub mod upload;
pub mod watch;
pub mod webhooks;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use vigil_store::Store;

pub use errors::{EngineError, ResultExt};
pub use judgements::{Author, Recorded};
pub use lists::{LoadReport, ShrinkGuard};
pub use progress::Draw;
pub use reports::{FileOutcome, Ingested, PageArgs, Relinked};
pub use upload::{IngestFile, IngestRequest};

pub type Result<T, E = EngineError> = std::result::Result<T, E>;

/// A store and the place beside it where derived caches (`index.bin`, `graph.bin`) and staged
/// uploads live.
pub struct Engine {
    store: Arc<dyn Store>,
    dir: PathBuf,
    progress: progress::Hub,
    /// The trained pipeline report reading uses with its rules, if one is set.
    reader_model: std::sync::RwLock<Option<Arc<vigil_spacy::Pipeline>>>,
}

impl Engine {
    /// An engine over `store`, keeping its caches in `dir`; progress bars drawn on a terminal
    /// or kept only for [`Engine::progress`] to report.
    pub fn new(store: Arc<dyn Store>, dir: &Path, draw: Draw) -> Engine {
        Engine {
            store,
            dir: dir.to_path_buf(),
            progress: progress::Hub::new(draw),
            reader_model: std::sync::RwLock::new(None),
        }
    }

    /// Read reports with this trained pipeline as well as the rules (None: rules only).
    pub fn set_reader_model(&self, model: Option<Arc<vigil_spacy::Pipeline>>) {
        if let Ok(mut slot) = self.reader_model.write() {
            *slot = model;
        }
    }

    /// The pipeline report reading uses, if any.
    pub fn reader_model(&self) -> Option<Arc<vigil_spacy::Pipeline>> {
        self.reader_model.read().ok().and_then(|m| m.clone())
    }

    pub fn store(&self) -> &dyn Store {
        self.store.as_ref()
    }

    pub fn store_arc(&self) -> Arc<dyn Store> {
        self.store.clone()
    }

    /// The directory of the store's caches and staging.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The step under way, if one is: its message, position and length.
    pub fn progress(&self) -> Option<(String, u64, Option<u64>)> {
        self.progress.current()
    }

    /// Forget the step under way (a new job starts).
    pub fn clear_progress(&self) {
        self.progress.clear();
    }

    /// A progress bar over `len` items on stderr (drawn only on a terminal), made the step
    /// under way.
    pub fn progress_bar(&self, len: u64, msg: &str) -> indicatif::ProgressBar {
        self.progress.bar(
            len,
            msg,
            "{msg:20} [{bar:30}] {pos}/{len} ({per_sec}, {eta})",
        )
    }
}

/// Now, RFC 3339.
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

fn today() -> String {
    now_rfc3339().chars().take(10).collect()
}
