//! Markdown pages (a wiki's explainer, notes pasted from a research desk): told from plain text
//! by their marks, rendered to HTML by `pulldown-cmark` and cleaned as HTML, so a table's cells,
//! a list's items and a heading are blocks of their own and the marks (`**`, `|`, `](url)`)
//! never reach the text a reader reads. Read as plain text, their marks made such a page look
//! like code, and it was refused.

use pulldown_cmark::{html, Options, Parser};

/// Whether a page that is not HTML is written in Markdown: at least two kinds of its marks
/// (headings, a table's rule row, bold text, links), or one table rule row (no prose has one).
/// One kind alone is not enough: a thread's "**" or a line opening with "# " happens in text.
pub fn looks_like_markdown(raw: &str) -> bool {
    let (mut heading, mut table_rule, mut bold, mut link) = (false, false, false, false);
    for line in raw.lines().take(2000) {
        let line = line.trim();
        heading |= is_heading(line);
        table_rule |= is_table_rule(line);
        bold |= has_bold(line);
        link |= has_inline_link(line);
    }
    table_rule || [heading, bold, link].iter().filter(|&&b| b).count() >= 2
}

/// "## Why it matters": one to six '#', a space, words.
fn is_heading(line: &str) -> bool {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    (1..=6).contains(&hashes)
        && line[hashes..].starts_with(' ')
        && line[hashes..].chars().any(char::is_alphabetic)
}

/// "|------|:---:|": the row under a table's header, of dashes, colons and pipes only, with at
/// least one pipe and three dashes.
fn is_table_rule(line: &str) -> bool {
    line.contains('|')
        && line.matches('-').count() >= 3
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// "**Name**": two asterisks, words, two asterisks, on one line.
fn has_bold(line: &str) -> bool {
    // Between an opening and a closing pair: the odd pieces that have a piece after them.
    let pieces: Vec<&str> = line.split("**").collect();
    (1..pieces.len().saturating_sub(1))
        .step_by(2)
        .map(|i| pieces[i])
        .any(|inner| !inner.is_empty() && !inner.starts_with(' ') && !inner.ends_with(' '))
}

/// "[text](target)": a bracketed text followed at once by a parenthesised target with no space.
fn has_inline_link(line: &str) -> bool {
    line.match_indices("](").any(|(at, _)| {
        line[..at].contains('[')
            && line[at + 2..]
                .split(')')
                .next()
                .is_some_and(|target| !target.is_empty() && !target.contains(' '))
            && line[at + 2..].contains(')')
    })
}

/// The page rendered to HTML, tables included. Raw HTML written in the Markdown is passed
/// through, as renderers do; the HTML cleaner that reads the result bounds its depth.
pub fn markdown_to_html(raw: &str) -> String {
    let parser = Parser::new_ext(raw, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    let mut out = String::with_capacity(raw.len() + raw.len() / 4);
    out.push_str("<html><body>");
    html::push_html(&mut out, parser);
    out.push_str("</body></html>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_told_by_two_kinds_of_marks_or_a_table_rule() {
        assert!(looks_like_markdown(
            "# Who is who\n\n**Jan Novak** is a [journalist](https://x.example/a)."
        ));
        assert!(looks_like_markdown("| Name | Role |\n|---|---|\n| A | B |"));
        // One kind of mark alone is text: a thread with bold, a hashtag, a link in prose.
        assert!(!looks_like_markdown(
            "The minister said **nothing** about it.\n\n#FreeThem trended all day."
        ));
        assert!(!looks_like_markdown(
            "See [1] and (page 4). The court - in a short ruling - agreed."
        ));
    }

    #[test]
    fn a_hostile_page_nested_past_the_html_limit_is_refused_with_a_reason() {
        let page = format!("# T\n\n**x** [a](b)\n\n{} deep\n", ">".repeat(50_000));
        let why = crate::clean_checked(&page).expect_err("refused");
        assert!(why.contains("nested"), "{why}");
    }

    #[test]
    fn marks_do_not_reach_the_rendered_text() {
        let page = "# Heading\n\n**Jan Novak** met [Petra Svoboda](https://x.example/p).\n";
        let html = markdown_to_html(page);
        assert!(html.contains("<strong>Jan Novak</strong>"));
        assert!(html.contains(">Petra Svoboda</a>"));
        assert!(!html.contains("**"));
    }
}
