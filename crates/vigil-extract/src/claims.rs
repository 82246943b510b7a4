//! Relations and events as claims: each tied to its sentence, with who asserts it when the
//! report attributes it ("according to X", "X officials claim that", "X said").
//!
//! Rules over the mentions of one sentence: appositive roles ("X, a diplomat at the embassy"),
//! titles after a body ("NCRI President-elect X"), service phrases ("operative for", "head of"),
//! couples named together, arrests, handing things over, plots, designations and denials.

use crate::dates::DateMention;
use crate::mentions::{Extraction, MentionKind};
use crate::parsed::ParsedSentence;
use crate::sentences::Span;

/// What a claim says happened or holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A person holds a role, at a body when one is named (FtM Employment).
    Role,
    /// A person belongs to or acts for an organisation (FtM Membership).
    Membership,
    /// Two persons are family (FtM Family).
    Family,
    Arrest,
    /// Someone handed something to someone.
    Supply,
    /// A plot or attack.
    Plot,
    /// A listing or designation by an authority.
    Designation,
    /// An entity denies or rejects a claim.
    Denial,
    /// Someone is charged or indicted (by a prosecutor, in a court).
    Charge,
    /// Someone is convicted or sentenced (by a court), with the term.
    Conviction,
}

impl ClaimKind {
    /// Every kind, in the order of `vigil_model::vocab::CLAIM_KINDS`.
    pub const ALL: [ClaimKind; 10] = [
        ClaimKind::Role,
        ClaimKind::Membership,
        ClaimKind::Family,
        ClaimKind::Arrest,
        ClaimKind::Supply,
        ClaimKind::Plot,
        ClaimKind::Designation,
        ClaimKind::Denial,
        ClaimKind::Charge,
        ClaimKind::Conviction,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Role => "role",
            ClaimKind::Membership => "membership",
            ClaimKind::Family => "family",
            ClaimKind::Arrest => "arrest",
            ClaimKind::Supply => "supply",
            ClaimKind::Plot => "plot",
            ClaimKind::Designation => "designation",
            ClaimKind::Denial => "denial",
            ClaimKind::Charge => "charge",
            ClaimKind::Conviction => "conviction",
        }
    }

    /// Claims that relate two parties (edges), against events.
    pub fn is_relation(self) -> bool {
        matches!(
            self,
            ClaimKind::Role | ClaimKind::Membership | ClaimKind::Family
        )
    }
}

/// One claim read from one sentence.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The document entity the claim is about (the person holding a role, the one arrested...).
    pub subject: usize,
    /// The other party (employer, organisation, relative, recipient), when there is one.
    pub object: Option<usize>,
    /// Further parties of an event.
    pub involved: Vec<usize>,
    pub role: Option<String>,
    /// Where it happened (a place entity).
    pub place: Option<usize>,
    /// When (ISO partial date).
    pub date: Option<String>,
    pub sentence: usize,
    pub span: Span,
    /// Who the report says asserts it, in the report's words.
    pub asserted_by: Option<String>,
    /// The entity of `asserted_by`, when it names one.
    pub asserted_by_entity: Option<usize>,
    /// What was handed over, for supply events.
    pub item: Option<String>,
    /// Who did it, where the report says: the plotter, the giver, who arrested, charged or
    /// sentenced.
    pub actors: Vec<usize>,
    /// Whom it was aimed at or done to: a plot's target, a supply's recipient, the one
    /// arrested, charged or sentenced.
    pub targets: Vec<usize>,
    /// The court, for charges and convictions that name one.
    pub court: Option<usize>,
    /// The doer in the report's words when it names no entity ("German police").
    pub actor_words: Option<String>,
    /// Read from the sentence's dependency parse (against the rules' word order).
    pub parsed: bool,
}

const HONORIFIC_ROLES: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "prof", "prof.",
];

/// A title that is only a form of address (Mr, Mrs, Dr), not a role worth a claim.
pub fn is_honorific_title(role: &str) -> bool {
    HONORIFIC_ROLES.contains(&role.to_lowercase().as_str())
}

impl Claim {
    /// A claim of `kind` about `subject` read from sentence `s`, attributed as the sentence
    /// attributes it; the rest is filled in by the rule that read it.
    fn read(
        kind: ClaimKind,
        subject: usize,
        s: &Sentence,
        attribution: &Option<(String, Option<usize>)>,
    ) -> Claim {
        Claim::from_sentence(kind, subject, s.idx, s.span, attribution.clone())
    }

    pub(crate) fn from_sentence(
        kind: ClaimKind,
        subject: usize,
        sentence: usize,
        span: Span,
        attribution: Option<(String, Option<usize>)>,
    ) -> Claim {
        Claim {
            kind,
            subject,
            object: None,
            involved: Vec::new(),
            role: None,
            place: None,
            date: None,
            sentence,
            span,
            asserted_by_entity: attribution.as_ref().and_then(|a| a.1),
            asserted_by: attribution.map(|a| a.0),
            item: None,
            actors: Vec::new(),
            targets: Vec::new(),
            court: None,
            actor_words: None,
            parsed: false,
        }
    }
}

