//! `vigil serve` on a real loopback socket: keys made while it runs, `/match`, and
//! `POST /ingest` as a background job whose progress `/jobs/{id}` shows, with screening answered
//! throughout (readers are never blocked by the write).

mod util;

use std::time::{Duration, Instant};

use util::{fixture, Vigil};

fn post(url: &str, key: Option<&str>, body: &serde_json::Value) -> (u16, serde_json::Value) {
    let mut req = ureq::post(url).set("Content-Type", "application/json");
    if let Some(k) = key {
        req = req.set("Authorization", &format!("ApiKey {k}"));
    }
    match req.send_string(&body.to_string()) {
        Ok(r) => (r.status(), json(r)),
        Err(ureq::Error::Status(code, r)) => (code, json(r)),
        Err(e) => panic!("{url}: {e}"),
    }
}

fn get(url: &str, key: &str) -> serde_json::Value {
    ureq::get(url)
        .set("Authorization", &format!("ApiKey {key}"))
        .call()
        .map(json)
        .expect("get")
}

/// The job `POST /ingest` answered with, polled until it is done or failed (at most a minute).
fn finished(base: &str, job: &serde_json::Value, key: &str) -> serde_json::Value {
    let url = format!("{base}{}", job["url"].as_str().expect("url"));
    let started = Instant::now();
    loop {
        let j = get(&url, key);
        let status = j["status"].as_str().unwrap_or("");
        if !matches!(status, "queued" | "running" | "rebuilding") {
            return j;
        }
        assert!(started.elapsed() < Duration::from_secs(60), "stuck: {j}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn json(r: ureq::Response) -> serde_json::Value {
    serde_json::from_str(&r.into_string().expect("body")).expect("json")
}

#[test]
fn serve_match_and_ingest_jobs_while_screening() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let screen = v.key("screen");
    let (_server, base) = v.serve(&[]);
    let started = Instant::now();
    // A key made while the server runs works at once.
    let write = v.key("write");
    let query = serde_json::json!({"queries": {"q": {"schema": "Person", "properties": {"name": ["Sample Person Testovich"]}}}});
    let (s, m) = post(&format!("{base}/match/default"), Some(&screen), &query);
    assert_eq!(s, 200, "{m}");
    assert_eq!(m["responses"]["q"]["results"][0]["match"], true, "{m}");

    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../eval/reports/synthetic/s2-milan-charges.txt"),
    )
    .expect("page");
    let ingest =
        serde_json::json!({"kind": "reports", "files": [{"name": "s2.txt", "content": page}]});
    // Refused writes: no key, a wrong key, a read-only key, a bad file name. Each gets its
    // status and a JSON detail, and none of them writes anything.
    let before = get(&format!("{base}/datasets"), &screen);
    for (key, want) in [
        (None, 401),
        (Some("vgl_00000000_wrong"), 401),
        (Some(screen.as_str()), 403),
    ] {
        let (s, body) = post(&format!("{base}/ingest"), key, &ingest);
        assert_eq!(s, want, "{body}");
        assert!(body["detail"].is_string(), "{body}");
    }
    let bad = serde_json::json!({"kind": "reports", "files": [{"name": "../x", "content": "x"}]});
    assert_eq!(post(&format!("{base}/ingest"), Some(&write), &bad).0, 422);
    assert_eq!(get(&format!("{base}/datasets"), &screen), before);
    let none = get(&format!("{base}/search/all?q=Kareem%20Zandawi"), &screen);
    assert!(
        none["results"]
            .as_array()
            .is_some_and(|r| r.iter().all(|e| e["datasets"][0] != "reports")),
        "{none}"
    );
    let (s, job) = post(&format!("{base}/ingest"), Some(&write), &ingest);
    assert_eq!(s, 202, "{job}");
    let url = format!("{base}{}", job["url"].as_str().expect("url"));
    // Screening is answered while the job runs.
    let mut answered = 0;
    let status = loop {
        let (s, _) = post(&format!("{base}/match/default"), Some(&screen), &query);
        assert_eq!(s, 200);
        answered += 1;
        let j = get(&url, &write);
        let status = j["status"].as_str().unwrap_or("").to_string();
        if status == "done" || status == "failed" {
            break j;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "job stuck: {j}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status["status"], "done", "{status}");
    assert!(answered >= 1);
    assert_eq!(
        status["result"]["files"][0]["error"],
        serde_json::Value::Null
    );
    assert_eq!(
        status["result"]["files"][0]["file"], "s2.txt",
        "the file as sent, not where it was staged"
    );
    // The report's people are found once the job is done (the index was swapped in).
    let found = get(&format!("{base}/search/all?q=Kareem%20Zandawi"), &screen);
    assert_eq!(found["results"][0]["datasets"][0], "reports", "{found}");
    // Every answered screening is in the audit trail, readable while the server runs.
    // (the first /match, those answered during the job, and the two searches).
    let audit = v.run(&["audit", "--json"]).ok().json();
    let records = audit["records"].as_array().unwrap();
    let on = |endpoint: &str| records.iter().filter(|r| r["endpoint"] == endpoint).count();
    assert_eq!((on("/match/default"), on("/search/all")), (answered + 1, 2));
    assert_eq!(records.len(), answered + 3);
}

#[test]
fn a_wildcard_or_malformed_cors_origin_is_refused_before_serving() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    for bad in ["*", "app.example.org", "https://app.example.org/path"] {
        let r = v
            .run(&["serve", "--addr", "127.0.0.1:1", "--cors-origin", bad])
            .fails();
        assert!(r.stderr.contains("--cors-origin"), "{bad}: {}", r.stderr);
    }
}

/// `kill -9` while screening requests are in flight: every request that was answered is in
/// the audit trail afterwards (records are synced before the answer), and the trail reads.
#[test]
fn kill_9_while_screening_loses_no_answered_request_from_the_audit_trail() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let key = v.key("screen");
    let (server, base) = v.serve(&[]);
    let server = std::sync::Mutex::new(Some(server));
    let answered = std::sync::Mutex::new(Vec::new());
    let sent = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for t in 0..4 {
            let (base, key, answered, sent) = (&base, &key, &answered, &sent);
            s.spawn(move || {
                for i in 0.. {
                    let id = format!("t{t}-{i}");
                    let body = serde_json::json!({"queries": {&id: {"schema": "Person",
                        "properties": {"name": ["Sample Person Testovich"]}}}});
                    sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let r = ureq::post(&format!("{base}/match/default"))
                        .set("Authorization", &format!("ApiKey {key}"))
                        .timeout(Duration::from_secs(5))
                        .send_string(&body.to_string());
                    match r {
                        Ok(r) if r.status() == 200 => answered.lock().unwrap().push(id),
                        _ => break, // the server is gone
                    }
                }
            });
        }
        std::thread::sleep(Duration::from_millis(700));
        // Dropping the handle kills the process (SIGKILL) with requests in flight.
        drop(server.lock().unwrap().take());
    });
    let answered = answered.into_inner().unwrap();
    assert!(answered.len() > 20, "only {} answered", answered.len());
    let audit = v.run(&["audit", "--json"]).ok().json();
    let recorded: std::collections::HashSet<String> = audit["records"]
        .as_array()
        .expect("records")
        .iter()
        .filter_map(|r| r["query"].as_object())
        .flat_map(|q| q.keys().cloned())
        .collect();
    let lost: Vec<&String> = answered
        .iter()
        .filter(|id| !recorded.contains(*id))
        .collect();
    assert!(lost.is_empty(), "answered but not audited: {lost:?}");
    assert!(recorded.len() <= sent.into_inner());
}

