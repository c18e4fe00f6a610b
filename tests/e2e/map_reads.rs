//! Map reads inside probes (issue 4): aggregations read as numbers, `len()`, `for` over a
//! map and map declarations. Each tool is built with the real btc and run as root; its
//! WHOLE stdout must be byte for byte what bpftrace v0.26 prints.
//!
//! Each case names the bpftrace runtime-suite case (tests/runtime/{other,signed_ints,for,
//! map}) it corresponds to; where the suite only checks one line, the expected text adds
//! the maps printed at exit in bpftrace's text format. Every tool is built under the name
//! `bpftrace`, so that `comm` matches the suites.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    Finished, TempDir, Tool, build_source, require_root, run_with_timeout, run_workload,
};

/// Builds `script` as a tool named `bpftrace`, runs it with `-q`, and checks its whole
/// stdout and its exit code; returns the run (`None` when the test is skipped).
#[track_caller]
fn check(name: &str, script: &str, expected: &str) -> Option<Finished> {
    if !require_root(name) {
        return None;
    }
    let dir = TempDir::new(name);
    let tool = build_source(&dir, "bpftrace", &format!("{script}\n"));
    let done = run_with_timeout(Command::new(&tool).arg("-q"), Duration::from_secs(30));
    assert!(
        !done.timed_out,
        "{name}: the tool did not exit on its own\n{done}"
    );
    assert_eq!(done.code(), Some(0), "{name}: wrong exit code\n{done}");
    assert_eq!(
        done.stdout, expected,
        "{name}: stdout differs from bpftrace's\n{done}"
    );
    Some(done)
}

/// bpftrace's warning for a map update that found the map full, on stderr.
const MAP_FULL: &str = "WARNING: Map full; can't update element. Try increasing max_map_keys \
     config or manually setting the max entries in a map declaration e.g. `let @a = hash(5000)`\n\
     Additional Info - helper: 2, retcode: -7\n";

/// other suite `per_cpu_map_avg_if`.
#[test]
fn avg_read_in_condition() {
    check(
        "avg_read_in_condition",
        "BEGIN { @ = avg(1); @ = avg(1); @ = avg(10); if (@ == 4) { printf(\"done\\n\"); } }",
        "done\n\n\n@: 4\n",
    );
}

/// other suite `per_cpu_map_arithmetic`.
#[test]
fn sum_and_count_in_arithmetic() {
    check(
        "sum_and_count_in_arithmetic",
        "BEGIN { @a = sum(10); @b = count(); $c = @a + @b; if ($c == 11) { printf(\"done\\n\"); } }",
        "done\n\n\n@a: 10\n@b: 1\n",
    );
}

/// other suite `per_cpu_map_cast`.
#[test]
fn aggregations_cast_in_printf() {
    check(
        "aggregations_cast_in_printf",
        "BEGIN { @a = count(); @b = sum(10); printf(\"%d-%d\\n\", (uint64)@a, (int64)@b); }",
        "1-10\n\n\n@a: 1\n@b: 10\n",
    );
}

/// other suite `per_cpu_map_as_map_key`.
#[test]
fn aggregations_as_map_key() {
    check(
        "aggregations_as_map_key",
        "BEGIN { @a = count(); @b = sum(5); @c = min(1); @d = max(10); @e = avg(7); \
         @[@a, @b, @c, @d, @e] = 1; }",
        "\n\n@[1, 5, 1, 10, 7]: 1\n@a: 1\n@b: 5\n@c: 1\n@d: 10\n@e: 7\n",
    );
}

/// signed_ints suite `avg cast negative values`: the average of negative values divides
/// the magnitude, so -12 / 3 reads -4.
#[test]
fn negative_average_read() {
    check(
        "negative_average_read",
        "BEGIN { @ = avg(-1); @ = avg(-1); @ = avg(-10); if (@ == -4) { printf(\"done\\n\"); } }",
        "done\n\n\n@: -4\n",
    );
}

/// other suites `per_cpu_map_min_if` and `per_cpu_map_max_if`, in BEGIN: min and max of
/// signed values, and of a key never set (which reads 0).
#[test]
fn min_max_and_absent_keys() {
    check(
        "min_max_and_absent_keys",
        "BEGIN { @mn[1] = min(3); @mn[1] = min(-2); @mx[1] = max(-5); @mx[1] = max(-7); \
         printf(\"%d %d %d %d\\n\", @mn[1], @mx[1], @mn[2], @mx[1] + 1); }",
        "-2 -5 0 -4\n\n\n@mn[1]: -2\n@mx[1]: -5\n",
    );
}

