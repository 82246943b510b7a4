//! Comparing two analysed names: part similarity, alignment, score.
//!
//! Parts are aligned greedily by similarity regardless of order (`FAMILY, Given` against
//! `Given FAMILY`), so extra middle names cost little while a part of the shorter name that
//! finds no counterpart costs a lot: *Bashar al-Assad* against *Hafez al-Assad* shares only the
//! family name and scores low, *Akhtar Mansour* against *Akhtar Mohammad Mansour* scores high.

use vigil_normalize::{fold, skeleton, AnalyzedName, NameKind, NamePart, PartRole};

/// Parts less similar than this are not paired.
pub const MIN_PAIR: f32 = 0.6;

/// How two parts were found alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likeness {
    Same,
    Spelling,
    Consonants,
    Initial,
    Prefix,
    Edits(u8),
    Joined,
    Different,
}

impl Likeness {
    pub fn describe(self) -> &'static str {
        match self {
            Likeness::Same => "same",
            Likeness::Spelling => "romanisation variant",
            Likeness::Consonants => "same consonants",
            Likeness::Initial => "initial",
            Likeness::Prefix => "short form",
            Likeness::Edits(1) => "1 letter differs",
            Likeness::Edits(_) => "2+ letters differ",
            Likeness::Joined => "written together",
            Likeness::Different => "different",
        }
    }
}

