//! The builtins and functions of issue 3, run for real: `rand`, `ncpus`, `numaid`,
//! `jiffies`, `probetype`, `ctx`, `usermode`, `leader_tid`, `leader_comm`, `cpid`,
//! `has_cpid`, `nsecs(CLOCK)`, `username`, `signal_name`, `syscall_name`, `cgroup_path`,
//! `uaddr`, `pton`, `fail`, `assert`, `assert_str`, `kfunc_exist`, `kfunc_allowed`,
//! `getopt` and `memcmp`.
//! Each test builds a tool, runs it as root on this kernel and checks its whole
//! output against what bpftrace v0.26 prints for the same script (values that depend on
//! the machine are compared with what the test reads from /proc and /sys).

use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    TempDir, Tool, build_probe_target, build_source, require_root, run_with_timeout, run_workload,
};

/// Builds `script` as a tool named `name`, runs it with `arguments` and returns its stdout.
fn run(name: &str, script: &str, arguments: &[&str]) -> String {
    let dir = TempDir::new(name);
    let tool = build_source(&dir, name, script);
    let done = run_with_timeout(
        Command::new(&tool).arg("-q").args(arguments),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    done.stdout
}

/// The number of possible CPUs, from /sys (`0-3` → 4; `0` → 1; `0-1,4-5` → 4).
fn possible_cpus() -> u64 {
    let text = std::fs::read_to_string("/sys/devices/system/cpu/possible").unwrap();
    text.trim()
        .split(',')
        .map(|range| match range.split_once('-') {
            Some((low, high)) => high.parse::<u64>().unwrap() - low.parse::<u64>().unwrap() + 1,
            None => 1,
        })
        .sum()
}

#[test]
fn cheap_builtins_in_begin() {
    if !require_root("cheap_builtins_in_begin") {
        return;
    }
    // The tool's comm, and so its thread group leader's, is its file name.
    let script = r#"BEGIN {
  printf("%d %d %s %s\n", ncpus, numaid, probetype, probetype());
  printf("%d %d %d\n", rand() <= 0xffffffff, jiffies > 0, jiffies() >= jiffies);
  printf("%d %s %s %d\n", leader_tid == pid, leader_comm, leader_comm(curtask), leader_tid(curtask) == tid);
  printf("%d\n", has_cpid);
  @n = ncpus;
  @p = probetype;
  exit();
}
"#;
    let cpus = possible_cpus();
    assert_eq!(
        run("leader", script, &[]),
        format!(
            "{cpus} 0 special special\n1 1 1\n1 leader leader 1\n0\n\n\n@n: {cpus}\n@p: special\n"
        )
    );
    assert_eq!(
        run("leader", script, &["-f", "json"]),
        format!(
            "{{\"type\": \"printf\", \"data\": \"{cpus} 0 special special\\n\"}}\n\
             {{\"type\": \"printf\", \"data\": \"1 1 1\\n\"}}\n\
             {{\"type\": \"printf\", \"data\": \"1 leader leader 1\\n\"}}\n\
             {{\"type\": \"printf\", \"data\": \"0\\n\"}}\n\
             {{\"type\": \"map\", \"data\": {{\"@n\": {cpus}}}}}\n\
             {{\"type\": \"map\", \"data\": {{\"@p\": \"special\"}}}}\n"
        )
    );
}

#[test]
fn rand_spreads_over_buckets() {
    if !require_root("rand_spreads_over_buckets") {
        return;
    }
    // 64 draws of rand % 4: every bucket is hit (the chance one is missed is 4 * 0.75^64).
    let script = r#"BEGIN {
  for ($i : 0..64) { @[rand % 4] = count(); }
  printf("%d\n", len(@));
  clear(@);
  exit();
}
"#;
    assert_eq!(run("rand", script, &[]), "4\n\n\n");
}

#[test]
fn probetype_names_the_provider_whatever_the_alias() {
    if !require_root("probetype_names_the_provider_whatever_the_alias") {
        return;
    }
    let script = r#"i:ms:100 { printf("%s\n", probetype); exit(); }
END { printf("%s\n", probetype); }
"#;
    assert_eq!(run("probetype", script, &[]), "interval\nspecial\n\n\n");
}

