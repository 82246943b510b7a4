//! Screening: yente's `POST /match/{dataset}` and `GET /search/{dataset}`, both audited, and
//! the audit trail itself (`GET /audit`).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};
use vigil_index::{Index, Options, Query};
use vigil_model::identifiers::{Identifier, IDENTIFIER_PROPERTIES};
use vigil_model::Schema;

use crate::auth::authorize;
use crate::routes::entities::entity_json;
use crate::{
    audit, ApiError, ApiJson, ApiQuery, AppState, AuditRecord, Role, Selection, MAX_QUERIES,
};

/// Datasets a request names: `default` (every list, not reports) or one loaded dataset.
pub(crate) fn datasets_for(state: &AppState, dataset: &str) -> Result<Arc<Selection>, ApiError> {
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
        // An old name (`ofac-sdn`) names the dataset it became (`us_ofac_sdn`).
        d if v.latest.contains_key(&vigil_model::vocab::dataset_name(d)) => {
            vec![vigil_model::vocab::dataset_name(d)]
        }
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

/// Most results one `/match` query or `/search` page may ask for, as yente allows.
const MAX_MATCH_LIMIT: usize = 500;
/// Furthest a `/search` page may start: paging deeper than this is a scan, not a search.
const MAX_SEARCH_OFFSET: usize = 10_000;

#[derive(Deserialize)]
pub(crate) struct MatchBody {
    queries: serde_json::Map<String, Value>,
    #[serde(default)]
    weights: BTreeMap<String, f64>,
    /// yente's algorithm configuration: vigil's matcher has none, so any key is refused.
    #[serde(default)]
    config: serde_json::Map<String, Value>,
}

/// Feature names yente's algorithms weigh, and the vigil weight each sets (`None`: the feature
/// has no counterpart in vigil's matcher; accepted, said not to apply).
const YENTE_WEIGHTS: &[(&str, Option<&str>)] = &[
    ("country_disjoint", Some("country_mismatch")),
    ("dob_year_disjoint", Some("birth_date_mismatch")),
    ("dob_day_disjoint", Some("birth_date_mismatch")),
    ("dob_matches", Some("birth_date_match")),
    ("orgid_disjoint", Some("identifier_mismatch")),
    ("lei_code_match", Some("identifier_match")),
    ("ogrn_code_match", Some("identifier_match")),
    ("inn_code_match", Some("identifier_match")),
    ("bic_code_match", Some("identifier_match")),
    ("isin_security_match", Some("identifier_match")),
    ("vessel_imo_mmsi_match", Some("identifier_match")),
    ("crypto_wallet_address", Some("identifier_match")),
    ("name_literal_match", None),
    ("name_match", None),
    ("person_name_jaro_winkler", None),
    ("person_name_phonetic_match", None),
    ("name_fingerprint_levenshtein", None),
    ("name_metaphone_match", None),
    ("name_soundex_match", None),
    ("name_numbers", None),
    ("name_token_overlap", None),
    ("weak_alias_match", None),
    ("last_name_mismatch", None),
    ("numbers_mismatch", None),
    ("address_entity_match", None),
    ("address_prop_match", None),
];

/// The qualifier weights a request sets, by vigil's names or yente's: what applies, and the
/// yente features that have no counterpart (said so in the answer). An unknown name, or a
/// weight outside 0..=1, is refused with the names there are.
fn request_weights(
    given: &BTreeMap<String, f64>,
) -> Result<(vigil_matcher::Weights, Vec<String>), ApiError> {
    let mut weights = serde_json::to_value(vigil_matcher::Weights::default())
        .ok()
        .and_then(|v| v.as_object().cloned())
        .unwrap_or_default();
    let mut not_applied = Vec::new();
    for (name, value) in given {
        if !value.is_finite() || !(0.0..=1.0).contains(value) {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("weights.{name}: {value} is not between 0 and 1"),
            ));
        }
        let target = if weights.contains_key(name) {
            Some(name.as_str())
        } else {
            match YENTE_WEIGHTS.iter().find(|(n, _)| n == name) {
                Some((_, target)) => *target,
                None => {
                    let mut known: Vec<&str> = weights.keys().map(String::as_str).collect();
                    known.extend(YENTE_WEIGHTS.iter().map(|(n, _)| *n));
                    return Err(ApiError::new(
                        StatusCode::BAD_REQUEST,
                        format!("weights: unknown {name:?}; known: {}", known.join(", ")),
                    ));
                }
            }
        };
        match target {
            Some(t) => {
                weights.insert(t.to_string(), json!(value));
            }
            None => not_applied.push(name.clone()),
        }
    }
    let weights = serde_json::from_value(Value::Object(weights))
        .map_err(|_| ApiError::internal("weights"))?;
    Ok((weights, not_applied))
}

