//! Word lists for mention rules: cue words, titles, organisation heads, event heads, given names,
//! and the place gazetteer. All lookups are on lower-case words unless said otherwise.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// A fixed list of words that reading asks about for nearly every token of every document.
/// Looking a word up hashes it once; a slice's `contains` compared it with each of a few hundred
/// entries, and those comparisons were a tenth of all reading time. The list stays a slice
/// (through `Deref`) for everything else: iteration, order, `binary_search`.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the list's, exactly.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

impl std::ops::Deref for WordSet {
    type Target = [&'static str];
    fn deref(&self) -> &Self::Target {
        self.words
    }
}

/// Words that open a sentence with a capital only because they open it.
pub(crate) static SENTENCE_STOPWORDS: WordSet = WordSet::new(&[
    "a",
    "about",
    "according",
    "after",
    "again",
    "against",
    "all",
    "already",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "because",
    "before",
    "both",
    "but",
    "by",
    "consider",
    "despite",
    "during",
    "each",
    "eight",
    "even",
    "eventually",
    "every",
    "exhibit",
    "few",
    "finally",
    "five",
    "following",
    "for",
    // "Forwarded from ...": a channel's post copied from another.
    "forwarded",
    "four",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "instead",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "more",
    "most",
    "much",
    "my",
    "neither",
    "next",
    "nine",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "over",
    "recent",
    "recently",
    "seven",
    "she",
    "since",
    "six",
    "so",
    "some",
    "still",
    "such",
    "ten",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "thus",
    "to",
    "two",
    "under",
    "until",
    "unlike",
    "upon",
    "we",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "with",
    "within",
    "without",
    "yet",
    "you",
    "your",
    "earlier",
    // Prepositions of place opening a sentence before the place ("Near Vienna, the blogger
    // ...", "Outside Berlin, ...").
    "near",
    "outside",
    "inside",
    "across",
    "around",
    "throughout",
    "behind",
    "beyond",
    "beside",
    "along",
    "amid",
    "toward",
    "towards",
    // A letter's salutation ("Dear Ms Roe,").
    "dear",
    "today",
    "yesterday",
    "tomorrow",
    "overall",
    "indeed",
    "instead",
    "elsewhere",
    "like",
    // Requests opening an item of advice or a duty ("Tell Bedfordshire Police about ...",
    // "Analyse Red Notices ...", "Please pray for ...", "Thank you Jane").
    "tell",
    "ask",
    "write",
    "contact",
    "send",
    "analyse",
    "analyze",
    "interview",
    "please",
    "thank",
    "thanks",
]);

/// The causes groups name themselves for, closing "... for Human Rights", "... for Justice".
pub(crate) const CAUSES: &[&str] = &[
    "rights",
    "justice",
    "democracy",
    "freedom",
    "freedoms",
    "liberty",
    "peace",
    "accountability",
    "development",
    "equality",
];

/// Whether a word is one of a title's words, or a title of one word ("state" of "secretary
/// of state").
pub(crate) fn is_word_of_a_title(lower: &str) -> bool {
    static PARTS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    PARTS
        .get_or_init(|| TITLES.iter().flat_map(|t| t.split(' ')).collect())
        .contains(lower)
}

/// Titles before a person's name (capitalised in text). Multi-word titles are matched first.
pub(crate) static TITLES: WordSet = WordSet::new(&[
    "secretary of state",
    "supreme leader",
    // Myanmar's highest rank, its commander-in-chief's.
    "senior general",
    "opposition leader",
    "leader",
    // A spokesperson's office before the name ("Spokesperson Jane Roe.", "police spokesman
    // Supt. Ali Reza").
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "prime minister",
    "foreign minister",
    "interior minister",
    "defence minister",
    "defense minister",
    "justice minister",
    "vice president",
    "vice-president",
    "vice minister",
    "vice-minister",
    "deputy-minister",
    "president-elect",
    "president elect",
    "deputy minister",
    "director general",
    "attorney general",
    "secretary general",
    "secretary-general",
    "chief justice",
    "crown prince",
    "grand ayatollah",
    "ranking member",
    "trial attorney",
    "assistant director in charge",
    "high representative",
    // Offices of the law before a name: "Prosecutor Alison Morgan", "Assistant U.S.
    // Attorneys Meredith Arfa and ...", "Defence barrister Simon Rees".
    "assistant u.s. attorneys",
    "assistant u.s. attorney",
    "u.s. attorneys",
    "u.s. attorney",
    // The same offices with the country written out, and the federal bench's.
    "assistant united states attorneys",
    "assistant united states attorney",
    "united states attorneys",
    "united states attorney",
    "united states magistrate judge",
    "u.s. magistrate judge",
    "magistrate judge",
    "united states district judge",
    "u.s. district judge",
    "district judge",
    "presiding judge",
    "prosecutor",
    "attorney",
    "attorneys",
    "barrister",
    "solicitor",
    "lawyer",
    "detective",
    "superintendent",
    "inspector",
    // Commonwealth styles: "Senator the Hon Penny Wong", "the Rt Hon".
    "hon",
    "hon.",
    "honourable",
    "rt hon",
    "rt. hon.",
    "national security advisor",
    "national security adviser",
    "special rapporteur",
    "rapporteur",
    "special envoy",
    "envoy",
    "under secretary",
    "undersecretary",
    "assistant secretary",
    "assistant director",
    // Police ranks written after a force's name ("AFP Assistant Commissioner X", "Met
    // Detective Chief Superintendent X").
    "assistant commissioner",
    "deputy commissioner",
    "chief constable",
    "deputy chief constable",
    "assistant chief constable",
    "detective chief superintendent",
    "detective superintendent",
    "detective chief inspector",
    "detective inspector",
    "detective sergeant",
    "deputy director",
    "high commissioner",
    "ombudsman",
    "ombudsperson",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    // His or Her Excellency, as letters address a minister or an ambassador.
    "h.e.",
    // French styles: a lawyer is "Maître" (Maitre), a woman "Mme".
    "maître",
    "maitre",
    "mme",
    "mme.",
    // Spanish and Portuguese styles: a woman doctor "Dra.", a graduate "Lic."/"Licda.", an
    // engineer "Ing.", a woman "Sra."/"Srta.".
    "dra",
    "dra.",
    "lic",
    "lic.",
    "licda",
    "licda.",
    "ing.",
    "sra",
    "sra.",
    "srta",
    "srta.",
    // Philippine styles: an attorney "Atty.", an engineer "Engr.".
    "atty",
    "atty.",
    "engr",
    "engr.",
    // Central European academic degrees written before a name ("Mgr. Jana Roe", "JUDr.",
    // "Ing."), as Czech, Slovak and Polish letters and signatures write them.
    "mgr",
    "mgr.",
    "ing",
    "ing.",
    "judr",
    "judr.",
    "phdr",
    "phdr.",
    "mudr",
    "mudr.",
    "rndr",
    "rndr.",
    "bc",
    "bc.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "professor",
    "sir",
    "dame",
    "president",
    "minister",
    "secretary",
    "senator",
    "senators",
    "sen.",
    "rep.",
    // A member of the European Parliament by the letters before the name ("MEP Jane Roe").
    "mep",
    // Amharic and Tigrinya styles: a man "Ato", a married woman "Weyzero" ("W/ro"), an
    // unmarried one "Weyzerit".
    "ato",
    "weyzero",
    "w/ro",
    "weyzerit",
    // Austrian and German academic degrees worn as titles before a name: "Mag." (a master's,
    // "Mag.a" for a woman), "Dkfm." (a commerce degree).
    "mag",
    "mag.",
    "mag.a",
    "dkfm",
    "dkfm.",
    // Turkish professional titles before a name: a lawyer "Av." (avukat), an associate
    // professor "Doç.", an assistant one "Dr. Öğr. Üyesi", a specialist physician "Uzm.".
    "av",
    "av.",
    "doç.",
    "doç",
    "uzm.",
    // Swahili styles: an elder "Mzee", a man "Bwana" ("Bw."), a woman "Bi.".
    "mzee",
    "bwana",
    "bw.",
    "bi.",
    "representative",
    "congressman",
    "congresswoman",
    "ambassador",
    "consul general",
    "consul-general",
    "consul",
    "general",
    "gen.",
    // Ranks of armies and police forces ("Police Lieutenant General X", "Sergeant X").
    "lieutenant",
    "lt.",
    "major",
    "maj.",
    "sergeant",
    "sgt.",
    // Ranks as police and armed forces write them short ("Supt. Nadine Ouellette", "Det.
    // Insp. Ray Moss", "Capt. Ali Rahimi").
    "supt.",
    "chief supt.",
    "insp.",
    "det.",
    "det. supt.",
    "det. insp.",
    "det. sgt.",
    "staff sgt.",
    "cpl.",
    "cst.",
    "capt.",
    "cmdr.",
    "maj.",
    "brig.",
    "adm.",
    "gov.",
    "corporal",
    "constable",
    // A grand jury's, signing an indictment over the prosecutor's name.
    "foreperson",
    "commissioner",
    "colonel",
    "col.",
    // Thai police ranks, "Pol" before the military rank ("Pol Col Jane Roe", "Pol Maj Gen
    // ..."); "Pol" alone is a given name (Pol Pot).
    "pol col",
    "pol lt col",
    "pol gen",
    "pol lt gen",
    "pol maj gen",
    "pol maj",
    "pol capt",
    "pol lt",
    "pol sgt",
    "pol sgt maj",
    "pol snr sgt maj",
    "brigadier",
    // Indonesian police and army ranks, "Pol." after a police rank ("Kombes Pol. Jane Roe",
    // "Irjen Pol. X", "AKBP Y", "Letjen TNI Z").
    "kombes pol",
    "irjen pol",
    "brigjen pol",
    "komjen pol",
    "kombes",
    "irjen",
    "brigjen",
    "komjen",
    "akbp",
    "kompol",
    "iptu",
    "ipda",
    "aiptu",
    "bripka",
    "letjen tni",
    "mayjen tni",
    "letjen",
    "mayjen",
    // Two ranks in one, hyphenated or abbreviated as British and Iranian English papers
    // write them ("Brig-Gen Mohammad X", "Maj. Gen. Y").
    "brig-gen",
    "brig.-gen.",
    "brig. gen.",
    "maj-gen",
    "maj. gen.",
    "lt-gen",
    "lt. gen.",
    "lt-col",
    "lt. col.",
    "rear-adm",
    "vice-adm",
    "lieutenant-colonel",
    "lieutenant-general",
    "lieutenant-commander",
    "major-general",
    "brigadier-general",
    "commander",
    "commander-in-chief",
    "councillor",
    "councilor",
    "admiral",
    "captain",
    "judge",
    "justice",
    "chancellor",
    "governor",
    "mayor",
    "director",
    "chairman",
    "chairwoman",
    // English judges' styles before the surname ("Lady Justice Marsh", "Mr Justice Roe",
    // "Her Honour Judge Pryce").
    "lord justice",
    "lady justice",
    "mr justice",
    "mrs justice",
    "ms justice",
    "his honour judge",
    "her honour judge",
    "his honour",
    "her honour",
    // "Chair Jane Roe"; a committee's chair addressed as "Chair".
    "chair",
    // Officers of a club or a committee, named with their office in minutes.
    "treasurer",
    // British police ranks before the surname ("DC Jane Roe", "DCI Roe", "PC Doe").
    "dc",
    "dci",
    "pc",
    "sgt",
    "supt",
    // "Officer Zhao", "Police Officer Jane Roe".
    "officer",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sultan",
    "sheikh",
    // A peer by the title's surname ("Lord Cameron", "Baroness Hodge").
    "lord",
    "baroness",
    "baron",
    "viscount",
    "ayatollah",
    "hojatoleslam",
    "hojjatoleslam",
    "hojatolislam",
    "imam",
    "mullah",
    "cleric",
    "pope",
    "archbishop",
    "bishop",
    "rev.",
    "reverend",
    "father",
    "fr.",
    "msgr.",
    "monsignor",
    // A congregation's styles for its ministers and members ("Deacon Kim", "Elder Choi",
    // "Sister Lee", "Brother Jang").
    "pastor",
    "deacon",
    "deaconess",
    "elder",
    "brother",
    "sister",
    "rabbi",
    // A court's officers, signing its judgments ("Jane Roe, Deputy Registrar").
    "registrar",
    // Malaysian and Bruneian styles: federal and state titles ("Tan Sri", "Datuk Seri",
    // "Dato' Sri", a titled man's wife "Puan Sri", "Datin") and the forms of address "Tuan",
    // "Puan", "Encik" as letters and officials write them. (Not the pilgrim's "Haji", which
    // nicknames keep: "Haji Dadash".)
    "tan sri",
    "puan sri",
    "toh puan",
    "datuk seri",
    "datuk sri",
    "dato' seri",
    "dato' sri",
    "dato seri",
    "dato sri",
    "datuk",
    "dato'",
    "dato",
    "datin",
    "tuan",
    "puan",
    "encik",
]);

/// Words for a post in a body that open "X of the Body" ("Deputy Head of the ...", "Member of
/// the ...", "Acting Chair of ..."), besides the titles: the body is named after them.
pub(crate) const OFFICES_OF_A_BODY: &[&str] = &[
    "head",
    "deputy",
    "chief",
    "acting",
    "vice",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "member",
];

/// Burmese honorifics before a name, as written (capitalised): "U" and "Daw" for a man and a
/// woman of standing, "Ko" and "Ma" for younger ones, "Naw" (Karen) for a woman.
pub(crate) const BURMESE_HONORIFICS: &[&str] = &["U", "Daw", "Ko", "Ma", "Naw"];

/// Modifiers in front of a title ("Former Senators", "ex-President").
pub(crate) const TITLE_MODIFIERS: &[&str] = &[
    "former",
    "late",
    "acting",
    "then",
    "deputy",
    "ex",
    "assistant",
];

/// Endings of compound adjectives written before a name ("the Norway-based Iran Human Rights",
/// "the Iran-backed Houthis"): never part of the name.
pub(crate) const COMPOUND_ADJECTIVE_ENDINGS: &[&str] = &[
    "-based",
    "-backed",
    "-born",
    "-led",
    "-linked",
    "-aligned",
    "-affiliated",
    "-funded",
    "-registered",
    "-owned",
    "-run",
    "-language",
    "-speaking",
    "-sponsored",
    "-allied",
];

/// A word made an adjective of a name by one of those endings ("norway-based", in lower
/// case), more than the ending alone.
pub(crate) fn is_compound_adjective(lower: &str) -> bool {
    COMPOUND_ADJECTIVE_ENDINGS
        .iter()
        .any(|e| lower.len() > e.len() + 1 && lower.ends_with(e))
}

/// Common nouns that open sentences capitalised and name no one by themselves ("Media
/// enquiries should ...", "Police said ...").
pub(crate) static PLAIN_NOUNS: WordSet = WordSet::new(&[
    "media",
    "press",
    "news",
    "police",
    "security",
    "intelligence",
    "officials",
    "authorities",
    "prosecutors",
    "investigators",
    "lawyers",
    "judges",
    "diplomats",
    "relatives",
    "family",
    "families",
    "sources",
    "witnesses",
    "protesters",
    "activists",
    "residents",
    "citizens",
    "diaspora",
    "exiles",
    "dissidents",
    "youth",
    // The parties of a case as judgments and filings name them, capitalised ("the Claimant",
    // "the First Defendant").
    "claimant",
    "claimants",
    "defendant",
    "defendants",
    "applicant",
    "applicants",
    "respondent",
    "respondents",
    "appellant",
    "appellants",
    "petitioner",
    "plaintiff",
    "plaintiffs",
]);

/// Peoples' names that are common surnames too, so the place gazetteer leaves them out
/// (scripts/gen-places.py): alone before a noun they are the people's adjective.
pub(crate) const PEOPLES_ALSO_SURNAMES: &[&str] = &[
    "Baloch", "Baluch", "Balochi", "Tatar", "Kashmiri", "Ahmadi", "Sindhi", "Punjabi", "Bengali",
];

/// Nouns for people, their groups or their cause that a people's name qualifies ("Baloch
/// exiles", "Tatar community", "Kashmiri separatists").
pub(crate) static NOUNS_AFTER_A_PEOPLE: WordSet = WordSet::new(&[
    "exiles",
    "activists",
    "groups",
    "group",
    "community",
    "communities",
    "diaspora",
    "refugees",
    "separatists",
    "separatist",
    "nationalists",
    "nationalist",
    "insurgents",
    "insurgency",
    "militants",
    "militant",
    "rebels",
    "rebel",
    "students",
    "student",
    "leaders",
    "leader",
    "people",
    "politicians",
    "families",
    "organisations",
    "organizations",
    "parties",
    "party",
    "movement",
    "movements",
    "dissidents",
    "journalists",
    "women",
    "men",
    "youth",
    "tribes",
    "tribal",
    "language",
    "rights",
    "cause",
    "fighters",
    "areas",
    "region",
    "villages",
    "civilians",
    "protesters",
    "nationalism",
    "separatism",
    "victims",
]);

/// Lower-case nouns after a name that make it a criminal or militant group's: "the Zindashti
/// network", "the Foxtrot gang".
pub(crate) const GROUP_NOUNS: &[&str] = &[
    // A movement or militia named so ("the Falun Gong movement", "the Gulen movement").
    "movement",
    "militia",
    "network",
    "gang",
    "clan",
    "cartel",
    "ring",
    "syndicate",
    "mafia",
    // A force sent abroad, named before its noun ("the Multinational Security Support
    // mission").
    "mission",
];

/// Whether a lower-case word is one of [`GROUP_NOUNS`], singular or plural ("gang", "gangs").
pub(crate) fn is_group_noun(w: &str) -> bool {
    GROUP_NOUNS.contains(&w)
        || w.strip_suffix('s')
            .is_some_and(|one| GROUP_NOUNS.contains(&one))
}

/// Words before "by" in a wire's credit line ("Reporting by ...; Editing by ...").
pub(crate) const CREDIT_WORDS: &[&str] = &[
    "reporting",
    "editing",
    "writing",
    "written",
    "edited",
    "compiled",
    "produced",
    "photographs",
    "photos",
    "translated",
    "translation",
    // A film's credits ("Written and directed by Jane Roe").
    "directed",
    "filmed",
    "narrated",
    // A show's or a publication's credits ("Fact-checking by Jane Roe", "Mixed by John Doe").
    "fact-checking",
    "fact-checked",
    "mixed",
    "mastered",
    "illustrated",
    "illustrations",
    "designed",
];

/// The labels of a meeting's record before the names of who attended or sent apologies
/// ("Present: ...", "In attendance: ...", "Apologies: ...").
pub(crate) const ATTENDANCE_LABELS: &[&str] = &[
    "present",
    "members present",
    "also present",
    "in attendance",
    "also in attendance",
    "attending",
    "attendees",
    "apologies",
    "apologies for absence",
    "absent",
    "guests",
    "observers",
];

/// The words of a place's kind that close a place's name, capitalised, however much of a
/// person's or a body's name comes before them ("Julius Nyerere International Airport",
/// "Imam Khomeini Square").
/// Not a prison's, a hospital's or a police station's: the lists and reports name those as
/// bodies (Evin Prison).
pub(crate) const PLACE_KINDS: &[&str] = &[
    "airport",
    "stadium",
    "bridge",
    "square",
    "street",
    "avenue",
    "boulevard",
    "mosque",
    "cathedral",
    "highway",
    // A building's: "Office Building", "the Presidential Palace", "Freedom Tower".
    "building",
    "palace",
    "tower",
    "monument",
];

/// Lower-case nouns naming a kind of body, right before its name in apposition ("the rights
/// group Hengaw", "the news agency Fars", "the broadcaster Iran International").
pub(crate) static BODY_NOUNS: WordSet = WordSet::new(&[
    "group",
    "organisation",
    "organization",
    "agency",
    "company",
    "firm",
    "charity",
    "broadcaster",
    "newspaper",
    "daily",
    "weekly",
    "outlet",
    "website",
    // An online outlet or a reporters' project ("the investigative platform X", "the news
    // portal X").
    "platform",
    "portal",
    "magazine",
    "network",
    "movement",
    "militia",
    "channel",
    "ngo",
    "watchdog",
    "monitor",
    "foundation",
    "institute",
    "bank",
    "party",
    "station",
    // Companies by their trade ("the state airline Belavia", "the lender Bank Melli").
    "airline",
    "carrier",
    "lender",
    "insurer",
    "conglomerate",
]);

/// A legislature's houses, before the party a member sits for ("the National Assembly for the
/// X Party").
pub(crate) const LEGISLATIVE_HOUSES: &[&str] = &[
    "assembly",
    "parliament",
    "senate",
    "congress",
    "legislature",
];

/// The head words of a political party's name.
pub(crate) const PARTY_HEADS: &[&str] = &["party", "movement"];

/// The abbreviations news style writes after a town for US states and Canadian provinces
/// ("Fairfax, Va.", "Brampton, Ont."), without their last full stop.
pub(crate) static REGION_ABBREVIATIONS: WordSet = WordSet::new(&[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M",
    "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt", "Va",
    "Wash", "W.Va", "Wis", "Wyo", "D.C", "Ont", "Que", "Alta", "Sask", "Man", "B.C", "N.S", "N.B",
    "Nfld", "P.E.I", "N.W.T",
]);

/// Lower-case nouns naming a kind of outlet, right after its name ("the Anadolu news agency",
/// "the Kommersant newspaper", "the pro-government Sabah daily").
pub(crate) const OUTLET_NOUNS_AFTER: &[&str] = &[
    "news agency",
    "newspaper",
    "daily",
    "weekly",
    "broadcaster",
    "news website",
    "news site",
    "news outlet",
    "news portal",
    "news channel",
    "television channel",
    "tv channel",
    "magazine",
    // An outlet's desk or newsroom, crediting a translation or a compilation ("translated by
    // the Havana Chronicle desk").
    "desk",
    "newsroom",
];

/// Occupations: before a person's name they say one follows ("the blogger X"), after it in
/// apposition they say who the person is (", a blogger who ...").
pub(crate) static OCCUPATIONS: WordSet = WordSet::new(&[
    "caseworker",
    "blogger",
    "presenter",
    "campaigner",
    "writer",
    "poet",
    "editor",
    "correspondent",
    "lawmaker",
    "refugee",
    "exile",
    "historian",
    "scholar",
    "academic",
    "translator",
    "interpreter",
    "investigator",
    "detective",
    "entrepreneur",
    "pastor",
    "priest",
    "imam",
    "teacher",
    "lecturer",
    "doctor",
    "student",
    "victim",
    "witness",
    "courier",
    "informant",
    "bodyguard",
    "rapper",
    "singer",
    "artist",
    "photographer",
    "filmmaker",
    "comedian",
    "satirist",
    "footballer",
    "architect",
    "engineer",
    "economist",
    "novelist",
    "cartoonist",
    "musician",
    "actor",
    "actress",
    "physician",
    "nurse",
    // "the aid worker X", "a social worker, X".
    "worker",
    "preacher",
    // A friend named after the word ("her friend Jane Roe"), a colleague or a neighbour too.
    "friend",
    "colleague",
    "flatmate",
    "roommate",
    "neighbour",
    "neighbor",
    // A show's people ("host Jane Roe", "producer John Doe").
    "host",
    "co-host",
    "producer",
    // A CV's or a programme's people ("Intern, Tarsk Institute", "trainer Jane Roe").
    "intern",
    "trainer",
]);

/// Lower-case words right before a name that say a person follows ("lawyer Rudy Giuliani").
pub(crate) static PERSON_CUES: WordSet = WordSet::new(&[
    // "his solicitor Jane Roe", "the barrister John Doe".
    "solicitor",
    "barrister",
    "president",
    "vice-president",
    "lawyer",
    "attorney",
    "diplomat",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "chief",
    "director",
    "head",
    "judge",
    "prosecutor",
    "journalist",
    "reporter",
    "activist",
    "dissident",
    "defector",
    "cleric",
    "agent",
    "operative",
    "senator",
    "secretary",
    "chancellor",
    "mayor",
    "governor",
    "king",
    "queen",
    "prince",
    "sheikh",
    "sultan",
    "ayatollah",
    "businessman",
    "businesswoman",
    "founder",
    "chairman",
    "chairwoman",
    "chairperson",
    // "its chief executive, Jane Roe,", "the group's executive director Jane Roe".
    "executive",
    "member",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "suspect",
    "defendant",
    "analyst",
    "researcher",
    "professor",
    "officer",
    "colonel",
    "ruler",
    "dictator",
    "president-elect",
    "candidate",
    "negotiator",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "representative",
    "MP",
    // As the readers ask it, in lower case ("opposition MP Jane Roe").
    "mp",
]);

/// Roles in an appositive after a name (", a diplomat at ...", ", the President elect of ...").
pub(crate) static APPOSITIVE_ROLES: WordSet = WordSet::new(&[
    "diplomat",
    // Police ranks: "X, an RCMP superintendent", "X, a detective constable".
    "superintendent",
    "inspector",
    "constable",
    "sergeant",
    "commissioner",
    "co-founder",
    "cofounder",
    "co-chair",
    // "X, an ethnic Kazakh from ...": only a person is described so.
    "ethnic",
    // "X, Special Rapporteur on ...": the UN's independent experts.
    "rapporteur",
    "president",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "official",
    "ambassador",
    "envoy",
    "commander",
    "chief",
    "director",
    "head",
    "member",
    "founder",
    "chairman",
    "secretary",
    "lawyer",
    "journalist",
    "activist",
    "cleric",
    "agent",
    "operative",
    "senator",
    "businessman",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "citizen",
    "national",
    "resident",
    "former",
    "senior",
    "deputy",
    "prominent",
    "suspect",
    "adviser",
    "advisor",
    "professor",
    "officer",
    "general",
    "colonel",
    "mp",
    "chairwoman",
    "chairperson",
    "chair",
    "representative",
    "spokesperson",
    "driver",
    "assistant",
    "associate",
    "partner",
    // ", a senior fellow at ...", "is a research fellow".
    "fellow",
    "employee",
    "handler",
    "dissident",
    "researcher",
    "analyst",
    "businesswoman",
    "defendant",
    "attorney",
    "prosecutor",
    "judge",
    "mayor",
    "governor",
    // Trades only a person practises ("X, a barrister at ...", "Y, a blogger from ...").
    "barrister",
    "solicitor",
    "editor",
    "reporter",
    "correspondent",
    "blogger",
    "writer",
    "poet",
    "novelist",
    "teacher",
    "academic",
    "economist",
    "historian",
    "engineer",
    "doctor",
    "surgeon",
    "pastor",
    "priest",
    "translator",
    "photographer",
    // "his successor, X," and "her predecessor, Y,": only a person holds an office after or
    // before another.
    "successor",
    "predecessor",
    // What exiles and activists are called ("X, a Thai critic of the monarchy", "Y, an
    // administrator of a Facebook page", "Z, a development worker").
    "critic",
    "administrator",
    "coordinator",
    "campaigner",
    "organiser",
    "organizer",
    "volunteer",
    "monk",
    "advocate",
]);

/// Nouns before "of" that take a person ("the arrest of X", "the extradition of X").
pub(crate) const PERSON_OF_CUES: &[&str] = &[
    "arrest",
    "extradition",
    "release",
    "killing",
    "murder",
    "assassination",
    "detention",
    "trial",
    "conviction",
    "kidnapping",
    "abduction",
    "execution",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
];

/// Companies' legal forms, written after their names (lower case, without a final full stop).
pub(crate) static LEGAL_FORMS: WordSet = WordSet::new(&[
    "ltd",
    "llc",
    "llp",
    // A US professional firm's ("Roe Law PLLC").
    "pllc",
    "inc",
    "plc",
    "gmbh",
    "ag",
    "sa",
    "nv",
    "bv",
    "bvba",
    "sprl",
    "sarl",
    "srl",
    "spa",
    "fze",
    "fzco",
    "jsc",
    "pjsc",
    "ojsc",
    "oy",
    "b.v",
    "n.v",
    "s.a",
    "s.a.r.l",
    // Latin America, the Baltic and Nordic states, central and south-eastern Europe, Asia.
    "ltda",
    "s.a.s",
    "s.l",
    "s.p.a",
    "oü",
    "uab",
    "sia",
    "aps",
    "a/s",
    "asa",
    "oyj",
    "ab",
    "kft",
    "zrt",
    "s.r.o",
    "d.o.o",
    "doo",
    "eood",
    "ood",
    "pte",
    "pty",
    "bhd",
    "tbk",
    "fzc",
    "fzllc",
    "dmcc",
    // Associations without profit, as Belgium, France and Luxembourg register them
    // ("Radio Roe asbl"), and a German registered association ("Roe e.V.").
    "asbl",
    "vzw",
    "e.v",
    // Written out.
    "limited",
    "incorporated",
]);

/// Roles a transcript labels its speakers by ("Chair: Thank you").
pub(crate) const SPEAKER_ROLES: &[&str] = &[
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "moderator",
    "interviewer",
    "witness",
    "speaker",
    "presenter",
    "host",
    // A briefing's or an interview's questions and answers ("QUESTION: On Iran, ...").
    "question",
    "answer",
    "reporter",
    "participant",
    "operator",
    "audience",
    "interpreter",
    // A phone-in's ("CALLER (JANE ROE, LEEDS): ...") and a talk show's guests.
    "caller",
    "guest",
    "listener",
];

/// Nouns of kinship: a single name set off by commas after one is a person's, however a model
/// labelled it ("Mann's son, Tejpal, attended"): families are named by given names.
pub(crate) const KIN_NOUNS: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "widow",
    "widower",
    "cousin",
    "nephew",
    "niece",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "fiancé",
    "fiancée",
];

