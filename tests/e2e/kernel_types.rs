//! Kernel struct walks through BTF and CO-RE: the values a tool reads from `curtask` must
//! match what /proc says about the same process.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, build_source, require_root, run_with_timeout};

#[test]
fn curtask_fields_match_proc() {
    if !require_root("curtask_fields_match_proc") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP curtask_fields_match_proc: no /sys/kernel/btf/vmlinux");
        eprintln!("SKIP curtask_fields_match_proc: no /sys/kernel/btf/vmlinux");
        return;
    }
    let dir = TempDir::new("kernel_types");
    let script = "BEGIN {\n\
                  \x20 printf(\"%d %d %d %d\\n\", pid, curtask->tgid, ppid, curtask->real_parent->tgid);\n\
                  \x20 printf(\"%s|%s|%d\\n\", curtask->comm, pcomm, curtask->mm != 0);\n\
                  \x20 $task = (struct task_struct *)curtask;\n\
                  \x20 printf(\"%d\\n\", $task->pid == tid);\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "walk", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = done
        .stdout
        .lines()
        .filter(|line| !line.is_empty())
        .collect();
    assert_eq!(lines.len(), 3, "{done}");
    let numbers: Vec<u32> = lines[0]
        .split(' ')
        .map(|n| n.parse().expect("a number"))
        .collect();
    let (pid, tgid, ppid, parent_tgid) = (numbers[0], numbers[1], numbers[2], numbers[3]);
    assert_eq!(pid, tgid, "curtask->tgid is the pid\n{done}");
    assert_eq!(
        ppid,
        std::process::id(),
        "ppid is this test process\n{done}"
    );
    assert_eq!(parent_tgid, ppid, "{done}");
    // The tool's real_parent is the thread that spawned it: compare with that thread's name.
    let this_comm = std::fs::read_to_string("/proc/thread-self/comm").expect("read comm");
    let this_comm = this_comm.trim_end();
    assert_eq!(lines[1], format!("walk|{this_comm}|1"), "{done}");
    assert_eq!(lines[2], "1", "{done}");
}

#[test]
fn unknown_struct_and_field_are_named() {
    let dir = TempDir::new("kernel_types_errors");
    let script = dir.join("bad.bt");
    std::fs::write(
        &script,
        "BEGIN { printf(\"%d\\n\", curtask->no_such_field); }\n",
    )
    .unwrap();
    let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP unknown_struct_and_field_are_named: no /sys/kernel/btf/vmlinux");
        return;
    }
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("error: struct task_struct has no field `no_such_field`"),
        "{done}"
    );
    assert!(
        done.stderr
            .contains("kernel types were read from /sys/kernel/btf/vmlinux"),
        "{done}"
    );
    std::fs::write(
        &script,
        "BEGIN { printf(\"%d\\n\", ((struct no_such_struct *)0)->x); }\n",
    )
    .unwrap();
    let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("error: unknown type struct no_such_struct"),
        "{done}"
    );
}
