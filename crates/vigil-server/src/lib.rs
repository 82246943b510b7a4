//! vigil's HTTP API: yente-compatible `/match`, search, entities with their statements and
//! links, the timeline, health; API keys with roles; every screening request in the audit
//! trail. `app(state)` is the router, testable without a socket.
//!
//! Errors are JSON `{"detail": "..."}` (yente's shape) with the status that fits: 400
//! malformed, 401 no key, 403 wrong role, 404 unknown dataset or entity, 413 body too large,
//! 422 a valid body asking for what is not allowed (more than 100 queries, a bad schema).

pub mod audit;
pub mod jobs;
pub mod keys;
mod openapi;

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, RwLock};

use axum::extract::rejection::JsonRejection;
use axum::extract::{
    DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query as UrlQuery, RawQuery, Request,
    State,
};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use vigil_graph::{Filter, Graph};
use vigil_index::{Index, Options, Query};
use vigil_model::Schema;
use vigil_store::Store;

pub use audit::{AuditLog, AuditRecord};
pub use jobs::{Job, JobQueue};
pub use keys::{KeyRecord, Keys, Role};

/// Most queries in one `/match` request (yente's batch limit).
pub const MAX_QUERIES: usize = 100;
/// Largest request body accepted.
pub const MAX_BODY: usize = 1 << 20;
/// Largest `POST /ingest` body (list files are several megabytes).
pub const MAX_INGEST_BODY: usize = 64 << 20;

/// What `POST /ingest` asks for: report pages or list files, as text.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
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

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct IngestFile {
    pub name: String,
    pub content: String,
}

/// Does the writing for `POST /ingest` and rebuilds what is derived from the store. The binary
/// provides it (it owns the loaders); tests provide fakes.
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

/// Open, creating it if needed, a file only its owner may read or write (0600): API keys and
/// the audit trail hold who screened whom. An existing file is narrowed to 0600 too.
pub fn private_file(path: &std::path::Path, append: bool) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).read(true);
    if append {
        options.append(true);
    } else {
        options.write(true).truncate(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        Ok(file)
    }
    #[cfg(not(unix))]
    options.open(path)
}

/// An error answered as `{"detail": ...}`; internal failures say no more than that.
#[derive(Debug)]
pub struct ApiError(StatusCode, String);

impl ApiError {
    fn new(status: StatusCode, detail: impl Into<String>) -> ApiError {
        ApiError(status, detail.into())
    }
    fn internal(what: &str) -> ApiError {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error while {what}"),
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "detail": self.1 }))).into_response()
    }
}

/// JSON bodies whose rejections are JSON errors too.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(mut req: Request, state: &S) -> Result<Self, Self::Rejection> {
        // yente (FastAPI) reads a body sent without a Content-Type as JSON; clients written
        // against it may not set one. A type that says something else is still refused.
        let headers = req.headers_mut();
        if !headers.contains_key(axum::http::header::CONTENT_TYPE) {
            headers.insert(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("application/json"),
            );
        }
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(e) => Err(match &e {
                JsonRejection::BytesRejection(_) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    ApiError::new(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        format!("request body too large (limit {MAX_BODY} bytes; {MAX_INGEST_BODY} for /ingest)"),
                    )
                }
                JsonRejection::JsonDataError(d) => {
                    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, d.body_text())
                }
                JsonRejection::MissingJsonContentType(_) => ApiError::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "send the body as JSON (Content-Type: application/json)",
                ),
                _ => ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!("malformed JSON: {}", e.body_text()),
                ),
            }),
        }
    }
}

/// URL parameters whose rejections (`?limit=abc`) are JSON errors naming the parameter, like
/// every other error, rather than axum's plain text.
pub struct ApiQuery<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiQuery<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        match UrlQuery::<T>::from_request_parts(parts, state).await {
            Ok(UrlQuery(v)) => Ok(ApiQuery(v)),
            Err(e) => Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("bad URL parameter: {}", e.body_text()),
            )),
        }
    }
}

/// The caller's key: `Authorization: ApiKey <key>` (yente's form), `Bearer <key>` or
/// `X-API-Key`.
fn authorize(state: &AppState, headers: &HeaderMap, need: Role) -> Result<String, ApiError> {
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("ApiKey ")
                .or_else(|| v.strip_prefix("Bearer "))
                .map(str::trim)
        })
        .or_else(|| headers.get("x-api-key").and_then(|v| v.to_str().ok()));
    match presented {
        None if need == Role::Screen && state.public_read => Ok("anonymous".into()),
        None => Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "an API key is required: send `Authorization: ApiKey <key>`",
        )),
        Some(k) => match state.keys.check(k) {
            None => {
                // Logged without the key: at most its id, which is no secret.
                let id = k
                    .strip_prefix("vgl_")
                    .and_then(|r| r.split_once('_'))
                    .map(|(id, _)| id)
                    .filter(|id| id.len() <= 16 && id.bytes().all(|b| b.is_ascii_hexdigit()));
                eprintln!(
                    "vigil: authentication failed: {}",
                    match id {
                        Some(id) => format!("unknown or revoked key id {id}"),
                        None => "not a vigil key".to_string(),
                    }
                );
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "unknown or revoked API key",
                ))
            }
            Some(rec) if rec.role < need => {
                eprintln!(
                    "vigil: refused key id {} (role {:?}) a request needing role {need:?}",
                    rec.id, rec.role
                );
                Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    format!("this key's role ({:?}) may not do this", rec.role).to_lowercase(),
                ))
            }
            Some(rec) => Ok(rec.id),
        },
    }
}

