//! Several processes on one PostgreSQL store: servers answer while a load from the command line
//! runs, and find what it added after it commits. A test binary of its own, so that no other
//! test shares the cores with the servers.
//!
//! Needs a server: `VIGIL_TEST_POSTGRES` (`.ci/run` starts one with `scripts/pg-cluster.sh`);
//! without it the test says so and skips.

#[macro_use]
mod util;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use util::{fixture, s, shared, Vigil};

/// Two servers on one store, a `vigil load` from the command line meanwhile: both answer every
/// request throughout, and both find a name only that load added once it commits. A server
/// rebuilds only when it hears a load announced (there is no periodic rebuild while the channel
/// is heard), so finding the name at all shows the announcement was followed. How soon is a
/// figure, printed, not asserted: the rebuild runs at idle priority under requests that never
/// pause, so its time is the machine's (5-6 s here, 10 s on a slower runner); the bound below
/// only stops a server that never rebuilds from hanging the test.
#[test]
fn two_servers_answer_throughout_a_load_and_find_what_it_added() {
    let Some(a) = Vigil::postgres() else { return };
    a.run(&["load", &fixture("un-sample.xml")]).ok();
    let b = a.sibling();
    let (key_a, key_b) = (a.key("screen"), b.key("screen"));
    let (_server_a, base_a) = a.serve(&[]);
    let (_server_b, base_b) = b.serve(&[]);
    // The list the load adds: OFAC SDN where the shared data is, else a generated one.
    let (list, added_name, added_id) = match shared("ofac/sdn-2024-05-03/sdn.csv") {
        Some(p) => (p, "INTELLEKT LLC", "ofac-36217"),
        None => {
            let p = a.dir.path().join("added.ftm.json");
            std::fs::write(
                &p,
                r#"{"id": "added-1", "schema": "Organization", "properties": {"name": ["Intellekt Holding Limited"]}}"#,
            )
            .expect("write");
            (p, "Intellekt Holding Limited", "added-1")
        }
    };
    let db_url = a
        .store
        .as_ref()
        .expect("a PostgreSQL store")
        .url()
        .to_string();
    let mut listener = vigil_store_pg::PgStore::open(&db_url)
        .expect("open")
        .listen()
        .expect("listen");

    let query = |name: &str, schema: &str| {
        serde_json::json!({"queries": {"q": {"schema": schema, "properties": {"name": [name]}}}})
            .to_string()
    };
    let finds = |base: &str, key: &str, body: &str, id: &str| -> Result<bool, String> {
        let r = ureq::post(&format!("{base}/match/default"))
            .set("Authorization", &format!("ApiKey {key}"))
            .set("Content-Type", "application/json")
            .send_string(body)
            .map_err(|e| e.to_string())?;
        let v: serde_json::Value =
            serde_json::from_str(&r.into_string().map_err(|e| e.to_string())?)
                .map_err(|e| e.to_string())?;
        Ok(v["responses"]["q"]["results"]
            .as_array()
            .is_some_and(|rs| rs.iter().any(|r| r["id"] == id && r["match"] == true)))
    };
    let listed = query("Sample Person Testovich", "Person");
    let added = query(added_name, "Organization");
    let stop = AtomicBool::new(false);
    let answered = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        // Both servers screened without pause, every answer checked, until the end.
        for (base, key) in [(&base_a, &key_a), (&base_b, &key_b)] {
            let (stop, answered, listed, finds) = (&stop, &answered, &listed, &finds);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    match finds(base, key, listed, "unsc-900001") {
                        Ok(true) => {}
                        Ok(false) => panic!("{base} lost a listed person during the load"),
                        Err(e) => panic!("{base} failed during the load: {e}"),
                    }
                    answered.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        let load = scope.spawn(|| a.run(&["load", s(&list)]));
        let heard = listener
            .wait(Duration::from_secs(600))
            .expect("listen")
            .expect("the load is announced on commit");
        let committed = Instant::now();
        assert!(
            heard
                .iter()
                .any(|d| d.starts_with("us_ofac") || d == "added"),
            "{heard:?}"
        );
        let mut found = [None, None];
        while found.iter().any(Option::is_none) && committed.elapsed() < Duration::from_secs(120) {
            for (i, (base, key)) in [(&base_a, &key_a), (&base_b, &key_b)]
                .into_iter()
                .enumerate()
            {
                if found[i].is_none() && finds(base, key, &added, added_id) == Ok(true) {
                    found[i] = Some(committed.elapsed());
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        load.join().expect("load thread").ok();
        stop.store(true, Ordering::Relaxed);
        note!("servers found the load's names {found:?} after its commit; {} requests answered meanwhile", answered.load(Ordering::Relaxed));
        for (i, f) in found.iter().enumerate() {
            assert!(
                f.is_some(),
                "server {i} never found {added_name} in the 120 s after the load committed"
            );
        }
    });
    assert!(answered.load(Ordering::Relaxed) > 0);
}
