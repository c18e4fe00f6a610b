//! The `.BTF.ext` CO-RE records of a struct-walk script, decoded from the object btc
//! writes (`btc::object::inspect`): one line per record with the instruction it patches,
//! the local root type, the access string and the kind. The listing is a snapshot; the
//! same object is checked with bpftool, whose BTF dump must show each root type at the id
//! the records name, and whose `gen skeleton` opens the object with libbpf (which parses
//! and validates `.BTF.ext`).
//!
//! Access strings are member indexes in this machine's vmlinux BTF: without it the test is
//! skipped with a message.

use std::path::{Path, PathBuf};
use std::process::Command;

use btc::compile;
use btc::semantic::Options;

fn compile_script(relative: &str) -> Option<Vec<u8>> {
    if !Path::new("/sys/kernel/btf/vmlinux").exists() {
        eprintln!("SKIP {relative}: no /sys/kernel/btf/vmlinux");
        return None;
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let source = std::fs::read_to_string(&path).expect("the script is readable");
    if source.contains("tracepoint:") && btc::tracepoint::tracefs().is_err() {
        eprintln!("SKIP {relative}: tracefs is not mounted");
        return None;
    }
    let name = path.file_name().unwrap().to_string_lossy();
    let compilation = compile::compile(&source, &name, &Options::default())
        .unwrap_or_else(|error| panic!("{relative} does not compile: {error:?}"));
    Some(compilation.object)
}

fn bpftool() -> Option<PathBuf> {
    ["/usr/sbin/bpftool", "/usr/bin/bpftool"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

/// Checks the records against bpftool: every root type id names that type in bpftool's
/// dump of `.BTF`, and libbpf opens the object.
fn check_with_bpftool(object: &[u8], listing: &str, test: &str) {
    let Some(bpftool) = bpftool() else {
        eprintln!("SKIP the bpftool part of {test}: bpftool is not installed");
        return;
    };
    let directory = std::env::temp_dir().join(format!("btc-core-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let file = directory.join("walk.bpf.o");
    std::fs::write(&file, object).unwrap();
    let dump = Command::new(&bpftool)
        .args(["btf", "dump", "file"])
        .arg(&file)
        .output()
        .expect("bpftool runs");
    assert!(dump.status.success(), "{dump:?}");
    let dump = String::from_utf8_lossy(&dump.stdout);
    for line in listing.lines() {
        // `SECTION insn N: [ID] struct NAME.FIELD... ACCESS KIND`
        let (_, rest) = line.split_once(": [").expect("a record line");
        let (id, rest) = rest.split_once("] ").unwrap();
        let mut words = rest.split(' ');
        let kind = words.next().unwrap();
        let name = words.next().unwrap().split(['.', '[', ':']).next().unwrap();
        let expected = format!("[{id}] {} '{name}' ", kind.to_uppercase());
        assert!(
            dump.lines().any(|dumped| dumped.starts_with(&expected)),
            "bpftool does not show `{expected}` for `{line}`:\n{dump}"
        );
    }
    // `gen skeleton` opens the object with bpf_object__open_mem, which parses .BTF.ext and
    // rejects malformed core_relo records.
    let skeleton = Command::new(&bpftool)
        .args(["gen", "skeleton"])
        .arg(&file)
        .args(["name", "walk"])
        .output()
        .expect("bpftool runs");
    std::fs::remove_dir_all(&directory).unwrap();
    assert!(
        skeleton.status.success(),
        "libbpf cannot open the object: {}",
        String::from_utf8_lossy(&skeleton.stderr)
    );
}

#[test]
fn core_walk_records() {
    let Some(object) = compile_script("tests/scripts/core_walk.bt") else {
        return;
    };
    let listing = btc::object::inspect::core_relocations(&object).expect("decodes");
    check_with_bpftool(&object, &listing, "core_walk");
    insta::assert_snapshot!("core_walk", listing);
}

#[test]
fn tcpconnect_records() {
    let Some(object) = compile_script("../tools/tcpconnect.bt") else {
        return;
    };
    let listing = btc::object::inspect::core_relocations(&object).expect("decodes");
    check_with_bpftool(&object, &listing, "tcpconnect");
    insta::assert_snapshot!("tcpconnect", listing);
}

#[test]
fn tracepoint_records() {
    let Some(object) = compile_script("tests/scripts/core_tracepoint.bt") else {
        return;
    };
    let listing = btc::object::inspect::core_relocations(&object).expect("decodes");
    check_with_bpftool(&object, &listing, "tracepoint");
    insta::assert_snapshot!("tracepoint", listing);
}
