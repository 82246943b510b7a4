//! The lexical attributes spaCy's embeddings read: NORM (a lookup table, then a few base
//! norms for quotes, dashes and currency signs, then lower case), PREFIX (first character),
//! SUFFIX (last three), SHAPE (character classes with runs cut at four), each hashed to a
//! string id; SPACY and IS_SPACE as 0 or 1.

use std::path::Path;

use rmpv::Value;
use rustc_hash::FxHashMap;

use crate::hash::string_id;
use crate::tokenizer::is_space_char;
use crate::weights::{map_entries, map_get, read_msgpack, value_str};
use crate::SpacyError;

/// A token attribute an embedding table is keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attr {
    Orth,
    Lower,
    Norm,
    Prefix,
    Suffix,
    Shape,
    Spacy,
    IsSpace,
}

impl Attr {
    pub fn parse(name: &str) -> Option<Attr> {
        Some(match name {
            "ORTH" => Attr::Orth,
            "LOWER" => Attr::Lower,
            "NORM" => Attr::Norm,
            "PREFIX" => Attr::Prefix,
            "SUFFIX" => Attr::Suffix,
            "SHAPE" => Attr::Shape,
            "SPACY" => Attr::Spacy,
            "IS_SPACE" => Attr::IsSpace,
            _ => return None,
        })
    }
}

/// Norms every spaCy language starts from (spaCy's `BASE_NORMS`): typographic quotes,
/// dashes, ellipses and full-width punctuation fold to their ASCII forms, currency signs
/// to "$". Consulted after the pipeline's own lookup table.
const BASE_NORMS: &[(&str, &str)] = &[
    ("'s", "'s"),
    ("'S", "'s"),
    ("\u{2019}s", "'s"),
    ("\u{2019}S", "'s"),
    ("\u{2019}", "'"),
    ("\u{2018}", "'"),
    ("\u{b4}", "'"),
    ("`", "'"),
    ("\u{201d}", "\""),
    ("\u{201c}", "\""),
    ("''", "\""),
    ("``", "\""),
    ("\u{b4}\u{b4}", "\""),
    ("\u{201e}", "\""),
    ("\u{bb}", "\""),
    ("\u{ab}", "\""),
    ("\u{2018}\u{2018}", "\""),
    ("\u{2019}\u{2019}", "\""),
    ("\u{ff1f}", "?"),
    ("\u{ff01}", "!"),
    ("\u{ff0c}", ","),
    ("\u{ff1b}", ";"),
    ("\u{ff1a}", ":"),
    ("\u{3002}", "."),
    ("\u{964}", "."),
    ("\u{2026}", "..."),
    ("\u{2014}", "-"),
    ("\u{2013}", "-"),
    ("--", "-"),
    ("---", "-"),
    ("\u{2014}\u{2014}", "-"),
    ("\u{20ac}", "$"),
    ("\u{a3}", "$"),
    ("\u{a5}", "$"),
    ("\u{e3f}", "$"),
    ("US$", "$"),
    ("C$", "$"),
    ("A$", "$"),
    ("\u{20ba}", "$"),
    ("\u{20b9}", "$"),
    ("\u{9f3}", "$"),
    ("\u{20a9}", "$"),
    ("Mex$", "$"),
    ("\u{20a3}", "$"),
    ("E\u{a3}", "$"),
];

pub struct Lexicon {
    /// The pipeline's `lexeme_norm` table, keyed by the string id of the word.
    norms: FxHashMap<u64, String>,
    base: FxHashMap<&'static str, &'static str>,
}

impl Lexicon {
    /// Reads `vocab/lookups.bin` if the pipeline has one (it is optional).
    pub fn load(lookups: &Path) -> Result<Lexicon, SpacyError> {
        let mut norms = FxHashMap::default();
        if lookups.exists() {
            let data = read_msgpack(lookups)?;
            if let Some(table) = map_get(&data, "lexeme_norm").and_then(map_entries) {
                for (k, v) in table {
                    let key = match k {
                        Value::Integer(i) => i.as_u64(),
                        other => value_str(other).map(string_id),
                    };
                    if let (Some(key), Some(v)) = (key, value_str(v)) {
                        norms.insert(key, v.to_string());
                    }
                }
            }
        }
        Ok(Lexicon {
            norms,
            base: BASE_NORMS.iter().copied().collect(),
        })
    }

    /// The word's NORM before any special case overrides it.
    pub fn norm(&self, orth: &str) -> String {
        if let Some(n) = self.norms.get(&string_id(orth)) {
            return n.clone();
        }
        if let Some(n) = self.base.get(orth) {
            return (*n).to_string();
        }
        orth.to_lowercase()
    }

    /// The id an embedding reads for `attr` of a token.
    pub fn feature(&self, attr: Attr, orth: &str, norm: Option<&str>, space_after: bool) -> u64 {
        match attr {
            Attr::Orth => string_id(orth),
            Attr::Lower => string_id(&orth.to_lowercase()),
            Attr::Norm => match norm {
                Some(n) => string_id(n),
                None => string_id(&self.norm(orth)),
            },
            Attr::Prefix => {
                let end = orth.chars().next().map_or(0, char::len_utf8);
                string_id(&orth[..end])
            }
            Attr::Suffix => {
                let start = orth.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
                string_id(&orth[start..])
            }
            Attr::Shape => string_id(&shape(orth)),
            Attr::Spacy => u64::from(space_after),
            Attr::IsSpace => u64::from(!orth.is_empty() && orth.chars().all(is_space_char)),
        }
    }
}

/// spaCy's word shape: letters become X or x, digits d, anything else itself, and a run of
/// one class is cut after four; words of 100 characters or more are "LONG".
pub fn shape(text: &str) -> String {
    if text.chars().count() >= 100 {
        return "LONG".to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = None;
    let mut run = 0;
    for c in text.chars() {
        let class = if c.is_alphabetic() {
            if c.is_uppercase() {
                'X'
            } else {
                'x'
            }
        } else if is_digit(c) {
            'd'
        } else {
            c
        };
        if Some(class) == last {
            run += 1;
        } else {
            run = 0;
            last = Some(class);
        }
        if run < 4 {
            out.push(class);
        }
    }
    out
}

/// Python's `str.isdigit`, near enough for news text: decimal digits in any script and
/// superscript or circled digits count; vulgar fractions, Roman numerals and CJK numeral
/// ideographs (numeric, but not digits) do not.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || (!c.is_ascii()
            && c.is_numeric()
            && !matches!(c, '\u{bc}'..='\u{be}' | '\u{2150}'..='\u{218b}' | '\u{3007}' | '\u{3021}'..='\u{3029}' | '\u{3038}'..='\u{303a}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_cut_runs_at_four() {
        assert_eq!(shape("Khamenei"), "Xxxxx");
        assert_eq!(shape("IRGC"), "XXXX");
        assert_eq!(shape("2018-06-30"), "dddd-dd-dd");
        assert_eq!(shape("U.S."), "X.X.");
    }
}
