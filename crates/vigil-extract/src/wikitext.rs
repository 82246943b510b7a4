//! A MediaWiki article's source (wikitext) as the article reads: a dump's or an editor's copy
//! of a biography is templates, links and reference tags, not prose, and the cleaner would
//! refuse it as code. Parsed by `parse-wiki-text-2`, it is rendered as the text a reader sees:
//! an infobox's values as labelled lines in the source's order, links as the words they
//! show, references and notes gathered into lists where the article places them (citations
//! written as a reader sees them: "Surname, Given (date). "Title". Work."), and templates that
//! show nothing in the text (maintenance, navigation, authority control), categories, files
//! and comments left out.

use crate::one_line;
use parse_wiki_text_2::{Configuration, Node, Parameter};

/// How deep nodes inside nodes are rendered: an article nests templates in links in
/// references a few deep, a hostile page thousands.
const MAX_DEPTH: usize = 48;

/// How long the parser may take on one page before the page is read as plain text.
const PARSE_BUDGET: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether the text is wikitext: several of a wiki's own marks (section headings between equal
/// signs, double-bracketed links, templates, bold in triple quotes, reference tags, category
/// links), each more than once or in kinds no prose or Markdown page has together.
pub(crate) fn looks_like_wikitext(raw: &str) -> bool {
    // Asked of every text page: the first 20 KB, borrowed, and a page with neither links nor
    // templates (at most three kinds of mark) is no wiki's without counting.
    let mut end = raw.len().min(20_000);
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let head = &raw[..end];
    if !head.contains("[[") && !head.contains("{{") {
        return false;
    }
    let headings = head
        .lines()
        .filter(|l| {
            let l = l.trim();
            l.len() > 4 && l.starts_with("==") && l.ends_with("==")
        })
        .count();
    let links = head.matches("[[").count();
    let templates = head.matches("{{").count();
    let kinds = [
        headings >= 1,
        links >= 3,
        templates >= 2,
        head.contains("'''"),
        head.contains("<ref"),
        head.contains("[[Category:"),
        head.contains("{{Infobox") || head.contains("{{infobox"),
    ]
    .iter()
    .filter(|&&k| k)
    .count();
    kinds >= 4
}

/// The article's text as the blocks a reader sees (the infobox's lines, paragraphs, headings,
/// list items, references and notes), or None where the parser gives up. Every block is the
/// article's: wikitext has no page chrome to find and leave out.
pub(crate) fn wikitext_blocks(raw: &str) -> Option<Vec<String>> {
    let output = Configuration::default()
        .parse_with_timeout(raw, PARSE_BUDGET)
        .ok()?;
    let mut r = Renderer::default();
    r.block(&output.nodes, 0);
    r.close_paragraph();
    // References and notes the article did not place with a list template go at its end.
    r.flush_notes();
    r.flush_references();
    Some(r.blocks)
}

#[derive(Default)]
struct Renderer {
    blocks: Vec<String>,
    /// The paragraph being written.
    paragraph: String,
    references: Vec<String>,
    notes: Vec<String>,
}

/// A template's name, trimmed and with its first letter in lower case ("Cite news" and "cite
/// news" are one template).
fn template_name(name: &[Node]) -> String {
    let mut s = String::new();
    for n in name {
        if let Node::Text { value, .. } = n {
            s.push_str(value);
        }
    }
    s.trim().replace('_', " ").to_lowercase()
}

