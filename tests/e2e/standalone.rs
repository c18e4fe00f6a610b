//! A built tool needs nothing but itself and the kernel's filesystems: it runs from an empty
//! directory with an empty environment, and inside a chroot that holds only the tool, /proc,
//! /sys and /sys/kernel/tracing.

use std::fs;
use std::process::Command;
use std::time::Duration;

use btc_e2e::{
    Chroot, HELLO_SCRIPT, OPENAT_CAT_SCRIPT, TempDir, Tool, build_source, require_root,
    run_with_timeout, run_workload, unique_name,
};

#[test]
fn runs_alone_with_empty_environment() {
    if !require_root("runs_alone_with_empty_environment") {
        return;
    }
    let build = TempDir::new("alone-build");
    let tool = build_source(&build, "hello", HELLO_SCRIPT);
    let empty = TempDir::new("alone-run");
    let copy = empty.join("hello");
    fs::copy(&tool, &copy).expect("copy the tool");

    let mut cmd = Command::new(&copy);
    cmd.env_clear().current_dir(empty.path());
    let done = run_with_timeout(&mut cmd, Duration::from_secs(20));
    assert!(
        done.success(),
        "the tool failed in an empty directory with `env -i`\n{done}"
    );
    assert_eq!(
        done.stdout.trim_end_matches('\n'),
        "hello world",
        "\n{done}"
    );
}

#[test]
fn runs_in_minimal_chroot() {
    if !require_root("runs_in_minimal_chroot") {
        return;
    }
    let build = TempDir::new("chroot-build");
    let hello = build_source(&build, "hello", HELLO_SCRIPT);
    let openat = build_source(&build, "openat", OPENAT_CAT_SCRIPT);
    let chroot = Chroot::new("tools");
    let hello_inside = chroot.install(&hello, "hello");
    let openat_inside = chroot.install(&openat, "openat");

    let done = run_with_timeout(&mut chroot.command(&hello_inside), Duration::from_secs(20));
    assert!(
        done.success(),
        "BEGIN tool failed inside the chroot\n{done}"
    );
    assert_eq!(
        done.stdout.trim_end_matches('\n'),
        "hello world",
        "\n{done}"
    );

    // The workload runs outside the chroot; the tool inside still sees it.
    let target = std::env::temp_dir().join(unique_name("btc-e2e-chroot"));
    fs::write(&target, "btc\n").expect("write the file cat reads");
    let mut tool = Tool::spawn(&mut chroot.command(&openat_inside));
    tool.wait_attached();
    run_workload(Command::new("cat").arg(&target));
    let expected = format!("cat {}", target.display());
    let seen = tool.wait_for_line(Duration::from_secs(10), |l| l.trim_end() == expected);
    let done = tool.interrupt_and_finish(Duration::from_secs(10));
    let _ = fs::remove_file(&target);
    assert!(
        seen.is_some(),
        "no line `{expected}` from the tool in the chroot\n{done}"
    );
    assert!(
        done.success(),
        "the tool did not exit 0 after SIGINT\n{done}"
    );
}
