//! OpenRefine's Reconciliation Service API (0.2) against vigil: each answer checked against
//! the shapes the spec's JSON schemas require (manifest, result batch, suggest, data
//! extension), written out here as assertions, and the answers themselves against the
//! fixture's entities.

mod common;

use axum::http::StatusCode;
use serde_json::{json, Value};

use common::*;

fn is_str(v: &Value) -> bool {
    v.as_str().is_some()
}

/// The spec's result batch: an object of {result: [{id, name, score, match?, type?, features?}]}.
fn assert_result_batch(v: &Value) {
    let batch = v.as_object().expect("a result batch is an object");
    for (k, entry) in batch {
        let results = entry["result"]
            .as_array()
            .unwrap_or_else(|| panic!("{k}: no result array: {v}"));
        for r in results {
            assert!(is_str(&r["id"]) && is_str(&r["name"]), "{r}");
            assert!(r["score"].is_number(), "{r}");
            assert!(r.get("match").is_none_or(Value::is_boolean), "{r}");
            for t in r["type"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
                assert!(is_str(t) || is_str(&t["id"]), "{t}");
            }
            for f in r["features"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
                assert!(
                    is_str(&f["id"]) && (f["value"].is_number() || f["value"].is_boolean()),
                    "{f}"
                );
            }
            assert!(r.get("description").is_none_or(Value::is_string), "{r}");
        }
    }
}

