//! tools/execsnoop.bt built with btc: a program exec'ed with distinctive arguments shows up
//! with its argv joined by spaces, the child's pid, and a sane TIME(ms).

use std::process::{Command, Stdio};
use std::time::Duration;

use btc_e2e::{TempDir, Tool, build_file, repo_root, require_root, run_workload, unique_name};

#[test]
fn execsnoop_shows_exec() {
    if !require_root("execsnoop_shows_exec") {
        return;
    }
    let dir = TempDir::new("execsnoop");
    let tool_path = build_file(
        &repo_root().join("tools/execsnoop.bt"),
        &dir.join("execsnoop"),
    );

    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    let marker = unique_name("btc-marker");
    let mut echo = Command::new("/bin/echo");
    echo.args([marker.as_str(), "second-arg"])
        .stdout(Stdio::null());
    let mut child = echo.spawn().expect("start /bin/echo");
    let child_pid = child.id();
    let status = child.wait().expect("wait for /bin/echo");
    assert!(status.success(), "/bin/echo failed: {status}");
    // Run something else too, so that the tool has more than one event to format.
    run_workload(&mut Command::new("/bin/true"));

    let args = format!("/bin/echo {marker} second-arg");
    let line = tool.wait_for_line(Duration::from_secs(10), |l| l.contains(&args));
    let since_start_ms = tool.started().elapsed().as_millis();
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    let line = line.unwrap_or_else(|| panic!("no line with `{args}`\n{done}"));
    assert!(
        done.success(),
        "the tool did not exit 0 after SIGINT\n{done}"
    );

    assert_eq!(
        done.stdout.lines().next(),
        Some("TIME(ms)   PID    ARGS"),
        "the header is not the first line\n{done}"
    );
    let mut fields = line.split_whitespace();
    let time_ms: u64 = fields
        .next()
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| panic!("TIME(ms) is not an unsigned integer in {line:?}"));
    let pid: u32 = fields
        .next()
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("PID is not an integer in {line:?}"));
    let rest: Vec<&str> = fields.collect();
    assert_eq!(rest.join(" "), args, "ARGS column of {line:?}");
    assert_eq!(pid, child_pid, "PID column of {line:?}");
    let slack_ms = 1000;
    assert!(
        u128::from(time_ms) <= since_start_ms + slack_ms,
        "TIME(ms) {time_ms} is later than the {since_start_ms} ms the tool has been running"
    );
}
