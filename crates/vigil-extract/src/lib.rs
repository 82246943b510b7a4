//! From news pages to clean report text: main content without page chrome, the source
//! attribution the page states, and sentence spans for provenance.
//!
//! A page (plain text or HTML) is cut into blocks (paragraphs). Blocks are classified: content
//! (sentences), chrome (navigation, share prompts, "Must read" lists, teasers that end in "..."),
//! or attribution (`Source » outlet`, `By Name`, a dateline such as `London, 6 August –`). The
//! main text is the longest run of content, allowing short headings inside it. Chrome is
//! dropped but reported, so a caller can see what was left out and why. No IO; any input yields
//! a [`CleanDoc`].
//!
//! ```
//! let page = "Latest news\n\nTeaser title\n\nA snippet of another story that ends...\n\n\
//!             Paris, 2 July – The first sentence of the report is here. A second one follows.\n\n\
//!             The report goes on with another paragraph of several words.\n\nPlease Share:";
//! let doc = vigil_extract::clean_text(page);
//! assert!(doc.text.starts_with("Paris, 2 July"));
//! assert!(!doc.text.contains("Please Share"));
//! assert_eq!(doc.dateline.as_deref(), Some("Paris, 2 July"));
//! ```

mod chat;
mod claims;
mod dates;
mod document;
mod email;
mod facebook;
mod feed;
mod html;
mod markdown;
mod mentions;
mod office;
mod parsed;
mod pdf;
mod pdf_core14;
mod posts;
mod quantities;
mod sentences;
mod subtitles;
mod wikitext;
mod word_binary;
mod words;

pub use claims::{extract_claims, extract_claims_with, is_honorific_title, Claim, ClaimKind};
pub use dates::{dates, iso_day_number, DateMention, Precision};
pub use document::{document_id, document_statements, DocumentMeta};
pub use html::{clean_html, clean_html_checked, html_too_deep, MAX_HTML_DEPTH};
pub use markdown::{looks_like_markdown, markdown_to_html};
pub use mentions::{
    extract_mentions, extract_mentions_from_page, extract_mentions_with, is_well_known_acronym,
    is_well_known_body, name_initials, name_key, DocEntity, Extraction, Gazetteer, Mention,
    MentionKind, Proposal, NAMESAKE, PLACED_IN, UNIT_OF,
};
pub use parsed::{after_dateline, wants_parse, ParsedSentence};
pub use quantities::{disagree, quantities, Measure, Quantity};
pub use sentences::{sentences, Span};
pub use words::Sex;

/// A cleaned page.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CleanDoc {
    /// The main text: content paragraphs joined by blank lines. Offsets refer to this text.
    pub text: String,
    /// The outlet the page names as its source (`Source » moderndiplomacy`).
    pub source: Option<String>,
    /// A byline (`By Jane Doe`).
    pub byline: Option<String>,
    /// The dateline opening the report (`London, 6 August`).
    pub dateline: Option<String>,
    /// Blocks left out, with the reason.
    pub dropped: Vec<(String, String)>,
    /// The article's title: the page's `og:title`, `<title>` or first heading; in text, a
    /// headline line opening the page.
    #[serde(default)]
    pub title: Option<String>,
    /// The page's own address (`og:url`, canonical link).
    #[serde(default)]
    pub url: Option<String>,
    /// Publication date the page states (`article:published_time`, `<time datetime>`),
    /// as YYYY-MM-DD.
    #[serde(default)]
    pub published: Option<String>,
}

impl CleanDoc {
    /// A page that could not be read: no text, and why in what was left out.
    pub(crate) fn unread(why: String) -> CleanDoc {
        CleanDoc {
            text: String::new(),
            source: None,
            byline: None,
            dateline: None,
            dropped: vec![(String::new(), why)],
            title: None,
            url: None,
            published: None,
        }
    }
}

const CHROME_MARKERS: &[&str] = &[
    "latest news",
    "must read",
    "you might also like",
    "related",
    "recommended to you",
    "recommended for you",
    "please share",
    "share this",
    "share on",
    "follow us",
    "subscribe",
    "sign up",
    "newsletter",
    "advertisement",
    "read more",
    "more stories",
    "most popular",
    "trending",
    "comments",
    "leave a reply",
    "tags",
    "all rights reserved",
    "cookie",
    "privacy policy",
    "terms of use",
    "skip to content",
    "menu",
    "search",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Content,
    Short,
    Chrome(&'static str),
}

/// How many words `s` holds, counted up to [`WORDS_COUNTED`]: every caller asks whether a line
/// or a block is short (forty words at most), so a long paragraph is not walked to its end
/// each time one of them asks. [`all_words`] counts them all.
pub(crate) fn words(s: &str) -> usize {
    s.split_whitespace().take(WORDS_COUNTED).count()
}

/// More words than any caller of [`words`] compares a count with.
const WORDS_COUNTED: usize = 64;

/// How many words `s` holds, every one counted: for sums over a page's blocks.
pub(crate) fn all_words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// The lines that close a page without being its text: rights, credits, prompts.
fn closing_chrome(block: &str) -> bool {
    let lower = block.to_lowercase();
    [
        "©",
        "copyright",
        "all rights reserved",
        "reporting by",
        "editing by",
        "additional reporting",
        "contributed to this",
        "click",
        "subscribe",
        "cookie",
        "http",
        "www.",
        "@",
        "sign up",
        "follow us",
        "read more",
        "this article",
        "this story",
        "newsletter",
    ]
    .iter()
    .any(|m| lower.contains(m))
}

/// A line crediting the article's reporters and editors ("Reporting by ...; Editing by ...",
/// "... contributed to this report"): part of the article, naming the people who wrote it.
fn credit_line(block: &str) -> bool {
    let lower = block.to_lowercase();
    // A film's or a programme's credits, each opening its line ("Directed by Jane Roe",
    // "Research: John Doe"), as a documentary's subtitles close.
    const FILM_CREDITS: [&str; 11] = [
        "directed by",
        "written by",
        "written and directed by",
        "produced by",
        "filmed by",
        "edited by",
        "narrated by",
        "research:",
        "producer:",
        "camera:",
        "subtitles:",
    ];
    words(block) <= 30
        && ([
            "reporting by",
            "editing by",
            "writing by",
            "additional reporting",
            "contributed to this report",
            "contributed reporting",
            // Canadian wires and papers: "With files from The Canadian Press".
            "with files from",
        ]
        .iter()
        .any(|m| lower.contains(m))
            || FILM_CREDITS.iter().any(|m| lower.starts_with(m))
            || words::NEWS_CREDITS.iter().any(|m| {
                lower
                    .strip_prefix(m)
                    .and_then(|rest| rest.trim_start().strip_prefix(':'))
                    .is_some_and(|name| (1..=6).contains(&words(name)))
            }))
}

/// A letter's address line or salutation: "To: ...", "Cc: ...", "Dear Minister,",
/// "Excellency,".
fn letter_head(block: &str) -> bool {
    let t = block.trim();
    let lower = t.to_lowercase();
    let salutation = t.ends_with(',')
        && words(t) <= 6
        && [
            "dear ",
            "excellency",
            "your excellency",
            "excellencies",
            "to whom",
        ]
        .iter()
        .any(|w| lower.starts_with(w));
    // "To the Minister of ..., Jane Roe": the addressee on a line of their own, no sentence.
    let addressee = words(t) <= 20
        && (lower.starts_with("to the ")
            || lower.starts_with("to his ")
            || lower.starts_with("to her "))
        && !ends_like_sentence(t);
    salutation
        || addressee
        || (words(t) <= 40
            && ["to:", "cc:", "bcc:", "attn:", "attention:"]
                .iter()
                .any(|w| lower.starts_with(w)))
}

/// An entry of a court's docket: the date filed, the entry's number and its text
/// ("06/11/2026 4 Arrest of Jane Roe in Miami, Florida. (jm) (Entered: 06/12/2026)").
fn docket_entry(block: &str) -> bool {
    let mut parts = block.split_whitespace();
    let (Some(date), Some(number), Some(text)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let date_ok = date.split('/').count() == 3
        && date
            .split('/')
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()));
    date_ok
        && !number.is_empty()
        && number.len() <= 5
        && number.bytes().all(|c| c.is_ascii_digit())
        && text.starts_with(|c: char| c.is_alphabetic())
}

/// A case as a court's daily list sets it: its number, then its title with "v" between the
/// parties ("KB-2026-001874 Jane Roe v Minister for Borders", "AC-2026-LON-003102 The King
/// on the application of Jane Roe v Secretary of State").
fn listed_case(block: &str) -> bool {
    let t = block.trim();
    let Some((number, title)) = t.split_once(' ') else {
        return false;
    };
    case_number(number) && title.contains(" v ") && words(title) <= 30
}

/// A court's case number, capitals and digits in three groups or more, two of digits at least
/// ("KB-2026-001874", "AC-2026-LON-003102").
pub(crate) fn case_number(word: &str) -> bool {
    let groups: Vec<&str> = word.split('-').collect();
    groups.len() >= 3
        && word.len() <= 24
        && groups.iter().all(|g| {
            !g.is_empty()
                && g.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
        && groups
            .iter()
            .filter(|g| g.chars().all(|c| c.is_ascii_digit()))
            .count()
            >= 2
}

/// A session of a programme or an agenda: its start and end times and what it is ("09:45 –
/// 11:00 Panel 1: Southern Mongolians abroad", "14:00-15:30 Keynote").
fn programme_slot(block: &str) -> bool {
    let time = |t: &str| {
        t.split_once([':', '.']).is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
        })
    };
    let t = block.trim();
    let mut ws = t.split_whitespace();
    let Some(first) = ws.next() else {
        return false;
    };
    // "09:45 – 11:00 ..." or "09:45–11:00 ...".
    let (from, to) = match first.split_once(['–', '-', '—']) {
        Some((a, b)) if !b.is_empty() => (a.to_string(), b.to_string()),
        _ => {
            let dash = ws.next().unwrap_or("");
            if !matches!(dash, "–" | "-" | "—") {
                return false;
            }
            (first.to_string(), ws.next().unwrap_or("").to_string())
        }
    };
    time(&from)
        && time(&to)
        && ws
            .next()
            .is_some_and(|w| w.starts_with(char::is_alphabetic))
}

/// The first line of a docket's case header: the court, or the docket's own title.
fn docket_case_header(block: &str) -> bool {
    let lower = block.to_lowercase();
    lower.contains("district court")
        || lower.contains("court of appeals")
        || lower.contains("bankruptcy court")
        || lower.starts_with("criminal docket")
        || lower.starts_with("civil docket")
}

/// A docket header's label of a field or a role, no name in it ("LEAD ATTORNEY", "Pending
/// Counts", "Defendant (1)", "Email: ...").
fn docket_field_label(block: &str) -> bool {
    let t = block.trim();
    let lower = t.to_lowercase();
    let label = lower.split(" (").next().unwrap_or(&lower).trim();
    matches!(
        label,
        "lead attorney"
            | "attorney to be noticed"
            | "pro hac vice"
            | "pending counts"
            | "terminated counts"
            | "complaints"
            | "disposition"
            | "none"
            | "defendant"
            | "plaintiff"
            | "material witness"
            | "date filed # docket text"
    ) || lower.starts_with("highest offense level")
        || lower.starts_with("email:")
        || lower.starts_with("designation:")
        || lower.starts_with("date filed:")
        || lower.starts_with("date terminated:")
        // A count's statute and offence ("18:1201(c) CONSPIRACY TO KIDNAP").
        || t.split(':').next().is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        || postal_address_line(t)
        || (t.starts_with('(') && t.ends_with(')') && t[1..t.len() - 1].bytes().all(|c| c.is_ascii_digit()))
}

/// A line of a postal address in a header block: a street with its number ("52 Duane Street,
/// 10th Floor"), or a town with its state and ZIP code ("New York, NY 10007").
fn postal_address_line(t: &str) -> bool {
    let ws: Vec<&str> = t.split_whitespace().collect();
    let zip = |w: &str| {
        let w = w.split('-').next().unwrap_or(w);
        w.len() == 5 && w.bytes().all(|c| c.is_ascii_digit())
    };
    let state = |w: &str| w.len() == 2 && w.bytes().all(|c| c.is_ascii_uppercase());
    let town_state_zip = ws.len() >= 3
        && zip(ws[ws.len() - 1])
        && state(ws[ws.len() - 2])
        && ws[ws.len() - 3].ends_with(',');
    let street = ws.len() <= 8
        && ws.first().is_some_and(|w| {
            w.bytes().all(|c| c.is_ascii_digit()) || matches!(*w, "One" | "Two" | "Three")
        })
        && ws.iter().any(|w| {
            matches!(
                w.trim_end_matches(','),
                "Street"
                    | "St."
                    | "Avenue"
                    | "Ave."
                    | "Road"
                    | "Boulevard"
                    | "Plaza"
                    | "Suite"
                    | "Floor"
                    | "Broadway"
                    | "Square"
                    | "Lane"
                    | "Drive"
            )
        });
    // A European street, its name before its number ("Avenue de la Gare 14, 1800 Vevey,
    // Switzerland", "Rue de la Loi 200, 1049 Bruxelles", "Hauptstraße 5, 10115 Berlin").
    let european = ws.len() <= 10
        && t.contains(',')
        && ws.first().is_some_and(|w| {
            matches!(
                *w,
                "Avenue"
                    | "Rue"
                    | "Boulevard"
                    | "Place"
                    | "Chemin"
                    | "Route"
                    | "Via"
                    | "Viale"
                    | "Calle"
                    | "Avenida"
                    | "Rua"
                    | "Plaza"
                    | "Paseo"
            ) || [
                "straße", "strasse", "gasse", "weg", "laan", "gatan", "vej", "plein",
            ]
            .iter()
            .any(|s| w.to_lowercase().trim_end_matches(',').ends_with(s))
        })
        && ws
            .iter()
            .any(|w| w.trim_end_matches(',').bytes().all(|c| c.is_ascii_digit()));
    town_state_zip || street || european
}

/// A line of an email's header: a field a mail client writes, its value on the same line.
fn email_header_line(block: &str) -> bool {
    let t = block.trim();
    words(t) <= 40
        && !t.contains('\n')
        && [
            "From:",
            "Sent:",
            "Date:",
            "To:",
            "Cc:",
            "CC:",
            "Bcc:",
            "Subject:",
            "Reply-To:",
        ]
        .iter()
        .any(|f| t.strip_prefix(f).is_some_and(|v| !v.trim().is_empty()))
}

/// What opens a letter's signatures: a "Signatories" heading ("Signed by", "Co-signed by",
/// "Individual signatories: ..."), or a valediction ("Yours sincerely,").
/// A diplomatic letter's closing formula ("Please accept, Excellency, the assurances of our
/// highest consideration."): its signatures follow.
fn closing_formula(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    words(&lower) <= 25 && lower.contains("assurances of") && lower.contains("consideration")
}

pub(crate) fn signatures_open(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    // ("Signed," as a valediction is written.)
    let label = lower
        .split(':')
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches(',');
    let signatories = words(label) <= 4
        && (label.ends_with("signatories")
            || label.ends_with("signatory organisations")
            || label.ends_with("signatory organizations")
            || matches!(
                label,
                "signed" | "signed by" | "co-signed by" | "endorsed by"
            ));
    signatories || valediction(block)
}

/// Whether a block is a letter's closing ("Yours sincerely,"), over its writer's name.
pub(crate) fn valediction(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    words(block) <= 3
        && matches!(
            lower.trim_end_matches(','),
            "sincerely"
                | "yours sincerely"
                | "yours faithfully"
                | "respectfully"
                | "yours truly"
                // A committee's report or a court filing, over its chair's or counsel's name.
                | "respectfully submitted"
        )
}

/// Byte length of the marker opening a list's item or a numbered paragraph: a bullet ("- ",
/// "• "), a number ("8. ", "12) ", "[3] ") or a letter in parentheses ("(a) "); 0 if none.
fn item_marker_len(block: &str) -> usize {
    let t = block.trim_start();
    let lead = block.len() - t.len();
    for bullet in ["- ", "– ", "• ", "* ", "· ", "▪ "] {
        if t.starts_with(bullet) {
            return lead + bullet.len();
        }
    }
    let (label, rest) = match t.split_once(' ') {
        Some(pair) => pair,
        None => return 0,
    };
    let numbered = |n: &str| !n.is_empty() && n.len() <= 3 && n.bytes().all(|c| c.is_ascii_digit());
    let lettered = |n: &str| n.len() == 1 && n.bytes().all(|c| c.is_ascii_lowercase());
    let marker = label
        .strip_prefix('[')
        .and_then(|l| l.strip_suffix(']'))
        .is_some_and(numbered)
        || label
            .strip_prefix('(')
            .and_then(|l| l.strip_suffix(')'))
            .is_some_and(|n| numbered(n) || lettered(n))
        || label.strip_suffix('.').is_some_and(numbered)
        || label
            .strip_suffix(')')
            .is_some_and(|n| numbered(n) || lettered(n));
    if marker && !rest.trim().is_empty() {
        lead + label.len() + 1
    } else {
        0
    }
}

/// A line opening on a field's label ("Defence: Mr John Roe", "Prosecution:"), as a header
/// of fields sets them one to a line: a field of its own, not a wrapped line's continuation.
fn field_line(line: &str) -> bool {
    let Some((label, _)) = line.trim().split_once(':') else {
        return false;
    };
    let label_words: Vec<&str> = label.split_whitespace().collect();
    (1..=3).contains(&label_words.len())
        && label.len() == label.trim_start().len()
        && label_words[0].starts_with(char::is_uppercase)
        && label_words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// A session's header naming the body that holds it, its ordinal after a comma or a dash
/// ("UN HUMAN RIGHTS COUNCIL, 61ST SESSION", "Human Rights Council - 58th session").
fn session_header(block: &str) -> bool {
    let t = block.trim();
    let Some((body, session)) = t.rsplit_once([',', '-', '–']) else {
        return false;
    };
    let session: Vec<&str> = session.split_whitespace().collect();
    let ordinal = |w: &str| {
        let w = w.to_lowercase();
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    t.len() <= 80
        && session.len() == 2
        && ordinal(session[0])
        && session[1].eq_ignore_ascii_case("session")
        && (2..=8).contains(&words(body))
}

/// A body's name in capitals heading a page, perhaps with its letters in brackets after it
/// ("COMMISSION FOR THE CONTROL OF INTERPOL'S FILES (CCF)", "EUROPEAN COURT OF HUMAN RIGHTS").
fn issuer_heading(block: &str) -> bool {
    let t = block.trim();
    let t = match t.rsplit_once('(') {
        Some((name, letters))
            if letters.ends_with(')')
                && letters[..letters.len() - 1]
                    .chars()
                    .all(|c| c.is_uppercase() || c == '-') =>
        {
            name.trim()
        }
        _ => t,
    };
    (2..=12).contains(&words(t))
        && !t.chars().any(char::is_lowercase)
        && t.split_whitespace().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | ','))
        })
        && t.split_whitespace()
            .any(|w| words::org_head(&w.trim_end_matches(',').to_lowercase()).is_some())
}

