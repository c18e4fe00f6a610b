//! Maps, aggregations and output (issue 4): BEGIN-only scripts built with the real btc,
//! whose WHOLE stdout must be byte for byte what bpftrace v0.26 prints.
//!
//! Each case names the bpftrace runtime-suite case (tests/runtime/{call,json-output}) it
//! corresponds to, or the bpftrace fact it checks; expected texts are data from those suites
//! and from bpftrace's output code (src/output/{text,json}.cpp, src/types_format.cpp).
//! Every tool is built under the name `bpftrace`, so that `comm` matches the suites.
//! One test per case, so that failures are reported by name.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, build_source, require_root, run_with_timeout};

/// Builds `script` as a tool named `bpftrace`, runs it with `args`, and checks its whole
/// stdout and its exit code.
#[track_caller]
fn check(name: &str, script: &str, args: &[&str], expected: &str, code: i32) {
    if !require_root(name) {
        return;
    }
    let dir = TempDir::new(name);
    let tool = build_source(&dir, "bpftrace", &format!("{script}\n"));
    let done = run_with_timeout(Command::new(&tool).args(args), Duration::from_secs(30));
    assert!(
        !done.timed_out,
        "{name}: the tool did not exit on its own\n{done}"
    );
    assert_eq!(done.code(), Some(code), "{name}: wrong exit code\n{done}");
    assert_eq!(
        done.stdout, expected,
        "{name}: stdout differs from bpftrace's\n{done}"
    );
}

/// call suite `count` (deterministic: three calls in BEGIN).
#[test]
fn count_scalar() {
    check(
        "count_scalar",
        "BEGIN { @ = count(); @ = count(); @ = count(); }",
        &["-q"],
        "\n\n@: 3\n",
        0,
    );
}

/// sort order: count maps ascending by value.
#[test]
fn count_keyed_sorted_by_value() {
    check(
        "count_keyed_sorted_by_value",
        "BEGIN { @[\"b\"] = count(); @[\"a\"] = count(); @[\"a\"] = count(); @[\"c\"] = count(); @[\"c\"] = count(); @[\"c\"] = count(); }",
        &["-q"],
        "\n\n@[b]: 1\n@[a]: 2\n@[c]: 3\n",
        0,
    );
}

/// count keyed by integers, ascending by value.
#[test]
fn count_int_keys() {
    check(
        "count_int_keys",
        "BEGIN { @[10] = count(); @[10] = count(); @[-2] = count(); }",
        &["-q"],
        "\n\n@[-2]: 1\n@[10]: 2\n",
        0,
    );
}

/// call suite `sum`.
#[test]
fn sum_scalar() {
    check(
        "sum_scalar",
        "BEGIN { @sum = sum(1); @sum = sum(2); @sum = sum(3); }",
        &["-q"],
        "\n\n@sum: 6\n",
        0,
    );
}

/// signed sum.
#[test]
fn sum_negative() {
    check(
        "sum_negative",
        "BEGIN { @s = sum(-5); @s = sum(2); }",
        &["-q"],
        "\n\n@s: -3\n",
        0,
    );
}

/// sum maps sort ascending as signed values.
#[test]
fn sum_keyed_sorted_signed() {
    check(
        "sum_keyed_sorted_signed",
        "BEGIN { @s[\"pos\"] = sum(5); @s[\"neg\"] = sum(-7); @s[\"zero\"] = sum(0); }",
        &["-q"],
        "\n\n@s[neg]: -7\n@s[zero]: 0\n@s[pos]: 5\n",
        0,
    );
}

/// call suite `avg`.
#[test]
fn avg_scalar() {
    check(
        "avg_scalar",
        "BEGIN { @avg = avg(1); @avg = avg(2); @avg = avg(3); }",
        &["-q"],
        "\n\n@avg: 2\n",
        0,
    );
}

/// avg prints the integer average (truncated).
#[test]
fn avg_truncates() {
    check(
        "avg_truncates",
        "BEGIN { @a = avg(1); @a = avg(2); }",
        &["-q"],
        "\n\n@a: 1\n",
        0,
    );
}

/// signed avg truncates toward zero.
#[test]
fn avg_negative() {
    check(
        "avg_negative",
        "BEGIN { @a = avg(-1); @a = avg(-2); }",
        &["-q"],
        "\n\n@a: -1\n",
        0,
    );
}

/// avg maps sort ascending by average.
#[test]
fn avg_keyed_sorted_by_average() {
    check(
        "avg_keyed_sorted_by_average",
        "BEGIN { @a[\"x\"] = avg(30); @a[\"y\"] = avg(10); @a[\"y\"] = avg(20); @a[\"z\"] = avg(5); }",
        &["-q"],
        "\n\n@a[z]: 5\n@a[y]: 15\n@a[x]: 30\n",
        0,
    );
}

