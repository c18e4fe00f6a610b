//! One run of the script: load, attach, run BEGIN, read events, stop, run END, print maps.
//!
//! In: the decoded payload and the parsed options. Out: the process exit code, with the
//! script's output on the output stream and errors on stderr.
//!
//! The sequence follows bpftrace v0.26 (`BPFtrace::run` in `src/bpftrace.cpp`):
//! 0. with `-p PID`, check that the process exists; with `-c CMD`, fork the child, held
//!    before `execve` ([`crate::target`]);
//! 1. open the object, write the start time and the target process id (0 without `-p` or
//!    `-c`) into `.rodata`, load (`--verify-only` stops here);
//! 2. run BEGIN with `BPF_PROG_TEST_RUN`, attach every probe except BEGIN and END, then let
//!    the `-c` child run its command;
//! 3. print `Attached N probes` (N counts BEGIN and END too) unless `-q`, then the
//!    `__BPFTRACE_NOTIFY_PROBES_ATTACHED` line on stdout when that variable is set;
//! 4. poll the ring buffer every 100 ms, reporting lost events as the counter grows; stop on
//!    SIGINT/SIGTERM, or once `exit()` ran, or once the `-p`/`-c` process exited, or, for a
//!    script with only BEGIN/END probes, as soon as the ring is empty;
//! 5. detach (after `exit()`, drop the records still in the ring), end a `-c` child that
//!    still runs (SIGTERM), run END, drain the ring,
//!    print the lost-event total, end the output (two newlines in text mode) and print the
//!    maps.

use crate::bpf::{self, Link, Map, Object};
use crate::cli::Options;
use crate::events::{Consumer, RingBuffer};
use crate::maps;
use crate::output::Output;
use crate::positional::Positional;
use crate::relocation;
use crate::resolve;
use crate::signals;
use crate::target::Target;
use crate::timefmt;
use btc_payload::{
    Attach, LOST_EVENTS_MAP, MissingProbes, Payload, Probe, RINGBUF_MAP, RODATA_CPU_COUNT_OFFSET,
    RODATA_START_TIME_OFFSET, RODATA_TARGET_PID_OFFSET,
};
use std::io::Write;

/// How long one ring buffer poll waits, as in bpftrace.
const POLL_TIMEOUT_MS: i32 = 100;
/// How many lines of a verifier log an error shows.
const VERIFIER_LOG_LINES: usize = 30;

pub fn run(tool: &str, payload: &Payload, options: &Options) -> i32 {
    match Tracer::start(tool, payload, options) {
        Ok(Some(tracer)) => tracer.run_to_end(),
        Ok(None) => 0,
        Err(Failed) => 1,
    }
}

/// An error that has already been reported on stderr.
struct Failed;

struct Tracer<'a> {
    payload: &'a Payload,
    object: Object,
    events: RingBuffer,
    lost_events: Option<Map>,
    lost_reported: u64,
    links: Vec<Link>,
    /// The links of watchpoint probes with their addresses, which `unwatch()` detaches.
    watchpoints: Vec<(u64, Link)>,
    /// Only BEGIN and END probes: the run ends once BEGIN's output is read.
    only_begin_and_end: bool,
    /// The `-p` process or `-c` child; the run ends when it exits.
    target: Option<Target>,
    /// The iter probe's link in `links`: the run reads the iterator instead of waiting.
    iterator: Option<usize>,
}

