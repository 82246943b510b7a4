//! The audit trail: every screening request and its results, one JSON line each, appended to
//! `audit.log` beside the store. A writer thread groups the records of concurrent requests,
//! writes them and syncs the file before any of those requests is answered, so an answered
//! request is on disk; a crash can at most leave a torn last line, which reading skips and
//! reports.
//!
//! The list versions a request used are the same for every request between two loads, and
//! with dozens of list datasets they are most of a record: each distinct set is written once
//! as its own line (`{"versions_id": ..., "versions": {...}}`) and records name it by
//! `versions_id`. [`read`] puts the set back into every record, so readers see whole records.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AuditRecord {
    /// RFC 3339.
    pub time: String,
    /// The key's id, or `anonymous` where reading is public.
    pub key: String,
    pub endpoint: String,
    pub dataset: String,
    /// The request's URL parameters as sent (threshold, limit, dataset and schema filters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub params: Option<String>,
    /// The request's queries as sent.
    pub query: serde_json::Value,
    /// Every dataset's version the answer used.
    pub versions: serde_json::Value,
    /// What was returned: per query, (id, score, match).
    pub results: serde_json::Value,
}

impl AuditRecord {
    /// A record of a screening answered now for `key`, the rest to fill in.
    pub fn answered(key: String) -> AuditRecord {
        AuditRecord {
            time: crate::now(),
            key,
            endpoint: String::new(),
            dataset: String::new(),
            params: None,
            query: serde_json::Value::Null,
            versions: serde_json::Value::Null,
            results: serde_json::Value::Null,
        }
    }
}

/// A record as written: the versions by reference.
#[derive(Serialize)]
struct WrittenRecord<'a> {
    time: &'a str,
    key: &'a str,
    endpoint: &'a str,
    dataset: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    params: Option<&'a str>,
    query: &'a serde_json::Value,
    versions_id: &'a str,
    results: &'a serde_json::Value,
}

/// A line as read: a record (versions inline in logs written before version sets, or by
/// reference) or a version set.
#[derive(Deserialize)]
struct ReadLine {
    time: Option<String>,
    key: Option<String>,
    endpoint: Option<String>,
    dataset: Option<String>,
    params: Option<String>,
    query: Option<serde_json::Value>,
    versions_id: Option<String>,
    versions: Option<serde_json::Value>,
    results: Option<serde_json::Value>,
}

/// The list versions a request used, serialised once and named by a digest of that text.
#[derive(Debug, Clone)]
pub struct VersionSet {
    id: String,
    json: Arc<Vec<u8>>,
}

impl VersionSet {
    pub fn new(versions: &serde_json::Value) -> VersionSet {
        let json = serde_json::to_vec(versions).unwrap_or_else(|_| b"null".to_vec());
        VersionSet {
            id: format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&json)),
            json: Arc::new(json),
        }
    }
}

/// One record to append: its version set (id and JSON) and its own line.
struct Job {
    versions_id: String,
    versions: Arc<Vec<u8>>,
    line: Vec<u8>,
    done: tokio::sync::oneshot::Sender<Result<(), String>>,
}

/// How long the writer may hold a sync for records of requests still being answered.
const LINGER: Duration = Duration::from_millis(1);

/// The append-only log; cheap to clone and share.
#[derive(Clone)]
pub struct AuditLog {
    path: PathBuf,
    tx: mpsc::Sender<Job>,
    /// Audited requests begun and not yet answered (see [`AuditLog::begin`]).
    in_flight: Arc<AtomicUsize>,
}