#[test]
fn cpid_is_the_child_of_dash_c() {
    if !require_root("cpid_is_the_child_of_dash_c") {
        return;
    }
    // The interval probe keeps the tool running until the child exits (a BEGIN-only tool
    // may stop before the child has run).
    let script = r#"BEGIN { @child = cpid; @has = has_cpid; }
interval:s:10 { exit(); }
"#;
    let dir = TempDir::new("cpid");
    let tool = build_source(&dir, "cpid", script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-q", "-c", "/bin/sh -c 'echo $$'"]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    // The child prints its own pid, then the maps follow when it has exited.
    let child = done.stdout.lines().next().unwrap_or_default().to_string();
    assert!(child.parse::<u32>().is_ok(), "{done}");
    assert_eq!(
        done.stdout,
        format!("{child}\n\n\n@child: {child}\n@has: 1\n")
    );
}

#[test]
fn cpid_without_dash_c_warns() {
    if !require_root("cpid_without_dash_c_warns") {
        return;
    }
    let script = "BEGIN { printf(\"%d %d\\n\", cpid, has_cpid); exit(); }\n";
    let dir = TempDir::new("nocpid");
    let tool = build_source(&dir, "nocpid", script);
    let done = run_with_timeout(Command::new(&tool).arg("-q"), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout, "0 0\n\n\n");
    assert!(
        done.stderr
            .contains("WARNING: No child command (`-c`); cpid is zero"),
        "{done}"
    );
}

#[test]
fn ctx_and_usermode_in_uprobes_and_perf_events() {
    if !require_root("ctx_and_usermode_in_uprobes_and_perf_events") {
        return;
    }
    let dir = TempDir::new("ctx");
    let target = build_probe_target(&dir);
    // A uprobe fires in user mode; ctx is its struct pt_regs.
    let script = format!(
        "uprobe:{}:btc_target_function {{\n\
         printf(\"%d %s %d %d %d\\n\", usermode, probetype, ctx->ip == reg(\"ip\"), ctx->di == arg0, (uint64)ctx == (uint64)ctx());\n\
         exit();\n\
         }}\n",
        target.display()
    );
    let tool_path = build_source(&dir, "ctx", &script);
    let mut tool = Tool::spawn(Command::new(&tool_path).arg("-q"));
    std::thread::sleep(Duration::from_millis(500));
    run_workload(&mut Command::new(&target));
    let done = tool.finish(Duration::from_secs(10));
    assert_eq!(done.stdout, "1 uprobe 1 1 1\n\n\n", "{done}");

    // A profile probe's ctx is a struct bpf_perf_event_data; the samples land in both modes.
    let script = "profile:hz:997 { @[usermode] = count(); @period = ctx->sample_period > 0; }\n\
                  interval:ms:500 { exit(); }\n";
    let stdout = run("perfctx", script, &[]);
    assert!(stdout.contains("@period: 1\n"), "{stdout}");
    assert!(
        stdout.contains("@[0]: ") || stdout.contains("@[1]: "),
        "{stdout}"
    );
}

#[test]
fn ctx_is_refused_where_bpftrace_refuses_it() {
    let dir = TempDir::new("ctx_errors");
    for (script, message) in [
        (
            "tracepoint:syscalls:sys_enter_openat { print(ctx); }\n",
            "error: Use args instead of ctx in tracepoint",
        ),
        (
            "BEGIN { print(ctx); }\n",
            "error: The ctx builtin can not be used with 'special' probes",
        ),
        (
            "profile:hz:99 { $c = ctx; @ = $c->sample_period; }\n",
            "error: the fields of a perf-event probe's ctx are read as ctx->field",
        ),
    ] {
        let path = dir.join("script.bt");
        std::fs::write(&path, script).unwrap();
        let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{done}");
        assert!(done.stderr.contains(message), "{script}: {done}");
    }
}

#[test]
fn nsecs_with_a_clock() {
    if !require_root("nsecs_with_a_clock") {
        return;
    }
    // CLOCK_BOOTTIME counts suspended time too, so it is never behind CLOCK_MONOTONIC;
    // TAI is an epoch clock, far ahead of both; sw_tai approximates tai within a millisecond.
    let script = r#"BEGIN {
  $m = nsecs(monotonic); $b = nsecs(boot); $n = nsecs; $t = nsecs(tai); $s = nsecs(sw_tai);
  printf("%d %d %d %d\n", $b >= $m, $n >= $b, $t > $n, ($s - $t) / 1000000);
  exit();
}
"#;
    assert_eq!(run("clocks", script, &[]), "1 1 1 0\n\n\n");
    let dir = TempDir::new("clock_error");
    let path = dir.join("script.bt");
    std::fs::write(&path, "BEGIN { print(nsecs(wall)); }\n").unwrap();
    let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("1:21: error: Invalid timestamp mode: wall"),
        "{done}"
    );
}