impl<'a> Tracer<'a> {
    /// Loads and attaches. `None` when `--verify-only` asked to stop after loading.
    fn start(
        tool: &str,
        payload: &'a Payload,
        options: &Options,
    ) -> Result<Option<Tracer<'a>>, Failed> {
        let metadata = &payload.metadata;
        // Before anything slow, so that Ctrl-C during loading still ends the run cleanly.
        signals::install();
        let mut target = match (options.pid, &options.command) {
            (Some(pid), _) => Some(Target::process(pid)),
            (None, Some(command)) => Some(Target::spawn(command)),
            (None, None) => None,
        }
        .transpose()
        .map_err(|error| {
            eprintln!("ERROR: {error}");
            Failed
        })?;
        let target_pid = target.as_ref().map_or(0, |target| u64::from(target.pid()));
        let mut object = Object::open(&payload.object, "btc").map_err(|error| {
            report(&format!("{error}"));
            Failed
        })?;
        let positional = Positional::parse(metadata, &options.positional).map_err(|error| {
            eprintln!("ERROR: {error}");
            Failed
        })?;
        let child_pid = if options.command.is_some() {
            target_pid
        } else {
            0
        };
        let runtime_values = resolve::resolve(&metadata.runtime_values, child_pid, &options.named)
            .map_err(|error| {
                eprintln!("ERROR: {error}");
                Failed
            })?;
        let start_time = boot_time_ns();
        object
            .edit_rodata(|rodata| {
                if let Some(slot) =
                    rodata.get_mut(RODATA_START_TIME_OFFSET..RODATA_START_TIME_OFFSET + 8)
                {
                    slot.copy_from_slice(&start_time.to_le_bytes());
                }
                if let Some(slot) =
                    rodata.get_mut(RODATA_TARGET_PID_OFFSET..RODATA_TARGET_PID_OFFSET + 8)
                {
                    slot.copy_from_slice(&target_pid.to_le_bytes());
                }
                if let Some(slot) =
                    rodata.get_mut(RODATA_CPU_COUNT_OFFSET..RODATA_CPU_COUNT_OFFSET + 8)
                {
                    let cpus = crate::bpf::possible_cpus() as u64;
                    slot.copy_from_slice(&cpus.to_le_bytes());
                }
                positional.write(rodata);
                for (offset, value) in &runtime_values {
                    if let Some(slot) = rodata.get_mut(*offset..*offset + 8) {
                        slot.copy_from_slice(&value.to_le_bytes());
                    }
                }
            })
            .map_err(|error| {
                report(&format!("{error}"));
                Failed
            })?;
        let fallbacks = choose_kprobe_or_fentry(&object, &metadata.probes);
        // Probes on a module's functions need the module; bpftrace checks this when it
        // compiles, a tool when it starts. An fentry program would not even load.
        let mut missing_modules = Vec::new();
        for probe in &metadata.probes {
            let Some(module) = traced_module(&probe.attach) else {
                continue;
            };
            // A kprobe program loads without its module: `--verify-only` can check it.
            let loads_anyway = options.verify_only && matches!(probe.attach, Attach::Kprobe { .. });
            if loads_anyway || module_loaded(module) {
                continue;
            }
            eprintln!(
                "ERROR: specified module {module} in probe {} is not loaded.",
                probe.name
            );
            if metadata.config.missing_probes == MissingProbes::Error {
                return Err(Failed);
            }
            if let Some(program) = object.program(&probe.program) {
                program.set_autoload(false);
            }
            missing_modules.push(probe.program.as_str());
        }
        // Kprobe wildcards become one kprobe.multi link where the kernel has them; the
        // program must be loaded as such.
        let patterns: Vec<&Probe> = metadata
            .probes
            .iter()
            .filter(|probe| matches!(probe.attach, Attach::KprobePattern { .. }))
            .collect();
        if !patterns.is_empty()
            && crate::features::multi_kprobe_links(libbpf_sys::BPF_TRACE_KPROBE_MULTI)
        {
            for probe in patterns {
                if let Some(program) = object.program(&probe.program) {
                    program.set_expected_attach_type(libbpf_sys::BPF_TRACE_KPROBE_MULTI);
                }
            }
        }
        if let Err(error) = object.load() {
            report_load_error(tool, &metadata.probes, &error);
            return Err(Failed);
        }
        if options.verify_only {
            return Ok(None);
        }