/// bpftrace reads a per-CPU aggregation by combining every CPU's value
/// (`CreatePerCpuMapAggElems`): the values an END probe reads are the values printed at
/// exit, with reads made on both CPUs of this machine.
#[test]
fn reads_combine_every_cpu() {
    let name = "reads_combine_every_cpu";
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new(name);
    let script = "tracepoint:syscalls:sys_enter_read /comm == \"btcpercpu\"/ { \
         @reads = count(); @bytes = sum(args.count); @low = min(cpu); @high = max(cpu); \
         @mean = avg(args.count); }\n\
         END { printf(\"%d %d %d %d %d\\n\", @reads, @bytes, @low, @high, @mean); }\n";
    let tool_path = build_source(&dir, "percpu", script);
    let load = dir.join("btcpercpu");
    std::fs::copy("/bin/dd", &load).expect("copy /bin/dd");
    let mut tool = Tool::spawn(&mut Command::new(&tool_path));
    tool.wait_attached();
    for cpu in ["0", "1"] {
        run_workload(Command::new("taskset").arg("-c").arg(cpu).arg(&load).args([
            "if=/dev/zero",
            "of=/dev/null",
            "bs=1",
            "count=500",
        ]));
    }
    let done = tool.interrupt_and_finish(Duration::from_secs(15));
    assert_eq!(done.code(), Some(0), "{name}: wrong exit code\n{done}");
    let lines: Vec<&str> = done.stdout.lines().collect();
    let read: Vec<i64> = lines[0]
        .split(' ')
        .map(|number| number.parse().expect("a number"))
        .collect();
    let printed = |map: &str| -> i64 {
        let prefix = format!("@{map}: ");
        lines
            .iter()
            .find_map(|line| line.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("{name}: no @{map} line\n{done}"))
            .parse()
            .expect("a number")
    };
    let expected = [
        printed("reads"),
        printed("bytes"),
        printed("low"),
        printed("high"),
        printed("mean"),
    ];
    assert_eq!(read, expected, "{name}: END read other values\n{done}");
    assert!(read[0] >= 1000, "{name}: too few reads counted\n{done}");
    assert_eq!((read[2], read[3]), (0, 1), "{name}: not both CPUs\n{done}");
    assert_eq!(
        done.stdout,
        format!(
            "{}\n\n\n@bytes: {}\n@high: 1\n@low: 0\n@mean: {}\n@reads: {}\n",
            lines[0], read[1], read[4], read[0]
        ),
        "{name}: stdout differs\n{done}"
    );
}

/// Like [`check`], for scripts that loop over a map of several keys: the kernel visits a
/// hash map's keys in the order of their buckets, which depends on a random seed per
/// map, so the lines are compared as sorted lists (bpftrace's suite checks each line
/// alone for the same reason).
#[track_caller]
fn check_any_order(name: &str, script: &str, expected: &str) {
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new(name);
    let tool = build_source(&dir, "bpftrace", &format!("{script}\n"));
    let done = run_with_timeout(Command::new(&tool).arg("-q"), Duration::from_secs(30));
    assert_eq!(done.code(), Some(0), "{name}: wrong exit code\n{done}");
    let sorted = |text: &str| {
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        lines.sort();
        lines
    };
    assert_eq!(
        sorted(&done.stdout),
        sorted(expected),
        "{name}: stdout differs from bpftrace's\n{done}"
    );
}

/// for suite `map one key elements`.
#[test]
fn for_map_key_and_value() {
    check(
        "for_map_key_and_value",
        "BEGIN { @map[16] = 32; for ($kv : @map) { printf(\"key: %d, val: %d\\n\", $kv.0, $kv.1); } }",
        "key: 16, val: 32\n\n\n@map[16]: 32\n",
    );
}

/// for suite `map two key elements`.
#[test]
fn for_map_tuple_key() {
    check(
        "for_map_tuple_key",
        "BEGIN { @map[16,17] = 32; for ($kv : @map) { \
         printf(\"key: (%d,%d), val: %d\\n\", $kv.0.0, $kv.0.1, $kv.1); } }",
        "key: (16,17), val: 32\n\n\n@map[16, 17]: 32\n",
    );
}

/// for suite `map strings`, with printf in place of print of the tuple.
#[test]
fn for_map_strings() {
    check_any_order(
        "for_map_strings",
        "BEGIN { @map[\"abc\"] = \"aa\"; @map[\"def\"] = \"dd\"; \
         for ($kv : @map) { printf(\"%s %s\\n\", $kv.0, $kv.1); } }",
        "abc aa\ndef dd\n\n\n@map[abc]: aa\n@map[def]: dd\n",
    );
}

