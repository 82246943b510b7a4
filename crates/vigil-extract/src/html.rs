//! HTML pages to blocks: drop elements that are never content (scripts, navigation, forms,
//! share widgets, related-article lists), end a block at every block-level element.

use scraper::{ElementRef, Html, Node};

use crate::{clean_blocks, CleanDoc};

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
    "button", "select", "template", "head",
];
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "tr",
    "td",
    // A header cell is a cell: joined, a table's column names run into one word.
    "th",
    "caption",
    "table",
    "figure",
    "figcaption",
    "br",
    "hr",
    "dd",
    "dt",
];
/// class or id fragments of page chrome.
const CHROME_HINTS: &[&str] = &[
    "share",
    "social",
    "related",
    "read-more",
    "readmore",
    "also-read",
    "more-stories",
    "recommend",
    "comment",
    "footer",
    "nav",
    "menu",
    "sidebar",
    "newsletter",
    "advert",
    "promo",
    "breadcrumb",
    "cookie",
    "subscribe",
    "signup",
    "sign-up",
    "popular",
    "trending",
    "widget",
    "banner",
];

/// Whether an element is page chrome. A discussion thread's comments are its text, not chrome
/// (`thread`, see [`comments_are_the_page`]).
fn is_chrome(el: &ElementRef<'_>, thread: bool) -> bool {
    let v = el.value();
    if SKIP_TAGS.contains(&v.name()) {
        return true;
    }
    let attrs = [
        v.attr("class").unwrap_or(""),
        v.attr("id").unwrap_or(""),
        v.attr("role").unwrap_or(""),
    ]
    .join(" ")
    .to_lowercase();
    CHROME_HINTS
        .iter()
        .any(|h| attrs.contains(h) && !(thread && *h == "comment"))
        || matches!(
            v.attr("role"),
            Some("navigation" | "banner" | "complementary")
        )
        || list_of_links(el)
}

/// A list whose every item is a link and nothing else (two items or more): other articles'
/// headlines set between paragraphs, whatever class the list carries, or none.
fn list_of_links(el: &ElementRef<'_>) -> bool {
    if !matches!(el.value().name(), "ul" | "ol") {
        return false;
    }
    let items: Vec<ElementRef<'_>> = el
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| c.value().name() == "li")
        .collect();
    let words = |t: &mut dyn Iterator<Item = &str>| -> String {
        t.flat_map(str::split_whitespace)
            .collect::<Vec<_>>()
            .join(" ")
    };
    items.len() >= 2
        && items.iter().all(|li| {
            let all = words(&mut li.text());
            let linked = words(
                &mut li
                    .descendants()
                    .filter_map(ElementRef::wrap)
                    .filter(|d| d.value().name() == "a")
                    .flat_map(|a| a.text()),
            );
            !all.is_empty() && all == linked
        })
}

/// Walk the tree in document order with an explicit stack: pages can nest elements tens of
/// thousands deep (html5ever builds such trees), and a recursive walk would overflow the stack.
fn walk(root: ElementRef<'_>, thread: bool, blocks: &mut Vec<String>, current: &mut String) {
    enum Step<'a> {
        Enter(ego_tree::NodeRef<'a, Node>),
        /// Leaving a block element: its text ends a block.
        Leave,
    }
    let mut stack: Vec<Step<'_>> = root.children().rev().map(Step::Enter).collect();
    while let Some(step) = stack.pop() {
        let node = match step {
            Step::Leave => {
                if !current.trim().is_empty() {
                    blocks.push(std::mem::take(current));
                }
                continue;
            }
            Step::Enter(node) => node,
        };
        match node.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(_) => {
                let Some(e) = ElementRef::wrap(node) else {
                    continue;
                };
                if is_chrome(&e, thread) {
                    continue;
                }
                let block = BLOCK_TAGS.contains(&e.value().name());
                if block {
                    if !current.trim().is_empty() {
                        blocks.push(std::mem::take(current));
                    }
                    stack.push(Step::Leave);
                }
                stack.extend(node.children().rev().map(Step::Enter));
            }
            _ => {}
        }
    }
}

