//! Syndication feeds (RSS 0.9x, 1.0 and 2.0, Atom) as a page: a monitor's saved feed of an
//! outlet is XML whose items carry their text as escaped HTML, not prose, and the cleaner
//! would refuse it as code. Parsed by `roxmltree`, the feed becomes its channel's title and
//! description, then each item in the feed's order: its title, a byline of its creators and
//! date, its teaser and its full text (the HTML read block by block, every block kept: the
//! outlet's own text, with no page chrome around it). What is not text (an enclosure, an
//! image's caption, the "appeared first on" line a blog adds to every item) is named in what
//! was left out, never dropped silently.

use roxmltree::{Document, Node, ParsingOptions};
use vigil_model::dates::feed_date;

/// How many items of one feed are read; the rest are named in what was left out.
const MAX_FEED_ITEMS: usize = 5_000;

/// Nodes a feed may have: a feed of thousands of long items is far below, an expanding
/// entity or a hostile file far above.
const MAX_FEED_NODES: u32 = 4_000_000;

const ATOM: &str = "http://www.w3.org/2005/Atom";
const DUBLIN_CORE: &str = "http://purl.org/dc/elements/1.1/";
const CONTENT_MODULE: &str = "http://purl.org/rss/1.0/modules/content/";
const MEDIA_RSS: &str = "http://search.yahoo.com/mrss/";

/// A feed read as a page.
pub(crate) struct FeedPage {
    pub blocks: Vec<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// The first item's date (or the channel's), as YYYY-MM-DD.
    pub published: Option<String>,
    pub dropped: Vec<(String, String)>,
}

/// Whether the text is a feed: its root element (after the XML declaration, processing
/// instructions, comments and a doctype) is `rss`, an RDF root (RSS 1.0) or Atom's `feed`.
pub(crate) fn looks_like_feed(raw: &str) -> bool {
    let mut rest = raw.trim_start_matches('\u{feff}').trim_start();
    for _ in 0..64 {
        if let Some(after) = rest.strip_prefix("<?") {
            let Some(end) = after.find("?>") else {
                return false;
            };
            rest = after[end + 2..].trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            let Some(end) = after.find("-->") else {
                return false;
            };
            rest = after[end + 3..].trim_start();
        } else if rest.starts_with("<!") {
            // A doctype, possibly with an internal subset in brackets.
            let end = match (rest.find('['), rest.find('>')) {
                (Some(open), Some(close)) if open < close => rest.find("]>").map(|e| e + 2),
                (_, Some(close)) => Some(close + 1),
                _ => None,
            };
            let Some(end) = end else {
                return false;
            };
            rest = rest[end..].trim_start();
        } else {
            break;
        }
    }
    let Some(tag) = rest.strip_prefix('<') else {
        return false;
    };
    let name: String = tag
        .chars()
        .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '-' | '_' | '.'))
        .collect();
    let open_tag = &tag[..tag.find('>').unwrap_or(tag.len()).min(4096)];
    match name.as_str() {
        "rss" => true,
        "feed" => open_tag.contains(ATOM),
        _ => name.ends_with(":RDF") && open_tag.contains("purl.org/rss/1.0"),
    }
}