/// for suite `map create map in body` (the maps printed at exit show @new).
#[test]
fn for_map_creates_a_map() {
    check(
        "for_map_creates_a_map",
        "BEGIN { @map[16] = 32; @map[64] = 128; for ($kv : @map) { @new[$kv.1] = $kv.0; } \
         clear(@map); }",
        "\n\n@new[32]: 16\n@new[128]: 64\n",
    );
}

/// for suite `variable context update`.
#[test]
fn for_map_updates_a_variable() {
    check(
        "for_map_updates_a_variable",
        "BEGIN { @map[0] = 0; @map[1] = 1; $var = 123; \
         for ($kv : @map) { print($var); $var *= 2; } print($var); clear(@map); }",
        "123\n246\n492\n\n\n",
    );
}

/// for suite `variable context string`.
#[test]
fn for_map_updates_a_string_variable() {
    check(
        "for_map_updates_a_string_variable",
        "BEGIN { @map[0] = 0; @map[1] = 1; $var = \"abc\"; \
         for ($kv : @map) { print($var); $var = \"def\"; } print($var); clear(@map); }",
        "abc\ndef\ndef\n\n\n",
    );
}

/// for suite `map nested count`.
#[test]
fn for_map_nested() {
    check(
        "for_map_nested",
        "BEGIN { @mapA[16] = 32; @mapA[17] = 33; @mapB[64] = 128; @mapB[65] = 129; \
         @mapB[66] = 130; for ($kv : @mapA) { printf(\"A\"); \
         for ($kv2 : @mapB) { printf(\"B\"); } } clear(@mapA); clear(@mapB); }",
        "ABBBABBB\n\n",
    );
}

/// for suite `map with break`.
#[test]
fn for_map_break() {
    check_any_order(
        "for_map_break",
        "BEGIN { @map[\"foo\"] = 1; print(\"start\"); \
         for ($i : @map) { print($i.0); break; } print(\"done\"); clear(@map); }",
        "start\nfoo\ndone\n\n\n",
    );
}

/// for suite `map with continue`.
#[test]
fn for_map_continue() {
    check(
        "for_map_continue",
        "BEGIN { @map[\"foo\"] = 1; @map[\"bar\"] = 2; print(\"start\"); \
         for ($i : @map) { if ($i.0 == \"bar\") { continue; } print($i.0); } clear(@map); }",
        "start\nfoo\n\n\n",
    );
}

/// for suite `map with return`: `return` leaves the probe, not only the loop.
#[test]
fn for_map_return() {
    check(
        "for_map_return",
        "BEGIN { @map[\"foo\"] = 1; @map[\"bar\"] = 2; \
         for ($i : @map) { if ($i.0 == \"bar\") { print($i.0); return; } } print(\"end\"); }",
        "bar\n\n\n@map[foo]: 1\n@map[bar]: 2\n",
    );
}

/// for suite `map two keys with a per cpu aggregation`: the value of a count map is its
/// total over every CPU.
#[test]
fn for_map_over_a_count_map() {
    check_any_order(
        "for_map_over_a_count_map",
        "BEGIN { @map[16,17] = count(); @map[16,17] = count(); @map[1,2] = count(); \
         for ($kv : @map) { printf(\"((%d, %d), %d)\\n\", $kv.0.0, $kv.0.1, $kv.1); } }",
        "((16, 17), 2)\n((1, 2), 1)\n\n\n@map[1, 2]: 1\n@map[16, 17]: 2\n",
    );
}

/// call suite `map len`.
#[test]
fn len_counts_keys() {
    check(
        "len_counts_keys",
        "BEGIN { @[0] = 0; @[1] = 1; printf(\"map len: %d\\n\", len(@)); }",
        "map len: 2\n\n\n@[0]: 0\n@[1]: 1\n",
    );
}

/// call suite `map lencmp`, and `len()` of a per-CPU map counts keys, not CPUs.
#[test]
fn len_in_a_condition() {
    check(
        "len_in_a_condition",
        "BEGIN { @[1] = 1; @[2] = 2; @c[1] = count(); $count = len(@); \
         if ($count > 1 && len(@c) == 1) { print(\"true\"); } clear(@); clear(@c); }",
        "true\n\n\n",
    );
}

