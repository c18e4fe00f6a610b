//! Values beyond integers, run for real: the string functions, string comparisons and
//! string ternaries, tuples and records. Each test builds a BEGIN-only tool and checks its
//! whole output against what bpftrace v0.26 prints for the same script.

use std::process::Command;
use std::time::Duration;

use btc_e2e::{TempDir, build_source, require_root, run_btc, run_with_timeout};

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

/// `btc check` of `script`: its exit code and standard error.
fn check(name: &str, script: &str) -> (Option<i32>, String) {
    let dir = TempDir::new(name);
    let path = dir.join("script.bt");
    std::fs::write(&path, script).unwrap();
    let done = run_btc([std::ffi::OsStr::new("check"), path.as_os_str()]);
    (done.code(), done.stderr)
}

#[test]
fn string_functions() {
    if !require_root("string_functions") {
        return;
    }
    // The tool's comm is its file name, "strings".
    let script = r#"BEGIN {
  $a = "hello"; $c = "hellx";
  @m[1] = "value";
  printf("%d %d %d %d\n", strlen($a), strlen(comm), strlen(""), strlen(@m[1]));
  printf("%d %d %d\n", strncmp($a, $c, 4), strncmp($a, $c, 5), strncmp($a, "help", 3));
  printf("_%d_ _%d_\n", strncmp("wow", comm, 17), strncmp("one", "one ", 4));
  printf("%d %d %d %d\n", strcontains($a, "ll"), strcontains($a, "lo!"), strcontains(comm, "ring"), strcontains($a, ""));
  printf("%d %d %d %d\n", strstr($a, "llo"), strstr($a, "x"), strstr(@m[1], $a), strstr(comm, $c));
  exit();
}
"#;
    assert_eq!(
        run("strings", script, &[]),
        "5 7 0 5\n0 1 0\n_1_ _1_\n1 0 1 1\n2 -1 -1 -1\n\n\n@m[1]: value\n"
    );
}

#[test]
fn string_comparisons_and_ternaries() {
    if !require_root("string_comparisons_and_ternaries") {
        return;
    }
    let script = r#"BEGIN {
  $a = "hello"; $c = "hellx"; $b = comm;
  @m["k"] = "hello";
  printf("%d %d %d %d %d\n", $a == $c, $a != $c, $b == comm, @m["k"] == $a, str($1) == $a);
  if (comm == str($2)) { printf("comm is %s\n", str($2)); }
  $s = $a == "hello" ? "yes" : "no, longer";
  printf("%s %s\n", $s, $a != "hello" ? "a" : "bb");
  @t = $c == "hellx" ? $a : comm;
  exit();
}
"#;
    assert_eq!(
        run("compare", script, &["hello", "compare"]),
        "0 1 1 1 1\ncomm is compare\nyes bb\n\n\n@m[k]: hello\n@t: hello\n"
    );
}

#[test]
fn string_function_errors() {
    let (code, stderr) = check("string_errors", "BEGIN { $x = strlen(1); }\n");
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("error: strlen() needs a string, not int64"),
        "{stderr}"
    );
    let (code, stderr) = check(
        "string_errors_big",
        "BEGIN { $x = strcontains(str(nsecs), str(pid)); }\n",
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("strcontains() on strings of 1024 and 1024 bytes is too large"),
        "{stderr}"
    );
    let (code, stderr) = check(
        "string_errors_n",
        "BEGIN { $x = strncmp(comm, comm, $1); }\n",
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("strncmp()'s length must be an integer literal"),
        "{stderr}"
    );
}

#[test]
fn tuples_in_variables_maps_and_print() {
    if !require_root("tuples_in_variables_maps_and_print") {
        return;
    }
    let script = r#"BEGIN {
  $v = 99; $t = (0, 1, "str", (5, 6), $v);
  printf("%d %d %s %d %d %d\n", $t.0, $t.1, $t.2, $t.3.0, $t.3.1, $t.4);
  @t = (0, 1, "str");
  printf("%d %d %s\n", @t.0, @t.1, @t.2);
  $a = (1, 2, "string");
  print($a);
  print((1, (2, "XXXX")));
  @x[1] = "hi";
  print((1, 2, @x[1]));
  @m = ((int32) -100, (int8) 10, 50);
  @k[(1, "hello")] = 1;
  @kv[(1, 2)] = (3, 4);
  @nested["abcd", 2] = (3, (4, "five"));
  $n = nsecs ? ("hellolongstr", "a") : ("b", "hellolongstr");
  print($n);
  $w = (1, "a");
  $w = (2, "a longer string");
  print($w);
  @w[$w] = $w.1;
  exit();
}
"#;
    assert_eq!(
        run("tuples", script, &[]),
        "0 1 str 5 6 99\n0 1 str\n(1, 2, string)\n(1, (2, XXXX))\n(1, 2, hi)\n\
         (hellolongstr, a)\n(2, a longer string)\n\n\n\
         @k[1, hello]: 1\n@kv[1, 2]: (3, 4)\n@m: (-100, 10, 50)\n\
         @nested[abcd, 2]: (3, (4, five))\n@t: (0, 1, str)\n\
         @w[2, a longer string]: a longer string\n@x[1]: hi\n"
    );
}

