//! Reading source files: gzip, byte-order marks, encoding checks, hashing, format detection.

use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{IngestError, Location};
use crate::Format;

/// A source file read into memory as UTF-8 text.
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
    /// SHA-256 of the bytes on disk (before decompression).
    pub sha256: String,
    pub bytes: u64,
}

impl SourceText {
    /// The file's name without its directory, as errors and statement origins show it.
    pub fn file_label(&self) -> String {
        self.path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_string()
    }
}

/// The largest decompressed source accepted; a bigger one is almost certainly not a list.
const MAX_TEXT: u64 = 2 << 30;

/// Read a file, decompress gzip, check it is UTF-8 and drop a BOM and trailing DOS EOF marks.
pub fn read_text(path: &Path) -> Result<SourceText, IngestError> {
    let raw = std::fs::read(path).map_err(|source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    decode(path, raw)
}

/// As [`read_text`], for bytes already in memory; `path` names them in errors.
pub fn decode(path: &Path, raw: Vec<u8>) -> Result<SourceText, IngestError> {
    if raw.is_empty() {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    let sha256 = hex(&Sha256::digest(&raw));
    let bytes = raw.len() as u64;
    let decoded = if raw.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(raw.as_slice())
            .take(MAX_TEXT)
            .read_to_end(&mut out)
            .map_err(|e| IngestError::Gzip {
                path: path.to_path_buf(),
                message: e.to_string(),
            })?;
        if out.is_empty() {
            return Err(IngestError::Empty {
                path: path.to_path_buf(),
            });
        }
        out
    } else {
        raw
    };
    if decoded.starts_with(&[0xff, 0xfe]) || decoded.starts_with(&[0xfe, 0xff]) {
        return Err(IngestError::Encoding {
            path: path.to_path_buf(),
            at: Location::line(1),
            message: "UTF-16 byte-order mark".into(),
        });
    }
    let mut text = match String::from_utf8(decoded) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u64;
            let col = pos
                - bytes[..pos]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |p| p + 1);
            return Err(IngestError::Encoding {
                path: path.to_path_buf(),
                at: Location::line(line),
                message: format!("invalid byte 0x{:02x} at column {}", bytes[pos], col + 1),
            });
        }
    };
    if let Some(stripped) = text.strip_prefix('\u{feff}') {
        text = stripped.to_string();
    }
    // OFAC's legacy files end with a DOS end-of-file mark (0x1A).
    while text.ends_with(['\u{1a}', '\r', '\n', ' ']) {
        text.pop();
    }
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(SourceText {
        path: path.to_path_buf(),
        text,
        sha256,
        bytes,
    })
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Which OFAC legacy file a name denotes, if any.
pub(crate) fn ofac_role(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_str()?.to_ascii_lowercase();
    let stem = name.trim_end_matches(".gz").trim_end_matches(".csv");
    Some(match stem {
        "sdn" | "cons_prim" => "primary",
        "add" | "cons_add" => "address",
        "alt" | "cons_alt" => "alias",
        "sdn_comments" | "cons_comments" => "comments",
        _ => return None,
    })
}

/// Guess a file's format from its name and first bytes.
pub fn detect(path: &Path) -> Result<Format, IngestError> {
    if ofac_role(path).is_some() {
        return Ok(Format::OfacCsv);
    }
    let head = peek(path)?;
    let trimmed = head.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    if trimmed.starts_with('<') {
        if head.contains("CONSOLIDATED_LIST") {
            return Ok(Format::UnXml);
        }
        if head.contains("<export") || head.contains("sanctionEntity") {
            return Ok(Format::EuFsfXml);
        }
        return Err(IngestError::UnknownFormat {
            path: path.to_path_buf(),
            hint: "XML, but neither UN CONSOLIDATED_LIST nor EU FSF export".into(),
        });
    }
    if trimmed.starts_with('{') {
        return Ok(Format::FtmJson);
    }
    let first_line = trimmed.lines().next().unwrap_or("");
    if first_line.starts_with("celex,recordId") {
        return Ok(Format::EuOjCsv);
    }
    if first_line.starts_with("_id,source,entity_number") {
        return Ok(Format::UsCsl);
    }
    // An OFAC primary file renamed: `ent_num,"NAME",...` with 12 fields.
    if first_line
        .split(',')
        .next()
        .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
        && first_line.contains("-0-")
    {
        return Ok(Format::OfacCsv);
    }
    Err(IngestError::UnknownFormat {
        path: path.to_path_buf(),
        hint: format!(
            "first line starts {:?}",
            first_line.chars().take(40).collect::<String>()
        ),
    })
}

/// The first few KiB of a file, decompressed if gzip, lossily decoded.
fn peek(path: &Path) -> Result<String, IngestError> {
    let io = |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut buf = vec![0u8; 8192];
    let n = read_up_to(&mut file, &mut buf).map_err(io)?;
    buf.truncate(n);
    if n == 0 {
        return Err(IngestError::Empty {
            path: path.to_path_buf(),
        });
    }
    if buf.starts_with(&[0x1f, 0x8b]) {
        let file = std::fs::File::open(path).map_err(io)?;
        let mut out = vec![0u8; 8192];
        let n =
            read_up_to(&mut flate2::read::MultiGzDecoder::new(file), &mut out).map_err(|e| {
                IngestError::Gzip {
                    path: path.to_path_buf(),
                    message: e.to_string(),
                }
            })?;
        out.truncate(n);
        return Ok(String::from_utf8_lossy(&out).into_owned());
    }
    Ok(String::from_utf8_lossy(&buf).into_owned())
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}