/// Builds `script` and returns what `btc build` printed on stderr, checking its success.
#[track_caller]
fn build_messages(name: &str, script: &str, succeeds: bool) -> String {
    let dir = TempDir::new(name);
    let path = dir.join("script.bt");
    std::fs::write(&path, format!("{script}\n")).expect("write the script");
    let tool = dir.join("tool");
    let done = btc_e2e::run_btc([
        std::ffi::OsStr::new("build"),
        path.as_os_str(),
        std::ffi::OsStr::new("-o"),
        tool.as_os_str(),
    ]);
    assert_eq!(done.success(), succeeds, "{name}: btc build\n{done}");
    done.stderr
}

/// map suite `map indexed, scalar-like, with decl`.
#[test]
fn declared_hash() {
    check(
        "declared_hash",
        "let @a = hash(1); BEGIN { @a[0] = 0; }",
        "\n\n@a[0]: 0\n",
    );
}

/// map suite `map declaration hash`: the second key does not fit, and the tool says so
/// once, with the update's location and line.
#[test]
fn declared_hash_is_full() {
    if let Some(done) = check(
        "declared_hash_is_full",
        "let @a = hash(1); BEGIN { @a[1] = 1; @a[2] = 2; @a[3] = 3; unroll (3) { @a[4] = 4; } }",
        "\n\n@a[1]: 1\n",
    ) {
        let expected = format!(
            "bpftrace.bt:1:38-47: {MAP_FULL}\
             let @a = hash(1); BEGIN {{ @a[1] = 1; @a[2] = 2; @a[3] = 3; unroll (3) {{ @a[4] = 4; }} }}\n\
             {}~~~~~~~~~\n",
            " ".repeat(37)
        );
        assert!(done.stderr.contains(&expected), "{done}");
        assert_eq!(done.stderr.matches("WARNING").count(), 3, "{done}");
    }
}

/// map suite `map declaration lruhash`: a new key evicts an old one.
#[test]
fn declared_lruhash_evicts() {
    if let Some(done) = check(
        "declared_lruhash_evicts",
        "let @a = lruhash(1); BEGIN { @a[1] = 1; @a[2] = 2; }",
        "\n\n@a[2]: 2\n",
    ) {
        assert!(!done.stderr.contains("WARNING"), "{done}");
    }
}

/// map suite `map declaration percpuhash`.
#[test]
fn declared_percpuhash_is_full() {
    if let Some(done) = check(
        "declared_percpuhash_is_full",
        "let @a = percpuhash(1); BEGIN { @a[1] = count(); @a[2] = count(); }",
        "\n\n@a[1]: 1\n",
    ) {
        assert!(done.stderr.contains(MAP_FULL), "{done}");
    }
}

/// map suite `map declaration percpulruhash`.
#[test]
fn declared_percpulruhash_evicts() {
    if let Some(done) = check(
        "declared_percpulruhash_evicts",
        "let @a = percpulruhash(1); BEGIN { @a[1] = count(); @a[2] = count(); }",
        "\n\n@a[2]: 1\n",
    ) {
        assert!(!done.stderr.contains("WARNING"), "{done}");
    }
}

/// config suite: `max_map_keys` sizes the maps that are not declared.
#[test]
fn config_max_map_keys() {
    check(
        "config_max_map_keys",
        "config = { max_map_keys = 2 } BEGIN { @a[1] = 1; @a[2] = 2; @a[3] = 3; }",
        "\n\n@a[1]: 1\n@a[2]: 2\n",
    );
}

/// map suite `map declaration unused`, and bpftrace's checks of declarations.
#[test]
fn declaration_diagnostics() {
    let unused = build_messages(
        "declaration_unused",
        "let @a = percpuhash(1); BEGIN { }",
        true,
    );
    assert!(
        unused.contains("script.bt:1:1: warning: Unused map: @a\n"),
        "{unused}"
    );
    let invalid = build_messages(
        "declaration_invalid",
        "let @a = foo(1); BEGIN { @a = 1; }",
        false,
    );
    assert!(
        invalid.contains(
            "script.bt:1:10: error: Invalid bpf map type: foo\n\
             let @a = foo(1); BEGIN { @a = 1; }\n         ^~~\n\
             note: Valid map types: hash, lruhash, percpuhash, percpulruhash\n"
        ),
        "{invalid}"
    );
    let incompatible = build_messages(
        "declaration_incompatible",
        "let @a = hash(1); BEGIN { @a = count(); }",
        false,
    );
    assert!(
        incompatible.contains(
            "script.bt:1:27: error: Incompatible map types. Type from declaration: hash. \
             Type from value/key type: percpuhash\n"
        ),
        "{incompatible}"
    );
}

