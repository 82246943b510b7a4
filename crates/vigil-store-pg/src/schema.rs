//! The tables, made to shard. Statements are keyed and distributed by entity id: an entity's
//! statements live on one shard, so reading an entity, the query screening and the entity pages
//! make, is single-shard. Versions and the layout marker are small (one row per dataset
//! version) and can be replicated to every node. No uniqueness spans shards: the statements'
//! primary key starts with the entity id. On Citus:
//!
//! ```sql
//! SELECT create_distributed_table('vigil_statements', 'entity_id');
//! SELECT create_reference_table('vigil_versions');
//! SELECT create_reference_table('vigil_meta');
//! SELECT create_distributed_table('vigil_records', 'kind');
//! ```
//!
//! Loads read one dataset's statements (`vigil_statements_by_dataset`), which fans out across
//! shards; loads are rare and batch, reads are many and single-shard.

/// The layout this build writes and reads; a store with another is refused, not guessed at.
pub(crate) const LAYOUT: &str = "vigil-store-pg/1";

/// Text columns sort and group by bytes (`COLLATE "C"`), as the embedded store's keys do:
/// a scan in id order is the same order on every backend, whatever the server's locale.
pub(crate) const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS vigil_meta (
    key text COLLATE "C" PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE IF NOT EXISTS vigil_versions (
    dataset text COLLATE "C" NOT NULL,
    seq integer NOT NULL,
    loaded_at text NOT NULL,
    info jsonb NOT NULL,
    PRIMARY KEY (dataset, seq)
);
CREATE TABLE IF NOT EXISTS vigil_statements (
    entity_id text COLLATE "C" NOT NULL,
    statement_id bytea NOT NULL,
    dataset text COLLATE "C" NOT NULL,
    schema text NOT NULL,
    prop text NOT NULL,
    value text NOT NULL,
    lang text,
    original_value text,
    origin text,
    -- inclusive ranges of the dataset's version seqs that carried it, flattened:
    -- [from1, to1, from2, to2, ...]; the last `to` is 4294967295 while current
    seen bigint[] NOT NULL,
    PRIMARY KEY (entity_id, statement_id)
);
CREATE INDEX IF NOT EXISTS vigil_statements_by_dataset
    ON vigil_statements (dataset, entity_id, statement_id);
CREATE TABLE IF NOT EXISTS vigil_records (
    kind text COLLATE "C" NOT NULL,
    seq bigint NOT NULL,
    body jsonb NOT NULL,
    PRIMARY KEY (kind, seq)
);
"#;

/// The columns a statement is read with, in the order `row_statement` takes them.
pub(crate) const STATEMENT_COLUMNS: &str =
    "entity_id, statement_id, dataset, schema, prop, value, lang, original_value, origin, seen";

/// Advisory lock keys (`pg_advisory_xact_lock`): one for schema creation, one that serialises
/// loads (each computes the next version number from the last; two at once would collide).
pub(crate) const LOCK_SCHEMA: i64 = 0x7669_6769_6c00_0001;
pub(crate) const LOCK_LOADS: i64 = 0x7669_6769_6c00_0002;
/// Serialises appends to the journals (each numbers its records after the last).
pub(crate) const LOCK_RECORDS: i64 = 0x7669_6769_6c00_0003;

/// The channel a committed load is announced on (`LISTEN vigil_loads`); the payload is the
/// datasets that changed, comma-separated.
pub const LOADS_CHANNEL: &str = "vigil_loads";
