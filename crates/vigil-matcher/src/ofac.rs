//! An emulation of OFAC's Sanctions List Search score, for users who must show what OFAC's
//! own tool would say (`algorithm=ofac`). It is not vigil's matcher and not a good one: it
//! keeps the public tool's quirks, as nomenklatura's `ofac` matcher documents them from FAQ 249
//! and scores captured from the tool:
//!
//! - the whole name compared as one string by Jaro-Winkler, with the prefix bonus applied at
//!   any similarity (the SimMetrics variant, no 0.7 gate), and only when both names begin
//!   with the same letter (`GEORGE BUSH` finds `BUSH, George`'s entry only through its parts);
//! - each query word (words of one or two letters left out, unless nothing else is left)
//!   paired with the entry's word most like it by standard Jaro-Winkler, a pair under 0.5
//!   counting nothing, averaged over the query's words;
//! - the higher of the two, and over an entity's names the best.
//!
//! `tests/ofac.rs` measures it against scores OFAC's tool gave (the shared parity fixture).

/// A word pair less alike than this adds nothing to the per-word score.
const WORD_FLOOR: f64 = 0.5;

/// The name as the tool compares it: words of letters and digits, upper case; apostrophes,
/// commas and full stops inside a word deleted, not split on (`O'BRIEN` is one word).
fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_uppercase());
        } else if matches!(c, '\'' | '’' | '.' | ',') && !word.is_empty() {
            // deleted inside a word; a comma or stop after one ends it below
            if c == ',' || c == '.' {
                out.push(std::mem::take(&mut word));
            }
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Jaro-Winkler with the prefix bonus at any similarity (SimMetrics' variant).
fn jaro_winkler_ungated(a: &str, b: &str) -> f64 {
    let jaro = strsim::jaro(a, b);
    if jaro == 0.0 {
        return 0.0;
    }
    let prefix = a
        .chars()
        .zip(b.chars())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count();
    jaro + prefix as f64 * 0.1 * (1.0 - jaro)
}

/// The two techniques' scores for one pair of names, 0 to 1: (whole name, per word).
pub fn techniques(query: &str, candidate: &str) -> (f64, f64) {
    let (q, c) = (words(query), words(candidate));
    if q.is_empty() || c.is_empty() {
        return (0.0, 0.0);
    }
    let (qs, cs) = (q.join(" "), c.join(" "));
    let whole = if qs.chars().next() == cs.chars().next() {
        jaro_winkler_ungated(&qs, &cs)
    } else {
        0.0
    };
    let long: Vec<&String> = q.iter().filter(|w| w.chars().count() > 2).collect();
    let kept: Vec<&String> = if long.is_empty() {
        q.iter().collect()
    } else {
        long
    };
    let per_word = kept
        .iter()
        .map(|w| {
            let best = c
                .iter()
                .map(|x| strsim::jaro_winkler(w, x))
                .fold(0.0, f64::max);
            if best >= WORD_FLOOR {
                best
            } else {
                0.0
            }
        })
        .sum::<f64>()
        / kept.len() as f64;
    (whole, per_word)
}

/// OFAC's score of `candidate` for `query`, 0 to 1.
pub fn name_score(query: &str, candidate: &str) -> f64 {
    let (whole, per_word) = techniques(query, candidate);
    whole.max(per_word)
}

/// The best score over every pair of the query's and the entry's names, with the pair:
/// (score, query name index, entry name index, explanation).
pub fn best_pair<Q: AsRef<str>, C: AsRef<str>>(
    queries: &[Q],
    candidates: &[C],
) -> Option<(f64, usize, usize, String)> {
    let mut best: Option<(f64, usize, usize, String)> = None;
    for (i, q) in queries.iter().enumerate() {
        for (j, c) in candidates.iter().enumerate() {
            let (whole, per_word) = techniques(q.as_ref(), c.as_ref());
            let score = whole.max(per_word);
            if best.as_ref().is_none_or(|b| score > b.0) {
                let detail = format!(
                    "OFAC-style score {:.0} for {:?} against {:?} (whole name {:.0}, per word {:.0})",
                    score * 100.0,
                    q.as_ref(),
                    c.as_ref(),
                    whole * 100.0,
                    per_word * 100.0
                );
                best = Some((score, i, j, detail));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_the_tool_reads_them() {
        assert_eq!(words("PUTIN, Vladimir"), ["PUTIN", "VLADIMIR"]);
        assert_eq!(words("O'Brien"), ["OBRIEN"]);
        assert_eq!(words("  al-Qaida "), ["AL", "QAIDA"]);
    }

    #[test]
    fn the_quirks_it_keeps() {
        // Word order: the whole-name technique needs the same first letter, the per-word
        // one does not care.
        assert!((name_score("VLADIMIR PUTIN", "PUTIN, Vladimir") - 1.0).abs() < 1e-9);
        // Short words are left out of the query: KIM JONG UN is compared as KIM JONG.
        assert!((name_score("KIM JONG UN", "KIM JONG IL") - 1.0).abs() < 1e-9);
        // A word pair under 0.5 counts nothing.
        let (_, per_word) = techniques("GEORGE BUSH", "HASWANI, George");
        assert!((per_word - 0.5).abs() < 1e-9, "{per_word}");
        assert_eq!(name_score("", "X"), 0.0);
    }
}
