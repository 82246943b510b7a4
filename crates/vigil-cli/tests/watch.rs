//! Watching on real data: subjects put under watch against the 2021 OFAC SDN set, every alert
//! cleared, then the 2024 SDN file loaded. Alerts come for the persons only 2024 lists
//! (`new_listing`) and for cleared entries that changed (`changed_entry`, with what changed),
//! none for cleared entries that did not, and none from loading the same file again.

#[macro_use]
mod util;

use std::collections::{BTreeSet, HashMap};

use util::{s, shared, Vigil};

fn alerts(v: &Vigil, status: &str) -> Vec<serde_json::Value> {
    v.run(&["alerts", "--status", status, "--json"]).ok().json()["alerts"]
        .as_array()
        .expect("alerts")
        .clone()
}

/// Person entities of a diff section: (id, caption, added facts, removed facts).
type Change = (String, String, Vec<(String, String)>, Vec<(String, String)>);

fn persons(section: &serde_json::Value) -> Vec<Change> {
    let pairs = |v: &serde_json::Value| -> Vec<(String, String)> {
        v.as_array()
            .into_iter()
            .flatten()
            .map(|p| {
                (
                    p[0].as_str().unwrap_or("").to_string(),
                    p[1].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    section
        .as_array()
        .expect("section")
        .iter()
        .filter(|c| c["schema"] == "Person")
        .map(|c| {
            (
                c["id"].as_str().unwrap_or("").to_string(),
                c["caption"].as_str().unwrap_or("").to_string(),
                pairs(&c["added"]),
                pairs(&c["removed"]),
            )
        })
        .collect()
}

#[test]
fn a_list_update_alerts_on_new_listings_and_changed_cleared_entries_only() {
    let (Some(old), Some(new)) = (
        shared("ofac/watchman-bench-2021-07"),
        shared("ofac/sdn-2024-05-03/sdn.csv"),
    ) else {
        return;
    };
    let load_old = ["load", s(&old), "--version", "2021-07-01"];
    let load_new = ["load", s(&new), "--version", "2024-05-03", "--allow-shrink"];
    // What the update changes, read from a store of its own.
    let scratch = Vigil::new();
    scratch.run(&load_old).ok();
    let before = scratch
        .run(&["export", "--dataset", "us_ofac_sdn"])
        .ok()
        .stdout;
    scratch.run(&load_new).ok();
    let diff = scratch.run(&["diff", "us_ofac_sdn", "--json"]).ok().json();
    let added = persons(&diff["added"]);
    let changed = persons(&diff["changed"]);
    let touched: BTreeSet<String> = changed.iter().map(|c| c.0.clone()).collect();
    let removed: BTreeSet<String> = persons(&diff["removed"]).into_iter().map(|c| c.0).collect();
    let unchanged: Vec<(String, String)> = before
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|e| e["schema"] == "Person")
        .filter_map(|e| {
            let id = e["id"].as_str()?.to_string();
            let name = e["properties"]["name"][0].as_str()?.to_string();
            Some((id, name))
        })
        .filter(|(id, _)| !touched.contains(id) && !removed.contains(id))
        .collect();
    // Six of each, spread through the lists, with names of two words or more.
    let pick = |all: Vec<(String, String)>| -> Vec<(String, String)> {
        let all: Vec<_> = all
            .into_iter()
            .filter(|(_, n)| n.split_whitespace().count() >= 2)
            .collect();
        let step = (all.len() / 6).max(1);
        all.into_iter().step_by(step).take(6).collect()
    };
    let new_people = pick(added.iter().map(|c| (c.0.clone(), c.1.clone())).collect());
    let changed_people = pick(changed.iter().map(|c| (c.0.clone(), c.1.clone())).collect());
    let same_people = pick(unchanged);
    assert_eq!(
        (new_people.len(), changed_people.len(), same_people.len()),
        (6, 6, 6)
    );

    let v = Vigil::new();
    v.run(&load_old).ok();
    let mut csv = String::from("id,name,schema\n");
    for (kind, people) in [
        ("new", &new_people),
        ("changed", &changed_people),
        ("same", &same_people),
    ] {
        for (i, (_, name)) in people.iter().enumerate() {
            csv.push_str(&format!(
                "{kind}-{i},\"{}\",Person\n",
                name.replace('"', "")
            ));
        }
    }
    let batch = v.dir.path().join("subjects.csv");
    std::fs::write(&batch, csv).expect("write");
    let added_now = v
        .run(&["watch", "add", "--batch", s(&batch), "--json"])
        .ok()
        .json();
    assert_eq!(added_now["added"].as_array().map(Vec::len), Some(18));
    // Every first alert cleared as a false positive.
    let first = alerts(&v, "open");
    for subject in changed_people.iter().chain(&same_people) {
        assert!(
            first.iter().any(|a| a["entity_id"] == subject.0.as_str()),
            "the subject named {:?} was alerted on its listed entity when added",
            subject.1
        );
    }
    for a in &first {
        v.run(&[
            "alerts",
            "decide",
            a["id"].as_str().expect("id"),
            "--as",
            "false-positive",
            "--note",
            "not our customer",
            "--by",
            "tester",
        ])
        .ok();
    }
    assert!(alerts(&v, "open").is_empty());

    let loaded = v.run(&load_new).ok();
    assert!(loaded.stderr.contains("new alert(s)"), "{}", loaded.stderr);
    let raised = alerts(&v, "open");
    let on = |subject: &str, entity: &str| {
        raised
            .iter()
            .filter(|a| a["subject_id"] == subject && a["entity_id"] == entity)
            .collect::<Vec<_>>()
    };
    for (i, (id, name)) in new_people.iter().enumerate() {
        let got = on(&format!("new-{i}"), id);
        assert_eq!(got.len(), 1, "new listing of {name} ({id}): {raised:#?}");
        assert_eq!(got[0]["reason"], "new_listing");
    }
    let by_id: HashMap<&str, &Change> = changed.iter().map(|c| (c.0.as_str(), c)).collect();
    for (i, (id, name)) in changed_people.iter().enumerate() {
        let got = on(&format!("changed-{i}"), id);
        assert_eq!(got.len(), 1, "changed entry {name} ({id})");
        assert_eq!(got[0]["reason"], "changed_entry");
        // What changed, as the list's own difference says it.
        let facts = |k: &str| -> BTreeSet<(String, String)> {
            got[0][k]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| {
                    (
                        f[0].as_str().unwrap_or("").into(),
                        f[1].as_str().unwrap_or("").into(),
                    )
                })
                .collect()
        };
        let want = by_id[id.as_str()];
        assert_eq!(facts("added"), want.2.iter().cloned().collect(), "{name}");
        assert_eq!(facts("removed"), want.3.iter().cloned().collect(), "{name}");
        assert!(!got[0]["explanation"].as_str().unwrap_or("").is_empty());
    }
    for (i, (id, name)) in same_people.iter().enumerate() {
        assert!(
            on(&format!("same-{i}"), id).is_empty(),
            "{name} ({id}) did not change, was cleared, and must not alert again"
        );
    }
    // The same file again: nothing.
    let total = alerts(&v, "all").len();
    let again = v.run(&load_new).ok();
    assert!(!again.stderr.contains("new alert(s)"), "{}", again.stderr);
    assert_eq!(alerts(&v, "all").len(), total);
    // Every decision is kept with who and why, and exported for an auditor.
    let export = v.run(&["alerts", "export"]).ok().stdout;
    let decided = export
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|a| {
            a["decisions"][0]["by"] == "tester" && a["decisions"][0]["note"] == "not our customer"
        })
        .count();
    assert_eq!(decided, first.len());
    note!(
        "watch on SDN 2021 -> 2024: {} first alerts cleared, {} raised by the update",
        first.len(),
        raised.len()
    );
}

#[test]
fn subjects_are_checked_whole_and_decisions_need_a_reason() {
    let v = Vigil::new();
    v.run(&["load", &util::fixture("un-sample.xml")]).ok();
    let batch = v.dir.path().join("bad.csv");
    std::fs::write(
        &batch,
        "id,name,schema\nok-1,Sample Person Testovich,Person\nbad-1,,Person\nbad-2,Someone,Dragon\n",
    )
    .expect("write");
    let r = v.run(&["watch", "add", "--batch", s(&batch)]).fails();
    assert!(r.stderr.contains("line 3: no name"), "{}", r.stderr);
    let listed = v.run(&["watch", "list", "--json"]).ok().json();
    assert_eq!(
        listed["subjects"].as_array().map(Vec::len),
        Some(0),
        "nothing added"
    );
    std::fs::write(&batch, "id,nom\n1,x\n").expect("write");
    let r = v.run(&["watch", "add", "--batch", s(&batch)]).fails();
    assert!(r.stderr.contains("unknown column \"nom\""), "{}", r.stderr);
    let r = v
        .run(&["watch", "add", "Someone", "--schema", "Dragon"])
        .fails();
    assert!(r.stderr.contains("unknown schema"), "{}", r.stderr);
    // One subject, alerted at once.
    let added = v
        .run(&[
            "watch",
            "add",
            "Sample Person Testovich",
            "--schema",
            "Person",
            "--id",
            "c-1",
            "--json",
        ])
        .ok()
        .json();
    let alert = added["alerts"][0]["id"]
        .as_str()
        .expect("an alert at once")
        .to_string();
    let r = v.run(&["watch", "add", "Anyone", "--id", "c-1"]).fails();
    assert!(r.stderr.contains("already watched"), "{}", r.stderr);
    let r = v
        .run(&["alerts", "decide", &alert, "--as", "maybe", "--note", "x"])
        .fails();
    assert!(r.stderr.contains("false-positive"), "{}", r.stderr);
    let r = v
        .run(&[
            "alerts",
            "decide",
            "alr-nosuch",
            "--as",
            "true-match",
            "--note",
            "x",
        ])
        .fails();
    assert!(r.stderr.contains("no alert"), "{}", r.stderr);
    // Decisions supersede, never overwrite.
    for verdict in ["escalated", "true-match"] {
        v.run(&[
            "alerts", "decide", &alert, "--as", verdict, "--note", "checked", "--by", "a",
        ])
        .ok();
    }
    let all = alerts(&v, "decided");
    assert_eq!(all[0]["decisions"].as_array().map(Vec::len), Some(2));
    assert_eq!(all[0]["decisions"][1]["verdict"], "true-match");
    v.run(&["watch", "remove", "c-1"]).ok();
    let r = v.run(&["watch", "remove", "c-1"]).fails();
    assert!(r.stderr.contains("not watched"), "{}", r.stderr);
    assert_eq!(
        alerts(&v, "all").len(),
        1,
        "a removed subject's alerts stay"
    );
}
