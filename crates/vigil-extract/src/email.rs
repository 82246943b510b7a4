//! E-mail messages (RFC 5322, MIME) as a page: an investigator's export of a message (`.eml`,
//! a leak's mail) is headers, MIME parts and transfer encodings, not prose. Parsed by
//! `mail-parser`, the message becomes its header lines (who wrote to whom, the subject
//! decoded, the date) over its body: the plain-text part where there is one, else the HTML
//! part cleaned as a page. Quoting marks of replies are taken off so the quoted words read as
//! sentences, a forwarded message attached whole is read after its parent, a PDF attached is
//! read as a PDF file is, and an attachment that is neither text nor PDF is named in what the
//! cleaner left out instead of vanishing.

use mail_parser::mailbox::mbox::MessageIterator;
use mail_parser::{Address, MessageParser, MimeHeaders, PartType};

/// How deep messages attached inside messages are read: a forwarded chain is a few deep, and a
/// hostile message nesting thousands must not recurse without end.
const MAX_NESTED_MESSAGES: usize = 4;

/// The header fields a message's reader is told, in this order.
const SHOWN_HEADERS: &[&str] = &["From", "Sent", "To", "Cc", "Subject", "Date"];

/// Fields a header block of a message has and a page's text does not open with.
const MESSAGE_FIELDS: &[&str] = &[
    "date",
    "subject",
    "to",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "content-type",
    "delivered-to",
];

/// Whether the text is an e-mail message: it opens with a header block (field lines, folded
/// lines indented under them) naming a sender and at least one other field only messages have,
/// ended by an empty line. An mbox's "From " separator line may come first.
pub(crate) fn looks_like_email(raw: &str) -> bool {
    let mut lines = raw.lines().peekable();
    if lines.peek().is_some_and(|l| l.starts_with("From ")) {
        lines.next();
    }
    let mut has_from = false;
    let mut others = 0;
    let mut fields = 0;
    for line in lines.take(400) {
        if line.trim().is_empty() {
            return has_from && others >= 1 && fields >= 3;
        }
        if line.starts_with([' ', '\t']) {
            if fields == 0 {
                return false;
            }
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty()
            || name.len() > 76
            || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return false;
        }
        fields += 1;
        let name = name.to_ascii_lowercase();
        if name == "from" {
            has_from = true;
        } else if MESSAGE_FIELDS.contains(&name.as_str()) {
            others += 1;
        }
    }
    false
}

/// A message read as a page.
pub(crate) struct MessagePage {
    /// The header lines and the body's text, paragraphs apart; or, where the body is HTML
    /// only, the header lines alone (`html` holds the body).
    pub text: String,
    /// The body as HTML, where the message has no plain-text part.
    pub html: Option<String>,
    /// What follows the body: text attachments and messages attached whole, in order.
    pub after: String,
    pub subject: Option<String>,
    /// The Date header as YYYY-MM-DD.
    pub published: Option<String>,
    /// Parts not read, with why.
    pub dropped: Vec<(String, String)>,
}

/// How many messages of a mailbox file are read; the rest are named in what was left out.
const MAX_MAILBOX_MESSAGES: usize = 10_000;

/// The message as a page, or None where the text does not parse as one. A mailbox file
/// (mbox: messages each opened by a "From " line) is every message in turn, the first as the
/// page's own, the others after it with their header lines.
pub(crate) fn message_page(raw: &[u8]) -> Option<MessagePage> {
    if raw.starts_with(b"From ") {
        let mut messages = MessageIterator::new(raw);
        let first = messages.next()?.ok()?;
        let mut page = single_message_page(first.contents())?;
        let mut unread = 0;
        for (n, message) in messages.enumerate() {
            let Ok(message) = message else {
                break;
            };
            if n + 1 >= MAX_MAILBOX_MESSAGES {
                unread += 1;
                continue;
            }
            if let Some(message) = MessageParser::default().parse(message.contents()) {
                read_message(&message, 1, &mut page);
            }
        }
        if unread > 0 {
            page.dropped.push((
                format!("{unread} more messages of the mailbox"),
                format!(
                    "a mailbox is read to its first {MAX_MAILBOX_MESSAGES} messages: split it \
                     and ingest the rest on their own"
                ),
            ));
        }
        return Some(page);
    }
    single_message_page(raw)
}

fn single_message_page(raw: &[u8]) -> Option<MessagePage> {
    let message = MessageParser::default().parse(raw)?;
    let mut page = MessagePage {
        text: String::new(),
        html: None,
        after: String::new(),
        subject: message.subject().map(str::to_string),
        published: message
            .date()
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        dropped: Vec::new(),
    };
    read_message(&message, 0, &mut page);
    Some(page)
}

