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
    "dept", "gov", "rep", "sen", "fig", "supt", "insp", "det", "cpl", "cst", "cmdr", "maj", "brig",
    "adm", "h.e", "dra", "lic", "licda", "sra", "srta", "rev", "fr", "msgr", "hon",
    // Philippine styles: an attorney "Atty.", an engineer "Engr.".
    "atty", "engr",
    // Central European degrees before a name ("Mgr. Jana Roe"; not "Ing." or "Bc.", which
    // "ING." and "500 BC." end sentences as).
    "mgr", "judr", "phdr", "mudr", "rndr",
    // Turkish styles: a lawyer "Av.", an associate professor "Doç.", a specialist "Uzm.";
    // Swahili "Bw." (Mr).
    "av", "doç", "uzm", "bw", // Austrian degrees as titles ("Mag. Eva Roe").
    "mag", "dkfm",
    // Dutch titles, written in small letters ("mr. dr. Jan de Vries", "ir. Anna Roe").
    "drs", "ir", "mevr",
];

/// Given names written short with a full stop, as a name's first word ("Ma. Lourdes" for
/// Maria, "Md. Abdul" and "Mohd. Najib" for Mohammad, "Wm." for William). Read as an initial
/// is: no sentence ends there unless the next word opens one.
pub(crate) const GIVEN_NAME_ABBREVIATIONS: &[&str] = &[
    "Ma", "Md", "Mohd", "Muhd", "Mhd", "Wm", "Chas", "Jas", "Thos",
];

/// Words that open a sentence and never continue a name: after an initial ("identified only
/// as Karim B. The court ...") they start the next sentence.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "but",
    "and",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "there",
    "both",
    "neither",
    "according",
    "however",
    "meanwhile",
    "police",
    "prosecutors",
    "investigators",
    "officials",
    "authorities",
];

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    // A single capital letter is an initial (J. Smith).
    if is_initial(word.trim_end_matches('.')) {
        return true;
    }
    let w = word.trim_end_matches('.');
    GIVEN_NAME_ABBREVIATIONS.contains(&w) || ABBREVIATIONS.contains(&w.to_lowercase().as_str())
}

fn is_initial(word: &str) -> bool {
    (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        // A Mongolian patronymic's initial, one Cyrillic letter in two Latin ones ("Sh.
        // Tsetsegmaa").
        || matches!(word, "Sh" | "Ts" | "Ch" | "Kh" | "Zh" | "Ya" | "Yu")
}

/// After an initial, whether `next` (the following word) opens a new sentence: a word that
/// opens sentences and never continues a name, or one the text writes in lower case
/// elsewhere ("Karim B. Investigators found ..." where "investigators" occurs too).
/// `lowercase` holds the text's lower-case words, read once per text when first asked.
fn opens_after_initial<'t>(
    text: &'t str,
    next: &str,
    lowercase: &mut Option<std::collections::HashSet<&'t str>>,
) -> bool {
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if word.is_empty() {
        return false;
    }
    OPENERS.contains(&word.as_str())
        || (word.len() > 3
            && lowercase
                .get_or_insert_with(|| {
                    text.split(|c: char| !c.is_alphabetic())
                        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
                        .collect()
                })
                .contains(word.as_str()))
}

fn ends_with_initial(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let word = word.trim_end_matches('.');
    is_initial(word) || GIVEN_NAME_ABBREVIATIONS.contains(&word)
}

/// Split `text` into sentences. Paragraph breaks always end one.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut lowercase = None;
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
                    && !(c == b'.'
                        && ends_with_abbreviation(&text[start..i])
                        && !(ends_with_initial(&text[start..i])
                            && opens_after_initial(
                                text,
                                text[end..].trim_start(),
                                &mut lowercase,
                            ))));
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
        // An initial ending a sentence: the next sentence opens with a word that never
        // continues a name, or one the text writes in lower case elsewhere.
        assert_eq!(
            split("They held a man named Omar T. The court met. Police named Lena V. Investigators said investigators knew."),
            [
                "They held a man named Omar T.",
                "The court met.",
                "Police named Lena V.",
                "Investigators said investigators knew."
            ]
        );
        assert_eq!(
            split("John F. Kennedy and George W. Bush spoke."),
            ["John F. Kennedy and George W. Bush spoke."]
        );
    }
}
