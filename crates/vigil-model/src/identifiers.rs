//! Identifiers (IMO and MMSI numbers, passports, registration and tax numbers, LEI, BIC,
//! crypto wallets): which properties hold them, and one canonical form to compare them in.
//!
//! Lists write one identifier many ways: "IMO 9179842", "9179842", "A 123-456 (Iran)",
//! "720134834 (British passport issued on 27.6.2012, expires on 27.6.2022)", "Morocco number
//! V06359364", "02150590 (United Kingdom)". The canonical form keeps the letters and digits of
//! the identifier itself: remarks in parentheses go, words around it go (a word of letters only,
//! three or more, is a word, not part of a number), and what is left is upper-cased without
//! spaces, dashes, dots or slashes.

use serde::{Deserialize, Serialize};

/// What an identifier identifies, which decides whether two that differ are in conflict: two
/// IMO numbers that differ are two ships; a passport and a tax number say nothing of each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IdKind {
    Imo,
    Mmsi,
    Passport,
    /// National identity numbers and other personal ids.
    National,
    /// Company registration numbers, OGRN.
    Registration,
    /// Tax numbers, INN, VAT.
    Tax,
    Lei,
    Bic,
    Wallet,
    /// Serial numbers and other identifiers with no kind of their own.
    Other,
}

impl IdKind {
    pub fn as_str(self) -> &'static str {
        match self {
            IdKind::Imo => "IMO number",
            IdKind::Mmsi => "MMSI",
            IdKind::Passport => "passport",
            IdKind::National => "national id",
            IdKind::Registration => "registration number",
            IdKind::Tax => "tax number",
            IdKind::Lei => "LEI",
            IdKind::Bic => "BIC",
            IdKind::Wallet => "wallet",
            IdKind::Other => "identifier",
        }
    }

    /// Kinds that identify one thing only, so that a differing value of the kind says the
    /// entities differ. A person may hold several passports and ids, a company several
    /// registrations; a ship has one IMO number, a bank one BIC per branch code.
    pub fn is_unique(self) -> bool {
        matches!(self, IdKind::Imo | IdKind::Lei | IdKind::Mmsi)
    }
}

/// The FollowTheMoney properties that hold identifiers, with their kind.
pub const IDENTIFIER_PROPERTIES: &[(&str, IdKind)] = &[
    ("imoNumber", IdKind::Imo),
    ("mmsi", IdKind::Mmsi),
    ("passportNumber", IdKind::Passport),
    ("idNumber", IdKind::National),
    ("registrationNumber", IdKind::Registration),
    ("ogrnCode", IdKind::Registration),
    ("taxNumber", IdKind::Tax),
    ("innCode", IdKind::Tax),
    ("vatCode", IdKind::Tax),
    ("leiCode", IdKind::Lei),
    ("swiftBic", IdKind::Bic),
    ("publicKey", IdKind::Wallet),
    ("serialNumber", IdKind::Other),
];

/// The kind of identifier a property holds, if it holds one.
pub fn identifier_kind(property: &str) -> Option<IdKind> {
    IDENTIFIER_PROPERTIES
        .iter()
        .find(|(p, _)| *p == property)
        .map(|(_, k)| *k)
}

/// One identifier in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Identifier {
    pub kind: IdKind,
    pub value: String,
}

/// An identifier as a person types it: `KIND:VALUE` (kinds: imo, mmsi, passport, national,
/// registration, tax, lei, bic, wallet), or a value whose own words say its kind ("IMO
/// 9179842", "MMSI 620233000"), or any other value (kind `Other`, which matches a listed
/// identifier of any kind with the same letters and digits).
pub fn parse_identifier(text: &str) -> Identifier {
    let kinds = [
        ("imo", IdKind::Imo),
        ("mmsi", IdKind::Mmsi),
        ("passport", IdKind::Passport),
        ("national", IdKind::National),
        ("registration", IdKind::Registration),
        ("tax", IdKind::Tax),
        ("lei", IdKind::Lei),
        ("bic", IdKind::Bic),
        ("wallet", IdKind::Wallet),
    ];
    if let Some((prefix, value)) = text.split_once(':') {
        let prefix = prefix.trim().to_ascii_lowercase();
        if let Some((_, kind)) = kinds.iter().find(|(k, _)| *k == prefix) {
            return Identifier {
                kind: *kind,
                value: value.trim().to_string(),
            };
        }
    }
    let first = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    // The kind's word written before the number or glued to it (FtM writes "IMO9179842").
    let glued = |word: &str| {
        first
            .strip_prefix(word)
            .is_some_and(|rest| rest.is_empty() || rest.bytes().all(|b| b.is_ascii_digit()))
    };
    let kind = if glued("imo") {
        IdKind::Imo
    } else if glued("mmsi") {
        IdKind::Mmsi
    } else {
        IdKind::Other
    };
    Identifier {
        kind,
        value: text.trim().to_string(),
    }
}

