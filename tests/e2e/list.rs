//! `btc list` against `bpftrace -l` on this machine: the same tracepoints (as sets), the same
//! fields with `-v`, and the same function symbols of an ELF binary for uprobes. Skipped, with
//! a printed reason, without root (tracefs is root-only) or without /usr/bin/bpftrace.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use btc_e2e::{require_root, run_btc, run_with_timeout};

const BPFTRACE: &str = "/usr/bin/bpftrace";

fn have_bpftrace(name: &str) -> bool {
    if Path::new(BPFTRACE).is_file() {
        return true;
    }
    let msg = format!("SKIP {name}: {BPFTRACE} is not installed");
    println!("{msg}");
    let _ = writeln!(std::io::stderr(), "{msg}");
    false
}

/// The probe lines of `btc list ARGS...`.
#[track_caller]
fn btc_list(args: &[&str]) -> String {
    let mut all = vec!["list"];
    all.extend_from_slice(args);
    let done = run_btc(&all);
    assert!(done.success(), "`btc {}` failed\n{done}", all.join(" "));
    done.stdout
}

#[track_caller]
fn bpftrace_list(args: &[&str]) -> String {
    let done = run_with_timeout(Command::new(BPFTRACE).args(args), Duration::from_secs(60));
    assert!(
        done.success(),
        "`bpftrace {}` failed\n{done}",
        args.join(" ")
    );
    done.stdout
}

fn set(text: &str) -> BTreeSet<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

#[track_caller]
fn assert_same_sets(ours: &str, theirs: &str, what: &str) {
    let (ours, theirs) = (set(ours), set(theirs));
    let only_btc: Vec<_> = ours.difference(&theirs).take(20).collect();
    let only_bpftrace: Vec<_> = theirs.difference(&ours).take(20).collect();
    assert!(
        only_btc.is_empty() && only_bpftrace.is_empty(),
        "{what}: btc list and bpftrace -l differ\nonly in btc: {only_btc:?}\nonly in bpftrace: {only_bpftrace:?}"
    );
    assert!(!ours.is_empty(), "{what}: nothing listed");
}

#[test]
fn tracepoints_match_bpftrace() {
    if !require_root("tracepoints_match_bpftrace") || !have_bpftrace("tracepoints_match_bpftrace") {
        return;
    }
    let ours = btc_list(&["tracepoint:*"]);
    assert_same_sets(
        &ours,
        &bpftrace_list(&["-l", "tracepoint:*"]),
        "tracepoint:*",
    );
    // One probe per line, sorted.
    let lines: Vec<&str> = ours.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted, "btc list output is not sorted");
}

#[test]
fn tracepoint_fields_match_bpftrace() {
    if !require_root("tracepoint_fields_match_bpftrace")
        || !have_bpftrace("tracepoint_fields_match_bpftrace")
    {
        return;
    }
    for probe in [
        "tracepoint:syscalls:sys_enter_openat",
        "tracepoint:sched:sched_switch",
        "tracepoint:sched:sched_process_exec",
    ] {
        let ours = btc_list(&["-v", probe]);
        let theirs = bpftrace_list(&["-lv", probe]);
        assert_eq!(
            ours.trim_end(),
            theirs.trim_end(),
            "btc list -v {probe} differs from bpftrace -lv"
        );
    }
}

#[test]
fn uprobe_symbols_match_bpftrace() {
    let name = "uprobe_symbols_match_bpftrace";
    if !require_root(name) || !have_bpftrace(name) {
        return;
    }
    let binary = "/bin/bash";
    if !Path::new(binary).is_file() {
        println!("SKIP {name}: {binary} does not exist");
        return;
    }
    let pattern = format!("uprobe:{binary}:*");
    let ours = btc_list(&[&pattern]);
    assert_same_sets(&ours, &bpftrace_list(&["-l", &pattern]), &pattern);
}

#[test]
fn fixed_lists_and_no_match() {
    let software = btc_list(&["software:*"]);
    assert!(
        software.lines().any(|l| l == "software:cpu-clock:"),
        "{software}"
    );
    assert_eq!(software.lines().count(), 11, "{software}");
    // Nothing matches: exit status 1, no output.
    let done = run_btc(["list", "hardware:no-such-event*"]);
    assert_eq!(done.code(), Some(1), "{done}");
    assert!(done.stdout.is_empty(), "{done}");
}

#[test]
fn rawtracepoint_parameters_with_verbose() {
    // The tracepoint's arguments as this kernel (6.18) declares them, without the
    // `void *__data` cookie and without a return value.
    let ours = btc_list(&["-v", "rawtracepoint:sched_switch"]);
    assert_eq!(
        ours,
        "rawtracepoint:vmlinux:sched_switch\n    bool preempt\n    struct task_struct * prev\n    \
         struct task_struct * next\n    unsigned int prev_state\n"
    );
}

#[test]
fn iterators_come_from_the_kernel_btf() {
    // As bpftrace lists them: every `struct bpf_iter__NAME` with its `bpf_iter_NAME`
    // function, so more than the three documented ones, and no `__safe_trusted` twins.
    let listed = btc_list(&["iter:*"]);
    for expected in [
        "iter:task",
        "iter:task_file",
        "iter:task_vma",
        "iter:bpf_map",
    ] {
        assert!(listed.lines().any(|line| line == expected), "{listed}");
    }
    assert!(!listed.contains("safe_trusted"), "{listed}");
    assert_eq!(btc_list(&["it:task_f*"]), "iter:task_file\n");
}
