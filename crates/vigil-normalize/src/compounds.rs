//! Arabic compound names written as one word or as several.
//!
//! Arabic script writes "servant of the Merciful" as عبد الرحمن (two words) or عبدالرحمن (one);
//! romanisations add their own choices: Abd al-Rahman, Abdul Rahman, Abdurrahman,
//! Abderrahmane. The same holds for the second elements of theophoric names (Nur Allah /
//! Noorullah / نورالله, Shams al-Din / Shamsuddin / Chamseddine, Shams ur-Rahman, Zia ul-Haq).
//! The article in the middle is assimilated in speech (ud-din, ur-rahman) and so written in
//! many ways or not at all, and Arabic script writes no short vowels: no spelling decides.
//!
//! Both sides of a comparison therefore write every such compound the same way before they are
//! compared or indexed, the article left out and the second element in one canonical
//! spelling: Nur Allah and Shams al-Din as one word ("nurallah", "shamsaddin"), Shams
//! ur-Rahman and Zia ul-Haq as two ("shams", "rahman"), an abd compound as two ("abd",
//! "rahman"; Abdallah stays one) since lists add and drop its Abdul. What is left (vowels,
//! doubled letters) the folding and the consonant skeleton already absorb.

/// How a compound's second element is written once canonical.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Element {
    Allah,
    /// Allah with the Persian nisba -i, as surnames take it (Amanollahi, Feyzollahi / فیض
    /// اللهی, Nasrollahi).
    Allahi,
    /// Allah with the Persian -ian of family names (Abdollahian, Fathollahian / فتح اللهیان).
    Allahian,
    Din,
    Rahman,
    Haq,
}

impl Element {
    /// The element's spelling at the end of a compound written as one word.
    fn canonical(self) -> &'static str {
        match self {
            Element::Din => "addin",
            other => bare(other),
        }
    }

    /// The element a whole word is, in any romanisation or in Arabic script's
    /// transliteration, the article glued to it or not (din, aldin, uddin, eddine).
    fn of_word(w: &str) -> Option<Element> {
        Element::exact(w).or_else(|| {
            (1..=3).filter(|&n| w.len() > n + 2).find_map(|n| {
                let (link, rest) = w.split_at(n);
                if is_link(link) {
                    Element::exact(rest)
                } else {
                    None
                }
            })
        })
    }

    fn exact(w: &str) -> Option<Element> {
        Some(match w {
            "allah" | "alah" | "allh" | "ullah" | "ulah" | "ollah" | "olah" | "ulla" | "olla"
            | "alla" | "illah" | "ellah" | "llah" => Element::Allah,
            "allahi" | "ullahi" | "ollahi" | "illahi" | "llahi" | "allhi" | "allhy" => {
                Element::Allahi
            }
            "allahian" | "ullahian" | "ollahian" | "llahian" | "allahyan" | "ollahyan"
            | "allhyan" | "allhian" => Element::Allahian,
            "din" | "dine" | "deen" | "ddin" | "ddine" | "dinn" => Element::Din,
            "rahman" | "rahmane" | "rehman" | "rahmaan" | "rhmn" | "rhman" | "rakhman" => {
                Element::Rahman
            }
            "haq" | "haque" | "hak" | "hq" | "huq" => Element::Haq,
            _ => return None,
        })
    }
}

/// A word standing between the two halves, the article in its assimilated spellings.
fn is_link(w: &str) -> bool {
    matches!(
        w,
        "al" | "el"
            | "ul"
            | "ol"
            | "il"
            | "ar"
            | "ur"
            | "er"
            | "ir"
            | "as"
            | "us"
            | "es"
            | "ad"
            | "ud"
            | "ed"
            | "od"
            | "az"
            | "uz"
            | "ez"
            | "an"
            | "un"
            | "en"
            | "at"
            | "ut"
            | "et"
            | "ash"
            | "ush"
            | "esh"
            | "ou"
            | "oud"
            | "oul"
            | "u"
            | "e"
            | "o"
    )
}

