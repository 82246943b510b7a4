//! Office documents read for their text: Word (`.docx`, WordprocessingML in a ZIP package),
//! OpenDocument text (`.odt`, and its one-file XML form `.fodt`) and RTF.
//!
//! What a reader of the document sees is what is read: the body's paragraphs in order, a
//! table's cells each a paragraph, a list item with its bullet or number, a line break kept as
//! one; tracked changes as if accepted (inserted words read, deleted ones not); footnotes and
//! endnotes after the body. Running headers and footers, comments and deleted text are page
//! furniture, as a PDF's running header is: left out, and each listed in what was dropped with
//! its words, so nothing is lost silently. A table of contents repeats the headings and is
//! left out. Every walk over the XML is iterative (`traverse`), so a hostile nesting costs
//! memory, never the stack, and every ZIP part is read up to a limit.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use roxmltree::{Document, Node};

/// A part of a package read whole: larger is a decompression bomb, not a report. (Smaller in
/// tests, so that a test can pass it.)
#[cfg(not(test))]
const MAX_PART: u64 = 64 << 20;
#[cfg(test)]
const MAX_PART: u64 = 1 << 20;
/// Parts of a package read in all.
const MAX_TOTAL: u64 = 256 << 20;

/// An office document's text and what its properties say.
#[derive(Debug, Default)]
pub(crate) struct OfficeText {
    /// Paragraphs joined by blank lines, a paragraph's line breaks kept.
    pub text: String,
    /// The first paragraph styled as the document's title or first-level heading.
    pub heading: Option<String>,
    /// The document properties' title.
    pub title: Option<String>,
    /// The date the properties give (last saved, else created), as YYYY-MM-DD.
    pub date: Option<String>,
    /// What was left out, with why.
    pub dropped: Vec<(String, String)>,
}

/// Whether bytes are a document this module reads, or one it can name and refuse (a ZIP
/// package, an RTF file, a Compound File such as a Word 97–2003 document).
pub(crate) fn looks_like_office(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || looks_like_rtf(bytes) || looks_like_ole(bytes)
}

/// RTF opens with `{\rtf` (a byte-order mark or spaces before it allowed).
pub(crate) fn looks_like_rtf(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    start.is_some_and(|at| bytes[at..].starts_with(b"{\\rtf"))
}

/// A Compound File (legacy `.doc`, `.xls`, `.ppt`, `.msg`).
fn looks_like_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
}

/// Whether text is an OpenDocument flat XML file (`.fodt`): its root is `office:document`.
pub(crate) fn looks_like_flat_odt(text: &str) -> bool {
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.trim_start().starts_with("<?xml")
        && head.contains("<office:document ")
        && head.contains("urn:oasis:names:tc:opendocument:xmlns:office:1.0")
}

/// The text of an office document, or why vigil cannot read it.
pub(crate) fn office_text(bytes: &[u8]) -> Result<OfficeText, String> {
    if looks_like_ole(bytes) {
        return crate::word_binary::doc_text(bytes);
    }
    if looks_like_rtf(bytes) {
        return rtf_text(bytes);
    }
    // The ZIP reader is a dependency's code: an archive that makes it panic is one it cannot
    // read, not a crash of the whole ingest.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| package_text(bytes)))
        .unwrap_or_else(|_| Err("a ZIP archive whose structure could not be read".to_string()))
}

/// The text of an OpenDocument flat XML file.
pub(crate) fn flat_odt_text(xml: &str) -> Result<OfficeText, String> {
    let doc = parse(xml, "the document")?;
    let root = doc.root_element();
    let mut out = OfficeText::default();
    let styles = OdtStyles::of(&[root]);
    read_odt_meta(child(root, "meta"), &mut out);
    read_odt_furniture(root, &mut out);
    let body = child(root, "body")
        .and_then(|b| child(b, "text"))
        .ok_or("an OpenDocument file with no text body (office:body/office:text)")?;
    read_odt_body(body, &styles, &mut out);
    Ok(out)
}

struct Package {
    archive: zip::ZipArchive<Cursor<Vec<u8>>>,
    read_so_far: u64,
}

impl Package {
    fn has(&self, name: &str) -> bool {
        self.archive.index_for_name(name).is_some()
    }

    /// A part's text, or `None` where the package has no such part.
    fn part(&mut self, name: &str) -> Result<Option<String>, String> {
        let mut file = match self.archive.by_name(name) {
            Ok(file) => file,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(format!("its part {name} cannot be read ({e})")),
        };
        let limit = MAX_PART.min(MAX_TOTAL.saturating_sub(self.read_so_far));
        let mut bytes = Vec::new();
        (&mut file)
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("its part {name} cannot be read ({e})"))?;
        if bytes.len() as u64 > limit {
            return Err(format!(
                "its part {name} unpacks to more than {} MiB: not a report",
                limit >> 20
            ));
        }
        self.read_so_far += bytes.len() as u64;
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(Some(text.to_string())),
            Err(_) => match encoding_rs::Encoding::for_bom(bytes) {
                Some((encoding, _)) => Ok(Some(encoding.decode(bytes).0.into_owned())),
                None => Err(format!("its part {name} is not UTF-8 text")),
            },
        }
    }
}

fn package_text(bytes: &[u8]) -> Result<OfficeText, String> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes.to_vec()))
        .map_err(|e| format!("a ZIP archive that cannot be read ({e})"))?;
    let mut package = Package {
        archive,
        read_so_far: 0,
    };
    let mimetype = package.part("mimetype").ok().flatten().unwrap_or_default();
    let mimetype = mimetype.trim();
    // A text document, and its kinds with the same body: a Writer/Web page, a master document,
    // a template.
    if mimetype == "application/vnd.oasis.opendocument.text"
        || mimetype.starts_with("application/vnd.oasis.opendocument.text-")
    {
        return odt_text(&mut package);
    }
    if let Some(main) = docx_main_part(&mut package)? {
        return docx_text(&mut package, &main);
    }
    let what = if mimetype.starts_with("application/vnd.oasis.opendocument.") {
        format!("an OpenDocument file of another kind ({mimetype})")
    } else if mimetype == "application/epub+zip" {
        "an EPUB book".to_string()
    } else if package.has("xl/workbook.xml") {
        "an Excel workbook (.xlsx)".to_string()
    } else if package.has("ppt/presentation.xml") {
        "a PowerPoint presentation (.pptx)".to_string()
    } else {
        "a ZIP archive".to_string()
    };
    Err(format!(
        "{what}, not a document vigil reads as a report (it reads .docx, .odt, RTF, PDF, \
         e-mail, HTML and text); unpack or convert it first"
    ))
}

/// The element child of `node` with this local name.
fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

/// An attribute by local name, whatever its namespace.
fn attr<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name() == name)
        .map(|a| a.value())
}

/// Elements nested deeper than this are no document's: the XML parser recurses per level, so a
/// hostile nesting is refused before it is parsed. (A Word table in a table in a content
/// control nests a few dozen deep.)
const MAX_XML_DEPTH: usize = 512;

fn parse<'i>(xml: &'i str, part: &str) -> Result<Document<'i>, String> {
    if xml_depth(xml) > MAX_XML_DEPTH {
        return Err(format!(
            "{part} nests its elements more than {MAX_XML_DEPTH} deep: not a document"
        ));
    }
    // No DTD is allowed (roxmltree's default): an entity expansion bomb is refused.
    Document::parse(xml).map_err(|e| format!("{part} is not well-formed XML ({e})"))
}

