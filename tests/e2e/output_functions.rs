//! Output functions (issue 4): printf's whole specifier set, `buf()` with `%r`/`%rx`/`%rh`,
//! `print(value)`, `cat`, `system`, `errorf`/`warnf`, `strerror` and enum names. Each case
//! builds a BEGIN-driven script with the real btc, runs it, and compares its WHOLE stdout
//! (and, where the function writes there, its whole stderr) byte for byte with what
//! bpftrace v0.26 prints.
//!
//! Each case names the bpftrace runtime-suite case (tests/runtime/call, json-output) it
//! corresponds to, or the bpftrace source it checks (src/format_string.cpp,
//! src/output/{text,json}.cpp, src/types_format.cpp, src/async_action.cpp, src/log.cpp,
//! src/stdlib/strings). Expected texts are data from those suites and that code. Every tool
//! is built under the name `bpftrace` (so that `comm` matches the suites) from a file named
//! `bpftrace.bt`, which is the file name errorf and warnf print where bpftrace `-e` prints
//! `stdin`. One test per case, so that failures are reported by name.

use std::ffi::OsStr;
use std::process::Command;
use std::time::Duration;

use btc_e2e::{Finished, TempDir, build_source, require_root, run_btc, run_with_timeout};

/// What a case expects of the tool.
struct Expected<'a> {
    stdout: &'a str,
    /// The whole stderr, when the case checks it (the tools run with `-q`, so it holds only
    /// what the script's functions wrote there).
    stderr: Option<&'a str>,
}

/// Builds `script` (with `btc build --unsafe` when `allow_unsafe`) as a tool named
/// `bpftrace`, runs it with `-q` and `args`, and checks that it exits 0 with the expected
/// output.
#[track_caller]
fn run_case(
    dir: &TempDir,
    name: &str,
    script: &str,
    allow_unsafe: bool,
    args: &[&str],
) -> Finished {
    let tool = if allow_unsafe {
        let source = dir.join("bpftrace.bt");
        std::fs::write(&source, format!("{script}\n")).expect("write the script");
        let tool = dir.join("bpftrace");
        let built = run_btc([
            OsStr::new("build"),
            OsStr::new("--unsafe"),
            source.as_os_str(),
            OsStr::new("-o"),
            tool.as_os_str(),
        ]);
        assert!(
            built.success(),
            "{name}: btc build --unsafe failed\n{built}"
        );
        tool
    } else {
        build_source(dir, "bpftrace", &format!("{script}\n"))
    };
    let done = run_with_timeout(
        Command::new(&tool).arg("-q").args(args),
        Duration::from_secs(30),
    );
    assert!(
        !done.timed_out,
        "{name}: the tool did not exit on its own\n{done}"
    );
    assert_eq!(done.code(), Some(0), "{name}: wrong exit code\n{done}");
    done
}

#[track_caller]
fn check_output(name: &str, done: &Finished, expected: &Expected) {
    assert_eq!(
        done.stdout, expected.stdout,
        "{name}: stdout differs from bpftrace's\n{done}"
    );
    if let Some(stderr) = expected.stderr {
        assert_eq!(
            done.stderr, stderr,
            "{name}: stderr differs from bpftrace's\n{done}"
        );
    }
}

/// The usual case: a script, its tool's arguments, the whole stdout.
#[track_caller]
fn check(name: &str, script: &str, args: &[&str], stdout: &str) {
    check_with(
        name,
        script,
        false,
        args,
        &Expected {
            stdout,
            stderr: None,
        },
    );
}

#[track_caller]
fn check_with(name: &str, script: &str, allow_unsafe: bool, args: &[&str], expected: &Expected) {
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new(name);
    let done = run_case(&dir, name, script, allow_unsafe, args);
    check_output(name, &done, expected);
}

// ---------------------------------------------------------------------------------------
// printf

/// call suite `printf_more_arguments`.
#[test]
fn printf_more_arguments() {
    check(
        "printf_more_arguments",
        "BEGIN { printf(\"%dst: %sa; %dnd: %sb;; %drd: %sc;;; %dth: %sd;;;;\\n\", 1, \"a\", 2, \"ab\", 3, \"abc\", 4, \"abcd\"); exit(); }",
        &[],
        "1st: aa; 2nd: abb;; 3rd: abcc;;; 4th: abcdd;;;;\n\n\n",
    );
}