/// The "servant of" word in any spelling: abd, abdul, abdel, abdoul, abdur, ...
fn is_abd(w: &str) -> bool {
    w.strip_prefix("abd")
        .is_some_and(|rest| rest.is_empty() || (rest.len() <= 3 && is_link(rest)))
}

/// A word that is a whole compound written together: its first half and second element
/// (noorullah → nur + Allah, shamsuddin → shams + Din, ziaulhaq → zia + Haq).
fn split_joined(w: &str) -> Option<(&str, Element)> {
    const ENDINGS: &[(&str, Element)] = &[
        ("llahian", Element::Allahian),
        ("llahyan", Element::Allahian),
        ("llahi", Element::Allahi),
        ("llhi", Element::Allahi),
        ("llah", Element::Allah),
        ("lah", Element::Allah),
        ("llh", Element::Allah),
        ("lla", Element::Allah),
        ("ddine", Element::Din),
        ("ddin", Element::Din),
        ("dine", Element::Din),
        ("din", Element::Din),
        ("deen", Element::Din),
        ("rrahman", Element::Rahman),
        ("rahmane", Element::Rahman),
        ("rahman", Element::Rahman),
        ("rrehman", Element::Rahman),
        ("rehman", Element::Rahman),
        ("rhmn", Element::Rahman),
        ("lhaque", Element::Haq),
        ("lhaq", Element::Haq),
        ("lhq", Element::Haq),
    ];
    for &(ending, element) in ENDINGS {
        let Some(head) = w.strip_suffix(ending) else {
            continue;
        };
        // The article (or its vowel) must join the halves: without it "-din" or "-lah" is
        // just how a word ends (Bernardin, Gila).
        let head = match element {
            // noor-u-llah, asad-o-llah, nasr-a-llah: the vowel before -llah is the link.
            // A single l or a final -lla only after a or u (Jamilah, Camilla are names).
            Element::Allah if ending == "llah" => head.strip_suffix(['a', 'u', 'o', 'i', 'e']),
            // Fallahi and Mollahi are words of their own: the head must still be three
            // letters once the linking vowel is gone.
            Element::Allahi | Element::Allahian => head.strip_suffix(['a', 'u', 'o', 'i', 'e']),
            Element::Allah if ending == "llh" => Some(head.strip_suffix('a').unwrap_or(head)),
            Element::Allah => head.strip_suffix(['a', 'u', 'o']),
            // The l of ul-haq is part of the ending matched above.
            Element::Haq => head.strip_suffix(['a', 'u', 'o', 'e', 'i']),
            // Written together, the article before din or rahman is a vowel (shams-u-ddin,
            // shams-u-rrahman) or a vowel and l (shams-al-din): Bernardin is no compound.
            _ => [
                "oul", "al", "el", "ul", "ol", "il", "ou", "u", "e", "o", "a", "i",
            ]
            .iter()
            .find_map(|link| head.strip_suffix(link)),
        };
        // Three letters at least before it (Shalah is no Sha-Allah).
        if let Some(head) = head.filter(|h| h.len() >= 3) {
            return Some((head, element));
        }
    }
    None
}

/// Whether a word can be a compound's first half.
fn can_head(w: &str) -> bool {
    can_head_or_particle(w) && !crate::lexicon::is_particle(w) && !is_link(w)
}

/// A word that heads a compound if the article comes next: any [`can_head`] word, and one
/// with a particle's or the article's letters (عز reads "az", علاء "la"), but never a word of
/// lineage (bin, ould), after which a father's name follows.
fn can_head_or_particle(w: &str) -> bool {
    w.len() >= 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            w,
            "bin" | "ibn" | "bint" | "binti" | "bte" | "bn" | "abn" | "bnt" | "vld" | "ould"
        )
}

