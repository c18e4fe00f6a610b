//! Bad input and missing privileges: `btc build` reports errors as `file:line:col: error:`
//! with the source line and a caret under the column, and exits 1; a tool run by an
//! unprivileged user says in one line that it needs root, and exits non-zero.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    HELLO_SCRIPT, TempDir, build_source, find_program, nonblank_lines, require_root, run_btc,
    run_with_timeout,
};

/// Builds `source` (one line) and checks the diagnostic. `col` is the expected 1-based
/// column, when the error has one obvious place.
fn check_build_error(name: &str, source: &str, col: Option<usize>) {
    let dir = TempDir::new(name);
    let script = dir.join(format!("{name}.bt"));
    fs::write(&script, format!("{source}\n")).expect("write the script");
    let out = dir.join(name);
    let done = run_btc([
        "build".as_ref(),
        script.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(
        done.code(),
        Some(1),
        "btc build of {source:?} must exit 1\n{done}"
    );
    assert!(
        !out.exists(),
        "btc build wrote {} despite the error",
        out.display()
    );

    let file = script.display().to_string();
    let lines: Vec<&str> = done.stderr.lines().collect();
    let (at, reported_col) = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| {
            let rest = l.strip_prefix(&file)?.strip_prefix(":1:")?;
            let (col, msg) = rest.split_once(':')?;
            msg.starts_with(" error:")
                .then(|| (i, col.parse::<usize>().ok()))
        })
        .unwrap_or_else(|| panic!("no `{file}:1:COL: error:` line\n{done}"));
    let reported_col = reported_col.unwrap_or_else(|| panic!("the column is not a number\n{done}"));
    let (src_at, src_line) = lines
        .iter()
        .enumerate()
        .skip(at + 1)
        .find(|(_, l)| l.contains(source))
        .unwrap_or_else(|| panic!("the source line is not quoted\n{done}"));
    let caret_line = lines
        .iter()
        .skip(src_at + 1)
        .find(|l| l.contains('^'))
        .unwrap_or_else(|| panic!("no caret under the source line\n{done}"));
    let src_start = src_line.find(source).expect("found above");
    let caret_col = caret_line.find('^').expect("found above") + 1;
    assert!(
        (1..=source.len() + 1).contains(&reported_col),
        "column {reported_col} is outside the line\n{done}"
    );
    assert_eq!(
        caret_col.checked_sub(src_start),
        Some(reported_col),
        "the caret is not under column {reported_col}\n{done}"
    );
    if let Some(col) = col {
        assert_eq!(
            reported_col, col,
            "the error points at the wrong column\n{done}"
        );
    }
}

#[test]
fn syntax_error_has_location() {
    // Building needs no privileges: this test runs as any user.
    check_build_error("syntax", "BEGIN { printf(\"x\" }", None);
}

#[test]
fn unknown_builtin_has_location() {
    // Column 24 is the `n` of `nosuchbuiltin`.
    check_build_error(
        "unknown",
        "BEGIN { printf(\"%d\\n\", nosuchbuiltin); }",
        Some(24),
    );
}

#[test]
fn unprivileged_run_says_needs_root() {
    if !require_root("unprivileged_run_says_needs_root") {
        return;
    }
    let dir = TempDir::new("unpriv");
    let tool = build_source(&dir, "hello", HELLO_SCRIPT);
    fs::set_permissions(&tool, fs::Permissions::from_mode(0o755)).expect("chmod the tool");
    let mut cmd = Command::new(find_program("setpriv"));
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(&tool);
    let done = run_with_timeout(&mut cmd, Duration::from_secs(20));
    assert!(!done.timed_out, "the tool hung without privileges\n{done}");
    assert_ne!(
        done.code(),
        Some(0),
        "the tool succeeded without privileges\n{done}"
    );
    assert!(
        done.code().is_some(),
        "the tool crashed without privileges\n{done}"
    );
    let all = format!("{}{}", done.stdout, done.stderr);
    let lines = nonblank_lines(&all);
    assert_eq!(
        lines.len(),
        1,
        "expected exactly one line of output\n{done}"
    );
    let line = lines[0].to_lowercase();
    assert!(
        line.contains("root") || line.contains("privilege"),
        "the message does not mention root or privileges: {:?}",
        lines[0]
    );
}
