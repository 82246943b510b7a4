//! The FollowTheMoney-compatible schemata vigil knows, with their parents and typed properties.
//!
//! The registry is static data: a schema is a `Copy` handle, comparisons are cheap, and the names
//! are FtM's own so FtM JSON round-trips without translation.

use std::fmt;

/// How a property's values are interpreted (FtM's property types, reduced to what vigil uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PropType {
    /// A name of the entity: what screening matches against.
    Name,
    /// Short free text.
    String,
    /// Long free text (notes, summaries, remarks).
    Text,
    /// A date or partial date in ISO form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Date,
    /// A country or territory (ISO code where known, the source's words otherwise).
    Country,
    /// A registration, tax, passport or other identifier.
    Identifier,
    /// A reference to another entity by id.
    Entity,
    Url,
    Email,
    Phone,
    Gender,
    /// An OpenSanctions topic tag (`sanction`, `crime.terror`, ...).
    Topic,
    Number,
    Address,
    Language,
}

/// A property of a schema.
#[derive(Debug, Clone, Copy)]
pub struct PropDef {
    pub name: &'static str,
    pub kind: PropType,
}

const fn p(name: &'static str, kind: PropType) -> PropDef {
    PropDef { name, kind }
}

use PropType as T;

const THING: &[PropDef] = &[
    p("name", T::Name),
    p("alias", T::Name),
    p("weakAlias", T::Name),
    p("previousName", T::Name),
    p("summary", T::Text),
    p("description", T::Text),
    p("notes", T::Text),
    p("country", T::Country),
    p("sourceUrl", T::Url),
    p("wikidataId", T::Identifier),
    p("keywords", T::String),
    p("topics", T::Topic),
    p("address", T::Address),
    p("addressEntity", T::Entity),
    p("program", T::String),
    p("programId", T::String),
    p("createdAt", T::Date),
    p("modifiedAt", T::Date),
    p("retrievedAt", T::Date),
    p("publisher", T::String),
    p("alephUrl", T::Url),
    p("indexText", T::Text),
];

const LEGAL_ENTITY: &[PropDef] = &[
    p("email", T::Email),
    p("phone", T::Phone),
    p("website", T::Url),
    p("legalForm", T::String),
    p("incorporationDate", T::Date),
    p("dissolutionDate", T::Date),
    p("taxNumber", T::Identifier),
    p("registrationNumber", T::Identifier),
    p("idNumber", T::Identifier),
    p("innCode", T::Identifier),
    p("ogrnCode", T::Identifier),
    p("kppCode", T::Identifier),
    p("okpoCode", T::Identifier),
    p("leiCode", T::Identifier),
    p("swiftBic", T::Identifier),
    p("uniqueEntityId", T::Identifier),
    p("permId", T::Identifier),
    p("jurisdiction", T::Country),
    p("mainCountry", T::Country),
    p("status", T::String),
    p("sector", T::String),
    p("classification", T::String),
    p("abbreviation", T::Name),
    p("opencorporatesUrl", T::Url),
];

const PERSON: &[PropDef] = &[
    p("title", T::String),
    p("firstName", T::Name),
    p("secondName", T::Name),
    p("middleName", T::Name),
    p("fatherName", T::Name),
    p("motherName", T::Name),
    p("lastName", T::Name),
    p("nameSuffix", T::String),
    p("birthDate", T::Date),
    p("birthPlace", T::String),
    p("birthCountry", T::Country),
    p("deathDate", T::Date),
    p("position", T::String),
    p("nationality", T::Country),
    p("citizenship", T::Country),
    p("passportNumber", T::Identifier),
    p("gender", T::Gender),
    p("ethnicity", T::String),
    p("religion", T::String),
    p("appearance", T::Text),
    p("education", T::String),
    p("political", T::String),
];

const ORGANIZATION: &[PropDef] = &[p("numEmployees", T::Number)];
const COMPANY: &[PropDef] = &[
    p("capital", T::Number),
    p("ticker", T::Identifier),
    p("isinCode", T::Identifier),
];
const PUBLIC_BODY: &[PropDef] = &[];

const ASSET: &[PropDef] = &[
    p("amount", T::Number),
    p("currency", T::String),
    p("amountUsd", T::Number),
];
const VEHICLE: &[PropDef] = &[
    p("registrationNumber", T::Identifier),
    p("type", T::String),
    p("model", T::String),
    p("owner", T::Entity),
    p("operator", T::Entity),
    p("buildDate", T::Date),
    p("registrationDate", T::Date),
];
const VESSEL: &[PropDef] = &[
    p("imoNumber", T::Identifier),
    p("mmsi", T::Identifier),
    p("callSign", T::Identifier),
    p("flag", T::Country),
    p("pastFlags", T::Country),
    p("tonnage", T::Number),
    p("grossRegisteredTonnage", T::Number),
    p("navigationArea", T::String),
    p("ownerName", T::Name),
];
const AIRPLANE: &[PropDef] = &[
    p("serialNumber", T::Identifier),
    p("icaoCode", T::Identifier),
    p("manufacturer", T::String),
];

