//! Watching on real data: subjects put under watch against the 2021 OFAC SDN set, every alert
//! cleared, then the 2024 SDN file loaded. Alerts come for the persons only 2024 lists
//! (`new_listing`) and for cleared entries that changed (`changed_entry`, with what changed),
//! none for cleared entries that did not, and none from loading the same file again.

#[macro_use]
mod util;

use std::collections::{BTreeSet, HashMap};

use util::{s, shared, Vigil};

fn alerts(v: &Vigil, status: &str) -> Vec<serde_json::Value> {
    v.run(&["alerts", "--status", status, "--json"]).ok().json()["alerts"]
        .as_array()
        .expect("alerts")
        .clone()
}

/// Person entities of a diff section: (id, caption, added facts, removed facts).
type Change = (String, String, Vec<(String, String)>, Vec<(String, String)>);

fn persons(section: &serde_json::Value) -> Vec<Change> {
    let pairs = |v: &serde_json::Value| -> Vec<(String, String)> {
        v.as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                (
                    p[0].as_str().unwrap_or("").to_string(),
                    p[1].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    section
        .as_array()
        .expect("section")
        .iter()
        .filter(|c| c["schema"] == "Person")
        .map(|c| {
            (
                c["id"].as_str().unwrap_or("").to_string(),
                c["caption"].as_str().unwrap_or("").to_string(),
                pairs(&c["added"]),
                pairs(&c["removed"]),
            )
        })
        .collect()
}

#[test]
fn a_list_update_alerts_on_new_listings_and_changed_cleared_entries_only() {
    let (Some(old), Some(new)) = (
        shared("ofac/watchman-bench-2021-07"),
        shared("ofac/sdn-2024-05-03/sdn.csv"),
    ) else {
        return;
    };
    let load_old = ["load", s(&old), "--version", "2021-07-01"];
    let load_new = ["load", s(&new), "--version", "2024-05-03", "--allow-shrink"];
    // What the update changes, read from a store of its own.
    let scratch = Vigil::new();
    scratch.run(&load_old).ok();
    let before = scratch
        .run(&["export", "--dataset", "us_ofac_sdn"])
        .ok()
        .stdout;
    scratch.run(&load_new).ok();
    let diff = scratch.run(&["diff", "us_ofac_sdn", "--json"]).ok().json();
    let added = persons(&diff["added"]);
    let changed = persons(&diff["changed"]);
    let touched: BTreeSet<String> = changed.iter().map(|c| c.0.clone()).collect();
    let removed: BTreeSet<String> = persons(&diff["removed"]).into_iter().map(|c| c.0).collect();
    let unchanged: Vec<(String, String)> = before
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|e| e["schema"] == "Person")
        .filter_map(|e| {
            let id = e["id"].as_str()?.to_string();
            let name = e["properties"]["name"][0].as_str()?.to_string();
            Some((id, name))
        })
        .filter(|(id, _)| !touched.contains(id) && !removed.contains(id))
        .collect();
    // Six of each, spread through the lists, with names of two words or more.
    let pick = |all: Vec<(String, String)>| -> Vec<(String, String)> {
        let all: Vec<_> = all
            .into_iter()
            .filter(|(_, n)| n.split_whitespace().count() >= 2)
            .collect();
        let step = (all.len() / 6).max(1);
        all.into_iter().step_by(step).take(6).collect()
    };
    let new_people = pick(added.iter().map(|c| (c.0.clone(), c.1.clone())).collect());
    let changed_people = pick(changed.iter().map(|c| (c.0.clone(), c.1.clone())).collect());
    let same_people = pick(unchanged);
    assert_eq!(
        (new_people.len(), changed_people.len(), same_people.len()),
        (6, 6, 6)
    );

    let v = Vigil::new();
    v.run(&load_old).ok();
    let mut csv = String::from("id,name,schema\n");
    for (kind, people) in [
        ("new", &new_people),
        ("changed", &changed_people),
        ("same", &same_people),
    ] {
        for (i, (_, name)) in people.iter().enumerate() {
            csv.push_str(&format!(
                "{kind}-{i},\"{}\",Person\n",
                name.replace('"', "")
            ));
        }
    }
    let batch = v.dir.path().join("subjects.csv");
    std::fs::write(&batch, csv).expect("write");
    let added_now = v
        .run(&["watch", "add", "--batch", s(&batch), "--json"])
        .ok()
        .json();
    assert_eq!(added_now["added"].as_array().map(Vec::len), Some(18));
    // Every first alert cleared as a false positive.
    let first = alerts(&v, "open");
    for subject in changed_people.iter().chain(&same_people) {
        assert!(
            first.iter().any(|a| a["entity_id"] == subject.0.as_str()),
            "the subject named {:?} was alerted on its listed entity when added",
            subject.1
        );
    }
    for a in &first {
        v.run(&[
            "alerts",
            "decide",
            a["id"].as_str().expect("id"),
            "--as",
            "false-positive",
            "--note",
            "not our customer",
            "--by",
            "tester",
        ])
        .ok();
    }
    assert!(alerts(&v, "open").is_empty());

    let loaded = v.run(&load_new).ok();
    assert!(loaded.stderr.contains("new alert(s)"), "{}", loaded.stderr);
    let raised = alerts(&v, "open");
    let on = |subject: &str, entity: &str| {
        raised
            .iter()
            .filter(|a| a["subject_id"] == subject && a["entity_id"] == entity)
            .collect::<Vec<_>>()
    };
    for (i, (id, name)) in new_people.iter().enumerate() {
        let got = on(&format!("new-{i}"), id);
        assert_eq!(got.len(), 1, "new listing of {name} ({id}): {raised:#?}");
        assert_eq!(got[0]["reason"], "new_listing");
    }
    let by_id: HashMap<&str, &Change> = changed.iter().map(|c| (c.0.as_str(), c)).collect();
    for (i, (id, name)) in changed_people.iter().enumerate() {
        let got = on(&format!("changed-{i}"), id);
        assert_eq!(got.len(), 1, "changed entry {name} ({id})");
        assert_eq!(got[0]["reason"], "changed_entry");
        // What changed, as the list's own difference says it.
        let facts = |k: &str| -> BTreeSet<(String, String)> {
            got[0][k]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| {
                    (
                        f[0].as_str().unwrap_or("").into(),
                        f[1].as_str().unwrap_or("").into(),
                    )
                })
                .collect()
        };
        let want = by_id[id.as_str()];
        assert_eq!(facts("added"), want.2.iter().cloned().collect(), "{name}");
        assert_eq!(facts("removed"), want.3.iter().cloned().collect(), "{name}");
        assert!(!got[0]["explanation"].as_str().unwrap_or("").is_empty());
    }
    for (i, (id, name)) in same_people.iter().enumerate() {
        assert!(
            on(&format!("same-{i}"), id).is_empty(),
            "{name} ({id}) did not change, was cleared, and must not alert again"
        );
    }
    // The same file again: nothing.
    let total = alerts(&v, "all").len();
    let again = v.run(&load_new).ok();
    assert!(!again.stderr.contains("new alert(s)"), "{}", again.stderr);
    assert_eq!(alerts(&v, "all").len(), total);
    // Every decision is kept with who and why, and exported for an auditor.
    let export = v.run(&["alerts", "export"]).ok().stdout;
    let decided = export
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|a| {
            a["decisions"][0]["by"] == "tester" && a["decisions"][0]["note"] == "not our customer"
        })
        .count();
    assert_eq!(decided, first.len());
    note!(
        "watch on SDN 2021 -> 2024: {} first alerts cleared, {} raised by the update",
        first.len(),
        raised.len()
    );
}