#[test]
fn username_names_the_uid_on_the_target() {
    if !require_root("username_names_the_uid_on_the_target") {
        return;
    }
    // nobody (65534) is in /etc/passwd; uid 4242 is not, and prints empty, as in bpftrace.
    // nobody runs twice so that the map's order (by count) is fixed.
    let script = "tracepoint:syscalls:sys_enter_execve /uid == 65534 || uid == 4242/ {\n\
                  printf(\"%d %s.\\n\", uid, username);\n\
                  @[username()] = count();\n\
                  if (uid == 4242) { exit(); }\n\
                  }\n";
    let dir = TempDir::new("username");
    let tool_path = build_source(&dir, "username", script);
    for format in ["text", "json"] {
        let mut tool = Tool::spawn(Command::new(&tool_path).args(["-q", "-f", format]));
        std::thread::sleep(Duration::from_millis(500));
        for uid in ["--reuid=65534", "--reuid=65534", "--reuid=4242"] {
            run_workload(Command::new("setpriv").args([
                uid,
                "--regid=65534",
                "--clear-groups",
                "/bin/true",
            ]));
        }
        let done = tool.finish(Duration::from_secs(10));
        let expected = if format == "text" {
            "65534 nobody.\n65534 nobody.\n4242 .\n\n\n@[]: 1\n@[nobody]: 2\n"
        } else {
            "{\"type\": \"printf\", \"data\": \"65534 nobody.\\n\"}\n\
             {\"type\": \"printf\", \"data\": \"65534 nobody.\\n\"}\n\
             {\"type\": \"printf\", \"data\": \"4242 .\\n\"}\n\
             {\"type\": \"map\", \"data\": {\"@\": {\"\": 1, \"nobody\": 2}}}\n"
        };
        assert_eq!(done.stdout, expected, "{done}");
    }
}

#[test]
fn signal_and_syscall_names() {
    if !require_root("signal_and_syscall_names") {
        return;
    }
    let script = r#"BEGIN {
  printf("%s|%s|%s|%s|%s\n", signal_name(2), signal_name(SIGKILL), signal_name(0), signal_name(65), signal_name(-1));
  printf("%s|%s|%s|%s\n", syscall_name(0), syscall_name(257), syscall_name(547), syscall_name(400));
  $s = syscall_name(59);
  print($s);
  @[signal_name(15)] = count();
  @t = (signal_name(34), syscall_name(1));
  exit();
}
"#;
    assert_eq!(
        run("names", script, &[]),
        "Interrupt|Killed|Unknown signal 0|N/A|N/A\n\
         read|openat|pwritev2|Unknown syscall\n\
         execve\n\n\n\
         @[Terminated]: 1\n\
         @t: (Real-time signal 0, write)\n"
    );
    assert_eq!(
        run("names", script, &["-f", "json"]),
        "{\"type\": \"printf\", \"data\": \"Interrupt|Killed|Unknown signal 0|N/A|N/A\\n\"}\n\
         {\"type\": \"printf\", \"data\": \"read|openat|pwritev2|Unknown syscall\\n\"}\n\
         {\"type\": \"value\", \"data\": \"execve\"}\n\
         {\"type\": \"map\", \"data\": {\"@\": {\"Terminated\": 1}}}\n\
         {\"type\": \"map\", \"data\": {\"@t\": [\"Real-time signal 0\",\"write\"]}}\n"
    );
}

/// The directory of the first cgroup2 mount in /proc/mounts.
fn cgroup2_root() -> Option<String> {
    std::fs::read_to_string("/proc/mounts")
        .ok()?
        .lines()
        .find_map(|line| {
            let mut fields = line.split(' ');
            (fields.next()? == "cgroup2").then(|| fields.next().map(str::to_string))?
        })
}

