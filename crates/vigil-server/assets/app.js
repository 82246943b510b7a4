"use strict";
const app = document.getElementById("app");
const keyInput = document.getElementById("apikey");
keyInput.value = localStorage.getItem("vigil-key") || "";
keyInput.addEventListener("change", () => { localStorage.setItem("vigil-key", keyInput.value.trim()); route(); });

function esc(s) { return String(s ?? "").replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;","\"":"&quot;","'":"&#39;"}[c])); }
async function api(path) {
  const headers = {};
  const k = localStorage.getItem("vigil-key");
  if (k) headers["Authorization"] = "ApiKey " + k;
  const r = await fetch(path, {headers});
  const body = await r.json().catch(() => ({detail: "not JSON"}));
  if (!r.ok) throw new Error(body.detail || r.statusText);
  return body;
}
async function apiPost(path, body) {
  const headers = {"Content-Type": "application/json"};
  const k = localStorage.getItem("vigil-key");
  if (k) headers["Authorization"] = "ApiKey " + k;
  const r = await fetch(path, {method: "POST", headers, body: JSON.stringify(body)});
  const answer = await r.json().catch(() => ({detail: "not JSON"}));
  if (!r.ok) throw new Error(answer.detail || r.statusText);
  return answer;
}
function fail(e) { app.innerHTML = `<div class="card error" id="error">${esc(e.message)}</div>`; }
function entityLink(id, label) { return `<a href="#/entity/${encodeURIComponent(id)}">${esc(label || id)}</a>`; }

async function searchPage(q) {
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  // Older links carried the dataset alone after "?" (#/search/NAME?all).
  const ds = params.get("dataset") || ([...params.keys()].find(k => k === "all" || k === "default")) || "default";
  const schema = params.get("schema") || "", born = params.get("birth_date") || "", country = params.get("country") || "";
  app.innerHTML = `<div class="card"><form class="search" id="search-form">
      <input type="text" id="q" name="q" placeholder="A name in any script: Assadolah Assadi, اسدالله اسدی" value="${esc(q)}" autofocus>
      <select id="schema" name="schema" title="what the name names">${[["", "anyone"], ["Person", "a person"], ["Organization", "an organisation"], ["Company", "a company"], ["Vessel", "a vessel"]]
        .map(([v, l]) => `<option value="${v}" ${v === schema ? "selected" : ""}>${l}</option>`).join("")}</select>
      <input type="text" id="birth_date" name="birth_date" size="10" placeholder="born 1971" value="${esc(born)}" title="birth date or year (persons)">
      <input type="text" id="country" name="country" size="9" placeholder="country" value="${esc(country)}" title="nationality, citizenship or jurisdiction">
      <select id="dataset" name="dataset"><option value="default">lists</option><option value="all" ${ds === "all" ? "selected" : ""}>lists and reports</option></select>
      <button type="submit">Screen</button></form>
      <p class="muted">Every search is screening: it is recorded in the audit trail with your key.</p></div><div id="results"></div>`;
  document.getElementById("search-form").addEventListener("submit", ev => {
    ev.preventDefault();
    const f = new URLSearchParams(new FormData(ev.currentTarget));
    const name = f.get("q");
    f.delete("q");
    for (const [k, v] of [...f]) if (!v || (k === "dataset" && v === "default")) f.delete(k);
    location.hash = "#/search/" + encodeURIComponent(name) + (f.toString() ? "?" + f : "");
  });
  const out = document.getElementById("results");
  if (!q) return homeCard(out);
  try {
    const api_params = new URLSearchParams({limit: "20", q});
    for (const [k, v] of [["schema", schema], ["birth_date", born], ["country", country]]) if (v) api_params.set(k, v);
    const [r, titles] = await Promise.all([api(`/search/${ds}?${api_params}`), datasetTitles()]);
    if (!r.results.length) { out.innerHTML = `<div class="card muted">No entity scores 0.50 or more.</div>`; return; }
    // What rules a hit in or out, beside the name: born, nationality, position.
    const facts = m => [["born", "birthDate"], ["nationality", "nationality"], ["citizen of", "citizenship"], ["country", "country"], ["position", "position"]]
      .filter(([, p]) => (m.properties[p] || []).length).map(([l, p]) => `${l} ${m.properties[p].slice(0, 3).map(esc).join(", ")}`).join(" · ");
    out.innerHTML = `<div class="card"><table id="result-table"><tr><th>score</th><th>entity</th><th>lists</th><th>why</th></tr>` +
      r.results.map(m => `<tr class="result"><td class="score ${m.match ? "match" : ""}">${m.score.toFixed(2)}${m.match ? " match" : ""}</td>
        <td>${entityLink(m.id, m.caption)} <span class="muted">${esc(m.schema)}</span><br><span class="muted">as ${esc(m.matched_name)}</span>
          ${facts(m) ? `<br><span class="facts">${facts(m)}</span>` : ""}</td>
        <td>${m.datasets.map(d => `<span class="tag" title="${esc(d)}">${esc(titles[d] || d)}</span>`).join("")}</td>
        <td class="explain">${Object.entries(m.explanations).map(([f, x]) => `${inWords(f, x)}`).join("<br>")}
          <details><summary class="muted">numbers</summary>${Object.entries(m.explanations).map(([f, x]) => `<b>${esc(f)}</b> ${x.score >= 0 ? "+" : ""}${x.score.toFixed(2)}: ${esc(x.detail)}`).join("<br>")}</details></td></tr>`).join("") + `</table></div>`;
  } catch (e) { out.innerHTML = `<div class="card error">${esc(e.message)}</div>`; }
}