/// Datasets a request names: `default` (every list, not reports) or one loaded dataset.
fn datasets_for(state: &AppState, dataset: &str) -> Result<Arc<Selection>, ApiError> {
    if let Some(s) = state
        .versions
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .selections
        .get(dataset)
    {
        return Ok(s.clone());
    }
    let mut v = state.versions.write().unwrap_or_else(|p| p.into_inner());
    let datasets: Vec<String> = match dataset {
        "default" | "sanctions" | "all" => v
            .latest
            .keys()
            .filter(|d| !matches!(d.as_str(), "reports" | "judgements") || dataset == "all")
            .cloned()
            .collect(),
        d if v.latest.contains_key(d) => vec![d.to_string()],
        d => {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                format!("no dataset {d:?}; use default, all, or one of GET /datasets"),
            ))
        }
    };
    let versions: BTreeMap<&String, &String> = datasets
        .iter()
        .filter_map(|d| v.latest.get_key_value(d))
        .collect();
    let selection = Arc::new(Selection {
        versions: audit::VersionSet::new(&json!(versions)),
        datasets,
    });
    v.selections.insert(dataset.to_string(), selection.clone());
    Ok(selection)
}

#[derive(Deserialize)]
struct MatchBody {
    queries: serde_json::Map<String, Value>,
    #[serde(default)]
    weights: BTreeMap<String, f64>,
}

#[derive(Deserialize, Default)]
struct MatchParams {
    threshold: Option<f32>,
    cutoff: Option<f32>,
    limit: Option<usize>,
    algorithm: Option<String>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// A yente entity example to a screening query.
fn example_query(key: &str, ex: &Value) -> Result<Query, ApiError> {
    let bad = |m: String| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("query {key:?}: {m}"),
        )
    };
    let schema_name = ex
        .get("schema")
        .and_then(Value::as_str)
        .ok_or_else(|| bad("no schema".into()))?;
    let schema = Schema::from_name(schema_name)
        .ok_or_else(|| bad(format!("unknown schema {schema_name:?}")))?;
    let props = ex
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("no properties object".into()))?;
    let p = |k: &str| strings(props.get(k));
    let mut names = p("name");
    names.extend(p("alias"));
    // firstName + lastName and the like, as yente combines them.
    let parts: Vec<String> = [
        "firstName",
        "secondName",
        "middleName",
        "fatherName",
        "lastName",
    ]
    .iter()
    .filter_map(|k| p(k).into_iter().next())
    .collect();
    if !parts.is_empty() {
        names.push(parts.join(" "));
    }
    names.retain(|n| !n.trim().is_empty());
    if names.is_empty() {
        return Err(bad(
            "no name (properties.name, or firstName/lastName)".into()
        ));
    }
    let mut countries = p("country");
    countries.extend(p("nationality"));
    countries.extend(p("citizenship"));
    countries.extend(p("jurisdiction"));
    let query = Query {
        schema,
        names,
        birth_dates: p("birthDate"),
        countries,
        gender: p("gender").into_iter().next(),
    };
    query.check().map_err(bad)?;
    Ok(query)
}

/// Name bytes a request may screen on the async worker that took it: a few milliseconds at
/// worst (a 500-byte name of fifty parts takes 1.5 ms on one core). Handing the common
/// one-name request to another thread would cost throughput and leave the list loads, which
/// run when the cores are idle, no idle time at all.
const INLINE_NAME_BYTES: usize = 1_000;

/// Screen `work`, whose names add up to `name_bytes`: small requests in place, the rest off
/// the async workers on the blocking pool, a bounded number at a time, so a heavy request
/// stalls neither health checks nor light requests, nor starts threads without end.
async fn scoring<T: Send + 'static>(
    name_bytes: usize,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    if name_bytes <= INLINE_NAME_BYTES {
        return Ok(work());
    }
    static SLOTS: std::sync::LazyLock<tokio::sync::Semaphore> = std::sync::LazyLock::new(|| {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        tokio::sync::Semaphore::new(cores)
    });
    let _slot = SLOTS
        .acquire()
        .await
        .map_err(|_| ApiError::internal("screening"))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| ApiError::internal("screening"))
}

fn entity_json(state: &AppState, id: &str) -> Option<Value> {
    let e = state.store.current_entity(id).ok()??;
    Some(json!({
        "id": e.id,
        "caption": e.caption(),
        "schema": e.schema.name(),
        "properties": e.properties,
        "datasets": e.datasets,
        "referents": [],
        "target": e.datasets.iter().any(|d| !matches!(d.as_str(), "reports" | "judgements")),
    }))
}