#[derive(Deserialize, Default)]
pub(crate) struct MatchParams {
    threshold: Option<f32>,
    cutoff: Option<f32>,
    limit: Option<usize>,
    algorithm: Option<String>,
}

/// A property's values as strings: a string or a list of them; numbers are coerced (a client
/// may send `"birthDate": 1971` or an IMO number as a number), as yente does.
pub(crate) fn strings(v: Option<&Value>) -> Vec<String> {
    let one = |x: &Value| match x {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    match v {
        Some(Value::Array(a)) => a.iter().filter_map(one).collect(),
        Some(x) => one(x).into_iter().collect(),
        None => Vec::new(),
    }
}

/// The example as it was read, echoed as yente echoes it: every property a list of strings,
/// numbers coerced, countries as ISO codes where they name one (`"Russia"` → `["ru"]`).
fn parsed_example(ex: &Value) -> Value {
    let schema = ex
        .get("schema")
        .and_then(Value::as_str)
        .and_then(Schema::from_name);
    let Some(props) = ex.get("properties").and_then(Value::as_object) else {
        return ex.clone();
    };
    let mut parsed = serde_json::Map::new();
    for (prop, value) in props {
        let country = schema
            .and_then(|s| s.property(prop))
            .is_some_and(|d| d.kind == vigil_model::PropType::Country);
        let values: Vec<String> = strings(Some(value))
            .into_iter()
            .map(
                |v| match country.then(|| vigil_model::country_code(&v)).flatten() {
                    Some(code) => code.to_string(),
                    None => v,
                },
            )
            .collect();
        parsed.insert(prop.clone(), json!(values));
    }
    let mut out = ex.clone();
    out["properties"] = Value::Object(parsed);
    out
}

/// A yente entity example to a screening query.
pub(crate) fn example_query(key: &str, ex: &Value) -> Result<Query, ApiError> {
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
    // Identifiers: imoNumber, passportNumber, registrationNumber, leiCode ... as FtM has them.
    let identifiers: Vec<Identifier> = IDENTIFIER_PROPERTIES
        .iter()
        .flat_map(|(prop, kind)| {
            p(prop)
                .into_iter()
                .map(|value| Identifier { kind: *kind, value })
        })
        .collect();
    if names.is_empty() && identifiers.is_empty() {
        return Err(bad(
            "no name (properties.name, or firstName/lastName) and no identifier (imoNumber, passportNumber, registrationNumber, leiCode, ...)".into()
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
        identifiers,
    };
    query.check().map_err(bad)?;
    Ok(query)
}

/// Name bytes a request may screen on the async worker that took it: a few milliseconds at
/// worst (a 500-byte name of fifty parts takes 1.5 ms on one core). Handing the common
/// one-name request to another thread would cost throughput and leave the list loads, which
/// run when the cores are idle, no idle time at all.
pub(crate) const INLINE_NAME_BYTES: usize = 1_000;

/// Screen `work`, whose names add up to `name_bytes`: small requests in place, the rest off
/// the async workers on the blocking pool, a bounded number at a time, so a heavy request
/// stalls neither health checks nor light requests, nor starts threads without end.
pub(crate) async fn scoring<T: Send + 'static>(
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

/// yente's repeatable `/match` parameters (`include_dataset=a&include_dataset=b`), which a
/// plain query struct cannot hold.
#[derive(Default)]
pub(crate) struct MatchFilters {
    include_dataset: Vec<String>,
    exclude_dataset: Vec<String>,
    exclude_schema: Vec<Schema>,
    exclude_entity_ids: Vec<String>,
    topics: Vec<String>,
    changed_since: Option<String>,
}

impl MatchFilters {
    /// Options that screen what these filters admit within the request's `selection` of
    /// datasets (`include_dataset` must name some of them: a 422 otherwise).
    fn options(self, selection: &Selection, dataset: &str) -> Result<Options, ApiError> {
        if let Some(d) = self
            .include_dataset
            .iter()
            .find(|d| !selection.datasets.contains(d))
        {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("include_dataset: {d:?} is not part of {dataset:?}"),
            ));
        }
        Ok(Options {
            datasets: if self.include_dataset.is_empty() {
                selection.datasets.clone()
            } else {
                self.include_dataset
            },
            exclude_datasets: self.exclude_dataset,
            exclude_schemata: self.exclude_schema,
            exclude_ids: self.exclude_entity_ids,
            topics: self.topics,
            changed_since: self.changed_since,
            ..Options::default()
        })
    }
}

/// Most `exclude_entity_ids` in one request, as yente allows.
pub(crate) const MAX_EXCLUDED_IDS: usize = 50;

pub(crate) fn match_filters(raw: Option<&str>, state: &AppState) -> Result<MatchFilters, ApiError> {
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
    // An old name (`ofac-sdn`) is the dataset it became (`us_ofac_sdn`).
    let internal = |d: String| -> String {
        let named = vigil_model::vocab::dataset_name(&d);
        if !known(&d) && known(&named) {
            named
        } else {
            d
        }
    };
    for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let v = v.trim().to_string();
        let v = if matches!(k.as_ref(), "include_dataset" | "exclude_dataset") {
            internal(v)
        } else {
            v
        };
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

pub(crate) async fn match_handler(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    ApiQuery(params): ApiQuery<MatchParams>,
    RawQuery(raw_query): RawQuery,
    headers: HeaderMap,
    body: Result<ApiJson<MatchBody>, ApiError>,
) -> Result<axum::response::Response, ApiError> {
    use axum::response::IntoResponse;
    // The key is checked before the body is looked at: no key, no parsing.
    let key = authorize(&state, &headers, Role::Screen)?;
    let _answering = state.audit.begin();
    let ApiJson(body) = body?;
    let datasets = datasets_for(&state, &dataset)?;
    let filtered = match_filters(raw_query.as_deref(), &state)?.options(&datasets, &dataset)?;
    if body.queries.is_empty() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "queries is empty: give at least one example entity",
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
    let algorithm = algorithm(params.algorithm.as_deref())?;
    let limit = params.limit.unwrap_or(5);
    if !(1..=MAX_MATCH_LIMIT).contains(&limit) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("limit {limit}: 1 to {MAX_MATCH_LIMIT}"),
        ));
    }
    let (algorithm_scorer, default_threshold) = scorer_of(algorithm);
    let threshold = params.threshold.unwrap_or(default_threshold);
    if !(0.0..=1.0).contains(&threshold) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "threshold must be between 0 and 1",
        ));
    }
    if let Some(key) = body.config.keys().next() {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("config: unknown {key:?}; vigil's matcher takes no configuration"),
        ));
    }
    let (weights, weights_not_applied) = request_weights(&body.weights)?;
    let opts = Options {
        threshold,
        cutoff: params.cutoff.unwrap_or(0.5).min(threshold),
        limit,
        weights,
        algorithm: algorithm_scorer,
        ..filtered
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
    let batch_size = queries.len();
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
    // yente's `x-batch-size`: how many queries this answer holds.
    Ok((
        [("x-batch-size", batch_size.to_string())],
        Json(json!({
            "responses": responses,
            "matcher": if algorithm_scorer == vigil_index::Algorithm::Ofac { json!({"ofac_name": {"coefficient": 1.0}}) } else { matcher_features() },
            "limit": limit,
            "algorithm": algorithm,
            "threshold": shown(threshold),
            "weights_not_applied": weights_not_applied,
        })),
    )
        .into_response())
}