#[test]
fn cgroup_path_names_a_cgroup_id() {
    if !require_root("cgroup_path_names_a_cgroup_id") {
        return;
    }
    let Some(root) = cgroup2_root() else {
        eprintln!("SKIP cgroup_path_names_a_cgroup_id: no cgroup2 mount");
        return;
    };
    let cgroup = format!("{root}/btc_cgroup_path_test");
    let _ = std::fs::create_dir(&cgroup);
    // The filter leaves out the cgroup v1 hierarchies (whose root inodes may also be 1).
    let script = format!(
        "BEGIN {{\n\
         print(cgroup_path(cgroupid(\"{cgroup}\"), \"unified\"));\n\
         printf(\"%s.\\n\", cgroup_path(cgroupid(\"{cgroup}\"), \"cpu*\"));\n\
         @[cgroup_path(cgroupid(\"{cgroup}\"))] = count();\n\
         exit();\n\
         }}\n"
    );
    let text = run("cgpath", &script, &[]);
    let json = run("cgpath", &script, &["-f", "json"]);
    let _ = std::fs::remove_dir(&cgroup);
    assert_eq!(
        text,
        "unified:/btc_cgroup_path_test\n.\n\n\n@[unified:/btc_cgroup_path_test]: 1\n"
    );
    assert_eq!(
        json,
        "{\"type\": \"value\", \"data\": \"unified:/btc_cgroup_path_test\"}\n\
         {\"type\": \"printf\", \"data\": \".\\n\"}\n\
         {\"type\": \"map\", \"data\": {\"@\": {\"unified:/btc_cgroup_path_test\": 1}}}\n"
    );
}

#[test]
fn uaddr_in_pie_and_fixed_executables() {
    if !require_root("uaddr_in_pie_and_fixed_executables") {
        return;
    }
    let dir = TempDir::new("uaddr");
    let pie = build_probe_target(&dir);
    // The same program linked at fixed addresses (ET_EXEC).
    let fixed = dir.join("probe_target_fixed");
    let source = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/probe_target.c");
    let done = run_with_timeout(
        Command::new("cc")
            .args(["-O2", "-no-pie", "-fno-omit-frame-pointer", "-o"])
            .arg(&fixed)
            .arg(&source),
        Duration::from_secs(60),
    );
    assert!(done.success(), "{done}");
    // btc_watched is a global `long` (8 bytes, so `*uaddr` reads a uint64) that starts at 1.
    for (binary, probe) in [(&pie, "uprobe"), (&fixed, "uprobe"), (&fixed, "uretprobe")] {
        let script = format!(
            "{probe}:{}:btc_target_function {{\n\
             printf(\"%d %d\\n\", *uaddr(\"btc_watched\"), sizeof(*uaddr(\"btc_watched\")));\n\
             exit();\n\
             }}\n",
            binary.display()
        );
        let tool_path = build_source(&dir, "uaddr", &script);
        let mut tool = Tool::spawn(Command::new(&tool_path).arg("-q"));
        std::thread::sleep(Duration::from_millis(500));
        run_workload(&mut Command::new(binary));
        let done = tool.finish(Duration::from_secs(10));
        assert_eq!(
            done.stdout,
            "1 8\n\n\n",
            "{probe} {}: {done}",
            binary.display()
        );
    }
    // A function's own address is where its uprobe fires.
    let script = format!(
        "uprobe:{}:btc_target_function {{ printf(\"%d\\n\", uaddr(\"btc_target_function\") == reg(\"ip\")); exit(); }}\n",
        pie.display()
    );
    let tool_path = build_source(&dir, "uaddr_ip", &script);
    let mut tool = Tool::spawn(Command::new(&tool_path).arg("-q"));
    std::thread::sleep(Duration::from_millis(500));
    run_workload(&mut Command::new(&pie));
    let done = tool.finish(Duration::from_secs(10));
    assert_eq!(done.stdout, "1\n\n\n", "{done}");
}

