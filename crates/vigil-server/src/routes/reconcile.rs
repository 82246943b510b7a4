//! The Reconciliation Service API (0.2) OpenRefine speaks: journalists clean a spreadsheet
//! column of names against the lists. The manifest at `GET /reconcile/{dataset}`; queries
//! (`queries=` JSON, as a form field or URL parameter) scored by vigil's matcher like `/match`
//! and audited like it; entity, type and property suggestions; data extension (`extend=`) and
//! its proposed properties. Keys: OpenRefine cannot set headers, so `?api_key=` works and the
//! manifest's service paths carry it on.

use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};
use vigil_index::Options;
use vigil_model::Schema;

use crate::auth::authorize;
use crate::routes::entities::entity_json;
use crate::routes::screening::{audit, datasets_for, example_query, scoring, screen_examples};
use crate::{ApiError, AppState, AuditRecord, Role, MAX_QUERIES};

/// Schemata offered as reconciliation types: what screening matches.
const TYPES: &[Schema] = &[
    Schema::LegalEntity,
    Schema::Person,
    Schema::Organization,
    Schema::Company,
    Schema::PublicBody,
    Schema::Vessel,
    Schema::Airplane,
    Schema::CryptoWallet,
];

/// Properties a query may carry and extension may return, by type (FtM names).
const PROPERTIES: &[&str] = &[
    "name",
    "alias",
    "birthDate",
    "birthPlace",
    "nationality",
    "citizenship",
    "country",
    "jurisdiction",
    "gender",
    "position",
    "idNumber",
    "passportNumber",
    "taxNumber",
    "registrationNumber",
    "innCode",
    "ogrnCode",
    "leiCode",
    "swiftBic",
    "imoNumber",
    "mmsi",
    "incorporationDate",
    "address",
    "email",
    "phone",
    "website",
    "topics",
    "program",
    "notes",
];

/// Most values `extend` gives a property of one row by default.
const EXTEND_LIMIT: usize = 50;

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, message)
}

/// The request's form or URL parameters: `queries`, `extend`.
fn params(raw_query: Option<&str>, body: &[u8]) -> (Option<String>, Option<String>) {
    let mut queries = None;
    let mut extend = None;
    for source in [raw_query.unwrap_or("").as_bytes(), body] {
        for (k, v) in form_urlencoded::parse(source) {
            match k.as_ref() {
                "queries" => queries = Some(v.into_owned()),
                "extend" => extend = Some(v.into_owned()),
                _ => {}
            }
        }
    }
    // A JSON body (`{"queries": {...}}`) as some clients send it.
    if queries.is_none() && extend.is_none() {
        if let Ok(v) = serde_json::from_slice::<Value>(body) {
            queries = v.get("queries").map(Value::to_string);
            extend = v.get("extend").map(Value::to_string);
        }
    }
    (queries, extend)
}

/// `GET /reconcile/{dataset}`: the manifest, or queries and extension sent as URL parameters.
pub(crate) async fn reconcile_get(
    state: State<Arc<AppState>>,
    dataset: Path<String>,
    raw_query: RawQuery,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    reconcile(state, dataset, raw_query, headers, Vec::new()).await
}

