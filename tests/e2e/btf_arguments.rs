//! `args` typed from BTF in rawtracepoint probes (tp_btf programs), run against this kernel:
//! integer arguments with their width and sign, struct pointers walked to their fields, and
//! `args` as one record value. The values are compared with what the test knows of its
//! workload (the pid it started, the path it executed). fentry and fexit take the same path
//! through the compiler but cannot attach here: tests/vm/cases checks them on a 6.1 kernel.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, Tool, build_probe_target, build_source, nonblank_lines, require_root};

#[test]
fn rawtracepoint_args_of_sched_process_exec() {
    let name = "rawtracepoint_args_of_sched_process_exec";
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new("rtargs");
    let target = build_probe_target(&dir);
    let script = "rawtracepoint:sched_process_exec /comm == \"probe_target\"/ {\n\
                  \x20 printf(\"pid=%d old_pid=%d file=%s\\n\", args.p->pid, args.old_pid, \
                  str(args.bprm->filename));\n\
                  \x20 $all = args;\n\
                  \x20 printf(\"record old_pid=%d\\n\", $all.old_pid);\n\
                  \x20 @tgid = args.p->tgid == pid;\n\
                  }\n";
    let tool_path = build_source(&dir, "rtargs", script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    let mut child = Command::new(&target)
        .spawn()
        .expect("the probe target starts");
    let child_pid = child.id();
    assert!(child.wait().expect("the probe target runs").success());
    let seen = tool.wait_for_line(Duration::from_secs(10), |line| line.starts_with("record"));
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(seen.is_some(), "no record line\n{done}");
    assert_eq!(
        nonblank_lines(&done.stdout),
        [
            format!(
                "pid={child_pid} old_pid={child_pid} file={}",
                target.display()
            ),
            format!("record old_pid={child_pid}"),
            "@tgid: 1".to_string(),
        ],
        "{done}"
    );
}

#[test]
fn rawtracepoint_args_of_sched_switch() {
    let name = "rawtracepoint_args_of_sched_switch";
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new("rtswitch");
    // The switch runs in the task being switched out: `prev` is the current task. A task
    // that blocks (`prev_state` not 0) is not the one switched to.
    let script = "rawtracepoint:sched_switch {\n\
                  \x20 @prev_is_current[args.prev->pid == tid] = count();\n\
                  \x20 if (args.prev_state != 0 && args.prev == args.next) { @blocked_to_itself = count(); }\n\
                  \x20 @preempt_is_bool[args.preempt <= 1] = count();\n\
                  }\n\
                  interval:ms:300 { exit(); }\n";
    let tool_path = build_source(&dir, "rtswitch", script);
    let done = btc_e2e::run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    let lines = nonblank_lines(&done.stdout);
    assert_eq!(lines.len(), 2, "{done}");
    assert!(lines[0].starts_with("@preempt_is_bool[1]: "), "{done}");
    assert!(lines[1].starts_with("@prev_is_current[1]: "), "{done}");
}