/// A decision's, a judgment's or an opinion's heading in capitals under the body that gives
/// it ("DECISION ON APPLICATION No. 17/2026", "JUDGMENT", "OPINION No. 12/2026").
fn document_kind_heading(block: &str) -> bool {
    let t = block.trim();
    let first = t.split_whitespace().next().unwrap_or("");
    words(t) <= 20
        && !ends_like_sentence(t)
        && matches!(
            first,
            "DECISION"
                | "JUDGMENT"
                | "JUDGEMENT"
                | "OPINION"
                | "ORDER"
                | "RULING"
                | "VIEWS"
                | "RESOLUTION"
                | "RECOMMENDATION"
                | "DECREE"
                | "AWARD"
        )
}

/// A closing formula saying where and when a decision or a treaty was made ("Done in Lyon,
/// 15 October 2026.", "Done at Brussels, 12 May 2024").
fn done_formula(block: &str) -> bool {
    let t = block.trim();
    t.strip_prefix("Done at ")
        .or_else(|| t.strip_prefix("Done in "))
        .is_some_and(|rest| place_and_date(rest.trim_end_matches('.')))
}

/// A signer under a closing formula: their name on a line, the surname perhaps in capitals
/// ("Jane ROE"), perhaps over their office ("Chairperson of the Requests Chamber").
fn formula_signature(block: &str) -> bool {
    let t = block.trim();
    let name = t.lines().next().unwrap_or("").trim();
    // Joined onto one line, the name ends where the office opens.
    let name_words: Vec<&str> = name
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.to_lowercase().as_str(),
                "chairperson"
                    | "chair"
                    | "chairman"
                    | "president"
                    | "vice-president"
                    | "registrar"
                    | "secretary"
                    | "judge"
                    | "member"
                    | "rapporteur"
                    | "director"
                    | "head"
                    | "commissioner"
                    | "vice-chair"
            )
        })
        .collect();
    t.lines().count() <= 3
        && words(t) <= 16
        && !ends_like_sentence(t)
        && (2..=4).contains(&name_words.len())
        && name_words[0].chars().skip(1).any(char::is_lowercase)
        && name_words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// A court docket's caption ("CRIMINAL DOCKET FOR CASE #: 1:26-cr-00311-TKH-1", "CIVIL
/// DOCKET FOR CASE #: ..."), as US courts' electronic filing prints it.
fn docket_caption(block: &str) -> bool {
    let t = block.trim();
    t.len() <= 200 && t.contains("DOCKET FOR CASE #")
}

/// A line of a docket's head that names someone: the court, a judge assigned or referred
/// ("Assigned to: District Judge Jane Roe"), a party or counsel's name, their firm or office.
/// Not an address, a telephone number, mail, a designation, a date, a count or a
/// disposition, nor a label alone ("represented by", "LEAD ATTORNEY", "Defendant (1)").
fn docket_head_names(block: &str) -> bool {
    let t = block.trim();
    // (A street address opens on its number: "12 Main Street".)
    if t.contains('@')
        || t.starts_with(|c: char| c.is_ascii_digit())
        || t.chars().filter(char::is_ascii_digit).count() >= 3
    {
        return false;
    }
    let lower = t.to_lowercase();
    const LABELS: &[&str] = &[
        "represented by",
        "lead attorney",
        "attorney to be noticed",
        "pending counts",
        "disposition",
        "terminated counts",
        "highest offense level",
        "complaints",
        "plaintiff",
        "designation:",
        "terminated:",
        "case title:",
        "date filed",
        "docket text",
        "date terminated:",
        "magistrate judge case number:",
    ];
    if LABELS.iter().any(|l| lower.starts_with(l))
        || lower.starts_with("defendant")
        || lower.starts_with("suite ")
        || t == "USA"
        || t.chars().all(|c| !c.is_lowercase()) && !t.chars().any(char::is_alphabetic)
    {
        return false;
    }
    // A sentence-length disposition names no one ("Defendant sentenced to ...").
    words(t) <= 10
        && t.split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count()
            >= 2
}

/// A line giving an office or a part of a programme and who holds or leads it ("Senior
/// Pastor: Rev. Jane Roe", "Call to Worship ........ Elder John Doe"): a short label, then
/// after a colon or a dot leader a value of a few words, two of them capitalised.
fn named_field(block: &str) -> bool {
    let t = block.trim();
    let value = if let Some(i) = t.find("...") {
        t[i..].trim_start_matches(['.', ' ', '…'])
    } else if let Some((label, value)) = t.split_once(": ") {
        if words(label) > 5 {
            return false;
        }
        value
    } else {
        return false;
    };
    // Who, before any comma: two to five capitalised words, no number or date among them
    // ("Rev. Jane Roe", "Elder John Doe"; not "Wednesday, 14 October", "Conference Hall B").
    let who = value.trim().split(',').next().unwrap_or("");
    (2..=5).contains(&words(who))
        && who.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && !w.chars().any(|c| c.is_ascii_digit())
                && !words::is_calendar(&w.to_lowercase())
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        })
}

/// A channel's post's line naming who first published it ("Forwarded from Jane Roe", an
/// emoji before it, as a messaging channel exports it): who.
fn forwarded_from(block: &str) -> Option<&str> {
    let t = block
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let who = t.strip_prefix("Forwarded from ")?.trim();
    (!who.is_empty() && words(who) <= 8).then_some(who)
}

/// A hearing's header line naming who held it or who sat: "HEARING BEFORE THE SUBCOMMITTEE
/// ON ...", "Members present: Jane Roe (Chair); John Doe".
fn hearing_header_line(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    words(block) <= 40
        && (["hearing before ", "members present:", "present:"]
            .iter()
            .any(|p| lower.starts_with(p))
            || attendance_line(block))
}

/// A meeting's record of who attended or sent apologies ("Present: ...", "In attendance: DC
/// Jane Roe, Metropolitan Police", "Apologies: John Doe"): the names are the record's.
fn attendance_line(block: &str) -> bool {
    block.trim().split_once(':').is_some_and(|(label, names)| {
        let label = label.trim().to_lowercase();
        words::ATTENDANCE_LABELS.contains(&label.as_str())
            && names.trim().starts_with(char::is_uppercase)
            && words(names) <= 40
    })
}

/// A committee's or a chamber's name on a line of its own ("COMMITTEE ON HOMELAND SECURITY",
/// "HOUSE OF REPRESENTATIVES", "Foreign Affairs Committee"): short, no field or sentence
/// punctuation.
fn committee_line(block: &str) -> bool {
    words(block) <= 12
        && !block.contains([':', '.', '?', '!', ';'])
        && block.split_whitespace().any(|w| {
            matches!(
                w.trim_end_matches(',').to_lowercase().as_str(),
                "committee" | "subcommittee" | "senate" | "representatives" | "commons" | "lords"
            )
        })
}

/// What opens a release's press contacts: a heading ("Press contacts", "Contact", "For more
/// information") or a label with the office after it ("Media enquiries: Newsdesk, 020 ...").
fn contacts_open(block: &str) -> bool {
    const LABELS: [&str; 15] = [
        // An agency's planning note closes on its desk's editors ("Desk: Jane Roe / Ali Reza").
        "desk",
        "news desk",
        "editors",
        "contact",
        "contacts",
        "press contact",
        "press contacts",
        "media contact",
        "media contacts",
        "media enquiries",
        "media inquiries",
        "press enquiries",
        "press inquiries",
        "for more information",
        "for further information",
    ];
    let t = block.trim();
    let (label, rest) = t.split_once(':').unwrap_or((t, ""));
    LABELS.contains(&label.trim().to_lowercase().as_str()) && words(rest) <= 12
}

/// A charging paper's or a release's signature in capitals over the office ("FOREPERSON
/// JANE ROE United States Attorney"): capitalised words only, ending on an office's word.
fn office_signature(block: &str) -> bool {
    let t = block.trim();
    words(t) <= 10
        && !t.contains([',', '.', ';', ':', '"'])
        && t.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && ends_on_an_office(t)
}

/// Whether words end on an office's word, a role or a title ("Deputy Registrar", "Director").
fn ends_on_an_office(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    words::is_appositive_role(&last) || words::TITLES.contains(last.as_str())
}

/// A person's name of two to four words, a middle initial perhaps among them ("Jane R. Roe").
fn name_with_initials(t: &str) -> bool {
    let ws: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&ws.len())
        && !t.contains('\n')
        && ws
            .first()
            .is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
        && ws
            .last()
            .is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
        && ws.iter().all(|w| {
            let initial = w.chars().count() == 2 && w.ends_with('.');
            w.starts_with(char::is_uppercase)
                && (initial
                    || w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'')))
        })
}

/// A signer's office and the body they hold it in, after a comma, on a line of its own
/// ("Director, Office of Tarsk Affairs,", "Deputy Head, Consular Section").
fn office_over_its_body(block: &str) -> bool {
    let t = block.trim().trim_end_matches([',', '.']);
    let Some((office, body)) = t.split_once(", ") else {
        return false;
    };
    words(t) <= 14
        && !t.contains('\n')
        && words(office) <= 4
        && office
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && ends_on_an_office(office)
        && body
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "for" | "and"))
}

/// A statement's sign-off by the body that issued it, on a line of its own under the text
/// ("Embassy of the Republic of Tarsk in Velden", "Ministry of Foreign Affairs"): the body's
/// name opening on the head word of a state's office or mission, no sentence, not in capitals
/// ("MEDIA ADVISORY ENDS" closes an advisory).
fn body_signature(block: &str) -> bool {
    let t = block.trim();
    let t = t.strip_prefix("The ").unwrap_or(t);
    let first = t.split_whitespace().next().unwrap_or("");
    words(t) <= 16
        && !t.contains('\n')
        && !ends_like_sentence(t)
        && !t.contains([':', '|', '"', '“'])
        && t.chars().any(char::is_lowercase)
        && matches!(
            first.to_lowercase().as_str(),
            "embassy"
                | "consulate"
                | "ministry"
                | "office"
                | "department"
                | "mission"
                | "permanent"
                | "delegation"
                | "secretariat"
                | "directorate"
                | "government"
                | "council"
                | "commission"
                | "committee"
        )
        && t.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "the" | "in" | "to" | "for" | "and")
        })
}

/// Whether a block heads a page's summary of its points ("Key points", "At a glance"), as a
/// live page or an explainer sets them over its text.
fn key_points_heading(block: &str) -> bool {
    matches!(
        block.trim().trim_end_matches(':').to_lowercase().as_str(),
        "key points"
            | "key facts"
            | "key events"
            | "at a glance"
            | "in brief"
            | "summary"
            | "highlights"
            | "what we know"
            | "what we know so far"
            | "what you need to know"
    )
}

/// A line of a paper's authors, each name closed by the mark of an affiliation ("Jane K.
/// Roe* and Ali Reza†", "Jane Roe1, Ali Reza2"): two to four capitalised words a name.
fn marked_authors_line(block: &str) -> bool {
    const MARKS: &[char] = &['*', '†', '‡', '§', '¹', '²', '³', '⁴', '⁵'];
    let t = block.trim();
    if t.contains('\n') || words(t) > 30 {
        return false;
    }
    let names: Vec<&str> = t
        .split(", and ")
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .collect();
    !names.is_empty()
        && names.iter().all(|n| {
            let Some(name) = n.strip_suffix(|c: char| MARKS.contains(&c) || c.is_ascii_digit())
            else {
                return false;
            };
            let name = name.trim_end_matches(|c: char| MARKS.contains(&c) || c.is_ascii_digit());
            (2..=4).contains(&words(name))
                && name.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
                })
        })
}

/// A document's number on a line of its own ("No.: S1 3 K 048215 26 Kro", "Broj / No.: 12/26",
/// "Ref: HRC/2026/14"): a short label, a colon, a code with a digit.
fn reference_line(block: &str) -> bool {
    // Or its label abbreviated with a full stop and no colon ("Ref. ARCC/EXCO/2026/117").
    let t = block.trim();
    let split = t.split_once(':').or_else(|| {
        ["Ref. ", "No. ", "Réf. "]
            .iter()
            .find_map(|l| t.strip_prefix(l).map(|code| (l.trim(), code)))
            .filter(|(_, code)| words(code) == 1)
    });
    let Some((label, code)) = split else {
        return false;
    };
    let label = label.trim().to_lowercase();
    let labelled = label.split(" / ").any(|l| {
        matches!(
            l.trim(),
            "no." | "no" | "ref." | "ref" | "reference" | "case no." | "number"
        )
    });
    labelled && code.chars().any(|c| c.is_ascii_digit()) && words(code) <= 10
}

/// A signer's office and body on a line of their own, a comma between ("President, Tarsk
/// Exiles' Association", "Director, Velden Institute").
fn office_and_body(block: &str) -> bool {
    let t = block.trim();
    let Some((office, body)) = t.split_once(", ") else {
        return false;
    };
    let last = office.rsplit(' ').next().unwrap_or("").to_lowercase();
    words(office) <= 4
        && office.starts_with(char::is_uppercase)
        && (words::is_appositive_role(&last) || words::TITLES.contains(last.as_str()))
        && (1..=10).contains(&words(body))
        && body.starts_with(char::is_uppercase)
        && !body.contains(['.', ';', ':', '"'])
}

/// A line of punctuation only ("___", "* * *", "---") set between parts of a page.
fn separator_line(block: &str) -> bool {
    let t = block.trim();
    !t.is_empty() && t.chars().all(|c| !c.is_alphanumeric())
}

pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')']);
    t.ends_with(['.', '!', '?', ':', ';'])
}

fn classify(block: &str) -> Kind {
    let lower = block.trim().to_lowercase();
    let lower = lower
        .trim_end_matches([':', '.', '»', '›', '-', '–'])
        .trim();
    if CHROME_MARKERS
        .iter()
        .any(|m| lower == *m || (lower.starts_with(m) && words(lower) <= 5))
    {
        return Kind::Chrome("navigation or share prompt");
    }
    if share_bar(block) {
        return Kind::Chrome("navigation or share prompt");
    }
    if block.trim_end().ends_with("...") || block.trim_end().ends_with('…') || link_teaser(block)
    {
        return Kind::Chrome("teaser of another article");
    }
    // Sentences, or a long run of words even without final punctuation.
    if (words(block) >= 12 && ends_like_sentence(block)) || words(block) >= 25 {
        Kind::Content
    } else {
        Kind::Short
    }
}

/// A bar of buttons to share the page ("Share: X · Facebook · Email", "Share on Facebook
/// Share on X Email", "Copy link"), as a printed page keeps its labels: only the prompts and
/// the platforms' names, with "share" among them or two platforms at least.
fn share_bar(block: &str) -> bool {
    const PLATFORMS: &[&str] = &[
        "x",
        "facebook",
        "twitter",
        "email",
        "e-mail",
        "whatsapp",
        "linkedin",
        "telegram",
        "reddit",
        "bluesky",
        "mastodon",
        "threads",
        "print",
        "messenger",
        "pinterest",
    ];
    const PROMPTS: &[&str] = &[
        "share", "on", "via", "copy", "link", "this", "article", "tweet",
    ];
    let lower = block.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '·' | '|' | ':' | '•' | ',' | '/'))
        .filter(|w| !w.is_empty())
        .collect();
    let platforms = words.iter().filter(|w| PLATFORMS.contains(w)).count();
    !words.is_empty()
        && words.len() <= 12
        && words
            .iter()
            .all(|w| PLATFORMS.contains(w) || PROMPTS.contains(w))
        && (words.contains(&"share") || platforms >= 2)
}

/// "Read also: <another article's headline>", "See also: ...": a link to another article set
/// in a paragraph of its own, however long its headline; the prompt in the languages of
/// outlets that publish English editions too ("Baca juga:", "Lire aussi :", "Lesen Sie
/// auch:").
fn link_teaser(block: &str) -> bool {
    const PROMPTS: [&str; 25] = [
        "read also",
        "also read",
        "read more",
        "see also",
        "read next",
        "related",
        "related story",
        "related article",
        "more on this",
        "baca juga",
        "lihat juga",
        "lire aussi",
        "à lire aussi",
        "voir aussi",
        "lesen sie auch",
        "mehr zum thema",
        "lea también",
        "lee también",
        "leia também",
        "leia mais",
        "leggi anche",
        "lees ook",
        "läs även",
        "czytaj też",
        "ayrıca okuyun",
    ];
    let t = block.trim();
    let Some((prompt, headline)) = t.split_once(':') else {
        return false;
    };
    let prompt = prompt.trim().to_lowercase();
    PROMPTS.contains(&prompt.as_str()) && words(headline) <= 20 && !headline.contains(". ")
}

/// `Source » outlet`, `Source: outlet`.
fn source_line(block: &str) -> Option<String> {
    let t = block.trim();
    let lower = t.to_lowercase();
    for prefix in ["source »", "source:", "source ›", "source -", "via"] {
        if lower.starts_with(prefix) && words(t) <= 6 {
            return Some(t[prefix.len()..].trim().to_string()).filter(|s| !s.is_empty());
        }
    }
    None
}

/// A release's line of when it was published or updated ("Published 20 November 2026").
fn dated_line(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    ["published", "updated", "last updated", "posted"]
        .iter()
        .any(|p| lower.starts_with(p))
        && words(block) <= 8
        && block.chars().any(|c| c.is_ascii_digit())
}

/// Whether a block labels a person's or a body's other names ("Aliases:", "Also known as:"):
/// `Some(true)` where the names follow on its own line ("Aliases: A, B").
fn alias_label(block: &str) -> Option<bool> {
    const LABELS: [&str; 8] = [
        "aliases",
        "alias",
        "also known as",
        "a.k.a.",
        "aka",
        "other names",
        "known aliases",
        "names used",
    ];
    let (label, rest) = block.trim().split_once(':')?;
    LABELS
        .contains(&label.trim().to_lowercase().as_str())
        .then(|| !rest.trim().is_empty())
}

