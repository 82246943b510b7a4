//! The cleaner on the shared news corpus (where present) and on pages written for the test.

/// A note that shows in `cargo test`'s output even when the test passes: libtest keeps what
/// `eprintln!` prints for failures only, not what is written to stderr directly.
macro_rules! note {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

use std::path::Path;

use vigil_extract::{clean, clean_html, sentences};

const CHROME: &[&str] = &[
    "Please Share",
    "Must read",
    "You might also like",
    "Recommended to you",
    "Latest news",
    "Source »",
];

fn corpus() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        note!(
            "skipped: {} is absent (the shared corpus is not beside the repo)",
            dir.display()
        );
        return None;
    };
    let mut files: Vec<(String, String)> = entries
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    files.sort();
    Some(files)
}

#[test]
fn corpus_pages_lose_their_chrome_and_keep_their_report() {
    let Some(files) = corpus() else { return };
    assert!(!files.is_empty());
    for (name, raw) in &files {
        let doc = clean(raw);
        for c in CHROME {
            assert!(!doc.text.contains(c), "{name}: chrome {c:?} kept");
        }
        assert!(!doc.text.contains("..."), "{name}: a teaser was kept");
        // The report's own paragraphs (long, ending like sentences) are all kept.
        for para in raw
            .split("\n\n")
            .map(str::trim)
            .filter(|p| p.split_whitespace().count() >= 40 && p.ends_with('.'))
        {
            assert!(doc.text.contains(para), "{name}: lost a report paragraph");
        }
        let spans = sentences(&doc.text);
        assert!(spans.len() >= 10, "{name}: {} sentences", spans.len());
        for s in &spans {
            let t = &doc.text[s.start..s.end];
            assert!(!t.is_empty() && t.trim() == t, "{name}: span {s:?}");
        }
    }
    // Attribution: an outlet credited at the foot of a page, a dateline at the head of another.
    let with_source = files
        .iter()
        .filter(|(_, raw)| raw.contains("Source »"))
        .count();
    let sources = files
        .iter()
        .filter(|(_, raw)| clean(raw).source.is_some())
        .count();
    assert_eq!(sources, with_source);
    assert!(
        files.iter().any(|(_, raw)| clean(raw).dateline.is_some()),
        "a dateline is found"
    );
    // Names that appear only in teasers of other articles are not in the report text.
    for (name, raw) in &files {
        let doc = clean(raw);
        for (block, why) in &doc.dropped {
            if why.starts_with("teaser") {
                assert!(
                    !doc.text.contains(block.as_str()),
                    "{name}: teaser text kept"
                );
            }
        }
    }
}

const PAGE: &str = r#"<!DOCTYPE html><html><head><title>T</title><script>var x = "<p>not content</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share-buttons">Share on Facebook Share on Twitter</div>
<article><h1>Invented headline</h1><p class="byline">By Jane Example</p>
<p>Vienna, 3 March – An invented official of an invented ministry was questioned on Tuesday about a shipment that never existed, officials said.</p>
<p>The second paragraph adds more invented detail about the same made-up event, with enough words to count as content.
<p>An unclosed paragraph and a <b>bold <i>mis-nested</b> phrase</i> still read as text, as browsers read them.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li>Another story that ends...</li></ul></aside>
<footer>© Example outlet. All rights reserved.</footer></body></html>"#;

/// The test page with its byline's paragraph replaced by `paragraph`.
fn page_with_byline(paragraph: &str) -> String {
    PAGE.replace("<p class=\"byline\">By Jane Example</p>", paragraph)
}

/// The page cleaned with `line` as its byline paragraph.
fn cleaned_with_byline_line(line: &str) -> vigil_extract::CleanDoc {
    clean_html(&page_with_byline(&format!(
        "<p class=\"byline\">{line}</p>"
    )))
}

/// Each of `lines`, as the byline paragraph, gives no byline.
fn assert_no_byline(lines: &[&str]) {
    for line in lines {
        assert_eq!(cleaned_with_byline_line(line).byline, None, "{line}");
    }
}

#[test]
fn html_pages_keep_the_article_only() {
    let doc = clean_html(PAGE);
    // The byline right above the article is kept in its text (its names are the reporters)
    // and as its author.
    assert!(
        doc.text.starts_with("By Jane Example\n\nVienna, 3 March"),
        "{}",
        doc.text
    );
    for gone in [
        "Home",
        "Share on",
        "not content",
        "Another story",
        "All rights reserved",
        "var x",
    ] {
        assert!(!doc.text.contains(gone), "{gone:?} kept: {}", doc.text);
    }
    assert!(
        doc.text.contains("mis-nested phrase still read"),
        "{}",
        doc.text
    );
    assert_eq!(doc.dateline.as_deref(), Some("Vienna, 3 March"));
    assert_eq!(doc.byline.as_deref(), Some("Jane Example"));
    assert_eq!(sentences(&doc.text).len(), 4);
}

#[test]
fn odd_pages_do_not_panic() {
    let big = "word ".repeat(200_000);
    for raw in [
        "",
        "<",
        "<html><body></body></html>",
        "\u{0}\u{1}\u{2}",
        "...",
        big.as_str(),
        "<p>",
        "Source »",
    ] {
        let doc = clean(raw);
        let _ = sentences(&doc.text);
    }
}

/// Hostile nesting: thousands of open elements must neither overflow the stack (the walk used
/// to recurse per element) nor lose the text inside them; past [`MAX_HTML_DEPTH`] block
/// elements a page is refused before parsing (the tree builder's time grows with the square
/// of the depth). Run on a thread with a small stack, as the server's workers have.
#[test]
fn deeply_nested_and_very_wide_pages_are_read_or_refused_quickly() {
    let text = "Officials said the envoy met the minister in Vienna on Monday. The meeting lasted \
                two hours, according to a statement released by the ministry. Neither side \
                commented on the talks, which had been planned for weeks.";
    let depth = vigil_extract::MAX_HTML_DEPTH - 10;
    let deep = format!(
        "<html><body>{}<p>{text}</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let unclosed = format!("<html><body>{}<p>{text}</p>", "<span><b>".repeat(2_000));
    let wide = format!(
        "<html><body>{}<p>{text}</p></body></html>",
        "<b>x</b>".repeat(100_000)
    );
    let hostile = format!("<html><body>{}<p>{text}</p>", "<div>".repeat(200_000));
    // Found by fuzzing: unknown elements left open while other end tags close nothing.
    let mismatched = format!(
        "<html><body>{}<p>{text}</p>",
        "<x-b>Amir</b> <i>met</.> ".repeat(50_000)
    );
    let self_closed = format!("<html><body>{}<p>{text}</p>", "<div/>".repeat(50_000));
    let commented = format!(
        "<html><body><!-- {} --><script>'{}'</script><p>{text}</p>",
        "<div>".repeat(10_000),
        "<div>".repeat(10_000)
    );
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let kept = [deep, unclosed, wide, commented]
                .iter()
                .map(|p| clean(p).text.contains("met the minister in Vienna"))
                .collect::<Vec<_>>();
            let started = std::time::Instant::now();
            let refused = [hostile, mismatched, self_closed]
                .iter()
                .map(|p| clean(p))
                .collect::<Vec<_>>();
            (kept, refused, started.elapsed())
        })
        .unwrap();
    let (kept, refused, took) = worker.join().unwrap();
    assert_eq!(kept, vec![true, true, true, true]);
    for r in &refused {
        assert!(r.text.is_empty());
        assert!(
            r.dropped[0].1.contains("nested more than 5000"),
            "{:?}",
            r.dropped
        );
    }
    assert!(
        took < std::time::Duration::from_secs(2),
        "refused in {took:?}"
    );
}

/// The filters' vocabularies (`--kind`) are the kinds extraction produces, no more, no less.
#[test]
fn filter_vocabularies_are_the_extracted_kinds() {
    let claims: Vec<&str> = vigil_extract::ClaimKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(claims, vigil_model::vocab::CLAIM_KINDS);
    let mentions: Vec<&str> = vigil_extract::MentionKind::ALL
        .iter()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(mentions, vigil_model::vocab::MENTION_KINDS);
}

#[test]
fn a_short_closing_paragraph_is_text_and_the_credits_after_it_are_not() {
    let page = "Hearing on exile surveillance adjourned\n\n\
        ROTTERDAM (Wire) — A man accused of following dissidents for a foreign service told the \
        court on Tuesday that he had been paid in cash by a handler he never met in person.\n\n\
        Prosecutors said the handler worked for the trade mission of a foreign state in the city.\n\n\
        Judge Maarten Bos adjourned the hearing.\n\n\
        Copyright 2031 Wire Agency. All rights reserved.\n";
    let doc = clean(page);
    assert!(
        doc.text
            .ends_with("Judge Maarten Bos adjourned the hearing."),
        "{:?}",
        doc.text
    );
    assert!(!doc.text.contains("Copyright"), "{:?}", doc.text);
}

#[test]
fn a_text_page_s_title_is_its_headline_past_kickers_and_release_headers() {
    let title = |page: &str| clean(page).title;
    // Sentence case, as wires write headlines.
    assert_eq!(
        title("Tarsk court jails courier over plot against exiles\n\nTARSK (AP) — A court jailed a man.\n").as_deref(),
        Some("Tarsk court jails courier over plot against exiles")
    );
    // Past a kicker, and past a release's header block and its date line.
    assert_eq!(
        title("PRESS RELEASES\n\nTreasury Targets Courier Network\n\nToday the Treasury acted.\n")
            .as_deref(),
        Some("Treasury Targets Courier Network")
    );
    assert_eq!(
        title("Press release 4/2026\n\nVelden, 14 May 2026\n\nArrest of a suspected agent of a foreign service\n\nThe prosecutor has had a man arrested.\n").as_deref(),
        Some("Arrest of a suspected agent of a foreign service")
    );
    assert_eq!(
        title("Analysis\n\nWhy Tarsk outsources its work abroad\n\nThe pattern is old.\n")
            .as_deref(),
        Some("Why Tarsk outsources its work abroad")
    );
    // A page that opens with its prose, or with a byline, has none.
    assert_eq!(
        title("TARSK (AP) — A court jailed a man on Monday.\n\nHe denied it.\n"),
        None
    );
    assert_eq!(
        title("By Anna Berg\n\nA court jailed a man on Monday.\n"),
        None
    );
}

#[test]
fn a_headline_right_above_an_unwrapped_first_paragraph_is_the_title_not_its_first_words() {
    let page = "Tarsk police charge two men over plot against activist\nTwo men have been \
                charged with conspiracy to commit murder in an alleged plot against an activist in \
                Velden, the police said on Friday, after a search of two flats.\n\nThey deny it.\n";
    let doc = clean(page);
    assert_eq!(
        doc.title.as_deref(),
        Some("Tarsk police charge two men over plot against activist")
    );
    assert!(
        doc.text.starts_with("Two men have been charged"),
        "{}",
        doc.text
    );
    // A paragraph wrapped at a line width keeps its lines together.
    let wrapped = "When the blogger Anna Berg landed in Velden in 2021, she thought\nthe reach \
                   of the security services ended at the border.\n\nShe was wrong.\n";
    let doc = clean(wrapped);
    assert!(doc.text.starts_with("When the blogger"), "{}", doc.text);
    assert_eq!(doc.title, None);
}

#[test]
fn a_byline_with_its_date_after_a_separator_is_a_byline() {
    let page = page_with_byline("<p class=\"byline\">By Jane Example | 3 March 2024</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Jane Example"));
    assert!(
        doc.text
            .starts_with("By Jane Example | 3 March 2024\n\nVienna"),
        "{}",
        doc.text
    );
}

#[test]
fn a_byline_labelled_and_dated_in_the_page_s_own_language_gives_the_author_and_the_date() {
    // A Turkish outlet's English page: "Yazar:" (author), a hyphen between spaces, the date
    // with its month and weekday in Turkish, an update line in figures.
    let page = page_with_byline(
        "<p class=\"byline\">Yazar: Deniz Kara - 12 Ocak 2026 Pazartesi, 09:10 Güncelleme: \
         12.01.2026 11:00</p>",
    );
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Deniz Kara"));
    assert_eq!(doc.published.as_deref(), Some("2026-01-12"));
    // French, with the weekday first.
    let page =
        page_with_byline("<p class=\"byline\">Par Jeanne Exemple | jeudi 3 décembre 2026</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Jeanne Exemple"));
    assert_eq!(doc.published.as_deref(), Some("2026-12-03"));
}

#[test]
fn a_blog_s_posting_line_gives_the_date_and_the_author() {
    let page =
        page_with_byline("<p class=\"byline\">Posted on 30 November 2026 by Anna Beispiel</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Anna Beispiel"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-30"));
    assert!(doc.text.contains("by Anna Beispiel"), "{}", doc.text);
    // A sentence with a date and "by" in it is none, nor a timeline's entry.
    assert_no_byline(&[
        "The ban was lifted on 30 November 2026 by the court.",
        "15 April 2023 - Fighting breaks out between the army, led by General Ana Roe",
    ]);
}

#[test]
fn a_byline_naming_the_piece_s_kind_and_the_author_s_body_gives_the_author() {
    // "An analysis by Name, Body", as think tanks set it: the author, without the body.
    for (line, author) in [
        (
            "An analysis by Anna Beispiel, Institute for Security Policy",
            "Anna Beispiel",
        ),
        ("Commentary by Jonas Muster", "Jonas Muster"),
    ] {
        let doc = cleaned_with_byline_line(line);
        assert_eq!(doc.byline.as_deref(), Some(author), "{line}");
        assert!(doc.text.starts_with(line), "{}", doc.text);
    }
    // A sentence opening on such a kind is none ("An analysis by the court found ...").
    assert_no_byline(&["An analysis by the court found that the transfer was lawful."]);
}

#[test]
fn a_byline_naming_a_body_with_its_legal_form_and_a_date_after_a_dot_is_kept() {
    // "A report by Body e.V., City · Month Year", as an association's report opens: the full
    // stop of its legal form ends no sentence.
    let text = "Watched from Afar: how a state reaches its critics\n\n\
                A report by Roe Watch e.V., Berlin · November 2026\n\n\
                Roe Watch interviewed 41 exiles in Berlin, Hamburg and Cologne between March \
                and September 2026. Nineteen said that relatives at home had been summoned by \
                officers after they spoke at protests.\n";
    let doc = vigil_extract::clean_text(text);
    assert_eq!(doc.byline.as_deref(), Some("Roe Watch e.V."), "{doc:?}");
    assert!(
        doc.text.starts_with("A report by Roe Watch e.V."),
        "{}",
        doc.text
    );
}

#[test]
fn a_writer_s_line_labelled_text_with_a_city_gives_the_writer_alone_and_stays_in_the_text() {
    // "Text: Name, City | weekday, date, time", as German-language outlets credit a writer.
    let page = page_with_byline(
        "<p class=\"byline\">Text: Anna Beispiel, Bern | Mittwoch, 2. Dezember 2026, 07:45</p>",
    );
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Anna Beispiel"));
    assert_eq!(doc.published.as_deref(), Some("2026-12-02"));
    assert!(
        doc.text.starts_with("Text: Anna Beispiel, Bern"),
        "{}",
        doc.text
    );
    // Dutch, the weekday before the date and the time after it.
    let page = page_with_byline(
        "<p class=\"byline\">Tekst: Femke Voorbeeld, Utrecht | donderdag 3 december 2026, \
         14:10</p>",
    );
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Femke Voorbeeld"));
    assert_eq!(doc.published.as_deref(), Some("2026-12-03"));
    // A line of text opening on the word is no byline, nor is a writer's credit without a
    // date, as a label or an essay closes on one.
    assert_no_byline(&[
        "Text: the statement the ministry released on Monday.",
        "Text: Anna Beispiel",
    ]);
}

#[test]
fn a_byline_opening_on_by_in_the_page_s_language_with_a_labelled_date_gives_both() {
    // "Par" (by) and "Publié le" (published on), then an update, as francophone outlets
    // set them; "Por" and "Publicado el" in Spanish.
    for (line, author, date) in [
        (
            "Par Jeanne Exemple | Publié le jeudi 3 décembre 2026 à 14h05 | Mis à jour le \
             vendredi 4 décembre 2026",
            "Jeanne Exemple",
            "2026-12-03",
        ),
        (
            "Por Ana Ejemplo Ruiz | Publicado el 9 de marzo de 2026",
            "Ana Ejemplo Ruiz",
            "2026-03-09",
        ),
    ] {
        let doc = cleaned_with_byline_line(line);
        assert_eq!(doc.byline.as_deref(), Some(author), "{line}");
        assert_eq!(doc.published.as_deref(), Some(date), "{line}");
    }
    // A sentence opening on the word is no byline.
    assert_no_byline(&["Par for the course, said the minister."]);
}

/// A Messenger conversation from Meta's "Download Your Information" export reads as its
/// messages oldest first, the names and text Meta escaped byte by byte mended.
#[test]
fn a_messenger_export_reads_as_dated_messages_with_its_mojibake_mended() {
    let raw = r#"{
      "participants": [{"name": "Ana P\u00c3\u00a9rez"}, {"name": "Luis"}],
      "messages": [
        {"sender_name": "Luis", "timestamp_ms": 1764700200000, "content": "Two men waited at the gate.", "is_geoblocked_for_viewer": false},
        {"sender_name": "Ana P\u00c3\u00a9rez", "timestamp_ms": 1764700000000, "content": "They asked about my brother in Le\u00c3\u00b3n.", "is_geoblocked_for_viewer": false}
      ],
      "title": "Vecinos de Le\u00c3\u00b3n",
      "is_still_participant": true,
      "thread_path": "inbox/vecinos_123"
    }"#;
    let doc = clean(raw);
    assert_eq!(doc.title.as_deref(), Some("Vecinos de León"));
    assert_eq!(doc.published.as_deref(), Some("2025-12-02"));
    assert!(
        doc.text
            .contains("By Ana Pérez\n\nThey asked about my brother in León."),
        "{}",
        doc.text
    );
    assert!(
        doc.text.find("By Ana Pérez") < doc.text.find("By Luis"),
        "{}",
        doc.text
    );
}

