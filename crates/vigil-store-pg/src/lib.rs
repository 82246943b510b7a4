//! vigil's statement store on PostgreSQL: the [`Store`] contract the embedded store keeps, for
//! teams whose loaders, screeners and servers are many processes on many machines.
//!
//! The versioning algorithm is `vigil_store::kv`'s, the same code the embedded store runs, over
//! one PostgreSQL transaction ([`kv`]); statements go in with `COPY`. The tables are made to
//! shard by entity id ([`schema`]). A load is one transaction, serialised with other loads by an
//! advisory lock, and announced on commit (`NOTIFY vigil_loads`) so other processes can
//! rebuild what they derive from the store ([`PgStore::listen`]).
//!
//! The driver is synchronous and runs its own event loop; a call made from inside an async
//! runtime (the server's handlers) is run on a thread of its own for that reason, and visitors
//! and progress callbacks are called on the caller's thread.

mod kv;
mod schema;
mod scratch;

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::Duration;

use postgres::{Client, Config, IsolationLevel, NoTls};
use r2d2::{Pool, PooledConnection};
use vigil_model::{Entity, Statement};
use vigil_store::{
    kv as shared, DatasetInfo, Diff, EntitySeen, LoadOutcome, StatementRecord, Store, StoreError,
    VersionInfo, VersionRequest,
};

pub use schema::LOADS_CHANNEL;
pub use scratch::ScratchDb;

use crate::kv::PgKv;

/// A pooled connection with the statements prepared on it.
pub(crate) struct Conn {
    client: Client,
    prepared: HashMap<String, postgres::Statement>,
}

/// Makes the pool's connections. A connection is not tested at each checkout (a round trip
/// per read); one the server closed is found broken and replaced.
struct Manager {
    config: Config,
}

impl r2d2::ManageConnection for Manager {
    type Connection = Conn;
    type Error = postgres::Error;

    fn connect(&self) -> Result<Conn, postgres::Error> {
        Ok(Conn {
            client: self.config.connect(NoTls)?,
            prepared: HashMap::new(),
        })
    }

    fn is_valid(&self, conn: &mut Conn) -> Result<(), postgres::Error> {
        conn.client.simple_query("").map(|_| ())
    }

    fn has_broken(&self, conn: &mut Conn) -> bool {
        conn.client.is_closed()
    }
}

/// A PostgreSQL error as the store reports it: the server's own message where there is one.
pub(crate) fn sql_error(e: postgres::Error) -> StoreError {
    match e.as_db_error() {
        Some(db) => StoreError::Backend(format!(
            "PostgreSQL: {} ({})",
            db.message(),
            db.code().code()
        )),
        None => StoreError::Backend(format!("PostgreSQL: {e}")),
    }
}

/// Whether `s` names a PostgreSQL store (`postgresql://` or `postgres://`) rather than a
/// directory.
pub fn is_url(s: &str) -> bool {
    s.starts_with("postgresql://") || s.starts_with("postgres://")
}

/// The store on a PostgreSQL database.
pub struct PgStore {
    pool: Pool<Manager>,
    config: Config,
    shown: String,
}

/// A URL with its password left out, for messages and logs.
fn shown_url(config: &Config) -> String {
    let user = config.get_user().unwrap_or("");
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            postgres::config::Host::Tcp(name) => name.clone(),
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_default();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or(user);
    let at = if user.is_empty() { "" } else { "@" };
    format!("postgresql://{user}{at}{host}:{port}/{db}")
}

/// Run `job` where the synchronous driver may block: here, unless this thread is inside an
/// async runtime, whose threads must not start another event loop: on a multi-threaded one
/// (the server's) the thread leaves the runtime for the call (`block_in_place`), on a
/// single-threaded one the job runs on a thread of its own, waited for.
fn off_runtime<T: Send>(job: impl FnOnce() -> T + Send) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current() {
        Err(_) => job(),
        Ok(h) if h.runtime_flavor() == RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(job)
        }
        Ok(_) => std::thread::scope(|s| match s.spawn(job).join() {
            Ok(v) => v,
            Err(panic) => std::panic::resume_unwind(panic),
        }),
    }
}