/// `POST /reconcile/{dataset}`: queries or extension as form fields (OpenRefine's way).
pub(crate) async fn reconcile_post(
    state: State<Arc<AppState>>,
    dataset: Path<String>,
    raw_query: RawQuery,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, ApiError> {
    reconcile(state, dataset, raw_query, headers, body.to_vec()).await
}

async fn reconcile(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    RawQuery(raw_query): RawQuery,
    headers: HeaderMap,
    body: Vec<u8>,
) -> Result<Response, ApiError> {
    let key = authorize(&state, &headers, Role::Screen)?;
    let selection = datasets_for(&state, &dataset)?;
    let (queries, extend) = params(raw_query.as_deref(), &body);
    if let Some(extend) = extend.filter(|e| !e.trim().is_empty()) {
        return Ok(Json(extension(&state, &extend)?).into_response());
    }
    let Some(queries) = queries.filter(|q| !q.trim().is_empty()) else {
        return Ok(Json(manifest(&headers, &dataset)).into_response());
    };
    let batch: serde_json::Map<String, Value> = serde_json::from_str(&queries)
        .map_err(|e| bad(format!("queries: not a JSON object of queries ({e})")))?;
    if batch.is_empty() {
        return Err(bad("queries is empty"));
    }
    if batch.len() > MAX_QUERIES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{} queries: at most {MAX_QUERIES} per request", batch.len()),
        ));
    }
    let mut examples = Vec::with_capacity(batch.len());
    let mut limits = Vec::with_capacity(batch.len());
    for (k, q) in &batch {
        let (example, limit) = recon_example(k, q)?;
        let query = example_query(k, &example)?;
        limits.push((k.clone(), limit));
        examples.push((k.clone(), example, query));
    }
    let opts = Options {
        limit: limits.iter().map(|(_, l)| *l).max().unwrap_or(5),
        datasets: selection.datasets.clone(),
        ..Options::default()
    };
    let index = state.index();
    let scorer = state.clone();
    let name_bytes = examples
        .iter()
        .flat_map(|(_, _, q)| &q.names)
        .map(String::len)
        .sum();
    let batch_size = examples.len();
    let (responses, audit_results) = scoring(name_bytes, move || {
        screen_examples(&scorer, &index, examples, &opts)
    })
    .await?;
    let mut out = serde_json::Map::new();
    for (k, limit) in limits {
        let results: Vec<Value> = responses[&k]["results"]
            .as_array()
            .map(|rs| rs.iter().take(limit).map(recon_result).collect())
            .unwrap_or_default();
        out.insert(k, json!({"result": results}));
    }
    let record = AuditRecord {
        endpoint: format!("/reconcile/{dataset}"),
        dataset,
        params: raw_query,
        query: Value::Object(batch),
        results: Value::Object(audit_results),
        ..AuditRecord::answered(key)
    };
    audit(&state, &record, &selection.versions).await?;
    Ok((
        [("x-batch-size", batch_size.to_string())],
        Json(Value::Object(out)),
    )
        .into_response())
}

/// A reconciliation query as a `/match` example: `query` is the name, `type` the schema,
/// `properties` [{pid, v}] FtM properties; and how many results it asks for.
fn recon_example(key: &str, q: &Value) -> Result<(Value, usize), ApiError> {
    let query = match q {
        Value::String(s) => json!({"query": s}),
        other => other.clone(),
    };
    let schema = match query.get("type") {
        None | Some(Value::Null) => "LegalEntity".to_string(),
        Some(Value::String(t)) => t.clone(),
        Some(Value::Array(ts)) => ts
            .first()
            .and_then(Value::as_str)
            .unwrap_or("LegalEntity")
            .to_string(),
        Some(other) => {
            return Err(bad(format!(
                "query {key:?}: type {other} is not a schema name"
            )))
        }
    };
    let mut properties = serde_json::Map::new();
    if let Some(name) = query.get("query").and_then(Value::as_str) {
        properties.insert("name".into(), json!([name]));
    }
    for p in query
        .get("properties")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        let pid = p
            .get("pid")
            .or_else(|| p.get("p"))
            .and_then(Value::as_str)
            .ok_or_else(|| bad(format!("query {key:?}: a property without pid")))?;
        // FtM qualified names (`Person:nationality`) name the property after the colon.
        let pid = pid.rsplit(':').next().unwrap_or(pid);
        let values: Vec<Value> = match p.get("v") {
            Some(Value::Array(vs)) => vs.clone(),
            Some(Value::Object(o)) => o.get("id").cloned().into_iter().collect(),
            Some(v) => vec![v.clone()],
            None => Vec::new(),
        };
        let slot = properties
            .entry(pid.to_string())
            .or_insert_with(|| json!([]));
        if let Some(list) = slot.as_array_mut() {
            list.extend(values);
        }
    }
    let limit = query
        .get("limit")
        .and_then(Value::as_u64)
        .map_or(5, |l| l.clamp(1, 100) as usize);
    Ok((json!({"schema": schema, "properties": properties}), limit))
}

