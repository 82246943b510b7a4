//! Every loader on a fixture we wrote, then on the real lists in `../shared/` where present.

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::{Path, PathBuf};

use vigil_ingest::{parse, plan, Format, IngestError, Parsed};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn load(path: &Path) -> Parsed {
    let sets = plan(&[path.to_path_buf()], None).expect("plan");
    assert_eq!(sets.len(), 1, "one source set for {}", path.display());
    parse(&sets[0], None).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
}

fn values(p: &Parsed, entity: &str, prop: &str) -> Vec<String> {
    p.statements
        .iter()
        .filter(|s| s.entity_id == entity && s.prop == prop)
        .map(|s| s.value.clone())
        .collect()
}

fn schema_of(p: &Parsed, entity: &str) -> String {
    p.statements
        .iter()
        .find(|s| s.entity_id == entity)
        .map(|s| s.schema.name().to_string())
        .unwrap_or_default()
}

/// (entity, property, expected values) rows, checked against one parsed file.
fn check(p: &Parsed, rows: &[(&str, &str, &[&str])]) {
    for (entity, prop, want) in rows {
        assert_eq!(
            values(p, entity, prop),
            *want,
            "{entity}.{prop} in {}",
            p.dataset
        );
    }
}

#[test]
fn eu_fsf_fixture() {
    let p = load(&fixture("eu-fsf-sample.xml"));
    assert_eq!(
        (p.format, p.dataset.as_str(), p.version.as_deref()),
        (Format::EuFsfXml, "eu_fsf", Some("2025-03-14"))
    );
    assert_eq!(p.records, 2);
    assert_eq!(schema_of(&p, "eu-fsf-9001"), "Person");
    assert_eq!(schema_of(&p, "eu-fsf-9002"), "Organization");
    check(
        &p,
        &[
            ("eu-fsf-9001", "name", &["Kaveh NOURBAKHSH-TEST"]),
            ("eu-fsf-9001", "alias", &["کاوه نوربخش"]),
            ("eu-fsf-9001", "weakAlias", &["Kaveh N."]),
            ("eu-fsf-9001", "birthDate", &["1968-03-02"]),
            ("eu-fsf-9001", "nationality", &["ir"]),
            ("eu-fsf-9001", "passportNumber", &["T00001234"]),
            ("eu-fsf-9001", "gender", &["male"]),
            ("eu-fsf-9001", "position", &["Director of procurement"]),
            ("eu-fsf-sanction-9001", "program", &["IRN"]),
            ("eu-fsf-sanction-9001", "listingDate", &["2023-07-20"]),
            ("eu-fsf-sanction-9001", "authorityId", &["EU.9001.01"]),
            (
                "eu-fsf-9002",
                "address",
                &["1 Sample Street, Tehran, IRAN (ISLAMIC REPUBLIC OF)"],
            ),
        ],
    );
}

#[test]
fn un_fixture() {
    let p = load(&fixture("un-sample.xml"));
    assert_eq!(
        (p.format, p.dataset.as_str(), p.version.as_deref()),
        (Format::UnXml, "un_sc_sanctions", Some("2025-01-31"))
    );
    check(
        &p,
        &[
            ("unsc-900001", "name", &["SAMPLE PERSON TESTOVICH"]),
            ("unsc-900001", "alias", &["سمپل پرسن", "Abu Sample"]),
            ("unsc-900001", "weakAlias", &["Sammy"]),
            ("unsc-900001", "birthDate", &["1970", "1971", "1972"]),
            ("unsc-900001", "passportNumber", &["P-0001"]),
            ("unsc-900001", "title", &["Sheikh"]),
            ("unsc-900001", "birthPlace", &["Sampletown, Testland"]),
            ("unsc-sanction-900001", "unscId", &["QDi.900"]),
            ("unsc-sanction-900001", "listingDate", &["2011-05-05"]),
            ("unsc-900002", "alias", &["The Samples"]),
        ],
    );
    assert_eq!(schema_of(&p, "unsc-900002"), "Organization");
}

