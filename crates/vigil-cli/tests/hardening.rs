//! What an attack on vigil found, each as the reproduction that failed before the fix: deep
//! nesting, invisible characters, a runaway CSV quote, a partial list de-listing everyone.

mod util;

use util::{fixture, s, Vigil};

/// The run failed with an error (exit 1, not an abort) whose message names every needle.
fn fails_naming(r: &util::Run, needles: &[&str]) {
    assert_eq!(
        r.out.status.code(),
        Some(1),
        "an error, not an abort: {}",
        r.stderr
    );
    for n in needles {
        assert!(r.stderr.contains(n), "{n:?} not in {}", r.stderr);
    }
}

fn load_lists(v: &Vigil) {
    v.run(&[
        "load",
        &fixture("eu-fsf-sample.xml"),
        &fixture("un-sample.xml"),
    ])
    .ok();
}

/// A list file nested 30,000 deep is refused by name and line (it used to abort the process
/// with a stack overflow); so is a page nested 20,000 deep, while one nested 3,000 deep is read.
#[test]
fn deep_nesting_fails_or_reads_but_never_aborts() {
    let v = Vigil::new();
    load_lists(&v);
    let before = v.datasets();
    let un = std::fs::read_to_string(fixture("un-sample.xml")).expect("fixture");
    let deep = format!("{}x{}", "<b>".repeat(30_000), "</b>".repeat(30_000));
    let path = v.dir.path().join("deep-un.xml");
    std::fs::write(&path, un.replacen("Invented for tests.", &deep, 1)).expect("write");
    let r = v.run(&["load", s(&path)]);
    fails_naming(&r, &["deep-un.xml:15", "nested more than 256"]);
    assert_eq!(v.datasets(), before, "the store is as it was");

    let sentences = "The envoy met the minister in Vienna on Monday, officials said. The meeting \
                     lasted two hours, according to a statement by the ministry. Neither side \
                     commented on the talks, which had been planned for weeks.";
    let nested = |n: usize| {
        format!(
            "<html><body>{}<p>{sentences}</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        )
    };
    let page = v.dir.path().join("deep.html");
    std::fs::write(&page, nested(20_000)).expect("write");
    let r = v.run(&["ingest", s(&page)]);
    fails_naming(&r, &["deep.html", "nested more than 5000"]);
    std::fs::write(&page, nested(3_000)).expect("write");
    let r = v.run(&["ingest", s(&page), "--json"]).ok();
    assert!(r.stdout.contains("\"document\": \"doc-"), "{}", r.stdout);
}

/// Invisible characters inside a listed name do not hide it from `vigil screen` or a batch.
#[test]
fn invisible_characters_do_not_hide_a_listed_name_on_the_command_line() {
    let v = Vigil::new();
    load_lists(&v);
    for name in [
        "Kaveh Nour\u{200b}bakhsh-Test",
        "Ka\u{ad}veh\u{2060} Nourbakhsh\u{200d}-Test\u{feff}",
    ] {
        let out = v
            .run(&["screen", name, "--schema", "Person", "--json"])
            .ok()
            .json();
        assert_eq!(out["results"][0]["id"], "eu-fsf-9001", "{name:?}: {out}");
        assert_eq!(out["results"][0]["match"], true, "{name:?}: {out}");
    }
    let input = v.dir.path().join("hidden.csv");
    std::fs::write(
        &input,
        "name\nKaveh Nour\u{200b}bakhsh-Test\nSample Person Test\u{200c}ovich\n",
    )
    .expect("write");
    let out = v.run(&["screen", "--batch", s(&input)]).ok().stdout;
    let rows: Vec<&str> = out.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{out}");
    assert!(
        rows[0].contains(",true,") && rows[0].contains("eu-fsf-9001"),
        "{out}"
    );
    assert!(
        rows[1].contains(",true,") && rows[1].contains("unsc-900001"),
        "{out}"
    );
}

/// One stray quote used to swallow the rest of the file into one field: one output row, exit
/// 0, the names after it never screened. Now that row is an error, the rest is read, and the
/// exit says something went wrong.
#[test]
fn a_stray_quote_in_a_batch_costs_one_row_not_the_rest_of_the_file() {
    let v = Vigil::new();
    load_lists(&v);
    let input = v.dir.path().join("stray.csv");
    std::fs::write(
        &input,
        "name,country\nKaveh Nourbakhsh-Test,ir\n\"Acme Trading,us\nSample Brigade,\n\nSAMPLE PERSON TESTOVICH,\n\"Last, Unclosed\n",
    )
    .expect("write");
    let out = v.dir.path().join("out.csv");
    let r = v
        .run(&["screen", "--batch", s(&input), "--output", s(&out)])
        .fails();
    assert!(
        r.stderr.contains("2 row(s) could not be read"),
        "{}",
        r.stderr
    );
    let mut reader = csv::Reader::from_path(&out).expect("read");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let error = reader
        .headers()
        .expect("h")
        .iter()
        .position(|h| h == "error")
        .expect("error column");
    let top = reader
        .headers()
        .expect("h")
        .iter()
        .position(|h| h == "top_id")
        .expect("top_id");
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert!(
        rows[1][error].contains("line 3") && rows[1][error].contains("not closed"),
        "{rows:?}"
    );
    assert_eq!(
        &rows[2][top], "unsc-900002",
        "the names after the stray quote are screened"
    );
    assert_eq!(&rows[3][top], "unsc-900001");
    assert!(rows[4][error].contains("line 7"), "{rows:?}");
    // A header of a million columns gets a short error, not megabytes of column names.
    let wide = v.dir.path().join("wide.csv");
    std::fs::write(&wide, format!("{}\n", vec!["column"; 1_000_000].join(","))).expect("write");
    let r = v.run(&["screen", "--batch", s(&wide)]).fails();
    assert!(
        r.stderr.len() < 2_000 && r.stderr.contains("and 999980 more"),
        "{} bytes",
        r.stderr.len()
    );
    // A name longer than any real one is that row's error.
    let long = v.dir.path().join("long.csv");
    std::fs::write(
        &long,
        format!("name\n{}\nSample Brigade\n", "x".repeat(1_400_000)),
    )
    .expect("write");
    let r = v.run(&["screen", "--batch", s(&long)]).ok();
    assert!(
        r.stdout.contains("at most 500") && r.stdout.contains("unsc-900002"),
        "{}",
        r.stdout.len()
    );
}

/// A valid but partial list (one entity where there were several) would de-list everyone it
/// lacks; it is refused with the counts unless the caller says the list really shrank.
#[test]
fn a_load_that_removes_more_than_half_of_a_dataset_is_refused() {
    let v = Vigil::new();
    let full = v.dir.path().join("list.ftm.json");
    let line = |i: usize| {
        format!("{{\"id\": \"t-{i}\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"Person Number{i}\"]}}}}\n")
    };
    std::fs::write(&full, (0..6).map(line).collect::<String>()).expect("write");
    v.run(&["load", s(&full), "--dataset", "watch"]).ok();
    let before = v.datasets();
    std::fs::write(&full, line(0)).expect("write");
    let r = v.run(&["load", s(&full), "--dataset", "watch"]).fails();
    assert!(
        r.stderr.contains("1 entities against 6")
            && r.stderr.contains("remove 5")
            && r.stderr.contains("--allow-shrink"),
        "{}",
        r.stderr
    );
    assert_eq!(v.datasets(), before, "nothing written");
    // Losing half or less is an ordinary update; saying so loads the rest.
    v.run(&["load", s(&full), "--dataset", "watch", "--allow-shrink"])
        .ok();
    let after = v.datasets();
    assert_eq!(after[0]["latest"]["entities"], 1, "{after}");
}

/// Every closed vocabulary and every date is checked: a misspelt filter used to answer an
/// empty, clean-looking result.
#[test]
fn misspelt_filters_and_impossible_dates_are_errors_naming_what_is_allowed() {
    let v = Vigil::new();
    load_lists(&v);
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["screen", "Sample Person", "--topic", "sanctoin"],
            &["\"sanctoin\"", "sanction"],
        ),
        (
            &["screen", "Sample Person", "--country", "Narnia"],
            &["\"Narnia\"", "country"],
        ),
        (
            &["screen", "Sample Person", "--birth-date", "31/02/1939"],
            &["31/02/1939", "not a date"],
        ),
        (
            &["screen", "Sample Person", "--gender", "dragon"],
            &["\"dragon\"", "female"],
        ),
        (&["mentions", "--kind", "persn"], &["\"persn\"", "person"]),
        (&["claims", "--kind", "arest"], &["\"arest\"", "arrest"]),
        (&["timeline", "--kind", "arest"], &["\"arest\"", "listed"]),
        (&["timeline", "--from", "2026-13-45"], &["not a date"]),
        (
            &["links", "unsc-900001", "--relation", "Ownrship"],
            &["\"Ownrship\"", "Membership"],
        ),
        (
            &["audit", "--since", "yesterday"],
            &["\"yesterday\"", "ISO"],
        ),
        (
            &["screen", "Sample Person", "--changed-since", "2026-13-45"],
            &["2026-13-45"],
        ),
    ];
    for (args, needles) in cases {
        let r = v.run(args).fails();
        for n in *needles {
            assert!(r.stderr.contains(n), "{args:?}: {n:?} not in {}", r.stderr);
        }
    }
    // The right spellings work.
    v.run(&[
        "screen",
        "Sample Person",
        "--topic",
        "sanction",
        "--country",
        "Iran",
        "--birth-date",
        "1971",
    ])
    .ok();
    v.run(&["links", "unsc-900001", "--relation", "ownership"])
        .ok();
    v.run(&["timeline", "--kind", "listed"]).ok();
    let seen = v
        .run(&[
            "timeline",
            "--entity",
            "unsc-900001",
            "--kind",
            "first_seen",
            "--json",
        ])
        .ok()
        .json();
    assert!(
        !seen["entries"].as_array().expect("entries").is_empty(),
        "{seen}"
    );
    // A batch row with an impossible date or unknown country is screened by name all the same,
    // and its error column says what it went without (UN list data has such dates).
    let input = v.dir.path().join("dates.csv");
    std::fs::write(
        &input,
        "name,birth_date,country\nSample Person Testovich,31/02/1939,\nSample Brigade,,Narnia\n",
    )
    .expect("write");
    let out = v.run(&["screen", "--batch", s(&input)]).ok().stdout;
    assert!(
        out.contains("line 2: screened without birth date")
            && out.contains("line 3: screened without country")
            && out.contains("unsc-900001")
            && out.contains("unsc-900002"),
        "{out}"
    );
}

