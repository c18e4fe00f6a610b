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
