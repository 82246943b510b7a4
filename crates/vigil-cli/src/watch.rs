//! `vigil watch` (subjects under watch) and `vigil alerts` (what changed for them, and the
//! analysts' decisions): the work is `vigil_engine::watch`.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use vigil_engine::watch::SubjectInput;
use vigil_engine::Engine;
use vigil_watch::{Alert, WatchState};

use crate::judge::who;

#[derive(clap::Subcommand)]
pub enum WatchCommand {
    /// Put a subject under watch (or every row of --batch), screened at once.
    Add(AddArgs),
    /// The subjects under watch.
    List,
    /// Screen the subjects against what was loaded since they were last screened (what every
    /// load does by itself, unless it was told --no-watch).
    Rescreen {
        /// Screen every subject against every entity, keeping the matches with entities
        /// changed since: slower, the same alerts.
        #[arg(long)]
        full: bool,
        /// Say what would be raised; record nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Take subjects off the watch list (their alerts and decisions stay).
    Remove {
        #[arg(required = true)]
        ids: Vec<String>,
        /// Who (default: $USER).
        #[arg(long)]
        by: Option<String>,
    },
}

#[derive(clap::Args)]
pub struct AddArgs {
    /// The subject's name (or use --batch).
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    pub name: Option<String>,
    /// Schema: Person, Organization, Company, LegalEntity, Vessel, ... [default: LegalEntity]
    #[arg(long)]
    pub schema: Option<String>,
    #[arg(long)]
    pub birth_date: Option<String>,
    #[arg(long)]
    pub country: Option<String>,
    /// Your id for the subject (a customer number); default: one made from the name.
    #[arg(long)]
    pub id: Option<String>,
    /// A CSV of subjects, columns id,name,schema,birth_date,country (name required; a row
    /// that cannot be read refuses the file, naming its line).
    #[arg(long)]
    pub batch: Option<PathBuf>,
    /// Who (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
}

#[derive(clap::Subcommand)]
pub enum AlertsCommand {
    /// Decide an alert: false-positive, true-match or escalated, with a note saying why.
    Decide {
        id: String,
        #[arg(long = "as", value_parser = vigil_watch::Verdict::ALL)]
        verdict: String,
        #[arg(long)]
        note: String,
        /// Who decides (default: $USER).
        #[arg(long)]
        by: Option<String>,
    },
    /// Every alert with every decision on it, as JSON lines, for an auditor.
    Export {
        /// Where to (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
pub struct AlertsArgs {
    #[command(subcommand)]
    pub command: Option<AlertsCommand>,
    /// Which alerts: open (not decided), decided, or all.
    #[arg(long, default_value = "open", value_parser = ["open", "decided", "all"])]
    pub status: String,
    /// Only this subject's alerts.
    #[arg(long)]
    pub subject: Option<String>,
}

pub fn watch(engine: &Engine, command: &WatchCommand, json: bool) -> Result<()> {
    match command {
        WatchCommand::Add(args) => add(engine, args, json),
        WatchCommand::List => {
            let state = engine.watch_state()?;
            if json {
                return crate::print_json(&serde_json::json!({
                    "subjects": state.subjects.values().collect::<Vec<_>>(),
                }));
            }
            for s in state.subjects.values() {
                let open = state
                    .alerts
                    .iter()
                    .filter(|a| a.subject_id == s.id && state.status(&a.id) == "open")
                    .count();
                println!(
                    "{}  {} [{}]{}{}  watched since {}; {open} open alert(s)",
                    s.id,
                    s.name,
                    s.schema,
                    s.birth_date
                        .as_deref()
                        .map(|d| format!(" born {d}"))
                        .unwrap_or_default(),
                    s.country
                        .as_deref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default(),
                    s.added.get(..10).unwrap_or(&s.added)
                );
            }
            println!("{} subject(s) under watch", state.subjects.len());
            Ok(())
        }
        WatchCommand::Rescreen { full, dry_run } => {
            let started = std::time::Instant::now();
            let alerts = engine.watch_rescreen(*full, !dry_run)?;
            let seconds = started.elapsed().as_secs_f64();
            if json {
                return crate::print_json(&serde_json::json!({
                    "alerts": alerts, "seconds": seconds, "full": full, "recorded": !dry_run,
                }));
            }
            for a in &alerts {
                print_alert(a, "open", None);
            }
            println!(
                "{} alert(s) {} in {seconds:.2}s",
                alerts.len(),
                if *dry_run {
                    "would be raised"
                } else {
                    "raised"
                }
            );
            Ok(())
        }
        WatchCommand::Remove { ids, by } => {
            let removed = engine.watch_remove(ids, Some(&who(by)))?;
            if json {
                return crate::print_json(&serde_json::json!({ "removed": removed }));
            }
            println!("{} subject(s) no longer watched", removed.len());
            Ok(())
        }
    }
}

/// Subjects from a CSV: every row read with its line; any row that cannot be read refuses the
/// file (none is dropped).
fn read_batch(path: &std::path::Path) -> Result<Vec<SubjectInput>> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut rows = vigil_ingest::batch::BatchRows::new(std::io::BufReader::new(file));
    let headers = rows
        .headers()
        .map_err(|e| anyhow::anyhow!("{}: reading the header: {e}", path.display()))?;
    const COLUMNS: [&str; 5] = ["id", "name", "schema", "birth_date", "country"];
    if let Some(bad) = headers.iter().find(|h| !COLUMNS.contains(&h.trim())) {
        bail!(
            "{}: unknown column {bad:?}; the columns are {}",
            path.display(),
            COLUMNS.join(",")
        );
    }
    let col = |n: &str| headers.iter().position(|h| h.trim() == n);
    let Some(name_col) = col("name") else {
        bail!(
            "{}: no name column (columns: {})",
            path.display(),
            COLUMNS.join(",")
        );
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    while let Some((line, row)) = rows.next_row() {
        match row {
            Ok(r) => {
                let get = |c: Option<usize>| c.and_then(|c| r.get(c)).map(str::to_string);
                out.push(SubjectInput {
                    id: get(col("id")).filter(|v| !v.trim().is_empty()),
                    name: get(Some(name_col)).unwrap_or_default(),
                    schema: get(col("schema")),
                    birth_date: get(col("birth_date")),
                    country: get(col("country")),
                });
                if out.last().is_some_and(|s| s.name.trim().is_empty()) {
                    problems.push(format!("line {line}: no name"));
                }
            }
            Err(e) => problems.push(format!("line {line}: {e}")),
        }
    }
    if !problems.is_empty() {
        bail!(
            "{}: {} row(s) cannot be read, so no subject was added: {}",
            path.display(),
            problems.len(),
            problems.into_iter().take(20).collect::<Vec<_>>().join("; ")
        );
    }
    Ok(out)
}

fn add(engine: &Engine, args: &AddArgs, json: bool) -> Result<()> {
    let inputs = match (&args.batch, &args.name) {
        (Some(path), _) => read_batch(path)?,
        (None, Some(name)) => vec![SubjectInput {
            id: args.id.clone(),
            name: name.clone(),
            schema: args.schema.clone(),
            birth_date: args.birth_date.clone(),
            country: args.country.clone(),
        }],
        (None, None) => bail!("give a name or --batch FILE"),
    };
    let added = engine.watch_add(inputs, Some(&who(&args.by)))?;
    if json {
        return crate::print_json(&serde_json::json!({
            "added": added.subjects, "alerts": added.alerts,
        }));
    }
    println!("{} subject(s) under watch now", added.subjects.len());
    for a in &added.alerts {
        print_alert(a, "open", None);
    }
    println!("{} alert(s) raised", added.alerts.len());
    Ok(())
}

fn print_alert(a: &Alert, status: &str, state: Option<&WatchState>) {
    println!(
        "{} {:<14} {:<7} {:.2} subject {} ~ {} [{}] {} ({})",
        a.id,
        a.reason.as_str(),
        status,
        a.score,
        a.subject_id,
        a.entity_id,
        a.entity_schema,
        a.entity_caption,
        a.datasets.join(", ")
    );
    println!("        {}", a.explanation);
    if let Some(d) = state.and_then(|s| s.decision(&a.id)) {
        println!(
            "        decided {} by {} on {}: {}",
            d.verdict.as_str(),
            d.by,
            d.at.get(..10).unwrap_or(&d.at),
            d.note
        );
    }
}

pub fn alerts(engine: &Engine, args: &AlertsArgs, json: bool) -> Result<()> {
    match &args.command {
        Some(AlertsCommand::Decide {
            id,
            verdict,
            note,
            by,
        }) => {
            let d = engine.decide(id, verdict, note, &who(by))?;
            if json {
                return crate::print_json(&d);
            }
            println!("{}: decided {} by {}", d.alert_id, d.verdict.as_str(), d.by);
            Ok(())
        }
        Some(AlertsCommand::Export { output }) => {
            let state = engine.watch_state()?;
            let mut sink: Box<dyn std::io::Write> = match output {
                Some(p) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(p)
                        .with_context(|| format!("creating {}", p.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            for a in &state.alerts {
                writeln!(sink, "{}", state.alert_json(a))?;
            }
            sink.flush()?;
            if let Some(p) = output {
                eprintln!(
                    "exported {} alert(s) to {}",
                    state.alerts.len(),
                    p.display()
                );
            }
            Ok(())
        }
        None => {
            let state = engine.watch_state()?;
            let chosen: Vec<&Alert> = state
                .alerts
                .iter()
                .filter(|a| args.status == "all" || state.status(&a.id) == args.status)
                .filter(|a| args.subject.as_ref().is_none_or(|s| *s == a.subject_id))
                .collect();
            if json {
                return crate::print_json(&serde_json::json!({
                    "alerts": chosen.iter().map(|a| state.alert_json(a)).collect::<Vec<_>>(),
                }));
            }
            for a in &chosen {
                print_alert(a, state.status(&a.id), Some(&state));
                if !a.added.is_empty() || !a.removed.is_empty() {
                    for (p, v, d) in &a.added {
                        println!("          + {p} {v:?} ({d})");
                    }
                    for (p, v, d) in &a.removed {
                        println!("          - {p} {v:?} ({d})");
                    }
                }
            }
            println!("{} {} alert(s)", chosen.len(), args.status);
            Ok(())
        }
    }
}

/// After a load, update or ingest: the watched subjects screened against what it changed.
/// Said on standard error either way: standard output is the command's own answer.
pub fn after_write(engine: &Engine) -> Result<()> {
    let alerts = engine.watch_catch_up()?;
    if !alerts.is_empty() {
        eprintln!(
            "vigil: {} new alert(s) for watched subjects (`vigil alerts`)",
            alerts.len()
        );
    }
    Ok(())
}

#[derive(clap::Subcommand)]
pub enum WebhooksCommand {
    /// POST every new alert to URL as JSON, signed with HMAC-SHA256 under the secret in the
    /// `X-Vigil-Signature: sha256=HEX` header; retried with backoff, every attempt logged.
    Add {
        url: String,
        /// The shared secret (at least 16 characters; or VIGIL_WEBHOOK_SECRET).
        #[arg(long, env = "VIGIL_WEBHOOK_SECRET", hide_env_values = true)]
        secret: String,
    },
    /// The webhooks registered (secrets are not shown).
    List,
    /// Stop sending to a webhook.
    Remove { id: String },
    /// Every delivery attempt: alert, webhook, HTTP status or error.
    Log,
    /// Send again every alert a webhook has not taken (refused, unreachable or skipped).
    Retry,
}

pub fn webhooks(engine: &Engine, command: &WebhooksCommand, json: bool) -> Result<()> {
    match command {
        WebhooksCommand::Add { url, secret } => {
            let mut hook = engine.webhook_add(url, secret)?;
            hook.secret.clear();
            if json {
                return crate::print_json(&hook);
            }
            println!("{}: new alerts go to {}", hook.id, hook.url);
        }
        WebhooksCommand::List => {
            let hooks: Vec<_> = engine
                .webhooks()?
                .into_iter()
                .map(|mut h| {
                    h.secret.clear();
                    h
                })
                .collect();
            if json {
                return crate::print_json(&serde_json::json!({ "webhooks": hooks }));
            }
            for h in &hooks {
                println!("{}  {}  since {}", h.id, h.url, h.added);
            }
        }
        WebhooksCommand::Remove { id } => {
            engine.webhook_remove(id)?;
            if json {
                return crate::print_json(&serde_json::json!({ "removed": id }));
            }
            println!("{id}: removed");
        }
        WebhooksCommand::Retry => {
            let log = engine.redeliver()?;
            let taken = log.iter().filter(|d| d.delivered).count();
            if json {
                return crate::print_json(&serde_json::json!({ "deliveries": log }));
            }
            println!("{taken} alert(s) delivered in {} attempt(s)", log.len());
        }
        WebhooksCommand::Log => {
            let log = engine.deliveries()?;
            if json {
                return crate::print_json(&serde_json::json!({ "deliveries": log }));
            }
            for d in &log {
                println!(
                    "{} {} -> {} attempt {}: {}",
                    d.at,
                    d.alert_id,
                    d.webhook_id,
                    d.attempt,
                    match (&d.error, d.status) {
                        (None, Some(s)) => format!("delivered (HTTP {s})"),
                        (Some(e), _) => e.clone(),
                        (None, None) => "delivered".into(),
                    }
                );
            }
            println!("{} attempt(s)", log.len());
        }
    }
    Ok(())
}

#[derive(clap::Subcommand)]
pub enum FeedsCommand {
    /// Follow an RSS 2.0, Atom or sitemap feed: each new item's page is read as a report.
    Add {
        url: String,
        /// Time between polls when `vigil serve` polls: 90s, 30m, 2h, 1d.
        #[arg(long, default_value = "30m")]
        every: String,
        /// The outlet, when its pages do not say.
        #[arg(long)]
        source: Option<String>,
    },
    /// The feeds followed, with their last poll.
    List,
    /// Stop following a feed (what it brought stays).
    Remove { id: String },
    /// Poll every feed now (or only those due, --due): new items fetched and read, the watched
    /// subjects screened against them.
    Poll {
        #[arg(long)]
        due: bool,
    },
}

fn print_poll(p: &vigil_engine::feeds::Poll) {
    println!(
        "{} {}: {} item(s), {} new document(s){}",
        p.feed_id,
        p.status,
        p.items,
        p.ingested,
        p.error
            .as_deref()
            .map(|e| format!("; {e}"))
            .unwrap_or_default()
    );
    for e in &p.errors {
        println!("        {}: {}", e.url, e.error);
    }
}

pub fn feeds(engine: &Engine, command: &FeedsCommand, json: bool) -> Result<()> {
    match command {
        FeedsCommand::Add { url, every, source } => {
            let every = vigil_engine::feeds::parse_every(every)?;
            let feed = engine.feed_add(url, every, source.as_deref())?;
            if json {
                return crate::print_json(&feed);
            }
            println!("{}: following {} every {}s", feed.id, feed.url, feed.every);
        }
        FeedsCommand::List => {
            let state = engine.feed_state()?;
            if json {
                let feeds: Vec<_> = state
                    .feeds
                    .iter()
                    .map(
                        |f| serde_json::json!({"feed": f, "last_poll": state.last_poll.get(&f.id)}),
                    )
                    .collect();
                return crate::print_json(&serde_json::json!({ "feeds": feeds }));
            }
            for f in &state.feeds {
                let last = state
                    .last_poll
                    .get(&f.id)
                    .map(|p| format!("last polled {} ({})", p.at, p.status))
                    .unwrap_or_else(|| "never polled".into());
                println!("{}  {}  every {}s; {last}", f.id, f.url, f.every);
            }
        }
        FeedsCommand::Remove { id } => {
            engine.feed_remove(id)?;
            if json {
                return crate::print_json(&serde_json::json!({ "removed": id }));
            }
            println!("{id}: no longer followed");
        }
        FeedsCommand::Poll { due } => {
            let polls = engine.poll_feeds(*due)?;
            if json {
                return crate::print_json(&serde_json::json!({ "polls": polls }));
            }
            for p in &polls {
                print_poll(p);
            }
        }
    }
    Ok(())
}
