//! The perf events `software:` and `hardware:` probes name: the event's `perf_event_attr`
//! config, its alias, and the sample period bpftrace uses when the script gives none.
//!
//! In: an event name as written (`page-faults` or `faults`). Out: a [`PerfEvent`]. The
//! configs are the kernel's `PERF_COUNT_SW_*` and `PERF_COUNT_HW_*` values; the default
//! periods are bpftrace's (src/probe_matcher.h).

pub struct PerfEvent {
    pub name: &'static str,
    pub alias: &'static str,
    pub config: u64,
    pub default_period: u64,
}

const fn event(
    name: &'static str,
    alias: &'static str,
    config: u64,
    default_period: u64,
) -> PerfEvent {
    PerfEvent {
        name,
        alias,
        config,
        default_period,
    }
}

pub const SOFTWARE: &[PerfEvent] = &[
    event("alignment-faults", "", 7, 1),
    event("bpf-output", "", 10, 1),
    event("context-switches", "cs", 3, 1000),
    event("cpu-clock", "cpu", 0, 1_000_000),
    event("cpu-migrations", "", 4, 1),
    event("dummy", "", 9, 1),
    event("emulation-faults", "", 8, 1),
    event("major-faults", "", 6, 1),
    event("minor-faults", "", 5, 100),
    event("page-faults", "faults", 2, 100),
    event("task-clock", "", 1, 1),
];

pub const HARDWARE: &[PerfEvent] = &[
    event("backend-stalls", "", 8, 1_000_000),
    event("branch-instructions", "branches", 4, 100_000),
    event("branch-misses", "", 5, 100_000),
    event("bus-cycles", "", 6, 100_000),
    event("cache-misses", "", 3, 1_000_000),
    event("cache-references", "", 2, 1_000_000),
    event("cpu-cycles", "cycles", 0, 1_000_000),
    event("frontend-stalls", "", 7, 1_000_000),
    event("instructions", "", 1, 1_000_000),
    event("ref-cycles", "", 9, 1_000_000),
];

/// The event named `name` (or aliased so) in `table`.
pub fn find<'a>(table: &'a [PerfEvent], name: &str) -> Option<&'a PerfEvent> {
    table
        .iter()
        .find(|event| event.name == name || (!event.alias.is_empty() && event.alias == name))
}
