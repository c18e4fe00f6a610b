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