/// Whether any element of the page is marked as a comment.
fn has_comments(doc: &Html) -> bool {
    doc.root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .any(|e| {
            [e.value().attr("class"), e.value().attr("id")]
                .iter()
                .flatten()
                .any(|a| a.to_lowercase().contains("comment"))
        })
}

/// Whether a page is a discussion thread, whose comments are its text: they hold more words
/// than the post they answer, in three comments or more. A news article's or a fundraiser's
/// comments are a few short reactions under a longer text, and stay page chrome.
fn comments_are_the_page(without: &[String], with: &[String]) -> bool {
    let count = |blocks: &[String]| -> usize { blocks.iter().map(|b| crate::all_words(b)).sum() };
    let (post, all) = (count(without), count(with));
    all > 2 * post && with.len() >= without.len() + 3
}

/// A discussion thread's furniture around its comments: a comment's header, who wrote it and
/// how long ago ("jane_roe · 2 days ago", "JaneRoe OP · 20 hr. ago · Pinned"; a handle names
/// no one), its score and what is left of its buttons ("612 ·", "1.4k upvotes · 214
/// comments ·"), a sorting prompt and a removed comment's mark.
fn thread_furniture(block: &str) -> bool {
    let t = block.trim();
    let parts: Vec<&str> = t
        .split('·')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let count = |p: &str| {
        let mut ws = p.split_whitespace();
        let n = ws.next().unwrap_or("");
        let n = n.trim_start_matches(['-', '+', '−']);
        let n = n.trim_end_matches(['k', 'K', 'm', 'M']);
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && ws.all(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "upvotes"
                        | "upvote"
                        | "points"
                        | "point"
                        | "votes"
                        | "vote"
                        | "comments"
                        | "comment"
                        | "replies"
                        | "reply"
                        | "likes"
                        | "like"
                )
            })
    };
    let aged = |p: &str| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        (2..=3).any(|n| n <= ws.len() && crate::age_part(&ws[..n].join(" ")))
    };
    let header = parts.len() >= 2
        && crate::words(t) <= 10
        && parts[1..].iter().any(|p| aged(p))
        && !parts
            .iter()
            .any(|p| p.ends_with(['.', '?', '!']) && !aged(p));
    (!parts.is_empty() && parts.iter().all(|p| count(p)))
        || header
        || t.to_lowercase().starts_with("sort by")
        || matches!(t, "[removed]" | "[deleted]")
}

/// Deepest element nesting a page may have. News pages nest a few dozen deep. The HTML tree
/// builder searches its stack of open elements at block start tags and at end tags, so a page
/// of tens of thousands of unclosed elements costs time quadratic in its size (65,000
/// `<div>`s: over five seconds; a few megabytes: many minutes). Browsers cap nesting too.
pub const MAX_HTML_DEPTH: usize = 5_000;

