//! The examples of docs/errors.md, checked through the library: every example script is
//! parsed and checked as `btc check` does, and what `btc check` would print must be exactly
//! the text the document shows. The document is the data: each example is marked
//! `<!-- example: NAME -->` and followed by a `bpftrace` block (the script) and a `text`
//! block (the output), and all of them are checked by one test below. The summary table at the top of the
//! document is checked against the examples too.
//!
//! Tracepoints are looked up in a small tracefs this test writes, never the host's; the
//! messages that name the tracefs directory are compared with `/sys/kernel/tracing` in its
//! place, as the document shows them.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use btc::compile;
use btc::diagnostic;
use btc::semantic::Options;

const DOCUMENT: &str = include_str!("../../docs/errors.md");
const HOST_TRACEFS: &str = "/sys/kernel/tracing";

/// The format file of `syscalls:sys_enter_openat`, as x86-64 kernels write it.
const OPENAT_FORMAT: &str = "name: sys_enter_openat
ID: 700
format:
\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;
\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;
\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;
\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;

\tfield:int __syscall_nr;\toffset:8;\tsize:4;\tsigned:1;
\tfield:int dfd;\toffset:16;\tsize:8;\tsigned:0;
\tfield:const char * filename;\toffset:24;\tsize:8;\tsigned:0;
\tfield:int flags;\toffset:32;\tsize:8;\tsigned:0;
\tfield:umode_t mode;\toffset:40;\tsize:8;\tsigned:0;

print fmt: \"dfd: 0x%08lx, filename: 0x%08lx\"
";

struct Example {
    name: String,
    script: String,
    output: String,
}

/// The tracefs of these tests, written once per test process.
fn tracefs() -> &'static Path {
    static TRACEFS: OnceLock<PathBuf> = OnceLock::new();
    TRACEFS.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("btc-diagnostics-{}", std::process::id()));
        let event = root.join("events/syscalls/sys_enter_openat");
        std::fs::create_dir_all(&event).unwrap();
        std::fs::write(event.join("format"), OPENAT_FORMAT).unwrap();
        root
    })
}

/// The lines of the fenced block of `language` that starts at or after `lines[*index]`.
fn fenced_block(lines: &[&str], index: &mut usize, language: &str) -> String {
    let opening = format!("```{language}");
    while lines[*index] != opening {
        assert!(
            !lines[*index].starts_with("<!-- example:"),
            "an example has no {language} block"
        );
        *index += 1;
    }
    *index += 1;
    let mut text = String::new();
    while lines[*index] != "```" {
        text.push_str(lines[*index]);
        text.push('\n');
        *index += 1;
    }
    *index += 1;
    text
}

fn examples() -> Vec<Example> {
    let lines: Vec<&str> = DOCUMENT.lines().collect();
    let mut examples = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let line = lines[index];
        index += 1;
        let Some(name) = line
            .strip_prefix("<!-- example: ")
            .and_then(|rest| rest.strip_suffix(" -->"))
        else {
            continue;
        };
        let script = fenced_block(&lines, &mut index, "bpftrace");
        let output = fenced_block(&lines, &mut index, "text");
        examples.push(Example {
            name: name.to_string(),
            script,
            output,
        });
    }
    examples
}

fn example(name: &str) -> Example {
    examples()
        .into_iter()
        .find(|example| example.name == name)
        .unwrap_or_else(|| panic!("docs/errors.md has no example `{name}`"))
}

/// What `btc check script.bt` prints for `script`, and whether it refuses it.
fn check(script: &str) -> (String, bool) {
    let options = Options {
        tracefs: Some(tracefs().to_path_buf()),
        ..Options::default()
    };
    let (diagnostics, refused) = match compile::check(script, &options) {
        Ok((_, warnings)) => (warnings, false),
        Err(diagnostics) => (diagnostics, true),
    };
    let output = diagnostic::render(&diagnostics, "script.bt", script);
    let ours = tracefs().display().to_string();
    (output.replace(&ours, HOST_TRACEFS), refused)
}

/// Every example of the document, checked in one pass so that one run reports every
/// example whose output drifted, not only the first.
#[test]
fn every_example_prints_what_the_document_shows() {
    let examples = examples();
    assert!(examples.len() >= 30, "docs/errors.md lost its examples");
    let mut names: Vec<&str> = examples
        .iter()
        .map(|example| example.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), examples.len(), "duplicate example names");
    let mut drifted = Vec::new();
    for example in &examples {
        let (output, refused) = check(&example.script);
        if !refused {
            drifted.push(format!("{}: the script is accepted", example.name));
        } else if output != example.output {
            drifted.push(format!(
                "{}: btc prints\n{output}\nbut docs/errors.md shows\n{}",
                example.name, example.output
            ));
        }
    }
    assert!(drifted.is_empty(), "{}", drifted.join("\n\n"));
}

/// Each row of the summary table, `| class | [title](#name) | message |`, shows the first
/// message of example `name`.
#[test]
fn the_table_matches_the_examples() {
    let mut rows = 0;
    for line in DOCUMENT.lines() {
        let Some(row) = line
            .strip_prefix("| ")
            .and_then(|row| row.strip_suffix(" |"))
        else {
            continue;
        };
        let Some(link) = row.find("](#") else {
            continue;
        };
        let name_end = row[link..].find(')').unwrap() + link;
        let name = &row[link + 3..name_end];
        let cell = row[name_end + 1..].trim_start_matches(" | ");
        let message = cell
            .strip_prefix("`` ")
            .and_then(|cell| cell.strip_suffix(" ``"))
            .or_else(|| {
                cell.strip_prefix('`')
                    .and_then(|cell| cell.strip_suffix('`'))
            })
            .unwrap_or_else(|| panic!("the message of row `{name}` is not code: {cell}"));
        let output = example(name).output;
        let first = output.lines().next().unwrap();
        assert!(
            first.ends_with(&format!(": error: {message}")),
            "row `{name}`: `{message}` is not the first message, `{first}`"
        );
        rows += 1;
    }
    assert_eq!(rows, examples().len(), "one table row per example");
}
