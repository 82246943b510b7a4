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
    if t.chars().filter(|c| c.is_alphanumeric()).count() >= 2 && !out.iter().any(|o| o == t) {
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

/// Every name variant written in `name` (the whole first when it needs no splitting).
pub fn name_variants(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let simple = !name.contains('/')
        && !name.contains("k.a.")
        && !name.contains("K.A.")
        && name.matches(',').count() < 2
        && single_script(name);
    if simple {
        push(&mut out, name);
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
        // "As’ad, Asaad, Asad": a list, not "FAMILY, Given".
        if p.matches(',').count() >= 2 && p.split(',').all(|x| x.split_whitespace().count() <= 3) {
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
            ("ICBC (Asia) Limited", &["ICBC (Asia) Limited"]),
            (
                "Maher (a.k.a. Mahir) AL-ASSAD",
                &["Maher AL-ASSAD", "Mahir AL-ASSAD"],
            ),
            (
                "Samer Kamal AL-ASSAD a.k.a. ‘Samir’ سامر كمال الأسد",
                &["Samer Kamal AL-ASSAD", "Samir", "سامر كمال الأسد"],
            ),
            ("As’ad, Asaad, Asad", &["As’ad", "Asaad", "Asad"]),
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
        for (input, want) in cases {
            assert_eq!(name_variants(input), *want, "{input}");
        }
    }
}
