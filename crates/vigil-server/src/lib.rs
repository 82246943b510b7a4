//! vigil's HTTP API: yente-compatible `/match`, search, entities with their statements and
//! links, the timeline, health; API keys with roles; every screening request in the audit
//! trail. `app(state)` is the router, testable without a socket.
//!
//! Errors are JSON `{"detail": "..."}` (yente's shape) with the status that fits: 400
//! malformed, 401 no key, 403 wrong role, 404 unknown dataset or entity, 413 body too large,
//! 422 a valid body asking for what is not allowed (more than 100 queries, a bad schema).

pub mod audit;
mod auth;
mod errors;
mod follow;
pub mod jobs;
pub mod keys;
mod openapi;
mod routes;
mod serve;
mod ui;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use vigil_graph::Graph;
use vigil_index::Index;
use vigil_store::Store;

pub use audit::{AuditLog, AuditRecord};
pub use errors::{ApiError, ApiJson, ApiQuery};
pub use follow::{follow_loads, poll_feeds, WaitForLoads};
pub use jobs::{Job, JobQueue};
pub use keys::{KeyRecord, Keys, Role};
pub use serve::{run, Limits, BODY_TIMEOUT, HEADER_TIMEOUT, MAX_CONNECTIONS};
pub use vigil_engine::{IngestFile, IngestRequest};

use routes::entities::{claims_handler, datasets_handler, entity_handler, statements_handler};
use routes::ingest::{ingest_handler, job_handler};
use routes::network::{discrepancies_handler, links_handler, timeline_handler};
use routes::screening::{audit_handler, match_handler, search_handler};
use ui::{app_css, app_js, cytoscape_js, security_headers, ui};

/// Most queries in one `/match` request (yente's batch limit).
pub const MAX_QUERIES: usize = 100;
/// Largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;
/// Largest `POST /ingest` body (list files are several megabytes).
pub const MAX_INGEST_BODY: usize = 64 << 20;

/// Does the writing for `POST /ingest` and rebuilds what is derived from the store: the
/// engine (below), or a fake in tests.
pub trait Ingestor: Send + Sync {
    /// Write the request into the store (one transaction); a summary, or why not.
    fn ingest(&self, req: &IngestRequest) -> Result<Value, String>;
    /// The index and graph for the store as it is now.
    fn derived(&self) -> Result<(Index, Graph), String>;
    /// The step under way, when the ingestor can tell (`{"step", "done", "total"}`), polled
    /// for `/jobs/{id}` while a job runs.
    fn progress(&self) -> Option<Value> {
        None
    }
    /// The engine behind it, for the workflows beyond writes (watching): `None` for a fake.
    fn engine(&self) -> Option<&vigil_engine::Engine> {
        None
    }
}

/// The engine does the writes: the same workflows as `vigil load` and `vigil ingest`.
impl Ingestor for vigil_engine::Engine {
    fn ingest(&self, req: &IngestRequest) -> Result<Value, String> {
        self.ingest_request(req)
    }

    fn derived(&self) -> Result<(Index, Graph), String> {
        let index = self.index().map_err(|e| e.chain())?;
        let graph = self.graph().map_err(|e| e.chain())?;
        Ok((index, graph))
    }

    fn engine(&self) -> Option<&vigil_engine::Engine> {
        Some(self)
    }

    fn progress(&self) -> Option<Value> {
        vigil_engine::Engine::progress(self)
            .map(|(step, done, total)| json!({"step": step, "done": done, "total": total}))
    }
}

/// What the handlers share.
pub struct AppState {
    /// Background writes (`POST /ingest`), when the server may write.
    pub ingestor: Option<Arc<dyn Ingestor>>,
    pub jobs: std::sync::Mutex<BTreeMap<String, Job>>,
    /// The queue the jobs wait in, and where their records are kept.
    pub queue: JobQueue,
    /// One write at a time; readers never wait for it.
    pub write_lock: Arc<std::sync::Mutex<()>>,
    pub store: Arc<dyn Store>,
    pub index: RwLock<Arc<Index>>,
    pub graph: RwLock<Option<Arc<Graph>>>,
    pub keys: Keys,
    pub audit: AuditLog,
    /// Screening and reading without a key (recorded as `anonymous`).
    pub public_read: bool,
    /// Origins whose browser pages may call the API (CORS); empty, the default: none, so a
    /// page elsewhere cannot read answers with a key it holds.
    pub cors_origins: Vec<String>,
    /// Dataset name → latest version label, for answers and the audit trail.
    pub versions: RwLock<Versions>,
    /// Where reports disagree, found on first request and kept for the graph (by its
    /// fingerprint: every dataset's version) it was found with.
    pub discrepancies: std::sync::Mutex<Option<(String, Arc<Vec<vigil_reports::Discrepancy>>)>>,
    /// Entities as answers show them, read once per load (emptied when the index and graph
    /// are swapped): a result's entity is a query away on a shared store.
    pub entity_cache: EntityCache,
}

