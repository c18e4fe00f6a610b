//! `@[comm] = count()` over raw_syscalls:sys_enter, with `interval:s:1 { exit(); }`: the maps
//! printed at exit use bpftrace's text format, sorted ascending by value, and a workload with a
//! distinctive comm is counted in full.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, Tool, build_source, require_root, run_workload};

const SCRIPT: &str =
    "tracepoint:raw_syscalls:sys_enter { @[comm] = count(); } interval:s:1 { exit(); }\n";
/// A copy of dd under this name: its comm is `btcload`.
const LOAD_COMM: &str = "btcload";
/// dd with bs=1 makes one read and one write per byte: at least 2 × COUNT syscalls.
const COUNT: u64 = 20000;

#[test]
fn count_map_by_comm() {
    if !require_root("count_map_by_comm") {
        return;
    }
    let dir = TempDir::new("count");
    let tool_path = build_source(&dir, "count", SCRIPT);
    let load = dir.join(LOAD_COMM);
    std::fs::copy("/bin/dd", &load).expect("copy /bin/dd");

    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(&load).args([
        "if=/dev/zero",
        "of=/dev/null",
        "bs=1",
        &format!("count={COUNT}"),
    ]));
    let whole_workload_traced = tool.running();
    let done = tool.finish(Duration::from_secs(15));
    assert!(
        whole_workload_traced,
        "the tool exited before the workload had finished (interval:s:1 came first)\n{done}"
    );
    assert!(
        done.success(),
        "the tool did not exit 0 after exit()\n{done}"
    );

    assert!(
        done.stdout.starts_with("\n\n"),
        "the maps are not preceded by two newlines\n{done}"
    );
    let mut entries = Vec::new();
    for line in done.stdout.lines().filter(|l| !l.is_empty()) {
        let (key, value) = line
            .strip_prefix("@[")
            .and_then(|l| l.rsplit_once("]: "))
            .unwrap_or_else(|| panic!("not a `@[key]: value` line: {line:?}\n{done}"));
        let value: u64 = value
            .parse()
            .unwrap_or_else(|_| panic!("value is not a count in {line:?}\n{done}"));
        entries.push((key, value));
    }
    assert!(
        entries.windows(2).all(|w| w[0].1 <= w[1].1),
        "entries are not sorted ascending by value\n{done}"
    );
    let load_count = entries
        .iter()
        .find(|(k, _)| *k == LOAD_COMM)
        .unwrap_or_else(|| panic!("no @[{LOAD_COMM}] entry\n{done}"))
        .1;
    assert!(
        load_count >= COUNT,
        "@[{LOAD_COMM}] is {load_count}, expected at least {COUNT}\n{done}"
    );
}
