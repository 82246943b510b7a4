//! Webhooks: every new alert POSTed as JSON to each registered URL, the body signed with
//! HMAC-SHA256 under the webhook's secret (`X-Vigil-Signature: sha256=HEX`), retried with
//! backoff, and every attempt logged in the store's `webhooks` journal. The process that
//! raises an alert delivers it (a load from the command line, or the server's job).

use std::time::Duration;

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use vigil_watch::Alert;

use crate::{now_rfc3339, Engine, EngineError, Result, ResultExt};

/// The store journal of webhooks and their deliveries.
pub const JOURNAL: &str = "webhooks";

/// The header carrying the body's signature.
pub const SIGNATURE_HEADER: &str = "X-Vigil-Signature";

/// How many times an alert is sent to a URL before it is logged as failed.
pub const ATTEMPTS: u32 = 5;

/// A registered webhook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Webhook {
    pub id: String,
    pub url: String,
    /// The shared secret the body is signed with; never shown again after it is added.
    #[serde(skip_serializing_if = "String::is_empty", default)]
    pub secret: String,
    pub added: String,
}

/// One attempt to deliver an alert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    pub webhook_id: String,
    pub alert_id: String,
    pub attempt: u32,
    /// The HTTP status answered, if any.
    pub status: Option<u16>,
    /// Why it failed, if it did.
    pub error: Option<String>,
    pub delivered: bool,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "snake_case")]
enum Record {
    WebhookAdded(Webhook),
    WebhookRemoved { id: String, at: String },
    Delivery(Delivery),
}

/// The signature header's value for `body` under `secret`: `sha256=` and the HMAC in hex.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC takes a key of any length: `new_from_slice` cannot fail for it.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(m) => m,
        Err(_) => return String::new(),
    };
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    format!(
        "sha256={}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    )
}

/// Waits between attempts: 0.2 s, doubled each time (0.2, 0.4, 0.8, 1.6).
fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(200u64 << attempt.saturating_sub(1).min(6))
}

impl Engine {
    /// The webhooks registered now (secrets included: for delivery, not for showing).
    pub fn webhooks(&self) -> Result<Vec<Webhook>> {
        let mut hooks: Vec<Webhook> = Vec::new();
        for r in self.read_journal::<Record>(JOURNAL)? {
            match r {
                Record::WebhookAdded(w) => hooks.push(w),
                Record::WebhookRemoved { id, .. } => hooks.retain(|w| w.id != id),
                Record::Delivery(_) => {}
            }
        }
        Ok(hooks)
    }

    /// Every delivery attempt, oldest first.
    pub fn deliveries(&self) -> Result<Vec<Delivery>> {
        Ok(self
            .read_journal::<Record>(JOURNAL)?
            .into_iter()
            .filter_map(|r| match r {
                Record::Delivery(d) => Some(d),
                _ => None,
            })
            .collect())
    }

    /// Register a URL new alerts are POSTed to, signed with `secret` (at least 16 characters).
    pub fn webhook_add(&self, url: &str, secret: &str) -> Result<Webhook> {
        let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
        if !scheme_ok || url.len() > 2000 || url.contains(char::is_whitespace) {
            return Err(EngineError::refused(format!(
                "{url:?}: give an http:// or https:// URL"
            )));
        }
        if secret.chars().count() < 16 {
            return Err(EngineError::refused(
                "the secret must have at least 16 characters (the receiver checks signatures with it)",
            ));
        }
        let now = now_rfc3339();
        let id: String = Sha256::digest(format!("{url}|{now}").as_bytes())[..4]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let hook = Webhook {
            id: format!("whk-{id}"),
            url: url.to_string(),
            secret: secret.to_string(),
            added: now,
        };
        self.append_journal(JOURNAL, &[Record::WebhookAdded(hook.clone())])?;
        Ok(hook)
    }

    /// Stop sending to a webhook (its deliveries stay logged).
    pub fn webhook_remove(&self, id: &str) -> Result<()> {
        if !self.webhooks()?.iter().any(|w| w.id == id) {
            return Err(EngineError::refused(format!(
                "no webhook {id:?} (`vigil webhooks list` names them)"
            )));
        }
        self.append_journal(
            JOURNAL,
            &[Record::WebhookRemoved {
                id: id.to_string(),
                at: now_rfc3339(),
            }],
        )
    }

