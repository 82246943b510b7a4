//! The web UI in headless Chromium (Debian's `chromium` driven by `chromedriver` over the
//! WebDriver protocol): search, open an entity, open its network, the timeline and a report
//! with its mentions; screenshots are saved in `target/ui-screenshots/`. Skipped, with a
//! message, where chromium or chromedriver is not installed (`.ci/run` installs both).

#[macro_use]
mod util;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use util::{fixture, free_port, shared, wait_for, Kill, Vigil};

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    })
}

/// A minimal WebDriver session.
struct Browser {
    base: String,
    _driver: Kill,
}

impl Browser {
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let r = match body {
            Some(b) => ureq::request(method, &url)
                .set("Content-Type", "application/json")
                .send_string(&b.to_string()),
            None => ureq::request(method, &url).call(),
        };
        let text = match r {
            Ok(r) => r.into_string().expect("body"),
            Err(ureq::Error::Status(_, r)) => r.into_string().expect("body"),
            Err(e) => panic!("webdriver {path}: {e}"),
        };
        let v: Value = serde_json::from_str(&text).expect("webdriver json");
        v["value"].clone()
    }

    fn start(port: u16) -> Option<(Browser, String)> {
        let driver = which("chromedriver")?;
        let chromium = which("chromium").or_else(|| which("chromium-browser"))?;
        let child = std::process::Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        let b = Browser {
            base: format!("http://127.0.0.1:{port}"),
            _driver: Kill(child),
        };
        wait_for(&format!("{}/status", b.base));
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
            "binary": chromium.display().to_string(),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900"]}}}});
        let s = b.call("POST", "/session", Some(caps));
        let id = s["sessionId"].as_str()?.to_string();
        Some((b, id))
    }
}

/// Whether chromium and chromedriver are here; a note when they are not.
fn browser_installed() -> bool {
    let installed = which("chromedriver").is_some()
        && (which("chromium").is_some() || which("chromium-browser").is_some());
    if !installed {
        note!("skipped: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }
    installed
}

struct Page<'a> {
    b: &'a Browser,
    s: String,
}

/// Ending the session closes chromium; killing chromedriver alone would leave it running.
impl Drop for Page<'_> {
    fn drop(&mut self) {
        let _ = ureq::delete(&format!("{}/session/{}", self.b.base, self.s)).call();
    }
}

impl Page<'_> {
    fn go(&self, url: &str) {
        self.b.call(
            "POST",
            &format!("/session/{}/url", self.s),
            Some(json!({"url": url})),
        );
    }
    fn js(&self, script: &str) -> Value {
        self.b.call(
            "POST",
            &format!("/session/{}/execute/sync", self.s),
            Some(json!({"script": script, "args": []})),
        )
    }
    /// Wait until `script` returns something truthy.
    fn until(&self, what: &str, script: &str) -> Value {
        let t = Instant::now();
        loop {
            let v = self.js(script);
            if !(v.is_null() || v == json!(false) || v == json!(0) || v == json!("")) {
                return v;
            }
            let err = self
                .js("const e = document.getElementById('error'); return e ? e.textContent : null");
            assert!(err.is_null(), "{what}: the page shows an error: {err}");
            assert!(t.elapsed() < Duration::from_secs(30), "{what}: timed out");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    fn click(&self, css: &str) {
        let el = self.b.call(
            "POST",
            &format!("/session/{}/element", self.s),
            Some(json!({"using": "css selector", "value": css})),
        );
        let id = el
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}: {el}"))
            .to_string();
        self.b.call(
            "POST",
            &format!("/session/{}/element/{id}/click", self.s),
            Some(json!({})),
        );
    }
    /// A screenshot of the whole page: the window is made as tall as the page (at most
    /// 3,000 pixels) for the shot, then put back.
    fn screenshot(&self, name: &str) -> PathBuf {
        let height = self
            .js("return document.documentElement.scrollHeight")
            .as_u64()
            .unwrap_or(900)
            .clamp(900, 3000);
        let rect = format!("/session/{}/window/rect", self.s);
        self.b.call(
            "POST",
            &rect,
            Some(json!({"width": 1200, "height": height + 100})),
        );
        std::thread::sleep(Duration::from_millis(300));
        let b64 = self
            .b
            .call("GET", &format!("/session/{}/screenshot", self.s), None);
        self.b
            .call("POST", &rect, Some(json!({"width": 1200, "height": 900})));
        let png = base64_decode(b64.as_str().expect("screenshot"));
        assert!(png.starts_with(b"\x89PNG"), "a PNG");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/ui-screenshots");
        std::fs::create_dir_all(&dir).expect("dir");
        let p = dir.join(name);
        std::fs::write(&p, png).expect("write screenshot");
        p
    }
}

