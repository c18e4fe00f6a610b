//! Language constructs run for real: loops and their control flow, checked through the
//! whole output of BEGIN-only tools.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, build_source, require_root, run_btc, run_with_timeout};

fn run(name: &str, script: &str) -> String {
    let dir = TempDir::new(name);
    let tool = build_source(&dir, name, script);
    let done = run_with_timeout(Command::new(&tool).arg("-q"), Duration::from_secs(20));
    assert!(done.success(), "{done}");
    done.stdout
}

#[test]
fn loops_break_continue_and_unroll() {
    if !require_root("loops_break_continue_and_unroll") {
        return;
    }
    let script = "BEGIN {\n\
                  \x20 $sum = 0;\n\
                  \x20 for ($i : 0..10) { if ($i == 7) { break; } if ($i % 2 == 0) { continue; } $sum += $i; }\n\
                  \x20 $j = 0; $w = 0;\n\
                  \x20 while ($j < 5) { $j++; $w = $w + $j; }\n\
                  \x20 unroll(3) { @u = count(); }\n\
                  \x20 for ($k : 1..4) { @per[$k] = sum($k * 10); }\n\
                  \x20 printf(\"sum=%d w=%d j=%d\\n\", $sum, $w, $j);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("loops", script),
        "sum=9 w=15 j=5\n\n\n@per[1]: 10\n@per[2]: 20\n@per[3]: 30\n@u: 3\n"
    );
}

#[test]
fn loop_misuse_is_refused() {
    let dir = TempDir::new("loop_errors");
    let script = dir.join("bad.bt");
    std::fs::write(&script, "BEGIN { break; for ($i : 0..3) { exit(); } }\n").unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("error: break and continue are only allowed inside a loop"),
        "{done}"
    );
    assert!(
        done.stderr
            .contains("error: exit() is not allowed inside a loop"),
        "{done}"
    );
}

#[test]
fn positional_parameters_come_from_the_command_line() {
    if !require_root("positional_parameters_come_from_the_command_line") {
        return;
    }
    let dir = TempDir::new("positional");
    let script = "BEGIN { printf(\"%d %s %d %d %d [%s]\\n\", $1, str($2), $#, $1 + $3, $4, str($5)); exit(); }\n";
    let tool = build_source(&dir, "positional", script);
    let run = |arguments: &[&str]| {
        run_with_timeout(
            Command::new(&tool).arg("-q").args(arguments),
            Duration::from_secs(20),
        )
    };
    let done = run(&["42", "hello", "0x10"]);
    assert!(done.success(), "{done}");
    assert_eq!(done.stdout, "42 hello 3 58 0 []\n\n\n", "{done}");
    let done = run(&["--", "-5", "two words"]);
    assert_eq!(done.stdout, "-5 two words 2 -5 0 []\n\n\n", "{done}");
    let done = run(&["abc"]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert_eq!(
        done.stderr.trim_end(),
        "ERROR: positional parameter $1 is used as a number, but `abc` is not one",
        "{done}"
    );
}

#[test]
fn compound_assignments_on_maps() {
    if !require_root("compound_assignments_on_maps") {
        return;
    }
    let script = "BEGIN { @a = 3; @a *= 5; @a -= 1; @b[1] = 12; @b[1] /= 4; @b[1] <<= 2; \
                  @c[2] |= 6; @c[2] &= 3; @d %= 7; exit(); }\n";
    assert_eq!(
        run("compound", script),
        "\n\n@a: 14\n@b[1]: 12\n@c[2]: 2\n@d: 0\n"
    );
}

#[test]
fn block_and_if_expressions() {
    if !require_root("block_and_if_expressions") {
        return;
    }
    let script = "BEGIN {\n\
                  \x20 let $a = { let $b = 1; $b + 1 };\n\
                  \x20 $s = if $a == 2 { \"two\" } else { \"other\" };\n\
                  \x20 $t = if $a > 5 { (1, \"x\") } else if $a > 1 { (2, \"yy\") } else { (3, \"z\") };\n\
                  \x20 $n = { printf(\"side \"); 7 };\n\
                  \x20 let $later;\n\
                  \x20 if ($a == 2) { $later = \"set inside\"; }\n\
                  \x20 if ($a == 2) { $x = 1; print($x); } else { $x = \"other type\"; print($x); }\n\
                  \x20 printf(\"%d %s %d %s %d %s\\n\", $a, $s, $t.0, $t.1, $n, $later);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("blocks", script),
        "side 1\n2 two 2 yy 7 set inside\n\n\n"
    );
}