impl PgStore {
    /// Connect to the database `url` names (`postgresql://USER[:PASSWORD]@HOST:PORT/DB`) and
    /// make vigil's tables there if it has none. A database holding another layout is refused.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        let config: Config = url.parse().map_err(|e| {
            StoreError::Invalid(format!(
                "not a PostgreSQL URL ({e}): write postgresql://USER@HOST:PORT/DB"
            ))
        })?;
        let shown = shown_url(&config);
        // One direct connection first: an unreachable server is said at once, not after the
        // pool's wait.
        let unreachable = |e: postgres::Error| {
            StoreError::Backend(format!("cannot connect to the store at {shown}: {e}"))
        };
        let mut probe = off_runtime(|| config.connect(NoTls)).map_err(unreachable)?;
        off_runtime(|| ensure_schema(&mut probe))?;
        drop(probe);
        let mut pooled = config.clone();
        pooled.application_name("vigil");
        let pool = Pool::builder()
            .max_size(16)
            .min_idle(Some(1))
            .test_on_check_out(false)
            .connection_timeout(Duration::from_secs(30))
            .build_unchecked(Manager { config: pooled });
        Ok(PgStore {
            pool,
            config,
            shown,
        })
    }

    /// The store's URL without its password.
    pub fn url(&self) -> &str {
        &self.shown
    }

    fn connection(&self) -> Result<PooledConnection<Manager>, StoreError> {
        // (r2d2 reports its last connection error; the URL is ours to add.)
        self.pool.get().map_err(|e| {
            StoreError::Backend(format!("no connection to the store at {}: {e}", self.shown))
        })
    }

    /// Run `f` on a consistent read-only view (one repeatable-read transaction).
    fn read<T: Send>(
        &self,
        f: impl FnOnce(&PgKv<'_, postgres::Transaction<'_>>) -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        off_runtime(|| {
            let mut conn = self.connection()?;
            let Conn { client, prepared } = &mut *conn;
            let mut tx = client
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()
                .map_err(sql_error)?;
            let out = {
                let kv = PgKv::new(&mut tx, prepared);
                let out = f(&kv)?;
                kv.finish()?;
                out
            };
            tx.commit().map_err(sql_error)?;
            Ok(out)
        })
    }

    /// Run `f`, whose reads are one query (itself a consistent view), without a transaction:
    /// one round trip.
    fn read_once<T: Send>(
        &self,
        f: impl FnOnce(&PgKv<'_, Client>) -> Result<T, StoreError> + Send,
    ) -> Result<T, StoreError> {
        off_runtime(|| {
            let mut conn = self.connection()?;
            let Conn { client, prepared } = &mut *conn;
            let kv = PgKv::new(client, prepared);
            f(&kv)
        })
    }

    /// Visit items a reader produces on its own thread, here, in order, stopping the reader
    /// when `f` returns false. The reader sends each item and stops when the send fails.
    fn relay<T: Send>(
        &self,
        produce: impl FnOnce(&mpsc::SyncSender<T>) -> Result<(), StoreError> + Send,
        f: &mut dyn FnMut(T) -> bool,
    ) -> Result<(), StoreError> {
        let (tx, rx) = mpsc::sync_channel::<T>(512);
        std::thread::scope(|s| {
            let reader = s.spawn(move || produce(&tx));
            for item in rx.iter() {
                if !f(item) {
                    break;
                }
            }
            // Dropping the receiver fails the reader's next send: it stops there.
            drop(rx);
            match reader.join() {
                Ok(outcome) => outcome,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    /// Record the loads in one transaction on this thread (see [`Store::load_versions`]).
    fn load_here(
        &self,
        loads: Vec<(VersionRequest, Vec<Statement>)>,
        progress: &mut dyn FnMut(&str, u64, u64),
    ) -> Result<Vec<LoadOutcome>, StoreError> {
        let mut conn = self.connection()?;
        let Conn { client, prepared } = &mut *conn;
        let mut tx = client.transaction().map_err(sql_error)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::LOCK_LOADS])
            .map_err(sql_error)?;
        let outcomes = {
            let mut kv = PgKv::new(&mut tx, prepared);
            let outcomes = shared::apply_loads(&mut kv, loads, progress)?;
            kv.finish()?;
            outcomes
        };
        let changed: Vec<&str> = outcomes
            .iter()
            .filter(|o| !o.unchanged)
            .map(|o| o.version.dataset.as_str())
            .collect();
        if changed.is_empty() {
            tx.rollback().map_err(sql_error)?;
        } else {
            // Delivered to listeners when, and only if, the transaction commits.
            tx.execute(
                "SELECT pg_notify($1, $2)",
                &[&LOADS_CHANNEL, &changed.join(",")],
            )
            .map_err(sql_error)?;
            tx.commit().map_err(sql_error)?;
        }
        Ok(outcomes)
    }

    /// A dedicated connection listening for committed loads: [`LoadListener::wait`] returns
    /// the datasets each load changed.
    pub fn listen(&self) -> Result<LoadListener, StoreError> {
        let mut client = off_runtime(|| self.config.connect(NoTls)).map_err(|e| {
            StoreError::Backend(format!(
                "cannot connect to the store at {}: {e}",
                self.shown
            ))
        })?;
        off_runtime(|| client.batch_execute(&format!("LISTEN {LOADS_CHANNEL}")))
            .map_err(sql_error)?;
        Ok(LoadListener { client })
    }
}

/// A connection that hears about committed loads.
pub struct LoadListener {
    client: Client,
}

impl LoadListener {
    /// Wait up to `timeout` for a committed load; the datasets it changed, or `None` when none
    /// came. Several loads committed meanwhile come as one list.
    pub fn wait(&mut self, timeout: Duration) -> Result<Option<Vec<String>>, StoreError> {
        let client = &mut self.client;
        off_runtime(move || {
            let mut notes = client.notifications();
            let mut datasets: Vec<String> = Vec::new();
            use postgres::fallible_iterator::FallibleIterator;
            let first = notes.timeout_iter(timeout).next().map_err(sql_error)?;
            let Some(first) = first else {
                return Ok(None);
            };
            datasets.extend(first.payload().split(',').map(str::to_string));
            // Anything else already here belongs to the same wake-up.
            let mut more = notes.iter();
            while let Some(n) = more.next().map_err(sql_error)? {
                datasets.extend(n.payload().split(',').map(str::to_string));
            }
            datasets.sort();
            datasets.dedup();
            Ok(Some(datasets))
        })
    }
}

/// Make the tables if the database has none; refuse a database another layout wrote.
fn ensure_schema(client: &mut Client) -> Result<(), StoreError> {
    let mut tx = client.transaction().map_err(sql_error)?;
    // Two processes opening a new database at once must not both create the tables.
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::LOCK_SCHEMA])
        .map_err(sql_error)?;
    tx.batch_execute(schema::CREATE).map_err(sql_error)?;
    let layout: Option<String> = tx
        .query_opt("SELECT value FROM vigil_meta WHERE key = 'layout'", &[])
        .map_err(sql_error)?
        .map(|r| r.try_get(0))
        .transpose()
        .map_err(sql_error)?;
    match layout.as_deref() {
        None => {
            tx.execute(
                "INSERT INTO vigil_meta (key, value) VALUES ('layout', $1)",
                &[&schema::LAYOUT],
            )
            .map_err(sql_error)?;
        }
        Some(l) if l == schema::LAYOUT => {}
        Some(other) => {
            return Err(StoreError::Corrupt(format!(
                "the database holds a vigil store of layout {other:?}; this build reads {:?}",
                schema::LAYOUT
            )))
        }
    }
    tx.commit().map_err(sql_error)
}

