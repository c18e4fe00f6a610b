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

#[test]
fn kretprobe_has_an_fexit_twin_and_explains_what_is_missing() {
    if !require_root("kretprobe_has_an_fexit_twin_and_explains_what_is_missing") {
        return;
    }
    if Path::new("/sys/bus/event_source/devices/kprobe").exists() {
        println!(
            "SKIP kretprobe_has_an_fexit_twin_and_explains_what_is_missing: this kernel has kprobes"
        );
        return;
    }
    let dir = TempDir::new("kretprobe_fexit");
    let script = "kretprobe:do_sys_openat2 { printf(\"%d\\n\", retval); }\n";
    let script_path = dir.join("kretprobe.bt");
    std::fs::write(&script_path, script).expect("write the script");
    let listing = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--emit"),
        std::ffi::OsStr::new("asm"),
        script_path.as_os_str(),
    ]);
    assert!(listing.success(), "{listing}");
    let programs: Vec<&str> = listing
        .stdout
        .lines()
        .filter(|line| line.contains(" stack "))
        .collect();
    assert_eq!(programs.len(), 2, "{listing}");
    assert!(
        programs[1].starts_with("fexit_for_kretprobe_do_sys_openat2_0 (fexit/do_sys_openat2)"),
        "{listing}"
    );
    // fentry and fexit attach with EPERM here, so the tool keeps the kretprobe, which
    // cannot attach: the explanation points at fexit (make vmtest runs the twin on 6.1).
    let tool_path = build_source(&dir, "kretprobe", script);
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stderr,
        "ERROR: cannot attach kretprobe:do_sys_openat2: this kernel has no kprobe support \
         (CONFIG_KPROBES is off); use fexit:do_sys_openat2 or a tracepoint instead\n",
        "{done}"
    );
}

#[test]
fn module_probes_need_their_module_loaded() {
    if !require_root("module_probes_need_their_module_loaded") {
        return;
    }
    if Path::new("/sys/module/dummy").exists() {
        println!("SKIP module_probes_need_their_module_loaded: the dummy module is loaded here");
        return;
    }
    let dir = TempDir::new("module_probes");
    // The module is checked by the tool on the machine it runs on: both probes build here,
    // and the first one missing stops the tool with bpftrace's message.
    let script = "kprobe:dummy:dummy_get_stats64 { printf(\"%s %s\\n\", probe, func); }\n\
                  fentry:dummy:dummy_get_stats64 { printf(\"%s %d\\n\", probe, arg0); }\n";
    let tool_path = build_source(&dir, "modules", script);
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stderr,
        "ERROR: specified module dummy in probe kprobe:dummy:dummy_get_stats64 is not loaded.\n",
        "{done}"
    );
    // With `missing_probes = "warn"` the tool goes on without them.
    let script = "config = { missing_probes = \"warn\" }\n\
                  fentry:dummy:dummy_get_stats64 { printf(\"%s\\n\", probe); }\n\
                  BEGIN { printf(\"begin\\n\"); exit(); }\n";
    let tool_path = build_source(&dir, "warn", script);
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(
        done.stderr,
        "ERROR: specified module dummy in probe fentry:dummy:dummy_get_stats64 is not loaded.\n\
         Attached 2 probes\n",
        "{done}"
    );
    assert!(done.stdout.starts_with("begin\n"), "{done}");
}