/// Rewrite Arabic compounds in `words` (lower-case ASCII, as `to_ascii` gives) to one word each.
pub(crate) fn join_compounds(words: Vec<String>) -> Vec<String> {
    // Most names hold no compound: a cheap test spares the rewrite (every element word and
    // every joined compound ends in one of these).
    const ENDS: &[&str] = &[
        "lah", "llh", "lla", "lahi", "llhi", "llhy", "lahian", "lahyan", "llhyan", "din", "dine",
        "deen", "hman", "hmane", "hmaan", "hmn", "haq", "haque", "hak", "hq", "huq",
    ];
    let maybe = words
        .iter()
        .any(|w| w.starts_with("abd") || ENDS.iter().any(|e| w.ends_with(e)));
    if !maybe {
        return words;
    }
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        if crate::lexicon::is_title(w) || crate::lexicon::is_honorific(w) {
            // Ayatollah is a title, set aside later as written.
            out.push(words[i].clone());
            i += 1;
            continue;
        }
        // abd + (article) + name: one word whatever the name is.
        if is_abd(w) && i + 1 < words.len() {
            let mut j = i + 1;
            if is_link(&words[j]) && j + 1 < words.len() {
                j += 1;
            }
            let name = words[j].as_str();
            if can_head(name) || Element::of_word(name).is_some() {
                push_abd(&mut out, core_after_abd(name));
                i = j + 1;
                continue;
            }
        }
        // abd with no name after it (a list put the rest first: "BASIR, Haji Abdul"): the
        // same word "abd" the compound would give.
        if is_abd(w) {
            out.push("abd".to_string());
            i += 1;
            continue;
        }
        // abd written together with its name: abdurrahman, abdelkader, abdallah, عبدالرحمن.
        if let Some(rest) = w.strip_prefix("abd").filter(|r| r.len() >= 3) {
            push_abd(&mut out, core_after_abd_joined(rest));
            i += 1;
            continue;
        }
        // head + (article) + second element, written apart.
        if can_head_or_particle(w) && i + 1 < words.len() {
            let mut j = i + 1;
            let linked = is_link(&words[j]) && j + 1 < words.len();
            if linked {
                j += 1;
            }
            // A head with a particle's or the article's letters (عز, Izz, reads "az")
            // heads a compound only with the article before its element: عز الدين is Izz
            // al-Din, and no particle or second article stands before an Arabic article.
            let with_article = linked || Element::exact(&words[j]).is_none();
            let element = Element::of_word(&words[j]).filter(|_| can_head(w) || with_article);
            if let Some(element) = element {
                // Without a link word the head carries it (Mujibur Rahman, Anwarul Haq) or
                // the element needs none (Nur Allah, Ansar Dine); "Anwar Rahman" is two names.
                let head = if linked {
                    Some(w)
                } else {
                    match element {
                        Element::Allah | Element::Allahi | Element::Allahian | Element::Din => {
                            Some(w)
                        }
                        // The izafa -ur of Mujibur, the -ul of Anwarul: "Mohammed Rahman" is two
                        // names.
                        Element::Rahman => w.strip_suffix("ur").filter(|h| h.len() >= 3),
                        Element::Haq => w.strip_suffix("ul").filter(|h| h.len() >= 3),
                    }
                };
                if let Some(head) = head {
                    push_compound(&mut out, head, element);
                    i = j + 1;
                    continue;
                }
            }
        }
        if let Some((head, element)) = split_joined(w) {
            push_compound(&mut out, head, element);
            i += 1;
            continue;
        }
        out.push(words[i].clone());
        i += 1;
    }
    out
}

/// A theophoric compound: one word for Allah and Din, which romanisations write as one name
/// (Nurullah, Shamsuddin); two for Rahman and Haq, which they often keep apart (Mujibur
/// Rahman, Zia ul-Haq) and where each half must be able to match alone, a slip in one (Badur
/// for Abdur) not losing the other.
fn push_compound(out: &mut Vec<String>, head: &str, element: Element) {
    match element {
        Element::Allah | Element::Allahi | Element::Allahian | Element::Din => {
            out.push(format!("{head}{}", element.canonical()))
        }
        Element::Rahman | Element::Haq => {
            out.push(head.to_string());
            out.push(bare(element).to_string());
        }
    }
}

