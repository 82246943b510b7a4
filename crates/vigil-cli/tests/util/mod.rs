//! A small harness: run the real `vigil` binary against a temporary store.
#![allow(dead_code)]

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Vigil {
    pub dir: tempfile::TempDir,
    /// A PostgreSQL store (`VIGIL_STORE`) instead of the embedded one; the scratch database is
    /// dropped with the last `Vigil` that uses it.
    pub store: Option<std::sync::Arc<vigil_store_pg::ScratchDb>>,
}

pub struct Run {
    pub out: Output,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn ok(self) -> Run {
        assert!(
            self.out.status.success(),
            "vigil failed: {}\nstdout: {}",
            self.stderr,
            self.stdout
        );
        self
    }

    pub fn fails(self) -> Run {
        assert!(
            !self.out.status.success(),
            "vigil should have failed; stdout: {}",
            self.stdout
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

impl Vigil {
    pub fn new() -> Vigil {
        Vigil {
            dir: tempfile::tempdir().expect("tempdir"),
            store: None,
        }
    }

    /// A `vigil` on a new empty PostgreSQL store on the server `VIGIL_TEST_POSTGRES` names
    /// (`scripts/pg-cluster.sh start DIR` prints one), or None with a note when none is named.
    pub fn postgres() -> Option<Vigil> {
        let server = match std::env::var("VIGIL_TEST_POSTGRES") {
            Ok(url) if !url.is_empty() => url,
            _ => {
                note!(
                    "skipped: no PostgreSQL server (set VIGIL_TEST_POSTGRES; .ci/run starts one)"
                );
                return None;
            }
        };
        let db = vigil_store_pg::ScratchDb::create(&server).expect("a scratch database");
        Some(Vigil {
            dir: tempfile::tempdir().expect("tempdir"),
            store: Some(std::sync::Arc::new(db)),
        })
    }

    /// Another process's `vigil` on the same store, with its own local directory (keys, audit
    /// trail, caches), as a second server on another machine would be.
    pub fn sibling(&self) -> Vigil {
        Vigil {
            dir: tempfile::tempdir().expect("tempdir"),
            store: self.store.clone(),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("db")
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_vigil"));
        c.env("VIGIL_DB", self.db());
        match &self.store {
            Some(db) => c.env("VIGIL_STORE", db.url()),
            None => c.env_remove("VIGIL_STORE"),
        };
        // No trained pipeline unless a test passes --model: the user's installed ones must
        // not change what a test reads.
        c.env("VIGIL_MODELS", self.dir.path().join("models"));
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out = self.cmd().args(args).output().expect("spawn vigil");
        Run {
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
            out,
        }
    }

    /// `vigil datasets --json`: the whole observable state of the store's versions.
    pub fn datasets(&self) -> serde_json::Value {
        self.run(&["datasets", "--json"]).ok().json()
    }
}

/// A path under the shared data directory, or None (with a note) when it is absent.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/watchlists")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        note!(
            "skipped: {} is absent (the shared data directory is not beside the repo)",
            p.display()
        );
        None
    }
}

pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../vigil-ingest/tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

pub fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The spaCy pipeline directory of `VIGIL_SPACY_MODEL` (set by .ci/run), or None with a note.
pub fn spacy_model() -> Option<PathBuf> {
    match std::env::var_os("VIGIL_SPACY_MODEL").map(PathBuf::from) {
        Some(p) if p.join("meta.json").exists() => Some(p),
        _ => {
            note!("skipped: VIGIL_SPACY_MODEL is not set to a spaCy pipeline (.ci/run sets it)");
            None
        }
    }
}

/// A path in this repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// The shared news corpus, or None (with a note) when it is absent.
pub fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    if p.exists() {
        Some(p)
    } else {
        note!("skipped the corpus part: {} is absent", p.display());
        None
    }
}

/// A child process killed when dropped (a server, a browser driver).
pub struct Kill(pub std::process::Child);

impl Drop for Kill {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Wait until `url` answers (at most a minute).
pub fn wait_for(url: &str) {
    let t = std::time::Instant::now();
    while ureq::get(url).call().is_err() {
        assert!(
            t.elapsed() < std::time::Duration::from_secs(60),
            "{url} did not come up"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

impl Vigil {
    /// `vigil serve` on a free loopback port with `extra` flags, once ready: the process
    /// (stopped when dropped) and its base URL.
    pub fn serve(&self, extra: &[&str]) -> (Kill, String) {
        let port = free_port();
        let child = self
            .cmd()
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .args(extra)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("vigil serve");
        let base = format!("http://127.0.0.1:{port}");
        let server = Kill(child);
        wait_for(&format!("{base}/readyz"));
        (server, base)
    }

    /// A new API key with `role`, as `vigil keys add` prints it.
    pub fn key(&self, role: &str) -> String {
        self.run(&["keys", "add", "--role", role])
            .ok()
            .stdout
            .trim()
            .to_string()
    }
}
