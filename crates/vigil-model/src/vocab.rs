//! Closed vocabularies that filters name: a misspelt value must be an error naming the allowed
//! ones, never a filter that silently matches nothing.

/// FollowTheMoney's topic tags (`topics` property; yente's `topics` filter).
pub const TOPICS: &[&str] = &[
    "asset.frozen",
    "corp.clone",
    "corp.disqual",
    "corp.offshore",
    "corp.public",
    "corp.shell",
    "crime",
    "crime.boss",
    "crime.cyber",
    "crime.env",
    "crime.fin",
    "crime.fraud",
    "crime.terror",
    "crime.theft",
    "crime.traffick",
    "crime.traffick.drug",
    "crime.traffick.human",
    "crime.war",
    "debarment",
    "export.control",
    "export.control.linked",
    "export.risk",
    "fin",
    "fin.adivsor",
    "fin.bank",
    "fin.fund",
    "forced.labor",
    "geo.risk",
    "gov",
    "gov.admin",
    "gov.executive",
    "gov.financial",
    "gov.head",
    "gov.igo",
    "gov.judicial",
    "gov.legislative",
    "gov.muni",
    "gov.national",
    "gov.religion",
    "gov.security",
    "gov.soe",
    "gov.state",
    "invest.ban",
    "invest.risk",
    "mare.detained",
    "mare.shadow",
    "mare.sts",
    "mil",
    "poi",
    "pol.party",
    "pol.union",
    "reg.action",
    "reg.warn",
    "rel",
    "role.acct",
    "role.act",
    "role.civil",
    "role.diplo",
    "role.journo",
    "role.judge",
    "role.lawyer",
    "role.lobby",
    "role.oligarch",
    "role.pep",
    "role.pep.frmr",
    "role.pep.intl",
    "role.pep.natl",
    "role.pol",
    "role.rca",
    "role.spy",
    "sanction",
    "sanction.control",
    "sanction.counter",
    "sanction.linked",
    "wanted",
];

/// Kinds of claims read from reports (`claimKind`).
pub const CLAIM_KINDS: &[&str] = &[
    "role",
    "membership",
    "family",
    "arrest",
    "supply",
    "plot",
    "designation",
    "denial",
    "charge",
    "conviction",
];

/// Kinds of mentions read from reports.
pub const MENTION_KINDS: &[&str] = &[
    "person",
    "organization",
    "public_body",
    "place",
    "event",
    "date",
    "quantity",
];

/// Kinds of timeline entries: list listings and versions, when an entity first and last stood
/// in a dataset, report events, and report events of every claim kind.
pub static TIMELINE_KINDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        ["listed", "version", "first_seen", "last_seen", "event"]
            .into_iter()
            .chain(CLAIM_KINDS.iter().copied())
            .collect()
    });

/// Genders a query may state.
pub const GENDERS: &[&str] = &["male", "female", "other"];

/// `Ok` when `value` is one of `allowed`, else an error naming `what` and every allowed value
/// (or the closest ones, when there are many).
pub fn check(what: &str, value: &str, allowed: &[&str]) -> Result<(), String> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let shown = if allowed.len() <= 16 {
        allowed.join(", ")
    } else {
        let mut near: Vec<&str> = allowed
            .iter()
            .copied()
            .filter(|a| {
                let stem = |s: &str| s.split('.').next().unwrap_or("").to_string();
                stem(a) == stem(value) || a.starts_with(value.get(..2).unwrap_or(value))
            })
            .take(12)
            .collect();
        if near.is_empty() {
            near = allowed.iter().copied().take(12).collect();
        }
        format!("{}, ... ({} in all)", near.join(", "), allowed.len())
    };
    let value: String = value.chars().take(60).collect();
    Err(format!("{what} {value:?} is not one of: {shown}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_values_name_the_allowed_ones() {
        assert!(check("topic", "sanction", TOPICS).is_ok());
        let e = check("topic", "sanctions", TOPICS).unwrap_err();
        assert!(
            e.contains("\"sanctions\"") && e.contains("sanction.linked"),
            "{e}"
        );
        let e = check("kind", "persn", MENTION_KINDS).unwrap_err();
        assert!(e.contains("person, organization"), "{e}");
    }
}