#[test]
fn override_needs_unsafe_and_a_kernel_that_allows_it() {
    if !require_root("override_needs_unsafe_and_a_kernel_that_allows_it") {
        return;
    }
    let dir = TempDir::new("override");
    let script_path = dir.join("override.bt");
    std::fs::write(
        &script_path,
        "kprobe:__x64_sys_getppid /comm == \"btc-victim\"/ { override(42); }\n\
         kretprobe:__x64_sys_getppid { override(1); }\n",
    )
    .expect("write the script");
    // Only kprobes can override (checked first), and only with --unsafe.
    let refused = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script_path.as_os_str()]);
    assert!(!refused.success(), "{refused}");
    let errors: Vec<&str> = refused
        .stderr
        .lines()
        .filter(|line| line.contains("error:"))
        .map(|line| line.rsplit('/').next().unwrap_or(line))
        .collect();
    assert_eq!(
        errors,
        [
            "override.bt:1:51: error: override() is unsafe. To use you need the --unsafe flag",
            "override.bt:2:31: error: override() can only be used inside kprobes"
        ],
        "{refused}"
    );
    std::fs::write(
        &script_path,
        "kprobe:__x64_sys_getppid /comm == \"btc-victim\"/ { override(42); }\n",
    )
    .expect("write the script");
    let tool_path = dir.join("override");
    let built = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--unsafe"),
        script_path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool_path.as_os_str(),
    ]);
    assert!(built.success(), "{built}");
    let verified = run_with_timeout(
        Command::new(&tool_path).arg("--verify-only"),
        Duration::from_secs(20),
    );
    if verified.success() {
        println!(
            "SKIP the rest of override_needs_unsafe_and_a_kernel_that_allows_it: this kernel has CONFIG_BPF_KPROBE_OVERRIDE"
        );
        return;
    }
    // Neither this kernel nor Debian's 6.1 has the helper: one line says so.
    assert_eq!(
        verified.stderr,
        "ERROR: kprobe:__x64_sys_getppid: override() needs a kernel built with \
         CONFIG_BPF_KPROBE_OVERRIDE, which this one is not\n",
        "{verified}"
    );
}

#[test]
fn kprobe_wildcard_is_one_program_expanded_by_the_tool() {
    if !require_root("kprobe_wildcard_is_one_program_expanded_by_the_tool") {
        return;
    }
    if Path::new("/sys/bus/event_source/devices/kprobe").exists() {
        println!(
            "SKIP kprobe_wildcard_is_one_program_expanded_by_the_tool: this kernel has kprobes (make vmtest attaches them)"
        );
        return;
    }
    let dir = TempDir::new("kprobe_wildcard");
    let script_path = dir.join("wildcard.bt");
    std::fs::write(&script_path, "kprobe:vfs_rea* { @[comm] = count(); }\n")
        .expect("write the script");
    let listing = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--emit"),
        std::ffi::OsStr::new("asm"),
        script_path.as_os_str(),
    ]);
    assert!(listing.success(), "{listing}");
    let programs: Vec<&str> = listing
        .stdout
        .lines()
        .filter(|line| line.contains(" stack "))
        .collect();
    assert_eq!(programs.len(), 1, "{listing}");
    assert!(
        programs[0].starts_with("kprobe_vfs_rea__0 (kprobe/vfs_rea*)"),
        "{listing}"
    );
    let tool_path = build_source(&dir, "wildcard", "kprobe:vfs_rea* { @[comm] = count(); }\n");
    let verified = run_with_timeout(
        Command::new(&tool_path).arg("--verify-only"),
        Duration::from_secs(20),
    );
    assert!(verified.success(), "{verified}");
    let done = run_with_timeout(&mut Command::new(&tool_path), Duration::from_secs(20));
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stderr,
        "ERROR: cannot attach kprobe:vfs_rea*: this kernel has no kprobe support \
         (CONFIG_KPROBES is off); use fentry:vfs_rea* or a tracepoint instead\n",
        "{done}"
    );
}

/// The probe target under another file name, so that its processes have their own `comm`
/// (the tests of this file run in parallel, and each runs probe_target).
fn renamed_probe_target(dir: &TempDir, name: &str) -> std::path::PathBuf {
    let target = build_probe_target(dir);
    let renamed = dir.join(name);
    std::fs::copy(&target, &renamed).expect("copy the probe target");
    renamed
}

/// `text` with what varies between builds and runs made fixed: every `+OFFSET` becomes `+N`
/// and the hex address that starts a perf-mode frame (`\tADDRESS symbol`) or a raw-mode line
/// becomes `ADDRESS`.
fn stable_stack_text(text: &str) -> String {
    let mut stable = String::new();
    for line in text.split_inclusive('\n') {
        let (indent, rest) = match line.strip_prefix('\t') {
            Some(rest) => ("\t", rest),
            None => ("", line),
        };
        let address_end = rest
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(rest.len());
        let is_address = address_end >= 8
            && (indent == "\t" || rest[address_end..].trim().is_empty())
            && u64::from_str_radix(&rest[..address_end], 16).is_ok();
        stable.push_str(indent);
        let rest = if is_address {
            stable.push_str("ADDRESS");
            &rest[address_end..]
        } else {
            rest
        };
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            stable.push(c);
            if c == '+' && chars.peek().is_some_and(char::is_ascii_digit) {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                stable.push('N');
            }
        }
    }
    stable
}