/// Levenshtein distance of two ASCII strings, giving up (returning `limit + 1`) past `limit`.
pub fn bounded_levenshtein(a: &[u8], b: &[u8], limit: usize) -> usize {
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let mut prev: [u16; 64] = [0; 64];
    let mut cur: [u16; 64] = [0; 64];
    if b.len() >= 63 || a.len() >= 63 {
        // Very long parts (a whole name without spaces): compare for equality only.
        return if a == b { 0 } else { limit + 1 };
    }
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j as u16;
    }
    // Optimal string alignment: a swap of two neighbouring letters (Marcon/Macron) is one edit.
    let mut before: [u16; 64] = [0; 64];
    for i in 1..=a.len() {
        cur[0] = i as u16;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = u16::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(before[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if usize::from(row_min) > limit {
            return limit + 1;
        }
        before = prev;
        std::mem::swap(&mut prev, &mut cur);
    }
    usize::from(prev[b.len()])
}

/// How alike two parts are, in [0, 1].
pub fn part_similarity(a: &NamePart, b: &NamePart, kind: NameKind) -> (f32, Likeness) {
    if a.role == PartRole::Number || b.role == PartRole::Number {
        // Another number in the same place is a near miss (Fund IV / Fund V), not a stranger.
        return match (a.text == b.text, a.role == b.role) {
            (true, _) => (1.0, Likeness::Same),
            (false, true) => (0.6, Likeness::Different),
            (false, false) => (0.0, Likeness::Different),
        };
    }
    if a.script_bound || b.script_bound {
        // Han and Hangul names compare as whole strings: one character is a different name.
        return if a.folded == b.folded {
            (1.0, Likeness::Same)
        } else {
            (0.0, Likeness::Different)
        };
    }
    // Equal folded forms have equal masks: the mask test spares most string compares.
    if a.mask == b.mask {
        if a.text == b.text {
            return (1.0, Likeness::Same);
        }
        if a.folded == b.folded {
            return (0.95, Likeness::Spelling);
        }
    }
    let person = kind == NameKind::Person;
    if person && (a.role == PartRole::Initial) != (b.role == PartRole::Initial) {
        let (i, full) = if a.role == PartRole::Initial {
            (a, b)
        } else {
            (b, a)
        };
        return if full.text.as_bytes().first() == i.text.as_bytes().first() {
            (0.8, Likeness::Initial)
        } else {
            (0.0, Likeness::Different)
        };
    }
    let unvowelled = a.unvowelled || b.unvowelled;
    // Consonants alone decide only against Arabic script, which writes no short vowels; two
    // Latin spellings with the same consonants and other vowels are other names (Mahmoud /
    // Mohammed), left to the edit distance below.
    if unvowelled && a.skeleton == b.skeleton && a.skeleton.len() >= 2 {
        // Two consonants (Kony / خان k-n) are thin evidence; three or more are a name.
        let sim = if a.skeleton.len() >= 3 { 0.9 } else { 0.7 };
        return (sim, Likeness::Consonants);
    }
    if unvowelled {
        // Arabic script has no p, v or g: it writes them as b, f and j/q/k.
        let loose = |s: &str| -> Vec<u8> {
            let mut out: Vec<u8> = Vec::with_capacity(s.len());
            for b in s.bytes() {
                let b = match b {
                    b'p' => b'b',
                    b'v' => b'f',
                    b'g' | b'q' => b'k',
                    other => other,
                };
                if out.last() != Some(&b) {
                    out.push(b);
                }
            }
            out
        };
        let (la, lb) = (loose(&a.skeleton), loose(&b.skeleton));
        if la == lb && la.len() >= 2 {
            return (0.85, Likeness::Consonants);
        }
        let (sa, sb) = (la.as_slice(), lb.as_slice());
        if sa.len().min(sb.len()) >= 4 && bounded_levenshtein(sa, sb, 1) <= 1 {
            return (0.7, Likeness::Consonants);
        }
        return (0.0, Likeness::Different);
    }
    let (fa, fb) = (a.folded.as_bytes(), b.folded.as_bytes());
    let longest = fa.len().max(fb.len());
    // More than two edits apart (the most a match allows): no need to count them.
    if (a.mask ^ b.mask).count_ones() > 4 || fa.len().abs_diff(fb.len()) > 2 {
        return prefix_or_different(fa, fb, kind);
    }
    // Typo tolerance goes by the number of slips, not their share: one slip in a long part is
    // a spelling, three are another name (Castillo / Castro).
    let d = bounded_levenshtein(fa, fb, 2);
    let sim = match (d, longest) {
        (1, 6..) => 0.9,
        (1, 5) => 0.85,
        (1, 4) => 0.75,
        (1, _) => 0.6,
        (2, 9..) => 0.7,
        (2, 6..=8) => 0.6,
        _ => 0.0,
    };
    if sim >= MIN_PAIR {
        return (sim, Likeness::Edits(d as u8));
    }
    prefix_or_different(fa, fb, kind)
}

/// A short form of a person's name part (Ben / Benjamin), or nothing.
fn prefix_or_different(fa: &[u8], fb: &[u8], kind: NameKind) -> (f32, Likeness) {
    if kind == NameKind::Person {
        let (short, long) = if fa.len() < fb.len() {
            (fa, fb)
        } else {
            (fb, fa)
        };
        if short.len() >= 3 && long.starts_with(short) {
            return (0.72, Likeness::Prefix);
        }
    }
    (0.0, Likeness::Different)
}

/// One pairing of a query part with a candidate part.
#[derive(Debug, Clone, PartialEq)]
pub struct PartPair {
    pub query: usize,
    pub candidate: usize,
    pub similarity: f32,
    pub how: Likeness,
}

/// The outcome of comparing two names, with what it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct NameComparison {
    pub score: f32,
    pub pairs: Vec<PartPair>,
    /// Core parts of each side that found no counterpart.
    pub unmatched_query: Vec<usize>,
    pub unmatched_candidate: Vec<usize>,
    /// A human-readable account of the score.
    pub detail: String,
}

fn align(q: &AnalyzedName, c: &AnalyzedName) -> Vec<PartPair> {
    let mut options: Vec<PartPair> = Vec::new();
    for (i, a) in q.parts.iter().enumerate() {
        for (j, b) in c.parts.iter().enumerate() {
            let (similarity, how) = part_similarity(a, b, q.kind);
            if similarity >= MIN_PAIR {
                options.push(PartPair {
                    query: i,
                    candidate: j,
                    similarity,
                    how,
                });
            }
        }
    }
    // Greedy by similarity, heavier parts first on ties: optimal for the small, mostly
    // one-to-one cases names make.
    options.sort_by(|x, y| {
        y.similarity.total_cmp(&x.similarity).then(
            c.parts[y.candidate]
                .weight
                .total_cmp(&c.parts[x.candidate].weight),
        )
    });
    let mut used_q = vec![false; q.parts.len()];
    let mut used_c = vec![false; c.parts.len()];
    let mut pairs = Vec::new();
    for o in options {
        if !used_q[o.query] && !used_c[o.candidate] {
            used_q[o.query] = true;
            used_c[o.candidate] = true;
            pairs.push(o);
        }
    }
    pairs
}

