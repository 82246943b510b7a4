//! The API through its router, no socket: a client written against yente's documented
//! `/match` shapes works unchanged; bad requests get the right status and a JSON `detail`,
//! nothing is written and the audit trail holds exactly the answered screenings.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;
use vigil_model::{Schema, Statement};
use vigil_server::app;
use vigil_store::{LoadMode, VersionRequest};

mod common;

use common::*;

#[tokio::test]
async fn a_yente_client_gets_yente_shapes() {
    let f = fixture();
    // The body yente documents: queries keyed by the client, entity examples with FtM
    // properties as lists; threshold, limit and algorithm as query parameters.
    let body = json!({
        "queries": {
            "q1": {"schema": "Person", "properties": {"name": ["Karim Zandavi"], "birthDate": ["1971"], "nationality": ["Iran"]}},
            "q2": {"schema": "Company", "properties": {"name": "Office of Secret Affairs"}},
            "q3": {"schema": "Person", "properties": {"firstName": ["Nobody"], "lastName": ["Atall"]}}
        }
    });
    let (s, v) = call(
        &f,
        "POST",
        "/match/default?threshold=0.7&limit=5&algorithm=logic-v1",
        Some(&f.screen_key),
        Some(body.to_string()),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["limit"], 5);
    assert!(v["matcher"].is_object());
    let q1 = &v["responses"]["q1"];
    assert_eq!(q1["status"], 200);
    assert_eq!(q1["query"]["schema"], "Person");
    assert!(q1["total"]["value"].as_u64().unwrap() >= 1);
    let top = &q1["results"][0];
    for k in [
        "id",
        "caption",
        "schema",
        "properties",
        "datasets",
        "referents",
        "target",
        "score",
        "match",
        "features",
        "explanations",
    ] {
        assert!(top.get(k).is_some(), "{k} in {top}");
    }
    assert_eq!(top["id"], "p1");
    assert_eq!(top["match"], true);
    assert!(top["score"].as_f64().unwrap() > 0.9);
    assert!(top["features"]["name"].as_f64().is_some());
    assert!(top["explanations"]["birth_date"]["detail"].is_string());
    assert_eq!(top["properties"]["name"][0], "ZANDAVI, Karim");
    assert_eq!(v["responses"]["q2"]["results"][0]["id"], "o1");
    assert_eq!(
        v["responses"]["q3"]["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["match"] == true)
            .count(),
        0
    );

    // The answer is in the audit trail with the key, the query and the list versions.
    let (_, a) = call(&f, "GET", "/audit", Some(&f.admin_key), None).await;
    let r = &a["records"][0];
    assert_eq!(r["endpoint"], "/match/default");
    assert_eq!(r["versions"]["test_list"], "2026-01-01");
    assert_eq!(r["results"]["q1"][0][0], "p1");
    assert!(f
        .state
        .keys
        .check(&f.screen_key)
        .is_some_and(|k| k.id == r["key"]));
}

/// method, uri, key, body, expected status, what the detail must say.
type Case<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<String>,
    StatusCode,
    &'a str,
);

