//! The PostgreSQL backend passes the contract every backend passes, and what only a shared
//! server can do: several processes' worth of stores on one database, loads announced on
//! commit. Needs a server: `VIGIL_TEST_POSTGRES` names one whose user may create databases
//! (`scripts/pg-cluster.sh start DIR` makes one); without it each test says so and skips.

use std::cell::RefCell;
use std::time::Duration;

use vigil_model::{Schema, Statement};
use vigil_store::{contract, LoadMode, Store, StoreError, VersionRequest};
use vigil_store_pg::{PgStore, ScratchDb};

fn server() -> Option<String> {
    match std::env::var("VIGIL_TEST_POSTGRES") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "note: skipped: no PostgreSQL server (set VIGIL_TEST_POSTGRES; scripts/pg-cluster.sh start DIR prints one)"
            );
            None
        }
    }
}

fn fresh(server: &str) -> (ScratchDb, PgStore) {
    let db = ScratchDb::create(server).expect("create a scratch database");
    let store = PgStore::open(db.url()).expect("open the store");
    (db, store)
}

fn req(dataset: &str, version: &str, hash: &str) -> VersionRequest {
    VersionRequest {
        mode: LoadMode::Replace,
        dataset: dataset.into(),
        version: version.into(),
        format: "test".into(),
        files: vec![],
        content_hash: hash.into(),
        loaded_at: "2026-01-01T00:00:00Z".into(),
    }
}

fn people(ds: &str, n: usize, tag: &str) -> Vec<Statement> {
    (0..n)
        .flat_map(|i| {
            [
                Statement::new(
                    format!("p{i}"),
                    Schema::Person,
                    "name",
                    format!("Person {i}"),
                    ds,
                ),
                Statement::new(format!("p{i}"), Schema::Person, "notes", tag, ds),
            ]
        })
        .collect()
}

#[test]
fn postgres_store_meets_the_contract() {
    let Some(server) = server() else { return };
    let dbs = RefCell::new(Vec::new());
    contract::check_all(&|| {
        let (db, store) = fresh(&server);
        dbs.borrow_mut().push(db);
        Box::new(store) as Box<dyn Store>
    });
}

#[test]
fn two_stores_on_one_database_share_it_and_a_load_is_announced() {
    let Some(server) = server() else { return };
    let (db, writer) = fresh(&server);
    // A second process's store on the same database: no lock keeps it out.
    let reader = PgStore::open(db.url()).expect("a second open of one database");
    let mut listener = reader.listen().expect("listen");
    assert_eq!(
        listener.wait(Duration::from_millis(50)).expect("wait"),
        None,
        "nothing was loaded yet"
    );
    writer
        .load_version(
            &req("demo", "v1", "h1"),
            people("demo", 10, "a"),
            &mut |_, _| {},
        )
        .expect("load");
    let heard = listener.wait(Duration::from_secs(10)).expect("wait");
    assert_eq!(heard, Some(vec!["demo".to_string()]));
    assert!(reader.current_entity("p3").expect("read").is_some());
    // An identical reload commits nothing, and says nothing.
    let again = writer
        .load_version(
            &req("demo", "v1", "h1"),
            people("demo", 10, "a"),
            &mut |_, _| {},
        )
        .expect("reload");
    assert!(again.unchanged);
    assert_eq!(
        listener.wait(Duration::from_millis(200)).expect("wait"),
        None
    );
}

#[test]
fn readers_see_the_last_committed_load_while_a_load_runs() {
    let Some(server) = server() else { return };
    let (db, writer) = fresh(&server);
    writer
        .load_version(
            &req("demo", "v1", "h1"),
            people("demo", 2000, "a"),
            &mut |_, _| {},
        )
        .expect("first load");
    let reader = PgStore::open(db.url()).expect("open");
    std::thread::scope(|s| {
        let load = s.spawn(|| {
            writer.load_version(
                &req("demo", "v2", "h2"),
                people("demo", 30_000, "b"),
                &mut |_, _| {},
            )
        });
        // Every read while it runs sees one whole version: 2000 entities of v1, or 30000 of v2.
        while !load.is_finished() {
            let mut n = 0;
            let mut tags = std::collections::BTreeSet::new();
            reader
                .for_each_entity(None, &mut |e| {
                    n += 1;
                    tags.extend(e.values("notes").iter().cloned());
                    true
                })
                .expect("scan");
            assert!(
                (n == 2000 && tags.len() == 1 && tags.contains("a"))
                    || (n == 30_000 && tags.len() == 1 && tags.contains("b")),
                "a read saw a load half done: {n} entities, notes {tags:?}"
            );
        }
        load.join().expect("thread").expect("second load");
    });
    assert_eq!(reader.versions("demo").expect("versions").len(), 2);
}

#[test]
fn a_visitor_that_stops_stops_the_scan() {
    let Some(server) = server() else { return };
    let (_db, store) = fresh(&server);
    store
        .load_version(
            &req("demo", "v1", "h1"),
            people("demo", 5000, "a"),
            &mut |_, _| {},
        )
        .expect("load");
    let mut seen = 0;
    store
        .for_each_entity(None, &mut |_| {
            seen += 1;
            seen < 3
        })
        .expect("scan");
    assert_eq!(seen, 3);
}

#[test]
fn works_from_inside_an_async_runtime() {
    let Some(server) = server() else { return };
    // The server's runtime has many threads; a test's or a tool's may have one.
    for multi in [true, false] {
        let (_db, store) = fresh(&server);
        let rt = if multi {
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .build()
        } else {
            tokio::runtime::Builder::new_current_thread().build()
        }
        .expect("runtime");
        let store = std::sync::Arc::new(store);
        let s = store.clone();
        rt.block_on(async move {
            let task = tokio::spawn(async move {
                s.load_version(
                    &req("demo", "v1", "h1"),
                    people("demo", 10, "a"),
                    &mut |_, _| {},
                )
                .expect("load inside a runtime");
                assert!(s.current_entity("p1").expect("read").is_some());
                assert!(s.entity_seen("p1").expect("read").is_some());
                let mut n = 0;
                s.for_each_entity(Some("demo"), &mut |_| {
                    n += 1;
                    true
                })
                .expect("scan");
                n
            });
            assert_eq!(task.await.expect("task"), 10);
        });
    }
}

#[test]
fn bad_urls_and_unreachable_servers_are_clear_errors() {
    let err = PgStore::open("postgresql://vigil@127.0.0.1:notaport/x")
        .err()
        .expect("a bad port is an error");
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    // A port nothing listens on: refused at once, named without the password.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let started = std::time::Instant::now();
    let err = PgStore::open(&format!("postgresql://vigil:secret@127.0.0.1:{port}/x"))
        .err()
        .expect("nothing listens there");
    let msg = err.to_string();
    assert!(msg.contains(&format!("127.0.0.1:{port}/x")), "{msg}");
    assert!(!msg.contains("secret"), "the password is shown: {msg}");
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_database_of_another_layout_is_refused() {
    let Some(server) = server() else { return };
    let (db, store) = fresh(&server);
    drop(store);
    let mut client = postgres::Client::connect(db.url(), postgres::NoTls).expect("connect");
    client
        .execute(
            "UPDATE vigil_meta SET value = 'vigil-store-pg/0' WHERE key = 'layout'",
            &[],
        )
        .expect("update");
    let err = PgStore::open(db.url()).err().expect("refused");
    assert!(err.to_string().contains("vigil-store-pg/0"), "{err}");
}