/// Longest dataset name, version label or source label.
pub const MAX_LABEL: usize = 64;
/// Longest file name.
pub const MAX_FILE_NAME: usize = 255;

/// Why `name` cannot name a dataset, if it cannot: ASCII letters, digits, `-`, `_` and
/// `.`, starting with a letter or digit, at most [`MAX_LABEL`] bytes. Dataset names appear in
/// URLs, file paths and pages, so nothing else is let in.
pub fn check_dataset_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= MAX_LABEL
        && name
            .bytes()
            .next()
            .is_some_and(|b| b.is_ascii_alphanumeric())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if ok {
        return Ok(());
    }
    let shown: String = name.chars().take(60).collect();
    Err(format!(
        "dataset name {shown:?}: 1 to {MAX_LABEL} ASCII letters, digits, '-', '_' or '.', starting with a letter or digit"
    ))
}

/// The name a dataset goes by: FollowTheMoney's form (lower case, `_` between words, as
/// `dataset_name_check` wants), the publishers' names OpenSanctions uses for the lists vigil
/// reads (`us_ofac_sdn`, `un_sc_sanctions`). Names vigil used before (`ofac-sdn`, `un-sc`,
/// `eu-oj-32012R0267`) are aliases: they give the same name, so old commands and stores go on
/// working (a store is migrated when opened).
pub fn dataset_name(name: &str) -> String {
    match name {
        "ofac-sdn" => return "us_ofac_sdn".into(),
        "ofac-cons" => return "us_ofac_cons".into(),
        "un-sc" => return "un_sc_sanctions".into(),
        "us-csl" => return "us_trade_csl".into(),
        _ => {}
    }
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Whether `name` is already what [`dataset_name`] makes of it (lower-case letters, digits and
/// single inner underscores), so that a lookup needs no second try under the canonical name.
pub fn is_dataset_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        && b.first() != Some(&b'_')
        && b.last() != Some(&b'_')
        && !name.contains("__")
}

/// A dataset's name for people: "OFAC SDN list (US)", "EU Regulation 2012/267" for an EU
/// Official Journal transcription (from its CELEX number), the name itself otherwise.
pub fn dataset_title(name: &str) -> String {
    let name = dataset_name(name);
    match name.as_str() {
        "us_ofac_sdn" => return "OFAC Specially Designated Nationals list (US)".into(),
        "us_ofac_cons" => return "OFAC consolidated non-SDN lists (US)".into(),
        "un_sc_sanctions" => return "UN Security Council consolidated list".into(),
        "us_trade_csl" => return "Consolidated Screening List (US trade.gov)".into(),
        "eu_fsf" => return "EU financial sanctions list (FSF)".into(),
        "reports" => return "reports read".into(),
        "judgements" => return "analysts' judgements".into(),
        _ => {}
    }
    // eu_oj_32012r0267: sector 3, year 2012, R(egulation) or D(ecision), number 267.
    if let Some(celex) = name.strip_prefix("eu_oj_") {
        let b = celex.as_bytes();
        if b.len() == 10 && b[0] == b'3' && b[1..5].iter().all(u8::is_ascii_digit) {
            let kind = match b[5] {
                b'r' => Some("Regulation"),
                b'd' => Some("Decision"),
                _ => None,
            };
            if let (Some(kind), Ok(number)) = (kind, celex[6..].parse::<u32>()) {
                return format!("EU {kind} {}/{number}", &celex[1..5]);
            }
        }
    }
    if let Some(file) = name.strip_prefix("ftm_") {
        return format!("FollowTheMoney file {file}");
    }
    name
}

/// Why `label` cannot be a version or source label: at most [`MAX_LABEL`] bytes of letters,
/// digits, spaces and `-_.:+()/'’&,`, no control characters or markup.
pub fn check_label(what: &str, label: &str) -> Result<(), String> {
    let ok = !label.trim().is_empty()
        && label.len() <= MAX_LABEL
        && label.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    ' ' | '-' | '_' | '.' | ':' | '+' | '(' | ')' | '/' | '\'' | '’' | '&' | ','
                )
        });
    if ok {
        return Ok(());
    }
    let shown: String = label.chars().take(60).collect();
    Err(format!(
        "{what} {shown:?}: 1 to {MAX_LABEL} bytes of letters, digits, spaces and - _ . : + ( ) / ' & ,"
    ))
}

