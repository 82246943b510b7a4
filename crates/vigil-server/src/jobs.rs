//! Background writes (`POST /ingest`): one worker runs them in order from a bounded queue, a
//! full queue is answered 429, and every job's outcome is kept in `jobs.json` beside the store
//! so it outlives the server. On shutdown the running job finishes and the queued ones are
//! cancelled, each said so in the log and in its record; a job a crash interrupted is marked so
//! at the next start.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{lower_priority, now, release_here, AppState, IngestRequest};

/// Most jobs waiting behind the running one; more are answered 429.
pub const MAX_QUEUED_JOBS: usize = 16;
/// Most finished jobs remembered (the oldest are forgotten first).
const KEPT_JOBS: usize = 1000;

/// A background write.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    pub kind: String,
    pub files: usize,
    pub key: String,
    /// queued, running, rebuilding; then done, partial (some files failed), failed,
    /// cancelled (the server stopped before it ran) or interrupted (the server died while it
    /// ran: a list load is one transaction, so the store has all of it or none).
    pub status: String,
    pub submitted: String,
    pub finished: Option<String>,
    pub result: Option<Value>,
    pub error: Option<String>,
    /// The step under way while running: `{"step", "done", "total"}`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub progress: Option<Value>,
}

impl Job {
    fn is_finished(&self) -> bool {
        !matches!(self.status.as_str(), "queued" | "running" | "rebuilding")
    }
}

/// Why a job could not be queued.
#[derive(Debug)]
pub enum Refused {
    /// The queue is full: try again later.
    Full,
    /// The server is stopping.
    Stopping,
}

/// The queue of background writes and its one worker.
#[derive(Default)]
pub struct JobQueue {
    /// Where job records are kept across restarts; none: memory only (tests).
    file: Option<PathBuf>,
    sender: Mutex<Option<SyncSender<(String, IngestRequest)>>>,
    worker: Mutex<Option<std::thread::JoinHandle<()>>>,
    stopping: AtomicBool,
    /// One writer of the records file at a time (they share its temporary file).
    saving: Mutex<()>,
}

impl JobQueue {
    /// A queue whose job records live in `file` (`jobs.json` beside the store).
    pub fn persistent(file: PathBuf) -> JobQueue {
        JobQueue {
            file: Some(file),
            ..JobQueue::default()
        }
    }
}

/// Change a job's record.
pub(crate) fn set_job(state: &AppState, id: &str, f: impl FnOnce(&mut Job)) {
    if let Some(j) = state
        .jobs
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get_mut(id)
    {
        f(j);
    }
}

/// Change a job's status and keep the records on disk.
fn set_status(state: &AppState, id: &str, f: impl FnOnce(&mut Job)) {
    set_job(state, id, f);
    save(state);
}

/// End a job with its status, and why where it did not succeed; its progress is cleared.
fn end_job(state: &AppState, id: &str, status: &str, error: Option<String>) {
    set_status(state, id, |j| {
        j.status = status.into();
        j.error = error;
        j.finished = Some(now());
        j.progress = None;
    });
}

/// Write every job record to the queue's file (0600, replaced by rename), keeping the newest
/// [`KEPT_JOBS`] finished ones.
fn save(state: &AppState) {
    let Some(path) = &state.queue.file else {
        return;
    };
    let _saving = state.queue.saving.lock().unwrap_or_else(|p| p.into_inner());
    let bytes = {
        let mut jobs = state.jobs.lock().unwrap_or_else(|p| p.into_inner());
        let finished: Vec<(String, String)> = jobs
            .values()
            .filter(|j| j.is_finished())
            .map(|j| (j.finished.clone().unwrap_or_default(), j.id.clone()))
            .collect();
        if finished.len() > KEPT_JOBS {
            let mut by_age = finished;
            by_age.sort();
            for (_, id) in by_age.iter().take(by_age.len() - KEPT_JOBS) {
                jobs.remove(id);
            }
        }
        serde_json::to_vec(&*jobs).unwrap_or_default()
    };
    if let Err(e) = vigil_store::private::replace(path, &bytes) {
        eprintln!("vigil: keeping the job records in {}: {e}", path.display());
    }
}