#[test]
fn ustack_names_the_fixture_functions() {
    if !require_root("ustack_names_the_fixture_functions") {
        return;
    }
    let dir = TempDir::new("ustack");
    let target = renamed_probe_target(&dir, "ustack_target");
    let script = format!(
        "uprobe:{0}:btc_stack_inner {{\n\
         \x20 printf(\"%s\", ustack(3));\n\
         \x20 printf(\"%s\", ustack(perf, 2));\n\
         \x20 print(ustack(raw, 1));\n\
         \x20 @u[ustack(3)] = count();\n\
         }}\n\
         tracepoint:syscalls:sys_enter_getppid /comm == \"ustack_target\"/ {{\n\
         \x20 @k[kstack] = count();\n\
         \x20 exit();\n\
         }}\n",
        target.display()
    );
    let tool_path = build_source(&dir, "ustack", &script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(&target).arg("stack"));
    let done = tool.finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    let path = target.display();
    let stable = stable_stack_text(&done.stdout);
    let (events, kernel) = stable
        .split_once("@k[\n")
        .unwrap_or_else(|| panic!("no @k map\n{done}"));
    assert_eq!(
        events,
        format!(
            "\n        btc_stack_inner+N\n        btc_stack_outer+N\n        main+N\n\
             \n\tADDRESS btc_stack_inner+N ({path})\n\tADDRESS btc_stack_outer+N ({path})\n\
             \nADDRESS\n\n\n\n"
        ),
        "{done}"
    );
    // The kernel frames depend on the kernel; each names a symbol, and a system call's
    // stack ends at the syscall entry.
    let (frames, rest) = kernel
        .split_once("]: 1\n")
        .unwrap_or_else(|| panic!("no `]: 1` after the kernel stack\n{done}"));
    let frames: Vec<&str> = frames.lines().collect();
    assert!(frames.len() >= 2, "{done}");
    for frame in &frames {
        let name = frame
            .strip_prefix("        ")
            .and_then(|frame| frame.strip_suffix("+N"))
            .unwrap_or_else(|| panic!("frame `{frame}` is not `        symbol+N`\n{done}"));
        assert!(
            !name.is_empty() && !name.starts_with("0x"),
            "unnamed frame `{frame}`\n{done}"
        );
    }
    assert_eq!(
        frames.last(),
        Some(&"        entry_SYSCALL_64_after_hwframe+N"),
        "{done}"
    );
    assert_eq!(
        rest, "@u[\n        btc_stack_inner+N\n        btc_stack_outer+N\n        main+N\n]: 1\n",
        "{done}"
    );
}

#[test]
fn stacks_and_ksym_in_json() {
    if !require_root("stacks_and_ksym_in_json") {
        return;
    }
    let kallsyms = std::fs::read_to_string("/proc/kallsyms").expect("/proc/kallsyms");
    let Some(address) = kallsyms.lines().find_map(|line| {
        let mut words = line.split_whitespace();
        let address = u64::from_str_radix(words.next()?, 16).ok()?;
        (words.nth(1)? == "do_syscall_64" && address != 0).then_some(address)
    }) else {
        println!("SKIP stacks_and_ksym_in_json: no readable do_syscall_64 in /proc/kallsyms");
        return;
    };
    let dir = TempDir::new("stack-json");
    let target = renamed_probe_target(&dir, "json_target");
    let script = format!(
        "uprobe:{0}:btc_stack_inner {{ @[ustack(2)] = count(); printf(\"%s %s\\n\", ksym($1 + 3), ksym(0)); exit(); }}\n",
        target.display()
    );
    let tool_path = build_source(&dir, "stack_json", &script);
    // Not `-c`: the tool would end the child before printing the map, and a process that
    // is gone has no mappings to name its frames with.
    let mut tool = Tool::spawn(
        Command::new(&tool_path)
            .arg("-f")
            .arg("json")
            .arg((address as i64).to_string()),
    );
    let attached = tool.wait_for_line(Duration::from_secs(20), |line| {
        line.contains("\"attached_probes\"")
    });
    assert!(attached.is_some(), "no attached_probes line");
    run_workload(Command::new(&target).arg("stack"));
    let done = tool.finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(
        stable_stack_text(&done.stdout),
        "{\"type\": \"attached_probes\", \"count\": 1, \"data\": {\"probes\": 1}}\n\
         {\"type\": \"printf\", \"data\": \"do_syscall_64 0x0\\n\"}\n\
         {\"type\": \"map\", \"data\": {\"@\": {\"\\nbtc_stack_inner+N\\nbtc_stack_outer+N\\n\": 1}}}\n",
        "{done}"
    );
}

