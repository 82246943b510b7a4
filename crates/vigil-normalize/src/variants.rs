//! Splitting one written name into the names it contains.
//!
//! List transcriptions pack variants into one field: `Maher (a.k.a. Mahir) AL-ASSAD`,
//! `Samer Kamal AL-ASSAD a.k.a. ‘Samir’ سامر كمال الأسد`, `As’ad, Asaad, Asad`,
//! `Al-Qa'ida/Islamic Army`. Each variant is matched on its own; the whole stays a variant too
//! when it is a plausible name by itself.

use crate::translit::Script;

fn push(out: &mut Vec<String>, s: &str) {
    let t = s
        .trim()
        .trim_matches(|c: char| {
            c == ','
                || c == ';'
                || c == '‘'
                || c == '’'
                || c == '\''
                || c == '"'
                || c == '“'
                || c == '”'
        })
        .trim();
    if t.chars().filter(|c| c.is_alphanumeric()).nth(1).is_some() && !out.iter().any(|o| o == t) {
        out.push(t.to_string());
    }
}

/// Split on case-insensitive `a.k.a.`/`f.k.a.`/`aka` markers.
fn split_aka(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for marker in ["a.k.a.", "f.k.a.", "n.k.a.", " aka ", " alias "] {
        let mut from = 0;
        while let Some(i) = lower[from..].find(marker) {
            cuts.push((from + i, from + i + marker.len()));
            from += i + marker.len();
        }
    }
    if cuts.is_empty() || lower.len() != s.len() {
        return vec![s.to_string()];
    }
    cuts.sort();
    let mut parts = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a >= start {
            parts.push(s[start..a].to_string());
            start = b;
        }
    }
    parts.push(s[start..].to_string());
    parts
}

