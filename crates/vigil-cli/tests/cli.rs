//! End-to-end: the real binary on fixtures and, where present, the shared real lists.

mod util;

use util::{fixture, s, shared, Vigil};

const FIXTURES: [&str; 5] = [
    "eu-fsf-sample.xml",
    "un-sample.xml",
    "eu-oj-sample.csv",
    "csl-sample.csv",
    "ftm-sample.ftm.json",
];

fn load_fixtures(v: &Vigil) {
    let files: Vec<String> = FIXTURES.iter().map(|f| fixture(f)).collect();
    let mut args = vec!["load"];
    args.extend(files.iter().map(String::as_str));
    v.run(&args).ok();
}

#[test]
fn stats_json_has_the_documented_shape() {
    let v = Vigil::new();
    load_fixtures(&v);
    let stats = v.run(&["stats", "--json"]).ok().json();
    let datasets = stats["datasets"].as_array().expect("datasets array");
    assert_eq!(datasets.len(), 5);
    for d in datasets {
        for key in ["name", "version", "entities", "statements", "by_schema"] {
            assert!(d.get(key).is_some(), "dataset entry lacks {key}: {d}");
        }
    }
    let sum: u64 = datasets
        .iter()
        .map(|d| d["statements"].as_u64().expect("n"))
        .sum();
    assert_eq!(stats["statements"].as_u64(), Some(sum));
    let un = datasets
        .iter()
        .find(|d| d["name"] == "un_sc_sanctions")
        .expect("un_sc_sanctions");
    assert_eq!(
        un["version"], "2025-01-31",
        "the list's own date is the version"
    );
    assert_eq!(un["by_schema"]["Person"], 1);
    assert_eq!(un["by_schema"]["Sanction"], 2);
}

#[test]
fn global_options_go_before_or_after_the_subcommand() {
    let v = Vigil::new();
    let db = v.dir.path().join("elsewhere");
    let un = fixture("un-sample.xml");
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_vigil"));
    let out = c.args(["--db", s(&db), "load", &un]).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_vigil"))
        .args(["datasets", "--db", s(&db), "--json"])
        .output()
        .expect("run");
    let ds: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(ds[0]["name"], "un_sc_sanctions");
}

#[test]
fn show_gives_every_statement_with_provenance() {
    let v = Vigil::new();
    load_fixtures(&v);
    let out = v.run(&["show", "unsc-900001", "--json"]).ok().json();
    assert_eq!(out["entity"]["schema"], "Person");
    assert_eq!(out["entity"]["caption"], "SAMPLE PERSON TESTOVICH");
    let st = out["statements"].as_array().expect("statements");
    let dob = st
        .iter()
        .find(|x| x["prop"] == "birthDate")
        .expect("birthDate statement");
    assert_eq!(dob["dataset"], "un_sc_sanctions");
    assert_eq!(dob["first_seen"], "2025-01-31");
    assert_eq!(
        dob["original_value"], "1970 to 1972",
        "the source's own words are kept"
    );
    assert!(dob["origin"]
        .as_str()
        .expect("origin")
        .starts_with("un-sample.xml:"));
    let human = v.run(&["show", "unsc-900001"]).ok().stdout;
    assert!(human.contains("Abu Sample"));
    let err = v.run(&["show", "no-such-id"]).fails().stderr;
    assert!(err.contains("no entity with id \"no-such-id\""), "{err}");
}

/// Three dates kept apart: when the authority listed an entity (the list's own date), the
/// list version's publication date, and the day vigil loaded it; a file without a date gets
/// no publication date, not the load day passed off as one.
#[test]
fn listing_list_and_load_dates_are_told_apart() {
    let v = Vigil::new();
    let dir = v.dir.path();
    let un = dir.join("un.xml");
    std::fs::write(
        &un,
        r#"<CONSOLIDATED_LIST dateGenerated="2024-05-03T00:00:01.000Z"><INDIVIDUALS><INDIVIDUAL>
<DATAID>1</DATAID><FIRST_NAME>KARIM</FIRST_NAME><SECOND_NAME>ZANDAVI</SECOND_NAME>
<UN_LIST_TYPE>Iran</UN_LIST_TYPE><REFERENCE_NUMBER>IRi.001</REFERENCE_NUMBER>
<LISTED_ON>2019-01-08</LISTED_ON></INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>"#,
    )
    .expect("write");
    v.run(&["load", s(&un)]).ok();
    let today = v.run(&["datasets", "--json"]).ok().json()[0]["latest"]["loaded_at"]
        .as_str()
        .expect("loaded_at")[..10]
        .to_string();
    let shown = v.run(&["show", "unsc-1"]).ok().stdout;
    assert!(
        shown.contains("listed by the authority 2019-01-08"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("list of 2024-05-03 (loaded {today})")),
        "{shown}"
    );
    let json = v.run(&["show", "unsc-1", "--json"]).ok().json();
    let l = &json["listings"][0];
    assert_eq!(l["listed"], "2019-01-08", "{json}");
    assert_eq!(l["first_version"]["published"], "2024-05-03");
    assert!(l["first_version"]["loaded_at"]
        .as_str()
        .is_some_and(|t| t.starts_with(&today)));
    let versions = v.run(&["versions", "un-sc"]).ok().stdout;
    assert!(
        versions.contains("published 2024-05-03, loaded "),
        "{versions}"
    );
    // An OFAC file has no date: its version is labelled as a load, with no publication date.
    let sdn = dir.join("sdn.csv");
    std::fs::write(
        &sdn,
        "1,\"ZANDAVI, Karim\",\"individual\",\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n",
    )
    .expect("write");
    v.run(&["load", s(&sdn)]).ok();
    let vs = v.run(&["versions", "us_ofac_sdn", "--json"]).ok().json();
    assert_eq!(vs[0]["version"], format!("load-{today}"), "{vs}");
    assert_eq!(vs[0]["published"], serde_json::Value::Null, "{vs}");
    let human = v.run(&["versions", "us_ofac_sdn"]).ok().stdout;
    assert!(
        human.contains("publication date not in the file, loaded"),
        "{human}"
    );
}

