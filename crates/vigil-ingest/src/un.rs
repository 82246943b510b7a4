//! The UN Security Council consolidated list (XML, `sc-sanctions.xsd`).

use roxmltree::{Document, Node};
use vigil_model::Schema;

use crate::error::{IngestError, Location};
use crate::source::SourceText;
use crate::{clean, dataset_name, Emit, ParserOutput};

const AUTHORITY: &str = "United Nations Security Council";

pub(crate) fn xml_error(text: &SourceText, e: roxmltree::Error) -> IngestError {
    let pos = e.pos();
    IngestError::malformed(
        &text.path,
        Location::line(u64::from(pos.row)),
        format!("XML: {e}"),
    )
}

/// Deepest element nesting a list file may have. Real lists nest a handful of levels;
/// roxmltree's tokenizer recurses once per level, so a hostile file nested tens of thousands
/// deep would overflow the stack and abort the process instead of failing.
pub const MAX_XML_DEPTH: usize = 256;

/// Parse list XML after checking, with a flat scan, that it nests no deeper than
/// [`MAX_XML_DEPTH`]. DTDs stay refused (roxmltree's default), so no entity can add depth.
pub(crate) fn parse_xml(text: &SourceText) -> Result<Document<'_>, IngestError> {
    if let Some(line) = too_deep(&text.text, MAX_XML_DEPTH) {
        return Err(IngestError::malformed(
            &text.path,
            Location::line(line),
            format!("XML: elements nested more than {MAX_XML_DEPTH} deep"),
        ));
    }
    Document::parse(&text.text).map_err(|e| xml_error(text, e))
}

/// The line where element nesting first exceeds `limit`, if it does. Skips comments, CDATA,
/// processing instructions and declarations, and quoted attribute values, so only real tags
/// count; on malformed input it may miscount, and the parser then reports the real error.
pub(crate) fn too_deep(xml: &str, limit: usize) -> Option<u64> {
    let b = xml.as_bytes();
    let (mut i, mut depth, mut line) = (0usize, 0usize, 1u64);
    let skip_to = |from: usize, end: &[u8]| vigil_model::markup::after(b, from, end);
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'<' => {
                let rest = &b[i..];
                let end = if rest.starts_with(b"<!--") {
                    skip_to(i + 4, b"-->")
                } else if rest.starts_with(b"<![CDATA[") {
                    skip_to(i + 9, b"]]>")
                } else if rest.starts_with(b"<?") {
                    skip_to(i + 2, b"?>")
                } else if rest.starts_with(b"<!") {
                    skip_to(i + 2, b">")
                } else if rest.starts_with(b"</") {
                    depth = depth.saturating_sub(1);
                    skip_to(i + 2, b">")
                } else {
                    let j = vigil_model::markup::tag_end(b, i + 1);
                    if j < b.len() && b[j - 1] != b'/' {
                        depth += 1;
                        if depth > limit {
                            return Some(line);
                        }
                    }
                    j + 1
                };
                let end = end.min(b.len());
                line += b[i..end].iter().filter(|&&c| c == b'\n').count() as u64;
                i = end;
            }
            _ => i += 1,
        }
    }
    None
}

pub(crate) fn child<'a>(n: Node<'a, 'a>, tag: &str) -> Option<Node<'a, 'a>> {
    n.children().find(|c| c.has_tag_name(tag))
}

pub(crate) fn children<'a>(
    n: Node<'a, 'a>,
    tag: &'a str,
) -> impl Iterator<Item = Node<'a, 'a>> + 'a {
    n.children().filter(move |c| c.has_tag_name(tag))
}

/// The trimmed text of a child element, if present and not empty.
pub(crate) fn text_of(n: Node<'_, '_>, tag: &str) -> Option<String> {
    child(n, tag)
        .and_then(|c| c.text())
        .map(clean)
        .filter(|t| !t.is_empty())
}

