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

/// A minimal BTF file: `int` and a `struct task_struct` whose only member is
/// `btc_missing_field`, a field no kernel has. A tool built against it must fail on this
/// kernel with one line naming the struct and the field.
fn btf_with_a_missing_field() -> Vec<u8> {
    let strings = b"\0int\0task_struct\0btc_missing_field\0";
    let words: [u32; 10] = [
        // [1] INT 'int' size 4, signed, 32 bits.
        1,
        1 << 24,
        4,
        (1 << 24) | 32,
        // [2] STRUCT 'task_struct' size 4, one member.
        5,
        (4 << 24) | 1,
        4,
        // 'btc_missing_field' type 1 at bit 0.
        17,
        1,
        0,
    ];
    let types: Vec<u8> = words.iter().flat_map(|word| word.to_le_bytes()).collect();
    let mut file = Vec::new();
    file.extend_from_slice(&0xeb9f_u16.to_le_bytes());
    file.extend_from_slice(&[1, 0]); // version, flags
    for word in [
        24,
        0,
        types.len() as u32,
        types.len() as u32,
        strings.len() as u32,
    ] {
        file.extend_from_slice(&word.to_le_bytes());
    }
    file.extend_from_slice(&types);
    file.extend_from_slice(strings);
    file
}

#[test]
fn missing_field_on_the_target_is_named() {
    if !require_root("missing_field_on_the_target_is_named") {
        return;
    }
    let dir = TempDir::new("kernel_types_missing");
    let btf = dir.join("other-kernel.btf");
    std::fs::write(&btf, btf_with_a_missing_field()).unwrap();
    let script = dir.join("missing.bt");
    std::fs::write(
        &script,
        "BEGIN { printf(\"%d\\n\", curtask->btc_missing_field); exit(); }\n",
    )
    .unwrap();
    let tool = dir.join("missing");
    let done = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--btf"),
        btf.as_os_str(),
        script.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool.as_os_str(),
    ]);
    assert!(done.success(), "{done}");
    for arguments in [&[][..], &["--verify-only"][..]] {
        let done = run_with_timeout(Command::new(&tool).args(arguments), Duration::from_secs(20));
        assert_eq!(done.code(), Some(1), "{done}");
        assert_eq!(done.stdout, "", "{done}");
        assert_eq!(
            done.stderr,
            "ERROR: BEGIN: this kernel's struct task_struct has no field `btc_missing_field`\n",
            "{done}"
        );
    }
}

/// Bitfields of task_struct read with the byte size and shift relocations:
/// `in_execve` is set while a process execs (so 1 in sched_process_exec, 0 in BEGIN), and
/// `sched_reset_on_fork` is set for a process started by `chrt --reset-on-fork`.
#[test]
fn task_struct_bitfields() {
    if !require_root("task_struct_bitfields") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists()
        || !std::path::Path::new("/usr/bin/chrt").exists()
    {
        println!("SKIP task_struct_bitfields: needs /sys/kernel/btf/vmlinux and /usr/bin/chrt");
        return;
    }
    let dir = TempDir::new("kernel_types_bitfields");
    let script = "BEGIN { printf(\"begin %d\\n\", curtask->in_execve); }\n\
                  tracepoint:sched:sched_process_exec {\n\
                  \x20 printf(\"exec %s %d %d\\n\", comm, curtask->in_execve, curtask->sched_reset_on_fork);\n\
                  }\n";
    let tool = build_source(&dir, "bitfields", script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", "/usr/bin/chrt --reset-on-fork --other 0 /bin/true"]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = done
        .stdout
        .lines()
        .filter(|line| line.starts_with("begin") || line.starts_with("exec"))
        .collect();
    assert_eq!(
        lines,
        ["begin 0", "exec chrt 1 0", "exec true 1 1"],
        "{done}"
    );
}

/// Kernel enumerators are identifiers: named enums are relocated (ENUMVAL_VALUE), anonymous
/// ones are constants. The values are UAPI ones, the same on every kernel.
#[test]
fn kernel_enumerators() {
    if !require_root("kernel_enumerators") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP kernel_enumerators: no /sys/kernel/btf/vmlinux");
        return;
    }
    let dir = TempDir::new("kernel_types_enumerators");
    let script = "BEGIN {\n\
                  \x20 printf(\"%d %d %d\\n\", BPF_MAP_TYPE_HASH, BPF_MAP_TYPE_RINGBUF, TASK_COMM_LEN);\n\
                  \x20 if (BPF_PROG_TYPE_KPROBE == 2) { printf(\"kprobe is 2\\n\"); }\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "enumerators", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout.trim_end(), "1 27 16\nkprobe is 2", "{done}");
}

