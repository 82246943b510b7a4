//! Sentence spans: byte ranges into the clean text, so every later claim can point at the
//! sentence it came from.

/// A sentence: `start..end` byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "jr", "sr", "no",
    "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "approx",
    "dept", "gov", "rep", "sen", "fig",
];

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let w = word.trim_end_matches('.').to_lowercase();
    // A single capital letter is an initial (J. Smith).
    if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
        return true;
    }
    ABBREVIATIONS.contains(&w.as_str())
}

/// Split `text` into sentences. Paragraph breaks always end one.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let paragraph = c == b'\n' && bytes.get(i + 1) == Some(&b'\n');
        let terminal = matches!(c, b'.' | b'!' | b'?');
        if paragraph || terminal {
            // Include closing quotes and brackets after the terminal mark.
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'"' | b'\'' | b')') {
                end += 1;
            }
            for q in ["”", "’"] {
                if text[end..].starts_with(q) {
                    end += q.len();
                }
            }
            let next_starts = text[end..].trim_start().chars().next();
            let boundary = paragraph
                || (end >= bytes.len())
                || (text[end..].starts_with(char::is_whitespace)
                    && next_starts.is_some_and(|n| {
                        n.is_uppercase() || n.is_numeric() || matches!(n, '"' | '“' | '‘' | '(')
                    })
                    && !(c == b'.' && ends_with_abbreviation(&text[start..i])));
            if boundary {
                let s = &text[start..end];
                let lead = s.len() - s.trim_start().len();
                let trail = s.len() - s.trim_end().len();
                if s.trim().len() > 1 {
                    out.push(Span {
                        start: start + lead,
                        end: end - trail,
                    });
                }
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    if start < text.len() && text[start..].trim().len() > 1 {
        let s = &text[start..];
        let lead = s.len() - s.trim_start().len();
        out.push(Span {
            start: start + lead,
            end: text.len() - (s.len() - s.trim_end().len()),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t)
            .into_iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn table() {
        assert_eq!(
            split("One here. Two there! Three?"),
            ["One here.", "Two there!", "Three?"]
        );
        assert_eq!(
            split("Mr. Smith met U.S. officials. They left."),
            ["Mr. Smith met U.S. officials.", "They left."]
        );
        assert_eq!(
            split("He said “It is done.” Then he left."),
            ["He said “It is done.”", "Then he left."]
        );
        assert_eq!(
            split("J. R. Doe arrived.\n\nNew paragraph"),
            ["J. R. Doe arrived.", "New paragraph"]
        );
        assert_eq!(
            split("Costs rose 3.5 percent. Fine."),
            ["Costs rose 3.5 percent.", "Fine."]
        );
        assert!(split("").is_empty());
    }
}
