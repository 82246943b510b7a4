//! The README, run (issue 17, item 10): every `sh` block of README.md, in order, as written, on
//! a fresh default store, with `vigil` the binary under test; any command failing fails the
//! test with its block and output. Two adaptations, both visible here: the opening block's
//! `cargo run --release --` is this build's `vigil` and its `cargo test` is what is running;
//! a line marked `# online` (it needs the publishers' sites or the package registry) is said
//! and skipped; a block starting `# needs PostgreSQL` is skipped, said, where no PostgreSQL server
//! can be made. Skipped, with a note, where ../shared is absent (the README reads it).

#[macro_use]
mod util;

use std::path::Path;
use std::process::Command;

/// The `sh` blocks of a Markdown text, each with the line it starts on.
fn sh_blocks(markdown: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (n, line) in markdown.lines().enumerate() {
        match (&mut current, line.trim_start()) {
            (None, l) if l.starts_with("```sh") => current = Some((n + 1, String::new())),
            (Some(_), l) if l.starts_with("```") => blocks.extend(current.take()),
            (Some((_, text)), _) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

/// The block as the test runs it (see the module's comment for the two adaptations).
fn runnable(block: &str, skipped: &mut Vec<String>) -> String {
    let mut out = String::new();
    for line in block.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("cargo test") {
            continue;
        }
        if line.contains("# online") {
            skipped.push(line.trim().to_string());
            continue;
        }
        out.push_str(&line.replace("cargo run --release -- ", "vigil "));
        out.push('\n');
    }
    out
}

#[test]
fn every_readme_block_runs_as_written() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let shared = repo.join("../shared");
    if !shared.join("corpus").exists() {
        note!(
            "skipped: {} is absent; the README reads it",
            shared.display()
        );
        return;
    }
    let readme = std::fs::read_to_string(repo.join("README.md")).expect("README.md");
    let blocks = sh_blocks(&readme);
    assert!(blocks.len() >= 6, "the README's command blocks");
    // A fresh machine: its own home (so its own default store), `../shared` beside the working
    // folder as beside the repository, the scripts and evaluation files the README names.
    let tmp = tempfile::tempdir().expect("tmp");
    let (work, home, bin) = (
        tmp.path().join("work"),
        tmp.path().join("home"),
        tmp.path().join("bin"),
    );
    for d in [&work, &home, &bin] {
        std::fs::create_dir_all(d).expect("mkdir");
    }
    let link = |from: &Path, to: &Path| std::os::unix::fs::symlink(from, to).expect("symlink");
    link(
        &shared.canonicalize().expect("shared"),
        &tmp.path().join("shared"),
    );
    link(
        &repo.join("scripts").canonicalize().expect("scripts"),
        &work.join("scripts"),
    );
    link(
        &repo.join("eval").canonicalize().expect("eval"),
        &work.join("eval"),
    );
    link(Path::new(env!("CARGO_BIN_EXE_vigil")), &bin.join("vigil"));
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut skipped = Vec::new();
    // A block that says it needs PostgreSQL runs where a server can be made (CI installs it).
    let postgres = std::fs::read_dir("/usr/lib/postgresql").is_ok_and(|versions| {
        versions
            .flatten()
            .any(|v| v.path().join("bin/initdb").exists())
    });
    for (line, block) in &blocks {
        if block.trim_start().starts_with("# needs PostgreSQL") && !postgres {
            skipped.push(format!("the block at line {line} (no PostgreSQL here)"));
            continue;
        }
        let script = format!(
            "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n{}",
            runnable(block, &mut skipped)
        );
        let out = Command::new("bash")
            .arg("-c")
            .arg(&script)
            .current_dir(&work)
            .env("PATH", &path)
            .env("HOME", &home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("VIGIL_PROGRESS", "plain")
            .env_remove("VIGIL_DB")
            .env_remove("VIGIL_STORE")
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "README.md block at line {line} failed ({}):\n{script}\n--- stdout\n{}\n--- stderr\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if !skipped.is_empty() {
        note!(
            "README lines not run here (online, or no PostgreSQL): {}",
            skipped.join(" | ")
        );
    }
}