struct Sentence<'a> {
    idx: usize,
    span: Span,
    text: &'a str,
    /// `text` in lower case, made once: the cues are looked for in it many times.
    lower: String,
    /// Mentions of this sentence: (mention index, start relative to the sentence).
    mentions: Vec<usize>,
}

/// `text[a..b]`, or "" where the range is not one (a mention the reader let run past its
/// sentence must not bring reading down).
fn cut(text: &str, a: usize, b: usize) -> &str {
    if a > b {
        return "";
    }
    text.get(a..b).unwrap_or("")
}

/// Read the claims of a document from its mentions and dates.
pub fn extract_claims(text: &str, ex: &Extraction, dates: &[DateMention]) -> Vec<Claim> {
    extract_claims_with(text, ex, dates, &[])
}

/// [`extract_claims`] with the dependency parses of some of its sentences (those
/// [`crate::wants_parse`] picks): claims read from a parse tell the doer from the one done to.
pub fn extract_claims_with(
    text: &str,
    ex: &Extraction,
    dates: &[DateMention],
    parses: &[ParsedSentence],
) -> Vec<Claim> {
    let mut out = Vec::new();
    // Each sentence's mentions with an entity, in order, gathered in one pass over them.
    let mut in_sentence: Vec<Vec<usize>> = vec![Vec::new(); ex.sentences.len()];
    for (i, m) in ex.mentions.iter().enumerate() {
        if let Some(v) = in_sentence
            .get_mut(m.sentence)
            .filter(|_| m.entity.is_some())
        {
            v.push(i);
        }
    }
    let sents: Vec<Sentence> = ex
        .sentences
        .iter()
        .zip(in_sentence)
        .enumerate()
        .map(|(idx, (s, mentions))| {
            let sentence = cut(text, s.start, s.end);
            Sentence {
                idx,
                span: *s,
                text: sentence,
                lower: sentence.to_lowercase(),
                mentions,
            }
        })
        .collect();
    let ent = |m: usize| ex.mentions[m].entity.unwrap_or(usize::MAX);
    let kind = |m: usize| ex.mentions[m].kind;
    let is_body = |m: usize| matches!(kind(m), MentionKind::Organization | MentionKind::PublicBody);
    let date_in = |s: &Sentence| -> Option<String> {
        dates
            .iter()
            .filter(|d| d.span.start >= s.span.start && d.span.end <= s.span.end)
            .find_map(|d| d.value.clone())
    };
    // The couple: two persons named together near "couple" / "husband and wife".
    let mut couple: Option<(usize, usize)> = None;
    let mut couple_claim: Option<Claim> = None;
    for s in &sents {
        if couple.is_some() {
            break;
        }
        let persons: Vec<usize> = s
            .mentions
            .iter()
            .copied()
            .filter(|&m| kind(m) == MentionKind::Person)
            .collect();
        for k in 0..persons.len().saturating_sub(1) {
            let (a, b) = (persons[k], persons[k + 1]);
            let between = cut(text, ex.mentions[a].end, ex.mentions[b].start);
            if between == " and " && ent(a) != ent(b) {
                let near = sents
                    .iter()
                    .filter(|o| o.idx + 3 >= s.idx && o.idx <= s.idx)
                    .any(|o| {
                        let l = o.lower.as_str();
                        l.contains("couple") || l.contains("husband and wife")
                    });
                if near {
                    couple = Some((ent(a), ent(b)));
                    let mut c = Claim::read(ClaimKind::Family, ent(a), s, &attribution_of(s, ex));
                    c.object = Some(ent(b));
                    c.role = Some("spouse".into());
                    couple_claim = Some(c);
                    break;
                }
            }
        }
    }
    out.extend(couple_claim);
    for s in &sents {
        // Every claim read below has a subject or an object named in its sentence: a sentence
        // that names no one is let go before its cues are looked for.
        if s.mentions.is_empty() {
            continue;
        }
        let l = s.lower.as_str();
        // Who asserts the sentence, worked out only for a sentence that makes a claim (most
        // make none, and the search for its cues was a fifth of reading claims).
        let attribution = std::cell::OnceCell::new();
        let new = |kind: ClaimKind, subject: usize| {
            Claim::read(
                kind,
                subject,
                s,
                attribution.get_or_init(|| attribution_of(s, ex)),
            )
        };
        let persons: Vec<usize> = s
            .mentions
            .iter()
            .copied()
            .filter(|&m| kind(m) == MentionKind::Person)
            .collect();
        let first_place_after_in = s.mentions.iter().copied().find(|&m| {
            kind(m) == MentionKind::Place && {
                let before = cut(text, s.span.start, ex.mentions[m].start);
                before.ends_with(" in ") || before.ends_with(" in the ")
            }
        });

        // Titles: "Supreme Leader Ali Khamenei", "NCRI President-elect Maryam Rajavi".
        for &m in &persons {
            let Some(role) = ex.mentions[m].role.as_deref() else {
                continue;
            };
            if is_honorific_title(role) {
                continue;
            }
            let mut c = new(ClaimKind::Role, ent(m));
            c.role = Some(role.to_string());
            // A body written right before the title.
            let role_start = ex.mentions[m].start.saturating_sub(role.len() + 1);
            c.object = s
                .mentions
                .iter()
                .copied()
                .filter(|&o| {
                    is_body(o)
                        && ex.mentions[o].end + 1 >= role_start
                        && ex.mentions[o].end <= role_start + 1
                })
                .map(ent)
                .next();
            // "Trump's lawyer Rudy Giuliani": the possessor; "its officer X": the body before.
            let before = cut(text, s.span.start, role_start.max(s.span.start)).trim_end();
            if c.object.is_none() && (before.ends_with("’s") || before.ends_with("'s")) {
                let owner_end = before.len()
                    - if before.ends_with("’s") {
                        "’s".len()
                    } else {
                        2
                    };
                c.object = s
                    .mentions
                    .iter()
                    .copied()
                    .find(|&o| ex.mentions[o].end == s.span.start + owner_end && ent(o) != ent(m))
                    .map(ent);
            }
            if c.object.is_none() && before.ends_with("its") {
                c.object = s
                    .mentions
                    .iter()
                    .copied()
                    .rfind(|&o| is_body(o) && ex.mentions[o].end <= role_start)
                    .map(ent);
            }
            // "Former Senators A, B, and C": a plural title covers the names listed after it.
            let plural = role.ends_with('s') && !role.ends_with("ss");
            let mut last = m;
            let mut listed = Vec::new();
            if plural {
                for &o in persons
                    .iter()
                    .filter(|&&o| ex.mentions[o].start > ex.mentions[m].end)
                {
                    let gap = cut(text, ex.mentions[last].end, ex.mentions[o].start);
                    if matches!(gap, ", " | " and " | ", and ") {
                        listed.push(o);
                        last = o;
                    } else {
                        break;
                    }
                }
            }
            for o in listed {
                let mut c2 = c.clone();
                c2.subject = ent(o);
                out.push(c2);
            }
            out.push(c);
        }

        // Appositives: "X, a diplomat at the Iranian embassy", "X, president of the Y and a
        // member of the Z".
        for &m in &persons {
            let after = cut(text, ex.mentions[m].end, s.span.end);
            let Some(rest) = after.strip_prefix(", ") else {
                continue;
            };
            let mut offset = ex.mentions[m].end + 2;
            let mut clause = rest;
            for _ in 0..2 {
                let words: Vec<&str> = clause.split_whitespace().take(8).collect();
                let mut k = 0;
                if words
                    .first()
                    .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an" | "the"))
                {
                    k = 1;
                }
                let Some(prep) = (k..words.len())
                    .find(|&i| matches!(words[i], "at" | "of" | "for" | "in" | "to"))
                else {
                    break;
                };
                if prep == k {
                    break;
                }
                let role = words[k..prep].join(" ");
                if !crate::words::is_appositive_role(&words[k].to_lowercase()) {
                    break;
                }
                // The body after the preposition: the next body mention within the clause.
                let clause_end = offset + clause.find([',', ';', '–', '—']).unwrap_or(clause.len());
                // The body after the preposition, or a person ("a bodyguard of the writer X").
                let body = s.mentions.iter().copied().find(|&o| {
                    (is_body(o) || kind(o) == MentionKind::Person)
                        && ent(o) != ent(m)
                        && ex.mentions[o].start >= offset
                        && ex.mentions[o].start < clause_end
                });
                let member = role.to_lowercase().starts_with("member")
                    || role.to_lowercase().contains("supporter");
                let mut c = new(
                    if member {
                        ClaimKind::Membership
                    } else {
                        ClaimKind::Role
                    },
                    ent(m),
                );
                c.role = Some(role);
                c.object = body.map(ent);
                c.place = body
                    .and_then(|b| {
                        s.mentions.iter().copied().find(|&p| {
                            kind(p) == MentionKind::Place
                                && ex.mentions[p].start >= ex.mentions[b].start
                                && ex.mentions[p].end <= ex.mentions[b].end
                        })
                    })
                    .map(ent);
                out.push(c);
                // "... and a member of the OIAC"
                let Some(b) = body else { break };
                let tail_at = ex.mentions[b].end;
                let tail = cut(text, tail_at, s.span.end);
                let Some(t) = tail.strip_prefix(" and ") else {
                    break;
                };
                offset = tail_at + 5;
                clause = t;
            }
        }

        // "Mira Varga's lawyer, Tomas Beck": a role toward the possessor.
        for k in 0..persons.len().saturating_sub(1) {
            let (owner, holder) = (persons[k], persons[k + 1]);
            let between = cut(text, ex.mentions[owner].end, ex.mentions[holder].start);
            let Some(rest) = between
                .strip_prefix("’s ")
                .or_else(|| between.strip_prefix("'s "))
            else {
                continue;
            };
            let Some(role) = rest.strip_suffix(", ") else {
                continue;
            };
            if role.split_whitespace().count() == 1
                && crate::words::PERSON_POSSESSIONS.contains(&role)
            {
                let mut c = new(ClaimKind::Role, ent(holder));
                c.object = Some(ent(owner));
                c.role = Some(role.to_string());
                out.push(c);
            }
        }

        // "Her lawyer, Cem Aksoy": a role toward the person the pronoun stands for.
        for &holder in &persons {
            let before = cut(text, s.span.start, ex.mentions[holder].start).trim_end();
            let Some(head) = before.strip_suffix(',') else {
                continue;
            };
            let mut ws = head.split_whitespace().rev();
            let (Some(role), Some(pronoun)) = (ws.next(), ws.next()) else {
                continue;
            };
            if !matches!(pronoun, "Her" | "His" | "her" | "his")
                || !crate::words::PERSON_POSSESSIONS.contains(&role)
            {
                continue;
            }
            let owner = ex
                .mentions
                .iter()
                .rfind(|pm| {
                    pm.kind == MentionKind::Person
                        && pm.end <= ex.mentions[holder].start
                        && pm.entity != ex.mentions[holder].entity
                        && pm.sentence + 2 >= s.idx
                })
                .and_then(|pm| pm.entity);
            if let Some(owner) = owner {
                let mut c = new(ClaimKind::Role, ent(holder));
                c.object = Some(owner);
                c.role = Some(role.to_string());
                out.push(c);
            }
        }

        // Service: "operative for the MOIS", "head of the MOIS", "agent of", "working for".
        for (cue, kind_, role) in [
            ("operative for", ClaimKind::Membership, "operative"),
            ("agent of", ClaimKind::Membership, "agent"),
            ("agent for", ClaimKind::Membership, "agent"),
            ("working for", ClaimKind::Role, "employee"),
            ("works for", ClaimKind::Role, "employee"),
            ("worked for", ClaimKind::Role, "employee"),
            ("head of", ClaimKind::Role, "head"),
            ("who leads", ClaimKind::Role, "leader"),
            ("who heads", ClaimKind::Role, "head"),
            ("chief of", ClaimKind::Role, "chief"),
            ("commander of", ClaimKind::Role, "commander"),
            ("member of", ClaimKind::Membership, "member"),
            ("members of", ClaimKind::Membership, "member"),
            ("supporters of", ClaimKind::Membership, "supporter"),
        ] {
            let Some(at) = s.lower.find(cue) else {
                continue;
            };
            let at = s.span.start + at;
            let body = s.mentions.iter().copied().find(|&o| {
                is_body(o)
                    && ex.mentions[o].start > at
                    && ex.mentions[o].start <= at + cue.len() + 6
            });
            let Some(body) = body else { continue };
            // The person: the last one named before the cue in this sentence, else the couple
            // for plural cues.
            let subject = persons.iter().copied().rfind(|&p| ex.mentions[p].end <= at);
            // "Officials describe him as the head of ...": the last person named before.
            let pronoun = subject.is_none()
                && [" him ", " he ", "He ", " his "]
                    .iter()
                    .any(|p| s.text.contains(p));
            let previous_person = || {
                ex.mentions
                    .iter()
                    .rfind(|pm| {
                        pm.kind == MentionKind::Person && pm.end <= at && pm.sentence + 2 >= s.idx
                    })
                    .and_then(|pm| pm.entity)
            };
            let subjects: Vec<usize> = match subject {
                Some(p) => vec![ent(p)],
                None if pronoun => previous_person().into_iter().collect(),
                None if cue.ends_with("s of")
                    && (l.contains("couple") || l.contains("themselves")) =>
                {
                    couple.map(|(a, b)| vec![a, b]).unwrap_or_default()
                }
                None => Vec::new(),
            };
            // Appositive roles already cover "X, president of the Y".
            for subj in subjects {
                if out.iter().any(|c: &Claim| {
                    c.sentence == s.idx && c.subject == subj && c.object == Some(ent(body))
                }) {
                    continue;
                }
                let mut c = new(kind_, subj);
                c.role = Some(role.to_string());
                c.object = Some(ent(body));
                c.place = s
                    .mentions
                    .iter()
                    .copied()
                    .find(|&p| {
                        kind(p) == MentionKind::Place
                            && ex.mentions[p].start > ex.mentions[body].end
                            && cut(text, ex.mentions[body].end, ex.mentions[p].start)
                                .trim_start_matches([')', ' ', '('])
                                .len()
                                <= 12
                    })
                    .map(ent);
                if let Some(since) = s.lower.find("since ") {
                    let since_at = s.span.start + since;
                    c.date = dates
                        .iter()
                        .find(|d| d.span.start >= since_at && d.span.start <= since_at + 7)
                        .and_then(|d| d.value.clone());
                }
                out.push(c);
            }
        }

        // Arrests: the persons named near an arrest word ("the arrest of X and Y", "detained
        // X", "X was arrested"), not everyone the sentence names.
        let triggers: Vec<usize> = ["arrest", "detained", "detain"]
            .iter()
            .flat_map(|t| l.match_indices(t).map(|(i, _)| s.span.start + i))
            .collect();
        let near: Vec<usize> = persons
            .iter()
            .copied()
            .filter(|&p| {
                triggers.iter().any(|&t| {
                    let (a, b) = (ex.mentions[p].start, ex.mentions[p].end);
                    (a >= t && a <= t + 45) || (b <= t && t - b <= 30)
                })
            })
            .collect();
        if !triggers.is_empty() && !near.is_empty() {
            let mut involved: Vec<usize> = near.iter().map(|&p| ent(p)).collect();
            involved.dedup();
            let mut c = new(ClaimKind::Arrest, involved[0]);
            c.targets = involved.clone();
            c.involved = involved;
            c.place = first_place_after_in.map(ent);
            c.date = date_in(s);
            out.push(c);
        }

        // Handing over: "provided the couple with the explosives", "giving X to Y", "handed".
        for cue in [
            "provided",
            "supplied",
            "handed",
            "paid",
            "transferred",
            "gave",
            "giving",
            "delivered",
        ] {
            let Some(at) = s.lower.find(cue) else {
                continue;
            };
            let at_abs = s.span.start + at;
            let Some(giver) = persons
                .iter()
                .copied()
                .rfind(|&p| ex.mentions[p].end <= at_abs)
            else {
                continue;
            };
            let after = &l[at + cue.len()..];
            let item = [
                "euros",
                "dollars",
                "explosives",
                "explosive",
                "bomb",
                "detonator",
                "weapons",
                "money",
                "funds",
                "cash",
            ]
            .into_iter()
            .find(|w| {
                after
                    .split(|c: char| !c.is_alphanumeric())
                    .take(8)
                    .any(|x| x == *w)
            });
            let mut c = new(ClaimKind::Supply, ent(giver));
            c.actors = vec![ent(giver)];
            c.item = item.map(str::to_string);
            let to_couple =
                after.trim_start().starts_with("the couple") || after.contains(" to the couple");
            if to_couple {
                if let Some((a, b)) = couple {
                    c.object = Some(a);
                    c.involved = vec![ent(giver), a, b];
                }
            } else if let Some(r) = persons
                .iter()
                .copied()
                .find(|&p| ex.mentions[p].start > at_abs)
            {
                c.object = Some(ent(r));
                c.involved = vec![ent(giver), ent(r)];
            }
            c.targets = c
                .involved
                .iter()
                .copied()
                .filter(|&e| e != ent(giver))
                .collect();
            c.date = date_in(s);
            out.push(c);
            break;
        }

        // Listings: "X and its officer Y were added to a sanctions list", "Y was sanctioned".
        let listed_at = [
            "added to a sanctions list",
            "added to the sanctions list",
            "were sanctioned",
            "was sanctioned",
            "were blacklisted",
            "was blacklisted",
        ]
        .iter()
        .find_map(|t| s.lower.find(t));
        if let Some(at) = listed_at {
            let at_abs = s.span.start + at;
            let mut done = Vec::new();
            for &o in s
                .mentions
                .iter()
                .filter(|&&o| ex.mentions[o].end <= at_abs && kind(o).is_party())
            {
                if done.contains(&ent(o)) {
                    continue;
                }
                done.push(ent(o));
                let mut c = new(ClaimKind::Designation, ent(o));
                c.date = date_in(s);
                c.role = Some("sanctions listing".into());
                // The authority: a body named after the trigger ("..., the X said").
                c.object = s
                    .mentions
                    .iter()
                    .copied()
                    .find(|&b| is_body(b) && ex.mentions[b].start > at_abs)
                    .map(ent);
                out.push(c);
            }
        }

        // Designations: "designated the MEK as a terror organization".
        if let Some(at) = s.lower.find("designated") {
            let at_abs = s.span.start + at;
            if let Some(target) = s
                .mentions
                .iter()
                .copied()
                .find(|&o| is_body(o) && ex.mentions[o].start > at_abs)
            {
                let mut c = new(ClaimKind::Designation, ent(target));
                c.object = s
                    .mentions
                    .iter()
                    .copied()
                    .rfind(|&o| is_body(o) && ex.mentions[o].end <= at_abs)
                    .map(ent);
                c.date = date_in(s);
                let tail = &l[at..];
                c.role = tail.find(" as ").map(|p| {
                    tail[p + 4..]
                        .split([',', '.', ';'])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string()
                });
                out.push(c);
            }
        }

        // Denials: "Iran has denied involvement", "the MEK denies", "X rejected the claims".
        for cue in ["denied", "denies", "deny", "rejected", "rejects"] {
            let Some(at) = s.lower.find(cue) else {
                continue;
            };
            let at_abs = s.span.start + at;
            let by = s
                .mentions
                .iter()
                .copied()
                .rfind(|&o| ex.mentions[o].end <= at_abs && kind(o) != MentionKind::Date);
            if let Some(by) = by {
                let mut c = new(ClaimKind::Denial, ent(by));
                c.role = Some(
                    cut(s.text, at, s.text.len())
                        .split([',', '.', ';'])
                        .next()
                        .unwrap_or("")
                        .trim()
                        .to_string(),
                );
                c.asserted_by = Some(ex.mentions[by].text.clone());
                c.asserted_by_entity = Some(ent(by));
                out.push(c);
            }
            break;
        }
    }

    // Plots: one per document, from the sentences that speak of a plot or a bombing, with the
    // date and place of the targeted event.
    let plot_sents: Vec<&Sentence> = sents
        .iter()
        .filter(|s| {
            let l = s.lower.as_str();
            l.contains("plot")
                || l.contains("to bomb")
                || l.contains("to attack")
                || l.contains("attack plans")
        })
        .collect();
    if let Some(first) = plot_sents.first() {
        let mut involved: Vec<usize> = Vec::new();
        let mut place = None;
        let mut date = None;
        for s in &plot_sents {
            for &m in &s.mentions {
                match kind(m) {
                    MentionKind::Organization | MentionKind::PublicBody | MentionKind::Event
                        if !involved.contains(&ent(m)) =>
                    {
                        involved.push(ent(m));
                    }
                    MentionKind::Place if place.is_none() => {
                        let before = cut(text, s.span.start, ex.mentions[m].start);
                        if before.ends_with(" in ")
                            || before.ends_with(" to ")
                            || before.ends_with(" near ")
                            || before.ends_with("The ")
                            || before.ends_with("the ")
                        {
                            place = Some(ent(m));
                        }
                    }
                    _ => {}
                }
            }
            if date.is_none() {
                date = date_in(s);
            }
        }
        // The targeted gathering's organisers ("organised by", "hosted by").
        {
            for s in sents.iter().filter(|s| {
                let l = s.lower.as_str();
                (l.contains("gathering") || l.contains("rally") || l.contains("the event"))
                    && (l.contains("organised by")
                        || l.contains("organized by")
                        || l.contains("hosted by")
                        || l.contains("supporters of"))
            }) {
                for &m in &s.mentions {
                    if is_body(m) && !involved.contains(&ent(m)) {
                        involved.push(ent(m));
                    }
                }
            }
        }
        // The targeted gathering's date is often in a neighbouring sentence ("held on June 30").
        if date.is_none() {
            date = sents
                .iter()
                .filter(|s| {
                    let l = s.lower.as_str();
                    l.contains("gathering") || l.contains("rally") || l.contains("conference")
                })
                .find_map(date_in);
        }
        if place.is_none() {
            place = sents
                .iter()
                .filter(|s| s.lower.contains("gathering") || s.lower.contains("rally"))
                .flat_map(|s| s.mentions.iter().copied())
                .find(|&m| {
                    kind(m) == MentionKind::Place && {
                        let before = cut(text, 0, ex.mentions[m].start);
                        before.ends_with(" in ") || before.ends_with(" to ")
                    }
                })
                .map(ent);
        }
        // Which of them the plot was aimed at: the gathering's organisers, and bodies written
        // after "against", "targeting", "a rally of", "supporters of" (the rules cannot tell a
        // plotter from anyone else named, so they name no plotter).
        let mut targets: Vec<usize> = Vec::new();
        for s in sents.iter().filter(|s| {
            let l = s.lower.as_str();
            plot_sents.iter().any(|p| p.idx == s.idx)
                || ((l.contains("gathering") || l.contains("rally") || l.contains("the event"))
                    && (l.contains("organised by")
                        || l.contains("organized by")
                        || l.contains("hosted by")))
        }) {
            // In "the plot was organised by X", X is no organiser of a gathering.
            let organisers = !plot_sents.iter().any(|p| p.idx == s.idx);
            for &m in &s.mentions {
                if !is_body(m) {
                    continue;
                }
                let from = ex.mentions[m].start.saturating_sub(70).max(s.span.start);
                let before = text
                    .get(from..ex.mentions[m].start)
                    .unwrap_or("")
                    .to_lowercase();
                let aimed_at = [
                    "against",
                    "targeting",
                    "targeted",
                    "target",
                    "rally",
                    "gathering",
                    "conference",
                    "meeting",
                    "supporters of",
                    "members of",
                    "congress",
                    "convention",
                    "summit",
                    "bomb",
                    "attack",
                ]
                .iter()
                .any(|w| before.contains(w));
                if (aimed_at || organisers) && !targets.contains(&ent(m)) {
                    targets.push(ent(m));
                }
            }
        }
        let subject = involved.first().copied().or(place).unwrap_or(usize::MAX);
        if subject != usize::MAX {
            let mut c = Claim::read(ClaimKind::Plot, subject, first, &attribution_of(first, ex));
            c.targets = targets
                .into_iter()
                .filter(|t| involved.contains(t))
                .collect();
            c.involved = involved;
            c.place = place;
            c.date = date;
            out.push(c);
        }
    }
    // Claims read from the parse take the place of the rules' claims of their kind in their
    // sentence (for plots, in the document); the rules' date and place of a plot stay where
    // the parse gives none.
    if !parses.is_empty() {
        let parsed = crate::parsed::parsed_claims(text, ex, dates, parses, couple, |i| {
            sents.get(i).and_then(|s| attribution_of(s, ex))
        });
        let rule_plot = out.iter().find(|c| c.kind == ClaimKind::Plot).cloned();
        let parsed_plot = parsed.iter().any(|c| c.kind == ClaimKind::Plot);
        // In a sentence the parse read, its reading of arrests and handovers stands, also
        // when it found none ("he had been paid to follow them" hands nothing over).
        out.retain(|c| match c.kind {
            ClaimKind::Plot => !parsed_plot,
            ClaimKind::Arrest | ClaimKind::Supply => {
                !parses.iter().any(|p| p.sentence == c.sentence)
            }
            _ => true,
        });
        for mut c in parsed {
            if let (ClaimKind::Plot, Some(rule)) = (c.kind, &rule_plot) {
                c.place = c.place.or(rule.place);
                c.date = c.date.clone().or(rule.date.clone());
                if c.targets.is_empty() {
                    c.targets = rule
                        .targets
                        .iter()
                        .copied()
                        .filter(|t| !c.actors.contains(t))
                        .collect();
                    for &t in &c.targets {
                        if !c.involved.contains(&t) {
                            c.involved.push(t);
                        }
                    }
                }
            }
            out.push(c);
        }
    }
    // A role read from a cue word ("lawyer, X") says less than the same sentence's role with
    // its body or person ("X's lawyer, Y"): keep the fuller one. Titles (capitalised) stay.
    let with_object: std::collections::HashSet<(usize, usize)> = out
        .iter()
        .filter(|c| c.kind.is_relation() && c.object.is_some())
        .map(|c| (c.sentence, c.subject))
        .collect();
    out.retain(|c| {
        let cue_role = c.kind == ClaimKind::Role
            && c.object.is_none()
            && c.role
                .as_deref()
                .is_some_and(|r| r.chars().next().is_some_and(char::is_lowercase));
        !(cue_role && with_object.contains(&(c.sentence, c.subject)))
    });
    out
}

