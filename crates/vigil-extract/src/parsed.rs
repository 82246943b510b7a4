//! Claims read from a dependency parse: who plotted against whom, who handed what to whom,
//! who arrested, charged or sentenced whom, and which court. The rules in `claims.rs` read
//! word order; a parse tells the doer from the one done to ("the plot against X was
//! organised by Y", "X, who supplied the couple with explosives, was arrested by Z").
//!
//! The parse comes from outside (the spaCy runtime reads only the sentences that carry a
//! trigger word, see [`wants_parse`]); labels are the ClearNLP set of spaCy's English
//! pipelines. Every walk over the tree is iterative and bounded by the sentence's length.

use crate::claims::{Claim, ClaimKind};
use crate::dates::DateMention;
use crate::mentions::{Extraction, MentionKind};

/// One sentence's tokens and dependency tree.
#[derive(Debug, Clone)]
pub struct ParsedSentence {
    /// Index into [`Extraction::sentences`].
    pub sentence: usize,
    /// Byte range of each token in the document's text.
    pub tokens: Vec<(usize, usize)>,
    /// Head of each token (an index into `tokens`; a root is its own head).
    pub heads: Vec<usize>,
    /// Dependency label of each token.
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Trigger {
    /// A word for plotting or conspiring.
    Plot,
    /// A plan, counted as a plot only when what is planned is an attack.
    Plan,
    /// An attack word: names a plot's target, and a plot itself after "tried to".
    Attack,
    /// "tried", "attempted", "sought": a plot when what was tried is an attack.
    Attempt,
    Arrest,
    Charge,
    Conviction,
    Supply,
}

fn trigger(word: &str) -> Option<Trigger> {
    Some(match word {
        "plot" | "plots" | "plotted" | "plotting" | "conspired" | "conspiring" | "conspiracy"
        | "masterminded" | "orchestrated" => Trigger::Plot,
        "plan" | "plans" | "planned" | "planning" => Trigger::Plan,
        "bomb" | "attack" | "attacks" | "target" | "targeting" | "targeted" | "kill"
        | "assassinate" | "assassination" | "murder" | "kidnap" | "abduct" | "bombing"
        | "strike" => Trigger::Attack,
        "tried" | "attempted" | "sought" | "intended" | "wanted" | "tries" | "attempting" => {
            Trigger::Attempt
        }
        "arrest" | "arrested" | "arrests" | "arresting" | "detained" | "detain" | "detention"
        | "apprehended" => Trigger::Arrest,
        "charged" | "charge" | "charges" | "indicted" | "indictment" | "indicts" => Trigger::Charge,
        "sentenced" | "sentencing" | "convicted" | "convicts" | "conviction" | "jailed" => {
            Trigger::Conviction
        }
        "supplied" | "provided" | "handed" | "gave" | "given" | "delivered" | "transferred"
        | "smuggled" | "supplying" | "providing" | "handing" | "giving" | "paid" | "pays"
        | "paying" => Trigger::Supply,
        _ => return None,
    })
}

/// Whether a sentence carries a word a claim could be read from: only those are parsed.
pub fn wants_parse(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && trigger(&w.to_lowercase()).is_some_and(|t| t != Trigger::Attack))
}

/// Where a sentence's clause starts after a dateline ("Milan, 20 March – A court ..." →
/// the offset of "A"): a parser reads the dateline as a subject. 0 without one.
pub fn after_dateline(sentence: &str) -> usize {
    let head = match sentence.char_indices().nth(80) {
        Some((at, _)) => &sentence[..at],
        None => sentence,
    };
    let Some((at, dash)) = ["–", "—", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|at| (at, *d)))
        .min()
    else {
        return 0;
    };
    let words = head[..at]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '.'))
        .filter(|w| !w.is_empty());
    let mut any = false;
    for w in words {
        any = true;
        if !w
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return 0;
        }
    }
    if !any {
        return 0;
    }
    let rest = &sentence[at + dash.len()..];
    at + dash.len() + (rest.len() - rest.trim_start().len())
}

