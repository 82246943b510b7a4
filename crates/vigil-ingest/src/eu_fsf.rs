//! The EU consolidated financial sanctions list (FSF XML, `export/sanctionEntity`), written
//! against the published schema: names and most facts are attributes of child elements.

use roxmltree::Node;
use vigil_model::Schema;

use crate::error::{IngestError, Location};
use crate::source::SourceText;
use crate::un::children;
use crate::{clean, dataset_name, Emit, ParserOutput};

const AUTHORITY: &str = "European Union";

fn attr(n: Node<'_, '_>, name: &str) -> Option<String> {
    n.attribute(name).map(clean).filter(|v| !v.is_empty())
}

pub(crate) fn parse(text: &SourceText, dataset: Option<&str>) -> Result<ParserOutput, IngestError> {
    let doc = crate::un::parse_xml(text)?;
    let root = doc.root_element();
    if !root.has_tag_name("export") {
        return Err(IngestError::malformed(
            &text.path,
            Location::line(1),
            "root element is not export",
        ));
    }
    let version = attr(root, "generationDate").and_then(|d| vigil_model::dates::parse_single(&d));
    let dataset = dataset_name(dataset, || "eu_fsf".into());
    let mut emit = Emit::new(&dataset);
    let file = text.file_label();
    let mut records = 0u64;
    for node in children(root, "sanctionEntity") {
        records += 1;
        let line = u64::from(doc.text_pos_at(node.range().start).row);
        let origin = format!("{file}:{line}");
        let o = origin.as_str();
        let logical = attr(node, "logicalId").ok_or_else(|| {
            IngestError::malformed(
                &text.path,
                Location::line(line).field("logicalId"),
                "sanctionEntity without logicalId",
            )
        })?;
        let code = children(node, "subjectType")
            .find_map(|s| attr(s, "code"))
            .unwrap_or_default();
        let schema = match code.as_str() {
            "person" => Schema::Person,
            "enterprise" => Schema::Organization,
            "vessel" => Schema::Vessel,
            "aircraft" => Schema::Airplane,
            _ => Schema::LegalEntity,
        };
        let id = format!("eu-fsf-{}", vigil_model::slug(&logical));
        let mut named = false;
        for alias in children(node, "nameAlias") {
            let Some(whole) = attr(alias, "wholeName") else {
                continue;
            };
            let strong = attr(alias, "strong").is_none_or(|s| s == "true");
            let prop = if !named {
                "name"
            } else if strong {
                "alias"
            } else {
                "weakAlias"
            };
            named = true;
            emit.add(&id, schema, prop, &whole, o);
            if schema == Schema::Person {
                for (a, p) in [
                    ("firstName", "firstName"),
                    ("middleName", "middleName"),
                    ("lastName", "lastName"),
                    ("title", "title"),
                ] {
                    if let Some(v) = attr(alias, a) {
                        emit.add(&id, schema, p, &v, o);
                    }
                }
                if let Some(g) = attr(alias, "gender") {
                    let g = match g.as_str() {
                        "M" => "male",
                        "F" => "female",
                        other => other,
                    };
                    emit.add(&id, schema, "gender", g, o);
                }
            }
            if let Some(f) = attr(alias, "function") {
                emit.add_checked(&id, schema, "position", &f, o);
            }
        }
        if !named {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).record(&logical).field("nameAlias"),
                "entry has no nameAlias with a wholeName",
            ));
        }
        emit.add(&id, schema, "topics", "sanction", o);
        for c in children(node, "citizenship") {
            if let Some(v) = attr(c, "countryIso2Code")
                .map(|c| c.to_ascii_lowercase())
                .or_else(|| attr(c, "countryDescription"))
            {
                emit.add_checked(&id, schema, "nationality", &v, o);
            }
        }
        for b in children(node, "birthdate") {
            let date = attr(b, "birthdate").or_else(|| attr(b, "year"));
            if let Some(d) = date {
                emit.add_date(&id, schema, "birthDate", &d, o);
            }
            let place: Vec<String> = ["city", "place", "region", "countryDescription"]
                .iter()
                .filter_map(|a| attr(b, a))
                .collect();
            if !place.is_empty() {
                emit.add_checked(&id, schema, "birthPlace", &place.join(", "), o);
            }
        }
        for ident in children(node, "identification") {
            let Some(number) = attr(ident, "number") else {
                continue;
            };
            let kind = attr(ident, "identificationTypeCode").unwrap_or_default();
            let prop = if kind == "passport" {
                "passportNumber"
            } else {
                "idNumber"
            };
            let detail: Vec<String> = [
                "identificationTypeDescription",
                "countryDescription",
                "issuedBy",
            ]
            .iter()
            .filter_map(|a| attr(ident, a))
            .chain(std::iter::once(number.clone()))
            .collect();
            if schema.property(prop).is_some() {
                emit.add_full(&id, schema, prop, &number, Some(&detail.join(", ")), o);
            } else {
                emit.add(&id, schema, "notes", &detail.join(", "), o);
            }
        }
        for a in children(node, "address") {
            let full: Vec<String> = [
                "street",
                "poBox",
                "city",
                "zipCode",
                "region",
                "place",
                "countryDescription",
            ]
            .iter()
            .filter_map(|k| attr(a, k))
            .collect();
            emit.add(&id, schema, "address", &full.join(", "), o);
            if let Some(c) = attr(a, "countryIso2Code") {
                emit.add(&id, schema, "country", &c.to_ascii_lowercase(), o);
            }
        }
        for r in children(node, "remark") {
            if let Some(t) = r.text() {
                emit.add(&id, schema, "notes", t, o);
            }
        }
        let sanction = format!("eu-fsf-sanction-{}", vigil_model::slug(&logical));
        let s = Schema::Sanction;
        emit.add(&sanction, s, "entity", &id, o);
        emit.add(&sanction, s, "authority", AUTHORITY, o);
        emit.add(&sanction, s, "country", "eu", o);
        if let Some(r) = attr(node, "euReferenceNumber") {
            emit.add(&sanction, s, "authorityId", &r, o);
        }
        if let Some(u) = attr(node, "unitedNationId") {
            emit.add(&sanction, s, "unscId", &u, o);
        }
        if let Some(d) = attr(node, "designationDetails") {
            emit.add(&sanction, s, "reason", &d, o);
        }
        for reg in children(node, "regulation") {
            if let Some(p) = attr(reg, "programme") {
                emit.add(&sanction, s, "program", &p, o);
            }
            if let Some(t) = attr(reg, "numberTitle") {
                emit.add(&sanction, s, "provisions", &t, o);
            }
            if let Some(d) = attr(reg, "publicationDate") {
                emit.add_date(&sanction, s, "listingDate", &d, o);
            }
            for url in children(reg, "publicationUrl") {
                if let Some(u) = url.text() {
                    emit.add(&sanction, s, "sourceUrl", u, o);
                }
            }
        }
    }
    Ok(ParserOutput {
        dataset,
        version,
        records,
        emit,
    })
}
