//! The audit trail: every screening request and its results, one JSON line each, appended to
//! `audit.log` beside the store. A writer thread groups the records of concurrent requests,
//! writes them and syncs the file before any of those requests is answered, so an answered
//! request is on disk; a crash can at most leave a torn last line, which reading skips and
//! reports.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AuditRecord {
    /// RFC 3339.
    pub time: String,
    /// The key's id, or `anonymous` where reading is public.
    pub key: String,
    pub endpoint: String,
    pub dataset: String,
    /// The request's queries as sent.
    pub query: serde_json::Value,
    /// Every dataset's version the answer used.
    pub versions: serde_json::Value,
    /// What was returned: per query, (id, score, match).
    pub results: serde_json::Value,
}

type Job = (Vec<u8>, tokio::sync::oneshot::Sender<Result<(), String>>);

/// The append-only log; cheap to clone and share.
#[derive(Clone)]
pub struct AuditLog {
    path: PathBuf,
    tx: mpsc::Sender<Job>,
}

impl AuditLog {
    pub fn open(path: &Path) -> std::io::Result<AuditLog> {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        let (tx, rx) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("vigil-audit".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    // Group commit: everything queued while the last sync ran goes in one write.
                    let mut batch = vec![first];
                    while let Ok(more) = rx.try_recv() {
                        batch.push(more);
                    }
                    let mut buf = Vec::new();
                    for (line, _) in &batch {
                        buf.extend_from_slice(line);
                    }
                    let result = file
                        .write_all(&buf)
                        .and_then(|_| file.sync_data())
                        .map_err(|e| e.to_string());
                    for (_, done) in batch {
                        let _ = done.send(result.clone());
                    }
                }
            })?;
        Ok(AuditLog {
            path: path.to_path_buf(),
            tx,
        })
    }

    /// Append a record; returns once it is on disk.
    pub async fn append(&self, rec: &AuditRecord) -> Result<(), String> {
        let mut line = serde_json::to_vec(rec).map_err(|e| e.to_string())?;
        line.push(b'\n');
        let (done, wait) = tokio::sync::oneshot::channel();
        self.tx
            .send((line, done))
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
    let mut torn = 0;
    for line in std::io::BufReader::new(file).split(b'\n') {
        let line = line?;
        if line.is_empty() {
            continue;
        }
        match serde_json::from_slice::<AuditRecord>(&line) {
            Ok(r) if since.is_none_or(|s| r.time.as_str() >= s) => out.push(r),
            Ok(_) => {}
            Err(_) => torn += 1,
        }
    }
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
                log.append(&rec(&format!("2026-11-23T00:00:{:02}Z", i % 60)))
                    .await
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
        let (late, _) = read(&path, Some("2026-11-23T00:00:50")).expect("read");
        assert_eq!(late.len(), 30, "seconds 50-59 of each of three minutes");
    }
}