/// call suite `printf_length_modifiers`: the value is cast to the type the modifier names.
#[test]
fn printf_length_modifiers() {
    check(
        "printf_length_modifiers",
        "BEGIN { $x = 0x12345678abcdef; printf(\"%hhx %hx %x %jx\\n\", $x, $x, $x, $x); exit(); }",
        &[],
        "ef cdef 78abcdef 12345678abcdef\n\n\n",
    );
}

/// call suite `printf_llu`, widened: every 64-bit modifier, signed and unsigned, of -1
/// (`FormatSpec::apply`: `l ll j z t` cast to the 64-bit C types).
#[test]
fn printf_long_modifiers() {
    check(
        "printf_long_modifiers",
        "BEGIN { printf(\"%llu %lld %lu %ld %zd %zu %td %ju\\n\", -1, -1, -1, -1, -1, -1, -1, -1); exit(); }",
        &[],
        "18446744073709551615 -1 18446744073709551615 -1 -1 18446744073709551615 -1 18446744073709551615\n\n\n",
    );
}

/// `hh` and `h` cast to char and short, no modifier to int (src/format_string.cpp).
#[test]
fn printf_short_modifiers() {
    check(
        "printf_short_modifiers",
        "BEGIN { printf(\"%hhd %hd %hhu %hu %d %u\\n\", 0x1ff, 0x1ffff, 0x1ff, 0x1ffff, 0x1ffffffff, 0x1ffffffff); exit(); }",
        &[],
        "-1 -1 255 65535 -1 4294967295\n\n\n",
    );
}

/// call suite `printf_char`.
#[test]
fn printf_char() {
    check(
        "printf_char",
        "BEGIN { printf(\"%c%c%c%c\\n\", 0x41, 0x42, 0x43, 0x44); exit(); }",
        &[],
        "ABCD\n\n\n",
    );
}

/// call suite `printf_lead_zeros`.
#[test]
fn printf_lead_zeros() {
    check(
        "printf_lead_zeros",
        "BEGIN { printf(\"%5s %04x\", \"ba\", 2); exit(); }",
        &[],
        "   ba 0002\n\n",
    );
}

/// Flags and widths on integer conversions, as bpftrace's stringstream renders them.
#[test]
fn printf_integer_flags_and_widths() {
    check(
        "printf_integer_flags_and_widths",
        "BEGIN { printf(\"[%-8d][%8d][%08d][%+d][%#x][%#o][%X][%o]\\n\", 42, 42, 42, 42, 255, 8, 255, 8); exit(); }",
        &[],
        "[42      ][      42][00000042][+42][0xff][010][FF][10]\n\n\n",
    );
}

/// Width on strings; the precision only applies to floating point in bpftrace, so `%.2s`
/// prints the whole string.
#[test]
fn printf_string_width_and_precision() {
    check(
        "printf_string_width_and_precision",
        "BEGIN { printf(\"[%-6s][%6s][%.2s]\\n\", \"ab\", \"ab\", \"abcdef\"); exit(); }",
        &[],
        "[ab    ][    ab][abcdef]\n\n\n",
    );
}

/// `%s` prints any value in its text form: integers in decimal, with a sign under `+`.
#[test]
fn printf_percent_s_of_integers() {
    check(
        "printf_percent_s_of_integers",
        "BEGIN { printf(\"%s %s %+s\\n\", 42, -7, 5); exit(); }",
        &[],
        "42 -7 +5\n\n\n",
    );
}

/// `%%` is a literal percent sign.
#[test]
fn printf_percent_literal() {
    check(
        "printf_percent_literal",
        "BEGIN { printf(\"100%% %d%%\\n\", 5); exit(); }",
        &[],
        "100% 5%\n\n\n",
    );
}

/// A pointer: `%s` and `print` show `0x` and hex (`Primitive::Symbolic`), `%d` the number,
/// `%p` the address.
#[test]
fn printf_pointer_conversions() {
    check(
        "printf_pointer_conversions",
        "BEGIN { $p = (struct module *)0x10; print($p); printf(\"%s %d %p %x\\n\", $p, $p, $p, $p); exit(); }",
        &[],
        "0x10\n0x10 16 0x10 10\n\n\n",
    );
}

