//! Feeds on loopback: an RSS and an Atom feed and their pages served by a test server, one
//! page naming a watched subject, one failing, one the same page under another URL. A poll
//! ingests each new page once with its URL, title, outlet and date, reports the failure, and
//! raises one `report_mention` alert; a second poll (the RSS feed answering 304 to its ETag)
//! adds nothing.

#[macro_use]
mod util;

use std::io::{BufRead, BufReader, Write};
use std::sync::{Arc, Mutex};

use sha2::Digest;
use util::{repo, Vigil};

/// Requests seen: path and the If-None-Match header.
type Log = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A server on a free loopback port; `routes` gets its base URL (the feeds name their pages by
/// absolute URL) and gives each path's content type and body. Unknown paths answer 500.
type Routes = Vec<(&'static str, &'static str, Vec<u8>)>;

fn serve(routes: impl FnOnce(&str) -> Routes) -> (String, Log) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let base = format!("http://127.0.0.1:{port}");
    let routes = routes(&base);
    let log: Log = Arc::default();
    let seen = log.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().expect("clone"));
            let mut request = String::new();
            if reader.read_line(&mut request).is_err() {
                continue;
            }
            let path = request.split_whitespace().nth(1).unwrap_or("").to_string();
            let mut etag_asked = None;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = line.trim_end().split_once(": ") {
                    if k.eq_ignore_ascii_case("if-none-match") {
                        etag_asked = Some(v.to_string());
                    }
                }
            }
            seen.lock()
                .expect("log")
                .push((path.clone(), etag_asked.clone()));
            let answer = routes.iter().find(|(p, ..)| *p == path);
            let head = match answer {
                // The RSS feed has an ETag: asked with it, it has not changed.
                Some((p, ..)) if *p == "/rss.xml" && etag_asked.as_deref() == Some("\"v1\"") => {
                    "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\nContent-Length: 0\r\n".to_string()
                }
                Some((p, kind, body)) => format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{}",
                    body.len(),
                    if *p == "/rss.xml" {
                        "ETag: \"v1\"\r\n"
                    } else {
                        ""
                    }
                ),
                None => "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n".to_string(),
            };
            let _ = write!(stream, "{head}Connection: close\r\n\r\n");
            if let Some((_, _, body)) = answer {
                if !head.starts_with("HTTP/1.1 304") {
                    let _ = stream.write_all(body);
                }
            }
        }
    });
    (base, log)
}

#[test]
fn feeds_are_polled_ingested_once_and_alert_on_a_watched_subject() {
    let page = |name: &str| {
        std::fs::read(repo("eval/reports/synthetic").join(name)).expect("synthetic report")
    };
    let (milan, rome) = (page("s2-milan-charges.txt"), page("s1-rome-arrest.html"));
    let rss_t = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Charges in Milan</title><link>BASE/a1</link><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item>
        <item><title>Broken page</title><link>BASE/a2</link></item></channel></rss>"#;
    let atom_t = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Other</title>
        <entry><title>Arrest in Rome</title><link href="BASE/a3"/><updated>2024-03-01T08:00:00Z</updated></entry>
        <entry><title>Charges (copy)</title><link href="BASE/a1-copy"/></entry></feed>"#;
    let (base, log) = serve(|base| {
        vec![
            (
                "/rss.xml",
                "application/rss+xml",
                rss_t.replace("BASE", base).into_bytes(),
            ),
            (
                "/atom.xml",
                "application/atom+xml",
                atom_t.replace("BASE", base).into_bytes(),
            ),
            ("/a1", "text/plain; charset=utf-8", milan.clone()),
            ("/a1-copy", "text/plain; charset=utf-8", milan.clone()),
            ("/a3", "text/html; charset=utf-8", rome.clone()),
        ]
    });
    let v = Vigil::new();
    v.run(&[
        "feeds",
        "add",
        &format!("{base}/rss.xml"),
        "--source",
        "Test Wire",
    ])
    .ok();
    v.run(&["feeds", "add", &format!("{base}/atom.xml"), "--every", "1h"])
        .ok();
    let r = v.run(&["feeds", "add", "file:///etc/passwd"]).fails();
    assert!(r.stderr.contains("http://"), "{}", r.stderr);
    v.run(&[
        "watch",
        "add",
        "Kareem Zandawi",
        "--schema",
        "Person",
        "--id",
        "w-1",
    ])
    .ok();
    let first = v.run(&["feeds", "poll", "--json"]).ok().json();
    let polls = first["polls"].as_array().expect("polls");
    let rss = &polls[0];
    assert_eq!(rss["status"], "ok", "{rss}");
    assert_eq!(
        (rss["items"].as_u64(), rss["ingested"].as_u64()),
        (Some(2), Some(1)),
        "{rss}"
    );
    assert_eq!(rss["errors"][0]["url"], format!("{base}/a2").as_str());
    assert!(
        rss["errors"][0]["error"]
            .as_str()
            .unwrap_or("")
            .contains("500"),
        "{rss}"
    );
    let atom = &polls[1];
    assert_eq!(
        (atom["items"].as_u64(), atom["ingested"].as_u64()),
        (Some(2), Some(1)),
        "the copy is read once: {atom}"
    );
    // The documents carry the item's URL, title, outlet and date.
    let doc = |bytes: &[u8]| {
        let hex: String = sha2::Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        format!("doc-{}", &hex[..16])
    };
    let shown = v.run(&["show", &doc(&milan), "--json"]).ok().json();
    let props = &shown["entity"]["properties"];
    assert_eq!(
        props["sourceUrl"][0],
        format!("{base}/a1").as_str(),
        "{shown}"
    );
    assert_eq!(props["publisher"][0], "Test Wire");
    assert_eq!(props["publishedAt"][0], "2024-03-05");
    // One alert: the watched subject named in the reports.
    let alerts = v.run(&["alerts", "--json"]).ok().json();
    let alerts = alerts["alerts"].as_array().expect("alerts");
    assert_eq!(alerts.len(), 1, "{alerts:#?}");
    assert_eq!(alerts[0]["reason"], "report_mention");
    assert_eq!(alerts[0]["subject_id"], "w-1");
    // A second poll: the RSS feed is asked with its ETag and has not changed; the Atom feed
    // has nothing new. Nothing is fetched or raised.
    let fetched_before = log.lock().expect("log").len();
    let second = v.run(&["feeds", "poll", "--json"]).ok().json();
    assert_eq!(second["polls"][0]["status"], "not_modified", "{second}");
    assert_eq!(second["polls"][1]["ingested"], 0);
    let requests: Vec<_> = log.lock().expect("log")[fetched_before..].to_vec();
    assert_eq!(
        requests,
        vec![
            ("/rss.xml".to_string(), Some("\"v1\"".to_string())),
            ("/atom.xml".to_string(), None)
        ],
        "the second poll reads the feeds only"
    );
    assert_eq!(
        v.run(&["alerts", "--json"]).ok().json()["alerts"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let listed = v.run(&["feeds", "list", "--json"]).ok().json();
    assert_eq!(listed["feeds"][0]["last_poll"]["status"], "not_modified");
}
