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
                   "article": e.document.as_deref().map(|d| reader.label_of(d).unwrap_or_default()),
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
    let all = g.timeline(node, p.from.as_deref(), p.to.as_deref());
    let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
    for t in &all {
        *counts.entry(t.kind.as_str()).or_default() += 1;
    }
    let chosen: Vec<_> = all
        .into_iter()
        // By default what happened (listings, arrests, plots, roles); list versions when asked.
        .filter(|t| {
            if kinds.is_empty() {
                t.kind != "version"
            } else {
                kinds.contains(&t.kind.as_str())
            }
        })
        .collect();
    // For one entity also when each list first and last carried it (the engine's rows, as the
    // CLI shows them).
    let mut appearances: Vec<Value> = Vec::new();
    if let Some(n) = node {
        let entity = &g.nodes[n as usize];
        let rows =
            vigil_engine::network::appearances(state.store.as_ref(), &entity.id, &entity.caption)
                .map_err(|_| ApiError::internal("reading the store"))?;
        for r in rows {
            let kind = r["kind"].as_str().unwrap_or("").to_string();
            *counts
                .entry(if kind == "first_seen" {
                    "first_seen"
                } else {
                    "last_seen"
                })
                .or_default() += 1;
            let date = r["date"].as_str().unwrap_or("");
            let in_range = p.from.as_deref().is_none_or(|f| date >= f)
                && p.to
                    .as_deref()
                    .is_none_or(|t| date.get(..t.len()).unwrap_or(date) <= t);
            if in_range && (kinds.is_empty() || kinds.contains(&kind.as_str())) {
                appearances.push(r);
            }
        }
    }
    let total = chosen.len() + appearances.len();
    let limit = p.limit.unwrap_or(1000).min(100_000);
    let mut reader = vigil_graph::ClaimReader::new(state.store.as_ref());
    // Only the latest `limit` are answered: without extra rows, only those are built.
    let skip = if appearances.is_empty() {
        chosen.len().saturating_sub(limit)
    } else {
        0
    };
    let mut entries: Vec<Value> = chosen[skip..]
        .iter()
        .map(|t| {
            let file = (t.source == vigil_graph::SourceKind::Report)
                .then(|| reader.file_of(&t.origin).unwrap_or_default());
            let article = (t.source == vigil_graph::SourceKind::Report)
                .then(|| reader.label_of(&t.origin).unwrap_or_default());
            json!({"date": t.date, "kind": t.kind, "summary": t.summary, "place": t.place,
                   "source": t.source.as_str(), "origin": t.origin, "file": file,
                   "article": article, "entity": t.entity,
                   "about": t.nodes.iter().map(|&n| g.nodes[n as usize].id.clone()).collect::<Vec<_>>(),
                   "about_captions": t.nodes.iter().map(|&n| g.nodes[n as usize].caption.clone()).collect::<Vec<_>>()})
        })
        .collect();
    entries.extend(appearances);
    entries.sort_by(|a, b| a["date"].as_str().cmp(&b["date"].as_str()));
    let entries: Vec<Value> = entries.split_off(entries.len().saturating_sub(limit));
    Ok(Json(
        json!({"entries": entries, "total": total, "kinds": counts}),
    ))
}