/// Small frictions a first-time user met: ids typed as a list prints them, what `--json`
/// does not change, a run into a file that says what it wrote, help for every flag.
#[test]
fn the_cli_says_what_it_does() {
    let v = Vigil::new();
    load_fixtures(&v);
    let lower = v.run(&["show", "unsc-900001", "--json"]).ok().json();
    let upper = v.run(&["show", "UNSC-900001", "--json"]).ok().json();
    assert_eq!(lower["entity"]["id"], upper["entity"]["id"]);
    let note = v.run(&["export", "--json"]).ok().stderr;
    assert!(note.contains("--json changes nothing"), "{note}");
    let pairs = v.dir.path().join("pairs.csv");
    std::fs::write(
        &pairs,
        "schema,name1,name2\nPerson,Karim Zandavi,ZANDAVI Karim\n",
    )
    .expect("write");
    let out = v.dir.path().join("scored.csv");
    let said = v
        .run(&["match-pairs", "--input", s(&pairs), "--output", s(&out)])
        .ok()
        .stderr;
    assert!(said.contains("scored 1 pairs (1 match"), "{said}");
    let help = v.run(&["screen", "--help"]).ok().stdout;
    for flag in ["--schema-column", "--birth-date-column", "--country-column"] {
        let line = help
            .lines()
            .find(|l| l.contains(flag))
            .expect("flag listed");
        let described = help
            .lines()
            .skip_while(|l| !l.contains(flag))
            .nth(1)
            .is_some_and(|next| !next.trim().is_empty() && !next.trim_start().starts_with('-'));
        assert!(described, "{flag} has no help: {line}");
    }
}

/// A folder of lists loads with its sub-folders; two sources of one dataset under it are
/// refused, naming both, and nothing is loaded.
#[test]
fn a_folder_of_lists_loads_with_its_sub_folders() {
    let v = Vigil::new();
    let top = v.dir.path().join("lists");
    for (sub, file) in [("un", "un-sample.xml"), ("eu/oj", "eu-oj-sample.csv")] {
        std::fs::create_dir_all(top.join(sub)).expect("mkdir");
        std::fs::copy(fixture(file), top.join(sub).join(file)).expect("copy");
    }
    v.run(&["load", s(&top)]).ok();
    let names: Vec<String> = v
        .run(&["datasets", "--json"])
        .ok()
        .json()
        .as_array()
        .expect("datasets")
        .iter()
        .filter_map(|d| d["name"].as_str().map(str::to_string))
        .collect();
    assert!(names.contains(&"un_sc_sanctions".to_string()), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("eu_oj_")), "{names:?}");
    // The same list twice, in two sub-folders: which is the version?
    let twice = v.dir.path().join("twice");
    for sub in ["a", "b"] {
        std::fs::create_dir_all(twice.join(sub)).expect("mkdir");
        std::fs::copy(fixture("un-sample.xml"), twice.join(sub).join("un.xml")).expect("copy");
    }
    let w = Vigil::new();
    let err = w.run(&["load", s(&twice)]).fails().stderr;
    assert!(
        err.contains("two sources of dataset")
            && err.contains("a/un.xml")
            && err.contains("b/un.xml"),
        "{err}"
    );
    // Nothing loaded: no store was made, or it holds no dataset.
    let after = w.run(&["datasets", "--json"]);
    if after.out.status.success() {
        assert_eq!(
            after.json().as_array().map(Vec::len),
            Some(0),
            "{}",
            after.stdout
        );
    }
}

#[test]
fn ftm_s_entity_fields_survive_a_load_and_an_export() {
    let v = Vigil::new();
    let file = v.dir.path().join("merged.ftm.json");
    let line = serde_json::json!({
        "id": "NK-1", "schema": "Person", "caption": "A",
        "properties": {"name": ["Ali Example"], "nationality": ["ir"]},
        "datasets": ["eu_fsf"], "referents": ["ofac-1", "eu-fsf-2"],
        "first_seen": "2021-04-20T18:00:25", "last_seen": "2024-06-01T10:57:03",
        "last_change": "2023-07-26T20:01:14"
    });
    std::fs::write(&file, format!("{line}\n")).expect("write");
    v.run(&["load", s(&file)]).ok();
    let out = v.run(&["export"]).ok().stdout;
    let back: serde_json::Value =
        serde_json::from_str(out.lines().next().expect("a line")).expect("json");
    let mut referents: Vec<&str> = back["referents"]
        .as_array()
        .expect("referents")
        .iter()
        .filter_map(|r| r.as_str())
        .collect();
    referents.sort();
    assert_eq!(referents, ["eu-fsf-2", "ofac-1"], "{back}");
    assert_eq!(
        back["first_seen"], "2021-04-20T18:00:25",
        "the source's, earlier than the load"
    );
    assert_eq!(back["last_change"], "2023-07-26T20:01:14");
    assert!(
        back["last_seen"].as_str().is_some_and(|t| t > "2024"),
        "vigil's own load: {back}"
    );
    assert!(back["properties"].get("referents").is_none(), "{back}");
    // A malformed date is refused with the line and field, and nothing is loaded.
    std::fs::write(&file, "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {}, \"first_seen\": \"yesterday\"}\n")
        .expect("write");
    let w = Vigil::new();
    let err = w.run(&["load", s(&file)]).fails().stderr;
    assert!(err.contains("first_seen") && err.contains(":1"), "{err}");
}

