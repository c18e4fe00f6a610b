//! The output layer: every line the tool prints about the script, in text or JSON.
//!
//! In: already formatted printf, join and time text, values of `print(value)`, probe and
//! lost-event counts, and map contents ([`PrintedMap`]). Out: bytes on the output stream
//! (stdout, or the `-o` file) and, in text mode, the status lines on stderr.
//!
//! The text formats are bpftrace v0.26's (`src/output/text.cpp`):
//! - `Attached N probes` / `Attached 1 probe` and `Lost N events` go to stderr;
//! - at the end of the run, two newlines go to the output stream (`TextOutput::end`);
//! - a scalar map prints `@name: value`, a keyed map one `@name[key]: value` line per entry
//!   (a tuple key without its outer parentheses), with no blank line after either; a map
//!   without entries prints nothing;
//! - a histogram prints `@name:` (or `@name[key]:` per key), its rows, then a blank line;
//! - `print(value)` prints the value and a newline; `time()` and `printf` print their text
//!   as is; `join` adds a newline.
//!
//! The JSON formats are bpftrace v0.26's (`src/output/json.cpp`): one object per line,
//! `{"type": T, "data": D}`, with `attached_probes` and `lost_events` on the output stream
//! as `{"type": "attached_probes", "count": N, "data": {"probes": N}}`, and no end marker.
//! A map is `{"type": "map", "data": {"@name": V}}`, with type `stats` for avg and stats
//! maps and `hist` for histograms; a keyed map's V is an object whose keys are the key's
//! text without outer parentheses and without spaces. A keyed map without entries prints
//! nothing, except an avg or stats map, which prints `{"@name": {}}` (bpftrace checks for an
//! empty map before unwrapping the stats). `print(value)` is type `value`.

use crate::maps::{MapContents, PrintedMap};
use crate::value::{Value, json_stream_integer, json_string};
use btc_payload::{Severity, SourceLocation};
use std::io::Write;