/// Relative pronouns: the subject of a relative clause is the noun it hangs on.
const RELATIVE: &[&str] = &["who", "which", "that", "whom"];
/// Personal pronouns that stand for a person named shortly before.
const PERSONAL: &[&str] = &["he", "she", "him", "her"];
/// Nouns whose "of" or possessor is the party ("a rally of the X", "the X's conference",
/// "members of the X"): the gathering's organisers are a plot's target.
const GATHERINGS: &[&str] = &[
    "rally",
    "rallies",
    "gathering",
    "meeting",
    "conference",
    "event",
    "convention",
    "summit",
    "members",
    "supporters",
    "headquarters",
    "offices",
    "office",
    "leaders",
    "leadership",
    "activists",
    "demonstration",
    "protest",
    "congress",
    "delegation",
    "delegates",
];
/// Participles naming a gathering's host ("a rally organised by X").
const HOSTS: &[&str] = &[
    "hosted",
    "organised",
    "organized",
    "held",
    "sponsored",
    "convened",
    "staged",
    "run",
];
/// Verbs whose subject is behind the plot that is their object ("X orchestrated the plot").
const PLOT_AUTHORS: &[&str] = &[
    "organised",
    "organized",
    "orchestrated",
    "masterminded",
    "ordered",
    "led",
    "directed",
    "hatched",
    "devised",
    "planned",
    "financed",
    "approved",
    "coordinated",
    "ran",
];
/// Verbs whose subject carries out the arrest, charge or sentence that is their object ("a
/// court ordered the arrest of X"), unlike "Iran condemned the arrest of X".
const ACT_MAKERS: &[&str] = &[
    "ordered",
    "orders",
    "made",
    "carried",
    "conducted",
    "announced",
    "issued",
    "brought",
    "filed",
    "secured",
    "obtained",
    "handed",
    "imposed",
    "pronounced",
];
/// Dependency labels a phrase does not extend into: clauses and appositions hang other
/// parties on a name.
const PHRASE_STOPS: &[&str] = &[
    "relcl",
    "acl",
    "advcl",
    "ccomp",
    "xcomp",
    "appos",
    "parataxis",
    "punct",
    "poss",
    "prep",
    "cc",
];

/// The tree of one sentence with its children lists.
struct Tree<'a> {
    p: &'a ParsedSentence,
    text: &'a str,
    children: Vec<Vec<usize>>,
}

