//! Entities, their statements and the claims reports make about them; the datasets.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde_json::{json, Value};
use vigil_graph::Filter;

use crate::auth::authorize;
use crate::routes::network::graph;
use crate::{ApiError, ApiQuery, AppState, Role};
use vigil_model::Schema;

pub(crate) fn entity_json(state: &AppState, id: &str) -> Option<Value> {
    state
        .entity_cache
        .get_or(id, || read_entity_json(state, id))
}

fn read_entity_json(state: &AppState, id: &str) -> Option<Value> {
    // One read: the entity and when its statements were first and last loaded and last
    // changed (yente's `first_seen`, `last_seen`, `last_change`), from the store's history.
    let (e, seen) = state.store.entity_seen(id).ok()??;
    // An FtM source's own record of the entity: the ids merged into it and when it was
    // first seen go further back than vigil's loads.
    let source_first = e
        .values(vigil_model::ftm_fields::FIRST_SEEN)
        .iter()
        .min()
        .cloned();
    let first_seen = match (source_first, seen.first_seen) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let last_change = e
        .values(vigil_model::ftm_fields::LAST_CHANGE)
        .iter()
        .max()
        .cloned()
        .or(seen.last_change);
    Some(json!({
        "id": e.id,
        "caption": e.caption(),
        "schema": e.schema.name(),
        "properties": vigil_ftm::api_properties(&e),
        "datasets": e.datasets,
        "referents": e.values(vigil_model::ftm_fields::REFERENTS),
        "target": e.datasets.iter().any(|d| !matches!(d.as_str(), "reports" | "judgements")),
        "first_seen": first_seen,
        "last_seen": seen.last_seen,
        "last_change": last_change,
    }))
}

/// The entities adjacent to `id`, by the property yente shows them under: its own entity
/// properties (`addressEntity`, `holder`, ...) and, for entities pointing at it, FtM's reverse
/// property of theirs (a Sanction's `entity` → `sanctions`, an Ownership's `owner` →
/// `ownershipOwner`), each id once, in a stable order.
pub(crate) fn adjacent_ids(state: &AppState, id: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut put = |prop: &str, other: &str| {
        let ids = out.entry(prop.to_string()).or_default();
        if !ids.iter().any(|x| x == other) {
            ids.push(other.to_string());
        }
    };
    if let Ok(Some(e)) = state.store.current_entity(id) {
        for (prop, other) in e.references() {
            put(prop, other);
        }
    }
    if let Ok(g) = graph(state) {
        if let Some(n) = g.node(id) {
            for sanction in g.sanctions_of(n) {
                put("sanctions", sanction);
            }
            for &i in g.edges_of(n) {
                let edge = &g.edges[i as usize];
                // Which of the relation's properties points here: its first end's or its
                // second's (an event's `involved` party is its first end).
                let (schema, prop) = match Schema::from_name(&edge.relation).and_then(Schema::edge)
                {
                    Some((first, second)) => (
                        edge.relation.as_str(),
                        if edge.a == n { first } else { second },
                    ),
                    None if edge.relation == "involved" && edge.a == n => ("Event", "involved"),
                    None => continue,
                };
                if let Some(reverse) = vigil_ftm::reverse_property(schema, prop) {
                    if edge.entity != id {
                        put(reverse, &edge.entity);
                    }
                }
            }
        }
    }
    out
}

/// `entity_json` of each id that is still an entity, the reference back to `root` left as it is.
fn nested(state: &AppState, ids: &[String], root: &str) -> Vec<Value> {
    ids.iter()
        .filter_map(|other| {
            let mut e = entity_json(state, other)?;
            // One level: the adjacent entity's own references are resolved, but not further.
            if let Some(props) = e["properties"].as_object_mut() {
                for (_, values) in props.iter_mut() {
                    let Some(list) = values.as_array_mut() else {
                        continue;
                    };
                    for v in list.iter_mut() {
                        let Some(target) = v.as_str().map(str::to_string) else {
                            continue;
                        };
                        if target != root && target != *other && is_reference(state, other, &target)
                        {
                            if let Some(inner) = entity_json(state, &target) {
                                *v = inner;
                            }
                        }
                    }
                }
            }
            Some(e)
        })
        .collect()
}

fn is_reference(state: &AppState, id: &str, value: &str) -> bool {
    state
        .store
        .current_entity(id)
        .ok()
        .flatten()
        .is_some_and(|e| e.references().any(|(_, v)| v == value))
}

#[derive(serde::Deserialize)]
pub(crate) struct EntityParams {
    /// yente's `nested`: adjacent entities inside `properties` (default), or only ids.
    nested: Option<bool>,
}

