//! The corpus of tests/corpus/, checked through the library as `btc check` and `btc build`
//! see it. Each directory is one kind of expectation, so that moving a file from one
//! directory to another is all it takes to change what is expected of it:
//!
//! * `pass/NAME.bt` must check and compile. When `NAME.asm` exists, the assembly listing
//!   (`btc build --emit asm`) must equal it.
//! * `run/NAME.bt` must check and compile; tests/e2e/corpus.rs runs it and compares its
//!   output with `NAME.out`.
//! * `fail/NAME.bt` must be refused, and what `btc check NAME.bt` prints (every diagnostic,
//!   rendered with the bare file name `NAME.bt`) must equal `NAME.err`.
//! * `pending/NAME.bt` are programs bpftrace accepts that use a feature btc does not compile
//!   yet. Each must be refused, and its first error must be `not supported yet`. One that is
//!   accepted is reported as ready to move to pass/ (or to run/ with its `.out`), not failed,
//!   so that a feature landing elsewhere does not break this test.
//!
//! `BTC_BLESS=1` rewrites the `.err` files and writes the `.asm` snapshots of pass/ from what
//! btc does now; review the diff before committing it. Scripts are read with the host's
//! tracefs and kernel BTF, as btc reads them; without them the scripts that need them are
//! skipped with a message. Every test reports all of its mismatches at once.

use std::fs;
use std::path::{Path, PathBuf};

use btc::compile::{self, CompileError};
use btc::diagnostic::{self, Diagnostic};
use btc::semantic::Options;

/// The marker of the errors that pending/ programs may fail with.
const NOT_SUPPORTED: &str = "not supported yet";

fn corpus_directory(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus")
        .join(kind)
}

fn blessing() -> bool {
    std::env::var_os("BTC_BLESS").is_some_and(|value| value != "0" && !value.is_empty())
}

/// The `.bt` files of one corpus directory, sorted by name.
fn scripts(kind: &str) -> Vec<PathBuf> {
    let directory = corpus_directory(kind);
    let mut paths: Vec<PathBuf> = fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("{}: {error}", directory.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "bt"))
        .collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// True when the script needs a tracefs or a kernel BTF that this machine does not have
/// (it is then skipped).
fn needs_missing_host_data(source: &str) -> bool {
    let uses_tracepoints = source.contains("tracepoint:") || source.contains("t:");
    let uses_kernel_types = ["struct ", "union ", "curtask"]
        .iter()
        .any(|word| source.contains(word));
    (uses_tracepoints && btc::tracepoint::tracefs().is_err())
        || (uses_kernel_types && !Path::new("/sys/kernel/btf/vmlinux").exists())
}

/// Everything `btc check` prints for the script: its diagnostics, rendered.
fn rendered(diagnostics: &[Diagnostic], name: &str, source: &str) -> String {
    diagnostic::render(diagnostics, name, source)
}

/// Compiles every script of `kind`; returns one line per script that does not compile.
fn compile_all(kind: &str, mut each: impl FnMut(&Path, &str, &compile::Compilation)) -> usize {
    let mut failures = Vec::new();
    let mut compiled = 0;
    for path in scripts(kind) {
        let source = fs::read_to_string(&path).expect("the script is readable");
        if needs_missing_host_data(&source) {
            eprintln!("SKIP {}: no tracefs or no kernel BTF", path.display());
            continue;
        }
        let name = file_name(&path);
        match compile::compile(&source, &name, &Options::default()) {
            Ok(compilation) => {
                each(&path, &source, &compilation);
                compiled += 1;
            }
            Err(CompileError::Script(diagnostics)) => failures.push(format!(
                "{kind}/{name} is refused:\n{}",
                rendered(&diagnostics, &name, &source)
            )),
            Err(error) => failures.push(format!("{kind}/{name} does not compile: {error}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    compiled
}

#[test]
fn pass_programs_compile_and_match_their_listings() {
    let bless = blessing();
    let mut drifted = Vec::new();
    let mut without_listing = 0;
    let compiled = compile_all("pass", |path, source, compilation| {
        let listing = compilation.listing(source);
        let listing_path = path.with_extension("asm");
        match fs::read_to_string(&listing_path) {
            _ if bless => fs::write(&listing_path, &listing).unwrap(),
            Ok(expected) if expected == listing => {}
            Ok(_) => drifted.push(format!(
                "{}: the listing changed (BTC_BLESS=1 rewrites it; review the diff)",
                listing_path.display()
            )),
            Err(_) => without_listing += 1,
        }
    });
    if without_listing > 0 {
        eprintln!("{without_listing} pass/ programs have no .asm listing (BTC_BLESS=1 writes it)");
    }
    eprintln!("{compiled} pass/ programs compile");
    assert!(drifted.is_empty(), "{}", drifted.join("\n"));
}

#[test]
fn run_programs_compile() {
    let compiled = compile_all("run", |path, _, _| {
        assert!(
            path.with_extension("out").exists() || blessing(),
            "{} has no .out file (BTC_BLESS=1 tests/e2e/corpus.rs writes it)",
            path.display()
        );
    });
    eprintln!("{compiled} run/ programs compile");
}

#[test]
fn fail_programs_print_their_diagnostics() {
    let bless = blessing();
    let mut drifted = Vec::new();
    for path in scripts("fail") {
        let source = fs::read_to_string(&path).expect("the script is readable");
        if needs_missing_host_data(&source) {
            eprintln!("SKIP {}: no tracefs or no kernel BTF", path.display());
            continue;
        }
        let name = file_name(&path);
        let output = match compile::check(&source, &Options::default()) {
            Ok(_) => {
                drifted.push(format!("fail/{name} is accepted"));
                continue;
            }
            Err(diagnostics) => rendered(&diagnostics, &name, &source),
        };
        let expected_path = path.with_extension("err");
        if bless {
            fs::write(&expected_path, &output).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == output => {}
            Ok(expected) => drifted.push(format!(
                "fail/{name}: btc prints\n{output}but {} holds\n{expected}",
                expected_path.display()
            )),
            Err(_) => drifted.push(format!(
                "fail/{name}: no {} (BTC_BLESS=1 writes it); btc prints\n{output}",
                expected_path.display()
            )),
        }
    }
    assert!(drifted.is_empty(), "{}", drifted.join("\n"));
}

#[test]
fn pending_programs_fail_only_as_not_supported_yet() {
    let mut wrong = Vec::new();
    let mut ready = Vec::new();
    let mut pending = 0;
    for path in scripts("pending") {
        let source = fs::read_to_string(&path).expect("the script is readable");
        if needs_missing_host_data(&source) {
            eprintln!("SKIP {}: no tracefs or no kernel BTF", path.display());
            continue;
        }
        let name = file_name(&path);
        match compile::check(&source, &Options::default()) {
            Ok(_) => ready.push(name),
            Err(diagnostics) => {
                // Later errors may follow from the unsupported construct (a variable
                // assigned from it is then unknown), so only the first one decides.
                let first = diagnostics.iter().find(|diagnostic| diagnostic.is_error());
                if first.is_some_and(|first| first.message.starts_with(NOT_SUPPORTED)) {
                    pending += 1;
                } else {
                    wrong.push(format!(
                        "pending/{name} fails with another error:\n{}",
                        rendered(&diagnostics, &name, &source)
                    ));
                }
            }
        }
    }
    eprintln!("{pending} pending/ programs are refused as not supported yet");
    if !ready.is_empty() {
        eprintln!(
            "{} pending/ programs are accepted now; move them to pass/ or run/: {}",
            ready.len(),
            ready.join(" ")
        );
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