/// Verbs right after a name that say a person spoke ("Lena Morrow said").
pub(crate) const SPEECH_VERBS: &[&str] = &["said", "says", "told", "added", "wrote", "stated"];

/// Nouns after a possessive that take a person ("X's lawyer").
pub(crate) const PERSON_POSSESSIONS: &[&str] = &[
    "lawyer",
    "attorney",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "father",
    "mother",
    "family",
    "spokesman",
    "spokeswoman",
    "aide",
    "bodyguard",
];

pub(crate) fn is_appositive_role(w: &str) -> bool {
    APPOSITIVE_ROLES.contains(w) || OCCUPATIONS.contains(w)
}

/// Whether a lower-case word right before a name says a person follows.
pub(crate) fn is_person_cue(w: &str) -> bool {
    PERSON_CUES.contains(w) || OCCUPATIONS.contains(w)
}

/// Cue words before a name that are roles worth a claim ("lawyer Rudy Giuliani").
pub(crate) static ROLE_CUES: WordSet = WordSet::new(&[
    "bodyguard",
    "writer",
    "journalist",
    "activist",
    "president",
    "lawyer",
    "attorney",
    "diplomat",
    "minister",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "general",
    "commander",
    "chief",
    "director",
    "head",
    "judge",
    "prosecutor",
    "senator",
    "secretary",
    "chancellor",
    "mayor",
    "governor",
    "officer",
    "agent",
    "operative",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "chairman",
    "founder",
]);