#[test]
fn eu_oj_fixture() {
    let p = load(&fixture("eu-oj-sample.csv"));
    assert_eq!(p.dataset, "eu_oj_39999r0001");
    let org = p
        .statements
        .iter()
        .find(|s| s.value == "Sample Front Organisation")
        .map(|s| s.entity_id.clone())
        .expect("org without recordId still loads");
    assert!(org.starts_with("eu-oj-39999r0001-i-n"), "{org}");
    check(
        &p,
        &[
            (
                "eu-oj-39999r0001-i-1",
                "alias",
                &["Anna Example", "Ana Ekzampl"],
            ),
            ("eu-oj-39999r0001-i-1", "birthDate", &["1975-04-03"]),
            // imoNumber is no Person property: kept as a note naming the column, not dropped.
            (
                "eu-oj-39999r0001-i-1",
                "notes",
                &["imoNumber: IMO 1234567", "Synthetic row"],
            ),
            (
                "eu-oj-sanction-39999r0001-i-1",
                "startDate",
                &["2020-02-01"],
            ),
            (
                "eu-oj-sanction-39999r0001-i-1",
                "reason",
                &["Invented reason"],
            ),
        ],
    );
    check(
        &p,
        &[
            (org.as_str(), "weakAlias", &["SFO"]),
            (org.as_str(), "address", &["1 Test Road"]),
        ],
    );
}

#[test]
fn csl_fixture() {
    let p = load(&fixture("csl-sample.csv"));
    assert_eq!(p.dataset, "us_trade_csl");
    check(
        &p,
        &[
            // SDN rows share OFAC's id, so both datasets describe one entity.
            (
                "ofac-90001",
                "alias",
                &["EXAMPLE, Robert", "EXAMPLE, Bobby"],
            ),
            ("ofac-90001", "passportNumber", &["P998877"]),
            ("ofac-90001", "gender", &["male"]),
            ("ofac-90001", "birthDate", &["1970-01-02"]),
            ("us-csl-sanction-90001", "program", &["SDGT", "IRAN"]),
            ("us-csl-abc123", "name", &["Sample Electronics Co."]),
            ("us-csl-sanction-abc123", "startDate", &["2020-05-01"]),
        ],
    );
    assert_eq!(schema_of(&p, "us-csl-abc123"), "LegalEntity");
}

#[test]
fn ftm_fixture_keeps_unknown_properties_and_says_so() {
    let p = load(&fixture("ftm-sample.ftm.json"));
    assert_eq!(p.dataset, "ftm_ftm_sample");
    check(
        &p,
        &[
            ("t-person-1", "customTag", &["kept"]),
            ("t-own-1", "owner", &["t-person-1"]),
            ("t-own-1", "percentage", &["51"]),
        ],
    );
    assert!(
        p.warnings.iter().any(|w| w.contains("Person.customTag")),
        "{:?}",
        p.warnings
    );
}

#[test]
fn identical_content_same_hash_different_content_different_hash() {
    let a = load(&fixture("un-sample.xml"));
    let b = load(&fixture("un-sample.xml"));
    assert_eq!(a.content_hash, b.content_hash);
    let c = load(&fixture("eu-fsf-sample.xml"));
    assert_ne!(a.content_hash, c.content_hash);
}

// ---- bad input: each names the file, where, and what --------------------------------------

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

fn error_for(path: &Path, format: Option<Format>) -> String {
    let result =
        plan(&[path.to_path_buf()], format).and_then(|sets| parse(&sets[0], None).map(|_| ()));
    match result {
        Err(e) => e.to_string(),
        Ok(()) => panic!("{} should fail", path.display()),
    }
}