impl<'a> Tree<'a> {
    fn new(p: &'a ParsedSentence, text: &'a str) -> Tree<'a> {
        let n = p.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, &h) in p.heads.iter().enumerate() {
            if h != i && h < n {
                children[h].push(i);
            }
        }
        Tree { p, text, children }
    }

    fn len(&self) -> usize {
        self.p.tokens.len()
    }

    fn word(&self, i: usize) -> &'a str {
        let (a, b) = self.p.tokens[i];
        self.text.get(a..b).unwrap_or("")
    }

    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    fn label(&self, i: usize) -> &str {
        self.p.labels.get(i).map(String::as_str).unwrap_or("")
    }

    fn head(&self, i: usize) -> Option<usize> {
        let h = *self.p.heads.get(i)?;
        (h != i && h < self.len()).then_some(h)
    }

    fn child(&self, i: usize, labels: &[&str]) -> Option<usize> {
        self.children[i]
            .iter()
            .copied()
            .find(|&c| labels.contains(&self.label(c)))
    }

    /// The subject of `i` nearest to it: a dateline before the sentence's own subject is
    /// parsed as a second subject ("Rome, 12 March – Italian police arrested ...").
    fn subject(&self, i: usize) -> Option<usize> {
        self.children[i]
            .iter()
            .copied()
            .rfind(|&c| self.label(c) == "nsubj")
    }

    fn has_child(&self, i: usize, label: &str, words: &[&str]) -> bool {
        self.children[i].iter().any(|&c| {
            self.label(c) == label && (words.is_empty() || words.contains(&self.lower(c).as_str()))
        })
    }

    /// Objects of `i`'s prepositions among `preps` ("against X", "by Y"), the passive agent
    /// included when "by" is asked for.
    fn prep_objects(&self, i: usize, preps: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        for &c in &self.children[i] {
            let is_prep = matches!(self.label(c), "prep" | "agent");
            if is_prep && preps.contains(&self.lower(c).as_str()) {
                out.extend(
                    self.children[c]
                        .iter()
                        .copied()
                        .filter(|&o| matches!(self.label(o), "pobj" | "pcomp")),
                );
            }
        }
        out
    }

    /// `i` and the words it coordinates ("Beck and Varga").
    fn conjuncts(&self, i: usize) -> Vec<usize> {
        let mut out = vec![i];
        let mut k = 0;
        while k < out.len() && out.len() < self.len() {
            let cur = out[k];
            for &c in &self.children[cur] {
                if self.label(c) == "conj" && !out.contains(&c) {
                    out.push(c);
                }
            }
            k += 1;
        }
        out
    }

    /// The words of the phrase headed by `i`: its modifiers and coordinated words, not the
    /// clauses, appositions and prepositions hung on it ("of" after a gathering aside).
    fn phrase(&self, i: usize) -> Vec<usize> {
        let gathering = GATHERINGS.contains(&self.lower(i).as_str());
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(cur) = stack.pop() {
            for &c in &self.children[cur] {
                let label = self.label(c);
                let follow = !PHRASE_STOPS.contains(&label)
                    || (gathering && cur == i && label == "poss")
                    || (gathering && cur == i && label == "prep" && self.lower(c) == "of");
                if follow && !out.contains(&c) && out.len() < self.len() {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Every word under `i`, when there are at most `max`.
    fn subtree(&self, i: usize, max: usize) -> Option<Vec<usize>> {
        let mut out = vec![i];
        let mut stack = vec![i];
        while let Some(cur) = stack.pop() {
            for &c in &self.children[cur] {
                if self.label(c) != "punct" && !out.contains(&c) {
                    out.push(c);
                    stack.push(c);
                }
            }
            if out.len() > max {
                return None;
            }
        }
        out.sort_unstable();
        Some(out)
    }

    /// The words of a term or charge ("20 years in prison", "conspiracy to commit murder"):
    /// the whole phrase when short, its head phrase otherwise.
    fn term(&self, i: usize) -> Option<String> {
        match self.subtree(i, 12) {
            Some(mut words) => {
                // A "by" phrase hung inside the term names who acted, not the term.
                if let Some(by) = self.by_inside(i) {
                    words.retain(|&w| w < by);
                }
                self.span_words(&words)
            }
            None => self.words(i),
        }
    }

    /// A "by" preposition inside the phrase of `i` (the parser often hangs "charged with
    /// murder by prosecutors" on "murder"), at most twelve words down.
    fn by_inside(&self, i: usize) -> Option<usize> {
        self.subtree(i, 12)?
            .into_iter()
            .find(|&w| w != i && matches!(self.label(w), "prep" | "agent") && self.lower(w) == "by")
    }

    fn span_words(&self, words: &[usize]) -> Option<String> {
        let (a, _) = self.p.tokens[*words.first()?];
        let (_, b) = self.p.tokens[*words.last()?];
        let w = self.text.get(a..b)?.trim();
        (!w.is_empty()).then(|| w.to_string())
    }

    /// The phrase's words as written, for a party the document does not name ("German
    /// police"), at most eight words, without an article.
    fn words(&self, i: usize) -> Option<String> {
        // A short phrase whole ("a court in Milan"), else its head words.
        let mut phrase = match self.subtree(i, 6) {
            Some(all) if all.windows(2).all(|w| w[1] == w[0] + 1) => all,
            _ => self.phrase(i),
        };
        if phrase.len() > 8 {
            return None;
        }
        if phrase.len() > 1 && matches!(self.lower(phrase[0]).as_str(), "a" | "an" | "the") {
            phrase.remove(0);
        }
        self.span_words(&phrase)
    }
}

/// Adds `e` to `v` unless it is there already (parties in the order first named).
fn push_new(v: &mut Vec<usize>, e: usize) {
    if !v.contains(&e) {
        v.push(e);
    }
}

/// What the parse says of one trigger: parties as tokens, before they are resolved to the
/// document's entities.
#[derive(Default)]
struct Reading {
    actors: Vec<usize>,
    targets: Vec<usize>,
    /// Phrases naming a term or charge ("to 20 years in prison", "with conspiracy").
    terms: Vec<usize>,
    /// What was handed over.
    item: Option<usize>,
}

/// The reader of one document's parsed sentences.
struct Reader<'a> {
    text: &'a str,
    ex: &'a Extraction,
    dates: &'a [DateMention],
    /// The couple the rules found ("the couple" stands for both).
    couple: Option<(usize, usize)>,
}

impl Reader<'_> {
    /// The document entities a phrase names: persons, bodies, events. A pronoun stands for
    /// the person named last before it; "the couple" for both of the couple.
    fn entities(&self, t: &Tree, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for k in t.conjuncts(i) {
            let word = t.lower(k);
            if PERSONAL.contains(&word.as_str()) {
                out.extend(self.antecedent(t.p.tokens[k].0, t.p.sentence));
                continue;
            }
            if matches!(word.as_str(), "couple" | "pair") {
                if let Some((a, b)) = self.couple {
                    out.extend([a, b]);
                    continue;
                }
            }
            let mut found = self.entities_of_phrase(t, &t.phrase(k));
            // "X, the diplomat accused of ...": the noun stands in apposition to the name;
            // "an exiled party, the X": the name in apposition to the noun.
            if found.is_empty() && t.label(k) == "appos" {
                if let Some(h) = t.head(k) {
                    found = self.entities_of_phrase(t, &t.phrase(h));
                }
            }
            if found.is_empty() {
                if let Some(a) = t.child(k, &["appos"]) {
                    found = self.entities_of_phrase(t, &t.phrase(a));
                }
            }
            // "the suspects, named only as X and Y": the names the participle gives.
            if found.is_empty() {
                for acl in t.children[k].iter().copied().filter(|&c| {
                    t.label(c) == "acl"
                        && matches!(
                            t.lower(c).as_str(),
                            "named" | "identified" | "known" | "described" | "listed"
                        )
                }) {
                    for o in t.prep_objects(acl, &["as"]) {
                        for c in t.conjuncts(o) {
                            for e in self.entities_of_phrase(t, &t.phrase(c)) {
                                push_new(&mut found, e);
                            }
                        }
                    }
                }
            }
            // "a conference hosted by X": a gathering's host is one it was aimed at.
            if GATHERINGS.contains(&word.as_str()) {
                for acl in t.children[k]
                    .iter()
                    .copied()
                    .filter(|&c| t.label(c) == "acl" && HOSTS.contains(&t.lower(c).as_str()))
                {
                    if let Some(host) = by_agent(t, acl) {
                        let mut named = self.entities_of_phrase(t, &t.phrase(host));
                        if named.is_empty() {
                            if let Some(a) = t.child(host, &["appos"]) {
                                named = self.entities_of_phrase(t, &t.phrase(a));
                            }
                        }
                        for e in named {
                            push_new(&mut found, e);
                        }
                    }
                }
            }
            for e in found {
                push_new(&mut out, e);
            }
        }
        out
    }

    fn entities_of_phrase(&self, t: &Tree, phrase: &[usize]) -> Vec<usize> {
        let mut found = Vec::new();
        for m in &self.ex.mentions {
            let Some(e) = m.entity else { continue };
            if !(m.kind.is_party() || m.kind == MentionKind::Event) {
                continue;
            }
            if phrase.iter().any(|&w| {
                let (a, b) = t.p.tokens[w];
                a < m.end && b > m.start
            }) {
                push_new(&mut found, e);
            }
        }
        found
    }

    /// The person named last before `at`, in this sentence or the two before it.
    fn antecedent(&self, at: usize, sentence: usize) -> Option<usize> {
        self.ex
            .mentions
            .iter()
            .rfind(|m| m.kind == MentionKind::Person && m.end <= at && m.sentence + 2 >= sentence)
            .and_then(|m| m.entity)
    }

    fn place(&self, t: &Tree, i: usize) -> Option<usize> {
        // Places in the trigger's own phrase or its objects' ("arrested X in Antwerp").
        let mut stack = vec![i];
        let mut seen = vec![i];
        while let Some(cur) = stack.pop() {
            for &c in &t.children[cur] {
                if matches!(t.label(c), "relcl" | "ccomp" | "advcl" | "acl") || seen.contains(&c) {
                    continue;
                }
                seen.push(c);
                stack.push(c);
                if t.label(c) == "prep" && matches!(t.lower(c).as_str(), "in" | "at" | "near") {
                    for &o in &t.children[c] {
                        let (a, b) = t.p.tokens[o];
                        if let Some(m) = self
                            .ex
                            .mentions
                            .iter()
                            .find(|m| m.kind == MentionKind::Place && m.start < b && m.end > a)
                        {
                            return m.entity;
                        }
                    }
                }
            }
        }
        None
    }

    fn date(&self, sentence: usize) -> Option<String> {
        let s = self.ex.sentences.get(sentence)?;
        self.dates
            .iter()
            .filter(|d| d.span.start >= s.start && d.span.end <= s.end)
            .find_map(|d| d.value.clone())
    }
}

/// The doer of `t`: its own subject, else the party of the verb it depends on ("X plotted to
/// bomb", "X was charged with plotting": X; "police arrested X for plotting": X, the object
/// before the subject), else the noun a relative clause or participle hangs on ("the diplomat
/// accused of plotting").
fn doer(t: &Tree, trig: usize) -> Option<usize> {
    let relative_or = |s: usize, verb: usize| {
        if RELATIVE.contains(&t.lower(s).as_str()) {
            t.head(verb)
        } else {
            Some(s)
        }
    };
    if let Some(s) = t.subject(trig) {
        return relative_or(s, trig);
    }
    let mut cur = trig;
    for _ in 0..5 {
        let via = t.label(cur);
        match via {
            "relcl" | "acl" => return t.head(cur),
            "xcomp" | "conj" | "pcomp" | "prep" | "advcl" => {}
            _ => return None,
        }
        let h = t.head(cur)?;
        let order: &[&[&str]] = if matches!(via, "xcomp" | "pcomp" | "prep") {
            &[&["dobj", "nsubjpass"], &["nsubj"]]
        } else {
            &[&["nsubj", "nsubjpass"]]
        };
        for labels in order {
            if let Some(s) = t.child(h, labels) {
                return relative_or(s, h);
            }
        }
        cur = h;
    }
    None
}

/// The one done to: the passive subject or the object, inherited along coordinated verbs
/// ("X was arrested and charged"), or the noun a participle hangs on ("the couple arrested
/// in Belgium").
fn done_to(t: &Tree, trig: usize) -> Option<usize> {
    if let Some(s) = t.child(trig, &["nsubjpass"]) {
        if RELATIVE.contains(&t.lower(s).as_str()) {
            return t.head(trig);
        }
        return Some(s);
    }
    if let Some(o) = t.child(trig, &["dobj"]) {
        return Some(o);
    }
    match t.label(trig) {
        "acl" => t.head(trig),
        "conj" => {
            let h = t.head(trig)?;
            t.child(h, &["nsubjpass", "dobj"])
        }
        _ => None,
    }
}

/// The passive agent or a "by" phrase of the trigger.
fn by_agent(t: &Tree, trig: usize) -> Option<usize> {
    t.prep_objects(trig, &["by"]).into_iter().next()
}

fn is_noun_use(t: &Tree, i: usize) -> bool {
    matches!(
        t.label(i),
        "nsubj" | "nsubjpass" | "dobj" | "pobj" | "attr" | "appos" | "npadvmod" | "compound"
    ) || t.lower(i) == "conspiracy"
}

/// Targets of an attack word: its object ("to bomb the rally"), or what it is against or on
/// ("an attack on X", "the murder of X").
fn attack_targets(t: &Tree, a: usize) -> Vec<usize> {
    let mut out: Vec<usize> = t.prep_objects(a, &["against", "on", "targeting", "at"]);
    if let Some(o) = t.child(a, &["dobj"]) {
        out.push(o);
    }
    if is_noun_use(t, a) {
        out.extend(t.prep_objects(a, &["of"]));
    }
    out
}

/// An attack word hanging on `i` ("plotted to bomb", "plot to kill", "planned an attack").
fn attack_under(t: &Tree, i: usize) -> Option<usize> {
    t.children[i].iter().copied().find(|&c| {
        matches!(t.label(c), "xcomp" | "acl" | "dobj" | "advcl" | "conj")
            && trigger(&t.lower(c)) == Some(Trigger::Attack)
    })
}

fn read_plot(t: &Tree, i: usize, kind: Trigger) -> Option<Reading> {
    let mut r = Reading::default();
    // "X conspired with Y": Y plotted too.
    if !is_noun_use(t, i) {
        r.actors.extend(t.prep_objects(i, &["with"]));
    }
    let attack = match kind {
        Trigger::Attack => Some(i),
        _ => attack_under(t, i),
    };
    if matches!(kind, Trigger::Plan) && attack.is_none() {
        return None;
    }
    r.targets
        .extend(t.prep_objects(i, &["against", "on", "targeting"]));
    if let Some(a) = attack.filter(|&a| a != i) {
        r.targets.extend(attack_targets(t, a));
    } else if kind == Trigger::Attack {
        r.targets.extend(attack_targets(t, i));
    }
    if is_noun_use(t, i) {
        // "X's plot", "a plot by X".
        if let Some(p) = t.child(i, &["poss"]) {
            r.actors.push(p);
        }
        r.actors.extend(by_agent(t, i));
        let head = t.head(i);
        match (t.label(i), head) {
            // "X orchestrated the plot"; "the plot was organised by X".
            ("dobj", Some(h)) if PLOT_AUTHORS.contains(&t.lower(h).as_str()) => {
                r.actors.extend(t.subject(h));
            }
            ("nsubjpass", Some(h)) if PLOT_AUTHORS.contains(&t.lower(h).as_str()) => {
                r.actors.extend(by_agent(t, h));
            }
            ("pobj", Some(h)) => {
                let verb = t.head(h);
                match (t.lower(h).as_str(), verb) {
                    // "X was behind the plot".
                    ("behind", Some(v)) => r.actors.extend(t.subject(v)),
                    // "X was the target of the plot".
                    ("of", Some(v)) if matches!(t.lower(v).as_str(), "target" | "targets") => {
                        if let Some(cop) = t.head(v) {
                            r.targets.extend(t.subject(cop));
                        }
                    }
                    // "accused of plotting", "arrested over the plot".
                    _ => r.actors.extend(doer(t, i)),
                }
            }
            _ => {}
        }
    } else {
        r.actors.extend(doer(t, i));
        if kind == Trigger::Attack {
            // Only a tried attack is a plot: "X tried to bomb Y".
            let h = t.head(i)?;
            if t.label(i) != "xcomp" || trigger(&t.lower(h)) != Some(Trigger::Attempt) {
                return None;
            }
        }
    }
    Some(r)
}

fn read_act(t: &Tree, i: usize) -> Reading {
    let mut r = Reading::default();
    if is_noun_use(t, i) {
        // "the arrest of X by Y", "X's arrest", "charges against X", "the arrest in Germany
        // of X" (where "of" hangs on the place).
        r.targets.extend(t.prep_objects(i, &["of", "against"]));
        for o in t.prep_objects(i, &["in", "at"]) {
            r.targets.extend(t.prep_objects(o, &["of"]));
        }
        r.targets.extend(t.child(i, &["poss"]));
        r.actors.extend(by_agent(t, i));
        // "a court ordered the arrest of X", "prosecutors filed charges against X".
        if let Some(h) = t.head(i).filter(|_| t.label(i) == "dobj") {
            if ACT_MAKERS.contains(&t.lower(h).as_str()) && r.actors.is_empty() {
                r.actors.extend(t.subject(h));
            }
        }
    } else {
        r.targets.extend(done_to(t, i));
        if t.child(i, &["nsubjpass"]).is_some() || t.label(i) == "acl" {
            r.actors.extend(by_agent(t, i));
        } else {
            match t.subject(i) {
                Some(s) if RELATIVE.contains(&t.lower(s).as_str()) => r.actors.extend(t.head(i)),
                Some(s) => r.actors.push(s),
                None => r.actors.extend(by_agent(t, i)),
            }
        }
    }
    // Courts and the term: "in a Paris court", "to 20 years", "with murder", "of terrorism".
    r.terms
        .extend(t.prep_objects(i, &["to", "with", "for", "of"]));
    if r.actors.is_empty() && t.child(i, &["nsubj"]).is_none() {
        let by = r.terms.iter().find_map(|&k| t.by_inside(k));
        if let Some(by) = by {
            r.actors.extend(
                t.children[by]
                    .iter()
                    .copied()
                    .filter(|&o| t.label(o) == "pobj"),
            );
        }
    }
    r
}

fn read_supply(t: &Tree, i: usize) -> Option<Reading> {
    let mut r = Reading::default();
    let passive = t.child(i, &["nsubjpass"]);
    if matches!(t.lower(i).as_str(), "paid" | "pays" | "paying") {
        // Paying: the one paid is the passive subject or the first object ("X was paid by
        // Y", "Y paid X 5,000 euros"), the money the second object or none.
        r.actors.extend(match passive {
            Some(_) => by_agent(t, i),
            None => doer(t, i),
        });
        let dobj = t.child(i, &["dobj"]);
        match (passive, t.child(i, &["dative"])) {
            (Some(p), _) => {
                r.targets.push(p);
                r.item = dobj;
            }
            (None, Some(d)) => {
                r.targets.push(d);
                r.item = dobj;
            }
            (None, None) => {
                r.targets.extend(t.prep_objects(i, &["to"]));
                r.item = dobj;
            }
        }
        return Some(r);
    }
    match passive {
        // "the explosives were supplied by X to Y".
        Some(item) => {
            r.item = Some(item);
            r.actors.extend(by_agent(t, i));
        }
        None => r.actors.extend(doer(t, i)),
    }
    let with = t.prep_objects(i, &["with"]);
    let to = t.prep_objects(i, &["to"]);
    let dobj = t.child(i, &["dobj"]);
    if let Some(dative) = t.child(i, &["dative"]) {
        r.targets.push(dative);
        r.item = r.item.or(dobj);
    } else if !with.is_empty() {
        // "supplied the couple with explosives".
        r.targets.extend(dobj);
        r.item = with.first().copied();
    } else {
        r.item = r.item.or(dobj);
    }
    r.targets.extend(to);
    r.item?;
    Some(r)
}

/// Claims read from the parsed sentences of a document. `couple` is the pair of persons the
/// rules read as a couple, for "the couple".
pub fn parsed_claims(
    text: &str,
    ex: &Extraction,
    dates: &[DateMention],
    parses: &[ParsedSentence],
    couple: Option<(usize, usize)>,
    attribution: impl Fn(usize) -> Option<(String, Option<usize>)>,
) -> Vec<Claim> {
    let reader = Reader {
        text,
        ex,
        dates,
        couple,
    };
    let mut out: Vec<Claim> = Vec::new();
    for p in parses {
        let n = p.tokens.len();
        if p.heads.len() != n || p.labels.len() != n {
            continue;
        }
        let Some(span) = ex.sentences.get(p.sentence).copied() else {
            continue;
        };
        let t = Tree::new(p, reader.text);
        for i in 0..n {
            let Some(kind) = trigger(&t.lower(i)) else {
                continue;
            };
            // "was not charged", "could be sentenced": no claim.
            if t.has_child(i, "neg", &[])
                || t.has_child(i, "aux", &["may", "might", "could", "would", "should"])
            {
                continue;
            }
            let (claim_kind, reading) = match kind {
                Trigger::Plot | Trigger::Plan | Trigger::Attack => {
                    // An attack word under a plot word is read with that plot.
                    let under_plot = t.head(i).is_some_and(|h| {
                        matches!(trigger(&t.lower(h)), Some(Trigger::Plot | Trigger::Plan))
                    });
                    if kind == Trigger::Attack && under_plot {
                        continue;
                    }
                    match read_plot(&t, i, kind) {
                        Some(r) => (ClaimKind::Plot, r),
                        None => continue,
                    }
                }
                Trigger::Attempt => continue,
                Trigger::Arrest => (ClaimKind::Arrest, read_act(&t, i)),
                Trigger::Charge => (ClaimKind::Charge, read_act(&t, i)),
                Trigger::Conviction => (ClaimKind::Conviction, read_act(&t, i)),
                Trigger::Supply => match read_supply(&t, i) {
                    Some(r) => (ClaimKind::Supply, r),
                    None => continue,
                },
            };
            let resolve = |toks: &[usize]| -> Vec<usize> {
                let mut v = Vec::new();
                for &k in toks {
                    for e in reader.entities(&t, k) {
                        push_new(&mut v, e);
                    }
                }
                v
            };
            let actors = resolve(&reading.actors);
            let targets: Vec<usize> = resolve(&reading.targets)
                .into_iter()
                .filter(|e| !actors.contains(e))
                .collect();
            if actors.is_empty() && targets.is_empty() {
                continue;
            }
            // A court named as the doer or in a phrase of the act.
            let is_court = |e: &usize| {
                ex.entities.get(*e).is_some_and(|d| {
                    let l = d.name.to_lowercase();
                    l.contains("court") || l.contains("tribunal")
                })
            };
            // Each term's parties, once: a term that names a party is no term.
            let term_parties: Vec<Vec<usize>> = reading
                .terms
                .iter()
                .map(|&k| reader.entities(&t, k))
                .collect();
            let court = actors
                .iter()
                .chain(term_parties.iter().flatten())
                .copied()
                .find(is_court);
            let actor_words = if actors.is_empty() {
                reading
                    .actors
                    .first()
                    .filter(|&&a| !RELATIVE.contains(&t.lower(a).as_str()))
                    .and_then(|&a| t.words(a))
            } else {
                None
            };
            let terms: Vec<String> = reading
                .terms
                .iter()
                .zip(&term_parties)
                .filter(|(_, parties)| parties.is_empty())
                .filter_map(|(&k, _)| {
                    let prep = t.head(k).map(|h| t.lower(h)).unwrap_or_default();
                    t.term(k).map(|w| format!("{prep} {w}"))
                })
                .collect();
            let subject = actors
                .first()
                .or(targets.first())
                .copied()
                .unwrap_or(usize::MAX);
            let mut c = Claim::from_sentence(
                claim_kind,
                subject,
                p.sentence,
                span,
                attribution(p.sentence),
            );
            c.involved = actors.iter().chain(&targets).copied().collect();
            if let Some(court) = court {
                push_new(&mut c.involved, court);
            }
            if claim_kind == ClaimKind::Supply {
                c.object = targets.first().copied();
                c.item = reading.item.and_then(|k| t.words(k));
            } else if !terms.is_empty() {
                c.role = Some(terms.join("; "));
            }
            c.actors = actors;
            c.targets = targets;
            c.court = court;
            c.actor_words = actor_words;
            c.place = reader.place(&t, i);
            c.date = reader.date(p.sentence);
            c.parsed = true;
            let same = out.iter().any(|o| {
                o.kind == c.kind
                    && o.sentence == c.sentence
                    && o.actors == c.actors
                    && o.targets == c.targets
            });
            if !same {
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_is_left_out_of_the_parse() {
        let s = "Milan, 20 March – A court in Milan charged him.";
        assert_eq!(&s[after_dateline(s)..], "A court in Milan charged him.");
        let s = "OSLO (Wire) — Police detained two men.";
        assert_eq!(&s[after_dateline(s)..], "Police detained two men.");
        // A dash inside the clause is no dateline.
        let s = "Police said the man – a diplomat – was detained.";
        assert_eq!(after_dateline(s), 0);
        assert_eq!(after_dateline("No dash here."), 0);
    }

    #[test]
    fn only_sentences_with_a_trigger_are_parsed() {
        assert!(wants_parse("Police arrested two men."));
        assert!(wants_parse("The court SENTENCED him."));
        // An attack word alone says no plot.
        assert!(!wants_parse("The attack killed three people."));
        assert!(!wants_parse("The minister spoke in Paris."));
    }
}