/// call suite `printf_gr`, and compound flags with bits no name covers
/// (src/util/gfp_flags.cpp).
#[test]
fn printf_gr() {
    check(
        "printf_gr",
        "BEGIN { printf(\"GFPFlags: %gr\\n\", 0x1); printf(\"%gr|%gr|%gr\\n\", 0xdc0, 0x822, 0); exit(); }",
        &[],
        "GFPFlags: GFP_DMA\nGFP_KERNEL|__GFP_ZERO|GFP_ATOMIC|__GFP_HIGHMEM|0\n\n\n",
    );
}

/// json-output suite `printf`: one printf object per call.
#[test]
fn printf_json() {
    check(
        "printf_json",
        "BEGIN { printf(\"%s=%d\\n\", \"a\", 1); printf(\"tab\\there\"); exit(); }",
        &["-f", "json"],
        "{\"type\": \"printf\", \"data\": \"a=1\\n\"}\n{\"type\": \"printf\", \"data\": \"tab\\there\"}\n",
    );
}

// ---------------------------------------------------------------------------------------
// buf

/// call suite `buf_no_ascii`.
#[test]
fn buf_no_ascii() {
    check(
        "buf_no_ascii",
        "BEGIN { printf(\"%rx\", buf(\"Hello\\0\", 6)); exit(); }",
        &[],
        "\\x48\\x65\\x6c\\x6c\\x6f\\x00\n\n",
    );
}

/// call suite `buf_no_ascii_no_escaping`.
#[test]
fn buf_no_ascii_no_escaping() {
    check(
        "buf_no_ascii_no_escaping",
        "BEGIN { printf(\"%rh\", buf(\"Hello\\0\", 6)); exit(); }",
        &[],
        "48 65 6c 6c 6f 00\n\n",
    );
}

/// call suite `buf_map_multikey` (its key text): `%r` keeps printable ASCII.
#[test]
fn buf_keeps_ascii() {
    check(
        "buf_keeps_ascii",
        "BEGIN { printf(\"%r\\n\", buf(\"ok_key\", 7)); exit(); }",
        &[],
        "ok_key\\x00\n\n\n",
    );
}

/// call suite `buf_map_value` (its value text): `print` of a buffer is its `%r` form.
#[test]
fn buf_print() {
    check(
        "buf_print",
        "BEGIN { print(buf(\"ok_value\", 8)); exit(); }",
        &[],
        "ok_value\n\n\n",
    );
}

/// A buffer kept in a variable prints the same with each specifier.
#[test]
fn buf_in_variable() {
    check(
        "buf_in_variable",
        "BEGIN { $b = buf(\"xyz\", 3); printf(\"%r|%rx|%rh|%s\\n\", $b, $b, $b, $b); exit(); }",
        &[],
        "xyz|\\x78\\x79\\x7a|78 79 7a|xyz\n\n\n",
    );
}

/// call suite `buf` (arrays): the length of a `char[N]` is inferred; the kernel bytes are
/// read as they are.
#[test]
fn buf_kernel_char_array() {
    check(
        "buf_kernel_char_array",
        "BEGIN { printf(\"%r\\n\", buf(curtask->comm)); exit(); }",
        &[],
        "bpftrace\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\n\n\n",
    );
}

/// The width pads a buffer's text like a string.
#[test]
fn buf_width() {
    check(
        "buf_width",
        "BEGIN { printf(\"[%8r][%-5r]\\n\", buf(\"ab\", 2), buf(\"c\", 1)); exit(); }",
        &[],
        "[      ab][c    ]\n\n\n",
    );
}

/// json-output: a buffer value is an array of its bytes as signed chars
/// (`JsonEmitter<Primitive::Buffer>`).
#[test]
fn buf_json() {
    check(
        "buf_json",
        "BEGIN { print(buf(\"AB\\n\\x7f\", 4)); exit(); }",
        &["-f", "json"],
        "{\"type\": \"value\", \"data\": [65,66,10,127]}\n",
    );
}

// ---------------------------------------------------------------------------------------
// print(value)

/// call suite `print_non_map`.
#[test]
fn print_non_map() {
    check(
        "print_non_map",
        "BEGIN { $x = 5; print($x); exit() }",
        &[],
        "5\n\n\n",
    );
}

/// call suite `print_non_map_builtin`.
#[test]
fn print_non_map_builtin() {
    check(
        "print_non_map_builtin",
        "BEGIN { print(comm); exit() }",
        &[],
        "bpftrace\n\n\n",
    );
}

