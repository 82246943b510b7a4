//! Posts saved as JSON: a Mastodon (or any ActivityPub server's) account archive, whose
//! `outbox.json` holds the account's posts as ActivityStreams activities, a single post or
//! profile fetched as ActivityStreams, and a JSON Feed. Investigators get these from a
//! subject's export or a platform's API; as text they are braces and quoted HTML, which the
//! cleaner refuses as data. Parsed by `serde_json` (whose nesting limit bounds a hostile
//! file), each post becomes its date, its content warning or title, its text (the HTML read
//! block by block) and its pictures' descriptions, once: the same text in `contentMap` is not
//! read again. What holds no text here (a boost of a post stored elsewhere, a like, a follow)
//! is named in what was left out.

use serde_json::Value;
use vigil_model::dates::feed_date;

/// How many posts of one file are read; the rest are named in what was left out.
const MAX_POSTS: usize = 20_000;

/// Object types that are posts (or an account's profile) with text of their own.
const POST_TYPES: &[&str] = &[
    "Note", "Article", "Page", "Question", "Event", "Video", "Image", "Audio", "Document",
];
const ACTOR_TYPES: &[&str] = &["Person", "Service", "Organization", "Group", "Application"];

/// Posts read as a page.
pub(crate) struct PostsPage {
    pub blocks: Vec<String>,
    pub title: Option<String>,
    /// The first post's date, as YYYY-MM-DD.
    pub published: Option<String>,
    pub dropped: Vec<(String, String)>,
}

/// Whether the text is ActivityStreams or a JSON Feed: a JSON object whose opening names the
/// ActivityStreams context or the JSON Feed version.
pub(crate) fn looks_like_posts(raw: &str) -> bool {
    let text = raw.trim_start_matches('\u{feff}').trim_start();
    if !text.starts_with('{') {
        return false;
    }
    let mut end = text.len().min(8_192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    head.contains("www.w3.org/ns/activitystreams") || head.contains("jsonfeed.org/version")
}

/// The posts as a page, or why the file cannot be read (not JSON, with the line).
pub(crate) fn posts_page(raw: &str) -> Result<PostsPage, String> {
    let value: Value = serde_json::from_str(raw.trim_start_matches('\u{feff}'))
        .map_err(|e| format!("posts that are not well-formed JSON: {e}"))?;
    let mut page = PostsPage {
        blocks: Vec::new(),
        title: None,
        published: None,
        dropped: Vec::new(),
    };
    if value
        .get("version")
        .and_then(Value::as_str)
        .is_some_and(|v| v.contains("jsonfeed.org"))
    {
        read_json_feed(&value, &mut page);
    } else {
        let items = collection_items(&value);
        match items {
            Some(items) => {
                for item in crate::first_items(items, MAX_POSTS, "collection", &mut page.dropped) {
                    read_activity(item, &mut page);
                }
            }
            None => read_activity(&value, &mut page),
        }
    }
    crate::html::refuse_fragments_too_deep(&page.dropped, "a post's HTML")?;
    Ok(page)
}

/// A collection's items (`orderedItems` or `items`, or those of its embedded first page);
/// None where the value is not a collection.
fn collection_items(value: &Value) -> Option<&Vec<Value>> {
    let kind = value.get("type").and_then(Value::as_str)?;
    if !kind.ends_with("Collection") && !kind.ends_with("CollectionPage") {
        return None;
    }
    let own = ["orderedItems", "items"]
        .iter()
        .find_map(|k| value.get(*k).and_then(Value::as_array));
    own.or_else(|| {
        let first = value.get("first")?;
        ["orderedItems", "items"]
            .iter()
            .find_map(|k| first.get(*k).and_then(Value::as_array))
    })
}

/// An activity (a Create's or an Update's object is the post), a post, or a profile.
fn read_activity(item: &Value, page: &mut PostsPage) {
    let kind = item.get("type").and_then(Value::as_str).unwrap_or("");
    match item {
        Value::String(url) => {
            page.dropped.push((
                url.clone(),
                "a post named by its address only: its text is not in the file".into(),
            ));
            return;
        }
        Value::Object(_) => {}
        _ => return,
    }
    if POST_TYPES.contains(&kind) {
        read_post(item, None, page);
    } else if ACTOR_TYPES.contains(&kind) {
        read_profile(item, page);
    } else if let Some(object) = item.get("object") {
        match object {
            Value::Object(_) if matches!(kind, "Create" | "Update" | "Announce") => {
                read_post(object, item.get("published"), page)
            }
            Value::String(url) if kind == "Announce" => page.dropped.push((
                url.clone(),
                "a boost of a post stored elsewhere: its text is not in the file".into(),
            )),
            _ => page.dropped.push((
                format!("{kind} {}", object.as_str().unwrap_or(""))
                    .trim()
                    .to_string(),
                format!("a {kind} activity: no text of its own"),
            )),
        }
    } else if !kind.is_empty() {
        page.dropped.push((
            kind.to_string(),
            format!("a {kind} item: no text of its own"),
        ));
    }
}

/// A post: its date, its title or content warning, its text and its attachments'
/// descriptions.
fn read_post(post: &Value, activity_date: Option<&Value>, page: &mut PostsPage) {
    let date = post
        .get("published")
        .or(activity_date)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|d| !d.is_empty());
    if let Some(date) = date {
        if page.published.is_none() {
            page.published = feed_date(date);
        }
        page.blocks.push(date.to_string());
    }
    if let Some(author) = post
        .get("attributedTo")
        .and_then(|a| a.get("name"))
        .and_then(Value::as_str)
    {
        page.blocks.push(format!("By {}", crate::one_line(author)));
    }
    for field in ["name", "summary"] {
        if let Some(text) = post.get(field).and_then(Value::as_str) {
            page.blocks.extend(html_blocks(text, &mut page.dropped));
        }
    }
    // `content` and each language's copy in `contentMap` are the same post: the first read.
    let content = post.get("content").and_then(Value::as_str).or_else(|| {
        post.get("contentMap")
            .and_then(Value::as_object)
            .and_then(|m| m.values().find_map(Value::as_str))
    });
    if let Some(content) = content {
        page.blocks.extend(html_blocks(content, &mut page.dropped));
    }
    read_attachments(post, page);
}

