//! Meta's "Download Your Information" exports in JSON: a Messenger (or Instagram) conversation
//! (`message_1.json`: its participants, its title and its messages, newest first, each with its
//! sender and a millisecond timestamp; or, for an end-to-end encrypted chat, the same in
//! camelCase: `threadName`, `senderName`, `timestamp`, `text`, `isUnsent`, `media`), a
//! Facebook account's posts (`your_posts_1.json`: each
//! post's timestamp, Facebook's line about it and its text) and its comments
//! (`comments.json`), and an Instagram account's posts (`posts_1.json`: each post's pictures
//! with its caption). Investigators get these from a subject, a victim or a court.
//!
//! Meta writes every string of these files wrongly: each byte of the text's UTF-8 is escaped as
//! a character of its own (`"T\u00c3\u00a9llez"` for "Téllez"). Read as JSON, names and text
//! come out as mojibake that matches no list entry. Each string is mended here where its
//! characters, taken as bytes, are well-formed UTF-8; a string that is not (Latin-1 text
//! written rightly) is kept as it is.

use serde_json::Value;
use std::borrow::Cow;

use crate::posts::PostsPage;

/// How many messages or posts of one file are read; the rest are named in what was left out.
const MAX_ITEMS: usize = 50_000;

/// Keys a message uses for what it carries that is not text.
const ATTACHMENT_KEYS: &[&str] = &["photos", "videos", "audio_files", "files", "gifs", "media"];

/// Whether the opening of a JSON file (`head`) is one of Meta's exports.
pub(crate) fn looks_like_meta_export(head: &str) -> bool {
    let has = |key: &str| head.contains(&format!("\"{key}\""));
    let conversation =
        has("participants") && has("messages") && (has("sender_name") || has("senderName"));
    let posts = has("timestamp") && has("data") && (has("post") || has("attachments"));
    let instagram_posts = has("media") && has("creation_timestamp") && has("uri");
    conversation || posts || instagram_posts || has("comments_v2")
}

/// A string as Meta meant it: its characters taken as bytes where they are all below U+0100,
/// some are not ASCII and the bytes are well-formed UTF-8.
pub(crate) fn mended(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || text.chars().any(|c| u32::from(c) > 0xff) {
        return Cow::Borrowed(text);
    }
    // Every character is below U+0100, so each is one byte.
    let bytes: Vec<u8> = text.chars().map(|c| u32::from(c) as u8).collect();
    match String::from_utf8(bytes) {
        Ok(utf8) => Cow::Owned(utf8),
        Err(_) => Cow::Borrowed(text),
    }
}

/// The value with every string mended. Recursion is bounded: `serde_json` refuses nesting
/// deeper than 128.
fn mend_all(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let Cow::Owned(m) = mended(s) {
                *s = m;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mend_all),
        Value::Object(map) => map.values_mut().for_each(mend_all),
        _ => {}
    }
}

/// Reads the value into the page if it is one of Meta's exports; false (the value untouched)
/// where it is not. Its strings are mended in place, not in a copy of a file that may be large.
pub(crate) fn read_meta_export(value: &mut Value, page: &mut PostsPage) -> bool {
    let conversation = value.get("participants").is_some()
        && value
            .get("messages")
            .and_then(Value::as_array)
            .is_some_and(|m| {
                m.iter().any(|m| {
                    m.get("sender_name")
                        .or_else(|| m.get("senderName"))
                        .is_some()
                })
            });
    let posts = value.as_array().is_some_and(|items| {
        items
            .iter()
            .any(|p| p.get("timestamp").is_some() && p.get("data").is_some())
    });
    let instagram_posts = value.as_array().is_some_and(|items| {
        items.iter().any(|p| {
            p.get("media")
                .and_then(Value::as_array)
                .is_some_and(|m| m.iter().any(|m| m.get("creation_timestamp").is_some()))
        })
    });
    let comments = value.get("comments_v2").and_then(Value::as_array);
    if !conversation && !posts && !instagram_posts && comments.is_none() {
        return false;
    }
    mend_all(value);
    if conversation {
        read_conversation(value, page);
    } else if let (true, Some(items)) = (instagram_posts, value.as_array()) {
        for post in crate::first_items(items, MAX_ITEMS, "export", &mut page.dropped) {
            read_instagram_post(post, page);
        }
    } else if let Some(items) = value.as_array() {
        for post in crate::first_items(items, MAX_ITEMS, "export", &mut page.dropped) {
            read_post(post, page);
        }
    } else if let Some(items) = value.get("comments_v2").and_then(Value::as_array) {
        for comment in crate::first_items(items, MAX_ITEMS, "export", &mut page.dropped) {
            read_post(comment, page);
        }
    }
    true
}