/// stdlib.md `print` example: strings and integers.
#[test]
fn print_string_and_integer() {
    check(
        "print_string_and_integer",
        "BEGIN { print(123); print(\"abc\"); exit(); }",
        &[],
        "123\nabc\n\n\n",
    );
}

/// json-output suite `print_non_map`: a `value` object; pointers are numbers in JSON.
#[test]
fn print_json() {
    check(
        "print_json",
        "BEGIN { print(\"abc\"); print(-3); print((struct module *)0x10); exit(); }",
        &["-f", "json"],
        "{\"type\": \"value\", \"data\": \"abc\"}\n{\"type\": \"value\", \"data\": -3}\n{\"type\": \"value\", \"data\": 16}\n",
    );
}

// ---------------------------------------------------------------------------------------
// strerror

/// call suite `strerror`.
#[test]
fn strerror() {
    check(
        "strerror",
        "BEGIN { print(strerror(EPERM)); exit(); }",
        &[],
        "Operation not permitted\n\n\n",
    );
}

/// The table is the kernel's (9 is "Bad file number"), negative errnos count as positive,
/// unknown numbers are "Unknown error" (src/stdlib/strings/strings.bpf.c).
#[test]
fn strerror_table() {
    check(
        "strerror_table",
        "BEGIN { printf(\"%s|%s|%s|%s\\n\", strerror(-ENOENT), strerror(EBADF), strerror(0), strerror(4095)); exit(); }",
        &[],
        "No such file or directory|Bad file number|Success|Unknown error\n\n\n",
    );
}

/// strerror() is a string in JSON.
#[test]
fn strerror_json() {
    check(
        "strerror_json",
        "BEGIN { print(strerror(EAGAIN)); exit(); }",
        &["-f", "json"],
        "{\"type\": \"value\", \"data\": \"Try again (operation would block)\"}\n",
    );
}

// ---------------------------------------------------------------------------------------
// enums

/// call suite `printf_enum_symbolize` and `printf_enum_symbolize_width`, with a kernel
/// enum from BTF: a field of `enum module_state` (read through a null pointer, so 0).
#[test]
fn printf_enum_symbolize() {
    check(
        "printf_enum_symbolize",
        "BEGIN { $m = (struct module *)0; printf(\"%d %s|%-20s|%5s\\n\", $m->state, $m->state, $m->state, $m->state); exit(); }",
        &[],
        "0 MODULE_STATE_LIVE|MODULE_STATE_LIVE   |MODULE_STATE_LIVE\n\n\n",
    );
}

/// call suite `printf_enum_symbolize_var`: a variable keeps the enum; print() shows the
/// name in text and the number in JSON (`Primitive::Symbolic`).
#[test]
fn print_enum_variable() {
    let script = "BEGIN { $m = (struct module *)0; $s = $m->state; print($s); printf(\"%s %d\\n\", $s, $s); exit(); }";
    check(
        "print_enum_variable",
        script,
        &[],
        "MODULE_STATE_LIVE\nMODULE_STATE_LIVE 0\n\n\n",
    );
    check(
        "print_enum_variable_json",
        script,
        &["-f", "json"],
        "{\"type\": \"value\", \"data\": 0}\n{\"type\": \"printf\", \"data\": \"MODULE_STATE_LIVE 0\\n\"}\n",
    );
}

// ---------------------------------------------------------------------------------------
// cat

/// call suites `cat` and `cat_more_args`: the file's bytes as they are, the path formatted
/// as printf formats.
#[test]
fn cat_file() {
    if !require_root("cat_file") {
        return;
    }
    let dir = TempDir::new("cat_file");
    let file = dir.join("contents");
    std::fs::write(&file, "first line\nsecond\tline\n").expect("write the file");
    let path = file.display().to_string();
    let (directory, name) = path.rsplit_once('/').expect("an absolute path");
    let script = format!(
        "BEGIN {{ cat(\"{path}\"); cat(\"%s/%s\", \"{directory}\", \"{name}\"); exit(); }}"
    );
    let done = run_case(&dir, "cat_file", &script, false, &[]);
    check_output(
        "cat_file",
        &done,
        &Expected {
            stdout: "first line\nsecond\tline\nfirst line\nsecond\tline\n\n\n",
            stderr: Some(""),
        },
    );
    let done = run_case(&dir, "cat_file_json", &script, false, &["-f", "json"]);
    let line = "{\"type\": \"cat\", \"data\": \"first line\\nsecond\\tline\\n\"}\n";
    check_output(
        "cat_file_json",
        &done,
        &Expected {
            stdout: &format!("{line}{line}"),
            stderr: Some(""),
        },
    );
}

