//! The corpus of tests/corpus/ against the running kernel (compiler/tests/corpus.rs checks
//! the same files through the library, without a kernel).
//!
//! * Every `run/NAME.bt` is built with btc and run as root; it must stop by itself (they
//!   are BEGIN- or interval-driven and call `exit()`), and its whole stdout must equal
//!   `NAME.out`.
//! * Every `pass/NAME.bt` is built and loaded with `--verify-only`: the kernel's verifier
//!   must accept every program of it, kprobe programs included (they load here even though
//!   they cannot attach).
//!
//! A script may carry directives in comment lines of the form `// corpus: WORD ...`:
//! `// corpus: args A B ...` gives the tool these command-line arguments (options such as
//! `-f json`, then positional parameters); `// corpus: exit N` says that the tool exits with
//! status N (0 otherwise); `// corpus: no-verify REASON` skips the verifier
//! check of a pass/ program that this kernel cannot load (fentry is refused with EPERM here).
//! `BTC_BLESS=1` rewrites the `.out` files from what the tools print now; review the diff.
//! Each test reports every mismatch at once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, repo_root, require_root, run_btc, run_with_timeout};

/// How long one run/ program may take; they finish in well under a second.
const RUN_TIMEOUT: Duration = Duration::from_secs(20);

fn blessing() -> bool {
    std::env::var_os("BTC_BLESS").is_some_and(|value| value != "0" && !value.is_empty())
}

/// The `.bt` files of one corpus directory, sorted by name.
fn scripts(kind: &str) -> Vec<PathBuf> {
    let directory = repo_root().join("tests/corpus").join(kind);
    let mut paths: Vec<PathBuf> = fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("{}: {error}", directory.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "bt"))
        .collect();
    paths.sort();
    paths
}

/// The words after `// corpus: KEY` in the script, if it has that directive.
fn directive(source: &str, key: &str) -> Option<Vec<String>> {
    source.lines().find_map(|line| {
        let rest = line.trim().strip_prefix("// corpus:")?.trim();
        let mut words = rest.split_whitespace();
        (words.next()? == key).then(|| words.map(str::to_string).collect())
    })
}

fn stem(path: &Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

/// Builds `script` into `directory`; returns the tool, or btc's output when it fails.
fn build(script: &Path, directory: &TempDir) -> Result<PathBuf, String> {
    let tool = directory.join(stem(script));
    let done = run_btc([
        "build".as_ref(),
        script.as_os_str(),
        "-o".as_ref(),
        tool.as_os_str(),
    ]);
    if done.success() {
        Ok(tool)
    } else {
        Err(done.to_string())
    }
}

#[test]
fn run_programs_print_their_expected_output() {
    if !require_root("run_programs_print_their_expected_output") {
        return;
    }
    let bless = blessing();
    let directory = TempDir::new("corpus-run");
    let mut failures = Vec::new();
    let mut ran = 0;
    for script in scripts("run") {
        let name = stem(&script);
        let source = fs::read_to_string(&script).unwrap();
        let tool = match build(&script, &directory) {
            Ok(tool) => tool,
            Err(output) => {
                failures.push(format!("run/{name}.bt does not build:\n{output}"));
                continue;
            }
        };
        let arguments = directive(&source, "args").unwrap_or_default();
        let done = run_with_timeout(Command::new(&tool).args(&arguments), RUN_TIMEOUT);
        let expected_code = directive(&source, "exit")
            .and_then(|words| words.first()?.parse::<i32>().ok())
            .unwrap_or(0);
        if done.timed_out || done.code() != Some(expected_code) {
            failures.push(format!(
                "run/{name}.bt did not exit by itself with status {expected_code}:\n{done}"
            ));
            continue;
        }
        ran += 1;
        let expected_path = script.with_extension("out");
        if bless {
            fs::write(&expected_path, &done.stdout).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == done.stdout => {}
            Ok(expected) => failures.push(format!(
                "run/{name}.bt prints\n{}\nbut run/{name}.out holds\n{expected}\n(stderr: {})",
                done.stdout, done.stderr
            )),
            Err(_) => failures.push(format!(
                "run/{name}.bt has no .out (BTC_BLESS=1 writes it); it prints\n{}",
                done.stdout
            )),
        }
    }
    eprintln!("{ran} run/ programs ran");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn pass_programs_load_into_the_verifier() {
    if !require_root("pass_programs_load_into_the_verifier") {
        return;
    }
    let directory = TempDir::new("corpus-verify");
    let mut failures = Vec::new();
    let mut verified = 0;
    for script in scripts("pass") {
        let name = stem(&script);
        let source = fs::read_to_string(&script).unwrap();
        if let Some(reason) = directive(&source, "no-verify") {
            eprintln!("not loaded: pass/{name}.bt ({})", reason.join(" "));
            continue;
        }
        let tool = match build(&script, &directory) {
            Ok(tool) => tool,
            Err(output) => {
                failures.push(format!("pass/{name}.bt does not build:\n{output}"));
                continue;
            }
        };
        let done = run_with_timeout(Command::new(&tool).arg("--verify-only"), RUN_TIMEOUT);
        if done.success() {
            verified += 1;
        } else {
            failures.push(format!("pass/{name}.bt is refused by the kernel:\n{done}"));
        }
    }
    eprintln!("{verified} pass/ programs loaded");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