#[test]
fn uaddr_errors() {
    let dir = TempDir::new("uaddr_errors");
    for (script, message) in [
        (
            "kprobe:vfs_read { print(uaddr(\"x\")); }\n",
            "error: uaddr() can not be used for this probetype: kprobe",
        ),
        (
            "uprobe:/bin/sh:main { print(uaddr(\"no_such_symbol_here\")); }\n",
            "error: Could not resolve symbol: /bin/sh:no_such_symbol_here",
        ),
    ] {
        let path = dir.join("script.bt");
        std::fs::write(&path, script).unwrap();
        let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{done}");
        assert!(done.stderr.contains(message), "{script}: {done}");
    }
}

#[test]
fn pton_and_assert() {
    if !require_root("pton_and_assert") {
        return;
    }
    let script = r#"BEGIN {
  $a = pton("192.168.1.10");
  print($a);
  print(pton("::1"));
  printf("%s %s %d\n", ntop(pton("10.0.0.1")), ntop(pton("fe80::1")), $a[3]);
  @k[pton("1.2.3.4")] = 1;
  @v = pton("127.0.0.1");
  assert(1 == 1, "fine");
  assert_str(comm);
  assert(pid == 0, "pid is not 0");
  printf("not reached\n");
}
"#;
    let dir = TempDir::new("pton");
    let tool = build_source(&dir, "pton", script);
    let done = run_with_timeout(Command::new(&tool).arg("-q"), Duration::from_secs(20));
    // The failed assert prints its error and exits with 1, as bpftrace's stdlib macro does.
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stdout,
        "[192,168,1,10]\n[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]\n10.0.0.1 fe80::1 10\n\n\n\
         @k[[1,2,3,4]]: 1\n@v: [127,0,0,1]\n"
    );
    assert!(
        done.stderr
            .contains("pton.bt:10:3-35: ERROR: assert failed: pid is not 0"),
        "{done}"
    );
    let done = run_with_timeout(
        Command::new(&tool).args(["-q", "-f", "json"]),
        Duration::from_secs(20),
    );
    assert_eq!(
        done.stdout,
        "{\"type\": \"value\", \"data\": [192,168,1,10]}\n\
         {\"type\": \"value\", \"data\": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1]}\n\
         {\"type\": \"printf\", \"data\": \"10.0.0.1 fe80::1 10\\n\"}\n\
         {\"type\": \"errorf\", \"msg\": \"assert failed: pid is not 0\", \"filename\": \"pton.bt\", \"line\": 10, \"col\": 3}\n\
         {\"type\": \"map\", \"data\": {\"@k\": {\"[1,2,3,4]\": 1}}}\n\
         {\"type\": \"map\", \"data\": {\"@v\": [127,0,0,1]}}\n"
    );
}

#[test]
fn compile_time_function_errors() {
    let dir = TempDir::new("compile_time_errors");
    for (script, message) in [
        (
            "BEGIN { fail(\"Expected %d got %s (%5d|%-3x|)\", 2, \"x\", -7, 255); }\n",
            "1:9: error: Expected 2 got x (   -7|ff |)",
        ),
        (
            "BEGIN { fail(\"x %d\", pid); }\n",
            "error: fail() arguments need to be literals",
        ),
        (
            "BEGIN { assert_str(1); }\n",
            "error: string-like values must be either strings, arrays or pointers",
        ),
        (
            "BEGIN { $x = (int32 *)0; assert_str($x); }\n",
            "error: static_assert failed: string-like pointers must point to a char-like type",
        ),
        (
            "BEGIN { print(pton(\"1.2.3\")); }\n",
            "error: pton() expects a valid IPv4/IPv6 address, got 1.2.3",
        ),
        (
            "BEGIN { print(pton(\"localhost\")); }\n",
            "error: pton() expects an string argument of an IPv4/IPv6 address, got localhost",
        ),
    ] {
        let path = dir.join("script.bt");
        std::fs::write(&path, script).unwrap();
        let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{done}");
        assert!(done.stderr.contains(message), "{script}: {done}");
    }
}

