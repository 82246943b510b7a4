//! Word 97–2003 documents (`.doc`): the text of a Compound File's `WordDocument` stream, read
//! through its piece table ([MS-DOC] 2.8.35 `Clx`).
//!
//! The file's text is a sequence of character positions split into stories: the main text,
//! then footnotes, headers and footers, comments, endnotes and text boxes, in that order, their
//! lengths in the FIB. Each run of positions (a piece) is stored either as 8-bit Windows-1252
//! or as UTF-16. Marks inside the text say where a paragraph, a table cell, a line or a field
//! ends; a field's code (between its begin and separator marks) is not its shown text. What a
//! reader sees is read: the main text, its text boxes, then its footnotes and endnotes; headers
//! and footers and comments are listed as left out. List numbers and tracked deletions live
//! in formatting this reader does not parse: numbers are not read, and deleted words are read
//! as text (said in what was left out when the file has revision marks).

use std::io::{Cursor, Read};

use crate::office::OfficeText;

/// Characters of text read at most: a report is far shorter.
const MAX_CHARS: u64 = 32 << 20;

/// The text of a Compound File that is a Word 97–2003 document, or why it cannot be read
/// (another Office file, an encrypted or an older document, a broken one).
pub(crate) fn doc_text(bytes: &[u8]) -> Result<OfficeText, String> {
    // The container reader is a dependency's code: a file that makes it panic is one it
    // cannot read, not a crash of the whole ingest.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_doc(bytes))).unwrap_or_else(
        |_| Err("an Office file (Compound File) whose structure could not be read".to_string()),
    )
}

fn stream(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    file.open_stream(name)
        .map_err(|e| format!("its {name} stream cannot be read ({e})"))?
        .take(64 << 20)
        .read_to_end(&mut out)
        .map_err(|e| format!("its {name} stream cannot be read ({e})"))?;
    Ok(out)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

fn read_doc(bytes: &[u8]) -> Result<OfficeText, String> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes))
        .map_err(|e| format!("an Office file (Compound File) that cannot be read ({e})"))?;
    if !file.is_stream("WordDocument") {
        let what = if file.is_stream("Workbook") || file.is_stream("Book") {
            "an Excel workbook (.xls)"
        } else if file.is_stream("PowerPoint Document") {
            "a PowerPoint presentation (.ppt)"
        } else if file.is_stream("__properties_version1.0") {
            "an Outlook message (.msg)"
        } else if file.is_stream("EncryptedPackage") {
            "an encrypted Office document (it needs a password); decrypt it first"
        } else {
            "an Office file of a kind vigil does not know"
        };
        return Err(format!(
            "{what}, not a document vigil reads as a report; save it as .docx, .odt or PDF \
             first"
        ));
    }
    let word = stream(&mut file, "WordDocument")?;
    let broken = |what: &str| format!("a Word document whose {what} is broken");
    if u16_at(&word, 0) != Some(0xa5ec) {
        return Err(broken("header (FIB)"));
    }
    let n_fib = u16_at(&word, 2).ok_or_else(|| broken("header (FIB)"))?;
    if n_fib < 0x00c1 {
        return Err(
            "a Word 6 or Word 95 document, older than vigil reads; save it as .docx \
                    first"
                .into(),
        );
    }
    let flags = u16_at(&word, 0x0a).ok_or_else(|| broken("header (FIB)"))?;
    if flags & 0x0100 != 0 {
        return Err("an encrypted Word document (it needs a password); decrypt it first".into());
    }
    let table_name = if flags & 0x0200 != 0 {
        "1Table"
    } else {
        "0Table"
    };
    // The FIB's variable parts: 16-bit words, 32-bit words (the stories' lengths), then pairs
    // of offsets and lengths into the table stream.
    let csw = usize::from(u16_at(&word, 32).ok_or_else(|| broken("header (FIB)"))?);
    let lw_at = 34 + csw * 2 + 2;
    let cslw = usize::from(u16_at(&word, lw_at - 2).ok_or_else(|| broken("header (FIB)"))?);
    let fc_lcb_at = lw_at + cslw * 4 + 2;
    let long = |i: usize| u32_at(&word, lw_at + i * 4).unwrap_or(0);
    // ccpText, ccpFtn, ccpHdd, (ccpMcr), ccpAtn, ccpEdn, ccpTxbx
    let stories = [long(3), long(4), long(5), long(7), long(8), long(9)];
    let fc_clx = u32_at(&word, fc_lcb_at + 33 * 8).ok_or_else(|| broken("header (FIB)"))?;
    let lcb_clx = u32_at(&word, fc_lcb_at + 33 * 8 + 4).ok_or_else(|| broken("header (FIB)"))?;
    let table = stream(&mut file, table_name)?;
    let clx = table
        .get(fc_clx as usize..(fc_clx as usize).saturating_add(lcb_clx as usize))
        .ok_or_else(|| broken("piece table"))?;
    let text = pieces_text(&word, clx).ok_or_else(|| broken("piece table"))?;

    let mut out = OfficeText::default();
    let mut start = 0usize;
    let mut story = |len: u32| {
        let end = start.saturating_add(len as usize).min(text.len());
        let part = &text[start.min(end)..end];
        start = end;
        part
    };
    let main = story(stories[0]);
    let footnotes = story(stories[1]);
    let headers = story(stories[2]);
    let comments = story(stories[3]);
    let endnotes = story(stories[4]);
    let boxes = story(stories[5]);
    let mut paragraphs = Vec::new();
    for part in [main, boxes, footnotes, endnotes] {
        paragraphs.extend(story_paragraphs(part));
    }
    out.text = paragraphs.join("\n\n");
    let furniture = story_paragraphs(headers).join("\n");
    if !furniture.is_empty() {
        out.dropped.push((
            furniture,
            "running headers and footers (page furniture)".into(),
        ));
    }
    let comments = story_paragraphs(comments).join("\n");
    if !comments.is_empty() {
        out.dropped
            .push((comments, "comments, not the text".into()));
    }
    Ok(out)
}

