//! Byte-level helpers for the flat scans that check XML and HTML before a parser builds a tree.

/// The index of the `>` that ends the tag whose attributes start at `from`, skipping quoted
/// attribute values (`title="a > b"`); `bytes.len()` when the tag never ends.
pub fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (j, &c) in bytes.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return j,
            _ => {}
        }
    }
    bytes.len()
}

/// The index just past the first `pat` at or after `from` (ASCII letters in any case), or
/// `bytes.len()` when there is none: the end of a comment, a CDATA section, a raw-text element.
pub fn after(bytes: &[u8], from: usize, pat: &[u8]) -> usize {
    bytes[from.min(bytes.len())..]
        .windows(pat.len())
        .position(|w| w.eq_ignore_ascii_case(pat))
        .map_or(bytes.len(), |p| from + p + pat.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoted_angle_brackets_do_not_end_a_tag() {
        let t = br#"<a title="x > y" b='>'>rest"#;
        assert_eq!(super::tag_end(t, 2), 22);
        assert_eq!(super::tag_end(b"<a", 2), 2);
        assert_eq!(super::after(b"<!-- x --><b>", 4, b"-->"), 10);
        assert_eq!(super::after(b"<script>x</SCRIPT>", 8, b"</script"), 17);
        assert_eq!(super::after(b"<!-- never", 4, b"-->"), 10);
    }
}