#[derive(serde::Deserialize)]
pub(crate) struct AdjacentParams {
    limit: Option<usize>,
    offset: Option<usize>,
}

/// Most adjacent entities nested in one property of `/entities/{id}`.
const MAX_NESTED: usize = 100;

/// Most adjacent entities one page gives (yente: 500).
const MAX_ADJACENT_LIMIT: usize = 500;

fn page(state: &AppState, ids: &[String], root: &str, limit: usize, offset: usize) -> Value {
    let slice: Vec<String> = ids.iter().skip(offset).take(limit).cloned().collect();
    json!({"results": nested(state, &slice, root),
           "total": {"value": ids.len(), "relation": "eq"},
           "limit": limit, "offset": offset})
}

fn adjacent_page_params(p: &AdjacentParams) -> Result<(usize, usize), ApiError> {
    let (limit, offset) = (p.limit.unwrap_or(10), p.offset.unwrap_or(0));
    if !(1..=MAX_ADJACENT_LIMIT).contains(&limit) || offset > 10_000 {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("limit {limit}, offset {offset}: limit 1 to {MAX_ADJACENT_LIMIT}, offset at most 10000"),
        ));
    }
    Ok((limit, offset))
}

/// yente's `/entities/{id}/adjacent`: the entity and, per property, a page of adjacent entities.
pub(crate) async fn adjacent_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    ApiQuery(p): ApiQuery<AdjacentParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let (limit, offset) = adjacent_page_params(&p)?;
    let entity = entity_json(&state, &id)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no entity {id:?}")))?;
    let adjacent: serde_json::Map<String, Value> = adjacent_ids(&state, &id)
        .iter()
        .map(|(prop, ids)| (prop.clone(), page(&state, ids, &id, limit, offset)))
        .collect();
    Ok(Json(json!({"entity": entity, "adjacent": adjacent})))
}

/// yente's `/entities/{id}/adjacent/{prop}`: one property's page.
pub(crate) async fn adjacent_prop_handler(
    State(state): State<Arc<AppState>>,
    Path((id, prop)): Path<(String, String)>,
    ApiQuery(p): ApiQuery<AdjacentParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let (limit, offset) = adjacent_page_params(&p)?;
    if entity_json(&state, &id).is_none() {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!("no entity {id:?}"),
        ));
    }
    let adjacent = adjacent_ids(&state, &id);
    match adjacent.get(&prop) {
        Some(ids) => Ok(Json(page(&state, ids, &id, limit, offset))),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            format!(
                "{id:?} has no adjacent entities under {prop:?}; it has: {}",
                adjacent.keys().cloned().collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}

pub(crate) async fn entity_handler(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    ApiQuery(params): ApiQuery<EntityParams>,
    headers: HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    authorize(&state, &headers, Role::Screen)?;
    // An id an analyst merged into another answers where it went (308, as yente does for
    // merged ids); the survivor lists the ids merged into it as `referents`.
    let judgements = vigil_reports::load_judgements(state.store.as_ref())
        .map_err(|_| ApiError::internal("judgements"))?;
    let aliases = judgements.aliases(&id);
    if let Some(target) = aliases.first().filter(|t| **t != id) {
        let path = format!(
            "/entities/{}",
            percent_encoding::utf8_percent_encode(target, percent_encoding::NON_ALPHANUMERIC)
        );
        return Ok(axum::response::Redirect::permanent(&path).into_response());
    }
    let mut e = entity_json(&state, &id)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, format!("no entity {id:?}")))?;
    // Ids analysts merged into it, beside those an FtM source gave.
    if let Some(list) = e["referents"].as_array_mut() {
        for merged in aliases.iter().skip(1) {
            if !list.iter().any(|x| x == merged) {
                list.push(json!(merged));
            }
        }
    }
    // yente's nested entity: adjacent entities inside `properties`, under their own property
    // or FtM's reverse one; `nested=false` leaves ids.
    if params.nested.unwrap_or(true) {
        let mut totals = serde_json::Map::new();
        for (prop, ids) in adjacent_ids(&state, &id) {
            // A hub (a ministry with hundreds of links) nests its first ones; `/adjacent`
            // pages through all, and `adjacent_total` says how many there are.
            let shown = &ids[..ids.len().min(MAX_NESTED)];
            e["properties"][&prop] = json!(nested(&state, shown, &id));
            totals.insert(prop, json!(ids.len()));
        }
        e["adjacent_total"] = Value::Object(totals);
    }
    if let Ok(g) = graph(&state) {
        if let Some(n) = g.node(&id) {
            let hood = g.neighbourhood(n, 1, &Filter::default(), 200);
            let adjacent: Vec<Value> = hood
                .edges
                .iter()
                .map(|&i| {
                    let edge = &g.edges[i as usize];
                    let other = &g.nodes[g.other(i, n) as usize];
                    // A report's claim that one party asserts is said to be that party's.
                    let asserted_by = (edge.source == vigil_graph::SourceKind::Report)
                        .then(|| state.store.current_entity(&edge.entity).ok().flatten())
                        .flatten()
                        .and_then(|c| c.first("assertedBy").map(str::to_string));
                    json!({"relation": edge.relation, "role": edge.role, "entity": edge.entity,
                           "source": edge.source.as_str(), "outgoing": edge.a == n,
                           "asserted_by": asserted_by,
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
                           "file": reader.file_of(&f.document).unwrap_or_default(),
                           "article": reader.label_of(&f.document).unwrap_or_default()})
                })
                .collect();
            e["forms"] = json!(forms);
            // A report entity's best list candidate that linking did not take, and why.
            let possible: Vec<vigil_link::PossibleMatch> = e["properties"]["notes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|n| n.as_str().and_then(vigil_link::parse_possible))
                .collect();
            if !possible.is_empty() {
                e["possible_matches"] = json!(possible);
            }
            let sanctions: Vec<Value> = g
                .sanctions_of(n)
                .filter_map(|sid| sanction_json(&state, sid))
                .collect();
            e["sanctions"] = json!(sanctions);
            // The authority's listing date, the list version's publication date and the day
            // vigil loaded it, kept apart.
            if let Ok(listings) =
                vigil_engine::network::listings(state.store.as_ref(), Some(&g), &id)
            {
                e["listings"] = json!(listings);
            }
        }
    }
    Ok(Json(e).into_response())
}