        timefmt::init();
        crate::names::set_cgroup_path_filters(&metadata.cgroup_path_filters);
        crate::symbols::register_stack_maps(&object);
        let output = Output::new(options.format, open_output(options)?);
        let consumer = Consumer {
            actions: metadata.actions.clone(),
            maps: maps::handles(&object, &metadata.maps),
            output,
            state: Default::default(),
            stop_requested: signals::stop_requested,
            script_name: metadata.script_name.clone(),
            warned: Default::default(),
            unwatched: Vec::new(),
        };
        let Some(ring_map) = object.map(RINGBUF_MAP) else {
            eprintln!(
                "ERROR: the BPF object has no `{RINGBUF_MAP}` map; the tool was built incorrectly"
            );
            return Err(Failed);
        };
        let events = RingBuffer::new(ring_map.fd, consumer).map_err(|error| {
            report(&format!("{error}"));
            Failed
        })?;
        let lost_events = object.map(LOST_EVENTS_MAP);

        crate::value::set_truncation_trailer(&metadata.config.truncation_trailer);
        let mut tracer = Tracer {
            payload,
            object,
            events,
            lost_events,
            lost_reported: 0,
            links: Vec::new(),
            watchpoints: Vec::new(),
            iterator: None,
            target: None,
            only_begin_and_end: metadata
                .probes
                .iter()
                .all(|probe| matches!(probe.attach, Attach::Begin | Attach::End)),
        };
        // BEGIN runs before any other probe is attached, as in bpftrace: its output comes
        // first, and no event can be interleaved with it.
        tracer.run_special(Attach::Begin)?;
        for probe in &metadata.probes {
            if missing_modules.contains(&probe.program.as_str()) {
                continue;
            }
            // A kprobe with an fentry twin: attach the one that was loaded.
            let probe = match &probe.attach {
                Attach::FentryFallback { .. } => continue,
                Attach::Kprobe { .. } => fallbacks
                    .iter()
                    .find(|fallback| {
                        matches!(&fallback.attach, Attach::FentryFallback { kprobe_program, .. }
                            if *kprobe_program == probe.program)
                    })
                    .copied()
                    .unwrap_or(probe),
                _ => probe,
            };
            match attach(
                &tracer.object,
                probe,
                target.as_ref().map(|target| target.pid()),
            ) {
                Ok(links) => {
                    if matches!(probe.attach, Attach::Iterator { .. }) {
                        tracer.iterator = Some(tracer.links.len());
                    }
                    if let Attach::Watchpoint { address, .. } = probe.attach {
                        tracer
                            .watchpoints
                            .extend(links.into_iter().map(|link| (address, link)));
                    } else {
                        tracer.links.extend(links)
                    }
                }
                // `missing_probes = warn` or `ignore`: go on without it (attach() has
                // already said why it failed).
                Err(_) if metadata.config.missing_probes != MissingProbes::Error => {}
                Err(failed) => return Err(failed),
            }
        }
        // Every probe is in place: the `-c` child may run its command now.
        if let Some(target) = target.as_mut()
            && let Err(error) = target.release()
        {
            eprintln!("ERROR: {error}");
            return Err(Failed);
        }
        tracer.target = target;
        if !options.quiet {
            tracer.events.consumer().output.attached_probes(
                metadata
                    .probes
                    .iter()
                    .filter(|probe| !matches!(probe.attach, Attach::FentryFallback { .. }))
                    .count(),
            );
            tracer.events.consumer().output.flush();
        }
        if std::env::var_os("__BPFTRACE_NOTIFY_PROBES_ATTACHED").is_some() {
            let mut stdout = std::io::stdout();
            let _ = writeln!(stdout, "__BPFTRACE_NOTIFY_PROBES_ATTACHED");
            let _ = stdout.flush();
        }
        Ok(Some(tracer))
    }

    fn run_to_end(mut self) -> i32 {
        match self.iterator {
            Some(index) => {
                if self.read_iterator(index).is_err() {
                    return 1;
                }
            }
            None => self.poll_until_stopped(self.only_begin_and_end),
        }

        self.links.clear();
        self.watchpoints.clear();
        // As bpftrace's `request_finalize`: a child that still runs is ended.
        if let Some(target) = self.target.as_mut() {
            target.stop();
        }
        if self.events.consumer().state.exit_code.is_some() {
            // Records written after exit() and before the detach are dropped, as bpftrace
            // means to (`event_printer` ignores records once finalizing).
            self.events.consume();
        }
        let consumer = self.events.consumer();
        consumer.state.finalizing = false;
        // A stop signal ends the main loop only; END's own output is always read.
        consumer.stop_requested = || false;
        if self.run_special(Attach::End).is_err() {
            return 1;
        }
        self.poll_until_stopped(true);

        let total_lost = self.read_lost_events();
        if total_lost > 0 {
            eprintln!("WARNING: Total lost event count: {total_lost}");
        }
        let consumer = self.events.consumer();
        let printed = if self.payload.metadata.config.print_maps_on_exit {
            maps::read_all(&consumer.maps)
        } else {
            Vec::new()
        };
        consumer.output.end();
        for map in &printed {
            consumer.output.map(map);
        }
        consumer.output.flush();
        consumer.state.exit_code.map_or(0, |code| code as i32)
    }

    /// The event loop of bpftrace's `poll_output`: with `drain`, stop once the ring is
    /// empty.
    fn poll_until_stopped(&mut self, drain: bool) {
        loop {
            self.report_lost_events();
            // When draining, every record is already in the ring (BEGIN and END run
            // synchronously), so there is nothing to wait for.
            let ready = if drain {
                self.events.consume()
            } else {
                self.events.poll(POLL_TIMEOUT_MS)
            };
            let consumer = self.events.consumer();
            consumer.output.flush();
            if !consumer.unwatched.is_empty() {
                let unwatched = std::mem::take(&mut consumer.unwatched);
                self.watchpoints
                    .retain(|(address, _)| !unwatched.contains(address));
            }
            let consumer = self.events.consumer();
            let stop_signal = (consumer.stop_requested)();
            if ready == -libc::EINTR && !stop_signal {
                continue;
            }
            // bpftrace keeps polling after exit() until the ring is empty, dropping records;
            // with a probe that fires faster than the poll timeout that never ends, so stop
            // after the batch and drop the rest after detaching.
            if stop_signal || ready < 0 || consumer.state.finalizing || (ready == 0 && drain) {
                return;
            }
            // The traced process is gone: nothing more can fire (bpftrace's `poll_output`).
            // Its last records are read when the ring is drained after END.
            if !drain && self.target.as_mut().is_some_and(Target::has_exited) {
                return;
            }
        }
    }

    /// Runs the iter probe: reads its iterator to the end (as bpftrace's `run_iter`),
    /// handling the records it writes, and those of map callbacks in the ring buffer.
    /// Stops early after `exit()` or a stop signal.
    fn read_iterator(&mut self, index: usize) -> Result<(), Failed> {
        use std::io::Read;
        let mut iterator = self.links[index].open_iterator().map_err(|error| {
            eprintln!("ERROR: {}", error.reason());
            Failed
        })?;
        let mut buffer = vec![0u8; 64 * 1024];
        let mut pending = Vec::new();
        loop {
            let read = match iterator.read(&mut buffer) {
                Ok(0) => return Ok(()),
                Ok(read) => read,
                Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {
                    if signals::stop_requested() {
                        return Ok(());
                    }
                    continue;
                }
                Err(error) => {
                    eprintln!("ERROR: cannot read the iterator: {error}");
                    return Err(Failed);
                }
            };
            pending.extend_from_slice(&buffer[..read]);
            self.events.consume();
            let consumer = self.events.consumer();
            consumer.handle_stream(&mut pending);
            consumer.output.flush();
            if consumer.state.finalizing || (consumer.stop_requested)() {
                return Ok(());
            }
        }
    }

    /// Runs every BEGIN (or END) program once, in script order.
    fn run_special(&mut self, which: Attach) -> Result<(), Failed> {
        for probe in self
            .payload
            .metadata
            .probes
            .iter()
            .filter(|probe| probe.attach == which)
        {
            let Some(program) = self.object.program(&probe.program) else {
                eprintln!(
                    "ERROR: the BPF object has no program `{}` for {}",
                    probe.program, probe.name
                );
                return Err(Failed);
            };
            if let Err(error) = program.test_run() {
                eprintln!("ERROR: cannot run {}: {}", probe.name, error.reason());
                return Err(Failed);
            }
        }
        Ok(())
    }

    fn read_lost_events(&self) -> u64 {
        let Some(map) = self.lost_events else {
            return 0;
        };
        let Some(values) = map.lookup(&0u32.to_le_bytes()) else {
            return 0;
        };
        let slot = if map.is_per_cpu() {
            map.value_size.next_multiple_of(8)
        } else {
            map.value_size
        };
        values
            .chunks(slot.max(1))
            .filter_map(|chunk| chunk.get(..8))
            .map(|bytes| u64::from_le_bytes(bytes.try_into().unwrap_or_default()))
            .fold(0u64, u64::wrapping_add)
    }

    fn report_lost_events(&mut self) {
        let total = self.read_lost_events();
        if total > self.lost_reported {
            let output = &mut self.events.consumer().output;
            output.lost_events(total - self.lost_reported);
            self.lost_reported = total;
        }
    }
}

