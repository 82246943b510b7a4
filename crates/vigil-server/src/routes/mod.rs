//! The API's routes, one module per resource.

pub(crate) mod entities;
pub(crate) mod ingest;
pub(crate) mod network;
pub(crate) mod reconcile;
pub(crate) mod screening;
pub(crate) mod watch;
