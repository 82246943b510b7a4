//! News pages (text or HTML) into the store as documents, each page once: cleaned, read for
//! mentions and claims, linked, and written in one transaction. A bad file gets its own error
//! and the others are still ingested.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use vigil_extract::{
    dates, document_id, document_statements, extract_claims_with, extract_mentions_from_page,
    quantities, DocumentMeta, MentionKind, Proposal,
};
use vigil_link::{gazetteer_from_index, report_statements, Linker, ReportMeta};
use vigil_store::{LoadMode, SourceFile, VersionRequest};

use crate::{now_rfc3339, Engine, EngineError, Result, ResultExt};

/// Pages larger than this are not news pages.
const MAX_PAGE: u64 = 50 << 20;

/// What to ingest and how to label it.
#[derive(Debug, Clone)]
pub struct PageArgs {
    /// Report files or directories (plain text or HTML).
    pub paths: Vec<PathBuf>,
    /// The outlet, when the pages do not name it themselves.
    pub source: Option<String>,
    /// Publication date of the pages.
    pub published: Option<String>,
    /// The dataset the documents go into.
    pub dataset: String,
    /// Pages fetched from a feed, by the file they were saved to: where they came from, with
    /// the feed's title and date for them.
    pub items: std::collections::HashMap<PathBuf, ItemMeta>,
}

/// A feed item's page: its URL (the document's `sourceUrl` and the name it goes by), the
/// title and publication date the feed gives.
#[derive(Debug, Clone, Default)]
pub struct ItemMeta {
    pub url: String,
    pub title: Option<String>,
    pub published: Option<String>,
}