/// yente's repeatable `/match` parameters (`include_dataset=a&include_dataset=b`), which a
/// plain query struct cannot hold.
#[derive(Default)]
struct MatchFilters {
    include_dataset: Vec<String>,
    exclude_dataset: Vec<String>,
    exclude_schema: Vec<Schema>,
    exclude_entity_ids: Vec<String>,
    topics: Vec<String>,
    changed_since: Option<String>,
}

/// Most `exclude_entity_ids` in one request, as yente allows.
const MAX_EXCLUDED_IDS: usize = 50;

fn match_filters(raw: Option<&str>, state: &AppState) -> Result<MatchFilters, ApiError> {
    let bad = |m: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, m);
    let mut f = MatchFilters::default();
    let known = |d: &str| {
        state
            .versions
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .latest
            .contains_key(d)
    };
    for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let v = v.trim().to_string();
        match k.as_ref() {
            "include_dataset" | "exclude_dataset" if !known(&v) => {
                // A misspelt dataset would silently screen against nothing (or exclude
                // nothing): refuse it.
                return Err(bad(format!("{k}: no dataset {v:?} (see /datasets)")));
            }
            "include_dataset" => f.include_dataset.push(v),
            "exclude_dataset" => f.exclude_dataset.push(v),
            "exclude_schema" => f.exclude_schema.push(
                Schema::from_name(&v)
                    .ok_or_else(|| bad(format!("exclude_schema: unknown schema {v:?}")))?,
            ),
            "exclude_entity_ids" => f.exclude_entity_ids.push(v),
            "topics" => {
                vigil_model::vocab::check("topics:", &v, vigil_model::vocab::TOPICS).map_err(bad)?;
                f.topics.push(v)
            }
            "changed_since" if !vigil_model::dates::is_iso_date_or_time(&v) => {
                return Err(bad(format!(
                    "changed_since: {v:?} is not an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z)"
                )))
            }
            "changed_since" => f.changed_since = Some(v),
            _ => {}
        }
    }
    if f.exclude_entity_ids.len() > MAX_EXCLUDED_IDS {
        return Err(bad(format!(
            "exclude_entity_ids: at most {MAX_EXCLUDED_IDS}"
        )));
    }
    Ok(f)
}

async fn match_handler(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    ApiQuery(params): ApiQuery<MatchParams>,
    RawQuery(raw_query): RawQuery,
    headers: HeaderMap,
    body: Result<ApiJson<MatchBody>, ApiError>,
) -> Result<Json<Value>, ApiError> {
    // The key is checked before the body is looked at: no key, no parsing.
    let key = authorize(&state, &headers, Role::Screen)?;
    let _answering = state.audit.begin();
    let ApiJson(body) = body?;
    let datasets = datasets_for(&state, &dataset)?;
    let filters = match_filters(raw_query.as_deref(), &state)?;
    if let Some(d) = filters
        .include_dataset
        .iter()
        .find(|d| !datasets.datasets.contains(d))
    {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("include_dataset: {d:?} is not part of {dataset:?}"),
        ));
    }
    if body.queries.len() > MAX_QUERIES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!(
                "{} queries: at most {MAX_QUERIES} per request",
                body.queries.len()
            ),
        ));
    }
    if let Some(a) = &params.algorithm {
        // Accepted for compatibility: every algorithm name is answered by vigil's matcher.
        if a.len() > 64 {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "algorithm name too long",
            ));
        }
    }
    let limit = params.limit.unwrap_or(5).clamp(1, 500);
    let threshold = params.threshold.unwrap_or(vigil_matcher::DEFAULT_THRESHOLD);
    if !(0.0..=1.0).contains(&threshold) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "threshold must be between 0 and 1",
        ));
    }
    let mut weights = vigil_matcher::Weights::default();
    if !body.weights.is_empty() {
        // vigil's qualifier weights by name; yente's feature names are not vigil's, so only
        // known ones apply and the others are said to be ignored.
        let known = serde_json::to_value(&weights).unwrap_or_default();
        let mut w = known.as_object().cloned().unwrap_or_default();
        for (k, v) in &body.weights {
            if w.contains_key(k) {
                w.insert(k.clone(), json!(v));
            }
        }
        weights = serde_json::from_value(Value::Object(w)).unwrap_or_default();
    }
    let opts = Options {
        threshold,
        cutoff: params.cutoff.unwrap_or(0.5).min(threshold),
        limit,
        datasets: if filters.include_dataset.is_empty() {
            datasets.datasets.clone()
        } else {
            filters.include_dataset
        },
        exclude_datasets: filters.exclude_dataset,
        exclude_schemata: filters.exclude_schema,
        exclude_ids: filters.exclude_entity_ids,
        topics: filters.topics,
        changed_since: filters.changed_since,
        weights,
        ..Options::default()
    };
    let mut queries = Vec::with_capacity(body.queries.len());
    for (k, ex) in &body.queries {
        queries.push((k.clone(), ex.clone(), example_query(k, ex)?));
    }
    let index = state.index();
    let scorer = state.clone();
    let name_bytes = queries
        .iter()
        .flat_map(|(_, _, q)| &q.names)
        .map(String::len)
        .sum();
    let (responses, audit_results) = scoring(name_bytes, move || {
        screen_examples(&scorer, &index, queries, &opts)
    })
    .await?;
    let record = AuditRecord {
        endpoint: format!("/match/{dataset}"),
        dataset,
        params: raw_query,
        query: Value::Object(body.queries),
        results: Value::Object(audit_results),
        ..AuditRecord::answered(key)
    };
    audit(&state, &record, &datasets.versions).await?;
    Ok(Json(json!({
        "responses": responses,
        "matcher": {
            "name": {"description": "vigil name comparison: aligned parts, transliteration, slips counted", "coefficient": 1.0},
            "birth_date": {"description": "birth dates agree or differ", "coefficient": 1.0},
            "country": {"description": "countries agree or differ", "coefficient": 1.0},
            "gender": {"description": "genders differ", "coefficient": 1.0}
        },
        "limit": limit,
    })))
}

