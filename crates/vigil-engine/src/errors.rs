//! The engine's errors: what was refused and why, or what failed underneath, with what the
//! engine was doing when it did (printed as `doing: cause`, as the CLI prints every error).

/// Why a workflow did not complete. Nothing a failing workflow began is kept in the store.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The input or the request is not acceptable: the message says what and what would be.
    #[error("{0}")]
    Refused(String),
    /// A list file could not be read or parsed: its error names the file, line and field.
    #[error(transparent)]
    Ingest(#[from] vigil_ingest::IngestError),
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] vigil_store::StoreError),
    /// Something underneath failed (a file, the store, a parser) while doing `doing`.
    #[error("{doing}")]
    Failed {
        doing: String,
        #[source]
        cause: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl EngineError {
    pub fn refused(message: impl Into<String>) -> EngineError {
        EngineError::Refused(message.into())
    }

    /// The error and every cause under it, `doing: cause: cause`, as the CLI prints errors.
    pub fn chain(&self) -> String {
        let mut out = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            out.push_str(": ");
            out.push_str(&c.to_string());
            cause = c.source();
        }
        out
    }
}

/// `.ctx("doing")` on any fallible result: the failure, said with what was being done.
pub trait ResultExt<T> {
    fn ctx(self, doing: impl Into<String>) -> Result<T, EngineError>;
    fn with_ctx<S: Into<String>>(self, doing: impl FnOnce() -> S) -> Result<T, EngineError>;
}

impl<T, E: Into<Box<dyn std::error::Error + Send + Sync>>> ResultExt<T> for Result<T, E> {
    fn ctx(self, doing: impl Into<String>) -> Result<T, EngineError> {
        self.map_err(|e| EngineError::Failed {
            doing: doing.into(),
            cause: e.into(),
        })
    }
    fn with_ctx<S: Into<String>>(self, doing: impl FnOnce() -> S) -> Result<T, EngineError> {
        self.map_err(|e| EngineError::Failed {
            doing: doing().into(),
            cause: e.into(),
        })
    }
}
