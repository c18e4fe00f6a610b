//! The output layer: every line the tool prints about the script, in text or JSON.
//!
//! In: already formatted printf and join text, probe and lost-event counts, and the
//! contents of each user map at exit ([`PrintedMap`]). Out: bytes on the output stream
//! (stdout, or the `-o` file) and, in text mode, the status lines on stderr.
//!
//! The text formats are bpftrace v0.26's (`src/output/text.cpp`):
//! - `Attached N probes` / `Attached 1 probe` and `Lost N events` go to stderr;
//! - at the end of the run, two newlines go to the output stream (`TextOutput::end`);
//! - a scalar map prints `@name: value`, a keyed map one `@name[key]: value` line per entry,
//!   with no blank line after either (`tests/bpftrace.cpp`, `print_basic_map`); a map
//!   without entries prints nothing.
//!
//! The JSON formats are bpftrace v0.26's (`src/output/json.cpp`): one object per line,
//! `{"type": T, "data": D}`, with `attached_probes` and `lost_events` on the output stream
//! as `{"type": "attached_probes", "count": N, "data": {"probes": N}}`, and no end marker.
//! Map keys are always JSON strings; an integer that a double cannot hold exactly is
//! written as a string.

use crate::value::Value;
use std::io::Write;

/// The `-f` option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
}

/// A user map's contents at exit, already sorted for printing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedMap {
    /// The script's spelling: `@name` or `@`.
    pub name: String,
    pub contents: MapContents,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapContents {
    Scalar(Value),
    Keyed(Vec<(Value, Value)>),
}

pub struct Output {
    format: OutputFormat,
    out: Box<dyn Write>,
}

impl Output {
    pub fn new(format: OutputFormat, out: Box<dyn Write>) -> Output {
        Output { format, out }
    }

    /// The result of one `printf`.
    pub fn printf(&mut self, text: &[u8]) {
        match self.format {
            OutputFormat::Text => self.write(text),
            OutputFormat::Json => self.json_data("printf", text),
        }
    }

    /// The result of one `join`.
    pub fn join(&mut self, text: &[u8]) {
        match self.format {
            OutputFormat::Text => {
                self.write(text);
                self.write(b"\n");
            }
            OutputFormat::Json => self.json_data("join", text),
        }
    }

    pub fn attached_probes(&mut self, count: usize) {
        match self.format {
            OutputFormat::Text => {
                let plural = if count == 1 { "" } else { "s" };
                eprintln!("Attached {count} probe{plural}");
            }
            OutputFormat::Json => {
                let line = format!(
                    "{{\"type\": \"attached_probes\", \"count\": {count}, \"data\": {{\"probes\": {count}}}}}\n"
                );
                self.write(line.as_bytes());
            }
        }
    }

    pub fn lost_events(&mut self, count: u64) {
        match self.format {
            OutputFormat::Text => eprintln!("Lost {count} events"),
            OutputFormat::Json => {
                let line = format!(
                    "{{\"type\": \"lost_events\", \"count\": {count}, \"data\": {{\"events\": {count}}}}}\n"
                );
                self.write(line.as_bytes());
            }
        }
    }

    /// The end of the event loop, just before the maps are printed.
    pub fn end(&mut self) {
        if self.format == OutputFormat::Text {
            self.write(b"\n\n");
        }
    }

    pub fn map(&mut self, map: &PrintedMap) {
        match self.format {
            OutputFormat::Text => self.text_map(map),
            OutputFormat::Json => self.json_map(map),
        }
    }

    pub fn flush(&mut self) {
        // A closed pipe is not worth a second error message; the next write reports it.
        let _ = self.out.flush();
    }

    fn text_map(&mut self, map: &PrintedMap) {
        let mut text = Vec::new();
        match &map.contents {
            MapContents::Scalar(value) => {
                text.extend_from_slice(map.name.as_bytes());
                text.extend_from_slice(b": ");
                text.extend_from_slice(&value.to_text());
                text.push(b'\n');
            }
            MapContents::Keyed(entries) => {
                for (key, value) in entries {
                    text.extend_from_slice(map.name.as_bytes());
                    text.push(b'[');
                    text.extend_from_slice(&key.to_text());
                    text.extend_from_slice(b"]: ");
                    text.extend_from_slice(&value.to_text());
                    text.push(b'\n');
                }
            }
        }
        self.write(&text);
    }