fn addresses(address: Option<&Address>) -> Option<String> {
    let shown: Vec<String> = address?
        .iter()
        .map(|a| match (a.name(), a.address()) {
            (Some(name), Some(at)) => format!("{} <{at}>", name.trim()),
            (Some(name), None) => name.trim().to_string(),
            (None, Some(at)) => at.to_string(),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    (!shown.is_empty()).then(|| shown.join(", "))
}

fn header_lines(message: &mail_parser::Message) -> Vec<String> {
    let mut lines = Vec::new();
    for &field in SHOWN_HEADERS {
        let value = match field {
            "From" => addresses(message.from()),
            "To" => addresses(message.to()),
            "Cc" => addresses(message.cc()),
            "Subject" => message.subject().map(|s| s.trim().to_string()),
            _ => message.header_raw(field).map(crate::one_line),
        };
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            lines.push(format!("{field}: {value}"));
        }
    }
    lines
}

/// Reads a message's header lines and body into the page (the top message's into `text`
/// or `html`, an attached one's into `after`), then its attachments.
fn read_message(message: &mail_parser::Message, depth: usize, page: &mut MessagePage) {
    let mut blocks = header_lines(message);
    let mut html_only = None;
    for pos in 0..message.text_body_count() as u32 {
        let Some(part) = message.text_part(pos) else {
            continue;
        };
        match &part.body {
            PartType::Text(text) => blocks.push(without_quoting_marks(text)),
            // A body with no plain-text alternative: cleaned as a page (the first such part;
            // mail clients show one).
            PartType::Html(html) if depth == 0 && page.html.is_none() && html_only.is_none() => {
                html_only = Some(html.to_string());
            }
            // Inside an attached message or a mailbox's later one, the HTML's words as mail
            // clients show them in a thread: every line of a short note kept, where a page's
            // cleaner would take a few short lines for chrome.
            PartType::Html(_) => {
                if let Some(text) = message.body_text(pos as usize) {
                    blocks.push(without_quoting_marks(&text));
                }
            }
            _ => {}
        }
    }
    let read = if depth == 0 {
        &mut page.text
    } else {
        &mut page.after
    };
    if !read.is_empty() {
        read.push_str("\n\n");
    }
    read.push_str(&blocks.join("\n\n"));
    if html_only.is_some() {
        page.html = html_only;
    }
    for part in message.attachments() {
        let name = part.attachment_name().unwrap_or("(unnamed)").to_string();
        let kind = part
            .content_type()
            .map(|t| match t.subtype() {
                Some(sub) => format!("{}/{sub}", t.ctype()),
                None => t.ctype().to_string(),
            })
            .unwrap_or_else(|| "application/octet-stream".to_string());
        match &part.body {
            PartType::Message(inner) if depth + 1 < MAX_NESTED_MESSAGES => {
                read_message(inner, depth + 1, page);
            }
            PartType::Message(_) => page.dropped.push((
                format!("attachment {name} ({kind}, {} bytes)", part.len()),
                format!(
                    "a message attached deeper than {MAX_NESTED_MESSAGES} messages: save it and \
                     ingest it on its own"
                ),
            )),
            PartType::Text(text) => {
                page.after
                    .push_str(&format!("\n\nAttachment: {name}\n\n{}", text.trim()));
            }
            PartType::Html(html) => {
                let text = mail_parser::decoders::html::html_to_text(html);
                page.after
                    .push_str(&format!("\n\nAttachment: {name}\n\n{}", text.trim()));
            }
            // A PDF attached (a release, a judgment, a report sent on): read as vigil reads a
            // PDF file, its text after the body as a text attachment's is, its page furniture
            // named in what was left out. One that cannot be read says why.
            PartType::Binary(bytes) | PartType::InlineBinary(bytes)
                if crate::pdf::looks_like_pdf(bytes) =>
            {
                match crate::pdf_page(bytes) {
                    Ok(doc) => {
                        page.after
                            .push_str(&format!("\n\nAttachment: {name}\n\n{}", doc.text.trim()));
                        page.dropped.extend(
                            doc.dropped.into_iter().map(|(block, why)| {
                                (block, format!("{why} (in attachment {name})"))
                            }),
                        );
                    }
                    Err(why) => page.dropped.push((
                        format!("attachment {name} ({kind}, {} bytes)", part.len()),
                        format!("a PDF vigil could not read: {why}"),
                    )),
                }
            }
            _ => page.dropped.push((
                format!("attachment {name} ({kind}, {} bytes)", part.len()),
                "an attachment that is not text: save it and ingest it on its own".to_string(),
            )),
        }
    }
}

/// A plain-text body with the quoting marks of replies ("> ", "> > ") taken off, a quoted run
/// set apart as its own paragraphs, so quoted sentences read whole instead of broken by marks.
fn without_quoting_marks(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut was_quoted = false;
    for line in body.lines() {
        let mut rest = line;
        let mut quoted = false;
        while let Some(r) = rest.strip_prefix('>') {
            rest = r.strip_prefix(' ').unwrap_or(r);
            quoted = true;
        }
        if quoted != was_quoted && !out.is_empty() && !out.ends_with("\n\n") {
            out.push('\n');
        }
        was_quoted = quoted;
        out.push_str(rest.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &str = "Return-Path: <jane@example.org>\r\n\
Received: from mail.example.org (mail.example.org [192.0.2.1])\r\n\
\tby mx.example.net; Tue, 3 Mar 2026 10:00:00 +0100\r\n\
From: Jana Roe <jana@example.org>\r\n\
To: Desk <desk@example.net>\r\n\
Cc: =?UTF-8?Q?Jos=C3=A9_Doe?= <jose@example.org>\r\n\
Subject: =?UTF-8?Q?Fwd=3A_Tarsk_consulate_visit?=\r\n\
Date: Tue, 3 Mar 2026 09:59:00 +0100\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"outer\"\r\n\
\r\n\
--outer\r\n\
Content-Type: multipart/alternative; boundary=\"alt\"\r\n\
\r\n\
--alt\r\n\
Content-Type: text/plain; charset=UTF-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
The consul, Mar=C3=ADa Velden, called the Tarsk Union of Writers on Monday =\r\n\
and asked for its members' addresses.\r\n\
\r\n\
> Did anyone from the Velden Bureau write back?\r\n\
> Ask Karl Ostrova.\r\n\
--alt\r\n\
Content-Type: text/html; charset=UTF-8\r\n\
\r\n\
<div>The consul, Mar&iacute;a Velden, called the Tarsk Union of Writers on Monday.</div>\r\n\
--alt--\r\n\
--outer\r\n\
Content-Type: application/pdf; name=\"list.pdf\"\r\n\
Content-Disposition: attachment; filename=\"list.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
JVBERi0xLjQK\r\n\
--outer--\r\n";

    #[test]
    fn a_message_is_told_by_its_header_block_and_a_page_is_not() {
        assert!(looks_like_email(MESSAGE));
        assert!(!looks_like_email(
            "From: the editors\n\nTarsk, 3 March. The consul called on Monday."
        ));
        assert!(!looks_like_email(
            "Date: 3 March 2026\nSubject: a note\n\nNo sender is named."
        ));
        assert!(!looks_like_email("Tarsk (AP) — The consul called.\n"));
    }

    #[test]
    fn a_message_reads_as_its_headers_over_its_plain_text_with_quoting_marks_off() {
        let page = message_page(MESSAGE.as_bytes()).expect("a message");
        assert!(page
            .text
            .starts_with("From: Jana Roe <jana@example.org>\n\nTo: Desk"));
        assert!(page.text.contains("Cc: José Doe <jose@example.org>"));
        assert!(page.text.contains("Subject: Fwd: Tarsk consulate visit"));
        // Quoted-printable decoded, its soft line break joined.
        assert!(page.text.contains(
            "The consul, María Velden, called the Tarsk Union of Writers on Monday and asked"
        ));
        assert!(page
            .text
            .contains("\n\nDid anyone from the Velden Bureau write back?\nAsk Karl Ostrova."));
        assert!(
            !page.text.contains("<div>"),
            "the HTML alternative is not read twice"
        );
        assert_eq!(page.published.as_deref(), Some("2026-03-03"));
        assert_eq!(page.subject.as_deref(), Some("Fwd: Tarsk consulate visit"));
        assert_eq!(page.dropped.len(), 1, "{:?}", page.dropped);
        assert!(page.dropped[0].0.contains("list.pdf"));
    }

    #[test]
    fn a_mailbox_file_is_every_message_in_turn() {
        let mbox = "From jana@example.org Tue Mar  3 09:59:00 2026\n\
From: Jana Ostrova <jana@example.org>\n\
To: desk@example.org\n\
Subject: First\n\
Date: Tue, 3 Mar 2026 09:59:00 +0100\n\
\n\
The consul called the Tarsk Union of Writers on Monday.\n\
\n\
From karl@example.org Wed Mar  4 10:00:00 2026\n\
From: Karl Velden <karl@example.org>\n\
To: desk@example.org\n\
Subject: Second\n\
Date: Wed, 4 Mar 2026 10:00:00 +0100\n\
MIME-Version: 1.0\n\
Content-Type: text/html; charset=utf-8\n\
\n\
<html><body><p>The Velden Bureau wrote back on Tuesday.</p></body></html>\n";
        assert!(looks_like_email(mbox));
        let page = message_page(mbox.as_bytes()).expect("a mailbox");
        // The first message is the page's own; the later ones follow it, headers and all.
        for (read, words) in [
            (&page.text, "From: Jana Ostrova <jana@example.org>"),
            (&page.text, "called the Tarsk Union of Writers"),
            (&page.after, "From: Karl Velden <karl@example.org>"),
            (&page.after, "The Velden Bureau wrote back"),
        ] {
            assert!(read.contains(words), "{words}: {read}");
        }
        assert_eq!(page.subject.as_deref(), Some("First"));
    }

    #[test]
    fn a_message_with_only_html_keeps_it_to_be_cleaned_as_a_page() {
        let raw = "From: Jana Roe <jana@example.org>\nTo: desk@example.net\nSubject: Note\n\
Date: Tue, 3 Mar 2026 09:59:00 +0100\nMIME-Version: 1.0\n\
Content-Type: text/html; charset=UTF-8\n\n<html><body><p>Karl Ostrova was seen.</p></body></html>\n";
        let page = message_page(raw.as_bytes()).expect("a message");
        assert!(page
            .html
            .as_deref()
            .is_some_and(|h| h.contains("Karl Ostrova")));
        assert!(page.text.contains("From: Jana Roe"));
    }

    #[test]
    fn messages_attached_inside_messages_are_read_to_a_bounded_depth() {
        let mut raw = String::from("From: a@example.org\nDate: Tue, 3 Mar 2026 09:59:00 +0100\nSubject: innermost\n\nKarl Ostrova.\n");
        for i in 0..40 {
            raw = format!(
                "From: x{i}@example.org\nDate: Tue, 3 Mar 2026 09:59:00 +0100\nSubject: level {i}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b{i}\"\n\n--b{i}\nContent-Type: text/plain\n\nLevel {i}.\n--b{i}\nContent-Type: message/rfc822\n\n{raw}\n--b{i}--\n"
            );
        }
        let page = message_page(raw.as_bytes()).expect("a message");
        assert!(
            page.dropped
                .iter()
                .any(|(_, why)| why.contains("a message attached deeper")),
            "{:?}",
            page.dropped
        );
        assert!(page.text.contains("Level 39."));
        let all = format!("{}{}", page.text, page.after);
        assert!(all.contains("Level 38."), "{all}");
        assert!(all.matches("Subject: level").count() <= MAX_NESTED_MESSAGES);
    }

    /// A one-page PDF saying `line` in Helvetica.
    fn pdf_saying(line: &str) -> Vec<u8> {
        crate::pdf::tests::pdf(&[&format!("BT /F1 11 Tf 72 700 Td ({line}) Tj ET")])
    }

    fn base64(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
            for i in 0..4 {
                out.push(if i <= chunk.len() {
                    ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char
                } else {
                    '='
                });
            }
        }
        out
    }

    #[test]
    fn a_pdf_attached_is_read_after_the_body_and_one_that_is_not_readable_says_why() {
        let release = pdf_saying(
            "The court convicted Karl Ostrova of spying on exiles in Tarsk for the consulate on Monday.",
        );
        let raw = format!(
            "From: Jana Roe <jana@example.org>\r\nTo: desk@example.net\r\nSubject: the verdict\r\n\
             Date: Tue, 3 Mar 2026 09:59:00 +0100\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
             Content-Type: text/plain\r\n\r\nThe release is attached.\r\n--b\r\n\
             Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"release.pdf\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\r\n--b\r\n\
             Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}\r\n--b--\r\n",
            base64(&release),
            base64(&pdf_saying("")),
        );
        let page = message_page(raw.as_bytes()).expect("a message");
        assert!(
            page.after
                .contains("Attachment: release.pdf\n\nThe court convicted Karl Ostrova"),
            "{}",
            page.after
        );
        assert!(
            page.dropped
                .iter()
                .any(|(what, why)| what.contains("scan.pdf") && why.contains("no text")),
            "{:?}",
            page.dropped
        );
    }
}