/// An abd compound as two words, "abd" and the name without its article, whichever way it was
/// written: lists add or leave out the Abdul of a name (Mohammad Abdul Abbas / Mohammad
/// Abbas), so the name must be able to match alone. Abdallah, a name of its own, stays one
/// word, as does a compound whose name is too short to stand alone (Abdul Hai / عبدالحی).
fn push_abd(out: &mut Vec<String>, core: String) {
    if core == bare(Element::Allah) || core.len() < 4 {
        out.push(format!("abd{core}"));
    } else {
        out.push("abd".to_string());
        out.push(core);
    }
}

/// The name after a separate abd, in canonical form (Allah, Rahman ... canonical; an article
/// glued to it dropped).
fn core_after_abd(name: &str) -> String {
    if let Some(e) = Element::of_word(name) {
        return after_abd(e).to_string();
    }
    match name.strip_prefix("al").or_else(|| name.strip_prefix("el")) {
        Some(rest) if rest.len() >= 3 => rest.to_string(),
        _ => name.to_string(),
    }
}

/// The name in a word written abd + (article) + name: urrahman → rahman, elkader → kader,
/// allah / ullah → allah.
fn core_after_abd_joined(rest: &str) -> String {
    if let Some(e) = Element::of_word(rest) {
        return after_abd(e).to_string();
    }
    let b = rest.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    // (vowel)(l)(name): ulkarim, elkader, alrhmn, oulaye... or the Allah of abdullah.
    let mut k = 0;
    while k < b.len() && vowel(b[k]) && k < 2 {
        k += 1;
    }
    let after_vowels = &rest[k..];
    if let Some(e) = Element::of_word(after_vowels) {
        return after_abd(e).to_string();
    }
    if let Some(name) = after_vowels.strip_prefix('l').filter(|n| n.len() >= 2) {
        if k > 0 || !name.starts_with('l') {
            // abdulla, abdoulaye, abdullahi: Allah's remainder (a vowel first: Abdulhai is
            // Abd al-Hayy).
            let tail = name.trim_start_matches('l');
            let vowels_then = tail.trim_start_matches(|c| "aeiou".contains(c));
            if vowels_then.len() < tail.len()
                && vowels_then
                    .strip_prefix('h')
                    .unwrap_or(vowels_then)
                    .trim_start_matches(|c| "aeiouy".contains(c))
                    .is_empty()
            {
                return bare(Element::Allah).to_string();
            }
            return name.to_string();
        }
    }
    // An assimilated article: urrahman, essalam, uddin.
    if k > 0 && after_vowels.len() >= 4 {
        let a = after_vowels.as_bytes();
        if a[0] == a[1] && !vowel(a[0]) {
            return after_vowels[1..].to_string();
        }
        // abdurahman, abdusalam: one vowel, then the name.
        return after_vowels.to_string();
    }
    rest.to_string()
}

/// A second element's spelling after abd (abd + rahman, not abd + arrahman); Abdullahi is
/// Abdallah.
fn after_abd(e: Element) -> &'static str {
    match e {
        Element::Allahi => bare(Element::Allah),
        other => bare(other),
    }
}

