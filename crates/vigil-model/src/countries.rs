//! Country names, demonyms and codes to ISO 3166-1 alpha-2 (lower case).
//!
//! Lists write countries as codes (`IR`, `irn`), names (`Iran (Islamic Republic of)`),
//! demonyms (`Iranian`) or inside places (`Tehran, Iran`). Screening filters and qualifiers
//! compare codes.

use crate::countries_table::COUNTRIES;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

pub(crate) fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = match c {
            'é' | 'è' | 'ê' | 'É' => 'e',
            'ô' | 'ö' | 'Ô' | 'ó' => 'o',
            'ñ' => 'n',
            'ç' => 'c',
            'í' => 'i',
            'ü' | 'ú' => 'u',
            'ã' | 'á' | 'å' => 'a',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !space && !out.is_empty() {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn lookup(k: &str) -> Option<&'static str> {
    if k.is_empty() {
        return None;
    }
    if let Some(code) = country_code_of_word(k) {
        return Some(code);
    }
    // A two-letter code is its own answer when some country has it.
    if k.len() == 2 && COUNTRIES.iter().any(|(_, code)| *code == k) {
        return COUNTRIES
            .iter()
            .find(|(_, code)| *code == k)
            .map(|(_, c)| *c);
    }
    None
}

/// The ISO code of a country named by one lower-case ASCII word, name or adjective ("iran",
/// "iranian"), without the normalisation `country_code` does: for name analysis, which has
/// lower-cased and transliterated already and asks for every word of every name.
pub fn country_code_of_word(word: &str) -> Option<&'static str> {
    // Hashed once: reading asks this of every capitalised word of every page, and a binary
    // search of 900 names cost nine string comparisons each time. (Fx: the keys are the
    // table's own; a page's words are only looked up.)
    static BY_NAME: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    BY_NAME
        .get_or_init(|| COUNTRIES.iter().copied().collect())
        .get(word)
        .copied()
}

/// Every one-word name and adjective [`country_code_of_word`] knows.
pub fn country_words() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().map(|(name, _)| *name)
}

/// The ISO code of a country written any of the usual ways, if recognised.
pub fn country_code(text: &str) -> Option<&'static str> {
    let k = key(text);
    if let Some(c) = lookup(&k) {
        return Some(c);
    }
    // "Tehran (Iran)", "Iran (Islamic Republic of)"
    if let Some((before, inner)) = text.split_once('(') {
        let inner = inner.trim_end_matches(')');
        if let Some(c) = lookup(&key(inner)).or_else(|| lookup(&key(before))) {
            return Some(c);
        }
    }
    // "Awlyatak Village, Chaki Wardak District, Afghanistan": the last part.
    if let Some(last) = text.rsplit(',').next() {
        if let Some(c) = lookup(&key(last)) {
            return Some(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        for (input, want) in [
            ("IR", Some("ir")),
            ("irn", Some("ir")),
            ("Iran", Some("ir")),
            ("Iranian", Some("ir")),
            ("Iran (Islamic Republic of)", Some("ir")),
            ("Tehran (Iran)", Some("ir")),
            ("Democratic Republic of the Congo", Some("cd")),
            ("Russian Federation", Some("ru")),
            ("Korea, North", Some("kp")),
            ("Chaki Wardak District, Afghanistan", Some("af")),
            ("Côte d'Ivoire", Some("ci")),
            ("East Timor", Some("tl")),
            ("Timor-Leste", Some("tl")),
            ("Atlantis", None),
            ("", None),
        ] {
            assert_eq!(country_code(input), want, "{input}");
        }
    }
}