/// `cat` prints at most bpftrace's `max_cat_bytes` (10240) of a file.
#[test]
fn cat_reads_at_most_max_cat_bytes() {
    if !require_root("cat_reads_at_most_max_cat_bytes") {
        return;
    }
    let dir = TempDir::new("cat_max");
    let file = dir.join("big");
    let contents: String = (0..20_000)
        .map(|index| (b'a' + (index % 26) as u8) as char)
        .collect();
    std::fs::write(&file, &contents).expect("write the file");
    let script = format!("BEGIN {{ cat(\"{}\"); exit(); }}", file.display());
    let done = run_case(&dir, "cat_max", &script, false, &[]);
    check_output(
        "cat_reads_at_most_max_cat_bytes",
        &done,
        &Expected {
            stdout: &format!("{}\n\n", &contents[..10240]),
            stderr: None,
        },
    );
}

/// A file that cannot be opened: `SystemError` logged as an error, with strerror's text.
#[test]
fn cat_missing_file() {
    check_with(
        "cat_missing_file",
        "BEGIN { cat(\"/nonexistent/%d\", 7); exit(); }",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some(
                "ERROR: failed to open file '/nonexistent/7' (No such file or directory)\n",
            ),
        },
    );
}

// ---------------------------------------------------------------------------------------
// system

/// call suite `system`: the command's output, then a newline (`TextOutput::syscall`).
#[test]
fn system() {
    check_with(
        "system",
        "BEGIN { system(\"echo 'ok_system'\"); exit();}",
        true,
        &[],
        &Expected {
            stdout: "ok_system\n\n\n\n",
            stderr: Some(""),
        },
    );
}

/// call suite `system_more_args`; stderr is captured with stdout.
#[test]
fn system_more_args() {
    check_with(
        "system_more_args",
        "BEGIN { system(\"echo %d %d %d %d %d %d %d\", 1, 2, 3, 4, 5, 6, 7); system(\"echo %s >&2\", \"to stderr\"); exit();}",
        true,
        &[],
        &Expected {
            stdout: "1 2 3 4 5 6 7\n\nto stderr\n\n\n\n",
            stderr: Some(""),
        },
    );
}

/// json-output: a `syscall` object with what the command printed.
#[test]
fn system_json() {
    check_with(
        "system_json",
        "BEGIN { system(\"echo 'ok_system'\"); exit();}",
        true,
        &["-f", "json"],
        &Expected {
            stdout: "{\"type\": \"syscall\", \"data\": \"ok_system\\n\"}\n",
            stderr: Some(""),
        },
    );
}

/// A command that fails prints nothing of its own and an error (util::exec_system).
#[test]
fn system_failing_command() {
    check_with(
        "system_failing_command",
        "BEGIN { system(\"echo lost; exit 3\"); exit();}",
        true,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("ERROR: command exited with code 3\n"),
        },
    );
}

/// Without `--unsafe` the script does not build, with bpftrace's words and how to enable
/// it.
#[test]
fn system_needs_unsafe() {
    let dir = TempDir::new("system_needs_unsafe");
    let source = dir.join("bpftrace.bt");
    std::fs::write(&source, "BEGIN { system(\"echo hi\"); exit(); }\n").expect("write");
    let built = run_btc([
        OsStr::new("build"),
        source.as_os_str(),
        OsStr::new("-o"),
        dir.join("bpftrace").as_os_str(),
    ]);
    assert_eq!(built.code(), Some(1), "{built}");
    assert!(
        built.stderr.contains(
            "bpftrace.bt:1:9: error: system() is an unsafe function being used in safe mode"
        ),
        "{built}"
    );
    assert!(
        built
            .stderr
            .contains("help: build with `btc build --unsafe`"),
        "{built}"
    );
}

// ---------------------------------------------------------------------------------------
// errorf and warnf

/// call suite `errorf`: the call's location (end column one past its `)`), on stderr.
#[test]
fn errorf() {
    check_with(
        "errorf",
        "begin { errorf(\"Something bad with args: %d, %s\", 10, \"arg2\"); exit(); }",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("bpftrace.bt:1:9-62: ERROR: Something bad with args: 10, arg2\n"),
        },
    );
}