#[test]
fn records_in_variables_maps_and_print() {
    if !require_root("records_in_variables_maps_and_print") {
        return;
    }
    let script = r#"BEGIN {
  $v = (x=1, y=2);
  $t = (a=0, b=1, c="str", d=(5, 6), e=$v);
  print($t);
  printf("%d %d %s %d %d %d\n", $t.a, $t.b, $t.c, $t.d.0, $t.d.1, $t.e.y);
  @r = (a=0, b=1, c="str", d=(5, 6), e=$v);
  @s["k"] = (name="x", size=10);
  exit();
}
"#;
    assert_eq!(
        run("records", script, &[]),
        "{ .a = 0, .b = 1, .c = str, .d = (5, 6), .e = { .x = 1, .y = 2 } }\n\
         0 1 str 5 6 2\n\n\n\
         @r: { .a = 0, .b = 1, .c = str, .d = (5, 6), .e = { .x = 1, .y = 2 } }\n\
         @s[k]: { .name = x, .size = 10 }\n"
    );
}

#[test]
fn tuples_and_records_in_json() {
    if !require_root("tuples_and_records_in_json") {
        return;
    }
    let script = r#"BEGIN {
  @ = (1, 2, "string", (4, 5));
  $v = (x=1, y=2);
  @a = (a=0, b=1, c="str", d=(5, 6), e=$v);
  $t = (1, 2, "string");
  print($t);
  exit();
}
"#;
    assert_eq!(
        run("json", script, &["-f", "json"]),
        "{\"type\": \"value\", \"data\": [1,2,\"string\"]}\n\
         {\"type\": \"map\", \"data\": {\"@\": [1,2,\"string\",[4,5]]}}\n\
         {\"type\": \"map\", \"data\": {\"@a\": {\"a\": 0, \"b\": 1, \"c\": \"str\", \"d\": [5,6], \"e\": {\"x\": 1, \"y\": 2}}}}\n"
    );
}

#[test]
fn tuple_errors() {
    let cases = [
        (
            "BEGIN { $t = (1, 2); print($t.2); }\n",
            "error: index 2 is out of range for a tuple of 2 elements",
        ),
        (
            "BEGIN { $t = (1, 2); $t = (1, \"a\"); }\n",
            "error: type mismatch: $t holds (int64, int64) but is assigned (int64, string[2])",
        ),
        (
            "BEGIN { $t = (a=1, b=2); print($t.c); }\n",
            "error: record (a=int64, b=int64) has no field `c`",
        ),
        (
            "BEGIN { $x = 1; print($x.0); }\n",
            "error: `.N` needs a tuple, not int64",
        ),
        (
            "BEGIN { @m = (1, 2); @m = (1, 2, 3); }\n",
            "error: map @m is used with a different value type than before",
        ),
        (
            "BEGIN { $t = (1, 2); printf(\"%d\\n\", $t); }\n",
            "error: printf: this conversion cannot print a value of type (int64, int64)",
        ),
    ];
    for (index, (script, expected)) in cases.iter().enumerate() {
        let (code, stderr) = check(&format!("tuple_error_{index}"), script);
        assert_eq!(code, Some(1), "{script}: {stderr}");
        assert!(stderr.contains(expected), "{script}: {stderr}");
    }
}

#[test]
fn sizeof_and_offsetof_are_constants() {
    if !require_root("sizeof_and_offsetof_are_constants") {
        return;
    }
    let script = r#"BEGIN {
  $x = 1; $t = (1, "abc"); $u = ("a", "b");
  printf("%d %d %d %d %d %d\n", sizeof(int32), sizeof(uint64_t), sizeof(comm), sizeof($x), sizeof("abc"), sizeof(char *));
  printf("%d %d %d %d\n", sizeof($t), sizeof($u), sizeof(int8[4]), sizeof((int16)1));
  printf("%d %d %d\n", sizeof(struct list_head), offsetof(struct list_head, prev), offsetof(struct callback_head, func));
  exit();
}
"#;
    assert_eq!(
        run("sizes", script, &[]),
        "4 8 16 8 4 8\n16 4 4 2\n16 8 8\n\n\n"
    );
}