/// A second element's spelling on its own.
fn bare(e: Element) -> &'static str {
    match e {
        Element::Allah => "allah",
        Element::Allahi => "allahi",
        Element::Allahian => "allahian",
        Element::Din => "din",
        Element::Rahman => "rahman",
        Element::Haq => "haq",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(s: &str) -> String {
        join_compounds(s.split_whitespace().map(str::to_string).collect()).join(" ")
    }

    #[test]
    fn spellings_of_one_compound_agree() {
        let groups: &[&[&str]] = &[
            &[
                "abd al rahman",
                "abdul rahman",
                "abdurrahman",
                "abdulrahman",
                "abd alrhmn",
                "abdalrhmn",
                "abdelrahman",
                "abdurahman",
            ],
            &["abd al kader", "abdelkader", "abdul kader", "abd alkader"],
            &[
                "abdullah",
                "abdallah",
                "abd allah",
                "abd allh",
                "abdulla",
                "abdallh",
                "abdoulaye",
                "abdullahi",
            ],
            &["abdulhai", "abd al hai", "abdalhi"],
            &[
                "nur allah",
                "nurullah",
                "nurallah",
                "nur allh",
                "nurallh",
                "nurollah",
            ],
            &[
                "shams al din",
                "shamsuddin",
                "shams ud din",
                "shamseddine",
                "shams aldin",
                "shamsaldin",
                "shams uddin",
            ],
            &[
                "shams ur rahman",
                "shamsurrahman",
                "shams al rhmn",
                "shamsur rahman",
            ],
            &["zia ul haq", "ziaulhaq", "zia al hq", "ziaul haq"],
            &["ansar dine", "ansar al din", "ansaraldin"],
        ];
        let key = |s: &str| {
            s.split(' ')
                .map(|w| crate::skeleton(&crate::fold(w)))
                .collect::<Vec<_>>()
        };
        for group in groups {
            let want = join(group[0]);
            assert!(
                !want.contains(' ')
                    || want.starts_with("abd ")
                    || want.ends_with(" rahman")
                    || want.ends_with(" haq"),
                "{} stays apart: {want}",
                group[0]
            );
            for other in &group[1..] {
                let got = join(other);
                assert_eq!(
                    key(&got),
                    key(&want),
                    "{other} ({got}) against {} ({want})",
                    group[0]
                );
            }
        }
    }

    #[test]
    fn ordinary_names_stay_as_they_are() {
        for name in [
            "anwar rahman",
            "mohammed rahman",
            "jamilah",
            "camilla",
            "abdi mohamed",
            "shalah",
            "bernardin",
            "gila",
            "jardine",
            "ali hassan",
            "abdi",
            "abu bakr",
            "allah",
            "din",
            "fallahi",
            "mollahi",
            "salahi",
        ] {
            assert_eq!(join(name), name);
        }
    }

    #[test]
    fn persian_surnames_of_allah_with_the_nisba_are_one_word_however_written() {
        for (written, canonical) in [
            ("amanollahi", "amanallahi"),
            ("aman allahi", "amanallahi"),
            ("amn allhi", "amnallahi"),
            ("faizullahi", "faizallahi"),
            ("nasrollahi", "nasrallahi"),
            ("ali feyz ollahi", "ali feyzallahi"),
        ] {
            assert_eq!(join(written), canonical, "{written}");
        }
        // Abdullahi is an abd compound, as before.
        assert_eq!(join("abdullahi"), "abdallah");
    }

    /// عز الدين reads "az aldin": a head whose letters are a particle's (Persian از, from)
    /// heads a compound with the article, as Izz al-Din does, and never without it.
    #[test]
    fn a_head_spelt_as_a_particle_joins_only_before_the_article() {
        let key = |s: &str| crate::skeleton(&crate::fold(s));
        assert_eq!(key(&join("az aldin")), key(&join("izz al din")));
        assert_eq!(key(&join("az al din")), key(&join("ezzedine")));
        assert_eq!(join("la aldin"), "laaddin");
        assert_eq!(join("az din"), "az din");
        assert_eq!(join("bin aldin"), "bin aldin");
        assert_eq!(join("az allah"), "az allah");
    }

    #[test]
    fn other_names_around_a_compound_are_kept() {
        assert_eq!(join("abd al rahman al rashid"), "abd rahman al rashid");
        assert_eq!(join("abdurrahman"), "abd rahman");
        assert_eq!(join("abdullah"), "abdallah");
        assert_eq!(
            join("mohammad nurullah bin ali"),
            "mohammad nurallah bin ali"
        );
    }
}