/// Screen each example of a `/match` request: yente's responses, and what the audit trail
/// keeps of them.
fn screen_examples(
    state: &AppState,
    index: &Index,
    queries: Vec<(String, Value, Query)>,
    opts: &Options,
) -> (
    serde_json::Map<String, Value>,
    serde_json::Map<String, Value>,
) {
    let mut responses = serde_json::Map::new();
    let mut audit_results = serde_json::Map::new();
    for (k, ex, q) in queries {
        // A birth date or country that reads as nothing is left out, and the answer says so
        // (yente's clients ignore a field they do not know; a 422 would fail the whole batch).
        let (q, left_out) = q.readable();
        let hits = index.screen(&q, opts);
        let results: Vec<Value> = hits
            .iter()
            .map(|m| {
                let mut e = entity_json(state, &m.id).unwrap_or_else(|| {
                    json!({"id": m.id, "caption": m.caption, "schema": m.schema.name(),
                           "properties": {}, "datasets": m.datasets, "referents": [], "target": true})
                });
                let features: BTreeMap<&String, f32> =
                    m.explanation.iter().map(|(f, x)| (f, x.score)).collect();
                e["score"] = json!(m.score);
                e["match"] = json!(m.is_match);
                e["features"] = json!(features);
                e["explanations"] = json!(m.explanation);
                e
            })
            .collect();
        audit_results.insert(k.clone(), audited(&hits));
        let mut response = json!({"status": 200, "results": results,
                   "total": {"value": hits.len(), "relation": "eq"}, "query": ex});
        if !left_out.is_empty() {
            response["warnings"] = json!(left_out
                .iter()
                .map(|w| format!("screened without {w}"))
                .collect::<Vec<_>>());
        }
        responses.insert(k, response);
    }
    (responses, audit_results)
}

#[derive(Deserialize)]
struct SearchParams {
    q: Option<String>,
    schema: Option<String>,
    limit: Option<usize>,
    /// A birth date or year (persons): agreeing raises the score, differing lowers it.
    birth_date: Option<String>,
    /// A country name or code: nationality, citizenship, jurisdiction.
    country: Option<String>,
}

/// Screening by one name (what the UI's search box sends), recorded in the audit trail like
/// `/match`.
async fn search_handler(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    ApiQuery(p): ApiQuery<SearchParams>,
    RawQuery(raw_query): RawQuery,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let key = authorize(&state, &headers, Role::Screen)?;
    let _answering = state.audit.begin();
    let datasets = datasets_for(&state, &dataset)?;
    let q = p.q.unwrap_or_default();
    if q.trim().is_empty() || q.len() > vigil_index::MAX_NAME_BYTES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("q: a name of 1 to {} bytes", vigil_index::MAX_NAME_BYTES),
        ));
    }
    let schema = match p.schema.as_deref() {
        None => Schema::LegalEntity,
        Some(s) => Schema::from_name(s).ok_or_else(|| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("unknown schema {s:?}"),
            )
        })?,
    };
    let limit = p.limit.unwrap_or(10).clamp(1, 100);
    let long = |v: &Option<String>| v.as_ref().is_some_and(|x| x.len() > 100);
    if long(&p.birth_date) || long(&p.country) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "birth_date and country: at most 100 bytes",
        ));
    }
    let query = Query {
        birth_dates: p
            .birth_date
            .iter()
            .filter(|d| !d.trim().is_empty())
            .cloned()
            .collect(),
        countries: p
            .country
            .iter()
            .filter(|c| !c.trim().is_empty())
            .cloned()
            .collect(),
        ..Query::name(schema, &q)
    };
    query
        .check_strict()
        .map_err(|e| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e))?;
    let index = state.index();
    let opts = Options {
        limit,
        cutoff: 0.5,
        datasets: datasets.datasets.clone(),
        ..Options::default()
    };
    let screened = query.clone();
    let hits = scoring(screened.names.iter().map(String::len).sum(), move || {
        index.screen(&screened, &opts)
    })
    .await?;
    let results: Vec<Value> = hits
        .iter()
        .map(|m| {
            json!({"id": m.id, "caption": m.caption, "schema": m.schema.name(), "datasets": m.datasets,
                   "score": m.score, "match": m.is_match, "matched_name": m.matched_name,
                   "explanations": m.explanation})
        })
        .collect();
    let record = AuditRecord {
        endpoint: format!("/search/{dataset}"),
        dataset,
        params: raw_query,
        query: json!({"q": {"schema": schema.name(), "name": q,
                            "birth_date": p.birth_date, "country": p.country}}),
        results: json!({ "q": audited(&hits) }),
        ..AuditRecord::answered(key)
    };
    audit(&state, &record, &datasets.versions).await?;
    Ok(Json(
        json!({"results": results, "total": {"value": results.len(), "relation": "eq"},
                   "limit": limit, "offset": 0}),
    ))
}

