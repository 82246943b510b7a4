//! yente's documented request shapes, replayed against vigil (issue 16): each test is one row
//! of what a yente client sends — written from yente's API documentation and the shapes its
//! tests and `examples/match_api.py` use — and what it must get back.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;
use vigil_server::app;

use common::*;

/// A request with any headers; the status, the headers and the JSON body (Null when empty).
async fn raw(
    f: &Fixture,
    method: &str,
    uri: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (StatusCode, axum::http::HeaderMap, Value) {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let req = match body {
        Some(b) => req
            .header("Content-Type", "application/json")
            .body(Body::from(b.to_string())),
        None => req.body(Body::empty()),
    }
    .expect("request");
    let resp = app(f.state.clone()).oneshot(req).await.expect("response");
    let (status, headers) = (resp.status(), resp.headers().clone());
    let bytes = resp.into_body().collect().await.expect("body").to_bytes();
    let v = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, headers, v)
}

fn person(name: &str) -> Value {
    json!({"queries": {"q": {"schema": "Person", "properties": {"name": [name]}}}})
}

#[tokio::test]
async fn the_api_key_in_every_way_yente_clients_send_it() {
    let f = fixture();
    let key = f.screen_key.clone();
    for header in [
        format!("ApiKey {key}"),
        format!("Apikey {key}"),
        format!("APIKEY {key}"),
        format!("Bearer {key}"),
    ] {
        let (s, _, v) = raw(
            &f,
            "POST",
            "/match/default",
            &[("Authorization", &header)],
            Some(person("Karim Zandavi")),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{header}: {v}");
    }
    let (s, _, _) = raw(
        &f,
        "POST",
        &format!("/match/default?api_key={key}"),
        &[],
        Some(person("Karim Zandavi")),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _, _) = raw(&f, "POST", "/match/default", &[], Some(person("x"))).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn algorithms_are_listed_and_each_listed_name_is_answered() {
    let f = fixture();
    let (s, _, list) = raw(&f, "GET", "/algorithms", &[], None).await;
    assert_eq!(s, StatusCode::OK);
    let auth = format!("ApiKey {}", f.screen_key);
    let names: Vec<String> = list["algorithms"]
        .as_array()
        .expect("algorithms")
        .iter()
        .map(|a| a["name"].as_str().expect("name").to_string())
        .collect();
    for wanted in ["vigil", "best", "logic-v1", "logic-v2", "name-based"] {
        assert!(names.iter().any(|n| n == wanted), "{wanted}: {list}");
    }
    for name in &names {
        let (s, _, v) = raw(
            &f,
            "POST",
            &format!("/match/default?algorithm={name}"),
            &[("Authorization", &auth)],
            Some(person("Karim Zandavi")),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{name}: {v}");
        assert_eq!(v["algorithm"], name.as_str(), "{v}");
        assert!(
            v["threshold"].as_f64().is_some(),
            "the threshold is in every response"
        );
        // Each name really selects its scorer: ofac scores with OFAC's name score alone.
        let top = &v["responses"]["q"]["results"][0];
        assert_eq!(top["id"], "p1", "{name}: {v}");
        let listed = list["algorithms"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["name"] == name.as_str()))
            .expect("listed");
        assert_eq!(
            v["threshold"], listed["threshold"],
            "{name}: the algorithm's own threshold"
        );
        let explained_by_ofac = top["explanations"].get("ofac_name").is_some();
        assert_eq!(explained_by_ofac, name == "ofac", "{name}: {top}");
    }
    // The OFAC emulation keeps OFAC's quirks: word order does not matter word by word, and a
    // birth date is no part of its score.
    let body = json!({"queries": {"q": {"schema": "Person", "properties": {
        "name": ["Zandavi Karim"], "birthDate": ["1950"]}}}});
    let (_, _, v) = raw(
        &f,
        "POST",
        "/match/default?algorithm=ofac",
        &[("Authorization", &auth)],
        Some(body),
    )
    .await;
    let top = &v["responses"]["q"]["results"][0];
    assert_eq!(top["score"], 1.0, "{v}");
    assert_eq!(v["threshold"], 0.85, "{v}");
    let (s, _, v) = raw(
        &f,
        "POST",
        "/match/default?algorithm=logic-v9",
        &[("Authorization", &auth)],
        Some(person("Karim Zandavi")),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
}

#[tokio::test]
async fn request_bounds_and_shapes_as_yente_answers_them() {
    let f = fixture();
    let auth = format!("ApiKey {}", f.screen_key);
    let h = [("Authorization", auth.as_str())];
    // limit over 500: 422, not clamped.
    let (s, _, _) = raw(
        &f,
        "POST",
        "/match/default?limit=501",
        &h,
        Some(person("Karim")),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
    // No queries: 400.
    let (s, _, _) = raw(
        &f,
        "POST",
        "/match/default",
        &h,
        Some(json!({"queries": {}})),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // An unknown config key: 400.
    let mut body = person("Karim Zandavi");
    body["config"] = json!({"nonsense": 1});
    let (s, _, _) = raw(&f, "POST", "/match/default", &h, Some(body)).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    // The echoed query is the parsed example: countries as codes, a numeric birth date read.
    let body = json!({"queries": {"q": {"schema": "Person", "properties": {
        "name": "Karim Zandavi", "nationality": "Iran", "birthDate": 1971}}}});
    let (s, headers, v) = raw(&f, "POST", "/match/default", &h, Some(body)).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let echoed = &v["responses"]["q"]["query"]["properties"];
    assert_eq!(echoed["nationality"], json!(["ir"]), "{v}");
    assert_eq!(echoed["birthDate"], json!(["1971"]), "{v}");
    // yente's batch size header.
    assert_eq!(headers["x-batch-size"], "1");
}

#[tokio::test]
async fn results_and_entities_carry_yente_s_fields() {
    let f = fixture();
    let auth = format!("ApiKey {}", f.screen_key);
    let h = [("Authorization", auth.as_str())];
    let (_, _, v) = raw(
        &f,
        "POST",
        "/match/default",
        &h,
        Some(person("Karim Zandavi")),
    )
    .await;
    let top = &v["responses"]["q"]["results"][0];
    assert_eq!(top["id"], "p1", "{v}");
    for field in [
        "first_seen",
        "last_seen",
        "last_change",
        "referents",
        "datasets",
    ] {
        assert!(top.get(field).is_some(), "{field}: {top}");
    }
    // Nested: adjacent entities inside properties, under FtM's reverse property names.
    let (s, _, e) = raw(&f, "GET", "/entities/p1", &h, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(e["properties"]["sanctions"][0]["id"], "s1", "{e}");
    assert_eq!(e["properties"]["unknownLinkTo"][0]["id"], "l1", "{e}");
    assert_eq!(
        e["properties"]["unknownLinkTo"][0]["properties"]["object"][0]["id"], "o1",
        "the relation's other end nested one level: {e}"
    );
    // nested=false: ids and the entity's own values only.
    let (_, _, flat) = raw(&f, "GET", "/entities/p1?nested=false", &h, None).await;
    assert!(flat["properties"].get("sanctions").is_none(), "{flat}");
    let (_, _, link) = raw(&f, "GET", "/entities/l1?nested=false", &h, None).await;
    assert_eq!(link["properties"]["subject"], json!(["p1"]), "{link}");
}

#[tokio::test]
async fn adjacent_entities_page_by_property() {
    let f = fixture();
    let auth = format!("ApiKey {}", f.screen_key);
    let h = [("Authorization", auth.as_str())];
    let (s, _, v) = raw(&f, "GET", "/entities/p1/adjacent", &h, None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["entity"]["id"], "p1");
    assert_eq!(v["adjacent"]["sanctions"]["total"]["value"], 1, "{v}");
    assert_eq!(v["adjacent"]["sanctions"]["results"][0]["id"], "s1");
    let (s, _, v) = raw(
        &f,
        "GET",
        "/entities/p1/adjacent/unknownLinkTo?limit=1",
        &h,
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["results"][0]["id"], "l1");
    assert_eq!(v["limit"], 1);
    let (s, _, v) = raw(&f, "GET", "/entities/p1/adjacent/ownershipOwner", &h, None).await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    assert!(
        v["detail"]
            .as_str()
            .is_some_and(|d| d.contains("sanctions")),
        "{v}"
    );
    let (s, _, _) = raw(&f, "GET", "/entities/p1/adjacent?limit=501", &h, None).await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn search_browses_filters_and_counts_facets() {
    let f = fixture();
    let auth = format!("ApiKey {}", f.screen_key);
    let h = [("Authorization", auth.as_str())];
    // Browsing without q, with facets.
    let (s, _, v) = raw(
        &f,
        "GET",
        "/search/default?facets=schema&facets=countries&facets=datasets&limit=1",
        &h,
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["total"]["value"], 2, "p1 and o1: {v}");
    assert_eq!(v["results"].as_array().map(Vec::len), Some(1));
    assert!(
        v["results"][0]["properties"].is_object(),
        "yente's entity shape: {v}"
    );
    let schema_counts = &v["facets"]["schema"]["values"];
    assert!(
        schema_counts
            .as_array()
            .expect("values")
            .iter()
            .any(|x| x["name"] == "Person" && x["count"] == 1),
        "{v}"
    );
    assert_eq!(v["facets"]["countries"]["values"][0]["name"], "ir", "{v}");
    // Filters applied, not ignored.
    for (query, want) in [
        ("schema=Person", vec!["p1"]),
        ("countries=ir", vec!["p1"]),
        ("countries=Iran", vec!["p1"]),
        ("topics=sanction", vec!["p1"]),
        ("exclude_schema=Person", vec!["o1"]),
        ("filter=birthDate:1971-12-22", vec!["p1"]),
        ("filter=birthDate:1980", vec![]),
        ("include_dataset=test-list&schema=Organization", vec!["o1"]),
        ("include_dataset=test_list&schema=Organization", vec!["o1"]),
        ("exclude_dataset=test-list", vec![]),
        ("changed_since=2027-01-01", vec![]),
        ("changed_since=2025-12-31", vec!["o1", "p1"]),
        ("offset=1", vec!["p1"]),
        ("q=Karim%20Zandavi&countries=ir", vec!["p1"]),
        ("q=Karim%20Zandavi&countries=ru", vec![]),
    ] {
        let (s, _, v) = raw(&f, "GET", &format!("/search/default?{query}"), &h, None).await;
        assert_eq!(s, StatusCode::OK, "{query}: {v}");
        let mut got: Vec<&str> = v["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter_map(|r| r["id"].as_str())
            .collect();
        got.sort();
        assert_eq!(got, want, "{query}: {v}");
    }
    // A misspelt filter, facet or country is an error, never "no results".
    for query in [
        "countrys=ir",
        "facets=colour",
        "countries=Narnia",
        "filter=nocolon",
        "limit=501",
    ] {
        let (s, _, v) = raw(&f, "GET", &format!("/search/default?{query}"), &h, None).await;
        assert!(s.is_client_error(), "{query}: {s} {v}");
    }
}

#[tokio::test]
async fn catalog_with_etag_and_dataset_names_ftm_accepts() {
    let f = fixture();
    let auth = format!("ApiKey {}", f.screen_key);
    let h = [("Authorization", auth.as_str())];
    let (s, headers, v) = raw(&f, "GET", "/catalog", &h, None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let ds = &v["datasets"][0];
    assert_eq!(ds["name"], "test_list", "the store's names are FtM's form");
    assert_eq!(ds["version"], "2026-01-01");
    assert_eq!(v["current"], json!(["test_list"]));
    assert_eq!(v["index_stale"], false);
    let tag = headers["etag"].to_str().expect("etag").to_string();
    let (s, _, _) = raw(
        &f,
        "GET",
        "/catalog",
        &[h[0], ("If-None-Match", &tag)],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::NOT_MODIFIED);
    // The name it was loaded under (before FtM's form) selects it too.
    let (s, _, v) = raw(
        &f,
        "POST",
        "/match/test-list",
        &h,
        Some(person("Karim Zandavi")),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["responses"]["q"]["results"][0]["id"], "p1");
}

#[tokio::test]
async fn updatez_needs_an_admin() {
    let f = fixture();
    let screen = format!("ApiKey {}", f.screen_key);
    let (s, _, _) = raw(&f, "POST", "/updatez", &[("Authorization", &screen)], None).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // An admin key as yente's `token`: this test server has nothing to rebuild from.
    let (s, _, v) = raw(
        &f,
        "POST",
        &format!("/updatez?token={}&sync=true", f.admin_key),
        &[],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{v}");
    let (wf, _) = writer_fixture();
    let admin = format!("ApiKey {}", wf.admin_key);
    let (s, _, v) = raw(
        &wf,
        "POST",
        "/updatez?sync=true",
        &[("Authorization", &admin)],
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["status"], "ok");
}

#[tokio::test]
async fn openapi_describes_every_endpoint_and_parameter_above() {
    let f = fixture();
    let (_, _, o) = raw(&f, "GET", "/openapi.json", &[], None).await;
    let params = |path: &str, method: &str| -> Vec<String> {
        o["paths"][path][method]["parameters"]
            .as_array()
            .unwrap_or_else(|| panic!("{method} {path} is not described"))
            .iter()
            .filter_map(|p| p["name"].as_str().map(str::to_string))
            .collect()
    };
    for (path, method, wanted) in [
        (
            "/search/{dataset}",
            "get",
            &[
                "q",
                "schema",
                "countries",
                "topics",
                "include_dataset",
                "exclude_dataset",
                "exclude_schema",
                "exclude_entity_ids",
                "changed_since",
                "filter",
                "facets",
                "limit",
                "offset",
            ][..],
        ),
        (
            "/match/{dataset}",
            "post",
            &[
                "threshold",
                "limit",
                "algorithm",
                "include_dataset",
                "exclude_dataset",
                "exclude_schema",
                "exclude_entity_ids",
                "topics",
                "changed_since",
            ][..],
        ),
        ("/entities/{id}", "get", &["id", "nested"][..]),
        (
            "/entities/{id}/adjacent",
            "get",
            &["id", "limit", "offset"][..],
        ),
        (
            "/entities/{id}/adjacent/{prop}",
            "get",
            &["id", "prop", "limit", "offset"][..],
        ),
        ("/catalog", "get", &[][..]),
        ("/algorithms", "get", &[][..]),
        ("/updatez", "post", &["token", "sync"][..]),
        (
            "/reconcile/{dataset}",
            "get",
            &["dataset", "queries", "extend"][..],
        ),
        ("/reconcile/{dataset}", "post", &["dataset"][..]),
        (
            "/reconcile/{dataset}/suggest/entity",
            "get",
            &["prefix", "limit"][..],
        ),
        ("/reconcile/{dataset}/suggest/type", "get", &["prefix"][..]),
        (
            "/reconcile/{dataset}/suggest/property",
            "get",
            &["prefix"][..],
        ),
        ("/reconcile/{dataset}/extend/property", "get", &["type"][..]),
    ] {
        let got = params(path, method);
        for w in wanted {
            assert!(
                got.iter().any(|g| g == w),
                "{method} {path} lacks {w}: {got:?}"
            );
        }
    }
}