/// Entities as API answers show them (`None`: no such entity), by id; emptied with every swap
/// of the index and graph, and when it holds [`ENTITY_CACHE_SIZE`] of them.
#[derive(Default)]
pub struct EntityCache(std::sync::Mutex<HashMap<String, Option<Value>>>);

/// Most entities the cache holds before it starts again.
pub const ENTITY_CACHE_SIZE: usize = 50_000;

impl EntityCache {
    pub(crate) fn get_or(&self, id: &str, read: impl FnOnce() -> Option<Value>) -> Option<Value> {
        if let Some(v) = self.0.lock().unwrap_or_else(|p| p.into_inner()).get(id) {
            return v.clone();
        }
        let v = read();
        let mut cache = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= ENTITY_CACHE_SIZE {
            cache.clear();
        }
        cache.insert(id.to_string(), v.clone());
        v
    }

    /// Forget every entity (done with each swap of the index and graph).
    pub fn clear(&self) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

/// The loaded datasets' versions, and what each dataset a request can name stands for.
#[derive(Default)]
pub struct Versions {
    /// Dataset name → latest version label.
    pub latest: BTreeMap<String, String>,
    /// Per name a request used (`default`, `all`, a dataset): its datasets and their version
    /// set, made once per load rather than per request (dozens of list datasets).
    selections: HashMap<String, Arc<Selection>>,
}

/// The datasets a request's dataset name stands for, and the versions they were at.
pub struct Selection {
    pub datasets: Vec<String>,
    pub versions: audit::VersionSet,
}

impl AppState {
    /// Find where the reports disagree, for the graph now in use, and keep the answer:
    /// thousands of reports take seconds, so the server does it after each load and at
    /// start, not in the first request that asks.
    pub fn warm_discrepancies(
        &self,
    ) -> Result<Arc<Vec<vigil_reports::Discrepancy>>, vigil_reports::ReportsError> {
        let fingerprint = self
            .graph
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|g| g.fingerprint.clone())
            .unwrap_or_default();
        let data = vigil_reports::load(self.store.as_ref(), vigil_link::REPORTS_DATASET)?;
        let found = Arc::new(vigil_reports::find_discrepancies(&data));
        *self.discrepancies.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((fingerprint, found.clone()));
        Ok(found)
    }

    pub fn refresh_versions(&self) -> Result<(), vigil_store::StoreError> {
        let latest = self
            .store
            .datasets()?
            .into_iter()
            .map(|d| (d.name, d.latest.version))
            .collect();
        *self.versions.write().unwrap_or_else(|p| p.into_inner()) = Versions {
            latest,
            selections: HashMap::new(),
        };
        Ok(())
    }