/// What became of one page.
#[derive(Debug, Serialize)]
pub struct FileOutcome {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chars: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped_blocks: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Names mentioned (what the report page marks).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mentions: Option<usize>,
    /// Dates and quantities read (not names; counted apart).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dates_and_quantities: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entities: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_to_lists: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Pages read in parallel per chunk.
const CHUNK: usize = 256;

/// A page read, cleaned and read for mentions and claims.
struct Prepared {
    hash: String,
    bytes: u64,
    doc: vigil_extract::CleanDoc,
    ex: vigil_extract::Extraction,
    claims: Vec<vigil_extract::Claim>,
    /// Dates and quantities found (not stored; counted).
    other_mentions: usize,
    /// What the page was read with, to read it again without the model's cost.
    proposals: Vec<Proposal>,
    published: Option<String>,
    publisher: Option<String>,
}

fn prepare(
    path: &Path,
    gazetteer: &vigil_extract::Gazetteer,
    published: Option<&str>,
    publisher: Option<&str>,
    model: Option<&vigil_spacy::Pipeline>,
) -> std::result::Result<Prepared, String> {
    let (bytes, hash) = read_page(path)?;
    let doc = vigil_extract::clean_page_checked(&bytes)?;
    if doc.text.trim().is_empty() {
        // Code and data files (many lines, no paragraph the cleaner keeps): what they are is
        // the better answer than what was left out. A page of a few chrome lines is chrome.
        let raw = String::from_utf8_lossy(&bytes);
        if doc.dropped.len() >= 20 && !vigil_extract::looks_like_html(&raw) {
            if let Some(why) = vigil_extract::not_prose(&raw) {
                return Err(format!("not a news report ({why})"));
            }
        }
        return Err(format!(
            "no report text found ({} blocks left out as page chrome)",
            doc.dropped.len()
        ));
    }
    if let Some(why) = vigil_extract::not_prose(&doc.text) {
        return Err(format!("not a news report ({why})"));
    }
    let publisher = publisher.or(doc.source.as_deref()).map(str::to_string);
    let proposals = propose(&doc.text, model);
    let (ex, claims, other_mentions) = read_with_proposals(
        &doc.text,
        gazetteer,
        published,
        publisher.as_deref(),
        &proposals,
        model,
    );
    Ok(Prepared {
        hash,
        bytes: bytes.len() as u64,
        other_mentions,
        doc,
        ex,
        claims,
        proposals,
        published: published.map(str::to_string),
        publisher,
    })
}

/// Pages read in parallel know nothing of each other: a name one page of the chunk gives
/// (two words or more, a person or a body) that another page writes where it found no
/// mention is put in the gazetteer and that page is read again, with the model's proposals
/// it already has. So a body one report names with a cue and another without ("the Mocro
/// Maffia") is found in both, and a name one page's model read as a body and another's as a
/// person gets one kind, as a later chunk or `vigil relink` would read it.
fn read_batch_names_again(
    prepared: Vec<std::result::Result<Prepared, String>>,
    gazetteer: &mut vigil_extract::Gazetteer,
    model: Option<&vigil_spacy::Pipeline>,
) -> Vec<std::result::Result<Prepared, String>> {
    // (form, kind, page) of every name of two words or more the chunk's pages give.
    let mut names: Vec<(String, MentionKind, usize)> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (i, p) in prepared.iter().enumerate() {
        let Ok(p) = p else { continue };
        for e in p.ex.entities.iter().filter(|e| e.kind.is_party()) {
            for f in &e.forms {
                // Two words or more, or three joined by hyphens ("Thieves-in-Law").
                let long = f.split_whitespace().count() >= 2 || f.split('-').count() >= 3;
                if !long {
                    continue;
                }
                // A name a caption or a list writes in capitals ("JANE ROE") is the one
                // another page writes in small letters.
                for form in std::iter::once(f.clone()).chain(title_cased(f)) {
                    if seen.insert(form.clone()) {
                        names.push((form, e.kind, i));
                    }
                }
            }
        }
    }
    if names.is_empty() {
        return prepared;
    }
    // One automaton for the chunk's names: each page is scanned once, whatever their number.
    let Ok(finder) = aho_corasick::AhoCorasick::new(names.iter().map(|(f, _, _)| f.as_str()))
    else {
        return prepared;
    };
    let unread = |i: usize, p: &Prepared| {
        let text = &p.doc.text;
        // The page's mentions by where they start, and the longest's length: the mentions
        // holding a position are found by a search, not a scan of a page of thousands.
        let mut by_start: Vec<&vigil_extract::Mention> = p.ex.mentions.iter().collect();
        by_start.sort_by_key(|m| m.start);
        let longest = by_start.iter().map(|m| m.end - m.start).max().unwrap_or(0);
        let holding = |at: usize| {
            let upto = by_start.partition_point(|m| m.start <= at);
            by_start[..upto]
                .iter()
                .rev()
                .take_while(move |m| m.start + longest > at)
                .filter(move |m| at < m.end)
        };
        finder.find_overlapping_iter(text).any(|m| {
            let (at, end) = (m.start(), m.end());
            let whole = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !text[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            let (_, kind, from) = &names[m.pattern().as_usize()];
            // Not found there, or found only by the model and as another kind.
            let read_there = holding(at).any(|m| m.kind == *kind || !m.rule.starts_with("model"));
            *from != i && whole && !read_there
        })
    };
    let again: Vec<usize> = prepared
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.as_ref().ok().filter(|p| unread(i, p)).map(|_| i))
        .collect();
    if again.is_empty() {
        return prepared;
    }
    for (form, kind, _) in &names {
        gazetteer.add_name(form, *kind);
    }
    let gazetteer = &*gazetteer;
    prepared
        .into_par_iter()
        .enumerate()
        .map(|(i, p)| {
            let mut p = p?;
            if again.contains(&i) {
                let (ex, claims, other) = survived(|| {
                    read_with_proposals(
                        &p.doc.text,
                        gazetteer,
                        p.published.as_deref(),
                        p.publisher.as_deref(),
                        &p.proposals,
                        model,
                    )
                })?;
                (p.ex, p.claims, p.other_mentions) = (ex, claims, other);
            }
            Ok(p)
        })
        .collect()
}

/// What `read` returns, or where reading a page hit a bug in vigil (a panic), an error
/// saying so: that page fails with it and the batch's other pages are still ingested, instead
/// of the whole batch being lost to one page.
fn survived<T>(read: impl FnOnce() -> T) -> std::result::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        format!(
            "vigil failed while reading this page ({what}); the page is not ingested. This is \
             a bug in vigil: please report it with the page"
        )
    })
}

