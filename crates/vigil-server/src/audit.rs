//! The audit trail: every screening request and its results, one JSON line each, appended to
//! `audit.log` beside the store. A writer thread groups the records of concurrent requests,
//! writes them and syncs the file before any of those requests is answered, so an answered
//! request is on disk; a crash can at most leave a torn last line, which reading skips and
//! reports. A failed write (a full disk) may leave half a line: the next write first cuts the
//! file back to the last whole line, so no later record is glued onto it and lost, and opening
//! the log does the same for a crash's torn tail.
//!
//! Every line carries `prev`, the SHA-256 of the line before it (empty for the first), so an
//! edited, inserted or deleted line breaks the chain: [`verify`] finds the first such line.
//! Reading tells a torn last line (a crash) from a damaged line in the middle of the file.
//!
//! The list versions a request used are the same for every request between two loads, and
//! with dozens of list datasets they are most of a record: each distinct set is written once
//! as its own line (`{"versions_id": ..., "versions": {...}}`) and records name it by
//! `versions_id`. [`read`] puts the set back into every record, so readers see whole records.

use std::collections::{HashMap, HashSet};
use std::io::Write;
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

/// A record as written: the versions by reference, after the hash of the line before.
#[derive(Serialize)]
struct WrittenRecord<'a> {
    prev: &'a str,
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
    prev: Option<String>,
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

/// One record to append: its version set (id and JSON) and its record, whose line is made by
/// the writer (it alone knows the hash of the line before).
struct Job {
    versions_id: String,
    versions: Arc<Vec<u8>>,
    record: AuditRecord,
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

/// The hash a line's successor names in `prev`.
fn line_hash(line: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(line);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Add a line to a batch; `chain` becomes its hash, the next line's `prev`.
fn push_line(buf: &mut Vec<u8>, chain: &mut String, line: Vec<u8>) {
    *chain = line_hash(&line);
    buf.extend_from_slice(&line);
    buf.push(b'\n');
}

/// Where the audit file is written: a real file, or in tests one that fails on demand.
pub trait AuditFile: Send + 'static {
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()>;
    /// Cut the file back to `len` bytes (a failed append may have left part of its bytes).
    fn truncate(&mut self, len: u64) -> std::io::Result<()>;
}

impl AuditFile for std::fs::File {
    fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.write_all(bytes)?;
        self.sync_data()
    }
    fn truncate(&mut self, len: u64) -> std::io::Result<()> {
        self.set_len(len)?;
        self.sync_data()
    }
}

/// The end of the last whole line of `path` and that line's hash: a torn tail (a crash
/// mid-write) is cut off from there. Reads backwards from the end, so opening a long log does
/// not read all of it.
fn last_whole_line(file: &mut std::fs::File) -> std::io::Result<(u64, String)> {
    use std::io::{Read, Seek, SeekFrom};
    let len = file.metadata()?.len();
    let mut window = 64 * 1024u64;
    loop {
        let start = len.saturating_sub(window);
        file.seek(SeekFrom::Start(start))?;
        let mut tail = Vec::with_capacity((len - start) as usize);
        file.read_to_end(&mut tail)?;
        // The end of the last whole line, then the start of that line.
        let end = tail.iter().rposition(|&b| b == b'\n');
        let begin = end.and_then(|e| tail[..e].iter().rposition(|&b| b == b'\n'));
        match (end, begin) {
            (Some(e), Some(b)) => return Ok((start + e as u64 + 1, line_hash(&tail[b + 1..e]))),
            (Some(e), None) if start == 0 => return Ok((e as u64 + 1, line_hash(&tail[..e]))),
            (None, _) if start == 0 => return Ok((0, String::new())),
            _ => window *= 4,
        }
    }
}

impl AuditLog {
    pub fn open(path: &Path) -> std::io::Result<AuditLog> {
        let mut file = vigil_store::private::file(path, true)?;
        let (good_len, head) = last_whole_line(&mut file)?;
        if good_len < file.metadata()?.len() {
            file.truncate(good_len)?;
        }
        AuditLog::with_file(path, file, good_len, head)
    }