const ADDRESS: &[PropDef] = &[
    p("full", T::Address),
    p("remarks", T::Text),
    p("postOfficeBox", T::String),
    p("street", T::String),
    p("street2", T::String),
    p("city", T::String),
    p("postalCode", T::String),
    p("region", T::String),
    p("state", T::String),
];

const INTERVAL: &[PropDef] = &[
    p("startDate", T::Date),
    p("endDate", T::Date),
    p("date", T::Date),
    p("summary", T::Text),
    p("description", T::Text),
    p("recordId", T::Identifier),
    p("sourceUrl", T::Url),
    p("publisher", T::String),
    p("modifiedAt", T::Date),
    p("createdAt", T::Date),
    p("retrievedAt", T::Date),
    p("status", T::String),
    p("proof", T::Entity),
    // vigil extensions for claims read from reports: the claim's kind, the sentence and span it
    // was read from, who the report says asserts it, and what was handed over.
    p("claimKind", T::String),
    p("sourceSentence", T::Text),
    p("sourceSpan", T::String),
    p("assertedBy", T::String),
    p("item", T::String),
];

const SANCTION: &[PropDef] = &[
    p("entity", T::Entity),
    p("authority", T::String),
    p("authorityId", T::Identifier),
    p("unscId", T::Identifier),
    p("program", T::String),
    p("programId", T::String),
    p("programUrl", T::Url),
    p("provisions", T::String),
    p("reason", T::Text),
    p("country", T::Country),
    p("listingDate", T::Date),
    p("duration", T::String),
];

const IDENTIFICATION: &[PropDef] = &[
    p("holder", T::Entity),
    p("type", T::String),
    p("number", T::Identifier),
    p("country", T::Country),
    p("authority", T::String),
];
const PASSPORT: &[PropDef] = &[p("passportNumber", T::Identifier)];

const RELATION_COMMON: &[PropDef] = &[p("role", T::String), p("country", T::Country)];
const MEMBERSHIP: &[PropDef] = &[p("member", T::Entity), p("organization", T::Entity)];
const EMPLOYMENT: &[PropDef] = &[p("employee", T::Entity), p("employer", T::Entity)];
const DIRECTORSHIP: &[PropDef] = &[
    p("director", T::Entity),
    p("organization", T::Entity),
    p("secretary", T::String),
];
const FAMILY: &[PropDef] = &[
    p("person", T::Entity),
    p("relative", T::Entity),
    p("relationship", T::String),
];
const ASSOCIATE: &[PropDef] = &[
    p("person", T::Entity),
    p("associate", T::Entity),
    p("relationship", T::String),
];
const OWNERSHIP: &[PropDef] = &[
    p("owner", T::Entity),
    p("asset", T::Entity),
    p("percentage", T::String),
    p("sharesCount", T::Number),
    p("sharesValue", T::Number),
    p("ownershipType", T::String),
];
const UNKNOWN_LINK: &[PropDef] = &[p("subject", T::Entity), p("object", T::Entity)];
const REPRESENTATION: &[PropDef] = &[p("agent", T::Entity), p("client", T::Entity)];
const OCCUPANCY: &[PropDef] = &[p("holder", T::Entity), p("post", T::Entity)];
const POSITION: &[PropDef] = &[
    p("organization", T::Entity),
    p("subnationalArea", T::String),
    p("inceptionDate", T::Date),
    p("dissolutionDate", T::Date),
];
const PAYMENT: &[PropDef] = &[
    p("payer", T::Entity),
    p("beneficiary", T::Entity),
    p("purpose", T::Text),
    p("amountEur", T::Number),
    p("namesMentioned", T::Name),
    p("sequenceNumber", T::String),
    p("transactionNumber", T::Identifier),
];
const EVENT: &[PropDef] = &[
    p("location", T::String),
    p("important", T::String),
    p("organizer", T::Entity),
    p("involved", T::Entity),
    p("country", T::Country),
    // vigil extension: whom a claimed act was aimed at or done to (a plot's target, a
    // supply's recipient, the one arrested, charged or sentenced); its doer is `organizer`.
    p("target", T::Entity),
];
const DOCUMENT: &[PropDef] = &[
    p("title", T::String),
    p("author", T::String),
    p("publishedAt", T::Date),
    p("bodyText", T::Text),
    p("contentHash", T::Identifier),
    p("fileName", T::String),
    p("mimeType", T::String),
    p("language", T::Language),
    p("detectedLanguage", T::Language),
    // vigil extension: the document's name mentions, one per line
    // (`start<TAB>end<TAB>kind<TAB>entity<TAB>score`), expanded into FtM Mention entities on
    // read and export. One statement per document instead of seven per mention.
    p("mentionSpans", T::Text),
];
const ARTICLE: &[PropDef] = &[];
/// vigil's own schema (not FtM): an analyst's decision that two entities are one (`positive`),
/// are never one (`negative`), or that a name form splits off one into another (`split`), like
/// nomenklatura's resolver judgements. Kept in the `judgements` dataset; never exported as FtM.
const JUDGEMENT: &[PropDef] = &[
    p("left", T::Entity),
    p("right", T::Entity),
    p("judgement", T::String),
    p("form", T::Name),
    p("author", T::String),
    p("createdAt", T::Date),
    p("status", T::String),
    p("note", T::Text),
];
const MENTION: &[PropDef] = &[
    p("document", T::Entity),
    p("resolved", T::Entity),
    p("name", T::Name),
    p("detectedSchema", T::String),
    p("contextCountry", T::Country),
    // vigil extensions: where in the document's clean text, what kind, how sure the link is.
    p("kind", T::String),
    p("start", T::Number),
    p("end", T::Number),
    p("sentence", T::Number),
    p("score", T::Number),
    p("value", T::String),
];
const CRYPTO_WALLET: &[PropDef] = &[
    p("publicKey", T::Identifier),
    p("currency", T::String),
    p("holder", T::Entity),
];