/// One `/match` result as a reconciliation candidate: score 0 to 100, `match` when vigil
/// calls it one, features as OpenRefine lists them.
fn recon_result(r: &Value) -> Value {
    let schema = r["schema"].as_str().unwrap_or("Thing");
    let features: Vec<Value> = r["features"]
        .as_object()
        .map(|f| {
            f.iter()
                .map(|(id, v)| json!({"id": id, "value": v}))
                .collect()
        })
        .unwrap_or_default();
    let datasets: Vec<&str> = r["datasets"]
        .as_array()
        .map(|d| d.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let score = r["score"].as_f64().unwrap_or(0.0);
    json!({
        "id": r["id"],
        "name": r["caption"],
        "type": [{"id": schema, "name": schema}],
        "score": (score * 1000.0).round() / 10.0,
        "match": r["match"],
        "description": datasets.join(", "),
        "features": features,
    })
}

/// The base of this service's URLs as the client reached it.
fn base_url(headers: &HeaderMap, dataset: &str) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let scheme = headers
        .get("x-forwarded-proto")
        .and_then(|h| h.to_str().ok())
        .filter(|s| *s == "https")
        .unwrap_or("http");
    format!("{scheme}://{host}/reconcile/{dataset}")
}

fn manifest(headers: &HeaderMap, dataset: &str) -> Value {
    let base = base_url(headers, dataset);
    // OpenRefine sends no headers: a key that came in the URL goes on in the service paths.
    let key = headers
        .get("x-api-key")
        .and_then(|k| k.to_str().ok())
        .map(|k| format!("?api_key={k}"))
        .unwrap_or_default();
    let root = base
        .trim_end_matches(&format!("/reconcile/{dataset}"))
        .to_string();
    let types: Vec<Value> = TYPES
        .iter()
        .map(|s| json!({"id": s.name(), "name": s.name()}))
        .collect();
    json!({
        "versions": ["0.2"],
        "name": format!("vigil ({dataset})"),
        "identifierSpace": format!("{root}/entities/"),
        "schemaSpace": "https://followthemoney.tech/explorer/schemata/",
        "defaultTypes": types,
        "view": {"url": format!("{root}/ui#/entity/{{{{id}}}}")},
        "batchSize": 10,
        "suggest": {
            "entity": {"service_url": base, "service_path": format!("/suggest/entity{key}")},
            "type": {"service_url": base, "service_path": format!("/suggest/type{key}")},
            "property": {"service_url": base, "service_path": format!("/suggest/property{key}")},
        },
        "extend": {
            "propose_properties": {"service_url": base, "service_path": format!("/extend/property{key}")},
            "property_settings": [{"name": "limit", "label": "Limit", "type": "number",
                "default": 0, "help_text": "Most values a row gets (0: up to 50)"}],
        },
    })
}

/// `extend={"ids": [...], "properties": [{"id": "nationality", "settings": {"limit": 2}}]}`.
fn extension(state: &AppState, raw: &str) -> Result<Value, ApiError> {
    let q: Value = serde_json::from_str(raw).map_err(|e| bad(format!("extend: not JSON ({e})")))?;
    let ids: Vec<&str> = q["ids"]
        .as_array()
        .ok_or_else(|| bad("extend: no ids"))?
        .iter()
        .map(|v| v.as_str().ok_or_else(|| bad("extend: ids must be strings")))
        .collect::<Result<_, _>>()?;
    if ids.len() > MAX_QUERIES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("extend: {} ids, at most {MAX_QUERIES}", ids.len()),
        ));
    }
    let mut props: Vec<(String, usize)> = Vec::new();
    for p in q["properties"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
        let id = p["id"]
            .as_str()
            .ok_or_else(|| bad("extend: a property without id"))?;
        let limit = p["settings"]["limit"]
            .as_u64()
            .filter(|l| *l > 0)
            .map_or(EXTEND_LIMIT, |l| (l as usize).min(EXTEND_LIMIT));
        props.push((id.to_string(), limit));
    }
    let mut rows = serde_json::Map::new();
    for id in ids {
        let entity = entity_json(state, id);
        let mut row = serde_json::Map::new();
        for (prop, limit) in &props {
            let values: Vec<Value> = entity
                .as_ref()
                .and_then(|e| e["properties"][prop].as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(Value::as_str)
                .take(*limit)
                .map(|v| json!({"str": v}))
                .collect();
            row.insert(prop.clone(), json!(values));
        }
        rows.insert(id.to_string(), Value::Object(row));
    }
    let meta: Vec<Value> = props
        .iter()
        .map(|(p, _)| json!({"id": p, "name": p}))
        .collect();
    Ok(json!({"meta": meta, "rows": rows}))
}