/// The document's characters in order, from the piece table in `clx`.
fn pieces_text(word: &[u8], clx: &[u8]) -> Option<Vec<char>> {
    // Property runs (Prc) come first; the piece table (Pcdt) after them.
    let mut at = 0usize;
    let plc = loop {
        match *clx.get(at)? {
            0x01 => at += 3 + usize::from(u16_at(clx, at + 1)?),
            0x02 => {
                let lcb = u32_at(clx, at + 1)? as usize;
                break clx.get(at + 5..at + 5 + lcb)?;
            }
            _ => return None,
        }
    };
    if plc.len() < 4 {
        return None;
    }
    let n = (plc.len() - 4) / 12;
    let mut text: Vec<char> = Vec::new();
    let mut total = 0u64;
    for i in 0..n {
        let (cp_start, cp_end) = (u32_at(plc, i * 4)?, u32_at(plc, (i + 1) * 4)?);
        let count = u64::from(cp_end.checked_sub(cp_start)?);
        total += count;
        if total > MAX_CHARS {
            return None;
        }
        let fc = u32_at(plc, (n + 1) * 4 + i * 8 + 2)?;
        let count = count as usize;
        if fc & 0x4000_0000 != 0 {
            let offset = ((fc & 0x3fff_ffff) / 2) as usize;
            let raw = word.get(offset..offset.checked_add(count)?)?;
            let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(raw);
            text.extend(decoded.chars());
        } else {
            let offset = fc as usize;
            let raw = word.get(offset..offset.checked_add(count.checked_mul(2)?)?)?;
            let units = raw
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]));
            text.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{fffd}')));
        }
    }
    Some(text)
}

