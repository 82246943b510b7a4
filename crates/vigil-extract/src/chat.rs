//! A chat exported as text: WhatsApp's "Export chat" file (`_chat.txt`), one message to a line
//! opened by its date, its time and its sender, in the phone's own form:
//!
//! - iOS: `[03/12/2026, 19:02:11] Neema Mushi: text`, the app's own lines marked by a
//!   left-to-right mark before their text;
//! - Android: `03/12/2026, 19:02 - Neema Mushi: text`, the app's own lines with no sender;
//! - either with the day or the month first and a 12-hour clock (`12/3/26, 7:02 PM - ...`).
//!
//! As text it is a wall of stamps and senders run into the messages, and attachments, deleted
//! messages and the encryption notice read as sentences. Read here, each message becomes its
//! date (ISO 8601, whichever order the phone wrote it in), "By" its sender and its lines, as a
//! chat export's JSON is read in `posts.rs`; what the app says of a member ("X added Y") is
//! kept as its text; attachments, media left out of the export, deleted messages, locations,
//! calls, contact cards and the encryption notice are named in what was left out.

use crate::posts::PostsPage;

/// How many messages of one chat are read; the rest are named in what was left out.
const MAX_MESSAGES: usize = 50_000;

/// A message's opening: its stamp as written and the rest of its first line.
struct Head<'a> {
    day_or_month: u32,
    month_or_day: u32,
    year: u32,
    hour: u32,
    minute: u32,
    second: u32,
    twelve_hour: bool,
    rest: &'a str,
    /// iOS's bracketed form, whose every line has a sender.
    bracketed: bool,
}

/// The figures opening `text`, read as a number of at most `max_len` digits, and the rest.
fn number(text: &str, max_len: usize) -> Option<(u32, &str)> {
    let len = text.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > max_len {
        return None;
    }
    Some((text[..len].parse().ok()?, &text[len..]))
}

/// A line's stamp and what follows it, if the line opens a message.
fn head(line: &str) -> Option<Head<'_>> {
    let line = line.trim_start_matches(['\u{200e}', '\u{feff}']);
    let (bracketed, text) = match line.strip_prefix('[') {
        Some(t) => (true, t),
        None => (false, line),
    };
    let (a, t) = number(text, 2)?;
    let t = t.strip_prefix(['/', '.', '-'])?;
    let (b, t) = number(t, 2)?;
    let t = t.strip_prefix(['/', '.', '-'])?;
    let (year, t) = number(t, 4)?;
    let t = t.strip_prefix(',').unwrap_or(t).trim_start();
    let (hour, t) = number(t, 2)?;
    let (minute, mut t) = number(t.strip_prefix(':')?, 2)?;
    let mut second = 0;
    if let Some(s) = t.strip_prefix(':') {
        let (sec, after) = number(s, 2)?;
        (second, t) = (sec, after);
    }
    // A 12-hour clock, its mark after a space or a narrow no-break space.
    let after_space = t.trim_start_matches([' ', '\u{202f}', '\u{a0}']);
    let mut twelve_hour = false;
    let mut pm = false;
    for (mark, is_pm) in [("AM", false), ("PM", true), ("am", false), ("pm", true)] {
        if let Some(r) = after_space.strip_prefix(mark) {
            (t, twelve_hour, pm) = (r, true, is_pm);
            break;
        }
    }
    let rest = if bracketed {
        t.strip_prefix("] ")?
    } else {
        t.strip_prefix(" - ")?
    };
    let year = if year < 100 { 2000 + year } else { year };
    let hour = match (twelve_hour, pm) {
        (true, true) if hour < 12 => hour + 12,
        (true, false) if hour == 12 => 0,
        _ => hour,
    };
    let valid = (1..=31).contains(&a)
        && (1..=31).contains(&b)
        && (a <= 12 || b <= 12)
        && hour < 24
        && minute < 60
        && second < 60;
    valid.then_some(Head {
        day_or_month: a,
        month_or_day: b,
        year,
        hour,
        minute,
        second,
        twelve_hour,
        rest,
        bracketed,
    })
}

/// Whether the text is a chat exported as text: it opens on a message and most of its first
/// lines do.
pub(crate) fn looks_like_chat_export(raw: &str) -> bool {
    let lines: Vec<&str> = raw
        .trim_start_matches('\u{feff}')
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(60)
        .collect();
    let heads = lines.iter().filter(|l| head(l).is_some()).count();
    lines.first().is_some_and(|l| head(l).is_some()) && heads >= 3 && heads * 2 >= lines.len()
}

