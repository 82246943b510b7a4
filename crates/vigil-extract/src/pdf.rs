//! The text of a PDF file, laid out as a reader sees it: words, lines and paragraphs from where
//! the glyphs are drawn, not from what the file happens to put between them.
//!
//! `lopdf` parses the file (objects, streams, fonts' encodings and ToUnicode maps); this module
//! runs each page's content stream and places every string it shows: a word's end is where its
//! glyphs' widths take it, so a gap wider than a space is a word break even where the file has
//! no space character (TeX and desktop publishing place each word on its own), and a gap inside
//! a kerned word is not. Lines follow in the order the page draws them (a column before the next,
//! as producers write them); a wider gap between lines than the page's usual, a change of size or
//! a numbered paragraph's marker starts a paragraph. Lines repeated in the top or bottom margin of
//! several pages (a running header, a footer with a page number) are left out and said so.
//!
//! What comes out is plain text, cleaned as any text page is (`clean_text`): words hyphenated
//! over a line are joined there.

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Encoding, Object, ObjectId};
use rustc_hash::FxHashMap;

use crate::pdf_core14;
use unicode_normalization::UnicodeNormalization;

/// Most a page's content, a font's ToUnicode map or any stream loaded may inflate to: a small
/// file cannot make vigil allocate without bound.
const MAX_DECOMPRESSED: usize = 64 << 20;
/// Pages read at most; a longer file is refused rather than read in part.
const MAX_PAGES: usize = 5_000;
/// Form XObjects drawn inside one another, at most (a file may nest them in a loop).
const MAX_FORM_DEPTH: usize = 6;
/// Graphics states saved at once (`q` without `Q`), at most.
const MAX_SAVED_STATES: usize = 256;
/// Form XObjects drawn on one page, at most: forms drawing forms many times over would
/// otherwise multiply the work without bound.
const MAX_FORMS_PER_PAGE: usize = 2_000;

/// Whether bytes are a PDF file: its header in the first kilobyte, as readers accept it.
pub(crate) fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// A PDF's text and what its document information says of it.
#[derive(Debug)]
pub(crate) struct PdfText {
    /// Paragraphs joined by blank lines, their lines by line breaks.
    pub text: String,
    /// The first page's heading: its largest lines, set well above the body's size.
    pub heading: Option<String>,
    /// The document information's title, where it is one and not a file's name.
    pub title: Option<String>,
    /// Lines left out, with why.
    pub dropped: Vec<(String, String)>,
}

/// The text of a PDF file, or why it has none vigil can read (encrypted, scanned pages with no
/// text, a broken file).
pub(crate) fn pdf_text(bytes: &[u8]) -> Result<PdfText, String> {
    // The parser is a dependency's code: a file that makes it panic is a file it cannot read,
    // not a crash of the whole ingest.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_pdf(bytes)))
        .unwrap_or_else(|_| Err("a PDF whose structure could not be parsed".to_string()))
}

fn read_pdf(bytes: &[u8]) -> Result<PdfText, String> {
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(MAX_DECOMPRESSED),
        ..Default::default()
    };
    let doc = Document::load_mem_with_options(bytes, options)
        .map_err(|e| format!("a PDF that could not be parsed ({e})"))?;
    if doc.is_encrypted() {
        return Err("an encrypted PDF (it needs a password); decrypt it first".into());
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PAGES {
        return Err(format!(
            "a PDF of {} pages: more than {MAX_PAGES}, not a report",
            pages.len()
        ));
    }
    let mut laid_out = Vec::with_capacity(pages.len());
    for (&number, &page_id) in &pages {
        let page = read_page(&doc, page_id).map_err(|e| format!("page {number}: {e}"))?;
        laid_out.push(page);
    }
    let mut dropped = Vec::new();
    let unmapped: usize = laid_out.iter().map(|p| p.unmapped_glyphs).sum();
    if unmapped > 0 {
        dropped.push((
            format!("{unmapped} glyphs"),
            "in a font that maps its glyphs to no letters (not readable as text)".to_string(),
        ));
    }
    drop_running_lines(&mut laid_out, &mut dropped);
    for page in &mut laid_out {
        margins_in_place(page);
        // (Told before a table's cells are joined: a joined cell is one line.)
        page.usual_gap = usual_gap(&page.lines, body_size(page));
        join_wrapped_cells(page);
    }
    let notes = footnotes_to_the_end(&mut laid_out);
    let text = join_pages(&laid_out, &notes);
    if text.trim().is_empty() {
        return Err(
            "a PDF with no text in it (scanned pages are images: run OCR on it first)".into(),
        );
    }
    Ok(PdfText {
        text,
        heading: first_page_heading(&laid_out),
        title: info_title(&doc),
        dropped,
    })
}

/// The document information's title, unless it is a file's or a program's name
/// ("Microsoft Word - judgment FINAL.docx") or empty.
fn info_title(doc: &Document) -> Option<String> {
    let info = match doc.trailer.get(b"Info").ok()? {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let title = text_string(info.get(b"Title").ok()?.as_str().ok()?);
    let title = title.trim();
    let lower = title.to_lowercase();
    let file_name = [
        ".doc", ".docx", ".odt", ".pdf", ".indd", ".rtf", ".txt", ".html",
    ]
    .iter()
    .any(|ext| lower.ends_with(ext))
        || lower.starts_with("microsoft word")
        || lower == "untitled";
    (!title.is_empty() && !file_name && title.chars().count() <= 300).then(|| title.to_string())
}

/// A PDF text string: UTF-16 after its byte-order mark, else PDFDocEncoding (Latin-1 for the
/// letters a title uses).
fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xfe, 0xff]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Some(utf8) = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]) {
        return String::from_utf8_lossy(utf8).into_owned();
    }
    bytes.iter().map(|&b| b as char).collect()
}

/// A string drawn on a page, placed in the page's space (y upwards).
#[derive(Debug, Clone)]
struct Run {
    x: f32,
    y: f32,
    end_x: f32,
    size: f32,
    /// Drawn turned more than 45 degrees (a margin's stamp): a line of its own.
    turned: bool,
    text: String,
}

/// Text with a typeface's ligatures as the letters they join ("ﬃ" as "ffi": a name set with
/// one is the same name) and no control characters.
fn without_ligatures(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            // Arabic letters in the shape a position gives them (as a PDF draws them): the
            // letters themselves.
            c if ('\u{fb50}'..='\u{fdff}').contains(&c)
                || ('\u{fe70}'..='\u{feff}').contains(&c) =>
            {
                out.extend(std::iter::once(c).nfkc());
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether a word is written right to left (Arabic, Hebrew, Syriac, Thaana letters in it).
fn right_to_left(word: &str) -> bool {
    word.chars().any(|c| {
        matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}')
    })
}

/// A line's words, drawn left to right, in the order they are read: a run of right-to-left
/// words is drawn last word first and each word's letters last first, so both are turned
/// back (digits inside such a word, drawn left to right, stay as they are).
fn in_reading_order(words: &[&str]) -> String {
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if !right_to_left(words[i]) {
            out.push(words[i].to_string());
            i += 1;
            continue;
        }
        let run = words[i..].iter().take_while(|w| right_to_left(w)).count();
        // Punctuation drawn at the run's outer ends is the left-to-right text's ("(Persian:
        // رویا;" drawn with the semicolon right of the run): it stays on its side.
        let first = words[i];
        let last = words[i + run - 1];
        let neutral = |c: char| !c.is_alphanumeric();
        let before = &first[..first.len() - first.trim_start_matches(neutral).len()];
        let after = &last[last.trim_end_matches(neutral).len()..];
        let mut turned: Vec<String> = Vec::with_capacity(run);
        for (k, word) in words[i..i + run].iter().enumerate().rev() {
            let mut core = *word;
            if k == 0 {
                core = &core[before.len()..];
            }
            if k + 1 == run {
                core = &core[..core.len() - after.len()];
            }
            turned.push(reversed_keeping_digits(core));
        }
        turned.retain(|w| !w.is_empty());
        if let Some(w) = turned.first_mut() {
            w.insert_str(0, before);
        }
        if let Some(w) = turned.last_mut() {
            w.push_str(after);
        }
        out.extend(turned);
        i += run;
    }
    out.join(" ")
}

/// A word's letters last first, a run of digits in it kept in its order.
fn reversed_keeping_digits(word: &str) -> String {
    let mut pieces: Vec<String> = Vec::new();
    for c in word.chars() {
        match pieces.last_mut() {
            Some(last) if c.is_ascii_digit() && last.chars().all(|d| d.is_ascii_digit()) => {
                last.push(c)
            }
            _ => pieces.push(c.to_string()),
        }
    }
    pieces.into_iter().rev().collect()
}

/// A line of a page: runs on one baseline, joined.
#[derive(Debug, Clone)]
struct Line {
    x: f32,
    y: f32,
    /// The baseline of its last line, where a table's cell wrapped over several is one.
    last_y: f32,
    end_x: f32,
    size: f32,
    text: String,
}

/// A page's lines in the order drawn, and its height's bounds.
#[derive(Debug)]
struct Page {
    lines: Vec<Line>,
    /// The usual distance between its lines, as drawn (see [`usual_gap`]).
    usual_gap: Option<f32>,
    bottom: f32,
    top: f32,
    unmapped_glyphs: usize,
}

