//! Writes: `POST /ingest` queues a job (see `jobs`), `GET /jobs/{id}` tells how it went.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};

use crate::auth::authorize;
use crate::{jobs, now, ApiError, ApiJson, ApiQuery, AppState, IngestRequest, Job, Role};

/// `POST /ingest`: queue a write; answered at once with the job to poll.
pub(crate) async fn ingest_handler(
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
        if vigil_model::dates::parse_calendar_date(d).is_none() {
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

pub(crate) async fn job_handler(
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

#[derive(serde::Deserialize)]
pub(crate) struct UpdatezParams {
    /// Wait until the index is rebuilt (yente's `sync`).
    sync: Option<bool>,
    /// yente's update token: an admin key here (the `Authorization` header works too).
    token: Option<String>,
}

/// yente's `POST /updatez` (admin): rebuild the screening index and network graph from the
/// store as it now stands (after a `vigil load` beside the server, say), then serve them.
pub(crate) async fn updatez_handler(
    State(state): State<Arc<AppState>>,
    ApiQuery(p): ApiQuery<UpdatezParams>,
    mut headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    if let Some(token) = p.token.as_deref().filter(|t| !t.is_empty()) {
        if let Ok(v) = format!("ApiKey {token}").parse() {
            headers.insert(axum::http::header::AUTHORIZATION, v);
        }
    }
    authorize(&state, &headers, Role::Admin)?;
    let Some(ingestor) = state.ingestor.clone() else {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "this server was started without a store it can rebuild from",
        ));
    };
    let st = state.clone();
    let work = move || match ingestor.derived() {
        Ok((index, graph)) => {
            crate::jobs::install_derived(&st, index, graph);
            Ok(())
        }
        Err(e) => Err(e),
    };
    if p.sync.unwrap_or(false) {
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|_| ApiError::internal("rebuilding the index"))?
            .map_err(|e| {
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("rebuilding the index: {e}"),
                )
            })?;
    } else {
        tokio::task::spawn_blocking(work);
    }
    Ok(Json(json!({"status": "ok"})))
}