/// What the app writes instead of media left out of the export, in the phone's language
/// (English, German, French, Spanish, Portuguese, Italian, Russian), lower case.
const MEDIA_OMITTED: &[&str] = &[
    "<media omitted>",
    "<medien ausgeschlossen>",
    "<médias omis>",
    "<multimedia omitido>",
    "<arquivo de mídia oculto>",
    "<mídia oculta>",
    "<media omessi>",
    "<без медиафайлов>",
    "<медиафайл отсутствует>",
];

/// How the app says a message was deleted, in the phone's language, lower case.
const DELETED: &[&str] = &[
    "this message was deleted",
    "you deleted this message",
    "waiting for this message",
    "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht",
    "ce message a été supprimé",
    "vous avez supprimé ce message",
    "se eliminó este mensaje",
    "eliminaste este mensaje",
    "este mensaje fue eliminado",
    "esta mensagem foi apagada",
    "mensagem apagada",
    "questo messaggio è stato eliminato",
    "данное сообщение удалено",
    "сообщение удалено",
];

/// How a shared location opens, in the phone's language, lower case (a map's link follows).
const LOCATION: &[&str] = &[
    "location: ",
    "standort: ",
    "position : ",
    "position: ",
    "ubicación: ",
    "localização: ",
    "posizione: ",
    "местоположение: ",
];

/// Words of the app's notice that the chat is encrypted end to end, in the phone's language.
const ENCRYPTED: &[&str] = &[
    "end-to-end encrypted",
    "end-to-end encryption",
    "ende-zu-ende-verschlüsselt",
    "de bout en bout",
    "de extremo a extremo",
    "de ponta a ponta",
    "crittografia end-to-end",
    "crittografati end-to-end",
    "end-to-end versleuteld",
    "uçtan uca şifreli",
    "szyfrowane metodą end-to-end",
    "сквозным шифрованием",
];

/// A phone's word for the kind of a file it left out, then its word for left out ("image
/// omitted", "imagem ocultada", "Bild weggelassen", "immagine omessa"), lower case.
const MEDIA_KINDS: &[&str] = &[
    "image",
    "imagem",
    "imagen",
    "immagine",
    "bild",
    "foto",
    "photo",
    "video",
    "vídeo",
    "vidéo",
    "audio",
    "áudio",
    "sticker",
    "figurinha",
    "autocollant",
    "gif",
    "document",
    "documento",
    "dokument",
    "contact",
    "contacto",
    "contato",
    "contatto",
    "kontakt",
    "media",
];
const LEFT_OUT: &[&str] = &[
    "omitted",
    "omitido",
    "omitida",
    "ocultado",
    "ocultada",
    "oculto",
    "oculta",
    "omis",
    "omise",
    "absent",
    "absente",
    "omesso",
    "omessa",
    "weggelassen",
    "ausgelassen",
    "weggelaten",
    "pominięto",
    "atlandı",
];

/// "image omitted", "imagem ocultada", "contact card omitted": a phone's note of a file it
/// left out, in the phone's language (English's among them).
fn iphone_media_left_out(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && MEDIA_KINDS.contains(&words[0])
        && words.last().is_some_and(|w| LEFT_OUT.contains(w))
}

/// What the app writes instead of a message's text, and why that is left out; None for text.
fn not_text(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    if lower.contains("<attached:")
        || lower.ends_with("(file attached)")
        || lower.ends_with("(datei angehängt)")
        || lower.ends_with("(fichier joint)")
        || lower.ends_with("(archivo adjunto)")
        || lower.ends_with("(arquivo anexado)")
    {
        Some("a message's attached file: not text")
    } else if MEDIA_OMITTED.contains(&lower.as_str()) || iphone_media_left_out(&lower) {
        Some("media left out of the export: not text")
    } else if DELETED.iter().any(|d| lower.starts_with(d)) {
        Some("a deleted message: no text")
    } else if lower.starts_with("live location shared")
        || LOCATION.iter().any(|l| lower.starts_with(l))
            // A place shared is a map's link ("Position: we agree" is a message).
            && (lower.contains("maps") || lower.contains("geo:") || lower.contains("http"))
    {
        Some("a shared location: not text")
    } else if lower.contains(".vcf") {
        Some("a shared contact card: not text")
    } else if [
        "missed voice call",
        "missed video call",
        "voice call",
        "video call",
    ]
    .iter()
    .any(|c| lower.starts_with(c))
        || lower == "null"
    {
        Some("a call or a view-once message: no text")
    } else if ENCRYPTED.iter().any(|e| lower.contains(e)) {
        Some("the app's notice: not the chat's")
    } else {
        None
    }
}

