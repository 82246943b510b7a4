//! Date mentions in report text: absolute ("June 30, 2018", "6 August", "in 2018") and relative
//! to the report's own date ("last month", "last week", "yesterday", "on Tuesday").

use crate::sentences::Span;

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date mentioned in text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DateMention {
    pub span: Span,
    /// ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), when it can be resolved.
    pub value: Option<String>,
    pub precision: Precision,
    /// Stated relative to the report's date ("last month"); resolved only when that is known.
    pub relative: bool,
}

pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

pub(crate) fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && w != "may" && m.starts_with(w) && w.len() <= 4))
        .map(|i| i as u32 + 1)
        .or_else(|| (w == "may").then_some(5))
}

/// Months as outlets in other languages print them in a byline's date ("04 Aralık 2026 Cuma",
/// "3 décembre 2026", "5 dekabr 2026"), each with its number: a foreign outlet's page dates
/// itself in its own words. Russian in the genitive, as a date writes it.
#[rustfmt::skip]
const MONTHS_ABROAD: &[(&str, u32)] = &[
    // Turkish
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    // Uzbek (Latin), Kazakh and Kyrgyz romanised
    ("yanvar", 1), ("fevral", 2), ("aprel", 4), ("iyun", 6), ("iyul", 7), ("avgust", 8),
    ("sentyabr", 9), ("oktyabr", 10), ("noyabr", 11), ("dekabr", 12),
    // French
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("maio", 5), ("junho", 6), ("julho", 7),
    ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("juni", 6), ("juli", 7),
    ("oktober", 10), ("dezember", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12),
    // Indonesian and Malay
    ("januari", 1), ("februari", 2), ("maret", 3), ("mei", 5), ("agustus", 8), ("desember", 12),
    // Dutch (its other months are written as Indonesian's, German's or English's)
    ("maart", 3), ("augustus", 8),
    // Russian, in the genitive
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12),
];

/// Weekdays in the same languages, which a byline's date may carry before or after it.
#[rustfmt::skip]
const WEEKDAYS_ABROAD: &[&str] = &[
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "dushanba", "seshanba", "chorshanba", "payshanba", "juma", "shanba", "yakshanba",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
];

/// The month a word names in English or in one of the languages above (lower case).
pub(crate) fn month_in_any_language(w: &str) -> Option<u32> {
    month(w).or_else(|| {
        let w = w.trim_end_matches('.');
        MONTHS_ABROAD
            .iter()
            .find(|(name, _)| *name == w)
            .map(|(_, n)| *n)
    })
}

/// Whether a word (lower case) is a weekday in English or one of the languages above.
pub(crate) fn is_weekday_in_any_language(w: &str) -> bool {
    WEEKDAYS.contains(&w) || WEEKDAYS_ABROAD.contains(&w)
}

/// Words that say "published on" before a byline's date, in the languages whose months are
/// read here.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "on",
    "publié",
    "publiée",
    "le",
    "publicado",
    "publicada",
    "el",
    "em",
    "veröffentlicht",
    "am",
    "pubblicato",
    "pubblicata",
    "il",
    "diterbitkan",
    "pada",
    "yayınlanma",
    "tarihi",
];

/// A date written out with its month in words, in English or another language, its weekday
/// and its time around it or not ("04 Aralık 2026 Cuma, 10:42", "jeudi 3 décembre 2026",
/// "4 de diciembre de 2026"), a label before it ("Publié le") and words after it left: as
/// YYYY-MM-DD.
pub(crate) fn written_date(text: &str) -> Option<String> {
    let (mut d, mut m, mut y) = (None, None, None);
    for w in text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        let lower = w.to_lowercase();
        let lower = lower.trim_end_matches('.');
        let a_time = lower.split(':').count() >= 2
            && lower
                .split(':')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if a_time || is_weekday_in_any_language(lower) || matches!(lower, "de" | "del" | "of") {
            continue;
        }
        // A label before the date ("Publié le", "Publicado el", "Veröffentlicht am").
        if d.is_none() && m.is_none() && y.is_none() && PUBLISHED_LABELS.contains(&lower) {
            continue;
        }
        if let Some(n) = month_in_any_language(lower).filter(|_| m.is_none()) {
            m = Some(n);
        } else if lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit()) && y.is_none() {
            y = lower.parse::<u32>().ok();
        } else if let Some(n) = day(lower).filter(|_| d.is_none()) {
            d = Some(n);
        } else if d.is_some() && m.is_some() && y.is_some() {
            // What follows a whole date is not its ("... 09:10 Güncelleme: 12.01.2026").
            break;
        } else {
            return None;
        }
    }
    let date = format!("{:04}-{:02}-{:02}", y?, m?, d?);
    vigil_model::dates::parse_calendar_date(&date)
}

