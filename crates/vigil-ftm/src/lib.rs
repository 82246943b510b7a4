//! FollowTheMoney as FtM's own tools read it.
//!
//! vigil's store keeps what sources wrote; this crate gives the FtM view of it: values in the
//! forms FtM's types hold ([`values`]), vigil's claim and mention provenance in properties FtM
//! has, entity lines with OpenSanctions' top-level fields and statement rows ([`export`]).

pub mod export;
mod types_table;
pub mod values;

pub use export::{
    api_properties, ftm_dataset_name, ftm_entity, ftm_prop_type, ftm_properties, ftm_time,
    ftm_values, is_claim, mention_documentation, reverse_property, FIRST_SEEN, LAST_CHANGE,
    REFERENTS,
};
pub use values::{clean_value, Cleaned};