#[derive(serde::Deserialize)]
pub(crate) struct SuggestParams {
    prefix: Option<String>,
    limit: Option<usize>,
    #[serde(rename = "type")]
    schema: Option<String>,
}

fn prefix_of(p: &SuggestParams) -> Result<String, ApiError> {
    let prefix = p.prefix.clone().unwrap_or_default();
    if prefix.len() > vigil_index::MAX_NAME_BYTES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("prefix: at most {} bytes", vigil_index::MAX_NAME_BYTES),
        ));
    }
    Ok(prefix)
}

fn starts(prefix: &str, name: &str) -> bool {
    let p = prefix.trim().to_lowercase();
    p.is_empty() || name.to_lowercase().contains(&p)
}

/// Entities whose names begin with (or contain) what the user typed, for OpenRefine's
/// "search for match" box.
pub(crate) async fn suggest_entity(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    crate::ApiQuery(p): crate::ApiQuery<SuggestParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let selection = datasets_for(&state, &dataset)?;
    let prefix = prefix_of(&p)?;
    let limit = p.limit.unwrap_or(10).clamp(1, 100);
    let index = state.index();
    let wanted = prefix.trim().to_lowercase();
    let result: Vec<Value> = if wanted.is_empty() {
        Vec::new()
    } else {
        index
            .records()
            .iter()
            .filter(|r| r.datasets.iter().any(|d| selection.datasets.contains(d)))
            .filter(|r| r.caption.to_lowercase().contains(&wanted))
            .take(limit)
            .map(|r| {
                json!({"id": r.id, "name": r.caption,
                       "type": [{"id": r.schema.name(), "name": r.schema.name()}],
                       "description": r.datasets.join(", ")})
            })
            .collect()
    };
    Ok(Json(json!({"prefix": prefix, "result": result})))
}

/// The names of `names` that contain the prefix, as a suggest response.
fn suggested<'a>(prefix: String, names: impl Iterator<Item = &'a str>) -> Json<Value> {
    let result: Vec<Value> = names
        .filter(|name| starts(&prefix, name))
        .map(|name| json!({"id": name, "name": name}))
        .collect();
    Json(json!({"prefix": prefix, "result": result}))
}

pub(crate) async fn suggest_type(
    State(state): State<Arc<AppState>>,
    crate::ApiQuery(p): crate::ApiQuery<SuggestParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    Ok(suggested(prefix_of(&p)?, TYPES.iter().map(|s| s.name())))
}

pub(crate) async fn suggest_property(
    State(state): State<Arc<AppState>>,
    crate::ApiQuery(p): crate::ApiQuery<SuggestParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    Ok(suggested(prefix_of(&p)?, PROPERTIES.iter().copied()))
}

/// The properties data extension offers for a type.
pub(crate) async fn propose_properties(
    State(state): State<Arc<AppState>>,
    crate::ApiQuery(p): crate::ApiQuery<SuggestParams>,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    authorize(&state, &headers, Role::Screen)?;
    let type_name = p.schema.clone().unwrap_or_else(|| "LegalEntity".into());
    let schema = Schema::from_name(&type_name).ok_or_else(|| {
        ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("type: unknown schema {type_name:?}"),
        )
    })?;
    let properties: Vec<Value> = PROPERTIES
        .iter()
        .filter(|name| schema.property(name).is_some())
        .map(|name| json!({"id": name, "name": name}))
        .collect();
    Ok(Json(json!({"type": type_name, "properties": properties})))
}
