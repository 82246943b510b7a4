//! EU sanctions as transcribed from the Official Journal: one CSV per regulation (CELEX id), with
//! FtM property names as columns and `; ` between the values of a multi-valued cell.

use vigil_model::Schema;

use crate::error::{IngestError, Location};
use crate::source::SourceText;
use crate::{dataset_name, Emit, ParserOutput};

const AUTHORITY: &str = "European Union";
/// Columns about the listing, not the listed entity.
const SANCTION_COLUMNS: &[&str] = &[
    "celex",
    "recordId",
    "programKey",
    "annex",
    "measure",
    "startDate",
    "reason",
    "schema",
];
const DATE_COLUMNS: &[&str] = &["birthDate", "incorporationDate"];

pub(crate) fn csv_error(text: &SourceText, e: &csv::Error) -> IngestError {
    let line = e.position().map_or(0, |p| p.line());
    let msg = match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("not UTF-8 in field {}", err.field() + 1),
        _ => format!("CSV: {e}"),
    };
    IngestError::malformed(&text.path, Location::line(line), msg)
}

/// The values of a cell: separated by "; ", and in a few transcribed cells by a spaced middle
/// dot (U+00B7 or the Greek ano teleia U+0387, which normalises to it), which no name holds.
pub(crate) fn split_multi(cell: &str) -> impl Iterator<Item = &str> {
    cell.split("; ")
        .flat_map(|v| v.split(" \u{B7} ").flat_map(|v| v.split(" \u{387} ")))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

pub(crate) fn parse(text: &SourceText, dataset: Option<&str>) -> Result<ParserOutput, IngestError> {
    let mut reader = csv::ReaderBuilder::new().from_reader(text.text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(text, &e))?.clone();
    let col = |name: &str| headers.iter().position(|h| h == name);
    for required in ["celex", "recordId", "schema", "name"] {
        if col(required).is_none() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(1).field(required),
                "missing column",
            ));
        }
    }
    let stem = text
        .path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("eu-oj")
        .to_string();
    let file = text.file_label();
    let mut emit: Option<Emit> = None;
    let mut dataset_out = String::new();
    let mut records = 0u64;
    for rec in reader.records() {
        let rec = rec.map_err(|e| csv_error(text, &e))?;
        let line = rec.position().map_or(0, |p| p.line());
        let get = |name: &str| col(name).and_then(|i| rec.get(i)).unwrap_or("").trim();
        let celex = get("celex");
        if celex.is_empty() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).field("celex"),
                "empty celex",
            ));
        }
        // Some annex entries have no record number: the name, which the annex never changes
        // without a new entry, keys them instead.
        let hashed;
        let record_id = match get("recordId") {
            "" => {
                hashed = format!("n{}", vigil_model::short_hash(get("name")));
                hashed.as_str()
            }
            r => r,
        };
        let e = emit.get_or_insert_with(|| {
            dataset_out = dataset_name(dataset, || format!("eu_oj_{celex}"));
            Emit::new(&dataset_out)
        });
        records += 1;
        let schema_name = get("schema");
        let schema = Schema::from_name(schema_name)
            .filter(|s| s.is_a(Schema::Thing))
            .ok_or_else(|| {
                IngestError::malformed(
                    &text.path,
                    Location::line(line).record(record_id).field("schema"),
                    format!("unknown schema {schema_name:?}"),
                )
            })?;
        // Record numbers restart in each annex (II.A persons and II.B bodies both have a 6):
        // the annex is part of the key, or a person and a body become one entity.
        let key = match get("annex") {
            "" => record_id.to_string(),
            annex => format!("{annex}-{record_id}"),
        };
        let id = format!(
            "eu-oj-{}-{}",
            vigil_model::slug(celex),
            vigil_model::slug(&key)
        );
        let origin = format!("{file}:{line}");
        let o = origin.as_str();
        if get("name").is_empty() {
            return Err(IngestError::malformed(
                &text.path,
                Location::line(line).record(record_id).field("name"),
                "empty name",
            ));
        }
        emit_topic(e, &id, schema, o);
        for (i, header) in headers.iter().enumerate() {
            if SANCTION_COLUMNS.contains(&header) {
                continue;
            }
            let cell = rec.get(i).unwrap_or("");
            for value in split_multi(cell) {
                if DATE_COLUMNS.contains(&header) {
                    e.add_date(&id, schema, header, value, o);
                } else {
                    e.add_checked(&id, schema, header, value, o);
                }
            }
        }
        let sanction = format!(
            "eu-oj-sanction-{}-{}",
            vigil_model::slug(celex),
            vigil_model::slug(&key)
        );
        let s = Schema::Sanction;
        e.add(&sanction, s, "entity", &id, o);
        e.add(&sanction, s, "authority", AUTHORITY, o);
        e.add(&sanction, s, "country", "eu", o);
        e.add(
            &sanction,
            s,
            "authorityId",
            &format!("{celex}/{record_id}"),
            o,
        );
        e.add(&sanction, s, "program", get("programKey"), o);
        e.add(&sanction, s, "provisions", get("measure"), o);
        if !get("annex").is_empty() {
            e.add(
                &sanction,
                s,
                "summary",
                &format!("annex {}", get("annex")),
                o,
            );
        }
        e.add_date(&sanction, s, "startDate", get("startDate"), o);
        e.add(&sanction, s, "reason", get("reason"), o);
    }
    let emit = match emit {
        Some(e) => e,
        None => {
            dataset_out = dataset_name(dataset, || format!("eu_oj_{stem}"));
            let mut e = Emit::new(&dataset_out);
            e.warnings.push(format!("{file}: header only, no records"));
            e
        }
    };
    Ok(ParserOutput {
        dataset: dataset_out,
        version: None,
        records,
        emit,
    })
}

fn emit_topic(e: &mut Emit, id: &str, schema: Schema, origin: &str) {
    e.add(id, schema, "topics", "sanction", origin);
}

#[cfg(test)]
mod tests {
    use super::split_multi;

    #[test]
    fn a_cell_holds_values_apart_by_semicolons_and_spaced_middle_dots() {
        let cell = "شرکت نمونه · نمونه; Sample Company; A \u{387} B; Mid·Dot Ltd";
        let values: Vec<&str> = split_multi(cell).collect();
        assert_eq!(
            values,
            [
                "شرکت نمونه",
                "نمونه",
                "Sample Company",
                "A",
                "B",
                "Mid·Dot Ltd"
            ]
        );
    }
}
