//! A cleaned page as statements: one FtM `Article` per distinct page content.

use vigil_model::{Schema, Statement};

use crate::{sentences, CleanDoc};

/// What the caller knows about a page beyond its content.
#[derive(Debug, Clone, Default)]
pub struct DocumentMeta {
    /// The file name the page was read from.
    pub file_name: String,
    /// SHA-256 of the page's bytes: the document's identity.
    pub content_hash: String,
    /// The outlet, when the caller states it (`--source`); the page's own attribution otherwise.
    pub source: Option<String>,
    /// Publication date (ISO), when the caller states it.
    pub published: Option<String>,
}

/// The document id for a content hash: the same bytes are the same document, whatever the file.
pub fn document_id(content_hash: &str) -> String {
    format!("doc-{}", &content_hash[..content_hash.len().min(16)])
}

/// Statements describing a cleaned page, for `dataset`.
pub fn document_statements(doc: &CleanDoc, meta: &DocumentMeta, dataset: &str) -> Vec<Statement> {
    let id = document_id(&meta.content_hash);
    let mut out = Vec::new();
    let mut add = |prop: &str, value: &str| {
        if !value.trim().is_empty() {
            let mut st = Statement::new(&id, Schema::Article, prop, value, dataset);
            st.origin = Some(meta.file_name.clone());
            out.push(st);
        }
    };
    add("fileName", &meta.file_name);
    add("contentHash", &meta.content_hash);
    add("bodyText", &doc.text);
    if let Some(p) = meta.source.as_deref().or(doc.source.as_deref()) {
        add("publisher", p);
    }
    if let Some(b) = &doc.byline {
        add("author", b);
    }
    if let Some(d) = meta.published.as_ref().or(doc.published.as_ref()) {
        add("publishedAt", d);
    }
    if let Some(t) = &doc.title {
        add("title", t);
    }
    if let Some(u) = &doc.url {
        add("sourceUrl", u);
    }
    if let Some(d) = &doc.dateline {
        add("notes", &format!("dateline: {d}"));
    }
    add(
        "notes",
        &format!("sentences: {}", sentences(&doc.text).len()),
    );
    out
}