/// A name written in capitals ("RAFAT ROE", "ROE-DOE") as small letters write it ("Rafat
/// Roe", "Roe-Doe"); none for a name with small letters already, or one word alone (an
/// acronym).
fn title_cased(form: &str) -> Option<String> {
    if form.chars().any(char::is_lowercase)
        || !form.chars().any(char::is_alphabetic)
        || form.split_whitespace().count() < 2
    {
        return None;
    }
    let mut out = String::with_capacity(form.len());
    let mut at_start = true;
    for c in form.chars() {
        if at_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        at_start = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    Some(out)
}

/// New report entities' names and acronyms go into the gazetteer, so later documents of the
/// batch find them as names.
fn learn_new_names(
    gazetteer: &mut vigil_extract::Gazetteer,
    ex: &vigil_extract::Extraction,
    links: &[Option<vigil_link::Link>],
) {
    for (e, l) in ex.entities.iter().zip(links) {
        if let Some(l) = l.as_ref().filter(|l| l.created && e.kind.is_party()) {
            gazetteer.add_name(&l.matched, e.kind);
            for a in &e.acronyms {
                gazetteer.add_acronym(a, e.kind);
            }
        }
    }
}

/// Mentions (with the model's proposals where a model is set), claims, and the number of
/// dates and quantities of a clean text.
fn read_text(
    text: &str,
    gazetteer: &vigil_extract::Gazetteer,
    published: Option<&str>,
    publisher: Option<&str>,
    model: Option<&vigil_spacy::Pipeline>,
) -> (vigil_extract::Extraction, Vec<vigil_extract::Claim>, usize) {
    let proposals = propose(text, model);
    read_with_proposals(text, gazetteer, published, publisher, &proposals, model)
}

/// The spans the model proposes for a text (none without a model).
fn propose(text: &str, model: Option<&vigil_spacy::Pipeline>) -> Vec<Proposal> {
    match model {
        Some(model) => {
            // Entities only: the parse is not used by reading yet, and would double the cost.
            let analysis = model.analyse_entities(text);
            analysis
                .entities
                .iter()
                .map(|e| {
                    let (start, end) = analysis.byte_range(e);
                    Proposal {
                        start,
                        end,
                        label: e.label.clone(),
                    }
                })
                .collect()
        }
        None => Vec::new(),
    }
}

/// [`read_text`] with the model's proposals already made.
fn read_with_proposals(
    text: &str,
    gazetteer: &vigil_extract::Gazetteer,
    published: Option<&str>,
    publisher: Option<&str>,
    proposals: &[Proposal],
    model: Option<&vigil_spacy::Pipeline>,
) -> (vigil_extract::Extraction, Vec<vigil_extract::Claim>, usize) {
    let ex = extract_mentions_from_page(text, gazetteer, proposals, publisher);
    let date_mentions = dates(text, published);
    let amounts = quantities(text);
    let parses = model
        .map(|m| parse_claim_sentences(m, text, &ex))
        .unwrap_or_default();
    let claims = extract_claims_with(text, &ex, &date_mentions, &parses);
    let other = date_mentions.len() + amounts.len();
    (ex, claims, other)
}

/// The dependency parse of the sentences a claim could be read from: those with a trigger
/// word that name a party, each parsed alone, so reading pays for the parser only there.
fn parse_claim_sentences(
    model: &vigil_spacy::Pipeline,
    text: &str,
    ex: &vigil_extract::Extraction,
) -> Vec<vigil_extract::ParsedSentence> {
    if !model.parses() {
        return Vec::new();
    }
    let mut names_a_party = vec![false; ex.sentences.len()];
    for m in ex.mentions.iter().filter(|m| m.kind.is_party()) {
        if let Some(flag) = names_a_party.get_mut(m.sentence) {
            *flag = true;
        }
    }
    // A dateline opening the sentence is left out: the parser reads it as a subject.
    let picked: Vec<(usize, vigil_extract::Span)> = ex
        .sentences
        .iter()
        .enumerate()
        .filter(|(i, _)| names_a_party[*i])
        .filter_map(|(i, s)| {
            let sentence = text.get(s.start..s.end)?;
            vigil_extract::wants_parse(sentence).then(|| {
                let start = s.start + vigil_extract::after_dateline(sentence);
                (i, vigil_extract::Span { start, end: s.end })
            })
        })
        .collect();
    let texts: Vec<&str> = picked
        .iter()
        .map(|(_, s)| text.get(s.start..s.end).unwrap_or(""))
        .collect();
    model
        .parse_many(&texts)
        .into_iter()
        .zip(&picked)
        .filter_map(|((tokens, parse), (i, span))| {
            let parse = parse?;
            Some(vigil_extract::ParsedSentence {
                sentence: *i,
                tokens: tokens
                    .iter()
                    .map(|t| (span.start + t.start, span.start + t.end))
                    .collect(),
                heads: parse.heads,
                labels: parse.labels,
            })
        })
        .collect()
}

impl FileOutcome {
    fn failed(file: &str, error: String) -> FileOutcome {
        FileOutcome {
            file: file.to_string(),
            document: None,
            chars: None,
            sentences: None,
            dropped_blocks: None,
            source: None,
            mentions: None,
            dates_and_quantities: None,
            entities: None,
            linked_to_lists: None,
            claims: None,
            error: Some(error),
        }
    }
}

/// Read one page's bytes and their hash, or say why it is not a page (too large, empty,
/// binary); which charset the bytes are in is the cleaner's to find.
fn read_page(path: &Path) -> std::result::Result<(Vec<u8>, String), String> {
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
    // UTF-16 text is half NUL bytes; its byte-order mark says it is text. A PDF or an office
    // document is binary, and read for its text (or refused saying what it is).
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    if let Some(at) = bytes
        .iter()
        .take(8192)
        .position(|&b| b == 0)
        .filter(|_| !utf16 && !vigil_extract::reads_binary(&bytes))
    {
        return Err(format!("binary file (NUL byte at offset {at}), not a page"));
    }
    let hash: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((bytes, hash))
}

fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_ctx(|| format!("reading {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect();
            entries.sort();
            files.extend(entries);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            return Err(EngineError::refused(format!(
                "{}: no such file or directory",
                p.display()
            )));
        }
    }
    Ok(files)
}