/// A timestamp in seconds as an ISO 8601 date and time (UTC, as Meta stores it).
fn iso_time(seconds: i64) -> Option<String> {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds).ok()?;
    Some(format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    ))
}

/// A dated block (seconds since 1970) and the page's date where it has none yet.
fn push_date(page: &mut PostsPage, seconds: Option<i64>) {
    page.date(
        seconds.and_then(iso_time).as_deref(),
        vigil_model::dates::feed_date,
    );
}

/// Text's lines, each a block (a chat's lines are separate thoughts).
fn lines(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(crate::one_line).filter(|l| !l.is_empty())
}

/// The files a message or post carries, each named in what was left out.
fn attachments(item: &Value, page: &mut PostsPage) -> bool {
    let mut any = false;
    for key in ATTACHMENT_KEYS {
        for file in item
            .get(*key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let uri = file.get("uri").and_then(Value::as_str).unwrap_or(key);
            page.dropped.push((
                uri.to_string(),
                "a message's attached file: not text".into(),
            ));
            any = true;
        }
    }
    if let Some(uri) = item.pointer("/sticker/uri").and_then(Value::as_str) {
        page.dropped
            .push((uri.to_string(), "a sticker: not text".into()));
        any = true;
    }
    any
}

/// A field by the older export's key, else by the encrypted chats' camelCase one.
fn field<'a>(item: &'a Value, old: &str, new: &str) -> Option<&'a Value> {
    item.get(old).or_else(|| item.get(new))
}

/// A conversation: its title, then its messages oldest first, each its date, "By" its sender
/// and its lines.
fn read_conversation(value: &Value, page: &mut PostsPage) {
    page.title = field(value, "title", "threadName")
        .and_then(Value::as_str)
        .map(crate::one_line)
        .filter(|t| !t.is_empty());
    page.blocks.extend(page.title.clone());
    // A conversation between two people is titled with the other's name: a person, not the
    // name of a group or a publisher.
    let participant = |p: &Value| {
        p.as_str()
            .or_else(|| p.get("name").and_then(Value::as_str))
            .map(crate::one_line)
    };
    page.title_is_a_person = page.title.as_ref().is_some_and(|title| {
        value
            .get("participants")
            .and_then(Value::as_array)
            .is_some_and(|all| all.iter().any(|p| participant(p).as_ref() == Some(title)))
    });
    let Some(messages) = value.get("messages").and_then(Value::as_array) else {
        return;
    };
    let messages = crate::first_items(messages, MAX_ITEMS, "conversation", &mut page.dropped);
    let millis = |m: &Value| {
        field(m, "timestamp_ms", "timestamp")
            .and_then(Value::as_i64)
            .unwrap_or(0)
    };
    let mut ordered: Vec<&Value> = messages.iter().collect();
    ordered.sort_by_key(|m| millis(m));
    for message in ordered {
        let sender = field(message, "sender_name", "senderName")
            .and_then(Value::as_str)
            .map(crate::one_line)
            .unwrap_or_default();
        let content = field(message, "content", "text")
            .and_then(Value::as_str)
            .unwrap_or("");
        if field(message, "is_unsent", "isUnsent").and_then(Value::as_bool) == Some(true) {
            page.dropped.push((
                format!("a message by {sender}"),
                "a message its sender took back: no text".into(),
            ));
            continue;
        }
        if message.get("call_duration").is_some() {
            page.dropped
                .push((crate::one_line(content), "a call: not text".into()));
            continue;
        }
        let carries_file = attachments(message, page);
        let shared = message.pointer("/share/link").and_then(Value::as_str);
        if let Some(link) = shared {
            page.dropped
                .push((link.to_string(), "a shared link: not text".into()));
        }
        // What Messenger writes in place of text for a file or a link it carries.
        let placeholder = content.trim() == shared.unwrap_or("\u{0}")
            || (carries_file || shared.is_some())
                && (content.starts_with(&format!("{sender} sent "))
                    || content.starts_with("You sent "));
        if content.trim().is_empty() || placeholder {
            continue;
        }
        if let Some(what) = app_notice(content) {
            page.dropped.push((crate::one_line(content), what.into()));
            continue;
        }
        push_date(
            page,
            Some(millis(message).div_euclid(1000)).filter(|&s| s > 0),
        );
        if !sender.is_empty() {
            page.blocks.push(format!("By {sender}"));
        }
        page.blocks.extend(lines(content));
    }
}

