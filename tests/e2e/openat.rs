//! A tracepoint with a string predicate and `str(args->filename)`: the tool sees `cat` open a
//! file whose name no other process on the machine uses.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    OPENAT_CAT_SCRIPT, TempDir, Tool, build_source, require_root, run_workload, unique_name,
};

#[test]
fn openat_sees_cat() {
    if !require_root("openat_sees_cat") {
        return;
    }
    let dir = TempDir::new("openat");
    let tool_path = build_source(&dir, "openat", OPENAT_CAT_SCRIPT);
    let target = std::env::temp_dir().join(unique_name("btc-e2e"));
    std::fs::write(&target, "btc\n").expect("write the file cat reads");

    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new("cat").arg(&target));
    let expected = format!("cat {}", target.display());
    let seen = tool.wait_for_line(Duration::from_secs(10), |l| l.trim_end() == expected);
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    let _ = std::fs::remove_file(&target);

    assert!(seen.is_some(), "no line `{expected}`\n{done}");
    assert!(
        done.success(),
        "the tool did not exit 0 after SIGINT\n{done}"
    );
    for line in done.stdout.lines().filter(|l| !l.is_empty()) {
        assert!(
            line.starts_with("cat "),
            "a line for another comm: {line:?}\n{done}"
        );
    }
}