/// Capitalised head words of organisation names. The bool: a public body of a state.
pub(crate) const ORG_HEADS: &[(&str, bool)] = &[
    ("ministry", true),
    ("department", true),
    // A finance ministry named as one word: "the U.S. Treasury", "HM Treasury".
    ("treasury", true),
    ("embassy", true),
    ("consulate", true),
    ("government", true),
    ("parliament", true),
    ("senate", true),
    ("house", false),
    ("congress", true),
    // "House of Representatives", "House of Commons", "House of Lords".
    ("representatives", true),
    ("commons", true),
    ("lords", true),
    ("court", true),
    ("police", true),
    ("army", true),
    ("navy", true),
    ("corps", true),
    ("guard", true),
    ("guards", true),
    ("pentagon", true),
    ("kremlin", true),
    ("majlis", true),
    ("prosecutor", true),
    ("prosecution", true),
    ("judiciary", true),
    ("council", false),
    // Research units by their own names ("the Digital Forensic Research Lab").
    ("lab", false),
    ("labs", false),
    ("laboratory", false),
    ("organization", false),
    ("organisation", false),
    ("agency", false),
    ("party", false),
    ("committee", false),
    ("commission", false),
    // A government's working bodies ("the Defending Democracy Taskforce").
    ("taskforce", false),
    ("union", false),
    ("company", false),
    ("corporation", false),
    ("bank", false),
    ("network", false),
    ("office", false),
    ("communities", false),
    ("community", false),
    ("foundation", false),
    ("institute", false),
    // "Bahrain Watch Collective", "the Tarsk Women's Collective".
    ("collective", false),
    // "the Eastern Partnership Civic Hub", "Tarsk Media Hub".
    ("hub", false),
    // "the Syrian Archive", "the National Archives": a body keeping records.
    ("archive", false),
    ("archives", false),
    ("university", false),
    ("association", false),
    ("front", false),
    ("movement", false),
    ("brigade", false),
    ("brigades", false),
    ("forces", false),
    ("force", false),
    ("service", false),
    ("services", false),
    ("group", false),
    // Barristers' and advocates' sets ("Doughty Street Chambers", "LCK Chambers").
    ("chambers", false),
    ("authority", false),
    ("administration", false),
    ("bureau", false),
    ("centre", false),
    ("center", false),
    ("assembly", false),
    ("league", false),
    ("federation", false),
    ("confederation", false),
    ("confédération", false),
    ("fédération", false),
    ("coalition", false),
    // Rights groups name themselves so: "Turkmen Initiative for Human Rights", "Syrian
    // Observatory for Human Rights". (Not "Watch": "Amnesty International and Human Rights
    // Watch" would read as one body's name; the well-known watchdogs are in the gazetteer.)
    ("initiative", false),
    // "Nile Rights Forum", "Uyghur Human Rights Project", a party's bloc ("Bloco de
    // Esquerda", "Bloque Nacionalista Galego").
    ("forum", false),
    ("project", false),
    // A publisher ("Zed Books", "Tarsk Books").
    ("books", false),
    // A state's register of bodies ("Registro Nacional de Asociaciones", "Companies
    // Registry").
    ("registry", true),
    ("registro", true),
    ("bloc", false),
    ("bloco", false),
    ("bloque", false),
    // "Freedom House Monitor"-style watchdogs and a ministry's sections ("Counterintelligence
    // and Export Control Section").
    ("monitor", false),
    ("section", false),
    ("observatory", false),
    ("alliance", false),
    ("trust", false),
    ("fund", false),
    ("airlines", false),
    ("airways", false),
    ("industries", false),
    // A company's name ends in what it does ("Arkan Logistics", "Sahand Trading").
    ("logistics", false),
    // A money exchange ("Aras Sarafi Exchange").
    ("exchange", false),
    ("trading", false),
    ("shipping", false),
    ("holding", false),
    ("holdings", false),
    ("enterprises", false),
    ("investments", false),
    ("technologies", false),
    ("ventures", false),
    ("ltd", false),
    ("inc", false),
    ("llc", false),
    ("gmbh", false),
    // Arabic words for a kind of armed group, opening its name: "Jaish al-Adl", "Kataib
    // Hezbollah", "Harakat al-Shabaab", "Liwa Fatemiyoun", "Hizb ut-Tahrir".
    ("jaish", false),
    ("jabhat", false),
    ("harakat", false),
    ("kataib", false),
    ("liwa", false),
    ("saraya", false),
    ("hizb", false),
    ("tanzim", false),
    ("jamaat", false),
    ("mojahedin", false),
    ("mujahedin", false),
    ("mujahidin", false),
    ("mojahedeen", false),
    ("hezbollah", false),
    ("hizballah", false),
    ("news", false),
    // A newspaper's masthead word ends its name ("Sudan Tribune", "Daily Gazette").
    ("times", false),
    ("post", false),
    ("tribune", false),
    ("gazette", false),
    ("chronicle", false),
    ("herald", false),
    ("observer", false),
    // A wire service's name ("Mogadishu Wire", "Business Newswire").
    ("wire", false),
    ("newswire", false),
    ("telegraph", false),
    ("courier", false),
    ("inquirer", false),
    ("standard", false),
    ("monitor", false),
    ("agency", false),
    ("television", false),
    ("radio", false),
    // Legislatures and assemblies by their own names ("the Mejlis of the Crimean Tatar
    // People", "the Verkhovna Rada", "the State Duma", "the Sejm").
    ("mejlis", true),
    ("majlis", true),
    ("majles", true),
    ("rada", true),
    ("duma", true),
    ("sejm", true),
    ("knesset", true),
    // "Vertikal Media", "Hromadske Media": an outlet's company.
    ("media", false),
    // "the World Food Programme", "a research programme's name": "the Gulf Rights Programme".
    ("programme", false),
    ("program", false),
    ("tv", false),
    ("interpol", true),
    ("europol", true),
    ("nations", false),
    ("directorate", true),
    // "the General Intelligence Presidency", "the Presidency of State Security".
    ("presidency", true),
    // "the General Staff", "the Joint Chiefs of Staff".
    ("staff", true),
    ("secretariat", true),
    ("command", true),
    ("division", false),
    // "the Counterterrorism Section" of a prosecutor's office.
    ("section", false),
    ("unit", false),
    ("regiment", true),
    ("battalion", true),
    ("militia", false),
    ("society", false),
    ("club", false),
    ("brotherhood", false),
    ("syndicate", false),
    ("cartel", false),
    ("mission", false),
    ("delegation", false),
    ("institution", false),
    ("academy", false),
    ("college", false),
    ("school", false),
    // A university's part ("Faculty of Law"), a profession's body ("the Integrated Bar of the
    // Philippines", "the Paris Bar").
    ("faculty", false),
    ("bar", false),
    // A journal by its title ("the Journal of Modern African Studies"), a panel a council
    // appoints ("the Panel of Experts").
    ("journal", false),
    ("panel", false),
    // An exhibiting institution, opening or closing its name ("Museum Oostergast", "the Aga
    // Khan Museum", "Galerie Lindqvist").
    ("museum", false),
    ("gallery", false),
    ("galerie", false),
    // A city's government ("the Municipality of Amsterdam", "Tehran Municipality").
    ("municipality", true),
    ("hospital", false),
    // A legal or a medical clinic ("Adilet Legal Clinic", "the Refugee Law Clinic").
    ("clinic", false),
    ("church", false),
    ("mosque", false),
    ("synagogue", false),
    ("cathedral", false),
    ("gurdwara", false),
    ("commissariat", true),
    // "Integrated Homicide Investigation Team", "Joint Terrorism Task Force".
    ("team", false),
    // Courts, prosecutors, police and ministries English reports name in their own language
    // ("Spain's National Court (Audiencia Nacional)", "the Policía Nacional", "the Parquet
    // national antiterroriste", "the Carabinieri", "the Istanbul Emniyet"): the word that
    // says what kind of body it is, first or last as the language puts it.
    ("audiencia", true),
    ("juzgado", true),
    ("fiscalía", true),
    ("fiscalia", true),
    ("policía", true),
    ("polícia", true),
    ("polizia", true),
    ("polizei", true),
    ("politie", true),
    ("polis", true),
    ("guardia", true),
    ("ministerio", true),
    ("ministério", true),
    ("ministero", true),
    ("ministerium", true),
    ("comisaría", true),
    ("cour", true),
    ("parquet", true),
    ("gendarmerie", true),
    // A French département's state office ("the Préfecture du Rhône"); not Japan's
    // unaccented prefectures, which are places.
    ("préfecture", true),
    ("carabinieri", true),
    // An Italian province's police headquarters and its state office ("the Questura di
    // Milano", "the Prefettura di Roma").
    ("questura", true),
    ("prefettura", true),
    ("procura", true),
    ("procuraduría", true),
    ("tribunale", true),
    ("tribunal", true),
    ("mahkemesi", true),
    ("emniyet", true),
    ("jandarma", true),
    ("bakanlığı", true),
    // Turkish bodies, their head word last ("Göçmenlerle Dayanışma Derneği", "İnsan Hakları
    // Vakfı", "Milli İstihbarat Teşkilatı").
    ("derneği", false),
    ("vakfı", false),
    ("partisi", false),
    ("birliği", false),
    ("federasyonu", false),
    ("konfederasyonu", false),
    ("sendikası", false),
    ("müdürlüğü", true),
    ("başkanlığı", true),
    ("teşkilatı", true),
    ("kurumu", true),
    ("üniversitesi", false),
    ("merkezi", false),
    ("platformu", false),
    ("meclisi", true),
    ("odası", false),
    ("komitesi", false),
    ("komisyonu", true),
    ("cemiyeti", false),
    ("inisiyatifi", false),
    // Swahili bodies, their head word first ("Kituo cha Sheria", "Chama cha Mapinduzi",
    // "Jumuiya ya Wazazi", "Wizara ya Mambo ya Ndani").
    ("kituo", false),
    ("chama", false),
    ("umoja", false),
    ("jumuiya", false),
    ("taasisi", false),
    ("shirika", false),
    ("baraza", true),
    ("wizara", true),
    ("mamlaka", true),
    ("idara", true),
    ("mtandao", false),
    // A support group named for whom it befriends ("Friends of the Earth", "Tarsk Friends
    // of Velden").
    ("friends", false),
    // Civil bodies English reports name in Spanish or Portuguese ("the Instituto Superior de
    // Arte", "the Movimiento San Isidro", "the Fundación Ciudadanía y Desarrollo").
    ("instituto", false),
    ("movimiento", false),
    ("movimento", false),
    ("fundación", false),
    ("fundação", false),
    ("serviço", true),
    ("servicio", true),
    ("asociación", false),
    ("associação", false),
    ("partido", false),
    ("frente", false),
    ("colectivo", false),
    ("coletivo", false),
    // A party's youth wing ("Juventud Sandinista", "Juventudes Socialistas").
    ("juventud", false),
    ("juventudes", false),
    ("juventude", false),
    ("sindicato", false),
    ("observatorio", false),
    ("observatório", false),
    ("consejo", true),
    ("conselho", true),
    ("centro", false),
    ("comisión", false),
    ("comissão", false),
    ("comité", false),
    ("comitê", false),
    ("universidad", false),
    ("universidade", false),
    ("defensoría", true),
    ("coordinadora", false),
    ("alianza", false),
    ("federación", false),
    ("federação", false),
    ("unión", false),
    ("união", false),
    // French, Spanish and Portuguese bodies named in capitals, head first ("Ligue
    // Djiboutienne des Droits Humains", "Direccion de Inteligencia", "La Voix de Djibouti").
    ("ligue", false),
    ("liga", false),
    ("collectif", false),
    ("colectivo", false),
    ("coletivo", false),
    // Czech, Slovak and Polish bodies named head first ("Spolek Svobodné Bělorusko",
    // "Deník Vltava", "Policie České republiky", "Stowarzyszenie Otwarta Białoruś").
    ("spolek", false),
    ("sdružení", false),
    ("nadace", false),
    ("nadácia", false),
    ("stowarzyszenie", false),
    ("fundacja", false),
    ("deník", false),
    ("denník", false),
    ("dziennik", false),
    ("policie", true),
    ("polícia", true),
    ("policja", true),
    ("dirección", true),
    ("direccion", true),
    ("direção", true),
    ("voix", false),
    // Dutch, German, French and Italian foundations and associations named head first
    // ("Stichting Vluchtelingenwerk", "Stiftung Asienhaus", "Vereniging Open Huis").
    ("stichting", false),
    ("vereniging", false),
    ("stiftung", false),
    ("verein", false),
    ("fondation", false),
    ("fondazione", false),
    ("associazione", false),
    // A watchdog named for what it watches ("Exil Watch Belgium", "Migrant Rights Watch").
    ("watch", false),
    // A studio's or a publisher's company by its trade ("Puente Audio", "Tarsk Productions",
    // "Velden Pictures"): see `MEDIA_COMPANY_HEADS`.
    ("audio", false),
    ("studios", false),
    ("productions", false),
    ("podcasts", false),
    ("pictures", false),
    ("films", false),
    ("entertainment", false),
];

