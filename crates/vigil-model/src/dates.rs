//! Source date forms to ISO partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
//!
//! Lists write dates many ways: `31 Aug 1960`, `Aug 1960`, `circa 1960`, `1960 to 1962`,
//! `22.12.1971`, `1971-12-22`. A date that cannot be read yields nothing here; loaders keep the
//! source text so no value is lost.

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The month a word names (January, Jan., jan), if it names one.
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| w.starts_with(m))
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn year(word: &str) -> Option<u32> {
    if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|y| (1000..=2999).contains(y))
    } else {
        None
    }
}

fn day(word: &str) -> Option<u32> {
    if (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse().ok().filter(|d| (1..=31).contains(d))
    } else {
        None
    }
}

fn iso(y: u32, m: Option<u32>, d: Option<u32>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

/// Parse one date expression into zero or more ISO partial dates.
///
/// Ranges of years (`1960 to 1962`, `1960-1962`) yield every year when the span is short (the
/// person was born in one of them) and the two ends otherwise.
pub fn parse_dates(text: &str) -> Vec<String> {
    let t = text.trim().trim_end_matches('.');
    let lower = t.to_ascii_lowercase();
    let t = lower
        .strip_prefix("circa ")
        .or_else(|| lower.strip_prefix("approximately "))
        .or_else(|| lower.strip_prefix("about "))
        .or_else(|| lower.strip_prefix("ca. "))
        .unwrap_or(&lower)
        .trim();
    if let Some(d) = parse_single(t) {
        return vec![d];
    }
    // Ranges: "1960 to 1962", "between 1960 and 1962", "1960-1962".
    let t2 = t.strip_prefix("between ").unwrap_or(t);
    for sep in [" to ", " and ", " - ", "-", "/"] {
        if let Some((a, b)) = t2.split_once(sep) {
            if let (Some(ya), Some(yb)) = (year(a.trim()), year(b.trim())) {
                if ya <= yb && yb - ya <= 10 {
                    return (ya..=yb).map(|y| iso(y, None, None)).collect();
                }
                return vec![iso(ya, None, None), iso(yb, None, None)];
            }
            if let (Some(a), Some(b)) = (parse_single(a.trim()), parse_single(b.trim())) {
                return vec![a, b];
            }
        }
    }
    Vec::new()
}

/// One date with no range: ISO, `d Mon yyyy`, `Mon yyyy`, `d.m.yyyy`, `yyyy`.
pub fn parse_single(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('.');
    if let Some(y) = year(t) {
        return Some(iso(y, None, None));
    }
    // ISO forms, possibly with a time part.
    let date_part = t.split(['T', 't', ' ']).next().unwrap_or(t);
    let iso_parts: Vec<&str> = date_part.split('-').collect();
    if iso_parts.len() >= 2 && iso_parts.len() <= 3 {
        if let Some(y) = year(iso_parts[0]) {
            let m = iso_parts[1]
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m))?;
            let d = match iso_parts.get(2) {
                Some(d) => Some(day(d)?),
                None => None,
            };
            return Some(iso(y, Some(m), d));
        }
    }
    // d.m.yyyy (European lists)
    let dotted: Vec<&str> = t.split(['.', '/']).collect();
    if dotted.len() == 3 {
        if let (Some(d), Some(m), Some(y)) = (
            day(dotted[0]),
            dotted[1]
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m)),
            year(dotted[2]),
        ) {
            return Some(iso(y, Some(m), Some(d)));
        }
    }
    if dotted.len() == 2 {
        if let (Some(m), Some(y)) = (
            dotted[0]
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=12).contains(m)),
            year(dotted[1]),
        ) {
            return Some(iso(y, Some(m), None));
        }
    }
    // 31 Aug 1960 / Aug 1960 / August 31, 1960
    let words: Vec<&str> = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [d, m, y] => {
            if let (Some(d), Some(m), Some(y)) = (day(d), month(m), year(y)) {
                return Some(iso(y, Some(m), Some(d)));
            }
            if let (Some(m), Some(d), Some(y)) = (month(words[0]), day(words[1]), year(words[2])) {
                return Some(iso(y, Some(m), Some(d)));
            }
            None
        }
        [m, y] => Some(iso(year(y)?, Some(month(m)?), None)),
        _ => None,
    }
}

/// One date, as [`parse_single`] reads it, that exists on the calendar (`2026-02-30` does not):
/// for dates a person gives (filters, publication dates).
pub fn parse_calendar_date(text: &str) -> Option<String> {
    parse_single(text).filter(|d| is_iso_date_or_time(d))
}