/// A line a social platform sets around a post that says nothing in words: a handle
/// ("@jane_roe"), a count ("311", "48.2K"), a separator ("·"), a short date ("Sep 25"), a
/// time ("9:14 AM"). A thread copied from a platform has several between each two posts.
fn post_furniture(block: &str) -> bool {
    let t = block.trim();
    let count = t
        .trim_end_matches(['K', 'M', 'k', 'm', 'B'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    let short_date = {
        let ws: Vec<String> = t
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        (2..=3).contains(&ws.len())
            && dates::month(&ws[0]).is_some()
            && ws[1..]
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_digit()))
    };
    !t.chars().any(char::is_alphabetic)
        || count
        || handle_line(t)
        || short_date
        || date_only(t)
        || time_only(t)
        || t.eq_ignore_ascii_case("views")
}

/// A message of a chat exported as text, opening on its date and time ("03/11/2026, 20:41 -
/// Jane Roe: ...", "[03.11.26, 20:41:05] Jane Roe: ..."), as messaging apps write it.
pub(crate) fn chat_message(block: &str) -> bool {
    let t = block.trim().trim_start_matches('[');
    let Some((date, rest)) = t.split_once([',', ' ']) else {
        return false;
    };
    let parts: Vec<&str> = date.split(['/', '.', '-']).collect();
    let date_ok = parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && parts[0].len() <= 4
        && parts[1].len() <= 2
        && parts[2].len() <= 4;
    let time = rest.trim_start().split([' ', ']']).next().unwrap_or("");
    let mut hm = time.split(':');
    let time_ok = matches!(
        (hm.next(), hm.next()),
        (Some(h), Some(m)) if (1..=2).contains(&h.len())
            && m.len() == 2
            && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
    );
    date_ok && time_ok
}

/// A platform's handle alone on a line ("@jane_roe").
pub(crate) fn handle_line(block: &str) -> bool {
    let t = block.trim();
    t.strip_prefix('@').is_some_and(|h| {
        !h.is_empty() && h.len() <= 30 && h.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// A post's author as a platform shows them over it: a display name of a few capitalised
/// words on its own line (the handle goes under it).
pub(crate) fn display_name(block: &str) -> bool {
    let t = block.trim();
    (1..=4).contains(&words(t))
        && !t.contains([':', '.', ',', '?', '!', ';', '@'])
        && t.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

/// A handle as a platform writes it: "@janeroe", or a federated server's "@jane_roe@example.social".
fn handle(token: &str) -> bool {
    let Some(h) = token.strip_prefix('@') else {
        return false;
    };
    let (user, server) = match h.split_once('@') {
        Some((user, server)) => (user, Some(server)),
        None => (h, None),
    };
    !user.is_empty()
        && user.len() <= 30
        && user
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        && server.is_none_or(|s| {
            s.contains('.')
                && s.len() <= 100
                && s.chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
        })
}

/// The sender a reply's attribution line names over the message it quotes, as mail programs
/// write it in their users' languages ("On Tue, 3 Nov 2026 at 10:02, Jane Roe <jane@example.org>
/// wrote:", Gmail's "On Thu, Nov 12, 2026 at 10:47 PM Jane Roe <...> wrote:", "Le 12/11/2026
/// à 22:47, Jane Roe a écrit :", "Am 03.11.2026 um 10:02 schrieb Jane Roe:"): the name's byte
/// range in the line, its address and quotes left out.
pub(crate) fn quoted_reply_sender(line: &str) -> Option<(usize, usize)> {
    // (Opening, verb) where the name comes last before the verb, after the date and a comma.
    const NAME_BEFORE_VERB: &[(&str, &str)] = &[
        ("On ", " wrote"),
        ("Le ", " a écrit"),
        ("El ", " escribió"),
        ("Em ", " escreveu"),
        ("Il ", " ha scritto"),
        ("Den ", " skrev"),
        ("Dne ", " napsal"),
    ];
    // (Opening, verb) where the name comes after the verb.
    const NAME_AFTER_VERB: &[(&str, &str)] = &[("Am ", " schrieb "), ("Op ", " schreef ")];
    let lead = line.len() - line.trim_start().len();
    let text = line.trim();
    let body = text.strip_suffix(':')?.trim_end();
    if body.len() > 300 {
        return None;
    }
    let (mut from, mut to) = (None, body.len());
    for (open, verb) in NAME_BEFORE_VERB {
        if let (true, Some(before)) = (body.starts_with(open), body.strip_suffix(verb)) {
            let mut start = before.rfind(", ").map(|k| k + 2)?;
            // Gmail's English: "Nov 12, 2026 at 10:47 PM Jane Roe": past the time.
            if let Some(at) = before[start..].find(" at ") {
                let rest = &before[start + at + 4..];
                let time = rest.split_whitespace().next().unwrap_or("");
                if time.contains(':') && time.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                    let mut k = start + at + 4 + rest.find(time).unwrap_or(0) + time.len();
                    let after = before[k..].trim_start();
                    for meridiem in ["AM ", "PM ", "am ", "pm ", "a.m. ", "p.m. "] {
                        if after.starts_with(meridiem) {
                            k = before.len() - after.len() + meridiem.len();
                        }
                    }
                    start = k;
                }
            }
            (from, to) = (Some(start), before.len());
            break;
        }
    }
    if from.is_none() {
        for (open, verb) in NAME_AFTER_VERB {
            if body.starts_with(open) {
                if let Some(k) = body.find(verb) {
                    from = Some(k + verb.len());
                }
            }
        }
    }
    let from = from?;
    // The address after the name ("<jane@example.org>", "[mailto:...]", "(jane@...)").
    let name = &body[from..to];
    if let Some(k) = name.find(['<', '[', '(']) {
        to = from + k;
    }
    let name = &body[from..to];
    let trimmed = name.trim().trim_matches(['"', '\'', ' ']);
    if trimmed.is_empty() || trimmed.contains('@') {
        return None;
    }
    let start = from + name.find(trimmed)?;
    Some((lead + start, lead + start + trimmed.len()))
}

/// A post's author as a federated platform shows them on one line: the display name, maybe
/// emoji after it, then the handle, maybe the post's time after a dot ("Jane Roe 🌍
/// @jane_roe@example.social", "Jane Roe @jane.example.social · Nov 30"). The display name's
/// end.
pub(crate) fn display_name_before_handle(line: &str) -> Option<usize> {
    let mut t = line.trim_end();
    if let Some((before, when)) = t.rsplit_once(" · ") {
        if words(when) <= 4 && when.chars().any(|c| c.is_ascii_digit()) {
            t = before.trim_end();
        }
    }
    let (before, last) = t.rsplit_once(char::is_whitespace)?;
    if !handle(last) {
        return None;
    }
    let name = before.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
    let lead = name.len() - name.trim_start().len();
    display_name(name).then_some(lead + name.trim_start().len())
}

/// A line that is only a date, as under a release's marker ("Thursday, November 20, 2026").
fn date_only(block: &str) -> bool {
    let ws: Vec<String> = block
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect();
    (2..=5).contains(&ws.len())
        && ws.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && ws.iter().all(|w| {
            dates::MONTHS.contains(&w.as_str())
                || dates::WEEKDAYS.contains(&w.as_str())
                // Or in the page's own language ("04 Aralık 2026 Cuma").
                || dates::month_in_any_language(w).is_some_and(|_| w.chars().count() >= 3)
                || dates::is_weekday_in_any_language(w)
                || ["st", "nd", "rd", "th", ""].iter().any(|s| {
                    w.strip_suffix(s)
                        .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
                })
        })
}

/// A place and the date a letter was signed on ("Stockholm, 2 June 2021", "Paris, le 3 mars
/// 2024", "Geneva, 12th May 2023"): a short place's name, a comma, a date alone.
pub(crate) fn place_and_date(block: &str) -> bool {
    let Some((place, date)) = block.trim().split_once(',') else {
        return false;
    };
    let date = date.trim();
    let date = ["den ", "le ", "am ", "on ", "the "]
        .iter()
        .find_map(|p| date.strip_prefix(p))
        .unwrap_or(date);
    (1..=3).contains(&words(place))
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && date_only(date)
}

/// A line of where and when a report was filed, its parts set apart by a separator
/// ("Jayapura, Tuesday 10 November 2026 | 14:05 WIT").
fn place_date_and_time(block: &str) -> bool {
    let parts: Vec<&str> = block.split(['|', '·']).map(str::trim).collect();
    (2..=3).contains(&parts.len())
        && parts.iter().any(|p| place_and_date(p))
        && parts
            .iter()
            .all(|p| place_and_date(p) || date_only(p) || time_only(p))
}

/// A signer's name alone on a line: two to four capitalised words and nothing else.
fn signer_name(block: &str) -> bool {
    let t = block.trim();
    !t.contains('\n')
        && name_shaped(t)
        && t.chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// A curriculum vitae's or a profile page's section heading ("Experience", "Education",
/// "Selected publications", "References"): three or more of them make a page a profile, whose
/// lines under them (who employed, taught, honoured or vouches for the person) are its text.
fn profile_section(block: &str) -> bool {
    const SECTIONS: [&str; 27] = [
        "about",
        "profile",
        "summary",
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "career",
        "education",
        "fellowships",
        "awards",
        "fellowships and awards",
        "awards and fellowships",
        "honours",
        "honors",
        "honours and awards",
        "awards and honours",
        "publications",
        "selected publications",
        "books",
        "references",
        "referees",
        "recommendations",
        "languages",
        "skills",
        "memberships",
        "affiliations",
    ];
    let t = block.trim().trim_end_matches(':').to_lowercase();
    SECTIONS.contains(&t.as_str())
}

/// A profile's head line under the person's name: their role, place and contacts set apart
/// by middle dots ("Investigative journalist · Berlin, Germany · jane@example.org").
fn profile_headline(block: &str) -> bool {
    let t = block.trim();
    t.contains(" · ") && words(t) <= 40 && !ends_like_sentence(t)
}

/// A government release's "From:" line naming the bodies that issued it.
fn publisher_line(block: &str) -> bool {
    let t = block.trim();
    t.strip_prefix("From:")
        .is_some_and(|rest| !rest.trim().is_empty() && words(rest) <= 30)
}

/// An event's or a call's line naming who holds it ("Organised by the Centre for X, Y
/// University, and ...", "Hosted by Z"), under its title: who made the document, as a
/// release's "From:" line says.
fn organisers_line(block: &str) -> bool {
    const OPENERS: [&str; 9] = [
        "Organised by ",
        "Organized by ",
        "Co-organised by ",
        "Co-organized by ",
        "Jointly organised by ",
        "Jointly organized by ",
        "Hosted by ",
        "Co-hosted by ",
        "Convened by ",
    ];
    let t = block.trim();
    OPENERS.iter().any(|o| {
        t.strip_prefix(o).is_some_and(|rest| {
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            rest.starts_with(char::is_uppercase) && words(rest) <= 40
        })
    })
}

/// A line of a release's header naming the body that issued it ("Department of Justice",
/// "Office of Public Affairs", "Committee on Foreign Affairs"): a short name with a body's
/// head word, every word capitalised but its connectors, no sentence punctuation.
fn issuer_line(line: &str) -> bool {
    // A bilingual header gives the name in each language ("Odsjek za odnose s javnošću /
    // Public Relations Office"): one side is enough.
    if let Some((first, second)) = line.split_once(" / ") {
        return issuer_line(first) || issuer_line(second);
    }
    let ws: Vec<&str> = line.split_whitespace().collect();
    let head = |w: &&str| words::org_head(&w.to_lowercase()).is_some();
    (2..=6).contains(&ws.len())
        && !line.contains(['.', '!', '?', ':', ',', '|'])
        && ws.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(*w, "of" | "the" | "and" | "for" | "on" | "&")
                // A French or Spanish name's connectors ("Confédération Africaine de
                // Cyclisme sur Route").
                || matches!(*w, "de" | "du" | "des" | "la" | "le" | "sur" | "pour" | "et" | "del")
        })
        // A body's name opens or closes on its head word, or has it before what the body is
        // of or on ("Joint Committee on Human Rights"); a headline's head word sits inside
        // ("Treasury Sanctions Iranian Network That Targets ...").
        && (ws.first().is_some_and(head)
            || ws.last().is_some_and(head)
            || ws
                .windows(2)
                .any(|p| head(&p[0]) && matches!(p[1].to_lowercase().as_str(), "of" | "on" | "for")))
}

/// A release's own header block: "FOR IMMEDIATE RELEASE" and its date, or a label of the
/// page's kind, alone or before its date ("Press release", "News · 31 March 2024").
fn release_marker(block: &str) -> bool {
    if let Some((first, second)) = block.split_once(" / ") {
        return release_marker(first) || release_marker(second);
    }
    let lower = block.trim().to_lowercase();
    let label = lower
        .split(['·', '|', '•', '—', '–'])
        .next()
        .unwrap_or("")
        .split(" of ")
        .next()
        .unwrap_or("")
        .trim();
    (lower.starts_with("for immediate release") && words(block) <= 10)
        || (words(block) <= 8
            && matches!(
                label,
                "press release"
                    | "news release"
                    | "media release"
                    | "news"
                    | "press statement"
                    | "statement"
                    | "official statement"
                    | "joint statement"
                    | "communiqué"
                    | "press communiqué"
            ))
}

/// A line that is only a time of day ("11:40", "14:30 CET").
pub(crate) fn time_only(block: &str) -> bool {
    let mut ws = block.split_whitespace();
    let time = ws.next().is_some_and(|t| {
        t.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        })
    });
    time && ws.all(|w| w.chars().all(|c| c.is_ascii_uppercase()) && w.len() <= 4)
}

/// A written question's number and date on a line of their own ("UIN 58213, tabled on 9
/// November 2026", "UIN HL1234").
fn question_number_line(line: &str) -> bool {
    let t = line.trim();
    t.strip_prefix("UIN ").is_some_and(|rest| {
        rest.split([',', ' '])
            .next()
            .is_some_and(|n| n.chars().any(|c| c.is_ascii_digit()))
            && words(rest) <= 8
    })
}

/// A line of the persons who wrote a parliamentary question or a paper, each with their group
/// in parentheses ("Jane Roe (Renew), Ana Lind (S&D)").
fn authors_line(block: &str) -> bool {
    let t = block.trim();
    !t.is_empty()
        && words(t) <= 24
        && t.split("), ").all(|part| {
            let Some((name, group)) = part.trim_end_matches(')').split_once(" (") else {
                return false;
            };
            let name_words: Vec<&str> = name.split_whitespace().collect();
            (2..=4).contains(&name_words.len())
                && name_words
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase))
                && (1..=3).contains(&words(group))
                && !group.contains(['(', ')'])
                // A group's name or acronym, not a note on the person ("Jane Roe (m. 2016)",
                // an encyclopedia's spouse with the year they married).
                && group.starts_with(char::is_uppercase)
                && !group.contains(|c: char| c.is_ascii_digit())
        })
}

/// A byline's part that holds its names, after its "By": what a separator adds is the date or
/// the reading time ("By Jane Doe | 2 May 2024", "By Jane Doe · 3 min read"), and so is what
/// follows a hyphen between spaces, as many outlets set it ("Yazar: Jane Roe - 04 Aralık 2026").
fn byline_names(rest: &str) -> &str {
    let names = rest.split(['|', '·', '•', '—', '–']).next().unwrap_or(rest);
    names.split(" - ").next().unwrap_or(names).trim()
}

fn byline(block: &str) -> Option<String> {
    let t = block.trim();
    // "By Jane Doe", or a label before the names ("Authors: Jane Doe, John Roe", "Written
    // by Jane Doe", as law firms' and think tanks' pages write them).
    let labelled = || {
        // A label in another language ("Автор: ...", "Auteur : ..."), before its colon.
        let foreign = t.split_once(':').and_then(|(label, rest)| {
            let label = label.trim().to_lowercase();
            (words::AUTHOR_LABELS.contains(&label.as_str())
                || (words::TEXT_LABELS.contains(&label.as_str()) && byline_date(t).is_some()))
            .then(|| rest.trim_start())
        });
        foreign.or_else(|| {
            [
                "written by ",
                "words by ",
                "interview by ",
                "interviewed by ",
                // A review's critic, under the book or the film it reviews.
                "reviewed by ",
                "review by ",
                // A reporter and an editor, as Indonesian and other outlets credit them
                // ("Reporter: Jane Roe | Editor: John Doe").
                "reporter:",
                "reporters:",
                "writer:",
            ]
            .iter()
            .find_map(|label| {
                t.get(..label.len())
                    .filter(|head| head.eq_ignore_ascii_case(label))
                    .map(|_| t[label.len()..].trim_start())
            })
            .or_else(|| {
                // The piece's kind before "by" ("An analysis by Jane Roe", "Commentary by
                // Jane Roe"), as think tanks and opinion pages set it.
                let (kind, names) = t.split_once(" by ")?;
                let kind = kind.to_lowercase();
                let kind = ["a ", "an "]
                    .iter()
                    .find_map(|a| kind.strip_prefix(a))
                    .unwrap_or(&kind);
                words::PIECE_KINDS
                    .contains(&kind)
                    .then(|| names.trim_start())
            })
        })
    };
    // "By" in the outlet's own language ("Par Jeanne Roe | Publié le ...", "Por ...", "Von
    // ..."): its names must all be capitalised, as a sentence opening on the word is not.
    let foreign_by = || {
        t.split_once(' ')
            .filter(|(by, _)| words::FOREIGN_BY.contains(by))
            .map(|(_, rest)| rest)
            .filter(|rest| {
                let names = byline_names(rest);
                (2..=5).contains(&words(names))
                    && names.split_whitespace().all(|w| {
                        w.starts_with(char::is_uppercase)
                            || matches!(w, "et" | "y" | "und" | "e" | "en")
                            || words::NAME_PARTICLES.contains(&w)
                    })
                    && names.starts_with(char::is_uppercase)
            })
    };
    // "Posted on 30 November 2026 by Jane Roe", as blogs set the date before the author.
    // Only the date and its label before "by", no sentence ("15 April 2023 - Fighting ...
    // led by ..." is a timeline's entry).
    let posted = || {
        let (date, names) = t.rsplit_once(" by ")?;
        let only_a_date = date.split_whitespace().all(|w| {
            let w = w.trim_matches([',', '.']).to_lowercase();
            matches!(w.as_str(), "posted" | "published" | "updated" | "on")
                || (!w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                || dates::month_in_any_language(&w).is_some()
                || dates::is_weekday_in_any_language(&w)
        });
        (only_a_date && (dates::written_date(date).is_some() || a_date(date.trim())))
            .then_some(names.trim())
    };
    let Some(rest) = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("by "))
        .or_else(labelled)
        .or_else(foreign_by)
        .or_else(posted)
    else {
        return byline_of_parts(t);
    };
    let mut names = byline_names(rest);
    // The writer's city after a comma ("By Jane Roe, Bern"): where they wrote, not a name.
    let without_city = words::without_city_after(names);
    if without_city.len() < names.len() && words(without_city) >= 2 {
        names = without_city.trim();
    }
    // A role and a body after a comma ("By Jane Doe, senior fellow, Centre for ..."), or the
    // body alone ("By Jane Roe, Institute for Security Policy"): the name before it.
    if let Some((who, after)) = names.split_once(',') {
        let after = after.trim_start();
        let role = words(names) > 5 && after.starts_with(char::is_lowercase);
        let body = (2..=4).contains(&words(who))
            && who
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && after.starts_with(char::is_uppercase)
            && after
                .split_whitespace()
                .any(|w| words::org_head(&w.to_lowercase()).is_some());
        if role || body {
            names = who.trim();
        }
    }
    // Several authors: capitalised names, commas and "and" only.
    let only_names = names.split_whitespace().all(|w| {
        w.starts_with(char::is_uppercase)
            || matches!(w, "and" | "&")
            || words::NAME_PARTICLES.contains(&w)
    });
    let short = words(names) <= 5 || (only_names && words(names) <= 12);
    // A body's legal form closing it ("Exile Watch e.V.", "Roe Consulting Ltd.") ends on a
    // full stop and no sentence.
    let legal_form = names.rsplit(' ').next().is_some_and(|last| {
        words::LEGAL_FORMS.contains(last.trim_end_matches('.').to_lowercase().as_str())
    });
    (!names.is_empty() && short && (legal_form || !ends_like_sentence(names)))
        .then(|| names.to_string())
}