#[test]
fn subjects_are_checked_whole_and_decisions_need_a_reason() {
    let v = Vigil::new();
    v.run(&["load", &util::fixture("un-sample.xml")]).ok();
    let batch = v.dir.path().join("bad.csv");
    std::fs::write(
        &batch,
        "id,name,schema\nok-1,Sample Person Testovich,Person\nbad-1,,Person\nbad-2,Someone,Dragon\n",
    )
    .expect("write");
    let r = v.run(&["watch", "add", "--batch", s(&batch)]).fails();
    assert!(r.stderr.contains("line 3: no name"), "{}", r.stderr);
    let listed = v.run(&["watch", "list", "--json"]).ok().json();
    assert_eq!(
        listed["subjects"].as_array().map(Vec::len),
        Some(0),
        "nothing added"
    );
    std::fs::write(&batch, "id,nom\n1,x\n").expect("write");
    let r = v.run(&["watch", "add", "--batch", s(&batch)]).fails();
    assert!(r.stderr.contains("unknown column \"nom\""), "{}", r.stderr);
    let r = v
        .run(&["watch", "add", "Someone", "--schema", "Dragon"])
        .fails();
    assert!(r.stderr.contains("unknown schema"), "{}", r.stderr);
    // One subject, alerted at once.
    let added = v
        .run(&[
            "watch",
            "add",
            "Sample Person Testovich",
            "--schema",
            "Person",
            "--id",
            "c-1",
            "--json",
        ])
        .ok()
        .json();
    let alert = added["alerts"][0]["id"]
        .as_str()
        .expect("an alert at once")
        .to_string();
    let r = v.run(&["watch", "add", "Anyone", "--id", "c-1"]).fails();
    assert!(r.stderr.contains("already watched"), "{}", r.stderr);
    let r = v
        .run(&["alerts", "decide", &alert, "--as", "maybe", "--note", "x"])
        .fails();
    assert!(r.stderr.contains("false-positive"), "{}", r.stderr);
    let r = v
        .run(&[
            "alerts",
            "decide",
            "alr-nosuch",
            "--as",
            "true-match",
            "--note",
            "x",
        ])
        .fails();
    assert!(r.stderr.contains("no alert"), "{}", r.stderr);
    // Decisions supersede, never overwrite.
    for verdict in ["escalated", "true-match"] {
        v.run(&[
            "alerts", "decide", &alert, "--as", verdict, "--note", "checked", "--by", "a",
        ])
        .ok();
    }
    let all = alerts(&v, "decided");
    assert_eq!(all[0]["decisions"].as_array().map(Vec::len), Some(2));
    assert_eq!(all[0]["decisions"][1]["verdict"], "true-match");
    v.run(&["watch", "remove", "c-1"]).ok();
    let r = v.run(&["watch", "remove", "c-1"]).fails();
    assert!(r.stderr.contains("not watched"), "{}", r.stderr);
    assert_eq!(
        alerts(&v, "all").len(),
        1,
        "a removed subject's alerts stay"
    );
}