#[test]
fn scoping_errors() {
    let cases = [
        (
            "BEGIN { $a = 1; if ($a == 1) { $b = 2; } print($b); }\n",
            "1:48: error: variable $b is used before it is assigned",
        ),
        (
            "BEGIN { $a = 1; if ($a) { let $a = 2; } }\n",
            "error: Variable $a was already declared. Variable shadowing is not allowed.",
        ),
        (
            "BEGIN { $i = 1; for ($i : 0..2) { } }\n",
            "error: Loop declaration shadows existing variable: $i",
        ),
        (
            "BEGIN { $x = if pid > 0 { 1 }; }\n",
            "error: an if expression needs an else branch",
        ),
        ("BEGIN { $x = { 1; }; }\n", "error: this block has no value"),
    ];
    for (index, (script, expected)) in cases.iter().enumerate() {
        let dir = TempDir::new(&format!("scoping_{index}"));
        let path = dir.join("bad.bt");
        std::fs::write(&path, script).unwrap();
        let done = run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{script}: {done}");
        assert!(done.stderr.contains(expected), "{script}: {done}");
    }
}

#[test]
fn macros_expand_with_bpftrace_hygiene() {
    if !require_root("macros_expand_with_bpftrace_hygiene") {
        return;
    }
    let script = "macro one() { 1 }\n\
                  macro add_one(x) { x + 1 }\n\
                  macro add_one_to_each($a, @b) { $a += 1; @b += 1; }\n\
                  macro side_effects(x) { x; x; x; }\n\
                  macro add_two(x) { add_one(x) + 1 }\n\
                  macro inc($x) { $x += 1; $x }\n\
                  macro set(@x) { @x[1] = 2; }\n\
                  macro get(@x) { 1 + @x[1] }\n\
                  macro print_me($x) { print((\"me\", $x)); }\n\
                  macro rename(x) { $y = x + 1; $y }\n\
                  macro add() { 2 }\n\
                  macro ident(add) { add }\n\
                  macro second(a, b) { print((a, b)); }\n\
                  macro first(@b, $x) { second(@b, $x); }\n\
                  macro early() { exit(); }\n\
                  BEGIN {\n\
                  \x20 print(one());\n\
                  \x20 print(one);\n\
                  \x20 $a = 10;\n\
                  \x20 print(add_one($a));\n\
                  \x20 print(add_one(1 + 1));\n\
                  \x20 @b = 5;\n\
                  \x20 add_one_to_each($a, @b);\n\
                  \x20 print($a + @b);\n\
                  \x20 side_effects({ printf(\"hi\") });\n\
                  \x20 printf(\"\\n\");\n\
                  \x20 print(add_two(1));\n\
                  \x20 $c = 1; $d = inc($c); print(($c, $d));\n\
                  \x20 @s[1] = 1; set(@s); print(get(@s));\n\
                  \x20 print_me($c);\n\
                  \x20 $y = 2; $z = rename(5); print(($y, $z));\n\
                  \x20 print(ident(1));\n\
                  \x20 @e = 5; first(@e, $y);\n\
                  \x20 print(add_one(add_one(add_one(1))));\n\
                  \x20 early();\n\
                  \x20 print(99);\n\
                  }\n";
    assert_eq!(
        run("macros", script),
        "1\n1\n11\n3\n17\nhihihi\n3\n(2, 2)\n3\n(me, 2)\n(2, 6)\n1\n(5, 2)\n4\n\n\n\
         @b: 6\n@e: 5\n@s[1]: 2\n"
    );
}