/// The address of `symbol` in the ELF file `binary`, from `nm`.
fn symbol_address(binary: &Path, symbol: &str) -> u64 {
    let done = run_workload(Command::new("nm").arg(binary));
    done.stdout
        .lines()
        .find_map(|line| {
            let mut words = line.split_whitespace();
            let address = words.next()?;
            (words.nth(1)? == symbol).then(|| u64::from_str_radix(address, 16).ok())?
        })
        .unwrap_or_else(|| panic!("nm lists no {symbol}\n{done}"))
}

#[test]
fn uprobe_wildcards_offsets_addresses_and_libraries() {
    if !require_root("uprobe_wildcards_offsets_addresses_and_libraries") {
        return;
    }
    let dir = TempDir::new("uprobe-forms");
    let target = renamed_probe_target(&dir, "forms_target");
    let path = target.display().to_string();
    // An offset inside btc_stack_inner that starts an instruction: past `push %rbp`, or
    // past `endbr64` when the compiler emits one.
    let inner = symbol_address(&target, "btc_stack_inner");
    let bytes = std::fs::read(&target).expect("the probe target");
    let offset = if bytes.get(inner as usize..inner as usize + 4) == Some(&[0xf3, 0x0f, 0x1e, 0xfa])
    {
        4
    } else {
        assert_eq!(
            bytes.get(inner as usize),
            Some(&0x55),
            "btc_stack_inner does not start with push %rbp"
        );
        1
    };
    let address = symbol_address(&target, "btc_target_function");
    let script = format!(
        "uprobe:{path}:btc_stack_* {{ printf(\"wildcard %s\\n\", func); }}\n\
         uprobe:{path}:btc_stack_inner+{offset} {{ printf(\"offset %s\\n\", probe); }}\n\
         uprobe:{path}:{address:#x} {{ printf(\"address %s\\n\", probe); }}\n\
         uprobe:libc:getppid /comm == \"forms_target\"/ {{ printf(\"library %s\\n\", probe); }}\n"
    );
    let tool_path = build_source(&dir, "uprobe_forms", &script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(&target).arg("stack"));
    run_workload(Command::new(&target).arg("loop").arg("1"));
    let seen = tool.wait_for_line(Duration::from_secs(10), |line| line.starts_with("address"));
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(seen.is_some(), "no `address` line\n{done}");
    let lines = nonblank_lines(&done.stdout);
    assert_eq!(lines.len(), 5, "{done}");
    assert_eq!(lines[0], "wildcard btc_stack_outer", "{done}");
    assert_eq!(lines[1], "wildcard btc_stack_inner", "{done}");
    assert_eq!(
        lines[2],
        format!("offset uprobe:{path}:btc_stack_inner+{offset}"),
        "{done}"
    );
    assert!(
        lines[3].starts_with("library uprobe:/") && lines[3].ends_with("/libc.so.6:getppid"),
        "{done}"
    );
    assert_eq!(
        lines[4],
        format!("address uprobe:{path}:{address:#x}"),
        "{done}"
    );
    assert!(done.stderr.contains("Attached 5 probes"), "{done}");
}