impl AppState {
    /// Read the job records kept by an earlier run. A job that was queued or running then was
    /// cut short by a crash or kill: it is marked interrupted (and logged), never left queued.
    pub fn restore_jobs(&self) -> std::io::Result<()> {
        let Some(path) = &self.queue.file else {
            return Ok(());
        };
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mut kept: BTreeMap<String, Job> = serde_json::from_slice(&bytes).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{}: not a job file: {e}", path.display()),
            )
        })?;
        for j in kept.values_mut().filter(|j| !j.is_finished()) {
            eprintln!(
                "vigil: job {} ({} {} file(s)) was {} when the server stopped: marked interrupted",
                j.id, j.kind, j.files, j.status
            );
            j.error = Some(format!(
                "interrupted: the server stopped while the job was {}; a write is one transaction, so the store has all of it or none of it (see /datasets); submit it again if it is missing",
                j.status
            ));
            j.status = "interrupted".into();
            j.finished = Some(now());
            j.progress = None;
        }
        self.jobs
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend(kept);
        save(self);
        Ok(())
    }

    /// Stop taking jobs, cancel the queued ones and wait for the running one to finish.
    pub fn stop_jobs(&self) {
        self.queue.stopping.store(true, Ordering::SeqCst);
        drop(
            self.queue
                .sender
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take(),
        );
        let worker = self
            .queue
            .worker
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(w) = worker {
            let _ = w.join();
        }
    }
}

/// Queue a job (its record already made by the caller) for the worker, starting the worker
/// on first use.
pub(crate) fn submit(state: &Arc<AppState>, job: Job, req: IngestRequest) -> Result<(), Refused> {
    let id = job.id.clone();
    let mut sender = state.queue.sender.lock().unwrap_or_else(|p| p.into_inner());
    if state.queue.stopping.load(Ordering::SeqCst) {
        return Err(Refused::Stopping);
    }
    if sender.is_none() {
        let (tx, rx) = sync_channel(MAX_QUEUED_JOBS);
        let st = state.clone();
        let handle = std::thread::Builder::new()
            .name("vigil-jobs".into())
            .spawn(move || work(&st, rx))
            .map_err(|_| Refused::Stopping)?;
        *state.queue.worker.lock().unwrap_or_else(|p| p.into_inner()) = Some(handle);
        *sender = Some(tx);
    }
    state
        .jobs
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id.clone(), job);
    let queued = match sender.as_ref() {
        Some(tx) => tx.try_send((id.clone(), req)),
        None => return Err(Refused::Stopping),
    };
    match queued {
        Ok(()) => {
            drop(sender);
            save(state);
            Ok(())
        }
        Err(e) => {
            state
                .jobs
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&id);
            Err(match e {
                TrySendError::Full(_) => Refused::Full,
                TrySendError::Disconnected(_) => Refused::Stopping,
            })
        }
    }
}

/// The worker: jobs one at a time, in order; once the server is stopping, the rest are
/// cancelled rather than run.
fn work(state: &Arc<AppState>, jobs: Receiver<(String, IngestRequest)>) {
    while let Ok((id, req)) = jobs.recv() {
        if state.queue.stopping.load(Ordering::SeqCst) {
            eprintln!("vigil: job {id} cancelled: the server is stopping");
            end_job(
                state,
                &id,
                "cancelled",
                Some("cancelled: the server stopped before the job ran; submit it again".into()),
            );
            continue;
        }
        run(state, &id, &req);
    }
}