/// Attaches one probe; BEGIN and END need no attachment, only their program.
/// Attaches one probe; `target` is the `-p`/`-c` process, which watchpoints watch.
fn attach(object: &Object, probe: &Probe, target: Option<u32>) -> Result<Vec<Link>, Failed> {
    let Some(program) = object.program(&probe.program) else {
        eprintln!(
            "ERROR: the BPF object has no program `{}` for {}",
            probe.program, probe.name
        );
        return Err(Failed);
    };
    let attached = match &probe.attach {
        Attach::Begin | Attach::End => return Ok(Vec::new()),
        Attach::Tracepoint { category, event } => {
            program.attach_tracepoint(category, event).map_err(|error| {
                if error.errno == libc::ENOENT {
                    eprintln!(
                        "ERROR: cannot attach {}: this kernel has no tracepoint {category}:{event} \
                     (see `btc list`, or /sys/kernel/tracing/events/{category}/{event})",
                        probe.name
                    );
                } else {
                    eprintln!("ERROR: cannot attach {}: {}", probe.name, error.reason());
                }
            })
        }
        Attach::Interval { period_ns } => program.attach_interval(*period_ns).map_err(|error| {
            eprintln!("ERROR: cannot attach {}: {error}", probe.name);
        }),
        Attach::Kprobe { function, offset, return_probe } => {
            program.attach_kprobe(function, *offset, *return_probe).map_err(|error| report_kprobe_failure(probe, function, &error))
        }
        Attach::KprobePattern { pattern, return_probe } => {
            if program.is_kprobe_multi() {
                program.attach_kprobe_multi(pattern, *return_probe).map_err(|error| {
                    eprintln!("ERROR: cannot attach {}: {}", probe.name, error.reason());
                })
            } else {
                return attach_kprobe_each(&program, probe, pattern, *return_probe);
            }
        }
        Attach::Uprobe { binary, function, offset, return_probe, semaphore } => {
            program.attach_uprobe(binary, function, *offset, *return_probe, *semaphore).map_err(|error| {
                if !std::path::Path::new(binary).exists() {
                    eprintln!("ERROR: cannot attach {}: {binary} does not exist on this machine", probe.name);
                } else {
                    eprintln!(
                        "ERROR: cannot attach {}: {} (is `{function}` a function symbol of {binary}? see `btc list 'uprobe:{binary}:*'`)",
                        probe.name,
                        error.reason()
                    );
                }
            })
        }
        Attach::RawTracepoint { name } => program.attach_raw_tracepoint(name).map_err(|error| {
            eprintln!("ERROR: cannot attach {}: {} (is there a tracepoint named {name}?)", probe.name, error.reason());
        }),
        Attach::Iterator { .. } => program.attach_iterator(&probe.name).map_err(|error| {
            eprintln!("ERROR: cannot attach {}: {}", probe.name, error.reason());
        }),
        Attach::FentryFallback { return_probe, .. } => program.attach_from_section(&probe.name).map_err(|error| {
            let kind = if *return_probe { "fexit" } else { "fentry" };
            eprintln!("ERROR: cannot attach {}: this kernel has no kprobes, and {kind} failed: {}", probe.name, error.reason());
        }),
        Attach::Fentry { .. } => program.attach_from_section(&probe.name).map_err(|error| {
            eprintln!("ERROR: cannot attach {}: {}", probe.name, error.reason());
        }),
        Attach::Watchpoint { address, length, kind } => {
            // As bpftrace: one event per thread of the traced process, else one per CPU.
            let places: Vec<(libc::pid_t, libc::c_int)> = match target {
                Some(pid) => process_threads(pid).into_iter().map(|tid| (tid, -1)).collect(),
                None => crate::bpf::online_cpus().into_iter().map(|cpu| (-1, cpu)).collect(),
            };
            let mut links = Vec::with_capacity(places.len());
            let mut last_error = None;
            for (tid, cpu) in places {
                match program.attach_breakpoint(*address, *length, *kind, tid, cpu) {
                    Ok(link) => links.push(link),
                    Err(error) => last_error = Some(error),
                }
            }
            if links.is_empty() {
                let reason = match last_error {
                    Some(error) if error.errno == libc::ENOSPC => {
                        "no hardware breakpoint register is left".to_string()
                    }
                    Some(error) => error.reason(),
                    None => "the traced process has no threads".to_string(),
                };
                eprintln!("ERROR: cannot attach {}: {reason}", probe.name);
                return Err(Failed);
            }
            return Ok(links);
        }
        Attach::PerfEvent { event_type, config, sample, all_cpus } => {
            let cpus = if *all_cpus { crate::bpf::online_cpus() } else { vec![0] };
            let mut links = Vec::with_capacity(cpus.len());
            for cpu in cpus {
                match program.attach_perf_event(*event_type, *config, *sample, cpu) {
                    Ok(link) => links.push(link),
                    Err(error) => {
                        let hint = if error.errno == libc::ENOENT || error.errno == libc::EOPNOTSUPP {
                            " (this machine has no such perf event; hardware events need a PMU, which virtual machines often lack)"
                        } else {
                            ""
                        };
                        eprintln!("ERROR: cannot attach {}: {}{hint}", probe.name, error.reason());
                        show_libbpf_log_if_debugging();
                        return Err(Failed);
                    }
                }
            }
            return Ok(links);
        }
    };
    match attached {
        Ok(link) => Ok(vec![link]),
        Err(()) => {
            show_libbpf_log_if_debugging();
            Err(Failed)
        }
    }
}