/// Merge 2 or 3 adjacent parts of `name` when, written together, they equal a part of `other`
/// (SergeiLavrov / Sergei Lavrov, van der Bilt / Vanderbilt, Abdul Rahman / Abdulrahman).
fn join_adjacent(name: &AnalyzedName, other: &AnalyzedName) -> Option<AnalyzedName> {
    // Names written together are long: without a long part on the other side there is
    // nothing to join for.
    if !other.parts.iter().any(|o| o.folded.len() >= 6) {
        return None;
    }
    for width in [2usize, 3] {
        if name.parts.len() < width {
            continue;
        }
        for i in 0..=name.parts.len() - width {
            let run = &name.parts[i..i + width];
            if run.iter().any(|p| p.role == PartRole::Number) {
                continue;
            }
            let approx: usize = run.iter().map(|p| p.folded.len()).sum();
            // Cheap length filter before folding the joined text.
            let first = run[0].folded.as_bytes().first();
            let run_mask = run.iter().fold(0, |m, p| m | p.mask);
            let fits = other.parts.iter().any(|o| {
                o.folded.len() + 2 >= approx
                    && o.folded.len() <= approx + 1
                    && o.folded.len() >= 4
                    && o.folded.as_bytes().first() == first
                    && (o.mask ^ run_mask).count_ones() <= 2
            });
            if !fits {
                continue;
            }
            let joined: String = run.iter().map(|p| p.text.as_str()).collect();
            let folded = fold(&joined);
            if let Some(o) = other.parts.iter().find(|o| o.folded == folded) {
                let mut merged = name.clone();
                let mut part = merged.parts[i].clone();
                part.skeleton = skeleton(&folded);
                part.mask = vigil_normalize::letter_mask(&folded);
                part.text = joined;
                part.folded = folded;
                part.role = PartRole::Regular;
                part.weight = 1.0;
                part.script_bound = o.script_bound;
                merged.parts.splice(i..i + width, std::iter::once(part));
                return Some(merged);
            }
        }
    }
    None
}

fn unmatched(name: &AnalyzedName, pairs: &[PartPair], query_side: bool) -> Vec<usize> {
    name.core_parts()
        .map(|(i, _)| i)
        .filter(|i| {
            !pairs
                .iter()
                .any(|p| (if query_side { p.query } else { p.candidate }) == *i)
        })
        .collect()
}

/// Compare a query name with a candidate name, with a readable account in `detail`.
pub fn compare(q: &AnalyzedName, c: &AnalyzedName) -> NameComparison {
    compare_with(q, c, true)
}

/// As [`compare`]; with `explain` false the `detail` stays empty, which screening uses for
/// every candidate name but the best (building the text costs more than the score).
pub fn compare_with(q: &AnalyzedName, c: &AnalyzedName, explain: bool) -> NameComparison {
    use std::borrow::Cow;
    let mut q = Cow::Borrowed(q);
    let mut c = Cow::Borrowed(c);
    if q.parts.len() != c.parts.len() {
        if let Some(m) = join_adjacent(&q, &c) {
            q = Cow::Owned(m);
        } else if let Some(m) = join_adjacent(&c, &q) {
            c = Cow::Owned(m);
        }
    }
    let pairs = align(&q, &c);
    let uq = unmatched(&q, &pairs, true);
    let uc = unmatched(&c, &pairs, false);
    score(&q, &c, pairs, uq, uc, explain)
}

