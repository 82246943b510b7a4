//! The US Consolidated Screening List (trade.gov CSV): SDN, Entity List, DPL, ISN and others in
//! one file, `; ` between values of a multi-valued cell.

use vigil_model::Schema;

use crate::error::{IngestError, Location};
use crate::eu_oj::{csv_error, split_multi};
use crate::ofac::{add_feature, FEATURES};
use crate::source::SourceText;
use crate::{dataset_name, Emit, ParserOutput};

const REQUIRED: &[&str] = &[
    "_id",
    "source",
    "entity_number",
    "type",
    "name",
    "alt_names",
    "ids",
];

pub(crate) fn parse(text: &SourceText, dataset: Option<&str>) -> Result<ParserOutput, IngestError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(text, &e))?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    for required in REQUIRED {
        if col(required).is_none() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(1).field(*required),
                "missing column",
            ));
        }
    }
    let dataset = dataset_name(dataset, || "us_trade_csl".into());
    let mut emit = Emit::new(&dataset);
    let file = text.file_label();
    let mut records = 0u64;
    for rec in reader.records() {
        let rec = rec.map_err(|e| csv_error(text, &e))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |name: &str| col(name).and_then(|i| rec.get(i)).unwrap_or("").trim();
        records += 1;
        let rid = get("_id");
        if rid.is_empty() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).field("_id"),
                "empty record id",
            ));
        }
        let name = get("name");
        if name.is_empty() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).record(rid).field("name"),
                "empty name",
            ));
        }
        let schema = match get("type").to_ascii_lowercase().as_str() {
            "individual" => Schema::Person,
            "entity" => Schema::Organization,
            "vessel" => Schema::Vessel,
            "aircraft" => Schema::Airplane,
            // Entity List, DPL and others leave the type empty: a person or a body, unknown.
            "" => Schema::LegalEntity,
            other => {
                return Err(IngestError::malformed(
                    &text.path,
                    Location::line(line).record(rid).field("type"),
                    format!("unknown type {other:?}"),
                ))
            }
        };
        let source = get("source");
        // SDN rows carry OFAC's ent_num: the same id as the OFAC loader gives, so the two
        // datasets describe one entity.
        let id = if source.starts_with("Specially Designated Nationals")
            && !get("entity_number").is_empty()
        {
            format!("ofac-{}", get("entity_number"))
        } else {
            format!("us-csl-{}", vigil_model::slug(rid))
        };
        let origin = format!("{file}:{line}");
        let o = origin.as_str();
        let e = &mut emit;
        e.add(&id, schema, "name", name, o);
        e.add(&id, schema, "topics", "sanction", o);
        for alias in split_multi(get("alt_names")) {
            e.add(&id, schema, "alias", alias, o);
        }
        for (column, prop) in [
            ("title", "position"),
            ("addresses", "address"),
            ("citizenships", "citizenship"),
            ("nationalities", "nationality"),
            ("places_of_birth", "birthPlace"),
            ("call_sign", "callSign"),
            ("vessel_type", "type"),
            ("gross_tonnage", "tonnage"),
            ("gross_registered_tonnage", "grossRegisteredTonnage"),
            ("vessel_flag", "flag"),
            ("vessel_owner", "ownerName"),
            ("remarks", "notes"),
            ("source_information_url", "sourceUrl"),
        ] {
            for v in split_multi(get(column)) {
                e.add_checked(&id, schema, prop, v, o);
            }
        }
        for d in split_multi(get("dates_of_birth")) {
            e.add_date(&id, schema, "birthDate", d, o);
        }
        for item in split_multi(get("ids")) {
            add_id(e, &id, schema, item, o);
        }
        let sanction = format!("us-csl-sanction-{}", vigil_model::slug(rid));
        let s = Schema::Sanction;
        e.add(&sanction, s, "entity", &id, o);
        e.add(&sanction, s, "authority", source, o);
        e.add(&sanction, s, "country", "us", o);
        e.add(&sanction, s, "authorityId", get("entity_number"), o);
        for p in split_multi(get("programs")) {
            e.add(&sanction, s, "program", p, o);
        }
        e.add_date(&sanction, s, "startDate", get("start_date"), o);
        e.add_date(&sanction, s, "endDate", get("end_date"), o);
        e.add(&sanction, s, "sourceUrl", get("source_list_url"), o);
        for (column, label) in [
            ("federal_register_notice", "Federal Register"),
            ("license_requirement", "License requirement"),
            ("license_policy", "License policy"),
        ] {
            if !get(column).is_empty() {
                e.add(
                    &sanction,
                    s,
                    "provisions",
                    &format!("{label}: {}", get(column)),
                    o,
                );
            }
        }
    }
    Ok(ParserOutput {
        dataset,
        version: None,
        records,
        emit,
    })
}

/// One `ids` item: comma-separated parts ending in the kind (`CA, BC166787, Passport`,
/// `Male, Gender`); the value is the part before the kind.
fn add_id(e: &mut Emit, id: &str, schema: Schema, item: &str, origin: &str) {
    let parts: Vec<&str> = item.split(", ").map(str::trim).collect();
    let (kind, value) = match parts.as_slice() {
        [.., value, kind] => (*kind, *value),
        _ => {
            e.add(id, schema, "notes", item, origin);
            return;
        }
    };
    let label = format!("{kind} ");
    match FEATURES
        .iter()
        .find(|(l, _, _)| *l == label || l.starts_with(&label))
    {
        Some((_, prop, k)) => {
            let feature = (*prop, value.trim_start_matches("IMO "), *k);
            add_feature(e, id, schema, feature, item, origin)
        }
        None => e.add(
            id,
            schema,
            "notes",
            &format!("{kind}: {}", parts[..parts.len() - 1].join(", ")),
            origin,
        ),
    }
}