/// What the app wrote in a message's place to say something happened in the chat ("Liked a
/// message", "Reacted 🙏 to your message", "Jane sent an attachment.", "John unsent a
/// message"), which names no one the sender wrote of: why it is left out, or `None` for a
/// message someone wrote.
fn app_notice(content: &str) -> Option<&'static str> {
    let text = content.trim().trim_end_matches('.');
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 9 {
        return None;
    }
    // ASCII case only: the notice's words are ASCII, and its byte offsets must stay the
    // text's ("İlkay reacted ..." lower-cased whole would shift them).
    let lower = text.to_ascii_lowercase();
    if lower == "liked a message" || lower == "you liked a message" {
        return Some("the app's notice of a like: not text");
    }
    // The app's notes on a new conversation and its nudges ("You are now connected on
    // Messenger.", "Say hi to your new Facebook friend, Jane.", "Jane waved at you!", "You
    // waved at Jane.").
    let connected = lower.starts_with("you are now connected on ")
        || lower.starts_with("you can now message and call each other")
        || lower.starts_with("say hi to your new facebook friend");
    let waved = {
        let text = text.trim_end_matches('!');
        let lower = lower.trim_end_matches('!');
        lower
            .strip_suffix(" waved at you")
            .map(|actor| &text[..actor.len()])
            .is_some_and(names_an_actor)
            || lower
                .strip_prefix("you waved at ")
                .is_some_and(|_| names_an_actor(&text["you waved at ".len()..]))
    };
    if connected || waved {
        return Some("the app's note on a new conversation or a wave: not text");
    }
    // "Reacted ❤ to your message", "Jane Roe reacted 😮 to your message".
    let reacted = lower.find("reacted ").is_some_and(|at| {
        let actor = &text[..at];
        (actor.is_empty() || names_an_actor(actor))
            && (lower.ends_with(" to your message")
                || lower.ends_with(" to a message")
                || lower.ends_with(" to their message")
                || lower.ends_with(" to their own message"))
    });
    if reacted {
        return Some("the app's notice of a reaction: not text");
    }
    // "Jane sent an attachment.", "You sent a photo.", "John unsent a message".
    const SENT: &[&str] = &[
        " sent an attachment",
        " sent a photo",
        " sent a video",
        " sent a voice message",
        " sent an audio clip",
        " sent a gif",
        " sent a sticker",
        " sent a link",
        " shared a story",
        " unsent a message",
    ];
    let sent = SENT.iter().find_map(|tail| {
        lower
            .strip_suffix(tail)
            .map(|actor| &text[..actor.len()])
            .filter(|actor| names_an_actor(actor))
    });
    sent.map(|_| "the app's notice of a file or a message taken back: not text")
}

/// Whether a notice's opening is who did it: "You", or one to four capitalised words.
fn names_an_actor(actor: &str) -> bool {
    let words: Vec<&str> = actor.split_whitespace().collect();
    actor.trim() == "You"
        || (!words.is_empty()
            && words.len() <= 4
            && words.iter().all(|w| w.starts_with(char::is_uppercase)))
}

/// An Instagram post (`posts_1.json`): its date and its caption (the post's title, else its
/// first picture's), its pictures and videos named in what was left out.
fn read_instagram_post(post: &Value, page: &mut PostsPage) {
    let media: &[Value] = post
        .get("media")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice);
    let caption = post
        .get("title")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
        .or_else(|| {
            media
                .iter()
                .find_map(|m| m.get("title").and_then(Value::as_str))
                .filter(|t| !t.trim().is_empty())
        });
    for m in media {
        let uri = m.get("uri").and_then(Value::as_str).unwrap_or("media");
        page.attached_file(uri.to_string());
    }
    let Some(caption) = caption else {
        return;
    };
    let seconds = post
        .get("creation_timestamp")
        .or_else(|| media.first().and_then(|m| m.get("creation_timestamp")))
        .and_then(Value::as_i64);
    push_date(page, seconds);
    page.blocks.extend(lines(caption));
}