/// Elements of BTF arrays: the index is part of the CO-RE access string (`0:N:1`).
#[test]
fn array_elements() {
    if !require_root("array_elements") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP array_elements: no /sys/kernel/btf/vmlinux");
        return;
    }
    let dir = TempDir::new("kernel_types_arrays");
    let script = "BEGIN {\n\
                  \x20 printf(\"%c%c %d %d\\n\", curtask->comm[0], curtask->comm[1], curtask->comm[1], curtask->comm[15]);\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "arrays", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout.trim_end(), "ar 114 0", "{done}");
}

/// `__data_loc char[]` tracepoint fields are strings: sched_process_exec's `filename`, also
/// read with `str()` as bpftrace scripts do.
#[test]
fn data_location_fields_are_strings() {
    if !require_root("data_location_fields_are_strings") {
        return;
    }
    let dir = TempDir::new("kernel_types_data_loc");
    let script = "tracepoint:sched:sched_process_exec {\n\
                  \x20 printf(\"%s %s %d %s\\n\", comm, args.filename, args.pid == pid, str(args.filename, 5));\n\
                  \x20 @files[args.filename] = count();\n\
                  }\n";
    let tool = build_source(&dir, "data_loc", script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", "/bin/true"]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    assert_eq!(
        done.stdout.trim_end(),
        "true /bin/true 1 /bin\n\n\n@files[/bin/true]: 1",
        "{done}"
    );
}

/// The cgroup v2 hierarchy's mount point, from /proc/self/mountinfo.
fn cgroup2_mount() -> Option<std::path::PathBuf> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    mountinfo.lines().find_map(|line| {
        let (mount, filesystem) = line.split_once(" - ")?;
        filesystem
            .starts_with("cgroup2 ")
            .then(|| mount.split(' ').nth(4).map(std::path::PathBuf::from))?
    })
}

/// `cgroup` is the id of the task's cgroup v2, which is the inode number of its directory:
/// the tool runs in a cgroup made for the test. `cgroupid(path)` and `kaddr(symbol)` are
/// looked up by the tool when it starts, so they match this machine's cgroup and
/// /proc/kallsyms.
#[test]
fn cgroup_cgroupid_and_kaddr_are_this_machines() {
    use std::os::unix::fs::MetadataExt;
    if !require_root("cgroup_cgroupid_and_kaddr_are_this_machines") {
        return;
    }
    let Some(mount) = cgroup2_mount() else {
        println!("SKIP cgroup_cgroupid_and_kaddr_are_this_machines: no cgroup2 mount");
        return;
    };
    let kallsyms = std::fs::read_to_string("/proc/kallsyms").expect("read /proc/kallsyms");
    let vfs_read = kallsyms
        .lines()
        .find(|line| line.split_whitespace().nth(2) == Some("vfs_read"))
        .and_then(|line| line.split_whitespace().next())
        .expect("vfs_read in /proc/kallsyms")
        .to_string();
    let group = mount.join(format!("btc-e2e-{}", std::process::id()));
    let dir = TempDir::new("kernel_types_cgroup");
    let script = format!(
        "BEGIN {{\n\
         \x20 printf(\"%d %d %d\\n\", cgroup, cgroupid(\"{}\"), cgroup == cgroupid(\"{}\"));\n\
         \x20 printf(\"%lx\\n\", kaddr(\"vfs_read\"));\n\
         \x20 exit();\n\
         }}\n",
        group.display(),
        group.display()
    );
    let tool = build_source(&dir, "cgroup", &script);
    std::fs::create_dir(&group).expect("create a cgroup");
    let inode = std::fs::metadata(&group).unwrap().ino();
    let done = run_with_timeout(
        Command::new("/bin/sh")
            .arg("-c")
            .arg("echo $$ > \"$1/cgroup.procs\" && exec \"$2\"")
            .arg("sh")
            .arg(&group)
            .arg(&tool),
        Duration::from_secs(20),
    );
    let _ = std::fs::remove_dir(&group);
    assert!(done.success(), "{done}");
    assert_eq!(
        done.stdout.trim_end(),
        format!("{inode} {inode} 1\n{vfs_read}"),
        "{done}"
    );
    // A symbol this kernel does not have stops the tool before it loads anything.
    let tool = build_source(
        &dir,
        "nosymbol",
        "BEGIN { printf(\"%lx\\n\", kaddr(\"btc_no_such_symbol\")); }\n",
    );
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stderr,
        "ERROR: kaddr(\"btc_no_such_symbol\"): this kernel has no symbol `btc_no_such_symbol`\n",
        "{done}"
    );
}