/// call suite `min`.
#[test]
fn min_scalar() {
    check(
        "min_scalar",
        "BEGIN { @min = min(2); @min = min(1); @min = min(3); }",
        &["-q"],
        "\n\n@min: 1\n",
        0,
    );
}

/// call suite `max`.
#[test]
fn max_scalar() {
    check(
        "max_scalar",
        "BEGIN { @max = max(1); @max = max(3); @max = max(2); }",
        &["-q"],
        "\n\n@max: 3\n",
        0,
    );
}

/// signed min.
#[test]
fn min_negative() {
    check(
        "min_negative",
        "BEGIN { @m = min(3); @m = min(-5); }",
        &["-q"],
        "\n\n@m: -5\n",
        0,
    );
}

/// max maps sort ascending by value.
#[test]
fn max_keyed() {
    check(
        "max_keyed",
        "BEGIN { @m[\"a\"] = max(9); @m[\"b\"] = max(4); @m[\"b\"] = max(6); }",
        &["-q"],
        "\n\n@m[b]: 6\n@m[a]: 9\n",
        0,
    );
}

/// call suite `stats`.
#[test]
fn stats_scalar() {
    check(
        "stats_scalar",
        "BEGIN { @stats = stats(1); @stats = stats(2); @stats = stats(3); }",
        &["-q"],
        "\n\n@stats: { .count = 3, .average = 2, .total = 6 }\n",
        0,
    );
}

/// stats maps sort by average.
#[test]
fn stats_keyed() {
    check(
        "stats_keyed",
        "BEGIN { @s[\"x\"] = stats(10); @s[\"y\"] = stats(2); @s[\"y\"] = stats(4); }",
        &["-q"],
        "\n\n@s[y]: { .count = 2, .average = 3, .total = 6 }\n@s[x]: { .count = 1, .average = 10, .total = 10 }\n",
        0,
    );
}

/// call suite `hist`, tests/runtime/outputs/hist.txt.
#[test]
fn hist_text() {
    check(
        "hist_text",
        "BEGIN { @=hist(-1); @=hist(2); @=hist(3); @=hist(7); @=hist(20); }",
        &["-q"],
        "\n\n@:\n(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[0]                    0 |                                                    |\n[1]                    0 |                                                    |\n[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[4, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[8, 16)                0 |                                                    |\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n\n",
        0,
    );
}

