//! vigil on a PostgreSQL store (`--store`, `VIGIL_STORE`): every workflow answers as it does on
//! the embedded store.
//!
//! Needs a server: `VIGIL_TEST_POSTGRES` (`.ci/run` starts one with `scripts/pg-cluster.sh`);
//! without it each test says so and skips.

#[macro_use]
mod util;

use util::{fixture, repo, s, shared, Vigil};

/// Times (RFC 3339 and the human "loaded ... UTC" form) read as one placeholder: the two
/// stores load at different moments.
fn timeless(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // YYYY-MM-DDTHH:MM:SS[.fff]Z or YYYY-MM-DD HH:MM UTC
        let digits = |from: usize, n: usize| {
            from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit)
        };
        if digits(i, 4) && b.get(i + 4) == Some(&b'-') && digits(i + 5, 2) && digits(i + 8, 2) {
            let sep = b.get(i + 10).copied();
            if (sep == Some(b'T') || sep == Some(b' '))
                && digits(i + 11, 2)
                && b.get(i + 13) == Some(&b':')
            {
                let mut j = i + 16;
                while j < b.len()
                    && (b[j].is_ascii_digit() || matches!(b[j], b':' | b'.' | b'Z' | b'+'))
                {
                    j += 1;
                }
                if text[j..].starts_with(" UTC") {
                    j += 4;
                }
                out.push_str("<time>");
                i = j;
                continue;
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

/// An FtM file of two people, the second version with a changed birth date and a third person.
fn small_list(dir: &std::path::Path, version: u8) -> std::path::PathBuf {
    let path = dir.join(format!("people-v{version}.ftm.json"));
    let born = if version == 1 { "1961" } else { "1962" };
    let mut lines = vec![
        format!(r#"{{"id": "wl-1", "schema": "Person", "properties": {{"name": ["Hassan Rezaei Tabrizi"], "birthDate": ["{born}"], "nationality": ["ir"]}}}}"#),
        r#"{"id": "wl-2", "schema": "Organization", "properties": {"name": ["Tabriz Trading Company"], "country": ["ir"]}}"#.to_string(),
    ];
    if version == 2 {
        lines.push(
            r#"{"id": "wl-3", "schema": "Person", "properties": {"name": ["Leila Farahani"]}}"#
                .to_string(),
        );
    }
    std::fs::write(&path, lines.join("\n")).expect("write list");
    path
}

/// The same commands on one store, each with what it printed (times made placeholders).
fn workflow(v: &Vigil) -> Vec<(String, String)> {
    let dir = v.dir.path();
    let v1 = small_list(dir, 1);
    let v2 = small_list(dir, 2);
    let reports = repo("eval/reports/synthetic").display().to_string();
    let mut steps: Vec<Vec<String>> = vec![
        vec![
            "load".into(),
            fixture("un-sample.xml"),
            "--version".into(),
            "2024-01-01".into(),
        ],
        vec![
            "load".into(),
            s(&v1).into(),
            "--dataset".into(),
            "people".into(),
            "--version".into(),
            "v1".into(),
        ],
    ];
    let sdn = shared("ofac/sdn-2024-05-03/sdn.csv");
    if let Some(sdn) = &sdn {
        steps.push(vec!["load".into(), s(sdn).into()]);
    }
    steps.extend(
        [
            vec!["ingest", &reports],
            vec![
                "watch",
                "add",
                "Hassan Rezaei Tabrizi",
                "--schema",
                "Person",
                "--id",
                "s-1",
                "--json",
            ],
            vec!["load", s(&v2), "--dataset", "people", "--version", "v2"],
            vec!["alerts", "--status", "all", "--json"],
            vec!["datasets", "--json"],
            vec!["versions", "people", "--json"],
            vec!["diff", "people", "--json"],
            vec!["screen", "Sample Person Testovich", "--json"],
            vec![
                "screen",
                "Hasan Rezai Tabrizi",
                "--birth-date",
                "1962",
                "--json",
            ],
            vec!["show", "wl-1", "--history", "--json"],
            vec!["mentions", "--json"],
            vec!["claims", "--json"],
            vec!["links", "Kareem Zandawi", "--hops", "2", "--json"],
            vec!["timeline", "--json"],
            vec!["discrepancies", "--json"],
            vec!["export", "--dataset", "people"],
            vec!["stats", "--json"],
        ]
        .into_iter()
        .map(|a| a.into_iter().map(String::from).collect()),
    );
    if sdn.is_some() {
        steps.push(
            ["screen", "Qasem Soleimani", "--json"]
                .map(String::from)
                .to_vec(),
        );
        steps.push(["links", "ofac-36217", "--json"].map(String::from).to_vec());
    }
    steps
        .into_iter()
        .map(|args| {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let run = v.run(&refs).ok();
            let shown = if args[0] == "load" || args[0] == "ingest" {
                // What the load says it did, without its timings.
                String::new()
            } else {
                timeless(&run.stdout).replace(&dir.display().to_string(), "<dir>")
            };
            (args.join(" "), shown)
        })
        .collect()
}

#[test]
fn every_workflow_answers_on_postgres_as_on_the_embedded_store() {
    let Some(pg) = Vigil::postgres() else { return };
    let embedded = Vigil::new();
    let want = workflow(&embedded);
    let got = workflow(&pg);
    assert_eq!(want.len(), got.len());
    for ((command, a), (_, b)) in want.iter().zip(&got) {
        assert!(
            !a.is_empty() || command.starts_with("load") || command.starts_with("ingest"),
            "{command} printed nothing"
        );
        assert_eq!(a, b, "`vigil {command}` answers differently on PostgreSQL");
    }
    // The watched subject was alerted when added and again when its entry changed.
    let alerts = &got
        .iter()
        .find(|(c, _)| c.starts_with("alerts"))
        .expect("alerts")
        .1;
    assert!(
        alerts.contains("new_listing") && alerts.contains("changed_entry"),
        "{alerts}"
    );
    // And the screening found what it should, so the comparison compared answers.
    let screened = &got
        .iter()
        .find(|(c, _)| c.starts_with("screen Hasan"))
        .expect("screened")
        .1;
    assert!(screened.contains("wl-1"), "{screened}");
}

/// Two processes screening the same load for the watched subjects at once: each decides from
/// the journal it read and appends only if nobody appended since, so the load's alert is raised
/// once, not twice.
#[test]
fn concurrent_rescreens_raise_each_alert_once() {
    let Some(v) = Vigil::postgres() else { return };
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let batch = v.dir.path().join("subjects.csv");
    std::fs::write(
        &batch,
        "id,name,schema\ns-1,Sample Person Testovich,Person\ns-2,Hassan Rezaei Tabrizi,Person\n",
    )
    .expect("write");
    v.run(&["watch", "add", "--batch", s(&batch)]).ok();
    let list = small_list(v.dir.path(), 1);
    v.run(&["load", s(&list), "--dataset", "people", "--no-watch"])
        .ok();
    for _ in 0..3 {
        let children: Vec<_> = (0..2)
            .map(|_| {
                v.cmd()
                    .args(["watch", "rescreen"])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("spawn")
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let alerts = v.run(&["alerts", "--status", "all", "--json"]).ok().json();
    let ids: Vec<&str> = alerts["alerts"]
        .as_array()
        .expect("alerts")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect();
    let unique: std::collections::BTreeSet<&&str> = ids.iter().collect();
    assert_eq!(ids.len(), unique.len(), "an alert raised twice: {ids:?}");
    assert_eq!(ids.len(), 2, "one alert per subject: {ids:?}");
}
