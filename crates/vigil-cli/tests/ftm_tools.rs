//! FollowTheMoney's own tools read vigil's exports (issue 16): every shared list plus the
//! corpus, exported as FtM JSON lines and as FtM's statements CSV, checked with the
//! `followthemoney` package (`ftm validate`, `ftm aggregate-statements`, and
//! scripts/ftm-check.py with FtM's model and types). Skips with a note where the package
//! (`VIGIL_FTM_PYTHON`, set by .ci/run) or the shared data is absent.

#[macro_use]
mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use util::{corpus, s, shared, Vigil};

fn ftm_python() -> Option<PathBuf> {
    let Some(python) = std::env::var_os("VIGIL_FTM_PYTHON").map(PathBuf::from) else {
        note!("skipped: VIGIL_FTM_PYTHON (a Python with followthemoney) is not set");
        return None;
    };
    Some(python)
}

fn run(program: &Path, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().expect("spawn");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} {args:?} failed:\n{stdout}\n{}",
        program.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

#[test]
fn ftm_s_own_tools_accept_every_export() {
    let Some(python) = ftm_python() else { return };
    let Some(lists) = shared("") else { return };
    let ftm = python.with_file_name("ftm");
    let v = Vigil::new();
    let list_paths = [
        "ofac/sdn-2024-05-03/sdn.csv",
        "ofac/non-sdn-cons",
        "un",
        "eu-oj",
        "us-csl",
        "ftm",
    ]
    .map(|p| lists.join(p).display().to_string());
    let mut args = vec!["load", "--version", "2024-05-03"];
    args.extend(list_paths.iter().map(String::as_str));
    v.run(&args).ok();
    if let Some(c) = corpus() {
        v.run(&["ingest", s(&c)]).ok();
    }
    let dir = v.dir.path();
    let (json, csv) = (dir.join("all.json"), dir.join("statements.csv"));
    let (validated, aggregated) = (dir.join("validated.json"), dir.join("aggregated.json"));
    v.run(&["export", "-o", s(&json)]).ok();
    v.run(&["export", "--format", "statements", "-o", s(&csv)])
        .ok();
    run(&ftm, &["validate", "-i", s(&json), "-o", s(&validated)]);
    run(
        &ftm,
        &[
            "aggregate-statements",
            "-i",
            s(&csv),
            "-f",
            "csv",
            "-o",
            s(&aggregated),
        ],
    );
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/ftm-check.py");
    let report = run(
        &python,
        &[
            s(&script),
            s(&json),
            s(&validated),
            "--statements",
            s(&csv),
            s(&aggregated),
        ],
    );
    // The script exits non-zero on any failure; the figures say what passed.
    for line in [
        "entities failing a check: 0 ",
        "failing dataset_name_check: 0",
        "property values stripped by ftm validate: 0",
    ] {
        assert!(report.contains(line), "{line:?} not in:\n{report}");
    }
    let entities: usize = report
        .lines()
        .find_map(|l| l.strip_prefix("entities: "))
        .and_then(|n| n.trim().parse().ok())
        .expect("entity count");
    assert!(entities > 70_000, "every shared list: {report}");
}