/// The features vigil's matcher scores, as yente describes its own.
fn matcher_features() -> Value {
    json!({
        "name": {"description": "vigil name comparison: aligned parts, transliteration, slips counted", "coefficient": 1.0},
        "birth_date": {"description": "birth dates agree or differ", "coefficient": 1.0},
        "country": {"description": "countries agree or differ", "coefficient": 1.0},
        "gender": {"description": "genders differ", "coefficient": 1.0},
        "identifier": {"description": "an identifier (IMO, passport, registration number ...) shared, or one of the same kind differing", "coefficient": 1.0}
    })
}

/// The algorithms `/match` answers to: vigil's matcher under its own name and `best`, and
/// yente's names, each answered by vigil's matcher (the nearest vigil has), as `/algorithms`
/// says. (name, what answers it)
const ALGORITHMS: &[(&str, &str)] = &[
    ("vigil", "vigil's matcher: aligned name parts across scripts and spellings, slips counted, qualifiers and identifiers; the default"),
    ("best", "vigil's matcher (an alias of vigil)"),
    ("ofac", "OFAC's Sanctions List Search score emulated (names only, its quirks kept: word order, short words dropped), for results that must be shown as OFAC's tool would list them; 95% of the scores OFAC's tool gave on a 164-pair parity fixture within 5 points"),
    ("logic-v2", "answered by vigil's matcher, the nearest vigil has to yente's logic-v2"),
    ("logic-v1", "answered by vigil's matcher, the nearest vigil has to yente's logic-v1"),
    ("name-based", "answered by vigil's matcher, the nearest vigil has to yente's name-based"),
    ("name-qualified", "answered by vigil's matcher, the nearest vigil has to yente's name-qualified"),
    ("regression-v1", "answered by vigil's matcher, the nearest vigil has to yente's regression-v1"),
];