/// Elements that never nest: void elements, and those the parser closes by itself when the
/// next one starts (`<p>`, `<li>`, `<td>`, ...), so leaving them open costs nothing.
const FLAT_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "tbody", "thead", "tfoot",
    "option", "optgroup", "rb", "rp", "rt", "rtc", "colgroup", "caption", "html", "head", "body",
];
/// Elements whose content is raw text, not markup.
const RAW_TEXT_TAGS: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Why this page cannot be read as HTML, if it cannot: elements nested deeper than
/// [`MAX_HTML_DEPTH`]. A flat scan (comments, raw-text elements and attribute values
/// skipped) keeps a stack of open elements as the parser would: an end tag closes the
/// nearest open element of its name and those opened after it, and is ignored when none is
/// open; so mismatched end tags cannot hide a stack that grows. Linear time.
pub fn html_too_deep(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    let find = |from: usize, pat: &[u8]| vigil_model::markup::after(b, from, pat);
    let mut stack: Vec<String> = Vec::new();
    let mut open: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let (mut i, mut line) = (0usize, 1usize);
    while i < b.len() {
        if b[i] == b'\n' {
            line += 1;
        }
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(i + 4, b"-->");
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(i + 2, b">");
            continue;
        }
        let closing = rest.starts_with(b"</");
        let name_start = i + if closing { 2 } else { 1 };
        let name_end = b[name_start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric() && *c != b'-')
            .map_or(b.len(), |p| name_start + p);
        if name_end == name_start || !b[name_start].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let name = String::from_utf8_lossy(&b[name_start..name_end]).to_ascii_lowercase();
        let j = vigil_model::markup::tag_end(b, name_end);
        let self_closing = j > 0 && j < b.len() && b[j - 1] == b'/';
        if !FLAT_TAGS.contains(&name.as_str()) {
            if closing {
                if open.get(&name).is_some_and(|n| *n > 0) {
                    while let Some(top) = stack.pop() {
                        if let Some(n) = open.get_mut(&top) {
                            *n -= 1;
                        }
                        if top == name {
                            break;
                        }
                    }
                }
            } else if !(self_closing
                && ["svg", "math"]
                    .iter()
                    .any(|f| open.get(*f).is_some_and(|n| *n > 0)))
            {
                // `<x/>` opens an element in HTML; only inside SVG or MathML does it close.
                *open.entry(name.clone()).or_default() += 1;
                stack.push(name.clone());
                if stack.len() > MAX_HTML_DEPTH {
                    return Some(format!(
                        "elements nested more than {MAX_HTML_DEPTH} deep (line {line}): not a news page"
                    ));
                }
            }
        }
        i = j + 1;
        if !closing && RAW_TEXT_TAGS.contains(&name.as_str()) {
            i = find(i, format!("</{name}").as_bytes());
        }
    }
    None
}

/// Clean an HTML page. Broken HTML is parsed as browsers do (html5ever), never rejected; a
/// page nested deeper than [`MAX_HTML_DEPTH`] is not parsed at all (see [`html_too_deep`]):
/// it yields no text and says why in `dropped`.
pub fn clean_html(raw: &str) -> CleanDoc {
    clean_html_checked(raw).unwrap_or_else(CleanDoc::unread)
}

/// As [`clean_html`], saying why a page nested too deep is refused instead of yielding an
/// empty document.
pub fn clean_html_checked(raw: &str) -> Result<CleanDoc, String> {
    if let Some(why) = html_too_deep(raw) {
        return Err(why);
    }
    let doc = Html::parse_document(raw);
    let read = |thread: bool| {
        let mut blocks = Vec::new();
        let mut current = String::new();
        walk(doc.root_element(), thread, &mut blocks, &mut current);
        if !current.trim().is_empty() {
            blocks.push(current);
        }
        blocks
    };
    let mut blocks = read(false);
    let mut furniture = Vec::new();
    if has_comments(&doc) {
        let with_comments = read(true);
        if comments_are_the_page(&blocks, &with_comments) {
            (furniture, blocks) = with_comments.into_iter().partition(|b| thread_furniture(b));
        }
    }
    let mut clean = clean_blocks(blocks);
    clean.dropped.extend(
        furniture
            .into_iter()
            .map(|b| (b, "a thread's furniture".to_string())),
    );
    page_metadata(&doc, &mut clean);
    Ok(clean)
}

/// An HTML fragment's blocks (see [`fragment_blocks`]), or none where it cannot be read, the
/// text shown as `shown` (the fragment's own, or its element's) left out with the reason.
pub(crate) fn fragment_blocks_or_left_out(
    html: &str,
    shown: &str,
    dropped: &mut Vec<(String, String)>,
) -> Vec<String> {
    fragment_blocks(html).unwrap_or_else(|why| {
        dropped.push((crate::one_line(shown), why));
        Vec::new()
    })
}

