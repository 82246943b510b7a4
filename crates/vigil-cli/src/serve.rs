//! `vigil serve`, `vigil keys`, `vigil audit`: the HTTP API over the store, its keys and its
//! audit trail (both kept beside the store: `keys.json`, `audit.log`).

use std::path::Path;
use std::sync::{Arc, RwLock};

use anyhow::{bail, Context, Result};
use vigil_engine::Engine;
use vigil_server::{AppState, AuditLog, Keys, Role};

#[derive(clap::Args)]
pub struct ServeArgs {
    /// How `/ingest` reads reports, and re-reads them after a list load through it.
    #[command(flatten)]
    pub reader: crate::ingest::ReaderArgs,
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8000")]
    pub addr: String,
    /// Let requests without a key screen and read (recorded as `anonymous`); writes still need
    /// a key.
    #[arg(long)]
    pub public_read: bool,
    /// Let web pages from this origin call the API (CORS), e.g. `https://app.example.org`;
    /// repeat for more. Without it no CORS header is sent.
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    pub cors_origins: Vec<String>,
    /// Seconds a client may take to send a request's headers; an idle keep-alive connection
    /// is closed after as long.
    #[arg(long, default_value_t = vigil_server::HEADER_TIMEOUT.as_secs())]
    pub header_timeout: u64,
    /// Most connections open at once (more wait to be accepted).
    #[arg(long, default_value_t = vigil_server::MAX_CONNECTIONS)]
    pub max_connections: usize,
}

fn keys_of(dir: &Path) -> Result<Keys> {
    let path = dir.join("keys.json");
    Keys::open(&path).with_context(|| format!("reading {}", path.display()))
}

/// An origin is `scheme://host[:port]`, nothing more: a wildcard would let any page use a
/// key a browser holds.
fn check_origin(origin: &str) -> Result<()> {
    let ok = origin.split_once("://").is_some_and(|(scheme, rest)| {
        matches!(scheme, "http" | "https")
            && !rest.is_empty()
            && !rest
                .trim_end_matches('/')
                .contains(['/', '*', ' ', '?', '#'])
    });
    if !ok {
        bail!("--cors-origin {origin:?}: give an origin such as https://app.example.org (no wildcard, no path)");
    }
    Ok(())
}

/// Serve the API. `announcements`, on a store other processes write too, wakes the server to
/// rebuild its index and graph after their loads.
pub fn serve(
    engine: Arc<Engine>,
    args: &ServeArgs,
    announcements: Option<vigil_server::WaitForLoads>,
) -> Result<()> {
    for origin in &args.cors_origins {
        check_origin(origin)?;
    }
    engine.set_reader_model(crate::ingest::reader_model(&args.reader)?);
    let index = engine.index()?;
    let graph = engine.graph()?;
    let keys = keys_of(engine.dir())?;
    if keys.is_empty() && !args.public_read {
        eprintln!("vigil: no API keys yet: every request will be refused; make one with `vigil keys add --role screen`, or serve with --public-read");
    }
    let audit_path = engine.dir().join("audit.log");
    let audit =
        AuditLog::open(&audit_path).with_context(|| format!("opening {}", audit_path.display()))?;
    engine.reset_staging()?;
    let state = Arc::new(AppState {
        ingestor: Some(engine.clone()),
        jobs: Default::default(),
        queue: vigil_server::JobQueue::persistent(engine.dir().join("jobs.json")),
        write_lock: Default::default(),
        store: engine.store_arc(),
        index: RwLock::new(Arc::new(index)),
        graph: RwLock::new(Some(Arc::new(graph))),
        keys,
        audit,
        public_read: args.public_read,
        cors_origins: args.cors_origins.clone(),
        versions: RwLock::new(Default::default()),
        discrepancies: Default::default(),
        entity_cache: Default::default(),
    });
    state.refresh_versions().context("reading the store")?;
    state.restore_jobs().context("reading the job records")?;
    {
        // Where the reports disagree, found in the background at the lowest priority.
        let state = state.clone();
        std::thread::spawn(move || {
            vigil_server::lower_priority();
            let _ = state.warm_discrepancies();
        });
    }
    {
        // Feeds followed are polled when due (`vigil feeds add ... --every`).
        let state = state.clone();
        std::thread::spawn(move || vigil_server::poll_feeds(state));
    }
    if let Some(wait) = announcements {
        let state = state.clone();
        std::thread::spawn(move || vigil_server::follow_loads(state, wait));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .with_context(|| format!("listening on {}", args.addr))?;
        eprintln!(
            "vigil: serving on http://{} (OpenAPI at /openapi.json); Ctrl-C stops",
            listener
                .local_addr()
                .map(|a| a.to_string())
                .unwrap_or_default()
        );
        // Ctrl-C, or SIGTERM from a service manager or container runtime: stop taking
        // connections, let the requests in flight finish (their audit records are synced).
        let limits = vigil_server::Limits {
            header_timeout: std::time::Duration::from_secs(args.header_timeout.max(1)),
            max_connections: args.max_connections.max(1),
            ..Default::default()
        };
        vigil_server::run(listener, state, limits, async {
            #[cfg(unix)]
            {
                use tokio::signal::unix::{signal, SignalKind};
                match signal(SignalKind::terminate()) {
                    Ok(mut term) => {
                        tokio::select! {
                            _ = tokio::signal::ctrl_c() => {}
                            _ = term.recv() => {}
                        }
                    }
                    Err(_) => {
                        let _ = tokio::signal::ctrl_c().await;
                    }
                }
            }
            #[cfg(not(unix))]
            {
                let _ = tokio::signal::ctrl_c().await;
            }
            eprintln!("vigil: stopping: finishing the requests in flight");
        })
        .await
        .context("serving")
    })
}