    /// A log writing to `file`, `good_len` bytes of whole lines long, whose last line hashes
    /// to `head`.
    pub fn with_file(
        path: &Path,
        mut file: impl AuditFile,
        mut good_len: u64,
        mut head: String,
    ) -> std::io::Result<AuditLog> {
        let (tx, rx) = mpsc::channel::<Job>();
        let in_flight = Arc::new(AtomicUsize::new(0));
        let answering = in_flight.clone();
        std::thread::Builder::new()
            .name("vigil-audit".into())
            .spawn(move || {
                // Version sets written by this writer; after a restart each is written again
                // before its first use (a repeated set is harmless to readers).
                let mut written: HashSet<String> = HashSet::new();
                // A write failed: what it left past `good_len` must go before the next.
                let mut dirty = false;
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
                    let mut chain = head.clone();
                    let mut new_sets: Vec<&str> = Vec::new();
                    let mut failure = None;
                    for job in &batch {
                        let id = job.versions_id.as_str();
                        if !written.contains(id) && !new_sets.contains(&id) {
                            new_sets.push(id);
                            let mut line = Vec::new();
                            line.extend_from_slice(b"{\"prev\":\"");
                            line.extend_from_slice(chain.as_bytes());
                            line.extend_from_slice(b"\",\"versions_id\":\"");
                            line.extend_from_slice(job.versions_id.as_bytes());
                            line.extend_from_slice(b"\",\"versions\":");
                            line.extend_from_slice(&job.versions);
                            line.extend_from_slice(b"}");
                            push_line(&mut buf, &mut chain, line);
                        }
                        let rec = &job.record;
                        let prev = chain.clone();
                        match serde_json::to_vec(&WrittenRecord {
                            prev: &prev,
                            time: &rec.time,
                            key: &rec.key,
                            endpoint: &rec.endpoint,
                            dataset: &rec.dataset,
                            params: rec.params.as_deref(),
                            query: &rec.query,
                            versions_id: &job.versions_id,
                            results: &rec.results,
                        }) {
                            Ok(line) => push_line(&mut buf, &mut chain, line),
                            Err(e) => failure = Some(e.to_string()),
                        }
                    }
                    let result = match failure {
                        Some(e) => Err(e),
                        None => {
                            let repaired = if dirty {
                                file.truncate(good_len)
                            } else {
                                Ok(())
                            };
                            repaired
                                .and_then(|()| file.append(&buf))
                                .map_err(|e| e.to_string())
                        }
                    };
                    match &result {
                        Ok(()) => {
                            dirty = false;
                            good_len += buf.len() as u64;
                            head = chain;
                            written.extend(new_sets.into_iter().map(str::to_string));
                        }
                        Err(_) => dirty = true,
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
        let (done, wait) = tokio::sync::oneshot::channel();
        self.tx
            .send(Job {
                versions_id: versions.id.clone(),
                versions: versions.json.clone(),
                record: rec.clone(),
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

/// What reading the log found.
#[derive(Debug, Default, Serialize)]
pub struct AuditRead {
    pub records: Vec<AuditRecord>,
    /// 1 when the last line is incomplete: a write a crash interrupted (its request was never
    /// answered). Skipped.
    pub torn: usize,
    /// Lines in the middle of the file that are not audit lines: damage, not a crash. Skipped
    /// and named by line number; `vigil audit --verify` says more.
    pub damaged_lines: Vec<u64>,
}

/// The log's lines, numbered from 1, without their line ends; `torn` is set when the last has
/// no line end.
/// Visit the log's lines, numbered from 1, without their line ends, reading as it goes:
/// `torn` is true for a last line that has no line end (a write a crash cut short). Blank
/// lines are passed over; `visit` returns false to stop. False when there is no log.
fn each_line(
    path: &Path,
    mut visit: impl FnMut(u64, &[u8], bool) -> bool,
) -> std::io::Result<bool> {
    use std::io::BufRead;
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    let mut reader = std::io::BufReader::new(file);
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(true);
        }
        n += 1;
        let torn = line.last() != Some(&b'\n');
        if !torn {
            line.pop();
        }
        if !line.is_empty() && !visit(n, &line, torn) {
            return Ok(true);
        }
    }
}

/// Read the log: records at or after `since` (an RFC 3339 prefix), a torn last line, and any
/// damaged lines.
pub fn read(path: &Path, since: Option<&str>) -> std::io::Result<AuditRead> {
    let mut out = Vec::new();
    let mut sets: HashMap<String, serde_json::Value> = HashMap::new();
    let mut read = AuditRead::default();
    each_line(path, |n, line, torn| {
        let parsed = serde_json::from_slice::<ReadLine>(line).ok();
        let mut bad = || {
            if torn {
                read.torn += 1;
            } else {
                read.damaged_lines.push(n);
            }
        };
        let Some(l) = parsed else {
            bad();
            return true;
        };
        match (l.time, l.key, l.endpoint, l.dataset) {
            (Some(time), Some(key), Some(endpoint), Some(dataset)) => {
                if since.is_some_and(|s| time.as_str() < s) {
                    return true;
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
                _ => bad(),
            },
            _ => bad(),
        }
        true
    })?;
    read.records = out
        .into_iter()
        .map(|(id, mut r)| {
            if let Some(set) = id.and_then(|id| sets.get(&id)) {
                r.versions = set.clone();
            }
            r
        })
        .collect();
    Ok(read)
}

/// What checking the chain of line hashes found.
#[derive(Debug, Default, Serialize)]
pub struct Verification {
    /// Whole lines checked.
    pub lines: u64,
    /// Lines written before lines were chained (older logs): they cannot be checked.
    pub unchained: u64,
    /// The last line's hash: kept elsewhere, it also shows a later cut from the end.
    pub head: String,
    /// The first line that breaks the chain, and why; None when the chain holds.
    pub broken_at: Option<(u64, String)>,
    /// 1 when the last line is incomplete (a crash mid-write, not tampering).
    pub torn: usize,
}

/// Check that each line names the hash of the line before it: an edited, inserted or deleted
/// line breaks the chain at or right after it.
pub fn verify(path: &Path) -> std::io::Result<Verification> {
    let mut v = Verification::default();
    let mut expected: Option<String> = None;
    each_line(path, |n, line, torn| {
        if torn {
            v.torn = 1;
            return false;
        }
        v.lines += 1;
        let prev = serde_json::from_slice::<ReadLine>(line)
            .ok()
            .map(|l| l.prev);
        let broken = match (prev, &expected) {
            (None, _) => Some("not an audit line (damaged or edited)"),
            (Some(None), None) => {
                v.unchained += 1;
                None
            }
            (Some(None), Some(_)) => Some("no link to the line before (edited, or inserted)"),
            (Some(Some(p)), None) if !p.is_empty() && v.unchained == 0 => {
                Some("the first line names a line before it: the log's start was cut off")
            }
            (Some(Some(p)), Some(want)) if p != *want => Some("does not follow the line before it: that line was edited, or lines between were deleted or inserted"),
            (Some(Some(_)), _) => None,
        };
        if let Some(why) = broken {
            v.broken_at = Some((n, why.to_string()));
            return false;
        }
        let hash = line_hash(line);
        expected = Some(hash.clone());
        v.head = hash;
        true
    })?;
    Ok(v)
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
        let r = read(&path, None).expect("read");
        let (all, torn) = (r.records, r.torn);
        assert_eq!((all.len(), torn), (200, 1));
        assert!(r.damaged_lines.is_empty());
        assert!(all.iter().all(|r| r.versions == rec("").versions));
        // One version set, written once before the records that name it.
        let text = std::fs::read_to_string(&path).expect("log");
        assert_eq!(text.matches("\"ofac-sdn\"").count(), 1);
        assert!(text
            .lines()
            .next()
            .is_some_and(|l| l.starts_with("{\"prev\":\"\",\"versions_id\"")));
        let late = read(&path, Some("2026-11-23T00:00:50"))
            .expect("read")
            .records;
        assert_eq!(late.len(), 30, "seconds 50-59 of each of three minutes");
    }

    /// A file on a disk that fills up: appends past `room` bytes write what fits and fail.
    #[derive(Clone, Default)]
    struct FillingDisk(Arc<std::sync::Mutex<(Vec<u8>, usize)>>);

    impl AuditFile for FillingDisk {
        fn append(&mut self, bytes: &[u8]) -> std::io::Result<()> {
            let mut g = self.0.lock().unwrap();
            let (data, room) = &mut *g;
            let fits = bytes.len().min(*room);
            data.extend_from_slice(&bytes[..fits]);
            *room -= fits;
            if fits < bytes.len() {
                return Err(std::io::Error::other("No space left on device"));
            }
            Ok(())
        }
        fn truncate(&mut self, len: u64) -> std::io::Result<()> {
            let mut g = self.0.lock().unwrap();
            let (data, room) = &mut *g;
            *room += data.len() - len as usize;
            data.truncate(len as usize);
            Ok(())
        }
    }

    #[tokio::test]
    async fn after_a_full_disk_the_next_record_is_not_glued_to_the_half_written_one() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("audit.log");
        let disk = FillingDisk::default();
        disk.0.lock().unwrap().1 = usize::MAX / 2;
        let log = AuditLog::with_file(&path, disk.clone(), 0, String::new()).expect("log");
        let versions = VersionSet::new(&rec("").versions);
        log.append(&rec("2026-11-23T00:00:01Z"), &versions)
            .await
            .expect("first");
        // The disk fills: half of the next record is written, and the request fails.
        let used = disk.0.lock().unwrap().0.len();
        disk.0.lock().unwrap().1 = 40;
        assert!(log
            .append(&rec("2026-11-23T00:00:02Z"), &versions)
            .await
            .is_err());
        assert_eq!(
            disk.0.lock().unwrap().0.len(),
            used + 40,
            "a half line is on disk"
        );
        // Space is freed; the next answered request's record must be whole and readable.
        disk.0.lock().unwrap().1 = usize::MAX / 2;
        log.append(&rec("2026-11-23T00:00:03Z"), &versions)
            .await
            .expect("third");
        std::fs::write(&path, &disk.0.lock().unwrap().0).expect("write");
        let read = read(&path, None).expect("read");
        let times: Vec<&str> = read.records.iter().map(|r| r.time.as_str()).collect();
        assert_eq!(times, ["2026-11-23T00:00:01Z", "2026-11-23T00:00:03Z"]);
        assert_eq!((read.torn, read.damaged_lines.len()), (0, 0));
        assert!(verify(&path).expect("verify").broken_at.is_none());
    }

    #[tokio::test]
    async fn a_crash_tear_damage_and_tampering_are_told_apart() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("audit.log");
        let log = AuditLog::open(&path).expect("open");
        for i in 0..5 {
            let r = rec(&format!("2026-11-23T00:00:0{i}Z"));
            log.append(&r, &VersionSet::new(&r.versions))
                .await
                .expect("append");
        }
        drop(log);
        let good = std::fs::read_to_string(&path).expect("log");
        let v = verify(&path).expect("verify");
        assert_eq!(
            (v.lines, v.broken_at.is_none(), v.head.len()),
            (6, true, 64)
        );
        let lines: Vec<&str> = good.lines().collect();
        let with = |lines: &[&str], tail: &str| format!("{}\n{tail}", lines.join("\n"));
        // A torn last line is a crash: skipped and counted as torn, the chain still holds, and
        // opening the log again cuts it off before appending.
        std::fs::write(&path, with(&lines, "{\"prev\":\"ab")).expect("write");
        let r = read(&path, None).expect("read");
        assert_eq!((r.records.len(), r.torn, r.damaged_lines.len()), (5, 1, 0));
        assert!(verify(&path).expect("verify").broken_at.is_none());
        let log = AuditLog::open(&path).expect("reopen");
        let r6 = rec("2026-11-23T00:00:06Z");
        log.append(&r6, &VersionSet::new(&r6.versions))
            .await
            .expect("append");
        let r = read(&path, None).expect("read");
        assert_eq!((r.records.len(), r.torn), (6, 0));
        assert!(verify(&path).expect("verify").broken_at.is_none());
        // Damage in the middle is not a tear.
        let mut damaged = lines.clone();
        damaged[2] = "\u{0}\u{0}garbage";
        std::fs::write(&path, with(&damaged, "")).expect("write");
        let r = read(&path, None).expect("read");
        assert_eq!((r.torn, r.damaged_lines.clone()), (0, vec![3]));
        assert_eq!(
            verify(&path).expect("verify").broken_at.map(|b| b.0),
            Some(3)
        );
        // An edited record (another key) breaks the chain at the line after it.
        let mut edited = lines.clone();
        let changed = lines[3].replace("\"k1\"", "\"k2\"");
        edited[3] = &changed;
        std::fs::write(&path, with(&edited, "")).expect("write");
        assert_eq!(
            verify(&path).expect("verify").broken_at.map(|b| b.0),
            Some(5)
        );
        // A deleted record breaks it where it was.
        let mut deleted = lines.clone();
        deleted.remove(2);
        std::fs::write(&path, with(&deleted, "")).expect("write");
        assert_eq!(
            verify(&path).expect("verify").broken_at.map(|b| b.0),
            Some(3)
        );
    }
}