fn score(
    q: &AnalyzedName,
    c: &AnalyzedName,
    pairs: Vec<PartPair>,
    uq: Vec<usize>,
    uc: Vec<usize>,
    explain: bool,
) -> NameComparison {
    let weight_of = |n: &AnalyzedName| {
        let core = n.core_weight();
        if core > 0.0 {
            core
        } else {
            n.parts.iter().map(|p| p.weight).sum()
        }
    };
    let (wq, wc) = (weight_of(q), weight_of(c));
    let counts = |n: &AnalyzedName, i: usize| n.parts[i].counts() || n.core_weight() == 0.0;
    let mq: f32 = pairs
        .iter()
        .filter(|p| counts(q, p.query))
        .map(|p| q.parts[p.query].weight * p.similarity)
        .sum();
    let mc: f32 = pairs
        .iter()
        .filter(|p| counts(c, p.candidate))
        .map(|p| c.parts[p.candidate].weight * p.similarity)
        .sum();
    let mut detail = String::new();
    let describe = |detail: &mut String| {
        if !explain {
            return;
        }
        for p in &pairs {
            let (a, b) = (&q.parts[p.query], &c.parts[p.candidate]);
            detail.push_str(&format!(
                "{}~{} ({} {:.2}); ",
                a.text,
                b.text,
                p.how.describe(),
                p.similarity
            ));
        }
    };
    if wq <= 0.0 || wc <= 0.0 || pairs.is_empty() {
        if explain {
            describe(&mut detail);
            detail.push_str("no distinctive part in common");
        }
        return NameComparison {
            score: 0.0,
            pairs,
            unmatched_query: uq,
            unmatched_candidate: uc,
            detail,
        };
    }
    let (cov_q, cov_c) = ((mq / wq).min(1.0), (mc / wc).min(1.0));
    let mut s;
    if q.kind == NameKind::Person {
        // Persons: the shorter name must be covered; extra middle names on the longer one
        // cost little (Akhtar Mansour / Akhtar Mohammad Mansour).
        let query_is_short = wq <= wc;
        let (cov_short, cov_long, short, long, unmatched_short) = if query_is_short {
            (cov_q, cov_c, q, c, &uq)
        } else {
            (cov_c, cov_q, c, q, &uc)
        };
        // Parts only the list entry has are usually middle names; parts only the query has
        // are what the searcher knows and the entry lacks, which weighs more.
        let floor = if query_is_short { 0.75 } else { 0.6 };
        s = cov_short * (floor + (1.0 - floor) * cov_long);
        // A distinctive part of the shorter name with no counterpart is evidence of a
        // different person, beyond the coverage it costs.
        let missing = unmatched_short
            .iter()
            .filter(|&&i| short.parts[i].role == PartRole::Regular)
            .count();
        s *= 0.75f32.powi(missing as i32);
        if patronymic_swapped(q, c, &pairs) {
            // Salman bin Muhammad is Muhammad's son; Muhammad bin Salman is Salman's.
            s *= 0.7;
            if explain {
                detail.push_str("names around bin/ibn in the other order (x0.7); ");
            }
        }
        let named = |n: &AnalyzedName| {
            n.parts
                .iter()
                .filter(|p| matches!(p.role, PartRole::Regular | PartRole::Initial))
                .count()
        };
        if named(short) == 1 && named(long) >= 2 {
            // One name against a full name: Walijan against Walijan Abdul Ghafoor Haqqani.
            s *= 0.65;
            if explain {
                detail.push_str("single name against a full name (x0.65); ");
            }
        }
    } else {
        // Organisations, vessels: symmetric. A word either side lacks is a different body
        // (Saudi Arabian Oil / Gas Company), a generic word somewhat less so.
        s = (mq + mc) / (wq + wc);
        // A generic word one side adds (Khalq / Khalq Organization) says little; one put in
        // place of another (Oil / Gas) says the bodies differ.
        let substituted = !uq.is_empty() && !uc.is_empty();
        for (n, unmatched) in [(q, &uq), (c, &uc)] {
            for &i in unmatched.iter() {
                s *= match n.parts[i].role {
                    PartRole::Generic if substituted => 0.85,
                    PartRole::Generic => 0.93,
                    PartRole::Initial => 0.9,
                    _ => 0.8,
                };
            }
        }
    }
    if explain {
        describe(&mut detail);
        if !uq.is_empty() {
            let names: Vec<&str> = uq.iter().map(|&i| q.parts[i].text.as_str()).collect();
            detail.push_str(&format!("query only: {}; ", names.join(" ")));
        }
        if !uc.is_empty() {
            let names: Vec<&str> = uc.iter().map(|&i| c.parts[i].text.as_str()).collect();
            detail.push_str(&format!("candidate only: {}; ", names.join(" ")));
        }
        detail.push_str(&format!("coverage {:.2}/{:.2}", cov_q, cov_c));
    }
    NameComparison {
        score: s.clamp(0.0, 1.0),
        pairs,
        unmatched_query: uq,
        unmatched_candidate: uc,
        detail,
    }
}

