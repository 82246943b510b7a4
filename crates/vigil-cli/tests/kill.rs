//! Crash safety: a real `vigil load` killed with SIGKILL while it writes leaves the previous
//! version fully readable, and the store takes the next load normally.

#[macro_use]
mod util;

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use util::{s, Vigil};

/// A synthetic FtM file of `n` people, four statements each, distinct per `tag`.
fn people(path: &std::path::Path, n: usize, tag: &str) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    for i in 0..n {
        writeln!(
            f,
            r#"{{"id": "p{i}", "schema": "Person", "properties": {{"name": ["Person {i} {tag}"], "birthDate": ["19{:02}"], "nationality": ["xx"], "notes": ["{tag}"]}}}}"#,
            i % 100
        )
        .expect("write");
    }
}

/// Start loading `file`, wait until the store reports `fraction` of the statements written,
/// then SIGKILL the process. Returns whether the kill landed before the load finished.
fn kill_mid_write(v: &Vigil, file: &std::path::Path, fraction: f64) -> bool {
    let mut child = v
        .cmd()
        .args(["load", s(file), "--dataset", "crash"])
        .env("VIGIL_PROGRESS", "plain")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let stderr = child.stderr.take().expect("stderr");
    let mut killed_mid_write = false;
    for line in BufReader::new(stderr).lines() {
        let line = line.expect("line");
        let Some(rest) = line.strip_prefix("progress crash ") else {
            continue;
        };
        let (done, total) = rest.split_once('/').expect("done/total");
        let (done, total): (f64, f64) = (done.parse().expect("n"), total.parse().expect("n"));
        if done > 0.0 && done >= total * fraction && done < total {
            child.kill().expect("SIGKILL");
            killed_mid_write = true;
            break;
        }
    }
    let status = child.wait().expect("wait");
    if killed_mid_write {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "the process died of SIGKILL");
    }
    killed_mid_write
}

#[test]
fn kill_9_mid_load_leaves_the_previous_version_intact() {
    kill_9_mid_load(&Vigil::new());
}

/// The same on a PostgreSQL store: the load is one transaction there too.
#[test]
fn kill_9_mid_load_on_postgres_leaves_the_previous_version_intact() {
    if let Some(v) = Vigil::postgres() {
        kill_9_mid_load(&v);
    }
}

fn kill_9_mid_load(v: &Vigil) {
    let dir = v.dir.path();
    let small = dir.join("v1.ftm.json");
    let big = dir.join("v2.ftm.json");
    people(&small, 2_000, "first");
    people(&big, 50_000, "second");
    v.run(&["load", s(&small), "--dataset", "crash", "--version", "v1"])
        .ok();
    let before = v.datasets();
    let p7_before = v.run(&["show", "p7", "--json", "--history"]).ok().stdout;

    let mut landed = 0;
    for fraction in [0.05, 0.5, 0.95] {
        if kill_mid_write(v, &big, fraction) {
            landed += 1;
        }
        // The previous version, whole: same versions, same counts, same statements.
        assert_eq!(
            v.datasets(),
            before,
            "store changed by a killed load (at {fraction})"
        );
        assert_eq!(
            v.run(&["show", "p7", "--json", "--history"]).ok().stdout,
            p7_before
        );
        let missing = v.run(&["show", "p5000", "--json"]);
        assert!(
            !missing.out.status.success(),
            "no half-written entity from the killed load"
        );
    }
    assert_eq!(
        landed, 3,
        "every kill should land while statements were being written"
    );

    // The store is usable afterwards: the same load now completes.
    let done = v
        .run(&[
            "load",
            s(&big),
            "--dataset",
            "crash",
            "--version",
            "v2",
            "--json",
        ])
        .ok()
        .json();
    assert_eq!(done[0]["version"]["entities"], 50_000);
    assert_eq!(done[0]["version"]["seq"], 2);
}
