//! spaCy's rule-based tokenizer, rebuilt from a pipeline's `tokenizer` file: split on
//! whitespace, peel prefixes and suffixes off each chunk, split what is left on infixes,
//! and let special cases (exceptions such as "don't" or "U.S.") win wherever they match.
//! Offsets are byte offsets into the text; the order of checks follows spaCy's so that
//! the same text yields the same tokens.

use std::path::Path;

use crate::alternation::Alternation;
use rmpv::Value;
use rustc_hash::FxHashMap;

use crate::weights::{map_entries, map_get, read_msgpack, value_str};
use crate::SpacyError;

/// spaCy's attribute ids inside tokenizer exceptions.
const ATTR_ORTH: u64 = 65;
const ATTR_NORM: u64 = 67;

/// One token of a tokenized text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawToken {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// A single space follows the token.
    pub space_after: bool,
    /// The normal form a special case gives this token, if any.
    pub norm: Option<String>,
}

#[derive(Debug, Clone)]
struct SpecialPiece {
    orth: String,
    norm: Option<String>,
}

/// A special case that contains affix characters or spaces: ordinary splitting breaks it
/// into `pieces`, so after tokenizing, a run of tokens spelling `pieces` is put back.
#[derive(Debug, Clone)]
struct AffixedSpecial {
    pieces: Vec<String>,
}

pub struct Tokenizer {
    prefix: Option<Alternation>,
    suffix: Option<Alternation>,
    infix: Option<Alternation>,
    token_match: Option<Alternation>,
    url_match: Option<Alternation>,
    specials: FxHashMap<String, Vec<SpecialPiece>>,
    /// Affixed specials by their first piece.
    rematch: FxHashMap<String, Vec<AffixedSpecial>>,
    /// Tokens of whitespace-delimited chunks already split (offsets relative to the chunk),
    /// as spaCy caches them: words repeat, and the affix patterns run a backtracking engine.
    cache: std::sync::RwLock<FxHashMap<String, std::sync::Arc<[RawToken]>>>,
}

/// The cache is emptied when it holds this many chunks.
const CACHE_LIMIT: usize = 200_000;

fn compile(path: &Path, field: &str, pattern: &str) -> Result<Alternation, SpacyError> {
    Alternation::new(pattern).map_err(|e| SpacyError::format(path, format!("{field}: {}", e.0)))
}

fn optional_pattern(
    path: &Path,
    data: &Value,
    field: &str,
) -> Result<Option<Alternation>, SpacyError> {
    match map_get(data, field) {
        None | Some(Value::Nil) => Ok(None),
        Some(v) => {
            let pattern = value_str(v)
                .ok_or_else(|| SpacyError::format(path, format!("{field} is not a string")))?;
            if pattern.is_empty() {
                return Ok(None);
            }
            compile(path, field, pattern).map(Some)
        }
    }
}

/// Whether a token is whitespace only (spaCy's IS_SPACE).
pub fn is_space_token(text: &str, token: &RawToken) -> bool {
    text[token.start..token.end].chars().all(is_space_char)
}