#[test]
fn macro_misuse_is_refused() {
    let cases = [
        (
            "macro u() { @x++ } BEGIN { @x = 1; u(); }\n",
            "1:13: error: macro u() uses map @x without taking it as a parameter",
        ),
        (
            "macro w($x) { $x++ } BEGIN { @x = 1; w(@x); }\n",
            "error: macro w() expects a variable for $x (argument 1), not an expression",
        ),
        (
            "macro f(a) { a } BEGIN { f(1, 2); }\n",
            "error: macro f() takes 1 argument(s), not 2",
        ),
        (
            "macro r(a) { r(a) } BEGIN { print(r(1)); }\n",
            "error: macro r() expands into itself without end",
        ),
        (
            "macro h() { $q } BEGIN { $q = 1; print(h()); }\n",
            "error: variable $q (macro h #1) is used before it is assigned",
        ),
        (
            "macro s($x) { let $x = 1; } BEGIN { $a = 1; s($a); }\n",
            "error: Variable declaration shadows macro arg $x",
        ),
    ];
    for (index, (script, expected)) in cases.iter().enumerate() {
        let dir = TempDir::new(&format!("macro_error_{index}"));
        let path = dir.join("bad.bt");
        std::fs::write(&path, script).unwrap();
        let done = run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
        assert_eq!(done.code(), Some(1), "{script}: {done}");
        assert!(done.stderr.contains(expected), "{script}: {done}");
        assert!(
            !done.stderr.contains("unknown function"),
            "{script}: {done}"
        );
    }
}

#[test]
fn typed_variable_declarations() {
    if !require_root("typed_variable_declarations") {
        return;
    }
    let script = "BEGIN {\n\
                  \x20 let $a: uint16 = (uint16)-1;\n\
                  \x20 let $b: int8;\n\
                  \x20 $b = 300 - 200;\n\
                  \x20 let $s: string;\n\
                  \x20 $s = comm;\n\
                  \x20 let $c: uint8 = 255;\n\
                  \x20 $c += 1;\n\
                  \x20 printf(\"%d %d %s %d\\n\", $a, $b, $s, $c);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(run("typed", script), "65535 100 typed 0\n\n\n");
    let dir = TempDir::new("typed_error");
    let path = dir.join("bad.bt");
    std::fs::write(&path, "BEGIN { let $a: uint16 = -1; }\n").unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("1:26: error: -1 does not fit in $a's type uint16: cast it explicitly"),
        "{done}"
    );
}

#[test]
fn increments_and_decrements_as_values() {
    if !require_root("increments_and_decrements_as_values") {
        return;
    }
    // Postfix gives the value before the update, prefix the value after it, on variables,
    // scalar maps and keyed maps (a map used first here reads as 0).
    let script = "BEGIN {\n\
                  \x20 @x = 10; printf(\"%d\", @x++); printf(\" %d\", ++@x); printf(\" %d\", @x--); printf(\" %d\\n\", --@x);\n\
                  \x20 $x = 10; printf(\"%d\", $x++); printf(\" %d\", ++$x); printf(\" %d\", $x--); printf(\" %d\\n\", --$x);\n\
                  \x20 $i = 0;\n\
                  \x20 while ($i++ < 3) { printf(\"i=%d \", $i); }\n\
                  \x20 printf(\"after=%d\\n\", $i);\n\
                  \x20 @a[\"k\"] = 5; $y = @a[\"k\"]++; $z = @fresh[7]--;\n\
                  \x20 printf(\"%d %d %d %d\\n\", $y, @a[\"k\"], $z, @fresh[7]);\n\
                  \x20 $c = 0; $first = $c++ ?: 42; $second = $c++ ?: 42;\n\
                  \x20 printf(\"%d %d %d\\n\", $first, $second, $c);\n\
                  \x20 @n[1] = 100; @n[2] = 200;\n\
                  \x20 $total = 0;\n\
                  \x20 for ($kv : @n) { @m[$kv.0] = $kv.1; $total += ++@m[$kv.0]; }\n\
                  \x20 printf(\"%d\\n\", $total);\n\
                  \x20 delete(@x); delete(@a, \"k\");\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("increments", script),
        "10 12 12 10\n\
         10 12 12 10\n\
         i=1 i=2 i=3 after=4\n\
         5 6 0 -1\n\
         42 1 2\n\
         302\n\
         \n\n\
         @fresh[7]: -1\n\
         @m[1]: 101\n\
         @m[2]: 201\n\
         @n[1]: 100\n\
         @n[2]: 200\n"
    );
}