/// A threshold as written (0.85, not the 0.8500000238 its f32 widens to).
fn shown(x: f32) -> f64 {
    (f64::from(x) * 1e6).round() / 1e6
}

/// The scorer answering an algorithm name, and its default threshold.
fn scorer_of(name: &str) -> (vigil_index::Algorithm, f32) {
    if name == "ofac" {
        (vigil_index::Algorithm::Ofac, vigil_index::OFAC_THRESHOLD)
    } else {
        (
            vigil_index::Algorithm::Vigil,
            vigil_matcher::DEFAULT_THRESHOLD,
        )
    }
}

/// The algorithm a `/match` request names (vigil's when none), or a 400 naming the ones there
/// are: a misspelt name must not be answered as if it were understood.
fn algorithm(name: Option<&str>) -> Result<&'static str, ApiError> {
    let Some(name) = name else {
        return Ok("vigil");
    };
    ALGORITHMS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(n, _)| *n)
        .ok_or_else(|| {
            let shown: String = name.chars().take(40).collect();
            let known: Vec<&str> = ALGORITHMS.iter().map(|(n, _)| *n).collect();
            ApiError::new(
                StatusCode::BAD_REQUEST,
                format!("unknown algorithm {shown:?}: one of {}", known.join(", ")),
            )
        })
}

