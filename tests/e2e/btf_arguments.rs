//! `args` typed from BTF in rawtracepoint probes (tp_btf programs), run against this kernel:
//! integer arguments with their width and sign, struct pointers walked to their fields, and
//! `args` as one record value; and `path()` (bpf_d_path) in an iter probe. The values are
//! compared with what the test knows of its workload (the pid it started, the path it
//! executed, the files it opened). fentry and fexit take the same path through the
//! compiler but cannot attach here: tests/vm/cases checks them on a 6.1 kernel.

use std::process::{Command, Stdio};
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
                  \x20 print(args);\n\
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
    // `print(args)`: the record, pointers as 0x..., as bpftrace prints it.
    let lines = nonblank_lines(&done.stdout);
    let record = lines.get(1).copied().unwrap_or_default();
    let pointer = |text: &str| {
        text.strip_prefix("0x")
            .is_some_and(|hex| !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let fields: Option<Vec<&str>> = record
        .strip_prefix("{ .p = ")
        .and_then(|rest| rest.strip_suffix(" }"))
        .map(|rest| rest.split(", ").collect());
    assert!(
        fields.as_ref().is_some_and(|fields| fields.len() == 3
            && pointer(fields[0])
            && fields[1] == format!(".old_pid = {child_pid}")
            && fields[2].strip_prefix(".bprm = ").is_some_and(pointer)),
        "print(args) printed `{record}`\n{done}"
    );
    assert_eq!(
        lines
            .iter()
            .enumerate()
            .filter(|(index, _)| *index != 1)
            .map(|(_, line)| *line)
            .collect::<Vec<_>>(),
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

#[test]
fn path_of_each_open_file_in_iter_task_file() {
    let name = "path_of_each_open_file_in_iter_task_file";
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new("iterpath");
    let output = dir.join("sleeper output");
    let log = std::fs::File::create(&output).expect("the output file is created");
    let mut sleeper = Command::new("sleep")
        .arg("30")
        .stdin(Stdio::null())
        .stdout(Stdio::from(log))
        .stderr(Stdio::null())
        .spawn()
        .expect("sleep starts");
    let pid = sleeper.id();
    let script = "iter:task_file /ctx.task.tgid == $1/ {\n\
                  \x20 printf(\"%d %s|%s\\n\", ctx.fd, path(ctx.file->f_path), path(ctx.file->f_path, 8));\n\
                  }\n";
    let tool_path = build_source(&dir, "iterpath", script);
    let done = btc_e2e::run_with_timeout(
        Command::new(&tool_path).arg(pid.to_string()),
        Duration::from_secs(20),
    );
    // What /proc says each descriptor (but 0, which bpftrace's iter probes never show) is.
    let mut expected: Vec<(u32, String)> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .expect("the fd directory")
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let fd: u32 = entry.file_name().to_str()?.parse().ok()?;
            let target = std::fs::read_link(entry.path()).ok()?;
            Some((fd, target.to_string_lossy().into_owned()))
        })
        .filter(|(fd, _)| *fd != 0)
        .collect();
    expected.sort_unstable();
    let _ = sleeper.kill();
    let _ = sleeper.wait();
    assert!(done.success(), "{done}");
    let expected: Vec<String> = expected
        .into_iter()
        .map(|(fd, path)| {
            // A path that does not fit is cut at the front (d_path builds it from the
            // end of the buffer), as bpftrace's documentation says; names made up on the
            // fly (`pipe:[N]`) do not fit at all and read as empty.
            let short = if path.starts_with('/') {
                path[path.len().saturating_sub(7)..].to_string()
            } else {
                String::new()
            };
            format!("{fd} {path}|{short}")
        })
        .collect();
    assert_eq!(nonblank_lines(&done.stdout), expected, "{done}");
    assert!(
        expected[0].contains("sleeper output"),
        "fd 1 is the output file: {expected:?}"
    );
}