/// SIGTERM (what a service manager or container runtime sends) stops the server cleanly.
#[test]
fn sigterm_stops_the_server_cleanly() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let (mut server, base) = v.serve(&["--public-read"]);
    assert_eq!(
        ureq::get(&format!("{base}/healthz"))
            .call()
            .map(|r| r.status())
            .ok(),
        Some(200)
    );
    let status = terminate(&mut server);
    assert!(status.success(), "{status:?}");
}

/// A malformed list sent to `/ingest`: the job fails naming the file and the place, and the
/// store is as it was.
#[test]
fn a_malformed_list_through_ingest_fails_and_writes_nothing() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let write = v.key("write");
    let (_server, base) = v.serve(&[]);
    let before = get(&format!("{base}/datasets"), &write);
    let good = std::fs::read_to_string(fixture("un-sample.xml")).expect("fixture");
    // Cut off in the middle of an element: not well-formed XML.
    let broken = &good[..good.len() / 2];
    let body = serde_json::json!({"kind": "lists", "files": [{"name": "consolidated.xml", "content": broken}]});
    let (s, job) = post(&format!("{base}/ingest"), Some(&write), &body);
    assert_eq!(s, 202, "{job}");
    let done = finished(&base, &job, &write);
    assert_eq!(done["status"], "failed", "{done}");
    let error = done["error"].as_str().unwrap_or("");
    assert!(
        error.contains("consolidated.xml:1: XML"),
        "the file as sent, the line: {error}"
    );
    assert!(!error.contains('/'), "no staging path: {error}");
    assert_eq!(get(&format!("{base}/datasets"), &write), before);
    // A whole file (a birthplace changed, so a new version) loads; the version names the
    // file as sent.
    let changed = good.replace("Sampletown", "Sampleville");
    let body = serde_json::json!({"kind": "lists", "version": "2026-11-23",
        "files": [{"name": "consolidated.xml", "content": changed}]});
    let (_, job) = post(&format!("{base}/ingest"), Some(&write), &body);
    let done = finished(&base, &job, &write);
    assert_eq!(done["status"], "done", "{done}");
    assert_eq!(
        done["result"][0]["version"]["files"][0]["path"], "ingest/consolidated.xml",
        "{done}"
    );
}

