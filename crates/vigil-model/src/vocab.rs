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

/// Kinds of timeline entries: list listings and versions, report events of any claim kind.
pub const TIMELINE_KINDS: &[&str] = &[
    "listed",
    "version",
    "event",
    "role",
    "membership",
    "family",
    "arrest",
    "supply",
    "plot",
    "designation",
    "denial",
];

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