#[derive(clap::Subcommand)]
pub enum KeysCommand {
    /// Make a key; it is printed once and stored hashed.
    Add {
        #[arg(long, default_value = "key")]
        name: String,
        /// screen (read and match), write (also ingest) or admin (also keys and audit).
        #[arg(long, default_value = "screen")]
        role: String,
    },
    /// Keys with their roles (never the secrets).
    List,
    /// Revoke a key by id.
    Revoke { id: String },
}

pub fn keys(dir: &Path, cmd: &KeysCommand, json: bool) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let keys = keys_of(dir)?;
    match cmd {
        KeysCommand::Add { name, role } => {
            let Some(role) = Role::parse(role) else {
                bail!("--role {role:?}: expected screen, write or admin");
            };
            let (rec, key) = keys.add(name, role, &crate::load::now_rfc3339())?;
            if json {
                crate::print_json(
                    &serde_json::json!({"id": rec.id, "role": rec.role, "key": key}),
                )?;
            } else {
                println!("{key}");
                eprintln!("key {} ({:?}) made; it is shown only now", rec.id, rec.role);
            }
        }
        KeysCommand::List => {
            let list: Vec<serde_json::Value> = keys
                .list()
                .into_iter()
                .map(|k| {
                    serde_json::json!({"id": k.id, "name": k.name, "role": k.role,
                                            "created_at": k.created_at, "revoked": k.revoked})
                })
                .collect();
            if json {
                crate::print_json(&list)?;
            } else {
                for k in &list {
                    println!(
                        "{}  {:<8} {:<20} {}{}",
                        k["id"].as_str().unwrap_or(""),
                        k["role"].as_str().unwrap_or(""),
                        k["name"].as_str().unwrap_or(""),
                        k["created_at"].as_str().unwrap_or(""),
                        if k["revoked"] == true {
                            "  revoked"
                        } else {
                            ""
                        }
                    );
                }
            }
        }
        KeysCommand::Revoke { id } => {
            keys.revoke(id)?;
            if json {
                crate::print_json(&serde_json::json!({"revoked": id}))?;
            } else {
                println!("revoked {id}");
            }
        }
    }
    Ok(())
}

pub fn audit(dir: &Path, since: Option<&str>, verify: bool, json: bool) -> Result<()> {
    let path = dir.join("audit.log");
    if verify {
        return verify_audit(&path, json);
    }
    if let Some(since) = since {
        if !vigil_model::dates::is_iso_date_or_time(since) {
            bail!("--since {since:?}: give an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z)");
        }
    }
    let read = vigil_server::audit::read(&path, since)
        .with_context(|| format!("reading {}", path.display()))?;
    let (records, torn) = (&read.records, read.torn);
    if json {
        return crate::print_json(
            &serde_json::json!({"records": records, "torn_lines_skipped": torn,
                                                     "damaged_lines": read.damaged_lines}),
        );
    }
    for r in records {
        let results: usize = r
            .results
            .as_object()
            .map(|m| m.values().filter_map(|v| v.as_array()).map(Vec::len).sum())
            .unwrap_or(0);
        println!(
            "{}  key {}  {}  {} queries, {results} results",
            r.time,
            r.key,
            r.endpoint,
            r.query.as_object().map(|m| m.len()).unwrap_or(0)
        );
    }
    if torn > 0 {
        eprintln!("vigil: {torn} torn line(s) skipped (a write interrupted by a crash)");
    }
    if !read.damaged_lines.is_empty() {
        eprintln!(
            "vigil: {} damaged line(s) in the middle of the trail skipped (lines {}); `vigil audit --verify` checks it",
            read.damaged_lines.len(),
            read.damaged_lines.iter().take(10).map(u64::to_string).collect::<Vec<_>>().join(", ")
        );
    }
    println!("{} records", records.len());
    Ok(())
}

/// `vigil audit --verify`: walk the chain of line hashes; exit non-zero where it breaks.
fn verify_audit(path: &Path, json: bool) -> Result<()> {
    let v =
        vigil_server::audit::verify(path).with_context(|| format!("reading {}", path.display()))?;
    if json {
        crate::print_json(&v)?;
    } else {
        println!(
            "{} lines checked, head {}{}{}",
            v.lines,
            if v.head.is_empty() { "-" } else { &v.head },
            if v.unchained > 0 {
                format!(", {} older unchained line(s) not checkable", v.unchained)
            } else {
                String::new()
            },
            if v.torn > 0 {
                ", a torn last line (a crash mid-write)"
            } else {
                ""
            }
        );
    }
    if let Some((line, why)) = &v.broken_at {
        bail!(
            "{}:{line}: the audit trail's chain breaks here: {why}",
            path.display()
        );
    }
    Ok(())
}