#[test]
fn ftm_export_round_trips() {
    let v = Vigil::new();
    load_fixtures(&v);
    let out = v.dir.path().join("export.ftm.json");
    v.run(&["export", "--format", "ftm", "--output", s(&out)])
        .ok();
    let text = std::fs::read_to_string(&out).expect("export written");
    let exported = text.lines().count();
    let total: u64 = v.run(&["stats", "--json"]).ok().json()["datasets"]
        .as_array()
        .expect("datasets")
        .iter()
        .map(|d| d["entities"].as_u64().expect("n"))
        .sum();
    // The CSL SDN row and nothing else shares an id across datasets here.
    assert_eq!(exported as u64, total);
    // Load the export into a second store: the same entities, the same values.
    let w = Vigil::new();
    let loaded = w
        .run(&["load", s(&out), "--dataset", "roundtrip", "--json"])
        .ok()
        .json();
    assert_eq!(
        loaded[0]["version"]["entities"].as_u64(),
        Some(exported as u64)
    );
    let a = v.run(&["show", "eu-fsf-9001", "--json"]).ok().json()["entity"]["properties"].clone();
    let mut b =
        w.run(&["show", "eu-fsf-9001", "--json"]).ok().json()["entity"]["properties"].clone();
    // The export's dates come back as the reloaded entity's own record of them.
    let line: serde_json::Value = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .find(|e: &serde_json::Value| e["id"] == "eu-fsf-9001")
        .expect("exported");
    assert_eq!(b["first_seen"][0], line["first_seen"], "{b}");
    assert_eq!(b["last_change"][0], line["last_change"], "{b}");
    for field in ["first_seen", "last_change"] {
        b.as_object_mut().expect("properties").remove(field);
    }
    assert_eq!(a, b);
    // One dataset only, named by its old name too; as statements, each row its dataset's.
    let rows = v
        .run(&["export", "--format", "statements", "--dataset", "un-sc"])
        .ok()
        .stdout;
    let mut reader = csv::Reader::from_reader(rows.as_bytes());
    let header = reader.headers().expect("header").clone();
    assert_eq!(&header[0], "canonical_id");
    let datasets: std::collections::BTreeSet<String> = reader
        .records()
        .map(|r| r.expect("row")[6].to_string())
        .collect();
    assert_eq!(
        datasets.into_iter().collect::<Vec<_>>(),
        ["un_sc_sanctions"]
    );
    let only = v
        .run(&["export", "--dataset", "un_sc_sanctions"])
        .ok()
        .stdout;
    assert_eq!(
        only.lines().count(),
        4,
        "two listed entries and their two sanctions"
    );
    v.run(&["export", "--dataset", "nope"]).fails();
}

