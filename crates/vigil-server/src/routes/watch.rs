//! Watching over HTTP: subjects (`/watch/subjects`), alerts (`/alerts`) and decisions
//! (`POST /alerts/{id}/decision`), the same workflows as `vigil watch` and `vigil alerts`. A
//! write key for all of it: the subjects are an organisation's customers.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use vigil_engine::watch::SubjectInput;
use vigil_engine::{Engine, EngineError};

use crate::auth::authorize;
use crate::{ApiError, ApiJson, ApiQuery, AppState, Role};

/// Most subjects one request may add (a larger file goes through `vigil watch add --batch`).
const MOST_SUBJECTS: usize = 10_000;

fn engine(state: &AppState) -> Result<&Engine, ApiError> {
    state
        .ingestor
        .as_ref()
        .and_then(|i| i.engine())
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "this server does not write",
            )
        })
}

fn engine_error(e: EngineError) -> ApiError {
    match e {
        EngineError::Refused(why) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, why),
        other => {
            eprintln!("vigil: watching failed: {}", other.chain());
            ApiError::internal("watching")
        }
    }
}

/// Run a watch workflow off the async threads, one write at a time with the server's others.
async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    work: impl FnOnce(&Engine) -> Result<T, EngineError> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || {
        let _write = state.write_lock.lock().unwrap_or_else(|p| p.into_inner());
        work(engine(&state)?).map_err(engine_error)
    })
    .await
    .map_err(|_| ApiError::internal("watching"))?
}

pub(crate) async fn subjects_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Write)?;
    let s = blocking(&state, |e| e.watch_state()).await?;
    Ok(Json(
        json!({"subjects": s.subjects.values().collect::<Vec<_>>()}),
    ))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SubjectIn {
    id: Option<String>,
    name: String,
    schema: Option<String>,
    birth_date: Option<String>,
    country: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AddSubjects {
    subjects: Vec<SubjectIn>,
}

/// `POST /watch/subjects`: `{"subjects": [{"id", "name", "schema", "birth_date", "country"}]}`;
/// every subject checked before any is added, each screened at once.
pub(crate) async fn add_subjects_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<ApiJson<AddSubjects>, ApiError>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let key = authorize(&state, &headers, Role::Write)?;
    let ApiJson(req) = body?;
    if req.subjects.is_empty() || req.subjects.len() > MOST_SUBJECTS {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("subjects: 1 to {MOST_SUBJECTS}"),
        ));
    }
    let inputs: Vec<SubjectInput> = req
        .subjects
        .into_iter()
        .map(|s| SubjectInput {
            id: s.id,
            name: s.name,
            schema: s.schema,
            birth_date: s.birth_date,
            country: s.country,
        })
        .collect();
    let added = blocking(&state, move |e| e.watch_add(inputs, Some(&key))).await?;
    Ok((
        StatusCode::CREATED,
        Json(json!({"added": added.subjects, "alerts": added.alerts})),
    ))
}

pub(crate) async fn remove_subject_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let key = authorize(&state, &headers, Role::Write)?;
    let removed = blocking(&state, move |e| e.watch_remove(&[id], Some(&key))).await?;
    Ok(Json(json!({"removed": removed})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AlertsParams {
    status: Option<String>,
    subject: Option<String>,
}

/// `GET /alerts?status=open|decided|all&subject=ID`: newest first.
pub(crate) async fn alerts_handler(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<AlertsParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Write)?;
    let status = p.status.unwrap_or_else(|| "open".into());
    if !matches!(status.as_str(), "open" | "decided" | "all") {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("status {status:?}: one of open, decided, all"),
        ));
    }
    let s = blocking(&state, |e| e.watch_state()).await?;
    let alerts: Vec<Value> = s
        .alerts
        .iter()
        .rev()
        .filter(|a| status == "all" || s.status(&a.id) == status)
        .filter(|a| p.subject.as_ref().is_none_or(|x| *x == a.subject_id))
        .map(|a| s.alert_json(a))
        .collect();
    Ok(Json(json!({"alerts": alerts, "total": alerts.len()})))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecisionIn {
    #[serde(rename = "as")]
    verdict: String,
    note: String,
}

/// `POST /alerts/{id}/decision`: `{"as": "false-positive"|"true-match"|"escalated", "note"}`,
/// recorded as decided by the key's holder.
pub(crate) async fn decide_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Result<ApiJson<DecisionIn>, ApiError>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    let key = authorize(&state, &headers, Role::Write)?;
    let ApiJson(d) = body?;
    let decision = blocking(&state, move |e| e.decide(&id, &d.verdict, &d.note, &key)).await?;
    Ok((StatusCode::CREATED, Json(json!(decision))))
}

/// `GET /feeds`: the feeds followed, each with its latest poll (status, items, pages that
/// failed and why).
pub(crate) async fn feeds_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Write)?;
    let s = blocking(&state, |e| e.feed_state()).await?;
    let feeds: Vec<Value> = s
        .feeds
        .iter()
        .map(|f| json!({"feed": f, "last_poll": s.last_poll.get(&f.id)}))
        .collect();
    Ok(Json(json!({ "feeds": feeds })))
}

/// `GET /stories`: reports about the same event from different outlets, grouped.
pub(crate) async fn stories_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let store = state.store.clone();
    let stories = tokio::task::spawn_blocking(move || {
        vigil_reports::load(store.as_ref(), vigil_link::REPORTS_DATASET)
            .map(|d| vigil_reports::stories::stories(&d))
    })
    .await
    .map_err(|_| ApiError::internal("grouping the stories"))?
    .map_err(|_| ApiError::internal("reading the reports"))?;
    Ok(Json(json!({ "stories": stories })))
}