/// A struct in user memory: a uprobe argument cast to a struct pointer is read with
/// bpf_probe_read_user at the struct's plain offsets. `sleep 1.25` passes
/// `{1, 250000000}` to libc's clock_nanosleep. `kptr()` and `uptr()` change the address
/// space an address is read in.
#[test]
fn user_struct_fields() {
    const LIBC: &str = "/lib/x86_64-linux-gnu/libc.so.6";
    if !require_root("user_struct_fields") {
        return;
    }
    if !std::path::Path::new(LIBC).exists() || !std::path::Path::new("/bin/sleep").exists() {
        println!("SKIP user_struct_fields: needs {LIBC} and /bin/sleep");
        return;
    }
    let dir = TempDir::new("kernel_types_user_struct");
    let script = format!(
        "uprobe:{LIBC}:clock_nanosleep {{\n\
         \x20 $ts = (struct timespec64 *)arg2;\n\
         \x20 $kernel = (struct timespec64 *)kptr(arg2);\n\
         \x20 $user = (struct timespec64 *)uptr(kptr(arg2));\n\
         \x20 printf(\"%d %d %d %d\\n\", $ts->tv_sec, $ts->tv_nsec, $kernel->tv_nsec, $user->tv_sec);\n\
         }}\n"
    );
    let tool = build_source(&dir, "user_struct", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", "/bin/sleep 1.25"]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    // kptr() makes it a kernel read of a user address, which fails and gives 0.
    assert_eq!(done.stdout.trim_end(), "1 250000000 0 1", "{done}");
}

/// `*p` on a kernel struct pointer copies the struct (CO-RE relocated, member by member)
/// as a record: the tool's `fs_struct` umask is the one it inherited from this process.
#[test]
fn kernel_struct_value_matches_proc() {
    if !require_root("kernel_struct_value_matches_proc") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP kernel_struct_value_matches_proc: no /sys/kernel/btf/vmlinux");
        return;
    }
    let dir = TempDir::new("kernel_struct_value");
    let script = "BEGIN {\n\
                  \x20 $fs = *curtask->fs;\n\
                  \x20 printf(\"%04o %d\\n\", $fs.umask, $fs.root.mnt != 0);\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "fs", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    let status = std::fs::read_to_string("/proc/self/status").expect("read status");
    let umask = status
        .lines()
        .find_map(|line| line.strip_prefix("Umask:"))
        .expect("a Umask line")
        .trim();
    assert_eq!(done.stdout.trim(), format!("{umask} 1"), "{done}");
}

/// `*` on an integer reads a `uint64` at that kernel address (bpftrace's `*kaddr("x")`):
/// the kernel's `__start_BTF` holds the bytes /sys/kernel/btf/vmlinux starts with.
#[test]
fn dereference_of_an_integer_reads_a_uint64() {
    if !require_root("dereference_of_an_integer_reads_a_uint64") {
        return;
    }
    let Ok(btf) = std::fs::read("/sys/kernel/btf/vmlinux") else {
        println!("SKIP dereference_of_an_integer_reads_a_uint64: no /sys/kernel/btf/vmlinux");
        return;
    };
    let dir = TempDir::new("kernel_dereference_integer");
    let script = "BEGIN {\n\
                  \x20 $btf = kaddr(\"__start_BTF\");\n\
                  \x20 printf(\"%lx %x\\n\", *$btf, *(uint16 *)$btf);\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "start_btf", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    let first = u64::from_le_bytes(btf[..8].try_into().expect("8 bytes"));
    assert_eq!(
        done.stdout.trim(),
        format!("{first:x} {:x}", first & 0xffff),
        "{done}"
    );
}

/// `container_of(p, struct S, member)` walks back from a member to its struct: from the
/// tool's own `tasks` list node to its task, and from the next node to the next task.
#[test]
fn container_of_finds_the_task() {
    if !require_root("container_of_finds_the_task") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        println!("SKIP container_of_finds_the_task: no /sys/kernel/btf/vmlinux");
        return;
    }
    let dir = TempDir::new("kernel_container_of");
    let script = "BEGIN {\n\
                  \x20 $node = (uint64)curtask + offsetof(struct task_struct, tasks);\n\
                  \x20 $task = container_of($node, struct task_struct, tasks);\n\
                  \x20 $next = container_of(curtask->tasks.next, struct task_struct, tasks);\n\
                  \x20 printf(\"%d %d %d\\n\", $task == curtask, $task->pid == tid, $next->tasks.prev == $node);\n\
                  \x20 exit();\n\
                  }\n";
    let tool = build_source(&dir, "container_of", script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout.trim(), "1 1 1", "{done}");
}