#[test]
fn bad_input_fails_clearly_and_leaves_the_store_as_it_was() {
    let v = Vigil::new();
    load_fixtures(&v);
    let before = v.datasets();
    let d = v.dir.path();
    let bad = |name: &str, bytes: &[u8]| {
        let p = d.join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    };
    let cases = [
        (bad("sdn.csv", b"10,\"A\",-0- ,-0- \n"), "sdn.csv:1"),
        (
            bad(
                "cut.xml",
                b"<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>",
            ),
            "cut.xml:",
        ),
        (
            bad(
                "enc.csv",
                b"celex,recordId,schema,name\n39999R0001,1,Person,Jos\xe9\n",
            ),
            "enc.csv:2",
        ),
        (bad("empty.json", b""), "empty.json: the file is empty"),
        (bad("noise.dat", b"hello"), "unknown format"),
    ];
    for (path, needle) in &cases {
        // A good file in the same command is not loaded either: all files parse before any write.
        let r = v.run(&["load", &fixture("un-sample.xml"), s(path)]).fails();
        assert!(
            r.stderr.contains(needle),
            "stderr for {} lacks {needle:?}: {}",
            path.display(),
            r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert_eq!(
            v.datasets(),
            before,
            "store changed after {}",
            path.display()
        );
    }
    let r = v
        .run(&["load", &fixture("un-sample.xml"), "--format", "nope"])
        .fails();
    assert!(
        r.stderr.contains("unknown --format \"nope\""),
        "{}",
        r.stderr
    );
    let r = v.run(&["load", "/no/such/file.csv"]).fails();
    assert!(
        r.stderr.contains("/no/such/file.csv: no such file"),
        "{}",
        r.stderr
    );
    let r = v
        .run(&[
            "load",
            &fixture("un-sample.xml"),
            &fixture("csl-sample.csv"),
            "--dataset",
            "x",
        ])
        .fails();
    assert!(
        r.stderr.contains("--dataset names one dataset"),
        "{}",
        r.stderr
    );
    assert_eq!(
        v.run(&["frobnicate"]).fails().out.status.code(),
        Some(2),
        "clap usage error"
    );
    assert_eq!(v.datasets(), before);
}

#[test]
fn reloading_the_same_file_changes_nothing() {
    let v = Vigil::new();
    let un = fixture("un-sample.xml");
    v.run(&["load", &un]).ok();
    let before = v.datasets();
    let show_before = v
        .run(&["show", "unsc-900001", "--json", "--history"])
        .ok()
        .stdout;
    let again = v.run(&["load", &un, "--json"]).ok().json();
    assert_eq!(again[0]["unchanged"], true);
    assert_eq!(v.datasets(), before);
    assert_eq!(
        v.run(&["show", "unsc-900001", "--json", "--history"])
            .ok()
            .stdout,
        show_before
    );
}

#[test]
fn a_new_version_is_diffed_and_history_kept() {
    let v = Vigil::new();
    let dir = v.dir.path();
    let v1 = dir.join("v1.csv");
    let v2 = dir.join("v2.csv");
    let head = "celex,recordId,schema,name,alias,birthDate\n";
    std::fs::write(
        &v1,
        format!(
            "{head}39999R0001,1,Person,ANN Example,,1.1.1970\n39999R0001,2,Person,BOB Example,,\n"
        ),
    )
    .expect("w");
    std::fs::write(&v2, format!("{head}39999R0001,1,Person,ANN Example,Annie,1.1.1970\n39999R0001,3,Person,CID Example,,\n")).expect("w");
    v.run(&["load", s(&v1), "--version", "2025-01"]).ok();
    v.run(&["load", s(&v2), "--version", "2025-02"]).ok();
    let d = v.run(&["diff", "eu_oj_39999r0001", "--json"]).ok().json();
    assert_eq!(d["from"], "2025-01");
    assert_eq!(d["to"], "2025-02");
    assert_eq!(d["added"][0]["id"], "eu-oj-39999r0001-3");
    assert_eq!(d["removed"][0]["id"], "eu-oj-39999r0001-2");
    assert_eq!(d["changed"][0]["id"], "eu-oj-39999r0001-1");
    assert_eq!(
        d["changed"][0]["added"][0],
        serde_json::json!(["alias", "Annie"])
    );
    let human = v.run(&["diff", "eu_oj_39999r0001"]).ok().stdout;
    // Each listing brings its Sanction entity: CID and his listing arrive, BOB and his leave.
    assert!(human.contains("2 added, 2 removed, 1 changed"), "{human}");
    assert!(human.contains("+ alias: Annie"), "{human}");
    // Bob is gone from the list but not from the store.
    let bob = v
        .run(&["show", "eu-oj-39999r0001-2", "--history", "--json"])
        .ok()
        .json();
    assert_eq!(bob["entity"], serde_json::Value::Null);
    assert_eq!(bob["statements"][0]["last_seen"], "2025-01");
    let versions = v
        .run(&["versions", "eu_oj_39999r0001", "--json"])
        .ok()
        .json();
    assert_eq!(versions.as_array().map(Vec::len), Some(2));
    v.run(&["diff", "eu_oj_39999r0001", "2025-07"]).fails();
}

// ---- the shared real lists ---------------------------------------------------------------

#[test]
fn real_sdn_2021_then_2024_gives_a_diff() {
    let (Some(old), Some(new)) = (
        shared("ofac/watchman-bench-2021-07"),
        shared("ofac/sdn-2024-05-03/sdn.csv"),
    ) else {
        return;
    };
    let v = Vigil::new();
    v.run(&["load", s(&old), "--version", "2021-07-07"]).ok();
    let second = v
        .run(&["load", s(&new), "--version", "2024-05-03", "--json"])
        .ok()
        .json();
    let ver = &second[0]["version"];
    assert_eq!(ver["seq"], 2);
    assert!(ver["entities_added"].as_u64().expect("n") > 5_000, "{ver}");
    assert!(ver["entities_removed"].as_u64().expect("n") > 100, "{ver}");
    let d = v.run(&["diff", "us_ofac_sdn", "--json"]).ok().json();
    assert_eq!(d["from"], "2021-07-07");
    assert_eq!(
        d["added"].as_array().map(Vec::len),
        ver["entities_added"].as_u64().map(|n| n as usize)
    );
    // The Iranian intelligence ministry is on both, with its aliases unchanged.
    let mois = v.run(&["show", "ofac-12111", "--json"]).ok().json();
    assert_eq!(
        mois["entity"]["properties"]["alias"],
        serde_json::json!(["MOIS", "VEVAK"])
    );
}

#[test]
fn real_lists_load_with_the_expected_counts() {
    let (Some(sdn), Some(un), Some(eu)) = (
        shared("ofac/sdn-2024-05-03/sdn.csv"),
        shared("un"),
        shared("eu-oj/32001R2580.csv"),
    ) else {
        return;
    };
    let v = Vigil::new();
    let r = v
        .run(&["load", s(&sdn), s(&un), s(&eu), "--json"])
        .ok()
        .json();
    let by = |name: &str| {
        r.as_array()
            .and_then(|a| a.iter().find(|x| x["dataset"] == name))
            .cloned()
            .expect(name)
    };
    assert_eq!(by("us_ofac_sdn")["records"], 14_965);
    assert_eq!(by("un_sc_sanctions")["version"]["by_schema"]["Person"], 730);
    assert_eq!(
        by("un_sc_sanctions")["version"]["by_schema"]["Organization"],
        273
    );
    let export = v
        .run(&["export", "--dataset", "eu_oj_32001r2580"])
        .ok()
        .stdout;
    let assadi = export
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .find(|e| e["properties"]["name"][0] == "ASSADI Assadollah")
        .expect("ASSADI Assadollah on the EU terrorist list");
    assert_eq!(
        assadi["properties"]["alias"],
        serde_json::json!(["Assadollah Asadi"])
    );
}

#[test]
fn the_default_store_starts_with_the_bundled_lists() {
    // No --db and no VIGIL_DB: the per-user data directory, pointed at a temp dir here.
    let home = tempfile::tempdir().expect("tmp");
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_vigil"))
            .args(args)
            .env_remove("VIGIL_DB")
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .output()
            .expect("run")
    };
    let out = run(&["stats", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("loading the bundled lists"));
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let names: Vec<&str> = stats["datasets"]
        .as_array()
        .expect("a")
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names, ["un_sc_sanctions", "us_ofac_sdn"]);
    assert!(home.path().join("data/vigil/vigil.redb").exists());
    // Second use: already loaded, nothing said.
    let out = run(&["show", "ofac-12111"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("bundled"));
}

#[test]
fn match_pairs_scores_and_reports_bad_rows_in_place() {
    let v = Vigil::new();
    let input = v.dir.path().join("pairs.csv");
    std::fs::write(
        &input,
        "id,schema,name1,name2\n1,Person,Asadollah Assadi,ASSADI Assadollah\n2,Dragon,a,b\n3,Person,,x\n4,Person,Maryam Rajavi\n5,Organization,Mojahedin-e Khalq,مجاهدین خلق\n",
    )
    .expect("write");
    let out = v.dir.path().join("scores.csv");
    v.run(&["match-pairs", "--input", s(&input), "--output", s(&out)])
        .ok();
    let mut reader = csv::Reader::from_path(&out).expect("read");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 5, "no row dropped");
    assert_eq!(&rows[0][0], "1", "input columns pass through");
    assert_eq!(&rows[0][5], "true");
    assert!(rows[1][7].contains("unknown schema"), "{:?}", rows[1]);
    assert!(rows[2][7].contains("empty name"), "{:?}", rows[2]);
    assert!(
        rows[3][7].contains("empty name"),
        "short row: {:?}",
        rows[3]
    );
    assert_eq!(&rows[4][5], "true");
    let r = v
        .run(&["match-pairs", "--input", &fixture("un-sample.xml")])
        .fails();
    assert!(
        r.stderr
            .contains("needs the columns schema, name1 and name2"),
        "{}",
        r.stderr
    );
}