/// Head words closing a media company's name by its trade ("Puente Audio", "Vertikal Media",
/// "Tarsk Productions"): no person's surname is one, so a name a model read as a person's
/// that ends on one is the company's.
pub(crate) const MEDIA_COMPANY_HEADS: &[&str] = &[
    "audio",
    "media",
    "studios",
    "productions",
    "podcasts",
    "pictures",
    "films",
    "entertainment",
];

/// Endings of common nouns, which a capitalised name part rarely has ("Directorate",
/// "Commission", "Security").
pub(crate) const COMMON_NOUN_ENDINGS: &[&str] = &[
    "ation", "ment", "ity", "ism", "ure", "ance", "ence", "ship", "hood", "ness", "ate", "tion",
    "sion",
];

pub(crate) fn looks_like_common_noun(lower: &str) -> bool {
    lower.len() >= 7 && COMMON_NOUN_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The honorifics before a person's surname, with or without their full stop: after one, a
/// surname in capitals is a transcript's speaker (Mr. HALE).
pub(crate) fn is_personal_honorific(lower: &str) -> bool {
    matches!(
        lower,
        "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr"
            // Spanish and Portuguese: a woman doctor, a lady, a young lady.
            | "dra." | "dra" | "sra." | "sra" | "srta." | "srta"
    )
}

/// A person's sex as a word before the name gives it: "Mrs"/"Ms"/"Dame" a woman's, "Mr"/"Sir"
/// a man's (with or without a full stop; French and German forms too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Female,
    Male,
}