/// What the audit trail keeps of one query's answer: (id, score, match) per result.
fn audited(hits: &[vigil_index::Match]) -> Value {
    json!(hits
        .iter()
        .map(|m| json!([m.id, m.score, m.is_match]))
        .collect::<Vec<_>>())
}

/// Record an answered screening; the answer is sent once the record is synced.
async fn audit(
    state: &AppState,
    record: &AuditRecord,
    versions: &audit::VersionSet,
) -> Result<(), ApiError> {
    state
        .audit
        .append(record, versions)
        .await
        .map_err(|_| ApiError::internal("recording the audit trail"))
}

fn graph(state: &AppState) -> Result<Arc<Graph>, ApiError> {
    state
        .graph
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone()
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the network graph is not built yet",
            )
        })
}

#[derive(Deserialize)]
struct DiscrepancyParams {
    /// Only those about this entity (a person's roles, an entity's spellings).
    entity: Option<String>,
    /// Only those with a value read in this document.
    document: Option<String>,
}

/// Where sources disagree: quantities of one thing, spellings of one entity, roles of one
/// person; each value with its document, span, sentence and asserter.
async fn discrepancies_handler(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<DiscrepancyParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let g = graph(&state)?;
    let fingerprint = g.fingerprint.clone();
    let cached = state
        .discrepancies
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|(f, _)| *f == fingerprint)
        .map(|(_, d)| d.clone());
    let all = match cached {
        Some(d) => d,
        None => {
            let st = state.clone();
            tokio::task::spawn_blocking(move || st.warm_discrepancies())
                .await
                .map_err(|_| ApiError::internal("finding discrepancies"))?
                .map_err(|_| ApiError::internal("reading the reports"))?
        }
    };
    let chosen: Vec<Value> = all
        .iter()
        .filter(|d| p.entity.as_ref().is_none_or(|e| &d.subject == e))
        .filter(|d| {
            p.document
                .as_ref()
                .is_none_or(|doc| d.values.iter().any(|v| &v.doc == doc))
        })
        .map(|d| {
            let mut v = json!(d);
            // An entity subject (spellings, roles) is named; a quantity's is a word (TATP).
            if let Some(n) = g.node(&d.subject) {
                v["subject_caption"] = json!(g.nodes[n as usize].caption);
            }
            v
        })
        .collect();
    Ok(Json(
        json!({"discrepancies": chosen, "total": chosen.len()}),
    ))
}

async fn entity_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let mut e = entity_json(&state, &id)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no entity {id:?}")))?;
    if let Ok(g) = graph(&state) {
        if let Some(n) = g.node(&id) {
            let hood = g.neighbourhood(n, 1, &Filter::default(), 200);
            let adjacent: Vec<Value> = hood
                .edges
                .iter()
                .map(|&i| {
                    let edge = &g.edges[i as usize];
                    let other = &g.nodes[g.other(i, n) as usize];
                    json!({"relation": edge.relation, "role": edge.role, "entity": edge.entity,
                           "source": edge.source.as_str(), "outgoing": edge.a == n,
                           "other": {"id": other.id, "caption": other.caption, "schema": other.schema}})
                })
                .collect();
            e["adjacent"] = json!(adjacent);
            let mut reader = vigil_graph::ClaimReader::new(state.store.as_ref());
            let forms: Vec<Value> = g
                .forms_of(n)
                .iter()
                .map(|f| {
                    json!({"form": f.form, "document": f.document, "mentions": f.mentions,
                           "file": reader.file_of(&f.document).unwrap_or_default()})
                })
                .collect();
            e["forms"] = json!(forms);
            let sanctions: Vec<Value> = g
                .sanctions_of(n)
                .filter_map(|sid| sanction_json(&state, sid))
                .collect();
            e["sanctions"] = json!(sanctions);
        }
    }
    Ok(Json(e))
}