    /// POST each alert to every webhook, retrying with backoff; every attempt logged. A
    /// webhook that cannot be reached fails its deliveries, never the caller's work; once one
    /// has failed every attempt, the rest of this batch is not sent to it (logged as skipped,
    /// for `vigil webhooks retry`), so a dead receiver costs one alert's retries, not all.
    pub fn deliver(&self, alerts: &[Alert]) -> Result<Vec<Delivery>> {
        if alerts.is_empty() {
            return Ok(Vec::new());
        }
        let hooks = self.webhooks()?;
        if hooks.is_empty() {
            return Ok(Vec::new());
        }
        let pairs: Vec<(&Alert, &Webhook)> = alerts
            .iter()
            .flat_map(|a| hooks.iter().map(move |h| (a, h)))
            .collect();
        self.send(&pairs)
    }

    /// Send again every alert a webhook has not taken yet (refused, unreachable, or skipped
    /// after its webhook failed), oldest first.
    pub fn redeliver(&self) -> Result<Vec<Delivery>> {
        let hooks = self.webhooks()?;
        let log = self.deliveries()?;
        let key = |d: &Delivery| (d.webhook_id.clone(), d.alert_id.clone());
        let delivered: std::collections::HashSet<(String, String)> =
            log.iter().filter(|d| d.delivered).map(key).collect();
        let tried: std::collections::HashSet<(String, String)> = log.iter().map(key).collect();
        let state = self.watch_state()?;
        let pairs: Vec<(&Alert, &Webhook)> = state
            .alerts
            .iter()
            .flat_map(|a| hooks.iter().map(move |h| (a, h)))
            .filter(|(a, h)| {
                let key = (h.id.clone(), a.id.clone());
                tried.contains(&key) && !delivered.contains(&key)
            })
            .collect();
        self.send(&pairs)
    }

    fn send(&self, pairs: &[(&Alert, &Webhook)]) -> Result<Vec<Delivery>> {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(5))
            .timeout(Duration::from_secs(15))
            .redirects(0)
            .build();
        let mut log = Vec::new();
        let mut dead: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for (alert, hook) in pairs {
            if dead.contains(hook.id.as_str()) {
                log.push(Delivery {
                    webhook_id: hook.id.clone(),
                    alert_id: alert.id.clone(),
                    attempt: 0,
                    status: None,
                    error: Some(format!(
                        "skipped: the webhook failed {ATTEMPTS} attempts for an earlier alert (`vigil webhooks retry` sends it)"
                    )),
                    delivered: false,
                    at: now_rfc3339(),
                });
                continue;
            }
            let body = serde_json::to_vec(&serde_json::json!({"event": "alert", "alert": alert}))
                .ctx("encoding an alert")?;
            let sig = signature(&hook.secret, &body);
            for attempt in 1..=ATTEMPTS {
                let answer = agent
                    .post(&hook.url)
                    .set("Content-Type", "application/json")
                    .set(SIGNATURE_HEADER, &sig)
                    .set("X-Vigil-Alert", &alert.id)
                    .send_bytes(&body);
                let (status, error) = match answer {
                    Ok(r) => (Some(r.status()), None),
                    Err(ureq::Error::Status(code, _)) => (Some(code), Some(format!("HTTP {code}"))),
                    Err(e) => (None, Some(e.to_string())),
                };
                let delivered = error.is_none();
                log.push(Delivery {
                    webhook_id: hook.id.clone(),
                    alert_id: alert.id.clone(),
                    attempt,
                    status,
                    error,
                    delivered,
                    at: now_rfc3339(),
                });
                if delivered {
                    break;
                }
                if attempt < ATTEMPTS {
                    std::thread::sleep(backoff(attempt));
                } else {
                    dead.insert(hook.id.as_str());
                }
            }
        }
        self.append_journal(
            JOURNAL,
            &log.iter()
                .cloned()
                .map(Record::Delivery)
                .collect::<Vec<_>>(),
        )?;
        Ok(log)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_hmac_sha256_of_the_body() {
        // RFC 4231 test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn backoff_doubles() {
        assert_eq!(backoff(1), Duration::from_millis(200));
        assert_eq!(backoff(2), Duration::from_millis(400));
        assert_eq!(backoff(4), Duration::from_millis(1600));
    }
}