/// A byline without "By", its parts set apart by separators: the page's kind, the author and
/// the date ("Research note · Jane Roe · 14 October 2026", "Jane Roe | 2 May 2024"). The
/// author's name: the one part of two to four capitalised words that name no body and no
/// place, beside a part that is only a date.
fn byline_of_parts(t: &str) -> Option<String> {
    let parts: Vec<&str> = t
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if !(2..=4).contains(&parts.len()) {
        return None;
    }
    let one_name = |p: &str| {
        let ws: Vec<&str> = p.split_whitespace().collect();
        (2..=4).contains(&ws.len())
            && ws.iter().all(|w| {
                let lower = w.to_lowercase();
                w.starts_with(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                    && w.chars().any(char::is_lowercase)
                    && words::org_head(&lower).is_none()
                    && !words::looks_like_common_noun(&lower)
                    && !words::TITLES.contains(lower.as_str())
                    // ("Sunday Bulletin · 29 November 2026" is a bulletin's kind and date.)
                    && !words::is_calendar(&lower)
            })
            && words::places().get(p).is_none()
    };
    // A name may be given in two scripts, one after the other ("Нургуль Асанова / Nurgul
    // Asanova"), as bilingual outlets credit their writers.
    let a_name = |p: &str| p.split(" / ").count() <= 2 && p.split(" / ").all(one_name);
    let others_short = |name: &str| {
        parts
            .iter()
            .filter(|p| **p != name)
            .all(|p| a_date(p) || words(p) <= 3)
    };
    // The part "by" opens, the rest short ("Weekly briefing · No. 212 · by Jane Roe"), a date
    // among them or not.
    let by: Vec<&str> = parts
        .iter()
        .filter_map(|p| p.strip_prefix("by ").or_else(|| p.strip_prefix("By ")))
        // Or several names ("By Jane Roe and John Doe", "By A, B and C").
        .filter(|names| {
            names
                .split(" and ")
                .flat_map(|n| n.split(", "))
                .all(|name| a_name(name.trim()))
        })
        .collect();
    if let [name] = by[..] {
        let others_short = parts
            .iter()
            .filter(|p| !p.ends_with(name))
            .all(|p| a_date(p) || words(p) <= 3);
        if others_short {
            return Some(name.to_string());
        }
    }
    if !parts.iter().any(|p| a_date(p)) {
        return None;
    }
    match parts.iter().filter(|p| a_name(p)).collect::<Vec<_>>()[..] {
        [name] if others_short(name) => Some(name.to_string()),
        _ => None,
    }
}

/// A byline's part that is its date: written out ("2 May 2024"), or in figures with the time
/// after it ("14.11.2026 18:40", "2026-11-14"), as outlets in much of Europe and Asia print it.
fn a_date(part: &str) -> bool {
    date_only(part) || numeric_date_and_time(part).is_some()
}

/// A date in figures, a time after it or not ("14.11.2026 18:40"): the date, as YYYY-MM-DD.
fn numeric_date_and_time(part: &str) -> Option<String> {
    let mut ws = part.split_whitespace();
    // ("02.12.2026, 09:15": a comma before the time.)
    let date = ws.next()?.trim_end_matches(',');
    let time_ok = ws.next().is_none_or(time_only) && ws.next().is_none();
    let in_figures = date.chars().filter(char::is_ascii_digit).count() >= 6
        && date
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '/'));
    (time_ok && in_figures)
        .then(|| vigil_model::dates::parse_calendar_date(date.trim_end_matches('.')))
        .flatten()
}

/// The date a byline gives beside its names ("Jane Roe | 2 May 2024", "14.11.2026 18:40 |
/// Jane Roe"), as YYYY-MM-DD: the page's date where its metadata gives none.
fn byline_date(block: &str) -> Option<String> {
    block
        .split(['|', '·', '•'])
        .flat_map(|part| part.split(" - "))
        .map(str::trim)
        .find_map(|part| {
            numeric_date_and_time(part).or_else(|| {
                date_only(part)
                    .then(|| vigil_model::dates::parse_calendar_date(part))
                    .flatten()
                    // A month in the page's own language ("04 Aralık 2026 Cuma, 10:42").
                    .or_else(|| dates::written_date(part))
            })
        })
}

/// A line naming a person and their role, set above a transcript or a statement as its
/// byline ("Daniel Reyes, Deputy Department Spokesperson"): the person's name.
fn name_and_role(block: &str) -> Option<&str> {
    // Or the role first, as briefing notes head themselves ("Spokesperson for the High
    // Commissioner: Jane Roe").
    if let Some((role, name)) = block.trim().rsplit_once(": ") {
        let a_role = words(role) <= 12
            && role.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "spokesperson" | "spokesman" | "spokeswoman" | "briefer" | "speaker"
                )
            });
        if a_role && name_shaped(name) {
            return Some(name);
        }
    }
    let (name, role) = block.trim().split_once(", ")?;
    let a_role = words(role) <= 8
        && !ends_like_sentence(role)
        && role.split_whitespace().any(|w| {
            let w = w.trim_end_matches(',').to_lowercase();
            words::TITLES.contains(w.as_str()) || words::is_appositive_role(&w)
        });
    (name_shaped(name) && a_role).then_some(name)
}

/// Two to four words, each a capital and then some small letters ("Jane Roe", "Mira
/// Solt-Haugland"): shaped as a person's name written on a line of its own.
fn name_shaped(name: &str) -> bool {
    (2..=4).contains(&words(name))
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
}

/// How long ago a post or a gift was made, as a page prints it beside its author ("3 d", "1
/// wk", "2 wks", "5 hours ago").
pub(crate) fn age_part(part: &str) -> bool {
    let p = part.trim().trim_end_matches(" ago");
    let digits = p.chars().take_while(char::is_ascii_digit).count();
    let unit = p[digits..].trim().trim_end_matches('.');
    digits >= 1
        && matches!(
            unit,
            "s" | "m"
                | "min"
                | "mins"
                | "minutes"
                | "h"
                | "hr"
                | "hrs"
                | "hour"
                | "hours"
                | "d"
                | "day"
                | "days"
                | "w"
                | "wk"
                | "wks"
                | "week"
                | "weeks"
                | "mo"
                | "mos"
                | "month"
                | "months"
                | "y"
                | "yr"
                | "yrs"
                | "year"
                | "years"
        )
}

/// Who a post, a comment or a gift is by, as the first of a line's parts set apart by dots
/// ("Jane Roe · 3 d"): a name of two to four words, or "Anonymous".
pub(crate) fn poster(part: &str) -> bool {
    let p = part.trim();
    p == "Anonymous" || name_shaped(p)
}

/// A post's or a comment's header over its text: its author and when, set apart by dots
/// ("Update 2 · 28 October 2026 · by Jane Roe", "Jane Roe · 3 d").
fn post_header(block: &str) -> bool {
    let parts: Vec<&str> = block.split(" · ").collect();
    (2..=4).contains(&parts.len())
        && words(block) <= 12
        && !ends_like_sentence(block)
        && (parts
            .iter()
            .any(|p| p.trim().strip_prefix("by ").is_some_and(poster))
            || (poster(parts[0]) && parts.last().is_some_and(|p| age_part(p))))
}

/// A gift on a fundraiser's list: who gave, how much, when ("Jane Roe · $25 · 3 d").
pub(crate) fn gift_line(block: &str) -> bool {
    let parts: Vec<&str> = block.split(" · ").collect();
    (2..=3).contains(&parts.len())
        && poster(parts[0])
        && parts[1..].iter().any(|p| {
            let p = p.trim();
            p.starts_with(['$', '€', '£', '¥'])
                && p[p.chars().next().map_or(0, char::len_utf8)..]
                    .starts_with(|c: char| c.is_ascii_digit())
        })
        && (parts.len() == 2 || parts.get(2).is_some_and(|p| age_part(p)))
}

/// A picture's credit closing a block: "Photo: Jane Doe", "Image: Agency Name", opening the
/// block or after a sentence, a few words with no sentence after them, perhaps in parentheses
/// ("... the Moei river. (Photo: Salween Times)"). The caption before it and the credit.
fn picture_credit(block: &str) -> Option<(&str, &str)> {
    const LABELS: [&str; 7] = [
        "Photo: ",
        "Photograph: ",
        "Image: ",
        "Picture: ",
        "Illustration: ",
        "Credit: ",
        "Photo credit: ",
    ];
    // (Every label ends on ": ", which most paragraphs lack: one search rules them out.)
    let at = if block.contains(": ") {
        LABELS.iter().filter_map(|l| block.rfind(l)).max()
    } else {
        None
    };
    let Some(at) = at else {
        return agency_slash_credit(block);
    };
    let before = block[..at].trim_end();
    let (caption, credit) = match before.strip_suffix('(') {
        Some(caption) if block.trim_end().ends_with(')') => {
            (caption, block[at..].trim_end().trim_end_matches(')'))
        }
        _ => (before, &block[at..]),
    };
    let opens =
        before.is_empty() || before.ends_with(['.', '|', '/', ')']) || caption.len() < before.len();
    let short = words(credit) <= 7 && !credit.trim_end().ends_with(['.', '!', '?']);
    (opens && short).then(|| (caption.trim_end(), credit))
}

/// A caption closed by its credit as agencies write it, who owns the picture and who took
/// it joined by a slash in parentheses ("... in Bogor. (AP Photo/Jane Roe)", "(ANTARA
/// FOTO/Jane Roe)", "(Reuters/Jane Roe)"): the caption and the credit.
fn agency_slash_credit(block: &str) -> Option<(&str, &str)> {
    let t = block.trim_end();
    let open = t.strip_suffix(')')?.rfind('(')?;
    let credit = &t[open + 1..t.len() - 1];
    let (owner, author) = credit.split_once('/')?;
    // Capitalised words, a surname's particle among them ("Robin van Lonkhuijsen").
    let part_ok = |p: &str| {
        (1..=5).contains(&words(p))
            && p == p.trim()
            && p.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || words::NAME_PARTICLES.contains(&w)
            })
            && p.starts_with(char::is_uppercase)
    };
    let caption = t[..open].trim_end();
    // A caption before it, closed as a sentence is; not a name's reading ("Roe (AP/Doe)").
    let closed = caption.ends_with(['.', '!', '?', '"', '”']) && words(caption) >= 3;
    (closed && part_ok(owner) && part_ok(author) && !author.contains('/'))
        .then_some((caption, credit))
}

/// A headline with the date it was published after a dash ("Department Press Briefing -
/// November 18, 2026"): the headline alone.
fn without_trailing_date(block: &str) -> &str {
    [" - ", " – ", " — ", " | "]
        .iter()
        .filter_map(|d| block.rsplit_once(d))
        .find(|(_, date)| date_only(date))
        .map_or(block, |(head, _)| head.trim_end())
}

/// `London, 6 August – On June 30, ...`: the place and date before the dash.
fn dateline(first: &str) -> Option<String> {
    let (head, _) = first
        .split_once(['–', '—'])
        .or_else(|| first.split_once(" - "))?;
    let head = head.trim();
    let (place, date) = head.split_once(',')?;
    let place_ok = !place.is_empty()
        && words(place) <= 3
        && place.chars().next().is_some_and(char::is_uppercase);
    let date_ok = date.chars().any(|c| c.is_ascii_digit()) && words(date) <= 4;
    (place_ok && date_ok).then(|| head.to_string())
}

/// A dateline on a line of its own, its agency in parentheses ("New Delhi, Oct 18 (PTI)"):
/// the agency, if so.
fn dateline_alone(line: &str) -> Option<&str> {
    let t = line.trim();
    let (head, agency) = t.strip_suffix(')')?.rsplit_once(" (")?;
    let (place, date) = head.split_once(", ")?;
    let place_ok = (1..=3).contains(&words(place))
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase));
    let date_ok = (1..=4).contains(&words(date)) && date.chars().any(|c| c.is_ascii_digit());
    let agency_ok = (1..=3).contains(&words(agency)) && agency.starts_with(char::is_uppercase);
    (place_ok && date_ok && agency_ok).then_some(agency)
}

/// Where a case's caption sets its parties apart with "v" ("THE KING / v / JANE ROE"): the
/// line of "v" itself.
fn versus_line(block: &str) -> bool {
    matches!(
        block.trim().trim_matches('-').trim(),
        "v" | "v." | "V" | "V." | "vs" | "vs." | "against"
    )
}

/// A sentence and a contact after it ("The tracker is kept by Jane Roe. Corrections:
/// desk@example.org"): the sentence, which ends the text as any closing sentence does.
fn sentence_before_a_contact(block: &str) -> Option<&str> {
    let (sentence, tail) = block.rsplit_once(". ")?;
    let (label, address) = tail.split_once(": ")?;
    (words(sentence) >= 4
        && label.split_whitespace().count() <= 3
        && label.starts_with(char::is_uppercase)
        && !address.contains(' ')
        && (address.contains('@') || address.starts_with("http") || address.starts_with("www.")))
    .then_some(sentence)
}

/// "COUNT ONE", "COUNT 2", "COUNTS THREE THROUGH FIVE": a charging paper's count heading.
fn count_heading(block: &str) -> bool {
    let mut parts = block.split_whitespace();
    matches!(parts.next(), Some("COUNT" | "COUNTS"))
        && block.split_whitespace().count() <= 5
        && parts.all(|w| {
            w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        })
}

/// A line closing on a party's role in a case's caption ("JANE DOE, Defendants.",
/// "Appellant", "Claimant").
fn party_role_line(block: &str) -> bool {
    let lower = block.trim_end_matches(['.', ',', ':']).to_lowercase();
    let last = lower.rsplit([' ', ',']).next().unwrap_or("");
    // The role in parentheses after the party's name ("ACME LIMITED (Defendants)").
    let bracketed = last.starts_with('(') && last.ends_with(')');
    let last = last.trim_matches(['(', ')']);
    (words(block) <= 4 || (bracketed && words(block) <= 12))
        && (last == "accused" || words::PARTY_ROLES.contains(&last))
}

/// The labels of an English judgment's header, alone on their lines: "Before:" over the
/// judges, "Between:" over the parties.
fn judgment_label(block: &str) -> Option<&'static str> {
    match block
        .trim()
        .trim_end_matches(':')
        .trim_end()
        .to_lowercase()
        .as_str()
    {
        "before" => Some("before"),
        "between" => Some("between"),
        _ => None,
    }
}

/// A line of an English judgment's header naming who argued for a party: "For the
/// Appellant: Ms Jane Roe KC (instructed by X)", "Special Advocates: Mr John Doe KC".
fn counsel_line(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    words(block) <= 40
        && (block.contains("(instructed by")
            || (lower.starts_with("for the ") && block.contains(':'))
            || lower.starts_with("special advocate"))
}

/// A court's or a tribunal's name heading a judgment ("SPECIAL IMMIGRATION APPEALS
/// COMMISSION", "IN THE HIGH COURT OF JUSTICE"): short, no field or sentence punctuation.
fn court_line(block: &str) -> bool {
    words(block) <= 9
        && !block.contains([':', '.', ',', '?', '!'])
        && block.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "court" | "tribunal" | "commission" | "division" | "chamber"
            )
        })
}

/// A judge's name as they sign: two to four capitalised words, initials among them ("M.
/// Keane", "Anna K. Roe").
fn judge_s_name(block: &str) -> bool {
    let t = block.trim();
    let initial = |w: &str| {
        w.strip_suffix('.')
            .is_some_and(|l| l.chars().count() == 1 && l.chars().all(char::is_uppercase))
    };
    (2..=4).contains(&words(t))
        && t.split_whitespace().all(|w| {
            initial(w)
                || (w.starts_with(char::is_uppercase)
                    && w.chars().skip(1).any(char::is_lowercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'')))
        })
        && t.split_whitespace().any(|w| !initial(w))
}

/// A judge's office under their signature: the office and the court it is of ("Judge of the
/// Upper Tribunal", "Deputy Judge of the High Court").
fn judge_of_a_court(block: &str) -> bool {
    let lower = block.trim().to_lowercase();
    [
        "judge of ",
        "deputy judge of ",
        "justice of ",
        "president of ",
        "member of ",
        "registrar of ",
    ]
    .iter()
    .any(|office| lower.starts_with(office))
        && court_line(block)
}

