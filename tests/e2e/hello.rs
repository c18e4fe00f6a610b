//! `BEGIN { printf("hello world\n"); exit(); }`: the smallest tool there is. It must print
//! exactly `hello world` (bpftrace's exit sequence may add blank lines after it, nothing
//! else), report its one probe on stderr, and exit 0 on its own.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{HELLO_SCRIPT, TempDir, build_source, require_root, run_with_timeout};

#[test]
fn hello_world() {
    if !require_root("hello_world") {
        return;
    }
    let dir = TempDir::new("hello");
    let tool = build_source(&dir, "hello", HELLO_SCRIPT);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "the tool did not exit 0 on its own\n{done}");
    assert!(
        done.stdout.starts_with("hello world\n"),
        "stdout does not start with `hello world`\n{done}"
    );
    assert_eq!(
        done.stdout.trim_end_matches('\n'),
        "hello world",
        "stdout has more than `hello world` and blank lines\n{done}"
    );
    assert!(
        done.stderr.lines().any(|l| l == "Attached 1 probe"),
        "no `Attached 1 probe` line on stderr\n{done}"
    );
}