/// Whether both names say "X bin Y" with one inner bin/ibn, and the parts on either side of it
/// traded places (Salman bin Muhammad / Muhammad bin Salman).
fn patronymic_swapped(q: &AnalyzedName, c: &AnalyzedName, pairs: &[PartPair]) -> bool {
    let link = |n: &AnalyzedName| {
        let at: Vec<usize> = n
            .parts
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.text.as_str(), "bin" | "ibn" | "bint" | "ben"))
            .map(|(i, _)| i)
            .collect();
        match at.as_slice() {
            [i] if *i > 0 && *i + 1 < n.parts.len() => Some(*i),
            _ => None,
        }
    };
    let (Some(lq), Some(lc)) = (link(q), link(c)) else {
        return false;
    };
    let partner = |qi: usize| pairs.iter().find(|p| p.query == qi).map(|p| p.candidate);
    partner(lq - 1) == Some(lc + 1) || partner(lq + 1) == Some(lc - 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_normalize::analyze;

    fn s(a: &str, b: &str, kind: NameKind) -> f32 {
        compare(&analyze(a, kind), &analyze(b, kind)).score
    }

    #[test]
    fn levenshtein() {
        assert_eq!(bounded_levenshtein(b"kitten", b"sitting", 5), 3);
        assert_eq!(bounded_levenshtein(b"kitten", b"sitting", 1), 2);
        assert_eq!(bounded_levenshtein(b"", b"abc", 5), 3);
        assert_eq!(bounded_levenshtein(b"same", b"same", 0), 0);
    }

    #[test]
    fn persons() {
        let p = NameKind::Person;
        let high = [
            ("Asadollah Assadi", "ASSADI Assadollah"),
            ("Assadolah Assadi", "Asadollah Asadi"),
            ("Asadollah Assadi", "اسدالله اسدی"),
            ("Olaf Scholz", "Olaf Scholze"),
            ("Vladimir Putin", "PUTIN, Vladimir Vladimirovich"),
            ("Akhtar Mansour", "AKHTAR MOHAMMAD MANSOUR SHAH MOHAMMED"),
            ("Abdul Rahman Yasin", "Abdulrahman Yasin"),
        ];
        for (a, b) in high {
            assert!(s(a, b, p) >= 0.75, "{a} / {b}: {}", s(a, b, p));
        }
        let low = [
            ("Maryam Rajavi", "Massoud Rajavi"),
            ("Bashar al-Assad", "Hafez al-Assad"),
            ("Walijan", "WALIJAN ABDUL GHAFOOR HAQQANI"),
            ("Octavian Scholz", "Olaf Scholz"),
            ("Pol Pot", "Paul Murphy"),
        ];
        for (a, b) in low {
            assert!(s(a, b, p) < 0.6, "{a} / {b}: {}", s(a, b, p));
        }
    }

    #[test]
    fn organisations() {
        let o = NameKind::Organization;
        assert!(s("Mojahedin-e Khalq", "مجاهدین خلق", o) >= 0.75);
        assert!(s("Goldman Sachs & Co. LLC", "Goldman Sachs and Co. L.L.C.", o) >= 0.95);
        assert!(
            s(
                "Volkswagen Aktiengesellschaft",
                "Siemens Aktiengesellschaft",
                o
            ) < 0.3
        );
        assert!(s("ICBC (Asia) Limited", "ICBC (London) plc", o) < 0.6);
        // No match on generic words alone.
        assert!(
            s(
                "National Trading Corporation",
                "Global Trading Corporation",
                o
            ) < 0.6
        );
    }
}