pub(crate) fn sex_of_honorific(lower: &str) -> Option<Sex> {
    match lower.trim_end_matches('.') {
        "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "dame" | "lady" | "frau" | "sra"
        | "srta" | "dra" | "licda" => Some(Sex::Female),
        "mr" | "mister" | "sir" | "lord" | "monsieur" | "herr" => Some(Sex::Male),
        _ => None,
    }
}

/// What a hearing's transcript sets before a speaker's surname in capitals: an honorific or a
/// legislator's title ("Mr. HALE.", "Senator ROE.", "Chairman DOE.").
pub(crate) fn is_speaker_title(lower: &str) -> bool {
    is_personal_honorific(lower)
        || matches!(
            lower,
            "sen."
                | "rep."
                | "prof."
                | "senator"
                | "congressman"
                | "congresswoman"
                | "chairman"
                | "chairwoman"
        )
}

/// A style said of a dignitary after "Your", "His", "Her" or "Their" ("Your Excellency",
/// "His Majesty", "Her Royal Highness", "His Eminence"): a form of address, not a name.
pub(crate) fn is_style_of_address(lower: &str) -> bool {
    matches!(
        lower,
        "excellency"
            | "excellencies"
            | "majesty"
            | "highness"
            | "royal"
            | "grace"
            | "honour"
            | "honor"
            | "eminence"
            | "holiness"
            | "lordship"
            | "ladyship"
    )
}

/// Words that address or refer to a person without naming them ("the hon. Lady", "the
/// noble Lord", "Your Excellency"), besides the titles (Mr, Sir, Dame: see [`TITLES`]).
pub(crate) fn is_form_of_address(lower: &str) -> bool {
    matches!(
        lower,
        "lady"
            | "lord"
            | "madam"
            | "madame"
            | "gentleman"
            | "gentlemen"
            | "mister"
            | "excellency"
            | "honour"
            | "honor"
    )
}

/// Number words, which open sentences capitalised ("Two men were arrested").
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "dozen",
    "dozens",
    "both",
    "several",
    "many",
];

/// The generic words bodies are named with, which alone, capitalised (a sentence's first
/// word, a body named before), name none: "The Subcommittee will come to order", "Groups
/// such as ...".
pub(crate) static GENERIC_BODY_WORDS: WordSet = WordSet::new(&[
    "subcommittee",
    "committee",
    "taskforce",
    "group",
    "groups",
    "ministry",
    "ministries",
    "department",
    "departments",
    "agency",
    "agencies",
    "office",
    "council",
    "company",
    "companies",
    "organisation",
    "organization",
    "organisations",
    "organizations",
    "court",
    "courts",
    "commission",
    "service",
    "services",
    "authority",
    "authorities",
    "bureau",
    "unit",
    "units",
    "division",
    "brigade",
    "brigades",
    "force",
    "forces",
    "network",
    "networks",
    "front",
    "movement",
    "militia",
    "militias",
    "faction",
    "factions",
    "government",
    "governments",
]);

/// Adjectives that say what kind of unit a body is, not which: a body named by them and its head
/// word alone ("the Main Intelligence Directorate", "the Central Security Department") is a
/// unit whose parent's name, after "of", belongs to its own.
pub(crate) const BODY_ADJECTIVES: &[&str] = &[
    "main",
    "general",
    "central",
    "chief",
    "principal",
    "supreme",
    "higher",
    "special",
    "joint",
    "national",
    "federal",
    "state",
    "regional",
    "provincial",
    "military",
    "internal",
    "external",
    "foreign",
    "domestic",
    "political",
    "legal",
    "technical",
    "operational",
    "counter",
    "intelligence",
    "security",
    "investigative",
    "criminal",
];

/// Capitalised head words of named events.
pub(crate) const EVENT_HEADS: &[&str] = &[
    "gathering",
    "conference",
    "rally",
    "summit",
    "war",
    "uprising",
    "revolution",
    "olympics",
    "festival",
    "protests",
    "crisis",
    "massacre",
    "bombing",
    "attack",
    "attacks",
    "plot",
];

/// Capitalised head words of things that are neither entities nor events (agreements, laws).
pub(crate) static OTHER_HEADS: WordSet = WordSet::new(&[
    "plan",
    "agreement",
    "treaty",
    "accord",
    "deal",
    "act",
    "resolution",
    "convention",
    "law",
    "protocol",
    "year",
    "day",
    "prize",
    "award",
    "prizes",
    "awards",
    // "the Chatham House Rule": a rule named after a body, not the body.
    "rule",
    // Instruments of law: "Executive Order 13224", "the Special Economic Measures (Iran)
    // Regulations", "the Criminal Code".
    "order",
    "regulations",
    "regulation",
    "decree",
    "directive",
    "ordinance",
    "statute",
    "code",
    "street",
    "avenue",
    "square",
    // "the Entity List", "the Consolidated List": a list, not who keeps it.
    "list",
    // "the Foreign Influence Registration Scheme (FIRS)": a law's scheme, not who runs it.
    "scheme",
    // "the Anti-Terrorist Hotline": a number to call, not who answers it.
    "hotline",
    "helpline",
]);

/// What a minister or a secretary is in charge of, written before the title ("Foreign
/// Secretary X", "Security Minister X", "Home Secretary X").
pub(crate) static PORTFOLIOS: WordSet = WordSet::new(&[
    "foreign",
    "home",
    "interior",
    "defence",
    "defense",
    "justice",
    "security",
    "health",
    "finance",
    "treasury",
    "economy",
    "trade",
    "culture",
    "education",
    "energy",
    "environment",
    "transport",
    "labour",
    "labor",
    "agriculture",
    "immigration",
    "migration",
    "integration",
    "housing",
    "development",
    "intelligence",
    "homeland",
    "communications",
    "information",
    "broadcasting",
    "tourism",
    "sports",
    "youth",
    "planning",
    "petroleum",
    "mines",
    "fisheries",
    "infrastructure",
    // A police rank is the force's ("Police Lieutenant General X", "Police Colonel X").
    "police",
]);

/// Labels before a byline's names in the languages outlets print them ("Authors:", "Автор:",
/// "Auteur :", "Autorin:", "Yazar:"), lower case, without the colon.
pub(crate) const AUTHOR_LABELS: &[&str] = &[
    "author",
    "authors",
    "автор",
    "авторы",
    "автори",
    "аўтар",
    "auteur",
    "auteurs",
    "autor",
    "autora",
    "autores",
    "autorin",
    "autoren",
    "autore",
    "autori",
    "auteure",
    "yazar",
    "muallif",
    "muallifi",
    "avtor",
    "autorzy",
];

/// "Text: Jane Roe | 2. Dezember 2026", as German-language, Dutch and Nordic outlets credit a
/// writer over the article (a picture's is "Foto:"), lower case: a byline where a date goes
/// with it; alone, under a text, it is that text's credit.
pub(crate) const TEXT_LABELS: &[&str] = &["text", "texte", "testo", "tekst", "texto"];

/// The seats of power and the legislatures a capitalised word alone names ("the Kremlin",
/// "told Parliament", "Congress passed"), lower case. (Not "Senate" alone: a German court's
/// panel is its "Senate".)
pub(crate) const SEATS_OF_POWER: &[&str] = &[
    "pentagon",
    "kremlin",
    "parliament",
    "congress",
    "knesset",
    "duma",
    "sejm",
    "majlis",
];

/// Syllables of Cantonese, Mandarin (Wade-Giles, as Taiwan writes names) and Korean given
/// names as romanised, lower case, sorted: a hyphened word of two of them is a given name
/// ("Wing-sze", "Ka-chiu", "Ing-wen", "Jae-myung").
pub(crate) const ROMANISED_GIVEN_SYLLABLES: &[&str] = &[
    "a", "ah", "ai", "an", "ang", "beom", "bian", "bin", "bo", "byung", "chan", "chang", "chau",
    "che", "chee", "cheng", "cheong", "cheuk", "chi", "chia", "chiang", "chieh", "chien", "chih",
    "chin", "ching", "chiu", "cho", "choi", "chong", "chow", "chu", "chuen", "chul", "chun",
    "chung", "dae", "dong", "doo", "eun", "fai", "fan", "fat", "fei", "fong", "fu", "fuk", "fung",
    "gi", "gil", "gyu", "ha", "hae", "hak", "hang", "hao", "hei", "hing", "hiu", "ho", "hoi",
    "hok", "hon", "hong", "hoo", "hsien", "hsin", "hsiu", "hua", "huan", "hui", "hung", "hwa",
    "hwan", "hye", "hyo", "hyuk", "hyun", "in", "ing", "jae", "jeong", "jeou", "ji", "jin", "jing",
    "jong", "joo", "joon", "ju", "jun", "jung", "ka", "kai", "kam", "kan", "kang", "kau", "kei",
    "keung", "ki", "kin", "king", "kit", "kiu", "ko", "kok", "kong", "kuen", "kui", "kun", "kung",
    "kuo", "kwai", "kwan", "kwok", "kwong", "kyu", "kyung", "lai", "lam", "lan", "lap", "lee",
    "lei", "leung", "li", "lik", "lin", "ling", "lo", "lok", "long", "lui", "lun", "lung", "mak",
    "man", "mei", "men", "mi", "min", "ming", "mo", "mui", "mun", "myung", "nam", "nga", "ngai",
    "ngan", "ngok", "nin", "ning", "ok", "on", "pak", "pan", "pei", "peng", "pik", "ping", "po",
    "pong", "pui", "sai", "sam", "san", "sang", "sau", "seng", "seo", "seok", "seon", "seong",
    "sha", "shan", "sheung", "shi", "shing", "shu", "shui", "shun", "si", "sik", "sin", "sing",
    "siu", "so", "soo", "sook", "suk", "sum", "sun", "sung", "sze", "tai", "tak", "tam", "tan",
    "tat", "te", "teng", "tim", "tin", "ting", "to", "tong", "tsai", "tse", "tsun", "tsz", "tuen",
    "tung", "tze", "un", "wa", "wah", "wai", "wan", "wang", "wei", "wen", "wing", "wo", "won",
    "wong", "woo", "wu", "ya", "yan", "yat", "ye", "yee", "yeol", "yeon", "yeong", "yeung", "yi",
    "yik", "yim", "yin", "ying", "yip", "yiu", "yong", "yoon", "young", "yu", "yuen", "yuk", "yun",
];