/// The strings of a JSON array a script returned.
fn texts(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes().filter_map(val) {
        buf = (buf << 6) | c as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

#[test]
fn ui_search_entity_network_timeline_and_report_in_chromium() {
    if !browser_installed() {
        return;
    }
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    // The real SDN list, where present: its ministry with 65 linked entries is the hub the
    // network page must keep readable.
    let sdn = shared("ofac/sdn-2024-05-03/sdn.csv");
    if let Some(sdn) = &sdn {
        v.run(&["load", sdn.to_str().unwrap(), "--version", "2024-05-03"])
            .ok();
    }
    let reports = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/reports/synthetic");
    // The synthetic reports give day and month; the publication date gives the year, so
    // their arrests and listings land on the timeline.
    v.run(&[
        "ingest",
        reports.to_str().unwrap(),
        "--published",
        "2026-04-03",
    ])
    .ok();
    let (_server, base) = v.serve(&["--public-read"]);
    let Some((browser, session)) = Browser::start(free_port()) else {
        note!("skipped: chromedriver could not start a headless chromium session");
        return;
    };
    let page = Page {
        b: &browser,
        s: session,
    };

    // Search: a spelling variant finds the report entity, with scores and explanations.
    // Typed into the form: a name, what it names, where to look.
    page.go(&format!("{base}/#/"));
    page.until(
        "search form",
        "return document.getElementById('search-form')",
    );
    // Home: what is loaded, each list with its own date and the day vigil loaded it.
    let home = page.until(
        "home",
        "const h = document.querySelector('#home tr.loaded-list'); return h && h.textContent",
    );
    let home = home.as_str().unwrap_or_default();
    assert!(
        home.contains("un_sc_sanctions") && home.contains("list of 2025-01-31"),
        "{home}"
    );
    assert!(home.contains("loaded "), "{home}");
    page.screenshot("home.png");
    page.js("document.getElementById('q').value = 'Kareem Zandawi'; \
         document.getElementById('schema').value = 'Person'; \
         document.getElementById('dataset').value = 'all'; return 1");
    page.click("#search-form button");
    page.until(
        "search results",
        "return document.querySelectorAll('#result-table tr.result').length",
    );
    let first = page.js("return document.querySelector('#result-table tr.result').textContent");
    assert!(first.as_str().unwrap().contains("Zandavi"), "{first}");
    assert!(page
        .js("return document.querySelector('.explain').textContent")
        .as_str()
        .unwrap()
        .contains("name"));
    page.screenshot("search.png");
    // A listed hit says what rules it in or out beside the name, and its list by name.
    page.go(&format!("{base}/#/search/Sample%20Person%20Testovich"));
    let row = page.until(
        "listed hit",
        "const r = document.querySelector('#result-table tr.result'); return r && r.textContent",
    );
    let row = row.as_str().unwrap_or_default();
    assert!(row.contains("born 1970"), "{row}");
    assert!(
        row.contains("UN Security Council consolidated list"),
        "{row}"
    );
    assert!(row.contains("the same name"), "in words: {row}");
    page.go(&format!(
        "{base}/#/search/Kareem%20Zandawi?schema=Person&dataset=all"
    ));
    page.until(
        "search results again",
        "const r = document.querySelector('#result-table tr.result'); return r && r.textContent.includes('Zandavi')",
    );

    // The entity page: names, claims grouped by source with their sentences.
    page.click("#result-table tr.result a");
    page.until(
        "entity page",
        "return document.getElementById('entity-caption')",
    );
    let caption = page.js("return document.getElementById('entity-caption').textContent");
    assert_eq!(caption, "Karim Zandavi");
    page.until(
        "claims",
        "return document.querySelectorAll('#claims .sentence').length",
    );
    let claims = page.js("return document.getElementById('claims').textContent");
    assert!(
        claims.as_str().unwrap().contains("s2-milan-charges.txt"),
        "{claims}"
    );
    // Every name form, the reports' spellings with the documents that use them.
    let forms = page
        .js("return [...document.querySelectorAll('#names tr.name-form')].map(r => r.textContent)");
    let forms = texts(&forms);
    assert!(
        forms
            .iter()
            .any(|f| f.contains("Kareem Zandawi") && f.contains("s2-milan-charges.txt")),
        "a text page without a title is named by its file: {forms:?}"
    );
    assert!(
        forms.iter().any(|f| f.contains("Karim Zandavi")
            && f.contains("Diplomat held over plot against exile rally")),
        "an HTML page is named by its title: {forms:?}"
    );
    assert!(forms.iter().all(|f| f.contains("Latin")), "{forms:?}");
    // The reports disagree on his role (diplomat, head of station, officer): shown with each
    // source's sentence.
    let disagreement = page.until(
        "role discrepancy",
        "const d = document.querySelector('#discrepancies .discrepancy.role'); return d && d.textContent",
    );
    let disagreement = disagreement.as_str().unwrap();
    assert!(
        disagreement.contains("diplomat")
            && disagreement.contains("Diplomat held over plot against exile rally"),
        "each value named with its source, an article by its title: {disagreement}"
    );
    // A link one party asserts says whose word it is.
    let linked =
        page.js("const a = document.getElementById('adjacent'); return a && a.textContent");
    assert!(
        linked
            .as_str()
            .is_some_and(|t| t.contains("asserted only by")),
        "{linked}"
    );
    page.screenshot("entity.png");

    // Its network, drawn by cytoscape.
    page.click("#network-link");
    let nodes = page.until(
        "network",
        "return window.vigilGraph && window.vigilGraph.nodes().length",
    );
    assert!(nodes.as_u64().unwrap() >= 3, "{nodes}");
    // A report link, clicked, shows the sentence that asserts it.
    page.js("window.vigilGraph.edges('[src = \"report\"]')[0].select().emit('tap'); return 1");
    let evidence = page.until(
        "link evidence",
        "const s = document.querySelector('#edge-evidence .sentence'); return s && s.textContent",
    );
    assert!(evidence.as_str().unwrap().len() > 20, "{evidence}");
    page.screenshot("network.png");
    // A hub: its spokes grouped by relation and source, one node each, opened by a click.
    if sdn.is_some() {
        page.go(&format!("{base}/#/network/ofac-12111?hops=1"));
        let groups = page.until(
            "hub groups",
            "return window.vigilGraph && window.vigilGraph.nodes('[group = 1]').length",
        );
        assert!(groups.as_u64().unwrap_or(0) >= 1, "{groups}");
        let before = page.js("return window.vigilGraph.nodes().length");
        let at = "const n = window.vigilGraph.nodes('[!group]').filter(x => x.id() !== 'ofac-12111')[0]; \
                  const p = n.position(); return n.id() + '@' + Math.round(p.x) + ',' + Math.round(p.y)";
        let first = page.js(at);
        page.screenshot("network-hub.png");
        page.js("window.vigilGraph.nodes('[group = 1]')[0].emit('tap'); return 1");
        let after = page.until(
            "opened group",
            &format!(
                "const n = window.vigilGraph.nodes().length; return n > {} && n",
                before.as_u64().unwrap_or(0)
            ),
        );
        assert!(after.as_u64().unwrap_or(0) > before.as_u64().unwrap_or(0));
        // The same picture on every load: positions do not depend on chance.
        page.go(&format!("{base}/#/network/ofac-12111?hops=1&source=list"));
        page.go(&format!("{base}/#/network/ofac-12111?hops=1"));
        page.until(
            "hub again",
            "return window.vigilGraph && window.vigilGraph.nodes('[group = 1]').length",
        );
        assert_eq!(page.js(at), first, "a stable layout");
    }

    // The timeline, and a report with its mentions highlighted and linked.
    page.go(&format!("{base}/#/timeline"));
    page.until(
        "timeline",
        "return document.querySelectorAll('#timeline tr.entry').length",
    );
    // List listings and the reports' dated events, newest first.
    let kinds = page.js(
        "return [...document.querySelectorAll('#timeline tr.entry')].map(r => r.className + ' ' + r.cells[0].textContent)",
    );
    let kinds = texts(&kinds);
    assert!(
        kinds
            .iter()
            .any(|k| k.contains("report") && k.contains("2026-03-12")),
        "the Rome arrest: {kinds:?}"
    );
    assert!(kinds.iter().any(|k| k.contains("list")), "{kinds:?}");
    page.screenshot("timeline.png");
    // A report's body of another country, same name as a listed one: not linked, and the
    // listed one shown as a possible match with why (SDN lists that name).
    if sdn.is_some() {
        page.go(&format!(
            "{base}/#/entity/rep-public-body-ministry-of-state-security"
        ));
        let possible = page.until(
            "possible match",
            "const p = document.getElementById('possible-match'); return p && p.textContent",
        );
        let possible = possible.as_str().unwrap_or_default();
        assert!(
            possible.contains("MINISTRY OF STATE SECURITY") && possible.contains("Not linked"),
            "{possible}"
        );
        page.screenshot("possible-match.png");
    }
    // A listed entity: its designation with the authority and the list versions carrying it.
    page.go(&format!("{base}/#/entity/unsc-900001"));
    let designation = page.until(
        "designation",
        "const d = document.querySelector('#designations tr.designation'); return d && d.textContent",
    );
    let designation = designation.as_str().unwrap_or_default();
    assert!(designation.contains("United Nations"), "{designation}");
    // Three dates, each said for what it is: the UN's listing date, the list's own date, the
    // day vigil loaded it.
    assert!(
        designation.contains("2011-05-05"),
        "listed by the UN: {designation}"
    );
    assert!(
        designation.contains("list of 2025-01-31") && designation.contains("loaded "),
        "{designation}"
    );
    page.screenshot("listed-entity.png");
    // Every disagreement between the reports, each value beside its source: 2,000 against
    // 3,000 supporters, two spellings, four roles. Two kilograms and 4.4 pounds of explosives
    // agree (within 5%), so no mass is listed.
    page.go(&format!("{base}/#/discrepancies"));
    let found = page.until(
        "discrepancies",
        "const d = [...document.querySelectorAll('#all-discrepancies .discrepancy')]; return d.length && d.map(x => x.className + ': ' + x.textContent)",
    );
    let found = texts(&found);
    let of = |kind: &str| found.iter().filter(|d| d.contains(kind)).count();
    assert_eq!(
        (of("quantity"), of("spelling"), of("role")),
        (1, 1, 1),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|d| d.contains("supporters") && d.contains("3000 people")),
        "{found:?}"
    );
    assert!(!found.iter().any(|d| d.contains("mass")), "{found:?}");
    let heading = page.js("return document.querySelector('#all-discrepancies h3').textContent");
    assert_eq!(heading, "Karim Zandavi", "the subject is named, not its id");
    page.screenshot("discrepancies.png");
    let docs = ureq::get(&format!("{base}/entities/rep-person-karim-zandavi/claims"))
        .call()
        .expect("claims")
        .into_string()
        .expect("body");
    let doc = serde_json::from_str::<Value>(&docs).expect("json")["claims"][0]["document"]
        .as_str()
        .expect("a document")
        .to_string();
    page.go(&format!("{base}/#/entity/{doc}"));
    let marks = page.until(
        "report",
        "return document.querySelectorAll('#report-text mark a').length",
    );
    assert!(marks.as_u64().unwrap() >= 3);
    // Headed by its title, or its first sentence, never a bare file name; outlet and date
    // said, or said to be unknown.
    let headline = page.js("return document.getElementById('report-headline').textContent");
    let headline = headline.as_str().unwrap_or_default();
    assert!(
        !headline.is_empty() && !headline.ends_with(".txt") && !headline.ends_with(".html"),
        "{headline}"
    );
    let about = page.js("return document.querySelector('#report p:nth-of-type(2)').textContent");
    assert!(
        about
            .as_str()
            .is_some_and(|a| a.contains("published") || a.contains("publication date not known")),
        "{about}"
    );
    // Below the text: the claims read in it, each with its sentence.
    let claims = page.until(
        "report claims",
        "return document.querySelectorAll('#report-claims .sentence').length",
    );
    assert!(claims.as_u64().unwrap() >= 2, "{claims}");
    page.screenshot("report.png");
}

/// The watch pages: the alert queue (subject, entity, why, what changed or where named; a
/// decision with a note), the watched subjects and the feeds with their last poll and errors,
/// and the stories.
#[test]
fn ui_alert_queue_watched_subjects_feeds_and_stories_in_chromium() {
    if !browser_installed() {
        return;
    }
    let v = Vigil::new();
    v.run(&["load", &fixture("un-sample.xml")]).ok();
    let reports = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../eval/reports/synthetic");
    v.run(&["ingest", reports.to_str().unwrap()]).ok();
    let subjects = v.dir.path().join("subjects.csv");
    std::fs::write(
        &subjects,
        "id,name,schema\ncust-1,Sample Person Testovich,Person\ncust-2,Kareem Zandawi,Person\n",
    )
    .expect("write");
    v.run(&["watch", "add", "--batch", subjects.to_str().unwrap()])
        .ok();
    // A feed nothing answers at: its poll fails, and the page says so.
    let dead = free_port();
    v.run(&["feeds", "add", &format!("http://127.0.0.1:{dead}/feed.xml")])
        .ok();
    v.run(&["feeds", "poll"]).ok();
    let key = v.key("write");
    let (_server, base) = v.serve(&[]);
    let Some((browser, session)) = Browser::start(free_port()) else {
        note!("skipped: chromedriver could not start a headless chromium session");
        return;
    };
    let page = Page {
        b: &browser,
        s: session,
    };
    page.go(&format!("{base}/#/"));
    page.js(&format!(
        "localStorage.setItem('vigil-key', '{key}'); return true"
    ));
    page.go(&format!("{base}/#/alerts"));
    let n = page.until(
        "alerts",
        "return document.querySelectorAll('#alerts .alert').length",
    );
    assert_eq!(n, json!(2), "one alert per subject");
    let text = page.js("return document.getElementById('alerts').textContent");
    let text = text.as_str().unwrap_or_default();
    assert!(
        text.contains("newly listed") && text.contains("named in a report"),
        "{text}"
    );
    assert!(
        text.contains("Sample Person Testovich") && text.contains("cust-2"),
        "{text}"
    );
    page.screenshot("alerts.png");
    // Decide the first with a note.
    page.js("const f = document.querySelector('#alerts .alert form.decide'); f.querySelector('[name=as]').value = 'true-match'; f.querySelector('[name=note]').value = 'passport matches'; return true");
    page.click("#alerts .alert form.decide button");
    page.until(
        "one open alert left",
        "return document.querySelectorAll('#alerts .alert').length === 1",
    );
    page.go(&format!("{base}/#/alerts?status=decided"));
    let decided = page.until(
        "the decision",
        "const d = document.querySelector('#alerts .decisions'); return d && d.textContent",
    );
    assert!(
        decided
            .as_str()
            .is_some_and(|d| d.contains("true-match") && d.contains("passport matches")),
        "{decided}"
    );
    page.go(&format!("{base}/#/watch"));
    let rows = page.until(
        "subjects",
        "return document.querySelectorAll('#watched tr.subject').length",
    );
    assert_eq!(rows, json!(2));
    let feed = page.until(
        "feeds",
        "const r = document.querySelector('#feeds tr.feed'); return r && r.textContent",
    );
    assert!(
        feed.as_str().is_some_and(|f| f.contains("failed")),
        "{feed}"
    );
    page.screenshot("watched.png");
    page.go(&format!("{base}/#/stories"));
    let story = page.until(
        "stories",
        "const s = document.querySelector('#stories .story'); return s && s.textContent",
    );
    assert!(
        story
            .as_str()
            .is_some_and(|s| s.contains("3 report(s)") && s.contains("Karim Zandavi")),
        "{story}"
    );
    page.screenshot("stories.png");
}