/// The feed as a page, or why it cannot be read (not well-formed XML, with the line).
pub(crate) fn feed_page(raw: &str) -> Result<FeedPage, String> {
    // A feed's elements nest a few deep; a hostile one is refused before it is walked.
    if let Some(why) = crate::html::html_too_deep(raw) {
        return Err(why);
    }
    let options = ParsingOptions {
        allow_dtd: true,
        nodes_limit: MAX_FEED_NODES,
    };
    let doc = Document::parse_with_options(raw.trim_start_matches('\u{feff}'), options)
        .map_err(|e| format!("a feed that is not well-formed XML: {e}"))?;
    let root = doc.root_element();
    let atom = root.tag_name().namespace() == Some(ATOM);
    let channel = if atom {
        Some(root)
    } else {
        element(root, "channel")
    };
    let items: Vec<Node<'_, '_>> = if atom {
        children(root, "entry").collect()
    } else {
        // RSS 2.0 puts items in the channel, RSS 1.0 beside it.
        channel
            .into_iter()
            .flat_map(|c| children(c, "item"))
            .chain(children(root, "item"))
            .collect()
    };
    let mut page = FeedPage {
        blocks: Vec::new(),
        title: None,
        url: None,
        published: None,
        dropped: Vec::new(),
    };
    if let Some(channel) = channel {
        page.title = element(channel, "title")
            .map(text_of)
            .filter(|t| !t.is_empty());
        page.url = link_of(channel);
        page.blocks.extend(page.title.clone());
        let about = element(channel, "description").or_else(|| element(channel, "subtitle"));
        if let Some(about) = about {
            page.blocks.extend(markup_blocks(about, &mut page.dropped));
        }
        let editors: Vec<String> = children(channel, "managingEditor")
            .chain(children(channel, "author"))
            .filter_map(|n| person_of(n))
            .collect();
        if !editors.is_empty() {
            page.blocks
                .push(format!("Managing editor: {}", editors.join(", ")));
        }
        page.published = ["pubDate", "lastBuildDate", "updated"]
            .iter()
            .find_map(|name| element(channel, name).and_then(|n| feed_date(&text_of(n))));
    }
    let mut first_date = None;
    for item in crate::first_items(&items, MAX_FEED_ITEMS, "feed", &mut page.dropped) {
        let date = ["pubDate", "published", "updated", "date"]
            .iter()
            .find_map(|name| element(*item, name))
            .map(text_of);
        if first_date.is_none() {
            first_date = date.as_deref().and_then(feed_date);
        }
        read_item(*item, date, &mut page);
    }
    page.published = first_date.or(page.published);
    crate::html::refuse_fragments_too_deep(&page.dropped, "a feed item's HTML")?;
    Ok(page)
}

/// One item (or entry): its title, its byline and date, its teaser unless the full text
/// opens with it, and its full text.
fn read_item(item: Node<'_, '_>, date: Option<String>, page: &mut FeedPage) {
    if let Some(title) = element(item, "title") {
        let title = if matches!(title.attribute("type"), Some("html" | "xhtml")) {
            markup_blocks(title, &mut page.dropped).join(" ")
        } else {
            text_of(title)
        };
        if !title.is_empty() {
            page.blocks.push(title);
        }
    }
    let creators: Vec<String> = item
        .children()
        .filter(|n| {
            n.is_element()
                && (n.has_tag_name((DUBLIN_CORE, "creator")) || n.tag_name().name() == "author")
        })
        .filter_map(|n| person_of(n))
        .collect();
    byline_and_date(&creators, date.as_deref(), &mut page.blocks);
    let teaser = element(item, "description")
        .or_else(|| element(item, "summary"))
        .map(|n| markup_blocks(n, &mut page.dropped))
        .unwrap_or_default();
    let full = item
        .children()
        .find(|n| n.has_tag_name((CONTENT_MODULE, "encoded")))
        .or_else(|| element(item, "content"))
        .map(|n| markup_blocks(n, &mut page.dropped))
        .unwrap_or_default();
    if !opens_with(&full, &teaser) {
        page.blocks.extend(teaser);
    }
    page.blocks.extend(full);
    for node in item.descendants().filter(|n| n.is_element()) {
        let name = node.tag_name().name();
        if name == "enclosure" || node.has_tag_name((MEDIA_RSS, "content")) {
            let what = node
                .attribute("type")
                .or_else(|| node.attribute("medium"))
                .unwrap_or("a file");
            let url = node.attribute("url").unwrap_or("");
            page.dropped.push((
                format!("{what} {url}").trim().to_string(),
                "an item's enclosure or media file: not text".into(),
            ));
        } else if node.tag_name().namespace() == Some(MEDIA_RSS)
            && matches!(name, "description" | "title" | "credit")
        {
            let caption = text_of(node);
            if !caption.is_empty() {
                page.dropped
                    .push((caption, format!("a media file's {name} in the feed")));
            }
        }
    }
}

/// An item's byline and its date as the feed gives it, each a block of its own: run into one,
/// a date's weekday ("Fri, 20 Nov") would read as a name listed after the author.
pub(crate) fn byline_and_date(authors: &[String], date: Option<&str>, blocks: &mut Vec<String>) {
    if !authors.is_empty() {
        blocks.push(format!("By {}", authors.join(" and ")));
    }
    if let Some(date) = date {
        blocks.push(date.trim().to_string());
    }
}