/// A book's publisher, its length and price, as a review gives them ("Tarsk Press, 296 pp.,
/// $25"): a short line with a page count.
fn publication_line(block: &str) -> bool {
    let t = block.trim();
    words(t) <= 14
        && t.split(", ").any(|part| {
            let part = part.trim();
            part.strip_suffix(" pp.")
                .or_else(|| part.strip_suffix(" pp"))
                .or_else(|| part.strip_suffix(" pages"))
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        })
}

/// A book's author or translator over its publisher's line ("by Jane Roe", "Translated from
/// Arabic by John Doe", "Edited by ...").
fn book_credit(block: &str) -> bool {
    let t = block.trim();
    let lower = t.to_lowercase();
    words(t) <= 10
        && !ends_like_sentence(t)
        && (lower.starts_with("by ")
            || ["translated ", "edited ", "illustrated ", "introduced "]
                .iter()
                .any(|w| lower.starts_with(w) && lower.contains(" by ")))
}

/// A judge signing a judgment by their style and name alone on a line ("Mr Justice Roe",
/// "Her Honour Judge Pryce").
fn judge_signature(block: &str) -> bool {
    const STYLES: [&str; 8] = [
        "mr justice ",
        "mrs justice ",
        "ms justice ",
        "lord justice ",
        "lady justice ",
        "his honour judge ",
        "her honour judge ",
        "judge ",
    ];
    let t = block.trim();
    let lower = t.to_lowercase();
    STYLES.iter().any(|style| {
        lower.starts_with(style) && {
            // (Lower-casing may change a text's length: the rest is taken where it can be.)
            let rest = t.get(style.len()..).unwrap_or("");
            (1..=3).contains(&words(rest))
                && rest.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                })
        }
    })
}

/// The line between a judgment's parties ("and", "- and -", "-v-").
fn parties_joiner(block: &str) -> bool {
    let t = block.trim().trim_matches('-').trim();
    t.eq_ignore_ascii_case("and") || versus_line(block)
}