#[test]
fn sizeof_and_offsetof_errors() {
    let cases = [
        (
            "BEGIN { print(sizeof(struct no_such_struct)); }\n",
            "error: unknown type struct no_such_struct",
        ),
        (
            "BEGIN { print(offsetof(struct list_head, nope)); }\n",
            "error: list_head has no field `nope`",
        ),
        (
            "BEGIN { print(offsetof(struct list_head, next.x)); }\n",
            "error: `next` is not a struct or union",
        ),
        (
            "BEGIN { print(sizeof(wat_t)); }\n",
            "error: unknown builtin `wat_t`",
        ),
    ];
    for (index, (script, expected)) in cases.iter().enumerate() {
        let (code, stderr) = check(&format!("size_error_{index}"), script);
        assert_eq!(code, Some(1), "{script}: {stderr}");
        assert!(stderr.contains(expected), "{script}: {stderr}");
    }
}

#[test]
fn config_block_settings() {
    if !require_root("config_block_settings") {
        return;
    }
    let script = r#"config = {
  max_strlen = 5;
  BPFTRACE_PRINT_MAPS_ON_EXIT = false;
  MISSING_PROBES = warn;
  stack_mode = perf;
  max_map_keys = 16
}
BEGIN { @a = str($1); printf("%s|%s|%d\n", str($1), str($2), strlen(str($2))); exit(); }
"#;
    assert_eq!(run("config", script, &["abc", "abcd"]), "abc|abcd|4\n\n\n");
}

#[test]
fn config_block_errors() {
    let cases = [
        (
            "config = { bad_config=raw } BEGIN {}\n",
            "1:12: error: bad_config: not a known configuration option",
        ),
        (
            "config = { strlen=3 } BEGIN {}\n",
            "error: key has been renamed to 'max_strlen'",
        ),
        (
            "config = { btf=\"x\" } BEGIN {}\n",
            "error: btf: can only be set as an environment variable",
        ),
        (
            "config = { max_strlen=abc } BEGIN {}\n",
            "error: max_strlen: expecting a number, got abc",
        ),
        (
            "config = { print_maps_on_exit=maybe } BEGIN {}\n",
            "error: print_maps_on_exit: Invalid bool value: valid values are true, false, 1 or 0.",
        ),
        (
            "config = { missing_probes=loud } BEGIN {}\n",
            "error: missing_probes: Invalid value for missing_probes: valid values are ignore, warn, and error.",
        ),
    ];
    for (index, (script, expected)) in cases.iter().enumerate() {
        let (code, stderr) = check(&format!("config_error_{index}"), script);
        assert_eq!(code, Some(1), "{script}: {stderr}");
        assert!(stderr.contains(expected), "{script}: {stderr}");
    }
}

#[test]
fn tuple_comparison_indexing_positional_suffix_and_elvis() {
    if !require_root("tuple_comparison_indexing_positional_suffix_and_elvis") {
        return;
    }
    let script = r#"BEGIN {
  $a = (1, "hello", (2, 3)); $b = (1, "hello", (2, 3)); $c = (1, "hellp", (2, 3));
  @m = (1, "hello", (2, 4));
  printf("%d %d %d %d %d\n", $a == $b, $a == $c, $a != $c, $a == @m, (1, 2) == (1, 2));
  printf("%d %s %d\n", $a[0], $a[1], $a[2][1]);
  printf("%s|%s|%s\n", str($1 + 1), str($1 + 10), str($2));
  $x = 1; $p = $x ?: 10; $q = 0 ?: 20;
  print(($p, $q));
  exit();
}
"#;
    assert_eq!(
        run("tuple_ops", script, &["hello", "world"]),
        "1 0 1 0 1\n1 hello 3\nello||world\n(1, 20)\n\n\n@m: (1, hello, (2, 4))\n"
    );
}

#[test]
fn tuple_keys_are_the_same_as_several_keys() {
    if !require_root("tuple_keys_are_the_same_as_several_keys") {
        return;
    }
    let script = r#"BEGIN {
  @a[(1, "x")] = (2, comm);
  $k = (1, "x");
  @a[$k] = (3, "y");
  if (has_key(@a, (1, "x"))) { print(@a[1, "x"]); }
  @b[(5, (6, "n"))] = 1;
  exit();
}
"#;
    assert_eq!(
        run("tuple_keys", script, &[]),
        "(3, y)\n\n\n@a[1, x]: (3, y)\n@b[5, (6, n)]: 1\n"
    );
}