/// A listing: the `Sanction` entity's current properties, its datasets, and the list versions
/// that first and last carried it (`current` false once a later version dropped it).
fn sanction_json(state: &AppState, id: &str) -> Option<Value> {
    let recs = state.store.entity(id).ok()?;
    let first = recs.iter().map(|r| r.first_seen.as_str()).min()?;
    let last = recs.iter().map(|r| r.last_seen.as_str()).max()?;
    let current = recs.iter().any(|r| r.current);
    let mut properties: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
    let mut datasets: Vec<&str> = Vec::new();
    for r in recs.iter().filter(|r| r.current || !current) {
        let st = &r.statement;
        if st.prop != "entity" {
            let values = properties.entry(st.prop.as_str()).or_default();
            if !values.contains(&st.value.as_str()) {
                values.push(st.value.as_str());
            }
        }
        if !datasets.contains(&st.dataset.as_str()) {
            datasets.push(st.dataset.as_str());
        }
    }
    Some(
        json!({"id": id, "properties": properties, "datasets": datasets,
                "first_seen": first, "last_seen": last, "current": current}),
    )
}

async fn statements_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let recs = state
        .store
        .entity(&id)
        .map_err(|_| ApiError::internal("reading the store"))?;
    if recs.is_empty() {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no entity {id:?}"),
        ));
    }
    Ok(Json(json!({"id": id, "statements": recs})))
}

/// Claims from reports about an entity: each with its kind, summary, sentence, document and
/// who asserts it.
async fn claims_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let g = graph(&state)?;
    // An entity's claims are on its edges; a document's are the edges it is the proof of.
    let edges: Vec<u32> = match g.node(&id) {
        Some(n) => g.edges_of(n).to_vec(),
        None => (0..g.edges.len() as u32)
            .filter(|&e| g.edges[e as usize].document.as_deref() == Some(id.as_str()))
            .collect(),
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut reader = vigil_graph::ClaimReader::new(state.store.as_ref());
    let mut out = Vec::new();
    for e in edges {
        let edge = &g.edges[e as usize];
        if edge.source != vigil_graph::SourceKind::Report || !seen.insert(edge.entity.clone()) {
            continue;
        }
        let Ok(Some((c, file))) = reader.claim(&edge.entity) else {
            continue;
        };
        out.push(json!({
            "id": c.id, "kind": c.first("claimKind"),
            "summary": c.first("summary").or(c.first("name")),
            "role": c.first("role").or(c.first("relationship")),
            "date": c.first("date").or(c.first("startDate")),
            "place": c.first("location"),
            "sentence": c.first("sourceSentence"), "span": c.first("sourceSpan"),
            "asserted_by": c.first("assertedBy"), "document": c.first("proof").unwrap_or(""),
            "file": file,
        }));
    }
    Ok(Json(json!({"id": id, "claims": out})))
}

const INDEX_HTML: &str = include_str!("../assets/index.html");
const CYTOSCAPE_JS: &str = include_str!("../assets/cytoscape.min.js");

async fn ui() -> axum::response::Html<&'static str> {
    axum::response::Html(INDEX_HTML)
}

const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");

/// A static asset of the UI with its type; vigil's own change with the binary, so they are
/// revalidated, while the vendored library keeps for a day.
fn asset(content_type: &'static str, cache: &'static str, body: &'static str) -> Response {
    (
        [
            (axum::http::header::CONTENT_TYPE, content_type),
            (axum::http::header::CACHE_CONTROL, cache),
        ],
        body,
    )
        .into_response()
}

async fn cytoscape_js() -> Response {
    asset(
        "text/javascript; charset=utf-8",
        "public, max-age=86400",
        CYTOSCAPE_JS,
    )
}

async fn app_js() -> Response {
    asset("text/javascript; charset=utf-8", "no-cache", APP_JS)
}

async fn app_css() -> Response {
    asset("text/css; charset=utf-8", "no-cache", APP_CSS)
}

/// The Content-Security-Policy of every response: scripts, styles and data from this origin
/// only, no inline script, no framing. The one inline style allowed (by hash) is the rule
/// Cytoscape.js adds for its container.
const CSP: &str = "default-src 'self'; script-src 'self'; \
    style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data:; \
    connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
    frame-ancestors 'none'";