/// What one ingest did.
#[derive(Debug)]
pub struct Ingested {
    /// Per file, in the order read.
    pub outcomes: Vec<FileOutcome>,
    /// Every readable page was ingested before: nothing written.
    pub unchanged: bool,
}

impl Ingested {
    pub fn to_json(&self, dataset: &str) -> serde_json::Value {
        serde_json::json!({ "dataset": dataset, "unchanged": self.unchanged, "files": self.outcomes })
    }
}

impl Engine {
    /// Read, link and store pages; per-file outcomes, one transaction.
    pub fn ingest_pages(&self, args: &PageArgs) -> Result<Ingested> {
        let store = self.store();
        let published =
            match &args.published {
                Some(d) => Some(vigil_model::dates::parse_calendar_date(d).ok_or_else(|| {
                    EngineError::refused(format!("--published: not a date: {d:?}"))
                })?),
                None => None,
            };
        vigil_model::vocab::check_dataset_name(&args.dataset)
            .map_err(|e| EngineError::refused(format!("--dataset: {e}")))?;
        if let Some(source) = &args.source {
            vigil_model::vocab::check_label("--source", source).map_err(EngineError::refused)?;
        }
        let files = expand(&args.paths)?;
        // Every list name and every entity of earlier reports: the gazetteer and the linking target.
        let index = self.index()?;
        let mut gazetteer = gazetteer_from_index(&index);
        let mut linker = Linker::new(Some(&index))
            .with_judgements(vigil_reports::load_judgements(store).ctx("reading the judgements")?);
        let mut outcomes = Vec::with_capacity(files.len());
        let mut statements = Vec::new();
        let mut sources = Vec::new();
        // Content hash -> the first file with that content: a map, since a batch can hold
        // tens of thousands of pages.
        let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let progress = self.progress_bar(files.len() as u64, "reading reports");
        let model = self.reader_model();
        // Pages are read, cleaned and read for mentions and claims in parallel, a chunk at a time;
        // linking is sequential so the pages of one batch link to the same entities, and names
        // created by a chunk are in the gazetteer for the next.
        for chunk in files.chunks(CHUNK) {
            // A feed item's own date before the one given for every page.
            let dated = |path: &PathBuf| {
                args.items
                    .get(path)
                    .and_then(|i| i.published.clone())
                    .or_else(|| published.clone())
            };
            let prepared: Vec<std::result::Result<Prepared, String>> = chunk
                .par_iter()
                .map(|path| {
                    let publisher = args.source.as_deref();
                    survived(|| {
                        prepare(
                            path,
                            &gazetteer,
                            dated(path).as_deref(),
                            publisher,
                            model.as_deref(),
                        )
                    })
                    .and_then(|p| p)
                })
                .collect();
            let prepared = read_batch_names_again(prepared, &mut gazetteer, model.as_deref());
            for (path, p) in chunk.iter().zip(prepared) {
                progress.inc(1);
                let item = args.items.get(path);
                let file = match item {
                    Some(i) => i.url.clone(),
                    None => path.display().to_string(),
                };
                let mut p = match p {
                    Ok(p) => p,
                    Err(e) => {
                        outcomes.push(FileOutcome::failed(&file, e));
                        continue;
                    }
                };
                let id = document_id(&p.hash);
                if let Some(first) = seen.get(&p.hash) {
                    outcomes.push(FileOutcome::failed(
                        &file,
                        format!("same content as {first}; ingested once"),
                    ));
                    continue;
                }
                seen.insert(p.hash.clone(), file.clone());
                if store
                    .current_entity(&id)
                    .ctx("reading the store")?
                    .is_some()
                {
                    let mut o = FileOutcome::failed(&file, String::new());
                    o.error = None;
                    o.document = Some(id);
                    outcomes.push(o);
                    continue;
                }
                if let Some(i) = item {
                    p.doc.url = Some(i.url.clone());
                    if p.doc.title.is_none() {
                        p.doc.title = i.title.clone();
                    }
                }
                let meta = DocumentMeta {
                    file_name: match item {
                        Some(i) => i.url.clone(),
                        None => path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or("?")
                            .to_string(),
                    },
                    content_hash: p.hash.clone(),
                    source: args.source.clone(),
                    published: dated(path),
                };
                statements.extend(document_statements(&p.doc, &meta, &args.dataset));
                let text = &p.doc.text;
                let links = linker.link(&p.ex);
                learn_new_names(&mut gazetteer, &p.ex, &links);
                statements.extend(report_statements(
                    text,
                    &p.ex,
                    &links,
                    &p.claims,
                    &ReportMeta {
                        doc_id: &id,
                        file: &meta.file_name,
                        dataset: &args.dataset,
                    },
                ));
                // Every way a link reaches a list entity (by name, acronym, shortened name,
                // office ...): an entity that is neither made here nor a report's.
                let linked_to_lists = links
                    .iter()
                    .flatten()
                    .filter(|l| {
                        !l.created
                            && !l.dataset.is_empty()
                            && l.dataset != args.dataset
                            && l.dataset != vigil_link::REPORTS_DATASET
                    })
                    .count();
                let entity_count =
                    p.ex.entities
                        .iter()
                        // (Not one merged into another as its alias, left with no mention.)
                        .filter(|e| e.kind != MentionKind::Event && !e.mentions.is_empty())
                        .count();
                sources.push(SourceFile {
                    path: file.clone(),
                    sha256: p.hash,
                    bytes: p.bytes,
                });
                outcomes.push(FileOutcome {
                    file,
                    document: Some(id),
                    chars: Some(text.len()),
                    sentences: Some(p.ex.sentences.len()),
                    dropped_blocks: Some(p.doc.dropped.len()),
                    source: args.source.clone().or(p.doc.source.clone()),
                    mentions: Some(p.ex.mentions.len()),
                    dates_and_quantities: Some(p.other_mentions),
                    entities: Some(entity_count),
                    linked_to_lists: Some(linked_to_lists),
                    claims: Some(p.claims.len()),
                    error: None,
                });
            }
        }
        progress.finish_and_clear();
        // Every readable page ingested before: nothing to write.
        let mut unchanged = statements.is_empty()
            && outcomes
                .iter()
                .any(|o| o.document.is_some() && o.chars.is_none());
        if !statements.is_empty() {
            let mut hashes: Vec<&str> = sources.iter().map(|s| s.sha256.as_str()).collect();
            hashes.sort_unstable();
            let content_hash: String = Sha256::digest(hashes.join(",").as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            let req = VersionRequest {
                dataset: args.dataset.clone(),
                // The day reports were read, not a publication date (pages carry their own).
                version: format!("ingest-{}", &now_rfc3339()[..10]),
                format: "report".into(),
                files: sources,
                content_hash,
                loaded_at: now_rfc3339(),
                mode: LoadMode::Append,
            };
            let out = store
                .load_version(&req, statements, &mut |_, _| {})
                .ctx("writing the documents (nothing of this ingest was kept)")?;
            unchanged = out.unchanged;
        }
        Ok(Ingested {
            outcomes,
            unchanged,
        })
    }
}

/// What re-linking a collection of reports did.
#[derive(Debug, Serialize)]
pub struct Relinked {
    pub dataset: String,
    pub documents: usize,
    /// Report entities linked to a list entity now, and before.
    pub linked_to_lists: usize,
    pub linked_before: usize,
    pub unchanged: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
}

impl Engine {
    /// Read every document of `dataset` again from its stored text against the lists as they
    /// now stand, and record the result as a new version of the dataset (documents keep their
    /// ids and metadata; mentions, links, report entities and claims are what this reading
    /// gives). Nothing is read from the original files.
    pub fn relink(&self, dataset: &str) -> Result<Relinked> {
        let store = self.store();
        let data = vigil_reports::load(store, dataset).ctx("reading the reports")?;
        let linked_before = data
            .mentions
            .iter()
            .filter_map(|m| m.first("resolved"))
            .filter(|id| !id.starts_with("rep-") && !id.starts_with("place-"))
            .collect::<std::collections::HashSet<_>>()
            .len();
        if data.documents.is_empty() {
            return Ok(Relinked {
                dataset: dataset.to_string(),
                documents: 0,
                linked_to_lists: 0,
                linked_before,
                unchanged: true,
                version: None,
            });
        }
        let index = self.index()?;
        let mut gazetteer = vigil_link::gazetteer_from_index_excluding(&index, &[dataset]);
        let mut linker = Linker::new(Some(&index))
            .excluding(dataset)
            .with_judgements(vigil_reports::load_judgements(store).ctx("reading the judgements")?);
        let model = self.reader_model();
        let progress = self.progress_bar(data.documents.len() as u64, "re-linking reports");
        let mut statements = Vec::new();
        let mut linked = std::collections::HashSet::new();
        // Documents in the order they were first loaded, so batch linking sees them as ingest did.
        let mut docs: Vec<&vigil_model::Entity> = data.documents.values().collect();
        docs.sort_by(|a, b| {
            a.first("fileName")
                .cmp(&b.first("fileName"))
                .then(a.id.cmp(&b.id))
        });
        // Read in parallel a chunk at a time and linked in order, as ingest does.
        for chunk in docs.chunks(CHUNK) {
            let read: Vec<_> = chunk
                .par_iter()
                .map(|doc| {
                    let text = doc.first("bodyText").unwrap_or("");
                    let (published, publisher) = (doc.first("publishedAt"), doc.first("publisher"));
                    survived(|| read_text(text, &gazetteer, published, publisher, model.as_deref()))
                })
                .collect();
            for (doc, result) in chunk.iter().zip(read) {
                // A report that cannot be read again stops the re-link: dropping its mentions
                // from the new version would lose them. The previous version stands.
                let (ex, claims, _) = result.map_err(|e| {
                    EngineError::refused(format!(
                        "re-reading report {} ({}): {e}",
                        doc.id,
                        doc.first("fileName").unwrap_or("?")
                    ))
                })?;
                progress.inc(1);
                let text = doc.first("bodyText").unwrap_or("");
                let file = doc.first("fileName").unwrap_or("").to_string();
                for (prop, values) in &doc.properties {
                    if prop == "mentionSpans" {
                        continue;
                    }
                    for v in values {
                        let mut st = vigil_model::Statement::new(
                            &doc.id,
                            vigil_model::Schema::Article,
                            prop,
                            v,
                            dataset,
                        );
                        st.origin = Some(file.clone());
                        statements.push(st);
                    }
                }
                let links = linker.link(&ex);
                // A list entity: a link into a dataset other than this collection.
                linked.extend(
                    links
                        .iter()
                        .flatten()
                        .filter(|l| !l.created && !l.dataset.is_empty() && l.dataset != dataset)
                        .map(|l| l.id.clone()),
                );
                learn_new_names(&mut gazetteer, &ex, &links);
                statements.extend(report_statements(
                    text,
                    &ex,
                    &links,
                    &claims,
                    &ReportMeta {
                        doc_id: &doc.id,
                        file: &file,
                        dataset,
                    },
                ));
            }
        }
        progress.finish_and_clear();
        let fingerprint = vigil_index::fingerprint(store).ctx("reading the store's state")?;
        let req = VersionRequest {
            dataset: dataset.to_string(),
            version: format!("ingest-{}", &now_rfc3339()[..10]),
            format: "report".into(),
            files: Vec::new(),
            content_hash: Sha256::digest(format!("relink {fingerprint}").as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
            loaded_at: now_rfc3339(),
            mode: LoadMode::Replace,
        };
        let out = store
            .load_version(&req, statements, &mut |_, _| {})
            .ctx("writing the re-linked reports (the previous version stands)")?;
        Ok(Relinked {
            dataset: dataset.to_string(),
            documents: data.documents.len(),
            linked_to_lists: linked.len(),
            linked_before,
            unchanged: out.unchanged,
            version: Some(out.version.version.clone()),
        })
    }

    /// Re-link every collection of reports in the store (see [`Engine::relink`]).
    pub fn relink_all(&self) -> Result<Vec<Relinked>> {
        let mut out = Vec::new();
        for d in self.store().datasets().ctx("reading the datasets")? {
            if d.latest.format == "report" {
                out.push(self.relink(&d.name)?);
            }
        }
        Ok(out)
    }
}

/// What removing a document did.
#[derive(Debug)]
pub struct Removed {
    pub document: String,
    /// Claims read in it, now gone.
    pub claims: usize,
    /// Report entities no other document mentions, now gone.
    pub entities: Vec<String>,
    /// The version of the dataset without it.
    pub version: vigil_store::VersionInfo,
}

impl Engine {
    /// Remove a document (id or file name) from a reports dataset, with its mentions and
    /// claims and the report entities no other document mentions, as a new version of the
    /// dataset (the earlier state stays in its history). Names and aliases of entities other
    /// documents still mention are kept, whichever page added them.
    pub fn remove_report(&self, document: &str, dataset: &str) -> Result<Removed> {
        let store = self.store();
        let data = vigil_reports::load(store, dataset).ctx("reading the reports")?;
        let doc = data
            .documents
            .values()
            .find(|d| d.id == document || d.first("fileName") == Some(document))
            .map(|d| d.id.clone())
            .ok_or_else(|| {
                EngineError::refused(format!(
                    "no document {document:?} in {dataset} (`vigil mentions --json` lists them)"
                ))
            })?;
        // What goes: the document, its claims, and the report entities only it mentions.
        let mut gone: std::collections::HashSet<String> =
            std::collections::HashSet::from([doc.clone()]);
        let mut kept_refs: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for m in &data.mentions {
            if m.first("document") == Some(doc.as_str()) {
                gone.insert(m.id.clone());
            } else if let Some(r) = m.first("resolved") {
                kept_refs.insert(r);
            }
        }
        for c in &data.claims {
            if c.values("proof").contains(&doc) {
                gone.insert(c.id.clone());
            } else {
                for (prop, values) in &c.properties {
                    if c.schema
                        .property(prop)
                        .is_some_and(|p| p.kind == vigil_model::PropType::Entity)
                    {
                        kept_refs.extend(values.iter().map(String::as_str));
                    }
                }
            }
        }
        let orphans: Vec<String> = data
            .entities
            .keys()
            .filter(|id| !kept_refs.contains(id.as_str()))
            .cloned()
            .collect();
        gone.extend(orphans.iter().cloned());
        let mut statements = Vec::new();
        store
            .for_each_entity(Some(dataset), &mut |e| {
                if !gone.contains(&e.id) {
                    statements.extend(vigil_model::entity_statements(&e, dataset, None));
                }
                true
            })
            .ctx("reading the reports")?;
        let now = now_rfc3339();
        let req = vigil_store::VersionRequest {
            dataset: dataset.to_string(),
            version: format!("{} (removed {doc})", &now[..10]),
            format: "report".into(),
            files: Vec::new(),
            content_hash: format!("removed {doc} at {now}"),
            loaded_at: now,
            mode: vigil_store::LoadMode::Replace,
        };
        let out = store
            .load_version(&req, statements, &mut |_, _| {})
            .ctx("writing the dataset without the document (nothing was changed)")?;
        let claims = gone
            .iter()
            .filter(|id| data.claims.iter().any(|c| &c.id == *id))
            .count();
        Ok(Removed {
            document: doc,
            claims,
            entities: orphans,
            version: out.version,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::survived;

    #[test]
    fn a_bug_reading_one_page_is_that_page_s_error_not_the_batch_s_end() {
        let read = survived(|| -> usize {
            let text = "« Tarsk »";
            // A slice inside '»', as a reading bug once made.
            text[..text.len() - 1].len()
        });
        let error = read.expect_err("a panic is caught");
        assert!(error.contains("not a char boundary"), "{error}");
        assert!(error.contains("bug in vigil"), "{error}");
        assert_eq!(survived(|| 7), Ok(7));
    }
}