#[test]
fn usym_and_reg_name_functions_of_the_traced_process() {
    if !require_root("usym_and_reg_name_functions_of_the_traced_process") {
        return;
    }
    let dir = TempDir::new("usym");
    let target = renamed_probe_target(&dir, "usym_target");
    let script = format!(
        "uprobe:{0}:btc_symbol_argument {{\n\
         \x20 $symbol = usym(arg0);\n\
         \x20 printf(\"%s %s %s\\n\", usym(arg0), usym(0), usym(reg(\"ip\")));\n\
         \x20 print($symbol);\n\
         \x20 @[usym(arg0), 1] = count();\n\
         \x20 exit();\n\
         }}\n",
        target.display()
    );
    let tool_path = build_source(&dir, "usym", &script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(&target).arg("stack"));
    let done = tool.finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(
        done.stdout,
        "btc_stack_inner 0x0 btc_symbol_argument\nbtc_stack_inner\n\n\n@[btc_stack_inner, 1]: 1\n",
        "{done}"
    );
}

#[test]
fn usdt_probe_arguments_from_registers_constants_and_memory() {
    if !require_root("usdt_probe_arguments_from_registers_constants_and_memory") {
        return;
    }
    let dir = TempDir::new("usdt");
    let target = build_probe_target(&dir);
    let path = target.display();
    let script = format!(
        "usdt:{path}:btc:site {{ printf(\"%d %ld %d %s\\n\", arg0, arg1, arg2, probe); }}\n\
         usdt:{path}:s*e {{ @[probe] = count(); }}\n"
    );
    let tool_path = build_source(&dir, "usdt", &script);
    let done = run_with_timeout(
        Command::new(&tool_path)
            .arg("-c")
            .arg(format!("{path} usdt 3")),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    // The child's own output (`2`) shares the tool's stdout, in no fixed order.
    let stdout = done.stdout.replacen("2\n", "", 1);
    assert_eq!(
        stdout,
        format!(
            "41 1099511627776 -7 usdt:{path}:btc:site\n\
             42 1099511627776 -14 usdt:{path}:btc:site\n\
             43 1099511627776 -21 usdt:{path}:btc:site\n\
             \n\n@[usdt:{path}:btc:site]: 3\n"
        ),
        "{done}"
    );
    assert!(done.stderr.contains("Attached 2 probes"), "{done}");
}

#[test]
fn signal_needs_unsafe_and_kills_the_traced_process() {
    if !require_root("signal_needs_unsafe_and_kills_the_traced_process") {
        return;
    }
    let dir = TempDir::new("signal");
    let target = build_probe_target(&dir);
    let script_path = dir.join("signal.bt");
    std::fs::write(
        &script_path,
        format!(
            "uprobe:{}:btc_target_function {{ signal(\"KILL\"); }}\n",
            target.display()
        ),
    )
    .expect("write the script");
    let tool_path = dir.join("signal");
    let refused = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        script_path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool_path.as_os_str(),
    ]);
    assert!(!refused.success(), "{refused}");
    assert!(
        refused
            .stderr
            .contains("error: signal() is an unsafe function being used in safe mode"),
        "{refused}"
    );
    assert!(
        refused
            .stderr
            .contains("help: build with `btc build --unsafe` to allow it"),
        "{refused}"
    );
    let built = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--unsafe"),
        script_path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool_path.as_os_str(),
    ]);
    assert!(built.success(), "{built}");
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    let killed = run_with_timeout(
        Command::new(&target).arg("loop").arg("3"),
        Duration::from_secs(20),
    );
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(killed.code(), None, "the target was not killed\n{killed}");
    assert_eq!(killed.stdout, "", "{killed}");
}

#[test]
fn signal_thread_stops_the_traced_thread() {
    if !require_root("signal_thread_stops_the_traced_thread") {
        return;
    }
    let dir = TempDir::new("signal_thread");
    let target = build_probe_target(&dir);
    let script_path = dir.join("signal_thread.bt");
    std::fs::write(
        &script_path,
        format!(
            "uprobe:{}:btc_target_function {{ signal_thread(SIGKILL); }}\n",
            target.display()
        ),
    )
    .expect("write the script");
    let tool_path = dir.join("signal_thread");
    let refused = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script_path.as_os_str()]);
    assert!(
        refused
            .stderr
            .contains("error: signal_thread() is an unsafe function being used in safe mode"),
        "{refused}"
    );
    let built = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        std::ffi::OsStr::new("--unsafe"),
        script_path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool_path.as_os_str(),
    ]);
    assert!(built.success(), "{built}");
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    // The target calls the function from its only thread: SIGKILL to it ends the process.
    let killed = run_with_timeout(
        Command::new(&target).arg("loop").arg("3"),
        Duration::from_secs(20),
    );
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(killed.code(), None, "the target was not killed\n{killed}");
    assert_eq!(killed.stdout, "", "{killed}");
}