/// A mistyped `--db` used to create an empty store that screened every name clean. Only
/// load, update and ingest make a store; the rest name the missing path.
#[test]
fn a_missing_store_is_an_error_except_for_the_commands_that_make_one() {
    let v = Vigil::new();
    let missing = v.dir.path().join("typo");
    for args in [
        vec!["screen", "Sample Person"],
        vec!["datasets"],
        vec!["links", "x"],
        vec!["serve"],
        vec!["keys", "list"],
        vec!["audit"],
    ] {
        let r = v
            .run(&[&["--db", s(&missing)], args.as_slice()].concat())
            .fails();
        assert!(
            r.stderr.contains("no store at") && r.stderr.contains("typo"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(!missing.exists(), "{args:?} made a store");
    }
    v.run(&["--db", s(&missing), "load", &fixture("un-sample.xml")])
        .ok();
    v.run(&["--db", s(&missing), "datasets"]).ok();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode =
            |p: &std::path::Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&missing), 0o700, "the store directory is the owner's");
        assert_eq!(
            mode(&missing.join("vigil.redb")),
            0o600,
            "the store file is the owner's"
        );
        v.run(&["--db", s(&missing), "keys", "add", "--role", "screen"])
            .ok();
        assert_eq!(mode(&missing.join("keys.json")), 0o600);
    }
}

