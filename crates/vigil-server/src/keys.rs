//! API keys with roles, stored hashed (SHA-256 of the secret) in `keys.json` beside the store.
//! A key reads `vgl_{id}_{secret}`; only its id and the hash of its secret are kept, so the key
//! is shown once, when made.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What a key may do; each role includes the ones before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Screen and read.
    Screen,
    /// Also ingest reports and lists.
    Write,
    /// Also manage keys and read the audit trail.
    Admin,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "screen" | "read" => Some(Role::Screen),
            "write" | "ingest" => Some(Role::Write),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyRecord {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// SHA-256 of the secret, hex.
    pub hash: String,
    pub created_at: String,
    #[serde(default)]
    pub revoked: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("{path}: {message}")]
    File { path: String, message: String },
    #[error("no key {0:?}")]
    Unknown(String),
}

/// The keys file, read once and rewritten atomically on change.
pub struct Keys {
    path: PathBuf,
    keys: RwLock<Vec<KeyRecord>>,
    /// The file's modification time when read: keys added or revoked by `vigil keys` while
    /// the server runs take effect on the next request.
    loaded: RwLock<Option<std::time::SystemTime>>,
}

fn mtime(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn random_hex(bytes: usize) -> Result<String, KeyError> {
    let mut buf = vec![0u8; bytes];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| KeyError::File {
            path: "/dev/urandom".into(),
            message: e.to_string(),
        })?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

impl Keys {
    /// The keys beside a store file (`keys.json`), none if the file does not exist.
    pub fn open(path: &Path) -> Result<Keys, KeyError> {
        let keys = match std::fs::read(path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| KeyError::File {
                path: path.display().to_string(),
                message: format!("not a keys file: {e}"),
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                return Err(KeyError::File {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })
            }
        };
        Ok(Keys {
            path: path.to_path_buf(),
            keys: RwLock::new(keys),
            loaded: RwLock::new(mtime(path)),
        })
    }

    fn save(&self, keys: &[KeyRecord]) -> Result<(), KeyError> {
        let err = |e: std::io::Error| KeyError::File {
            path: self.path.display().to_string(),
            message: e.to_string(),
        };
        let bytes = serde_json::to_vec_pretty(keys).map_err(|e| KeyError::File {
            path: self.path.display().to_string(),
            message: e.to_string(),
        })?;
        vigil_store::private::replace(&self.path, &bytes).map_err(err)?;
        *self.loaded.write().unwrap_or_else(|p| p.into_inner()) = mtime(&self.path);
        Ok(())
    }

    /// Make a key; returns the record and the key text (shown once).
    pub fn add(&self, name: &str, role: Role, now: &str) -> Result<(KeyRecord, String), KeyError> {
        let id = random_hex(4)?;
        let secret = random_hex(20)?;
        let rec = KeyRecord {
            id: id.clone(),
            name: name.to_string(),
            role,
            hash: hash(&secret),
            created_at: now.to_string(),
            revoked: false,
        };
        let mut keys = self.keys.write().unwrap_or_else(|p| p.into_inner());
        keys.push(rec.clone());
        self.save(&keys)?;
        Ok((rec, format!("vgl_{id}_{secret}")))
    }

    fn reload_if_changed(&self) {
        let now = mtime(&self.path);
        let seen = *self.loaded.read().unwrap_or_else(|p| p.into_inner());
        if now == seen {
            return;
        }
        // Fail closed: a missing or unreadable file must not keep a just-revoked key valid.
        // (`save` replaces the file by rename, so a half-written file is never seen here.)
        let fresh = std::fs::read(&self.path)
            .map_err(|e| e.to_string())
            .and_then(|b| serde_json::from_slice::<Vec<KeyRecord>>(&b).map_err(|e| e.to_string()));
        let keys = match fresh {
            Ok(keys) => keys,
            Err(e) => {
                eprintln!(
                    "vigil: {}: {e}; refusing every key until the file is readable again",
                    self.path.display()
                );
                Vec::new()
            }
        };
        *self.keys.write().unwrap_or_else(|p| p.into_inner()) = keys;
        *self.loaded.write().unwrap_or_else(|p| p.into_inner()) = now;
    }

    pub fn revoke(&self, id: &str) -> Result<(), KeyError> {
        let mut keys = self.keys.write().unwrap_or_else(|p| p.into_inner());
        let k = keys
            .iter_mut()
            .find(|k| k.id == id)
            .ok_or_else(|| KeyError::Unknown(id.to_string()))?;
        k.revoked = true;
        self.save(&keys)
    }

    pub fn list(&self) -> Vec<KeyRecord> {
        self.keys.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn is_empty(&self) -> bool {
        self.keys
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .iter()
            .all(|k| k.revoked)
    }

    /// The record of a presented key, if it is one and not revoked.
    pub fn check(&self, key: &str) -> Option<KeyRecord> {
        self.reload_if_changed();
        let rest = key.strip_prefix("vgl_")?;
        let (id, secret) = rest.split_once('_')?;
        let h = hash(secret);
        let keys = self.keys.read().unwrap_or_else(|p| p.into_inner());
        let k = keys.iter().find(|k| k.id == id && !k.revoked)?;
        // Compare all bytes whatever differs first.
        let same = k.hash.len() == h.len()
            && k.hash
                .bytes()
                .zip(h.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        same.then(|| k.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_hashed_checked_and_revoked() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys.json");
        let keys = Keys::open(&path).expect("open");
        let (rec, key) = keys.add("ci", Role::Write, "2026-11-23").expect("add");
        let stored = std::fs::read_to_string(&path).expect("file");
        assert!(
            !stored.contains(key.rsplit('_').next().unwrap()),
            "no secret on disk"
        );
        let again = Keys::open(&path).expect("reopen");
        assert_eq!(again.check(&key).map(|k| k.role), Some(Role::Write));
        assert!(again.check(&format!("{key}x")).is_none());
        assert!(again.check("vgl_nope_nope").is_none());
        again.revoke(&rec.id).expect("revoke");
        assert!(again.check(&key).is_none());
        assert!(Role::Admin > Role::Write && Role::Write > Role::Screen);
    }

    /// A keys file removed or garbled while serving revokes every key (it used to keep the
    /// old keys valid, a just-revoked one included); a readable file brings them back.
    #[test]
    fn a_missing_or_unreadable_keys_file_fails_closed() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("keys.json");
        let keys = Keys::open(&path).expect("open");
        let (_, key) = keys.add("ci", Role::Screen, "2026-11-23").expect("add");
        assert!(keys.check(&key).is_some());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "only the owner reads the keys file");
        }
        let good = std::fs::read(&path).expect("read");
        let wait_for_mtime = || std::thread::sleep(std::time::Duration::from_millis(20));
        wait_for_mtime();
        std::fs::write(&path, b"{ not json").expect("garble");
        assert!(keys.check(&key).is_none(), "unparsable: fail closed");
        wait_for_mtime();
        std::fs::write(&path, &good).expect("restore");
        assert!(keys.check(&key).is_some(), "readable again");
        std::fs::remove_file(&path).expect("remove");
        assert!(keys.check(&key).is_none(), "missing: fail closed");
    }
}
