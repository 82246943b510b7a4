//! Subtitle files (SubRip `.srt`, WebVTT `.vtt`) as text: a documentary's or a broadcast's
//! words, with the cue numbers, timecodes and styling left out and each cue's lines joined into
//! the speaker's sentences, so the cleaner and the readers see prose, not one line per cue.

/// A cue's timing line ("00:01:02,500 --> 00:01:05,000", WebVTT with a full stop and maybe
/// settings after it).
fn timing_line(line: &str) -> bool {
    let Some((from, to)) = line.split_once("-->") else {
        return false;
    };
    let stamp = |s: &str| {
        let s = s.split_whitespace().next().unwrap_or("");
        let parts: Vec<&str> = s.split([':', ',', '.']).collect();
        (3..=4).contains(&parts.len())
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    stamp(from.trim()) && stamp(to.trim())
}

/// Whether the text is a subtitle file: three timed cues or more, their timing lines a fair
/// share of its lines.
pub fn looks_like_subtitles(raw: &str) -> bool {
    let lines = raw.lines().filter(|l| !l.trim().is_empty()).count();
    let timed = raw.lines().filter(|l| timing_line(l.trim())).count();
    timed >= 3 && timed * 6 >= lines
}

/// A line that opens a turn of its own: a speaker's or a caption's label in capitals ("JANE
/// ROE:", "ON SCREEN:"), a label ("Research: ..."), a sound or scene in brackets, a dialogue
/// dash, a credit ("Directed by ...", "© 2026 ...").
fn opens_a_turn(line: &str) -> bool {
    if line.starts_with(['[', '(', '-', '–', '♪', '©']) {
        return true;
    }
    // The credits at the end, a line each ("Directed by Jane Roe", "Written and produced by
    // ...").
    let lower = line.to_lowercase();
    if lower.split_once(" by ").is_some_and(|(what, _)| {
        what.split_whitespace()
            .all(|w| matches!(w, "and" | "written" | "shot") || w.ends_with("ed"))
    }) {
        return true;
    }
    line.split_once(':').is_some_and(|(label, _)| {
        let words: Vec<&str> = label.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['.', ',']))
            && !label.chars().any(|c| c.is_ascii_digit())
    })
}

/// Styling a player reads and a reader must not: `<i>`, `</i>`, `{\an8}`; a WebVTT voice tag
/// gives its speaker (`<v Jane Roe>` becomes "Jane Roe: ").
fn without_styling(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find(['<', '{']) {
        out.push_str(&rest[..i]);
        let close = if rest[i..].starts_with('<') { '>' } else { '}' };
        let Some(j) = rest[i..].find(close) else {
            out.push_str(&rest[i..]);
            return out;
        };
        let tag = &rest[i + 1..i + j];
        if let Some(voice) = tag.strip_prefix("v ") {
            out.push_str(voice.trim());
            out.push_str(": ");
        }
        rest = &rest[i + j + 1..];
    }
    out.push_str(rest);
    out
}

/// The subtitles' words as paragraphs: one per speaker's turn, caption or label, a cue's lines
/// and the next cue's joined where the sentence runs on.
pub fn subtitles_to_text(raw: &str) -> String {
    let lines: Vec<&str> = raw.lines().map(str::trim).collect();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut in_header = false;
    for (i, line) in lines.iter().enumerate() {
        let next_is_timing = lines.get(i + 1).is_some_and(|l| timing_line(l));
        if i == 0 && line.trim_start_matches('\u{feff}').starts_with("WEBVTT") {
            in_header = true;
            continue;
        }
        if line.is_empty() {
            in_header = false;
            continue;
        }
        // The header's and notes' lines, a cue's number or identifier, its timing.
        if in_header || line.starts_with("NOTE") || next_is_timing || timing_line(line) {
            in_header |= line.starts_with("NOTE") || line.starts_with("STYLE");
            continue;
        }
        let text = without_styling(line);
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        match paragraphs.last_mut() {
            Some(last) if !opens_a_turn(text) => {
                last.push(' ');
                last.push_str(text);
            }
            _ => paragraphs.push(text.to_string()),
        }
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRT: &str = "1\n00:00:01,000 --> 00:00:03,000\n[VELDEN, MAY 2026]\n\n\
        2\n00:00:03,500 --> 00:00:06,000\nNARRATOR: On that morning, <i>Jane</i>\nRoe arrived \
        at the airport.\n\n3\n00:00:06,500 --> 00:00:09,000\nShe never left it.\n\n\
        4\n00:00:09,500 --> 00:00:12,000\nJOHN ROE: My sister was taken.\n- Where?\n\n";

    #[test]
    fn subtitles_are_read_as_turns_without_numbers_or_timecodes() {
        assert!(looks_like_subtitles(SRT));
        let text = subtitles_to_text(SRT);
        assert_eq!(
            text,
            "[VELDEN, MAY 2026]\n\nNARRATOR: On that morning, Jane Roe arrived at the \
             airport. She never left it.\n\nJOHN ROE: My sister was taken.\n\n- Where?"
        );
    }

    #[test]
    fn webvtt_voices_name_their_speakers() {
        let vtt = "WEBVTT\n\n00:01.000 --> 00:03.000\n<v Jane Roe>We left at night.\n\n\
                   00:03.500 --> 00:05.000 align:start\n<v John Roe>By the river.\n\n\
                   00:05.500 --> 00:07.000\nThey followed us.\n";
        assert!(looks_like_subtitles(vtt));
        assert_eq!(
            subtitles_to_text(vtt),
            "Jane Roe: We left at night.\n\nJohn Roe: By the river. They followed us."
        );
    }

    #[test]
    fn prose_with_a_time_range_is_no_subtitle_file() {
        let t = "The hearing ran 10:00 --> 12:00 on Monday.\n\nIt resumed on Tuesday.";
        assert!(!looks_like_subtitles(t));
    }
}
