//! Quantities in report text with their units normalised: masses to grams, counts of people,
//! money by currency. Reports disagree on figures ("500 grams" against "a pound"); comparing
//! them needs one unit and a tolerance.

use crate::sentences::Span;

/// What a quantity measures, with its normalised unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Measure {
    /// Grams.
    Mass,
    /// People (supporters, diplomats, persons...).
    People,
    /// Money in a currency (ISO code).
    Money(&'static str),
}

/// A quantity found in text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Quantity {
    pub span: Span,
    pub measure: Measure,
    /// The value in the normalised unit (grams, people, currency units).
    pub value: f64,
    /// "about", "roughly", "some", "more than": the source gives an estimate.
    pub approximate: bool,
}

const MASS_UNITS: &[(&str, f64)] = &[
    ("milligrams", 0.001),
    ("milligram", 0.001),
    ("mg", 0.001),
    ("kilograms", 1000.0),
    ("kilogram", 1000.0),
    ("kilos", 1000.0),
    ("kilo", 1000.0),
    ("kg", 1000.0),
    ("grams", 1.0),
    ("gram", 1.0),
    ("g", 1.0),
    ("pounds", 453.592_37),
    ("pound", 453.592_37),
    ("lbs", 453.592_37),
    ("lb", 453.592_37),
    ("ounces", 28.349_523),
    ("ounce", 28.349_523),
    ("oz", 28.349_523),
    ("tonnes", 1_000_000.0),
    ("tonne", 1_000_000.0),
    ("tons", 907_184.74),
    ("ton", 907_184.74),
];

const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "person",
    "supporters",
    "supporter",
    "members",
    "member",
    "diplomats",
    "diplomat",
    "participants",
    "attendees",
    "protesters",
    "dissidents",
    "officials",
    "agents",
    "operatives",
    "suspects",
    "individuals",
    "expatriates",
];

const APPROX: &[&str] = &[
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "nearly",
    "almost",
    "over",
    "more than",
    "up to",
    "at least",
];

fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "a" | "an" | "one" => 1.0,
        "two" | "couple" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "dozen" => 12.0,
        "twenty" => 20.0,
        "hundred" => 100.0,
        "hundreds" => 200.0,
        "thousand" => 1000.0,
        "thousands" => 2000.0,
        "half" => 0.5,
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1000.0,
        "million" | "millions" => 1e6,
        "billion" => 1e9,
        _ => return None,
    })
}