/// A receiver on loopback that answers 500 to the first `fail` requests and 200 after,
/// keeping each request's signature header and body.
/// Each request's signature header and body.
type Received = Vec<(String, Vec<u8>)>;

fn receiver(fail: usize, want: usize) -> (u16, std::thread::JoinHandle<Received>) {
    use std::io::{BufRead, BufReader, Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let handle = std::thread::spawn(move || {
        let mut got = Vec::new();
        for stream in listener.incoming().take(want) {
            let mut stream = stream.expect("connection");
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let (mut signature, mut length) = (String::new(), 0usize);
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).expect("header");
                let line = line.trim_end();
                if line.is_empty() {
                    break;
                }
                if let Some((k, v)) = line.split_once(": ") {
                    match k.to_ascii_lowercase().as_str() {
                        "x-vigil-signature" => signature = v.to_string(),
                        "content-length" => length = v.parse().expect("length"),
                        _ => {}
                    }
                }
            }
            let mut body = vec![0u8; length];
            reader.read_exact(&mut body).expect("body");
            got.push((signature, body));
            let status = if got.len() <= fail {
                "500 Internal Server Error"
            } else {
                "200 OK"
            };
            write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .expect("answer");
        }
        got
    });
    (port, handle)
}

fn hmac_hex(secret: &str, body: &[u8]) -> String {
    use hmac::{Hmac, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).expect("key");
    mac.update(body);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn a_new_alert_is_posted_signed_and_retried_until_taken() {
    let v = Vigil::new();
    v.run(&["load", &util::fixture("un-sample.xml")]).ok();
    let (port, received) = receiver(2, 3);
    let secret = "correct horse battery staple";
    let hook = v
        .run(&[
            "webhooks",
            "add",
            &format!("http://127.0.0.1:{port}/hook"),
            "--secret",
            secret,
            "--json",
        ])
        .ok()
        .json();
    assert!(
        hook["secret"].is_null(),
        "the secret is not shown again: {hook}"
    );
    let r = v
        .run(&["webhooks", "add", "ftp://x", "--secret", secret])
        .fails();
    assert!(r.stderr.contains("http://"), "{}", r.stderr);
    let r = v
        .run(&["webhooks", "add", "http://x", "--secret", "short"])
        .fails();
    assert!(r.stderr.contains("16 characters"), "{}", r.stderr);
    let added = v
        .run(&[
            "watch",
            "add",
            "Sample Person Testovich",
            "--schema",
            "Person",
            "--json",
        ])
        .ok()
        .json();
    let alert_id = added["alerts"][0]["id"]
        .as_str()
        .expect("an alert")
        .to_string();
    let got = received.join().expect("receiver");
    assert_eq!(got.len(), 3, "two refusals, then taken");
    for (signature, body) in &got {
        assert_eq!(signature, &format!("sha256={}", hmac_hex(secret, body)));
        assert_ne!(
            signature,
            &format!("sha256={}", hmac_hex("another secret!!", body))
        );
        let sent: serde_json::Value = serde_json::from_slice(body).expect("JSON body");
        assert_eq!(sent["alert"]["id"], alert_id.as_str());
        assert_eq!(sent["alert"]["reason"], "new_listing");
    }
    let log = v.run(&["webhooks", "log", "--json"]).ok().json();
    let attempts: Vec<(u64, Option<u64>, bool)> = log["deliveries"]
        .as_array()
        .expect("log")
        .iter()
        .map(|d| {
            (
                d["attempt"].as_u64().unwrap_or(0),
                d["status"].as_u64(),
                d["delivered"] == true,
            )
        })
        .collect();
    assert_eq!(
        attempts,
        vec![
            (1, Some(500), false),
            (2, Some(500), false),
            (3, Some(200), true)
        ]
    );
}

/// A receiver that refuses every attempt for one alert: the rest of the batch is not sent to it
/// (one alert's retries, not every alert's), and `vigil webhooks retry` sends both later.
#[test]
fn a_failing_webhook_costs_one_alert_s_retries_and_retry_sends_the_rest() {
    let v = Vigil::new();
    v.run(&["load", &util::fixture("un-sample.xml")]).ok();
    let (port, received) = receiver(5, 7);
    let secret = "correct horse battery staple";
    v.run(&[
        "webhooks",
        "add",
        &format!("http://127.0.0.1:{port}/hook"),
        "--secret",
        secret,
    ])
    .ok();
    let batch = v.dir.path().join("two.csv");
    std::fs::write(
        &batch,
        "id,name,schema\nc-1,Sample Person Testovich,Person\nc-2,Sample Brigade,Organization\n",
    )
    .expect("write");
    let added = v
        .run(&["watch", "add", "--batch", s(&batch), "--json"])
        .ok();
    assert!(
        added
            .stderr
            .contains("2 alert delivery(ies) to webhooks failed"),
        "{}",
        added.stderr
    );
    let log = v.run(&["webhooks", "log", "--json"]).ok().json();
    let attempts: Vec<u64> = log["deliveries"]
        .as_array()
        .expect("log")
        .iter()
        .map(|d| d["attempt"].as_u64().unwrap_or(99))
        .collect();
    assert_eq!(
        attempts,
        vec![1, 2, 3, 4, 5, 0],
        "five tries, then the second skipped"
    );
    let retried = v.run(&["webhooks", "retry", "--json"]).ok().json();
    let taken = retried["deliveries"]
        .as_array()
        .expect("retry")
        .iter()
        .filter(|d| d["delivered"] == true)
        .count();
    assert_eq!(taken, 2);
    assert_eq!(received.join().expect("receiver").len(), 7);
    // Nothing left to send.
    let again = v.run(&["webhooks", "retry", "--json"]).ok().json();
    assert_eq!(again["deliveries"].as_array().map(Vec::len), Some(0));
}

#[test]
fn watching_over_http_with_a_write_key() {
    let v = Vigil::new();
    v.run(&["load", &util::fixture("un-sample.xml")]).ok();
    let (write, screen) = (v.key("write"), v.key("screen"));
    let (_server, base) = v.serve(&[]);
    let call = |method: &str, path: &str, key: &str, body: Option<serde_json::Value>| {
        let req = ureq::request(method, &format!("{base}{path}"))
            .set("Authorization", &format!("ApiKey {key}"));
        let answer = match body {
            Some(b) => req
                .set("Content-Type", "application/json")
                .send_string(&b.to_string()),
            None => req.call(),
        };
        let json = |r: ureq::Response| -> serde_json::Value {
            serde_json::from_str(&r.into_string().expect("body")).expect("json")
        };
        match answer {
            Ok(r) => (r.status(), json(r)),
            Err(ureq::Error::Status(code, r)) => (code, json(r)),
            Err(e) => panic!("{path}: {e}"),
        }
    };
    let subjects = serde_json::json!({"subjects": [
        {"id": "cust-1", "name": "Sample Person Testovich", "schema": "Person"},
        {"id": "cust-2", "name": "Nobody In Particular", "schema": "Person"}]});
    assert_eq!(
        call("POST", "/watch/subjects", &screen, Some(subjects.clone())).0,
        403
    );
    let bad = serde_json::json!({"subjects": [{"id": "x", "name": "", "schema": "Person"}]});
    let (status, body) = call("POST", "/watch/subjects", &write, Some(bad));
    assert_eq!(status, 422, "{body}");
    let (status, body) = call("POST", "/watch/subjects", &write, Some(subjects));
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["added"].as_array().map(Vec::len), Some(2));
    let (_, alerts) = call("GET", "/alerts?status=open", &write, None);
    let alert = alerts["alerts"][0].clone();
    assert_eq!(alert["subject_id"], "cust-1");
    assert_eq!(alert["subject"]["name"], "Sample Person Testovich");
    assert_eq!(call("GET", "/alerts?status=maybe", &write, None).0, 422);
    let decision = serde_json::json!({"as": "true-match", "note": "confirmed by passport"});
    let (status, d) = call(
        "POST",
        &format!("/alerts/{}/decision", alert["id"].as_str().expect("id")),
        &write,
        Some(decision),
    );
    assert_eq!(status, 201, "{d}");
    let (_, decided) = call("GET", "/alerts?status=decided", &write, None);
    assert_eq!(
        decided["alerts"][0]["decisions"][0]["note"],
        "confirmed by passport"
    );
    assert_eq!(
        call("DELETE", "/watch/subjects/cust-2", &write, None).0,
        200
    );
    assert_eq!(
        call("DELETE", "/watch/subjects/cust-2", &write, None).0,
        422
    );
    let (_, listed) = call("GET", "/watch/subjects", &write, None);
    assert_eq!(listed["subjects"].as_array().map(Vec::len), Some(1));
}
