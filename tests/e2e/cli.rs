//! The generated tool's process options and `--info`: `-p PID` limits every probe to one
//! running process and stops when it exits; `-c CMD` starts the command once the probes are
//! attached, limits the probes to it, and stops when it exits; a missing process is a
//! one-line error; `--info` reports the kernel's facilities.
//!
//! The workloads are tests/fixtures/probe_target.c, compiled with `cc`: `getppid N` makes N
//! getppid(2) calls, `getppid-every MS` makes one every MS milliseconds until killed.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use btc_e2e::{
    TempDir, Tool, build_probe_target, build_source, nonblank_lines, require_root, run_with_timeout,
};

const GETPPID_SCRIPT: &str =
    "tracepoint:syscalls:sys_enter_getppid { printf(\"pid %d\\n\", pid); }\n";

/// A `probe_target getppid-every 10` process, killed when dropped.
struct Workload(Child);

impl Workload {
    fn start(target: &Path) -> Workload {
        let child = Command::new(target)
            .args(["getppid-every", "10"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {}: {error}", target.display()));
        Workload(child)
    }

    fn pid(&self) -> u32 {
        self.0.id()
    }

    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Workload {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The `pid N` lines of a tool's output, as numbers.
fn traced_pids(stdout: &str) -> Vec<u32> {
    stdout
        .lines()
        .filter_map(|line| line.strip_prefix("pid "))
        .filter_map(|number| number.trim().parse().ok())
        .collect()
}

#[test]
fn pid_option_traces_only_that_process_and_stops_when_it_exits() {
    if !require_root("pid_option_traces_only_that_process_and_stops_when_it_exits") {
        return;
    }
    let dir = TempDir::new("cli-pid");
    let target = build_probe_target(&dir);
    let tool_path = build_source(&dir, "getppid", GETPPID_SCRIPT);
    let mut traced = Workload::start(&target);
    let other = Workload::start(&target);
    let mut tool = Tool::spawn(
        Command::new(&tool_path)
            .arg("-p")
            .arg(traced.pid().to_string()),
    );
    tool.wait_attached();
    let first = tool.wait_for_line(Duration::from_secs(10), |line| line.starts_with("pid "));
    std::thread::sleep(Duration::from_millis(200));
    let killed = Instant::now();
    traced.kill();
    // No SIGINT: the tool must notice the exit by itself.
    let done = tool.finish(Duration::from_secs(10));
    assert!(first.is_some(), "no event from the traced process\n{done}");
    assert!(done.success() && !done.timed_out, "{done}");
    assert!(
        killed.elapsed() < Duration::from_secs(5),
        "the tool took {:?} to stop after its process exited\n{done}",
        killed.elapsed()
    );
    let pids = traced_pids(&done.stdout);
    assert!(!pids.is_empty(), "{done}");
    assert!(
        pids.iter().all(|pid| *pid == traced.pid()),
        "events from other processes than {} (the other workload is {})\n{done}",
        traced.pid(),
        other.pid()
    );
}

#[test]
fn cmd_option_runs_the_command_traces_only_it_and_stops() {
    if !require_root("cmd_option_runs_the_command_traces_only_it_and_stops") {
        return;
    }
    let dir = TempDir::new("cli-cmd");
    let target = build_probe_target(&dir);
    let tool_path = build_source(&dir, "getppid", GETPPID_SCRIPT);
    let other = Workload::start(&target);
    let command = format!("{} getppid 7", target.display());
    let done = run_with_timeout(
        Command::new(&tool_path).arg("-c").arg(&command),
        Duration::from_secs(20),
    );
    assert!(done.success() && !done.timed_out, "{done}");
    let pids = traced_pids(&done.stdout);
    assert_eq!(pids.len(), 7, "{done}");
    assert!(
        pids.iter()
            .all(|pid| *pid == pids[0] && *pid != other.pid()),
        "{done}"
    );
    // The command's own stdout is inherited: probe_target prints its call count.
    assert!(nonblank_lines(&done.stdout).contains(&"7"), "{done}");
    assert!(done.stderr.contains("Attached 1 probe"), "{done}");
}

#[test]
fn cmd_option_splits_quotes_and_ignores_the_command_status() {
    if !require_root("cmd_option_splits_quotes_and_ignores_the_command_status") {
        return;
    }
    let dir = TempDir::new("cli-cmd-status");
    let tool_path = build_source(&dir, "getppid", GETPPID_SCRIPT);
    let done = run_with_timeout(
        Command::new(&tool_path)
            .arg("-c")
            .arg("sh -c 'echo \"from the command\"; exit 3'"),
        Duration::from_secs(20),
    );
    // As bpftrace: the tool's exit code is its own, not the command's.
    assert!(done.success() && !done.timed_out, "{done}");
    assert!(
        nonblank_lines(&done.stdout).contains(&"from the command"),
        "{done}"
    );

    let missing = run_with_timeout(
        Command::new(&tool_path)
            .arg("-c")
            .arg("no-such-program-for-btc --flag"),
        Duration::from_secs(20),
    );
    assert_eq!(missing.code(), Some(1), "{missing}");
    assert_eq!(nonblank_lines(&missing.stderr).len(), 1, "{missing}");
    assert!(
        missing.stderr.contains("no-such-program-for-btc"),
        "{missing}"
    );
}

#[test]
fn pid_option_with_no_such_process_is_one_line() {
    if !require_root("pid_option_with_no_such_process_is_one_line") {
        return;
    }
    let dir = TempDir::new("cli-nopid");
    let tool_path = build_source(&dir, "getppid", GETPPID_SCRIPT);
    let absent = (999_999..)
        .find(|pid| !Path::new(&format!("/proc/{pid}")).exists())
        .unwrap_or(999_999);
    let done = run_with_timeout(
        Command::new(&tool_path).arg("-p").arg(absent.to_string()),
        Duration::from_secs(20),
    );
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(done.stdout.is_empty(), "{done}");
    let lines = nonblank_lines(&done.stderr);
    assert_eq!(lines.len(), 1, "{done}");
    assert!(lines[0].contains(&absent.to_string()), "{done}");
    assert!(lines[0].contains("no such process"), "{done}");
}

#[test]
fn info_reports_kernel_facilities() {
    let dir = TempDir::new("cli-info");
    let tool_path = build_source(&dir, "getppid", GETPPID_SCRIPT);
    let started = Instant::now();
    let done = run_with_timeout(
        Command::new(&tool_path).arg("--info"),
        Duration::from_secs(20),
    );
    let elapsed = started.elapsed();
    assert!(done.success(), "{done}");
    let lines = nonblank_lines(&done.stdout);
    let has_btf = Path::new("/sys/kernel/btf/vmlinux").exists();
    assert_eq!(
        lines.contains(&"  btf: yes"),
        has_btf,
        "btf should be {has_btf}\n{done}"
    );
    for name in [
        "kprobes",
        "uprobes",
        "fentry",
        "kprobe_multi",
        "uprobe_multi",
        "kprobe_session",
        "iter",
        "dpath",
        "get_func_ip",
        "lookup_percpu_elem",
        "Loop support",
    ] {
        let prefix = format!("  {name}: ");
        assert!(
            lines.iter().any(|line| line.starts_with(&prefix)
                && (line.ends_with(": yes") || line.ends_with(": no"))),
            "no `{name}: yes|no` line\n{done}"
        );
    }
    let kprobes = Path::new("/sys/bus/event_source/devices/kprobe").exists();
    let expected = format!("  kprobes: {}", if kprobes { "yes" } else { "no" });
    assert!(lines.contains(&expected.as_str()), "{done}");
    assert!(
        elapsed < Duration::from_secs(2),
        "--info took {elapsed:?}\n{done}"
    );
}