/// How deep an XML text's elements nest, by a flat scan of its tags (comments, CDATA,
/// declarations and quoted attribute values read past). Linear time.
fn xml_depth(xml: &str) -> usize {
    let b = xml.as_bytes();
    let after = |from: usize, pattern: &[u8]| {
        b.get(from..)
            .and_then(|rest| rest.windows(pattern.len()).position(|w| w == pattern))
            .map_or(b.len(), |at| from + at + pattern.len())
    };
    let (mut depth, mut deepest, mut i) = (0usize, 0usize, 0usize);
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = after(i + 4, b"-->");
        } else if rest.starts_with(b"<![CDATA[") {
            i = after(i + 9, b"]]>");
        } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = after(i + 2, b">");
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i = after(i + 2, b">");
        } else {
            // To the tag's end, past quoted values that may hold '>'.
            let mut j = i + 1;
            let mut quote = None;
            while j < b.len() {
                match (quote, b[j]) {
                    (None, b'"' | b'\'') => quote = Some(b[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            if b.get(j.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                deepest = deepest.max(depth);
            }
            i = j + 1;
        }
    }
    deepest
}

/// Entering or leaving a node, in document order.
#[derive(Clone, Copy)]
enum Edge<'a, 'i> {
    Open(Node<'a, 'i>),
    Close(Node<'a, 'i>),
}

/// The edges of a subtree in document order, walked without recursion or a stack of its own
/// (each step follows a child, sibling or parent link).
struct Traverse<'a, 'i> {
    root: Node<'a, 'i>,
    next: Option<Edge<'a, 'i>>,
}

impl<'a, 'i> Iterator for Traverse<'a, 'i> {
    type Item = Edge<'a, 'i>;

    fn next(&mut self) -> Option<Self::Item> {
        let edge = self.next.take()?;
        self.next = match edge {
            Edge::Open(node) => Some(node.first_child().map_or(Edge::Close(node), Edge::Open)),
            Edge::Close(node) if node == self.root => None,
            Edge::Close(node) => match node.next_sibling() {
                Some(sibling) => Some(Edge::Open(sibling)),
                None => node.parent().map(Edge::Close),
            },
        };
        Some(edge)
    }
}

fn traverse<'a, 'i>(root: Node<'a, 'i>) -> Traverse<'a, 'i> {
    Traverse {
        root,
        next: Some(Edge::Open(root)),
    }
}

/// All the text under a node, in order, its paragraphs joined by line breaks.
fn plain_text(node: Node) -> String {
    let mut out = String::new();
    for edge in traverse(node) {
        match edge {
            Edge::Open(n) if n.is_text() => out.push_str(n.text().unwrap_or("")),
            Edge::Close(n) if n.is_element() && matches!(n.tag_name().name(), "p" | "h") => {
                out.push('\n')
            }
            _ => {}
        }
    }
    squeeze(&out)
}

/// Runs of spaces as one, lines trimmed, empty lines left out.
fn squeeze(text: &str) -> String {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A paragraph's text as read: spaces of layout (tabs, runs of spaces) as one, its line breaks
/// kept, none at its ends.
pub(crate) fn paragraph_text(raw: &str) -> String {
    raw.split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join("\n")
        .trim_matches('\n')
        .to_string()
}

/// An ISO date's day (YYYY-MM-DD), where the text opens with one.
fn iso_day(value: &str) -> Option<String> {
    let day = value.trim().get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10))
        .then(|| day.to_string())
}

/// Paragraphs as they are closed, with a stack for a paragraph inside another (a text box in
/// a run), and the first one styled as a title.
#[derive(Default)]
struct Paragraphs {
    done: Vec<String>,
    open: Vec<String>,
    heading: Option<String>,
}

impl Paragraphs {
    fn start(&mut self, marker: Option<String>) {
        self.open.push(marker.map(|m| m + " ").unwrap_or_default());
    }

    fn push(&mut self, text: &str) {
        if let Some(current) = self.open.last_mut() {
            current.push_str(text);
        }
    }

    fn end(&mut self, is_heading: bool) {
        let Some(text) = self.open.pop() else { return };
        let text = paragraph_text(&text);
        if text.is_empty() {
            return;
        }
        if is_heading && self.heading.is_none() {
            self.heading = Some(text.replace('\n', " "));
        }
        self.done.push(text);
    }

    fn finish(mut self, notes: Vec<String>, out: &mut OfficeText) {
        while !self.open.is_empty() {
            self.end(false);
        }
        self.done.extend(notes);
        out.text = self.done.join("\n\n");
        out.heading = self.heading;
    }
}

/// A list item's marker: a bullet, or its number in the list's format.
fn list_marker(format: &str, counters: &[u32], template: Option<&str>, level: usize) -> String {
    let number = |value: u32, format: &str| -> String {
        match format {
            "lowerLetter" | "a" => letter(value, b'a'),
            "upperLetter" | "A" => letter(value, b'A'),
            "lowerRoman" | "i" => roman(value).to_lowercase(),
            "upperRoman" | "I" => roman(value),
            _ => value.to_string(),
        }
    };
    match template {
        // Word's level text: "%1." or "%1.%2)", each %N the counter of level N.
        Some(template) => {
            let mut out = String::new();
            let mut chars = template.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                    ('%', Some(n)) => {
                        chars.next();
                        let at = (n as usize).saturating_sub(1);
                        let value = counters.get(at).copied().unwrap_or(1);
                        out.push_str(&number(value, if at == level { format } else { "decimal" }));
                    }
                    _ => out.push(c),
                }
            }
            out
        }
        None => number(counters.get(level).copied().unwrap_or(1), format),
    }
}

fn letter(value: u32, base: u8) -> String {
    let n = value.saturating_sub(1);
    let c = (base + (n % 26) as u8) as char;
    c.to_string().repeat(1 + (n / 26) as usize)
}

