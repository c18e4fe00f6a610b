//! Arrays of integers read whole from kernel struct fields: `print`, `printf("%s")`,
//! variables, map values, map keys and tuple fields print `[1,0,0,0]` as bpftrace does
//! (no spaces, in text and JSON), and `field[expr]` reads one element with a run-time
//! bounds check.
//!
//! Tracepoint array fields (`unsigned long args[6]` of raw_syscalls:sys_enter) are read the
//! same way, straight from the record; perl's `syscall()` sets all six arguments.
//!
//! The kernel struct array is `curtask->cpus_mask.bits`, the task's CPU affinity mask: each tool runs
//! under `taskset -c 0`, so the first word is 1 and the others 0. The number of words
//! follows the kernel's NR_CPUS; the scripts print `sizeof` of the field first and the
//! expected output is built from it.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    TempDir, Tool, build_source, find_program, require_root, run_btc, run_with_timeout,
    run_workload,
};

/// Builds `script` and runs it pinned to CPU 0 with `arguments`; returns its stdout.
fn run_on_cpu_zero(name: &str, script: &str, arguments: &[&str]) -> String {
    let dir = TempDir::new(name);
    let tool = build_source(&dir, name, script);
    let done = run_with_timeout(
        Command::new(find_program("taskset"))
            .args(["-c", "0"])
            .arg(&tool)
            .arg("-q")
            .args(arguments),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    done.stdout
}

/// Whether this kernel has BTF to read `task_struct` from; says SKIP when not.
fn have_btf(name: &str) -> bool {
    if std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        return true;
    }
    println!("SKIP {name}: no /sys/kernel/btf/vmlinux");
    false
}

/// Splits `output` after its first line, the `sizeof` of the mask in bytes: returns the
/// mask's text for a task pinned to CPU 0 (`[1,0,...]`) and the rest of the output.
fn split_mask_size(output: &str) -> (String, &str) {
    let (first, rest) = output.split_once('\n').expect("a sizeof line");
    let bytes: usize = first.trim().parse().expect("sizeof is a number");
    let words = bytes / 8;
    assert!(words >= 1, "cpus_mask.bits has {bytes} bytes");
    let mut mask = String::from("[1");
    for _ in 1..words {
        mask.push_str(",0");
    }
    mask.push(']');
    (mask, rest)
}

#[test]
fn array_fields_print_as_values() {
    if !require_root("array_fields_print_as_values") || !have_btf("array_fields_print_as_values") {
        return;
    }
    let script = r#"BEGIN {
  printf("%d\n", sizeof(curtask->cpus_mask.bits));
  print(curtask->cpus_mask.bits);
  $b = curtask->cpus_mask.bits;
  printf("%s|%s\n", $b, curtask->cpus_mask.bits);
  @a = curtask->cpus_mask.bits;
  @v = $b;
  @k[curtask->cpus_mask.bits, 42] = 1;
  @t = (1, curtask->cpus_mask.bits);
  exit();
}
"#;
    let output = run_on_cpu_zero("text", script, &[]);
    let (mask, rest) = split_mask_size(&output);
    assert_eq!(
        rest,
        format!(
            "{mask}\n\
             {mask}|{mask}\n\n\n\
             @a: {mask}\n\
             @k[{mask}, 42]: 1\n\
             @t: (1, {mask})\n\
             @v: {mask}\n"
        )
    );
}

#[test]
fn array_fields_in_json() {
    if !require_root("array_fields_in_json") || !have_btf("array_fields_in_json") {
        return;
    }
    let script = r#"BEGIN {
  printf("%d\n", sizeof(curtask->cpus_mask.bits));
  print(curtask->cpus_mask.bits);
  @a = curtask->cpus_mask.bits;
  @k[curtask->cpus_mask.bits] = 1;
  @t = (1, curtask->cpus_mask.bits);
  exit();
}
"#;
    let output = run_on_cpu_zero("json", script, &["-f", "json"]);
    let (first, rest) = output.split_once('\n').expect("a printf line");
    let size = first
        .strip_prefix("{\"type\": \"printf\", \"data\": \"")
        .and_then(|text| text.strip_suffix("\\n\"}"))
        .expect("the sizeof printf");
    let (mask, _) = split_mask_size(&format!("{size}\n"));
    assert_eq!(
        rest,
        format!(
            "{{\"type\": \"value\", \"data\": {mask}}}\n\
             {{\"type\": \"map\", \"data\": {{\"@a\": {mask}}}}}\n\
             {{\"type\": \"map\", \"data\": {{\"@k\": {{\"{mask}\": 1}}}}}}\n\
             {{\"type\": \"map\", \"data\": {{\"@t\": [1,{mask}]}}}}\n"
        )
    );
}

#[test]
fn array_elements_with_computed_indexes() {
    if !require_root("array_elements_with_computed_indexes")
        || !have_btf("array_elements_with_computed_indexes")
    {
        return;
    }
    // Index 200 is past the end of any cpumask on x86-64 (NR_CPUS is at most 8192, 128
    // words), and $i - 1 wraps to 2^64 - 1: both read as 0.
    let script = r#"BEGIN {
  $i = 0;
  printf("%d %d %d %d\n", curtask->cpus_mask.bits[$i], curtask->cpus_mask.bits[$i + 1],
         curtask->cpus_mask.bits[$i + 200], curtask->cpus_mask.bits[$i - 1]);
  @e[curtask->cpus_mask.bits[$i]] = curtask->cpus_mask.bits[0];
  $a = curtask->cpus_mask.bits;
  @m[1] = curtask->cpus_mask.bits;
  printf("%d %d %d %d %d\n", $a[0], $a[$i + 1], $a[$i + 200], @m[1][0], @m[1][$i]);
  exit();
}
"#;
    assert_eq!(
        run_on_cpu_zero("index", script, &[]),
        "1 0 0 0\n1 0 0 1 1\n\n\n@e[1]: 1\n@m[1]: [1,0,0,0]\n"
    );
}