#[test]
fn list_shows_the_usdt_probes_of_a_binary() {
    let dir = TempDir::new("list-usdt");
    let target = build_probe_target(&dir);
    let path = target.display();
    for pattern in [
        format!("usdt:{path}"),
        format!("usdt:{path}:*"),
        format!("usdt:{path}:btc:s*"),
    ] {
        let done = btc_e2e::run_btc(["list", pattern.as_str()]);
        assert!(done.success(), "{pattern}\n{done}");
        assert_eq!(
            done.stdout,
            format!("usdt:{path}:btc:site\n"),
            "{pattern}\n{done}"
        );
    }
}

#[test]
fn watchpoint_counts_the_writes_of_the_traced_process() {
    if !require_root("watchpoint_counts_the_writes_of_the_traced_process") {
        return;
    }
    if !Path::new("/sys/bus/event_source/devices/breakpoint").exists() {
        println!("SKIP watchpoint_counts_the_writes_of_the_traced_process: no breakpoint PMU");
        return;
    }
    let dir = TempDir::new("watchpoint");
    // Not a PIE, so that the variable's address is the one nm shows.
    let target = dir.join("watch_target");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/probe_target.c");
    run_workload(
        Command::new("cc")
            .arg("-O2")
            .arg("-no-pie")
            .arg("-o")
            .arg(&target)
            .arg(&source),
    );
    let address = symbol_address(&target, "btc_watched");
    let script = format!(
        "watchpoint:{address:#x}:8:w {{ printf(\"write by %s\\n\", comm); @writes = count(); }}\n"
    );
    let tool_path = build_source(&dir, "watchpoint", &script);
    let done = run_with_timeout(
        Command::new(&tool_path)
            .arg("-c")
            .arg(format!("{} watch 3", target.display())),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    // The child's own output (`0`) shares the tool's stdout, in no fixed order.
    let stdout = done.stdout.replacen("0\n", "", 1);
    assert_eq!(
        stdout,
        "write by watch_target\nwrite by watch_target\nwrite by watch_target\n\n\n@writes: 3\n",
        "{done}"
    );
    assert!(done.stderr.contains("Attached 1 probe"), "{done}");
}

#[test]
fn unwatch_detaches_the_watchpoint() {
    if !require_root("unwatch_detaches_the_watchpoint") {
        return;
    }
    if !Path::new("/sys/bus/event_source/devices/breakpoint").exists() {
        println!("SKIP unwatch_detaches_the_watchpoint: no breakpoint PMU");
        return;
    }
    let dir = TempDir::new("unwatch");
    let target = dir.join("unwatch_target");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/probe_target.c");
    run_workload(
        Command::new("cc")
            .arg("-O2")
            .arg("-no-pie")
            .arg("-o")
            .arg(&target)
            .arg(&source),
    );
    let address = symbol_address(&target, "btc_watched");
    // Three writes 200 ms apart: the first one's record makes the tool detach, so the
    // other two are not seen.
    let script =
        format!("watchpoint:{address:#x}:8:w {{ @writes = count(); unwatch({address:#x}); }}\n");
    let tool_path = build_source(&dir, "unwatch", &script);
    let done = run_with_timeout(
        Command::new(&tool_path)
            .arg("-c")
            .arg(format!("{} watch-slowly 3", target.display())),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let stdout = done.stdout.replacen("0\n", "", 1);
    assert_eq!(stdout, "\n\n@writes: 1\n", "{done}");
}

/// A `sleep` with its standard streams on /dev/null, for iterators to find; killed on drop.
struct Sleeper(std::process::Child);

impl Sleeper {
    fn start() -> Sleeper {
        let child = Command::new("sleep")
            .arg("60")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start sleep");
        // Let it exec, so that its comm and mappings are sleep's.
        std::thread::sleep(Duration::from_millis(200));
        Sleeper(child)
    }

    fn pid(&self) -> String {
        self.0.id().to_string()
    }
}

impl Drop for Sleeper {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn iter_task_reads_every_task_then_runs_end() {
    if !require_root("iter_task_reads_every_task_then_runs_end") {
        return;
    }
    let dir = TempDir::new("iter_task");
    let sleeper = Sleeper::start();
    let tool_path = build_source(
        &dir,
        "tasks",
        "iter:task { @tasks = count(); if (ctx.task.tgid == $1) { printf(\"%s:%d\\n\", ctx.task.comm, ctx.task.tgid); } }\n\
         END { printf(\"end\\n\"); }\n",
    );
    let done = run_with_timeout(
        Command::new(&tool_path).arg(sleeper.pid()),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines = nonblank_lines(&done.stdout);
    let expected = format!("sleep:{}", sleeper.pid());
    assert_eq!(lines.len(), 3, "{done}");
    assert_eq!(lines[..2], [expected.as_str(), "end"], "{done}");
    // Every task is visited; the kernel's final call (without a task) counts too.
    let tasks = count(&done.stdout, "@tasks: ").expect("an @tasks line");
    assert!(tasks > 10, "{done}");
    assert_eq!(done.stderr, "Attached 2 probes\n", "{done}");
}

#[test]
fn iter_task_file_skips_fd_0_as_bpftrace_does() {
    if !require_root("iter_task_file_skips_fd_0_as_bpftrace_does") {
        return;
    }
    let dir = TempDir::new("iter_task_file");
    let sleeper = Sleeper::start();
    // bpftrace ends an iter program when a `ctx` field reads 0, so fd 0 is never shown.
    let tool_path = build_source(
        &dir,
        "files",
        "iter:task_file /ctx.task.tgid == $1/ { printf(\"%d %s\\n\", ctx.fd, str(ctx.file->f_path.dentry->d_name.name)); }\n",
    );
    let done = run_with_timeout(
        Command::new(&tool_path).arg(sleeper.pid()),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines = nonblank_lines(&done.stdout);
    // The test's own environment may leak more descriptors into the child: check them by
    // number, and the names of the two that the test set.
    let mut expected: Vec<u32> = std::fs::read_dir(format!("/proc/{}/fd", sleeper.pid()))
        .expect("the fd directory")
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse().ok())
        .filter(|fd| *fd != 0)
        .collect();
    expected.sort_unstable();
    let shown: Vec<u32> = lines
        .iter()
        .filter_map(|line| line.split(' ').next()?.parse().ok())
        .collect();
    assert_eq!(shown, expected, "{done}");
    assert_eq!(lines[..2], ["1 null", "2 null"], "{done}");
}

#[test]
fn iter_task_vma_lists_the_mappings() {
    if !require_root("iter_task_vma_lists_the_mappings") {
        return;
    }
    let dir = TempDir::new("iter_task_vma");
    let sleeper = Sleeper::start();
    let tool_path = build_source(
        &dir,
        "vmas",
        "iter:task_vma /ctx.task.tgid == $1/ { printf(\"%lx-%lx\\n\", ctx.vma.vm_start, ctx.vma.vm_end); }\n",
    );
    let done = run_with_timeout(
        Command::new(&tool_path).arg(sleeper.pid()),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let maps = std::fs::read_to_string(format!("/proc/{}/maps", sleeper.pid())).expect("maps");
    // /proc/PID/maps adds the [vsyscall] gate area, which is not one of the process's VMAs.
    let expected: Vec<&str> = maps
        .lines()
        .filter(|line| !line.ends_with("[vsyscall]"))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert_eq!(nonblank_lines(&done.stdout), expected, "{done}");
}

#[test]
fn iter_probes_cannot_be_mixed_with_other_probes() {
    let dir = TempDir::new("iter_mixed");
    let script_path = dir.join("mixed.bt");
    std::fs::write(
        &script_path,
        "iter:task { printf(\"%d\\n\", ctx.task.pid); }\ninterval:s:1 { exit(); }\n",
    )
    .expect("write the script");
    let refused = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        script_path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        dir.join("mixed").as_os_str(),
    ]);
    assert!(!refused.success(), "{refused}");
    assert!(
        refused.stderr.contains(
            "mixed.bt:1:1: error: an iter probe cannot be mixed with other probes (BEGIN and END excepted)"
        ),
        "{refused}"
    );
}