/// One schema's definition: its FtM name, parents, own properties, and edge ends.
#[derive(Debug)]
pub struct SchemaDef {
    pub name: &'static str,
    pub parents: &'static [Schema],
    /// Property tables declared on this schema itself (parents add theirs).
    pub own: &'static [&'static [PropDef]],
    /// For relation schemata: the (source, target) properties that make it an edge.
    pub edge: Option<(&'static str, &'static str)>,
    /// Abstract schemata (Thing, LegalEntity, Interval) can be queried but vigil creates concrete ones.
    pub matchable: bool,
}

macro_rules! schemata {
    ($($variant:ident => $name:literal, [$($parent:ident),*], [$($own:ident),*], $edge:expr, $matchable:expr;)*) => {
        /// A schema handle. `Copy`, ordered by declaration, named as in FtM.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Schema { $($variant),* }

        impl Schema {
            /// Every schema vigil knows, in declaration order.
            pub const ALL: &'static [Schema] = &[$(Schema::$variant),*];

            /// The FtM definition of this schema.
            pub fn def(self) -> &'static SchemaDef {
                match self {
                    $(Schema::$variant => {
                        static DEF: SchemaDef = SchemaDef {
                            name: $name,
                            parents: &[$(Schema::$parent),*],
                            own: &[$($own),*],
                            edge: $edge,
                            matchable: $matchable,
                        };
                        &DEF
                    })*
                }
            }
        }
    };
}

