//! The network: `vigil links`, `path`, `exposure`, `timeline`, the graph exports and the
//! exposure column of batch screening, on vigil's synthetic reports and (where present) the
//! shared OFAC SDN file and corpus.

mod util;

use util::{corpus, repo, shared, Vigil};

#[test]
fn links_paths_timeline_and_exports_over_report_claims() {
    let v = Vigil::new();
    let dir = repo("eval/reports/synthetic").display().to_string();
    v.run(&["ingest", &dir]).ok();

    // A name resolves through screening, and the answer says so.
    let l = v
        .run(&["links", "Kareem Zandawi", "--hops", "1", "--json"])
        .ok()
        .json();
    assert_eq!(l["entity"]["id"], "rep-person-karim-zandavi");
    assert!(l["entity"]["how"]
        .as_str()
        .unwrap()
        .contains("name matched"));
    let edges = l["edges"].as_array().expect("edges");
    let employment = edges
        .iter()
        .find(|e| e["relation"] == "Employment" && e["role"] == "head")
        .expect("head of the MSS");
    let ev = &employment["evidence"][0];
    assert_eq!(ev["source"], "report");
    assert_eq!(ev["file"], "s2-milan-charges.txt");
    assert!(ev["sentence"]
        .as_str()
        .unwrap()
        .contains("head of the Ministry"));

    // Filters: no list edges here; relations by role or schema.
    let lists = v
        .run(&[
            "links",
            "rep-person-karim-zandavi",
            "--source",
            "list",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(lists["edges"].as_array().unwrap().len(), 0);
    let cut = v
        .run(&[
            "links",
            "rep-person-karim-zandavi",
            "--limit",
            "1",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(cut["cut"][0]["followed"], 1, "a cut is reported: {cut}");

    // Paths: Tomas Beck is Mira Varga's lawyer (s3), Mira and Olek Varga a couple (s1).
    let p = v
        .run(&["path", "Tomas Beck", "Olek Varga", "--json"])
        .ok()
        .json();
    let paths = p["paths"].as_array().expect("paths");
    assert!(!paths.is_empty(), "{p}");
    let first = paths[0].as_array().unwrap();
    assert_eq!(first.len(), 2, "{p}");
    assert_eq!(first[0]["role"], "lawyer");
    assert_eq!(first[1]["relation"], "Family");
    assert!(first
        .iter()
        .all(|e| !e["evidence"].as_array().unwrap().is_empty()));

    // Timeline: the arrest in Rome, and filters by kind and date.
    let t = v
        .run(&["timeline", "--kind", "designation,arrest", "--json"])
        .ok()
        .json();
    assert!(t["entries"].as_array().is_some());
    assert!(v
        .run(&["timeline", "--from", "someday"])
        .fails()
        .stderr
        .contains("not a date"));

    // Exports: Cytoscape JSON parses; GraphML names its nodes and edges.
    let cy = v
        .run(&[
            "export",
            "--format",
            "cytoscape",
            "--entity",
            "rep-person-karim-zandavi",
            "--hops",
            "1",
        ])
        .ok()
        .json();
    let elements = cy["elements"].as_array().expect("elements");
    assert!(elements.iter().any(|e| e["group"] == "edges"));
    let gml = v.run(&["export", "--format", "graphml"]).ok().stdout;
    assert!(
        gml.contains("<graphml")
            && gml.contains("rep-person-karim-zandavi")
            && gml.trim_end().ends_with("</graphml>")
    );
    assert!(v
        .run(&["links", "rep-person-karim-zandavi", "--hops", "9"])
        .fails()
        .stderr
        .contains("--hops"));
    assert!(v
        .run(&["links", "Nobody Atall Known"])
        .fails()
        .stderr
        .contains("matches no entity"));
}

/// The must-show of the network issue on the shared data: every SDN entry whose remarks say
/// `Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY` is one hop from it, each with its
/// evidence; after ingesting the corpus, a path from Assadolah Assadi to the ministry with the
/// sentences; the 2018 plot on the timeline; the exposure column of batch screening.
#[test]
fn real_sdn_links_and_the_corpus_path_to_the_ministry() {
    let Some(sdn) = shared("ofac/sdn-2024-05-03/sdn.csv") else {
        return;
    };
    let v = Vigil::new();
    v.run(&["load", sdn.to_str().unwrap(), "--version", "2024-05-03"])
        .ok();
    let source = std::fs::read_to_string(&sdn).expect("read sdn.csv");
    let expected = source
        .lines()
        .filter(|l| l.contains("Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"))
        .count();
    assert!(expected > 50);
    let l = v
        .run(&[
            "links",
            "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY",
            "--hops",
            "1",
            "--relation",
            "UnknownLink",
            "--json",
        ])
        .ok()
        .json();
    let edges = l["edges"].as_array().expect("edges");
    let linked: Vec<&serde_json::Value> = edges
        .iter()
        .filter(|e| e["to"] == l["entity"]["id"])
        .collect();
    assert_eq!(linked.len(), expected, "one edge per `Linked To:` row");
    for e in &linked {
        assert_eq!(e["evidence"][0]["dataset"], "us_ofac_sdn");
        assert_eq!(e["evidence"][0]["version"], "2024-05-03");
    }
    let Some(corpus) = corpus() else {
        return;
    };
    v.run(&["ingest", corpus.to_str().unwrap()]).ok();
    let p = v
        .run(&[
            "path",
            "Assadolah Assadi",
            "IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY",
            "--json",
        ])
        .ok()
        .json();
    let paths = p["paths"].as_array().expect("paths");
    assert!(!paths.is_empty(), "{p}");
    let sentences: Vec<&str> = paths
        .iter()
        .flat_map(|p| p.as_array().unwrap())
        .flat_map(|e| e["evidence"].as_array().unwrap())
        .filter_map(|ev| ev["sentence"].as_str())
        .collect();
    assert!(sentences
        .iter()
        .any(|s| s.contains("Ministry of Intelligence and Security")));
    let t = v.run(&["timeline", "--kind", "plot", "--json"]).ok().json();
    let plot = t["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "2018")
        .expect("the 2018 plot");
    assert_eq!(plot["place"], "Villepinte");
    assert_eq!(plot["precision"], "year");

    // Exposure in words: the listed entities grouped by the first step of their path (one
    // ministry, 60-odd spokes), not one block a spoke repeating that step.
    let exposed = v
        .run(&["exposure", "Hojjat Gholizadeh", "--hops", "2"])
        .ok()
        .stdout;
    assert!(exposed.lines().count() < 30, "{exposed}");
    assert!(
        exposed.contains("through GHOLIZADEH, Hojjat —UnknownLink→ IRANIAN MINISTRY"),
        "{exposed}"
    );
    assert!(exposed.contains("more (--show"), "{exposed}");
    let csv = v.dir.path().join("names.csv");
    std::fs::write(&csv, "name\nHojjat Gholizadeh\n").expect("write");
    let out = v
        .run(&[
            "screen",
            "--batch",
            csv.to_str().unwrap(),
            "--exposure-hops",
            "1",
        ])
        .ok()
        .stdout;
    assert!(out
        .lines()
        .next()
        .unwrap()
        .ends_with("exposure_count,exposure"));
    assert!(
        out.contains("IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY"),
        "{out}"
    );
}