/// Every `<VALUE>` of a child element (`<NATIONALITY><VALUE>..</VALUE></NATIONALITY>`).
fn values(n: Node<'_, '_>, tag: &str) -> Vec<String> {
    children(n, tag)
        .flat_map(|c| {
            children(c, "VALUE")
                .filter_map(|v| v.text().map(clean))
                .collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
        .collect()
}

fn join(parts: &[Option<String>]) -> String {
    parts
        .iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn parse(text: &SourceText, dataset: Option<&str>) -> Result<ParserOutput, IngestError> {
    let doc = parse_xml(text)?;
    let root = doc.root_element();
    if !root.has_tag_name("CONSOLIDATED_LIST") {
        return Err(IngestError::malformed(
            &text.path,
            Location::line(1),
            "root element is not CONSOLIDATED_LIST",
        ));
    }
    let version = root
        .attribute("dateGenerated")
        .and_then(vigil_model::dates::parse_single);
    let dataset = dataset_name(dataset, || "un_sc_sanctions".into());
    let mut emit = Emit::new(&dataset);
    let file = text.file_label();
    let mut records = 0u64;

    for (group, tag, schema) in [
        ("INDIVIDUALS", "INDIVIDUAL", Schema::Person),
        ("ENTITIES", "ENTITY", Schema::Organization),
    ] {
        let Some(g) = child(root, group) else {
            continue;
        };
        for node in children(g, tag) {
            records += 1;
            let line = doc.text_pos_at(node.range().start).row;
            let origin = format!("{file}:{line}");
            let o = origin.as_str();
            let dataid = text_of(node, "DATAID").ok_or_else(|| {
                IngestError::malformed(
                    &text.path,
                    Location::line(u64::from(line)).field("DATAID"),
                    "missing DATAID",
                )
            })?;
            let id = format!("unsc-{dataid}");
            let parts: Vec<String> = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
                .iter()
                .filter_map(|t| text_of(node, t))
                .collect();
            if parts.is_empty() {
                return Err(IngestError::malformed(
                    &text.path,
                    Location::line(u64::from(line))
                        .record(&dataid)
                        .field("FIRST_NAME"),
                    "entry has no name",
                ));
            }
            emit.add(&id, schema, "name", &parts.join(" "), o);
            if schema == Schema::Person {
                for (tag, prop) in [
                    ("FIRST_NAME", "firstName"),
                    ("SECOND_NAME", "secondName"),
                    ("THIRD_NAME", "middleName"),
                    ("FOURTH_NAME", "middleName"),
                ] {
                    if let Some(v) = text_of(node, tag) {
                        emit.add(&id, schema, prop, &v, o);
                    }
                }
            }
            if let Some(orig) = text_of(node, "NAME_ORIGINAL_SCRIPT") {
                emit.add(&id, schema, "alias", &orig, o);
            }
            emit.add(&id, schema, "topics", "sanction", o);
            if let Some(g) = text_of(node, "GENDER") {
                emit.add(&id, schema, "gender", &g.to_ascii_lowercase(), o);
            }
            for t in values(node, "TITLE") {
                emit.add(&id, schema, "title", &t, o);
            }
            for d in values(node, "DESIGNATION") {
                emit.add(&id, schema, "position", &d, o);
            }
            for n in values(node, "NATIONALITY") {
                emit.add(&id, schema, "nationality", &n, o);
            }
            if let Some(c) = text_of(node, "COMMENTS1") {
                emit.add(&id, schema, "notes", &c, o);
            }
            for alias in children(node, &format!("{tag}_ALIAS")) {
                let Some(name) = text_of(alias, "ALIAS_NAME") else {
                    continue;
                };
                let quality = text_of(alias, "QUALITY")
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let prop = match quality.as_str() {
                    "low" => "weakAlias",
                    "f.k.a." => "previousName",
                    _ => "alias",
                };
                emit.add(&id, schema, prop, &name, o);
                if let Some(dob) = text_of(alias, "DATE_OF_BIRTH") {
                    emit.add_date(&id, schema, "birthDate", &dob, o);
                }
                if let Some(note) = text_of(alias, "NOTE") {
                    emit.add(&id, schema, "notes", &format!("alias {name}: {note}"), o);
                }
            }
            for addr in children(node, &format!("{tag}_ADDRESS")) {
                let full = join(&[
                    text_of(addr, "STREET"),
                    text_of(addr, "CITY"),
                    text_of(addr, "STATE_PROVINCE"),
                    text_of(addr, "ZIP_CODE"),
                    text_of(addr, "COUNTRY"),
                ]);
                emit.add(&id, schema, "address", &full, o);
                if let Some(c) = text_of(addr, "COUNTRY") {
                    emit.add(&id, schema, "country", &c, o);
                }
                if let Some(note) = text_of(addr, "NOTE") {
                    emit.add(&id, schema, "notes", &format!("address {full}: {note}"), o);
                }
            }
            for dob in children(node, "INDIVIDUAL_DATE_OF_BIRTH") {
                let kind = text_of(dob, "TYPE_OF_DATE").unwrap_or_default();
                let value = match (text_of(dob, "DATE"), text_of(dob, "YEAR")) {
                    (Some(d), _) => Some(d),
                    (None, Some(y)) => Some(y),
                    _ => match (text_of(dob, "FROM_YEAR"), text_of(dob, "TO_YEAR")) {
                        (Some(a), Some(b)) => Some(format!("{a} to {b}")),
                        _ => None,
                    },
                };
                if let Some(v) = value {
                    emit.add_date(&id, schema, "birthDate", &v, o);
                }
                if let Some(note) = text_of(dob, "NOTE") {
                    emit.add(
                        &id,
                        schema,
                        "notes",
                        &format!("date of birth ({kind}): {note}"),
                        o,
                    );
                }
            }
            for pob in children(node, "INDIVIDUAL_PLACE_OF_BIRTH") {
                let place = join(&[
                    text_of(pob, "STREET"),
                    text_of(pob, "CITY"),
                    text_of(pob, "STATE_PROVINCE"),
                    text_of(pob, "COUNTRY"),
                ]);
                emit.add(&id, schema, "birthPlace", &place, o);
                if let Some(c) = text_of(pob, "COUNTRY") {
                    emit.add(&id, schema, "birthCountry", &c, o);
                }
            }
            for doc_node in children(node, "INDIVIDUAL_DOCUMENT") {
                let Some(number) = text_of(doc_node, "NUMBER") else {
                    continue;
                };
                let kind = text_of(doc_node, "TYPE_OF_DOCUMENT").unwrap_or_default();
                let prop = if kind.to_ascii_lowercase().contains("passport") {
                    "passportNumber"
                } else {
                    "idNumber"
                };
                let detail = join(&[
                    Some(kind),
                    text_of(doc_node, "TYPE_OF_DOCUMENT2"),
                    Some(number.clone()),
                    text_of(doc_node, "ISSUING_COUNTRY"),
                    text_of(doc_node, "DATE_OF_ISSUE"),
                    text_of(doc_node, "NOTE"),
                ]);
                emit.add_full(&id, schema, prop, &number, Some(&detail), o);
            }
            let sanction = format!("unsc-sanction-{dataid}");
            let s = Schema::Sanction;
            emit.add(&sanction, s, "entity", &id, o);
            emit.add(&sanction, s, "authority", AUTHORITY, o);
            if let Some(r) = text_of(node, "REFERENCE_NUMBER") {
                emit.add(&sanction, s, "unscId", &r, o);
            }
            if let Some(p) = text_of(node, "UN_LIST_TYPE") {
                emit.add(&sanction, s, "program", &p, o);
            }
            if let Some(d) = text_of(node, "LISTED_ON") {
                emit.add_date(&sanction, s, "listingDate", &d, o);
            }
            for d in values(node, "LAST_DAY_UPDATED") {
                emit.add_date(&sanction, s, "modifiedAt", &d, o);
            }
            for lt in values(node, "LIST_TYPE") {
                emit.add(&sanction, s, "provisions", &lt, o);
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

#[cfg(test)]
mod depth_tests {
    use super::too_deep;

    #[test]
    fn nesting_is_counted_on_real_tags_only() {
        assert_eq!(too_deep("<a><b/><c>x</c></a>", 2), None);
        assert_eq!(too_deep("<a>\n<b>\n<c/></b></a>", 1), Some(2));
        // Comments, CDATA, quoted '>' and '/>' in attributes are not tags.
        let quiet = "<a x='>' y=\"/>\"><!-- <b><b><b> --><![CDATA[<b><b>]]><?p <b> ?></a>";
        assert_eq!(too_deep(quiet, 1), None);
        let deep = format!("{}{}", "<a>".repeat(100_000), "</a>".repeat(100_000));
        assert_eq!(too_deep(&deep, 256), Some(1));
    }
}