// Each dataset's name for people ("EU Regulation 2012/267"), fetched once.
let titlesCache = null;
async function datasetTitles() {
  if (!titlesCache) titlesCache = api("/datasets").then(d => Object.fromEntries(d.datasets.map(x => [x.name, x.title || x.name]))).catch(() => ({}));
  return titlesCache;
}

// A feature of a score in words; the numbers stay one click away.
function inWords(feature, x) {
  const s = x.score;
  const sign = s > 0 ? "for" : s < 0 ? "against" : "";
  const words = {
    name: s >= 0.99 ? "the same name" : s >= 0.9 ? "the same name in another spelling or script" : s >= 0.8 ? "a close name" : "a name only partly alike",
    birth_date: s > 0 ? "the same birth date" : "birth dates differ",
    country: s > 0 ? "the same country" : "countries differ",
    gender: "genders differ",
    identifier: s > 0 ? "a shared identifier" : "an identifier of the same kind differs",
    ofac_name: `OFAC's tool would score it ${Math.round(s * 100)}`,
  }[feature] || esc(feature);
  return `<b>${esc(words)}</b>${sign && feature !== "name" && feature !== "ofac_name" ? ` <span class="muted">(${sign})</span>` : ""}`;
}

// The home page under the search form: what is loaded (each list with its publication date,
// load day and size), the reports, and names to try from the lists themselves.
async function homeCard(out) {
  try {
    const [ds, sample] = await Promise.all([api("/datasets"), api("/search/default?limit=3&schema=Person").catch(() => ({results: []}))]);
    const lists = ds.datasets.filter(d => d.name !== "reports" && d.name !== "judgements");
    const reports = ds.datasets.find(d => d.name === "reports");
    const when = d => d.published ? `list of ${esc(d.published)}` : `<span class="muted">no publication date in the file</span>`;
    const rows = lists.map(d => `<tr class="loaded-list"><td>${esc(d.name)}</td><td>${when(d)}</td>
      <td class="muted">loaded ${esc((d.loaded_at || "").slice(0, 10))}</td><td>${(d.entities ?? 0).toLocaleString("en")}</td>
      <td class="muted">${esc(d.changes || "")}</td></tr>`).join("");
    const tries = sample.results.map(r => `<a href="#/search/${encodeURIComponent(r.caption)}">${esc(r.caption)}</a>`).join(", ");
    out.innerHTML = `<div class="card" id="home"><h2>Loaded</h2>
      ${lists.length ? `<table><tr><th>list</th><th>version</th><th>vigil</th><th>entities</th><th>latest change</th></tr>${rows}</table>`
        : `<p>No list is loaded: <code>vigil load FILE</code>, <code>vigil load --bundled</code> or <code>POST /ingest</code>.</p>`}
      <p>${reports ? `${(reports.entities ?? 0).toLocaleString("en")} entities read from reports (<a href="#/timeline">timeline</a>, <a href="#/discrepancies">discrepancies</a>).` : "No report has been read yet: <code>vigil ingest PAGE.html</code>."}</p>
      ${tries ? `<p>Try a listed name, in any spelling or script: ${tries}.</p>` : ""}</div>`;
  } catch (err) { out.innerHTML = `<div class="card error">${esc(err.message)}</div>`; }
}