/// Loads either each plain kprobe or its fentry twin (`Attach::FentryFallback`), never
/// both: the twin where the kernel has no kprobes and fentry works on the function (with
/// a notice on stderr), else the kprobe, whose attach failure then explains what is
/// missing. Returns the twins chosen.
fn choose_kprobe_or_fentry<'p>(object: &Object, probes: &'p [Probe]) -> Vec<&'p Probe> {
    let has_kprobes = std::path::Path::new("/sys/bus/event_source/devices/kprobe").exists();
    let mut chosen = Vec::new();
    for probe in probes {
        let Attach::FentryFallback {
            function,
            return_probe,
            kprobe_program,
        } = &probe.attach
        else {
            continue;
        };
        let use_fentry = !has_kprobes && crate::features::fentry_works(function);
        if let Some(program) = object.program(&probe.program) {
            program.set_autoload(use_fentry);
        }
        if use_fentry {
            if let Some(program) = object.program(kprobe_program) {
                program.set_autoload(false);
            }
            let kind = if *return_probe { "fexit" } else { "fentry" };
            eprintln!(
                "NOTICE: this kernel has no kprobes: {} attaches as {kind}:{function}",
                probe.name
            );
            chosen.push(probe);
        }
    }
    chosen
}

/// The kernel module of a kprobe or fentry target written `MODULE:FUNCTION`.
fn traced_module(attach: &Attach) -> Option<&str> {
    match attach {
        Attach::Kprobe { function, .. } | Attach::Fentry { function, .. } => {
            function.split_once(':').map(|(module, _)| module)
        }
        _ => None,
    }
}

