//! Building the index from the store.

use std::time::Instant;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use vigil_model::identifiers::{canonical_identifiers, IdKind, Identifier, IDENTIFIER_PROPERTIES};
use vigil_model::{country_code, Entity};
use vigil_normalize::{
    analyze, fold, name_variants, skeleton, skeleton_letters_apart, skeleton_readings,
    AnalyzedName, PartRole,
};
use vigil_store::Store;

use crate::{Index, IndexError, Record, LAYOUT};

/// What a build did.
#[derive(Debug, Clone, Copy)]
pub struct BuildStats {
    pub entities: usize,
    pub names: usize,
    pub keys: usize,
    pub postings: usize,
    pub seconds: f64,
}

/// A stamp of the store's state: every dataset's latest version. Equal stamps, equal data.
pub fn fingerprint(store: &dyn Store) -> Result<String, IndexError> {
    let mut text = String::from(LAYOUT);
    text.push_str(&analysis_probe());
    for d in store.datasets()? {
        text.push_str(&format!(
            "|{}#{}:{}",
            d.name, d.latest.seq, d.latest.content_hash
        ));
    }
    Ok(format!(
        "{:032x}",
        xxhash_rust::xxh3::xxh3_128(text.as_bytes())
    ))
}

/// Names in many scripts and shapes whose analysis (parts, roles, weights, keys) stands in for
/// the analysis code itself in the stamp: change transliteration, folding or the word lists and
/// the stamp changes, so a cache built by older code is rebuilt without anyone remembering to
/// bump `LAYOUT`.
const PROBES: &[(&str, vigil_normalize::NameKind)] = &[
    ("ASSADI, Asadollah", vigil_normalize::NameKind::Person),
    ("اسدالله اسدی", vigil_normalize::NameKind::Person),
    ("سید علی خامنه‌ای", vigil_normalize::NameKind::Person),
    ("Владимир Путин", vigil_normalize::NameKind::Person),
    ("Μητσοτάκης", vigil_normalize::NameKind::Person),
    ("习近平", vigil_normalize::NameKind::Person),
    (
        "Ayatollah Sheikh Dr. J. F. O'Brien-Smith bin Laden",
        vigil_normalize::NameKind::Person,
    ),
    (
        "Maher (a.k.a. Mahir) AL-ASSAD",
        vigil_normalize::NameKind::Person,
    ),
    (
        "Public Joint Stock Company Forty-Four Trading Europe L.L.C. & Co",
        vigil_normalize::NameKind::Organization,
    ),
    (
        "Aktiengesellschaft Joynt Stock Compan U.S. Fund XII",
        vigil_normalize::NameKind::Organization,
    ),
    ("MV Hellenic Spirit 3", vigil_normalize::NameKind::Other),
    // Arabic compounds, written apart and together, and honorifics in Arabic script.
    (
        "سيد عبدالولی خليل نور الله شاه طه Abdurrahman Shamsuddin Mujibur Rahman",
        vigil_normalize::NameKind::Person,
    ),
    // Organisation words across scripts (orgterms): a new entry changes some list names.
    (
        "شركة دمشق للنقل تاج قلعة بهرهبرداری سپاه",
        vigil_normalize::NameKind::Organization,
    ),
    // A well-known body's full name read as its acronym.
    (
        "Islamic Revolutionary Guard Corps Navy",
        vigil_normalize::NameKind::Organization,
    ),
    // A final ى read as a (a name of the closed set) or as i (a nisba).
    (
        "موسى على محمدى عیسی امیرعبداللهیان Fathollahian",
        vigil_normalize::NameKind::Person,
    ),
    // Organisation words with other senses, phrases, Persian endings, a Persian ال.
    (
        "وزارت کشور پایانه های نفتی حمل و نقل مجلس شورای صرافی بیمه البرز",
        vigil_normalize::NameKind::Organization,
    ),
    // Words whose sense is the orthography's (Arabic's here, by its ة).
    (
        "مديرية المخابرات شركة تأمين",
        vigil_normalize::NameKind::Organization,
    ),
    // Two letters that transliterate as one does (ت then ص, "ts" as ث gives), an ع inside.
    ("ناصر متصل سعد", vigil_normalize::NameKind::Person),
    // Disguises: invisible characters, and look-alike letters of another script in a word.
    (
        "Nas\u{200b}ral\u{ad}lah Viktоr Воut",
        vigil_normalize::NameKind::Person,
    ),
];