#[test]
fn type_predicates_and_string_capacity() {
    if !require_root("type_predicates_and_string_capacity") {
        return;
    }
    let script = r#"BEGIN {
  $s = "abc";
  printf("%d %d %d %d %d %d %d %d %d %d %d\n", is_str($s), is_str(1), is_integer(1), is_unsigned_integer((uint8)1), is_ptr(curtask), is_array($s), is_literal(1), is_literal($s), strcap($s), strcap(comm), default_str_length());
  printf("%d %d\n", is_err((uint64)-2), is_err(curtask));
  exit();
}
"#;
    assert_eq!(
        run("predicates", script, &[]),
        "1 0 1 1 1 0 1 0 4 16 1024\n1 0\n\n\n"
    );
}

#[test]
fn static_assert_checks_constants_at_build_time() {
    let (code, stderr) = check(
        "static_assert_ok",
        "BEGIN { static_assert(sizeof(int32) == 4 && sizeof(comm) == 16, \"sizes\"); }\n",
    );
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr) = check(
        "static_assert_fails",
        "BEGIN { static_assert(sizeof(comm) == 8, \"comm is 8 bytes\"); }\n",
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("1:9: error: static_assert failed: comm is 8 bytes"),
        "{stderr}"
    );
    let (code, stderr) = check(
        "static_assert_runtime",
        "BEGIN { static_assert(pid == 1, \"x\"); }\n",
    );
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("error: static_assert() needs a condition known when the script is built"),
        "{stderr}"
    );
}

#[test]
fn records_assigned_with_their_fields_in_another_order() {
    if !require_root("records_assigned_with_their_fields_in_another_order") {
        return;
    }
    // The first assignment's order is kept (variables, map values, record map keys and
    // nested records); each record's fields are evaluated in the order written.
    let script = r#"BEGIN {
  $a = (foo={ printf("hello"); 1 }, bar={ printf("world"); 2 });
  $a = (bar={ printf("hello"); 1 }, foo={ printf("world\n"); 2 });
  print($a);
  $r = (a=1, b="x");
  $r = (b="longer", a=4);
  print($r);
  $n = (x=1, inner=(p=1, q=2));
  $n = (inner=(q=20, p=10), x=2);
  print($n);
  @m[1] = (a=1, b=2);
  @m[1] = (b=3, a=4);
  @k[(a=1, b=2)] = 1;
  @k[(b=3, a=4)] = 2;
  $key = (b=2, a=1);
  printf("%d %d %d %d\n", @k[$key], @m[1].a, has_key(@k, (b=3, a=4)), has_key(@k, (b=4, a=3)));
  exit();
}
"#;
    assert_eq!(
        run("reordered_records", script, &[]),
        "helloworldhelloworld\n\
         { .foo = 2, .bar = 1 }\n\
         { .a = 4, .b = longer }\n\
         { .x = 2, .inner = { .p = 10, .q = 20 } }\n\
         1 4 1 0\n\n\n\
         @k[{ .a = 1, .b = 2 }]: 1\n\
         @k[{ .a = 4, .b = 3 }]: 2\n\
         @m[1]: { .a = 4, .b = 3 }\n"
    );
}

#[test]
fn casts_between_integers_and_arrays() {
    if !require_root("casts_between_integers_and_arrays") {
        return;
    }
    // Little-endian bytes; `[]` takes the integer's size; arrays in maps and back.
    let script = r#"BEGIN {
  $bytes = (uint8[8])0x0102030405060708;
  printf("%d %d %lx\n", $bytes[0], $bytes[7], (uint64)$bytes);
  print($bytes);
  $a = (uint8[8]) 12345;
  print((uint64)$a);
  $w = (int16[2])(int32)-2;
  print($w);
  printf("%d\n", (int32)$w);
  print((uint8[3])0x0a0b0c);
  print((uint8[])(uint16)0x0102);
  @words[1] = (uint16[4])0x0004000300020001;
  $i = 2;
  printf("%d %d\n", $bytes[$i], @words[1][3]);
  exit();
}
"#;
    assert_eq!(
        run("array_casts", script, &[]),
        "8 1 102030405060708\n\
         [8,7,6,5,4,3,2,1]\n\
         12345\n\
         [-2,-1]\n\
         -2\n\
         [12,11,10]\n\
         [2,1]\n\
         6 4\n\
         \n\n\
         @words[1]: [1,2,3,4]\n"
    );
    let (code, stderr) = check(
        "array_cast_errors",
        "BEGIN { $a = (uint8[16])1; $b = (uint8[4])1; $c = (uint64)$b; $d = (int8[3])$b; }\n",
    );
    assert_eq!(code, Some(1), "{stderr}");
    for message in [
        "error: Cannot cast from \"int64\" to \"uint8[16]\"",
        "error: Cannot cast from \"uint8[4]\" to \"uint64\"",
        "error: Cannot cast from \"uint8[4]\" to \"int8[3]\"",
    ] {
        assert!(stderr.contains(message), "{stderr}");
    }
}