/// A post or a comment: its date, Facebook's line about it ("X shared a link."), "By" a
/// comment's author, its text and its pictures' descriptions.
fn read_post(post: &Value, page: &mut PostsPage) {
    let mut texts: Vec<String> = Vec::new();
    let mut author = None;
    for data in post
        .get("data")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if let Some(text) = data.get("post").and_then(Value::as_str) {
            texts.extend(lines(text));
        }
        if let Some(comment) = data.get("comment") {
            if let Some(text) = comment.get("comment").and_then(Value::as_str) {
                texts.extend(lines(text));
            }
            author = comment
                .get("author")
                .and_then(Value::as_str)
                .map(crate::one_line);
        }
    }
    for attachment in post
        .get("attachments")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        for data in attachment
            .get("data")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(media) = data.get("media") {
                if let Some(description) = media.get("description").and_then(Value::as_str) {
                    texts.extend(lines(description));
                }
                let uri = media.get("uri").and_then(Value::as_str).unwrap_or("media");
                page.attached_file(uri.to_string());
            }
            if let Some(url) = data
                .pointer("/external_context/url")
                .and_then(Value::as_str)
            {
                page.dropped
                    .push((url.to_string(), "a shared link: not text".into()));
            }
        }
    }
    let title = post
        .get("title")
        .and_then(Value::as_str)
        .map(crate::one_line)
        .filter(|t| !t.is_empty());
    if texts.is_empty() && title.is_none() {
        return;
    }
    push_date(page, post.get("timestamp").and_then(Value::as_i64));
    page.blocks.extend(title);
    if let Some(author) = author.filter(|a| !a.is_empty()) {
        page.blocks.push(format!("By {author}"));
    }
    page.blocks.extend(texts);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(json: &str) -> PostsPage {
        let mut value: Value = serde_json::from_str(json).expect("test JSON");
        let mut page = PostsPage::default();
        assert!(read_meta_export(&mut value, &mut page));
        page
    }

    #[test]
    fn meta_mojibake_is_mended_and_right_latin_1_is_kept() {
        assert_eq!(
            mended("Jos\u{c3}\u{a9} N\u{c3}\u{ba}\u{c3}\u{b1}ez"),
            "José Núñez"
        );
        assert_eq!(mended("\u{e5}\u{8f}\u{b0}\u{e7}\u{81}\u{a3}"), "台灣");
        // Latin-1 text written rightly is not well-formed UTF-8 as bytes: kept.
        assert_eq!(mended("Téllez"), "Téllez");
        assert_eq!(mended("台灣"), "台灣");
        assert_eq!(mended("plain"), "plain");
    }

    #[test]
    fn a_messenger_conversation_reads_oldest_first_with_senders_and_leaves_out_what_is_not_text() {
        let page = page_of(
            r#"{"participants":[{"name":"Ana P\u00c3\u00a9rez"},{"name":"Luis"}],
                "title":"Vecinos de Le\u00c3\u00b3n",
                "messages":[
                 {"sender_name":"Luis","timestamp_ms":1764700200000,"content":"Second line one\nSecond line two"},
                 {"sender_name":"Luis","timestamp_ms":1764700100000,"is_unsent":true},
                 {"sender_name":"Ana P\u00c3\u00a9rez","timestamp_ms":1764700050000,"content":"The video chat ended.","call_duration":60},
                 {"sender_name":"Ana P\u00c3\u00a9rez","timestamp_ms":1764700040000,"photos":[{"uri":"messages/photos/1.jpg"}],"content":"Ana P\u00c3\u00a9rez sent a photo."},
                 {"sender_name":"Luis","timestamp_ms":1764700030000,"share":{"link":"https://example.org/a"},"content":"https://example.org/a"},
                 {"sender_name":"Ana P\u00c3\u00a9rez","timestamp_ms":1764700000000,"content":"First, from Mar\u00c3\u00ada."}
                ]}"#,
        );
        assert_eq!(page.title.as_deref(), Some("Vecinos de León"));
        assert_eq!(
            page.blocks,
            [
                "Vecinos de León",
                "2025-12-02T18:26:40",
                "By Ana Pérez",
                "First, from María.",
                "2025-12-02T18:30:00",
                "By Luis",
                "Second line one",
                "Second line two",
            ]
        );
        assert_eq!(page.published.as_deref(), Some("2025-12-02"));
        let why: Vec<&str> = page.dropped.iter().map(|(_, w)| w.as_str()).collect();
        assert!(why.contains(&"a message its sender took back: no text"));
        assert!(why.contains(&"a call: not text"));
        assert!(why.contains(&"a message's attached file: not text"));
        assert!(why.contains(&"a shared link: not text"));
    }

    #[test]
    fn an_encrypted_messenger_chat_s_camel_case_export_reads_the_same_way() {
        let page = page_of(
            r#"{"participants":["Ana Pérez","Luis"],"threadName":"Vecinos",
                "messages":[
                 {"senderName":"Luis","timestamp":1764700200000,"text":"Later.","type":"text",
                  "isUnsent":false,"media":[],"reactions":[]},
                 {"senderName":"Luis","timestamp":1764700100000,"text":"","isUnsent":true,"media":[]},
                 {"senderName":"Ana Pérez","timestamp":1764700050000,"text":"",
                  "media":[{"uri":"media/1.jpg"}]},
                 {"senderName":"Ana Pérez","timestamp":1764700000000,"text":"First.","media":[]}
                ]}"#,
        );
        assert_eq!(page.title.as_deref(), Some("Vecinos"));
        assert!(!page.title_is_a_person);
        assert_eq!(
            page.blocks,
            [
                "Vecinos",
                "2025-12-02T18:26:40",
                "By Ana Pérez",
                "First.",
                "2025-12-02T18:30:00",
                "By Luis",
                "Later."
            ]
        );
        assert_eq!(page.dropped.len(), 2, "{:?}", page.dropped);
    }

    #[test]
    fn the_app_s_notices_of_likes_reactions_and_files_are_left_out_and_messages_kept() {
        let page = page_of(
            r#"{"participants":[{"name":"Ana Roe"},{"name":"Luis Doe"}],"title":"Vecinos",
                "messages":[
                 {"sender_name":"Luis Doe","timestamp_ms":1764700600000,"content":"Luis sent an attachment."},
                 {"sender_name":"Ana Roe","timestamp_ms":1764700500000,"content":"Reacted \u00f0\u009f\u0099\u008f to your message"},
                 {"sender_name":"Luis Doe","timestamp_ms":1764700400000,"content":"Liked a message"},
                 {"sender_name":"Ana Roe","timestamp_ms":1764700300000,"content":"Luis Doe reacted \u00e2\u009d\u00a4 to your message "},
                 {"sender_name":"Luis Doe","timestamp_ms":1764700200000,"content":"Ana sent a photo of the letter to the Tarsk police."},
                 {"sender_name":"Ana Roe","timestamp_ms":1764700050000,"content":"\u00c4\u00b0lkay \u00c4\u00b0nce reacted \u00f0\u009f\u0099\u008f to your message"},
                 {"sender_name":"Ana Roe","timestamp_ms":1764700000000,"content":"I liked a message from the mayor."}
                ]}"#,
        );
        let text = page.blocks.join("\n");
        assert!(text.contains("I liked a message from the mayor."), "{text}");
        assert!(text.contains("Ana sent a photo of the letter"), "{text}");
        assert!(!text.contains("Liked a message"), "{text}");
        assert!(!text.contains("Reacted"), "{text}");
        assert!(!text.contains("reacted"), "{text}");
        assert!(!text.contains("attachment"), "{text}");
        let notices = page
            .dropped
            .iter()
            .filter(|(_, why)| why.starts_with("the app's notice"))
            .count();
        assert_eq!(notices, 5, "{:?}", page.dropped);
    }

    #[test]
    fn a_conversation_between_two_titled_with_the_other_s_name_is_no_publisher_s() {
        let json = r#"{"participants":[{"name":"Ana Roe"},{"name":"Luis Doe"}],"title":"Luis Doe",
                "messages":[{"sender_name":"Luis Doe","timestamp_ms":1764700000000,"content":"Hi Ana."}]}"#;
        let page = page_of(json);
        assert!(page.title_is_a_person);
        let doc = crate::clean_page_checked(json.as_bytes()).expect("read");
        assert_eq!(doc.title.as_deref(), Some("Luis Doe"));
        assert_eq!(doc.source, None);
    }

    #[test]
    fn messenger_s_notes_on_a_new_conversation_and_its_waves_are_no_text() {
        let page = page_of(
            r#"{"participants":[{"name":"Ana Roe"},{"name":"Luis Doe"}],"title":"Luis Doe",
                "messages":[
                 {"sender_name":"Ana Roe","timestamp_ms":1764700400000,"content":"Thank you, Luis."},
                 {"sender_name":"Ana Roe","timestamp_ms":1764700300000,"content":"You waved at Luis Doe."},
                 {"sender_name":"Luis Doe","timestamp_ms":1764700200000,"content":"Luis waved at you!"},
                 {"sender_name":"Luis Doe","timestamp_ms":1764700100000,"content":"You are now connected on Messenger."},
                 {"sender_name":"Luis Doe","timestamp_ms":1764700000000,"content":"Say hi to your new Facebook friend, Luis."}
                ]}"#,
        );
        let text = page.blocks.join("\n");
        assert!(text.contains("Thank you, Luis."), "{text}");
        for notice in ["waved", "connected", "Say hi"] {
            assert!(!text.contains(notice), "{notice}: {text}");
        }
        // A message that only begins like a wave is text.
        assert_eq!(
            app_notice("Luis waved at you from the bus stop, then left."),
            None
        );
    }

    #[test]
    fn facebook_posts_and_comments_read_with_their_dates_lines_and_authors() {
        let page = page_of(
            r#"[{"timestamp":1764700000,"title":"Ana P\u00c3\u00a9rez updated her status.",
                 "data":[{"post":"Free them all."},{"update_timestamp":1764700001}],
                 "attachments":[{"data":[{"media":{"uri":"posts/1.jpg","description":"A march in Le\u00c3\u00b3n"}}]}]}]"#,
        );
        assert_eq!(
            page.blocks,
            [
                "2025-12-02T18:26:40",
                "Ana Pérez updated her status.",
                "Free them all.",
                "A march in León"
            ]
        );
        let page = page_of(
            r#"{"comments_v2":[{"timestamp":1764700000,"title":"Luis commented on a post.",
                 "data":[{"comment":{"timestamp":1764700000,"comment":"S\u00c3\u00ad.","author":"Luis G\u00c3\u00b3mez"}}]}]}"#,
        );
        assert_eq!(
            page.blocks,
            [
                "2025-12-02T18:26:40",
                "Luis commented on a post.",
                "By Luis Gómez",
                "Sí."
            ]
        );
    }

    #[test]
    fn instagram_posts_read_as_their_dates_and_captions() {
        let page = page_of(
            r#"[{"media":[{"uri":"media/posts/1.jpg","creation_timestamp":1764700000,
                 "title":"Vigil in Le\u00c3\u00b3n tonight"}]},
               {"media":[{"uri":"media/posts/2.jpg","creation_timestamp":1764700100,"title":""},
                         {"uri":"media/posts/3.jpg","creation_timestamp":1764700100,"title":""}],
                "title":"Two pictures","creation_timestamp":1764700100},
               {"media":[{"uri":"media/posts/4.jpg","creation_timestamp":1764700200,"title":""}]}]"#,
        );
        assert_eq!(
            page.blocks,
            [
                "2025-12-02T18:26:40",
                "Vigil in León tonight",
                "2025-12-02T18:28:20",
                "Two pictures"
            ]
        );
        assert_eq!(page.dropped.len(), 4);
    }

    #[test]
    fn json_that_is_not_a_meta_export_is_not_read_as_one() {
        let mut value: Value =
            serde_json::from_str(r#"{"messages":[{"from":"A","text":"hi"}]}"#).expect("json");
        assert!(!read_meta_export(&mut value, &mut PostsPage::default()));
        assert!(!looks_like_meta_export(r#"{"items":[{"title":"x"}]}"#));
        assert!(looks_like_meta_export(
            r#"{"participants":[{"name":"A"}],"messages":[{"sender_name":"A"}]}"#
        ));
    }
}