/// Whether a full text opens with the teaser's words (a teaser cut short ends on an
/// ellipsis or "[…]", which is not compared).
fn opens_with(full: &[String], teaser: &[String]) -> bool {
    let words = |blocks: &[String]| -> Vec<String> {
        blocks
            .iter()
            .flat_map(|b| b.split(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (full, mut teaser) = (words(full), words(teaser));
    // The last word of a teaser cut short may be cut too.
    teaser.pop();
    !teaser.is_empty() && full.len() >= teaser.len() && full[..teaser.len()] == teaser[..]
}

/// A text field's blocks: HTML (escaped or in CDATA, or Atom's XHTML) read block by block,
/// plain text as its paragraphs; the line a blog adds to every item saying where it appeared
/// first goes to what was left out.
fn markup_blocks(node: Node<'_, '_>, dropped: &mut Vec<(String, String)>) -> Vec<String> {
    // Atom's XHTML is HTML written as XML: its source, read as any HTML fragment.
    let xhtml = (node.attribute("type") == Some("xhtml"))
        .then(|| node.children().find(|n| n.is_element()))
        .flatten()
        .map(|div| &node.document().input_text()[div.range()]);
    let blocks = if let Some(xhtml) = xhtml {
        crate::html::fragment_blocks_or_left_out(xhtml, &text_of_raw(node), dropped)
    } else {
        let value = text_of_raw(node);
        if node.attribute("type") != Some("text") && value.contains('<') {
            crate::html::fragment_blocks_or_left_out(&value, &value, dropped)
        } else {
            crate::paragraphs(&value).collect()
        }
    };
    let (syndication, blocks): (Vec<String>, Vec<String>) =
        blocks.into_iter().partition(|b| syndication_line(b));
    dropped.extend(syndication.into_iter().map(|b| {
        (
            b,
            "a feed's line saying where the item appeared first".into(),
        )
    }));
    blocks
}

/// "The post <title> appeared first on <site>." — a blog's feed adds it to every item.
fn syndication_line(block: &str) -> bool {
    block.starts_with("The post ") && block.contains(" appeared first on ")
}

/// A managing editor's, an author's or a creator's name: "desk@example.org (Jane Roe)" is
/// Jane Roe, an Atom author its `name`, a bare address no one's name.
fn person_of(node: Node<'_, '_>) -> Option<String> {
    if let Some(name) = element(node, "name") {
        let name = text_of(name);
        return (!name.is_empty()).then_some(name);
    }
    let value = text_of(node);
    if let (Some(open), true) = (value.find('('), value.ends_with(')')) {
        let name = value[open + 1..value.len() - 1].trim();
        return (!name.is_empty()).then(|| name.to_string());
    }
    (!value.is_empty() && !value.contains('@')).then_some(value)
}

/// The channel's own address: RSS's `link` text, Atom's alternate link.
fn link_of(channel: Node<'_, '_>) -> Option<String> {
    channel
        .children()
        .filter(|n| n.is_element() && n.tag_name().name() == "link")
        .find_map(|n| {
            let href = n.attribute("href");
            match (n.tag_name().namespace(), href) {
                (Some(ATOM), Some(href)) if n.attribute("rel").is_none_or(|r| r == "alternate") => {
                    Some(href.to_string())
                }
                (Some(ATOM), _) => None,
                _ => Some(text_of(n)),
            }
        })
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
}

/// The node's first child that is the feed's element of this local name (see `core_element`).
fn element<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| core_element(n, name))
}

/// The node's children that are the feed's elements of this local name.
fn children<'a, 'i: 'a>(
    node: Node<'a, 'i>,
    name: &'a str,
) -> impl Iterator<Item = Node<'a, 'i>> + 'a {
    node.children().filter(move |n| core_element(n, name))
}

/// Whether the node is the feed's element of this local name: not an extension's namesake
/// (`media:title`, `content:encoded`), and "date" only as Dublin Core's.
fn core_element(n: &Node<'_, '_>, name: &str) -> bool {
    n.is_element()
        && n.tag_name().name() == name
        && !matches!(n.tag_name().namespace(), Some(MEDIA_RSS | CONTENT_MODULE))
        && (name != "date" || n.tag_name().namespace() == Some(DUBLIN_CORE))
}

/// A node's text (CDATA and character references resolved) on one line.
fn text_of(node: Node<'_, '_>) -> String {
    crate::one_line(&text_of_raw(node))
}

