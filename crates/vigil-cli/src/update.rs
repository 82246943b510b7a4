//! `vigil update`: download the current lists from their publishers, verify them, load them.
//!
//! Verification before anything is written: HTTP 200, a size cap, an optional pinned SHA-256,
//! a full parse, and a shrink guard (a list that lost more than half its entities since the
//! last version is more likely a broken download than a policy change; `--force` overrides).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use vigil_ingest::{Format, SourceSet};

use crate::load::print_reports;
use vigil_engine::Engine;

/// Largest download accepted (the full EU list is about 25 MB; OFAC's advanced XML about 120 MB).
const MAX_DOWNLOAD: u64 = 512 << 20;

#[derive(clap::Args)]
pub struct UpdateArgs {
    /// Only these sources (default: all): ofac-sdn, ofac-cons, un-sc, eu-fsf, us-csl.
    #[arg(long = "only", value_delimiter = ',')]
    pub only: Vec<String>,
    /// A JSON file of sources replacing the built-in ones:
    /// `[{"name","dataset","format","files":[{"url","file","sha256"?}]}]`.
    #[arg(long)]
    pub sources: Option<PathBuf>,
    /// Fetch every file from BASE/<file name> instead (a mirror, or a test server).
    #[arg(long)]
    pub base_url: Option<String>,
    /// Load even when a list shrank by more than half since its last version.
    #[arg(long)]
    pub force: bool,
    /// Seconds before a download is abandoned.
    #[arg(long, default_value_t = 120)]
    pub timeout: u64,
    /// How stored reports are read again when the update changes a list.
    #[command(flatten)]
    pub reader: crate::ingest::ReaderArgs,
}