/// Whether kernel module `module` is loaded: a line of /proc/modules (which a kernel
/// without module support does not have) starts with its name, as bpftrace checks.
fn module_loaded(module: &str) -> bool {
    std::fs::read_to_string("/proc/modules").is_ok_and(|text| {
        text.lines()
            .any(|line| line.split(' ').next() == Some(module))
    })
}

/// A kprobe wildcard on a kernel without kprobe.multi: one kprobe per function of
/// `available_filter_functions` that the pattern matches (bpftrace's list of traceable
/// functions). Functions that refuse a kprobe are skipped; none attached is an error.
fn attach_kprobe_each(
    program: &crate::bpf::Program,
    probe: &Probe,
    pattern: &str,
    return_probe: bool,
) -> Result<Vec<Link>, Failed> {
    let text = ["/sys/kernel/tracing", "/sys/kernel/debug/tracing"]
        .iter()
        .find_map(|tracefs| {
            std::fs::read_to_string(format!("{tracefs}/available_filter_functions")).ok()
        });
    let Some(text) = text else {
        report_kprobe_failure(
            probe,
            pattern,
            &crate::bpf::Error {
                what: String::new(),
                errno: libc::ENOENT,
            },
        );
        return Err(Failed);
    };
    let mut functions: Vec<&str> = text
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        // `name.cold`, `name.isra.0`: compiler clones, which bpftrace leaves out too.
        .filter(|name| !name.contains('.') && btc_payload::wildcard_match(pattern, name))
        .collect();
    functions.sort_unstable();
    functions.dedup();
    let mut links = Vec::with_capacity(functions.len());
    let mut last_error = None;
    for function in &functions {
        match program.attach_kprobe(function, 0, return_probe) {
            Ok(link) => links.push(link),
            Err(error) => last_error = Some((function.to_string(), error)),
        }
    }
    if links.is_empty() {
        match last_error {
            Some((function, error)) => report_kprobe_failure(probe, &function, &error),
            None => eprintln!(
                "ERROR: cannot attach {}: no kernel function matches `{pattern}`",
                probe.name
            ),
        }
        return Err(Failed);
    }
    Ok(links)
}