/// An audited request being answered; counted until dropped.
pub struct InFlight(Arc<AtomicUsize>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl AuditLog {
    pub fn open(path: &Path) -> std::io::Result<AuditLog> {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        let (tx, rx) = mpsc::channel::<Job>();
        let in_flight = Arc::new(AtomicUsize::new(0));
        let answering = in_flight.clone();
        std::thread::Builder::new()
            .name("vigil-audit".into())
            .spawn(move || {
                // Version sets written by this writer; after a restart each is written again
                // before its first use (a repeated set is harmless to readers).
                let mut written: HashSet<String> = HashSet::new();
                while let Ok(first) = rx.recv() {
                    // Group commit: everything queued while the last sync ran goes in one
                    // write, and while other audited requests are still being answered their
                    // records are awaited for up to LINGER: under load a sync per request
                    // costs more CPU than the answers (measured: one sync per 1.1 records).
                    let mut batch = vec![first];
                    let until = Instant::now() + LINGER;
                    loop {
                        while let Ok(more) = rx.try_recv() {
                            batch.push(more);
                        }
                        let now = Instant::now();
                        if batch.len() >= answering.load(Ordering::Relaxed) || now >= until {
                            break;
                        }
                        match rx.recv_timeout(until - now) {
                            Ok(more) => batch.push(more),
                            Err(_) => break,
                        }
                    }
                    let mut buf = Vec::new();
                    let mut new_sets: Vec<&str> = Vec::new();
                    for job in &batch {
                        let id = job.versions_id.as_str();
                        if !written.contains(id) && !new_sets.contains(&id) {
                            new_sets.push(id);
                            buf.extend_from_slice(b"{\"versions_id\":\"");
                            buf.extend_from_slice(job.versions_id.as_bytes());
                            buf.extend_from_slice(b"\",\"versions\":");
                            buf.extend_from_slice(&job.versions);
                            buf.extend_from_slice(b"}\n");
                        }
                        buf.extend_from_slice(&job.line);
                    }
                    let result = file
                        .write_all(&buf)
                        .and_then(|_| file.sync_data())
                        .map_err(|e| e.to_string());
                    if result.is_ok() {
                        written.extend(new_sets.into_iter().map(str::to_string));
                    }
                    for job in batch {
                        let _ = job.done.send(result.clone());
                    }
                }
            })?;
        Ok(AuditLog {
            path: path.to_path_buf(),
            tx,
            in_flight,
        })
    }

    /// Count an audited request as being answered until the guard drops, so the writer can
    /// wait for its record to share a sync with the others'.
    pub fn begin(&self) -> InFlight {
        self.in_flight.fetch_add(1, Ordering::Relaxed);
        InFlight(self.in_flight.clone())
    }

    /// Append a record that used the list versions `versions` (its own `versions` field is
    /// not written); returns once it is on disk.
    pub async fn append(&self, rec: &AuditRecord, versions: &VersionSet) -> Result<(), String> {
        let mut line = serde_json::to_vec(&WrittenRecord {
            time: &rec.time,
            key: &rec.key,
            endpoint: &rec.endpoint,
            dataset: &rec.dataset,
            params: rec.params.as_deref(),
            query: &rec.query,
            versions_id: &versions.id,
            results: &rec.results,
        })
        .map_err(|e| e.to_string())?;
        line.push(b'\n');
        let (done, wait) = tokio::sync::oneshot::channel();
        self.tx
            .send(Job {
                versions_id: versions.id.clone(),
                versions: versions.json.clone(),
                line,
                done,
            })
            .map_err(|_| "the audit writer stopped".to_string())?;
        wait.await
            .map_err(|_| "the audit writer stopped".to_string())?
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Read the log: records at or after `since` (an RFC 3339 prefix), and how many lines were
/// torn (an interrupted last write) and skipped.
pub fn read(path: &Path, since: Option<&str>) -> std::io::Result<(Vec<AuditRecord>, usize)> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((Vec::new(), 0)),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    let mut sets: HashMap<String, serde_json::Value> = HashMap::new();
    let mut torn = 0;
    for line in std::io::BufReader::new(file).split(b'\n') {
        let line = line?;
        if line.is_empty() {
            continue;
        }
        let Ok(l) = serde_json::from_slice::<ReadLine>(&line) else {
            torn += 1;
            continue;
        };
        match (l.time, l.key, l.endpoint, l.dataset) {
            (Some(time), Some(key), Some(endpoint), Some(dataset)) => {
                if since.is_some_and(|s| time.as_str() < s) {
                    continue;
                }
                // Inline versions (older logs) or a set named by id, filled in below.
                let versions = match (l.versions, &l.versions_id) {
                    (Some(v), _) => v,
                    (None, Some(id)) => serde_json::Value::String(id.clone()),
                    (None, None) => serde_json::Value::Null,
                };
                out.push((
                    l.versions_id,
                    AuditRecord {
                        time,
                        key,
                        endpoint,
                        dataset,
                        params: l.params,
                        query: l.query.unwrap_or_default(),
                        versions,
                        results: l.results.unwrap_or_default(),
                    },
                ));
            }
            (None, None, None, None) => match (l.versions_id, l.versions) {
                (Some(id), Some(v)) => {
                    sets.insert(id, v);
                }
                _ => torn += 1,
            },
            _ => torn += 1,
        }
    }
    let out = out
        .into_iter()
        .map(|(id, mut r)| {
            if let Some(set) = id.and_then(|id| sets.get(&id)) {
                r.versions = set.clone();
            }
            r
        })
        .collect();
    Ok((out, torn))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(time: &str) -> AuditRecord {
        AuditRecord {
            time: time.into(),
            key: "k1".into(),
            endpoint: "/match/default".into(),
            dataset: "default".into(),
            params: Some("threshold=0.8&include_dataset=ofac-sdn".into()),
            query: serde_json::json!({"q1": {"schema": "Person"}}),
            versions: serde_json::json!({"ofac-sdn": "2024-05-03"}),
            results: serde_json::json!({"q1": []}),
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_appends_all_land_and_torn_lines_are_skipped() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("audit.log");
        let log = AuditLog::open(&path).expect("open");
        let mut tasks = Vec::new();
        for i in 0..200 {
            let log = log.clone();
            tasks.push(tokio::spawn(async move {
                let r = rec(&format!("2026-11-23T00:00:{:02}Z", i % 60));
                log.append(&r, &VersionSet::new(&r.versions)).await
            }));
        }
        for t in tasks {
            t.await.expect("join").expect("append");
        }
        // A crash mid-write leaves a torn line.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(b"{\"time\":\"2026-11"))
            .expect("tear");
        let (all, torn) = read(&path, None).expect("read");
        assert_eq!((all.len(), torn), (200, 1));
        assert!(all.iter().all(|r| r.versions == rec("").versions));
        // One version set, written once before the records that name it.
        let text = std::fs::read_to_string(&path).expect("log");
        assert_eq!(text.matches("\"ofac-sdn\"").count(), 1);
        assert!(text
            .lines()
            .next()
            .is_some_and(|l| l.starts_with("{\"versions_id\"")));
        let (late, _) = read(&path, Some("2026-11-23T00:00:50")).expect("read");
        assert_eq!(late.len(), 30, "seconds 50-59 of each of three minutes");
    }
}