/// An account's profile: its name, its biography and its labelled fields.
fn read_profile(actor: &Value, page: &mut PostsPage) {
    for field in ["name", "summary"] {
        if let Some(text) = actor.get(field).and_then(Value::as_str) {
            page.blocks.extend(html_blocks(text, &mut page.dropped));
        }
    }
    if page.title.is_none() {
        page.title = actor
            .get("name")
            .and_then(Value::as_str)
            .map(crate::one_line)
            .filter(|n| !n.is_empty());
    }
    for field in actor
        .get("attachment")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let (Some(name), Some(value)) = (
            field.get("name").and_then(Value::as_str),
            field.get("value").and_then(Value::as_str),
        ) {
            let value = html_blocks(value, &mut page.dropped).join(" ");
            page.blocks
                .push(format!("{}: {value}", crate::one_line(name)));
        }
    }
}

/// Pictures' and files' descriptions (the alt text a poster wrote), each a block; the files
/// themselves are named in what was left out.
fn read_attachments(post: &Value, page: &mut PostsPage) {
    let attachments = match post.get("attachment") {
        Some(Value::Array(list)) => list.iter().collect(),
        Some(one @ Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    for attachment in attachments {
        if let Some(about) = attachment.get("name").and_then(Value::as_str) {
            let about = crate::one_line(about);
            if !about.is_empty() {
                page.blocks.push(about);
            }
        }
        let url = attachment.get("url").and_then(Value::as_str).unwrap_or("");
        let kind = attachment
            .get("mediaType")
            .and_then(Value::as_str)
            .unwrap_or("a file");
        page.dropped.push((
            format!("{kind} {url}").trim().to_string(),
            "a post's attached file: not text".into(),
        ));
    }
}

/// A JSON Feed: its title, then each item's title, byline and date, summary and text.
fn read_json_feed(feed: &Value, page: &mut PostsPage) {
    page.title = feed
        .get("title")
        .and_then(Value::as_str)
        .map(crate::one_line);
    page.blocks.extend(page.title.clone());
    if let Some(about) = feed.get("description").and_then(Value::as_str) {
        page.blocks.push(crate::one_line(about));
    }
    let items = feed
        .get("items")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    for item in crate::first_items(items, MAX_POSTS, "feed", &mut page.dropped) {
        if let Some(title) = item.get("title").and_then(Value::as_str) {
            page.blocks.push(crate::one_line(title));
        }
        let authors: Vec<String> = item
            .get("authors")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .chain(item.get("author"))
            .filter_map(|a| a.get("name").and_then(Value::as_str))
            .map(crate::one_line)
            .collect();
        let date = item.get("date_published").and_then(Value::as_str);
        if page.published.is_none() {
            page.published = date.and_then(feed_date);
        }
        crate::feed::byline_and_date(&authors, date, &mut page.blocks);
        if let Some(summary) = item.get("summary").and_then(Value::as_str) {
            page.blocks.push(crate::one_line(summary));
        }
        if let Some(html) = item.get("content_html").and_then(Value::as_str) {
            page.blocks.extend(html_blocks(html, &mut page.dropped));
        } else if let Some(text) = item.get("content_text").and_then(Value::as_str) {
            page.blocks.extend(
                text.split("\n\n")
                    .map(crate::one_line)
                    .filter(|b| !b.is_empty()),
            );
        }
    }
}

/// A field's HTML (or plain text) as blocks.
fn html_blocks(text: &str, dropped: &mut Vec<(String, String)>) -> Vec<String> {
    if !text.contains('<') && !text.contains('&') {
        let text = crate::one_line(text);
        return if text.is_empty() {
            Vec::new()
        } else {
            vec![text]
        };
    }
    crate::html::fragment_blocks(text).unwrap_or_else(|why| {
        dropped.push((crate::one_line(text), why));
        Vec::new()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_archive_reads_each_post_once_with_its_date() {
        let outbox = r##"{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json",
          "type":"OrderedCollection","totalItems":3,"orderedItems":[
          {"type":"Create","actor":"https://social.example/users/ren","published":"2026-10-01T09:00:00Z",
           "object":{"type":"Note","published":"2026-10-01T09:00:00Z","summary":null,
             "content":"<p>Men watched my door in Lyon.<br>I told the <a href=\"#\" class=\"mention hashtag\">#<span>police</span></a>.</p><p>Ilse Marquardt saw them too.</p>",
             "contentMap":{"en":"<p>Men watched my door in Lyon.<br>I told the police.</p><p>Ilse Marquardt saw them too.</p>"},
             "attachment":[{"type":"Document","mediaType":"image/jpeg","url":"https://files.example/1.jpg","name":"Two men in a car"}]}},
          {"type":"Announce","object":"https://other.example/statuses/9","published":"2026-10-02T09:00:00Z"},
          {"type":"Create","object":{"type":"Note","published":"2026-10-03T10:00:00Z","summary":"update","content":"<p>Police took my statement.</p>"}}
        ]}"##;
        assert!(looks_like_posts(outbox));
        let page = posts_page(outbox).expect("well-formed JSON");
        assert_eq!(
            page.blocks,
            [
                "2026-10-01T09:00:00Z",
                "Men watched my door in Lyon.",
                "I told the #police.",
                "Ilse Marquardt saw them too.",
                "Two men in a car",
                "2026-10-03T10:00:00Z",
                "update",
                "Police took my statement.",
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2026-10-01"));
        let dropped: Vec<&str> = page.dropped.iter().map(|(b, _)| b.as_str()).collect();
        assert_eq!(
            dropped,
            [
                "image/jpeg https://files.example/1.jpg",
                "https://other.example/statuses/9"
            ]
        );
    }

    #[test]
    fn a_profile_and_a_json_feed_read_as_their_text() {
        let actor = r##"{"@context":["https://www.w3.org/ns/activitystreams"],"type":"Person",
          "name":"Ren Aoki","summary":"<p>Reporter in exile.</p>",
          "attachment":[{"type":"PropertyValue","name":"Outlet","value":"<a href=\"#\">Lyon Ledger</a>"}]}"##;
        let page = posts_page(actor).expect("well-formed JSON");
        assert_eq!(
            page.blocks,
            ["Ren Aoki", "Reporter in exile.", "Outlet: Lyon Ledger"]
        );
        assert_eq!(page.title.as_deref(), Some("Ren Aoki"));
        let feed = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Lyon Ledger",
          "items":[{"id":"1","title":"Watched","authors":[{"name":"Ren Aoki"}],
          "date_published":"2026-10-04T08:00:00+02:00","content_html":"<p>Ilse Marquardt spoke.</p>"}]}"#;
        assert!(looks_like_posts(feed));
        let page = posts_page(feed).expect("well-formed JSON");
        assert_eq!(
            page.blocks,
            [
                "Lyon Ledger",
                "Watched",
                "By Ren Aoki",
                "2026-10-04T08:00:00+02:00",
                "Ilse Marquardt spoke."
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2026-10-04"));
    }

    #[test]
    fn other_json_is_not_taken_for_posts_and_broken_json_is_refused() {
        assert!(!looks_like_posts(r#"{"name":"package","version":"1.0.0"}"#));
        assert!(!looks_like_posts(
            "The activitystreams context, www.w3.org/ns/activitystreams"
        ));
        let broken =
            r#"{"@context":"https://www.w3.org/ns/activitystreams","type":"Note","content":"#;
        let why = posts_page(broken).err().expect("not JSON");
        assert!(why.contains("not well-formed JSON"), "{why}");
        let deep = format!(
            "{{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"x\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(posts_page(&deep).is_err());
    }
}