/// call suite `hist_2_values`, tests/runtime/outputs/hist_2_values.txt.
#[test]
fn hist_2_values() {
    check(
        "hist_2_values",
        "BEGIN { @=hist(3);@=hist(20);}",
        &["-q"],
        "\n\n@:\n[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[4, 8)                 0 |                                                    |\n[8, 16)                0 |                                                    |\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// call suite `lhist`, tests/runtime/outputs/lhist.txt.
#[test]
fn lhist_text() {
    check(
        "lhist_text",
        "BEGIN { @=lhist(2,0,10,2); @=lhist(3,0,10,2); @=lhist(7,0,10,2); @=lhist(-1,0,10,2); @=lhist(11,0,10,2); exit()}",
        &["-q"],
        "\n\n@:\n(..., 0)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[0, 2)                 0 |                                                    |\n[2, 4)                 2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[4, 6)                 0 |                                                    |\n[6, 8)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[8, 10)                0 |                                                    |\n[10, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n\n",
        0,
    );
}

/// call suite `hist_map_key_scratch_buf`.
#[test]
fn hist_keyed() {
    check(
        "hist_keyed",
        "BEGIN { @[\"ok_key\"] = hist(1); exit() }",
        &["-q"],
        "\n\n@[ok_key]:\n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// call suite `hist_scalar_map_key_scratch_buf`.
#[test]
fn hist_scalar_one_value() {
    check(
        "hist_scalar_one_value",
        "BEGIN { @ = hist(1); exit() }",
        &["-q"],
        "\n\n@:\n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// call suite `lhist_map_key_scratch_buf`.
#[test]
fn lhist_keyed() {
    check(
        "lhist_keyed",
        "BEGIN { @[\"ok_key\"] = lhist(2,0,10,2); exit() }",
        &["-q"],
        "\n\n@[ok_key]:\n[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// call suite `lhist_scalar_map_key_scratch_buf`.
#[test]
fn lhist_scalar_one_value() {
    check(
        "lhist_scalar_one_value",
        "BEGIN { @ = lhist(2,0,10,2); exit() }",
        &["-q"],
        "\n\n@:\n[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// K/M suffixes in hist labels.
#[test]
fn hist_suffixes() {
    check(
        "hist_suffixes",
        "BEGIN { @h = hist(1024); @h = hist(1500); @h = hist(4096); @h = hist(4096); }",
        &["-q"],
        "\n\n@h:\n[1K, 2K)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[2K, 4K)               0 |                                                    |\n[4K, 8K)               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// call suite `hist_10g` (text form of hist_10g.json).
#[test]
fn hist_10g() {
    check(
        "hist_10g",
        "BEGIN { @ = hist(10 * 1024 * 1024 * 1024);  }",
        &["-q"],
        "\n\n@:\n[8G, 16G)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// hist(v, 2): four buckets per power of two.
#[test]
fn hist_bits() {
    check(
        "hist_bits",
        "BEGIN { @h = hist(5, 2); @h = hist(9, 2); @h = hist(9, 2); @h = hist(13, 2); }",
        &["-q"],
        "\n\n@h:\n[5]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[6]                    0 |                                                    |\n[7]                    0 |                                                    |\n[8, 10)                2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[10, 12)               0 |                                                    |\n[12, 14)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n\n",
        0,
    );
}

/// hist maps sort by the total of their buckets.
#[test]
fn hist_keyed_sorted_by_total() {
    check(
        "hist_keyed_sorted_by_total",
        "BEGIN { @h[\"big\"] = hist(1); @h[\"big\"] = hist(2); @h[\"small\"] = hist(100); }",
        &["-q"],
        "\n\n@h[small]:\n[64, 128)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n@h[big]:\n[1]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[2, 4)                 1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// lhist labels with K suffixes when the step is a multiple of 1024.
#[test]
fn lhist_step_k() {
    check(
        "lhist_step_k",
        "BEGIN { @l = lhist(100, 0, 4096, 1024); @l = lhist(2000, 0, 4096, 1024); @l = lhist(5000, 0, 4096, 1024); }",
        &["-q"],
        "\n\n@l:\n[0, 1K)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[1K, 2K)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n[2K, 3K)               0 |                                                    |\n[3K, 4K)               0 |                                                    |\n[4K, ...)              1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// lhist with step 1 prints single values as `[n]`.
#[test]
fn lhist_step_one() {
    check(
        "lhist_step_one",
        "BEGIN { @l = lhist(3, 0, 10, 1); @l = lhist(4, 0, 10, 1); @l = lhist(4, 0, 10, 1); }",
        &["-q"],
        "\n\n@l:\n[3]                    1 |@@@@@@@@@@@@@@@@@@@@@@@@@@                          |\n[4]                    2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n",
        0,
    );
}

/// json-output suite `histogram zero`, in text: the name and no rows.
#[test]
fn hist_zero_text() {
    check(
        "hist_zero_text",
        "BEGIN { @hist = hist(2); zero(@hist);  }",
        &["-q"],
        "\n\n@hist:\n\n",
        0,
    );
}

/// json-output suite `linear histogram zero`, in text.
#[test]
fn lhist_zero_text() {
    check(
        "lhist_zero_text",
        "BEGIN { @h = lhist(2, 0, 100, 10); zero(@h);  }",
        &["-q"],
        "\n\n@h:\n\n",
        0,
    );
}

/// zero() keeps a hist map's keys: each prints with no rows.
#[test]
fn hist_zero_keyed() {
    check(
        "hist_zero_keyed",
        "BEGIN { @h[\"a\"] = hist(1); zero(@h); }",
        &["-q"],
        "\n\n@h[a]:\n\n",
        0,
    );
}

/// maps print in alphabetical order of name.
#[test]
fn maps_alphabetical() {
    check(
        "maps_alphabetical",
        "BEGIN { @b = 1; @a = 2; @c[\"k\"] = 3; @ = 4; }",
        &["-q"],
        "\n\n@: 4\n@a: 2\n@b: 1\n@c[k]: 3\n",
        0,
    );
}

/// tuple keys print without their parentheses; int values sort by value.
#[test]
fn tuple_keys() {
    check(
        "tuple_keys",
        "BEGIN { @x[2, 1] = 2; @x[1, 2] = 1; }",
        &["-q"],
        "\n\n@x[1, 2]: 1\n@x[2, 1]: 2\n",
        0,
    );
}

/// json-output suite `complex`, in text (the tool is named bpftrace).
#[test]
fn tuple_key_with_string() {
    check(
        "tuple_key_with_string",
        "BEGIN { @complex[comm,2] = 5;  }",
        &["-q"],
        "\n\n@complex[bpftrace, 2]: 5\n",
        0,
    );
}

/// call suite `map_key_scratch_buf`, without the tuple-literal delete.
#[test]
fn map_key_delete_print() {
    check(
        "map_key_delete_print",
        "BEGIN { @x[1, 2] = 1; @x[2, 1] = 2; delete(@x[1, 2]); print(@x); exit() }",
        &["-q"],
        "@x[2, 1]: 2\n\n\n@x[2, 1]: 2\n",
        0,
    );
}

/// maps of strings sort by key, integers as signed.
#[test]
fn string_values_sort_by_signed_key() {
    check(
        "string_values_sort_by_signed_key",
        "BEGIN { @m[3] = \"c\"; @m[-1] = \"a\"; @m[2] = \"b\"; }",
        &["-q"],
        "\n\n@m[-1]: a\n@m[2]: b\n@m[3]: c\n",
        0,
    );
}

/// maps of strings keyed by strings sort bytewise by key.
#[test]
fn string_values_sort_by_string_key() {
    check(
        "string_values_sort_by_string_key",
        "BEGIN { @m[\"b\"] = \"x\"; @m[\"a\"] = \"y\"; @m[\"ab\"] = \"z\"; }",
        &["-q"],
        "\n\n@m[a]: y\n@m[ab]: z\n@m[b]: x\n",
        0,
    );
}

/// string maps with tuple keys sort by the first field, then the next.
#[test]
fn tuple_keys_sort_field_by_field() {
    check(
        "tuple_keys_sort_field_by_field",
        "BEGIN { @m[\"b\", 1] = \"p\"; @m[\"a\", 2] = \"q\"; @m[\"a\", -1] = \"r\"; }",
        &["-q"],
        "\n\n@m[a, -1]: r\n@m[a, 2]: q\n@m[b, 1]: p\n",
        0,
    );
}

/// json-output suite `scalar_str`, in text.
#[test]
fn scalar_string() {
    check(
        "scalar_string",
        "BEGIN { @scalar_str = \"a b \\n d e\";  }",
        &["-q"],
        "\n\n@scalar_str: a b \n d e\n",
        0,
    );
}

/// a keyed map whose only entry was deleted prints nothing.
#[test]
fn deleted_entries_do_not_print() {
    check(
        "deleted_entries_do_not_print",
        "BEGIN { @m[1] = 1; delete(@m, 1); @n = 2; }",
        &["-q"],
        "\n\n@n: 2\n",
        0,
    );
}

/// print(@m) reads the map when the record is handled (bpftrace docs).
#[test]
fn print_reads_map_when_handled() {
    check(
        "print_reads_map_when_handled",
        "BEGIN { @c[\"a\"] = count(); print(@c); @c[\"a\"] = count(); exit(); }",
        &["-q"],
        "@c[a]: 2\n\n\n@c[a]: 2\n",
        0,
    );
}

/// print of a scalar map during the run.
#[test]
fn print_scalar() {
    check(
        "print_scalar",
        "BEGIN { @x = 5; print(@x); exit(); }",
        &["-q"],
        "@x: 5\n\n\n@x: 5\n",
        0,
    );
}

/// print(@m, top) keeps the last `top` entries.
#[test]
fn print_top() {
    check(
        "print_top",
        "BEGIN { @c[\"a\"] = count(); @c[\"b\"] = count(); @c[\"b\"] = count(); @c[\"c\"] = count(); @c[\"c\"] = count(); @c[\"c\"] = count(); print(@c, 2); clear(@c); }",
        &["-q"],
        "@c[b]: 2\n@c[c]: 3\n\n\n",
        0,
    );
}

/// call suite `print_avg_map_args`, outputs/print_avg_map_args.txt.
#[test]
fn print_avg_map_args() {
    check(
        "print_avg_map_args",
        "BEGIN { @[\"a\"] = avg(10); @[\"b\"] = avg(20); @[\"c\"] = avg(30); @[\"d\"] = avg(40); print(@, 2, 10); clear(@);  }",
        &["-q"],
        "@[c]: 3\n@[d]: 4\n\n\n",
        0,
    );
}

/// call suite `print_avg_map_with_large_top`.
#[test]
fn print_avg_map_with_large_top() {
    check(
        "print_avg_map_with_large_top",
        "BEGIN { @[\"a\"] = avg(10); @[\"b\"] = avg(20); @[\"c\"] = avg(30); @[\"d\"] = avg(40); print(@, 10, 10); clear(@);  }",
        &["-q"],
        "@[a]: 1\n@[b]: 2\n@[c]: 3\n@[d]: 4\n\n\n",
        0,
    );
}

/// print(@m, 0, div) divides sums.
#[test]
fn print_divisor_sum() {
    check(
        "print_divisor_sum",
        "BEGIN { @s = sum(1000); @s = sum(500); print(@s, 0, 100); clear(@s); }",
        &["-q"],
        "@s: 15\n\n\n",
        0,
    );
}

/// call suite `print_hist_with_top_arg`.
#[test]
fn print_hist_with_top_arg() {
    check(
        "print_hist_with_top_arg",
        "BEGIN { print(\"begin\"); @[1] = hist(10); @[2] = hist(20); @[3] = hist(30); print(@, 2); print(\"end\"); clear(@);  }",
        &["-q"],
        "begin\n@[2]:\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n@[3]:\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\nend\n\n\n",
        0,
    );
}

/// call suite `print_hist_with_large_top_arg`.
#[test]
fn print_hist_with_large_top_arg() {
    check(
        "print_hist_with_large_top_arg",
        "BEGIN { print(\"begin\"); @[1] = hist(10); @[2] = hist(20); @[3] = hist(30); print(@, 10); print(\"end\"); clear(@);  }",
        &["-q"],
        "begin\n@[1]:\n[8, 16)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n@[2]:\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n@[3]:\n[16, 32)               1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\nend\n\n\n",
        0,
    );
}

/// call suite `clear on scalar map prevents printing`.
#[test]
fn clear_scalar_prevents_printing() {
    check(
        "clear_scalar_prevents_printing",
        "BEGIN { @xx = 5; clear(@xx); exit() }",
        &["-q"],
        "\n\n",
        0,
    );
}

/// clear() runs when the record is handled: later BEGIN updates go too.
#[test]
fn clear_is_applied_when_handled() {
    check(
        "clear_is_applied_when_handled",
        "BEGIN { @m[1] = count(); clear(@m); @m[2] = count(); @other = 1; }",
        &["-q"],
        "\n\n@other: 1\n",
        0,
    );
}

/// zero() keeps the keys with zero values.
#[test]
fn zero_count_map() {
    check(
        "zero_count_map",
        "BEGIN { @c[\"a\"] = count(); @c[\"a\"] = count(); zero(@c); }",
        &["-q"],
        "\n\n@c[a]: 0\n",
        0,
    );
}

/// a zeroed stats map.
#[test]
fn zero_stats() {
    check(
        "zero_stats",
        "BEGIN { @s = stats(5); zero(@s); }",
        &["-q"],
        "\n\n@s: { .count = 0, .average = 0, .total = 0 }\n",
        0,
    );
}

/// call suite `print_non_map`.
#[test]
fn print_non_map() {
    check(
        "print_non_map",
        "BEGIN { $x = 5; print($x); exit() }",
        &["-q"],
        "5\n\n\n",
        0,
    );
}

/// print(value) of a negative integer.
#[test]
fn print_negative_value() {
    check(
        "print_negative_value",
        "BEGIN { print(-3); exit() }",
        &["-q"],
        "-3\n\n\n",
        0,
    );
}

/// print(value) of a string.
#[test]
fn print_string_value() {
    check(
        "print_string_value",
        "BEGIN { print(\"hello\"); exit() }",
        &["-q"],
        "hello\n\n\n",
        0,
    );
}

/// call suite `print_non_map_builtin` (the tool is named bpftrace).
#[test]
fn print_builtin() {
    check(
        "print_builtin",
        "BEGIN { print(comm); exit() }",
        &["-q"],
        "bpftrace\n\n\n",
        0,
    );
}

/// call suite `print_map_item`.
#[test]
fn print_map_item() {
    check(
        "print_map_item",
        "BEGIN { @x[1] = 5; print(@x[1]); exit() }",
        &["-q"],
        "5\n\n\n@x[1]: 5\n",
        0,
    );
}

/// printf output comes before the two newlines and the maps.
#[test]
fn printf_then_maps() {
    check(
        "printf_then_maps",
        "BEGIN { printf(\"a %d\\n\", 1); @x = 1; printf(\"b\\n\"); exit(); }",
        &["-q"],
        "a 1\nb\n\n\n@x: 1\n",
        0,
    );
}

/// exit(code) sets the exit code; the maps are still printed.
#[test]
fn exit_code() {
    check(
        "exit_code",
        "BEGIN { @x = 1; exit(3); }",
        &["-q"],
        "\n\n@x: 1\n",
        3,
    );
}

/// json-output `scalar`, outputs/scalar.json.
#[test]
fn json_scalar() {
    check(
        "json_scalar",
        "BEGIN { @scalar = 5;  }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@scalar\": 5}}\n",
        0,
    );
}

/// json-output `scalar_str`.
#[test]
fn json_scalar_str() {
    check(
        "json_scalar_str",
        "BEGIN { @scalar_str = \"a b \\n d e\";  }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@scalar_str\": \"a b \\n d e\"}}\n",
        0,
    );
}

/// json-output `complex`: tuple keys lose parentheses and spaces.
#[test]
fn json_complex() {
    check(
        "json_complex",
        "BEGIN { @complex[comm,2] = 5;  }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@complex\": {\"bpftrace,2\": 5}}}\n",
        0,
    );
}

/// json-output `map`.
#[test]
fn json_map() {
    check(
        "json_map",
        "BEGIN { @map[\"key1\"] = 2; @map[\"key2\"] = 3;  }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@map\": {\"key1\": 2, \"key2\": 3}}}\n",
        0,
    );
}

/// json-output `multiple maps`.
#[test]
fn json_multiple_maps() {
    check(
        "json_multiple_maps",
        "BEGIN { @map1[\"key1\"] = 2; @map2[\"key2\"] = 3;  }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@map1\": {\"key1\": 2}}}\n{\"type\": \"map\", \"data\": {\"@map2\": {\"key2\": 3}}}\n",
        0,
    );
}

/// json-output `histogram`, outputs/hist.json.
#[test]
fn json_histogram() {
    check(
        "json_histogram",
        "BEGIN { @hist = hist(2); @hist = hist(1025);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@hist\": [{\"min\": 2, \"max\": 3, \"count\": 1},{\"min\": 4, \"max\": 7, \"count\": 0},{\"min\": 8, \"max\": 15, \"count\": 0},{\"min\": 16, \"max\": 31, \"count\": 0},{\"min\": 32, \"max\": 63, \"count\": 0},{\"min\": 64, \"max\": 127, \"count\": 0},{\"min\": 128, \"max\": 255, \"count\": 0},{\"min\": 256, \"max\": 511, \"count\": 0},{\"min\": 512, \"max\": 1023, \"count\": 0},{\"min\": 1024, \"max\": 2047, \"count\": 1}]}}\n",
        0,
    );
}

/// json-output `histogram zero`, outputs/hist_zero.json.
#[test]
fn json_histogram_zero() {
    check(
        "json_histogram_zero",
        "BEGIN { @hist = hist(2); zero(@hist);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@hist\": []}}\n",
        0,
    );
}

/// json-output `multiple histograms`, outputs/hist_multiple.json.
#[test]
fn json_multiple_histograms() {
    check(
        "json_multiple_histograms",
        "BEGIN { @[\"bpftrace\"] = hist(2); @[\"curl\"] = hist(-1); @[\"curl\"] = hist(0); @[\"curl\"] = hist(511); @[\"curl\"] = hist(1024); @[\"curl\"] = hist(1025);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@\": {\"bpftrace\": [{\"min\": 2, \"max\": 3, \"count\": 1}], \"curl\": [{\"max\": -1, \"count\": 1},{\"min\": 0, \"max\": 0, \"count\": 1},{\"min\": 1, \"max\": 1, \"count\": 0},{\"min\": 2, \"max\": 3, \"count\": 0},{\"min\": 4, \"max\": 7, \"count\": 0},{\"min\": 8, \"max\": 15, \"count\": 0},{\"min\": 16, \"max\": 31, \"count\": 0},{\"min\": 32, \"max\": 63, \"count\": 0},{\"min\": 64, \"max\": 127, \"count\": 0},{\"min\": 128, \"max\": 255, \"count\": 0},{\"min\": 256, \"max\": 511, \"count\": 1},{\"min\": 512, \"max\": 1023, \"count\": 0},{\"min\": 1024, \"max\": 2047, \"count\": 2}]}}}\n",
        0,
    );
}

/// json-output `multiple histograms multiple keys`.
#[test]
fn json_multiple_histograms_multiple_keys() {
    check(
        "json_multiple_histograms_multiple_keys",
        "BEGIN { @[\"bpftrace\", 2] = hist(2);@[\"curl\", 3] = hist(511); @[\"curl\", 3] = hist(1024);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@\": {\"bpftrace,2\": [{\"min\": 2, \"max\": 3, \"count\": 1}], \"curl,3\": [{\"min\": 256, \"max\": 511, \"count\": 1},{\"min\": 512, \"max\": 1023, \"count\": 0},{\"min\": 1024, \"max\": 2047, \"count\": 1}]}}}\n",
        0,
    );
}

/// json-output `linear histogram`, outputs/lhist.json.
#[test]
fn json_linear_histogram() {
    check(
        "json_linear_histogram",
        "BEGIN { @h = lhist(2, 0, 100, 10); @h = lhist(50, 0, 100, 10); @h = lhist(1000, 0, 100, 10);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@h\": [{\"min\": 0, \"max\": 9, \"count\": 1},{\"min\": 10, \"max\": 19, \"count\": 0},{\"min\": 20, \"max\": 29, \"count\": 0},{\"min\": 30, \"max\": 39, \"count\": 0},{\"min\": 40, \"max\": 49, \"count\": 0},{\"min\": 50, \"max\": 59, \"count\": 1},{\"min\": 60, \"max\": 69, \"count\": 0},{\"min\": 70, \"max\": 79, \"count\": 0},{\"min\": 80, \"max\": 89, \"count\": 0},{\"min\": 90, \"max\": 99, \"count\": 0},{\"min\": 100, \"count\": 1}]}}\n",
        0,
    );
}

/// json-output `linear histogram zero`.
#[test]
fn json_linear_histogram_zero() {
    check(
        "json_linear_histogram_zero",
        "BEGIN { @h = lhist(2, 0, 100, 10); zero(@h);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@h\": []}}\n",
        0,
    );
}

/// json-output `multiple linear histograms`, outputs/lhist_multiple.json.
#[test]
fn json_multiple_linear_histograms() {
    check(
        "json_multiple_linear_histograms",
        "BEGIN { @stats[\"bpftrace\"] = lhist(2, 0, 100, 10); @stats[\"curl\"] = lhist(50, 0, 100, 10); @stats[\"bpftrace\"] = lhist(1000, 0, 100, 10);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@stats\": {\"curl\": [{\"min\": 50, \"max\": 59, \"count\": 1}], \"bpftrace\": [{\"min\": 0, \"max\": 9, \"count\": 1},{\"min\": 10, \"max\": 19, \"count\": 0},{\"min\": 20, \"max\": 29, \"count\": 0},{\"min\": 30, \"max\": 39, \"count\": 0},{\"min\": 40, \"max\": 49, \"count\": 0},{\"min\": 50, \"max\": 59, \"count\": 0},{\"min\": 60, \"max\": 69, \"count\": 0},{\"min\": 70, \"max\": 79, \"count\": 0},{\"min\": 80, \"max\": 89, \"count\": 0},{\"min\": 90, \"max\": 99, \"count\": 0},{\"min\": 100, \"count\": 1}]}}}\n",
        0,
    );
}

/// json-output `stats`, outputs/stats.json.
#[test]
fn json_stats() {
    check(
        "json_stats",
        "BEGIN { @stats = stats(2); @stats = stats(10);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"stats\", \"data\": {\"@stats\": {\"count\": 2, \"average\": 6, \"total\": 12}}}\n",
        0,
    );
}

/// json-output `multiple stats`, outputs/stats_multiple.json.
#[test]
fn json_multiple_stats() {
    check(
        "json_multiple_stats",
        "BEGIN { @stats[\"curl\"] = stats(2); @stats[\"zsh\"] = stats(10);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"stats\", \"data\": {\"@stats\": {\"curl\": {\"count\": 1, \"average\": 2, \"total\": 2}, \"zsh\": {\"count\": 1, \"average\": 10, \"total\": 10}}}}\n",
        0,
    );
}

/// avg maps have JSON type `stats` with plain numbers.
#[test]
fn json_avg_is_stats() {
    check(
        "json_avg_is_stats",
        "BEGIN { @a = avg(4); @a = avg(6); }",
        &["-q", "-f", "json"],
        "{\"type\": \"stats\", \"data\": {\"@a\": 5}}\n",
        0,
    );
}

/// count, sum, min and max maps have type `map`.
#[test]
fn json_count_sum_min_max() {
    check(
        "json_count_sum_min_max",
        "BEGIN { @c = count(); @m = min(-2); @x = max(8); @s = sum(7); }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@c\": 1}}\n{\"type\": \"map\", \"data\": {\"@m\": -2}}\n{\"type\": \"map\", \"data\": {\"@s\": 7}}\n{\"type\": \"map\", \"data\": {\"@x\": 8}}\n",
        0,
    );
}

/// integer keys are JSON strings.
#[test]
fn json_int_keys() {
    check(
        "json_int_keys",
        "BEGIN { @[1] = 2; @[-3] = 1; }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@\": {\"-3\": 1, \"1\": 2}}}\n",
        0,
    );
}

/// every space of a key is removed in JSON.
#[test]
fn json_key_spaces_removed() {
    check(
        "json_key_spaces_removed",
        "BEGIN { @[\"a b\"] = 1; }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@\": {\"ab\": 1}}}\n",
        0,
    );
}

/// an integer a double cannot hold exactly is a string.
#[test]
fn json_large_integer_is_string() {
    check(
        "json_large_integer_is_string",
        "BEGIN { @x = 9007199254740993; @y = 9007199254740992; }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@x\": \"9007199254740993\"}}\n{\"type\": \"map\", \"data\": {\"@y\": 9007199254740992}}\n",
        0,
    );
}

/// json-output `printf`.
#[test]
fn json_printf() {
    check(
        "json_printf",
        "BEGIN { printf(\"test %d\", 5);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"printf\", \"data\": \"test 5\"}\n",
        0,
    );
}

/// json-output `printf_escaping`.
#[test]
fn json_printf_escaping() {
    check(
        "json_printf_escaping",
        "BEGIN { printf(\"test \\r \\n \\t \\\\ \\\" bar\");  }",
        &["-q", "-f", "json"],
        "{\"type\": \"printf\", \"data\": \"test \\r \\n \\t \\\\ \\\" bar\"}\n",
        0,
    );
}

/// json-output `print_non_map`.
#[test]
fn json_print_non_map() {
    check(
        "json_print_non_map",
        "BEGIN { $x = 5; print($x); exit() }",
        &["-q", "-f", "json"],
        "{\"type\": \"value\", \"data\": 5}\n",
        0,
    );
}

/// json-output `print_non_map_builtin`.
#[test]
fn json_print_non_map_builtin() {
    check(
        "json_print_non_map_builtin",
        "BEGIN { print(comm); exit() }",
        &["-q", "-f", "json"],
        "{\"type\": \"value\", \"data\": \"bpftrace\"}\n",
        0,
    );
}

/// json-output `print_avg_map_args`; the cleared avg map still prints `{}` at exit.
#[test]
fn json_print_avg_map_args() {
    check(
        "json_print_avg_map_args",
        "BEGIN { @[\"a\"] = avg(10); @[\"b\"] = avg(20); @[\"c\"] = avg(30); @[\"d\"] = avg(40); print(@, 2, 10); clear(@);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"stats\", \"data\": {\"@\": {\"c\": 3, \"d\": 4}}}\n{\"type\": \"stats\", \"data\": {\"@\": {}}}\n",
        0,
    );
}

/// json-output `print_avg_map_with_large_top`.
#[test]
fn json_print_avg_map_with_large_top() {
    check(
        "json_print_avg_map_with_large_top",
        "BEGIN { @[\"a\"] = avg(10); @[\"b\"] = avg(20); @[\"c\"] = avg(30); @[\"d\"] = avg(40); print(@, 10, 10); clear(@);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"stats\", \"data\": {\"@\": {\"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}}}\n{\"type\": \"stats\", \"data\": {\"@\": {}}}\n",
        0,
    );
}

/// json-output `print_hist_with_top_arg`.
#[test]
fn json_print_hist_with_top_arg() {
    check(
        "json_print_hist_with_top_arg",
        "BEGIN { @[1] = hist(10); @[2] = hist(20); @[3] = hist(30); print(@, 2); clear(@);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@\": {\"2\": [{\"min\": 16, \"max\": 31, \"count\": 1}], \"3\": [{\"min\": 16, \"max\": 31, \"count\": 1}]}}}\n",
        0,
    );
}

/// json-output `print_hist_with_large_top_arg`.
#[test]
fn json_print_hist_with_large_top_arg() {
    check(
        "json_print_hist_with_large_top_arg",
        "BEGIN { @[1] = hist(10); @[2] = hist(20); @[3] = hist(30); print(@, 10); clear(@);  }",
        &["-q", "-f", "json"],
        "{\"type\": \"hist\", \"data\": {\"@\": {\"1\": [{\"min\": 8, \"max\": 15, \"count\": 1}], \"2\": [{\"min\": 16, \"max\": 31, \"count\": 1}], \"3\": [{\"min\": 16, \"max\": 31, \"count\": 1}]}}}\n",
        0,
    );
}

/// json-output `attached probes`: on stdout, before everything else.
#[test]
fn json_attached_probes() {
    check(
        "json_attached_probes",
        "BEGIN { printf(\"x\"); exit(); }",
        &["-f", "json"],
        "{\"type\": \"attached_probes\", \"count\": 1, \"data\": {\"probes\": 1}}\n{\"type\": \"printf\", \"data\": \"x\"}\n",
        0,
    );
}

/// keyed maps without entries print nothing in JSON.
#[test]
fn json_empty_maps_print_nothing() {
    check(
        "json_empty_maps_print_nothing",
        "BEGIN { @m[1] = count(); clear(@m); @h[1] = hist(1); clear(@h); @x = 1; }",
        &["-q", "-f", "json"],
        "{\"type\": \"map\", \"data\": {\"@x\": 1}}\n",
        0,
    );
}