#[test]
fn bad_inputs_are_named_errors() {
    let dir = tempfile::tempdir().expect("tmp");
    let d = dir.path();
    let gz = {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(
            &mut enc,
            std::fs::read(fixture("un-sample.xml"))
                .expect("read")
                .as_slice(),
        )
        .expect("gz");
        let full = enc.finish().expect("gz");
        full[..full.len() / 2].to_vec()
    };
    let cases: Vec<(PathBuf, Option<Format>, &[&str])> = vec![
        (write(d, "empty.csv", b""), None, &["empty.csv", "empty"]),
        (write(d, "blank.xml", b"  \n\n"), Some(Format::UnXml), &["blank.xml", "empty"]),
        (write(d, "truncated.xml.gz", &gz), None, &["truncated.xml.gz", "gzip"]),
        (write(d, "cut.xml", b"<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><DATAID>1"), None, &["cut.xml:", "XML"]),
        (write(d, "latin1.csv", b"celex,recordId,schema,name\n39999R0001,1,Person,Jos\xe9\n"), None, &["latin1.csv:2", "UTF-8"]),
        (write(d, "utf16.json", b"\xff\xfe{\x00"), Some(Format::FtmJson), &["utf16.json", "UTF-16"]),
        (write(d, "mystery.bin", b"\x00\x01\x02 not a list"), None, &["mystery.bin", "unknown format"]),
        (write(d, "broken.ftm.json", b"{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {}}\n{\"id\": \"b\", \"schema\": \"Person\"\n"), None, &["broken.ftm.json:2", "JSON"]),
        (write(d, "badschema.ftm.json", b"{\"id\": \"a\", \"schema\": \"Dragon\", \"properties\": {}}\n"), None, &["badschema.ftm.json:1", "field schema", "Dragon"]),
        (write(d, "badvalue.ftm.json", b"{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": \"x\"}}\n"), None, &[":1", "field name", "array"]),
        (write(d, "ragged.csv", b"celex,recordId,schema,name\n39999R0001,1,Person,A\n39999R0001,2,Person\n"), None, &["ragged.csv:3", "CSV"]),
        (write(d, "noname.csv", b"celex,recordId,schema,name\n39999R0001,1,Person,\n"), None, &["noname.csv:2", "field name"]),
        (write(d, "markup.csv", b"celex,recordId,schema,name\n<b>x/../y</b>,1,Person,Anna\n"), None, &["markup.csv", "dataset name"]),
        (write(d, "fsf-noname.xml", b"<export><sanctionEntity logicalId=\"1\"><subjectType code=\"person\"/></sanctionEntity></export>"), None, &["fsf-noname.xml:1", "record 1", "nameAlias"]),
    ];
    for (path, format, needles) in cases {
        let msg = error_for(&path, format);
        for n in needles {
            assert!(
                msg.contains(n),
                "error for {} should mention {n:?}: {msg}",
                path.display()
            );
        }
    }
}

/// Element nesting tens of thousands deep (in a comment field, or as an export's whole body)
/// is refused by name and line instead of overflowing the stack, on a worker-sized stack.
#[test]
fn deeply_nested_xml_is_an_error_not_a_crash() {
    let dir = tempfile::tempdir().expect("tmp");
    let d = dir.path().to_path_buf();
    let un = std::fs::read_to_string(fixture("un-sample.xml")).expect("read");
    let deep = format!("{}x{}", "<b>".repeat(30_000), "</b>".repeat(30_000));
    let un_deep = un.replacen("Invented for tests.", &deep, 1);
    let fsf_deep = format!(
        "<export>\n{}{}</export>",
        "<sanctionEntity>".repeat(20_000),
        "</sanctionEntity>".repeat(20_000)
    );
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let un = error_for(&write(&d, "deep-un.xml", un_deep.as_bytes()), None);
            let fsf = error_for(
                &write(&d, "deep-fsf.xml", fsf_deep.as_bytes()),
                Some(Format::EuFsfXml),
            );
            (un, fsf)
        })
        .expect("thread");
    let (un, fsf) = worker.join().expect("no crash");
    assert!(
        un.contains("deep-un.xml:15") && un.contains("nested more than 256"),
        "{un}"
    );
    assert!(
        fsf.contains("deep-fsf.xml:2") && fsf.contains("nested more than 256"),
        "{fsf}"
    );
}

#[test]
fn ofac_companion_without_primary_is_refused() {
    let dir = tempfile::tempdir().expect("tmp");
    let alt = write(dir.path(), "alt.csv", b"1,1,\"aka\",\"X\",-0- \n");
    let err = plan(&[alt], None).expect_err("no primary");
    assert!(matches!(err, IngestError::Incomplete { .. }), "{err}");
    assert!(err.to_string().contains("primary"), "{err}");
}

// ---- real lists ------------------------------------------------------------------------------

fn shared(rel: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/watchlists")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        note!(
            "skipped: {} is absent (the shared data directory is not beside the repo)",
            p.display()
        );
        None
    }
}