#[test]
fn array_errors() {
    if !have_btf("array_errors") {
        return;
    }
    let cases = [
        (
            "BEGIN { print(curtask->files->fd_array); }\n",
            "error: not supported yet: reading the field `fd_array` (arrays of anything but \
             integers, and other kinds)",
        ),
        (
            "BEGIN { $s = \"a\"; print(curtask->cpus_mask.bits[$s]); }\n",
            "error: an array index must be an integer, not string[2]",
        ),
        (
            "BEGIN { print(curtask->cpus_mask.bits[5000]); }\n",
            "error: index 5000 is out of bounds: `bits` has",
        ),
        (
            "BEGIN { $a = curtask->cpus_mask.bits; print($a[5000]); }\n",
            "error: index 5000 is out of bounds: the array has",
        ),
        (
            "BEGIN { $a = curtask->cpus_mask.bits; print($a == 1); }\n",
            "error: cannot compare",
        ),
        (
            "BEGIN { $a = curtask->cpus_mask.bits; print($a < $a); }\n",
            "error: arrays compare with == and != only",
        ),
        (
            "BEGIN { $a = 1; print($a[0]); }\n",
            "error: not supported yet: indexing a value of type int64",
        ),
        (
            "tracepoint:raw_syscalls:sys_enter { print(args.args[6]); }\n",
            "error: index 6 is out of bounds: `args` has 6 elements",
        ),
        (
            "BEGIN { $a = curtask->cpus_mask.bits; $a = 1; }\n",
            "error: type mismatch",
        ),
    ];
    let dir = TempDir::new("array_errors");
    for (index, (source, expected)) in cases.iter().enumerate() {
        let script = dir.join(format!("case{index}.bt"));
        std::fs::write(&script, source).unwrap();
        let done = run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{source}\n{done}");
        assert!(done.stderr.contains(expected), "{source}\n{done}");
    }
}

#[test]
fn tracepoint_array_fields() {
    if !require_root("tracepoint_array_fields") {
        return;
    }
    let Some(perl) = ["/usr/bin/perl", "/bin/perl"]
        .into_iter()
        .map(std::path::Path::new)
        .find(|path| path.is_file())
    else {
        println!("SKIP tracepoint_array_fields: no perl to make a syscall with known arguments");
        return;
    };
    // getppid(2) (110 on x86-64) ignores its arguments; 1111 marks the call made here.
    let script = r#"tracepoint:raw_syscalls:sys_enter /args.id == 110 && args.args[0] == 1111/ {
  print(args.args);
  printf("%d %d %s\n", args.args[1], args.args[5], args.args);
  $i = 2;
  printf("%d %d\n", args.args[$i], args.args[$i + 10]);
  @a = args.args;
  @n[args.args] = count();
  exit();
}
"#;
    let dir = TempDir::new("tracepoint_arrays");
    let tool_path = build_source(&dir, "sys_enter", script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(perl).args(["-e", "syscall(110, 1111, 22, 33, 44, 55, 66)"]));
    let done = tool.finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(
        done.stdout,
        "[1111,22,33,44,55,66]\n\
         22 66 [1111,22,33,44,55,66]\n\
         33 0\n\n\n\
         @a: [1111,22,33,44,55,66]\n\
         @n[[1111,22,33,44,55,66]]: 1\n",
        "{done}"
    );
}

#[test]
fn array_comparisons() {
    if !require_root("array_comparisons") || !have_btf("array_comparisons") {
        return;
    }
    let script = r#"BEGIN {
  $a = curtask->cpus_mask.bits;
  @m = curtask->cpus_mask.bits;
  printf("%d %d %d\n", $a == curtask->cpus_mask.bits, $a != @m, @m == @m);
  if ($a == @m) { printf("equal\n"); }
  delete(@m);
  exit();
}
"#;
    assert_eq!(
        run_on_cpu_zero("compare", script, &[]),
        "1 0 1\nequal\n\n\n"
    );
    let Some(perl) = ["/usr/bin/perl", "/bin/perl"]
        .into_iter()
        .map(std::path::Path::new)
        .find(|path| path.is_file())
    else {
        println!("SKIP array_comparisons (tracepoint part): no perl");
        return;
    };
    // The second getppid(2) call differs from the first in its last argument only.
    let script = r#"tracepoint:raw_syscalls:sys_enter /args.id == 110 && args.args[0] == 1111 && args.args[5] == 66/ {
  @first = args.args;
}
tracepoint:raw_syscalls:sys_enter /args.id == 110 && args.args[0] == 1111 && args.args[5] == 77/ {
  printf("%d %d\n", args.args == @first, args.args != @first);
  clear(@first);
  exit();
}
"#;
    let dir = TempDir::new("tracepoint_compare");
    let tool_path = build_source(&dir, "compare", script);
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    run_workload(Command::new(perl).args([
        "-e",
        "syscall(110, 1111, 22, 33, 44, 55, 66); syscall(110, 1111, 22, 33, 44, 55, 77)",
    ]));
    let done = tool.finish(Duration::from_secs(10));
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout, "0 1\n\n\n", "{done}");
}