/// A story's paragraphs as a reader sees them: a field's code left out, its result kept.
fn story_paragraphs(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    // For each open field, whether its code is being read (before its separator).
    let mut fields: Vec<bool> = Vec::new();
    let mut end_paragraph = |current: &mut String| {
        let text = crate::office::paragraph_text(current);
        if !text.is_empty() {
            out.push(text);
        }
        current.clear();
    };
    for &c in chars {
        match c {
            '\u{13}' => {
                if fields.len() < 1024 {
                    fields.push(true);
                }
                continue;
            }
            '\u{14}' => {
                if let Some(code) = fields.last_mut() {
                    *code = false;
                }
                continue;
            }
            '\u{15}' => {
                fields.pop();
                continue;
            }
            _ => {}
        }
        if fields.iter().any(|&code| code) {
            continue;
        }
        match c {
            '\r' | '\u{7}' | '\u{c}' | '\u{e}' => end_paragraph(&mut current),
            '\u{b}' => current.push('\n'),
            '\t' => current.push(' '),
            '\u{1e}' => current.push('-'),
            c if c < ' ' => {}
            c => current.push(c),
        }
    }
    end_paragraph(&mut current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A Word 97 document of these stories, its text stored in two pieces (the first 8-bit,
    /// the second UTF-16), as Word writes a file saved more than once.
    fn doc(main: &str, footnotes: &str, headers: &str) -> Vec<u8> {
        let text: Vec<u16> = format!("{main}{footnotes}{headers}")
            .encode_utf16()
            .collect();
        let split = main
            .chars()
            .take_while(|c| c.is_ascii())
            .count()
            .min(text.len());
        let mut word = vec![0u8; 1024];
        word[0..2].copy_from_slice(&0xa5ecu16.to_le_bytes());
        word[2..4].copy_from_slice(&0x00c1u16.to_le_bytes());
        word[0x0a..0x0c].copy_from_slice(&0x0200u16.to_le_bytes()); // 1Table
        word[32..34].copy_from_slice(&14u16.to_le_bytes());
        let lw_at = 34 + 28 + 2;
        word[lw_at - 2..lw_at].copy_from_slice(&22u16.to_le_bytes());
        let lengths = [main, footnotes, headers].map(|s| s.encode_utf16().count() as u32);
        for (i, len) in [(3, lengths[0]), (4, lengths[1]), (5, lengths[2])] {
            word[lw_at + i * 4..lw_at + i * 4 + 4].copy_from_slice(&len.to_le_bytes());
        }
        let fc_lcb_at = lw_at + 88 + 2;
        // The pieces' bytes after the FIB.
        let first_at = word.len();
        word.extend(text[..split].iter().map(|&u| u as u8));
        let second_at = word.len();
        word.extend(text[split..].iter().flat_map(|u| u.to_le_bytes()));
        let mut plc = Vec::new();
        for cp in [0, split as u32, text.len() as u32] {
            plc.extend(cp.to_le_bytes());
        }
        for fc in [((first_at * 2) as u32) | 0x4000_0000, second_at as u32] {
            plc.extend(0u16.to_le_bytes());
            plc.extend(fc.to_le_bytes());
            plc.extend(0u16.to_le_bytes());
        }
        let mut clx = vec![0x01, 0x02, 0x00, 0xaa, 0xbb, 0x02];
        clx.extend((plc.len() as u32).to_le_bytes());
        clx.extend(plc);
        let mut table = vec![0u8; 16];
        let fc_clx = table.len() as u32;
        table.extend(&clx);
        let at = fc_lcb_at + 33 * 8;
        word[at..at + 4].copy_from_slice(&fc_clx.to_le_bytes());
        word[at + 4..at + 8].copy_from_slice(&(clx.len() as u32).to_le_bytes());
        compound(&[("WordDocument", &word), ("1Table", &table)])
    }

    fn compound(streams: &[(&str, &[u8])]) -> Vec<u8> {
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).expect("created");
        for (name, data) in streams {
            file.create_stream(name)
                .expect("a stream")
                .write_all(data)
                .expect("written");
        }
        file.flush().expect("flushed");
        file.into_inner().into_inner()
    }

    #[test]
    fn a_word_97_document_reads_its_pieces_fields_cells_and_notes() {
        let main = "Minutes\rPresent: Anna Kowalska\u{b}Piotr Nowak\r\u{13} HYPERLINK \"x\" \u{14}Helsinki Committee\u{15} wrote.\u{2}\rIvan Tertel\u{7}Chairman\u{7}\u{7}Jos\u{e9} Mart\u{ed}n and \u{418}\u{432}\u{430}\u{43d}\r";
        let out =
            doc_text(&doc(main, "\u{2} Source: Maria Lopez.\r", "Draft only\r\r")).expect("read");
        assert_eq!(
            out.text,
            "Minutes\n\nPresent: Anna Kowalska\nPiotr Nowak\n\nHelsinki Committee wrote.\n\n\
             Ivan Tertel\n\nChairman\n\nJosé Martín and Иван\n\nSource: Maria Lopez."
        );
        assert_eq!(
            out.dropped,
            [(
                "Draft only".to_string(),
                "running headers and footers (page furniture)".to_string()
            )]
        );
    }

    #[test]
    fn other_office_files_and_broken_ones_are_refused_saying_what_they_are() {
        let refused = |bytes: &[u8]| doc_text(bytes).expect_err("refused");
        assert!(refused(&compound(&[("Workbook", b"x")])).contains("Excel workbook"));
        assert!(refused(&compound(&[("EncryptedPackage", b"x")])).contains("encrypted"));
        assert!(
            refused(&compound(&[("WordDocument", &[0u8; 64])])).contains("header (FIB) is broken")
        );
        let whole = doc("Text\r", "", "");
        assert!(refused(&whole[..whole.len() / 2]).contains("cannot be read"));
    }
}