/// Explains a failed kprobe attach: most often the kernel has no kprobes at all.
fn report_kprobe_failure(probe: &Probe, function: &str, error: &crate::bpf::Error) {
    let has_kprobes = std::path::Path::new("/sys/bus/event_source/devices/kprobe").exists()
        || std::path::Path::new("/sys/kernel/tracing/kprobe_events").exists()
        || std::path::Path::new("/sys/kernel/debug/tracing/kprobe_events").exists();
    if !has_kprobes {
        let instead = match &probe.attach {
            Attach::Kprobe {
                return_probe: true, ..
            }
            | Attach::KprobePattern {
                return_probe: true, ..
            } => "fexit",
            _ => "fentry",
        };
        eprintln!(
            "ERROR: cannot attach {}: this kernel has no kprobe support (CONFIG_KPROBES is off); \
             use {instead}:{function} or a tracepoint instead",
            probe.name
        );
    } else if error.errno == libc::ENOENT || error.errno == libc::EINVAL {
        eprintln!(
            "ERROR: cannot attach {}: the kernel has no traceable function `{function}` ({}); see `btc list 'kprobe:*'`",
            probe.name,
            error.reason()
        );
    } else {
        eprintln!("ERROR: cannot attach {}: {}", probe.name, error.reason());
    }
}

fn open_output(options: &Options) -> Result<Box<dyn Write>, Failed> {
    match &options.output {
        None => Ok(Box::new(std::io::BufWriter::new(std::io::stdout()))),
        Some(path) => match std::fs::File::create(path) {
            Ok(file) => Ok(Box::new(std::io::BufWriter::new(file))),
            Err(error) => {
                eprintln!("ERROR: cannot create the output file {path}: {error}");
                Err(Failed)
            }
        },
    }
}

