//! Scratch databases on a server vigil may create databases on: for tests and benchmarks that
//! each want an empty store, and drop it after.

use std::sync::atomic::{AtomicU32, Ordering};

use postgres::{Config, NoTls};
use vigil_store::StoreError;

use crate::{off_runtime, sql_error};

/// An empty database made for one test; dropped (with its connections) when this is.
pub struct ScratchDb {
    admin: String,
    name: String,
    url: String,
}

static NEXT: AtomicU32 = AtomicU32::new(0);

impl ScratchDb {
    /// A new empty database on the server `admin_url` names (a URL whose user may create
    /// databases, ending in a database to connect to for that, such as `/postgres`).
    pub fn create(admin_url: &str) -> Result<ScratchDb, StoreError> {
        let (base, _) = admin_url.rsplit_once('/').ok_or_else(|| {
            StoreError::Invalid(format!("{admin_url:?} names no database after a '/'"))
        })?;
        let name = format!(
            "vigil_scratch_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        );
        admin_execute(admin_url, &format!("CREATE DATABASE {name}"))?;
        Ok(ScratchDb {
            admin: admin_url.to_string(),
            url: format!("{base}/{name}"),
            name,
        })
    }

    /// The URL of the scratch database.
    pub fn url(&self) -> &str {
        &self.url
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        // Best effort: a test that failed may leave it; the cluster is throwaway anyway.
        let _ = admin_execute(
            &self.admin,
            &format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name),
        );
    }
}

fn admin_execute(admin_url: &str, sql: &str) -> Result<(), StoreError> {
    let config: Config = admin_url
        .parse()
        .map_err(|e| StoreError::Invalid(format!("not a PostgreSQL URL ({e})")))?;
    off_runtime(|| {
        let mut client = config
            .connect(NoTls)
            .map_err(|e| StoreError::Backend(format!("cannot connect to {admin_url}: {e}")))?;
        client.batch_execute(sql).map_err(sql_error)
    })
}