/// A given name romanised from Cantonese, Mandarin or Korean, its syllables hyphened and the
/// second in small letters ("Wing-sze", "Ching-te", "Seo-yeon"); English's hyphened words
/// ("Self-made", "Long-term") are not made of such syllables.
pub(crate) fn romanised_hyphened_given(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else {
        return false;
    };
    let syllable = |s: &str| ROMANISED_GIVEN_SYLLABLES.binary_search(&s).is_ok();
    first.starts_with(|c: char| c.is_ascii_uppercase())
        && second.chars().all(|c| c.is_ascii_lowercase())
        && syllable(&first.to_ascii_lowercase())
        && syllable(second)
}

/// The syllables of Mandarin as Hanyu Pinyin writes them without tones, 'ü' as 'v', sorted: a
/// given name from China is one or two of them run together ("Jianwang", "Qiang", "Xiaobo").
pub(crate) const MANDARIN_SYLLABLES: &[&str] = &[
    "a", "ai", "an", "ang", "ao", "ba", "bai", "ban", "bang", "bao", "bei", "ben", "beng", "bi",
    "bian", "biao", "bie", "bin", "bing", "bo", "bu", "ca", "cai", "can", "cang", "cao", "ce",
    "cen", "ceng", "cha", "chai", "chan", "chang", "chao", "che", "chen", "cheng", "chi", "chong",
    "chou", "chu", "chua", "chuai", "chuan", "chuang", "chui", "chun", "chuo", "ci", "cong", "cou",
    "cu", "cuan", "cui", "cun", "cuo", "da", "dai", "dan", "dang", "dao", "de", "dei", "den",
    "deng", "di", "dia", "dian", "diao", "die", "ding", "diu", "dong", "dou", "du", "duan", "dui",
    "dun", "duo", "e", "ei", "en", "eng", "er", "fa", "fan", "fang", "fei", "fen", "feng", "fo",
    "fou", "fu", "ga", "gai", "gan", "gang", "gao", "ge", "gei", "gen", "geng", "gong", "gou",
    "gu", "gua", "guai", "guan", "guang", "gui", "gun", "guo", "ha", "hai", "han", "hang", "hao",
    "he", "hei", "hen", "heng", "hong", "hou", "hu", "hua", "huai", "huan", "huang", "hui", "hun",
    "huo", "ji", "jia", "jian", "jiang", "jiao", "jie", "jin", "jing", "jiong", "jiu", "ju",
    "juan", "jue", "jun", "ka", "kai", "kan", "kang", "kao", "ke", "ken", "keng", "kong", "kou",
    "ku", "kua", "kuai", "kuan", "kuang", "kui", "kun", "kuo", "la", "lai", "lan", "lang", "lao",
    "le", "lei", "leng", "li", "lia", "lian", "liang", "liao", "lie", "lin", "ling", "liu", "long",
    "lou", "lu", "luan", "lue", "lun", "luo", "lv", "ma", "mai", "man", "mang", "mao", "me", "mei",
    "men", "meng", "mi", "mian", "miao", "mie", "min", "ming", "miu", "mo", "mou", "mu", "na",
    "nai", "nan", "nang", "nao", "ne", "nei", "nen", "neng", "ni", "nian", "niang", "niao", "nie",
    "nin", "ning", "niu", "nong", "nou", "nu", "nuan", "nue", "nuo", "nv", "o", "ou", "pa", "pai",
    "pan", "pang", "pao", "pei", "pen", "peng", "pi", "pian", "piao", "pie", "pin", "ping", "po",
    "pou", "pu", "qi", "qia", "qian", "qiang", "qiao", "qie", "qin", "qing", "qiong", "qiu", "qu",
    "quan", "que", "qun", "ran", "rang", "rao", "re", "ren", "reng", "ri", "rong", "rou", "ru",
    "ruan", "rui", "run", "ruo", "sa", "sai", "san", "sang", "sao", "se", "sen", "seng", "sha",
    "shai", "shan", "shang", "shao", "she", "shei", "shen", "sheng", "shi", "shou", "shu", "shua",
    "shuai", "shuan", "shuang", "shui", "shun", "shuo", "si", "song", "sou", "su", "suan", "sui",
    "sun", "suo", "ta", "tai", "tan", "tang", "tao", "te", "teng", "ti", "tian", "tiao", "tie",
    "ting", "tong", "tou", "tu", "tuan", "tui", "tun", "tuo", "wa", "wai", "wan", "wang", "wei",
    "wen", "weng", "wo", "wu", "xi", "xia", "xian", "xiang", "xiao", "xie", "xin", "xing", "xiong",
    "xiu", "xu", "xuan", "xue", "xun", "ya", "yan", "yang", "yao", "ye", "yi", "yin", "ying", "yo",
    "yong", "you", "yu", "yuan", "yue", "yun", "za", "zai", "zan", "zang", "zao", "ze", "zei",
    "zen", "zeng", "zha", "zhai", "zhan", "zhang", "zhao", "zhe", "zhei", "zhen", "zheng", "zhi",
    "zhong", "zhou", "zhu", "zhua", "zhuai", "zhuan", "zhuang", "zhui", "zhun", "zhuo", "zi",
    "zong", "zou", "zu", "zuan", "zui", "zun", "zuo",
];

/// The commonest surnames of mainland China in Pinyin, lower case, sorted (the hundred-odd that
/// most of its people bear).
pub(crate) const CHINESE_SURNAMES: &[&str] = &[
    "ai", "bai", "bao", "bi", "bian", "cai", "cao", "cen", "chai", "chang", "chen", "cheng", "chu",
    "cui", "dai", "deng", "diao", "ding", "dong", "dou", "du", "duan", "fan", "fang", "fei",
    "feng", "fu", "gan", "gao", "ge", "geng", "gong", "gu", "guan", "guo", "han", "hao", "he",
    "hong", "hou", "hu", "hua", "huang", "ji", "jia", "jiang", "jiao", "jin", "kang", "kong",
    "kou", "kuang", "lai", "lan", "lei", "li", "lian", "liang", "liao", "lin", "ling", "liu",
    "long", "lou", "lu", "luo", "lv", "ma", "mao", "mei", "meng", "mi", "miao", "mo", "mu", "nie",
    "ning", "niu", "ou", "ouyang", "pan", "pang", "pei", "peng", "pu", "qi", "qian", "qiao", "qin",
    "qiu", "qu", "ran", "rao", "ren", "rong", "ruan", "shao", "shen", "sheng", "shi", "shu", "si",
    "song", "su", "sun", "tan", "tang", "tao", "tian", "tong", "wan", "wang", "wei", "wen", "weng",
    "wu", "xi", "xia", "xiang", "xiao", "xie", "xin", "xing", "xiong", "xu", "xue", "yan", "yang",
    "yao", "ye", "yi", "yin", "ying", "yu", "yuan", "yue", "yun", "zang", "zeng", "zha", "zhai",
    "zhan", "zhang", "zhao", "zheng", "zhong", "zhou", "zhu", "zhuang", "zhuo", "zou", "zuo",
];

/// Chinese surnames that are English words too, or open English phrases written in capitals
/// ("He", "Long", "Song", "Sun", "Fan"): they open a Chinese name only before a given name of
/// two syllables, which no English word after them is.
const SURNAMES_ALSO_ENGLISH: &[&str] = &[
    "bai", "bao", "fan", "gong", "he", "hong", "long", "ma", "mao", "mo", "pan", "pang", "ran",
    "song", "sun", "tan", "tang", "wan", "yang", "ye",
];

/// English words of one Mandarin syllable's spelling, which a capitalised word after a surname
/// is more often than a given name ("Lu Long", "Chen Man" are rare; "Li Men" is no one).
const ENGLISH_ONE_SYLLABLE: &[&str] = &[
    "ban", "bang", "bin", "can", "chin", "den", "fan", "gang", "hang", "hen", "long", "man", "men",
    "pan", "pen", "ran", "rang", "she", "sun", "tan", "ten", "tin", "wan", "ye", "yo", "you",
    "zen",
];

/// How many Mandarin syllables a word of Latin letters is made of, counted along the fewest
/// of them ("Jianwang" 2, "Xiaobo" 2, "Qiang" 1; a hyphen parts them: "Dan-yi" 2), or None
/// where the word is not made of them ("Bazghandi", "Peace").
pub(crate) fn mandarin_syllables(word: &str) -> Option<usize> {
    let lower = word.to_lowercase().replace('ü', "v");
    let mut total = 0;
    for part in lower.split('-') {
        let bytes = part.as_bytes();
        if part.is_empty() || !bytes.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        // fewest[i]: the fewest syllables that spell the first i letters.
        let mut fewest: Vec<Option<usize>> = vec![None; bytes.len() + 1];
        fewest[0] = Some(0);
        for i in 0..bytes.len() {
            let Some(before) = fewest[i] else {
                continue;
            };
            for j in i + 1..=(i + 6).min(bytes.len()) {
                if MANDARIN_SYLLABLES.binary_search(&&part[i..j]).is_ok()
                    && fewest[j].is_none_or(|f| f > before + 1)
                {
                    fewest[j] = Some(before + 1);
                }
            }
        }
        total += fewest[bytes.len()]?;
    }
    Some(total)
}