fn analysis_probe() -> String {
    let mut text = String::new();
    for (name, kind) in PROBES {
        for variant in name_variants(name) {
            let a = analyze(&variant, *kind);
            for p in a.parts.iter().flat_map(|p| p.readings()) {
                text.push_str(&format!(
                    "{}/{}/{}/{:?}/{:.3}/{}/{}/{:?}/{}/{}/{}/{};",
                    p.text,
                    p.folded,
                    p.skeleton,
                    p.role,
                    p.weight,
                    p.unvowelled,
                    p.mask,
                    p.country,
                    p.acronym,
                    p.ain_inside,
                    p.aside,
                    p.ts_dz_apart
                ));
            }
            name_keys(&a, &mut |i, k, b| {
                text.push_str(&format!("{i}{}{};", k as char, String::from_utf8_lossy(b)))
            });
        }
    }
    text
}

const STRONG_NAMES: &[&str] = &["name", "alias", "previousName"];
const WEAK_NAMES: &[&str] = &["weakAlias", "abbreviation"];
const COUNTRY_PROPS: &[&str] = &[
    "nationality",
    "citizenship",
    "country",
    "birthCountry",
    "jurisdiction",
    "mainCountry",
];

fn record(e: Entity) -> Option<Record> {
    if !e.schema.is_matchable() {
        return None;
    }
    let kind = vigil_matcher::name_kind(e.schema);
    let mut names: Vec<AnalyzedName> = Vec::new();
    let mut weak = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (props, is_weak) in [(STRONG_NAMES, false), (WEAK_NAMES, true)] {
        for p in props {
            for v in e.values(p) {
                for variant in name_variants(v) {
                    if seen.contains(&variant) {
                        continue;
                    }
                    let a = analyze(&variant, kind);
                    seen.push(variant);
                    if !a.parts.is_empty() {
                        names.push(a);
                        weak.push(is_weak);
                    }
                }
            }
        }
    }
    if names.is_empty() {
        return None;
    }
    let mut countries: Vec<String> = Vec::new();
    for p in COUNTRY_PROPS {
        for v in e.values(p) {
            if let Some(c) = country_code(v) {
                if !countries.iter().any(|x| x == c) {
                    countries.push(c.to_string());
                }
            }
        }
    }
    let mut address_countries: Vec<String> = Vec::new();
    for v in e.values("address") {
        let last = v.rsplit(',').next().unwrap_or(v);
        // A country last, else a capital last, its postcode with it ("Khartoum North,
        // Khartoum 10783"); not a capital before a region ("London, Ontario").
        let country = country_code(last).or_else(|| vigil_model::country_of_capital(last));
        if let Some(c) = country {
            if !countries.iter().chain(&address_countries).any(|x| x == c) {
                address_countries.push(c.to_string());
            }
        }
    }
    // A birth place's country, written last ("Aleppo, Syria") or alone.
    let mut birth_countries: Vec<String> = Vec::new();
    for v in e.values("birthPlace") {
        let last = v.rsplit(',').next().unwrap_or(v).trim();
        if let Some(c) = country_code(last) {
            if !countries.iter().chain(&birth_countries).any(|x| x == c) {
                birth_countries.push(c.to_string());
            }
        }
    }
    let mut identifiers: Vec<Identifier> = Vec::new();
    for (prop, kind) in IDENTIFIER_PROPERTIES {
        for v in e.values(prop) {
            for value in canonical_identifiers(*kind, v) {
                let id = Identifier { kind: *kind, value };
                if !identifiers.contains(&id) {
                    identifiers.push(id);
                }
            }
        }
    }
    Some(Record {
        caption: e.caption().to_string(),
        identifiers,
        schema: e.schema,
        datasets: e.datasets.clone(),
        dataset_ids: Vec::new(),
        weak,
        birth_dates: e.values("birthDate").to_vec(),
        countries,
        address_countries,
        birth_countries,
        gender: e.first("gender").map(str::to_string),
        topics: e.values("topics").to_vec(),
        positions: e.values("position").to_vec(),
        linked: Vec::new(),
        names,
        id: e.id,
        changed: String::new(),
    })
}

