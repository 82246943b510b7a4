//! News feeds followed: RSS 2.0, Atom and sitemaps polled (conditional GET with the ETag and
//! Last-Modified the feed last gave), each new item's page fetched (timeouts, a size limit, an
//! error of its own when it fails), de-duplicated by URL and by content, and ingested as a
//! report with the item's title, outlet, date and URL; then the watched subjects are screened
//! against what it added. Feeds, polls and the items seen are records of the store's `feeds`
//! journal.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use vigil_ingest::feeds::{parse_feed, FeedItem, FeedKind};

use crate::reports::{ItemMeta, PageArgs};
use crate::{now_rfc3339, Engine, EngineError, Result, ResultExt};

/// The store journal of feeds, polls and items.
pub const JOURNAL: &str = "feeds";
/// Largest feed document read.
pub const MAX_FEED_BYTES: u64 = 10 << 20;
/// Largest page read.
pub const MAX_PAGE_BYTES: u64 = 5 << 20;
/// Most new items fetched in one poll of one feed (the rest wait for the next).
pub const MAX_NEW_ITEMS: usize = 200;
/// Most sitemaps read from one sitemap index.
const MAX_SITEMAPS: usize = 20;

/// A feed followed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Feed {
    pub id: String,
    pub url: String,
    /// Seconds between polls when `vigil serve` polls.
    pub every: u64,
    /// The outlet its pages are from, when the pages do not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    pub added: String,
}

/// A page that could not be fetched or read, with why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemError {
    pub url: String,
    pub error: String,
}

/// One poll of one feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Poll {
    pub feed_id: String,
    pub at: String,
    /// `ok`, `not_modified` (the feed answered 304) or `failed`.
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    pub items: usize,
    /// Pages ingested as new documents by this poll.
    pub ingested: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ItemError>,
}

/// An item taken in: its URL, the content's hash and the document it became.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    pub feed_id: String,
    pub url: String,
    pub content_hash: String,
    pub document: Option<String>,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
enum Record {
    FeedAdded(Feed),
    FeedRemoved { id: String, at: String },
    Polled(Poll),
    Seen(Seen),
}

/// The journal replayed.
#[derive(Default)]
pub struct FeedState {
    pub feeds: Vec<Feed>,
    /// The latest poll of each feed.
    pub last_poll: HashMap<String, Poll>,
    /// The latest poll of each feed that read it (its ETag and Last-Modified).
    last_read: HashMap<String, Poll>,
    urls: HashSet<String>,
    hashes: HashMap<String, Option<String>>,
}

/// `30m`, `2h`, `1d`, `90s` or plain seconds.
pub fn parse_every(text: &str) -> Result<u64> {
    let t = text.trim();
    let (num, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let n: u64 = num
        .parse()
        .map_err(|_| EngineError::refused(format!("--every {text:?}: write 90s, 30m, 2h or 1d")))?;
    let secs = match unit {
        "" | "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => {
            return Err(EngineError::refused(format!(
                "--every {text:?}: write 90s, 30m, 2h or 1d"
            )))
        }
    };
    if secs < 60 {
        return Err(EngineError::refused(format!(
            "--every {text:?}: at least one minute between polls"
        )));
    }
    Ok(secs)
}

fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .redirects(5)
        .user_agent("vigil (news feed reader)")
        .build()
}

/// GET `url` and read at most `limit` bytes: the response, or why not.
fn fetch(
    agent: &ureq::Agent,
    url: &str,
    limit: u64,
    conditional: Option<&Poll>,
) -> std::result::Result<Fetched, String> {
    let mut req = agent.get(url);
    if let Some(p) = conditional {
        if let Some(e) = &p.etag {
            req = req.set("If-None-Match", e);
        }
        if let Some(m) = &p.last_modified {
            req = req.set("If-Modified-Since", m);
        }
    }
    let r = match req.call() {
        Ok(r) => r,
        Err(ureq::Error::Status(code, _)) => return Err(format!("HTTP {code}")),
        Err(e) => return Err(e.to_string()),
    };
    if r.status() == 304 {
        return Ok(Fetched::NotModified);
    }
    let etag = r.header("ETag").map(str::to_string);
    let last_modified = r.header("Last-Modified").map(str::to_string);
    let mut bytes = Vec::new();
    r.into_reader()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("reading the body: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("larger than {} MiB", limit >> 20));
    }
    Ok(Fetched::Body {
        bytes,
        etag,
        last_modified,
    })
}

enum Fetched {
    NotModified,
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
    },
}

