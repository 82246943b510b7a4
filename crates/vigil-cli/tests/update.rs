//! `vigil update` against a small HTTP server on 127.0.0.1 serving list files from a directory.
//! The server answers a bounded number of requests and stops by itself.

mod util;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::PathBuf;

use util::{fixture, shared, Vigil};

/// Serve files of `root` by name for up to `max_requests` requests; returns the base URL.
fn serve(root: PathBuf, max_requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        for stream in listener.incoming().take(max_requests) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            // Drain headers.
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let path = request_line.split_whitespace().nth(1).unwrap_or("/");
            let name = path.trim_start_matches('/').split('?').next().unwrap_or("");
            let file = root.join(name);
            let (status, body) = match std::fs::read(&file) {
                Ok(b) if !name.is_empty() && !name.contains("..") => ("200 OK", b),
                _ => ("404 Not Found", b"not here".to_vec()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}")
}

#[test]
fn update_fetches_verifies_and_loads_from_a_mirror() {
    let v = Vigil::new();
    let root = v.dir.path().join("mirror");
    std::fs::create_dir_all(&root).expect("mkdir");
    std::fs::copy(fixture("un-sample.xml"), root.join("consolidated.xml")).expect("copy");
    let base = serve(root.clone(), 20);

    let r = v
        .run(&[
            "update",
            "--base-url",
            &base,
            "--only",
            "un_sc_sanctions",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r[0]["dataset"], "un_sc_sanctions");
    assert_eq!(r[0]["version"]["version"], "2025-01-31");
    assert_eq!(r[0]["version"]["entities"], 4);
    // The same bytes again: recognised, nothing written.
    let again = v
        .run(&[
            "update",
            "--base-url",
            &base,
            "--only",
            "un_sc_sanctions",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(again[0]["unchanged"], true);

    // A missing file upstream: a clear failure and the store untouched.
    let before = v.datasets();
    let r = v
        .run(&["update", "--base-url", &base, "--only", "us_trade_csl"])
        .fails();
    assert!(r.stderr.contains("HTTP 404"), "{}", r.stderr);
    assert_eq!(v.datasets(), before);

    // A broken download (XML cut short) never reaches the store.
    std::fs::write(
        root.join("consolidated.xml"),
        b"<?xml version=\"1.0\"?><CONSOLIDATED_LIST><INDIVIDUALS>",
    )
    .expect("w");
    let r = v
        .run(&["update", "--base-url", &base, "--only", "un_sc_sanctions"])
        .fails();
    assert!(r.stderr.contains("consolidated.xml"), "{}", r.stderr);
    assert_eq!(v.datasets(), before);

    let r = v.run(&["update", "--only", "nonsense"]).fails();
    assert!(
        r.stderr.contains("unknown source \"nonsense\""),
        "{}",
        r.stderr
    );
}

#[test]
fn update_refuses_a_list_that_shrank_by_half_unless_forced() {
    let Some(un) = shared("un/UN_consolidated-2026-02-27.xml") else {
        return;
    };
    let v = Vigil::new();
    let root = v.dir.path().join("mirror");
    std::fs::create_dir_all(&root).expect("mkdir");
    std::fs::copy(&un, root.join("consolidated.xml")).expect("copy");
    let base = serve(root.clone(), 20);
    v.run(&["update", "--base-url", &base, "--only", "un_sc_sanctions"])
        .ok();
    let before = v.datasets();
    assert_eq!(before[0]["latest"]["by_schema"]["Person"], 730);

    // The next "version" has four entities: far more likely a bad download than a new list.
    std::fs::copy(fixture("un-sample.xml"), root.join("consolidated.xml")).expect("copy");
    let r = v
        .run(&["update", "--base-url", &base, "--only", "un_sc_sanctions"])
        .fails();
    assert!(r.stderr.contains("refusing a shrink"), "{}", r.stderr);
    assert_eq!(v.datasets(), before);
    let r = v
        .run(&[
            "update",
            "--base-url",
            &base,
            "--only",
            "un_sc_sanctions",
            "--force",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(r[0]["version"]["entities"], 4);
}

#[test]
fn update_from_a_sources_file_with_a_pinned_hash() {
    let v = Vigil::new();
    let root = v.dir.path().join("mirror");
    std::fs::create_dir_all(&root).expect("mkdir");
    std::fs::copy(fixture("eu-fsf-sample.xml"), root.join("eu.xml")).expect("copy");
    let base = serve(root, 10);
    let sources = v.dir.path().join("sources.json");
    let write_sources = |sha: &str| {
        let body = serde_json::json!([{
            "name": "eu", "dataset": "eu_fsf", "format": "eu-fsf-xml",
            "files": [{"url": format!("{base}/eu.xml"), "file": "eu.xml", "sha256": sha}]
        }]);
        std::fs::write(&sources, body.to_string()).expect("w");
    };
    write_sources("00");
    let r = v.run(&["update", "--sources", util::s(&sources)]).fails();
    assert!(
        r.stderr.contains("does not match the pinned"),
        "{}",
        r.stderr
    );
    assert_eq!(v.datasets(), serde_json::json!([]));
    let sha = {
        use sha2::Digest;
        let bytes = std::fs::read(fixture("eu-fsf-sample.xml")).expect("read");
        sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    write_sources(&sha);
    let r = v
        .run(&["update", "--sources", util::s(&sources), "--json"])
        .ok()
        .json();
    assert_eq!(r[0]["dataset"], "eu_fsf");
}
