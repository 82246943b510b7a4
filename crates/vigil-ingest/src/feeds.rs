//! News feeds: the items of an RSS 2.0 channel, an Atom feed or a sitemap (news sitemaps
//! included; a sitemap index gives the sitemaps it lists), each with its URL and, where the
//! feed says them, title and publication date.

use roxmltree::{Document, Node};
pub use vigil_model::dates::feed_date;

/// What kind of document a feed was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    Rss,
    Atom,
    Sitemap,
    /// A sitemap index: its items are sitemaps to read in turn.
    SitemapIndex,
}

/// One item of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub url: String,
    pub title: Option<String>,
    /// ISO date (`YYYY-MM-DD`), when the feed gives one that reads as a date.
    pub published: Option<String>,
}

/// Most items read from one feed.
pub const MAX_ITEMS: usize = 1000;

/// A feed's kind and items (at most [`MAX_ITEMS`], each with an http(s) URL); an error saying
/// what the document is when it is none of the kinds read here.
pub fn parse_feed(xml: &str) -> Result<(FeedKind, Vec<FeedItem>), String> {
    if let Some(line) = crate::un::too_deep(xml, crate::un::MAX_XML_DEPTH) {
        return Err(format!(
            "line {line}: elements nested more than {} deep",
            crate::un::MAX_XML_DEPTH
        ));
    }
    let doc = Document::parse(xml).map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element();
    let name = root.tag_name().name();
    let (kind, items) = match name {
        "rss" | "RDF" => (FeedKind::Rss, rss_items(root)),
        "feed" => (FeedKind::Atom, atom_items(root)),
        "urlset" => (FeedKind::Sitemap, sitemap_items(root, "url")),
        "sitemapindex" => (FeedKind::SitemapIndex, sitemap_items(root, "sitemap")),
        other => {
            return Err(format!(
                "a <{other}> document is not a feed: RSS 2.0, Atom or a sitemap"
            ))
        }
    };
    let mut items: Vec<FeedItem> = items
        .into_iter()
        .filter(|i| i.url.starts_with("http://") || i.url.starts_with("https://"))
        .collect();
    items.truncate(MAX_ITEMS);
    Ok((kind, items))
}

fn child<'a>(n: Node<'a, 'a>, name: &str) -> Option<Node<'a, 'a>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn text_of(n: Option<Node<'_, '_>>) -> Option<String> {
    let t: String = n?
        .descendants()
        .filter(|d| d.is_text())
        .filter_map(|d| d.text())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!t.is_empty()).then_some(t)
}

fn rss_items(root: Node<'_, '_>) -> Vec<FeedItem> {
    root.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "item")
        .filter_map(|item| {
            let url = text_of(child(item, "link")).or_else(|| {
                // A guid that is a permalink is the item's URL.
                let g = child(item, "guid")?;
                (g.attribute("isPermaLink") != Some("false"))
                    .then(|| text_of(Some(g)))
                    .flatten()
            })?;
            Some(FeedItem {
                url,
                title: text_of(child(item, "title")),
                published: text_of(child(item, "pubDate"))
                    .or_else(|| text_of(child(item, "date")))
                    .and_then(|d| feed_date(&d)),
            })
        })
        .collect()
}

fn atom_items(root: Node<'_, '_>) -> Vec<FeedItem> {
    root.children()
        .filter(|n| n.is_element() && n.tag_name().name() == "entry")
        .filter_map(|entry| {
            let links: Vec<Node> = entry
                .children()
                .filter(|c| c.is_element() && c.tag_name().name() == "link")
                .collect();
            let url = links
                .iter()
                .find(|l| l.attribute("rel").is_none_or(|r| r == "alternate"))
                .or(links.first())
                .and_then(|l| l.attribute("href"))?
                .trim()
                .to_string();
            Some(FeedItem {
                url,
                title: text_of(child(entry, "title")),
                published: text_of(child(entry, "published"))
                    .or_else(|| text_of(child(entry, "updated")))
                    .and_then(|d| feed_date(&d)),
            })
        })
        .collect()
}

fn sitemap_items(root: Node<'_, '_>, element: &str) -> Vec<FeedItem> {
    root.children()
        .filter(|n| n.is_element() && n.tag_name().name() == element)
        .filter_map(|u| {
            let url = text_of(child(u, "loc"))?;
            // A news sitemap's <news:news> carries title and publication date.
            let news = child(u, "news");
            Some(FeedItem {
                url,
                title: news.and_then(|n| text_of(child(n, "title"))),
                published: news
                    .and_then(|n| text_of(child(n, "publication_date")))
                    .or_else(|| text_of(child(u, "lastmod")))
                    .and_then(|d| feed_date(&d)),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_atom_and_sitemaps_give_their_items() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Arrest in  Rome</title><link>https://a.example/1</link>
            <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>
            <item><guid>https://a.example/2</guid></item>
            <item><title>no link</title></item></channel></rss>"#;
        let (k, items) = parse_feed(rss).expect("rss");
        assert_eq!(k, FeedKind::Rss);
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].title.as_deref(), Some("Arrest in Rome"));
        assert_eq!(items[0].published.as_deref(), Some("2003-06-10"));
        assert_eq!(items[1].url, "https://a.example/2");
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
            <entry><title>Charges</title><link rel="self" href="https://b.example/self"/>
            <link href="https://b.example/1"/><updated>2024-05-03T10:00:00Z</updated></entry></feed>"#;
        let (k, items) = parse_feed(atom).expect("atom");
        assert_eq!(k, FeedKind::Atom);
        assert_eq!(items[0].url, "https://b.example/1");
        assert_eq!(items[0].published.as_deref(), Some("2024-05-03"));
        let sitemap = r#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://c.example/1</loc><news:news><news:title>Listing</news:title>
            <news:publication_date>2024-01-02</news:publication_date></news:news></url>
            <url><loc>javascript:alert(1)</loc></url></urlset>"#;
        let (k, items) = parse_feed(sitemap).expect("sitemap");
        assert_eq!(k, FeedKind::Sitemap);
        assert_eq!(items.len(), 1, "only http(s) URLs");
        assert_eq!(items[0].title.as_deref(), Some("Listing"));
        let err = parse_feed("<html><body>hi</body></html>").expect_err("not a feed");
        assert!(err.contains("not a feed"), "{err}");
        assert!(parse_feed("not xml").is_err());
        let deep = format!("<rss>{}{}</rss>", "<a>".repeat(300), "</a>".repeat(300));
        assert!(parse_feed(&deep).expect_err("deep").contains("nested"));
    }
}
