//! Posts saved as JSON: a Mastodon (or any ActivityPub server's) account archive, whose
//! `outbox.json` holds the account's posts as ActivityStreams activities, a single post or
//! profile fetched as ActivityStreams, and a JSON Feed. Investigators get these from a
//! subject's export or a platform's API; as text they are braces and quoted HTML, which the
//! cleaner refuses as data. Parsed by `serde_json` (whose nesting limit bounds a hostile
//! file), each post becomes its date, its content warning or title, its text (the HTML read
//! block by block) and its pictures' descriptions, once: the same text in `contentMap` is not
//! read again. What holds no text here (a boost of a post stored elsewhere, a like, a follow)
//! is named in what was left out.
//!
//! Two platforms' own exports are read the same way: a Misskey (or Firefish, Sharkey)
//! account's `notes.json`, an array of notes written in MFM (Markdown with `$[fn ...]`
//! functions, `?[label](url)` links and `:emoji:` codes), and a Telegram Desktop chat export's
//! `result.json`, whose messages carry their sender, their date and their text as a string or
//! as runs of formatted text. So is an X (Twitter) account archive's `tweets.js`, a script
//! that assigns the posts to `window.YTD.tweets.part0`.

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
#[derive(Default)]
pub(crate) struct PostsPage {
    pub blocks: Vec<String>,
    pub title: Option<String>,
    /// Whether the title is a person's name (a conversation between two people is titled
    /// with the other's), not a publisher's or a group's.
    pub title_is_a_person: bool,
    /// The first post's date, as YYYY-MM-DD.
    pub published: Option<String>,
    pub dropped: Vec<(String, String)>,
}

impl PostsPage {
    /// A post's date as a block of its own, and the page's date where it has none yet, read
    /// by `parse` (each platform writes its dates its own way).
    pub(crate) fn date(&mut self, date: Option<&str>, parse: fn(&str) -> Option<String>) {
        if let Some(date) = date.map(str::trim).filter(|d| !d.is_empty()) {
            if self.published.is_none() {
                self.published = parse(date);
            }
            self.blocks.push(date.to_string());
        }
    }

    /// Plain text's paragraphs, each a block.
    fn paragraphs(&mut self, text: &str) {
        self.blocks.extend(crate::paragraphs(text));
    }

    /// A file attached to a post, named in what was left out.
    pub(crate) fn attached_file(&mut self, what: String) {
        self.dropped
            .push((what, "a post's attached file: not text".into()));
    }
}

/// Whether the text is ActivityStreams, a JSON Feed, a Misskey notes export (or one note), a
/// Telegram chat export or one of Meta's exports (`facebook.rs`), by the keys its opening
/// names.
pub(crate) fn looks_like_posts(raw: &str) -> bool {
    let text = raw.trim_start_matches('\u{feff}').trim_start();
    if text.starts_with("window.YTD.") {
        return true;
    }
    let mut end = text.len().min(8_192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let has = |key: &str| head.contains(&format!("\"{key}\""));
    let misskey_note = has("createdAt") && has("text") && (has("renoteId") || has("cw"));
    if text.starts_with('[') {
        return misskey_note || crate::facebook::looks_like_meta_export(head);
    }
    if !text.starts_with('{') {
        return false;
    }
    let telegram_chat =
        has("messages") && (has("from_id") || has("text_entities") || has("date_unixtime"));
    head.contains("www.w3.org/ns/activitystreams")
        || head.contains("jsonfeed.org/version")
        || misskey_note
        || telegram_chat
        || crate::facebook::looks_like_meta_export(head)
}

/// The posts as a page, or why the file cannot be read (not JSON, with the line).
pub(crate) fn posts_page(raw: &str) -> Result<PostsPage, String> {
    let text = raw.trim_start_matches('\u{feff}').trim_start();
    // An X archive's script: the JSON after its assignment.
    let (text, archive) = match text.strip_prefix("window.YTD.") {
        Some(rest) => match rest.split_once('=') {
            Some((_, json)) => (json, true),
            None => return Err("an X archive's script without its assignment".into()),
        },
        None => (text, false),
    };
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| format!("posts that are not well-formed JSON: {e}"))?;
    let mut page = PostsPage::default();
    if crate::facebook::read_meta_export(&mut value, &mut page) {
        // Read there: Meta's own exports.
    } else if value
        .get("version")
        .and_then(Value::as_str)
        .is_some_and(|v| v.contains("jsonfeed.org"))
    {
        read_json_feed(&value, &mut page);
    } else if let (true, Some(posts)) = (archive, value.as_array()) {
        for post in crate::first_items(posts, MAX_POSTS, "archive", &mut page.dropped) {
            read_archived_tweet(post, &mut page);
        }
    } else if let Some(notes) = value.as_array() {
        for note in crate::first_items(notes, MAX_POSTS, "export", &mut page.dropped) {
            if note.get("createdAt").is_some() {
                read_misskey_note(note, &mut page);
            } else {
                read_activity(note, &mut page);
            }
        }
    } else if value.get("createdAt").is_some() {
        read_misskey_note(&value, &mut page);
    } else if let Some(messages) = value.get("messages").and_then(Value::as_array) {
        read_telegram_chat(&value, messages, &mut page);
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
    let date = post.get("published").or(activity_date);
    page.date(date.and_then(Value::as_str), feed_date);
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
        page.attached_file(format!("{kind} {url}").trim().to_string());
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
            page.paragraphs(text);
        }
    }
}