// The script a name is written in: analysts check that every script's form is there.
const SCRIPTS = [["Arabic", /\p{Script=Arabic}/u], ["Cyrillic", /\p{Script=Cyrillic}/u], ["Greek", /\p{Script=Greek}/u],
  ["Hebrew", /\p{Script=Hebrew}/u], ["Han", /\p{Script=Han}/u], ["Hangul", /\p{Script=Hangul}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ["Georgian", /\p{Script=Georgian}/u],
  ["Armenian", /\p{Script=Armenian}/u], ["Devanagari", /\p{Script=Devanagari}/u], ["Thai", /\p{Script=Thai}/u]];
function scriptOf(name) {
  for (const [label, re] of SCRIPTS) if (re.test(name)) return label === "Arabic" && /[پچژگکی]/u.test(name) ? "Arabic (Persian)" : label;
  return /\p{Script=Latin}/u.test(name) ? "Latin" : "other";
}
const NAME_PROPS = ["name", "alias", "weakAlias", "previousName", "firstName", "lastName"];

async function entityPage(id) {
  try {
    // Discrepancies may take a moment after a load: the page does not wait for them.
    const discrepancies = api(`/discrepancies?entity=${encodeURIComponent(id)}`).catch(() => ({discrepancies: []}));
    const [e, st, claims] = await Promise.all([
      api(`/entities/${encodeURIComponent(id)}`),
      api(`/entities/${encodeURIComponent(id)}/statements`).catch(() => ({statements: []})),
      api(`/entities/${encodeURIComponent(id)}/claims`).catch(() => ({claims: []})),
    ]);
    if (e.schema === "Article") return reportPage(e);
    const current = st.statements.filter(s => s.current);
    // Every name form: list names (with the datasets naming them so) and report spellings
    // (with the documents and how often), one row per distinct form.
    const forms = new Map();
    const form = v => forms.get(v) || forms.set(v, {props: new Set(), lists: new Set(), docs: []}).get(v);
    for (const s of current.filter(s => NAME_PROPS.slice(0, 4).includes(s.prop))) { const f = form(s.value); f.props.add(s.prop); f.lists.add(s.dataset); }
    for (const f of e.forms || []) form(f.form).docs.push(f);
    const nameRows = [...forms].map(([v, f]) => `<tr class="name-form"><td dir="auto">${esc(v)}</td><td class="muted">${esc(scriptOf(v))}</td>
      <td>${[...f.props].map(p => `<span class="tag">${esc(p)}</span>`).join("")}${f.docs.length ? `<span class="tag">in reports</span>` : ""}</td>
      <td class="muted">${[...f.lists].map(esc).join(", ")}${f.lists.size && f.docs.length ? "; " : ""}${f.docs.map(d => `${entityLink(d.document, d.article || d.file)}${d.mentions > 1 ? " ×" + d.mentions : ""}`).join(", ")}</td></tr>`).join("");
    // Designations: each Sanction with its dates and the list versions that carried it. Three
    // dates are kept apart: the authority's listing date, the list version's publication date,
    // the day vigil loaded it.
    const sanctions = e.sanctions || [];
    const listings = e.listings || [];
    const version = v => !v ? "?" : v.published
      ? `list of ${esc(v.published)} <span class="muted">(loaded ${esc(v.loaded_at.slice(0, 10))})</span>`
      : `list loaded ${esc(v.loaded_at.slice(0, 10))} <span class="muted">(no publication date in the file)</span>`;
    const carried = l => l.first_version ? `${version(l.first_version)} – ${l.current ? "current" : version(l.last_version) + ", since removed"}`
      : `<span class="muted">${esc(l.first_seen || "")} – ${l.current ? "current" : esc(l.last_seen || "")}</span>`;
    const prop = (x, p) => (x.properties[p] || []).map(esc).join("; ");
    const designationRows = sanctions.map(x => `<tr class="designation ${x.current ? "" : "removed"}">
      <td>${prop(x, "authority") || esc(x.datasets.join(", "))}<br><span class="muted">${esc(x.datasets.join(", "))}</span></td>
      <td>${prop(x, "program")}${x.properties.reason ? `<br><span class="muted">${prop(x, "reason")}</span>` : ""}${x.properties.provisions ? `<br><span class="muted">${prop(x, "provisions")}</span>` : ""}</td>
      <td>${prop(x, "listingDate") || prop(x, "startDate") || prop(x, "date") || `<span class="muted">not given by the list</span>`}${x.properties.endDate ? " – " + prop(x, "endDate") : ""}</td>
      <td>${carried(listings.find(l => l.sanction === x.id) || x)}</td></tr>`).join("");
    // Without a Sanction entity (e.g. EU Official Journal transcriptions) the listing is the
    // dataset itself: when each list first and last carried the entity.
    const byDataset = {};
    for (const s of st.statements) { const d = byDataset[s.dataset] ||= {first: s.first_seen, last: s.last_seen, current: false}; d.first = d.first < s.first_seen ? d.first : s.first_seen; d.last = d.last > s.last_seen ? d.last : s.last_seen; d.current ||= s.current; }
    const listedIn = new Set(listings.map(l => l.dataset));
    const datasetRows = listings.filter(l => !l.sanction).map(l => `<tr><td>${esc(l.dataset)}</td><td>${carried(l)}</td></tr>`).join("")
      + Object.entries(byDataset).filter(([d]) => !listedIn.has(d)).map(([d, x]) => `<tr><td>${esc(d)}</td><td class="muted">${esc(x.first)} – ${x.current ? "current" : esc(x.last) + ", since removed"}</td></tr>`).join("");
    // Facts: every current value with the dataset asserting it.
    const facts = {};
    for (const s of current.filter(s => !NAME_PROPS.includes(s.prop) && s.prop !== "notes")) (facts[s.prop] ||= new Map()).set(s.value, [...((facts[s.prop].get(s.value)) || []), s.dataset]);
    const notes = current.filter(s => s.prop === "notes");
    const adjacent = e.adjacent || [];
    const byDoc = {};
    for (const c of claims.claims) (byDoc[c.document || c.file] ||= []).push(c);

    const listed = sanctions.length > 0 || e.target;
    app.innerHTML = `<div class="card" id="entity"><h1 id="entity-caption">${esc(e.caption)}</h1>
      <div><span class="tag">${esc(e.schema)}</span>${e.datasets.map(d => `<span class="tag">${esc(d)}</span>`).join("")}
      ${listed ? `<span class="tag flag">on a list</span>` : ""}
      <a href="#/network/${encodeURIComponent(id)}" id="network-link">network</a> · <a href="#/timeline/${encodeURIComponent(id)}">timeline</a>
      · <a href="/entities/${encodeURIComponent(id)}/statements">statements (JSON)</a></div></div>
      ${(e.possible_matches || []).map(p => `<div class="card possible" id="possible-match"><h2>Possible list match, not linked</h2>
        <p>${entityLink(p.id, p.name)} <span class="muted">score ${p.score.toFixed(3)}</span></p>
        <p class="muted">Not linked: ${esc(p.why)}. Shown for you to judge (<code>vigil merge</code> joins them, <code>vigil never-merge</code> keeps them apart); never asserted.</p></div>`).join("")}
      <div class="card"><h2>Names <span class="muted">${forms.size} form${forms.size === 1 ? "" : "s"}, scripts: ${[...new Set([...forms.keys()].map(scriptOf))].map(esc).join(", ")}</span></h2>
      <table id="names"><tr><th>form</th><th>script</th><th>as</th><th>source</th></tr>${nameRows}</table></div>
      <div class="card" id="designations"><h2>Designations</h2>
      ${sanctions.length ? `<table><tr><th>authority</th><th>programme</th><th>listed by the authority</th><th>carried in list versions</th></tr>${designationRows}</table>` : `<p class="muted">No sanction entry names this entity.</p>`}
      ${datasetRows ? `<table class="datasets"><tr><th>dataset</th><th>carried in list versions</th></tr>${datasetRows}</table>` : ""}</div>
      <div class="card"><h2>Facts</h2><table id="facts">${Object.entries(facts).map(([p, vs]) => `<tr><td class="muted">${esc(p)}</td><td>${[...vs].map(([v, ds]) => `${esc(v)} <span class="muted">(${esc([...new Set(ds)].join(", "))})</span>`).join("<br>")}</td></tr>`).join("")}</table>
      ${notes.length ? `<details><summary class="muted">${notes.length} notes kept from the source</summary>${notes.map(n => `<p class="muted">${esc(n.value)}</p>`).join("")}</details>` : ""}
      <p class="muted">${st.statements.length} statements; first seen ${esc(st.statements.map(s => s.first_seen).sort()[0] || "")}.</p></div>
      ${adjacent.length ? `<div class="card" id="adjacent"><h2>Linked entities <span class="muted">${adjacent.length}</span></h2><table>${adjacent.slice(0, 200).map(a => `<tr><td>${esc(a.role || a.relation)}</td>
        <td>${entityLink(a.other.id, a.other.caption)} <span class="muted">${esc(a.other.schema)}</span></td><td><span class="tag ${a.source}">${esc(a.source)}</span>${a.asserted_by ? ` <i class="muted">asserted only by ${esc(a.asserted_by)}</i>` : ""}</td></tr>`).join("")}</table></div>` : ""}
      <div id="discrepancies-slot"></div>
      <div class="card" id="claims"><h2>Claims by source</h2>
      ${Object.keys(byDoc).length ? Object.entries(byDoc).map(([doc, cs]) => `<h3>${cs[0].document ? entityLink(cs[0].document, cs[0].article || cs[0].file) : esc(doc)}</h3>` +
        cs.map(claimHtml).join("")).join("")
        : `<p class="muted">No report makes a claim about this entity.</p>`}</div>`;
    const disc = await discrepancies;
    const slot = document.getElementById("discrepancies-slot");
    if (!slot || !disc.discrepancies.length) return;
    slot.innerHTML = `<div class="card" id="discrepancies"><h2>Where sources disagree</h2>${disc.discrepancies.map(discrepancyHtml).join("")}</div>`;
    // Role claims are highlighted where the sources disagree on the role.
    if (disc.discrepancies.some(d => d.kind === "role")) {
      for (const el of document.querySelectorAll("#claims .role-claim")) el.classList.add("discrepancy");
    }
  } catch (err) { fail(err); }
}

// One claim: its kind, summary, date, place and asserter, then the sentence it was read in.
// Role claims are marked so that a disagreement on the role can highlight them.
function claimHtml(c) {
  const role = c.kind === "role" || c.kind === "membership";
  return `<div class="sentence ${role ? "role-claim" : ""}"><b>${esc(c.kind)}</b> ${esc(c.summary)}${c.date ? ", " + esc(c.date) : ""}${c.place ? ", in " + esc(c.place) : ""}${c.asserted_by ? ` <i>(asserted by ${esc(c.asserted_by)})</i>` : ""}<br><span class="muted">“${esc(c.sentence)}”</span></div>`;
}

// One disagreement: what it is about, then each source's value with its sentence.
function discrepancyHtml(d) {
  return `<div class="sentence discrepancy ${esc(d.kind)}"><b>${esc(d.kind)}</b> ${esc(d.note)}<table>` +
    d.values.map(v => `<tr><td><b>${esc(v.value)}</b>${v.text && v.text !== v.value ? `<br><span class="muted">“${esc(v.text)}”</span>` : ""}</td>
      <td>${entityLink(v.doc, v.article || v.file)}${v.asserted_by ? `<br><i class="muted">asserted by ${esc(v.asserted_by)}</i>` : ""}</td>
      <td class="muted">“${esc(v.sentence)}”</td></tr>`).join("") + `</table></div>`;
}

async function discrepanciesPage() {
  try {
    const r = await api("/discrepancies");
    app.innerHTML = `<div class="card" id="all-discrepancies"><h1>Where sources disagree</h1><p class="muted">${r.total} disagreements between reports:
      quantities of one thing, spellings of one entity, roles of one person.</p>${r.discrepancies.map(d =>
        (d.subject_caption ? `<h3>${entityLink(d.subject, d.subject_caption)}</h3>` : "") + discrepancyHtml(d)).join("")}</div>`;
  } catch (err) { fail(err); }
}

function reportPage(doc) {
  const text = (doc.properties.bodyText || [""])[0];
  const spans = ((doc.properties.mentionSpans || [""])[0]).split("\n").filter(Boolean).map(l => l.split("\t"))
    .map(([s, e, kind, id]) => ({s: +s, e: +e, kind, id})).sort((a, b) => a.s - b.s);
  // Offsets are UTF-8 bytes: slice the encoded text.
  const bytes = new TextEncoder().encode(text), dec = new TextDecoder();
  let html = "", at = 0;
  for (const m of spans) {
    if (m.s < at) continue;
    html += esc(dec.decode(bytes.slice(at, m.s)));
    const t = esc(dec.decode(bytes.slice(m.s, m.e)));
    // A name linked to a list entry is marked as such: report-only names are not.
    const listedLink = m.id && !/^(rep-|place-)/.test(m.id);
    html += `<mark class="${esc(m.kind)}${listedLink ? " listed" : ""}" title="${listedLink ? "on a list" : "read from reports"}">${m.id ? entityLink(m.id, dec.decode(bytes.slice(m.s, m.e))) : t}</mark>`;
    at = m.e;
  }
  html += esc(dec.decode(bytes.slice(at)));
  const prop = p => esc((doc.properties[p] || [""])[0]);
  const about = [prop("publisher") || `<span class="muted">outlet not known</span>`, doc.properties.author ? "by " + prop("author") : "",
    prop("publishedAt") ? "published " + prop("publishedAt") : `<span class="muted">publication date not known</span>`].filter(Boolean);
  // A page without a title is headed by its first sentence, the file name beneath.
  const firstSentence = (text.split(/(?<=[.!?])\s/)[0] || "").trim();
  const headline = prop("title") || esc(firstSentence.length > 110 ? firstSentence.slice(0, 110).replace(/\s\S*$/, "") + "…" : firstSentence) || prop("fileName") || esc(doc.id);
  app.innerHTML = `<div class="card" id="report"><h1 id="report-headline">${headline}</h1>
    <p class="muted">${prop("fileName")}</p>
    <p>${about.join(" · ")}</p>
    <p class="muted">${spans.length} mentions, linked: <mark class="person">person</mark> <mark class="organization">organisation</mark>
      <mark class="public_body">public body</mark> <mark class="place">place</mark> <mark class="event">event</mark>
      <mark class="person listed">on a list</mark></p>
    <div class="pre-wrap" id="report-text">${html}</div></div>
    <div id="report-extra"></div>`;
  // What the report claims, and where it disagrees with other reports.
  Promise.all([
    api(`/entities/${encodeURIComponent(doc.id)}/claims`).catch(() => ({claims: []})),
    api(`/discrepancies?document=${encodeURIComponent(doc.id)}`).catch(() => ({discrepancies: []})),
  ]).then(([claims, disc]) => {
    const extra = document.getElementById("report-extra");
    if (!extra) return;
    extra.innerHTML = (disc.discrepancies.length ? `<div class="card" id="report-discrepancies"><h2>Where other reports disagree</h2>${disc.discrepancies.map(discrepancyHtml).join("")}</div>` : "") +
      `<div class="card" id="report-claims"><h2>Claims read in this report <span class="muted">${claims.claims.length}</span></h2>` +
      (claims.claims.length ? claims.claims.map(claimHtml).join("")
        : `<p class="muted">No claim was read in this report.</p>`) + `</div>`;
  });
}

async function networkPage(id) {
  const q = new URLSearchParams(location.hash.split("?")[1] || "");
  const hops = q.get("hops") || "2", only = q.get("source") || "";
  app.innerHTML = `<div class="card"><h1>Network of <span id="network-title">${entityLink(id)}</span></h1>
    <form id="network-form" class="controls">hops <select name="hops">${[1, 2, 3].map(h => `<option ${String(h) === hops ? "selected" : ""}>${h}</option>`).join("")}</select>
    links from <select name="source"><option value="">lists and reports</option><option value="list" ${only === "list" ? "selected" : ""}>lists</option><option value="report" ${only === "report" ? "selected" : ""}>reports</option></select>
    <span class="legend"><i class="dot listed"></i>listed <i class="dot party"></i>person or body
    <i class="dot diamond event"></i>reported event <i class="line"></i>list link <i class="line dashed"></i>report claim</span></form>
    <div id="graph"></div><div id="edge" class="muted">Click a link to see who says so; click an entity to open it.</div></div>`;
  document.getElementById("network-form").addEventListener("change", ev => {
    const f = new FormData(ev.currentTarget);
    location.hash = `#/network/${encodeURIComponent(id)}?hops=${f.get("hops")}${f.get("source") ? "&source=" + f.get("source") : ""}`;
  });
  try {
    const n = await api(`/entities/${encodeURIComponent(id)}/links?hops=${hops}`);
    const edges = n.edges.filter(e => !only || e.source === only);
    const keep = new Set([id, ...edges.flatMap(e => [e.from, e.to])]);
    const nodes = n.nodes.filter(x => keep.has(x.id));
    const start = nodes.find(x => x.id === id);
    if (start) document.getElementById("network-title").innerHTML = entityLink(id, start.caption);
    // A hub's spokes (entities linked to it and to nothing else shown) are grouped by relation
    // and source into one node that opens on a click: 65 OFAC links of a ministry are one
    // "65 × linked to (list)" node, not 65 labels on top of each other.
    const degree = new Map();
    for (const e of edges) for (const x of [e.from, e.to]) degree.set(x, (degree.get(x) || 0) + 1);
    const groups = new Map(), grouped = new Map();
    for (const [i, e] of edges.entries()) {
      for (const [hub, leaf] of [[e.from, e.to], [e.to, e.from]]) {
        if (leaf === id || degree.get(leaf) !== 1 || degree.get(hub) <= 12) continue;
        const key = `group:${hub}:${e.role || e.relation}:${e.source}`;
        if (!groups.has(key)) groups.set(key, {hub, label: e.role || e.relation, source: e.source, leaves: [], edges: []});
        groups.get(key).leaves.push(leaf);
        groups.get(key).edges.push(i);
      }
    }
    for (const [key, g] of groups) if (g.leaves.length >= 5) for (const l of g.leaves) grouped.set(l, key);
    const open = new Set();
    const label = x => x.caption.length > 48 ? x.caption.slice(0, 46) + "…" : x.caption;
    // Rings by distance from the entity: the same picture on every load.
    const distance = new Map([[id, 0]]);
    for (let frontier = [id], d = 1; frontier.length; d++) {
      const next = [];
      for (const e of edges) for (const [a, b] of [[e.from, e.to], [e.to, e.from]])
        if (frontier.includes(a) && !distance.has(b)) { distance.set(b, d); next.push(b); }
      frontier = next;
    }
    const build = () => {
      const hidden = new Set([...grouped].filter(([, k]) => !open.has(k)).map(([l]) => l));
      const shown = nodes.filter(x => !hidden.has(x.id)).map(x => ({data: {id: x.id, label: label(x),
        listed: x.listed ? 1 : 0, start: x.id === id ? 1 : 0, event: x.schema === "Event" ? 1 : 0, ring: distance.get(x.id) ?? 9}}));
      const groupNodes = [...groups].filter(([k, g]) => g.leaves.length >= 5 && !open.has(k)).map(([k, g]) => ({data: {id: k,
        label: `${g.leaves.length} × ${g.label} (${g.source}) — click to open`, group: 1, ring: (distance.get(g.hub) ?? 8) + 1}}));
      const links = edges.map((e, i) => ({e, i})).filter(({e}) => !hidden.has(e.from) && !hidden.has(e.to))
        .map(({e, i}) => ({data: {id: "e" + i, source: e.from, target: e.to, label: e.role || e.relation, src: e.source, i}}));
      const groupLinks = groupNodes.map(g => { const x = groups.get(g.data.id); return {data: {id: "l" + g.data.id, source: x.hub, target: g.data.id, label: "", src: x.source}}; });
      return shown.concat(groupNodes, links, groupLinks);
    };
    const elements = build();
    const labels = elements.filter(x => x.data.source).length <= 60;
    const layout = {name: "concentric", concentric: x => 20 - x.data("ring"), levelWidth: () => 1, minNodeSpacing: 50, spacingFactor: 1, animate: false};
    const cy = cytoscape({container: document.getElementById("graph"), elements, minZoom: 0.2, maxZoom: 1.6,
      style: [
        {selector: "node", style: {label: "data(label)", "font-size": 15, "min-zoomed-font-size": 7, "text-wrap": "wrap", "text-max-width": 140, "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1, "background-color": "#5b7fa6", width: 16, height: 16}},
        {selector: "node[event = 1]", style: {shape: "diamond", "background-color": "#d9822b", color: "#7a4a12"}},
        {selector: "node[listed = 1]", style: {"background-color": "#c0392b"}},
        {selector: "node[group = 1]", style: {shape: "round-rectangle", width: 30, height: 20, "background-color": "#e8edf2", "border-width": 1, "border-color": "#5b7fa6", "font-style": "italic"}},
        {selector: "node[start = 1]", style: {width: 26, height: 26, "border-width": 3, "border-color": "#222", "font-weight": "bold", "font-size": 14}},
        {selector: "edge", style: {width: 1.2, "line-color": "#8a9aa8", "target-arrow-shape": "triangle", "target-arrow-color": "#8a9aa8", "arrow-scale": 0.7, "curve-style": "bezier",
          label: labels ? "data(label)" : "", "font-size": 10, "min-zoomed-font-size": 7, color: "#555", "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.85}},
        {selector: "edge[src = 'report']", style: {"line-style": "dashed", "line-color": "#d9822b", "target-arrow-color": "#d9822b"}},
        {selector: ":selected", style: {"overlay-opacity": 0.15, "line-color": "#222", "target-arrow-color": "#222", width: 2.5}},
      ],
      layout});
    cy.on("tap", "node[group = 1]", ev => {
      open.add(ev.target.id());
      cy.elements().remove();
      cy.add(build());
      cy.layout(layout).run();
    });
    cy.on("tap", "node[!group]", ev => { location.hash = "#/entity/" + encodeURIComponent(ev.target.id()); });
    cy.on("tap", "edge", async ev => {
      const e = edges[ev.target.data("i")];
      if (!e) return;
      const box = document.getElementById("edge");
      const who = x => entityLink(x, (nodes.find(y => y.id === x) || {}).caption);
      box.innerHTML = `<b>${esc(e.role || e.relation)}</b> ${who(e.from)} → ${who(e.to)} <span class="tag ${e.source}">${esc(e.source)}</span>
        ${e.start ? esc(e.start) : ""} ${e.document ? "in " + entityLink(e.document, e.article || e.file) : esc((e.datasets || []).join(", "))}<div id="edge-evidence"></div>`;
      try {
        const c = await api(`/entities/${encodeURIComponent(e.entity)}`);
        const sentence = (c.properties.sourceSentence || [])[0], by = (c.properties.assertedBy || [])[0];
        document.getElementById("edge-evidence").innerHTML = sentence ? `<div class="sentence">“${esc(sentence)}”${by ? ` <i>(asserted by ${esc(by)})</i>` : ""}</div>`
          : `<span class="muted">${esc(c.schema)} ${esc(c.id)} in ${esc(c.datasets.join(", "))}</span>`;
      } catch (_) { /* the relation entity may be gone after a reload: the summary stays */ }
    });
    window.vigilGraph = cy;
    const folded = [...groups.values()].filter(g => g.leaves.length >= 5);
    document.getElementById("edge").insertAdjacentHTML("beforebegin", `<p class="muted" id="graph-count">${nodes.length} entities, ${edges.length} links` +
      (folded.length ? `; ${folded.reduce((n, g) => n + g.leaves.length, 0)} spokes of hubs grouped in ${folded.length} nodes (click one to open it)` : "") +
      (n.cut.length ? `; ${n.cut.length} entities had more links than shown (500 each)` : "") + (labels ? "" : "; link labels hidden, click a link") + `</p>`);
  } catch (err) { fail(err); }
}

async function timelinePage(id) {
  const q = new URLSearchParams(location.hash.split("?")[1] || "");
  const kind = q.get("kind") || "", from = q.get("from") || "", to = q.get("to") || "";
  try {
    const params = new URLSearchParams({limit: "500"});
    if (id) params.set("entity", id);
    for (const [k, v] of [["kind", kind], ["from", from], ["to", to]]) if (v) params.set(k, v);
    const t = await api("/timeline?" + params);
    const kinds = Object.entries(t.kinds);
    app.innerHTML = `<div class="card" id="timeline"><h1>Timeline${id ? " of " + entityLink(id) : ""}</h1>
      <form id="timeline-form" class="controls">kind <select name="kind"><option value="">all (${kinds.reduce((a, [, n]) => a + n, 0)})</option>
      ${kinds.map(([k, n]) => `<option value="${esc(k)}" ${k === kind ? "selected" : ""}>${esc(k)} (${n})</option>`).join("")}</select>
      from <input name="from" size="10" placeholder="2018" value="${esc(from)}"> to <input name="to" size="10" placeholder="2019-06" value="${esc(to)}">
      <button type="submit">Show</button></form>
      <p class="muted">${t.entries.length < t.total ? `the latest ${t.entries.length} of ${t.total} entries` : `${t.total} entries`}, newest first</p><table>` +
      t.entries.slice().reverse().map(x => `<tr class="entry ${esc(x.source)}"><td class="score">${esc(x.date)}</td><td><span class="tag ${x.source === "report" ? "report" : ""}">${esc(x.kind)}</span></td>
        <td>${x.source === "report" && x.entity ? entityLink(x.entity, x.summary) : esc(x.summary)}${x.place ? ", in " + esc(x.place) : ""}
        <br><span class="muted">${x.source === "report" ? "reported in " + entityLink(x.origin, x.article || x.file) : "list " + esc(x.origin)}${x.about.length ? " · about " : ""}</span>${x.about.slice(0, 6).map((a, i) => entityLink(a, x.about_captions[i])).join(", ")}${x.about.length > 6 ? ` and ${x.about.length - 6} more` : ""}</td></tr>`).join("") + `</table></div>`;
    document.getElementById("timeline-form").addEventListener("submit", ev => {
      ev.preventDefault();
      const f = new URLSearchParams(new FormData(ev.currentTarget));
      for (const [k, v] of [...f]) if (!v) f.delete(k);
      location.hash = `#/timeline${id ? "/" + encodeURIComponent(id) : ""}?${f}`;
    });
  } catch (err) { fail(err); }
}

const REASONS = {new_listing: "newly listed", changed_entry: "listed entry changed", report_mention: "named in a report", delisted: "delisted"};
function factList(facts, sign) {
  return facts.map(([p, v, d]) => `<li class="${sign === "+" ? "added" : "removed"}">${sign} ${esc(p)} “${esc(v)}” <span class="muted">${esc(d)}</span></li>`).join("");
}
async function alertsPage() {
  const q = new URLSearchParams(location.hash.split("?")[1] || "");
  const status = q.get("status") || "open";
  try {
    const a = await api("/alerts?" + new URLSearchParams({status}));
    app.innerHTML = `<div class="card" id="alerts"><h1>Alerts</h1>
      <p class="controls">${["open", "decided", "all"].map(s => s === status ? `<b>${s}</b>` : `<a href="#/alerts?status=${s}">${s}</a>`).join(" · ")}
      <span class="muted">${a.total} ${esc(status)} alert(s), newest first</span></p>
      ${a.alerts.map(x => {
        const subject = x.subject ? `${esc(x.subject.name)} <span class="muted">${esc(x.subject.id)}</span>` : esc(x.subject_id);
        const evidence = x.reason === "report_mention"
          ? `<ul class="evidence">${x.facts.map(([, doc]) => `<li>named in ${esc(doc)}</li>`).join("")}</ul>`
          : ((x.added || []).length || (x.removed || []).length ? `<ul class="changes">${factList(x.added || [], "+")}${factList(x.removed || [], "-")}</ul>` : "");
        const decisions = x.decisions.map(d => `<li>${esc(d.verdict)} by ${esc(d.by)}, ${esc(d.at.slice(0, 16).replace("T", " "))}: ${esc(d.note)}</li>`).join("");
        return `<div class="alert ${esc(x.status)}" data-alert="${esc(x.id)}">
          <div><span class="tag">${esc(REASONS[x.reason] || x.reason)}</span> <b>${subject}</b> ~ ${entityLink(x.entity_id, x.entity_caption)}
          <span class="muted">${esc(x.datasets.join(", "))} · score ${x.score.toFixed(2)} · ${esc(x.created.slice(0, 10))}</span></div>
          <p class="why">${esc(x.explanation)}</p>${evidence}
          ${decisions ? `<ul class="decisions">${decisions}</ul>` : ""}
          <form class="decide controls"><select name="as"><option value="false-positive">false positive</option><option value="true-match">true match</option><option value="escalated">escalate</option></select>
          <input name="note" size="40" placeholder="why (kept with your decision)" required> <button type="submit">Decide</button></form></div>`;
      }).join("") || `<p class="muted" id="no-alerts">No ${esc(status)} alerts.</p>`}</div>`;
    for (const f of app.querySelectorAll("form.decide")) {
      f.addEventListener("submit", async ev => {
        ev.preventDefault();
        const id = ev.currentTarget.closest("[data-alert]").dataset.alert;
        const data = new FormData(ev.currentTarget);
        try {
          await apiPost(`/alerts/${encodeURIComponent(id)}/decision`, {as: data.get("as"), note: data.get("note")});
          alertsPage();
        } catch (err) { fail(err); }
      });
    }
  } catch (err) { fail(err); }
}
async function watchPage() {
  try {
    const [subjects, alerts, feeds] = await Promise.all([api("/watch/subjects"), api("/alerts?status=open"), api("/feeds")]);
    const open = {};
    for (const a of alerts.alerts) open[a.subject_id] = (open[a.subject_id] || 0) + 1;
    app.innerHTML = `<div class="card" id="watched"><h1>Watched subjects</h1><table>
      <tr><th>id</th><th>name</th><th>schema</th><th>born</th><th>country</th><th>since</th><th>open alerts</th></tr>
      ${subjects.subjects.map(s => `<tr class="subject"><td>${esc(s.id)}</td><td>${esc(s.name)}</td><td>${esc(s.schema)}</td><td>${esc(s.birth_date)}</td><td>${esc(s.country)}</td>
        <td>${esc(s.added.slice(0, 10))}</td><td>${open[s.id] ? `<a href="#/alerts?status=open">${open[s.id]}</a>` : "0"}</td></tr>`).join("")}</table>
      <p class="muted">${subjects.subjects.length} subject(s); add them with <code>vigil watch add</code> or <code>POST /watch/subjects</code>.</p></div>
      <div class="card" id="feeds"><h2>Feeds</h2><table><tr><th>feed</th><th>every</th><th>last poll</th><th>status</th><th>items</th><th>new</th><th>errors</th></tr>
      ${feeds.feeds.map(({feed, last_poll: p}) => `<tr class="feed"><td>${esc(feed.url)}<br><span class="muted">${esc(feed.id)}${feed.source ? " · " + esc(feed.source) : ""}</span></td>
        <td>${Math.round(feed.every / 60)} min</td><td>${p ? esc(p.at.slice(0, 16).replace("T", " ")) : "never"}</td><td>${p ? esc(p.status) : ""}${p && p.error ? `<br><span class="error">${esc(p.error)}</span>` : ""}</td>
        <td>${p ? p.items : ""}</td><td>${p ? p.ingested : ""}</td>
        <td>${p && p.errors ? p.errors.map(e => `<div class="error">${esc(e.url)}: ${esc(e.error)}</div>`).join("") : ""}</td></tr>`).join("")}</table></div>`;
  } catch (err) { fail(err); }
}
async function storiesPage() {
  try {
    const s = await api("/stories");
    app.innerHTML = `<div class="card" id="stories"><h1>Stories</h1><p class="muted">Reports naming two of the same people or bodies within a month, grouped.</p>
      ${s.stories.map(st => `<div class="story"><h2>${esc(st.title)}</h2>
        <p class="muted">${st.documents.length} report(s) · ${st.outlets.length} outlet(s)${st.first ? " · " + esc(st.first) + (st.last && st.last !== st.first ? " to " + esc(st.last) : "") : ""}</p>
        <ul>${st.documents.map(d => `<li>${entityLink(d.id, d.title || d.file)} <span class="muted">${esc(d.publisher || "")} ${esc(d.published || "")}</span>${d.url ? ` <a href="${esc(d.url)}" rel="noopener noreferrer">source</a>` : ""}</li>`).join("")}</ul>
        <p>naming ${st.entities.map(e => entityLink(e.id, e.caption) + ` <span class="muted">(${e.documents})</span>`).join(", ")}</p></div>`).join("")}</div>`;
  } catch (err) { fail(err); }
}

function route() {
  const h = decodeURIComponent(location.hash.slice(1) || "/");
  const [path] = h.split("?");
  const parts = path.split("/").filter(Boolean);
  if (parts[0] === "entity") return entityPage(parts.slice(1).join("/"));
  if (parts[0] === "network") return networkPage(parts.slice(1).join("/"));
  if (parts[0] === "timeline") return timelinePage(parts[1]);
  if (parts[0] === "search") return searchPage(parts.slice(1).join("/"));
  if (parts[0] === "discrepancies") return discrepanciesPage();
  if (parts[0] === "alerts") return alertsPage();
  if (parts[0] === "watch") return watchPage();
  if (parts[0] === "stories") return storiesPage();
  return searchPage("");
}
window.addEventListener("hashchange", route);
route();