/// Shortest canonical identifier kept: shorter ones ("1", "A2") would match by chance.
pub const MIN_IDENTIFIER_LEN: usize = 4;

/// `text` without what stands in parentheses or brackets (remarks: "(Iran)", "(issued ...)").
fn outside_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect()
}

/// The canonical form of an identifier as a list or a person wrote it; `None` when nothing
/// identifier-like is left (fewer than four letters and digits, or no digit at all except for
/// BICs and wallets, which may be letters only).
pub fn canonical_identifier(kind: IdKind, raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len());
    let mut word = String::new();
    let letters_ok = matches!(kind, IdKind::Bic | IdKind::Wallet);
    let flush = |word: &mut String, out: &mut String| {
        let letters_only = word.chars().all(|c| c.is_ascii_alphabetic());
        let noise = letters_only
            && !letters_ok
            && (word.len() >= 3 || matches!(word.as_str(), "NO" | "NR"));
        if !noise {
            out.push_str(word);
        }
        word.clear();
    };
    for c in outside_parentheses(raw).chars() {
        match c {
            c if c.is_ascii_alphanumeric() => word.push(c.to_ascii_uppercase()),
            // Separators inside an identifier (A 123-456, 12.345/67) join its pieces.
            '-' | '.' | '/' | '_' => {
                flush(&mut word, &mut out);
            }
            _ => flush(&mut word, &mut out),
        }
    }
    flush(&mut word, &mut out);
    // Wallets and BICs keep their letters as written; a wallet is case-sensitive, but lists
    // print it one way and people copy it: upper case for comparison is safe at this length.
    // "IMO9179842" is the IMO number 9179842: the kind's word glued on is no part of it.
    let glued = match kind {
        IdKind::Imo => "IMO",
        IdKind::Mmsi => "MMSI",
        _ => "",
    };
    if !glued.is_empty()
        && out
            .strip_prefix(glued)
            .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
    {
        out.drain(..glued.len());
    }
    let has_digit = out.chars().any(|c| c.is_ascii_digit());
    (out.len() >= MIN_IDENTIFIER_LEN && (has_digit || letters_ok)).then_some(out)
}