/// A caption's parties set one to a line under its "v" line, their aliases on lines of their
/// own, down to their role ("RAFAT ROE, / a/k/a \"Rafo,\" and / JANE DOE, / Defendants."):
/// one block, so the names and their aliases are read as the one sentence they are, not as
/// lines of capitals with no sign what they name. An English judgment's parties under its
/// "Between:" ("JANE ROE / Claimant / - and - / ACME LTD / Defendant") are one block too,
/// each party set apart from its role by a comma.
fn join_caption_parties(blocks: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        out.push(blocks[i].clone());
        let short = |k: usize| words(&blocks[k]) <= 12;
        if versus_line(&blocks[i]) {
            let end = (i + 1..blocks.len().min(i + 16))
                .take_while(|&k| short(k))
                .find(|&k| party_role_line(&blocks[k]));
            if let Some(end) = end.filter(|&e| e >= i + 2) {
                out.push(blocks[i + 1..=end].join(" "));
                i = end + 1;
                continue;
            }
        } else if judgment_label(&blocks[i]) == Some("between") {
            // Party, role, joiner, party, role, ...: up to the last role with a joiner above
            // its party.
            let mut end = None;
            let mut k = i + 1;
            while k < blocks.len().min(i + 24) && short(k) {
                // (A role alone on its line closes the party above it; one in parentheses
                // closes its own line's.)
                if party_role_line(&blocks[k]) && (k > i + 1 || words(&blocks[k]) >= 2) {
                    end = Some(k);
                    if k + 1 < blocks.len() && parties_joiner(&blocks[k + 1]) {
                        k += 2;
                        continue;
                    }
                    break;
                }
                k += 1;
            }
            if let Some(end) = end {
                let mut joined = String::new();
                for (n, b) in blocks[i + 1..=end].iter().enumerate() {
                    let joiner = parties_joiner(b);
                    if n > 0 {
                        joined.push_str(if joiner {
                            ", "
                        } else if joined.ends_with(" and") {
                            " "
                        } else {
                            ", "
                        });
                    }
                    joined.push_str(if joiner {
                        "and"
                    } else {
                        b.trim().trim_end_matches(',')
                    });
                }
                out.push(joined);
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// A block without the marks an encyclopedia or a footnoted paper sets against its words: a
/// note's number in brackets glued to the word or stop before it ("... Security.[4] Amnesty
/// ..."), "[citation needed]", a heading's "[edit]". Left in, a mark glues two sentences
/// into one token, and the names on either side into one. A bracketed number after a space
/// is left alone: it is a law report's year or a note opening its line ("[2019] EWCA").
fn without_note_marks(block: &str) -> String {
    let mut out = String::with_capacity(block.len());
    let mut rest = block;
    while let Some(open) = rest.find('[') {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let glued = out.chars().next_back().is_some_and(|c| !c.is_whitespace());
        // (A mark is short: the closing bracket is looked for in its first characters only,
        // so a page of brackets costs no more than its length.)
        let inner_end = from
            .char_indices()
            .take(24)
            .find(|&(_, c)| c == ']')
            .map(|(i, _)| i);
        let mark = inner_end.and_then(|e| {
            let inner = &from[1..e];
            let numbered =
                (1..=3).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_digit());
            let lettered = inner.len() == 1 && inner.chars().all(|c| c.is_ascii_lowercase());
            let editorial = matches!(inner, "citation needed" | "edit" | "clarification needed");
            ((glued && (numbered || lettered)) || editorial).then_some(e)
        });
        match mark {
            Some(e) => {
                if !glued {
                    // "Early life [edit]": the space before the mark goes with it.
                    let trimmed = out.trim_end().len();
                    out.truncate(trimmed);
                }
                rest = &from[e + 1..];
            }
            None => {
                out.push('[');
                rest = &from[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Clean a page given as blocks (paragraphs in page order).
pub(crate) fn clean_blocks(blocks: Vec<String>) -> CleanDoc {
    clean_blocks_keeping(blocks, false)
}

/// As [`clean_blocks`]; with `whole`, every block but chrome is the text, wherever the main
/// text's run would end (a message's body: its sign-off, signature and quoted reply are the
/// writers' own, not a page's furniture around an article).
fn clean_blocks_keeping(blocks: Vec<String>, whole: bool) -> CleanDoc {
    // A release's "From:" line is a line of its own, whatever follows it in its paragraph
    // ("Published 20 November 2026"): joined, the last body's name would run into the next
    // line's first word.
    let blocks: Vec<String> = blocks
        .into_iter()
        .flat_map(|b| match b.trim_start().strip_prefix("From:") {
            Some(_) if b.trim().contains('\n') => {
                let t = b.trim();
                let (first, rest) = t.split_once('\n').unwrap_or((t, ""));
                vec![first.to_string(), rest.to_string()]
            }
            // A written question's header as a parliament's site prints it, a field to a
            // line ("Chad: Dissidents" / "Question for Home Office" / "UIN 123, tabled on
            // ..."): each its own block, so the department it was put to can be told apart.
            _ if b.trim().lines().count() >= 2
                && b.trim().lines().any(|l| l.starts_with("Question for "))
                && b.trim().lines().any(question_number_line) =>
            {
                b.trim().lines().map(str::to_string).collect()
            }
            // A release's header of issuing bodies, one to a line: each its own block, or
            // the names would run into one.
            _ if b.trim().contains('\n') && b.trim().lines().all(issuer_line) => {
                b.trim().lines().map(str::to_string).collect()
            }
            // Fields one to a line ("Director: Jane Roe" / "Producers: John Doe, Ali Reza" /
            // "Editor: ..."), as a film's credits or a form sets them out in one paragraph,
            // three or more of them opening it: each line its own block, or a name would run
            // into the next label.
            _ if b.trim().lines().next().is_some_and(field_line)
                && b.trim().lines().filter(|l| field_line(l)).count() >= 3 =>
            {
                b.trim().lines().map(str::to_string).collect()
            }
            _ => vec![b],
        })
        .collect();
    // The signatories under a letter's "Signed," one to a line ("Jane Roe, journalist"): each
    // line its own block, or a name would run into the role above it.
    let mut split: Vec<String> = Vec::with_capacity(blocks.len());
    for b in blocks {
        let one_per_line = split.last().is_some_and(|prev| signatures_open(prev))
            && b.trim().lines().count() >= 2
            && b.trim()
                .lines()
                .all(|l| words(l) <= 8 && !ends_like_sentence(l));
        if one_per_line {
            split.extend(b.trim().lines().map(str::to_string));
        } else {
            split.push(b);
        }
    }
    let blocks: Vec<String> = split
        .into_iter()
        .map(|b| without_note_marks(&one_line(&b)))
        .filter(|b| !b.is_empty())
        .collect();
    let blocks = join_caption_parties(blocks);
    // A picture's credit closing a caption ("... the original. Image: Open Source Watch")
    // names who took or owns the picture, not someone the report is about.
    let mut credits = Vec::new();
    // Which blocks are a picture's caption (a credit closed them).
    let mut captions: Vec<bool> = Vec::new();
    let blocks: Vec<String> = blocks
        .into_iter()
        .filter_map(|b| match picture_credit(&b) {
            Some((caption, credit)) => {
                credits.push(credit.to_string());
                let caption = caption.to_string();
                (!caption.is_empty()).then(|| {
                    captions.push(true);
                    caption
                })
            }
            None => {
                captions.push(false);
                Some(b)
            }
        })
        .collect();
    let mut source = None;
    let mut by = None;
    let mut by_date = None;
    let mut kinds: Vec<Kind> = Vec::with_capacity(blocks.len());
    // A court's docket as its case system prints it: its entries are the text however short
    // ("06/11/2026 4 Arrest of Jane Roe in Miami."), and its case header above them (the
    // court, the judge, the parties, their aliases and lawyers) says who the case is about.
    let docket = blocks.iter().filter(|b| docket_entry(b)).count() >= 3;
    // So is a court's list of the day's cases ("KB-2026-001874 Jane Roe v Minister", "Before
    // MR JUSTICE ROE"): who is heard, by whom, however short its lines.
    let cause_list = blocks.iter().filter(|b| listed_case(b)).count() >= 2;
    // So are a programme's sessions by their times ("09:45 – 11:00 Panel 1: ..."), and the
    // speakers set under them.
    let programme = blocks.iter().filter(|b| programme_slot(b)).count() >= 3;
    // A curriculum vitae or a profile page, by its sections ("Experience", "Education",
    // "References").
    let profile = blocks.iter().filter(|b| profile_section(b)).count() >= 3;
    // A reviewed book's details, as a review sets them over its text ("by Jane Roe" /
    // "Translated from Arabic by John Doe" / "Tarsk Press, 296 pp., $25"): its author, its
    // translator and its publisher, not the review's byline.
    let mut book = vec![false; blocks.len()];
    for (i, b) in blocks.iter().enumerate() {
        if !publication_line(b) {
            continue;
        }
        book[i] = true;
        for k in (i.saturating_sub(3)..i).rev() {
            if !book_credit(&blocks[k]) {
                break;
            }
            book[k] = true;
        }
    }
    for (i, b) in blocks.iter().enumerate() {
        if book[i] {
            kinds.push(Kind::Short);
        } else if (docket && docket_entry(b))
            || (programme && programme_slot(b))
            || (cause_list && (listed_case(b) || b.trim_start().starts_with("Before ")))
        {
            kinds.push(Kind::Content);
        } else if let Some(s) = source_line(b) {
            source = Some(s);
            kinds.push(Kind::Chrome("source attribution (kept as source)"));
        } else if let Some(n) = byline(b) {
            by = Some(n);
            by_date = by_date.or_else(|| byline_date(b));
            kinds.push(Kind::Chrome("byline (kept as byline)"));
        } else {
            kinds.push(classify(b));
        }
    }
    // The main text: the run with the most content words, where short blocks (headings,
    // one-line paragraphs) may sit between content blocks but chrome may not.
    let mut runs: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        if kinds[i] != Kind::Content {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut score = 0;
        let mut j = i;
        while j < blocks.len() && !matches!(kinds[j], Kind::Chrome(_)) {
            if kinds[j] == Kind::Content {
                end = j;
                score += all_words(&blocks[j]);
            }
            j += 1;
        }
        runs.push((start, end, score));
        i = j.max(i + 1);
    }
    let mut best: Option<(usize, usize, usize)> = None;
    let mut best_run = 0;
    for (r, run) in runs.iter().enumerate() {
        if best.is_none_or(|b| run.2 > b.2) {
            best = Some(*run);
            best_run = r;
        }
    }
    // Chrome set inside the article (a "Related" list, a share prompt, a "Read also" link
    // between paragraphs) breaks it in two: the runs on either side of a short interruption of
    // short blocks are one article, the interruption left out.
    let mut skipped: Vec<usize> = Vec::new();
    if let Some((start, end, _)) = best.as_mut() {
        // A post's furniture (a handle, counts, a date) is not counted: a thread copied from a
        // platform sets several lines of it between each two posts.
        // The interruption is its chrome and the teasers' titles under it; short blocks on
        // either side of that (a table, a list the text opens with a colon, a caption) are
        // the article's, as they would be with no chrome among them. What is left out: None
        // where the blocks between are no interruption.
        let interruption = |from: usize, to: usize| -> Option<std::ops::Range<usize>> {
            let chrome = |k: usize| matches!(kinds[k], Kind::Chrome(_));
            let first = (from..to).find(|&k| chrome(k))?;
            let last = (from..to).rev().find(|&k| chrome(k))?;
            let mut end = last + 1;
            while end < to
                && end - last <= 8
                && words(&blocks[end]) <= 12
                && !blocks[end].trim_end().ends_with(':')
                && !ends_like_sentence(&blocks[end])
            {
                end += 1;
            }
            let core = first..end;
            let ok = core
                .clone()
                .filter(|&k| !post_furniture(&blocks[k]))
                .count()
                <= 8
                && to - from <= 60
                && core.end - core.start <= 24
                && (from..to).all(|k| kinds[k] != Kind::Content)
                && core
                    .clone()
                    .all(|k| words(&blocks[k]) <= 12 || link_teaser(&blocks[k]) || chrome(k));
            ok.then_some(core)
        };
        // What is left out of an interruption: its chrome and teasers, and a post's furniture
        // (a handle, counts, a date) on either side of them.
        let blocks_ref = &blocks;
        let left_out = |from: usize, to: usize, core: std::ops::Range<usize>| {
            (from..to).filter(move |k| core.contains(k) || post_furniture(&blocks_ref[*k]))
        };
        let substantial = |run: &(usize, usize, usize)| run.2 >= 30;
        let mut r = best_run;
        while r > 0 && substantial(&runs[r - 1]) {
            let Some(core) = interruption(runs[r - 1].1 + 1, *start) else {
                break;
            };
            skipped.extend(left_out(runs[r - 1].1 + 1, *start, core));
            *start = runs[r - 1].0;
            r -= 1;
        }
        let mut r = best_run;
        // The next post's author over it ("Jane Roe" / "@janeroe" / "·" / "Sep 25"): the
        // thread goes on, however short the post.
        let author_over = |from: usize, next: usize| {
            (from..next).rev().find(|&k| {
                k + 1 < next
                    && display_name(&blocks[k])
                    && handle_line(&blocks[k + 1])
                    && (k + 2..next).all(|j| post_furniture(&blocks[j]))
            })
        };
        while r + 1 < runs.len()
            && (substantial(&runs[r + 1]) || author_over(*end + 1, runs[r + 1].0).is_some())
        {
            let Some(core) = interruption(*end + 1, runs[r + 1].0) else {
                break;
            };
            // The author is the text's, as the first post's is.
            let next = runs[r + 1].0;
            match author_over(*end + 1, next) {
                Some(author) => skipped.extend(*end + 1..author),
                None => skipped.extend(left_out(*end + 1, next, core)),
            }
            *end = runs[r + 1].1;
            r += 1;
        }
    }
    // A cause list's courts over its first sitting ("ROYAL COURTS OF JUSTICE", "KING'S BENCH
    // DIVISION"), its title and date left out.
    if let Some((start, _, _)) = best.as_mut().filter(|_| cause_list) {
        let court = |b: &str| court_line(b) || b.contains("COURTS OF");
        if let Some(first) = (start.saturating_sub(6)..*start)
            .find(|&k| court(&blocks[k]) && (k..*start).all(|j| kinds[j] == Kind::Short))
        {
            skipped.extend((first..*start).filter(|&k| !court(&blocks[k])));
            *start = first;
        }
    }
    // The docket's case header above its first entry, but for the labels of its fields.
    if let Some((start, _, _)) = best.as_mut().filter(|_| docket) {
        if let Some(first) = (0..*start).find(|&k| docket_case_header(&blocks[k])) {
            skipped.extend((first..*start).filter(|&k| docket_field_label(&blocks[k])));
            *start = first;
        }
    }
    // Short sentences closing the article ("He denies the charges.", a one-line last
    // paragraph) are its text, up to the first block that is not a sentence.
    if let Some((_, end, _)) = best.as_mut() {
        // A note's number, a paragraph's number or an item's bullet before it ("[1] R v Roe
        // [2026] EWCA Crim 12.", "8. You may go down.", "- Stop all returns.") is no part of
        // it: the notes under an article cite its sources and name its parties, and a
        // numbered judgment or a statement's demands end on such lines.
        let closing_sentence = |k: usize| {
            k < blocks.len()
                && kinds[k] == Kind::Short
                && (ends_like_sentence(&blocks[k])
                    || sentence_before_a_contact(&blocks[k]).is_some())
                && words(&blocks[k]) >= 4
                && blocks[k][item_marker_len(&blocks[k])..]
                    .trim_start_matches(['"', '“', '‘', '\'', '('])
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                && !closing_chrome(sentence_before_a_contact(&blocks[k]).unwrap_or(&blocks[k]))
        };
        // An item of a list the text opens with a colon ("We call on the authorities to:"),
        // however short: the list is what the sentence says.
        let list_item = |k: usize| {
            k < blocks.len()
                && kinds[k] == Kind::Short
                && item_marker_len(&blocks[k]) > 0
                && blocks[k].len() > item_marker_len(&blocks[k])
                && !closing_chrome(&blocks[k])
                && (blocks[k - 1].trim_end().ends_with(':') || item_marker_len(&blocks[k - 1]) > 0)
        };
        // A heading over them ("Notes to editors", "Background") with them.
        let heading = |k: usize| {
            kinds[k] == Kind::Short
                && words(&blocks[k]) <= 4
                && !ends_like_sentence(&blocks[k])
                && !blocks[k].ends_with([':', ',', ';'])
                && blocks[k].starts_with(char::is_uppercase)
                && !closing_chrome(&blocks[k])
        };
        // A chat's later messages, each on its date and time as the text's last one: short
        // or not, they are the chat (a link, "I can do it this weekend").
        let chat_message_after = |k: usize| {
            k < blocks.len()
                && !matches!(kinds[k], Kind::Chrome(_))
                && chat_message(&blocks[k])
                && chat_message(&blocks[k - 1])
        };
        // A profile's entries under their heading after its text ("Experience" / "Reporter —
        // Tarsk Daily · 2012–2017", "Education" / "University of X — BA, 2011",
        // "Recommendations" / "\"Careful.\" — Jane Roe, editor"): where someone worked and
        // who vouches for them, a line each, a dash between who or what and the rest.
        let profile_entry = |k: usize| {
            k < blocks.len()
                && kinds[k] == Kind::Short
                && words(&blocks[k]) <= 30
                && (blocks[k].contains(" — ") || blocks[k].contains(" – "))
                && !closing_chrome(&blocks[k])
                && (blocks[k].starts_with(['"', '“'])
                    || blocks[k]
                        .split(|c: char| !c.is_ascii_digit())
                        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20"))))
        };
        // Posts after the text, each under its author's name and when ("Update 2 · 28
        // October 2026 · by Jane Roe", "Jane Roe · 3 d"), as a fundraiser's updates and words
        // of support or a blog's comments are set out; and a fundraiser's gifts, a line each
        // ("Jane Roe · $25 · 3 d"): who wrote and who gave, as a byline and signatures name.
        let post = |k: usize| {
            k + 1 < blocks.len()
                && post_header(&blocks[k])
                && (kinds[k + 1] == Kind::Content || closing_sentence(k + 1))
        };
        let gift = |k: usize| k < blocks.len() && kinds[k] == Kind::Short && gift_line(&blocks[k]);
        // An entry under a profile's section: a line of its own, not the page's chrome nor
        // another heading.
        let profile_item = |k: usize| {
            k < blocks.len()
                && !matches!(kinds[k], Kind::Chrome(_))
                && words(&blocks[k]) <= 40
                && !closing_chrome(&blocks[k])
                && !profile_section(&blocks[k])
                && (!heading(k) || blocks[k].contains(','))
        };
        loop {
            if closing_sentence(*end + 1)
                || list_item(*end + 1)
                || chat_message_after(*end + 1)
                || profile_entry(*end + 1)
                || gift(*end + 1)
            {
                *end += 1;
            } else if post(*end + 1) {
                *end += 2;
            } else if *end + 2 < blocks.len() && heading(*end + 1) && post(*end + 2) {
                *end += 3;
            } else if *end + 2 < blocks.len()
                && heading(*end + 1)
                && (closing_sentence(*end + 2) || profile_entry(*end + 2) || gift(*end + 2))
            {
                *end += 2;
            } else if profile
                && *end + 2 < blocks.len()
                && profile_section(&blocks[*end + 1])
                && profile_item(*end + 2)
            {
                // A profile's later sections, each with its entries however set out
                // ("Selected publications" / "\"Title\", Outlet, 2025", "References" /
                // "Jane Roe, editor, Tarsk Daily").
                let mut k = *end + 2;
                while k < blocks.len() && k <= *end + 40 && profile_item(k) {
                    k += 1;
                }
                *end = k - 1;
            } else {
                break;
            }
        }
        // A letter's signatures: a "Signatories" heading or a valediction and the names
        // under it (organisations one to a line, "Individual signatories: Name, University").
        // They name who wrote the letter, as a byline does, up to the page's chrome.
        // (A diplomatic letter's closing formula ends its text, the signers' names and
        // offices under it: "Please accept, Excellency, the assurances of our highest
        // consideration.", as UN special procedures and embassies close.)
        if *end + 1 < blocks.len()
            && (signatures_open(&blocks[*end + 1]) || closing_formula(&blocks[*end]))
        {
            let mut k = *end + 1;
            while k < blocks.len()
                && k <= *end + 200
                && !matches!(kinds[k], Kind::Chrome(_))
                && !closing_chrome(&blocks[k])
                && !contacts_open(&blocks[k])
                && (kinds[k] == Kind::Short || signatures_open(&blocks[k]))
            {
                k += 1;
            }
            *end = k - 1;
        }
        // A judgment's or a release's signatures, one "Name, Office" to a line ("Jane Roe,
        // Deputy Registrar") or a judge by their style ("Mr Justice Roe"): who signed it, as a
        // byline names who wrote it.
        while *end + 1 < blocks.len()
            && kinds[*end + 1] == Kind::Short
            && (name_and_role(&blocks[*end + 1]).is_some()
                || judge_signature(&blocks[*end + 1])
                || office_signature(&blocks[*end + 1]))
        {
            *end += 1;
        }
        // A judge's signature over their office and the court's chamber ("M. Keane" /
        // "Judge of the Upper Tribunal" / "Immigration and Asylum Chamber"): who decided.
        if *end + 2 < blocks.len()
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && judge_s_name(&blocks[*end + 1])
            && judge_of_a_court(&blocks[*end + 2])
        {
            *end += 2;
            if *end + 1 < blocks.len()
                && !matches!(kinds[*end + 1], Kind::Chrome(_))
                && court_line(&blocks[*end + 1])
            {
                *end += 1;
            }
        }
        // A statement's sign-off by the body that issued it ("Embassy of the Republic of
        // Tarsk in Velden"): who speaks, as a byline says who wrote.
        if *end + 1 < blocks.len()
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && body_signature(&blocks[*end + 1])
        {
            *end += 1;
        }
        // A letter's or an official answer's close: the place and date it was signed on a
        // line, then the signer's name on one of its own ("Stockholm, 2 June 2021" / "Jane
        // Roe"): who wrote it, as a byline says, and where and when (the reader knows the
        // signer by the line above).
        if *end + 2 < blocks.len()
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && place_and_date(&blocks[*end + 1])
            && signer_name(&blocks[*end + 2])
        {
            *end += 2;
        }
        // A notice's signer, their name over their office and body, each closed by a comma
        // ("Jane Roe," / "Director, Office of Tarsk Affairs," / "U.S. Department of ...."):
        // who signed it.
        if *end + 2 < blocks.len()
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && blocks[*end + 1]
                .trim()
                .strip_suffix(',')
                .is_some_and(name_with_initials)
            && office_over_its_body(&blocks[*end + 2])
        {
            *end += 2;
            let next = blocks.get(*end + 1).map_or("", |b| b.trim());
            let body = next
                .strip_prefix("U.S. ")
                .unwrap_or(next)
                .trim_end_matches('.');
            if body_signature(body) {
                *end += 1;
            }
        }
        // A decision's or a treaty's close, where and when it was made ("Done in Lyon, 15
        // October 2026."), over its signer's name and office ("Jane ROE" / "Chairperson of
        // the Chamber"): who signed it.
        if *end + 1 < blocks.len()
            && done_formula(&blocks[*end])
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && formula_signature(&blocks[*end + 1])
        {
            *end += 1;
        }
        // A letter to an editor signed with the writer's name on a line and their office and
        // body on the next ("Jane Roe" / "President, Tarsk Exiles' Association"): who wrote
        // it and for whom.
        if *end + 2 < blocks.len()
            && !matches!(kinds[*end + 1], Kind::Chrome(_))
            && signer_name(&blocks[*end + 1])
            && office_and_body(&blocks[*end + 2])
        {
            *end += 2;
        }
        // A release's press contacts ("Press contacts", "Contact", "Media enquiries: ...")
        // name the office and the officer who speak for it: the heading and its short lines
        // are the text's, past a few lines of related links between, up to the page's chrome.
        if let Some(heading) = (*end + 1..blocks.len().min(*end + 6))
            .find(|&k| contacts_open(&blocks[k]) && !matches!(kinds[k], Kind::Chrome(_)))
        {
            skipped.extend(*end + 1..heading);
            let mut k = heading + 1;
            while k < blocks.len()
                && k <= heading + 8
                && kinds[k] == Kind::Short
                && !closing_chrome(&blocks[k])
                && !contacts_open(&blocks[k])
            {
                k += 1;
            }
            *end = k - 1;
        }
        // The credit lines that close it name its reporters: they are its text too, past a
        // rule of punctuation set above them ("___", as AP writes it), which is not.
        loop {
            let mut k = *end + 1;
            while k < blocks.len() && separator_line(&blocks[k]) {
                k += 1;
            }
            if k >= blocks.len() || !credit_line(&blocks[k]) {
                break;
            }
            skipped.extend(*end + 1..k);
            *end = k;
        }
        // The agency of a dateline on its own line, alone on the text's last line ("PTI"), as
        // Indian wires close: its credit, not chrome.
        let agency = (0..=*end).find_map(|k| dateline_alone(&blocks[k]));
        if *end + 1 < blocks.len() && agency.is_some_and(|a| blocks[*end + 1].trim() == a) {
            *end += 1;
        }
    }
    // A byline right above the text is kept in it too (and as the author): the names it
    // gives are the people who wrote the report.
    let mut first_content = None;
    if let Some((start, _, _)) = best.as_mut() {
        // A sentence's opening line set apart above it, ending on a comma ("In the case of
        // X v. Y," over a judgment's first paragraph), is the text's.
        if *start > 0
            && kinds[*start - 1] == Kind::Short
            && words(&blocks[*start - 1]) <= 25
            && blocks[*start - 1].trim_end().ends_with(',')
            && blocks[*start - 1].starts_with(char::is_uppercase)
        {
            *start -= 1;
        }
        // A dateline on its own line right above the first paragraph ("New Delhi, Oct 18
        // (PTI)") opens the text, its agency with it; so does a channel's post's line naming
        // who first published it ("Forwarded from Jane Roe").
        if *start > 0
            && (dateline_alone(&blocks[*start - 1]).is_some()
                || forwarded_from(&blocks[*start - 1]).is_some())
        {
            *start -= 1;
        }
        // A post's author over it, as a platform shows them: the display name, the handle
        // under it ("Jane Roe" / "@janeroe"): who wrote it, as a byline names.
        if *start >= 2 && handle_line(&blocks[*start - 1]) && display_name(&blocks[*start - 2]) {
            *start -= 2;
        }
        // A case's caption above the text names its parties ("THE KING / v / JANE ROE",
        // "UNITED STATES OF AMERICA / - v. - / JANE ROE, Defendant."): from the party before
        // the "v" down to the text.
        if let Some(v) = (start.saturating_sub(10)..*start)
            .rev()
            .take_while(|&k| kinds[k] == Kind::Short)
            .find(|&k| versus_line(&blocks[k]))
        {
            if v > 0 && kinds[v - 1] == Kind::Short {
                *start = v - 1;
            }
        }
        // An English judgment's header above its first paragraph: the court, "Before:" and
        // the judges, "Between:" and the parties, who argued for each ("For the Appellant:
        // Ms Jane Roe KC (instructed by ...)"). Who decided, between whom and who argued are
        // named there; its fields (case number, date, citation), labels and headings are left
        // out.
        let header_top = (start.saturating_sub(40)..*start)
            .rev()
            .take_while(|&k| kinds[k] == Kind::Short)
            .last();
        if let Some(top) = header_top {
            if (top..*start).any(|k| judgment_label(&blocks[k]).is_some()) {
                let mut under = None;
                let mut kept: Vec<usize> = Vec::new();
                for k in top..*start {
                    let b = &blocks[k];
                    let keep = if let Some(label) = judgment_label(b) {
                        under = Some(label);
                        false
                    } else if let Some(judges) = b.trim().strip_prefix("Before:") {
                        // The judges on the label's line ("Before: MRS JUSTICE ROE").
                        under = None;
                        !judges.trim().is_empty() && words(judges) <= 24
                    } else if counsel_line(b) {
                        under = None;
                        true
                    } else if b.contains(':') {
                        under = None;
                        false
                    } else {
                        match under {
                            // The court, and its division under it, over the labels.
                            None => court_line(b) && kept.iter().all(|&j| court_line(&blocks[j])),
                            Some("before") => words(b) <= 10 && !ends_like_sentence(b),
                            _ => {
                                party_role_line(b.rsplit(", ").next().unwrap_or(""))
                                    && b.contains(", ")
                            }
                        }
                    };
                    if keep {
                        kept.push(k);
                    }
                }
                if let Some(&first) = kept.first() {
                    skipped.extend((first..*start).filter(|k| !kept.contains(k)));
                    *start = first;
                }
            }
        }
        // A hearing's header above its transcript: who held it ("HEARING BEFORE THE
        // SUBCOMMITTEE ON ... / COMMITTEE ON ... / HOUSE OF REPRESENTATIVES", "Foreign Affairs
        // Committee") and who sat ("Members present: Jane Roe (Chair); John Doe"). Its title,
        // date and reference lines are left out.
        let header_top = (start.saturating_sub(12)..*start)
            .rev()
            .take_while(|&k| kinds[k] == Kind::Short)
            .last();
        if let Some(top) = header_top {
            if (top..*start).any(|k| hearing_header_line(&blocks[k])) {
                let kept: Vec<usize> = (top..*start)
                    .filter(|&k| hearing_header_line(&blocks[k]) || committee_line(&blocks[k]))
                    .collect();
                if let Some(&first) = kept.first() {
                    skipped.extend((first..*start).filter(|k| !kept.contains(k)));
                    *start = first;
                }
            }
        }
        first_content = Some(*start);
        // The byline may sit over a heading or a date line ("Authors: ...", the date, "Key
        // Takeaways"): those are left out. A line of a person and their role over the place
        // and time of a briefing names its speaker the same way.
        // A picture's caption is furniture too, whatever its length: the picture sits
        // between the byline and the text.
        let furniture = |k: usize| {
            // ("Washington, D.C." ends on a full stop, and is no sentence.)
            (captions[k]
                || dated_line(&blocks[k])
                || place_date_and_time(&blocks[k])
                || (kinds[k] == Kind::Short
                    && words(&blocks[k]) <= 5
                    && (words(&blocks[k]) <= 3 || !ends_like_sentence(&blocks[k])))
                || share_bar(&blocks[k]))
                && byline(&blocks[k]).is_none()
                && name_and_role(&blocks[k]).is_none()
        };
        // A letter's address and salutation above its text ("To: H.E. ...", "Cc: ...",
        // "Dear Minister,", "Excellency,"): the addressee is named there.
        while *start > 0
            && first_content.is_some_and(|f| f - *start < 6)
            && !matches!(kinds[*start - 1], Kind::Chrome(_))
            && letter_head(&blocks[*start - 1])
        {
            *start -= 1;
        }
        let mut k = *start;
        while k > 0 && *start - k < 3 && furniture(k - 1) {
            k -= 1;
        }
        let over = (k..*start).collect::<Vec<_>>();
        if k > 0 && by.is_some() && byline(&blocks[k - 1]).is_some() {
            skipped.extend(over);
            *start = k - 1;
            // The reviewed book's details over a review's byline.
            while *start > 0 && book[*start - 1] {
                *start -= 1;
            }
        } else if k > 0 && by.is_none() {
            if let Some(name) = name_and_role(&blocks[k - 1]) {
                by = Some(name.to_string());
                skipped.extend(over);
                *start = k - 1;
            }
        }
        // So is a release's line of the bodies that published it ("From: Home Office and HM
        // Treasury"), over a date line or the text's first heading too.
        let first_heading = |k: usize| {
            kinds[k] == Kind::Short && words(&blocks[k]) <= 8 && !ends_like_sentence(&blocks[k])
        };
        // An event's organisers over its call's date lines and first heading ("Organised by
        // ..." / "Deadline for abstracts: 15 February 2027" / "---" / "Rationale"): their line
        // is the text's, the lines between are not.
        let organisers = (start.saturating_sub(5)..*start).rev().find(|&j| {
            organisers_line(&blocks[j])
                && (j + 1..*start).all(|k| {
                    dated_line(&blocks[k]) || first_heading(k) || separator_line(&blocks[k])
                })
        });
        if let Some(j) = organisers {
            skipped.extend(j + 1..*start);
            *start = j;
        } else if *start > 0 && publisher_line(&blocks[*start - 1]) {
            *start -= 1;
        } else if *start > 1
            && (dated_line(&blocks[*start - 1]) || first_heading(*start - 1))
            && publisher_line(&blocks[*start - 2])
        {
            *start -= 2;
        } else {
            // And a release's header of issuing bodies above its "FOR IMMEDIATE RELEASE"
            // and date ("Department of Justice / Office of Public Affairs"), or above its
            // kind, date and time ("Council of the EU / Press release / 15 July 2025 /
            // 11:40", a share prompt under them), the marker left out.
            let mut k = *start;
            let mut markers = Vec::new();
            let mut marked = false;
            while k > 0 {
                let b = &blocks[k - 1];
                let marker = release_marker(b)
                    || dated_line(b)
                    || date_only(b)
                    || time_only(b)
                    || place_and_date(b)
                    || reference_line(b)
                    || postal_address_line(b.trim());
                // A statement's title right over its text, under its date ("Statement of
                // the Executive Committee on the safety of ..."): the text's, kept.
                // An official paper's, that is: a reference number among the lines over it
                // (a release's headline is left out, as its header's other lines are).
                let title = k == *start
                    && kinds[k - 1] == Kind::Short
                    && words(b) <= 30
                    && !ends_like_sentence(b)
                    && b.starts_with(char::is_uppercase)
                    && b.chars().any(char::is_lowercase)
                    && k >= 2
                    && (place_and_date(&blocks[k - 2])
                        || dated_line(&blocks[k - 2])
                        || date_only(&blocks[k - 2]))
                    && (k.saturating_sub(5)..k - 1).any(|j| reference_line(&blocks[j]));
                if title {
                    k -= 1;
                    continue;
                }
                // The release's headline in capitals right over its text ("EXTRADITION OF
                // ... NOT ALLOWED"), under its number and date.
                let headline = k == *start
                    && kinds[k - 1] == Kind::Short
                    && words(b) <= 14
                    && !ends_like_sentence(b)
                    && !b.chars().any(char::is_lowercase);
                // The document's kind and subject between its issuer and its date ("Joint
                // Committee on X / Oral evidence: Y, HC 1124 / Wednesday 21 October 2026"), as
                // a committee's transcript or a ministry's notice heads itself.
                let kind_under_issuer = marked
                    && kinds[k - 1] == Kind::Short
                    && !issuer_line(b)
                    && words(b) <= 14
                    && !ends_like_sentence(b)
                    && k >= 2
                    && issuer_line(&blocks[k - 2]);
                let marker = marker || kind_under_issuer;
                if !marker && !headline && !matches!(kinds[k - 1], Kind::Chrome(_)) {
                    break;
                }
                marked |= marker;
                markers.push(k - 1);
                k -= 1;
            }
            let mut top = k;
            while top > 0 && issuer_line(&blocks[top - 1]) {
                top -= 1;
            }
            // A header, not a lone line that could be any label above the text: the release's
            // marker under it, or two bodies' lines.
            if top < k && (marked || k - top >= 2) {
                *start = top;
                skipped.extend(markers);
            }
        }
        // The authors of a parliamentary question, each with their group, over its reference
        // lines ("Question for written answer ...", "Rule 144"): they are who asked, as a
        // byline names who wrote; the lines between are left out.
        if let Some(k) = (start.saturating_sub(6)..*start)
            .rev()
            .take_while(|&k| kinds[k] == Kind::Short)
            .find(|&k| authors_line(&blocks[k]))
        {
            skipped.extend(k + 1..*start);
            *start = k;
        }
        // A paper's authors over its abstract, each with the mark of an affiliation ("Jane
        // Roe* and Ali Reza†"), the affiliations under them ("* Department of X, University
        // of Y"): who wrote it and where they work, as a byline says.
        if let Some(k) = (start.saturating_sub(8)..*start)
            .rev()
            .find(|&k| marked_authors_line(&blocks[k]))
        {
            *start = k;
        }
        // An email's header over its text ("From: Jane Roe <jane@...>", "Sent: ...", "To:
        // ...", "Cc: ...", "Subject: ..."), as a mail client prints or forwards it: who wrote
        // to whom, as a byline names who wrote. Only a header with its sender's line.
        let mut k = *start;
        while k > 0 && *start - k < 8 && email_header_line(&blocks[k - 1]) {
            k -= 1;
        }
        if *start - k >= 2 && (k..*start).any(|j| blocks[j].trim_start().starts_with("From:")) {
            *start = k;
        }
        // A written question's asker over its text ("Asked by Lord Roe of Tarsk"), as a
        // byline names who wrote, and the department it was put to above that ("Question
        // for Home Office / UIN HL1234, tabled on ..."): who asked whom.
        if *start > 0
            && kinds[*start - 1] == Kind::Short
            && blocks[*start - 1].starts_with("Asked by ")
        {
            *start -= 1;
            // (Its number and date between them are left out.)
            let numbered = *start > 1
                && kinds[*start - 1] == Kind::Short
                && question_number_line(&blocks[*start - 1]);
            let above = if numbered { *start - 1 } else { *start };
            if above > 0
                && kinds[above - 1] == Kind::Short
                && blocks[above - 1].starts_with("Question for ")
            {
                skipped.extend(above..*start);
                *start = above - 1;
            }
        }
        // A profile's other names above its text ("Aliases:" and the names, as a wanted
        // notice or a designation page sets them out): the names are the text's, the fields
        // between (a description table, a heading) are not.
        let mut k = *start;
        while k > 0 && *start - k < 48 && kinds[k - 1] == Kind::Short {
            k -= 1;
            let Some(inline) = alias_label(&blocks[k]) else {
                continue;
            };
            let names = if inline { k } else { k + 1 };
            if names < *start {
                skipped.extend(names + 1..*start);
                *start = k;
            }
            break;
        }
        // A live page's or an explainer's key points over its text ("Key points" / "Four men
        // are on trial ..."), past the first update's time ("17:48"): what the page says, in
        // short. The heading and the times between are left out.
        let mut k = *start;
        while k > 0 && *start - k < 2 && (time_only(&blocks[k - 1]) || dated_line(&blocks[k - 1])) {
            k -= 1;
        }
        let mut j = k;
        while j > 0
            && k - j < 10
            && !matches!(kinds[j - 1], Kind::Chrome(_))
            && words(&blocks[j - 1]) >= 4
            && !key_points_heading(&blocks[j - 1])
        {
            j -= 1;
        }
        if j < k && j > 0 && key_points_heading(&blocks[j - 1]) {
            skipped.extend(k..*start);
            *start = j;
        }
        // A thread's first post's author over it, as a federated platform shows them ("Jane
        // Roe 🌍 @jane@example.social", the post's time between): who wrote, as a byline
        // says; the later posts' author lines are inside the text already.
        if let Some(k) = (start.saturating_sub(3)..*start)
            .rev()
            .find(|&k| display_name_before_handle(&blocks[k]).is_some())
        {
            let stamp = |b: &str| {
                let b = b.trim();
                date_only(b)
                    || time_only(b)
                    || (words(b) <= 3 && b.chars().any(|c| c.is_ascii_digit()) && b.len() <= 24)
            };
            if (k + 1..*start).all(|j| stamp(&blocks[j])) {
                skipped.extend(k + 1..*start);
                *start = k;
            }
        }
        // A profile's or a CV's head: the person's name on a line of its own over their
        // headline ("Jane Roe" / "Investigative journalist · Berlin · jane@example.org"):
        // whom the page is about, as a byline says who wrote. The lines between are not.
        if profile {
            if let Some(k) = (start.saturating_sub(8)..start.saturating_sub(1)).find(|&k| {
                signer_name(&blocks[k])
                    && profile_headline(&blocks[k + 1])
                    && (k..*start).all(|j| kinds[j] != Kind::Content)
            }) {
                skipped.extend(k + 1..*start);
                *start = k;
            }
        }
        // A meeting's record or transcript headed by the body whose session it is ("UN
        // HUMAN RIGHTS COUNCIL, 61ST SESSION", "General Assembly - 79th session"): who held
        // it, as a byline says who wrote. The lines between (the title, the room, the date,
        // a captioner's notice) are left out.
        if let Some(k) = (start.saturating_sub(12)..*start).find(|&k| session_header(&blocks[k])) {
            skipped.extend(k + 1..*start);
            *start = k;
        }
        // A decision headed by the body that gives it, in capitals over the decision's kind
        // ("COMMISSION FOR THE CONTROL OF ... (CCF)" / "DECISION ON APPLICATION No. ..."): who
        // decided, as a byline says who wrote. The lines between are left out.
        if let Some(k) = (start.saturating_sub(8)..start.saturating_sub(1)).find(|&k| {
            issuer_heading(&blocks[k])
                && document_kind_heading(&blocks[k + 1])
                && (k..*start).all(|j| kinds[j] != Kind::Content)
        }) {
            skipped.extend(k + 1..*start);
            *start = k;
        }
        // A court docket's head over its entries ("CRIMINAL DOCKET FOR CASE #: ...", the
        // judges assigned, each party and the counsel who represent them, as an electronic
        // filing system prints it): who the case is about and who acts in it, as a byline
        // says who wrote. Kept from the caption down; the lines that name no one (addresses,
        // telephone numbers, mail, designations, counts and dispositions) are left out.
        if let Some(caption) = (0..*start).find(|&k| docket_caption(&blocks[k])) {
            let head = caption..*start;
            if head.clone().any(|k| blocks[k].trim() == "represented by") {
                skipped.extend(head.clone().filter(|&k| !docket_head_names(&blocks[k])));
                *start = caption;
                // The court's name over the caption ("U.S. District Court" / "Eastern
                // District of Virginia"), the lines between left out.
                if let Some(court) = (caption.saturating_sub(3)..caption)
                    .find(|&k| blocks[k].split_whitespace().any(|w| w == "Court"))
                {
                    skipped.extend(court + 1..=caption);
                    *start = court;
                }
            }
        }
        // A bulletin's or a programme's head, from the page's top down to its text: who holds
        // which office and who leads which part ("Senior Pastor: Rev. Jane Roe", "Sermon
        // ...... Rev. John Doe"), under the body's name. The document's own, where nothing
        // but such short lines stands above the text and three of them or more name someone.
        let head = 0..*start;
        if *start <= 24
            && head.clone().all(|k| kinds[k] == Kind::Short)
            && head.clone().filter(|&k| named_field(&blocks[k])).count() >= 3
        {
            *start = 0;
        }
    }
    // A charging paper's count headings and the offence each names ("COUNT ONE" over
    // "(Use of Interstate Commerce Facilities in the Commission of Murder-for-Hire)"): the
    // paper's structure, in capitalised words a reader would take for bodies' names.
    for k in 0..blocks.len().saturating_sub(1) {
        if count_heading(&blocks[k]) {
            skipped.push(k);
            let next = blocks[k + 1].trim();
            if next.starts_with('(') && next.ends_with(')') && words(next) <= 20 {
                skipped.push(k + 1);
            }
        }
    }
    let mut dropped = Vec::new();
    let mut text_blocks: Vec<&str> = Vec::new();
    for (k, b) in blocks.iter().enumerate() {
        let inside = (whole && !matches!(kinds[k], Kind::Chrome(_)))
            || (best.is_some_and(|(s, e, _)| k >= s && k <= e) && !skipped.contains(&k));
        match (inside, kinds[k]) {
            (true, _) => text_blocks.push(b),
            (false, Kind::Chrome(why)) => dropped.push((b.clone(), why.to_string())),
            (false, _) => dropped.push((b.clone(), "outside the main text".to_string())),
        }
    }
    dropped.extend(
        credits
            .into_iter()
            .map(|c| (c, "picture credit".to_string())),
    );
    let dateline = first_content.and_then(|k| dateline(&blocks[k]));
    CleanDoc {
        text: text_blocks.join("\n\n"),
        source,
        byline: by,
        dateline,
        dropped,
        title: None,
        url: None,
        published: by_date,
    }
}

/// Clean a plain-text page: paragraphs are separated by blank lines (or, in text with no blank
/// lines, by line breaks).
pub fn clean_text(raw: &str) -> CleanDoc {
    clean_text_keeping(raw, false)
}

/// As [`clean_text`]; with `whole`, every block but chrome is kept (see
/// [`clean_blocks_keeping`]).
fn clean_text_keeping(raw: &str, whole: bool) -> CleanDoc {
    let raw = raw.replace("\r\n", "\n");
    let (raw, running_headers) = without_running_headers(&raw);
    let blocks: Vec<String> = if raw.contains("\n\n") {
        raw.split("\n\n").map(str::to_string).collect()
    } else {
        wrapped_runs(&raw)
    };
    // Inside a block, a line that is itself chrome (a share prompt under a paragraph) splits it.
    let mut out = Vec::new();
    for b in blocks.iter().flat_map(|b| paragraphs_by_indent(b)) {
        // Lines that are not one paragraph wrapped at a width (a heading under a live blog's
        // time stamp, a stack of short menu lines) are blocks of their own: joined, the last
        // word of one would run into the first of the next as one name.
        if !wrapped_paragraph(&b) {
            out.extend(b.lines().map(str::to_string));
            continue;
        }
        let mut current = String::new();
        for line in b.lines() {
            // So does a byline under a headline with no blank line between ("By ... |
            // Brussels | 26 May 2023"), or an outlet's line of fields ("Surrey Now-Leader |
            // Updated Nov. 21"): joined, the headline would run into them as prose.
            if !current.is_empty()
                && (matches!(classify(line), Kind::Chrome(_))
                    || source_line(line).is_some()
                    || byline(line).is_some()
                    || name_and_role(line).is_some()
                    || dateline_alone(line).is_some()
                    || field_line(line)
                    || line.contains(" | "))
            {
                out.push(std::mem::take(&mut current));
                out.push(line.to_string());
                continue;
            }
            if !current.is_empty() && !rejoin_hyphenated(&mut current, line) {
                current.push('\n');
            }
            current.push_str(line);
        }
        out.push(current);
    }
    // A headline written on the line right above the first paragraph, with no blank line
    // between, where paragraphs are one line each (not wrapped): its own block, not the
    // paragraph's first words.
    if let Some(first) = out.iter().position(|b| !b.trim().is_empty()) {
        let block = out[first].clone();
        let mut lines = block.lines();
        if let (Some(top), Some(next)) = (lines.next(), lines.next()) {
            if is_headline(top.trim()) && next.chars().count() > 120 {
                let rest = block[top.len()..].trim_start_matches('\n').to_string();
                out[first] = top.to_string();
                out.insert(first + 1, rest);
            }
        }
    }
    // The headline among the page's opening lines: past a kicker ("PRESS RELEASES",
    // "Analysis") and a release's header block, before the first paragraph of prose.
    let headline = out
        .iter()
        .map(|b| b.trim())
        .filter(|b| !b.is_empty())
        .take(4)
        .take_while(|b| !b.ends_with('.'))
        .filter(|b| !is_kicker(b))
        .map(without_trailing_date)
        .find(|b| is_headline(b))
        .map(str::to_string);
    let mut doc = clean_blocks_keeping(out, whole);
    // A headline opening a text page is its title, whether or not it was kept as text.
    doc.title = headline;
    doc.dropped.extend(
        running_headers
            .into_iter()
            .map(|h| (h, "running page header".to_string())),
    );
    doc
}

/// A word a PDF's text broke across two lines with a hyphen ("threat-" / "ened", "Kowal-" /
/// "ski", "Abdul-" / "Rahman"): the next line goes on the same word, so no line break is put
/// between them (true when `current` was made ready for it). The hyphen goes where the word
/// goes on in small letters, as a syllable, unless what came before is a prefix written with
/// one ("non-criminal", "ex-minister"); it stays before a capital, as in a name.
pub(crate) fn rejoin_hyphenated(current: &mut String, next: &str) -> bool {
    let Some(before) = current.strip_suffix('-') else {
        return false;
    };
    let word_before = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let Some(first) = next.chars().next() else {
        return false;
    };
    if word_before.is_empty() || !first.is_alphabetic() {
        return false;
    }
    const PREFIXES: &[&str] = &[
        "non", "anti", "pro", "ex", "co", "self", "pre", "post", "counter", "semi", "cross",
        "well", "half", "vice", "so", "pan", "neo", "mid", "all",
    ];
    let syllable = first.is_lowercase() && !PREFIXES.contains(&word_before.to_lowercase().as_str());
    if syllable {
        current.pop();
    }
    true
}

/// A page's running header or footer in text taken from a PDF ("R v Roe - Judgment    Page 2
/// of 9", "Case 1:24-cr-00123 Document 45 Filed 06/01/24 Page 3 of 40"): a short line with a
/// page number that comes back on two pages or more with only its numbers changed. Such lines
/// are left out (and said so), or they would cut the text's paragraphs and read as names
/// ("Sentencing Remarks Page 2"). The text without them, and the lines left out.
fn without_running_headers(raw: &str) -> (String, Vec<String>) {
    let shape = |line: &str| -> Option<String> {
        // Most lines have no page number: they fail here, unallocated.
        let bytes = line.as_bytes();
        let says_page = bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"page"));
        let last = bytes.iter().rev().find(|b| !b.is_ascii_whitespace());
        if !bytes.iter().any(u8::is_ascii_digit)
            || !(says_page || matches!(last, Some(b')' | b'-' | b'0'..=b'9')))
        {
            return None;
        }
        let t = one_line(line);
        let lower = t.to_lowercase();
        let paged = (lower.contains("page ") && t.chars().any(|c| c.is_ascii_digit()))
            || ends_on_a_page_count(&t);
        if !paged || words(&t) > 24 {
            return None;
        }
        let mut out = String::with_capacity(t.len());
        for c in t.chars() {
            if c.is_ascii_digit() {
                if !out.ends_with('#') {
                    out.push('#');
                }
            } else {
                out.push(c);
            }
        }
        Some(out)
    };
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in raw.lines() {
        if let Some(s) = shape(line) {
            *seen.entry(s).or_default() += 1;
        }
    }
    if !seen.values().any(|&n| n >= 2) {
        return (raw.to_string(), Vec::new());
    }
    let mut kept = String::with_capacity(raw.len());
    let mut left_out = Vec::new();
    for line in raw.split_inclusive('\n') {
        if shape(line).is_some_and(|s| seen.get(&s).is_some_and(|&n| n >= 2)) {
            left_out.push(line.trim().to_string());
            // The line's place stays a line break: the paragraphs around it stay apart.
            kept.push('\n');
        } else {
            kept.push_str(line);
        }
    }
    (kept, left_out)
}

/// Whether a line ends on a page's number written without the word "page", as PDFs of
/// official papers do: "1 (2)" (page one of two), "3/12", "- 4 -".
fn ends_on_a_page_count(t: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit());
    let tokens: Vec<&str> = t.rsplitn(4, ' ').collect();
    match tokens[..] {
        [last, before, ..] if last.starts_with('(') && last.ends_with(')') => {
            number(&last[1..last.len() - 1]) && number(before)
        }
        ["-", n, "-", ..] => number(n),
        [last, ..] => last
            .split_once('/')
            .is_some_and(|(a, b)| number(a) && number(b)),
        [] => false,
    }
}

/// Whether the lines of a block (no blank line between them) are one paragraph broken at a
/// width: every line but the last is broken only because its next word would not fit, so it
/// is about as long as the longest line less that word. A short line followed by more text
/// ends a line of its own (a heading, a time stamp, a menu item).
/// The blocks of a text with no blank line: its lines one by one, but lines that run on as
/// one paragraph wrapped at a width kept together (a blog or a mail hard-wrapped at eighty
/// columns, every sentence broken across lines), for the reading of wrapped paragraphs to
/// join. A run is cut at a line that would not wrap with it, and at `LONGEST_RUN` lines, so
/// a page of thousands of lines is read in bounded time.
fn wrapped_runs(raw: &str) -> Vec<String> {
    const LONGEST_RUN: usize = 60;
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for line in raw.lines() {
        run.push(line);
        if run.len() >= 2 && (run.len() > LONGEST_RUN || !wrapped_paragraph(&run.join("\n"))) {
            run.pop();
            out.push(run.join("\n"));
            run = vec![line];
        }
    }
    if !run.is_empty() {
        out.push(run.join("\n"));
    }
    out
}

fn wrapped_paragraph(block: &str) -> bool {
    // A line of spaces is a blank line: no text to wrap.
    let lines: Vec<&str> = block
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() < 2 {
        return true;
    }
    // A bullet or a note's mark opening a line ("- 2 May: ...", "† School of Law, ..."), or a
    // line of the place and date a text was issued on, starts an item of its own.
    let item_or_date = |l: &&str| {
        ["- ", "• ", "* ", "· ", "▪ ", "† ", "‡ ", "§ "]
            .iter()
            .any(|b| l.trim_start().starts_with(b))
            || place_and_date(l)
    };
    if lines[1..].iter().any(item_or_date) {
        return false;
    }
    // A letterhead: the body's name in capitals over its name in another language and its
    // address, lines of their own however wide.
    let capitals = |l: &str| {
        l.chars().filter(|c| c.is_alphabetic()).count() >= 6 && !l.chars().any(char::is_lowercase)
    };
    if lines.len() >= 3
        && capitals(lines[0])
        && lines[1..].iter().any(|l| postal_address_line(l.trim()))
    {
        return false;
    }
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    // Prose is not wrapped narrower than this; lines as short are items of their own.
    const NARROWEST_WRAP: usize = 30;
    width >= NARROWEST_WRAP
        && lines.windows(2).all(|pair| {
            let next_word = pair[1]
                .split_whitespace()
                .next()
                .map_or(0, |w| w.chars().count());
            // 0.85: ragged wrapping (a hyphen kept, a tab) leaves a line a little short.
            (pair[0].chars().count() + 1 + next_word) * 100 > width * 85
                || sentence_runs_on(pair[0], pair[1])
        })
}

/// A block's paragraphs where each opens on an indented line and the lines under it are not
/// indented, with no blank line between, as the Federal Register and typed letters set them:
/// each paragraph apart. A block indented throughout, or not at all, is one.
fn paragraphs_by_indent(block: &str) -> Vec<String> {
    let indented = |l: &str| l.starts_with("  ") && !l.trim().is_empty();
    let lines: Vec<&str> = block.lines().collect();
    let opening = lines.iter().filter(|l| indented(l)).count();
    let flush = lines
        .iter()
        .filter(|l| !indented(l) && !l.trim().is_empty())
        .count();
    if opening < 2 || flush == 0 {
        return vec![block.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    for l in lines {
        if indented(l) || out.is_empty() {
            out.push(l.to_string());
        } else if let Some(last) = out.last_mut() {
            last.push('\n');
            last.push_str(l);
        }
    }
    out
}

/// Whether a sentence runs on from one line into the next however short the first is, as
/// text wrapped by hand does: the first ends on a comma or a small word that cannot end a
/// sentence ("the", "of", "to"), or the next opens in small letters after no stop or colon.
fn sentence_runs_on(line: &str, next: &str) -> bool {
    let line = line.trim_end();
    let last = line
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    let small_word = matches!(
        last.as_str(),
        "the"
            | "of"
            | "to"
            | "a"
            | "an"
            | "and"
            | "or"
            | "in"
            | "for"
            | "at"
            | "by"
            | "with"
            | "from"
            | "on"
    );
    let opens_small = next
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    line.chars().filter(|c| c.is_alphabetic()).count() >= 12
        && (line.ends_with(',') || small_word || (opens_small && !line.ends_with([':', '.', ';'])))
}

/// A line above a headline naming the kind of text or the section: "PRESS RELEASES",
/// "Analysis", "FOR IMMEDIATE RELEASE", a byline.
fn is_kicker(block: &str) -> bool {
    let lower = block.to_lowercase();
    let words = block.split_whitespace().count();
    let capitals = block.chars().any(char::is_alphabetic) && !block.chars().any(char::is_lowercase);
    (capitals && words <= 4)
        || lower.starts_with("by ")
        || matches!(
            lower.as_str(),
            "press release"
                | "press releases"
                | "news release"
                | "media release"
                | "for immediate release"
                | "analysis"
                | "opinion"
                | "commentary"
                | "statement"
                | "exclusive"
                | "breaking news"
                | "explainer"
                | "news"
        )
}

/// A line shaped like a headline: one line of 2 to 20 words, no full stop at the end, and
/// either most words capitalised (title case) or four words or more opening with a capital
/// (sentence case, as wires write them).
fn is_headline(block: &str) -> bool {
    let words: Vec<&str> = block.split_whitespace().collect();
    // Section trails ("World News | Europe") and share prompts are chrome, not a title.
    let trail = ['|', '»', '›', '>', '/', '•']
        .iter()
        .any(|c| block.contains(*c));
    !trail
        && !matches!(classify(block), Kind::Chrome(_))
        && !block.contains('\n')
        && (2..=20).contains(&words.len())
        && !block.ends_with('.')
        && !block.ends_with(':')
        // A place and a date ("Karlsruhe, 14 May 2025") head a release; they are no title.
        && !block.ends_with(|c: char| c.is_ascii_digit())
        && (words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            >= words.len()
            || (words.len() >= 4
                && block
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(char::is_uppercase)
                && !block.contains(" — ")
                && !block.contains(" - ")))
}

/// The first `limit` items of a feed's or a collection's (`what`), the rest named in what was
/// left out: a page of millions of items is read to a bound, and says so.
pub(crate) fn first_items<'a, T>(
    items: &'a [T],
    limit: usize,
    what: &str,
    dropped: &mut Vec<(String, String)>,
) -> &'a [T] {
    if items.len() > limit {
        dropped.push((
            format!("{} more items of the {what}", items.len() - limit),
            format!("a {what} is read to its first {limit} items"),
        ));
    }
    &items[..items.len().min(limit)]
}

/// Text with its runs of whitespace (line breaks included) folded to one space, trimmed.
pub(crate) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text's paragraphs (set apart by a blank line), each on one line, the empty left out.
pub(crate) fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split("\n\n").map(one_line).filter(|b| !b.is_empty())
}

/// Whether a name is an online platform's or the company's that runs it ("WhatsApp",
/// "Signal", "Meta"): a report naming it means the platform, whatever else bears the word.
pub fn is_platform_name(name: &str) -> bool {
    words::PLATFORMS.contains(&name) || words::PLATFORM_COMPANIES.contains(&name)
}

/// Whether bytes look like HTML rather than text.
pub fn looks_like_html(raw: &str) -> bool {
    let head: String = raw.chars().take(2048).collect::<String>().to_lowercase();
    head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<body")
        || head.contains("<p>")
        || head.contains("<div")
}

/// Clean a page, an e-mail message, HTML, a wiki article's source, subtitles, Markdown or
/// text, by its look.
pub fn clean(raw: &str) -> CleanDoc {
    if let Some(doc) = clean_message(raw.as_bytes(), |html| Ok(clean_html(html))) {
        doc.unwrap_or_else(CleanDoc::unread)
    } else if let Some(doc) = syndicated_page(raw) {
        doc.unwrap_or_else(CleanDoc::unread)
    } else if looks_like_html(raw) {
        clean_html(raw)
    } else if let Some(doc) = wikitext_page(raw) {
        doc
    } else if subtitles::looks_like_subtitles(raw) {
        clean_text(&subtitles::subtitles_to_text(raw))
    } else if looks_like_markdown(raw) {
        clean_html(&markdown_to_html(raw))
    } else {
        clean_text(raw)
    }
}

/// A feed (RSS, Atom; see `feed.rs`), posts saved as JSON (an ActivityPub account archive, a
/// JSON Feed; see `posts.rs`) or a chat exported as text (see `chat.rs`) as the text of its
/// items in order; None where the text is neither, an error where it is one that cannot be
/// parsed.
fn syndicated_page(raw: &str) -> Option<Result<CleanDoc, String>> {
    // The title names the publisher or the group, but for a conversation titled with a
    // person's name.
    let (blocks, title, publisher_titled, url, published, dropped) = if feed::looks_like_feed(raw) {
        match feed::feed_page(raw) {
            Ok(p) => (p.blocks, p.title, true, p.url, p.published, p.dropped),
            Err(why) => return Some(Err(why)),
        }
    } else if posts::looks_like_posts(raw) {
        match posts::posts_page(raw) {
            Ok(p) => {
                let by_title = !p.title_is_a_person;
                (p.blocks, p.title, by_title, None, p.published, p.dropped)
            }
            Err(why) => return Some(Err(why)),
        }
    } else if chat::looks_like_chat_export(raw) {
        let p = chat::chat_page(raw);
        (p.blocks, p.title, true, None, p.published, p.dropped)
    } else {
        return None;
    };
    Some(Ok(CleanDoc {
        text: blocks.join("\n\n"),
        source: title.clone().filter(|_| publisher_titled),
        byline: None,
        dateline: None,
        dropped,
        title,
        url,
        published,
    }))
}

/// A wiki article's source as the text its page shows (see `wikitext.rs`); None where the
/// text is not wikitext or the parser gives up on it (then it is read as text).
fn wikitext_page(raw: &str) -> Option<CleanDoc> {
    if !wikitext::looks_like_wikitext(raw) {
        return None;
    }
    let blocks = wikitext::wikitext_blocks(raw)?;
    Some(CleanDoc {
        // The article's name, as its infobox or its first line gives it.
        title: blocks.first().filter(|b| words(b) <= 12).cloned(),
        text: blocks.join("\n\n"),
        source: None,
        byline: None,
        dateline: None,
        dropped: Vec::new(),
        url: None,
        published: None,
    })
}

/// An e-mail message cleaned as a page: its header lines and body (see `email.rs`), an HTML
/// body cleaned by `clean_html` (which may refuse it, as it refuses a page); None where the
/// text is not a message.
fn clean_message(
    raw: &[u8],
    clean_html: impl Fn(&str) -> Result<CleanDoc, String>,
) -> Option<Result<CleanDoc, String>> {
    // The header block is ASCII whatever charset the body is in: its valid UTF-8 opening,
    // borrowed (every page is asked this).
    let head = &raw[..raw.len().min(64 * 1024)];
    let head = std::str::from_utf8(head)
        .unwrap_or_else(|e| std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default());
    if !email::looks_like_email(head) {
        return None;
    }
    let page = email::message_page(raw)?;
    let mut doc = match &page.html {
        // Header lines before the cleaned HTML body, as a plain-text body would have them,
        // and what is attached after it.
        Some(html) => {
            let mut doc = match clean_html(html) {
                Ok(doc) => doc,
                Err(why) => return Some(Err(format!("the message's HTML body: {why}"))),
            };
            doc.text = [page.text.trim_end(), doc.text.as_str(), page.after.trim()]
                .iter()
                .filter(|t| !t.trim().is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join("\n\n");
            doc
        }
        None => clean_text_keeping(&format!("{}{}", page.text, page.after), true),
    };
    doc.dropped.extend(page.dropped);
    doc.title = page.subject.or(doc.title);
    doc.published = page.published.or(doc.published);
    Some(Ok(doc))
}

/// As [`clean`], but a page that cannot be read (nested too deep) is an error saying why.
pub fn clean_checked(raw: &str) -> Result<CleanDoc, String> {
    if let Some(doc) = clean_message(raw.as_bytes(), clean_html_checked) {
        doc
    } else if let Some(doc) = syndicated_page(raw) {
        doc
    } else if looks_like_html(raw) {
        clean_html_checked(raw)
    } else if let Some(doc) = wikitext_page(raw) {
        Ok(doc)
    } else if subtitles::looks_like_subtitles(raw) {
        Ok(clean_text(&subtitles::subtitles_to_text(raw)))
    } else if looks_like_markdown(raw) {
        clean_html_checked(&markdown_to_html(raw))
    } else {
        Ok(clean_text(raw))
    }
}

/// As [`clean_checked`], from a page's bytes in whatever charset it is in: UTF-8 as it is (a
/// byte-order mark left out), UTF-16 by its byte-order mark, an e-mail message from its bytes
/// (each part in the charset its header names, read by `mail-parser`), and an HTML or XML page
/// in the charset it declares (`<meta charset>`, the XML declaration's `encoding`; decoded by
/// `encoding_rs`). Other bytes that are not UTF-8 are refused, saying where, rather than read
/// with letters turned to replacement marks.
pub fn clean_page_checked(bytes: &[u8]) -> Result<CleanDoc, String> {
    if pdf::looks_like_pdf(bytes) {
        return pdf_page(bytes);
    }
    if office::looks_like_office(bytes) {
        return office::office_text(bytes).map(office_page);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let not_utf8 = match std::str::from_utf8(bytes) {
        Ok(text) if office::looks_like_flat_odt(text) => {
            return office::flat_odt_text(text).map(office_page)
        }
        Ok(text) => return clean_checked(text),
        Err(e) => e,
    };
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = encoding.decode(bytes);
        return clean_checked(&text);
    }
    if let Some(doc) = clean_message(bytes, clean_html_checked) {
        return doc;
    }
    let pos = not_utf8.valid_up_to();
    let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count();
    let at = format!("invalid byte 0x{:02x} on line {line}", bytes[pos]);
    match declared_charset(bytes) {
        Some(label) => match encoding_rs::Encoding::for_label(label.as_bytes()) {
            Some(encoding) if encoding != encoding_rs::UTF_8 => {
                let (text, _) = encoding.decode_without_bom_handling(bytes);
                clean_checked(&text)
            }
            Some(_) => Err(format!("not UTF-8 though it says it is ({at})")),
            None => Err(format!(
                "declares the charset \"{label}\", which is not one vigil knows ({at}); convert \
                 the page to UTF-8 first"
            )),
        },
        None => Err(format!(
            "not UTF-8 ({at}) and no charset declared; convert the page to UTF-8 first"
        )),
    }
}

/// Whether bytes are a PDF file (which vigil reads for its text, binary though it is).
pub fn looks_like_pdf(bytes: &[u8]) -> bool {
    pdf::looks_like_pdf(bytes)
}

/// Whether bytes are a binary file vigil reads for its text (PDF, a Word or OpenDocument
/// package) or can name when it refuses it (another ZIP package, a legacy Office file).
pub fn reads_binary(bytes: &[u8]) -> bool {
    pdf::looks_like_pdf(bytes) || office::looks_like_office(bytes)
}

/// An office document cleaned as a text page (see `office.rs` for what is read): its title
/// the paragraph styled as the title or first heading, else the text's opening headline, else
/// the document properties' title; its date the properties' where the text states none.
fn office_page(office: office::OfficeText) -> CleanDoc {
    // A document has no site's furniture around its text (its running header and footer are
    // apart already): every paragraph but chrome is its text, as a mail's body is.
    let mut doc = clean_text_keeping(&office.text, true);
    doc.dropped.extend(office.dropped);
    doc.title = office.heading.or(doc.title).or(office.title);
    doc.published = doc.published.or(office.date);
    doc
}

/// A PDF file's text as laid out (see `pdf.rs`), before it is cleaned as a page: its running
/// headers and footers left out. For comparing vigil's reading of PDFs with other tools'.
pub fn pdf_laid_out_text(bytes: &[u8]) -> Result<String, String> {
    pdf::pdf_text(bytes).map(|p| p.text)
}

/// A PDF file cleaned as a text page (see `pdf.rs` for how its text is laid out), its running
/// headers and footers left out; its title the heading set largest on its first page, else the
/// text's opening headline, else the document information's title.
fn pdf_page(bytes: &[u8]) -> Result<CleanDoc, String> {
    let pdf = pdf::pdf_text(bytes)?;
    let mut doc = clean_text(&pdf.text);
    doc.dropped.extend(pdf.dropped);
    // The heading its type sets largest is the title, whatever line the text opens on.
    doc.title = pdf.heading.or(doc.title);
    // A page printed from a browser keeps the page's title ("Headline | Outlet"): the outlet
    // is its publisher, as an HTML page's title names it.
    if doc.source.is_none() {
        doc.source = pdf
            .title
            .as_deref()
            .and_then(|t| html::site_of_title(t, doc.title.as_deref()));
    }
    doc.title = doc.title.or(pdf.title);
    Ok(doc)
}

/// The charset an HTML page's `<meta>` or an XML declaration names in the page's first 4 KB.
fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let value_after = |text: &str, key: &str| -> Option<String> {
        let at = text.find(key)? + key.len();
        let value: String = text[at..]
            .trim_start_matches([' ', '"', '\''])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
            .collect();
        (!value.is_empty()).then_some(value)
    };
    let declaration = head
        .trim_start()
        .strip_prefix("<?xml")
        .and_then(|d| d.split_once("?>"))
        .and_then(|(d, _)| value_after(d, "encoding="));
    declaration.or_else(|| value_after(&head[head.find("<meta")?..], "charset="))
}

/// Why a cleaned page's text is not a report's prose, if it is not: source code, lock and
/// configuration files, CSV and JSON clean to text too, and would be read as reports (names
/// found in them, claims made of them). Prose is mostly letters and spaces, few brackets,
/// quotes and operators, and has sentences of several words; data and code have neither.
pub fn not_prose(text: &str) -> Option<String> {
    let (mut letters, mut visible, mut symbols, mut commas) = (0usize, 0usize, 0usize, 0usize);
    // A post's or a message's date on its own line ("2026-08-01T09:05:00"), as a chat export
    // or an account archive heads each one, is no mark of data: thousands of short posts are
    // still prose.
    let dated_line = |line: &str| {
        line.split_whitespace().count() <= 6 && vigil_model::dates::feed_date(line).is_some()
    };
    let kept: String;
    let text = if text.lines().any(dated_line) {
        kept = text
            .lines()
            .filter(|line| !dated_line(line))
            .collect::<Vec<_>>()
            .join("\n");
        kept.as_str()
    } else {
        text
    };
    for c in text.chars() {
        if c.is_whitespace() {
            continue;
        }
        visible += 1;
        if c.is_alphabetic() {
            letters += 1;
        } else if matches!(
            c,
            '{' | '}'
                | '['
                | ']'
                | '='
                | '<'
                | '>'
                | ';'
                | '|'
                | '\\'
                | '_'
                | '#'
                | '@'
                | '$'
                | '`'
                | '^'
                | '~'
                | '*'
        ) {
            symbols += 1;
        } else if c == ',' {
            commas += 1;
        }
    }
    if visible == 0 {
        return Some("no text".into());
    }
    let words = text.split_whitespace().count().max(1);
    let letter_share = letters as f64 / visible as f64;
    let symbol_share = symbols as f64 / visible as f64;
    // Sentences of five words or more, ending as sentences do.
    let sentences = sentences(text)
        .iter()
        .filter(|s| {
            let t = text[s.start..s.end].trim_end();
            t.split_whitespace().count() >= 5 && t.ends_with(['.', '!', '?', '"', '”', '»', ')'])
        })
        .count();
    if symbol_share > 0.03 {
        return Some(format!(
            "{:.0}% of its characters are brackets, operators or other code and data marks",
            symbol_share * 100.0
        ));
    }
    if commas as f64 / words as f64 > 0.5 {
        return Some("more commas than every other word: a table or list, not prose".into());
    }
    if letter_share < 0.7 {
        return Some(format!(
            "only {:.0}% of its characters are letters",
            letter_share * 100.0
        ));
    }
    if sentences == 0 {
        return Some("no sentence of five words or more".into());
    }
    None
}
