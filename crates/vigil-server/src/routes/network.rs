//! The network and time: links around an entity, the timeline, where sources disagree.

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use vigil_graph::{Filter, Graph};

use crate::auth::authorize;
use crate::{ApiError, ApiQuery, AppState, Role};

pub(crate) fn graph(state: &AppState) -> Result<Arc<Graph>, ApiError> {
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
pub(crate) struct DiscrepancyParams {
    /// Only those about this entity (a person's roles, an entity's spellings).
    entity: Option<String>,
    /// Only those with a value read in this document.
    document: Option<String>,
}

/// Where sources disagree: quantities of one thing, spellings of one entity, roles of one
/// person; each value with its document, span, sentence and asserter.
pub(crate) async fn discrepancies_handler(
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

#[derive(Deserialize)]
pub(crate) struct LinksParams {
    hops: Option<usize>,
}

pub(crate) async fn links_handler(
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
    let store = state.store.clone();
    let (nodes, edges, cut) = tokio::task::spawn_blocking(move || {
        vigil_engine::network::neighbourhood_of(
            store.as_ref(),
            &g,
            n,
            hops,
            &Filter::default(),
            500,
        )
    })
    .await
    .map_err(|_| ApiError::internal("reading the network"))?
    .map_err(|_| ApiError::internal("reading the store"))?;
    // The wire shape: each edge flat, its evidence summed up by source, document and file.
    let edges: Vec<Value> = edges
        .into_iter()
        .map(|e| {
            json!({"from": e.from, "to": e.to, "relation": e.relation, "role": e.role,
                   "entity": e.entity, "source": e.source, "datasets": e.datasets,
                   "document": e.document, "file": e.file, "article": e.article,
                   "start": e.start})
        })
        .collect();
    Ok(Json(
        json!({"id": id, "hops": hops, "nodes": nodes, "edges": edges, "cut": cut}),
    ))
}

#[derive(Deserialize)]
pub(crate) struct TimelineParams {
    entity: Option<String>,
    from: Option<String>,
    to: Option<String>,
    /// Comma-separated kinds (`listed`, `version`, `arrest`, ...); none: all.
    kind: Option<String>,
    /// The latest this many entries (default 1,000): every list listing is an entry.
    limit: Option<usize>,
}

pub(crate) async fn timeline_handler(
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
        vigil_model::vocab::check("kind", k, &vigil_model::vocab::TIMELINE_KINDS)
            .map_err(unprocessable)?;
    }
    for (what, d) in [("from", &p.from), ("to", &p.to)] {
        if let Some(d) = d {
            if vigil_model::dates::parse_calendar_date(d).is_none() {
                return Err(unprocessable(format!(
                    "{what}: {d:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
                )));
            }
        }
    }
    let kinds: Vec<String> = kinds.into_iter().map(str::to_string).collect();
    let limit = p.limit.unwrap_or(1000).min(100_000);
    let store = state.store.clone();
    let (from, to) = (p.from.clone(), p.to.clone());
    let timeline = tokio::task::spawn_blocking(move || {
        vigil_engine::network::timeline_of(
            store.as_ref(),
            &g,
            node,
            from.as_deref(),
            to.as_deref(),
            &kinds,
            Some(limit),
        )
    })
    .await
    .map_err(|_| ApiError::internal("building the timeline"))?
    .map_err(|_| ApiError::internal("reading the store"))?;
    let (entries, total, counts) = (timeline.entries, timeline.total, timeline.kinds);
    Ok(Json(
        json!({"entries": entries, "total": total, "kinds": counts}),
    ))
}
