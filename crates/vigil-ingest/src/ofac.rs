//! OFAC's legacy CSV set: `sdn.csv` (or `cons_prim.csv`) with optional `add.csv`, `alt.csv` and
//! `sdn_comments.csv`. No header row; `-0-` is an empty value; much of the data is packed into
//! the Remarks field (`a.k.a. 'X'; DOB 31 Aug 1960; Passport 042833 (Lebanon); Linked To: Y.`).

use std::collections::HashMap;

use vigil_model::Schema;
#[cfg(test)]
use vigil_model::Statement;

use crate::error::{IngestError, Location};
use crate::source::{ofac_role, SourceText};
use crate::{dataset_name, Emit, ParserOutput};

const AUTHORITY: &str = "Office of Foreign Assets Control";

struct Primary {
    ent: String,
    name: String,
    schema: Schema,
    programs: Vec<String>,
    title: Option<String>,
    vessel: [(&'static str, Option<String>); 6],
    remarks: String,
    origin: String,
}

fn null(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v != "-0-").then(|| v.to_string())
}

/// Read a header-less OFAC CSV file whose rows have exactly `width` fields.
fn rows(text: &SourceText, width: usize) -> Result<Vec<(u64, Vec<String>)>, IngestError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.text.as_bytes());
    let mut out = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            IngestError::malformed(&text.path, Location::line(line), format!("CSV: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        if rec.len() != width {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line),
                format!("expected {width} fields, found {}", rec.len()),
            ));
        }
        let ent = rec.get(0).unwrap_or("").trim();
        if ent.is_empty() || !ent.bytes().all(|b| b.is_ascii_digit()) {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).field("ent_num"),
                format!("ent_num must be a number, found {ent:?}"),
            ));
        }
        out.push((line, rec.iter().map(str::to_string).collect()));
    }
    Ok(out)
}