/// `GET /algorithms`, as yente has it: every algorithm, its default threshold and features.
pub(crate) async fn algorithms_handler() -> Json<Value> {
    let list: Vec<Value> = ALGORITHMS
        .iter()
        .map(|(name, description)| {
            let (scorer, threshold) = scorer_of(name);
            let features = match scorer {
                vigil_index::Algorithm::Vigil => matcher_features(),
                vigil_index::Algorithm::Ofac => json!({"ofac_name": {
                    "description": "OFAC Sanctions List Search's name score emulated: whole-name Jaro-Winkler (same first letter) or the mean of each query word's best Jaro-Winkler pair (under 0.5 counts nothing), the higher", "coefficient": 1.0}}),
            };
            json!({
                "name": name,
                "description": description,
                "threshold": shown(threshold),
                "features": features,
            })
        })
        .collect();
    Json(json!({"algorithms": list, "default": "vigil", "best": "vigil"}))
}

/// Screen each example of a `/match` request: yente's responses, and what the audit trail
/// keeps of them.
pub(crate) fn screen_examples(
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
    // The ids analysts merged into each result, as yente's `referents` (read once a request;
    // an unreadable judgement store leaves them empty rather than failing the screening).
    let judgements = vigil_reports::load_judgements(state.store.as_ref()).unwrap_or_default();
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
                if !judgements.is_empty() {
                    if let Some(list) = e["referents"].as_array_mut() {
                        for merged in judgements.aliases(&m.id).into_iter().skip(1) {
                            if !list.iter().any(|x| *x == merged) {
                                list.push(json!(merged));
                            }
                        }
                    }
                }
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
                   "total": {"value": hits.len(), "relation": "eq"}, "query": parsed_example(&ex)});
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

/// `/search` parameters as yente takes them, several of them repeatable (`countries=ru&countries=by`).
#[derive(Default)]
pub(crate) struct SearchParams {
    q: Option<String>,
    schema: Option<Schema>,
    limit: Option<usize>,
    offset: Option<usize>,
    /// A birth date or year (persons): agreeing raises the score, differing lowers it.
    birth_date: Option<String>,
    /// A country name or code: nationality, citizenship, jurisdiction (scores, with `q`).
    country: Option<String>,
    /// Only entities of one of these countries (yente's `countries`: a filter).
    countries: Vec<String>,
    /// `prop:value`: only entities with this value of this property (yente's `filter`).
    filter: Vec<(String, String)>,
    facets: Vec<String>,
}

/// What `/search` takes; anything else is a 400 naming these (a misspelt filter must not
/// answer as if there were none).
const SEARCH_PARAMS: &[&str] = &[
    "q",
    "schema",
    "limit",
    "offset",
    "birth_date",
    "country",
    "countries",
    "topics",
    "include_dataset",
    "exclude_dataset",
    "exclude_schema",
    "exclude_entity_ids",
    "changed_since",
    "filter",
    "facets",
    "fuzzy",
    "simple",
    "api_key",
];
/// The facets `/search` counts.
const SEARCH_FACETS: &[&str] = &["datasets", "schema", "countries", "topics"];