/// Key weights by kind: an exact folded part says most, a one-letter-off part least.
pub(crate) const KEY_TOKEN: u8 = b't';
pub(crate) const KEY_SKELETON: u8 = b's';
pub(crate) const KEY_DELETION: u8 = b'd';
pub(crate) const KEY_JOINED: u8 = b'j';
/// A skeleton key for a reading the matcher allows but the word's own skeleton is not (an
/// inner و read as v, a page's words in the other order): indexed and looked up as
/// [`KEY_SKELETON`], but a query's part found through it does not raise what the part could
/// weigh at most, so that a rare reading nobody bears does not push the true candidates
/// under the share retrieval asks of them.
pub(crate) const KEY_SKELETON_ALT: u8 = b'S';
pub(crate) const KEY_IDENTIFIER: u8 = b'i';

/// The byte a key of this kind is stored under.
pub(crate) fn key_prefix(kind: u8) -> u8 {
    if kind == KEY_SKELETON_ALT {
        KEY_SKELETON
    } else {
        kind
    }
}

/// The key an identifier is found by: its canonical value, whatever its kind (a number given
/// as an id may be listed as a passport).
pub(crate) fn identifier_key(value: &str) -> String {
    let mut k = String::with_capacity(value.len() + 1);
    k.push(KEY_IDENTIFIER as char);
    k.push_str(value);
    k
}

/// Whether a part takes part in retrieval (particles, legal forms and initials are too common
/// or too short to find anyone by).
pub(crate) fn retrievable(role: PartRole) -> bool {
    matches!(
        role,
        PartRole::Regular | PartRole::Number | PartRole::Generic
    )
}

/// An Arabic-script skeleton, and where it holds a k (ق or ک, which folding makes k) the
/// same with g: Persian romanisations write ق as gh (Sadegh, Ghasem, Bagheri), and ک stands
/// for گ where a keyboard had no گ; folding makes gh a g.
fn persian_q(skeleton: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let with_g = skeleton
        .contains('k')
        .then(|| std::borrow::Cow::Owned(skeleton.replace('k', "g")));
    std::iter::once(std::borrow::Cow::Borrowed(skeleton)).chain(with_g)
}

/// An Arabic-script word's transliteration with Persian's silent و of خوا dropped (خواه
/// "khvah" as -khah), if it has one.
fn without_silent_vav(text: &str) -> Option<String> {
    text.contains("khva").then(|| text.replace("khva", "kha"))
}

/// Consonant skeletons of an Arabic-script word (its transliteration and folded form) under
/// readings its plain skeleton misses, as the matcher allows them: each of its first three
/// inner u read as v, a final silent و (خوا) dropped, either or both; letters written twice
/// side by side kept two.
fn other_script_readings(text: &str, folded: &str) -> Vec<String> {
    let inner_u: Vec<usize> = folded
        .bytes()
        .enumerate()
        .skip(1)
        .filter(|&(_, c)| c == b'u')
        .map(|(k, _)| k)
        .take(3)
        .collect();
    let mut foldeds: Vec<Vec<u8>> = vec![folded.as_bytes().to_vec()];
    for as_v in 1..1u32 << inner_u.len() {
        let mut b = folded.as_bytes().to_vec();
        for (n, &k) in inner_u.iter().enumerate() {
            if as_v & (1 << n) != 0 {
                b[k] = b'v';
            }
        }
        foldeds.push(b);
    }
    let mut out: Vec<String> = Vec::new();
    for b in foldeds {
        if b.len() > 3 && b.ends_with(b"va") {
            let mut silent = b[..b.len() - 2].to_vec();
            silent.push(b'a');
            out.extend(String::from_utf8(silent).ok().map(|s| skeleton(&s)));
        }
        out.extend(String::from_utf8(b).ok().map(|s| skeleton(&s)));
    }
    out.extend(skeleton_letters_apart(text));
    out.sort();
    out.dedup();
    out
}