pub(crate) fn parse(
    texts: &[SourceText],
    dataset: Option<&str>,
) -> Result<ParserOutput, IngestError> {
    let role = |t: &SourceText| ofac_role(&t.path).unwrap_or("primary");
    let primary =
        texts
            .iter()
            .find(|t| role(t) == "primary")
            .ok_or_else(|| IngestError::Incomplete {
                path: texts.first().map(|t| t.path.clone()).unwrap_or_default(),
                message: "no OFAC primary file (sdn.csv or cons_prim.csv) in the set".into(),
            })?;
    let is_cons = primary
        .file_label()
        .to_ascii_lowercase()
        .starts_with("cons");
    let dataset = dataset_name(dataset, || {
        if is_cons {
            "us_ofac_cons"
        } else {
            "us_ofac_sdn"
        }
        .into()
    });
    let mut emit = Emit::new(&dataset);

    // Comments files carry the overflow of Remarks fields, to be appended verbatim.
    let mut overflow: HashMap<String, String> = HashMap::new();
    for t in texts.iter().filter(|t| role(t) == "comments") {
        for (_, r) in rows(t, 2)? {
            overflow
                .entry(r[0].trim().to_string())
                .or_default()
                .push_str(&r[1]);
        }
    }

    let plabel = primary.file_label();
    let mut primaries: Vec<Primary> = Vec::new();
    for (line, r) in rows(primary, 12)? {
        let ent = r[0].trim().to_string();
        let name = null(&r[1]).ok_or_else(|| {
            IngestError::malformed(
                &primary.path,
                Location::line(line).record(&ent).field("SDN_Name"),
                "empty name",
            )
        })?;
        let schema = match null(&r[2]).map(|s| s.to_ascii_lowercase()).as_deref() {
            None => Schema::Organization,
            Some("individual") => Schema::Person,
            Some("vessel") => Schema::Vessel,
            Some("aircraft") => Schema::Airplane,
            Some(other) => {
                return Err(IngestError::malformed(
                    &primary.path,
                    Location::line(line).record(&ent).field("SDN_Type"),
                    format!("unknown type {other:?}"),
                ))
            }
        };
        let programs = null(&r[3])
            .map(|p| {
                p.split("] [")
                    .map(|s| {
                        s.trim_matches(|c| c == '[' || c == ']' || c == ' ')
                            .to_string()
                    })
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let mut remarks = null(&r[11]).unwrap_or_default();
        if let Some(more) = overflow.remove(&ent) {
            remarks.push_str(&more);
        }
        primaries.push(Primary {
            programs,
            title: null(&r[4]),
            vessel: [
                ("callSign", null(&r[5])),
                ("type", null(&r[6])),
                ("tonnage", null(&r[7])),
                ("grossRegisteredTonnage", null(&r[8])),
                ("flag", null(&r[9])),
                ("ownerName", null(&r[10])),
            ],
            remarks,
            origin: format!("{plabel}:{line}"),
            ent,
            name,
            schema,
        });
    }
    for ent in overflow.keys() {
        emit.warnings.push(format!(
            "comments for ent_num {ent} which the primary file does not list; skipped"
        ));
    }

    let by_ent: HashMap<&str, usize> = primaries
        .iter()
        .enumerate()
        .map(|(i, p)| (p.ent.as_str(), i))
        .collect();
    // Every name an entry is known by, upper-cased, for resolving `Linked To:` targets.
    let mut names: HashMap<String, Vec<usize>> = HashMap::new();
    let mut links: Vec<(usize, String, String)> = Vec::new();

    for (i, p) in primaries.iter().enumerate() {
        let id = format!("ofac-{}", p.ent);
        let s = p.schema;
        let o = p.origin.as_str();
        emit.add(&id, s, "name", &p.name, o);
        names.entry(p.name.to_uppercase()).or_default().push(i);
        if s == Schema::Person {
            if let Some((last, first)) = p.name.split_once(", ") {
                emit.add(&id, s, "lastName", last, o);
                emit.add(&id, s, "firstName", first, o);
            }
        }
        emit.add(&id, s, "topics", "sanction", o);
        if let Some(t) = &p.title {
            emit.add(&id, s, "position", t, o);
        }
        for (prop, value) in &p.vessel {
            if let Some(v) = value {
                emit.add_checked(&id, s, prop, v, o);
            }
        }
        let sanction = format!("ofac-sanction-{}", p.ent);
        emit.add(&sanction, Schema::Sanction, "entity", &id, o);
        emit.add(&sanction, Schema::Sanction, "authority", AUTHORITY, o);
        emit.add(&sanction, Schema::Sanction, "country", "us", o);
        emit.add(&sanction, Schema::Sanction, "authorityId", &p.ent, o);
        for prog in &p.programs {
            emit.add(&sanction, Schema::Sanction, "program", prog, o);
        }
        for part in split_remarks(&p.remarks) {
            match remark(part) {
                Remark::Name(prop, name) => {
                    names.entry(name.to_uppercase()).or_default().push(i);
                    emit.add(&id, s, prop, name, o);
                }
                Remark::Link(target) => links.push((i, target.to_string(), o.to_string())),
                Remark::Provision => emit.add(&sanction, Schema::Sanction, "provisions", part, o),
                Remark::Listing(prop, date) => {
                    emit.add_date(&sanction, Schema::Sanction, prop, date, o)
                }
                Remark::Feature(prop, value, kind) => {
                    add_feature(&mut emit, &id, s, (prop, value, kind), part, o)
                }
                Remark::Wallet(currency, address) => {
                    let wallet = format!("ofac-wallet-{}-{address}", currency.to_lowercase());
                    emit.add(&wallet, Schema::CryptoWallet, "publicKey", address, o);
                    emit.add(&wallet, Schema::CryptoWallet, "currency", currency, o);
                    emit.add(&wallet, Schema::CryptoWallet, "holder", &id, o);
                }
                Remark::Note => emit.add(&id, s, "notes", part, o),
            }
        }
    }

    for t in texts.iter().filter(|t| role(t) == "alias") {
        let label = t.file_label();
        for (line, r) in rows(t, 5)? {
            let Some(&i) = by_ent.get(r[0].trim()) else {
                emit.warnings.push(format!("{label}:{line}: alias of ent_num {} which the primary file does not list; skipped", r[0].trim()));
                continue;
            };
            let p = &primaries[i];
            let Some(alias) = null(&r[3]) else { continue };
            let prop = match null(&r[2]).map(|t| t.to_ascii_lowercase()).as_deref() {
                Some("fka") => "previousName",
                _ => "alias",
            };
            let weak = null(&r[4]).is_some_and(|rem| rem.to_ascii_lowercase().contains("weak"));
            names.entry(alias.to_uppercase()).or_default().push(i);
            emit.add(
                &format!("ofac-{}", p.ent),
                p.schema,
                if weak { "weakAlias" } else { prop },
                &alias,
                &format!("{label}:{line}"),
            );
        }
    }
    for t in texts.iter().filter(|t| role(t) == "address") {
        let label = t.file_label();
        for (line, r) in rows(t, 6)? {
            let Some(&i) = by_ent.get(r[0].trim()) else {
                emit.warnings.push(format!("{label}:{line}: address of ent_num {} which the primary file does not list; skipped", r[0].trim()));
                continue;
            };
            let p = &primaries[i];
            let id = format!("ofac-{}", p.ent);
            let o = format!("{label}:{line}");
            let full: Vec<String> = [&r[2], &r[3], &r[4]]
                .iter()
                .filter_map(|v| null(v))
                .collect();
            emit.add(&id, p.schema, "address", &full.join(", "), &o);
            if let Some(c) = null(&r[4]) {
                emit.add(&id, p.schema, "country", &c, &o);
            }
            if let Some(rem) = null(&r[5]) {
                emit.add(&id, p.schema, "notes", &format!("address: {rem}"), &o);
            }
        }
    }

    // `Linked To:` names another entry of the same list by its name. The remark's closing period
    // may or may not belong to the name ("S.A."), so both readings are tried.
    for (i, target, origin) in links {
        let up = target.to_uppercase();
        let found = names
            .get(&up)
            .or_else(|| names.get(&format!("{up}.")))
            .or_else(|| names.get(up.trim_end_matches('.')))
            .and_then(|v| v.iter().copied().find(|&j| j != i));
        let p = &primaries[i];
        let subject = format!("ofac-{}", p.ent);
        match found {
            Some(j) => {
                let object = format!("ofac-{}", primaries[j].ent);
                let link = format!("ofac-link-{}-{}", p.ent, primaries[j].ent);
                emit.add(&link, Schema::UnknownLink, "subject", &subject, &origin);
                emit.add(&link, Schema::UnknownLink, "object", &object, &origin);
                emit.add(&link, Schema::UnknownLink, "role", "Linked To", &origin);
            }
            None => {
                emit.warnings.push(format!(
                    "{origin}: Linked To {target:?} names no entry of this list; kept as a note"
                ));
                emit.add(
                    &subject,
                    p.schema,
                    "notes",
                    &format!("Linked To: {target}"),
                    &origin,
                );
            }
        }
    }
    Ok(ParserOutput {
        dataset,
        version: None,
        records: primaries.len() as u64,
        emit,
    })
}

fn split_remarks(remarks: &str) -> impl Iterator<Item = &str> {
    let r = remarks.trim();
    // The whole field ends with a period; drop it unless it closes an abbreviation like "S.A."
    let r = match r.strip_suffix('.') {
        Some(body) if !ends_with_abbreviation(body) => body,
        _ => r,
    };
    r.split("; ").map(str::trim).filter(|p| !p.is_empty())
}

fn ends_with_abbreviation(body: &str) -> bool {
    let last = body.rsplit([' ', ',']).next().unwrap_or("");
    // "S.A", "C.V", "S.A.S", "LTD" ... a dotted token keeps its final dot.
    last.contains('.') && last.len() <= 8
}

#[derive(Debug, PartialEq)]
enum Remark<'a> {
    Name(&'static str, &'a str),
    Link(&'a str),
    Provision,
    Listing(&'static str, &'a str),
    Feature(&'static str, &'a str, Kind),
    /// "Digital Currency Address - XBT 12QtD5...": a crypto wallet the entry holds (currency,
    /// address), an entity of its own as FtM has it.
    Wallet(&'a str, &'a str),
    Note,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Kind {
    Id,
    Date,
    Text,
    Gender,
    Country,
}

/// Labels OFAC uses in Remarks (and the US CSL in its `ids` column), longest first where one
/// is a prefix of another, with the FtM property each feeds.
pub(crate) const FEATURES: &[(&str, &str, Kind)] = &[
    ("DOB ", "birthDate", Kind::Date),
    ("POB ", "birthPlace", Kind::Text),
    ("nationality ", "nationality", Kind::Country),
    ("citizen ", "citizenship", Kind::Country),
    ("Gender ", "gender", Kind::Gender),
    ("Passport ", "passportNumber", Kind::Id),
    ("National ID No. ", "idNumber", Kind::Id),
    ("Tax ID No. ", "taxNumber", Kind::Id),
    (
        "Business Registration Number ",
        "registrationNumber",
        Kind::Id,
    ),
    (
        "Commercial Registry Number ",
        "registrationNumber",
        Kind::Id,
    ),
    ("Registration Number ", "registrationNumber", Kind::Id),
    ("Registration ID ", "registrationNumber", Kind::Id),
    ("Company Number ", "registrationNumber", Kind::Id),
    ("Government Gazette Number ", "registrationNumber", Kind::Id),
    (
        "Unified Social Credit Code (USCC) ",
        "registrationNumber",
        Kind::Id,
    ),
    ("Legal Entity Number ", "leiCode", Kind::Id),
    ("SWIFT/BIC ", "swiftBic", Kind::Id),
    ("ISIN ", "isinCode", Kind::Id),
    (
        "Vessel Registration Identification IMO ",
        "imoNumber",
        Kind::Id,
    ),
    ("Identification Number IMO ", "imoNumber", Kind::Id),
    ("MMSI ", "mmsi", Kind::Id),
    (
        "Aircraft Manufacturer's Serial Number (MSN) ",
        "serialNumber",
        Kind::Id,
    ),
    ("Aircraft Construction Number ", "serialNumber", Kind::Id),
    ("Aircraft Model ", "model", Kind::Text),
    ("Aircraft Manufacture Date ", "buildDate", Kind::Date),
    (
        "Organization Established Date ",
        "incorporationDate",
        Kind::Date,
    ),
    ("Website ", "website", Kind::Text),
    ("Email Address ", "email", Kind::Text),
    ("Phone Number ", "phone", Kind::Text),
    ("Telephone ", "phone", Kind::Text),
    ("Cedula No. ", "idNumber", Kind::Id),
    ("NIT # ", "idNumber", Kind::Id),
    ("RUC # ", "idNumber", Kind::Id),
    ("C.U.R.P. ", "idNumber", Kind::Id),
    ("R.F.C. ", "idNumber", Kind::Id),
    ("D.N.I. ", "idNumber", Kind::Id),
    ("Identification Number ", "idNumber", Kind::Id),
    ("Personal ID Card ", "idNumber", Kind::Id),
    ("Folio Mercantil No. ", "registrationNumber", Kind::Id),
    ("Matricula Mercantil No ", "registrationNumber", Kind::Id),
];

const PROVISIONS: &[&str] = &[
    "Additional Sanctions Information",
    "Secondary sanctions risk",
    "Transactions Prohibited",
    "Executive Order ",
    "Effective Date",
    "For more information on directives",
    "Target Type",
    "IFCA Determination",
    "CAATSA",
    "Sanctions Information",
];

fn remark(part: &str) -> Remark<'_> {
    let p = part.strip_prefix("alt. ").unwrap_or(part);
    for (prefix, prop) in [
        ("a.k.a. ", "alias"),
        ("f.k.a. ", "previousName"),
        ("n.k.a. ", "alias"),
    ] {
        if let Some(rest) = p.strip_prefix(prefix) {
            return Remark::Name(prop, rest.trim().trim_matches('\''));
        }
    }
    if let Some(rest) = p.strip_prefix("Linked To: ") {
        return Remark::Link(rest.trim());
    }
    if let Some(rest) = p.strip_prefix("Digital Currency Address - ") {
        if let Some((currency, address)) = rest.trim().split_once(' ') {
            let address = address.trim();
            if !address.is_empty() && !address.contains(' ') {
                return Remark::Wallet(currency.trim(), address);
            }
        }
    }
    if let Some(rest) = p.strip_prefix("Listing Date ") {
        // "Listing Date (EO 14024 Directive 3): 24 Feb 2022"
        let date = rest.rsplit(": ").next().unwrap_or(rest);
        return Remark::Listing("listingDate", date);
    }
    if PROVISIONS.iter().any(|x| p.starts_with(x)) {
        return Remark::Provision;
    }
    for (label, prop, kind) in FEATURES {
        if let Some(rest) = p.strip_prefix(label) {
            return Remark::Feature(prop, rest.trim(), *kind);
        }
    }
    Remark::Note
}

/// The identifier proper: the text before a parenthesised country or an issue/expiry note.
pub(crate) fn id_value(text: &str) -> &str {
    let mut end = text.len();
    for stop in [
        " (",
        " issued",
        " expires",
        " Issue Date",
        " Expire Date",
        ";",
    ] {
        if let Some(i) = text.find(stop) {
            end = end.min(i);
        }
    }
    text[..end].trim()
}

/// A remark or id item read as (property, value, kind).
pub(crate) type Feature<'a> = (&'a str, &'a str, Kind);

pub(crate) fn add_feature(
    emit: &mut Emit,
    id: &str,
    schema: Schema,
    feature: Feature<'_>,
    source_text: &str,
    origin: &str,
) {
    let (prop, value, kind) = feature;
    if schema.property(prop).is_none() {
        emit.add(id, schema, "notes", source_text, origin);
        return;
    }
    match kind {
        Kind::Date => emit.add_date(id, schema, prop, value, origin),
        Kind::Id => emit.add_full(id, schema, prop, id_value(value), Some(source_text), origin),
        Kind::Gender => emit.add(id, schema, prop, &value.to_ascii_lowercase(), origin),
        Kind::Country | Kind::Text => emit.add(id, schema, prop, value, origin),
    }
}

/// All statements of one entity (for tests).
#[cfg(test)]
fn of<'a>(st: &'a [Statement], id: &str, prop: &str) -> Vec<&'a str> {
    st.iter()
        .filter(|s| s.entity_id == id && s.prop == prop)
        .map(|s| s.value.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::path::Path;

    fn text(name: &str, dir: &Path, body: &str) -> SourceText {
        let p = dir.join(name);
        std::fs::File::create(&p)
            .and_then(|mut f| f.write_all(body.as_bytes()))
            .expect("write");
        crate::source::read_text(&p).expect("read")
    }

    #[test]
    fn remarks_table() {
        let cases: &[(&str, Remark)] = &[
            ("a.k.a. 'BNC'", Remark::Name("alias", "BNC")),
            (
                "f.k.a. 'OLD NAME'",
                Remark::Name("previousName", "OLD NAME"),
            ),
            (
                "alt. DOB 31 Aug 1953",
                Remark::Feature("birthDate", "31 Aug 1953", Kind::Date),
            ),
            ("Linked To: HIZBALLAH", Remark::Link("HIZBALLAH")),
            (
                "Passport 042833 (Lebanon)",
                Remark::Feature("passportNumber", "042833 (Lebanon)", Kind::Id),
            ),
            (
                "Gender Male",
                Remark::Feature("gender", "Male", Kind::Gender),
            ),
            (
                "Additional Sanctions Information - Subject to Secondary Sanctions",
                Remark::Provision,
            ),
            ("Secretary General of Hizballah", Remark::Note),
            (
                "Digital Currency Address - XBT 1ExampleAddr9",
                Remark::Wallet("XBT", "1ExampleAddr9"),
            ),
        ];
        for (input, want) in cases {
            assert_eq!(&remark(input), want, "{input}");
        }
        assert_eq!(id_value("042833 (Lebanon)"), "042833");
        assert_eq!(id_value("A123 issued 01 Jan 2010 expires 2020"), "A123");
    }

    #[test]
    fn trailing_period_kept_on_abbreviations() {
        let parts: Vec<_> = split_remarks("DOB 1960; Linked To: GRUPO X, S.A.").collect();
        assert_eq!(parts, ["DOB 1960", "Linked To: GRUPO X, S.A."]);
        let parts: Vec<_> = split_remarks("a.k.a. 'MOIS'; a.k.a. 'VEVAK'.").collect();
        assert_eq!(parts, ["a.k.a. 'MOIS'", "a.k.a. 'VEVAK'"]);
    }

    #[test]
    fn full_set_with_companions() {
        let dir = tempfile::tempdir().expect("tmp");
        let sdn = text(
            "sdn.csv",
            dir.path(),
            "10,\"EXAMPLE TRADING LLC\",-0- ,\"IRAN] [SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'EXTRA'; Linked To: DOE, John.\"\r\n\
             11,\"DOE, John\",\"individual\",\"SDGT\",\"Director\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Feb 1970; nationality Iran; Passport X1 (Iran); Linked To: NOBODY KNOWN; Linked To: EXAMPLE TR\"\r\n\x1a",
        );
        let comments = text("sdn_comments.csv", dir.path(), "11,\"ADING LLC.\"\n");
        let alt = text("alt.csv", dir.path(), "11,1,\"fka\",\"ROE, Jon\",-0- \n");
        let add = text(
            "add.csv",
            dir.path(),
            "10,5,\"1 Main St\",\"Tehran\",\"Iran\",-0- \n",
        );
        let out = parse(&[sdn, comments, alt, add], None).expect("parse");
        let st = &out.emit.statements;
        assert_eq!(out.dataset, "us_ofac_sdn");
        assert_eq!(out.records, 2);
        assert_eq!(of(st, "ofac-11", "birthDate"), ["1970-02-01"]);
        assert_eq!(of(st, "ofac-11", "passportNumber"), ["X1"]);
        assert_eq!(of(st, "ofac-11", "previousName"), ["ROE, Jon"]);
        assert_eq!(of(st, "ofac-11", "lastName"), ["DOE"]);
        assert_eq!(of(st, "ofac-10", "alias"), ["EXTRA"]);
        assert_eq!(of(st, "ofac-10", "address"), ["1 Main St, Tehran, Iran"]);
        assert_eq!(of(st, "ofac-sanction-10", "program"), ["IRAN", "SDGT"]);
        // Both links resolve, the second only thanks to the comments overflow.
        assert_eq!(of(st, "ofac-link-10-11", "object"), ["ofac-11"]);
        assert_eq!(of(st, "ofac-link-11-10", "object"), ["ofac-10"]);
        // The unresolvable one is kept, and said.
        assert_eq!(of(st, "ofac-11", "notes"), ["Linked To: NOBODY KNOWN"]);
        assert!(out.emit.warnings.iter().any(|w| w.contains("NOBODY KNOWN")));
    }

    #[test]
    fn bad_rows_name_line_and_field() {
        let dir = tempfile::tempdir().expect("tmp");
        let sdn = text(
            "sdn.csv",
            dir.path(),
            "10,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \nx1,\"B\"\n",
        );
        let err = parse(&[sdn], None).expect_err("short row").to_string();
        assert!(err.contains("sdn.csv:2"), "{err}");
        let sdn = text(
            "sdn.csv",
            dir.path(),
            "12,\"A\",\"robot\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n",
        );
        let err = parse(&[sdn], None).expect_err("bad type").to_string();
        assert!(err.contains(":1 record 12 field SDN_Type"), "{err}");
    }
}