    fn json_map(&mut self, map: &PrintedMap) {
        let mut line = b"{\"type\": \"map\", \"data\": {".to_vec();
        json_string(&mut line, map.name.as_bytes());
        line.extend_from_slice(b": ");
        match &map.contents {
            MapContents::Scalar(value) => json_value(&mut line, value),
            MapContents::Keyed(entries) => {
                if entries.is_empty() {
                    return;
                }
                line.push(b'{');
                for (index, (key, value)) in entries.iter().enumerate() {
                    if index > 0 {
                        line.extend_from_slice(b", ");
                    }
                    json_string(&mut line, &key.to_text());
                    line.extend_from_slice(b": ");
                    json_value(&mut line, value);
                }
                line.push(b'}');
            }
        }
        line.extend_from_slice(b"}}\n");
        self.write(&line);
    }

    fn json_data(&mut self, kind: &str, text: &[u8]) {
        let mut line = format!("{{\"type\": \"{kind}\", \"data\": ").into_bytes();
        json_string(&mut line, text);
        line.extend_from_slice(b"}\n");
        self.write(&line);
    }

    fn write(&mut self, bytes: &[u8]) {
        if let Err(error) = self.out.write_all(bytes) {
            if error.kind() == std::io::ErrorKind::BrokenPipe {
                // The reader went away, as with `tool | head`: stop quietly, like a filter.
                std::process::exit(0);
            }
            eprintln!("ERROR: cannot write the output: {error}");
            std::process::exit(1);
        }
    }
}

/// Appends `text` as a JSON string, escaped as bpftrace escapes it: `"`, `\`, `\n`, `\r`,
/// `\t` by name, other control characters as `\u00XX`, everything else unchanged.
pub fn json_string(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'"');
    for &byte in text {
        match byte {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f => out.extend_from_slice(format!("\\u{byte:04x}").as_bytes()),
            _ => out.push(byte),
        }
    }
    out.push(b'"');
}

/// Appends a value as JSON: a number when a double holds it exactly, else a string.
fn json_value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Signed(number) => {
            let exact = (*number as f64) as i128 == i128::from(*number);
            json_number(out, number.to_string(), exact);
        }
        Value::Unsigned(number) => {
            let exact = (*number as f64) as u128 == u128::from(*number);
            json_number(out, number.to_string(), exact);
        }
        Value::String(text) => json_string(out, text),
    }
}

fn json_number(out: &mut Vec<u8>, digits: String, exact: bool) {
    if exact {
        out.extend_from_slice(digits.as_bytes());
    } else {
        json_string(out, digits.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// A writer whose bytes the test can read after the output is done with it.
    #[derive(Clone, Default)]
    struct Captured(Rc<RefCell<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn run(format: OutputFormat, steps: impl FnOnce(&mut Output)) -> String {
        let captured = Captured::default();
        let mut output = Output::new(format, Box::new(captured.clone()));
        steps(&mut output);
        output.flush();
        String::from_utf8(captured.0.borrow().clone()).unwrap()
    }

    fn maps() -> Vec<PrintedMap> {
        vec![
            PrintedMap {
                name: "@".into(),
                contents: MapContents::Keyed(vec![
                    (Value::String(b"bash".to_vec()), Value::Unsigned(2)),
                    (Value::String(b"sshd".to_vec()), Value::Unsigned(7)),
                ]),
            },
            PrintedMap {
                name: "@empty".into(),
                contents: MapContents::Keyed(vec![]),
            },
            PrintedMap {
                name: "@x".into(),
                contents: MapContents::Scalar(Value::Signed(-5)),
            },
        ]
    }

    #[test]
    fn text_maps_follow_bpftrace() {
        let text = run(OutputFormat::Text, |output| {
            output.printf(b"hello\n");
            output.join(b"a b");
            output.end();
            for map in maps() {
                output.map(&map);
            }
        });
        assert_eq!(text, "hello\na b\n\n\n@[bash]: 2\n@[sshd]: 7\n@x: -5\n");
    }

    #[test]
    fn json_lines_follow_bpftrace() {
        let text = run(OutputFormat::Json, |output| {
            output.attached_probes(3);
            output.printf(b"tab\there \"q\" \x01\n");
            output.lost_events(4);
            output.end();
            for map in maps() {
                output.map(&map);
            }
            output.map(&PrintedMap {
                name: "@big".into(),
                contents: MapContents::Scalar(Value::Unsigned(u64::MAX)),
            });
        });
        let expected = [
            r#"{"type": "attached_probes", "count": 3, "data": {"probes": 3}}"#,
            r#"{"type": "printf", "data": "tab\there \"q\" \u0001\n"}"#,
            r#"{"type": "lost_events", "count": 4, "data": {"events": 4}}"#,
            r#"{"type": "map", "data": {"@": {"bash": 2, "sshd": 7}}}"#,
            r#"{"type": "map", "data": {"@x": -5}}"#,
            r#"{"type": "map", "data": {"@big": "18446744073709551615"}}"#,
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }
}