schemata! {
    Thing => "Thing", [], [THING], None, false;
    LegalEntity => "LegalEntity", [Thing], [LEGAL_ENTITY], None, true;
    Person => "Person", [LegalEntity], [PERSON], None, true;
    Organization => "Organization", [LegalEntity], [ORGANIZATION], None, true;
    Company => "Company", [Organization], [COMPANY], None, true;
    PublicBody => "PublicBody", [Organization], [PUBLIC_BODY], None, true;
    Vehicle => "Vehicle", [Thing], [VEHICLE], None, true;
    Vessel => "Vessel", [Vehicle], [VESSEL], None, true;
    Airplane => "Airplane", [Vehicle], [AIRPLANE], None, true;
    CryptoWallet => "CryptoWallet", [Thing], [CRYPTO_WALLET], None, true;
    Asset => "Asset", [Thing], [ASSET], None, false;
    Address => "Address", [Thing], [ADDRESS], None, false;
    Interval => "Interval", [], [INTERVAL], None, false;
    Sanction => "Sanction", [Interval], [SANCTION], None, false;
    Identification => "Identification", [Interval], [IDENTIFICATION], None, false;
    Passport => "Passport", [Identification], [PASSPORT], None, false;
    Membership => "Membership", [Interval], [RELATION_COMMON, MEMBERSHIP], Some(("member", "organization")), false;
    Employment => "Employment", [Interval], [RELATION_COMMON, EMPLOYMENT], Some(("employee", "employer")), false;
    Directorship => "Directorship", [Interval], [RELATION_COMMON, DIRECTORSHIP], Some(("director", "organization")), false;
    Family => "Family", [Interval], [RELATION_COMMON, FAMILY], Some(("person", "relative")), false;
    Associate => "Associate", [Interval], [RELATION_COMMON, ASSOCIATE], Some(("person", "associate")), false;
    Ownership => "Ownership", [Interval], [RELATION_COMMON, OWNERSHIP], Some(("owner", "asset")), false;
    UnknownLink => "UnknownLink", [Interval], [RELATION_COMMON, UNKNOWN_LINK], Some(("subject", "object")), false;
    Representation => "Representation", [Interval], [RELATION_COMMON, REPRESENTATION], Some(("agent", "client")), false;
    Occupancy => "Occupancy", [Interval], [OCCUPANCY], Some(("holder", "post")), false;
    Position => "Position", [Thing], [POSITION], None, false;
    Payment => "Payment", [Interval, Asset], [PAYMENT], Some(("payer", "beneficiary")), false;
    Event => "Event", [Interval, Thing], [EVENT], None, false;
    Document => "Document", [Thing], [DOCUMENT], None, false;
    Article => "Article", [Document], [ARTICLE], None, false;
    Mention => "Mention", [], [MENTION], None, false;
    Judgement => "Judgement", [], [JUDGEMENT], None, false;
}

impl Schema {
    /// The FtM name (`"Person"`).
    pub fn name(self) -> &'static str {
        self.def().name
    }

    /// Look a schema up by its FtM name (exact, case-sensitive as FtM is).
    pub fn from_name(name: &str) -> Option<Schema> {
        Schema::ALL.iter().copied().find(|s| s.name() == name)
    }

    /// True when `self` is `other` or descends from it (`Company.is_a(LegalEntity)`).
    pub fn is_a(self, other: Schema) -> bool {
        self == other || self.def().parents.iter().any(|p| p.is_a(other))
    }

    /// The property definition for `name` on this schema or any ancestor.
    pub fn property(self, name: &str) -> Option<&'static PropDef> {
        let def = self.def();
        def.own
            .iter()
            .flat_map(|table| table.iter())
            .find(|p| p.name == name)
            .or_else(|| def.parents.iter().find_map(|parent| parent.property(name)))
    }

    /// Relation schemata are edges between two entities.
    pub fn edge(self) -> Option<(&'static str, &'static str)> {
        self.def().edge
    }

    /// Whether entities of this schema are screened (persons, organisations, vessels, ...).
    pub fn is_matchable(self) -> bool {
        self.def().matchable
    }

    /// Whether two schemata can describe the same real-world thing, as FtM's `can_match`:
    /// one descends from the other, or both are legal entities (a Company query can hit
    /// an Organization record).
    pub fn can_match(self, other: Schema) -> bool {
        if self.is_a(other) || other.is_a(self) {
            return true;
        }
        let org = |s: Schema| s.is_a(Schema::Organization);
        org(self) && org(other)
    }
}

impl fmt::Display for Schema {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Schema {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for Schema {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Schema::from_name(&name)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown schema {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for s in Schema::ALL {
            assert_eq!(Schema::from_name(s.name()), Some(*s));
        }
        assert_eq!(Schema::from_name("person"), None);
    }

    #[test]
    fn inheritance_and_properties() {
        assert!(Schema::Company.is_a(Schema::LegalEntity));
        assert!(!Schema::LegalEntity.is_a(Schema::Company));
        assert!(Schema::Person.property("birthDate").is_some());
        assert_eq!(
            Schema::Person.property("alias").map(|p| p.kind),
            Some(PropType::Name)
        );
        assert!(Schema::Company.property("birthDate").is_none());
        assert_eq!(
            Schema::Vessel.property("imoNumber").map(|p| p.kind),
            Some(PropType::Identifier)
        );
        assert_eq!(Schema::Ownership.edge(), Some(("owner", "asset")));
        assert_eq!(
            Schema::Payment.property("payer").map(|p| p.kind),
            Some(PropType::Entity)
        );
    }

    #[test]
    fn match_compatibility() {
        assert!(Schema::Company.can_match(Schema::LegalEntity));
        assert!(Schema::Company.can_match(Schema::Organization));
        assert!(Schema::Company.can_match(Schema::PublicBody));
        assert!(!Schema::Person.can_match(Schema::Company));
        assert!(!Schema::Vessel.can_match(Schema::Person));
    }
}