fn entities_of_schema(p: &Parsed, schema: &str) -> usize {
    let mut ids: Vec<&str> = p
        .statements
        .iter()
        .filter(|s| s.schema.name() == schema)
        .map(|s| s.entity_id.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

#[test]
fn real_ofac_sdn_2024() {
    let Some(path) = shared("ofac/sdn-2024-05-03/sdn.csv") else {
        return;
    };
    let p = load(&path);
    assert_eq!(p.records, 14_965);
    let targets: usize = ["Person", "Organization", "Vessel", "Airplane"]
        .iter()
        .map(|s| entities_of_schema(&p, s))
        .sum();
    assert_eq!(targets, 14_965, "one entity per record");
    check(
        &p,
        &[
            ("ofac-12111", "alias", &["MOIS", "VEVAK"]),
            (
                "ofac-2686",
                "birthDate",
                &["1960-08-31", "1953-08-31", "1955-08-31", "1958-08-31"],
            ),
        ],
    );
    // Every `Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY` in the file becomes an edge.
    let text = std::fs::read_to_string(&path).expect("read");
    let in_file = text
        .matches("Linked To: IRANIAN MINISTRY OF INTELLIGENCE AND SECURITY")
        .count();
    let edges = p
        .statements
        .iter()
        .filter(|s| s.prop == "object" && s.value == "ofac-12111")
        .count();
    assert_eq!(edges, in_file);
    assert!(in_file >= 60);
}

#[test]
fn real_un_consolidated() {
    let Some(path) = shared("un/UN_consolidated-2026-02-27.xml") else {
        return;
    };
    let p = load(&path);
    assert_eq!(p.version.as_deref(), Some("2026-02-27"));
    assert_eq!(entities_of_schema(&p, "Person"), 730);
    assert_eq!(entities_of_schema(&p, "Organization"), 273);
}

#[test]
fn real_eu_terrorist_list_has_assadi_with_alias() {
    let Some(path) = shared("eu-oj/32001R2580.csv") else {
        return;
    };
    let p = load(&path);
    let id = p
        .statements
        .iter()
        .find(|s| s.prop == "name" && s.value == "ASSADI Assadollah")
        .map(|s| s.entity_id.clone())
        .expect("ASSADI Assadollah listed");
    check(
        &p,
        &[
            (id.as_str(), "alias", &["Assadollah Asadi"]),
            (id.as_str(), "birthDate", &["1971-12-22"]),
        ],
    );
}

#[test]
fn real_ofac_2021_set_joins_companions() {
    let Some(dir) = shared("ofac/watchman-bench-2021-07") else {
        return;
    };
    let sets = plan(&[dir], None).expect("plan");
    assert_eq!(sets.len(), 1, "four files, one set");
    assert_eq!(sets[0].files.len(), 4);
    let p = parse(&sets[0], None).expect("parse");
    assert_eq!(p.records, 8_976);
    // Entity 306 has its alias in alt.csv and its address in add.csv.
    check(
        &p,
        &[("ofac-306", "alias", &["BNC", "NATIONAL BANK OF CUBA"])],
    );
    assert!(!values(&p, "ofac-306", "address").is_empty());
}

#[test]
fn real_us_csl_gzip_read_directly() {
    let Some(path) = shared("us-csl/consolidated.csv.gz") else {
        return;
    };
    let p = load(&path);
    assert_eq!(p.records, 14_160);
}

/// Regression: EU OJ record numbers restart in each annex. The terrorist list's II.A
/// person 6 and II.B body 6 were one entity (a person named like a directorate).
#[test]
fn eu_oj_record_numbers_are_per_annex() {
    let text = "celex,recordId,annex,schema,name\n\
                39999R0002,6,II.A,Person,INVENTED Person\n\
                39999R0002,6,II.B,Organization,Invented Directorate\n";
    let p = vigil_ingest::parse_bytes(
        vigil_ingest::Format::EuOjCsv,
        "39999R0002.csv",
        text.as_bytes().to_vec(),
        None,
    )
    .expect("parse");
    let mut names: Vec<(String, String)> = p
        .statements
        .iter()
        .filter(|s| s.prop == "name")
        .map(|s| (s.entity_id.clone(), s.value.clone()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            (
                "eu-oj-39999r0002-ii-a-6".to_string(),
                "INVENTED Person".to_string()
            ),
            (
                "eu-oj-39999r0002-ii-b-6".to_string(),
                "Invented Directorate".to_string()
            ),
        ]
    );
}