/// for suite `map delete`: `delete(@, $kv.0)` with the tuple key of the element.
#[test]
fn delete_in_a_map_loop() {
    check_any_order(
        "delete_in_a_map_loop",
        "BEGIN { @[0,0,0] = 1; @[0,0,1] = 1; @[0,1,0] = 1; @[1,0,0] = 1; \
         for ($kv : @) { if ($kv.0.1 == 1) { delete(@, $kv.0); } } }",
        "\n\n@[0, 0, 0]: 1\n@[0, 0, 1]: 1\n@[1, 0, 0]: 1\n",
    );
}

/// call suite `map_key_scratch_buf` (without its config): delete with a tuple key.
#[test]
fn delete_with_a_tuple_key() {
    check(
        "delete_with_a_tuple_key",
        "BEGIN { @x[1, 2] = 1; @x[1, 1] = 3; @x[2, 1] = 2; delete(@x[1, 2]); \
         delete(@x, (1, 1)); exit() }",
        "\n\n@x[2, 1]: 2\n",
    );
}

/// stdlib `delete`: the value says whether the key was there.
#[test]
fn delete_as_a_value() {
    check(
        "delete_as_a_value",
        "BEGIN { @a[1] = 1; if (delete(@a, 1)) { printf(\"deleted\\n\"); } \
         $d = delete(@a, 2); printf(\"%d\\n\", $d); }",
        "deleted\n0\n\n\n",
    );
}

/// `@a[k]++` and `@a[k] += n` on a full map report it too, each at its own place.
#[test]
fn increment_of_a_full_map() {
    if let Some(done) = check(
        "increment_of_a_full_map",
        "let @a = hash(1); BEGIN { @a[1]++; @a[2]++; @a[3] += 5; }",
        "\n\n@a[1]: 1\n",
    ) {
        assert!(
            done.stderr
                .contains("bpftrace.bt:1:36-43: WARNING: Map full"),
            "{done}"
        );
        assert!(
            done.stderr
                .contains("bpftrace.bt:1:45-55: WARNING: Map full"),
            "{done}"
        );
    }
}

/// for suite `map one key`: print($kv) prints the element as a (key, value) tuple.
#[test]
fn for_map_print_entries() {
    check_any_order(
        "for_map_print_entries",
        "BEGIN { @map[16] = 32; @map[64] = 128; for ($kv : @map) { print($kv); } }",
        "(16, 32)\n(64, 128)\n\n\n@map[16]: 32\n@map[64]: 128\n",
    );
}

/// for suite `map two keys`.
#[test]
fn for_map_print_tuple_key() {
    check(
        "for_map_print_tuple_key",
        "BEGIN { @map[16,17] = 32; for ($kv : @map) { print($kv); } }",
        "((16, 17), 32)\n\n\n@map[16, 17]: 32\n",
    );
}

/// for suite `map strings`.
#[test]
fn for_map_print_strings() {
    check_any_order(
        "for_map_print_strings",
        "BEGIN { @map[\"abc\"] = \"aa\"; @map[\"def\"] = \"dd\"; for ($kv : @map) { print($kv); } }",
        "(abc, aa)\n(def, dd)\n\n\n@map[abc]: aa\n@map[def]: dd\n",
    );
}

/// for suite `map two keys with a per cpu aggregation`, with print($kv).
#[test]
fn for_map_print_count_entries() {
    check_any_order(
        "for_map_print_count_entries",
        "BEGIN { @map[16,17] = count(); @map[16,17] = count(); @map[1,2] = count(); \
         for ($kv : @map) { print($kv); } }",
        "((16, 17), 2)\n((1, 2), 1)\n\n\n@map[1, 2]: 1\n@map[16, 17]: 2\n",
    );
}

/// for suite `map multiple probes`: loops in BEGIN and in END.
#[test]
fn for_map_in_begin_and_end() {
    check(
        "for_map_in_begin_and_end",
        "BEGIN { @mapA[16] = 32; @mapB[64] = 128; for ($kv : @mapA) { print($kv); } exit(); } \
         END { for ($kv : @mapB) { print($kv); } clear(@mapA); clear(@mapB); }",
        "(16, 32)\n(64, 128)\n\n\n",
    );
}

/// A map loop over ntop() keys: the address part prints, copies and keys another map.
#[test]
fn for_map_address_keys() {
    check(
        "for_map_address_keys",
        "BEGIN { @a[ntop(0x0100007f), 5] = 1; for ($x : @a) { \
         printf(\"%s %d\\n\", $x.0.0, $x.0.1); @b[$x.0.0] = $x.1; print($x); } clear(@a); }",
        "127.0.0.1 5\n((127.0.0.1, 5), 1)\n\n\n@b[127.0.0.1]: 1\n",
    );
}