/// The `-f` option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Json,
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

    /// The result of one `time()`.
    pub fn time(&mut self, text: &[u8]) {
        match self.format {
            OutputFormat::Text => self.write(text),
            OutputFormat::Json => self.json_data("time", text),
        }
    }

    /// `print(value)`.
    pub fn value(&mut self, value: &Value) {
        match self.format {
            OutputFormat::Text => {
                let mut text = value.to_text();
                text.push(b'\n');
                self.write(&text);
            }
            OutputFormat::Json => {
                let mut line = b"{\"type\": \"value\", \"data\": ".to_vec();
                value.write_json(&mut line);
                line.extend_from_slice(b"}\n");
                self.write(&line);
            }
        }
    }

    /// The contents of a file read by `cat()`, as they are.
    pub fn cat(&mut self, contents: &[u8]) {
        match self.format {
            OutputFormat::Text => self.write(contents),
            OutputFormat::Json => self.json_data("cat", contents),
        }
    }

    /// What a `system()` command printed; text mode adds a newline after it, as
    /// bpftrace's `TextOutput::syscall` does.
    pub fn system(&mut self, printed: &[u8]) {
        match self.format {
            OutputFormat::Text => {
                self.write(printed);
                self.write(b"\n");
            }
            OutputFormat::Json => self.json_data("syscall", printed),
        }
    }

    /// An `errorf()` or `warnf()` message. Text: `FILE:LINE:COL-END: ERROR: message` on
    /// stderr, without one trailing newline of the message (bpftrace's `LOG`); a call that
    /// spans lines is located as `FILE:LINE-END_LINE`. JSON: an `errorf` or `warnf` object
    /// on the output with the file, line and first column.
    pub fn diagnostic(
        &mut self,
        severity: Severity,
        file: &str,
        location: &SourceLocation,
        message: &[u8],
    ) {
        match self.format {
            OutputFormat::Text => {
                let mut line = format!("{file}:").into_bytes();
                if location.line == location.end_line {
                    line.extend_from_slice(
                        format!(
                            "{}:{}-{}",
                            location.line, location.column, location.end_column
                        )
                        .as_bytes(),
                    );
                } else {
                    line.extend_from_slice(
                        format!("{}-{}", location.line, location.end_line).as_bytes(),
                    );
                }
                line.extend_from_slice(match severity {
                    Severity::Error => b": ERROR: ",
                    Severity::Warning => b": WARNING: ",
                });
                line.extend_from_slice(message.strip_suffix(b"\n").unwrap_or(message));
                line.push(b'\n');
                // The events before it are on the output already, as in bpftrace, whose
                // output stream is flushed at each line.
                self.flush();
                let _ = std::io::stderr().write_all(&line);
            }
            OutputFormat::Json => {
                let kind = match severity {
                    Severity::Error => "errorf",
                    Severity::Warning => "warnf",
                };
                let mut line = format!("{{\"type\": \"{kind}\", \"msg\": ").into_bytes();
                json_string(&mut line, message);
                line.extend_from_slice(b", \"filename\": ");
                json_string(&mut line, file.as_bytes());
                line.extend_from_slice(
                    format!(
                        ", \"line\": {}, \"col\": {}}}\n",
                        location.line, location.column
                    )
                    .as_bytes(),
                );
                self.write(&line);
            }
        }
    }

    pub fn attached_probes(&mut self, count: usize) {
        match self.format {
            OutputFormat::Text => {
                let plural = if count == 1 { "" } else { "s" };
                eprintln!("Attached {count} probe{plural}");
            }
            OutputFormat::Json => {
                let count = json_stream_integer(count as u64);
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
                let count = json_stream_integer(count);
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
        let name = map.name.as_bytes();
        let mut text = Vec::new();
        match &map.contents {
            MapContents::Scalar(value) => {
                text.extend_from_slice(name);
                text.extend_from_slice(b": ");
                text.extend_from_slice(&value.to_text());
                text.push(b'\n');
            }
            MapContents::Keyed(entries) => {
                for (key, value) in entries {
                    text.extend_from_slice(name);
                    text.push(b'[');
                    text.extend_from_slice(&key.to_key_text());
                    text.extend_from_slice(b"]: ");
                    text.extend_from_slice(&value.to_text());
                    text.push(b'\n');
                }
            }
            MapContents::Histogram(histogram) => {
                text.extend_from_slice(name);
                text.extend_from_slice(b":\n");
                text.extend_from_slice(&histogram.text());
                text.push(b'\n');
            }
            MapContents::KeyedHistograms(histograms) => {
                for (key, histogram) in histograms {
                    text.extend_from_slice(name);
                    text.push(b'[');
                    text.extend_from_slice(&key.to_key_text());
                    text.extend_from_slice(b"]:\n");
                    text.extend_from_slice(&histogram.text());
                    text.push(b'\n');
                }
            }
        }
        self.write(&text);
    }

    fn json_map(&mut self, map: &PrintedMap) {
        let kind = match &map.contents {
            _ if map.stats => "stats",
            MapContents::Histogram(_) => "hist",
            MapContents::KeyedHistograms(entries) if !entries.is_empty() => "hist",
            _ => "map",
        };
        let empty = match &map.contents {
            MapContents::Keyed(entries) => entries.is_empty(),
            MapContents::KeyedHistograms(entries) => entries.is_empty(),
            MapContents::Scalar(_) | MapContents::Histogram(_) => false,
        };
        if empty && !map.stats {
            return;
        }
        let mut line = format!("{{\"type\": \"{kind}\", \"data\": {{").into_bytes();
        json_string(&mut line, map.name.as_bytes());
        line.extend_from_slice(b": ");
        match &map.contents {
            MapContents::Scalar(value) => value.write_json(&mut line),
            MapContents::Histogram(histogram) => histogram.write_json(&mut line),
            MapContents::Keyed(entries) => {
                json_object(&mut line, entries, |out, value| value.write_json(out));
            }
            MapContents::KeyedHistograms(entries) => {
                json_object(&mut line, entries, |out, histogram| {
                    histogram.write_json(out)
                });
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

/// Appends `{"key": value, ...}` for a keyed map.
fn json_object<T>(
    out: &mut Vec<u8>,
    entries: &[(Value, T)],
    write_value: impl Fn(&mut Vec<u8>, &T),
) {
    out.push(b'{');
    for (index, (key, value)) in entries.iter().enumerate() {
        if index > 0 {
            out.extend_from_slice(b", ");
        }
        json_string(out, &key.to_json_key());
        out.extend_from_slice(b": ");
        write_value(out, value);
    }
    out.push(b'}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::histogram::Histogram;
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

    fn printed(name: &str, stats: bool, contents: MapContents) -> PrintedMap {
        PrintedMap {
            name: name.into(),
            stats,
            contents,
        }
    }

    fn string(text: &str) -> Value {
        Value::String(text.as_bytes().to_vec())
    }

    fn maps() -> Vec<PrintedMap> {
        vec![
            printed(
                "@",
                false,
                MapContents::Keyed(vec![
                    (string("bash"), Value::Unsigned(2)),
                    (string("sshd"), Value::Unsigned(7)),
                ]),
            ),
            printed("@empty", false, MapContents::Keyed(vec![])),
            printed("@x", false, MapContents::Scalar(Value::Signed(-5))),
        ]
    }

    fn stats_record(count: i64, average: i64, total: i64) -> Value {
        Value::Record(vec![
            ("count".into(), Value::Signed(count)),
            ("average".into(), Value::Signed(average)),
            ("total".into(), Value::Signed(total)),
        ])
    }

    fn histogram(values: &[i64]) -> Histogram {
        let mut counts = vec![0u64; 70];
        for value in values {
            counts[btc_payload::log2_bucket(*value, 0) as usize] += 1;
        }
        crate::histogram::log2_histogram(&counts, 0, 1)
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

    /// The call suite's `stats`, `map_key_scratch_buf` (tuple keys lose their parentheses)
    /// and the reference's nested tuple example `@a[-1, (-2, 3)]: 10`.
    #[test]
    fn text_stats_and_tuple_keys() {
        let text = run(OutputFormat::Text, |output| {
            output.map(&printed(
                "@stats",
                true,
                MapContents::Scalar(stats_record(3, 2, 6)),
            ));
            output.map(&printed(
                "@x",
                false,
                MapContents::Keyed(vec![(
                    Value::Tuple(vec![Value::Signed(2), Value::Signed(1)]),
                    Value::Signed(2),
                )]),
            ));
            output.map(&printed(
                "@a",
                false,
                MapContents::Keyed(vec![(
                    Value::Tuple(vec![
                        Value::Signed(-1),
                        Value::Tuple(vec![Value::Signed(-2), Value::Signed(3)]),
                    ]),
                    Value::Tuple(vec![Value::Signed(1), string("hi")]),
                )]),
            ));
            output.map(&printed("@avg", true, MapContents::Keyed(vec![])));
        });
        assert_eq!(
            text,
            "@stats: { .count = 3, .average = 2, .total = 6 }\n\
             @x[2, 1]: 2\n\
             @a[-1, (-2, 3)]: (1, hi)\n"
        );
    }

    #[test]
    fn text_histograms_have_a_header_and_a_blank_line() {
        let text = run(OutputFormat::Text, |output| {
            output.map(&printed(
                "@h",
                false,
                MapContents::Histogram(histogram(&[3])),
            ));
            output.map(&printed(
                "@k",
                false,
                MapContents::KeyedHistograms(vec![
                    (string("ok_key"), histogram(&[1])),
                    (
                        Value::Tuple(vec![string("a"), Value::Signed(2)]),
                        histogram(&[0]),
                    ),
                ]),
            ));
            output.map(&printed(
                "@zeroed",
                false,
                MapContents::Histogram(Histogram::default()),
            ));
        });
        let bar = "@".repeat(52);
        assert_eq!(
            text,
            format!(
                "@h:\n[2, 4)                 1 |{bar}|\n\n\
                 @k[ok_key]:\n[1]                    1 |{bar}|\n\n\
                 @k[a, 2]:\n[0]                    1 |{bar}|\n\n\
                 @zeroed:\n\n"
            )
        );
    }

    #[test]
    fn values_and_time() {
        let text = run(OutputFormat::Text, |output| {
            output.value(&Value::Tuple(vec![
                Value::Signed(1),
                Value::Signed(2),
                string("string"),
            ]));
            output.value(&Value::Unsigned(5));
            output.time(b"12:34:56\n");
        });
        assert_eq!(text, "(1, 2, string)\n5\n12:34:56\n");
        let json = run(OutputFormat::Json, |output| {
            output.value(&Value::Tuple(vec![
                Value::Signed(1),
                Value::Signed(2),
                string("string"),
            ]));
            output.value(&string("bpftrace"));
            output.time(b"12:34:56\n");
        });
        assert_eq!(
            json,
            "{\"type\": \"value\", \"data\": [1,2,\"string\"]}\n\
             {\"type\": \"value\", \"data\": \"bpftrace\"}\n\
             {\"type\": \"time\", \"data\": \"12:34:56\\n\"}\n"
        );
    }

    #[test]
    fn json_lines_follow_bpftrace() {
        let text = run(OutputFormat::Json, |output| {
            output.attached_probes(3);
            output.printf(b"tab\there \"q\"\n");
            output.lost_events(4);
            output.end();
            for map in maps() {
                output.map(&map);
            }
            output.map(&printed(
                "@big",
                false,
                MapContents::Scalar(Value::Unsigned(u64::MAX)),
            ));
        });
        let expected = [
            r#"{"type": "attached_probes", "count": 3, "data": {"probes": 3}}"#,
            r#"{"type": "printf", "data": "tab\there \"q\"\n"}"#,
            r#"{"type": "lost_events", "count": 4, "data": {"events": 4}}"#,
            r#"{"type": "map", "data": {"@": {"bash": 2, "sshd": 7}}}"#,
            r#"{"type": "map", "data": {"@x": -5}}"#,
            r#"{"type": "map", "data": {"@big": "18446744073709551615"}}"#,
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }

    /// Data from the json-output suite: stats.json, stats_multiple.json, complex.json,
    /// hist_multiple_multiple_keys.json, hist_zero.json, `tuple`, `print_avg_map_args`.
    #[test]
    fn json_maps_follow_bpftrace() {
        let text = run(OutputFormat::Json, |output| {
            output.map(&printed(
                "@stats",
                true,
                MapContents::Scalar(stats_record(2, 6, 12)),
            ));
            output.map(&printed(
                "@stats",
                true,
                MapContents::Keyed(vec![
                    (string("curl"), stats_record(1, 2, 2)),
                    (string("zsh"), stats_record(1, 10, 10)),
                ]),
            ));
            output.map(&printed(
                "@complex",
                false,
                MapContents::Keyed(vec![(
                    Value::Tuple(vec![string("bpftrace"), Value::Signed(2)]),
                    Value::Signed(5),
                )]),
            ));
            output.map(&printed(
                "@",
                false,
                MapContents::KeyedHistograms(vec![(
                    Value::Tuple(vec![string("bpftrace"), Value::Signed(2)]),
                    histogram(&[2]),
                )]),
            ));
            output.map(&printed(
                "@hist",
                false,
                MapContents::Histogram(Histogram::default()),
            ));
            output.map(&printed(
                "@",
                false,
                MapContents::Scalar(Value::Tuple(vec![
                    Value::Signed(1),
                    Value::Signed(2),
                    string("string"),
                    Value::Tuple(vec![Value::Signed(4), Value::Signed(5)]),
                ])),
            ));
            output.map(&printed(
                "@",
                true,
                MapContents::Keyed(vec![
                    (string("c"), Value::Signed(3)),
                    (string("d"), Value::Signed(4)),
                ]),
            ));
            output.map(&printed("@avg", true, MapContents::Keyed(vec![])));
            output.map(&printed(
                "@none",
                false,
                MapContents::KeyedHistograms(vec![]),
            ));
            output.map(&printed(
                "@spaces",
                false,
                MapContents::Keyed(vec![(string("a b"), Value::Signed(1))]),
            ));
        });
        let expected = [
            r#"{"type": "stats", "data": {"@stats": {"count": 2, "average": 6, "total": 12}}}"#,
            r#"{"type": "stats", "data": {"@stats": {"curl": {"count": 1, "average": 2, "total": 2}, "zsh": {"count": 1, "average": 10, "total": 10}}}}"#,
            r#"{"type": "map", "data": {"@complex": {"bpftrace,2": 5}}}"#,
            r#"{"type": "hist", "data": {"@": {"bpftrace,2": [{"min": 2, "max": 3, "count": 1}]}}}"#,
            r#"{"type": "hist", "data": {"@hist": []}}"#,
            r#"{"type": "map", "data": {"@": [1,2,"string",[4,5]]}}"#,
            r#"{"type": "stats", "data": {"@": {"c": 3, "d": 4}}}"#,
            r#"{"type": "stats", "data": {"@avg": {}}}"#,
            r#"{"type": "map", "data": {"@spaces": {"ab": 1}}}"#,
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }

    /// bpftrace's escaper leaves `std::hex` set on its stream after a `\u` escape.
    #[test]
    fn json_integers_turn_hex_after_a_unicode_escape() {
        let text = run(OutputFormat::Json, |output| {
            output.lost_events(26);
            output.printf("\x01é".as_bytes());
            output.lost_events(26);
            output.map(&printed(
                "@h",
                false,
                MapContents::Histogram(histogram(&[2; 12])),
            ));
        });
        let expected = [
            r#"{"type": "lost_events", "count": 26, "data": {"events": 26}}"#,
            r#"{"type": "printf", "data": "\u0001\uffffffc3\uffffffa9"}"#,
            r#"{"type": "lost_events", "count": 1a, "data": {"events": 1a}}"#,
            r#"{"type": "hist", "data": {"@h": [{"min": 2, "max": 3, "count": c}]}}"#,
        ];
        assert_eq!(text, expected.join("\n") + "\n");
    }
}
