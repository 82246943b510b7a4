//! `vigil ingest`: news pages (text or HTML) into the store as documents, each page once.
//! A bad file gets its own error; the others are still ingested, in one transaction.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Serialize;
use sha2::{Digest, Sha256};
use vigil_extract::{clean, document_id, document_statements, sentences, DocumentMeta};
use vigil_store::{LoadMode, SourceFile, Store, VersionRequest};

/// Pages larger than this are not news pages.
const MAX_PAGE: u64 = 50 << 20;

#[derive(clap::Args)]
pub struct IngestArgs {
    /// Report files or directories (plain text or HTML).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The outlet, when the pages do not name it themselves.
    #[arg(long)]
    pub source: Option<String>,
    /// Publication date of the pages (YYYY-MM-DD).
    #[arg(long)]
    pub published: Option<String>,
    /// The dataset the documents go into.
    #[arg(long, default_value = "reports")]
    pub dataset: String,
}

#[derive(Serialize)]
struct FileOutcome {
    file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    chars: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dropped_blocks: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Read one page as UTF-8 text, or say why it is not one.
fn read_page(path: &Path) -> std::result::Result<(String, String), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read: {e}"))?;
    if meta.len() > MAX_PAGE {
        return Err(format!(
            "{} MiB: larger than {} MiB, not a news page",
            meta.len() >> 20,
            MAX_PAGE >> 20
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("empty page".into());
    }
    if let Some(at) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(format!("binary file (NUL byte at offset {at}), not a page"));
    }
    let hash: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, hash)),
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count();
            Err(format!(
                "not UTF-8 (invalid byte 0x{:02x} on line {line}); convert the page to UTF-8 first",
                e.as_bytes()[pos]
            ))
        }
    }
}

fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            entries.sort();
            files.extend(entries);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            bail!("{}: no such file or directory", p.display());
        }
    }
    Ok(files)
}

pub fn run(store: &dyn Store, args: &IngestArgs, json: bool) -> Result<()> {
    let published = match &args.published {
        Some(d) => Some(
            vigil_model::dates::parse_single(d)
                .with_context(|| format!("--published: not a date: {d:?}"))?,
        ),
        None => None,
    };
    let files = expand(&args.paths)?;
    let mut outcomes = Vec::with_capacity(files.len());
    let mut statements = Vec::new();
    let mut sources = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for path in &files {
        let file = path.display().to_string();
        let fail = |error: String| FileOutcome {
            file: file.clone(),
            document: None,
            chars: None,
            sentences: None,
            dropped_blocks: None,
            source: None,
            error: Some(error),
        };
        let (raw, hash) = match read_page(path) {
            Ok(x) => x,
            Err(e) => {
                outcomes.push(fail(e));
                continue;
            }
        };
        let doc = clean(&raw);
        if doc.text.trim().is_empty() {
            outcomes.push(fail(format!(
                "no report text found ({} blocks left out as page chrome)",
                doc.dropped.len()
            )));
            continue;
        }
        let id = document_id(&hash);
        if let Some((_, first)) = seen.iter().find(|(h, _)| *h == hash) {
            outcomes.push(fail(format!("same content as {first}; ingested once")));
            continue;
        }
        seen.push((hash.clone(), file.clone()));
        let meta = DocumentMeta {
            file_name: path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("?")
                .to_string(),
            content_hash: hash.clone(),
            source: args.source.clone(),
            published: published.clone(),
        };
        statements.extend(document_statements(&doc, &meta, &args.dataset));
        sources.push(SourceFile {
            path: file.clone(),
            sha256: hash,
            bytes: raw.len() as u64,
        });
        outcomes.push(FileOutcome {
            file,
            document: Some(id),
            chars: Some(doc.text.len()),
            sentences: Some(sentences(&doc.text).len()),
            dropped_blocks: Some(doc.dropped.len()),
            source: args.source.clone().or(doc.source.clone()),
            error: None,
        });
    }
    let mut unchanged = false;
    if !statements.is_empty() {
        let mut hashes: Vec<&str> = sources.iter().map(|s| s.sha256.as_str()).collect();
        hashes.sort_unstable();
        let content_hash: String = Sha256::digest(hashes.join(",").as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let req = VersionRequest {
            dataset: args.dataset.clone(),
            version: crate::load::now_rfc3339().chars().take(10).collect(),
            format: "report".into(),
            files: sources,
            content_hash,
            loaded_at: crate::load::now_rfc3339(),
            mode: LoadMode::Append,
        };
        let out = store
            .load_version(&req, statements, &mut |_, _| {})
            .context("writing the documents (nothing of this ingest was kept)")?;
        unchanged = out.unchanged;
    }
    let failed = outcomes.iter().filter(|o| o.error.is_some()).count();
    if json {
        crate::print_json(
            &serde_json::json!({ "dataset": args.dataset, "unchanged": unchanged, "files": outcomes }),
        )?;
    } else {
        for o in &outcomes {
            match (&o.document, &o.error) {
                (Some(d), _) => println!(
                    "{}  {d}  {} chars, {} sentences, {} blocks of page chrome left out{}",
                    o.file,
                    o.chars.unwrap_or(0),
                    o.sentences.unwrap_or(0),
                    o.dropped_blocks.unwrap_or(0),
                    o.source
                        .as_deref()
                        .map(|s| format!(", source {s}"))
                        .unwrap_or_default()
                ),
                (None, Some(e)) => eprintln!("{}: {e}", o.file),
                _ => {}
            }
        }
        if unchanged {
            println!("every document was ingested before: nothing written");
        }
    }
    if failed > 0 {
        bail!(
            "{failed} of {} files could not be ingested (the others were)",
            outcomes.len()
        );
    }
    Ok(())
}