/// A Misskey note: its date, its author where the note carries one (an API response does, an
/// export does not), its content warning, its text, a poll's choices, its files' descriptions
/// and the note it quotes or renotes where that is in the file.
fn read_misskey_note(note: &Value, page: &mut PostsPage) {
    let text = note.get("text").and_then(Value::as_str);
    let renote = note.get("renote").filter(|r| r.is_object());
    if text.is_none() && renote.is_none() {
        if let Some(id) = note.get("renoteId").and_then(Value::as_str) {
            page.dropped.push((
                format!("renote {id}"),
                "a renote of a note stored elsewhere: its text is not in the file".into(),
            ));
            return;
        }
    }
    page.date(note.get("createdAt").and_then(Value::as_str), feed_date);
    if let Some(user) = note.get("user") {
        if let Some(name) = ["name", "username"]
            .iter()
            .find_map(|k| user.get(*k).and_then(Value::as_str))
            .map(crate::one_line)
            .filter(|n| !n.is_empty())
        {
            page.blocks.push(format!("By {name}"));
        }
    }
    for field in [note.get("cw"), note.get("text")].into_iter().flatten() {
        if let Some(mfm) = field.as_str() {
            page.blocks.extend(mfm_blocks(mfm, &mut page.dropped));
        }
    }
    for choice in note
        .get("poll")
        .and_then(|p| p.get("choices"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(choice) = choice.get("text").and_then(Value::as_str) {
            page.blocks.extend(mfm_blocks(choice, &mut page.dropped));
        }
    }
    for file in note
        .get("files")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(about) = file.get("comment").and_then(Value::as_str) {
            let about = crate::one_line(about);
            if !about.is_empty() {
                page.blocks.push(about);
            }
        }
        let kind = file.get("type").and_then(Value::as_str).unwrap_or("a file");
        let at = ["url", "name"]
            .iter()
            .find_map(|k| file.get(*k).and_then(Value::as_str))
            .unwrap_or("");
        page.attached_file(format!("{kind} {at}").trim().to_string());
    }
    // A quoted or renoted note embedded whole (as the API gives it) is read after the note;
    // one level only, so a chain of quotes cannot nest the reading without end.
    if let Some(renote) = renote {
        let mut inner = renote.clone();
        if let Some(obj) = inner.as_object_mut() {
            obj.remove("renote");
        }
        read_misskey_note(&inner, page);
    }
}

/// MFM, Misskey's markup, as blocks: its functions (`$[x2 text]`, nested) give their text, its
/// search-less links (`?[label](url)`) their label, custom emoji codes (`:blobcat:`) nothing;
/// what is left is Markdown with some HTML tags (`<small>`, `<center>`), rendered and read as
/// HTML.
fn mfm_blocks(mfm: &str, dropped: &mut Vec<(String, String)>) -> Vec<String> {
    let mut plain = String::with_capacity(mfm.len());
    // Open brackets: true for a function's, whose closing bracket is dropped too.
    let mut open: Vec<bool> = Vec::new();
    let mut rest = mfm;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        match c {
            '$' if after.starts_with('[') => {
                let name_len = after[1..]
                    .find(|ch: char| !(ch.is_ascii_alphanumeric() || "._=,-".contains(ch)))
                    .unwrap_or(after.len() - 1);
                if name_len > 0 && after[1 + name_len..].starts_with(' ') {
                    open.push(true);
                    rest = &after[2 + name_len..];
                    continue;
                }
                plain.push(c);
            }
            '?' if after.starts_with('[') => {}
            '[' => {
                open.push(false);
                plain.push(c);
            }
            ']' => {
                if open.pop() != Some(true) {
                    plain.push(c);
                }
            }
            ':' => match custom_emoji_len(rest, &plain) {
                0 => plain.push(c),
                code => {
                    rest = &rest[code..];
                    continue;
                }
            },
            _ => plain.push(c),
        }
        rest = after;
    }
    let html = crate::markdown::markdown_to_html(&plain);
    crate::html::fragment_blocks_or_left_out(&html, mfm, dropped)
}

