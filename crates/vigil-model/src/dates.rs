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

/// The dates a text gives as alternatives ("(a) 3.2.1951, (b) 1951", "7.9.1966 or 2.1.1967",
/// "(i) 1970 (ii) 1971", "1950 circa"): each alternative read as [`parse_dates`] reads one, in
/// order, each date once; with whether every alternative was read. Remarks in parentheses
/// ("(approximately)", "(Gregorian calendar)") are left out; an alternative in another calendar
/// ("12.3.1385 (Solar Hijri)") is not read as a Gregorian date, and makes the answer partial.
pub fn parse_date_alternatives(text: &str) -> (Vec<String>, bool) {
    let direct = parse_dates(text);
    if !direct.is_empty() {
        return (direct, true);
    }
    const OTHER_CALENDARS: [&str; 4] = ["hijri", "shamsi", "lunar", "jalali"];
    const FILLER: [&str; 6] = [
        "circa",
        "approximately",
        "approx.",
        "approx",
        "about",
        "probably",
    ];
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let is_marker = |inner: &str| {
        !inner.is_empty() && inner.len() <= 4 && inner.chars().all(|c| c.is_ascii_lowercase())
    };
    let mut flat = String::with_capacity(lower.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '(' {
            if let Some(len) = chars[i + 1..].iter().position(|&x| x == ')') {
                let inner: String = chars[i + 1..i + 1 + len].iter().collect();
                if is_marker(inner.trim()) {
                    flat.push(';');
                } else if OTHER_CALENDARS.iter().any(|w| inner.contains(w)) {
                    flat.push_str(&format!(" ({inner}) "));
                } else {
                    flat.push(' ');
                }
                i += len + 2;
                continue;
            }
        }
        // "a)" or "ii)" opening an alternative.
        if c.is_ascii_lowercase() && (i == 0 || !chars[i - 1].is_alphanumeric()) {
            let run = chars[i..]
                .iter()
                .take_while(|x| x.is_ascii_lowercase())
                .count();
            if run <= 4 && chars.get(i + run) == Some(&')') {
                flat.push(';');
                i += run + 1;
                continue;
            }
        }
        match c {
            ',' | ';' | '"' | '\u{201c}' | '\u{201d}' => flat.push(';'),
            // "Oct.1970": the month's full stop is a space.
            '.' if i > 0
                && chars[i - 1].is_alphabetic()
                && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
            {
                flat.push(' ')
            }
            other => flat.push(other),
        }
        i += 1;
    }
    let mut dates: Vec<String> = Vec::new();
    let mut every = true;
    let mut take = |found: Vec<String>| {
        for d in found {
            if !dates.contains(&d) {
                dates.push(d);
            }
        }
    };
    for piece in flat.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        if OTHER_CALENDARS.iter().any(|w| piece.contains(w)) {
            every = false;
            continue;
        }
        let words: Vec<&str> = piece
            .split_whitespace()
            .filter(|w| !FILLER.contains(w))
            .collect();
        let piece = words.join(" ");
        if piece.is_empty() {
            continue;
        }
        let read = parse_dates(&piece);
        if !read.is_empty() {
            take(read);
            continue;
        }
        // "1964 or 1965": each side on its own.
        for side in piece.split(" or ").map(str::trim).filter(|x| !x.is_empty()) {
            let read = parse_dates(side);
            if read.is_empty() {
                every = false;
            }
            take(read);
        }
    }
    let every = every && !dates.is_empty();
    (dates, every)
}

/// A feed's or a post's date as an ISO date: RFC 822/2822 (`Tue, 10 Jun 2003 04:00:00 GMT`),
/// RFC 3339 and W3C dates (`2003-06-10T04:00:00Z`, `2003-06-10`).
pub fn feed_date(text: &str) -> Option<String> {
    let t = text.trim();
    if t.len() >= 10 && t.as_bytes()[4] == b'-' {
        return parse_calendar_date(t.get(..10)?);
    }
    // RFC 2822: an optional weekday, then day, month, year.
    let rest = t.split_once(',').map_or(t, |(_, r)| r);
    let parts: Vec<&str> = rest.split_whitespace().take(3).collect();
    if parts.len() == 3 {
        return parse_calendar_date(&parts.join(" "));
    }
    None
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
    #[test]
    fn dates_given_as_alternatives_are_each_read() {
        let read = |t: &str| parse_date_alternatives(t);
        assert_eq!(
            read("(a) 3.2.1951, (b) 1951"),
            (vec!["1951-02-03".into(), "1951".into()], true)
        );
        assert_eq!(
            read("7.9.1966 or 2.1.1967"),
            (vec!["1966-09-07".into(), "1967-01-02".into()], true)
        );
        assert_eq!(
            read("a) 1970 b) 1971"),
            (vec!["1970".into(), "1971".into()], true)
        );
        assert_eq!(
            read("(a) 5.6.1980 (b) 5.6.1981"),
            (vec!["1980-06-05".into(), "1981-06-05".into()], true)
        );
        // Another calendar's date is not read as a Gregorian one: the answer is partial.
        let (d, every) = read("(a) 9.10.1975, (b) 12.3.1385 (Solar Hijri)");
        assert_eq!((d, every), (vec!["1975-10-09".to_string()], false));
        // A quote left in a cell, and nothing readable at all.
        assert_eq!(read("\"(b) 1.1.1962"), (vec!["1962-01-01".into()], true));
        assert_eq!(read("unknown"), (Vec::<String>::new(), false));
        // One date reads as before.
        assert_eq!(read("22.12.1971"), (vec!["1971-12-22".into()], true));
        // Roman numerals, remarks, a trailing circa, a ranged guess, a glued month.
        assert_eq!(
            read("(i) 4.4.1963, (ii) 4.4.1961"),
            (vec!["1963-04-04".into(), "1961-04-04".into()], true)
        );
        assert_eq!(read("1952 circa"), (vec!["1952".into()], true));
        assert_eq!(
            read("Between 1958 and 1960 (Approximately)"),
            (vec!["1958".into(), "1959".into(), "1960".into()], true)
        );
        assert_eq!(read("3 Nov.1972"), (vec!["1972-11-03".into()], true));
        assert_eq!(
            read("1350 (Iranian Hijri calendar), 1971 or 1972 (Gregorian calendar)"),
            (vec!["1971".into(), "1972".into()], false)
        );
        assert_eq!(
            read("(b) 1974 (Ali Example Alias)"),
            (vec!["1974".into()], true)
        );
    }

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