impl Engine {
    /// The feeds followed, their latest polls, the items seen.
    pub fn feed_state(&self) -> Result<FeedState> {
        let mut s = FeedState::default();
        for r in self.read_journal::<Record>(JOURNAL)? {
            match r {
                Record::FeedAdded(f) => s.feeds.push(f),
                Record::FeedRemoved { id, .. } => s.feeds.retain(|f| f.id != id),
                Record::Polled(p) => {
                    if p.status == "ok" {
                        s.last_read.insert(p.feed_id.clone(), p.clone());
                    }
                    s.last_poll.insert(p.feed_id.clone(), p);
                }
                Record::Seen(i) => {
                    s.urls.insert(i.url.clone());
                    s.hashes.insert(i.content_hash, i.document);
                }
            }
        }
        Ok(s)
    }

    /// Follow a feed, polled every `every` seconds by `vigil serve`.
    pub fn feed_add(&self, url: &str, every: u64, source: Option<&str>) -> Result<Feed> {
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() <= 2000
            && !url.contains(char::is_whitespace);
        if !ok {
            return Err(EngineError::refused(format!(
                "{url:?}: give the feed's http:// or https:// URL"
            )));
        }
        if let Some(s) = source {
            vigil_model::vocab::check_label("--source", s).map_err(EngineError::refused)?;
        }
        let state = self.feed_state()?;
        if let Some(f) = state.feeds.iter().find(|f| f.url == url) {
            return Err(EngineError::refused(format!(
                "{url} is followed already ({})",
                f.id
            )));
        }
        let hex: String = Sha256::digest(url.as_bytes())[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let feed = Feed {
            id: format!("feed-{hex}"),
            url: url.to_string(),
            every,
            source: source.map(str::to_string),
            added: now_rfc3339(),
        };
        self.append_journal(JOURNAL, &[Record::FeedAdded(feed.clone())])?;
        Ok(feed)
    }

    /// Stop following a feed (what it brought stays).
    pub fn feed_remove(&self, id: &str) -> Result<()> {
        if !self.feed_state()?.feeds.iter().any(|f| f.id == id) {
            return Err(EngineError::refused(format!(
                "no feed {id:?} (`vigil feeds list` names them)"
            )));
        }
        self.append_journal(
            JOURNAL,
            &[Record::FeedRemoved {
                id: id.to_string(),
                at: now_rfc3339(),
            }],
        )
    }

    /// Poll the feeds (only those due, when `due_only`): new items fetched and ingested, the
    /// watched subjects screened against them. One poll record per feed.
    pub fn poll_feeds(&self, due_only: bool) -> Result<Vec<Poll>> {
        let state = self.feed_state()?;
        let now = time::OffsetDateTime::now_utc();
        let due = |f: &Feed| {
            let Some(p) = state.last_poll.get(&f.id) else {
                return true;
            };
            time::OffsetDateTime::parse(&p.at, &time::format_description::well_known::Rfc3339)
                .map_or(true, |at| (now - at).whole_seconds() >= f.every as i64)
        };
        let feeds: Vec<Feed> = state
            .feeds
            .iter()
            .filter(|f| !due_only || due(f))
            .cloned()
            .collect();
        let agent = agent();
        let mut polls = Vec::new();
        let mut state = state;
        for feed in feeds {
            let poll = self.poll_one(&agent, &feed, &mut state)?;
            polls.push(poll);
        }
        if polls.iter().any(|p| p.ingested > 0) {
            self.watch_catch_up()?;
        }
        Ok(polls)
    }

    fn poll_one(&self, agent: &ureq::Agent, feed: &Feed, state: &mut FeedState) -> Result<Poll> {
        let mut poll = Poll {
            feed_id: feed.id.clone(),
            at: now_rfc3339(),
            status: "ok".into(),
            error: None,
            etag: None,
            last_modified: None,
            items: 0,
            ingested: 0,
            errors: Vec::new(),
        };
        let items = match self.read_feed(agent, feed, state, &mut poll) {
            Ok(Some(items)) => items,
            Ok(None) => {
                poll.status = "not_modified".into();
                self.append_journal(JOURNAL, &[Record::Polled(poll.clone())])?;
                return Ok(poll);
            }
            Err(e) => {
                poll.status = "failed".into();
                poll.error = Some(e);
                self.append_journal(JOURNAL, &[Record::Polled(poll.clone())])?;
                return Ok(poll);
            }
        };
        poll.items = items.len();
        let new: Vec<FeedItem> = items
            .into_iter()
            .filter(|i| !state.urls.contains(&i.url))
            .take(MAX_NEW_ITEMS)
            .collect();
        let dir = tempfile::Builder::new()
            .prefix("vigil-feed-")
            .tempdir()
            .ctx("making a directory for fetched pages")?;
        let mut records = Vec::new();
        let mut metas = HashMap::new();
        let mut fetched: Vec<(std::path::PathBuf, String, String)> = Vec::new();
        for (n, item) in new.iter().enumerate() {
            let bytes = match fetch(agent, &item.url, MAX_PAGE_BYTES, None) {
                Ok(Fetched::Body { bytes, .. }) => bytes,
                Ok(Fetched::NotModified) => continue,
                Err(e) => {
                    poll.errors.push(ItemError {
                        url: item.url.clone(),
                        error: e,
                    });
                    continue;
                }
            };
            let hash: String = Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            if let Some(doc) = state.hashes.get(&hash) {
                // The same page under another URL: seen, not read twice.
                records.push(Record::Seen(Seen {
                    feed_id: feed.id.clone(),
                    url: item.url.clone(),
                    content_hash: hash,
                    document: doc.clone(),
                    at: now_rfc3339(),
                }));
                continue;
            }
            // Named by number: a URL is no file name. HTML or text is told from the content.
            let path = dir.path().join(format!("item-{n:04}.html"));
            std::fs::write(&path, &bytes).ctx("saving a fetched page")?;
            metas.insert(
                path.clone(),
                ItemMeta {
                    url: item.url.clone(),
                    title: item.title.clone(),
                    published: item.published.clone(),
                },
            );
            fetched.push((path, item.url.clone(), hash));
        }
        if !fetched.is_empty() {
            let args = PageArgs {
                paths: fetched.iter().map(|(p, ..)| p.clone()).collect(),
                source: feed.source.clone(),
                published: None,
                dataset: vigil_link::REPORTS_DATASET.into(),
                items: metas,
            };
            let done = self.ingest_pages(&args)?;
            for ((_, url, hash), outcome) in fetched.iter().zip(&done.outcomes) {
                match &outcome.error {
                    Some(e) => poll.errors.push(ItemError {
                        url: url.clone(),
                        error: e.clone(),
                    }),
                    None => {
                        if outcome.chars.is_some() {
                            poll.ingested += 1;
                        }
                        records.push(Record::Seen(Seen {
                            feed_id: feed.id.clone(),
                            url: url.clone(),
                            content_hash: hash.clone(),
                            document: outcome.document.clone(),
                            at: now_rfc3339(),
                        }));
                    }
                }
            }
        }
        for r in &records {
            if let Record::Seen(s) = r {
                state.urls.insert(s.url.clone());
                state
                    .hashes
                    .insert(s.content_hash.clone(), s.document.clone());
            }
        }
        records.push(Record::Polled(poll.clone()));
        state.last_read.insert(feed.id.clone(), poll.clone());
        self.append_journal(JOURNAL, &records)?;
        Ok(poll)
    }

    /// The feed's items, or `None` when it did not change since it was last read.
    fn read_feed(
        &self,
        agent: &ureq::Agent,
        feed: &Feed,
        state: &FeedState,
        poll: &mut Poll,
    ) -> std::result::Result<Option<Vec<FeedItem>>, String> {
        let (bytes, etag, last_modified) = match fetch(
            agent,
            &feed.url,
            MAX_FEED_BYTES,
            state.last_read.get(&feed.id),
        )? {
            Fetched::NotModified => return Ok(None),
            Fetched::Body {
                bytes,
                etag,
                last_modified,
            } => (bytes, etag, last_modified),
        };
        poll.etag = etag;
        poll.last_modified = last_modified;
        let text = String::from_utf8_lossy(&bytes);
        let (kind, items) = parse_feed(&text)?;
        if kind != FeedKind::SitemapIndex {
            return Ok(Some(items));
        }
        // A sitemap index: the items of the sitemaps it lists.
        let mut all = Vec::new();
        for sitemap in items.iter().take(MAX_SITEMAPS) {
            match fetch(agent, &sitemap.url, MAX_FEED_BYTES, None) {
                Ok(Fetched::Body { bytes, .. }) => {
                    match parse_feed(&String::from_utf8_lossy(&bytes)) {
                        Ok((FeedKind::Sitemap, items)) => all.extend(items),
                        Ok(_) => poll.errors.push(ItemError {
                            url: sitemap.url.clone(),
                            error: "not a sitemap".into(),
                        }),
                        Err(e) => poll.errors.push(ItemError {
                            url: sitemap.url.clone(),
                            error: e,
                        }),
                    }
                }
                Ok(Fetched::NotModified) => {}
                Err(e) => poll.errors.push(ItemError {
                    url: sitemap.url.clone(),
                    error: e,
                }),
            }
        }
        Ok(Some(all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_read_as_people_write_them() {
        assert_eq!(parse_every("30m").ok(), Some(1800));
        assert_eq!(parse_every("2h").ok(), Some(7200));
        assert_eq!(parse_every("1d").ok(), Some(86_400));
        assert_eq!(parse_every("600").ok(), Some(600));
        assert!(parse_every("10s").is_err(), "too often");
        assert!(parse_every("soon").is_err());
        assert!(parse_every("5w").is_err());
    }
}