/// Every key of one analysed name, passed to `f` as bytes (kind byte first).
pub(crate) fn name_keys(name: &AnalyzedName, f: &mut dyn FnMut(usize, u8, &[u8])) {
    let mut buf: Vec<u8> = Vec::with_capacity(32);
    for (i, p) in name.parts.iter().enumerate() {
        if !retrievable(p.role) || p.folded.is_empty() {
            continue;
        }
        f(i, KEY_TOKEN, p.folded.as_bytes());
        if p.script_bound || p.role == PartRole::Number {
            continue;
        }
        if p.unvowelled {
            // Every Latin reading of the script's ambiguous letters (see skeleton_readings).
            for skeleton in persian_q(&p.skeleton) {
                for reading in skeleton_readings(&skeleton) {
                    if reading.len() >= 2 {
                        f(i, KEY_SKELETON, reading.as_bytes());
                    }
                }
            }
            // And the readings the matcher allows that change the consonants: an inner و read
            // as v (توکلی Tavakoli, خوشناموند Khoshnamvand), two letters side by side kept two
            // (مددی Madadi), Persian's silent و of خوا (خواه -khah).
            for other in other_script_readings(&p.text, &p.folded) {
                if other.len() >= 2 && other != p.skeleton {
                    f(i, KEY_SKELETON_ALT, other.as_bytes());
                }
            }
        } else if p.skeleton.len() >= 2 {
            f(i, KEY_SKELETON, p.skeleton.as_bytes());
        }
        // Arabic script writes apart what romanisations join (شهيد خيل / Shahidkhel): the
        // consonants of this part and the next written together find the joined form; a
        // final ه read as e is an h inside the joined word (آدینه وند / Adinehvand).
        // Text taken from a page laid out right to left can come in the other order (آباد
        // شمس for شمس آباد, Shamsabad): that join too.
        if p.unvowelled {
            if let Some(next) = name.parts.get(i + 1).filter(|n| retrievable(n.role)) {
                let joined = format!("{}{}", p.text, next.text);
                let mut spellings = vec![(joined.clone(), KEY_SKELETON)];
                if p.text.ends_with('e') {
                    spellings.push((format!("{}h{}", p.text, next.text), KEY_SKELETON));
                }
                spellings.push((format!("{}{}", next.text, p.text), KEY_SKELETON_ALT));
                if let Some(silent) = without_silent_vav(&joined) {
                    spellings.push((silent, KEY_SKELETON_ALT));
                }
                for (spelling, kind) in spellings {
                    for reading in skeleton_readings(&skeleton(&fold(&spelling))) {
                        f(i, kind, reading.as_bytes());
                    }
                }
            }
        }
        let b = p.folded.as_bytes();
        if b.len() >= 4 {
            f(i, KEY_DELETION, b);
            for skip in 0..b.len() {
                buf.clear();
                buf.extend_from_slice(&b[..skip]);
                buf.extend_from_slice(&b[skip + 1..]);
                f(i, KEY_DELETION, &buf);
            }
        }
    }
    let joinable: Vec<&str> = name
        .parts
        .iter()
        .filter(|p| retrievable(p.role) && !p.script_bound)
        .map(|p| p.text.as_str())
        .collect();
    if joinable.len() >= 2 {
        let joined = fold(&joinable.concat());
        f(usize::MAX, KEY_JOINED, joined.as_bytes());
        // Arabic script may write a whole name as one word (صقررستم, Saqr Rustom): the
        // consonants of the Latin name written together find it, and it finds them. A list
        // writes the family name first ("RUSTOM, Saqr"), so every rotation of the parts is
        // written together (a name of a few parts: four at most).
        if joinable.len() <= 4 && !name.parts.iter().any(|p| p.unvowelled) {
            for first in 0..joinable.len() {
                let rotated: String = joinable[first..]
                    .iter()
                    .chain(&joinable[..first])
                    .copied()
                    .collect();
                let consonants = skeleton(&fold(&rotated));
                if consonants.len() >= 5 {
                    f(usize::MAX, KEY_SKELETON, consonants.as_bytes());
                }
            }
        }
    }
}