/// The status a finished job gets from its summary: `partial` when some of its files failed,
/// `failed` when all did.
fn outcome_status(summary: &Value) -> (&'static str, Option<String>) {
    let Some(files) = summary.get("files").and_then(Value::as_array) else {
        return ("done", None);
    };
    let failed: Vec<&Value> = files
        .iter()
        .filter(|f| f.get("error").is_some_and(|e| !e.is_null()))
        .collect();
    match failed.len() {
        0 => ("done", None),
        n if n == files.len() => (
            "failed",
            Some(format!("all {n} file(s) failed; see result.files")),
        ),
        n => (
            "partial",
            Some(format!(
                "{n} of {} file(s) failed; see result.files",
                files.len()
            )),
        ),
    }
}

/// Run one job: the write, then the new index and graph, swapped in for readers.
fn run(st: &Arc<AppState>, job_id: &str, req: &IngestRequest) {
    let Some(ingestor) = st.ingestor.clone() else {
        end_job(
            st,
            job_id,
            "failed",
            Some("this server does not write".into()),
        );
        return;
    };
    let _write = st.write_lock.lock().unwrap_or_else(|p| p.into_inner());
    set_status(st, job_id, |j| j.status = "running".into());
    // The write and the rebuild run on one thread of lowered priority: screening keeps
    // the cores it needs while a load runs.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .start_handler(|_| lower_priority())
        .build();
    let exec = |f: &mut (dyn FnMut() + Send)| match &pool {
        Ok(p) => p.install(f),
        Err(_) => f(),
    };
    // A watcher copies the ingestor's progress into the job until the job ends.
    let watching = Arc::new(AtomicBool::new(true));
    let watcher = {
        let (st, ingestor, job_id, watching) = (
            st.clone(),
            ingestor.clone(),
            job_id.to_string(),
            watching.clone(),
        );
        std::thread::spawn(move || {
            while watching.load(Ordering::Relaxed) {
                if let Some(p) = ingestor.progress() {
                    set_job(&st, &job_id, |j| {
                        if j.finished.is_none() {
                            j.progress = Some(p)
                        }
                    });
                }
                std::thread::sleep(std::time::Duration::from_millis(200));
            }
        })
    };
    let mut outcome = Err(String::new());
    exec(&mut || outcome = ingestor.ingest(req));
    match outcome {
        Ok(summary) => {
            let (status, error) = outcome_status(&summary);
            set_status(st, job_id, |j| {
                j.status = "rebuilding".into();
                j.result = Some(summary);
            });
            // Readers keep the old index and graph until the new ones are swapped in.
            let mut built = Err(String::new());
            exec(&mut || built = ingestor.derived());
            match built {
                Ok((index, graph)) => {
                    install_derived(st, index, graph);
                    // On the low-priority thread, before the job is said done.
                    exec(&mut || {
                        let _ = st.warm_discrepancies();
                    });
                    end_job(st, job_id, status, error);
                }
                Err(e) => end_job(
                    st,
                    job_id,
                    "failed",
                    Some(format!("written, but rebuilding the index failed: {e}")),
                ),
            }
        }
        Err(e) => end_job(st, job_id, "failed", Some(e)),
    }
    watching.store(false, Ordering::Relaxed);
    let _ = watcher.join();
}

/// Swap a freshly built index and graph in (readers keep the old ones until then) and
/// re-read the dataset versions. Freeing the old ones is the caller's thread's work, not a
/// request's.
pub(crate) fn install_derived(st: &AppState, index: vigil_index::Index, graph: vigil_graph::Graph) {
    let old_index = std::mem::replace(
        &mut *st.index.write().unwrap_or_else(|p| p.into_inner()),
        Arc::new(index),
    );
    let old_graph = st
        .graph
        .write()
        .unwrap_or_else(|p| p.into_inner())
        .replace(Arc::new(graph));
    st.entity_cache.clear();
    release_here(old_index);
    if let Some(g) = old_graph {
        release_here(g);
    }
    let _ = st.refresh_versions();
}