impl Store for PgStore {
    fn load_versions(
        &self,
        loads: Vec<(VersionRequest, Vec<Statement>)>,
        progress: &mut dyn FnMut(&str, u64, u64),
    ) -> Result<Vec<LoadOutcome>, StoreError> {
        // The load runs on a thread of its own; its progress is reported here.
        let (tx, rx) = mpsc::channel::<(String, u64, u64)>();
        std::thread::scope(|s| {
            let loader = s.spawn(move || {
                self.load_here(loads, &mut |ds, done, total| {
                    let _ = tx.send((ds.to_string(), done, total));
                })
            });
            for (ds, done, total) in rx.iter() {
                progress(&ds, done, total);
            }
            match loader.join() {
                Ok(outcome) => outcome,
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }

    fn datasets(&self) -> Result<Vec<DatasetInfo>, StoreError> {
        // Every version record in one query, grouped here.
        self.read_once(|r| {
            let mut out: Vec<DatasetInfo> = Vec::new();
            for row in r.query("SELECT info FROM vigil_versions ORDER BY dataset, seq", &[])? {
                let info: serde_json::Value = row.try_get(0).map_err(sql_error)?;
                let v: VersionInfo = serde_json::from_value(info)
                    .map_err(|e| StoreError::Corrupt(format!("a version record: {e}")))?;
                match out.last_mut() {
                    Some(d) if d.name == v.dataset => {
                        d.versions += 1;
                        d.latest = v;
                    }
                    _ => out.push(DatasetInfo {
                        name: v.dataset.clone(),
                        versions: 1,
                        latest: v,
                    }),
                }
            }
            Ok(out)
        })
    }

    fn versions(&self, dataset: &str) -> Result<Vec<VersionInfo>, StoreError> {
        let dataset = vigil_model::vocab::dataset_name(dataset);
        self.read_once(|r| vigil_store::kv::KvRead::versions(r, &dataset))
    }

    fn entity(&self, id: &str) -> Result<Vec<StatementRecord>, StoreError> {
        self.read(|r| shared::read_entity(r, id))
    }

    fn current_entity(&self, id: &str) -> Result<Option<Entity>, StoreError> {
        self.read_once(|r| shared::current_entity(r, id, None))
    }

    fn entity_seen(&self, id: &str) -> Result<Option<(Entity, EntitySeen)>, StoreError> {
        // One query (one round trip, one snapshot): each statement with the load times of its
        // dataset's versions, by seq.
        self.read_once(|r| r.entity_seen(id))
    }

    fn diff(
        &self,
        dataset: &str,
        from: Option<&str>,
        to: Option<&str>,
    ) -> Result<Diff, StoreError> {
        let dataset = vigil_model::vocab::dataset_name(dataset);
        self.read(|r| shared::diff(r, &dataset, from, to))
    }

    fn for_each_entity(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity) -> bool,
    ) -> Result<(), StoreError> {
        let dataset = dataset.map(vigil_model::vocab::dataset_name);
        self.relay(
            |out| {
                self.read(|r| {
                    shared::for_each_entity_from(r, dataset.as_deref(), &mut |e| {
                        out.send(e).is_ok()
                    })
                })
            },
            f,
        )
    }

    fn append_records_checked(
        &self,
        kind: &str,
        expected: Option<u64>,
        records: &[serde_json::Value],
    ) -> Result<(), StoreError> {
        off_runtime(|| {
            let mut conn = self.connection()?;
            let mut tx = conn.client.transaction().map_err(sql_error)?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::LOCK_RECORDS])
                .map_err(sql_error)?;
            let last: i64 = tx
                .query_one(
                    "SELECT coalesce(max(seq), 0) FROM vigil_records WHERE kind = $1",
                    &[&kind],
                )
                .and_then(|r| r.try_get(0))
                .map_err(sql_error)?;
            shared::check_journal_at(kind, expected, u64::try_from(last).unwrap_or(u64::MAX))?;
            let insert = tx
                .prepare("INSERT INTO vigil_records (kind, seq, body) VALUES ($1, $2, $3)")
                .map_err(sql_error)?;
            for (i, r) in records.iter().enumerate() {
                tx.execute(&insert, &[&kind, &(last + 1 + i as i64), r])
                    .map_err(sql_error)?;
            }
            tx.commit().map_err(sql_error)
        })
    }

    fn each_record(
        &self,
        kind: &str,
        after: u64,
        f: &mut dyn FnMut(u64, serde_json::Value) -> bool,
    ) -> Result<(), StoreError> {
        let after = i64::try_from(after).unwrap_or(i64::MAX);
        self.relay(
            |out| {
                self.read_once(|r| {
                    r.each_record(kind, after, &mut |n, body| out.send((n, body)).is_ok())
                })
            },
            &mut |(n, body)| f(n, body),
        )
    }

    fn for_each_entity_seen(
        &self,
        dataset: Option<&str>,
        f: &mut dyn FnMut(Entity, &EntitySeen) -> bool,
    ) -> Result<(), StoreError> {
        let dataset = dataset.map(vigil_model::vocab::dataset_name);
        self.relay(
            |out| {
                self.read(|r| {
                    shared::for_each_entity_seen_from(r, dataset.as_deref(), &mut |e, seen| {
                        out.send((e, seen.clone())).is_ok()
                    })
                })
            },
            &mut |(e, seen)| f(e, &seen),
        )
    }
}