#[test]
fn map_loop_entry_as_one_value() {
    if !require_root("map_loop_entry_as_one_value") {
        return;
    }
    // `$kv` is `(key, value)`, `((key1, key2), value)` with several keys; maps of one
    // entry each keep the output independent of the hash order.
    let script = "BEGIN {\n\
                  \x20 @m[1] = 10;\n\
                  \x20 @two[2, \"b\"] = 5;\n\
                  \x20 @c[\"x\"] = count(); @c[\"x\"] = count();\n\
                  \x20 @r[7] = (x=1, name=\"n\");\n\
                  \x20 for ($kv : @m) { print($kv); @copy[$kv.0] = $kv.1; $x = $kv; printf(\"%d %d\\n\", $x.0, $x.1); }\n\
                  \x20 for ($kv : @two) { print($kv); $k = $kv.0; print($k); $w = $kv; print($w); @keys[$kv.0] = $kv.1; }\n\
                  \x20 for ($kv : @c) { $v = $kv; print($v); }\n\
                  \x20 for ($kv : @r) { $v = $kv; print($v); print($kv.1); }\n\
                  \x20 clear(@m); clear(@two); clear(@c); clear(@r);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("map_entry_value", script),
        "(1, 10)\n\
         1 10\n\
         ((2, b), 5)\n\
         (2, b)\n\
         ((2, b), 5)\n\
         (x, 2)\n\
         (7, { .x = 1, .name = n })\n\
         { .x = 1, .name = n }\n\
         \n\n\
         @copy[1]: 10\n\
         @keys[2, b]: 5\n"
    );
}

#[test]
fn map_loops_over_scalar_and_histogram_maps_are_refused() {
    let dir = TempDir::new("map_loop_errors");
    let script = dir.join("bad.bt");
    std::fs::write(
        &script,
        "BEGIN { @s = 1; for ($kv : @s) { } @h[1] = hist(2); for ($kv : @h) { } @t[1] = stats(3); for ($kv : @t) { } }\n",
    )
    .unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    for message in [
        "error: @s has no explicit keys (scalar map), and cannot be used for iteration",
        "error: Loop expression does not support type: hist_t",
        "error: Loop expression does not support type: stats_t",
    ] {
        assert!(done.stderr.contains(message), "{done}");
    }
}

#[test]
fn stats_and_histogram_maps_are_not_read_as_values() {
    // bpftrace v0.26 refuses these too, with these messages.
    let dir = TempDir::new("aggregate_reads");
    let script = dir.join("bad.bt");
    std::fs::write(
        &script,
        "BEGIN { @s = stats(1); @h[1] = hist(2); @l = lhist(3, 0, 10, 1);\n\
         $x = @s; @a = @h[1]; @b = @l; print(@h[1]); }\n",
    )
    .unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    for message in [
        "error: Value 'stats_t' cannot be assigned to a scratch variable.",
        "error: Map value 'hist_t' cannot be assigned from one map to another. The function that returns this type must be called directly e.g. `@a = hist(retval);`.",
        "error: Map value 'lhist_t' cannot be assigned from one map to another. The function that returns this type must be called directly e.g. `@b = lhist(rand %10, 0, 10, 1);`.",
        "error: Map type hist_t cannot print the value of individual keys. You must print the whole map.",
    ] {
        assert!(done.stderr.contains(message), "{done}");
    }
}