/// Two words that are a Chinese person's name: a surname and a given name of one or two
/// Mandarin syllables, in China's order ("Lu Jianwang", "Li Qiang", "Wang Dan-yi") or a
/// given name of two syllables and the surname after it, as the West writes them ("Jianwang
/// Lu"). No list knows most such given names, and they are no English words: a given name
/// of two syllables does not end as English words do on a silent 'e' ("Range", "Sense"),
/// one of one syllable is no English word ("Lu Man"), and a surname that is an English word
/// ("He", "Long") opens a name only before two syllables.
pub(crate) fn chinese_name(first: &str, second: &str) -> bool {
    let shaped = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(|c| c.is_ascii_uppercase())
            && w.split('-').skip(1).all(|p| !p.is_empty())
            && chars.all(|c| c.is_ascii_lowercase() || c == '-')
    };
    if !shaped(first) || !shaped(second) {
        return false;
    }
    let surname = |w: &str| {
        CHINESE_SURNAMES
            .binary_search(&w.to_lowercase().as_str())
            .is_ok()
    };
    let english_surname = |w: &str| SURNAMES_ALSO_ENGLISH.contains(&w.to_lowercase().as_str());
    // A silent 'e' closing an English word ("Range", "Lane", "Sense"): Pinyin's final 'e' is
    // a syllable of its own after "i", "u" or "y" ("Jie", "Xue", "Ye") or a consonant rarely
    // closing a given name.
    let english_ending = |w: &str| {
        let lower = w.to_lowercase();
        lower.ends_with('e') && !["ie", "ue", "ye", "ve"].iter().any(|e| lower.ends_with(e))
    };
    let given = |w: &str, surname_word: &str| match mandarin_syllables(w) {
        Some(1) => {
            !english_surname(surname_word)
                && !w.contains('-')
                && !ENGLISH_ONE_SYLLABLE.contains(&w.to_lowercase().as_str())
        }
        Some(2) => !english_ending(w),
        _ => false,
    };
    (surname(first) && given(second, first))
        || (surname(second)
            && !english_surname(second)
            && mandarin_syllables(first) == Some(2)
            && !first.contains('-')
            && !english_ending(first))
}

/// Countries as they name themselves, closing a body's national section ("Amnesty
/// International Deutschland", "Médecins Sans Frontières España").
pub(crate) const COUNTRIES_IN_THEIR_OWN_NAMES: &[&str] = &[
    "Deutschland",
    "Österreich",
    "Schweiz",
    "Suisse",
    "Svizzera",
    "España",
    "Italia",
    "Nederland",
    "België",
    "Belgique",
    "Sverige",
    "Norge",
    "Danmark",
    "Suomi",
    "Polska",
    "Česko",
    "Slovensko",
    "Magyarország",
    "Türkiye",
    "Brasil",
    "México",
];

/// Online platforms, named for the product more often than for the company that runs it:
/// "a Telegram channel", "her YouTube channel" name no body.
pub(crate) const PLATFORMS: &[&str] = &[
    "Telegram",
    "YouTube",
    "WhatsApp",
    "Facebook",
    "Instagram",
    "TikTok",
    "Signal",
    "Twitter",
    "WeChat",
    "Viber",
    "Snapchat",
    "Clubhouse",
    "VKontakte",
    "Rumble",
    "Threads",
    "Bluesky",
    "Patreon",
    "Substack",
    "Reddit",
    "Discord",
    "Twitch",
    "Vimeo",
    "Weibo",
    "Douyin",
    "Odnoklassniki",
    "Mastodon",
    "Spotify",
    "Skype",
    "Zoom",
];

/// Companies that run platforms, named alone as the body that acts ("Meta removed the page",
/// "Apple and Google pulled the app").
pub(crate) const PLATFORM_COMPANIES: &[&str] =
    &["Meta", "Google", "Apple", "Microsoft", "LinkedIn"];

/// Platforms and companies whose names are common words too ("Signal", "Threads", "Apple"):
/// read as the body only inside a sentence, where the capital is the name's.
pub(crate) const PLATFORMS_LIKE_WORDS: &[&str] = &[
    "Signal",
    "Threads",
    "Rumble",
    "Clubhouse",
    "Meta",
    "Apple",
    "Bluesky",
    "Zoom",
];

/// Lower-case nouns after a platform's name that make it the product ("Telegram channel").
pub(crate) const PLATFORM_THINGS: &[&str] = &[
    "channel", "channels", "account", "accounts", "page", "pages", "group", "groups", "chat",
    "chats", "video", "videos", "post", "posts", "app", "message", "messages", "profile",
    "profiles", "live", "stories", "story", "handle", "feed", "user", "users",
];

/// Letters written after a person's name for a rank, an office or an honour: not part of the
/// name (Alison Morgan KC, Jane Doe MP).
pub(crate) const POST_NOMINALS: &[&str] = &[
    "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "MPP", "OBE", "CBE", "MBE", "KBE", "DBE", "CMG",
    "KCMG", "GCMG", "PhD", "Esq",
];

/// An English judge's title written after the surname: Lord or Lady Justice, the Lord Chief
/// Justice, a Justice of the Supreme Court ("Marsh LJ"). A model reads the pair as a body.
pub(crate) const JUDGES_POST_NOMINALS: &[&str] = &["LJ", "LCJ", "JSC"];

/// Whether a word is one a person's name may be followed by: an honour, a degree, an office
/// or a judge's title.
pub(crate) fn is_post_nominal(w: &str) -> bool {
    POST_NOMINALS.contains(&w) || JUDGES_POST_NOMINALS.contains(&w)
}

/// Acronyms that name substances, weapons, concepts or currencies rather than bodies.
pub(crate) static NON_ENTITY_ACRONYMS: WordSet = WordSet::new(&[
    // Degrees, as a profile or a biography lists them ("University of X — BA, 2011").
    "BA",
    "MA",
    "BSc",
    "MSc",
    "LLB",
    "LLM",
    "MPhil",
    "TATP",
    "TNT",
    "RDX",
    "PETN",
    "HMTD",
    "IED",
    "IEDS",
    "ANFO",
    "UAV",
    "GDP",
    "CEO",
    // A curriculum vitae ("send a CV").
    "CV",
    // A mail's subject marks of a reply or a forward ("RE: ...", "FW: ...").
    "RE",
    "FW",
    "FWD",
    "CFO",
    "DNA",
    "AIDS",
    "HIV",
    "COVID",
    "AM",
    "PM",
    "BC",
    "AD",
    "OK",
    "TV",
    "PDF",
    "ID",
    "VIP",
    "WMD",
    "ICBM",
    "JCPOA",
    "SIM",
    "GPS",
    "USD",
    "EUR",
    "GBP",
    // The EU's High Representative and Vice-President, as its answers write the office
    // ("the HR/VP").
    "HR",
    "VP",
    // Court papers' words in capitals ("WHEREFORE, I respectfully request ...").
    "WHEREFORE",
    "WHEREAS",
    "THEREFORE",
    "ORDERED",
    "ADJUDGED",
    "DECREED",
    "SEALED",
    "COMPLAINT",
    "INDICTMENT",
    "COUNT",
    "AFFIDAVIT",
    // An executive order by its number ("pursuant to E.O. 13224").
    "E.O.",
    "EO",
    // Labels in capitals opening a post or a headline ("NEW: ...", "BREAKING: ...").
    "NEW",
    "BREAKING",
    "UPDATE",
    "UPDATED",
    "EXCLUSIVE",
    "LIVE",
    "WATCH",
    "THREAD",
    "ALERT",
    "URGENT",
    // A transcript's or subtitles' labels for who speaks or what shows ("NARRATOR:", "ON
    // SCREEN:", "CAPTION:").
    "NARRATOR",
    "CAPTION",
    "SCREEN",
    "INTERVIEWER",
    "VOICEOVER",
    "PRESENTER",
    // A court docket's kinds of filing, in capitals at an entry's start ("LETTER by USA as
    // to ...", "ORDER as to ...", "MOTION to Compel ...").
    "LETTER",
    "ORDER",
    "MOTION",
    "NOTICE",
    "INDICTMENT",
    "MEMORANDUM",
    "TRANSCRIPT",
    "JUDGMENT",
    "SEALED",
    "SUPERSEDING",
    "ENDORSED",
    "STIPULATION",
    // A sanctions list's fields and programme tags ("DOB 14 Mar 1978; POB Havana ...
    // [GLOMAG]").
    "DOB",
    "POB",
    "GLOMAG",
    "SDGT",
    "SDNTK",
    "NPWMD",
    "IFSR",
    // A diplomatic cable's markings and sections ("UNCLAS", "(SBU) SUMMARY: ... END
    // SUMMARY.", "COMMENT").
    "UNCLAS",
    "UNCLASSIFIED",
    "SBU",
    "NOFORN",
    "SUMMARY",
    "COMMENT",
    "END",
    // A notice's fields ("AGENCY:", "ACTION:", "DATES:").
    "DATES",
    "ACTION",
    // A broadcast transcript's roles and notes in capitals ("JANE ROE, HOST:", "(END
    // VIDEOTAPE)", "(CROSSTALK)").
    "HOST",
    "ANCHOR",
    "CORRESPONDENT",
    "REPORTER",
    "VIDEOTAPE",
    "CROSSTALK",
]);

/// Time zones written after a time of day ("18:40 GMT", "9 a.m. EST"). Some spell a body too
/// (Norway's PST), so they are no name only where the text writes them after a time.
pub(crate) static TIME_ZONES: WordSet = WordSet::new(&[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "MSK", "IST", "AEST", "AEDT", "JST", "HKT", "SGT", "IRST", "WIB", "WITA", "WIT",
    "ICT", "PHT", "KST", "PKT", "MYT", "AST", "GST", "TRT", "WAT", "CAT", "EAT", "SAST", "BRT",
    "ART", "NZST", "NZDT", "AWST", "ACST",
]);

/// A chat app's notice that a member made the group, before its quoted name, in the phone's
/// language ("Sam created group \"Watch\"", "Sam hat die Gruppe \"Watch\" erstellt").
pub(crate) const CHAT_GROUP_MADE: &[&str] = &[
    "created group ",
    "created the group ",
    "hat die Gruppe ",
    "a créé le groupe ",
    "creó el grupo ",
    "criou o grupo ",
    "ha creato il gruppo ",
];

/// A chat app's notice that a member renamed the group, before its quoted names ("from \"A\"
/// to \"B\"", or the new one alone), in the phone's language.
pub(crate) const CHAT_GROUP_RENAMED: &[&str] = &[
    "changed the group name",
    "changed the subject",
    "renamed the group",
    "changed this group's name",
    "hat den Gruppennamen",
    "a modifié le nom du groupe",
    "cambió el nombre del grupo",
    "cambió el asunto",
    "a modifié le sujet",
    "mudou o assunto",
    "alterou o assunto",
    "ha cambiato l'oggetto",
    "ha modificato l'oggetto",
    "mudou o nome do grupo",
    "ha cambiato il nome del gruppo",
];

/// Lower-case particles inside persons' names ("van den Berg", "bin Laden", "de la Cruz"; Malay
/// "binti", a daughter's "bin").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "la", "le", "du", "da", "dos", "das", "del", "della", "di",
    "bin", "ibn", "bint", "binti", "al", "el", "ter", "ten",
];

