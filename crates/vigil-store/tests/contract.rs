//! Both backends pass the same contract.

use vigil_store::{contract, MemoryStore, RedbStore, Store};

#[test]
fn memory_store_meets_the_contract() {
    contract::check_all(&|| Box::new(MemoryStore::default()) as Box<dyn Store>);
}

#[test]
fn redb_store_meets_the_contract() {
    // Each check gets its own directory; the TempDir is leaked for the check's lifetime.
    contract::check_all(&|| {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        Box::new(RedbStore::open(&dir).expect("open")) as Box<dyn Store>
    });
}

#[test]
fn redb_persists_across_reopen_and_locks() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let s = RedbStore::open(dir.path()).expect("open");
        contract::first_load_counts(&s);
        let second = RedbStore::open(dir.path());
        assert!(
            matches!(second, Err(vigil_store::StoreError::InUse { .. })),
            "a second open of the same store must be refused"
        );
    }
    let s = RedbStore::open(dir.path()).expect("reopen");
    assert_eq!(s.datasets().expect("datasets").len(), 1);
    assert!(s.current_entity("p1").expect("read").is_some());
}