fn search_params(raw: Option<&str>) -> Result<SearchParams, ApiError> {
    let bad = |m: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, m);
    let number = |k: &str, v: &str| {
        v.parse::<usize>()
            .map_err(|_| bad(format!("{k}: {v:?} is not a whole number")))
    };
    let mut p = SearchParams::default();
    for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
        let v = v.trim().to_string();
        match k.as_ref() {
            "q" => p.q = Some(v),
            "schema" => {
                p.schema = Some(
                    Schema::from_name(&v).ok_or_else(|| bad(format!("unknown schema {v:?}")))?,
                )
            }
            "limit" => p.limit = Some(number("limit", &v)?),
            "offset" => p.offset = Some(number("offset", &v)?),
            "birth_date" => p.birth_date = Some(v),
            "country" => p.country = Some(v),
            "countries" => {
                let code = vigil_model::country_code(&v)
                    .ok_or_else(|| bad(format!("countries: {v:?} is no country vigil knows")))?;
                p.countries.push(code.to_string());
            }
            "filter" => {
                let (prop, value) = v
                    .split_once(':')
                    .filter(|(prop, _)| !prop.is_empty())
                    .ok_or_else(|| bad(format!("filter: {v:?} is not prop:value")))?;
                p.filter.push((prop.to_string(), value.to_string()));
            }
            "facets" if SEARCH_FACETS.contains(&v.as_str()) => p.facets.push(v),
            "facets" => {
                return Err(bad(format!(
                    "facets: {v:?} is none of {}",
                    SEARCH_FACETS.join(", ")
                )))
            }
            known if SEARCH_PARAMS.contains(&known) => {}
            other => {
                let shown: String = other.chars().take(40).collect();
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    format!(
                        "unknown parameter {shown:?}; /search takes {}",
                        SEARCH_PARAMS.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(p)
}

/// yente's `/search`: screening by one name (what the UI's search box sends), or browsing
/// without `q`; yente's filters applied, facets counted over everything that passed them, a
/// page of entities in yente's shape. Recorded in the audit trail like `/match`.
pub(crate) async fn search_handler(
    State(state): State<Arc<AppState>>,
    Path(dataset): Path<String>,
    RawQuery(raw_query): RawQuery,
    headers: HeaderMap,
) -> Result<Json<Value>, ApiError> {
    let key = authorize(&state, &headers, Role::Screen)?;
    let _answering = state.audit.begin();
    let p = search_params(raw_query.as_deref())?;
    let datasets = datasets_for(&state, &dataset)?;
    let filtered = match_filters(raw_query.as_deref(), &state)?.options(&datasets, &dataset)?;
    let q = p.q.clone().unwrap_or_default();
    if q.len() > vigil_index::MAX_NAME_BYTES {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("q: a name of at most {} bytes", vigil_index::MAX_NAME_BYTES),
        ));
    }
    let limit = p.limit.unwrap_or(10);
    let offset = p.offset.unwrap_or(0);
    if !(1..=MAX_MATCH_LIMIT).contains(&limit) || offset > MAX_SEARCH_OFFSET {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("limit {limit}, offset {offset}: limit 1 to {MAX_MATCH_LIMIT}, offset at most {MAX_SEARCH_OFFSET}"),
        ));
    }
    let long = |v: &Option<String>| v.as_ref().is_some_and(|x| x.len() > 100);
    if long(&p.birth_date) || long(&p.country) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "birth_date and country: at most 100 bytes",
        ));
    }
    let browsing = q.trim().is_empty();
    let schema = p.schema.unwrap_or(if browsing {
        Schema::Thing
    } else {
        Schema::LegalEntity
    });
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
    if !browsing {
        query
            .check_strict()
            .map_err(|e| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, e))?;
    }
    let index = state.index();
    // Every hit that passes the filters is counted in the facets and the total; a page of
    // them is answered. A name search scores the best candidates (at most 2,000).
    let opts = Options {
        limit: if browsing { usize::MAX } else { SEARCH_POOL },
        candidates: SEARCH_POOL,
        cutoff: 0.5,
        countries: p.countries.clone(),
        ..filtered
    };
    let screened = query.clone();
    let pool = index.clone();
    let work = move || -> Vec<SearchHit> {
        if browsing {
            pool.browse(schema, &opts)
                .into_iter()
                .map(|r| SearchHit::Browsed(r.id.clone()))
                .collect()
        } else {
            pool.screen(&screened, &opts)
                .into_iter()
                .map(SearchHit::Scored)
                .collect()
        }
    };
    let mut hits = scoring(q.len().max(1), work).await?;
    if !p.filter.is_empty() {
        let store = state.store.clone();
        let wanted = p.filter.clone();
        hits = tokio::task::spawn_blocking(move || {
            hits.into_iter()
                .filter(|h| {
                    store
                        .current_entity(h.id())
                        .ok()
                        .flatten()
                        .is_some_and(|e| {
                            wanted
                                .iter()
                                .all(|(prop, value)| e.values(prop).iter().any(|v| v == value))
                        })
                })
                .collect::<Vec<_>>()
        })
        .await
        .map_err(|_| ApiError::internal("filtering"))?;
    }
    let facets = facet_counts(&index, &hits, &p.facets);
    let total = hits.len();
    let page: Vec<SearchHit> = hits.into_iter().skip(offset).take(limit).collect();
    let results: Vec<Value> = page
        .iter()
        .filter_map(|h| {
            let mut e = entity_json(&state, h.id())?;
            if let SearchHit::Scored(m) = h {
                e["score"] = json!(m.score);
                e["match"] = json!(m.is_match);
                e["matched_name"] = json!(m.matched_name);
                e["explanations"] = json!(m.explanation);
            }
            Some(e)
        })
        .collect();
    let scored: Vec<vigil_index::Match> = page
        .iter()
        .filter_map(|h| match h {
            SearchHit::Scored(m) => Some(m.clone()),
            SearchHit::Browsed(_) => None,
        })
        .collect();
    let record = AuditRecord {
        endpoint: format!("/search/{dataset}"),
        dataset,
        params: raw_query,
        query: json!({"q": {"schema": schema.name(), "name": q,
                            "birth_date": p.birth_date, "country": p.country}}),
        results: json!({ "q": audited(&scored) }),
        ..AuditRecord::answered(key)
    };
    audit(&state, &record, &datasets.versions).await?;
    let relation = if !browsing && total >= SEARCH_POOL {
        "gte"
    } else {
        "eq"
    };
    Ok(Json(json!({"results": results, "facets": facets,
                   "total": {"value": total, "relation": relation},
                   "limit": limit, "offset": offset})))
}