/// Why `text` is not a usable date of birth in a query, if it is not: it must read as one or
/// more dates (`1971`, `1971-12-22`, `22 Dec 1971`, `22.12.1971`) that exist on the calendar.
pub fn check_query_date(text: &str) -> Result<(), String> {
    let dates = parse_dates(text);
    if dates.is_empty() || !dates.iter().all(|d| is_iso_date_or_time(d)) {
        let shown: String = text.chars().take(60).collect();
        return Err(format!(
            "{shown:?} is not a date (1971, 1971-12-22, 22 Dec 1971, 22.12.1971)"
        ));
    }
    Ok(())
}

/// An ISO 8601 date or time, as far as it goes, that exists on the calendar and the clock:
/// `2026`, `2026-11`, `2026-11-01`, `2026-11-01T08:00`, `2026-11-01T08:00:00Z`,
/// `2026-11-01T08:00:00.5+01:00`. `2026-13-45` and `2026-02-30` are not.
pub fn is_iso_date_or_time(v: &str) -> bool {
    let b = v.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let x = b.get(r)?;
        x.iter()
            .all(u8::is_ascii_digit)
            .then(|| x.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let Some(year) = num(0..4) else {
        return false;
    };
    if b.len() == 4 {
        return true;
    }
    let month = match (b.get(4), num(5..7)) {
        (Some(b'-'), Some(m @ 1..=12)) => m,
        _ => return false,
    };
    if b.len() == 7 {
        return true;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (b.get(7), num(8..10)) {
        (Some(b'-'), Some(d)) if (1..=days).contains(&d) => {}
        _ => return false,
    }
    if b.len() == 10 {
        return true;
    }
    b[10] == b'T' && b.len() <= 40 && is_iso_time(&v[11..])
}

/// `hh:mm[:ss[.fff]][Z|±hh:mm]`.
fn is_iso_time(t: &str) -> bool {
    let (clock, zone) = match t.find(['Z', '+', '-']) {
        Some(i) => t.split_at(i),
        None => (t, ""),
    };
    let two = |s: &str, max: u32| {
        s.len() == 2
            && s.bytes().all(|c| c.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| n <= max)
    };
    let zone_ok = match zone.as_bytes().first() {
        None => true,
        Some(b'Z') => zone.len() == 1,
        Some(_) => {
            let z = &zone[1..];
            z.len() == 5 && two(&z[..2], 23) && &z[2..3] == ":" && two(&z[3..], 59)
        }
    };
    let (hms, fraction) = match clock.split_once('.') {
        Some((hms, f)) => (hms, Some(f)),
        None => (clock, None),
    };
    let parts: Vec<&str> = hms.split(':').collect();
    let clock_ok = match parts.as_slice() {
        [h, m] => fraction.is_none() && two(h, 23) && two(m, 59),
        [h, m, s] => two(h, 23) && two(m, 59) && two(s, 60),
        _ => false,
    };
    let fraction_ok =
        fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()));
    zone_ok && clock_ok && fraction_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_and_times() {
        for ok in [
            "2026",
            "2026-11",
            "2026-11-01",
            "2026-11-01T08:00:00Z",
            "2024-02-29",
            "2026-11-01T08:00",
            "2026-11-01T08:00:00.123+01:00",
        ] {
            assert!(is_iso_date_or_time(ok), "{ok}");
        }
        for bad in [
            "",
            "26",
            "2026/11/01",
            "yesterday",
            "2026-11-01 08:00",
            "2026-1-1",
            "2026-13-45",
            "2026-02-29",
            "2026-04-31",
            "2026-00",
            "2026-11-01T25:00",
            "2026-11-01T08:61:00Z",
            "2026-11-01T08:00:00X",
            "2026-11-01Tnoon",
        ] {
            assert!(!is_iso_date_or_time(bad), "{bad}");
        }
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("31 Aug 1960", &["1960-08-31"]),
            ("01 Jan 1958", &["1958-01-01"]),
            ("Aug 1960", &["1960-08"]),
            ("1960", &["1960"]),
            ("circa 1955", &["1955"]),
            ("1960 to 1962", &["1960", "1961", "1962"]),
            ("1900 to 1962", &["1900", "1962"]),
            ("22.12.1971", &["1971-12-22"]),
            ("11.8.1960", &["1960-08-11"]),
            ("1971-12-22", &["1971-12-22"]),
            ("2026-02-27T00:00:09.554Z", &["2026-02-27"]),
            ("September 5, 1970", &["1970-09-05"]),
            ("unknown", &[]),
            ("", &[]),
            ("32 Aug 1960", &[]),
            ("1971-13-01", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(parse_dates(input), *want, "input {input:?}");
        }
    }
}
