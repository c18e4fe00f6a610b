//! A load test: a tracepoint fires hundreds of thousands of times a second into a printf
//! whose records carry a 1 KiB string, far more than the ring buffer and the reader keep up
//! with. The tool must not crash, and every event must be accounted for: printed lines plus
//! the lost events it reports equal the events the workload fired.

use std::process::Command;
use std::time::{Duration, Instant};

use btc_e2e::{TempDir, Tool, build_probe_target, build_source, require_root, run_workload};

const CALLS: u64 = 1_000_000;

#[test]
fn printed_plus_lost_equals_fired() {
    if !require_root("printed_plus_lost_equals_fired") {
        return;
    }
    let dir = TempDir::new("load");
    let target = build_probe_target(&dir);
    let script = "tracepoint:syscalls:sys_enter_getppid /comm == \"probe_target\"/ \
                  { printf(\"call %d%s\\n\", tid, str(0)); }\n";
    let tool_path = build_source(&dir, "load", script);
    let output = dir.join("events.txt");
    let mut tool = Tool::spawn(Command::new(&tool_path).arg("-o").arg(&output));
    tool.wait_attached();
    // Two workloads, one per core of the test machine, so that the rate does not depend on
    // how fast a single process can make system calls under tracing.
    let started = Instant::now();
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let target = target.clone();
            std::thread::spawn(move || {
                run_workload(
                    Command::new(&target)
                        .arg("getppid")
                        .arg((CALLS / 2).to_string()),
                );
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("a workload thread");
    }
    let rate = CALLS as f64 / started.elapsed().as_secs_f64();
    std::thread::sleep(Duration::from_millis(500));
    let done = tool.interrupt_and_finish(Duration::from_secs(30));
    assert!(
        done.success(),
        "the tool must survive the load and exit 0\n{done}"
    );

    let text = std::fs::read_to_string(&output).expect("read the tool's output");
    let printed = text
        .lines()
        .filter(|line| line.starts_with("call "))
        .count() as u64;
    let lost: u64 = done
        .stderr
        .lines()
        .find_map(|line| line.strip_prefix("WARNING: Total lost event count: "))
        .map_or(0, |count| count.trim().parse().expect("a count"));
    println!("{CALLS} events at {rate:.0}/s: {printed} printed, {lost} lost");
    assert!(
        rate > 200_000.0,
        "the workload fired only {rate:.0} events a second"
    );
    assert_eq!(
        printed + lost,
        CALLS,
        "printed {printed} + lost {lost}\n{}",
        done.stderr
    );
    if lost > 0 {
        assert!(
            done.stderr.contains("Lost "),
            "losses are reported while running\n{}",
            done.stderr
        );
    }
}