/// A WhatsApp chat exported as text reads as its messages: each one's date, "By" its sender and
/// its lines, the app's own notices and attachments left out and named.
#[test]
fn a_whatsapp_export_reads_as_dated_messages_by_their_senders() {
    let raw = "[02/11/2026, 09:14:03] Exiles Desk: \u{200e}Messages and calls are end-to-end \
               encrypted. Only people in this chat can read them.\n\
               [02/11/2026, 09:15:40] Amani Mrisho: Two men waited at the gate again.\n\
               They asked the guard for my address.\n\
               [02/11/2026, 09:16:02] Amani Mrisho: \u{200e}image omitted\n\
               [02/11/2026, 09:18:11] ~\u{202f}Halima: Write it down with the time, please.\n";
    let doc = clean(raw);
    assert_eq!(doc.title.as_deref(), Some("Exiles Desk"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-02"));
    assert_eq!(
        doc.text,
        "Exiles Desk\n\n2026-11-02T09:15:40\n\nBy Amani Mrisho\n\nTwo men waited at the gate \
         again.\n\nThey asked the guard for my address.\n\n2026-11-02T09:18:11\n\nBy \
         Halima\n\nWrite it down with the time, please."
    );
    assert!(
        doc.dropped.iter().any(|(what, _)| what == "image omitted"),
        "{:?}",
        doc.dropped
    );
    assert!(vigil_extract::not_prose(&doc.text).is_none());
}

/// A list of other stories set between two paragraphs of the article is chrome, and the
/// article goes on after it: both sides are its text, in plain text and in HTML whose list
/// carries no class that says so (issue 14, error kind 1).
#[test]
fn chrome_inside_the_article_neither_ends_nor_starts_it() {
    let first = "The court in Tarsk allowed the lawsuit brought by the exiled blogger against the \
                 spyware maker to go ahead, rejecting the company's request to dismiss it.";
    let second = "The blogger says his phone was infected in 2018, which let the authorities \
                  read his conversations with a journalist in the months before the murder.";
    let third = "Researchers at a university laboratory first found the infection. The company \
                 says it sells its software only to governments and is not responsible for its \
                 use. It was placed on a trade blacklist in 2021, and it has appealed.";
    let fourth = "The blogger is represented by a lawyer in Tarsk. The embassy did not respond \
                  to a request for comment on Monday or on Tuesday.";
    let text = format!(
        "A headline\n\n{first}\n\n{second}\n\nRelated\n\nBlogger's brother released\n\nTravel \
         ban still in force\n\n{third}\n\n{fourth}\n"
    );
    let html = format!(
        "<html><body><article><h1>A headline</h1><p>{first}</p><p>{second}</p><div \
         class=\"box\"><h4>Related</h4><ul><li>Blogger's brother released</li><li>Travel ban \
         still in force</li></ul></div><p>{third}</p><p>{fourth}</p></article></body></html>"
    );
    for doc in [clean(&text), clean_html(&html)] {
        for paragraph in [first, second, third, fourth] {
            assert!(doc.text.contains(paragraph), "{}", doc.text);
        }
        assert!(!doc.text.contains("Travel ban"), "{}", doc.text);
        assert!(!doc.text.contains("brother released"), "{}", doc.text);
    }
}

/// A teaser list set in the article as a printed page keeps it (the list's title and the
/// teasers' headlines, each a line), followed by a table the text introduces: the teasers are
/// left out, the paragraphs on both sides and the table's cells are the article's. The byline
/// over a share bar is the article's too.
#[test]
fn teasers_mid_article_are_left_out_and_a_table_after_them_is_kept() {
    let first = "For eleven months, a carpet trader kept a notebook of the women who came to \
                 protest outside the consulate. The notebook, read out in court, lists their \
                 first names and their cars.";
    let second = "The wholesaler told the court he had no idea what the storeroom was used for. \
                  He shares his name with an official under sanctions; the prosecution stressed \
                  that he is not that man.";
    let cells = [
        "Name",
        "Position",
        "Sanctions",
        "Esmail Roudaki",
        "Minister, who approved the budget for operations abroad",
        "Designated",
        "Majid Farahmand",
        "Officer said to have recruited agents in Europe",
        "Designated",
        "Reza Sadeghpour",
        "Case officer who met the defendant three times",
        "None",
        "Mohammad Kazemi",
        "Wholesaler who lent the defendant his storeroom",
        "None; a witness",
    ];
    let text = format!(
        "Home Investigations Cases\n\nA headline\n\nBy Parisa Amini · 2 December 2026\n\n\
         Share: X · Facebook · Email\n\n{first}\n\nRead more\n\nConsulates activists avoid\n\n\
         Denmark expels a diplomat\n\nThe indictment names these people:\n\n{}\n\n{second}\n",
        cells.join("\n\n")
    );
    let doc = clean(&text);
    for kept in [first, second, "The indictment names these people:"]
        .into_iter()
        .chain(cells)
    {
        assert!(doc.text.contains(kept), "{kept:?} in {}", doc.text);
    }
    assert!(doc.text.contains("By Parisa Amini"), "{}", doc.text);
    assert!(!doc.text.contains("Denmark expels"), "{}", doc.text);
    assert!(!doc.text.contains("Share:"), "{}", doc.text);
}

/// A link to another article set in a paragraph of its own ("Read also: <headline>") is
/// chrome however long the headline, in plain text and in HTML; the article goes on around it.
#[test]
fn a_read_also_paragraph_is_a_teaser_not_the_article() {
    let first = "The exile says two men who called themselves consular staff visited his flat in \
                 March and warned him that his brother at home would pay for his writing. He \
                 has reported the visit to the police.";
    let second = "Three weeks later his brother was summoned for questioning by the security \
                  service and released after two days without charge, the family said. Nobody \
                  has explained why he was held.";
    let teaser = "Seven years on, still no release for the imprisoned blogger Tomas Verhal";
    let text = format!("A headline\n\n{first}\n\nRead also: {teaser}\n\n{second}\n");
    let html = format!(
        "<html><body><article><h1>A headline</h1><p>{first}</p><p><strong>Read also:</strong> \
         <a href=\"/x\">{teaser}</a></p><p>{second}</p></article></body></html>"
    );
    for doc in [clean(&text), clean_html(&html)] {
        assert!(
            doc.text.contains(first) && doc.text.contains(second),
            "{}",
            doc.text
        );
        assert!(!doc.text.contains("Tomas Verhal"), "{}", doc.text);
    }
    // A paragraph of the article that only opens with such words stays.
    let own = "Related: the brother of the exile was questioned twice. He was released. The \
               family says the questioning was meant as a warning to the exile abroad.";
    let doc = clean(&format!("A headline\n\n{first}\n\n{own}\n\n{second}\n"));
    assert!(doc.text.contains(own), "{}", doc.text);
}

/// A list of links set between paragraphs is chrome whatever class it carries (here one that
/// says nothing), and the article goes on after it.
#[test]
fn a_list_of_links_inside_the_article_is_chrome() {
    let first = "Three relatives of an activist living abroad were detained days after he took part \
                 in a protest outside the embassy, the monitoring group has learned from the family.";
    let second = "The relatives were released after signing pledges not to contact him, according \
                  to the institute, which said the detentions were a form of collective punishment.";
    let html = format!(
        "<html><body><article><h1>A headline</h1><p>{first}</p><ul class=\"more\"><li><a \
         href=\"/a\">Tomas Verhal released after ten years</a></li><li><a href=\"/b\">Ilse \
         Maren barred from boarding a flight</a></li></ul><p>{second}</p></article></body></html>"
    );
    let doc = clean_html(&html);
    assert!(
        doc.text.contains(first) && doc.text.contains(second),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Tomas Verhal"), "{}", doc.text);
    assert!(!doc.text.contains("Ilse Maren"), "{}", doc.text);
}

/// A wire's credit line below a rule of underscores ("___ / Associated Press writer X in Y
/// contributed to this report.") is the report's text, the rule is not.
#[test]
fn a_credit_line_below_a_rule_is_the_report_s() {
    let body = "A journalist who fled two years ago said on Tuesday that men claiming to work for \
                the spy agency visited his parents and told them their son would disappear.";
    let more = "His two brothers were briefly detained in March, he said, and released without \
                charge after three days, which the agency has not commented on.";
    let text = format!(
        "A headline\n\n{body}\n\n{more}\n\n___\n\nAssociated Press writer Tomas Verhal in Tarsk \
         contributed to this report.\n"
    );
    let doc = clean(&text);
    assert!(
        doc.text.contains("Tomas Verhal in Tarsk contributed"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("___"), "{}", doc.text);
}

/// A byline that gives the writer's role and body after a comma is a byline, kept in the text
/// with the body it names; a release's "From:" line of the bodies that issued it, and the
/// line of its date below, are the release's too.
#[test]
fn a_byline_with_a_role_and_a_release_s_issuers_are_the_report_s() {
    let body = "Since the spring, police in three countries have arrested people accused of \
                setting fires for a foreign service, most of them recruited online and paid \
                for a single task.";
    let more = "Investigators say the recruiters are rarely caught, and that the people they \
                hire seldom know who they work for until they are charged.";
    let text = format!(
        "Analysis: saboteurs for hire\n\nBy Mirela Dovan, senior fellow, Tarsk Institute for \
         Security Studies\n\n{body}\n\n{more}\n"
    );
    let doc = clean(&text);
    assert_eq!(doc.byline.as_deref(), Some("Mirela Dovan"));
    assert!(
        doc.text
            .starts_with("By Mirela Dovan, senior fellow, Tarsk Institute"),
        "{}",
        doc.text
    );
    let release = format!(
        "Press release\n\nTarsk sanctions a criminal network\n\nFrom: Ministry of Justice and \
         Revenue Office\nPublished 3 March 2026\n\n{body}\n\n{more}\n"
    );
    let doc = clean(&release);
    assert!(
        doc.text
            .starts_with("From: Ministry of Justice and Revenue Office\n\nPublished 3 March"),
        "{}",
        doc.text
    );
}

/// A release's header of issuing bodies above its "FOR IMMEDIATE RELEASE" and date is the
/// release's, one body to a line, the marker left out; a headline in title case above a text
/// is not a header.
#[test]
fn a_release_s_header_of_issuing_bodies_is_the_report_s() {
    let body = "An indictment was unsealed today charging two men for their roles in a plot to \
                murder a journalist, prosecutors in Tarsk said on Thursday.";
    let more = "Both men are charged with conspiracy. An indictment is merely an allegation, and \
                all defendants are presumed innocent until proven guilty.";
    let release = format!(
        "Two Men Charged in Plot\n\nMinistry of Justice\nOffice of Public Affairs\n\n\
         FOR IMMEDIATE RELEASE\nThursday, November 20, 2026\n\n{body}\n\n{more}\n"
    );
    let doc = clean(&release);
    assert!(
        doc.text
            .starts_with("Ministry of Justice\n\nOffice of Public Affairs\n\nAn indictment"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("IMMEDIATE"), "{}", doc.text);
    let headline =
        format!("Tarsk Sanctions Criminal Network That Targets Exiles\n\n{body}\n\n{more}\n");
    let doc = clean(&headline);
    assert!(doc.text.starts_with("An indictment"), "{}", doc.text);
}

/// A sign-up box between paragraphs is chrome, whatever it is called on the page.
#[test]
fn a_sign_up_box_inside_the_article_is_chrome() {
    let first = "The court in Tarsk allowed the lawsuit brought by the exiled blogger against the \
                 spyware maker to go ahead, rejecting the company's request to dismiss it.";
    let second = "The blogger is represented by a lawyer in Tarsk. The embassy did not respond \
                  to a request for comment on Monday or on Tuesday.";
    let html = format!(
        "<html><body><article><h1>A headline</h1><p>{first}</p><div class=\"signup\"><p>Stay \
         informed. <a href=\"/newsletter\">Sign up to the Tarsk Rights Forum letter</a></p>\
         </div><p>{second}</p></article></body></html>"
    );
    let doc = clean_html(&html);
    for paragraph in [first, second] {
        assert!(doc.text.contains(paragraph), "{}", doc.text);
    }
    assert!(!doc.text.contains("Sign up"), "{}", doc.text);
}

#[test]
fn a_live_blog_s_time_stamps_and_entry_headings_are_lines_of_their_own() {
    let page = "Live: border agency raided in Tarsk - latest updates\n\
        Key events\n\
        Show key events only\n\n\
        16:05 GMT\n\
        Commissioner steps aside\n\n\
        The Ruritanian Border Agency said its commissioner, Olek Varga, had stepped aside while \
        prosecutors examine the contracts signed under his watch since 2021.\n\n\
        14:30 GMT\n\
        Raid began at dawn\n\n\
        Police officers entered the agency's offices at about six in the morning and left with \
        boxes of files, a spokeswoman for the prosecutors said.\n";
    let doc = clean(page);
    // No heading runs into the time above it or the paragraph below it.
    assert!(
        doc.text.contains("14:30 GMT\n\nRaid began at dawn"),
        "{:?}",
        doc.text
    );
    assert!(!doc.text.contains("GMT Commissioner"), "{:?}", doc.text);
    assert!(!doc.text.contains("GMT Raid"), "{:?}", doc.text);
    // A paragraph wrapped at a width is still one paragraph.
    let wrapped = "Agency chief steps aside\n\n\
        The Ruritanian Border Agency said on Monday that its commissioner, Olek\n\
        Varga, had stepped aside while prosecutors examine the contracts that were\n\
        signed under his watch since 2021, and that a deputy would act for him.\n";
    let doc = clean(wrapped);
    assert!(doc.text.contains("Olek Varga, had"), "{:?}", doc.text);
}

#[test]
fn a_heading_over_a_closing_sentence_keeps_the_sentence() {
    let page = "Ruritania sanctions officials behind threats to journalists\n\n\
        The government has today sanctioned four officials of the Ruritanian State Security \
        Directorate involved in a campaign of intimidation against journalists abroad.\n\n\
        The individuals designated today are subject to an asset freeze and a travel ban, the \
        Office of Sanctions Implementation said.\n\n\
        Notes to editors\n\
        Media enquiries should be directed to the Sanctions Office press desk.\n";
    let doc = clean(page);
    assert!(
        doc.text.ends_with("Sanctions Office press desk."),
        "{:?}",
        doc.text
    );
}

#[test]
fn a_release_header_over_its_marker_and_a_date_line_stays_the_report_s() {
    let page = "Two Charged in Plot Against Ruritanian Journalist\n\n\
        Ministry of Justice\n\
        Office of Public Affairs\n\n\
        FOR IMMEDIATE RELEASE\n\
        Thursday, November 20, 2031\n\n\
        Two men were charged today with plotting to kidnap a journalist who reports on the \
        Ruritanian government from abroad, the Ministry of Justice announced.\n";
    let doc = clean(page);
    assert!(
        doc.text.starts_with("Ministry of Justice"),
        "{:?}",
        doc.text
    );
    assert!(
        !doc.text.contains("FOR IMMEDIATE RELEASE"),
        "{:?}",
        doc.text
    );
}

#[test]
fn a_profile_page_s_aliases_are_its_text_and_its_description_table_is_not() {
    let page = r#"<html><head><title>OLEK VARGA | Ruritanian Police</title></head><body>
        <main><article>
        <h1>OLEK VARGA</h1>
        <p>Conspiracy to Commit Kidnapping</p>
        <h2>Aliases:</h2>
        <p>Oleg Varga, Olek Vargas</p>
        <table><tr><td>Date(s) of Birth Used</td><td>March 3, 1979</td></tr>
        <tr><td>Hair</td><td>Black</td></tr></table>
        <h2>Remarks:</h2>
        <p>Varga is believed to be an officer of the Ruritanian State Security Directorate and
        may travel to Tarsk or to the coast, where the directorate keeps safe houses.</p>
        <p>Olek Varga is wanted for his alleged role in a plot to kidnap a journalist in
        Rotterdam between 2029 and 2030, paying the men he hired through a money exchange.</p>
        </article></main></body></html>"#;
    let doc = clean_html(page);
    assert!(
        doc.text.contains("Oleg Varga, Olek Vargas"),
        "{:?}",
        doc.text
    );
    assert!(!doc.text.contains("Hair"), "{:?}", doc.text);
    assert!(doc.text.contains("Varga is believed"), "{:?}", doc.text);
}

#[test]
fn a_table_s_header_cells_are_cells_of_their_own() {
    let page = "<html><body><article><p>The invoices name four companies, and the reseller \
        rented servers on behalf of each of them between January and August, according to the \
        records reviewed for this story.</p><table><tr><th>Company</th><th>Registered in</th>\
        </tr><tr><td>Velmor Data LLC</td><td>Dubai, UAE</td></tr></table><p>The reseller's \
        director said he had believed the Dubai company was an ordinary client and ended the \
        contracts in September after a bank questioned the payments.</p></article></body></html>";
    let doc = clean_html(page);
    assert!(!doc.text.contains("CompanyRegistered"), "{}", doc.text);
    assert!(doc.text.contains("Registered in"), "{}", doc.text);
    assert!(doc.text.contains("Velmor Data LLC"), "{}", doc.text);
}

#[test]
fn an_authors_line_over_a_heading_is_the_report_s_byline() {
    let raw = "Client Alert | Sanctions\n\nTarsk Designates Three Exchange Houses\n\n\
        November 20, 2026\n\nAuthors: Lena Orsk, Piet Van Dael, Mira Solt\n\nKey Takeaways\n\n\
        - On 19 November 2026, the Tarsk Treasury designated three exchange houses in Velden \
        for moving funds for a listed militia, and two of their owners.\n\n\
        - Banks that process their payments risk being designated themselves.";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Authors: Lena Orsk, Piet Van Dael, Mira Solt\n\n- On 19"),
        "{}",
        doc.text
    );
    assert_eq!(
        doc.byline.as_deref(),
        Some("Lena Orsk, Piet Van Dael, Mira Solt")
    );
    assert!(!doc.text.contains("Key Takeaways"), "{}", doc.text);
}

#[test]
fn a_briefing_s_speaker_line_is_its_byline_and_a_dated_headline_its_title() {
    let raw = "Ministry Press Briefing - November 18, 2026\n\n\
        Anna Velk, Deputy Ministry Spokesperson\nVelden, T.R.\n2:14 p.m.\n\n\
        MS VELK: Good afternoon, everyone. I have two items at the top, and then I am happy \
        to take your questions.\n\nQUESTION: Thanks. Has the Tarsk embassy responded to the \
        sanctions announced this morning, and when do you expect to hear from them?";
    let doc = clean(raw);
    assert_eq!(doc.title.as_deref(), Some("Ministry Press Briefing"));
    assert!(
        doc.text
            .starts_with("Anna Velk, Deputy Ministry Spokesperson\n\nMS VELK: Good afternoon"),
        "{}",
        doc.text
    );
    assert_eq!(doc.byline.as_deref(), Some("Anna Velk"));
}

#[test]
fn a_picture_credit_closing_a_caption_is_chrome() {
    let page = "<html><body><article><p>For six weeks this autumn, readers were shown articles \
        the outlet never published, on look-alike domains that accused three exiled journalists \
        of taking money from foreign services.</p><figure><img src=\"a.png\" alt=\"\">\
        <figcaption>A cloned page, left, and the original. Image: Velden Watch</figcaption>\
        </figure><p>Our analysis of the domains' registration records links the operation to a \
        company in Tarsk that has been sanctioned for running the campaign since last year.</p>\
        </article></body></html>";
    let doc = clean_html(page);
    assert!(!doc.text.contains("Velden Watch"), "{}", doc.text);
    assert!(
        doc.text.contains("A cloned page, left, and the original."),
        "{}",
        doc.text
    );
    assert!(
        doc.dropped.iter().any(|(b, _)| b == "Image: Velden Watch"),
        "{:?}",
        doc.dropped
    );
}

#[test]
fn a_letter_keeps_its_address_salutation_and_signatories() {
    let page = "<html><body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>\
        </nav></header><main><article><h1>Open letter on the Velden deportations</h1>\
        <p>To: H.E. Odile Varsande, Minister of the Interior of Tarsk<br>Cc: Members of the \
        Tarsk Human Rights Committee</p><p>Excellency,</p><p>We, the undersigned \
        organisations, write to ask you to halt the deportation of eleven exiled journalists \
        to Ruritania, where each of them faces arrest on charges of spreading false news.</p>\
        <p>Several of them have already been questioned by officers of the Ruritanian \
        embassy in Velden about their sources, and their families at home have been \
        threatened.</p><h2>Signatories</h2><ul><li>Velden Press Union</li><li>Tarsk Watch\
        </li><li>Exiled Writers Network</li></ul><p>Individual signatories: Piet Van Dael, \
        University of Velden; Mira Solt, Tarsk Law School.</p></article></main><footer>\
        <p>Contact the press office. &copy; 2026 Tarsk Watch</p></footer></body></html>";
    let doc = clean_html(page);
    assert!(
        doc.text.starts_with("To: H.E. Odile Varsande"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.contains("Cc: Members of the Tarsk"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Excellency,"), "{}", doc.text);
    for kept in [
        "Signatories",
        "Velden Press Union",
        "Exiled Writers Network",
        "Individual signatories: Piet Van Dael, University of Velden",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert!(!doc.text.contains("press office"), "{}", doc.text);
    assert!(!doc.text.contains("News"), "{}", doc.text);
}

#[test]
fn a_byline_under_a_headline_with_no_blank_line_is_the_byline() {
    let raw = "Tarsk frees Ruritanian envoy in exchange for detained aid worker\n\
        By Lena Orsk | Velden | 26 May 2026\n\n\
        VELDEN — Tarsk on Friday released a Ruritanian diplomat serving a long sentence for \
        plotting an attack on exiles, in exchange for an aid worker held in Ruritania for more \
        than a year, the government said.\n\n\
        The exchange was mediated by a third country, officials said.";
    let doc = clean(raw);
    assert_eq!(doc.byline.as_deref(), Some("Lena Orsk"));
    assert!(
        doc.text
            .starts_with("By Lena Orsk | Velden | 26 May 2026\n\nVELDEN"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("frees Ruritanian envoy"), "{}", doc.text);
}

#[test]
fn an_outlet_line_under_a_headline_and_a_with_files_from_credit() {
    let raw = "Velden temple leaders say police warned them of threats\n\
        Velden Courier | Updated Nov. 21, 2026 at 6:05 p.m.\n\n\
        Leaders of a Velden temple say officers visited them twice this fall to warn of \
        credible threats to their lives, the latest sign that the danger to activists in the \
        province did not end with last year's killing.\n\n\
        Nobody has been charged over the threats, a spokesperson for the temple said.\n\n\
        — With files from Lena Orsk, The Tarsk Press";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with("Leaders of a Velden temple"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Velden Courier"), "{}", doc.text);
    assert!(
        doc.text
            .ends_with("— With files from Lena Orsk, The Tarsk Press"),
        "{}",
        doc.text
    );
}

#[test]
fn a_release_s_issuing_body_over_its_kind_date_and_time_is_kept() {
    let raw = "Tarsk: ministers list five persons over attacks on exiles\n\
        Council of the Tarsk Union\n\
        Press release\n\
        15 July 2026\n\
        11:40\n\
        Share this page\n\n\
        The ministers today imposed restrictive measures on five persons responsible for \
        attacks on exiles abroad on behalf of the Tarsk authorities, the council said.\n\n\
        The measures take effect on publication.";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Council of the Tarsk Union\n\nThe ministers today"),
        "{}",
        doc.text
    );
    for marker in ["Press release", "15 July 2026", "11:40", "Share this page"] {
        assert!(!doc.text.contains(marker), "{marker}: {}", doc.text);
    }
}

#[test]
fn a_judgment_keeps_its_opening_line_and_its_signatures() {
    let raw = "CASE OF ORSK AND OTHERS v. TARSK\n\
        (Application no. 12345/26)\n\n\
        In the case of Orsk and Others v. Tarsk,\n\n\
        The Court, sitting as a Chamber, delivered the following judgment, which was adopted \
        on that date after it had deliberated in private on the applicants' complaints.\n\n\
        Done in English, and notified in writing on 11 June 2026.\n\n\
        Lena Varsk, Deputy Registrar\n\
        Piet Orvald, President";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("In the case of Orsk and Others v. Tarsk,"),
        "{}",
        doc.text
    );
    assert!(
        doc.text
            .ends_with("Lena Varsk, Deputy Registrar\n\nPiet Orvald, President"),
        "{}",
        doc.text
    );
}

#[test]
fn a_parliamentary_question_keeps_its_authors_and_their_groups() {
    let raw = "Parliamentary question - E-000123/2026\n\
        Threats against exiled journalists\n\n\
        Question for written answer E-000123/2026\n\
        to the Commission\n\
        Rule 144\n\
        Lena Varsk (Renew), Piet Orvald (S&D)\n\n\
        Journalists working for exiled media in Europe and their relatives at home face \
        summonses, asset freezes and threats, and several have been attacked in the street.\n\n\
        Which steps has the Commission taken to protect them?";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Lena Varsk (Renew), Piet Orvald (S&D)\n\nJournalists working"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Rule 144"), "{}", doc.text);
}

#[test]
fn a_dateline_on_its_own_line_and_its_agency_closing_the_wire_are_kept() {
    let raw = "Velden says envoy named in plot no longer works for it\n\
        Velden City, Oct 18 (VNA)\n\n\
        Velden on Friday said the man named in a foreign indictment over a foiled plot to kill \
        an exiled activist was no longer an employee of the government, a ministry said.\n\n\
        The ministry added that an inquiry had been set up.\n\n\
        VNA\n\
        KLM RTS";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Velden City, Oct 18 (VNA)\n\nVelden on Friday"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.ends_with("had been set up.\n\nVNA"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("KLM RTS"), "{}", doc.text);
}

#[test]
fn a_case_s_caption_keeps_its_parties() {
    let raw = "R v Orsk: sentencing remarks\n\
        IN THE CENTRAL COURT OF TARSK\n\
        THE KING\n\
        v\n\
        LENA ORSK\n\
        SENTENCING REMARKS OF THE JUDGE\n\n\
        1. Lena Orsk, you are 31 years old. A jury convicted you of collecting information of a \
        kind likely to be useful to a person preparing an act of terrorism in the city.\n\n\
        2. The sentence is one of three years' imprisonment.";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with("THE KING\n\nv\n\nLENA ORSK"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("CENTRAL COURT"), "{}", doc.text);
}

#[test]
fn a_publisher_line_over_the_first_heading_is_kept() {
    let raw = "Exile threats: guidance for individuals\n\n\
        From: Velden Home Office | Published 14 May 2026\n\n\
        What exile threats are\n\n\
        Exile threats are when foreign states, or people acting for them, try to intimidate, \
        harass or harm people who live here, or force them to go back.\n\n\
        If you are in danger, call the police.";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("From: Velden Home Office | Published 14 May 2026\n\nWhat exile"),
        "{}",
        doc.text
    );
}

/// A committee's transcript heads itself with its issuer, its kind and subject, and its date:
/// the issuer is the report's, the lines under it are not (its title is the page's first line).
#[test]
fn a_transcript_s_header_keeps_its_issuing_committee() {
    let members =
        "Members present: Dame Ada Vance (Chair); Oskar Brandt; Lena Holt; Sir Tomas Reyes.";
    let turn = "Q3 Chair: Thank you for coming. Could you tell us how the threats began and \
                who made them, as far as you know, before we turn to the police?";
    let page = format!(
        "Select Committee on Exiles - Oral evidence: Threats to exiles\n\nSelect Committee on \
         Exiles\nOral evidence: Threats to exiles, HC 412\nTuesday 3 March 2026\n\n{members}\n\n\
         {turn}\n"
    );
    let doc = clean(&page);
    assert!(
        doc.text
            .starts_with(&format!("Select Committee on Exiles\n\n{members}")),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("HC 412"), "{}", doc.text);
    // Without the date under it, a line of the kind is no header: the text starts at the
    // members.
    let undated = format!(
        "Select Committee on Exiles\nOral evidence: Threats to exiles, HC 412\n\n{members}\n\n\
         {turn}\n"
    );
    assert!(clean(&undated).text.starts_with("Members present"));
}

/// A byline without "By", its parts set apart by dots: the page's kind, the author, the date.
#[test]
fn a_byline_of_a_kind_an_author_and_a_date_is_a_byline() {
    let page =
        page_with_byline("<p class=\"byline\">Research note · Jane Example · 14 October 2026</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Jane Example"));
    assert!(
        doc.text.starts_with("Research note · Jane Example"),
        "{}",
        doc.text
    );
    // A section and a place beside the date name nobody.
    let page = page_with_byline("<p class=\"byline\">Analysis · Middle East · 14 October 2026</p>");
    assert_eq!(clean_html(&page).byline, None);
}

/// A byline of parts with the date in figures and its time first, and the author in two
/// scripts, as bilingual outlets of Central Asia print it: the byline, and the page's date
/// where no metadata gives one.
#[test]
fn a_byline_with_a_date_in_figures_and_a_name_in_two_scripts_is_a_byline() {
    let page = page_with_byline(
        "<p class=\"byline\">14.11.2026 18:40 | Жана Пример / Jana Primer | Views: 2 318</p>",
    );
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Жана Пример / Jana Primer"));
    assert!(doc.text.starts_with("14.11.2026 18:40 |"), "{}", doc.text);
    assert_eq!(doc.published.as_deref(), Some("2026-11-14"));
    // A date the page's metadata gives comes first.
    let dated = page.replace(
        "<head>",
        "<head><meta property=\"article:published_time\" content=\"2026-11-13T08:00:00Z\">",
    );
    assert_eq!(clean_html(&dated).published.as_deref(), Some("2026-11-13"));
}

/// A byline labelled in the page's own language ("Автор:"), the date and time after a comma.
#[test]
fn a_byline_labelled_in_another_language_is_a_byline() {
    let page = page_with_byline("<p class=\"byline\">Автор: Жана Пример / Jana Primer · 02.12.2026, 09:15 · 1 204 просмотра</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Жана Пример / Jana Primer"));
    assert_eq!(doc.published.as_deref(), Some("2026-12-02"));
    let page = page_with_byline("<p class=\"byline\">Auteur : Jeanne Exemple</p>");
    assert_eq!(clean_html(&page).byline.as_deref(), Some("Jeanne Exemple"));
}

/// "Interview by" names the interview's author as "By" names a report's.
#[test]
fn an_interview_s_byline_is_a_byline() {
    let page = page_with_byline("<p class=\"byline\">Interview by Jane Example</p>");
    let doc = clean_html(&page);
    assert_eq!(doc.byline.as_deref(), Some("Jane Example"));
}

/// A numbered note under the text cites its source and names its parties: it is the text's.
#[test]
fn a_numbered_note_under_the_text_is_the_text_s() {
    let body = "The Court of Appeal in Tarsk dismissed the appeal of Olek Varo against his \
                conviction for assisting a foreign intelligence service on Thursday.[1]";
    let more = "His counsel had argued that the jury was misdirected on what he knew, and the \
                court rejected the argument in a short judgment.";
    let page = format!("A headline\n\n{body}\n\n{more}\n\n[1] R v Varo [2026] TKCA Crim 12.\n");
    let doc = clean(&page);
    assert!(
        doc.text.ends_with("[1] R v Varo [2026] TKCA Crim 12."),
        "{}",
        doc.text
    );
}

#[test]
fn a_charging_paper_s_caption_keeps_its_parties_with_their_aliases_as_one_block() {
    let raw = "UNITED STATES DISTRICT COURT\n\
        DISTRICT OF TARSK\n\n\
        UNITED STATES OF AMERICA\n\n\
        - v. -\n\n\
        TAVIN ORSK,\n  a/k/a \"Tavo,\"\nBELAN KURIC, and\nMIRA DOLNY,\n\n\
        Defendants.\n\n\
        INDICTMENT\n\n\
        24 Cr. 101 (AB)\n\n\
        COUNT ONE\n\n\
        (Use of Interstate Commerce Facilities)\n\n\
        The Grand Jury charges:\n\n\
        1. At all times relevant to this Indictment, TAVIN ORSK, BELAN KURIC and MIRA DOLNY, \
        the defendants, ran a ring that watched exiles in the city for a foreign service.\n\n\
        2. In or about May 2024, ORSK paid KURIC to follow a journalist to her home and back.";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with(
            "UNITED STATES OF AMERICA\n\n- v. -\n\nTAVIN ORSK, a/k/a \"Tavo,\" BELAN KURIC, and \
             MIRA DOLNY, Defendants.\n\nINDICTMENT"
        ),
        "{}",
        doc.text
    );
    // The count's heading and the offence it names are the paper's structure.
    assert!(!doc.text.contains("COUNT ONE"), "{}", doc.text);
    assert!(!doc.text.contains("Interstate"), "{}", doc.text);
}

#[test]
fn a_markdown_page_is_read_without_its_marks() {
    let raw = "# Who is who in the Tarsk plot\n\n\
        **Lena Orsk** is a journalist and the founder of *Open Tarsk*. She lives in Velden, \
        where [prosecutors](https://example.org/case) say she was watched for months.\n\n\
        | Year | Names |\n|------|-------|\n| 2024 | Belan Kuric, Mira Dolny |\n\n\
        ## The plot\n\n\
        - **Belan Kuric** was arrested outside her home with a camera and a list of addresses.\n";
    assert!(vigil_extract::looks_like_markdown(raw));
    let doc = clean(raw);
    assert!(!doc.text.contains("**"), "{}", doc.text);
    assert!(!doc.text.contains("](http"), "{}", doc.text);
    assert!(!doc.text.contains("|---"), "{}", doc.text);
    assert!(
        doc.text.contains("Lena Orsk is a journalist"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Belan Kuric, Mira Dolny"), "{}", doc.text);
    assert!(vigil_extract::not_prose(&doc.text).is_none());
}

#[test]
fn a_closing_sentence_with_a_contact_after_it_is_the_text_s() {
    let raw = "<html><body><main><h1>Tracker</h1>\
        <p>This tracker lists criminal cases brought against people accused of acting for a \
        foreign state against its critics abroad, from court records.</p>\
        <p>The court found he had acted on the orders of state bodies of that country and \
        sentenced him to life in prison for the killing.</p>\
        <p>The tracker is maintained by Lena Orsk and Belan Kuric. Corrections: desk@example.org</p>\
        </main><footer><p>© 2026 Monitor. All rights reserved.</p></footer></body></html>";
    let doc = clean(raw);
    assert!(doc.text.contains("maintained by Lena Orsk"), "{}", doc.text);
    assert!(!doc.text.contains("All rights reserved"), "{}", doc.text);
}

#[test]
fn a_written_question_s_asker_and_department_are_the_text_s() {
    let raw = "Exile threats\n\n\
        Question for Velden Home Office\nUIN HL1234, tabled on 2 October 2026\n\n\
        Asked by Lord Orsk of Tarsk\n\n\
        To ask His Majesty's Government what assessment they have made of threats by foreign \
        states against journalists working in the country for exile broadcasters.\n\n\
        Answered by Lord Kuric of Velden\n\n\
        The Government takes any threat to life or liberty in the country extremely seriously, \
        and the police have responded to many plots backed by foreign states.";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with("Question for Velden Home Office"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.contains("Asked by Lord Orsk of Tarsk"),
        "{}",
        doc.text
    );
}

/// An English judgment's header names its court, its judges under "Before:", its parties under
/// "Between:" and who argued for each: those lines are the text's, its case number, date,
/// labels and headings are not, and the judge signing under the last paragraph is kept.
#[test]
fn a_judgment_s_header_keeps_its_court_judges_parties_and_counsel() {
    let raw = "Q7 v Minister for Borders: open judgment\n\n\
        Appeal No: TX/14/2026\n\n\
        TARSK IMMIGRATION APPEALS COMMISSION\n\n\
        Date of decision: 3 March 2026\n\n\
        Before:\n\n\
        THE HONOURABLE MR JUSTICE VARGO (Chairman)\n\n\
        UPPER TRIBUNAL JUDGE ODINGA-REEVE\n\n\
        MS HELKA LUND\n\n\
        Between:\n\n\
        Q7\n\nAppellant\n\nand\n\nMINISTER FOR BORDERS\n\nRespondent\n\n\
        For the Appellant: Ms Anya Prell KC (instructed by Dorne Vasey LLP)\n\n\
        For the Respondent: Mr Olek Sand (instructed by the Tarsk Legal Office)\n\n\
        OPEN JUDGMENT\n\n\
        Introduction\n\n\
        1. This is an appeal against a decision of the Minister to deprive the Appellant of his \
        citizenship of Tarsk on the ground that it is conducive to the public good.\n\n\
        2. For the reasons given here and in the closed judgment, the appeal is dismissed.\n\n\
        Mr Justice Vargo";
    let doc = clean(raw);
    for kept in [
        "TARSK IMMIGRATION APPEALS COMMISSION",
        "THE HONOURABLE MR JUSTICE VARGO (Chairman)",
        "UPPER TRIBUNAL JUDGE ODINGA-REEVE",
        "MS HELKA LUND",
        "Q7, Appellant, and MINISTER FOR BORDERS, Respondent",
        "For the Appellant: Ms Anya Prell KC",
        "For the Respondent: Mr Olek Sand",
        "Mr Justice Vargo",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    for left in [
        "Appeal No",
        "Date of decision",
        "Before:",
        "Between:",
        "OPEN JUDGMENT",
    ] {
        assert!(!doc.text.contains(left), "{left}: {}", doc.text);
    }
    assert!(doc.text.starts_with("TARSK IMMIGRATION"), "{}", doc.text);
}

/// The other common shape: the judge on the "Before:" line, each party's role in parentheses,
/// the parties numbered, the court's division under its name.
#[test]
fn a_judgment_s_header_with_roles_in_parentheses_keeps_its_parties() {
    let raw = "Roe v Doe: judgment\n\n\
        Neutral Citation Number: [2030] EWHC 12 (KB)\n\n\
        IN THE HIGH COURT OF TARSK\n\
        KING'S BENCH DIVISION\n\n\
        Before: MRS JUSTICE HALLORAN\n\n\
        Between:\n\
        JANE ROE (Claimant)\n\
        - and -\n\
        (1) JOHN DOE\n\
        (2) VELDEN RISK LIMITED (Defendants)\n\n\
        JUDGMENT\n\n\
        1. The Claimant is a journalist who claims damages for harassment against the First \
        Defendant, a private investigator, and against the company through which he traded.\n\n\
        2. The claim succeeds against both Defendants.";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with(
            "IN THE HIGH COURT OF TARSK\n\nKING'S BENCH DIVISION\n\nBefore: MRS JUSTICE \
             HALLORAN\n\nJANE ROE (Claimant), and (1) JOHN DOE, (2) VELDEN RISK LIMITED \
             (Defendants)\n\n1. The Claimant"
        ),
        "{}",
        doc.text
    );
}

/// A page whose head names no site (`og:site_name`) still names its outlet in its title, after
/// the headline ("Headline | Outlet"); a title that is the headline alone names none.
#[test]
fn the_outlet_a_title_names_after_the_headline_is_the_publisher() {
    let page = |title: &str| {
        format!(
            "<html><head><title>{title}</title></head><body><h1>Tarsk port reopens</h1>\
             <p>The port of Tarsk reopened on Monday after a week of strikes, officials said. \
             Ships queued outside the harbour for days.</p></body></html>"
        )
    };
    assert_eq!(
        clean_html(&page("Tarsk port reopens | Velden Ledger"))
            .source
            .as_deref(),
        Some("Velden Ledger")
    );
    assert_eq!(
        clean_html(&page("Tarsk port reopens - The Coastal Post"))
            .source
            .as_deref(),
        Some("The Coastal Post")
    );
    assert_eq!(clean_html(&page("Tarsk port reopens")).source, None);
    // A first part that only happens to open the headline is no headline.
    assert_eq!(clean_html(&page("Tarsk - Velden Ledger")).source, None);
    assert_eq!(
        clean_html(&page("Strikes end: what they won and what they lost")).source,
        None
    );
}

#[test]
fn a_statement_s_list_of_demands_its_signatories_and_a_numbered_last_line_are_text() {
    let raw = "Tarsk: stop the returns\n\n\
        We, the undersigned organisations, condemn the removal from Velden of three exiled \
        journalists registered as refugees and their forced return to Ruritania last week.\n\n\
        Their lawyers say the men were handed to Ruritanian officials at the airport and \
        flown out before any court could hear them, as the law of Tarsk requires it to.\n\n\
        We call on the authorities of Tarsk to:\n\
        - Publish the legal basis for the removals;\n\
        - Free Lena Orsk;\n\
        - Stop all returns.\n\n\
        Signed:\n\
        Velden Press Union\n\
        Tarsk Watch\n\n\
        For media enquiries: press@example.org\n";
    let doc = clean(raw);
    for kept in [
        "- Publish the legal basis for the removals;",
        "- Free Lena Orsk;",
        "- Stop all returns.",
        "Signed:",
        "Velden Press Union",
        "Tarsk Watch",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert!(!doc.text.contains("press@example.org"), "{}", doc.text);

    let remarks = "1. Jane Roe, you were convicted by the jury of conspiracy to murder a \
        journalist living in Velden, whom you did not know and with whom you had no quarrel.\n\n\
        2. The evidence, most of it your own messages, showed that you agreed to travel to \
        Velden and kill him in return for money paid by a man you knew only as Piet.\n\n\
        3. The sentence is one of life imprisonment, with a minimum term of twelve years.\n\n\
        4. Ms Roe, you may go down.\n";
    let doc = clean(remarks);
    assert!(
        doc.text.ends_with("4. Ms Roe, you may go down."),
        "{}",
        doc.text
    );
}

#[test]
fn a_byline_over_a_captioned_picture_and_a_forwarded_from_line_open_the_text() {
    let page = "<html><body><main><article><h1>Who shot the exile?</h1>\
        <p class=\"byline\">By Mira Solt, Velden Review · 24 June 2026</p>\
        <figure><img src=\"a.jpg\"><figcaption>The exile speaking to reporters in Velden in \
        2023. Photo: Piet Van Dael / VR</figcaption></figure>\
        <p>VELDEN — Five days after a retired Ruritanian officer was shot dead at the door of \
        his flat, detectives say they know which car the gunman used, but not who paid him.</p>\
        <p>He had told the police in March that agents of his country had his address.</p>\
        </article></main></body></html>";
    let doc = clean_html(page);
    assert!(
        doc.text.starts_with("By Mira Solt, Velden Review"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("speaking to reporters"), "{}", doc.text);

    let digest = "Velden Rights Monitor — channel digest\n#Tarsk #Ruritania\n[12 Jan 09:14]\n\
        ⚡ Forwarded from Tarsk Weekly\n\
        Blogger Lena Orsk loses her appeal in the capital. The court kept the twelve-year \
        sentence for propaganda against the state, and her lawyers say they will go to the UN.\n";
    let doc = clean(digest);
    assert!(
        doc.text.starts_with("⚡ Forwarded from Tarsk Weekly"),
        "{}",
        doc.text
    );
}

#[test]
fn a_byline_with_its_place_over_a_picture_credited_in_parentheses_opens_the_text() {
    let page = "<html><body><main><article><h1>Informers watch the border town</h1>\
        <p class=\"byline\">By Aye Nandar Lwin | Velden | 2 March 2026</p>\
        <figure><img src=\"a.jpg\"><figcaption>The old bridge over the Tarsk river. \
        (Photo: Velden Review)</figcaption></figure>\
        <p>Activists who fled to the border town say informers photograph their homes and \
        pass their names to relatives back home, who are then questioned by the police.</p>\
        <p>Two of them said they had been followed to a clinic in October.</p>\
        </article></main></body></html>";
    let doc = clean_html(page);
    assert!(doc.text.starts_with("By Aye Nandar Lwin"), "{}", doc.text);
    assert_eq!(doc.byline.as_deref(), Some("Aye Nandar Lwin"));
    assert!(!doc.text.contains("Tarsk river"), "{}", doc.text);
    assert!(!doc.text.contains("Photo"), "{}", doc.text);
}

#[test]
fn a_foreign_byline_over_a_picture_credited_owner_slash_author_opens_the_text() {
    let page = "<html><body><main><article><h1>Informers watch the border town</h1>\
        <div class=\"penulis\">Oleh Aye van Nandar | Kamis, 3 Desember 2026 14:05 WIB</div>\
        <figure><img src=\"a.jpg\"><figcaption>The old bridge over the Tarsk river. \
        (Velden Review/Piet van Dael)</figcaption></figure>\
        <p>Activists who fled to the border town say informers photograph their homes and \
        pass their names to relatives back home, who are then questioned by the police about \
        the exiles' work.</p>\
        <p><strong>Baca juga:</strong> <a href=\"/b\">Rohingya refugees land in Velden again</a></p>\
        <p>Two of them said they had been followed to a clinic in October (AP/Getty), and a \
        third that a man who gave no name had asked her landlord which evenings she worked \
        late.</p>\
        <p class=\"editor\">Eindredactie: Jan Roe</p>\
        <div class=\"tag\">Tag: <a href=\"/t/a\">Velden</a> <a href=\"/t/b\">refugees</a></div>\
        </article></main></body></html>";
    let doc = clean_html(page);
    assert!(doc.text.starts_with("Oleh Aye van Nandar"), "{}", doc.text);
    assert!(
        doc.text.ends_with("\n\nEindredactie: Jan Roe"),
        "{}",
        doc.text
    );
    assert_eq!(doc.byline.as_deref(), Some("Aye van Nandar"));
    assert!(!doc.text.contains("Tarsk river"), "{}", doc.text);
    assert!(!doc.text.contains("Piet van Dael"), "{}", doc.text);
    assert!(!doc.text.contains("Rohingya"), "{}", doc.text);
    // A sentence's own parenthesis is no credit.
    assert!(
        doc.text.contains("in October (AP/Getty), and"),
        "{}",
        doc.text
    );
}

#[test]
fn a_header_s_fields_one_to_a_line_are_lines_of_their_own() {
    let raw = "R\n\n-v-\n\nLENA ORSK\n\n\
        Prosecution: Mr Piet Van Dael KC and Ms Mira Solt\n\
        Defence: Mr Jan Roe\n\n\
        1. Lena Orsk, you were convicted by the jury of conspiracy to murder a journalist \
        living in Velden, whom you did not know and with whom you had no quarrel.\n";
    let doc = clean(raw);
    assert!(
        doc.text.contains("Ms Mira Solt\n\nDefence: Mr Jan Roe"),
        "{}",
        doc.text
    );
}

#[test]
fn running_page_headers_of_a_pdf_s_text_are_left_out_and_said_so() {
    let raw = "R v Roe - Sentencing Remarks                Page 1 of 2\n\n\
        1. Jane Roe, you were convicted by the jury of conspiracy to murder a journalist \
        living in Velden, whom you did not know and with whom you had no quarrel.\n\n\
        R v Roe - Sentencing Remarks                Page 2 of 2\n\n\
        2. The sentence is one of life imprisonment, with a minimum term of twelve years, \
        less the days you have spent on remand.\n";
    let doc = clean(raw);
    assert!(!doc.text.contains("Page"), "{}", doc.text);
    assert!(doc.text.contains("1. Jane Roe"), "{}", doc.text);
    assert!(doc.text.contains("2. The sentence"), "{}", doc.text);
    let left_out = doc
        .dropped
        .iter()
        .filter(|(_, why)| why == "running page header")
        .count();
    assert_eq!(left_out, 2, "{:?}", doc.dropped);
    // A page number said once is no running header.
    let once = "See page 12 of the report for the full list of the bodies named.\n";
    assert!(clean(once)
        .dropped
        .iter()
        .all(|(_, why)| why != "running page header"));
}

#[test]
fn an_official_paper_s_page_counts_hyphenated_words_and_signature() {
    let raw = "Answer to written question 2021:417                         1 (2)\n\n\
        Jane Roe has asked me what measures I intend to take so that journalists\n\
        who have fled to the republic of Tarsk can work without being threat-\n\
        ened by the states they fled from, and whether the police will reopen\n\
        the finding on the death of the editor of an exile news site, a non-\n\
        criminal death in the view of the police, who named him as Piotr Kowal-\n\
        ski, and said he had lived in Velden since the year 2015 with his wife.\n\n\
        Answer to written question 2021:417                         2 (2)\n\n\
        I will continue to follow the matter closely with the Minister for Foreign Affairs.\n\n\
        Velden, 2 June 2021\n\n\
        Mira Solt\n";
    let doc = clean(raw);
    assert!(!doc.text.contains("(2)"), "{}", doc.text);
    assert!(doc.text.contains("being threatened by"), "{}", doc.text);
    assert!(doc.text.contains("a non-criminal death"), "{}", doc.text);
    assert!(doc.text.contains("Piotr Kowalski, and"), "{}", doc.text);
    assert!(
        doc.text.ends_with("Velden, 2 June 2021\n\nMira Solt"),
        "{}",
        doc.text
    );
    // A name broken at its own hyphen keeps it.
    let doc = clean(
        "Two men were convicted at Velden Crown Court on Friday of plotting an attack.\n\n\
         The court heard that the officer, named in the papers as Abdul-\n\
         Rahman Roe, had travelled to Velden twice in the months before the\n\
         attack on the editor, and that he had met the two men there each time.\n",
    );
    assert!(doc.text.contains("Abdul-Rahman Roe"), "{}", doc.text);
}

#[test]
fn a_briefing_s_spokesperson_line_above_the_text_names_its_speaker() {
    let raw = "PRESS BRIEFING NOTES\n\n\
        Velden, 21 November 2026\n\n\
        Subject: Tarsk – forced returns of exiles\n\n\
        Spokesperson for the High Commissioner for Human Rights: Mira Solt\n\n\
        We are alarmed by reports that at least four opposition supporters were forcibly \
        returned to Tarsk in the past month, and that two of them are held incommunicado.\n\n\
        We call on the Government of Tarsk to disclose the whereabouts of all four, and on \
        the states hosting exiles to respect the principle of non-refoulement.\n";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Spokesperson for the High Commissioner for Human Rights: Mira Solt"),
        "{}",
        doc.text
    );
    assert_eq!(doc.byline.as_deref(), Some("Mira Solt"), "{:?}", doc.byline);
    assert!(!doc.text.contains("Subject:"), "{}", doc.text);
}

#[test]
fn a_release_s_press_contacts_a_posted_line_and_an_indictment_s_signature_are_text() {
    let release = "Tarsk sanctions five officers over the abduction of exiled journalists\n\n\
        The Ministry of Foreign Affairs of Tarsk today imposed sanctions on five officers of the \
        Ruritanian security service for the abduction of two exiled journalists in Velden.\n\n\
        The journalists were returned to Velden after a week, and the ministry said further \
        measures against those responsible would follow in the coming months.\n\n\
        Related content\nTarsk sanctions explained\n\n\
        Press contacts\nMira Solt\nPress officer\n+32 2 281 53 16\nSubscribe to our alerts\n";
    let doc = clean(release);
    assert!(
        doc.text
            .ends_with("Press contacts\n\nMira Solt\n\nPress officer\n\n+32 2 281 53 16"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("explained"), "{}", doc.text);

    let report = "Tarsk expels Ruritania's ambassador\nBy political reporter Jane Roe\n\
        Posted Tue 26 Aug 2025 at 1:05pm\n\n\
        The prime minister says Tarsk will expel Ruritania's ambassador and three other \
        officials after the security service concluded that Ruritania directed two attacks.\n\n\
        The opposition supported the expulsions but said the government had been too slow to act \
        on the warnings it had been given.\n";
    let doc = clean(report);
    assert!(
        doc.text.starts_with("By political reporter Jane Roe"),
        "{}",
        doc.text
    );

    let indictment = "1. From at least in or about July 2022, the defendants conspired to use a \
        facility of interstate commerce with intent that a murder be committed in Velden.\n\n\
        2. On or about July 28, 2022, one of them drove to the residence of Victim-1 with a \
        loaded rifle, and was stopped by officers of the police department.\n\n\
        (Title 18, United States Code, Section 1958.)\n\n\
        FOREPERSON                              JANE ROE\n\
        \x20                                       United States Attorney\n";
    let doc = clean(indictment);
    assert!(
        doc.text
            .ends_with("(Title 18, United States Code, Section 1958.)\n\nFOREPERSON JANE ROE United States Attorney"),
        "{}",
        doc.text
    );
}

#[test]
fn a_hearing_s_header_names_who_held_it_and_who_sat() {
    let us = "HEARING BEFORE THE SUBCOMMITTEE ON BORDER SECURITY\nCOMMITTEE ON HOMELAND SECURITY\n\
        HOUSE OF REPRESENTATIVES\n\nTRANSNATIONAL REPRESSION: TARSK'S CAMPAIGN AGAINST EXILES\n\n\
        Mr. ROE. The Subcommittee will come to order. Last year the Department of Justice \
        charged more than a dozen people in cases tied to the government of Tarsk.\n\n\
        Ms. DOE. Thank you, Mr. Chairman, and thank you to our witness for being here today.\n";
    let doc = clean(us);
    assert!(
        doc.text.starts_with(
            "HEARING BEFORE THE SUBCOMMITTEE ON BORDER SECURITY\n\nCOMMITTEE ON HOMELAND \
             SECURITY\n\nHOUSE OF REPRESENTATIVES\n\nMr. ROE."
        ),
        "{}",
        doc.text
    );
    let uk = "Transnational repression: oral evidence\n\nForeign Affairs Committee\n\
        Oral evidence: Transnational repression, HC 412\nTuesday 17 June 2025\n\n\
        Members present: Jane Roe (Chair); John Doe.\n\n\
        Q101 Chair: Good morning and welcome. Dr Solt, perhaps you could start by telling us \
        which states the committee should worry about most, and why.\n";
    let doc = clean(uk);
    assert!(
        doc.text.starts_with(
            "Foreign Affairs Committee\n\nMembers present: Jane Roe (Chair); John Doe."
        ),
        "{}",
        doc.text
    );
}

#[test]
fn a_byline_after_separators_with_no_date_is_a_byline() {
    let page = "<html><body><main><h1>A red notice withdrawn</h1>\
        <p><em>Weekly briefing · No. 212 · by Mira Solt</em></p>\
        <p>Jane Roe, an engineer who had lived in Velden since 2012, was detained at the \
        airport in July on a red notice requested by Ruritania, which the agency withdrew.</p>\
        <p>Her husband told us by telephone that she had helped a diaspora newspaper.</p>\
        </main></body></html>";
    let doc = clean_html(page);
    assert!(
        doc.text
            .starts_with("Weekly briefing · No. 212 · by Mira Solt"),
        "{}",
        doc.text
    );
    assert_eq!(doc.byline.as_deref(), Some("Mira Solt"));
}

#[test]
fn a_byline_s_names_as_the_last_part_of_a_line_of_parts_open_the_text() {
    let page = "<html><body><main><article><h1>Reporters watched in the capital</h1>\
        <p class=\"meta\">Alert &middot; Tarsk &middot; 19 November 2026 &middot; By Ilse \
        Varenne and Tomo Hallak</p>\
        <p>Reporters who fled to the capital say they are followed, threatened and in two cases \
        sent back across the border by men who say they work for the security service.</p>\
        <p>The service did not reply to questions sent on Monday.</p>\
        </article></main></body></html>";
    let doc = clean_html(page);
    assert!(doc.text.starts_with("Alert · Tarsk"), "{}", doc.text);
    assert_eq!(doc.byline.as_deref(), Some("Ilse Varenne and Tomo Hallak"));
}

#[test]
fn an_open_letter_keeps_its_addressee_and_its_signatories_one_to_a_line() {
    let raw = "OPEN LETTER TO THE GOVERNMENT OF VELDEN\n\n\
        Tarsk, 25 November 2026\n\n\
        To the Minister of Foreign Affairs, Anna Rivel\n\n\
        Minister,\n\n\
        We write as exiles living in Velden, many of us stripped of our nationality, to ask for \
        protection from the agents who follow us to our homes and to our children's schools.\n\n\
        We ask the Government of Velden to investigate every report of surveillance.\n\n\
        Signed,\n\n\
        Ilse Varenne, journalist\n\
        Tomo Hallak, former judge\n\
        Exiles United\n\n\
        Contact: Exiles United, Tarsk\n";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("To the Minister of Foreign Affairs, Anna Rivel"),
        "{}",
        doc.text
    );
    assert!(
        doc.text
            .contains("Ilse Varenne, journalist\n\nTomo Hallak, former judge\n\nExiles United"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("OPEN LETTER"), "{}", doc.text);
}

#[test]
fn a_thread_copied_from_a_platform_keeps_every_post_and_its_author() {
    // Between posts: counts, the next author's name and handle, a separator and a date, and
    // a quoted post from another account cut short by the platform ("…").
    let raw = "Post\n\nConversation\n\nIlse Varenne\n@ilse_v\n\n\
        1/ Police in Velden have detained a man accused of following exiled journalists to \
        their homes for the security service of Tarsk. A thread on what we know.\n\n\
        9:02 AM · Nov 12, 2026\n\n·\n\n12.4K\n\nViews\n\n\
        Ilse Varenne\n@ilse_v\n·\nNov 12\n\n\
        2/ The man, a former consular driver, was brought before the district court on \
        Wednesday and remanded in custody for four weeks while the case is examined.\n\n\
        4\n\n31\n\n120\n\n\
        Quote\n\nExiles United\n@exiles_united\n·\nNov 11\n\n\
        Velden: the arrest of a man who followed reporters is a first step. The service that \
        sent him must be named and its officers expelled. exilesunited.org/news/2026/11/1…\n\n\
        7\n\n22\n\n98\n\n\
        Ilse Varenne\n@ilse_v\n·\nNov 12\n\n\
        3/ His lawyer, Tomo Hallak, says the man denies working for any foreign service and \
        will ask the court to release him on bail next week. /end\n\n\
        3\n\n19\n\n77\n\nShow replies\n";
    let doc = clean(raw);
    assert!(doc.text.starts_with("Ilse Varenne"), "{}", doc.text);
    assert!(doc.text.contains("2/ The man"), "{}", doc.text);
    assert!(doc.text.contains("His lawyer, Tomo Hallak"), "{}", doc.text);
    assert_eq!(doc.text.matches("Ilse Varenne").count(), 3, "{}", doc.text);
}

#[test]
fn a_chat_export_keeps_its_last_short_messages() {
    let raw = "12/11/2026, 20:41 - Ilse Varenne created group \"Case file\"\n\
        12/11/2026, 20:43 - Ilse Varenne: Good evening. The lawyer says the court in Velden \
        will hear the witnesses from the consulate on the first of December at ten\n\
        12/11/2026, 20:45 - Tomo Hallak: Did she say whether the officers named in the order \
        will be summoned or only the driver who followed you\n\
        12/11/2026, 20:47 - Ilse Varenne: Only the driver for now. The others have immunity\n\
        12/11/2026, 20:50 - Tomo Hallak: Ok\n\
        13/11/2026, 08:02 - Ana Lind: I can translate the order this weekend\n\
        13/11/2026, 08:03 - Ana Lind: https://example.org/order\n";
    let doc = clean(raw);
    // Read as a chat: each message's sender on its own line, then what they wrote.
    assert!(
        doc.text
            .contains("By Ana Lind\n\nI can translate the order this weekend"),
        "{}",
        doc.text
    );
    assert!(
        doc.text
            .contains("By Ana Lind\n\nhttps://example.org/order"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("By Tomo Hallak\n\nOk"), "{}", doc.text);
}

#[test]
fn a_meeting_s_minutes_keep_who_attended_and_who_sent_apologies() {
    let raw = "VELDEN EXILES ASSOCIATION\n\n\
        Minutes of the Executive Committee meeting\n\n\
        Present: I. Varenne (Chair), Tomo Hallak (Secretary), Ana Lind\n\n\
        In attendance: PC Mira Doe, Velden Police (item 2 only)\n\n\
        Apologies: Oskar Brandt\n\n\
        1. Minutes of the previous meeting\n\n\
        The minutes of the meeting of 13 October were approved as a true record of the \
        committee's decisions. Proposed: TH. Seconded: AL.\n\n\
        2. Surveillance at the October vigil\n\n\
        PC Doe advised members to report any photographs taken of them by consular staff to \
        the police, and the committee agreed to collect statements before the next meeting.\n";
    let doc = clean(raw);
    assert!(
        doc.text.contains("In attendance: PC Mira Doe"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Apologies: Oskar Brandt"), "{}", doc.text);
    assert!(doc.text.contains("Present: I. Varenne"), "{}", doc.text);
}

#[test]
fn an_email_keeps_its_header_over_its_text() {
    let raw = "From: Siew Ling Tan <sl.tan@example.org>\n\
        Sent: Monday, 2 March 2026 09:12\n\
        To: Desk <desk@example.org>\n\
        Cc: Arif Rahman <arif@example.org>\n\
        Subject: Detainees at the depot\n\n\
        Dear colleagues,\n\n\
        The nine men detained at the depot on Friday have still not been allowed to see a \
        lawyer, and the embassy has asked for their return. We will file for habeas corpus \
        this week and ask the commission to visit them before any decision is taken.\n\n\
        Best,\n\
        Siew Ling\n";
    let doc = clean(raw);
    assert!(
        doc.text
            .contains("From: Siew Ling Tan <sl.tan@example.org>"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Cc: Arif Rahman"), "{}", doc.text);
    // A release's publisher line alone is not a mail header.
    let release = "From: Home Office\n\n\
        The Home Secretary today announced new measures against foreign interference, \
        including a register of those who act for foreign powers in the United Kingdom and \
        new offences for covert work on their behalf.\n";
    assert!(clean(release).text.contains("The Home Secretary"));
}

#[test]
fn a_docket_keeps_its_case_header_and_every_entry() {
    let raw = "U.S. District Court\n\
        Eastern District of Virginia (Alexandria)\n\
        CRIMINAL DOCKET FOR CASE #: 1:26-cr-00077-AB-1\n\n\
        Defendant (1)\n\
        Teodor Vasquez Lira\n\
        represented by Anne Holloway\n\
        LEAD ATTORNEY\n\
        100 King Street, Suite 200\n\
        Alexandria, VA 22314\n\n\
        Date Filed # Docket Text\n\
        03/02/2026 1 INDICTMENT as to Teodor Vasquez Lira (1). (ab) (Entered: 03/03/2026)\n\
        03/05/2026 4 Arrest of Teodor Vasquez Lira. (ab) (Entered: 03/05/2026)\n\
        03/09/2026 7 Minute Entry for proceedings held before Magistrate Judge Ruth Okafor: \
        Initial Appearance as to Teodor Vasquez Lira held on 3/9/2026. Defendant remanded to the \
        custody of the United States Marshal pending a detention hearing. (ab) (Entered: \
        03/09/2026)\n\n\
        PACER Service Center\n\
        Transaction Receipt\n";
    let doc = clean(raw);
    for kept in [
        "represented by Anne Holloway",
        "Teodor Vasquez Lira",
        "03/05/2026 4 Arrest of Teodor Vasquez Lira.",
        "U.S. District Court",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    for dropped in [
        "LEAD ATTORNEY",
        "Alexandria, VA 22314",
        "PACER Service Center",
    ] {
        assert!(!doc.text.contains(dropped), "{dropped}: {}", doc.text);
    }
}

#[test]
fn a_programme_keeps_its_sessions_and_speakers_and_a_byline_of_credits_stays() {
    let raw = "Programme\n\n\
        10:00 – 10:15   Welcome\n\
        \x20               Jana Novak, Executive Director, Open Borders Institute\n\n\
        10:15 – 11:30   Panel 1: Exiles and their families\n\
        \x20               Moderator: Ruth Okafor, University of Leeds\n\n\
        11:30 – 11:45   Break\n\n\
        Background note\n\n\
        The panel will discuss how relatives at home are questioned about exiles abroad, and \
        what host states can do to protect them from surveillance and threats.\n";
    let doc = clean(raw);
    assert!(
        doc.text.contains("Jana Novak, Executive Director"),
        "{}",
        doc.text
    );
    assert!(doc.text.contains("Moderator: Ruth Okafor"), "{}", doc.text);
    let page = "<html><body><article><h1>Activist says agents followed him</h1>\
        <p>Reporter: Jana Novak | Editor: Ruth Okafor<br>Jayapura, Tuesday 10 November 2026 | \
        14:05 WIT</p>\
        <p>An activist living abroad said on Monday that two men had followed him during a \
        demonstration and photographed everyone who carried a flag.</p>\
        <p>His sister was later summoned by the police and questioned about his activities \
        abroad, he said, and he has reported the incident to the police.</p>\
        </article></body></html>";
    let doc = clean(page);
    assert!(doc.text.contains("Reporter: Jana Novak"), "{}", doc.text);
}

#[test]
fn a_profile_keeps_its_entries_a_letter_its_signature_and_a_paper_its_authors() {
    let page = "<html><body><main><h1>Lena Varro</h1>\
        <section><h2>About</h2><p>Lena Varro reported on land deals and political violence for \
        ten years before she left the country, after the police held her passport for months \
        and questioned her about her sources.</p>\
        <p>She now writes from abroad for two outlets and trains young reporters in checking \
        public records, contracts and company filings.</p></section>\
        <section><h2>Experience</h2><ul>\
        <li><strong>Senior reporter</strong> — Tarsk Ledger · 2017–2022</li>\
        <li><strong>Reporter</strong> — Velden Daily Mail · 2012–2017</li></ul></section>\
        <section><h2>Recommendations</h2>\
        <blockquote>\"She checks every number twice.\" — Oskar Brenn, editor, Tarsk Ledger\
        </blockquote></section></main></body></html>";
    let doc = clean(page);
    for kept in ["Velden Daily Mail", "Oskar Brenn, editor"] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    let letter = "LETTERS TO THE EDITOR\n\n\
        Sir, Your report of 12 November on the surveillance of exiles understated how far the \
        government reaches into the communities abroad that criticise it.\n\n\
        Three members of our association have been approached by men who said they worked for \
        the embassy, and one received a message that named his children's school.\n\n\
        Mira Soltan\n\
        President, Tarsk Exiles' Association\n\
        Brussels\n";
    let doc = clean(letter);
    assert!(doc.text.contains("Mira Soltan"), "{}", doc.text);
    assert!(
        doc.text.contains("President, Tarsk Exiles' Association"),
        "{}",
        doc.text
    );
    let paper = "TARSK POLICY PROGRAMME\nWorking Paper No. 3, May 2026\n\n\
        Returning Exiles: Deportation as Cooperation\n\n\
        Lena K. Varro* and Omar Y. Haddad†\n\n\
        * Department of Politics, Tarsk University\n\
        † School of Law, Velden University\n\n\
        Abstract\n\
        This paper traces how two states cooperate to return political exiles without an \
        extradition file that a court could review, drawing on court records and interviews \
        with relatives and lawyers.\n";
    let doc = clean(paper);
    for kept in ["Omar Y. Haddad", "Velden University"] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert!(
        !doc.text.contains("Tarsk University † School"),
        "affiliations run together: {}",
        doc.text
    );
}

#[test]
fn a_bilingual_release_header_keeps_its_issuer_and_a_daybook_its_desk() {
    let raw = "SUD TARSKA / СУД ТАРСКА\n\
        SUPREME COURT OF TARSK\n\
        Odsjek za odnose s javnošću / Public Relations Office\n\n\
        SAOPĆENJE ZA JAVNOST / PRESS RELEASE\n\n\
        Broj / No.: S1 3 K 0482 26 Kro\n\
        Sarajevo, 14. 10. 2026.\n\n\
        EXTRADITION NOT ALLOWED\n\n\
        The Extradition Panel of the Supreme Court of Tarsk has decided that the legal \
        conditions have not been met for the extradition of a teacher to the requesting state \
        for the purpose of criminal prosecution.\n\n\
        The request was forwarded to this Court by the Ministry of Justice on 9 September, and \
        the defence has challenged it before the Court.\n";
    let doc = clean(raw);
    assert!(doc.text.contains("SUPREME COURT OF TARSK"), "{}", doc.text);
    assert!(!doc.text.contains("Kro Sarajevo"), "{}", doc.text);
    let daybook = "DAYBOOK | Velden, Thursday 19 November 2026\n\n\
        10:00 - VELDEN - The interior minister briefs diplomats on the arrest abroad of an \
        opposition activist whose extradition the government has requested.\n\n\
        14:00 - VELDEN - The national human rights commission presents its annual report on \
        detentions, with its president and the head of a rights group expected.\n\n\
        MEDIA ADVISORY ENDS\n\
        Desk: Jana Novak / Ruth Okafor, +228 90 00 11 22\n";
    let doc = clean(daybook);
    assert!(doc.text.contains("Jana Novak"), "{}", doc.text);
}

#[test]
fn a_review_keeps_its_book_s_details_and_a_decision_its_judge_s_signature() {
    let page = "<html><body><article><h1>The men who did not come home</h1>\
        <p><em>Velden Nights</em><br>by Ivo Marek Tarn<br>Translated from Tarskan by Lena Orsk<br>\
        Harbour Books, 296 pp., $25</p>\
        <p>Reviewed by Mira Holm &middot; 19 October 2026</p>\
        <p>Few books published this year open as quietly as this one. The author, a lawyer who \
        left the capital after representing detained journalists, begins with an inventory of \
        his flat: two chairs, a kettle, a box of case files he could not leave behind.</p>\
        <p>The calm does not last. On a January evening his friend walks out to buy airtime and \
        never returns, and the middle third of the book retraces his last hours.</p>\
        </article></body></html>";
    let doc = clean_html(page);
    for kept in [
        "by Ivo Marek Tarn",
        "by Lena Orsk",
        "Harbour Books",
        "Reviewed by Mira Holm",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert_eq!(doc.byline.as_deref(), Some("Mira Holm"));
    let decision = "DECISION AND REASONS\n\n\
        1. The appellant is a national of Tarsk. He appeals, with permission, against the \
        decision of the First-tier Tribunal dismissing his appeal against the refusal of his \
        protection claim.\n\n\
        2. We are satisfied that the First-tier Tribunal erred in law, and we set its decision \
        aside and remit the appeal for a fresh hearing before another judge.\n\n\
        M. Keane\n\
        Judge of the Upper Tribunal\n\
        Immigration and Asylum Chamber\n\
        17 November 2026\n";
    let doc = clean(decision);
    assert!(doc.text.contains("M. Keane"), "{}", doc.text);
    assert!(
        doc.text.contains("Judge of the Upper Tribunal"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.contains("Immigration and Asylum Chamber"),
        "{}",
        doc.text
    );
}

#[test]
fn a_written_question_s_header_in_one_block_with_its_title_keeps_the_department() {
    let raw = "Velden: Exiles\nQuestion for Tarsk Foreign Office\nUIN 40112, tabled on 2 October 2026\n\n\
        Asked by Mira Kovan (Tarsk North)\n\n\
        To ask the Secretary of State what assessment she has made of threats by agents of a \
        foreign state against exiled journalists living in the country.\n\n\
        Answered by Lord Kuric of Velden\n\n\
        The Government takes any threat to life or liberty in the country extremely seriously, \
        and the police have responded to many plots backed by foreign states.";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Question for Tarsk Foreign Office\n\nAsked by Mira Kovan"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("UIN 40112"), "{}", doc.text);
}

/// An encyclopedia's page: its infobox is no part of the text (as a profile's facts table is
/// not), whatever a row looks like; note marks and edit links are dropped from the words they
/// are glued to, so sentences and names on either side stay apart.
#[test]
fn an_encyclopedia_page_loses_its_infobox_note_marks_and_edit_links() {
    let raw = "<html><body><div id=\"content\"><h1>Mira Kovan</h1>\
        <table class=\"infobox\"><tr><th>Born</th><td>3 May 1980</td></tr>\
        <tr><th>Spouse</th><td>Belan Orsk (m. 2016)</td></tr></table>\
        <p>Mira Kovan (born 3 May 1980) is a Tarskian painter and a founder of the Velden Art \
        Collective, which campaigned against a censorship decree.<sup>[1]</sup></p>\
        <h2>Arrests <span class=\"mw-editsection\">[edit]</span></h2>\
        <p>She was held for nine days by the Department of State Security.<sup>[4]</sup> \
        Amnesty International named her a prisoner of conscience in 2021.[5]</p>\
        <p>The case was cited in a law report, [2019] EWHC 12, and again in 2024.</p>\
        </div></body></html>";
    let doc = clean_html(raw);
    assert!(!doc.text.contains("Belan Orsk"), "{}", doc.text);
    assert!(
        doc.text
            .contains("Department of State Security. Amnesty International named"),
        "{}",
        doc.text
    );
    assert!(
        !doc.text.contains("[5]") && !doc.text.contains("[1]"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("[edit]"), "{}", doc.text);
    assert!(doc.text.contains(", [2019] EWHC 12,"), "{}", doc.text);
}

/// A church's bulletin as plain text: its head of offices and the order of its service (who
/// holds which office, who leads which part, after a colon or a dot leader) is the
/// document's own, above its notes; a statement's letterhead (the body's name in two
/// languages over its address) is its issuer, its title under its date the text's, its kind,
/// reference, address and date lines left out.
#[test]
fn a_bulletin_keeps_its_head_and_a_statement_its_letterhead_and_title() {
    let raw = "TARSK UNITED CHURCH\nSunday Bulletin · 29 November 2026\n\n\
        Senior Pastor: Rev. Tomas Verin\nAssociate Pastor: Rev. Lina Dala\n\n\
        ORDER OF WORSHIP\nCall to Worship ............ Elder Mira Kovan\n\
        Hymn 88 .................... \"O Come\"\n\
        Sermon ..................... Rev. Lina Dala\n\n\
        PASTORAL NOTES\n\n\
        Welcome to all our visitors, and especially to the two families who arrived this \
        month from the coast, after a long journey through three countries.\n\n\
        Please pray for Sister Vera Orsk, whose brother was taken for questioning by the \
        security police in October; she has heard nothing since.\n";
    let doc = clean(raw);
    for kept in [
        "TARSK UNITED CHURCH",
        "Rev. Tomas Verin",
        "Elder Mira Kovan",
        "Sermon",
        "Welcome to all",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    let raw = "VELDEN ROWING CONFEDERATION\nConfédération de l'Aviron de Velden\n\
        Avenue de la Gare 14, 1800 Vevey, Switzerland\n\n\
        OFFICIAL STATEMENT\nRef. VRC/EXCO/2026/117\nVevey, 18 November 2026\n\n\
        Statement on the safety of rower Lina Dala and three team-mates\n\n\
        1. The Board met on 17 November 2026 to consider reports concerning four rowers of \
        the Tarskian team who did not return to their hotel after the final race.\n\n\
        2. The Board has received a complaint from the rowers' lawyer and forwarded it to the \
        police; it will not publish the names of the other three rowers.\n";
    let doc = clean(raw);
    assert!(
        doc.text.starts_with("VELDEN ROWING CONFEDERATION"),
        "{}",
        doc.text
    );
    assert!(
        doc.text.contains("safety of rower Lina Dala"),
        "{}",
        doc.text
    );
    for dropped in [
        "OFFICIAL STATEMENT",
        "Ref. VRC",
        "Avenue de la Gare",
        "Vevey, 18",
    ] {
        assert!(!doc.text.contains(dropped), "{dropped}: {}", doc.text);
    }
}

/// A call for papers as plain text: the line naming who organises the event, under its title,
/// is the document's own (who made it, as a byline says); the date line, the rule and the
/// first heading between it and the text are not.
#[test]
fn a_call_for_papers_keeps_the_line_naming_its_organisers() {
    let raw = "CALL FOR PAPERS\n\nBorders of Fear: Exile and Surveillance\n\
        Workshop, Tarsk University, 3-4 May 2027\n\n\
        Organised by the Institute for Diaspora Studies, Tarsk University, and the Velden \
        Centre for Human Rights\n\n\
        Deadline for abstracts: 10 January 2027\n\n---\n\nRationale\n\n\
        Governments increasingly follow their critics abroad, through consulates, community \
        associations and platforms, and the workshop asks how exiles resist them.\n\n\
        Exiles from many states describe threats to relatives at home, and host states answer \
        them in very different ways, which the workshop will compare.\n";
    let doc = clean(raw);
    assert!(
        doc.text
            .starts_with("Organised by the Institute for Diaspora Studies"),
        "{}",
        doc.text
    );
    for dropped in [
        "Deadline for abstracts",
        "---",
        "Rationale",
        "CALL FOR PAPERS",
    ] {
        assert!(!doc.text.contains(dropped), "{dropped}: {}", doc.text);
    }
}

#[test]
fn a_fundraiser_keeps_its_updates_gifts_and_words_of_support() {
    let raw = "Help Ilse reach safety\n\n\
        STORY\n\n\
        My name is Tomo Hallak and Ilse Varenne is my cousin. She organised for the Velden \
        Democratic Party for eight years, until the court dissolved it. Men from the commune \
        police came to her house and told her to stop, or her children would have problems.\n\n\
        She fled to Tarsk with her sons and registered with the refugee agency there. Activists \
        in Tarsk believe they are watched, and some have been sent back over the border.\n\n\
        UPDATES\n\n\
        Update 2 · 28 October 2026 · by Tomo Hallak\n\n\
        Her younger son started school again. The Velden Refugee Service helped us.\n\n\
        Update 1 · 10 October 2026 · by Tomo Hallak\n\n\
        We have passed the first goal! Ilse asked me to thank all of you.\n\n\
        DONATIONS\n\n\
        Anonymous · $100 · 2 d\n\n\
        Ana Lind · $25 · 3 d\n\n\
        WORDS OF SUPPORT\n\n\
        Ana Lind · 3 d\n\n\
        We were in the same party branch. Stay strong.\n\n\
        Report fundraiser · Share · Donate now\n";
    let doc = clean(raw);
    for kept in [
        "Velden Refugee Service helped us",
        "Ilse asked me to thank",
        "Ana Lind · $25",
        "same party branch",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert!(!doc.text.contains("Report fundraiser"), "{}", doc.text);
}

#[test]
fn a_committee_s_report_keeps_its_chair_s_signature() {
    let raw = "Report of the Subcommittee on Velden Affairs\n\n\
        CHAIR'S FOREWORD\n\n\
        When the Subcommittee agreed to study the matter, members expected to hear about the \
        states whose agents have been charged in allied courts, and heard far more.\n\n\
        Witnesses described the abduction of a blogger from a park in Tarsk by agents of the \
        Velden Ministry of Public Order, which a court confirmed the following year.\n\n\
        Respectfully submitted,\n\n\
        Hon. Ilse Varenne\n\
        Chair\n";
    let doc = clean(raw);
    assert!(doc.text.contains("Ilse Varenne"), "{}", doc.text);
}

#[test]
fn a_cv_keeps_its_name_heading_and_its_later_sections() {
    let cv = "# Lena Varro\n\n\
        **Investigative journalist** · Velden · lena.varro@example.org · Signal on request\n\n\
        *Curriculum vitae, last updated November 2026*\n\n\
        ## Profile\n\n\
        Tarskian investigative journalist with ten years of reporting on property and the \
        security services. I left the capital in 2023, weeks before police arrested my former \
        colleagues, and I have lived in Velden since 2024 under a protection programme.\n\n\
        ## Experience\n\n\
        **Correspondent**, Tarsk Ledger, Velden · 2024–present\n\n\
        - Investigations into the surveillance of exiles in Europe, with Omar Haddad.\n\n\
        ## Education\n\n\
        - MA in Journalism, Tarsk State University, 2015\n\n\
        ## Legal matters\n\n\
        - March 2024: charged in absentia with smuggling currency, the charge brought against \
        the Ledger's staff.\n\n\
        ## Selected publications\n\n\
        - \"The consul who counted us\", Velden Daily Mail, 2025\n\n\
        ## References\n\n\
        - Oskar Brenn, former editor, Tarsk Ledger (contact through Reporters Without Borders)\n\
        - Prof. Mira Soltan, Institute for Media Studies, Velden University\n";
    let doc = clean(cv);
    assert!(doc.text.starts_with("Lena Varro"), "{}", doc.text);
    for kept in [
        "Velden Daily Mail, 2025",
        "Oskar Brenn, former editor",
        "Mira Soltan, Institute for Media Studies, Velden University",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    for left_out in ["lena.varro@example.org", "Curriculum vitae"] {
        assert!(!doc.text.contains(left_out), "{left_out}: {}", doc.text);
    }
    // An article with one "References" heading is no profile: its notes stay out.
    let article = "<html><body><main><h1>Exiles watched</h1>\
        <p>Officials in Velden said on Monday that the consulate had kept files on exiles who \
        joined protests, and that two of its staff had been asked to leave the country.</p>\
        <p>The foreign ministry declined to comment on the case, which lawyers for the exiles \
        say is the third of its kind in two years.</p>\
        <h2>References</h2><ul><li>Jane Roe, Tarsk Press</li></ul>\
        </main></body></html>";
    let doc = clean(article);
    assert!(!doc.text.contains("Tarsk Press"), "{}", doc.text);
}

#[test]
fn credits_one_to_a_line_key_points_and_a_body_s_sign_off_are_the_text() {
    let entry = "### The Quiet Island\n\n\
        **Director:** Omar Haddad\n\
        **Producers:** Lena Varro, Oskar Brenn\n\
        **Editor:** Mira Soltan\n\
        **Production company:** Tarsk Street Films (Velden)\n\n\
        **Synopsis.** For ten years a Tarskian cleric's son who lost his citizenship has lived \
        in a flat above a launderette in Velden, from where he runs a small group that \
        documents the torture of detainees.\n\n\
        **About the director.** Omar Haddad was born in 1989 and studied at the Velden Film \
        School. His short film won a prize in 2016.\n";
    let doc = clean(entry);
    for kept in ["Director: Omar Haddad", "Editor: Mira Soltan"] {
        assert!(
            doc.text.split("\n\n").any(|b| b == kept),
            "{kept} a block of its own: {}",
            doc.text
        );
    }
    let live = "LIVE | Trial over the abduction of a Tarskian blogger\n\n\
        Key points\n\n\
        - Four men are on trial in Velden, accused of kidnapping the blogger Omar Haddad\n\
        - One of them, Tarek B., was employed at a consulate at the time\n\n\
        17:48\n\
        That's all for today. The hearing resumes tomorrow at 9:30 with the closing speech of \
        the prosecutor, and we will be following it here from the start.\n\n\
        16:55\n\
        The defence lawyer says his client had no diplomatic status and no secret mission, \
        and asks the court to set aside the phone records obtained by the investigators.\n";
    let doc = clean(live);
    assert!(
        doc.text.contains("kidnapping the blogger Omar Haddad"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Key points"), "{}", doc.text);
    let statement = "<html><body><main><h1>Tarsk rejects the campaign</h1>\
        <p>The Government of the Republic of Tarsk, through its embassy, categorically rejects \
        the statements published by certain media outlets which, without any evidence, \
        attribute to its officials the disappearance of a former lieutenant.</p>\
        <p>The Embassy reminds the public that any crime against Tarskian citizens abroad must \
        be investigated by the authorities of the country where it takes place.</p>\
        <p>Embassy of the Republic of Tarsk in the Kingdom of Velden<br>press@example.org</p>\
        </main><aside><h3>Latest communiqués</h3><ul><li>Consular day</li></ul></aside>\
        </body></html>";
    let doc = clean(statement);
    assert!(
        doc.text
            .contains("Embassy of the Republic of Tarsk in the Kingdom of Velden"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("press@example.org"), "{}", doc.text);
}

#[test]
fn a_docket_keeps_its_head_a_letter_its_signers_and_a_transcript_its_session() {
    let docket = "<html><body><div id=\"cmecfMainContent\">\
        <h3>U.S. District Court<br>District of Velden<br>CRIMINAL DOCKET FOR CASE #: 1:26-cr-00001</h3>\
        <table><tr><td>Case title: USA v. Orsk<br>Date Filed: 10/01/2026</td></tr>\
        <tr><td>Assigned to: District Judge Mara Tellen</td></tr></table>\
        <table><tr><td><b><u>Defendant (1)</u></b></td></tr>\
        <tr><td><b>Karim Orsk</b></td><td>represented by</td>\
        <td><b>Lena Varro</b><br>Varro &amp; Brenn PLLC<br>12 Main Street<br>Velden, VA 22201\
        <br>571-555-0100<br><i>LEAD ATTORNEY</i></td></tr></table>\
        <table><tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>\
        <tr><td>10/01/2026</td><td>1</td><td>INDICTMENT as to Karim Orsk (1). The indictment \
        says he reported on exiles in Velden to a handler at a consulate for three years.</td></tr>\
        <tr><td>10/02/2026</td><td>2</td><td>ORDER of detention as to Karim Orsk. Signed by \
        District Judge Mara Tellen on 10/2/2026 after a hearing on the government's motion.</td></tr>\
        </table></div></body></html>";
    let doc = clean(docket);
    for kept in [
        "U.S. District Court",
        "Assigned to: District Judge Mara Tellen",
        "Lena Varro",
        "Varro & Brenn PLLC",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    for left in [
        "571-555-0100",
        "LEAD ATTORNEY",
        "12 Main Street",
        "Date Filed",
    ] {
        assert!(!doc.text.contains(left), "{left}: {}", doc.text);
    }
    let appeal = "REFERENCE: UA TSK 4/2026\n\nExcellency,\n\n\
        We have the honour to address you concerning the alleged disappearance of a lawyer, Ms. \
        Lina Dala, who was stopped at a checkpoint by armed men in uniform on 2 September.\n\n\
        We would be grateful for your observations on her fate and on the measures taken by \
        the authorities to establish her whereabouts and to protect her family abroad.\n\n\
        Please accept, Excellency, the assurances of our highest consideration.\n\n\
        Mara Tellen\n\
        Special Rapporteur on the situation of human rights defenders\n\n\
        Oskar Brenn\n\
        Vice-Chair of the Working Group on Arbitrary Detention\n";
    let doc = clean(appeal);
    for kept in [
        "Mara Tellen",
        "Vice-Chair of the Working Group on Arbitrary Detention",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    let transcript = "ROUGH EDITED COPY\n\n\
        HUMAN RIGHTS COUNCIL, 61ST SESSION\n\n\
        SIDE EVENT: \"SAFE NOWHERE?\"\n\n\
        25 SEPTEMBER 2026, 13:00 CEST\n\n\
        >> MODERATOR: Good afternoon, everyone. My name is Lina Dala, and I will be moderating \
        today's discussion on the defenders who fled Tarsk and what follows them abroad.\n\n\
        >> OSKAR BRENN: Thank you, Lina. Since April more than half a million people have \
        crossed the border, among them lawyers, journalists and members of committees.\n";
    let doc = clean(transcript);
    assert!(
        doc.text.starts_with("HUMAN RIGHTS COUNCIL, 61ST SESSION"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("25 SEPTEMBER"), "{}", doc.text);
}

#[test]
fn a_thread_keeps_its_comments_a_decision_its_issuer_and_its_signer() {
    // A discussion thread: the comments hold more words than the post, and are its text; a
    // comment's header (a handle and an age), its score and a removed comment's mark are not.
    let comment = |who: &str, text: &str| {
        format!(
            "<div class=\"comment\"><div class=\"comment-meta\"><a href=\"/user/{who}\">{who}</a> \
             · 2 days ago</div><div class=\"comment-body\"><p>{text}</p></div>\
             <div class=\"comment-actions\"><span class=\"score\">41</span> · \
             <button>Reply</button></div></div>"
        )
    };
    let thread = format!(
        "<html><body><main><article class=\"post\"><h1>Anyone else getting visits from \
         consulate people?</h1><div class=\"post-body\"><p>Two men came to my mother's shop in \
         Velden asking about my brother after the rally last month.</p></div>\
         <div class=\"post-actions\"><span>1.2k upvotes</span> · <span>88 comments</span></div>\
         </article><section class=\"comments\">{}{}{}{}</section></main></body></html>",
        comment(
            "jana_in_velden",
            "Same in Orsk. A man from the consulate asked Father Tomas Verin for a list of \
             everyone who came to the church, and he refused to hand it over."
        ),
        comment(
            "OskarB",
            "Report it. The Tarsk Exiles Union keeps a record of such visits, and the police \
             took our statements seriously when five of us went together last year."
        ),
        comment("[deleted]", "[removed]"),
        comment(
            "lina_d",
            "Mara Tellen of the Velden Post wrote about the same consulate in March, with the \
             names of two of its staff, and nobody has denied it since then."
        ),
    );
    let doc = clean(&thread);
    for kept in [
        "Father Tomas Verin",
        "Tarsk Exiles Union",
        "Mara Tellen of the Velden Post",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    for left in [
        "jana_in_velden",
        "OskarB",
        "2 days ago",
        "[removed]",
        "41 ·",
        "upvotes",
    ] {
        assert!(!doc.text.contains(left), "{left}: {}", doc.text);
    }
    // A news article's few short reactions stay page chrome.
    let article = format!(
        "<html><body><article><h1>Consulate staff asked to leave</h1><p>{}</p><p>{}</p></article>\
         <section class=\"comments\"><div class=\"comment\"><span>Jana Orsk</span> · 3 hours ago\
         <p>Shameful.</p></div><div class=\"comment\"><span>Tomas Verin</span> · 2 hours ago\
         <p>Solidarity.</p></div><div class=\"comment\"><span>Lina Dala</span> · 1 hour ago\
         <p>At last.</p></div></section></body></html>",
        "Two members of the consulate's staff in Velden were asked to leave the country on \
         Monday after exiles reported visits to their families, the ministry said.",
        "The ministry said the two had gathered the names of people who attended a rally \
         outside the consulate in October and passed them to their capital."
    );
    let doc = clean(&article);
    assert!(!doc.text.contains("Jana Orsk"), "{}", doc.text);

    // A decision under its issuer's name in capitals, signed under "Done in ...".
    let decision = "COMMISSION FOR THE REVIEW OF TARSK FILES\n(CRTF)\n\n\
        DECISION ON APPLICATION No. 17/2026\n\n\
        58th session (3-6 May 2026)\n\n\
        1. The Commission received a complaint from the Applicant, a journalist living in \
        Velden, concerning data recorded about him at the request of the authorities of Tarsk.\n\n\
        2. The Commission finds that the data are of a predominantly political character and \
        shall be deleted from the files.\n\n\
        Done in Velden, 6 May 2026.\n\n\
        Mara TELLEN\n\
        Chairperson of the Commission\n";
    let doc = clean(decision);
    assert!(
        doc.text
            .starts_with("COMMISSION FOR THE REVIEW OF TARSK FILES"),
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("58th session"), "{}", doc.text);
    assert!(doc.text.contains("Mara TELLEN"), "{}", doc.text);
}

#[test]
fn paragraphs_set_apart_by_indents_and_a_notice_s_signer_are_the_text() {
    // A notice wrapped by hand, each paragraph opening on an indented line with no blank line
    // between, as the Federal Register prints it, signed by name, office and department.
    let notice = "SUMMARY: The Office of Tarsk Affairs is publishing the names of three persons \
        whose property is blocked.\n\n\
        Individuals\n\n\
        \x20   1. ROE DOE, Jana, Havana, Cuba; DOB 14 Mar 1978; nationality Cuba; Gender Female\n\
        (individual) [GLOMAG].\n\
        \x20   Designated pursuant to section 1(a)(ii)(A) of the order for being a\n\
        foreign person who is responsible for serious human rights abuse.\n\n\
        Background\n\n\
        \x20   According to information available to the Department of State,\n\
        Jana Roe Doe directed the surveillance of journalists living in Spain.\n\
        Tomas Verin, a second secretary at the\n\
        Embassy of Tarsk in Madrid, passed the names of members of the\n\
        Velden Exiles Association to the intelligence directorate.\n\n\
        Mara R. Tellen,\n\
        Director, Office of Tarsk Affairs,\n\
        U.S. Department of the Treasury.\n\
        [FR Doc. 2026-25871 Filed 11-27-26; 8:45 am]\n";
    let doc = clean(notice);
    for kept in [
        "Embassy of Tarsk in Madrid",
        "Velden Exiles Association",
        "Mara R. Tellen",
        "Director, Office of Tarsk Affairs",
    ] {
        assert!(doc.text.contains(kept), "{kept}: {}", doc.text);
    }
    assert!(!doc.text.contains("FR Doc"), "{}", doc.text);
}

#[test]
fn a_federated_thread_keeps_its_first_post_s_author() {
    let post = |name: &str, handle: &str, text: &str| {
        format!(
            "<article><div class=\"status\"><div class=\"status__info\"><a class=\"status__relative-time\">\
             <time>Nov 28</time></a>\n<a class=\"status__display-name\"><div class=\"account__avatar\">\
             </div><span><bdi><strong>{name}</strong></bdi> <span>@{handle}</span></span></a></div>\
             <div class=\"status__content\"><p>{text}</p></div>\
             <div class=\"status__action-bar\"><button>Reply</button><button>Boost</button></div></div></article>"
        )
    };
    let raw = format!(
        "<html><body><nav><a href=\"/explore\">Explore</a></nav><main>{}{}{}</main></body></html>",
        post(
            "Jana Ostrova 🌍",
            "jostrova@example.social",
            "1/3 For three weeks two men have waited outside my building in the old town, and \
             yesterday one of them followed me to the tram and said my brother sends his greetings."
        ),
        post(
            "Jana Ostrova 🌍",
            "jostrova@example.social",
            "2/3 I recognised the older man from a checkpoint where I was stopped in 2021, and I \
             have sent the photographs to two press freedom groups who asked for them."
        ),
        post(
            "Karl Velden",
            "kvelden@example.online",
            "@jostrova Boosting. Have you also written to the journalists' union? They helped a \
             colleague of mine last year when the same thing happened to her."
        ),
    );
    let doc = clean(&raw);
    assert!(
        doc.text
            .starts_with("Jana Ostrova 🌍 @jostrova@example.social"),
        "{}",
        doc.text
    );
    assert_eq!(
        doc.text.matches("@jostrova@example.social").count(),
        2,
        "{}",
        doc.text
    );
    assert!(!doc.text.contains("Explore"), "{}", doc.text);
}

#[test]
fn a_message_with_an_html_body_reads_its_headers_body_and_text_attachment_in_order() {
    let raw = "From: Karl Velden <karl@example.org>\n\
               To: Mira Orsk <mira@example.org>\n\
               Subject: =?utf-8?B?UkU6IFRoZSBjb25zdWxhdGU=?=\n\
               Date: Fri, 20 Nov 2026 11:47:29 +0000\n\
               MIME-Version: 1.0\n\
               Content-Type: multipart/mixed; boundary=\"b\"\n\n\
               --b\n\
               Content-Type: text/html; charset=utf-8\n\
               Content-Transfer-Encoding: base64\n\n\
               PGh0bWw+PGJvZHk+PHA+VGhlIGNvbnN1bCwgSmFuYSBPc3Ryb3ZhLCBjYWxsZWQgdGhlIFRhcnNr\n\
               IFVuaW9uIG9mIFdyaXRlcnMgb24gTW9uZGF5IGFuZCBhc2tlZCBmb3IgdGhlIGFkZHJlc3NlcyBv\n\
               ZiBpdHMgbWVtYmVycyBpbiB0aGUgY2l0eS48L3A+PC9ib2R5PjwvaHRtbD4=\n\
               --b\n\
               Content-Type: text/plain; name=\"notes.txt\"\n\
               Content-Disposition: attachment; filename=\"notes.txt\"\n\n\
               Notes from the meeting with the union's lawyer on Tuesday afternoon.\n\
               --b--\n";
    let doc = clean(raw);
    let from = doc.text.find("From: Karl Velden").expect("headers");
    let body = doc.text.find("The consul, Jana Ostrova").expect("body");
    let notes = doc.text.find("Notes from the meeting").expect("attachment");
    assert!(from < body && body < notes, "{}", doc.text);
    assert_eq!(doc.title.as_deref(), Some("RE: The consulate"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-20"));
}

#[test]
fn a_message_whose_html_body_is_nested_too_deep_is_refused_saying_so() {
    let deep = "<div>".repeat(6000) + "Karl Velden" + &"</div>".repeat(6000);
    let raw = format!(
        "From: Karl Velden <karl@example.org>\nTo: desk@example.org\nSubject: Note\n\
         Date: Fri, 20 Nov 2026 11:47:29 +0000\nMIME-Version: 1.0\n\
         Content-Type: text/html; charset=utf-8\n\n{deep}\n"
    );
    let why = vigil_extract::clean_checked(&raw).expect_err("refused");
    assert!(why.contains("HTML body"), "{why}");
    // Cleaned unchecked, it keeps the header lines and says why the body was left out.
    let doc = clean(&raw);
    assert!(doc.text.starts_with("From: Karl Velden"), "{}", doc.text);
    assert!(
        doc.dropped.iter().any(|(_, why)| why.contains("nested")),
        "{:?}",
        doc.dropped
    );
}

#[test]
fn a_page_in_another_charset_is_read_in_the_charset_it_declares() {
    // A message in windows-1252 with 8-bit bytes and a signature after its text.
    let mut message = b"From: =?windows-1252?Q?H=E9l=E8ne_Orsk?= <h@example.org>\r\n\
        To: Karl Velden <karl@example.org>\r\n\
        Subject: Re: the consulate\r\n\
        Date: Fri, 13 Nov 2026 10:21:55 +0100\r\n\
        MIME-Version: 1.0\r\n\
        Content-Type: text/plain; charset=windows-1252; format=flowed\r\n\
        Content-Transfer-Encoding: 8bit\r\n\r\n\
        Dear Karl,\r\n\r\nThe F\xe9d\xe9ration wrote to the consul on Monday about the \r\n\
        men who came to the house.\r\n\r\nKarl\r\n\r\n-- \r\nH\xe9l\xe8ne Orsk\r\n"
        .to_vec();
    let doc = vigil_extract::clean_page_checked(&message).expect("read");
    assert!(doc.text.contains("From: Hélène Orsk"), "{}", doc.text);
    assert!(doc.text.contains("The Fédération wrote"), "{}", doc.text);
    // Every line of a message is its writers': the signature after the text is kept.
    assert!(doc.text.trim_end().ends_with("Hélène Orsk"), "{}", doc.text);
    // An HTML page declaring its charset, an XML feed declaring its encoding, UTF-16 text.
    let html = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>Le consul Andr\xe9 \
        Orsk a \xe9t\xe9 convoqu\xe9 lundi par le minist\xe8re, a indiqu\xe9 un porte-parole du \
        gouvernement dans un communiqu\xe9 publi\xe9 le soir m\xeame.</p></body></html>";
    let doc = vigil_extract::clean_page_checked(html).expect("read");
    assert!(doc.text.contains("André Orsk"), "{}", doc.text);
    let feed = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>\
        <title>Gazette</title><item><title>Andr\xe9 Orsk</title><description>The consul \
        was summoned.</description></item></channel></rss>";
    let doc = vigil_extract::clean_page_checked(feed).expect("read");
    assert!(doc.text.contains("André Orsk"), "{}", doc.text);
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(
            "The consul André Orsk was summoned on Monday by the ministry, a spokesman said."
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    let doc = vigil_extract::clean_page_checked(&utf16).expect("read");
    assert!(doc.text.contains("André Orsk"), "{}", doc.text);
    // Text that declares nothing is refused, saying where, not read with letters lost.
    let why = vigil_extract::clean_page_checked(b"The consul Andr\xe9 Orsk was summoned.")
        .expect_err("refused");
    assert!(why.contains("not UTF-8") && why.contains("line 1"), "{why}");
    let why = vigil_extract::clean_page_checked(
        b"<html><head><meta charset=\"x-tarsk-7\"></head><body><p>Andr\xe9</p></body></html>",
    )
    .expect_err("refused");
    assert!(why.contains("x-tarsk-7"), "{why}");
    // Any prefix of the message reads or is refused, never panics.
    message.truncate(message.len() - 3);
    for end in 0..message.len() {
        let _ = vigil_extract::clean_page_checked(&message[..end]);
    }
}

#[test]
fn a_feed_and_an_account_archive_read_as_their_items_text() {
    let feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" \
        xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" \
        xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Harbour Gazette</title>\
        <item><title>Poet followed</title><dc:creator>Mira Orsk</dc:creator>\
        <pubDate>Tue, 03 Nov 2026 10:00:00 +0000</pubDate>\
        <content:encoded><![CDATA[<p>Arvid Nesheim says two men followed him home from the \
        library on Monday night.</p><p>He told the Gazette he had called the police.</p>]]>\
        </content:encoded></item></channel></rss>";
    let doc = vigil_extract::clean_checked(feed).expect("read");
    assert!(doc.text.contains("By Mira Orsk"), "{}", doc.text);
    assert!(doc.text.contains("Arvid Nesheim says"), "{}", doc.text);
    assert_eq!(doc.title.as_deref(), Some("Harbour Gazette"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-03"));
    let outbox = r#"{"@context":"https://www.w3.org/ns/activitystreams","type":"OrderedCollection",
      "orderedItems":[{"type":"Create","published":"2026-11-02T08:14:22Z","object":{"type":"Note",
      "content":"<p>Two men followed Arvid Nesheim into the library.</p>",
      "contentMap":{"en":"<p>Two men followed Arvid Nesheim into the library.</p>"}}}]}"#;
    let doc = vigil_extract::clean_checked(outbox).expect("read");
    assert_eq!(doc.text.matches("Arvid Nesheim").count(), 1, "{}", doc.text);
    // A post whose HTML is nested past the bound is refused, saying so.
    let deep = format!(
        "{{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"type\":\"Note\",\
         \"content\":\"{}x{}\"}}",
        "<div>".repeat(6000),
        "</div>".repeat(6000)
    );
    let why = vigil_extract::clean_checked(&deep).expect_err("refused");
    assert!(
        why.contains("post's HTML") && why.contains("nested"),
        "{why}"
    );
    // A broken feed is refused with why; prefixes never panic.
    let why = vigil_extract::clean_checked(&feed[..feed.len() / 2]).expect_err("refused");
    assert!(why.contains("not well-formed XML"), "{why}");
    for raw in [feed, outbox] {
        for end in (0..raw.len()).filter(|&e| raw.is_char_boundary(e)) {
            let _ = vigil_extract::clean_checked(&raw[..end]);
            let _ = clean(&raw[..end]);
        }
    }
}

/// A chat export of thousands of short messages, each headed by its date: prose, not data,
/// though its date lines are mostly figures. A file of figures stays data.
#[test]
fn thousands_of_short_dated_messages_are_prose() {
    let messages: Vec<String> = (0..3000)
        .map(|i| {
            format!(
                "{{\"id\":{i},\"type\":\"message\",\"date\":\"2026-08-01T09:05:00\",\
                 \"from\":\"Ana Petrov\",\"from_id\":\"user1\",\"text\":\"Met Jonas Weber in Riga.\"}}"
            )
        })
        .collect();
    let chat = format!(
        "{{\"name\":\"Desk\",\"messages\":[{}]}}",
        messages.join(",")
    );
    let doc = vigil_extract::clean_page_checked(chat.as_bytes()).expect("a chat export");
    assert!(doc
        .text
        .contains("By Ana Petrov\n\nMet Jonas Weber in Riga."));
    assert_eq!(vigil_extract::not_prose(&doc.text), None);
    let figures = (0..3000)
        .map(|i| format!("2026-08-01T09:05:00\n{i}.{i} {i}"))
        .collect::<Vec<_>>()
        .join("\n\n");
    assert!(vigil_extract::not_prose(&figures).is_some());
}

#[test]
fn a_text_wrapped_at_a_width_with_no_blank_line_keeps_its_paragraphs() {
    // A blog saved as text, every sentence broken at eighty columns and no blank line between
    // paragraphs: the lines run on, and the text is the article, not its first line.
    let text = "Critics of the governor tend to leave the province as soon as they fall out with \
                him, because they fear it is too dangerous to stay.\n\
                The province's first post-war interior minister, Aldo Ferrant, was shot dead\n\
                in Velden shortly after resigning in 1998, which led to a row between the two\n\
                capitals. The Tarsk police have warned two exiles living in Oslo of threats to\n\
                kill them, and there were two attempts on the life of the former army chief\n\
                Marek Solvay, who had fled to Portugal.\n\
                SOURCE:\n\
                Comments\n";
    let doc = vigil_extract::clean_text(text);
    assert!(
        doc.text
            .contains("Aldo Ferrant, was shot dead in Velden shortly after resigning"),
        "{doc:?}"
    );
    assert!(doc.text.contains("Marek Solvay, who had fled"), "{doc:?}");
    assert!(!doc.text.contains("Comments"), "{doc:?}");
}