#[derive(Debug, Clone, Deserialize)]
pub struct UpdateSource {
    pub name: String,
    pub dataset: String,
    pub format: String,
    pub files: Vec<RemoteFile>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RemoteFile {
    pub url: String,
    /// The local file name, which also tells the loader each OFAC file's role.
    pub file: String,
    #[serde(default)]
    pub sha256: Option<String>,
}

fn remote(url: &str, file: &str) -> RemoteFile {
    RemoteFile {
        url: url.to_string(),
        file: file.to_string(),
        sha256: None,
    }
}

/// The publishers' own addresses.
pub fn default_sources() -> Vec<UpdateSource> {
    const OFAC: &str = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports";
    let ofac = |name: &str, dataset: &str, files: &[(&str, &str)]| UpdateSource {
        name: name.into(),
        dataset: dataset.into(),
        format: "ofac-csv".into(),
        files: files
            .iter()
            .map(|(u, f)| remote(&format!("{OFAC}/{u}"), f))
            .collect(),
    };
    vec![
        ofac(
            "us_ofac_sdn",
            "us_ofac_sdn",
            &[("SDN.CSV", "sdn.csv"), ("ADD.CSV", "add.csv"), ("ALT.CSV", "alt.csv"), ("SDN_COMMENTS.CSV", "sdn_comments.csv")],
        ),
        ofac(
            "us_ofac_cons",
            "us_ofac_cons",
            &[("CONS_PRIM.CSV", "cons_prim.csv"), ("CONS_ADD.CSV", "cons_add.csv"), ("CONS_ALT.CSV", "cons_alt.csv"), ("CONS_COMMENTS.CSV", "cons_comments.csv")],
        ),
        UpdateSource {
            name: "un_sc_sanctions".into(),
            dataset: "un_sc_sanctions".into(),
            format: "un-xml".into(),
            files: vec![remote("https://scsanctions.un.org/resources/xml/en/consolidated.xml", "consolidated.xml")],
        },
        UpdateSource {
            name: "eu_fsf".into(),
            dataset: "eu_fsf".into(),
            format: "eu-fsf-xml".into(),
            files: vec![remote(
                "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw",
                "eu-fsf.xml",
            )],
        },
        UpdateSource {
            name: "us_trade_csl".into(),
            dataset: "us_trade_csl".into(),
            format: "us-csl".into(),
            files: vec![remote("https://data.trade.gov/downloaded_files/consolidated.csv", "consolidated.csv")],
        },
    ]
}

fn download(agent: &ureq::Agent, file: &RemoteFile, dir: &Path) -> Result<PathBuf> {
    let resp = match agent.get(&file.url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(code, _)) => bail!("{}: HTTP {code}", file.url),
        Err(e) => return Err(e).with_context(|| format!("fetching {}", file.url)),
    };
    let mut body = Vec::new();
    resp.into_reader()
        .take(MAX_DOWNLOAD + 1)
        .read_to_end(&mut body)
        .with_context(|| format!("reading {}", file.url))?;
    if body.len() as u64 > MAX_DOWNLOAD {
        bail!(
            "{}: larger than {} MiB; refusing",
            file.url,
            MAX_DOWNLOAD >> 20
        );
    }
    if body.is_empty() {
        bail!("{}: empty response", file.url);
    }
    if let Some(want) = &file.sha256 {
        let got: String = Sha256::digest(&body)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if !got.eq_ignore_ascii_case(want) {
            bail!(
                "{}: SHA-256 {got} does not match the pinned {want}",
                file.url
            );
        }
    }
    // Keep the file name the loader recognises; say gzip where the bytes are gzip.
    let name = if body.starts_with(&[0x1f, 0x8b]) && !file.file.ends_with(".gz") {
        format!("{}.gz", file.file)
    } else {
        file.file.clone()
    };
    let path = dir.join(name);
    std::fs::write(&path, &body).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

pub fn run(engine: &Engine, args: &UpdateArgs, json: bool) -> Result<()> {
    let mut sources = match &args.sources {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
            serde_json::from_str::<Vec<UpdateSource>>(&text)
                .with_context(|| format!("{}: not a list of sources", p.display()))?
        }
        None => default_sources(),
    };
    if let Some(base) = &args.base_url {
        for s in &mut sources {
            for f in &mut s.files {
                f.url = format!("{}/{}", base.trim_end_matches('/'), f.file);
            }
        }
    }
    if !args.only.is_empty() {
        // Old names (`ofac-sdn`) name the sources they became.
        let only: Vec<String> = args
            .only
            .iter()
            .map(|n| vigil_model::vocab::dataset_name(n))
            .collect();
        for name in &only {
            if !sources.iter().any(|s| &s.name == name) {
                let known: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
                bail!("unknown source {name:?}; known: {}", known.join(", "));
            }
        }
        sources.retain(|s| only.contains(&s.name));
    }
    let agent = ureq::AgentBuilder::new()
        .timeout(Duration::from_secs(args.timeout))
        .build();
    let mut reports = Vec::new();
    let mut failures = Vec::new();
    for src in &sources {
        match update_one(engine, &agent, src, args.force) {
            Ok(mut r) => reports.append(&mut r),
            Err(e) => {
                eprintln!("vigil: {}: not updated: {e:#}", src.name);
                failures.push(src.name.clone());
            }
        }
    }
    print_reports(&reports, json)?;
    let changed = reports.iter().any(|r| !r.unchanged);
    crate::ingest::relink_after_load(engine, &args.reader, changed)?;
    if !failures.is_empty() {
        bail!(
            "{} of {} sources failed: {}",
            failures.len(),
            sources.len(),
            failures.join(", ")
        );
    }
    Ok(())
}

fn update_one(
    engine: &Engine,
    agent: &ureq::Agent,
    src: &UpdateSource,
    force: bool,
) -> Result<Vec<crate::load::LoadReport>> {
    let format = Format::from_name(&src.format)
        .with_context(|| format!("unknown format {:?}", src.format))?;
    let dir = tempfile::tempdir()?;
    let files = src
        .files
        .iter()
        .map(|f| download(agent, f, dir.path()))
        .collect::<Result<Vec<_>>>()?;
    let parsed = engine.parse_all(&[SourceSet { format, files }], Some(&src.dataset))?;
    let guard = crate::load::ShrinkGuard::allow_if(force, "--force");
    Ok(engine.store_all(parsed, None, guard)?)
}