/// Why `name` cannot be the name of an uploaded file: a plain name (no directory, not hidden),
/// at most [`MAX_FILE_NAME`] bytes, no control characters or markup characters.
pub fn check_file_name(name: &str) -> Result<(), String> {
    let ok = !name.trim().is_empty()
        && name.len() <= MAX_FILE_NAME
        && !name.starts_with('.')
        && !name.chars().any(|c| {
            c.is_control() || matches!(c, '/' | '\\' | '<' | '>' | '"' | '`' | '|' | '*' | '?')
        });
    if ok {
        return Ok(());
    }
    let shown: String = name.chars().take(60).collect();
    Err(format!(
        "file name {shown:?}: a plain name of 1 to {MAX_FILE_NAME} bytes, not starting with '.', without directories, control or markup characters"
    ))
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_and_names() {
        assert!(check_dataset_name("ofac-sdn").is_ok());
        assert_eq!(dataset_title("eu_oj_32012r0267"), "EU Regulation 2012/267");
        assert_eq!(dataset_title("eu-oj-32010D0573"), "EU Decision 2010/573");
        assert_eq!(
            dataset_title("ofac-sdn"),
            "OFAC Specially Designated Nationals list (US)"
        );
        assert_eq!(dataset_title("my_list"), "my_list");
        for (old, new) in [
            ("ofac-sdn", "us_ofac_sdn"),
            ("un-sc", "un_sc_sanctions"),
            ("eu-oj-32012R0267", "eu_oj_32012r0267"),
            ("ftm-yente-fixture-t1", "ftm_yente_fixture_t1"),
            ("my.list--2", "my_list_2"),
            ("us_ofac_sdn", "us_ofac_sdn"),
            ("reports", "reports"),
        ] {
            assert_eq!(dataset_name(old), new);
            assert_eq!(dataset_name(new), new, "a name is its own alias");
            assert!(is_dataset_name(new), "{new}");
            assert_eq!(is_dataset_name(old), old == new, "{old}");
        }
        // Whatever is_dataset_name accepts, dataset_name leaves as it is.
        for name in [
            "a", "a_b", "x9", "_a", "a_", "a__b", "A", "a-b", "", " a", "ofac-sdn",
        ] {
            if is_dataset_name(name) {
                assert_eq!(dataset_name(name), name);
            } else {
                assert!(matches!(
                    name,
                    "_a" | "a_" | "a__b" | "A" | "a-b" | "" | " a" | "ofac-sdn"
                ));
            }
        }
        assert!(check_dataset_name("eu-oj-32001r2580").is_ok());
        assert!(check_dataset_name("eu-oj-32001R2580").is_ok());
        for bad in ["", "a/b", "<b>x</b>", "a b", "-x", &"x".repeat(65)] {
            assert!(check_dataset_name(bad).is_err(), "{bad}");
        }
        assert!(check_label("version", "2026-11-30").is_ok());
        assert!(check_label("version", "2026-11-30 (removed doc-1)").is_ok());
        assert!(check_label("version", &"x".repeat(5 << 20)).is_err());
        assert!(check_label("version", "<script>").is_err());
        assert!(check_file_name("report (1).html").is_ok());
        for bad in [
            "",
            "../x",
            ".hidden",
            "a\nb",
            "<img src=x>",
            &"y".repeat(300),
        ] {
            assert!(check_file_name(bad).is_err(), "{bad:?}");
        }
    }
}
