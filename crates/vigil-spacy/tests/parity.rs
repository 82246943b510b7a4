//! The runtime against Python spaCy on the same texts (scripts/spacy-parity.py): tokens
//! at least 99.9 % identical, entities (span and label) at F1 0.995 or better, dependency
//! heads at least 99.5 % the same. Needs a
//! Python with spaCy and the pipeline (`VIGIL_SPACY_PYTHON`) and the pipeline directory
//! (`VIGIL_SPACY_MODEL`), which .ci/run sets up; skips with a note where they are absent.

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::PathBuf;
use std::process::Command;

fn reference() -> Option<(PathBuf, PathBuf)> {
    let python = std::env::var_os("VIGIL_SPACY_PYTHON").map(PathBuf::from)?;
    let model = std::env::var_os("VIGIL_SPACY_MODEL").map(PathBuf::from)?;
    (python.exists() && model.join("meta.json").exists()).then_some((python, model))
}

fn figure(output: &str, prefix: &str, after: &str) -> f64 {
    let line = output
        .lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{output}"));
    let rest = &line[line.find(after).expect("figure marker") + after.len()..];
    let number: String = rest
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    number.parse().expect("a number")
}

#[test]
fn tokens_and_entities_match_python_spacy() {
    let Some((python, model)) = reference() else {
        note!("note: VIGIL_SPACY_PYTHON / VIGIL_SPACY_MODEL not set; parity with Python spaCy not checked");
        return;
    };
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/spacy-parity.py");
    let out = Command::new(python)
        .arg(script)
        .arg(&model)
        .arg(env!("CARGO_BIN_EXE_spacy-ner"))
        .args(["--count", "600"])
        .output()
        .expect("running the parity script");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "parity script failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    note!("{stdout}");
    let tokens = figure(&stdout, "tokens identical:", "=");
    let f1 = figure(&stdout, "entities", "F1");
    assert!(tokens >= 99.9, "tokens identical {tokens}%");
    assert!(f1 >= 0.995, "entity F1 {f1}");
    let uas = figure(&stdout, "dependency heads", "=");
    assert!(uas >= 99.5, "UAS {uas}%");
}