#[test]
fn defines_of_strings_and_expressions() {
    if !require_root("defines_of_strings_and_expressions") {
        return;
    }
    // Bodies are parsed as expressions where their names are used, as bpftrace does; a
    // define without a body and a function-like one that is never used are ignored.
    let script = "#define RED \"\\033[31m\"\n\
                  #define RESET \"\\033[0m\" // back to normal\n\
                  #define STEP 5\n\
                  #define TOP (STEP * 4)\n\
                  #define FORMAT \"%s %d %d\\n\"\n\
                  #define GUARD_H\n\
                  #define TWICE(x) ((x) * 2)\n\
                  BEGIN {\n\
                  \x20 printf(\"%sred%s\\n\", RED, RESET);\n\
                  \x20 printf(FORMAT, \"top\", TOP, TOP > 19);\n\
                  \x20 @by[RED] = TOP;\n\
                  \x20 @l = lhist(7, 0, TOP, STEP);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("defines", script),
        "\x1b[31mred\x1b[0m\n\
         top 20 1\n\
         \n\n\
         @by[\x1b[31m]: 20\n\
         @l:\n\
         [5, 10)                1 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@|\n\n"
    );
}

#[test]
fn recursive_defines_are_refused() {
    let dir = TempDir::new("define_errors");
    let script = dir.join("bad.bt");
    std::fs::write(
        &script,
        "#define A (B + 1)\n#define B A\n#define TWO \"a\" \"b\"\nBEGIN { $x = A; $y = TWO; }\n",
    )
    .unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), script.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr.contains("error: Macro recursion: A->B"),
        "{done}"
    );
    assert!(
        done.stderr
            .contains("error: unable to expand macro as an expression: \"a\" \"b\""),
        "{done}"
    );
}

#[test]
fn typeof_and_typeinfo() {
    if !require_root("typeof_and_typeinfo") {
        return;
    }
    // typeof() of a type name, a variable, a map value and a macro argument in
    // declarations and casts; typeinfo() is bpftrace's (btf_id, base_type, full_type).
    let script = "macro add(x) { let $y: typeof(x); if (true) { $y = 1 } x + $y }\n\
                  BEGIN {\n\
                  \x20 $s = \"abc\";\n\
                  \x20 @m[1] = 7;\n\
                  \x20 let $a: typeof(uint8) = 255;\n\
                  \x20 let $b: typeof(@m[1]);\n\
                  \x20 let $c: typeof($s) = \"xy\";\n\
                  \x20 $b = 5;\n\
                  \x20 $d = (typeof(uint16))70000;\n\
                  \x20 printf(\"%d %d %s %d %d\\n\", $a, $b, $c, $d, add(1));\n\
                  \x20 print(typeinfo($s));\n\
                  \x20 print(typeinfo((uint32)1));\n\
                  \x20 print(typeinfo(int16));\n\
                  \x20 delete(@m, 1);\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(
        run("typeof", script),
        "255 5 xy 4464 2\n\
         { .btf_id = 0, .base_type = string, .full_type = string[4] }\n\
         { .btf_id = 0, .base_type = int, .full_type = uint32 }\n\
         { .btf_id = 0, .base_type = int, .full_type = int16 }\n\
         \n\n"
    );
}

#[test]
fn comptime_values() {
    if !require_root("comptime_values") {
        return;
    }
    let script = "BEGIN {\n\
                  \x20 let $x: uint16 = 3;\n\
                  \x20 printf(\"%d %s %s\\n\", comptime (2 + 3) * 4, comptime typeinfo($x).full_type, comptime \"lit\");\n\
                  \x20 if (comptime (sizeof(uint32) == 4)) { printf(\"four\\n\"); }\n\
                  \x20 exit();\n\
                  }\n";
    assert_eq!(run("comptime", script), "20 uint16 lit\nfour\n\n\n");
    let dir = TempDir::new("comptime_errors");
    let bad = dir.join("bad.bt");
    std::fs::write(&bad, "BEGIN { $y = comptime pid; }\n").unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), bad.as_os_str()]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(
        done.stderr
            .contains("error: Unable to resolve comptime expression"),
        "{done}"
    );
}