/// Send SIGTERM and wait (at most a minute) for the process to end.
fn terminate(server: &mut util::Kill) -> std::process::ExitStatus {
    let pid = server.0.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(sent.success());
    let started = Instant::now();
    loop {
        if let Some(s) = server.0.try_wait().expect("wait") {
            return s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "still running after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Hostile pages through `/ingest` (nested 20,000 deep used to kill the server with a stack
/// overflow) fail in their job, and a page nested 3,000 deep is read, while the server answers; a job's status says
/// whether every file, some or none went in; uploads are staged under the store, 0700.
#[test]
fn hostile_pages_through_ingest_leave_the_server_up_and_jobs_say_what_went_in() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let write = v.key("write");
    // What a crash left in the staging directory is removed at start.
    std::fs::create_dir_all(v.db().join("staging/upload-old")).expect("mkdir");
    std::fs::write(v.db().join("staging/upload-old/secret.html"), "x").expect("write");
    let (_server, base) = v.serve(&[]);
    assert!(
        !v.db().join("staging/upload-old").exists(),
        "leftover uploads removed"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(v.db().join("staging"))
            .expect("staging")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700);
    }
    let prose = "The envoy met the minister in Vienna on Monday, officials said. The talks lasted two hours.";
    let nested = |n: usize| {
        format!(
            "<html><body>{}<p>{prose}</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    };
    let (deep, fine) = (nested(20_000), nested(3_000));
    let deep_xml = std::fs::read_to_string(fixture("un-sample.xml"))
        .expect("fixture")
        .replacen(
            "Invented for tests.",
            &format!("{}x{}", "<b>".repeat(5_000), "</b>".repeat(5_000)),
            1,
        );
    let cases = [
        (
            serde_json::json!({"kind": "reports", "files": [{"name": "fine.html", "content": fine}]}),
            "done",
        ),
        (
            serde_json::json!({"kind": "reports", "files": [{"name": "deep.html", "content": deep},
            {"name": "fine2.html", "content": fine.replace("Monday", "Tuesday")}]}),
            "partial",
        ),
        (
            serde_json::json!({"kind": "reports", "files": [{"name": "deep.html", "content": deep},
            {"name": "Cargo.lock", "content": "[[package]]\nname = \"x\"\nversion = \"1.0.0\"\n"}]}),
            "failed",
        ),
        (
            serde_json::json!({"kind": "reports", "files": [{"name": "a.lock", "content": "[[package]]\nname = \"x\"\n"}]}),
            "failed",
        ),
        (
            serde_json::json!({"kind": "lists", "files": [{"name": "deep.xml", "content": deep_xml}]}),
            "failed",
        ),
    ];
    for (body, want) in cases {
        let (s, job) = post(&format!("{base}/ingest"), Some(&write), &body);
        assert_eq!(s, 202, "{job}");
        let done = finished(&base, &job, &write);
        assert_eq!(done["status"], want, "{done}");
        let health = ureq::get(&format!("{base}/healthz"))
            .call()
            .map(|r| r.status())
            .ok();
        assert_eq!(health, Some(200), "the server is up");
    }
}

/// SIGTERM with jobs queued: the running job finishes, the queued ones are cancelled, and
/// every outcome is still there after a restart. A job a kill cut short is marked
/// interrupted at the next start, never left queued.
#[test]
fn jobs_outlive_the_server_and_sigterm_cancels_the_queued_ones() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let write = v.key("write");
    // A list large enough to keep the worker busy while more jobs queue.
    let big: String = (0..60_000)
        .map(|i| format!("{{\"id\": \"t-{i}\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"Person Number{i} Example\"]}}}}\n"))
        .collect();
    let small = |i: usize| {
        serde_json::json!({"kind": "reports", "files": [{"name": format!("r{i}.txt"),
        "content": format!("Report {i}: the envoy met the minister in Vienna on Monday, officials said.")}]})
    };
    let (mut server, base) = v.serve(&[]);
    let (s, first) = post(
        &format!("{base}/ingest"),
        Some(&write),
        &serde_json::json!({"kind": "lists", "files": [{"name": "big.ftm.json", "content": big}]}),
    );
    assert_eq!(s, 202, "{first}");
    let queued: Vec<serde_json::Value> = (0..3)
        .map(|i| post(&format!("{base}/ingest"), Some(&write), &small(i)).1)
        .collect();
    // Wait until the first job runs, then stop the server.
    let url = format!("{base}{}", first["url"].as_str().expect("url"));
    let started = Instant::now();
    while get(&url, &write)["status"] == "queued" {
        assert!(started.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(terminate(&mut server).success());
    let (_server, base) = v.serve(&[]);
    let status = |job: &serde_json::Value| {
        get(
            &format!("{base}{}", job["url"].as_str().expect("url")),
            &write,
        )["status"]
            .clone()
    };
    assert_eq!(status(&first), "done", "the running job finished");
    for q in &queued {
        assert_eq!(status(q), "cancelled", "{q}");
    }
    // A kill -9 while a job runs: at the next start it is interrupted, not queued.
    let (s, again) = post(
        &format!("{base}/ingest"),
        Some(&write),
        &serde_json::json!({"kind": "lists", "allow_shrink": true, "files": [{"name": "big.ftm.json",
            "content": big.replace("Example", "Sample")}]}),
    );
    assert_eq!(s, 202, "{again}");
    let url = format!("{base}{}", again["url"].as_str().expect("url"));
    let started = Instant::now();
    while get(&url, &write)["status"] == "queued" {
        assert!(started.elapsed() < Duration::from_secs(30));
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(_server);
    let (_server, base) = v.serve(&[]);
    let j = get(
        &format!("{base}{}", again["url"].as_str().expect("url")),
        &write,
    );
    assert!(j["status"] == "interrupted" || j["status"] == "done", "{j}");
}

/// A client that never sends its headers, or sends half of them, or goes silent after a
/// request, is dropped after the header timeout; connections past the cap wait their turn.
#[test]
fn silent_and_half_sent_connections_are_closed_and_connections_capped() {
    use std::io::{Read, Write};
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let (_server, base) = v.serve(&[
        "--public-read",
        "--header-timeout",
        "1",
        "--max-connections",
        "2",
    ]);
    let addr = base.trim_start_matches("http://").to_string();
    let closed_within = |send: &[u8]| {
        let mut c = std::net::TcpStream::connect(&addr).expect("connect");
        c.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        c.write_all(send).expect("send");
        let started = Instant::now();
        let mut buf = Vec::new();
        let _ = c.read_to_end(&mut buf);
        started.elapsed()
    };
    for send in [
        &b""[..],
        b"GET /healthz HTTP/1.1\r\nHost: x\r\n",
        b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n",
    ] {
        let took = closed_within(send);
        assert!(
            took < Duration::from_secs(4),
            "{:?} kept the connection {took:?}",
            String::from_utf8_lossy(send)
        );
    }
    // Two silent connections take both slots: a third request waits until they are dropped.
    let hold: Vec<std::net::TcpStream> = (0..2)
        .map(|_| std::net::TcpStream::connect(&addr).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    let r = ureq::get(&format!("{base}/healthz"))
        .timeout(Duration::from_secs(10))
        .call();
    assert_eq!(r.map(|r| r.status()).ok(), Some(200));
    assert!(
        started.elapsed() > Duration::from_millis(500),
        "the third connection waited for a slot"
    );
    drop(hold);
}

/// A valid but partial list through `/ingest` (one line where the list had many) would
/// de-list everyone it lacks: the job fails naming the counts, unless `allow_shrink` says so.
#[test]
fn a_partial_list_through_ingest_is_refused_unless_allowed() {
    let v = Vigil::new();
    let line = |i: usize| {
        format!("{{\"id\": \"t-{i}\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"Person Number{i}\"]}}}}\n")
    };
    let full = v.dir.path().join("watch.ftm.json");
    std::fs::write(&full, (0..6).map(line).collect::<String>()).expect("write");
    v.run(&["load", util::s(&full)]).ok();
    let write = v.key("write");
    let (_server, base) = v.serve(&[]);
    let before = get(&format!("{base}/datasets"), &write);
    let body = |allow: bool| {
        serde_json::json!({"kind": "lists", "allow_shrink": allow,
        "files": [{"name": "watch.ftm.json", "content": line(0)}]})
    };
    let (_, job) = post(&format!("{base}/ingest"), Some(&write), &body(false));
    let done = finished(&base, &job, &write);
    assert_eq!(done["status"], "failed", "{done}");
    let error = done["error"].as_str().unwrap_or("");
    assert!(
        error.contains("1 entities against 6") && error.contains("allow_shrink"),
        "{error}"
    );
    assert_eq!(get(&format!("{base}/datasets"), &write), before);
    let (_, job) = post(&format!("{base}/ingest"), Some(&write), &body(true));
    assert_eq!(finished(&base, &job, &write)["status"], "done");
}

/// Failed authentications are logged without the key, and a client hammering with bad keys
/// cannot flood the log: at most 20 lines a second, the rest counted in the next line.
#[test]
fn failed_authentications_are_logged_briefly_and_without_the_key() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let log = v.dir.path().join("serve.log");
    let port = util::free_port();
    let child = v
        .cmd()
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("serve");
    let mut server = util::Kill(child);
    let base = format!("http://127.0.0.1:{port}");
    util::wait_for(&format!("{base}/readyz"));
    let secret = "0123456789abcdef0123456789abcdef01234567";
    let bad = |n: usize| {
        for _ in 0..n {
            let r = ureq::get(&format!("{base}/datasets"))
                .set("Authorization", &format!("ApiKey vgl_deadbeef_{secret}"))
                .call();
            assert!(matches!(r, Err(ureq::Error::Status(401, _))));
        }
    };
    bad(200);
    std::thread::sleep(Duration::from_millis(1_100));
    bad(1);
    assert!(terminate(&mut server).success());
    let text = std::fs::read_to_string(&log).expect("log");
    let refusals: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("authentication failed"))
        .collect();
    assert!(
        !refusals.is_empty() && refusals.len() <= 60,
        "{} lines",
        refusals.len()
    );
    assert!(
        refusals.iter().all(|l| l.contains("key id deadbeef")),
        "{text}"
    );
    assert!(!text.contains(secret), "the key's secret is never logged");
    assert!(text.contains("more refusals not logged"), "{text}");
}

/// `vigil serve --model DIR`: reports sent to `/ingest` are read with the trained pipeline as
/// `vigil ingest` reads them (two names only the model finds here). Needs `VIGIL_SPACY_MODEL`.
#[test]
fn ingest_through_the_server_reads_with_the_model_it_was_given() {
    let Some(model) = util::spacy_model() else {
        return;
    };
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let write = v.key("write");
    let (_server, base) = v.serve(&["--model", model.to_str().expect("utf-8")]);
    let page = "Customs officers in Rotterdam seized drone parts on Tuesday. The shipment was \
                arranged by Tobias Verhoeven and Lieke Brouwer, according to the harbour \
                authority. Both denied wrongdoing.";
    let body = serde_json::json!({"kind": "reports", "files": [{"name": "rotterdam.txt", "content": page}]});
    let (s, job) = post(&format!("{base}/ingest"), Some(&write), &body);
    assert_eq!(s, 202, "{job}");
    let done = finished(&base, &job, &write);
    assert_eq!(done["status"], "done", "{done}");
    for id in ["rep-person-tobias-verhoeven", "rep-person-lieke-brouwer"] {
        let e = get(&format!("{base}/entities/{id}"), &write);
        assert_eq!(e["schema"], "Person", "{e}");
    }
}

/// An entity the server showed is shown as the store has it after a load through `/ingest`
/// changes it: what the server keeps of entities goes with the index and graph it swaps.
#[test]
fn an_entity_changed_by_a_load_is_shown_changed() {
    let v = Vigil::new();
    let list = |born: &str| {
        format!(
            r#"{{"id": "wl-1", "schema": "Person", "properties": {{"name": ["Hassan Rezaei Tabrizi"], "birthDate": ["{born}"]}}}}"#
        )
    };
    let first = v.dir.path().join("people.ftm.json");
    std::fs::write(&first, list("1961")).expect("write");
    // The dataset's name comes from the file's, as it will for the same file sent to /ingest.
    v.run(&["load", first.to_str().expect("path")]).ok();
    let (screen, write) = (v.key("screen"), v.key("write"));
    let (_server, base) = v.serve(&[]);
    let born = || get(&format!("{base}/entities/wl-1"), &screen)["properties"]["birthDate"].clone();
    assert_eq!(born(), serde_json::json!(["1961"]));
    let ingest = serde_json::json!({"kind": "lists", "format": "ftm-json", "version": "v2",
        "files": [{"name": "people.ftm.json", "content": list("1962")}]});
    let (s, job) = post(&format!("{base}/ingest"), Some(&write), &ingest);
    assert_eq!(s, 202, "{job}");
    let done = finished(&base, &job, &write);
    assert_eq!(done["status"], "done", "{done}");
    assert_eq!(born(), serde_json::json!(["1962"]));
}