/// A 2D affine matrix [a b c d e f], as PDF writes them.
type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` then `n`: the matrix that maps as `m` does and then as `n` does.
fn times(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn number(o: &Object) -> Option<f32> {
    match o {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
    .filter(|v| v.is_finite())
}

fn numbers<const N: usize>(operands: &[Object]) -> Option<[f32; N]> {
    let mut out = [0.0; N];
    for (slot, o) in out.iter_mut().zip(operands) {
        *slot = number(o)?;
    }
    (operands.len() >= N).then_some(out)
}

/// A font as far as placing its text needs: how its codes decode and how wide each is.
struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// Two-byte codes (a composite font); else one byte each.
    two_byte: bool,
    /// Widths by code, in thousandths of an em.
    widths: FxHashMap<u32, f32>,
    default_width: f32,
    /// A standard font's widths, where the file gives none.
    standard: Option<StandardWidths>,
}

/// A standard font's widths: by character, or one for every glyph (Courier).
#[derive(Clone, Copy)]
enum StandardWidths {
    ByChar(&'static [(char, u16)]),
    Fixed(f32),
}

impl Font<'_> {
    fn width(&self, code: u32, text: &str) -> f32 {
        if let Some(w) = self.widths.get(&code) {
            return *w;
        }
        match (self.standard, text.chars().next()) {
            (Some(StandardWidths::Fixed(w)), _) => w,
            (Some(StandardWidths::ByChar(table)), Some(c)) => table
                .binary_search_by_key(&c, |&(k, _)| k)
                .map_or(self.default_width, |i| f32::from(table[i].1)),
            _ => self.default_width,
        }
    }

    fn decode(&self, code: &[u8]) -> String {
        match &self.encoding {
            Some(e) => e.bytes_to_string(code).unwrap_or_default(),
            None if self.two_byte => String::new(),
            None => code
                .iter()
                .filter(|b| b.is_ascii_graphic() || **b == b' ')
                .map(|&b| b as char)
                .collect(),
        }
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

/// The object a page's resources name under `kind` (`/Font`, `/XObject`), followed through
/// references.
fn named_resource<'a>(
    doc: &'a Document,
    resources: Option<&'a Dictionary>,
    kind: &[u8],
    name: &[u8],
) -> Option<&'a Object> {
    let named = deref(doc, resources?.get(kind).ok()?).as_dict().ok()?;
    Some(deref(doc, named.get(name).ok()?))
}

fn load_font<'a>(doc: &'a Document, dict: &'a Dictionary) -> Font<'a> {
    let subtype = dict
        .get(b"Subtype")
        .and_then(Object::as_name)
        .unwrap_or(b"");
    // A composite font's codes are glyph numbers: with no ToUnicode map they name no letters,
    // and lopdf's fallback (a one-byte standard encoding) would read them as wrong ones.
    let unmapped = subtype == b"Type0" && dict.get(b"ToUnicode").is_err();
    let encoding = if unmapped {
        None
    } else {
        dict.get_font_encoding_with_limit(doc, MAX_DECOMPRESSED)
            .ok()
    };
    let mut font = Font {
        encoding,
        two_byte: subtype == b"Type0",
        widths: FxHashMap::default(),
        default_width: 500.0,
        standard: None,
    };
    if font.two_byte {
        font.default_width = 1000.0;
        let descendant = dict
            .get(b"DescendantFonts")
            .map(|o| deref(doc, o))
            .and_then(Object::as_array)
            .ok()
            .and_then(|a| a.first())
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        if let Some(cid) = descendant {
            if let Some(dw) = cid.get(b"DW").ok().and_then(number) {
                font.default_width = dw;
            }
            if let Ok(w) = cid
                .get(b"W")
                .map(|o| deref(doc, o))
                .and_then(Object::as_array)
            {
                read_cid_widths(doc, w, &mut font.widths);
            }
        }
        return font;
    }
    let first = dict.get(b"FirstChar").ok().and_then(number).unwrap_or(0.0) as u32;
    if let Ok(widths) = dict
        .get(b"Widths")
        .map(|o| deref(doc, o))
        .and_then(Object::as_array)
    {
        for (i, w) in widths.iter().take(256).enumerate() {
            if let Some(w) = number(deref(doc, w)) {
                font.widths.insert(first + i as u32, w);
            }
        }
    }
    if let Some(missing) = dict
        .get(b"FontDescriptor")
        .map(|o| deref(doc, o))
        .and_then(Object::as_dict)
        .ok()
        .and_then(|d| d.get(b"MissingWidth").ok().and_then(number))
        .filter(|w| *w > 0.0)
    {
        font.default_width = missing;
    }
    if font.widths.is_empty() {
        let base = dict
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let base = String::from_utf8_lossy(base);
        // A subset's name opens on six capitals and a plus ("ABCDEF+Times-Roman").
        let base = base.split_once('+').map_or(&*base, |(_, name)| name);
        font.standard = standard_widths(base);
    }
    font
}

/// The widths of a standard font (or a look-alike named for one) by its name.
fn standard_widths(base: &str) -> Option<StandardWidths> {
    let bold = base.contains("Bold");
    let italic = base.contains("Italic") || base.contains("Oblique");
    if base.starts_with("Courier") {
        return Some(StandardWidths::Fixed(600.0));
    }
    let table = if base.starts_with("Times") {
        match (bold, italic) {
            (false, false) => pdf_core14::TIMES_ROMAN,
            (true, false) => pdf_core14::TIMES_BOLD,
            (false, true) => pdf_core14::TIMES_ITALIC,
            (true, true) => pdf_core14::TIMES_BOLDITALIC,
        }
    } else if base.starts_with("Helvetica") || base.starts_with("Arial") {
        if bold {
            pdf_core14::HELVETICA_BOLD
        } else {
            pdf_core14::HELVETICA
        }
    } else {
        return None;
    };
    Some(StandardWidths::ByChar(table))
}

/// A composite font's `/W` array: `c [w1 w2 ...]` gives codes from c on, `c1 c2 w` a range.
fn read_cid_widths(doc: &Document, w: &[Object], out: &mut FxHashMap<u32, f32>) {
    let mut i = 0;
    while i < w.len() && out.len() < 65_536 {
        let Some(first) = number(deref(doc, &w[i])) else {
            break;
        };
        match w.get(i + 1).map(|o| deref(doc, o)) {
            Some(Object::Array(ws)) => {
                for (k, width) in ws.iter().enumerate().take(65_536) {
                    if let Some(width) = number(width) {
                        out.insert(first as u32 + k as u32, width);
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(width)) = (number(last), w.get(i + 2).and_then(number))
                else {
                    break;
                };
                let (first, last) = (first as u32, (last as u32).min(first as u32 + 65_535));
                for code in first..=last {
                    out.insert(code, width);
                }
                i += 3;
            }
            None => break,
        }
    }
}

/// The page's bounds (its MediaBox, which a page may inherit from the tree above it).
fn page_box(doc: &Document, page_id: ObjectId) -> (f32, f32) {
    let mut node = doc.get_dictionary(page_id).ok();
    for _ in 0..32 {
        let Some(dict) = node else { break };
        if let Ok(Object::Array(a)) = dict.get(b"MediaBox").map(|o| deref(doc, o)) {
            let v: Vec<f32> = a.iter().filter_map(|o| number(deref(doc, o))).collect();
            if let [_, y0, _, y1] = v[..] {
                return (y0.min(y1), y0.max(y1));
            }
        }
        node = dict
            .get(b"Parent")
            .ok()
            .and_then(|p| p.as_reference().ok())
            .and_then(|id| doc.get_dictionary(id).ok());
    }
    (0.0, 792.0)
}

/// Where the page's text state is.
#[derive(Clone)]
struct TextState {
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
    size: f32,
    font: Option<Vec<u8>>,
}

struct PageReader<'a> {
    doc: &'a Document,
    fonts: FxHashMap<Vec<u8>, Font<'a>>,
    runs: Vec<Run>,
    forms_drawn: usize,
    /// Glyphs shown in a font that maps them to no letters (left out, and said so).
    unmapped_glyphs: usize,
}

impl<'a> PageReader<'a> {
    fn font(&mut self, name: &[u8], resources: Option<&'a Dictionary>) -> Option<&Font<'a>> {
        if !self.fonts.contains_key(name) {
            let dict = named_resource(self.doc, resources, b"Font", name)?
                .as_dict()
                .ok()?;
            let font = load_font(self.doc, dict);
            self.fonts.insert(name.to_vec(), font);
        }
        self.fonts.get(name)
    }

    /// Run a content stream's operations, placing the text they show.
    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&'a Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), String> {
        let content = Content::decode(content).map_err(|e| format!("its content: {e}"))?;
        let mut ctm = ctm;
        let mut saved: Vec<(Matrix, TextState)> = Vec::new();
        let mut ts = TextState {
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
            size: 0.0,
            font: None,
        };
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        for op in &content.operations {
            let args = &op.operands[..];
            match op.operator.as_str() {
                "q" if saved.len() < MAX_SAVED_STATES => saved.push((ctm, ts.clone())),
                "Q" => {
                    if let Some((m, t)) = saved.pop() {
                        ctm = m;
                        ts = t;
                    }
                }
                "cm" => {
                    if let Some(m) = numbers::<6>(args) {
                        ctm = times(&m, &ctm);
                    }
                }
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tc" => ts.char_spacing = args.first().and_then(number).unwrap_or(0.0),
                "Tw" => ts.word_spacing = args.first().and_then(number).unwrap_or(0.0),
                "Tz" => ts.scale = args.first().and_then(number).unwrap_or(100.0) / 100.0,
                "TL" => ts.leading = args.first().and_then(number).unwrap_or(0.0),
                "Ts" => ts.rise = args.first().and_then(number).unwrap_or(0.0),
                "Tf" => {
                    ts.font = args
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .map(<[u8]>::to_vec);
                    ts.size = args.get(1).and_then(number).unwrap_or(0.0);
                }
                "Td" | "TD" => {
                    if let Some([tx, ty]) = numbers::<2>(args) {
                        if op.operator == "TD" {
                            ts.leading = -ty;
                        }
                        tlm = times(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                        tm = tlm;
                    }
                }
                "Tm" => {
                    if let Some(m) = numbers::<6>(args) {
                        tlm = m;
                        tm = m;
                    }
                }
                "T*" => {
                    tlm = times(&[1.0, 0.0, 0.0, 1.0, 0.0, -ts.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if matches!(op.operator.as_str(), "'" | "\"") {
                        if op.operator == "\"" {
                            ts.word_spacing = args.first().and_then(number).unwrap_or(0.0);
                            ts.char_spacing = args.get(1).and_then(number).unwrap_or(0.0);
                        }
                        tlm = times(&[1.0, 0.0, 0.0, 1.0, 0.0, -ts.leading], &tlm);
                        tm = tlm;
                    }
                    let shown: &[Object] = match op.operator.as_str() {
                        "TJ" => args
                            .first()
                            .and_then(|a| a.as_array().ok())
                            .map_or(&[], |a| a),
                        "\"" => args.get(2..).unwrap_or(&[]),
                        _ => args.get(..1).unwrap_or(&[]),
                    };
                    for item in shown {
                        match item {
                            Object::String(bytes, _) => {
                                self.show(bytes, &ts, &mut tm, &ctm, resources);
                            }
                            other => {
                                if let Some(adjust) = number(other) {
                                    let tx = -adjust / 1000.0 * ts.size * ts.scale;
                                    tm = times(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                }
                            }
                        }
                    }
                }
                "Do" if depth < MAX_FORM_DEPTH => {
                    if let Some(name) = args.first().and_then(|o| o.as_name().ok()) {
                        self.form(name, resources, ctm, depth)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Draw a form XObject the content names, with its own resources and matrix.
    fn form(
        &mut self,
        name: &[u8],
        resources: Option<&'a Dictionary>,
        ctm: Matrix,
        depth: usize,
    ) -> Result<(), String> {
        let doc = self.doc;
        self.forms_drawn += 1;
        if self.forms_drawn > MAX_FORMS_PER_PAGE {
            return Err(format!(
                "it draws more than {MAX_FORMS_PER_PAGE} forms, as no report's page does"
            ));
        }
        let Some(stream) =
            named_resource(doc, resources, b"XObject", name).and_then(|o| o.as_stream().ok())
        else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"Form") {
            return Ok(());
        }
        let matrix = stream
            .dict
            .get(b"Matrix")
            .ok()
            .and_then(|o| o.as_array().ok())
            .and_then(|a| numbers::<6>(a))
            .unwrap_or(IDENTITY);
        let own = stream
            .dict
            .get(b"Resources")
            .ok()
            .map(|o| deref(doc, o))
            .and_then(|o| o.as_dict().ok());
        let content = stream
            .decompressed_content_with_limit(MAX_DECOMPRESSED)
            .unwrap_or_else(|_| stream.content.clone());
        // A form's fonts are named in its own resources: the page's font of the same name may
        // be another font.
        let saved_fonts = own.map(|_| std::mem::take(&mut self.fonts));
        let result = self.run(&content, own.or(resources), times(&matrix, &ctm), depth + 1);
        if let Some(fonts) = saved_fonts {
            self.fonts = fonts;
        }
        result
    }

    /// Place a string's glyphs and move the text matrix past them.
    fn show(
        &mut self,
        bytes: &[u8],
        ts: &TextState,
        tm: &mut Matrix,
        ctm: &Matrix,
        resources: Option<&'a Dictionary>,
    ) {
        let Some(name) = ts.font.as_deref() else {
            return;
        };
        let Some(font) = self.font(name, resources) else {
            return;
        };
        let step = if font.two_byte { 2 } else { 1 };
        let unmapped = font.two_byte && font.encoding.is_none();
        let start = times(tm, ctm);
        let mut text = String::new();
        let mut advance_tm = *tm;
        // Spacing between letters as wide as a space parts words (a producer may set a word
        // break that way, inside one string).
        let letters_parted = ts.char_spacing * ts.scale > 0.2 * ts.size.abs();
        let codes = bytes.len().div_ceil(step);
        for (i, code) in bytes.chunks(step).enumerate() {
            let value = code.iter().fold(0u32, |v, &b| v * 256 + u32::from(b));
            let chars = font.decode(code);
            let w0 = font.width(value, &chars) / 1000.0;
            let space = step == 1 && code == b" ";
            let tx = (w0 * ts.size + ts.char_spacing + if space { ts.word_spacing } else { 0.0 })
                * ts.scale;
            advance_tm = times(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &advance_tm);
            // A space character spacing has narrowed to nothing parts no words (a producer
            // may fit a line that way).
            let no_gap = chars == " " && tx < 0.15 * ts.size.abs() * ts.scale;
            if !no_gap {
                text.push_str(&chars);
            }
            if letters_parted && i + 1 < codes && !chars.ends_with(' ') {
                text.push(' ');
            }
        }
        *tm = advance_tm;
        if unmapped {
            self.unmapped_glyphs += bytes.len() / 2;
        }
        let end = times(&advance_tm, ctm);
        // The size a reader sees: the font's size through the text and page matrices.
        let scale_y = (start[2] * start[2] + start[3] * start[3]).sqrt();
        let size = (ts.size.abs() * scale_y).max(0.1);
        let turned = start[1].abs() > start[0].abs();
        let rise = ts.rise * scale_y;
        let text = without_ligatures(&text);
        if text.is_empty() {
            return;
        }
        self.runs.push(Run {
            x: start[4],
            y: start[5] + rise,
            end_x: end[4],
            size,
            turned,
            text,
        });
    }
}

fn read_page(doc: &Document, page_id: ObjectId) -> Result<Page, String> {
    let content = doc
        .get_page_content_with_limit(page_id, MAX_DECOMPRESSED)
        .map_err(|e| format!("its content: {e}"))?;
    let (resources, resource_ids) = doc
        .get_page_resources(page_id)
        .map_err(|e| format!("its resources: {e}"))?;
    let resources = resources.or_else(|| {
        resource_ids
            .iter()
            .find_map(|id| doc.get_dictionary(*id).ok())
    });
    let mut reader = PageReader {
        doc,
        fonts: FxHashMap::default(),
        runs: Vec::new(),
        forms_drawn: 0,
        unmapped_glyphs: 0,
    };
    reader.run(&content, resources, IDENTITY, 0)?;
    let (bottom, top) = page_box(doc, page_id);
    Ok(Page {
        lines: lines_of(&reader.runs),
        bottom,
        top,
        unmapped_glyphs: reader.unmapped_glyphs,
        usual_gap: None,
    })
}

/// Runs joined into lines: a run on the baseline of the one before and to its right goes on
/// the line, after a space where the gap between them is wider than a tight letter gap; a gap
/// as wide as several words (a table's cells, a caption's two sides) ends the line, and so
/// does a narrower one before a run that starts where two lines or more start (a table's
/// column, its cells set closer than that).
fn lines_of(runs: &[Run]) -> Vec<Line> {
    let starts: Vec<i32> = {
        let mut starts: Vec<i32> = joined_runs(runs, &[])
            .iter()
            .map(|l| (l.x * 2.0).round() as i32)
            .collect();
        starts.sort_unstable();
        starts
    };
    let column_starts: Vec<i32> = starts
        .chunk_by(|a, b| a == b)
        .filter(|same| same.len() >= 2)
        .map(|same| same[0])
        .collect();
    joined_runs(runs, &column_starts)
}

/// [`lines_of`]'s work: `column_starts` are where columns start (half points).
fn joined_runs(runs: &[Run], column_starts: &[i32]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut last: Option<&Run> = None;
    for run in runs {
        // A word's letters drawn twice a hair apart fake a bold face: once is enough.
        let again = last.is_some_and(|p| {
            run.text == p.text
                && (run.x - p.x).abs() < 0.2 * run.size
                && (run.y - p.y).abs() < 0.2 * run.size
        });
        if again {
            continue;
        }
        // A paragraph's number or an item's marker hangs a wider gap left of its text.
        let after_marker = lines.last().is_some_and(|l| lone_marker(&l.text));
        let on_line = last.filter(|p| {
            let size = p.size.min(run.size);
            // A footnote's mark or an exponent, set smaller and raised or lowered, is on the
            // line of the text around it.
            let baseline_slack = if size < 0.85 * p.size.max(run.size) {
                0.6 * p.size.max(run.size)
            } else {
                0.5 * size
            };
            !p.turned
                && !run.turned
                && (p.y - run.y).abs() < baseline_slack
                && run.x >= p.end_x - 0.5 * size
                && (run.x - p.end_x < 2.0 * size.max(p.size)
                    || (run.x - p.end_x < 4.0 * size.max(p.size) && after_marker))
                && !(run.x - p.end_x > 0.8 * size
                    && !after_marker
                    && column_starts
                        .binary_search_by(|&c| {
                            let at = (run.x * 2.0).round() as i32;
                            if (c - at).abs() <= 1 {
                                std::cmp::Ordering::Equal
                            } else {
                                c.cmp(&at)
                            }
                        })
                        .is_ok())
        });
        match (on_line, lines.last_mut()) {
            (Some(p), Some(line)) => {
                let gap = run.x - p.end_x;
                line.end_x = line.end_x.max(run.end_x);
                // (A footnote's mark opening the line is not its size.)
                line.size = line.size.max(run.size);
                if gap > 0.2 * p.size.min(run.size)
                    && !line.text.ends_with(' ')
                    && !run.text.starts_with(' ')
                {
                    line.text.push(' ');
                }
                line.text.push_str(&run.text);
            }
            _ => lines.push(Line {
                x: run.x,
                y: run.y,
                last_y: run.y,
                end_x: run.end_x,
                size: run.size,
                text: run.text.clone(),
            }),
        }
        last = Some(run);
    }
    for line in &mut lines {
        line.text = in_reading_order(&line.text.split_whitespace().collect::<Vec<_>>());
    }
    lines.retain(|l| !l.text.is_empty());
    lines
}

/// A line's text with its digits as one mark, to know a running header by its shape.
fn shape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_digit() {
            if !out.ends_with('#') {
                out.push('#');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a line is a page's number alone ("3", "Page 3", "Page 3 of 9", "3/9", "- 3 -").
fn page_number_alone(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c| c == '-' || c == '–' || c == ' ');
    let t = t
        .strip_prefix("Page ")
        .or_else(|| t.strip_prefix("page "))
        .unwrap_or(t);
    let digits_only =
        |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    digits_only(t)
        || t.split_once(" of ")
            .is_some_and(|(a, b)| digits_only(a) && digits_only(b))
        || t.split_once('/')
            .is_some_and(|(a, b)| digits_only(a) && digits_only(b))
}

/// Whether a line gives page `n`'s number as running heads write it ("- 2 -", "Page 2",
/// "page 2 of 9", "2/9"), as a header set on one page only may.
fn says_its_page_number(text: &str, n: usize) -> bool {
    let lower = text.to_lowercase();
    let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
    let number = n.to_string();
    let after = |at: usize| compact[at + number.len()..].chars().next();
    let before = |at: usize| compact[..at].chars().next_back();
    text.split_whitespace().count() <= 14
        && compact.match_indices(&number).any(|(at, _)| {
            let (b, a) = (before(at), after(at));
            let bare = |c: Option<char>| c.is_none_or(|c| !c.is_ascii_digit());
            bare(b)
                && bare(a)
                && ((b == Some('-') && a == Some('-'))
                    || compact[..at].ends_with("page")
                    || (a == Some('/')
                        && compact[at + number.len() + 1..]
                            .starts_with(|c: char| c.is_ascii_digit()))
                    || compact[at + number.len()..].starts_with("of")
                        && compact[at + number.len() + 2..]
                            .starts_with(|c: char| c.is_ascii_digit()))
        })
}

/// A page's footnotes: the lines at its foot set smaller than its body, the first opening on
/// a note's mark. Taken out and read after the last page, so that a paragraph going on over
/// the page break is not cut by them.
fn footnotes_to_the_end(pages: &mut [Page]) -> Vec<Line> {
    let mut notes = Vec::new();
    for page in pages.iter_mut() {
        let body = body_size(page);
        let middle = (page.top + page.bottom) / 2.0;
        let small = |l: &Line| l.size < 0.92 * body && l.y < middle;
        let foot = page.lines.iter().rev().take_while(|l| small(l)).count();
        if foot == 0 || foot == page.lines.len() {
            continue;
        }
        let first = &page.lines[page.lines.len() - foot];
        let mark = first.text.chars().next().is_some_and(|c| {
            c.is_ascii_digit() || matches!(c, '*' | '†' | '‡' | '¹' | '²' | '³') || c.is_numeric()
        });
        if mark {
            let at = page.lines.len() - foot;
            notes.extend(page.lines.drain(at..));
        }
    }
    notes
}

/// Leave out the lines in a page's top or bottom tenth that several pages repeat (digits
/// aside: a page number changes), and a page's number alone there.
fn drop_running_lines(pages: &mut [Page], dropped: &mut Vec<(String, String)>) {
    let in_margin = |(top, bottom): (f32, f32), line: &Line| {
        let band = (top - bottom) * 0.1;
        line.y > top - band || line.y < bottom + band
    };
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    for page in pages.iter() {
        let mut here: Vec<String> = page
            .lines
            .iter()
            .filter(|l| in_margin((page.top, page.bottom), l))
            .map(|l| shape(&l.text))
            .collect();
        here.sort();
        here.dedup();
        for s in here {
            *seen.entry(s).or_default() += 1;
        }
    }
    for (index, page) in pages.iter_mut().enumerate() {
        let bounds = (page.top, page.bottom);
        page.lines.retain(|line| {
            let running = in_margin(bounds, line)
                && (seen.get(&shape(&line.text)).is_some_and(|&n| n >= 2)
                    || page_number_alone(&line.text)
                    || says_its_page_number(&line.text, index + 1));
            if running {
                dropped.push((line.text.clone(), "running page header".to_string()));
            }
            !running
        });
    }
}

/// A page's footer drawn before its text (a page template, as ReportLab and others draw it
/// first) read after the text, and a header drawn after it read before: in the order drawn,
/// a footer would run into the text's first line. Only lines drawn before any of the text (or
/// after all of it) move, so a column ending low on the page stays where it is.
fn margins_in_place(page: &mut Page) {
    let band = (page.top - page.bottom) * 0.1;
    let (top, bottom) = (page.top - band, page.bottom + band);
    let footer_first = page.lines.iter().take_while(|l| l.y < bottom).count();
    if footer_first < page.lines.len() {
        page.lines.rotate_left(footer_first);
    }
    let header_last = page.lines.iter().rev().take_while(|l| l.y > top).count();
    if header_last < page.lines.len() {
        page.lines.rotate_right(header_last);
    }
}

/// More lines than this on one page are not searched for a table's wrapped cells (the search
/// compares lines with lines; a page of real text has a few hundred).
const MAX_LINES_FOR_CELLS: usize = 4_000;

/// A table's cells wrapped over two lines or more, each joined into one line. A cell has
/// another cell beside it (level with it, or nearly: a row's cells may be centred on its
/// middle); its next line sits right under it, aligned on its left, one line's distance down
/// (a row's next cell is further, past the cells' padding), and its first word would not have
/// fitted before the next cell (or, in the last column, the column's widest line). Left apart,
/// a name wrapped in its cell ("Majid Dastjani" / "Farahani") would be read as two, and the
/// row's other cells, drawn between them by some producers, would part them further.
fn join_wrapped_cells(page: &mut Page) {
    let lines = &mut page.lines;
    if lines.len() > MAX_LINES_FOR_CELLS {
        return;
    }
    // The distance from a line to the next, for lines of one size: the most common between a
    // line and the next drawn under it at its left (a paragraph's or a cell's lines).
    let mut steps: Vec<(i32, i32)> = lines
        .windows(2)
        .filter(|w| {
            (w[0].x - w[1].x).abs() < 0.5 * w[0].size
                && (w[0].size - w[1].size).abs() <= 0.1 * w[0].size
                && w[0].y > w[1].y
        })
        .map(|w| {
            (
                (w[0].size * 2.0).round() as i32,
                ((w[0].y - w[1].y) * 2.0).round() as i32,
            )
        })
        .collect();
    steps.sort_unstable();
    let line_step = |size: f32| {
        let key = (size * 2.0).round() as i32;
        let same: Vec<i32> = steps.iter().filter(|s| s.0 == key).map(|s| s.1).collect();
        most_common(&same).map_or(1.25 * size, |d| d as f32 / 2.0)
    };
    let beside = |a: &Line, b: &Line| {
        (a.y - b.y).abs() < a.size.min(b.size) && (b.x > a.end_x || b.end_x < a.x)
    };
    // Which lines have something beside them, told once (asked of every line of a column).
    let has_beside: Vec<bool> = lines
        .iter()
        .map(|l| lines.iter().any(|o| beside(l, o)))
        .collect();
    let mut taken = vec![false; lines.len()];
    for i in 0..lines.len() {
        if taken[i] || !has_beside[i] {
            continue;
        }
        let cell = &lines[i];
        let (x, size) = (cell.x, cell.size);
        let step = line_step(size);
        // Where the cell's room ends: before the next cell's start, and where the lines of its
        // column that have something beside them near it end at the widest (a table's column,
        // text beside a box floated there); else about where most lines of its column end
        // (columns of text may stand a wide gutter apart).
        let column = |l: &Line| (l.x - x).abs() < 0.5 * size && (l.size - size).abs() <= 0.1 * size;
        let widest_beside = lines
            .iter()
            .zip(&has_beside)
            .filter(|(l, &beside)| beside && column(l) && (l.y - cell.y).abs() < 12.0 * size)
            .map(|(l, _)| l.end_x)
            .reduce(f32::max);
        let mut ends: Vec<f32> = lines
            .iter()
            .filter(|l| column(l))
            .map(|l| l.end_x)
            .collect();
        ends.sort_by(f32::total_cmp);
        let edge = widest_beside.unwrap_or_else(|| {
            ends.get((ends.len().saturating_sub(1)) * 4 / 5)
                .copied()
                .unwrap_or(cell.end_x)
        });
        let room = lines
            .iter()
            .filter(|l| beside(cell, l) && l.x > cell.end_x)
            .map(|l| l.x - 0.5 * size)
            .fold(edge + 0.5 * size, f32::min);
        let per_letter = |l: &Line| (l.end_x - l.x) / l.text.chars().count().max(1) as f32;
        // The cell's last line so far: its baseline, where it ends, its letters' width.
        let (mut y, mut end, mut letter) = (cell.y, cell.end_x, per_letter(cell));
        loop {
            let next = (0..lines.len()).find(|&j| {
                let c = &lines[j];
                j != i
                    && !taken[j]
                    && (c.size - size).abs() <= 0.05 * size
                    && (c.x - x).abs() < 0.5 * size
                    && y - c.y > 0.8 * size
                    && y - c.y < 1.1 * step
                    && !opens_on_marker(&c.text)
            });
            let Some(j) = next else { break };
            // The line ended where the next one's first word would not have fitted.
            let first_word = lines[j].text.split_whitespace().next().unwrap_or("");
            // (Letters are told by the line's mean width: a word that would only just have
            // fitted is taken as wrapped.)
            if end + (first_word.chars().count() + 1) as f32 * letter < room - 1.5 * letter {
                break;
            }
            taken[j] = true;
            (y, end, letter) = (lines[j].y, lines[j].end_x, per_letter(&lines[j]));
            let (more, end_x) = (lines[j].text.clone(), lines[j].end_x);
            let cell = &mut lines[i];
            if !crate::rejoin_hyphenated(&mut cell.text, &more) {
                cell.text.push(' ');
            }
            cell.text.push_str(&more);
            cell.end_x = cell.end_x.max(end_x);
            cell.last_y = y;
        }
    }
    let mut index = 0;
    lines.retain(|_| {
        index += 1;
        !taken[index - 1]
    });
}

/// A page's usual distance between lines of its body's size (`body`): the most common one
/// between a line and the next (a box's or a table's smaller lines set closer do not count).
fn usual_gap(lines: &[Line], body: f32) -> Option<f32> {
    let of_body = |l: &Line| (l.size - body).abs() <= 0.15 * body;
    let mut gaps: Vec<i32> = lines
        .windows(2)
        .filter(|w| of_body(&w[0]) && of_body(&w[1]))
        .map(|w| ((w[0].last_y - w[1].y) * 2.0).round() as i32)
        .filter(|g| *g > 0)
        .collect();
    gaps.sort_unstable();
    most_common(&gaps).map(|g| g as f32 / 2.0)
}

/// The size most of a page's letters are set in.
fn body_size(page: &Page) -> f32 {
    let mut sizes: Vec<i32> = page
        .lines
        .iter()
        .flat_map(|l| std::iter::repeat_n((l.size * 2.0).round() as i32, l.text.len()))
        .collect();
    sizes.sort_unstable();
    most_common(&sizes).map_or(0.0, |s| s as f32 / 2.0)
}

/// The first page's heading: its first lines in the page's largest size, where that is well
/// above the body's and they are a headline's length.
fn first_page_heading(pages: &[Page]) -> Option<String> {
    let page = pages.iter().find(|p| !p.lines.is_empty())?;
    let largest = page.lines.iter().map(|l| l.size).fold(0.0, f32::max);
    if largest < 1.25 * body_size(page) {
        return None;
    }
    let heading: Vec<&str> = page
        .lines
        .iter()
        .skip_while(|l| l.size < 0.95 * largest)
        .take_while(|l| l.size >= 0.95 * largest)
        .map(|l| l.text.as_str())
        .collect();
    let heading = heading.join(" ");
    (heading.split_whitespace().count() <= 30 && heading.chars().any(char::is_alphabetic))
        .then_some(heading)
}

/// Whether a line ends a sentence (a paragraph may end there).
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | ')' | ']') || c.is_numeric() && !c.is_ascii_digit()
    });
    // A footnote's mark after the full stop ("protests.¹") still ends it.
    t.ends_with(['.', '!', '?', ':'])
}

/// Whether a line's text so far is only a numbered paragraph's or a list's marker ("12.",
/// "(b)", "•"), which hangs left of its paragraph's lines.
fn lone_marker(text: &str) -> bool {
    let t = text.trim();
    !t.contains(' ') && opens_on_marker(t)
}

/// Whether a line opens on a numbered paragraph's or a list's marker ("12.", "(b)", "•").
fn opens_on_marker(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let numbered = first
        .strip_suffix('.')
        .or_else(|| first.strip_suffix(')'))
        .is_some_and(|n| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
    // "(a)", "(B)", "(iv)", "(12)": not an acronym in brackets ("(DSN)").
    let bracketed = first
        .strip_prefix('(')
        .and_then(|f| f.strip_suffix(')'))
        .is_some_and(|inner| {
            (inner.len() == 1 && inner.chars().all(char::is_alphanumeric))
                || (!inner.is_empty()
                    && inner.len() <= 3
                    && (inner.bytes().all(|b| b.is_ascii_digit())
                        || inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))))
        });
    numbered || bracketed || matches!(first, "•" | "–" | "—" | "-" | "▪" | "◦")
}

/// The pages' lines as text: a line break between the lines of a paragraph, a blank line
/// between paragraphs. A paragraph goes on over a column's or a page's end unless the line
/// before ends a sentence.
fn join_pages(pages: &[Page], notes: &[Line]) -> String {
    let mut out = String::new();
    let mut prev: Option<&Line> = None;
    let mut prev_full = false;
    let mut prev_edge: Option<f32> = None;
    let notes_page = Page {
        lines: notes.to_vec(),
        bottom: 0.0,
        top: 0.0,
        unmapped_glyphs: 0,
        usual_gap: None,
    };
    // Every page's lines by where they start (whole points): the three widest ends of each.
    // A page with a short list on it is as wide as the others.
    let mut starts: std::collections::BTreeMap<i32, Vec<f32>> = std::collections::BTreeMap::new();
    for line in pages.iter().flat_map(|p| &p.lines) {
        let ends = starts.entry(line.x as i32).or_default();
        ends.push(line.end_x);
        ends.sort_by(|a, b| b.total_cmp(a));
        ends.truncate(3);
    }
    for page in pages.iter().chain(std::iter::once(&notes_page)) {
        let body_size = body_size(page);
        // (Told before a table's cells were joined, where they were.)
        let usual = page.usual_gap.or_else(|| usual_gap(&page.lines, body_size));
        // A line that runs to its column's edge goes on in the next (a paragraph's lines, a
        // sentence over a column's or a page's end). The column: the lines of its size that
        // start about where it starts (a first line's indent to their right), three at least;
        // its edge: where most of them end (a paragraph's last line ends short, a heading
        // above may run wider).
        let full = |line: &Line| {
            let mut ends: Vec<f32> = page
                .lines
                .iter()
                .filter(|l| {
                    (l.size - line.size).abs() <= 0.15 * line.size
                        && l.x >= line.x - 4.0 * line.size
                        && l.x <= line.x + line.size
                })
                .map(|l| l.end_x)
                .collect();
            if ends.len() < 3 {
                return false;
            }
            ends.sort_by(f32::total_cmp);
            let edge = ends[(ends.len() - 1) * 4 / 5];
            let start = page
                .lines
                .iter()
                .filter(|l| (l.x - line.x).abs() < 4.0 * line.size)
                .map(|l| l.x)
                .fold(line.x, f32::min);
            line.end_x >= edge - 0.2 * (edge - start).max(line.size)
        };
        // (Told on the line's own page: the line before the first of a page is on the last.)
        let fulls: Vec<bool> = page.lines.iter().map(full).collect();
        // Where the lines that start where a line starts (on any page, in any size: a list's
        // items and the paragraphs around it) end at their widest, three of them at least (a
        // title running wider is one or two): a line ending short of it by more than the next
        // line's first word was broken on purpose (an item of a list, a teaser's title, a signatory), not
        // wrapped. Unless something is drawn beside it (a box floated there, a table's next
        // cell): then its column is narrower there. (Not told on a page of thousands of lines.)
        let few = page.lines.len() <= MAX_LINES_FOR_CELLS;
        let column_end = |line: &Line| {
            let mut ends: Vec<f32> = starts
                .range((line.x - 4.0 * line.size) as i32..=(line.x + line.size) as i32)
                .flat_map(|(_, ends)| ends.iter().copied())
                .collect();
            ends.sort_by(|a, b| b.total_cmp(a));
            ends.get(2).copied()
        };
        let crowded = |line: &Line| {
            page.lines
                .iter()
                .any(|l| l.x >= line.end_x + line.size && (l.y - line.y).abs() < 2.0 * line.size)
        };
        let after_a_cell: Vec<bool> =
            page.lines
                .iter()
                .map(|line| {
                    few && page.lines.iter().any(|l| {
                        (l.y - line.y).abs() < 0.9 * l.size.min(line.size) && l.end_x < line.x
                    })
                })
                .collect();
        let edges: Vec<Option<f32>> = page
            .lines
            .iter()
            .map(|l| {
                if few && !crowded(l) {
                    column_end(l)
                } else {
                    None
                }
            })
            .collect();
        for (i, line) in page.lines.iter().enumerate() {
            let Some(before) = prev else {
                out.push_str(&line.text);
                prev = Some(line);
                prev_full = fulls[i];
                prev_edge = edges[i];
                continue;
            };
            let new_page = i == 0;
            let dy = before.last_y - line.y;
            let resized = (before.size - line.size).abs() > 0.15 * before.size.max(line.size);
            // A line's parts set apart by a gap of several words (a table's cells, a
            // caption's two sides): each its own.
            // So is a row's next cell, drawn after the cell before it ran over lines below.
            let beside = !new_page
                && ((dy.abs() < 0.9 * before.size.min(line.size) && line.x > before.end_x)
                    || (dy < 0.0 && -dy < 6.0 * line.size && after_a_cell[i]));
            // A line drawn higher up and well to the left is no next column (columns go on
            // to the right): a box drawn before the text, a header drawn after it.
            let back_left = !new_page && dy < 0.0 && line.x < before.x - 2.0 * line.size;
            let paragraph = if beside || back_left {
                true
            } else if new_page || dy <= 0.0 {
                // The next page or column: the paragraph goes on unless a sentence ended.
                ends_sentence(&before.text) || resized
            } else {
                // (The page's usual distance is its body's; a heading's lines are set wider.)
                let body = (line.size - body_size).abs() <= 0.15 * body_size;
                let leading = match usual {
                    Some(usual) if body => usual.max(line.size),
                    _ => line.size * 1.5,
                };
                resized
                    || dy > 1.2 * leading
                    || (opens_on_marker(&line.text) && line.x < before.x - 0.5 * line.size)
                    || (opens_on_marker(&line.text) && ends_sentence(&before.text))
            };
            // A heading's lines, set larger than the body, wrap as one paragraph: joined, or
            // the cleaner would take its short lines for lines of their own.
            let heading_wraps = !paragraph
                && dy > 0.5 * line.size
                && before.size > 1.15 * body_size
                && line.size > 1.15 * body_size;
            // The lines of one paragraph, the one under the other and the first running to
            // its column's edge, are one line: the cleaner need not guess from their lengths.
            let wraps = !paragraph
                && prev_full
                && (new_page
                    || dy <= 0.0
                    || (dy > 0.3 * line.size
                        && line.x >= before.x - 4.0 * line.size
                        && line.x <= before.x + 4.0 * line.size));
            if paragraph || (!heading_wraps && broken_on_purpose(before, prev_edge, line)) {
                out.push_str("\n\n");
            } else if heading_wraps || wraps {
                // A word hyphenated over the line is joined ("surveil-" / "lance").
                if !crate::rejoin_hyphenated(&mut out, &line.text) {
                    out.push(' ');
                }
            } else {
                out.push('\n');
            }
            out.push_str(&line.text);
            prev = Some(line);
            prev_full = fulls[i];
            prev_edge = edges[i];
        }
    }
    out.push('\n');
    out
}

/// Whether `before` was ended on purpose, not wrapped at its column's end (`column_end`,
/// where it is known): the next line's first word (and a space, at `before`'s width a letter,
/// with room for wider letters) would have fitted after it, and the next line opens as an
/// item does (a capital, a list's marker) or `before` closes as one does (";", ":", a full
/// stop). (A year or a quote opens a wrapped line as often as an item.) A line ending on a comma, a hyphen or a word that leads into the next
/// ("of", "the", a name's particle) goes on whatever its length.
fn broken_on_purpose(before: &Line, column_end: Option<f32>, line: &Line) -> bool {
    let Some(column_end) = column_end else {
        return false;
    };
    let letters = before.text.chars().count();
    if letters == 0 || line.y >= before.last_y {
        return false;
    }
    let per_letter = (before.end_x - before.x) / letters as f32;
    let first_word = line.text.split_whitespace().next().unwrap_or("");
    let needed = (first_word.chars().count() + 1) as f32 * per_letter * 1.25;
    if before.end_x + needed >= column_end - 2.0 * per_letter {
        return false;
    }
    const LEADING: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with",
        "as", "that", "de", "van", "von", "der", "den", "le", "la", "du", "da", "di", "al", "el",
        "bin", "ibn", "abu",
    ];
    let last_word = before.text.split_whitespace().next_back().unwrap_or("");
    if before.text.ends_with([',', '-', '–', '(', '/', '&'])
        || LEADING.contains(&last_word.to_lowercase().as_str())
    {
        return false;
    }
    let opens_as_item =
        line.text.chars().next().is_some_and(char::is_uppercase) || opens_on_marker(&line.text);
    opens_as_item || before.text.trim_end().ends_with([';', ':', '.', '!', '?'])
}

fn most_common(sorted: &[i32]) -> Option<i32> {
    let mut best: Option<(i32, usize)> = None;
    let mut i = 0;
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|&&g| g == sorted[i]).count();
        if best.is_none_or(|(_, n)| j > n) {
            best = Some((sorted[i], j));
        }
        i += j;
    }
    best.map(|(g, _)| g)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use lopdf::{dictionary, Stream};

    /// A PDF of A4 pages, each drawn by its content stream as written, with the standard fonts
    /// F1 (Helvetica), F2 (Times-Roman) and F3 (Helvetica-Bold) and no widths in the file.
    /// A PDF of these pages' content streams, fonts F1 to F4 (see [`pdf_titled`]); other
    /// modules' tests build their PDFs with it too.
    pub(crate) fn pdf(pages: &[&str]) -> Vec<u8> {
        pdf_titled(pages, None)
    }

    /// As [`pdf`], with the document information's title.
    fn pdf_titled(pages: &[&str], title: Option<&str>) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = |doc: &mut Document, base: &str| {
            doc.add_object(dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => base.to_string(), "Encoding" => "WinAnsiEncoding"})
        };
        // F4: a composite font with no ToUnicode map, its codes glyph numbers only.
        let cid = dictionary! {"Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "ABCDEF+Roe", "DW" => 600};
        let composite = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "ABCDEF+Roe",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![Object::Dictionary(cid)],
        });
        let fonts = dictionary! {
            "F1" => font(&mut doc, "Helvetica"),
            "F2" => font(&mut doc, "Times-Roman"),
            "F3" => font(&mut doc, "Helvetica-Bold"),
            "F4" => composite,
        };
        let resources = doc.add_object(dictionary! {"Font" => fonts});
        let mut kids = Vec::new();
        for content in pages {
            let content = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
            let page = doc.add_object(
                dictionary! {"Type" => "Page", "Parent" => pages_id, "Contents" => content},
            );
            kids.push(Object::Reference(page));
        }
        let count = kids.len() as i64;
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => count, "Resources" => resources,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
        doc.trailer.set("Root", catalog);
        if let Some(title) = title {
            let info = doc.add_object(dictionary! {"Title" => Object::string_literal(title)});
            doc.trailer.set("Info", info);
        }
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("a PDF written");
        out
    }

    /// Words drawn one by one at `y`, each where the one before ends plus `gap` points, in
    /// 12-point Times (as TeX sets them: no space characters).
    fn placed_words(words: &[&str], y: f32, gap: f32) -> String {
        let mut x = 72.0;
        let mut out = String::new();
        for w in words {
            out.push_str(&format!("BT /F2 12 Tf {x} {y} Td ({w}) Tj ET\n"));
            let width: f32 = w
                .chars()
                .map(|c| {
                    let i = pdf_core14::TIMES_ROMAN
                        .binary_search_by_key(&c, |&(k, _)| k)
                        .unwrap();
                    f32::from(pdf_core14::TIMES_ROMAN[i].1) * 12.0 / 1000.0
                })
                .sum();
            x += width + gap;
        }
        out
    }

    #[test]
    fn words_placed_one_by_one_are_words_with_spaces_between() {
        let words = [
            "Officers",
            "of",
            "the",
            "Rapid",
            "Intervention",
            "Force",
            "followed",
            "Mr",
            "al-Shammari.",
        ];
        let text = pdf_text(&pdf(&[&placed_words(&words, 700.0, 3.0)]))
            .unwrap()
            .text;
        assert_eq!(text.trim(), words.join(" "));
        // A tight gap (kerning, a justified line's letters) is no word break.
        let text = pdf_text(&pdf(&[&placed_words(&["Kowal", "ski"], 700.0, 0.4)]))
            .unwrap()
            .text;
        assert_eq!(text.trim(), "Kowalski");
    }

    #[test]
    fn a_kerned_word_is_one_word_and_a_wide_adjustment_is_a_space() {
        let content = "BT /F1 11 Tf 72 700 Td [(W) 80 (ard) -20 (en) -300 (Nilsson)] TJ ET";
        assert_eq!(
            pdf_text(&pdf(&[content])).unwrap().text.trim(),
            "Warden Nilsson"
        );
    }

    #[test]
    fn running_heads_and_page_numbers_are_left_out_and_a_paragraph_goes_on_over_the_page() {
        let page = |n: u32, body: &str| {
            format!(
                "BT /F1 9 Tf 72 800 Td (Approved Judgment) Tj ET\n\
                 BT /F1 9 Tf 380 800 Td (Roe v Kingdom of Ruritania) Tj ET\n\
                 {body}\n\
                 BT /F1 9 Tf 280 40 Td (Page {n}) Tj ET"
            )
        };
        let one = page(
            1,
            "BT /F2 12 Tf 72 700 Td 15 TL (The claimant was followed by two officers) Tj \
             T* (of the embassy, who reported to the) Tj ET",
        );
        let two = page(
            2,
            "BT /F2 12 Tf 72 700 Td (General Intelligence Presidency in Riyadh.) Tj ET",
        );
        let read = pdf_text(&pdf(&[&one, &two])).unwrap();
        assert_eq!(
            read.text.trim(),
            "The claimant was followed by two officers\nof the embassy, who reported to the\n\
             General Intelligence Presidency in Riyadh."
        );
        let dropped: Vec<&str> = read.dropped.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            dropped.contains(&"Roe v Kingdom of Ruritania"),
            "{dropped:?}"
        );
        assert!(dropped.contains(&"Page 2"), "{dropped:?}");
    }

    #[test]
    fn paragraphs_part_where_the_lines_part_wider_and_a_caption_s_sides_are_apart() {
        let content = "BT /F2 12 Tf 72 700 Td (FAHAD ROE) Tj ET\n\
             BT /F2 12 Tf 440 700 Td (Claimant) Tj ET\n\
             BT /F2 12 Tf 72 670 Td 14 TL (First paragraph, its first line) Tj T* (and its last.) Tj ET\n\
             BT /F2 12 Tf 72 620 Td (A second paragraph.) Tj ET";
        let text = pdf_text(&pdf(&[content])).unwrap().text;
        assert_eq!(
            text.trim(),
            "FAHAD ROE\n\nClaimant\n\nFirst paragraph, its first line and its last.\n\nA second paragraph."
        );
    }

    #[test]
    fn the_first_page_s_heading_set_large_is_the_title() {
        let content = "BT /F3 22 Tf 72 760 Td 26 TL (Watched from Abroad: how a state) Tj \
             T* (reaches its critics) Tj ET\n\
             BT /F2 11 Tf 72 700 Td 14 TL (An exile in Berlin, Jane Roe, said she had been followed for) Tj \
             T* (months by men she did not know, and that her mother had been questioned.) Tj ET";
        let read = pdf_text(&pdf(&[content])).unwrap();
        assert_eq!(
            read.heading.as_deref(),
            Some("Watched from Abroad: how a state reaches its critics")
        );
        let doc = crate::clean_page_checked(&pdf(&[content])).unwrap();
        assert_eq!(
            doc.title.as_deref(),
            Some("Watched from Abroad: how a state reaches its critics")
        );
        assert!(doc.text.contains("Jane Roe"), "{}", doc.text);
    }

    #[test]
    fn a_bold_face_faked_by_drawing_twice_is_read_once_and_ligatures_are_letters() {
        let content =
            "BT /F1 12 Tf 72 700 Td (Memorial) Tj ET\nBT /F1 12 Tf 72.3 700 Td (Memorial) Tj ET";
        assert_eq!(pdf_text(&pdf(&[content])).unwrap().text.trim(), "Memorial");
        assert_eq!(
            without_ligatures("Gri\u{fb03}ths o\u{fb03}cials \u{fb02}ed"),
            "Griffiths officials fled"
        );
    }

    #[test]
    fn a_pdf_that_cannot_be_read_says_why() {
        let no_text = pdf(&["0 0 m 100 100 l S"]);
        let why = pdf_text(&no_text).unwrap_err();
        assert!(why.contains("no text") && why.contains("OCR"), "{why}");
        // Glyph numbers that map to no letters are no text either, and where other text is
        // read, what could not be is said.
        let glyphs_only = pdf(&["BT /F4 12 Tf 72 700 Td <002A0048004F> Tj ET"]);
        assert!(pdf_text(&glyphs_only).unwrap_err().contains("no text"));
        let mixed = pdf(&[
            "BT /F4 12 Tf 72 700 Td <002A0048004F> Tj ET\nBT /F1 12 Tf 72 600 Td (Jane Roe) Tj ET",
        ]);
        let read = pdf_text(&mixed).unwrap();
        assert_eq!(read.text.trim(), "Jane Roe");
        assert!(
            read.dropped.iter().any(|(what, _)| what == "3 glyphs"),
            "{:?}",
            read.dropped
        );
        let broken = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF";
        assert!(pdf_text(broken).is_err());
        let truncated = pdf(&["BT /F1 12 Tf 72 700 Td (Jane Roe) Tj ET"]);
        assert!(pdf_text(&truncated[..truncated.len() / 3]).is_err());
        assert!(crate::clean_page_checked(&truncated[..40]).is_err());
    }

    /// A one-page PDF whose page draws the form X, which may draw itself.
    fn pdf_with_form(form: &str, page: &str) -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let (pages_id, form_id) = (doc.new_object_id(), doc.new_object_id());
        let font = doc.add_object(
            dictionary! {"Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica"},
        );
        let resources = dictionary! {"XObject" => dictionary! {"X" => form_id}, "Font" => dictionary! {"F1" => font}};
        let bbox = vec![0.into(), 0.into(), 595.into(), 842.into()];
        let form_dict = dictionary! {"Type" => "XObject", "Subtype" => "Form", "BBox" => bbox, "Resources" => resources.clone()};
        doc.objects.insert(
            form_id,
            Object::Stream(Stream::new(form_dict, form.as_bytes().to_vec())),
        );
        let content = doc.add_object(Stream::new(dictionary! {}, page.as_bytes().to_vec()));
        let page = doc.add_object(dictionary! {"Type" => "Page", "Parent" => pages_id, "Contents" => content, "Resources" => resources});
        doc.objects.insert(
            pages_id,
            Object::Dictionary(
                dictionary! {"Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1},
            ),
        );
        let catalog = doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages_id});
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).expect("a PDF written");
        out
    }

    #[test]
    fn text_in_a_form_is_read_and_a_form_drawing_itself_over_and_over_is_refused() {
        let once = pdf_with_form("BT /F1 12 Tf 72 700 Td (Memorial said so.) Tj ET", "/X Do");
        assert_eq!(pdf_text(&once).unwrap().text.trim(), "Memorial said so.");
        let bomb = pdf_with_form(
            "BT /F1 12 Tf 72 700 Td (Loop) Tj ET /X Do /X Do /X Do /X Do /X Do /X Do /X Do /X Do",
            "/X Do",
        );
        let why = pdf_text(&bomb).unwrap_err();
        assert!(why.contains("forms"), "{why}");
    }

    #[test]
    fn letters_spaced_apart_part_words_and_a_space_narrowed_to_nothing_does_not() {
        // Spacing between letters as wide as a space inside one string ("w" and "t" of
        // "how the"); a space character word spacing takes back to nothing inside a word.
        let content =
            "BT /F2 12 Tf 72 700 Td (describes ho) Tj 4.6 Tc (wt) Tj 0 Tc (he paper) Tj ET\n\
                       BT /F2 12 Tf 72 680 Td (confess. P) Tj -2.9 Tw (av e) Tj 0 Tw (l Roe) Tj ET";
        let text = pdf_text(&pdf(&[content])).unwrap().text;
        assert!(text.contains("describes how the paper"), "{text}");
        assert!(text.contains("confess. Pavel Roe"), "{text}");
    }

    /// The width of `text` in 12-point Times.
    fn times_width(text: &str) -> f32 {
        text.chars()
            .map(|c| {
                let i = pdf_core14::TIMES_ROMAN
                    .binary_search_by_key(&c, |&(k, _)| k)
                    .unwrap();
                f32::from(pdf_core14::TIMES_ROMAN[i].1) * 12.0 / 1000.0
            })
            .sum()
    }

    #[test]
    fn a_footnote_mark_stays_on_its_line_and_notes_at_a_page_s_foot_go_after_the_text() {
        // A paragraph running over the page break with a raised mark in it, and the note at
        // the foot of the first page, set smaller.
        let lines = [
            "Relatives at home had been questioned by officers after they took",
            "part in protests abroad, and three of them had been shown pictures",
            "of the rallies, which the exiles say were taken by men sent there",
        ];
        let mut one = String::new();
        for (i, line) in lines.iter().enumerate() {
            one.push_str(&format!(
                "BT /F2 12 Tf 72 {} Td ({line}) Tj ET\n",
                700 - 15 * i
            ));
        }
        let mark_x = 72.0 + times_width(lines[2]);
        one.push_str(&format!("BT /F2 7 Tf {mark_x} 675 Td (1) Tj ET\n"));
        one.push_str(
            "BT /F2 9 Tf 72 90 Td (1 Interviews by the author, March to August 2026.) Tj ET",
        );
        let two = "BT /F2 12 Tf 72 760 Td (by the embassy.) Tj ET";
        let text = pdf_text(&pdf(&[&one, two])).unwrap().text;
        assert!(text.contains("sent there1 by the embassy."), "{text}");
        let note = text.find("1 Interviews").expect("the note is read");
        assert!(note > text.find("by the embassy.").unwrap(), "{text}");
    }

    #[test]
    fn a_header_giving_its_page_s_number_is_left_out_on_a_page_of_its_own() {
        for header in [
            "Roe Institute - 2 - Working Paper 14/2026",
            "Page 2 of 3",
            "Annual report 2/3",
        ] {
            let one = "BT /F2 12 Tf 72 700 Td (The first page, with no header.) Tj ET";
            let two = format!(
                "BT /F2 9 Tf 72 810 Td ({header}) Tj ET\nBT /F2 12 Tf 72 700 Td (The second page.) Tj ET"
            );
            let read = pdf_text(&pdf(&[one, &two])).unwrap();
            assert!(!read.text.contains(header), "{header}: {}", read.text);
        }
        // A date in the margin is no page number ("2 December 2026" on page 2).
        let one = "BT /F2 12 Tf 72 700 Td (The first page.) Tj ET";
        let two = "BT /F2 9 Tf 72 810 Td (Brussels, 2 December 2026) Tj ET\nBT /F2 12 Tf 72 700 Td (More.) Tj ET";
        assert!(pdf_text(&pdf(&[one, two]))
            .unwrap()
            .text
            .contains("Brussels, 2 December 2026"));
    }

    #[test]
    fn a_paragraph_s_lines_are_one_line_and_a_centred_caption_s_are_not() {
        // Three lines to the column's edge and a short last one, then two centred lines.
        let content = "BT /F2 12 Tf 72 700 Td 15 TL \
             (The officers followed the exile from his flat to the station and back ag-) Tj \
             T* (ain on three days in March, the court heard from two of the witnesses who) Tj \
             T* (saw them there, and from the exile himself, who had taken photographs of) Tj \
             T* (them.) Tj ET\n\
             BT /F3 12 Tf 230 600 Td (IN THE HIGH COURT OF JUSTICE) Tj ET\n\
             BT /F3 12 Tf 245 585 Td (KING'S BENCH DIVISION) Tj ET";
        let text = pdf_text(&pdf(&[content])).unwrap().text;
        assert!(
            text.contains("back again on three days in March, the court heard from two of the witnesses who saw them there"),
            "{text}"
        );
        assert!(text.contains("JUSTICE\nKING'S BENCH DIVISION"), "{text}");
    }

    #[test]
    fn right_to_left_words_drawn_in_visual_order_are_read_in_reading_order() {
        // "رویا کریمی" drawn as a PDF draws it: the last word first, each word's letters
        // last first and in their positional shapes.
        let drawn: Vec<String> = ["ﯽﻤﯾﺮﮐ", "ﺎﯾور"]
            .iter()
            .map(|w| without_ligatures(w))
            .collect();
        let words: Vec<&str> = ["(Persian:"]
            .into_iter()
            .chain(drawn.iter().map(String::as_str))
            .chain(["born", "1981)"])
            .collect();
        assert_eq!(in_reading_order(&words), "(Persian: رویا کریمی born 1981)");
        // Punctuation drawn at the run's right end follows it, at its left end precedes it.
        let drawn: Vec<String> = ["(ﯽﻤﯾﺮﮐ", "ﺎﯾور;"]
            .iter()
            .map(|w| without_ligatures(w))
            .collect();
        let words: Vec<&str> = drawn.iter().map(String::as_str).chain(["born"]).collect();
        assert_eq!(in_reading_order(&words), "(رویا کریمی; born");
        // Digits inside a right-to-left word keep their order.
        assert_eq!(reversed_keeping_digits("ب12ا"), "ا12ب");
    }

    /// A string drawn at a place in 10-point Helvetica.
    fn at(x: f32, y: f32, text: &str) -> String {
        format!("BT /F1 10 Tf {x} {y} Td ({text}) Tj ET\n")
    }

    fn paragraphs(text: &str) -> Vec<String> {
        text.split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect()
    }

    #[test]
    fn a_tables_wrapped_cells_are_one_each_and_its_cells_apart() {
        // Drawn cell by cell, as a browser prints a table; the first column's cells wrap, and
        // its second row's name stands closer to the next cell than two ems.
        let rows = [
            at(72.0, 700.0, "Name"),
            at(170.0, 700.0, "Position"),
            at(330.0, 700.0, "Sanctions"),
            at(72.0, 680.0, "Majid Dastjani"),
            at(72.0, 668.0, "Farahani"),
            at(170.0, 680.0, "Officer who recruited agents"),
            at(170.0, 668.0, "in Europe"),
            at(330.0, 680.0, "Designated"),
            at(72.0, 644.0, "Reza Sadeghpour"),
            at(170.0, 644.0, "Case officer in Tabriz"),
            at(330.0, 644.0, "None"),
        ];
        let cell_wise = pdf_text(&pdf(&[&rows.concat()])).unwrap().text;
        // Drawn line by line across the row, as other producers draw it.
        let order = [0, 1, 2, 3, 5, 7, 4, 6, 8, 9, 10];
        let row_wise: String = order.iter().map(|&i| rows[i].as_str()).collect();
        let row_wise = pdf_text(&pdf(&[&row_wise])).unwrap().text;
        for text in [cell_wise, row_wise] {
            let cells = paragraphs(&text);
            for cell in [
                "Majid Dastjani Farahani",
                "Officer who recruited agents in Europe",
                "Reza Sadeghpour",
                "Case officer in Tabriz",
                "None",
            ] {
                assert!(cells.iter().any(|c| c == cell), "{cell:?} in {cells:?}");
            }
        }
    }

    #[test]
    fn short_lines_of_a_list_are_items_and_a_wrapped_paragraph_is_one() {
        let long = "The undersigned organisations call on the member states to act on the cases \
                    of exiles";
        let mut content = String::new();
        for (k, line) in [long, long, long, long, "who were threatened."]
            .iter()
            .enumerate()
        {
            content.push_str(&at(72.0, 700.0 - 12.0 * k as f32, line));
        }
        for (k, item) in [
            "Signatories",
            "Amnesty International",
            "Freedom House",
            "PEN America",
        ]
        .iter()
        .enumerate()
        {
            content.push_str(&at(72.0, 620.0 - 12.0 * k as f32, item));
        }
        let text = pdf_text(&pdf(&[&content])).unwrap().text;
        let parts = paragraphs(&text);
        assert_eq!(
            parts[0],
            format!("{long} {long} {long} {long} who were threatened."),
            "{parts:?}"
        );
        assert_eq!(
            parts[1..],
            [
                "Signatories",
                "Amnesty International",
                "Freedom House",
                "PEN America"
            ],
            "{text}"
        );
    }

    #[test]
    fn a_footer_drawn_before_the_text_is_read_after_it() {
        let content = [
            at(
                72.0,
                40.0,
                "Copenhagen Police Prosecution Service | Press release",
            ),
            at(
                72.0,
                760.0,
                "Two men were convicted in Copenhagen on Thursday.",
            ),
        ]
        .concat();
        let text = pdf_text(&pdf(&[&content])).unwrap().text;
        assert!(text.trim().starts_with("Two men were convicted"), "{text}");
        assert!(text.trim().ends_with("Press release"), "{text}");
    }

    #[test]
    fn a_paragraphs_hanging_number_stays_with_it() {
        let content = [
            at(72.0, 700.0, "1."),
            at(
                100.0,
                700.0,
                "This is a claim for damages for the interception of the",
            ),
            at(
                100.0,
                688.0,
                "Claimant's communications by the Defendant's agents.",
            ),
            at(72.0, 664.0, "2."),
            at(100.0, 664.0, "The Defendant did not appear."),
        ]
        .concat();
        let text = pdf_text(&pdf(&[&content])).unwrap().text;
        assert!(text.contains("1. This is a claim"), "{text}");
        assert!(text.contains("2. The Defendant"), "{text}");
        // An item's marker in brackets, not an acronym in brackets opening a wrapped line.
        for marker in ["(b) the", "(iv) the", "(12) the", "(A) the"] {
            assert!(opens_on_marker(marker), "{marker}");
        }
        assert!(!opens_on_marker("(DSN) and on the testimony"));
    }

    #[test]
    fn a_page_printed_from_a_browser_names_its_outlet_in_its_title() {
        let content = [
            at(72.0, 760.0, "Exiles threatened after addresses published"),
            at(
                72.0,
                730.0,
                "Police in Utrecht are investigating threats against two exiles, the",
            ),
            at(72.0, 718.0, "Great Lakes Justice Network said on Monday."),
        ]
        .concat();
        let bytes = pdf_titled(
            &[&content],
            Some("Exiles threatened after addresses published | Great Lakes Justice Network"),
        );
        let doc = crate::clean_page_checked(&bytes).unwrap();
        assert_eq!(doc.source.as_deref(), Some("Great Lakes Justice Network"));
    }

    #[test]
    fn pdf_is_known_by_its_header() {
        assert!(looks_like_pdf(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"));
        assert!(looks_like_pdf(b"\n\n%PDF-1.7"));
        assert!(!looks_like_pdf(
            b"The file says %PDF- later than its first kilobyte"[..10].as_ref()
        ));
    }
}