/// The app's mark that a message was edited, at its end ("<This message was edited>",
/// "<Diese Nachricht wurde bearbeitet>"), taken off.
fn without_edited_mark(text: &str) -> &str {
    let trimmed = text.trim_end();
    if let Some(open) = trimmed.rfind('<').filter(|_| trimmed.ends_with('>')) {
        let mark = trimmed[open..].to_lowercase();
        let edited = [
            "edited",
            "bearbeitet",
            "modifié",
            "editó",
            "editada",
            "modificato",
            "изменено",
        ]
        .iter()
        .any(|w| mark.contains(w));
        if edited {
            return trimmed[..open].trim_end_matches([' ', '\u{200e}']);
        }
    }
    text
}

/// A member's name as the chat shows it: one the phone has no contact for is written after a
/// tilde ("~ Rehema").
fn member(name: &str) -> String {
    crate::one_line(
        name.trim()
            .trim_start_matches('~')
            .trim_matches(['\u{202f}', ' ']),
    )
}

/// The chat as a page: its name (iOS gives it as the sender of the encryption notice), then
/// each message as its date, "By" its sender and its lines.
pub(crate) fn chat_page(raw: &str) -> PostsPage {
    let mut page = PostsPage::default();
    // Messages: a head and the lines after it up to the next.
    let mut messages: Vec<(Head, String)> = Vec::new();
    for line in raw.trim_start_matches('\u{feff}').lines() {
        match head(line) {
            Some(h) => {
                let first = h.rest.to_string();
                messages.push((h, first));
            }
            None => {
                if let Some((_, text)) = messages.last_mut() {
                    text.push('\n');
                    text.push_str(line);
                }
            }
        }
    }
    // The day first unless a message says the month is (a first figure above 12 is a day; a
    // second one above 12 is, or a 12-hour clock, as American phones write it).
    let day_first = messages.iter().any(|(h, _)| h.day_or_month > 12)
        || !messages
            .iter()
            .any(|(h, _)| h.month_or_day > 12 || h.twelve_hour);
    let messages = crate::first_items(&messages, MAX_MESSAGES, "chat", &mut page.dropped);
    for (h, text) in messages {
        let (day, month) = if day_first {
            (h.day_or_month, h.month_or_day)
        } else {
            (h.month_or_day, h.day_or_month)
        };
        let date = format!(
            "{:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            h.year, h.hour, h.minute, h.second
        );
        // A sender, then the text; iOS marks the app's own text with a left-to-right mark,
        // Android gives it no sender.
        let (sender, text) = match text.split_once(": ") {
            Some((who, said))
                if h.bracketed
                    || (!who.contains(['\u{200e}', '"']) && who.chars().count() <= 60) =>
            {
                (Some(member(who)), said)
            }
            _ => (None, text.as_str()),
        };
        let system = !h.bracketed && sender.is_none() || text.starts_with('\u{200e}');
        let text = without_edited_mark(text).trim_matches([' ', '\u{200e}']);
        if let Some(why) = not_text(text) {
            if page.title.is_none() && why.starts_with("the app's notice") {
                page.title = sender.clone().filter(|s| !s.is_empty());
                page.blocks.extend(page.title.clone());
            }
            page.dropped.push((crate::one_line(text), why.into()));
            continue;
        }
        let lines: Vec<String> = text
            .lines()
            .map(|l| {
                let l = l.replace('\u{200e}', "").replace("~\u{202f}", "");
                // A member the app names in its own line, after the tilde of one the phone
                // has no contact for ("X added ~ Rehema").
                crate::one_line(&if system { l.replace("~ ", "") } else { l })
            })
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        // Android gives the group's name only in the notice of its making.
        if system && page.title.is_none() {
            page.title = crate::words::CHAT_GROUP_MADE
                .iter()
                .find_map(|made| lines[0].split_once(made))
                .and_then(|(_, quoted)| quoted.strip_prefix('"')?.split_once('"'))
                .map(|(name, _)| name.to_string())
                .filter(|name| !name.is_empty());
        }
        if page.published.is_none() {
            page.published = vigil_model::dates::feed_date(&date);
        }
        page.blocks.push(date);
        if !system {
            if let Some(sender) = sender.filter(|s| !s.is_empty()) {
                page.blocks.push(format!("By {sender}"));
            }
        }
        page.blocks.extend(lines);
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ios_export_reads_as_messages_with_their_dates_and_senders() {
        let raw = "[03/12/2026, 19:02:11] Friends: \u{200e}Messages and calls are end-to-end \
                   encrypted. Only people in this chat can read them.\n\
                   [03/12/2026, 19:02:40] Ana Lima: \u{200e}Ana Lima added ~\u{202f}Rui\n\
                   [03/12/2026, 19:03:00] Ana Lima: Two lines\nin one message.\n\
                   [13/12/2026, 19:04:00] ~\u{202f}Rui: \u{200e}<attached: 00000012-PHOTO.jpg>\n\
                   [13/12/2026, 19:05:00] ~\u{202f}Rui: Seen. \u{200e}<This message was edited>\n";
        assert!(looks_like_chat_export(raw));
        let page = chat_page(raw);
        assert_eq!(page.title.as_deref(), Some("Friends"));
        assert_eq!(page.published.as_deref(), Some("2026-12-03"));
        assert_eq!(
            page.blocks,
            [
                "Friends",
                "2026-12-03T19:02:40",
                "Ana Lima added Rui",
                "2026-12-03T19:03:00",
                "By Ana Lima",
                "Two lines",
                "in one message.",
                "2026-12-13T19:05:00",
                "By Rui",
                "Seen.",
            ]
        );
        assert_eq!(page.dropped.len(), 2);
    }

    #[test]
    fn an_android_export_with_the_month_first_and_a_12_hour_clock_reads_its_dates_right() {
        let raw = "12/3/26, 7:02 PM - Messages and calls are end-to-end encrypted.\n\
                   12/3/26, 7:03 PM - Sam created group \"Watch\"\n\
                   12/3/26, 7:04 PM - Sam: <Media omitted>\n\
                   12/3/26, 12:05 AM - Jo: The police came twice.\n";
        assert!(looks_like_chat_export(raw));
        let page = chat_page(raw);
        assert_eq!(page.title.as_deref(), Some("Watch"));
        assert_eq!(
            page.blocks,
            [
                "2026-12-03T19:03:00",
                "Sam created group \"Watch\"",
                "2026-12-03T00:05:00",
                "By Jo",
                "The police came twice.",
            ]
        );
    }

    #[test]
    fn an_iphone_s_files_left_out_and_the_encryption_notice_are_no_text_in_any_language() {
        for note in [
            "image omitted",
            "imagem ocultada",
            "vídeo omitido",
            "Bild weggelassen",
            "immagine omessa",
            "image absente",
            "Contact card omitted",
        ] {
            assert!(not_text(note).is_some(), "{note}");
        }
        for message in [
            "The image was omitted from the file",
            "Bild",
            "photo of the man",
        ] {
            assert_eq!(not_text(message), None, "{message}");
        }
        let raw = "24/11/26, 21:00 - I messaggi e le chiamate sono crittografati end-to-end. \
                   Nessuno al di fuori di questa chat può leggerli.\n\
                   24/11/26, 21:00 - Ana Roe ha creato il gruppo \"Vicini\"\n\
                   24/11/26, 21:03 - Ana Roe: They came again.\n";
        let page = chat_page(raw);
        assert!(
            !page.blocks.iter().any(|b| b.contains("crittografati")),
            "{:?}",
            page.blocks
        );
    }

    #[test]
    fn a_german_android_export_with_dotted_dates_leaves_out_the_app_s_german_notices() {
        let raw = "28.11.26, 21:14 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n\
                   28.11.26, 21:14 - Ana Roe hat die Gruppe \"Velden Hilfe\" erstellt\n\
                   28.11.26, 21:20 - Ana Roe: <Medien ausgeschlossen>\n\
                   29.11.26, 09:10 - Jo Doe: Diese Nachricht wurde gelöscht\n\
                   29.11.26, 09:20 - Jo Doe: Standort: https://maps.google.com/?q=53.1,23.1\n\
                   30.11.26, 18:50 - Jo Doe: They came twice. <Diese Nachricht wurde bearbeitet>\n";
        assert!(looks_like_chat_export(raw));
        let page = chat_page(raw);
        assert_eq!(page.title.as_deref(), Some("Velden Hilfe"));
        assert_eq!(
            page.blocks,
            [
                "2026-11-28T21:14:00",
                "Ana Roe hat die Gruppe \"Velden Hilfe\" erstellt",
                "2026-11-30T18:50:00",
                "By Jo Doe",
                "They came twice.",
            ]
        );
        assert_eq!(page.dropped.len(), 4);
        // A message that opens on the word is a message.
        let page = chat_page(
            "28.11.26, 21:14 - Jo Doe: Hi.\n28.11.26, 21:15 - Ana Roe: Position: we go at 9.\n\
             28.11.26, 21:16 - Jo Doe: Fine.\n",
        );
        assert!(
            page.blocks.contains(&"Position: we go at 9.".to_string()),
            "{:?}",
            page.blocks
        );
    }

    #[test]
    fn a_report_with_a_dated_line_or_two_is_not_a_chat() {
        assert!(!looks_like_chat_export(
            "03/12/2026, 19:02 - the first line of a note\nThen the report goes on.\nAnd on.\n"
        ));
        assert!(!looks_like_chat_export(
            "[12] A footnote\n[13] Another\n[14] A third\n"
        ));
    }
}