/// Every identifier in a value that lists several: "(a) 05AT521433 (French passport), (b)
/// 050456101445 (identity card)", "A123456; B654321". Pieces are cut at commas and semicolons
/// outside parentheses and at list markers such as "(a)"; each is made canonical; a value that
/// is one identifier gives one.
pub fn canonical_identifiers(kind: IdKind, raw: &str) -> Vec<String> {
    let mut pieces: Vec<String> = vec![String::new()];
    let mut depth = 0usize;
    let chars: Vec<char> = raw.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        // A list marker: "(a)", "(b)", "(i)" ... starts a new piece.
        if c == '('
            && chars.get(i + 2) == Some(&')')
            && chars.get(i + 1).is_some_and(|m| m.is_ascii_lowercase())
        {
            pieces.push(String::new());
            i += 3;
            continue;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                pieces.push(String::new());
                i += 1;
                continue;
            }
            _ => {}
        }
        if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
        i += 1;
    }
    let mut out: Vec<String> = Vec::new();
    for piece in &pieces {
        // Remarks in parentheses go in any case ("K 5510-372 (issued on 1 May 2015)").
        let outside = outside_parentheses(piece);
        let found = if is_prose(&outside) {
            identifiers_in_prose(kind, &outside)
        } else {
            canonical_identifier(kind, piece).into_iter().collect()
        };
        for v in found {
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    out
}

/// Whether a piece (its remarks in parentheses taken out) is a sentence about an identifier
/// ("Expired Moroccan passport No 954242 issued on 28.6.1995 in Meknas") rather than the
/// identifier as written: it speaks of dates.
fn is_prose(piece: &str) -> bool {
    const MARKERS: &[&str] = &[
        "issued", "issue", "expires", "expired", "expiry", "expiring", "valid", "until", "dated",
        "date", "born", "renewed", "since",
    ];
    piece
        .split(|c: char| !c.is_alphabetic())
        .any(|w| MARKERS.contains(&w.to_lowercase().as_str()) || crate::dates::month(w).is_some())
}

/// The identifiers in a sentence: its words with a digit and four letters and digits or more
/// that are not dates (28.6.1995, 1999).
fn identifiers_in_prose(kind: IdKind, piece: &str) -> Vec<String> {
    piece
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| {
            let parts = w.split(['.', '/', '-']);
            let date = parts.clone().count() == 3
                && parts
                    .clone()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
            let year = w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
            !date && !year && w.chars().any(|c| c.is_ascii_digit())
        })
        .filter_map(|w| canonical_identifier(kind, w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        let cases = [
            (IdKind::Imo, "IMO 9179842", Some("9179842")),
            (IdKind::Imo, "9179842", Some("9179842")),
            (IdKind::Imo, "IMO9179842", Some("9179842")),
            (IdKind::Mmsi, "MMSI620233000", Some("620233000")),
            (IdKind::Passport, "A 123-456 (Iran)", Some("A123456")),
            (
                IdKind::Passport,
                "720134834 (British passport issued on 27.6.2012, expires on 27.6.2022)",
                Some("720134834"),
            ),
            (
                IdKind::Passport,
                "Morocco number V06359364",
                Some("V06359364"),
            ),
            (
                IdKind::Registration,
                "02150590 (United Kingdom)",
                Some("02150590"),
            ),
            (IdKind::Passport, "No. E590-976", Some("E590976")),
            (IdKind::Bic, "HNRBBY2X", Some("HNRBBY2X")),
            (IdKind::Bic, "BMJI IRTH", Some("BMJIIRTH")),
            (IdKind::Passport, "12", None),
            (IdKind::Passport, "unknown", None),
            (IdKind::Tax, "36-3804626", Some("363804626")),
        ];
        for (kind, raw, want) in cases {
            assert_eq!(canonical_identifier(kind, raw).as_deref(), want, "{raw}");
        }
        assert_eq!(
            canonical_identifiers(
                IdKind::Passport,
                "(a) 05AT521433 (French passport, issued on 30.11.2005), (b) 050456101445 (French identity card)"
            ),
            ["05AT521433", "050456101445"]
        );
        assert_eq!(
            canonical_identifiers(IdKind::Passport, "A123456; B654321").len(),
            2
        );
        assert_eq!(
            canonical_identifiers(
                IdKind::Passport,
                "(a) Provisional passport No 28642163 issued by the City of X (b) Expired passport No 954242 issued on 28.6.1995 in Y"
            ),
            ["28642163", "954242"]
        );
        assert_eq!(
            canonical_identifiers(
                IdKind::Passport,
                "Yemen passport number 00344994, issued on 3 Jul. 1999, issued in Sanaa"
            ),
            ["00344994"]
        );
        assert_eq!(
            canonical_identifiers(IdKind::Passport, "K 5510-372 (issued on 1 May 2015)"),
            ["K5510372"]
        );
        assert_eq!(parse_identifier("IMO 9179842").kind, IdKind::Imo);
        assert_eq!(parse_identifier("IMO9179842").kind, IdKind::Imo);
        assert_eq!(parse_identifier("imo").kind, IdKind::Imo);
        assert_eq!(parse_identifier("IMOX12").kind, IdKind::Other);
        assert_eq!(parse_identifier("passport: A123456").kind, IdKind::Passport);
        assert_eq!(parse_identifier("passport: A123456").value, "A123456");
        assert_eq!(parse_identifier("A123456").kind, IdKind::Other);
    }
}