/// Words of `text` with their byte ranges (letters, digits, and . , inside numbers).
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        let inner_punct = matches!(c, '.' | ',')
            && start.is_some()
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_alphanumeric() || inner_punct || (c == '$' || c == '€' || c == '£') {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push((s, i, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

fn parse_number(w: &str) -> Option<f64> {
    let w = w.trim_start_matches(['$', '€', '£']);
    if w.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
        w.replace(',', "").parse().ok()
    } else {
        number_word(w)
    }
}

/// Every quantity in `text`.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let (start, _, w) = &ws[i];
        let Some(mut value) = parse_number(w) else {
            i += 1;
            continue;
        };
        let currency = match w.chars().next() {
            Some('$') => Some("USD"),
            Some('€') => Some("EUR"),
            Some('£') => Some("GBP"),
            _ => None,
        };
        let mut j = i + 1;
        while let Some(m) = ws.get(j).and_then(|x| multiplier(&x.2)) {
            value *= m;
            j += 1;
        }
        let approx = (1..=2).any(|back| {
            i >= back && {
                let phrase: Vec<&str> = ws[i - back..i].iter().map(|x| x.2.as_str()).collect();
                APPROX.contains(&phrase.join(" ").as_str())
            }
        });
        // "tens of thousands", "hundreds of": skip an "of" between number and unit.
        let mut k = j;
        if ws.get(k).is_some_and(|x| x.2 == "of") && number_word(w).is_some_and(|v| v >= 100.0) {
            k += 1;
        }
        // "half a kilogram": the article belongs to "half", not a second quantity ("a kilogram").
        if w == "half" && ws.get(k).is_some_and(|x| x.2 == "a" || x.2 == "an") {
            k += 1;
        }
        // A unit set off by punctuation is not the number's ("In July 2022, members of the
        // group met": a year, then the sentence's subject).
        let set_off = ws.get(k).is_some_and(|x| {
            text.get(ws[k - 1].1..x.0)
                .is_some_and(|gap| gap.contains([',', ';', ':', '.', '(', ')']))
        });
        let next = if set_off {
            ""
        } else {
            ws.get(k).map(|x| x.2.as_str()).unwrap_or("")
        };
        let found = if let Some(c) = currency {
            Some((Measure::Money(c), value, k))
        } else if let Some((_, f)) = MASS_UNITS.iter().find(|(u, _)| *u == next) {
            Some((Measure::Mass, value * f, k + 1))
        } else if matches!(next, "dollars" | "usd") {
            Some((Measure::Money("USD"), value, k + 1))
        } else if matches!(next, "euros" | "eur") {
            Some((Measure::Money("EUR"), value, k + 1))
        } else if PEOPLE.contains(&next) && !(number_word(w) == Some(1.0) && w.len() <= 2) {
            Some((Measure::People, value, k + 1))
        } else {
            None
        };
        match found {
            Some((measure, v, end)) => {
                let end_byte = ws[end - 1].1;
                out.push(Quantity {
                    span: Span {
                        start: *start,
                        end: end_byte,
                    },
                    measure,
                    value: v,
                    approximate: approx,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// Whether two quantities of one measure disagree beyond `tolerance` (a share of the larger;
/// estimates get twice the tolerance). Different measures never disagree: they are not about
/// the same thing.
pub fn disagree(a: &Quantity, b: &Quantity, tolerance: f64) -> bool {
    if a.measure != b.measure {
        return false;
    }
    let tol = if a.approximate || b.approximate {
        tolerance * 2.0
    } else {
        tolerance
    };
    let larger = a.value.abs().max(b.value.abs());
    larger > 0.0 && (a.value - b.value).abs() / larger > tol
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<(Measure, f64, bool, &str)> {
        quantities(text)
            .into_iter()
            .map(|x| {
                (
                    x.measure,
                    x.value,
                    x.approximate,
                    &text[x.span.start..x.span.end],
                )
            })
            .collect()
    }

    #[test]
    fn a_unit_set_off_by_a_comma_is_not_the_number_s() {
        assert!(q("In or about July 2022, members of the group met.").is_empty());
        assert_eq!(q("some 2022 members met").len(), 1);
    }

    #[test]
    fn table() {
        let r = q("They carried 500 grams of an invented substance and later a pound of it.");
        assert_eq!(r.len(), 2);
        assert_eq!(
            (r[0].0, r[0].1, r[0].3),
            (Measure::Mass, 500.0, "500 grams")
        );
        assert_eq!(r[1].3, "a pound");
        assert!((r[1].1 - 453.592).abs() < 0.01);
        let r = q("A rally of roughly 100,000 supporters and 2.5 kg of material.");
        assert_eq!((r[0].0, r[0].1, r[0].2), (Measure::People, 100_000.0, true));
        assert_eq!((r[1].0, r[1].1), (Measure::Mass, 2500.0));
        let r = q("It cost $2 million, or 3 thousand euros.");
        assert_eq!((r[0].0, r[0].1), (Measure::Money("USD"), 2e6));
        assert_eq!((r[1].0, r[1].1), (Measure::Money("EUR"), 3000.0));
        assert_eq!(q("hundreds of diplomats")[0].0, Measure::People);
        assert!(q("On June 30, in 2018, a person said one thing.").is_empty());
    }

    #[test]
    fn disagreement_is_unit_aware() {
        let grams = &quantities("500 grams")[0];
        let pound = &quantities("a pound")[0];
        let half_kilo = &quantities("0.5 kg")[0];
        let half_a_kilo = quantities("half a kilogram of TATP");
        assert_eq!(half_a_kilo.len(), 1, "{half_a_kilo:?}");
        assert!(
            (half_a_kilo[0].value - 500.0).abs() < 1e-9,
            "{half_a_kilo:?}"
        );
        assert!(
            disagree(grams, pound, 0.05),
            "500 g against 454 g differ by 9%"
        );
        assert!(!disagree(grams, half_kilo, 0.05), "500 g is 0.5 kg");
        let people = &quantities("500 people")[0];
        assert!(
            !disagree(grams, people, 0.05),
            "grams and people are not comparable"
        );
    }
}
