//! One end-to-end test per probe type this machine can attach: uprobe and uretprobe on a
//! program the test compiles itself, rawtracepoint, profile, software, interval, and
//! tracepoint wildcards with the `probe` builtin. kprobe and fentry cannot attach on this
//! kernel (no CONFIG_KPROBES, fentry refused): their tests check the one-line explanation
//! and that `--verify-only` still passes the verifier; `make vmtest` attaches them for real
//! on a 6.1 kernel.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    TempDir, Tool, build_probe_target, build_source, nonblank_lines, require_root,
    run_with_timeout, run_workload,
};

/// A count map line `@name...: N` with N parsed.
fn count(stdout: &str, prefix: &str) -> Option<u64> {
    stdout
        .lines()
        .find_map(|line| line.strip_prefix(prefix))
        .and_then(|rest| rest.trim().parse().ok())
}

#[test]
fn uprobe_and_uretprobe() {
    if !require_root("uprobe_and_uretprobe") {
        return;
    }
    let dir = TempDir::new("uprobe");
    let target = build_probe_target(&dir);
    let script = format!(
        "uprobe:{0}:btc_target_function {{ printf(\"enter %d %s\\n\", arg0, func); }}\n\
         uretprobe:{0}:btc_target_function {{ printf(\"return %d\\n\", retval); }}\n",
        target.display()
    );
    let tool_path = build_source(&dir, "uprobes", &script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(&mut Command::new(&target));
    let seen = tool.wait_for_line(Duration::from_secs(10), |line| line == "return 84");
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(seen.is_some(), "no `return 84` line\n{done}");
    let lines = nonblank_lines(&done.stdout);
    assert_eq!(
        lines,
        [
            "enter 40 btc_target_function",
            "return 80",
            "enter 41 btc_target_function",
            "return 82",
            "enter 42 btc_target_function",
            "return 84",
        ],
        "{done}"
    );
}

#[test]
fn tracepoint_wildcard_with_probe_builtin() {
    if !require_root("tracepoint_wildcard_with_probe_builtin") {
        return;
    }
    let dir = TempDir::new("wildcard");
    let target = build_probe_target(&dir);
    let script = "tracepoint:syscalls:sys_enter_getppid*,tracepoint:syscalls:sys_enter_getpgid \
                  /comm == \"probe_target\"/ { @[probe] = count(); }\n";
    let tool_path = build_source(&dir, "wildcard", script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(&target).arg("getppid"));
    std::thread::sleep(Duration::from_millis(200));
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(
        nonblank_lines(&done.stdout),
        ["@[tracepoint:syscalls:sys_enter_getppid]: 5"],
        "{done}"
    );
    assert!(done.stderr.contains("Attached 2 probes"), "{done}");
}

#[test]
fn rawtracepoint_profile_software_and_interval() {
    if !require_root("rawtracepoint_profile_software_and_interval") {
        return;
    }
    let dir = TempDir::new("perf");
    let script = "rawtracepoint:sched_switch { @switches = count(); }\n\
                  profile:hz:99 { @ticks = count(); }\n\
                  software:cpu-clock:1000000 { @clock = count(); }\n\
                  interval:ms:500 { exit(); }\n";
    let tool_path = build_source(&dir, "perf", script);
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    for name in ["@clock: ", "@switches: ", "@ticks: "] {
        let value = count(&done.stdout, name);
        assert!(
            value.is_some_and(|value| value > 0),
            "no positive `{name}N`\n{done}"
        );
    }
    // 99 Hz on every CPU for half a second: a few dozen ticks per CPU.
    let ticks = count(&done.stdout, "@ticks: ").unwrap_or(0);
    assert!(
        (10..2000).contains(&ticks),
        "implausible profile count {ticks}\n{done}"
    );
}

#[test]
fn kprobe_explains_what_is_missing() {
    if !require_root("kprobe_explains_what_is_missing") {
        return;
    }
    if Path::new("/sys/bus/event_source/devices/kprobe").exists() {
        println!(
            "SKIP kprobe_explains_what_is_missing: this kernel has kprobes (make vmtest attaches them)"
        );
        eprintln!("SKIP kprobe_explains_what_is_missing: this kernel has kprobes");
        return;
    }
    let dir = TempDir::new("kprobe");
    let script = "kprobe:do_sys_openat2 { printf(\"%s %d\\n\", func, arg0); }\n\
                  kretprobe:do_sys_openat2 { @ = hist(retval); }\n";
    let tool_path = build_source(&dir, "kprobe", script);
    let verified = run_with_timeout(
        Command::new(&tool_path).arg("--verify-only"),
        Duration::from_secs(20),
    );
    assert!(
        verified.success(),
        "--verify-only must load kprobe programs\n{verified}"
    );
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert!(!done.success(), "attaching a kprobe here must fail\n{done}");
    let errors: Vec<&str> = done
        .stderr
        .lines()
        .filter(|line| line.starts_with("ERROR"))
        .collect();
    assert_eq!(errors.len(), 1, "exactly one error line\n{done}");
    assert!(errors[0].contains("kprobe:do_sys_openat2"), "{done}");
    assert!(errors[0].contains("CONFIG_KPROBES"), "{done}");
    assert!(errors[0].contains("fentry:do_sys_openat2"), "{done}");
}