    fn index(&self) -> Arc<Index> {
        self.index.read().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// Lower the calling thread's scheduling priority so that requests always come first (Linux:
/// SCHED_IDLE for this thread). A nice value is not enough: the scheduler (EEVDF) lets a
/// running thread finish its time slice before a woken request handler gets the core, which
/// cost screening a fifth of its throughput while a list loaded at nice 10 or 19. A SCHED_IDLE
/// thread is preempted at once by any other, and runs when the request handlers wait (on the
/// network, on the audit log's sync); under a load that never lets them wait the write slows
/// down rather than the answers.
pub fn lower_priority() {
    #[cfg(target_os = "linux")]
    // SAFETY: both calls change only the calling thread's own scheduling (pid 0 = caller).
    unsafe {
        let param = libc::sched_param { sched_priority: 0 };
        if libc::sched_setscheduler(0, libc::SCHED_IDLE, &param) != 0 {
            libc::setpriority(libc::PRIO_PROCESS, 0, 19);
        }
    }
}

/// Drop `value` on this thread once no request holds it any more (waiting at most a second).
pub(crate) fn release_here<T>(value: Arc<T>) {
    let started = std::time::Instant::now();
    while Arc::strong_count(&value) > 1 && started.elapsed() < std::time::Duration::from_secs(1) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    drop(value);
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such endpoint; see /openapi.json")
}

/// The router.
pub fn app(state: Arc<AppState>) -> Router {
    let cors = cors_layer(&state.cors_origins);
    let router = security_headers(routes(state))
        .layer(axum::middleware::map_request(auth::api_key_from_query));
    match cors {
        Some(layer) => router.layer(layer),
        None => router,
    }
}

/// CORS for the listed origins only (exact matches), for the methods and headers the API
/// uses; `None` when no origin is listed, so no CORS header is ever sent.
fn cors_layer(origins: &[String]) -> Option<tower_http::cors::CorsLayer> {
    use axum::http::{header, HeaderValue, Method};
    let allowed: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok())
        .collect();
    if allowed.is_empty() {
        return None;
    }
    Some(
        tower_http::cors::CorsLayer::new()
            .allow_origin(allowed)
            .allow_methods([Method::GET, Method::POST, Method::DELETE])
            .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
            .max_age(std::time::Duration::from_secs(600)),
    )
}

fn routes(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/", get(ui))
        .route("/ui", get(ui))
        .route("/assets/cytoscape.min.js", get(cytoscape_js))
        .route("/assets/app.js", get(app_js))
        .route("/assets/app.css", get(app_css))
        .route("/entities/{id}/claims", get(claims_handler))
        .route("/healthz", get(|| async { Json(json!({"status": "ok"})) }))
        .route(
            "/readyz",
            get(|State(s): State<Arc<AppState>>| async move {
                Json(json!({"status": "ok", "index_entities": s.index().len(),
                            "graph": s.graph.read().map(|g| g.is_some()).unwrap_or(false)}))
            }),
        )
        .route("/openapi.json", get(|| async { Json(openapi::document()) }))
        .route("/datasets", get(datasets_handler))
        .route("/catalog", get(routes::entities::catalog_handler))
        .route("/updatez", post(routes::ingest::updatez_handler))
        .route(
            "/reconcile/{dataset}",
            get(routes::reconcile::reconcile_get).post(routes::reconcile::reconcile_post),
        )
        .route(
            "/reconcile/{dataset}/suggest/entity",
            get(routes::reconcile::suggest_entity),
        )
        .route(
            "/reconcile/{dataset}/suggest/type",
            get(routes::reconcile::suggest_type),
        )
        .route(
            "/reconcile/{dataset}/suggest/property",
            get(routes::reconcile::suggest_property),
        )
        .route(
            "/reconcile/{dataset}/extend/property",
            get(routes::reconcile::propose_properties),
        )
        .route("/match/{dataset}", post(match_handler))
        .route("/algorithms", get(routes::screening::algorithms_handler))
        .route("/search/{dataset}", get(search_handler))
        .route("/entities/{id}", get(entity_handler))
        .route("/entities/{id}/statements", get(statements_handler))
        .route(
            "/entities/{id}/adjacent",
            get(routes::entities::adjacent_handler),
        )
        .route(
            "/entities/{id}/adjacent/{prop}",
            get(routes::entities::adjacent_prop_handler),
        )
        .route("/entities/{id}/links", get(links_handler))
        .route("/timeline", get(timeline_handler))
        .route("/discrepancies", get(discrepancies_handler))
        .route("/audit", get(audit_handler))
        .route(
            "/ingest",
            post(ingest_handler).layer(DefaultBodyLimit::max(MAX_INGEST_BODY)),
        )
        .route("/jobs/{id}", get(job_handler))
        .route(
            "/watch/subjects",
            get(routes::watch::subjects_handler).post(routes::watch::add_subjects_handler),
        )
        .route(
            "/watch/subjects/{id}",
            axum::routing::delete(routes::watch::remove_subject_handler),
        )
        .route("/alerts", get(routes::watch::alerts_handler))
        .route("/feeds", get(routes::watch::feeds_handler))
        .route("/stories", get(routes::watch::stories_handler))
        .route("/alerts/{id}/decision", post(routes::watch::decide_handler))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(state)
}

/// RFC 3339, now.
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