/// CLOCK_BOOTTIME in nanoseconds, the clock `bpf_ktime_get_boot_ns` reads.
fn boot_time_ns() -> u64 {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_BOOTTIME, &mut now) };
    (now.tv_sec as u64)
        .wrapping_mul(1_000_000_000)
        .wrapping_add(now.tv_nsec as u64)
}

/// Prints an error and, since it came from libbpf, what libbpf said about it.
fn report(message: &str) {
    eprintln!("ERROR: {message}");
    print_libbpf_log();
}

fn print_libbpf_log() {
    let log = bpf::take_libbpf_log();
    if std::env::var_os("BTC_DEBUG").is_some() {
        // Already shown as it happened.
        return;
    }
    for line in log.lines().filter(|line| !line.trim().is_empty()) {
        eprintln!("{line}");
    }
}

fn show_libbpf_log_if_debugging() {
    // Without BTC_DEBUG the log is only kept for failures that need it; attach errors are
    // explained by their errno.
    let _ = bpf::take_libbpf_log();
}

fn report_load_error(tool: &str, probes: &[Probe], error: &bpf::LoadError) {
    let probe_name = |program: &str| {
        probes
            .iter()
            .find(|probe| probe.program == program)
            .map_or(program.to_string(), |probe| probe.name.clone())
    };
    // A field this kernel lacks: one line that names it, not the verifier log.
    if let Some(missing) = relocation::failed_relocation(&error.verifier_log) {
        let _ = bpf::take_libbpf_log();
        match &error.program {
            Some(program) => eprintln!("ERROR: {}: {missing}", probe_name(program)),
            None => eprintln!("ERROR: {missing}"),
        }
        return;
    }
    // override() on a kernel built without CONFIG_BPF_KPROBE_OVERRIDE (Debian's, for one):
    // the verifier refuses the helper, which one line explains better than its log.
    if error.verifier_log.contains("bpf_override_return#")
        && (error.verifier_log.contains("cannot use helper")
            || error.verifier_log.contains("unknown func"))
    {
        let _ = bpf::take_libbpf_log();
        let probe = error.program.as_deref().map_or(String::new(), probe_name);
        eprintln!(
            "ERROR: {probe}: override() needs a kernel built with CONFIG_BPF_KPROBE_OVERRIDE, \
             which this one is not"
        );
        return;
    }
    match &error.program {
        Some(program) => {
            let probe = probes
                .iter()
                .find(|probe| &probe.program == program)
                .map(|probe| format!(" for {}", probe.name))
                .unwrap_or_default();
            eprintln!(
                "ERROR: the kernel rejected BPF program `{program}`{probe}: {}",
                error.error.reason()
            );
        }
        None => eprintln!("ERROR: {}", error.error),
    }
    let lines: Vec<&str> = error
        .verifier_log
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    if lines.is_empty() {
        print_libbpf_log();
    } else {
        let tail = &lines[lines.len().saturating_sub(VERIFIER_LOG_LINES)..];
        if tail.len() < lines.len() {
            eprintln!(
                "verifier log (last {} of {} lines):",
                tail.len(),
                lines.len()
            );
        } else {
            eprintln!("verifier log:");
        }
        for line in tail {
            eprintln!("  {line}");
        }
        let _ = bpf::take_libbpf_log();
    }
    eprintln!(
        "(run with BTC_DEBUG=1 to see every libbpf message; `{tool} --verify-only` checks loading only)"
    );
}

/// The thread ids of process `pid` (/proc/PID/task), or the process itself when they
/// cannot be read.
fn process_threads(pid: u32) -> Vec<libc::pid_t> {
    let threads: Vec<libc::pid_t> = std::fs::read_dir(format!("/proc/{pid}/task"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| entry.file_name().to_str()?.parse().ok())
                .collect()
        })
        .unwrap_or_default();
    if threads.is_empty() {
        vec![pid as libc::pid_t]
    } else {
        threads
    }
}