/// A truncated store file made redb panic (exit 101); a closed pipe made `println!` panic.
#[test]
fn a_damaged_store_and_a_closed_pipe_end_without_a_panic() {
    let v = Vigil::new();
    load_lists(&v);
    let file = v.db().join("vigil.redb");
    let bytes = std::fs::read(&file).expect("read");
    for cut in [4096, bytes.len() / 2, 0] {
        std::fs::write(&file, &bytes[..cut]).expect("truncate");
        let r = v.run(&["datasets"]).fails();
        assert_eq!(r.out.status.code(), Some(1), "cut at {cut}: {}", r.stderr);
        assert!(
            r.stderr.contains("damaged") && !r.stderr.contains("panicked"),
            "cut at {cut}: {}",
            r.stderr
        );
    }
    std::fs::write(&file, &bytes).expect("restore");
    // A reader that goes away at once, as `| head -0` does: a quiet end, not a panic.
    for command in ["export", "stats"] {
        let mut child = v
            .cmd()
            .arg(command)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{command}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{command}: {stderr}");
    }
}

/// `vigil ingest Cargo.lock` used to be read as a news report; code and data are refused like
/// binary files, and a page that got in anyway can be removed, its claims and the entities only
/// it named with it, as a new version of the reports dataset.
#[test]
fn files_that_are_not_prose_are_refused_and_a_report_can_be_removed() {
    let v = Vigil::new();
    load_lists(&v);
    let lock = util::repo("Cargo.lock");
    let source = util::repo("crates/vigil-server/src/lib.rs");
    let r = v.run(&["ingest", s(&lock), s(&source)]).fails();
    assert!(
        r.stderr.contains("Cargo.lock: not a news report"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("lib.rs: not a news report"),
        "{}",
        r.stderr
    );
    let synthetic = util::repo("eval/reports/synthetic");
    v.run(&["ingest", s(&synthetic)]).ok();
    let count = |v: &Vigil| {
        let stats = v.run(&["stats", "--json"]).ok().json();
        stats["datasets"]
            .as_array()
            .and_then(|d| d.iter().find(|d| d["name"] == "reports"))
            .map(|d| {
                (
                    d["entities"].as_u64().unwrap_or(0),
                    d["statements"].as_u64().unwrap_or(0),
                )
            })
            .expect("reports")
    };
    let before = count(&v);
    let claims_before = v
        .run(&["claims", "--json"])
        .ok()
        .stdout
        .matches("s2-milan-charges.txt")
        .count();
    assert!(claims_before > 0);
    let out = v
        .run(&["reports", "remove", "s2-milan-charges.txt", "--json"])
        .ok()
        .json();
    assert!(out["claims"].as_u64().unwrap_or(0) > 0, "{out}");
    let claims = v.run(&["claims", "--json"]).ok().stdout;
    assert!(
        !claims.contains("s2-milan-charges.txt"),
        "its claims are gone"
    );
    assert!(count(&v).1 < before.1);
    // The history keeps it, and reading the page again restores what it said.
    let versions = v.run(&["versions", "reports", "--json"]).ok().stdout;
    assert!(versions.contains("removed doc-"), "{versions}");
    v.run(&["ingest", s(&synthetic.join("s2-milan-charges.txt"))])
        .ok();
    assert_eq!(count(&v), before);
    assert!(v
        .run(&["reports", "remove", "no-such.txt"])
        .fails()
        .stderr
        .contains("no document"));
}

/// Names and labels that end up in paths, URLs and pages are checked where they come in.
#[test]
fn dataset_names_and_labels_are_checked() {
    let v = Vigil::new();
    let un = fixture("un-sample.xml");
    for (args, needle) in [
        (
            vec!["load", un.as_str(), "--dataset", "../x<b>"],
            "--dataset",
        ),
        (
            vec![
                "load",
                un.as_str(),
                "--version",
                "<script>alert(1)</script>",
            ],
            "--version",
        ),
        (
            vec!["ingest", un.as_str(), "--source", "a\u{7}b"],
            "--source",
        ),
        (
            vec!["ingest", un.as_str(), "--published", "2026-02-30"],
            "--published",
        ),
    ] {
        let r = v.run(&args).fails();
        assert!(r.stderr.contains(needle), "{args:?}: {}", r.stderr);
    }
}

/// The audit trail's chain: intact after real requests, broken where a record was edited.
#[test]
fn audit_verify_finds_an_edited_record() {
    let v = Vigil::new();
    load_lists(&v);
    let key = v.key("screen");
    let (server, base) = v.serve(&[]);
    for name in [
        "Sample Person Testovich",
        "Kaveh Nourbakhsh-Test",
        "Nobody At All",
    ] {
        let body = serde_json::json!({"queries": {"q": {"schema": "Person", "properties": {"name": [name]}}}});
        ureq::post(&format!("{base}/match/default"))
            .set("Authorization", &format!("ApiKey {key}"))
            .send_string(&body.to_string())
            .expect("match");
    }
    drop(server);
    let ok = v.run(&["audit", "--verify", "--json"]).ok().json();
    assert_eq!(ok["lines"], 4, "a version set and three records: {ok}");
    assert!(ok["broken_at"].is_null(), "{ok}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for f in ["audit.log", "jobs.json"] {
            let p = v.db().join(f);
            if p.exists() {
                let mode = std::fs::metadata(&p).expect("meta").permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{f}");
            }
        }
    }
    let log = v.db().join("audit.log");
    let text = std::fs::read_to_string(&log).expect("log");
    std::fs::write(
        &log,
        text.replacen("Kaveh Nourbakhsh-Test", "Someone Else", 1),
    )
    .expect("edit");
    let r = v.run(&["audit", "--verify"]).fails();
    assert!(
        r.stderr.contains("audit.log:4") && r.stderr.contains("chain breaks"),
        "{}",
        r.stderr
    );
}
