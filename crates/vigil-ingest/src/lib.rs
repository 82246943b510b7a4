//! Watchlist loaders: OFAC legacy CSV, UN Security Council XML, EU (Official Journal CSV and the
//! FSF consolidated XML), the US Consolidated Screening List, and FollowTheMoney JSON lines.
//!
//! Each loader turns source records into [`Statement`]s that name the dataset and the place in the
//! file they came from. Loaders read a whole file before emitting anything, so a malformed record
//! anywhere fails the file and nothing of it reaches the store.
//!
//! ```no_run
//! use std::path::PathBuf;
//! let sets = vigil_ingest::plan(&[PathBuf::from("sdn.csv")], None).unwrap();
//! let parsed = vigil_ingest::parse(&sets[0], None).unwrap();
//! println!("{} statements for {}", parsed.statements.len(), parsed.dataset);
//! ```

pub mod batch;
mod csl;
mod error;
mod eu_fsf;
mod eu_oj;
pub mod feeds;
mod ftm;
mod ofac;
pub mod source;
mod un;

use std::fmt;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use vigil_model::{Schema, Statement};

pub use error::{IngestError, Location};

/// A source format vigil reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    OfacCsv,
    UnXml,
    EuOjCsv,
    EuFsfXml,
    UsCsl,
    FtmJson,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::OfacCsv,
        Format::UnXml,
        Format::EuOjCsv,
        Format::EuFsfXml,
        Format::UsCsl,
        Format::FtmJson,
    ];

    /// The name used on the command line and in version records.
    pub fn name(self) -> &'static str {
        match self {
            Format::OfacCsv => "ofac-csv",
            Format::UnXml => "un-xml",
            Format::EuOjCsv => "eu-oj-csv",
            Format::EuFsfXml => "eu-fsf-xml",
            Format::UsCsl => "us-csl",
            Format::FtmJson => "ftm-json",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Files that load together as one dataset version (an OFAC primary file with its companions,
/// or one file of any other format).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSet {
    pub format: Format,
    pub files: Vec<PathBuf>,
}

/// A parsed source, ready for the store.
#[derive(Debug)]
pub struct Parsed {
    pub format: Format,
    pub dataset: String,
    /// The version label the source states (a generation date), if it states one.
    pub version: Option<String>,
    pub files: Vec<FileInfo>,
    /// Hash over format and file contents: equal hashes mean an identical re-load.
    pub content_hash: String,
    pub statements: Vec<Statement>,
    /// Source records read (rows, XML entries, JSON lines).
    pub records: u64,
    /// Things kept in a weaker form than asked (unknown properties kept as notes, ...).
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileInfo {
    pub path: PathBuf,
    pub sha256: String,
    pub bytes: u64,
}

/// Expand directories, detect formats (or force one) and group OFAC companion files with their
/// primary file. Fails on a file it cannot place, naming it.
/// How deep `plan` looks into folders.
const MAX_FOLDER_DEPTH: usize = 8;

pub fn plan(paths: &[PathBuf], forced: Option<Format>) -> Result<Vec<SourceSet>, IngestError> {
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        if p.is_dir() {
            // Sub-folders too (a folder of lists, one folder a list), in name order, depth
            // bounded; symbolic links to folders are not followed (no cycles).
            let mut pending: Vec<(PathBuf, usize)> = vec![(p.clone(), 0)];
            while let Some((dir, depth)) = pending.pop() {
                let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
                    .map_err(|source| IngestError::Io {
                        path: dir.clone(),
                        source,
                    })?
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .collect();
                entries.sort();
                let mut subdirs = Vec::new();
                for e in entries {
                    let is_link = e
                        .symlink_metadata()
                        .is_ok_and(|m| m.file_type().is_symlink());
                    if e.is_dir() && !is_link && depth < MAX_FOLDER_DEPTH {
                        subdirs.push((e, depth + 1));
                    } else if e.is_file() && !is_documentation(&e) {
                        files.push(e);
                    }
                }
                // Depth first, in name order: the stack takes the last pushed first.
                pending.extend(subdirs.into_iter().rev());
            }
        } else {
            files.push(p.clone());
        }
    }
    let mut sets: Vec<SourceSet> = Vec::new();
    let mut ofac_groups: Vec<(PathBuf, Vec<PathBuf>)> = Vec::new();
    for f in files {
        let format = match forced {
            Some(fm) => fm,
            None => source::detect(&f)?,
        };
        if format == Format::OfacCsv {
            let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
            match ofac_groups.iter_mut().find(|(d, _)| *d == dir) {
                Some((_, group)) => group.push(f),
                None => ofac_groups.push((dir, vec![f])),
            }
        } else {
            sets.push(SourceSet {
                format,
                files: vec![f],
            });
        }
    }
    for (dir, group) in ofac_groups {
        let primaries = group
            .iter()
            .filter(|f| source::ofac_role(f).is_none_or(|r| r == "primary"))
            .count();
        if primaries != 1 {
            return Err(IngestError::Incomplete {
                path: dir,
                message: format!(
                    "an OFAC set needs exactly one primary file (sdn.csv or cons_prim.csv) beside its \
                     add/alt/comments files; found {primaries} among {}",
                    group.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
                ),
            });
        }
        sets.push(SourceSet {
            format: Format::OfacCsv,
            files: group,
        });
    }
    Ok(sets)
}

fn is_documentation(p: &Path) -> bool {
    let name = p
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    name.ends_with(".md")
        || name.ends_with(".txt")
        || name.starts_with('.')
        || name.starts_with("license")
}

/// Parse a source set into statements for `dataset` (or the format's default dataset name).
pub fn parse(set: &SourceSet, dataset: Option<&str>) -> Result<Parsed, IngestError> {
    let texts = set
        .files
        .iter()
        .map(|p| source::read_text(p))
        .collect::<Result<Vec<_>, _>>()?;
    parse_texts(set.format, texts, dataset)
}

/// Parse one source held in memory (an upload, a fuzz input). `name` stands in for the file
/// name: in errors, and for OFAC, to tell a primary file (`sdn.csv`) from a companion.
pub fn parse_bytes(
    format: Format,
    name: &str,
    bytes: Vec<u8>,
    dataset: Option<&str>,
) -> Result<Parsed, IngestError> {
    let text = source::decode(Path::new(name), bytes)?;
    parse_texts(format, vec![text], dataset)
}

/// Bump when a parser's statements for the same input change (ids, properties), so stores
/// loaded by the older parser take the same files again instead of calling them unchanged.
/// 2: EU OJ ids include the annex. 3: a date cell listing alternatives gives each date.
pub const PARSER_VERSION: &str = "parsers/3";

fn parse_texts(
    format: Format,
    texts: Vec<source::SourceText>,
    dataset: Option<&str>,
) -> Result<Parsed, IngestError> {
    let set = SourceSet {
        format,
        files: texts.iter().map(|t| t.path.clone()).collect(),
    };
    let mut hasher = Sha256::new();
    hasher.update(set.format.name().as_bytes());
    // The same bytes read by a parser that makes different statements are a new version.
    hasher.update(PARSER_VERSION.as_bytes());
    for t in &texts {
        hasher.update(t.sha256.as_bytes());
    }
    let content_hash = source::hex(&hasher.finalize());
    let files = texts
        .iter()
        .map(|t| FileInfo {
            path: t.path.clone(),
            sha256: t.sha256.clone(),
            bytes: t.bytes,
        })
        .collect();
    let mut out = match set.format {
        Format::OfacCsv => ofac::parse(&texts, dataset)?,
        Format::UnXml => un::parse(&texts[0], dataset)?,
        Format::EuOjCsv => eu_oj::parse(&texts[0], dataset)?,
        Format::EuFsfXml => eu_fsf::parse(&texts[0], dataset)?,
        Format::UsCsl => csl::parse(&texts[0], dataset)?,
        Format::FtmJson => ftm::parse(&texts[0], dataset)?,
    };
    // Dataset names and version labels come from the files too (an EU CELEX number, a file
    // name); they end up in paths, URLs and pages, so they are held to the same rules as flags.
    let label_error = |e: String| {
        let path = texts
            .first()
            .map(|t| t.path.as_path())
            .unwrap_or(Path::new("-"));
        IngestError::malformed(path, Location::default(), e)
    };
    vigil_model::vocab::check_dataset_name(&out.dataset).map_err(label_error)?;
    // Checked as written (markup in a CELEX number is an error, not a name to tidy), then in
    // FtM's form: `--dataset ofac-sdn` loads `us_ofac_sdn`; the store names statements alike.
    let dataset_form = vigil_model::vocab::dataset_name(&out.dataset);
    for st in &mut out.emit.statements {
        st.dataset.clone_from(&dataset_form);
    }
    out.dataset = dataset_form;
    if let Some(v) = &out.version {
        vigil_model::vocab::check_label("version", v).map_err(label_error)?;
    }
    Ok(Parsed {
        format: set.format,
        dataset: out.dataset,
        version: out.version,
        files,
        content_hash,
        statements: out.emit.statements,
        records: out.records,
        warnings: out.emit.warnings,
    })
}

/// What a format parser returns.
#[derive(Debug)]
pub(crate) struct ParserOutput {
    pub dataset: String,
    pub version: Option<String>,
    pub records: u64,
    pub emit: Emit,
}

/// Collects statements for one dataset, dropping empty values.
#[derive(Debug)]
pub(crate) struct Emit {
    pub dataset: String,
    pub statements: Vec<Statement>,
    pub warnings: Vec<String>,
}

impl Emit {
    pub fn new(dataset: &str) -> Emit {
        Emit {
            dataset: dataset.to_string(),
            statements: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// Add `entity.prop = value`, with the file position it came from.
    pub fn add(&mut self, entity: &str, schema: Schema, prop: &str, value: &str, origin: &str) {
        self.add_full(entity, schema, prop, value, None, origin);
    }

    /// As [`Emit::add`], keeping the source's own text when `value` is a cleaned form of it.
    pub fn add_full(
        &mut self,
        entity: &str,
        schema: Schema,
        prop: &str,
        value: &str,
        original: Option<&str>,
        origin: &str,
    ) {
        let value = clean(value);
        if value.is_empty() {
            return;
        }
        let mut st = Statement::new(entity, schema, prop, value, &self.dataset);
        st.original_value = original
            .map(str::trim)
            .filter(|o| *o != st.value)
            .map(str::to_string);
        st.origin = Some(origin.to_string());
        self.statements.push(st);
    }

    /// Add a date property, parsed to ISO (several when the source lists alternatives, each
    /// with the whole text as its original); a date or alternative that cannot be read (another
    /// calendar, a remark) keeps the whole text as a note, so nothing is dropped.
    pub fn add_date(&mut self, entity: &str, schema: Schema, prop: &str, text: &str, origin: &str) {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let (dates, every) = vigil_model::dates::parse_date_alternatives(text);
        if !every {
            self.add(entity, schema, "notes", &format!("{prop}: {text}"), origin);
        }
        for d in dates {
            self.add_full(entity, schema, prop, &d, Some(text), origin);
        }
    }

    /// Add a value for a property the schema may not have: known properties are kept as such,
    /// anything else becomes a `notes` line naming the source field, so nothing is lost.
    pub fn add_checked(
        &mut self,
        entity: &str,
        schema: Schema,
        prop: &str,
        value: &str,
        origin: &str,
    ) {
        if schema.property(prop).is_some() {
            self.add(entity, schema, prop, value, origin);
        } else if !clean(value).is_empty() {
            self.add(
                entity,
                schema,
                "notes",
                &format!("{prop}: {}", clean(value)),
                origin,
            );
        }
    }
}

/// Trim and collapse internal whitespace runs (sources wrap long values over lines).
pub(crate) fn clean(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The dataset name to use: the caller's, or the format's default.
/// As given or derived (checked, then put in FtM's form, once parsing is done).
pub(crate) fn dataset_name(given: Option<&str>, default: impl FnOnce() -> String) -> String {
    given.map(str::to_string).unwrap_or_else(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date cell listing alternatives gives each as a date, with the cell as its original;
    /// an alternative in another calendar keeps the whole cell as a note too.
    #[test]
    fn alternative_dates_are_each_kept_and_nothing_is_lost() {
        let mut e = Emit::new("test");
        e.add_date(
            "p1",
            Schema::Person,
            "birthDate",
            "(a) 2.5.1961, (b) 1962",
            "f:1",
        );
        let dates: Vec<(&str, Option<&str>)> = e
            .statements
            .iter()
            .map(|s| (s.value.as_str(), s.original_value.as_deref()))
            .collect();
        let cell = Some("(a) 2.5.1961, (b) 1962");
        assert_eq!(dates, vec![("1961-05-02", cell), ("1962", cell)]);
        let mut e = Emit::new("test");
        e.add_date(
            "p1",
            Schema::Person,
            "birthDate",
            "1341 (Hijri), 1962 (Gregorian)",
            "f:2",
        );
        let props: Vec<(&str, &str)> = e
            .statements
            .iter()
            .map(|s| (s.prop.as_str(), s.value.as_str()))
            .collect();
        assert_eq!(
            props,
            vec![
                ("notes", "birthDate: 1341 (Hijri), 1962 (Gregorian)"),
                ("birthDate", "1962")
            ]
        );
    }
}