#[tokio::test]
async fn bad_requests_get_clear_json_errors_and_leave_no_trace() {
    let f = fixture();
    let one =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": ["Karim Zandavi"]}}}})
            .to_string();
    let cases: Vec<Case> = vec![
        ("POST", "/match/default", None, Some(one.clone()), StatusCode::UNAUTHORIZED, "API key"),
        ("POST", "/match/default", Some("vgl_00000000_wrong"), Some(one.clone()), StatusCode::UNAUTHORIZED, "unknown"),
        ("GET", "/audit", Some(f.screen_key.as_str()), None, StatusCode::FORBIDDEN, "role"),
        ("POST", "/match/no-such-list", Some(f.screen_key.as_str()), Some(one.clone()), StatusCode::NOT_FOUND, "no dataset"),
        ("POST", "/match/default", Some(f.screen_key.as_str()), Some("{\"queries\": {".into()), StatusCode::BAD_REQUEST, "malformed"),
        ("POST", "/match/default", Some(f.screen_key.as_str()), Some("{\"nope\": 1}".into()), StatusCode::UNPROCESSABLE_ENTITY, "queries"),
        ("POST", "/match/default", Some(f.screen_key.as_str()),
            Some(json!({"queries": {"q": {"schema": "Spaceship", "properties": {"name": "X"}}}}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY, "unknown schema"),
        ("POST", "/match/default", Some(f.screen_key.as_str()),
            Some(json!({"queries": (0..101).map(|i| (format!("q{i}"), json!({"schema": "Person", "properties": {"name": "A B"}}))).collect::<serde_json::Map<_, _>>()}).to_string()),
            StatusCode::UNPROCESSABLE_ENTITY, "at most 100"),
        ("POST", "/match/default", Some(f.screen_key.as_str()), Some(format!("{{\"queries\": {{}}, \"pad\": \"{}\"}}", "x".repeat(2 << 20))),
            StatusCode::PAYLOAD_TOO_LARGE, "too large"),
        ("GET", "/entities/nobody", Some(f.screen_key.as_str()), None, StatusCode::NOT_FOUND, "no entity"),
        ("GET", "/nowhere", None, None, StatusCode::NOT_FOUND, "endpoint"),
    ];
    for (method, uri, key, body, want, says) in cases {
        let (s, v) = call(&f, method, uri, key, body).await;
        assert_eq!(s, want, "{method} {uri}: {v}");
        let detail = v["detail"]
            .as_str()
            .unwrap_or_else(|| panic!("{uri}: no detail in {v}"));
        assert!(
            detail.contains(says),
            "{uri}: {detail:?} should say {says:?}"
        );
        assert!(
            !detail.contains("/work") && !detail.contains("src/"),
            "no internal paths: {detail}"
        );
    }
    assert_eq!(
        audit_count(&f).await,
        0,
        "refused requests are not answered screenings"
    );
    let (s, _) = call(&f, "POST", "/match/default", Some(&f.screen_key), Some(one)).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(audit_count(&f).await, 1);
}

#[tokio::test]
async fn entities_links_timeline_health_and_openapi() {
    let f = fixture();
    let k = Some(f.screen_key.as_str());
    let (s, e) = call(&f, "GET", "/entities/p1", k, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(e["adjacent"][0]["other"]["id"], "o1");
    // Its listing, with the date and the list versions that carried it.
    assert_eq!(e["sanctions"][0]["id"], "s1");
    assert_eq!(
        e["sanctions"][0]["properties"]["listingDate"][0],
        "2019-01-08"
    );
    assert_eq!(e["sanctions"][0]["first_seen"], "2026-01-01");
    assert_eq!(e["sanctions"][0]["current"], true);
    assert_eq!(e["forms"], json!([]), "no report names p1");
    let (_, st) = call(&f, "GET", "/entities/p1/statements", k, None).await;
    assert!(st["statements"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["first_seen"] == "2026-01-01"));
    let (_, l) = call(&f, "GET", "/entities/o1/links?hops=2", k, None).await;
    assert_eq!(l["edges"][0]["relation"], "UnknownLink");
    let (s, _) = call(&f, "GET", "/entities/o1/links?hops=9", k, None).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let (_, t) = call(&f, "GET", "/timeline?entity=p1", k, None).await;
    assert_eq!(t["entries"][0]["kind"], "listed");
    assert_eq!(t["entries"][0]["date"], "2019-01-08");
    assert_eq!(t["entries"][0]["about_captions"][0], "ZANDAVI, Karim");
    // The listing, and when the list first carried the entity.
    assert_eq!(
        (
            t["total"].as_u64(),
            &t["kinds"]["listed"],
            &t["kinds"]["first_seen"]
        ),
        (Some(2), &json!(1), &json!(1))
    );
    let (_, none) = call(&f, "GET", "/timeline?kind=arrest,plot", k, None).await;
    assert_eq!(none["total"], 0);
    assert_eq!(
        none["kinds"]["listed"], 1,
        "counts are before the kind filter"
    );
    let (_, sr) = call(&f, "GET", "/search/default?q=karim%20zandavi", k, None).await;
    assert_eq!(sr["results"][0]["id"], "p1");
    let (s, h) = call(&f, "GET", "/healthz", None, None).await;
    assert_eq!((s, h["status"].as_str()), (StatusCode::OK, Some("ok")));
    let (_, r) = call(&f, "GET", "/readyz", None, None).await;
    assert_eq!(r["index_entities"], 2);
    let (_, o) = call(&f, "GET", "/openapi.json", None, None).await;
    assert!(o["paths"]["/match/{dataset}"]["post"].is_object());
}

/// The CORS headers a browser would get for a preflight and a request from `origin`.
async fn cors_headers(f: &Fixture, origin: &str) -> (Option<String>, Option<String>) {
    let header = |r: &axum::response::Response| {
        r.headers()
            .get("access-control-allow-origin")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let preflight = Request::builder()
        .method("OPTIONS")
        .uri("/match/default")
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "authorization,content-type",
        )
        .body(Body::empty())
        .expect("request");
    let pre = app(f.state.clone())
        .oneshot(preflight)
        .await
        .expect("response");
    let get = Request::builder()
        .uri("/healthz")
        .header("Origin", origin)
        .body(Body::empty())
        .expect("request");
    let got = app(f.state.clone()).oneshot(get).await.expect("response");
    (header(&pre), header(&got))
}

#[tokio::test]
async fn cors_is_off_unless_an_origin_is_listed() {
    let off = fixture();
    assert_eq!(
        cors_headers(&off, "https://elsewhere.example").await,
        (None, None)
    );
    let on = fixture_with(vec!["https://app.example".into()]);
    let allowed = Some("https://app.example".to_string());
    assert_eq!(
        cors_headers(&on, "https://app.example").await,
        (allowed.clone(), allowed)
    );
    assert_eq!(
        cors_headers(&on, "https://elsewhere.example").await,
        (None, None),
        "only the listed origin"
    );
}

/// `POST /match/default?{params}` with the screen key.
async fn match_with(f: &Fixture, params: &str, body: &str) -> (StatusCode, Value) {
    let uri = format!("/match/default?{params}");
    call(f, "POST", &uri, Some(&f.screen_key), Some(body.to_string())).await
}

/// A request with the key sent as yente's clients send it: `Authorization: <scheme> KEY` or
/// `?api_key=KEY`.
async fn call_as(
    f: &Fixture,
    uri: &str,
    authorization: Option<String>,
    body: String,
) -> StatusCode {
    let mut req = Request::builder().method("POST").uri(uri);
    if let Some(a) = authorization {
        req = req.header("Authorization", a);
    }
    let req = req
        .header("Content-Type", "application/json")
        .body(Body::from(body))
        .expect("request");
    app(f.state.clone())
        .oneshot(req)
        .await
        .expect("response")
        .status()
}

#[tokio::test]
async fn yente_clients_authenticate_and_are_told_their_limits() {
    let f = fixture();
    let one =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": ["Karim Zandavi"]}}}})
            .to_string();
    // The scheme in any case (yente's Python client sends `Apikey`), or the key in the query.
    for scheme in ["ApiKey", "Apikey", "apikey", "Bearer"] {
        let s = call_as(
            &f,
            "/match/default",
            Some(format!("{scheme} {}", f.screen_key)),
            one.clone(),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{scheme}");
    }
    let uri = format!("/match/default?api_key={}&limit=3", f.screen_key);
    assert_eq!(call_as(&f, &uri, None, one.clone()).await, StatusCode::OK);
    assert_eq!(
        call_as(
            &f,
            "/match/default?api_key=vgl_00000000_wrong",
            None,
            one.clone()
        )
        .await,
        StatusCode::UNAUTHORIZED
    );
    // The audit trail never holds a key, even one sent in the URL.
    let (s, trail) = call(&f, "GET", "/audit", Some(&f.admin_key), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(
        trail["records"].as_array().is_some_and(|r| r.len() >= 5),
        "{trail}"
    );
    assert!(!trail.to_string().contains(&f.screen_key), "{trail}");
    // Limits are stated, not silently clamped; no query at all is a bad request.
    let (s, v) = match_with(&f, "limit=501", &one).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
    assert!(v.to_string().contains("500"), "{v}");
    let (s, v) = match_with(&f, "", &json!({"queries": {}}).to_string()).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    // Algorithms: listed with their threshold; yente's names answered and said to be; a
    // misspelt one refused with the list.
    let (s, v) = call(&f, "GET", "/algorithms", None, None).await;
    assert_eq!(s, StatusCode::OK);
    let names: Vec<&str> = v["algorithms"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    assert!(
        names.contains(&"vigil") && names.contains(&"logic-v2"),
        "{v}"
    );
    assert_eq!(v["default"], "vigil");
    let (s, v) = match_with(&f, "algorithm=logic-v2", &one).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["algorithm"], "logic-v2");
    let (s, v) = match_with(&f, "algorithm=logic-v9", &one).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    assert!(v.to_string().contains("vigil"), "{v}");
    // The query is echoed as it was read: countries as codes, a numeric birth date coerced
    // and scored.
    let body = json!({"queries": {"q": {"schema": "Person", "properties": {
        "name": "Karim Zandavi", "nationality": "Iran", "birthDate": 1971}}}})
    .to_string();
    let (s, v) = match_with(&f, "", &body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let echoed = &v["responses"]["q"]["query"]["properties"];
    assert_eq!(echoed["nationality"], json!(["ir"]), "{v}");
    assert_eq!(echoed["birthDate"], json!(["1971"]), "{v}");
    assert_eq!(echoed["name"], json!(["Karim Zandavi"]), "{v}");
    let first = &v["responses"]["q"]["results"][0];
    assert!(first["features"]["birth_date"].as_f64().is_some(), "{v}");
    // Weights: vigil's own and yente's that mean something apply (a birth date against the
    // listed one costs what was asked); yente's without a counterpart are said not to apply;
    // an unknown name, a weight out of range or any config key is refused.
    let with = |weights: Value| {
        json!({"queries": {"q": {"schema": "Person", "properties": {
            "name": "Karim Zandavi", "birthDate": "1940"}}}, "weights": weights})
        .to_string()
    };
    let (s, v) = match_with(
        &f,
        "",
        &with(json!({"dob_year_disjoint": 0.3, "name_literal_match": 0.5})),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let penalty = v["responses"]["q"]["results"][0]["features"]["birth_date"]
        .as_f64()
        .unwrap_or(0.0);
    assert!((penalty + 0.3).abs() < 1e-6, "{v}");
    assert_eq!(
        v["weights_not_applied"],
        json!(["name_literal_match"]),
        "{v}"
    );
    for (weights, status) in [
        (json!({"name_litteral_match": 0.5}), StatusCode::BAD_REQUEST),
        (
            json!({"country_mismatch": 7}),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let (s, v) = match_with(&f, "", &with(weights)).await;
        assert_eq!(s, status, "{v}");
    }
    // /search pages as yente's does: limit up to 500, offset.
    let search = |q: &'static str| call(&f, "GET", q, Some(&f.screen_key), None);
    let (s, v) = search("/search/default?q=Karim%20Zandavi&limit=1").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["results"][0]["id"], "p1", "{v}");
    let (s, v) = search("/search/default?q=Karim%20Zandavi&limit=5&offset=1").await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(
        v["results"]
            .as_array()
            .is_some_and(|r| r.iter().all(|x| x["id"] != "p1")),
        "{v}"
    );
    assert_eq!(v["offset"], 1);
    let (s, _) = search("/search/default?q=Karim&limit=501").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    let body = json!({"queries": {"q": {"schema": "Person", "properties": {"name": "X Y"}}},
        "config": {"nm_number_mismatch": 0.1}})
    .to_string();
    let (s, v) = match_with(&f, "", &body).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
}

#[tokio::test]
async fn an_identifier_alone_is_a_query_and_moves_a_name_score() {
    let f = fixture();
    // By passport number alone, written another way: found, with the identifier's account.
    let body = json!({"queries": {
        "id": {"schema": "Person", "properties": {"passportNumber": ["K5510372"]}},
        "none": {"schema": "Person", "properties": {"passportNumber": ["X9999999"]}},
        "named": {"schema": "Person", "properties": {"name": ["Karim Zandavi"], "passportNumber": ["K 5510 372"]}},
        "other": {"schema": "Person", "properties": {"name": ["Karim Zandavi"], "passportNumber": ["Q 1234567"]}}
    }})
    .to_string();
    let (s, v) = match_with(&f, "", &body).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let first = |q: &str| v["responses"][q]["results"][0].clone();
    assert_eq!(first("id")["id"], "p1", "{v}");
    assert_eq!(first("id")["match"], true, "{v}");
    let why = first("id")["explanations"]["identifier"].to_string();
    assert!(why.contains("5510372"), "{why}");
    assert!(
        v["responses"]["none"]["results"]
            .as_array()
            .is_some_and(|r| r.is_empty()),
        "{v}"
    );
    let named = first("named")["score"].as_f64().unwrap_or(0.0);
    let other = first("other")["score"].as_f64().unwrap_or(1.0);
    assert!(
        named > other,
        "a shared passport counts for, another against: {named} / {other}"
    );
    // Neither a name nor an identifier: still refused, saying what is missing.
    let (s, v) = match_with(
        &f,
        "",
        &json!({"queries": {"q": {"schema": "Person", "properties": {"nationality": ["ir"]}}}})
            .to_string(),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(v.to_string().contains("identifier"), "{v}");
}

#[tokio::test]
async fn yente_filters_narrow_exclude_and_refuse_what_they_cannot_do() {
    let f = fixture();
    let k = Some(f.screen_key.as_str());
    let body = json!({"queries": {
        "p": {"schema": "Person", "properties": {"name": ["Karim Zandavi"]}},
        "o": {"schema": "Organization", "properties": {"name": ["Office of Secret Affairs"]}}
    }})
    .to_string();
    let ids = |v: &Value, q: &str| -> Vec<String> {
        v["responses"][q]["results"]
            .as_array()
            .unwrap_or_else(|| panic!("{v}"))
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_string))
            .collect()
    };
    let (s, all) = call(&f, "POST", "/match/default", k, Some(body.clone())).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        (ids(&all, "p"), ids(&all, "o")),
        (vec!["p1".to_string()], vec!["o1".to_string()])
    );
    for (params, p, o) in [
        ("exclude_entity_ids=p1", vec![], vec!["o1"]),
        ("exclude_schema=Organization", vec!["p1"], vec![]),
        ("topics=sanction", vec!["p1"], vec![]),
        (
            "include_dataset=test-list&topics=sanction&topics=crime",
            vec!["p1"],
            vec![],
        ),
        ("exclude_dataset=test-list", vec![], vec![]),
        // The fixture's one version was loaded 2026-01-01: changed since then, not since after.
        ("changed_since=2026-01-01", vec!["p1"], vec!["o1"]),
        ("changed_since=2026-01-02", vec![], vec![]),
    ] {
        let (s, v) = match_with(&f, params, &body).await;
        assert_eq!(s, StatusCode::OK, "{params}: {v}");
        assert_eq!(
            (ids(&v, "p"), ids(&v, "o")),
            (
                p.iter().map(|x| x.to_string()).collect(),
                o.iter().map(|x| x.to_string()).collect()
            ),
            "{params}"
        );
    }
    let many = (0..51)
        .map(|i| format!("exclude_entity_ids=x{i}"))
        .collect::<Vec<_>>()
        .join("&");
    for (params, says) in [
        ("include_dataset=no-such-list".to_string(), "no dataset"),
        ("exclude_dataset=no-such-list".to_string(), "no dataset"),
        ("exclude_schema=Spaceship".to_string(), "unknown schema"),
        ("changed_since=yesterday".to_string(), "not an ISO date"),
        (many, "at most 50"),
    ] {
        let (s, v) = match_with(&f, &params, &body).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{params}: {v}");
        assert!(
            v["detail"].as_str().unwrap_or("").contains(says),
            "{params}: {v}"
        );
    }
    // Eight answered, five refused: the trail holds the eight, each with its parameters.
    let (_, a) = call(&f, "GET", "/audit", Some(&f.admin_key), None).await;
    let records = a["records"].as_array().expect("records");
    assert_eq!(records.len(), 8);
    assert!(
        records
            .iter()
            .any(|r| r["params"] == "exclude_dataset=test-list"),
        "{a}"
    );
}

/// yente reads a body sent without a Content-Type as JSON, so a client may not set one; a type
/// that says something else is refused with a JSON error.
#[tokio::test]
async fn a_body_without_content_type_is_json_and_a_wrong_type_is_refused() {
    let f = fixture();
    let body =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": ["Karim Zandavi"]}}}})
            .to_string();
    let send = |content_type: Option<&str>| {
        let mut req = Request::builder()
            .method("POST")
            .uri("/match/default")
            .header("Authorization", format!("ApiKey {}", f.screen_key));
        if let Some(t) = content_type {
            req = req.header("Content-Type", t);
        }
        app(f.state.clone()).oneshot(req.body(Body::from(body.clone())).expect("request"))
    };
    let none = send(None).await.expect("response");
    assert_eq!(none.status(), StatusCode::OK);
    let text = send(Some("text/plain")).await.expect("response");
    assert_eq!(text.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let bytes = text.into_body().collect().await.expect("body").to_bytes();
    let v: Value = serde_json::from_slice(&bytes).expect("a JSON error");
    assert!(
        v["detail"]
            .as_str()
            .unwrap_or("")
            .contains("application/json"),
        "{v}"
    );
}

/// A background write reports its step at `/jobs/{id}` while it runs, and its outcome after.
#[tokio::test]
async fn a_job_shows_its_progress_while_it_runs() {
    let (f, write_key) = writer_fixture();
    let body = json!({"kind": "lists", "files": [{"name": "x.csv", "content": "x"}]}).to_string();
    let (s, job) = call(&f, "POST", "/ingest", Some(&write_key), Some(body)).await;
    assert_eq!(s, StatusCode::ACCEPTED, "{job}");
    let url = job["url"].as_str().expect("url").to_string();
    let mut seen = Vec::new();
    let last = loop {
        let (_, j) = call(&f, "GET", &url, Some(&write_key), None).await;
        if let Some(done) = j["progress"]["done"].as_u64() {
            assert_eq!(j["progress"]["total"], 4);
            seen.push(done);
        }
        if j["status"] == "done" || j["status"] == "failed" {
            break j;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    assert_eq!(last["status"], "done", "{last}");
    assert_eq!(last["result"]["written"], 4);
    assert!(
        last["progress"].is_null(),
        "no progress once finished: {last}"
    );
    assert!(
        seen.len() >= 2 && seen.windows(2).all(|w| w[0] <= w[1]),
        "{seen:?}"
    );
}

/// Invisible characters (zero-width space and joiner, soft hyphen, bidi override, word
/// joiner) inside a listed name must not hide it, through `/match` or `/search`.
#[tokio::test]
async fn invisible_characters_do_not_hide_a_listed_name() {
    let f = fixture();
    for name in [
        "Karim Zan\u{200b}davi",
        "Ka\u{ad}rim Zand\u{200d}avi",
        "\u{202e}Karim\u{2060} Zandavi\u{feff}",
    ] {
        let body = json!({"queries": {"q": {"schema": "Person", "properties": {"name": [name]}}}});
        let (s, v) = match_with(&f, "", &body.to_string()).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let top = &v["responses"]["q"]["results"][0];
        assert_eq!(top["id"], "p1", "/match {name:?}: {v}");
        assert_eq!(top["match"], true, "/match {name:?}: {v}");
        let q: String = form_urlencoded::byte_serialize(name.as_bytes()).collect();
        let (s, v) = call(
            &f,
            "GET",
            &format!("/search/default?q={q}&schema=Person"),
            Some(&f.screen_key),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(v["results"][0]["id"], "p1", "/search {name:?}: {v}");
        assert_eq!(v["results"][0]["match"], true, "/search {name:?}: {v}");
    }
}

/// Misspelt or impossible filters used to answer an empty 200; a megabyte name used to take
/// seconds of CPU. Each is a 422 naming what is allowed, before any scoring.
#[tokio::test]
async fn misspelt_filters_and_oversized_queries_are_refused() {
    let f = fixture();
    let body =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": ["Karim Zandavi"]}}}})
            .to_string();
    for (params, needle) in [
        ("topics=sanctions", "sanction.linked"),
        ("changed_since=2026-13-45", "2026-13-45"),
        ("changed_since=2026-02-30", "2026-02-30"),
    ] {
        let (s, v) = match_with(&f, params, &body).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{params}: {v}");
        assert!(
            v["detail"].as_str().unwrap_or("").contains(needle),
            "{params}: {v}"
        );
    }
    let (s, _) = match_with(&f, "topics=sanction", &body).await;
    assert_eq!(s, StatusCode::OK);
    let examples = [
        json!({"schema": "Person", "properties": {"name": ["x".repeat(1_000_000)]}}),
        json!({"schema": "Person", "properties": {"name": (0..21).map(|i| format!("Name {i}")).collect::<Vec<_>>()}}),
    ];
    for ex in examples {
        let body = json!({"queries": {"q": ex}}).to_string();
        let started = std::time::Instant::now();
        let (s, v) = match_with(&f, "", &body).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert!(v["detail"].as_str().unwrap_or("").len() < 300, "{v}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }
    for uri in [
        "/search/default?q=Karim&country=Narnia",
        "/search/default?q=Karim&birth_date=1939-02-31",
        "/timeline?kind=arest",
        "/timeline?from=2026-13-45",
    ] {
        let (s, v) = call(&f, "GET", uri, Some(&f.screen_key), None).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{uri}: {v}");
    }
    assert_eq!(audit_count(&f).await, 1, "only the good request is audited");
    // A birth date or country in an example that reads as nothing: the name is screened all
    // the same, and the answer says what it went without (one bad value must not fail a batch
    // of a hundred queries, nor vanish).
    for (prop, value) in [("birthDate", "31/02/1939"), ("nationality", "Narnia")] {
        let body = json!({"queries": {"q": {"schema": "Person",
            "properties": {"name": ["Karim Zandavi"], prop: [value]}}}});
        let (s, v) = match_with(&f, "", &body.to_string()).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let q = &v["responses"]["q"];
        assert_eq!(q["results"][0]["id"], "p1", "{v}");
        assert!(
            q["warnings"][0].as_str().unwrap_or("").contains(value),
            "{v}"
        );
    }
}

/// Every answer carries the security headers, the UI has no inline script to allow, and a bad
/// URL parameter is a JSON error like every other.
#[tokio::test]
async fn security_headers_and_json_errors_for_bad_parameters() {
    let f = fixture();
    for uri in ["/", "/assets/app.js", "/healthz", "/nope", "/entities/p1"] {
        let req = Request::builder()
            .uri(uri)
            .header("Authorization", format!("ApiKey {}", f.screen_key))
            .body(Body::empty())
            .expect("request");
        let resp = app(f.state.clone()).oneshot(req).await.expect("response");
        let h = |n: &str| {
            resp.headers()
                .get(n)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        };
        assert!(
            h("content-security-policy").contains("script-src 'self';"),
            "{uri}"
        );
        assert!(
            h("content-security-policy").contains("frame-ancestors 'none'"),
            "{uri}"
        );
        assert_eq!(h("x-content-type-options"), "nosniff", "{uri}");
        assert_eq!(h("referrer-policy"), "no-referrer", "{uri}");
        if uri == "/" {
            let body = resp.into_body().collect().await.expect("body").to_bytes();
            let page = String::from_utf8_lossy(&body);
            assert!(
                !page.contains("<script>") && !page.contains("style=\""),
                "no inline script or style"
            );
            assert!(page.contains("src=\"/assets/app.js\""));
        }
    }
    for uri in [
        "/search/default?q=Karim&limit=abc",
        "/entities/p1/links?hops=many",
        "/timeline?limit=-1",
    ] {
        let (s, v) = call(&f, "GET", uri, Some(&f.screen_key), None).await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{uri}: {v}");
        assert!(
            v["detail"].as_str().unwrap_or("").contains("limit")
                || v["detail"].as_str().unwrap_or("").contains("hops"),
            "{uri}: {v}"
        );
    }
    let (s, v) = match_with(&f, "limit=abc", "{\"queries\": {}}").await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
}

/// One worker, a bounded queue: past it a write is answered 429, not given a thread of its
/// own. Two files of one name, and labels or names with markup or of megabytes, are refused.
#[tokio::test]
async fn ingest_queues_are_bounded_and_requests_checked() {
    let (f, write_key) = writer_fixture();
    let refused = [
        json!({"kind": "lists", "files": [{"name": "a.csv", "content": "x"}, {"name": "a.csv", "content": "y"}]}),
        json!({"kind": "lists", "version": "v".repeat(5 << 20), "files": [{"name": "a.csv", "content": "x"}]}),
        json!({"kind": "lists", "version": "<script>alert(1)</script>", "files": [{"name": "a.csv", "content": "x"}]}),
        json!({"kind": "lists", "files": [{"name": "<img src=x onerror=alert(1)>.csv", "content": "x"}]}),
        json!({"kind": "reports", "published": "2026-02-30", "files": [{"name": "a.txt", "content": "x"}]}),
    ];
    for body in refused {
        let (s, v) = call(
            &f,
            "POST",
            "/ingest",
            Some(&write_key),
            Some(body.to_string()),
        )
        .await;
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{v}");
        assert!(v["detail"].as_str().unwrap_or("").len() < 400, "{v}");
    }
    let body = json!({"kind": "lists", "files": [{"name": "x.csv", "content": "x"}]}).to_string();
    let mut statuses = Vec::new();
    for _ in 0..(vigil_server::jobs::MAX_QUEUED_JOBS + 3) {
        let (s, v) = call(&f, "POST", "/ingest", Some(&write_key), Some(body.clone())).await;
        if s == StatusCode::TOO_MANY_REQUESTS {
            assert!(
                v["detail"].as_str().unwrap_or("").contains("waiting"),
                "{v}"
            );
        }
        statuses.push(s);
    }
    let accepted = statuses
        .iter()
        .filter(|s| **s == StatusCode::ACCEPTED)
        .count();
    let too_many = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert!(
        accepted >= vigil_server::jobs::MAX_QUEUED_JOBS && too_many >= 1,
        "{statuses:?}"
    );
    assert_eq!(accepted + too_many, statuses.len(), "{statuses:?}");
}

#[tokio::test]
async fn entities_say_when_they_were_first_seen_last_seen_and_last_changed() {
    let f = fixture();
    let (s, v) = call(&f, "GET", "/entities/p1", Some(&f.screen_key), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    for field in ["first_seen", "last_seen", "last_change"] {
        assert_eq!(v[field], "2026-01-01T00:00:00Z", "{field}: {v}");
    }
    // A second version drops p1's passport: seen again then, changed then.
    let st =
        |prop: &str, value: &str| Statement::new("p1", Schema::Person, prop, value, "test-list");
    f.state
        .store
        .load_version(
            &VersionRequest {
                dataset: "test-list".into(),
                version: "2026-02-01".into(),
                format: "test".into(),
                files: Vec::new(),
                content_hash: "h2".into(),
                loaded_at: "2026-02-01T00:00:00Z".into(),
                mode: LoadMode::Replace,
            },
            vec![
                st("name", "ZANDAVI, Karim"),
                st("birthDate", "1971-12-22"),
                st("nationality", "ir"),
                st("topics", "sanction"),
            ],
            &mut |_, _| {},
        )
        .expect("load");
    // Written beside the server, not through it: what a write through it (or a load it hears
    // of) does next, the swap, forgets the entities it showed.
    f.state.entity_cache.clear();
    let (_, v) = call(&f, "GET", "/entities/p1", Some(&f.screen_key), None).await;
    assert_eq!(v["first_seen"], "2026-01-01T00:00:00Z", "{v}");
    assert_eq!(v["last_seen"], "2026-02-01T00:00:00Z", "{v}");
    assert_eq!(v["last_change"], "2026-02-01T00:00:00Z", "{v}");
    // /match results carry them too.
    let body =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": "Karim Zandavi"}}}})
            .to_string();
    let (_, v) = match_with(&f, "", &body).await;
    assert_eq!(
        v["responses"]["q"]["results"][0]["first_seen"], "2026-01-01T00:00:00Z",
        "{v}"
    );
}

#[tokio::test]
async fn a_merged_away_id_redirects_and_the_survivor_names_it() {
    let f = fixture();
    let (_, statements) = vigil_link::Judgement::statements(
        vigil_link::Verdict::Positive,
        "p1",
        "o1",
        None,
        "analyst",
        "2026-03-01T00:00:00Z",
        None,
    );
    f.state
        .store
        .load_version(
            &VersionRequest {
                dataset: vigil_link::JUDGEMENTS_DATASET.into(),
                version: "2026-03-01T00:00:00Z".into(),
                format: "judgement".into(),
                files: Vec::new(),
                content_hash: "j1".into(),
                loaded_at: "2026-03-01T00:00:00Z".into(),
                mode: LoadMode::Append,
            },
            statements,
            &mut |_, _| {},
        )
        .expect("judgement");
    let req = Request::builder()
        .uri("/entities/o1")
        .header("Authorization", format!("ApiKey {}", f.screen_key))
        .body(Body::empty())
        .expect("request");
    let resp = app(f.state.clone()).oneshot(req).await.expect("response");
    assert_eq!(resp.status(), StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        resp.headers().get("location").and_then(|l| l.to_str().ok()),
        Some("/entities/p1")
    );
    let (s, v) = call(&f, "GET", "/entities/p1", Some(&f.screen_key), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["referents"], json!(["o1"]), "{v}");
    let body =
        json!({"queries": {"q": {"schema": "Person", "properties": {"name": "Karim Zandavi"}}}})
            .to_string();
    let (_, v) = match_with(&f, "", &body).await;
    assert_eq!(
        v["responses"]["q"]["results"][0]["referents"],
        json!(["o1"]),
        "{v}"
    );
}

/// An entity's timeline through the API holds when each list first carried it, dated by the
/// list's own date and said so, as the CLI's does.
#[tokio::test]
async fn an_entity_s_timeline_says_when_each_list_first_carried_it() {
    let f = fixture();
    let (s, v) = call(&f, "GET", "/timeline?entity=p1", Some(&f.screen_key), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let first = v["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["kind"] == "first_seen")
        .unwrap_or_else(|| panic!("no first_seen entry: {v}"));
    assert_eq!(first["date"], "2026-01-01");
    assert!(
        first["summary"]
            .as_str()
            .is_some_and(|t| t.contains("first in test_list (list of 2026-01-01)")),
        "{first}"
    );
    // Kinds filter them like any other entry.
    let (_, only) = call(
        &f,
        "GET",
        "/timeline?entity=p1&kind=listed",
        Some(&f.screen_key),
        None,
    )
    .await;
    assert!(
        only["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .all(|e| e["kind"] == "listed"),
        "{only}"
    );
}