/// Security headers on every answer, API and UI alike.
fn security_headers(router: Router) -> Router {
    use axum::http::{header, HeaderValue};
    use tower_http::set_header::SetResponseHeaderLayer;
    let set = |name: header::HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    router
        .layer(set(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(set(header::X_FRAME_OPTIONS, "DENY"))
        .layer(set(header::REFERRER_POLICY, "no-referrer"))
}

#[derive(Deserialize)]
struct LinksParams {
    hops: Option<usize>,
}

async fn links_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<LinksParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let hops = p.hops.unwrap_or(1);
    if !(1..=4).contains(&hops) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "hops must be 1 to 4",
        ));
    }
    let g = graph(&state)?;
    let n = g.node(&id).ok_or_else(|| {
        ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no entity {id:?} in the network"),
        )
    })?;
    let hood = g.neighbourhood(n, hops, &Filter::default(), 500);
    let mut reader = vigil_graph::ClaimReader::new(state.store.as_ref());
    let nodes: Vec<Value> = hood
        .nodes
        .iter()
        .map(|&(x, d)| {
            let node = &g.nodes[x as usize];
            json!({"id": node.id, "caption": node.caption, "schema": node.schema,
                   "datasets": node.datasets, "listed": node.listed, "hops": d})
        })
        .collect();
    let edges: Vec<Value> = hood
        .edges
        .iter()
        .map(|&i| {
            let e = &g.edges[i as usize];
            json!({"from": g.nodes[e.a as usize].id, "to": g.nodes[e.b as usize].id,
                   "relation": e.relation, "role": e.role, "entity": e.entity,
                   "source": e.source.as_str(), "datasets": e.datasets, "document": e.document,
                   "file": e.document.as_deref().map(|d| reader.file_of(d).unwrap_or_default()),
                   "start": e.start})
        })
        .collect();
    let cut: Vec<Value> = hood
        .cut
        .iter()
        .map(
            |&(x, all, kept)| json!({"id": g.nodes[x as usize].id, "edges": all, "followed": kept}),
        )
        .collect();
    Ok(Json(
        json!({"id": id, "hops": hops, "nodes": nodes, "edges": edges, "cut": cut}),
    ))
}

#[derive(Deserialize)]
struct TimelineParams {
    entity: Option<String>,
    from: Option<String>,
    to: Option<String>,
    /// Comma-separated kinds (`listed`, `version`, `arrest`, ...); none: all.
    kind: Option<String>,
    /// The latest this many entries (default 1,000): every list listing is an entry.
    limit: Option<usize>,
}

async fn timeline_handler(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<TimelineParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let g = graph(&state)?;
    let node = match &p.entity {
        Some(id) => Some(
            g.node(id)
                .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no entity {id:?}")))?,
        ),
        None => None,
    };
    let kinds: Vec<&str> = p
        .kind
        .as_deref()
        .map(|k| {
            k.split(',')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let unprocessable = |e: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e);
    for k in &kinds {
        vigil_model::vocab::check("kind", k, vigil_model::vocab::TIMELINE_KINDS)
            .map_err(unprocessable)?;
    }
    for (what, d) in [("from", &p.from), ("to", &p.to)] {
        if let Some(d) = d {
            if vigil_model::dates::parse_single(d)
                .is_none_or(|d| !vigil_model::dates::is_iso_date_or_time(&d))
            {
                return Err(unprocessable(format!(
                    "{what}: {d:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                )));
            }
        }
    }
    let all = g.timeline(node, p.from.as_deref(), p.to.as_deref());
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for t in &all {
        *counts.entry(t.kind.as_str()).or_default() += 1;
    }
    let chosen: Vec<_> = all
        .into_iter()
        .filter(|t| kinds.is_empty() || kinds.contains(&t.kind.as_str()))
        .collect();
    let total = chosen.len();
    let limit = p.limit.unwrap_or(1000).min(100_000);
    let mut reader = vigil_graph::ClaimReader::new(state.store.as_ref());
    let entries: Vec<Value> = chosen[total.saturating_sub(limit)..]
        .iter()
        .map(|t| {
            let file = (t.source == vigil_graph::SourceKind::Report)
                .then(|| reader.file_of(&t.origin).unwrap_or_default());
            json!({"date": t.date, "kind": t.kind, "summary": t.summary, "place": t.place,
                   "source": t.source.as_str(), "origin": t.origin, "file": file, "entity": t.entity,
                   "about": t.nodes.iter().map(|&n| g.nodes[n as usize].id.clone()).collect::<Vec<_>>(),
                   "about_captions": t.nodes.iter().map(|&n| g.nodes[n as usize].caption.clone()).collect::<Vec<_>>()})
        })
        .collect();
    Ok(Json(
        json!({"entries": entries, "total": total, "kinds": counts}),
    ))
}

async fn datasets_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let v = state
        .versions
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .latest
        .clone();
    Ok(Json(
        json!({"datasets": v.iter().map(|(n, v)| json!({"name": n, "version": v})).collect::<Vec<_>>()}),
    ))
}

/// `POST /ingest`: queue a write; answered at once with the job to poll.
async fn ingest_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<ApiJson<IngestRequest>, ApiError>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let key = authorize(&state, &headers, Role::Write)?;
    let ApiJson(req) = body?;
    if state.ingestor.is_none() {
        return Err(ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "this server does not write",
        ));
    }
    if !matches!(req.kind.as_str(), "reports" | "lists") {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "kind: reports or lists",
        ));
    }
    if req.files.is_empty() || req.files.len() > 10_000 {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "files: 1 to 10,000",
        ));
    }
    let unprocessable = |e: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e);
    let mut names = std::collections::HashSet::new();
    for f in &req.files {
        vigil_model::vocab::check_file_name(&f.name).map_err(unprocessable)?;
        // Two files of one name would overwrite each other when staged.
        if !names.insert(f.name.as_str()) {
            return Err(unprocessable(format!(
                "file name {:?} is sent twice: file names must differ",
                f.name
            )));
        }
    }
    if let Some(v) = &req.version {
        vigil_model::vocab::check_label("version", v).map_err(unprocessable)?;
    }
    if let Some(v) = &req.source {
        vigil_model::vocab::check_label("source", v).map_err(unprocessable)?;
    }
    if let Some(v) = &req.format {
        vigil_model::vocab::check_label("format", v).map_err(unprocessable)?;
    }
    if let Some(d) = &req.published {
        if vigil_model::dates::parse_single(d)
            .is_none_or(|d| !vigil_model::dates::is_iso_date_or_time(&d))
        {
            return Err(unprocessable(format!(
                "published: {:?} is not a date",
                d.chars().take(60).collect::<String>()
            )));
        }
    }
    let id = format!(
        "job-{}",
        &vigil_model::short_hash(&format!(
            "{}{key}{}{}",
            now(),
            req.files.len(),
            req.files[0].name
        ))[..12]
    );
    let job = Job {
        id: id.clone(),
        kind: req.kind.clone(),
        files: req.files.len(),
        key,
        status: "queued".into(),
        submitted: now(),
        finished: None,
        result: None,
        error: None,
        progress: None,
    };
    match jobs::submit(&state, job, req) {
        Ok(()) => {}
        Err(jobs::Refused::Full) => {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                format!(
                    "{} jobs are waiting already; try again once some have run",
                    jobs::MAX_QUEUED_JOBS
                ),
            ))
        }
        Err(jobs::Refused::Stopping) => {
            return Err(ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "the server is stopping; submit the job again once it is back",
            ))
        }
    }
    Ok((
        StatusCode::ACCEPTED,
        Json(json!({"job": id, "status": "queued", "url": format!("/jobs/{id}")})),
    ))
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