/// Labels of the line under a report naming who wrote or edited it ("Editor: Jane Roe",
/// "Reporter : John Doe"), as outlets in Indonesia and elsewhere close; the Indonesian ones
/// ("Penulis", "Redaktur", "Pewarta") and the Dutch, German and French editor's too.
pub(crate) const NEWS_CREDITS: [&str; 14] = [
    "editor",
    "reporter",
    "translator",
    "penulis",
    "redaktur",
    "pewarta",
    "editing",
    // Dutch, German, French, Italian, Spanish and Portuguese editors' lines.
    "eindredactie",
    "redactie",
    "redaktion",
    "rédaction",
    "redazione",
    "redacción",
    "redação",
];

/// A chat app's notice that a member added others, in the phone's language: the words
/// between the one who added and those added, and the words after them ("Ana Roe hat Jan Doe
/// hinzugefügt").
pub(crate) const CHAT_MEMBERS_ADDED: &[(&str, &str)] = &[
    (" added ", ""),
    (" añadió a ", ""),
    (" a ajouté ", ""),
    (" hat ", " hinzugefügt"),
    (" adicionou ", ""),
    (" ha aggiunto ", ""),
];

/// "By" before an author's name in the languages of outlets that publish English editions:
/// French, Spanish and Portuguese, German, Dutch, Italian, Swedish and Norwegian, Danish,
/// Indonesian and Malay ("Par Jeanne Roe | Publié le ...").
pub(crate) const FOREIGN_BY: &[&str] = &["Par", "Por", "Von", "Door", "Di", "Av", "Af", "Oleh"];

/// Given names common in news about the region and in Western politics. The gazetteer adds the
/// given names of every person on the loaded lists.
pub(crate) static GIVEN_NAMES: WordSet = WordSet::new(&[
    "abbas",
    "abdullah",
    "abu",
    "ahmad",
    "ahmed",
    "akbar",
    "ali",
    "amir",
    "asadollah",
    "assadollah",
    "ayman",
    "bashar",
    "cyrus",
    "ebrahim",
    "ehsan",
    "farshad",
    "hamid",
    "hassan",
    "hasan",
    "hossein",
    "hussein",
    "ibrahim",
    "javad",
    "karim",
    "mahmoud",
    "maryam",
    "massoud",
    "masoud",
    "mehdi",
    "mohammad",
    "mohammed",
    "muhammad",
    "mohsen",
    "mojtaba",
    "nasim",
    "osama",
    "qassem",
    "qasem",
    "rafael",
    "reza",
    "saddam",
    "saeed",
    "said",
    "yousef",
    "zahra",
    "fatemeh",
    "leila",
    "shirin",
    "narges",
    "nasrin",
    "ruhollah",
    "ahmadreza",
    "alireza",
    "gholam",
    "hamidreza",
    "jamshid",
    "kazem",
    "majid",
    "morteza",
    "navid",
    "omid",
    "parviz",
    "ramin",
    "saman",
    "vahid",
    "adam",
    "alan",
    "albert",
    "alex",
    "alexander",
    "andrew",
    "angela",
    "anna",
    "anthony",
    "barack",
    "ben",
    "benjamin",
    "bernie",
    "bill",
    "bob",
    "boris",
    "charles",
    "chris",
    "christopher",
    "daniel",
    "david",
    "donald",
    "edward",
    "elizabeth",
    "emmanuel",
    "emily",
    "eric",
    "frank",
    "george",
    "gordon",
    "harry",
    "helen",
    "henry",
    "hillary",
    "jack",
    "james",
    "jane",
    "jeff",
    "jennifer",
    "jim",
    "joe",
    "john",
    "joseph",
    "justin",
    "kamala",
    "karen",
    "kevin",
    "laura",
    "linda",
    "lisa",
    "mark",
    "martin",
    "mary",
    "michael",
    "mike",
    "mitch",
    "nancy",
    "newt",
    "nicolas",
    "olaf",
    "patrick",
    "paul",
    "peter",
    "richard",
    "rishi",
    "robert",
    "ron",
    "rudy",
    "sarah",
    "scott",
    "sebastian",
    "steve",
    "steven",
    "susan",
    "ted",
    "theresa",
    "thomas",
    "tom",
    "tony",
    "ursula",
    "vladimir",
    "william",
    "xi",
    "jean",
    "pierre",
    "francois",
    "marine",
    "hans",
    "karl",
    "heiko",
    "annalena",
    "sergei",
    "sergey",
    "dmitry",
    "alexei",
    "ivan",
    "olga",
    "ahmet",
    "recep",
    "mevlut",
    "kim",
    "carlos",
    "jose",
    "juan",
    "luis",
    "maria",
    "nicolás",
    "hugo",
]);

/// A place the gazetteer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Country,
    State,
    Region,
    City,
    Demonym,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Place {
    pub kind: PlaceKind,
    pub country: &'static str,
    pub population: u32,
}

static PLACES_TSV: &str = include_str!("../data/places.tsv");

/// The place gazetteer, keyed by the name as written (case matters: "Of" the town is not "of").
/// Fx-hashed: reading looks up nearly every run of capitalised words here, and the keys are
/// this table's own (a page's text is only looked up, never inserted, so it cannot flood it).
/// A writer's name without the city after its comma ("Jane Roe, Bern", as bylines and
/// credits give where one wrote): the name.
pub(crate) fn without_city_after(name: &str) -> &str {
    match name.rsplit_once(", ") {
        Some((who, city)) if places().contains_key(city.trim()) => who,
        _ => name,
    }
}

/// Whether a word is a people's name the place table knows ("Iranian", "Belgian").
pub(crate) fn is_demonym(w: &str) -> bool {
    places()
        .get(w)
        .is_some_and(|p| p.kind == PlaceKind::Demonym)
}

pub(crate) fn places() -> &'static FxHashMap<&'static str, Place> {
    static PLACES: OnceLock<FxHashMap<&'static str, Place>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut map = FxHashMap::with_capacity_and_hasher(40_000, Default::default());
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            let (Some(name), Some(kind), Some(country), Some(pop)) =
                (f.next(), f.next(), f.next(), f.next())
            else {
                continue;
            };
            let kind = match kind {
                "country" => PlaceKind::Country,
                "state" => PlaceKind::State,
                "region" => PlaceKind::Region,
                "demonym" => PlaceKind::Demonym,
                _ => PlaceKind::City,
            };
            let place = Place {
                kind,
                country,
                population: pop.parse().unwrap_or(0),
            };
            // GeoNames gives some cities with the Dutch word for city after their name
            // ("Almere Stad"), which reports never write: the bare name is the city too.
            if kind == PlaceKind::City {
                if let Some(bare) = name.strip_suffix(" Stad") {
                    map.entry(bare).or_insert(place);
                }
            }
            map.insert(name, place);
        }
        // Reports in English often drop a name's diacritics ("Malmo", "Zurich", "Sao Paulo"):
        // the name written in ASCII is the place too, where no place has that name. (Built
        // once for the process; the names live as long as the table.)
        // Only towns of some size: a small one's folded name is as likely a person's
        // ("Quillón").
        let ascii: Vec<(&'static str, Place)> = map
            .iter()
            .filter(|(name, place)| {
                !name.is_ascii() && (place.kind != PlaceKind::City || place.population >= 100_000)
            })
            .filter_map(|(name, place)| {
                let plain = without_diacritics(name)?;
                (plain.len() >= 3 && !map.contains_key(plain.as_str()))
                    .then(|| (&*Box::leak(plain.into_boxed_str()), *place))
            })
            .collect();
        for (name, place) in ascii {
            let kept = map.entry(name).or_insert(place);
            // Two places folding alike: the larger one.
            if kept.population < place.population {
                *kept = place;
            }
        }
        map
    })
}

/// A name's letters without their diacritics, case kept ("Malmö": "Malmo"); `None` where a
/// letter has no plain Latin form (another script) or a mark is no letter.
fn without_diacritics(name: &str) -> Option<String> {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if !c.is_alphabetic() {
            return None;
        }
        let plain = vigil_normalize::to_ascii(c.encode_utf8(&mut [0; 4]));
        let plain = plain.trim();
        if plain.is_empty() || !plain.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        let mut letters = plain.chars();
        if let Some(first) = letters.next() {
            out.push(if c.is_uppercase() {
                first.to_ascii_uppercase()
            } else {
                first
            });
        }
        out.extend(letters);
    }
    Some(out)
}

/// Months and weekdays, whole or as three-letter abbreviations ("Sept" too): dates, handled
/// by the date rules, never names. Longer prefixes are not taken: "Marc" is a name.
pub(crate) fn is_calendar(lower: &str) -> bool {
    use crate::dates::{MONTHS, WEEKDAYS};
    MONTHS.contains(&lower)
        || WEEKDAYS.contains(&lower)
        || lower == "sept"
        || (lower.len() == 3 && MONTHS.iter().any(|m| m.starts_with(lower)))
}

/// Kinds of piece a page names before its author ("An analysis by Jane Roe").
pub(crate) const PIECE_KINDS: &[&str] = &[
    "analysis",
    "commentary",
    "opinion",
    "essay",
    "column",
    "feature",
    "report",
    "story",
    "investigation",
    "explainer",
    "article",
    "brief",
    "policy brief",
    "research note",
    "op-ed",
];

pub(crate) fn org_head(lower: &str) -> Option<bool> {
    // Asked of nearly every word, many times: maps built once, not the tables searched.
    // Fx-hashed: the keys are the tables' own, a page's words are only looked up.
    type Heads = (FxHashMap<&'static str, bool>, FxHashMap<&'static str, ()>);
    static HEADS: OnceLock<Heads> = OnceLock::new();
    let (heads, legal_forms) = HEADS.get_or_init(|| {
        let mut heads = FxHashMap::default();
        // The table's first entry of a word wins, as a search in its order found it.
        for (w, public) in ORG_HEADS {
            heads.entry(*w).or_insert(*public);
        }
        (heads, LEGAL_FORMS.iter().map(|f| (*f, ())).collect())
    });
    heads.get(lower).copied().or_else(|| {
        // A company's legal form closes its name as a head word does ("Nimbus Hosting OÜ").
        legal_forms
            .contains_key(lower.trim_end_matches('.'))
            .then_some(false)
    })
}

/// A party's role in a case, after its name in a caption ("ACME LIMITED (Defendants)",
/// "JANE ROE, Claimant").
pub(crate) const PARTY_ROLES: &[&str] = &[
    "claimant",
    "claimants",
    "appellant",
    "appellants",
    "respondent",
    "respondents",
    "applicant",
    "applicants",
    "petitioner",
    "petitioners",
    "defendant",
    "defendants",
    "plaintiff",
    "plaintiffs",
    "intervener",
    "interveners",
];

/// A body's head word that a name for the body's aim follows, after "to" or "against":
/// "Committee to Protect Journalists", "Campaign against Arms Trade".
pub(crate) fn named_for_its_aim(lower: &str) -> bool {
    matches!(
        lower,
        "committee"
            | "campaign"
            | "coalition"
            | "alliance"
            | "movement"
            | "fund"
            | "initiative"
            | "network"
    )
}
