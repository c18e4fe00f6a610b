//! Snapshots of the BPF assembly btc generates (`btc build --emit asm`), one file per
//! script. The backend is deterministic, so a change here is a real change in the code
//! the kernel runs: review it with `cargo insta review`.
//!
//! Tracepoint scripts read their record layout from this machine's tracefs, and
//! tcpconnect its struct offsets from this machine's BTF (each relocated field offset is
//! marked with its CO-RE access string); without them those snapshots are skipped with a
//! message.

use std::path::Path;

use btc::compile;
use btc::semantic::Options;

fn listing(path: &Path) -> Option<String> {
    let source = std::fs::read_to_string(path).expect("the script is readable");
    if source.contains("tracepoint:") && btc::tracepoint::tracefs().is_err() {
        eprintln!("SKIP {}: tracefs is not mounted", path.display());
        return None;
    }
    let name = path.file_name().unwrap().to_string_lossy();
    let compilation = compile::compile(&source, &name, &Options::default())
        .unwrap_or_else(|error| panic!("{} does not compile: {error:?}", path.display()));
    let first = compilation.listing(&source);
    // Deterministic: the same script compiles to the same code every time.
    let second = compile::compile(&source, &name, &Options::default())
        .unwrap()
        .listing(&source);
    assert_eq!(
        first,
        second,
        "{} compiled twice gives different code",
        path.display()
    );
    Some(first)
}

fn snapshot(relative: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if let Some(listing) = listing(&path) {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(name, listing);
    }
}

#[test]
fn hello() {
    snapshot("tests/scripts/hello.bt");
}

#[test]
fn open_cat() {
    snapshot("tests/scripts/open_cat.bt");
}

#[test]
fn for_map() {
    snapshot("tests/scripts/for_map.bt");
}

#[test]
fn count_by_comm() {
    snapshot("tests/scripts/count_by_comm.bt");
}

#[test]
fn execsnoop() {
    snapshot("../tools/execsnoop.bt");
}

#[test]
fn opensnoop() {
    snapshot("../tools/opensnoop.bt");
}

#[test]
fn tcpconnect() {
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        eprintln!("SKIP tcpconnect: no /sys/kernel/btf/vmlinux");
        return;
    }
    snapshot("../tools/tcpconnect.bt");
}

#[test]
fn stacks() {
    snapshot("tests/scripts/stacks.bt");
}

#[test]
fn arrays() {
    snapshot("tests/scripts/arrays.bt");
}

#[test]
fn btf_walk() {
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        eprintln!("SKIP btf_walk: no /sys/kernel/btf/vmlinux");
        return;
    }
    snapshot("tests/scripts/btf_walk.bt");
}
