//! C definitions in a script's preamble: structs, unions and enums laid out as C lays them
//! out, used in casts to read user memory (a uprobe argument) and kernel memory, and in
//! `sizeof`/`offsetof`; their enumerators are identifiers.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    TempDir, build_probe_target, build_source, nonblank_lines, require_root, run_with_timeout,
};

fn have_btf(name: &str) -> bool {
    if std::path::Path::new("/sys/kernel/btf/vmlinux").exists() {
        return true;
    }
    println!("SKIP {name}: no /sys/kernel/btf/vmlinux");
    false
}

/// The fixture's `struct btc_record` (tests/fixtures/probe_target.c), declared again in
/// the script: every kind of member the preamble parser reads.
const RECORD: &str = "enum btc_color { BTC_RED, BTC_GREEN = 5, BTC_BLUE };\n\
struct btc_record {\n\
  int id;\n\
  char name[16];\n\
  unsigned short flags;\n\
  long long total;\n\
  struct btc_record *next;\n\
  union { int as_int; unsigned char bytes[4]; } value;\n\
  enum btc_color color;\n\
  short levels[3];\n\
};\n";

/// `probe_target struct` passes `btc_struct_argument` a record linked to a second one; the
/// uprobe reads both through the script's definition.
#[test]
fn uprobe_reads_a_script_struct() {
    if !require_root("uprobe_reads_a_script_struct") || !have_btf("uprobe_reads_a_script_struct") {
        return;
    }
    let dir = TempDir::new("c_definitions_uprobe");
    let target = build_probe_target(&dir);
    let script = format!(
        "{RECORD}\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 $r = (struct btc_record *)arg0;\n\
         \x20 printf(\"%d %s %x %lld\\n\", $r->id, $r->name, $r->flags, $r->total);\n\
         \x20 printf(\"%d %s %lld\\n\", $r->next->id, $r->next->name, $r->next->total);\n\
         \x20 printf(\"%x %d %d %d\\n\", $r->value.as_int, $r->value.bytes[1], $r->color, $r->levels[1]);\n\
         \x20 printf(\"%d %d %d\\n\", BTC_BLUE, sizeof(struct btc_record), offsetof(struct btc_record, color));\n\
         \x20 print($r->color);\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "record", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    // The target prints its own total, 1, at some point among the tool's lines.
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(
        lines,
        [
            "1 first beef -5000000000",
            "2 second -2",
            "4030201 2 6 -8",
            "6 56 44",
            "BTC_BLUE"
        ],
        "{done}"
    );
}

/// A script struct read through a kernel address has the script's offsets, not relocated:
/// a struct that puts an `int` where this kernel's task_struct has `pid` reads the pid.
#[test]
fn kernel_memory_through_a_script_struct() {
    if !require_root("kernel_memory_through_a_script_struct")
        || !have_btf("kernel_memory_through_a_script_struct")
    {
        return;
    }
    let dir = TempDir::new("c_definitions_kernel");
    let probe = build_source(
        &dir,
        "offset",
        "BEGIN { printf(\"%d\\n\", offsetof(struct task_struct, pid)); exit(); }\n",
    );
    let done = run_with_timeout(&mut Command::new(&probe), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    let offset: u32 = done.stdout.trim().parse().expect("an offset");
    let script = format!(
        "struct btc_task {{ char skip[{offset}]; int pid; }};\n\
         BEGIN {{\n\
         \x20 printf(\"%d\\n\", ((struct btc_task *)curtask)->pid == tid);\n\
         \x20 exit();\n\
         }}\n"
    );
    let tool = build_source(&dir, "task", &script);
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(nonblank_lines(&done.stdout), ["1"], "{done}");
}

/// The script's definition of a struct the kernel also has wins, as in bpftrace.
#[test]
fn script_struct_hides_the_kernels() {
    if !require_root("script_struct_hides_the_kernels")
        || !have_btf("script_struct_hides_the_kernels")
    {
        return;
    }
    let dir = TempDir::new("c_definitions_override");
    let tool = build_source(
        &dir,
        "file",
        "struct file { int x; long y; };\n\
         BEGIN { printf(\"%d %d\\n\", sizeof(struct file), offsetof(struct file, y)); exit(); }\n",
    );
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(nonblank_lines(&done.stdout), ["16 8"], "{done}");
}

/// Definitions btc cannot lay out are errors at the definition.
#[test]
fn unsupported_definitions_are_named() {
    if !have_btf("unsupported_definitions_are_named") {
        return;
    }
    let dir = TempDir::new("c_definitions_errors");
    let script = dir.join("bad.bt");
    for (definition, message) in [
        (
            "struct s { double d; };",
            "1:1: error: not supported yet: `double` members",
        ),
        (
            "struct s { int a : 40; };",
            "1:1: error: the bitfield `a` is wider than its type (32 bits)",
        ),
        (
            "struct s { struct btc_nope x; };",
            "1:1: error: unknown type struct btc_nope",
        ),
        (
            "struct s { struct s x; };",
            "1:1: error: struct s contains itself",
        ),
    ] {
        std::fs::write(&script, format!("{definition}\nBEGIN {{ exit(); }}\n")).unwrap();
        let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{done}");
        assert!(done.stderr.contains(message), "{message}\n{done}");
    }
}

/// `*` on integer pointer casts reads user memory in a uprobe (`**` walks a pointer to a
/// pointer), and `(*p).field` is `p->field`.
#[test]
fn dereference_reads_integers() {
    if !require_root("dereference_reads_integers") || !have_btf("dereference_reads_integers") {
        return;
    }
    let dir = TempDir::new("c_definitions_dereference");
    let target = build_probe_target(&dir);
    let script = format!(
        "struct btc_record {{ int id; char name[16]; unsigned short flags; long long total; \
         struct btc_record *next; }};\n\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 $r = (struct btc_record *)arg0;\n\
         \x20 printf(\"%d %x %lld %d %d\\n\", *(int32 *)arg0, *(uint16 *)(arg0 + 20), \
         *(int64 *)(arg0 + 24), **(int32 **)(arg0 + 32), (*$r).next->id);\n\
         \x20 $p = (uint8 *)(arg0 + 4);\n\
         \x20 printf(\"%c%c\\n\", *$p, *(uint8 *)(arg0 + 5));\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "dereference", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(lines, ["1 beef -5000000000 2 2", "fi"], "{done}");
}

/// `*` reads kernel memory outside uprobes: this kernel's `task_struct` pid, at its
/// offset, is the tool's thread id.
#[test]
fn dereference_reads_kernel_memory() {
    if !require_root("dereference_reads_kernel_memory")
        || !have_btf("dereference_reads_kernel_memory")
    {
        return;
    }
    let dir = TempDir::new("c_definitions_kernel_dereference");
    let tool = build_source(
        &dir,
        "pid",
        "BEGIN {\n\
         \x20 $pid = (int32 *)((uint64)curtask + offsetof(struct task_struct, pid));\n\
         \x20 printf(\"%d\\n\", *$pid == tid);\n\
         \x20 exit();\n\
         }\n",
    );
    let done = run_with_timeout(&mut Command::new(&tool), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    assert_eq!(nonblank_lines(&done.stdout), ["1"], "{done}");
}

/// What `*` cannot read is an error that says why.
#[test]
fn dereference_errors() {
    let dir = TempDir::new("c_definitions_dereference_errors");
    let script = dir.join("bad.bt");
    for (body, message) in [
        ("print(*\"text\")", "error: cannot dereference a string"),
        (
            "$p = (int32 *)0; print(1 - $p)",
            "error: the operator `-` cannot be used on int64 and pointer",
        ),
        (
            "$a = (int8 *)0; print($a - $a)",
            "error: the operator `-` cannot be used on pointer and pointer",
        ),
        (
            "$p = (uint64)0; $v = (int8 *)$p; print(((uint64)$v)[1])",
            "error: not supported yet: indexing a value of type uint64",
        ),
        (
            "print(curtask->stack[1])",
            "error: `[]` cannot be used on a pointer to an unknown type (void *)",
        ),
        (
            "$p = (int32 *)0; print($p * 2)",
            "error: the operator `*` cannot be used on pointer and int64",
        ),
    ] {
        std::fs::write(&script, format!("BEGIN {{ {body}; exit(); }}\n")).unwrap();
        let done = btc_e2e::run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{done}");
        assert!(done.stderr.contains(message), "{message}\n{done}");
    }
}

/// Pointer arithmetic steps by the size of what a pointer points to, as in C: `p + n`,
/// `n + p`, `p - n` and `p[n]` on integer and struct pointers; pointers compare.
#[test]
fn pointer_arithmetic_scales() {
    if !require_root("pointer_arithmetic_scales") || !have_btf("pointer_arithmetic_scales") {
        return;
    }
    let dir = TempDir::new("c_definitions_pointer_arithmetic");
    let target = build_probe_target(&dir);
    let script = format!(
        "{RECORD}\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 $r = (struct btc_record *)arg0;\n\
         \x20 $levels = (int16 *)((uint64)$r + offsetof(struct btc_record, levels));\n\
         \x20 printf(\"%d %d %d %d\\n\", *($levels + 1), $levels[2], *(1 + $levels), *(($levels + 2) - 1));\n\
         \x20 $id = (int32 *)$r;\n\
         \x20 printf(\"%d %s\\n\", $r[0].id, $r[0].name);\n\
         \x20 printf(\"%d %d %d\\n\", (uint64)($r + 1) - (uint64)$r, (uint64)($id + 3) - (uint64)$id, $r + 1 > $r);\n\
         \x20 $records = (struct btc_record *)$r->next;\n\
         \x20 printf(\"%lld %d\\n\", ($records + 0)->total, (*$records).id);\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "pointer_arithmetic", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(
        lines,
        ["-8 9 -8 -8", "1 first", "56 12 1", "-2 2"],
        "{done}"
    );
}

/// Typedefs: of integers (used in members) and of structs (used in casts).
#[test]
fn typedefs() {
    if !require_root("typedefs") || !have_btf("typedefs") {
        return;
    }
    let dir = TempDir::new("c_definitions_typedefs");
    let target = build_probe_target(&dir);
    let script = format!(
        "typedef unsigned short flags_t;\n\
         typedef struct btc_record {{ int id; char name[16]; flags_t flags; long long total; \
         struct btc_record *next; }} record_t;\n\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 $r = (record_t *)arg0;\n\
         \x20 printf(\"%d %s %x %d\\n\", $r->id, $r->name, $r->flags, $r->next->id);\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "typedefs", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(lines, ["1 first beef 2"], "{done}");
}

/// `*p` on a struct pointer copies the struct: a record printed `{ .a = 1, .b = { ... } }`
/// (embedded structs nest, char arrays are strings, integer arrays `[1,2]`), kept in
/// variables, map values and map keys, and read field by field with `.name`.
#[test]
fn struct_values_are_records() {
    if !require_root("struct_values_are_records") || !have_btf("struct_values_are_records") {
        return;
    }
    let dir = TempDir::new("c_definitions_struct_values");
    let target = build_probe_target(&dir);
    let script = format!(
        "{RECORD}\
         struct head {{ int id; char name[16]; unsigned short flags; long long total; }};\n\
         struct nested {{ int id; struct {{ char name[16]; unsigned short flags; }} inner; }};\n\
         struct tail {{ int id; char skip[36]; int as_int; int color; short levels[3]; }};\n\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 print(*(struct head *)arg0);\n\
         \x20 $r = (struct btc_record *)arg0;\n\
         \x20 $next = *$r->next;\n\
         \x20 printf(\"%d %s %lld\\n\", $next.id, $next.name, $next.total);\n\
         \x20 print((*(struct tail *)arg0).levels);\n\
         \x20 @nested = *(struct nested *)arg0;\n\
         \x20 @keys[*(struct head *)$r->next, 1] = 2;\n\
         \x20 @tail = *(struct tail *)arg0;\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "struct_values", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(
        lines,
        [
            "{ .id = 1, .name = first, .flags = 48879, .total = -5000000000 }",
            "2 second -2",
            "[7,-8,9]",
            "@keys[{ .id = 2, .name = second, .flags = 0, .total = -2 }, 1]: 2",
            "@nested: { .id = 1, .inner = { .name = first, .flags = 48879 } }",
            "@tail: { .id = 1, .skip = first, .as_int = 67305985, .color = 6, .levels = [7,-8,9] }",
        ],
        "{done}"
    );
}

/// Bitfields in the script's structs are laid out as C lays them out and read from user
/// memory (the fixture's `flags`, 0xbeef, split into fields); a function pointer member
/// is an 8-byte address, printed as a pointer.
#[test]
fn bitfields_and_function_pointers() {
    if !require_root("bitfields_and_function_pointers")
        || !have_btf("bitfields_and_function_pointers")
    {
        return;
    }
    let dir = TempDir::new("c_definitions_bitfields");
    let target = build_probe_target(&dir);
    let script = format!(
        "{RECORD}\
         struct flag_bits {{ char skip[20]; unsigned short low : 4, middle : 8, : 0; \
         long long total; void (*next)(struct flag_bits *, int); }};\n\
         struct signed_bits {{ int id; char name[16]; short low : 4, middle : 8, high : 4; }};\n\
         uprobe:{target}:btc_struct_argument {{\n\
         \x20 $bits = (struct flag_bits *)arg0;\n\
         \x20 $signed = (struct signed_bits *)arg0;\n\
         \x20 $r = (struct btc_record *)arg0;\n\
         \x20 printf(\"%d %d %lld %d\\n\", $bits->low, $bits->middle, $bits->total, $signed->high);\n\
         \x20 printf(\"%d %d %d\\n\", $signed->low, $signed->middle, (uint64)$bits->next == (uint64)$r->next);\n\
         \x20 print(*$signed);\n\
         \x20 printf(\"%d %d\\n\", sizeof(struct flag_bits), offsetof(struct flag_bits, next));\n\
         \x20 exit();\n\
         }}\n",
        target = target.display()
    );
    let tool = build_source(&dir, "bitfields", &script);
    let done = run_with_timeout(
        Command::new(&tool).args(["-c", &format!("{} struct", target.display())]),
        Duration::from_secs(20),
    );
    assert!(done.success(), "{done}");
    let lines: Vec<&str> = nonblank_lines(&done.stdout)
        .into_iter()
        .filter(|line| *line != "1")
        .collect();
    assert_eq!(
        lines,
        [
            "15 238 -5000000000 -5",
            "-1 -18 1",
            "{ .id = 1, .name = first, .low = -1, .middle = -18, .high = -5 }",
            "40 32",
        ],
        "{done}"
    );
}
