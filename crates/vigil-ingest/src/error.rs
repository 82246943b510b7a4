//! Loader errors: every one names the file and, where it can, the line or record and the field.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a source file a problem is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub line: Option<u64>,
    /// The record's own id (OFAC ent_num, UN DATAID, ...) where known.
    pub record: Option<String>,
    pub field: Option<String>,
}

impl Location {
    pub fn line(line: u64) -> Location {
        Location {
            line: Some(line),
            ..Location::default()
        }
    }

    pub fn field(mut self, field: impl Into<String>) -> Location {
        self.field = Some(field.into());
        self
    }

    pub fn record(mut self, record: impl Into<String>) -> Location {
        self.record = Some(record.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        if let Some(r) = &self.record {
            write!(f, " record {r}")?;
        }
        if let Some(fl) = &self.field {
            write!(f, " field {fl}")?;
        }
        Ok(())
    }
}

/// Why a source could not be read. Every variant is the input's fault except `Io`.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: the file is empty", path.display())]
    Empty { path: PathBuf },
    #[error("{}: not a valid gzip stream: {message}", path.display())]
    Gzip { path: PathBuf, message: String },
    #[error("{}{at}: not UTF-8 text ({message}); convert it to UTF-8 first", path.display())]
    Encoding {
        path: PathBuf,
        at: Location,
        message: String,
    },
    #[error("{}: unknown format ({hint}); name one with --format", path.display())]
    UnknownFormat { path: PathBuf, hint: String },
    #[error("{}{at}: {message}", path.display())]
    Malformed {
        path: PathBuf,
        at: Location,
        message: String,
    },
    #[error("{}: {message}", path.display())]
    Incomplete { path: PathBuf, message: String },
}

impl IngestError {
    pub(crate) fn malformed(path: &Path, at: Location, message: impl Into<String>) -> IngestError {
        IngestError::Malformed {
            path: path.to_path_buf(),
            at,
            message: message.into(),
        }
    }
}