fn roman(mut value: u32) -> String {
    const TABLE: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(n, s) in TABLE {
        while value >= n && out.len() < 20 {
            out.push_str(s);
            value -= n;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Word (.docx)

/// The main document part a Word package's relationships name, if it is a Word package.
fn docx_main_part(package: &mut Package) -> Result<Option<String>, String> {
    let rels = package.part("_rels/.rels")?;
    let target = rels.as_deref().and_then(|xml| {
        let doc = Document::parse(xml).ok()?;
        let main = doc.descendants().find(|n| {
            n.tag_name().name() == "Relationship"
                && attr(*n, "Type").is_some_and(|t| t.ends_with("/officeDocument"))
        })?;
        attr(main, "Target").map(|t| t.trim_start_matches('/').to_string())
    });
    let main = target.unwrap_or_else(|| "word/document.xml".to_string());
    Ok(
        (main.ends_with(".xml") && package.has(&main) && !package.has("xl/workbook.xml"))
            .then_some(main),
    )
}

/// A Word numbering definition: each level's format and level text.
#[derive(Default)]
struct WordNumbering {
    /// numId -> abstractNumId
    nums: HashMap<String, String>,
    /// (abstractNumId, level) -> (format, level text, start)
    levels: HashMap<(String, usize), (String, Option<String>, u32)>,
    /// (numId) -> the counters of its levels so far
    counters: HashMap<String, Vec<u32>>,
}

impl WordNumbering {
    fn of(xml: Option<&str>) -> WordNumbering {
        let mut out = WordNumbering::default();
        let Some(doc) = xml.and_then(|x| Document::parse(x).ok()) else {
            return out;
        };
        for node in doc.descendants().filter(|n| n.is_element()) {
            match node.tag_name().name() {
                "num" => {
                    let abstract_id = child(node, "abstractNumId").and_then(|a| attr(a, "val"));
                    if let (Some(id), Some(a)) = (attr(node, "numId"), abstract_id) {
                        out.nums.insert(id.to_string(), a.to_string());
                    }
                }
                "abstractNum" => {
                    let Some(id) = attr(node, "abstractNumId") else {
                        continue;
                    };
                    for level in node.children().filter(|c| c.tag_name().name() == "lvl") {
                        let ilvl = attr(level, "ilvl")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                        let val = |name| child(level, name).and_then(|n| attr(n, "val"));
                        let format = val("numFmt").unwrap_or("decimal").to_string();
                        let text = val("lvlText").map(str::to_string);
                        let start = val("start").and_then(|v| v.parse().ok()).unwrap_or(1);
                        out.levels
                            .insert((id.to_string(), ilvl), (format, text, start));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The marker of the next item of list `num_id` at `level`.
    fn next(&mut self, num_id: &str, level: usize) -> Option<String> {
        let level = level.min(8);
        let abstract_id = self.nums.get(num_id)?;
        let (format, text, start) = self.levels.get(&(abstract_id.clone(), level))?.clone();
        match format.as_str() {
            "bullet" => return Some("•".into()),
            "none" => return None,
            _ => {}
        }
        let counters = self.counters.entry(num_id.to_string()).or_default();
        if counters.len() <= level {
            counters.resize(level + 1, 0);
        }
        counters[level] = if counters[level] == 0 {
            start
        } else {
            counters[level] + 1
        };
        // A deeper level starts again under a new item of this one.
        counters.truncate(level + 1);
        Some(list_marker(&format, counters, text.as_deref(), level))
    }
}

/// Which paragraph styles are a title or a first-level heading, by style id.
fn word_heading_styles(xml: Option<&str>) -> Vec<String> {
    let Some(doc) = xml.and_then(|x| Document::parse(x).ok()) else {
        return vec!["Title".into(), "Heading1".into()];
    };
    doc.descendants()
        .filter(|n| n.tag_name().name() == "style")
        .filter(|n| {
            let name = child(*n, "name")
                .and_then(|c| attr(c, "val"))
                .unwrap_or("")
                .to_lowercase();
            name == "title" || name == "heading 1"
        })
        .filter_map(|n| attr(n, "styleId").map(str::to_string))
        .collect()
}

fn docx_text(package: &mut Package, main: &str) -> Result<OfficeText, String> {
    let mut out = OfficeText::default();
    let dir = main.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    let in_dir = |name: &str| {
        if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        }
    };
    if let Some(core) = package.part("docProps/core.xml")? {
        if let Ok(doc) = Document::parse(&core) {
            let find = |name: &str| {
                doc.descendants()
                    .find(|n| n.tag_name().name() == name)
                    .and_then(|n| n.text())
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
            };
            out.title = find("title");
            out.date = find("modified")
                .or_else(|| find("created"))
                .and_then(|d| iso_day(&d));
        }
    }
    let numbering = package.part(&in_dir("numbering.xml"))?;
    let mut numbering = WordNumbering::of(numbering.as_deref());
    let styles = package.part(&in_dir("styles.xml"))?;
    let heading_styles = word_heading_styles(styles.as_deref());

    // Parts named by the main part's relationships: headers, footers, notes, comments.
    let rels_name = format!(
        "{}_rels/{}.rels",
        if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        },
        main.rsplit('/').next().unwrap_or(main)
    );
    let mut related: Vec<(String, String)> = Vec::new();
    if let Some(rels) = package.part(&rels_name)? {
        if let Ok(doc) = Document::parse(&rels) {
            for r in doc
                .descendants()
                .filter(|n| n.tag_name().name() == "Relationship")
            {
                if attr(r, "TargetMode") == Some("External") {
                    continue;
                }
                let (Some(kind), Some(target)) = (attr(r, "Type"), attr(r, "Target")) else {
                    continue;
                };
                let kind = kind.rsplit('/').next().unwrap_or("").to_string();
                let target = match target.strip_prefix('/') {
                    Some(absolute) => absolute.to_string(),
                    None => in_dir(target),
                };
                related.push((kind, target));
            }
        }
    }
    let mut notes: HashMap<(bool, String), String> = HashMap::new();
    for (kind, target) in &related {
        let Some(xml) = package.part(target)? else {
            continue;
        };
        let doc = parse(&xml, target)?;
        match kind.as_str() {
            "header" | "footer" => {
                let text = plain_text(doc.root_element());
                if !text.is_empty() {
                    out.dropped
                        .push((text, format!("running {kind} (page furniture)")));
                }
            }
            "comments" => {
                for c in doc
                    .descendants()
                    .filter(|n| n.tag_name().name() == "comment")
                {
                    let who = attr(c, "author").unwrap_or("someone");
                    let text = plain_text(c);
                    if !text.is_empty() {
                        out.dropped
                            .push((text, format!("a comment by {who}, not the text")));
                    }
                }
            }
            "footnotes" | "endnotes" => {
                let endnote = kind == "endnotes";
                let tag = if endnote { "endnote" } else { "footnote" };
                for note in doc.descendants().filter(|n| n.tag_name().name() == tag) {
                    if attr(note, "type").is_some_and(|t| t != "normal") {
                        continue; // separators
                    }
                    let Some(id) = attr(note, "id") else { continue };
                    let mut paragraphs = Paragraphs::default();
                    read_word_body(
                        note,
                        &mut numbering,
                        &heading_styles,
                        &mut paragraphs,
                        &mut out.dropped,
                    );
                    let text = paragraphs.done.join("\n");
                    if !text.is_empty() {
                        notes.insert((endnote, id.to_string()), text);
                    }
                }
            }
            _ => {}
        }
    }

    let xml = package
        .part(main)?
        .ok_or_else(|| format!("a Word package with no {main}"))?;
    let doc = parse(&xml, main)?;
    let body = doc
        .descendants()
        .find(|n| n.tag_name().name() == "body")
        .ok_or_else(|| format!("{main} has no body"))?;
    let mut paragraphs = Paragraphs::default();
    read_word_body(
        body,
        &mut numbering,
        &heading_styles,
        &mut paragraphs,
        &mut out.dropped,
    );
    // Notes in the order the text refers to them (footnotes, then endnotes).
    let mut ordered = Vec::new();
    for endnote in [false, true] {
        let tag = if endnote {
            "endnoteReference"
        } else {
            "footnoteReference"
        };
        for r in body.descendants().filter(|n| n.tag_name().name() == tag) {
            if let Some(text) = attr(r, "id").and_then(|id| notes.remove(&(endnote, id.into()))) {
                ordered.push(text);
            }
        }
    }
    paragraphs.finish(ordered, &mut out);
    Ok(out)
}

/// Reads the paragraphs under `root` (a body, a note), tracked changes accepted.
fn read_word_body(
    root: Node,
    numbering: &mut WordNumbering,
    heading_styles: &[String],
    paragraphs: &mut Paragraphs,
    dropped: &mut Vec<(String, String)>,
) {
    let mut skipping: Option<Node> = None;
    let mut headings: Vec<bool> = Vec::new();
    for edge in traverse(root) {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() || !node.is_element() {
                    if skipping.is_none() && node.is_text() && in_run_text(node) {
                        paragraphs.push(node.text().unwrap_or(""));
                    }
                    continue;
                }
                match node.tag_name().name() {
                    "p" => {
                        let props = child(node, "pPr");
                        let style = props
                            .and_then(|p| child(p, "pStyle"))
                            .and_then(|s| attr(s, "val"))
                            .unwrap_or("");
                        let marker = props.and_then(|p| child(p, "numPr")).and_then(|n| {
                            let id = child(n, "numId").and_then(|i| attr(i, "val"))?;
                            let level = child(n, "ilvl")
                                .and_then(|i| attr(i, "val"))
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(0);
                            numbering.next(id, level)
                        });
                        headings.push(heading_styles.iter().any(|h| h == style));
                        paragraphs.start(marker);
                    }
                    // Deleted and moved-away text, as accepted changes would leave it.
                    "del" | "moveFrom" => {
                        let text: String = node
                            .descendants()
                            .filter(|n| n.tag_name().name() == "delText")
                            .filter_map(|n| n.text())
                            .collect();
                        if !text.trim().is_empty() {
                            let who = attr(node, "author").unwrap_or("someone");
                            dropped.push((
                                squeeze(&text),
                                format!("deleted by {who} (a tracked change)"),
                            ));
                        }
                        skipping = Some(node);
                    }
                    // A drawing's other rendering of the same text box; a field's code.
                    "Fallback" | "instrText" | "delInstrText" => skipping = Some(node),
                    // A table of contents repeats the headings.
                    "sdt" if is_word_toc(node) => {
                        dropped.push((plain_text(node), "a table of contents".into()));
                        skipping = Some(node);
                    }
                    "tab" | "ptab" if in_run(node) => paragraphs.push(" "),
                    "br" | "cr" => match attr(node, "type") {
                        Some("page") | Some("column") => paragraphs.push(" "),
                        _ => paragraphs.push("\n"),
                    },
                    "noBreakHyphen" => paragraphs.push("-"),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node) {
                    skipping = None;
                    continue;
                }
                if skipping.is_none() && node.is_element() && node.tag_name().name() == "p" {
                    let heading = headings.pop().unwrap_or(false);
                    paragraphs.end(heading);
                }
            }
        }
    }
}

/// Whether a text node is a run's text (`w:t`), not a property's or a field code's.
fn in_run_text(node: Node) -> bool {
    node.parent().is_some_and(|p| {
        p.tag_name().name() == "t" && p.parent().is_some_and(|r| r.tag_name().name() == "r")
    })
}

/// A tab in a run (not a paragraph's tab stop definition).
fn in_run(node: Node) -> bool {
    node.parent().is_some_and(|p| p.tag_name().name() == "r")
}

fn is_word_toc(sdt: Node) -> bool {
    child(sdt, "sdtPr")
        .and_then(|p| {
            p.descendants()
                .find(|n| n.tag_name().name() == "docPartGallery")
        })
        .and_then(|g| attr(g, "val"))
        .is_some_and(|v| v.to_lowercase().contains("table of contents"))
}

// ---------------------------------------------------------------------------------------------
// OpenDocument text (.odt, .fodt)

fn odt_text(package: &mut Package) -> Result<OfficeText, String> {
    let mut out = OfficeText::default();
    if let Some(meta) = package.part("meta.xml")? {
        if let Ok(doc) = Document::parse(&meta) {
            read_odt_meta(child(doc.root_element(), "meta"), &mut out);
        }
    }
    let styles_xml = package.part("styles.xml")?;
    let styles_doc = styles_xml.as_deref().and_then(|x| Document::parse(x).ok());
    let content = package
        .part("content.xml")?
        .ok_or("an OpenDocument package with no content.xml")?;
    let doc = parse(&content, "content.xml")?;
    let mut roots = vec![doc.root_element()];
    if let Some(styles_doc) = &styles_doc {
        roots.push(styles_doc.root_element());
        read_odt_furniture(styles_doc.root_element(), &mut out);
    }
    let styles = OdtStyles::of(&roots);
    let body = child(doc.root_element(), "body")
        .and_then(|b| child(b, "text"))
        .ok_or("content.xml has no text body (office:body/office:text)")?;
    read_odt_body(body, &styles, &mut out);
    Ok(out)
}

fn read_odt_meta(meta: Option<Node>, out: &mut OfficeText) {
    let Some(meta) = meta else { return };
    let find = |name: &str| {
        child(meta, name)
            .and_then(|n| n.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    };
    out.title = find("title");
    out.date = find("date")
        .or_else(|| find("creation-date"))
        .and_then(|d| iso_day(&d));
}

/// The master pages' headers and footers, listed as dropped.
fn read_odt_furniture(root: Node, out: &mut OfficeText) {
    for node in root.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        let kind = match name {
            "header" | "header-left" | "header-first" => "header",
            "footer" | "footer-left" | "footer-first" => "footer",
            _ => continue,
        };
        if node
            .parent()
            .is_some_and(|p| p.tag_name().name() == "master-page")
        {
            let text = plain_text(node);
            if !text.is_empty() {
                out.dropped
                    .push((text, format!("running {kind} (page furniture)")));
            }
        }
    }
}

/// Paragraph styles' parents and list styles' levels, by style name.
#[derive(Default)]
struct OdtStyles {
    parents: HashMap<String, String>,
    /// (list style, level 1-based) -> (format or bullet, prefix, suffix, start)
    list_levels: HashMap<(String, usize), (String, String, String, u32)>,
}

impl OdtStyles {
    fn of(roots: &[Node]) -> OdtStyles {
        let mut out = OdtStyles::default();
        for root in roots {
            for node in root.descendants().filter(|n| n.is_element()) {
                match node.tag_name().name() {
                    "style" => {
                        if let (Some(name), Some(parent)) =
                            (attr(node, "name"), attr(node, "parent-style-name"))
                        {
                            out.parents.insert(name.to_string(), parent.to_string());
                        }
                    }
                    "list-style" => {
                        let Some(name) = attr(node, "name") else {
                            continue;
                        };
                        for level in node.children().filter(|c| c.is_element()) {
                            let n = attr(level, "level")
                                .and_then(|v| v.parse().ok())
                                .unwrap_or(1);
                            let entry = match level.tag_name().name() {
                                "list-level-style-bullet" => {
                                    ("bullet".into(), String::new(), String::new(), 1)
                                }
                                "list-level-style-number" => (
                                    attr(level, "num-format").unwrap_or("").to_string(),
                                    attr(level, "num-prefix").unwrap_or("").to_string(),
                                    attr(level, "num-suffix").unwrap_or("").to_string(),
                                    attr(level, "start-value")
                                        .and_then(|v| v.parse().ok())
                                        .unwrap_or(1),
                                ),
                                _ => continue,
                            };
                            out.list_levels.insert((name.to_string(), n), entry);
                        }
                    }
                    _ => {}
                }
            }
        }
        out
    }

    /// Whether a paragraph style is, or comes from, the title or a first-level heading.
    fn is_heading(&self, style: &str) -> bool {
        let mut style = style;
        for _ in 0..16 {
            let plain = style.replace("_20_", " ").to_lowercase();
            if plain == "title" || plain == "heading 1" {
                return true;
            }
            match self.parents.get(style) {
                Some(parent) => style = parent,
                None => return false,
            }
        }
        false
    }
}

/// One open `text:list`: its style, level and the counters of its items.
struct OdtList {
    style: String,
    level: usize,
    count: u32,
}

fn read_odt_body(body: Node, styles: &OdtStyles, out: &mut OfficeText) {
    let mut paragraphs = Paragraphs::default();
    let mut notes: Vec<String> = Vec::new();
    let mut lists: Vec<OdtList> = Vec::new();
    // A list's counter carried on where a later list says it continues.
    let mut last_count: HashMap<String, u32> = HashMap::new();
    let mut item_marker: Option<String> = None;
    let mut skipping: Option<Node> = None;
    let mut headings: Vec<bool> = Vec::new();
    for edge in traverse(body) {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                if node.is_text() {
                    let parent = node.parent().map(|p| p.tag_name().name()).unwrap_or("");
                    if !matches!(parent, "text" | "list" | "table" | "table-row") {
                        paragraphs.push(node.text().unwrap_or(""));
                    }
                    continue;
                }
                if !node.is_element() {
                    continue;
                }
                match node.tag_name().name() {
                    "p" | "h" => {
                        let style = attr(node, "style-name").unwrap_or("");
                        let level_one = node.tag_name().name() == "h"
                            && attr(node, "outline-level").is_none_or(|l| l == "1");
                        headings.push(level_one || styles.is_heading(style));
                        paragraphs.start(item_marker.take());
                    }
                    "list" => {
                        let inherited = lists.last().map(|l| l.style.clone()).unwrap_or_default();
                        let style = attr(node, "style-name")
                            .map(str::to_string)
                            .unwrap_or(inherited);
                        let level = lists.len() + 1;
                        let count = if attr(node, "continue-numbering") == Some("true") {
                            last_count.get(&style).copied().unwrap_or(0)
                        } else {
                            0
                        };
                        lists.push(OdtList {
                            style,
                            level,
                            count,
                        });
                    }
                    "list-item" => {
                        if let Some(list) = lists.last_mut() {
                            let key = (list.style.clone(), list.level.min(10));
                            let entry = styles.list_levels.get(&key);
                            item_marker = match entry {
                                Some((format, _, _, _)) if format == "bullet" => Some("•".into()),
                                Some((format, prefix, suffix, start)) if !format.is_empty() => {
                                    list.count = if list.count == 0 {
                                        *start
                                    } else {
                                        list.count + 1
                                    };
                                    let number = list_marker(format, &[list.count], None, 0);
                                    Some(format!("{prefix}{number}{suffix}"))
                                }
                                _ => None,
                            };
                        }
                    }
                    "s" => {
                        let count = attr(node, "c")
                            .and_then(|c| c.parse().ok())
                            .unwrap_or(1usize);
                        paragraphs.push(&" ".repeat(count.min(8)));
                    }
                    "tab" => paragraphs.push(" "),
                    "line-break" => paragraphs.push("\n"),
                    "note" => {
                        if let Some(body) = child(node, "note-body") {
                            let text = plain_text(body);
                            if !text.is_empty() {
                                notes.push(text.replace('\n', " "));
                            }
                        }
                        skipping = Some(node);
                    }
                    "annotation" => {
                        let who = child(node, "creator")
                            .and_then(|c| c.text())
                            .unwrap_or("someone");
                        let text: String = node
                            .children()
                            .filter(|c| matches!(c.tag_name().name(), "p" | "list"))
                            .map(plain_text)
                            .collect::<Vec<_>>()
                            .join("\n");
                        if !text.is_empty() {
                            out.dropped
                                .push((text, format!("a comment by {who}, not the text")));
                        }
                        skipping = Some(node);
                    }
                    "tracked-changes" => {
                        for deletion in node
                            .descendants()
                            .filter(|n| n.tag_name().name() == "deletion")
                        {
                            let who = deletion
                                .descendants()
                                .find(|n| n.tag_name().name() == "creator")
                                .and_then(|c| c.text())
                                .unwrap_or("someone");
                            // The deletion's own record of who and when is not its text.
                            let text: String = deletion
                                .children()
                                .filter(|c| matches!(c.tag_name().name(), "p" | "h" | "list"))
                                .map(plain_text)
                                .collect::<Vec<_>>()
                                .join("\n");
                            if !text.is_empty() {
                                out.dropped
                                    .push((text, format!("deleted by {who} (a tracked change)")));
                            }
                        }
                        skipping = Some(node);
                    }
                    "table-of-content" | "illustration-index" | "alphabetical-index"
                    | "bibliography" => {
                        out.dropped
                            .push((plain_text(node), "an index or table of contents".into()));
                        skipping = Some(node);
                    }
                    // A frame's description, a sequence declaration: not the text.
                    "desc" | "title" | "sequence-decls" | "variable-decls" | "user-field-decls" => {
                        skipping = Some(node)
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() || !node.is_element() {
                    continue;
                }
                match node.tag_name().name() {
                    "p" | "h" => {
                        let heading = headings.pop().unwrap_or(false);
                        paragraphs.end(heading);
                    }
                    "list" => {
                        if let Some(list) = lists.pop() {
                            last_count.insert(list.style, list.count);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    paragraphs.finish(notes, out);
}

// ---------------------------------------------------------------------------------------------
// RTF

/// Destinations whose text is not the document's: read past, or (headers, footers, comments)
/// listed as dropped.
const RTF_SKIPPED: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "object",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "fldinst",
    "revtbl",
    "filetbl",
    "pgdsctbl",
    "mmathPr",
    "bkmkstart",
    "bkmkend",
    "shpinst",
    "nonshppict",
    "objdata",
    "private",
    "userprops",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "annotation",
    "atnid",
    "atnauthor",
    "footnote",
    "xe",
    "tc",
    "template",
    "docvar",
];

#[derive(Clone)]
struct RtfState {
    /// Why this group's text is not read, if it is not (the destination's name).
    skip: Option<&'static str>,
    /// Characters to read past after a `\uN` (`\ucN`).
    uc: usize,
    /// The code page of the current font.
    codepage: u16,
    /// Deleted text (a tracked change).
    deleted: bool,
    /// The paragraph's style number.
    style: Option<i32>,
}

fn codepage_of_charset(charset: i32, ansi: u16) -> u16 {
    match charset {
        0 | 1 => ansi,
        2 => 0, // Symbol: no letters
        77 => 10000,
        128 => 932,
        129 => 949,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => ansi,
    }
}

fn encoding_of(codepage: u16) -> &'static encoding_rs::Encoding {
    let label = match codepage {
        932 => "shift_jis",
        936 => "gbk",
        949 => "euc-kr",
        950 => "big5",
        10000 => "macintosh",
        874 => "windows-874",
        1250..=1258 => {
            return encoding_rs::Encoding::for_label(format!("windows-{codepage}").as_bytes())
                .unwrap_or(encoding_rs::WINDOWS_1252)
        }
        _ => "windows-1252",
    };
    encoding_rs::Encoding::for_label(label.as_bytes()).unwrap_or(encoding_rs::WINDOWS_1252)
}

/// Groups nested deeper than this are no document's (a table in a field in a footnote nests a
/// few dozen): refused, so a file of braces costs no memory for its stack of groups.
const MAX_RTF_DEPTH: usize = 1024;

/// An RTF file's text. RTF is read token by token with a stack of groups (no recursion), so a
/// file of any nesting is read in bounded stack.
fn rtf_text(bytes: &[u8]) -> Result<OfficeText, String> {
    let mut out = OfficeText::default();
    let mut ansi: u16 = 1252;
    let mut fonts: HashMap<i32, i32> = HashMap::new();
    let mut style_names: HashMap<i32, String> = HashMap::new();
    let mut stack: Vec<RtfState> = Vec::new();
    let mut state = RtfState {
        skip: None,
        uc: 1,
        codepage: 1252,
        deleted: false,
        style: None,
    };
    // What a skipped destination holds, for the ones reported or read aside.
    let mut aside: Vec<(usize, &'static str, String)> = Vec::new();
    let mut paragraphs = Paragraphs::default();
    let mut notes: Vec<String> = Vec::new();
    let mut deleted = String::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut skip_chars = 0usize;
    let mut high_surrogate: Option<u32> = None;
    // A group opened with `\*`: skipped unless its destination is one vigil reads.
    let mut starred = false;
    // The font and its charset being defined in the font table; a style's number.
    let mut defining_font: Option<i32> = None;
    let mut defining_style: Option<i32> = None;
    let mut info_field: Option<&'static str> = None;
    let mut created = (None, None, None);
    paragraphs.start(None);

    // Text goes to the paragraph, a skipped group's record, or the deleted text.
    fn emit(
        text: &str,
        state: &RtfState,
        aside: &mut [(usize, &'static str, String)],
        paragraphs: &mut Paragraphs,
        deleted: &mut String,
    ) {
        if let Some(record) = aside.last_mut() {
            if state.skip.is_some() {
                record.2.push_str(text);
                return;
            }
        }
        if state.skip.is_some() {
            return;
        }
        if state.deleted {
            deleted.push_str(text);
        } else {
            paragraphs.push(text);
        }
    }
    let flush = |pending: &mut Vec<u8>,
                 state: &RtfState,
                 aside: &mut Vec<(usize, &'static str, String)>,
                 paragraphs: &mut Paragraphs,
                 deleted: &mut String| {
        if pending.is_empty() {
            return;
        }
        let text = if state.codepage == 0 {
            String::new()
        } else {
            encoding_of(state.codepage)
                .decode_without_bom_handling(pending)
                .0
                .into_owned()
        };
        pending.clear();
        emit(&text, state, aside, paragraphs, deleted);
    };

    let mut i = 0;
    let mut group_is_new = false;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'{' => {
                flush(
                    &mut pending,
                    &state,
                    &mut aside,
                    &mut paragraphs,
                    &mut deleted,
                );
                if stack.len() >= MAX_RTF_DEPTH {
                    return Err(format!(
                        "an RTF file whose groups nest more than {MAX_RTF_DEPTH} deep: not a \
                         document"
                    ));
                }
                stack.push(state.clone());
                group_is_new = true;
                starred = false;
                i += 1;
                continue;
            }
            b'}' => {
                flush(
                    &mut pending,
                    &state,
                    &mut aside,
                    &mut paragraphs,
                    &mut deleted,
                );
                // A destination read aside ends with its group.
                if let Some(&(depth, _, _)) = aside.last() {
                    if depth == stack.len() {
                        if let Some((_, name, text)) = aside.pop() {
                            let text = squeeze(&text);
                            match name {
                                "footnote" if !text.is_empty() => {
                                    notes.push(text.replace('\n', " "))
                                }
                                "header" | "headerl" | "headerr" | "headerf"
                                    if !text.is_empty() =>
                                {
                                    out.dropped
                                        .push((text, "running header (page furniture)".into()))
                                }
                                "footer" | "footerl" | "footerr" | "footerf"
                                    if !text.is_empty() =>
                                {
                                    out.dropped
                                        .push((text, "running footer (page furniture)".into()))
                                }
                                "annotation" if !text.is_empty() => {
                                    out.dropped.push((text, "a comment, not the text".into()))
                                }
                                "title" => out.title = Some(text).filter(|t| !t.is_empty()),
                                _ => {}
                            }
                        }
                    }
                }
                state = stack.pop().unwrap_or(state);
                defining_font = None;
                defining_style = None;
                info_field = None;
                group_is_new = false;
                i += 1;
                continue;
            }
            b'\\' => {}
            b'\r' | b'\n' => {
                i += 1;
                continue;
            }
            _ => {
                if skip_chars > 0 {
                    skip_chars -= 1;
                    i += 1;
                    continue;
                }
                // Plain text up to the next control character.
                let end = bytes[i..]
                    .iter()
                    .position(|c| matches!(c, b'{' | b'}' | b'\\' | b'\r' | b'\n'))
                    .map_or(bytes.len(), |p| i + p);
                let run = &bytes[i..end];
                if state.skip == Some("fonttbl") || state.skip == Some("stylesheet") {
                    // A style's name ends with ';'.
                    if let Some(n) = defining_style {
                        let name = String::from_utf8_lossy(run)
                            .trim()
                            .trim_end_matches(';')
                            .to_string();
                        if !name.is_empty() {
                            style_names.entry(n).or_default().push_str(&name);
                        }
                    }
                } else if info_field.is_some() {
                    if let Some(record) = aside.last_mut() {
                        record.2.push_str(&String::from_utf8_lossy(run));
                    }
                } else {
                    pending.extend_from_slice(run);
                }
                group_is_new = false;
                i = end;
                continue;
            }
        }
        // A control word or symbol.
        let Some(&next) = bytes.get(i + 1) else { break };
        if !next.is_ascii_alphabetic() {
            i += 2;
            let symbol: Option<&str> = match next {
                b'\\' => Some("\\"),
                b'{' => Some("{"),
                b'}' => Some("}"),
                b'~' => Some("\u{a0}"),
                b'_' => Some("-"),
                b'-' => Some(""),
                b'\'' => {
                    let hex = bytes
                        .get(i..i + 2)
                        .and_then(|h| std::str::from_utf8(h).ok());
                    if let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                        i += 2;
                        if skip_chars > 0 {
                            skip_chars -= 1;
                        } else if state.skip.is_none() || aside.last().is_some() {
                            pending.push(byte);
                        }
                    }
                    None
                }
                b'*' => {
                    starred = group_is_new;
                    None
                }
                _ => None,
            };
            if let Some(text) = symbol {
                flush(
                    &mut pending,
                    &state,
                    &mut aside,
                    &mut paragraphs,
                    &mut deleted,
                );
                if skip_chars > 0 {
                    skip_chars -= 1;
                } else {
                    emit(text, &state, &mut aside, &mut paragraphs, &mut deleted);
                }
            }
            continue;
        }
        let start = i + 1;
        let mut j = start;
        while j < bytes.len() && bytes[j].is_ascii_alphabetic() && j - start < 32 {
            j += 1;
        }
        let word = std::str::from_utf8(&bytes[start..j]).unwrap_or("");
        let num_start = j;
        if j < bytes.len() && bytes[j] == b'-' {
            j += 1;
        }
        while j < bytes.len() && bytes[j].is_ascii_digit() && j - num_start < 11 {
            j += 1;
        }
        let param: Option<i32> = std::str::from_utf8(&bytes[num_start..j])
            .ok()
            .and_then(|n| n.parse().ok());
        if j < bytes.len() && bytes[j] == b' ' {
            j += 1;
        }
        i = j;
        let first_in_group = group_is_new;
        group_is_new = false;
        let was_starred = std::mem::take(&mut starred) && first_in_group;
        if word != "u" && word != "bin" {
            flush(
                &mut pending,
                &state,
                &mut aside,
                &mut paragraphs,
                &mut deleted,
            );
        }
        if word == "bin" {
            i = i
                .saturating_add(param.unwrap_or(0).max(0) as usize)
                .min(bytes.len());
            continue;
        }
        if first_in_group {
            if let Some(&name) = RTF_SKIPPED.iter().find(|&&n| n == word) {
                let reported = matches!(
                    name,
                    "footnote"
                        | "annotation"
                        | "header"
                        | "headerl"
                        | "headerr"
                        | "headerf"
                        | "footer"
                        | "footerl"
                        | "footerr"
                        | "footerf"
                );
                if state.skip.is_none() && reported {
                    aside.push((stack.len(), name, String::new()));
                }
                state.skip = state.skip.or(Some(name));
                continue;
            }
            if state.skip == Some("info") && matches!(word, "title" | "author" | "subject") {
                info_field = Some("info");
                aside.push((
                    stack.len(),
                    if word == "title" { "title" } else { "info" },
                    String::new(),
                ));
                continue;
            }
            if was_starred && !matches!(word, "listtext" | "pntext") {
                // An optional destination vigil does not know: not the text.
                state.skip = state.skip.or(Some("*"));
                continue;
            }
        }
        match word {
            "par" | "sect" | "page" | "cell" | "row" | "nestcell" | "nestrow"
                if state.skip.is_some() =>
            {
                emit("\n", &state, &mut aside, &mut paragraphs, &mut deleted)
            }
            "par" | "sect" | "page" | "cell" | "row" | "nestcell" | "nestrow" => {
                let heading = state
                    .style
                    .and_then(|s| style_names.get(&s))
                    .is_some_and(|n| matches!(n.to_lowercase().as_str(), "title" | "heading 1"));
                paragraphs.end(heading);
                paragraphs.start(None);
            }
            "line" => emit("\n", &state, &mut aside, &mut paragraphs, &mut deleted),
            "tab" => emit(" ", &state, &mut aside, &mut paragraphs, &mut deleted),
            "emdash" => emit("—", &state, &mut aside, &mut paragraphs, &mut deleted),
            "endash" => emit("–", &state, &mut aside, &mut paragraphs, &mut deleted),
            "lquote" => emit("‘", &state, &mut aside, &mut paragraphs, &mut deleted),
            "rquote" => emit("’", &state, &mut aside, &mut paragraphs, &mut deleted),
            "ldblquote" => emit("“", &state, &mut aside, &mut paragraphs, &mut deleted),
            "rdblquote" => emit("”", &state, &mut aside, &mut paragraphs, &mut deleted),
            "bullet" => emit("•", &state, &mut aside, &mut paragraphs, &mut deleted),
            "u" => {
                if let Some(n) = param {
                    let code = if n < 0 { (n + 65536) as u32 } else { n as u32 };
                    // A character past the basic plane is written as two \u words.
                    let c = match (high_surrogate.take(), code) {
                        (_, 0xd800..=0xdbff) => {
                            high_surrogate = Some(code);
                            None
                        }
                        (Some(high), 0xdc00..=0xdfff) => {
                            char::from_u32(0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00))
                        }
                        (_, code) => char::from_u32(code),
                    };
                    flush(
                        &mut pending,
                        &state,
                        &mut aside,
                        &mut paragraphs,
                        &mut deleted,
                    );
                    if let Some(c) = c {
                        emit(
                            c.encode_utf8(&mut [0; 4]),
                            &state,
                            &mut aside,
                            &mut paragraphs,
                            &mut deleted,
                        );
                    }
                    skip_chars = state.uc;
                }
            }
            "uc" => state.uc = param.unwrap_or(1).clamp(0, 8) as usize,
            "ansicpg" => {
                ansi = param.and_then(|p| u16::try_from(p).ok()).unwrap_or(1252);
                state.codepage = ansi;
            }
            "f" => {
                if state.skip == Some("fonttbl") {
                    defining_font = param;
                } else if let Some(charset) = param.and_then(|f| fonts.get(&f)) {
                    state.codepage = codepage_of_charset(*charset, ansi);
                }
            }
            "fcharset" => {
                if let (Some(font), Some(charset)) = (defining_font, param) {
                    fonts.insert(font, charset);
                }
            }
            "s" => {
                if state.skip == Some("stylesheet") {
                    defining_style = param;
                } else if state.skip.is_none() {
                    state.style = param;
                }
            }
            "pard" => state.style = None,
            "deleted" => state.deleted = param != Some(0),
            "yr" if state.skip == Some("info") => created.0 = param,
            "mo" if state.skip == Some("info") => created.1 = param,
            "dy" if state.skip == Some("info") => created.2 = param,
            _ => {}
        }
    }
    flush(
        &mut pending,
        &state,
        &mut aside,
        &mut paragraphs,
        &mut deleted,
    );
    if let (Some(y), Some(m), Some(d)) = created {
        if (1900..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
            out.date = Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    let deleted = squeeze(&deleted);
    if !deleted.is_empty() {
        out.dropped
            .push((deleted, "deleted (a tracked change)".into()));
    }
    paragraphs.finish(notes, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    /// A ZIP package of these parts.
    fn package(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, text) in parts {
            zip.start_file(*name, options).expect("a part starts");
            zip.write_all(text.as_bytes()).expect("a part is written");
        }
        zip.finish().expect("the package is finished").into_inner()
    }

    const WORD_RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

    fn docx(body: &str, extra: &[(&str, &str)]) -> Vec<u8> {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
        );
        let mut parts = vec![
            ("_rels/.rels", WORD_RELS),
            ("word/document.xml", document.as_str()),
        ];
        parts.extend_from_slice(extra);
        package(&parts)
    }

    fn p(text: &str) -> String {
        format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
    }

    #[test]
    fn a_word_document_reads_its_paragraphs_with_tracked_changes_accepted() {
        let body = [
            r#"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Board minutes</w:t></w:r></w:p>"#.to_string(),
            // A run split mid-word, a tab and a line break inside one paragraph.
            r#"<w:p><w:r><w:t>Present: Anna Ko</w:t></w:r><w:r><w:t>walska</w:t></w:r><w:r><w:tab/><w:t>(chair)</w:t></w:r><w:r><w:br/><w:t>Piotr Nowak</w:t></w:r></w:p>"#.to_string(),
            r#"<w:p><w:r><w:t xml:space="preserve">She wrote to </w:t></w:r><w:ins w:id="1" w:author="Anna"><w:r><w:t xml:space="preserve">the Tax Agency and </w:t></w:r></w:ins><w:del w:id="2" w:author="Anna"><w:r><w:delText xml:space="preserve">Jan Kowalczyk and </w:delText></w:r></w:del><w:r><w:t>the ministry.</w:t></w:r></w:p>"#.to_string(),
            // A field: its code is not the text, its result is.
            r#"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Helsinki Committee</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#.to_string(),
            // A text box drawn twice (the drawing and its fallback) is read once.
            r#"<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Boxed quote</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Boxed quote</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>"#.to_string(),
        ]
        .concat();
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>"#
        );
        let out = office_text(&docx(&body, &[("word/styles.xml", &styles)])).expect("read");
        assert_eq!(
            out.text,
            "Board minutes\n\nPresent: Anna Kowalska (chair)\nPiotr Nowak\n\nShe wrote to the Tax \
             Agency and the ministry.\n\nHelsinki Committee\n\nBoxed quote"
        );
        assert_eq!(out.heading.as_deref(), Some("Board minutes"));
        assert!(out
            .dropped
            .iter()
            .any(|(text, why)| text == "Jan Kowalczyk and" && why.contains("deleted by Anna")));
    }

    #[test]
    fn a_word_document_s_lists_tables_notes_and_furniture() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
            <Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
            <Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
            <Relationship Id="r4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
            <Relationship Id="r5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>
        </Relationships>"#;
        let numbering = format!(
            r#"<w:numbering {W}>
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        );
        let item = |num: u8, level: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
            )
        };
        let body = [
            r#"<w:p><w:r><w:t>The group wrote.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>"#.to_string(),
            item(1, 0, "first demand"),
            item(1, 1, "its detail"),
            item(1, 0, "second demand"),
            item(2, 0, "a point"),
            r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Post</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Ivan Tertel</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Chairman of the</w:t></w:r><w:r><w:br/><w:t>KGB</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#.to_string(),
            r#"<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>"#.to_string() + &p("Contents") + "</w:sdtContent></w:sdt>",
        ]
        .concat();
        let header = format!(r#"<w:hdr {W}>{}</w:hdr>"#, p("Draft, not for circulation"));
        let footnotes = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2">{}</w:footnote></w:footnotes>"#,
            p("Interview with Maria Lopez, 2 May 2026.")
        );
        let comments = format!(
            r#"<w:comments {W}><w:comment w:id="0" w:author="Ed">{}</w:comment></w:comments>"#,
            p("Check with Omar first")
        );
        let out = office_text(&docx(
            &body,
            &[
                ("word/_rels/document.xml.rels", rels),
                ("word/header1.xml", &header),
                ("word/footnotes.xml", &footnotes),
                ("word/comments.xml", &comments),
                ("word/numbering.xml", &numbering),
            ],
        ))
        .expect("read");
        assert_eq!(
            out.text,
            "The group wrote.\n\n1. first demand\n\n(a) its detail\n\n2. second demand\n\n• a \
             point\n\nName\n\nPost\n\nIvan Tertel\n\nChairman of the\nKGB\n\nInterview with \
             Maria Lopez, 2 May 2026."
        );
        let dropped = |why: &str| {
            out.dropped
                .iter()
                .filter(|(_, w)| w.contains(why))
                .map(|(t, _)| t.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(dropped("running header"), ["Draft, not for circulation"]);
        assert_eq!(dropped("comment by Ed"), ["Check with Omar first"]);
        assert_eq!(dropped("table of contents"), ["Contents"]);
    }

    /// What was left out, each as "words / why".
    fn reasons(out: &OfficeText) -> Vec<String> {
        out.dropped
            .iter()
            .map(|(t, w)| format!("{t} / {w}"))
            .collect()
    }

    const ODT_NS: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0""#;

    const ODT_BODY: &str = r#"<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><office:change-info><dc:creator>Lena</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info><text:p>Karl Berger</text:p></text:deletion></text:changed-region></text:tracked-changes>
        <text:h text:outline-level="1">Written evidence</text:h>
        <text:p text:style-name="P1">Two<text:s text:c="3"/>spaces and<text:tab/>a tab<text:change text:change-id="c1"/> and a note<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Source: Jamal Idris.</text:p></text:note-body></text:note>.<office:annotation><dc:creator>Ed</dc:creator><text:p>ask Rana</text:p></office:annotation></text:p>
        <text:list text:style-name="L2"><text:list-item><text:p>the ministry;</text:p></text:list-item><text:list-item><text:p>the police.</text:p></text:list-item></text:list>
        <table:table><table:table-row><table:table-cell><text:p>Amir Nouri</text:p></table:table-cell><table:table-cell><text:p>Signed<text:line-break/>Chair</text:p></table:table-cell></table:table-row></table:table>"#;

    const ODT_STYLES: &str = r#"<office:automatic-styles><style:style style:name="P1" style:family="paragraph" style:parent-style-name="Text_20_body"/><text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i"/></text:list-style></office:automatic-styles>"#;

    const ODT_TEXT: &str = "Written evidence\n\nTwo spaces and a tab and a note.\n\n(i) the ministry;\n\n(ii) the police.\n\nAmir Nouri\n\nSigned\nChair\n\nSource: Jamal Idris.";

    #[test]
    fn an_opendocument_text_reads_spaces_lists_notes_and_leaves_out_deletions_and_comments() {
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>{ODT_STYLES}<office:body><office:text>{ODT_BODY}</office:text></office:body></office:document-content>"#
        );
        let styles = format!(
            r#"<office:document-styles {ODT_NS}><office:master-styles><style:master-page style:name="Standard"><style:footer><text:p>The Forum, page <text:page-number>1</text:page-number></text:p></style:footer></style:master-page></office:master-styles></office:document-styles>"#
        );
        let meta = format!(
            r#"<office:document-meta {ODT_NS}><office:meta><dc:title>Evidence</dc:title><dc:date>2026-06-02T14:00:00</dc:date></office:meta></office:document-meta>"#
        );
        let bytes = package(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", &content),
            ("styles.xml", &styles),
            ("meta.xml", &meta),
        ]);
        let out = office_text(&bytes).expect("read");
        assert_eq!(out.text, ODT_TEXT);
        // A Writer/Web document (what LibreOffice makes of an HTML page) is a text too.
        let web = package(&[
            ("mimetype", "application/vnd.oasis.opendocument.text-web"),
            ("content.xml", &content),
        ]);
        assert_eq!(office_text(&web).expect("read").text, ODT_TEXT);
        assert_eq!(out.heading.as_deref(), Some("Written evidence"));
        assert_eq!(
            (out.title.as_deref(), out.date.as_deref()),
            (Some("Evidence"), Some("2026-06-02"))
        );
        assert_eq!(
            reasons(&out),
            [
                "The Forum, page 1 / running footer (page furniture)",
                "Karl Berger / deleted by Lena (a tracked change)",
                "ask Rana / a comment by Ed, not the text",
            ]
        );
        // The one-file form reads the same.
        let flat = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document {ODT_NS} office:mimetype="application/vnd.oasis.opendocument.text">{ODT_STYLES}<office:body><office:text>{ODT_BODY}</office:text></office:body></office:document>"#
        );
        assert!(looks_like_flat_odt(&flat));
        assert!(!looks_like_flat_odt(&"é".repeat(3000)));
        assert_eq!(flat_odt_text(&flat).expect("read").text, ODT_TEXT);
    }

    #[test]
    fn rtf_reads_code_pages_unicode_lists_and_notes_and_leaves_out_furniture() {
        let rtf = concat!(
            r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1\froman\fcharset204 Times;}}",
            r"{\stylesheet{\s0 Normal;}{\s1\sbasedon0 Title;}}",
            r"{\info{\title Red Notice letter}{\creatim\yr2026\mo10\dy15}}",
            r"{\header \pard Kessler \'26 Voss LLP\par}{\footer \pard Regulated by the SRA\par}",
            "\n",
            r"\pard\plain\s1 Request for deletion\par",
            r"\pard\plain We act for Mr Jos\'e9 Mart\'edn{\*\bkmkstart x}{\*\bkmkend x} and {\f1 \'c8\'e2\'e0\'ed}, ",
            r"\u1044\'3f\u1072?\u1074?\u1088?\u1086?\u1085? and \u-10179?\u-8704?.",
            r"{\super\chftn}{\footnote\pard\plain {\super\chftn} Source: Human Rights Watch.}",
            r"{\annotation ask Omar}{\deleted Karl Berger }",
            r#"\par{\field{\*\fldinst HYPERLINK "https://example.org"}{\fldrslt Norwegian Helsinki Committee}}\par"#,
            r"{\listtext 1.\tab}the decision;\line signed\par}",
        );
        let out = office_text(rtf.as_bytes()).expect("read");
        assert_eq!(
            out.text,
            "Request for deletion\n\nWe act for Mr José Martín and Иван, Даврон and 😀.\n\n\
             Norwegian Helsinki Committee\n\n1. the decision;\nsigned\n\nSource: Human Rights Watch."
        );
        assert_eq!(out.heading.as_deref(), Some("Request for deletion"));
        assert_eq!(
            (out.title.as_deref(), out.date.as_deref()),
            (Some("Red Notice letter"), Some("2026-10-15"))
        );
        assert_eq!(
            reasons(&out),
            [
                "Kessler & Voss LLP / running header (page furniture)",
                "Regulated by the SRA / running footer (page furniture)",
                "ask Omar / a comment, not the text",
                "Karl Berger / deleted (a tracked change)",
            ]
        );
    }

    #[test]
    fn hostile_and_foreign_files_are_refused_saying_what_they_are() {
        let refused = |bytes: &[u8]| office_text(bytes).expect_err("refused");
        assert!(refused(&package(&[("xl/workbook.xml", "<workbook/>")])).contains("Excel workbook"));
        assert!(refused(&package(&[("notes.txt", "hello")])).contains("a ZIP archive"));
        let mut ole = vec![0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
        ole.extend([0; 512]);
        assert!(refused(&ole).contains("Compound File"));
        // A truncated package, a broken part, a part that unpacks past the limit.
        let whole = docx(&p("text"), &[]);
        assert!(refused(&whole[..whole.len() / 2]).contains("cannot be read"));
        assert!(refused(&docx("<w:p>", &[])).contains("word/document.xml is not well-formed XML"));
        let bomb = docx(&p(&"a ".repeat(MAX_PART as usize)), &[]);
        assert!(bomb.len() < 1 << 20, "zeros pack small");
        assert!(refused(&bomb).contains("unpacks to more than"));
        // An entity expansion is refused by the XML parser, not expanded.
        let entities = docx(r#"<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:p/>"#, &[]);
        assert!(office_text(&entities).is_err());
    }

    #[test]
    fn deep_nesting_costs_no_stack() {
        // Groups and elements nested far deeper than any document's are refused before they
        // cost a stack; as deep as a document's are read.
        let rtf = |depth| {
            format!(
                r"{{\rtf1 {}Deep text{}\par}}",
                "{".repeat(depth),
                "}".repeat(depth)
            )
        };
        let why = office_text(rtf(200_000).as_bytes()).expect_err("refused");
        assert!(why.contains("nest more than 1024 deep"), "{why}");
        assert_eq!(
            office_text(rtf(1000).as_bytes()).expect("read").text,
            "Deep text"
        );
        let nested = format!(
            "{}{}{}",
            "<w:sdt><w:sdtContent>".repeat(20_000),
            p("Deep text"),
            "</w:sdtContent></w:sdt>".repeat(20_000)
        );
        let why = office_text(&docx(&nested, &[])).expect_err("refused");
        assert!(
            why.contains("nests its elements more than 512 deep"),
            "{why}"
        );
        // A nesting a real document has is read.
        let nested = format!(
            "{}{}{}",
            "<w:sdt><w:sdtContent>".repeat(100),
            p("Deep text"),
            "</w:sdtContent></w:sdt>".repeat(100)
        );
        assert_eq!(
            office_text(&docx(&nested, &[])).expect("read").text,
            "Deep text"
        );
        assert_eq!(
            xml_depth(r#"<a x="1>2"><b/><!-- <c> --><![CDATA[<d>]]><e></e></a>"#),
            2
        );
    }
}