fn day(w: &str) -> Option<u32> {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (d.len() <= 2 && !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| d.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of an ISO date (`YYYY-MM-DD`; a year or month counts from its first
/// day), for telling how far apart two dates are.
pub fn iso_day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10).unwrap_or(date).split('-');
    let y: i32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next().map_or(Some(1), |m| m.parse().ok())?;
    let d: u32 = parts.next().map_or(Some(1), |d| d.parse().ok())?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| to_days(y, m, d))
}

/// Days since 1970-01-01 (proleptic Gregorian), and back.
fn to_days(y: i32, m: u32, d: u32) -> i64 {
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m as i32 + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era as i64 * 146_097 + doe as i64 - 719_468
}

fn from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

fn iso(y: i32, m: Option<u32>, d: Option<u32>) -> String {
    match (m, d) {
        (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{y:04}-{m:02}"),
        _ => format!("{y:04}"),
    }
}

fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric()
            || (c == '.'
                && start.is_some()
                && text[..i].ends_with(|p: char| p.is_ascii_alphabetic()))
        {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i, text[s..i].to_lowercase()));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), text[s..].to_lowercase()));
    }
    out
}

/// Every date mention in `text`; `reference` is the report's date (`YYYY-MM-DD`), if known.
pub fn dates(text: &str, reference: Option<&str>) -> Vec<DateMention> {
    let r = reference.and_then(|r| {
        let p: Vec<&str> = r.get(..10)?.split('-').collect();
        Some((
            p.first()?.parse::<i32>().ok()?,
            p.get(1)?.parse::<u32>().ok()?,
            p.get(2)?.parse::<u32>().ok()?,
        ))
    });
    let ws = words(text);
    let mut out = Vec::new();
    let mut i = 0;
    let span = |a: usize, b: usize| Span {
        start: ws[a].0,
        end: ws[b].1,
    };
    while i < ws.len() {
        let w = ws[i].2.as_str();
        let next = |k: usize| ws.get(i + k).map(|x| x.2.as_str()).unwrap_or("");
        // A year for a day and month without one: the report's, or the one before when the
        // day would otherwise lie after the report.
        let infer_year =
            |m: u32, d: u32| r.map(|(ry, rm, rd)| if (m, d) > (rm, rd) { ry - 1 } else { ry });
        // June 30[, 2018] / Aug. 6 / 30 June [2018]
        let day_month = match (month(w), day(next(1)), day(w), month(next(1))) {
            (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => Some((m, d)),
            _ => None,
        };
        if let Some((m, d)) = day_month {
            let (y, end) = match year(next(2)) {
                Some(y) => (Some(y), i + 2),
                None => (infer_year(m, d), i + 1),
            };
            out.push(DateMention {
                span: span(i, end),
                value: y.map(|y| iso(y, Some(m), Some(d.min(days_in_month(y, m))))),
                precision: Precision::Day,
                relative: false,
            });
            i = end + 1;
            continue;
        }
        // June 2018
        if let (Some(m), Some(y)) = (month(w), year(next(1))) {
            if w.len() >= 3 {
                out.push(DateMention {
                    span: span(i, i + 1),
                    value: Some(iso(y, Some(m), None)),
                    precision: Precision::Month,
                    relative: false,
                });
                i += 2;
                continue;
            }
        }
        // in 2018, since 2015
        if let Some(y) = year(w) {
            let prev = if i > 0 { ws[i - 1].2.as_str() } else { "" };
            if matches!(
                prev,
                "in" | "since" | "of" | "until" | "by" | "during" | "early" | "late" | "mid"
            ) {
                out.push(DateMention {
                    span: span(i, i),
                    value: Some(iso(y, None, None)),
                    precision: Precision::Year,
                    relative: false,
                });
                i += 1;
                continue;
            }
        }
        // Relative to the report.
        let rel = match (w, next(1)) {
            ("last", "month") => Some((2, Precision::Month, -1i64, "month")),
            ("last", "year") => Some((2, Precision::Year, -1, "year")),
            ("last", "week") => Some((2, Precision::Day, -7, "day")),
            ("yesterday", _) => Some((1, Precision::Day, -1, "day")),
            ("today", _) => Some((1, Precision::Day, 0, "day")),
            _ => None,
        };
        if let Some((len, precision, delta, unit)) = rel {
            let value = r.map(|(y, m, d)| match unit {
                "month" => {
                    let (y, m) = if m == 1 { (y - 1, 12) } else { (y, m - 1) };
                    iso(y, Some(m), None)
                }
                "year" => iso(y - 1, None, None),
                _ => {
                    let (y, m, d) = from_days(to_days(y, m, d) + delta);
                    iso(y, Some(m), Some(d))
                }
            });
            out.push(DateMention {
                span: span(i, i + len - 1),
                value,
                precision,
                relative: true,
            });
            i += len;
            continue;
        }
        // on Tuesday: the last such weekday on or before the report's date.
        if let Some(wd) = WEEKDAYS.iter().position(|x| *x == w) {
            if i > 0 && ws[i - 1].2 == "on" {
                let value = r.map(|(y, m, d)| {
                    let today = to_days(y, m, d);
                    let today_wd = (today + 3).rem_euclid(7); // 1970-01-01 was a Thursday (3 from Monday)
                    let back = (today_wd - wd as i64).rem_euclid(7);
                    let (y, m, d) = from_days(today - back);
                    iso(y, Some(m), Some(d))
                });
                out.push(DateMention {
                    span: span(i, i),
                    value,
                    precision: Precision::Day,
                    relative: true,
                });
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_date_written_out_in_another_language_is_read() {
        assert_eq!(
            written_date("04 Aralık 2026 Cuma, 10:42").as_deref(),
            Some("2026-12-04")
        );
        assert_eq!(
            written_date("jeudi 3 décembre 2026").as_deref(),
            Some("2026-12-03")
        );
        assert_eq!(
            written_date("4 de diciembre de 2026").as_deref(),
            Some("2026-12-04")
        );
        assert_eq!(written_date("5 dekabr 2026").as_deref(), Some("2026-12-05"));
        assert_eq!(written_date("2 ноября 2026").as_deref(), Some("2026-11-02"));
        // Not a day that exists, nor words that are not a date.
        assert_eq!(written_date("31 şubat 2026"), None);
        assert_eq!(written_date("Deniz Kara 2026"), None);
        assert_eq!(written_date("Aralık 2026"), None);
    }

    #[test]
    fn iso_day_numbers_count_days() {
        let n = |d: &str| iso_day_number(d).expect("date");
        assert_eq!(n("2024-03-01") - n("2024-02-28"), 2, "a leap year");
        assert_eq!(n("2023-03-01") - n("2023-02-28"), 1);
        assert_eq!(n("2024-01-01") - n("2023-12-31"), 1);
        assert_eq!(n("2024-05"), n("2024-05-01"));
        assert_eq!(n("1970-01-02"), 1);
        assert_eq!(iso_day_number("soon"), None);
    }
    use super::*;

    fn v<'a>(text: &'a str, r: Option<&str>) -> Vec<(Option<String>, &'a str)> {
        dates(text, r)
            .into_iter()
            .map(|d| (d.value, &text[d.span.start..d.span.end]))
            .collect()
    }

    #[test]
    fn table() {
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            v("It happened on June 30, 2018 in a hall.", None),
            [(s("2018-06-30"), "June 30, 2018")]
        );
        assert_eq!(
            v("London, 6 August – an invented event", Some("2018-08-07")),
            [(s("2018-08-06"), "6 August")]
        );
        assert_eq!(
            v("a rally on June 30", Some("2018-08-07")),
            [(s("2018-06-30"), "June 30")]
        );
        assert_eq!(
            v("a party on December 30", Some("2018-08-07")),
            [(s("2017-12-30"), "December 30")]
        );
        assert_eq!(
            v("Last month, invented people met.", Some("2018-08-07")),
            [(s("2018-07"), "Last month")]
        );
        assert_eq!(
            v("Last month, invented people met.", None),
            [(None, "Last month")]
        );
        assert_eq!(
            v("last week and yesterday", Some("2018-03-03")),
            [
                (s("2018-02-24"), "last week"),
                (s("2018-03-02"), "yesterday")
            ]
        );
        assert_eq!(
            v("arrested on Tuesday", Some("2018-07-05")),
            [(s("2018-07-03"), "Tuesday")]
        );
        assert_eq!(
            v("in 2018 and in June 2019", None),
            [(s("2018"), "2018"), (s("2019-06"), "June 2019")]
        );
        assert!(v("He may be 30 or 2000 people.", None).is_empty());
    }

    #[test]
    fn a_date_written_out_with_its_weekday_in_dutch_or_italian_is_read() {
        assert_eq!(
            written_date("donderdag 3 december 2026, 14:10").as_deref(),
            Some("2026-12-03")
        );
        assert_eq!(
            written_date("maandag 2 maart 2026").as_deref(),
            Some("2026-03-02")
        );
        assert_eq!(
            written_date("giovedì 3 dicembre 2026, 14:10").as_deref(),
            Some("2026-12-03")
        );
        assert_eq!(written_date("donderdag om vier uur"), None);
    }

    #[test]
    fn day_arithmetic() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2018, 12, 31), (1999, 3, 1)] {
            assert_eq!(from_days(to_days(y, m, d)), (y, m, d));
        }
        assert_eq!(to_days(1970, 1, 2), 1);
    }
}