async fn job_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Job>, ApiError> {
    authorize(&state, &headers, Role::Write)?;
    state
        .jobs
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no job {id:?}")))
}

#[derive(Deserialize)]
struct AuditParams {
    since: Option<String>,
}

/// The audit trail (admin keys only).
async fn audit_handler(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<AuditParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Admin)?;
    if let Some(since) = p.since.as_deref() {
        if !vigil_model::dates::is_iso_date_or_time(since) {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("since: {since:?} is not an ISO date or time (2026-11-01, 2026-11-01T08:00:00Z)"),
            ));
        }
    }
    let read = audit::read(state.audit.path(), p.since.as_deref())
        .map_err(|_| ApiError::internal("reading the audit trail"))?;
    Ok(Json(
        json!({"records": read.records, "torn_lines_skipped": read.torn,
                   "damaged_lines": read.damaged_lines}),
    ))
}

async fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no such endpoint; see /openapi.json")
}

/// The router.
pub fn app(state: Arc<AppState>) -> Router {
    let cors = cors_layer(&state.cors_origins);
    let router = security_headers(routes(state));
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
            .allow_methods([Method::GET, Method::POST])
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
        .route("/match/{dataset}", post(match_handler))
        .route("/search/{dataset}", get(search_handler))
        .route("/entities/{id}", get(entity_handler))
        .route("/entities/{id}/statements", get(statements_handler))
        .route("/entities/{id}/links", get(links_handler))
        .route("/timeline", get(timeline_handler))
        .route("/discrepancies", get(discrepancies_handler))
        .route("/audit", get(audit_handler))
        .route(
            "/ingest",
            post(ingest_handler).layer(DefaultBodyLimit::max(MAX_INGEST_BODY)),
        )
        .route("/jobs/{id}", get(job_handler))
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

/// Serve the API on a bound listener until `shutdown` completes (in-flight requests finish).
/// How long a connection may take to send a request's headers, and how long an idle
/// keep-alive connection stays open: a half-sent request or a silent client is dropped then.
pub const HEADER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);
/// How long a request body may take to arrive in full (lists of tens of megabytes included).
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);
/// Most connections open at once; more wait to be accepted.
pub const MAX_CONNECTIONS: usize = 1024;

/// Connection limits of [`run`].
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: std::time::Duration,
    pub body_timeout: std::time::Duration,
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: HEADER_TIMEOUT,
            body_timeout: BODY_TIMEOUT,
            max_connections: MAX_CONNECTIONS,
        }
    }
}

/// Serve until `shutdown` resolves, then let the requests in flight finish. Each connection
/// is HTTP/1.1 with a header-read timeout that also closes idle keep-alive connections, each
/// body has a time limit, and at most `max_connections` are open at once.
pub async fn run(
    listener: tokio::net::TcpListener,
    state: Arc<AppState>,
    limits: Limits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let jobs_state = state.clone();
    let router = app(state).layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
        limits.body_timeout,
    ));
    let slots = Arc::new(tokio::sync::Semaphore::new(limits.max_connections.max(1)));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    eprintln!("vigil: accepting a connection: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    // The running job finishes; the queued ones are cancelled, each logged and recorded.
    let state = jobs_state;
    let _ = tokio::task::spawn_blocking(move || state.stop_jobs()).await;
    Ok(())
}