/// "according to X", "X officials claim that", "X said": who the sentence attributes its claim
/// to, in its words, with the entity when one is named.
fn attribution_of(s: &Sentence, ex: &Extraction) -> Option<(String, Option<usize>)> {
    let l = s.lower.as_str();
    if let Some(at) = l.find("according to ") {
        let from = s.span.start + at + "according to ".len();
        let m = s
            .mentions
            .iter()
            .copied()
            .find(|&m| ex.mentions[m].start >= from && ex.mentions[m].start <= from + 12);
        let words: String = cut(s.text, at + 13, s.text.len())
            .split([',', '.'])
            .next()
            .unwrap_or("")
            .to_string();
        return Some((
            words.trim().to_string(),
            m.and_then(|m| ex.mentions[m].entity),
        ));
    }
    for cue in [
        " claim that",
        " claims that",
        " claimed that",
        " said",
        " says",
        " told",
        " reported",
        " wrote",
    ] {
        if let Some(at) = l.find(cue) {
            // "Lena Zand, a journalist at Radio X, said": the sentence's subject speaks, not
            // the body in its appositive.
            let opener = s.mentions.iter().copied().find(|&m| {
                ex.mentions[m].kind == MentionKind::Person
                    && ex.mentions[m].start.saturating_sub(s.span.start) <= 24
                    && ex.mentions[m].end <= s.span.start + at
            });
            if let Some(m) = opener {
                let appositive = cut(s.text, ex.mentions[m].end.saturating_sub(s.span.start), at)
                    .starts_with(", ");
                if appositive {
                    return Some((ex.mentions[m].text.clone(), ex.mentions[m].entity));
                }
            }
            let at_abs = s.span.start + at;
            let m = s
                .mentions
                .iter()
                .copied()
                .rfind(|&m| ex.mentions[m].end <= at_abs && at_abs - ex.mentions[m].end <= 12);
            if let Some(mut m) = m {
                // "Friends Association (FA) officials": start at the full name.
                while let Some(&p) = s
                    .mentions
                    .iter()
                    .rfind(|&&p| ex.mentions[p].end <= ex.mentions[m].start)
                {
                    if ex.mentions[p].entity == ex.mentions[m].entity
                        && ex.mentions[m].start - ex.mentions[p].end <= 3
                    {
                        m = p;
                    } else {
                        break;
                    }
                }
                let words = cut(
                    s.text,
                    ex.mentions[m].start.saturating_sub(s.span.start),
                    at,
                )
                .trim()
                .trim_end_matches(',')
                .to_string();
                return Some((words, ex.mentions[m].entity));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract_mentions, Gazetteer};

    fn claims(text: &str) -> (Extraction, Vec<Claim>) {
        let ex = extract_mentions(text, &Gazetteer::new());
        let d = crate::dates(text, Some("2030-07-10"));
        let c = extract_claims(text, &ex, &d);
        (ex, c)
    }

    fn name(ex: &Extraction, e: Option<usize>) -> &str {
        e.map(|e| ex.entities[e].name.as_str()).unwrap_or("-")
    }

    #[test]
    fn appositive_roles_and_memberships() {
        let (ex, c) = claims(
            "Police arrested a married couple last week. The arrest of Amir Tavana and Nasim \
             Roshan was followed by the arrest in Germany of Karim Zand, a diplomat at the \
             Austrian embassy in Rome who provided the couple with the explosives. \
             Dr. Olek Varga, president of the Ruritanian Community of Ohio and a member of the \
             Friends Association (FA), spoke.",
        );
        let got: Vec<(ClaimKind, &str, &str, Option<&str>)> = c
            .iter()
            .map(|c| {
                (
                    c.kind,
                    name(&ex, Some(c.subject)),
                    name(&ex, c.object),
                    c.role.as_deref(),
                )
            })
            .collect();
        assert!(
            got.contains(&(
                ClaimKind::Family,
                "Amir Tavana",
                "Nasim Roshan",
                Some("spouse")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                ClaimKind::Role,
                "Karim Zand",
                "Austrian embassy in Rome",
                Some("diplomat")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(ClaimKind::Supply, "Karim Zand", "Amir Tavana", None)),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                ClaimKind::Role,
                "Olek Varga",
                "Ruritanian Community of Ohio",
                Some("president")
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                ClaimKind::Membership,
                "Olek Varga",
                "Friends Association",
                Some("member")
            )),
            "{got:?}"
        );
        let arrest = c
            .iter()
            .find(|c| c.kind == ClaimKind::Arrest)
            .expect("an arrest");
        assert_eq!(arrest.involved.len(), 3);
        assert_eq!(name(&ex, arrest.place), "Germany");
        let supply = c.iter().find(|c| c.kind == ClaimKind::Supply).unwrap();
        assert_eq!(supply.item.as_deref(), Some("explosives"));
    }

    #[test]
    fn a_plot_names_the_host_of_the_targeted_gathering_as_its_target() {
        let (ex, c) = claims(
            "Police in three countries foiled a plot to bomb a congress hosted by an exiled \
             opposition movement, the Valdorian Liberty Front (VLF). The Ministry of Secrets \
             denied any role.",
        );
        let plot = c
            .iter()
            .find(|c| c.kind == ClaimKind::Plot)
            .expect("a plot");
        let targets: Vec<&str> = plot.targets.iter().map(|&t| name(&ex, Some(t))).collect();
        assert_eq!(targets, ["Valdorian Liberty Front"]);
        assert!(plot.actors.is_empty(), "the rules name no plotter");
    }

    #[test]
    fn attribution_and_denial() {
        let (ex, c) = claims(
            "The Austrian government lists him as a clerk, but Friends Association (FA) \
             officials claim that Karim Zand has been the head of the Ministry of Secrets (MOS) \
             in Vienna since 2014. Austria has denied involvement.",
        );
        let head = c
            .iter()
            .find(|c| c.role.as_deref() == Some("head"))
            .expect("head of");
        assert_eq!(name(&ex, head.object), "Ministry of Secrets");
        assert_eq!(
            head.asserted_by.as_deref(),
            Some("Friends Association (FA) officials")
        );
        assert_eq!(name(&ex, head.asserted_by_entity), "Friends Association");
        assert_eq!(name(&ex, head.place), "Vienna");
        assert_eq!(head.date.as_deref(), Some("2014"));
        let denial = c
            .iter()
            .find(|c| c.kind == ClaimKind::Denial)
            .expect("denial");
        assert_eq!(name(&ex, Some(denial.subject)), "Austria");
    }
}