/// Python's `str.isspace`: White_Space plus the four information separators.
pub fn is_space_char(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

impl Tokenizer {
    /// Reads the `tokenizer` file of a spaCy pipeline directory.
    pub fn load(path: &Path) -> Result<Tokenizer, SpacyError> {
        let data = read_msgpack(path)?;
        let mut tokenizer = Tokenizer {
            prefix: optional_pattern(path, &data, "prefix_search")?,
            suffix: optional_pattern(path, &data, "suffix_search")?,
            infix: optional_pattern(path, &data, "infix_finditer")?,
            token_match: optional_pattern(path, &data, "token_match")?,
            url_match: optional_pattern(path, &data, "url_match")?,
            specials: FxHashMap::default(),
            rematch: FxHashMap::default(),
            cache: std::sync::RwLock::new(FxHashMap::default()),
        };
        let faster_heuristics = !matches!(
            map_get(&data, "faster_heuristics"),
            Some(Value::Boolean(false))
        );
        if let Some(exceptions) = map_get(&data, "exceptions").and_then(map_entries) {
            for (key, pieces) in exceptions {
                let Some(key) = value_str(key) else { continue };
                let Some(pieces) = pieces.as_array() else {
                    return Err(SpacyError::format(
                        path,
                        format!("exception {key:?} is not a list"),
                    ));
                };
                let mut parsed = Vec::with_capacity(pieces.len());
                for piece in pieces {
                    let mut orth = None;
                    let mut norm = None;
                    for (attr, value) in map_entries(piece).map(Vec::as_slice).unwrap_or_default() {
                        match attr.as_u64() {
                            Some(ATTR_ORTH) => orth = value_str(value).map(str::to_string),
                            Some(ATTR_NORM) => norm = value_str(value).map(str::to_string),
                            _ => {}
                        }
                    }
                    let orth = orth.ok_or_else(|| {
                        SpacyError::format(
                            path,
                            format!("exception {key:?} has a piece without ORTH"),
                        )
                    })?;
                    parsed.push(SpecialPiece { orth, norm });
                }
                let joined: String = parsed.iter().map(|p| p.orth.as_str()).collect();
                if joined != key {
                    return Err(SpacyError::format(
                        path,
                        format!("exception {key:?}: its pieces spell {joined:?}"),
                    ));
                }
                tokenizer.specials.insert(key.to_string(), parsed);
            }
        }
        // Specials that ordinary splitting would break up are matched again after it.
        let keys: Vec<String> = tokenizer.specials.keys().cloned().collect();
        for key in keys {
            let affixed = !faster_heuristics
                || tokenizer.prefix_len(&key) > 0
                || tokenizer.suffix_len(&key) > 0
                || Self::matches(&tokenizer.infix, &key)
                || key.contains(' ');
            if !affixed {
                continue;
            }
            let pieces: Vec<String> = tokenizer
                .split(&key, false)
                .iter()
                .map(|t| key[t.start..t.end].to_string())
                .collect();
            if let Some(first) = pieces.first().cloned() {
                let list = tokenizer.rematch.entry(first).or_default();
                if !list.iter().any(|s| s.pieces == pieces) {
                    list.push(AffixedSpecial { pieces });
                }
            }
        }
        Ok(tokenizer)
    }

    fn prefix_len(&self, s: &str) -> usize {
        Self::match_len(&self.prefix, s)
    }

    fn suffix_len(&self, s: &str) -> usize {
        Self::match_len(&self.suffix, s)
    }

    /// Length of the first match of an anchored affix pattern (0: none).
    fn match_len(re: &Option<Alternation>, s: &str) -> usize {
        re.as_ref()
            .and_then(|re| re.find(s))
            .map_or(0, |(start, end)| end - start)
    }

    fn matches(re: &Option<Alternation>, s: &str) -> bool {
        re.as_ref().is_some_and(|re| re.find(s).is_some())
    }

    /// Tokenizes a text as spaCy's `Tokenizer.__call__` does.
    pub fn tokenize(&self, text: &str) -> Vec<RawToken> {
        let mut tokens = self.split(text, true);
        if !self.rematch.is_empty() {
            tokens = self.rejoin_specials(text, tokens);
        }
        tokens
    }

    /// Whitespace, affixes, infixes and (when `specials`) special cases.
    fn split(&self, text: &str, specials: bool) -> Vec<RawToken> {
        let mut tokens: Vec<RawToken> = Vec::new();
        let Some(first) = text.chars().next() else {
            return tokens;
        };
        let mut in_ws = is_space_char(first);
        let mut start = 0usize;
        for (i, c) in text.char_indices() {
            if is_space_char(c) != in_ws {
                if start < i {
                    self.chunk(text, start, i, specials, &mut tokens);
                }
                if c == ' ' {
                    if let Some(last) = tokens.last_mut() {
                        last.space_after = true;
                    }
                    start = i + 1;
                } else {
                    start = i;
                }
                in_ws = !in_ws;
            }
        }
        if start < text.len() {
            self.chunk(text, start, text.len(), specials, &mut tokens);
            if let Some(last) = tokens.last_mut() {
                last.space_after = text.ends_with(' ') && !in_ws;
            }
        }
        tokens
    }

    fn push_special(&self, key: &str, start: usize, out: &mut Vec<RawToken>) -> bool {
        let Some(pieces) = self.specials.get(key) else {
            return false;
        };
        let mut at = start;
        for piece in pieces {
            out.push(RawToken {
                start: at,
                end: at + piece.orth.len(),
                space_after: false,
                norm: piece.norm.clone(),
            });
            at += piece.orth.len();
        }
        true
    }

    fn plain(start: usize, end: usize) -> RawToken {
        RawToken {
            start,
            end,
            space_after: false,
            norm: None,
        }
    }

    /// One whitespace-free (or all-whitespace) chunk, from the cache where it was split before.
    fn chunk(&self, text: &str, lo: usize, hi: usize, specials: bool, out: &mut Vec<RawToken>) {
        if !specials {
            return self.split_chunk(text, lo, hi, specials, out);
        }
        let key = &text[lo..hi];
        if let Some(hit) = self.cache.read().ok().and_then(|c| c.get(key).cloned()) {
            out.extend(hit.iter().map(|t| RawToken {
                start: t.start + lo,
                end: t.end + lo,
                space_after: false,
                norm: t.norm.clone(),
            }));
            return;
        }
        let before = out.len();
        self.split_chunk(text, lo, hi, specials, out);
        let relative: std::sync::Arc<[RawToken]> = out[before..]
            .iter()
            .map(|t| RawToken {
                start: t.start - lo,
                end: t.end - lo,
                space_after: false,
                norm: t.norm.clone(),
            })
            .collect();
        if let Ok(mut cache) = self.cache.write() {
            if cache.len() >= CACHE_LIMIT {
                cache.clear();
            }
            cache.insert(key.to_string(), relative);
        }
    }

    /// One whitespace-free (or all-whitespace) chunk: `_tokenize` in spaCy.
    fn split_chunk(
        &self,
        text: &str,
        lo: usize,
        hi: usize,
        specials: bool,
        out: &mut Vec<RawToken>,
    ) {
        if specials && self.push_special(&text[lo..hi], lo, out) {
            return;
        }
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        let mut suffixes: Vec<(usize, usize)> = Vec::new();
        let (mut s, mut e) = (lo, hi);
        let is_special = |a: usize, b: usize| specials && self.specials.contains_key(&text[a..b]);
        let mut last_size = 0usize;
        while s < e && e - s != last_size {
            if Self::matches(&self.token_match, &text[s..e]) || is_special(s, e) {
                break;
            }
            last_size = e - s;
            let pre_len = self.prefix_len(&text[s..e]);
            if pre_len != 0 && s + pre_len < e && is_special(s + pre_len, e) {
                prefixes.push((s, s + pre_len));
                s += pre_len;
                break;
            }
            let suf_len = self.suffix_len(&text[s + pre_len..e]);
            if suf_len != 0 && e - suf_len > s && is_special(s, e - suf_len) {
                suffixes.push((e - suf_len, e));
                e -= suf_len;
                break;
            }
            if pre_len != 0 && suf_len != 0 && pre_len + suf_len <= e - s {
                prefixes.push((s, s + pre_len));
                suffixes.push((e - suf_len, e));
                s += pre_len;
                e -= suf_len;
            } else if pre_len != 0 {
                prefixes.push((s, s + pre_len));
                s += pre_len;
            } else if suf_len != 0 {
                suffixes.push((e - suf_len, e));
                e -= suf_len;
            }
        }
        for (a, b) in prefixes {
            out.push(Self::plain(a, b));
        }
        if s < e {
            let core = &text[s..e];
            if specials && self.push_special(core, s, out) {
            } else if Self::matches(&self.token_match, core) || Self::matches(&self.url_match, core)
            {
                out.push(Self::plain(s, e));
            } else {
                self.split_infixes(core, s, out);
            }
        }
        for (a, b) in suffixes.into_iter().rev() {
            out.push(Self::plain(a, b));
        }
    }

    fn split_infixes(&self, core: &str, offset: usize, out: &mut Vec<RawToken>) {
        let Some(re) = &self.infix else {
            out.push(Self::plain(offset, offset + core.len()));
            return;
        };
        let mut start = 0usize;
        let mut any = false;
        for (m_start, m_end) in re.find_all(core) {
            any = true;
            if m_start == 0 {
                continue;
            }
            if m_start != start {
                out.push(Self::plain(offset + start, offset + m_start));
            }
            if m_start != m_end {
                out.push(Self::plain(offset + m_start, offset + m_end));
            }
            start = m_end;
        }
        if !any {
            out.push(Self::plain(offset, offset + core.len()));
            return;
        }
        if start < core.len() {
            out.push(Self::plain(offset + start, offset + core.len()));
        }
    }

    /// spaCy's `_apply_special_cases`: runs of tokens that spell an affixed special case's
    /// pieces are candidates; the longest win, and a candidate is replaced by the special
    /// case's tokens only where the text it covers is exactly that special case.
    fn rejoin_specials(&self, text: &str, tokens: Vec<RawToken>) -> Vec<RawToken> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for i in 0..tokens.len() {
            let first = &text[tokens[i].start..tokens[i].end];
            let Some(candidates) = self.rematch.get(first) else {
                continue;
            };
            for special in candidates {
                let n = special.pieces.len();
                if i + n > tokens.len() {
                    continue;
                }
                let spelled = special
                    .pieces
                    .iter()
                    .zip(&tokens[i..i + n])
                    .all(|(p, t)| &text[t.start..t.end] == p);
                if spelled && !found.contains(&(i, i + n)) {
                    found.push((i, i + n));
                }
            }
        }
        if found.is_empty() {
            return tokens;
        }
        // Longest first, earlier start first among equals (spaCy sorts by length, then by
        // falling start, and takes from the end); a span whose first or last token is already
        // taken is dropped.
        found.sort_by_key(|&(s, e)| (e - s, std::cmp::Reverse(s)));
        let mut taken = vec![false; tokens.len()];
        let mut kept = Vec::new();
        for &(s, e) in found.iter().rev() {
            if !taken[s] && !taken[e - 1] {
                kept.push((s, e));
            }
            for t in taken.iter_mut().take(e).skip(s) {
                *t = true;
            }
        }
        kept.sort_unstable();
        let mut out = Vec::with_capacity(tokens.len());
        let mut i = 0;
        let mut next = kept.into_iter().peekable();
        while i < tokens.len() {
            match next.peek() {
                Some(&(s, e)) if s == i => {
                    next.next();
                    let covered = &text[tokens[s].start..tokens[e - 1].end];
                    let before = out.len();
                    if self.push_special(covered, tokens[s].start, &mut out) {
                        if let Some(last) = out.last_mut() {
                            last.space_after = tokens[e - 1].space_after;
                        }
                        debug_assert!(out.len() > before);
                    } else {
                        out.extend_from_slice(&tokens[s..e]);
                    }
                    i = e;
                }
                _ => {
                    out.push(tokens[i].clone());
                    i += 1;
                }
            }
        }
        out
    }
}