#[test]
fn kfunc_checks_answer_for_the_running_kernel() {
    if !require_root("kfunc_checks_answer_for_the_running_kernel") {
        return;
    }
    // bpf_task_from_pid is a kfunc since 6.2 that tracepoint programs may call.
    let script = r#"BEGIN {
  printf("%d %d %d\n", kfunc_exist("bpf_task_from_pid"), kfunc_exist("no_such_kfunc_here"), kfunc_allowed("no_such_kfunc_here"));
}
tracepoint:syscalls:sys_enter_getppid { printf("%d\n", kfunc_allowed("bpf_task_from_pid")); exit(); }
"#;
    let dir = TempDir::new("kfunc");
    let tool_path = build_source(&dir, "kfunc", script);
    let mut tool = Tool::spawn(Command::new(&tool_path).arg("-q"));
    std::thread::sleep(Duration::from_millis(500));
    let target = build_probe_target(&dir);
    run_workload(Command::new(&target).arg("getppid"));
    let done = tool.finish(Duration::from_secs(10));
    assert_eq!(done.stdout, "1 0 0\n1\n\n\n", "{done}");
}

#[test]
fn getopt_reads_named_options() {
    if !require_root("getopt_reads_named_options") {
        return;
    }
    let script = r#"// Named options.
BEGIN {
  print((getopt("aa", 10, "Description of aa"), getopt("bb", "hello"), getopt("cc"), getopt("dd", false)));
  printf("%d %s\n", getopt("aa", 10) + 1, getopt("bb", "hello"));
  if (getopt("cc")) { printf("cc set\n"); }
  exit();
}
"#;
    assert_eq!(
        run("getopt", script, &[]),
        "(10, hello, 0, 0)\n11 hello\n\n\n"
    );
    assert_eq!(
        run(
            "getopt",
            script,
            &["--cc", "--bb=bye", "--aa=-3", "--dd=true"]
        ),
        "(-3, bye, 1, 1)\n-2 bye\ncc set\n\n\n"
    );
    assert_eq!(
        run("getopt", script, &["-f", "json", "--bb=a b c", "--cc=0"]),
        "{\"type\": \"value\", \"data\": [10,\"a b c\",0,0]}\n\
         {\"type\": \"printf\", \"data\": \"11 a b c\\n\"}\n"
    );
    let dir = TempDir::new("getopt_errors");
    let tool = build_source(&dir, "getopt", script);
    for (arguments, message) in [
        (["--aa=x"], "ERROR: option `--aa` needs an integer, not `x`"),
        (
            ["--dd=maybe"],
            "ERROR: option `--dd` is a boolean: true, false, 1 or 0, not `maybe`",
        ),
        (
            ["--zz"],
            "ERROR: unknown option `--zz`; see `getopt --help`",
        ),
        (["--aa"], "ERROR: option `--aa` needs a value: --aa=VALUE"),
    ] {
        let done = run_with_timeout(
            Command::new(&tool).arg("-q").args(arguments),
            Duration::from_secs(20),
        );
        assert_eq!(done.code(), Some(1), "{done}");
        assert_eq!(done.stderr, format!("{message}\n"), "{done}");
    }
    let done = run_with_timeout(Command::new(&tool).arg("--help"), Duration::from_secs(20));
    assert!(
        done.stdout.ends_with(
            "\nScript options:\n\
             \x20 --aa=INT             Description of aa (default: 10)\n\
             \x20 --bb=TEXT            (default: \"hello\")\n\
             \x20 --cc[=BOOL]          (default: false)\n\
             \x20 --dd[=BOOL]          (default: false)\n"
        ),
        "{done}"
    );
}

#[test]
fn memcmp_compares_bytes_as_signed_chars() {
    if !require_root("memcmp_compares_bytes_as_signed_chars") {
        return;
    }
    // The tool's comm is "memcmp".
    let script = r#"BEGIN {
  $a = "hello"; $b = "help!";
  printf("%d %d %d %d\n", memcmp($a, $b, 3), memcmp($a, $b, 4), memcmp($b, $a, 4), memcmp("abc", "abd", 2));
  printf("%d %d\n", memcmp(comm, "m", 1), memcmp(pton("1.2.3.4"), pton("1.2.3.200"), 4));
  @r = memcmp($a, "hellO", 5);
  if (memcmp(comm, "mem", 3) == 0) { printf("starts with mem\n"); }
  exit();
}
"#;
    assert_eq!(
        run("memcmp", script, &[]),
        "0 -4 4 0\n0 60\nstarts with mem\n\n\n@r: 32\n"
    );
}
