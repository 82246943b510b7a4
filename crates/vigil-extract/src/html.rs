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
    "popular",
    "trending",
    "widget",
    "banner",
];

fn is_chrome(el: &ElementRef<'_>) -> bool {
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
    CHROME_HINTS.iter().any(|h| attrs.contains(h))
        || matches!(
            v.attr("role"),
            Some("navigation" | "banner" | "complementary")
        )
}

/// Walk the tree in document order with an explicit stack: pages can nest elements tens of
/// thousands deep (html5ever builds such trees), and a recursive walk would overflow the stack.
fn walk(root: ElementRef<'_>, blocks: &mut Vec<String>, current: &mut String) {
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
                if is_chrome(&e) {
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

/// Clean an HTML page. Broken HTML is parsed as browsers do (html5ever), never rejected.
pub fn clean_html(raw: &str) -> CleanDoc {
    let doc = Html::parse_document(raw);
    let mut blocks = Vec::new();
    let mut current = String::new();
    walk(doc.root_element(), &mut blocks, &mut current);
    if !current.trim().is_empty() {
        blocks.push(current);
    }
    clean_blocks(blocks)
}