/// Most scored candidates a name search considers (its total is "gte" when it reaches them).
const SEARCH_POOL: usize = 2_000;

/// One `/search` hit: scored against the name asked, or found browsing.
enum SearchHit {
    Scored(vigil_index::Match),
    Browsed(String),
}

impl SearchHit {
    fn id(&self) -> &str {
        match self {
            SearchHit::Scored(m) => &m.id,
            SearchHit::Browsed(id) => id,
        }
    }
}

/// yente's facets: per asked facet, each value with how many hits have it, most first.
fn facet_counts(index: &Index, hits: &[SearchHit], facets: &[String]) -> Value {
    if facets.is_empty() {
        return json!({});
    }
    let by_id: std::collections::HashMap<&str, &vigil_index::Record> =
        index.records().iter().map(|r| (r.id.as_str(), r)).collect();
    let mut out = serde_json::Map::new();
    for facet in facets {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for h in hits {
            let Some(r) = by_id.get(h.id()) else { continue };
            let values: Vec<String> = match facet.as_str() {
                "datasets" => r.datasets.clone(),
                "schema" => vec![r.schema.name().to_string()],
                "countries" => r.countries.clone(),
                _ => r.topics.clone(),
            };
            for v in values {
                *counts.entry(v).or_default() += 1;
            }
        }
        let mut values: Vec<(String, usize)> = counts.into_iter().collect();
        values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let values: Vec<Value> = values
            .into_iter()
            .map(|(name, count)| json!({"name": name, "label": name, "count": count}))
            .collect();
        out.insert(facet.clone(), json!({"label": facet, "values": values}));
    }
    Value::Object(out)
}

/// What the audit trail keeps of one query's answer: (id, score, match) per result.
pub(crate) fn audited(hits: &[vigil_index::Match]) -> Value {
    json!(hits
        .iter()
        .map(|m| json!([m.id, m.score, m.is_match]))
        .collect::<Vec<_>>())
}

/// Record an answered screening; the answer is sent once the record is synced.
pub(crate) async fn audit(
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

#[derive(Deserialize)]
pub(crate) struct AuditParams {
    since: Option<String>,
}

/// The audit trail (admin keys only).
pub(crate) async fn audit_handler(
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