/// The length of a custom emoji code opening `text` (`:blob_thinking:`), where it stands
/// apart from the word before it; 0 where none does (a time "10:05", a label "Note: ...").
fn custom_emoji_len(text: &str, before: &str) -> usize {
    if before.ends_with(|c: char| c.is_alphanumeric()) {
        return 0;
    }
    let body = &text[1..];
    let name_len = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    let name = &body[..name_len];
    if name.is_empty() || !body[name_len..].starts_with(':') {
        return 0;
    }
    let joined_after = body[name_len + 1..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    if joined_after || !name.chars().any(|c| c.is_ascii_alphabetic()) {
        return 0;
    }
    name_len + 2
}

/// A Telegram Desktop chat export: the chat's name, then each message's date, sender and text
/// (a forwarded one's source too); its files are named in what was left out, and a service
/// message (a member joined, a call) has no text of its own.
fn read_telegram_chat(chat: &Value, messages: &[Value], page: &mut PostsPage) {
    page.title = chat
        .get("name")
        .and_then(Value::as_str)
        .map(crate::one_line)
        .filter(|n| !n.is_empty());
    page.blocks.extend(page.title.clone());
    for message in crate::first_items(messages, MAX_POSTS, "chat", &mut page.dropped) {
        if message.get("type").and_then(Value::as_str) == Some("service") {
            let action = message.get("action").and_then(Value::as_str).unwrap_or("");
            page.dropped.push((
                action.to_string(),
                "a chat's service message: no text of its own".into(),
            ));
            continue;
        }
        page.date(message.get("date").and_then(Value::as_str), feed_date);
        if let Some(from) = message.get("from").and_then(Value::as_str) {
            page.blocks.push(format!("By {}", crate::one_line(from)));
        }
        if let Some(source) = message.get("forwarded_from").and_then(Value::as_str) {
            page.blocks
                .push(format!("Forwarded from {}", crate::one_line(source)));
        }
        let text = match message.get("text") {
            Some(Value::String(t)) => t.clone(),
            // Runs of plain and formatted text ("bold", "link", "mention"), each a string or
            // an object holding its text.
            Some(Value::Array(runs)) => runs
                .iter()
                .filter_map(|r| r.as_str().or_else(|| r.get("text").and_then(Value::as_str)))
                .collect(),
            _ => String::new(),
        };
        page.paragraphs(&text);
        if let Some(file) = ["photo", "file", "media_type"]
            .iter()
            .find_map(|key| message.get(*key).and_then(Value::as_str))
        {
            page.attached_file(file.to_string());
        }
    }
}

/// A post of an X archive (`{"tweet": {...}}`): its date, the account it replies to, and its
/// text, its entities escaped as the archive keeps them (`&amp;`) read as characters.
fn read_archived_tweet(item: &Value, page: &mut PostsPage) {
    let Some(tweet) = item
        .get("tweet")
        .or_else(|| item.as_object().and_then(|o| o.values().next()))
    else {
        return;
    };
    page.date(
        tweet.get("created_at").and_then(Value::as_str),
        archive_date,
    );
    let text = tweet
        .get("full_text")
        .or_else(|| tweet.get("text"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    page.paragraphs(&text);
    for media in tweet
        .get("extended_entities")
        .or_else(|| tweet.get("entities"))
        .and_then(|e| e.get("media"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let url = media
            .get("media_url_https")
            .or_else(|| media.get("media_url"))
            .and_then(Value::as_str)
            .unwrap_or("");
        page.attached_file(url.to_string());
    }
}

/// An X archive's date ("Wed Nov 04 07:12:33 +0000 2026") as YYYY-MM-DD.
fn archive_date(date: &str) -> Option<String> {
    match date.split_whitespace().collect::<Vec<_>>()[..] {
        [_, month, day, _, _, year] => {
            vigil_model::dates::parse_calendar_date(&format!("{day} {month} {year}"))
        }
        _ => feed_date(date),
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
    crate::html::fragment_blocks_or_left_out(text, text, dropped)
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
    fn a_misskey_notes_export_reads_its_mfm_as_text_once() {
        let notes = r#"[
          {"id":"n1","createdAt":"2026-09-01T08:00:00.000Z","text":"**Thread** on $[x2 $[tada Leon Varga]]'s arrest :blob_sad:\n\nPolice in Pécs held him. ?[Statement](https://x.example/s) at 10:05:30.","cw":null,
           "files":[{"type":"image/png","url":"https://files.example/a.png","comment":"Leon Varga at his desk"}],"renoteId":null,"visibility":"public"},
          {"id":"n2","createdAt":"2026-09-02T08:00:00.000Z","text":null,"cw":null,"files":[],"renoteId":"n0","visibility":"public"},
          {"id":"n3","createdAt":"2026-09-03T08:00:00.000Z","text":"> He is free.\n\n<small>Thanks to [Ines Roth](https://x.example/r).</small>","cw":"Update","files":[],"renoteId":null,"poll":{"choices":[{"text":"Yes"}]},"visibility":"home"}
        ]"#;
        assert!(looks_like_posts(notes));
        let page = posts_page(notes).expect("well-formed JSON");
        assert_eq!(
            page.blocks,
            [
                "2026-09-01T08:00:00.000Z",
                "Thread on Leon Varga's arrest",
                "Police in Pécs held him. Statement at 10:05:30.",
                "Leon Varga at his desk",
                "2026-09-03T08:00:00.000Z",
                "Update",
                "He is free.",
                "Thanks to Ines Roth.",
                "Yes",
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2026-09-01"));
        let dropped: Vec<&str> = page.dropped.iter().map(|(b, _)| b.as_str()).collect();
        assert_eq!(
            dropped,
            ["image/png https://files.example/a.png", "renote n0"]
        );
        // One note as the API gives it, with its author and the note it quotes.
        let one = r#"{"id":"n9","createdAt":"2026-09-04T08:00:00.000Z","text":"Still watched.","cw":null,
          "user":{"name":"Ada Brenner","username":"ada"},"renoteId":"n8",
          "renote":{"id":"n8","createdAt":"2026-09-03T08:00:00.000Z","text":"Seen in Graz.","user":{"username":"kurt"},"renoteId":null}}"#;
        assert!(looks_like_posts(one));
        let page = posts_page(one).expect("well-formed JSON");
        assert_eq!(
            page.blocks,
            [
                "2026-09-04T08:00:00.000Z",
                "By Ada Brenner",
                "Still watched.",
                "2026-09-03T08:00:00.000Z",
                "By kurt",
                "Seen in Graz."
            ]
        );
    }

    #[test]
    fn a_telegram_chat_export_reads_each_message_s_sender_date_and_text() {
        let chat = r#"{"name":"Dispatch desk","type":"private_group","id":42,"messages":[
          {"id":1,"type":"service","date":"2026-08-01T09:00:00","actor":"Ana Petrov","action":"create_group"},
          {"id":2,"type":"message","date":"2026-08-01T09:05:00","date_unixtime":"1785574000","from":"Ana Petrov","from_id":"user1",
           "text":["Met ",{"type":"bold","text":"Jonas Weber"}," in Riga.\n\nHe was followed."],"photo":"photos/photo_1.jpg"},
          {"id":3,"type":"message","date":"2026-08-02T10:00:00","from":"Ana Petrov","from_id":"user1","forwarded_from":"Riga Monitor","text":"Two cars outside."}
        ]}"#;
        assert!(looks_like_posts(chat));
        let page = posts_page(chat).expect("well-formed JSON");
        assert_eq!(page.title.as_deref(), Some("Dispatch desk"));
        assert_eq!(
            page.blocks,
            [
                "Dispatch desk",
                "2026-08-01T09:05:00",
                "By Ana Petrov",
                "Met Jonas Weber in Riga.",
                "He was followed.",
                "2026-08-02T10:00:00",
                "By Ana Petrov",
                "Forwarded from Riga Monitor",
                "Two cars outside."
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2026-08-01"));
        let dropped: Vec<&str> = page.dropped.iter().map(|(b, _)| b.as_str()).collect();
        assert_eq!(dropped, ["create_group", "photos/photo_1.jpg"]);
        // Other JSON arrays and objects with messages are not chats or notes.
        assert!(!looks_like_posts(
            r#"[{"id":1,"text":"a","createdAt":"x"}]"#
        ));
        assert!(!looks_like_posts(
            r#"{"messages":[{"role":"user","content":"hi"}]}"#
        ));
    }

    #[test]
    fn an_x_archive_s_posts_read_with_their_dates() {
        let archive = r#"window.YTD.tweets.part0 = [
          {"tweet":{"created_at":"Wed Nov 04 07:12:33 +0000 2026","full_text":"Police in Pécs held Leon Varga &amp; his son.\n\nNo charge.",
            "entities":{"media":[{"media_url_https":"https://pbs.example/a.jpg"}]}}},
          {"tweet":{"created_at":"Thu Nov 05 09:00:00 +0000 2026","full_text":"@ines_roth thank you"}}
        ]"#;
        assert!(looks_like_posts(archive));
        let page = posts_page(archive).expect("well-formed archive");
        assert_eq!(
            page.blocks,
            [
                "Wed Nov 04 07:12:33 +0000 2026",
                "Police in Pécs held Leon Varga & his son.",
                "No charge.",
                "Thu Nov 05 09:00:00 +0000 2026",
                "@ines_roth thank you"
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2026-11-04"));
        assert_eq!(page.dropped[0].0, "https://pbs.example/a.jpg");
        assert!(posts_page("window.YTD.tweets.part0 [").is_err());
        assert!(posts_page("window.YTD.tweets.part0 = [{").is_err());
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