fn text_of_raw(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <description>News from the harbour</description>
  <managingEditor>desk@gazette.example (Tomas Lindqvar)</managingEditor>
  <item>
    <title>Exiled poet followed in Oslo</title>
    <dc:creator><![CDATA[Mirela Ostapenko]]></dc:creator>
    <pubDate>Tue, 03 Nov 2026 10:00:00 +0000</pubDate>
    <description>&lt;p&gt;Arvid Nesheim says men followed him &amp;#8230;&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Arvid Nesheim says men followed him home.</p>
<p>He told the Gazette he had called the police.</p>
<p>The post <a href="x">Exiled poet followed in Oslo</a> appeared first on <a href="y">Harbour Gazette</a>.</p>]]></content:encoded>
    <media:content url="https://gazette.example/a.jpg" medium="image">
      <media:description>Arvid Nesheim at home</media:description>
    </media:content>
  </item>
  <item>
    <title>Podcast 4</title>
    <pubDate>Mon, 02 Nov 2026 06:00:00 +0000</pubDate>
    <description>&lt;p&gt;Host Tomas Lindqvar talks to Ines Marot.&lt;/p&gt;</description>
    <enclosure url="https://gazette.example/4.mp3" length="1" type="audio/mpeg"/>
  </item>
</channel>
</rss>"#;

    #[test]
    fn an_rss_feed_reads_as_its_channel_then_each_item_once() {
        assert!(looks_like_feed(RSS));
        let page = feed_page(RSS).expect("a well-formed feed");
        assert_eq!(
            page.blocks,
            [
                "Harbour Gazette",
                "News from the harbour",
                "Managing editor: Tomas Lindqvar",
                "Exiled poet followed in Oslo",
                "By Mirela Ostapenko",
                "Tue, 03 Nov 2026 10:00:00 +0000",
                // The teaser is the full text's opening: read once.
                "Arvid Nesheim says men followed him home.",
                "He told the Gazette he had called the police.",
                "Podcast 4",
                "Mon, 02 Nov 2026 06:00:00 +0000",
                "Host Tomas Lindqvar talks to Ines Marot.",
            ]
        );
        assert_eq!(page.title.as_deref(), Some("Harbour Gazette"));
        assert_eq!(page.url.as_deref(), Some("https://gazette.example/"));
        assert_eq!(page.published.as_deref(), Some("2026-11-03"));
        let dropped: Vec<&str> = page.dropped.iter().map(|(b, _)| b.as_str()).collect();
        assert!(dropped.iter().any(|b| b.starts_with("The post ")));
        assert!(dropped.contains(&"Arvid Nesheim at home"));
        assert!(dropped.contains(&"audio/mpeg https://gazette.example/4.mp3"));
    }

    #[test]
    fn an_atom_feed_reads_its_entries_with_their_authors() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Watch Desk</title>
  <link href="https://watch.example/" rel="alternate"/>
  <link href="https://watch.example/atom.xml" rel="self"/>
  <updated>2026-10-01T00:00:00Z</updated>
  <entry>
    <title type="html">Agents &lt;em&gt;named&lt;/em&gt;</title>
    <author><name>Oona Varga</name><email>o@watch.example</email></author>
    <published>2026-09-30T12:00:00Z</published>
    <summary type="text">A court named two agents.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The court in Graz named Pavel Orekhin.</p><p>He denies it.</p></div></content>
  </entry>
</feed>"#;
        assert!(looks_like_feed(atom));
        let page = feed_page(atom).expect("a well-formed feed");
        assert_eq!(
            page.blocks,
            [
                "Watch Desk",
                "Agents named",
                "By Oona Varga",
                "2026-09-30T12:00:00Z",
                "A court named two agents.",
                "The court in Graz named Pavel Orekhin.",
                "He denies it.",
            ]
        );
        assert_eq!(page.url.as_deref(), Some("https://watch.example/"));
        assert_eq!(page.published.as_deref(), Some("2026-09-30"));
    }

    #[test]
    fn what_is_not_a_feed_is_not_taken_for_one() {
        for text in [
            "<html><body><p>The rss of it.</p></body></html>",
            "<?xml version=\"1.0\"?><feed><entry/></feed>",
            "A report that mentions <rss> in passing.",
            "<!-- unterminated",
        ] {
            assert!(!looks_like_feed(text), "{text}");
        }
        assert!(looks_like_feed(
            "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<!DOCTYPE rss [<!ENTITY x \"y\">]>\n<rss version=\"0.91\"><channel/></rss>"
        ));
    }

    #[test]
    fn a_broken_or_hostile_feed_is_refused_with_why() {
        let broken = "<rss version=\"2.0\"><channel><title>A & B</title></channel></rss>";
        let why = feed_page(broken).err().expect("not well-formed");
        assert!(why.contains("not well-formed XML"), "{why}");
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><rss><channel><title>&g;</title></channel></rss>";
        // Either refused or read within bounds; never an expansion without end.
        if let Ok(page) = feed_page(laughs) {
            assert!(page.blocks.iter().map(String::len).sum::<usize>() < 20_000_000);
        }
    }
}