fn parameter_name(p: &Parameter) -> Option<String> {
    let name = p.name.as_ref()?;
    Some(template_name(name))
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Infobox fields that hold no words of the article (pictures, layout, machine codes).
const INFOBOX_SKIPPED: &[&str] = &[
    "image",
    "image size",
    "image_size",
    "imagesize",
    "alt",
    "caption",
    "signature",
    "signature alt",
    "module",
    "embed",
    "website",
    "url",
    "logo",
    "logo size",
    "map",
    "pushpin map",
    "coordinates",
    "child",
    "footnotes",
];

/// Templates whose first unnamed value is what they show (formatting and language wrappers).
const SHOWS_ITS_FIRST_VALUE: &[&str] = &[
    "nowrap",
    "nobr",
    "small",
    "smaller",
    "big",
    "ill",
    "interlanguage link",
    "transl",
    "noitalic",
    "em",
    "strong",
    "abbr",
    "visible anchor",
    "anchor",
];

impl Renderer {
    fn push(&mut self, block: &str) {
        let block = one_line(block);
        if !block.is_empty() {
            self.blocks.push(block);
        }
    }

    fn close_paragraph(&mut self) {
        let paragraph = std::mem::take(&mut self.paragraph);
        self.push(&paragraph);
    }

    /// Nodes at the level of the article: paragraphs, headings, lists, tables.
    fn block(&mut self, nodes: &[Node], depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for node in nodes {
            match node {
                Node::ParagraphBreak { .. } | Node::HorizontalDivider { .. } => {
                    self.close_paragraph()
                }
                Node::Heading { nodes, .. } | Node::Preformatted { nodes, .. } => {
                    self.close_paragraph();
                    let text = self.inline_text(nodes, depth + 1);
                    self.push(&text);
                }
                Node::UnorderedList { items, .. } | Node::OrderedList { items, .. } => {
                    self.close_paragraph();
                    for item in items {
                        let text = self.inline_text(&item.nodes, depth + 1);
                        self.push(&text);
                    }
                }
                Node::DefinitionList { items, .. } => {
                    self.close_paragraph();
                    for item in items {
                        let text = self.inline_text(&item.nodes, depth + 1);
                        self.push(&text);
                    }
                }
                Node::Table { rows, captions, .. } => {
                    self.close_paragraph();
                    for caption in captions {
                        let text = self.inline_text(&caption.content, depth + 1);
                        self.push(&text);
                    }
                    for row in rows {
                        let mut cells = Vec::new();
                        for cell in &row.cells {
                            let text = one_line(&self.inline_text(&cell.content, depth + 1));
                            if !text.is_empty() {
                                cells.push(text);
                            }
                        }
                        self.push(&cells.join(" | "));
                    }
                }
                Node::Template {
                    name, parameters, ..
                } => {
                    let name = template_name(name);
                    if name.starts_with("infobox") {
                        self.close_paragraph();
                        self.infobox(parameters, depth + 1);
                    } else if name == "reflist" || name == "references" {
                        self.close_paragraph();
                        self.flush_references();
                    } else if name.starts_with("notelist") {
                        self.close_paragraph();
                        self.flush_notes();
                    } else {
                        let text = self.template(&name, parameters, depth + 1);
                        self.paragraph.push_str(&text);
                    }
                }
                Node::Tag { name, nodes, .. } if name == "references" => {
                    self.close_paragraph();
                    // List-defined references.
                    let _ = self.inline_text(nodes, depth + 1);
                    self.flush_references();
                }
                other => {
                    let mut text = String::new();
                    self.inline(std::slice::from_ref(other), depth + 1, &mut text);
                    self.paragraph.push_str(&text);
                }
            }
        }
    }

    /// An infobox as a wiki shows it: the name over labelled lines, in the source's order.
    fn infobox(&mut self, parameters: &[Parameter], depth: usize) {
        for p in parameters {
            let Some(label) = parameter_name(p) else {
                continue;
            };
            if INFOBOX_SKIPPED.contains(&label.as_str()) || label.ends_with("image") {
                continue;
            }
            let value = one_line(&self.inline_text(&p.value, depth + 1));
            if value.is_empty() {
                continue;
            }
            if label == "name" {
                self.push(&value);
                continue;
            }
            let label = label.replace('_', " ");
            let mut chars = label.chars();
            let Some(first) = chars.next() else {
                continue;
            };
            let label = first.to_uppercase().collect::<String>() + chars.as_str();
            self.push(&format!("{label}: {value}"));
        }
    }

    fn flush_references(&mut self) {
        for r in std::mem::take(&mut self.references) {
            self.push(&r);
        }
    }

    fn flush_notes(&mut self) {
        for n in std::mem::take(&mut self.notes) {
            self.push(&n);
        }
    }

    fn inline_text(&mut self, nodes: &[Node], depth: usize) -> String {
        let mut out = String::new();
        self.inline(nodes, depth, &mut out);
        out
    }

    /// Nodes inside a paragraph, as the words they show.
    fn inline(&mut self, nodes: &[Node], depth: usize, out: &mut String) {
        if depth > MAX_DEPTH {
            return;
        }
        for node in nodes {
            match node {
                Node::Text { value, .. } => out.push_str(value),
                Node::CharacterEntity { character, .. } => out.push(*character),
                Node::Link { target, text, .. } => {
                    if text.is_empty() {
                        // A bare link shows its target without a section anchor.
                        let shown = target.split('#').next().unwrap_or(target);
                        let shown = if shown.is_empty() { target } else { shown };
                        out.push_str(shown.trim_start_matches(':'));
                    } else {
                        self.inline(text, depth + 1, out);
                    }
                }
                Node::ExternalLink { nodes, .. } => {
                    // "[url label]": the label, or nothing for a bare numbered link.
                    let inner = self.inline_text(nodes, depth + 1);
                    if let Some((_, label)) = inner.trim().split_once(char::is_whitespace) {
                        out.push_str(label.trim());
                    }
                }
                Node::Template {
                    name, parameters, ..
                } => {
                    let name = template_name(name);
                    let shown = self.template(&name, parameters, depth + 1);
                    out.push_str(&shown);
                }
                Node::Tag { name, nodes, .. } => match name.as_ref() {
                    "ref" => {
                        let text = self.inline_text(nodes, depth + 1);
                        let text = one_line(&text);
                        if !text.is_empty() {
                            self.references.push(text);
                        }
                    }
                    "math" | "gallery" | "score" | "timeline" | "graph" | "syntaxhighlight"
                    | "templatedata" | "imagemap" | "mapframe" | "maplink" => {}
                    _ => self.inline(nodes, depth + 1, out),
                },
                Node::StartTag { name, .. } if name == "br" => out.push(' '),
                Node::UnorderedList { items, .. } | Node::OrderedList { items, .. } => {
                    for item in items {
                        out.push(' ');
                        self.inline(&item.nodes, depth + 1, out);
                    }
                }
                Node::Preformatted { nodes, .. } | Node::Heading { nodes, .. } => {
                    self.inline(nodes, depth + 1, out)
                }
                Node::ParagraphBreak { .. } => out.push(' '),
                // Bold and italic toggles, comments, categories, files, magic words, template
                // parameters, tags without words: nothing a reader sees as text.
                _ => {}
            }
        }
    }

    fn value(&mut self, parameters: &[Parameter], key: &str, depth: usize) -> Option<String> {
        let p = parameters
            .iter()
            .find(|p| parameter_name(p).as_deref() == Some(key))?;
        let v = self.inline_text(&p.value, depth + 1);
        let v = one_line(&v);
        (!v.is_empty()).then_some(v)
    }

    fn positional(&mut self, parameters: &[Parameter], depth: usize) -> Vec<String> {
        let mut out = Vec::new();
        for p in parameters.iter().filter(|p| p.name.is_none()) {
            let v = self.inline_text(&p.value, depth + 1);
            out.push(one_line(&v));
        }
        out
    }

    /// What a template shows in the text; notes and references it carries are gathered.
    fn template(&mut self, name: &str, parameters: &[Parameter], depth: usize) -> String {
        if depth > MAX_DEPTH {
            return String::new();
        }
        if name.starts_with("cite") || name == "citation" {
            let text = self.citation(parameters, depth);
            // Inside a <ref> the citation is the reference's text; a bare one is shown.
            return text;
        }
        if name == "sfn" || name == "harvnb" || name == "sfnp" || name == "harv" {
            let pos = self.positional(parameters, depth);
            let page = self
                .value(parameters, "p", depth)
                .map(|p| format!(", p. {p}"))
                .or_else(|| {
                    self.value(parameters, "pp", depth)
                        .map(|p| format!(", pp. {p}"))
                })
                .unwrap_or_default();
            if let Some((last, authors)) = pos.split_last() {
                let reference = format!("{} {last}{page}.", authors.join(", "));
                self.references.push(reference);
            }
            return String::new();
        }
        if name == "efn" || name == "refn" || name.starts_with("efn-") || name == "notetag" {
            let pos = self.positional(parameters, depth);
            let note = pos.join(" ");
            if !note.trim().is_empty() {
                self.notes.push(note);
            }
            return String::new();
        }
        if name.starts_with("birth date")
            || name.starts_with("death date")
            || name == "dts"
            || name.starts_with("start date")
            || name.starts_with("end date")
        {
            let pos = self.positional(parameters, depth);
            let n: Vec<usize> = pos
                .iter()
                .filter_map(|p| p.trim().parse::<usize>().ok())
                .collect();
            return match n.as_slice() {
                [y, m, d, ..] if (1..=12).contains(m) => {
                    format!("{d} {} {y}", MONTHS[m - 1])
                }
                [y, m] if (1..=12).contains(m) => format!("{} {y}", MONTHS[m - 1]),
                [y] => y.to_string(),
                _ => pos.first().cloned().unwrap_or_default(),
            };
        }
        // "{{lang|ar|text}}" shows its second value; "{{lang-ar|text}}", as the wrappers
        // below, its first.
        if name == "lang" {
            return self
                .positional(parameters, depth)
                .into_iter()
                .nth(1)
                .unwrap_or_default();
        }
        if name == "marriage" {
            let pos = self.positional(parameters, depth);
            return match pos.as_slice() {
                [who, from, ..] => format!("{who} (m. {from})"),
                [who] => who.clone(),
                _ => String::new(),
            };
        }
        if name == "official website" {
            return "Official website".to_string();
        }
        if name == "plainlist"
            || name == "unbulleted list"
            || name == "ubl"
            || name == "hlist"
            || name == "flatlist"
        {
            return self.positional(parameters, depth).join(", ");
        }
        if SHOWS_ITS_FIRST_VALUE.contains(&name) || name.starts_with("lang-") {
            return self
                .positional(parameters, depth)
                .into_iter()
                .next()
                .unwrap_or_default();
        }
        // Maintenance, navigation and layout templates show nothing of the article's words.
        String::new()
    }

    /// A citation as a reader sees it: authors "Surname, Given", the date, the title in quotes,
    /// the work or publisher.
    fn citation(&mut self, parameters: &[Parameter], depth: usize) -> String {
        let mut authors = Vec::new();
        for i in 0..10 {
            let n = if i == 0 { String::new() } else { i.to_string() };
            let last = self
                .value(parameters, &format!("last{n}"), depth)
                .or_else(|| self.value(parameters, &format!("surname{n}"), depth));
            let first = self
                .value(parameters, &format!("first{n}"), depth)
                .or_else(|| self.value(parameters, &format!("given{n}"), depth));
            let author = self.value(parameters, &format!("author{n}"), depth);
            match (last, first, author) {
                (Some(l), Some(f), _) => authors.push(format!("{l}, {f}")),
                (Some(l), None, _) => authors.push(l),
                (None, _, Some(a)) => authors.push(a),
                _ if i > 1 => break,
                _ => {}
            }
        }
        let mut parts = Vec::new();
        let date = self.value(parameters, "date", depth);
        match (authors.is_empty(), &date) {
            (false, Some(d)) => parts.push(format!("{} ({d}).", authors.join("; "))),
            (false, None) => parts.push(format!("{}.", authors.join("; "))),
            _ => {}
        }
        if let Some(title) = self.value(parameters, "title", depth) {
            parts.push(format!("\"{title}\"."));
        }
        for key in [
            "work",
            "website",
            "newspaper",
            "journal",
            "magazine",
            "agency",
            "publisher",
        ] {
            if let Some(v) = self.value(parameters, key, depth) {
                parts.push(format!("{v}."));
            }
        }
        if authors.is_empty() {
            if let Some(d) = date {
                parts.push(format!("{d}."));
            }
        }
        if let Some(accessed) = self.value(parameters, "access-date", depth) {
            parts.push(format!("Retrieved {accessed}."));
        }
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "{{Short description|Tarsk journalist}}\n\
{{Use dmy dates|date=March 2026}}\n\
{{Infobox person\n\
| name = Jana Ostrova\n\
| image = Ostrova.jpg\n\
| birth_date = {{birth date and age|1980|3|2|df=y}}\n\
| employer = [[Tarsk Herald|The Herald]]\n\
| spouse = {{marriage|Karl Velden|2010}}\n\
}}\n\
'''Jana Ostrova''' (born 2 March 1980) is a journalist at the [[Tarsk Herald]].<ref>{{cite news |last=Roe |first=Anna |title=Reporter followed |work=[[Velden Post]] |date=3 March 2026}}</ref>\n\
\n\
== Career ==\n\
Ostrova worked for the [[Velden Bureau (agency)|Velden Bureau]].{{sfn|Tarsk Union of Writers|2021|p=4}}{{efn|She left in 2019.}}<!-- unsourced -->\n\
\n\
== Notes ==\n\
{{notelist}}\n\
\n\
== References ==\n\
{{Reflist}}\n\
\n\
[[Category:Living people]]\n";

    #[test]
    fn wikitext_is_told_by_its_marks_and_prose_is_not() {
        assert!(looks_like_wikitext(ARTICLE));
        assert!(!looks_like_wikitext(
            "The consul, Jana Ostrova, said the [[sic]] letter was sent.\n"
        ));
        assert!(!looks_like_wikitext(
            "# Heading\n\nSome **bold** text and a [link](x).\n"
        ));
    }

    #[test]
    fn an_article_renders_as_a_reader_sees_it() {
        let text = wikitext_blocks(ARTICLE).expect("parses").join("\n\n");
        assert!(text.starts_with("Jana Ostrova\n\nBirth date"), "{text}");
        assert!(text.contains("Birth date: 2 March 1980"), "{text}");
        assert!(text.contains("Employer: The Herald"), "{text}");
        assert!(text.contains("Spouse: Karl Velden (m. 2010)"), "{text}");
        assert!(!text.contains("Ostrova.jpg"), "{text}");
        assert!(
            text.contains("Jana Ostrova (born 2 March 1980) is a journalist at the Tarsk Herald."),
            "{text}"
        );
        assert!(
            text.contains("Ostrova worked for the Velden Bureau."),
            "{text}"
        );
        assert!(
            text.contains("Roe, Anna (3 March 2026). \"Reporter followed\". Velden Post."),
            "{text}"
        );
        assert!(
            text.contains("Tarsk Union of Writers 2021, p. 4."),
            "{text}"
        );
        assert!(text.contains("She left in 2019."), "{text}");
        for hidden in [
            "Short description",
            "Category",
            "Living people",
            "unsourced",
            "{{",
            "[[",
        ] {
            assert!(!text.contains(hidden), "{hidden} in {text}");
        }
    }

    #[test]
    fn hostile_nesting_is_rendered_to_a_bound_without_panicking() {
        let deep = "{{a|".repeat(5000) + &"}}".repeat(5000);
        let _ = wikitext_blocks(&deep);
        let links = "[[a|".repeat(5000) + "x" + &"]]".repeat(5000);
        let _ = wikitext_blocks(&format!("== H ==\n'''b''' {links} {{{{c}}}} <ref>r</ref>"));
        for cut in (0..ARTICLE.len()).step_by(7) {
            if ARTICLE.is_char_boundary(cut) {
                let _ = wikitext_blocks(&ARTICLE[..cut]);
            }
        }
    }
}