#[tokio::test]
async fn the_manifest_has_what_the_spec_requires() {
    let f = fixture();
    let uri = format!("/reconcile/default?api_key={}", f.screen_key);
    let (s, m) = call(&f, "GET", &uri, None, None).await;
    assert_eq!(s, StatusCode::OK, "{m}");
    assert!(m["versions"]
        .as_array()
        .expect("versions")
        .contains(&json!("0.2")));
    for key in ["name", "identifierSpace", "schemaSpace"] {
        assert!(is_str(&m[key]), "{key}: {m}");
    }
    assert!(
        m["view"]["url"]
            .as_str()
            .is_some_and(|u| u.contains("{{id}}")),
        "{m}"
    );
    for t in m["defaultTypes"].as_array().expect("types") {
        assert!(is_str(&t["id"]) && is_str(&t["name"]), "{t}");
    }
    for kind in ["entity", "type", "property"] {
        let svc = &m["suggest"][kind];
        assert!(
            is_str(&svc["service_url"]) && is_str(&svc["service_path"]),
            "{kind}: {m}"
        );
        // OpenRefine sends no headers: the key it came with goes on in the service paths.
        assert!(
            svc["service_path"]
                .as_str()
                .is_some_and(|p| p.contains(&f.screen_key)),
            "{m}"
        );
    }
    assert!(
        is_str(&m["extend"]["propose_properties"]["service_path"]),
        "{m}"
    );
    for setting in m["extend"]["property_settings"]
        .as_array()
        .expect("settings")
    {
        for key in ["type", "label", "name"] {
            assert!(is_str(&setting[key]), "{setting}");
        }
    }
    // Without a key: no manifest either.
    let (s, _) = call(&f, "GET", "/reconcile/default", None, None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn queries_sent_as_openrefine_sends_them_are_matched_and_audited() {
    let f = fixture();
    let before = audit_count(&f).await;
    let queries = json!({
        "q0": {"query": "Karim Zandavi", "type": "Person", "limit": 3,
               "properties": [{"pid": "nationality", "v": "Iran"}, {"pid": "birthDate", "v": "1971"}]},
        "q1": {"query": "Nobody Atall Whatsoever", "type": "Person"},
        "q2": {"query": "Office of Secret Affairs", "type": "Organization"}
    });
    // As a form field of a POST, the way OpenRefine sends it.
    let body: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("queries", &queries.to_string())
        .finish();
    let uri = format!("/reconcile/default?api_key={}", f.screen_key);
    let req = axum::http::Request::builder()
        .method("POST")
        .uri(&uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(body))
        .expect("request");
    let resp = tower::ServiceExt::oneshot(vigil_server::app(f.state.clone()), req)
        .await
        .expect("response");
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["x-batch-size"], "3");
    let bytes = http_body_util::BodyExt::collect(resp.into_body())
        .await
        .expect("body")
        .to_bytes();
    let v: Value = serde_json::from_slice(&bytes).expect("json");
    assert_result_batch(&v);
    let top = &v["q0"]["result"][0];
    assert_eq!(top["id"], "p1", "{v}");
    assert_eq!(top["match"], true, "{v}");
    assert_eq!(top["type"][0]["id"], "Person");
    assert!(
        top["score"]
            .as_f64()
            .is_some_and(|s| (80.0..=100.0).contains(&s)),
        "0 to 100: {v}"
    );
    assert!(
        v["q1"]["result"].as_array().expect("result").is_empty(),
        "{v}"
    );
    assert_eq!(v["q2"]["result"][0]["id"], "o1", "{v}");
    assert_eq!(
        audit_count(&f).await,
        before + 1,
        "reconciliation is screening: audited"
    );
    // The same as a URL parameter of a GET.
    let uri = format!(
        "/reconcile/default?queries={}",
        form_urlencoded::byte_serialize(
            json!({"a": {"query": "Karim Zandavi"}})
                .to_string()
                .as_bytes()
        )
        .collect::<String>()
    );
    let (s, v) = call(&f, "GET", &uri, Some(&f.screen_key), None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["a"]["result"][0]["id"], "p1", "{v}");
    // Not JSON, or no queries: a 400 naming why.
    for bad in ["queries=%7Bnope", "queries=%7B%7D"] {
        let (s, v) = call(
            &f,
            "GET",
            &format!("/reconcile/default?{bad}"),
            Some(&f.screen_key),
            None,
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}: {v}");
        assert!(is_str(&v["detail"]), "{v}");
    }
}

#[tokio::test]
async fn suggest_and_data_extension() {
    let f = fixture();
    let k = Some(f.screen_key.as_str());
    let (s, v) = call(
        &f,
        "GET",
        "/reconcile/default/suggest/entity?prefix=zandavi",
        k,
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["result"][0]["id"], "p1", "{v}");
    assert!(is_str(&v["result"][0]["name"]));
    let (_, v) = call(
        &f,
        "GET",
        "/reconcile/default/suggest/type?prefix=Pers",
        k,
        None,
    )
    .await;
    assert_eq!(
        v["result"],
        json!([{"id": "Person", "name": "Person"}]),
        "{v}"
    );
    let (_, v) = call(
        &f,
        "GET",
        "/reconcile/default/suggest/property?prefix=nation",
        k,
        None,
    )
    .await;
    assert_eq!(v["result"][0]["id"], "nationality", "{v}");
    let (s, v) = call(
        &f,
        "GET",
        "/reconcile/default/extend/property?type=Person",
        k,
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let offered: Vec<&str> = v["properties"]
        .as_array()
        .expect("properties")
        .iter()
        .filter_map(|p| p["id"].as_str())
        .collect();
    assert!(
        offered.contains(&"nationality") && offered.contains(&"birthDate"),
        "{v}"
    );
    assert!(
        !offered.contains(&"imoNumber"),
        "a person has no IMO number: {v}"
    );
    let extend = json!({"ids": ["p1", "nobody"], "properties": [{"id": "nationality"}, {"id": "birthDate"}]});
    let uri = format!(
        "/reconcile/default?extend={}",
        form_urlencoded::byte_serialize(extend.to_string().as_bytes()).collect::<String>()
    );
    let (s, v) = call(&f, "GET", &uri, k, None).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["meta"][0]["id"], "nationality");
    assert!(is_str(&v["meta"][0]["name"]));
    assert_eq!(
        v["rows"]["p1"]["nationality"],
        json!([{"str": "ir"}]),
        "{v}"
    );
    assert_eq!(
        v["rows"]["p1"]["birthDate"],
        json!([{"str": "1971-12-22"}]),
        "{v}"
    );
    assert_eq!(
        v["rows"]["nobody"]["nationality"],
        json!([]),
        "an unknown id: a row without values"
    );
    let (s, _) = call(
        &f,
        "GET",
        "/reconcile/default/extend/property?type=Spaceship",
        k,
        None,
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
}