#[test]
fn screen_finds_explains_and_reports_json() {
    let v = Vigil::new();
    load_fixtures(&v);
    let out = v
        .run(&[
            "screen",
            "Kaveh Nourbakhsh-Test",
            "--schema",
            "Person",
            "--json",
        ])
        .ok()
        .json();
    let top = &out["results"][0];
    assert_eq!(top["id"], "eu-fsf-9001");
    assert_eq!(top["match"], true);
    assert!(top["score"].as_f64().expect("score") > 0.9);
    assert!(top["explanations"]["name"]["detail"]
        .as_str()
        .expect("detail")
        .contains("nourbakhsh"));
    // Persian script finds the same entry, and the first run built the index cache.
    let out = v
        .run(&["screen", "کاوه نوربخش", "--schema", "Person", "--json"])
        .ok()
        .json();
    assert_eq!(out["results"][0]["id"], "eu-fsf-9001");
    // A wrong birth date lowers the score and says why.
    let out = v
        .run(&[
            "screen",
            "Kaveh Nourbakhsh-Test",
            "--schema",
            "Person",
            "--birth-date",
            "1990",
            "--json",
        ])
        .ok()
        .json();
    assert!(
        out["results"][0]["explanations"]["birth_date"]["score"]
            .as_f64()
            .expect("n")
            < 0.0
    );
    // Per-request weights: a heavier birth-date penalty lowers the score further.
    let score = |extra: &[&str]| {
        let mut args = vec![
            "screen",
            "Kaveh Nourbakhsh-Test",
            "--schema",
            "Person",
            "--birth-date",
            "1990",
            "--cutoff",
            "0",
            "--json",
        ];
        args.extend_from_slice(extra);
        v.run(&args).ok().json()["results"][0]["score"]
            .as_f64()
            .expect("score")
    };
    assert!(score(&["--weights", r#"{"birth_date_mismatch": 0.4}"#]) < score(&[]) - 0.2);
    assert!(v
        .run(&["screen", "x", "--weights", r#"{"nope": 1}"#])
        .fails()
        .stderr
        .contains("unknown field"));
    // Filters.
    let out = v
        .run(&[
            "screen",
            "Kaveh Nourbakhsh-Test",
            "--schema",
            "Person",
            "--dataset",
            "un_sc_sanctions",
            "--json",
        ])
        .ok()
        .json();
    assert!(out["results"].as_array().expect("a").is_empty());
    // A misspelt dataset is an error, not a clean answer.
    for flag in ["--dataset", "--exclude-dataset"] {
        assert!(v
            .run(&["screen", "Kaveh Nourbakhsh-Test", flag, "un-cs"])
            .fails()
            .stderr
            .contains("no such dataset"));
    }
    // Bad input: clear errors, no panic.
    assert!(v
        .run(&["screen", " ", "--schema", "Person"])
        .fails()
        .stderr
        .contains("empty"));
    assert!(v
        .run(&["screen", "x", "--schema", "Dragon"])
        .fails()
        .stderr
        .contains("unknown schema"));
    assert!(v
        .run(&["screen", "x", "--threshold", "7"])
        .fails()
        .stderr
        .contains("--threshold"));
    // A name longer than any real one is refused, briefly: scoring cost grows with length.
    let long = "y".repeat(10_000);
    let r = v.run(&["screen", &long, "--schema", "Person"]).fails();
    assert!(r.stderr.contains("at most 500"), "{}", r.stderr);
    assert!(
        r.stderr.len() < 400,
        "the long name is not echoed back in full"
    );
}

#[test]
fn screen_batch_streams_every_row_with_errors_in_place() {
    let v = Vigil::new();
    load_fixtures(&v);
    let input = v.dir.path().join("batch.csv");
    std::fs::write(
        &input,
        "ref,name,schema,birth_date,country\n\
         1,Kaveh Nourbakhsh-Test,Person,1968,Iran\n\
         2,,Person,,\n\
         3,Sample Person Testovich,Dragon,,\n\
         4,Nobody Inparticular,Person,,\n\
         5,Sample Brigade,Organization\n\
         6,\u{1}\u{2}bad control,Person,,\n",
    )
    .expect("write");
    let out = v.dir.path().join("out.csv");
    let r = v
        .run(&["screen", "--batch", s(&input), "--output", s(&out)])
        .ok();
    assert!(r.stderr.contains("screened 6 rows"), "{}", r.stderr);
    let mut reader = csv::Reader::from_path(&out).expect("read");
    let headers = reader.headers().expect("h").clone();
    let col = |n: &str| headers.iter().position(|h| h == n).expect(n);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 6, "one output row per input row, none dropped");
    assert_eq!(&rows[0][col("ref")], "1", "input columns kept");
    assert_eq!(&rows[0][col("match")], "true");
    assert_eq!(&rows[0][col("top_id")], "eu-fsf-9001");
    assert!(rows[1][col("error")].contains("empty name"));
    assert!(rows[2][col("error")].contains("unknown schema"));
    assert_eq!(&rows[3][col("match")], "false");
    assert_eq!(
        &rows[4][col("top_id")],
        "unsc-900002",
        "short row still screened"
    );
    assert_eq!(&rows[5][col("error")], "");
    // One row per result.
    let all = v.dir.path().join("all.csv");
    v.run(&[
        "screen",
        "--batch",
        s(&input),
        "--output",
        s(&all),
        "--all-results",
        "--limit",
        "2",
    ])
    .ok();
    let text = std::fs::read_to_string(&all).expect("read");
    assert!(text
        .lines()
        .next()
        .expect("header")
        .ends_with("rank,match,score,id,name,dataset,explanation,error"));
    // A missing name column is a clear error.
    let r = v
        .run(&["screen", "--batch", s(&input), "--name-column", "full_name"])
        .fails();
    assert!(r.stderr.contains("no column \"full_name\""), "{}", r.stderr);
}

/// `--partition K/N`: N processes split one batch file; the N outputs hold every row once,
/// each as the whole run screens it.
#[test]
fn screen_batch_partitions_split_the_rows_and_cover_them_once() {
    let v = Vigil::new();
    load_fixtures(&v);
    let input = v.dir.path().join("batch.csv");
    let mut text = String::from("ref,name,schema\n");
    for i in 0..23 {
        let name = match i % 3 {
            0 => "Sample Person Testovich",
            1 => "Kaveh Nourbakhsh-Test",
            _ => "Nobody Inparticular",
        };
        text.push_str(&format!("{i},{name},Person\n"));
        if i == 7 {
            text.push('\n'); // a blank line is no row
        }
    }
    std::fs::write(&input, text).expect("write");
    let rows_of = |out: &std::path::Path| -> Vec<Vec<String>> {
        let mut r = csv::Reader::from_path(out).expect("read");
        r.records()
            .map(|rec| rec.expect("row").iter().map(str::to_string).collect())
            .collect()
    };
    let whole = v.dir.path().join("whole.csv");
    v.run(&["screen", "--batch", s(&input), "--output", s(&whole)])
        .ok();
    let mut want = rows_of(&whole);
    assert_eq!(want.len(), 23);
    let mut got = Vec::new();
    for k in 1..=3 {
        let out = v.dir.path().join(format!("part{k}.csv"));
        let r = v
            .run(&[
                "screen",
                "--batch",
                s(&input),
                "--output",
                s(&out),
                "--partition",
                &format!("{k}/3"),
            ])
            .ok();
        assert!(
            r.stderr.contains(&format!("part {k} of 3 of 23 rows")),
            "{}",
            r.stderr
        );
        let part = rows_of(&out);
        // Round robin: part k has the rows numbered k-1, k-1+3, ...
        let refs: Vec<usize> = part.iter().map(|r| r[0].parse().expect("ref")).collect();
        assert!(refs.iter().all(|i| i % 3 == k - 1), "part {k}: {refs:?}");
        got.extend(part);
    }
    want.sort();
    got.sort();
    assert_eq!(
        got, want,
        "the parts together are the whole run, each row once"
    );
    for bad in ["0/3", "4/3", "3", "a/b", "1/0"] {
        let r = v
            .run(&["screen", "--batch", s(&input), "--partition", bad])
            .fails();
        assert!(r.stderr.contains("K/N"), "{bad}: {}", r.stderr);
    }
}

#[test]
fn real_cross_script_screening_on_the_shared_lists() {
    let (Some(eu), Some(sdn)) = (
        shared("eu-oj/32001R2580.csv"),
        shared("ofac/sdn-2024-05-03/sdn.csv"),
    ) else {
        return;
    };
    let v = Vigil::new();
    v.run(&["load", s(&eu), s(&sdn), "--version", "test"]).ok();
    // The EU terrorist list writes him FAMILY Given; the reports write him either way.
    for query in ["Asadollah Assadi", "Assadolah Assadi", "اسدالله اسدی"] {
        let out = v
            .run(&["screen", query, "--schema", "Person", "--json"])
            .ok()
            .json();
        let top = &out["results"][0];
        assert_eq!(top["caption"], "ASSADI Assadollah", "{query}: {out}");
        assert_eq!(top["match"], true, "{query}");
    }
    // The ministry he worked for, by its acronym and in Persian-influenced spelling.
    let out = v
        .run(&[
            "screen",
            "Iranian Ministry of Intelligence and Security",
            "--schema",
            "Organization",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(out["results"][0]["id"], "ofac-12111");
    let out = v
        .run(&["screen", "حسن نصرالله", "--schema", "Person", "--json"])
        .ok()
        .json();
    assert_eq!(out["results"][0]["id"], "ofac-2686", "{out}");
}

#[test]
fn ingest_stores_each_page_once_and_reports_bad_files_one_by_one() {
    let v = Vigil::new();
    let dir = v.dir.path().join("pages");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let w = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("write");
    w(
        "a.html",
        b"<html><body><nav>Home World</nav><article><p>Vienna, 3 March \xe2\x80\x93 An invented official of an invented ministry was questioned about a shipment that never existed, officials said on Tuesday.</p><p>A second invented paragraph gives more made-up detail about the same imaginary event for the test.</p></article><div class=\"share\">Share on X</div></body></html>",
    );
    w("b.txt", b"Latest news\n\nA teaser of another story...\n\nAn invented report opens with a long first sentence about an imaginary plot that was foiled. It goes on.\n\nPlease Share:\n\nSource \xc2\xbb inventedoutlet");
    w("copy.txt", &std::fs::read(dir.join("b.txt")).expect("read"));
    // (A PDF is read for its text: the binary file here is an executable.)
    w("binary.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00");
    w("empty.txt", b"  \n\n ");
    w(
        "latin1.txt",
        b"An invented report about Jos\xe9 and others that is long enough to count as text.",
    );
    w("chrome.txt", b"Latest news\n\nMust read\n\nPlease Share:");
    let huge = std::fs::File::create(dir.join("huge.txt")).expect("create");
    huge.set_len(51 << 20).expect("sparse 51 MiB file");

    let r = v.run(&["ingest", s(&dir), "--json"]);
    assert!(!r.out.status.success(), "bad files make the exit non-zero");
    assert!(
        r.stderr.contains("6 of 8 files could not be ingested"),
        "{}",
        r.stderr
    );
    let out = r.json();
    let by = |name: &str| {
        out["files"]
            .as_array()
            .and_then(|a| {
                a.iter()
                    .find(|f| f["file"].as_str().is_some_and(|p| p.ends_with(name)))
            })
            .cloned()
            .expect(name)
    };
    assert!(by("a.html")["document"]
        .as_str()
        .expect("doc")
        .starts_with("doc-"));
    assert_eq!(by("b.txt")["source"], "inventedoutlet");
    assert!(by("copy.txt")["error"]
        .as_str()
        .expect("e")
        .contains("same content as"));
    assert!(by("binary.bin")["error"]
        .as_str()
        .expect("e")
        .contains("binary"));
    assert!(by("empty.txt")["error"]
        .as_str()
        .expect("e")
        .contains("empty"));
    assert!(by("latin1.txt")["error"]
        .as_str()
        .expect("e")
        .contains("not UTF-8"));
    assert!(by("chrome.txt")["error"]
        .as_str()
        .expect("e")
        .contains("no report text"));
    assert!(by("huge.txt")["error"]
        .as_str()
        .expect("e")
        .contains("larger than 50 MiB"));

    // The good pages are stored, cleaned, with their attribution.
    let doc = by("b.txt")["document"].as_str().expect("doc").to_string();
    let shown = v.run(&["show", &doc, "--json"]).ok().json();
    let body = shown["entity"]["properties"]["bodyText"][0]
        .as_str()
        .expect("body");
    assert!(
        body.starts_with("An invented report")
            && !body.contains("Please Share")
            && !body.contains("teaser"),
        "{body}"
    );
    assert_eq!(
        shown["entity"]["properties"]["publisher"][0],
        "inventedoutlet"
    );
    let stats = v.run(&["stats", "--json"]).ok().json();
    let reports = stats["datasets"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["name"] == "reports"))
        .cloned()
        .expect("reports");
    assert_eq!(reports["by_schema"]["Article"], 2);

    // Again: nothing new, nothing written; a new page is added beside the old ones.
    let again = v
        .run(&["ingest", s(&dir.join("a.html")), "--json"])
        .ok()
        .json();
    assert_eq!(again["unchanged"], true);
    std::fs::write(v.dir.path().join("c.txt"), "A third invented report, long enough to be content, describes another imaginary meeting in detail.").expect("w");
    v.run(&[
        "ingest",
        s(&v.dir.path().join("c.txt")),
        "--source",
        "othersource",
        "--published",
        "2018-07-02",
    ])
    .ok();
    let stats = v.run(&["stats", "--json"]).ok().json();
    let reports = stats["datasets"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["name"] == "reports"))
        .cloned()
        .expect("reports");
    assert_eq!(reports["by_schema"]["Article"], 3, "appended, none removed");
    assert!(v
        .run(&[
            "ingest",
            s(&v.dir.path().join("c.txt")),
            "--published",
            "someday"
        ])
        .fails()
        .stderr
        .contains("--published"));
}

/// Delta screening: `--changed-since` the load of a new list version screens only what that
/// version changed.
#[test]
fn changed_since_screens_only_what_a_load_changed() {
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    // A new version where only the person's birthplace differs.
    let xml = std::fs::read_to_string(fixture("un-sample.xml")).expect("fixture");
    let next = v.dir.path().join("un-next.xml");
    std::fs::write(&next, xml.replacen("Sampletown", "Sampleville", 1)).expect("write");
    v.run(&["load", next.to_str().unwrap(), "--version", "2026-11-24"])
        .ok();
    let versions = v
        .run(&["versions", "un_sc_sanctions", "--json"])
        .ok()
        .json();
    let loaded = |i: usize| {
        versions[i]["loaded_at"]
            .as_str()
            .expect("loaded_at")
            .to_string()
    };
    let found = |name: &str, since: &str| -> Vec<String> {
        v.run(&["screen", name, "--changed-since", since, "--json"])
            .ok()
            .json()["results"]
            .as_array()
            .expect("results")
            .iter()
            .filter_map(|r| r["id"].as_str().map(str::to_string))
            .collect()
    };
    let (first, second) = (loaded(0), loaded(1));
    assert_eq!(found("Sample Person Testovich", &first), ["unsc-900001"]);
    assert_eq!(found("Sample Brigade", &first), ["unsc-900002"]);
    assert_eq!(
        found("Sample Person Testovich", &second),
        ["unsc-900001"],
        "its birthplace changed"
    );
    assert!(
        found("Sample Brigade", &second).is_empty(),
        "unchanged by the second load"
    );
    assert!(v
        .run(&["screen", "x", "--changed-since", "last week"])
        .fails()
        .stderr
        .contains("--changed-since"));
}

/// `vigil screen` answers against the lists, as `/match/default` does: an entity read from a
/// report is no list hit. Report entities are screened only when asked for.
#[test]
fn screen_answers_against_lists_unless_reports_are_asked_for() {
    let v = Vigil::new();
    load_fixtures(&v);
    v.run(&["ingest", s(&util::repo("eval/reports/synthetic"))])
        .ok();
    let top = |extra: &[&str]| {
        let mut args = vec!["screen", "Karim Zandavi", "--schema", "Person", "--json"];
        args.extend_from_slice(extra);
        v.run(&args).ok().json()["results"][0].clone()
    };
    assert!(
        top(&[]).is_null(),
        "no list names Karim Zandavi: {}",
        top(&[])
    );
    let from_reports = top(&["--dataset", "reports"]);
    assert_eq!(from_reports["match"], true, "{from_reports}");
    assert!(
        from_reports["id"]
            .as_str()
            .unwrap_or("")
            .starts_with("rep-"),
        "{from_reports}"
    );
    // Batch screening too.
    let input = v.dir.path().join("names.csv");
    std::fs::write(&input, "name\nKarim Zandavi\nKaveh Nourbakhsh-Test\n").expect("write");
    let out = v.run(&["screen", "--batch", s(&input)]).ok().stdout;
    let rows: Vec<&str> = out.lines().collect();
    assert!(rows[1].contains(",false,"), "{out}");
    assert!(rows[2].contains("eu-fsf-9001"), "{out}");
    // A store with reports and no list has nothing to screen against by default.
    let only = Vigil::new();
    only.run(&["ingest", s(&util::repo("eval/reports/synthetic"))])
        .ok();
    let r = only.run(&["screen", "Karim Zandavi"]).fails();
    assert!(r.stderr.contains("no lists loaded"), "{}", r.stderr);
}

/// Screening by identifier alone on the real SDN list: every listed vessel's IMO number, as an
/// analyst types it ("IMO 9 179 842"), finds that vessel first, as a match, with the identifier
/// in the explanation; a crypto wallet's address finds its holder; a batch row with only an
/// identifier is screened too.
#[test]
fn an_identifier_alone_finds_its_entity_on_a_real_list() {
    let Some(sdn) = shared("ofac/sdn-2024-05-03/sdn.csv") else {
        return;
    };
    let v = Vigil::new();
    v.run(&["load", s(&sdn)]).ok();
    let out = v.dir.path().join("sdn.json");
    v.run(&["export", "--dataset", "us_ofac_sdn", "-o", s(&out)])
        .ok();
    let text = std::fs::read_to_string(&out).expect("export");
    let vessels: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|e| e["schema"] == "Vessel")
        .filter_map(|e| {
            let imo = e["properties"]["imoNumber"][0].as_str()?.to_string();
            Some((e["id"].as_str()?.to_string(), imo))
        })
        .take(10)
        .collect();
    assert!(
        vessels.len() >= 10,
        "the SDN list holds vessels with IMO numbers"
    );
    for (id, imo) in &vessels {
        let digits: String = imo.chars().filter(char::is_ascii_digit).collect();
        let typed = format!("IMO {} {}", &digits[..1], &digits[1..]);
        let got = v
            .run(&[
                "screen",
                "--identifier",
                &typed,
                "--schema",
                "Vessel",
                "--json",
            ])
            .ok()
            .json();
        let first = &got["results"][0];
        assert_eq!(first["id"], id.as_str(), "{typed}: {got}");
        assert_eq!(first["match"], true, "{typed}: {got}");
        assert!(
            first["explanations"]["identifier"]["detail"]
                .as_str()
                .is_some_and(|d| d.contains(&digits)),
            "{got}"
        );
    }
    // A crypto wallet's address finds the entry that holds it.
    let wallet = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|e| e["schema"] == "CryptoWallet")
        .expect("the SDN list names crypto wallets");
    let address = wallet["properties"]["publicKey"][0]
        .as_str()
        .expect("address");
    let holder = wallet["properties"]["holder"][0].as_str().expect("holder");
    let got = v
        .run(&["screen", "--identifier", address, "--json"])
        .ok()
        .json();
    assert_eq!(got["results"][0]["id"], holder, "{got}");
    assert_eq!(got["results"][0]["match"], true, "{got}");
    let batch = v.dir.path().join("ids.csv");
    std::fs::write(&batch, format!("name,identifier\n,{}\n", vessels[0].1)).expect("write");
    let rows = v.run(&["screen", "--batch", s(&batch)]).ok().stdout;
    assert!(rows.contains(&vessels[0].0), "{rows}");
    // Neither a name nor an identifier: an error saying both are missing.
    let err = v.run(&["screen", ""]).fails().stderr;
    assert!(err.contains("--identifier"), "{err}");
}