/// call suite `errorf_length_modifiers`: one trailing newline of the message is dropped.
#[test]
fn errorf_length_modifiers() {
    check_with(
        "errorf_length_modifiers",
        "begin { $x = 0x12345678abcdef; errorf(\"%hhx %hx %x %jx\\n\", $x, $x, $x, $x); exit(); }",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("bpftrace.bt:1:32-75: ERROR: ef cdef 78abcdef 12345678abcdef\n"),
        },
    );
}

/// call suite `warnf`.
#[test]
fn warnf() {
    check_with(
        "warnf",
        "begin { warnf(\"Something kinda bad with args: %d, %s\", 10, \"arg2\"); exit(); }",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("bpftrace.bt:1:9-67: WARNING: Something kinda bad with args: 10, arg2\n"),
        },
    );
}

/// call suite `warnf_length_modifiers`.
#[test]
fn warnf_length_modifiers() {
    check_with(
        "warnf_length_modifiers",
        "begin { $x = 0x12345678abcdef; warnf(\"%hhx %hx %x %jx\\n\", $x, $x, $x, $x); exit(); }",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("bpftrace.bt:1:32-74: WARNING: ef cdef 78abcdef 12345678abcdef\n"),
        },
    );
}

/// A call over several lines is located by its lines only (`SourceLocation`).
#[test]
fn errorf_multi_line() {
    check_with(
        "errorf_multi_line",
        "BEGIN {\n  errorf(\"a %d\",\n         1);\n  exit();\n}",
        false,
        &[],
        &Expected {
            stdout: "\n\n",
            stderr: Some("bpftrace.bt:2-3: ERROR: a 1\n"),
        },
    );
}

/// json-output: errorf and warnf objects carry the message, file, line and first column.
#[test]
fn errorf_warnf_json() {
    check_with(
        "errorf_warnf_json",
        "begin { errorf(\"bad %d\", 1); warnf(\"odd\\n\"); exit(); }",
        false,
        &["-f", "json"],
        &Expected {
            stdout: "{\"type\": \"errorf\", \"msg\": \"bad 1\", \"filename\": \"bpftrace.bt\", \"line\": 1, \"col\": 9}\n\
                     {\"type\": \"warnf\", \"msg\": \"odd\\n\", \"filename\": \"bpftrace.bt\", \"line\": 1, \"col\": 30}\n",
            stderr: Some(""),
        },
    );
}

// ---------------------------------------------------------------------------------------
// values of these types in maps

/// call suite `buf_map_key`.
#[test]
fn buf_map_key() {
    check(
        "buf_map_key",
        "BEGIN { @[buf(\"ok_key\", 6)] = 1; exit(); }",
        &[],
        "\n\n@[ok_key]: 1\n",
    );
}

/// call suite `buf_map_multikey`: a buffer in a tuple key of a histogram.
#[test]
fn buf_map_multikey() {
    check(
        "buf_map_multikey",
        "BEGIN { @[buf(\"ok_key\", 7), 1] = hist(1); exit(); }",
        &[],
        "\n\n@[ok_key\\x00, 1]:\n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
    );
}

/// call suite `buf_hist_map_key`.
#[test]
fn buf_hist_map_key() {
    check(
        "buf_hist_map_key",
        "BEGIN { @[buf(\"ok_key\", 7)] = hist(1); exit(); }",
        &[],
        "\n\n@[ok_key\\x00]:\n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
    );
}

/// call suite `buf_map_value`, and the value read back into a variable.
#[test]
fn buf_map_value() {
    check(
        "buf_map_value",
        "BEGIN { @ = buf(\"ok_value\", 8); $x = @; printf(\"%rh\\n\", $x); exit(); }",
        &[],
        "6f 6b 5f 76 61 6c 75 65\n\n\n@: ok_value\n",
    );
}