/// A Latin-script name followed by its Arabic-script (or Cyrillic) form: two names.
fn split_scripts(s: &str) -> Vec<String> {
    // A word that mixes scripts is one word disguised with look-alike letters (Наsаn), not
    // two names: the name stays whole.
    if s.split_whitespace().any(|w| !single_script(w)) {
        return vec![s.to_string()];
    }
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut script: Option<Script> = None;
    for word in s.split_whitespace() {
        let ws = Script::detect(word);
        let ws = if ws == Script::None {
            script.unwrap_or(Script::None)
        } else {
            ws
        };
        if script.is_some_and(|sc| sc != ws) && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        }
        script = Some(ws);
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

/// Whether all letters of `name` are in one script (no allocation: the common case).
fn single_script(name: &str) -> bool {
    let mut seen: Option<Script> = None;
    for c in name.chars() {
        if let Some(s) = Script::of_char(c) {
            match seen {
                None => seen = Some(s),
                Some(x) if x != s => return false,
                _ => {}
            }
        }
    }
    true
}

/// Whether `inner`, found in parentheses after `base`, is an acronym of it: capitals (and
/// digits) only, two to ten, its letters found in order in `base`, the first being the initial
/// of one of base's first two words (IRGC of Islamic Revolutionary Guard Corps, HQN of HAQQANI
/// NETWORK; not IRAN of BANK SEPAH).
fn is_acronym_of(inner: &str, base: &str) -> bool {
    if inner.chars().any(is_arabic_letter) {
        return is_arabic_acronym_of(inner.trim(), base);
    }
    let letters: Vec<char> = inner
        .chars()
        .filter(|c| !matches!(c, '.' | '-' | '&' | ' '))
        .collect();
    if !(2..=10).contains(&letters.len())
        || !letters
            .iter()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || letters.iter().filter(|c| c.is_ascii_uppercase()).count() < 2
    {
        return false;
    }
    let words: Vec<&str> = base
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let initial = |w: &&str| w.chars().next().map(|c| c.to_ascii_uppercase());
    if !words.iter().take(2).any(|w| initial(w) == Some(letters[0])) {
        return false;
    }
    let mut rest = base.chars().map(|c| c.to_ascii_uppercase());
    letters
        .iter()
        .filter(|c| c.is_ascii_uppercase())
        .all(|c| rest.any(|b| b == *c))
}

/// Whether `inner`, in parentheses after a name of two words or more, is an acronym taken from
/// the body's own language (FSB of Federal Security Service, GRU, MIT, BND): capitals only, two
/// to six, not a country (UK, IRAN) nor a legal form (LLC, FZE).
fn is_foreign_acronym(inner: &str, base: &str) -> bool {
    let inner = inner.trim();
    (2..=6).contains(&inner.len())
        && inner.chars().all(|c| c.is_ascii_uppercase())
        && base.split_whitespace().count() >= 2
        && vigil_model::country_code(inner).is_none()
        && crate::lexicon::legal_form_at(&[inner.to_ascii_lowercase()]).is_none()
}

fn is_arabic_letter(c: char) -> bool {
    crate::translit::Script::of_char(c) == Some(crate::translit::Script::Arabic)
}

/// An acronym in Arabic script (کیپس for شرکت کیمیا پارت سیوان): one word of two to eight
/// letters whose consonants are, in order, initials of the name's words; the long-vowel
/// letters (ا و ی ي) that make it pronounceable need not be.
fn is_arabic_acronym_of(inner: &str, base: &str) -> bool {
    let letters: Vec<char> = inner.chars().filter(|c| !c.is_whitespace()).collect();
    if !(2..=8).contains(&letters.len())
        || inner.split_whitespace().count() != 1
        || !letters.iter().all(|c| is_arabic_letter(*c))
    {
        return false;
    }
    let initials: Vec<char> = base
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect();
    if initials.len() < 2 {
        return false;
    }
    let vowel_letter = |c: &char| matches!(c, 'ا' | 'و' | 'ی' | 'ي' | 'ى' | 'آ');
    let consonants: Vec<char> = letters
        .iter()
        .copied()
        .filter(|c| !vowel_letter(c))
        .collect();
    if consonants.len() < 2 || letters.first() != consonants.first() {
        return false;
    }
    let mut rest = initials.iter();
    consonants.iter().all(|c| rest.any(|i| i == c))
}

/// An organisation's name with its acronym in parentheses ("Islamic Revolutionary Guard Corps
/// (IRGC)") is two names, the name and the acronym; an acronym inside a longer name ("IRGC
/// Regional Corps (IRGC) Quds") is left out of it, and names no one on its own.
fn split_acronyms(name: &str) -> Option<(String, Option<String>)> {
    let open = name.find('(')?;
    let close = open + name[open..].find(')')?;
    let inner = &name[open + 1..close];
    let before = name[..open].trim_end();
    let after = name[close + 1..].trim();
    if !is_acronym_of(inner, before) && !is_foreign_acronym(inner, before) {
        return None;
    }
    if after.is_empty() {
        Some((before.to_string(), Some(inner.trim().to_string())))
    } else {
        Some((format!("{before} {after}"), None))
    }
}

/// A body's short name set before its full one ("Gecopham, the General Company for Phosphate
/// and Mines"): the two names apart. Persons' names never put "the" after their comma.
fn short_name_before_full(name: &str) -> Option<(&str, &str)> {
    let at = name.find(", the ").or_else(|| name.find(", The "))?;
    let short = name[..at].trim();
    let full = name[at + ", the ".len()..].trim();
    let words = |s: &str| s.split_whitespace().count();
    ((1..=3).contains(&words(short)) && words(full) >= 2 && !full.contains(", the "))
        .then_some((short, full))
}

/// Every name variant written in `name` (the whole first when it needs no splitting).
pub fn name_variants(name: &str) -> Vec<String> {
    // Most names are written once: no comma, parenthesis, slash or alias marker to split on,
    // one script. Said up front, they skip the searches below.
    let bytes = name.as_bytes();
    let written_once = !bytes.iter().any(|b| matches!(b, b',' | b'(' | b'/'))
        && !(bytes.contains(&b'.') && (name.contains("k.a.") || name.contains("K.A.")))
        && (name.is_ascii() || (!name.contains('\u{060C}') && single_script(name)));
    if written_once {
        let mut out = Vec::with_capacity(1);
        push(&mut out, name);
        return out;
    }
    if let Some((short, full)) = short_name_before_full(name) {
        let mut out = vec![name.trim().to_string()];
        for part in [short, full] {
            for v in name_variants(part) {
                push(&mut out, &v);
            }
        }
        return out;
    }
    if let Some((mut base, acronym)) = split_acronyms(name) {
        // A short name in parentheses that is no acronym of the English name but a word of
        // the body's own language ("Yemen News Agency (SABA)", "Cyber Police (FATA)"), said
        // rather than spelt out (four letters or more): the whole name is a name too, for a
        // name in the body's own script says both. The parentheses stay: they mark the word
        // an acronym.
        let says_its_own_short_name = acronym
            .as_deref()
            .is_some_and(|short| short.len() >= 4 && !is_acronym_of(short, &base));
        let mut acronyms: Vec<String> = acronym.into_iter().collect();
        while let Some((rest, acronym)) = split_acronyms(&base) {
            base = rest;
            acronyms.extend(acronym);
        }
        let mut out = variants_of(&base);
        for a in acronyms {
            push(&mut out, &a);
        }
        if says_its_own_short_name {
            push(&mut out, name.trim());
        }
        return out;
    }
    variants_of(name)
}

fn variants_of(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let simple = !name.contains('/')
        && !name.contains("k.a.")
        && !name.contains("K.A.")
        && name.matches(',').count() < 2
        && single_script(name);
    if simple {
        push(&mut out, name);
        // Arabic script has no "FAMILY, Given" order: a comma there separates two writings
        // of one name (معلا ابراهيم, ابراهيم معلى), each a variant besides the whole.
        if name.contains([',', '\u{060C}'])
            && name
                .chars()
                .any(|c| Script::of_char(c) == Some(Script::Arabic))
        {
            for piece in name.split([',', '\u{060C}']) {
                if piece.split_whitespace().next().is_some() {
                    push(&mut out, piece);
                }
            }
        }
        return out;
    }
    // Parenthesised variants: "Maher (a.k.a. Mahir) AL-ASSAD" → "Maher AL-ASSAD", "Mahir AL-ASSAD".
    let mut base = String::new();
    let mut inner: Vec<String> = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                if depth == 1 {
                    cur.clear();
                    continue;
                }
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    inner.push(std::mem::take(&mut cur));
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 {
            cur.push(c);
        } else {
            base.push(c);
        }
    }
    let base = base.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut pieces: Vec<String> = Vec::new();
    for chunk in base.split('/') {
        for a in split_aka(chunk) {
            pieces.extend(split_scripts(&a));
        }
    }
    for p in &pieces {
        // "As’ad, Asaad, Asad": a list, not "FAMILY, Given"; but a piece that opens with a
        // conjunction ends an enumeration inside one name ("... FOR PROTECTION, GUARDING,
        // AND SECURITY SERVICES").
        let enumeration = p.split(',').skip(1).any(|x| {
            x.split_whitespace().next().is_some_and(|w| {
                ["and", "&", "or", "et", "und", "y", "e", "en", "i"]
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
            })
        });
        if p.matches(',').count() >= 2
            && !enumeration
            && p.split(',').all(|x| x.split_whitespace().count() <= 3)
        {
            for x in p.split(',') {
                push(&mut out, x);
            }
        } else {
            push(&mut out, p);
        }
    }
    // Parenthesised aliases stand in for the first word of the name they sit in.
    for i in inner {
        for alt in split_aka(&i) {
            for a in alt.split(',') {
                let a = a.trim();
                if a.is_empty() {
                    continue;
                }
                let rest: Vec<&str> = base
                    .split_whitespace()
                    .skip(a.split_whitespace().count())
                    .collect();
                if a.split_whitespace().count() == 1 && !rest.is_empty() {
                    push(&mut out, &format!("{a} {}", rest.join(" ")));
                } else {
                    push(&mut out, a);
                }
            }
        }
    }
    if out.is_empty() {
        push(&mut out, name);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("NASRALLAH, Hasan", &["NASRALLAH, Hasan"]),
            // Arabic script: two writings of one name, each a variant.
            (
                "نبيل كريمي، نبيل الكريمي",
                &["نبيل كريمي، نبيل الكريمي", "نبيل كريمي", "نبيل الكريمي"],
            ),
            ("ICBC (Asia) Limited", &["ICBC (Asia) Limited"]),
            // An acronym from the body's own language is an alias too; a country or a legal
            // form in parentheses is not one.
            (
                "Federal Security Service (FSB)",
                &["Federal Security Service", "FSB"],
            ),
            ("Example Trading Ltd (UK)", &["Example Trading Ltd (UK)"]),
            ("Example Trading (FZE)", &["Example Trading (FZE)"]),
            // An enumeration inside one name is no list of variants.
            (
                "AL-NOOR FOR TRANSPORT, STORAGE, AND SECURITY SERVICES",
                &["AL-NOOR FOR TRANSPORT, STORAGE, AND SECURITY SERVICES"],
            ),
            (
                "Maher (a.k.a. Mahir) AL-ASSAD",
                &["Maher AL-ASSAD", "Mahir AL-ASSAD"],
            ),
            (
                "Samer Kamal AL-ASSAD a.k.a. ‘Samir’ سامر كمال الأسد",
                &["Samer Kamal AL-ASSAD", "Samir", "سامر كمال الأسد"],
            ),
            ("As’ad, Asaad, Asad", &["As’ad", "Asaad", "Asad"]),
            // A body's short name before its full one: the whole, and each apart.
            (
                "Examplex, the General Company for Salt and Glass",
                &[
                    "Examplex, the General Company for Salt and Glass",
                    "Examplex",
                    "General Company for Salt and Glass",
                ],
            ),
            ("Al-Qa'ida/Islamic Army", &["Al-Qa'ida", "Islamic Army"]),
            (
                "Munzir (a.k.a. Mundhir, Monzer) Jamil AL-ASSAD",
                &[
                    "Munzir Jamil AL-ASSAD",
                    "Mundhir Jamil AL-ASSAD",
                    "Monzer Jamil AL-ASSAD",
                ],
            ),
        ];
        let acronyms: &[(&str, &[&str])] = &[
            (
                "Islamic Revolutionary Guard Corps (IRGC)",
                &["Islamic Revolutionary Guard Corps", "IRGC"],
            ),
            ("HAQQANI NETWORK (HQN)", &["HAQQANI NETWORK", "HQN"]),
            (
                "Guard Corps (GC) Regional Corps Quds",
                &["Guard Corps Regional Corps Quds"],
            ),
            ("BANK SEPAH (IRAN)", &["BANK SEPAH (IRAN)"]),
            ("Oje Parvaz Company (Mado)", &["Oje Parvaz Company (Mado)"]),
            // In Arabic script: the consonants are initials of the name's words.
            ("شرکت نوین پارس سازه (نپس)", &["شرکت نوین پارس سازه", "نپس"]),
            (
                "شرکت نوین پارس سازه (تهران)",
                &["شرکت نوین پارس سازه (تهران)"],
            ),
        ];
        for (input, want) in cases.iter().chain(acronyms) {
            assert_eq!(name_variants(input), *want, "{input}");
        }
    }
}
