//! Wall-clock output and output destinations (issue 4): `time()`, `strftime()` and `-o FILE`.
//! The times themselves vary, so these cases check the shape of the line and that it is the
//! current time, and everything else byte for byte.

use std::process::Command;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use btc_e2e::{Finished, TempDir, build_source, require_root, run_with_timeout};

/// Builds `script` as a tool named `bpftrace` and runs it with `args`; panics unless it
/// exits 0 on its own.
#[track_caller]
fn run(dir: &TempDir, script: &str, args: &[&str]) -> Finished {
    let tool = build_source(dir, "bpftrace", &format!("{script}\n"));
    let done = run_with_timeout(Command::new(&tool).args(args), Duration::from_secs(30));
    assert!(done.success(), "the tool did not exit 0 on its own\n{done}");
    done
}

fn now_seconds() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// `HH:MM:SS` (or another separator) made of digits.
fn is_clock(text: &str, separator: char) -> bool {
    let parts: Vec<&str> = text.split(separator).collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|part| part.len() == 2 && part.bytes().all(|byte| byte.is_ascii_digit()))
}

/// call suite `time`: the default format is `%H:%M:%S\n`, printed as is.
#[test]
fn time_default_format() {
    if !require_root("time_default_format") {
        return;
    }
    let dir = TempDir::new("time");
    let done = run(&dir, "BEGIN { time(); exit(); }", &["-q"]);
    let line = done
        .stdout
        .strip_suffix("\n\n\n")
        .unwrap_or_else(|| panic!("{done}"));
    assert!(is_clock(line, ':'), "not HH:MM:SS: {line:?}\n{done}");
}

/// call suite `time_short`: a custom format.
#[test]
fn time_custom_format() {
    if !require_root("time_custom_format") {
        return;
    }
    let dir = TempDir::new("time-custom");
    let done = run(&dir, "BEGIN { time(\"%H-%M-%S!\"); exit(); }", &["-q"]);
    let line = done
        .stdout
        .strip_suffix("!\n\n")
        .unwrap_or_else(|| panic!("{done}"));
    assert!(is_clock(line, '-'), "not HH-MM-SS: {line:?}\n{done}");
}

/// json-output suite `time`: `{"type": "time", "data": "HH:MM:SS\n"}`.
#[test]
fn time_json() {
    if !require_root("time_json") {
        return;
    }
    let dir = TempDir::new("time-json");
    let done = run(&dir, "BEGIN { time(); }", &["-q", "-f", "json"]);
    let clock = done
        .stdout
        .strip_prefix("{\"type\": \"time\", \"data\": \"")
        .and_then(|rest| rest.strip_suffix("\\n\"}\n"))
        .unwrap_or_else(|| panic!("not a time line\n{done}"));
    assert!(is_clock(clock, ':'), "not HH:MM:SS: {clock:?}\n{done}");
}

/// call suite `strftime`, with `%s` so that the value can be checked against the clock.
#[test]
fn strftime_is_the_current_time() {
    if !require_root("strftime_is_the_current_time") {
        return;
    }
    let dir = TempDir::new("strftime");
    let before = now_seconds();
    let done = run(
        &dir,
        "BEGIN { printf(\"%s\\n\", strftime(\"%s\", nsecs)); exit(); }",
        &["-q"],
    );
    let after = now_seconds();
    let line = done
        .stdout
        .strip_suffix("\n\n\n")
        .unwrap_or_else(|| panic!("{done}"));
    let seconds: i64 = line
        .parse()
        .unwrap_or_else(|_| panic!("not seconds\n{done}"));
    assert!(
        (before - 1..=after + 1).contains(&seconds),
        "{seconds} is not between {before} and {after}\n{done}"
    );
}

/// call suite `strftime_microsecond_extension`: `%f` is the microseconds, six digits.
#[test]
fn strftime_microseconds() {
    if !require_root("strftime_microseconds") {
        return;
    }
    let dir = TempDir::new("strftime-us");
    let done = run(
        &dir,
        "BEGIN { printf(\"%s|%s\\n\", strftime(\"%f\", 123000), strftime(\"%f\", 1000123000)); exit(); }",
        &["-q"],
    );
    let line = done
        .stdout
        .strip_suffix("\n\n\n")
        .unwrap_or_else(|| panic!("{done}"));
    let (first, second) = line.split_once('|').unwrap_or_else(|| panic!("{done}"));
    let micros = |text: &str| -> i64 {
        assert!(
            text.len() == 6 && text.bytes().all(|b| b.is_ascii_digit()),
            "{done}"
        );
        text.parse().unwrap()
    };
    // Both are 123 µs apart from the same boot offset, modulo one second.
    assert_eq!(
        (micros(first) + 1_000_000 - 123) % 1_000_000,
        (micros(second) + 1_000_000 - 123) % 1_000_000,
        "{done}"
    );
}

/// `-o FILE`: everything that would go to stdout goes to the file instead.
#[test]
fn output_file() {
    if !require_root("output_file") {
        return;
    }
    let dir = TempDir::new("output-file");
    let file = dir.join("out.txt");
    let done = run(
        &dir,
        "BEGIN { printf(\"hi\\n\"); @c[\"a\"] = count(); exit(); }",
        &["-q", "-o", file.to_str().unwrap()],
    );
    assert_eq!(done.stdout, "", "{done}");
    let written = std::fs::read_to_string(&file).expect("read the -o file");
    assert_eq!(written, "hi\n\n\n@c[a]: 1\n");
}

/// Without `-q` the text-mode `Attached` line goes to stderr, never to the output.
#[test]
fn attached_line_on_stderr() {
    if !require_root("attached_line_on_stderr") {
        return;
    }
    let dir = TempDir::new("attached");
    let done = run(&dir, "BEGIN { @x = 1; exit(); }", &[]);
    assert_eq!(done.stdout, "\n\n@x: 1\n", "{done}");
    assert_eq!(done.stderr, "Attached 1 probe\n", "{done}");
}
