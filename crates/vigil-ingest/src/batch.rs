//! The rows of a CSV of names to screen (`vigil screen --batch`), with their line numbers.
//!
//! A field never holds a line break here (names, dates and countries do not): a quote left
//! open would otherwise swallow every later line into one field, and the names there would
//! never be screened. Such a row is an error of its own line, and reading goes on at the next
//! line. Each line is read as the `csv` crate reads a record (RFC 4180 quoting, ragged rows
//! allowed).

use std::io::BufRead;

/// A batch row: its line, and its fields or why it could not be read.
pub type BatchRow = (u64, Result<csv::StringRecord, String>);

/// Reads one physical line at a time and parses it as one CSV record, so line numbers are
/// exact (blank lines included) and no quote can reach past its line; works on any input,
/// a pipe included, since nothing is read twice.
pub struct BatchRows<R: BufRead> {
    input: R,
    line: Vec<u8>,
    /// Lines read so far.
    lines: u64,
    /// Bytes read so far.
    bytes: u64,
}

impl<R: BufRead> BatchRows<R> {
    pub fn new(input: R) -> BatchRows<R> {
        BatchRows {
            input,
            line: Vec::new(),
            lines: 0,
            bytes: 0,
        }
    }

    /// The header row (the first line); a column name with a quote left open is an error.
    pub fn headers(&mut self) -> Result<csv::StringRecord, String> {
        match self.next_line() {
            Some((_, Ok(h))) => Ok(h),
            Some((_, Err(e))) => Err(format!("line 1: {e}")),
            None => Err("the file is empty: no header line".into()),
        }
    }

    /// How far into the input reading has got, for a progress bar.
    pub fn byte(&self) -> u64 {
        self.bytes
    }

    /// The next line that is not blank, parsed; `None` at the end.
    fn next_line(&mut self) -> Option<BatchRow> {
        loop {
            self.line.clear();
            match self.input.read_until(b'\n', &mut self.line) {
                Ok(0) => return None,
                Ok(n) => {
                    self.lines += 1;
                    self.bytes += n as u64;
                }
                Err(e) => {
                    self.lines += 1;
                    return Some((self.lines, Err(format!("cannot read: {e}"))));
                }
            }
            if self.line.iter().all(|b| matches!(b, b'\n' | b'\r')) {
                continue;
            }
            return Some((self.lines, parse_line(&self.line)));
        }
    }

    /// The next row, or `None` at the end.
    pub fn next_row(&mut self) -> Option<BatchRow> {
        self.next_line()
    }
}

/// One physical line as one CSV record.
fn parse_line(line: &[u8]) -> Result<csv::StringRecord, String> {
    // Most lines quote nothing: their fields are what lies between commas.
    if !line.contains(&b'"') {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        if !body.contains(&b'\r') {
            let text = std::str::from_utf8(body).map_err(|e| {
                format!("unreadable row: invalid UTF-8 at byte {}", e.valid_up_to())
            })?;
            return Ok(text.split(',').collect());
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .buffer_capacity(line.len() + 2)
        .from_reader(line);
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => {}
        Ok(false) => return Ok(csv::StringRecord::new()),
        Err(e) => {
            // The csv crate counts its own lines from 1: this line is the only one.
            let e = e.to_string();
            return Err(format!("unreadable row: {}", e.replace(" line 1", "")));
        }
    }
    // A quote left open runs to the end of the line and takes its line break in.
    if record.iter().any(|f| f.contains(['\n', '\r'])) {
        return Err("a quoted field is not closed on its line (a stray \")".into());
    }
    let mut more = csv::StringRecord::new();
    if reader
        .read_record(&mut more)
        .is_ok_and(|got| got && more.iter().any(|f| !f.is_empty()))
    {
        return Err("a carriage return in the middle of the line splits it in two".into());
    }
    Ok(record)
}

impl<R: BufRead> Iterator for BatchRows<R> {
    type Item = BatchRow;
    fn next(&mut self) -> Option<BatchRow> {
        self.next_row()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(u64, Result<Vec<String>, String>)> {
        let mut r = BatchRows::new(text.as_bytes());
        r.headers().expect("headers");
        r.map(|(l, x)| (l, x.map(|rec| rec.iter().map(str::to_string).collect())))
            .collect()
    }

    #[test]
    fn a_stray_quote_costs_its_own_line_only() {
        let got = rows("name,country\nA,ir\n\"B,us\nC,\n\nD,\n\"E, open\n");
        let lines: Vec<u64> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, [2, 3, 4, 6, 7], "blank lines counted");
        assert!(got[1].1.as_ref().is_err_and(|e| e.contains("not closed")));
        assert_eq!(got[2].1.as_ref().expect("C"), &["C", ""]);
        assert!(got[4].1.is_err());
        // Quoted fields that close on their line, doubled quotes and ragged rows are fine.
        let got = rows("name,x\r\n\"Doe, \"\"J\"\"\",1\r\nshort\r\n\r\nlast");
        assert_eq!(got[0].1.as_ref().expect("row"), &["Doe, \"J\"", "1"]);
        assert_eq!(got[1].1.as_ref().expect("row"), &["short"]);
        assert_eq!(
            got[2],
            (5, Ok(vec!["last".to_string()])),
            "a last line without its line end"
        );
    }
}