/// The dataset report reading writes (as `vigil-link` names it).
const REPORTS_DATASET: &str = "reports";

impl Index {
    /// Build from every current entity in the store.
    pub fn build(
        store: &dyn Store,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<(Index, BuildStats), IndexError> {
        let started = Instant::now();
        let fingerprint = fingerprint(store)?;
        let mut entities: Vec<(Entity, Option<String>)> = Vec::new();
        // A crypto wallet is an entity of its own with no name; its address identifies its
        // holder, so it is screened as the holder's identifier.
        let mut held: Vec<(String, Identifier)> = Vec::new();
        // The two ends of every relation a list states (not one a report's reading made).
        let mut related: Vec<(String, String)> = Vec::new();
        store.for_each_entity_changed(&mut |e, changed| {
            if let Some((from, to)) = e.schema.edge() {
                if !e.datasets.iter().any(|d| d == REPORTS_DATASET) {
                    for a in e.values(from) {
                        for b in e.values(to).iter().filter(|b| *b != a) {
                            related.push((a.clone(), b.clone()));
                        }
                    }
                }
            }
            if e.schema == vigil_model::Schema::CryptoWallet {
                for holder in e.values("holder") {
                    for key in e.values("publicKey") {
                        for value in canonical_identifiers(IdKind::Wallet, key) {
                            held.push((
                                holder.clone(),
                                Identifier {
                                    kind: IdKind::Wallet,
                                    value,
                                },
                            ));
                        }
                    }
                }
            }
            if e.schema.is_matchable() {
                entities.push((e, changed.map(str::to_string)));
            }
            true
        })?;
        let total = entities.len() as u64;
        progress(0, total);
        let mut records: Vec<Record> = entities
            .into_par_iter()
            .filter_map(|(e, changed)| {
                record(e).map(|r| Record {
                    changed: changed.unwrap_or_default(),
                    ..r
                })
            })
            .collect();
        records.sort_by(|a, b| a.id.cmp(&b.id));
        for (holder, id) in held {
            if let Ok(i) = records.binary_search_by(|r| r.id.as_str().cmp(&holder)) {
                if !records[i].identifiers.contains(&id) {
                    records[i].identifiers.push(id);
                }
            }
        }
        for (a, b) in related {
            for (one, other) in [(&a, &b), (&b, &a)] {
                if let Ok(i) = records.binary_search_by(|r| r.id.as_str().cmp(one)) {
                    if !records[i].linked.contains(other) {
                        records[i].linked.push(other.clone());
                    }
                }
            }
        }
        let mut datasets: Vec<String> = records
            .iter()
            .flat_map(|r| r.datasets.iter().cloned())
            .collect();
        datasets.sort();
        datasets.dedup();
        for r in &mut records {
            r.dataset_ids = r
                .datasets
                .iter()
                .filter_map(|d| datasets.binary_search(d).ok())
                .map(|i| i as u32)
                .collect();
        }
        progress(total / 2, total);
        let mut keys: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        for (ri, r) in records.iter().enumerate() {
            let ri = ri as u32;
            for id in &r.identifiers {
                let key = identifier_key(&id.value);
                match keys.get_mut(key.as_str()) {
                    Some(post) => {
                        if post.last() != Some(&ri) {
                            post.push(ri);
                        }
                    }
                    None => {
                        keys.insert(key.into(), vec![ri]);
                    }
                }
            }
            for n in &r.names {
                name_keys(n, &mut |_, kind, bytes| {
                    let mut k = Vec::with_capacity(bytes.len() + 1);
                    k.push(key_prefix(kind));
                    k.extend_from_slice(bytes);
                    // Keys are ASCII: from_utf8 cannot fail on them.
                    let key = std::str::from_utf8(&k).unwrap_or("");
                    match keys.get_mut(key) {
                        Some(post) => {
                            if post.last() != Some(&ri) {
                                post.push(ri);
                            }
                        }
                        None => {
                            keys.insert(key.into(), vec![ri]);
                        }
                    }
                });
            }
        }
        // Rare parts count more than common ones: scale each part's weight by how few listed
        // names use it (Mohammad and Ali say little, Habbo says much).
        let n = records.len();
        for r in &mut records {
            for name in &mut r.names {
                apply_rarity(name, &keys, n);
            }
        }
        progress(total, total);
        let stats = BuildStats {
            entities: records.len(),
            names: records.iter().map(|r| r.names.len()).sum(),
            keys: keys.len(),
            postings: keys.values().map(Vec::len).sum(),
            seconds: started.elapsed().as_secs_f64(),
        };
        Ok((
            Index {
                fingerprint,
                records,
                datasets,
                keys,
            },
            stats,
        ))
    }
}

/// How much a part counts given how many entities share its exact form: 1.0 for a unique part,
/// falling with the log of its document frequency to 0.2 for a part every entity has.
pub(crate) fn rarity(df: usize, n: usize) -> f32 {
    if df <= 1 || n <= 1 {
        return 1.0;
    }
    let idf = ((n as f32) / (df as f32)).ln() / (n as f32).ln();
    0.2 + 0.8 * idf.clamp(0.0, 1.0)
}

pub(crate) fn apply_rarity(
    name: &mut AnalyzedName,
    keys: &FxHashMap<Box<str>, Vec<u32>>,
    n: usize,
) {
    let mut key = String::with_capacity(24);
    for p in &mut name.parts {
        if !retrievable(p.role) || p.role == PartRole::Number {
            continue;
        }
        key.clear();
        // A part in Arabic script is found by its consonants: how common those are is how
        // common the name is (محمد is every spelling of Muhammad, not a rare word "mhmd").
        let df = if p.unvowelled {
            // The commonest reading of its ambiguous letters.
            skeleton_readings(&p.skeleton)
                .iter()
                .map(|r| {
                    key.clear();
                    key.push(KEY_SKELETON as char);
                    key.push_str(r);
                    keys.get(key.as_str()).map_or(0, Vec::len)
                })
                .max()
                .unwrap_or(0)
        } else {
            key.push(KEY_TOKEN as char);
            key.push_str(&p.folded);
            keys.get(key.as_str()).map_or(0, Vec::len)
        };
        p.weight *= rarity(df, n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use vigil_model::Schema;

    #[test]
    fn an_address_naming_a_capital_and_no_country_places_the_entity() {
        let mut e = Entity::new("x", Schema::LegalEntity);
        e.add("name", "Tarsk Industries System");
        e.add("address", "Khartoum North, Khartoum 10783");
        let r = record(e).expect("a named entity is a record");
        assert_eq!(r.address_countries, vec!["sd".to_string()]);
        // A city that is no capital places nothing, nor a capital's name before a region; a
        // country last places its own.
        let mut e = Entity::new("y", Schema::LegalEntity);
        e.add("name", "Tarsk Trading");
        e.add("address", "Omdurman");
        e.add("address", "London, Ontario");
        e.add("address", "12 Harbour Road, Tartus, Syria");
        let r = record(e).expect("a named entity is a record");
        assert_eq!(r.address_countries, vec!["sy".to_string()]);
    }

    #[test]
    fn a_birth_place_gives_its_country_apart_from_the_nationality() {
        let mut e = Entity::new("z", Schema::Person);
        e.add("name", "Nabil TARSKI");
        e.add("birthPlace", "Aleppo, Syria");
        e.add("birthPlace", "Velden");
        let r = record(e).expect("a named entity is a record");
        assert_eq!(r.birth_countries, vec!["sy".to_string()]);
        assert!(
            r.countries.is_empty(),
            "no screening qualifier: {:?}",
            r.countries
        );
    }
}
