//! The test server: a store of a few entities behind the router, keys of each role, and a
//! call helper (no socket). Shared by `api.rs` and `yente.rs`.
#![allow(dead_code)]

use std::sync::{Arc, RwLock};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;
use vigil_model::{Schema, Statement};
use vigil_server::{app, AppState, AuditLog, Keys, Role};
use vigil_store::{LoadMode, MemoryStore, Store, VersionRequest};

pub struct Fixture {
    pub _dir: tempfile::TempDir,
    pub state: Arc<AppState>,
    pub screen_key: String,
    pub admin_key: String,
}

pub fn fixture() -> Fixture {
    fixture_with(Vec::new())
}

pub fn fixture_with(cors_origins: Vec<String>) -> Fixture {
    fixture_full(cors_origins, false)
}

/// A writer that takes its time and tells how far it got, as a real load does.
struct SlowIngestor {
    store: Arc<MemoryStore>,
    done: std::sync::atomic::AtomicU64,
}

impl vigil_server::Ingestor for SlowIngestor {
    fn ingest(&self, _req: &vigil_server::IngestRequest) -> Result<Value, String> {
        for i in 1..=4 {
            std::thread::sleep(std::time::Duration::from_millis(150));
            self.done.store(i, std::sync::atomic::Ordering::SeqCst);
        }
        Ok(json!({"written": 4}))
    }
    fn derived(&self) -> Result<(vigil_index::Index, vigil_graph::Graph), String> {
        let (index, _) = vigil_index::Index::build(self.store.as_ref(), &mut |_, _| {})
            .map_err(|e| e.to_string())?;
        let graph = vigil_graph::Graph::build(self.store.as_ref(), &Default::default())
            .map_err(|e| e.to_string())?;
        Ok((index, graph))
    }
    fn progress(&self) -> Option<Value> {
        let done = self.done.load(std::sync::atomic::Ordering::SeqCst);
        Some(json!({"step": "writing", "done": done, "total": 4}))
    }
}

pub fn fixture_full(cors_origins: Vec<String>, slow_ingestor: bool) -> Fixture {
    let store = MemoryStore::default();
    let st = |id: &str, schema: Schema, prop: &str, value: &str| {
        Statement::new(id, schema, prop, value, "test-list")
    };
    let statements = vec![
        st("p1", Schema::Person, "name", "ZANDAVI, Karim"),
        st("p1", Schema::Person, "birthDate", "1971-12-22"),
        st("p1", Schema::Person, "nationality", "ir"),
        st(
            "p1",
            Schema::Person,
            "passportNumber",
            "K 5510-372 (issued on 1 May 2015)",
        ),
        st("p1", Schema::Person, "topics", "sanction"),
        st(
            "o1",
            Schema::Organization,
            "name",
            "OFFICE OF SECRET AFFAIRS",
        ),
        st("l1", Schema::UnknownLink, "subject", "p1"),
        st("l1", Schema::UnknownLink, "object", "o1"),
        st("s1", Schema::Sanction, "entity", "p1"),
        st("s1", Schema::Sanction, "listingDate", "2019-01-08"),
    ];
    store
        .load_version(
            &VersionRequest {
                dataset: "test-list".into(),
                version: "2026-01-01".into(),
                format: "test".into(),
                files: Vec::new(),
                content_hash: "h1".into(),
                loaded_at: "2026-01-01T00:00:00Z".into(),
                mode: LoadMode::Replace,
            },
            statements,
            &mut |_, _| {},
        )
        .expect("load");
    let dir = tempfile::tempdir().expect("dir");
    let keys = Keys::open(&dir.path().join("keys.json")).expect("keys");
    let (_, screen_key) = keys.add("client", Role::Screen, "2026-11-23").expect("key");
    let (_, admin_key) = keys.add("ops", Role::Admin, "2026-11-23").expect("key");
    let (index, _) = vigil_index::Index::build(&store, &mut |_, _| {}).expect("index");
    let graph = vigil_graph::Graph::build(&store, &Default::default()).expect("graph");
    let store = Arc::new(store);
    let ingestor: Option<Arc<dyn vigil_server::Ingestor>> = slow_ingestor.then(|| {
        Arc::new(SlowIngestor {
            store: store.clone(),
            done: Default::default(),
        }) as Arc<dyn vigil_server::Ingestor>
    });
    let state = Arc::new(AppState {
        ingestor,
        jobs: Default::default(),
        queue: Default::default(),
        write_lock: Default::default(),
        store,
        index: RwLock::new(Arc::new(index)),
        graph: RwLock::new(Some(Arc::new(graph))),
        keys,
        audit: AuditLog::open(&dir.path().join("audit.log")).expect("audit"),
        public_read: false,
        cors_origins,
        versions: RwLock::new(Default::default()),
        discrepancies: Default::default(),
        entity_cache: Default::default(),
    });
    state.refresh_versions().expect("versions");
    Fixture {
        _dir: dir,
        state,
        screen_key,
        admin_key,
    }
}

/// A fixture whose server writes through a slow fake, and a write key for it.
pub fn writer_fixture() -> (Fixture, String) {
    let f = fixture_full(Vec::new(), true);
    let (_, write_key) = f
        .state
        .keys
        .add("loader", Role::Write, "2026-11-23")
        .expect("key");
    (f, write_key)
}

pub async fn call(
    f: &Fixture,
    method: &str,
    uri: &str,
    key: Option<&str>,
    body: Option<String>,
) -> (StatusCode, Value) {
    let mut req = Request::builder().method(method).uri(uri);
    if let Some(k) = key {
        req = req.header("Authorization", format!("ApiKey {k}"));
    }
    let req = match body {
        Some(b) => req
            .header("Content-Type", "application/json")
            .body(Body::from(b)),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let resp = app(f.state.clone()).oneshot(req).await.expect("response");
    let status = resp.status();
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    let v: Value = serde_json::from_slice(&bytes)
        .unwrap_or_else(|_| panic!("{uri}: not JSON: {}", String::from_utf8_lossy(&bytes)));
    (status, v)
}

pub async fn audit_count(f: &Fixture) -> usize {
    let (s, v) = call(f, "GET", "/audit", Some(&f.admin_key), None).await;
    assert_eq!(s, StatusCode::OK);
    v["records"].as_array().expect("records").len()
}