/// A listing: the `Sanction` entity's current properties, its datasets, and the list versions
/// that first and last carried it (`current` false once a later version dropped it).
pub(crate) fn sanction_json(state: &AppState, id: &str) -> Option<Value> {
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

pub(crate) async fn statements_handler(
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
pub(crate) async fn claims_handler(
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

/// yente's `/catalog`: every dataset with its version, load time and size, which
/// are current in the index, and an `ETag` (the versions' hash) for `If-None-Match`.
pub(crate) async fn catalog_handler(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    authorize(&state, &headers, Role::Screen)?;
    let infos = state
        .store
        .datasets()
        .map_err(|_| ApiError::internal("reading the store"))?;
    let latest = state
        .versions
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .latest
        .clone();
    let mut current = Vec::new();
    let mut outdated = Vec::new();
    let datasets: Vec<Value> = infos
        .iter()
        .map(|d| {
            let served = latest.get(&d.name);
            if served == Some(&d.latest.version) {
                current.push(d.name.clone());
            } else {
                outdated.push(d.name.clone());
            }
            json!({
                "name": d.name,
                "title": vigil_model::vocab::dataset_title(&d.name),
                "version": d.latest.version,
                "updated_at": d.latest.loaded_at,
                "load": true,
                "entity_count": d.latest.entities,
                "statement_count": d.latest.statements,
                "versions": d.versions,
                "format": d.latest.format,
            })
        })
        .collect();
    let body = json!({"datasets": datasets, "current": current, "outdated": outdated,
                      "index_stale": !outdated.is_empty()});
    let tag = {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(body.to_string().as_bytes());
        let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
        format!("\"{hex}\"")
    };
    let matches = headers
        .get(axum::http::header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag || t.trim() == "*"));
    if matches {
        return Ok((StatusCode::NOT_MODIFIED, [(axum::http::header::ETAG, tag)]).into_response());
    }
    Ok(([(axum::http::header::ETAG, tag)], Json(body)).into_response())
}

pub(crate) async fn datasets_handler(
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
    // Each dataset served, with its three dates kept apart and its size, from the store.
    let infos: std::collections::HashMap<String, vigil_store::DatasetInfo> = state
        .store
        .datasets()
        .map_err(|_| ApiError::internal("reading the store"))?
        .into_iter()
        .map(|d| (d.name.clone(), d))
        .collect();
    let datasets: Vec<Value> = v
        .iter()
        .map(|(n, version)| {
            let info = infos.get(n);
            json!({"name": n, "title": vigil_model::vocab::dataset_title(n), "version": version,
                   "published": info.and_then(|d| d.latest.published.clone()),
                   "loaded_at": info.map(|d| d.latest.loaded_at.clone()),
                   "entities": info.map(|d| d.latest.entities),
                   "versions": info.map(|d| d.versions),
                   "changes": info.map(|d| d.latest.change_summary())})
        })
        .collect();
    Ok(Json(json!({ "datasets": datasets })))
}