/// json-output: a buffer map value is an array of bytes; a buffer key is its text.
#[test]
fn buf_map_json() {
    check(
        "buf_map_json",
        "BEGIN { @v = buf(\"ok\", 2); @k[buf(\"ab\", 2)] = 3; exit(); }",
        &["-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@k\": {\"ab\": 3}}}\n{\"type\": \"map\", \"data\": {\"@v\": [111,107]}}\n",
    );
}

/// strerror() values as map keys and values print as their text.
#[test]
fn strerror_in_maps() {
    check(
        "strerror_in_maps",
        "BEGIN { @e[strerror(2)] = count(); @s = strerror(1); exit(); }",
        &[],
        "\n\n@e[No such file or directory]: 1\n@s: Operation not permitted\n",
    );
}

/// Pointer map values print as `0x...` (`Type::pointer` is `Primitive::Symbolic`), and as
/// numbers in JSON.
#[test]
fn pointer_map_values() {
    let script = "BEGIN { @p = (struct module *)0x20; @q[1] = (struct module *)0x30; exit(); }";
    check(
        "pointer_map_values",
        script,
        &[],
        "\n\n@p: 0x20\n@q[1]: 0x30\n",
    );
    check(
        "pointer_map_values_json",
        script,
        &["-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@p\": 32}}\n{\"type\": \"map\", \"data\": {\"@q\": {\"1\": 48}}}\n",
    );
}

/// call suite `printf_enum_symbolize_tracepoint`: a tracepoint field of an enum type
/// (`enum skb_drop_reason`) prints the enumerator's name from BTF, also through a
/// variable. The drop is a UDP datagram to a closed port on the loopback interface.
#[test]
fn printf_enum_symbolize_tracepoint() {
    if !require_root("printf_enum_symbolize_tracepoint") {
        return;
    }
    if !std::path::Path::new("/sys/kernel/tracing/events/skb/kfree_skb").exists()
        || !std::path::Path::new("/sys/kernel/btf/vmlinux").exists()
    {
        println!("SKIP printf_enum_symbolize_tracepoint: no skb:kfree_skb or no BTF");
        return;
    }
    // bpftrace's case brings the loopback interface up the same way (SETUP).
    let ip = ["/usr/sbin/ip", "/sbin/ip", "/usr/bin/ip", "/bin/ip"]
        .into_iter()
        .find(|path| std::path::Path::new(path).exists());
    if let Some(ip) = ip {
        let _ = Command::new(ip).args(["link", "set", "lo", "up"]).status();
    }
    let dir = TempDir::new("enum_tracepoint");
    // Reason 3 is SKB_DROP_REASON_NO_SOCKET: other drops on the machine are left out.
    let tool = build_source(
        &dir,
        "bpftrace",
        "tracepoint:skb:kfree_skb /args.reason == 3/ { $r = args.reason; printf(\"%d %s\\n\", args.reason, $r); exit(); }\n",
    );
    let mut running = btc_e2e::Tool::spawn(&mut Command::new(&tool));
    running.wait_attached();
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("bind a UDP socket");
    for _ in 0..20 {
        if !running.running() {
            break;
        }
        // Port 9 (discard) has no listener here: the kernel drops the datagram.
        let _ = socket.send_to(b"x", "127.0.0.1:9");
        std::thread::sleep(Duration::from_millis(50));
    }
    let done = running.finish(Duration::from_secs(10));
    assert!(done.success(), "the tool did not exit 0 on its own\n{done}");
    assert_eq!(done.stdout, "3 SKB_DROP_REASON_NO_SOCKET\n\n\n", "{done}");
}

/// call suites `macaddr`, `macaddr as map key` and `macaddr as map value`, with a
/// `char[16]` kernel field (the tool's comm, "bpftrace") instead of a test program's struct.
#[test]
fn macaddr() {
    let script = "BEGIN { printf(\"P: %s\\n\", macaddr(curtask->comm)); $m = macaddr(curtask->comm); @[macaddr(curtask->comm)] = 1; @v[1] = $m; exit(); }";
    check(
        "macaddr",
        script,
        &[],
        "P: 62:70:66:74:72:61\n\n\n@[62:70:66:74:72:61]: 1\n@v[1]: 62:70:66:74:72:61\n",
    );
    check(
        "macaddr_json",
        script,
        &["-f", "json"],
        "{\"type\": \"printf\", \"data\": \"P: 62:70:66:74:72:61\\n\"}\n\
         {\"type\": \"map\", \"data\": {\"@\": {\"62:70:66:74:72:61\": 1}}}\n\
         {\"type\": \"map\", \"data\": {\"@v\": {\"1\": \"62:70:66:74:72:61\"}}}\n",
    );
}