/// A feed's or an archive's fragments left out (`dropped`) for the nesting bound: then the
/// whole page is refused, as such a page is, saying whose HTML (`what`) it was.
pub(crate) fn refuse_fragments_too_deep(
    dropped: &[(String, String)],
    what: &str,
) -> Result<(), String> {
    match dropped
        .iter()
        .find(|(_, why)| why.starts_with("elements nested more than"))
    {
        Some((_, why)) => Err(format!("{what}: {why}")),
        None => Ok(()),
    }
}

/// An HTML fragment's blocks (a feed item's or a post's text), every block kept, each on one
/// line: the fragment is the publisher's text with no page around it, so no short block is
/// taken for chrome. Elements marked as chrome (scripts, share bars) are left out; a fragment
/// nested too deep is refused as a page is.
pub(crate) fn fragment_blocks(html: &str) -> Result<Vec<String>, String> {
    if let Some(why) = html_too_deep(html) {
        return Err(why);
    }
    let fragment = Html::parse_fragment(html);
    let mut blocks = Vec::new();
    let mut current = String::new();
    walk(fragment.root_element(), false, &mut blocks, &mut current);
    blocks.push(current);
    Ok(blocks
        .iter()
        .map(|b| crate::one_line(b))
        .filter(|b| !b.is_empty())
        .collect())
}

/// Title, address, publication date and outlet from the page's head, where it states them.
fn page_metadata(doc: &Html, clean: &mut CleanDoc) {
    let attr = |css: &str, name: &str| -> Option<String> {
        let selector = scraper::Selector::parse(css).ok()?;
        doc.select(&selector)
            .filter_map(|e| e.value().attr(name))
            .map(crate::one_line)
            .find(|v| !v.is_empty() && v.len() <= 2000)
    };
    let text = |css: &str| -> Option<String> {
        let selector = scraper::Selector::parse(css).ok()?;
        doc.select(&selector)
            .map(|e| e.text().collect::<Vec<_>>().join(" "))
            .map(|v| crate::one_line(&v))
            .find(|v| !v.is_empty() && v.len() <= 2000)
    };
    clean.title = attr(r#"meta[property="og:title"]"#, "content")
        .or_else(|| text("h1"))
        .or_else(|| text("title"));
    clean.url = attr(r#"meta[property="og:url"]"#, "content")
        .or_else(|| attr(r#"link[rel="canonical"]"#, "href"))
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    clean.published = [
        attr(r#"meta[property="article:published_time"]"#, "content"),
        attr(r#"meta[itemprop="datePublished"]"#, "content"),
        attr(r#"meta[name="date"]"#, "content"),
        attr("time[datetime]", "datetime"),
    ]
    .into_iter()
    .flatten()
    .find_map(|d| vigil_model::dates::parse_calendar_date(d.get(..10)?))
    // Else the date its byline gives.
    .or(clean.published.take());
    if clean.source.is_none() {
        clean.source = attr(r#"meta[property="og:site_name"]"#, "content")
            .or_else(|| site_of_title(text("title")?.as_str(), text("h1").as_deref()));
    }
}

/// The site a page's title names after its headline ("Headline | Outlet", "Headline - Outlet"):
/// the last part, a few capitalised words, where the title opens on the page's headline (or,
/// with no headline to compare, where a bar sets it off).
pub(crate) fn site_of_title(title: &str, headline: Option<&str>) -> Option<String> {
    let (head, site) = [" | ", " – ", " — ", " - "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep).map(|(h, s)| (h, s, *sep)))
        .filter(|(h, _, sep)| {
            let h = h.trim();
            // The headline itself, or one of the two opening the other at some length (a
            // title may shorten the headline, or the headline the title).
            match headline {
                Some(line) => {
                    h == line
                        || (h.chars().count().min(line.chars().count()) >= 12
                            && (line.starts_with(h) || h.starts_with(line)))
                }
                None => *sep == " | ",
            }
        })
        .map(|(h, s, _)| (h, s.trim()))
        .next()?;
    let words: Vec<&str> = site.split_whitespace().collect();
    (!head.trim().is_empty()
        && (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| !w.starts_with(char::is_lowercase) || w.len() <= 3))
    .then(|| site.to_string())
}
